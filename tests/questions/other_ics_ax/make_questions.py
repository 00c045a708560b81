"""Write questions.jsonl for the Thornwick & Maddersley STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on one sheet, text lines); the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the RTT plan's specialty table is read back from the extracted text of pages 1-2 (the repeated header and the
    running header removed), each specialty's "Recover to 92% by" parsed to a period, the counts re-added against
    the Total row and the printed percentage recomputed; the risk scores re-multiplied from L and I;
  - the LMS workstream dates are parsed, the deck's own change slide and the QSG note's move applied;
  - the MH tracker's milestones are read with openpyxl by column (Revised replaces Planned, as its Read me says);
  - the must-do matrix is read from the pptx table cells by column.
Relative windows are asserted to hold exactly the gold items and nothing that partly overlaps. Unanswerable facts
are checked for absence over every paper. Each chat phrasing names its one typo, which must occur once, be no word
of any paper and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
RTT = "01_TM_Elective_Care_RTT_Recovery_Plan_v1.3_Nov2016.pdf"
LMS = "02_TM_LMS_Better_Births_Transformation_Plan_draft_v0.6_Jan2017.pdf"
PCC = "03_TM_Joint_PCCC_Paper_GP_Forward_View_Plan_15Dec2016.docx"
STF = "04_TM_STP_Board_STF_Control_Totals_and_Risk_Share_15Feb2017.pptx"
MH = "05_TM_MH5YFV_Delivery_Tracker_Q3_2016-17.xlsx"
QSG = "06_TM_Quality_Surveillance_Group_Note_09Mar2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([RTT, LMS, PCC, STF, MH, QSG]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
RELATIVE = re.compile(r"\b(next month|this month|this quarter|this qtr|overdue|currently|at present|now|atm|"
                      r"at the mo|right now|these days|this week|today|coming month)\b")


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    forms = [surname]
    if "-" in surname:
        forms.append(surname.replace("-", " "))
    if "'" in surname:
        forms += [surname.replace("'", ""), surname.replace("'", " ")]
    return alts(*forms)


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None, avoid=()):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing;
    `avoid` lists the paper's key words the indirect phrasing must not use."""
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
    for word in avoid:
        assert norm(word) not in norm(questions[2]), f"{fid}: indirect phrasing uses {word!r}"
    if as_of is None:
        for q in questions:
            assert not RELATIVE.search(q.lower()), f"{fid}: relative wording without as_of: {q}"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ax-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ax-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Dates: a period (first day, last day) for each wording the papers use
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_name) if m})


def month_span(y, m):
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def period(text):
    t = norm(text)
    if m := re.fullmatch(r"q([1-4]) (\d{4})/\d{2}", t):
        q, y = int(m.group(1)), int(m.group(2))
        start_m = 4 + 3 * (q - 1)
        y2, m2 = (y, start_m) if start_m <= 12 else (y + 1, start_m - 12)
        a = date(y2, m2, 1)
        end = a.replace(day=28) + timedelta(days=70)
        return a, end.replace(day=1) - timedelta(days=1)
    if m := re.fullmatch(r"(?:achieved \()?([a-z]{3})-(\d{2})\)?", t):
        return month_span(2000 + int(m.group(2)), MONTHS[m.group(1)])
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t):
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, d
    if m := re.fullmatch(r"(?:by )?(?:the )?end of ([a-z]+) (\d{4})", t):
        return month_span(int(m.group(2)), MONTHS[m.group(1)])
    if m := re.fullmatch(r"w/c (\d{1,2}) ([a-z]+) (\d{4})", t):
        d = date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        return d, d + timedelta(days=6)
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", t):
        d = date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        return d, d
    if m := re.fullmatch(r"winter (\d{4})/\d{2}", t):
        y = int(m.group(1))
        return date(y, 12, 1), date(y + 1, 2, 28)
    if m := re.fullmatch(r"(\d{4})/\d{2}", t):
        y = int(m.group(1))
        return date(y, 4, 1), date(y + 1, 3, 31)
    if t in ("tbc", "time frame as yet unknown"):
        return None
    raise ValueError(text)


def overlap(p, window):
    return p is not None and p[0] <= window[1] and p[1] >= window[0]


def inside(p, window):
    return p is not None and window[0] <= p[0] and p[1] <= window[1]


DATE_RX = (r"q[1-4] \d{4}/\d{2}|achieved \([a-z]{3}-\d{2}\)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{2}"
           r"|\d{2}/\d{2}/\d{4}|by end of [a-z]+ \d{4}|winter \d{4}/\d{2}|time frame as yet unknown|\d{4}/\d{2}")

# ---------------------------------------------------------------------------------------------------------------
# 01 RTT plan: the specialty table read back from pages 1-2
# ---------------------------------------------------------------------------------------------------------------
SPECS = [("Trauma & Orthopaedics", "AKR"), ("General Surgery", "JMcG"), ("Ophthalmology", "PO'N"), ("ENT", "SLH"),
         ("Urology", "RB"), ("Gastroenterology", "EM"), ("Cardiology", "HA"), ("Gynaecology", "LdV"),
         ("Oral Surgery", "TF"), ("Dermatology", "CT-W"), ("Neurology", "NB"), ("Rheumatology", "GS"),
         ("Thoracic Medicine", "KD'S"), ("All other specialties", "EMc"), ("Footprint total", "AK")]
HEAD = "specialty lead incomplete pathways within 18 weeks over 18 weeks recovery actions recover to 92% by"


def rtt_table():
    pages = [k for k, v in U[RTT].items() if "Recovery actions" in v]
    assert pages == [1, 2], pages
    lines = []
    for k in pages:
        lines += [ln for ln in U[RTT][k].splitlines()
                  if not ln.startswith(("Thornwick & Maddersley STP  |", "Page ", "OFFICIAL - for"))]
    text = norm("\n".join(lines))
    assert text.count(HEAD) == 2, "the header should be printed on both pages"
    text = text.replace(HEAD, " ")
    text = norm(text[text.index(norm("Trauma & Orthopaedics AKR")):text.index("table 2: specialty")])
    starts = [text.index(norm(f"{name} {lead} ")) for name, lead in SPECS]
    assert starts == sorted(starts)
    rows = {}
    for i, (name, lead) in enumerate(SPECS):
        chunk = text[starts[i]:starts[i + 1] if i + 1 < len(SPECS) else len(text)]
        inc, pc, over = re.search(r" ([\d,]+) ([\d.]+)% ([\d,]+) ", chunk).groups()
        dates = re.findall(DATE_RX, chunk)
        rows[name] = {"lead": lead, "inc": int(inc.replace(",", "")), "pct": pc, "over": int(over.replace(",", "")),
                      "by": dates[-1]}
    return rows


RTT_ROWS = rtt_table()
total = RTT_ROWS.pop("Footprint total")
assert sum(r["inc"] for r in RTT_ROWS.values()) == total["inc"] == 38410
assert sum(r["over"] for r in RTT_ROWS.values()) == total["over"]
BASELINE = f"{100 * (total['inc'] - total['over']) / total['inc']:.1f}%"
assert BASELINE == total["pct"] + "%" == "87.5%", BASELINE
for name, r in RTT_ROWS.items():
    assert f"{100 * (r['inc'] - r['over']) / r['inc']:.1f}" == r["pct"], name
assert RTT_ROWS["Dermatology"]["by"] == "by end of march 2017"
assert RTT_ROWS["Ophthalmology"]["by"] == "sep-17" and RTT_ROWS["Trauma & Orthopaedics"]["lead"] == "AKR"
SEP17 = month_span(2017, 9)
assert [n for n, r in RTT_ROWS.items() if overlap(period(r["by"]), SEP17)] == ["Ophthalmology"]
assert "Dermatology" in U[RTT][2] and "Dermatology\nCT-W" not in U[RTT][1], "dermatology after the page break"

RISK_TEXT = norm(U[RTT][3])
RISKS = {m[0].upper(): (int(m[2]), int(m[3]), int(m[4]))
         for m in re.findall(r"\b(r[1-5]) (.+?) ([1-5]) ([1-5]) (\d{1,2}) ", RISK_TEXT)}
assert sorted(RISKS) == ["R1", "R2", "R3", "R4", "R5"], RISKS
assert all(li * im == sc for li, im, sc in RISKS.values())
assert sorted(k for k, (_, _, sc) in RISKS.items() if sc >= 16) == ["R1", "R3"]

# ---------------------------------------------------------------------------------------------------------------
# 02 LMS: workstream dates, the deck's change slide, then the QSG note's move
# ---------------------------------------------------------------------------------------------------------------
ws_slide = [k for k, v in U[LMS].items() if v.startswith("Seven workstreams")][0]
ws_text = norm(U[LMS][ws_slide])
BB = {}
refs = re.findall(r"\bbb[1-7]\b", ws_text)
assert refs == [f"bb{i}" for i in range(1, 8)], refs
for i in range(1, 8):
    chunk = ws_text[ws_text.index(f"bb{i} "):ws_text.index(f"bb{i + 1} ") if i < 7 else ws_text.index("ambition:")]
    BB[f"BB{i}"] = re.findall(DATE_RX, chunk)[-1]
assert BB["BB1"] == "apr-17" and BB["BB4"] == "time frame as yet unknown" and BB["BB6"] == "winter 2017/18"
changes = norm(U[LMS][max(U[LMS])])
BB["BB6"] = re.search(r"date confirmed as (\S+) \(was winter 2017/18\)", changes).group(1)
qsg_text = norm("\n".join(U[QSG].values()))
moved = re.search(r"will now go live in (\S+), not (\S+) as in the lms draft plan", qsg_text)
assert moved.group(2) == BB["BB1"]
BB["BB1"] = moved.group(1)
assert BB["BB1"] == "sep-17" and BB["BB6"] == "01/11/2017"
timeline = [k for k, v in U[LMS].items() if v.startswith("Key dates 2017")][0]
TL = re.findall(DATE_RX + r"|w/c \d{1,2} [a-z]+ \d{4}", norm(U[LMS][timeline]))
TL = [t for t in TL if not t.startswith("27/01")]
assert [b for b, d in BB.items() if overlap(period(d), SEP17)] == ["BB1"]
assert not [t for t in TL if overlap(period(t), SEP17)], TL

# ---------------------------------------------------------------------------------------------------------------
# 05 MH tracker: milestones by column, Revised over Planned
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

wb = load_workbook(PAPERS / MH)
assert "Revised date is shown it replaces the Planned date" in " ".join(
    str(c.value) for row in wb["Read me"].iter_rows() for c in row if c.value)
ms = wb["Milestones"]
head = [c.value for c in ms[3]]
assert head[:8] == ["Ref", "Area", "Milestone", "Lead", "Planned date", "Revised date", "RAG", "Comment"]
MS = {}
for row in ms.iter_rows(min_row=4, values_only=True):
    if row[0]:
        due = row[5] or row[4]
        due = due.strftime("%d/%m/%Y") if isinstance(due, date) else due
        MS[row[0]] = {"what": row[2], "lead": row[3], "due": due, "row": None}
MAR17 = month_span(2017, 3)
assert [r for r, v in MS.items() if overlap(period(v["due"]), MAR17)] == ["MH08"]
assert [r for r, v in MS.items() if inside(period(v["due"]), MAR17)] == ["MH08"]
assert MS["MH02"]["due"] == "Q2 2017/18" and MS["MH09"]["due"] == "tbc" and MS["MH01"]["lead"] == "SOR"
traj = wb["Trajectories"]
months = [c.value for c in traj[3]][2:]
dec = [i for i, m in enumerate(months) if m.year == 2016 and m.month == 12][0]
assert [c.value for c in traj[4]][0].startswith("IAPT access rate") and [c.value for c in traj[5]][1] == "Actual"
IAPT_DEC = [c.value for c in traj[5]][2 + dec]
assert f"{IAPT_DEC}" == "14.2"

# ---------------------------------------------------------------------------------------------------------------
# 04 STF deck: the must-do matrix by column
# ---------------------------------------------------------------------------------------------------------------
md_slide = [k for k, v in U[STF].items() if v.startswith("How the priorities cover")][0]
rows = [ln.split(" | ") for ln in U[STF][md_slide].splitlines() if " | " in ln and "Paper 6" not in ln]
assert rows[0] == ["National must-do", "P1", "P2", "P3", "P4", "P5", "P6", "P7"]
MDX = {}
for r in rows[1:]:
    n = int(r[0].split()[0])
    MDX[n] = {rows[0][k]: v for k, v in enumerate(r) if k and v in ("●", "○")}
assert MDX[1] == {} and "Delivered through every priority" in rows[1]
assert [n for n in range(2, 10) if not MDX[n]] == [8]
assert MDX[4] == {"P2": "○", "P3": "●", "P5": "○"}
assert [p for p, m in MDX[5].items() if m == "●"] == ["P4"]
assert [n for n in range(2, 10) if "P5" in MDX[n]] == [4, 7] and MDX[7]["P5"] == "●" and MDX[4]["P5"] == "○"
assert MDX[7].get("P6") == "○"
prio_slide = [k for k, v in U[STF].items() if v.startswith("STP priorities and their SROs")][0]
assert prio_slide == md_slide - 1


def stf(anchor, until=None, where=""):
    return cite(STF, anchor, until, where=where)


# ===============================================================================================================
# 01 Elective care RTT recovery plan
# ===============================================================================================================
ask("rtt-sro", OWNER, "role-holder", [["Kinnear"]],
    cite(RTT, "The Senior Responsible Officer (SRO) for elective care recovery is Dr Alastair Kinnear",
         where="section 2.1 of the recovery plan"),
    ["Who is the Senior Responsible Officer for the elective care RTT recovery plan?",
     "who's SRO for the RTT recovrey plan? need to send them the PTL pack",
     "Which senior manager is ultimately answerable for getting hospital waiting times for planned operations "
     "back on track?"], "recovrey", avoid=("SRO", "elective", "RTT", "recovery", "senior responsible"))

ask("rtt-to-lead", OWNER, "initials-key", [person("Kumar-Rao")],
    cite(RTT, "Orthopaedics AKR", "Mr Anand Kumar-Rao",
         where="Table 2 T&O row gives the lead as AKR (page 1); Annex B resolves AKR (page 4)"),
    ["Who leads the recovery of waiting times in trauma and orthopaedics?",
     "who's the T&O lead on the RTT plan? only got the initals AKR",
     "Which surgeon is in charge of bringing down the waits for hip and knee operations?"], "initals",
    avoid=("trauma", "orthopaedic", "AKR"))

ask("rtt-derm", MILESTONE, "continued-table",
    [alts("by end of March 2017", "end of March 2017", "March 2017", "Mar-17", "31/03/2017", "31 March 2017")],
    cite(RTT, "Dermatology CT-W", where="Table 2, dermatology row, after the page break under the repeated header"),
    ["By when is dermatology expected to reach the 92% 18-week standard?",
     "when does derm hit 92% on RTT? consultants asking about the teledermatolgy push",
     "When should skin clinic waiting times be back within the national target?"], "teledermatolgy",
    avoid=("dermatology", "92%", "18-week"))

ask("rtt-endoscopy", MILESTONE, "week-commencing", [on(6, 3, 2017, "w/c 6 March 2017")],
    cite(RTT, "Weekend endoscopy lists at Thornwick Royal Infirmary start", where="key milestones table, M3"),
    ["When do the weekend endoscopy lists at Thornwick Royal Infirmary start?",
     "when do weekend endo lists kick off at TRI? need to sort the nurse rota for saturdys",
     "From which week will camera tests of the gut be done on Saturdays and Sundays at the Thornwick hospital?"],
    "saturdys", avoid=("endoscopy", "weekend", "lists"))

ask("rtt-baseline", FACT, "figure", [alts(BASELINE, BASELINE.rstrip("%") + " per cent")],
    cite(RTT, f"of whom {BASELINE} had waited less than 18 weeks", where="section 1.2"),
    ["What proportion of patients on incomplete pathways had waited less than 18 weeks at the end of October 2016?",
     "what was our RTT % at end of oct 16? the under 18 wk figure, for a brefing",
     "In October 2016, what share of patients still waiting for planned hospital treatment were within the national "
     "waiting time limit?"], "brefing", avoid=("incomplete", "18 weeks", "RTT", "pathway"))

ask("rtt-risk-owner", OWNER, "owner-by-title", [person("Fairhurst-Lowe")],
    cite(RTT, "Anaesthetic workforce gaps", "Deborah Fairhurst-Lowe",
         where="risk R1 owner is a job title (page 3); Annex B B.2 names the post-holder (page 4)"),
    ["Who owns the risk that anaesthetic workforce gaps limit the additional theatre sessions?",
     "who owns R1 on the RTT risk log, the anaesthetist gaps one? need a name not a job titel",
     "Who is the named person answerable for the danger that a shortage of the doctors who put patients to sleep "
     "stops the extra operating lists?"], "titel", avoid=("anaesthetic", "theatre", "workforce", "R1"))

ask("rtt-high-risks", FACT, "filter", [["R1", "anaesthetic"], ["R3", "winter"]],
    cite(RTT, "Risks are scored likelihood", "R5 Patients decline", where="section 7 risk table, Score column"),
    ["Which risks in the elective care recovery plan score 16 or more?",
     "which RTT plan risks are 16+? need the reds for the STP board reprot",
     "Which of the dangers to clearing the planned-operation backlog are rated most serious, at 16 points or "
     "above?"], "reprot", avoid=("risk", "score", "elective"))

ask("rtt-validation", MILESTONE, "moved-date", [on(31, 3, 2017, "31 March 2017")],
    stf("validation of the whole incomplete RTT waiting list",
        where="changes slide: PTL validation moved from 31/01/2017 (RTT plan M1) to 31 March 2017"),
    ["When will validation of the incomplete RTT waiting list be complete?",
     "when's the PTL validaton finishing? thought it was end of jan",
     "By what date will the check of everyone on the hospital waiting list, to weed out duplicates and people "
     "already treated, be finished?"], "validaton", avoid=("validation", "PTL", "RTT", "incomplete"))

ask("rtt-standard", MILESTONE, "day", [on(31, 3, 2018, "31/03/2018")],
    cite(RTT, "We will return the footprint to the 92% standard by 31/03/2018", where="section 1.3"),
    ["By what date will the footprint as a whole meet the 92% referral to treatment standard?",
     "when do we hit 92% RTT across the whole footprnt?",
     "When should waiting times for planned hospital care across the whole area be back within the national "
     "limit?"], "footprnt", avoid=("92%", "referral", "RTT", "footprint"))

ask("rtt-rel-sep", MILESTONE, "relative-window", [["Ophthalmology", "eye"]],
    cite(RTT, "Ophthalmology PO'N", where="Table 2: only ophthalmology's recovery date (Sep-17) falls in September 2017"),
    ["Which specialties are due to reach the 92% standard next month?",
     "which specialties should hit 92% on RTT next month? doing the forcast",
     "Which hospital departments are supposed to get their waits back within the national limit in the coming "
     "month?"], "forcast", as_of="2017-08-10", avoid=("specialt", "92%", "RTT"))

# ===============================================================================================================
# 02 Local Maternity System plan
# ===============================================================================================================
ask("lms-sro", OWNER, "role-holder", [["Devereux"]],
    cite(LMS, "LMS Board chair and Senior Responsible", where="leadership slide"),
    ["Who is the Senior Responsible Officer for the Local Maternity System?",
     "who's the LMS SRO? want them at the matenrity away day",
     "Which director is ultimately in charge of the programme to change how care for pregnant women and new "
     "mothers is delivered?"], "matenrity", avoid=("maternity", "LMS", "SRO", "responsible"))

ask("lms-coc-moved", MILESTONE, "moved-date", [alts("Sep-17", "September 2017", "Sept 2017", "Sep 2017")],
    cite(QSG, "first continuity of carer team", "LMS Board agreed the new date",
         where="QSG item 4.2 moves BB1 from Apr-17 (LMS plan v0.6) to Sep-17"),
    ["When will the first continuity of carer team go live?",
     "when does the rosehip CoC team go live? heard it slipped from april, the midwifes are asking",
     "When will the first group of midwives who look after the same women all the way through pregnancy and birth "
     "start working that way?"], "midwifes", avoid=("continuity", "carer", "Rosehip", "team"))

ask("lms-perinatal-lead", OWNER, "initials-key", [person("Blackwood-Price")],
    cite(LMS, "Perinatal mental health IB-P", "Dr Imogen Blackwood-Price",
         where="workstream table gives BB5's lead as IB-P; the key to initials names her"),
    ["Who leads the perinatal mental health workstream (BB5) of the maternity plan?",
     "who's IB-P on the LMS plan? the perinatal MH lead, need a full nmae",
     "Which doctor heads the work on emotional and psychiatric support for women during and after pregnancy?"],
    "nmae", avoid=("perinatal", "BB5", "mental health"))

ask("lms-sbl", MILESTONE, "deadline",
    [alts("by end of March 2017", "end of March 2017", "31/03/2017", "31 March 2017", "March 2017", "Mar-17")],
    cite(LMS, "Saving Babies' Lives care bundle in place in both units", where="workstream table, BB3"),
    ["By when should all four elements of the Saving Babies' Lives care bundle be in place?",
     "when's the SBL bundel due in both units?",
     "By when should both hospitals have the national package of measures to cut stillbirths fully in place?"],
    "bundel", avoid=("Saving Babies", "bundle", "SBL"))

ask("lms-pioneer", MILESTONE, "unknown-date",
    [alts("time frame as yet unknown", "unknown", "not known", "no date", "not yet")],
    cite(LMS, "Pioneer site for personal maternity care budgets goes live", where="workstream table, BB4"),
    ["When will the Pioneer site for personal maternity care budgets go live?",
     "when does the PMCB pioneer go live? any date yet for the persnal budgets?",
     "When will women here be able to hold their own money to choose who looks after them in pregnancy?"],
    "persnal", avoid=("pioneer", "budget", "maternity"))

ask("lms-births", FACT, "figure", [alts("9,870", "9870")],
    cite(LMS, "births in 2015/16", where="at-a-glance slide: the figure sits above its caption"),
    ["How many births were there across the Local Maternity System in 2015/16?",
     "how many births did we have in 15/16 across both trusts? need it for the LMS submision",
     "How many babies were born in the two hospitals' services in the year to March 2016?"], "submision",
    avoid=("births", "2015/16", "LMS"))

ask("lms-pm", OWNER, "tbc-filled", [person("O'Driscoll")],
    cite(LMS, "Niamh O'Driscoll has been appointed", where="changes slide fills the leadership slide's 'tbc'"),
    ["Who is the LMS programme manager?",
     "who's the LMS prog manager? it said tbc on the leadership slide, has someone been apointed",
     "Who runs the day-to-day coordination of the local pregnancy and birth services change programme?"],
    "apointed", avoid=("LMS", "programme manager", "maternity"))

ask("lms-rel-sep", MILESTONE, "relative-window", [["continuity", "Rosehip"]],
    cite(QSG, "first continuity of carer team", "LMS Board agreed the new date",
         where="QSG 4.2: BB1 moved to Sep-17; no other LMS milestone falls in September 2017"),
    ["Which maternity milestones fall due this month?",
     "anything on the maternity plan due this month? updating the LMS dashbaord",
     "What is the pregnancy and birth services programme meant to deliver in the current month?"], "dashbaord",
    as_of="2017-09-04", avoid=("maternity", "milestone", "LMS"))

ask("lms-tc-cots", MILESTONE, "moved-date", [on(1, 11, 2017, "01/11/2017")],
    cite(LMS, "BB6 transitional care cots", "Date confirmed as 01/11/2017",
         where="changes slide: BB6 confirmed as 01/11/2017, was Winter 2017/18 on the workstream slide"),
    ["When will the transitional care cots open at Thornwick Royal Infirmary?",
     "when do the TC cots open at TRI? the neonatel team want a firm date, not just winter 17/18",
     "When will the beds where babies needing a bit of extra care can stay with their mothers open at the "
     "Thornwick hospital?"], "neonatel", avoid=("transitional", "cots", "neonatal"))

# ===============================================================================================================
# 03 Joint PCCC paper: GP Forward View plan
# ===============================================================================================================
ask("gpfv-lead-now", OWNER, "changed-owner", [person("Ellis-Bevan")],
    cite(PCC, "Dr Rhiannon Ellis-Bevan", where="addendum AD1: clinical lead from 1 January 2017"),
    ["Who is the clinical lead for the GP Forward View plan now?",
     "who's GPFV clin lead these days? need them for the First5 luanch",
     "Which GP is currently the doctor steering the local programme to shore up family doctor services?"],
    "luanch", as_of="2017-02-01", avoid=("GPFV", "Forward View", "clinical lead"))

ask("gpfv-lead-before", OWNER, "changed-owner-before", [["Pritchard"]],
    cite(PCC, "He remains clinical lead until 31 December 2016",
         where="addendum AD1: Dr Pritchard stays clinical lead until 31 December 2016"),
    ["Who is the clinical lead for the GP Forward View plan at present?",
     "who's the GPFV clin lead right now? need sign off befor xmas",
     "Which family doctor is steering the local general practice support programme at the moment?"], "befor",
    as_of="2016-12-20", avoid=("GPFV", "Forward View", "clinical lead"))

ask("gpfv-ea-madd", MILESTONE, "moved-date", [on(1, 10, 2018, "1 October 2018")],
    cite(PCC, "will go live on 1 October 2018, not 1 April 2018",
         where="addendum AD2 moves action A2 from 1 April 2018 to 1 October 2018"),
    ["When will extended access go live in NHS Maddersley & Coldbeck CCG?",
     "when does 8-8 extended access start in Maddersley & Coldbeck? the plan table says apr 18 but someone said "
     "it movd",
     "From when will patients in the Maddersley and Coldbeck area be able to see a GP in the evening and at "
     "weekends?"], "movd", avoid=("extended access", "go live", "go-live"))

ask("gpfv-ea-thorn", MILESTONE, "day", [on(1, 4, 2017, "1 April 2017")],
    cite(PCC, "NHS Thornwick CCG (100% of patients)", where="implementation plan, action A1"),
    ["When does extended access go live for NHS Thornwick CCG patients?",
     "when is thornwick EA (8-8) going live? practices want to know for rota plannning",
     "From what date can people registered with Thornwick practices get GP appointments late in the evening and "
     "at weekends?"], "plannning", avoid=("extended access", "go live", "go-live"))

ask("gpfv-pharm-lead", OWNER, "owner-by-title", [person("Parry-Jones")],
    cite(PCC, "Clinical pharmacists in general practice, wave 1", "Gwyneth Parry-Jones",
         where="action W1 lead is a job title; section 7 names the post-holder"),
    ["Who leads the recruitment of clinical pharmacists in general practice?",
     "who's leading the clinical pharmacist rollout in GP land? the plan just says head of meds optimsation",
     "Who is in charge of getting pharmacists to work inside GP surgeries?"], "optimsation",
    avoid=("clinical pharmacist", "medicines optimisation", "wave 1"))

ask("gpfv-gp-wte", FACT, "figure", [alts("412.6", "412.6 WTE")],
    cite(PCC, "GPs (excluding registrars and locums)", where="workforce table, baseline column"),
    ["What was the baseline number of whole-time equivalent GPs in September 2016?",
     "what's our GP WTE baseline (sep 16)? the NWRS figure for the workforce paper, thx in advnace",
     "How many full-time-equivalent family doctors did local practices have in autumn 2016?"], "advnace",
    avoid=("GPs", "WTE", "baseline", "whole-time"))

ask("gpfv-care-nav", FACT, "figure-and-date",
    [["180"], alts("by end of March 2018", "end of March 2018", "March 2018", "31/03/2018", "31 March 2018")],
    cite(PCC, "Care navigation training for 180 reception and clerical staff", where="implementation plan, WL1"),
    ["How many reception and clerical staff will be trained in care navigation, and by when?",
     "how many receptionists get care nav training + by when? PMs keep aksing",
     "How many front-desk staff in practices will learn to signpost patients to the right service, and by what "
     "deadline?"], "aksing", avoid=("care navigation", "reception", "clerical"))

ask("gpfv-online", FACT, "figure", [alts("186", "£186k", "£186,000", "£0.186m")],
    cite(PCC, "Online consultation systems |", where="funding table (£000), 2017/18 column"),
    ["How much GP Forward View funding is allocated to online consultation systems in 2017/18?",
     "how much GPFV money for online consults in 17/18? in £k pls, for the digitl board",
     "How much is set aside in 2017/18 for letting patients contact their surgery through a website instead of "
     "phoning?"], "digitl", avoid=("online consultation", "GPFV", "Forward View"))

ask("gpfv-mustdo", MUSTDO, "mustdo-by-plan", [alts("must-do 3", "general practice", *[f for f in md(3) if f != "Primary care"])],
    cite(PCC, "It delivers national must-do 3 (general practice) in full", where="section 5.1"),
    ["Which national must-do does the GP Forward View plan deliver in full?",
     "which must do does the GPFV plan deliver in full? filling in the STP alignmnet grid",
     "Which of the nine national planning requirements is the local plan for family doctors meant to meet "
     "completely?"], "alignmnet", avoid=("must-do", "must do", "GPFV", "Forward View"))

# ===============================================================================================================
# 04 STP Board paper: STF, risk share, priorities, must-dos
# ===============================================================================================================
ask("stf-mch-ct", FACT, "figure", [alts("(6.8)", "6.8")],
    stf("Maddersley & Coldbeck Hospitals NHS Trust (MCH) | (6.8)", where="control totals table; brackets mean deficit"),
    ["What is Maddersley & Coldbeck Hospitals NHS Trust's control total for 2017/18?",
     "what's MCH's 17/18 control total? surplus or defict?",
     "What financial result for 2017/18 has the Maddersley hospitals trust signed up to?"], "defict",
    avoid=("control total", "MCH"))

ask("stf-reserve", FACT, "figure", [alts("£4.0m", "£4m", "4.0m", "4 million", "£4,000,000")],
    stf("A system risk reserve of £4.0m", where="risk share slide, point 1"),
    ["How large is the proposed system risk reserve for 2017/18?",
     "how big is the risk share reserve pot for 17/18? DoFs meeting tomorow",
     "How much money would be held back across the local NHS bodies in 2017/18 to cover any one of them "
     "overspending?"], "tomorow", avoid=("risk", "reserve"))

ask("stf-trigger", FACT, "threshold",
    [alts("£0.5m", "0.5m", "£500k", "£500,000"), alts("month 6", "September 2017", "month six")],
    stf("Trigger: any organisation forecasting more than £0.5m adverse", where="risk share slide, point 2"),
    ["What triggers a recovery plan under the proposed system risk share?",
     "what's the triger for having to bring a recovery plan under the 17/18 risk share? asking for the DoFs",
     "How far off its financial target, and at what point in the year, would an organisation have to be before it "
     "must explain to the other finance directors how it will get back on track?"], "triger",
    avoid=("trigger", "risk share", "recovery plan"))

ask("uec-sro-before", OWNER, "changed-owner-before", [["Quigley"]],
    stf("Lorraine Quigley (Chief Operating Officer, TRH) steps down as SRO on 31 March 2017",
        where="changes slide: Quigley is P3 SRO until 31 March 2017"),
    ["Who is the SRO for the urgent and emergency care priority at present?",
     "who's the UEC SRO at the mo? want them at the A&E delivary board",
     "Which senior manager is currently accountable for the programme covering casualty departments and "
     "ambulances?"], "delivary", as_of="2017-03-15", avoid=("SRO", "urgent", "emergency", "UEC", "A&E"))

ask("uec-sro-after", OWNER, "changed-owner", [person("Wren-Hollis")],
    stf("Tobias Wren-Hollis", where="changes slide: Wren-Hollis is P3 SRO from 1 April 2017"),
    ["Who is the Senior Responsible Officer for STP Priority 3, urgent and emergency care, now?",
     "who's the P3 UEC SRO now quigley's gone? need to update the org chrat",
     "Who is currently the senior person in charge of the programme for casualty departments and ambulances?"],
    "chrat", as_of="2017-04-10", avoid=("SRO", "urgent", "emergency", "UEC", "Priority 3"))

ask("md-gap", MUSTDO, "mustdo-gap", [alts("Learning disabilities", *md(8))],
    stf("How the priorities cover the nine national must-dos", where="must-do matrix: row 8 has no marks; note"),
    ["Which national must-do is not covered by any STP priority?",
     "which must-do has no STP priorty against it? gap analysis for NHSE",
     "Which of the nine national planning requirements has none of our local programmes working on it?"],
    "priorty", avoid=("must-do", "must do", "priority"))

ask("md4-coverage", MUSTDO, "mustdo-coverage",
    [["P3", "Urgent and emergency care"], ["P2", "Primary and community care"], ["P5", "Mental health"]],
    stf("P1 Healthy Thornwick", "How the priorities cover the nine national must-dos",
        where="priorities slide names P1-P7; matrix row 4: P3 lead, P2 and P5 contribute"),
    ["Which STP priorities cover must-do 4, A&E and ambulance waits?",
     "which priorities cover MD4 (A&E)? doing the winter asurance return",
     "Which of our local programmes help with getting people through casualty and ambulance responses on time?"],
    "asurance", avoid=("must-do", "A&E", "priorit", "MD4"))

ask("md5-lead", MUSTDO, "mustdo-lead", [["P4", "Planned care and cancer"]],
    stf("P1 Healthy Thornwick", "How the priorities cover the nine national must-dos",
        where="matrix row 5: P4 has the filled (lead) mark; P4's name on the previous slide"),
    ["Which STP priority leads on must-do 5, referral to treatment?",
     "which priority leads MD5 (RTT)? the filled dot one, for the paper to the planned care bord",
     "Which local programme is mainly responsible for the national requirement on waiting times for non-urgent "
     "hospital treatment?"], "bord", avoid=("must-do", "referral", "RTT", "priority", "lead"))

ask("md-p5", MUSTDO, "by-priority",
    [alts("A&E and ambulance waits", "urgent and emergency care", *md(4)),
     alts("7 Mental health", *[f for f in md(7) if f != "Mental health"])],
    stf("How the priorities cover the nine national must-dos",
        where="matrix column P5: lead for 7, contributes to 4"),
    ["Which national must-dos does the mental health priority (P5) contribute to?",
     "what must-dos does P5 MH touch? lead or contribting",
     "Which of the nine national planning requirements does the local programme for psychological and "
     "psychiatric services support?"], "contribting", avoid=("must-do", "mental health", "P5"))

ask("md-p6-7", MUSTDO, "yes-no", [alts("contributes", "yes", "contributing", "contribution")],
    stf("How the priorities cover the nine national must-dos", where="matrix row 7, column P6: open circle"),
    ["Does the maternity and children priority (P6) contribute to must-do 7, mental health?",
     "does P6 maternity count towards MD7 mental health at all? yes/no for the matrx",
     "Is the programme for pregnant women and young children counted as helping the national requirement on "
     "services for people with psychological illness?"], "matrx", avoid=("maternity", "must-do", "P6", "mental health"))

# ===============================================================================================================
# 05 Mental Health Five Year Forward View tracker
# ===============================================================================================================
ask("mh-sro", OWNER, "role-holder", [person("Ogunleye-Barr")],
    cite(MH, "SRO", sheet="Read me", where="Read me sheet, SRO row"),
    ["Who is the SRO for the mental health priority?",
     "who's the MH5YFV SRO? for the crisis care concordat lettter",
     "Which medical director is ultimately accountable for improving services for people with mental illness "
     "across the area?"], "lettter", avoid=("SRO", "mental health", "responsible"))

ask("mh-eip-revised", MILESTONE, "revised-date",
    [alts("Q2 2017/18", "Q2 17/18", "Quarter 2 2017/18", "July to September 2017", "Jul-Sep 2017")],
    cite(MH, "MH02", sheet="Milestones", where="Milestones MH02: Revised date Q2 2017/18 replaces Planned Q1 2017/18"),
    ["When will the early intervention in psychosis service be fully staffed and NICE-concordant?",
     "when's EIP going to be fully staffed + NICE concordent? tracker has two dates",
     "When will the team for people having their first serious break with reality have all its posts filled and "
     "meet national quality guidance?"], "concordent", avoid=("psychosis", "EIP", "NICE", "staffed"))

ask("mh-iapt-lead", OWNER, "initials-key", [person("O'Rourke")],
    cite(MH, "SOR | Sean", sheet="Contacts",
         where="Milestones MH01 lead is SOR; the Contacts sheet names SOR (Sean O'Rourke)"),
    ["Who leads the long-term conditions IAPT service milestone?",
     "who's SOR on the MH tracker? the LTC IAPT lead, need their emial",
     "Who is in charge of the talking therapies service for people with diabetes, heart or lung conditions?"],
    "emial", avoid=("IAPT", "long-term conditions", "SOR"))

ask("mh-ltc-iapt", MILESTONE, "day", [on(1, 4, 2017, "01/04/2017")],
    cite(MH, "MH01", sheet="Milestones", where="Milestones MH01, Planned date (a real date cell)"),
    ["When will the long-term conditions IAPT service go live in Maddersley?",
     "when does LTC IAPT go live in maddersley? GPs want to start refering",
     "From what date can Maddersley patients with ongoing physical illnesses be sent for talking therapy?"],
    "refering", avoid=("IAPT", "long-term conditions", "go live"))

ask("mh-iapt-dec", FACT, "figure-by-column", [alts("14.2", "14.2%")],
    cite(MH, "Measure | Line", "13.1 | 13.4", sheet="Trajectories",
         where="Trajectories: the Actual row under IAPT access rate, December 2016 column (months as date cells)"),
    ["What was the actual IAPT access rate in December 2016?",
     "what was actual IAPT access in dec 16? the %, not the plan, for the quartely report",
     "In the last month of 2016, what share of people who could benefit from talking therapies actually started "
     "treatment?"], "quartely", avoid=("IAPT", "access rate", "December"))

ask("mh-crisis-cafe", MILESTONE, "unknown-date",
    [alts("tbc", "to be confirmed", "not yet", "no date", "not set", "not been set")],
    cite(MH, "MH09", sheet="Milestones", where="Milestones MH09, Planned date 'tbc'"),
    ["When will the crisis café in Maddersley town centre open?",
     "when's the maddersley crisis café opning? SUs keep asking",
     "When will the drop-in place in Maddersley for people in mental distress out of hours open its doors?"],
    "opning", avoid=("crisis", "café", "cafe"))

ask("mh-rel-next", MILESTONE, "relative-window", [["suicide prevention", "suicide"]],
    cite(MH, "MH08", sheet="Milestones",
         where="Milestones: only MH08 (by end of March 2017) falls in March 2017"),
    ["Which mental health milestones are due next month?",
     "what's due on the MH tracker next month? for the progamme board",
     "What is the programme for people with mental illness due to deliver in the coming month?"], "progamme",
    as_of="2017-02-15", avoid=("mental health", "milestone", "tracker"))

# ===============================================================================================================
# 06 Quality Surveillance Group note
# ===============================================================================================================
ask("qsg-chair", OWNER, "role-holder", [["Weatherall"]],
    cite(QSG, "Dr Patricia Weatherall", where="Present list: (Chair)"),
    ["Who chairs the Thornwick & Maddersley Quality Surveillance Group?",
     "who chairs QSG? need to send the maternity paper to the chiar",
     "Who runs the meeting where regulators and commissioners share worries about the quality of local providers?"],
    "chiar", avoid=("QSG", "surveillance", "chair"))

ask("qsg-mch-level", FACT, "status", [alts("Enhanced", "enhanced surveillance")],
    cite(QSG, "Provider                                       Dec 2016", "Maddersley & Coldbeck Hospitals NHS Trust",
         where="provider surveillance summary: MCH Routine in Dec 2016, Enhanced in Mar 2017"),
    ["What level of quality surveillance was Maddersley & Coldbeck Hospitals NHS Trust put on in March 2017?",
     "what surveilance level did MCH go to at the march QSG?",
     "How closely did the regulators decide in March 2017 to watch the Maddersley hospitals trust?"],
    "surveilance", avoid=("surveillance", "QSG", "enhanced"))

ask("qsg-summit", MILESTONE, "week-commencing", [on(27, 3, 2017, "w/c 27 March 2017")],
    cite(QSG, "risk summit on maternity at MCH should be held in w/c 27 March", "chaired by NHS Improvement (RK)",
         where="QSG item 4.3, the date wrapped over two lines"),
    ["When will the risk summit on maternity at Maddersley & Coldbeck Hospitals be held?",
     "when's the MCH maternity risk sumit? need to block diaries",
     "In which week will the special system-wide meeting about the safety of births at the Maddersley hospitals "
     "take place?"], "sumit", avoid=("risk summit", "maternity", "MCH"))

ask("qsg-action", OWNER, "owner-and-date", [person("Abernethy-Lowe"), on(6, 4, 2017, "6 April 2017")],
    cite(QSG, "RA-L  Ruth Abernethy-Lowe", "QSG17/09",
         where="action QSG17/09 owner RA-L, due 6 April 2017; RA-L named in the attendance list"),
    ["Who is to provide the midwife vacancy and recruitment trajectory for MCH, and by when?",
     "who owes QSG the MCH midwife recruitmnet trajectory + when's it due?",
     "Who has to show how the Maddersley hospitals will fill their gaps in birth staff, and what is the deadline?"],
    "recruitmnet", avoid=("midwife", "vacancy", "trajectory", "MCH"))

ask("qsg-next", MILESTONE, "meeting-date", [on(8, 6, 2017, "8 June 2017")],
    cite(QSG, "Date of next meeting: Thursday 8 June 2017", where="foot of the note"),
    ["When is the next meeting of the Quality Surveillance Group?",
     "when's the next QSG? want to get the OAP paper on the agnda",
     "When do the regulators and commissioners who watch local care quality next get together?"], "agnda",
    avoid=("QSG", "surveillance", "meeting"))

ask("qsg-harm", FACT, "figure", [["19"], ["21"]],
    cite(QSG, "Clinical harm reviews: 21 reviews", "found in 19", where="QSG item 5.2"),
    ["How many 52-week clinical harm reviews have been completed, and how many of them found no harm?",
     "how many 52 wk harm reviews found no harm? and out of how many, for the qualty committee",
     "Of the checks on whether patients came to harm from waiting over a year, how many found they had not, and "
     "how many were done?"], "qualty", avoid=("52", "harm review", "clinical harm"))

# ===============================================================================================================
# Near-misses: plausible, close to something the papers say, but not answered
# ===============================================================================================================
absent("no 52-week", "zero 52-week", "eliminate 52", "52-week waits eliminated", "no patient waiting more than 52")
ask("nm-52wk-zero", NONE, "near-miss", [],
    cite(RTT, "Every patient waiting more than 52 weeks has a clinical harm review",
         where="section 1.4: 52-week waiters reduced month on month, no date for none"),
    ["By what date will there be no patients waiting more than 52 weeks?",
     "zero 52-wk waiters by when? need a date for the QSG breif",
     "When will nobody in the area be left waiting over a year for planned hospital treatment?"], "breif")

absent("capital cost", "capital for ward 7", "cost of ward 7", "ward 7 capital", "conversion of ward 7")
ask("nm-ward7-cost", NONE, "near-miss", [],
    cite(RTT, "A ring-fenced elective orthopaedic ward of 24 beds", where="section 5.3 gives beds and staffing, no cost"),
    ["What is the capital cost of opening Ward 7 as the ring-fenced elective orthopaedic ward?",
     "how much capex is ward 7 costing? estates want the figre",
     "How much building money is being spent to turn the Coldbeck ward into a protected unit for joint "
     "replacements?"], "figre")

absent("vice chair", "vice-chair", "deputy chair")
ask("nm-lms-vice-chair", NONE, "near-miss", [],
    cite(LMS, "LMS Board chair and Senior Responsible", where="leadership slide names the chair only"),
    ["Who is the vice chair of the LMS Board?",
     "who's LMS board vice chair? CD's on leave, need sombody to sign off",
     "Who stands in for the head of the pregnancy and birth programme board when she is away?"], "sombody")

absent("teams by 2020", "continuity of carer teams by", "number of continuity", "teams in place by")
ask("nm-coc-teams", NONE, "near-miss", [],
    cite(LMS, "Ambition: 20% of women booked onto a continuity of carer pathway by March 2019",
         where="an ambition as a share of women, no number of teams"),
    ["How many continuity of carer teams will there be by 2020/21?",
     "how many CoC teams are we aiming for by 20/21? for the workforse plan",
     "How many groups of midwives following the same women from booking to birth will be in place by 2021?"],
    "workforse")

absent("international gps", "overseas gps", "gps from overseas", "recruit 10", "international recruits")
ask("nm-intl-gps", NONE, "near-miss", [],
    cite(PCC, "W2 | International GP recruitment", where="action W2: an expression of interest, no number of GPs"),
    ["How many international GPs does the GP Forward View plan aim to recruit?",
     "how many overseas GPs are we recruting under GPFV?",
     "How many family doctors from abroad is the area hoping to bring in?"], "recruting")

absent("next meeting of the joint", "next pccc", "next meeting of the committee", "committee will next meet")
ask("nm-next-pccc", NONE, "near-miss", [],
    cite(PCC, "Date of meeting | 15 December 2016", where="cover sheet gives this meeting only"),
    ["When is the next meeting of the Joint Primary Care Commissioning Committee?",
     "when's the next joint PCCC meeting? want to bring the ETTF udpate",
     "When do the two CCGs' committees for GP contracts next sit together?"], "udpate")

absent("2018/19 stf", "stf 2018/19", "stf (£m) 2018/19", "stf for 2018/19")
ask("nm-epft-stf-1819", NONE, "near-miss", [],
    stf("Ebbsworth Partnership NHS FT (EPFT) | 1.1 | 1.0", where="control totals table covers 2017/18 only"),
    ["How much STF is Ebbsworth Partnership NHS FT allocated for 2018/19?",
     "what's EPFT's STF for 18/19? doing the LTFM nunbers",
     "How much of the national transformation money will the mental health and community trust get in 2018/19?"],
    "nunbers")

absent("tcp lead", "transforming care partnership lead", "chair of the transforming",
       "transforming care partnership chair", "transforming care partnership sro")
ask("nm-tcp-lead", NONE, "near-miss", [],
    stf("Transforming Care Partnership plan", where="must-do slide note names the TCP plan but nobody who leads it"),
    ["Who leads the Thornwick & Maddersley Transforming Care Partnership?",
     "who's the TCP lead for learning disabilites?",
     "Who heads the local programme helping people with autism move out of long-stay hospital beds?"],
    "disabilites")

absent("inspection date is", "will inspect coldbeck community hospital on", "inspection on")
ask("nm-cqc-date", NONE, "near-miss", [],
    cite(QSG, "the CQC will inspect Coldbeck Community Hospital in the spring", "not yet been fixed",
         where="QSG 7.2: the date is not yet fixed"),
    ["When will the CQC inspect Coldbeck Community Hospital?",
     "when's CQC inspectng coldbeck community hosp?",
     "On what date are the regulators coming to look at the Coldbeck hospital?"], "inspectng")

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
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
