"""Write questions.jsonl for the Harnworth & Selbury Dales STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks,
xlsx 'Sheet!row', text lines) and the first alternative of every gold group must be in that window. Two papers
need more than bank_tools' plain reading, and are read back here from the generated files (never from
make_papers.py):
  - the plan on a page keeps its content in tables nested inside the outer grid's cells; python-docx's cell.text
    (and so bank_tools.docx_units) leaves nested tables out, so this script reads each top-level row with its nested
    tables folded in (same unit numbers as bank_tools);
  - the workbook's due quarter is only the column of its X / diamond mark: read by column with openpyxl;
  - the RACI chart's marks lose their column in extracted text: read by text position (pypdf's visitor), a mark's
    person from the name heading above it, its workstream from the label level with it.
Unanswerable facts are checked for absence over every paper (nested tables included). Each chat phrasing names its
one typo, which must occur once, be no word of any paper and no other fact's typo. A failed check stops the script.

usage: /work/main/.venv/bin/python make_questions.py
"""

import calendar
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
POAP = "HSD_STP_Plan_on_a_Page_v1.4_14Oct2016.docx"
MUSTDO = "HSD_STP_MustDo_Self_Assessment_DRAFT_v0.3_18Nov2016.pdf"
WB = "HSD_STP_Programme_Delivery_Workbook_v3_25.11.2016.xlsx"
RACI = "HSD_STP_RACI_Chart_Dec2016_FINAL.pdf"
MAIL = "HSD_STP_PMO_Bulletin_No7_20-01-2017.txt"
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO_K, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def docx_nested_units(path):
    """bank_tools.docx_units, but a table cell's text includes its nested tables (rows joined ' | ', ' ; ')."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))

    def cell_text(cell):
        parts = []
        for el in cell._tc.iterchildren():
            if el.tag.endswith("}p"):
                t = Paragraph(el, cell).text
                if t.strip():
                    parts.append(t)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, cell).rows:
                    parts.append(" : ".join(dict.fromkeys(cell_text(c) for c in row.cells)))
        return "\n".join(parts)

    blocks = []
    for el in d.element.body.iterchildren():
        if el.tag.endswith("}p"):
            t = Paragraph(el, d).text
            if t.strip():
                blocks.append(t)
        elif el.tag.endswith("}tbl"):
            for row in Table(el, d).rows:
                blocks.append(" | ".join(dict.fromkeys(cell_text(c) for c in row.cells)))
    return dict(enumerate(blocks, 1))


U = bank_tools.all_units(PAPERS)
PLAIN_POAP = U[POAP]
U[POAP] = docx_nested_units(PAPERS / POAP)
assert len(U[POAP]) == len(PLAIN_POAP), "nested reading must keep bank_tools' unit numbers"
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS, NESTED_ONLY = [], {}, set()


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname, *more):
    return alts(surname, surname.replace("-", " "), *more)


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
        if source["file"] == POAP:
            first, last = source["lines"]
            plain = norm("\n".join(PLAIN_POAP[k] for k in range(first, last + 1)))
            if norm(group[0]) not in plain:
                NESTED_ONLY.add(fid)
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ae-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ae-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Read-backs
# ---------------------------------------------------------------------------------------------------------------
def workbook_marks():
    """{ref: (quarter heading, mark, comment, sheet, row)} from the quarter columns, by column position."""
    from openpyxl import load_workbook
    wb = load_workbook(str(PAPERS / WB))
    out = {}
    for ws in wb.worksheets:
        head = None
        for row in ws.iter_rows():
            vals = [c.value for c in row]
            if vals and vals[0] == "Ref":
                head = {c.column: c.value for c in row if c.value}
                continue
            if head and vals and isinstance(vals[0], str) and re.match(r"[A-Z]+-\d\d$", vals[0]):
                marks = [(head[c.column], c.value) for c in row
                         if c.value and re.match(r"Q\d \d\d/\d\d$", str(head.get(c.column, "")))]
                assert len(marks) == 1, (ws.title, vals)
                comment = next((c.value for c in row if head.get(c.column) == "Comments" and c.value), "")
                out[vals[0]] = (marks[0][0], marks[0][1], comment, ws.title, row[0].row)
    return out


MARKS = workbook_marks()


def raci_matrix():
    """{(workstream label, surname): letter} from the RACI page by text position."""
    from pypdf import PdfReader
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / RACI)).pages[0].extract_text(visitor_text=visit)
    head_y = next(y for x, y, t in runs if t == "Workstream")
    key_y = next(y for x, y, t in runs if t == "Key")
    names = [(x, t) for x, y, t in runs if abs(y - head_y) < 14 and t != "Workstream"
             and re.match(r"^[A-Z][a-z]+-[A-Z][a-z]+$|^(Petheridge|Tressider|Yorath|Hornbury|Greshamby|Ruskwood)$", t)]
    assert len(names) == 10, names
    labels = [(y, t) for x, y, t in runs if x < 150 and key_y < y < head_y - 14 and len(t) > 2]
    cells = {}
    for x, y, t in runs:
        if t in ("R", "A", "C", "I") and key_y < y < head_y - 14 and x > 150:
            col = min(names, key=lambda n: abs(n[0] - x))[1]
            row = min(labels, key=lambda lab: abs(lab[0] - y) if lab[0] >= y - 3 else 999)[1]
            assert (row, col) not in cells, (row, col)
            cells[(row, col)] = t
    return cells


RACI_CELLS = raci_matrix()


def raci(row_prefix, letter):
    return sorted(col for (row, col), v in RACI_CELLS.items() if row.startswith(row_prefix) and v == letter)


QMONTHS = {1: (4, 6), 2: (7, 9), 3: (10, 12), 4: (1, 3)}


def quarter_period(q):
    n, fy = int(q[1]), int(q.split()[1][:2]) + 2000
    y = fy + 1 if n == 4 else fy
    a, b = QMONTHS[n]
    return date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])


def qgold(q):
    """Gold renderings of an NHS quarter: printed form first."""
    n, fy = int(q[1]), q.split()[1]
    s, e = quarter_period(q)
    long_fy = f"20{fy[:2]}/{fy[3:]}"
    return alts(q, f"Q{n} 20{fy}", f"Q{n} {long_fy}", f"Quarter {n} {fy}", f"Quarter {n} {long_fy}",
                f"{s:%b}-{e:%b} {e.year}" if s.year == e.year else f"{s:%b} {s.year}-{e:%b} {e.year}",
                f"{s:%B} to {e:%B} {e.year}")


WS_NAMES = {"UEC": ["UEC", "Urgent & Emergency Care", "Urgent and Emergency Care"],
            "CCH": ["CCH", "Care Closer to Home"], "MH": ["MH", "Mental Health & Wellbeing", "Mental Health"],
            "PCC": ["PCC", "Planned Care & Cancer", "Planned Care and Cancer"],
            "PSC": ["PSC", "Prevention & Self Care", "Prevention and Self Care"],
            "ASC": ["ASC", "Acute Services Collaboration"]}


def due_between(code, start, end, extra):
    """Refs of `code` whose (latest) due period lies inside [start, end]; any partial overlap fails."""
    hits = []
    periods = {ref: quarter_period(q) for ref, (q, *_rest) in MARKS.items() if ref.startswith(code + "-")}
    periods.update(extra)
    for ref, (s, e) in periods.items():
        if start <= s and e <= end:
            hits.append(ref)
        else:
            assert e < start or s > end, f"{ref} partly overlaps the window"
    return sorted(hits)


# ---------------------------------------------------------------------------------------------------------------
# Owners and people
# ---------------------------------------------------------------------------------------------------------------
ask("uec-sro", OWNER, "role-holder", [person("Teague-Amadi")], cite(WB, "SRO:", sheet="UEC"),
    ["Who is the Senior Responsible Owner for the Urgent & Emergency Care programme?",
     "who's SRO for UEC in HSD? need them for the A&E delivery brd paper, its urgnet",
     "Which senior manager is ultimately answerable for the work on A&E, NHS 111 and the new treatment centre?"],
    "urgnet")
ask("cch-cl", OWNER, "role-holder", [person("Castleton")], cite(WB, "Clinical lead:", sheet="CCH"),
    ["Who is the clinical lead for Care Closer to Home?",
     "clin lead for CCH pls? want a GP view on the neighbourhood teams befor friday",
     "Which doctor gives the clinical steer on the neighbourhood teams and care home support work?"], "befor")
ask("mh-cl", OWNER, "role-holder", [person("Ellerby")], cite(WB, "Clinical lead:", sheet="MH"),
    ["Who is the clinical lead for the Mental Health & Wellbeing programme?",
     "who's the MH clin lead? liason psychiatry question",
     "Which clinician is steering the plans for the crisis cafe and hospital psychiatry cover?"], "liason")
mail_pcc = cite(MAIL, "PCC: Anthony Greshamby", "with effect from 01/02/2017")
ask("pcc-sro-now", OWNER, "changed-owner", [person("Fairweather-Oduya")], mail_pcc,
    ["Who is the SRO for Planned Care & Cancer?",
     "who is PCC SRO now? heard anthony has gone, who do i send the RDC updaet to",
     "Who is now in overall charge of the waiting lists and cancer diagnosis programme?"], "updaet",
    as_of="2017-03-01")
ask("pcc-sro-before", OWNER, "previous-holder", [person("Greshamby")], cite(WB, "SRO:", sheet="PCC"),
    ["Who was the SRO for Planned Care & Cancer in the November 2016 workbook, before the change?",
     "who was PCC SRO before the handvoer? need the old name for the audit trail",
     "Before the medical director took over, who was in charge of the waiting lists and cancer work?"], "handvoer")
ask("pcc-sro-date", OWNER, "when-changed", [on(1, 2, 2017, "01/02/2017")], mail_pcc,
    ["From what date is Dr Leonie Fairweather-Oduya the SRO for Planned Care & Cancer?",
     "when does leonie F-O take over as PCC SRO? exact dat pls",
     "When does the SRI medical director formally pick up the waiting list and cancer programme?"], "dat")
ask("mh-pm", OWNER, "filled-vacancy", [person("Brandreth")], cite(MAIL, "MH: the programme manager vacancy",
                                                                  "programme from 06/02/2017"),
    ["Who is the programme manager for Mental Health & Wellbeing?",
     "who's the MH prog manager? workbook said tbc, has it been filed",
     "Who runs the day-to-day project work for the mental health programme now the post is filled?"], "filed",
    as_of="2017-03-01")
ask("asc-pm", OWNER, "role-holder", [person("Idlewood")], cite(WB, "Programme manager:", sheet="ASC"),
    ["Who is the programme manager for Acute Services Collaboration?",
     "ASC prog mgr? need someone for the pathology LIMS qestion",
     "Who does the day-to-day running of the joint hospital services programme?"], "qestion")
ask("psc-sro", OWNER, "role-holder", [person("Ashby-Rhodes")], cite(WB, "SRO:", sheet="PSC"),
    ["Who is the SRO for Prevention & Self Care?",
     "who's SRO for PSC, is it the DPH? want to invite them to the MECC lanch",
     "Which senior leader owns the programme on diabetes prevention, healthy workplaces and social prescribing?"],
    "lanch")
raci_page = ({"file": RACI, "lines": [1, 1], "where": "RACI chart: ruled table, marks read by position"},
             norm(U[RACI][1]))
ask("board-chair", OWNER, "governance", [person("Ellacott")],
    cite(RACI, "Independent Chair", where="RACI chart introduction"),
    ["Who chairs the STP Leadership Board?",
     "who chairs the STP leadership brd? writing the covering leter",
     "Who is the independent person in the chair at the top partnership meeting?"], "leter")
ask("digital-lead", OWNER, "enabler-lead", [person("Cathersall")],
    cite(POAP, "Enabler: Digital", where="plan on a page: Digital box, nested 'Lead' table"),
    ["Who leads the Digital enabler?",
     "who leads digitl for the STP? care record question",
     "Who is in charge of the IT side of the plan, like the shared care record?"], "digitl")
ask("workforce-lead", OWNER, "enabler-lead", [person("Trumper")],
    cite(POAP, "Enabler: Workforce", where="plan on a page: Workforce box, nested 'Lead' table"),
    ["Who leads the Workforce enabler?",
     "workforce enabler lead? re bank staff colaborative",
     "Who is in charge of the staffing and recruitment strand of the plan?"], "colaborative")
ask("prog-director", OWNER, "role-holder", [person("Petheridge")],
    cite(MAIL, "Naomi Petheridge", "STP Programme Director and Head of PMO"),
    ["Who is the STP Programme Director and Head of the PMO?",
     "who heads up the PMO / prog director? need to send the highlight reprot",
     "Who runs the central team that sends out the programme bulletins?"], "reprot")
assert raci("Workforce", "A") == ["Aldbury-Knight"], raci("Workforce", "A")
ask("raci-wf-a", OWNER, "raci-cell", [person("Aldbury-Knight")], raci_page,
    ["According to the RACI chart, who is accountable for the Workforce enabler?",
     "RACI - who's the A for workforce? signing off the rotatinal posts",
     "Who has final sign-off for the staffing strand in the accountability chart?"], "rotatinal")
assert raci("Digital", "A") == ["Ruskwood"], raci("Digital", "A")
ask("raci-dig-a", OWNER, "raci-cell", [person("Ruskwood")], raci_page,
    ["According to the RACI chart, who is accountable for the Digital enabler?",
     "who's got the A for digital on the RACI? its not the IM&T head is it? quick chek",
     "On the who-does-what chart, which chief executive signs off the IT work?"], "chek")
yorath_r = [row for (row, col), v in RACI_CELLS.items() if col == "Yorath" and v == "R"]
assert yorath_r == ["Mental Health & Wellbeing (MH)"], yorath_r
ask("raci-yorath-r", OWNER, "raci-person", [["Mental Health & Wellbeing", "Mental Health", "MH"]], raci_page,
    ["In the RACI chart, which workstream is Dr Halima Yorath responsible (R) for?",
     "which workstream is halima yorath the R for on the RACI? clincal board chair",
     "Which programme does the chair of the clinical board actually do the work on, rather than just advise?"],
    "clincal")

# ---------------------------------------------------------------------------------------------------------------
# Milestones (workbook quarter marks, comments, bulletin, plan on a page)
# ---------------------------------------------------------------------------------------------------------------


def wb_row(ref, where=""):
    q, mark, comment, sheet, row = MARKS[ref]
    return bank_tools.cite(U, WB, "Ref | Milestone", ref, sheet, where or f"{sheet} sheet: header and {ref} row")


assert MARKS["UEC-03"][0] == "Q3 17/18"
ask("uec03-utc", MILESTONE, "milestone-date", [qgold("Q3 17/18")], wb_row("UEC-03"),
    ["When is the urgent treatment centre at Selbury Royal Infirmary due to open?",
     "when does the UTC at SRI open? which qtr, comms plannng",
     "When will Selbury get its new walk-in urgent care centre?"], "plannng")
assert MARKS["UEC-02"][0] == "Q2 17/18" and "end of January 2018" in MARKS["UEC-02"][2]
ask("uec02-moved", MILESTONE, "moved-date", [["end of January 2018", "January 2018", "Jan 2018", "Jan-18",
                                              "31/01/2018"]], wb_row("UEC-02", "UEC sheet: UEC-02 comment"),
    ["When is the integrated urgent care clinical hub (NHS 111) now expected to go live?",
     "NHS 111 clinical hub go-live? heard it sliped",
     "When will the new clinical team sitting behind the non-emergency phone line actually start?"], "sliped")
ask("uec02-orig", MILESTONE, "original-date", [qgold("Q2 17/18")], wb_row("UEC-02", "UEC sheet: diamond in Q2 17/18"),
    ["In which quarter was the NHS 111 integrated urgent care clinical hub originally marked to go live?",
     "what qtr was the 111 hub originaly down for, before procurement slipped?",
     "Before the delay, when had the workbook planned the 111 clinical hub for?"], "originaly")
assert MARKS["CCH-02"][0] == "Q3 17/18"
ask("cch02-moved", MILESTONE, "moved-date", [on(31, 3, 2018, "31/03/2018")],
    cite(MAIL, "CCH-02 extended access GP hubs", "the national GPFV funding timetable"),
    ["When are the extended access GP hubs due to be in place?",
     "CCH-02 ext access hubs, when are they due now? GPFV timetible",
     "By when should patients be able to see a GP in the evenings and at weekends at the new hubs?"], "timetible")
assert MARKS["CCH-04"][:2] == ("Q2 18/19", "\u25c6")
ask("cch04", MILESTONE, "milestone-date", [qgold("Q2 18/19")], wb_row("CCH-04"),
    ["When will integrated neighbourhood teams be live in all 11 localities?",
     "when are INTs live in all 11 localites?",
     "When should every part of the patch have its joined-up community team running?"], "localites")
assert MARKS["MH-01"][0] == "Q4 17/18"
ask("mh01-core24", MILESTONE, "milestone-date", [qgold("Q4 17/18")], wb_row("MH-01"),
    ["When is Core 24 liaison psychiatry at Harnworth General Hospital due?",
     "core 24 at HGH - which quarter? bid submited",
     "When will HGH have round-the-clock psychiatric cover in A&E and on the wards?"], "submited")
assert MARKS["PCC-03"][0] == "Q3 18/19"
ask("pcc03-rdc", MILESTONE, "milestone-date", [qgold("Q3 18/19")], wb_row("PCC-03"),
    ["When is the rapid diagnostic centre for suspected cancer at SRI due?",
     "RDC at SRI - when? cancer aliance asking",
     "When will the one-stop place for checking suspected cancer open at Selbury Royal?"], "aliance")
assert MARKS["ASC-01"][0] == "Q4 18/19"
ask("asc01-lims", MILESTONE, "milestone-date", [qgold("Q4 18/19")], wb_row("ASC-01"),
    ["When is the pathology network due to be on a single LIMS?",
     "pathology single LIMS date? which qtr, lab managr asking",
     "When will the two hospitals' labs be running on the same lab computer system?"], "managr")
ask("asc02-moved", MILESTONE, "moved-date", [["Autumn 2017"]],
    cite(MAIL, "ASC-02 stroke (HASU) consultation", "pending NHS England assurance"),
    ["When will the stroke (HASU) options public consultation take place?",
     "HASU consultation - when? was summer, has it mooved?",
     "When will the public be asked for their views on the future of hyper-acute stroke care?"], "mooved")
ask("ndpp-live", MILESTONE, "achieved-date", [on(9, 1, 2017, "09/01/2017")],
    cite(MAIL, "PSC: NDPP wave 2 went live"),
    ["On what date did NDPP wave 2 go live?",
     "when did NDPP wave 2 actualy go live?",
     "When did the second wave of the diabetes prevention programme start?"], "actualy")
ask("msk-procure", MILESTONE, "milestone-date", [["Feb-17", "February 2017", "Feb 2017"]],
    cite(POAP, "Planned Care & Cancer (PCC)", where="plan on a page: PCC box, nested Key dates"),
    ["When does procurement of the MSK triage service start?",
     "MSK triage procurment start date?",
     "When will the tender for the new joint and back pain referral service begin?"], "procurment")
assert MARKS["CCH-05"][0] == "Q1 18/19" and "tbc: Community IV therapy" in U[POAP][4]
ask("cch05-iv", MILESTONE, "date-set-from-tbc", [qgold("Q1 18/19")], wb_row("CCH-05"),
    ["When is the community IV therapy service due?",
     "community IV therpy - still tbc or is there a date now?",
     "When will patients be able to have drips at home instead of coming into hospital?"], "therpy")
ask("care-record", MILESTONE, "milestone-date", [alts(*qgold("Q2 17/18"))],
    cite(POAP, "Enabler: Digital", where="plan on a page: Digital box, nested Key dates"),
    ["When is phase 1 of the Harnworth & Selbury care record due to go live?",
     "shared care record ph1 go live? GPs keep askin",
     "When will phase one of the joined-up patient record that GPs and hospitals can both see be switched on?"],
    "askin")
ask("streaming-pilot", MILESTONE, "milestone-date", [on(31, 3, 2017, "31/03/2017")],
    cite(POAP, "Urgent & Emergency Care (UEC)", where="plan on a page: UEC box, nested Key dates"),
    ["When is the streaming pilot at Selbury Royal Infirmary due?",
     "SRI streaming pilot - due when? ED matron askng",
     "By when should Selbury Royal be trialling sending walk-in patients to the right service at the door?"],
    "askng")
ask("highlight-due", MILESTONE, "deadline", [on(10, 2, 2017, "10/02/2017")],
    cite(MAIL, "Next highlight reports are due"),
    ["When are the next programme highlight reports due to the PMO?",
     "when r the next highlight reports due? dont want to mis it",
     "What's the deadline for my next monthly progress return to the central team?"], "mis")

# relative windows: every milestone of the programme parsed; the bulletin's and comments' changes applied
uec_extra = {"UEC-02": (date(2018, 1, 31), date(2018, 1, 31))}  # comment: end of January 2018
assert due_between("UEC", date(2018, 1, 1), date(2018, 3, 31), uec_extra) == ["UEC-02", "UEC-04"]
ask("uec-next3", MILESTONE, "relative-window",
    [["UEC-02", "clinical hub", "NHS 111"], ["UEC-04", "Discharge to assess", "D2A"]],
    wb_row("UEC-04", "UEC sheet: UEC-02 (comment: end of January 2018) and UEC-04 (Q4 17/18)"),
    ["Which Urgent & Emergency Care milestones are due in the next three months?",
     "what's due for UEC in the next 3 mnths?",
     "What should the urgent care programme be delivering between now and the spring?"], "mnths",
    as_of="2018-01-01")
assert due_between("PCC", date(2017, 7, 1), date(2017, 12, 31), {}) == ["PCC-02"]
ask("pcc-next6", MILESTONE, "relative-window", [["PCC-02", "ophthalmology"]], wb_row("PCC-02"),
    ["Which Planned Care & Cancer milestones are due in the next six months?",
     "anything due for PCC in the next 6 months? brd forward plan, thx in advanse",
     "What is the waiting list and cancer programme meant to deliver before the end of the year?"], "advanse",
    as_of="2017-07-01")
assert due_between("MH", date(2017, 10, 1), date(2017, 12, 31), {}) == ["MH-04"]
ask("mh-next3", MILESTONE, "relative-window", [["MH-04", "perinatal"]], wb_row("MH-04"),
    ["Which Mental Health & Wellbeing milestones are due in the next three months?",
     "MH milestones due in next 3 months? for the wyrebank brd reprt",
     "What does the mental health programme have to deliver before Christmas?"], "reprt", as_of="2017-10-01")
# PSC: Dec-16 NDPP wave 2 (done 09/01/2017 per bulletin), Mar-17 healthy workplace charter, PSC-01 Q1 17/18
psc_box = U[POAP][5]
assert "Dec-16: NDPP wave 2 go-live" in psc_box and "Mar-17: Healthy workplace charter" in psc_box
assert all(quarter_period(q)[1] > date(2017, 4, 12) for ref, (q, *_r) in MARKS.items() if ref.startswith("PSC-"))
ask("psc-overdue", MILESTONE, "overdue", [["Healthy workplace charter", "healthy workplace"]],
    cite(POAP, "Prevention & Self Care (PSC)", where="plan on a page: PSC box (Mar-17); bulletin: NDPP done"),
    ["Which Prevention & Self Care milestones are overdue?",
     "anything overdue for PSC? public health dept want to knoww",
     "Has the prevention programme missed any of its deadlines so far?"], "knoww", as_of="2017-04-12")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (bulleted self-assessment)
# ---------------------------------------------------------------------------------------------------------------
mdp = lambda a, b=None, where="": cite(MUSTDO, a, b, where=where)  # noqa: E731
ask("md4-lead", MUSTDO_K, "mustdo-lead", [WS_NAMES["UEC"]], mdp("Must-do 4", "Lead priority: UEC"),
    ["Which programme leads on must-do 4 (A&E and ambulance waits)?",
     "who leads MD4 - A&E and ambulance? I asume UEC",
     "Which programme is mainly responsible for getting A&E waits and ambulance times back on track?"], "asume")
ask("md4-also", MUSTDO_K, "mustdo-coverage", [WS_NAMES["CCH"], WS_NAMES["MH"]],
    mdp("Must-do 4", "Also contributing: CCH"),
    ["Which programmes also contribute to must-do 4, apart from the lead?",
     "MD4 - who else contributs besides UEC?",
     "Apart from the urgent care programme, which other programmes help with A&E and ambulance waits?"],
    "contributs")
ask("md5-gap", MUSTDO_K, "mustdo-gap", [["Orthopaedic theatre capacity", "orthopaedic"]],
    mdp("Must-do 5", "Gap: Orthopaedic"),
    ["What gap does the self-assessment record against must-do 5 (18 week RTT)?",
     "MD5 RTT - whats the gap they flagged? ortho capacty?",
     "What is missing from the plan for getting planned operations done within 18 weeks?"], "capacty")
ask("md-nolead", MUSTDO_K, "mustdo-gap", [alts("Must-do 8", *md(8)), alts("Must-do 9", "improvements in quality", *[x for x in md(9) if x != "quality"])],
    mdp("Must-do 8", "Lead priority: None identified"),
    ["Which national must-dos have no lead priority in the STP?",
     "which must dos have no lead programe?",
     "Which of the nine national asks has nobody in the plan leading on it?"], "programe")
ask("pcc-leads", MUSTDO_K, "mustdo-by-programme", [alts("Must-do 5", *md(5)), alts("Must-do 6", "62 day", *[x for x in md(6) if x != "Cancer"])],
    mdp("Must-do 5", "Lead priority: PCC\n"),
    ["Which must-dos does Planned Care & Cancer lead on?",
     "which MDs is PCC the lead for? cancr and RTT?",
     "Which of the national asks is the waiting list and cancer programme mainly responsible for?"], "cancr")
ask("md6-gap", MUSTDO_K, "mustdo-gap", [["Diagnostic workforce", "radiology"]],
    mdp("Must-do 6", "Gap: Diagnostic workforce"),
    ["What gap is recorded against must-do 6, the 62 day cancer standard?",
     "MD6 62 day - what's the gap? radiolgy?",
     "What is the plan still missing for getting cancer patients treated within two months of referral?"],
    "radiolgy")
ask("md8-lead", MUSTDO_K, "mustdo-cell", [["Transforming Care Partnership", "TCP"]],
    mdp("Must-do 8", "Lead priority: None in this STP"),
    ["Which programme leads on must-do 8, learning disabilities?",
     "who leads MD8 LD in our STP? can't see a programm for it",
     "Where is the work for people with learning disabilities led, given no STP programme does it?"], "programm")
ask("md2-lead", MUSTDO_K, "mustdo-lead", [WS_NAMES["ASC"]], mdp("Must-do 2", "Lead priority: ASC"),
    ["Which programme leads on must-do 2, financial balance?",
     "who leads on MD2 finacial balance?",
     "Which programme is mainly responsible for getting the system's books back into balance?"], "finacial")

# ---------------------------------------------------------------------------------------------------------------
# Figures, lists, decisions
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure", [["812,400", "812400"]], cite(POAP, "Registered population"),
    ["What is the registered population of the Harnworth & Selbury Dales STP footprint?",
     "HSD STP populaton?",
     "How many people are registered with GPs across the area the plan covers?"], "populaton")
ask("dn-gap", FACT, "figure", [["£264.3m", "264.3"]], cite(POAP, "Do-nothing gap by 2020/21"),
    ["What is the do-nothing financial gap by 2020/21?",
     "do nothing gap 20/21 - how many £m? finance asking, urgant",
     "How big would the money shortfall be by 2020/21 if we changed nothing?"], "urgant")
sav = {k: v for k, v in U[WB].items() if k.startswith("Savings!")}
rows = {v.split(" | ")[0]: [float(x) for x in v.split(" | ")[1:]] for v in sav.values()
        if re.match(r"(UEC|CCH|MH|PCC|PSC|ASC|Total) \|", v)}
for name, vals in rows.items():
    assert abs(sum(vals[:4]) - vals[4]) < 0.05, name
for i in range(5):
    assert abs(sum(v[i] for n, v in rows.items() if n != "Total") - rows["Total"][i]) < 0.05, i
assert rows["ASC"][4] == 59.5 and rows["Total"][2] == 49.4
assert max((v[4], n) for n, v in rows.items() if n != "Total")[1] == "ASC"
ask("asc-total", FACT, "figure", [["59.5", "£59.5m"]], cite(WB, "Programme | 2017/18", "ASC |", sheet="Savings"),
    ["What are the total savings planned from Acute Services Collaboration to 2020/21?",
     "ASC total savings £m? all 4 yrs, for the CEO brefing",
     "How much in total is the joint hospital services work expected to save over the four years?"], "brefing")
ask("total-1920", FACT, "figure", [["49.4", "£49.4m"]], cite(WB, "Programme | 2017/18", "Total |", sheet="Savings"),
    ["What are the total programme savings planned for 2019/20?",
     "total savings 19/20 across all programmes? £m, for the finanse group",
     "Adding up every programme, how much should we save in the third year of the plan (2019/20)?"], "finanse")
ask("residual-gap", FACT, "figure", [["£32.8m", "32.8"]], mdp("Gap: Residual gap"),
    ["What residual financial gap remains in 2020/21 after the programme savings?",
     "residual gap 20/21 after savings + CIP? roughy",
     "After all the schemes and efficiency plans, how much money are we still short by 2020/21?"], "roughy")
ask("utc-bid", FACT, "figure", [["£4.2m", "4.2m"]], cite(MAIL, "UEC: the Leadership Board on 12/01/2017",
                                                        "capital bid to the STF"),
    ["How much is the capital bid for the urgent treatment centre at SRI?",
     "how much is the SRI UTC capitl bid?",
     "How much money are we asking for to build the new urgent care centre at Selbury?"], "capitl")
ask("programmes", FACT, "list", [WS_NAMES[c] for c in ["UEC", "CCH", "MH", "PCC", "PSC", "ASC"]],
    cite(MUSTDO, "Programme codes used below"),
    ["What are the six programmes of the Harnworth & Selbury Dales STP?",
     "list of the 6 STP programmes pls, for the inducton pack",
     "What are the main areas of work the local plan is split into?"], "inducton")
ask("utc-decision", FACT, "decision", [["approved", "approved submission"], ["capital bid", "STF"]],
    cite(MAIL, "UEC: the Leadership Board on 12/01/2017", "capital bid to the STF"),
    ["What did the Leadership Board decide on 12 January 2017 about the urgent treatment centre?",
     "what did the LB decide on 12/01 re the SRI UTC? approved or defered?",
     "Did the top board give the go-ahead for the Selbury urgent care centre money request in January?"],
    "defered")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses and off-topic, absence checked over every paper (nested tables included)
# ---------------------------------------------------------------------------------------------------------------
absent("digital clinical lead", "clinical lead for digital", "cclio", "chief clinical information")
assert "Clinical lead" not in U[POAP][6]
ask("nm-dig-cl", NONE, "near-miss", [],
    cite(POAP, "Enabler: Digital", where="Digital box names a Lead only, no clinical lead"),
    ["Who is the clinical lead for the Digital enabler?",
     "digital clin lead? need a clinician to sign off the care record pilott",
     "Which doctor advises on the IT side of the plan?"], "pilott")
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice", NONE, "near-miss", [], cite(RACI, "Independent Chair", where="only the Independent Chair is named"),
    ["Who is the Vice Chair of the STP Leadership Board?",
     "vice chair of the leadership brd? need a deputy to chiar in march",
     "Who stands in when the independent chair of the top board is away?"], "chiar")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [], cite(WB, "Programme | 2017/18", sheet="Savings",
                                           where="savings stop at 2020/21"),
    ["What savings is Acute Services Collaboration expected to deliver in 2021/22?",
     "ASC savings in 21/22? yr after the plan, any numbrs?",
     "How much will the joint hospital work save in the year after the plan ends?"], "numbrs")
absent("consultation close", "consultation closes", "consultation will close", "closing date",
       "consultation ends")
ask("nm-stroke-close", NONE, "near-miss", [], cite(MAIL, "ASC-02 stroke (HASU) consultation",
                                                   where="season given, no closing date"),
    ["When does the stroke (HASU) public consultation close?",
     "closing date for the HASU consultaton?",
     "What's the last day the public can comment on the stroke services plans?"], "consultaton")
absent("tcp lead", "led by", "chair of the transforming", "transforming care partnership lead",
       "transforming care partnership chair", "tcp chair")
ask("nm-tcp-lead", NONE, "near-miss", [], mdp("Must-do 8", where="TCP named, no person"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP? our LD team want a contactt",
     "Who is in charge of the separate plan for people with learning disabilities?"], "contactt")
assert not re.search(r"\d+ (gp )?practices", EVERYTHING)
absent("number of practices", "gp practices")
ask("nm-practices", NONE, "near-miss", [], cite(WB, "PCC-04", sheet="PCC", where="'all practices', no count"),
    ["How many GP practices are there in the Harnworth & Selbury Dales footprint?",
     "how many GP practises across HSD?",
     "How many doctors' surgeries does the plan cover?"], "practises")
assert not any(k.startswith("Workforce!") for k in U[WB])
absent("workforce programme manager", "programme manager for workforce")
ask("nm-wf-pm", NONE, "near-miss", [], cite(POAP, "Enabler: Workforce", where="Workforce box: Lead only"),
    ["Who is the programme manager for the Workforce enabler?",
     "workforce enabler prog manager? not the director, the day to day persson",
     "Who does the day-to-day project work on the staffing strand?"], "persson")
absent("flu", "vaccination", "jab")
ask("ot-flu", NONE, "off-topic", [], None,
    ["When are the staff flu vaccination clinics at Harnworth General Hospital?",
     "when r the staff flu jab clinics at HGH this yr? occ helth",
     "Where can I get my winter jab at work?"], "helth")
absent("mileage", "expenses")
ask("ot-mileage", NONE, "off-topic", [], None,
    ["What is the mileage rate for staff using their own car for work?",
     "mileage rate per mile for own car? claimng for visits",
     "How much do I get back for driving my own car to see patients?"], "claimng")

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
        rel = re.search(r"\b(next \w+ months?|next 3|next 6|this month|this quarter|overdue|currently|"
                        r"at present|atm)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
# own check over the written file, with the plan on a page's nested tables read
missing = 0
for item in ITEMS:
    if item["expect_no_answer"]:
        continue
    s = item["source"]
    keys = [f"{s['sheet']}!{n}" if "sheet" in s else n for n in range(s["lines"][0], s["lines"][1] + 1)]
    text = norm("\n".join(U[s["file"]].get(k, "") for k in keys))
    missing += sum(norm(g[0]) not in text for g in item["answer_any"])
assert missing == 0, missing
print("own check (nested tables read): 0 missing")
bt_missing = bank_tools.check(out, PAPERS)
expected = 3 * len(NESTED_ONLY)
print(f"bank_tools.check: {bt_missing} missing (expected {expected}: facts only inside the plan on a page's "
      f"nested tables: {sorted(NESTED_ONLY)})")
assert bt_missing == expected, (bt_missing, expected)
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
