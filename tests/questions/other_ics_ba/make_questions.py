"""Write questions.jsonl for the Grettlesham & Oakhythe STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on one sheet, text lines) and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the Cancer Alliance action table is read back by text position (pypdf's visitor): the header runs give the
    column edges on each page, each Ref run starts a row, so every row's Lead and Due cell is known; the leads'
    initials are resolved through Annex A;
  - the dementia must-do matrix is read by position: a mark belongs to the priority column whose code is above it
    and to the must-do whose label is level with it;
  - every table with a Total (cancer funding, dementia investment, care home benefits, diabetes lots, pathology
    savings) is re-added;
  - the relative windows are checked over every row's due date after the later papers' changes.
Near-miss facts are checked for absence. Each chat phrasing names its one typo, which must occur there once, be a
word no paper uses and be no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
CANCER = "01_GO_Cancer_Alliance_Delivery_Plan_2017-19_v1.2_Nov2016.pdf"
DEMENTIA = "02_GO_STP_Living_Well_with_Dementia_Strategy_Summary_14Dec2016.pdf"
EHCH = "03_GO_Enhanced_Health_in_Care_Homes_Implementation_Plan_v0.9_Jan2017.docx"
DIABETES = "04_GO_Diabetes_Transformation_Funding_Bid_Summary_16Feb2017.pptx"
PATHOLOGY = "05_GO_Pathology_Network_Consolidation_Tracker_24Feb2017.xlsx"
AO = "06_GO_Grettlesham_CCG_Governing_Body_Accountable_Officer_Report_09Mar2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([CANCER, DEMENTIA, EHCH, DIABETES, PATHOLOGY, AO]), sorted(U)
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


def file_text(name):
    return norm("\n".join(U[name].values()))


def pages(file, first, last=None, where=""):
    """Source for PDF pages / pptx slides first..last, with their text."""
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def page_of(file, needle):
    hits = [k for k, v in U[file].items() if norm(needle) in norm(v)]
    assert len(hits) >= 1, (file, needle)
    return hits[0]


def absent(*phrases, file=None):
    text = file_text(file) if file else EVERYTHING
    for phrase in phrases:
        assert norm(phrase) not in text, f"{phrase!r} is in {file or 'the papers'}"


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
        ITEMS.append({"id": f"ba-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ba-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------------
# Re-derivations by text position
# ---------------------------------------------------------------------------------------------------------------------
def runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((round(tm[4] * cm[0] + cm[4], 1), round(tm[5] * cm[3] + cm[5], 1), text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def cancer_rows():
    """{ref: {column: cell text}} for Table 1 of the Cancer Alliance plan, read by position on every page."""
    heads = ["Ref", "Action", "Lead", "Milestone", "Due"]
    out, where = {}, {}
    for pg in U[CANCER]:
        rs = runs(CANCER, pg)
        hx = {}
        for x, y, t in rs:
            if t in heads and t not in hx:
                hx[t] = (x, y)
        if set(hx) != set(heads):
            continue
        head_y = hx["Ref"][1]
        edges = sorted((x, t) for t, (x, _) in hx.items())
        end_y = min([y for x, y, t in rs if t.startswith("Table 1:")] or [40])
        refs = sorted(((y, t) for x, y, t in rs if x < edges[1][0] - 3 and end_y < y < head_y - 2
                       and re.fullmatch(r"[A-Z]{2,3}\d", t)), reverse=True)
        bands = [y for x, y, t in rs if end_y < y < head_y and t in (
            "Early diagnosis", "Faster and better pathways", "Living with and beyond cancer", "Treatment",
            "Enablers")]
        for i, (y, ref) in enumerate(refs):
            lower = max([refs[i + 1][0] if i + 1 < len(refs) else end_y] + [b for b in bands if b < y])
            cells = {}
            for k, (ex, name) in enumerate(edges):
                hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
                cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                       if ex - 3 <= x < hi - 3 and lower < yy <= y + 1)
            out[ref] = cells
            where[ref] = pg
    return out, where


CA, CA_PAGE = cancer_rows()
assert len(CA) == 15, sorted(CA)
ANNEX_A = page_of(CANCER, "Annex A: Key to leads")
ANNEX_B = page_of(CANCER, "Annex B: Cancer Alliance Board membership")
KEY = {}
_lines = U[CANCER][ANNEX_A].splitlines()
for i, line in enumerate(_lines):
    if re.fullmatch(r"[A-Z]{2}", line.strip()) and i + 1 < len(_lines):
        KEY[line.strip()] = _lines[i + 1].strip()
assert CA["ED1"]["Lead"] == "RK" and KEY["RK"] == "Dr Rosalind Kettleborough"
assert CA["ED2"]["Lead"] == "TW" and KEY["TW"] == "Tobias Wrenfield" and CA["ED2"]["Due"] == "Sept 17"
assert CA["TR1"]["Lead"] == "DF" and KEY["DF"] == "Dr Dominic Fairweather-Lowe"
assert CA["ED1"]["Due"] == "Q3 2017/18" and CA["PW1"]["Due"] == "w/c 6 Nov 2017"
assert CA["ED3"]["Due"] == "end of March 2018" and CA["PW2"]["Due"] == "31/03/18"
assert CA["TR2"]["Due"] == "time frame as yet unknown"
assert CA_PAGE["PW2"] == 1 and CA_PAGE["PW3"] == 2, CA_PAGE  # the table runs over the page break
assert U[CANCER][2].count("Ref\nAction\nLead\nMilestone\nDue") == 1  # header repeated on page 2
assert "Corinna Baddesley" in U[CANCER][ANNEX_B] and "Alliance Programme Director" in U[CANCER][ANNEX_B]


def dementia_matrix():
    pg = page_of(DEMENTIA, "How our priorities support the nine national must-dos")
    rs = runs(DEMENTIA, pg)
    cols = {t: x for x, y, t in rs if re.fullmatch(r"P[1-6]", t)}
    assert len(cols) == 6, cols
    labels = {int(t.split(".")[0]): y for x, y, t in rs if re.match(r"[1-9]\. ", t)}
    assert sorted(labels) == list(range(1, 10)), labels
    out = {n: [] for n in labels}
    for x, y, t in rs:
        if t == "\u25cf" and x > min(cols.values()) - 20:
            n = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[n] - y) < 8, (x, y)
            p = min(cols, key=lambda k: abs(cols[k] + 40 - x))
            assert abs(cols[p] + 40 - x) < 30, (x, cols[p])
            out[n].append(p)
    return pg, {n: sorted(v) for n, v in out.items()}


MD_PAGE, MDX = dementia_matrix()
assert [n for n in MDX if not MDX[n]] == [5, 6], MDX
assert MDX[4] == ["P4", "P5"] and MDX[8] == ["P2"] and MDX[9] == ["P4", "P6"]
assert [n for n in MDX if "P2" in MDX[n]] == [1, 3, 7, 8]


def numbers(text):
    return [int(v.replace(",", "")) for v in re.findall(r"^\d[\d,]*$", text, re.M)]


# cancer funding: 5 rows of three figures and a Total row
FUND_PAGE = page_of(CANCER, "Table 2: Cancer transformation funding")
_f = U[CANCER][FUND_PAGE]
_f = _f[_f.index("Workstream (£k)"):_f.index("Table 2:")]
_vals = numbers(_f)
assert len(_vals) == 18
_rows = [_vals[i:i + 3] for i in range(0, 18, 3)]
for a, b, t in _rows:
    assert a + b == t
assert [sum(r[j] for r in _rows[:-1]) for j in range(3)] == _rows[-1] == [2700, 3150, 5850]
assert _rows[0] == [1240, 1610, 2850]

# dementia investment
INV_PAGE = page_of(DEMENTIA, "Investment plan (£k)")
_vals = numbers(U[DEMENTIA][INV_PAGE])
_vals = [v for v in _vals if v not in (INV_PAGE,)]
_rows = [_vals[i:i + 4] for i in range(0, 28, 4)]
for r in _rows:
    assert sum(r[:3]) == r[3], r
assert [sum(r[j] for r in _rows[:-1]) for j in range(4)] == _rows[-1] == [910, 1150, 1290, 3350]
assert _rows[1] == [310, 380, 420, 1110]
assert "£1.29m" in U[DEMENTIA][page_of(DEMENTIA, "at a glance")]

# care home benefits
_b = [b for k, b in U[EHCH].items() if re.match(r"^(Avoided|Fewer|Medicines|Total) .*\| [\d,]+$", b)]
_bv = [int(b.rsplit("| ", 1)[1].replace(",", "")) for b in _b]
assert len(_bv) == 5 and sum(_bv[:4]) == _bv[4] == 2500

# diabetes lots
DIA_LOTS_SLIDE = page_of(DIABETES, "What we are bidding for")
_d = [[int(c.replace(",", "")) for c in line.split(" | ")[3:]] for line in U[DIABETES][DIA_LOTS_SLIDE].splitlines()
      if re.match(r"(Lot \d|Total) \|", line)]
for r in _d:
    assert r[0] + r[1] == r[2]
assert [sum(r[j] for r in _d[:-1]) for j in range(3)] == _d[-1] == [1020, 1035, 2055]

# pathology savings
_s = {U[PATHOLOGY][f"Savings!{n}"].split(" | ")[0]: [int(v) for v in U[PATHOLOGY][f"Savings!{n}"].split(" | ")[1:]]
      for n in range(4, 10)}
for name, r in _s.items():
    assert sum(r[:3]) == r[3], name
assert [sum(r[j] for n, r in _s.items() if n != "Total") for j in range(4)] == _s["Total"] == [930, 2020, 2730, 5680]
assert max((n for n in _s if n != "Total"), key=lambda n: _s[n][3]) == "Blood sciences hub"
assert _s["Blood sciences hub"][1] == 820

# pathology risks: High = 15 or more
_r = [U[PATHOLOGY][f"Risks!{n}"].split(" | ") for n in range(2, 6)]
assert [r[0] for r in _r if int(r[5]) >= 15 and r[6] == "High"] == ["PR1", "PR4"]
assert [r[0] for r in _r if r[6] == "High"] == ["PR1", "PR4"]

# ---------------------------------------------------------------------------------------------------------------------
# Periods for the relative windows
# ---------------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(text):
    """(start, end) ordinals of a due date as the papers write it; None when unknown."""
    t = text.lower().strip()
    if t in ("tbc", "time frame as yet unknown"):
        return None
    m = re.fullmatch(r"q([1-4]) (\d{4})/\d\d|q([1-4]) (\d\d)/\d\d", t)
    if m:
        q = int(m.group(1) or m.group(3))
        y = int(m.group(2)) if m.group(2) else 2000 + int(m.group(4))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{2,4})", t) or re.fullmatch(r"by (\d\d)\.(\d\d)\.(\d\d)", t)
    if m:
        y = int(m.group(3))
        d = date(y if y > 100 else 2000 + y, int(m.group(2)), int(m.group(1))).toordinal()
        return d, d
    m = re.fullmatch(r"w/c (\d+) ([a-z]{3})[a-z]* (\d{4})", t)
    if m:
        d = date(int(m.group(3)), MON[m.group(2)], int(m.group(1))).toordinal()
        return d, d + 6
    m = re.fullmatch(r"(?:end of )?([a-z]{3})[a-z]*[ -](\d{2,4})", t)
    if m:
        y = int(m.group(2))
        y = y if y > 100 else 2000 + y
        return date(y, MON[m.group(1)], 1).toordinal(), month_end(y, MON[m.group(1)])
    m = re.fullmatch(r"(\d{4})/\d\d", t)
    if m:
        return date(int(m.group(1)), 4, 1).toordinal(), month_end(int(m.group(1)) + 1, 3)
    raise AssertionError(text)


def due_in(dues, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, p in dues.items():
        if p is None:
            continue
        if s <= p[0] and p[1] <= e:
            inside.add(ref)
        elif p[0] <= e and p[1] >= s:
            partial.add(ref)
    return inside, partial


CA_DUES = {ref: period(cells["Due"]) for ref, cells in CA.items()}
assert norm("opening date (Sept 17) is unchanged") in file_text(AO)  # ED2's date stands
assert due_in(CA_DUES, date(2017, 9, 1), date(2017, 9, 30)) == ({"ED2"}, set())


def xl_due(n):
    cells = U[PATHOLOGY][f"Milestones!{n}"].split(" | ")
    return cells[0], cells[4]


PATH_DUES = {ref: period(due) for ref, due in (xl_due(n) for n in range(4, 14))}
assert len(PATH_DUES) == 10
PATH_DUES["PN04"] = period("end of June 2018")  # the Accountable Officer's report, 9 March 2017
assert due_in(PATH_DUES, date(2017, 5, 1), date(2017, 5, 31)) == ({"PN08"}, set())
assert due_in(PATH_DUES, date(2017, 9, 1), date(2017, 9, 30)) == ({"PN10"}, set())

AO_TEXT = "\n".join(U[AO].values())
WHO = page_of(DEMENTIA, "Who's who")
PRIOR = page_of(DEMENTIA, "Our six priorities and who leads them")
MILES = page_of(DEMENTIA, "Key milestones 2017 to 2019")

# =====================================================================================================================
# Owners (16)
# =====================================================================================================================
ask("ca-ed1-lead", OWNER, "initials-resolved", [person("Kettleborough")],
    pages(CANCER, CA_PAGE["ED1"], ANNEX_A, where="Table 1 row ED1, Lead 'RK'; Annex A: RK = Dr Rosalind "
          "Kettleborough"),
    ["Who leads the targeted lung health checks in the Cancer Alliance delivery plan?",
     "who's leading the lung health checks (ED1)? plan just says RK, who is thta?",
     "Who is in charge of offering CT scans on a mobile unit to older smokers and ex-smokers in Grettlesham East?"],
    "thta")
ask("ca-tr1-lead", OWNER, "initials-resolved", [person("Fairweather-Lowe")],
    pages(CANCER, CA_PAGE["TR1"], ANNEX_A, where="Table 1 row TR1, Lead 'DF'; Annex A: DF = Dr Dominic "
          "Fairweather-Lowe"),
    ["Who is the lead for the radiotherapy satellite unit at Oakhythe General Hospital?",
     "who's the lead on TR1, the radiotherpy satellite at oakhythe?",
     "Which consultant is taking forward the plan to treat cancer patients with radiation closer to home in "
     "Oakhythe?"], "radiotherpy")
ask("ca-ed2-lead-now", OWNER, "changed-owner", [person("Dunsmore-Carr")],
    cite(AO, "2.2 Cancer Alliance", "Manager for Diagnostics", where="AO report 2.2: ED2 lead from 1 April 2017 "
         "(the delivery plan shows TW, Tobias Wrenfield)"),
    ["Who is the lead for the Multidisciplinary Diagnostic Centre (action ED2)?",
     "who leads the MDC (ED2) now Tobias has gone? need a named contct for referrals",
     "Who is now responsible for the new clinic at Oakhythe for patients with unclear but worrying symptoms?"],
    "contct", as_of="2017-04-10")
ask("ca-ed2-lead-before", OWNER, "previous-holder", [["Wrenfield"]],
    pages(CANCER, CA_PAGE["ED2"], ANNEX_A, where="Table 1 row ED2, Lead 'TW'; Annex A: TW = Tobias Wrenfield"),
    ["Who was named as lead for the Multidisciplinary Diagnostic Centre in the November 2016 Cancer Alliance plan?",
     "who was the original MDC lead in the v1.2 cancer plan, before the handovr?",
     "Before the diagnostics manager took it on, whose name was against the vague-symptoms clinic in the "
     "cancer plan?"], "handovr")
ask("ca-chair", OWNER, "governance", [person("Wenlock-Marr")],
    cite(CANCER, "The Alliance Board is chaired by", where="section 1: the Alliance Board chair (also Annex B)"),
    ["Who chairs the Grettlesham & Oakhythe Cancer Alliance Board?",
     "who's chair of the cancer alliance board? writing to invite them to the GP evnt",
     "Who runs the meetings of the group that oversees all the local cancer improvement work?"], "evnt")
ask("ca-cr1-owner", OWNER, "risk-owner", [["Baddesley"]],
    pages(CANCER, page_of(CANCER, "Radiographer vacancies"), ANNEX_B,
          where="risk CR1 owner 'Alliance Programme Director'; Annex B names Corinna Baddesley"),
    ["Who owns risk CR1 on radiographer vacancies in the Cancer Alliance plan?",
     "CR1 radiographer vacancy risk - the owner is a job title, which person is it actualy?",
     "Whose job is it to manage the danger that there aren't enough scanning staff for the lung checks?"],
    "actualy")
ask("dem-sro", OWNER, "role-holder", [person("Castleton-Pike")],
    pages(DEMENTIA, WHO, where="who's who slide: Dementia SRO"),
    ["Who is the Senior Responsible Officer for the dementia strategy?",
     "who's the SRO for dementia in G&O? need them to sign off the strtegy comms",
     "Who is ultimately accountable for the local plan for people with memory loss conditions?"], "strtegy")
ask("dem-p2-lead", OWNER, "title-resolved", [person("Olumide-Hart")],
    pages(DEMENTIA, PRIOR, WHO, where="priorities slide: P2 led by the Clinical Lead for Dementia; who's who "
          "names her"),
    ["Who leads priority P2, Diagnosing well, in the dementia strategy?",
     "who leads P2 diagnosing well? the slide only gives a job tittle",
     "Which named clinician is in charge of getting more people with memory problems assessed and diagnosed?"],
    "tittle")
ask("dem-p6-lead", OWNER, "title-resolved", [["Cordwainer"]],
    pages(DEMENTIA, PRIOR, WHO, where="priorities slide: P6 led by the Carers Lead, Grettlesham City Council; "
          "who's who names her"),
    ["Who leads priority P6, Caring well, in the dementia strategy?",
     "who's the actual persn leading P6 for carers? the slide just says the council carers lead",
     "Who is the named person for support for family members looking after someone with dementia?"], "persn")
ask("ehch-ch12-lead", OWNER, "title-resolved", [["Quarrington"]],
    cite(EHCH, "CH1.2 |", "Care Homes Clinical Lead (GP)", where="action table: CH1.2's lead cell merged down "
         "from CH1.1 (Care Homes Clinical Lead); section 7 names Dr Theo Quarrington"),
    ["Who leads the weekly GP-led home round in nursing homes (CH1.2)?",
     "who's leading the weekly home round in nursing homes? CH1.2 lead cell is blnak in my copy",
     "Which doctor is responsible for making sure a GP visits every nursing home once a week?"], "blnak")
ask("ehch-ch31-lead", OWNER, "title-resolved", [person("Ellerby-Stott")],
    cite(EHCH, "CH3.1 |", "Marcus Ellerby-Stott", where="action table: CH3.1 lead 'Discharge Programme Lead, OWH'; "
         "section 7 names Marcus Ellerby-Stott"),
    ["Who leads the discharge to assess beds in care homes?",
     "who's lead for D2A beds in the care homes (CH3.1)? want to know who to cal",
     "Who is organising the care home places where patients leaving hospital can be assessed before deciding on "
     "long-term care?"], "cal")
ask("dia-lot3-lead-now", OWNER, "changed-owner", [person("Atherley-Booth")],
    pages(DIABETES, page_of(DIABETES, "Changes since the December draft"),
          where="changes slide: Lot 3 lead passes to Mr Sunil Atherley-Booth from 1 March 2017 (slide 3 still "
          "shows Dr Gideon Fairhurst)"),
    ["Who leads Lot 3, the multidisciplinary foot care teams, in the diabetes bid?",
     "who's the lot 3 foot care lead now dr fairhurst has retird?",
     "Who is now in charge of setting up the specialist teams to prevent foot problems and amputations in people "
     "with diabetes?"], "retird", as_of="2017-03-15")
ask("dia-lot4-lead", OWNER, "initiative-lead", [["Cattermole"]],
    pages(DIABETES, DIA_LOTS_SLIDE, where="bid table: Lot 4 lead"),
    ["Who leads Lot 4, the diabetes inpatient specialist nurses, in the funding bid?",
     "who's lead for the DISN lot in the diabetes bid? ward sisters askin",
     "Who is responsible for getting specialist diabetes nurses onto the hospital wards?"], "askin")
ask("path-pn03-lead", OWNER, "initials-resolved", [["Hollyoak"]],
    cite(PATHOLOGY, "DH | Dr Damian Hollyoak", sheet="Contacts",
         where="Milestones!6: PN03 owner 'DH'; Contacts sheet: DH = Dr Damian Hollyoak"),
    ["Who owns the milestone to award the single LIMS contract in the pathology tracker?",
     "PN03 LIMS contract - owner says DH, who's that in real lfe?",
     "Who is responsible for signing up the one computer system that both hospitals' laboratories will share?"],
    "lfe")
ask("path-sro", OWNER, "role-holder", [person("Tarrant-Lowe")],
    cite(PATHOLOGY, "SRO | Imogen Tarrant-Lowe", sheet="Contacts", where="Contacts sheet: SRO row"),
    ["Who is the Senior Responsible Officer for the pathology network consolidation programme?",
     "who's SRO for the pathology netwrk? need exec sign off",
     "Which executive is ultimately accountable for merging the two trusts' laboratory services?"], "netwrk")
ask("stp-lead", OWNER, "role-holder", [["Thistlewood"]],
    cite(AO, "Author:", "and Lead for the Grettlesham & Oakhythe STP", where="report cover: author, Accountable "
         "Officer of Grettlesham CCG and STP Lead"),
    ["Who is the Lead for the Grettlesham & Oakhythe STP?",
     "who's the overall STP lead for G&O? the AO at grettlesham i thnk",
     "Who heads up the whole local health and care transformation plan across Grettlesham and Oakhythe?"], "thnk")

# =====================================================================================================================
# Milestones (18)
# =====================================================================================================================
ask("ca-ed1-due", MILESTONE, "quarter", [["Q3 2017/18", "Q3 17/18", "quarter 3 2017/18", "October to December 2017"]],
    pages(CANCER, CA_PAGE["ED1"], where="Table 1 row ED1, Due"),
    ["When is the mobile CT unit for the lung health checks due on site?",
     "when do the lung health check scans (ED1) start? respiratory team plannig clinics",
     "When will the scanner lorry start checking older smokers' chests in Grettlesham East?"], "plannig")
ask("ca-pw1-due", MILESTONE, "week-commencing", [["w/c 6 Nov 2017", "6 November 2017", "6 Nov 2017", "06/11/2017"]],
    pages(CANCER, CA_PAGE["PW1"], where="Table 1 row PW1, Due"),
    ["When is the lung cancer timed pathway due to be live at both trusts?",
     "when does the lung timed pathway (PW1) go live? radiology want the wek",
     "From when should an abnormal chest X-ray lead straight to a CT scan at both hospitals?"], "wek")
ask("ca-ed3-due", MILESTONE, "month", [["end of March 2018", "March 2018", "31 March 2018", "31/03/2018", "Mar 2018"]],
    pages(CANCER, CA_PAGE["ED3"], where="Table 1 row ED3, Due"),
    ["By when will FIT be available to all practices for patients with low-risk bowel symptoms?",
     "when will all practices have FIT for low risk bowel symptms?",
     "By when can every GP surgery send off the home stool test for people whose bowel symptoms are probably not "
     "serious?"], "symptms")
ask("ca-pw2-due", MILESTONE, "day", [on(31, 3, 2018, "31/03/18")],
    pages(CANCER, CA_PAGE["PW2"], where="Table 1 row PW2, Due"),
    ["When is multiparametric MRI before biopsy due for all men referred with suspected prostate cancer?",
     "mpMRI before biopsy for prostate - what's the deadlne?",
     "By when should every man referred with a possible prostate problem get a scan before any needle test?"],
    "deadlne")
ask("ca-tr2-unknown", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "not known", "no date", "not yet set"]],
    pages(CANCER, CA_PAGE["TR2"], where="Table 1 row TR2, Due: 'time frame as yet unknown'"),
    ["When will the seven-day acute oncology service at Grettlesham Royal Infirmary start?",
     "when's 7 day acute onc starting at GRI? oncologists keep askng",
     "When will cancer patients who become suddenly unwell be seen by the specialist team at weekends too?"],
    "askng")
ask("ca-next-month", MILESTONE, "relative-window",
    [["Multidisciplinary Diagnostic Centre", "MDC", "ED2", "diagnostic centre"]],
    pages(CANCER, CA_PAGE["ED2"], where="Table 1: ED2 is the only action due in September 2017 ('Sept 17', "
          "unchanged by the AO report)"),
    ["Which Cancer Alliance actions are due next month?",
     "anything in the cancer alliance plan due next month? updating the forwrd look",
     "Which of the cancer improvement actions should be delivered during the coming calendar month?"],
    "forwrd", as_of="2017-08-20")
ask("dem-inreach-moved", MILESTONE, "moved-date", [on(30, 9, 2017, "30 September 2017")],
    cite(EHCH, "4. Change to the dementia strategy timetable", "moves from Q1 2017/18 to 30 September 2017",
         where="EHCH plan section 4: in-reach moved from Q1 2017/18 (dementia strategy) to 30 September 2017"),
    ["When will the dementia in-reach team cover all care homes?",
     "when's the dementia in-reach for care homes going to be in place? heard it slippd",
     "By when will a specialist memory team be visiting every care home in the area?"], "slippd",
    as_of="2017-02-01")
ask("dem-inreach-original", MILESTONE, "original-date", [["Q1 2017/18", "Q1 17/18", "April to June 2017"]],
    pages(DEMENTIA, MILES, where="milestones slide: in-reach 'Q1 2017/18' (before the EHCH plan moved it)"),
    ["What date did the December 2016 dementia strategy give for the in-reach team covering all care homes?",
     "what was the original in-reach date in the dementia stratgy before it moved?",
     "When had the memory team for care homes first been promised, in the strategy the Partnership Board saw "
     "before Christmas?"], "stratgy")
ask("dem-awareness", MILESTONE, "week-commencing",
    [["w/c 15 May 2017", "15 May 2017", "15/05/2017", "15th May 2017"]],
    pages(DEMENTIA, MILES, where="milestones slide: Dementia Awareness Week campaign (P1)"),
    ["When is the Dementia Awareness Week campaign with all practices?",
     "which week is the dementia awarness campaign with practices?",
     "When is the week-long push with GP surgeries to get people thinking about memory loss?"], "awarness")
ask("dem-carers-set", MILESTONE, "tbc-set", [["Q2 2017/18", "Q2 17/18", "July to September 2017"]],
    cite(AO, "2.4 Dementia", "will launch in Q2 2017/18", where="AO report 2.4: carers' breaks scheme (P6), 'tbc' "
         "in the strategy, to launch in Q2 2017/18"),
    ["When will the carers' breaks scheme in the dementia strategy launch?",
     "carers breaks scheme for dementia - strategy said tbc, do we have a date yett?",
     "When can people looking after a relative with dementia start getting time off through the new scheme?"],
    "yett", as_of="2017-03-20")
ask("ehch-redbag", MILESTONE, "month", [["Nov 17", "November 2017", "Nov 2017", "Nov-17"]],
    cite(EHCH, "CH7.1 |", where="action table: CH7.1 Red Bag scheme, Due"),
    ["When is the Red Bag hospital transfer scheme due in all care homes?",
     "red bag scheme in all care homes - when's it due? ambulance liason asked",
     "By when should every care home be sending residents to hospital with the special bag of paperwork and "
     "belongings?"], "liason")
ask("dia-lot1-moved", MILESTONE, "moved-date", [["w/c 5 June 2017", "5 June 2017", "5 Jun 2017", "05/06/2017"]],
    pages(DIABETES, page_of(DIABETES, "Changes since the December draft"),
          where="changes slide: Lot 1 first places moved from Q1 2017/18 to w/c 5 June 2017"),
    ["When will the first additional structured education places for diabetes open?",
     "when do the extra DESMOND / X-PERT places open? practices want to start refering",
     "From when can people with diabetes be booked onto the extra courses about managing their condition?"],
    "refering", as_of="2017-03-01")
ask("dia-lot2-audit", MILESTONE, "day", [on(31, 12, 2017, "31/12/17")],
    pages(DIABETES, page_of(DIABETES, "Key milestones"), where="milestones table: Lot 2 audit"),
    ["By when must the treatment targets audit be completed in every practice?",
     "lot 2 treatment targets audit - deadline for all practises?",
     "By when should every surgery have checked how many of its diabetic patients hit the three NICE targets?"],
    "practises")
ask("path-lims-moved", MILESTONE, "moved-date",
    [["end of June 2018", "June 2018", "30 June 2018", "30/06/2018", "Jun 2018"]],
    cite(AO, "2.3 Pathology network", "2018, so that the switch", where="AO report 2.3: PN04 moved from 31/03/18 "
         "(tracker) to the end of June 2018"),
    ["When will the single LIMS go live at both trusts?",
     "when's LIMS go-live now? tracker says 31/03 but i herd it moved",
     "When will both hospitals' labs switch over to the one shared computer system?"], "herd",
    as_of="2017-03-20")
ask("path-pn01", MILESTONE, "day", [on(30, 6, 2017, "30/06/2017")],
    cite(PATHOLOGY, "PN01 |", sheet="Milestones", where="Milestones!4: PN01, Due (a real date cell)"),
    ["When is the pathology network partnership agreement due to be signed by both trusts?",
     "pathology partnership agreement - when do both trusts sign? board secs want it in the diarry",
     "By when should the two hospital trusts formally commit to running their labs together?"], "diarry")
ask("path-pn07-tbc", MILESTONE, "unknown-date", [["TBC", "to be confirmed", "not yet known", "no date", "unknown"]],
    cite(PATHOLOGY, "PN07 |", sheet="Milestones", where="Milestones!10: PN07 digital pathology pilot, Due 'TBC'"),
    ["When will the digital pathology pilot start?",
     "digital path pilot - any date? histopathologists are keen to knoww",
     "When will the trial of viewing tissue slides on screen instead of under a microscope begin?"], "knoww")
ask("path-this-month", MILESTONE, "relative-window", [["staff consultation", "PN08", "rotas"]],
    cite(PATHOLOGY, "PN08 |", sheet="Milestones", where="Milestones!11: PN08 (15/05/2017) is the only pathology "
         "milestone due in May 2017"),
    ["Which pathology network milestones are due this month?",
     "anything on the pathology tracker due this month? doing the montly roundup",
     "Which steps in merging the two hospitals' laboratories fall in the current calendar month?"],
    "montly", as_of="2017-05-10")
ask("path-pn05", MILESTONE, "week-commencing", [["w/c 4 Dec 2017", "4 December 2017", "4 Dec 2017", "04/12/2017"]],
    cite(PATHOLOGY, "PN05 |", sheet="Milestones", where="Milestones!8: PN05, Due (typed text)"),
    ["When does routine blood sciences work move to the hub laboratory?",
     "when does routine blood sciences go over to the hub? biomedical scientsts asking about rotas",
     "From which week will everyday blood testing be done in the one central lab?"], "scientsts")

# =====================================================================================================================
# Must-dos (5), from the dementia strategy's matrix
# =====================================================================================================================
MD_SRC = pages(DEMENTIA, MD_PAGE, where="must-do matrix slide: marks read by position (rows must-dos, columns P1-P6)")
ask("dem-md-gap", MUSTDO, "mustdo-gap",
    [alts("Referral to treatment", *md(5)), alts("Cancer", *md(6))], MD_SRC,
    ["Which of the nine national must-dos are not supported by any priority in the dementia strategy?",
     "which must dos does the dementia strategy not cover at all? doing a gap anaylsis",
     "Which national planning requirements does the memory-loss strategy leave completely untouched?"], "anaylsis")
ask("dem-md4", MUSTDO, "mustdo-coverage", [["Living well", "P4"], ["Dying well", "P5"]], MD_SRC,
    ["Which dementia strategy priorities support must-do 4, the A&E and ambulance standards?",
     "which dementia priorities count towards MD4 (A&E)? for the UEC board paprer",
     "Which parts of the dementia plan help hospitals with emergency department waits and ambulance times?"],
    "paprer")
ask("dem-p2-mds", MUSTDO, "by-priority",
    [alts("Deliver the STP", "STP", "Must-do 1", "must do 1", "MD1", "MD 1"), alts("General practice", *md(3)),
     alts("Mental health", *md(7)), alts("Learning disabilities", *md(8))], MD_SRC,
    ["Which national must-dos does priority P2, Diagnosing well, support?",
     "what must-dos does P2 diagnosing well map to? filling in the assurance templete",
     "Which of the nine national planning requirements does the work on getting more people with memory problems "
     "diagnosed contribute to?"], "templete")
ask("dem-md8", MUSTDO, "yes-no", [["Diagnosing well", "P2"]], MD_SRC,
    ["Does any dementia strategy priority support must-do 8, learning disabilities, and if so which?",
     "is there anything in the dementia strategy against MD8 LD? TCP lead wants to knw",
     "Does the memory-loss strategy do anything towards the national requirement for people with a learning "
     "disability, and through which priority?"], "knw")
ask("dem-md9", MUSTDO, "mustdo-coverage", [["Living well", "P4"], ["Caring well", "P6"]], MD_SRC,
    ["Which dementia strategy priorities support must-do 9, quality and special measures?",
     "which dementia priorities map to MD9 quality? quality committee askd",
     "Which parts of the dementia plan help with the national requirement on safety and improving care quality?"],
    "askd")

# =====================================================================================================================
# Figures and facts (12)
# =====================================================================================================================
ask("ca-funding-total", FACT, "figure", [["£5.85m", "5,850", "5850", "5.85"]],
    pages(CANCER, FUND_PAGE, where="section 4 and Table 2: total bid £5.85m (5,850 £k)"),
    ["How much cancer transformation funding has the Cancer Alliance bid for over the two years?",
     "what's the total cancer alliance transformation bid? finance want the figuer",
     "How much money in total is the cancer partnership asking NHS England for to pay for its changes?"],
    "figuer")
ask("ca-ed-1718", FACT, "figure", [["1,240", "1240", "£1.24m", "£1,240k"]],
    pages(CANCER, FUND_PAGE, where="Table 2: Early diagnosis, 2017/18 (£k)"),
    ["How much transformation funding is planned for the Early diagnosis workstream in 2017/18?",
     "early diagnosis funding for 17/18 in the cancer bid? in £k plz, budjet setting",
     "How much of the cancer bid goes on finding cancers sooner in the first year?"], "budjet")
ask("ca-cr2-score", FACT, "risk-rating", [["15"], ["High"]],
    pages(CANCER, page_of(CANCER, "NHS England does not"), where="risk table row CR2: L 3, I 5, Score '15 High'"),
    ["What is the score and rating of Cancer Alliance risk CR2, on transformation funding?",
     "CR2 funding risk in the cancer plan - what score/rating has it got? for the risk registr",
     "How serious does the cancer plan judge the danger that NHS England is late confirming the money?"],
    "registr")
ask("dem-diag-rate", FACT, "figure", [["61.4%", "61.4"]],
    pages(DEMENTIA, page_of(DEMENTIA, "at a glance"), where="at-a-glance tiles: diagnosis rate, September 2016"),
    ["What was the dementia diagnosis rate in September 2016?",
     "what's our dementia diagnosis rate? the sept 16 figure pls, for a brefing",
     "What share of the people thought to have dementia locally had actually been diagnosed, in autumn 2016?"],
    "brefing")
ask("dem-p2-invest", FACT, "figure", [["1,110", "1110", "£1.11m", "£1,110k"]],
    pages(DEMENTIA, INV_PAGE, where="investment table: P2 Diagnosing well, Total (£k)"),
    ["How much investment does the dementia strategy plan for Diagnosing well over the three years?",
     "total £k for P2 diagnosing well across 17/18-19/20? memory service managr asking",
     "How much new money is going into getting people assessed and diagnosed for memory problems in total?"],
    "managr")
ask("ehch-benefits", FACT, "figure", [["2,500", "2500", "£2.5m", "£2,500k"]],
    cite(EHCH, "5. Expected benefits in 2017/18", "Total | 2,500", where="benefits table: Total (£k)"),
    ["What are the total expected benefits of the Enhanced Health in Care Homes plan in 2017/18?",
     "EHCH total benefits 17/18 in £k? CFO wants the nubmer",
     "How much is the care homes improvement work expected to save or release across its first year in total?"],
    "nubmer")
ask("ehch-homes", FACT, "figure", [["214"]],
    cite(EHCH, "There are 214 care homes", where="section 2: 214 care homes (88 nursing, 126 residential)"),
    ["How many care homes are there in the Grettlesham & Oakhythe footprint?",
     "how many care homes in G&O altogther?",
     "How many residential and nursing homes for older people does the area have in total?"], "altogther")
ask("dia-bid-total", FACT, "figure", [["2,055", "2055", "£2.055m", "£2.06m", "£2,055k"]],
    pages(DIABETES, DIA_LOTS_SLIDE, where="bid table: Total row, Total £k"),
    ["What is the total value of the diabetes transformation funding bid?",
     "how much is the diabetes bid in total (all 4 lots)? in £k for the finace report",
     "How much money altogether is the area asking for to improve care for people with diabetes?"], "finace")
ask("dia-targets", FACT, "figure", [["34%"]],
    pages(DIABETES, page_of(DIABETES, "Why we are bidding"), where="why we are bidding: share meeting all three "
          "NICE treatment targets"),
    ["What proportion of adults on diabetes registers meet all three NICE treatment targets?",
     "what % of our diabetics hit all 3 treatment targets? for the bid narative",
     "How many people with diabetes, as a share, have their blood sugar, blood pressure and cholesterol all "
     "under control?"], "narative")
ask("path-savings-total", FACT, "figure", [["5680", "5,680", "£5.68m", "£5,680k"]],
    cite(PATHOLOGY, "Total |", sheet="Savings", where="Savings!9: Total row, Total (£k)"),
    ["What are the total recurrent savings from the pathology network over the three years?",
     "total pathology network savings 17/18 to 19/20? in £k, for the STP finance sumary",
     "How much will merging the two trusts' laboratories save altogether in the plan period?"], "sumary")
ask("path-largest", FACT, "comparison", [["Blood sciences hub", "blood sciences"]],
    cite(PATHOLOGY, "Scheme |", "Total |", sheet="Savings", where="Savings sheet: largest Total is Blood sciences "
         "hub (2270)"),
    ["Which pathology scheme delivers the largest total savings?",
     "which pathology scheme saves the most? ranking them for the boad",
     "Which part of the laboratory merger is expected to save the most money?"], "boad")
ask("path-high-risks", FACT, "filter", [["PR1", "staff turnover"], ["PR4", "capital"]],
    cite(PATHOLOGY, "ID | Risk", "PR4 |", sheet="Risks", where="Risks sheet: PR1 (16) and PR4 (15) rated High"),
    ["Which pathology network risks are rated High?",
     "which pathology risks are high? need them for the escalaton report",
     "Which of the laboratory merger's dangers are judged the most serious on the tracker?"], "escalaton")

# =====================================================================================================================
# Near-misses (9): plausible, but the papers do not say
# =====================================================================================================================
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-ca-vice-chair", NONE, "near-miss", [],
    pages(CANCER, ANNEX_B, where="Annex B lists the Chair but no vice chair"),
    ["Who is the Vice Chair of the Cancer Alliance Board?",
     "who's vice chair of the cancer alliance? chair's away for the next meetng",
     "If the person who runs the cancer partnership's board meetings is away, who stands in?"], "meetng")
absent("2019/20", "19/20", "2019-20", file=CANCER)
ask("nm-ca-1920", NONE, "near-miss", [],
    pages(CANCER, FUND_PAGE, where="Table 2 covers 2017/18 and 2018/19 only"),
    ["How much cancer transformation funding is planned for 2019/20?",
     "cancer alliance money for 19/20? the table stops a year short, any figre?",
     "How much will the cancer partnership spend on its changes in the year after the bid period?"], "figre")
absent("capital", "cost of", file=CANCER)
ask("nm-ca-tr1-cost", NONE, "near-miss", [],
    pages(CANCER, CA_PAGE["TR1"], where="TR1 gives an outline business case milestone but no cost"),
    ["What is the capital cost of the radiotherapy satellite unit at Oakhythe General Hospital?",
     "how much will the oakhythe radiotherapy satelite cost to build?",
     "How much will it cost to build the new radiation treatment unit in Oakhythe?"], "satelite")
absent("2020/21", "20/21", "2020-21")
ask("nm-dem-2021", NONE, "near-miss", [],
    pages(DEMENTIA, INV_PAGE, where="investment table stops at 2019/20"),
    ["How much does the dementia strategy plan to invest in 2020/21?",
     "dementia investment for 20/21? the table ends at 19/20, need it for the LTFM projecton",
     "How much new money goes into memory-loss services in the year after the strategy's investment table ends?"],
    "projecton")
absent("ndpp lead", "prevention programme lead", "led by", file=DIABETES)
ask("nm-dia-ndpp-lead", NONE, "near-miss", [],
    pages(DIABETES, page_of(DIABETES, "Why we are bidding"), where="NDPP said to sit in the STP prevention "
          "programme; no lead named anywhere"),
    ["Who leads the National Diabetes Prevention Programme locally?",
     "who's the NDPP lead for G&O? the bid says it sits in the prevention programme but no naem",
     "Who runs the local scheme that helps people at high risk avoid getting type 2 diabetes?"], "naem")
absent("closes", "closing date", "close on", "consultation ends", "will close", "consultation end")
ask("nm-path-consult-close", NONE, "near-miss", [],
    cite(PATHOLOGY, "PN08 |", sheet="Milestones", where="PN08 gives the date the consultation opens, not closes"),
    ["When does the pathology staff consultation on the new network rotas close?",
     "when does the pathology rota consultation clsoe? unions asking",
     "What is the last day lab staff can respond to the proposals on their new working patterns?"], "clsoe")
absent("preferred supplier", "awarded to", "supplied by", "supplier is", "chosen supplier")
ask("nm-path-lims-supplier", NONE, "near-miss", [],
    cite(PATHOLOGY, "PN03 |", sheet="Milestones", where="PN03: contract award due 31/10/2017; no supplier named"),
    ["Which company will supply the single laboratory information management system?",
     "who's the LIMS suplier going to be? IT want to start talking to them",
     "Which firm is providing the shared computer system for the two hospitals' laboratories?"], "suplier")
absent("care home beds", "nursing beds", "residential beds", "beds in care homes", "bed base")
ask("nm-ehch-beds", NONE, "near-miss", [],
    cite(EHCH, "There are 214 care homes", where="section 2 counts homes, not beds"),
    ["How many care home beds are there in the Grettlesham & Oakhythe footprint?",
     "how many care home beds have we got across G&O? for the capcity model",
     "How many places for residents do the area's nursing and residential homes have between them?"], "capcity")
absent("next meeting", "next governing body", "next meets", "will next meet")
ask("nm-gb-next", NONE, "near-miss", [],
    cite(AO, "GOVERNING BODY - MEETING IN PUBLIC", where="report gives this meeting (9 March 2017) and the "
         "previous one (12 January 2017), not the next"),
    ["When is the next meeting of the Grettlesham CCG Governing Body after 9 March 2017?",
     "when's the next grettlesham CCG governing body after the march one? want to table a questoin",
     "When does the CCG's top decision-making board meet in public after its March session?"], "questoin")

# =====================================================================================================================
# Final checks and write
# =====================================================================================================================
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
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|overdue|currently|at present|now|"
                        r"atm|coming calendar month|current calendar month)\b", item["question"].lower())
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
