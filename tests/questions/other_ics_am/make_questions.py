"""Write questions.jsonl for the Orlwick & Tessmoor STP papers (other_ics_am): 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx
rows on a sheet, text lines), and the first alternative of every gold group must be in that window. Facts that need
a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the deck's initiative grids are read back by text position (pypdf's visitor): the three header runs give the
    column edges, each "XX9  name" run in the first column starts a row, the owners' cell is split into bold names
    and grey titles by font, and the milestones' cell into bulleted "date: milestone" lines (wrapped lines joined);
  - the must-do slide is read by position: a "✓" or "Y" belongs to the must-do whose number heads its column and to
    the priority whose label is level with it;
  - the key-figures slide, whose big numbers are all drawn before their captions, is paired up by position;
  - the tracker is read with openpyxl (real date cells, the Revised date column) and its initials resolved on the
    Contacts sheet;
  - the relative windows are checked over every milestone of a locality after the tracker's revisions and the
    note's move, with quarters, months, seasons, years and days as periods; a window must hold exactly the gold
    milestones and nothing may only partly overlap it.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DECK = "01_OT_STP_Annex2_Locality_Delivery_Plans_Oct2016.pdf"
TOR = "02_OT_STP_Programme_Delivery_Board_ToR_v1.2_Nov2016.docx"
TRACKER = "03_OT_STP_Locality_Milestone_Tracker_28Feb2017.xlsx"
NOTE = "04_OT_STP_PDB_Note_of_Meeting_15Mar2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
LOCS = ["OC", "TU", "SC"]


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


def slide(first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[DECK][k] for k in range(first, last + 1)))
    return {"file": DECK, "lines": [first, last], "where": where}, text


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
        ITEMS.append({"id": f"am-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"am-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# The deck, read back by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(page_no):
    """[(x, y, bold, text)] for every text run on a deck page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            bold = bool(font) and "Bold" in str(font.get("/BaseFont", ""))
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], bold, text.strip()))

    PdfReader(str(PAPERS / DECK)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


HEADS = ["Initiatives we will focus on in 2016/17 - 2017/18", "Scheme owner(s)", "Key milestones"]


def grid(page_no):
    """{ref: {"name", "owners": [(name, title)], "milestones": [(when, what)]}} for an initiative grid page."""
    rs = runs(page_no)
    hx = {t: (x, y) for x, y, b, t in rs if t in HEADS}
    assert set(hx) == set(HEADS), (page_no, hx)
    head_y = hx[HEADS[0]][1]
    edges = [hx[h][0] for h in HEADS] + [10 ** 4]
    starts = sorted(((y, t) for x, y, b, t in rs if abs(x - edges[0]) < 3 and b and y < head_y - 2
                     and re.match(r"(OC|TU|SC)\d  ", t)), reverse=True)
    out = {}
    for i, (y, head) in enumerate(starts):
        lower = starts[i + 1][0] + 3 if i + 1 < len(starts) else 40
        body = sorted([r for r in rs if lower <= r[1] <= y + 3 and r[3] != "Continued on the next slide"],
                      key=lambda r: (-r[1], r[0]))
        col = lambda r, k: edges[k] - 3 <= r[0] < edges[k + 1] - 3  # noqa: E731
        ref, name = head.split("  ", 1)
        owners = []
        for r in (r for r in body if col(r, 1)):
            if r[2]:
                owners.append([r[3], ""])
            else:
                owners[-1][1] = (owners[-1][1] + " " + r[3]).strip()
        milestones = []
        for r in (r for r in body if col(r, 2)):
            if r[3].startswith("\u2022"):
                milestones.append(r[3].lstrip("\u2022 "))
            else:
                milestones[-1] += " " + r[3]
        out[ref] = {"name": name, "owners": [tuple(o) for o in owners],
                    "milestones": [tuple(m.split(": ", 1)) for m in milestones], "page": page_no}
    return out


GRID_PAGES = [k for k, v in U[DECK].items() if HEADS[1] in v]
assert GRID_PAGES == [3, 4, 5, 6], GRID_PAGES
ROWS = {}
for pg in GRID_PAGES:
    ROWS.update(grid(pg))
assert sorted(ROWS) == sorted(f"{a}{n}" for a, k in [("OC", 4), ("TU", 3), ("SC", 4)] for n in range(1, k + 1))
owner_names = lambda ref: [o[0] for o in ROWS[ref]["owners"]]  # noqa: E731
when = lambda ref, word: [w for w, what in ROWS[ref]["milestones"] if word in what]  # noqa: E731
assert owner_names("OC1") == ["Dr Priyanka Oduya", "Gavin Leatherbarrow"]
assert owner_names("TU3") == ["Rowena Dimmock-Saye", "Dr Teodor Blakesley"]
assert owner_names("OC2") == ["Fiona Thackwray"] and owner_names("TU1") == ["Mr Idris Fenwright"]
assert owner_names("SC1") == ["Aidan Strickmere"]
assert ROWS["OC2"]["owners"][0][1] == "Chief Operating Officer, Orlwick Royal Hospitals NHS FT"
assert when("OC2", "AEC unit open") == ["by end of June 2017"]
assert when("OC1", "first four teams") == ["Q2 2017/18"]
assert when("OC3", "care coordination centre") == ["Q3 2017/18"]
assert when("OC4", "crisis cafe") == ["Sept 2017"]
assert ROWS["TU1"]["milestones"][1] == ("Public consultation", "time frame as yet unknown")
assert when("TU2", "federation") == ["Qtr 3 16/17"] and when("TU2", "extended access") == ["31/03/2018"]
assert when("TU3", "frailty") == ["TBC"]
assert when("SC1", "specification") == ["Mar-17"] and when("SC1", "open 24/7") == ["by end of September 2017"]
assert when("SC3", "minor injuries unit") == ["Jul-17"] and when("SC3", "surge plan") == ["by end of May 2017"]


def sro_cards():
    """{code: SRO name} from the plan-area slide, by position: the bold run under the grey 'SRO' label."""
    pg = [k for k, v in U[DECK].items() if "Our three locality delivery plans" in v][0]
    rs = runs(pg)
    out = {}
    for x, y, b, t in rs:
        m = re.fullmatch(r".+ \((OC|TU|SC)\)", t)
        if m:
            label = [r for r in rs if r[3] == "SRO" and abs(r[0] - x) < 3][0]
            name = max((r for r in rs if r[2] and abs(r[0] - x) < 3 and r[1] < label[1]), key=lambda r: r[1])
            out[m.group(1)] = name[3]
    return pg, out


SRO_PAGE, SROS = sro_cards()
assert SROS == {"OC": "Imogen Varley-Statham", "TU": "Dr Teodor Blakesley", "SC": "Margery Olufemi-Hart"}, SROS


def mustdo_matrix():
    """{priority code: [must-do numbers]} from the coverage slide, by position."""
    pg = [k for k, v in U[DECK].items() if "nine national must-dos" in v][0]
    rs = runs(pg)
    cols = {int(t): x for x, y, b, t in rs if b and re.fullmatch(r"[1-9]", t)}
    assert sorted(cols) == list(range(1, 10))
    labels = {t.split()[0]: y for x, y, b, t in rs if re.match(r"P[1-7] ", t)}
    assert sorted(labels) == [f"P{i}" for i in range(1, 8)]
    out, marks = {p: [] for p in labels}, {}
    for x, y, b, t in rs:
        if t in ("\u2713", "Y"):
            p = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[p] - y) < 10, (t, x, y)
            n = min(cols, key=lambda k: abs(cols[k] + 3 - (x + 6)))
            assert abs(cols[n] - x) < 20
            out[p].append(n)
            marks.setdefault(p, set()).add(t)
    return pg, {p: sorted(v) for p, v in out.items()}, marks


MD_PAGE, MDX, MARKS = mustdo_matrix()
covering = lambda n: [p for p in sorted(MDX) if n in MDX[p]]  # noqa: E731
assert [n for n in range(1, 10) if not covering(n)] == [8]
assert covering(4) == ["P2", "P3", "P5", "P6"] and covering(7) == ["P5"] and covering(6) == ["P1", "P4"]
assert covering(1) == ["P7"] and MARKS["P7"] == {"Y"} and MARKS["P6"] == {"Y"} and MARKS["P1"] == {"\u2713"}
assert MDX["P6"] == [2, 4, 5, 9] and MDX["P1"] == [2, 6]


def figures():
    """{caption: big number} from the at-a-glance slide: each caption sits under the number with the same x."""
    pg = [k for k, v in U[DECK].items() if "at a glance" in v][0]
    rs = [r for r in runs(pg) if 40 < r[1] < 480]
    bigs = [r for r in rs if r[2]]
    caps = {}
    for x, y, b, t in sorted((r for r in rs if not r[2]), key=lambda r: (-r[1], r[0])):
        big = [r for r in bigs if abs(r[0] - x) < 3 and 0 < r[1] - y < 60]
        assert len(big) == 1, (t, big)
        caps[big[0][3]] = (caps.get(big[0][3], "") + " " + t).strip()
    return pg, {v: k for k, v in caps.items()}


FIG_PAGE, FIGS = figures()
assert FIGS["people registered with a GP in our footprint"] == "618,300"
assert FIGS["do-nothing financial gap by 2020/21"] == "£163.4m"
assert FIGS["general and acute beds in our three acute hospitals"] == "1,287"
assert FIGS["people working in health and social care here"] == "21,600"
assert FIGS["gap in male life expectancy between our most and least deprived wards"] == "9.1 years"
# in the page text all six numbers come before all six captions
assert U[DECK][FIG_PAGE].index("9.1 years") < U[DECK][FIG_PAGE].index("people registered")

# ---------------------------------------------------------------------------------------------------------------
# The tracker (openpyxl: real dates) and the note
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(str(PAPERS / TRACKER))
TR = WB["Tracker"]
assert [c.value for c in TR[4]] == ["Ref", "Locality", "Milestone", "Owner", "Baseline date", "Revised date", "RAG",
                                    "Comment"]
TRACK = []  # (excel row, ref, milestone, owner, baseline, revised, rag, comment)
for r in range(5, TR.max_row + 1):
    v = [TR.cell(row=r, column=j).value for j in range(1, 9)]
    if v[0] and re.fullmatch(r"(OC|TU|SC)\d", str(v[0])):
        TRACK.append((r, v[0], v[2], v[3], v[4], v[5], v[6], v[7] or ""))
CONTACTS = {WB["Contacts"].cell(row=r, column=1).value: (r, WB["Contacts"].cell(row=r, column=2).value)
            for r in range(4, WB["Contacts"].max_row + 1) if WB["Contacts"].cell(row=r, column=1).value}
for row in TRACK:
    for ini in row[3].split(" / "):
        assert ini in CONTACTS, (row, ini)
REVISED = {row[2]: row for row in TRACK if row[5] is not None}
assert sorted(REVISED) == ["First four neighbourhood care teams live", "GP streaming in ED 7 days a week",
                           "Shared back office live"], sorted(REVISED)
assert all(hasattr(row[4], "year") for row in REVISED.values()) and all(row[7] for row in REVISED.values())
OC1_REV = REVISED["First four neighbourhood care teams live"]
assert OC1_REV[5].date() == date(2017, 11, 30) and OC1_REV[4].date() == date(2017, 9, 30)
AUDIT = [row for row in TRACK if "streaming audit" in row[2]][0]
assert AUDIT[3] == "KB" and CONTACTS["KB"][1] == "Kieran Bastable"
BACK_OFFICE = REVISED["Shared back office live"]
assert BACK_OFFICE[6] == "Amber"

NOTE_TEXT = "\n".join(U[NOTE].values())
assert "becomes\n    scheme owner for SC1 with effect from 1 April 2017" in NOTE_TEXT
assert "move the\n    opening of the urgent treatment centre to 31 January 2018" in NOTE_TEXT

# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def month(y, m):
    return (date(y, m, 1).toordinal(), month_end(y, m))


def period(text):
    """(start, end) ordinals of one milestone's date expression; None for TBC or unknown."""
    t = text.lower().strip()
    if t in ("tbc", "public consultation") or "unknown" in t:
        return None
    m = re.fullmatch(r"(?:q|qtr )(\d) (\d\d)(\d\d)?/\d\d", t)
    if m:
        y = int(m.group(3)) + 2000 if m.group(3) else 2000 + int(m.group(2))
        q = int(m.group(1))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return (date(sy, sm, 1).toordinal(), month_end(sy, sm + 2))
    m = re.fullmatch(r"([a-z]{3})-(\d\d)", t)
    if m:
        return month(2000 + int(m.group(2)), MON[m.group(1)])
    m = re.fullmatch(r"(?:by end of )?([a-z]+) (\d{4})", t)
    if m and m.group(1)[:3] in MON:
        return month(int(m.group(2)), MON[m.group(1)[:3]])
    m = re.fullmatch(r"spring (\d{4})", t)
    if m:
        return (date(int(m.group(1)), 3, 1).toordinal(), month_end(int(m.group(1)), 5))
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", t)
    if m:
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1))).toordinal()
        return (d, d)
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", t)
    if m:
        d = date(int(m.group(3)), MON[m.group(2)[:3]], int(m.group(1))).toordinal()
        return (d, d)
    m = re.fullmatch(r"(\d{4})/\d\d", t)
    if m:
        return (date(int(m.group(1)), 4, 1).toordinal(), month_end(int(m.group(1)) + 1, 3))
    raise AssertionError(text)


def words(text):
    return set(re.findall(r"[a-z0-9]+", text.lower())) - {"the", "a", "to", "of", "in", "all", "live", "at"}


# every milestone after later papers: the deck's, the tracker's revised dates (matched to the deck milestone with
# the most words in common), the tracker-only rows, and the note's move of the SC1 opening
LATEST = []  # (ref, milestone, period)
for ref, row in ROWS.items():
    for w, what in row["milestones"]:
        if w == "Public consultation":
            w, what = what, w
        LATEST.append([ref, what, period(w)])
for name, row in REVISED.items():
    best = max((m for m in LATEST if m[0] == row[1]), key=lambda m: len(words(m[1]) & words(name)))
    assert len(words(best[1]) & words(name)) >= 2, (name, best)
    d = row[5].date().toordinal()
    best[2] = (d, d)
MATCHED = set()
for m in list(LATEST):
    same = [row for row in TRACK if row[1] == m[0]]
    best = max(same, key=lambda row: len(words(m[1]) & words(row[2])), default=None)
    if best and len(words(m[1]) & words(best[2])) >= 2:
        MATCHED.add(best[0])
EXTRA = [row for row in TRACK if row[0] not in MATCHED]
assert sorted(row[2] for row in EXTRA) == ["GP streaming audit reported to the A&E Delivery Board",
                                           "Summer MIU staffing rota agreed"], EXTRA
for row in EXTRA:
    d = row[4].date().toordinal()
    LATEST.append([row[1], row[2], (d, d)])  # the OC2 audit and the SC3 staffing rota, in the tracker only
sc1_open = [m for m in LATEST if m[0] == "SC1" and "open" in m[1]]
assert len(sc1_open) == 1
sc1_open[0][2] = (date(2018, 1, 31).toordinal(),) * 2


def due_in(loc, start, end):
    """(milestones of a locality inside [start, end], milestones only partly overlapping it)."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, what, p in LATEST:
        if not ref.startswith(loc) or p is None:
            continue
        if s <= p[0] and p[1] <= e:
            inside.add((ref, what))
        elif p[0] <= e and p[1] >= s:
            partial.add((ref, what))
    return inside, partial


assert due_in("OC", date(2017, 10, 1), date(2017, 12, 31)) == (
    {("OC1", "first four teams live (Northgate, Riverside, St Wilfrid's, Castle Fields)"),
     ("OC3", "care coordination centre live")}, set()), due_in("OC", date(2017, 10, 1), date(2017, 12, 31))
assert due_in("TU", date(2016, 10, 1), date(2016, 12, 31)) == (
    {("TU2", "federation formally established"), ("TU3", "community beds review reported")}, set())
assert due_in("SC", date(2017, 5, 1), date(2017, 5, 31)) == ({("SC3", "surge plan signed off")}, set())
assert due_in("SC", date(2018, 1, 1), date(2018, 1, 31)) == ({("SC1", "urgent treatment centre open 24/7")}, set())

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
P = ROWS  # page of each initiative: P[ref]["page"]

ask("oc-sro", OWNER, "role-holder", [person("Varley-Statham")],
    slide(SRO_PAGE, where="plan-areas slide: Orlwick City card, name under the 'SRO' label"),
    ["Who is the Senior Responsible Officer for the Orlwick City locality delivery plan?",
     "who's the SRO for OC? need to send the locality plan updte",
     "Which senior person answers for the plan of changes covering the city itself?"], "updte")
ask("sc-sro", OWNER, "role-holder", [person("Olufemi-Hart")],
    slide(SRO_PAGE, where="plan-areas slide: Saltreach Coast card, name under the 'SRO' label"),
    ["Who is the SRO for the Saltreach Coast locality plan?",
     "SRO for saltreach coast LDP? want to brief them before the boardd",
     "Which hospital chief executive is accountable for the seaside area's local plan?"], "boardd")
ask("oc1-owners", OWNER, "owner-list", [["Oduya"], ["Leatherbarrow"]],
    slide(P["OC1"]["page"], where="Orlwick City grid, row OC1, Scheme owner(s) cell: two names, each over a title"),
    ["Who are the scheme owners of the OC1 neighbourhood care teams initiative?",
     "who owns OC1 neighbourhood teams? both names pls, doing the invte list",
     "Which two people are responsible for getting community nurses, social workers and GPs in the city "
     "working as local teams?"], "invte")
ask("tu3-owners", OWNER, "owner-list", [person("Dimmock-Saye"), ["Blakesley"]],
    slide(P["TU3"]["page"], where="Tessmoor Uplands grid, row TU3, Scheme owner(s) cell: two names"),
    ["Who are the scheme owners for the frailty and community beds initiative in Tessmoor Uplands?",
     "TU3 frailty / comm beds - who are the owners? there's two i think, for the engagment plan",
     "Who is responsible for the review of the beds at Kelderby and Askwith and the pathway for older, "
     "frail people?"], "engagment")
ask("oc2-owner", OWNER, "scheme-owner", [["Thackwray"]],
    slide(P["OC2"]["page"], where="Orlwick City grid, row OC2, Scheme owner(s) cell"),
    ["Who is the scheme owner for the front door initiative at Orlwick Royal Infirmary?",
     "who owns OC2, ED streaming + AEC at the royal? need a name for the rotta query",
     "Who is responsible for sending walk-in patients to a GP at the city hospital's emergency department and "
     "setting up same-day emergency care?"], "rotta")
ask("tu1-owner", OWNER, "scheme-owner", [["Fenwright"]],
    slide(P["TU1"]["page"], where="Tessmoor Uplands grid, row TU1, Scheme owner(s) cell"),
    ["Who is the scheme owner of the Tessmoor General Hospital clinical model?",
     "who's the owner for TU1 (single site emergency surgery)? surgeons want to knwo",
     "Who is responsible for the plan to put emergency and complex operations on one hospital site in the "
     "uplands?"], "knwo")
ask("sc1-owner-before", OWNER, "changed-owner", [["Strickmere"]],
    cite(NOTE, "3.1 Aidan Strickmere", "then.",
         where="note 3.1: Aidan Strickmere leaves on 31 March 2017 and stays scheme owner until then"),
    ["Who is the scheme owner for the Saltreach urgent treatment centre (SC1)?",
     "who owns SC1 the saltreach UTC at the moment? need to chase the specifcation",
     "Who is currently responsible for replacing the minor injuries unit at the coast's district hospital?"],
    "specifcation", as_of="2017-03-20")
ask("sc1-owner-after", OWNER, "changed-owner", [["Gathercole"]],
    cite(NOTE, "3.1 Aidan Strickmere", "then.",
         where="note 3.1: Paul Gathercole scheme owner for SC1 with effect from 1 April 2017 (deck: Strickmere)"),
    ["Who is now the scheme owner for SC1, the Saltreach urgent treatment centre?",
     "who owns the saltreach UTC (SC1) now aidan's gone? GPs asking who to tallk to",
     "Since the commissioning director left the coast CCG, who has been responsible for the new walk-in "
     "centre at the district hospital?"], "tallk", as_of="2017-04-10")
ask("pdb-chair", OWNER, "role-holder", [["Strathairn"]],
    cite(TOR, "Dame Philippa Strathairn | Independent | Chair", where="ToR membership table, Chair row"),
    ["Who chairs the STP Programme Delivery Board?",
     "who's chair of the PDB? writing to invite her to the locality event, need the corect title",
     "Who is the independent person running the monthly board that holds the three local plans to account?"],
    "corect")
ask("chair-deputy", OWNER, "deputy", [["Achterberg"]],
    cite(TOR, "5.1 In the absence of the Chair", where="ToR 5.1: the Vice Chair chairs in the Chair's absence"),
    ["Who chairs the Programme Delivery Board when the Chair is absent?",
     "if dame philippa can't make PDB who chairs it? she's on leave in april i beleive",
     "Who takes the chair at the monthly delivery meeting if the independent chair is away?"], "beleive")
ask("deputy-ivs", OWNER, "deputy", [["Marchetti"]],
    cite(TOR, "5.2 Members are expected", where="ToR 5.2: nominated deputy for Imogen Varley-Statham"),
    ["Who is the nominated deputy for Imogen Varley-Statham on the Programme Delivery Board?",
     "who deputises for imogen V-S at PDB? she can't make the nxt one, wich of her team comes?",
     "If the Orlwick accountable officer can't attend the board, who comes and votes for her?"], "wich")
ask("deputy-moh", OWNER, "deputy", [person("Treloar-Sykes")],
    cite(TOR, "5.2 Members are expected", where="ToR 5.2: nominated deputy for Margery Olufemi-Hart"),
    ["Who is Margery Olufemi-Hart's nominated deputy on the Programme Delivery Board?",
     "who's margery's deputy for PDB? she sent aplogies for march",
     "When the hospitals' chief executive misses the board, which of her directors attends in her place?"],
    "aplogies")
ask("uec-cl", OWNER, "workstream-lead", [["Kennaway"]],
    cite(TOR, "Dr Mairead Kennaway, Medical Director", where="ToR 6.1 bullets: clinical lead for UEC (prose)"),
    ["Who is the clinical lead for the urgent and emergency care workstream?",
     "who's clin lead for UEC across the STP? need them at the winter planing day",
     "Which doctor gives the clinical steer on A&E and emergency services across the whole patch?"],
    "planing")
ask("mh-cl", OWNER, "workstream-lead", [person("Ashdown-Reyes")],
    cite(TOR, "Dr Kwabena Ashdown-Reyes, Associate Medical Director", where="ToR 6.1 bullets: MH clinical lead"),
    ["Who is the clinical lead for the mental health workstream?",
     "clin lead for MH workstream pls? IAPT team want to meat them",
     "Which senior doctor steers the area-wide work on services for people's emotional and psychological wellbeing?"],
    "meat")
ask("wf-lead", OWNER, "workstream-lead", [person("Tremayne-Pugh")],
    cite(TOR, "Jocelyn Tremayne-Pugh, Director of Workforce", where="ToR 6.1 bullets: lead of the workforce workstream"),
    ["Who leads the workforce workstream?",
     "who leads WF for the STP? question about the shared bank reates",
     "Who is in charge of the area-wide work on staffing, recruitment and the joint staff bank?"], "reates")
ask("audit-owner", OWNER, "owner-initials", [["Bastable"]],
    cite(TRACKER, "KB | Kieran Bastable", sheet="Contacts",
         where="tracker: the GP streaming audit row's owner is 'KB' (Tracker sheet); Contacts sheet gives the name"),
    ["Who owns the milestone for reporting the GP streaming audit to the A&E Delivery Board?",
     "who's KB on the tracker, owner of the OC2 streaming audt?",
     "Whose job is it to report back on how well sending ED walk-ins to a GP is working?"], "audt")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("oc2-aec", MILESTONE, "by-end-of", [["by end of June 2017", "end of June 2017", "30/06/2017", "30 June 2017",
                                        "June 2017"]],
    slide(P["OC2"]["page"], where="Orlwick City grid, row OC2, Key milestones: 'by end of June 2017'"),
    ["By when should the ambulatory emergency care unit at Orlwick Royal Infirmary be open 12 hours a day?",
     "when's the AEC at the royal meant to be open 12 hrs a day? bed managers keep askin",
     "By when should the city hospital have its same-day unit for emergency patients who don't need a bed "
     "running half the day?"], "askin")
ask("tu1-consult", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "no date", "not known", "not yet been set", "not yet set"]],
    slide(P["TU1"]["page"], where="Tessmoor Uplands grid, row TU1: 'Public consultation: time frame as yet unknown'"),
    ["When will the public consultation on the Tessmoor General Hospital clinical model take place?",
     "when's the TU1 consultation on single site surgery? local MP keeps ringing comms, any daet?",
     "When will people in the uplands be asked for their views on moving emergency operations to one site?"],
    "daet")
ask("tu3-frailty", MILESTONE, "tbc-date", [["TBC", "to be confirmed", "not yet confirmed", "not confirmed"]],
    slide(P["TU3"]["page"], where="Tessmoor Uplands grid, row TU3: 'TBC: frailty assessment unit at Tessmoor General "
          "opens'"),
    ["When will the frailty assessment unit at Tessmoor General open?",
     "opening date for the frailty unit at tessmoor gen (TU3)? geriatricians want to knoww",
     "When does the new unit for assessing older, frail patients at the uplands hospital open its doors?"],
    "knoww")
ask("oc3-ccc", MILESTONE, "quarter", [["Q3 2017/18", "Q3 17/18", "Qtr 3 2017/18", "Qtr 3 17/18", "31/12/2017",
                                       "December 2017"]],
    slide(P["OC3"]["page"], where="Orlwick City grid (continued), row OC3: 'Q3 2017/18: care coordination centre live'"),
    ["When is the Orlwick care coordination centre due to go live?",
     "when does the OC3 care co-ord centre go live? discharge team need a rough quater",
     "When will the city have one hub that organises getting patients home from hospital?"], "quater")
ask("tu2-fed", MILESTONE, "quarter", [["Qtr 3 16/17", "Q3 16/17", "Q3 2016/17", "31/12/2016", "December 2016"]],
    slide(P["TU2"]["page"], where="Tessmoor Uplands grid, row TU2: 'Qtr 3 16/17: federation formally established'"),
    ["When was the Tessmoor Uplands GP federation to be formally established?",
     "TU2 - when was the GP fed meant to be formaly set up?",
     "By when were the upland surgeries supposed to have their joint organisation legally in place?"],
    "formaly")
ask("sc3-miu", MILESTONE, "month", [["Jul-17", "July 2017", "Jul 2017", "31/07/2017"]],
    slide(P["SC3"]["page"], where="Saltreach Coast grid, row SC3: 'Jul-17: summer minor injuries unit at Saltby Bay "
          "opens'"),
    ["When does the summer minor injuries unit at Saltby Bay open?",
     "when does the saltby bay summer MIU open? planning the paramedic rota for the holidys",
     "When will holidaymakers at the bay be able to get cuts and sprains seen at a seasonal unit?"], "holidys")
ask("oc4-cafe", MILESTONE, "month", [["Sept 2017", "September 2017", "Sep 2017", "30/09/2017"]],
    slide(P["OC4"]["page"], where="Orlwick City grid (continued), row OC4: 'Sept 2017: crisis cafe opens'"),
    ["When is the Orlwick Minds crisis cafe due to open?",
     "OC4 crisis cafe opening - which month? the voluntery sector partners asked",
     "When will the city-centre drop-in for people in a mental health emergency open?"], "voluntery")
ask("tu2-access", MILESTONE, "day", [on(31, 3, 2018, "31/03/2018")],
    slide(P["TU2"]["page"], where="Tessmoor Uplands grid, row TU2: '31/03/2018: extended access 8am to 8pm'"),
    ["By when should extended access from 8am to 8pm be in place in all three Tessmoor Uplands hubs?",
     "TU2 extended access 8-8 in all 3 hubs - what's the dedline?",
     "By what date should patients in the uplands be able to see a GP in the evening at every one of the "
     "shared sites?"], "dedline")
ask("sc1-spec", MILESTONE, "month", [["Mar-17", "March 2017", "Mar 2017", "31/03/2017"]],
    slide(P["SC1"]["page"], where="Saltreach Coast grid, row SC1: 'Mar-17: service specification agreed'"),
    ["When was the service specification for the Saltreach urgent treatment centre to be agreed?",
     "SC1 UTC spec - when's it due to be agred?",
     "By when should the coast CCG have agreed what the new walk-in centre at the district hospital must "
     "provide?"], "agred")
ask("oc1-moved", MILESTONE, "moved-date", [on(30, 11, 2017, "30/11/2017")],
    cite(TRACKER, "First four neighbourhood care teams live", sheet="Tracker",
         where="tracker row: baseline 30/09/2017, Revised date 30/11/2017 (deck: Q2 2017/18)"),
    ["When are the first four Orlwick neighbourhood care teams now due to go live?",
     "when do the first 4 OC1 neighbourhood teams go live now? heard it slipt",
     "When will the first batch of joined-up local community teams in the city now start?"], "slipt",
    as_of="2017-03-10")
ask("oc1-original", MILESTONE, "original-date", [["Q2 2017/18", "Q2 17/18", "Qtr 2 2017/18", "Qtr 2 17/18",
                                                   "30/09/2017", "September 2017"]],
    slide(P["OC1"]["page"], where="Orlwick City grid, row OC1: 'Q2 2017/18: first four teams live' (before the "
          "tracker's revision)"),
    ["In the October 2016 annex, when were the first four Orlwick neighbourhood care teams due to go live?",
     "what was the orignal date in annex 2 for OC1's first 4 teams?",
     "Before the delay to hiring team leaders, when had the first city community teams been planned to start?"],
    "orignal")
ask("sc1-moved", MILESTONE, "moved-date", [on(31, 1, 2018, "31 January 2018")],
    cite(NOTE, "3.2 The urgent treatment centre", "opening of the urgent treatment centre to 31 January 2018",
         where="note 3.2: SC1 opening moved from 'by end of September 2017' (deck) to 31 January 2018"),
    ["When is the Saltreach urgent treatment centre now due to open?",
     "when does the saltreach UTC open now? the annex says sept but i heard it's been pushd back",
     "When will the coast's district hospital now get its 24-hour walk-in centre in place of the minor "
     "injuries unit?"], "pushd", as_of="2017-04-01")
ask("win-oc-q3", MILESTONE, "relative-window",
    [["First four neighbourhood care teams", "first four teams", "first 4 teams", "OC1"],
     on(30, 11, 2017, "30/11/2017"), ["Care coordination centre", "OC3"]],
    cite(TRACKER, "First four neighbourhood care teams live", "Care coordination centre live", sheet="Tracker",
         where="tracker rows OC1-OC3: OC1 revised to 30/11/2017, OC3 31/12/2017 (deck Q3 2017/18); no other OC "
               "milestone falls in Q3 2017/18"),
    ["Which Orlwick City milestones are due this quarter?",
     "what's due for OC this qtr? putting together the locality higlight report",
     "What does the city's local plan have to deliver in the current three months?"], "higlight",
    as_of="2017-10-10")
ask("win-tu-q3", MILESTONE, "relative-window",
    [["federation", "TU2"], ["community beds review", "beds review", "TU3"]],
    slide(P["TU2"]["page"], where="Tessmoor Uplands grid: TU2 'Qtr 3 16/17' and TU3 'Dec-16' are the only TU "
          "milestones in Q3 2016/17"),
    ["Which Tessmoor Uplands milestones fall due this quarter?",
     "anything due in TU this quater? need it for the healthy uplands bord",
     "What should the uplands partnership have delivered by the end of the current three months?"], "bord",
    as_of="2016-11-01")
ask("win-sc-may", MILESTONE, "relative-window",
    [["surge plan", "SC3"], ["end of May 2017", "May 2017", "31/05/2017", "31 May 2017"]],
    slide(P["SC3"]["page"], where="Saltreach Coast grid: SC3 'by end of May 2017: surge plan signed off'; no other "
          "SC milestone (tracker rows too) falls in May 2017"),
    ["What Saltreach Coast milestones are due next month?",
     "what's due for SC next month? alliance meeting agenda needs it, thx in advanse",
     "What does the coastal area have to deliver in the coming calendar month?"], "advanse",
    as_of="2017-04-12")
ask("win-sc-jan", MILESTONE, "relative-window",
    [["urgent treatment centre", "UTC", "SC1"], on(31, 1, 2018, "31 January 2018")],
    cite(NOTE, "3.2 The urgent treatment centre", "opening of the urgent treatment centre to 31 January 2018",
         where="note 3.2: SC1 opening moved to 31 January 2018; no other SC milestone falls in January 2018"),
    ["Which Saltreach Coast milestones are due next month?",
     "anything SC due nxt month? new yr planning, pls chek",
     "What is the seaside part of the plan meant to deliver in the month ahead?"], "chek", as_of="2017-12-15")
ask("note-date", MILESTONE, "meeting-date", [on(15, 3, 2017, "15 March 2017")],
    cite(NOTE, "Note of the meeting held on Wednesday 15 March 2017", where="note heading"),
    ["On what date did the Programme Delivery Board agree a new scheme owner for SC1?",
     "what date was the PDB mtg that moved the saltreach UTC? need it for the minuets",
     "When did the monthly board meet that put the coast's walk-in centre back to 2018?"], "minuets")
ask("next-meeting", MILESTONE, "meeting-date", [on(19, 4, 2017, "19 April 2017")],
    cite(NOTE, "Date of next meeting", where="note: date of next meeting"),
    ["When is the Programme Delivery Board meeting after the one of 15 March 2017?",
     "when's the PDB after the march one? need to book the rooom",
     "On what day does the monthly board meet again after its March session?"], "rooom")
ask("a2-due", MILESTONE, "action-deadline", [on(31, 3, 2017, "31/03/2017")],
    cite(NOTE, "A2   Write to NHS England", where="note action log, A2 Due column"),
    ["By when must Margery Olufemi-Hart write to NHS England about the later opening of the urgent treatment "
     "centre?",
     "A2 from the march PDB - when's margery's leter to NHSE due?",
     "By what date has the hospitals' chief executive got to tell the national body that the coast walk-in "
     "centre will be late?"], "leter")
ask("a1-who-when", MILESTONE, "action-owner-due", [["Ferraby"], on(24, 3, 2017, "24/03/2017")],
    cite(NOTE, "A1   Update the tracker", "new opening date)", where="note action log, A1 Owner and Due columns"),
    ["Who is to update the tracker and Annex 2 for SC1, and by when?",
     "who's doing action A1 (tracker update for SC1) and when by? want to check it's in hand befor friday",
     "Who has to change the record of dates for the coast walk-in centre, and what is their deadline?"],
    "befor")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (slide read by position)
# ---------------------------------------------------------------------------------------------------------------
PRI = {"P1": ["Healthier lives", "prevention", "P1"], "P2": ["Neighbourhood and primary care", "P2"],
       "P3": ["Urgent and emergency care", "P3"], "P4": ["Planned care and cancer", "P4"],
       "P5": ["Mental health and wellbeing", "P5"], "P6": ["Sustainable hospital services", "P6"],
       "P7": ["Productivity and the financial plan", "Productivity", "P7"]}


def mdx(n, *first):
    """Gold for must-do n: the slide's wording first, then bank_tools.md renderings."""
    return alts(*first, *md(n))


MDS = slide(MD_PAGE, where="must-do coverage slide: grid read by the position of the ✓ / Y marks")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")],
    MDS,
    ["Which of the nine national must-dos is not covered by any of the STP's priorities?",
     "which must do has no priority ticked against it? checking for gapps before the CRG",
     "Which national planning requirement does none of our own programmes pick up?"], "gapps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [PRI["P2"], PRI["P3"], PRI["P5"], PRI["P6"]],
    MDS,
    ["Which priorities contribute to must-do 4 (A&E and ambulance)?",
     "which priorities cover MD4? doing the 4hr recovrey plan",
     "Which of our programmes help with emergency department waits and ambulance response times?"], "recovrey")
ask("md7-cover", MUSTDO, "mustdo-coverage", [PRI["P5"]],
    MDS,
    ["Which priorities contribute to must-do 7, mental health?",
     "what priority has a tick for MD7? is it just the one? for the MH assurnce pack",
     "Which of our programmes is lined up against the national requirement on psychological therapies and "
     "early intervention?"], "assurnce")
ask("md6-cover", MUSTDO, "mustdo-coverage", [PRI["P1"], PRI["P4"]],
    MDS,
    ["Which priorities contribute to must-do 6, the cancer 62-day standard?",
     "which priorities tick MD6 cancer? cancer alliance want the mappng",
     "Which of our programmes help get people with suspected tumours diagnosed and treated within two months?"],
    "mappng")
ask("md1-cover", MUSTDO, "mustdo-coverage", [PRI["P7"]],
    MDS,
    ["Which priority is mapped to must-do 1, the STP itself?",
     "what's ticked against MD1? the Y's confuse me, finance added them i thnik",
     "Which of our programmes counts towards the national requirement simply to have an agreed local plan?"],
    "thnik")
ask("p6-mustdos", MUSTDO, "by-priority", [mdx(2, "Finance"), mdx(4, "A&E & ambulance", "A&E"),
                                          mdx(5, "RTT 18 weeks"), mdx(9, "Quality")],
    MDS,
    ["Which national must-dos does priority P6, sustainable hospital services, contribute to?",
     "P6 sustainable hospitals - which MDs does it cover? the Y columns, for the acute colaboration paper",
     "Which of the nine national requirements does the work on keeping our hospitals viable help with?"],
    "colaboration")
ask("p1-mustdos", MUSTDO, "by-priority", [mdx(2, "Finance"), mdx(6, "Cancer 62 days")],
    MDS,
    ["Which national must-dos does priority P1, healthier lives and prevention, contribute to?",
     "what MDs is P1 prevention ticked for? public helth team asked",
     "Which of the nine national requirements does our work on keeping people well in the first place count "
     "towards?"], "helth")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
FS = lambda where: slide(FIG_PAGE, where=where)  # noqa: E731
ask("population", FACT, "figure", [["618,300", "618300", "618.3 thousand", "618.3k"]],
    FS("at-a-glance slide: big number 618,300, its caption drawn separately"),
    ["What is the registered population of the Orlwick & Tessmoor footprint?",
     "what's the registered pop for O&T? need it for a bid, it's urgnt",
     "How many people are signed up with family doctors across the area the plan covers?"], "urgnt")
ask("gap", FACT, "figure", [["£163.4m", "163.4"]],
    FS("at-a-glance slide: big number £163.4m, caption 'do-nothing financial gap by 2020/21'"),
    ["What is the do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for the STP by 20/21? for a presentaion",
     "If nothing changed, how big a hole would the local health and care budget have by the end of the plan?"],
    "presentaion")
ask("beds", FACT, "figure", [["1,287", "1287"]],
    FS("at-a-glance slide: big number 1,287, caption about general and acute beds"),
    ["How many general and acute beds are there in the footprint's three acute hospitals?",
     "how many G&A beds across the 3 acutes? for the winter capcity paper",
     "How many ordinary hospital beds do our three main hospitals have between them?"], "capcity")
ask("staff", FACT, "figure", [["21,600", "21600", "21.6 thousand", "21.6k"]],
    FS("at-a-glance slide: big number 21,600, caption about people working in health and social care"),
    ["How many people work in health and social care in the footprint?",
     "how many staff in H&SC across O&T? workforce slide for the roadshw",
     "How big is the local health and care workforce, in headcount?"], "roadshw")
ask("life-gap", FACT, "figure", [["9.1 years", "9.1"]],
    FS("at-a-glance slide: big number 9.1 years, caption about male life expectancy"),
    ["What is the gap in male life expectancy between the most and least deprived wards?",
     "LE gap for men between richest and poorest wards? public health want it for the anual report",
     "How much longer do men live in our best-off neighbourhoods than in the worst-off ones?"], "anual")
ask("quorum", FACT, "quorum", [["seven", "7"]],
    cite(TOR, "4.1 The Board is quorate", where="ToR 4.1"),
    ["What is the quorum for the Programme Delivery Board?",
     "how many members make PDB quorate? only 6 confrmed for next week",
     "How many people have to be in the room for the monthly delivery board's decisions to count?"], "confrmed")
ask("meeting-rule", FACT, "meeting-rule", [["third Wednesday", "3rd Wednesday"]],
    cite(TOR, "3.1 The Board meets", where="ToR 3.1"),
    ["When does the Programme Delivery Board meet?",
     "when does PDB meet, which day of the month? setting up recuring invites",
     "On which day each month does the board overseeing the three local plans get together?"], "recuring")
ask("oc1-reason", FACT, "reason", [["team leader"], ["recruit"]],
    cite(TRACKER, "First four neighbourhood care teams live", sheet="Tracker", where="tracker row, Comment column"),
    ["Why was the go-live of the first four Orlwick neighbourhood care teams revised?",
     "why did the OC1 first 4 teams date slip to nov? the comment colum is cut off on my screen",
     "What held up the start of the first joined-up community teams in the city?"], "colum")
ask("tu2-rag", FACT, "status", [["Amber"]],
    cite(TRACKER, "Shared back office live", sheet="Tracker", where="tracker row TU2 'Shared back office live', RAG"),
    ["What is the RAG status of the TU2 shared back office milestone in the tracker?",
     "RAG on the TU2 shared back ofice? green still?",
     "How is the GP federation's joint admin function rated for delivery risk in the February position?"],
    "ofice")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("clinical lead for the digital", "clinical lead for digital", "digital clinical lead",
       "clinical lead of the digital")
ask("nm-digital-cl", NONE, "near-miss", [],
    cite(TOR, "Sanjay Whitlow, Chief Information Officer", where="ToR 6.1: the digital workstream has a lead, no "
         "clinical lead"),
    ["Who is the clinical lead for the digital workstream?",
     "who's the clin lead for digital / the care record? sanjay is the CIO so not him i asume",
     "Which doctor advises the project to give every organisation in the area one shared patient record?"], "asume")
absent("capital", "capital cost", "£m capital", "cost of the urgent", "build cost")
ask("nm-utc-capital", NONE, "near-miss", [],
    slide(P["SC1"]["page"], where="Saltreach Coast grid, row SC1: milestones but no cost"),
    ["What is the capital cost of the Saltreach urgent treatment centre?",
     "how much capital for the saltreach UTC build? estates want a figuer",
     "How much money is being spent on building works for the coast's new walk-in centre?"], "figuer")
absent("closing date", "consultation closes", "consultation will close", "consultation ends", "close on")
ask("nm-tu1-close", NONE, "near-miss", [],
    slide(P["TU1"]["page"], where="Tessmoor Uplands grid, row TU1: consultation 'time frame as yet unknown'"),
    ["When does the public consultation on emergency surgery at Tessmoor General close?",
     "closing date for the TU1 surgery consultation? comms want to plan a final pussh",
     "What is the last day people can give their views on the single-site operations plan in the uplands?"],
    "pussh")
absent("for dr teodor blakesley", "blakesley's deputy", "deputy for dr teodor", "deputises for dr teodor",
       "(for dr teodor blakesley)")
ask("nm-tb-deputy", NONE, "near-miss", [],
    cite(TOR, "5.2 Members are expected", where="ToR 5.2 names deputies for three members only"),
    ["Who is the nominated deputy for Dr Teodor Blakesley on the Programme Delivery Board?",
     "who deputises for teodor at PDB? he's away for the april mtg, who shoud we expect",
     "If the uplands CCG's clinical chair can't attend the board, who votes in his place?"], "shoud")
assert not re.search(r"\b\d[\d,]* (gp )?practices\b", EVERYTHING)
absent("practices in the footprint", "number of practices", "gp practices across")
ask("nm-practices", NONE, "near-miss", [],
    FS("at-a-glance slide: people registered with a GP, but no count of practices"),
    ["How many GP practices are there in the Orlwick & Tessmoor footprint?",
     "how many GP practises in O&T?",
     "How many family doctor surgeries does the area covered by the plan have?"], "practises")
absent("tcp lead", "leads the transforming care", "transforming care partnership lead", "chair of the transforming",
       "transforming care partnership is led", "learning disabilities lead", "lead for learning disabilities")
ask("nm-tcp-lead", NONE, "near-miss", [],
    slide(MD_PAGE, where="must-do slide: learning disabilities referred to the Transforming Care Partnership plan, "
          "nobody named"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP for LD? our LD nurses want a named persn",
     "Who is in charge of the local programme for people with learning disabilities and autism?"], "persn")
absent("miu closes", "unit closes", "open until", "end of the season", "season ends", "closes for the",
       "close for the")
ask("nm-miu-close", NONE, "near-miss", [],
    slide(P["SC3"]["page"], where="Saltreach Coast grid, row SC3: opening Jul-17, no closing date"),
    ["When does the summer minor injuries unit at Saltby Bay close for the season?",
     "when does the saltby bay summer MIU shut? planning autum rotas",
     "Until when will the seasonal injuries service at the bay stay open for holidaymakers?"], "autum")
assert not re.search(r"\b\d+ (community )?beds at (kelderby|askwith)", EVERYTHING)
absent("beds will remain", "beds will stay", "community beds will", "beds after the review")
ask("nm-kelderby-beds", NONE, "near-miss", [],
    slide(P["TU3"]["page"], where="Tessmoor Uplands grid, row TU3: a beds review, no bed numbers"),
    ["How many community beds will Kelderby community hospital keep after the beds review?",
     "how many beds does kelderby comm hospital keep after the TU3 reveiw?",
     "After the look at the uplands' small local hospitals, how many inpatient places will the Kelderby one "
     "have?"], "reveiw")

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
assert len(unanswerable) == 8, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|this quater|overdue|currently|"
                        r"at present|now|atm|at the moment)\b", item["question"].lower())
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
