"""Write questions.jsonl for the Ashcombe Vale & Brindlemouth STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks), and the
first alternative of every gold group must be in that window. Facts that need a step of reasoning are worked out
again here from the generated files (not from make_papers.py):
  - Annex B's initiative tables and the register are read back by text position (pypdf's visitor): the header runs
    give the column edges, each Ref run starts a row; the workstream cell merged down its rows is found by the runs
    in the first column; footnote markers are stripped from the date cells;
  - the must-do self-assessment is read row by row from its text cells ("Covered by: ..." / "Not covered - see ...");
  - the finance bridge is re-added (sub-total, residual, both years);
  - the relative windows are checked over every initiative's date after the register's forecasts and the minutes'
    moved date are applied (later paper wins), each window holding exactly what the gold says and nothing partly.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import calendar
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
ANNEX_B = "01_AVB_STP_Annex_B_Delivery_Plan_v1.4_21Oct2016.pdf"
ANNEX_D = "02_AVB_STP_Annex_D_Must_Do_Self_Assessment_21Oct2016.pdf"
NEWS = "03_AVB_Together_STP_Newsletter_Issue3_Nov2016.pdf"
REGISTER = "04_AVB_STP_Risk_and_Milestone_Register_09Dec2016.pdf"
MINUTES = "05_AVB_STP_Partnership_Board_Minutes_12Jan2017.docx"
U = bank_tools.all_units(PAPERS)
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


def person(surname, *more):
    return alts(surname, surname.replace("-", " "), *more)


def cite(file, anchor, until=None, where=""):
    return bank_tools.cite(U, file, anchor, until, None, where)


def page(file, n, where=""):
    return {"file": file, "lines": [n, n], "where": where}, norm(U[file][n])


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def absent_re(pattern):
    assert not re.search(pattern, EVERYTHING), f"{pattern!r} matches the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
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
        ITEMS.append({"id": f"ad-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ad-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Read-backs by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip(), size))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def table(file, page_no, heads, ref_head, ref_pattern, floor, last_depth=200):
    """{ref: {heading: cell text}} for a ruled table, by position: columns from the header runs, rows from Ref runs.
    A superscript footnote marker comes out as a separate run at the end of its cell."""
    rs = [r for r in runs(file, page_no) if r[1] > floor]
    hx = {}
    head_y = None
    for x, y, t, _ in rs:
        if t in heads and (head_y is None or abs(y - head_y) < 2):
            hx[t], head_y = x, y
    assert set(hx) == set(heads), (file, page_no, set(heads) - set(hx))
    edges = sorted(hx.values())

    def column(x):
        cols = [i for i, e in enumerate(edges) if x >= e - 2]
        if not cols:
            return None
        col = max(cols)
        return next(h for h, e in hx.items() if e == edges[col])

    starts = sorted([(y, t) for x, y, t, _ in rs if column(x) == ref_head and re.fullmatch(ref_pattern, t)],
                    reverse=True)
    rows = {}
    for i, (y0, ref) in enumerate(starts):
        y1 = starts[i + 1][0] if i + 1 < len(starts) else y0 - last_depth
        cells = {h: [] for h in heads}
        for x, y, t, _ in sorted(rs, key=lambda r: (-r[1], r[0])):
            if y1 + 1 < y <= y0 + 1 and column(x):
                cells[column(x)].append(t)
        rows[ref] = {h: " ".join(v) for h, v in cells.items()}
    return rows, rs, hx


ANNEX_HEADS = ["Workstream", "Ref", "Initiative", "Owner", "Key milestone", "Date"]
INIT = {}
WS_OF = {}
for pg in (2, 3):
    rows, rs, hx = table(ANNEX_B, pg, ANNEX_HEADS, "Ref", r"[A-Z]+\d", floor=70)
    INIT.update(rows)
    # the merged workstream cell: its "(CODE)" run sits level with the first of its rows; later rows inherit it
    current = None
    for ref in sorted(rows, key=lambda r: -[y for x, y, t, _ in rs if t == r][0]):
        code = re.search(r"\(([A-Z]+)\)", rows[ref]["Workstream"])
        current = code.group(1) if code else current
        WS_OF[ref] = current
assert len(INIT) == 20, sorted(INIT)
assert all(ref.startswith(WS_OF[ref]) for ref in INIT), WS_OF
for ref, row in INIT.items():
    assert row["Owner"].startswith("Owner: "), (ref, row)

REG_HEADS = ["Ref", "WS", "R/M", "Description", "Owner", "Baseline", "Fore-cast", "Var", "L", "I", "Sc", "RAG",
             "Trend", "Action / comment", "Upd."]
REG, _, _ = table(REGISTER, 1, REG_HEADS, "Ref", r"[MR]-\d\d", floor=30, last_depth=25)
assert len(REG) == 12, sorted(REG)


def owner(ref):
    return INIT[ref]["Owner"]


def when(ref):
    """The date cell without its footnote marker (a lone digit run after the date)."""
    return re.sub(r" \d$", "", INIT[ref]["Date"])


def marker(ref):
    m = re.search(r" (\d)$", INIT[ref]["Date"])
    return m[1] if m else None


# ---------------------------------------------------------------------------------------------------------------
# Dates: each initiative's date parsed to periods, then the later papers' changes applied
# ---------------------------------------------------------------------------------------------------------------
MON = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}


def month(y, m):
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def period(text):
    """(start, end) of one date expression, or None when it gives no date."""
    t = text.strip()
    if m := re.fullmatch(r"(?:by )?(\d\d)/(\d\d)/(\d{4})", t):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return d, d
    if m := re.fullmatch(r"([A-Z][a-z]{2})-(\d\d)", t):
        return month(2000 + int(m[2]), MON[m[1].lower()])
    if m := re.fullmatch(r"Q([1-4]) (\d\d)/(\d\d)", t):
        q, y = int(m[1]), 2000 + int(m[2])
        start = date(y, 3 * q + 1, 1) if q < 4 else date(y + 1, 1, 1)
        end_month = start.month + 2
        return start, date(start.year, end_month, calendar.monthrange(start.year, end_month)[1])
    if m := re.fullmatch(r"Winter (\d{4})/\d\d", t):
        return date(int(m[1]), 12, 1), date(int(m[1]) + 1, 2, 28)
    if m := re.fullmatch(r"(\d{4})/(\d\d)", t):
        return date(int(m[1]), 4, 1), date(int(m[1]) + 1, 3, 31)
    if t in ("tbc", "time frame as yet unknown"):
        return None
    raise ValueError(t)


def milestones(ref, text):
    """[(label, period)] for an initiative's date cell ("Wave 1: Jan-17; all 9: Q3 17/18" is two)."""
    parts = [p.strip() for p in text.split(";")]
    out = []
    for p in parts:
        label, _, value = p.rpartition(": ") if ": " in p else ("", "", p)
        out.append((f"{ref} {label}".strip(), period(value)))
    return out


LATEST = {ref: milestones(ref, when(ref)) for ref in INIT}
# the register (9 December 2016): a forecast that differs from the baseline is the date now worked to
for ref, row in REG.items():
    if row["R/M"] == "M" and row["Fore-cast"] != row["Baseline"]:
        init = row["Description"].split()[0]
        if row["Fore-cast"] == "tbc":
            continue  # PBO1's OBC: no date now; its go-live is unchanged
        parts = LATEST[init]
        k = 0 if len(parts) == 1 else next(i for i, (label, _) in enumerate(parts)
                                           if norm(label.split(" ", 1)[1]) in norm(row["Description"]))
        parts[k] = (parts[k][0], period(row["Fore-cast"]))
# the minutes (12 January 2017): HLP2 moved
hlp2 = [t for t in U[MINUTES].values() if t.startswith("A16/33")][0]
LATEST["HLP2"] = [("HLP2", period(re.search(r"\| (\d\d/\d\d/\d{4}) \(was", hlp2)[1]))]
assert LATEST["UEC4"][0][1][0] == date(2017, 5, 31) and LATEST["PLC2"][0][1][0] == date(2017, 6, 30)


def window(code, start, end):
    """Labels of the workstream's milestones inside [start, end]; asserts none lies only partly inside."""
    inside = []
    for ref, ms in LATEST.items():
        if WS_OF[ref] != code:
            continue
        for label, p in ms:
            if p is None:
                continue
            if start <= p[0] and p[1] <= end:
                inside.append(label)
            else:
                assert p[1] < start or p[0] > end, f"{label} {p} partly in {start}..{end}"
    return sorted(inside)


def overdue(code, as_of):
    return sorted(label for ref, ms in LATEST.items() if WS_OF[ref] == code for label, p in ms if p and p[1] < as_of)


# ---------------------------------------------------------------------------------------------------------------
# Must-do self-assessment, read back row by row
# ---------------------------------------------------------------------------------------------------------------
MD_HEADS = ["No.", "National must-do (2016/17 planning", "Self-assessm", "Local priorities", "Executive lead"]
MD_ROWS, _, _ = table(ANNEX_D, 1, MD_HEADS, "No.", r"[1-9]", floor=30, last_depth=22)
assert sorted(MD_ROWS) == [str(n) for n in range(1, 10)], sorted(MD_ROWS)
COVER = {int(n): {"rag": r["Self-assessm"].lower(), "cell": r["Local priorities"].lower()} for n, r in MD_ROWS.items()}
assert [n for n, c in COVER.items() if c["cell"].startswith("not covered")] == [6, 9]
assert [n for n, c in COVER.items() if c["rag"] == "red"] == [4]
assert COVER[4]["cell"].startswith("covered by: uec (lead); ooh; mhld")
assert [n for n, c in COVER.items() if re.search(r"\booh\b", c["cell"])] == [3, 4]
assert "mhld" in COVER[8]["cell"] and "cancer alliance" in COVER[6]["cell"]

# ---------------------------------------------------------------------------------------------------------------
# Finance bridge re-added
# ---------------------------------------------------------------------------------------------------------------
fin = U[ANNEX_B][4]


def figures(label):
    m = re.search(re.escape(label) + r"\d?\n\s*(\(?[\d.]+\)?)\n\s*(\(?[\d.]+\)?)", fin)
    assert m, label
    return [-float(v.strip("()")) if v.startswith("(") else float(v) for v in (m[1], m[2])]


ws_lines = [figures(f"Workstream savings: {c}") for c in ["HLP", "OOH", "UEC", "PLC", "MHLD", "PBO"]]
sub = figures("Sub-total workstream savings")
for y in (0, 1):
    assert round(sum(r[y] for r in ws_lines), 1) == sub[y]
    total = (figures("Do-nothing financial gap")[y] + sub[y] + figures("Provider CIP beyond workstream schemes")[y]
             + figures("STF allocation")[y] + figures("Investment: OOH (locality teams and GP hubs)")[y]
             + figures("Investment: MHLD (crisis and Core 24)")[y])
    assert round(total, 1) == figures("Residual gap")[y], (y, total)
assert max(ws_lines, key=lambda r: r[1]) == figures("Workstream savings: PBO")
assert figures("Residual gap") == [-7.8, -24.1]
escalated = sorted(ref for ref, r in REG.items() if r["R/M"] == "R" and int(r["Sc"]) >= 15)
assert escalated == ["R-01", "R-02"], escalated
assert max((int(r["Sc"]), ref) for ref, r in REG.items() if r["R/M"] == "R")[1] == "R-01"

# ---------------------------------------------------------------------------------------------------------------
# Owners and role-holders
# ---------------------------------------------------------------------------------------------------------------
P2 = page(ANNEX_B, 2, "initiative table, HLP / OOH / UEC rows")
P3 = page(ANNEX_B, 3, "initiative table (continued), PLC / MHLD / PBO rows")
NEWS2 = page(NEWS, 2, "Who's who in the STP: full-width table across both columns")

assert "Harriet Lansdowne-Pike" in INIT["UEC1"]["Workstream"]
ask("uec-sro", OWNER, "role-holder", [person("Lansdowne-Pike")], P2,
    ["Who is the Senior Responsible Owner for the Urgent & Emergency Care workstream?",
     "who's the SRO for UEC in AVB? need to send her the wintr paper",
     "Which executive is ultimately accountable for the A&E and urgent care part of the plan?"], "wintr")
assert "Graham Stellings-Booth" in INIT["PLC1"]["Workstream"]
ask("plc-sro", OWNER, "role-holder", [person("Stellings-Booth")], P3,
    ["Who is the SRO for the Planned Care workstream?",
     "who's SRO on plannd care (PLC)?",
     "Who is the senior person answerable for the work on outpatients and routine operations?"], "plannd")
ask("mhld-clinical-lead", OWNER, "role-holder", [person("Ballantyne")], NEWS2,
    ["Who is the clinical lead for the Mental Health & Learning Disabilities workstream?",
     "who's the clinicl lead for MHLD?",
     "Which doctor leads clinically on the mental health side of the STP?"], "clinicl")
assert owner("UEC2").startswith("Owner: Simone Gathercole")
ask("uec2-owner", OWNER, "initiative-owner", [person("Gathercole")], P2,
    ["Who owns the Ashcombe Urgent Treatment Centre initiative (UEC2)?",
     "who owns UEC2, the ashcombe UTC? want to ask about the openign plans",
     "Who should I talk to about turning the Ashcombe minor injuries unit into a 24-hour centre?"], "openign")
assert owner("PBO1").startswith("Owner: Dr Leonie Faircloth")
ask("pbo1-owner", OWNER, "initiative-owner", [person("Faircloth")], P3,
    ["Who is the owner of the pathology network initiative?",
     "who owns the patholgy network (PBO1)?",
     "Who is in charge of joining up the two hospital trusts' labs?"], "patholgy")
assert owner("OOH1").startswith("Owner: Gwendolen Ashby-Kerr")
ask("ooh1-owner", OWNER, "initiative-owner", [person("Ashby-Kerr")], P2,
    ["Who owns the locality care teams initiative in Out of Hospital Care?",
     "who owns OOH1, the localty care teams?",
     "Who is responsible for bringing community nurses, therapists and social workers into one team per area?"],
    "localty")
assert owner("OOH3").startswith("Owner: Nerys Aldcroft")
MIN_OOH3 = cite(MINUTES, "A16/32", where="action log: OOH3 owner changed, was N Aldcroft, wef 01/02/2017")
ask("ooh3-owner-now", OWNER, "changed-owner", [person("van Loon")], MIN_OOH3,
    ["Who is the owner of the enhanced health in care homes initiative (OOH3)?",
     "who's the owner of OOH3 (care homes) now? thnks",
     "Who do I go to now about the GP and ward round support for care homes?"], "thnks", as_of="2017-03-01")
ask("ooh3-owner-before", OWNER, "previous-holder",
    [person("Aldcroft")], cite(MINUTES, "Nerys Aldcroft will leave", where="minute item 2: owner handover"),
    ["Who owned the care homes initiative (OOH3) before the change of owner agreed in January 2017?",
     "who had OOH3 care homes befor van loon took it over?",
     "Who was looking after the care home support work until the handover?"], "befor")
assert owner("MHLD1").startswith("Owner: Tamsin Holroyd")
ask("mhld1-owner", OWNER, "initiative-owner", [person("Holroyd")], P3,
    ["Who owns the crisis café and 24/7 crisis line initiative?",
     "who owns the crisus cafe thing in MHLD?",
     "Who runs the project for somewhere people in mental distress can go in the evening?"], "crisus")
ask("ooh-pm", OWNER, "role-holder", [person("Okafor-Rhys")], NEWS2,
    ["Who is the programme manager for the Out of Hospital Care workstream?",
     "who's the progamme manager for OOH?",
     "Who does the day-to-day project management for the community care workstream?"], "progamme")
ask("chair", OWNER, "governance", [person("Salterhaugh")],
    cite(NEWS, "Professor Ingrid Salterhaugh, Independent Chair", where="Chair's column signature"),
    ["Who is the Independent Chair of the STP Partnership Board?",
     "who chairs the partnrship board?",
     "Who is the person in charge of the top-level meetings of all the organisations in the plan?"], "partnrship")
ask("programme-director", OWNER, "governance", [person("Quenell")],
    cite(NEWS, "our Programme Director, Beatrix", where="What is the STP?"),
    ["Who is the STP Programme Director?",
     "who's the STP programme directr?",
     "Who runs the plan day to day?"], "directr")
r02 = REG["R-02"]
assert r02["Owner"] == "T Wrenfield" and "extended access" in r02["Description"]
ask("r02-owner", OWNER, "risk-owner", [person("Wrenfield")],
    page(REGISTER, 1, "register row R-02"),
    ["Who owns the risk that there are not enough GPs and nurses to staff the extended access hubs?",
     "who owns the GP workfroce risk on the extended access hubs (R-02)?",
     "Whose name is against the worry that we can't get enough GPs for the evening and weekend hubs?"],
    "workfroce")
assert owner("UEC3").startswith("Owner: Kieran Mallowby")
ask("mallowby-role", OWNER, "role-of-person", [alts("Discharge to Assess", "D2A", "UEC3")], P2,
    ["Which initiative does Kieran Mallowby own?",
     "what does kieren mallowby own in the STP?",
     "What's the adult social care director from the city council responsible for in the plan?"], "kieren")
carraway = [t for t in U[NEWS][2].split("\n") if t.startswith("Anselm Carraway")]
assert len(carraway) == 2
ask("carraway-list", OWNER, "list", [alts("Productivity & Back Office", "PBO"), ["Estates"]], NEWS2,
    ["Which workstreams or enablers is Anselm Carraway the SRO for?",
     "anselm carraway is SRO for PBO and what els?",
     "What parts of the plan does the finance director at Ashcombe & Tarrowdale lead?"], "els")
ask("ooh3-change-date", MILESTONE, "effective-date", [on(1, 2, 2017, "1 February 2017", "01/02/2017")],
    cite(MINUTES, "Dr Pieter van Loon", where="minute item 2: owner change with effect from"),
    ["From what date does Dr Pieter van Loon take over as owner of the care homes initiative?",
     "when does van loon take ovr OOH3?",
     "When did the care homes work change hands?"], "ovr")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
assert when("UEC1") == "01/10/2017"
ask("uec1-date", MILESTONE, "day", [on(1, 10, 2017, "01/10/2017")], P2,
    ["When is the Ambulatory Emergency Care unit at Brindlemouth General Infirmary due to open?",
     "when does the AEC unit at BGI open? (ambulatry care)",
     "When will the new same-day emergency unit in the assessment block at the Brindlemouth hospital open?"],
    "ambulatry")
assert when("UEC2") == "Winter 2017/18" and marker("UEC2") == "3"
assert [marker(r) for r in ("HLP2", "OOH2", "MHLD2")] == ["1", "2", "1"]
ask("uec2-date", MILESTONE, "season", [alts("Winter 2017/18", "winter 2017", "2017/18")], P2,
    ["When is the Ashcombe Urgent Treatment Centre due to open?",
     "when's the ashcombe UTC opening? urgnet care ppl asking",
     "When should the round-the-clock replacement for the Ashcombe minor injuries unit be open?"], "urgnet")
ask("uec2-footnote", MILESTONE, "footnote", [alts("outcome of public consultation", "public consultation",
                                                  "consultation")], P2,
    ["What is the opening date of the Ashcombe UTC subject to?",
     "the UTC date has a footnote - what's it dependnt on?",
     "Is there a condition attached to when the Ashcombe urgent care centre can open?"], "dependnt")
assert when("OOH2") == "Mar-18"
ask("ooh2-date", MILESTONE, "month", [alts("Mar-18", "March 2018")], P2,
    ["When will all four extended access GP hubs be open 8am to 8pm, seven days a week?",
     "when are the OOH2 extnded access hubs all open?",
     "By when can patients see a GP in the evening and at weekends from all the hubs?"], "extnded")
assert when("PBO3") == "time frame as yet unknown" and LATEST["PBO3"] == [("PBO3", None)]
ask("pbo3-date", MILESTONE, "unknown-date", [alts("time frame as yet unknown", "as yet unknown", "not known")],
    P3,
    ["When will e-rostering be in place for all clinical staff groups?",
     "when's e-rosterring (PBO3) going live?",
     "When will all three providers be doing their staff rotas electronically?"], "rosterring")
assert REG["M-02"]["Fore-cast"] == "30/06/2017" and when("PLC2") == "31/03/2017"
ask("plc2-moved", MILESTONE, "moved-date", [on(30, 6, 2017, "30/06/2017")],
    page(REGISTER, 1, "register row M-02: baseline 31/03/2017, forecast 30/06/2017"),
    ["When is the single MSK triage service now due to go live?",
     "when's PLC2 MSK triag going live now?",
     "When will the new joint and back pain assessment service actually start?"], "triag")
ask("plc2-original", MILESTONE, "original-date", [on(31, 3, 2017, "31/03/2017")], P3,
    ["What was the original go-live date for the MSK triage service in Annex B?",
     "what was the origional date for PLC2 MSK before it slipped?",
     "What date did the delivery plan first give for starting the joint and back pain service?"], "origional")
assert REG["M-01"]["Fore-cast"] == "31/05/2017" and when("UEC4") == "Mar-17"
ask("uec4-moved", MILESTONE, "moved-date", [on(31, 5, 2017, "31/05/2017")],
    page(REGISTER, 1, "register row M-01: baseline Mar-17, forecast 31/05/2017"),
    ["When is the integrated urgent care clinical assessment service (CAS) now due to go live?",
     "when does the UEC4 clinical assesment service go live?",
     "When will the GPs and pharmacists behind the 111 line start taking calls?"], "assesment")
ask("hlp2-moved", MILESTONE, "moved-date", [on(30, 6, 2017, "30 June 2017", "30/06/2017")],
    cite(MINUTES, "The Board NOTED that the maternity tariff", where="minute item 2: HLP2 moved from Q4 16/17"),
    ["When will the opt-out referral pathway for smoking in pregnancy go live?",
     "when does HLP2 smokng in pregnancy go live?",
     "When will midwives start automatically referring pregnant smokers for help?"], "smokng", as_of="2017-02-01")
assert when("MHLD2") == "Q2 18/19"
ask("mhld2-date", MILESTONE, "quarter", [alts("Q2 18/19", "Q2 2018/19", "July to September 2018")], P3,
    ["When will Core 24 liaison psychiatry be in place at Brindlemouth General Infirmary?",
     "when's core 24 liason psychiatry at BGI due?",
     "When will the hospital have round-the-clock psychiatric cover in A&E and on the wards?"], "liason")
assert when("MHLD3") == "by 31/03/2019"
ask("mhld3-date", MILESTONE, "deadline", [on(31, 3, 2019, "31/03/2019")], P3,
    ["By when should 75% of people with a learning disability have had an annual health check?",
     "deadline for the LD annual helth checks target (MHLD3)?",
     "By what date are we meant to have checked three quarters of people on the GP learning disability lists?"],
    "helth")
ask("big-conversation", MILESTONE, "event-date", [on(29, 11, 2016, "29 November 2016")],
    cite(NEWS, "Pellmoor Town Hall", where="Big Conversation events"),
    ["When is the Big Conversation event at Pellmoor Town Hall?",
     "when's the big conversaton event in pellmoor?",
     "What date is the drop-in session about the plan in Pellmoor?"], "conversaton")
ask("board-meets", FACT, "meeting-rule", [alts("second Thursday of each month", "second Thursday")],
    cite(NEWS, "second Thursday", where="How the STP is run"),
    ["When does the STP Partnership Board meet?",
     "wich day does the PB meet each month?",
     "How often do the chief executives and council leaders get together as the STP board?"], "wich")
ask("survey-close", MILESTONE, "deadline", [on(16, 12, 2016, "16/12/2016")],
    cite(NEWS, "online survey", where="Big Conversation events"),
    ["Until what date is the STP online survey open?",
     "when does the STP online survy close?",
     "If I can't get to one of the drop-in events, how long have I got to give my views online?"], "survy")

# ---------------------------------------------------------------------------------------------------------------
# Relative windows (the later papers' dates applied)
# ---------------------------------------------------------------------------------------------------------------
assert window("HLP", date(2017, 1, 16), date(2017, 4, 16)) == ["HLP1"]
ask("hlp-next3", MILESTONE, "relative-window", [alts("smoke-free", "HLP1", "tobacco control")], P2,
    ["Which Healthy Lives & Prevention milestones are due in the next three months?",
     "anything due for HLP (prevntion) in the next 3 months?",
     "What's coming up on the public health side of the plan before mid-April?"], "prevntion",
    as_of="2017-01-16")
assert window("UEC", date(2017, 4, 24), date(2017, 4, 24) + timedelta(weeks=6)) == ["UEC4"]
ask("uec-next6w", MILESTONE, "relative-window",
    [alts("UEC4", "clinical assessment service", "CAS go-live", "31/05/2017", "31 May 2017")],
    page(REGISTER, 1, "register row M-01 (forecast 31/05/2017); other UEC dates in Annex B page 2"),
    ["Which Urgent & Emergency Care milestones are due in the next six weeks?",
     "whats due for UEC in the next 6 wks? prepping the urgnt care board",
     "Is anything on the urgent care programme due to go live between now and early June?"], "urgnt",
    as_of="2017-04-24")
assert window("OOH", date(2017, 10, 1), date(2017, 12, 31)) == ["OOH1 all 9"]
ask("ooh-quarter", MILESTONE, "relative-window", [alts("all 9", "all nine localities", "OOH1",
                                                      "locality care teams")], P2,
    ["Which Out of Hospital Care milestones are due this quarter?",
     "what's due for OOH this quater?",
     "What's meant to be finished in community care between now and Christmas?"], "quater", as_of="2017-10-05")
assert overdue("UEC", date(2017, 4, 10)) == ["UEC3"]
ask("uec-overdue", MILESTONE, "relative-window", [alts("Discharge to Assess", "D2A", "UEC3")], P2,
    ["Which Urgent & Emergency Care milestones are overdue?",
     "anything overdew in UEC?",
     "Has the urgent care programme missed any of its dates so far?"], "overdew", as_of="2017-04-10")
assert window("PLC", date(2017, 4, 1), date(2017, 7, 1)) == ["PLC1", "PLC2"]
ask("plc-next3", MILESTONE, "relative-window",
    [alts("advice and guidance", "PLC1", "referral management"), alts("MSK", "PLC2", "musculoskeletal")], P3,
    ["Which Planned Care milestones are due in the next three months?",
     "what's due in PLC over the next 3 monthz?",
     "What's going live in planned care this spring and early summer?"], "monthz", as_of="2017-04-01")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
D1 = page(ANNEX_D, 1, "must-do self-assessment table")
ask("md4-coverage", MUSTDO, "mustdo-coverage",
    [alts("UEC", "Urgent & Emergency Care"), alts("OOH", "Out of Hospital Care"),
     alts("MHLD", "Mental Health & Learning Disabilities")], D1,
    ["Which local priorities cover national must-do 4 (A&E and ambulance)?",
     "which workstreams are coverd under MD4?",
     "Which parts of our plan help with the four-hour wait and ambulance times?"], "coverd")
ask("md-gaps", MUSTDO, "mustdo-gap", [md(6), ["Improving quality", "quality", "must-do 9", "must do 9", "MD9"]], D1,
    ["Which national must-dos are not covered by the STP's local priorities?",
     "which must dos are mising from the AVB plan?",
     "Are there any of the nine national requirements that our own workstreams don't pick up?"], "mising")
ask("md6-where", MUSTDO, "cell-detail", [alts("Cancer Alliance", "Tarrow & Pell")], D1,
    ["Where is must-do 6 (cancer) covered, given it is not covered by the STP workstreams?",
     "cancr must do isn't in the STP - which plan is it in?",
     "If the 62-day target isn't in our workstreams, whose plan picks it up?"], "cancr")
ask("ooh-mustdos", MUSTDO, "by-workstream",
    [["Primary care", "general practice", "must-do 3", "must do 3", "MD3"],
     ["Urgent & emergency care", "A&E", "must-do 4", "must do 4", "MD4"]], D1,
    ["Which national must-dos does the Out of Hospital Care workstream cover?",
     "whcih must dos does OOH cover?",
     "Which of the nine national requirements does the community care workstream help with?"], "whcih")
ask("md-red", MUSTDO, "cell-detail",
    [["Urgent & emergency care", "A&E", "must-do 4", "must do 4", "MD4", "4-hour"]], D1,
    ["Which must-do is self-assessed as Red (not on track)?",
     "which must do is red / not on trak?",
     "Which national requirement did we own up to being behind on?"], "trak")
ask("md5-lead", MUSTDO, "mustdo-lead", [person("Stellings-Booth")], D1,
    ["Who is the executive lead for must-do 5 (referral to treatment)?",
     "who's exec lead for MD5 refferal to treatment?",
     "Who is accountable for the 18-week waiting time standard in the plan?"], "refferal")
ask("md8-cover", MUSTDO, "cell-detail", [alts("MHLD", "Mental Health & Learning Disabilities", "MHLD3")], D1,
    ["Which local priority covers must-do 8 (learning disabilities)?",
     "what covers MD8 learning disabilites in the plan?",
     "Which of our workstreams picks up the national requirement on Transforming Care?"], "disabilites")

# ---------------------------------------------------------------------------------------------------------------
# Facts, figures, lists, decisions
# ---------------------------------------------------------------------------------------------------------------
F4 = page(ANNEX_B, 4, "finance summary, £m, brackets negative, residual gap footnoted")
ask("population", FACT, "figure", [alts("874,300", "874300", "874k")],
    cite(NEWS, "874,300", where="Chair's column"),
    ["What population does the Ashcombe Vale & Brindlemouth STP serve?",
     "whats the populaton of the AVB footprint?",
     "How many people live in the area our plan covers?"], "populaton")
ask("gap", FACT, "figure", [alts("212.4", "£212.4m", "£212m")], F4,
    ["What is the do-nothing financial gap in 2020/21?",
     "what's the do nothing gap by 20/21? the defecit figure",
     "How much money would we be short by the end of the plan if nothing changed?"], "defecit")
ask("pbo-savings", FACT, "figure", [alts("47.3", "£47.3m")], F4,
    ["How much is the Productivity & Back Office workstream expected to save in 2020/21?",
     "PBO savngs in 20/21?",
     "What will the back-office and efficiency work save a year by the final year of the plan?"], "savngs")
ask("residual", FACT, "figure", [alts("24.1", "£24.1m")], F4,
    ["What is the residual financial gap in 2020/21 after savings and investment?",
     "whats the residul gap for 20/21?",
     "After everything in the plan, how much of the money problem is left at the end?"], "residul")
ask("top-risk", FACT, "comparison", [alts("R-01", "residual financial gap", "residual gap")],
    page(REGISTER, 1, "register risk scores"),
    ["Which risk in the programme risk register has the highest score?",
     "what's the higest scoring risk on the register?",
     "What's the thing the programme office is most worried about?"], "higest")
ask("uec4-reason", FACT, "reason", [alts("re-procurement", "procurement")], page(REGISTER, 1, "register row M-01"),
    ["Why has the go-live of the clinical assessment service (UEC4) moved?",
     "why did UEC4 CAS slipp?",
     "What held up the 111 clinical hub?"], "slipp")
ask("workstreams", FACT, "list",
    [alts("Healthy Lives & Prevention", "HLP"), alts("Out of Hospital Care", "OOH"),
     alts("Urgent & Emergency Care", "UEC"), alts("Planned Care", "PLC"),
     alts("Mental Health & Learning Disabilities", "MHLD"), alts("Productivity & Back Office", "PBO")],
    cite(NEWS, "Healthy Lives & Prevention; Out of Hospital Care", where="Our six workstreams"),
    ["What are the six workstreams of the STP?",
     "what are the 6 workstreems in the AVB STP?",
     "What are the main areas of work the plan is split into?"], "workstreems")
ask("escalated", FACT, "filter",
    [alts("R-01", "residual financial gap"), alts("R-02", "extended access hubs", "GPs and nurses")],
    page(REGISTER, 1, "register: risks scoring 15 or more are escalated"),
    ["Which risks score 15 or more and are escalated to the Partnership Board?",
     "which risks get escalatd to the PB (15+)?",
     "Which risks are serious enough to go up to the top board?"], "escalatd")
ask("annex-b-approved", FACT, "decision", [alts("Annex B", "Delivery Plan")],
    cite(MINUTES, "The Board APPROVED", where="minute item 4: decisions"),
    ["What did the Partnership Board approve at its meeting on 12 January 2017?",
     "what did the PB aprove on 12 jan?",
     "What did the top board sign off in January as the basis for next year's contracts?"], "aprove")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (and one off-topic)
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-vice-chair", NONE, "near-miss", [], cite(NEWS, "chaired by our Independent", where="only the Chair named"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the PB? need a deputy signatre",
     "If the Independent Chair can't make a meeting, who chairs it instead?"], "signatre")
workforce = [t for t in U[NEWS][2].split("\n") if t.startswith("Rhodri Pennance")]
assert workforce and "tbc" in U[NEWS][2].split("Rhodri Pennance")[1].split("\n")[1]
absent("clinical lead for workforce", "workforce clinical lead")
ask("nm-wf-clinical-lead", NONE, "near-miss", [], NEWS2,
    ["Who is the clinical lead for the Workforce enabler?",
     "who's clinical lead on the workforce enablr?",
     "Which clinician is leading on staffing for the STP?"], "enablr")
absent("2021/22", "21/22", "2021")
ask("nm-2122", NONE, "near-miss", [], F4,
    ["How much will the Productivity & Back Office workstream save in 2021/22?",
     "PBO savings for 21/22? doing the long term forcast",
     "What do the back-office savings look like in the year after the plan ends?"], "forcast")
absent("consultation closes", "closing date", "consultation will close", "consultation ends", "close on")
ask("nm-consultation-close", NONE, "near-miss", [],
    cite(NEWS, "public consultation, expected", where="consultation start only, no closing date"),
    ["When does the public consultation on the Ashcombe Urgent Treatment Centre close?",
     "when does the ashcombe UTC consultation clos?",
     "What's the last day people can respond about the Ashcombe urgent care plans?"], "clos")
absent("alliance chair", "chair of the cancer alliance", "cancer alliance lead", "alliance is led", "alliance, led")
ask("nm-cancer-alliance", NONE, "near-miss", [], D1,
    ["Who chairs the Tarrow & Pell Cancer Alliance?",
     "who's in charge of the cancer aliance?",
     "Who runs the cancer network that picks up the 62-day target?"], "aliance")
absent_re(r"\d+ (gp )?practices")
absent("practices in the footprint", "number of practices")
ask("nm-practices", NONE, "near-miss", [], cite(NEWS, "874,300", where="population given, practices not counted"),
    ["How many GP practices are there in the Ashcombe Vale & Brindlemouth footprint?",
     "how many GP practises in AVB?",
     "How many surgeries are there across our patch?"], "practises")
absent("opening hours", "opening times", "open from", "café is open", "café opens at", "café will open")
ask("nm-cafe-hours", NONE, "near-miss", [], cite(NEWS, "Crisis café for Brindlemouth", where="opening month, no hours"),
    ["What are the opening hours of the Brindlemouth crisis café?",
     "what time does the crisis cafe opne in the evenings?",
     "If someone in distress wants to drop in tonight, when is the café open?"], "opne")
absent("tcp lead", "transforming care partnership lead", "chair of the transforming care",
       "transforming care partnership chair", "transforming care lead")
ask("nm-tcp-lead", NONE, "near-miss", [], D1,
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who's the TCP lead? our LD team want a nmae",
     "Who is in charge of the local plan to move people with learning disabilities out of hospital?"], "nmae")
absent("flu", "vaccination", "vaccine", "jab")
ask("ot-flu", NONE, "off-topic", [], None,
    ["Where can I get my staff flu vaccination at Brindlemouth General Infirmary?",
     "where's the staff flu jab clinc at BGI?",
     "Where do I go to get protected against winter bugs as a member of staff?"], "clinc")

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
        rel = re.search(r"\b(next month|next \d|next three|next six|this month|this quarter|this quater|overdue|"
                        r"overdew|currently|at present|so far|tonight|between now)\b", item["question"].lower())
        assert not rel or item["expect_no_answer"], (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
