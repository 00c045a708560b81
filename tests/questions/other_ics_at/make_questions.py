"""Write questions.jsonl for the Fallowmere & Cradlebury STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx "Sheet!row", text lines), and the first alternative of every gold group must be in that window. Facts
that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the business case's milestone, project team, strategic fit and options tables are read back by text position
    (pypdf's visitor): header runs give the column edges, each Ref / No. / Name run starts a row; an Accountable role
    is resolved to a name only through the project team appendix on the last page;
  - the financial case table's rows and columns are re-added against its Total row and the £2,650k in the prose;
  - the register is read with openpyxl by real column: a Revised need-by replaces the Original (its Read me says so),
    every need-by is parsed to a period, and each relative window is asserted to hold exactly the gold rows with
    nothing partly overlapping; the benefit map's shares are read by the must-do heading of their column and each
    row re-added to 100%;
  - the workshop deck's vote counts are paired with their ideas by height (python-pptx shape positions); the next
    steps table is read with python-pptx and its "By when" cells parsed for the March window;
  - the poster's must-do strip is read as characters: dark circled numbers are the supported must-dos; the author
    superscripts are matched to the affiliations;
  - the service specification's header, KPI and mobilisation tables are read with python-docx;
  - the speaking notes' gap bridge is re-added.
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
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
WORKSHOP = "01_FC_STP_Joint_Design_Workshop_Writeup_14Feb2017.pptx"
OBC = "02_FC_STP_UCR_Outline_Business_Case_Exec_Summary_v1.3_Mar2017.pdf"
NOTES = "03_FC_STP_Big_Conversation_Speaking_Notes_16Mar2017.md"
REG = "04_FC_STP_Interdependencies_and_Benefits_Register_v0.7_Apr2017.xlsx"
POSTER = "05_FC_STP_Home_First_Rapid_Response_Poster_May2017.pdf"
SPEC = "06_FC_STP_Service_Specification_HF03_Rapid_Response_v1.0_Jun2017.docx"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([WORKSHOP, OBC, NOTES, REG, POSTER, SPEC]), sorted(U)
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


def mdx(n, *first):
    """Gold for must-do n: the paper's wording first, then bank_tools.md renderings (less 'Primary care' / 'UEC',
    which an answer naming a programme or service could contain without meaning the must-do)."""
    return alts(*first, *[f for f in md(n) if f not in ("Primary care", "UEC")])


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def pages(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def rows_of(file, sheet, first, last, where=""):
    keys = [f"{sheet}!{n}" for n in range(first, last + 1)]
    text = norm("\n".join(U[file].get(k, "") for k in keys))
    return {"file": file, "lines": [first, last], "where": where, "sheet": sheet}, text


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
        ITEMS.append({"id": f"at-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"at-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Dates: every expression the papers use for a due date, as a period (start, end); None = unknown
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october november "
                                     "december".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(value, year_hint=None):
    """(start, end) ordinals for one due-date cell or phrase."""
    if isinstance(value, datetime):
        d = value.date().toordinal()
        return (d, d)
    t = value.lower().strip()
    if t in ("tbc", "to be confirmed") or "unknown" in t:
        return None
    m = re.search(r"q([1-4]) (\d{4})/\d\d", t)
    if m:
        q, fy = int(m.group(1)), int(m.group(2))
        sm, sy = [4, 7, 10, 1][q - 1], fy + (q == 4)
        return (date(sy, sm, 1).toordinal(), month_end(sy, sm + 2))
    m = re.search(r"(\d\d)/(\d\d)/(\d\d)(\d\d)?\b", t)
    if m:
        y = int(m.group(3) + (m.group(4) or "")) if m.group(4) else 2000 + int(m.group(3))
        d = date(y, int(m.group(2)), int(m.group(1))).toordinal()
        return (d, d)
    m = re.search(r"w/c (\d{1,2}) ([a-z]+)(?: (\d{4}))?", t)
    if m:
        d = date(int(m.group(3) or year_hint), MONTHS[m.group(2)], int(m.group(1))).toordinal()
        return (d, d + 6)
    m = re.search(r"end of ([a-z]+) (\d{4})", t)
    if m:
        e = month_end(int(m.group(2)), MONTHS[m.group(1)])
        return (e - 9, e)  # the last days of the month
    m = re.search(r"(winter|spring|summer|autumn) (\d{4})(?:/\d\d)?", t)
    if m:
        y = int(m.group(2))
        start, end = {"spring": ((y, 3), (y, 5)), "summer": ((y, 6), (y, 8)), "autumn": ((y, 9), (y, 11)),
                      "winter": ((y, 12), (y + 1, 2))}[m.group(1)]
        return (date(*start, 1).toordinal(), month_end(*end))
    m = re.search(r"\b(\d{1,2}) ([a-z]+)(?: (\d{4}))?", t)
    if m and m.group(2) in MONTHS:
        d = date(int(m.group(3) or year_hint), MONTHS[m.group(2)], int(m.group(1))).toordinal()
        return (d, d)
    raise AssertionError(f"no period for {value!r}")


def window(dues, start, end):
    """(keys due inside [start, end], keys only partly overlapping it)."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for key, p in dues.items():
        if p is None:
            continue
        if s <= p[0] and p[1] <= e:
            inside.add(key)
        elif p[0] <= e and p[1] >= s:
            partial.add(key)
    return inside, partial


# ---------------------------------------------------------------------------------------------------------------
# The business case (PDF) read back by text position
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


def ruled_table(file, page_no, heads, key_col, key_re, stop_y=40):
    """{key: {heading: cell text}}: column edges from the header runs, a row starts at each run in key_col that
    matches key_re; a row's cells are the runs between its top and the next row's top."""
    rs = runs(file, page_no)
    hx = {}
    for x, y, t in rs:
        if t in heads and t not in hx:
            hx[t] = (x, y)
    assert set(hx) == set(heads), (page_no, hx)
    head_y = hx[heads[0]][1]
    edges = sorted((x, t) for t, (x, _) in hx.items())
    kx = hx[key_col][0]
    starts = sorted(((y, t) for x, y, t in rs if abs(x - kx) < 2 and y < head_y - 2 and y > stop_y
                     and re.fullmatch(key_re, t)), reverse=True)
    out = {}
    for i, (y, key) in enumerate(starts):
        lower = starts[i + 1][0] if i + 1 < len(starts) else stop_y
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 2 <= x < hi - 2 and lower + 1 < yy <= y + 1)
        out[key] = cells
    return out


OBC_PAGE = {name: [k for k, v in U[OBC].items() if name in v][0]
            for name in ("Table 1: Strategic fit", "Table 2: Shortlisted options", "Table 3: Capital and revenue",
                         "Table 4: Key milestones", "Appendix A: Project team", "Approval route")}
MS_PAGE = OBC_PAGE["Table 4: Key milestones"]
TEAM_PAGE = OBC_PAGE["Appendix A: Project team"]
assert MS_PAGE + 1 == TEAM_PAGE == 5, OBC_PAGE
MS = ruled_table(OBC, MS_PAGE, ["Ref", "Milestone", "Target date", "Accountable"], "Ref", r"M\d")
assert sorted(MS) == [f"M{i}" for i in range(1, 10)], sorted(MS)
TEAM = {cells["Name"]: cells["Role"] for cells in
        ruled_table(OBC, TEAM_PAGE, ["Role", "Name", "Title and organisation"], "Name",
                    r"(Dr )?[A-Z][a-z]+ [A-Z][A-Za-z-]+",
                    stop_y=[y for x, y, t in runs(OBC, TEAM_PAGE) if t == "Appendix B: Abbreviations"][0]).values()}
ROLE_HOLDER = {role: name for name, role in TEAM.items()}
assert len(ROLE_HOLDER) == 9, TEAM


def accountable(ref):
    return ROLE_HOLDER[MS[ref]["Accountable"]]


assert MS["M3"]["Target date"] == "end of June 2017" and accountable("M3") == "Fenwick Adeyemi"
assert MS["M7"]["Target date"] == "by 31/12/17" and accountable("M7") == "Dr Emeka Ashdown-Price"
assert MS["M2"]["Milestone"].startswith("Public engagement") and accountable("M2") == "Gethin Oduya"
assert accountable("M1") == accountable("M8") == "Petra Lindqvist-Hale"
assert MS["M8"]["Target date"] == "Winter 2017/18" and MS["M4"]["Target date"] == "Q2 2017/18"
# the accountable names are only in the appendix, never on the milestone page
for ref in MS:
    assert accountable(ref) not in U[OBC][MS_PAGE], ref
OBC_DUES = {ref: period(cells["Target date"]) for ref, cells in MS.items()}

FIT = ruled_table(OBC, OBC_PAGE["Table 1: Strategic fit"], ["No.", "Must-do", "Contribution", "How"], "No.", r"[1-9]")
assert sorted(FIT) == [str(i) for i in range(1, 10)]
assert [n for n, c in FIT.items() if c["Contribution"] == "★★★"] == ["4"]
assert FIT["6"]["Contribution"] == "–" and FIT["6"]["How"] == "No direct contribution"
assert FIT["4"]["Must-do"].startswith("A&E four-hour standard")

OPTS = ruled_table(OBC, OBC_PAGE["Table 2: Shortlisted options"],
                   ["Option", "Description", "Rank"], "Option", r"[1-4]")
assert [o for o, c in OPTS.items() if c["Rank"].endswith(" 1") or c["Rank"] == "1"] == ["3"], OPTS
assert "co-located" in OPTS["3"]["Description"] and "(preferred)" in OPTS["3"]["Description"]


def finance():
    lines = U[OBC][OBC_PAGE["Table 3: Capital and revenue"]].splitlines()
    labels = ["Building works", "Equipment", "IT and telephony", "Hub and UTC staffing", "Non-pay running costs",
              "ED costs released", "Total"]
    val = lambda s: 0 if s == "–" else (-1 if s.startswith("(") else 1) * int(s.strip("()").replace(",", ""))  # noqa
    out = {}
    for label in labels:
        i = lines.index(label)
        out[label] = [val(v) for v in lines[i + 1:i + 6]]
    return out


FIN = finance()
for j in range(5):
    assert sum(v[j] for k, v in FIN.items() if k != "Total") == FIN["Total"][j], j
assert FIN["Total"][0] + FIN["Total"][1] == 2650 and "£2,650k" in U[OBC][OBC_PAGE["Table 3: Capital and revenue"]]
assert FIN["Total"][3] == 1650 and FIN["Total"][4] == 1240
assert "2021/22" not in EVERYTHING and "2020/21" not in norm(U[OBC][OBC_PAGE["Table 3: Capital and revenue"]])

# ---------------------------------------------------------------------------------------------------------------
# The register (Excel) by real column
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(PAPERS / REG)
assert "where a Revised date is given it replaces the Original date" in "\n".join(
    str(c.value) for c in WB["Read me"]["A"] if c.value)
DEP = {}
ws = WB["Dependencies"]
assert [ws.cell(4, j).value for j in range(1, 10)] == ["ID", "Giving programme", "Receiving programme",
                                                       "What is needed", "Giving lead", "Need-by", None, "Status",
                                                       "Notes"]
assert (ws.cell(5, 6).value, ws.cell(5, 7).value) == ("Original", "Revised") and "F4:G4" in str(ws.merged_cells)
for r in range(6, ws.max_row + 1):
    ident = ws.cell(r, 1).value
    if ident:
        DEP[ident] = {"row": r, "giver": ws.cell(r, 2).value, "receiver": ws.cell(r, 3).value,
                      "what": ws.cell(r, 4).value, "lead": ws.cell(r, 5).value, "original": ws.cell(r, 6).value,
                      "revised": ws.cell(r, 7).value, "status": ws.cell(r, 8).value}
assert len(DEP) == 14
EFFECTIVE = {k: period(d["revised"] or d["original"], 2017) for k, d in DEP.items()}
ORIGINAL = {k: period(d["original"], 2017) for k, d in DEP.items()}
assert DEP["D01"]["lead"] == "Morwenna Tsang" and DEP["D01"]["status"] == "At risk"
assert DEP["D07"]["revised"] == "w/c 19 February 2018" and DEP["D07"]["original"] == "by 31/12/17"
assert DEP["D12"]["revised"] == "Q3 2017/18" and DEP["D12"]["original"] == "Q2 2017/18"
assert DEP["D11"]["original"] == "tbc" and EFFECTIVE["D11"] is None
# window: what Home First receives in June 2017 (as of 1 June 2017)
hf = {k: v for k, v in EFFECTIVE.items() if DEP[k]["receiver"] == "HF"}
assert window(hf, date(2017, 6, 1), date(2017, 6, 30)) == ({"D06", "D09"}, set())
# window: every dependency in the next NHS quarter (as of 15 May 2017: Q2 2017/18, July to September 2017)
assert window(EFFECTIVE, date(2017, 7, 1), date(2017, 9, 30)) == ({"D08"}, set())
assert "D12" in window(ORIGINAL, date(2017, 7, 1), date(2017, 9, 30))[0]  # the decoy, before its revision
assert DEP["D08"]["giver"] == "AP" and DEP["D08"]["lead"] == "Hamza Pettifer"

ws = WB["Must-do benefit map"]
heads = {j: ws.cell(5, j).value for j in range(3, 11)}
MDCOL = {int(re.match(r"MD(\d)", h).group(1)): j for j, h in heads.items()}
assert sorted(MDCOL) == list(range(2, 10))
BEN = {}
for r in range(6, ws.max_row + 1):
    code = ws.cell(r, 1).value
    if code and str(ws.cell(r, 11).value or "").startswith("=SUM("):
        BEN[ws.cell(r, 2).value] = {n: ws.cell(r, j).value for n, j in MDCOL.items() if ws.cell(r, j).value}
        BEN[ws.cell(r, 2).value]["row"] = r
assert len(BEN) == 6, BEN
for name, shares in BEN.items():
    assert abs(sum(v for k, v in shares.items() if k != "row") - 1) < 1e-9, name
    assert ws.cell(shares["row"], 3).number_format == "0%"
covering = lambda n: sorted(p for p, s in BEN.items() if n in s)  # noqa: E731
assert [n for n in range(2, 10) if not covering(n)] == [8]
assert covering(6) == ["Acute Partnership", "Live Well", "Outpatients & Elective Care"]
assert covering(9) == ["Acute Partnership"]
assert sorted(k for k in BEN["Urgent Care Redesign"] if k != "row") == [2, 4, 7]
assert BEN["Minds Matter (mental health)"][7] == 0.85
BEN_ROWS = (5, max(s["row"] for s in BEN.values()))

ws = WB["Programmes"]
PROG = {ws.cell(r, 1).value: {"row": r, "name": ws.cell(r, 2).value, "sro": ws.cell(r, 3).value,
                              "cl": ws.cell(r, 5).value, "pm": ws.cell(r, 6).value}
        for r in range(4, ws.max_row + 1) if ws.cell(r, 1).value}
assert PROG["HF"]["cl"] == "Dr Ffion Tregaskis" and PROG["AP"]["pm"] == "Hamza Pettifer"
assert PROG["DG"]["cl"].startswith("vacant")
assert PROG["MM"]["sro"].startswith("Dr Nikhil Sorensen-Ayre") and "Beatrix Holdsworth to 31/03/2017" in PROG["MM"]["sro"]
SIX = ["HF", "UCR", "OEC", "MM", "AP", "LW"]
assert [c for c in PROG if "enabler" not in PROG[c]["name"]] == SIX

# ---------------------------------------------------------------------------------------------------------------
# The workshop deck (PowerPoint) by shape position
# ---------------------------------------------------------------------------------------------------------------
from pptx import Presentation  # noqa: E402

PRS = Presentation(str(PAPERS / WORKSHOP))
SLIDES = list(PRS.slides)
vote_slide = [i for i, s in enumerate(SLIDES, 1) if "Dot voting" in U[WORKSHOP][i]][0]
ideas, counts = [], []
for sh in SLIDES[vote_slide - 1].shapes:
    if sh.has_text_frame and sh.text_frame.text.strip() and sh.top < 6.5 * 914400:  # above the footer
        t = sh.text_frame.text.strip()
        if re.fullmatch(r"\d+", t) and sh.left > 9000000:
            counts.append((sh.top, int(t)))
        elif sh.left < 1000000 and sh.top > 1500000 and not t.startswith("Each person"):
            ideas.append((sh.top, t))
assert len(ideas) == len(counts) == 6
VOTES = {}
for top, idea in ideas:
    near = min(counts, key=lambda c: abs(c[0] - top))
    assert abs(near[0] - top) < 100000
    VOTES[idea] = near[1]
TOP_IDEA = max(VOTES, key=VOTES.get)
assert "call before convey" in TOP_IDEA and VOTES[TOP_IDEA] == 19
assert sorted(VOTES.values(), reverse=True)[1] < 19 and sum(VOTES.values()) == 62  # one dot per person
# the counts are stored out of order: the text alone would pair the first idea with the wrong number
vote_lines = [ln for ln in U[WORKSHOP][vote_slide].splitlines() if re.fullmatch(r"\d+", ln)]
assert vote_lines[0] != "19"

step_slide = [i for i, s in enumerate(SLIDES, 1) if "Agreed next steps" in U[WORKSHOP][i]][0]
table = [sh for sh in SLIDES[step_slide - 1].shapes if sh.has_table][0].table
STEPS = {}
for row in list(table.rows)[1:]:
    no, action, lead, when = (c.text for c in row.cells)
    STEPS[no] = {"action": action, "lead": lead, "when": when}
STEP_DUES = {}
for no, s in STEPS.items():
    w = s["when"]
    w = re.sub(r"next programme board \((\d+ \w+)\)", r"\1", w, flags=re.I)
    STEP_DUES[no] = period(w.replace(" (done)", ""), 2017)
assert window(STEP_DUES, date(2017, 3, 1), date(2017, 3, 31)) == ({"2", "3", "6"}, set())
assert STEPS["2"]["when"] == "w/c 6 March" and STEPS["2"]["lead"] == "Dr Ffion Tregaskis"
pledge_slide = [i for i, s in enumerate(SLIDES, 1) if "Pledge wall" in U[WORKSHOP][i]][0]
PLEDGES = {}
for sh in SLIDES[pledge_slide - 1].shapes:
    if sh.has_text_frame and sh.text_frame.text.startswith("I will"):
        paras = [p.text for p in sh.text_frame.paragraphs]
        PLEDGES[paras[-1].lstrip("- ").split(",")[0]] = paras[0]
assert "hub huddle" in PLEDGES["Rhiannon Dabrowski"]
assert sum(int(n) for n in re.findall(r"\| (\d+)$", U[WORKSHOP][2], flags=re.M)[:-1]) == 62

# ---------------------------------------------------------------------------------------------------------------
# The poster (PDF): the must-do strip and the author superscripts
# ---------------------------------------------------------------------------------------------------------------
PTEXT = U[POSTER][1]
DARK, PLAIN = "➊➋➌➍➎➏➐➑➒", "①②③④⑤⑥⑦⑧⑨"
SUPPORTED = sorted(DARK.index(ch) + 1 for ch in PTEXT if ch in DARK)
assert SUPPORTED == [3, 4] and sum(ch in PLAIN for ch in PTEXT) == 7
prs_runs = runs(POSTER, 1)
author_line = [t for x, y, t in prs_runs if y > 1500 and y < 1560]
SUPER = {}
for i, t in enumerate(author_line[:-1]):
    if re.fullmatch(r"\d", author_line[i + 1]):
        SUPER[t.lstrip(", ")] = author_line[i + 1]
assert SUPER["Maud Sillitoe"] == "3" and "3 Senior Analyst, Fallowmere CCG" in PTEXT
assert "131\n187\n−30%" in PTEXT and round((131 - 187) / 187 * 100) == -30

# ---------------------------------------------------------------------------------------------------------------
# The service specification (Word) and the speaking notes (text)
# ---------------------------------------------------------------------------------------------------------------
import docx  # noqa: E402

DOC = docx.Document(str(PAPERS / SPEC))
HEADER = {r.cells[0].text: r.cells[1].text for r in DOC.tables[0].rows}
assert HEADER["Commissioner Lead"].startswith("Imogen Threlkeld") and HEADER["Provider Lead"].startswith(
    "Gwendolen Sayce")
KPI = {r.cells[0].text: r.cells[1].text for r in DOC.tables[2].rows}
assert KPI["Urgent referrals seen within 2 hours"] == "85%"
MOB = {r.cells[0].text: (r.cells[1].text, r.cells[2].text) for r in DOC.tables[3].rows}
assert MOB["Phase 2 go-live (Cradlebury & Wendle localities)"][0] == "Q1 2018/19 (was Q4 2017/18)"
assert MOB["Phase 1 go-live (four Fallowmere localities)"][0] == "2 October 2017"
assert "end of February 2018" in MOB["Referrals accepted from the integrated urgent care hub"][0]
assert "cradlebury & wendle localities in q4 2017/18" in norm(PTEXT)
NTEXT = norm("\n".join(U[NOTES].values()))
assert 97 + 44 + 22 == 163 and "£163 million" in NTEXT and "£97 million" in NTEXT
assert "it will now go live at the end of february 2018" in NTEXT

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
OBC_MS_TEAM = pages(OBC, MS_PAGE, TEAM_PAGE, where="Table 4 Accountable role (page 4), resolved to a name in "
                                                    "Appendix A (page 5)")
ask("obc-sro", OWNER, "role-holder", [person("Lindqvist-Hale")],
    pages(OBC, TEAM_PAGE, where="Appendix A: Senior Responsible Owner row"),
    ["Who is the Senior Responsible Owner for the outline business case for the integrated urgent care hub and the "
     "Cradlebury urgent treatment centre?",
     "who's SRO on the IUC hub / cradlebury UTC busness case?",
     "Who carries ultimate accountability for the project to bring phone triage and a new round-the-clock walk-in "
     "centre together at Cradlebury?"], "busness")
ask("obc-m3-acc", OWNER, "role-holder-by-role", [["Adeyemi"]], OBC_MS_TEAM,
    ["Who is accountable for securing planning permission for the Cradlebury Royal Infirmary extension?",
     "who's on the hook for planning permision for the CRI extension (OBC M3)?",
     "Which named person has to get the council's go-ahead for the new building at the Cradlebury hospital?"],
    "permision")
ask("obc-m7-acc", OWNER, "role-holder-by-role", [person("Ashdown-Price")], OBC_MS_TEAM,
    ["Who is accountable for the integrated urgent care hub going live?",
     "who's accountable for the IUC hub go-live in the OBC? need a nmae not just a role",
     "Which person answers for the combined 111 triage centre actually starting to take calls?"], "nmae")
ask("obc-engagement", OWNER, "role-holder-by-role", [["Oduya"]], OBC_MS_TEAM,
    ["Who is accountable for the public engagement on the clinical model for the urgent care hub?",
     "who's running public engagment on the hub clinical model?",
     "Who is responsible for asking local people what they think of how urgent care at Cradlebury will work?"],
    "engagment")
ask("spec-commissioner", OWNER, "role-holder", [["Threlkeld"]],
    cite(SPEC, "Commissioner Lead |", where="specification header table, Commissioner Lead row"),
    ["Who is the commissioner lead for the Home First Rapid Response and Community Frailty Service specification?",
     "who's the commissioner lead on the HF03 rapid response spec? need to send comments, thx in advnace",
     "On the CCG side, who owns the contract document for the two-hour home visiting team for frail older people?"],
    "advnace")
ask("spec-provider", OWNER, "role-holder", [["Sayce"]],
    cite(SPEC, "Provider Lead |", where="specification header table, Provider Lead row"),
    ["Who is the provider lead for the Home First rapid response service?",
     "provider lead for HF rapid response (tarnside side)? want to check mobilsation",
     "Who at the community trust is answerable for actually running the two-hour home response team?"],
    "mobilsation")
ask("mm-sro-now", OWNER, "changed-owner", [person("Sorensen-Ayre")],
    cite(NOTES, "Beatrix Holdsworth, who has led Minds Matter", "takes over as SRO for Minds Matter",
         where="speaking notes, slide 6: new SRO from 1 April 2017 (register: 'from 01/04/2017')"),
    ["Who is currently the SRO for Minds Matter?",
     "who's the MM SRO atm? org chart still says beatrix, think it's outdatted",
     "Who is in overall charge of the STP's mental health programme at the moment?"], "outdatted",
    as_of="2017-05-02")
ask("mm-sro-before", OWNER, "previous-holder", [["Holdsworth"]],
    rows_of(REG, "Programmes", PROG["MM"]["row"], PROG["MM"]["row"],
            where="Programmes sheet, MM row: 'Beatrix Holdsworth to 31/03/2017'"),
    ["Who was the SRO for Minds Matter before 1 April 2017?",
     "who was MM SRO before the handover? for the legacy docs, need the previus name",
     "Who led the mental health programme until the end of March 2017?"], "previus")
ask("hf-cl", OWNER, "role-holder", [["Tregaskis"]],
    rows_of(REG, "Programmes", PROG["HF"]["row"], PROG["HF"]["row"], where="Programmes sheet, HF row, Clinical lead"),
    ["Who is the clinical lead for the Home First programme?",
     "clin lead for home first pls? GP asking who to talk to abuot frailty",
     "Which GP gives the clinical steer to the programme that helps older people stay in their own homes?"], "abuot")
ask("d01-lead", OWNER, "dependency-owner", [["Tsang"]],
    rows_of(REG, "Dependencies", DEP["D01"]["row"], DEP["D01"]["row"], where="Dependencies sheet, D01, Giving lead"),
    ["Who is the giving lead for the shared care record access that the urgent care hub depends on?",
     "who's delivering shared care record access for hub clinicians (D01)? it's flagged at risk, need to chase the ownr",
     "Who has to make sure clinicians at the new triage centre can open and update patients' joined-up records?"],
    "ownr")
ask("pledge-social", OWNER, "pledge-signatory", [["Dabrowski"]],
    pages(WORKSHOP, pledge_slide, where="pledge wall: sticky note signed by the Adult Social Care team manager"),
    ["Who pledged at the joint design workshop to get a social worker into the daily hub huddle?",
     "who made the pledge about social workers in the hub huddle? can't remmeber her name",
     "Which council manager promised on the day to send one of her team to the hub's morning get-together?"],
    "remmeber")
ask("poster-analyst", OWNER, "author-affiliation", [["Sillitoe"]],
    pages(POSTER, 1, where="poster author line: superscript 3 = Senior Analyst, Fallowmere CCG"),
    ["Who was the senior analyst on the Home First rapid response pilot evaluation?",
     "who did the number crunching for the rapid response pilot poster? want the raw dta",
     "Which CCG data person is among the authors of the write-up of the Fallowmere North trial?"], "dta")
ask("prog-director", OWNER, "governance", [["Farrimond"]],
    cite(NOTES, "Sir Anselm Prothero", "take the questions on timescales",
         where="speaking notes, slide 1: Lachlan Farrimond, STP Programme Director"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director? need them for a timescales qeustion",
     "Who was on stage at the all-staff event to answer questions about when things will happen?"], "qeustion")
ask("pettifer-role", OWNER, "role-of-person", [["Programme manager"], ["Acute Partnership"]],
    rows_of(REG, "Programmes", 3, PROG["AP"]["row"],
            where="Programmes sheet: header row 3 and the AP row, Programme manager column"),
    ["What is Hamza Pettifer's role in the STP?",
     "what does hamza pettifer do? his name is on the radiology rota dependancy",
     "Which programme does Hamza Pettifer help run, and in what capacity?"], "dependancy")
ask("sro-list", OWNER, "list", [person(PROG[c]["sro"].split("\n")[0].split()[-1]) for c in SIX],
    rows_of(REG, "Programmes", PROG["HF"]["row"], PROG["LW"]["row"], where="Programmes sheet, SRO column, six "
                                                                             "programme rows"),
    ["Who are the SROs of the six STP programmes, leaving out the enablers?",
     "list of SROs for all 6 programmes pls, not enablers, for the board distrbution list",
     "Which senior leaders are each in overall charge of one of the plan's main change programmes?"], "distrbution")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("hub-golive", MILESTONE, "moved-date",
    [["end of February 2018", "February 2018", "Feb 2018", "28 February 2018", "Feb-18"]],
    cite(NOTES, "I want to be straight with you about one date", "urgent treatment centre at Cradlebury is still",
         where="speaking notes, slide 4: hub go-live moved from 'by 31/12/17' (OBC M7) to the end of February 2018"),
    ["When will the integrated urgent care hub go live?",
     "when does the IUC hub go live? heard it's slippd",
     "When will the new centre combining 111 clinical assessment and out-of-hours GPs start operating?"], "slippd")
ask("hub-original", MILESTONE, "original-date",
    [["31/12/17", "31 December 2017", "31/12/2017", "end of December 2017", "December 2017", "Dec 2017"]],
    pages(OBC, MS_PAGE, where="Table 4, M7 hub go-live: 'by 31/12/17'"),
    ["What go-live date did version 1.3 of the outline business case give for the integrated urgent care hub?",
     "what was the OBC's original go-live for the hub, before it moved? for the chnge log",
     "Before the regional procurement timetable shifted, when had the combined triage centre been meant to open "
     "according to the investment case?"], "chnge")
ask("utc-open", MILESTONE, "season", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    pages(OBC, MS_PAGE, where="Table 4, M8 UTC open 24/7"),
    ["When is the Cradlebury Urgent Treatment Centre due to open 24/7?",
     "when's the cradlebury UTC opening 24/7? local press keep ringin comms",
     "When will the minor injuries unit at Cradlebury be replaced by a round-the-clock walk-in service?"], "ringin")
ask("fbc", MILESTONE, "quarter", [["Q2 2017/18", "September 2017", "Q2 17/18", "in September"]],
    pages(OBC, MS_PAGE, where="Table 4, M4 FBC to the Partnership Board (speaking notes: 'in September')"),
    ["When is the full business case for the urgent care hub due to go to the Partnership Board?",
     "when's the FBC for the hub coming back to PB? sorting the forwrd plan",
     "When will the detailed final investment case for the Cradlebury urgent care scheme come back to the top "
     "board?"], "forwrd")
ask("phase1", MILESTONE, "day", [on(2, 10, 2017, "2 October 2017")],
    cite(SPEC, "Phase 1 go-live (four Fallowmere localities)", where="specification 7.1 mobilisation table"),
    ["When does Phase 1 of the Home First Rapid Response and Community Frailty Service go live?",
     "phase 1 go live for the HF rapid response spec - which date? rota plannin",
     "From what date will the four Fallowmere localities get the two-hour home response under the new contract?"],
    "plannin")
ask("phase2-now", MILESTONE, "moved-date", [["Q1 2018/19", "Q1 18/19", "April to June 2018"]],
    cite(SPEC, "Phase 2 go-live (Cradlebury & Wendle localities)", where="specification 7.1: 'Q1 2018/19 (was Q4 "
                                                                           "2017/18)'"),
    ["When will Phase 2 of the rapid response service, covering the Cradlebury & Wendle localities, go live?",
     "when does phase 2 of HF rapid response start in cradlebury & wendle? practices keep askng",
     "When will GP surgeries in Cradlebury and the Wendle valley get the two-hour home visiting team?"], "askng")
ask("phase2-poster", MILESTONE, "superseded-date", [["Q4 2017/18", "Q4 17/18", "January to March 2018"]],
    pages(POSTER, 1, where="poster, Next steps: Cradlebury & Wendle localities in Q4 2017/18"),
    ["What timing did the rapid response evaluation poster give for roll-out to the Cradlebury & Wendle localities?",
     "what did the poster say for the cradlebury & wendle rollout? it's diffrent from the spec i think",
     "At the May showcase, when did the Fallowmere North trial team say the other CCG's patch would get the "
     "service?"], "diffrent")
ask("d07-revised", MILESTONE, "revised-date",
    [["w/c 19 February 2018", "19 February 2018", "19 Feb 2018", "19/02/2018"]],
    rows_of(REG, "Dependencies", DEP["D07"]["row"], DEP["D07"]["row"],
            where="Dependencies sheet, D07: Revised 'w/c 19 February 2018' replaces Original 'by 31/12/17'"),
    ["What is the revised need-by date for the mental health practitioner in the urgent care hub?",
     "D07 MH practitioner in the hub - what's the revised need-by? the origanal was dec",
     "By when must the mental health trust have someone in place round the clock at the new triage centre, after "
     "the change?"], "origanal")
ask("d12-revised", MILESTONE, "revised-date", [["Q3 2017/18", "Q3 17/18", "October to December 2017"]],
    rows_of(REG, "Dependencies", DEP["D12"]["row"], DEP["D12"]["row"],
            where="Dependencies sheet, D12: Revised Q3 2017/18 replaces Original Q2 2017/18"),
    ["By when is the business case for the Fallowmere day surgery unit needed, after its revision?",
     "fallowmere day surgery unit biz case, what's the latest need-by? think it moved from Q2, pls confrim",
     "By when does the estates team have to produce the investment case for the new day-case theatres at "
     "Fallowmere?"], "confrim")
ask("d11-tbc", MILESTONE, "unknown-date", [["tbc", "to be confirmed", "not yet set", "no date", "not known"]],
    rows_of(REG, "Dependencies", DEP["D11"]["row"], DEP["D11"]["row"], where="Dependencies sheet, D11: need-by 'tbc'"),
    ["When is outpatient booking due to be centralised in one team for both trusts?",
     "when is central outpatient booking (D11) happenning?",
     "By what date will both hospitals' clinic appointments be arranged by a single team?"], "happenning")
ask("action-pathway", MILESTONE, "action", [["w/c 6 March", "6 March 2017", "6 Mar"]],
    pages(WORKSHOP, step_slide, where="agreed next steps table, action 2, By when"),
    ["By when was the frailty and falls pathway to be mapped end to end, according to the workshop's agreed next "
     "steps?",
     "when's ffion meant to have the falls pathway mapped? from the workshp actions",
     "In which week was the GP lead due to chart the whole journey for frail older people who fall, across both "
     "CCGs?"], "workshp")
ask("pilot-dates", MILESTONE, "date-range", [on(3, 10, 2016, "3 October 2016"), on(22, 1, 2017, "22 January 2017")],
    pages(POSTER, 1, where="poster, Method"),
    ["When did the Home First rapid response pilot in Fallowmere North run?",
     "start and end dates of the FN rapid response pilot? for the evalution section",
     "Over what period was the two-hour home response trialled in the north of Fallowmere?"], "evalution")
ask("sro-effective", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April")],
    cite(NOTES, "Beatrix Holdsworth, who has led Minds Matter", "takes over as SRO for Minds Matter",
         where="speaking notes, slide 6: 'From 1 April'"),
    ["From what date does Dr Nikhil Sorensen-Ayre take over as SRO for Minds Matter?",
     "when does nikhil start as MM SRO? updating the governence chart",
     "From when is Tarnside's medical director in overall charge of the mental health programme?"], "governence")
ask("phase2-decision", MILESTONE, "board-decision-date", [on(25, 5, 2017, "25 May 2017")],
    cite(SPEC, "7.2 Phase 2 was moved", where="specification 7.2: moved by the Home First Programme Board"),
    ["When did the Home First Programme Board agree to move Phase 2 of the rapid response service?",
     "what date did the HF prog board decide to push back phase 2? need it for the acton log",
     "On what date was it agreed that Cradlebury and Wendle would get the home response later than first planned?"],
    "acton")
ask("win-hf-june", MILESTONE, "relative-window",
    [["Mobile working devices", "mobile devices", "D06"], ["falls prevention classes", "falls prevention", "D09"]],
    rows_of(REG, "Dependencies", DEP["D06"]["row"], DEP["D09"]["row"],
            where="Dependencies sheet: D06 w/c 5 June 2017 and D09 end of June 2017; no other row received by HF "
                  "falls in June 2017"),
    ["What does Home First need from other programmes this month?",
     "anything HF is waiting on from other programmes this month? prepping the depndencies slide",
     "Which things that the stay-at-home programme relies on other teams for are due in the current month?"],
    "depndencies", as_of="2017-06-01")
ask("win-dep-nextq", MILESTONE, "relative-window", [["radiology reporting rota", "radiology", "D08"]],
    rows_of(REG, "Dependencies", DEP["D08"]["row"], DEP["D12"]["row"],
            where="Dependencies sheet: D08 31/07/2017 is the only need-by in Q2 2017/18 once D12's Revised Q3 "
                  "2017/18 replaces its Original Q2"),
    ["Which programme interdependencies fall due next quarter?",
     "which dependencies are due nxt qtr? for the delivery group pakc",
     "What are programmes due to hand over to one another in the three months after this one?"], "pakc",
    as_of="2017-05-15")
ask("win-obc-next", MILESTONE, "relative-window",
    [["Building works complete", "building works"], ["end of November 2017", "November 2017", "30 November 2017"]],
    pages(OBC, MS_PAGE, where="Table 4: M6 end of November 2017 is the only milestone in November 2017"),
    ["Which milestones in the urgent care hub business case fall due next month?",
     "any OBC milestones for the hub due next month? board hihglight due friday",
     "What should the Cradlebury urgent care scheme's plan have achieved in the coming month?"], "hihglight",
    as_of="2017-10-20")
ask("win-actions-march", MILESTONE, "relative-window",
    [["frailty and falls pathway", "falls pathway"], ["trusted assessor form", "trusted assessor"],
     ["care home", "care homes"]],
    pages(WORKSHOP, step_slide, where="agreed next steps: actions 2 (w/c 6 March), 3 (end of March 2017) and 6 (by "
                                      "31/03/17)"),
    ["Which of the agreed next steps from the joint design workshop are due this month?",
     "which workshop actions are due this month? chaseing leads before PB",
     "Of the follow-up tasks listed at the end of the design day write-up, which have deadlines in the current "
     "month?"], "chaseing", as_of="2017-03-02")

# windows over the business case, checked here now the papers are read
assert window(OBC_DUES, date(2017, 11, 1), date(2017, 11, 30)) == ({"M6"}, set())

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
BMAP = rows_of(REG, "Must-do benefit map", BEN_ROWS[0], BEN_ROWS[1] + 4,
               where="Must-do benefit map: shares under MD headings, blank = none, and the note under the grid")
PN = {"OEC": ["Outpatients & Elective Care", "Outpatients and Elective Care", "OEC", "elective"],
      "AP": ["Acute Partnership"], "LW": ["Live Well"]}
ask("bm-gap", MUSTDO, "mustdo-gap", [mdx(8, "MD8", "Learning disabilities")], BMAP,
    ["Apart from must-do 1, which national must-do has no programme benefit attributed to it in the must-do benefit "
     "map?",
     "which must do has nothing mapped in the benefit map (ignoring MD1)? NHSE asked about gapps",
     "Which of the national priorities does none of our programmes count any of its expected gains towards?"],
    "gapps")
ask("bm-md6", MUSTDO, "mustdo-coverage", [PN["OEC"], PN["AP"], PN["LW"]], BMAP,
    ["Which programmes contribute to the cancer must-do in the must-do benefit map?",
     "which programmes have benefit against MD6 cancer? for the cancer alliance updte",
     "Which of our change programmes are expected to help with the national target on fast diagnosis and treatment "
     "of tumours?"], "updte")
ask("bm-mm-share", MUSTDO, "cell-detail", [["0.85", "85%", "85 per cent", "85 percent"]], BMAP,
    ["What share of Minds Matter's 2020/21 benefit is attributed to the mental health must-do?",
     "what % of MM benefit goes to MD7? for the MH assurence pack",
     "How much of the mental health programme's expected gain is counted against the national access standards "
     "for people with psychological illness?"], "assurence")
ask("bm-ucr", MUSTDO, "by-programme", [mdx(2, "MD2", "financial balance"), mdx(4, "MD4", "A&E"),
                                        mdx(7, "MD7", "Mental health")], BMAP,
    ["Which national must-dos does Urgent Care Redesign contribute to, according to the benefit map?",
     "which MDs does UCR have benefit mapped to? doing the UEC board pape",
     "Towards which national priorities are the gains from the urgent care changes counted?"], "pape")
ask("bm-md9", MUSTDO, "mustdo-lead", [PN["AP"]], BMAP,
    ["Which programme counts benefit towards must-do 9, improving quality?",
     "which programme is the only one mapped to MD9 qualty?",
     "Which programme is the only one whose gains count towards the national priority on standards of care in "
     "organisations?"], "qualty")
FITP = pages(OBC, OBC_PAGE["Table 1: Strategic fit"], where="Table 1: strategic fit, Contribution stars per must-do")
ask("obc-strongest", MUSTDO, "rating", [mdx(4, "A&E four-hour standard", "A&E")], FITP,
    ["Which must-do does the urgent care hub business case rate as its major contribution?",
     "which must do gets 3 stars in the hub OBC strategic fit tabel?",
     "Which national target does the Cradlebury urgent care scheme claim to help most?"], "tabel")
ask("obc-cancer", MUSTDO, "yes-no", [["No direct contribution", "no contribution", "does not contribute",
                                      "doesn't contribute", "none"]], FITP,
    ["Does the urgent care hub business case claim any contribution to the cancer must-do?",
     "does the hub OBC say it helps MD6 cancer at all? someone claimd it does",
     "Does the Cradlebury urgent care scheme say it will do anything for people waiting for treatment after a "
     "suspected tumour is found?"], "claimd")
ask("poster-mds", MUSTDO, "mustdo-coverage", [mdx(3, "general practice"), mdx(4, "A&E and ambulance", "A&E")],
    pages(POSTER, 1, where="poster must-do strip: dark circled 3 and 4, the key beside it"),
    ["Which national must-dos does the rapid response evaluation poster say the work supports?",
     "what must dos does the rapid response poster link to? the circles are hard to reed",
     "Which of the nine national priorities did the Fallowmere North trial team say their work helps with?"], "reed")

# ---------------------------------------------------------------------------------------------------------------
# Figures, decisions and other facts
# ---------------------------------------------------------------------------------------------------------------
FINP = pages(OBC, OBC_PAGE["Table 3: Capital and revenue"], where="Table 3 and the financial case prose")
ask("obc-capital", FACT, "figure", [["2,650", "£2,650k", "2.65m", "£2.65 million", "2650"]], FINP,
    ["What is the total capital cost of the integrated urgent care hub and Cradlebury UTC scheme?",
     "total capital for the hub + UTC? finance want the nmber",
     "How much one-off building and equipment money does the Cradlebury urgent care scheme need altogether?"],
    "nmber")
ask("obc-rev-1819", FACT, "figure", [["1,650", "£1,650k", "1.65m", "1650"]],
    pages(OBC, OBC_PAGE["Table 3: Capital and revenue"], where="Table 3: Total row, Revenue band, 2018/19 column"),
    ["What is the scheme's net revenue cost in 2018/19 according to the financial case?",
     "net revenue for the hub in 18/19, after ED savings? for the LTFM refesh",
     "In 2018/19, how much will the Cradlebury urgent care scheme cost to run once the money freed up in the "
     "emergency departments is taken off?"], "refesh")
ask("obc-preferred", FACT, "decision", [["Option 3", "option three"], ["co-located", "Cradlebury Royal Infirmary"]],
    pages(OBC, OBC_PAGE["Table 2: Shortlisted options"], where="Table 2: option 3 ranked 1 (preferred)"),
    ["Which option does the outline business case recommend as the preferred option?",
     "which option won in the hub OBC apprasial?",
     "Which way of setting up the new urgent care service came out best when the shortlisted choices were "
     "compared?"], "apprasial")
ask("pb-decision", FACT, "board-decision", [["approved"], ["outline business case", "OBC"]],
    cite(NOTES, "Last Thursday, 9 March, the Partnership Board approved", "September.",
         where="speaking notes, slide 4"),
    ["What did the Partnership Board decide on 9 March 2017 about the urgent care hub?",
     "what did PB agree on 9 march re the hub? was it signd off?",
     "What was the outcome when the top board looked at the Cradlebury urgent care proposal in early March?"],
    "signd")
ask("crg-condition", FACT, "decision-condition", [["paediatric streaming", "paediatric", "children"]],
    pages(OBC, OBC_PAGE["Approval route"], where="approval route table: Clinical Reference Group, 7 February 2017"),
    ["What condition did the Clinical Reference Group attach to its support for the outline business case?",
     "the CRG supported the OBC with a conditon - what was it?",
     "What did the senior clinicians insist the new Cradlebury service must include before they would back it?"],
    "conditon")
ask("attendance", FACT, "figure", [["62"]],
    pages(WORKSHOP, 2, where="'Who came' slide: 62 people from 19 organisations; table Total row"),
    ["How many people attended the joint design workshop on 14 February 2017?",
     "how many came to the HF / UCR workshop in feb? for the attendnce stats",
     "How many people turned up to the Valentine's Day design session at the Maltings?"], "attendnce")
ask("dot-vote", FACT, "comparison", [["call before convey"], ["19"]],
    pages(WORKSHOP, vote_slide, where="dot voting slide: counts paired with ideas by height"),
    ["Which idea received the most dots in the workshop's dot voting, and how many?",
     "what came top in the dot vote at the workshop, and how many votes did it get? forgot to wrtie it down",
     "Which suggestion did people at the design day most want to start with, and how many stickers did it get?"],
    "wrtie")
ask("conveyances", FACT, "figure", [["131"], ["187"]],
    pages(POSTER, 1, where="poster results table: ambulance conveyances after a fall, pilot vs same weeks 2015/16"),
    ["How many ambulance conveyances after a fall were there during the rapid response pilot, compared with the "
     "same weeks of 2015/16?",
     "conveyances after falls - pilot vs last yr numbers? for the NMAS contract meetng",
     "During the Fallowmere North trial, how many times were people aged 75+ taken to hospital by ambulance after a "
     "fall, and how many in the same weeks a year earlier?"], "meetng")
ask("kpi-2hr", FACT, "figure", [["85%", "85 per cent", "85 percent"]],
    cite(SPEC, "Urgent referrals seen within 2 hours |", where="specification 5.1 KPI table"),
    ["What is the threshold for urgent referrals seen within two hours in the rapid response service specification?",
     "what's the 2hr response KPI threshold in the HF03 spec? contract mtg tmrw, need it qucikly",
     "What proportion of urgent cases must the community team reach within two hours under the new contract?"],
    "qucikly")
ask("gap", FACT, "figure", [["£163 million", "£163m", "163 million", "163m"]],
    cite(NOTES, "If we changed nothing at all", "£22 million of national transformation funding",
         where="speaking notes, slide 3"),
    ["What is the footprint's do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for F&C by 20/21? the big convo slides had it, can't find tehm",
     "How much money a year would local health and care be short by the end of the plan if nothing changed?"], "tehm")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over every paper)
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(NOTES, "Sir Anselm Prothero", where="speaking notes name only the chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the PB? sir anselm is away, need a deputy to sighn",
     "Who stands in for the independent chair when he can't attend the top board?"], "sighn")
absent("digital clinical lead", "clinical lead for digital", "clinical lead for the digital")
assert PROG["DG"]["cl"].startswith("vacant")
ask("nm-dg-cl", NONE, "near-miss", [],
    rows_of(REG, "Programmes", PROG["DG"]["row"], PROG["DG"]["row"], where="Programmes sheet, DG: clinical lead vacant"),
    ["Who is the clinical lead for the Digital: Care Record Connect enabler?",
     "who's clin lead for digital / care record connect? need a clinican to sign off the IG",
     "Which doctor gives the clinical view on the shared patient record work?"], "clinican")
absent("2021/22", "21/22", "2021-22")
ask("nm-2122", NONE, "near-miss", [],
    pages(OBC, OBC_PAGE["Table 3: Capital and revenue"], where="Table 3 stops at 2019/20"),
    ["What is the urgent care hub's net revenue cost in 2021/22?",
     "hub net revenue for 21/22? finance want the yr after the table stops, any figurs?",
     "How much will the Cradlebury urgent care scheme cost to run, net, in its fifth year?"], "figurs")
absent("closing date", "closes on", "will close", "engagement ends", "engagement period", "engagement closes")
ask("nm-engagement-close", NONE, "near-miss", [],
    pages(OBC, MS_PAGE, where="Table 4, M2 public engagement: 'Spring 2017', no closing date"),
    ["When does the public engagement on the urgent care hub's clinical model close?",
     "closing date for the hub public engagement? comms want to send a reminnder",
     "What is the last day local people can give their views on how the new Cradlebury urgent care service will "
     "work?"], "reminnder")
absent("contract value", "annual value", "value of the contract", "worth £")
assert "£" not in "".join(U[SPEC].values())
ask("nm-contract-value", NONE, "near-miss", [],
    cite(SPEC, "Period |", where="specification header: period given, no value"),
    ["What is the annual contract value of the Home First Rapid Response and Community Frailty Service?",
     "how much is the HF03 rapid response contract worth per yr? finance asking for the vaule",
     "How much will the CCGs pay the community trust each year for the two-hour home response team?"], "vaule")
absent("chair of the clinical reference group", "crg chair", "chairs the clinical reference group",
       "clinical reference group chair", "clinical reference group (chair")
ask("nm-crg-chair", NONE, "near-miss", [],
    pages(OBC, OBC_PAGE["Approval route"], where="approval route names the Clinical Reference Group, not its chair"),
    ["Who chairs the Clinical Reference Group?",
     "who chairs the CRG? want to get the hub paediatric condition sorted before the FBC, need thier name",
     "Who leads the group of senior clinicians that reviewed the urgent care investment case?"], "thier")
absent("cost per", "per patient", "unit cost", "per person")
ask("nm-cost-per-patient", NONE, "near-miss", [],
    pages(POSTER, 1, where="poster results give activity, not cost"),
    ["What was the cost per patient of the Home First rapid response pilot?",
     "cost per pt of the fallowmere north pilot? for the value for money sectoin",
     "How much did each person seen by the two-hour home team cost during the trial?"], "sectoin")
absent("next big conversation", "next event", "again in", "next all-staff")
ask("nm-next-bc", NONE, "near-miss", [],
    cite(NOTES, "# Speaking notes: Big Conversation", where="speaking notes: this event only"),
    ["When is the next Big Conversation all-staff event?",
     "when's the next big conversation? missed the march one, defintely going next time",
     "When will the STP Lead next hold one of her lunchtime events for all staff?"], "defintely")
absent("per day", "a day at the", "daily attendances", "attendances a day", "attendances per")
ask("nm-utc-daily", NONE, "near-miss", [],
    pages(OBC, 2, where="strategic case gives the two EDs' annual attendances, not the UTC's daily volume"),
    ["How many attendances a day is the Cradlebury Urgent Treatment Centre expected to see?",
     "expected daily attendences at the cradlebury UTC?",
     "How many patients each day should the new round-the-clock walk-in centre at Cradlebury expect?"],
    "attendences")

# ---------------------------------------------------------------------------------------------------------------
# Final checks, then write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
RELATIVE = re.compile(r"\b(next month|this month|this quarter|next quarter|nxt qtr|this week|next week|overdue|"
                      r"currently|at the moment|at present|now|atm)\b")
for item in ITEMS:
    if item["as_of"] is None:
        assert not RELATIVE.search(item["question"].lower()), item["id"]
for v in facts.values():
    if v[0]["as_of"]:
        assert any(RELATIVE.search(i["question"].lower()) for i in v), v[0]["fact"]
# the same check bank_tools.check makes, in memory, before anything is written
for item in ITEMS:
    if item["expect_no_answer"]:
        continue
    src = item["source"]
    first, last = src["lines"]
    keys = [f"{src['sheet']}!{n}" if "sheet" in src else n for n in range(first, last + 1)]
    text = norm("\n".join(U[src["file"]].get(k, "") for k in keys))
    for group in item["answer_any"]:
        assert norm(group[0]) in text, (item["id"], group[0])
# no answer of a near-miss may be guessed from the typos, and no gold alternative may be a bare code that is a
# common substring ("AP", "MM")
for item in ITEMS:
    for group in item["answer_any"]:
        assert not any(g in ("AP", "MM", "HF") for g in group), item["id"]

out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
if bank_tools.check(out, PAPERS) != 0:
    out.unlink()
    raise SystemExit("bank_tools.check failed; questions.jsonl removed")
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), "answerable", len(facts) - len(unanswerable), "unanswerable",
      len(unanswerable))
print(kinds)
print(shapes)
