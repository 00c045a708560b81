"""Write questions.jsonl for the Stannerby & Colderwick STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx 'Sheet!row' rows, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the suicide prevention action table is read back from the PDF text (pages 1-2, the header repeated on page 2):
    every row's lead initials and milestone, the 2017/18 £k column re-added against the Total row;
  - initials and posts are resolved through Annex A / Annex B, the deck's who's who slide, Schedule 4 of the
    Section 75 agreement and the tracker's Contacts sheet (DM and DMc, MT and MTh are different people);
  - the must-do grid is read by text position (pypdf's visitor): a mark's column from the priority code above it and
    its row from the must-do label level with it;
  - the deck's savings table is re-added against its Total row and column, and the bridge against the gap;
  - the tracker's Target date column is checked to hold both real date cells and text;
  - the relative windows are computed over every row's milestone after the later papers' changes (the LMC update
    moves SP04 to November 2017).
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
from bank_tools import norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
F1 = "01_SC_Suicide_Prevention_Action_Plan_2017-20_v1.3_Dec2016.pdf"
F2 = "02_SC_STP_Neighbourhood_Care_Development_Session_18Jan2017.pdf"
F3 = "03_SC_Home_First_S75_Agreement_Schedules_v0.9_Feb2017.docx"
F4 = "04_SC_Clinical_Policy_Harmonisation_Update_08Mar2017.pptx"
F5 = "05_SC_Home_First_HICM_Tracker_31Mar2017.xlsx"
F6 = "06_SC_LMC_Update_for_Practices_Issue27_24Apr2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([F1, F2, F3, F4, F5, F6]), sorted(U)
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


def page(file, anchor, where=""):
    """The single PDF page / pptx slide whose text holds `anchor`."""
    return cite(file, anchor, None, None, where)


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
    if kind != NONE:
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
        ITEMS.append({"id": f"bc-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"bc-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
# 1. The suicide prevention action table, from the PDF text of pages 1 and 2 (header repeated on page 2)
SP_TEXT = {p: U[F1][p] for p in U[F1]}
assert all("Ref\nAction\nLead\nMilestone\n2017/18\n£k" in SP_TEXT[p] for p in (1, 2)), "header not on both pages"
INITIALS = ["AW", "DM", "DMc", "JF", "PH", "RQ", "SK", "TO"]


def sp_rows():
    lines = (SP_TEXT[1] + "\n" + SP_TEXT[2]).splitlines()
    starts = [i for i, ln in enumerate(lines) if re.fullmatch(r"SP\d\d", ln)]
    rows, row_page = {}, {}
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else lines.index("Total 2017/18", i)
        chunk = [ln for ln in lines[i + 1:end] if ln.strip()]
        if "Page 2" in chunk:  # the row before the break: cut the repeated page furniture
            chunk = chunk[:chunk.index("Stannerby & Colderwick Suicide Prevention Partnership")]
        lead_at = [k for k, ln in enumerate(chunk) if ln in INITIALS][0]
        money = chunk[-1]
        assert re.fullmatch(r"\d+", money), chunk
        rows[lines[i]] = {"action": " ".join(chunk[:lead_at]), "lead": chunk[lead_at],
                          "milestone": " ".join(chunk[lead_at + 1:-1]), "k": int(money)}
        row_page[lines[i]] = 1 if lines[i] in SP_TEXT[1] else 2
    return rows, row_page


SP, SP_PAGE = sp_rows()
assert sorted(SP) == [f"SP{n:02d}" for n in range(1, 17)]
assert sum(r["k"] for r in SP.values()) == 902 and "Total 2017/18\n902" in SP_TEXT[2]
assert SP_PAGE["SP10"] == 1 and SP_PAGE["SP11"] == 2  # the table breaks over the page
assert SP["SP06"]["lead"] == "DMc" and SP["SP12"]["lead"] == "DM" and SP["SP09"]["lead"] == "SK"
assert SP["SP01"]["lead"] == "PH" and SP["SP04"]["milestone"] == "Opens Sept-17"
assert SP["SP06"]["milestone"] == "Core 24 in place by Winter 2017/18"
assert SP["SP15"]["milestone"] == "time frame as yet unknown"
ANNEX_A = {}
annex_lines = U[F1][2].splitlines()
for i, ln in enumerate(annex_lines):
    if ln in INITIALS and i > annex_lines.index("Annex A: Action leads"):
        ANNEX_A[ln] = annex_lines[i + 1]
assert ANNEX_A["DMc"] == "Dr Duncan McAvoy" and ANNEX_A["DM"] == "Dr Deborah Mundy"
assert ANNEX_A["SK"] == "Inspector Samir Khatri" and ANNEX_A["PH"] == "Priya Hebblethwaite"


# 2. The deck: must-do grid by position, savings re-added
def runs(file, page_no):
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


MD_PAGE = [k for k, v in U[F2].items() if "nine national must-dos" in v][0]


def mustdo_grid():
    rs = runs(F2, MD_PAGE)
    cols = {t: x for x, y, t in rs if re.fullmatch(r"P[1-5]", t)}
    assert sorted(cols) == ["P1", "P2", "P3", "P4", "P5"], cols
    labels = {int(t.split()[0]): y for x, y, t in rs if re.match(r"[1-9] [A-Z]", t)}
    assert sorted(labels) == list(range(1, 10)), labels
    grid = {n: {} for n in labels}
    for x, y, t in rs:
        if t in ("L", "C"):
            n = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[n] - y) < 8, (t, x, y)
            p = min(cols, key=lambda k: abs(cols[k] + 49 - x))  # marks sit mid-column, codes at its left edge
            grid[n][p] = t
    return grid


MDX = mustdo_grid()
assert "All five priorities" in U[F2][MD_PAGE] and MDX[1] == {}
assert [n for n in range(2, 10) if not MDX[n]] == [8]
assert MDX[4] == {"P2": "L", "P1": "C", "P5": "C"}
assert MDX[5] == {"P3": "L"} and MDX[6] == {"P3": "C"}
assert [n for n in range(2, 10) if "P4" in MDX[n]] == [7, 9]
assert [n for n in range(2, 10) if "P1" in MDX[n]] == [2, 3, 4]

FIN_PAGE = [k for k, v in U[F2].items() if "Net savings by priority" in v][0]
fin_lines = U[F2][FIN_PAGE].splitlines()
FIN = {}
for i, ln in enumerate(fin_lines):
    if re.match(r"(P[1-5] |Total$)", ln) and i + 5 < len(fin_lines) and re.fullmatch(r"[\d.]+", fin_lines[i + 1]):
        FIN[ln.split()[0]] = [float(v) for v in fin_lines[i + 1:i + 6]]
assert sorted(FIN) == ["P1", "P2", "P3", "P4", "P5", "Total"], FIN
for k, vals in FIN.items():
    assert round(sum(vals[:4]), 1) == vals[4], k
for j in range(5):
    assert round(sum(FIN[f"P{n}"][j] for n in range(1, 6)), 1) == FIN["Total"][j], j
assert FIN["Total"][3] == 45.3 and FIN["P1"][4] == 35.0
assert round(45.3 + 96.1 + 27.0, 1) == 168.4 and "£168.4m" in U[F2][FIN_PAGE]

# 3. The tracker's Target date column holds real date cells and text
from openpyxl import load_workbook  # noqa: E402

TRACK = load_workbook(str(PAPERS / F5))["Tracker"]
assert [c.value for c in TRACK[3]][:5] == ["Change", "Ref", "Action", "Owner", "Target date"]
TARGETS = {TRACK.cell(r, 2).value: TRACK.cell(r, 5).value for r in range(4, TRACK.max_row + 1)}
assert {type(v) for v in TARGETS.values()} == {datetime, str}, {type(v) for v in TARGETS.values()}
assert sum(isinstance(v, datetime) for v in TARGETS.values()) == 4
OWNERS = {TRACK.cell(r, 2).value: TRACK.cell(r, 4).value for r in range(4, TRACK.max_row + 1)}
CONTACTS = {r[0]: r[1] for r in load_workbook(str(PAPERS / F5))["Contacts"].iter_rows(min_row=2, values_only=True)}
assert CONTACTS[OWNERS["HIC5a"]] == "Matthew Tunnicliffe" and CONTACTS["MTh"] == "Marianne Threlfall"

# 4. Relative windows over periods, after the LMC update's change
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def periods(value):
    """[(start, end)] ordinals for a milestone cell; None for unknown / TBC."""
    if isinstance(value, datetime):
        d = value.date().toordinal()
        return [(d, d)]
    t = value.lower()
    if "unknown" in t or t == "tbc":
        return [None]
    out = []
    for q, a in re.findall(r"q(\d) (\d{4})/\d\d", t):
        y, q = int(a), int(q)
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        out.append((date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)))
    for mo, yy in re.findall(r"\b([a-z]{3})t?-(\d\d)\b", t):
        out.append((date(2000 + int(yy), MON[mo], 1).toordinal(), month_end(2000 + int(yy), MON[mo])))
    for mo, yy in re.findall(r"end of ([a-z]+) (\d{4})", t):
        out.append((month_end(int(yy), MON[mo[:3]]),) * 2)
    for dd, mo, yy in re.findall(r"(?<!w/c )\b(\d{1,2}) ([a-z]+) (\d{4})", t):
        if mo[:3] in MON:
            d = date(int(yy), MON[mo[:3]], int(dd)).toordinal()
            out.append((d, d))
    for dd, mo, yy in re.findall(r"w/c (\d{1,2}) ([a-z]+) (\d{4})", t):
        d = date(int(yy), MON[mo[:3]], int(dd)).toordinal()
        out.append((d, d + 6))
    for dd, mm, yy in re.findall(r"(\d\d)/(\d\d)/(\d{4})", t):
        d = date(int(yy), int(mm), int(dd)).toordinal()
        out.append((d, d))
    for mo, yy in re.findall(r"^(january|february|march|april|may|june|july|august|september|october|november|"
                             r"december) (\d{4})$", t):
        out.append((date(int(yy), MON[mo[:3]], 1).toordinal(), month_end(int(yy), MON[mo[:3]])))
    for season, a in re.findall(r"(winter|spring|summer) (\d{4})", t):
        y = int(a)
        out.append({"winter": (date(y, 12, 1).toordinal(), month_end(y + 1, 2)),
                    "spring": (date(y, 3, 1).toordinal(), month_end(y, 5)),
                    "summer": (date(y, 6, 1).toordinal(), month_end(y, 8))}[season])
    assert out, value
    return out


SP_LATEST = {ref: periods(r["milestone"]) for ref, r in SP.items()}
LMC_TEXT = "\n".join(U[F6].values())
assert "will now open in November 2017, not Sept-17" in norm(LMC_TEXT).replace("\n", " ") or \
    "will now open in november 2017, not sept-17" in norm(LMC_TEXT)
SP_LATEST["SP04"] = periods("November 2017")
HIC_LATEST = {ref: periods(v) for ref, v in TARGETS.items()}


def due_in(latest, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, ps in latest.items():
        for p in ps:
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add(ref)
            elif p[0] <= e and p[1] >= s:
                partial.add(ref)
    return inside, partial - inside


assert due_in(SP_LATEST, date(2017, 11, 1), date(2017, 11, 30)) == ({"SP04", "SP09"}, set())
assert due_in(HIC_LATEST, date(2017, 5, 1), date(2017, 5, 31)) == ({"HIC3a", "HIC7a"}, set())

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("sp06-lead", OWNER, "resolved-initials", [["McAvoy"]],
    cite(F1, "SP06", "Dr Duncan McAvoy",
         where="action table row SP06, Lead 'DMc' (page 1); Annex A: DMc = Dr Duncan McAvoy (page 2; DM is Mundy)"),
    ["Who leads action SP06, the 24/7 liaison psychiatry service at Stannerby General Hospital, in the suicide "
     "prevention action plan?",
     "who's the lead on SP06 liaison psych at stannerby general? ED want to chat about core 24 staffng",
     "Who is in charge of getting round-the-clock psychiatric cover into the emergency department at the main "
     "Stannerby hospital?"], "staffng")
ask("sp12-lead", OWNER, "resolved-initials", [["Mundy"]],
    cite(F1, "SP12", where="action table row SP12 (page 2, under the repeated header), Lead 'DM'; Annex A on the "
         "same page: DM = Dr Deborah Mundy"),
    ["Who leads the review of high-dose opioid and antidepressant prescribing in primary care (SP12)?",
     "who is DM on the opioid + antidepressant prescribing review? same person as DMc or not, bit confussed",
     "Which GP is heading up the audit of surgeries' strong painkiller and antidepressant prescribing under the "
     "plan to cut local suicides?"], "confussed")
ask("sp09-lead", OWNER, "resolved-initials", [["Khatri"]],
    cite(F1, "SP09", "Inspector Samir Khatri", where="action table row SP09, Lead 'SK'; Annex A: SK = Inspector "
         "Samir Khatri"),
    ["Who is the lead for the safety measures at the Wenlow Viaduct (SP09)?",
     "who's leading the wenlow viaduct barriers work? council highways want a contakt",
     "Who is responsible for making the structure where most of the area's suicides happen safer?"], "contakt")
ask("sp01-lead", OWNER, "resolved-initials", [["Hebblethwaite"]],
    cite(F1, "SP01", "Priya Hebblethwaite", where="action table row SP01, Lead 'PH'; Annex A: PH = Priya "
         "Hebblethwaite"),
    ["Who leads the real-time surveillance of suspected suicides (SP01)?",
     "who's PH on the real time surveillance action? need them for the coroner data agreemnt",
     "Who is setting up the arrangement for the coroner and the police to tell partners quickly about deaths that "
     "look like suicide?"], "agreemnt")
ask("sp-chair", OWNER, "resolved-post", [["Fenlon"]],
    cite(F1, "chaired by the Director of Public Health", "Dr Marcus Fenlon",
         where="section 1: chaired by the Director of Public Health, Stannerby County Council; Annex B (page 3): "
         "Dr Marcus Fenlon"),
    ["Who chairs the Stannerby & Colderwick Suicide Prevention Partnership?",
     "who chairs the suicide prevention partnership? plan just says DPH, need the actual nmae",
     "Whose name should go on the invitation as the person chairing the multi-agency group that owns the plan to "
     "reduce local suicides?"], "nmae")
ask("sp-r3-owner", OWNER, "resolved-post", [person("Asante-Boyd")],
    cite(F1, "Consultant psychiatrist and liaison nurse vacancies", "Kwame Asante-Boyd",
         where="risk table R3, owner 'Chief Operating Officer, Marrick Vale Partnership NHS Foundation Trust' "
         "(page 2); Annex B (page 3): Kwame Asante-Boyd"),
    ["Who owns risk R3, consultant psychiatrist and liaison nurse vacancies delaying the Core 24 liaison service?",
     "who owns the psych vacancies risk (R3) in the suicide plan? it says a COO but whcih one, by name",
     "Whose job is it to manage the danger that the hospital mental health liaison service can't recruit enough "
     "senior doctors and nurses?"], "whcih")
ask("p1-sro", OWNER, "resolved-post", [person("Okafor-Lisle")],
    cite(F2, "SRO: Chief Officer, NHS Stannerby CCG", "Bernadette Okafor-Lisle",
         where="slide 3: P1 box 'SRO: Chief Officer, NHS Stannerby CCG'; slide 9 who's who: Bernadette Okafor-Lisle"),
    ["Who is the Senior Responsible Officer for the Neighbourhood Care (MCP) priority?",
     "who's the SRO for P1 neighbourhood care? the slide only gives a job tilte",
     "Who is ultimately accountable for the programme building local hubs of GPs, nurses and social workers across "
     "the eleven areas?"], "tilte")
ask("p5-sro", OWNER, "resolved-post", [["Grieveson"]],
    cite(F2, "SRO: Director of Adult Social Care", "Nadia Grieveson",
         where="slide 3: P5 box 'SRO: Director of Adult Social Care, Stannerby County Council'; slide 9: Nadia "
         "Grieveson (also the Council's authorised officer in the Section 75 schedules)"),
    ["Who is the SRO for the Home First priority (P5)?",
     "sro for home first pls? sorting the DToC escalation rota this wekk",
     "Who is the senior owner of the STP's work to get people out of hospital and back to their own homes "
     "quickly?"], "wekk")
ask("nc-cl-now", OWNER, "changed-owner", [["Siddall"]],
    cite(F6, "Dr Farah Siddall", "from 1 May 2017",
         where="LMC update section 1: Dr Farah Siddall clinical lead for Neighbourhood Care from 1 May 2017 "
         "(the January deck names Dr Owen Pritchard-Lyle)"),
    ["Who is the clinical lead for Neighbourhood Care?",
     "who's clin lead for neighbourhood care now? the jan slides say Dr Pritchard-Lyle but I heard that's chnaged",
     "Which GP is now giving the clinical steer to the local hubs programme and chairing the hub leads' forum?"],
    "chnaged", as_of="2017-05-15")
ask("nc-cl-before", OWNER, "previous-holder", [person("Pritchard-Lyle")],
    cite(F6, "Dr Owen Pritchard-Lyle steps down", "from 1 May 2017",
         where="LMC update section 1: Dr Owen Pritchard-Lyle steps down at the end of April; Dr Siddall only from "
         "1 May 2017 (deck slide 9 names Pritchard-Lyle)"),
    ["Who holds the Neighbourhood Care clinical lead role this week?",
     "who's the neighbourhood care clin lead right now? want them at the hub leads' fourm on friday",
     "Which doctor is giving the clinical direction to the neighbourhood hubs at the moment?"],
    "fourm", as_of="2017-04-26")
ask("k2-owner", OWNER, "resolved-post", [["Rushworth"]],
    cite(F2, "K2 Provider deficits", "Simon Rushworth",
         where="slide 8: K2 risk owner 'Director of Finance, Colderwick and Wenlow Hospitals NHS Trust'; slide 9: "
         "Simon Rushworth"),
    ["Who owns risk K2, provider deficits, on the Neighbourhood Care risk slide?",
     "who owns the provider deficits risk (K2)? slide just says the DoF at the colderwick trust, who is that actualy",
     "Who is on the hook for the risk that the hospitals' overspending leaves no cash to run old and new services "
     "side by side?"], "actualy")
ask("hf1-lead", OWNER, "resolved-post", [["Threlfall"]],
    cite(F3, "HF1 | Discharge to assess", "Marianne Threlfall",
         where="Schedule 2 row HF1, Lead officer 'Head of Reablement'; Schedule 4: Head of Reablement = Marianne "
         "Threlfall"),
    ["Who is the lead officer for discharge to assess pathway 1 (HF1) in the Home First pooled fund?",
     "who's lead officer for D2A pathway 1 in the s75? schedule says head of reablement, need an actual persn",
     "Who, by name, is responsible for the service that sends patients home from hospital with support while their "
     "longer-term needs are worked out?"], "persn")
ask("pool-manager", OWNER, "resolved-post", [["Roebuck"]],
    cite(F3, "The Pooled Fund Manager is the Head of Integrated Commissioning", "Declan Roebuck",
         where="Schedule 1 note: the Pooled Fund Manager is the Head of Integrated Commissioning; Schedule 4: "
         "Declan Roebuck"),
    ["Who is the Pooled Fund Manager for the Home First pooled fund?",
     "who manages the home first pooled budget? finance want to send them the month 12 positon",
     "Who looks after the shared council and CCG money for getting people home from hospital?"], "positon")
ask("ccg-officer", OWNER, "merged-table", [["Rothery"]],
    cite(F3, "NHS Stannerby CCG (the CCG) | Gillian Rothery",
         where="Schedule 1 table under the merged 'Authorised officers' heading: the CCG row"),
    ["Who is NHS Stannerby CCG's authorised officer under the Home First Section 75 agreement?",
     "who is the CCG's authorsed officer on the s75 for home first?",
     "Who is named to act for Stannerby's clinical commissioning group under the legal agreement that pools money "
     "with the county council?"], "authorsed")
ask("hipknee-lead", OWNER, "initiative-lead", [person("Ellery-Moss")],
    page(F4, "Hip and knee replacement", where="slide 2 wave 1 table, Hip and knee replacement row, Clinical lead"),
    ["Who is the clinical lead for the hip and knee replacement policy?",
     "clin lead for the hip and knee policy? ortho have qs about the BMI threshhold",
     "Which surgeon is leading the new shared rules on when patients can have their joints replaced?"],
    "threshhold")
ask("varicose-lead", OWNER, "changed-owner", [["Achterberg"]],
    page(F4, "Varicose veins: clinical lead",
         where="slide 3 changes table: varicose veins clinical lead was Mr Tobias Grennan, now Ms Leonie Achterberg "
         "from 1 April 2017 (slide 3 stands over slide 2)"),
    ["Who is the clinical lead for the varicose veins policy?",
     "who's clin lead on varicose veins now Mr Grennan has retired? vascular secretaries keep asknig",
     "Which surgeon now leads the shared rules on treating swollen, twisted leg veins?"],
    "asknig", as_of="2017-04-20")
ask("cpg-chair", OWNER, "governance", [["Teague"]],
    page(F4, "Clinical Policy Group is chaired by", where="slide 4: governance and next steps"),
    ["Who chairs the Clinical Policy Group?",
     "who chairs the clinical policy grp? want to get an item on the next agnda",
     "Who runs the fortnightly Thursday meetings that decide which routine operations the two CCGs will fund?"],
    "agnda")
ask("hic5-owner", OWNER, "resolved-initials", [["Tunnicliffe"]],
    cite(F5, "Matthew Tunnicliffe", sheet="Contacts",
         where="Tracker row 10: HIC5a owner 'MT'; Contacts row 6: MT = Matthew Tunnicliffe (MTh is Marianne "
         "Threlfall)"),
    ["Who owns the action to set up a weekend discharge team at Colderwick Royal Hospital (HIC5a)?",
     "who's MT on the HICM tracker, the weekend discharge team one? marianne or someone elss",
     "Who has been given the job of making discharges happen at weekends at the Colderwick hospital?"], "elss")
ask("lmc-chair", OWNER, "governance", [["Tolland"]],
    cite(F6, "Dr Hamish Tolland, Chair", where="LMC update sign-off"),
    ["Who chairs the Stannerby & Colderwick Local Medical Committee?",
     "who's the LMC chair? writing to them about hub rotas, want to get the name rihgt",
     "Who leads the body that represents local family doctors in their dealings with the CCGs?"], "rihgt")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("cafe-now", MILESTONE, "moved-date", [["November 2017", "Nov 2017", "Nov-17", "Nov 17"]],
    cite(F6, "The Colderwick crisis cafe (action SP04", "will now open in November 2017",
         where="LMC update section 2: SP04 moved from Sept-17 (action plan) to November 2017"),
    ["When will the Colderwick crisis café open?",
     "when's the colderwick crisis cafe opening? plan said sept but heard it's slipepd",
     "From when will people in distress in Colderwick be able to drop in to the evening town-centre space run with "
     "the voluntary sector?"], "slipepd")
ask("cafe-original", MILESTONE, "original-date", [["Sept-17", "September 2017", "Sep-17", "Sept 2017", "Sep 2017"]],
    page(F1, "SP04", where="action table row SP04, Milestone 'Opens Sept-17' (v1.3, December 2016)"),
    ["What opening date did the December 2016 suicide prevention action plan give for the Colderwick crisis café?",
     "what date did the suicide prevention plan (v1.3) originally have for the crisis cafe? for the varaince log",
     "Before the premises lease held things up, when had the evening drop-in for people in crisis in Colderwick "
     "been planned to open?"], "varaince")
ask("core24", MILESTONE, "season", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    page(F1, "SP06", where="action table row SP06, Milestone 'Core 24 in place by Winter 2017/18'"),
    ["By when will the liaison psychiatry service at Stannerby General Hospital meet the Core 24 standard?",
     "when does stannerby general's liaison psych hit core 24? CQC will ask at the visit, want to be redy",
     "By what point should the main Stannerby hospital's emergency department have mental health specialists on "
     "hand around the clock?"], "redy")
ask("gp-training", MILESTONE, "deadline", [["end of March 2018", "31 March 2018", "March 2018", "Mar-18"]],
    page(F1, "SP02", where="action table row SP02, Milestone 'All practices trained by end of March 2018'"),
    ["By when should all GP practices have had suicide prevention training under the Zero Suicide approach?",
     "deadline for all practices to finish the zero suicide trainnig?",
     "By what date should staff in every one of the 118 surgeries have been taught how to help someone at risk of "
     "taking their own life?"], "trainnig")
ask("ed-training", MILESTONE, "week-commencing", [["w/c 5 June 2017", "5 June 2017", "5 Jun 2017", "05/06/2017"]],
    page(F1, "SP03", where="action table row SP03, Milestone 'First cohort w/c 5 June 2017'"),
    ["When does the first cohort of suicide awareness training for emergency department and ward staff at Stannerby "
     "General Hospital start?",
     "when's the first ED suicide awareness cohort at stannerby general? need to free up nurses on the rotaa",
     "Which week do the first casualty and ward staff at the main Stannerby hospital get taught to spot people at "
     "risk of taking their own life?"], "rotaa")
ask("surveillance", MILESTONE, "quarter", [["Q2 2017/18", "Q2 17/18", "Qtr 2 2017/18", "July to September 2017"]],
    page(F1, "SP01", where="action table row SP01, Milestone 'Live by Q2 2017/18'"),
    ["When is real-time surveillance of suspected suicides due to go live?",
     "when does the real time suicide survelance go live?",
     "When should partners start getting quick alerts from the coroner and police about deaths that look like "
     "suicide?"], "survelance")
ask("mhfa-unknown", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "not known", "no date"]],
    page(F1, "SP15", where="action table row SP15 (page 2), Milestone 'time frame as yet unknown'"),
    ["When will Mental Health First Aid training be delivered to council front-line staff (SP15)?",
     "any date for the MHFA training for council frontline staff? the union keeps chasing the timelinee",
     "When will the councils' public-facing employees be taught how to help someone in a mental health crisis?"],
    "timelinee")
ask("wave2", MILESTONE, "quarter", [["Q3 2017/18", "Q3 17/18", "Qtr 3 2017/18", "October to December 2017"]],
    page(F2, "Go-live: Q3 2017/18", where="slide 4: Wave 2 box, 'Go-live: Q3 2017/18' (also slide 5 timeline)"),
    ["When do the wave 2 neighbourhood hubs go live?",
     "when do the wave 2 hubs go live? marrick dale practices asking about the hub buidling",
     "When does the next group of four local care hubs, after the first three, open?"], "buidling")
ask("wave1", MILESTONE, "day", [on(3, 4, 2017, "3 April 2017")],
    cite(F6, "The first three neighbourhood hubs", "went live as planned on 3 April 2017",
         where="LMC update section 1: wave 1 went live as planned on 3 April 2017 (deck slide 4: 'Go-live: 3 April "
         "2017')"),
    ["On what date did the first three neighbourhood hubs go live?",
     "what day did the wave 1 hubs go live? need it for the evalution baseline",
     "When did the earliest local care hubs in the footprint start running?"], "evalution")
ask("cataract-now", MILESTONE, "moved-date", [on(3, 7, 2017, "3 July 2017")],
    page(F4, "Cataract surgery: go-live", where="slide 3 changes table: cataract go-live was 1 June 2017, now 3 July "
         "2017 (confirmed by the LMC update)"),
    ["When does the harmonised cataract surgery policy go live?",
     "when does the new cataract policy go live? optoms need to know when to use the new refferal form",
     "From what date will the single set of rules on who gets a clouded eye lens replaced apply across both CCGs?"],
    "refferal")
ask("varicose-golive", MILESTONE, "month", [["Sept-17", "September 2017", "Sep-17", "Sept 2017", "Sep 2017"]],
    page(F4, "Varicose veins | Mr Tobias Grennan", where="slide 2 wave 1 table, Varicose veins row, Go-live"),
    ["When does the varicose veins policy go live?",
     "go live for the varicose veins polcy?",
     "When will the shared rules on funding treatment for bulging leg veins take effect?"], "polcy")
ask("equipment", MILESTONE, "week-commencing",
    [["w/c 4 September 2017", "4 September 2017", "4 Sep 2017", "04/09/2017"]],
    cite(F3, "HF4 | Integrated community equipment service", where="Schedule 2 row HF4, Commencement"),
    ["When does the new integrated community equipment service contract (HF4) commence?",
     "when does the new equipment service contract start? OTs asking about the switchovr",
     "Which week does the new supplier of walking frames, beds and other aids for people at home take over?"],
    "switchovr")
ask("edd-date", MILESTONE, "day", [on(30, 6, 2017, "30/06/2017")],
    cite(F5, "Expected date of discharge set within 24 hours", sheet="Tracker",
         where="Tracker row HIC1a, Target date (a real date cell)"),
    ["What is the target date for setting an expected date of discharge within 24 hours of admission on every "
     "medical ward (HIC1a)?",
     "target date for EDD within 24hrs on all medical wards? matrons want the deadlin",
     "By when should every medical ward be telling patients, within a day of arrival, when they are likely to go "
     "home?"], "deadlin")
ask("weekend-team", MILESTONE, "week-commencing", [["w/c 10 July 2017", "10 July 2017", "10 Jul 2017", "10/07/2017"]],
    cite(F5, "Weekend discharge team", sheet="Tracker", where="Tracker row HIC5a, Target date (typed as text)"),
    ["When is the weekend discharge team at Colderwick Royal Hospital due to start?",
     "when does the weekend discharge team at colderwick royal start? planning the summer rotas, thx in advnace",
     "From which week will the Colderwick hospital have staff getting patients home on Saturdays and Sundays?"],
    "advnace")
ask("hic-next-month", MILESTONE, "relative-window",
    [["Integrated discharge hub", "HIC3a", "discharge hub"], ["Patient choice policy", "HIC7a", "choice policy"]],
    cite(F5, "HIC1a", "HIC8b", sheet="Tracker",
         where="Tracker Target dates: HIC3a 15/05/2017 and HIC7a 31/05/2017 are the only ones in May 2017"),
    ["Which High Impact Change Model actions are due next month?",
     "what HICM actions are due nxt month? doing the home first board papr",
     "Which of the actions to speed up hospital discharge have target dates falling in the coming calendar month?"],
    "papr", as_of="2017-04-20")
ask("sp-next-month", MILESTONE, "relative-window",
    [["Wenlow Viaduct", "SP09", "viaduct"], ["Crisis café", "crisis cafe", "SP04"]],
    page(F1, "SP09", where="action table page 1: SP09 barriers by 30 November 2017; SP04 moved to November 2017 by "
         "the LMC update (24 April 2017); nothing else falls in November 2017"),
    ["Which suicide prevention actions are due next month?",
     "what's due next month on the suicide prevention plan? prepping the partnership updat",
     "Which pieces of the plan to reduce local suicides have deadlines in the coming calendar month?"],
    "updat", as_of="2017-10-10")
ask("mcp-contract", MILESTONE, "day", [on(1, 4, 2019, "1 April 2019")],
    page(F2, "MCP contract live", where="slide 5 key dates: 'MCP contract live' 1 April 2019"),
    ["When is the MCP contract due to go live?",
     "when does the MCP contract go live? GPs asking what happens to ther GMS contracts",
     "From what date is the single contract for the new out-of-hospital care organisation meant to start?"], "ther")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (slide 6 grid, read by position above)
# ---------------------------------------------------------------------------------------------------------------
MDW = "slide 6 must-do grid (marks placed by position; L lead, C contributes)"
MD7 = alts("7 Mental health", "must-do 7", "must do 7", "MD7", "MD 7")
MD9 = alts("9 Improving quality", "must-do 9", "must do 9", "MD9", "MD 9", "improving quality")
assert MDX[8] == {}
ask("md-gap", MUSTDO, "mustdo-gap",
    [alts("Learning disabilities", "learning disability", "Must-do 8", "must do 8", "MD8", "MD 8")],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": row 8 empty; key names the gap"),
    ["Which national must-do is not covered by any STP priority?",
     "which must do has no priority against it? the gap one, for the NHSE retrn",
     "Which of the nine national planning requirements does none of the five programmes address?"], "retrn")
assert set(MDX[4]) == {"P1", "P2", "P5"}
ask("md4-cover", MUSTDO, "mustdo-coverage",
    [["P2", "Urgent & Emergency Care", "urgent and emergency care"], ["P1", "Neighbourhood Care"], ["P5", "Home First"]],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": row 4, P2 L, P1 C, P5 C"),
    ["Which priorities cover must-do 4 (A&E and ambulance)?",
     "which priorities map to MD4 A&E and ambulance? doing the UEC assurence pack",
     "Which programmes contribute to the national requirement on emergency department waits and ambulance response "
     "times?"], "assurence")
assert MDX[5] == {"P3": "L"}
ask("md5-lead", MUSTDO, "mustdo-lead", [["P3", "Planned Care"]],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": row 5, P3 L only"),
    ["Which priority leads on must-do 5, referral to treatment?",
     "which priority is lead for RTT (must do 5)? elective plan needs it, thanks verry much",
     "Which programme takes the lead on the national requirement to keep routine hospital waits within 18 weeks?"],
    "verry")
ask("p4-mustdos", MUSTDO, "by-priority", [MD7, MD9],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": column P4, L in row 7, C in row 9"),
    ["Which must-dos does P4 Mental Health & Suicide Prevention cover?",
     "what must dos does P4 map to? filling in the MH dashbord",
     "Which of the national requirements does the programme led by the Director of Public Health contribute to?"],
    "dashbord")
assert MDX[6] == {"P3": "C"}
ask("md6-cover", MUSTDO, "mustdo-coverage", [["P3", "Planned Care"]],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": row 6, P3 C only (no lead)"),
    ["Which priority covers must-do 6, cancer?",
     "which priority picks up the cancer 62 day must do? cancer alliance want to knwo",
     "Which programme contributes to the national requirement on how fast patients with suspected cancer start "
     "treatment?"], "knwo")
ask("p1-mustdos", MUSTDO, "by-priority",
    [alts("2 Financial balance", "must-do 2", "must do 2", "MD2", "MD 2", "financial balance"),
     alts("3 General practice", "must-do 3", "must do 3", "MD3", "MD 3", "general practice"),
     alts("4 A&E and ambulance", "must-do 4", "must do 4", "MD4", "MD 4", "A&E")],
    page(F2, "How the priorities cover the nine national must-dos", where=MDW + ": column P1, C in row 2, L in row 3, "
         "C in row 4"),
    ["Which must-dos does P1 Neighbourhood Care cover?",
     "what must dos is neighbourhood care mapped agianst?",
     "Which of the national requirements does the programme building local multi-professional hubs contribute to?"],
    "agianst")

# ---------------------------------------------------------------------------------------------------------------
# Figures and other facts
# ---------------------------------------------------------------------------------------------------------------
ask("sp-total", FACT, "figure", [["902", "£902k", "£902,000", "£0.9m"]],
    page(F1, "Total 2017/18", where="action table Total row (page 2) and section 3: £902k"),
    ["What is the total 2017/18 cost of the suicide prevention action plan?",
     "how much does the suicide prevention plan cost in 17/18 all in? finance want a figre",
     "How much will all the actions to reduce local suicides cost altogether in the 2017/18 financial year?"],
    "figre")
ask("savings-2021", FACT, "figure", [["45.3", "£45.3m"]],
    page(F2, "Net savings by priority", where="slide 7 savings table, Total row, 2020/21 column"),
    ["What are the total net savings across all five priorities in 2020/21?",
     "total net savings for 20/21 across all the priorities? in £m, for the board summry",
     "In the last year of the plan, how much do the five programmes save between them?"], "summry")
ask("p1-total", FACT, "figure", [["35.0", "£35.0m", "£35m", "35 million"]],
    page(F2, "Net savings by priority", where="slide 7 savings table, P1 row, Total column"),
    ["What are Neighbourhood Care's total net savings over 2017/18 to 2020/21?",
     "how much does P1 neighbourhood care save in total over the 4 yrs? £m figure pls, quick qeustion",
     "Across the four years, how much does the programme building local hubs expect to save?"], "qeustion")
ask("gap", FACT, "figure", [["£168.4m", "168.4"]],
    page(F2, "do-nothing gap by 2020/21", where="slide 2 number tile (and slide 7 bridge)"),
    ["What is the footprint's do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for stannerby & colderwick by 20/21? need it for a breifing",
     "How big will the money shortfall be in 2020/21 if the area changes nothing?"], "breifing")
ask("pool-total", FACT, "figure", [["18,610", "£18,610k", "£18.61m", "£18.6m", "18610"]],
    cite(F3, "Total pooled fund 2017/18", where="Schedule 3 Total row (£k)"),
    ["What is the total value of the Home First pooled fund in 2017/18?",
     "how big is the home first pooled fund for 17/18 in totl?",
     "How much money in all do the council and the CCG put into the shared pot for getting people home from "
     "hospital in 2017/18?"], "totl")
ask("plcv-total", FACT, "figure", [["1,500", "£1,500k", "£1.5m", "1500", "1.5m"]],
    page(F4, "Total wave 1", where="slide 2 wave 1 table, Total row (£k)"),
    ["What is the estimated 2017/18 saving from the wave 1 clinical policies?",
     "what do the wave 1 PLCV policies save alltogether in 17/18?",
     "How much do the CCGs expect to save in 2017/18 from the first six shared rules on routine operations?"],
    "alltogether")
ask("wave1-list", FACT, "list", [["Stannerby North"], ["Colderwick East"], ["Wenlow"]],
    page(F2, "Go-live: 3 April 2017", where="slide 4: Wave 1 box"),
    ["Which neighbourhoods are in wave 1 of the neighbourhood hubs?",
     "which neighbourhoods were in hub wave 1? can't rember if marrick dale was one",
     "Which three areas got the first local care hubs?"], "rember")
ask("r3-score", FACT, "risk-rating", [alts("4 x 5 = 20", "4x5=20", "20 (4 x 5)", "scores 20", "score of 20",
                                           "rated 20")],
    page(F1, "Consultant psychiatrist and liaison nurse vacancies", where="risk table R3, Rating (L x I)"),
    ["What is the risk rating of R3 in the suicide prevention action plan?",
     "what does R3 (psych vacancies) score on the suicide plan risk tabel?",
     "How highly is the danger of not recruiting enough senior psychiatric staff rated?"], "tabel")
ask("population", FACT, "figure", [["812,400", "812400", "812.4k"]],
    page(F2, "registered population", where="slide 2 number tile"),
    ["What is the registered population of the Stannerby & Colderwick STP footprint?",
     "what's the registered popn of the footprint? for a grant applicaton",
     "How many people are registered with GPs across the whole area the plan covers?"], "applicaton")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers; the source is where the near answer sits)
# ---------------------------------------------------------------------------------------------------------------
absent("clinical lead, urgent", "clinical lead for urgent", "urgent & emergency care clinical lead",
       "urgent and emergency care clinical lead", "uec clinical lead", "clinical lead, p2", "clinical lead for p2")
assert EVERYTHING.count("clinical lead, neighbourhood care") == 1
ask("nm-uec-cl", NONE, "near-miss", [],
    page(F2, "Five priorities and who leads them", where="slide 3: P2 has an SRO post only; the only clinical lead "
         "the deck names is for Neighbourhood Care"),
    ["Who is the clinical lead for the Urgent & Emergency Care priority?",
     "who's clin lead for UEC (P2)? want them on the streaming workshp",
     "Which doctor gives the clinical steer to the programme on emergency departments and NHS 111?"], "workshp")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [],
    page(F2, "Net savings by priority", where="slide 7: the savings table stops at 2020/21"),
    ["What are Neighbourhood Care's net savings in 2021/22?",
     "what does P1 save in 21/22? the table seems to stop a year shrot",
     "How much will the local hubs programme save in the year after the plan's last year?"], "shrot")
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(F1, "chaired by the Director of Public Health", where="section 1 names only the chair's post"),
    ["Who is the vice chair of the Suicide Prevention Partnership?",
     "who's vice chair of the suicide prevention partnership? chair's on leave for the next meetng",
     "Who stands in for the Director of Public Health when they can't chair the suicide prevention group?"],
    "meetng")
assert "funding for 2018/19 and 2019/20 will be agreed" in EVERYTHING
absent("2018/19 £k", "£k 2018/19", "2018/19 (£k)")
ask("nm-cafe-1819", NONE, "near-miss", [],
    page(F1, "Funding for 2018/19 and 2019/20 will be agreed", where="section 3: only 2017/18 is costed"),
    ["How much funding does the Colderwick crisis café have for 2018/19?",
     "what's the crisis cafe budget for 18/19? the charity needs to know before they sign the leese",
     "How much money has been set aside for the Colderwick evening drop-in in its second year?"], "leese")
assert "wave 2 (twelve procedures" in EVERYTHING
absent("wave 2 policies", "wave 2 clinical policies", "wave 2 of the clinical policies", "policies, wave 2")
assert EVERYTHING.count("wave 2") == 3  # the hubs' wave 2 (slides 4 and 5) and the policies' wave 2 (slide 4)
ask("nm-plcv-wave2", NONE, "near-miss", [],
    page(F4, "Wave 2 (twelve procedures", where="slide 4: wave 2 only 'comes to the Planned Care Board in Q3 "
         "2017/18'; no go-live date"),
    ["When do the wave 2 clinical policies go live?",
     "when do the wave 2 PLCV policies (tonsils etc) actually kick in? ENT want to plan thier lists",
     "From when will the second batch of shared rules on routine operations, such as tonsil removal, apply?"],
    "thier")
absent("estates")
ask("nm-estates", NONE, "near-miss", [],
    page(F2, "Five priorities and who leads them", where="slide 3 enablers strip: Workforce and Digital only"),
    ["Who leads the Estates enabler for the STP?",
     "who's the estates lead for the STP? need someone for the hub premisses",
     "Who is responsible across the footprint for buildings and property for the new services?"], "premisses")
absent("senior coroner for", "coroner is", "coroner,", "coroner:", "hm coroner")
ask("nm-coroner", NONE, "near-miss", [],
    page(F1, "SP01", where="SP01 mentions the Senior Coroner by post only; nobody names the coroner"),
    ["Who is the Senior Coroner for Stannerby and Colderwick?",
     "who's the senior coroner for our patch? need to write re the surveillance data sharring",
     "Who holds the post of the official who investigates sudden deaths in the area?"], "sharring")
absent("expire", "expires", "end date", "terminat", "agreement ends", "agreement will end", "until 31 march 2019", "until 31 march 2020",
       "term of")
ask("nm-s75-end", NONE, "near-miss", [],
    cite(F3, "This agreement commences on 1 April 2017", where="the schedules give the start date only"),
    ["When does the Home First Section 75 agreement end?",
     "when does the home first s75 run out? want to know when it's up for renewel",
     "Until when does the council and CCG's legal arrangement to pool money for hospital discharge last?"],
    "renewel")
assert not re.search(r"(?<!pathway )\b\d[\d,]*\s+(step-down\s+)?beds", EVERYTHING)  # "pathway 2 step-down beds" only
ask("nm-ashgill-beds", NONE, "near-miss", [],
    cite(F3, "step-down beds at Ashgill House", where="Schedule 2 row HF2 and tracker HIC4b name the beds without a "
         "number"),
    ["How many step-down beds will there be at Ashgill House?",
     "how many D2A step down beds at ashgill house? bed bureau want the nubmer",
     "How many places will the care home used for pathway 2 discharges provide?"], "nubmer")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180, \
    (len(ITEMS), len(facts))
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|this week|overdue|currently|"
                        r"at present|at the moment|right now|now|atm)\b", item["question"].lower())
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
