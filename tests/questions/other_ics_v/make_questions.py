"""Write questions.jsonl for the Brannockmere & Ulverdown STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window's
text. Answers that need a step of reasoning are worked out again here from the files themselves: which circle
sits on which dashboard tile (red workstreams), which week column holds the "Consultation opens" diamond (and the
year from the slide title), the tracker cards' due dates and statuses for next-month / this-month / overdue
questions, the must-do coverage parsed from the letter's annex (and the cards' must-dos checked against it), the
savings table's totals, zero years and largest row, the governance tree's parents and children from its
indentation. Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo,
which is checked to be there once and to be a word no paper uses. A failed check stops the script before it
writes anything.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
LETTER = "01_BU_STP_Letter_to_NHSE_MustDo_Commitments_22Dec2017.pdf"
BENEFITS = "02_BU_STP_Benefits_Realisation_Plan_v2.0_Jan2018.pdf"
MANDATE = "03_BU_STP_Programme_Mandate_Workstreams_v1.3_Feb2018.docx"
TREE = "04_BU_STP_Governance_Structure_1Apr2018.txt"
TRACKER = "05_BU_STP_Delivery_Tracker_Cards_13Apr2018.xlsx"
PACK = "06_BU_System_Delivery_Board_Pack_17May2018.pptx"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways; `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert not re.search(rf"\b{re.escape(typo)}\b", EVERYTHING), f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"v-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"v-{fid}", "phrasing": phrasing, "shape": shape})


def person(surname):
    """A surname, with a spaced variant for a double-barrelled one."""
    return alts(surname, surname.replace("-", " "))


# must-dos as Annex A prints them (first alternative), then bank_tools' renderings
ANNEX_LABEL = {1: "STPs", 2: "Finance", 3: "Primary care", 4: "Urgent and emergency care",
               5: "Referral to treatment", 6: "Cancer", 7: "Mental health", 8: "learning disabilities",
               9: "Improving quality"}


def mdg(n):
    return alts(ANNEX_LABEL[n], *md(n))


def month(name, year, *printed):
    """Gold alternatives for a month."""
    d = datetime.strptime(f"1 {name} {year}", "%d %B %Y")
    return alts(*printed, d.strftime("%B %Y"), d.strftime("%b %Y"), d.strftime("%b-%y"), d.strftime("%m/%Y"))


# ==================================================================================================== derived facts
def tracker_cards():
    """{ref: {'name', 'place', 'sro', 'lead', 'mustdos', 'rag', 'milestones': [(title, due, status, row)], ...}}"""
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / TRACKER))["Tracker"]
    cards = {}
    for row in range(1, ws.max_row + 1):
        for col in (1, 4):
            v = ws.cell(row, col).value
            m = re.fullmatch(r"(W\d\.\d) (.+)", v) if isinstance(v, str) else None
            if not m:
                continue
            card = {"name": m.group(2), "row": row, "milestones": []}
            r = row + 1
            while ws.cell(r, col).value:
                label, value = ws.cell(r, col).value, ws.cell(r, col + 1).value
                if label == "Milestone":
                    card["milestones"].append([value, None, None, r])
                elif label == "Due":
                    card["milestones"][-1][1] = value.date() if isinstance(value, datetime) else value
                elif label == "Status":
                    card["milestones"][-1][2] = value
                else:
                    card[label] = value
                r += 1
            cards[m.group(1)] = card
    return cards


CARDS = tracker_cards()


def due_in(as_of, which, cards=None):
    """Tracker milestones (ref, title) with a real due date in the month of as_of ('this') or the next ('next')."""
    y, m = as_of.year, as_of.month
    if which == "next":
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    out = []
    for ref, card in (cards or CARDS).items():
        for title, due, status, _ in card["milestones"]:
            if isinstance(due, date):
                if (due.year, due.month) == (y, m):
                    out.append((ref, title))
            else:  # a text due must not fall in the window either, or the gold would be incomplete
                t = norm(str(due))
                mon = date(y, m, 1).strftime("%b").lower()
                assert not (mon in t and str(y) in t.replace("-18", "2018").replace("-19", "2019")), (ref, due)
    return out


def overdue(as_of):
    return [(ref, title) for ref, card in CARDS.items() for title, due, status, _ in card["milestones"]
            if isinstance(due, date) and due < as_of and status != "Complete"]


def annex_coverage():
    """{must-do n: set of workstream codes} from the annex table on the letter's page 2."""
    text = norm(U[LETTER][2])
    body = text[text.index("executive lead by"):]
    starts = [body.index(f"{n}. {norm(ANNEX_LABEL[n])}" if n != 8 else "8. people with") for n in range(1, 10)]
    cover = {}
    for n in range(1, 10):
        seg = body[starts[n - 1]:starts[n] if n < 9 else body.index("- not delivered through")]
        codes = set(re.findall(r"\bw(\d)\b", seg))
        if "all workstreams (w1-w9)" in seg:
            codes = {str(i) for i in range(1, 10)}
        cover[n] = {f"W{c}" for c in codes}
    return cover


def dashboard():
    """{workstream code: RAG letter}, by where each circle sits on the tiles of slide 2."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / PACK)).slides[1]
    tiles, dots = {}, []
    for sh in slide.shapes:
        if not sh.has_text_frame:
            continue
        text = sh.text_frame.text.strip()
        m = re.match(r"(W\d) ", text)
        if m:
            tiles[m.group(1)] = (sh.left, sh.top, sh.left + sh.width, sh.top + sh.height, text)
        elif re.fullmatch(r"[RAG]", text):
            dots.append((sh.left + sh.width // 2, sh.top + sh.height // 2, text))
    rag = {}
    for x, y, letter in dots:
        inside = [c for c, (l, t, r, b, _) in tiles.items() if l <= x <= r and t <= y <= b]
        assert len(inside) == 1
        rag[inside[0]] = letter
    assert len(rag) == 9
    return rag, tiles


def timetable():
    """{activity: [week-commencing dates marked]} from the table on slide 3; the year from the title."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / PACK)).slides[2]
    year = int(re.search(r"(\d{4})$", slide.shapes.title.text).group(1))
    tbl = [sh for sh in slide.shapes if sh.has_table][0].table
    weeks = [None] + [date(year, int(c.text[3:5]), int(c.text[0:2])) for c in list(tbl.rows[1].cells)[1:]]
    out = {}
    for row in list(tbl.rows)[2:]:
        cells = list(row.cells)
        out[cells[0].text] = [(weeks[j], cells[j].text) for j in range(1, len(cells)) if cells[j].text]
    return out


def tree():
    """[(depth, name, chair, frequency, line number)] and {name: parent name} from the text tree."""
    nodes, parents, stack = [], {}, []
    for i, line in enumerate(U[TREE].values(), 1):
        m = re.match(r"^([\s\u2502\u251c\u2514\u2500]*)(.+?) \u2014 chair: (.+) \[(.+)\]$", line)
        if not m:
            continue
        depth = len(m.group(1)) // 4
        name = re.sub(r" \(W[\d, W]+\)$", "", m.group(2))
        nodes.append((depth, name, m.group(3), m.group(4), i))
        stack = stack[:depth] + [name]
        parents[name] = stack[depth - 1] if depth else None
    return nodes, parents


def savings():
    """{workstream code: (2017/18, 2018/19, total)} and the Total row from the benefits plan's page 2."""
    text = U[BENEFITS][2]
    rows = {m.group(1): tuple(int(x.replace(",", "")) for x in m.groups()[1:])
            for m in re.finditer(r"(W\d) [^\n]+\n ([\d,]+)\n ([\d,]+)\n ([\d,]+)", text)}
    total = re.search(r"Total\n ([\d,]+)\n ([\d,]+)\n ([\d,]+)", text)
    return rows, tuple(int(x.replace(",", "")) for x in total.groups())


# ==================================================================================================== owner (17)
ask("own-01", OWNER, "nested-bullet", [person("Marchbanks-Eze")],
    cite(MANDATE, "Senior Responsible Owner: Octavia", where="programme mandate, Table 1, W1 row, third cell, "
         "level-1 bullet 'Senior Responsible Owner:'"), (
        "Who is the Senior Responsible Owner for the W1 Urgent & emergency care workstream?",
        "who's SRO for UEC (W1)? need them to sign off the UTC comms plan, it's urgnt",
        "Which executive is ultimately accountable for the system's work on A&E waits, the new walk-in urgent care "
        "centres and the non-emergency phone line?"), "urgnt")
ask("own-02", OWNER, "nested-bullet", [person("Wetherall")],
    cite(MANDATE, "Clinical lead: Dr Idris Wetherall", where="programme mandate, Table 1, W5 row, third cell, "
         "level-1 bullet 'Clinical lead:'"), (
        "Who is the clinical lead for the W5 Cancer early diagnosis workstream?",
        "who's the clin lead on cancer early dx (W5)? want them at the FIT mtg next wk, pls confirm the naem",
        "Which doctor gives the clinical steer to the work on spotting cancer sooner, such as the pathway for "
        "people with vague symptoms?"), "naem")
ask("own-03", OWNER, "nested-bullet", [person("Elmhirst")],
    cite(MANDATE, "Programme lead: Jarvis Elmhirst", where="programme mandate, Table 1, W7 row, third cell, "
         "level-1 bullet 'Programme lead:' (the timetable slide's key also names him)"), (
        "Who is the programme lead for the W7 Stroke and acute reconfiguration workstream?",
        "who's the prog lead for the stroke reconfig (W7)? need to send over the consultaion venue list",
        "Who runs the day-to-day project work on bringing emergency care for people who have had a stroke onto one "
        "site?"), "consultaion")
ask("own-04", OWNER, "nested-bullet", [person("Stobart")],
    cite(MANDATE, "Clinical lead: Dr Emeric Stobart", where="programme mandate, Table 1, W2 row, third cell, "
         "level-1 bullet 'Clinical lead:'"), (
        "Who is the clinical lead for the W2 Primary care at scale workstream?",
        "clinical lead for primary care at scale W2? practices want a GP contact for the hubs rota, who is it pleese",
        "Which GP guides the clinical side of the work on practice clusters and evening and weekend "
        "appointments?"), "pleese")
ask("own-05", OWNER, "card-block", [person("Castellane")],
    cite(TRACKER, "W9.1 Frailty assessment unit", "SRO |", sheet="Tracker", where="delivery tracker, W9.2 card "
         "(right-hand card of the band, columns D-E), 'SRO' row"), (
        "Who is the SRO for the W9.2 Trusted assessor in care homes initiative?",
        "who's SRO on the trusted assessor in care homes thing (W9.2)? care home mgrs keep emailing me, need to "
        "redirct them",
        "Who is ultimately accountable for the initiative that lets one assessor decide, on behalf of the homes, "
        "whether a hospital patient can go back to their residential home?"), "redirct")
ask("own-06", OWNER, "card-block", [person("Colquhoun-Bright")],
    cite(TRACKER, "W1.2 NHS 111", "Initiative lead |", sheet="Tracker", where="delivery tracker, W1.2 card "
         "(columns D-E), 'Initiative lead' row; named in no other paper"), (
        "Who leads the W1.2 NHS 111 Clinical Assessment Service initiative?",
        "who leads the 111 CAS initiative (W1.2)? got a q about the procurment timetable",
        "Who is the named lead for bringing clinicians in to assess people who ring the non-emergency phone "
        "line?"), "procurment")
ask("own-07", OWNER, "card-block", [person("Greenhalgh-Moss")],
    cite(TRACKER, "W6.1 Community intensive", "Initiative lead |", sheet="Tracker", where="delivery tracker, W6.1 "
         "card (columns A-B), 'Initiative lead' row; also the W6 programme lead in the mandate"), (
        "Who is the initiative lead for the W6.1 Community intensive support team?",
        "who's leading the LD community intensive support team (W6.1)? want to pass on a CV for one of the nurse "
        "vacancys",
        "Who leads the setting up of the team that supports people with a learning disability at home so they can "
        "stay out of hospital?"), "vacancys")
ask("own-08", OWNER, "benefit-owner", [person("Boddington-Hale")],
    cite(BENEFITS, "Carys Boddington-Hale", where="benefits realisation plan, Table 1, B02 row, 'Benefit owner' "
         "column (name, post and organisation in one cell)"), (
        "Who is the benefit owner for benefit B02, faster ambulance handovers?",
        "who owns the ambulance handover benefit B02? need the Q4 numbers for the benifits review",
        "Who is accountable for measuring and realising the gain from getting crews handed over at A&E within a "
        "quarter of an hour?"), "benifits")
ask("own-09", OWNER, "benefit-owner", [person("Nightingale")],
    cite(BENEFITS, "131,500", where="benefits realisation plan, Table 1, B12 row, 'Benefit owner' column"), (
        "Who is the benefit owner for the reduction in non-elective bed days for people aged 75 and over (B12)?",
        "who owns B12, the over 75s bed days benefit? finance want to chalenge the target",
        "Who is accountable for delivering the promised fall in the number of days older people spend in hospital "
        "after an emergency admission?"), "chalenge")
ask("own-10", OWNER, "replaced-owner", [person("Trevelyan-Akande")],
    cite(PACK, "is SRO from 1 May 2018", where="board pack, slide 4 (changes): SRO from 1 May 2018, replacing "
         "Marisa Ballantyne-Osei; slide 2's W8 tile agrees; the mandate (Feb) and the tracker (13 Apr) name "
         "Ballantyne-Osei"), (
        "Who is the SRO for the W8 Digital workstream?",
        "who's the SRO for digital / shared care record (W8) now? heard Marisa has left, need a new sponser for the "
        "phase 2 bid",
        "Since May 2018, who has been accountable at the top for the project to join up GP, hospital, community and "
        "mental health records in one view?"), "sponser")
ask("own-11", OWNER, "holder-before-change", [person("Ballantyne-Osei")],
    cite(MANDATE, "Senior Responsible Owner: Marisa", where="programme mandate, Table 1, W8 row (Feb 2018); the "
         "tracker (13 Apr) agrees; the board pack says she was replaced from 1 May 2018"), (
        "Who is currently the SRO for the W8 Digital workstream?",
        "who's SRO on W8 digital at the mo? need a signature on the IG form by fryday",
        "This month, whose signature do I need as the person ultimately answerable for the joined-up patient "
        "record programme?"), "fryday", as_of="2018-03-01")
ask("own-12", OWNER, "signature-block", [person("Achterberg-Nwosu")],
    cite(LETTER, "Yours sincerely", where="letter to NHS England, page 1, signature block (STP Lead)"), (
        "Who signed the letter to NHS England setting out the STP's commitments against the nine must-dos?",
        "who signed the must-dos letter to NHSE in Dec 17? need to quote them in the anual report",
        "Whose name is at the foot of the December 2017 letter telling the regional NHS England office what the "
        "partnership would deliver against the national priorities?"), "anual")
ask("own-13", OWNER, "prose-role", [person("Solberg-Reyes")],
    cite(BENEFITS, "Prepared by Annika", where="benefits realisation plan, page 1, line under the title; the "
         "governance structure's notes also name her as Benefits Manager"), (
        "Who prepared the Benefits Realisation Plan?",
        "who wrote the benefits realisation plan v2? got q's about the baselnie years",
        "Who in the programme office is the partnership's specialist on tracking whether its schemes deliver the "
        "gains they promised?"), "baselnie")
ask("own-14", OWNER, "dashboard-tile", [person("Ferreira-Blyth")],
    cite(PACK, "Portfolio dashboard \u2013 May 2018", where="board pack, slide 2, W3 tile, last line 'SRO:'"), (
        "According to the May 2018 portfolio dashboard, who is the SRO for the W3 Mental health workstream?",
        "on the may dashboard who's SRO for MH (W3)? want to ask about the core 24 recriutment",
        "Who is named on the May board's one-page summary as accountable for the crisis care and liaison "
        "psychiatry workstream?"), "recriutment")
ask("gov-01", OWNER, "committee-chair", [person("Mowbray-Achebe")],
    cite(TREE, "Partnership Board \u2014 chair", where="governance structure, top node of the tree (the letter's "
         "cc line agrees: Independent Chair)"), (
        "Who chairs the Brannockmere & Ulverdown Partnership Board?",
        "who chairs the partnership board? need to send the chair's brief befre thursday",
        "Who is the independent person who runs the meetings of the top board, the one the chief executives' group "
        "hangs from?"), "befre")
ask("gov-02", OWNER, "committee-chair", [person("Vasquez-Harrow")],
    cite(TREE, "Planned Care & Cancer Board", where="governance structure, third level under the System Delivery "
         "Board"), (
        "Who chairs the Planned Care & Cancer Board?",
        "who chairs the planned care and cancer brd? MSK triage paper needs to go there fisrt",
        "Which GP chairs the group, reporting to the System Delivery Board, that oversees both the musculoskeletal "
        "referral work and the work on diagnosing cancer sooner?"), "fisrt")
ask("gov-03", OWNER, "committee-chair", [person("Oyelowo-Pryce")],
    cite(TREE, "Local Workforce Action Board", where="governance structure, first level under the Partnership "
         "Board"), (
        "Who chairs the Local Workforce Action Board?",
        "who chairs the LWAB? want to raise the nurse recuitment problem",
        "Who runs the meetings of the system group responsible for the partnership's staffing and workforce "
        "planning?"), "recuitment")

# ==================================================================================================== milestone (13)
ask("ms-01", MILESTONE, "moved-date", [month("January", 2019, "January 2019", "Jan 2019")],
    cite(PACK, "CR-07", where="board pack, slide 4 (changes): CR-07 moves the W4.1 MSK triage go-live from Q2 "
         "2018/19 to January 2019 (slide 2's W4 tile agrees; the mandate and the tracker still say Q2 2018/19)"), (
        "When will the MSK triage service go live?",
        "when does the MSK triage service (W4.1) go live now? heard it slippd",
        "After the recent change request, when will the single point of access for muscle and joint referrals "
        "start working?"), "slippd")
ask("ms-02", MILESTONE, "nested-bullet-date", [alts(*on(1, 10, 2018, "1 October 2018"))],
    cite(MANDATE, "1 October 2018 \u2013 Ulverdown UTC", where="programme mandate, Table 1, W1 row, level-2 "
         "milestone bullet (tracker W1.1: 01/10/2018)"), (
        "When will the Ulverdown Urgent Treatment Centre open 8am to 10pm, seven days a week?",
        "when does ulverdown UTC go to 8-10 7 days? reception staff need to knoe",
        "From what date will the Vale's walk-in urgent care centre be open from morning until late evening every "
        "day of the week?"), "knoe")
OPENS = timetable()["Consultation opens"]
assert OPENS == [(date(2018, 7, 9), "\u25c6")] and OPENS[0][0].weekday() == 0
ask("ms-03", MILESTONE, "week-column", [alts("09/07", *on(9, 7, 2018), "w/c 9 July 2018", "w/c 9 Jul",
                                             "week commencing 9 July 2018")],
    cite(PACK, "Consultation opens", where="board pack, slide 3: the 'Consultation opens' row's diamond sits in "
         "the week column headed '09/07' under the merged 'July' cell; the year is only in the title (June to "
         "October 2018)"), (
        "When does the public consultation on stroke services open?",
        "when does the stroke consultation open? want to book the first public evnt",
        "In which week will people first be able to give their formal views on bringing emergency stroke care onto "
        "one site?"), "evnt")
NEXT_JUNE = due_in(date(2018, 5, 21), "next")
assert sorted(NEXT_JUNE) == [("W3.1", "Safe haven opens at Harbour Row, Cresswick Sands"),
                             ("W5.1", "Vague symptoms pilot live at Ulverdown General"),
                             ("W9.1", "Frailty unit open weekdays")], NEXT_JUNE
ask("ms-04", MILESTONE, "relative-window",
    [alts("Safe haven opens at Harbour Row", "W3.1", "safe haven"),
     alts("Vague symptoms pilot live", "W5.1", "vague symptoms"),
     alts("Frailty unit open weekdays", "W9.1", "frailty unit", "frailty assessment unit")],
    cite(TRACKER, "W3.1 Crisis resolution", "Frailty unit open weekdays", sheet="Tracker",
         where="delivery tracker: the cards' milestones due in June 2018 (W9.1 04/06/2018, W3.1 18/06/2018, W5.1 "
         "29/06/2018); no text due falls in June"), (
        "Which initiative milestones in the delivery tracker are due next month?",
        "what's due on the tracker next month? pulling the forwrd look together for SDB",
        "Looking at the initiative cards, which pieces of work are meant to be finished in the coming calendar "
        "month?"), "forwrd", as_of="2018-05-21")
LATE = overdue(date(2018, 5, 21))
assert sorted(LATE) == [("W3.2", "Liaison consultant in post"), ("W4.1", "Triage provider contract signed"),
                        ("W9.2", "Trusted assessor in 50% of care homes")], LATE
ask("ms-05", MILESTONE, "overdue",
    [alts("Liaison consultant in post", "W3.2", "liaison consultant"),
     alts("Triage provider contract signed", "W4.1", "triage provider contract", "MSK triage contract"),
     alts("Trusted assessor in 50% of care homes", "W9.2", "trusted assessor")],
    cite(TRACKER, "W3.1 Crisis resolution", "Trusted assessor in 50%", sheet="Tracker",
         where="delivery tracker: due before 21/05/2018 and status not Complete: W4.1 (30/04/2018), W3.2 "
         "(11/05/2018), W9.2 (14/05/2018), all 'In progress'; W3.1, W2.1 and W8.1's earlier ones are Complete"), (
        "Which initiative milestones in the delivery tracker are overdue?",
        "which tracker milestones are overdue atm? SDB wants a list of slipage",
        "Which pieces of work on the initiative cards have passed their due date without being finished?"),
    "slipage", as_of="2018-05-21")
UV_MAY = due_in(date(2018, 5, 2), "this", {r: c for r, c in CARDS.items() if c["Place"] == "Ulverdown Vale"})
assert UV_MAY == [("W1.1", "Minor injuries unit designated as UTC")], UV_MAY
ask("ms-06", MILESTONE, "relative-window",
    [alts("Minor injuries unit designated as UTC", "W1.1", "designated", "Urgent Treatment Centre", "UTC"),
     alts(*on(31, 5, 2018, "31/05/2018"))],
    cite(TRACKER, "W1.1 Ulverdown", "Due |", sheet="Tracker", where="delivery tracker, W1.1 card (Place "
         "Ulverdown Vale), first milestone due 31/05/2018; the other Ulverdown Vale cards (W5.1, W9.1) fall due "
         "in June"), (
        "Which tracker milestones in Ulverdown Vale are due this month?",
        "anything due in ulverdown vale this month on the tracker? doing the place updaet",
        "What is due to be finished in the Vale before the end of the current month, according to the initiative "
        "cards?"), "updaet", as_of="2018-05-02")
W9_SEPT = due_in(date(2018, 8, 6), "next", {r: c for r, c in CARDS.items() if r.startswith("W9")})
assert W9_SEPT == [("W9.2", "Trusted assessor in all care homes")], W9_SEPT
ask("ms-07", MILESTONE, "relative-window",
    [alts("Trusted assessor in all care homes", "all care homes", "W9.2"), alts(*on(1, 9, 2018, "01/09/2018"))],
    cite(TRACKER, "W9.1 Frailty assessment unit", "Due | Dec-18", sheet="Tracker",
         where="delivery tracker, W9.2 card, second milestone due 01/09/2018 (mandate: 1 September 2018); W9.1's "
         "second milestone is Dec-18"), (
        "What milestones are due next month for the W9 Frailty and out of hospital workstream?",
        "anything due next month for frailty (W9)? community teams want a heads up for their plannig",
        "For the work on frail older people and care homes, what is meant to be completed in the coming calendar "
        "month?"), "plannig", as_of="2018-08-06")
ask("ms-08", MILESTONE, "fy-quarter", [alts("Q4 2018/19", "Quarter 4 2018/19", "Q4 18/19", "January to March 2019",
                                            "Jan-Mar 2019", "Jan to Mar 2019", "March 2019", "Mar 2019")],
    cite(MANDATE, "Q4 2018/19 \u2013 online consultation", where="programme mandate, Table 1, W2 row, level-2 "
         "milestone bullet (tracker W2.2 agrees); Q4 of 2018/19 is January-March 2019"), (
        "When will every practice offer online consultation?",
        "when will all practices offer online consults? patient group keeps askin",
        "By when should patients at any surgery in the area be able to contact their GP over the internet?"),
    "askin")
ask("ms-09", MILESTONE, "season", [alts("Winter 2018/19", "winter 18/19", "winter 2018", "December 2018 to "
                                        "February 2019")],
    cite(MANDATE, "Winter 2018/19 \u2013 NHS 111", where="programme mandate, Table 1, W1 row, level-2 milestone "
         "bullet (tracker W1.2: 'Winter 2018/19')"), (
        "When will the NHS 111 clinical assessment service go live?",
        "when does the 111 CAS go live? OOH providers want to plan rotas arround it",
        "When should callers to the non-emergency phone line start being assessed by clinicians in a new "
        "service?"), "arround")
ask("ms-10", MILESTONE, "festival-date", [alts("By Christmas 2018", "Christmas 2018", "25 December 2018",
                                               "December 2018", "Dec 2018")],
    cite(MANDATE, "By Christmas 2018", where="programme mandate, Table 1, W8 row, level-2 milestone bullet "
         "(tracker W8.2 agrees)"), (
        "By when will care homes have access to the shared care record?",
        "when do care homes get access to the care record? matrons keep chassing",
        "By when should staff looking after residents in nursing and residential homes be able to see those "
        "residents' joined-up records?"), "chassing")
ask("ms-11", MILESTONE, "week-commencing", [alts("w/c 2 July 2018", *on(2, 7, 2018), "week commencing 2 July 2018",
                                                 "w/c 02/07/2018")],
    cite(MANDATE, "w/c 2 July 2018", where="programme mandate, Table 1, W3 row, level-2 milestone bullet "
         "(tracker W3.2: 'w/c 02/07/2018')"), (
        "When will Core 24 liaison psychiatry go live at Brannockmere Royal?",
        "when does core 24 liaison go live at BRH? ED consultants keep asking me, pls advize",
        "From which week will the city hospital have round-the-clock mental health assessment for patients in its "
        "wards and emergency department?"), "advize")
ask("ms-12", MILESTONE, "past-event", [month("October", 2017, "October 2017")],
    cite(MANDATE, "October 2017 \u2013 GP streaming", where="programme mandate, Table 1, W1 row, first level-2 "
         "milestone bullet, marked '(done)'"), (
        "When did GP streaming start at the Brannockmere Royal front door?",
        "when did GP streaming at BRH front door start? writing up lesons learnt",
        "When did the city hospital's emergency department begin sending suitable walk-in patients to a GP at the "
        "entrance?"), "lesons")
ask("ms-13", MILESTONE, "milestone-list",
    [alts("community intensive support team fully staffed", "fully staffed", "14.6 WTE"),
     alts("Spring 2018", "spring"),
     alts("inpatients reduced from 41 to 29", "29 inpatients", "reduced to 29", "41 to 29"),
     alts(*on(31, 3, 2019, "31/03/2019"))],
    cite(MANDATE, "Spring 2018 \u2013 community intensive", where="programme mandate, Table 1, W6 row: the two "
         "level-2 milestone bullets under 'Key milestones'"), (
        "What are the key milestones for the W6 Learning disabilities workstream?",
        "what are the key milestones for LD / transforming care (W6)? need them for the quartely return",
        "What does the programme mandate say the work on helping people with a learning disability out of "
        "hospital must achieve, and by when?"), "quartely")

# ==================================================================================================== mustdo (8)
COVER = annex_coverage()
assert COVER == {1: {f"W{i}" for i in range(1, 10)}, 2: {"W4", "W7", "W9"}, 3: {"W2", "W8"},
                 4: {"W1", "W3", "W9"}, 5: {"W4", "W8"}, 6: {"W5"}, 7: {"W3"}, 8: {"W6"}, 9: set()}, COVER
ANNEX = lambda where: cite(LETTER, "Annex A: our commitments", where=where)  # noqa: E731
ask("md-01", MUSTDO, "mustdo-gap", [mdg(9)],
    ANNEX("letter, page 2, Annex A: must-do 9's 'Delivered through' cell is an em dash, explained under the table "
          "('not delivered through an STP workstream'); page 1 gives the reason"), (
        "Which national must-do is not delivered through any STP workstream?",
        "which must do has no workstream against it? NHSE asked us to explane",
        "Of the nine national priorities in the planning guidance, which one does the partnership leave to each "
        "trust's own arrangements rather than a joint programme of work?"), "explane")
assert [n for n, v in COVER.items() if v == {"W5"}] == [6]
ask("md-02", MUSTDO, "mustdo-topic", [alts("W5", "Cancer early diagnosis", "early diagnosis")],
    ANNEX("letter, page 2, Annex A, must-do 6 (Cancer) row, 'Delivered through' W5"), (
        "Which workstream delivers the cancer must-do?",
        "which workstream covers the cancer must do? the alliance want to konw",
        "Through which area of the partnership's work will the national priority on the 62-day wait from urgent "
        "referral to first treatment be met?"), "konw")
ask("md-03", MUSTDO, "mustdo-topic", [alts("W4", "Planned care", "MSK"), alts("W8", "Digital", "care record")],
    ANNEX("letter, page 2, Annex A, must-do 5 (Referral to treatment times and elective care) row: W4, W8"), (
        "Which workstreams deliver the referral to treatment and elective care must-do?",
        "which workstreams are down against the RTT / elective must do in the NHSE letter? doing a gap anaylsis",
        "Which areas of the partnership's work will help keep planned hospital treatment within 18 weeks of "
        "referral?"), "anaylsis")
assert sorted(n for n, v in COVER.items() if "W9" in v) == [1, 2, 4]
ask("md-04", MUSTDO, "mustdo-by-workstream", [mdg(2), mdg(4), mdg(1)],
    ANNEX("letter, page 2, Annex A: W9 is in the 'Delivered through' cells of must-dos 2 (W4, W7, W9) and 4 (W1, "
          "W3, W9), and must-do 1 is 'All workstreams (W1-W9)'"), (
        "Which national must-dos does the W9 Frailty and out of hospital workstream contribute to?",
        "which must dos does frailty W9 count against? filling in the assurence template",
        "Against which of the nine national priorities is the work on frail older people and care homes "
        "counted?"), "assurence")
ask("md-05", MUSTDO, "mustdo-lead", [person("Vardy")],
    ANNEX("letter, page 2, Annex A, must-do 2 (Finance) row, 'Executive lead' column"), (
        "Who is the executive lead for the finance must-do?",
        "who's exec lead for must do 2 (finance)? need them to sign the contol total return",
        "Which director answers to NHS England for the partners ending each year within their agreed deficit?"),
    "contol")
ask("md-06", MUSTDO, "mustdo-by-date", [alts(*on(1, 10, 2018, "1 October 2018"))],
    ANNEX("letter, page 2, Annex A, must-do 3 (Primary care) row, 'By' column (the date wraps over two lines)"), (
        "By when has the STP committed to extended access to GP appointments for 100% of the population?",
        "by when do we have to give 100% of pop extended GP access? the must-do letter gives a deadlnie",
        "By what date did the partnership promise NHS England that everyone could get a GP appointment in the "
        "evening or at the weekend?"), "deadlnie")
MH_CARDS = sorted(r for r, c in CARDS.items() if "7" in str(c["Must-dos supported"]).replace(" ", "").split(","))
assert MH_CARDS == ["W3.1", "W3.2"], MH_CARDS
for ref, c in CARDS.items():  # the cards' must-dos are within their workstream's in the annex
    nums = {int(x) for x in str(c["Must-dos supported"]).split(",")}
    assert all(ref[:2] in COVER[n] for n in nums), (ref, nums)
ask("md-07", MUSTDO, "mustdo-cards",
    [alts("W3.1", "Crisis resolution home treatment", "crisis resolution", "CRHT"),
     alts("W3.2", "Core 24 liaison", "liaison")],
    cite(TRACKER, "W3.1 Crisis resolution", "Must-dos supported |", sheet="Tracker", where="delivery tracker, "
         "band of W3.1 and W3.2: both 'Must-dos supported' cells read '4, 7'; no other card lists 7 (Read me: 7 = "
         "Mental health)"), (
        "Which initiatives in the delivery tracker support the mental health must-do?",
        "which tracker initiatives count against must do 7? for the mental helth return",
        "On the initiative cards, which pieces of work are counted towards the seventh national priority, on care "
        "for people with mental illness?"), "helth")
ask("md-08", MUSTDO, "mustdo-topic",
    [alts("W1", "Urgent & emergency care"), alts("W3", "Mental health"), alts("W9", "Frailty")],
    ANNEX("letter, page 2, Annex A, must-do 4 (Urgent and emergency care) row: W1, W3, W9"), (
        "Which workstreams deliver the urgent and emergency care must-do?",
        "which workstreams deliver the UEC must do? A&E delivery board want the ful list",
        "Which areas of the partnership's work will help the system meet the four-hour A&E standard and the "
        "ambulance handover standard?"), "ful")

# ==================================================================================================== fact (13)
ask("fig-01", FACT, "prose-figure", [alts("612,400", "612400", "612.4k", "612.4 thousand")],
    cite(LETTER, "registered population of", where="letter, page 1, second paragraph (the three places add up to "
         "it)"), (
        "What is the registered population of the Brannockmere & Ulverdown STP?",
        "what's the total registered pop for B&U STP? need it for the intro slied",
        "How many people, in all, are registered with GPs across the three places the partnership serves?"),
    "slied")
ask("fig-02", FACT, "prose-figure", [alts("\u00a39.2m", "9.2m", "\u00a39.2 million", "9.2 million")],
    cite(LETTER, "reducing to a deficit", where="letter, page 1, third paragraph (Annex A, must-do 2, agrees): a "
         "deficit of GBP 9.2m in 2018/19"), (
        "What is the system control total for 2018/19?",
        "what's the system control total for 18/19? still a deficit? need it for the FD breifing",
        "What deficit have the partners together agreed to end the second year of the plan with?"), "breifing")
ask("fig-03", FACT, "table-figure", [alts("1,940", "1940")],
    cite(BENEFITS, "Out-of-area placement bed days", where="benefits realisation plan, Table 1, B05 row, Baseline "
         "column (2016/17, in bed days)"), (
        "What is the baseline for out-of-area placement bed days (benefit B05)?",
        "what's the baseline for out of area placements bed days, B05? for the MH dashbord",
        "How many days did local people spend in mental health beds far from home in the year the gains are "
        "measured from?"), "dashbord")
ask("fig-04", FACT, "table-figure", [alts("131,500", "131500")],
    cite(BENEFITS, "Non-elective bed days, people aged", where="benefits realisation plan, Table 1, B12 row, "
         "'Target 2018/19' column (bed days)"), (
        "What is the 2018/19 target for non-elective bed days for people aged 75 and over (B12)?",
        "what's the 18/19 target for over 75s non elective bed days (B12)? the frailty team want to knwo",
        "What ceiling does the plan set, for the year ending March 2019, on the days older people spend in hospital "
        "after an emergency admission?"), "knwo")
SAV, TOTAL = savings()
assert len(SAV) == 9 and all(a + b == t for a, b, t in SAV.values())
assert TOTAL == tuple(sum(v[i] for v in SAV.values()) for i in range(3)) == (8460, 17220, 25680), TOTAL
ask("fig-05", FACT, "table-total", [alts("17,220", "17220", "\u00a317.2m", "17.2m", "\u00a317.22m", "17.22m",
                                         "17.2 million")],
    cite(BENEFITS, "Table 2: financial benefits", where="benefits realisation plan, page 2, Table 2, Total row, "
         "2018/19 column (GBP 000)"), (
        "What are the total net savings planned for 2018/19 in the Benefits Realisation Plan?",
        "total net savings for 18/19 in the benefits plan? need the bottom line for the finace paper",
        "Adding up every workstream, how much cash does the plan for tracking gains expect to release in the second "
        "year?"), "finace")
BIGGEST = max(SAV, key=lambda k: SAV[k][2])
assert BIGGEST == "W9" and SAV["W9"][2] == 8550 and sorted(v[2] for v in SAV.values())[-2] < 8550
ask("fig-06", FACT, "computed-max", [alts("W9", "Frailty and out of hospital", "Frailty"),
                                     alts("8,550", "8550", "\u00a38.55m", "8.55m", "8.6m")],
    cite(BENEFITS, "Table 2: financial benefits", where="benefits realisation plan, page 2, Table 2: the largest "
         "'Total 2017-19' of the nine workstream rows (GBP 000)"), (
        "Which workstream has the largest total net savings over 2017-19, and how much?",
        "which workstream saves the most over 17-19 and how much? board memebrs asked",
        "Which single area of work is expected to release the most cash across both years, and what is that "
        "sum?"), "memebrs")
assert CARDS["W1.1"]["2018/19 budget (\u00a3000)"] == 1850
ask("fig-07", FACT, "card-figure", [alts("1850", "1,850", "\u00a31.85m", "1.85m", "\u00a31,850,000",
                                         "1.85 million")],
    cite(TRACKER, "W1.1 Ulverdown", "2018/19 budget", sheet="Tracker", where="delivery tracker, W1.1 card "
         "(columns A-B), '2018/19 budget (GBP 000)' row"), (
        "What is the 2018/19 budget for the W1.1 Ulverdown Urgent Treatment Centre?",
        "what's the 18/19 budget for the ulverdown UTC (W1.1)? estates want to compare to the tendr",
        "How much money is set aside this financial year for turning the Vale's minor injuries unit into a "
        "walk-in urgent care centre?"), "tendr")
ask("fig-08", FACT, "card-figure", [alts("14.6")],
    cite(TRACKER, "W6.1 Community intensive", "Team fully staffed", sheet="Tracker", where="delivery tracker, W6.1 "
         "card, first milestone 'Team fully staffed (14.6 WTE)' (the mandate's W6 row agrees)"), (
        "How many WTE will the W6.1 Community intensive support team have when fully staffed?",
        "how many WTE is the LD community intensive support team when fully staffed? HR need it for the "
        "establishmnet",
        "How big, in whole-time equivalents, will the community team supporting people with a learning disability "
        "be once all its posts are filled?"), "establishmnet")
NODES, PARENTS = tree()
FREQ = {name: freq for _, name, _, freq, _ in NODES}
assert FREQ["Citizens' Reference Panel"] == "quarterly"
ask("gov-04", FACT, "meeting-frequency", [alts("quarterly", "every quarter", "four times a year",
                                               "every three months", "once a quarter")],
    cite(TREE, "Citizens' Reference Panel", where="governance structure, last node of the tree, frequency in "
         "square brackets"), (
        "How often does the Citizens' Reference Panel meet?",
        "how often does the citizens ref panel meet? want to get the stroke consultation on their agneda",
        "How frequently does the group of local people chaired by Healthwatch get together?"), "agneda")
assert PARENTS["Estates Group"] == "Directors of Finance Forum"
ask("gov-05", FACT, "tree-parent", [alts("Directors of Finance Forum", "Finance Forum", "Directors of Finance")],
    cite(TREE, "Directors of Finance Forum", "Estates Group", where="governance structure: the Estates Group hangs "
         "from the Directors of Finance Forum (one level deeper, the next line)"), (
        "Which group does the Estates Group report to?",
        "who does the estates grp report into? need to know where to send the ToR for aproval",
        "To which forum is the group that looks after the partnership's buildings accountable?"), "aproval")
RAG, TILES = dashboard()
assert sorted(c for c, r in RAG.items() if r == "R") == ["W4", "W7"], RAG
ask("list-01", FACT, "rag-filter", [alts("W4", "Planned care", "MSK"), alts("W7", "Stroke")],
    cite(PACK, "Portfolio dashboard \u2013 May 2018", where="board pack, slide 2: the 'R' circles sit on the W4 and W7 tiles (the "
         "circles are stored after the tiles, in another order; rating only by position)"), (
        "Which workstreams are rated red on the May 2018 portfolio dashboard?",
        "which workstreams are red on the may dashbaord?",
        "On the latest board's one-page summary of the programme, which areas of work are judged off track and in "
        "need of the board's help?"), "dashbaord")
SDB_KIDS = [name for name, parent in PARENTS.items() if parent == "System Delivery Board"]
assert SDB_KIDS == ["Urgent & Emergency Care Network Board", "Primary Care Transformation Group",
                    "Planned Care & Cancer Board", "Mental Health & Learning Disabilities Partnership",
                    "Stroke Programme Board"], SDB_KIDS
ask("list-02", FACT, "tree-children",
    [alts("Urgent & Emergency Care Network Board", "Urgent and Emergency Care Network", "UEC Network"),
     alts("Primary Care Transformation Group"),
     alts("Planned Care & Cancer Board", "Planned Care and Cancer Board"),
     alts("Mental Health & Learning Disabilities Partnership", "Mental Health and Learning Disabilities "
          "Partnership"),
     alts("Stroke Programme Board")],
    cite(TREE, "Urgent & Emergency Care Network Board", "Stroke Programme Board", where="governance structure: "
         "the five nodes one level under the System Delivery Board"), (
        "Which groups report to the System Delivery Board?",
        "what groups sit under the SDB? doing an orgnogram for the induction pack",
        "Which boards and groups are accountable to the board chaired by the STP Programme Director?"),
    "orgnogram")
ZERO = sorted(k for k, v in SAV.items() if v[0] == 0)
assert ZERO == ["W2", "W7", "W8"], ZERO
ask("list-03", FACT, "zero-filter", [alts("W2", "Primary care"), alts("W7", "Stroke"), alts("W8", "Digital")],
    cite(BENEFITS, "Table 2: financial benefits", where="benefits realisation plan, page 2, Table 2: the rows whose "
         "2017/18 cell is 0"), (
        "Which workstreams have no net savings in 2017/18 in the Benefits Realisation Plan?",
        "which workstreams save nothing in 17/18 per the benefits plan? finanse asked",
        "According to the plan for tracking gains, which areas of work release no cash in the first of the two "
        "years?"), "finanse")

# ==================================================================================================== unanswerable (9)
ask("un-01", NONE, "near-miss", [],
    cite(TREE, "Partnership Board \u2014 chair", where="near miss: the tree names the Partnership Board's chair only; "
         "no paper names a vice chair or deputy"), (
        "Who is the vice chair of the Partnership Board?",
        "who's vice chair of the partnership board? the chair's away and we need someone to sign the minits",
        "If the independent chair of the top board cannot attend, who is named to step in and run the meeting?"),
    "minits")
ask("un-02", NONE, "near-miss", [],
    cite(TREE, "Estates Group", where="near miss: the Estates Group's chair is 'to be confirmed'"), (
        "Who chairs the Estates Group?",
        "who chairs the estates grp? need to get the ulverdown site paper to them asap, it's urgnet",
        "Who runs the meetings of the group that looks after the partnership's buildings and land?"), "urgnet")
ask("un-03", NONE, "near-miss", [],
    cite(MANDATE, "Programme lead: vacant", where="near miss: W2's programme lead is 'vacant \u2013 recruitment "
         "under way'; the tracker's W2 cards name initiative leads, not a programme lead"), (
        "Who is the programme lead for the W2 Primary care at scale workstream?",
        "who's prog lead on primary care at scale (W2)? need the project plan, can't find a nmae",
        "Who manages the day-to-day project work on practice clusters and evening and weekend appointments?"),
    "nmae")
ask("un-04", NONE, "near-miss", [],
    cite(BENEFITS, "IAPT access, % of prevalence", where="near miss: B04's targets stop at 2018/19; no paper "
         "mentions 2019/20"), (
        "What is the 2019/20 target for IAPT access?",
        "what's the IAPT access target for 19/20? the benefits plan seems to stop at 18/19, can't see the yr aftr",
        "What share of the people who could benefit from talking therapies is the plan aiming to reach in the year "
        "after March 2019?"), "aftr")
ask("un-05", NONE, "near-miss", [],
    cite(MANDATE, "Hyper-acute stroke unit opens", where="near miss: the HASU opens 'subject to the outcome of "
         "consultation'; no opening date anywhere"), (
        "When will the hyper-acute stroke unit open?",
        "when does the HASU open? paramedics keep asking wher to take patients",
        "On what date will the single specialist unit for the first days of stroke care start taking patients?"),
    "wher")
ask("un-06", NONE, "near-miss", [],
    cite(TRACKER, "W3.1 Crisis resolution", "2018/19 budget", sheet="Tracker", where="near miss: W3.2's budget "
         "cell is 'TBC \u2013 bid to national transformation fund'"), (
        "What is the 2018/19 budget for the W3.2 Core 24 liaison psychiatry initiative?",
        "what's the 18/19 budget for core 24 liaison (W3.2)? need the figure for the bid summray",
        "How much money has been set aside this year for round-the-clock mental health assessment at the city "
        "hospital?"), "summray")
ask("un-07", NONE, "off-topic", [], None, (
    "How do I claim mileage expenses?",
    "how do i claim milage for home visits?",
    "I drive my own car between patients' homes. How do I get paid back for the journeys?"), "milage")
ask("un-08", NONE, "off-topic", [], None, (
    "How do I reset my NHSmail password?",
    "how do i reset my nhsmail pasword?",
    "I'm locked out of my work email account. How do I get back in?"), "pasword")
ask("un-09", NONE, "off-topic", [], None, (
    "What time does the staff canteen at Brannockmere Royal open?",
    "what time does the canteen at BRH opne?",
    "Where can I get a hot lunch on site at the city hospital, and from what time?"), "opne")


# ==================================================================================================== checks
def check_consistency():
    """The papers agree where they overlap, so the gold does not depend on which paper is read."""
    mandate = norm("\n".join(U[MANDATE].values()))
    tracker = {k: norm(v) for k, v in U[TRACKER].items()}
    pack = {k: norm(v) for k, v in U[PACK].items()}
    # owners: tracker SROs are the mandate's (W8 changes only from 1 May 2018, after both)
    for ref, c in CARDS.items():
        assert f"senior responsible owner: {norm(c['SRO'])}" in mandate, ref
    assert "jago trevelyan-akande (interim)" in pack[2] and "from 1 may 2018, replacing marisa ballantyne-osei" \
        in pack[4]
    for code, letter in RAG.items():
        assert "sro:" in norm(TILES[code][4])
    # dates: the mandate and the tracker agree on the milestones asked about
    assert "1 october 2018 - ulverdown utc" in mandate and CARDS["W1.1"]["milestones"][1][1] == date(2018, 10, 1)
    assert CARDS["W2.2"]["milestones"][1][1] == "Q4 2018/19" and CARDS["W1.2"]["milestones"][1][1] == "Winter 2018/19"
    assert CARDS["W8.2"]["milestones"][1][1] == "By Christmas 2018"
    for text in ("q4 2018/19 - online consultation", "winter 2018/19 - nhs 111", "by christmas 2018 - care homes",
                 "w/c 2 july 2018 - core 24"):
        assert text in mandate, text
    assert CARDS["W3.2"]["milestones"][1][1] == "w/c 02/07/2018"
    assert CARDS["W4.1"]["milestones"][1][1] == "Q2 2018/19" and "q2 2018/19 - msk triage service" in mandate
    assert "moves from q2 2018/19 to january 2019" in pack[4] and "go-live moved to january 2019" in pack[2]
    assert "1 september 2018 - trusted assessor" in mandate
    assert "14.6 wte" in mandate and "(14.6 wte)" in tracker["Tracker!75"]
    # the consultation: 12 weeks of bars from 09/07 to 24/09, closing diamond on 24/09
    tt = timetable()
    bars = [w for w, mark in tt["Public consultation (12 weeks)"]]
    assert len(bars) == 12 and bars[0] == date(2018, 7, 9) and bars[-1] == date(2018, 9, 24)
    assert tt["Consultation closes (midnight, Friday)"] == [(date(2018, 9, 24), "\u25c6")]
    assert len(tt["Public events (8)"]) == 8
    # population: the places add up
    p1 = norm(U[LETTER][1])
    assert 298700 + 187300 + 126400 == 612400 and "brannockmere (298,700)" in p1
    # benefits owners and the savings total
    b1 = norm(U[BENEFITS][1])
    assert "1,940 2016/17 1,100 0" in b1 and "148,200 2016/17 141,000 131,500 fergal nightingale" in b1
    assert "61.0 2016/17 75.0 85.0 carys boddington-hale" in b1
    # the letter's must-do 2 lead and must-do 3 date
    p2 = norm(U[LETTER][2])
    assert "w4, w7, w9 hesketh vardy, system director of finance" in p2
    assert "w2, w8 priyanka hollinrake, director of primary care 1 october 2018" in p2


def check_absences():
    for pattern in (r"\bmileage\b", r"\bexpenses?\b", r"password", r"nhsmail", r"canteen", r"\blunch\b",
                    r"restaurant", r"\bcar\b", r"\bemail\b"):
        assert not re.search(pattern, EVERYTHING), pattern
    # un-01: no vice chair or deputy anywhere
    assert not re.search(r"\bvice\b|vice-chair|vice chair|deputy", EVERYTHING)
    # un-02: the Estates Group's chair is to be confirmed, and no other line names one
    estates = [t for u in U.values() for t in u.values() for t in t.splitlines() if "estates group" in t.lower()]
    assert any("Estates Group \u2014 chair: to be confirmed" in t for t in estates), estates
    assert all("chair" not in t.lower() or "to be confirmed" in t.lower() for t in estates), estates
    # un-03: W2's programme lead is vacant; no other paper gives a W2 programme lead
    assert "programme lead: vacant - recruitment under way" in norm(U[MANDATE][9])
    for u in U.values():
        for t in u.values():
            for line in t.splitlines():
                if "programme lead" in line.lower() and "primary care" in line.lower():
                    raise AssertionError(line)
    # un-04: nothing mentions 2019/20
    assert not re.search(r"2019/20|19/20|2019-20", EVERYTHING)
    # un-05: no line about the stroke unit opening carries a date
    for u in U.values():
        for t in u.values():
            for line in t.splitlines():
                low = line.lower()
                if ("hyper-acute stroke unit" in low or "hasu" in low) and "open" in low:
                    assert not re.search(r"20\d\d|q[1-4]\b|/\d\d|spring|summer|autumn|winter", low), line
    # un-06: W3.2's budget is TBC; no other money figure is given for it
    assert CARDS["W3.2"]["2018/19 budget (\u00a3000)"].startswith("TBC")
    assert "liaison" not in norm(U[BENEFITS][2])


def check_items():
    assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    facts = {}
    for i in ITEMS:
        facts.setdefault(i["fact"], []).append(i["phrasing"])
    assert len(facts) == 60 and all(v == list(PHRASINGS) for v in facts.values())
    kinds = {}
    for i in ITEMS:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    assert kinds == {OWNER: 51, MILESTONE: 39, MUSTDO: 24, FACT: 39, NONE: 27}, kinds
    assert len(set(TYPOS.values())) == len(TYPOS) == 60
    for i in ITEMS:
        assert (i["answer_any"] == []) == i["expect_no_answer"]
        if i["as_of"]:
            date.fromisoformat(i["as_of"])
        if i["source"]["file"]:
            assert i["source"]["file"] in U
            assert ("sheet" in i["source"]) == i["source"]["file"].endswith(".xlsx")
        else:
            assert i["shape"] == "off-topic"


def main():
    check_consistency()
    check_absences()
    check_items()
    tmp = HERE / "questions.jsonl.tmp"
    with open(tmp, "w") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    missing = bank_tools.check(tmp, PAPERS)
    if missing:
        tmp.unlink()
        raise SystemExit(f"{missing} gold groups missing from their windows; nothing written")
    tmp.replace(HERE / "questions.jsonl")
    kinds = {}
    for item in ITEMS:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    print(f"wrote {len(ITEMS)} questions, {len(ITEMS) // 3} facts; by kind {kinds}")


if __name__ == "__main__":
    main()
