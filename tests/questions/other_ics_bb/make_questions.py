"""Write questions.jsonl for the Wendholt & Thrushmere STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in bank_tools' terms (PDF pages, docx body blocks, pptx slides, xlsx
rows of one sheet, text lines), and the first alternative of every gold group must be in that window. Facts that need
a step of reasoning are worked out again here from the generated files, not taken from make_papers.py:
  - the implementation plan's action table is read back by text position (pypdf's visitor) on both pages it spans:
    the header runs give the column edges, each Ref run starts a row; Annex A is read the same way, so every lead's
    initials and every risk owner's post resolve to one name (JB and JBr stay apart);
  - the estates deck's scheme boxes and who's-who slide are read by position, so each scheme's lead post resolves
    to a name;
  - the Word tables are read cell by cell with python-docx (merged cells: the CP2 lead cell is the CP1 cell merged
    down, must-do 1 is one cell merged across the six programmes, must-do 8 is empty);
  - the Excel tracker is read with openpyxl: the Due column must hold both real date cells and text, initials resolve
    on the Contacts sheet, and the savings re-add to the Total row and the Summary sheet;
  - the funding, capital and savings tables are re-added against their totals; risk scores are L x I;
  - the relative windows are checked over every row after the later papers' changes (the ACP review of 15 February
    2017 and the Joint Committee notice of 9 March 2017 stand over the earlier papers).
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
PLAN = "01_WT_STP_PEoLC_Implementation_Plan_v1.3_18Nov2016.pdf"
CLG = "02_WT_STP_Clinical_Leadership_Group_Work_Programme_07Dec2016.docx"
EST = "03_WT_STP_Estates_Strategy_Summary_SEG_12Jan2017.pdf"
QIPP = "04_WT_STP_QIPP_Scheme_Tracker_as_at_31Jan2017.xlsx"
ACP = "05_WT_ACP_Q3_Programme_Review_15Feb2017.pptx"
JC = "06_WT_Joint_Committee_Notice_of_Decisions_09Mar2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([PLAN, CLG, EST, QIPP, ACP, JC]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
CODES = ["OHC", "UEC", "PCO", "MHW", "FEL", "ASC"]


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, where="", sheet=None):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def units(file, first, last=None, where=""):
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
        ITEMS.append({"id": f"bb-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"bb-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# PDF text by position
# ---------------------------------------------------------------------------------------------------------------
def runs(file, page_no, sized=False):
    """[(x, y, text)] (and font size if sized) for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip(), round(size * tm[3] * cm[3], 1)))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out if sized else [r[:3] for r in out]


def ruled_rows(file, page_no, heads, key=r"^[A-Z]+\d"):
    """{key: {heading: cell text}} for a ruled table on a page, by position (rows start at key runs)."""
    sized = runs(file, page_no, sized=True)
    rs = [r[:3] for r in sized]
    hx = {}
    for x, y, t, z in sized:
        if t in heads and t not in hx:
            hx[t] = (x, y, z)
    if set(hx) != set(heads):
        return {}
    cell_size = hx[heads[0]][2]
    head_y = hx[heads[0]][1]
    edges = sorted((x, t) for t, (x, _, _) in hx.items())
    starts = sorted(((y, t) for x, y, t in rs if abs(x - edges[0][0]) < 3 and y < head_y - 2 and re.match(key, t)),
                    reverse=True)
    out = {}
    for i, (y, ref) in enumerate(starts):
        # a row ends at the next row's start, or at the first run below it in another type size (the table's end)
        below = [yy for x, yy, t, z in sized if z != cell_size and yy < y]
        lower = max([starts[i + 1][0] if i + 1 < len(starts) else 0] + below)
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 3 <= x < hi - 3 and lower + 1 < yy <= y + 1)
        out[ref] = cells
    return out


ACTION_HEADS = ["Ref", "Action", "Lead", "Milestone", "By when", "RAG"]
ACTIONS, ACTION_PAGE = {}, {}
for pg in U[PLAN]:
    for ref, cells in ruled_rows(PLAN, pg, ACTION_HEADS, r"^EL\d\d$").items():
        assert ref not in ACTIONS, ref
        ACTIONS[ref], ACTION_PAGE[ref] = cells, pg
assert sorted(ACTIONS) == [f"EL{i:02d}" for i in range(1, 17)], sorted(ACTIONS)
assert len(set(ACTION_PAGE.values())) == 2, "the action table should run over a page break"
assert sum(U[PLAN][p].count("Ref\nAction\nLead\nMilestone\nBy when\nRAG") for p in U[PLAN]) == 2, \
    "the action table's header row should be printed on both pages"

ANNEX_PAGE = [k for k, v in U[PLAN].items() if "Annex A. Contacts" in v][0]
CONTACTS = ruled_rows(PLAN, ANNEX_PAGE, ["Initials", "Name", "Post"], r"^[A-Z]{2}[a-z]?$")
assert len(CONTACTS) == 11, sorted(CONTACTS)
WHO = {i: c["Name"] for i, c in CONTACTS.items()}
BY_POST = {c["Post"]: c["Name"] for c in CONTACTS.values()}
assert WHO["JB"] == "Jacqueline Barrowclough" and WHO["JBr"] == "Jonah Brereton"


def lead_of(ref):
    return WHO[ACTIONS[ref]["Lead"]]


assert lead_of("EL04") == "Patience Okonjo" and lead_of("EL05") == "Jacqueline Barrowclough"
assert lead_of("EL13") == "Jonah Brereton" and lead_of("EL02") == "Dr Hamish Trevail"
assert ACTIONS["EL04"]["By when"] == "w/c 5 June 2017" and ACTIONS["EL11"]["By when"] == "tbc"

RISK_HEADS = ["ID", "Risk", "Owner", "L", "I", "Score", "Mitigation"]
RISKS, RISK_PAGE = {}, {}
for pg in U[PLAN]:
    for ref, cells in ruled_rows(PLAN, pg, RISK_HEADS, r"^R\d$").items():
        RISKS[ref], RISK_PAGE[ref] = cells, pg
assert sorted(RISKS) == ["R1", "R2", "R3", "R4"], RISKS
for ref, r in RISKS.items():
    assert int(r["L"]) * int(r["I"]) == int(r["Score"]), ref
    owners = [name for post, name in BY_POST.items() if norm(post).startswith(norm(r["Owner"]))]
    assert len(owners) == 1, (ref, r["Owner"], owners)
    r["Owner name"] = owners[0]
assert RISKS["R1"]["Owner name"] == "Bronwen Tillotson" and RISKS["R2"]["Score"] == "12"
assert sorted(k for k, r in RISKS.items() if int(r["Score"]) >= 12) == ["R1", "R2", "R4"]

FUND_PAGE = [k for k, v in U[PLAN].items() if "4. Funding" in v][0]
FUND = ruled_rows(PLAN, FUND_PAGE, ["Scheme", "2017/18 £k", "2018/19 £k", "Total £k"], r"^(EL\d\d|Total)")
assert len(FUND) == 7, FUND
num = lambda s: float(s.replace(",", "").replace("£", "").replace("m", ""))  # noqa: E731
for k, row in FUND.items():
    assert num(row["2017/18 £k"]) + num(row["2018/19 £k"]) == num(row["Total £k"]), k
for col in ["2017/18 £k", "2018/19 £k", "Total £k"]:
    assert sum(num(r[col]) for k, r in FUND.items() if k != "Total") == num(FUND["Total"][col]), col
assert FUND["Total"]["Total £k"] == "2,570" and "£2,570k (£2.57m)" in U[PLAN][FUND_PAGE]
HAH = [r for k, r in FUND.items() if "Hospice at home" in r["Scheme"]][0]
assert HAH["2018/19 £k"] == "455"

# ---------------------------------------------------------------------------------------------------------------
# Estates deck by position
# ---------------------------------------------------------------------------------------------------------------
SCHEMES_SLIDE = [k for k, v in U[EST].items() if "Our estates schemes and who leads them" in v][0]
WHOS_SLIDE = [k for k, v in U[EST].items() if v.startswith("Who's who")][0]
CAPITAL_SLIDE = [k for k, v in U[EST].items() if "Capital requirement by scheme and year" in v][0]


def scheme_boxes():
    rs = runs(EST, SCHEMES_SLIDE)
    out = {}
    for x, y, t in rs:
        if re.fullmatch(r"EST\d", t):
            text = " ".join(tt for xx, yy, tt in sorted(rs, key=lambda r: (-r[1], r[0]))
                            if x - 2 <= xx < x + 205 and y - 200 < yy < y)
            lead = re.search(r"Lead: (.*?) Target:", text).group(1)
            target = re.search(r"Target: (.*?) Capital", text).group(1)
            out[t] = {"lead": lead, "target": target, "text": text}
    return out


BOXES = scheme_boxes()
assert sorted(BOXES) == [f"EST{i}" for i in range(1, 8)]
WHOS = {}
for x, y, t in runs(EST, WHOS_SLIDE):
    if x < 100:
        WHOS.setdefault(round(y), {})["post"] = t
    elif 500 < x < 700:
        WHOS.setdefault(round(y), {})["name"] = t
POST_NAME = {v["post"]: v["name"] for v in WHOS.values() if "post" in v and "name" in v}
assert POST_NAME["Chair, Strategic Estates Group"] == "Geraint Hollowell"
for ref, b in BOXES.items():
    hits = [n for p, n in POST_NAME.items() if norm(p) == norm(b["lead"])]
    assert len(hits) == 1, (ref, b["lead"])
    b["name"] = hits[0]
assert BOXES["EST3"]["name"] == "Ruairi Phelan" and BOXES["EST2"]["target"] == "Winter 2017/18"


def capital_table():
    lines = U[EST][CAPITAL_SLIDE].splitlines()
    out, i = {}, 0
    while i < len(lines):
        m = re.match(r"(EST\d) ", lines[i])
        if (m or lines[i] == "Total") and i + 4 < len(lines) and re.fullmatch(r"[\d.]+", lines[i + 1]):
            out[m.group(1) if m else "Total"] = [float(v) for v in lines[i + 1:i + 5]]
            i += 5
        else:
            i += 1
    return out


CAP = capital_table()
assert len(CAP) == 7 and "EST4" not in CAP, CAP
for k, v in CAP.items():
    assert round(sum(v[:3]), 1) == v[3], k
for j in range(4):
    assert round(sum(v[j] for k, v in CAP.items() if k != "Total"), 1) == CAP["Total"][j], j
assert CAP["Total"][3] == 46.8 and max((v[3], k) for k, v in CAP.items() if k != "Total")[1] == "EST1"

# ---------------------------------------------------------------------------------------------------------------
# Word tables, cell by cell
# ---------------------------------------------------------------------------------------------------------------
import docx  # noqa: E402

DOC = docx.Document(str(PAPERS / CLG))
PRI_T, MD_T = DOC.tables[1], DOC.tables[2]
assert PRI_T.cell(0, 3)._tc is PRI_T.cell(0, 4)._tc and PRI_T.cell(0, 0)._tc is PRI_T.cell(1, 0)._tc
PRI = {}
for i, row in enumerate(PRI_T.rows):
    cells = row.cells
    if re.fullmatch(r"CP\d+", cells[0].text):
        PRI[cells[0].text] = {"priority": cells[1].text, "lead": cells[2].text, "milestone": cells[3].text,
                              "when": cells[4].text, "row": i}
assert len(PRI) == 13
r1, r2 = PRI["CP1"]["row"], PRI["CP2"]["row"]
assert PRI_T.cell(r1, 2)._tc is PRI_T.cell(r2, 2)._tc and PRI["CP2"]["lead"] == "Dr Tunde Adebayo-Lisle"
assert PRI_T.cell(PRI["CP8"]["row"], 2)._tc is PRI_T.cell(PRI["CP7"]["row"], 2)._tc
assert PRI["CP8"]["when"] == "Summer 2017" and PRI["CP7"]["lead"] == "Dr Ishbel Carrick"
MDX = {}
head = [c.text for c in MD_T.rows[1].cells]
assert head[1:] == CODES, head
for row in MD_T.rows[2:]:
    cells = row.cells
    n = int(cells[0].text.split(".")[0])
    MDX[n] = {code: cells[j].text for j, code in enumerate(CODES, 1) if cells[j].text}
assert len({id(c._tc) for c in MD_T.rows[2].cells[1:]}) == 1  # must-do 1: one cell merged across
assert [n for n in range(2, 10) if not MDX[n]] == [8]
lead_for = lambda n: [c for c, v in MDX[n].items() if v == "Lead"]  # noqa: E731
assert sorted(MDX[4]) == ["FEL", "MHW", "OHC", "UEC"] and lead_for(4) == ["UEC"]
assert lead_for(6) == ["PCO"] and lead_for(2) == ["ASC"] and lead_for(3) == ["OHC"]
assert [n for n in range(2, 10) if "FEL" in MDX[n]] == [4, 9] and MDX[4]["MHW"] == "Supports"

# ---------------------------------------------------------------------------------------------------------------
# Excel tracker
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(str(PAPERS / QIPP))
TR = WB["Tracker"]
hdr = [c.value for c in TR[3]]
assert hdr[:6] == ["Ref", "Programme", "Scheme", "Lead", "Next milestone", "Due"], hdr
ROWS = {}
for row in TR.iter_rows(min_row=4):
    if row[0].value and re.fullmatch(r"Q\d\d", row[0].value):
        ROWS[row[0].value] = {h: c.value for h, c in zip(hdr, row)} | {"row": row[0].row}
dues = [r["Due"] for r in ROWS.values()]
assert any(isinstance(d, datetime) for d in dues) and any(isinstance(d, str) for d in dues)
assert isinstance(ROWS["Q04"]["Due"], datetime) and ROWS["Q13"]["Due"] == "31/10/2017"
assert ROWS["Q14"]["Due"] == "TBC" and isinstance(ROWS["Q07"]["Due"], datetime)
INITIALS = {r[0].value: r[1].value for r in WB["Contacts"].iter_rows(min_row=2)}
assert INITIALS[ROWS["Q02"]["Lead"]] == "Ffion Greaves"
total_row = [r for r in TR.iter_rows(min_row=4) if r[0].value == "Total"][0]
assert sum(r["Plan £k"] for r in ROWS.values()) == total_row[7].value == 14600
assert sum(r["Forecast £k"] for r in ROWS.values()) == total_row[8].value == 13660
SUMMARY = U[QIPP]
assert "Total 2017/18 QIPP plan: £14.6m. Forecast shortfall: £940k." in SUMMARY["Summary!12"]
CONTACT_ROW = {r[0].value: r[0].row for r in WB["Contacts"].iter_rows(min_row=2)}

# ---------------------------------------------------------------------------------------------------------------
# Later papers: what they change
# ---------------------------------------------------------------------------------------------------------------
ACP_CHANGES = [k for k, v in U[ACP].items() if v.startswith("Changes agreed at the ACP Board")][0]
ACP_LEAD = [k for k, v in U[ACP].items() if v.startswith("Programme leadership")][0]
assert "| Winter 2017/18 | Q1 2018/19 |" in U[ACP][ACP_CHANGES]
assert "Dr Sunniva Ekwall, Medical Director" in U[ACP][ACP_CHANGES] and "From 1 April 2017" in U[ACP][ACP_CHANGES]
JC_TEXT = norm("\n".join(U[JC].values()))
assert "policy go-live moves to 29 september 2017" in JC_TEXT and "in post by q2 2017/18" in JC_TEXT
assert "she also leads actions el02" in JC_TEXT

# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(text):
    """(start, end) ordinals of one due date as written; None when not known."""
    if isinstance(text, datetime):
        return (text.date().toordinal(),) * 2
    t = text.lower().strip()
    if t in ("tbc", "to be confirmed"):
        return None
    if m := re.fullmatch(r"q(\d) (\d{4})/\d\d", t):
        q, y = int(m.group(1)), int(m.group(2))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)
    if m := re.fullmatch(r"([a-z]{3})[a-z]*-(\d\d)", t):
        y, mo = 2000 + int(m.group(2)), MON[m.group(1)]
        return date(y, mo, 1).toordinal(), month_end(y, mo)
    if m := re.fullmatch(r"by end of ([a-z]+) (\d{4})", t):
        y, mo = int(m.group(2)), MON[m.group(1)[:3]]
        return (month_end(y, mo),) * 2
    if m := re.fullmatch(r"w/c (\d+) ([a-z]+) (\d{4})", t):
        d = date(int(m.group(3)), MON[m.group(2)[:3]], int(m.group(1))).toordinal()
        return d, d + 6
    if m := re.fullmatch(r"(\d+) ([a-z]+) (\d{4})", t):
        return (date(int(m.group(3)), MON[m.group(2)[:3]], int(m.group(1))).toordinal(),) * 2
    if m := re.fullmatch(r"(?:by )?(\d\d)/(\d\d)/(\d{4})", t):
        return (date(int(m.group(3)), int(m.group(2)), int(m.group(1))).toordinal(),) * 2
    if m := re.fullmatch(r"(winter|spring|summer|autumn) (\d{4})(?:/\d\d)?", t):
        y = int(m.group(2))
        s, e = {"winter": ((y, 12), (y + 1, 2)), "spring": ((y, 3), (y, 5)), "summer": ((y, 6), (y, 8)),
                "autumn": ((y, 9), (y, 11))}[m.group(1)]
        return date(*s, 1).toordinal(), month_end(*e)
    if m := re.fullmatch(r"(\d{4})/\d\d", t):
        y = int(m.group(1))
        return date(y, 4, 1).toordinal(), month_end(y + 1, 3)
    raise AssertionError(text)


PLAN_DUE = {ref: period(c["By when"]) for ref, c in ACTIONS.items()}
assert PLAN_DUE["EL11"] is None
PLAN_DUE["EL11"] = period("Q2 2017/18")  # the Joint Committee notice sets the "tbc"
QIPP_DUE = {ref: period(r["Due"]) for ref, r in ROWS.items()}
QIPP_DUE["Q07"] = period("29 September 2017")  # moved by the Joint Committee notice


def due_in(dues, refs, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref in refs:
        p = dues[ref]
        if p is None:
            continue
        if s <= p[0] and p[1] <= e:
            inside.add(ref)
        elif p[0] <= e and p[1] >= s:
            partial.add(ref)
    return inside, partial


assert due_in(PLAN_DUE, ACTIONS, date(2017, 7, 1), date(2017, 9, 30)) == ({"EL03", "EL06", "EL11"}, set())
assert due_in(PLAN_DUE, ACTIONS, date(2017, 6, 1), date(2017, 6, 30)) == ({"EL04", "EL10"}, set())
PCO_REFS = [r for r, v in ROWS.items() if v["Programme"] == "PCO"]
assert due_in(QIPP_DUE, PCO_REFS, date(2017, 9, 1), date(2017, 9, 30)) == ({"Q07"}, set())
assert due_in(QIPP_DUE, PCO_REFS, date(2017, 6, 1), date(2017, 6, 30))[0] == set()

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
def plan_window(ref, name, where):
    return cite(PLAN, ref, name, where=where)


ask("fel-sro", OWNER, "role-holder", [["Solway"]],
    cite(PLAN, "The Senior Responsible Officer for the programme is Dr Miriam Solway",
         where="implementation plan section 1: SRO of the Frailty & End of Life programme"),
    ["Who is the Senior Responsible Officer for the Frailty & End of Life programme?",
     "who's SRO for FEL? need to send them the hospice at home paper befor friday",
     "Which medical director is ultimately accountable for the STP's work on frailty and care at the end of life?"],
    "befor")
ask("el04-lead", OWNER, "initials-resolved", [["Okonjo"]],
    plan_window("EL04", "Patience Okonjo", "action table row EL04, Lead 'PO'; Annex A: PO = Patience Okonjo"),
    ["Who leads the Six Steps end of life care training for care home staff (action EL04)?",
     "who's leading EL04, the six steps training for care homes? table just says PO, who's that in real lfie?",
     "Who is in charge of teaching staff in residential and nursing homes how to look after dying residents?"],
    "lfie")
ask("el05-lead", OWNER, "initials-resolved", [["Barrowclough"]],
    plan_window("EL05", "Jacqueline Barrowclough",
                "action table row EL05, Lead 'JB'; Annex A: JB = Jacqueline Barrowclough (JBr is someone else)"),
    ["Who leads the shared advance care planning register (action EL05)?",
     "who's lead for the ACP register, EL05? JB - but is that jonah or someone else?? confussed",
     "Who is responsible for setting up one list of people thought to be in their last year of life?"],
    "confussed")
ask("el13-lead", OWNER, "initials-resolved", [["Brereton"]],
    plan_window("EL13", "Jonah Brereton", "action table row EL13, Lead 'JBr'; Annex A: JBr = Jonah Brereton"),
    ["Who leads the joint palliative care pathway for people with dementia (action EL13)?",
     "EL13 dementia + palliative pathway - who's the lead (JBr)? memory service wants to get in tuch",
     "Who is bringing together end of life care and the memory assessment services for people with dementia?"],
    "tuch")
ask("r1-owner", OWNER, "post-resolved", [["Tillotson"]],
    cite(PLAN, "Specialist palliative care", "Bronwen Tillotson",
         where="risk R1, owner 'Director of Nursing, Harlock Moor Community & Mental Health NHS Trust'; Annex A "
               "names the post-holder"),
    ["Who owns the risk that specialist palliative care nursing posts cannot be recruited to?",
     "who owns R1 in the EoLC plan, the palliative nurse recruitment risk? need a name not a job titel",
     "Who personally is on the hook if the hospice and community can't find enough specialist nurses for the dying?"],
    "titel")
ask("est3-lead", OWNER, "post-resolved", [["Phelan"]],
    units(EST, SCHEMES_SLIDE, WHOS_SLIDE,
          "slide 3: EST3 'Lead: Head of Estates, Harlock Moor Community & Mental Health NHS Trust'; slide 6 "
          "who's who names the post-holder"),
    ["Who leads the Cadley Vale Community Hospital reconfiguration scheme?",
     "who's the actual person leading EST3 cadley vale? slide only gives a job title, anoying",
     "Who is the named person in charge of remodelling the hospital that the sale of an old hospital site is meant to help pay for?"],
    "anoying")
ask("seg-chair", OWNER, "governance", [["Hollowell"]],
    units(EST, WHOS_SLIDE, where="who's who slide: Chair, Strategic Estates Group"),
    ["Who chairs the Strategic Estates Group?",
     "who chairs the SEG? want to get the ETTF bid on the agnda",
     "Who runs the meetings of the group that oversees the STP's buildings and land?"],
    "agnda")
ask("mhw-cl", OWNER, "role-holder", [["Carrick"]],
    units(ACP, ACP_LEAD, where="ACP review, programme leadership table: MHW clinical lead"),
    ["Who is the clinical lead for the Mental Health & Wellbeing programme?",
     "clin lead for MHW pls? want to ask about core 24 staffing at WRI, thanks in advence",
     "Which doctor gives the clinical lead on the STP's work on mental health services?"],
    "advence")
ask("cp2-lead", OWNER, "merged-cell", [person("Adebayo-Lisle")],
    cite(CLG, "CP2 | Extended access to general practice",
         where="CLG priorities table: CP2's Clinical lead cell is CP1's cell merged down"),
    ["Who is the clinical lead for extended access to general practice (CP2)?",
     "who's clin lead on CP2, 8-8 GP extended acess? the cell looks blank in my print",
     "Which clinician leads the work on evening and weekend GP appointments?"],
    "acess")
ask("q02-lead", OWNER, "initials-resolved", [["Greaves"]],
    cite(QIPP, "FG", where="Tracker row Q02 (care homes ward rounds), Lead 'FG'; Contacts sheet FG = Ffion Greaves",
         sheet="Contacts"),
    ["Who leads the QIPP scheme for multidisciplinary ward rounds in care homes (Q02)?",
     "QIPP Q02 care home ward rounds - lead is FG, who's that? need them for the savings chat tomorrow, it's at rsik",
     "Who is responsible for the savings scheme that sends teams of professionals round care homes?"],
    "rsik")
ask("uec-sro-now", OWNER, "changed-owner", [["Ekwall"]],
    units(ACP, ACP_CHANGES, where="ACP review changes slide: new UEC SRO from 1 April 2017 (earlier papers: Ravi "
          "Pendrill)"),
    ["Who is currently the Senior Responsible Officer for Urgent & Emergency Care?",
     "who's UEC SRO now that ravi's gone? updating the A&E delivery board membrship",
     "Who is now in overall charge of the STP's work on emergency departments and urgent care?"],
    "membrship", as_of="2017-04-10")
ask("uec-sro-before", OWNER, "previous-holder", [["Pendrill"]],
    units(ACP, ACP_LEAD, where="ACP review programme leadership table: UEC SRO Ravi Pendrill (until 31 March 2017)"),
    ["Who is the SRO for Urgent & Emergency Care?",
     "who's SRO for UEC at the mo? need sign-off on the winter lesons paper",
     "Who currently has overall responsibility for the emergency and urgent care programme?"],
    "lesons", as_of="2017-02-20")
ask("el02-lead-now", OWNER, "changed-owner", [person("Achebe-Fenn")],
    cite(JC, "Dr Rosalind Achebe-Fenn", "team) of the implementation plan",
         where="Joint Committee notice JC/17/08: from 1 April 2017 she leads EL02 (the plan's Lead: HT)"),
    ["Who leads the 24/7 palliative care advice line (action EL02)?",
     "who's leading EL02 the 24/7 advice line now hamish has retired? plan still says HT, very confusng",
     "Who is now responsible for the round-the-clock phone line for people who are dying and their families?"],
    "confusng", as_of="2017-04-20")
ask("hollowell-role", OWNER, "role-of-person", [["Acute Services Collaboration", "ASC"]],
    units(ACP, ACP_LEAD, where="ACP review programme leadership table: Geraint Hollowell is SRO of ASC"),
    ["Which STP programme is Geraint Hollowell the SRO for?",
     "geraint hollowell - which programme is he SRO of? i know he's DoF at WRH, just chekcing",
     "Which of the six programmes does the Wendholt Royal Hospitals finance director own?"],
    "chekcing")
ask("jc-secretary", OWNER, "signatory", [["Harrop"]],
    cite(JC, "Lucinda Harrop", "Secretary to the Joint Committee", where="notice signature block"),
    ["Who is the Secretary to the Joint Committee of the CCGs?",
     "who's the JC secretary? want to get an item on the april agenda, who do i emial",
     "Who signed the published record of what the CCGs' joint committee decided in March?"],
    "emial")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
def row_cite(ref, where):
    return units(PLAN, ACTION_PAGE[ref], where=where)


ask("el01-q3", MILESTONE, "quarter", [["Q3 2017/18", "Q3 17/18", "quarter 3 2017/18", "October to December 2017"]],
    row_cite("EL01", "action table row EL01, By when"),
    ["By when should EPaCS be live in all 64 GP practices?",
     "when's EPaCS meant to be live in every practice? (EL01) our practice manager keeps askin",
     "When will every surgery be able to see the shared electronic record of dying patients' wishes?"],
    "askin")
ask("el04-wc", MILESTONE, "week-commencing", [["w/c 5 June 2017", "5 June 2017", "5 Jun 2017", "05/06/2017"]],
    row_cite("EL04", "action table row EL04, By when"),
    ["When should the first cohort of 20 care homes complete the Six Steps training?",
     "EL04 first cohort of 20 homes - what week is that due? trying to book the venu",
     "When should the first group of care homes have finished their end of life care course?"],
    "venu")
ask("el05-winter", MILESTONE, "season", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    row_cite("EL05", "action table row EL05, By when"),
    ["When should 1% of the registered population be on the advance care planning register?",
     "ACP register (EL05) - when do we hit 1% of pop on it? for the CCG asurance report",
     "By when should one in a hundred patients be on the list of people who may be in their last year of life?"],
    "asurance")
ask("el03-sept", MILESTONE, "month", [["Sept-17", "September 2017", "Sep 2017", "Sep-17"]],
    row_cite("EL03", "action table row EL03, By when"),
    ["When should the rapid discharge home to die pathway be agreed by both acute trusts?",
     "rapid discharge to die pathway EL03 - when are both trusts meant to sign it off? discharge team keen to knw",
     "By when should both hospitals have agreed how to get dying patients home quickly?"],
    "knw")
ask("el06-day", MILESTONE, "day", [on(31, 7, 2017, "31/07/2017")],
    row_cite("EL06", "action table row EL06, By when"),
    ["When is the contract for the all-age bereavement support service due to be awarded?",
     "bereavment service contract award date? EL06",
     "When will the deal be signed for the new service supporting people after someone dies?"],
    "bereavment")
ask("el02-eom", MILESTONE, "end-of-month", [["by end of March 2018", "end of March 2018", "31 March 2018",
                                             "March 2018", "31/03/2018"]],
    row_cite("EL02", "action table row EL02, By when"),
    ["By when should the 24/7 palliative care advice line be live?",
     "when does the 24/7 pall care advice line go live (EL02)? GPs keep asking, driving me crazzy",
     "By when will there be a single number to ring day or night for advice about someone who is dying?"],
    "crazzy")
ask("el11-set", MILESTONE, "tbc-set", [["Q2 2017/18", "Q2 17/18", "quarter 2 2017/18", "July to September 2017"]],
    cite(JC, "JC/17/10", "now set: four facilitators will be in post by Q2 2017/18",
         where="Joint Committee notice JC/17/10 sets EL11's 'tbc' to Q2 2017/18"),
    ["By when will the four end of life care facilitators be in post (action EL11)?",
     "EL11 EoL facilitators - still tbc or is there a date now? HR want to start recruting",
     "When will each of the four localities have its own person to support staff caring for the dying?"],
    "recruting", as_of="2017-03-20")
ask("est2-moved", MILESTONE, "moved-date", [["Q1 2018/19", "Q1 18/19", "quarter 1 2018/19", "April to June 2018"]],
    units(ACP, ACP_CHANGES, where="ACP review changes slide: EST2 opening moved from Winter 2017/18 to Q1 2018/19"),
    ["When is the Urgent Treatment Centre at Wendholt Royal Infirmary expected to open?",
     "when's the WRI UTC opening now? heard the planning permision slipped",
     "When will the new walk-in urgent care unit at the front of Wendholt's main hospital open its doors?"],
    "permision", as_of="2017-03-01")
ask("est2-original", MILESTONE, "original-date", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    units(EST, SCHEMES_SLIDE, where="estates deck slide 3: EST2 'Target: Winter 2017/18' (moved later by the ACP)"),
    ["What opening date did the Estates Strategy summary of January 2017 give for the Wendholt Royal Infirmary "
     "Urgent Treatment Centre?",
     "what was the original target for EST2 the UTC in the estates strat, before it moved? for the slippage lgo",
     "Before the planning delay, when had the new urgent care unit at Wendholt's hospital been meant to open?"],
    "lgo")
ask("q07-moved", MILESTONE, "moved-date", [on(29, 9, 2017, "29 September 2017")],
    cite(JC, "JC/17/09", "The policy go-live moves to 29 September 2017",
         where="Joint Committee notice JC/17/09: Q07 moved from 30/06/2017 (tracker) to 29 September 2017"),
    ["When does the revised procedures of limited clinical value policy go live?",
     "PLCV policy (QIPP Q07) go live date? tracker says end of june but i heard it's slippd",
     "From when will the new rules on which low-value operations are funded apply?"],
    "slippd", as_of="2017-03-20")
ask("q04-date", MILESTONE, "date-cell", [on(3, 7, 2017, "03/07/2017")],
    cite(QIPP, "Q04 | UEC", where="Tracker row Q04, Due (a real date cell)", sheet="Tracker"),
    ["By when should ambulance hear and treat reach 12% of 999 calls?",
     "hear & treat at 12% (Q04) - due date? ambulance trust asked, can't find it quikly",
     "When should one in eight emergency calls be dealt with over the phone without sending an ambulance?"],
    "quikly")
ask("q13-textdate", MILESTONE, "text-date", [on(31, 10, 2017, "31/10/2017")],
    cite(QIPP, "Q13 | ASC", where="Tracker row Q13, Due typed as text '31/10/2017'", sheet="Tracker"),
    ["By when should agency spend be within the cap for three months running (QIPP scheme Q13)?",
     "agency cap scheme Q13 - when do we need 3 months under the cap by? HR director wants the dealine",
     "By what date should the hospitals have kept temporary staffing costs under the limit for a whole quarter?"],
    "dealine")
ask("q14-tbc", MILESTONE, "unknown-date", [["TBC", "to be confirmed", "no date", "not yet known", "not known"]],
    cite(QIPP, "Q14 | ASC", where="Tracker row Q14, Due 'TBC'", sheet="Tracker"),
    ["When should the biosimilar medicines switch be complete in both acute trusts?",
     "biosimilars switch Q14 - any date yet for it being done in both trusts? pharmacy keep chasnig",
     "When will both hospitals have moved patients onto the cheaper copies of biological drugs?"],
    "chasnig")
ask("cp8-summer", MILESTONE, "season", [["Summer 2017", "summer 17"]],
    cite(CLG, "CP8 | A crisis house in Harlock Moor", where="CLG priorities table, CP8 When"),
    ["When is the crisis house in Harlock Moor due to open?",
     "when does the harlock moor crisis house open? service users groop asking",
     "When will people in a mental health crisis have somewhere other than a ward to stay in Harlock Moor?"],
    "groop")
ask("uec-sro-eff", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    units(ACP, ACP_CHANGES, where="ACP review changes slide: new UEC SRO from 1 April 2017"),
    ["From what date does Dr Sunniva Ekwall become SRO for Urgent & Emergency Care?",
     "when does sunniva ekwall take over as UEC SRO? need the date for the organagram",
     "From when does the Thrushmere medical director take charge of the urgent and emergency care programme?"],
    "organagram")
ask("jc-next", MILESTONE, "meeting-date", [on(13, 4, 2017, "13 April 2017")],
    cite(JC, "Next meeting: Thursday 13 April 2017", where="notice: next meeting"),
    ["When is the next meeting of the Joint Committee of the CCGs after 9 March 2017?",
     "when's the next JC meeting after the march one? need to get papers in on tiem",
     "On what date do the CCGs' joint decision-making body meet again after their March session?"],
    "tiem")
ask("win-fel-q2", MILESTONE, "relative-window",
    [["rapid discharge", "EL03"], ["bereavement", "EL06"], ["facilitators", "EL11"]],
    cite(PLAN, "EL03", "Annex A. Contacts",
         where="action table EL03 (Sept-17) and EL06 (31/07/2017); EL11 set to Q2 2017/18 by the Joint Committee "
               "notice JC/17/10; no other action falls in Q2 2017/18"),
    ["Which actions in the end of life care implementation plan are due this quarter?",
     "what EoL plan actions are due this qtr? doing the FEL board highlihgts",
     "Which of the commitments on care for the dying should be delivered in the current three months?"],
    "highlihgts", as_of="2017-07-05")
ask("win-fel-next", MILESTONE, "relative-window",
    [["Six Steps", "care home", "EL04"], ["Just in case", "anticipatory medicines", "EL10"]],
    cite(PLAN, "EL04", "EL10", where="action table: EL04 (w/c 5 June 2017) and EL10 (by end of June 2017), either "
         "side of the page break; no other action falls in June 2017"),
    ["Which end of life care implementation plan actions are due next month?",
     "anything in the EoLC plan due nxt month? prepping the programe board pack",
     "What should the programme for people at the end of their lives deliver in the coming month?"],
    "programe", as_of="2017-05-15")
ask("win-pco-month", MILESTONE, "relative-window",
    [["limited clinical value", "PLCV", "Q07"], on(29, 9, 2017, "29 September 2017")],
    cite(JC, "JC/17/09", "The policy go-live moves to 29 September 2017",
         where="Q07 moved to 29 September 2017 by the notice; no other PCO tracker row falls in September 2017"),
    ["Which Planned Care & Outpatients QIPP milestones are due this month?",
     "any PCO QIPP milestones due this month? for the planned care finanse meeting",
     "What should the programme on hospital referrals and clinics deliver for its savings schemes in the current "
     "month?"],
    "finanse", as_of="2017-09-04")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (Word table read cell by cell)
# ---------------------------------------------------------------------------------------------------------------
PN = {"OHC": ["OHC", "Out of Hospital Care"],
      "UEC": ["UEC", "Urgent & Emergency Care", "Urgent and Emergency Care"],
      "PCO": ["PCO", "Planned Care & Outpatients", "Planned Care and Outpatients", "Planned Care"],
      "MHW": ["MHW", "Mental Health & Wellbeing", "Mental Health and Wellbeing"],
      "FEL": ["FEL", "Frailty & End of Life", "Frailty and End of Life", "Frailty"],
      "ASC": ["ASC", "Acute Services Collaboration"]}


def mdx(n, *first):
    """Gold for must-do n: the table's wording first, then bank_tools.md renderings less programme-like names."""
    skip = ("UEC", "Urgent & emergency care", "urgent and emergency care", "Mental health", "Primary care")
    return alts(*first, *[f for f in md(n) if f not in skip])


MD_FIRST = [k for k, v in U[CLG].items() if v.startswith("National must-do (2016/17 planning guidance) | STP")][0]
MD_NOTE = [k for k, v in U[CLG].items() if v.startswith("No programme leads on or supports must-do 8")][0]
MDT = units(CLG, MD_FIRST, MD_NOTE - 1, "CLG must-do alignment table (read cell by cell)")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")],
    MDT,
    ["Which national must-do is not covered by any STP programme in the clinical strategy work programme?",
     "which must do has no programme against it in the CLG paper? any gapps?",
     "Which of the nine national priorities does none of our own programmes lead on or support?"], "gapps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [PN["UEC"], PN["OHC"], PN["MHW"], PN["FEL"]],
    MDT,
    ["Which programmes lead on or support must-do 4 (A&E four-hour standard and ambulance response times)?",
     "which programmes are against MD4 A&E / ambulance, lead or supporting? doing the 4hr recovey plan",
     "Which of our programmes help with emergency department waits and ambulance response times?"], "recovey")
ask("md6-lead", MUSTDO, "mustdo-lead", [PN["PCO"]],
    MDT,
    ["Which programme leads on the cancer must-do (must-do 6)?",
     "who's lead programme for MD6 cancer 62 day? cancer aliance wants to know",
     "Which programme is mainly responsible for the national target on starting cancer treatment within two "
     "months?"], "aliance")
ask("fel-mustdos", MUSTDO, "by-programme", [mdx(4, "A&E"), mdx(9, "quality")],
    MDT,
    ["Which national must-dos, apart from must-do 1, does the Frailty & End of Life programme support?",
     "what MDs does FEL line up against (other than MD1 which is everyone)? for the frailty assurance pakc",
     "Apart from the plan itself, which national priorities does the programme on frailty and care of the dying "
     "contribute to?"], "pakc")
ask("md2-lead", MUSTDO, "mustdo-lead", [PN["ASC"]],
    MDT,
    ["Which programme leads on must-do 2, returning the system to financial balance?",
     "who's the lead programme on MD2 financial balance? ie who owns the deficitt",
     "Which programme mainly carries the job of getting the local NHS books back to break-even?"], "deficitt")
ask("mhw-md4", MUSTDO, "cell-detail", [["Supports", "supporting", "support role", "not the lead"]],
    MDT,
    ["Does the Mental Health & Wellbeing programme lead on or support must-do 4 (A&E and ambulance)?",
     "is MHW lead or just suporting on MD4 A&E?",
     "Is the mental health programme the main one for emergency department waits, or does it only help?"],
    "suporting")
ask("md3-lead", MUSTDO, "mustdo-lead", [PN["OHC"]],
    MDT,
    ["Which programme leads on must-do 3, sustainable general practice?",
     "lead programme for MD3 generel practice?",
     "Which programme is mainly responsible for keeping family doctor services going?"], "generel")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
FUNDS = units(PLAN, FUND_PAGE, where="implementation plan section 4: funding table in £k, Total row and column")
ask("peolc-total", FACT, "figure", [["£2,570k", "2,570", "£2.57m", "2570", "£2.6m"]],
    FUNDS,
    ["What is the total funding committed to the end of life care implementation plan over 2017/18 and 2018/19?",
     "total £ for the EoLC plan over the 2 yrs? finnance want one number",
     "How much money in all has been set aside over two years for improving care for people who are dying?"],
    "finnance")
ask("hah-1819", FACT, "figure", [["455", "£455k", "£455,000", "£0.455m"]],
    FUNDS,
    ["How much funding does the hospice at home extension get in 2018/19?",
     "hospice at home funding in 18/19, £k? hospice board meting next week",
     "How much is set aside in the second year for extending care at home from the hospice?"],
    "meting")
ask("est-total", FACT, "figure", [["46.8", "£46.8m", "46.8 million"]],
    units(EST, CAPITAL_SLIDE, where="estates deck: capital table Total row and column"),
    ["What is the total capital required by the estates schemes from 2017/18 to 2019/20?",
     "total capital ask in the estates strat, £m? for the FIC paper, ta very much, it's urgetn",
     "How much money in all do the STP's building projects need over the three years?"],
    "urgetn")
ask("est-largest", FACT, "comparison", [["Thrushmere Health & Wellbeing Centre", "EST1",
                                          "Thrushmere Health and Wellbeing Centre", "Health & Wellbeing Centre"]],
    units(EST, CAPITAL_SLIDE, where="estates deck capital table: EST1 has the largest Total (14.2)"),
    ["Which estates scheme needs the most capital?",
     "which estates scheme is the bigest capital ask?",
     "Which building project is the most expensive in the STP's estates plans?"], "bigest")
ask("qipp-total", FACT, "figure", [["£14.6m", "14,600", "14600", "14.6 million"]],
    cite(QIPP, "Total | 14600", "Total 2017/18 QIPP plan: £14.6m", sheet="Summary",
         where="Summary sheet Total row and note: plan £14.6m"),
    ["What is the total 2017/18 QIPP savings plan across all programmes?",
     "what's the total QIPP plan for 17/18 across everything? £ for the governing body slidse",
     "How much are all the savings schemes together planned to save in the year starting April 2017?"],
    "slidse")
ask("qipp-gap", FACT, "figure", [["£940k", "940", "£0.94m", "£940,000"]],
    cite(QIPP, "Total | 14600", "Total 2017/18 QIPP plan: £14.6m", sheet="Summary",
         where="Summary sheet: forecast 13,660 against plan 14,600; note: forecast shortfall £940k"),
    ["By how much does the 2017/18 QIPP forecast fall short of the plan?",
     "how far short is the QIPP forecast vs plan for 17/18? CFO wants the shortfal figure",
     "How big is the gap between what the savings schemes should deliver from April 2017 and what they're expected to?"],
    "shortfal")
ask("r2-score", FACT, "figure", [["12", "3 x 4", "3 × 4"]],
    units(PLAN, RISK_PAGE["R2"], where="risk table row R2: L 3, I 4, Score 12"),
    ["What is the risk score of the EPaCS interoperability risk (R2)?",
     "R2 EPaCS interop risk - what does it scroe?",
     "How highly is the danger that the shared record won't talk to hospital systems rated?"], "scroe")
ask("epacs-practices", FACT, "figure", [["64"]],
    row_cite("EL01", "action table row EL01 milestone: EPaCS live in all 64 practices"),
    ["How many GP practices is EPaCS to go live in?",
     "how many practises will get EPaCS in total?",
     "How many surgeries are to get the shared end of life record?"], "practises")
ask("st-aldhelm", FACT, "figure", [["£4.1m", "4.1", "4.1 million"]],
    units(EST, CAPITAL_SLIDE, where="estates deck capital slide: St Aldhelm's capital receipt about £4.1m"),
    ["How much is the sale of the St Aldhelm's Hospital site expected to raise?",
     "how much do we get for selling st aldhelm's? estimate is fine, for the OPE boord",
     "What is the old hospital site that the council is disposing of expected to bring in?"], "boord")
ask("risks-12plus", FACT, "filter", [["R1", "nursing posts", "recruit"], ["R2", "EPaCS", "interoperab"], ["R4", "advice line", "Recurrent funding"]],
    cite(PLAN, "5. Risks", "Business case to the Joint",
         where="risk table R1-R4 over two pages: scores 16, 12, 9, 12"),
    ["Which risks in the end of life care implementation plan score 12 or more?",
     "which EoLC plan risks are 12+? for the risk commitee",
     "Which of the dangers to the dying care plan are rated most serious, at twelve or above?"], "commitee")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
assert "2019/20" not in U[PLAN][FUND_PAGE] and "beyond March 2019" in U[PLAN][FUND_PAGE]
absent("2019/20 £k", "hospice at home in 2019/20")
ask("nm-fund-1920", NONE, "near-miss", [],
    units(PLAN, FUND_PAGE, where="funding table stops at 2018/19; 'No funding has yet been agreed beyond March 2019'"),
    ["How much funding does the hospice at home extension get in 2019/20?",
     "hospice at home £ for 19/20? need the 3rd yr figure for the hospice budjet",
     "How much will extending hospice care at home get in the year after the two agreed years of funding?"], "budjet")
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-jc-vice", NONE, "near-miss", [],
    cite(JC, "orders. Chair: Dr Anselm Varga.", where="notice names only the chair"),
    ["Who is the Vice Chair of the Joint Committee of the CCGs?",
     "who's vice chair of the JC? need someone to sign off if anselm's away, urgnet",
     "If the chair of the CCGs' joint decision-making body is away, who stands in?"], "urgnet")
absent("estates clinical lead", "clinical lead for estates", "clinical lead for the estates")
assert "clinical lead" not in norm(" ".join(U[EST].values()))
ask("nm-est-cl", NONE, "near-miss", [],
    units(EST, WHOS_SLIDE, where="who's who names scheme leads and the SEG chair, no clinical lead"),
    ["Who is the clinical lead for the estates strategy?",
     "who's clin lead for estates? any clinician on the SEG at all? wondring",
     "Which doctor or nurse advises on the STP's plans for buildings?"], "wondring")
absent("tcp lead", "leads the transforming care", "transforming care partnership lead",
       "chair of the transforming care", "transforming care partnership is led")
ask("nm-tcp-lead", NONE, "near-miss", [],
    units(CLG, MD_NOTE, where="CLG note: must-do 8 goes through the Transforming Care Partnership, no one named"),
    ["Who leads the Transforming Care Partnership for people with a learning disability?",
     "who leads the TCP? our LD nurses want a named persson",
     "Who is in charge of the local programme for people with learning disabilities and autism?"], "persson")
absent("consultation closes", "consultation will close", "closing date", "consultation ends", "close on")
ask("nm-cadley-consult", NONE, "near-miss", [],
    units(EST, [k for k, v in U[EST].items() if v.startswith("Key dates")][0],
          where="key dates: public consultation on Cadley Vale Community Hospital, Summer 2017, no closing date"),
    ["When does the public consultation on Cadley Vale Community Hospital close?",
     "closing date for the cadley vale hospital consultation? comms want to plan a final puhs",
     "What is the last day the public can respond on the future of the small local hospital that is being remodelled?"],
    "puhs")
absent("supplier", "emis", "systmone", "tpp", "vendor")
ask("nm-epacs-supplier", NONE, "near-miss", [],
    row_cite("EL01", "EL01 describes EPaCS roll-out with no supplier"),
    ["Which supplier provides the EPaCS system?",
     "who's the EPaCS suplier? IT want to know which system it is",
     "Which company makes the shared electronic record for people at the end of life?"], "suplier")
assert "2018/19" not in norm(" ".join(v for k, v in U[QIPP].items() if k.startswith(("Tracker", "Summary"))))
absent("2018/19 qipp", "qipp plan 2018/19", "qipp 2018/19")
ask("nm-qipp-1819", NONE, "near-miss", [],
    cite(QIPP, "Total 2017/18 QIPP plan: £14.6m", sheet="Summary", where="the tracker covers 2017/18 only"),
    ["What is the total QIPP savings plan for 2018/19?",
     "total QIPP for 18/19? the 17/18 one's £14.6m, need the one after for the 2 yr plann",
     "How much are the savings schemes meant to save in the year after 2017/18?"], "plann")
absent("hospice beds", "inpatient beds", "beds at st cuthwin", "bedded")
assert "beds" not in EVERYTHING
ask("nm-hospice-beds", NONE, "near-miss", [],
    units(PLAN, 1, where="St Cuthwin's Hospice is described; its bed numbers are not given"),
    ["How many inpatient beds does St Cuthwin's Hospice have?",
     "how many beds at st cuthwin's? bed bureau wants to knoww",
     "How many patients can the local hospice look after on its own wards at once?"], "knoww")
absent("care homes in the footprint", "care homes in wendholt", "number of care homes", "care homes across")
ask("nm-care-homes", NONE, "near-miss", [],
    row_cite("EL04", "EL04 names a first cohort of 20 care homes, not how many there are"),
    ["How many care homes are there in the Wendholt & Thrushmere footprint?",
     "how many care homes in W&T altogether? for the six steps roll out plnning",
     "How many residential and nursing homes does the area covered by the plan have?"], "plnning")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180, len(ITEMS)
assert len({i["question"] for i in ITEMS}) == 180, [q for q in ITEMS if [i["question"] for i in ITEMS].count(
    q["question"]) > 1]
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|nxt month|this month|this mnth|this quarter|this qtr|overdue|currently|"
                        r"at present|now|atm|at the mo|current|next year|year after next|next financial year)\b",
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
