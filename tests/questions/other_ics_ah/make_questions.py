"""Write questions.jsonl for the Tenterby & Quarnford STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, pptx slides, docx body
blocks, xlsx 'Sheet!row', text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the relative windows: every go-live (plan on a page) and tracker due date (deck, both slides) is read back from
    the text and parsed to a period; the governance paper's and the minutes' moves are applied; each window must
    hold only the expected initiative of its workstream;
  - the must-do sheet is read by column (openpyxl): which workstream is P / S for which must-do, and the gaps;
  - the risk scores are re-computed as likelihood x impact, the highest and the 15-or-more set found;
  - the savings re-add to the bridge, and the bridge to the gap;
  - the initials in the minutes' action log are resolved through the attendance list.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _where in (HERE.parent.parent / "brief_ah", HERE.parent / "brief_ah", HERE.parent, HERE.parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
PDF = "01_TQ_STP_on_a_Page_v1.3_28Oct2016.pdf"
PPTX = "02_TQ_Delivery_Board_Highlight_Milestone_Tracker_Jan2017.pptx"
DOCX = "03_TQ_Programme_Board_Governance_Paper_19Jan2017.docx"
XLSX = "04_TQ_STP_Risk_Register_and_Must_Do_Mapping_Feb2017.xlsx"
TXT = "05_TQ_STP_Partnership_Board_Minutes_16Mar2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
RELATIVE = re.compile(r"\b(now|currently|atm|at the moment|these days|next month|this quarter|coming up|overdue|"
                      r"this month)\b")


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


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word of the papers"
    assert typo not in TYPOS.values(), f"{fid}: typo {typo!r} used twice"
    for q in questions:
        if as_of is None and kind != NONE:
            assert not RELATIVE.search(q.lower()), f"{fid}: relative wording without as_of: {q}"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ah-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE, "fact": f"ah-{fid}",
                      "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------- checks worked out again from the files

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}
MONTH_NAMES = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
               "september": 9, "october": 10, "november": 11, "december": 12}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(raw):
    """(first day, last day) of a due date as the papers write it, or None."""
    s = raw.strip().lower().rstrip(".")
    if m := re.fullmatch(r".*?(\d{2})/(\d{2})/(\d{4})", s):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return d, d
    if m := re.fullmatch(r".*?q([1-4]) (\d{2})/(\d{2})", s):
        y0 = 2000 + int(m[2])
        start_m = {1: 4, 2: 7, 3: 10, 4: 1}[int(m[1])]
        y = y0 + (m[1] == "4")
        return date(y, start_m, 1), date.fromordinal(month_end(y, start_m + 2))
    if m := re.fullmatch(r"(?:.*?; )?.*?([a-z]{3})-(\d{2})", s):
        y, mo = 2000 + int(m[2]), MONTHS[m[1]]
        return date(y, mo, 1), date.fromordinal(month_end(y, mo))
    if m := re.fullmatch(r"winter (\d{4})/(\d{2})", s):
        y = int(m[1])
        return date(y, 12, 1), date(y + 1, 2, 28)
    if m := re.fullmatch(r"summer (\d{4})", s):
        return date(int(m[1]), 6, 1), date(int(m[1]), 8, 31)
    if m := re.fullmatch(r"by end of ([a-z]+) (\d{4})", s):
        y, mo = int(m[2]), MONTH_NAMES[m[1]]
        return date(y, mo, 1), date.fromordinal(month_end(y, mo))
    if m := re.fullmatch(r".*?(\d{4})/(\d{2})", s):
        return date(int(m[1]), 4, 1), date(int(m[1]) + 1, 3, 31)
    return None


def dated_items():
    """[(ref, what, raw due, period)] from the plan on a page and both tracker slides, moves applied."""
    out = []
    pdf_text = re.sub(r"\s+", " ", "\n".join(U[PDF].values()))
    for m in re.finditer(r"\b([A-Z]{2,3}\d) (.+?)\. Owner: (.+?)\. Go-live: (.+?)\.(?= [A-Z]{2,3}\d |\s*Savings)",
                         pdf_text):
        ref, what, due = m[1], m[2], m[4]
        for part in due.split("; "):
            out.append((ref, "go-live " + what, part, period(part)))
    for k in (2, 3):
        for line in U[PPTX][k].splitlines():
            cells = line.split(" | ")
            if len(cells) == 5 and re.fullmatch(r"[A-Z]{2,3}\d", cells[0]):
                out.append((cells[0], cells[1], cells[3], period(cells[3])))
    assert len(out) == 18 + 18 + 1, len(out)  # ACS1 go-live has two dates
    assert all(p for *_, p in out), [x for x in out if not x[3]]
    moved = []
    docx = "\n".join(U[DOCX].values())
    minutes = "\n".join(U[TXT].values())
    assert "the UTC will now open by end of March 2018" in docx
    assert re.search(r"crisis house opening moves from\s+30/11/2017 to Q4 17/18", minutes)
    for ref, what, raw, p in out:
        if ref == "UEC1" and what.startswith("go-live"):
            raw = "by end of March 2018"
        if ref == "MH2" and what.startswith("go-live"):
            raw = "Q4 17/18"
        moved.append((ref, what, raw, period(raw)))
    return moved


ITEMS_DATED = dated_items()


def window(prefix, start, end):
    return [(ref, what, raw) for ref, what, raw, (a, b) in ITEMS_DATED
            if ref.startswith(prefix) and re.fullmatch(prefix + r"\d", ref) and a <= end and b >= start]


def quarter_of(d):
    q0 = (d.month - 4) % 12 // 3
    start_m = 4 + 3 * q0
    y = d.year if d.month >= 4 else d.year - 1
    y, start_m = (y + 1, start_m - 12) if start_m > 12 else (y, start_m)
    return date(y, start_m, 1), date.fromordinal(month_end(y, start_m + 2))


def next_month(d):
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, 1), date.fromordinal(month_end(y, m))


w = window("PPH", *next_month(date(2017, 8, 10)))
assert [r for r, *_ in w] == ["PPH3"], w
w = window("UEC", *next_month(date(2017, 5, 15)))
assert {r for r, *_ in w} == {"UEC2"} and any(raw == "30/06/2017" for *_, raw in w), w
w = window("MH", *next_month(date(2017, 4, 12)))
assert [(r, raw) for r, _, raw in w] == [("MH2", "May-17")], w
w = window("ACS", *quarter_of(date(2017, 2, 14)))
assert {r for r, *_ in w} == {"ACS1"} and all(raw == "FBC Mar-17" or raw == "Mar-17" for *_, raw in w), w


def mustdo_grid():
    from openpyxl import load_workbook
    ws = load_workbook(PAPERS / XLSX)["Must-dos"]
    codes = [ws.cell(3, j).value for j in range(3, 9)]
    grid = {}
    for i in range(4, 13):
        n = ws.cell(i, 1).value
        grid[n] = {code: ws.cell(i, j).value for j, code in enumerate(codes, 3) if ws.cell(i, j).value}
    return grid


GRID = mustdo_grid()
assert [n for n, row in GRID.items() if "P" not in row.values()] == [8, 9]
assert [n for n, row in GRID.items() if not row] == [8]
assert GRID[4] == {"PCC": "S", "UEC": "P", "MH": "S"}
assert [c for c, v in GRID[5].items() if v == "P"] == ["PLC"]
assert [n for n, row in GRID.items() if "MH" in row] == [1, 4, 7]
assert GRID[3]["PPH"] == "S" and GRID[3]["PCC"] == "P"
assert GRID[9] == {"PCC": "S", "ACS": "S"}
assert [c for c, v in GRID[2].items() if v == "P"] == ["ACS"]


def risks():
    from openpyxl import load_workbook
    ws = load_workbook(PAPERS / XLSX)["Risk register"]
    out = {}
    for i in range(4, 12):
        rid, lik, imp, score = ws.cell(i, 1).value, ws.cell(i, 5).value, ws.cell(i, 6).value, ws.cell(i, 7).value
        assert lik * imp == score, rid
        out[rid] = score
    return out


RISKS = risks()
assert max(RISKS, key=RISKS.get) == "R01" and RISKS["R01"] == 20 and sorted(RISKS.values())[-2] < 20
assert sorted(r for r, s in RISKS.items() if s >= 15) == ["R01", "R02", "R04"]

pdf_text = norm(" ".join(U[PDF].values()))
savings = [float(x) for x in re.findall(r"£(\d+\.\d)m a year by 2020/21", pdf_text)]
assert len(savings) == 6 and round(sum(savings), 1) == 109.9
assert round(109.9 + 38.6 + 16.3, 1) == 164.8 and "£164.8m" in pdf_text

INITIALS = dict((m[2], m[1]) for m in re.finditer(r"^\s+(.+?) \(([A-Z]+)\)", "\n".join(U[TXT].values()), re.M))
ACTIONS = {m[1]: m[2] for m in re.finditer(r"^\s+(A/17/\d+)\s+.+?\s{2,}([A-Z]+)\s+\d", "\n".join(U[TXT].values()),
                                           re.M)}
assert INITIALS["CW"] == "Clare Whitcombe" and INITIALS["CWM"] == "Catriona Whitlock-Mensah"
assert INITIALS[ACTIONS["A/17/031"]] == "Martin Okonjo-Baird"
assert INITIALS[ACTIONS["A/17/032"]] == "Clare Whitcombe"
assert INITIALS[ACTIONS["A/17/022"]] == "Catriona Whitlock-Mensah"

# ---------------------------------------------------------------- owners (16)

ask("pph-sro", OWNER, "role-holder", [person("Farrant")],
    cite(PDF, "SRO: Dr Lucinda Farrant", where="plan on a page p1, column heads drawn across the page"),
    ["Who is the Senior Responsible Officer for Prevention & Population Health?",
     "who's SRO for PPH in T&Q? need it for the smoking papre",
     "Which senior officer is ultimately answerable for the prevention and public health programme?"], "papre")
ask("mh-clinical-lead", OWNER, "role-holder", [person("Hallows")],
    cite(PDF, "Clinical lead: Dr Tariq Hallows", where="plan on a page p2, column heads"),
    ["Who is the clinical lead for the Mental Health workstream?",
     "clin lead for MH workstrem pls?",
     "Which doctor gives clinical leadership to the mental health programme?"], "workstrem")
ask("uec-sro-now", OWNER, "changed-owner", [person("Okonjo-Baird")],
    cite(DOCX, "4.1", where="governance paper 4.1 supersedes 3.3: new UEC SRO from 1 March 2017"),
    ["Who is the Senior Responsible Officer for Urgent & Emergency Care now?",
     "who's the UEC SRO atm? the plan on a page says Joanna Prewett but i heard she's leaving - need it for a brefing",
     "Who currently carries overall responsibility for the A&E and urgent care programme?"], "brefing",
    as_of="2017-03-20")
ask("uec-sro-before", OWNER, "changed-owner-before", [person("Prewett")],
    cite(DOCX, "4.1", where="governance paper 4.1: Prewett remains SRO until 28 February 2017"),
    ["Who is the Senior Responsible Officer for Urgent & Emergency Care at the moment?",
     "who's SRO for UEC right now, has the handover happnd yet?",
     "Who currently has overall accountability for the A&E and urgent care programme?"], "happnd",
    as_of="2017-02-10")
ask("plc-clinical-lead-now", OWNER, "changed-owner", [person("Tregarthen")],
    cite(DOCX, "4.3", where="governance paper 4.3 amends 3.5: new PLC clinical lead from 1 February 2017"),
    ["Who is the clinical lead for Planned Care & Cancer now?",
     "clin lead for PLC atm? still Fenwick-Oduya or has it chnaged?",
     "Which clinician currently leads the elective care and cancer programme clinically?"], "chnaged",
    as_of="2017-03-01")
ask("board-chair", OWNER, "governance", [person("Penhaligon")],
    cite(DOCX, "2.1", where="governance paper 2.1"),
    ["Who chairs the STP Partnership Board?",
     "who chairs the T&Q partnership brd? the independant one",
     "Who presides over the footprint's top-level partnership meetings?"], "independant")
ask("vice-chair", OWNER, "governance", [person("Oyelaran-Finch")],
    cite(DOCX, "2.2", where="governance paper 2.2"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership brd - the cllr from Quarnford? forgot her nmae",
     "If the independent chair cannot attend, who takes the chair at the partnership meeting?"], "nmae")
ask("finance-lead", OWNER, "governance", [person("Pellow")],
    cite(DOCX, "2.4", where="governance paper 2.4"),
    ["Who is the STP Finance Lead?",
     "who's the finance lead for the STP, the CFO who chairs FIG? need to send her the savngs",
     "Which chief finance officer leads on money for the whole footprint?"], "savngs")
ask("stp-lead", OWNER, "governance", [person("Whitlock-Mensah")],
    cite(DOCX, "2.3", where="governance paper 2.3"),
    ["Who is the STP Lead for Tenterby & Quarnford?",
     "who's the STP lead (the CEO accountable to NHSE/NHSI)? thnx",
     "Which chief executive answers to the national bodies for the plan as a whole?"], "thnx")
ask("pph1-owner", OWNER, "initiative-owner", [person("Mossop")],
    cite(PDF, "PPH1 Stop smoking", where="plan on a page p1, PPH column"),
    ["Who owns the stop smoking service redesign (PPH1)?",
     "who's the owner for PPH1 - the stop smokng redesign?",
     "Who is responsible for bringing the two councils' quit-tobacco services together into one?"], "smokng")
ask("plc3-owner", OWNER, "initiative-owner", [person("Renshaw")],
    cite(PDF, "PLC3 Community ophthalmology", where="plan on a page p2, PLC column"),
    ["Who owns the community ophthalmology initiative (PLC3)?",
     "who owns PLC3 communty ophthalmology?",
     "Who is responsible for moving glaucoma and cataract follow-up out of hospital?"], "communty")
ask("acs2-milestone-owner", OWNER, "continued-table", [person("Barraclough")],
    cite(PPTX, "Stroke public consultation launched", where="deck slide 3, tracker table without a header row"),
    ["Who owns the milestone 'Stroke public consultation launched' in the Delivery Board tracker?",
     "who's down as owner for the stroke consultaton launch on the tracker?",
     "Whose name is against getting the public consultation on stroke services started?"], "consultaton")
ask("action-mob", OWNER, "action-owner-initials", [person("Okonjo-Baird")],
    cite(TXT, "Martin Okonjo-Baird (MOB)", "A/17/031", where="minutes: attendance list defines MOB; action log"),
    ["Who is responsible for circulating the revised A&E 4-hour trajectory?",
     "whose action is the revsied 4hr trajectory from the March brd?",
     "Which board member was tasked with sending round the updated emergency department waiting-time forecast?"],
    "revsied")
ask("action-cw", OWNER, "action-owner-initials", [person("Whitcombe")],
    cite(TXT, "Clare Whitcombe (CW)", "A/17/032", where="minutes: CW (not CWM) in the attendance list; action log"),
    ["Who owns the action to report nurse vacancies by staff group and locality?",
     "who's got the action on nurse vacancys by staff group - CW?",
     "Who has to come back to the board with a breakdown of unfilled nursing posts?"], "vacancys")
ask("action-cwm", OWNER, "action-owner-initials", [person("Whitlock-Mensah")],
    cite(TXT, "Catriona Whitlock-Mensah (CWM)", "A/17/022",
         where="minutes: CWM (not CW) in the attendance list; carried-forward action"),
    ["Who owns the action to update the STP engagement plan for the stroke review?",
     "who has the c/f action on the stroke engagment plan?",
     "Who must refresh the public involvement plan for the stroke services review?"], "engagment")
ask("risk-r03-owner", OWNER, "risk-owner", [person("Stanyard")],
    cite(XLSX, "R03", sheet="Risk register", where="risk register R03"),
    ["Who owns the risk that capital for the Quarnford UTC is not secured?",
     "who's the risk ownr for the UTC capital risk (R03)?",
     "Whose name is against the danger that money to build the new walk-in urgent care centre never arrives?"],
    "ownr")

# ---------------------------------------------------------------- milestones (17)

ask("utc-opening", MILESTONE, "moved-date",
    [alts("by end of March 2018", "end of March 2018", "March 2018", "31/03/2018", "31 March 2018", "Mar-18")],
    cite(DOCX, "4.2", where="governance paper 4.2 supersedes 3.8 (Winter 2017/18)"),
    ["When will the Quarnford Urgent Treatment Centre open?",
     "when's the Quarnford UTC opning? plan on a page says winter 17/18",
     "By when should the new walk-in urgent care centre in Quarnford be up and running?"], "opning")
ask("utc-original", MILESTONE, "original-date", [alts("Winter 2017/18", "winter 17/18")],
    cite(PDF, "UEC1 Quarnford Urgent Treatment Centre", where="plan on a page p1, UEC column (before the move)"),
    ["What go-live date did the October 2016 plan on a page give for the Quarnford Urgent Treatment Centre?",
     "what was the orignal UTC go-live on the plan on a page (oct 16)?",
     "Before it slipped, when was the Quarnford walk-in urgent care centre first meant to open?"], "orignal")
ask("pph1-golive", MILESTONE, "day", [on(30, 6, 2017, "30/06/2017")],
    cite(PDF, "PPH1 Stop smoking", where="plan on a page p1, PPH column"),
    ["What is the go-live date for the stop smoking service redesign (PPH1)?",
     "go-live for PPH1 stop smoking redisign?",
     "On what day should the single quit-tobacco service across both councils start?"], "redisign")
ask("mh2-opening", MILESTONE, "moved-date", [alts("Q4 17/18", "Q4 2017/18", "January to March 2018", "Jan-Mar 2018")],
    cite(TXT, "5. MENTAL HEALTH CRISIS HOUSE", "stands.", where="minutes item 5: moved from 30/11/2017"),
    ["When is the Quarnford crisis house (MH2) now expected to open?",
     "when does the MH crisis house open now? heard the propery fell through",
     "Following the loss of the preferred building, when is the six-bed alternative to admission now due?"],
    "propery", as_of="2017-03-20")
ask("acs2-consultation", MILESTONE, "continued-table", [alts("Summer 2017", "summer")],
    cite(PPTX, "Stroke public consultation launched", where="deck slide 3, tracker table without a header row"),
    ["When is the stroke public consultation due to be launched?",
     "when does the stroke consultation go live? ACS2 on the trakcer",
     "When should the public be formally asked for their views on the stroke service changes?"], "trakcer")
ask("plc1-contract", MILESTONE, "continued-table", [on(31, 5, 2017, "31/05/2017")],
    cite(PPTX, "MSK triage contract awarded", where="deck slide 3, tracker table without a header row"),
    ["When is the MSK triage contract due to be awarded?",
     "PLC1 - when's the MSK trige contract awarded?",
     "By what date should a provider have been chosen for the musculoskeletal physio-first triage?"], "trige")
ask("uec3-procurement", MILESTONE, "month", [alts("Sep-17", "September 2017", "Sep 2017", "Sept 2017")],
    cite(PPTX, "111 clinical assessment service procurement complete", where="deck slide 2, tracker"),
    ["When is the procurement of the NHS 111 clinical assessment service due to be complete?",
     "when's the 111 CAS procurment done (UEC3)?",
     "By when should buying the clinical advice service behind the non-emergency phone line be finished?"],
    "procurment")
ask("plc2-golive", MILESTONE, "month", [alts("Jan-18", "January 2018", "Jan 2018")],
    cite(PDF, "PLC2 Rapid diagnostic pathway", where="plan on a page p2, PLC column"),
    ["What is the go-live date of the rapid diagnostic pathway for suspected cancer (PLC2)?",
     "PLC2 rapid diagnostc pathway go-live?",
     "When should the fast-track route for people with vague symptoms that might be cancer be fully live?"],
    "diagnostc")
ask("acs3-payroll", MILESTONE, "deadline", [alts("by end of March 2018", "end of March 2018", "March 2018", "Mar-18")],
    cite(PPTX, "Shared payroll service live", where="deck slide 3, tracker table without a header row"),
    ["When is the shared payroll service due to go live?",
     "ACS3 shared payrol live when?",
     "By when should the two trusts be paying their staff through one joint back-office team?"], "payrol")
ask("pph-next-month", MILESTONE, "relative-window",
    [alts("Alcohol care team", "alcohol", "PPH3"), alts("Sep-17", "September 2017", "Sep 2017", "Sept 2017")],
    cite(PDF, "PPH3 Alcohol care team", where="plan on a page p1: the only PPH date in September 2017"),
    ["What is due next month in the Prevention & Population Health workstream?",
     "anything due nxt month for PPH?",
     "Which prevention milestone falls in the coming calendar month?"], "nxt", as_of="2017-08-10")
ask("uec-next-month", MILESTONE, "relative-window",
    [alts("D2A", "discharge to assess", "UEC2"), on(30, 6, 2017, "30/06/2017")],
    cite(PPTX, "D2A live on both acute sites", where="deck slide 2: the only UEC date in June 2017"),
    ["What is due next month in Urgent & Emergency Care?",
     "what's due for UEC next month? doing the forward plna",
     "Which urgent care milestone falls in the calendar month after this one?"], "plna", as_of="2017-05-15")
ask("mh-next-month", MILESTONE, "relative-window",
    [alts("Crisis house property secured", "crisis house", "MH2"), alts("May-17", "May 2017")],
    cite(PPTX, "Crisis house property secured", where="deck slide 3: the only MH date in May 2017"),
    ["What is due next month in the Mental Health workstream?",
     "what's due in MH next month? any milstones?",
     "Which mental health milestone is coming up in the next calendar month?"], "milstones", as_of="2017-04-12")
ask("acs-this-quarter", MILESTONE, "relative-window",
    [alts("Pathology FBC", "pathology", "ACS1", "full business case")],
    cite(PPTX, "Pathology FBC to both trust boards", where="deck slide 3: the only ACS date in Q4 16/17"),
    ["What is due this quarter in Acute Collaboration & Sustainability?",
     "ACS - what's due this qtr? need it for the higlight report",
     "Which acute collaboration milestone falls in the current three-month NHS period?"], "higlight",
    as_of="2017-02-14")
ask("next-board", MILESTONE, "meeting-date", [on(20, 4, 2017, "20 April 2017")],
    cite(TXT, "8. DATE OF NEXT MEETING", "Thursday 20 April 2017", where="minutes item 8"),
    ["When is the Partnership Board meeting after the one held on 16 March 2017?",
     "when's the partnership brd after the 16 march one? need to book the rooom",
     "On what date do the footprint's top-level partners gather after their mid-March session?"], "rooom")
ask("trajectory-due", MILESTONE, "action-due", [on(13, 4, 2017, "13/04/2017")],
    cite(TXT, "A/17/031", where="minutes action log"),
    ["By when must the revised A&E 4-hour trajectory be circulated?",
     "deadline for the revised 4hr trajectroy action?",
     "By what date should the updated emergency department waiting-time forecast be sent round?"], "trajectroy")
ask("r04-review", MILESTONE, "risk-review", [on(30, 6, 2017, "30/06/2017")],
    cite(XLSX, "R04", sheet="Risk register", where="risk register R04"),
    ["When is the risk of a challenge to the stroke services consultation next due for review?",
     "review date for R04 the stroke JR risk? can't find the colum",
     "When will the danger of a court challenge to the stroke changes next be looked at again?"], "colum")
ask("uec-sro-from", MILESTONE, "effective-date", [on(1, 3, 2017, "1 March 2017")],
    cite(DOCX, "4.1", where="governance paper 4.1"),
    ["From what date does Martin Okonjo-Baird become SRO for Urgent & Emergency Care?",
     "when does MOB take over as UEC SRO? the handover dtae",
     "From what day is the commissioning director formally in charge of the urgent care programme?"], "dtae")

# ---------------------------------------------------------------- must-dos (8)

WS = {"PPH": alts("PPH", "Prevention & Population Health"), "PCC": alts("PCC", "Primary & Community Care"),
      "UEC": alts("UEC", "Urgent & Emergency Care"), "MH": alts("MH", "Mental Health"),
      "PLC": alts("PLC", "Planned Care & Cancer"), "ACS": alts("ACS", "Acute Collaboration & Sustainability")}
MD_SHEET = "Must-dos"

ask("mustdo-no-primary", MUSTDO, "mustdo-gap", [md(8), md(9)],
    cite(XLSX, "8", "Improving quality", sheet=MD_SHEET, where="must-do sheet rows 8-9: no P in either row"),
    ["Which of the nine national must-dos have no primary workstream?",
     "which must dos have no P workstream in T&Q? i.e. nobody leadng",
     "For which national planning requirements has no programme been given the leading role?"], "leadng")
ask("mustdo-none", MUSTDO, "mustdo-gap", [md(8)],
    cite(XLSX, "Learning disabilities", sheet=MD_SHEET, where="must-do sheet row 8: every cell blank"),
    ["Which national must-do has no STP workstream contributing to it at all?",
     "which must-do has no workstream at all, not even an S? asking for the assurnce return",
     "Which national requirement does no programme of this plan help to deliver, even in support?"], "assurnce")
ask("mustdo4-coverage", MUSTDO, "mustdo-coverage", [WS["UEC"], WS["PCC"], WS["MH"]],
    cite(XLSX, "No.", "Urgent & emergency care", sheet=MD_SHEET, where="must-do sheet header and row 4"),
    ["Which workstreams contribute to must-do 4 (urgent and emergency care)?",
     "which workstreams cover MD4? P and S plz, doing the A&E deck tomorow",
     "Which programmes play a part in meeting the national A&E and ambulance requirement?"], "tomorow")
ask("mustdo5-primary", MUSTDO, "mustdo-lead", [WS["PLC"]],
    cite(XLSX, "No.", "Referral to treatment", sheet=MD_SHEET, where="must-do sheet header and row 5"),
    ["Which workstream is primary for must-do 5 (referral to treatment times)?",
     "who's P for MD5 RTT - wich workstream?",
     "Which programme leads on the national 18-week waiting time requirement?"], "wich")
ask("mh-mustdos", MUSTDO, "by-workstream",
    [alts("Urgent & emergency care", "must-do 4", "MD4", "A&E"),
     alts("access standards", "must-do 7", "MD7", "IAPT", "EIP")],
    cite(XLSX, "No.", "Mental health: access", sheet=MD_SHEET, where="must-do sheet MH column, rows 1-7"),
    ["Besides must-do 1, which national must-dos does the Mental Health workstream contribute to, and how?",
     "apart from MD1 which must dos does MH contribute to (P/S)? ta in advnce",
     "Leaving aside the plan itself, which national requirements does the mental health programme help deliver?"],
    "advnce")
ask("pph-mustdo3", MUSTDO, "yes-no", [alts("supporting", "secondary", "not primary"), WS["PCC"]],
    cite(XLSX, "No.", "Key:", sheet=MD_SHEET, where="must-do sheet row 3 and the key row"),
    ["Is Prevention & Population Health the primary workstream for must-do 3 (primary care)? If not, which is?",
     "is PPH the P for MD3 general practise? if not who is",
     "Does the prevention programme lead on sustainable general practice, or only help?"], "practise")
ask("mustdo9-supporting", MUSTDO, "mustdo-coverage", [WS["PCC"], WS["ACS"]],
    cite(XLSX, "No.", "Improving quality", sheet=MD_SHEET, where="must-do sheet header and row 9"),
    ["Which workstreams support must-do 9 (improving quality in organisations)?",
     "which workstreams are S for MD9 quality? anyone primery?",
     "Which programmes help on the national requirement to raise quality in providers?"], "primery")
ask("mustdo2-primary", MUSTDO, "mustdo-lead", [WS["ACS"]],
    cite(XLSX, "No.", "Finance: return", sheet=MD_SHEET, where="must-do sheet header and row 2"),
    ["Which workstream is primary for must-do 2 (financial balance)?",
     "which workstream is P for MD2 finanse?",
     "Which programme leads on getting the footprint's books back into balance?"], "finanse")

# ---------------------------------------------------------------- facts and figures (10)

ask("population", FACT, "figure", [alts("1,124,000", "1.124 million", "1.12 million", "1124000", "1.12m")],
    cite(PDF, "registered population of 1,124,000", where="plan on a page p1, footprint strip"),
    ["What is the registered population of the Tenterby & Quarnford STP footprint?",
     "what's the T&Q populaton?",
     "How many people are registered with GPs across the area this plan covers?"], "populaton")
ask("gap", FACT, "figure", [alts("£164.8m", "164.8")],
    cite(PDF, "£164.8m by 2020/21", where="plan on a page p1, footprint strip"),
    ["What is the do-nothing financial gap for the footprint by 2020/21?",
     "do nothing gap by 20/21 for T&Q? in £m, quick sanity chek",
     "How big a shortfall would the health and care system face in 2020/21 if nothing changed?"], "chek")
ask("uec-savings", FACT, "figure", [alts("£18.9m", "18.9")],
    cite(PDF, "£18.9m a year", where="plan on a page p1, UEC column"),
    ["What savings does the Urgent & Emergency Care workstream plan to make by 2020/21?",
     "UEC savings by 20/21? £m figure for the fin summry",
     "How much a year should the urgent care programme save by the end of the plan period?"], "summry")
ask("beds", FACT, "figure", [alts("1,402", "1402")],
    cite(PPTX, "Acute beds", where="deck slide 4, key figures"),
    ["How many acute beds are planned by 2020/21?",
     "acute beds planned for 20/21 - how many? (vs 1,486 today) for the bed modle",
     "How many hospital beds will the two acute sites have once the plan is delivered?"], "modle")
ask("highest-risk", FACT, "comparison",
    [alts("R01", "recurrent financial gap", "financial gap"), ["20"]],
    cite(XLSX, "R01", "R08", sheet="Risk register", where="risk register, all eight rows"),
    ["Which risk in the strategic risk register has the highest score, and what is the score?",
     "top scoring risk on the register? and its scroe",
     "Which strategic risk is rated the most serious, and how many points does it get?"], "scroe")
ask("risks-15-plus", FACT, "filter", [["R01"], ["R02"], ["R04"]],
    cite(XLSX, "R01", "R08", sheet="Risk register", where="risk register: scores 20, 16, 15"),
    ["Which risks in the risk register score 15 or more?",
     "which risks are 15+ on the register (the red ones that go to the brd)? need the IDs for the agneda",
     "Which strategic risks are rated high enough to be escalated to the partnership?"], "agneda")
ask("mh-initiatives", FACT, "list",
    [alts("Core 24", "liaison psychiatry"), alts("crisis house"), alts("IAPT", "talking therapies")],
    cite(PDF, "MH1 Core 24", where="plan on a page p2, MH column"),
    ["What are the initiatives in the Mental Health workstream?",
     "what initatives are in MH?",
     "What is the mental health programme going to do?"], "initatives")
ask("quorum", FACT, "board-fact", [alts("five other members", "five", "5 other members", "5 members")],
    cite(DOCX, "2.5", where="governance paper 2.5"),
    ["What is the quorum of the STP Partnership Board?",
     "what's the quoram for the partnership brd?",
     "How many people must be present for a partnership board meeting to make decisions?"], "quoram")
ask("pathology-capital", FACT, "figure", [alts("£4.2m", "4.2")],
    cite(TXT, "HD presented the full business case", "£4.2m", where="minutes item 4"),
    ["How much capital did the Partnership Board approve for the shared pathology full business case?",
     "capital for the pathology FBC that the brd aproved?",
     "How much investment money was agreed for joining the two trusts' laboratory services?"], "aproved")
ask("nurse-vacancies", FACT, "figure", [["612"]],
    cite(TXT, "612 registered nurse vacancies", where="minutes item 6"),
    ["How many registered nurse vacancies were reported across the footprint at the end of January 2017?",
     "how many RN vacancies at end of jan 17? figure from the workforse update",
     "How many qualified nursing posts were unfilled across the area at the end of January 2017?"], "workforse")

# ---------------------------------------------------------------- unanswerable (9): 3 off-topic, 6 near-miss

absent("car park", "parking")
ask("parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff car parking permit at Tenterby General Hospital?",
     "how do i get a parking permt at TGH?",
     "Where do I sort out leaving my car at the hospital for my shifts?"], "permt")
absent("annual leave", "carry over", "carry-over")
ask("leave", NONE, "off-topic", [], None,
    ["How many days of annual leave can I carry over into the next leave year?",
     "can i carry ovr leave into next yr? how many days",
     "How much unused holiday am I allowed to take forward to next year?"], "ovr")
absent("password", "nhsmail")
ask("password", NONE, "off-topic", [], None,
    ["How do I reset my NHSmail password?",
     "forgot my nhsmail pasword - how do i reset?",
     "I'm locked out of my work email account; how do I get back in?"], "pasword")
absent("digital clinical lead", "clinical lead for digital", "chief clinical information officer", "cci")
assert not re.search(r"digital[^.]{0,80}clinical lead", EVERYTHING)
ask("digital-clinical-lead", NONE, "near-miss", [], None,
    ["Who is the clinical lead for the Digital enabler?",
     "who's clin lead for digital / the shared care recrd?",
     "Which clinician leads on the shared care record work from a clinical point of view?"], "recrd")
absent("2021/22", "21/22", "2021")
ask("savings-2122", NONE, "near-miss", [], None,
    ["What savings does the Planned Care & Cancer workstream plan to make in 2021/22?",
     "PLC savings for 21/22? £m figur",
     "How much should the elective and cancer programme save in the year after the plan ends?"], "figur")
absent("tcp lead", "transforming care partnership lead", "lead for transforming care", "learning disabilities lead")
assert not re.search(r"transforming care partnership[^.]{0,60}(lead|chair|sro)", EVERYTHING)
ask("tcp-lead", NONE, "near-miss", [], None,
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who's the TCP lead for LD in T&Q? must do 8 is blank so assume it's someone ouside the STP",
     "Who is in charge of the learning disability transformation plan that must-do 8 is handed to?"], "ouside")
assert not any(re.search(r"utc|urgent treatment centre", t.lower()) and "£" in t
               for u in U.values() for t in u.values() for t in t.splitlines())
ask("utc-capital", NONE, "near-miss", [], None,
    ["What is the capital cost of the Quarnford Urgent Treatment Centre?",
     "how much capital is the Quarnford UTC bid for? £m pls, for the capitl plan",
     "How much will it cost to build the new walk-in urgent care centre in Quarnford?"], "capitl")
absent("closing date", "consultation closes", "consultation will close", "close on", "closes on")
ask("stroke-consultation-close", NONE, "near-miss", [], None,
    ["When does the stroke services public consultation close?",
     "closing date for the stroke consulation?",
     "What is the last day the public can give their views on the stroke changes?"], "consulation")
assert not re.search(r"\d+ (gp )?practices", EVERYTHING) and "practices" not in WORDS
ask("practice-count", NONE, "near-miss", [], None,
    ["How many GP practices are there in the Tenterby & Quarnford footprint?",
     "how many GP practices in T&Q? for the extended acess rollout",
     "How many family doctor surgeries does the area covered by this plan have?"], "acess")

# ---------------------------------------------------------------- write

assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
facts = {i["fact"] for i in ITEMS}
assert len(facts) == 60 and len(TYPOS) == 60 and len(set(TYPOS.values())) == 60
assert sum(1 for i in ITEMS if i["expect_no_answer"]) == 27
with (HERE / "questions.jsonl").open("w") as out:
    for item in ITEMS:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
missing = bank_tools.check(HERE / "questions.jsonl", PAPERS)
assert missing == 0
kinds = {}
for i in ITEMS:
    if i["phrasing"] == "formal":
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
print(f"wrote {len(ITEMS)} questions, {len(facts)} facts: {kinds}")
