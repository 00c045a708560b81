"""Write questions.jsonl for the Pemberholt & Wrexcombe STP papers (bank_az): 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx
'Sheet!row' rows, pptx slides, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the must-do grid on slide 5 of the HOSC briefing is read by text position (pypdf's visitor): a tick belongs to
    the priority whose heading is above it and to the must-do whose label is level with it;
  - initials and posts are resolved through the tables that name them (LTP Annex A, the BCP's Appendix A, the 7DS
    Contacts sheet, the HOSC "Who's who" slide, the TCP Board slide);
  - the savings bars, the LTP allocation, the TCP trajectory and funding and the 7DS investment are re-added;
  - the two relative windows are checked over every row's due date after the later papers' changes.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must occur
there once, be no word of any paper and no other fact's typo. A failed check stops the script before it writes.

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
LTP = "01_PW_CYP_MH_Local_Transformation_Plan_Refresh_31Oct2016.pdf"
BCP = "02_PW_IUC_Business_Continuity_Plan_v1.2_25Nov2016.docx"
SDS = "03_PW_Seven_Day_Services_Self_Assessment_Action_Plan_16Dec2016.xlsx"
HOSC = "04_PW_STP_Joint_HOSC_Briefing_26Jan2017.pdf"
TCP = "05_PW_TCP_Q3_Assurance_Summary_15Feb2017.pptx"
ARC = "06_PW_STP_Audit_Risk_Committee_Report_09Mar2017.txt"
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


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def absent(*phrases):
    for phrase in phrases:
        assert not re.search(r"(?<![a-z0-9])" + re.escape(norm(phrase)) + r"(?![a-z0-9])", EVERYTHING), \
            f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    assert questions[1] == questions[1].lower(), f"{fid}: chat phrasing not lower case"
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"az-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"az-{fid}", "phrasing": phrasing, "shape": shape})


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the papers
# ---------------------------------------------------------------------------------------------------------------
def pdf_runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def page_of(file, phrase):
    pages = [k for k, v in U[file].items() if norm(phrase) in norm(v)]
    assert len(pages) >= 1, phrase
    return pages[0]


GRID = page_of(HOSC, "How our priorities meet the nine national must-dos")


def mustdo_grid():
    """{must-do number: set of priority codes} read by position from the HOSC grid slide."""
    runs = pdf_runs(HOSC, GRID)
    heads = {t: x for x, y, t in runs if re.fullmatch(r"P[1-6]", t)}
    assert len(heads) == 6, heads
    labels = {int(t.split()[0]): y for x, y, t in runs if re.match(r"[1-9] [A-Z]", t) and x < 100}
    assert sorted(labels) == list(range(1, 10)), labels
    grid = {n: set() for n in labels}
    for x, y, t in runs:
        if t == "\u2713":
            col = min(heads, key=lambda h: abs(heads[h] - x))
            row = min(labels, key=lambda n: abs(labels[n] - y))
            grid[row].add(col)
    assert any("All six priorities" in t for _, _, t in runs)
    return grid


MD = mustdo_grid()
assert MD == {1: set(), 2: {"P3", "P6"}, 3: {"P3"}, 4: {"P3", "P4"}, 5: set(), 6: {"P2", "P6"}, 7: {"P1", "P5"},
              8: {"P5"}, 9: {"P4", "P6"}}, MD
assert [n for n in range(2, 10) if not MD[n]] == [5]          # the gap (must-do 1 is the merged "all" row)
assert {n for n in MD if "P6" in MD[n]} == {2, 6, 9} and {n for n in MD if "P4" in MD[n]} == {4, 9}


def resolve(file, initials, name):
    """Assert that a unit of `file` pairs `initials` with `name` (a key table row)."""
    rows = [v for v in U[file].values() for line in v.splitlines()
            if re.match(rf"{re.escape(initials)} \| {re.escape(name)}\b", line)]
    if not rows and file.endswith(".pdf"):
        text = "\n".join(U[file].values())
        rows = re.findall(rf"^{re.escape(initials)}\n{re.escape(name)}$", text, re.M)
    assert rows, (file, initials, name)


resolve(LTP, "SB", "Sunniva Brackenridge")
resolve(LTP, "KD", "Dr Kieran Dunmore")
resolve(LTP, "TM", "Tobias Merriweather")
resolve(LTP, "TMc", "Tamsin McAllister")
resolve(SDS, "NS", "Dr Nikhil Sarin")
resolve(SDS, "CWa", "Callum Wardle")
resolve(SDS, "CW", "Dr Cressida Wolstenholme")
ltp_text = "\n".join(U[LTP].values())
for ref, lead in (("LTP-01", "SB"), ("LTP-02", "KD"), ("LTP-07", "TM"), ("LTP-10", "TMc")):
    assert re.search(rf"^{ref}\n(?:.*\n){{1,4}}?{lead}\n", ltp_text, re.M), (ref, lead)
sds_rows = {v.split(" | ")[0]: v.split(" | ") for k, v in U[SDS].items() if k.startswith("Action plan!")}
assert sds_rows["7DS-01"][4] == "NS" and sds_rows["7DS-04"][4] == "CWa" and sds_rows["7DS-02"][5] == "30/06/2017"
bcp = {v.split(" | ")[0]: v.split(" | ") for v in U[BCP].values() if " | " in v}
assert bcp["Business Continuity Lead (tactical)"][1] == "Head of Governance & Resilience"
assert bcp["Head of Governance & Resilience"][1] == "Priyanka Lowther-Shah"
assert bcp["BC-R4"][-1] == "Head of IT & Digital" and bcp["Head of IT & Digital"][1] == "Gideon Tarrant"
assert bcp["Commissioner contact"][1].startswith("Head of Urgent Care Commissioning")
assert bcp["Head of Urgent Care Commissioning"][1] == "Marcus Oduya"
hosc_who = U[HOSC][page_of(HOSC, "Who's who")]
for post, name in (("Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust", "Colm Fairweather"),
                   ("Director of Public Health, Wrexcombe County Council", "Dr Fergus Mallinder"),
                   ("Chief Finance Officer, Pemberholt CCG", "Alasdair Pennock"),
                   ("STP Programme Director", "Barnaby Quist")):
    assert f"{post}\n{name}" in hosc_who, post
arc_text = (PAPERS / ARC).read_text()
assert re.search(r"SR1 .*Chief Finance Officer, Pemberholt CCG +4 +5 +20 +Red", arc_text)

# figures re-added
bars = [float(x) for x in re.findall(r"^\d+\.\d$", U[HOSC][page_of(HOSC, "Closing the gap")], re.M)]
assert len(bars) == 6 and round(sum(bars), 1) == 138.6 and round(138.6 + 26.2, 1) == 164.8 and max(bars) == 58.1
assert 812000 + 604000 + 426000 == 1842000 and 137000 + 101000 + 72000 == 310000
tcp_traj = [v for v in U[TCP].values() if "Plan Mar-18" in v][0].splitlines()
rows = [r.split(" | ") for r in tcp_traj if r.count(" | ") == 5][1:]
assert [sum(int(r[i]) for r in rows[:2]) for i in range(1, 6)] == [int(x) for x in rows[2][1:]], rows
assert rows[2][0] == "Total" and rows[2][4] == "25"
inv = [U[SDS][f"Investment!{r}"].split(" | ") for r in (5, 6, 7)]
assert all(int(r[5]) == sum(int(x) for x in r[1:5]) for r in inv)
assert [int(inv[0][i]) + int(inv[1][i]) for i in range(1, 6)] == [int(x) for x in inv[2][1:]] and inv[2][5] == "3460"

# ---------------------------------------------------------------------------------------------------------------
# Relative windows: every due date as a period, the later papers' changes applied
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(value):
    """(first day, last day) of a due date as the papers write it."""
    if isinstance(value, (date, datetime)):
        d = value.date() if isinstance(value, datetime) else value
        return d, d
    v = value.strip().lower()
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d\d(?:\d\d)?)", v)
    if m:
        y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        d = date(y, int(m[2]), int(m[1]))
        return d, d
    m = re.fullmatch(r"q([1-4]) (\d{4})/\d\d", v)
    if m:
        q, y = int(m[1]), int(m[2])
        start_m = 4 + 3 * (q - 1)
        y0 = y + (start_m > 12)
        start_m = (start_m - 1) % 12 + 1
        return date(y0, start_m, 1), date.fromordinal(month_end(y0, start_m + 2))
    m = re.fullmatch(r"([a-z]{3})-(\d\d)", v)
    if m:
        y, mo = 2000 + int(m[2]), MONTHS[m[1]]
        return date(y, mo, 1), date.fromordinal(month_end(y, mo))
    m = re.fullmatch(r"(?:end of )?([a-z]+) (\d{4})", v)
    if m:
        y, mo = int(m[2]), MONTHS[m[1][:3]]
        return date(y, mo, 1), date.fromordinal(month_end(y, mo))
    m = re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", v)
    if m:
        d = date(int(m[3]), MONTHS[m[2][:3]], int(m[1]))
        return d, d
    m = re.fullmatch(r"(\d{4})/\d\d", v)
    if m:
        return date(int(m[1]), 4, 1), date(int(m[1]) + 1, 3, 31)
    raise ValueError(value)


def in_window(items, start, end):
    """Refs wholly inside [start, end]; asserts none only partly overlaps."""
    hits = []
    for ref, due in items.items():
        a, b = period(due)
        if start <= a and b <= end:
            hits.append(ref)
        else:
            assert b < start or a > end, f"{ref} {due} partly overlaps {start}..{end}"
    return sorted(hits)


def sds_dues():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / SDS))["Action plan"]
    dues = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=6).value for r in range(5, ws.max_row + 1)}
    for ref, new in re.findall(r"action (7DS-\d\d) .*?The new due date is (end of [A-Za-z]+ \d{4})", arc_text, re.S):
        dues[ref] = new
    return dues


SDS_DUES = sds_dues()
assert SDS_DUES["7DS-01"] == "end of September 2017"
assert in_window(SDS_DUES, date(2017, 9, 1), date(2017, 9, 30)) == ["7DS-01", "7DS-05"]


def tcp_dues():
    slide = [v for v in U[TCP].values() if v.startswith("Workstreams and next milestones")][0]
    dues = {r.split(" | ")[0]: r.split(" | ")[4] for r in slide.splitlines()[2:]}
    changes = [v for v in U[TCP].values() if v.startswith("Changes since")][0]
    for ref, old, new in re.findall(r"(TC\d) [^:]*: the start moves from (\S+) to (\S+?),", changes):
        assert dues[ref] == old
        dues[ref] = new
    return dues


TCP_DUES = tcp_dues()
assert TCP_DUES["TC1"] == "Apr-18"
assert in_window(TCP_DUES, date(2017, 7, 1), date(2017, 9, 30)) == ["TC2"]

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("ltp01-lead", OWNER, "initials-resolved", [["Brackenridge"]],
    cite(LTP, "LTP-01", "Sunniva Brackenridge", where="LTP action plan row LTP-01, Lead SB; Annex A: SB = Sunniva "
         "Brackenridge"),
    ["Who leads action LTP-01, the single point of access for children and young people's mental health referrals?",
     "who's leading the cyp mh single point of access in the ltp? the plan only says sb, need a nmae",
     "Who is in charge of setting up one phone number and online form for all referrals about young people's mental "
     "health?"], "nmae")
ask("ltp02-lead", OWNER, "initials-resolved", [["Dunmore"]],
    cite(LTP, "LTP-02", "Dr Kieran Dunmore", where="LTP action plan row LTP-02, Lead KD; Annex A: KD = Dr Kieran "
         "Dunmore"),
    ["Who leads the community eating disorder service action (LTP-02) in the CYP mental health Local Transformation "
     "Plan?",
     "who's kd on the eating disorders action in the ltp? want to chase the waiting tiems",
     "Which doctor is responsible for getting youngsters with anorexia or bulimia seen within the national waiting "
     "times?"], "tiems")
ask("ltp10-lead", OWNER, "initials-resolved", [["McAllister"]],
    cite(LTP, "LTP-10", "Tamsin McAllister", where="LTP action plan row LTP-10, Lead TMc (not TM); Annex A: TMc = "
         "Tamsin McAllister"),
    ["Who leads the launch of the Young Commissioners group (LTP-10)?",
     "who is tmc in the cyp ltp? she's running the young commisioners group",
     "Who is organising the group of young people who will help design local mental health services for their age "
     "group?"], "commisioners")
ask("ltp07-lead", OWNER, "initials-resolved", [["Merriweather"]],
    cite(LTP, "LTP-07", "Tobias Merriweather", where="LTP action plan row LTP-07, Lead TM; Annex A: TM = Tobias "
         "Merriweather"),
    ["Who leads the children and young people's IAPT training action (LTP-07)?",
     "cyp iapt training - who is tm in the ltp? need to book the 12 practitoners in",
     "Who is responsible for getting a dozen staff trained in proven talking therapies for young people?"],
    "practitoners")
ask("bcp-bclead", OWNER, "post-resolved", [person("Lowther-Shah")],
    cite(BCP, "Business Continuity Lead (tactical)", "Priyanka Lowther-Shah",
         where="BCP section 2: Business Continuity Lead = Head of Governance & Resilience; Appendix A names the post"),
    ["Who is the Business Continuity Lead for the integrated urgent care service?",
     "who's the bc lead for iuc? the plan only gives a job title, what's their naem",
     "If the NHS 111 service is hit by a disaster, who coordinates keeping it running day to day?"], "naem")
ask("bcp-r4-owner", OWNER, "risk-owner", [["Tarrant"]],
    cite(BCP, "BC-R4", "Gideon Tarrant", where="BCP risk BC-R4 owner Head of IT & Digital; Appendix A names the post"),
    ["Who owns the cyber attack risk (BC-R4) in the integrated urgent care business continuity plan?",
     "who owns the ransomware risk on the 111 bcp? name please, not just the postt",
     "Who is answerable for the danger of hackers knocking out the urgent care phone service?"], "postt")
ask("bcp-commissioner", OWNER, "post-resolved", [["Oduya"]],
    cite(BCP, "Commissioner contact", "Marcus Oduya",
         where="BCP section 2: commissioner contact = Head of Urgent Care Commissioning; Appendix A names the post"),
    ["Who is the commissioner contact named in the integrated urgent care business continuity plan?",
     "who's the ccg contact in the iuc bcp if it gets invoked? need a name not a titel",
     "Which person at the local health commissioner should be rung if the urgent care phone line goes down?"],
    "titel")
ask("7ds01-lead", OWNER, "initials-resolved", [["Sarin"]],
    cite(SDS, "Dr Nikhil Sarin", sheet="Contacts",
         where="Action plan row 7DS-01, Lead NS; Contacts sheet: NS = Dr Nikhil Sarin"),
    ["Who leads seven day services action 7DS-01, the recruitment of four acute physicians at Wrexcombe & Dunhallow "
     "Hospitals?",
     "7ds-01 lead? sheet just says ns - who is that, it's the acute physican recruitment",
     "Who is in charge of hiring extra senior hospital doctors so weekend admissions at Wrexcombe get seen by a "
     "consultant quickly?"], "physican")
ask("7ds04-lead", OWNER, "initials-resolved", [["Wardle"]],
    cite(SDS, "Callum Wardle", sheet="Contacts",
         where="Action plan row 7DS-04, Lead CWa (not CW); Contacts sheet: CWa = Callum Wardle"),
    ["Who leads action 7DS-04, weekend CT and ultrasound at Wrexcombe & Dunhallow Hospitals?",
     "who is cwa on the 7ds plan? the weekend ct actoin - i keep mixing them up with cw",
     "Who is organising weekend scans at the Wrexcombe hospitals, with the images read by the Pemberholt team?"],
    "actoin")
ask("p4-sro", OWNER, "post-resolved", [["Fairweather"]],
    cite(HOSC, "SRO: Chief Executive, Wrexcombe", "Colm Fairweather",
         where="slide 4: P4 SRO is the Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust; slide 8 names the "
               "post"),
    ["Who is the Senior Responsible Officer for Priority 4, Urgent & Emergency Care?",
     "who's sro for p4 uec? the hosc slides just say chief exec of the hosptial trust",
     "Who has overall responsibility for the STP's work on A&E, NHS 111 and urgent treatment centres?"], "hosptial")
ask("p2-sro", OWNER, "post-resolved", [["Mallinder"]],
    cite(HOSC, "SRO: Director of Public Health", "Dr Fergus Mallinder",
         where="slide 4: P2 SRO is the Director of Public Health, Wrexcombe County Council; slide 8 names the post"),
    ["Who is the Senior Responsible Officer for Priority 2, Living Well?",
     "who's sro for p2 living well? slides say dph wrexcombe, want the actual naame",
     "Who is in overall charge of the plan's work on smoking, obesity and drinking?"], "naame")
ask("pd-now", OWNER, "changed-owner", [["Haworth"]],
    cite(ARC, "3.4 Barnaby Quist", "interim STP Programme Director",
         where="Audit and Risk Committee report 3.4: Delphine Haworth interim Programme Director from 1 April 2017"),
    ["Who is the STP Programme Director?",
     "who's the stp programme director now barnaby's gone? need to send the hosc folow-up",
     "Who is running the STP's programme team day to day?"], "folow", as_of="2017-04-10")
ask("pd-before", OWNER, "previous-holder", [["Quist"]],
    cite(HOSC, "Barnaby Quist", where="HOSC briefing slide 8: STP Programme Director Barnaby Quist"),
    ["Who was the STP Programme Director at the time of the January 2017 Joint HOSC briefing?",
     "who was programme director when the hosc briefing went in (jan 17)? need the old name for the recrods",
     "Who ran the STP's programme team before the interim person took over in April 2017?"], "recrods")
ask("sr1-owner", OWNER, "risk-owner", [["Pennock"]],
    cite(HOSC, "Alasdair Pennock", where="Audit report risk SR1 owner Chief Finance Officer, Pemberholt CCG (paper 06); "
         "HOSC slide 8 names the post"),
    ["Who, by name, owns risk SR1 (financial gap not closed by 2020/21) on the STP system risk register?",
     "sr1 on the system risk register - owner is the cfo at pemberholt ccg, who is that acutally",
     "Which person carries the risk that the local health economy does not balance its books by 2020/21?"],
    "acutally")
ask("tc4-lead-now", OWNER, "changed-owner", [["Marchetti"]],
    cite(TCP, "TC4 supported living: from 1 March 2017",
         where="TCP changes slide: Kezia Marchetti replaces DB as TC4 lead from 1 March 2017"),
    ["Who currently leads TC4, the supported living workstream of the Transforming Care Partnership?",
     "who's leading tc4 supported living now? db has moved off it i beleive",
     "Who is now in charge of finding new homes in the community for people with learning disabilities leaving "
     "hospital?"], "beleive", as_of="2017-03-20")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("ltp01-due", MILESTONE, "day", [on(31, 3, 2017, "31/03/17")],
    cite(LTP, "LTP-01", where="LTP action plan row LTP-01, By when"),
    ["When is the single point of access for children and young people's mental health referrals (LTP-01) due?",
     "when's the cyp mh single point of acess due to be in place?",
     "By when should families have one number to call about a child's mental health?"], "acess")
ask("ltp02-due", MILESTONE, "quarter", [["Q2 2017/18", "Q2 17/18", "quarter 2 2017/18", "July to September 2017",
                                          "Jul-Sep 2017"]],
    cite(LTP, "LTP-02", where="LTP action plan row LTP-02, By when"),
    ["When is the community eating disorder service expected to meet the access and waiting time standard?",
     "eating disorder service hitting the waiting standard - which quater is it due?",
     "When should young people with eating problems start being seen within the national waiting times?"], "quater")
ask("ltp03-now", MILESTONE, "moved-date", [["Q3 2017/18", "Q3 17/18", "quarter 3 2017/18", "October to December 2017",
                                             "Oct-Dec 2017"]],
    cite(ARC, "3.3 CYP mental health", "is now due Q3 2017/18",
         where="Audit and Risk Committee report 3.3: LTP-03 set from 'time frame as yet unknown' to Q3 2017/18"),
    ["When is the under-18s crisis and intensive home treatment team (LTP-03) now due?",
     "any date yet for the under 18s crisis home treatment team? the ltp said unkown",
     "When will teenagers in a mental health crisis be able to get intensive help at home in the evenings and at "
     "weekends?"], "unkown", as_of="2017-03-20")
ask("ltp03-orig", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "no date"]],
    cite(LTP, "LTP-03", where="LTP action plan row LTP-03, By when (October 2016 refresh)"),
    ["What completion date did the October 2016 LTP refresh give for the under-18s crisis and intensive home "
     "treatment team?",
     "what did the oct 16 ltp refresh say for the crisis team date (ltp-03)? checking the orignal",
     "In the autumn 2016 version of the young people's mental health plan, when was the home crisis service "
     "expected?"], "orignal")
ask("ltp04-due", MILESTONE, "month", [["Sept 2017", "September 2017", "Sep 2017", "Sep-17"]],
    cite(LTP, "LTP-04", where="LTP action plan row LTP-04, By when"),
    ["When is the mental health champions and link worker pilot in 24 schools due?",
     "when do the mh champions go into the 24 pilot schools? head teachers keep askign",
     "When will pupils in the trial schools get a named person for emotional wellbeing support?"], "askign")
ask("ltp10-wc", MILESTONE, "week-commencing", [["w/c 9 January 2017", "9 January 2017", "9 Jan 2017", "09/01/2017",
                                                 "week commencing 9 January 2017"]],
    cite(LTP, "LTP-10", where="LTP action plan row LTP-10, By when"),
    ["In which week is the Young Commissioners group due to launch?",
     "what week does the young commissioners group kick off? need it for the newsleter",
     "When does the panel of young people helping to shape local mental health services get going?"], "newsleter")
ask("ltp11-due", MILESTONE, "season", [["by winter 2017/18", "winter 2017/18", "winter 2017"]],
    cite(LTP, "LTP-11", where="LTP action plan row LTP-11 (page 2, under the repeated header), By when"),
    ["By when should out-of-area Tier 4 admissions be reduced under the Local Transformation Plan (LTP-11)?",
     "tier 4 out of area admissions - when's the reduction meant to land? spec comm want the timescale befor friday",
     "By when are fewer local teenagers meant to be sent to psychiatric units far from home?"], "befor")
ask("ltp12-due", MILESTONE, "month", [["Jan-18", "January 2018", "Jan 2018"]],
    cite(LTP, "LTP-12", where="LTP action plan row LTP-12 (page 2), By when"),
    ["When is the paediatric liaison and self-harm pathway in both emergency departments due?",
     "when's the paeds self harm pathway in ed due (ltp-12)? the liason nurse asked",
     "When should young people who have hurt themselves get a proper specialist route through A&E?"], "liason")
ask("bcp-tabletop", MILESTONE, "week-commencing", [["w/c 16 January 2017", "16 January 2017", "16 Jan 2017",
                                                     "16/01/2017", "week commencing 16 January 2017"]],
    cite(BCP, "Exercise Heron", where="BCP section 5: table-top exercise"),
    ["When is the table-top exercise (Exercise Heron) for the integrated urgent care business continuity plan?",
     "when's exercise heron, the table top for the 111 bcp? want to block out the diarys",
     "When will staff rehearse, around a table, what happens if the 111 call centre building is lost?"], "diarys")
ask("bcp-failover-now", MILESTONE, "moved-date", [["w/c 4 September 2017", "4 September 2017", "4 Sep 2017",
                                                    "04/09/2017", "week commencing 4 September 2017"]],
    cite(ARC, "3.2 Integrated urgent care business continuity", "w/c 4 September 2017",
         where="Audit and Risk Committee report 3.2: failover test moved from w/c 9 October 2017"),
    ["When is the live failover test of the integrated urgent care telephony to the Kelbridge backup site now "
     "scheduled?",
     "when is the 111 telephony failover test to kelbridge now? heard it moved, it's for the winter resilance plan",
     "When will the urgent care phone system be deliberately switched over to the backup building as a trial?"],
    "resilance", as_of="2017-03-20")
ask("bcp-failover-orig", MILESTONE, "original-date", [["w/c 9 October 2017", "9 October 2017", "9 Oct 2017",
                                                        "09/10/2017", "week commencing 9 October 2017"]],
    cite(BCP, "Live failover of telephony", where="BCP v1.2 section 5: live failover test"),
    ["What date did version 1.2 of the integrated urgent care business continuity plan give for the live failover "
     "test?",
     "what was the original week for the 111 failover test in bcp v1.2, before the audit comittee moved it?",
     "In the November 2016 continuity plan, when was the phone system switch-over to the backup site first planned?"],
    "comittee")
ask("7ds01-now", MILESTONE, "moved-date", [["end of September 2017", "September 2017", "30 September 2017",
                                             "Sep 2017", "30/09/2017"]],
    cite(ARC, "3.1 Seven day services", "end of September 2017",
         where="Audit and Risk Committee report 3.1: 7DS-01 moved from 31/03/2017"),
    ["What is the current due date for seven day services action 7DS-01 (four acute physicians at Wrexcombe & "
     "Dunhallow Hospitals)?",
     "7ds-01 acute physicians - is it still end of march or has it slippd?",
     "By when are the extra senior doctors for weekend admissions at Wrexcombe now expected in post?"], "slippd",
    as_of="2017-03-20")
ask("7ds02-due", MILESTONE, "day", [on(30, 6, 2017, "30/06/2017")],
    cite(SDS, "7DS-02", sheet="Action plan", where="7DS action plan row 7DS-02, Due (a real date cell)"),
    ["When is action 7DS-02, extending the acute medicine consultant rota to 10pm at weekends, due?",
     "when's the prh weekend consultant rota to 10pm due (7ds-02)? rota manegr wants to know",
     "When should hospital specialists at the Pemberholt Royal start working until late evening on Saturdays and "
     "Sundays?"], "manegr")
ask("hosc-iuc", MILESTONE, "from-date", [["from 1 April 2017", "1 April 2017", "1 Apr 2017", "01/04/2017"]],
    cite(HOSC, "from 1 April 2017", where="HOSC briefing slide 6 timeline"),
    ["When does integrated urgent care (NHS 111 and the clinical assessment service as one service) go live?",
     "when does the new integrated 111 + cas servise go live?",
     "From what date will the non-emergency phone line and its doctors and nurses work as one service?"], "servise")
ask("hosc-consult", MILESTONE, "month", [["September 2017", "Sept 2017", "Sep 2017", "Sep-17"]],
    cite(HOSC, "Public consultation on", where="HOSC briefing slide 6 timeline: Dunhallow beds consultation begins"),
    ["When does the public consultation on inpatient beds at Dunhallow Community Hospital begin?",
     "when does the dunhallow beds consultaion start?",
     "When will local people first be formally asked their views on the future of the beds at the Dunhallow "
     "hospital?"], "consultaion")
ask("tc1-now", MILESTONE, "moved-date", [["Apr-18", "April 2018", "Apr 2018"]],
    cite(TCP, "TC1 community forensic support team", where="TCP changes slide: TC1 start moves from Jan-18 to Apr-18"),
    ["When is the community forensic support team for adults with a learning disability now due to start?",
     "ld community forensic team start date now? hosc were told jan-18 but i heard it's been pusehd back",
     "When will the specialist team supporting people with learning disabilities who have been in trouble with the "
     "law now begin?"], "pusehd", as_of="2017-03-20")
ask("rel-7ds-next-month", MILESTONE, "relative-window",
    [["acute physicians", "7DS-01"], ["interventional radiology", "7DS-05"]],
    cite(SDS, "7DS-01", "7DS-05", sheet="Action plan",
         where="7DS action plan: 7DS-05 due 29/09/2017; 7DS-01 moved to end of September 2017 by paper 06, 3.1"),
    ["Which seven day services actions are due next month?",
     "what 7ds actions are due next month? prepping the delivery group agena",
     "Which of the weekend hospital care improvements are meant to be finished in the coming month?"], "agena",
    as_of="2017-08-14")
ask("rel-tcp-quarter", MILESTONE, "relative-window", [["intensive support team", "TC2"]],
    cite(TCP, "TC2", where="TCP workstreams slide: TC2 due Q2 2017/18 (July to September 2017)"),
    ["Which Transforming Care Partnership milestone is due this quarter?",
     "which tcp milestone is due this qtr? updating the ld dashbord",
     "What is the learning disability partnership meant to deliver in the current three months?"], "dashbord",
    as_of="2017-07-10")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (HOSC slide 5, read by position above)
# ---------------------------------------------------------------------------------------------------------------
GRID_CITE = cite(HOSC, "How our priorities meet the nine national must-dos",
                 where="HOSC slide 5: must-do grid, ticks placed under P1..P6 by position")


def mdg(n, label, *extra):
    return alts(label, *extra, f"Must-do {n}", f"must do {n}", f"must-dos {n}", f"MD{n}", f"MD {n}")


P = {"P2": alts("Living Well", "P2"), "P3": alts("Primary & Community Care", "P3", "primary and community care"),
     "P4": alts("Urgent & Emergency Care", "P4", "urgent and emergency care"),
     "P5": alts("Mental Health & Learning Disabilities", "P5", "mental health and learning disabilities"),
     "P6": alts("Sustainable Hospital Services", "P6")}
ask("md-gap", MUSTDO, "mustdo-gap", [md(5) + ["18 weeks"]], GRID_CITE,
    ["Which of the nine national must-dos is not covered by any of the STP's six priorities?",
     "which must-do has no stp priority agianst it?",
     "Which national expectation for the NHS has nothing in the local plan's six big programmes behind it?"],
    "agianst")
ask("md4-cover", MUSTDO, "mustdo-coverage", [P[p] for p in sorted(MD[4])], GRID_CITE,
    ["Which STP priorities cover national must-do 4 (A&E and ambulance waits)?",
     "which priorities tick md4, a&e and abmulance?",
     "Which of the local programmes are meant to help cut waits in casualty and for ambulances?"], "abmulance")
ask("md6-cover", MUSTDO, "mustdo-coverage", [P[p] for p in sorted(MD[6])], GRID_CITE,
    ["Which STP priorities address national must-do 6 (cancer)?",
     "which of our priorities cover the cancer 62 day must-do? need it for the allaince update",
     "Which of the local programmes will help people with suspected cancer get diagnosed and treated quicker?"],
    "allaince")
ask("md8-cover", MUSTDO, "mustdo-coverage", [P[p] for p in sorted(MD[8])], GRID_CITE,
    ["Which STP priority covers national must-do 8 (learning disabilities)?",
     "which priority covers md8 learning disabilites?",
     "Which local programme is meant to deliver the national expectations for people with a learning disability?"],
    "disabilites")
ask("md-p6", MUSTDO, "by-priority",
    [mdg(2, "2 Financial balance", "Financial balance", "finance"), mdg(6, "6 Cancer", "Cancer"),
     mdg(9, "9 Quality and safety", "Quality")], GRID_CITE,
    ["Apart from must-do 1, which national must-dos does Priority 6, Sustainable Hospital Services, address?",
     "besides md1, what must-dos does p6 sustainable hospital services hit? filling in the asurance template",
     "Other than the plan itself, which national NHS expectations is the work on joining up the two big hospitals "
     "meant to help meet?"], "asurance")
ask("md-p4", MUSTDO, "by-priority",
    [mdg(4, "4 A&E and ambulance waits", "A&E", "ambulance"), mdg(9, "9 Quality and safety", "Quality")], GRID_CITE,
    ["Apart from must-do 1, which national must-dos does Priority 4, Urgent & Emergency Care, address?",
     "besides md1 which must-dos does p4 uec tick? doing a crosswalk for nhse, quick ansewr please",
     "Other than the plan itself, which national NHS expectations does the emergency care programme help meet?"],
    "ansewr")
assert {n for n in MD if "P6" in MD[n]} == {2, 6, 9} and {n for n in MD if "P4" in MD[n]} == {4, 9}

# ---------------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------------
ask("ltp-total", FACT, "figure", [["1,842,000", "£1,842,000", "£1.842m", "£1.84m", "1842000"]],
    cite(LTP, "1,842,000", where="LTP Table 1, Total row"),
    ["What is the total 2016/17 Local Transformation Plan allocation across the three CCGs?",
     "total ltp allocation for 16/17 across the 3 ccgs? finance want the nubmer",
     "How much money in total do the three local commissioners get in 2016/17 to transform young people's mental "
     "health care?"], "nubmer")
ask("ltp-dunhallow", FACT, "figure", [["426,000", "£426,000", "£426k", "£0.426m"]],
    cite(LTP, "426,000", where="LTP Table 1, Dunhallow CCG row"),
    ["What is Dunhallow CCG's 2016/17 Local Transformation Plan allocation?",
     "how much ltp money does dunhallow ccg get in 16/17? writing the govrning body paper",
     "How much does the Dunhallow commissioner get in 2016/17 to improve children's mental health services?"],
    "govrning")
ask("ltp-access", FACT, "figure", [["22.4%", "22.4 per cent", "22.4 percent"]],
    cite(LTP, "22.4%", where="LTP section 3, Access"),
    ["What proportion of children and young people with a diagnosable mental health condition entered treatment in "
     "2015/16?",
     "what % of cyp with a diagnosable mh condition got treatment in 15/16? quick stat for the brefing",
     "Out of all the local youngsters thought to have a mental health problem, what share were actually treated in "
     "2015/16?"], "brefing")
ask("population", FACT, "figure", [["912,400", "912400", "912 thousand"]],
    cite(HOSC, "912,400", where="HOSC slide 2 tile"),
    ["What is the registered population of the Pemberholt & Wrexcombe STP footprint?",
     "how many people are registered with a gp across the footprint? need the popualtion figure",
     "How many people are covered by this plan, counted by who is signed up with a family doctor?"], "popualtion")
ask("gap", FACT, "figure", [["£164.8m", "164.8", "£164.8 million"]],
    cite(HOSC, "£164.8m", where="HOSC slide 2 tile (and slide 3)"),
    ["What is the STP's do-nothing financial gap by 2020/21?",
     "what's the do-nothing gap by 20/21? for the finacne slide",
     "How big a money shortfall would the local NHS face by 2020/21 if nothing changed?"], "finacne")
ask("p6-savings", FACT, "figure", [["58.1", "£58.1m", "£58.1 million"]],
    cite(HOSC, "Closing the gap", where="HOSC slide 3 bars: P6 58.1 (£m)"),
    ["How much is Priority 6, Sustainable Hospital Services, expected to save by 2020/21?",
     "p6 savings by 20/21 - how many £m? checking against the trust plans, it looks hgih",
     "How much money is the work on the two big hospitals meant to save by 2020/21?"], "hgih")
ask("total-savings", FACT, "figure", [["£138.6m", "138.6", "£138.6 million"]],
    cite(HOSC, "£138.6m", where="HOSC slide 3: savings from the six priorities, total"),
    ["What is the total of savings from the six STP priorities by 2020/21?",
     "total savings across all six priorites by 20/21?",
     "Adding up all six local programmes, how much do they save by 2020/21?"], "priorites")
ask("tcp-mar18", FACT, "figure", [["25"]],
    cite(TCP, "Plan Mar-18", where="TCP trajectory table, Total row, Plan Mar-18"),
    ["What is the planned total number of inpatients with a learning disability and/or autism for March 2018?",
     "tcp inpatient trajectory - total planned for mar-18? the reigon want it",
     "How many people with learning disabilities or autism does the partnership expect to still be in hospital in "
     "March 2018?"], "reigon")
ask("7ds-wdh-weekend", FACT, "figure", [["51%", "51 per cent", "51 percent"]],
    cite(SDS, "Wrexcombe & Dunhallow Hospitals NHS Trust | 2", sheet="Standards",
         where="Standards sheet: Wrexcombe & Dunhallow, standard 2, Weekend"),
    ["What was weekend compliance with clinical standard 2 (first consultant review within 14 hours) at Wrexcombe & "
     "Dunhallow Hospitals?",
     "7ds std 2 weekend compliance at wdh? i think it's the wrost in the footprint",
     "How often did patients admitted at the weekend to the Wrexcombe hospitals get seen by a senior specialist "
     "within 14 hours?"], "wrost")
ask("7ds-invest", FACT, "figure", [["3460", "3,460", "£3,460,000", "£3.46m", "£3.46 million", "£3,460k"]],
    cite(SDS, "Total | 1200", sheet="Investment", where="Investment sheet (£000), Total row, Total column"),
    ["What total recurrent investment is needed to meet the four priority seven day services standards?",
     "how much recurrent investment for 7ds across both trusts in total? £000 is fine, for the busines case",
     "How much extra money each year would both hospitals together need to give the same care at weekends as on "
     "weekdays?"], "busines")
assert bcp["Clinical triage by GPs, nurses and pharmacists"][2] == "30 minutes"
ask("bcp-rto-triage", FACT, "table-cell", [["30 minutes", "half an hour", "30 mins"]],
    cite(BCP, "Clinical triage by GPs, nurses and pharmacists",
         where="BCP section 3: Clinical Assessment Service group row, clinical triage, RTO column"),
    ["What is the recovery time objective for clinical triage in the Clinical Assessment Service?",
     "what's the rto for cas clinical triage in the iuc bcp? doing the assurnace return",
     "If the urgent care service goes down, how quickly must the GPs and nurses assessing callers be working "
     "again?"], "assurnace")
ask("sr-red", FACT, "filter", [["SR1", "financial gap"], ["SR2", "workforce"]],
    cite(ARC, "SR1  Financial gap", "2.2 Two risks are rated Red",
         where="Audit and Risk Committee report section 2: risk register, Rating column; 2.2"),
    ["Which risks on the STP system risk register are rated Red?",
     "which stp system risks are rated red? prepping for arc tommorow",
     "Which of the local plan's system-wide risks carry the top, red warning rating?"], "tommorow")

# ---------------------------------------------------------------------------------------------------------------
# Near-misses: the papers come close but do not give the answer (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
assert EVERYTHING.count("digital lead") == 1
ask("nm-digital-lead", NONE, "near-miss", [],
    cite(ARC, "SR5", where="risk SR5 is owned by the 'STP Digital Lead', a post named nowhere"),
    ["Who is the STP Digital Lead who owns risk SR5?",
     "who's the stp digital lead (sr5 owner)? can't find a name anywhere, need them for the shared record meetng",
     "Who is the person responsible for making the different NHS computer records talk to each other?"], "meetng")
absent("consultation close", "consultation closes", "consultation will close", "consultation ends", "closing date",
       "closes on")
ask("nm-consult-close", NONE, "near-miss", [],
    cite(HOSC, "Public consultation on", where="HOSC slide 6 gives only the start (September 2017)"),
    ["When does the public consultation on inpatient beds at Dunhallow Community Hospital close?",
     "closing date for the dunhallow beds consultation? comms are planning the last pussh",
     "What is the last day people can give their views on the Dunhallow hospital beds?"], "pussh")
absent("2017/18 allocation", "allocation 2017/18", "allocation for 2017/18", "ltp allocation 2017/18")
ask("nm-ltp-1718", NONE, "near-miss", [],
    cite(LTP, "1,842,000", where="LTP Table 1 gives 2016/17 only"),
    ["What is the Local Transformation Plan allocation for 2017/18?",
     "ltp allocation for 17/18 - has it been publshed?",
     "How much money will the local young people's mental health plan get in the following financial year, "
     "2017/18?"], "publshed")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [],
    cite(HOSC, "Closing the gap", where="HOSC slide 3 stops at 2020/21"),
    ["How much is Priority 6, Sustainable Hospital Services, expected to save in 2021/22?",
     "p6 savings in 21/22? the year after the stp period, any estmate?",
     "How much will the hospital programme save in the year after the plan finishes?"], "estmate")
absent("chair")
ask("nm-jhosc-chair", NONE, "near-miss", [],
    cite(HOSC, "Briefing for the Joint Health Overview", where="HOSC title slide names no committee chair"),
    ["Who chairs the Joint Health Overview and Scrutiny Committee?",
     "who chairs the joint hosc? need to adress the letter properly",
     "Which councillor leads the panel of local politicians who scrutinise the health plan?"], "adress")
ask("nm-arc-chair", NONE, "near-miss", [],
    cite(ARC, "JOINT AUDIT AND RISK COMMITTEE", where="Audit and Risk Committee report header names no chair"),
    ["Who chairs the Joint Audit and Risk Committee?",
     "who's the chair of the joint audit & risk cttee? the report dosen't say",
     "Who presides over the committee that checks the STP's risks and audits?"], "dosen't")
assert "dunhallow community" not in norm("\n".join(U[SDS].values()))
ask("nm-dch-7ds", NONE, "near-miss", [],
    cite(SDS, "Wrexcombe & Dunhallow Hospitals NHS Trust | 2", sheet="Standards",
         where="Standards sheet covers the two acute trusts only"),
    ["What is weekend compliance with seven day services standard 2 at Dunhallow Community Hospital?",
     "7ds std 2 weekend % for dunhallow community hosp specificaly?",
     "How quickly are weekend patients at the Dunhallow community hospital seen by a consultant?"], "specificaly")
absent("contract value", "value of the contract", "cost of", "openline (£", "worth")
ask("nm-openline-cost", NONE, "near-miss", [],
    cite(LTP, "Openline", where="LTP row LTP-06 says the contract was awarded, with no value"),
    ["What is the contract value of the Openline online counselling service?",
     "how much is the openline online counselling contract worth? procurement want the valeu",
     "How much is being paid for the internet counselling service for 11 to 18 year olds?"], "valeu")
absent("call handlers", "whole time equivalent", "wte", "headcount", "staff in post")
ask("nm-call-handlers", NONE, "near-miss", [],
    cite(BCP, "40 call-handling positions", where="BCP gives backup positions and call volumes, not staff numbers"),
    ["How many call handlers does Marrick Urgent Care CIC employ for the integrated urgent care service?",
     "how many call handlers has marrick got in total for 111? workforce want a hedcount",
     "How many staff answer the phones for the non-emergency 111 line?"], "hedcount")

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
        rel = re.search(r"\b(next month|this month|this quarter|this qtr|this week|next week|overdue|currently|"
                        r"at present|now|atm|current)\b", item["question"].lower())
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
