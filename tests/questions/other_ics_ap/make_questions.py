"""Write questions.jsonl for the Glasswick & Morrowdene STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the mind-map export is parsed back into a tree by its leading tabs, so an initiative's lead and milestones are
    the children of its node and a programme's SRO / clinical lead the children of the programme node;
  - the must-do map is read with openpyxl by real column, so a code's must-do is its column heading (the joined
    row text that bank_tools cites loses the blanks);
  - the minutes' roles are resolved to names through the attendance table;
  - the savings rows and columns are re-added against the Total row and column, the gap bridge re-added;
  - the roadmap's quarter for a milestone is the heading of the table column it sits in;
  - the relative windows are checked against every milestone after the later papers' changes (roadmap, minutes,
    the Q&A's late update), each window holding exactly the expected milestones of its programme and nothing
    partly overlapping.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo; every other chat word must be a paper word or on the
ALLOWED list below. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
MINDMAP = "01_GM_STP_Programme_on_a_Page_MindMap_export_v1.0_21Oct2016.txt"
MUSTDO = "02_GM_STP_Locality_MustDo_Map_and_Finance_v2_18Nov2016.xlsx"
ROADMAP = "03_GM_STP_Delivery_Roadmap_v1.3_DeliveryBoard_08Dec2016.pptx"
MINUTES = "04_GM_STP_Partnership_Board_Minutes_19Jan2017.docx"
FAQ = "05_GM_STP_Staff_Questions_and_Answers_v2_24Feb2017.pdf"
REVIEW = "06_GM_STP_Independent_Assurance_Review_Report_09Mar2017.pdf"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS, PROBLEMS = [], {}, []
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO_K, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"

# ordinary words (and chat shorthand) a chat phrasing may use besides the papers' own words
ALLOWED = set("""
a about actually after all am an and any anything anywhere apols are aren't asap at be been before bit brd by can
can't coming count did do does doing dos due find for from g&m get go goes going got has have heard hers how i if in
is it it's its jan just know left lead leading m md md2 md4 md6 md7 md8 mh need next now of oh on one or our out
overall own owns pls pb qtr r rec rollout s saves see she she's sheet so that that's the them then there they this
to too u uc uec up us we what what's when when's where which who who's will with yet you 20 21 17 18 19 111 mapped
names not titles ccio ld dr rag sro figure our currently took over go-live since got pc3 oh3 ar2 uc1 whole cafe café
much many big roughly quick each anyone also glasswick harle valley penfold coast morrowdene city lung stroke
digital workforce estates crisis hub total biggest most top highest scoring owner risk risks 15 plus board
partnership chairs list sent cips vs jan's digest happening hosp fbc covers a&e paper into give vice seems costing
hours heads tcp
""".split())


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


def page(file, n, where=""):
    return {"file": file, "lines": [n, n], "where": where}, norm(U[file][n])


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
    if kind != NONE:
        for group in gold:
            assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
            assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9&'/+-]+", questions[1].lower())
    tokens = [t for tok in tokens for t in re.split(r"[/+-]", tok) if re.search(r"[a-z0-9]", t)]
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS and typo not in ALLOWED, f"{fid}: typo {typo!r} is a real word here"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    others = [t for t in tokens if t != typo and t.strip("'") not in WORDS and t not in ALLOWED]
    if others:
        PROBLEMS.append(f"{fid}: chat words neither paper words nor allowed: {others}")
    TYPOS[fid] = typo
    if as_of:
        date.fromisoformat(as_of)
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ap-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ap-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
def mindmap_tree():
    """[(depth, text, children)] from the mind-map export, by leading tabs."""
    lines = (PAPERS / MINDMAP).read_text(encoding="utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("Glasswick & Morrowdene STP - Programme"))
    root = {"text": lines[start], "kids": [], "depth": 0}
    stack = [root]
    for line in lines[start + 1:]:
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        node = {"text": line.strip(), "kids": [], "depth": depth}
        while stack[-1]["depth"] >= depth:
            stack.pop()
        assert stack[-1]["depth"] == depth - 1, line
        stack[-1]["kids"].append(node)
        stack.append(node)
    return root


TREE = mindmap_tree()


def node(text_start, under=TREE):
    for k in under["kids"]:
        if k["text"].startswith(text_start):
            return k
        found = node(text_start, k)
        if found:
            return found
    return None


def child(n, label):
    vals = [k["text"].split(":", 1)[1].strip() for k in n["kids"] if k["text"].startswith(label + ":")]
    assert len(vals) == 1, (n["text"], label, vals)
    return vals[0]


PROGRAMMES = {code: node(f"Priority {i}:") for i, code in enumerate(["PW", "OH", "UC", "PC", "MH", "AR"], 1)}
for code, n in PROGRAMMES.items():
    assert n and n["text"].endswith(f"({code})"), code
SRO = {c: child(n, "SRO") for c, n in PROGRAMMES.items()}
CLIN = {c: child(n, "Clinical lead") for c, n in PROGRAMMES.items()}
assert SRO["PC"].startswith("Nicola Brightwater") and SRO["UC"].startswith("Claire Fothergill")
assert SRO["MH"].startswith("Dr Gwen Llewellyn-Hart")
assert CLIN["MH"].startswith("Dr Samir Qureshi")
LEAD = {}
for c, n in PROGRAMMES.items():
    for k in n["kids"]:
        m = re.match(r"([A-Z]{2}\d) ", k["text"])
        if m:
            LEAD[m.group(1)] = child(k, "Lead")
assert len(LEAD) == 19
assert LEAD["PC3"].startswith("Dr Eleni Markou") and LEAD["UC1"].startswith("Lorna Baptiste")
assert LEAD["OH3"].startswith("Rachel Tiplady")
assert node("Independent Chair:")["text"] == "Independent Chair: Margaret Oyelaran-Finch"
assert node("STP Lead:")["text"].startswith("STP Lead: Tobias Wrenfield")
ES = node("Estates (ES)")
assert child(ES, "SRO") == "tbc" and child(node("ES1 "), "Lead") == "tbc"
assert child(node("OH3 "), "Roll-out") == "time frame as yet unknown"
assert child(node("OH2 "), "Glasswick hub go-live") == "2 October 2017"
assert child(node("OH1 "), "All 11 teams live") == "end of Q3 2017/18"
assert child(node("PC3 "), "Go-live") == "30/09/2017"
assert child(node("AR2 "), "Full business case") == "Mar-17" and child(node("AR2 "), "Network go-live") == "2018/19"
assert child(node("AR1 "), "Public consultation") == "Summer 2017"

RISKS = {}
for k in node("Key risks")["kids"]:
    rid = k["text"].split()[0]
    score = child(k, "Score")
    l, i, s = map(int, re.fullmatch(r"(\d) x (\d) = (\d+)", score).groups())
    assert l * i == s, k["text"]
    RISKS[rid] = (k["text"], child(k, "Owner"), s)
assert "15 or more is escalated" in node("Key risks")["text"]
assert sorted(r for r, v in RISKS.items() if v[2] >= 15) == ["R1", "R2", "R4"]
TOP = max(RISKS, key=lambda r: RISKS[r][2])
assert TOP == "R4" and RISKS["R4"][1] == "Ravi Pemberton-Das" and RISKS["R4"][2] == 20
assert sorted(v[2] for v in RISKS.values())[-2] < 20  # a single top risk


def mustdo_grid():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / MUSTDO))["Must-do map"]
    head = {c.column: c.value for c in ws[4] if c.value}
    assert head[1] == "Locality"
    col_md = {col: int(v.split()[0]) for col, v in head.items() if col > 1}
    assert sorted(col_md.values()) == list(range(1, 10))
    grid = {}
    for r in range(5, 9):
        place = ws.cell(row=r, column=1).value
        grid[place] = {n: [x.strip() for x in (ws.cell(row=r, column=col).value or "").split(",") if x.strip()]
                       for col, n in col_md.items()}
    return grid


GRID = mustdo_grid()
PLACES = ["Glasswick City", "Morrowdene", "Penfold Coast", "Harle Valley"]
assert list(GRID) == PLACES
assert [n for n in range(1, 10) if not any(GRID[p][n] for p in PLACES)] == [8]
assert [n for n in range(1, 10) if not GRID["Penfold Coast"][n]] == [6, 8, 9]
assert GRID["Morrowdene"][4] == ["UC1", "UC2", "UC3"]
assert {c for p in PLACES for c in GRID[p][6]} == {"PC3"}
assert [n for n in range(1, 10) if "OH3" in GRID["Harle Valley"][n]] == [3, 9]
assert GRID["Glasswick City"][7] == ["MH1", "MH3"]
assert {n for p in PLACES for n in range(1, 10) if "AR2" in GRID[p][n]} == {2}
for p in PLACES:  # every code on the map is an initiative of the mind map
    for n in range(2, 10):
        assert all(c in LEAD for c in GRID[p][n]), (p, n)


def finance():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / MUSTDO))["Finance"]
    rows = {ws.cell(row=r, column=1).value: [ws.cell(row=r, column=c).value for c in range(2, 8)]
            for r in range(4, 11)}
    bridge = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(13, 19)}
    return rows, bridge


FIN, BRIDGE = finance()
for name, vals in FIN.items():
    assert abs(sum(vals[:5]) - vals[5]) < 0.05, name
for i in range(6):
    assert abs(sum(v[i] for k, v in FIN.items() if k != "Total") - FIN["Total"][i]) < 0.05, i
assert FIN["Acute Reconfiguration (AR)"][2] == 21.6 and FIN["Total"][1] == 35.1
assert max((v[5], k) for k, v in FIN.items() if k != "Total")[1] == "Acute Reconfiguration (AR)"
assert FIN["Acute Reconfiguration (AR)"][5] == 97
b = list(BRIDGE.values())
assert b[0] == 214.6 and abs(b[0] - sum(b[1:5]) - b[5]) < 0.05 and b[1] == FIN["Total"][4] and b[3] == 22.5


def roadmap_quarter(slide_no, text):
    """The quarter heading of the roadmap table column whose cell holds `text`."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / ROADMAP)).slides[slide_no - 1]
    table = next(s for s in slide.shapes if s.has_table).table
    heads = [c.text for c in table.rows[0].cells]
    hits = [heads[j] for row in list(table.rows)[1:] for j, c in enumerate(row.cells) if text in c.text]
    assert len(hits) == 1, (text, hits)
    return hits[0]


assert roadmap_quarter(4, "DG1 care record phase 1") == "Q2 17/18"
assert roadmap_quarter(3, "OH2 Glasswick extended access hub") == "Q2 17/18"
assert roadmap_quarter(3, "UC1 111 clinical assessment hub") == "Q4 16/17"

# minutes: roles -> names through the attendance table
ATT = {}
for k, v in U[MINUTES].items():
    parts = v.split(" | ")
    if len(parts) == 3 and parts[2] in ("Present", "Apologies", "In attendance"):
        ATT[parts[0]] = (parts[1], parts[2])
assert ATT["Chief Operating Officer, GTH"][0] == "Marcus Eldridge"
assert ATT["Medical Director, Fellside"][0] == "Dr Gwen Llewellyn-Hart"
assert ATT["STP Finance Lead"][0] == "Ravi Pemberton-Das"
assert sorted(n for n, s in ATT.values() if s == "Apologies") == ["Beverley Onuoha", "Howard Whitcombe",
                                                                   "Nicola Brightwater"]
MIN_TEXT = "\n".join(U[MINUTES].values())
assert "Chief Operating Officer (GTH) will be SRO for the Urgent & Emergency Care programme with effect from " \
       "1 March 2017" in MIN_TEXT
assert "Marcus Eldridge" not in "\n".join(v for k, v in U[MINUTES].items() if " | " not in v)  # names only in tables
assert "PB17/02 | Bring premises options for the crisis café to the Board | Medical Director (Fellside) | by the " \
       "March Board" in MIN_TEXT
assert "Thursday 16 March 2017" in MIN_TEXT
# the Q&A's late update corrects its own answers
FAQ2 = norm(U[FAQ][2])
assert "will now open on 1 april 2018, not in winter 2017/18" in FAQ2
assert "moves from 28 march to 29 march 2017" in FAQ2
assert "planned to open in winter 2017/18" in norm(U[FAQ][1])
# the review's merged owner cell: recommendation 5 sits under the owner drawn once for rows 4-5
REV1 = U[REVIEW][1]
i4, iown, i5, iend = (REV1.index("\n4\n"), REV1.index("STP Finance Lead"), REV1.index("\n5\n"),
                      REV1.index("Q1 2017/18"))
assert i4 < iown < i5 < iend and REV1.count("Finance Lead") == 1
assert "AMBER/RED" in REV1

# ---------------------------------------------------------------------------------------------------------------
# milestones after every later paper's change, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
def d(y, m, dd):
    return date(y, m, dd)


def month(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return date(y, m, 1), nxt - timedelta(days=1)


def quarter(fy, q):  # fy = first calendar year of the financial year
    starts = {1: (fy, 4), 2: (fy, 7), 3: (fy, 10), 4: (fy + 1, 1)}
    y, m = starts[q]
    return date(y, m, 1), month(y, m + 2)[1]


MILESTONES = [  # (programme, code, what, (start, end) or None for unknown, source file, text that must be there)
    ("PW", "PW1", "specification", month(2016, 12), MINDMAP, "Service specification agreed: Dec-16"),
    ("PW", "PW1", "launch", (d(2017, 4, 1),) * 2, MINDMAP, "New service launched: 1 April 2017"),
    ("PW", "PW2", "1,500 trained", (d(2018, 3, 31),) * 2, MINDMAP, "by 31/03/2018"),
    ("PW", "PW3", "pilot", (d(2017, 3, 1), d(2017, 5, 31)), MINDMAP, "Pilot in Penfold Coast: Spring 2017"),
    ("PW", "PW3", "roll-out", quarter(2017, 4), ROADMAP, "PW3 social prescribing in all four localities"),
    ("OH", "OH1", "first 4", quarter(2016, 4), MINDMAP, "First 4 of 11 teams live: Qtr 4 16/17"),
    ("OH", "OH1", "all 11", (d(2017, 12, 31),) * 2, MINDMAP, "All 11 teams live: end of Q3 2017/18"),
    ("OH", "OH2", "Glasswick hub", (d(2017, 9, 4), d(2017, 9, 10)), ROADMAP, "to w/c 4 September 2017"),
    ("OH", "OH2", "whole population", (d(2019, 3, 31),) * 2, MINDMAP, "Whole population covered: by 31 March 2019"),
    ("OH", "OH3", "roll-out", None, MINDMAP, "Roll-out: time frame as yet unknown"),
    ("OH", "OH4", "scheme live", month(2017, 9), MINDMAP, "Scheme live: Sep-17"),
    ("UC", "UC1", "hub live", (d(2017, 2, 6), d(2017, 2, 12)), MINUTES, "week commencing 6 February 2017"),
    ("UC", "UC2", "business case", month(2017, 1), MINDMAP, "Business case to Partnership Board: Jan-17"),
    ("UC", "UC2", "UTC opens", (d(2018, 4, 1),) * 2, FAQ, "will now open on 1 April 2018"),
    ("UC", "UC3", "discharge to assess live", quarter(2016, 3), MINDMAP, "Qtr 3 16/17"),
    ("UC", "UC4", "expanded", quarter(2017, 2), MINDMAP, "Expanded service: Qtr 2 17/18"),
    ("PC", "PC1", "procurement", month(2017, 3), MINDMAP, "Procurement complete: Mar-17"),
    ("PC", "PC1", "service live", (d(2017, 7, 1),) * 2, MINDMAP, "Service live: 1 July 2017"),
    ("PC", "PC2", "advice and guidance", quarter(2017, 1), MINDMAP, "all specialties: Qtr 1 17/18"),
    ("PC", "PC3", "go-live", (d(2017, 9, 30),) * 2, MINDMAP, "Go-live: 30/09/2017"),
    ("MH", "MH1", "Core 24", quarter(2017, 4), MINDMAP, "Core 24 service in place: Qtr 4 17/18"),
    ("MH", "MH2", "crisis café", (d(2017, 9, 30),) * 2, MINUTES, "crisis café of end of Q2 2017/18"),
    ("MH", "MH3", "IAPT 16.8%", month(2018, 3), MINDMAP, "Access rate of 16.8%: by March 2018"),
    ("AR", "AR1", "consultation", (d(2017, 6, 1), d(2017, 8, 31)), MINDMAP, "Public consultation: Summer 2017"),
    ("AR", "AR1", "decision", None, MINDMAP, "Decision: time frame as yet unknown"),
    ("AR", "AR2", "FBC", month(2017, 3), MINDMAP, "Full business case: Mar-17"),
    ("AR", "AR2", "go-live", (d(2018, 4, 1), d(2019, 3, 31)), MINDMAP, "Network go-live: 2018/19"),
    ("EN", "DG1", "phase 1", quarter(2017, 2), ROADMAP, "DG1 care record phase 1 live"),
    ("EN", "WF1", "staff bank", month(2017, 4), MINDMAP, "Staff bank live: Apr-17"),
    ("EN", "ES1", "draft strategy", (d(2017, 3, 16),) * 2, MINUTES, "by the March Board"),
]
for prog, code, what, period, file, text in MILESTONES:
    assert norm(text) in norm("\n".join(map(str, U[file].values()))), (code, text)


def window(prog, start, end):
    """Codes of the programme's milestones inside [start, end]; a milestone partly inside fails the check."""
    inside = []
    for p, code, what, period, _, _ in MILESTONES:
        if p != prog or period is None:
            continue
        s, e = period
        if s >= start and e <= end:
            inside.append((code, what))
        else:
            assert e < start or s > end, f"{code} {what} partly in the window {start}..{end}"
    return inside


assert window("PC", *quarter(2017, 2)) == [("PC1", "service live"), ("PC3", "go-live")]     # as of 2017-08-01
assert window("OH", *month(2017, 9)) == [("OH2", "Glasswick hub"), ("OH4", "scheme live")]  # as of 2017-08-10
assert window("UC", *month(2017, 2)) == [("UC1", "hub live")]                               # as of 2017-01-20
assert window("EN", *month(2017, 3)) == [("ES1", "draft strategy")]                         # as of 2017-03-05

# ---------------------------------------------------------------------------------------------------------------
# The questions
# ---------------------------------------------------------------------------------------------------------------
# ---- owners and people -------------------------------------------------------------------------------------------
ask("own-pc-sro", OWNER, "role-holder", [person("Brightwater")], cite(MINDMAP, "SRO: Nicola Brightwater"), [
    "Who is the Senior Responsible Owner for the Planned Care & Cancer programme in the Glasswick & Morrowdene STP?",
    "who's SRO for planned care & cancr?",
    "Who is ultimately accountable for the workstream on elective operations and tumour diagnosis?"], "cancr")

ask("own-mh-clin", OWNER, "role-holder", [person("Qureshi")], cite(MINDMAP, "Clinical lead: Dr Samir Qureshi"), [
    "Who is the clinical lead for the Mental Health programme?",
    "MH clincal lead - who is it?",
    "Which consultant gives the medical steer to the psychiatric services priority?"], "clincal")

ask("own-pc3", OWNER, "initiative-lead", [person("Markou")],
    cite(MINDMAP, "PC3 Rapid diagnostic", "Lead: Dr Eleni Markou"), [
    "Who leads the rapid diagnostic service and optimal lung cancer pathway initiative (PC3)?",
    "who's leading PC3 (lung pathway)? need to emial them",
    "Who should I talk to about the scheme to diagnose chest tumours faster?"], "emial")

ask("own-uc1", OWNER, "initiative-lead", [person("Baptiste")],
    cite(MINDMAP, "UC1 Integrated NHS 111", "Lead: Lorna Baptiste"), [
    "Who is the lead for the integrated NHS 111 and clinical assessment hub (UC1)?",
    "who leads UC1 - the 111 clincial hub?",
    "Who's running the project to put callers to the non-emergency phone line straight through to clinicians?"],
    "clincial")

ask("own-oh3", OWNER, "initiative-lead", [person("Tiplady")],
    cite(MINDMAP, "OH3 Enhanced health in care homes", "Lead: Rachel Tiplady"), [
    "Who leads the enhanced health in care homes initiative (OH3)?",
    "OH3 care homes - who's the leed?",
    "Who is in charge of improving NHS support for people living in residential and nursing homes?"], "leed")

ask("own-uc-sro-before", OWNER, "changed-owner", [person("Fothergill")],
    cite(MINDMAP, "SRO: Claire Fothergill", where="SRO until 28 February 2017 (minutes item 3)"), [
    "Who is the SRO for the Urgent & Emergency Care programme?",
    "who's the UEC SRO at the momnet?",
    "Who is the senior person currently answerable for the emergency department and out-of-hours care programme?"],
    "momnet", as_of="2017-02-10")

ask("own-uc-sro-after", OWNER, "changed-owner", [person("Eldridge")],
    cite(MINUTES, "Chief Operating Officer, GTH | Marcus Eldridge", "DECISION 17/01",
         where="attendance table (role to name) and decision 17/01"), [
    "Who is the Senior Responsible Owner for the Urgent & Emergency Care programme now that the handover has "
    "taken place?",
    "who took over as UEC SRO from claire? need their nmae",
    "Now that the CCG operations director has gone on secondment, who is accountable for the emergency care "
    "programme?"], "nmae", as_of="2017-03-20")

ask("own-pb-chair", OWNER, "governance", [person("Oyelaran-Finch")],
    cite(MINDMAP, "Independent Chair: Margaret Oyelaran-Finch"), [
    "Who chairs the STP Partnership Board?",
    "who chairs the partnrship board?",
    "Who is the independent person presiding over the top-level meeting of all the partner organisations?"],
    "partnrship")

ask("own-stp-lead", OWNER, "governance", [person("Wrenfield")], cite(MINDMAP, "STP Lead: Tobias Wrenfield"), [
    "Who is the STP Lead for Glasswick & Morrowdene?",
    "who's the overall STP lead for G&M, the CCG chief oficer?",
    "Which chief officer heads up the whole transformation plan for our patch?"], "oficer")

ask("own-estates", OWNER, "filled-tbc", [person("Pettifer")],
    cite(FAQ, "Graham Pettifer", where="Q&A 7; 'tbc' in the programme on a page, role only in the minutes"), [
    "Who leads the Estates enabler?",
    "who's got estates now? it was tbc on the origional plan",
    "Who is responsible for the land and property side of the plan?"], "origional")

ask("own-clin-list", OWNER, "list", [person("Boateng"), person("Penrhyn"), person("Haddad-Reilly"), person("Achebe"),
                                     person("Qureshi"), person("Carmody")],
    cite(MINDMAP, "Priority 1: Prevention", "Clinical lead: Dr Peter Carmody"), [
    "List the clinical leads of the six priority programmes.",
    "can u list all the clinical leads (all 6 priorites)?",
    "Which doctors give the medical steer to each of the six main workstreams?"], "priorites")

ask("own-role-of", OWNER, "role-of-person", [["Mental Health"], ["SRO", "Senior Responsible"]],
    cite(MINDMAP, "Priority 5: Mental Health", "SRO: Dr Gwen Llewellyn-Hart"), [
    "What role does Dr Gwen Llewellyn-Hart hold in the STP?",
    "what does dr llewellyn-hart do in the STP - whcih programme is hers?",
    "Fellside's medical director - which part of the plan is she accountable for?"], "whcih")

ask("own-apologies", OWNER, "board-record", [person("Brightwater"), person("Onuoha"), person("Whitcombe")],
    cite(MINUTES, "Director of Commissioning, Glasswick City CCG | Nicola Brightwater", "Howard Whitcombe",
         where="attendance table"), [
    "Who sent apologies to the Partnership Board meeting on 19 January 2017?",
    "who sent apols to the 19 jan PB? names pls, not jsut titles",
    "Which members couldn't make the January meeting of the top board?"], "jsut")

ask("own-action-cafe", OWNER, "action", [person("Llewellyn-Hart"), alts("March Board", *on(16, 3, 2017))],
    cite(MINUTES, "Medical Director, Fellside | Dr Gwen Llewellyn-Hart", "PB17/02",
         where="attendance table (role to name), next meeting and action PB17/02"), [
    "Who was actioned to bring premises options for the crisis café to the Board, and by when?",
    "who's got the action to find premsies for the crisis cafe and when's it due?",
    "After the café site fell through in January, who has to come back with alternative locations, and what's "
    "their deadline?"], "premsies")

ask("own-rec5", OWNER, "merged-owner", [alts("Finance Lead", *person("Pemberton-Das"))],
    page(REVIEW, 1, where="recommendations table, owner cell merged over recommendations 4 and 5"), [
    "Who owns recommendation 5 of the independent assurance review, on aligning provider cost improvement "
    "programmes with STP savings?",
    "assurance review rec 5 (CIPs vs STP savings) - who ownes it?",
    "The outside reviewers want trusts' efficiency plans lined up with the STP's so nothing is double counted - "
    "whose job is that?"], "ownes")

ask("own-finance-presenter", OWNER, "board-record", [person("Pemberton-Das")],
    cite(MINUTES, "STP Finance Lead | Ravi Pemberton-Das", "The STP Finance Lead presented",
         where="attendance table (role to name) and item 6"), [
    "Who presented the finance report at the Partnership Board on 19 January 2017?",
    "who did the finance update at jan's partnership bord?",
    "At the January top-level meeting, who talked members through the money position?"], "bord")

# ---- milestones and dates ----------------------------------------------------------------------------------------
ask("ms-oh1-all", MILESTONE, "milestone",
    [["end of Q3 2017/18", "Q3 2017/18", "Q3 17/18", "December 2017", "31 December 2017", "31/12/2017", "Dec 2017",
      "Dec-17"]],
    cite(MINDMAP, "OH1 Integrated neighbourhood teams", "All 11 teams live"), [
    "When will all 11 integrated neighbourhood teams be live?",
    "when r all 11 neighbourhood teams ment to be live?",
    "By when should every one of the joined-up community care teams be up and running?"], "ment")

ask("ms-pc3", MILESTONE, "day", [on(30, 9, 2017, "30/09/2017")],
    cite(MINDMAP, "PC3 Rapid diagnostic", "Go-live: 30/09/2017"), [
    "What is the go-live date for the rapid diagnostic service and optimal lung cancer pathway?",
    "PC3 lung pathway go live date?? need it for a reprot",
    "When does the quicker route to a diagnosis for suspected chest tumours start?"], "reprot")

ask("ms-oh2-moved", MILESTONE, "moved-date", [alts(*on(4, 9, 2017, "4 September 2017"), "4 Sep")],
    page(ROADMAP, 5, where="changes slide: brought forward from 2 October 2017"), [
    "When will the Glasswick extended GP access hub go live?",
    "when does the glasswick extended acess hub open?",
    "From when can Glasswick patients get evening and weekend GP appointments at the new hub?"], "acess")

ask("ms-oh2-original", MILESTONE, "original-date", [on(2, 10, 2017, "2 October 2017")],
    cite(MINDMAP, "Glasswick hub go-live: 2 October 2017"), [
    "What go-live date did the October 2016 programme on a page originally give for the Glasswick extended access "
    "hub?",
    "what was the orginal date for the glasswick GP hub before it got brought forward?",
    "Before the hub for evening and weekend GP appointments was pulled forward, what date had first been planned?"],
    "orginal")

ask("ms-mh2-moved", MILESTONE, "moved-date",
    [["end of Q2 2017/18", "Q2 2017/18", "Q2 17/18", "30 September 2017", "30/09/2017", "September 2017", "Sep 2017",
      "Sep-17"]],
    cite(MINUTES, "DECISION 17/02", where="decision 17/02 (was Spring 2017)"), [
    "When is the crisis café now due to open?",
    "crisis cafe opening date now? heard it slipd",
    "Since the first site fell through, when is the drop-in for people in mental distress expected to open its "
    "doors?"], "slipd")

ask("ms-utc-corrected", MILESTONE, "self-corrected", [on(1, 4, 2018, "1 April 2018")],
    page(FAQ, 2, where="late update correcting answer 4 (Winter 2017/18) of the same paper"), [
    "When will the urgent treatment centre at Morrowdene General Hospital open?",
    "when does the morrowdene UTC actualy open?",
    "When will the new walk-in unit for non-life-threatening problems at the Morrowdene hospital start seeing "
    "patients?"], "actualy")

ask("ms-oh3-unknown", MILESTONE, "unknown-date", [["unknown", "not known", "no date", "not yet known"]],
    cite(MINDMAP, "OH3 Enhanced health in care homes", "Roll-out: time frame as yet unknown"), [
    "When will enhanced health in care homes (OH3) be rolled out?",
    "OH3 care homes rollout - any date yet? neeed it for the digest",
    "Is there a date yet for better NHS support to nursing home residents being in place across the patch?"],
    "neeed")

ask("ms-ar1-consult", MILESTONE, "season", [["Summer 2017", "summer of 2017"]],
    cite(MINDMAP, "AR1 Stroke services review", "Public consultation: Summer 2017"), [
    "When is the public consultation on stroke services planned?",
    "when's the stroke consulation happening?",
    "When will residents be asked for their views on changing where people go after a brain attack?"],
    "consulation")

ask("ms-next-board", MILESTONE, "meeting-date", [on(16, 3, 2017, "16 March 2017")],
    cite(MINUTES, "Thursday 16 March 2017"), [
    "When is the next Partnership Board meeting after 19 January 2017?",
    "when's the next partnership board meeeting after january?",
    "After the January session, when do the leaders of all the partner organisations next get together?"],
    "meeeting")

ask("ms-uc1-week", MILESTONE, "week-commencing", [alts(*on(6, 2, 2017, "6 February 2017"), "6 Feb")],
    cite(MINUTES, "remains on track to go live in the week commencing 6 February 2017"), [
    "When is the integrated NHS 111 and clinical assessment hub due to go live?",
    "111 clinical hub go-live - wich week?",
    "When does the phone line for non-emergency advice start putting callers straight through to clinicians?"],
    "wich")

ask("win-pc-quarter", MILESTONE, "relative-window", [["MSK", "PC1"], ["lung", "PC3", "rapid diagnostic"]],
    cite(MINDMAP, "PC1 MSK triage", "Go-live: 30/09/2017", where="PC1 live 1 July 2017, PC3 30/09/2017"), [
    "Which Planned Care & Cancer milestones are due this quarter?",
    "what's due for planned care this qtr? need it for the updte",
    "In the current three-month period, what deliverables fall due on the elective and cancer side?"], "updte",
    as_of="2017-08-01")

ask("win-oh-next-month", MILESTONE, "relative-window",
    [["extended access", "OH2", "GP access"], ["minor ailments", "OH4", "pharmacy"]],
    page(ROADMAP, 3, where="OH2 w/c 4 Sep 2017 (moved from 2 October) and OH4 Sep-17"), [
    "What Out of Hospital Care milestones are due next month?",
    "anything due for out of hosptial care next month?",
    "What's landing for community and GP-based services in the coming month?"], "hosptial", as_of="2017-08-10")

ask("win-uc-next-month", MILESTONE, "relative-window", [["clinical assessment hub", "UC1", "111"]],
    cite(MINUTES, "remains on track to go live in the week commencing 6 February 2017"), [
    "Which Urgent & Emergency Care milestones fall due next month?",
    "UEC milestones due nxet month?",
    "What's due on the emergency care side in the coming month?"], "nxet", as_of="2017-01-20")

ask("win-enablers-month", MILESTONE, "relative-window", [["estates strategy", "Estates", "ES1"]],
    cite(MINUTES, "The draft estates strategy remains due by the March Board", "Thursday 16 March 2017",
         where="item 5 and next meeting (the March Board is 16 March 2017)"), [
    "Which enabler milestones are due this month?",
    "any enabler milstones due this month (digital / workforce / estates)?",
    "On the supporting workstreams - IT, staffing, property - what's due in the current month?"], "milstones",
    as_of="2017-03-05")

ask("ms-roadshow", MILESTONE, "self-corrected", [on(29, 3, 2017, "29 March 2017")],
    page(FAQ, 2, where="late update moving answer 11's date from 28 March"), [
    "When is the staff roadshow at Penfold Community Hospital?",
    "when's the STP roadshow at penfold community hosp? i heard it chnaged",
    "What date can staff at the Penfold hospital come along to hear about the plan in person?"], "chnaged")

ask("ms-sro-effective", MILESTONE, "effective-date", [on(1, 3, 2017, "1 March 2017")],
    cite(MINUTES, "DECISION 17/01"), [
    "From what date does the new SRO for Urgent & Emergency Care take up the role?",
    "when does the new UEC SRO offically start?",
    "From which day does the GTH operations chief become accountable for emergency care?"], "offically")

ask("ms-ar2-two", MILESTONE, "multi-date", [["Mar-17", "March 2017"], ["2018/19", "2018-19", "18/19"]],
    cite(MINDMAP, "AR2 Shared pathology network", "Network go-live: 2018/19"), [
    "What are the key milestones and dates for the shared pathology network (AR2)?",
    "shared pathology netwrok - FBC and go live dates?",
    "When is the joint lab services business case due, and when does the joint lab service start?"], "netwrok")

ask("ms-dg1-quarter", MILESTONE, "quarter-by-column",
    [["Q2 17/18", "Q2 2017/18", "Qtr 2 17/18", "July to September 2017", "Jul-Sep 2017"]],
    page(ROADMAP, 4, where="roadmap table: DG1 in the Q2 17/18 column (was 2017/18)"), [
    "When is phase 1 of the Glasswick & Morrowdene Care Record due to go live?",
    "care record phase 1 - which quater?",
    "When will the first stage of the shared electronic patient record be switched on?"], "quater")

# ---- must-dos ----------------------------------------------------------------------------------------------------
MD_HEAD = {2: "Financial balance", 3: "General practice", 4: "A&E and ambulance", 6: "Cancer", 7: "Mental health",
           8: "Learning disabilities", 9: "Improving quality"}


def mdg(n):
    return alts(MD_HEAD[n], *md(n))


ask("md-gap", MUSTDO_K, "mustdo-gap", [mdg(8)],
    cite(MUSTDO, "Locality | 1 STPs", "Harle Valley | All", sheet="Must-do map", where="column 8 blank in every locality row"), [
    "Which of the nine national must-dos is not covered by any initiative in any locality?",
    "which must do has no initatives against it anywhere?",
    "Is there any of the nine national planning requirements that none of our local schemes addresses?"],
    "initatives")

ask("md-penfold-gaps", MUSTDO_K, "mustdo-gap", [mdg(6), mdg(8), mdg(9)],
    cite(MUSTDO, "Locality | 1 STPs", "Penfold Coast | All", sheet="Must-do map", where="Penfold Coast row: columns 6, 8, 9 blank"), [
    "Which national must-dos have no contributing initiative in Penfold Coast?",
    "penfold coast - which must dos aren't coverd?",
    "For the coastal locality, which of the nine national requirements have nothing local working towards them?"],
    "coverd")

ask("md4-morrowdene", MUSTDO_K, "mustdo-coverage",
    [["UC1", "111"], ["UC2", "urgent treatment centre", "UTC"], ["UC3", "discharge to assess"]],
    cite(MUSTDO, "Locality | 1 STPs", "Morrowdene | All", sheet="Must-do map", where="Morrowdene row, column 4"), [
    "Which initiatives contribute to must-do 4 (A&E and ambulance) in Morrowdene?",
    "what covers MD4 in morrowdene? A&E / ambulence",
    "In Morrowdene, which schemes are meant to help hit the emergency department four-hour and ambulance "
    "standards?"], "ambulence")

ask("md6-by-topic", MUSTDO_K, "by-topic", [["PC3", "lung", "rapid diagnostic"]],
    cite(MUSTDO, "Locality | 1 STPs", "Harle Valley | All", sheet="Must-do map", where="column 6"), [
    "Which initiative contributes to the cancer must-do (must-do 6)?",
    "which scheme covers the canser must do (MD6)?",
    "Which of our schemes goes towards the national 62-day target for tumour treatment?"], "canser")

ask("md-oh3-harle", MUSTDO_K, "by-initiative", [mdg(3), mdg(9)],
    cite(MUSTDO, "Locality | 1 STPs", "Harle Valley | All", sheet="Must-do map", where="Harle Valley row: OH3 in columns 3 and 9"), [
    "Which national must-dos does the care homes initiative (OH3) contribute to in Harle Valley?",
    "in harle valley which must dos does OH3 count towrds?",
    "In the valley locality, which national requirements does the nursing home support scheme help with?"],
    "towrds")

ask("md7-glasswick", MUSTDO_K, "mustdo-coverage", [["MH1", "Core 24", "liaison"], ["MH3", "IAPT"]],
    cite(MUSTDO, "Locality | 1 STPs", "Glasswick City | All", sheet="Must-do map", where="Glasswick City row, column 7"), [
    "Which initiatives contribute to the mental health must-do (must-do 7) in Glasswick City?",
    "glasswick city - what's mapped to MD7 mental helth?",
    "In the city locality, which schemes are counted towards the national psychological-services requirement?"],
    "helth")

ask("md8-where", MUSTDO_K, "mustdo-gap", [["Transforming Care Partnership", "Transforming Care", "TCP"]],
    cite(MUSTDO, "Note: must-do 8", sheet="Must-do map"), [
    "Where is must-do 8 (learning disabilities) delivered, given that no STP initiative covers it?",
    "if no STP initiative does LD, where does MD8 get deliverd?",
    "Since none of our schemes picks up support for people with a lifelong intellectual impairment, which plan is "
    "supposed to handle it?"], "deliverd")

ask("md-ar2", MUSTDO_K, "by-initiative", [mdg(2)],
    cite(MUSTDO, "Locality | 1 STPs", "Harle Valley | All", sheet="Must-do map", where="AR2 only in column 2"), [
    "Which national must-do does the shared pathology network (AR2) contribute to?",
    "which must do does AR2 pathology mapp to?",
    "Which of the nine national requirements is the joint laboratory scheme counted against?"], "mapp")

# ---- figures, risks, comparisons ---------------------------------------------------------------------------------
ask("fig-gap", FACT, "figure", [["£214.6m", "214.6"]], cite(MINDMAP, "Do-nothing gap by 2020/21"), [
    "What is the do-nothing financial gap for the footprint by 2020/21?",
    "how big is the do nothing gap by 20/21? roughy",
    "If we changed nothing, how much money would the local system be short by the end of the plan period?"],
    "roughy")

ask("fig-population", FACT, "figure", [["812,400", "812400", "812.4k", "812.4 thousand"]],
    cite(MINDMAP, "Registered population: 812,400"), [
    "What is the registered population of the Glasswick & Morrowdene footprint?",
    "what's the G&M registerd population?",
    "How many patients are on GP lists across the whole patch?"], "registerd")

ask("fig-ar-1819", FACT, "figure", [["21.6", "£21.6m", "21.6m", "£21.6 million"]],
    cite(MUSTDO, "Programme | 2016/17", "Acute Reconfiguration (AR)", sheet="Finance"), [
    "What savings are planned for the Acute Reconfiguration programme in 2018/19?",
    "AR savings in 18/19 - how much in £m? for the finanse paper",
    "How much should the hospital services reorganisation save in the 2018-19 financial year?"], "finanse")

ask("fig-total-1718", FACT, "figure", [["35.1", "£35.1m", "35.1m", "£35.1 million"]],
    cite(MUSTDO, "Programme | 2016/17", "Total | ", sheet="Finance"), [
    "What are the total programme savings planned for 2017/18?",
    "total STP programme savngs for 17/18?",
    "Across all six programmes, how much do we have to take out of costs in the April 2017 to March 2018 "
    "financial year?"], "savngs")

ask("cmp-largest", FACT, "comparison", [["Acute Reconfiguration"], ["97", "£97m", "£97.0m", "97.0"]],
    cite(MUSTDO, "Programme | 2016/17", "Total | ", sheet="Finance"), [
    "Which programme is planned to deliver the largest total savings over 2016/17 to 2020/21, and how much?",
    "which programme saves the most overal and how much?",
    "Of the six workstreams, which one carries the biggest share of the five-year savings, and what's its total?"],
    "overal")

ask("fig-practices", FACT, "figure", [["96"]], cite(FAQ, "served by 96 GP"), [
    "How many GP practices does the STP cover?",
    "how many gp practces in the footprint?",
    "How many family doctor surgeries are there across the patch?"], "practces")

ask("fig-dca", FACT, "status", [["Amber/Red", "Amber-Red", "Amber Red", "amber / red"]],
    page(REVIEW, 1, where="Delivery Confidence Assessment box"), [
    "What delivery confidence assessment did the independent assurance review give the STP?",
    "what RAG did the assurance reveiw give us overall?",
    "How confident were the outside reviewers in March that the plan will be delivered?"], "reveiw")

ask("risk-escalated", FACT, "risk-filter",
    [["R1", "GPs and practice nurses", "extended access"], ["R2", "urgent treatment centre", "UTC"],
     ["R4", "savings"]],
    cite(MINDMAP, "Key risks", "Score: 5 x 4 = 20", where="risks R1-R4 with scores; threshold in the branch title"), [
    "Which risks score 15 or more and so are escalated to the Partnership Board?",
    "which risks are 15+ and go up to the board? from the risk regster",
    "Which of the key risks are serious enough to be taken to the top board?"], "regster")

ask("risk-top", FACT, "risk", [["savings", "R4"], person("Pemberton-Das")],
    cite(MINDMAP, "R4 2017/18 savings slip", "Score: 5 x 4 = 20"), [
    "What is the highest-scoring risk and who owns it?",
    "what's the highst scoring risk and who owns it?",
    "Which single threat worries the plan most on its own scoring, and whose name is against it?"], "highst")

# ---- unanswerable near-misses ------------------------------------------------------------------------------------
assert "clinical lead for digital is being recruited" in norm(U[FAQ][1])
absent("ccio", "chief clinical information officer", "digital clinical lead", "clinical lead for digital:")
ask("none-digital-clin", NONE, "near-miss", [], cite(FAQ, "being recruited", where="Q&A 8: being recruited"), [
    "Who is the clinical lead for the Digital enabler?",
    "who's the digital clinicl lead / CCIO?",
    "Which doctor is the clinical voice on the shared records and IT work?"], "clinicl")

absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("none-vice-chair", NONE, "near-miss", [], cite(MINDMAP, "Independent Chair:"), [
    "Who is the vice chair of the STP Partnership Board?",
    "who's vice chiar of the partnership board?",
    "Who stands in for the independent person presiding over the top board when she is away?"], "chiar")

absent("2021/22", "21/22", "2021-22")
ask("none-ar-2122", NONE, "near-miss", [], cite(MUSTDO, "Programme | 2016/17", "Total | ", sheet="Finance"), [
    "What savings are planned for the Acute Reconfiguration programme in 2021/22?",
    "AR savings for 21/22? the sheet seems to stopp at 20/21",
    "How much will the hospital services reorganisation save in the year after the plan period ends?"], "stopp")

absent("closing date", "closes on", "close on", "consultation will close", "consultation closes")
ask("none-consult-close", NONE, "near-miss", [], cite(MINDMAP, "Public consultation: Summer 2017"), [
    "What is the closing date of the public consultation on stroke services?",
    "when does the stroke consultation clsoe?",
    "What's the last day people can respond on the proposed changes to where strokes are treated?"], "clsoe")

absent("capital cost", "capital of £", "capital bid of", "£m capital", "cost of the utc", "cost of the urgent")
for k, v in U[FAQ].items():
    assert not re.search(r"(UTC|urgent treatment centre)[^.]*£", v), "a UTC money figure in the Q&A"
ask("none-utc-capital", NONE, "near-miss", [], page(FAQ, 2, where="late update: capital bid outcome, no amount"), [
    "What is the capital cost of the urgent treatment centre at Morrowdene General Hospital?",
    "how much capital is the morrowdene UTC costing? what's the totl in £m",
    "How much money is being put into building the new walk-in unit at the Morrowdene hospital?"], "totl")

absent("workforce clinical lead", "clinical lead for workforce", "clinical lead: workforce")
assert not any(k["text"].startswith("Clinical lead") for k in node("Workforce (WF)")["kids"])
ask("none-wf-clin", NONE, "near-miss", [], cite(MINDMAP, "Workforce (WF)", "Staff bank live: Apr-17"), [
    "Who is the clinical lead for the Workforce enabler?",
    "who's clinical lead on the workforce enablr?",
    "Which clinician advises the staffing and staff bank workstream?"], "enablr")

absent("opening hours", "open from", "hours a day", "24/7", "open 24")
ask("none-cafe-hours", NONE, "near-miss", [], cite(MINUTES, "DECISION 17/02"), [
    "What will the opening hours of the crisis café be?",
    "what hours will the crisis cafe be opne?",
    "At what times of day and on which days will people in distress be able to drop in to the new café?"], "opne")

absent("tcp lead", "transforming care partnership lead", "leads the transforming care", "tcp chair",
       "transforming care partnership is led", "chair of the transforming care")
ask("none-tcp-lead", NONE, "near-miss", [], cite(MUSTDO, "Note: must-do 8", sheet="Must-do map"), [
    "Who leads the Glasswick & Morrowdene Transforming Care Partnership?",
    "who heads up the TCP for learning disabilties?",
    "Who runs the partnership that handles services for adults with autism or learning difficulties?"],
    "disabilties")

for f in U.values():
    for v in f.values():
        assert not ("roadshow" in v.lower() and "harle" in v.lower()), "a Harle Valley roadshow"
ask("none-harle-roadshow", NONE, "near-miss", [], page(FAQ, 2, where="roadshows listed: GRI, MGH, Penfold only"), [
    "When is the staff roadshow in Harle Valley?",
    "when's the harle valley roadshw?",
    "When can staff in the valley locality come to a face-to-face briefing on the plan?"], "roadshw")

# ---------------------------------------------------------------------------------------------------------------
def main():
    assert not PROBLEMS, "\n".join(PROBLEMS)
    facts = {i["fact"] for i in ITEMS}
    assert len(ITEMS) == 180 and len(facts) == 60, (len(ITEMS), len(facts))
    assert len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    none = {i["fact"] for i in ITEMS if i["expect_no_answer"]}
    assert len(none) == 9, len(none)
    for i in ITEMS:
        rel = re.search(r"\b(this quarter|next month|this month|this qtr|current month|coming month|"
                        r"current three-month|now that|at the momnet|currently)\b", i["question"].lower())
        if rel and i["as_of"] is None:
            raise AssertionError(f"relative wording without as_of: {i['id']}")
    out = HERE / "questions.jsonl"
    out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
    missing = bank_tools.check(out, PAPERS)
    if missing:
        raise SystemExit(f"{missing} gold strings missing")
    kinds = {}
    for i in ITEMS:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    print(f"wrote {out.name}: {len(ITEMS)} questions, {len(facts)} facts, {len(none)} unanswerable; by kind "
          f"{ {k: v // 3 for k, v in sorted(kinds.items())} }")


if __name__ == "__main__":
    main()
