"""Write questions.jsonl for the Penhallow & Ditchmarsh STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units on one page of one paper, in the shared bank_tools' terms (PDF pages,
docx body blocks, pptx slides, xlsx rows of one sheet, text lines), and the first alternative of every gold group
must be in that window. Facts that need a step of reasoning are worked out again here from the generated files, not
from make_papers.py:
  - Annex A's initiative table is read back by text position (pypdf's visitor): the header runs on page 2 give the
    column edges, which are applied to page 3 too, where the table carries on with no header row; a row's programme
    is the last band row above it, on page 3 for MH2-MH4 the MH band on page 2;
  - the roadmap slide is read by shape position: a milestone box belongs to the quarter label whose x range holds
    the box's centre (the boxes are stored in programme order, the labels last);
  - Annex B's must-do table is read from its single text cells ("MD 2, 4") into sets;
  - the tracker is read with the merged programme cells filled down; the Savings sheet is re-added against its
    Total row and column; the bed table re-added against its Total row;
  - the relative windows are checked over every milestone's latest date (the tracker's Revised date where given,
    then the 9 March 2017 minutes), each window holding exactly one of its programme's milestones and no date only
    partly inside it.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _where in (HERE.parent.parent / "brief_aj", HERE.parent.parent / "brief", HERE.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
ANNEX_A = "01_PD_STP_Annex_A_Hospital_Specialist_Programmes_v3.0_Oct2016.pdf"
ANNEX_B = "02_PD_STP_Annex_B_Out_of_Hospital_Enabling_Programmes_v1.2_Nov2016.docx"
DECK = "03_PD_STP_Partnership_Board_Roadmap_08Dec2016.pptx"
TRACKER = "04_PD_STP_Delivery_Tracker_Jan2017.xlsx"
MINUTES = "05_PD_STP_Partnership_Board_Minutes_09Mar2017.txt"
GLOSSARY = "06_PD_STP_Glossary_of_Initialisms_Apr2017.docx"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([ANNEX_A, ANNEX_B, DECK, TRACKER, MINUTES, GLOSSARY]), sorted(U)
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


def unit(file, first, last=None, sheet=None, where=""):
    """Source for units first..last of one paper (xlsx rows of one sheet), with their text."""
    last = last or first
    keys = [f"{sheet}!{n}" if sheet else n for n in range(first, last + 1)]
    text = norm("\n".join(U[file].get(k, "") for k in keys))
    source = {"file": file, "lines": [first, last], "where": where}
    if sheet:
        source["sheet"] = sheet
    return source, text


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
        ITEMS.append({"id": f"aj-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"aj-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Annex A: the initiative table by text position, page 3 read with page 2's column edges
# ---------------------------------------------------------------------------------------------------------------
def runs(page_no):
    """[(x, y, text)] for every text run on an Annex A page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / ANNEX_A)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


HEADS = ["Ref", "Initiative", "Owner", "Key milestone", "Due", "Must-dos"]
_p2 = runs(2)
HX = {t: x for x, y, t in _p2 if t in HEADS}
assert set(HX) == set(HEADS), HX
HEAD_Y = next(y for x, y, t in _p2 if t == "Ref")
EDGES = sorted((x, t) for t, x in HX.items())
assert not any(t in HEADS for x, y, t in runs(3)), "page 3 must carry no header row"


def table_rows(page_no, below):
    """[(kind, y, cells)] in page order: ('band', y, text) or ('row', y, {heading: text}), by position."""
    rs = [r for r in runs(page_no) if 40 < r[1] < below]
    bands = [(y, t) for x, y, t in rs if " SRO: " in t]
    refs = sorted(((y, t) for x, y, t in rs if x < EDGES[1][0] - 5 and re.fullmatch(r"[A-Z]+\d", t)),
                  reverse=True)
    marks = sorted([(y, "band", t) for y, t in bands] + [(y, "row", t) for y, t in refs], reverse=True)
    out = []
    for i, (y, kind, t) in enumerate(marks):
        if kind == "band":
            out.append(("band", y, t))
            continue
        lower = marks[i + 1][0] if i + 1 < len(marks) else 40
        cells = {}
        for k, (ex, name) in enumerate(EDGES):
            hi = EDGES[k + 1][0] if k + 1 < len(EDGES) else 10 ** 4
            cells[name] = " ".join(tt for xx, yy, tt in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 5 <= xx < hi - 5 and lower < yy <= y + 1 and " SRO: " not in tt)
        out.append(("row", y, cells))
    return out


ROWS, ROW_PAGE, ROW_PROG, BAND = {}, {}, {}, {}
_prog = None
for pg, below in ((2, HEAD_Y - 2), (3, 560)):
    for kind, y, v in table_rows(pg, below):
        if kind == "band":
            _prog = re.search(r"\(([A-Z]+)\)", v).group(1)
            BAND[_prog] = (pg, v)
        else:
            ROWS[v["Ref"]], ROW_PAGE[v["Ref"]], ROW_PROG[v["Ref"]] = v, pg, _prog
assert len(ROWS) == 15, sorted(ROWS)
assert all(ROW_PROG[r] == re.match(r"[A-Z]+", r).group(0) for r in ROWS), ROW_PROG
assert [r for r in ROWS if ROW_PAGE[r] == 3] == ["MH2", "MH3", "MH4", "ASC1", "ASC2", "ASC3"]
assert BAND["MH"][0] == 2 and BAND["ASC"][0] == 3
assert ROWS["MH3"]["Owner"] == "Nadia Bellingham" and ROWS["ASC1"]["Owner"] == "Ivo Pascoe"
assert ROWS["MH4"]["Owner"] == "TBC" and ROWS["MH4"]["Due"] == "time frame as yet unknown"
assert ROWS["MH2"]["Due"] == "31/03/18" and ROWS["MH1"]["Owner"] == "Declan Hosking"
assert ROWS["UEC2"]["Owner"] == "Bronwen Tresize" and ROWS["UEC1"]["Due"] == "30/09/17"
assert ROWS["PCC1"]["Owner"] == "Mr Tobias Enderby" and ROWS["PCC1"]["Due"] == "30/06/17"
assert ROWS["UEC4"]["Due"] == "Spring 2018" and ROWS["PCC3"]["Due"] == "Q2 2017/18"
assert "SRO: Graham Tolliver" in BAND["UEC"][1] and "Clinical lead: Dr Farida Okonjo-Blake" in BAND["UEC"][1]
assert "Clinical lead: Dr Siobhan Marrack" in BAND["MH"][1] and "SRO: Nicola Barraclough" in BAND["ASC"][1]

# ---------------------------------------------------------------------------------------------------------------
# The roadmap slide by shape position
# ---------------------------------------------------------------------------------------------------------------
from pptx import Presentation  # noqa: E402

_slides = Presentation(str(PAPERS / DECK)).slides
ROADMAP_SLIDE = next(i for i, s in enumerate(_slides, 1) if s.shapes.title.text == "Key milestones by quarter")
_shapes = [s for s in _slides[ROADMAP_SLIDE - 1].shapes if s.has_text_frame and s.shape_type != 14]
_labels = {s.text_frame.text: (s.left, s.left + s.width) for s in _shapes
           if re.fullmatch(r"(Q\d \d{4}/\d\d|\d{4}/\d\d)", s.text_frame.text)}
assert len(_labels) == 6, _labels
ROADMAP = {}
for s in _shapes:
    t = s.text_frame.text
    if t in _labels or t.startswith("Dates as agreed"):
        continue
    centre = s.left + s.width // 2
    cols = [q for q, (a, b) in _labels.items() if a <= centre < b]
    assert len(cols) == 1, (t, cols)
    ROADMAP[t] = cols[0]
assert ROADMAP["Frailty assessment unit opens at PRH (UEC)"] == "Q3 2017/18"
assert ROADMAP["MSK triage service live (PCC1)"] == "Q1 2017/18"
assert ROADMAP["Ditchmarsh UTC opens (UEC1)"] == "Q2 2017/18"  # 30/09/17, before the minutes moved it
assert "frailty" not in norm("\n".join(v for f, u in U.items() if f != DECK for v in u.values()))

# ---------------------------------------------------------------------------------------------------------------
# The tracker (merged programme cells filled down), periods, and the relative windows
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

_wb = load_workbook(str(PAPERS / TRACKER))
_ms = _wb["Milestones"]
assert [c.value for c in _ms[4]] == ["Programme", "Ref", "Milestone", "Owner", "Original date", "Revised date",
                                     "RAG", "Comment"]
TRACK, TRACK_ROW = {}, {}
_prog = None
for row in _ms.iter_rows(min_row=5):
    if row[1].value is None:
        continue
    _prog = row[0].value or _prog
    TRACK[row[1].value] = {"programme": _prog, "milestone": row[2].value, "owner": row[3].value,
                           "original": row[4].value, "revised": row[5].value, "rag": row[6].value}
    TRACK_ROW[row[1].value] = row[0].row
assert len(TRACK) == 24
assert TRACK["MH3"]["programme"] == "Mental Health" and TRACK["ICC2"]["programme"] == "Integrated Community Care"
assert _ms["A6"].value is None and "A5:A8" in {str(r) for r in _ms.merged_cells.ranges}
assert TRACK["UEC3"]["revised"] == "Q1 2017/18" and TRACK["UEC3"]["rag"] == "Red"
assert TRACK["PCC3"]["revised"] == datetime(2017, 12, 1) and TRACK["PCC4"]["original"] == "TBC"
assert TRACK["PCC4"]["revised"] == "Q1 2018/19" and TRACK["DIG1"]["revised"] == datetime(2018, 1, 31)
assert TRACK["UEC1"]["revised"] is None and TRACK["MH1"]["owner"] == "D Hosking"

MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
MONTHS = {m.lower(): i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                               "August", "September", "October", "November", "December"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - date.resolution


def period(value):
    """(start, end) of one due date as the papers write it; None when it is not known."""
    if isinstance(value, datetime):
        return value.date(), value.date()
    t = str(value).strip().lower()
    if t in ("tbc",) or "unknown" in t:
        return None
    m = re.fullmatch(r"(?:q|qtr )(\d) (\d{2})?(\d\d)/\d\d", t)
    if m:
        q, y = int(m.group(1)), 2000 + int(m.group(3))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1), month_end(sy, sm + 2)
    m = re.fullmatch(r"([a-z]{3})-(\d\d)", t)
    if m:
        y, mo = 2000 + int(m.group(2)), MON[m.group(1)]
        return date(y, mo, 1), month_end(y, mo)
    m = re.fullmatch(r"(?:end of )?([a-z]+) (\d{4})", t)
    if m and m.group(1) in MONTHS:
        y, mo = int(m.group(2)), MONTHS[m.group(1)]
        return date(y, mo, 1), month_end(y, mo)
    m = re.fullmatch(r"spring (\d{4})", t)
    if m:
        return date(int(m.group(1)), 3, 1), month_end(int(m.group(1)), 5)
    m = re.fullmatch(r"winter (\d{4})/\d\d", t)
    if m:
        return date(int(m.group(1)), 12, 1), month_end(int(m.group(1)) + 1, 2)
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d\d)", t)
    if m:
        d = date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, d
    raise AssertionError(f"unparsed date {value!r}")


LATEST = {ref: period(r["revised"] if r["revised"] is not None else r["original"]) for ref, r in TRACK.items()}
# the 9 March 2017 minutes: the UTC moves, the stroke consultation moves
MIN_TEXT = norm("\n".join(U[MINUTES].values()))
assert "move the utc opening date from 30/09/17 to end of march 2018" in MIN_TEXT
assert "consultation will launch in july 2017" in MIN_TEXT
LATEST["UEC1"] = period("end of March 2018")
LATEST["ASC2"] = period("July 2017")
# Annex B's second hub date and the roadmap's frailty unit are milestones too
LATEST["ICC1b"] = period("end of March 2019")
LATEST["UEC-frailty"] = period(ROADMAP["Frailty assessment unit opens at PRH (UEC)"])
assert all(ref in LATEST for ref in ROWS)


def due_in(prog, start, end):
    """(refs of one programme with a date inside [start, end], refs with a date only partly inside it)."""
    inside, partial = set(), set()
    for ref, p in LATEST.items():
        if not re.match(prog + r"[\d-]", ref) or p is None:
            continue
        if start <= p[0] and p[1] <= end:
            inside.add(ref)
        elif p[0] <= end and p[1] >= start:
            partial.add(ref)
    return inside, partial - inside


assert due_in("PCC", date(2017, 4, 3), date(2017, 7, 2)) == ({"PCC1"}, set())     # next three months
assert due_in("UEC", date(2017, 4, 1), date(2017, 6, 30)) == ({"UEC3"}, set())    # Q1 2017/18
assert due_in("ICC", date(2017, 12, 1), date(2017, 12, 31)) == ({"ICC2"}, set())  # next month, December 2017

# ---------------------------------------------------------------------------------------------------------------
# Annex B's must-do table ("MD 2, 4" in one cell), savings, beds
# ---------------------------------------------------------------------------------------------------------------
B = U[ANNEX_B]
MDROWS = {}
for k, v in B.items():
    m = re.fullmatch(r"(.+) \(([A-Z]+)\) \| (.+) \| MD ([\d, ]+)", v)
    if m:
        MDROWS[m.group(2)] = (k, m.group(3), {int(n) for n in m.group(4).split(",")})
assert list(MDROWS) == ["UEC", "PCC", "MH", "ASC", "ICC", "PSC"]
covering = lambda n: [p for p, (_, _, s) in MDROWS.items() if n in s]  # noqa: E731
assert [n for n in range(2, 10) if not covering(n)] == [8]
assert covering(4) == ["UEC", "MH", "ICC"] and covering(3) == ["ICC", "PSC"]
assert covering(9) == ["ASC"] and covering(6) == ["PCC"]
assert MDROWS["ICC"][2] == {2, 3, 4} and MDROWS["MH"][2] == {4, 7}
# the initiative-level must-dos in Annex A agree with the programme-level cells in Annex B
for prog in ("UEC", "PCC", "MH", "ASC"):
    per_row = {int(n) for r, cells in ROWS.items() if ROW_PROG[r] == prog for n in cells["Must-dos"].split(",")}
    assert per_row == MDROWS[prog][2], prog
MD_FIRST, MD_LEGEND = min(k for k, _, _ in MDROWS.values()), next(k for k, v in B.items() if v.startswith("5.2 "))
MD_GAP = next(k for k, v in B.items() if v.startswith("5.3 "))

_sv = _wb["Savings"]
SAV, SAV_ROW = {}, {}
for row in _sv.iter_rows(min_row=4):
    if isinstance(row[2].value, (int, float)):
        name = row[1].value or row[0].value
        SAV[name] = [float(c.value) for c in row[2:8]]
        SAV_ROW[name] = row[0].row
total = SAV.pop("Total")
assert len(SAV) == 11
for name, vals in SAV.items():
    assert round(sum(vals[:5]), 1) == vals[5], name
for j in range(6):
    assert round(sum(v[j] for v in SAV.values()), 1) == total[j], j
LARGEST = max(SAV, key=lambda n: SAV[n][5])
assert LARGEST == "Hubs and community response (ICC1, ICC2)" and total[4] == 109.3
assert SAV["Back office and procurement (ASC3)"][4] == 15.2
P1 = norm(U[ANNEX_A][1])
assert "financial gap of £231.8m by 2020/21" in P1 and "£109.3m a year by 2020/21" in P1
assert round(109.3 + 94.1 + 28.4, 1) == 231.8 and round(148.2 + 41.5 + 42.1, 1) == 231.8

BEDS_SLIDE = next(k for k, v in U[DECK].items() if "Our bed base" in v)
BEDS = {}
for line in U[DECK][BEDS_SLIDE].splitlines():
    m = re.fullmatch(r"(.+) \| ([\d,]+) \| ([\d,]+) \| ([-+]\d+)", line)
    if m:
        BEDS[m.group(1)] = [int(m.group(i).replace(",", "")) for i in (2, 3, 4)]
assert BEDS.pop("Total") == [sum(v[i] for v in BEDS.values()) for i in range(3)] == [1154, 1047, -107]
assert BEDS["Ditchmarsh General Hospital"] == [412, 371, -41]

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
WSN = {"UEC": ["Urgent & Emergency Care", "Urgent and Emergency Care", "UEC"],
       "PCC": ["Planned Care & Cancer", "Planned Care and Cancer", "Planned Care", "PCC"],
       "MH": ["Mental Health", "MH programme"],
       "ASC": ["Acute Services Collaboration", "ASC"],
       "ICC": ["Integrated Community Care", "ICC"],
       "PSC": ["Prevention & Self-Care", "Prevention and Self-Care", "Prevention", "PSC"]}
MIN = U[MINUTES]


def mline(text):
    return next(k for k, v in MIN.items() if norm(text) in norm(v))


def annex_page(ref, where):
    return unit(ANNEX_A, ROW_PAGE[ref], where=where)


ask("uec-leads", OWNER, "role-holder", [["Tolliver"], person("Okonjo-Blake")],
    unit(ANNEX_A, BAND["UEC"][0], where="Annex A table, UEC band row: SRO and clinical lead"),
    ["Who are the SRO and the clinical lead for the Urgent & Emergency Care programme?",
     "who's SRO + clin lead for UEC? need both names for the A&E delivery bord paper",
     "Which two people head the emergency care programme, one as the accountable senior officer and one as its "
     "senior clinician?"], "bord")
ask("mh-cl", OWNER, "role-holder", [["Marrack"]],
    unit(ANNEX_A, BAND["MH"][0], where="Annex A table, MH band row (page 2): clinical lead"),
    ["Who is the clinical lead for the Mental Health programme?",
     "clin lead for MH in penhallow? want them to look at our crisis pathway draftt",
     "Which doctor gives the clinical steer to the STP's mental health work?"], "draftt")
ask("icc-sro", OWNER, "role-holder", [["Treloar"]],
    cite(ANNEX_B, "2.0 The SRO for Integrated Community Care", where="Annex B 2.0: SRO in a sentence"),
    ["Who is the SRO for Integrated Community Care?",
     "who's SRO for ICC (hubs / community stuff)? need to invite them to the locallity mtg",
     "Which CCG clinical chair has overall responsibility for joining up GP, community and social care teams?"],
    "locallity")
ask("pcc-sro-before", OWNER, "changed-owner-before-date", [["Penrose"]],
    unit(MINUTES, mline("Alison Penrose"), mline("AP remains SRO until 31 March 2017"),
         where="minutes: AP = Alison Penrose (attendance); 5.2 AP remains SRO until 31 March 2017"),
    ["Who is the SRO for Planned Care & Cancer at the moment?",
     "is alison penrose still SRO for PCC? heard she's stepping down, who do i send the RTT recovry plan to",
     "Right now, who holds senior responsibility for routine operations and cancer diagnosis in the STP?"],
    "recovry", as_of="2017-03-20")
ask("pcc-sro-after", OWNER, "changed-owner", [person("Asante-Rowe")],
    unit(MINUTES, mline("5.2 The Board AGREED that Dr Kwame"), mline("with effect from 1 April 2017"),
         where="minutes 5.2: new PCC SRO with effect from 1 April 2017 (Annex B and Annex A: Alison Penrose)"),
    ["Who is the SRO for Planned Care & Cancer now?",
     "who's PCC SRO now alison's gone? need to brief them on cancer 62 day perfomance",
     "Who took over senior responsibility for the planned care and cancer programme this month?"],
    "perfomance", as_of="2017-04-10")
ask("mh1-lead-now", OWNER, "changed-owner", [["Kellow"]],
    unit(MINUTES, mline("7.2 The Board NOTED that Ruth Kellow"), mline("is lead for the crisis house from 20 March"),
         where="minutes 7.2: crisis house lead from 20 March 2017 (Annex A and tracker: Declan Hosking)"),
    ["Who is the lead for the crisis house (MH1) now?",
     "who's leading the crisis house now declan's left? tracker still says D Hosking, need a contakt",
     "Who is now in charge of setting up the residential crisis service in Penhallow?"],
    "contakt", as_of="2017-03-27")
ask("mh1-lead-orig", OWNER, "previous-holder", [["Hosking"]],
    annex_page("MH1", "Annex A table, row MH1, Owner column (page 2)"),
    ["Who was named as the owner of the crisis house initiative in the October 2016 Annex A?",
     "who was the origanal MH1 lead in annex A before the change? for handover notes",
     "Before the March board changed it, who had been running the crisis house project?"], "origanal")
ask("uec2-lead", OWNER, "initiative-lead", [["Tresize"]],
    annex_page("UEC2", "Annex A table, row UEC2, Owner column"),
    ["Who owns the integrated clinical assessment service behind NHS 111 (UEC2)?",
     "who's the owner for UEC2, the 111 clinical assesment service?",
     "Who is responsible for getting GPs, nurses and pharmacists working behind the non-emergency phone line?"],
    "assesment")
ask("mh3-lead", OWNER, "headerless-page", [["Bellingham"]],
    annex_page("MH3", "Annex A table continued on page 3 with no header row: row MH3, Owner column"),
    ["Who owns the IAPT expansion to 19% access (MH3)?",
     "who's the lead for IAPT / MH3? we want to refer more LTC patients, need a nmae",
     "Who is responsible for expanding talking therapies so that nearly one in five people who need them are "
     "seen?"], "nmae")
ask("asc1-lead", OWNER, "headerless-page", [["Pascoe"]],
    annex_page("ASC1", "Annex A table continued on page 3 with no header row: row ASC1, Owner column"),
    ["Who is the owner of the shared pathology network (ASC1)?",
     "who owns ASC1 shared path? lab managers want to knwo who to talk to",
     "Who is in charge of bringing the two hospital trusts' laboratories together into one network?"], "knwo")
ask("hch-lead", OWNER, "lead-line", [["Quiller"]],
    cite(ANNEX_B, "2.1 Health and Care Hubs", "Lead: Sandra Quiller", where="Annex B 2.1 and its Lead: line"),
    ["Who leads the Health and Care Hubs initiative?",
     "who's leading the HCHs? practices asking about the hub buidlings",
     "Who is the named lead for bringing GP, community and social care teams together in one building?"],
    "buidlings")
ask("crt-lead", OWNER, "lead-line", [["Dunstan"]],
    cite(ANNEX_B, "2.2 Community Response Teams", "Lead: Martin Dunstan", where="Annex B 2.2 and its Lead: line"),
    ["Who leads the Community Response Teams (CRT) initiative?",
     "who's lead for the CRTs? district nursing want to know re 7 day rotas, thx in advanse",
     "Who is responsible for the teams that treat people at home quickly to keep them out of hospital?"],
    "advanse")
ask("dig-lead", OWNER, "lead-line", [["Prideaux"]],
    cite(ANNEX_B, "4.1 Digital: Penhallow & Ditchmarsh Care Record", "Lead: Owen Prideaux",
         where="Annex B 4.1 and its Lead: line"),
    ["Who leads the Penhallow & Ditchmarsh Care Record?",
     "who's the lead for PDCR? our IG team have questons",
     "Who is in charge of the shared electronic patient record the STP is building?"], "questons")
ask("board-chair", OWNER, "governance", [["Trevanion"]],
    cite(ANNEX_A, "3.1 The STP Partnership Board is the decision-making body", where="Annex A 3.1 (page 4)"),
    ["Who chairs the STP Partnership Board?",
     "who chairs the partnership board in P&D? drafting a letter to the chiar",
     "Who presides over the top decision-making body for the whole plan?"], "chiar")
ask("prog-dir", OWNER, "governance", [["Castlereagh"]],
    cite(ANNEX_A, "3.2 The STP Lead is Marcus Olderidge", where="Annex A 3.2 (page 4)"),
    ["Who is the STP Programme Director?",
     "who's the STP prog dir? need sign off on a tracker updtae",
     "Who runs day-to-day delivery of the plan and chairs the fortnightly meeting of SROs?"], "updtae")
ask("barraclough-prog", OWNER, "role-of-person", [WSN["ASC"]],
    unit(ANNEX_A, BAND["ASC"][0], where="Annex A table, ASC band row on page 3: SRO Nicola Barraclough"),
    ["Which programme is Nicola Barraclough the SRO for?",
     "which programme is nicola barraclough SRO for? she's finance at PRH right? just cheking",
     "Nicola Barraclough is the senior owner of which part of the STP?"], "cheking")
ask("sro-list", OWNER, "list", [["Tolliver"], ["Penrose"], ["Veale"], ["Barraclough"], ["Treloar"], ["Fennelly"]],
    unit(ANNEX_B, MD_FIRST, MD_FIRST + 5, where="Annex B section 5 table: SRO column, six programmes"),
    ["Who are the SROs of the six STP programmes?",
     "can someone list the 6 programme SROs? doing the delivery group invite lsit",
     "Which senior leaders are each accountable for one of the plan's main programmes?"],
    "lsit", as_of="2017-01-15")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("pcc-sro-effective", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    unit(MINUTES, mline("5.2 The Board AGREED that Dr Kwame"), mline("with effect from 1 April 2017"),
         where="minutes 5.2: with effect from 1 April 2017"),
    ["From what date does Dr Kwame Asante-Rowe become SRO for Planned Care & Cancer?",
     "when does kwame A-R take over as SRO for PCC? updating the orgchart and want the date rigth",
     "When does the DLH medical director formally take on the planned care and cancer programme?"], "rigth")
ask("uec1-moved", MILESTONE, "moved-date", [["end of March 2018", "March 2018", "31 March 2018", "31/03/2018"]],
    unit(MINUTES, mline("6.2 The Board AGREED to move the UTC"), mline("of March 2018."),
         where="minutes 6.2: UTC moved from 30/09/17 to end of March 2018"),
    ["When is the Ditchmarsh Urgent Treatment Centre (UEC1) now due to open?",
     "when's the ditchmarsh UTC opening now? tracker says 30/09 but heard it slipepd",
     "When will the minor injuries unit at Ditchmarsh finally be replaced by the new urgent care centre?"],
    "slipepd", as_of="2017-03-15")
ask("uec1-original", MILESTONE, "original-date", [on(30, 9, 2017, "30/09/17")],
    annex_page("UEC1", "Annex A table, row UEC1, Due column"),
    ["What opening date did Annex A originally give for the Ditchmarsh Urgent Treatment Centre?",
     "what was the orignal go live for UEC1 in annex A, before it got moved?",
     "Before the delay, when was the new urgent treatment centre at Ditchmarsh first meant to open?"], "orignal")
ask("pcc1-owner-date", MILESTONE, "owner-and-date", [["Enderby"], on(30, 6, 2017, "30/06/17")],
    annex_page("PCC1", "Annex A table, row PCC1: Owner and Due"),
    ["Who owns the MSK triage service (PCC1) and when is it due to go live?",
     "MSK triage - who's the owner and when's it live? physio team keep askign",
     "Who is setting up the single referral route for joint and back problems, and by what date?"], "askign")
ask("uec4-season", MILESTONE, "season", [["Spring 2018", "March to May 2018"]],
    annex_page("UEC4", "Annex A table, row UEC4, Due column"),
    ["When is the ambulance hear and treat rate of 12% due (UEC4)?",
     "when's the 12% hear & treat target due for UEC4? ambulance liason asked",
     "By when should the ambulance service be resolving 12% of calls over the phone?"], "liason")
ask("pcc4-tbc-set", MILESTONE, "tbc-set", [["Q1 2018/19", "April to June 2018", "Apr-Jun 2018"]],
    unit(TRACKER, TRACK_ROW["PCC4"], sheet="Milestones",
         where="tracker row PCC4: Original date TBC, Revised date Q1 2018/19"),
    ["What is the due date for the community ophthalmology service (PCC4) now?",
     "annex A says TBC for community opthalmology - has PCC4 got a date yet?",
     "When is the glaucoma and cataract follow-up service in the community expected to start?"],
    "opthalmology", as_of="2017-02-15")
ask("uec3-revised", MILESTONE, "moved-date", [["Q1 2017/18", "April to June 2017", "Apr-Jun 2017"]],
    unit(TRACKER, TRACK_ROW["UEC3"], sheet="Milestones",
         where="tracker row UEC3: Original Q4 2016/17, Revised Q1 2017/18 (Annex A: Qtr 4 16/17)"),
    ["What is the current due date for commissioning the D2A beds (UEC3)?",
     "when are the D2A beds being comissioned now? annex A said Qtr 4 but think it's slipped",
     "When should the step-down beds for people leaving hospital be in place, after the delay?"],
    "comissioned", as_of="2017-02-10")
ask("pcc3-revised", MILESTONE, "moved-date", [on(1, 12, 2017, "01/12/2017")],
    unit(TRACKER, TRACK_ROW["PCC3"], sheet="Milestones",
         where="tracker row PCC3: Original Q2 2017/18, Revised 01/12/2017 (a date cell)"),
    ["When is the rapid diagnostic centre (PCC3) now due to open?",
     "when's the RDC at PRH opening now? annex A has Q2 but I heard about capital slipage",
     "When will the one-stop centre for people with suspected cancer at Penhallow Royal open, after the building "
     "delay?"], "slipage", as_of="2017-02-20")
ask("mh4-unknown", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "not known", "no date"]],
    annex_page("MH4", "Annex A table on page 3, row MH4, Due column: time frame as yet unknown"),
    ["When is the perinatal mental health community team (MH4) due to be recruited?",
     "is there any date for the perinatal MH team, MH4? the midwifes keep asking",
     "By when will new mothers have a specialist community mental health team across the footprint?"],
    "midwifes")
ask("asc2-consult-moved", MILESTONE, "moved-date", [["July 2017", "Jul 2017", "Jul-17"]],
    unit(MINUTES, mline("8.2 The Board AGREED that the consultation"),
         where="minutes 8.2: consultation to launch in July 2017 (Annex A and tracker: Q1 2017/18)"),
    ["When will the public consultation on a single hyper-acute stroke unit launch?",
     "when does the stroke HASU consultation start now? it was Q1, comms want to plan engagment",
     "When will the public be asked for their views on concentrating stroke care at Penhallow Royal?"],
    "engagment", as_of="2017-03-15")
ask("frailty-quarter", MILESTONE, "timeline-column", [["Q3 2017/18", "October to December 2017", "Oct-Dec 2017"]],
    unit(DECK, ROADMAP_SLIDE, where="roadmap slide: the frailty unit box sits under the Q3 2017/18 label (by x)"),
    ["When is the frailty assessment unit at Penhallow Royal Hospital due to open?",
     "when does the frailty unit at PRH open? the roadmap has it somwhere",
     "When will the new unit for assessing frail older patients at Penhallow Royal be up and running?"],
    "somwhere")
ask("hch-dates", MILESTONE, "multi-date", [["Q2 2017/18", "July to September 2017", "Jul-Sep 2017"],
                                           ["end of March 2019", "March 2019", "31 March 2019", "31/03/2019"]],
    cite(ANNEX_B, "Milestones: first two hubs open", where="Annex B 2.1 Milestones: line"),
    ["When are the Health and Care Hubs due to open?",
     "when do the HCHs open? first ones + all four pls, for the locality newsleter",
     "By when will the new one-roof GP and community centres be open, the first ones and then all of them?"],
    "newsleter")
ask("dig1-revised", MILESTONE, "moved-date", [on(31, 1, 2018, "31/01/2018")],
    unit(TRACKER, TRACK_ROW["DIG1"], sheet="Milestones",
         where="tracker row DIG1: Original 31/10/2017, Revised 31/01/2018 (Annex B: 31/10/17)"),
    ["When is phase 1 of the Penhallow & Ditchmarsh Care Record now due to go live?",
     "PDCR phase 1 go live - still 31/10/17 or has it movd?",
     "When will GP and hospital records first be shared through the new shared record, given the supplier "
     "problems?"], "movd", as_of="2017-02-20")
ask("mh2-core24", MILESTONE, "headerless-page", [on(31, 3, 2018, "31/03/18")],
    annex_page("MH2", "Annex A table continued on page 3 with no header row: row MH2, Due column"),
    ["When is the Core 24 liaison psychiatry team (MH2) due to be in post?",
     "core 24 liaison at PRH - what's the deadlin for the team being in post?",
     "By when should Penhallow Royal's emergency department have round-the-clock psychiatric cover?"], "deadlin")
ask("rw-pcc-3m", MILESTONE, "relative-window", [["MSK", "musculoskeletal", "PCC1"]],
    unit(TRACKER, TRACK_ROW["PCC1"], TRACK_ROW["PCC4"], sheet="Milestones",
         where="tracker PCC rows: only PCC1 (30/06/2017) falls in 3 Apr - 2 Jul 2017 (PCC3 and PCC4 revised later)"),
    ["What Planned Care & Cancer milestones are due in the next three months?",
     "anything due in PCC in the next 3 months? doing the Q1 forwrd look",
     "Which planned care and cancer deliverables fall between now and the start of July?"],
    "forwrd", as_of="2017-04-03")
ask("rw-uec-quarter", MILESTONE, "relative-window", [["D2A", "discharge to assess", "UEC3"]],
    unit(TRACKER, TRACK_ROW["UEC1"], TRACK_ROW["UEC4"], sheet="Milestones",
         where="tracker UEC rows: only UEC3 (revised Q1 2017/18) falls in Q1 2017/18 (UEC1 moved by the minutes)"),
    ["Which Urgent & Emergency Care milestones are due this quarter?",
     "what's due this qtr for UEC? putting the A&E board pack togther",
     "Which emergency care programme deliverables should land between now and the end of June?"],
    "togther", as_of="2017-05-10")
ask("rw-icc-next-month", MILESTONE, "relative-window", [["CRT", "Community Response Team", "ICC2"]],
    unit(TRACKER, TRACK_ROW["ICC1"], TRACK_ROW["ICC4"], sheet="Milestones",
         where="tracker ICC rows: only ICC2 (31/12/2017) falls in December 2017"),
    ["Which Integrated Community Care milestones are due next month?",
     "anything due for ICC next month? need it for the comunity services update",
     "What should the out-of-hospital care programme deliver in the coming month?"],
    "comunity", as_of="2017-11-20")
ask("next-board", MILESTONE, "meeting-date", [on(13, 4, 2017, "13 April 2017")],
    unit(MINUTES, mline("DATE OF NEXT MEETING"), where="minutes: date of next meeting"),
    ["When is the next meeting of the STP Partnership Board after 9 March 2017?",
     "when's the next partnership board after the march one? need to get the ASC2 paper in on tiem",
     "On what date does the top board of the STP meet after its March session?"], "tiem")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (Annex B section 5: one text cell per programme)
# ---------------------------------------------------------------------------------------------------------------
def mdx(n, *first, cell=()):
    """Gold for must-do n: the legend's wording first, then bank_tools.md renderings (less 'UEC', a programme name
    here), then the table cell's run of numbers as printed ("2, 3, 4") when one programme's cell is the answer."""
    return alts(*first, *[f for f in md(n) if f not in ("UEC",)], *cell)


ICC_CELL, MH_CELL = ("2, 3, 4", "2, 3 and 4"), ("4, 7", "4 and 7")
MDW = unit(ANNEX_B, MD_FIRST, MD_GAP, where="Annex B section 5: must-do table, legend and the MD 8 note")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "MD 8")],
    MDW,
    ["Which of the nine national must-dos is not addressed by any programme in the plan?",
     "which must-do isn't covered by any of our programmes? checking before the NHSE assurrance call",
     "Is there any national priority from the planning guidance that none of our programmes takes on?"],
    "assurrance")
ask("md4-cover", MUSTDO, "mustdo-coverage", [WSN["UEC"], WSN["MH"], WSN["ICC"]],
    unit(ANNEX_B, MD_FIRST, MD_LEGEND, where="Annex B section 5 table: MD 4 in the UEC, MH and ICC cells"),
    ["Which programmes address must-do 4 (A&E and ambulance waits)?",
     "which programmes are mapped to MD4? for the 4 hr recovary plan",
     "Which of our programmes are meant to help with emergency department and ambulance waiting times?"],
    "recovary")
ask("md3-cover", MUSTDO, "mustdo-coverage", [WSN["ICC"], WSN["PSC"]],
    unit(ANNEX_B, MDROWS["ICC"][0], MD_LEGEND, where="Annex B section 5 table: MD 3 in the ICC and PSC cells"),
    ["Which programmes address must-do 3, general practice?",
     "what programmes cover MD3 (GP)? LMC meeting on thursdya",
     "Which parts of the plan are supposed to support the national priority on GP services?"], "thursdya")
ask("icc-mustdos", MUSTDO, "by-programme",
    [mdx(2, "financial balance", cell=ICC_CELL), mdx(3, "general practice", cell=ICC_CELL),
     mdx(4, "A&E", "ambulance", cell=ICC_CELL)],
    unit(ANNEX_B, MDROWS["ICC"][0], MD_LEGEND, where="Annex B section 5 table: ICC cell 'MD 2, 3, 4', legend"),
    ["Which national must-dos does Integrated Community Care address?",
     "what MDs does ICC cover? filling in the assurance templat",
     "Which of the nine national priorities is the community hubs programme lined up against?"], "templat")
ask("md9-cover", MUSTDO, "mustdo-coverage", [WSN["ASC"]],
    unit(ANNEX_B, MDROWS["ASC"][0], MD_LEGEND, where="Annex B section 5 table: MD 9 only in the ASC cell"),
    ["Which programme addresses must-do 9, improving quality?",
     "who's got MD9 (quality)? CQC prep, need the progamme",
     "Which programme is lined up against the national priority on improving the quality of care?"], "progamme")
ask("md6-cover", MUSTDO, "mustdo-coverage", [WSN["PCC"]],
    unit(ANNEX_B, MDROWS["PCC"][0], MD_LEGEND, where="Annex B section 5 table: MD 6 only in the PCC cell"),
    ["Which programme addresses the cancer must-do?",
     "which programme covers MD6 cancer? cancer alliance asked, quick answr pls",
     "Which part of the plan is meant to deliver the national 62-day cancer standard?"], "answr")
ask("mh-mustdos", MUSTDO, "by-programme",
    [mdx(4, "A&E", "ambulance", cell=MH_CELL),
     alts("MD 7", *[f for f in md(7) if norm(f) != "mental health"], *MH_CELL)],
    unit(ANNEX_B, MDROWS["MH"][0], MD_LEGEND, where="Annex B section 5 table: MH cell 'MD 4, 7', legend"),
    ["Which national must-dos does the Mental Health programme address?",
     "what must dos is MH mapped to? for the MH programm board",
     "Which of the national priorities does the mental health programme contribute to?"], "programm")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
SAVW = unit(TRACKER, 3, SAV_ROW["Hubs and community response (ICC1, ICC2)"] + 3, sheet="Savings",
            where="tracker Savings sheet: £m by scheme and year, Total row and column")
assert "total | 5.5 | 29.7" in SAVW[1]
ask("gap", FACT, "figure", [["£231.8m", "231.8", "£231.8 million"]],
    unit(ANNEX_A, 1, where="Annex A 1.2: do-nothing gap £231.8m by 2020/21"),
    ["What is the footprint's do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for P&D by 20/21? £m for a presentaton",
     "If nothing changed, how much money would local health and care be short by the end of the plan?"],
    "presentaton")
ask("population", FACT, "figure", [["812,600", "812600", "812.6k", "812.6 thousand"]],
    unit(ANNEX_A, 1, where="Annex A 1.1: registered population"),
    ["What is the registered population of Penhallow & Ditchmarsh?",
     "registered pop for the STP footprint? need it for a bid, urgant",
     "How many patients does the footprint serve in total?"], "urgant")
ask("beds-2021", FACT, "figure", [["1,047", "1047"]],
    unit(DECK, BEDS_SLIDE, where="bed base slide: table Total row and the prose box"),
    ["How many beds does the plan have in 2020/21 across the three hospital sites?",
     "total beds planned for 20/21? bed modelling group wants the nmber",
     "After the planned reductions, how many hospital beds will the footprint have left at the end of the plan?"],
    "nmber")
ask("dgh-beds", FACT, "figure", [["371"]],
    unit(DECK, BEDS_SLIDE, where="bed base slide: Ditchmarsh General Hospital row, Planned 2020/21"),
    ["How many beds will Ditchmarsh General Hospital have in 2020/21?",
     "DGH bed numbers by 20/21? the ward closure one, need the figgure",
     "After the ward closure, how many beds will the Ditchmarsh hospital be left with by the end of the plan?"],
    "figgure")
ask("asc3-2021", FACT, "figure", [["15.2", "£15.2m", "15.2m"]],
    unit(TRACKER, SAV_ROW["Back office and procurement (ASC3)"], sheet="Savings",
         where="tracker Savings sheet: ASC3 row, 2020/21 column"),
    ["What savings does back-office and procurement consolidation (ASC3) deliver in 2020/21?",
     "ASC3 back office savings in 20/21? £m for the FIG paper, thnaks",
     "How much should sharing finance, HR and purchasing between the two hospital trusts save in the final year?"],
    "thnaks")
ask("total-2021", FACT, "figure", [["109.3", "£109.3m", "109.3m"]],
    SAVW,
    ["What are the total scheme savings in 2020/21?",
     "total savings from all schemes in 20/21? not incl CIP or STF, for the finanse subgroup",
     "How much do all the transformation schemes together take out of costs in the last year of the plan?"],
    "finanse")
ask("largest-saver", FACT, "comparison", [["Hubs and community response", "Health and Care Hubs", "ICC1", "hubs"]],
    SAVW,
    ["Which scheme delivers the largest total savings over the five years?",
     "which scheme saves the most in total? want to be certian before the FIG",
     "Which single piece of work is expected to bring in the most money across the life of the plan?"],
    "certian")
ask("hch-glossary", FACT, "glossary", [["Health and Care Hub", "Health & Care Hub"]],
    cite(GLOSSARY, "HCH | Health and Care Hub", where="glossary table, HCH row"),
    ["What does HCH stand for in the STP papers?",
     "what's an HCH? keeps coming up in the tracker, sorry new starter, no ideia",
     "What is meant by the initials HCH that keep appearing in our plan documents?"], "ideia")
ask("uec3-rag", FACT, "status", [["Red", "off track"]],
    unit(TRACKER, TRACK_ROW["UEC3"], sheet="Milestones", where="tracker row UEC3, RAG column"),
    ["What is the RAG rating of the D2A beds milestone (UEC3)?",
     "what RAG is UEC3 D2A on in the tracker? board want an updaet",
     "How is the discharge-to-assess bed work rated for delivery risk at the moment?"],
    "updaet", as_of="2017-02-10")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: the papers plainly do not say (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
_psc_from = next(k for k, t in B.items() if t.startswith("3. Prevention"))
_psc_to = next(k for k, t in B.items() if t.startswith("4. Enabling"))
PSC_BLOCKS = [B[k] for k in range(_psc_from, _psc_to)]
assert not any("clinical lead" in norm(v) for v in PSC_BLOCKS)
absent("psc clinical lead", "clinical lead for prevention", "prevention clinical lead", "(psc) clinical lead")
ask("nm-psc-cl", NONE, "near-miss", [],
    cite(ANNEX_B, "3.0 Dr Mairead Fennelly", where="Annex B 3.0 names only the PSC SRO"),
    ["Who is the clinical lead for Prevention & Self-Care?",
     "who's the clin lead for PSC / prevention? public health want a GP champoin",
     "Which clinician advises the prevention and healthy lifestyles programme?"], "champoin")
assert TRACK["MH4"]["owner"] == "TBC" and ROWS["MH4"]["Owner"] == "TBC"
ask("nm-mh4-owner", NONE, "near-miss", [],
    annex_page("MH4", "Annex A page 3, row MH4: Owner TBC (tracker: TBC)"),
    ["Who owns the perinatal mental health community team initiative (MH4)?",
     "who's the owner for MH4 perinatal? annex says TBC, has anyone been named? maternity asking agian",
     "Who is responsible for setting up specialist mental health support for new and expectant mothers?"],
    "agian")
assert "Lead: to be confirmed" in B.values() and TRACK["EST1"]["owner"] == "TBC"
absent("estates lead", "lead for estates")
ask("nm-estates-lead", NONE, "near-miss", [],
    cite(ANNEX_B, "4.3 Estates", "Lead: to be confirmed", where="Annex B 4.3: Lead: to be confirmed"),
    ["Who leads the Estates enabling programme?",
     "who's the estates lead for the STP now? annex B says to be confirmed - council propperty team asking",
     "Who is responsible for the plan's work on buildings and land shared with the councils?"],
    "propperty", as_of="2017-04-05")
absent("frailty unit lead", "frailty lead", "frailty assessment unit lead")
ask("nm-frailty-owner", NONE, "near-miss", [],
    unit(DECK, ROADMAP_SLIDE, where="roadmap slide: the frailty unit box names a quarter and a programme, no one"),
    ["Who leads the frailty assessment unit at Penhallow Royal Hospital?",
     "who's leading the frailty unit at PRH? the geriatrians want a name",
     "Who is in charge of opening the assessment unit for frail elderly patients at Penhallow Royal?"],
    "geriatrians")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [],
    unit(TRACKER, SAV_ROW["Back office and procurement (ASC3)"], sheet="Savings",
         where="Savings sheet stops at 2020/21"),
    ["What savings does the back office and procurement scheme deliver in 2021/22?",
     "ASC3 savings for 21/22? finance want the year after 20/21 too, any numbrs?",
     "How much will the back-office work save in the year after the plan period ends?"], "numbrs")
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(ANNEX_A, "3.1 The STP Partnership Board is the decision-making body",
         where="Annex A 3.1 names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership board? chair's away and we need someone to sign, pls advize",
     "If the Independent Chair cannot attend, who chairs the Partnership Board instead?"], "advize")
absent("closing date", "consultation close", "consultation closes", "consultation will close", "consultation ends",
       "consultation will run")
ask("nm-stroke-close", NONE, "near-miss", [],
    unit(MINUTES, mline("8.2 The Board AGREED that the consultation"), where="minutes 8.2 gives only the launch"),
    ["When does the public consultation on the single hyper-acute stroke unit close?",
     "closing date for the HASU consultation? comms need the last day for responces",
     "What is the last day people can give their views on moving stroke care to one site?"], "responces")
absent("capital cost", "cost of the utc", "utc cost", "capital of £", "capital investment")
assert not re.search(r"£[\d.]+m?[^\n]{0,60}utc|utc[^\n]{0,60}£", EVERYTHING)
ask("nm-utc-cost", NONE, "near-miss", [],
    unit(MINUTES, mline("6.1 GT reported"), mline("of March 2018."),
         where="minutes 6.1-6.2: capital works delayed, no cost given"),
    ["What is the capital cost of the Ditchmarsh Urgent Treatment Centre?",
     "how much is the ditchmarsh UTC costing in capital? estates need the £ for the busness case",
     "How much money is being spent on building the new urgent care centre at Ditchmarsh?"], "busness")
absent("tcp lead", "chair of the transforming", "transforming care partnership lead",
       "transforming care partnership chair", "tcp is led", "tcp chair")
assert [norm(v) for u in U.values() for v in u.values() if "transforming care" in norm(v)] == [
    norm(B[MD_GAP]), "tcp | transforming care partnership (learning disabilities)"]
ask("nm-tcp-lead", NONE, "near-miss", [],
    unit(ANNEX_B, MD_GAP, where="Annex B 5.3 mentions the TCP plan, names no one"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who's running the TCP (LD)? community LD team want a named leed",
     "Who heads up the separate plan for people with a learning disability?"], "leed")

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
RELATIVE = (r"\b(next month|next 3 months|next three months|this month|this quarter|this qtr|overdue|currently|"
            r"at the moment|right now|now|still|atm|yet|coming month|these days)\b")
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(RELATIVE, item["question"].lower())
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
