"""Write questions.jsonl for the Haldenmoor & Cressbrook STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, xlsx rows on a sheet,
text lines) and the first alternative of every gold group must be in that window. The facts that need a step of
reasoning are worked out again here from the files as read back, not from make_papers.py:
  - Table 3 of the submission is parsed from the extracted text of pages 6-7 (row by row, its header repeated on
    page 7), the savings re-added against its Total and the largest found;
  - the nine must-dos grid (Table 4) is read by text position (pypdf visitor): each tick or half-circle is tied to
    its column heading by x and to its must-do row by y, so coverage, gaps and full/partial come from the page;
  - the finance tables are re-added (each year's do-nothing gap, the 2020/21 bridge down to the residual);
  - the risk table is parsed and the red risks found;
  - each delivery-plan slide's timeline labels are turned into periods (day / month / quarter) and, with the
    tracker's later forecasts applied, the relative windows are worked out and checked to hold only the gold item;
  - the tracker is read with openpyxl for forecasts, owners and the update-log cells.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
in it once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
SUB = "01_HC_STP_Submission_21Oct2016.pdf"
DPP = "02_HC_STP_Delivery_Plans_on_a_Page_v0.4_Jan2017.pdf"
TRK = "03_HC_STP_Appendix_E_PMO_Milestone_Tracker_03Feb2017.xlsx"
SHEET = "Milestone tracker"
MIN = "04_HC_STP_Partnership_Board_Minute_Extract_09Feb2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
CODES = ["PaS", "INC", "UEC", "ELC", "ASR", "MHT", "SEE"]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def contexts(phrase, width=160):
    """Every occurrence of phrase in any unit (normalised), with `width` characters either side."""
    out = []
    for units in U.values():
        for text in units.values():
            t = norm(text)
            for m in re.finditer(re.escape(norm(phrase)), t):
                out.append(t[max(0, m.start() - width): m.end() + width])
    return out


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), f"{fid}: unanswerable facts have no gold, answerable ones do"
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"aa-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"aa-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the papers as read back
# ---------------------------------------------------------------------------------------------------------------
def pdf_runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return runs


# Table 3 (pages 6-7): rows start at "Name (CODE)"; the header row repeats at the top of page 7
assert "initiative" in norm(U[SUB][7]) and "key milestones" in norm(U[SUB][7]), "Table 3 header not repeated"
T3 = U[SUB][6] + "\n" + U[SUB][7]
T3 = T3[T3.index("Table 3: Priority initiatives"): T3.index("Leading the priorities")]
starts = {c: re.search(r"\(" + c + r"\)\n", T3) for c in CODES}
assert all(starts.values()), starts
ROWS = {}
order = sorted(CODES, key=lambda c: starts[c].start())
for i, c in enumerate(order):
    seg = T3[starts[c].end(): starts[order[i + 1]].start() if i + 1 < len(order) else T3.index("\nTotal\n")]
    lines = seg.splitlines()
    savings = [ln for ln in lines if re.fullmatch(r"\d+\.\d", ln.strip())]
    assert len(savings) == 1, (c, savings)
    ROWS[c] = {"sro": lines[0].strip(), "savings": float(savings[0]), "text": norm(seg)}
TOTAL = float(re.search(r"\nTotal\n(\d+\.\d)", T3).group(1))
assert round(sum(r["savings"] for r in ROWS.values()), 1) == TOTAL == 77.9, TOTAL
BIGGEST = max(ROWS, key=lambda c: ROWS[c]["savings"])
assert BIGGEST == "INC" and ROWS["INC"]["savings"] == 18.9
assert ROWS["UEC"]["sro"] == "Bronwen Achterberg" and ROWS["ELC"]["sro"] == "Anselm Trevithick"
assert ROWS["MHT"]["sro"] == "Dr Nadia Kowalczyk"
assert "cressbrook urgent treatment centre opens - qtr 4 2016/17" in ROWS["UEC"]["text"]
assert "pathology network go-live - october 2017" in ROWS["ASR"]["text"]
# the table breaks across the page: SEE is on page 7, the others on page 6
assert "(SEE)" in U[SUB][7] and "(SEE)" not in U[SUB][6] and "(MHT)" in U[SUB][6]

# Table 4 (page 8) by position
runs = pdf_runs(SUB, 8)
col_x = {t: x for x, y, t in runs if t in CODES and y > 640}
assert len(col_x) == 7, col_x
row_y = {}
for x, y, t in runs:
    m = re.match(r"(\d)\. ", t)
    if m and x < 100 and y < 640:
        row_y[int(m.group(1))] = y
assert sorted(row_y) == list(range(1, 10)), row_y
GRID = {n: {} for n in range(1, 10)}
for x, y, t in runs:
    if t in ("✓", "◐"):
        col = min(col_x, key=lambda c: abs(col_x[c] + 8 - x))
        assert abs(col_x[col] + 8 - x) < 12, (t, x)
        row = min((n for n in row_y if row_y[n] >= y - 1), key=lambda n: row_y[n] - y)
        GRID[row][col] = "full" if t == "✓" else "partial"
GAPS = [n for n, cov in GRID.items() if not cov]
assert GAPS == [6, 8], GAPS
assert GRID[4] == {"UEC": "full", "INC": "partial", "MHT": "partial"}, GRID[4]
assert GRID[7] == {"MHT": "full", "PaS": "partial"}, GRID[7]
assert sorted(n for n in GRID if "ELC" in GRID[n] and n != 1) == [2, 5]
assert GRID[5]["ASR"] == "partial" and [c for c, v in GRID[9].items() if v == "full"] == ["ASR"]
assert len(GRID[1]) == 7

# Finance (page 11)
fin = U[SUB][11]
years = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]


def figures_after(label, n, text=fin):
    after = text[text.index(label) + len(label):].split("\n")
    return [float(v.strip("()")) for v in after[1:1 + n]]


comm, prov, soc = (figures_after(lab, 5) for lab in ("NHS commissioners", "NHS providers",
                                                    "Adult social care (two councils)"))
gap_line = fin[fin.index("\nDo-nothing gap\n") + 1:]
gap = [float(v) for v in gap_line.split("\n")[1:6]]
for i in range(5):
    assert round(comm[i] + prov[i] + soc[i], 1) == gap[i], (years[i], comm[i], prov[i], soc[i], gap[i])
GAP = dict(zip(years, gap))
assert GAP["2020/21"] == 284.6 and GAP["2018/19"] == 176.9
bridge = [float(v.strip("()")) for v in re.findall(r"\n\((\d+\.\d)\)", fin)]
start = float(re.search(r"Do-nothing gap 2020/21\n(\d+\.\d)", fin).group(1))
residual = float(re.search(r"Residual gap 2020/21\n(\d+\.\d)", fin).group(1))
assert round(start - sum(bridge), 1) == residual == 5.3, (start, bridge, residual)
assert 77.9 in bridge and 38.0 in bridge

# Risks (page 12)
risk_text = U[SUB][12]
risk_rows = re.split(r"\n(?=R\d\n)", risk_text[risk_text.index("Mitigation\n"):])[1:]
RISK = {}
for r in risk_rows:
    ref = r.split("\n")[0]
    rating = "Red" if "\nRed\n" in r else "Amber" if "\nAmber\n" in r else None
    RISK[ref] = (rating, norm(r))
assert len(RISK) == 6 and all(v[0] for v in RISK.values()), RISK.keys()
REDS = sorted(k for k, v in RISK.items() if v[0] == "Red")
assert REDS == ["R1", "R2", "R3"], REDS
assert "rosalind quaye" in RISK["R2"][1] and "opposition" in RISK["R2"][1]

# Delivery-plan slides: the timeline's label dates as periods
MON = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                   "dec"], 1)}


def period(label):
    """(start, end) of a slide label: dd/mm/yy, Mon yy, Qn yy/yy (NHS quarter)."""
    label = label.strip()
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d\d)", label)
    if m:
        d = date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
        return d, d
    m = re.fullmatch(r"([A-Z][a-z]{2}) (\d\d)", label)
    if m:
        y, mo = 2000 + int(m.group(2)), MON[m.group(1).lower()]
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return date(y, mo, 1), date.fromordinal(nxt.toordinal() - 1)
    m = re.fullmatch(r"Q(\d) (\d\d)/\d\d", label)
    if m:
        q, y = int(m.group(1)), 2000 + int(m.group(2))
        first = [(y, 4), (y, 7), (y, 10), (y + 1, 1)][q - 1]
        end_m = first[1] + 2
        nxt = date(first[0] + (end_m == 12), end_m % 12 + 1, 1)
        return date(first[0], first[1], 1), date.fromordinal(nxt.toordinal() - 1)
    raise ValueError(label)


SLIDE_OF = {c: n for n, c in enumerate(CODES, 3)}
MILES = {}  # code -> [(label date, text, (start, end))]
for c, n in SLIDE_OF.items():
    lines = U[DPP][n].split("\n")
    assert f"({c})" in U[DPP][n]
    body = lines[lines.index("Key milestones") + 1:]
    pairs = []
    for a, b in zip(body[::2], body[1::2]):
        if a.startswith("Savings"):
            break
        pairs.append((a, b, period(a)))
    MILES[c] = pairs
assert [p[1] for p in MILES["UEC"]][2].startswith("Cressbrook UTC opens")
# the tracker is later than the slides: apply its forecasts where they differ
from openpyxl import load_workbook  # noqa: E402

WS = load_workbook(PAPERS / TRK)[SHEET]
TR = {}
for row in WS.iter_rows(min_row=5, values_only=True):
    if row[0]:
        TR[row[0]] = row
assert str(TR["ASR-02"][5])[:10] == "2018-04-30" and str(TR["ASR-02"][4])[:10] == "2017-10-31"
assert "moved from oct 2017 to apr 2018" in norm(TR["ASR-02"][7])
assert TR["SEE-02"][4] == "Feb 17" and TR["SEE-02"][5] == "Mar 17"
assert str(TR["UEC-02"][5])[:10] == "2017-06-30" and TR["UEC-02"][4] == "Q4 16/17"
assert "revised to 30/06/17" in norm(TR["UEC-02"][7])
for c, pairs in MILES.items():
    for i, (lab, text, per) in enumerate(pairs):
        if text.startswith("Pathology"):
            pairs[i] = ("Apr 18", text, period("Apr 18"))
        if text.startswith("Back office business case"):
            pairs[i] = ("Mar 17", text, period("Mar 17"))


def due_within(codes, start, end):
    """Milestones (code, text) whose whole period lies in [start, end]."""
    return [(c, t) for c in codes for _lab, t, (s, e) in MILES[c] if start <= s and e <= end]


assert due_within(["UEC"], date(2017, 4, 1), date(2017, 4, 30)) == [("UEC", "NHS 111 clinical hub live")]
assert due_within(["UEC"], date(2017, 6, 1), date(2017, 6, 30)) == [("UEC", "Cressbrook UTC opens ◆")]
assert due_within(["INC"], date(2017, 1, 1), date(2017, 3, 31)) == [("INC", "12 neighbourhood teams mobilised")]
assert due_within(["SEE"], date(2017, 1, 1), date(2017, 3, 31)) == [
    ("SEE", "Estates strategy to NHS England"), ("SEE", "Back office business case to PB")]
assert due_within(CODES, date(2017, 7, 1), date(2017, 7, 31)) == [("ELC", "MSK triage footprint-wide")]
# ... and no paper puts anything else in those windows by a month-or-day date
for pats, must in [(["jul 2017", "july 2017", "/07/2017", "/07/17", "jul 17", "jul-17"], r"msk"),
                   (["jun 2017", "june 2017", "/06/2017", "/06/17", "jun 17"], r"cressbrook|utc|urgent treatment centre")]:
    for pat in pats:
        for ctx in contexts(pat, 150):
            assert re.search(must, ctx), (pat, ctx)
# the minute's new SRO and date
minute = norm("\n".join(U[MIN].values()))
assert "appointment of ffion abernethy-rowe" in minute and "with effect from 1 march 2017" in minute
assert "next meeting thursday 9 march 2017" in minute

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("uec-sro", OWNER, "role-holder", [person("Achterberg")],
    cite(SUB, "Urgent and Emergency Care Network (UEC)\nBronwen Achterberg", where="Table 3, UEC row, SRO column"),
    ["Who is the Senior Responsible Owner for the Urgent and Emergency Care Network?",
     "who's the SRO for the UEC netwrok?",
     "Which executive is ultimately accountable for joining up A&E, 111 and the ambulance work across the patch?"],
    "netwrok")
ask("inc-proglead", OWNER, "prose-only-role", [person("Ogunleye-Marsh")],
    cite(SUB, "led day to day by Harriet", where="para 3.3 (prose only in the submission)"),
    ["Who is the Programme Lead for Integrated Neighbourhood Care?",
     "who runs INC day to day - not the SRO, the prog lead? cant find it in the tabel",
     "Who manages the setting up of the twelve community-based care teams week to week, under the accountable "
     "exec?"], "tabel")
ask("elc-sro-now", OWNER, "changed-owner", [person("Blackwood-Singh")],
    page(DPP, 6, where="Planned Care slide, 'Who' box: SRO from 01/12/16"),
    ["Who is currently the Senior Responsible Owner for Elective Care Redesign?",
     "who's SRO for planned care atm? heard trevithick moved on, is that rigth?",
     "Who is now accountable for the work on referral rules, MSK triage and a single eye service?"],
    "rigth", as_of="2017-02-01")
ask("elc-sro-orig", OWNER, "previous-holder", [person("Trevithick")],
    cite(SUB, "Elective Care\nRedesign (ELC)\nAnselm Trevithick", where="Table 3, ELC row (October 2016)"),
    ["Who was named as Senior Responsible Owner for Elective Care Redesign in the October 2016 STP submission?",
     "who was the ELC SRO in the oct 16 submision?",
     "In the plan sent to NHS England in autumn 2016, whose name sat against the planned care redesign as the "
     "accountable owner?"], "submision")
ask("mht-sro-after", OWNER, "changed-owner", [person("Abernethy-Rowe")],
    cite(MIN, "PB/17/08", "effect from 1 March 2017", where="minute PB/17/08"),
    ["Who is the Senior Responsible Owner for Mental Health Transformation?",
     "who's MHT SRO now? nadia or the new nursing dirctor?",
     "Who is accountable at board level for the mental health programme at the moment?"],
    "dirctor", as_of="2017-03-15")
ask("mht-sro-before", OWNER, "role-holder-at-date", [person("Kowalczyk")],
    cite(SUB, "Transformation\n(MHT)\nDr Nadia Kowalczyk", where="Table 3, MHT row; replaced from 1 March 2017"),
    ["Who was the Senior Responsible Owner for Mental Health Transformation in December 2016?",
     "who was MHT SRO back in dec 16? need it for the minuets",
     "Before the board handed the mental health programme to a new accountable owner, who held that role?"],
    "minuets", as_of="2016-12-01")
ask("stp-lead", OWNER, "role-holder", [person("Thistlewood")],
    cite(SUB, "Margery Thistlewood, Chief Executive", where="executive summary, last paragraph"),
    ["Who leads the Haldenmoor & Cressbrook STP?",
     "who's the STP lead for haldenmoor & cressbrook? the footprint leed i mean",
     "Which chief executive fronts the whole partnership's plan on behalf of all the organisations?"], "leed")
ask("pb-chair", OWNER, "governance-prose", [person("Rusbridge")],
    cite(SUB, "6.2", where="para 6.2 (governance in prose)"),
    ["Who chairs the STP Partnership Board?",
     "who chairs the PB? the indep chair, can never remeber her name",
     "Who runs the top-level meetings where all the partner organisations take decisions together?"], "remeber")
ask("sdb-chair", OWNER, "governance-prose", [person("Castellane")],
    cite(SUB, "6.3", where="para 6.3 (governance in prose)"),
    ["Who chairs the System Delivery Board?",
     "who chairs SDB? want to get an item on the agnda",
     "Who is in the chair at the monthly meeting where all seven programme owners report progress?"], "agnda")
ask("digital-lead", OWNER, "enabler-lead", [person("Ridsdale")],
    cite(SUB, "5.1", where="para 5.1, Digital"),
    ["Who leads the Local Digital Roadmap?",
     "who owns the LDR / digital enabler? got a shared care recrod question",
     "Which IT chief is in charge of getting the neighbourhood teams a joined-up patient record?"], "recrod")
ask("risk-owner", OWNER, "risk-owner", [person("Quaye")],
    cite(SUB, "Table 8: Principal risks", where="Table 8, R2 owner"),
    ["Who owns the risk of public and political opposition to changes in acute services?",
     "who owns the risk re public opposition to the acute changes? R2 i thnk",
     "Whose name is against the danger that local people and politicians push back on hospital reconfiguration?"],
    "thnk")
ask("uec-clinical", OWNER, "prose-only-role", [person("Vell")],
    cite(SUB, "3.4", where="para 3.4 (prose); also the Urgent Care slide"),
    ["Who is the clinical lead for the Urgent and Emergency Care Network?",
     "who's clinical lead for urgent care? the ED consulant",
     "Which emergency doctor gives the clinical steer to the urgent care work?"], "consulant")
ask("dunmore-role", OWNER, "role-of-person",
    [alts("STP Finance Lead", "Director of Finance", "finance lead", "Finance and Estates Group",
          "System Efficiency and Estates")],
    cite(SUB, "6.5", where="para 6.5: Director of Finance of NHS Cressbrook Valley CCG and STP Finance Lead"),
    ["What role does Priyanka Dunmore hold in the STP?",
     "what does priyanka dunmore do in the STP, is she the finanse lead?",
     "What is Priyanka Dunmore's job in the way the plan is run?"], "finanse")
ask("councillors", OWNER, "list-members", [person("Penhallow"), person("Otterburn")],
    cite(SUB, "6.2", where="para 6.2: two elected members"),
    ["Which elected members sit on the STP Partnership Board?",
     "which cllrs are on the PB? need to invte them to the next one",
     "Which council leaders have a seat at the partnership's top table?"], "invte")
ask("pathology-owner", OWNER, "milestone-owner", [person("Lindqvist-Amadi")],
    cite(TRK, "ASR-02", sheet=SHEET, where="tracker row ASR-02, Milestone owner"),
    ["Who owns the pathology network go-live milestone?",
     "who owns the path network milestone on the PMO trakcer?",
     "Whose name is against the date for the shared lab service across both hospitals?"], "trakcer")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("utc-moved", MILESTONE, "moved-date", [alts(*on(30, 6, 2017, "30/06/17"), "June 2017")],
    page(DPP, 5, where="Urgent Care slide: 30/06/17 ◆ revised date (was Qtr 4 2016/17)"),
    ["When is the Cressbrook urgent treatment centre due to open?",
     "when does the cressbrook UTC open now? thought it was Q4 but heard it slipped agian",
     "When will the new walk-in urgent care unit in the Cressbrook valley start seeing patients?"],
    "agian", as_of="2017-02-01")
ask("utc-original", MILESTONE, "original-date",
    [alts("Qtr 4 2016/17", "Q4 2016/17", "Q4 16/17", "Qtr 4 16/17", "January to March 2017", "Jan-Mar 2017")],
    cite(SUB, "Cressbrook urgent treatment centre opens", where="Table 3, UEC milestones"),
    ["What opening date did the October 2016 submission give for the Cressbrook urgent treatment centre?",
     "what was the orignal date for the cressbrook UTC in the oct submission?",
     "Before it slipped, when had the autumn 2016 plan said the Cressbrook urgent care unit would open?"],
    "orignal")
ask("111-hub", MILESTONE, "day-date", [on(1, 4, 2017, "1 April 2017", "01/04/17")],
    cite(SUB, "NHS 111 clinical hub live", where="Table 3, UEC milestones"),
    ["When is the NHS 111 clinical hub due to go live?",
     "111 clincal hub go-live date?",
     "From what date will people ringing the non-emergency number be able to get through to a clinician in the "
     "new hub?"], "clincal")
ask("inc-teams", MILESTONE, "day-date", [on(31, 3, 2017, "31 March 2017")],
    cite(SUB, "12 neighbourhood teams mobilised", where="Table 3, INC milestones"),
    ["By when are the 12 neighbourhood teams to be mobilised?",
     "when r all 12 neighbourhod teams meant to be up and running?",
     "What's the deadline for getting all the local community care teams going?"], "neighbourhod")
ask("consult-unknown", MILESTONE, "unknown-date",
    [alts("time frame as yet unknown", "unknown", "not known", "no date", "not yet set", "no date set")],
    cite(TRK, "ASR-03", sheet=SHEET, where="tracker row ASR-03: baseline and forecast 'time frame as yet unknown'"),
    ["When will the public consultation on stroke and vascular services take place?",
     "when's the stroke/vascular consultaion happening?",
     "When will local people be formally asked about changing where strokes and artery operations are treated?"],
    "consultaion")
ask("pathology-moved", MILESTONE, "moved-date",
    [alts("Apr 2018", "April 2018", "30/04/2018", "Apr-18", "Apr 18")],
    cite(TRK, "ASR-02", sheet=SHEET, where="tracker row ASR-02: forecast 30/04/2018, log 'moved from Oct 2017 to "
                                           "Apr 2018'"),
    ["When is the pathology network now expected to go live?",
     "path network go live - still oct 17 or has it movd?",
     "When will the two hospitals' labs start working as one service?"], "movd", as_of="2017-02-20")
ask("msk", MILESTONE, "day-date", [on(1, 7, 2017, "1 July 2017", "01/07/17")],
    cite(SUB, "MSK triage service footprint-wide", where="Table 3, ELC milestones"),
    ["When will the MSK triage service be in place across the footprint?",
     "MSK traige go live date?",
     "From when will everyone with joint or back problems across the patch be assessed by the new service before "
     "a hospital referral?"], "traige")
ask("case-for-change", MILESTONE, "actual-date", [on(14, 12, 2016, "14/12/2016", "14/12/16")],
    cite(TRK, "ASR-01", sheet=SHEET, where="tracker row ASR-01: forecast 14/12/2016, complete"),
    ["On what date was the case for change for acute services published?",
     "when did the acute case for chnage actually come out?",
     "On what day did the document explaining why hospital services have to change go public?"], "chnage")
ask("next-pb", MILESTONE, "meeting-date", [on(9, 3, 2017, "9 March 2017")],
    cite(MIN, "PB/17/10", "Thursday 9 March 2017", where="minute PB/17/10"),
    ["When is the next meeting of the Partnership Board?",
     "when's the next PB? want to table the path recovery pln",
     "When does the partnership's top board get together after its February session?"], "pln",
    as_of="2017-02-20")
ask("mht-effective", MILESTONE, "effective-date", [on(1, 3, 2017, "1 March 2017")],
    cite(MIN, "appointment of Ffion Abernethy-Rowe", "effect from 1 March 2017", where="minute PB/17/08"),
    ["From what date does Ffion Abernethy-Rowe take over as SRO for Mental Health Transformation?",
     "when does ffion take over as MHT SRO? is it immediatly?",
     "When does the nursing director's new accountability for the mental health programme begin?"], "immediatly")
ask("rel-uec-next", MILESTONE, "relative-window", [alts("NHS 111 clinical hub", "111 clinical hub", "111")],
    page(DPP, 5, where="Urgent Care slide timeline: 01/04/17 NHS 111 clinical hub live"),
    ["What is due in the Urgent and Emergency Care Network next month?",
     "anyting due for UEC next month?",
     "Coming up in the next calendar month, which urgent care milestone should we be ready for?"],
    "anyting", as_of="2017-03-10")
ask("rel-inc-qtr", MILESTONE, "relative-window",
    [alts("12 neighbourhood teams", "neighbourhood teams mobilised", "twelve neighbourhood teams")],
    page(DPP, 4, where="Neighbourhoods slide timeline: 31/03/17"),
    ["Which Integrated Neighbourhood Care milestones are due this quarter?",
     "whats due this qtr for INC? need it for the hihglight report",
     "Between now and the end of the financial year, what do the local community care teams have to deliver?"],
    "hihglight", as_of="2017-02-15")
ask("rel-see-qtr", MILESTONE, "relative-window",
    [alts("Estates strategy"), alts("back office business case", "business case")],
    page(DPP, 9, where="Back Office & Estates slide: 31/01/17 and Feb 17 (tracker: Mar 17), both in Q4 2016/17"),
    ["Which System Efficiency and Estates milestones fall in this quarter?",
     "back office & estates - what's due this quater?",
     "What do the back-office and buildings people owe the system between now and the end of March?"],
    "quater", as_of="2017-01-03")
ask("rel-uec-month", MILESTONE, "relative-window",
    [alts("Cressbrook urgent treatment centre", "Cressbrook UTC", "urgent treatment centre", "UTC")],
    cite(TRK, "UEC-02", sheet=SHEET, where="tracker row UEC-02: forecast 30/06/2017"),
    ["What is due in urgent and emergency care this month?",
     "what's UEC got due this month? lookng at the digest",
     "Which urgent care deadline lands before this month is out?"], "lookng", as_of="2017-06-05")
ask("rel-all-next", MILESTONE, "relative-window", [alts("MSK triage", "MSK", "musculoskeletal")],
    page(DPP, 6, where="Planned Care slide: 01/07/17 MSK triage footprint-wide; nothing else in July 2017"),
    ["Which STP milestones are due next month?",
     "anything across the STP due next month? doing the forwrd look",
     "Looking at the calendar month after this one, which of our plan's deliverables fall due?"],
    "forwrd", as_of="2017-06-12")
ask("backoffice-moved", MILESTONE, "moved-date", [alts("Mar 17", "March 2017", "March")],
    cite(TRK, "SEE-02", sheet=SHEET, where="tracker row SEE-02: baseline Feb 17, forecast Mar 17"),
    ["When will the shared back office business case go to the Partnership Board?",
     "shared back offce case - still the feb PB?",
     "At which month's top-board meeting will the proposal to pool the organisations' support functions be "
     "considered?"], "offce", as_of="2017-02-05")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (Table 4 read by position)
# ---------------------------------------------------------------------------------------------------------------
ask("md-gaps", MUSTDO, "mustdo-gap", [alts("cancer", *md(6)), alts("learning disabilities", *md(8))],
    page(SUB, 8, where="Table 4: rows 6 and 8 have no mark; para 4.2"),
    ["Which of the nine must dos are not addressed by any local priority?",
     "which must dos have no local priorty against them?",
     "Which national planning requirements does our plan leave to other plans rather than our own workstreams?"],
    "priorty")
ask("md4", MUSTDO, "mustdo-coverage",
    [alts("UEC", "Urgent and Emergency Care", "Urgent Care"),
     alts("INC", "Integrated Neighbourhood Care", "Neighbourhood"),
     alts("MHT", "Mental Health Transformation", "Mental Health")],
    page(SUB, 8, where="Table 4, row 4: UEC ✓, INC ◐, MHT ◐"),
    ["Which priorities contribute to the A&E and ambulance must do?",
     "which workstreams suport MD4 (A&E/ambulance waits)? incl partial ones pls",
     "Which of our programmes help get emergency department and ambulance waits back on track, fully or partly?"],
    "suport")
ask("md7", MUSTDO, "mustdo-coverage",
    [alts("MHT", "Mental Health Transformation", "Mental Health"),
     alts("PaS", "Prevention at Scale", "Prevention")],
    page(SUB, 8, where="Table 4, row 7: MHT ✓, PaS ◐"),
    ["Which priorities contribute to the mental health access must do?",
     "what covers must do 7 (MH acess)?",
     "Which workstreams help us meet the new waiting standards for psychological therapies and early psychosis "
     "care?"], "acess")
ask("elc-mustdos", MUSTDO, "by-programme", [alts("financial balance", *md(2)), alts(*md(5), "18 weeks")],
    page(SUB, 8, where="Table 4, ELC column: 1 ✓, 2 ◐, 5 ✓"),
    ["Apart from the STP must do, which must dos does Elective Care Redesign contribute to?",
     "which must dos does ELC hit besides MD1? doing the asurance return",
     "Besides having a plan at all, which national requirements does the planned care redesign help with?"],
    "asurance")
ask("asr-rtt", MUSTDO, "cell-detail", [alts("partial", "half")],
    page(SUB, 8, where="Table 4, row 5, ASR column: ◐ = partial contribution (key)"),
    ["Is the Acute Services Review's contribution to the 18-week referral to treatment must do major or partial?",
     "ASR vs RTT must do - full tick or half circle? can't tell on the pritnout",
     "How much does the hospital collaboration review count towards the planned-care waiting time requirement in "
     "the plan's grid?"], "pritnout")
ask("md9", MUSTDO, "mustdo-lead", [alts("ASR", "Acute Services Review", "Acute Collaboration")],
    page(SUB, 8, where="Table 4, row 9: ASR ✓ (UEC ◐)"),
    ["Which priority makes the major contribution to the quality and special measures must do?",
     "who's got the full tick for MD9 qualty?",
     "Which workstream is the main vehicle for raising care standards at the trust needing outside support?"],
    "qualty")
ask("cancer-where", MUSTDO, "gap-route", [["Cancer Alliance"]],
    page(SUB, 8, where="Table 4 note, row 6; para 4.2"),
    ["Through which plan is the cancer 62-day standard delivered?",
     "where's cancer 62 day covered if it's not in our priorites?",
     "If none of our workstreams picks up the cancer waiting target, who does?"], "priorites")

# ---------------------------------------------------------------------------------------------------------------
# Figures and other facts
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure", [alts("786,800", "786800", "786.8k")],
    cite(SUB, "registered population of 786,800", where="executive summary; also Table 1 total"),
    ["What is the registered population of the footprint?",
     "total registerd pop for the STP?",
     "How many people are on GP lists across the whole patch?"], "registerd")
ask("cressbrook-pop", FACT, "figure", [alts("241,700", "241700")],
    cite(SUB, "Table 1: Our places", where="Table 1, Cressbrook Valley row"),
    ["What is the registered population of Cressbrook Valley?",
     "cressbrook valley popualtion?",
     "How many patients are registered with practices in the valley CCG's area?"], "popualtion")
ask("gap-2021", FACT, "figure", [alts("£284.6m", "284.6")],
    cite(SUB, "financial gap of £284.6m", where="executive summary; Table 7a"),
    ["What is the do-nothing financial gap by 2020/21?",
     "do nothing gap by 20/21, how much? board paper deadlne today",
     "If we changed nothing, how far short of money would health and social care be at the end of the five "
     "years?"], "deadlne")
ask("gap-1819", FACT, "figure-by-year", [alts("176.9", "£176.9m")],
    page(SUB, 11, where="Table 7a, Do-nothing gap row, 2018/19 column"),
    ["What is the do-nothing gap in 2018/19?",
     "what's the DN gap for 18/19 specificaly?",
     "How big is the shortfall we'd face in the year starting April 2018 without any of the plan?"],
    "specificaly")
ask("inc-savings", FACT, "figure", [alts("18.9", "£18.9m")],
    page(SUB, 6, where="Table 3, INC row, savings column"),
    ["What savings is Integrated Neighbourhood Care planned to deliver by 2020/21?",
     "how much is INC meant to save by 20/21? roughy £m",
     "What recurrent saving are the twelve community teams expected to bring in by the plan's last year?"],
    "roughy")
ask("total-savings", FACT, "total", [alts("77.9", "£77.9m")],
    page(SUB, 7, where="Table 3, Total row (page 7, after the repeated header)"),
    ["What are the total planned savings from the seven priority initiatives?",
     "total savngs from all 7 priorities?",
     "Add up what our workstreams are meant to take out of costs by 2020/21 - what's the figure?"], "savngs")
ask("residual", FACT, "figure", [alts("5.3", "£5.3m")],
    page(SUB, 11, where="Table 7b, Residual gap 2020/21"),
    ["What residual gap remains in 2020/21 after the finance bridge?",
     "whats left of the gap in 20/21 after everything? the residul",
     "After efficiencies, workstream savings, national funding and council measures, how much of the 2020/21 "
     "shortfall is still uncovered?"], "residul")
ask("biggest-saver", FACT, "comparison", [alts("Integrated Neighbourhood Care", "INC", "Neighbourhood")],
    page(SUB, 6, where="Table 3 savings column: INC 18.9 is the largest"),
    ["Which priority initiative has the largest planned savings?",
     "which workstream saves the most? biggest £ nubmer",
     "Which of our programmes is expected to do most to close the money gap?"], "nubmer")
ask("priorities", FACT, "list",
    [alts("Prevention at Scale", "Prevention", "PaS"),
     alts("Integrated Neighbourhood Care", "Neighbourhood", "INC"),
     alts("Urgent and Emergency Care", "Urgent", "UEC"),
     alts("Elective Care Redesign", "Elective", "Planned Care", "ELC"),
     alts("Acute Services Review", "Acute", "ASR"),
     alts("Mental Health Transformation", "Mental Health", "MHT"),
     alts("System Efficiency and Estates", "Estates", "Back Office", "SEE")],
    cite(SUB, "Our seven priorities are:", where="executive summary bullet list"),
    ["What are the seven priorities of the STP?",
     "can u list the 7 STP prioritys?",
     "What are the main programmes of work the plan is organised around?"], "prioritys")
ask("red-risks", FACT, "filter",
    [alts("R1", "workforce", "GPs"), alts("R2", "opposition"), alts("R3", "funding", "double running")],
    page(SUB, 12, where="Table 8, Rating column: R1, R2, R3 Red"),
    ["Which principal risks are rated red?",
     "which risks are red on the STP regsiter?",
     "Which of the plan's main dangers are judged most serious even after mitigation?"], "regsiter")
ask("acute-collab", FACT, "short-name", [["Acute Services Review"]],
    page(DPP, 7, where="Acute Collaboration slide subtitle: Acute Services Review (ASR)"),
    ["Which priority in the STP submission is the 'Acute Collaboration' workstream?",
     "is 'acute collab' on the DPOAP the same thing as the ASR? whats its full nmae",
     "The slides talk about our hospitals collaborating - what's that programme called in the October plan?"],
    "nmae")
ask("pathology-why", FACT, "reason", [alts("LIMS procurement", "LIMS", "laboratory information")],
    cite(TRK, "ASR-02", sheet=SHEET, where="tracker row ASR-02, update log 01/02/17"),
    ["Why was the pathology network go-live moved?",
     "why did the path go-live slip? somthing procurement related?",
     "What held up the start date of the joint lab service?"], "somthing")
ask("teams-progress", FACT, "update-log", [alts("9 of 12", "nine of 12", "9 out of 12", "nine")],
    cite(TRK, "INC-01", sheet=SHEET, where="tracker row INC-01, update log 30/01/17 (newest first)"),
    ["How many of the 12 neighbourhood teams had been mobilised at the last tracker update?",
     "how many INC teams were actualy live at the last update?",
     "At the latest progress note, how far had the roll-out of the community teams got?"], "actualy")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (absence checked over every paper) and off-topic
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-vice-chair", NONE, "near-miss", [], cite(SUB, "6.2", where="chair named; no vice chair"),
    ["Who is the vice chair of the STP Partnership Board?",
     "who's PB vice chair? rusbridge is away & i need somone to sign",
     "If the independent chair can't make it, who steps in to run the top board?"], "somone")
for ctx in contexts("transforming care partnership", 120):
    assert not re.search(r"led by|chaired by|lead:|chair:|sro", ctx), ctx
absent("tcp lead", "learning disabilities lead", "learning disability lead")
ask("nm-tcp-lead", NONE, "near-miss", [], cite(SUB, "4.2", where="TCP plan named; no lead"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP (LD)? cant see a name anwyhere",
     "Who is in charge of the separate plan for people with learning disabilities?"], "anwyhere")
for ctx in contexts("cancer alliance", 120):
    assert not re.search(r"led by|chaired by|chair:|chair of|lead:", ctx), ctx
ask("nm-cancer-chair", NONE, "near-miss", [], cite(SUB, "2.4", where="Cancer Alliance named; no chair"),
    ["Who chairs the Cancer Alliance?",
     "who chairs the cancer aliance?",
     "Who heads up the wider cancer partnership we share with neighbouring areas?"], "aliance")
for yr in ("2018/19", "18/19"):
    for ctx in contexts(yr, 60):
        assert "saving" not in ctx, ctx
absent("savings by year", "phasing", "2018/19 savings")
ask("nm-asr-1819", NONE, "near-miss", [],
    page(SUB, 6, where="Table 3, ASR row: savings given for 2020/21 only"),
    ["How much will the Acute Services Review save in 2018/19?",
     "ASR savings in 18/19 specifcally?",
     "What will the hospital collaboration work save in the year starting April 2018?"], "specifcally")
for ctx in contexts("shared care record", 100):
    assert not re.search(r"£[\d.]+m (?:of capital )?for the shared care record|shared care record[^.]{0,20}£", ctx), ctx
ask("nm-scr-capital", NONE, "near-miss", [],
    cite(SUB, "7.4", where="£12.3m capital covers the UTC, hubs and shared care record together; no split"),
    ["How much capital is set aside for the shared care record on its own?",
     "how much capitl is just for the shared care record? not the UTC or hubs",
     "What's the building-and-kit money for the joined-up patient record alone, leaving out the other projects?"],
    "capitl")
absent("2021/22", "21/22", "2021-22", "2022")
ask("nm-gap-2122", NONE, "near-miss", [], page(SUB, 11, where="Table 7a stops at 2020/21"),
    ["What is the do-nothing gap in 2021/22?",
     "DN gap in 21/22? table seems to stop at 20/21, am i misssing it",
     "How big would the shortfall be in the year after the plan ends, if nothing changed?"], "misssing")
absent("clinical director", "centre manager", "utc lead", "clinical lead for the urgent treatment centre")
ask("nm-utc-cd", NONE, "near-miss", [],
    cite(TRK, "UEC-02", sheet=SHEET, where="UTC milestone owner is the SRO; no UTC clinical director"),
    ["Who is the clinical director of the Cressbrook urgent treatment centre?",
     "who's clinical directr for the cressbrook UTC itself?",
     "Which doctor will run the new Cressbrook urgent care unit once it opens?"], "directr")
absent("parking", "permit", "car park")
ask("ot-parking", NONE, "offtopic", [], None,
    ["How do I apply for a staff parking permit at Haldenmoor General Hospital?",
     "how do i get a staff parkin permit at haldenmoor general?",
     "Where do I sort out being allowed to leave my car at the hospital while I'm on shift?"], "parkin")
absent("annual leave", "carry over", "holiday")
ask("ot-leave", NONE, "offtopic", [], None,
    ["How many days of annual leave can I carry over into next year?",
     "how many AL days can i cary over?",
     "If I don't use all my holiday this year, how much can I roll forward?"], "cary")

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
        rel = re.search(r"\b(next month|this month|this quarter|this qtr|overdue|currently|at present|now|atm)\b",
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
