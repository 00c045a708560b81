"""Write questions.jsonl for the Ravelsham & Quarlby STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx "Sheet!row", text lines), and the first alternative of every gold group must be in that window. Facts
that need a step of reasoning are worked out again here from the generated files (never from make_papers.py):
  - Table 1 of the commissioning intentions is read back by text position (pypdf's visitor): the header runs give the
    column edges, each "CI-nn" run in the Ref column starts a row, rows on page 3 sit under the repeated header;
  - the must-do matrix (Annex A) is read by position: a mark belongs to the programme code above it and to the
    must-do whose label is level with it; "✔✔" is lead, "✔" contributes;
  - posts in the recruitment tracker are read with openpyxl (real date cells and text dates), status codes through
    the Key sheet; the funding rows are re-added against the Total row;
  - the A3 slides' posts are resolved to names through the event team table; the closure report's follow-on actions
    are resolved through the team table and the tracker;
  - the relative windows are checked over every intention's "Takes effect" and every post's start date, after the
    blog's move of the urgent treatment centre.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

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
CI = "01_RQ_Joint_Commissioning_Intentions_2017-19_30Sep2016.pdf"
JD = "02_RQ_STP_Programme_Director_Job_Description_Nov2016.pdf"
A3 = "03_RQ_UEC_Rapid_Improvement_Event_A3_Reports_19Jan2017.pptx"
RT = "04_RQ_STP_Programme_Posts_Recruitment_Tracker_28Feb2017.xlsx"
CR = "05_RQ_D2A_Pilot_Project_Closure_Report_24Mar2017.docx"
BL = "06_RQ_Intranet_STP_Lead_Blog_Six_Months_On_12Apr2017.md"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([CI, JD, A3, RT, CR, BL]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
CODES = ["HL", "CCN", "UEC", "ECC", "MW", "CSS"]


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


def unit(file, first, last=None, where=""):
    """Source for units first..last of a PDF or pptx (pages / slides), with its text."""
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def page_of(file, text):
    hits = [k for k, v in U[file].items() if norm(text) in norm(v)]
    assert len(hits) >= 1, (file, text)
    return hits[0]


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
    for q in (questions[0], questions[2]):
        assert typo not in re.findall(r"[a-z0-9']+", q.lower()), fid
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"au-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"au-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations: Table 1 and Annex A of the commissioning intentions, by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((x, y, text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


HEADS = ["Ref", "Commissioning intention", "Prog.", "Effect", "Commissioning lead", "Formal notice", "Takes effect"]


def intentions_rows(page_no):
    """{ref: {column heading: cell text}} for Table 1 on one page, by position."""
    rs = runs(CI, page_no)
    hx = {}
    for x, y, t in rs:
        if t in HEADS and t not in hx:
            hx[t] = (x, y)
    assert set(hx) == set(HEADS), (page_no, sorted(hx))
    head_y = min(y for _, y in hx.values())
    note_y = [y for x, y, t in rs if t.startswith("Timings are those agreed")]
    edges = sorted((x, t) for t, (x, _) in hx.items())
    refs = sorted(((y, t) for x, y, t in rs if abs(x - hx["Ref"][0]) < 3 and re.fullmatch(r"CI-\d\d", t)),
                  reverse=True)
    out = {}
    for i, (y, ref) in enumerate(refs):
        lower = refs[i + 1][0] if i + 1 < len(refs) else (note_y[0] if note_y else 30)
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 3 <= x < hi - 3 and lower + 1 < yy <= y + 1 and yy < head_y - 2)
        out[ref] = cells
    return out


TABLE_PAGES = [k for k, v in U[CI].items() if "Takes effect" in v]
assert TABLE_PAGES == [2, 3], TABLE_PAGES
assert "Table 1" not in U[CI][3] and "Formal notice" in U[CI][3]  # page 3 carries only the repeated header
ROWS, ROW_PAGE = {}, {}
for pg in TABLE_PAGES:
    for ref, cells in intentions_rows(pg).items():
        assert ref not in ROWS, ref
        ROWS[ref], ROW_PAGE[ref] = cells, pg
assert sorted(ROWS) == [f"CI-{i:02d}" for i in range(1, 16)], sorted(ROWS)
assert ROWS["CI-06"]["Takes effect"] == "01/10/2017" and ROWS["CI-06"]["Prog."] == "UEC"
assert ROWS["CI-06"]["Commissioning lead"] == "Head of Urgent Care (Q&W CCG)"
assert ROWS["CI-14"]["Takes effect"] == "time frame as yet unknown" and ROW_PAGE["CI-14"] == 3
assert ROWS["CI-10"]["Takes effect"] == "1 April 2017" and ROWS["CI-04"]["Takes effect"] == "01/10/2017"
assert ROWS["CI-01"]["Takes effect"] == "1 July 2017" and ROWS["CI-11"]["Prog."] == "ECC"

ANNEX_B = page_of(CI, "Annex B: commissioning leads")
b_lines = U[CI][ANNEX_B].splitlines()
LEAD_HOLDER = {b_lines[i]: b_lines[i + 1] for i in range(len(b_lines) - 1)
               if b_lines[i] in {c["Commissioning lead"] for c in ROWS.values()}}
assert LEAD_HOLDER["Head of Urgent Care (Q&W CCG)"] == "Solomon Threlkeld", LEAD_HOLDER
assert len(LEAD_HOLDER) == 6


def mustdo_matrix():
    """{must-do: {code: 'L' | 'C'}} and {must-do: intentions cell} from Annex A, by position."""
    pg = page_of(CI, "Annex A: our intentions and the nine national must-dos")
    rs = runs(CI, pg)
    cols = {t: x for x, y, t in rs if t in CODES}
    assert len(cols) == 6
    labels = {int(t.split(".")[0]): y for x, y, t in rs if re.match(r"[1-9]\. ", t) and x < 60}
    assert sorted(labels) == list(range(1, 10))
    intentions_x = [x for x, y, t in rs if t == "Intentions"][0]
    out, cells = {n: {} for n in labels}, {n: [] for n in labels}
    for x, y, t in rs:
        if t in ("✔", "✔✔"):
            n = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[n] - y) < 6, (t, x, y)
            code = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(cols[code] - x) < 3
            out[n][code] = "L" if t == "✔✔" else "C"
        elif abs(x - intentions_x) < 3 and y < labels[1] + 6:
            n = min(labels, key=lambda k: abs(labels[k] - y) if y <= labels[k] + 14 else 999)
            cells[n].append(t)
    return pg, out, {n: " ".join(v) for n, v in cells.items()}


MD_PAGE, MDX, MD_CI = mustdo_matrix()
covering = lambda n: sorted(MDX[n])  # noqa: E731
assert [n for n in range(2, 10) if not MDX[n]] == [8]
assert "All six programmes" in U[CI][MD_PAGE]
assert [n for n in range(2, 10) if "L" not in MDX[n].values()] == [8, 9]
assert covering(4) == ["CCN", "MW", "UEC"] and MDX[4]["UEC"] == "L"
assert [c for c, m in MDX[2].items() if m == "L"] == ["CSS"]
assert [n for n in range(2, 10) if "ECC" in MDX[n]] == [2, 5, 6]
assert MDX[6] == {"ECC": "L", "HL": "C"}
assert MDX[9] == {"UEC": "C", "CSS": "C"}
assert MD_CI[7] == "CI-12, CI-13", MD_CI
assert MD_CI[8].startswith("None"), MD_CI

ANNEX_C = page_of(CI, "Annex C: STP programmes and enablers")
c_text = U[CI][ANNEX_C].replace("\n", " ")
SRO = {code: re.search(re.escape(code) + r" ([A-Z][A-Za-z &]+?) ((?:Dr )?[A-Z][a-z]+ [A-Z][A-Za-z-]+),", c_text)
       for code in CODES}
assert all(SRO.values()), SRO
SRO = {code: (m.group(1), m.group(2)) for code, m in SRO.items()}
assert SRO["UEC"] == ("Urgent & Emergency Care", "Hermione Drinkwater"), SRO
assert SRO["CCN"][1] == "Gideon Blackthorne" and SRO["ECC"][1] == "Barnaby Fotheringale"
assert "Estates and infrastructure To be confirmed" in c_text

# ---------------------------------------------------------------------------------------------------------------
# Re-derivations: the recruitment tracker (openpyxl), the A3 team table, the closure report
# ---------------------------------------------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

WB = load_workbook(str(PAPERS / RT))
ws = WB["Posts"]
head = [c.value for c in ws[5]]
assert head[:12] == ["Ref", "Post", "Programme", "Band", "WTE / PAs", "Host", "Advert closes", "Interview", "Status",
                     "Post-holder", "Start date", "Interim cover"], head
assert {"A4:F4", "G4:I4", "J4:L4"} <= {str(r) for r in ws.merged_cells.ranges}
assert [ws[c].value for c in ("A4", "G4", "J4")] == ["Post", "Recruitment", "Appointment"]
POSTS, POST_ROW = {}, {}
for row in ws.iter_rows(min_row=6):
    if row[0].value:
        POSTS[row[0].value] = {h: c.value for h, c in zip(head[:12] + ["Notes"], row)}
        POST_ROW[row[0].value] = row[0].row
STATUS = {r[0].value: r[1].value for r in WB["Key"].iter_rows(min_row=4, max_row=8)}
assert STATUS["R"].startswith("Re-advertising") and STATUS["A"].startswith("Appointed")
assert POSTS["P01"]["Post-holder"] == "Desmond Okonkwo-Larch" and POSTS["P01"]["Start date"] == datetime(2017, 4, 3)
assert POSTS["P01"]["Interview"] == datetime(2017, 1, 9) and "Feathergill" in POSTS["P01"]["Interim cover"]
assert "15/12/2016" in POSTS["P01"]["Notes"]
assert POSTS["P05"]["Post"].endswith("Urgent & Emergency Care") and POSTS["P05"]["Post-holder"] == "Fenwick Oduya"
assert POSTS["P10"]["Post"] == "Clinical lead, Mental Wellbeing" and POSTS["P10"]["Post-holder"] is None
assert STATUS[POSTS["P10"]["Status"]] == "Out to advert"
assert POSTS["P07"]["Status"] == "R" and "re-advertised" in POSTS["P07"]["Notes"]
fund = [(r[0].value, r[2].value) for r in WB["Funding 2017-18"].iter_rows(min_row=5) if r[0].value]
assert fund[-1][0] == "Total" and sum(v for _, v in fund[:-1]) == fund[-1][1] == 1684, fund
FUND_ROW = 5 + len(fund) - 1

TEAM_SLIDE = page_of(A3, "Who was at the event")
TEAM = {}
for line in U[A3][TEAM_SLIDE].splitlines():
    parts = line.split(" | ")
    if len(parts) == 3 and parts[0] != "Post (as written in the A3s)":
        TEAM[parts[0]] = parts[1]
A3_SLIDE = {m: page_of(A3, m + "   ") for m in ("A3-1", "A3-2", "A3-3")}
owner_of = {m: re.search(r"A3 owner: ([^|]+?)\s+\|", U[A3][s]).group(1) for m, s in A3_SLIDE.items()}
assert owner_of["A3-1"] == "Head of Patient Flow, QRI" and TEAM[owner_of["A3-1"]] == "Kezia Marchetti"
rat = [ln for ln in U[A3][A3_SLIDE["A3-1"]].splitlines() if ln.startswith("1 | Rapid assessment")][0].split(" | ")
assert rat[2] == "ED Clinical Director" and TEAM[rat[2]] == "Dr Osric Vennimore"
assert "Must-dos: 4 and 2" in U[A3][A3_SLIDE["A3-2"]]

CR_ROWS = {k: v.split(" | ") for k, v in U[CR].items() if " | " in v}
handover = {cells[0]: (cells[1], cells[2]) for cells in CR_ROWS.values() if len(cells) == 3}
assert handover["Roll pathway 1 out to Quarlby Royal Infirmary"] == ("UEC Programme Manager", "12 June 2017")
dash = [v for k, v in handover.items() if k.startswith("Weekly D2A dashboard")][0]
assert dash[0] == "Head of Patient Flow, RGH" and TEAM[dash[0]] == "Bartholomew Quillan"
assert [c for c in CR_ROWS.values() if c[0] == "Actual"][0][2] == "28/02/2017"
assert "Therapy Services Manager, Quarlby Community Health" not in TEAM

# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("january february march april may june july august september october november "
                                   "december".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def periods(text):
    """[(start, end)] ordinals of every date expression in a timing cell; None means unknown."""
    t, out = text.lower(), []
    if "unknown" in t or t.strip() in ("tbc", "–", ""):
        return [None]
    for dd, mon, yy in re.findall(r"\b(\d{1,2}) ([a-z]+) (\d{4})", t):
        out.append((date(int(yy), MON[mon], int(dd)).toordinal(),) * 2)
    for dd, mm, yy in re.findall(r"(\d\d)/(\d\d)/(\d{4})", t):
        out.append((date(int(yy), int(mm), int(dd)).toordinal(),) * 2)
    for q, a in re.findall(r"\bq(\d) (\d{4})/\d\d", t):
        q, y = int(q), int(a)
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        out.append((date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)))
    for mon, yy in re.findall(r"(?<!\d )\b([a-z]+) (\d{4})\b(?!/)", t):
        if mon in MON and not re.search(r"\d{1,2} " + mon + " " + yy, t):
            out.append((date(int(yy), MON[mon], 1).toordinal(), month_end(int(yy), MON[mon])))
    for a in re.findall(r"winter (\d{4})/\d\d", t):
        out.append((date(int(a), 12, 1).toordinal(), month_end(int(a) + 1, 2)))
    for a in re.findall(r"(?<![q\d] )(?<!winter )\b(\d{4})/\d\d\b", t):
        if not re.search(r"(q\d|winter) " + a, t):
            out.append((date(int(a), 4, 1).toordinal(), month_end(int(a) + 1, 3)))
    assert out, text
    return out


LATEST = {ref: periods(c["Takes effect"]) for ref, c in ROWS.items()}
assert LATEST["CI-03"] == [(date(2017, 4, 1).toordinal(),) * 2, (date(2018, 4, 1).toordinal(), month_end(2019, 3))]
# the blog (12 April 2017) moves the urgent treatment centre (CI-06) to January 2018
BLOG_TEXT = "\n".join(U[BL].values())
assert "It will now open in January 2018" in BLOG_TEXT
LATEST["CI-06"] = periods("January 2018")
assert LATEST["CI-06"] == [(date(2018, 1, 1).toordinal(), month_end(2018, 1))]


def due_in(prog, start, end):
    """(refs taking effect inside [start, end], refs only partly overlapping it) in one programme."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, ps in LATEST.items():
        if ROWS[ref]["Prog."] != prog:
            continue
        for p in ps:
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add(ref)
            elif p[0] <= e and p[1] >= s:
                partial.add(ref)
    return inside, partial - inside


assert due_in("ECC", date(2017, 4, 1), date(2017, 6, 30)) == ({"CI-10"}, set())
assert due_in("CCN", date(2017, 10, 1), date(2017, 10, 31)) == ({"CI-04"}, set())
assert due_in("UEC", date(2018, 1, 1), date(2018, 1, 31)) == ({"CI-06"}, set())
# no other UEC date (the A3s' countermeasures, the closure report's actions) falls in January 2018
assert not re.search(r"jan(uary)?[ -](20)?18", norm("\n".join(str(v) for v in U[A3].values())
                                                     + "\n".join(U[CR].values())))


def start_period(value):
    if isinstance(value, datetime):
        return (value.date().toordinal(),) * 2
    if value and value.startswith("w/c "):
        d0 = datetime.strptime(value[4:], "%d/%m/%Y").date().toordinal()
        return (d0, d0 + 6)
    return None


starts_april = {ref for ref, p in POSTS.items() if start_period(p["Start date"])
                and date(2017, 4, 1).toordinal() <= start_period(p["Start date"])[0] <= date(2017, 4, 30).toordinal()}
assert starts_april == {"P01", "P13"}, starts_april
assert all(start_period(p["Start date"]) is None or start_period(p["Start date"])[1] < date(2017, 4, 1).toordinal()
           or ref in starts_april for ref, p in POSTS.items())

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ANNEX_C_SRC = unit(CI, ANNEX_C, where="Annex C: programme codes, names and SROs")
ask("uec-sro", OWNER, "role-holder", [["Drinkwater"]],
    unit(CI, ANNEX_C, where="Annex C: UEC row, Senior Responsible Owner"),
    ["Who is the Senior Responsible Owner for the Urgent & Emergency Care programme?",
     "who's SRO for UEC in R&Q? need them to sign off the wintr plan",
     "Who is the senior person ultimately answerable for the plan's work on casualty departments and ambulance "
     "waits?"], "wintr")
ask("ccn-cl", OWNER, "role-holder", [["Rathmore"]],
    cite(RT, "Clinical lead, Community Care Networks", sheet="Posts",
         where="tracker row P09: Clinical lead, Community Care Networks, post-holder"),
    ["Who is the clinical lead for the Community Care Networks programme?",
     "who's clin lead for the CCNs? our district nurses want to meet the GP leeding it",
     "Which GP gives the clinical steer on grouping practices together with community and social care teams?"],
    "leeding")
ask("pd-accountable", OWNER, "role-of-post", [["STP Lead", "Tenniswood"]],
    unit(JD, 1, where="job description key facts: Accountable to STP Lead (the STP Lead is named in the "
         "commissioning intentions, section 2)"),
    ["Who is the STP Programme Director accountable to?",
     "who does the STP prog director answer to? doing the org chrt",
     "To whom does the person running the plan's delivery office answer?"], "chrt")
ask("pd-now", OWNER, "changed-owner", [person("Okonkwo-Larch")],
    cite(BL, "Desmond Okonkwo-Larch joined us", where="blog, People: new Programme Director from Monday 3 April"),
    ["Who is the STP Programme Director?",
     "who's the STP programme director now rosalind's gone? want to book an intro meting",
     "Who currently runs the day-to-day delivery of the whole plan and its programme office?"], "meting",
    as_of="2017-04-20")
ask("pd-interim", OWNER, "interim-holder", [["Feathergill"]],
    cite(RT, "STP Programme Director", sheet="Posts", where="tracker row P01, Interim cover column"),
    ["Who was the interim STP Programme Director before the permanent appointment?",
     "who was covering as interim PD over the winter? need to thank them in the nesletter",
     "Who stood in to run the plan's delivery office until the permanent person arrived?"], "nesletter")
ask("ecc-sro-now", OWNER, "changed-owner", [["Sarsby"]],
    cite(BL, "Barnaby Fotheringale retires", "from 1 May 2017",
         where="blog, People: Dr Wilhelmina Sarsby SRO for Elective & Cancer Care from 1 May 2017"),
    ["Who is the SRO for Elective & Cancer Care?",
     "who's ECC SRO now barnaby has retired? need to redo the contcts list",
     "Who is in overall charge of the programme on planned operations and cancer diagnosis at the moment?"],
    "contcts", as_of="2017-05-15")
ask("ecc-sro-before", OWNER, "before-change", [["Fotheringale"]],
    cite(BL, "Barnaby Fotheringale retires", "from 1 May 2017",
         where="blog, People: Barnaby Fotheringale retires at the end of April; the new SRO starts 1 May 2017"),
    ["Who is currently the Senior Responsible Owner for Elective & Cancer Care?",
     "who's signing off as ECC SRO this week? is it still barnaby or has the handovr happened",
     "Who is the senior owner of the planned operations and cancer programme at present?"],
    "handovr", as_of="2017-04-20")
ask("a3-1-owner", OWNER, "role-resolved", [["Marchetti"]],
    unit(A3, A3_SLIDE["A3-1"], TEAM_SLIDE,
         where="A3-1 owner line names the post (Head of Patient Flow, QRI); the event team slide names her"),
    ["Who owns the A3 on ambulance handover delays at Quarlby Royal Infirmary?",
     "who owns the handover delays A3 (A3-1) at QRI? want to see the latest verison",
     "Who is responsible for sorting out crews waiting to pass their patients over at the Quarlby hospital?"],
    "verison")
ask("rat-bay", OWNER, "role-resolved", [["Vennimore"]],
    unit(A3, A3_SLIDE["A3-1"], TEAM_SLIDE,
         where="A3-1 countermeasure 1, Who: ED Clinical Director; the event team slide names him"),
    ["Who is responsible for setting up the rapid assessment and treatment (RAT) bay at Quarlby Royal Infirmary?",
     "who's doing the RAT bay countermesure at QRI?",
     "Which doctor is putting in place the area where arriving ambulance patients are seen quickly by a senior "
     "clinician in the Quarlby emergency department?"], "countermesure")
ask("ci06-lead", OWNER, "role-resolved", [["Threlkeld"]],
    unit(CI, ROW_PAGE["CI-06"], ANNEX_B,
         where="Table 1, CI-06 commissioning lead Head of Urgent Care (Q&W CCG); Annex B names the post-holder"),
    ["Who is the commissioning lead for the urgent treatment centre at Quarlby Royal Infirmary?",
     "who's the commissioning lead for the QRI UTC? need a name not just a job titel",
     "Which CCG manager is responsible for buying the new urgent care service at the Quarlby hospital?"], "titel")
ask("board-chair", OWNER, "governance", [["Illingsworth"]],
    cite(CI, "chaired by its Independent Chair", where="intentions section 2: Partnership Board Independent Chair"),
    ["Who chairs the Ravelsham & Quarlby Partnership Board?",
     "who chairs the partnership brd? writing to invite her to the launch evnt",
     "Who presides over the meetings of the top joint decision-making body for the area's health and care?"], "evnt")
ask("dashboard-owner", OWNER, "role-resolved", [["Quillan"]],
    unit(A3, TEAM_SLIDE, where="closure report hands the weekly D2A dashboard to the Head of Patient Flow, RGH "
         "(blog comment likewise); the A3 event team slide names the post-holder"),
    ["Who took over the weekly discharge to assess dashboard when the pilot closed?",
     "who has the weekly D2A dashbord after the pilot closed? need the LOS figures",
     "Who at Ravelsham General produces the weekly figures on patients sent home to be assessed, since the trial "
     "ended?"], "dashbord")
ask("rollout-owner", OWNER, "role-resolved", [["Oduya"]],
    cite(RT, "Programme Manager, Urgent & Emergency Care", sheet="Posts",
         where="closure report hands the QRI roll-out to the UEC Programme Manager; tracker row P05 names him"),
    ["Who is leading the roll-out of discharge to assess pathway 1 to Quarlby Royal Infirmary?",
     "who's running the D2A rollout to QRI? the ward managers want a naem",
     "Who is responsible for extending the scheme of sending patients home for assessment to the Quarlby hospital?"],
    "naem")
ask("blackthorne-prog", OWNER, "role-of-person", [["Community Care Networks", "CCN"]],
    unit(CI, ANNEX_C, where="Annex C: Gideon Blackthorne is SRO of CCN"),
    ["Which STP programme is Gideon Blackthorne the SRO for?",
     "what programme does gideon blackthorne own as SRO? just cheking before the mtg",
     "Which part of the plan is Gideon Blackthorne the senior owner of?"], "cheking")
ask("ccio", OWNER, "role-holder", [["Mountjoy"]],
    cite(RT, "Chief Clinical Information Officer", sheet="Posts", where="tracker row P11, post-holder"),
    ["Who is the Chief Clinical Information Officer for the STP?",
     "who's the CCIO for digital? need clinical sign off on the recrd sharing",
     "Which clinician leads on the clinical side of IT and digital patient records for the plan?"], "recrd")
ask("head-pmo", OWNER, "role-holder", [["Hallowes"]],
    cite(RT, "P02 | Head of PMO", sheet="Posts", where="tracker row P02, post-holder"),
    ["Who is the Head of the STP Programme Management Office?",
     "who heads up the STP PMO? need to send in our hilight report",
     "Who manages the central team that tracks the plan's programmes day to day?"], "hilight")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
UTC_BLOG = cite(BL, "Urgent treatment centre at Quarlby Royal Infirmary", "It will now open in January 2018",
                where="blog: the UTC moves from 1 October 2017 (intentions CI-06) to January 2018")
ask("utc-moved", MILESTONE, "moved-date", [["January 2018", "Jan 2018", "Jan-18"]], UTC_BLOG,
    ["When is the urgent treatment centre at Quarlby Royal Infirmary due to open?",
     "when does the QRI UTC actually open? heard it's slipped from october, can someone confrim",
     "When will the new urgent care service at the Quarlby hospital start seeing patients?"], "confrim",
    as_of="2017-05-01")
ask("utc-original", MILESTONE, "original-date", [on(1, 10, 2017, "01/10/2017")],
    unit(CI, ROW_PAGE["CI-06"], where="Table 1, CI-06, Takes effect"),
    ["What opening date did the joint commissioning intentions give for the Quarlby Royal Infirmary urgent "
     "treatment centre?",
     "what was the original go live for the QRI UTC in the commissioning intentions? for the slipage log",
     "Before it was put back, when had the new urgent care centre at the Quarlby hospital been expected to take over "
     "from the Cobb Street service?"], "slipage")
ask("pd-closing", MILESTONE, "deadline", [on(4, 12, 2016, "4 December 2016")],
    unit(JD, 1, where="job description page 1: closing date strip"),
    ["What was the closing date for applications for the STP Programme Director post?",
     "when did the PD job advert close? HR asking for the shortlistng dates",
     "What was the last day to apply to run the plan's delivery office?"], "shortlistng")
ask("pd-interviews", MILESTONE, "moved-date", [on(9, 1, 2017, "09/01/2017")],
    cite(RT, "STP Programme Director", sheet="Posts",
         where="tracker row P01: interviews moved from 15/12/2016 (job description) to 09/01/2017"),
    ["When were the interviews for the STP Programme Director held?",
     "when were the PD intervews in the end? the JD says 15 dec but i don't think that happened",
     "On what day did the panel end up seeing candidates for the top delivery job?"], "intervews")
ask("pd-start", MILESTONE, "start-date", [on(3, 4, 2017, "03/04/2017")],
    cite(RT, "STP Programme Director", sheet="Posts", where="tracker row P01, Start date (blog: Monday 3 April)"),
    ["When did the new STP Programme Director start in post?",
     "what date did desmond start as PD? need it for the induktion checklist",
     "When did the permanent head of the plan's delivery office take up the job?"], "induktion")
ask("ecc-sro-from", MILESTONE, "effective-date", [on(1, 5, 2017, "1 May 2017")],
    cite(BL, "Barnaby Fotheringale retires", "from 1 May 2017", where="blog, People: new ECC SRO from 1 May 2017"),
    ["From what date does Dr Wilhelmina Sarsby become SRO for Elective & Cancer Care?",
     "when does dr sarsby take over ECC? updating the govenance chart",
     "From when does Ravelsham General's medical director take charge of the planned operations and cancer work?"],
    "govenance")
ask("stroke-start", MILESTONE, "corrected-date", [on(5, 6, 2017, "5 June 2017")],
    cite(BL, "**Stroke.**", "The date the Partnership Board agreed is 5 June 2017",
         where="blog: consultation start ~~Friday 5 May~~ Monday 5 June 2017, and the correction of 14 April"),
    ["When does the public consultation on hyper-acute stroke services start?",
     "when does the stroke consultation kick off? blog said 5 may then changed, which is corect",
     "From what date will the public be asked for their views on concentrating emergency stroke care at one "
     "hospital?"], "corect")
ask("d2a-rollout", MILESTONE, "moved-date", [on(12, 6, 2017, "12 June 2017")],
    cite(CR, "(b) agreed to roll pathway 1 out", where="closure report 6(b): QRI roll-out from 12 June 2017, not "
         "April 2017"),
    ["From when will discharge to assess pathway 1 be rolled out to Quarlby Royal Infirmary?",
     "when does D2A go live at QRI? wards been told april but that sounds rong",
     "When will patients at the Quarlby hospital start being sent home to have their care needs assessed there?"],
    "rong")
ask("d2a-end", MILESTONE, "actual-date", [on(28, 2, 2017, "28/02/2017")],
    cite(CR, "Actual | 07/11/2016", where="closure report table 2: Actual finish (plan 31/01/2017)"),
    ["When did the discharge to assess pilot at Ravelsham General Hospital actually end?",
     "what date did the RGH D2A pilot finish in the end? was meant to be end of jan i thougt",
     "When did the winter trial of assessing patients at home, rather than on the ward, finally stop at Ravelsham "
     "General?"], "thougt")
ask("closure-approved", MILESTONE, "decision-date", [on(16, 3, 2017, "16 March 2017")],
    cite(CR, "Status | Closure approved", where="closure report document control: Status row"),
    ["When did the UEC Programme Board approve the closure of the discharge to assess pilot?",
     "what date did the UEC prog board sign off the D2A closure? for the mintues",
     "On what date did the emergency care programme's board agree that the home-assessment trial could be wound "
     "up?"], "mintues")
ask("handover-target", MILESTONE, "target-date", [on(1, 3, 2017, "1 March 2017")],
    unit(A3, A3_SLIDE["A3-1"], where="A3-1 box 3, target condition"),
    ["From what date should no ambulance handover at Quarlby Royal Infirmary take longer than 60 minutes?",
     "from when is QRI meant to have zero 60 min handovers? ambulance service keep askin",
     "From when should no crew have to wait more than an hour to pass a patient over at the Quarlby hospital?"],
    "askin")
ask("contracts-signed", MILESTONE, "deadline", [on(23, 12, 2016, "23 December 2016")],
    cite(CI, "Contracts for both years are to be signed by", where="intentions section 1"),
    ["By what date must contracts for 2017/18 and 2018/19 be signed?",
     "deadline for signing the 17/18 and 18/19 contracts? finance want the exact dte",
     "By when do commissioners and providers have to have their two-year agreements in place?"], "dte")
ask("stroke-unknown", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "not known", "no date"]],
    unit(CI, ROW_PAGE["CI-14"], where="Table 1 (page 3, under the repeated header), CI-14, Takes effect"),
    ["When will hyper-acute stroke services move to a single site?",
     "when does the single site HASU actually hapen? is there a date yet",
     "When will emergency stroke care be brought together at one hospital?"], "hapen")
ask("win-ecc-q", MILESTONE, "relative-window",
    [["advice and guidance", "CI-10"], on(1, 4, 2017, "1 April 2017")],
    unit(CI, ROW_PAGE["CI-10"], where="Table 1, CI-10 takes effect 1 April 2017; no other ECC intention in Q1 17/18"),
    ["Which Elective & Cancer Care commissioning intentions take effect this quarter?",
     "anything ECC taking effect this qtr? prepping a brefing for the GPs",
     "Which changes to routine hospital referrals and cancer testing come into force in the current three months?"],
    "brefing", as_of="2017-05-20")
ask("win-ccn-next", MILESTONE, "relative-window",
    [["extended access", "CI-04"], on(1, 10, 2017, "01/10/2017")],
    unit(CI, ROW_PAGE["CI-04"], where="Table 1, CI-04 takes effect 01/10/2017; no other CCN intention in October "
         "2017"),
    ["Which Community Care Networks commissioning intentions take effect next month?",
     "what's due to start in CCN nxt month? practice managers keep asing",
     "What change to GP services across the local practice groupings comes in during the coming month?"], "asing",
    as_of="2017-09-12")
ask("win-uec-next", MILESTONE, "relative-window",
    [["urgent treatment centre", "UTC", "CI-06"], ["January 2018", "Jan 2018", "Jan-18"]], UTC_BLOG,
    ["Which Urgent & Emergency Care changes are due next month?",
     "anything UEC going live nxt month? the A&E deliverry board will ask",
     "What is the emergency care programme due to open in the coming month?"], "deliverry", as_of="2017-12-06")
ask("win-posts-next", MILESTONE, "relative-window", [["Programme Director"], ["Communications"]],
    cite(RT, "STP Programme Director", "Communications and engagement lead", sheet="Posts",
         where="tracker rows P01 (03/04/2017) and P13 (w/c 03/04/2017); no other start date in April 2017"),
    ["Which STP programme posts have post-holders starting next month?",
     "who's starting in the STP team nxt month? sorting desks and laptps",
     "Which new people join the plan's central team in the coming month, and in what jobs?"], "laptps",
    as_of="2017-03-10")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (Annex A read by position; the closure report's prose)
# ---------------------------------------------------------------------------------------------------------------
PN = {"UEC": ["UEC", "Urgent & Emergency Care", "Urgent and Emergency Care"],
      "CCN": ["CCN", "Community Care Network"],
      "MW": ["MW", "Mental Wellbeing"],
      "CSS": ["CSS", "Clinical Services Strategy"],
      "ECC": ["ECC", "Elective & Cancer Care", "Elective and Cancer Care"]}


def mdx(n, *first):
    """Gold for must-do n: the papers' wording first, then bank_tools.md renderings (less the bare 'UEC')."""
    return alts(*first, *[f for f in md(n) if f != "UEC"])


MDS = unit(CI, MD_PAGE, where="Annex A must-do matrix, read by the position of the ✔✔ / ✔ marks")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "learning disabilities")], MDS,
    ["Which of the nine national must-dos is not covered by any STP programme in the commissioning intentions?",
     "which must do has no programme against it at all? CCG board asked about gapps",
     "Which national priority does none of the plan's six programmes pick up in what the CCGs intend to buy?"],
    "gapps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [PN["UEC"], PN["CCN"], PN["MW"]], MDS,
    ["Which programmes contribute to must-do 4 (A&E and ambulance)?",
     "which programmes are mapped to MD4? doing the 4 hr trajectry paper",
     "Which of our programmes help with waits in casualty and ambulance response times?"], "trajectry")
ask("md2-lead", MUSTDO, "mustdo-lead", [PN["CSS"]], MDS,
    ["Which programme is the lead for must-do 2, financial balance?",
     "what's the lead programme on MD2 (the money one)? the DoFs want to knw",
     "Which programme mainly carries the job of getting the local NHS back to breaking even?"], "knw")
ask("ecc-mustdos", MUSTDO, "by-programme",
    [mdx(2, "financial balance"), mdx(5, "Referral to treatment"), mdx(6, "Cancer")], MDS,
    ["Which national must-dos does Elective & Cancer Care contribute to?",
     "what must dos is ECC ticked against? lead or contributes both fine, for the asurance pack",
     "Which national priorities does the planned operations and cancer programme help deliver?"], "asurance")
ask("hl-cancer", MUSTDO, "yes-no", [["contributes", "contributing", "contributor", "not the lead", "supporting"]],
    MDS,
    ["Is Healthy Lives the lead programme or a contributor for the cancer must-do?",
     "is HL lead or just contributing on MD6 cancer? checking befre the alliance meeting",
     "For the national cancer waiting-time priority, does the prevention programme lead it or only help?"], "befre")
ask("md9-contrib", MUSTDO, "no-lead", [PN["UEC"], PN["CSS"]], MDS,
    ["Which programmes contribute to must-do 9, improving quality, and which programme leads it?",
     "who's on MD9 quality? is there even a lead programme, can't see one on the matrx",
     "Which programmes play a part in the national priority on safety and special measures, and does any of them "
     "lead it?"], "matrx")
ask("d2a-mustdos", MUSTDO, "by-project", [mdx(4, "A&E"), mdx(2, "financial balance")],
    cite(CR, "The pilot contributed to must-do 4", where="closure report section 8"),
    ["Which national must-dos did the discharge to assess pilot contribute to?",
     "which must dos did the D2A pilot help with? writing the closure summry",
     "Which national priorities did the winter trial of assessing patients at home help with?"], "summry")
ask("md7-intentions", MUSTDO, "cell-detail", [["CI-12"], ["CI-13"]], MDS,
    ["Which commissioning intentions support must-do 7, mental health?",
     "which CIs are lined up against MD7 mental health? need the refs for the contract scheduel",
     "Which of the CCGs' planned purchases back the national priority on access to mental health care?"],
    "scheduel")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure", [["842,300", "842300", "842 thousand"]],
    cite(CI, "registered population of 842,300", where="intentions section 2"),
    ["What is the registered population of the Ravelsham & Quarlby footprint?",
     "what's the registered pop for R&Q? need it for the fundng bid",
     "How many people are registered with GPs across the area the plan covers?"], "fundng")
ask("gap", FACT, "figure", [["£163.4m", "163.4"]],
    cite(CI, "financial gap of", where="intentions section 2: do-nothing gap by 2020/21 (NHS £131.9m, social care "
         "£31.5m)"),
    ["What financial gap does the footprint face by 2020/21 if nothing changes?",
     "what's the do nothing gap by 20/21? total not just NHS, for a presentaton",
     "If nothing changed, how big a hole would local health and care budgets have by the end of the decade?"],
    "presentaton")
ask("pd-salary", FACT, "figure", [["£98,453", "98,453"], ["£102,903", "102,903"]],
    unit(JD, 1, where="job description key facts: Salary"),
    ["What is the salary range for the STP Programme Director post?",
     "what's the pay for the PD job? band 9 but what's the actual salery",
     "How much a year is the person running the plan's delivery office paid?"], "salery")
ask("d2a-bed-days", FACT, "figure", [["2,870", "2870"]],
    cite(CR, "Actual | 07/11/2016", where="closure report table 2: Actual, bed days saved (plan 2,400)"),
    ["How many bed days did the discharge to assess pilot save?",
     "how many bed days did the D2A pilot save in the end? for the winter reveiw",
     "How many days in hospital beds were freed up by the winter trial of assessing patients at home?"], "reveiw")
ask("handovers-30", FACT, "figure", [["1,142", "1142"]],
    unit(A3, A3_SLIDE["A3-1"], where="A3-1 box 2, current condition (December 2016)"),
    ["How many ambulance handovers at Quarlby Royal Infirmary took longer than 30 minutes in December 2016?",
     "how many >30 min handovers at QRI in dec 16? the ambulance trust quoted a diffrent number",
     "How many times in December 2016 did crews wait more than half an hour to pass a patient over at the Quarlby "
     "hospital?"], "diffrent")
ask("funding-total", FACT, "figure", [["1684", "1,684", "£1.68m", "1.68 million", "£1.684m"]],
    cite(RT, "Total", sheet="Funding 2017-18", where="funding sheet (£000): Total row"),
    ["What is the total STP programme support budget for 2017/18?",
     "total programme support budget for 17/18? need the grand totl in £k",
     "How much are the partner organisations putting in altogether in 2017/18 to pay for the plan's central "
     "support team?"], "totl")
ask("ccn-definition", FACT, "definition", [["practices"], ["60,000"], ["90,000"]],
    cite(CI, "Community Care Network: a group", "90,000", where="intentions glossary"),
    ["What is a Community Care Network?",
     "what actually is a CCN? how many patients does one covr",
     "In the plan, what is meant by the local groupings of GP surgeries with community teams, and how big are they?"],
    "covr")
ask("programmes-list", FACT, "list",
    [["Healthy Lives", "HL"], ["Community Care Networks", "CCN"], ["Urgent", "UEC"], ["Elective", "ECC"],
     ["Mental Wellbeing", "MW"], ["Clinical Services Strategy", "CSS"]],
    unit(CI, ANNEX_C, where="Annex C: the six programme rows"),
    ["What are the six programmes of the Ravelsham & Quarlby STP?",
     "what are the 6 STP programmes? new startr, trying to get my head round it",
     "What are the main strands of work the area's plan is organised into, leaving aside the enablers?"], "startr")
ask("stroke-decision", FACT, "board-decision", [["consultation"], ["stroke"]],
    cite(BL, "On 29 March the Partnership Board agreed", "stroke services on a single site",
         where="blog: the Partnership Board decision of 29 March 2017"),
    ["What did the Partnership Board agree on 29 March 2017 about stroke services?",
     "what did the partnership board decide on stroke in march? i was off and mised it",
     "What did the area's top joint board decide at the end of March about bringing emergency stroke care onto one "
     "site?"], "mised")
ask("d2a-partly", FACT, "status", [["24 hours"], ["84%"]],
    cite(CR, "Assessment at home within 24 hours", where="closure report table 3: the objective marked Partly"),
    ["Which objective of the discharge to assess pilot was only partly met, and what was the result?",
     "which D2A objective wasn't fully met? think it was the assesment one",
     "Which of the home-assessment trial's targets fell short, and by how much?"], "assesment")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("clinical lead for mental wellbeing is", "appointed as clinical lead", "mental wellbeing clinical lead is")
assert "P10 | Clinical lead, Mental Wellbeing | MW | – | 4 PAs | APFT | 31/03/2017 | w/c 24/04/2017 | O" == \
    U[RT][f"Posts!{POST_ROW['P10']}"]
ask("nm-mw-cl", NONE, "near-miss", [],
    cite(RT, "Clinical lead, Mental Wellbeing", sheet="Posts", where="tracker row P10: out to advert, no post-holder; "
         "blog comment: interviews 26 April"),
    ["Who is the clinical lead for Mental Wellbeing?",
     "who's the MW clin lead? our crisis team wants to meet them, is anyone apointed yet",
     "Which clinician leads the clinical side of the programme for people's emotional and mental health?"],
    "apointed")
absent("clinical lead, elective", "clinical lead for elective", "elective & cancer care clinical lead",
       "clinical lead for planned", "ecc clinical lead")
ask("nm-ecc-cl", NONE, "near-miss", [],
    cite(RT, "Programme Manager, Elective & Cancer Care", sheet="Posts",
         where="tracker lists no clinical lead post for ECC"),
    ["Who is the clinical lead for Elective & Cancer Care?",
     "ECC clinical lead? need a consulant name for the MSK pathway",
     "Which clinician advises the planned operations and cancer programme?"], "consulant")
absent("consultation closes", "consultation will close", "consultation ends", "consultation will end",
       "consultation runs until", "consultation will run until", "consultation closing date is")
ask("nm-stroke-close", NONE, "near-miss", [],
    cite(BL, "When does the stroke consultation close?", "signed it off",
         where="blog comments: the closing date will be published later"),
    ["When does the public consultation on hyper-acute stroke services close?",
     "closing date for the stroke consultation? healthwatch want to plann events",
     "What is the last day people can give their views on the plans for emergency stroke care?"], "plann")
assert EVERYTHING.count("therapy services manager") == 1
ask("nm-therapy-mgr", NONE, "near-miss", [],
    cite(CR, "Recruit 6 WTE reablement support workers", where="closure report: the action names the post only"),
    ["What is the name of the Therapy Services Manager at Quarlby Community Health?",
     "who's the therapy services mgr at quarlby community health? they own the reablement recruitmnt",
     "What is the name of the person who manages therapy services at the Quarlby community provider?"],
    "recruitmnt")
assert EVERYTHING.count("60 minutes") == 1 and "longer than 60 minutes from 1 march 2017" in EVERYTHING
absent("longer than 60 minutes in", "over 60 minutes", "more than 60 minutes", "60-minute", "over an hour",
       "more than an hour", "longer than an hour")
ask("nm-handovers-60", NONE, "near-miss", [],
    unit(A3, A3_SLIDE["A3-1"], where="A3-1 gives handovers over 30 minutes only; 60 minutes is the target"),
    ["How many ambulance handovers at Quarlby Royal Infirmary took longer than 60 minutes in December 2016?",
     "how many handovers over an hour at QRI in dec? the 30 min number is there but i need 60, any ideea",
     "In December 2016, how many crews waited more than an hour to pass over a patient at the Quarlby hospital?"],
    "ideea")
assert "estates sro is still to be confirmed" in EVERYTHING
ask("nm-estates-sro", NONE, "near-miss", [],
    unit(CI, ANNEX_C, where="Annex C: Estates enabler SRO 'To be confirmed'"),
    ["Who is the SRO for the Estates enabler?",
     "who's the estates SRO? need someone to sign the lease paperwrk",
     "Who is the senior owner of the plan's work on buildings and premises?"], "paperwrk")
absent("capital", "build cost", "cost of the urgent treatment centre", "cost of the utc")
ask("nm-utc-capital", NONE, "near-miss", [],
    unit(CI, ROW_PAGE["CI-06"], where="Table 1, CI-06 gives no cost"),
    ["What is the capital cost of the urgent treatment centre at Quarlby Royal Infirmary?",
     "how much capital is the QRI UTC costing? estates want the figure for the bisness case",
     "How much will it cost to build the new urgent care centre at the Quarlby hospital?"], "bisness")
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(CI, "chaired by its Independent Chair", where="intentions section 2 names only the Independent Chair"),
    ["Who is the Vice Chair of the Ravelsham & Quarlby Partnership Board?",
     "who's vice chair of the partnership board? chair's away for the next one, pls advize",
     "If the independent chair of the area's top board is away, who stands in?"], "advize")
absent("2021/22", "21/22", "2021-22")
ask("nm-gap-2122", NONE, "near-miss", [],
    cite(CI, "financial gap of", where="intentions section 2 gives the gap by 2020/21 only"),
    ["What financial gap does the footprint face in 2021/22?",
     "what's the gap in 21/22, the year after the plan? finance want a projecton",
     "How big will the local funding shortfall be in the year after the plan's last year?"], "projecton")

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
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|this week|overdue|currently|"
                        r"at present|at the moment|now|atm|still)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
    if item["expect_no_answer"]:
        assert item["answer_any"] == []
out = HERE / "questions.jsonl"
text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS)
tmp = HERE / "questions.jsonl.tmp"
tmp.write_text(text)
try:
    assert bank_tools.check(tmp, PAPERS) == 0
finally:
    tmp.unlink()
out.write_text(text)
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
