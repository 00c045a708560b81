"""Write questions.jsonl for the Aldwyke & Brennerton STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx 'Sheet!row', text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the Checkpoint Return's milestone tables are read back by text position (pypdf's visitor): the header runs
    give the column edges, each "Pn.n" run in the Ref column starts a row, so every row's owner and date are known;
    the leadership table likewise (code runs start rows);
  - the monthly return's current forecast is the right-most "as at" entry of a row (the Read me sheet's rule),
    read with openpyxl from the real cells, then the corrigendum's "for ... read ..." corrections are applied on top;
  - every row's current date is parsed to a period and the relative windows and the overdue item are checked
    over all rows of their priority (exactly the gold rows inside, nothing partly overlapping);
  - the must-do table is read cell by cell from the PowerPoint table (row = must-do, column = priority);
  - the savings table's rows are re-added against the Total row and column, and the bridge against the gap.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the shared bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
RET = "01_AB_STP_Checkpoint_Return_21Oct2016.pdf"
MDK = "02_AB_Clinical_Board_Must_Do_Assessment_17Nov2016.pptx"
HWB = "03_Aldwyke_HWB_Report_STP_Update_15Dec2016.docx"
TRK = "04_AB_STP_Monthly_Milestone_Return_Feb2017.xlsx"
DEC = "05_AB_STP_Partnership_Board_Decisions_and_Corrigendum_16Mar2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
PRI = {"P1": "Healthy Lives", "P2": "Care Closer to Home", "P3": "Urgent & Emergency Care",
       "P4": "Elective Care & Cancer", "P5": "Mental Health", "P6": "Acute Services Review"}


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


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
        ITEMS.append({"id": f"an-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"an-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations: the Checkpoint Return's tables by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(page_no):
    """[(x, y, text)] for every text run on a page of the Return, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / RET)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def positional_rows(page_no, heads, key_re, first_col="Ref"):
    """{key: {heading: cell}} for every ruled table on the page whose header runs are `heads`."""
    rs = runs(page_no)
    head_ys = sorted({round(y, 1) for x, y, t in rs if t == first_col}, reverse=True)
    out = {}
    for hy in head_ys:
        hx = {}
        for x, y, t in rs:
            if abs(y - hy) < 1 and t in heads:
                hx.setdefault(t, x)
        assert set(hx) == set(heads), (page_no, hx)
        edges = sorted((x, t) for t, x in hx.items())
        nxt = [h for h in head_ys if h < hy]
        floor = max(nxt) if nxt else 40  # the footer sits below y = 40
        keys = sorted(((y, t) for x, y, t in rs if x < edges[1][0] - 2 and floor < y < hy - 2
                       and re.fullmatch(key_re, t)), reverse=True)
        for i, (y, key) in enumerate(keys):
            lower = keys[i + 1][0] if i + 1 < len(keys) else floor
            cells = {}
            for k, (ex, name) in enumerate(edges):
                hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
                cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                       if ex - 2 <= x < hi - 2 and lower < yy <= y + 1)
            out[key] = cells
    return out


ROWS, ROW_PAGE = {}, {}
for pg in U[RET]:
    if "Key milestone" in U[RET][pg]:
        for ref, cells in positional_rows(pg, ["Ref", "Initiative", "Milestone", "Key milestone", "Date"],
                                          r"P\d\.\d").items():
            ROWS[ref], ROW_PAGE[ref] = cells, pg
assert len(ROWS) == 23, sorted(ROWS)
OWNER_OF = {r: c["Milestone"] for r, c in ROWS.items()}  # the "Milestone owner" column starts with "Milestone"
DATE_OF = {r: c["Date"] for r, c in ROWS.items()}
assert OWNER_OF["P5.2"] == "Lorcan Daventry" and OWNER_OF["P2.3"] == "Jocasta Penrose", OWNER_OF
assert OWNER_OF["P6.2"] == "Anton Fairweather" and OWNER_OF["P1.3"] == "Dr Ifeoma Tallisker", OWNER_OF
assert DATE_OF["P3.3"] == "Mar-17" and DATE_OF["P2.4"] == "time frame as yet unknown", DATE_OF
assert DATE_OF["P1.4"] == "tbc" and DATE_OF["P6.1"] == "Summer 2017" and DATE_OF["P4.3"] == "30/09/2017"
assert DATE_OF["P6.2"] == "FBC Mar-17; go-live 2018/19" and DATE_OF["P3.2"] == "Winter 2017/18"

LEAD_PAGE = [k for k, v in U[RET].items() if "Section C: Priorities and leadership" in v][0]
LEAD = positional_rows(LEAD_PAGE, ["Code", "Priority", "Senior Responsible Owner (SRO)", "Clinical lead"],
                       r"P\d", first_col="Code")
assert len(LEAD) == 6
SRO = {k: v["Senior Responsible Owner (SRO)"].split(",")[0] for k, v in LEAD.items()}
CL = {k: v["Clinical lead"].split(",")[0] for k, v in LEAD.items()}
assert SRO == {"P1": "Dr Morwenna Ashdown", "P2": "Nathaniel Pryce", "P3": "Gwendolyn Farrier",
               "P4": "Crispin Mallender", "P5": "Beatrix Holmwood", "P6": "Leopold Varga"}, SRO
assert CL == {"P1": "Dr Ifeoma Tallisker", "P2": "Dr Hester Lockridge", "P3": "Dr Rafael Okonjo",
              "P4": "Mr Aurelio Fenchurch", "P5": "Dr Sunniva Achterberg", "P6": "Dr Cordelia Nyamweya"}, CL


# ---------------------------------------------------------------------------------------------------------------
# The monthly return (right-most entry governs), then the corrigendum on top
# ---------------------------------------------------------------------------------------------------------------
def tracker():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / TRK))["Return"]
    head = [c.value for c in ws[4]]
    snap_cols = [i for i, h in enumerate(head) if isinstance(h, datetime)]
    assert len(snap_cols) == 4, head
    out = {}
    for row in ws.iter_rows(min_row=5, values_only=True):
        if not row[0]:
            continue
        entries = [(head[i], row[i]) for i in snap_cols if row[i] is not None]
        out[row[0]] = {"baseline": row[4], "latest": entries[-1][1] if entries else None,
                       "status": row[head.index("Status")], "row_owner": row[3]}
    return out


TRK_ROWS = tracker()
assert set(TRK_ROWS) == set(ROWS)
assert all(TRK_ROWS[r]["baseline"] == DATE_OF[r] for r in ROWS), "baseline column differs from the Return"
assert TRK_ROWS["P3.3"]["latest"] == datetime(2017, 6, 30) and TRK_ROWS["P3.3"]["status"] == "Slipped"
assert TRK_ROWS["P2.1"]["latest"] == datetime(2017, 3, 13)
assert TRK_ROWS["P3.4"]["latest"] == datetime(2016, 12, 12) and TRK_ROWS["P3.4"]["status"] == "Complete"
assert TRK_ROWS["P5.2"]["latest"] == datetime(2017, 4, 30)  # the decoy the corrigendum replaces

DEC_TEXT = (PAPERS / DEC).read_text()
CORR = {}
for block in re.split(r"\n(?=C\d  )", DEC_TEXT.split("PART B")[1].split("PART C")[0])[1:]:
    head, rest = block.split(' for "', 1)
    m = re.fullmatch(r"(C\d) Page (\d+), Section ([A-F]), (.+?)(?:, ([^,]+))?:", " ".join(head.split()))
    old, new = re.match(r'([^"]+)"\s+read "([^"]+)"', rest).groups()
    CORR[m[1]] = {"page": int(m[2]), "section": m[3], "what": m[4], "field": m[5], "old": old,
                  "new": " ".join(new.split())}
assert len(CORR) == 6, CORR
for cid, c in CORR.items():  # each correction's "for" text is on the page it names
    assert norm(c["old"]) in norm(U[RET][c["page"]]), (cid, c)

CURRENT = {}
for ref in ROWS:
    v = TRK_ROWS[ref]["latest"]
    CURRENT[ref] = v.date() if isinstance(v, datetime) else DATE_OF[ref]
for c in CORR.values():
    m = re.match(r"(P\d\.\d) ", c["what"])
    if m and c["field"] == "Date":
        assert c["old"] == DATE_OF[m.group(1)], c
        CURRENT[m.group(1)] = c["new"]
assert CURRENT["P3.2"] == "Q1 18/19" and CURRENT["P5.2"] == "31 July 2017", CURRENT
assert CORR["C6"]["new"].startswith("Joanna Pellow") and CORR["C3"]["new"].startswith("Stellan Haverfield")
assert CORR["C5"]["new"].startswith("889,400") and CORR["C4"]["new"] == "Kenrick Oduya"


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}


def month_end(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def period(v):
    """(start, end) of a date as written, or None when unknown; several dates in one cell -> list of periods."""
    if isinstance(v, date):
        return [(v, v)]
    text = str(v).strip()
    if ";" in text:
        return [p for part in text.split(";") for p in period(part.split(":")[-1].strip()) or []]
    text = re.sub(r"^(by|go-live|FBC)\s+", "", text, flags=re.I)
    if text.lower() in ("tbc", "time frame as yet unknown"):
        return None
    if m := re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", text):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return [(d, d)]
    if m := re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        d = datetime.strptime(text, "%d %B %Y").date()
        return [(d, d)]
    if m := re.fullmatch(r"Q([1-4]) (\d{2})/(\d{2})", text):
        q, y = int(m[1]), 2000 + int(m[2])
        start = date(y, 4, 1) if q < 4 else date(y + 1, 1, 1)
        start = date(y, 3 * q + 1, 1) if q < 4 else start
        return [(start, month_end(start.year, start.month + 2))]
    if m := re.fullmatch(r"([A-Z][a-z]{2})-(\d{2})", text):
        y, mo = 2000 + int(m[2]), MONTHS[m[1].lower()]
        return [(date(y, mo, 1), month_end(y, mo))]
    if m := re.fullmatch(r"(\d{4})/(\d{2})", text):
        y = int(m[1])
        return [(date(y, 4, 1), date(y + 1, 3, 31))]
    if m := re.fullmatch(r"(Winter|Spring|Summer) (\d{4})(?:/(\d{2}))?", text):
        y = int(m[2])
        return [{"Winter": (date(y, 12, 1), date(y + 1, 2, 28)), "Spring": (date(y, 3, 1), date(y, 5, 31)),
                 "Summer": (date(y, 6, 1), date(y, 8, 31))}[m[1]]]
    raise ValueError(text)


PERIODS = {ref: period(v) for ref, v in CURRENT.items()}
assert PERIODS["P2.4"] is None and PERIODS["P1.4"] is None


def window(code, start, end):
    """Refs of priority `code` with a dated period inside [start, end]; asserts none overlaps it only partly."""
    inside = []
    for ref, ps in PERIODS.items():
        if not ref.startswith(code + ".") or ps is None:
            continue
        for a, b in ps:
            if start <= a and b <= end:
                inside.append(ref)
            else:
                assert b < start or a > end, (ref, a, b, start, end)
    return sorted(set(inside))


def overdue(code, as_of):
    return sorted(ref for ref, ps in PERIODS.items() if ref.startswith(code + ".") and ps
                  and TRK_ROWS[ref]["status"] != "Complete" and max(b for a, b in ps) < as_of)


assert window("P3", date(2017, 6, 1), date(2017, 6, 30)) == ["P3.3"]
assert window("P4", date(2017, 7, 1), date(2017, 9, 30)) == ["P4.3"]
assert window("P1", date(2017, 7, 1), date(2017, 7, 31)) == ["P1.3"]
assert window("P5", date(2017, 7, 1), date(2017, 9, 30)) == ["P5.1", "P5.2"]
assert overdue("P1", date(2017, 4, 20)) == ["P1.1"]


# ---------------------------------------------------------------------------------------------------------------
# The must-do table (PowerPoint) and the savings table (PDF)
# ---------------------------------------------------------------------------------------------------------------
def mustdo_table():
    from pptx import Presentation
    for n, slide in enumerate(Presentation(str(PAPERS / MDK)).slides, 1):
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = [[c.text for c in r.cells] for r in shape.table.rows]
                head = rows[0]
                out, conf = {}, {}
                for r in rows[1:]:
                    num = int(r[0].split(".")[0])
                    out[num] = {head[j]: r[j] for j in range(1, 7) if r[j].strip()}
                    conf[num] = r[7]
                return n, out, conf
    raise AssertionError("no must-do table")


MD_SLIDE, MDX, CONF = mustdo_table()
assert sorted(MDX) == list(range(1, 10))
assert [n for n in range(2, 10) if not MDX[n]] == [8]
assert sorted(MDX[4]) == ["P2", "P3", "P5"] and sorted(MDX[7]) == ["P2", "P5"] and sorted(MDX[9]) == ["P6"]
assert [n for n in range(2, 10) if "P4" in MDX[n]] == [2, 5, 6]
assert MDX[4]["P3"] == "95% 4-hour standard by Mar-18" and CONF[4] == "Low"


def savings():
    pg = [k for k, v in U[RET].items() if "The 2020/21 bridge" in v][0]
    lines = U[RET][pg].splitlines()
    out, i = {}, 0
    while i < len(lines):
        m = re.match(r"(P\d) ", lines[i])
        if (m or lines[i] == "Total") and i + 6 < len(lines) and re.fullmatch(r"[\d.]+", lines[i + 1]):
            out[m.group(1) if m else "Total"] = [float(v) for v in lines[i + 1:i + 7]]
            i += 7
        else:
            i += 1
    return pg, out


FIN_PAGE, FIN = savings()
assert len(FIN) == 7
for k, v in FIN.items():
    assert abs(sum(v[:5]) - v[5]) < 0.05, k
for j in range(6):
    assert abs(sum(FIN[p][j] for p in PRI) - FIN["Total"][j]) < 0.05, j
assert max(PRI, key=lambda p: FIN[p][5]) == "P6"
assert "263.4" in U[RET][FIN_PAGE] and abs(FIN["Total"][4] + 118.9 + 34.0 - 263.4) < 0.05


def person(name):
    return [name.split()[-1]]


def pri(code, *extra):
    name = PRI[code]
    return alts(name, name.replace("&", "and"), code, *extra)


def mdx(n, *first):
    """Gold for must-do n: the table's wording first, then bank_tools.md renderings less the words a priority name
    would give away ('elective', 'Cancer' alone, 'Primary care', 'UEC', 'Mental health' for P5's own name)."""
    drop = {"elective", "Cancer", "Primary care", "UEC"}
    return alts(*first, *[f for f in md(n) if f not in drop])


# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
LEADS = page(RET, LEAD_PAGE, where="Section C response table: Code / Priority / SRO / Clinical lead")

ask("p3-sro-now", OWNER, "changed-owner", [["Haverfield"]],
    cite(DEC, "D17/03/01", "with effect from 1 April 2017",
         where="record of decisions D17/03/01: new P3 SRO from 1 April 2017 (the Return names Gwendolyn Farrier)"),
    ["Who is the Senior Responsible Owner for Urgent & Emergency Care?",
     "who's SRO for UEC (P3) now? gwendolyn's gone hasn't she, need the new naem",
     "Who now has overall accountability for the work on A&E waits, the non-emergency phone line and the "
     "Coldstowe walk-in centre?"],
    "naem", as_of="2017-04-10")
ask("p3-sro-before", OWNER, "changed-owner-before-date", [["Farrier"]],
    cite(DEC, "D17/03/01", "until 31 March 2017",
         where="record of decisions D17/03/01: Gwendolyn Farrier remains SRO for P3 until 31 March 2017"),
    ["Who is the Senior Responsible Owner for Urgent & Emergency Care at present?",
     "who's the P3 UEC SRO at the mo? heard there's a handover, who do i send the 4hr papr to this month",
     "Until the handover in April, who carries the can for the programme on A&E waits and walk-in services?"],
    "papr", as_of="2017-03-20")
ask("p5-sro", OWNER, "role-holder", [["Holmwood"]],
    LEADS,
    ["Who is the Senior Responsible Owner for the Mental Health priority?",
     "who's SRO for MH (P5) in aldwyke & brennerton? need them for the crisis cafe brieifng",
     "Which chief executive carries overall responsibility for the STP's work on psychiatric and emotional "
     "wellbeing services?"], "brieifng")
ask("p2-cl", OWNER, "role-holder", [["Lockridge"]],
    LEADS,
    ["Who is the clinical lead for Care Closer to Home?",
     "clin lead for CCH / P2 pls? district nurses want to meet whoever it is re the ILTs, thnaks",
     "Which GP gives the clinical steer on joined-up community teams and evening and weekend appointments?"],
    "thnaks")
ask("p4-cl", OWNER, "role-holder", [["Fenchurch"]],
    LEADS,
    ["Who is the clinical lead for Elective Care & Cancer?",
     "who's the clin lead on P4 elective & cancer? want to run the RTT recovery past them befor brd",
     "Which surgeon advises clinically on the programme for planned operations and faster cancer diagnosis?"],
    "befor")
ask("p6-sro", OWNER, "role-holder", [["Varga"]],
    LEADS,
    ["Who is the Senior Responsible Owner for the Acute Services Review?",
     "who owns the ASR (P6) as SRO? the stroke consultation questions keep comming to us",
     "Who is in overall charge of reviewing which hospital services should be on which site?"], "comming")
ask("p52-owner", OWNER, "initiative-lead", [["Daventry"]],
    page(RET, ROW_PAGE["P5.2"], where="Section D, P5 table, row P5.2, Milestone owner column"),
    ["Who is the milestone owner for the Brennerton crisis cafe?",
     "who owns P5.2, the brennerton crisis cafe? voluntary sector asking who to speek to",
     "Who should I talk to about the evening and weekend drop-in for people in mental health distress in "
     "Brennerton?"], "speek")
ask("p23-owner", OWNER, "initiative-lead", [["Penrose"]],
    page(RET, ROW_PAGE["P2.3"], where="Section D, P2 table, row P2.3, Milestone owner column"),
    ["Who owns the enhanced health in care homes milestone?",
     "who's leading EHCH (P2.3)? a couple of our nursing homes still aren't aligned to a practise",
     "Who is making sure every residential and nursing home has a named GP surgery looking after it?"],
    "practise")
ask("p62-owner", OWNER, "initiative-lead", [["Fairweather"]],
    page(RET, ROW_PAGE["P6.2"], where="Section D, P6 table, row P6.2, Milestone owner column"),
    ["Who owns the shared pathology network milestone?",
     "who's the lead for shared path (P6.2)? LIMS people want a contcat",
     "Who is responsible for bringing the hospitals' laboratories together into a single service?"],
    "contcat")
ask("p13-owner-now", OWNER, "changed-owner", [["Pellow"]],
    cite(DEC, "C6  Page", "Aldwyke City Council\"",
         where="corrigendum C6: P1.3 milestone owner for 'Dr Ifeoma Tallisker' read 'Joanna Pellow'"),
    ["Who is the milestone owner for the social prescribing link worker service?",
     "who owns P1.3 social prescribing now? return still says dr tallisker, is that rihgt?",
     "Who is now responsible for the scheme that puts staff in GP surgeries to steer patients towards community "
     "groups and activities?"], "rihgt", as_of="2017-03-20")
ask("estates-lead", OWNER, "filled-tbc", [["Oduya"]],
    cite(DEC, "D17/03/02", "enabling programme, a post shown",
         where="record of decisions D17/03/02 (and corrigendum C4): Estates lead, 'tbc' in the Return"),
    ["Who leads the Estates enabling programme?",
     "who's the estates enabler lead? the return just says tbc, has anyone been apointed",
     "Who is in charge of the STP's work on buildings and premises?"], "apointed")
ask("pb-chair", OWNER, "governance", [["Ebury"]],
    page(RET, 1, where="Section A table: Independent Chair, STP Partnership Board"),
    ["Who chairs the STP Partnership Board?",
     "who's the independent chair of the STP partnership brd? sending a letter and need her nmae",
     "Who runs the meetings of the top decision-making body for the whole plan?"], "nmae")
ask("hwb-contact", OWNER, "contact-officer", [["Farthing"]],
    cite(HWB, "Report author and contact details",
         where="HWB report cover block: report author and contact details"),
    ["Who is the contact officer for the Health and Wellbeing Board report on the STP?",
     "who wrote the HWB STP update report? got a q on it, who's the contact offcer",
     "At the city council, who should I ring with questions about the December board paper on the local NHS "
     "plan?"], "offcer")
ask("cl-list", OWNER, "list", [person(CL[p]) for p in PRI],
    LEADS,
    ["Who are the clinical leads of the six STP priorities?",
     "can someone list the clin leads for all 6 priorities? for the clinical board invte list",
     "Which doctors give the medical steer to each of the plan's main programmes?"], "invte")
ask("mallender-role", OWNER, "role-of-person", [pri("P4")],
    LEADS,
    ["Which priority is Crispin Mallender the Senior Responsible Owner for?",
     "crispin mallender is SRO for which priority? he's the CCG commissioning dir isn't he, just chekcing",
     "What part of the plan does Aldwyke City CCG's commissioning director have overall charge of?"],
    "chekcing")
ask("hwb-fin", OWNER, "verifier", [["Bramall"]],
    cite(HWB, "Financial | The £1.2m", where="HWB report section 6, Implications table, Financial row, Verified by"),
    ["Who verified the financial implications in the Health and Wellbeing Board report on the STP?",
     "who signed off the finance implications on the HWB STP papper?",
     "Which council finance officer checked the money side of the December board report on the plan?"], "papper")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("p33-moved", MILESTONE, "moved-date", [on(30, 6, 2017, "30/06/2017")],
    cite(TRK, "P3.3 |", sheet="Return",
         where="monthly return, row P3.3: baseline Mar-17, forecast 30/06/2017 as at 31/01 and 28/02/2017"),
    ["When is the NHS 111 clinical assessment service now due to go live?",
     "when does the 111 CAS (P3.3) go liev now? the return had it slipping",
     "When will the clinicians behind the non-emergency phone number actually start assessing callers?"],
    "liev", as_of="2017-03-10")
ask("p33-original", MILESTONE, "original-date", [["Mar-17", "March 2017", "Mar 2017"]],
    page(RET, ROW_PAGE["P3.3"], where="Section D, P3 table, row P3.3, Date column"),
    ["What go-live date did the October 2016 Checkpoint Return give for the NHS 111 clinical assessment service?",
     "what was the original date for P3.3 in the checkpoint return, before it slipped? for the varience log",
     "Before recruitment problems pushed it back, when had the non-emergency phone clinical service been meant "
     "to start?"], "varience")
ask("p52-moved", MILESTONE, "moved-date", [on(31, 7, 2017, "31 July 2017")],
    cite(DEC, "C2  Page", "read \"31 July 2017\"",
         where="corrigendum C2: P5.2 for 'Q4 16/17' read '31 July 2017' (replaces the 30/04/2017 forecast in the "
               "February return)"),
    ["When is the Brennerton crisis cafe due to open?",
     "when's the brennerton crisis cafe (P5.2) opening now? feb return said end of april but then the brd "
     "changd it",
     "From when will people in mental health distress in Brennerton have somewhere to drop in during evenings "
     "and weekends?"], "changd", as_of="2017-03-20")
ask("p32-moved", MILESTONE, "moved-date", [["Q1 18/19", "Q1 2018/19", "Qtr 1 18/19", "April to June 2018"]],
    cite(DEC, "C1  Page", "read \"Q1 18/19\"",
         where="corrigendum C1: P3.2 for 'Winter 2017/18' read 'Q1 18/19'"),
    ["When is the Coldstowe Urgent Treatment Centre now expected to open?",
     "coldstowe UTC - when does it open now? heard the building works have slipt",
     "When will the minor injuries unit in Coldstowe reopen as the new urgent care centre?"], "slipt",
    as_of="2017-03-20")
ask("p21-wave1", MILESTONE, "confirmed-date", [on(13, 3, 2017, "13/03/2017", "13 March 2017")],
    cite(TRK, "P2.1 |", sheet="Return", where="monthly return, row P2.1: forecast 13/03/2017 as at 28/02/2017"),
    ["On what date does wave 1 of the Integrated Locality Teams go live?",
     "ILT wave 1 (P2.1) go live date? the return had Q4 but has it been confimred",
     "When do the first four areas start running their joined-up community nursing, therapy and social care "
     "teams?"], "confimred")
ask("p24-unknown", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "not known", "no date"]],
    page(RET, ROW_PAGE["P2.4"], where="Section D, P2 table, row P2.4, Date column"),
    ["When will the community pharmacy minor ailments scheme be commissioned?",
     "P2.4 pharmacy minor ailments - when's it commissoned by?",
     "When will people be able to go to their local chemist instead of the GP for coughs and colds?"],
    "commissoned")
ask("p14-tbc", MILESTONE, "tbc-date", [["tbc", "to be confirmed", "not yet confirmed", "still to be confirmed"]],
    page(RET, ROW_PAGE["P1.4"], where="Section D, P1 table, row P1.4, Date column (HWB report 4.3 and the "
                                      "February return say the same)"),
    ["When will the seven-day alcohol care team at Aldwyke General Infirmary be in place?",
     "when does the alcohol care team at AGI start? ED keep asking, any dtae yet?",
     "When will the hospital have a team every day of the week for patients with drinking problems?"], "dtae")
ask("p61-consult", MILESTONE, "season", [["Summer 2017"]],
    page(RET, ROW_PAGE["P6.1"], where="Section D, P6 table, row P6.1, Date column"),
    ["When is the public consultation on hyper-acute stroke services planned?",
     "when's the HASU consultation (P6.1)? comms need to start plannning",
     "When will the public be asked about putting specialist emergency stroke care on one hospital site?"],
    "plannning")
ask("p43-date", MILESTONE, "day", [on(30, 9, 2017, "30/09/2017")],
    page(RET, ROW_PAGE["P4.3"], where="Section D, P4 table, row P4.3, Date column"),
    ["When is the lung cancer rapid diagnostic pathway due to go live?",
     "lung rapid diagnostic pathway P4.3 - go live dat?",
     "By when should patients with a possible lung tumour go straight to a scan without waiting for a clinic "
     "first?"], "dat")
ask("p62-golive", MILESTONE, "year", [["2018/19", "18/19", "2018-19"]],
    cite(DEC, "D17/03/03", "Go-live remains 2018/19",
         where="record of decisions D17/03/03: FBC approved, go-live remains 2018/19 (Return: 'FBC Mar-17; "
               "go-live 2018/19')"),
    ["When is the shared pathology network due to go live?",
     "shared path network (P6.2) go live - which year? FBC went through in march i thinkk",
     "When will the hospitals' combined laboratory service actually start running?"], "thinkk")
ask("p34-done", MILESTONE, "completed-date", [on(12, 12, 2016, "12/12/2016")],
    cite(TRK, "P3.4 |", sheet="Return", where="monthly return, row P3.4: 12/12/2016 as at 30/11/2016, Complete"),
    ["On what date did discharge to assess pathway 1 go live?",
     "when did D2A pathway 1 (P3.4) actualy go live? it's marked complete",
     "When did patients start being sent home from hospital to have their care needs assessed there instead of "
     "on the ward?"], "actualy")
ask("win-p3-next", MILESTONE, "relative-window",
    [["NHS 111", "clinical assessment service", "P3.3"], on(30, 6, 2017, "30/06/2017")],
    cite(TRK, "P3.3 |", sheet="Return",
         where="monthly return, row P3.3 forecast 30/06/2017; no other P3 row falls in June 2017 after the "
               "corrigendum"),
    ["Which Urgent & Emergency Care milestones are due next month?",
     "anything UEC due nxt month? need it for the A&E delivery bord",
     "What is the A&E and urgent care programme meant to deliver in the coming month?"],
    "bord", as_of="2017-05-15")
ask("win-p4-qtr", MILESTONE, "relative-window",
    [["lung", "rapid diagnostic", "P4.3"], on(30, 9, 2017, "30/09/2017")],
    page(RET, ROW_PAGE["P4.3"], where="Section D, P4 table, row P4.3 (30/09/2017); no other P4 row falls in Q2 "
                                      "17/18"),
    ["What is due in the Elective Care & Cancer priority this quarter?",
     "what's due for P4 elective & cancer this qtr? doing the highlight reoprt",
     "What should the planned operations and cancer programme deliver in the current three months?"],
    "reoprt", as_of="2017-08-10")
ask("win-p1-next", MILESTONE, "relative-window",
    [["social prescribing", "link worker", "P1.3"], on(1, 7, 2017, "1 July 2017")],
    page(RET, ROW_PAGE["P1.3"], where="Section D, P1 table, row P1.3 (1 July 2017); no other P1 row falls in July "
                                      "2017"),
    ["Which Healthy Lives milestones are due next month?",
     "anything due for healthy lives (P1) next month? public helth team want a heads up",
     "What has the prevention priority got to deliver in the month ahead?"], "helth", as_of="2017-06-05")
ask("win-p5-qtr", MILESTONE, "relative-window",
    [["Core 24", "liaison psychiatry", "P5.1"], ["crisis cafe", "Brennerton crisis", "P5.2"],
     on(31, 7, 2017, "31 July 2017")],
    cite(DEC, "D17/03/05", "read \"31 July 2017\"",
         where="record of decisions D17/03/06 (P5.1 Core 24 on track for Q2 17/18) and corrigendum C2 (P5.2 moved "
               "to 31 July 2017); no other P5 row falls in Q2 17/18"),
    ["What is due in the Mental Health priority this quarter?",
     "what's due in MH (P5) this qtr? doing the board higlights",
     "Which of the commitments on psychiatric care and emotional wellbeing should be delivered in the current "
     "three months?"],
    "higlights", as_of="2017-07-05")
ask("overdue-p1", MILESTONE, "overdue",
    [["Diabetes Prevention", "NDPP", "P1.1"], ["Q4 16/17", "Quarter 4 2016/17", "Q4 2016/17", "March 2017"]],
    cite(TRK, "P1.1 |", sheet="Return",
         where="monthly return, row P1.1: Q4 16/17, no later forecast, not Complete; no other dated P1 row is past"),
    ["Which Healthy Lives milestones are overdue?",
     "anything overdue in healthy lives? P1 update due and i don't want suprises",
     "Which of the prevention priority's commitments should already have been delivered but haven't been "
     "signed off as done?"], "suprises", as_of="2017-04-20")
ask("hwb-date", MILESTONE, "meeting-date", [on(15, 12, 2016, "15 December 2016")],
    cite(HWB, "Date of meeting | 15 December 2016", where="HWB report cover block: Date of meeting"),
    ["On what date did the Health and Wellbeing Board receive the STP update report?",
     "what date was the STP update at HWB? need it for the minits",
     "When did the council's health board meet to hear about the local NHS plan before Christmas?"], "minits")
ask("sro-effective", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    cite(DEC, "D17/03/01", "with effect from 1 April 2017", where="record of decisions D17/03/01"),
    ["From what date does Stellan Haverfield become SRO for Urgent & Emergency Care?",
     "when does stellan haverfield start as UEC SRO? updating the org chrat",
     "From when does the Brennerton strategy director take over the A&E and urgent care programme?"], "chrat")
ask("next-pb", MILESTONE, "meeting-date", [on(13, 4, 2017, "13 April 2017")],
    cite(DEC, "Next meeting: Thursday 13 April 2017", where="record of decisions, last line"),
    ["When is the next meeting of the STP Partnership Board after 9 March 2017?",
     "when's the next partnership brd after the march one? need to get a paper on the agnda",
     "When does the plan's top decision-making group meet again after its March meeting?"], "agnda")
ask("brennerton-event", MILESTONE, "event-date", [on(17, 1, 2017, "17 January 2017")],
    cite(HWB, "5.1 The STP partners will hold", where="HWB report paragraph 5.1: public engagement events"),
    ["On what date is the STP public engagement event at Brennerton Civic Centre?",
     "when's the STP public engagement evnt in brennerton?",
     "When can Brennerton residents come along in person to hear about and comment on the local NHS plan?"],
    "evnt")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (PowerPoint table, read cell by cell above)
# ---------------------------------------------------------------------------------------------------------------
MDS = page(MDK, 2, MD_SLIDE, where="must-do line-of-sight table (slide 3) with the priority codes' names on slide 2")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")],
    page(MDK, MD_SLIDE, MD_SLIDE + 1, where="must-do table: row 8 empty; slide 4: 'Must-do 8 is not addressed'"),
    ["Which of the nine national must-dos is not covered by any STP priority?",
     "which must do has no priority against it? clinical board asked if there are any gaaps",
     "Which national requirement does none of our six programmes pick up at all?"], "gaaps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [pri("P2"), pri("P3"), pri("P5")],
    MDS,
    ["Which priorities contribute to must-do 4, A&E and ambulance performance?",
     "which priorities are mapped to MD4? doing the 4hr recovry plan",
     "Which of our programmes help with waits in the emergency department and ambulance response times?"],
    "recovry")
ask("p4-mds", MUSTDO, "by-priority",
    [mdx(2, "Financial balance"), mdx(5, "Referral to treatment", "18 weeks"),
     mdx(6, "Cancer (62 days)", "62 days", "62-day")],
    MDS,
    ["Which national must-dos does Elective Care & Cancer contribute to?",
     "which MDs does P4 elective & cancer cover (apart from MD1)? for the planned care assurnce pack",
     "Apart from the plan as a whole, which national requirements is the planned operations and cancer work "
     "lined up against?"], "assurnce")
ask("md9-cover", MUSTDO, "mustdo-coverage", [pri("P6")],
    MDS,
    ["Which priority contributes to must-do 9, improving quality and special measures?",
     "who covers MD9 quality / special measures? CQC are back in the sprng",
     "Which of our programmes is meant to get Brennerton's hospital out of the regulator's special measures "
     "regime?"], "sprng")
ask("p3-md4-cell", MUSTDO, "cell-detail", [["95% 4-hour standard by Mar-18", "95%"]],
    page(MDK, MD_SLIDE, where="must-do table: row 4, column P3"),
    ["What contribution does Urgent & Emergency Care make to must-do 4 in the Clinical Board assessment?",
     "what does the MD4 table say P3 UEC delivers? the exact wording for the perfomance report",
     "In the clinicians' assessment against the national requirements, what does the A&E programme promise on "
     "four-hour waits?"],
    "perfomance")
ask("md4-confidence", MUSTDO, "assessment",
    [["Confidence is Low", "low confidence", "rated low", "rated as low", "is low", "as low", "confidence: low"]],
    page(MDK, MD_SLIDE, MD_SLIDE + 1, where="must-do table: row 4, Confidence column; slide 4 repeats it"),
    ["What confidence did the Clinical Board give to delivering must-do 4 in 2017/18?",
     "how confident is the clinical board on MD4 A&E for 17/18 - high, med or low? asking for the exces",
     "How sure are the clinicians that the emergency department and ambulance targets will be met next year?"],
    "exces")
ask("md7-cover", MUSTDO, "mustdo-coverage", [pri("P2"), pri("P5")],
    MDS,
    ["Which priorities contribute to must-do 7, mental health?",
     "which priorities are against MD7 mental health? for the IAPT trajectory submision",
     "Which of our programmes help with the national requirement on talking therapies and psychosis care?"],
    "submision")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "corrected-figure", [["889,400", "889400", "889.4k", "889 thousand"]],
    cite(DEC, "C5  Page", "October 2016)\"",
         where="corrigendum C5: registered population for '884,600' read '889,400' (the Return and HWB report "
               "say 884,600)"),
    ["What is the registered population of the Aldwyke & Brennerton footprint?",
     "what's the registered pop for aldwyke & brennerton? for a bid, latest figure pls, it's urgnt",
     "How many people are on GP lists across the area the plan covers?"], "urgnt")
ask("gap", FACT, "figure", [["£263.4m", "263.4", "263.4 million"]],
    page(RET, FIN_PAGE, where="Section B1 response: do-nothing gap by 2020/21"),
    ["What is the footprint's do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for A&B by 20/21? for a presentaion",
     "If nothing changed, how big a hole would the local health and care budget have by the end of the plan?"],
    "presentaion")
ask("p6-1819", FACT, "figure", [["27.0", "£27.0m", "£27m", "27m"]],
    page(RET, FIN_PAGE, where="Section B1 savings table: P6 row, 2018/19 column"),
    ["What savings is the Acute Services Review expected to deliver in 2018/19?",
     "how much does the ASR save in 18/19? £m for the finanace paper",
     "How much money should the review of hospital sites take out in the third year of the plan?"], "finanace")
ask("total-2021", FACT, "figure", [["110.5", "£110.5m", "110.5m"]],
    page(RET, FIN_PAGE, where="Section B1 savings table: Total row, 2020/21 column (also in the bridge)"),
    ["What are the total savings from the six priorities in 2020/21?",
     "total savings across all 6 priorities in 20/21? exact figur please",
     "In the final year of the plan, how much do all the programmes together save?"], "figur")
ask("largest-saver", FACT, "comparison", [pri("P6")],
    page(RET, FIN_PAGE, where="Section B1 savings table: Total column, P6 123.3 the largest"),
    ["Which priority delivers the largest total savings from 2016/17 to 2020/21?",
     "which priority saves the most overall? want to be shure before the FIG",
     "Which programme is expected to bring in the most money over the life of the plan?"], "shure")
ask("beds-2021", FACT, "figure", [["1,571", "1571"]],
    page(RET, FIN_PAGE, where="Section B2 response: 1,642 beds today, 1,571 by 2020/21"),
    ["How many general and acute beds does the plan expect by 2020/21?",
     "G&A bed numbers by 20/21 - what's the planned figure? bed modelling group askd",
     "How many hospital beds will the two acute trusts have left at the end of the plan?"], "askd")
ask("p33-status", FACT, "status", [["Slipped"]],
    cite(TRK, "P3.3 |", sheet="Return", where="monthly return, row P3.3, Status column"),
    ["What status did the February 2017 milestone return give the NHS 111 clinical assessment service?",
     "what's the RAG/status on P3.3 in the feb return? dashbaord needs it",
     "How was the non-emergency phone clinical service reported to be getting on at the end of February?"],
    "dashbaord")
ask("council-money", FACT, "figure", [["£1.2m", "1.2m", "1.2 million"]],
    cite(HWB, "4.2 The Council has committed", where="HWB report paragraph 4.2"),
    ["How much has Aldwyke City Council committed to the social prescribing link worker service?",
     "how much is the council putting into social prescribing? £ for the HWB bidd",
     "How much public health money is the city putting towards linking patients to community support?"], "bidd")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    page(RET, 1, where="Section A names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership brd? need a deputy to sign the lettr",
     "If the chair of the top board is away, who stands in for her?"], "lettr")
absent("2021/22", "21/22", "2021-22", "2022")
ask("nm-2122", NONE, "near-miss", [],
    page(RET, FIN_PAGE, where="savings table stops at 2020/21"),
    ["What savings is the Acute Services Review expected to deliver in 2021/22?",
     "ASR savings for 21/22? finance want the yr after the plan ends, any figuers?",
     "How much will the hospital sites review save in the year after the plan finishes?"], "figuers")
absent("consultation close", "consultation closes", "consultation will close", "consultation ends",
       "closing date", "close on", "closes on")
ask("nm-stroke-close", NONE, "near-miss", [],
    page(RET, ROW_PAGE["P6.1"], where="P6.1 gives only 'Summer 2017' for the consultation"),
    ["When does the public consultation on hyper-acute stroke services close?",
     "closing date for the stroke consultation? comms want to plan a last pushh",
     "What is the last day people can have their say on moving emergency stroke care to one hospital?"], "pushh")
absent("tcp lead", "lead for the transforming", "transforming care partnership lead", "chair of the transforming",
       "transforming care partnership chair", "tcp")
ask("nm-tcp-lead", NONE, "near-miss", [],
    page(MDK, MD_SLIDE + 1, where="slide 4 names the Transforming Care Partnership but no one who leads it"),
    ["Who leads the Aldwyke & Brennerton Transforming Care Partnership?",
     "who leads the TCP for LD? our LD nurses want a named persn",
     "Who is in charge of the local programme for people with learning disabilities and autism?"], "persn")
absent("workforce clinical lead", "clinical lead for workforce", "clinical lead for the workforce")
assert "Clinical lead" not in U[RET][max(k for k in U[RET] if "Enabling programme" in U[RET][k])]
ask("nm-wf-cl", NONE, "near-miss", [],
    cite(RET, "Title and organisation", where="enablers table: Lead and title only, no clinical lead"),
    ["Who is the clinical lead for the Workforce enabling programme?",
     "who's the clin lead for workforce? ruth alderney is the lead but is there a clinican too?",
     "Which doctor or nurse advises the staffing and recruitment strand of the plan?"], "clinican")
absent("capital", "capital cost", "cost of the utc", "building cost")
ask("nm-utc-cost", NONE, "near-miss", [],
    cite(DEC, "D17/03/04", where="D17/03/04: the Coldstowe building works are mentioned, with no cost"),
    ["What is the capital cost of the Coldstowe Urgent Treatment Centre?",
     "how much is the coldstowe UTC build costing? need the capitol figure",
     "How much money is going into converting the Coldstowe minor injuries unit?"], "capitol")
absent("gp practices", "number of practices", "practices in the footprint", "practices across")
ask("nm-practices", NONE, "near-miss", [],
    page(RET, ROW_PAGE["P1.3"], where="P1.3 names 40 practices for social prescribing, not the practice count"),
    ["How many GP practices are there in the Aldwyke & Brennerton footprint?",
     "how many gp practices in total across A&B? need it for the extended access modle",
     "How many family doctor surgeries are there across the whole area?"], "modle")
absent("programme manager", "project manager")
ask("nm-asr-pm", NONE, "near-miss", [],
    page(RET, LEAD_PAGE, where="the Acute Services Review has an SRO and a clinical lead, no programme manager"),
    ["Who is the programme manager for the Acute Services Review?",
     "who's the ASR prog manager (not the SRO)? need someone to chase for the plan on a pagge",
     "Who does the day-to-day running of the hospital sites review?"], "pagge")
assert "Digital" not in U[RET][FIN_PAGE] and "digital" not in norm(U[TRK]["Finance!1"] + " ".join(
    v for k, v in U[TRK].items() if k.startswith("Finance!")))
absent("digital savings", "savings from digital", "digital: £")
ask("nm-digital-savings", NONE, "near-miss", [],
    page(RET, FIN_PAGE, where="savings table has rows for P1-P6 only; the Digital enabler has no savings figure"),
    ["What savings is the Digital enabling programme expected to deliver in 2017/18?",
     "how much does the digital enabler / care record save in 17/18? CIO wants the nummber",
     "How much money will the shared patient record work save next year?"], "nummber")

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
                        r"at the mo|now|atm)\b", item["question"].lower())
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
