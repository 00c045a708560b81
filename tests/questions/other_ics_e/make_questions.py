"""Write questions.jsonl, tune.jsonl and holdout.jsonl for the Kestrel Vale papers.

Run after make_papers.py:  /work/main/.venv/bin/python make_questions.py
Each fact is asked three ways (formal, chat, indirect). source.lines is
computed from the quote: the PDF page or pptx slide holding it, the line
range in the .txt memo, [1, 1] for docx and xlsx; the script fails if a quote
or a gold answer is not in the cited file.
"""
import datetime as dt
import json
import os
import random
import re

import docx
import openpyxl
import pypdf
from pptx import Presentation

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS = os.path.join(HERE, "papers")

BOARD = "kv_programme_board_paper_2026-03-12.pdf"
PLAN = "kv_programme_plan_2026-27.docx"
TRACK = "kv_project_tracker_2026-27.xlsx"
DECK = "kv_workstream_status_deck_2026-04-23.pptx"
BULL = "kv_partnership_bulletin_spring_2026.pdf"
MEMO = "kv_memo_intermediate_care_2026-02-24.txt"


def d(day, month_long, month_short, mm, year=2026):
    """Spellings of a day date."""
    return [f"{day} {month_long}", f"{day}{suffix(day)} {month_long}", f"{day} {month_short}",
            f"{day}{suffix(day)} {month_short}", f"{month_long} {day}", f"{day:02d}/{mm:02d}",
            f"{year}-{mm:02d}-{day:02d}"]


def suffix(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def month(long, short, mm, year=2026):
    yy = str(year)[2:]
    return [f"{long} {year}", f"{short} {year}", f"{short}-{yy}", f"{short} {yy}",
            f"{short} '{yy}", f"{long} '{yy}", f"{mm:02d}/{year}", f"{year}-{mm:02d}"]


# Each fact: (fact, kind, shape, file, quote, answer_any, as_of, [formal, chat, indirect])
# quote None -> no location (off-topic).
FACTS = [
    # ---------------- role-holder (5)
    ("oe-role-01", "owner", "role-holder", BOARD,
     "Fiona Castellan took up the post of Interim Director of Strategy and Transformation on 5th January 2026",
     [["Fiona Castellan", "Castellan"]], None,
     ["Who is the Interim Director of Strategy and Transformation for Kestrel Vale?",
      "who's the interim director of stratergy & transformation at kestrel vale now?",
      "Since Martin Greaves left at the end of 2025, who has been covering his strategy and transformation job?"]),
    ("oe-role-02", "owner", "role-holder", BULL,
     "Simon Carvell joined us on 02/03/26 as Interim Place Director for Eastholme Coast",
     [["Simon Carvell", "Carvell"]], None,
     ["Who is the Place Director for Eastholme Coast?",
      "who's place director for eastholme coast at the momnet?",
      "I need whoever is running the Eastholme Coast place while they recruit a permanent director - who is that?"]),
    ("oe-role-03", "owner", "role-holder", BOARD,
     "Dr Priya Sandhu Chief Clinical Information Officer (CCIO)",
     [["Priya Sandhu", "Sandhu"]], None,
     ["Who is the Chief Clinical Information Officer for the Kestrel Vale programme?",
      "who's our CCIO? got a shared care recrod question",
      "Which doctor is the clinical lead on the digital and data workstream?"]),
    ("oe-role-04", "owner", "role-holder", BOARD,
     "Dr Olu Bankole Director of Public Health, Marrowdale Council",
     [["Olu Bankole", "Bankole"]], None,
     ["Who is the Director of Public Health at Marrowdale Council?",
      "who's the DPH at marrowdle council?",
      "Who from the local council is the senior responsible owner for the prevention workstream?"]),
    ("oe-role-05", "owner", "role-holder", BULL,
     "Nina Foulds, Head of Communications and Engagement, ext. 4432",
     [["Nina Foulds", "Foulds"]], None,
     ["Who is the Head of Communications and Engagement?",
      "who heads up comms & engagment for kestrel vale?",
      "Who should I ring if I want to plan some public engagement or get a story into the partnership bulletin?"]),
    # ---------------- initiative-owner (4)
    ("oe-own-01", "owner", "initiative-owner", PLAN,
     "Angela Thwaite",
     [["Angela Thwaite", "Thwaite"]], None,
     ["Who leads the Care Transfer Hub initiative in Marrowdale?",
      "who's the lead for the care transfer hub in marrowdael?",
      "Who is responsible for the Marrowdale hub that aims to get no more than 45 patients a day with no criteria to reside?"]),
    ("oe-own-02", "owner", "initiative-owner", BOARD,
     "Stephen Marwood Chief Executive, MTH",
     [["Stephen Marwood", "Marwood"]], None,
     ["Who is the Senior Responsible Owner for the Elective Recovery and Diagnostics workstream?",
      "who's SRO for elective recovery & diagnostcs?",
      "Which trust chief executive is accountable at programme level for planned care waiting lists and diagnostics?"]),
    ("oe-own-03", "owner", "initiative-owner", TRACK,
     "Dr Meera Joshi",
     [["Meera Joshi", "Joshi"]], None,
     ["Who is the lead for the hypertension case-finding project on the project tracker?",
      "who's leading the hypertention case finding project?",
      "Which GP is running the project to find people with undiagnosed high blood pressure, the one that includes community pharmacy BP checks?"]),
    ("oe-own-04", "owner", "initiative-owner", BOARD,
     "Dr Anjali Raghavan, the ICB's Chief Medical Officer, will also act as SRO for the Cancer workstream from 1 April 2026",
     [["Anjali Raghavan", "Raghavan"]], None,
     ["Who is the SRO for the Cancer workstream from April 2026?",
      "who took over as SRO for canser from 1 april?",
      "Which ICB executive is doubling up as the accountable lead for the faster diagnosis and lung health check work alongside her day job?"]),
    # ---------------- figure (4)
    ("oe-fig-01", "fact", "figure", BOARD,
     "has a capital cost of £14.6m funded through the national Targeted Investment Fund",
     [["£14.6m", "14.6m", "14.6 million", "14.6"]], None,
     ["What is the capital cost of the Thornleigh Elective Hub?",
      "how much is the thornleigh elective hub costing? capitl figure pls",
      "How much money is going into building the new two-theatre unit at Thornleigh Hospital?"]),
    ("oe-fig-02", "fact", "figure", DECK,
     "24 beds",
     [["24 beds", "24 bed", "24"]], None,
     ["How many beds will the Ward 12 escalation ward at Brackenford General Hospital provide this winter?",
      "how many beds does the ward 12 escalaton ward at brackenford add for winter?",
      "What capacity will the extra winter escalation ward at Brackenford General give us?"]),
    ("oe-fig-03", "fact", "figure", BULL,
     "So far 2,350 staff have signed up",
     [["2,350", "2350", "2 350"]], None,
     ["How many staff have signed up to the collaborative staff bank?",
      "how many people have signed up to the colaborative bank so far?",
      "Since the shared bank across all four trusts went live on 1 April, how many people have registered for it?"]),
    ("oe-fig-04", "fact", "figure", TRACK,
     "2.9",
     [["£2.9m", "2.9m", "2.9 million", "2.9"]], None,
     ["What is the total 2026/27 transformation budget for the Mental Health programme?",
      "whats the total MH budegt for 26/27?",
      "How much transformation money, recurrent and non-recurrent together, is set aside for mental health in 2026/27?"]),
    # ---------------- milestone-date (4)
    ("oe-ms-01", "milestone", "milestone-date", PLAN,
     "MRI scanner installed - Oct 2026",
     [month("October", "Oct", 10)], None,
     ["When will the MRI scanner be installed at the Marrowdale Community Diagnostic Centre?",
      "when's the MRI scaner going in at marrowdale CDC?",
      "When does the diagnostic centre extension in Marrowdale get its new scanner?"]),
    ("oe-ms-02", "milestone", "milestone-date", BOARD,
     "Building work is on schedule for first patients in November 2026",
     [month("November", "Nov", 11)], None,
     ["When will the Thornleigh Elective Hub treat its first patients?",
      "when does the thornleigh elective hub open to patiens?",
      "When can we expect the first operations in the new two-theatre unit at Thornleigh?"]),
    ("oe-ms-03", "milestone", "milestone-date", BOARD,
     "Kestrel Vale Shared Care Record live in all four places",
     [["Q4 2026/27", "Q4", "Quarter 4", "Qtr 4", "January to March 2027", "Jan-Mar 2027",
       "Jan\u2013Mar 2027", "by March 2027", "end of March 2027"]], None,
     ["By when should the Kestrel Vale Shared Care Record be live in all four places?",
      "when will the shared care record be live evrywhere?",
      "When should clinicians in every place, Eastholme Coast included, be able to see joined-up GP, hospital and community records?"]),
    ("oe-ms-04", "milestone", "milestone-date", TRACK,
     "29/05/2026",
     [d(29, "May", "May", 5) + ["29/05/26", "29.05.2026"]], None,
     ["What is the due date for the Pharmacy First awareness campaign?",
      "when's the pharmacy frist campaign due to finish?",
      "The posters-and-local-radio push to get people using community pharmacies for common conditions - when is that project due to wrap up?"]),
    # ---------------- multi-date (3)
    ("oe-md-01", "milestone", "multi-date", BOARD,
     "approve the revised SDEC opening date of 30 September 2026 (previously 30 June 2026)",
     [d(30, "June", "Jun", 6), d(30, "September", "Sep", 9) + ["Sept 30", "30 Sept"]], None,
     ["What was the original opening date for the SDEC unit at Brackenford General Hospital, and what is the revised date?",
      "sdec at brackenford - what was the old openign date and what's the new one?",
      "The same-day emergency unit at Brackenford has slipped because of the modular build delay - from what date to what date?"]),
    ("oe-md-02", "milestone", "multi-date", PLAN,
     "Extended hours (08:00-22:00) live - May 2026",
     [month("May", "May", 5),
      ["Q3 2026/27", "Q3", "Quarter 3", "Qtr 3", "October to December 2026", "Oct-Dec 2026",
       "Oct\u2013Dec 2026"]], None,
     ["What are the milestone dates for the Urgent Community Response extended hours initiative in Eastholme Coast?",
      "UCR extended hours in eastholme - what are the milstone dates?",
      "For the two-hour community response service on the coast, when do the longer opening hours start, and when should 70% of referrals be seen within two hours?"]),
    ("oe-md-03", "milestone", "multi-date", MEMO,
     "Staff consultation will run from 16 March 2026 to 27 April 2026.",
     [d(16, "March", "Mar", 3), d(27, "April", "Apr", 4)], None,
     ["When does the staff consultation on the intermediate care bed proposals start and finish?",
      "intermediate care staff consulation - start and end dates?",
      "What's the window for staff to have their say on the plan to close Harbour Ward?"]),
    # ---------------- mustdo-coverage (2)
    ("oe-mdc-01", "mustdo", "mustdo-coverage", TRACK,
     "MD6 Cancer: 62-day and Faster Diagnosis Standard",
     [["Elective"], ["Primary Care", "primary care"]], None,
     ["Which local programmes are mapped to national must-do 6 (cancer) in the coverage matrix?",
      "which programmes tick the cancr must-do (MD6)?",
      "Which parts of our programme contribute to the national 62-day and faster diagnosis priority?"]),
    ("oe-mdc-02", "mustdo", "mustdo-coverage", TRACK,
     "MD8 Learning disability and autism",
     [["Children and Young People", "CYP", "children"], ["Primary Care", "primary care"]], None,
     ["Which local programmes cover national must-do 8 (learning disability and autism)?",
      "which programmes are mapped against MD8 learning disabilty & autism?",
      "Besides the LDA programme itself, which workstreams contribute to the national learning disability and autism priority?"]),
    # ---------------- mustdo-gap (2)
    ("oe-mdg-01", "mustdo", "mustdo-gap", TRACK,
     "Note: no local programme is mapped to MD9",
     [["MD9", "must-do 9", "must do 9", "recovery support", "special measures", "Quality"]], None,
     ["Which national must-do has no local programme mapped to it in the coverage matrix?",
      "is there a must do that nothing covers in the coverage matrx?",
      "Looking at how our programmes line up with the nine national priorities, which priority has no programme against it at all?"]),
    ("oe-mdg-02", "mustdo", "mustdo-gap", TRACK,
     "Community Services and Frailty",
     [["MD5", "RTT", "Elective", "must-do 5", "must do 5"],
      ["MD6", "Cancer", "must-do 6", "must do 6"],
      ["MD8", "Learning disab", "LDA", "must-do 8", "must do 8"],
      ["MD9", "recovery support", "special measures", "Quality", "must-do 9", "must do 9"]], None,
     ["Which national must-dos are not covered by the Community Services and Frailty programme?",
      "which must dos does the community & fraility programme NOT cover?",
      "Where are the gaps for the frailty and community services work against the nine national priorities?"]),
    # ---------------- list (2)
    ("oe-list-01", "fact", "list", BOARD,
     "across four places: Brackenford, Thornleigh, Marrowdale and Eastholme Coast",
     [["Brackenford"], ["Thornleigh"], ["Marrowdale"], ["Eastholme"]], None,
     ["What are the four places that make up the Kestrel Vale Integrated Care System?",
      "what are the 4 palces in kestrel vale ICS?",
      "Name the local areas our integrated care system is split into."]),
    ("oe-list-02", "fact", "list", DECK,
     "Risks: peer support worker recruitment (6 of 10 posts filled); rising demand for section 136 assessments",
     [["peer support"], ["section 136", "s136", "s.136"]], None,
     ["What risks are reported for the Mental Health workstream in the April 2026 status report?",
      "what risks are flagged for MH in the april staus report?",
      "What's worrying the mental health workstream at the moment, according to the latest board slides?"]),
    # ---------------- count (2)
    ("oe-cnt-01", "fact", "count", BOARD,
     "fourteen programme workstreams",
     [["14", "fourteen"]], None,
     ["How many workstreams are there in the Kestrel Vale Transformation Programme?",
      "how many workstreams does the transformation programme hav?",
      "How many separate streams of work does the programme board oversee?"]),
    ("oe-cnt-02", "fact", "count", MEMO,
     "Kestrel Vale has 96 intermediate care beds across four community hospital sites",
     [["96"]], None,
     ["How many intermediate care beds does Kestrel Vale currently have?",
      "how many intermedaite care beds have we got at the moment?",
      "Before Harbour Ward closes, how many step-down rehab beds are there across the four community hospital sites?"]),
    # ---------------- board-person (2)
    ("oe-bp-01", "owner", "board-person", BOARD,
     "The Board is chaired by Rosalind Petrie, Chief Executive of NHS Kestrel Vale ICB",
     [["Rosalind Petrie", "Petrie"]], None,
     ["Who chairs the Kestrel Vale Transformation Programme Board?",
      "who chairs the transformation programe board?",
      "Who runs the meetings of the six-weekly board that oversees all the workstreams?"]),
    ("oe-bp-02", "owner", "board-person", BULL,
     "chaired by Howard Tennant, Chair of NHS Kestrel Vale ICB",
     [["Howard Tennant", "Tennant"]], None,
     ["Who is the Chair of NHS Kestrel Vale ICB?",
      "who's chair of the ICB? the one chairing the meeting in publc",
      "Who will be in the chair at the ICB's board meeting in public at Marrowdale Town Hall?"]),
    # ---------------- board-date (2)
    ("oe-bd-01", "milestone", "board-date", BOARD,
     "the next meeting of the Board will be held on 23rd April 2026 at Thornleigh Civic Centre",
     [d(23, "April", "Apr", 4)], None,
     ["According to the March 2026 board paper, when is the next meeting of the Transformation Programme Board?",
      "when's the next programme board after the 12 march meetng?",
      "After the 12 March session, on what date does the programme board meet again at Thornleigh Civic Centre?"]),
    ("oe-bd-02", "milestone", "board-date", BULL,
     "ICB Board meeting in public: 06/05/26",
     [d(6, "May", "May", 5) + ["06 May", "6/5/26", "06/05/26"]], None,
     ["When is the ICB Board meeting in public being held?",
      "when's the ICB board meeting in publick?",
      "What date is the ICB's open board meeting at Marrowdale Town Hall?"]),
    # ---------------- relative-window (2)
    ("oe-rw-01", "milestone", "relative-window", BOARD,
     "Marrowdale Safe Haven (24/7 crisis alternative) open",
     [["Safe Haven"]], "2026-06-02",
     ["Which Mental Health workstream milestones are due this month?",
      "anything due for mental helth this month?",
      "Is any mental health deliverable meant to land before the end of this month?"]),
    ("oe-rw-02", "milestone", "relative-window", TRACK,
     "Intermediate care bed reconfiguration",
     [["SDEC"], ["telephony"], ["intermediate care"], ["MHST", "Mental Health Support Team"]],
     "2026-08-17",
     ["Which projects on the project tracker are due next month?",
      "which tracker projcts are due next month?",
      "Looking at the PMO's project list, what should be finishing in the month after this one?"]),
    # ---------------- yes-no (2)
    ("oe-yn-01", "fact", "yes-no", MEMO,
     "Close Harbour Ward at Eastholme Community Hospital (16 beds) from 1st",
     [["yes", "Harbour Ward", "16 beds"]], None,
     ["Does the intermediate care proposal involve closing any beds?",
      "are they actualy closing any intermediate care beds?",
      "Will bedded rehab capacity on the coast go down under the plan Beverley Osei and Tom Hebden put to the Board?"]),
    ("oe-yn-02", "fact", "yes-no", BOARD,
     "The post of clinical lead for LDA has been vacant since Dr Hugh Ransome retired in January 2026",
     [["vacant", "vacancy", "not filled", "not been filled", "unfilled", "not yet", "no clinical lead",
       "no one", "nobody", "interviews"]], None,
     ["Is there a clinical lead in post for the Learning Disability and Autism workstream?",
      "has the LDA clinical lead post been filed yet?",
      "Since Dr Hugh Ransome retired, has anyone replaced him as the clinician leading on learning disability and autism?"]),
    # ---------------- definition (1)
    ("oe-def-01", "fact", "definition", MEMO,
     "P2 (discharge pathway 2) - discharge from hospital to a bedded setting for short-term rehabilitation or reablement before the person returns home.",
     [["bedded"], ["rehabilitation", "reablement", "rehab"]], None,
     ["What does Pathway 2 (P2) mean in the intermediate care memo?",
      "what's a P2 dischage?",
      "When the intermediate care memo talks about patients leaving hospital on the second discharge pathway, what does that mean?"]),
    # ---------------- near-miss (5): checked absent in all six papers
    ("oe-nm-01", "unanswerable", "near-miss", PLAN, "£0.9m revenue", [], None,
     ["What is the capital cost of the Marrowdale Community Diagnostic Centre extension?",
      "how much capital is the marrowdale CDC extenson costing?",
      "We know what the Thornleigh hub cost to build - what's the equivalent capital figure for the Marrowdale diagnostic centre expansion?"]),
    ("oe-nm-02", "unanswerable", "near-miss", BOARD,
     "Tariq Mahmood, Deputy Chief Operating Officer at MTH, has been appointed Deputy SRO to support Karen Holt", [], None,
     ["Who is the Deputy SRO for the Mental Health workstream?",
      "who's deputy SRO for mental heath?",
      "If Paul Dunmore is away, who deputises for him as senior responsible owner on mental health?"]),
    ("oe-nm-03", "unanswerable", "near-miss", DECK,
     "programme manager: Kelly Danson", [], None,
     ["Who is the programme manager for the Cancer workstream?",
      "who's the cancer programme manger?",
      "Who does the day-to-day programme management for the cancer workstream's faster diagnosis work?"]),
    ("oe-nm-04", "unanswerable", "near-miss", BOARD,
     "Primary care is delivered by 118 GP practices working in 21 Primary Care Networks (PCNs)", [], None,
     ["How many GP practices are there in Thornleigh?",
      "how many GP practises in thornleigh?",
      "What's the count of general practices in the Thornleigh place specifically?"]),
    ("oe-nm-05", "unanswerable", "near-miss", TRACK, "Transformation budget 2026/27 by programme", [], None,
     ["What is the 2026/27 transformation budget for the Estates and Net Zero workstream?",
      "whats the estates & net zero budgt for 26/27?",
      "How much transformation funding has the estates strategy and carbon reduction work been given for 2026/27?"]),
    # ---------------- off-topic (3)
    ("oe-off-01", "unanswerable", "offtopic", "", None, [], None,
     ["What is the current Bank of England base rate?",
      "whats the bank of england intrest rate at the moment",
      "I'm remortgaging - what interest rate is the central bank setting these days?"]),
    ("oe-off-02", "unanswerable", "offtopic", "", None, [], None,
     ["How do I book annual leave in the e-rostering system?",
      "how do i book anual leave on healthroster?",
      "I want a week off in August - where do I put the request in?"]),
    ("oe-off-03", "unanswerable", "offtopic", "", None, [], None,
     ["Who won the FA Cup final in 2025?",
      "who won the fa cup last yr? cant remeber",
      "Which football club lifted England's oldest knockout cup trophy in May 2025?"]),
]

PHRASINGS = ["formal", "chat", "indirect"]


def norm(s):
    return " ".join(s.split())


def fmt_dates(v):
    out = []
    if isinstance(v, dt.datetime):
        out = [v.strftime("%d/%m/%Y"), v.strftime("%d/%m/%y"), v.strftime("%Y-%m-%d"),
               "%d %s" % (v.day, v.strftime("%B %Y")), "%d %s" % (v.day, v.strftime("%b %Y"))]
    return out


def file_units(fname):
    """Return list of (unit_number, text) where unit = page / slide / line; docx, xlsx -> unit 1."""
    path = os.path.join(PAPERS, fname)
    if fname.endswith(".pdf"):
        r = pypdf.PdfReader(path)
        return [(i, p.extract_text()) for i, p in enumerate(r.pages, 1)]
    if fname.endswith(".pptx"):
        prs = Presentation(path)
        units = []
        for i, s in enumerate(prs.slides, 1):
            parts = []
            for sh in s.shapes:
                if sh.has_text_frame:
                    parts.append(sh.text_frame.text)
                if sh.has_table:
                    for row in sh.table.rows:
                        parts.append(" | ".join(c.text for c in row.cells))
            units.append((i, "\n".join(parts)))
        return units
    if fname.endswith(".docx"):
        doc = docx.Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return [(1, "\n".join(parts))]
    if fname.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    cells.append(str(v))
                    cells += fmt_dates(v)
                parts.append(" | ".join(cells))
        return [(1, "\n".join(parts))]
    with open(path, encoding="utf-8") as f:
        return list(enumerate(f.read().splitlines(), 1))


def locate(fname, quote):
    units = file_units(fname)
    if fname.endswith(".txt"):
        # quote may span lines: search the normalised text with a line map
        joined, owner = "", []
        for n, line in units:
            piece = norm(line)
            if not piece:
                continue
            if joined:
                joined += " "
                owner.append(n)
            joined += piece
            owner += [n] * len(piece)
        i = joined.find(norm(quote))
        assert i >= 0, (fname, quote)
        return [owner[i], owner[i + len(norm(quote)) - 1]]
    hits = [n for n, t in units if norm(quote) in norm(t)]
    assert hits, (fname, quote)
    return [hits[0], hits[0]]


def check_answer(fname, lines, groups):
    units = dict(file_units(fname))
    if fname.endswith(".txt"):
        text = " ".join(units[n] for n in range(lines[0], lines[1] + 1))
    else:
        text = units[lines[0]]
    low = norm(text).lower()
    for g in groups:
        assert any(a.lower() in low for a in g), (fname, lines, g)


def main():
    items = []
    ids = set()
    for fact, kind, shape, fname, quote, answer_any, as_of, qs in FACTS:
        assert len(qs) == 3
        if quote is None:
            src = {"file": "", "lines": [0, 0]}
        else:
            lines = locate(fname, quote)
            if fname.endswith((".docx", ".xlsx")):
                lines = [1, 1]
            check_answer(fname, lines, answer_any)
            src = {"file": fname, "lines": lines, "quote": quote}
        for n, (ph, q) in enumerate(zip(PHRASINGS, qs), 1):
            qid = "%s-%s" % (fact, ph[0])
            assert qid not in ids
            ids.add(qid)
            items.append({
                "id": qid, "kind": kind, "question": q, "answer_any": answer_any,
                "source": dict(src), "as_of": as_of,
                "expect_no_answer": kind == "unanswerable",
                "fact": fact, "phrasing": ph, "shape": shape,
            })
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")

    facts = [f[0] for f in FACTS]
    order = list(facts)
    random.Random(17).shuffle(order)
    k = round(0.6 * len(order))
    tune = set(order[:k])
    with open(os.path.join(HERE, "tune.jsonl"), "w", encoding="utf-8") as ft, \
            open(os.path.join(HERE, "holdout.jsonl"), "w", encoding="utf-8") as fh:
        for it in items:
            (ft if it["fact"] in tune else fh).write(json.dumps(it, ensure_ascii=False) + "\n")
    print("facts", len(facts), "questions", len(items), "tune facts", k,
          "holdout facts", len(facts) - k)
    print("tune:", sorted(tune))


if __name__ == "__main__":
    main()
