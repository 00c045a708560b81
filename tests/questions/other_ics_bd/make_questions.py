"""Write questions.jsonl for the Vennmouth & Astleby STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks,
pptx slides, xlsx 'Sheet!row', text lines), and the first alternative of every gold group must be in that
window. Facts that need a step of reasoning are worked out again here from the generated files, not from
make_papers.py:
  - the Breathe Well action table is read back by text position (pypdf's visitor) over both pages it spans: the
    header runs give the column edges, each Ref run starts a row; the header must be on both pages;
  - leads given as initials (PDF annex, Excel Contacts sheet) and posts (PDF risk owners, VCSE offers, CHC plan)
    are resolved from the papers' own contacts / who's-who / post-holder tables;
  - the VCSE must-do grid is read by position (a tick belongs to the offer code above it and the must-do label
    level with it);
  - every money table is re-added against its Total row and column;
  - the later papers' overrides (the PowerPoint changes slide, the MP briefing) are applied to the rows, and the
    relative windows are re-derived over every row's due date after them.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
BW = "01_VA_Breathe_Well_Respiratory_Delivery_Plan_v1.3_Dec2016.pdf"
VCSE = "02_VA_STP_VCSE_Partnership_Prospectus_Jan2017.pdf"
CHC = "03_VA_CHC_Improvement_Plan_v2.0_Feb2017.docx"
OP = "04_VA_Outpatient_Transformation_Tracker_28Feb2017.xlsx"
IPC = "05_VA_IPC_PHB_Programme_Update_13Mar2017.pptx"
MP = "06_VA_STP_MP_Briefing_06Apr2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([BW, VCSE, CHC, OP, IPC, MP]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
AFTER_ALL = "2017-04-20"  # a day after the last paper (6 April 2017) and every override's effective date


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


def pages(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def text_of(file, sheet=None):
    return norm("\n".join(v for k, v in U[file].items() if sheet is None or str(k).startswith(sheet + "!")))


def absent(*phrases, within=None):
    hay = text_of(within) if within else EVERYTHING
    for phrase in phrases:
        assert norm(phrase) not in hay, f"{phrase!r} is in {within or 'the papers'}"


def mdx(n, *first):
    return alts(*first, *md(n))


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
        ITEMS.append({"id": f"bd-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"bd-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the generated papers
# ---------------------------------------------------------------------------------------------------------------
def runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def bw_rows():
    """{ref: {heading: cell}} for the Breathe Well action table, read by position on every page it spans."""
    heads = ["Ref", "Action", "Lead", "Milestone", "Due", "Status"]
    rows, header_pages = {}, []
    for pg in sorted(U[BW]):
        rs = runs(BW, pg)
        hx = {}
        for x, y, t in rs:
            if t in heads and t not in hx:
                hx[t] = (x, y)
        if set(hx) != set(heads):
            continue
        header_pages.append(pg)
        head_y = hx["Ref"][1]
        stops = [y for x, y, t in rs if t.startswith("3. Funding") and y < head_y]
        floor = max(stops) if stops else 50
        edges = sorted((x, t) for t, (x, _) in hx.items())
        refs = sorted(((y, t) for x, y, t in rs if abs(x - hx["Ref"][0]) < 3 and floor < y < head_y - 2
                       and re.fullmatch(r"RW\d+", t)), reverse=True)
        for i, (y, ref) in enumerate(refs):
            lower = refs[i + 1][0] if i + 1 < len(refs) else floor
            cells = {}
            for k, (ex, name) in enumerate(edges):
                hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
                cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                       if ex - 3 <= x < hi - 3 and lower < yy <= y + 1)
            cells["page"] = pg
            rows[ref] = cells
    return rows, header_pages


BWR, BW_HEADER_PAGES = bw_rows()
assert len(BWR) == 16 and BW_HEADER_PAGES[:2] == [1, 2], (len(BWR), BW_HEADER_PAGES)
assert BWR["RW1"]["page"] == 1 and BWR["RW16"]["page"] == 2  # the table runs over the page break

def contacts_from_annex():
    """Initials -> name, and post -> name, from Annex A of the Breathe Well plan, read by position."""
    rs = runs(BW, max(U[BW]))
    heads = {t: (x, y) for x, y, t in rs if t in ("Initials", "Name", "Post", "Organisation")}
    assert len(heads) == 4, heads
    edges = sorted((x, t) for t, (x, _) in heads.items())
    starts = sorted(((y, t) for x, y, t in rs if abs(x - heads["Initials"][0]) < 3 and y < heads["Initials"][1] - 2
                     and re.fullmatch(r"[A-Z][A-Za-z]{1,3}", t)), reverse=True)
    out = {}
    for i, (y, ini) in enumerate(starts):
        lower = starts[i + 1][0] if i + 1 < len(starts) else 0
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 3 <= x < hi - 3 and lower + 6 < yy <= y + 1)
        out[ini] = cells
    return out


ANNEX = contacts_from_annex()
assert ANNEX["AT"]["Name"] == "Dr Anoushka Tellwright" and ANNEX["ATh"]["Name"] == "Alun Thewlis", ANNEX
assert BWR["RW1"]["Lead"] == "AT" and BWR["RW4"]["Lead"] == "ATh" and BWR["RW6"]["Lead"] == "LV"
assert ANNEX["LV"]["Name"] == "Lorna Vickerstaff"
assert ANNEX["KF"]["Post"] == "Director of Operations" and "Roke Valley" in ANNEX["KF"]["Organisation"]
assert "owner: director of operations, roke valley partnership nhs ft" not in norm(U[BW][2])  # post only
assert "director of operations, roke valley partnership nhs ft" in norm(U[BW][2])


def risks():
    """(id, score) for every risk in the Breathe Well register: the score column re-computed as L x I."""
    rs = []
    for pg in (2, 3):
        for m in re.finditer(r"\n(R\d)\n(.*?)\n(\d)\n(\d)\n(\d+)\n", U[BW][pg], re.S):
            rid, li, im, score = m.group(1), int(m.group(3)), int(m.group(4)), int(m.group(5))
            assert li * im == score, (rid, li, im, score)
            rs.append((rid, score))
    return rs


RISKS = risks()
assert [r for r, _ in RISKS] == ["R1", "R2", "R3", "R4", "R5"], RISKS
HIGH_RISKS = [r for r, s in RISKS if s >= 15]
assert HIGH_RISKS == ["R1", "R5"], HIGH_RISKS


def money_table(text, first_label, n_cols, total_label="Total"):
    """Rows of numbers after first_label in a page's extracted text (one cell per line), then the Total row."""
    lines = [ln.strip() for ln in text.split("\n")]
    i = lines.index(first_label)
    rows = []
    while True:
        label = lines[i]
        nums = [int(v.replace(",", "")) for v in lines[i + 1:i + 1 + n_cols]]
        rows.append((label, nums))
        i += 1 + n_cols
        if label == total_label:
            return rows


def check_totals(rows):
    body, total = rows[:-1], rows[-1][1]
    for label, nums in body:
        assert sum(nums[:-1]) == nums[-1], (label, nums)
    assert [sum(r[1][j] for r in body) for j in range(len(total))] == total, (rows, total)
    return total


BW_FUND = money_table(U[BW][2], "Pulmonary rehabilitation expansion (RW3, RW4)", 3)
BW_FUND_TOTAL = check_totals(BW_FUND)
assert BW_FUND_TOTAL == [940, 995, 1935]
assert dict(BW_FUND)["Pulmonary rehabilitation expansion (RW3, RW4)"] == [310, 290, 600]

VCSE_FUND = [(ln.split("\n")[0], nums) for ln, nums in money_table(
    U[VCSE][4].replace("VO1\nSocial prescribing link workers", "VO1").replace("VO2\nHome from Hospital", "VO2")
    .replace("VO3\nCarers' breaks and emergency carer cards", "VO3")
    .replace("VO4\nCrisis café and peer support", "VO4").replace("VO5\nLung health buddies", "VO5")
    .replace("VO6\nCommunity transport to clinics", "VO6"), "VO1", 3)]
VCSE_TOTAL = check_totals(VCSE_FUND)
assert VCSE_TOTAL == [1100, 1300, 2400], VCSE_TOTAL
VCSE_LARGEST = max(VCSE_FUND[:-1], key=lambda r: r[1][-1])[0]
assert VCSE_LARGEST == "VO1"


def docx_money():
    rows = []
    keys = sorted(k for k, v in U[CHC].items() if v.count(" | ") == 3)
    for k in keys:
        cells = U[CHC][k].split(" | ")
        if all(re.fullmatch(r"[\d,]+", c) for c in cells[1:]):
            rows.append((cells[0], [int(c.replace(",", "")) for c in cells[1:]]))
    return rows


CHC_MONEY = docx_money()
assert CHC_MONEY[-1][0] == "Total" and check_totals(CHC_MONEY) == [790, 660, 1450], CHC_MONEY


def xlsx_rows(sheet):
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / OP))[sheet]
    return [[c.value for c in row] for row in ws.iter_rows()]


SAV = [r for r in xlsx_rows("Savings") if isinstance(r[1], int)]
OP_TOTAL = check_totals([(r[0], r[1:]) for r in SAV])
assert OP_TOTAL == [960, 1450, 2410], OP_TOTAL
TRACK = {r[0]: dict(zip(["Ref", "Scheme", "Specialty", "Owner", "Milestone", "Due", "RAG", "Comment"], r))
         for r in xlsx_rows("Tracker") if r[0] and re.fullmatch(r"OP\d+", str(r[0]))}
CONTACTS = {r[0]: r for r in xlsx_rows("Contacts")[1:]}
assert TRACK["OP7"]["Owner"] == "DKe" and CONTACTS["DKe"][1] == "Danielle Kettering"
assert CONTACTS["DK"][1] == "Dr Dominic Kearsley"
assert TRACK["OP5"]["Owner"] == "TH" and CONTACTS["TH"][1] == "Tamsin Hollick"
kinds = {type(v["Due"]) for v in TRACK.values()}
assert datetime in kinds and str in kinds, kinds  # one Due column of real date cells and typed text

# PPTX: PHB counts with Total row and column
phb = [ln.split(" | ") for ln in U[IPC][3].split("\n") if ln.count(" | ") == 5][1:]
PHB_TOTAL = check_totals([(r[0], [int(v) for v in r[1:]]) for r in phb])
assert PHB_TOTAL[-1] == 162, PHB_TOTAL


def mustdo_grid():
    """{must-do number: {offer codes}} from the VCSE grid (page 6) by position."""
    rs = runs(VCSE, 6)
    cols = {t: x for x, y, t in rs if re.fullmatch(r"VO\d", t)}
    labels = {int(t.split()[0]): y for x, y, t in rs if re.match(r"[1-9] [A-Z]", t)}
    assert len(cols) == 6 and sorted(labels) == list(range(1, 10)), (cols, labels)
    grid = {n: set() for n in labels}
    for x, y, t in rs:
        if t == "✓" and y > min(labels.values()) - 10:
            n = min(labels, key=lambda k: abs(labels[k] - y))
            code = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(labels[n] - y) < 6 and abs(cols[code] - x) < 20, (t, x, y)
            grid[n].add(code)
    return grid


GRID = mustdo_grid()
assert [n for n, v in GRID.items() if not v] == [5], GRID
assert GRID[7] == {"VO1", "VO4"} and GRID[8] == {"VO3"} and GRID[4] == {"VO2", "VO4"} and GRID[6] == {"VO6"}
assert {n for n, v in GRID.items() if "VO2" in v} == {1, 2, 4, 9}

# ---------------------------------------------------------------------------------------------------------------
# Overrides and relative windows
# ---------------------------------------------------------------------------------------------------------------
MPT = norm("\n".join(U[MP].values()))
assert "will now open by end of november 2017, not in september 2017" in MPT
assert "from 3 april 2017 mr sanjeev radley-oke" in MPT and "taking over from tamsin hollick" in MPT
assert "now has a go-live date: w/c 11 september 2017" in MPT
assert "from 1 march 2017; nadine scorer has left" in norm(U[IPC][4])
assert "chc plan action 2.1: phb default offer for home-based chc | q4 2016/17 | q2 2017/18" in norm(U[IPC][4])

BW_DUE = {ref: r["Due"] for ref, r in BWR.items()}
assert BW_DUE["RW3"] == "Sept-17" and BW_DUE["RW4"] == "w/c 5 June 2017" and BW_DUE["RW13"] == "TBC", BW_DUE
BW_DUE_NOW = dict(BW_DUE, RW3="by end of November 2017")
OP_DUE = {ref: (r["Due"] if isinstance(r["Due"], str) else r["Due"].date()) for ref, r in TRACK.items()}
OP_DUE_NOW = dict(OP_DUE, OP7="w/c 11 September 2017")
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(due):
    """(first day, last day) of a due date in any of the papers' forms; None for TBC."""
    if isinstance(due, date):
        return due, due
    s = due.strip().lower()
    if s == "tbc":
        return None
    if m := re.fullmatch(r"q([1-4]) (\d{4})/\d\d", s):
        q, y = int(m.group(1)), int(m.group(2))
        start_m = (3 * q + 1) if q < 4 else 1
        yy = y if q < 4 else y + 1
        return date(yy, start_m, 1), date.fromordinal(month_end(yy, start_m + 2))
    if m := re.fullmatch(r"([a-z]{3})[a-z]*-(\d\d)", s):
        mm, yy = MONTHS[m.group(1)], 2000 + int(m.group(2))
        return date(yy, mm, 1), date.fromordinal(month_end(yy, mm))
    if m := re.fullmatch(r"w/c (\d+) ([a-z]+) (\d{4})", s):
        d0 = date(int(m.group(3)), MONTHS[m.group(2)[:3]], int(m.group(1)))
        return d0, date.fromordinal(d0.toordinal() + 6)
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", s):
        d0 = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d0, d0
    if m := re.fullmatch(r"(\d+) ([a-z]+) (\d{4})", s):
        d0 = date(int(m.group(3)), MONTHS[m.group(2)[:3]], int(m.group(1)))
        return d0, d0
    if m := re.fullmatch(r"by end of ([a-z]+) (\d{4})", s):
        mm, yy = MONTHS[m.group(1)[:3]], int(m.group(2))
        end = date.fromordinal(month_end(yy, mm))
        return end, end
    if m := re.fullmatch(r"winter (\d{4})/\d\d", s):
        y = int(m.group(1))
        return date(y, 12, 1), date(y + 1, 2, 28)
    if m := re.fullmatch(r"(\d{4})/\d\d", s):
        y = int(m.group(1))
        return date(y, 4, 1), date(y + 1, 3, 31)
    raise ValueError(due)


def due_in(dues, start, end):
    """Rows whose due period lies inside [start, end]; asserts no row only partly overlaps it."""
    inside = []
    for ref, due in dues.items():
        p = period(due)
        if p is None:
            continue
        a, b = p
        if start <= a and b <= end:
            inside.append(ref)
        else:
            assert b < start or a > end, f"{ref} {due} partly overlaps {start}..{end}"
    return sorted(inside, key=lambda r: int(r[2:]))


for dues in (BW_DUE, BW_DUE_NOW, OP_DUE, OP_DUE_NOW):
    for due in dues.values():
        period(due)  # every due date parses
# Breathe Well, "this quarter" on 10 August 2017 (Q2 2017/18), after the MP briefing moved RW3 to November
assert due_in(BW_DUE_NOW, date(2017, 7, 1), date(2017, 9, 30)) == ["RW5", "RW9"]
assert due_in(BW_DUE, date(2017, 7, 1), date(2017, 9, 30)) == ["RW3", "RW5", "RW9"]  # what the plan alone says
# Breathe Well, "next month" on 10 May 2017 (June 2017)
assert due_in(BW_DUE_NOW, date(2017, 6, 1), date(2017, 6, 30)) == ["RW4"]
# Outpatients, "next month" on 12 July 2017 (August 2017)
assert due_in(OP_DUE_NOW, date(2017, 8, 1), date(2017, 8, 31)) == ["OP3"]

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("bw-sro", OWNER, "role-holder", [person("Calloway-Reyes")],
    cite(BW, "The Senior Responsible Officer for Breathe Well", where="section 1 prose: SRO"),
    ["Who is the Senior Responsible Officer for the Breathe Well respiratory programme?",
     "who's the SRO for breathe well (COPD/asthma)? need to send them the dashbord ask",
     "Who is ultimately accountable for the plan to cut emergency admissions for people with lung disease?"],
    "dashbord")
ask("bw-cl", OWNER, "role-holder", [["Oduya"]],
    cite(BW, "The clinical lead is Dr Ruairi Oduya", where="section 1 prose: clinical lead"),
    ["Who is the clinical lead for Breathe Well?",
     "clin lead for the breathe well programme pls? respiratory consultants want to knw",
     "Which hospital chest physician is steering the redesign of COPD and asthma care?"], "knw")
ask("rw6-lead", OWNER, "initials-lead", [["Vickerstaff"]],
    cite(BW, "RW6", "Lorna Vickerstaff", where="action table row RW6, Lead 'LV'; Annex A: LV = Lorna Vickerstaff"),
    ["Who leads the re-procurement of the home oxygen assessment and review service?",
     "who's leading RW6 home oxygen re-procurment? plan only gives initials",
     "Who is in charge of finding a new provider to assess and review people who use oxygen at home?"],
    "procurment")
ask("rw4-lead", OWNER, "initials-lead", [["Thewlis"]],
    cite(BW, "RW4", "Alun Thewlis", where="action table row RW4, Lead 'ATh' (not 'AT'); Annex A: ATh = Alun "
         "Thewlis"),
    ["Who leads the pulmonary rehabilitation evening and Saturday classes in Vennmouth (RW4)?",
     "who is ATh on the breathe well plan - the person running the evening pulm rehab clases?",
     "Who is organising out-of-hours exercise and breathing classes for people with lung disease in the city?"],
    "clases")
ask("rw1-lead", OWNER, "initials-lead", [["Tellwright"]],
    cite(BW, "RW1", "Dr Anoushka Tellwright", where="action table row RW1, Lead 'AT'; Annex A: AT = Dr Anoushka "
         "Tellwright"),
    ["Who leads COPD case-finding in the 20 practices with the lowest diagnosed prevalence (RW1)?",
     "RW1 case finding - who's AT? want to get our practise signed up",
     "Who is leading the hunt for undiagnosed lung disease in the GP surgeries that find the fewest cases?"],
    "practise")
ask("r1-owner", OWNER, "risk-owner", [["Fothergill"]],
    cite(BW, "Not enough band 6", "Kieran Fothergill",
         where="risk R1 owner 'Director of Operations, Roke Valley Partnership NHS FT'; Annex A: KF, Kieran "
               "Fothergill, Director of Operations"),
    ["Who owns the Breathe Well risk that there will not be enough band 6 respiratory physiotherapists?",
     "who owns risk R1 on breathe well (not enough physios)? the plan just gives a post not a nmae",
     "Whose name sits behind the worry about staffing the new rehabilitation site with chest physios?"],
    "nmae")
ask("vo2-lead", OWNER, "post-lead", [person("Olumide-Hart")],
    cite(VCSE, "Home from Hospital", "Terence Olumide-Hart",
         where="offer VO2 'Led by: Chief Officer, Astleby Age Concern'; who's-who: Terence Olumide-Hart"),
    ["Who leads the Home from Hospital offer in the VCSE Partnership Prospectus?",
     "who actually runs VO2 home from hospital? prospectus just says chief officer of age concern, what's thier name",
     "Which named person heads the volunteer service that settles older people back at home when they are "
     "discharged?"],
    "thier")
ask("vcse-chair", OWNER, "governance", [["Dunleavy"]],
    cite(VCSE, "Chair, STP VCSE Alliance", where="who's-who slide: Chair, STP VCSE Alliance"),
    ["Who chairs the STP VCSE Alliance?",
     "who's chair of the VCSE aliance? want to invite them to our locality meeting",
     "Who speaks for the charities and community groups on the STP's top board?"], "aliance")
ask("chc12-lead", OWNER, "post-lead", [person("Marchetti-Boyd")],
    cite(CHC, "Meet the 28-day standard", "Yvette Marchetti-Boyd",
         where="action 1.2: Lead cell merged down from 1.1, 'Head of Continuing Care, Astleby & Pinnock Dale "
               "CCG'; Appendix A: Yvette Marchetti-Boyd"),
    ["Who leads the action to meet the 28-day standard for CHC eligibility decisions?",
     "CHC 28 day standard (action 1.2) - who's the lead by name? the table just says head of continung care",
     "Who is responsible for making sure people hear within four weeks whether the NHS will fund their care?"],
    "continung")
ask("chc-owner", OWNER, "post-lead", [["Kilbourne"]],
    cite(CHC, "Plan owner", "Rhiannon Kilbourne",
         where="cover table: Plan owner 'Director of Nursing and Quality, Astleby & Pinnock Dale CCG'; Appendix A: "
               "Rhiannon Kilbourne"),
    ["Who owns the NHS Continuing Healthcare Improvement Plan 2017/18?",
     "who's the owner of the CHC improvment plan? by name please not job title",
     "Whose plan is it to get a grip on the fastest-growing area of CCG spending on long-term care?"],
    "improvment")
ask("phb-pm", OWNER, "changed-owner", [person("Ambrose-Kite")],
    pages(IPC, 4, where="changes slide: PHB Programme Manager was Nadine Scorer, now Joel Ambrose-Kite from "
          "1 March 2017"),
    ["Who is the PHB Programme Manager?",
     "who's the PHB programme manager now? Nadine's email is bouncng",
     "Who now runs the work on giving people their own NHS budget to arrange their care?"],
    "bouncng", as_of=AFTER_ALL)
ask("phb-pm-before", OWNER, "previous-holder", [["Scorer"]],
    cite(CHC, "PHB Programme Manager | Nadine Scorer", where="Appendix A of the CHC plan (15 February 2017)"),
    ["Who was the PHB Programme Manager named in the CHC Improvement Plan of 15 February 2017?",
     "who was PHB prog manager before the march chnage? need the old name for the handover log",
     "Before the change of personnel in March 2017, who had been running the personal budgets work?"],
    "chnage")
ask("op7-owner", OWNER, "initials-lead", [["Kettering"]],
    cite(OP, "DKe", sheet="Contacts", where="Tracker row OP7 Owner 'DKe' (not DK); Contacts: DKe = Danielle "
         "Kettering"),
    ["Who owns the clinical triage of ENT referrals scheme (OP7)?",
     "who is DKe on the outpatients tracker? the ENT triage ownr",
     "Who is responsible for getting ear, nose and throat referrals checked by a clinician before booking?"],
    "ownr")
ask("op5-lead", OWNER, "changed-owner", [person("Radley-Oke")],
    cite(MP, "2.2 Outpatients", "from Tamsin Hollick",
         where="MP briefing 2.2: Radley-Oke leads OP5 from 3 April 2017 (tracker: TH, Tamsin Hollick)"),
    ["Who leads the ophthalmology virtual clinics scheme (OP5)?",
     "who's leading the glaucoma virtual clinics now? tracker says TH but i heard it changd",
     "Who now heads the work to monitor people with raised eye pressure without a face-to-face clinic visit?"],
    "changd", as_of=AFTER_ALL)
ask("op-sro", OWNER, "role-holder", [person("Ferraby-Coles")],
    cite(OP, "Programme SRO", sheet="Read me", where="Read me sheet: Programme SRO"),
    ["Who is the SRO for the Outpatient Transformation programme?",
     "who's SRO for outpatient transformaton?",
     "Which chief operating officer is accountable for changing how hospital clinic appointments work?"],
    "transformaton")
ask("ipc3-lead", OWNER, "initiative-lead", [["Saltonstall"]],
    pages(IPC, 2, where="workstreams table, row IPC3, Lead column"),
    ["Who leads the IPC workstream for children and young people with complex needs (IPC3)?",
     "who leads IPC3, the CYP complex needs budgets? SENCO at our school is askin",
     "Who is in charge of offering joined-up personal budgets alongside education, health and care plans?"],
    "askin")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("rw3-moved", MILESTONE, "moved-date",
    [["by end of November 2017", "end of November 2017", "November 2017", "Nov 2017", "Nov-17", "30 November 2017",
      "30/11/2017"]],
    cite(MP, "2.1 Breathe Well", "December delivery plan said",
         where="MP briefing 2.1: RW3 moved from Sept-17 (plan) to by end of November 2017"),
    ["When will the new pulmonary rehabilitation site at Pinnock Dale Health Centre open?",
     "when does the pinnock dale pulm rehab site open now? i had sept in my diery",
     "When will the extra exercise-and-breathing course venue in Astleby start taking patients?"],
    "diery", as_of=AFTER_ALL)
ask("rw3-original", MILESTONE, "original-date",
    [["Sept-17", "September 2017", "Sep 2017", "Sep-17", "Sept 2017"]],
    pages(BW, BWR["RW3"]["page"], where="action table row RW3, Due column (v1.3, December 2016)"),
    ["What opening date did the December 2016 Breathe Well plan give for the new Pinnock Dale pulmonary "
     "rehabilitation site?",
     "what was the original date for RW3 in the dec plan, before it slipped? for the varaince report",
     "Before the building works hit a snag, when had the new Astleby rehab venue been meant to open?"],
    "varaince")
ask("rw4-wc", MILESTONE, "week-commencing", [["w/c 5 June 2017", "5 June 2017", "5 Jun 2017", "05/06/2017"]],
    pages(BW, BWR["RW4"]["page"], where="action table row RW4, Due column"),
    ["When does the first evening pulmonary rehabilitation cohort in Vennmouth start?",
     "which week do the evening pulm rehab clases start? (RW4) need it for the patiant leaflet",
     "When do the after-work breathing and exercise classes for people with COPD in the city begin?"],
    "patiant")
ask("rw7-season", MILESTONE, "season", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    pages(BW, BWR["RW7"]["page"], where="action table row RW7, Due column"),
    ["When is the respiratory virtual ward due to go live?",
     "when's the resp virtual ward (RW7) going live? bed managers keep wondring",
     "When will people with lung disease be able to be cared for at home as if on a hospital ward?"],
    "wondring")
ask("rw2-quarter", MILESTONE, "quarter", [["Q3 2017/18", "Q3 17/18", "Qtr 3 17/18", "October to December 2017"]],
    pages(BW, BWR["RW2"]["page"], where="action table row RW2, Due column"),
    ["When should all four quality-assured spirometry hubs be taking referrals?",
     "when are the 4 spirometry hubs meant to be up and runing?",
     "By when should there be a checked-and-approved lung function testing centre in every locality?"],
    "runing")
ask("rw6-by", MILESTONE, "deadline",
    [["by end of March 2018", "end of March 2018", "March 2018", "31 March 2018", "31/03/2018", "Mar-18"]],
    pages(BW, BWR["RW6"]["page"], where="action table row RW6, Due column"),
    ["By when should the new home oxygen contract be in place?",
     "home oxygen (RW6) - what's the deadline for the new contrct?",
     "By what point should the re-let arrangement for people who need oxygen at home be signed?"],
    "contrct")
ask("rw13-tbc", MILESTONE, "unknown-date",
    [["TBC", "to be confirmed", "not yet set", "no date", "not known", "unknown"]],
    pages(BW, BWR["RW13"]["page"], where="action table row RW13, Due 'TBC' (page 2 under the repeated header)"),
    ["When should advance care plans be in place for 500 people with advanced COPD?",
     "RW13 advance care planning for COPD - what's the target date? palliative team want to plan ahed",
     "By when will hundreds of people with end-stage lung disease have their future care wishes written down?"],
    "ahed")
ask("chc21-moved", MILESTONE, "moved-date",
    [["Q2 2017/18", "Q2 17/18", "Qtr 2 17/18", "July to September 2017"]],
    pages(IPC, 4, where="changes slide: CHC plan action 2.1 was Q4 2016/17, now Q2 2017/18"),
    ["When will a personal health budget be offered by default for home-based CHC packages?",
     "when's the PHB default offer for home CHC going live now? the CHC plan said Q4 16/17 but i think it movd",
     "From when will people getting NHS-funded care at home be offered their own budget as standard?"],
    "movd", as_of=AFTER_ALL)
ask("chc13-day", MILESTONE, "day", [on(31, 7, 2017, "31 July 2017")],
    cite(CHC, "Checklist training for ward staff", where="action 1.3, Due column"),
    ["By when should 400 ward staff be trained in the CHC checklist?",
     "CHC checklist training for ward staff - what's the deadlin?",
     "By what date should hundreds of hospital nurses know how to screen patients for NHS-funded long-term "
     "care?"],
    "deadlin")
ask("chc31-wc", MILESTONE, "week-commencing",
    [["w/c 4 September 2017", "4 September 2017", "4 Sep 2017", "04/09/2017"]],
    cite(CHC, "Joint care home fee framework", where="action 3.1, Due column"),
    ["When should the joint care home fee framework be agreed?",
     "when is the care home fee framwork with the councils due to be agreed?",
     "When should the NHS and both councils settle on one set of rates they pay nursing and residential "
     "homes?"],
    "framwork")
ask("op3-date", MILESTONE, "day", [on(1, 8, 2017, "01/08/2017")],
    cite(OP, "OP3", sheet="Tracker", where="Tracker row OP3, Due date (a real date cell)"),
    ["When is the virtual fracture clinic due to go live at Astleby Royal Infirmary?",
     "virtual fracture clinc at ARI - go live date?",
     "When will people with broken bones in Astleby start having follow-ups reviewed remotely instead of in "
     "clinic?"],
    "clinc")
ask("op7-set", MILESTONE, "tbc-set", [["w/c 11 September 2017", "11 September 2017", "11 Sep 2017", "11/09/2017"]],
    cite(MP, "2.3 Outpatients", "w/c 11 September 2017",
         where="MP briefing 2.3: OP7 go-live set to w/c 11 September 2017 (tracker: TBC)"),
    ["When will clinical triage of ENT referrals go live?",
     "ENT triage (OP7) go live - tracker says TBC, has a date been set? GPs keep aksing",
     "From when will a clinician check every ear, nose and throat referral before it is booked?"],
    "aksing")
ask("op2-quarter", MILESTONE, "quarter", [["Q1 2017/18", "Q1 17/18", "Qtr 1 17/18", "April to June 2017"]],
    cite(OP, "OP2", sheet="Tracker", where="Tracker row OP2, Due date typed as text"),
    ["When should patient-initiated follow-up be live in rheumatology?",
     "when's PIFU going live in rheumy? the consultants are keen to get going, any ideer?",
     "When will people with arthritis be able to book their own follow-up appointments when they need them?"],
    "ideer")
ask("vo5-start", MILESTONE, "week-commencing", [["w/c 3 July 2017", "3 July 2017", "3 Jul 2017", "03/07/2017"]],
    cite(VCSE, "Lung health buddies", where="offer VO5 box, Start"),
    ["When does the Lung health buddies offer start?",
     "when do the lung health budies start (VO5)?",
     "When will volunteers who live with COPD start supporting people as they finish their rehab course?"],
    "budies")
ask("ipc2-moved", MILESTONE, "moved-date", [["Jul-17", "July 2017", "Jul 2017"]],
    pages(IPC, 4, where="changes slide: IPC2 first personal wheelchair budgets was Apr-17, now Jul-17"),
    ["When will the first personal wheelchair budgets be agreed?",
     "when are the first personal wheelchair budgts now? thought it was april",
     "When will the first people be given their own money to choose a wheelchair?"],
    "budgts", as_of=AFTER_ALL)
ask("win-bw-q2", MILESTONE, "relative-window",
    [["RW5", "inhaler technique", "inhaler"], ["RW9", "stop smoking", "smoking"]],
    pages(BW, 1, where="action table rows RW5 (31/07/2017) and RW9 (Q2 2017/18); RW3 (Sept-17) moved by the MP "
          "briefing to by end of November 2017"),
    ["Which Breathe Well milestones fall due this quarter?",
     "anything due on breathe well this qtr? doing the clinical board updte",
     "What does the lung disease programme have to deliver in the current three months?"],
    "updte", as_of="2017-08-10")
ask("win-bw-next", MILESTONE, "relative-window",
    [["RW4", "evening", "Saturday classes"], ["w/c 5 June 2017", "5 June 2017", "5 Jun 2017"]],
    pages(BW, BWR["RW4"]["page"], where="action table row RW4 (w/c 5 June 2017); no other row falls in June 2017"),
    ["Which Breathe Well milestones are due next month?",
     "what's due for breathe well nxt month? need it for the team briefng",
     "What is the COPD and asthma programme meant to deliver in the coming month?"],
    "briefng", as_of="2017-05-10")
ask("win-op-next", MILESTONE, "relative-window",
    [["OP3", "virtual fracture clinic", "fracture"], on(1, 8, 2017, "01/08/2017")],
    cite(OP, "OP3", sheet="Tracker", where="Tracker row OP3 (01/08/2017); no other row falls in August 2017 (OP7 "
         "set to w/c 11 September 2017 by the MP briefing)"),
    ["Which outpatient transformation milestones are due next month?",
     "any outpatient schemes going live nxt month? ops meeting on friday, need the detials",
     "What is the hospital clinics programme due to deliver in the coming month?"],
    "detials", as_of="2017-07-12")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (VCSE grid)
# ---------------------------------------------------------------------------------------------------------------
GRID_SRC = pages(VCSE, 6, where="must-do grid: nine must-dos down, VO1-VO6 across, ticks read by position")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(5, "Referral to treatment")], GRID_SRC,
    ["Which national must-do is not supported by any of the VCSE partnership offers?",
     "which must do has no VCSE offer against it? writing the gap anaylsis",
     "Which of the nine national priorities gets no help at all from the charity and community sector offers?"],
    "anaylsis")
ask("md7", MUSTDO, "mustdo-coverage", [["VO1", "social prescribing"], ["VO4", "crisis café", "crisis cafe"]],
    GRID_SRC,
    ["Which VCSE partnership offers support must-do 7, mental health?",
     "which VCSE offers tick the MH must do? need it for the MH5YFV retrn",
     "Which voluntary sector offers help with the national priority on access to mental health care?"],
    "retrn")
ask("md8", MUSTDO, "mustdo-coverage", [["VO3", "carers"]], GRID_SRC,
    ["Which VCSE offer supports must-do 8, learning disabilities?",
     "which VCSE offer covers the LD must do? TCP board want to knoe",
     "Which community sector offer contributes to the national priority on transforming care for people with "
     "a learning disability?"],
    "knoe")
ask("vo2-mds", MUSTDO, "by-initiative",
    [mdx(2, "Financial balance"), mdx(4, "A&E and ambulance"), mdx(9, "Quality and safety")], GRID_SRC,
    ["Apart from must-do 1 (the STP itself), which must-dos does the Home from Hospital offer (VO2) support?",
     "VO2 home from hospital - which must dos does it tick, aside from MD1? for the bid scorring",
     "Besides the plan as a whole, which national priorities does the volunteer settle-in-at-home-after-discharge "
     "service help with?"],
    "scorring")
ask("md4", MUSTDO, "mustdo-coverage", [["VO2", "Home from Hospital"], ["VO4", "crisis café", "crisis cafe"]],
    GRID_SRC,
    ["Which VCSE offers support must-do 4, A&E and ambulance?",
     "which VCSE offers help with the A&E must do? A&E delivery brd is asking",
     "Which of the voluntary sector offers ease the pressure on emergency departments and ambulances?"],
    "brd")
ask("md6", MUSTDO, "mustdo-coverage", [["VO6", "community transport"]], GRID_SRC,
    ["Which VCSE offer supports must-do 6, cancer?",
     "which of the VCSE offers is ticked for cancr?",
     "Which charity offer helps with the national priority on diagnosing and treating cancer quickly?"],
    "cancr")

# ---------------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------------
ask("bw-total", FACT, "figure", [["1,935", "1935", "£1,935k", "£1.9m", "1.935"]],
    pages(BW, 2, where="funding table (£k), Total row, Total column; and the sentence under it"),
    ["What is the total two-year funding requested for Breathe Well?",
     "how much is breathe well asking for in total over the two yrs? finance want the nunber",
     "How much money in all does the lung disease plan want from the transformation fund?"], "nunber")
ask("bw-pr-1819", FACT, "figure", [["290", "£290k", "£290,000"]],
    pages(BW, 2, where="funding table (£k), row Pulmonary rehabilitation expansion, 2018/19"),
    ["How much funding is requested for pulmonary rehabilitation expansion in 2018/19?",
     "pulm rehab expansion - how much £k in 18/19? for the budgt line",
     "In the second year, how much is being asked for to grow the exercise-and-breathing course service?"],
    "budgt")
ask("bw-high-risks", FACT, "filter",
    [["R1", "physiotherapists", "physios"], ["R5", "admissions avoided", "fewer admissions"]],
    pages(BW, 2, 3, where="risk register: R1 scores 4 x 4 = 16 (page 2), R5 3 x 5 = 15 (page 3); the rest are "
          "under 15"),
    ["Which Breathe Well risks score 15 or more and so are escalated to the STP Clinical Board?",
     "which breathe well risks are 15+ and get escalated? prepping the risk reprot",
     "Which of the lung programme's risks are serious enough to go up to the clinical board?"], "reprot")
ask("vcse-total", FACT, "figure", [["£2.4m", "2,400", "2400", "£2,400k", "2.4 million"]],
    pages(VCSE, 2, where="number tiles: £2.4m STP investment in six offers, 2017-19"),
    ["How much is the STP investing in the six VCSE partnership offers over 2017-19?",
     "what's the total STP investmnet in the VCSE offers?",
     "How much is the health and care plan putting into the charity and community sector's six offers over "
     "two years?"],
    "investmnet")
ask("vcse-largest", FACT, "comparison", [["VO1", "Social prescribing"]],
    pages(VCSE, 4, where="investment table (£k): VO1 total 800 is the largest"),
    ["Which VCSE partnership offer receives the largest investment?",
     "which VCSE offer gets the most £? just curiuos",
     "Which of the charity sector offers is getting the biggest share of the money?"], "curiuos")
ask("chc-savings", FACT, "figure", [["1,450", "1450", "£1,450k", "£1.45m"]],
    cite(CHC, "Total | 790 | 660 | 1,450", where="savings plan table (£k), Total row"),
    ["What is the total 2017/18 savings target in the CHC Improvement Plan?",
     "CHC savings target for 17/18 across both CCGs - how much in totl?",
     "How much do the two CCGs plan to save in 2017/18 on NHS-funded long-term care packages?"], "totl")
ask("chc-spend", FACT, "figure", [["£41.3m", "41.3"]],
    cite(CHC, "Combined CHC spend is forecast", where="section 1 prose"),
    ["What is the forecast combined CHC spend for 2016/17?",
     "what's CHC spend forcast for 16/17 across both CCGs?",
     "In 2016/17, how much were the two CCGs expected to spend on care packages the NHS funds in full for people with long-term health needs?"], "forcast")
ask("phb-total", FACT, "figure", [["162"]],
    pages(IPC, 3, where="PHB counts table at 28 February 2017, Total row and column"),
    ["How many personal health budgets were in place across the footprint at 28 February 2017?",
     "how many PHBs in place in total at end of feb? for the NHSE retun",
     "At the end of February, how many people across both CCGs had their own NHS budget for their care?"],
    "retun")
ask("op-savings", FACT, "figure", [["2410", "2,410", "£2,410k", "£2.41m"]],
    cite(OP, "Total | 960", sheet="Savings", where="Savings sheet (£k), Total row, Total column"),
    ["What are the total planned savings of the Outpatient Transformation programme over 2017/18 and 2018/19?",
     "total savings for outpatient transformation, both yrs added up? finance want the figgure",
     "How much in all do the changes to hospital clinic appointments aim to save over the two years?"],
    "figgure")
ask("stp-gap", FACT, "figure", [["£214m", "214"]],
    cite(MP, "If nothing changed", where="MP briefing 1.2"),
    ["What is the do-nothing financial gap for the Vennmouth & Astleby STP by 2020/21?",
     "what's the do nothing gap for V&A by 20/21? MP's office asked, need it quik",
     "If the local NHS carried on as it is, how big would its money shortfall be by 2020/21?"],
    "quik")
ask("population", FACT, "figure", [["842,000", "842000", "842k"]],
    cite(MP, "The STP covers 842,000", where="MP briefing 1.1"),
    ["How many registered patients does the Vennmouth & Astleby STP cover?",
     "what's the population of the STP footprnt?",
     "How many people are registered with GPs across the whole area the plan covers?"], "footprnt")

# ---------------------------------------------------------------------------------------------------------------
# Near-miss (the papers do not say)
# ---------------------------------------------------------------------------------------------------------------
absent("2019/20", "19/20")
ask("nm-bw-1920", NONE, "near-miss", [],
    pages(BW, 2, where="funding table stops at 2018/19"),
    ["How much funding is requested for Breathe Well in 2019/20?",
     "breathe well funding for 19/20 - how much? doing the 3 yr finacial plan",
     "How much will the lung disease programme need in its third year?"], "finacial")
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(MP, "1.3 The STP Partnership Board", where="MP briefing 1.3 names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership board? need a deputy to sign the letter, chair's on leeve",
     "If the independent chair of the top board is away, who stands in for her?"], "leeve")
absent("closing date", "applications close", "deadline for applications", "apply by")
ask("nm-vcse-closing", NONE, "near-miss", [],
    pages(VCSE, 5, where="key dates strip gives the grants panel week but no closing date for applications"),
    ["What is the closing date for VCSE grant applications?",
     "when do VCSE grant applications clsoe?",
     "What is the last day a charity can send in its bid for one of the STP's community grants?"], "clsoe")
absent("clinical lead", within=OP)
ask("nm-op-cl", NONE, "near-miss", [],
    cite(OP, "Programme SRO", sheet="Read me", where="Read me names the SRO only; no clinical lead"),
    ["Who is the clinical lead for the Outpatient Transformation programme?",
     "who's clin lead for outpatient transformation? consultants want a clinical voise",
     "Which doctor gives the clinical steer to the programme changing hospital clinic appointments?"], "voise")
absent("by march 2018", "march 2018 target")
ask("nm-phb-2018", NONE, "near-miss", [],
    pages(IPC, 3, where="PHB slide gives an ambition of 1,200 by March 2019 only"),
    ["What is the footprint-wide target for the number of personal health budgets by March 2018?",
     "how many PHBs are we aiming for by march 2018 across the footprint? need the 17/18 trajectery",
     "How many people across the area should have their own NHS budget by the end of March 2018?"],
    "trajectery")
absent("average", "per week", "weekly cost", "per package")
ask("nm-chc-cost", NONE, "near-miss", [],
    cite(CHC, "Combined CHC spend is forecast", where="CHC plan gives total spend only, no cost per package"),
    ["What is the average weekly cost of a CHC package?",
     "what's the avg weekly cost of a CHC packege?",
     "On average, how much does a week of NHS-funded continuing care cost for one person?"], "packege")
absent("capital", "build cost", "building cost")
ask("nm-rw3-capital", NONE, "near-miss", [],
    pages(BW, 2, where="funding table gives revenue for pulmonary rehabilitation; no capital cost of the site"),
    ["What is the capital cost of the new pulmonary rehabilitation site at Pinnock Dale Health Centre?",
     "how much capital is the pinnock dale rehab site costing? estates team asking for the buget",
     "How much will it cost to build out the new breathing-class venue in Astleby?"], "buget")
absent("evaluated by", "university", "evaluation partner", "evaluator")
ask("nm-vo-evaluator", NONE, "near-miss", [],
    pages(VCSE, 5, where="key dates name an independent evaluation report in Q1 2018/19 but not who writes it"),
    ["Which organisation will carry out the independent evaluation of the VCSE partnership offers?",
     "who's doing the independent evaluation of the VCSE offers? want to share our data with them, any contcat?",
     "Who has been chosen to judge whether the charity sector offers worked?"], "contcat")
absent("quit rate", "quit", "four-week")
ask("nm-quit-rate", NONE, "near-miss", [],
    pages(BW, 1, where="RW9 stop smoking in hospital row gives no quit rate"),
    ["What four-week quit rate is the stop smoking in hospital service expected to achieve?",
     "what quit rate are we expecting from the stop smoking in hosptial scheme?",
     "What share of smokers referred at admission are expected to have given up a month later?"], "hosptial")

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
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|overdue|currently|at present|"
                        r"now|atm|yet|this year|next year|this spring|next financial year|last month|today)\b", item["question"].lower())
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
