"""Write questions.jsonl for the Vellacombe, Northrey & Garth Moor STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet), and the first alternative of every gold group must be in that window's text.
Answers that need a step of reasoning are worked out again here from the files themselves: the must-do marks read
from the deck's table cells (python-pptx) with the legend; the tracker's vertical blocks read with openpyxl (which
milestone rows belong to which priority, their real due dates and statuses) for the next-month / this-month /
overdue / red questions; the savings table and the risk register parsed from the finance report's page text (totals
re-added, the largest outturn, the dashes, scores = L x I, the 16-or-more set); the minutes' initials resolved through
the attendance table; the places' populations added up. Unanswerable facts are checked for absence over every paper.
Each chat phrasing names its one typo, which is checked to be there once and to be a word no paper uses. A failed
check stops the script before it writes anything.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
SUMMARY = "01_VNG_STP_Delivery_Plan_Summary_Oct2017.pdf"
PID = "02_VNG_Programme_Initiation_Document_v2.1_Mar2018.docx"
DECK = "03_VNG_Board_Development_MustDo_Matrix_25Jan2018.pptx"
TRACKER = "04_VNG_Delivery_Tracker_14Sep2018.xlsx"
FINANCE = "05_VNG_Finance_and_Risk_Report_M5_2018-19.pdf"
MINUTES = "06_VNG_Partnership_Board_Minutes_8Nov2018.pdf"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways; `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), f"{fid}: unanswerable facts have no gold, answerable ones do"
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert not re.search(rf"\b{re.escape(typo)}\b", EVERYTHING), f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"w-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"w-{fid}", "phrasing": phrasing, "shape": shape})


def person(surname):
    """A surname, with a spaced variant for a double-barrelled one."""
    return alts(surname, surname.replace("-", " "))


# must-dos as the deck labels them (first alternative), then bank_tools' renderings
DECK_LABEL = {1: "STPs", 2: "Finance", 3: "Primary care", 4: "Urgent and emergency care",
              5: "Referral to treatment times and elective care", 6: "Cancer", 7: "Mental health",
              8: "People with learning disabilities", 9: "Improving quality in organisations"}


def mdg(n):
    return alts(DECK_LABEL[n], *md(n))


def month(name, year, *printed):
    """Gold alternatives for a month."""
    d = datetime.strptime(f"1 {name} {year}", "%d %B %Y")
    return alts(*printed, d.strftime("%B %Y"), d.strftime("%b %Y"), d.strftime("%b-%y"), d.strftime("%m/%Y"))


def quarter(q, fy, *printed):
    """Gold alternatives for an NHS financial-year quarter (Q1 = April to June)."""
    y1 = int(fy[:4])
    spans = {1: ("April", "June", y1), 2: ("July", "September", y1), 3: ("October", "December", y1),
             4: ("January", "March", y1 + 1)}
    a, b, y = spans[q]
    short = f"{fy[2:4]}/{fy[5:7]}"
    return alts(*printed, f"Q{q} {fy}", f"Q{q} {short}", f"Q{q} of {fy}", f"quarter {q} of {fy}",
                f"{a} to {b} {y}", f"{a}-{b} {y}", f"{a[:3]}-{b[:3]} {y}", f"{a[:3]} to {b[:3]} {y}")


def money(printed, *more):
    """A sum as printed (e.g. '£3.4m'), then the usual variants."""
    out = [printed]
    m = re.fullmatch(r"£([\d.]+)m", printed)
    if m:
        v = m.group(1)
        k = round(float(v) * 1000)
        out += [f"{v}m", f"{v} million", f"£{v} million", f"{k:,}k", f"£{k:,}k", f"{k:,}"]
    k = re.fullmatch(r"£([\d,]+)k", printed)
    if k:
        n = int(k.group(1).replace(",", ""))
        out += [f"{n:,}k", f"£{n / 1000:g}m", f"{n / 1000:g}m", f"{n:,}"]
    return alts(*out, *more)


LP_NAMES = {"LP1": "Home First", "LP2": "Urgent Care Redesign", "LP3": "General Practice Resilience",
            "LP4": "Mental Health Crisis", "LP5": "Cancer and Diagnostics", "LP6": "Planned Care",
            "LP7": "Transforming Care"}


def lp(code):
    return alts(code, LP_NAMES[code])


# ==================================================================================================== derived facts
def deck_matrix():
    """{must-do n: {priority code: mark}} from the deck's table, and the legend's meaning of each mark."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / DECK)).slides[1]
    table = next(s for s in slide.shapes if getattr(s, "has_table", False) and s.has_table).table
    codes = [table.cell(0, j).text.strip() for j in range(1, len(table.columns))]
    assert codes == [f"LP{i}" for i in range(1, 8)], codes
    matrix = {}
    for i in range(2, len(table.rows)):
        m = re.match(r"(\d)\. ", table.cell(i, 0).text)
        matrix[int(m.group(1))] = {c: table.cell(i, j).text.strip() for j, c in enumerate(codes, 1)}
    legend = next(s.text_frame.text for s in slide.shapes if s.has_text_frame and "leads delivery" in s.text_frame.text)
    meaning = {}
    for mark, words in re.findall(r"([\u25cf\u25cb\u2013])\s+([a-z][a-z -]+?)(?=\s{2,}|$)", legend):
        meaning[mark] = words.strip()
    assert meaning == {"\u25cf": "leads delivery of the must-do", "\u25cb": "contributes to it",
                       "\u2013": "no material contribution"}, meaning
    assert sorted(matrix) == list(range(1, 10))
    return matrix


def tracker_blocks():
    """{code: {'SRO', 'Clinical lead', ..., 'row', 'milestones': [(text, due, status, row)]}} from the tracker."""
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / TRACKER))["Tracker"]
    blocks, current, in_ms = {}, None, False
    for row in range(1, ws.max_row + 1):
        a, b, c, d = (ws.cell(row, k).value for k in range(1, 5))
        m = re.fullmatch(r"(LP\d)\s+(.+)", a) if isinstance(a, str) else None
        if m:
            current = blocks.setdefault(m.group(1), {"name": m.group(2), "row": row, "milestones": []})
            in_ms = False
        elif current is None:
            continue
        elif a == "Milestones":
            assert (b, c, d) == ("Milestone", "Due", "Status"), row
            in_ms = True
        elif a is None and b is not None and in_ms:
            current["milestones"].append((b, c.date() if isinstance(c, datetime) else c, d, row))
        elif a is not None:
            in_ms = False
            current[a] = b
    return blocks


def savings_table():
    """{code: [four values as printed]} and the Total row, from the finance report's page 1 text."""
    lines = [ln.strip() for ln in U[FINANCE][1].splitlines()]
    rows = {}
    for i, ln in enumerate(lines):
        m = re.match(r"(LP\d|Total)\b", ln)
        if m and i + 4 < len(lines) and all(re.fullmatch(r"£[\d.,]+[mk]|\u2013", x) for x in lines[i + 1:i + 5]):
            rows[m.group(1)] = lines[i + 1:i + 5]
    assert len(rows) == 8, rows
    return rows


def pounds(v):
    if v == "\u2013":
        return 0.0
    n = float(v[1:-1].replace(",", ""))
    return n * 1000 if v.endswith("m") else n  # in GBP k


def risk_register():
    """{ref: (owner text, L, I, score)} from the finance report's page 2 text."""
    text = U[FINANCE][2]
    parts = re.split(r"^(R\d\d)$", text, flags=re.M)
    out = {}
    for ref, body in zip(parts[1::2], parts[2::2]):
        nums = [int(x) for x in re.findall(r"^\s*(\d+)\s*$", body, flags=re.M)]
        lk, im, score = nums[-3:]
        assert lk * im == score, ref
        out[ref] = (norm(body), lk, im, score)
    assert sorted(out) == [f"R0{i}" for i in range(1, 9)], sorted(out)
    return out


def minutes_people_and_actions():
    """{initials: name} from the Present / In attendance tables; {action: (initials, by)} from the action log."""
    text = U[MINUTES][1] + "\n" + U[MINUTES][2]
    lines = [ln.strip() for ln in text.splitlines()]
    people = {}
    for i, ln in enumerate(lines[:-1]):
        if re.fullmatch(r"[A-Z]{2,3}", ln) and " \u2013 " in lines[i + 1]:
            people[ln] = lines[i + 1].split(" \u2013 ")[0]
    actions = {}
    start = lines.index("Actions")
    for i, ln in enumerate(lines[start:], start):
        if re.fullmatch(r"A17/\d\d", ln):
            j = i + 1
            while not re.fullmatch(r"[A-Z]{2,3}", lines[j]):
                j += 1
            actions[ln] = (lines[j], lines[j + 1])
    return people, actions


MATRIX = deck_matrix()
BLOCKS = tracker_blocks()
SAVINGS = savings_table()
RISKS = risk_register()
PEOPLE, ACTIONS = minutes_people_and_actions()

# --- must-do facts from the matrix
assert [n for n, row in MATRIX.items() if set(row.values()) == {"\u2013"}] == [9]
assert sorted(c for c, m in MATRIX[4].items() if m != "\u2013") == ["LP1", "LP2", "LP4"]
assert sorted(c for c, m in MATRIX[2].items() if m == "\u25cf") == ["LP1", "LP6"]
assert sorted(n for n in MATRIX if MATRIX[n]["LP6"] != "\u2013") == [1, 2, 5]
assert sorted(c for c, m in MATRIX[6].items() if m != "\u2013") == ["LP5"]
assert sorted(c for c, m in MATRIX[7].items() if m == "\u25cb") == ["LP2", "LP7"]
assert sum(MATRIX[n]["LP1"] != "\u2013" for n in MATRIX) == 4
assert sorted(c for c, m in MATRIX[8].items() if m != "\u2013") == ["LP7"]

# --- tracker facts
assert sorted(BLOCKS) == [f"LP{i}" for i in range(1, 8)]


def dues(test):
    return sorted((code, t) for code, b in BLOCKS.items() for t, due, st, _ in b["milestones"]
                  if isinstance(due, date) and test(due, st))


NEXT_MONTH = dues(lambda d, s: (d.year, d.month) == (2018, 10))                    # as of 2018-09-17
assert [t for _, t in NEXT_MONTH] == ["Vellacombe Urgent Treatment Centre open 8am to 10pm",
                                      "Extended access (evenings and weekends) for 100% of the population",
                                      "Advice and guidance available for 12 specialties"], NEXT_MONTH
THIS_MONTH = dues(lambda d, s: date(2018, 9, 14) <= d <= date(2018, 9, 30))        # as of 2018-09-14
assert THIS_MONTH == [("LP1", "Trusted assessor in place for care home admissions")], THIS_MONTH
OVERDUE = dues(lambda d, s: d < date(2018, 9, 14) and s != "Complete")             # as of 2018-09-14
assert OVERDUE == [("LP2", "Ambulance handovers within 30 minutes at both acute sites"),
                   ("LP4", "Crisis cafe open in Northrey"),
                   ("LP7", "Community forensic support team recruited")], OVERDUE
# no text due in the tracker names October or September 2018
texts = [due for b in BLOCKS.values() for _, due, _, _ in b["milestones"] if not isinstance(due, date)]
assert not [t for t in texts if re.search(r"Oct|Sep", t)], texts
assert sorted(c for c, b in BLOCKS.items() if b["Overall RAG"] == "Red") == ["LP2", "LP7"]
assert BLOCKS["LP7"]["SRO"] == "Giselle Harcastle-Mbatha" and BLOCKS["LP5"]["SRO"] == "Morwenna Tallis-Oduro"
assert BLOCKS["LP5"]["Clinical lead"] == "Vacant"

# --- savings: the rows add up to the Total row; the largest 2017/18 outturn; the dashes of 2017/18
for col in range(4):
    total = sum(pounds(SAVINGS[f"LP{i}"][col]) for i in range(1, 8))
    assert abs(total - pounds(SAVINGS["Total"][col])) < 0.5, (col, total)
OUTTURN = {c: pounds(v[1]) for c, v in SAVINGS.items() if c != "Total"}
assert max(OUTTURN, key=OUTTURN.get) == "LP6" and SAVINGS["LP6"][1] == "\u00a32.31m"
assert sorted(c for c, v in SAVINGS.items() if v[0] == v[1] == "\u2013") == ["LP3", "LP5"]
assert SAVINGS["LP1"][2] == "\u00a33.4m" and SAVINGS["Total"][3] == "\u00a310.95m"

# --- risks
assert sorted(r for r, v in RISKS.items() if v[3] >= 16) == ["R01", "R02", "R05"]
assert "kowalczyk-reid" in RISKS["R07"][0]

# --- minutes: initials resolved through the attendance tables
assert ACTIONS["A17/04"][0] == "EQ" and PEOPLE["EQ"] == "Evander Quilliam"
assert ACTIONS["A17/05"][0] == "TG" and PEOPLE["TG"] == "Temperance Gollancz"
assert len(PEOPLE) == 12, PEOPLE

# --- population: the places add up to the total
assert 241800 + 173500 + 96300 == 511600 and "511,600" in U[SUMMARY][1]

# --- absences (unanswerable facts)
for word in ["vice", "deputise", "deputises", "2019/20", "19/20", "r09", "parking", "permit", "annual leave",
             "carry over", "helpdesk", "service desk", "telephone", "car", "holiday", "login", "password"]:
    assert not re.search(rf"\b{re.escape(word)}\b", EVERYTHING), f"{word!r} is in the papers"
assert "the clinical lead post is vacant" in EVERYTHING and "estates lead post is vacant" in EVERYTHING
assert "estates | vacant - recruitment under way" in norm(U[DECK][3])
comms = [ln for u in U.values() for t in u.values() for ln in t.splitlines() if "communications" in ln.lower()]
assert comms and not [ln for ln in comms if "\u00a3" in ln or "budget" in ln.lower()], comms
lp5_row = norm(U[SUMMARY][2]).split("lp5 ")[1].split("lp6 ")[0]
assert "to be appointed" in lp5_row and not re.search(r"\b(dr|mr|mrs|ms|miss|professor)\b", lp5_row), lp5_row
assert "(lp5). morwenna tallis-oduro" in EVERYTHING and "the clinical lead post is vacant" in norm(U[PID][11])
assert "no clinical lead for cancer" in EVERYTHING and "appointable candidate" in EVERYTHING

# ==================================================================================================== owner facts
ask("o01", OWNER, "rotated-header-table", [person("Adebayo-Sturrock")],
    cite(SUMMARY, "Fenwick Adebayo-Sturrock", where="page 2, LP1 row, first Leadership column (SRO)"),
    ["Who is the Senior Responsible Owner for the Home First priority?",
     "who's SRO for home frist?",
     "Which senior manager is ultimately accountable for getting people out of hospital and back to their own "
     "beds sooner under LP1?"], "frist")
ask("o02", OWNER, "rotated-header-table", [person("Strachan")],
    cite(SUMMARY, "Dr Benedikt Strachan", where="page 2, LP3 row, second Leadership column (Clinical lead)"),
    ["Who is the clinical lead for General Practice Resilience (LP3)?",
     "clinical lead for the GP resilence priority?",
     "Which doctor gives the clinical steer on the work to shore up family doctor services?"], "resilence")
ask("o03", OWNER, "responsibilities-prose", [person("Wickramasinghe")],
    cite(PID, "(d) Mental Health Crisis and Recovery (LP4)", where="section 2, paragraph (d)"),
    ["Who is the clinical lead for Mental Health Crisis and Recovery?",
     "who leads clinicaly on MH crisis & recovery (LP4)?",
     "Which consultant gives the medical steer for LP4?"], "clinicaly")
ask("o04", OWNER, "responsibilities-prose", [alts("de Villiers-Hobbs", "Villiers-Hobbs", "Villiers Hobbs")],
    cite(PID, "(f) Planned Care and Outpatients (LP6)", where="section 2, paragraph (f)"),
    ["Who is the programme manager for Planned Care and Outpatients?",
     "who's the PM on planned care & outpatiens?",
     "Who runs the day-to-day delivery of the LP6 work on operations and hospital clinics?"], "outpatiens")
ask("o05", OWNER, "vertical-block", [person("Harcastle-Mbatha")],
    cite(TRACKER, "LP7  Transforming Care", "Giselle Harcastle-Mbatha", sheet="Tracker",
         where="LP7 block, SRO row"),
    ["According to the delivery tracker, who is the SRO for Transforming Care (learning disability)?",
     "tracker says who's SRO for LD transformng care?",
     "Which council director is accountable for moving people with a learning disability out of long-stay "
     "hospital beds?"], "transformng")
ask("o06", OWNER, "handover", [person("Vanterpool")],
    cite(MINUTES, "D17/02", where="item 17/4, decision D17/02"),
    ["Who is now the Senior Responsible Owner for Urgent Care Redesign (LP2)?",
     "who's taken over as SRO for urgent care redsign?",
     "Since Ottilie Brackenbury left NGMH, who has been accountable for the urgent care programme?"], "redsign",
    as_of="2019-01-15")
ask("o07", OWNER, "holder-before-handover", [person("Brackenbury")],
    cite(MINUTES, "D17/02", where="item 17/4, decision D17/02: remains SRO until 30 November 2018"),
    ["Who is the SRO for Urgent Care Redesign?",
     "who's the current SRO for LP2 urgnt care?",
     "At the moment, which executive answers for the programme covering the UTC and NHS 111?"], "urgnt",
    as_of="2018-10-01")
ask("o08", OWNER, "prose-chair", [person("Szymanski-Bright")],
    cite(SUMMARY, "chaired by Professor Alaric Szymanski-Bright", where="page 1, How we are governed"),
    ["Who chairs the STP Partnership Board?",
     "who chars the partnership board?",
     "Who is the independent figure presiding over the partners' top board when it sits in public?"], "chars")
ask("o09", OWNER, "prose-chair", [person("Penhaligon")],
    cite(SUMMARY, "Clinical Board under Dr Zuleika Penhaligon", where="page 1, How we are governed"),
    ["Who chairs the Clinical Board?",
     "who runs the clincal board?",
     "Which medical director presides over the group the priorities' clinical leads answer to?"], "clincal")
ask("o10", OWNER, "risk-owner", [person("Kowalczyk-Reid")],
    cite(FINANCE, "R07", where="page 2, risk register, R07 Owner column"),
    ["Who owns risk R07 in the strategic risk register?",
     "who's the ownr of risk R07?",
     "Who is answerable for the risk that the round-the-clock crisis phone service loses its money after "
     "March?"], "ownr")
ask("o11", OWNER, "initials-resolve", [person("Quilliam")],
    cite(MINUTES, "Evander Quilliam", "A17/04", where="page 1 In attendance (EQ), page 2 action A17/04 Lead EQ"),
    ["Who is responsible for action A17/04 from the Partnership Board meeting of 8 November 2018?",
     "who's got acton A17/04 from the Nov board?",
     "Who has to report back on the second attempt to recruit a doctor to lead the cancer work?"], "acton")
ask("o12", OWNER, "initials-resolve", [person("Gollancz")],
    cite(MINUTES, "Temperance Gollancz", "A17/05", where="page 1 In attendance (TG), page 2 action A17/05 Lead TG"),
    ["Who is to circulate the updated governance handbook (action A17/05)?",
     "who's circulating the updated governence handbook?",
     "Whose job is it to send round the revised rulebook that shows the new SRO?"], "governence")
ask("o13", OWNER, "responsibilities-prose", [person("Polglase")],
    cite(PID, "(h) Enabling programmes", where="section 2, paragraph (h)"),
    ["Who leads the digital enabling programme?",
     "who's leading digtal / the shared care record?",
     "Who is in charge of the IT work to join up patient records across the partners?"], "digtal")
ask("o14", OWNER, "vertical-block", [person("Tallis-Oduro")],
    cite(TRACKER, "LP5  Cancer and Diagnostics", "Morwenna Tallis-Oduro", sheet="Tracker",
         where="LP5 block, SRO row"),
    ["Who is the SRO for Cancer and Diagnostics?",
     "SRO for cancer and diagnositcs?",
     "Which CCG commissioning director is accountable for the programme that includes the rapid diagnostic "
     "centre?"], "diagnositcs")
ask("o15", OWNER, "prose-role", [person("Oyinlola-Fairweather")],
    cite(SUMMARY, "Marguerite Oyinlola-Fairweather", where="page 1, How we are governed"),
    ["Who is the STP Lead?",
     "who is the STP leed?",
     "Which hospital chief executive heads up the partnership as a whole and chairs the chief executives' "
     "monthly meeting?"], "leed")
ask("o16", OWNER, "prose-chair", [person("Haverstock")],
    cite(SUMMARY, "Radomir Haverstock", where="page 1, How we are governed"),
    ["Who chairs the Finance and Investment Group?",
     "who chairs the finance & investmnt group?",
     "Which finance director sits in the chair when spending proposals are first scrutinised?"], "investmnt")

# ==================================================================================================== milestone facts
ask("m01", MILESTONE, "handover-date", [on(1, 12, 2018, "1 December 2018")],
    cite(MINUTES, "D17/02", where="item 17/4, decision D17/02"),
    ["From what date does Hollis Vanterpool become SRO for Urgent Care Redesign?",
     "when does hollis vanterpool take ovr as SRO?",
     "On which day does responsibility for the urgent care programme pass from its original owner to her "
     "successor?"], "ovr")
ask("m02", MILESTONE, "moved-date", [on(4, 2, 2019, "4 February 2019")],
    cite(MINUTES, "D17/01", where="item 17/3, decision D17/01 (was 1 October 2018)"),
    ["When is the Vellacombe Urgent Treatment Centre now due to open?",
     "when's the vellacombe UTC openning now?",
     "After the board's November decision, what is the new launch date for the walk-in centre in Vellacombe?"],
    "openning")
ask("m03", MILESTONE, "exact-day", [on(2, 7, 2018, "2 July 2018", "02/07/2018")],
    cite(PID, "LP1-1", where="section 3 milestone table, LP1-1"),
    ["By what date is discharge to assess (pathway 1) to be live in Vellacombe?",
     "when's discharge to asess pathway 1 live in Vellacombe?",
     "What was the target day for the first Vellacombe patients to be sent home and have their needs worked out "
     "there rather than on the ward?"], "asess")
ask("m04", MILESTONE, "fy-quarter", [quarter(3, "2018/19")],
    cite(PID, "LP1-2", where="section 3 milestone table, LP1-2"),
    ["When is discharge to assess due to be live in all three places?",
     "when's D2A live accross all 3 places?",
     "By when should every part of the footprint have patients leaving hospital to be assessed at home?"],
    "accross")
ask("m05", MILESTONE, "season", [alts("Winter 2018/19", "winter 18/19", "winter 2018", "winter of 2018/19")],
    cite(PID, "LP2-2", where="section 3 milestone table, LP2-2"),
    ["When is the NHS 111 clinical assessment service due to go live?",
     "when does the 111 CAS go liv?",
     "In which season is the phone triage service with clinicians behind it expected to start?"], "liv")
ask("m06", MILESTONE, "month-year", [month("November", 2018, "November 2018", "Nov-18")],
    cite(PID, "LP5-1", where="section 3 milestone table, LP5-1"),
    ["When will FIT testing be offered in primary care?",
     "when do GPs start offerring FIT tests?",
     "In what month are family doctors meant to begin providing the home bowel-cancer test kit?"], "offerring")
ask("m07", MILESTONE, "exact-day", [on(14, 1, 2019, "14 January 2019", "14/01/2019")],
    cite(PID, "LP6-2", where="section 3 milestone table, LP6-2"),
    ["What is the target date for the community ophthalmology service to open?",
     "when does community opthalmology open?",
     "When should the eye clinic outside hospital start seeing patients?"], "opthalmology")
ask("m08", MILESTONE, "milestone-list",
    [["forensic"], quarter(1, "2018/19"), alts("34 to 19", "19 beds", "19"), month("March", 2019, "March 2019")],
    cite(PID, "LP7-1", "LP7-2", where="section 3 milestone table, LP7-1 and LP7-2"),
    ["What are the milestones for Transforming Care (LP7), and when are they due?",
     "wat are LP7's milestones + dates?",
     "List the key steps and deadlines for the learning disability programme."], "wat")
ask("m09", MILESTONE, "relative-window",
    [alts("Urgent Treatment Centre", "UTC"), ["Extended access"], alts("Advice and guidance", "A&G")],
    cite(TRACKER, "Vellacombe Urgent Treatment Centre open", "Advice and guidance", sheet="Tracker",
         where="rows 24 (01/10/2018), 36 (01/10/2018), 70 (26/10/2018)"),
    ["Which milestones in the delivery tracker are due next month?",
     "what's due nxt month in the tracker?",
     "Looking at the tracker, what is scheduled to be delivered during the coming calendar month?"], "nxt",
    as_of="2018-09-17")
ask("m10", MILESTONE, "relative-window",
    [["Trusted assessor"], on(28, 9, 2018, "28/09/2018", "Fri 28 Sep 18", "28 Sep 18")],
    cite(TRACKER, "Trusted assessor in place", sheet="Tracker", where="LP1 block, row 12"),
    ["Which tracker milestones fall due later this month?",
     "anythng due in the tracker before the end of this month?",
     "Between now and the month end, what does the tracker expect to be achieved?"], "anythng",
    as_of="2018-09-14")
ask("m11", MILESTONE, "overdue",
    [alts("Ambulance handover", "handovers"), alts("Crisis cafe", "crisis café"), ["forensic"]],
    cite(TRACKER, "Ambulance handovers", "Community forensic support team", sheet="Tracker",
         where="rows 23 (31/08/2018 Slipped), 46 (10/08/2018 Delayed), 81 (29/06/2018 Slipped)"),
    ["Which milestones in the tracker are overdue?",
     "which tracker milestones are overdeu?",
     "Which deliverables in the tracker have passed their due date without being achieved?"], "overdeu",
    as_of="2018-09-14")
ask("m12", MILESTONE, "next-meeting", [on(10, 1, 2019, "10 January 2019", "10/01/19")],
    cite(MINUTES, "The next meeting will be held", where="page 2, item 17/7"),
    ["When is the next meeting of the Partnership Board after 8 November 2018?",
     "when's the next partnrship board?",
     "On what day do the partners next meet in public after their November session?"], "partnrship")
ask("m13", MILESTONE, "start-date", [month("October", 2017, "Oct 2017")],
    cite(SUMMARY, "Oct 2017", where="page 2, LP4 row, Starts column (rotated header)"),
    ["When did delivery of the Mental Health Crisis and Recovery priority start?",
     "when did the MH crisis priorty start?",
     "In which month did work begin on LP4?"], "priorty")
ask("m14", MILESTONE, "rotated-header-date", [month("January", 2019, "January 2019")],
    cite(SUMMARY, "Planned Care and Outpatients", where="page 2, LP6 row, Full go-live column (rotated header)"),
    ["When is Planned Care and Outpatients due to be fully live?",
     "when is LP6 planned care due to be fuly live?",
     "By which month should the whole of the programme for operations and hospital clinics be up and running?"],
    "fuly")

# ==================================================================================================== must-do facts
ask("d01", MUSTDO, "mustdo-gap", [mdg(9)],
    cite(DECK, "Improving quality in organisations", where="slide 2, row 9: a dash in every column"),
    ["Which national must-do is not covered by any local priority?",
     "which must-do has no LP coverng it?",
     "Is there any of the nine national requirements that none of our seven programmes contributes to?"],
    "coverng")
ask("d02", MUSTDO, "mustdo-coverage", [lp("LP1"), lp("LP2"), lp("LP4")],
    cite(DECK, "4. Urgent and emergency care", where="slide 2, row 4: LP1 and LP2 lead, LP4 contributes"),
    ["Which local priorities contribute to the urgent and emergency care must-do?",
     "which LPs cover must do 4 - A&E/urgnet care?",
     "Which of our programmes help deliver the national requirement on A&E and ambulance performance?"],
    "urgnet")
ask("d03", MUSTDO, "mustdo-lead", [lp("LP1"), lp("LP6")],
    cite(DECK, "2. Finance", where="slide 2, row 2: filled circles under LP1 and LP6; LP2 an open circle"),
    ["Which local priorities lead delivery of the finance must-do?",
     "which LPs lead on the financ must-do?",
     "Which programmes carry the main responsibility for the national requirement to balance the books?"],
    "financ")
ask("d04", MUSTDO, "mustdo-by-priority", [mdg(1), mdg(2), mdg(5)],
    cite(DECK, "Planned Care and Outpatients", where="slide 2, column LP6: 1 open circle, 2 and 5 filled"),
    ["Which national must-dos does Planned Care and Outpatients contribute to?",
     "what must-dos does LP6 plannd care cover?",
     "Against which of the nine national requirements does the programme for operations and hospital clinics "
     "count?"], "plannd")
ask("d05", MUSTDO, "mustdo-topic", [lp("LP5")],
    cite(DECK, "6. Cancer", where="slide 2, row 6: a filled circle under LP5 only"),
    ["Which local priority leads on the cancer must-do?",
     "which LP covers the cancr must-do?",
     "Which programme answers for the national requirement on the 62-day wait from urgent referral to first "
     "treatment for malignant disease?"], "cancr")
ask("d06", MUSTDO, "mustdo-supporting", [lp("LP2"), lp("LP7")],
    cite(DECK, "7. Mental health", where="slide 2, row 7: LP4 filled, LP2 and LP7 open circles"),
    ["Which local priorities make a supporting contribution to the mental health must-do?",
     "which LPs contribute (not lead) to the mental helth must-do?",
     "Apart from the lead programme, which programmes play a secondary part in meeting the national requirement "
     "on psychological and psychiatric care?"], "helth")
ask("d07", MUSTDO, "count", [alts("4", "four")],
    cite(DECK, "1. STPs", where="slide 2, column LP1: marks on rows 1, 2, 3, 4; dashes on 5-9"),
    ["How many of the national must-dos does Home First contribute to?",
     "how many must-dos does home first contribue to?",
     "Against how many of the nine national requirements does LP1 register any contribution in the matrix?"],
    "contribue")
ask("d08", MUSTDO, "mustdo-topic", [lp("LP7")],
    cite(DECK, "8. People with learning disabilities", where="slide 2, row 8: a filled circle under LP7 only"),
    ["Which local priority delivers the learning disabilities must-do?",
     "which LP does the learning disabilites must-do?",
     "Which programme leads on the national requirement to reduce reliance on inpatient care for people with "
     "autism or a learning disability?"], "disabilites")

# ==================================================================================================== figure facts
ask("f01", FACT, "figure", [alts("511,600", "511600", "511.6k", "511.6 thousand")],
    cite(SUMMARY, "511,600", where="page 1, Our population"),
    ["What is the registered population of the STP footprint?",
     "what's the total populaton of the footprint?",
     "How many patients are registered with GPs across the whole partnership area?"], "populaton")
ask("f02", FACT, "figure", [alts("96,300", "96300", "96.3k")],
    cite(SUMMARY, "Garth Moor 96,300", where="page 1, Our population"),
    ["What is the population of Garth Moor?",
     "garth moor registred population?",
     "How many registered patients does the smallest and most rural of the three places have?"], "registred")
ask("f03", FACT, "figure", [money("\u00a3148.6m")],
    cite(SUMMARY, "\u00a3148.6m", where="page 1, The financial challenge"),
    ["What is the do-nothing financial gap by 2020/21?",
     "what's the do nothing finacial gap by 2020/21?",
     "If no changes were made, how large would the shortfall between NHS funding and the cost of demand become "
     "by the end of the planning horizon?"], "finacial")
ask("f04", FACT, "figure", [money("\u00a321.4m")],
    cite(FINANCE, "\u00a321.4m", where="page 1, 1. Financial position"),
    ["What is the partners' combined control total for 2018/19?",
     "what's the system contol total for 18/19?",
     "What deficit have the organisations collectively signed up to for the 2018/19 financial year?"], "contol")
ask("f05", FACT, "table-figure", [money("\u00a33.4m")],
    cite(FINANCE, "LP1 Home First", where="page 1, savings table, LP1 row, 2018/19 Plan"),
    ["What savings does Home First plan to deliver in 2018/19?",
     "home first savngs plan for 18/19?",
     "How much money is the LP1 programme planned to release in the 2018/19 financial year?"], "savngs")
ask("f06", FACT, "table-total", [money("\u00a310.95m")],
    cite(FINANCE, "\u00a310.95m", where="page 1, savings table, Total row, 2018/19 Forecast (M5)"),
    ["What is the Month 5 forecast of total savings from the local priorities in 2018/19?",
     "what's the M5 forcast for total savings 18/19?",
     "Adding up all seven programmes, how much are they now expected to save in 2018/19?"], "forcast")
ask("f07", FACT, "computed-max", [lp("LP6"), money("\u00a32.31m")],
    cite(FINANCE, "LP6 Planned Care", where="page 1, savings table, 2017/18 Outturn column"),
    ["Which local priority delivered the largest savings in 2017/18?",
     "which LP deliverd the biggest savings in 17/18?",
     "Looking at the final figures for the first year, which programme released the most money?"], "deliverd")
ask("f08", FACT, "zero-filter", [lp("LP3"), lp("LP5")],
    cite(FINANCE, "LP3 General Practice", where="page 1, savings table: dashes in both 2017/18 columns"),
    ["Which local priorities had no savings planned in 2017/18?",
     "which LPs had no savings planed for 17/18?",
     "Which programmes were not expected to release any money in the first year of the plan?"], "planed")
ask("f09", FACT, "score-filter", [["R01"], ["R02"], ["R05"]],
    cite(FINANCE, "R01", where="page 2, risk register, Score column: R01 20, R02 16, R05 16"),
    ["Which strategic risks score 16 or more?",
     "which risks score 16+ and get escalted to the board?",
     "Which risks in the register are rated high enough to be sent up to the top board?"], "escalted")
ask("f10", FACT, "decision-figure", [money("\u00a32.1m")],
    cite(MINUTES, "D17/03", where="page 2, item 17/5, decision D17/03"),
    ["What recurrent investment did the Partnership Board approve in the Home First business case?",
     "how much was the home first busness case?",
     "How much a year will it cost to make the discharge to assess teams permanent, as agreed in November?"],
    "busness")
ask("f11", FACT, "rotated-header-figure", [alts("3,150", "3150", "\u00a33.15m", "3.15m", "3.15 million")],
    cite(SUMMARY, "Urgent Care Redesign", where="page 2, LP2 row, Investment \u00a3k column (rotated header)"),
    ["How much non-recurrent investment is planned for Urgent Care Redesign over 2017-19?",
     "how much is being invstd in urgent care redesign over 2017-19?",
     "What one-off funding has been set aside over the two years for LP2?"], "invstd")
ask("f12", FACT, "rag-filter", [lp("LP2"), lp("LP7")],
    cite(TRACKER, "LP2  Urgent Care Redesign", "Housing for two long-stay", sheet="Tracker",
         where="Overall RAG rows 21 (LP2, Red) and 79 (LP7, Red)"),
    ["Which local priorities are rated red overall in the delivery tracker?",
     "which LPs are red on the trakcer?",
     "Which programmes has the tracker flagged at the worst overall status, for escalation to the chief "
     "executives?"], "trakcer")
ask("f13", FACT, "meeting-frequency",
    [alts("six times a year", "6 times a year", "every two months", "bi-monthly", "bimonthly", "every other month")],
    cite(SUMMARY, "six times a year", where="page 1, How we are governed"),
    ["How often does the Partnership Board meet?",
     "how oftn does the partnership board meet?",
     "How many public meetings a year does the partners' top board hold?"], "oftn")

# ==================================================================================================== unanswerable
ask("n01", NONE, "near-miss", [], cite(PID, "(e) Cancer and Diagnostics (LP5)",
                                       where="section 2 (e): the clinical lead post is vacant"),
    ["Who is the clinical lead for Cancer and Diagnostics?",
     "who's the clinical lead on cancer & diagnostcs?",
     "Which doctor gives the clinical steer on the rapid diagnostic centre programme?"], "diagnostcs")
ask("n02", NONE, "near-miss", [], cite(SUMMARY, "It is", where="page 1: a chair, no vice chair anywhere"),
    ["Who is the vice chair of the Partnership Board?",
     "who's vice chiar of the partnership board?",
     "Who stands in for the independent chair of the partners' top board when he can't attend?"], "chiar")
ask("n03", NONE, "near-miss", [], cite(FINANCE, "LP1 Home First",
                                       where="page 1, savings table: 2017/18 and 2018/19 only"),
    ["What savings is Home First planned to deliver in 2019/20?",
     "home first savings targt for 2019/20?",
     "How much is LP1 expected to save in the year after 2018/19?"], "targt")
ask("n04", NONE, "near-miss", [], cite(DECK, "Estates", where="slide 3: Estates lead vacant"),
    ["Who leads the estates enabling programme?",
     "who is running estaets for the STP?",
     "Who is in charge of the buildings and property workstream?"], "estaets")
ask("n05", NONE, "near-miss", [], cite(FINANCE, "R08", where="page 2: the register ends at R08"),
    ["Who owns risk R09 in the strategic risk register?",
     "who's the owner of risk R09 on the regster?",
     "Who is accountable for the ninth risk on the strategic register?"], "regster")
ask("n06", NONE, "near-miss", [], cite(PID, "(h) Enabling programmes",
                                       where="section 2 (h): a lead for communications, no budget anywhere"),
    ["What is the budget for the communications and engagement enabling programme?",
     "how much money has comms & engagment got?",
     "How much funding has been allocated to telling the public about the changes and involving them?"],
    "engagment")
ask("n07", NONE, "off-topic", [], None,
    ["How do I apply for a staff car parking permit at Vellacombe General?",
     "how do i get a parkng permit at VGH?",
     "What's the process for getting somewhere to leave my car at work?"], "parkng")
ask("n08", NONE, "off-topic", [], None,
    ["How many days of annual leave can I carry over into the next leave year?",
     "can i cary over annual leave days?",
     "If I don't use all my holiday this year, how much can I take into next year?"], "cary")
ask("n09", NONE, "off-topic", [], None,
    ["What is the telephone number of the IT service desk?",
     "what's the IT helpdesk numbr?",
     "Who do I ring when my computer login stops working?"], "numbr")

# ==================================================================================================== write
ids = [q["id"] for q in ITEMS]
assert len(ids) == len(set(ids)) == 180, len(ids)
assert len({q["question"] for q in ITEMS}) == 180
facts = {q["fact"] for q in ITEMS}
assert len(facts) == 60 and len(set(TYPOS.values())) == 60
kinds = {}
for q in ITEMS:
    kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
assert kinds == {OWNER: 48, MILESTONE: 42, MUSTDO: 24, FACT: 39, NONE: 27}, kinds
OUT = HERE / "questions.jsonl"
OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in ITEMS))
print(f"wrote {len(ITEMS)} questions, {len(facts)} facts; kinds {kinds}")
assert bank_tools.check(OUT, PAPERS) == 0
