"""Write questions.jsonl for the Tidesworth & Askerby STP papers: 60 facts, each asked three ways.

Gold answers come from the source data the papers were drawn from (paper_data.py) and are then checked against the
text read back out of the generated files in the shared bank_tools' units (PDF pages, docx body blocks, pptx slides,
xlsx sheet rows, text lines): the first alternative of every gold group must be in the cited window. Facts that
need a step of reasoning are worked out again from the generated files, not taken on trust:
  - the LDR capability table is read back from the page text in order (ref, capability, lead initials, status
    symbol, target date), across the page break, and the dagger footnote's new date is applied;
  - the LDR must-do matrix is read back by text position (pypdf's visitor): a dot belongs to the capability column
    whose heading is above it and to the must-do whose label is level with it;
  - the OPEL late-change box is checked to override the Ward 7b row, and each role is resolved to a name through
    Appendix A;
  - the consultation's merged portfolio cells and the addendum's dates are read back from the .docx;
  - the RightCare table's totals, the largest opportunity and the both-CCG rows are recomputed from the .pptx table;
    the bar chart's values are paired with their labels by position; the response table's merged priority cells
    and the update box are read back;
  - the BCF conditions, scheme register, key and narrative are read back with openpyxl;
  - the relative windows parse every row's date to a period, apply the later overrides and assert each window holds
    exactly the gold rows with nothing partly overlapping.
Unanswerable (near-miss) facts are checked for absence over every paper. Each chat phrasing names its one typo,
which must be there once, be a word no paper uses and no other fact's typo. A failed check stops the script.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the bank folder
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
sys.path.insert(0, str(HERE))
import bank_tools  # noqa: E402
import paper_data as D  # noqa: E402
from bank_tools import MUSTDO_NAMES, norm, on  # noqa: E402

PAPERS = HERE / "papers"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([D.LDR_FILE, D.OPEL_FILE, D.CONSULT_FILE, D.RC_FILE, D.BCF_FILE, D.SITREP_FILE])
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
PREFIX = "aw"


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(full):
    """Gold for a person: the surname (and the spaced form of a double-barrelled one)."""
    surname = full.split()[-1]
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def mdg(n, first=None):
    """Gold group for must-do n: the paper's own rendering first, then the usual ones."""
    return alts(*([first] if first else []), f"MD{n}", *MUSTDO_NAMES[n], f"Must-do {n}", f"must do {n}",
                f"must-dos {n}", f"MD {n}")


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


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
    bare = re.sub(r"\b[A-Z][A-Z0-9&/-]+s?\b", "", questions[1])  # acronyms (GPs, CCGs, MD4) may stay upper case
    assert bare == bare.lower(), f"{fid}: chat phrasing not lower case"
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"{PREFIX}-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"{PREFIX}-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(text):
    """(first day, last day) of a printed date, as ordinals; None when it has no date ("tbc", "unknown", "-")."""
    t = text.lower().replace("\u2020", "")
    if m := re.search(r"(\d{2})/(\d{2})/(\d{4})", t):
        d = date(int(m[3]), int(m[2]), int(m[1])).toordinal()
        return d, d
    if m := re.search(r"\b(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|"
                      r"december) (\d{4})", t):
        d = date(int(m[3]), MONTHS[m[2][:3]], int(m[1])).toordinal()
        return d, d
    if m := re.search(r"q(?:tr)? ?([1-4]) (\d{2})/(\d{2})", t):
        q, y = int(m[1]), 2000 + int(m[2])
        first_month = [4, 7, 10, 1][q - 1]
        year = y if q < 4 else y + 1
        return date(year, first_month, 1).toordinal(), month_end(year, first_month + 2)
    if m := re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-(\d{2})\b", t):
        y, mo = 2000 + int(m[2]), MONTHS[m[1]]
        return date(y, mo, 1).toordinal(), month_end(y, mo)
    return None


def quarter_of(day):
    q_first = {1: 1, 2: 1, 3: 1, 4: 4, 5: 4, 6: 4, 7: 7, 8: 7, 9: 7, 10: 10, 11: 10, 12: 10}[day.month]
    return date(day.year, q_first, 1).toordinal(), month_end(day.year, q_first + 2)


def in_window(rows, window):
    """rows: {key: printed date}; the keys wholly inside the window, asserting none only partly overlaps."""
    inside = []
    for key, printed in rows.items():
        p = period(printed)
        if p is None:
            continue
        a, b = p
        if window[0] <= a and b <= window[1]:
            inside.append(key)
        else:
            assert b < window[0] or a > window[1], f"{key} ({printed}) partly overlaps the window"
    return sorted(inside)


assert period("Qtr 2 17/18") == (date(2017, 7, 1).toordinal(), date(2017, 9, 30).toordinal())
assert period("Qtr 4 16/17") == (date(2017, 1, 1).toordinal(), date(2017, 3, 31).toordinal())
assert period("Mar-17") == (date(2017, 3, 1).toordinal(), date(2017, 3, 31).toordinal())

# ---------------------------------------------------------------------------------------------------------------
# 01 Local Digital Roadmap: read back
# ---------------------------------------------------------------------------------------------------------------
LDR = D.LDR_FILE
LDR_TEXT = {k: norm(v) for k, v in U[LDR].items()}
CAP_ROWS = {}  # ref -> (lead initials, status symbol, target as printed), read back from the page text
flat = [r for _, rows in D.CAPABILITIES for r in rows]
for k, (ref, cap, lead, status, due) in enumerate(flat):
    page = 1 if k < D.LDR_ROWS_PAGE_ONE else 2
    pat = re.escape(norm(ref)) + r" " + re.escape(norm(cap)) + r" (\w+) (\S) (.+?)(?= uc-| medicines and| patient " \
        r"online| transfers of care| \u2020 moved|$)"
    m = re.search(pat, LDR_TEXT[page])
    assert m, (ref, page)
    CAP_ROWS[ref] = (m[1].upper(), m[2], m[3])
    assert (m[1].upper(), m[2], m[3]) == (lead, D.STATUS[status][0], norm(due)), (ref, m.groups())
# the page break: UC-E is the first row on page 2 and its merged group label is not repeated there
assert "transfers of care" not in LDR_TEXT[2] and LDR_TEXT[2].index("uc-e") < LDR_TEXT[2].index("patient online")
# the dagger footnote moves UC-D
assert "from 30/06/2017 to 30/09/2017" in LDR_TEXT[2] and CAP_ROWS["UC-D"][2] == "30/06/2017\u2020"
LDR_DUE = {ref: row[2] for ref, row in CAP_ROWS.items()}
LDR_DUE["UC-D"] = D.UCD_NEW_DATE
LDR_KEY = {i: n for i, n, _ in D.LDR_KEY}
for i, n, r in D.LDR_KEY:
    assert norm(f"{i} {n} {r}") in LDR_TEXT[3], i


def ldr_matrix():
    """{must-do: [capability refs]} from Annex B, by text position."""
    from pypdf import PdfReader
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / LDR)).pages[2].extract_text(visitor_text=visit)
    cols = {t: x for x, y, t in runs if re.fullmatch(r"UC-[A-J]", t)}
    assert len(cols) == 10, cols
    labels = {int(t.split(".")[0]): y for x, y, t in runs if re.match(r"[1-9]\. ", t)}
    assert sorted(labels) == list(range(1, 10)), labels
    out = {n: [] for n in labels}
    for x, y, t in runs:
        if t == "\u25cf":
            n = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[n] - y) < 6, (x, y)
            ref = min(cols, key=lambda k: abs(cols[k] + 8 - x))
            assert abs(cols[ref] + 8 - x) < 14, (ref, x, cols[ref])
            out[n].append(ref)
    return {n: sorted(v) for n, v in out.items()}


MDX = ldr_matrix()
assert {n: v for n, v in MDX.items() if n > 1} == D.LDR_MUSTDO, MDX
assert [n for n in range(2, 10) if not MDX[n]] == [8] and MDX[1] == []
assert [n for n in range(2, 10) if "UC-C" in MDX[n]] == [2, 5, 6]
LDR_MD_CITE = cite(LDR, "Annex B", where="Annex B must-do matrix (dots under capability columns, by position)")

# ---------------------------------------------------------------------------------------------------------------
# 02 OPEL framework: read back
# ---------------------------------------------------------------------------------------------------------------
OPEL = D.OPEL_FILE
OPEL_TEXT = {k: norm(v) for k, v in U[OPEL].items()}
ROLE = {}
for role, name, org in D.OPEL_CONTACTS:
    assert norm(f"{role} {name} {org}") in OPEL_TEXT[4], role
    ROLE.setdefault(role, []).append(name)
assert norm("Ward 7b escalation beds Tidesworth General Hospital 18 beds 01/12/2016") in OPEL_TEXT[2]
assert norm(D.WARD7B_LATE_CHANGE) in OPEL_TEXT[2]
ward7b = D.WINTER_SCHEMES[0]
WARD7B_LEAD_ROLE = ward7b[5].split(",")[0]
assert WARD7B_LEAD_ROLE == "Deputy Chief Operating Officer" and ROLE[WARD7B_LEAD_ROLE] == ["Liam Prothero"]
m = re.search(r"opens? on monday (\d+) (\w+) (\d{4}).*?with (\d+) beds, not (\d+)", norm(D.WARD7B_LATE_CHANGE))
assert m and (m[1], m[2], m[3], m[4], m[5]) == ("12", "december", "2016", "22", "18")
assert ROLE["A&E Delivery Board Chair"] == ["Stuart Pennock"]
assert ROLE["System Resilience Manager"] == ["Nadia Kowalczyk"]
TGH_TRIGGERS = D.TRIGGERS[0]
assert TGH_TRIGGERS[0] == "Tidesworth General Hospital" and TGH_TRIGGERS[3].startswith("4-hour performance below 85%")
COAST = D.TRIGGERS[4]
assert "not reproduced" in COAST[4]

# ---------------------------------------------------------------------------------------------------------------
# 03 Consultation: read back
# ---------------------------------------------------------------------------------------------------------------
CONS = D.CONSULT_FILE


def docx_tables():
    import docx
    doc = docx.Document(str(PAPERS / CONS))
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]


TABLES = docx_tables()
PRI_TABLE = [t for t in TABLES if t[0][0] == "STP priority"][0]
PORTFOLIO = {row[0]: row[2] for row in PRI_TABLE[1:]}  # merged cells read back as the cell they are merged into
SRO = {row[0]: row[1] for row in PRI_TABLE[1:]}
assert PORTFOLIO["P3 Urgent & Emergency Care"] == "Portfolio B" == PORTFOLIO["P6 Acute Services Collaboration"]
assert SRO["P3 Urgent & Emergency Care"].startswith("Gillian Fairbrass,")
assert [k for k, v in SRO.items() if "Vasquez-Lyle" in v] == ["P6 Acute Services Collaboration"]
PROP_TABLE = [t for t in TABLES if t[0] == ["Post", "Band", "WTE"]][0]
wte = sum(float(r[2]) for r in PROP_TABLE[1:] if r[0] != "Total" and r[2] != r[0])
assert f"{wte:.1f}" == D.PROPOSED_WTE and PROP_TABLE[-1][2] == D.PROPOSED_WTE
CUR_TABLE = [t for t in TABLES if t[0][:2] == ["Post", "Band"] and len(t[0]) == 5][0]
assert f"{sum(float(r[2]) for r in CUR_TABLE[1:-1]):.1f}" == D.CURRENT_WTE
TT = {r[0]: r[1] for r in [t for t in TABLES if t[0] == ["Stage", "Date"]][0][1:]}
assert TT["Consultation closes"] == "5pm, Friday 13 January 2017"
CONTACT = {r[0]: r[1] for r in [t for t in TABLES if t[0] == ["Role", "Name", "Organisation"]][0][1:]}
cons_blocks = U[CONS]
last = cons_blocks[max(cons_blocks)]
assert "now closes at 5pm on Friday 20 January 2017" in last and "by 3 February 2017" in last

# ---------------------------------------------------------------------------------------------------------------
# 04 RightCare: read back
# ---------------------------------------------------------------------------------------------------------------
RC = D.RC_FILE


def rc_read():
    from pptx import Presentation
    prs = Presentation(str(PAPERS / RC))
    slides = list(prs.slides)
    opp = [s for s in slides if s.shapes.title.text.startswith("Where to look")][0]
    tbl = [sh for sh in opp.shapes if sh.has_table][0].table
    rows = [[c.text for c in r.cells] for r in tbl.rows]
    bars = [s for s in slides if s.shapes.title.text.startswith("Biggest")][0]
    boxes = [(sh.top, sh.left, sh.text_frame.text) for sh in bars.shapes
             if sh.has_text_frame and sh != bars.shapes.title and sh.text_frame.text]
    labels = {t: top for top, left, t in boxes if not re.fullmatch(r"[\d,]+", t)}
    values = {top: t for top, left, t in boxes if re.fullmatch(r"[\d,]+", t)}
    chart = {lab: values[top] for lab, top in labels.items()}
    resp_slide = [s for s in slides if s.shapes.title.text == "Our response"][0]
    rt = [sh for sh in resp_slide.shapes if sh.has_table][0].table
    resp, current = {}, None
    for r in list(rt.rows)[1:]:
        cells = [c.text for c in r.cells]
        if not r.cells[1].is_spanned:
            current = cells[1]
        resp[cells[0]] = {"priority": current, "lead": cells[3], "when": cells[4]}
    update = [sh.text_frame.text for sh in resp_slide.shapes if sh.has_text_frame and "Update after" in
              sh.text_frame.text][0]
    return rows, chart, resp, update


RC_ROWS, RC_CHART, RC_RESP, RC_UPDATE = rc_read()
num = lambda s: int(s.replace(",", ""))  # noqa: E731
body = RC_ROWS[1:-1]
for prog, a, b, foot, _ in body:
    assert num(a) + num(b) == num(foot), prog
    assert RC_CHART[prog] == foot, (prog, RC_CHART[prog], foot)  # bar values paired with labels by position
total = RC_ROWS[-1]
assert sum(num(r[1]) for r in body) == num(total[1]) and sum(num(r[3]) for r in body) == num(total[3])
RC_TOTAL = total[3]
RC_BIGGEST = max(body, key=lambda r: num(r[3]))[0]
RC_BOTH = [r[0] for r in body if num(r[1]) and num(r[2])]
RC_MSK = [r for r in body if r[0] == "Musculoskeletal"][0][3]
assert RC_BIGGEST == "Respiratory" and RC_MSK == "3,500" and RC_TOTAL == "14,630"
assert RC_BOTH == ["Circulation", "Respiratory", "Musculoskeletal", "Cancer", "Neurological"]
assert RC_RESP["Circulation"]["priority"] == "P2 Neighbourhood Care"
RC_KEY = {i: n for i, n, _ in D.RC_CONTACTS}
assert RC_RESP["Respiratory"]["lead"] == "AK" and RC_KEY["AK"] == "Dr Aisha Kamara"
assert "now starts on 1 June 2017, brought forward from Sep-17" in RC_UPDATE
RC_DUE = {p: v["when"] for p, v in RC_RESP.items()}
RC_DUE["Musculoskeletal"] = "1 June 2017"

# ---------------------------------------------------------------------------------------------------------------
# 05 BCF return: read back
# ---------------------------------------------------------------------------------------------------------------
BCF = D.BCF_FILE


def bcf_read():
    from openpyxl import load_workbook
    wb = load_workbook(str(PAPERS / BCF))
    nc = wb["National Conditions"]
    not_met = {nc.cell(r, 1).value: (nc.cell(r, 2).value, nc.cell(r, 4).value, nc.cell(r, 5).value)
               for r in range(5, nc.max_row + 1) if nc.cell(r, 3).value == "No"}
    reg = wb["Local scheme register"]
    schemes = {}
    for r in range(6, reg.max_row + 1):
        sid = reg.cell(r, 1).value
        if sid and sid.startswith("BCF"):
            schemes[sid] = {"name": reg.cell(r, 2).value, "lead": reg.cell(r, 4).value,
                            "money": reg.cell(r, 6).value, "golive": reg.cell(r, 7).value,
                            "mds": [] if reg.cell(r, 9).value == "-" else
                            [int(x.strip()[2:]) for x in reg.cell(r, 9).value.split(";")], "row": r}
        elif sid == "Total":
            reg_total = reg.cell(r, 6).value
    key = {wb["Key"].cell(r, 1).value: (wb["Key"].cell(r, 2).value, r) for r in range(2, 7)
           if wb["Key"].cell(r, 1).value}
    ie = wb["I&E"]
    pool = ie.cell(6, 7).value
    assert ie.cell(6, 1).value == "Income" and ie.cell(6, 2).value == "Plan"
    narrative = wb["Narrative"]["A4"].value
    cover = {wb["Cover"].cell(r, 1).value: wb["Cover"].cell(r, 2).value for r in range(4, 11)}
    return not_met, schemes, reg_total, key, pool, narrative, cover


NOT_MET, SCHEMES, REG_TOTAL, BCF_KEY, POOL, NARRATIVE, COVER = bcf_read()
assert sorted(NOT_MET) == ["3ii", "8"] and NOT_MET["8"][2].date() == date(2017, 3, 9)
assert sum(s["money"] for s in SCHEMES.values()) == REG_TOTAL == POOL // 1000 and POOL == D.BCF_POOL
assert [k for k, s in SCHEMES.items() if 2 in s["mds"]] == ["BCF02", "BCF08"]
assert SCHEMES["BCF06"]["mds"] == [4, 9] and SCHEMES["BCF02"]["lead"] == "GO" and BCF_KEY["GO"][0] == "Graham Oduya"
assert SCHEMES["BCF02"]["golive"].date() == date(2016, 10, 1)
assert "Pathway 1 went live at Tidesworth General Hospital on 9 January 2017" in NARRATIVE
assert "this narrative takes precedence" in NARRATIVE
assert COVER["Who has signed off the report on behalf of the Health and Wellbeing Board:"].startswith(
    "Cllr Margaret Ellery")

# ---------------------------------------------------------------------------------------------------------------
# 06 Sitrep: read back
# ---------------------------------------------------------------------------------------------------------------
SIT = D.SITREP_FILE
SIT_LINES = U[SIT]
SIT_KEY = {}
for k, line in SIT_LINES.items():
    if m := re.fullmatch(r"   ([A-Z]{2})   (.+?), (.+)", line):
        SIT_KEY[m[1]] = m[2]
assert SIT_KEY["BC"] == "Bethany Cross" and SIT_KEY["LP"] == "Liam Prothero"
opel_rows = {line[3:37].strip(): line[37:46].strip() for line in SIT_LINES.values()
             if line.startswith("   ") and line[37:41] == "OPEL"}
assert opel_rows["Tidesworth General Hospital"] == "OPEL 3"
yest = {line[3:43].strip(): line[43:63].strip() for line in SIT_LINES.values() if line.startswith("   ")
        and len(line) > 63 and line[3:43].strip() in [m for m, *_ in D.SITREP_YESTERDAY]}
assert yest["A&E 4-hour performance"] == "78.4%" and yest["Type 1 attendances"] == "312"
action = {line[3:9].strip(): line[67:74].strip() for line in SIT_LINES.values() if re.match(r"   A\d ", line)}
assert action["A2"] == "BC"
assert "declared 08:50 by LP, Silver on-call, THFT" in SIT_LINES[12]

# ===============================================================================================================
# The questions
# ===============================================================================================================
# --- 01 Local Digital Roadmap ------------------------------------------------------------------------------------
ask("ldr-sro", OWNER, "role-holder", [person(D.LDR_SRO[0])],
    cite(LDR, "is the Senior Responsible Owner for the roadmap", where="section 2, leadership and governance"),
    ["Who is the Senior Responsible Owner for the Tidesworth & Askerby Local Digital Roadmap?",
     "who's the SRO for the LDR in tidesworth? need to send them the ETTF upate",
     "Which senior manager is ultimately answerable for our plan to get health and care records and systems "
     "joined up across the area?"], "upate")
ask("ccio", OWNER, "role-holder", [person(D.LDR_CCIO[0])],
    cite(LDR, "Chief Clinical Information Officer (CCIO)", where="section 2, leadership and governance"),
    ["Who is the footprint's Chief Clinical Information Officer?",
     "who's our CCIO? want a GP to champion the shared recrd",
     "Which GP is the senior clinical voice on IT and information across Tidesworth and Askerby?"], "recrd")
ucf_lead = LDR_KEY[CAP_ROWS["UC-F"][0]]
ask("ucf-lead", OWNER, "initials-key", [person(ucf_lead)],
    cite(LDR, "UC-F", "Kamala Achebe", where="Table 1 row UC-F (lead 'KA'), Annex A key to initials"),
    ["Who leads universal capability UC-F, giving urgent and emergency care clinicians access to key GP-held "
     "information?",
     "who's the lead for UC-F (A&E seeing GP info)? the table just says KA, who's thta",
     "Who is in charge of letting casualty doctors see what the GP holds about the patients who turn up most "
     "often?"], "thta")
ask("ucd-date", MILESTONE, "moved-date", [on(30, 9, 2017, LDR_DUE["UC-D"])],
    cite(LDR, "UC-D", "from 30/06/2017 to 30/09/2017", where="Table 1 row UC-D (30/06/2017 with a dagger) and the "
                                                             "dagger footnote under the table on page 2"),
    ["When are GPs due to receive timely electronic discharge summaries from secondary care (UC-D)?",
     "when will GPs get e-discharge summaries from hosptial? LDR table says june 17 but i heard it moved",
     "By when should surgeries start getting the hospital's leaving letters for their patients without any "
     "paper?"], "hosptial")
assert CAP_ROWS["UC-J"][2] == "time frame as yet unknown"
ask("ucj-unknown", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "not yet known", "not known", "no date", "no target date"]],
    cite(LDR, "UC-J", where="Table 1 row UC-J, page 2"),
    ["What is the target date for NHS 111 to book directly into GP practice appointments (UC-J)?",
     "when can 111 book straight into GP appts? is there a date in the roadmap or not yett",
     "When will the phone advice line be able to put patients straight into a slot at their own surgery?"], "yett")
q4 = in_window(LDR_DUE, quarter_of(date(2017, 2, 15)))
assert q4 == ["UC-A", "UC-B"], q4
ask("ldr-window", MILESTONE, "relative-window",
    [["UC-A", "GP-prescribed medicines", "prescribed medicines"], ["UC-B", "GP record online", "their GP record"]],
    cite(LDR, "UC-A", "UC-B", where="Table 1 over pages 1-2: UC-A Mar-17, UC-B Mar-17 (Q4 16/17)"),
    ["Which universal capabilities in the Local Digital Roadmap are due this quarter?",
     "which LDR capabilites are due this qtr?",
     "Which of the IT changes for joining up care are meant to be delivered in the current quarter?"],
    "capabilites", as_of="2017-02-15")
ask("md4-caps", MUSTDO, "mustdo-coverage",
    [["UC-D", "discharge summaries", "discharge summary"],
     ["UC-E", "admissions and discharges", "admission and discharge", "social care receives"],
     ["UC-F", "patients most likely to attend", "key GP-held information"],
     ["UC-J", "book directly into GP practice", "NHS 111", "111 can book", "111 booking"]],
    LDR_MD_CITE,
    ["Which universal capabilities does the Local Digital Roadmap map to must-do 4, A&E and ambulance "
     "performance?",
     "which LDR capabilities help with MD4, A&E and ambulnce?",
     "Which pieces of the IT plan are meant to help with the four-hour wait and getting crews turned round at "
     "the hospital?"], "ambulnce")
ask("md-gap", MUSTDO, "mustdo-gap", [mdg(8, "learning disabilities")], LDR_MD_CITE,
    ["Which of the nine must-dos has no universal capability supporting it in the Local Digital Roadmap?",
     "in the LDR must-do grid which MD has no dots at all? lookng at annex b",
     "Is there any of the 2016/17 national targets that the IT plan does nothing to help with?"], "lookng")
ask("ucc-mds", MUSTDO, "by-capability",
    [mdg(2, "Financial balance"), mdg(5, "Referral to treatment"), mdg(6, "Cancer")], LDR_MD_CITE,
    ["Which must-dos does capability UC-C, GPs referring electronically to secondary care, support?",
     "which must dos does UC-C (e-referals) count towards?",
     "Which of the year's national targets does sending patients from the surgery to hospital clinics online "
     "help with?"], "referals")
lowest = min(D.DMI, key=lambda r: r[2])
assert lowest[0] == "Askerby & Lunford NHS Trust" and min(D.DMI, key=lambda r: r[1])[0] != lowest[0]
ask("dmi-lowest", FACT, "comparison",
    [["Askerby & Lunford NHS Trust", "Askerby & Lunford", "Askerby and Lunford"]],
    cite(LDR, "4. Digital maturity", "is not shown", where="section 4 table (two-row merged header)"),
    ["Which provider had the lowest capabilities score in the 2016 digital maturity self-assessment?",
     "which trust scored lowest for capabilities in the digital maturity self assesment?",
     "Which of our local trusts came out worst when it rated what its own IT systems can actually do?"],
    "assesment")
assert not any("Ambulance" in o for o, *_ in D.DMI)
absent("north shires ambulance service nhs trust: ", "ambulance readiness")
ask("nm-nsas-dmi", NONE, "near-miss", [],
    cite(LDR, "completes its self-assessment with the North Shires", where="note under the maturity table: NSAS "
                                                                         "not shown"),
    ["What digital maturity readiness score did North Shires Ambulance Service NHS Trust get?",
     "what was NSAS's digital maturity readiness score? can't see the ambulance trust in the tabel",
     "How well prepared for new IT did the ambulance service rate itself in the 2016 assessment?"], "tabel")
absent("awarded", "successful", "bid was approved", "bid has been approved", "granted")
ask("nm-ettf-outcome", NONE, "near-miss", [],
    cite(LDR, "outcome is expected in December 2016", where="section 5: the ETTF bid's outcome is only expected"),
    ["How much Estates and Technology Transformation Fund money was awarded for the Local Digital Roadmap?",
     "did we get the ETTF money for the LDR? how much was awared",
     "Did the national capital pot for buildings and technology give us what we asked for our IT plans, and how "
     "much?"], "awared")

# --- 02 OPEL framework -------------------------------------------------------------------------------------------
ask("aedb-chair", OWNER, "role-holder", [person(ROLE["A&E Delivery Board Chair"][0])],
    cite(OPEL, "Appendix A: who holds each role", where="Appendix A, who holds each role"),
    ["Who chairs the Tidesworth & Askerby A&E Delivery Board?",
     "who chairs the AEDB? need them for the wintr plan sign off",
     "Who heads the group that oversees how our emergency departments are coping?"], "wintr")
ask("srm", OWNER, "role-holder", [person(ROLE["System Resilience Manager"][0])],
    cite(OPEL, "Appendix A: who holds each role", where="Appendix A, who holds each role"),
    ["Who is the System Resilience Manager for the winter 2016/17 OPEL framework?",
     "who's the system resilience mgr? need to send our OPEL returns to somone",
     "Who runs the weekday morning call and pulls together the position across all the organisations when "
     "things get busy over the cold months?"], "somone")
ask("ward7b-lead", OWNER, "role-chain", [person(ROLE[WARD7B_LEAD_ROLE][0])],
    cite(OPEL, "Ward 7b escalation beds", "Liam Prothero",
         where="Table 3 gives the lead as 'Deputy Chief Operating Officer'; Appendix A names the post-holder"),
    ["Who is responsible for the Ward 7b escalation beds at Tidesworth General Hospital?",
     "who's the lead for ward 7b escaltion beds at TGH? table just gives a job title",
     "Which named manager is in charge of the extra overflow ward at Tidesworth's main hospital over winter "
     "2016/17?"],
    "escaltion")
ask("ward7b-beds", FACT, "overridden-figure", [["22 beds", "twenty-two beds", "22 escalation beds"]],
    cite(OPEL, "LATE CHANGE", where="late-change box under Table 3 (22 beds, not 18)"),
    ["How many beds will Ward 7b provide as winter escalation capacity?",
     "how many beds on ward 7b over winter? table says 18 but someone said diffrent",
     "How many extra beds is Tidesworth's main hospital putting into its overflow ward for the cold months?"],
    "diffrent")
ask("ward7b-open", MILESTONE, "moved-date", [on(12, 12, 2016, "12 December 2016")],
    cite(OPEL, "LATE CHANGE", where="late-change box under Table 3 (12 December, not 1 December)"),
    ["When does Ward 7b open?",
     "when does ward 7b actualy open? 1 dec or later?",
     "From what date will the extra overflow ward at Tidesworth's main hospital take patients?"], "actualy")
ask("midpoint-review", MILESTONE, "meeting-date", [on(19, 1, 2017, "19 January 2017")],
    cite(OPEL, "Mid-point review of the winter plan", where="section 6, key dates"),
    ["When is the mid-point review of the winter plan?",
     "when's the winter plan midpoint reveiw at the AEDB?",
     "When will the board that oversees the emergency departments take stock, halfway through, of how the "
     "cold-weather arrangements are going?"], "reveiw")
ask("tgh-opel3", FACT, "figure", [["below 85%", "85%", "85 per cent"]],
    cite(OPEL, "Table 2: OPEL triggers", where="Table 2, Tidesworth General Hospital row, OPEL 3 column"),
    ["What 4-hour performance level triggers OPEL 3 at Tidesworth General Hospital?",
     "what 4hr % puts TGH into OPEL 3? need the trigerr for the site team",
     "How badly does Tidesworth's main hospital have to be doing on its four-hour waits before it declares the "
     "second-highest pressure level?"], "trigerr")
ask("trajectory", FACT, "figure", [["90%", "90 per cent"]],
    cite(OPEL, "trajectory for the 4-hour standard", where="section 7, performance"),
    ["What is the A&E Delivery Board's trajectory for the 4-hour standard for March 2017?",
     "what's the AEDB's 4hr trajectory for march 2017? need it for the perfomance paper",
     "What share of casualty patients are both hospitals aiming to see within four hours by the end of March "
     "2017?"], "perfomance")
absent("christmas day", "25 december", "25/12", "gold on-call director is", "gold on-call:")
ask("nm-gold-xmas", NONE, "near-miss", [],
    cite(OPEL, "which each organisation issues separately", where="section 4: on-call rotas issued separately"),
    ["Who is the Gold on-call director on Christmas Day 2016?",
     "who's gold on call on xmas day? the OPEL plan doesn't say, who's on the rotta",
     "Which top director do I ring out of hours on 25 December if the whole system is in trouble?"], "rotta")
ask("nm-coastline-opel4", NONE, "near-miss", [],
    cite(OPEL, "As set out in the Coastline business continuity plan", where="Table 2, Coastline row, OPEL 4: "
                                                                           "not reproduced"),
    ["What triggers OPEL 4 at Coastline Urgent Care?",
     "what's the OPEL 4 threshhold for coastline 111?",
     "At what point does the phone advice and out-of-hours GP service declare that it is under the most extreme "
     "pressure?"], "threshhold")

# --- 03 Consultation -----------------------------------------------------------------------------------------------
ask("consult-close", MILESTONE, "moved-date", [on(20, 1, 2017, "20 January 2017")],
    cite(CONS, "Consultation closes", "now closes at 5pm", where="section 7 timetable (13 January 2017) and Addendum "
                                                                 "1 (20 January 2017)"),
    ["When does the consultation on the STP PMO restructure close?",
     "when does the PMO consultation close? is it still the 13th or did it get pushed bak",
     "What's the last day I can send in my views on the proposed new shape of the programme team?"], "bak")
ask("new-structure", MILESTONE, "day", [on(1, 4, 2017, "1 April 2017")],
    cite(CONS, "New structure in place", where="section 7 timetable"),
    ["When will the new PMO and programme delivery structure be in place?",
     "when does the new STP team structure go live? need to plan my contract renewl",
     "From what date will the permanent programme team start working in its new shape?"], "renewl")
ask("one-to-ones", MILESTONE, "week-commencing",
    [["w/c 12 December 2016", "12 December 2016", "12 Dec 2016", "12/12/2016", "week commencing 12 December",
      "12th December"]],
    cite(CONS, "One-to-one meetings", where="section 7 timetable"),
    ["When are the one-to-one meetings with affected staff in the PMO consultation?",
     "which week are the 1:1s for the PMO consultation? want to book my rep in advanse",
     "When will each person whose job is affected get their individual chat with management about the "
     "restructure?"], "advanse")
ask("proposed-wte", FACT, "figure", [["14.0", "14 WTE", "fourteen", "14 whole-time"]],
    cite(CONS, "4. Proposed structure", "Total", where="section 4 proposed structure, Total row"),
    ["How many WTE are in the proposed STP programme team structure?",
     "how many WTE in total in the proposed PMO strucure?",
     "How big, counted in full-time posts, will the new permanent programme team be?"], "strucure")
ask("team-cost", FACT, "figure", [["£812,000", "812,000", "£812k", "812k", "£0.8m", "£0.81m"]],
    cite(CONS, "The current team of 9.6 WTE", where="section 2, the case for change"),
    ["What will the proposed single STP programme team cost each year?",
     "what's the annual cost of the new PMO team? finance askd",
     "How much a year will the partners have to put in to pay for the permanent programme team?"], "askd")
ask("at-risk", FACT, "figure",
    [["five", "5 postholders", "5 people", "5 staff", "5 posts", "5 members of staff"]],
    cite(CONS, "placed at risk", where="section 5, impact on staff"),
    ["How many current postholders are placed at risk under the PMO consultation proposals?",
     "how many ppl are at risk in the PMO restucture?",
     "How many people in the current programme team could lose their job as things are proposed?"],
    "restucture")
ask("staff-side", OWNER, "role-holder", [person(CONTACT["Staff side representative"])],
    cite(CONS, "Staff side representative |", where="section 9, contacts"),
    ["Who is the staff side representative for the PMO organisational change consultation?",
     "who's the unison rep for the PMO consultation? want them at my 1:1 meetting",
     "Which union rep is looking after staff through the programme team shake-up?"], "meetting")
ask("p3-sro", OWNER, "role-holder", [person(SRO["P3 Urgent & Emergency Care"].split(",")[0])],
    cite(CONS, "P3 Urgent & Emergency Care |", where="Table 1, priorities and SROs"),
    ["Who is the Senior Responsible Owner for P3 Urgent & Emergency Care?",
     "who's SRO for urgent & emergency care (P3)? need sign off on the winter paer",
     "Which director has overall accountability for the plan's work on casualty departments and same-day "
     "care?"], "paer")
ask("role-of-person", OWNER, "role-of-person",
    [["Acute Services Collaboration", "P6", "acute services"]],
    cite(CONS, "Peter Vasquez-Lyle", where="Table 1, priorities and SROs"),
    ["Which STP priority does Peter Vasquez-Lyle lead as Senior Responsible Owner?",
     "what does peter vasquez-lyle lead in the STP? saw his name on the list but not sure whatt",
     "What part of the plan is the strategy director at Tidesworth's hospital trust the senior owner for?"],
    "whatt")
ask("portfolio-uec", FACT, "merged-cell", [["Portfolio B"]],
    cite(CONS, "P3 Urgent & Emergency Care |", where="Table 1: the Portfolio B cell is merged down over P3 and P6"),
    ["Which proposed portfolio would support P3 Urgent & Emergency Care?",
     "which portfolio would cover UEC in the new PMO? the merged cell is confusin",
     "Which of the senior programme managers' patches would the A&E and same-day care work fall into?"],
    "confusin")
assert "Head of PMO" not in CONTACT.values() and not any("Head of PMO" in k for k in CONTACT)
absent("appointed head of pmo", "appointed as head of pmo", "head of pmo:", "head of pmo is")
ask("nm-head-pmo", NONE, "near-miss", [],
    cite(CONS, "The Head of PMO post is new", where="section 6: the post is new and not yet filled"),
    ["Who has been appointed Head of PMO in the new STP programme team?",
     "who got the head of PMO job? heard a rumuor",
     "Who is going to run the programme office in the new set-up?"], "rumuor")
absent("salary", "per annum", "pay point", "pay scale", "a year for the post")
ask("nm-pmo-salary", NONE, "near-miss", [],
    cite(CONS, "Head of PMO | 8c", where="section 4: the post's band only"),
    ["What is the salary for the Head of PMO post?",
     "what does the head of PMO post pay in £? it's band 8c but what salry",
     "How much would the person running the programme office get paid each year?"], "salry")

# --- 04 RightCare ------------------------------------------------------------------------------------------------
ask("msk-opp", FACT, "figure-units-elsewhere",
    [alts(RC_MSK, "£3.5m", "3.5m", "£3,500,000", "3.5 million", "£3,500k")],
    cite(RC, "How to read this pack", "Musculoskeletal", where="slide 2 (money in £000), slide 3 MSK row, "
                                                              "Footprint column"),
    ["What is the footprint's RightCare spend opportunity for musculoskeletal?",
     "what's the rightcare MSK oppurtunity across both CCGs?",
     "How much could the two local commissioning groups save on bones, joints and back care if they matched the "
     "best of their peers?"], "oppurtunity")
ask("biggest-opp", FACT, "comparison", [[RC_BIGGEST]],
    cite(RC, "Where to look: spend opportunities", where="slide 3 table, Footprint column"),
    ["Which programme has the largest RightCare spend opportunity across the footprint?",
     "which programme has the biggest rightcare opportunity overal?",
     "Where is the biggest chunk of money we could save by working like the best similar areas?"], "overal")
ask("both-ccgs", FACT, "list",
    [["Circulation"], ["Respiratory"], ["Musculoskeletal", "MSK"], ["Cancer"], ["Neurological", "neurology"]],
    cite(RC, "Where to look: spend opportunities", where="slide 3 table: rows with a figure in both CCG columns "
                                                         "(shaded)"),
    ["Which programmes show a spend opportunity in both Tidesworth CCG and Askerby & Lunford CCG?",
     "which programmes come up red for both CCGs in the rightcare pack? pleese",
     "In which areas of care are both local commissioning groups spending more than their best peers?"],
    "pleese")
ask("rc-total", FACT, "figure",
    [alts(RC_TOTAL, "£14.63m", "14.63m", "£14.6m", "14.6m", "£14,630,000", "14.63 million", "14.6 million")],
    cite(RC, "How to read this pack", "Total |", where="slide 2 (money in £000), slide 3 Total row"),
    ["What is the total RightCare spend opportunity across the footprint?",
     "total rightcare spend opportunity for the whole footprnt?",
     "Adding everything up, how much could the two CCG areas save if they spent like the best of their peers?"],
    "footprnt")
ask("rc-partner", OWNER, "role-holder", [person(D.RC_DELIVERY_PARTNER)],
    cite(RC, "Delivery Partner for the footprint", where="slide 7, contacts"),
    ["Who is the NHS RightCare Delivery Partner for the footprint?",
     "who's our rightcare delivery partner? want to invite them to the CRG, need an emial",
     "Who is the national benchmarking team's main contact working with our area?"], "emial")
ask("resp-lead", OWNER, "initials-key", [person(RC_KEY[RC_RESP["Respiratory"]["lead"]])],
    cite(RC, "Our response", "Dr Aisha Kamara", where="slide 6 response table (lead 'AK'), slide 7 contacts"),
    ["Who leads the STP's response on respiratory, the COPD pathway?",
     "who's leading the COPD / respiratry work from the rightcare response?",
     "Which doctor is in charge of improving care for people with emphysema and chronic bronchitis?"],
    "respiratry")
ask("msk-pilot", MILESTONE, "moved-date", [on(1, 6, 2017, "1 June 2017")],
    cite(RC, "Our response", where="slide 6: table 'Sep-17 (pilot starts)', update box '1 June 2017'"),
    ["When does the MSK first-contact physiotherapy pilot start?",
     "when does the first contact physio pilot kick off? table says sep 17, is that rihgt",
     "When can people with bad backs or sore joints start seeing a physio at the surgery instead of the GP, in "
     "the trial practices?"], "rihgt")
q2 = in_window(RC_DUE, quarter_of(date(2017, 8, 10)))
assert q2 == ["Cancer"], q2
assert "Musculoskeletal" in in_window({**RC_DUE, "Musculoskeletal": "Sep-17"}, quarter_of(date(2017, 8, 10)))
ask("rc-window", MILESTONE, "relative-window", [["Cancer", "straight-to-test", "lung and colorectal"]],
    cite(RC, "Our response", where="slide 6 response table (Cancer Q2 17/18; MSK moved to June by the update box)"),
    ["Which actions in the STP's RightCare response are due this quarter?",
     "what's due this qtr from the rightcare response? quick lsit pls",
     "Which of the things we promised after the benchmarking review should be delivered in the current "
     "quarter?"], "lsit", as_of="2017-08-10")
absent("lives", "deaths", "premature mortality")
ask("nm-circ-lives", NONE, "near-miss", [],
    cite(RC, "Where to look: spend opportunities", where="slide 3: circulation outcome opportunity 'Yes "
                                                         "(under-75 mortality)' with no number"),
    ["How many lives could be saved through the circulation outcome opportunity?",
     "how many lives could we save on circulation per the rightcare pack? need a number for the boad",
     "How many fewer early deaths from heart disease and stroke would we see if we matched the best similar "
     "areas?"], "boad")

# --- 05 BCF return -----------------------------------------------------------------------------------------------
signoff = COVER["Who has signed off the report on behalf of the Health and Wellbeing Board:"].split(",")[0]
ask("bcf-signoff", OWNER, "role-holder", [person(signoff)],
    cite(BCF, "Who has signed off the report", sheet="Cover", where="Cover sheet, sign-off row"),
    ["Who signed off the Tidesworth BCF Q3 2016/17 return on behalf of the Health and Wellbeing Board?",
     "who signed off the BCF q3 return for the HWB? auditors want a nmae",
     "Which councillor approved the latest quarterly report on Tidesworth's joint health and social care "
     "fund?"], "nmae")
ask("bcf-pool", FACT, "figure",
    [[str(POOL), "£16,482,000", "16,482,000", "£16.5m", "16.5m", "£16.48m", "16.48m", "16,482", "16.5 million"]],
    cite(BCF, "Income | Plan", sheet="I&E", where="I&E sheet, Income plan, Annual total (whole pounds)"),
    ["What is the planned 2016/17 Better Care Fund pooled budget for Tidesworth?",
     "what's the total BCF pot for tidesworth 16/17? need the figure for the finace report",
     "How much money in total is in Tidesworth's joint health and social care fund for 2016/17?"], "finace")
ask("bcf-conditions", FACT, "list",
    [["seven days a week", "7-day", "seven-day", "7 day", "seven day", "3ii"],
     ["Delayed Transfers of Care", "DToC", "delayed transfer"]],
    cite(BCF, "Ref | Condition", "Delayed Transfers of Care", sheet="National Conditions",
         where="National Conditions sheet: 3ii and 8 answered 'No'"),
    ["Which BCF national conditions were not being met in the Q3 2016/17 return?",
     "which BCF national conditions are we failing in the q3 retrun?",
     "Which of the government's strings attached to Tidesworth's joint health and care fund had not been met by "
     "the end of December 2016?"], "retrun")
ask("dtoc-plan", MILESTONE, "day", [on(9, 3, 2017, "9 March 2017", "09/03/2017")],
    cite(BCF, "Delayed Transfers of Care", sheet="National Conditions", where="National Conditions sheet, "
                                                                              "condition 8 explanation and date"),
    ["When is the joint DToC action plan due to be agreed at the Tidesworth Health and Wellbeing Board?",
     "when does the dtoc action plan get agred at the HWB?",
     "When will the council's health board sign up to the joint plan for getting people out of hospital without "
     "hold-ups?"], "agred")
ask("home-first-golive", MILESTONE, "moved-date", [on(9, 1, 2017, "9 January 2017")],
    cite(BCF, "Home First (BCF02) did not go live", sheet="Narrative",
         where="Narrative sheet (overrides the register's 01/10/2016)"),
    ["When did Home First (BCF02) go live?",
     "when did home first (D2A) go live in the end? register says oct, narative says otherwise",
     "When did the scheme to assess people in their own homes after a hospital stay start taking patients at "
     "Tidesworth?"], "narative")
ask("home-first-lead", OWNER, "initials-key", [person(BCF_KEY[SCHEMES["BCF02"]["lead"]][0])],
    cite(BCF, "GO | Graham Oduya", sheet="Key", where="Local scheme register row 7 (lead 'GO'); Key sheet row 3"),
    ["Who is the lead for the Home First (discharge to assess) scheme in the Better Care Fund?",
     "who leads home first in the BCF register? it only says GO, who is taht",
     "Which council director owns the scheme that gets people home from hospital to be assessed there?"], "taht")
ask("md2-schemes", MUSTDO, "mustdo-coverage",
    [["BCF02", "Home First"], ["BCF08", "Protecting adult social care"]],
    cite(BCF, "Scheme ID", "BCF09", sheet="Local scheme register", where="Local scheme register, Must-dos "
                                                                         "supported column"),
    ["Which Better Care Fund schemes support must-do 2, financial balance?",
     "which BCF schemes are down as supporting MD2 financal balance?",
     "Which of the joint health and care fund projects are meant to help the NHS balance its books?"], "financal")
ask("care-home-mds", MUSTDO, "by-scheme",
    [mdg(4) + ["4 and 9"], mdg(9) + ["4 and 9", "and 9"]],
    cite(BCF, "BCF06", sheet="Local scheme register", where="Local scheme register row BCF06, 'MD4; MD9'"),
    ["Which must-dos does the BCF care home support team scheme (BCF06) support?",
     "what must-dos does BCF06 care home suport team cover?",
     "Which national targets is the team that helps nursing and residential homes meant to contribute to?"],
    "suport")
ask("nea", FACT, "figure", [[f"{D.NEA['reduction']:,}", "1150", "1,150 fewer"]],
    cite(BCF, "Non-Elective Admissions", sheet="Supporting Metrics", where="Supporting Metrics, NEA row"),
    ["What reduction in non-elective admissions does the Tidesworth BCF plan for 2016/17?",
     "what's the NEA reduction target in the tidesworth BCF for 16/17? number of admisions",
     "By how many fewer emergency hospital stays is Tidesworth aiming in 2016/17 through its joint care fund?"],
    "admisions")
bcf_text = norm("\n".join(U[BCF].values()))
assert "2017/18" not in bcf_text and "17/18" not in bcf_text and "allocation" in bcf_text
ask("nm-bcf-1718", NONE, "near-miss", [],
    cite(BCF, "Income | Plan", sheet="I&E", where="I&E sheet covers 2016/17 only"),
    ["What is the Tidesworth Better Care Fund allocation for 2017/18?",
     "what's tidesworth's BCF allocation for 17/18? planing the budget",
     "How much will go into Tidesworth's joint health and social care pot in the year from April 2017?"],
    "planing")

# --- 06 Sitrep ---------------------------------------------------------------------------------------------------
ask("tgh-opel", FACT, "status", [[opel_rows["Tidesworth General Hospital"], "level 3"]],
    cite(SIT, "Tidesworth General Hospital       OPEL", where="section 1, system status table"),
    ["What OPEL level was Tidesworth General Hospital at on 3 January 2017?",
     "what OPEL was TGH on tues 3rd jan? had it escalted",
     "On 3 January 2017, how stretched was Tidesworth's main hospital on the national four-level pressure "
     "scale?"], "escalted")
ask("tgh-4hr", FACT, "figure", [[yest["A&E 4-hour performance"], "78.4"]],
    cite(SIT, "A&E 4-hour performance", where="section 2, yesterday's figures, TGH column"),
    ["What was Tidesworth General Hospital's A&E 4-hour performance on 2 January 2017?",
     "TGH 4hr performance on bank hol monday 2nd jan? need it for the breifing",
     "What share of casualty patients at Tidesworth's main hospital were dealt with inside four hours on the 2 "
     "January bank holiday?"], "breifing")
ask("call-times", FACT, "overridden-time", [[D.NEW_CALL_TIMES[0]], [D.NEW_CALL_TIMES[1], "2:30"]],
    cite(SIT, "D3  From Wednesday 04/01/2017", "to 10:30 and 14:30", where="decision D3 (overrides the framework's "
                                                                            "11:00 and 15:00)"),
    ["What time are the OPEL 3 system teleconferences held?",
     "what time are the OPEL 3 system calls atm? i've got 11 and 3 in my diray",
     "When are the twice-daily phone conferences held when the whole system is under major pressure?"],
    "diray", as_of="2017-01-16")
ask("a2-owner", OWNER, "initials-key", [person(SIT_KEY[action["A2"]])],
    cite(SIT, "A2    Ring-fence", "BC   Bethany Cross", where="action A2 (owner 'BC'), key to initials"),
    ["Who owns sitrep action A2, ring-fencing beds on Ward 14 at Askerby Royal Infirmary?",
     "who's got action A2 from the sitrep, the ward 14 ring fence? it says BC, no ideaa who",
     "Who was asked to hold back some beds at Askerby's hospital for patients moved over from Tidesworth?"],
    "ideaa")
ask("tgh-attendances", FACT, "figure", [[yest["Type 1 attendances"]]],
    cite(SIT, "Type 1 attendances", where="section 2, yesterday's figures, TGH column"),
    ["How many type 1 A&E attendances did Tidesworth General Hospital have on 2 January 2017?",
     "how many type 1 attendences at TGH on the 2nd jan bank hol?",
     "How many people came through the main casualty department at Tidesworth's hospital on the bank holiday "
     "Monday, 2 January?"], "attendences")
ask("silver", OWNER, "initials-key", [person(SIT_KEY["LP"])],
    cite(SIT, "declared 08:50 by LP", "LP   Liam Prothero", where="system level line (LP, Silver on-call, THFT), key"),
    ["Who was the Silver on-call director for Tidesworth Hospitals NHS FT on 3 January 2017?",
     "who was silver on call at THFT on tue 3 jan? sitrep only has the intials LP",
     "Which senior manager at Tidesworth's hospital trust was the duty director who raised the alarm level on "
     "3 January 2017?"], "intials")
absent("01/01/2017", "1 january 2017", "new year's day", "1/1/17")
ask("nm-ari-newyear", NONE, "near-miss", [],
    cite(SIT, "2. YESTERDAY", where="section 2 gives 2 January only"),
    ["How many type 1 attendances did Askerby Royal Infirmary have on New Year's Day 2017?",
     "ARI type 1 numbers for new years day? sitrep only does the 2nd, anywhere els",
     "How busy was Askerby's casualty department on 1 January 2017?"], "els")

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
assert all(v[0]["shape"] == "near-miss" for f, v in facts.items() if f in unanswerable)
assert len(set(TYPOS.values())) == 60
RELATIVE = re.compile(r"\b(next month|this month|this quarter|this qtr|current quarter|overdue|currently|"
                      r"at present|now|atm|today|this year|next year)\b")
for item in ITEMS:
    assert bool(RELATIVE.search(item["question"].lower())) <= (item["as_of"] is not None), item["id"]
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes, files = {}, {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
    files[v[0]["source"]["file"]] = files.get(v[0]["source"]["file"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
print(files)
