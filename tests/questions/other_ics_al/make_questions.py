"""Write questions.jsonl for the Cawdermoor & Lyndhithe STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx
'Sheet!row', pptx slides), and the first alternative of every gold group must be in that window. Facts that need a
step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the annex's initiative tables are read back from the extracted text: each ref line starts a row, each
    "<date>: <milestone>" line is a milestone of that row; the owners and dates asked about are asserted there;
  - the must-do matrix is read by text position (pypdf's visitor): a tick belongs to the must-do whose heading number
    is above it and to the priority whose label is level with it;
  - the savings table's rows are re-added against its Total row and column;
  - relative windows are checked over every milestone after the approved changes (change log: CR-01, CR-03 approved,
    CR-02 rejected; minutes: CR-05 approved, LC3 moved), each window holding exactly the gold rows of its plan area.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent.parent / "brief_al", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
ANNEX = "01_CL_STP_Annex1_Local_Delivery_Plans_v1.3_28Oct2016.pdf"
TOR = "02_CL_STP_Programme_Board_Terms_of_Reference_07Dec2016.docx"
CRLOG = "03_CL_STP_Change_Request_Log_24Feb2017.xlsx"
MINUTES = "04_CL_STP_Partnership_Board_Minutes_16Mar2017.pdf"
BRIEF = "05_CL_STP_Staff_Briefing_Apr2017.pptx"
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


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


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
        ITEMS.append({"id": f"al-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"al-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the annex
# ---------------------------------------------------------------------------------------------------------------
DATE_RE = (r"(Qtr \d \d\d/\d\d|[A-Z][a-z]{2}-\d\d|\d\d/\d\d/\d{4}|(?:Spring|Summer|Autumn|Winter) \d{4}(?:/\d\d)?|TBC)"
           r": (.+)")
ROWS, ROW_PAGE, MILES = {}, {}, {}
ref = None
for pg in (1, 2, 3):
    for line in U[ANNEX][pg].splitlines():
        line = line.strip()
        if re.fullmatch(r"(CC|LC|UW)\d", line):
            ref = line
            ROWS[ref], ROW_PAGE[ref], MILES[ref] = [], pg, []
        elif ref:
            ROWS[ref].append(line)
            m = re.fullmatch(DATE_RE, line)
            if m:
                MILES[ref].append([m.group(1), m.group(2)])
            elif line.startswith("Public consultation: time frame"):
                MILES[ref].append(["unknown", line])
assert len(ROWS) == 12, sorted(ROWS)
row_text = {r: norm(" ".join(v)) for r, v in ROWS.items()}
for r, names in {"CC2": ["Rachel Ombudo-Finch", "Dr Laszlo Berrington"], "CC3": ["Achebe-Ward", "Delacroix"],
                 "LC2": ["Priya Kanagaratnam", "Mr Alun Treharne"], "UW2": ["Marcus Heywood-Lane", "Joanna Pike"],
                 "LC1": ["Graham Tolliver", "Deputy Chief Executive, LCHT"]}.items():
    for n in names:
        assert norm(n) in row_text[r], (r, n)
assert ["01/10/2017", "service live"] in MILES["LC2"] and ["31/07/2017", "crisis house opens"] in MILES["CC3"]
assert ["TBC", "Hub 2 (Mossley Bank) open"] in MILES["UW1"] and ["Spring 2017", "public consultation"] in MILES["UW4"]
assert ["Apr-17", "pilot clinic starts"] in MILES["LC3"] and MILES["LC4"][1][0] == "unknown"
assert ROW_PAGE["CC1"] == 1 and ROW_PAGE["CC3"] == 2 and ROW_PAGE["UW4"] == 3  # CC table runs over a page break
assert U[ANNEX][2].count("Scheme owner(s)") == 2 and U[ANNEX][3].count("Scheme owner(s)") == 1  # repeated headers
MD_COL = {r: [int(x) for x in re.findall(r"\d", [l for l in ROWS[r] if re.fullmatch(r"\d(, \d)*", l)][-1])]
          for r in ROWS}  # the must-dos addressed cell: a bare "2, 9"
assert MD_COL["LC4"] == [2, 9] and [r for r in ROWS if 5 in MD_COL[r]] == ["LC2"], MD_COL


def runs(file, page_no):
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def mustdo_matrix():
    pg = [k for k, v in U[ANNEX].items() if "Our priorities against the nine national must-dos" in v][0]
    rs = runs(ANNEX, pg)
    cols = {}
    for x, y, t in rs:
        m = re.match(r"([1-9]) [A-Z]", t)
        if m and y > 400 and int(m.group(1)) not in cols:
            cols[int(m.group(1))] = x
    assert sorted(cols) == list(range(1, 10)), cols
    rows = {re.match(r"P\d", t).group(): y for x, y, t in rs if re.match(r"P\d ", t)}
    assert len(rows) == 7, rows
    out = {r: [] for r in rows}
    for x, y, t in rs:
        if t == "\u2713":
            r = min(rows, key=lambda k: abs(rows[k] - y))
            assert abs(rows[r] - y) < 4, (x, y)
            n = min(cols, key=lambda k: abs(cols[k] - x))
            out[r].append(n)
    return pg, {r: sorted(v) for r, v in out.items()}


MD_PAGE, MDX = mustdo_matrix()
covering = lambda n: sorted(r for r, v in MDX.items() if n in v)  # noqa: E731
assert all(1 in v for v in MDX.values())
assert [n for n in range(1, 10) if not covering(n)] == [8]
assert covering(4) == ["P2", "P3"] and covering(2) == ["P6", "P7"] and covering(6) == ["P4"]
assert MDX["P6"] == [1, 2, 9] and 7 in MDX["P3"]


def savings():
    lines = [l.strip() for l in U[ANNEX][MD_PAGE].splitlines()]
    out = {}
    for i, l in enumerate(lines):
        if l in ("Cawdermoor City", "Lyndhithe Coast", "Upper Wend Valley", "Total") or l.startswith("Footprint-wide"):
            vals = lines[i + 1:i + 7]
            if all(re.fullmatch(r"\d+\.\d", v) for v in vals):
                out[l.split(" (")[0]] = [float(v) for v in vals]
    return out


FIN = savings()
assert len(FIN) == 5, FIN
for k, v in FIN.items():
    assert round(sum(v[:5]), 1) == v[5], k
for j in range(6):
    assert round(sum(v[j] for k, v in FIN.items() if k != "Total"), 1) == FIN["Total"][j]
AREAS3 = ["Cawdermoor City", "Lyndhithe Coast", "Upper Wend Valley"]
assert max(AREAS3, key=lambda a: FIN[a][5]) == "Cawdermoor City" and FIN["Cawdermoor City"][5] == 74.0
assert FIN["Total"][1] == 31.1 and "savings of £31.1m planned for 2017/18" in norm(U[MINUTES][1]).replace("\n", " ")

# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows, after the approved changes
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(text):
    t = text.lower()
    if t in ("tbc", "unknown"):
        return None
    m = re.fullmatch(r"qtr (\d) (\d\d)/\d\d", t)
    if m:
        q, y = int(m.group(1)), 2000 + int(m.group(2))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)
    m = re.fullmatch(r"([a-z]{3})-(\d\d)", t)
    if m:
        y, mo = 2000 + int(m.group(2)), MON[m.group(1)]
        return date(y, mo, 1).toordinal(), month_end(y, mo)
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", t)
    if m:
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).toordinal()
        return d, d
    m = re.fullmatch(r"(spring|summer|autumn|winter) (\d{4})(?:/\d\d)?", t)
    if m:
        y = int(m.group(2))
        sm = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[m.group(1)]
        return date(y, sm, 1).toordinal(), month_end(y + (sm == 12), (sm + 2 - 1) % 12 + 1)
    raise AssertionError(text)


CR = {U[CRLOG][k].split(" | ")[0]: U[CRLOG][k].split(" | ") for k in U[CRLOG] if k.startswith("Change requests!")
      and re.match(r"CR-\d", U[CRLOG][k])}
assert CR["CR-01"][7] == "Approved" and CR["CR-02"][7] == "Rejected" and CR["CR-03"][7] == "Approved"
assert CR["CR-04"][7] == "Approved" and CR["CR-05"][7] == "Deferred"
MIN = norm(U[MINUTES][1])
assert "approved moving the public consultation" in MIN and "will start on 15 may 2017" in MIN
LATEST = {r: [(lbl, period(d)) for d, lbl in ms] for r, ms in MILES.items()}


def change(r, label, new):
    LATEST[r] = [(lbl, new if lbl == label else p) for lbl, p in LATEST[r]]


change("LC2", "service live", period(CR["CR-01"][5]))       # CR-01 approved
change("UW1", "Hub 2 (Mossley Bank) open", period(CR["CR-03"][5]))  # CR-03 approved (was TBC)
change("UW4", "public consultation", period("Summer 2017"))  # CR-05 approved by the Partnership Board
change("LC3", "pilot clinic starts", period("15/05/2017"))   # minutes 17/024
# CR-02 rejected: CC3 stays 31/07/2017


def due_in(area, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for r, ms in LATEST.items():
        if not r.startswith(area):
            continue
        for lbl, p in ms:
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add((r, lbl))
            elif p[0] <= e and p[1] >= s:
                partial.add((r, lbl))
    return inside, partial


assert due_in("CC", date(2017, 1, 1), date(2017, 3, 31)) == (
    {("CC1", "localities 1-3 live"), ("CC2", "GP streaming in the emergency department"),
     ("CC3", "voluntary sector partner selected")}, set())
assert due_in("UW", date(2017, 1, 1), date(2017, 3, 31)) == (
    {("UW1", "Hub 1 (Wendbridge) open"), ("UW2", "pathway 1 (home) live")}, set())
assert due_in("LC", date(2017, 12, 1), date(2017, 12, 31)) == ({("LC2", "service live")}, set())
assert due_in("CC", date(2017, 7, 1), date(2017, 7, 31)) == ({("CC3", "crisis house opens")}, set())
assert due_in("LC", date(2017, 5, 1), date(2017, 5, 31)) == ({("LC3", "pilot clinic starts")}, set())

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
SRO_T = page(ANNEX, 1, where="annex para 3: plan-area SRO table")
ask("cc-sro", OWNER, "role-holder", [["Pemberton"]], SRO_T,
    ["Who is the Senior Responsible Officer for the Cawdermoor City plan area?",
     "who's SRO for cawdermoor city (CC)? need them for the LDB agnda",
     "Who has overall accountability for delivering the plan in the city part of the footprint?"], "agnda")
ask("lc-sro-now", OWNER, "changed-owner", [["Gorrell"]],
    cite(MINUTES, "17/022 Leadership changes", where="minutes 17/022: Tamsin Gorrell SRO for Lyndhithe Coast from "
         "1 April 2017 (the annex and ToR name Julian Merriweather)"),
    ["Who is the Senior Responsible Officer for Lyndhithe Coast?",
     "who's the SRO for lyndhithe coast now? annex says julian but hes retirng",
     "Who is now in overall charge of the plan for the coastal part of the footprint?"],
    "retirng", as_of="2017-04-20")
ask("lc-sro-before", OWNER, "previous-holder", [["Merriweather"]], SRO_T,
    ["Who was the SRO for Lyndhithe Coast in February 2017?",
     "who was LC SRO back in feb 17, before the handover? for the audit trial",
     "Before the CCG's accountable officer took over the coastal plan, who had been leading it?"],
    "trial", as_of="2017-02-15")
ask("stp-lead", OWNER, "role-holder", [["Alderwood"]], page(ANNEX, 1, where="annex para 2: STP Lead"),
    ["Who is the STP Lead for Cawdermoor & Lyndhithe?",
     "who's the STP lead for C&L? the CHUFT CE i think but want to be sur",
     "Which chief executive heads the whole footprint's plan?"], "sur")
ask("pb-chair", OWNER, "governance", [["Tallis"]], page(ANNEX, 1, where="annex para 2: Independent Chair"),
    ["Who chairs the STP Partnership Board?",
     "who chairs the partnership brd? independant chair i think",
     "Who runs the meetings of the top board that all the partner organisations sit on?"], "independant")
ask("finance-deputy", OWNER, "deputy", [["Chaudry"]],
    cite(TOR, "Finance lead |", where="ToR section 3, membership table: Finance lead row, Nominated deputy column"),
    ["Who is the nominated deputy for the finance lead on the STP Programme Board?",
     "if duncan sallow cant make prog board, who goes insted?",
     "Who stands in for the finance director at the monthly delivery meeting when he is away?"], "insted")
ask("lc-sro-deputy", OWNER, "deputy", [["Tolliver"]],
    cite(TOR, "SRO, Lyndhithe Coast |", where="ToR membership table: SRO Lyndhithe Coast row, Nominated deputy"),
    ["Who is the nominated deputy of the Lyndhithe Coast SRO on the Programme Board?",
     "who deputises for the LC SRO at PB? need a name for the rota, thnks",
     "When the person accountable for the coastal plan cannot attend, who comes in their place?"], "thnks")
ask("crg-deputy", OWNER, "filled-tbc", [["Halloway"]],
    cite(MINUTES, "17/022 Leadership changes", where="minutes 17/022: the TBC CRG deputy filled from 1 March 2017"),
    ["Who is the deputy chair of the Clinical Reference Group?",
     "ToR says TBC for the CRG deputy, has anyone been apointed?",
     "Which GP stands in for Dr Marchetti when she cannot lead the clinicians' forum?"],
    "apointed", as_of="2017-04-01")
ask("cc2-clin-owner", OWNER, "changed-owner", [["Haraldsen"]],
    cite(CRLOG, "CR-04", sheet="Change requests", where="change log CR-04 approved: clinical owner of CC2 from "
         "01/03/2017 (the annex names Dr Laszlo Berrington)"),
    ["Who is the clinical scheme owner for the urgent treatment centre at Cawdermoor General Infirmary (CC2)?",
     "clinical owner for CC2 UTC now berrington has left? need to updte the contacts",
     "Which doctor now speaks for the emergency department in the plan for a walk-in centre at the city hospital?"],
    "updte", as_of="2017-03-15")
ask("lc2-owners", OWNER, "owner-list", [["Kanagaratnam"], ["Treharne"]],
    page(ANNEX, ROW_PAGE["LC2"], where="LC table, row LC2, Scheme owner(s) cell (two people)"),
    ["Who are the scheme owners of the musculoskeletal single point of access (LC2)?",
     "who owns LC2 the MSK SPA? both names pls, physio team askng",
     "Who is responsible for the single referral route for back and joint problems on the coast?"], "askng")
ask("uw2-owners", OWNER, "owner-list", [person("Heywood-Lane"), ["Pike"]],
    page(ANNEX, ROW_PAGE["UW2"], where="UW table, row UW2, Scheme owner(s) cell"),
    ["Who are the scheme owners for discharge to assess in Upper Wend Valley (UW2)?",
     "who owns D2A in UWV? both owners pls, ward mangers want to know",
     "Who is responsible for getting medically fit patients home from Wendbridge and assessed there?"], "mangers")
ask("prog-director", OWNER, "governance", [["Latchford"]],
    cite(TOR, "STP Programme Director |", where="ToR membership table: STP Programme Director"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director? want to send her the PMO reprot",
     "Who runs the programme office side of the footprint's plan day to day?"], "reprot")
ask("tolliver-role", OWNER, "role-of-person", [["Deputy Chief Executive"]],
    page(ANNEX, ROW_PAGE["LC1"], where="LC table, rows LC1 and LC4: Graham Tolliver's title"),
    ["What is Graham Tolliver's job title?",
     "what's graham tolliver's role at LCHT? sorting the distribtion list",
     "What post does the man who co-owns the coastal frailty unit and the community bed review hold?"],
    "distribtion")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("lc2-live-moved", MILESTONE, "moved-date", [on(1, 12, 2017, "01/12/2017")],
    cite(CRLOG, "CR-01", sheet="Change requests", where="change log CR-01 approved 08/02/2017: LC2 service live "
         "01/10/2017 -> 01/12/2017"),
    ["When is the musculoskeletal single point of access (LC2) due to go live?",
     "go live date for the MSK SPA? annex says oct but i heard its slipd",
     "When will the new single referral route for back and joint problems on the coast start taking patients?"],
    "slipd", as_of="2017-03-01")
ask("lc2-live-original", MILESTONE, "original-date", [on(1, 10, 2017, "01/10/2017")],
    page(ANNEX, ROW_PAGE["LC2"], where="LC table, row LC2, Key milestones: 01/10/2017 service live (v1.3)"),
    ["What go-live date did the October 2016 annex give for the musculoskeletal single point of access?",
     "what was the original LC2 go live in annex 1 v1.3? for the varience report",
     "Before it slipped, when was the coastal back and joint referral service first meant to open?"], "varience")
ask("cc3-open", MILESTONE, "rejected-change", [on(31, 7, 2017, "31/07/2017")],
    cite(CRLOG, "CR-02", sheet="Change requests", where="change log CR-02 Rejected: crisis house stays 31/07/2017"),
    ["When is the crisis house (CC3) due to open?",
     "when does the CC3 crisis house open? someone said sept, is that rite?",
     "When will the city's alternative to a psychiatric admission for adults in crisis open its doors?"],
    "rite", as_of="2017-03-01")
ask("uw1-hub2", MILESTONE, "filled-tbc", [on(3, 7, 2017, "03/07/2017")],
    cite(CRLOG, "CR-03", sheet="Change requests", where="change log CR-03 approved: Hub 2 TBC -> 03/07/2017"),
    ["When will the second extended access hub (Mossley Bank) open?",
     "annex has hub 2 at mossley bank as TBC, do we have a date yett?",
     "When can patients start getting evening and weekend GP appointments at Mossley Bank?"],
    "yett", as_of="2017-03-01")
ask("uw4-consult", MILESTONE, "moved-date", [["Summer 2017"]],
    cite(MINUTES, "17/023 Change requests", where="minutes 17/023: CR-05 approved, Spring 2017 -> Summer 2017"),
    ["When will the public consultation on hyper-acute stroke services in Upper Wend Valley take place?",
     "when's the UW4 stroke consultaton now? was spring",
     "When will people in the valley be asked for their views on where stroke patients are treated first?"],
    "consultaton", as_of="2017-03-20")
ask("lc3-pilot", MILESTONE, "moved-date", [on(15, 5, 2017, "15 May 2017")],
    cite(MINUTES, "17/024 Lyndhithe Coast delivery report", where="minutes 17/024: LC3 pilot from 15 May 2017 "
         "(annex: Apr-17)"),
    ["When will the rapid diagnostic clinic pilot (LC3) start?",
     "start date for the LC3 RDC pilot? annex said april, radiology asking agian",
     "When does the trial clinic for people with unexplained symptoms that might be cancer begin?"],
    "agian", as_of="2017-03-20")
ask("lc4-consult", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "not yet known", "no date"]],
    page(ANNEX, ROW_PAGE["LC4"], where="LC table, row LC4: Public consultation: time frame as yet unknown"),
    ["When will the public consultation on the community hospital bed review take place?",
     "when's the LC4 community hosp beds consultation? healthwatch want to knwo",
     "When will the public get their say on concentrating inpatient beds at Saltings and Hethercombe?"], "knwo")
ask("cc1-all", MILESTONE, "day", [on(30, 9, 2017, "30/09/2017")],
    page(ANNEX, ROW_PAGE["CC1"], where="CC table, row CC1: all six localities live"),
    ["By when will all six integrated locality teams in Cawdermoor City be live?",
     "when are all 6 CC localities meant to be up and runing?",
     "When should every part of the city have its joined-up community team working?"], "runing")
ask("cc2-utc", MILESTONE, "season", [["Winter 2017/18"]],
    page(ANNEX, ROW_PAGE["CC2"], where="CC table, row CC2: urgent treatment centre designated"),
    ["When will the urgent treatment centre at Cawdermoor General Infirmary be designated?",
     "when does the CGI UTC get designated? ED team keep askin",
     "When is the city hospital's walk-in front door due to get its official new status?"], "askin")
ask("win-cc-q4", MILESTONE, "relative-window",
    [["localities 1-3", "locality teams", "CC1"], ["GP streaming", "CC2"], ["voluntary sector partner", "CC3"]],
    page(ANNEX, 1, 2, where="CC table: Qtr 4 16/17 (CC1), Jan-17 (CC2), Feb-17 (CC3)"),
    ["Which Cawdermoor City milestones are due this quarter?",
     "what's due in CC this qtr? prepping the LDB higlight report",
     "What is the city plan meant to achieve between now and the end of the financial year in March?"],
    "higlight", as_of="2017-01-15")
ask("win-uw-q4", MILESTONE, "relative-window",
    [["Hub 1", "Wendbridge", "UW1"], ["pathway 1", "discharge to assess", "UW2"]],
    page(ANNEX, 3, where="UW table: 01/03/2017 (UW1), Qtr 4 16/17 (UW2)"),
    ["Which Upper Wend Valley milestones fall due this quarter?",
     "anything due in UWV this qtr? board meating next week",
     "What should the valley's plan have delivered by the end of the current three-month period?"],
    "meating", as_of="2017-02-10")
ask("win-lc-next", MILESTONE, "relative-window", [["service live", "musculoskeletal", "MSK", "LC2"]],
    cite(CRLOG, "CR-01", sheet="Change requests", where="CR-01 approved: LC2 service live 01/12/2017"),
    ["Which Lyndhithe Coast milestones are due next month?",
     "what's coming up for LC next month? comms want a heads upp",
     "What is the coastal plan due to deliver in the coming calendar month?"],
    "upp", as_of="2017-11-10")
ask("win-cc-next", MILESTONE, "relative-window", [["crisis house", "CC3"]],
    cite(CRLOG, "CR-02", sheet="Change requests", where="CR-02 rejected: CC3 crisis house still 31/07/2017"),
    ["Which Cawdermoor City milestones are due next month?",
     "any CC milestones next month? doing the forwrd look",
     "What is the city plan due to deliver in the calendar month after this one?"],
    "forwrd", as_of="2017-06-15")
ask("win-lc-month", MILESTONE, "relative-window", [["rapid diagnostic", "diagnostic clinic", "LC3"]],
    cite(MINUTES, "17/024 Lyndhithe Coast delivery report", where="minutes 17/024: LC3 pilot starts 15 May 2017"),
    ["Which Lyndhithe Coast milestones are due this month?",
     "what's due in LC this month? quick one for the huddel",
     "What is the coastal plan due to deliver before the current calendar month is out?"],
    "huddel", as_of="2017-05-03")
ask("pb-meeting", MILESTONE, "meeting-date", [on(16, 3, 2017, "16 March 2017")],
    page(MINUTES, 1, where="minutes heading"),
    ["On what date did the STP Partnership Board approve Tamsin Gorrell as SRO for Lyndhithe Coast?",
     "which brd meeting signed off tamsin as LC SRO, what date? for the minuts",
     "When did the top board meet and agree who would take over the coastal plan?"], "minuts")
ask("next-meeting", MILESTONE, "meeting-date", [on(18, 5, 2017, "18 May 2017")],
    page(MINUTES, 1, where="minutes: date of next meeting"),
    ["When is the Partnership Board meeting after 16 March 2017?",
     "when's the next partnership brd after march? need to book the rom",
     "When will the top board next sit after its March session?"], "rom")
ask("tracker-due", MILESTONE, "deadline", [on(24, 3, 2017, "24 March 2017")],
    cite(MINUTES, "ACTION: Imogen Latchford", where="minutes 17/026 action: revised milestone tracker by 24 March"),
    ["By when is the Programme Director to circulate the revised milestone tracker?",
     "when's imogen sending round the revised trackr?",
     "By what date should the updated list of delivery dates reach Board members after the March meeting?"],
    "trackr")
ask("gorrell-from", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    cite(MINUTES, "17/022 Leadership changes", where="minutes 17/022: with effect from 1 April 2017"),
    ["From what date does Tamsin Gorrell become SRO for Lyndhithe Coast?",
     "when does tamsin take over as LC SRO? updating the org chrat",
     "From when is the Lyndhithe CCG accountable officer in charge of the coastal plan?"], "chrat")
ask("cr01-approved", MILESTONE, "decision-date", [on(8, 2, 2017, "08/02/2017")],
    cite(CRLOG, "CR-01", sheet="Change requests", where="change log CR-01: decision date"),
    ["On what date did the Programme Board approve moving the LC2 go-live?",
     "when was CR-01 (MSK go live) aproved?",
     "When was the later opening of the coastal back and joint service agreed?"], "aproved")
ask("briefings", MILESTONE, "date-list",
    [on(25, 4, 2017, "25 April 2017"), on(3, 5, 2017, "3 May 2017"), on(11, 5, 2017, "11 May 2017")],
    page(BRIEF, 3, where="staff briefing slide 3: three session dates"),
    ["When are the STP staff briefing sessions being held?",
     "dates for the STP staff briefings? want to go to one, whichever is eaiser",
     "On which days can staff go along to hear about the footprint's plan in person?"], "eaiser")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (matrix read by position; initiatives' must-do cells from the annex rows)
# ---------------------------------------------------------------------------------------------------------------
MDS = page(ANNEX, MD_PAGE, where="annex section 3: must-do matrix, ticks read by position")
PR = {"P2": ["P2", "Out-of-hospital care", "localities and general practice"],
      "P3": ["P3", "Urgent & emergency care", "Urgent and emergency care"],
      "P4": ["P4", "Planned care & cancer", "Planned care and cancer", "Planned care"],
      "P6": ["P6", "Acute services collaboration"], "P7": ["P7", "Productivity & back office", "back office"]}


def mdx(n, *first):
    return alts(*first, *[f for f in md(n) if f not in ("Primary care", "UEC", "STP", "STPs")])


ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")], MDS,
    ["Which national must-do is not covered by any of the STP's local priorities?",
     "which must do has no priority ticked against it? CRG asked about gapps",
     "Which of the nine national requirements does none of our own priorities pick up?"], "gapps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [PR["P2"], PR["P3"]], MDS,
    ["Which local priorities contribute to must-do 4, the A&E and ambulance standards?",
     "which priorities are ticked for MD4 (A&E/ambulance)? 4hr plan drafting, ta, urgnt",
     "Which of our priorities help with emergency department waits and ambulance response times?"], "urgnt")
ask("md2-cover", MUSTDO, "mustdo-coverage", [PR["P6"], PR["P7"]], MDS,
    ["Which local priorities contribute to must-do 2, returning the system to financial balance?",
     "which priorities tick MD2 financial balance? DoFs asking, need it by tmrw",
     "Which of our priorities are lined up against getting the local NHS's books back to break-even?"], "tmrw")
ask("md6-cover", MUSTDO, "mustdo-coverage", [PR["P4"]], MDS,
    ["Which local priority contributes to the cancer 62-day must-do?",
     "which priority covers MD6 cancer? cancer aliance meeting tomorrow",
     "Which of our priorities is lined up against the national target for starting treatment within two months "
     "of an urgent referral for suspected cancer?"], "aliance")
ask("p6-mustdos", MUSTDO, "by-priority", [mdx(2, "Financial balance"), mdx(9, "Quality")], MDS,
    ["Apart from must-do 1, which national must-dos does priority P6 Acute services collaboration contribute to?",
     "other than MD1, which must dos are ticked for P6 acute collab? for the acute servces paper",
     "Besides the plan itself, which national requirements is the hospitals-working-together priority lined up "
     "against?"], "servces")
ask("p3-md7", MUSTDO, "yes-no", [["contributes", "yes", "ticked", "tick"]], MDS,
    ["Does priority P3 Urgent & emergency care contribute to the mental health must-do?",
     "is P3 UEC ticked for MD7 mental health? y/n, checking befor the MH board",
     "Does the A&E and urgent care priority count towards the national mental health access target?"], "befor")
ask("md5-initiative", MUSTDO, "by-initiative", [["LC2", "Musculoskeletal", "MSK"]],
    page(ANNEX, ROW_PAGE["LC2"], where="initiative tables, Must-dos addressed column: only LC2 gives 5"),
    ["Which initiative addresses must-do 5, the 18-week referral to treatment standard?",
     "which scheme is down against MD5 RTT? planned care wnat to know",
     "Which of the local schemes is meant to help with waiting times for routine operations?"], "wnat")
ask("lc4-mustdos", MUSTDO, "by-initiative", [mdx(2, "Financial balance"), mdx(9, "Quality")],
    page(ANNEX, ROW_PAGE["LC4"], MD_PAGE, where="LC4 row, Must-dos addressed '2, 9'; names in the matrix header"),
    ["Which national must-dos does the community hospital bed review (LC4) address?",
     "which MDs does LC4 (community beds) address? for the consultation docmnt",
     "Which national requirements is the plan to concentrate beds at two community hospitals meant to serve?"],
    "docmnt")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure", [["1,184,300", "1184300", "1.18 million", "1.18m"]],
    page(ANNEX, 1, where="annex para 1: registered population"),
    ["What is the registered population of the Cawdermoor & Lyndhithe footprint?",
     "registered pop for C&L STP? for a bid, quick one plz",
     "How many people are registered with GPs across the area the plan covers?"], "plz")
ask("gap", FACT, "figure", [["£318.4m", "318.4", "318.4m", "£318m"]],
    page(ANNEX, 1, where="annex para 2: financial gap by 2020/21"),
    ["What is the footprint's financial gap by 2020/21 if nothing changes?",
     "do nothing gap by 20/21? for a presentaion",
     "If nothing changed, how big a hole would the local health budget have by the end of the plan?"], "presentaion")
ask("cc-total", FACT, "figure", [["74.0", "£74m", "74m", "£74.0m"]],
    page(ANNEX, MD_PAGE, where="annex section 4: savings table, Cawdermoor City row, Total column"),
    ["What are Cawdermoor City's total savings from 2016/17 to 2020/21?",
     "CC total savings over the 5 yrs in £m? finance subgroup askd",
     "Across the whole plan, how much is the city's local delivery plan meant to save?"], "askd")
ask("largest-area", FACT, "comparison", [["Cawdermoor City"]],
    page(ANNEX, MD_PAGE, where="annex section 4: savings table, Total column of the three plan areas"),
    ["Which of the three plan areas is expected to deliver the largest total savings?",
     "which plan area saves the most overall (not counting footprint wide)? want to be shure",
     "Which of the three local areas is meant to bring in the most money over the life of the plan?"], "shure")
ask("bed-cut", FACT, "figure", [["165"]],
    cite(CRLOG, "Planned reduction in acute beds", sheet="Key figures", where="Key figures: 165 beds"),
    ["By how many acute beds is the footprint planning to reduce by 2020/21?",
     "how many acute beds are we cutting by 20/21? unions want the numbr",
     "How many fewer hospital beds will there be at the end of the plan?"], "numbr")
ask("gp-invest", FACT, "figure", [["26.5", "£26.5m", "26.5m"]],
    cite(CRLOG, "Investment in general practice", sheet="Key figures", where="Key figures: 26.5 (£m)"),
    ["How much is to be invested in general practice by 2020/21?",
     "GP investment by 20/21, how many £m? LMC want to knw",
     "How much extra money is going into family doctors' surgeries over the plan?"], "knw")
ask("residual-1718", FACT, "figure", [["£41.2m", "41.2"]],
    cite(MINUTES, "17/025 Finance", where="minutes 17/025: residual gap £41.2m"),
    ["What residual gap do the 2017/18 control totals leave across the footprint?",
     "what's the residual gap for 17/18 after control totals? DoF meeting at 3, bit urgnet",
     "After the local savings, how much is still missing from next year's budget across the area?"], "urgnet")
ask("areas", FACT, "list", [["Cawdermoor City"], ["Lyndhithe Coast"], ["Upper Wend Valley"]], SRO_T,
    ["What are the plan areas of the Cawdermoor & Lyndhithe STP?",
     "what are the plan areas in the STP? new starter, tryin to get my head round it",
     "Into which local patches is the footprint's plan divided?"], "tryin")
ask("quorum", FACT, "board", [["six members", "six", "6"]],
    cite(TOR, "2.2 The meeting is quorate", where="ToR 2.2: quorum"),
    ["How many members make the STP Programme Board quorate?",
     "whats the quorum for prog board? chair worried we wont have enuf",
     "How many people need to be in the room for the monthly delivery meeting to make decisions?"], "enuf")
ask("pgb-rule", FACT, "board", [["second Wednesday of each month", "second Wednesday"]],
    cite(TOR, "2.1 The Programme Board meets", where="ToR 2.1: meeting rule"),
    ["When does the STP Programme Board meet?",
     "when does prog board meet, which day of the mnth?",
     "On what regular day is the monthly delivery meeting held?"], "mnth")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "vicechair")
ask("nm-vice-chair", NONE, "near-miss", [], page(ANNEX, 1, where="annex para 2 names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership brd? need someone to sign the lettr",
     "If the independent chair of the top board is away, who takes the chair?"], "lettr")
wf = [v for v in U[TOR].values() if v.startswith("Workforce lead |")]
assert wf and wf[0].endswith("| \u2014")
absent("castleton's deputy", "deputy for the workforce", "deputy workforce", "deputy director of workforce")
ask("nm-wf-deputy", NONE, "near-miss", [],
    cite(TOR, "Workforce lead |", where="ToR membership table: Workforce lead, deputy a dash"),
    ["Who is the nominated deputy for the Workforce lead on the Programme Board?",
     "who deputises for yvonne castleton at PB? the ToR just has a dash, any nme?",
     "When the director of workforce can't come to the monthly delivery meeting, who is sent instead?"], "nme")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [], page(ANNEX, MD_PAGE, where="savings table stops at 2020/21"),
    ["What savings is Cawdermoor City expected to deliver in 2021/22?",
     "CC savings for 21/22? finance want the yr after the plan, any figurs?",
     "How much will the city's plan save in the year after the plan finishes?"], "figurs")
absent("closing date", "consultation close", "consultation closes", "consultation will close", "consultation ends")
ask("nm-uw4-close", NONE, "near-miss", [],
    cite(MINUTES, "17/023 Change requests", where="minutes: UW4 consultation Summer 2017, no closing date"),
    ["When does the public consultation on hyper-acute stroke services in Upper Wend Valley close?",
     "closing date for the UW4 stroke consultation? comms planning a final pussh",
     "What is the last day people can give their views on where stroke patients in the valley go first?"],
    "pussh")
absent("tcp lead", "transforming care partnership lead", "transforming care partnership is led",
       "transforming care partnership chair", "chair of the transforming")
ask("nm-tcp-lead", NONE, "near-miss", [], MDS,
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP for LD? our LD nurses want a named persn",
     "Who is in charge of the local programme for people with learning disabilities?"], "persn")
absent("capital", "build cost", "£k")
ask("nm-utc-cost", NONE, "near-miss", [], page(ANNEX, ROW_PAGE["CC2"], where="CC2 row: no cost"),
    ["What is the capital cost of the urgent treatment centre at Cawdermoor General Infirmary?",
     "how much capital for the CGI UTC build? estates need the £ for the bussiness case",
     "How much will it cost to build the new walk-in centre at the city hospital?"], "bussiness")
absent("crisis beds", "bedded", "beds at the crisis", "crisis house will have", "crisis house has")
ask("nm-crisis-beds", NONE, "near-miss", [], page(ANNEX, ROW_PAGE["CC3"], where="CC3 row: no bed numbers"),
    ["How many beds will the Cawdermoor crisis house have?",
     "how many beds in the CC3 crisis house? bed managers want to plann",
     "How many people at a time will the city's alternative to admission be able to take in?"], "plann")
absent("practices in the footprint", "gp practices", "number of practices", "practices across")
ask("nm-practices", NONE, "near-miss", [], page(ANNEX, 1, where="annex para 1: population and organisations, no "
                                                  "practice count"),
    ["How many GP practices are there in the Cawdermoor & Lyndhithe footprint?",
     "how many GP surgeries in C&L? for the GPFV submision, roughly is fine",
     "How many family doctors' surgeries are there across the area the plan covers?"], "submision")
assert EVERYTHING.count("lwab") == 1
absent("lwab chair", "chair of the lwab", "lwab is chaired", "workforce action board chair",
       "chair of the local workforce action board")
ask("nm-lwab-chair", NONE, "near-miss", [],
    cite(TOR, "1.2 Workforce matters", where="ToR 1.2: LWAB defined, no chair named"),
    ["Who chairs the Local Workforce Action Board?",
     "who's the LWAB chair? HEE want a contct",
     "Who runs the footprint's group that deals with staffing and training across the partners?"], "contct")

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
        rel = re.search(r"\b(next month|this month|this quarter|this qtr|overdue|currently|at present|now|atm)\b",
                        item["question"].lower())
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
