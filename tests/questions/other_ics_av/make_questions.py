"""Write questions.jsonl for the Brenthurst & Callowmere STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, pptx slides, docx body
blocks, xlsx rows of one sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the checklist's initials are resolved through its key (page 3) and the conditions' owners read from page 2;
  - the logic models' SRO / evaluation-lead initials are resolved through the Contacts slide, and the must-dos each
    model serves are collected to find the must-do no model claims and the models that claim must-do 4;
  - the pipeline register is opened with openpyxl: a Revised date supersedes the Planned one, the relative windows
    are checked against every gateway of every case, capital is re-added and the strategic-fit scores are read by
    column heading;
  - the consultation booklet's events are parsed to check the "next month" window holds exactly one event;
  - the Hansard correction is checked to come after the answer it corrects.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
CHECK = "01_BC_STP_Stroke_Stage2_Assurance_Checklist_Jan2017.pdf"
LOGIC = "02_BC_STP_Evaluation_Framework_Logic_Models_v1.0_26Jan2017.pptx"
BOOK = "03_BC_STP_Stroke_Consultation_Document_Feb2017.pdf"
PIPE = "04_BC_STP_Business_Case_Pipeline_Register_28Feb2017.xlsx"
DSA = "05_BCCR_Data_Sharing_Agreement_v1.2_03Mar2017.docx"
HANS = "06_Hansard_Written_Answers_BC_STP_Mar2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def units(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def month(name, y, *printed):
    m = datetime.strptime(name[:3], "%b").month
    extra = [f"Sept {y}"] if name == "September" else []
    return alts(*printed, f"{name} {y}", f"{name[:3]} {y}", *extra, f"{name[:3]}-{str(y)[2:]}", f"{m:02d}/{y}")


def mdx(n, *first, drop=()):
    """Gold for must-do n: the paper's wording first, then bank_tools.md renderings (less any too loose here)."""
    return alts(*first, *[f for f in md(n) if f not in drop])


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"av-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"av-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
def checklist_key():
    """{initials: name line} from the key on the checklist's last page."""
    page = U[CHECK][3]
    key_text = page.split("6. Key to initials", 1)[1]
    lines = [ln.strip() for ln in key_text.splitlines() if ln.strip()]
    key = {}
    for a, b in zip(lines, lines[1:]):
        if re.fullmatch(r"[A-Z]{2,3}", a):
            key[a] = b
    return key


KEY = checklist_key()
assert set(KEY) == {"AK", "JSB", "LF", "NR", "PL", "RH", "SB"}, KEY
assert "Beddoes" in KEY["SB"] and "Lanchester" in KEY["PL"] and "Kemble" in KEY["AK"]
assert "SRO, Acute Services" in KEY["LF"] and "Chair, STP Capital & Investment Committee" in KEY["JSB"]
_conds = U[CHECK][2].split("3. Conditions", 1)[1]
_c1 = _conds.split("\nC1\n", 1)[1].split("\nC2\n", 1)[0]
assert "\nSB\n" in _c1 and "Before consultation" in _c1, _c1
_c2 = _conds.split("\nC2\n", 1)[1].split("\nC3\n", 1)[0]
assert "\nAK\n" in _c2 and "31 January 2017" in _c2
assert "assessor PL" in U[CHECK][1]


def contacts():
    rows = [r.split(" | ") for r in U[LOGIC][11].splitlines() if " | " in r][1:]
    return {r[0]: r[1] for r in rows}


CONTACTS = contacts()
MODELS = {}
for n in range(3, 9):
    text = U[LOGIC][n]
    code = re.search(r"Logic model \d of 6: (\w+) ", text).group(1)
    sro, ev = re.search(r"SRO: (\w+)\s+Evaluation lead: (\w+)", text).groups()
    mds = {int(m) for m in re.findall(r"MD(\d)", text.split("Must-dos served:", 1)[1].splitlines()[0])}
    MODELS[code] = {"slide": n, "sro": CONTACTS[sro], "eval": CONTACTS[ev], "mds": mds}
assert MODELS["UEC"]["eval"] == "Dr Piers Ravenhill" and MODELS["MH"]["sro"] == "Tamsin Greaves-Adeyemi"
assert MODELS["MH"]["mds"] == {7, 8} and 5 in MODELS["ACU"]["mds"]
CLAIMED = set().union(*(m["mds"] for m in MODELS.values())) | {1}
assert set(range(1, 10)) - CLAIMED == {6}, CLAIMED
assert sorted(c for c, m in MODELS.items() if 4 in m["mds"]) == ["LCH", "UEC"]
assert "digital" not in norm("\n".join(U[LOGIC][k] for k in range(3, 10)))


def pipeline_rows():
    from openpyxl import load_workbook
    ws = load_workbook(PAPERS / PIPE)["Pipeline"]
    rows = []
    for r in range(6, ws.max_row + 1):
        ref = ws.cell(row=r, column=1).value
        if not ref:
            continue
        cells = [ws.cell(row=r, column=j).value for j in range(1, 19)]
        gates = {}
        for g, col in [("SOC", 8), ("OBC", 11), ("FBC", 14)]:
            planned, revised, approved = cells[col - 1:col + 2]
            due = revised if revised is not None else planned
            gates[g] = {"due": due.date() if isinstance(due, datetime) else due,
                        "approved": approved, "planned": planned}
        rows.append({"row": r, "ref": ref, "scheme": cells[1], "owner": cells[3], "capital": cells[4],
                     "status": cells[16], "gates": gates})
    return rows, ws


PIPE_ROWS, PIPE_WS = pipeline_rows()


def due_in(start, end):
    """(ref, gate) whose effective (revised-over-planned) date falls in [start, end] and is not yet approved."""
    out = []
    for p in PIPE_ROWS:
        if p["status"] == "W":
            continue
        for g, v in p["gates"].items():
            if isinstance(v["due"], date) and start <= v["due"] <= end and v["approved"] is None:
                out.append((p["ref"], g))
    return sorted(out)


assert due_in(date(2017, 3, 1), date(2017, 3, 31)) == [("BC02", "OBC")], due_in(date(2017, 3, 1), date(2017, 3, 31))
assert due_in(date(2017, 5, 1), date(2017, 5, 31)) == [("BC05", "FBC"), ("BC07", "OBC")]
_bc05 = next(p for p in PIPE_ROWS if p["ref"] == "BC05")
assert _bc05["gates"]["FBC"]["planned"].date() == date(2017, 3, 30)  # the superseded planned date is a decoy
_live = [p for p in PIPE_ROWS if p["status"] != "W"]
TOTAL_CAP = sum(p["capital"] for p in _live)
assert TOTAL_CAP == 25380 and PIPE_WS.cell(row=15, column=5).value == TOTAL_CAP
assert max(_live, key=lambda p: p["capital"])["ref"] == "BC02"
assert [p["ref"] for p in PIPE_ROWS if p["status"] == "W"] == ["BC08"]
assert next(p for p in PIPE_ROWS if p["ref"] == "BC01")["gates"]["FBC"]["due"] == date(2017, 9, 28)


def fit():
    from openpyxl import load_workbook
    ws = load_workbook(PAPERS / PIPE)["Strategic fit"]
    heads = {j: ws.cell(row=4, column=j).value for j in range(3, 12)}
    out = {}
    for r in range(5, ws.max_row + 1):
        out[ws.cell(row=r, column=1).value] = {int(re.match(r"MD(\d)", heads[j]).group(1)): ws.cell(row=r, column=j).value
                                               for j in heads if ws.cell(row=r, column=j).value}
    return out


FIT = fit()
assert [ref for ref, s in FIT.items() if s.get(6) == 2] == ["BC07"]
assert all(8 not in s for s in FIT.values()) and all(any(n in s for s in FIT.values()) for n in range(2, 10) if n != 8)

_events = re.findall(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (\w+) (2017)", U[BOOK][3])
_event_dates = [datetime.strptime(f"{d} {m} {y}", "%d %B %Y").date() for _, d, m, y in _events]
assert len(_event_dates) == 7 and [d for d in _event_dates if d.month == 4] == [date(2017, 4, 12)]

_hans = "\n".join(U[HANS].values())
assert _hans.index("The correct answer should have been") < _hans.index("expected\nto open in March 2018") \
    if "expected\nto open in March 2018" in _hans else _hans.index("open in March 2018")

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
KEYPAGE = units(CHECK, 3, where="checklist page 3: key to initials")
ask("acu-sro", OWNER, "role-holder", [person("Fairbairn")],
    cite(CHECK, "Dr Laurence Fairbairn, Medical Director", where="checklist key to initials: LF, SRO, Acute Services "
                                                                 "Collaboration"),
    ["Who is the Senior Responsible Officer for the Acute Services Collaboration programme?",
     "who's SRO for ACU? need them for the stroke brefing next wk",
     "Which senior leader is ultimately answerable for the programme that is joining up our hospitals' stroke and "
     "pathology services?"], "brefing")
ask("stroke-clinical-lead", OWNER, "role-holder", [person("Raithatha")],
    cite(BOOK, "Who is leading this work?", where="consultation booklet p2 (sheet 2, left): 'Who is leading this "
                                                  "work?' box"),
    ["Who is the clinical lead for the hyper-acute stroke proposals?",
     "who is clin lead for the HASU plans? want them at our GP lerning event",
     "Which hospital doctor is the senior clinician behind the plan to bring the first days of emergency brain-attack "
     "care together on one site?"], "lerning")
ask("c1-owner", OWNER, "initials-key", [person("Beddoes")],
    units(CHECK, 2, 3, where="checklist p2 conditions table: C1 owner 'SB'; p3 key: SB = Shona Beddoes"),
    ["Who owns condition C1 of the Stage 2 stroke assurance checklist?",
     "who's got C1 on the stage 2 checklist? (the seldom heard / easy read one) - just initals on the table",
     "Who has to make sure the stroke consultation materials are tried out with hard-to-reach groups and put into "
     "accessible versions?"], "initals")
ask("uec-eval-lead", OWNER, "initials-key", [person("Ravenhill")],
    units(LOGIC, 5, 11, where="logic model 3 (UEC): 'Evaluation lead: PR'; Contacts slide: PR = Dr Piers Ravenhill"),
    ["Who is the evaluation lead for the Urgent and emergency care logic model?",
     "who's doing the evaluation for UEC? model just says PR, who's that in WHEEU? ta, sory",
     "Which academic is assessing whether the A&E and urgent treatment centre work is making a difference?"],
    "sory")
ask("mh-sro", OWNER, "role-holder", [person("Greaves-Adeyemi")],
    units(LOGIC, 7, 11, where="logic model 5 (MH): 'SRO: TGA'; Contacts slide: TGA = Tamsin Greaves-Adeyemi"),
    ["Who is the SRO for the Minds Matter programme?",
     "SRO for minds matter? logic model only has TGA, who's that pls, asking for the MH foram",
     "Who carries overall accountability for the STP's mental health and learning disability programme?"], "foram")
ask("crisis-house-owner", OWNER, "initials-key", [person("Neale")],
    cite(PIPE, "RN | Rhiannon Neale", sheet="Key",
         where="Pipeline sheet BC05 owner 'RN'; Key sheet: RN = Rhiannon Neale, Director of Operations, GPFT"),
    ["Who owns the business case for the Greyfriars crisis house?",
     "who's owner on BC05 crisis house in the pipline? register only gives initials",
     "Who is responsible for getting the case for the eight-bed alternative to admission for people in mental "
     "health crisis approved?"], "pipline")
ask("gpft-cg", OWNER, "role-holder", [person("Achterberg")],
    cite(DSA, "GPFT | Dr Simone Achterberg", where="DSA Schedule 2: named officers, GPFT row, Caldicott Guardian "
                                                  "column (two-row merged header)"),
    ["Who is the Caldicott Guardian for Greyfriars Partnership NHS Foundation Trust under the care record data "
     "sharing agreement?",
     "who's the CG for GPFT on the BCCR DSA? IG quesiton from a ward manager",
     "Under the shared record agreement, who is the senior person at the mental health trust responsible for "
     "protecting patients' confidential information?"], "quesiton")
ask("wcc-cg-now", OWNER, "changed-owner", [person("Finch")],
    cite(DSA, "Wealdrick County Council | Adebayo Finch", where="DSA Schedule 2: Wealdrick County Council row, "
                                                                "'from 1 March 2017; previously Gillian Marsh'"),
    ["Who is currently the Caldicott Guardian for Wealdrick County Council under the BCCR data sharing agreement?",
     "who's CG for wealdrick county council now? v1.0 had someone else i thnik",
     "At the county council, who now signs off the protection of confidential social care data going into the "
     "shared record?"], "thnik", as_of="2017-03-10")
ask("wcc-cg-before", OWNER, "previous-holder", [["Gillian Marsh"]],
    cite(DSA, "Wealdrick County Council | Adebayo Finch", where="DSA Schedule 2: Wealdrick County Council row, "
                                                                "'previously Gillian Marsh'"),
    ["Who was the Caldicott Guardian for Wealdrick County Council before Adebayo Finch took over?",
     "who was wealdrick CC's CG before finch? need the old name for our acess logs",
     "Before the change on 1 March 2017, who guarded the confidentiality of the county council's social care "
     "records in the shared record arrangements?"], "acess", as_of="2017-03-10")
ask("bccr-sro", OWNER, "role-holder", [person("Thackray")],
    cite(DSA, "6.3 The BCCR Programme Board", where="DSA clause 6.3"),
    ["Who is the Senior Responsible Officer for the Brenthurst & Callowmere Care Record?",
     "who's SRO for BCCR / shared care record? need to esclate a go-live issue",
     "Who chairs the board overseeing the system that lets A&E staff see GP and council records, and is "
     "accountable for it?"], "esclate")
ask("jccg-chair", OWNER, "governance", [person("Kemble")],
    cite(CHECK, "AK\nDr Alisdair Kemble", where="checklist key to initials: AK, Chair, Joint Committee of CCGs"),
    ["Who chairs the Joint Committee of CCGs?",
     "who chairs the JCCCG? the one taking the stroke decison",
     "Who presides over the body of the three commissioning groups that will make the final call on the stroke "
     "proposals?"], "decison")
ask("utc-mp", OWNER, "questioner", [person("Mostyn")],
    cite(HANS, "Urgent Treatment Centres: Tamsford", "Angharad Mostyn (Tamsford and Wealdrick)",
         where="Hansard extract: Question 68214, asked by"),
    ["Which MP asked the written question about when the Tamsford urgent treatment centre will open?",
     "which MP asked about the tamsford UTC in parliment?",
     "Which member of the Commons pressed the Department of Health on the opening date of the new walk-in centre at "
     "Tamsford?"], "parliment")
ask("cic-chair", OWNER, "governance", [person("Strachey-Bell")],
    cite(CHECK, "JSB\nJoanna Strachey-Bell", where="checklist key to initials: JSB, Chair, STP Capital & "
                                                   "Investment Committee"),
    ["Who chairs the STP Capital & Investment Committee?",
     "who chairs CIC? need to get a paper on the agnda",
     "Who runs the STP committee that signs off spending on new buildings and equipment?"], "agnda")
ask("nhse-assessor", OWNER, "initials-key", [person("Lanchester")],
    units(CHECK, 1, 3, where="checklist p1: 'assessor PL'; p3 key: PL = Priya Lanchester"),
    ["Who was NHS England's assessor for the Stage 2 assurance of the stroke proposals?",
     "who was the NHSE assesor at stage 2 for stroke? form just says PL",
     "Which regional official checked the stroke reconfiguration against the government's tests for service "
     "change?"], "assesor")
ask("sro-list", OWNER, "list", [person("Quennell"), person("Pritchard-Voss"), person("Olumide"),
                                person("Fairbairn"), person("Greaves-Adeyemi"), person("Haddon")],
    units(LOGIC, 3, 11, where="logic models 1-6: 'SRO: <initials>'; Contacts slide names them"),
    ["Who are the SROs of the six programmes covered by the evaluation framework?",
     "list of SROs for all 6 progammes (PH, LCH, UEC, ACU, MH, PC)? the logic models only give initials",
     "Who are the senior leaders accountable for each of the STP's main programmes?"], "progammes")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("consult-close", MILESTONE, "moved-date", [on(15, 5, 2017, "15 May 2017")],
    cite(BOOK, "20 February to 15 May 2017", where="consultation booklet cover (sheet 1, right): 20 February to 15 "
                                                   "May 2017; the checklist had proposed 1 May"),
    ["When does the public consultation on hyper-acute stroke services close?",
     "when does the stroke consultation close? checklist said 1 May but i heard it movd",
     "What is the last day people can have their say on concentrating emergency brain-attack care at one "
     "hospital?"], "movd")
ask("decision", MILESTONE, "moved-date", [month("September", 2017, "September 2017")],
    cite(BOOK, "What happens next", where="consultation booklet p6 (sheet 3, left): decision in September 2017; "
                                          "the checklist's route had July 2017"),
    ["When will the Joint Committee of CCGs make its decision on the stroke proposals?",
     "when's the JCCCG decision meeting on stroke? checklist route says jul, is that still rihgt",
     "When are commissioners now expected to make the final call on where emergency stroke care will be based?"],
    "rihgt", as_of="2017-03-01")
ask("senate", MILESTONE, "day", [on(2, 12, 2016, "2 December 2016")],
    cite(CHECK, "Independent clinical senate review", where="checklist p2: criterion 3b (under Test 3, whose label "
                                                            "is on p1)"),
    ["When was the clinical senate panel on the stroke proposals held?",
     "when did the clinical senate look at the HASU plan? need the date for the evidance pack",
     "On what date did the independent panel of senior clinicians review the case for a single emergency stroke "
     "unit?"], "evidance")
ask("c2-due", MILESTONE, "deadline", [on(31, 1, 2017, "31 January 2017")],
    cite(CHECK, "Publish the travel-time analysis", where="checklist p2 conditions table: C2 due"),
    ["By when must the travel-time analysis for the Callowmere coastal wards be published (condition C2)?",
     "C2 deadline on the stage 2 checklist? travel times for callowmere coast, when's it due, can't rember",
     "By what date did the commissioners have to put out the figures on how long journeys from the coast would "
     "take?"], "rember")
ask("c1-due", MILESTONE, "relative-to-event", [["Before consultation launch", "before the consultation launch",
                                                "before the consultation starts", "before launch"]],
    cite(CHECK, "Test the consultation document and questionnaire", where="checklist p2 conditions table: C1 due"),
    ["When is condition C1 (testing the consultation materials with seldom-heard groups) due?",
     "when's C1 due? no date on it that i can sea",
     "By when did the accessible versions of the stroke consultation booklet have to be ready?"], "sea")
ask("utc-open", MILESTONE, "moved-date", [month("March", 2018, "March 2018")],
    cite(HANS, "Made on 27 March 2017", "expected to open in March 2018",
         where="Hansard extract: written ministerial correction of 27 March 2017 (was December 2017)"),
    ["When is the Tamsford urgent treatment centre expected to open?",
     "when does tamsford UTC open? minister said dec 17 in his anwser",
     "When should the new walk-in urgent care service at Tamsford's community hospital start seeing patients?"],
    "anwser", as_of="2017-03-28")
ask("utc-fbc", MILESTONE, "moved-date", [on(28, 9, 2017, "28/09/2017")],
    cite(PIPE, "BC01", sheet="Pipeline", where="Pipeline sheet row BC01: FBC Planned 29/06/2017, Revised 28/09/2017 "
                                              "(Read me: revised supersedes planned)"),
    ["When is the full business case for the Tamsford Urgent Treatment Centre now due at committee?",
     "when's the tamsford UTC FBC going to CIC now? was jun i thougth",
     "When will the final investment case for Tamsford's walk-in centre now be taken for approval?"], "thougth",
    as_of="2017-03-01")
ask("bccr-golive", MILESTONE, "moved-date", [on(3, 7, 2017, "3 July 2017")],
    cite(DSA, "Schedule 4: Implementation phases", "GP summary record viewable",
         where="DSA Schedule 4, phase 1 (document control v1.2: moved from 1 April 2017)"),
    ["When does phase 1 of the Brenthurst & Callowmere Care Record go live?",
     "BCCR phase 1 go live date? ED wants to know when they can see GP recrods",
     "From when will emergency department staff first be able to look at a patient's GP summary through the "
     "shared system?"], "recrods")
ask("bccr-phase3", MILESTONE, "unknown-date", [["time frame as yet unknown", "not known", "no date", "unknown"]],
    cite(DSA, "3 | Adult social care records", where="DSA Schedule 4, phase 3"),
    ["When will adult social care records be added to the BCCR (phase 3)?",
     "when do council social care recs go into BCCR - phase 3? any date yet for the socal workers?",
     "When will the two councils' information about people's care packages become visible in the shared "
     "record?"], "socal")
ask("dsa-review", MILESTONE, "deadline", [on(31, 3, 2018, "31 March 2018")],
    cite(DSA, "9.2 It will be reviewed", where="DSA clause 9.2"),
    ["By when must the BCCR data sharing agreement be reviewed?",
     "review date for the BCCR DSA? IG want it in the diarry",
     "When is the agreement letting organisations see each other's patient records due to be looked at again?"],
    "diarry")
ask("mh-interim", MILESTONE, "month", [month("January", 2018, "Jan-18")],
    cite(LOGIC, "Evaluation timetable", where="Evaluation timetable slide: MH row, Interim report"),
    ["When is the interim evaluation report for the Minds Matter programme due?",
     "when's the MH interim eval report due from WHEEU? for our comittee forward plan",
     "When should the half-way findings on whether the mental health and learning disability work is paying off "
     "arrive?"], "comittee")
ask("uec-baseline", MILESTONE, "merged-cell", [month("March", 2017, "Mar-17")],
    cite(LOGIC, "Evaluation timetable", where="Evaluation timetable slide: baseline cell merged over the LCH and "
                                             "UEC rows ('joint LCH / UEC baseline'); the UEC row's own cell is empty"),
    ["When is the baseline evaluation report for Urgent and emergency care due?",
     "UEC baseline report - when? the table looks blank for UEC, is that a mistke?",
     "When should the starting-point measurements for the A&E and urgent treatment centre work be written up?"],
    "mistke")
ask("event-next-month", MILESTONE, "relative-window", [on(12, 4, 2017, "12 April 2017"),
                                                       ["Tamsford Community Hospital"]],
    cite(BOOK, "Come and talk to us", where="consultation booklet p6 (sheet 3, left): events table; one event in "
                                            "April 2017"),
    ["Which stroke consultation public events are taking place next month, and where?",
     "any stroke consultation drop in events nxt month? where + when, want to tell my patiants",
     "Where and when can I next go along in person to talk about the emergency brain-attack care plans, looking "
     "at next month?"], "patiants", as_of="2017-03-20")
ask("cic-march", MILESTONE, "relative-window", [["Hyper-acute stroke unit", "HASU", "BC02", "stroke unit"]],
    cite(PIPE, "BC02", "BC05", sheet="Pipeline",
         where="Pipeline rows BC02-BC05: BC02 OBC planned 30/03/2017; BC05 FBC planned 30/03/2017 is superseded by "
               "its revised 25/05/2017"),
    ["Which business cases are due at the Capital & Investment Committee this month?",
     "what cases are due at CIC this mnth? making the agenda",
     "Which investment proposals are expected to come up for approval at the spending committee this month?"],
    "mnth", as_of="2017-03-01")
ask("cic-may", MILESTONE, "relative-window", [["crisis house", "BC05"], ["endoscopy", "BC07"]],
    cite(PIPE, "BC05", "BC07", sheet="Pipeline",
         where="Pipeline rows BC05-BC07: BC05 FBC revised 25/05/2017; BC07 OBC planned 25/05/2017"),
    ["Which business cases are due to go to the Capital & Investment Committee this month?",
     "which BCs go to CIC this month? need to chase the papres",
     "Which investment proposals should be coming to the spending committee for sign-off this month?"],
    "papres", as_of="2017-05-02")
ask("stage1", MILESTONE, "layered-timeline", [on(25, 11, 2016, "25 Nov 2016")],
    cite(CHECK, "4. Route to decision", where="checklist p3: route to decision chevrons; stage names and dates "
                                             "drawn as separate layers, paired by position"),
    ["When did the stroke proposals pass Stage 1 assurance?",
     "date of stage 1 assurance for the HASU? the chevron thing on p3 is hard to folow",
     "When did the stroke plans clear NHS England's first formal checkpoint?"], "folow")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
ask("mh-mustdos", MUSTDO, "by-programme",
    [mdx(7, "MD7 Mental health", "MD7", drop=("Mental health",)), mdx(8, "MD8 Learning disabilities", "MD8")],
    units(LOGIC, MODELS["MH"]["slide"], where="logic model 5 (MH): impact column, 'Must-dos served'"),
    ["Which national must-dos does the Minds Matter logic model say the programme serves?",
     "which MDs does minds matter map to on its logic model? for the MH boad",
     "Which of the nine national priorities is the mental health and learning disability programme expected to "
     "help deliver?"], "boad")
ask("md4-progs", MUSTDO, "mustdo-coverage", [["Local Care Hubs", "LCH"], ["Urgent and emergency care", "UEC",
                                                                          "Urgent & emergency care"]],
    units(LOGIC, 3, 8, where="logic models 1-6: impact column; MD4 on LCH and UEC only"),
    ["Which programmes' logic models claim a contribution to must-do 4, A&E and ambulance?",
     "which programmes say they serve MD4 in the logic modles?",
     "Which of our programmes are expected to improve emergency department waits and ambulance handovers, "
     "according to the evaluation framework?"], "modles")
ask("logic-gap", MUSTDO, "mustdo-gap", [mdx(6, "MD6 Cancer", "MD6")],
    units(LOGIC, 2, 8, where="must-do list on slide 2; logic models 1-6 claim MD2-5 and MD7-9 (MD1 for all): MD6 by "
                             "absence"),
    ["Which national must-do does none of the programme logic models claim to serve?",
     "which must do is missing from all the logic models? looks like a gapp",
     "Which of the nine national priorities has no programme in the evaluation framework working towards it?"],
    "gapp")
ask("md6-case", MUSTDO, "cell-detail", [["Wealdrick endoscopy suite", "endoscopy", "BC07"]],
    cite(PIPE, "MD6 Cancer", "BC09", sheet="Strategic fit",
         where="Strategic fit sheet: MD6 Cancer column; BC07 scores 2 (direct), BC06 1 (indirect); blanks vanish"),
    ["Which business case makes a direct contribution to the cancer must-do?",
     "which BC scores 2 for MD6 cancer on strategic fit? prob diagnostics but want to be sur",
     "Which of the investment proposals most directly helps the national target on cancer waiting times?"], "sur")
ask("pipe-gap", MUSTDO, "mustdo-gap", [mdx(8, "MD8 Learning disabilities", "MD8")],
    cite(PIPE, "MD1 STP", "BC09", sheet="Strategic fit", where="Strategic fit sheet: MD8 column empty for every case"),
    ["Which national must-do does no business case in the pipeline contribute to?",
     "which MD has nothing against it on the strategic fit tab? LD maybe? pls cheque",
     "Which national priority gets no capital investment proposal at all?"], "cheque")
ask("dsa-mustdos", MUSTDO, "by-document", [mdx(3, "3 (general practice)", drop=("Primary care",)),
                                           mdx(4, "4 (A&E and ambulance)", drop=("UEC",))],
    cite(DSA, "3.2 The BCCR is an enabler", where="DSA clause 3.2"),
    ["Which national must-dos does the BCCR data sharing agreement say the care record supports?",
     "what must dos does the BCCR support acording to the DSA?",
     "Which of the national priorities is the shared patient record meant to help with?"], "acording")
ask("stroke-mustdos", MUSTDO, "by-scheme", [mdx(2, "Financial balance"), mdx(4, "A&E and ambulance", drop=("UEC",)),
                                            mdx(9, "Quality")],
    cite(CHECK, "5. Contribution to the 2016/17 national must-dos", where="checklist p3: must-do contribution table"),
    ["Apart from the STP itself, which national must-dos does the stroke reconfiguration contribute to?",
     "which MDs does the HASU proposal hit (besides MD1)? for the asurance pack",
     "Besides being part of the plan, which national priorities would concentrating emergency stroke care help "
     "with?"], "asurance")
ask("acu-md5", MUSTDO, "yes-no", [mdx(5, "MD5 Referral to treatment", "MD5")],
    units(LOGIC, MODELS["ACU"]["slide"], where="logic model 4 (ACU): impact column, 'Must-dos served'"),
    ["Does the Acute Services Collaboration logic model claim a contribution to the referral to treatment "
     "must-do?",
     "does ACU's logic model count towards RTT / 18 wks? y or n, quick chek",
     "Is the hospital collaboration programme expected to help get routine operations done within eighteen "
     "weeks?"], "chek")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
ask("hasu-capital", FACT, "figure", [["£6.8m", "6.8 million", "£6.8 million", "6800", "6,800"]],
    cite(CHECK, "Capital: £6.8m", where="checklist p2: criterion 5a"),
    ["What is the capital cost of the proposed hyper-acute stroke unit at Brenthurst General Infirmary?",
     "capex for the HASU at BGI? rough £m is fine, for the finace subgroup",
     "How much would it cost to build the new emergency stroke unit at the city hospital?"], "finace")
ask("admissions", FACT, "figure", [["1,460", "1460"]],
    cite(BOOK, "Stroke admissions 2015/16", where="consultation booklet p3 (sheet 3, right): admissions table Total"),
    ["How many stroke admissions were there across the three hospitals in 2015/16?",
     "how many stroke admits a yr across BGI, CDH and TCH? 15/16 numbr",
     "Roughly how many people a year end up in our hospitals after a brain attack?"], "numbr")
ask("not-assured", FACT, "status", [["Capital", "affordability", "5a", "source of funding", "funding source"]],
    cite(CHECK, "Best value and", where="checklist p2: criterion 5a 'Not yet assured (C4)'"),
    ["Which criterion of the Stage 2 stroke checklist was rated 'Not yet assured'?",
     "which bit of stage 2 wasn't assured at all? the red one, can't find it on my screeen",
     "On which point did NHS England say the stroke proposals still fell short when it checked them in January?"],
    "screeen")
ask("travel", FACT, "figure", [["96%", "96 per cent", "96 percent"]],
    cite(BOOK, "96% of people", where="consultation booklet p5 (sheet 4, right)"),
    ["What proportion of residents live within 45 minutes of Brenthurst General Infirmary by blue-light "
     "ambulance?",
     "what % of ppl are within 45 mins of BGI by blue light? for a letter to a cllr, thx in advnce",
     "How much of the local population could an emergency ambulance get to the city hospital in under three "
     "quarters of an hour?"], "advnce")
ask("preferred", FACT, "definition", [["Option A"], ["Brenthurst General Infirmary", "BGI"]],
    cite(BOOK, "What we are proposing", where="consultation booklet p4 (sheet 4, left)"),
    ["What is the preferred option in the stroke consultation?",
     "which option is the prefered one in the stroke consultation? A/B/C?",
     "Which of the choices put to the public about emergency stroke care do the commissioners favour, and where "
     "would the specialist unit be?"], "prefered")
ask("total-capital", FACT, "figure", [["25380", "25,380", "£25.38m", "£25.4m", "25.4 million", "25.38 million"]],
    cite(PIPE, "Total capital, excluding withdrawn", sheet="Pipeline", where="Pipeline sheet total row (£000)"),
    ["What is the total capital requirement of the business case pipeline, excluding withdrawn cases?",
     "total capex in the BC pipeline excl withdrawn? £000 ok, need it for the estats group",
     "Adding up every live investment proposal, how much building and equipment money is the STP looking for?"],
    "estats")
ask("largest-capital", FACT, "comparison", [["Hyper-acute stroke unit", "HASU", "BC02", "stroke unit"]],
    cite(PIPE, "BC01", "BC09", sheet="Pipeline", where="Pipeline sheet Capital column"),
    ["Which business case in the pipeline has the largest capital requirement?",
     "biggest capital ask in the pipeline? which scheme, roughley",
     "Which single investment proposal needs the most money for buildings and equipment?"], "roughley")
ask("withdrawn", FACT, "status", [["perinatal", "BC08", "mother and baby"]],
    cite(PIPE, "BC08", sheet="Pipeline", where="Pipeline sheet row BC08: status W (Key: Withdrawn)"),
    ["Which business case has been withdrawn from the pipeline?",
     "which BC got widthdrawn? status W on the register",
     "Which investment proposal has been dropped, and what is happening instead?"], "widthdrawn")
ask("threshold", FACT, "rule", [["£5,000k", "£5m", "£5 million", "5,000", "5000"]],
    cite(PIPE, "Approval route", sheet="Read me", where="Read me sheet: approval route"),
    ["Above what capital value must a business case be approved by the STP Partnership Board rather than the "
     "Capital & Investment Committee?",
     "what's the £ limit before a BC has to go to partnership board not CIC? forgot the thresold",
     "How big does a building project have to be before the top board, rather than the spending committee, has to "
     "sign it off?"], "thresold")
ask("streaming", FACT, "figure", [["£1.1 million", "1.1 million", "£1.1m", "1.1m"]],
    cite(HANS, "Accident and Emergency Departments: Capital Investment", "the area bid in the first round",
         where="Hansard extract: Question 69007, answered 16 March 2017"),
    ["How much Spring Budget 2017 A&E capital has been allocated to Brenthurst Royal Hospitals for front-door "
     "streaming?",
     "how much did BRH get from the spring budget A&E streeming money?",
     "How much of the Chancellor's new money for emergency departments is going to the city hospital to send "
     "walk-in patients to a GP service?"], "streeming")
ask("gp-practices", FACT, "figure", [["138"]],
    cite(DSA, "GP practices in the footprint (138)", where="DSA Schedule 1 Part A, party 9"),
    ["How many GP practices are in the footprint, according to the BCCR data sharing agreement?",
     "how many GP practices sign up to BCCR - the DSA has a nunber?",
     "How many family doctor surgeries are there across the area covered by the shared record agreement?"],
    "nunber")
ask("eval-budget", FACT, "figure", [["685", "£685,000", "£685k", "685k", "£0.685m"]],
    cite(LOGIC, "Evaluation budget (£000)", where="Evaluation budget slide: Total row, Total column"),
    ["What is the total evaluation budget for the six programmes from 2016/17 to 2018/19?",
     "total eval budget across all programmes 16/17-18/19? in £k, for the PMO repot",
     "Altogether, how much is being spent on WHEEU assessing whether the STP's programmes work?"], "repot")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("data protection officer", "dpo")
ask("nm-brh-dpo", NONE, "near-miss", [],
    cite(DSA, "Party | Caldicott Guardian | SIRO | IG lead", where="DSA Schedule 2 names a CG, SIRO and IG lead "
                                                                  "per party, no Data Protection Officer"),
    ["Who is the Data Protection Officer for Brenthurst Royal Hospitals?",
     "who's the DPO at BRH? need them for a subject access reqest",
     "Who is the person at the city hospital trust formally in charge of data protection compliance?"], "reqest")
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-jccg-vice", NONE, "near-miss", [],
    cite(CHECK, "AK\nDr Alisdair Kemble", where="only the chair of the Joint Committee of CCGs is named"),
    ["Who is the Vice Chair of the Joint Committee of CCGs?",
     "who's vice chair of the JCCCG? chair is away for the stroke vote, who deputses?",
     "If the person leading the commissioners' joint decision-making body is away, who stands in?"], "deputses")
absent("outcome report", "consultation report", "report of the consultation", "report on the consultation",
       "feedback report", "findings will be published")
ask("nm-outcome-report", NONE, "near-miss", [],
    cite(BOOK, "What happens next", where="booklet p6: closes 15 May 2017, responses analysed, decision in September "
                                          "2017; no date for publishing the analysis"),
    ["When will the report on the stroke consultation responses be published?",
     "when does the independant analysis of the stroke consultation come out?",
     "When will we get to read what the public said about the emergency brain-attack care plans?"], "independant")
absent("stroke beds", "beds at callowmere", "beds at cdh", "cdh has", "callowmere district hospital has")
ask("nm-cdh-beds", NONE, "near-miss", [],
    cite(BOOK, "Stroke care today", where="booklet p3 gives admissions and SSNAP ratings by hospital, not beds"),
    ["How many stroke beds does Callowmere District Hospital have at present?",
     "how many stroke beds at CDH right now? bed modlling q",
     "How much inpatient capacity for stroke patients is there today at the coastal district hospital?"],
    "modlling", as_of="2017-03-01")
_logic_text = norm("\n".join(U[LOGIC].values()))
assert "digital" not in _logic_text and "care record" not in _logic_text and "bccr" not in _logic_text
absent("evaluation lead for digital", "evaluation of the bccr", "evaluation of the care record")
ask("nm-digital-eval", NONE, "near-miss", [],
    cite(LOGIC, "Evaluation budget (£000)", where="budget slide: 'No evaluation budget is held for the enablers'; no "
                                                 "logic model for the Digital enabler"),
    ["Who is the evaluation lead for the Brenthurst & Callowmere Care Record?",
     "who at WHEEU is evaluating BCCR? can't see it in the framwork",
     "Which academic is measuring whether the shared patient record is making a difference?"], "framwork")
absent("opening hours", "open 24", "24/7", "24 hours a day", "hours of opening", "8am to 10pm", "open from")
ask("nm-utc-hours", NONE, "near-miss", [],
    cite(HANS, "Urgent Treatment Centres: Tamsford", "is expected to go to the local Capital",
         where="Hansard Question 68214 gives an opening month and cost, no hours"),
    ["What will the opening hours of the Tamsford urgent treatment centre be?",
     "what hours will tamsford UTC be open? 8-8 or 24/7? patients keep askin",
     "At what times of day will people be able to walk in to the new Tamsford urgent care service?"], "askin")
_sched2 = norm("\n".join(v for k, v in U[DSA].items() if 55 <= k <= 66))
assert "three shires" not in _sched2 and "tsas" not in _sched2
absent("tsas caldicott", "ambulance caldicott", "caldicott guardian, three shires")
ask("nm-tsas-cg", NONE, "near-miss", [],
    cite(DSA, "Part B: Prospective parties", "Three Shires Ambulance Service NHS Trust (TSAS)",
         where="DSA Schedule 1 Part B: TSAS's officers to be added on accession"),
    ["Who is the Caldicott Guardian for Three Shires Ambulance Service under the BCCR agreement?",
     "CG for TSAS on the BCCR DSA? crews are asking who to contact about confidentialty",
     "Who protects patient confidentiality at the ambulance service for the shared record?"], "confidentialty")
absent("responses received", "responses so far", "have responded", "responses to date", "people responded",
       "responses have been")
ask("nm-responses", NONE, "near-miss", [],
    cite(BOOK, "What happens next", where="booklet p6: responses to be analysed; no count given anywhere"),
    ["How many responses has the stroke consultation received so far?",
     "how many ppl have filled in the stroke questionaire so far?",
     "How many members of the public have had their say on the emergency stroke care plans to date?"],
    "questionaire", as_of="2017-03-30")
absent("programme manager", "programme lead for urgent", "project manager")
ask("nm-uec-pm", NONE, "near-miss", [],
    cite(LOGIC, "Logic model 3 of 6: UEC", where="UEC logic model names an SRO and an evaluation lead only"),
    ["Who is the programme manager for the Urgent and emergency care programme?",
     "who's the PM for UEC? the SRO's too senior to chase, need the day to day persn",
     "Who handles the day-to-day running of the A&E and urgent treatment centre programme?"], "persn")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180, (len(ITEMS), len(facts))
assert len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|nxt month|this month|this mnth|this quarter|this qtr|overdue|currently|"
                        r"at present|now|right now|so far|to date)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
