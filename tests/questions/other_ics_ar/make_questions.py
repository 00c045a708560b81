"""Write questions.jsonl for the Halsmoor & Wyvernford STP papers (bank_ar): 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the route map's stations are read back from the slide by position (a label belongs to the line it sits just
    above or just below), their date labels parsed to periods, and every relative window asserted to hold exactly
    the gold station(s) with nothing partly overlapping;
  - the must-do slide names lines by colour only: colours are resolved to programmes through the Key slide;
  - the capacity model's two-row header is read with its merged scenario bands, so a figure's scenario and year are
    known from the merge, and every shortfall is checked as demand less available;
  - the EQIA's equality grid is read cell by cell (a ticked box's column is its impact), and the panel outcome's
    ticked box is found;
  - the Gateway recommendations' urgencies are read from the table rows.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
GATEWAY = "01_HW_STP_Gateway_Review_0_Report_Feb2017.pdf"
EQIA = "02_HW_EQIA_FCH-02_Community_Frailty_Hubs_v1.0.docx"
MODEL = "03_HW_Capacity_and_Demand_Model_v3.1.xlsx"
ROUTE = "04_HW_STP_Route_Map_PB_15Mar2017.pptx"
PUBLICQ = "05_HW_PB_Public_Questions_Record_15Mar2017.txt"
REGISTER = "06_HW_Register_of_Declared_Interests_Mar2017.md"

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


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def unit(file, n, last=None, where=""):
    last = last or n
    text = norm("\n".join(U[file][k] for k in range(n, last + 1)))
    return {"file": file, "lines": [n, last], "where": where}, text


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
        ITEMS.append({"id": f"ar-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ar-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Periods (NHS financial years April-March; seasons as meteorological seasons)
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
MONTHS_LONG = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"], 1)}


def month_span(y, m):
    start = date(y, m, 1)
    end = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return start, end


def period(label):
    """(start, end) dates for one date label as the route map and papers print it; None for unknown."""
    t = label.lower().replace("\u2713", "").strip()
    if "unknown" in t:
        return None
    m = re.fullmatch(r"(?:by )?(\d\d)/(\d\d)/(\d{4})", t)
    if m:
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return d, d
    m = re.fullmatch(r"w/c (\d{1,2}) ([a-z]{3})[a-z]* (\d{4})", t)
    if m:
        d = date(int(m[3]), MON[m[2]], int(m[1]))
        return d, d + timedelta(days=6)
    m = re.fullmatch(r"([a-z]{3})-(\d\d)", t)
    if m:
        return month_span(2000 + int(m[2]), MON[m[1]])
    m = re.fullmatch(r"([a-z]+) (\d{4})", t)
    if m and m[1] in MONTHS_LONG:
        return month_span(int(m[2]), MONTHS_LONG[m[1]])
    m = re.fullmatch(r"(?:qtr|q) ?(\d) (?:20)?(\d\d)/\d\d", t)
    if m:
        q, y = int(m[1]), 2000 + int(m[2])
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1), month_span(sy, sm + 2)[1]
    m = re.fullmatch(r"(spring|summer|autumn|winter) (\d{4})(?:/\d\d)?", t)
    if m:
        y = int(m[2])
        sm = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[m[1]]
        end_y, end_m = (y + 1, 2) if m[1] == "winter" else (y, sm + 2)
        return date(y, sm, 1), month_span(end_y, end_m)[1]
    m = re.fullmatch(r"(\d{4})/\d\d", t)
    if m:
        return date(int(m[1]), 4, 1), date(int(m[1]) + 1, 3, 31)
    raise AssertionError(f"cannot parse {label!r}")


def window(items, start, end):
    """(names wholly inside [start, end], names only partly overlapping it) for [(label, name)]."""
    inside, partial = set(), set()
    for label, name in items:
        p = period(label)
        if p is None:
            continue
        if start <= p[0] and p[1] <= end:
            inside.add(name)
        elif p[0] <= end and p[1] >= start:
            partial.add(name)
    return inside, partial


# ---------------------------------------------------------------------------------------------------------------
# Re-derivation: the route map (stations by position) and the must-do colours (through the Key slide)
# ---------------------------------------------------------------------------------------------------------------
def route_stations():
    from pptx import Presentation
    from pptx.util import Emu
    slide = Presentation(str(PAPERS / ROUTE)).slides[1]
    inch = lambda v: Emu(v).inches  # noqa: E731
    lines, labels = {}, []
    for sh in slide.shapes:
        if not sh.has_text_frame:
            continue
        paras = [p.text for p in sh.text_frame.paragraphs]
        if len(paras) == 1 and paras[0].endswith(" line"):
            lines[paras[0].split()[0]] = inch(sh.top) + inch(sh.height) / 2
        elif len(paras) == 2 and inch(sh.top) > 0.92:
            labels.append((inch(sh.top), paras[0], paras[1]))
    assert len(lines) == 6, lines
    out = {c: [] for c in lines}
    for top, when, name in labels:
        owner = [c for c, y in lines.items() if abs((y - top) - 0.5) < 0.05 or abs((top - y) - 0.12) < 0.05]
        assert len(owner) == 1, (when, name, owner)
        out[owner[0]].append((when, name))
    return out


STATIONS = route_stations()
ALL_STATIONS = [s for v in STATIONS.values() for s in v]
assert len(ALL_STATIONS) == 24, len(ALL_STATIONS)
assert ("Mar-18", "Wyvernford UTC opens (was Dec-17)") in STATIONS["Red"]
assert ("30/09/2017", "Crisis café opens, Halsmoor") in STATIONS["Purple"]
assert ("time frame as yet unknown", "Crisis house (site not agreed)") in STATIONS["Purple"]
assert ("by 31/03/2019", "Single elective orthopaedic centre, Halsmoor") in STATIONS["Blue"]
assert ("Spring 2018", "7-day GP access in all three places") in STATIONS["Orange"]
for label, _ in ALL_STATIONS:  # every label parses
    period(label)

KEY_SLIDE = [k for k, v in U[ROUTE].items() if v.startswith("Key to the lines")][0]
MD_SLIDE = [k for k, v in U[ROUTE].items() if v.startswith("Which lines call at each national must-do")][0]
MAP_SLIDE = [k for k, v in U[ROUTE].items() if v.startswith("The route map")][0]
WORKS_SLIDE = [k for k, v in U[ROUTE].items() if v.startswith("Planned engineering works")][0]
assert (MAP_SLIDE, KEY_SLIDE, WORKS_SLIDE, MD_SLIDE) == (2, 3, 4, 5)


def colour_key():
    """{colour: acronym} from the Key slide: a "<Colour> line" paragraph, then the programme on the next line."""
    lines = U[ROUTE][KEY_SLIDE].splitlines()
    out = {}
    for i, line in enumerate(lines):
        m = re.fullmatch(r"(\w+) line", line)
        if m:
            acr = re.search(r"\(([A-Z]{3})\)", lines[i + 1])
            out[m[1]] = acr[1]
    return out


COLOURS = colour_key()
assert COLOURS == {"Red": "UEC", "Green": "FCH", "Purple": "MHW", "Blue": "PCC", "Orange": "PCS", "Grey": "DSR"}


def mustdo_lines():
    out = {}
    for line in U[ROUTE][MD_SLIDE].splitlines():
        m = re.match(r"(\d) .*? \| (.*?) \|", line)
        if m:
            cell = m[2]
            out[int(m[1])] = sorted(COLOURS[c.strip()] for c in cell.split(",")) if cell not in (
                "All lines", "None yet") else cell
    return out


MDL = mustdo_lines()
assert MDL[1] == "All lines" and MDL[8] == "None yet"
assert [n for n in range(1, 10) if MDL[n] == "None yet"] == [8]
assert MDL[4] == ["FCH", "UEC"] and MDL[3] == ["DSR", "PCS"]
assert [n for n in range(2, 10) if isinstance(MDL[n], list) and "MHW" in MDL[n]] == [7, 9]

# ---------------------------------------------------------------------------------------------------------------
# Re-derivation: the capacity model's merged header bands, the EQIA grids, the Gateway recommendations
# ---------------------------------------------------------------------------------------------------------------
def summary_grid():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / MODEL))["Summary"]
    band = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row == 4 and rng.max_row == 4:
            for col in range(rng.min_col, rng.max_col + 1):
                band[col] = ws.cell(row=4, column=rng.min_col).value
    band[2] = "Baseline"
    out = {}
    for row in range(6, ws.max_row + 1):
        label = ws.cell(row=row, column=1).value
        for col in range(2, 9):
            out[(label, band[col], ws.cell(row=5, column=col).value)] = ws.cell(row=row, column=col).value
    return out


GRID = summary_grid()
SHORT = "Bed shortfall (demand less available)"
for (label, scen, year), v in GRID.items():
    if label == SHORT:
        assert v == GRID[("G&A bed demand (beds)", scen, year)] - GRID[("G&A beds available", scen, year)]
assert GRID[(SHORT, "S1 Do nothing", "2020/21")] == 192 and GRID[(SHORT, "S2 Plan", "2020/21")] == 77
assert not any(y == "2019/20" for _, _, y in GRID)


def eqia_grids():
    import docx
    d = docx.Document(str(PAPERS / EQIA))
    eq = [t for t in d.tables if t.rows[0].cells[0].text == "Protected characteristic"][0]
    heads = [c.text for c in eq.rows[0].cells]
    impact = {}
    for row in eq.rows[1:]:
        cells = [c.text for c in row.cells]
        ticked = [heads[j] for j in (1, 2, 3) if cells[j] == "\u2612"]
        assert len(ticked) == 1, cells
        impact[cells[0]] = ticked[0]
    sign = [t for t in d.tables if t.rows[0].cells[0].text == "Stage"][0]
    outcome = [r.cells[1].text for r in sign.rows if r.cells[0].text == "Panel outcome"][0]
    chosen = re.findall(r"\u2612 ([A-Za-z ]+?)(?=\s{2,}|$)", outcome)
    return impact, chosen


IMPACT, OUTCOME = eqia_grids()
assert sorted(k for k, v in IMPACT.items() if v == "Negative") == ["Race", "Rurality (local addition)"]
assert OUTCOME == ["Proceed with mitigations"], OUTCOME

GW2 = U[GATEWAY][2]
RECS = {m[0]: m[1] for m in re.findall(r"\n(R\d)\n.*?\n(Critical|Essential|Recommended)\n", GW2, re.S)}
assert RECS == {"R1": "Critical", "R2": "Essential", "R3": "Critical", "R4": "Essential", "R5": "Essential",
                "R6": "Recommended"}, RECS

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("stp-sro", OWNER, "role-holder", [["Farrimond"]],
    cite(GATEWAY, "Senior Responsible Owner", where="Gateway report p1, status box: SRO row"),
    ["Who is the Senior Responsible Owner of the Halsmoor & Wyvernford STP delivery programme?",
     "who's the overall SRO for the H&W STP programme? need them to sign the gateway actoin plan",
     "Who carries ultimate accountability for the whole local transformation plan across Halsmoor and "
     "Wyvernford?"], "actoin")
ask("rtl", OWNER, "role-holder", [person("Abercrombie-Tait")],
    cite(GATEWAY, "Review Team Leader", where="Gateway report p1, status box: Review Team Leader row"),
    ["Who led the Gateway Review 0 team?",
     "who was the RTL on the gateway 0 reveiw?",
     "Who headed the panel of outside assessors that examined the programme in early February?"], "reveiw")
ask("pb-chair", OWNER, "governance", [person("Kavanagh-Reeve")],
    cite(GATEWAY, "2.1 The Partnership Board is chaired by", where="Gateway report p2, paragraph 2.1"),
    ["Who chairs the Halsmoor & Wyvernford Partnership Board?",
     "who chairs the PB? writing to her about the july mtg, need the naem",
     "Who runs the meetings of the top partnership group that meets in public every other month?"], "naem")
ask("vice-chair", OWNER, "governance", [person("Ashby-Nwosu")],
    cite(REGISTER, "Ashby-Nwosu, Cllr Margaret", "Vice Chair, Partnership Board",
         where="register of interests: entry heading and role line"),
    ["Who is the Vice Chair of the Partnership Board?",
     "who's vice chair of the PB? chair's away for the may mtg so need the depty",
     "Who deputises for the independent chair at the top partnership meeting?"], "depty")
ask("prog-dir", OWNER, "role-holder-and-date", [person("Ranganathan-Holt"), on(30, 6, 2017, "30 June 2017")],
    cite(GATEWAY, "2.2 The Programme Director post", where="Gateway report p2, paragraph 2.2"),
    ["Who is the interim Programme Director, and until when does the secondment run?",
     "who's the interim prog director + when does her secondment from TPFT end? HR asking, thnaks",
     "Who is running the programme office on a temporary basis, and how long is she on loan from the mental "
     "health trust?"], "thnaks")
ask("fch-sro", OWNER, "role-holder", [person("Delacroix-Boyd")],
    unit(ROUTE, KEY_SLIDE, where="route map, Key to the lines: Green line, Frailty & Community Hubs, SRO"),
    ["Who is the SRO for Frailty & Community Hubs?",
     "SRO for FCH (green line) pls? need a sign off on the hubs comms pln",
     "Which chief executive is accountable for the same-day assessment centres for older people?"], "pln")
ask("mhw-cl", OWNER, "role-holder", [["Strachan"]],
    cite(GATEWAY, "Mental Health Crisis", "Dr Hamish", where="Gateway report p2, section 3 table: MHW row"),
    ["Who is the clinical lead for Mental Health Crisis & Wellbeing?",
     "who's clin lead on MHW? want to run the crisis cafe model past them befre sept",
     "Which doctor gives the clinical steer to the programme for people in a mental health emergency?"], "befre")
ask("model-owner", OWNER, "initials-resolved", [person("Whitlock-Ames")],
    cite(MODEL, "KW | Kieran Whitlock-Ames", sheet="Key",
         where="model: Read me row 4 'Model owner: KW'; Key sheet row 2 resolves KW"),
    ["Who owns the capacity and demand model?",
     "who owns the C&D model? the readme just says KW, who's that in real lfie?",
     "Whose spreadsheet is the shared bed and activity forecast - who looks after it?"], "lfie")
ask("uec-sro-now", OWNER, "changed-owner", [["Brannigan"]],
    cite(PUBLICQ, "Board notes that Colm Brannigan", "1 April 2017",
         where="public questions record 14:09: Colm Brannigan SRO for UEC from 1 April 2017"),
    ["Who is currently the SRO for Urgent & Emergency Care?",
     "who's UEC SRO now Helen's moved on? need to chase the 111 onlnie update",
     "Who is now accountable for the A&E and urgent care programme?"], "onlnie", as_of="2017-04-10")
ask("uec-sro-before", OWNER, "changed-owner-before", [person("Marsden-Quaye")],
    cite(GATEWAY, "Urgent & Emergency", "Helen Marsden-Quaye",
         where="Gateway report p2, section 3 table: UEC row (hand-over only on 1 April 2017)"),
    ["Who is the SRO for Urgent & Emergency Care at present?",
     "UEC SRO atm? sending the UTC risk paper to them todya",
     "Who is accountable right now for the programme covering A&E, NHS 111 and the urgent treatment centre?"],
    "todya", as_of="2017-02-20")
ask("eqia-approver", OWNER, "sign-off", [person("Mbatha-Cole")],
    cite(EQIA, "Approved by (Chair, EQIA Panel)", where="EQIA Part E sign-off: approved by row"),
    ["Who approved the equality and quality impact assessment for the community frailty hubs?",
     "who signed off the FCH-02 EQIA as panel chair? audit want the aproval trail",
     "Which lay member gave the final go-ahead on the fairness and safety check for the frailty centres?"],
    "aproval")
ask("a1-owner", OWNER, "owner-and-date", [["Vinegrove"], on(31, 5, 2017, "31 May 2017")],
    cite(EQIA, "A1 | Community transport pilot", where="EQIA Part D action plan: row A1"),
    ["Who owns the community transport pilot action in the frailty hubs EQIA, and by when is it due?",
     "EQIA action A1 (community transport) - who owns it + what's the deadlne?",
     "Who is sorting out getting people from the upper valley villages to Castle Yard, and by what date?"],
    "deadlne")
ask("risk-owner", OWNER, "risk-owner", [person("Ojukwu-Lind")],
    cite(GATEWAY, "Medical workforce: 38 vacant", where="Gateway report p3, section 4 risk table: first row"),
    ["Who owns the medical workforce risk that the Gateway review scored highest?",
     "who owns the A&E middle grade vacancy risk in the gateway reprot?",
     "Whose job is it to deal with the shortage of mid-level doctors in the two emergency departments?"],
    "reprot")
ask("role-of-person", OWNER, "role-of-person", [["Digital & Shared Records", "Digital and Shared Records",
                                                 "DSR", "shared care record"]],
    unit(ROUTE, KEY_SLIDE, where="route map, Key to the lines: Grey line, Digital & Shared Records, SRO"),
    ["What is Lucinda Hartigan-Wolfe's role in the STP programme?",
     "what does lucinda hartigan-wolfe do on the STP? she's on the distrubution list",
     "Which strand of the plan is the acute trust's chief information officer accountable for?"], "distrubution")
ask("stand-in", OWNER, "attendance-stand-in", [["Nandakumar"]],
    cite(PUBLICQ, "MR RAJIV NANDAKUMAR", where="public questions record 14:16: answer to Q3 'for Bernadette "
         "Kilcoyne'"),
    ["Who answered the public question about the stroke consultation at the Partnership Board on 15 March 2017?",
     "who answered Q3 on the stroke consulation at the public PB? bernadette wasn't there",
     "Bernadette Kilcoyne was away in mid-March, so who responded to the councillor asking about specialist "
     "stroke services?"], "consulation")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
MONTH = lambda *f: alts(*f)  # noqa: E731
ask("utc-open", MILESTONE, "moved-date", [MONTH("March 2018", "Mar-18", "Mar 2018", "03/2018")],
    cite(PUBLICQ, "HELEN MARSDEN-QUAYE (SRO", "has moved to March 2018",
         where="public questions record 14:07 (and route map slides 2 and 4: Mar-18, was Dec-17)"),
    ["When is the Wyvernford urgent treatment centre due to open?",
     "when does the wyvernford UTC open now? patients forum keep askign",
     "When will the new walk-in centre for minor injuries and illness in Wyvernford start seeing patients?"],
    "askign", as_of="2017-03-20")
ask("utc-original", MILESTONE, "original-date-and-reason",
    [MONTH("Dec-17", "December 2017", "Dec 2017"), ["Ward 9", "decant"]],
    unit(ROUTE, WORKS_SLIDE, where="route map slide 4, planned engineering works: diverted from Dec-17 to Mar-18, "
                                   "Ward 9 decant"),
    ["What opening date did the Wyvernford UTC have before it was moved, and why was it moved?",
     "UTC was meant to open when originally + why did it slip? for the varaince log",
     "What was the first planned opening for the Wyvernford walk-in centre, and what held it up?"], "varaince")
ask("hub1", MILESTONE, "week-commencing", [["w/c 5 June 2017", "5 June 2017", "5 Jun 2017", "05/06/2017",
                                            "week commencing 5 June"]],
    cite(EQIA, "Go-live | Hub 1", where="EQIA Part A: Go-live row (also route map and public questions record)"),
    ["When does Frailty Hub 1 in Lyne Valley open?",
     "lyne valley frailty hub go live - which wk? rota needs sorting, cheers in advnce",
     "When does the first same-day assessment centre for frail older people start at Castle Yard?"], "advnce")
ask("crisis-cafe", MILESTONE, "day", [on(30, 9, 2017, "30/09/2017", "30 September 2017")],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Purple line station 30/09/2017"),
    ["When does the crisis café in Halsmoor open?",
     "halsmoor crisis cafe opening date? MH teams want to plann the launch",
     "From what date will people in mental distress be able to drop in to the new venue in Halsmoor?"], "plann")
ask("crisis-house", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "no date", "not known",
                                                 "not been set"]],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Purple line, crisis house station"),
    ["When will the crisis house open?",
     "crisis house (MHW) - is there a go live dtae yet?",
     "When will the residential alternative to hospital admission for people in mental health crisis be ready?"],
    "dtae")
ask("stroke-moved", MILESTONE, "moved-date", [MONTH("June 2017", "Jun-17", "Jun 2017"),
                                              MONTH("Apr-17", "April 2017", "Apr 2017")],
    unit(ROUTE, WORKS_SLIDE, where="route map slide 4: stroke consultation now June 2017 (was Apr-17)"),
    ["When does the hyper-acute stroke consultation now start, and when was it originally due to start?",
     "HASU consultation start - new date vs old date? comms need both for the brifeing",
     "The public consultation on specialist stroke care has slipped: when does it start now, and when was it "
     "first planned?"], "brifeing", as_of="2017-03-20")
ask("ortho", MILESTONE, "deadline", [on(31, 3, 2019, "31/03/2019", "31 March 2019")],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Blue line station 'by 31/03/2019'"),
    ["By when will the single elective orthopaedic centre at Halsmoor be in place?",
     "elective ortho centre at halsmoor - deadline? surgeons keep asking, its the blue lien",
     "By what date should all planned hip and knee operations be concentrated on one Halsmoor site?"], "lien")
ask("review-dates", MILESTONE, "date-range", [["6-8 February 2017", "8 February 2017", "6 to 8 February 2017",
                                               "6-8 Feb 2017", "8 Feb 2017"]],
    cite(GATEWAY, "Review dates", where="Gateway report p1, status box: Review dates row"),
    ["On what dates was the Gateway Review 0 carried out?",
     "when did the gateway team do the interveiws? dates pls",
     "Over which days in February were the outside assessors on site talking to people?"], "interveiws")
ask("ld-plan", MILESTONE, "month", [MONTH("July 2017", "Jul-17", "Jul 2017")],
    cite(PUBLICQ, "DUNCAN FARRIMOND (STP Lead)", "July 2017", where="public questions record 14:20, answer to Q4"),
    ["When will the learning disabilities plan come to the Partnership Board?",
     "when's the LD plan coming to PB? TCP colleagues wnat to know",
     "When will the board see proposals for people with learning disabilities, after the outside review's "
     "criticism?"], "wnat")
ask("r2-deadline", MILESTONE, "meeting-deadline", [on(17, 5, 2017, "17 May 2017")],
    cite(GATEWAY, "R2", "Board of 17 May 2017", where="Gateway report p2, recommendations table: R2 timing"),
    ["By when should the programme adopt one capacity and demand scenario as its planning baseline?",
     "gateway R2 - by when do we have to pick a C&D scenarion?",
     "By which meeting must the partnership settle on one set of bed forecasts to plan against?"], "scenarion")
ask("colm-effective", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    cite(PUBLICQ, "Board notes that Colm Brannigan", "1 April 2017",
         where="public questions record 14:09 (also route map slides 3 and 4)"),
    ["From what date does Colm Brannigan become SRO for Urgent & Emergency Care?",
     "when does colm brannigan start as UEC SRO? updating the org chrt",
     "From when does the CCG's director of operations take over the A&E and urgent care programme?"], "chrt")
ask("gp-7day", MILESTONE, "season", [["Spring 2018", "spring of 2018"]],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Orange line station 'Spring 2018' (also public questions "
                                 "record 14:28)"),
    ["When will seven-day GP access be available in all three places?",
     "7 day GP access across all 3 places - when? PCS timeline for the LMC, ta verry much",
     "When will people anywhere in the footprint be able to see a family doctor at the weekend?"], "verry")

# relative windows, re-derived over every station of the route map (by position) and the other papers' lists
assert window(ALL_STATIONS, date(2017, 8, 1), date(2017, 8, 31)) == (
    {"Wyvernford UTC full business case to Board"}, set())
ask("win-aug", MILESTONE, "relative-window", [["full business case", "business case", "FBC"]],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Red line Aug-17 is the only station in August 2017"),
    ["Which route map milestones fall due this month?",
     "anything on the route map due this month? prepping the PB higlight",
     "Which stops on the tube-style plan are we meant to reach during the current calendar month?"],
    "higlight", as_of="2017-08-10")
assert window(ALL_STATIONS, date(2017, 2, 1), date(2017, 2, 28)) == ({"MSK single point of access"}, set())
ask("win-feb", MILESTONE, "relative-window", [["MSK", "musculoskeletal", "single point of access"]],
    unit(ROUTE, MAP_SLIDE, where="route map slide 2: Blue line Feb-17 is the only station in February 2017"),
    ["Which route map milestones are due next month?",
     "whats due on the route map nxt month? need it for the delivery grp updaet",
     "Which stations on the tube-style plan should we arrive at in the coming month?"],
    "updaet", as_of="2017-01-16")
WA = []
txt = "\n".join(U[PUBLICQ].values())
for ref, body in re.findall(r"- (WA\d) (.*?)(?=\n- WA|\n\nNext)", txt, re.S):
    due = re.search(r"by (?:Friday )?(\d{1,2} [A-Z][a-z]+ \d{4})", body)[1]
    d, mname, y = due.split()
    WA.append((f"{int(d):02d}/{MONTHS_LONG[mname.lower()]:02d}/{y}", ref))
assert window(WA, date(2017, 3, 27), date(2017, 4, 10)) == ({"WA1"}, set()), WA
ask("win-wa", MILESTONE, "relative-window", [["parking", "Kiln Lane", "WA1", "Q7"]],
    cite(PUBLICQ, "WRITTEN ANSWERS TO FOLLOW", "by Friday 31 March 2017",
         where="public questions record: WA1 due 31 March 2017; WA2 12 April and WA3 28 April fall outside"),
    ["Which written answers to public questions are due in the next two weeks?",
     "any of the written answers from the public PB due in the next 2 wks? chasing owenrs",
     "Which promised replies to members of the public have to go out within the next fortnight?"],
    "owenrs", as_of="2017-03-27")
ACTIONS = [("31/05/2017", "A1"), ("April 2017", "A2"), ("Sep-17", "A4"), ("December 2017", "A5")]
assert all(f"{ref} |" in "\n".join(U[EQIA].values()) for _, ref in ACTIONS)
assert "A3 | Extend the interpreting contract to both hub sites" in U[EQIA][38] and "before Hub 1 opens" in U[EQIA][38]
assert window(ACTIONS, date(2017, 4, 1), date(2017, 4, 30)) == ({"A2"}, set())
ask("win-eqia", MILESTONE, "relative-window", [["leaflet", "Easy read", "A2", "translated"]],
    cite(EQIA, "A2 | Easy read leaflet", where="EQIA Part D: A2 due end of April 2017; A1 31 May, A3 before Hub 1 "
         "opens (w/c 5 June), A4 Sep-17, A5 December 2017"),
    ["Which actions in the frailty hubs EQIA action plan are due this month?",
     "FCH-02 EQIA actions due this month? doing the acion tracker",
     "Which follow-up tasks from the fairness and safety check on the frailty centres should be finished in the "
     "current month?"], "acion", as_of="2017-04-12")

# ---------------------------------------------------------------------------------------------------------------
# Facts, figures, lists, decisions
# ---------------------------------------------------------------------------------------------------------------
ask("pmo-wte", FACT, "figure", [["11.5"], ["16"]],
    cite(GATEWAY, "The PMO has 11.5 WTE", where="Gateway report p2, paragraph 2.2"),
    ["How many WTE does the PMO have in post, against what establishment?",
     "PMO staffing - WTE in post vs establishmnet?",
     "How many full-time-equivalent staff does the central programme office actually have, and how many should "
     "it have?"], "establishmnet")
ask("beds-s1", FACT, "figure-merged-header", [["192"]],
    cite(MODEL, "Metric | Baseline", "Bed shortfall", sheet="Summary",
         where="model Summary: S1 Do nothing band (merged over its two years), 2020/21 column, shortfall row"),
    ["What is the G&A bed shortfall in 2020/21 under the Do nothing scenario?",
     "bed gap in 20/21 if we do nothing (S1)? for the F&A grp paepr",
     "If none of the schemes happened, how many general and acute beds short would we be in the last year of "
     "the plan?"], "paepr")
ask("beds-s2", FACT, "figure-merged-header", [["77"]],
    cite(MODEL, "Metric | Baseline", "Bed shortfall", sheet="Summary",
         where="model Summary: S2 Plan band, 2020/21 column, shortfall row"),
    ["What is the bed shortfall in 2020/21 under the Plan scenario?",
     "S2 plan scenario - bed shortfall in 20/21? quick one, thx in advanse",
     "If every scheme delivers as submitted, how many beds short will the hospitals still be by 2020/21?"],
    "advanse")
ask("hubs-invest", FACT, "figure", [["£1.84m", "1.84m", "1.84 million", "£1.84 million"]],
    cite(EQIA, "Investment | £1.84m", where="EQIA Part A: Investment row"),
    ["How much recurrent investment do the community frailty hubs need?",
     "FCH-02 hubs recurrent £ per yr? finance want the nubmer",
     "How much money a year goes into the two same-day assessment centres for older people once they're "
     "running?"], "nubmer")
ask("mg-vacancies", FACT, "figure", [["38"]],
    cite(GATEWAY, "Medical workforce: 38 vacant", where="Gateway report p3, section 4 risk table"),
    ["How many vacant middle-grade posts are there across the two emergency departments?",
     "how many middle grade vacancys in ED according to the gateway?",
     "How many doctor posts below consultant level are empty in A&E across both hospitals?"], "vacancys")
ask("nel-growth", FACT, "figure", [["0.026", "2.6%", "2.6 per cent", "2.6 percent"]],
    cite(MODEL, "A1 | Demographic growth", sheet="Assumptions",
         where="model Assumptions: A1, a real percentage cell (0.026 shown 2.6%)"),
    ["What demographic growth in non-elective demand does the capacity and demand model assume?",
     "C&D model NEL growth - what %? assumptoin A1",
     "How fast does the bed forecast expect emergency admissions to grow each year from population change "
     "alone?"], "assumptoin")
ask("review-team", FACT, "list", [person("Prys-Ellison"), ["Castellanos"]],
    cite(GATEWAY, "Review Team Members", where="Gateway report p1, status box: Review Team Members row"),
    ["Who were the members of the Gateway review team, apart from its leader?",
     "who else was on the gateway review tema apart from the RTL?",
     "Apart from the person leading it, who made up the outside assessment panel?"], "tema")
ask("live-scenarios", FACT, "list", [["Do nothing"], ["Stretch"], ["S2", "Plan scenario", "Plan,", "Plan and",
                                                                   "and Plan", "Plan ("]],
    cite(MODEL, "ID | Scenario", "S4 | Winter surge", sheet="Scenarios",
         where="model Scenarios: S1-S3 Live, S4 Rejected"),
    ["Which scenarios in the capacity and demand model are live?",
     "which C&D scenarios are still live? S4 got binned i thnik",
     "Which of the named futures in the bed forecasting spreadsheet are still in play?"], "thnik")
ask("critical-recs", FACT, "list", [["R1", "Programme Director", "PMO"], ["R3", "clinical lead for Primary Care"]],
    cite(GATEWAY, "Summary of recommendations", where="Gateway report p2, recommendations table: R1 and R3 Critical"),
    ["Which Gateway recommendations are rated Critical?",
     "which gateway recs are rated critical? board wants those fisrt",
     "Which of the outside reviewers' recommendations have to be acted on straight away?"], "fisrt")
ask("negative-eqia", FACT, "list-by-column", [["Race"], ["Rurality"]],
    cite(EQIA, "Protected characteristic | Positive", "Rurality (local addition)",
         where="EQIA Part B: the ticked box in the Negative column (Race, Rurality)"),
    ["Which characteristics did the frailty hubs EQIA find a negative impact on?",
     "FCH-02 EQIA - which groups come out negative? E&D lead quering it",
     "Which groups of people could lose out from the new frailty centres, according to the fairness "
     "assessment?"], "quering")
ask("apologies", FACT, "attendance", [["Kilcoyne"], person("Hartigan-Wolfe")],
    cite(PUBLICQ, "Apologies:", where="public questions record, attendance: Apologies line"),
    ["Which Board members sent apologies to the Partnership Board meeting of 15 March 2017?",
     "who sent apols for the 15 march PB? minuting attendence",
     "Which board members missed the public meeting at Wyvernford Town Hall in mid-March?"], "attendence")
ask("eqia-outcome", FACT, "decision", [["Proceed with mitigations", "proceed with mitigation"]],
    cite(EQIA, "Panel outcome", where="EQIA Part E: the ticked panel outcome box"),
    ["What was the EQIA Panel's decision on the community frailty hubs?",
     "FCH-02 EQIA outcome from the panel - straight proceed or with conditons?",
     "Did the frailty centres get a clean bill of health from the fairness and safety panel, or strings "
     "attached?"], "conditons")
ask("winter-rejected", FACT, "decision", [["Rejected"], on(13, 2, 2017, "13/02/2017", "13 February 2017")],
    cite(MODEL, "S4 | Winter surge", sheet="Scenarios", where="model Scenarios: S4 status"),
    ["What happened to the Winter surge scenario, and when?",
     "what happened to the winter surge scenario (S4)? was it ditched, and when, i can't remmeber",
     "What became of the one-in-ten-year bad winter case in the bed forecast, and on what date?"], "remmeber")
ask("dca", FACT, "rating", [["AMBER/RED", "Amber-Red", "Amber / Red", "amber red"]],
    cite(GATEWAY, "Delivery Confidence Assessment", where="Gateway report p1, DCA box"),
    ["What Delivery Confidence Assessment did the Gateway review give the programme?",
     "what DCA rating did gateway 0 give us? red, amber/red, whcih?",
     "How confident were the outside reviewers that the programme will deliver, on their colour scale?"], "whcih")
ask("tregarthen-doi", FACT, "declared-interest", [["Millbrook"], ["withdraws", "withdraw"]],
    cite(REGISTER, "Tregarthen, Dr Ewan", "Action: withdraws", where="register of interests: Tregarthen entry"),
    ["What interest has Dr Ewan Tregarthen declared, and what action was agreed?",
     "tregarthen's DOI - what's the interest + what does he have to do about it? governence q",
     "What conflict does the GP leading the primary care at scale work have, and how is it being handled?"],
    "governence")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (colours resolved through the Key slide; Gateway Annex B)
# ---------------------------------------------------------------------------------------------------------------
PROG = {"UEC": ["Urgent & Emergency Care", "UEC", "Urgent and Emergency Care", "urgent and emergency"],
        "FCH": ["Frailty & Community Hubs", "FCH", "Frailty and Community Hubs", "frailty"],
        "MHW": ["Mental Health Crisis", "MHW"],
        "PCS": ["Primary Care at Scale", "PCS"],
        "DSR": ["Digital & Shared Records", "DSR", "Digital and Shared Records", "shared records"]}


def mdx(n, *first):
    return alts(*first, *md(n))


MDS = unit(ROUTE, KEY_SLIDE, MD_SLIDE, where="route map: must-do slide names lines by colour; Key slide maps "
                                             "colours to programmes")
ask("md4", MUSTDO, "mustdo-coverage", [PROG["UEC"], PROG["FCH"]], MDS,
    ["Which programmes contribute to must-do 4 (A&E and ambulance performance)?",
     "which workstreams cover MD4? doing the 4hr recovery paper, need names not line coulors",
     "Which of our programmes help with emergency department waits and ambulance response?"], "coulors")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")],
    unit(ROUTE, MD_SLIDE, where="route map slide 5: must-do 8 'None yet' (Gateway Annex B: Not evidenced)"),
    ["Which national must-do is not covered by any line on the route map?",
     "any must do with no line calling at it? i.e. a gap in the plan, for the assurnace mtg",
     "Which of the nine national priorities does no part of our plan address yet?"], "assurnace")
ask("mhw-mds", MUSTDO, "by-workstream", [mdx(7, "Mental health"), mdx(9, "Improving quality")], MDS,
    ["Which national must-dos does Mental Health Crisis & Wellbeing contribute to?",
     "which MDs does MHW (purple line) serve? for the MH committe",
     "Apart from the plan itself, which national priorities is the mental health crisis programme lined up "
     "against?"], "committe")
ask("md3", MUSTDO, "mustdo-coverage", [PROG["PCS"], PROG["DSR"]], MDS,
    ["Which programmes serve must-do 3 (general practice)?",
     "which workstreams are mapped to MD3 general pratice?",
     "Which parts of the plan support the national priority on family doctor services?"], "pratice")
ask("md5-finding", MUSTDO, "mustdo-assessment", [["Partly evidenced", "partly", "partially evidenced"]],
    cite(GATEWAY, "5 Referral to treatment", where="Gateway report p4, Annex B: must-do 5 finding"),
    ["What did the Gateway review find on the evidence for must-do 5 (referral to treatment)?",
     "gateway finding on MD5 RTT - evidenced or not? elective board wants to knwo",
     "How convinced were the outside reviewers that the plan will get routine operations done within 18 "
     "weeks?"], "knwo")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
grey = U[ROUTE][KEY_SLIDE].split("Grey line", 1)[1]
assert "clinical lead" not in grey.lower()
absent("digital clinical lead", "clinical lead for digital", "clinical lead for the digital", "cclio",
       "chief clinical information officer")
assert "Clinical lead" not in U[GATEWAY][3].split("3.2 Enablers")[1].split("4. Risks")[0]
ask("nm-dsr-cl", NONE, "near-miss", [],
    unit(ROUTE, KEY_SLIDE, where="Key to the lines: the Grey line (DSR) names an SRO and no clinical lead"),
    ["Who is the clinical lead for Digital & Shared Records?",
     "clin lead for DSR / shared care record? GPs want a clincian to talk to",
     "Which doctor is advising on the joined-up patient record work?"], "clincian")
absent("capital", "capex", "build cost", "construction cost")
ask("nm-utc-capital", NONE, "near-miss", [],
    unit(ROUTE, WORKS_SLIDE, where="UTC dates and reason for delay given; no cost anywhere"),
    ["What is the capital cost of the Wyvernford urgent treatment centre?",
     "capex for the wyvernford UTC build? estates want the £ figgure",
     "How much will it cost to build the new Wyvernford walk-in centre?"], "figgure")
absent("consultation close", "consultation closes", "consultation will close", "consultation ends",
       "closing date", "twelve weeks", "12 weeks", "12-week", "consultation runs")
ask("nm-stroke-close", NONE, "near-miss", [],
    unit(ROUTE, WORKS_SLIDE, where="only the start (June 2017) is given"),
    ["When does the hyper-acute stroke consultation close?",
     "HASU consultation closing date? comms want a last push befor it shuts",
     "What is the last day the public can have their say on specialist stroke care?"], "befor")
absent("tcp lead", "lead for the transforming", "transforming care partnership lead",
       "transforming care partnership chair", "chair of the transforming", "transforming care partnership (")
ask("nm-tcp-lead", NONE, "near-miss", [],
    cite(PUBLICQ, "written with the Transforming Care Partnership",
         where="the TCP is mentioned (here and Gateway R4) but nobody is named for it"),
    ["Who leads the Transforming Care Partnership?",
     "who's the TCP lead? LD team need a contatc",
     "Who is in charge of the local partnership for people with learning disabilities and autism?"], "contatc")
absent("2021/22", "21/22", "2021-22")
ask("nm-gap-2122", NONE, "near-miss", [],
    cite(GATEWAY, "do-nothing financial gap is £284m by 2020/21", where="the gap is given for 2020/21 only"),
    ["What is the footprint's do-nothing financial gap in 2021/22?",
     "do nothing gap for 21/22? finance want the yr after the plan, any numbrs?",
     "How big would the money hole be in the year after the plan ends if nothing changed?"], "numbrs")
absent("2019/20", "19/20", "2019-20")
ask("nm-beds-1920", NONE, "near-miss", [],
    cite(MODEL, "Metric | Baseline", "Bed shortfall", sheet="Summary",
         where="the Summary has 2016/17, 2018/19 and 2020/21 only"),
    ["What is the bed shortfall in 2019/20 under the Plan scenario?",
     "S2 bed shortfall for 19/20? the middle yr, for the winter plna",
     "If the schemes deliver, how many beds short will we be in the year before the plan's final one?"], "plna")
absent("chair of the finance", "finance & activity group is chaired", "finance & activity group (chair",
       "chairs the finance", "f&a chair")
assert EVERYTHING.count("chaired by") == 1 and "partnership board is chaired by" in EVERYTHING
ask("nm-fa-chair", NONE, "near-miss", [],
    cite(GATEWAY, "2.3 The Finance & Activity Group", where="the group is described; no chair is named"),
    ["Who chairs the Finance & Activity Group?",
     "who chairs the F&A grp? want to get the C&D model on their agneda",
     "Who runs the meetings of the group that signs off money and activity assumptions?"], "agneda")
absent("chief nurse", "director of nursing, whhft", "director of nursing, wyvernford", "nurse director",
       "director of nursing & quality, whhft", "medical director")
ask("nm-whhft-nurse", NONE, "near-miss", [],
    cite(EQIA, "Quality review | Dr Mairead Colquhoun",
         where="only the CCG's Director of Nursing & Quality is named"),
    ["Who is the Chief Nurse of Wyvernford & Halsmoor Hospitals NHS FT?",
     "who's chief nurse at WHHFT? quality sign off needed for the hub pathwya",
     "Who is the most senior nurse at the acute hospital trust?"], "pathwya")
for f, us in U.items():
    for k, t in us.items():
        if "transport" in t.lower():
            assert "£" not in t, (f, k)
absent("transport budget", "cost of the transport", "transport pilot cost", "transport costs")
ask("nm-transport-cost", NONE, "near-miss", [],
    cite(EQIA, "A1 | Community transport pilot", where="action A1 has an owner and date but no cost"),
    ["How much will the community transport pilot for the upper Lyne Valley cost?",
     "cost of the lyne valley community transport pilot (EQIA A1)? council wants a budjet",
     "How much money is set aside for laying on transport from the upper valley villages to the frailty "
     "centre?"], "budjet")

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
                        r"now|atm|next two weeks|next 2 wks|next fortnight|right now)\b", item["question"].lower())
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
