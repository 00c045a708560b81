"""Write questions.jsonl for the Draymere & Ostleigh STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows of a named sheet, text lines); every string of the first (and only) gold group must be in that
window. Facts that need a step of reasoning are worked out again here from the generated files, not copied from
make_papers.py:
  - the Annex A directory (two newspaper columns) and the initiatives-by-place table are read back by text position
    (pypdf's visitor): column edges from the header runs, cells from line gaps, the place of a lead or a go-live only
    from the spanning place heading above its column;
  - the savings table is parsed from the page text and re-added against its Total row and column;
  - the January action log (PDF) is joined to the March "Matters arising" rows (Word) by action number;
  - the March minutes' correction, SRO handover and filled vacancy are parsed and applied at each question's as_of;
  - the deck's hidden slide is checked to be hidden and to differ from the current leadership slide; the calendar
    tiles are paired month / day / label;
  - the tracker's newest tab is found from the tab names (and must be the first after "Read me", as its Read me
    says); changes between tabs are checked; every forecast is parsed to a period and each relative window is
    asserted to hold exactly the gold milestones of its programme, with nothing only partly inside;
  - the must-do sheet is read as booleans and coverage, leads and the gap are asserted.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must occur
once, be no word of any paper and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import norm  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
ANNEX = "01_DO_STP_Annex_A_Delivery_Plan_v1.3_18Nov2016.pdf"
JAN = "02_DO_STP_Programme_Board_Minutes_19Jan2017_DRAFT.pdf"
DECK = "03_DO_STP_Partnership_Board_Update_21Feb2017.pptx"
MAR = "04_DO_STP_Programme_Board_Minutes_16Mar2017.docx"
TRACKER = "05_DO_STP_PMO_Milestone_Tracker_Mar2017.xlsx"
FOI = "06_DO_STP_FOI_Response_FOI-17-0418_12Jun2017.txt"

U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([ANNEX, JAN, DECK, MAR, TRACKER, FOI]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def fail(msg):
    raise SystemExit(f"CHECK FAILED: {msg}")


def check(cond, msg):
    if not cond:
        fail(msg)


# ---------------------------------------------------------------------------------------------------------------
# Citing
# ---------------------------------------------------------------------------------------------------------------
def window(file, first, last=None, sheet=None):
    last = last or first
    keys = [f"{sheet}!{n}" if sheet else n for n in range(first, last + 1)]
    text = norm("\n".join(U[file].get(k, "") for k in keys))
    source = {"file": file, "lines": [first, last]}
    if sheet:
        source["sheet"] = sheet
    return source, text


def cite(file, anchor, until=None, sheet=None):
    source, text = bank_tools.cite(U, file, anchor, until, sheet)
    source.pop("where", None)
    return source, text


def page_of(file, anchor):
    hits = [k for k, v in U[file].items() if norm(anchor) in norm(v)]
    check(hits, f"{anchor!r} not in {file}")
    return hits[0]


def absent(*phrases):
    for phrase in phrases:
        check(not re.search(phrase, EVERYTHING), f"{phrase!r} is in the papers")


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing.

    gold is the strings that must all appear in an answer; each is its own answer_any group, since the scorer
    requires every group and takes any one string of a group; every string must be in the cited window."""
    if cited:
        source, text = cited
    else:
        source, text = {"file": None, "lines": None}, ""
    check((kind == NONE) == (not gold), f"{fid}: kind and gold disagree")
    for g in gold:
        check(norm(g) in text, f"{fid}: {g!r} not in {source['file']} {source['lines']}")
    check(len(questions) == 3 and len(set(questions)) == 3, f"{fid}: three distinct phrasings")
    formal, chat, indirect = questions
    tokens = re.findall(r"[a-z0-9']+", chat.lower())
    check(tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing")
    check(typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use")
    check(typo not in re.findall(r"[a-z0-9']+", (formal + " " + indirect).lower()), f"{fid}: typo outside chat")
    check(fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice")
    check(not re.search(r"\b[A-Z][a-z]", chat), f"{fid}: chat phrasing not in lower case: {chat}")
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ao-{fid}-{phrasing}", "kind": kind, "question": question,
                      "answer_any": [[g] for g in gold], "source": source,
                      "as_of": as_of.isoformat() if as_of else None, "expect_no_answer": kind == NONE,
                      "fact": f"ao-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations: Annex A by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((round(tm[4] * cm[0] + cm[4], 1), round(tm[5] * cm[3] + cm[5], 1), text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def cells(rs, x_lo, x_hi, y_top, y_bottom, gap=12.5):
    """Group the runs of one column into cells by vertical gaps: [(top y, text)]."""
    col = sorted((r for r in rs if x_lo - 1 <= r[0] < x_hi - 1 and y_bottom < r[1] <= y_top),
                 key=lambda r: (-r[1], r[0]))
    out = []
    for x, y, t in col:
        if out and out[-1][2] - y < gap:
            out[-1] = (out[-1][0], out[-1][1] + " " + t, y)
        else:
            out.append((y, t, y))
    return [(top, text) for top, text, _ in out]


def directory():
    """{role: name} from the Who's who table, which runs from the left column into the right one."""
    pg = page_of(ANNEX, "Table 1: Who")
    rs = runs(ANNEX, pg)
    heads = sorted((x, y) for x, y, t in rs if t in ("Role", "Name"))
    check(len(heads) == 4, f"directory header printed twice (left and right column): {heads}")
    role_l, name_l, role_r, name_r = [h[0] for h in heads]
    head_y = heads[0][1]
    out, sections = {}, []
    for r_x, n_x, hi in ((role_l, name_l, role_r), (role_r, name_r, 10 ** 4)):
        roles = cells(rs, r_x, n_x, head_y - 1, 40)
        names = dict(cells(rs, n_x, hi, head_y - 1, 40))
        for top, role in roles:
            if top in names:
                out[role] = names[top]
            else:
                sections.append(role)
    check(sections == ["Partnership and programme governance", "Programmes", "Enablers", "Places"], sections)
    return pg, out


DIR_PAGE, DIRECTORY = directory()
check(DIRECTORY["Independent Chair, STP Partnership Board"] == "Professor Annelise Thorncroft", DIRECTORY)
check(DIRECTORY["SRO, P1 Healthier Lives"].startswith("Dr Maren Quilliam"), "P1 SRO")
check(DIRECTORY["Clinical lead, P5 Mental Health & Learning Disabilities"] == "Dr Ezra Mountjoy", "P5 CL")
check(DIRECTORY["SRO, P3 Urgent & Emergency Care"].startswith("Alastair Pennock"), "P3 SRO in Annex A")
check(DIRECTORY["SRO, P4 Planned Care & Diagnostics"].startswith("Cressida Vantongeren"), "P4 SRO")
check(DIRECTORY["Lead, E3 Estates"] == "tbc", "Estates tbc")
CLINICAL_LEADS = [v for k, v in DIRECTORY.items() if k.startswith("Clinical lead, P")]
check(len(CLINICAL_LEADS) == 6, CLINICAL_LEADS)
check(not any(k.startswith("Clinical lead, E") for k in DIRECTORY), "no enabler has a clinical lead")
# the directory breaks between the two columns: the right column starts again under a repeated header
check(U[ANNEX][DIR_PAGE].count("\nRole\nName\n") == 2, "repeated directory header")


def initiative_table():
    """{ref: {"Draymere": (lead, go-live), "Ostleigh & Fellbrook": (...), "fw": text}} by text position."""
    table = {}
    for pg in sorted(U[ANNEX]):
        rs = runs(ANNEX, pg)
        head = [r for r in rs if r[2] in ("Ref", "Initiative", "Lead", "Go-live")]
        if len(head) != 6:
            continue
        xs = sorted(x for x, y, t in head)
        head_y = head[0][1]
        places = {t: x for x, y, t in rs if t in ("Draymere", "Ostleigh & Fellbrook") and y > head_y}
        check(len(places) == 2, f"place headings on page {pg}")
        lead1, go1, lead2, go2 = xs[2:]
        check(lead1 < places["Draymere"] < lead2 < places["Ostleigh & Fellbrook"], "place headings over columns")
        starts = sorted(((y, t) for x, y, t in rs if x < xs[1] - 2 and y < head_y - 2
                         and re.match(r"P\d(\.\d| [A-Z])", t)), reverse=True)
        for i, (y, t) in enumerate(starts):
            if not re.fullmatch(r"P\d\.\d", t):
                continue
            lower = starts[i + 1][0] if i + 1 < len(starts) else 40
            col = lambda a, b: " ".join(c for _, c in cells(rs, a, b, y + 1, lower))  # noqa: E731
            right = col(lead1, 10 ** 4)
            if right.startswith("Footprint-wide"):
                table[t] = {"fw": " ".join(tt for x, yy, tt in sorted(rs, key=lambda r: (-r[1], r[0]))
                                           if x >= lead1 - 1 and lower < yy <= y + 1)}
            else:
                table[t] = {"Draymere": (col(lead1, go1), col(go1, lead2)),
                            "Ostleigh & Fellbrook": (col(lead2, go2), col(go2, 10 ** 4))}
            table[t]["page"] = pg
    return table


INIT = initiative_table()
check(len(INIT) == 17, sorted(INIT))
check(INIT["P1.1"]["Ostleigh & Fellbrook"] == ("Sunniva Marchant", "Q3 2017/18"), INIT["P1.1"])
check(INIT["P2.2"]["Draymere"] == ("Dr Farah Quennell", "01/10/2017"), INIT["P2.2"])
check(INIT["P2.2"]["Ostleigh & Fellbrook"] == ("Dr Gethin Mowbray", "31/03/2018"), INIT["P2.2"])
check(INIT["P3.1"]["Ostleigh & Fellbrook"] == ("Kieran Battersby", "Winter 2017/18"), INIT["P3.1"])
check(INIT["P3.1"]["Draymere"] == ("n/a", "n/a"), INIT["P3.1"])
check(INIT["P5.3"]["fw"].endswith("Go-live: time frame as yet unknown"), INIT["P5.3"])
check("end of March 2018" in INIT["P1.2"]["fw"], INIT["P1.2"])
check(INIT["P2.1"]["Draymere"][1].startswith("Wave 1: April 2017 [2]"), INIT["P2.1"])
check(INIT["P6.2"]["page"] == INIT["P6.1"]["page"] + 1, "table runs over a page")
NOTES_PAGE = page_of(ANNEX, "Wave 1 is three hubs")
check(NOTES_PAGE == max(U[ANNEX]), "endnotes on the last page")


def savings():
    pg = page_of(ANNEX, "Table 3: Programme savings")
    lines = U[ANNEX][pg].splitlines()
    start = lines.index("Table 3: Programme savings, £m")
    check([x.strip() for x in lines[start + 1:start + 8]] == ["Programme"] + [f"20{y}/{y + 1}" for y in range(16, 21)]
          + ["Total"],
          lines[start:start + 8])
    i, out = start + 8, {}
    while i < len(lines):
        m = re.match(r"(P\d) (.+)|(Total)$", lines[i])
        if m and not re.fullmatch(r"[\d.]+", lines[i]):
            name, j = lines[i], i + 1
            while not re.fullmatch(r"[\d.]+", lines[j]):
                name, j = name + " " + lines[j], j + 1
            out[m.group(1) or "Total"] = (name, [float(v) for v in lines[j:j + 6]])
            i = j + 6
            if not m.group(1):
                break
        else:
            i += 1
    return pg, out


FIN_PAGE, FIN = savings()
check(len(FIN) == 7, FIN)
PROGS = [f"P{n}" for n in range(1, 7)]
for code, (name, vals) in FIN.items():
    check(round(sum(vals[:5]), 1) == vals[5], f"row total {code}")
for j in range(6):
    check(round(sum(FIN[c][1][j] for c in PROGS), 1) == FIN["Total"][1][j], f"column total {j}")
LARGEST = max(PROGS, key=lambda c: FIN[c][1][5])
check(FIN[LARGEST][0] == "P6 Hospital Services Together", FIN[LARGEST])
P6_TOTAL = f"{FIN['P6'][1][5]:.1f}"
GAP_TEXT = U[ANNEX][FIN_PAGE]
m = re.search(r"gap of £([\d.]+)m is closed by programme savings of £([\d.]+)m, provider efficiencies (CIP) of "
              r"£([\d.]+)m and Sustainability and Transformation Funding of £([\d.]+)m".replace(" ", r"\s+")
              .replace("(CIP)", r"\(CIP\)"), GAP_TEXT)
check(m, "bridge sentence")
check(round(float(m.group(2)) + float(m.group(3)) + float(m.group(4)), 1) == float(m.group(1)), "bridge adds up")
check(float(m.group(2)) == FIN["Total"][1][4], "bridge uses the 2020/21 total")

# ---------------------------------------------------------------------------------------------------------------
# The January action log joined to the March matters arising; the March changes
# ---------------------------------------------------------------------------------------------------------------
JAN_LOG_PAGE = page_of(JAN, "Action log")
jan_lines = U[JAN][JAN_LOG_PAGE].splitlines()
ACTIONS = {}
for i, line in enumerate(jan_lines):
    if re.fullmatch(r"A17-\d\d", line):
        j = i + 2
        text = []
        while not re.match(r"(Dr |Mr )?[A-Z][a-z]+ [A-Z][A-Za-z\-]+$", jan_lines[j]):
            text.append(jan_lines[j])
            j += 1
        ACTIONS[line] = {"minute": jan_lines[i + 1], "action": " ".join(text), "owner": jan_lines[j],
                         "due": jan_lines[j + 1]}
check(len(ACTIONS) == 7, ACTIONS)
check(ACTIONS["A17-04"]["action"] == "Produce the STP workforce plan" and ACTIONS["A17-04"]["owner"] ==
      "Linnea Harcourt", ACTIONS["A17-04"])
check("ophthalmology" in ACTIONS["A17-05"]["action"], ACTIONS["A17-05"])
MATTERS = {v.split(" | ")[0]: (k, v) for k, v in U[MAR].items() if re.match(r"A17-0[1-7] \| ", v)}
check(sorted(MATTERS) == sorted(ACTIONS), "every January action has a matters-arising row")
for a, (k, v) in MATTERS.items():
    check("workforce" not in v.lower() and "ophthalmology" not in v.lower(),
          f"matters arising row {a} names only the number, not the subject")
check("24 February 2017" in MATTERS["A17-04"][1] and "Q2 2017/18" in MATTERS["A17-05"][1], "updates")

CORR = [k for k, v in U[MAR].items() if "should read" in v][0]
m = re.search(r"minute (PB/\d\d/\d\d) the go-live date of the Draymere wave 1 hubs should read (\d+ \w+ \d{4}), "
              r"not (\d+ \w+ \d{4})", U[MAR][CORR])
check(m, "correction sentence")
check(m.group(3) in U[JAN][page_of(JAN, m.group(1) + "  P2")], "the corrected date is in the January minute")
check(datetime.strptime(m.group(3), "%d %B %Y").weekday() == 5, "1 April 2017 is a Saturday")
WAVE1_NOW, WAVE1_WAS = m.group(2), m.group(3)

SRO_BLOCK = page_of(MAR, "will be SRO for Urgent & Emergency Care from")
m = re.search(r"remains SRO for Urgent & Emergency Care until (\d+ \w+ \d{4})\. The Board agreed that (\w+ \w+) will "
              r"be SRO for Urgent & Emergency Care from (\d+ \w+ \d{4})", U[MAR][SRO_BLOCK])
check(m, "SRO handover")
UEC_UNTIL = datetime.strptime(m.group(1), "%d %B %Y").date()
UEC_NEW, UEC_FROM = m.group(2), datetime.strptime(m.group(3), "%d %B %Y").date()
OLD_SRO = DIRECTORY["SRO, P3 Urgent & Emergency Care"].split(" (")[0]


def uec_sro(on):
    return UEC_NEW if on >= UEC_FROM else OLD_SRO


check(uec_sro(date(2017, 6, 1)) == "Yvette Samarasinghe" and uec_sro(date(2017, 3, 1)) == "Alastair Pennock", "SRO")
check(UEC_UNTIL.toordinal() + 1 == UEC_FROM.toordinal(), "no gap in the handover")

EST_BLOCK = page_of(MAR, "will be Estates lead from")
m = re.search(r"(\w+ [\w\-]+), Director of Estates .* will be Estates lead from (\d+ \w+ \d{4})", U[MAR][EST_BLOCK])
check(m and m.group(1) == "Gwilym Pryce-Adair", "Estates lead")
EST_FROM = datetime.strptime(m.group(2), "%d %B %Y").date()
UTC_BLOCK = page_of(MAR, "so the opening moves from")
check("moves from 1 December 2017 to 31 January 2018" in U[MAR][UTC_BLOCK], "UTC move")
check("opening remains 1 December 2017" in U[JAN][1], "January had 1 December")

# ---------------------------------------------------------------------------------------------------------------
# The deck: the hidden superseded slide and the calendar tiles
# ---------------------------------------------------------------------------------------------------------------
from pptx import Presentation  # noqa: E402

PRS = Presentation(str(PAPERS / DECK))
HIDDEN = [i for i, s in enumerate(PRS.slides, 1) if s._element.get("show") == "0"]
check(HIDDEN == [2], f"hidden slides {HIDDEN}")
check("SUPERSEDED" in U[DECK][2] and "P4 Planned Care & Diagnostics | Martin Oyelaran" in U[DECK][2], "old P4")
check("P4 Planned Care & Diagnostics | Cressida Vantongeren" in U[DECK][3], "current P4")
check("E1 Digital | Kwame Ashdown | -" in U[DECK][3], "digital has no clinical lead")
TILE_SLIDE = page_of(DECK, "Key dates in 2017")
tl = U[DECK][TILE_SLIDE].splitlines()[1:]
TILES = [(tl[i], tl[i + 1], tl[i + 2]) for i in range(0, len(tl), 3)]
check(all(re.fullmatch(r"[A-Z]{3}", a) and re.fullmatch(r"\d\d", b) for a, b, _ in TILES), TILES)
check([(a, b) for a, b, c in TILES if c == "Next Partnership Board"] == [("APR", "18")], TILES)
check([(a, b) for a, b, c in TILES if c.startswith("Draymere wave 1")] == [("APR", "01")], "deck shows the old date")

# ---------------------------------------------------------------------------------------------------------------
# The tracker: newest snapshot tab, changes between tabs, periods and relative windows
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(str(PAPERS / TRACKER))
SNAPS = [n for n in WB.sheetnames if re.fullmatch(r"[A-Z][a-z]{2}-\d\d", n)]
NEWEST = max(SNAPS, key=lambda n: datetime.strptime(n, "%b-%y"))
check(WB.sheetnames[0] == "Read me" and WB.sheetnames[1] == NEWEST, WB.sheetnames)
check("newest first" in U[TRACKER]["Read me!2"] and "current position" in U[TRACKER]["Read me!4"], "read me")


def tab_rows(name):
    ws = WB[name]
    out = {}
    for r in range(4, ws.max_row + 1):
        vals = [ws.cell(row=r, column=c).value for c in range(1, 9)]
        if vals[0]:
            out[(vals[0], vals[1], vals[2])] = {"row": r, "owner": vals[3], "baseline": vals[4],
                                                "forecast": vals[5], "rag": vals[6], "comment": vals[7]}
    return out


TABS = {n: tab_rows(n) for n in SNAPS}
NOW = TABS[NEWEST]
UTC_KEY = ("P3.1", "Ostleigh & Fellbrook", "Urgent treatment centre opens")
EA_KEY = ("P2.2", "Ostleigh & Fellbrook", "Extended access live in all practices")
PATH_KEY = ("P6.2", "Both", "Shared pathology FBC approved")
W1_KEY = ("P2.1", "Draymere", "Wave 1 hubs live (3 hubs)")
check(TABS["Jan-17"][UTC_KEY]["forecast"].date() == date(2017, 12, 1)
      and NOW[UTC_KEY]["forecast"].date() == date(2018, 1, 31) and NOW[UTC_KEY]["rag"] == "Red", "UTC slip")
check(TABS["Jan-17"][EA_KEY]["forecast"].date() == date(2018, 3, 31)
      and TABS["Feb-17"][EA_KEY]["forecast"].date() == date(2017, 9, 30) == NOW[EA_KEY]["forecast"].date(), "EA")
check(TABS["Feb-17"][PATH_KEY]["forecast"] == "Mar-17" and NOW[PATH_KEY]["forecast"].date() == date(2017, 5, 31),
      "pathology")
check(NOW[W1_KEY]["forecast"].strftime("%-d %B %Y") == WAVE1_NOW, "tracker carries the corrected date")

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(value):
    """(start, end) ordinals of a tracker date, or None for an unknown one."""
    if isinstance(value, datetime):
        d = value.date().toordinal()
        return d, d
    t = value.strip().lower()
    if t in ("tbc", "time frame as yet unknown"):
        return None
    if m := re.fullmatch(r"by (\d\d)/(\d\d)/(\d{4})", t):
        d = date(int(m[3]), int(m[2]), int(m[1])).toordinal()
        return d, d
    if m := re.fullmatch(r"(?:q|qtr )(\d) (\d\d|\d{4})/\d\d", t):
        y = int(m[2]) if len(m[2]) == 4 else 2000 + int(m[2])
        q = int(m[1])
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)
    if m := re.fullmatch(r"(?:end of )?([a-z]+) (\d{4})", t):
        if m[1] in MONTHS:
            return date(int(m[2]), MONTHS[m[1]], 1).toordinal(), month_end(int(m[2]), MONTHS[m[1]])
    if m := re.fullmatch(r"([a-z]{3})-(\d\d)", t):
        mo = [v for k, v in MONTHS.items() if k.startswith(m[1])][0]
        return date(2000 + int(m[2]), mo, 1).toordinal(), month_end(2000 + int(m[2]), mo)
    if m := re.fullmatch(r"winter (\d{4})/\d\d", t):
        return date(int(m[1]), 12, 1).toordinal(), month_end(int(m[1]) + 1, 2)
    if m := re.fullmatch(r"summer (\d{4})", t):
        return date(int(m[1]), 6, 1).toordinal(), month_end(int(m[1]), 8)
    fail(f"unparsed date {value!r}")


def next_month(d):
    y, m = d.year + (d.month == 12), d.month % 12 + 1
    return date(y, m, 1), date.fromordinal(month_end(y, m))


def nhs_quarter(d, shift=0):
    q0 = ((d.month - 4) % 12) // 3  # 0 = Apr-Jun
    fy = d.year - (d.month < 4)
    k = q0 + shift
    fy, q0 = fy + k // 4, k % 4
    sm, sy = [4, 7, 10, 1][q0], fy + (q0 == 3)
    return date(sy, sm, 1), date.fromordinal(month_end(sy, sm + 2))


def due_in(prog, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = [], []
    for key, r in NOW.items():
        if not key[0].startswith(prog + ".") or r["rag"] == "Complete":
            continue
        per = period(r["forecast"])
        if per is None:
            continue
        if s <= per[0] and per[1] <= e:
            inside.append(key)
        elif per[0] <= e and per[1] >= s:
            partial.append(key)
    return sorted(inside, key=lambda k: NOW[k]["row"]), partial


for key, r in NOW.items():  # every forecast and baseline in the newest tab parses
    period(r["forecast"])
    period(r["baseline"])


def rw(prog, as_of, span, expect):
    start, end = {"next month": lambda: next_month(as_of), "this quarter": lambda: nhs_quarter(as_of),
                  "next quarter": lambda: nhs_quarter(as_of, 1)}[span]()
    inside, partial = due_in(prog, start, end)
    check([k[2] for k in inside] == expect and not partial, f"{prog} {span} {as_of}: {inside} / {partial}")
    rows = [NOW[k]["row"] for k in inside]
    check(rows == list(range(rows[0], rows[-1] + 1)), "window rows are contiguous")
    return window(TRACKER, rows[0], rows[-1], NEWEST)


# ---------------------------------------------------------------------------------------------------------------
# The must-do sheet, as booleans
# ---------------------------------------------------------------------------------------------------------------
MD = WB["Must-dos"]
MD_HEAD = [MD.cell(row=3, column=c).value for c in range(1, 11)]
check(MD_HEAD[0] == "No." and MD_HEAD[8] == "Lead programme", MD_HEAD)
PROG_NAME = {h.split(" ", 1)[0]: h.split(" ", 1)[1] for h in MD_HEAD[2:8]}
# gold names: the part of each heading an answer is sure to keep ("&" may become "and", "Diagnostics" may be dropped)
SHORT = {"P1": "Healthier Lives", "P2": "Care Closer to Home", "P3": "Emergency Care", "P4": "Planned Care",
         "P5": "Mental Health", "P6": "Hospital Services Together"}
check(all(SHORT[c] in PROG_NAME[c] for c in PROGS), "short names are in the headings")
MDX, MD_ROW = {}, {}
for r in range(4, 13):
    n = MD.cell(row=r, column=1).value
    marks = [MD.cell(row=r, column=c).value for c in range(3, 9)]
    check(all(isinstance(v, bool) for v in marks), f"must-do {n} marks are booleans")
    MDX[n] = {"covered": [PROGS[j] for j, v in enumerate(marks) if v], "lead": MD.cell(row=r, column=9).value,
              "note": MD.cell(row=r, column=10).value or ""}
    MD_ROW[n] = r
check(sorted(MDX) == list(range(1, 10)), MDX)
check([n for n in MDX if not MDX[n]["covered"]] == [6], "must-do 6 is the only gap")
check(MDX[1]["covered"] == PROGS, "must-do 1 everywhere")
check(MDX[4]["covered"] == ["P2", "P3", "P5"] and MDX[4]["lead"] == "P3", MDX[4])
check(MDX[5]["lead"] == "P4" and PROG_NAME["P4"] == "Planned Care & Diagnostics", MDX[5])
check(MDX[2]["lead"] == "P6" and PROG_NAME["P6"] == "Hospital Services Together", MDX[2])
check(MDX[9]["covered"] == ["P3", "P4", "P6"], MDX[9])
check([n for n in MDX if "P5" in MDX[n]["covered"]] == [1, 4, 7, 8], "P5 must-dos")
check("North Vale Cancer Alliance" in MDX[6]["note"], MDX[6])


def md_rows(first, last):
    return window(TRACKER, first, last, "Must-dos")


# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
DIR_CITE = window(ANNEX, DIR_PAGE)
ask("own-p1-sro", OWNER, "role-holder", ["Quilliam"], DIR_CITE,
    ["Who is the Senior Responsible Owner for the Healthier Lives programme?",
     "who's the SRO for healthier lives (P1)? got a paper for them to sgin off",
     "Which senior figure is ultimately accountable for the work on keeping people well and stopping illness before it "
     "starts?"], "sgin")
ask("own-p5-cl", OWNER, "role-holder", ["Mountjoy"], DIR_CITE,
    ["Who is the clinical lead for the Mental Health & Learning Disabilities programme?",
     "who's clin lead for MH & LD (P5)? want to get them to our team meeeting",
     "Which doctor steers the clinical side of the work on psychiatric care and support for people with intellectual "
     "impairments?"],
    "meeeting")
check(uec_sro(date(2017, 6, 1)) == "Yvette Samarasinghe", "as_of 2017-06-01")
ask("own-uec-sro-now", OWNER, "changed-owner", ["Samarasinghe"], window(MAR, SRO_BLOCK),
    ["Who is the SRO for the Urgent & Emergency Care programme now?",
     "who's SRO for UEC at the mo? heard alastair retired, who took ovr",
     "Since the spring handover, who is accountable for the casualty and same-day care work across the footprint?"],
    "ovr", as_of=date(2017, 6, 1))
check(uec_sro(date(2017, 3, 1)) == "Alastair Pennock", "as_of 2017-03-01")
ask("own-uec-sro-before", OWNER, "changed-owner-before", ["Pennock"], window(MAR, SRO_BLOCK),
    ["Who is the SRO for Urgent & Emergency Care at present?",
     "who's the UEC SRO right now? need a sign off befor the board",
     "Who is accountable today for the programme that covers casualty and the new walk-in centre?"],
    "befor", as_of=date(2017, 3, 1))
ask("own-p4-sro-oct", OWNER, "superseded-slide", ["Oyelaran"], window(DECK, 2),
    ["Who was the SRO for Planned Care & Diagnostics in the October 2016 version of the leadership table?",
     "who was planned care SRO back in oct 16, before cressida? the old slide had someone elese",
     "Before Cressida Vantongeren took it on, who was accountable for the programme covering routine operations and "
     "tests?"],
    "elese")
ask("own-ndpp-ost", OWNER, "place-column-lead", ["Marchant"], window(ANNEX, INIT["P1.1"]["page"]),
    ["Who leads the National Diabetes Prevention Programme in Ostleigh & Fellbrook?",
     "who's running the NDPP in ostleigh? want to refer some pts, who do i cotnact",
     "In Ostleigh & Fellbrook, who leads the scheme that stops people with raised blood sugar going on to develop "
     "the full condition?"], "cotnact")
ask("own-ea-dray", OWNER, "place-column-lead", ["Quennell"], window(ANNEX, INIT["P2.2"]["page"]),
    ["Who leads extended GP access in Draymere?",
     "who's the lead for extended access in draymere? evenings + wkends, need the nmae",
     "Who is making it possible for Draymere patients to see their family doctor after work and on Saturdays?"], "nmae")
check(EST_FROM == date(2017, 5, 1), EST_FROM)
ask("own-estates-now", OWNER, "filled-vacancy", ["Pryce-Adair"], window(MAR, EST_BLOCK),
    ["Who is the Estates lead for the STP now?",
     "who's the estates lead now? it was tbc for ages, has anyone been apointed",
     "Who looks after buildings and premises for the partnership these days?"], "apointed", as_of=date(2017, 5, 15))
ask("own-chair", OWNER, "governance", ["Thorncroft"], DIR_CITE,
    ["Who is the Independent Chair of the STP Partnership Board?",
     "who chairs the partnership board? the indpendent one",
     "Who presides over the top-level meeting of all the partner organisations?"], "indpendent")
check(ACTIONS["A17-04"]["owner"] == "Linnea Harcourt", "workforce action owner")
ask("own-workforce-action", OWNER, "action-owner", ["Harcourt"], window(JAN, JAN_LOG_PAGE),
    ["Who was given the action to produce the STP workforce plan at the January 2017 Programme Board?",
     "who had the action for the workforce plan from the jan PB? want a copy of the drfat",
     "At the January meeting, whose job was it to write up how many staff the plan will need?"], "drfat")
CL_SURNAMES = ["Tellwright", "Idowu-Barnes", "Ferrier", "Barraclough", "Mountjoy", "Raistrick"]
check([c.split()[-1] for c in CLINICAL_LEADS] == CL_SURNAMES, CLINICAL_LEADS)
ask("own-cl-list", OWNER, "list", CL_SURNAMES, DIR_CITE,
    ["List the clinical leads of the six programmes.",
     "can i get a list of all 6 programme clin leads? for the CRG invite lsit",
     "Which doctors and surgeons give the clinical steer to each of the plan's six workstreams?"], "lsit")
check(DIRECTORY["SRO, P4 Planned Care & Diagnostics"].startswith("Cressida Vantongeren"), "Vantongeren's role")
ask("own-role-vantongeren", OWNER, "role-of-person", ["SRO", "Planned Care"], DIR_CITE,
    ["What role does Cressida Vantongeren hold in the STP?",
     "what does cressida vantongeren do in the STP? she's on the invite but not sure what her rloe is",
     "What is Cressida Vantongeren responsible for in the partnership's plan?"], "rloe")
ask("own-foi-signatory", OWNER, "signatory", ["Kettleby"], cite(FOI, "Marisa Kettleby", "Information Governance M"),
    ["Who signed the Freedom of Information response about the STP?",
     "who signed off the FOI reply re the STP? need to chase a folow up",
     "Who wrote back to the member of the public who asked about the plan under the transparency law?"], "folow")
ask("own-presenter", OWNER, "presenter", ["Achterberg"], window(DECK, 1),
    ["Who presented the Partnership Board update of 21 February 2017?",
     "who presented the feb partnership board update? missed it, want to aks some questions",
     "Who took the partners through the February progress slides?"], "aks")
ask("own-utc-lead", OWNER, "initiative-lead", ["Battersby"], window(ANNEX, INIT["P3.1"]["page"]),
    ["Who leads the urgent treatment centre project at Ostleigh General Hospital?",
     "who's the project lead on the ostleigh UTC? got an estates quesiton",
     "Who is running the project to build the new walk-in unit for minor injuries and illness at the Ostleigh "
     "hospital?"], "quesiton")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
check(WAVE1_NOW == "3 April 2017" and WAVE1_WAS == "1 April 2017", (WAVE1_NOW, WAVE1_WAS))
ask("ms-wave1", MILESTONE, "corrected-date", [WAVE1_NOW], window(MAR, CORR),
    ["On what date do the Draymere wave 1 neighbourhood hubs go live?",
     "when do the wave 1 hubs in draymere go live? thought it was 1st april but someone said it chnaged",
     "When do the first three community bases in the city open their doors?"], "chnaged")
ask("ms-wave1-jan", MILESTONE, "original-date", [WAVE1_WAS], window(JAN, page_of(JAN, "PB/17/03  P2")),
    ["What go-live date for the Draymere wave 1 hubs did the draft minutes of the January 2017 Programme Board "
     "record?",
     "what date did the jan PB minutes orignally give for the wave 1 hubs?",
     "Before it was put right, what opening date for the first batch of city hubs was written down at the January "
     "meeting?"], "orignally")
ask("ms-utc", MILESTONE, "moved-date", ["31 January 2018"], window(MAR, UTC_BLOCK),
    ["When is the urgent treatment centre at Ostleigh General Hospital due to open?",
     "when's the ostleigh UTC opening? i had dec 17 in my diary, is that stil right",
     "When will the new minor injuries and illness unit at the Ostleigh hospital start seeing patients?"], "stil")
ask("ms-pathology", MILESTONE, "snapshot-latest", ["31 May 2017"], window(TRACKER, NOW[PATH_KEY]["row"], None, NEWEST),
    ["What is the latest forecast date for approval of the shared pathology full business case?",
     "when's the pathology FBC due? tracker said mar 17 last time i lookd",
     "By when should the investment case for the joint laboratory service be signed off, going by the most recent "
     "monthly snapshot?"], "lookd")
ask("ms-ea-ost", MILESTONE, "brought-forward", ["30/09/2017"], window(TRACKER, NOW[EA_KEY]["row"], None, NEWEST),
    ["What is the latest forecast go-live for extended GP access in Ostleigh & Fellbrook?",
     "when does extended access go live in ostleigh? annex says march 18 but i heard it was brougt forward",
     "According to the latest tracker, when will Ostleigh & Fellbrook patients be able to see a family doctor after "
     "work and on Saturdays?"], "brougt")
ask("ms-ophth", MILESTONE, "matters-arising", ["Q2 2017/18"], window(MAR, MATTERS["A17-05"][0]),
    ["What go-live date was set for community ophthalmology in Ostleigh?",
     "has the ostleigh community ophthalmology go-live been set yet? it was tbc in the anex",
     "When will the eye care service outside hospital start in the Ostleigh area?"], "anex")
ask("ms-workforce-submitted", MILESTONE, "matters-arising", ["24 February 2017"], window(MAR, MATTERS["A17-04"][0]),
    ["When was the STP workforce plan submitted to NHS England?",
     "when did the workforce plan actualy go in to NHSE?",
     "On what day was the partnership's staffing plan sent off to the national body?"], "actualy")
ask("ms-stroke-opens", MILESTONE, "unknown-date-set", ["5 June 2017"], window(MAR, page_of(MAR, "will open on")),
    ["When does the public consultation on hyper-acute stroke services open?",
     "when does the stroke consulation open? the annex just said unknown",
     "From what date can the public give their views on the proposed changes to emergency care for people who have "
     "had a brain attack?"], "consulation")
ask("ms-stroke-closes", MILESTONE, "deadline", ["25 August 2017"], cite(FOI, "The consultation opened on", "August"),
    ["What is the closing date of the hyper-acute stroke services consultation?",
     "when does the stroke consultation close? want to get our repsonse in",
     "What is the last day people can send in views on the proposed reorganisation of specialist care for people "
     "who have had a brain attack?"], "repsonse")
ask("ms-perinatal", MILESTONE, "unknown-date", ["time frame as yet unknown"], window(ANNEX, INIT["P5.3"]["page"]),
    ["When will the perinatal community mental health team be in place?",
     "any date for the perinatal MH team? midwifes keep asking",
     "When will new mothers with a mental illness get a dedicated service in the community?"], "midwifes")
ask("ms-mecc", MILESTONE, "end-of-month", ["end of March 2018"], window(ANNEX, INIT["P1.2"]["page"]),
    ["By when will the Making Every Contact Count training be delivered?",
     "what's the deadline for MECC training, all 2000 staff? trying to plan the rota for our teme",
     "By when should two thousand workers who deal with the public have been taught to start healthy-living "
     "conversations with the people they see?"], "teme")
ask("rw-p2", MILESTONE, "relative-window", ["Wave 1"],
    rw("P2", date(2017, 3, 20), "next month", ["Wave 1 hubs live (3 hubs)"]),
    ["Which Care Closer to Home milestones are due next month?",
     "anything due in care closer to home next month? doing the comms forwrd plan",
     "What is the programme for care in local communities expecting to deliver in the coming calendar month?"],
    "forwrd", as_of=date(2017, 3, 20))
ask("rw-p5", MILESTONE, "relative-window", ["Safe Haven"],
    rw("P5", date(2017, 5, 15), "next quarter", ["Draymere Safe Haven opens"]),
    ["Which Mental Health & Learning Disabilities milestones fall due next quarter?",
     "what's due in MH & LD next qtr? updating the divisonal report",
     "In the financial quarter after this one, what is the psychiatric care and intellectual disability workstream "
     "due to deliver?"], "divisonal", as_of=date(2017, 5, 15))
ask("rw-p3", MILESTONE, "relative-window", ["urgent treatment centre"],
    rw("P3", date(2017, 12, 4), "next month", ["Urgent treatment centre opens"]),
    ["Which Urgent & Emergency Care milestones are due next month?",
     "any UEC milestones due next month? prepping the wintre update",
     "What does the casualty and same-day care programme have to deliver in the month after this one?"], "wintre",
    as_of=date(2017, 12, 4))
ask("rw-p1", MILESTONE, "relative-window", ["NDPP", "Draymere"],
    rw("P1", date(2017, 6, 12), "next month", ["NDPP (diabetes prevention) first cohort starts"]),
    ["Which Healthier Lives milestones are due next month?",
     "what's due in healthier lives next month? newsleter deadline is friday",
     "What should the prevention and wellbeing programme deliver in the month after this one?"], "newsleter",
    as_of=date(2017, 6, 12))
ask("rw-p4", MILESTONE, "relative-window", ["MSK", "guidance", "ophthalmology"],
    rw("P4", date(2017, 8, 1), "this quarter", ["MSK triage and treatment service live",
                                                "Advice & guidance live in all specialties",
                                                "Community ophthalmology live"]),
    ["Which Planned Care & Diagnostics milestones are due this quarter?",
     "what's due in planned care this qtr? need it for the perfomance pack",
     "What is the routine operations and tests programme meant to deliver in the current three-month financial "
     "period?"], "perfomance", as_of=date(2017, 8, 1))
ask("ms-next-partnership-board", MILESTONE, "calendar-tile", ["18", "Apr"], window(DECK, TILE_SLIDE),
    ["According to the February 2017 update, when is the next Partnership Board meeting?",
     "when's the next partnership board after the feb one? need to book a rooom",
     "After the February briefing, on what day were the partners next due to meet as a full board?"], "rooom")
ask("ms-next-pb", MILESTONE, "meeting-date", ["20 April 2017"], window(MAR, page_of(MAR, "Thursday 20 April 2017")),
    ["When is the Programme Board meeting after the one held on 16 March 2017?",
     "when's the PB after the march one? need to get papers in on tiem",
     "When do the programme leads next sit down together after their mid-March meeting?"], "tiem")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
ask("md-gap", MUSTDO, "mustdo-gap", ["Cancer"], md_rows(MD_ROW[6], MD_ROW[6]),
    ["Which national must-do has no STP programme contributing to it?",
     "which must do isn't covered by any of our programmes? looks like a gap in the matirx",
     "Is there any of the nine national priorities that none of our six workstreams addresses?"], "matirx")
ask("md-4", MUSTDO, "mustdo-coverage", [SHORT[c] for c in MDX[4]["covered"]], md_rows(3, MD_ROW[4]),
    ["Which programmes contribute to must-do 4, A&E and ambulance waits?",
     "which programmes cover MD4 (A&E and ambulance)? need it for the assurence return",
     "Which of our workstreams help to cut long waits in casualty and for 999 crews?"], "assurence")
ask("md-lead-5", MUSTDO, "mustdo-lead", ["Planned Care"], md_rows(3, MD_ROW[5]),
    ["Which programme leads on must-do 5, referral to treatment within 18 weeks?",
     "what's the lead programme for the RTT must do (MD5)? audit comittee asking",
     "Which workstream takes the lead on getting people treated within the national maximum wait for non-urgent "
     "hospital care?"], "comittee")
ask("md-p5", MUSTDO, "by-programme", ["A&E", "Learning disabilities"], md_rows(3, MD_ROW[9]),
    ["Which must-dos does the Mental Health & Learning Disabilities programme contribute to?",
     "which must dos does P5 (MH & LD) cover? doing a one page sumary",
     "Which of the nine national priorities does the psychiatric care and intellectual disability workstream help "
     "with?"], "sumary")
ask("md-lead-2", MUSTDO, "mustdo-lead", ["Hospital Services Together"], md_rows(3, MD_ROW[2]),
    ["Which programme is the lead for must-do 2, financial balance?",
     "which programme leads on MD2 financial balence?",
     "Which workstream is chiefly responsible for getting the books to balance?"], "balence")
ask("md-9", MUSTDO, "mustdo-coverage", [SHORT[c] for c in MDX[9]["covered"]], md_rows(3, MD_ROW[9]),
    ["Which programmes contribute to must-do 9, quality?",
     "which progs contribute to MD9 quality? CQC visit soon, want to show the lnk",
     "Which workstreams help raise the standard of care and the grades inspectors give our services?"], "lnk")
ask("md-cancer-where", MUSTDO, "mustdo-note", ["North Vale Cancer Alliance"], md_rows(MD_ROW[6], MD_ROW[6]),
    ["Through which plan is the cancer 62-day standard delivered, according to the must-do sheet?",
     "if cancer 62 day isn't in our programmes, where is it picked up? which aliance?",
     "Who picks up the national waiting-time target for people referred urgently with a suspected tumour, given "
     "none of our workstreams does?"], "aliance")

# ---------------------------------------------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------------------------------------------
ask("fig-pop", FACT, "figure", ["812,400"], window(ANNEX, 1),
    ["What is the registered population of the Draymere & Ostleigh footprint?",
     "what's the total population we cover in D&O? for a bid i'm writting",
     "How many people are on GP lists across both places in the partnership?"], "writting")
ask("fig-gap", FACT, "figure", ["£236.8m"], window(ANNEX, 1),
    ["What is the do-nothing financial gap in 2020/21?",
     "how big is the do nothing gap by 20/21? in £m, for a presentaiton",
     "How much money would the system be short by the end of the five years if nothing changed?"], "presentaiton")
ask("fig-p6-total", FACT, "figure", [P6_TOTAL], window(ANNEX, FIN_PAGE),
    ["What are the total savings of the Hospital Services Together programme over the five years to 2020/21?",
     "total savings for P6 hospital services together, all 5 yrs? finace asked",
     "Added up across 2016/17 to 2020/21, how much does the joint working between the two acute hospitals save?"],
    "finace")
ask("fig-largest", FACT, "comparison", ["Hospital Services Together"], window(ANNEX, FIN_PAGE),
    ["Which programme delivers the largest savings?",
     "which programme saves the most £? settling an arguement",
     "Which workstream contributes most to closing the money gap over the plan period?"], "arguement")
ask("fig-utc-capital", FACT, "figure", ["£4.6 million"], cite(FOI, "The total capital cost"),
    ["What is the capital cost of the Ostleigh urgent treatment centre?",
     "how much is the ostleigh UTC costing in capitol?",
     "How much is being spent on building the new minor injuries and illness unit at the Ostleigh hospital?"],
    "capitol")
ask("fig-practices", FACT, "figure", ["96"], window(DECK, page_of(DECK, "GP practices")),
    ["How many GP practices are there in the footprint?",
     "how many GP practises in D&O?",
     "How many family doctor surgeries do our registered patients belong to?"], "practises")
ask("list-wave1", FACT, "list", ["Kilnworth", "Saltry Moor", "Draymere Central"], window(ANNEX, NOTES_PAGE),
    ["Which hubs make up wave 1 of the Draymere neighbourhood hubs?",
     "which 3 hubs are in wave 1 in draymere? putting up posters in recepiton",
     "Which three community bases in the city are the first to open?"], "recepiton")
ask("fact-utc-rag", FACT, "status", ["Red"], window(TRACKER, NOW[UTC_KEY]["row"], None, NEWEST),
    ["What RAG status does the Ostleigh urgent treatment centre have in the latest tracker snapshot?",
     "what RAG is the ostleigh UTC on in the latest tracker tab? looks worying",
     "In the most recent monthly snapshot, how is the Ostleigh walk-in unit rated for delivery confidence?"],
    "worying")
ask("list-asks", FACT, "list", ["workforce", "stroke", "Estates"], window(DECK, page_of(DECK, "What we ask")),
    ["What did the February 2017 update ask the Partnership Board to do?",
     "what were the asks of the partnership board in the feb update? writing up the acion notes",
     "What decisions and approvals were the partners asked for in the February briefing?"], "acion")
ask("fact-meeting-rule", FACT, "governance", ["third Tuesday"], window(ANNEX, FIN_PAGE),
    ["How often does the STP Partnership Board meet?",
     "how often does the partnership board meet? which day, trying to avoid a clahs",
     "When in the calendar does the partner organisations' top board get together?"], "clahs")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (the topic is there, the asked-for detail is not) and off-topic questions
# ---------------------------------------------------------------------------------------------------------------
absent(r"vice[ -]chair", r"deputy chair", r"\bvice\b")
ask("nm-vice-chair", NONE, "near-miss", [], DIR_CITE,
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership board? the chair's off and we need a deputy to sign the minuets",
     "If the independent chair can't make a meeting, who is formally named to stand in?"], "minuets")
absent(r"agency (nurs|staff)[^.]*£", r"£[^.]*agency")
AGENCY = cite(FOI, "The CCG does not hold this information", "Information teams")
check("agency staffing costs are held by each provider trust" in AGENCY[1], "FOI says not held")
ask("nm-agency", NONE, "near-miss", [], AGENCY,
    ["How much did the trusts in the STP spend on agency nurses in 2016/17?",
     "what was agency nurse spend across the trusts in 16/17? board want the totl",
     "How much money went on temporary nurses supplied by staffing firms across our hospitals last year?"], "totl")
absent(r"\bccio\b", r"chief clinical information", r"digital clinical lead", r"clinical lead, e1")
ask("nm-digital-cl", NONE, "near-miss", [], window(DECK, 3),
    ["Who is the clinical lead for the Digital enabler?",
     "who's the clinical lead for digital (E1)? need a clinican to sign off the record sharing",
     "Which doctor advises the IT and shared-records work?"], "clinican")
absent(r"2021/22", r"\b21/22\b", r"2021-22")
ask("nm-2122-savings", NONE, "near-miss", [], window(ANNEX, FIN_PAGE),
    ["What savings does the Hospital Services Together programme plan for 2021/22?",
     "what are P6 savings in 21/22, the year after the plan? finance want a forcast",
     "How much does the joint acute hospitals workstream expect to save in the year after the plan period ends?"],
    "forcast")
absent(r"\bbeds?\b", r"bedded", r"places? for")
ask("nm-crisis-beds", NONE, "near-miss", [], window(ANNEX, INIT["P5.1"]["page"]),
    ["How many beds will the Ostleigh crisis house have?",
     "how many beds in the ostleigh crisis house? bed managment asking",
     "How many people at a time will the residential alternative to a mental health admission in Ostleigh be able "
     "to take?"], "managment")
absent(r"\bflu\b", r"vaccin", r"\bjabs?\b", r"immunis")
ask("ot-flu", NONE, "off-topic", [], None,
    ["When are the staff flu vaccination clinics at Draymere Royal Infirmary?",
     "when are the flu jab clinics for staff at DRI? missed the emial",
     "Where and when can I get my winter jab as a member of staff?"], "emial")
absent(r"badge", r"id card", r"swipe")
ask("ot-badge", NONE, "off-topic", [], None,
    ["How do I replace a lost staff ID badge?",
     "lost my ID badge, how do i get a new one? security desk was closd",
     "I've mislaid the card that gets me through the doors at work; what do I do?"], "closd")
absent(r"canteen", r"restaurant", r"opening hours", r"hot meal")
ask("ot-canteen", NONE, "off-topic", [], None,
    ["What are the opening hours of the staff canteen at Ostleigh General Hospital?",
     "what time does the canteen at OGH shut? on a late shfit",
     "Until what time can I get a hot meal at work in the Ostleigh hospital?"], "shfit")
absent(r"pension", r"retirement saving", r"contribution rate")
ask("ot-pension", NONE, "off-topic", [], None,
    ["What is my NHS Pension Scheme contribution rate?",
     "what % do i pay into the NHS pensoin? just moved up a band",
     "How much of my salary goes towards my retirement savings with the health service?"], "pensoin")
absent(r"password", r"nhsmail", r"log ?in")
ask("ot-password", NONE, "off-topic", [], None,
    ["How do I reset my NHSmail password?",
     "how do i reset my nhsmail pasword? locked out again",
     "I can't get into my work email account; how do I get back in?"], "pasword")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
check(len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180,
      f"{len(ITEMS)} items")
check(len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values()),
      "60 facts x 3 phrasings")
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
near = [f for f in unanswerable if facts[f][0]["shape"] == "near-miss"]
check(len(unanswerable) == 10 and len(near) == 5, "10 unanswerable, half near-miss")
check(len(set(TYPOS.values())) == 60, "60 distinct typos")
REL = (r"\b(next month|this month|next quarter|this quarter|next qtr|this qtr|now|right now|currently|at present|"
       r"at the mo|these days|today|coming up|overdue|this one)\b")
for item in ITEMS:
    rel = re.search(REL, item["question"].lower())
    check(not rel or item["as_of"] or item["expect_no_answer"], f"{item['id']}: relative wording without as_of")
out = HERE / "questions.jsonl"
text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS)
# the shared checker, run on the text before it is written
tmp = HERE / ".questions.check.jsonl"
tmp.write_text(text)
try:
    missing = bank_tools.check(tmp, PAPERS)
finally:
    tmp.unlink()
check(missing == 0, f"{missing} gold strings missing from their windows")
out.write_text(text)
kinds, shapes, phr = {}, {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
for item in ITEMS:
    phr[item["phrasing"]] = phr.get(item["phrasing"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS))
print("facts by kind", kinds)
print("questions by phrasing", phr)
print("facts by shape", dict(sorted(shapes.items())))
