"""Write questions.jsonl for the Orlescote & Dunmere Vale STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the files themselves, not from make_papers.py:
  - the ditto marks of the delivery plan's SRO column are resolved from the page text (a '"' row takes the SRO of
    the row above, across the page break);
  - the must-do index (delivery plan page 3) is parsed into main entries (with their roman numeral) and scheme
    sub-entries, and each must-do's schemes, each scheme's must-dos and the gap are derived from it;
  - the calendar's day cells are parsed (page month + day number + event text) for the dated and next-month facts;
  - the tracker's split FY / Qtr / Month columns are turned back into months, to find the revised dates, the
    overdue milestone at an as_of date and the milestone due in a quarter;
  - the finance sheet is re-added against its Total row, and its smallest saving and a comparison are found.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from pathlib import Path

# bank_tools.py sits beside the bank folders (tests/questions/); while the bank was written it was in ../brief/
for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
PLAN = "01_ODV_STP_Delivery_Plan_Summary_v2.1_Oct2016.pdf"
GOV = "02_ODV_Scheme_of_Reservation_and_Delegation_v1.0_Nov2016.docx"
PRESS = "03_ODV_STP_Press_Release_8Dec2016.txt"
CAL = "04_ODV_Key_Dates_Calendar_Jan-Mar2017.pdf"
DECK = "05_ODV_Delivery_Board_Exception_Report_20Feb2017.pptx"
CA = "06_ODV_Record_of_Chairs_Action_CA-2017-02_29Mar2017.docx"
TRK = "07_ODV_Milestone_Tracker_Q1_2017-18.xlsx"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
SCHEMES = ["Neighbourhood Care Teams", "Urgent Care Redesign", "Elective Care and MSK", "Cancer Early Diagnosis",
           "Mental Health Crisis Pathway", "Primary Care Resilience", "Maternity and Children"]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), f"{fid}: unanswerable facts have no gold, answerable ones do"
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"y-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"y-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the papers
# ---------------------------------------------------------------------------------------------------------------
def plan_sros():
    """Scheme -> SRO from pages 1-2 of the delivery plan, resolving ditto marks from the row above."""
    flat = " ".join(ln.strip() for ln in (U[PLAN][1] + "\n" + U[PLAN][2]).splitlines())
    flat = flat[flat.index("Table 1:"):]
    out, previous = {}, None
    for name in SCHEMES:
        after = flat[flat.index(name) + len(name):].strip()
        if after.startswith('"'):
            sro = previous  # a ditto mark: the SRO of the row above, even across the page break
        else:
            sro = " ".join(after.split()[:3 if after.startswith("Dr ") else 2])
        out[name], previous = sro, sro
    return out


def mustdo_index():
    """Parse the index (plan page 3) into {roman: [schemes]} and {roman: topic}."""
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
    cover, topic, current = {}, {}, None
    for line in U[PLAN][3].splitlines()[2:]:
        line = line.strip()
        m = re.search(r"\(must-do ([ivx]+)\)", line)
        if m:
            current = roman[m.group(1)]
            topic[current] = line.split(" (must-do")[0]
            cover.setdefault(current, [])
            continue
        sub = re.match(r"(.+?)(?: \(perinatal\))?, (\d)$", line)
        if sub and current and sub.group(1) in SCHEMES:
            cover[current].append(sub.group(1))
        elif "see" in line:
            current = None
    return cover, topic


def calendar_cells():
    """{(month name, day): event text} from the key dates calendar."""
    out = {}
    for n, text in U[CAL].items():
        lines = text.splitlines()
        month = lines[0].split()[0]
        day, buf = None, []
        for line in lines[9:]:
            if re.fullmatch(r"\d{1,2}", line.strip()):
                if day and buf:
                    out[(month, day)] = " ".join(buf)
                day, buf = int(line.strip()), []
            elif day and not line.startswith("Partnership Board meets"):
                buf.append(line.strip())
        if day and buf:
            out[(month, day)] = " ".join(buf)
    return out


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fy_month(fy, qtr, month):
    """('2017/18', 'Q4', 'Jan') -> (2018, 1), checking the month lies in that quarter of that financial year."""
    start = int(fy[:4])
    m = MONTHS.index(month) + 1
    q = {4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4}[m]
    assert qtr == f"Q{q}", (fy, qtr, month)
    return (start + 1 if m <= 3 else start, m)


def tracker_rows():
    rows = {}
    for k, text in U[TRK].items():
        if not k.startswith("Milestones!") or int(k.split("!")[1]) < 5:
            continue
        cells = text.split(" | ")
        ident, scheme, name, lead = cells[:4]
        due = fy_month(*cells[4:7])
        revised = fy_month(*cells[7:10]) if len(cells) == 11 else None
        rows[ident] = {"row": int(k.split("!")[1]), "name": name, "lead": lead, "due": due, "revised": revised,
                       "status": cells[-1]}
    return rows


def finance():
    rows = {}
    for k, text in U[TRK].items():
        if k.startswith("Finance!") and int(k.split("!")[1]) >= 4:
            cells = text.split(" | ")
            rows[cells[0]] = [float(x) for x in cells[1:]]
    return rows


SROS = plan_sros()
assert SROS["Urgent Care Redesign"] == "Gwendolyn Achterberg", SROS
assert SROS["Cancer Early Diagnosis"] == "Peregrine Lutterworth", SROS
assert SROS["Maternity and Children"] == "Constance Ibekwe-Stroud", SROS
COVER, TOPIC = mustdo_index()
assert [n for n in range(1, 10) if not COVER.get(n)] == [1, 8], COVER  # i is cross-referenced to pages, viii is a gap
assert "Learning disabilities" in U[PLAN][3] and COVER[8] == []
assert sorted(COVER[4]) == ["Mental Health Crisis Pathway", "Neighbourhood Care Teams", "Urgent Care Redesign"]
assert sorted(COVER[7]) == ["Maternity and Children", "Mental Health Crisis Pathway"]
assert sorted(COVER[2]) == ["Elective Care and MSK", "Neighbourhood Care Teams"]
assert sorted(COVER[3]) == ["Neighbourhood Care Teams", "Primary Care Resilience"]
assert sorted(COVER[9]) == ["Maternity and Children", "Urgent Care Redesign"]
assert COVER[5] == ["Elective Care and MSK"] and COVER[6] == ["Cancer Early Diagnosis"]
assert [n for n in COVER if "Maternity and Children" in COVER[n]] == [7, 9]
CELLS = calendar_cells()
assert CELLS[("January", 16)].startswith("Urgent care consultation opens"), CELLS
assert CELLS[("March", 1)].startswith("Crisis café opens"), CELLS
MARCH_SERVICE = {d: t for (m, d), t in CELLS.items() if m == "March" and "Board" not in t}
assert sorted(MARCH_SERVICE) == [1, 27, 31], MARCH_SERVICE  # 31 is the UTC, moved to Oct 2017 by the deck
JAN_WEEK = {d: t for (m, d), t in CELLS.items() if m == "January" and 23 <= d <= 29}
TRACK = tracker_rows()
assert TRACK["NCT-03"]["revised"] == (2018, 6) and TRACK["UCR-02"]["revised"] == (2017, 10)
assert TRACK["CAN-02"]["due"] == (2018, 1) and TRACK["CAN-02"]["revised"] is None
assert TRACK["MHC-02"]["revised"] == (2017, 11)
OVERDUE = [i for i, r in TRACK.items() if (r["revised"] or r["due"]) < (2017, 7) and r["status"] != "Complete"]
assert OVERDUE == ["PCR-01"], OVERDUE
IN_Q3 = [i for i, r in TRACK.items() if (2017, 10) <= (r["revised"] or r["due"]) <= (2017, 12)
         and "crisis" in r["name"]]
assert IN_Q3 == ["MHC-02"], IN_Q3
FIN = finance()
total = FIN.pop("Total")
for col in range(3):
    assert round(sum(v[col] for v in FIN.values()), 1) == total[col], col
assert min(FIN, key=lambda s: FIN[s][2]) == "Maternity and Children"
assert FIN["Primary Care Resilience"][1] > FIN["Urgent Care Redesign"][1]
assert sum([348500, 171200, 92300]) == 612000


# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("own-nct-sro", OWNER, "role-holder", [person("Achterberg")],
    page(PLAN, 1, where="Table 1, scheme 1 row, SRO cell"),
    ["Who is the Senior Responsible Officer for the Neighbourhood Care Teams scheme?",
     "who's SRO for NCT? need to cc them on the locallity model paper",
     "Who is ultimately accountable for the work bringing community nurses, therapists and GPs together around "
     "local populations?"], "locallity")
ask("own-ucr-sro-ditto", OWNER, "ditto-owner", [person("Achterberg")],
    page(PLAN, 1, where="Table 1, scheme 2 row: SRO is a ditto mark, so the SRO of scheme 1"),
    ["Who is the SRO for Urgent Care Redesign?",
     "who's the SRO on UCR? the table just has a quote mark in that colum", 
     "Which senior officer answers for the redesign of the urgent care system, including the new treatment "
     "centre?"], "colum")
ask("own-ucr-cl", OWNER, "role-holder", [person("Strachan-Voss")],
    page(PLAN, 1, where="Table 1, scheme 2 row, Clinical lead cell"),
    ["Who is the clinical lead for Urgent Care Redesign?",
     "who's the clin lead for UCR? want to run the UTC spec past them befor Friday",
     "Which doctor is steering the clinical side of reshaping unplanned and walk-in care?"], "befor")
ask("own-can-sro-before", OWNER, "ditto-across-page", [person("Lutterworth")],
    page(PLAN, 1, 2, where="Table 1 (continued), scheme 4 row: a ditto mark on page 2, resolved to scheme 3's SRO "
                           "on page 1"),
    ["In December 2016, who was the SRO for the Cancer Early Diagnosis scheme?",
     "who's currently SRO for cancer early dx? need them to sign off the FIT pilot paperwrok",
     "At the moment, which senior officer is answerable for the programme to find cancers sooner?"],
    "paperwrok", as_of="2016-12-01")
ask("own-elc-sro-interim", OWNER, "interim-holder", [person("Dray")],
    cite(CA, "2. Decision.", where="paragraph 2: interim SRO for schemes 3 and 4 from 1 April 2017"),
    ["Who is currently the SRO for Elective Care and MSK?",
     "who's SRO for elective & MSK now? heard Peregrine's gone on secondmnet",
     "Who has taken over accountability for the planned operations and muscle-and-joint work since the spring?"],
    "secondmnet", as_of="2017-05-15")
ask("own-can-cl-yesno", OWNER, "yes-no", [person("Kilbride-Mensah")],
    cite(CA, "3. The clinical leads are unchanged", where="paragraph 3: clinical leads unchanged"),
    ["Did the clinical lead for Cancer Early Diagnosis change when the interim SRO was appointed in April 2017?",
     "did the cancer clin lead change w/ the new interim SRO in Apr? or is it still the same persn",
     "When the temporary accountable officer came in last spring for the early cancer work, did the doctor "
     "leading it clinically stay on?"], "persn")
ask("own-mhc-cl", OWNER, "role-holder", [person("Penberthy")],
    page(PLAN, 2, where="Table 1 (continued), scheme 5 row, Clinical lead cell"),
    ["Who is the clinical lead for the Mental Health Crisis Pathway?",
     "who's clin lead for MH crisis? want to invite them to the cafe opennig",
     "Which clinician leads the work on urgent help for people in psychological distress?"], "opennig")
ask("own-mat-sro", OWNER, "role-holder", [person("Ibekwe-Stroud")],
    page(PLAN, 2, where="Table 1 (continued), scheme 7 row, SRO cell"),
    ["Who is the SRO for Maternity and Children?",
     "who's SRO for mat & kids scheme? need a name for the LMS reprot",
     "Which senior officer answers for the programme covering births and young people's services?"], "reprot")
ask("own-chair", OWNER, "tab-separated-holder", [person("Threlfall")],
    cite(GOV, "Independent Chair, Partnership Board", where="section 2, office holders: post<TAB>holder"),
    ["Who is the Independent Chair of the Partnership Board?",
     "who chairs the STP partnership brd? the independent one",
     "Who presides over the footprint's top-level meetings held in public?"], "brd")
ask("own-stp-lead", OWNER, "tab-separated-holder", [person("Okafor-Pennington")],
    cite(GOV, "STP Lead (Senior Responsible Officer for the STP)", where="section 2, office holders"),
    ["Who is the STP Lead?",
     "who's the overall STP lead / SRO for the whole plan? new starter askng",
     "Which chief executive carries overall responsibility for the footprint's five-year plan?"], "askng")
ask("own-finance-lead", OWNER, "tab-separated-holder", [person("Castellane")],
    cite(GOV, "STP Finance Lead", where="section 2, office holders: finance lead and chair of the Finance and "
                                        "Investment Committee"),
    ["Who is the STP Finance Lead?",
     "who's the STP fin lead? also who chairs FIC - same person or not? thnks",
     "Who looks after the money for the partnership and chairs the committee that signs off spending up to a "
     "million?"], "thnks")
ask("own-comms", OWNER, "vacancy-filled", [person("Galbraith-Oduya")],
    page(DECK, 3, where="Leadership slide: joined as Communications and Engagement Lead on 6 February 2017"),
    ["Who is the Communications and Engagement Lead for the STP?",
     "who's the comms & engagement lead for the STP? plan says vacnt",
     "Who now heads up telling the public about the plan and getting their views?"], "vacnt",
    as_of="2017-03-01")
ask("own-digital", OWNER, "enabler-lead", [person("Marchbank")],
    page(PLAN, 2, where="Table 2, Digital row"),
    ["Who leads the Digital enabling workstream?",
     "who's leading digital for the STP? shared care rec go-live quesiton",
     "Who is in charge of the IT and information side supporting all the schemes?"], "quesiton")
ask("own-presenter", OWNER, "front-slide-presenter", [person("Wolstenholme")],
    page(DECK, 1, where="title slide: Presented by ... Programme Director"),
    ["Who presented the exception report to the Delivery Board on 20 February 2017?",
     "who presented the exceptn report at DB in Feb?",
     "Who took the delivery group through the list of things running late at its February meeting?"], "exceptn")
ask("own-vfc-lead", OWNER, "milestone-lead", [person("Okereke")],
    cite(TRK, "ELC-02", sheet="Milestones", where="row ELC-02, Lead column"),
    ["Who leads the virtual fracture clinic milestone?",
     "who's lead for the VFC milestone in the trackr?",
     "Who is named against getting the remote follow-up service for broken bones up and running?"], "trackr")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("ms-utc-now", MILESTONE, "moved-date", [alts("Oct 2017", "October 2017", "Oct-17", "10/2017")],
    page(DECK, 2, where="Milestones off track, UTC row: Mar 2017 -> Oct 2017"),
    ["When will the Orlescote Urgent Treatment Centre open?",
     "when's the orlescote UTC opening now? heard it's slipd",
     "When is the new walk-in centre for urgent problems in the city now expected to start seeing patients?"],
    "slipd")
ask("ms-utc-original", MILESTONE, "original-date", [alts("March 2017", "Mar 2017", "31 March 2017", "03/2017")],
    page(PLAN, 1, where="Table 1, scheme 2 row, key milestones"),
    ["What was the original planned opening date for the Orlescote Urgent Treatment Centre in the October 2016 "
     "plan?",
     "what was the orig date for the UTC opening in the Oct 16 plan, before it moved? for a brefing",
     "Before the slip, when had the city's new urgent walk-in service first been meant to open?"], "brefing")
ask("ms-nct-all9", MILESTONE, "split-date-revised",
    [alts("Jun", "June", "Q1 2018/19", "Q1 18/19"), alts("2018", "18/19")],
    cite(TRK, "Original due", "NCT-03", sheet="Milestones", where="row NCT-03: revised FY 2018/19, Qtr Q1, Month Jun"),
    ["When will neighbourhood care teams cover all nine localities?",
     "when do NCTs cover all 9 localities now? was end of 17/18 i thnk",
     "By when should every one of the nine local areas have its joined-up community team?"], "thnk")
ask("ms-fit-all", MILESTONE, "split-date-fy", [alts("Jan", "January 2018", "Q4 2017/18"), alts("2018", "17/18")],
    cite(TRK, "Original due", "CAN-02", sheet="Milestones", where="row CAN-02: FY 2017/18, Qtr Q4, Month Jan"),
    ["When will FIT be rolled out to all GP practices?",
     "when's FIT going out to all practces?",
     "When should every surgery be offering the stool test used to spot bowel cancer early?"], "practces")
ask("ms-consult-open", MILESTONE, "calendar-cell", [["16"], alts("January", "Jan", "/01/2017", "2017-01-16")],
    page(CAL, 1, where="January 2017 page, Monday 16 cell"),
    ["On what date does the public consultation on urgent care open?",
     "what date does the UEC consultaton open?",
     "When does the public get its chance to have a say on the future of walk-in and emergency services?"],
    "consultaton")
ask("ms-msk-triage", MILESTONE, "week-commencing", [on(6, 2, 2017, "6 Feb 2017", "6 February")],
    page(PLAN, 1, where="Table 1, scheme 3 row: MSK triage service live - w/c 6 Feb 2017"),
    ["When does the MSK triage service go live?",
     "when does MSK triage go live? physio team keep askin",
     "When does the new front-door assessment for muscle and joint problems start?"], "askin")
ask("ms-crisis-cafe", MILESTONE, "dotted-date", [on(1, 3, 2017, "1.3.17", "1 March", "1st March")],
    page(PLAN, 2, where="Table 1 (continued), scheme 5 row: Saltby Haven crisis café - 1.3.17"),
    ["When does the Saltby Haven crisis café open?",
     "when does the saltby haven crisis cafe open? for the commnity newsletter",
     "When does the drop-in place for people in emotional distress on the coast open its doors?"], "commnity")
ask("ms-core24", MILESTONE, "deadline", [on(31, 3, 2019, "31.03.19", "March 2019")],
    page(PLAN, 2, where="Table 1 (continued), scheme 5 row: Core 24 liaison - by 31.03.19"),
    ["By when will Core 24 liaison be in place at Orlescote General?",
     "core 24 at orlescote gen - whats the deadlin?",
     "By what date should the city hospital have psychiatric staff on hand around the clock for patients on its "
     "wards and in its emergency department?"], "deadlin")
ask("ms-rdc", MILESTONE, "unknown-then-set", [alts("Sep 2017", "September 2017", "Sept 2017", "09/2017")],
    page(DECK, 2, where="Milestones off track, rapid diagnostic centre row: not known -> Sep 2017"),
    ["When is the rapid diagnostic centre business case due?",
     "when's the RDC bus case due? the plan said time frame unknwn",
     "When should the case for a one-stop centre for people with vague symptoms that might be cancer be "
     "ready?"], "unknwn")
ask("ms-crht-quarter", MILESTONE, "relative-window",
    [alts("Nov", "November 2017", "Qtr 3 17/18", "Q3 2017/18", "Q3 17/18")],
    cite(TRK, "Original due", "MHC-02", sheet="Milestones", where="row MHC-02: revised FY 2017/18, Qtr Q3, Month Nov"),
    ["Is the 24/7 crisis resolution and home treatment service due this quarter, and in which month?",
     "is 24/7 CRHT due this qtr? which month? need it for the MH dashbord",
     "Will round-the-clock crisis care at home be ready in the current three months, and when exactly?"],
    "dashbord", as_of="2017-10-05")
ask("ms-ratify", MILESTONE, "meeting-date", [on(25, 5, 2017, "25 May 2017")],
    cite(CA, "5. Ratification.", where="paragraph 5: ratification at the Partnership Board"),
    ["When will the Chair's Action appointing the interim SRO be ratified by the Partnership Board?",
     "when does the chairs action on the interim SRO go to PB for ratifcation?",
     "At which board date will the emergency decision on the temporary accountable officer be formally "
     "confirmed?"], "ratifcation")
ask("ms-substantive", MILESTONE, "expected-by", [on(30, 9, 2017, "30 September 2017")],
    cite(CA, "2. Decision.", where="paragraph 2: substantive appointment expected by 30 September 2017"),
    ["By when is a substantive SRO for Elective Care and MSK and Cancer Early Diagnosis expected to be appointed?",
     "when are we getting a perm SRO for elective/MSK & cancer? interim cant be forevr",
     "How long is the stop-gap arrangement for the planned-operations and early-cancer work expected to last "
     "before someone permanent is appointed?"], "forevr")
ask("ms-next-month", MILESTONE, "relative-window", [alts("crisis café", "crisis cafe"), ["continuity of carer"]],
    page(CAL, 3, where="March 2017 page: 1 Crisis café opens; 27 First continuity of carer team starts"),
    ["Which service milestones are on the key dates calendar for next month?",
     "whats going live next month per the key dates calander?",
     "Looking at the wall planner, which new services start in the coming month?"], "calander",
    as_of="2017-02-24")
ask("ms-overdue", MILESTONE, "overdue", [["resilience plans"]],
    cite(TRK, "Original due", "PCR-01", sheet="Milestones", where="row PCR-01: due FY 2017/18 Q1 May, Not started"),
    ["Which milestones in the tracker are overdue?",
     "anything overdue on the milstone tracker atm? PMO chasing",
     "Which tracked deliverables have passed their due date without being finished?"], "milstone",
    as_of="2017-07-10")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (the index on page 3 of the delivery plan)
# ---------------------------------------------------------------------------------------------------------------
IDX = page(PLAN, 3, where="Appendix A, index to the national must-dos")
ask("md-gap", MUSTDO, "mustdo-gap", [alts("Learning disabilities", *md(8), "must-do viii")], IDX,
    ["Which of the nine national must-dos is not addressed by any scheme in the plan?",
     "which must do has no scheme against it? think there's a gap somwhere",
     "Is there a national planning requirement that none of the footprint's schemes takes on?"], "somwhere")
ask("md-4", MUSTDO, "mustdo-coverage",
    [["Urgent Care Redesign"], alts("Neighbourhood Care Teams", "Neighbourhood Care"), ["Mental Health Crisis"]], IDX,
    ["Which schemes contribute to must-do 4, A&E and ambulance performance?",
     "which schemes cover must do 4 (A&E / ambulance)? for the UEC delivery bord",
     "Which schemes help with emergency department waits and ambulance response times?"], "bord")
ask("md-7", MUSTDO, "mustdo-coverage", [["Mental Health Crisis"], ["Maternity"]], IDX,
    ["Which schemes contribute to must-do 7, mental health?",
     "which schemes cover MD7 (MH)? doing a mapping exercize",
     "Which pieces of work help meet the national expectations on psychological and emotional wellbeing "
     "services?"], "exercize")
ask("md-maternity", MUSTDO, "by-scheme", [alts(*md(7), "must-do vii"), alts("Quality", *md(9), "must-do ix")], IDX,
    ["Which national must-dos does the Maternity and Children scheme contribute to?",
     "which must dos does the mat & children scheme tick off? for the LMS mapp",
     "Which of the national planning requirements does the work on births and young people support?"], "mapp")
ask("md-rtt", MUSTDO, "mustdo-topic", [alts("Elective Care and MSK", "Elective Care")], IDX,
    ["Which scheme addresses the 18-week referral to treatment must-do?",
     "which scheme is on RTT 18 wks? need to brief the eleective care group",
     "Which scheme is meant to shorten the wait between a family doctor sending someone to hospital and their "
     "operation or other care starting?"], "eleective")
ask("md-2", MUSTDO, "mustdo-coverage", [["Neighbourhood Care Teams"], ["Elective Care"]], IDX,
    ["Which schemes contribute to must-do 2, financial balance?",
     "which schemes are down against MD2 fin balance? DoF wants to knw",
     "Which schemes are expected to help the footprint balance its books?"], "knw")
ask("md-3", MUSTDO, "mustdo-coverage", [["Primary Care Resilience"], ["Neighbourhood Care Teams"]], IDX,
    ["Which schemes contribute to must-do 3, general practice?",
     "which schemes map to must do 3 (GP)? LMC meeting tomorow",
     "Which schemes help make family doctors' surgeries sustainable?"], "tomorow")
ask("md-9", MUSTDO, "mustdo-coverage", [["Maternity"], ["Urgent Care Redesign"]], IDX,
    ["Which schemes contribute to must-do 9, quality and special measures?",
     "which schemes cover must do 9 quality/SM? CQC prep, qiuck one",
     "Which schemes are meant to raise standards of care and help providers out of special measures?"], "qiuck")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
ask("fig-pop", FACT, "figure", [alts("612,000", "612000", "612k", "612 thousand")],
    cite(PRESS, "registered population of 612,000", where="notes to editors 2"),
    ["What is the registered population of the STP footprint?",
     "whats the total reg pop for the STP? for a slide on populaton",
     "How many people are registered with GPs across the whole area covered by the plan?"], "populaton")
ask("fig-saltby-pop", FACT, "figure", [alts("92,300", "92300", "92.3k", "92.3 thousand")],
    cite(PRESS, "Saltby Haven 92,300", where="notes to editors 2"),
    ["What is the registered population of Saltby Haven?",
     "saltby haven pop? roughly is fine but exact bettr",
     "How many registered patients live in the coastal town of the footprint?"], "bettr")
ask("fig-gap", FACT, "figure", [alts("94 million", "£94m", "94m", "£94 million")],
    cite(PRESS, "£94 million a year by 2020/21", where="Chair's quote"),
    ["What is the estimated do-nothing financial gap by 2020/21?",
     "whats the do nothing gap by 20/21? £m pls, for the FIC papr",
     "If nothing changes, how big will the shortfall between need and affordable spending be at the end of the "
     "plan period?"], "papr")
ask("fig-inv-1718", FACT, "figure", [alts("14.8", "£14.8m", "14.8 million")],
    cite(TRK, "all figures £m", "Total", sheet="Finance", where="Total row, Investment 2017/18, £m in the title"),
    ["What is the total investment in the schemes in 2017/18?",
     "total scheme investmnt 17/18?",
     "How much is being put into the seven schemes altogether in the financial year starting April 2017?"],
    "investmnt")
ask("fig-nct-saving", FACT, "figure", [alts("18.3", "£18.3m", "18.3 million")],
    cite(TRK, "all figures £m", "Neighbourhood Care Teams", sheet="Finance",
         where="Neighbourhood Care Teams row, Recurrent saving by 2020/21"),
    ["What recurrent saving is Neighbourhood Care Teams expected to deliver by 2020/21?",
     "NCT recurrent savngs by 20/21?",
     "How much a year should the joined-up community teams save once fully running at the end of the plan?"],
    "savngs")
ask("fig-min-saving", FACT, "computed-min", [alts("Maternity and Children", "Maternity")],
    cite(TRK, "all figures £m", "Total", sheet="Finance", where="Recurrent saving column: smallest is 1.5"),
    ["Which scheme has the smallest recurrent saving by 2020/21?",
     "which scheme saves the least by 20/21? smallest numbr on the finance tab",
     "Of all the schemes, which is expected to take the least cost out by the end of the plan?"], "numbr")
ask("fig-compare", FACT, "comparison", [alts("Primary Care Resilience", "Primary Care")],
    cite(TRK, "all figures £m", "Primary Care Resilience", sheet="Finance",
         where="Investment 2018/19: Primary Care Resilience 3.9 vs Urgent Care Redesign 3.1"),
    ["Which gets more investment in 2018/19: Urgent Care Redesign or Primary Care Resilience?",
     "who gets more £ in 18/19, UCR or primary care resilence?",
     "In the financial year from April 2018, is more money going to reshaping urgent care or to shoring up "
     "general practice?"], "resilence")
ask("fig-stp-limit", FACT, "figure", [alts("250,000", "£250k", "250k", "£0.25m", "£250,000")],
    cite(GOV, "D4 |", where="delegation table, row D4, Limit"),
    ["What is the STP Lead's delegated limit for spend within an agreed scheme budget?",
     "whats the STP lead's sign off limit on scheme spend? dont want to go over it by acident",
     "Up to what amount can the plan's chief executive approve spending inside a scheme's budget without going "
     "to a committee?"], "acident")
ask("fig-reserved", FACT, "figure", [alts("1,000,000", "£1m", "1 million", "£1 million", "£1,000,000")],
    cite(GOV, "D3 |", where="delegation table, row D3: Partnership Board above £1,000,000"),
    ["Above what amount is spend from the STP transformation fund reserved to the Partnership Board?",
     "at what £ does transformation fund spend have to go to PB rather than FIC? threshhold?",
     "How big does a call on the change fund have to be before only the top board can approve it?"],
    "threshhold")
ask("fig-quorum", FACT, "fact", [alts("four", "4 voting"), ["clinician"]],
    cite(GOV, "A meeting is quorate", where="section 4, Meetings"),
    ["What makes a Partnership Board meeting quorate?",
     "whats the quorum for PB? worried we'll be short next tim",
     "How many members, and of what kind, must be in the room for the top board's decisions to be valid?"], "tim")
ask("fig-fit-practices", FACT, "figure", [alts("12", "twelve")],
    page(CAL, 2, where="February 2017 page, 14: FIT pilot starts in 12 practices"),
    ["How many practices take part in the FIT pilot?",
     "how many practices in the FIT pilot? is it 10 or 12, can't rember",
     "In how many surgeries does the trial of the home bowel-screening stool test start?"], "rember")
ask("fig-utc-slip", FACT, "figure", [alts("30", "thirty")],
    page(DECK, 2, where="Milestones off track, UTC row, Slip column: 30 wks"),
    ["By how many weeks has the opening of the Orlescote Urgent Treatment Centre slipped?",
     "how many wks has the UTC slipped by? approx is fine, its for a tweeet", 
     "How long is the delay to the city's new urgent walk-in centre?"], "tweeet")
ask("fig-dropins", FACT, "figure", [alts("14", "fourteen")],
    cite(PRESS, "14 drop-in events", where="press release body"),
    ["How many drop-in engagement events are planned between January and March 2017?",
     "how many drop ins are we running jan-mar 17? for the comms grid, cheerz",
     "How many informal public sessions are there for people to come and talk about the plan early in 2017?"],
    "cheerz")
ask("fig-nct-definition", FACT, "definition", [alts("30,000", "30000", "30k"), alts("50,000", "50000", "50k")],
    cite(PRESS, "4. Neighbourhood care teams bring", "50,000 people", where="notes to editors 4"),
    ["What is a neighbourhood care team, and what size of population does one serve?",
     "what's an NCT exactly, and how many ppl does each one cover? explain like im new to the trsut",
     "What is the local joined-up team of nurses, therapists, social workers and GPs, and how many residents is "
     "each built around?"], "trsut")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses and off-topic (absence checked over every paper)
# ---------------------------------------------------------------------------------------------------------------
def absent(*phrases):
    for p in phrases:
        assert norm(p) not in EVERYTHING, f"{p!r} is in the papers"


absent("vice chair is", "vice chair,", "vice chair:", "deputy chair")
assert EVERYTHING.count("vice chair") == 1  # only in the quorum sentence, never with a name
ask("nm-vice-chair", NONE, "near-miss", [], cite(GOV, "A meeting is quorate", where="Vice Chair named as a role only"),
    ["Who is the Vice Chair of the Partnership Board?",
     "who's vice chair of PB? need someone to chair if annwen's off sik",
     "If the independent chair is away, which named person steps in to preside over the top board?"], "sik")
absent("ccio", "clinical information", "clinical lead for digital", "digital clinical lead")
ask("nm-digital-cl", NONE, "near-miss", [], page(PLAN, 2, where="Table 2 gives the Digital lead (a CIO), no clinical lead"),
    ["Who is the clinical lead for the Digital enabling workstream?",
     "who's the clinical lead (CCIO type) for digital? not the CIO, the clincian",
     "Which doctor or nurse gives the clinical voice on the IT and shared-records work?"], "clincian")
absent("2019/20", "19/20")
ask("nm-nct-2019", NONE, "near-miss", [], cite(TRK, "all figures £m", "Neighbourhood Care Teams", sheet="Finance",
                                              where="investment given for 2017/18 and 2018/19 only"),
    ["How much will be invested in Neighbourhood Care Teams in 2019/20?",
     "NCT investment for 19/20? the finance tab only goes to 18/19 i thnik",
     "What is the community teams scheme's budget for the year starting April 2019?"], "thnik")
absent("chair of the delivery board", "delivery board chair", "chairs the delivery board", "delivery board is chaired",
       "delivery board, chaired")
ask("nm-delivery-chair", NONE, "near-miss", [], cite(GOV, "The Delivery Board meets", where="meets monthly; no chair named"),
    ["Who chairs the Delivery Board?",
     "who chairs delivery board? tancred presents the reports but is he actualy chair? PMO didnt say",
     "Who runs the monthly meeting that checks the schemes are on track?"], "actualy")
assert not any("digital" in norm(k) for k in FIN)
absent("digital saving", "savings from digital")
ask("nm-digital-saving", NONE, "near-miss", [], cite(TRK, "all figures £m", "Total", sheet="Finance",
                                                    where="savings by scheme only; enablers have no line"),
    ["What recurrent saving is the Digital enabler expected to deliver by 2020/21?",
     "how much does digital save by 20/21? can't see it on the fin tab, am I blnd",
     "How much money will the IT and shared-records work take out of the system by the end of the plan?"], "blnd")
absent("outcome", "decide on the consultation", "consultation decision", "decision-making business case")
ask("nm-consult-decision", NONE, "near-miss", [], page(DECK, 2, where="consultation closes 10 April 2017; no decision date"),
    ["On what date will the Partnership Board decide on the outcome of the urgent care consultation?",
     "when does PB decide on the UEC consultation outcome? ppl keep asking at drop ins, sry",
     "When will the final decision be made about the future of walk-in and emergency services after the public "
     "have had their say?"], "sry")
absent("parking", "permit", "car park")
ask("ot-parking", NONE, "offtopic", [], None,
    ["How do I apply for a staff parking permit at Orlescote General?",
     "how do i get a staff parkng permit at orlescote gen pls",
     "What's the process for getting somewhere to leave my car at the city hospital while I'm on shift?"],
    "parkng")
absent("annual leave", "carry over", "carried over", "leave year")
ask("ot-leave", NONE, "offtopic", [], None,
    ["How many days of annual leave can I carry over into the next leave year?",
     "how many days AL can i cary over to next yr?",
     "If I don't use all my holiday by the end of the year, how much can I keep?"], "cary")
absent("payslip", "pension", "salary sacrifice")
ask("ot-payslip", NONE, "offtopic", [], None,
    ["Where can I find my electronic payslip?",
     "where do i find my e-payslp? ESR login not working",
     "How do I look at what I've been paid this month online?"], "payslp")


# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|this quarter|this qtr|overdue|currently|at the moment)\b",
                        item["question"].lower())
        assert not rel, (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds = {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
