"""Write questions.jsonl for the Hexmarden & Quillbrook STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units (bank_tools: PDF pages, docx blocks, pptx slides, xlsx rows, text
lines) and the first alternative of each gold group must be in that window's text. Answers that take a step of
reasoning (overdue cards by board column, what is due this or next month, must-do gaps from contribution scores,
risks at or above the escalation threshold from worded scores, the next board meeting from a recurrence pattern and
a moved occurrence, NHS month M9, interim holders by date) are worked out again here from the extracted text and
compared with the gold. Unanswerable facts are checked for absence over every paper. A failed check stops the
script before it writes anything.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
BOARD = "01_HQ_STP_Delivery_Board_2018-02-23.pdf"
MOU = "02_HQ_STP_Memorandum_of_Understanding_2017-19.docx"
BOOK = "03_HQ_STP_Benefits_and_Assurance_Workbook_v4.xlsx"
DECK = "04_HQ_STP_Plan_on_a_Page_Feb_2018.pptx"
CAL = "05_HQ_STP_PMO_shared_calendar_print.txt"
DR = "06_HQ_STP_Decision_Records.md"
LL = "07_HQ_STP_Lessons_Learnt_Log_v3_2018-03-09.pdf"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
ITEMS = []
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def ask(fid, kind, shape, gold, cited, questions, as_of=None):
    """One fact asked three ways (formal, chat, indirect); gold groups' first alternatives must be in the window."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
    assert len(questions) == 3
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"s-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == "unanswerable",
                      "fact": f"s-{fid}", "phrasing": phrasing, "shape": shape})


def quarter(q, fy, months, last_month, *extra):
    """Gold alternatives for an NHS financial-year quarter, e.g. quarter(2, '2018/19', 'July to September 2018',
    'September 2018')."""
    y1, y2 = fy.split("/")
    short = f"{y1[2:]}/{y2}"
    first, rest = months.split(" to ")
    abbr = f"{first[:3]}-{rest[:3]} {rest.split()[-1]}"
    return list(dict.fromkeys([f"Q{q} {fy}", f"Q{q} {short}", f"Quarter {q} {fy}", f"Qtr {q} {fy}", months, abbr,
                               last_month, last_month[:3] + " " + last_month.split()[-1], *extra]))


# ==================================================================================================== owner (14)
ask("own-01", OWNER, "sro-by-post", [["Ostrowski"]],
    cite(MOU, "Declan Ostrowski", where="plan on a page, Hexmarden slide: HEX1 'SRO: Chief Operating Officer, HUH'; "
         "the post-holder only in MoU Schedule 1 (HUH, Chief Operating Officer)"), (
        "Who is the SRO for the HEX1 Frailty at the Front Door scheme?",
        "who's SRO for HEX1 fraility front door? need a name not a job title",
        "Whose name goes against the top accountable role for the work on older, frailer patients arriving at "
        "Hexmarden General's emergency department?"))
ask("own-02", OWNER, "sro-by-post", [["Hallam-Jones", "Hallam Jones"]],
    cite(MOU, "Beatrix Hallam-Jones", where="plan on a page, Corvell & Saltleigh slide: CSL1 'SRO: Director of Adult "
         "Social Care, Quillshire County Council'; the post-holder only in MoU Schedule 1"), (
        "Who is the Senior Responsible Officer for the Saltleigh Integrated Care Teams scheme?",
        "SRO for CSL1 saltleigh ICTs - who actualy is it?",
        "Which council director, by name, is ultimately answerable for bringing the community health and social "
        "care teams in Saltleigh together?"))
ask("own-03", OWNER, "joint-sro", [["Calloway"], ["Kettering"]],
    cite(DR, "Dr Hamish Calloway (Medical Director", "joint SROs", where="decision record DR-001 (also plan on a "
         "page, System-wide slide: 'Joint SROs: Medical Director, HUH and Director of Finance, QCH')"), (
        "Who are the joint SROs for the Single Pathology Network?",
        "who are the joint SROs on SYS1 pathology netwrok?",
        "Which two senior people share accountability for merging the three trusts' laboratories into one "
        "service?"))
ask("own-04", OWNER, "interim-holder", [["Whitby"]],
    cite(DR, "Lorcan Whitby", where="decision record DR-006: Whitby interim SRO for QBV2 from 1 March to 31 August "
         "2018 while Emberton is on secondment"), (
        "Who is the SRO for the QBV2 MSK Triage and Physiotherapy First scheme?",
        "who's SRO on QBV2 MSK triage at the moment? Ngozi's away I thnik",
        "With the commissioning director away on secondment, who is currently answerable for the new physio-first "
        "route for people with back and joint problems in Quillbrook?"), as_of="2018-04-16")
ask("own-05", OWNER, "holder-before-interim", [["Emberton"]],
    cite(MOU, "Ngozi Emberton", where="MoU Schedule 1 (Director of Commissioning, the QBV2 SRO post on the plan on a "
         "page); DR-006's interim cover only starts on 1 March 2018"), (
        "As of today, who is the SRO for the MSK Triage and Physiotherapy First scheme?",
        "who signs off QBV2 MSK triage this week? provider contract paperwrok",
        "Before anyone steps in to cover during the secondment, whose sign-off do I need this week on the "
        "Quillbrook musculoskeletal triage work?"), as_of="2018-02-20")
ask("own-06", OWNER, "board-card-lead", [["Lowenthal"]],
    cite(BOARD, "Lead: Hamid Lowenthal", where="delivery board page 2, CSL2 cards: 'Lead: Hamid Lowenthal'"), (
        "Who is the delivery lead for the Crisis Caf\u00e9 and Liaison Psychiatry scheme?",
        "who's delivery lead for CSL2 crisis cafe? want to volunter for the opening",
        "Who is organising the day-to-day work of setting up the evening drop-in for people in mental distress in "
        "Saltleigh?"))
ask("own-07", OWNER, "board-card-lead", [["Ngata"]],
    cite(BOARD, "Lead: Florian Ngata", where="delivery board page 1, QBV3 cards"), (
        "Who is the delivery lead for the Rapid Diagnostic Centre?",
        "RDC delivery lead? QBV3, need to talk about the vauge symptoms pathway",
        "Who is running the practical work of setting up the one-stop service for patients whose symptoms might "
        "be cancer but don't fit a specific pathway?"))
ask("own-08", OWNER, "independent-chair", [["Penhallow"]],
    cite(MOU, "independent chair, Sir Aldous Penhallow", where="MoU clause 4.1"), (
        "Who is the independent chair of the Partnership Board?",
        "who chairs the partnership brd? the independant one",
        "Who presides over the senior forum where all the partner organisations meet, and isn't employed by any "
        "of them?"))
ask("own-09", OWNER, "chair-by-post", [["Calloway"]],
    cite(MOU, "Dr Hamish Calloway", where="MoU clause 4.3: chaired by the Medical Director of HUH; Schedule 1 names "
         "the post-holder (the calendar's organiser too)"), (
        "Who chairs the Clinical Reference Group?",
        "who chairs the CRG? want our MD scores re-looked at, it's the medical director of HUH but who's that "
        "these dyas",
        "Which doctor leads the clinicians' forum that agreed how much each scheme helps the national "
        "priorities?"))
ask("own-10", OWNER, "prose-role", [["Ferrand-Okafor", "Ferrand Okafor"]],
    cite(MOU, "Programme Director, Tobias", where="MoU clause 6.2"), (
        "Who is the STP Programme Director?",
        "who's the prog director for the STP? need the progamme team org chart",
        "Who leads the central team employed by the host CCG on behalf of all the partners?"))
ask("own-11", OWNER, "risk-owner", [["Abernethy"]],
    cite(BOOK, "R06 |", sheet="Risks", where="workbook, Risks sheet, R06: Risk owner"), (
        "Who owns risk R06 on the Footprint risk register?",
        "owner of R06, the LIMS integraton risk?",
        "Whose name is against the worry that the new laboratory computer system won't talk to the hospitals' "
        "test-ordering systems?"))
ask("own-12", OWNER, "chair-by-post", [["Kettering"]],
    cite(MOU, "Marisol Kettering", where="MoU clause 4.3: FIG chaired by the Director of Finance of QCH; Schedule 1 "
         "names the post-holder"), (
        "Who chairs the Finance and Investment Group?",
        "who chairs FIG? need a TF request looked at befor the next one",
        "Who runs the group that recommends when money from the transformation pot is released to schemes?"))
ask("own-13", OWNER, "prose-role", [["Caddick"]],
    cite(LL, "Head of PMO, Nerys Caddick", where="lessons learnt log, opening paragraph"), (
        "Who is the Head of the PMO?",
        "who's head of PMO? the one who keeps the lessons lerned log",
        "Who heads up the programme office and keeps the record of what the schemes have learnt the hard way?"))
ask("own-14", OWNER, "wrapped-cell-owner", [["Moorcroft"]],
    cite(LL, "LL02", where="lessons learnt log, LL02 row: Action owner 'Keziah Moorcroft' (wrapped over two lines)"), (
        "Who owns the action from lesson LL02 in the lessons learnt log?",
        "LL02 action - who owns getting staff side onto the SYS2 bord?",
        "After the bank pay talks stalled, who was asked to get a staff representative onto the project's "
        "steering group?"))

# ==================================================================================================== milestone (13)
ask("ms-01", MILESTONE, "board-date", [on(9, 4, 2018, "09/04/18")],
    cite(BOARD, "Frailty assessment unit opens", where="delivery board page 1, HEX1 card (In progress): 'due 09/04/18' "
         "(plan on a page: 'Apr 2018')"), (
        "When is the frailty assessment unit on Ward 7 due to open?",
        "when does the HEX1 frailty unit on ward 7 opne?",
        "From what date will older, frailer patients at Hexmarden General have their own assessment area on one "
        "of the wards?"))
ask("ms-02", MILESTONE, "chevron-quarter",
    [quarter(2, "2018/19", "July to September 2018", "September 2018", "28/09/18", "28 September 2018")],
    cite(DECK, "Same-day emergency care for frail", where="plan on a page, Hexmarden slide, HEX1 third chevron "
         "'Q2 2018/19' (delivery board: due 28/09/18)"), (
        "When will same-day emergency care for frail patients run 7 days a week?",
        "SDEC for frail pts 7 days a week - when? HEX1 chevron slide is hard to raed",
        "From when will older patients who don't need a bed be seen and sent home the same day at weekends as well "
        "as weekdays in Hexmarden?"))
ask("ms-03", MILESTONE, "moved-by-decision", [on(2, 7, 2018, "2 July 2018", "July 2018", "Jul 2018")],
    cite(DR, "go-live moves from 1 April 2018", where="decision record DR-006 (supersedes DR-003): go-live moved to "
         "2 July 2018; the delivery board and plan on a page still say 1 April 2018"), (
        "When will the MSK triage service go live?",
        "MSK triage go live date? board says 1 apr but I heard it slipepd",
        "When can Quillbrook patients with bad backs and sore joints start being seen by a physio first instead "
        "of waiting for a specialist?"))
ask("ms-04", MILESTONE, "chevron-month", [["May 2018", "14/05/18", "14 May 2018"]],
    cite(DECK, "Service launch: 1-week", where="plan on a page, Hexmarden slide, HEX3 chevron 'May 2018' (delivery "
         "board: due 14/05/18)"), (
        "When will the Children and Young People's Eating Disorders Service launch?",
        "when does the CYP eating disorders service lanch? HEX3",
        "When will teenagers in Hexmarden with anorexia or bulimia be able to get help from the new community "
        "team?"))
ask("ms-05", MILESTONE, "fy-quarter", [quarter(4, "2018/19", "January to March 2019", "March 2019")],
    cite(DECK, "Rapid Diagnostic Centre building complete", where="plan on a page, Quillbrook Valley slide, QBV3 "
         "chevron 'Q4 2018/19' (delivery board: 'due Q4 18/19')"), (
        "When will the Rapid Diagnostic Centre building be complete?",
        "RDC bulding finished when? QBV3",
        "How long until the new building for quick cancer checks in Quillbrook is finished?"))
ask("ms-06", MILESTONE, "chevron-month", [["Jan 2019", "January 2019"]],
    cite(DECK, "Hub laboratory go-live", where="plan on a page, System-wide slide, SYS1 chevron 'Jan 2019'"), (
        "When will the hub laboratory at Hexmarden General go live?",
        "pathology hub lab go-live? SYS1, the lab mangers are asking",
        "From when will the footprint's blood and tissue tests be processed in one central lab?"))
ask("ms-07", MILESTONE, "overdue-by-column",
    [["clinical directors", "HEX2", "Primary Care Home Networks"],
     ["Estates works", "UTC site", "QBV1", "Urgent Treatment Centre"],
     ["bank pay rates", "SYS2", "Shared Staff Bank"]],
    cite(BOARD, "Hexmarden", "Common bank pay rates", where="delivery board pages 1-2: cards due before 1 Mar 2018 and "
         "not in the Done column (all three sit in Blocked: HEX2 28/02/18, QBV1 26/02/18, SYS2 20/02/18)"), (
        "Which milestones on the Delivery Board are overdue?",
        "what's overdue on the delivery brd? SLE want the lsit",
        "Which deadlines across the footprint have already passed with the work still not finished?"),
    as_of="2018-03-01")
ask("ms-08", MILESTONE, "this-month",
    [["co-located", "Integrated care teams", "CSL1"], ["Crisis caf\u00e9", "crisis cafe", "CSL2"],
     ["Health check template", "CSL3"]],
    cite(BOARD, "Corvell & Saltleigh", where="delivery board page 2, Corvell & Saltleigh lane: 19/03/18, 26/03/18, "
         "30/03/18"), (
        "What milestones are due in Corvell & Saltleigh this month?",
        "what's due in corvel & saltleigh this month? doing the place update tmrw",
        "Between now and the end of this month, what are the schemes in the Corvell and Saltleigh area supposed "
        "to have delivered?"), as_of="2018-03-05")
ask("ms-09", MILESTONE, "next-month", [["Frailty assessment unit", "Ward 7", "HEX1"]],
    cite(BOARD, "Frailty assessment unit opens", where="delivery board page 1: the only Hexmarden card due in April "
         "2018 is HEX1 'Frailty assessment unit opens on Ward 7' (09/04/18)"), (
        "What milestones are due in Hexmarden next month?",
        "anything due for hexmarden next month? pulling the foward look together",
        "Looking ahead to the month after this one, what should the Hexmarden schemes be delivering?"),
    as_of="2018-03-14")
ask("ms-10", MILESTONE, "next-meeting-moved", [on(17, 4, 2018, "17/04/2018")],
    cite(CAL, "Tue 17/04/2018 14:00", where="calendar print: the series runs on the second Tuesday of every 2 months "
         "from 13/02/2018; the 10 April occurrence is moved to Tue 17/04/2018"), (
        "When is the next Partnership Board meeting?",
        "when's the next partnership brd? need to get the HEX1 paper in on tiem",
        "When do the leaders of all the partner organisations next sit down together with the independent "
        "chair?"), as_of="2018-03-20")
ask("ms-11", MILESTONE, "chevron-month", [["Sep 2018", "September 2018"]],
    cite(DECK, "Shared bank live in all three", where="plan on a page, System-wide slide, SYS2 chevron 'Sep 2018' "
         "(delivery board: 'due Sep 2018')"), (
        "When will the shared staff bank be live in all three trusts?",
        "when is the shared staff bank live in all 3 trusts? SYS2, agnecy spend is huge",
        "When will a nurse signed up for extra shifts at one hospital in the footprint be able to pick up shifts "
        "at the other two?"))
ask("ms-12", MILESTONE, "board-date", [on(29, 3, 2018, "29/03/18")],
    cite(BOARD, "LIMS contract signed", where="delivery board page 2, SYS1 card (In progress): 'due 29/03/18'"), (
        "When is the LIMS contract for the Single Pathology Network due to be signed?",
        "LIMS contract sign date for SYS1 pathology? supplier keeps chasing, they're anxous",
        "By when should the deal for the new shared laboratory computer system be signed?"))
ask("ms-13", MILESTONE, "fy-quarter", [quarter(3, "2018/19", "October to December 2018", "December 2018")],
    cite(DECK, "Core 24 liaison psychiatry", where="plan on a page, Corvell & Saltleigh slide, CSL2 chevron "
         "'Q3 2018/19' (delivery board: 'due Q3 18/19')"), (
        "When will Core 24 liaison psychiatry be in place at Quillbrook General?",
        "core 24 liason psych at quillbrook general - when's it due?",
        "When will Quillbrook General have mental health specialists on hand in A&E and on the wards around the "
        "clock?"))

# ==================================================================================================== mustdo (8)
MDW = dict(sheet="Must-do contribution")
ask("md-01", MUSTDO, "mustdo-gap", [md(5), md(6), md(8)],
    cite(BOOK, "Hexmarden |", "9 | Improving", **MDW, where="workbook, Must-do contribution: HEX1-HEX3 all score 0 "
         "on must-dos 5, 6 and 8"), (
        "Which national must-dos are not supported by any Hexmarden scheme?",
        "which must dos have no HEX scheme against them? gap anaylsis for the place board",
        "Which of the nine national priorities does nothing planned in Hexmarden help with?"))
ask("md-02", MUSTDO, "mustdo-gap", [md(7), md(8), md(9)],
    cite(BOOK, "Hexmarden |", "9 | Improving", **MDW, where="workbook, Must-do contribution: QBV1-QBV3 all score 0 "
         "on must-dos 7, 8 and 9"), (
        "Which must-dos have no contribution from any Quillbrook Valley scheme?",
        "QBV must-do gaps? which of the 9 get a zero from evry scheme",
        "Which of the national priorities for the two years does the Quillbrook Valley programme leave "
        "untouched?"))
ask("md-03", MUSTDO, "mustdo-gap", [md(5), md(6)],
    cite(BOOK, "Hexmarden |", "9 | Improving", **MDW, where="workbook, Must-do contribution: CSL1-CSL3 all score 0 "
         "on must-dos 5 and 6"), (
        "Which national must-dos are not covered by any scheme in Corvell & Saltleigh?",
        "corvell & saltleigh - which MDs aren't covred at all?",
        "Which of the things every area was told to deliver does Corvell and Saltleigh have nothing planned "
        "for?"))
ask("md-04", MUSTDO, "mustdo-score-filter",
    [["HEX1", "Frailty at the Front Door"], ["QBV1", "Quillbrook Urgent Treatment Centre", "Urgent Treatment Centre"]],
    cite(BOOK, "No. | Must-do", "Key: 3 = major", **MDW, where="workbook, Must-do contribution, row 4 (Urgent & "
         "emergency care): 3 for HEX1 and QBV1; key 3 = major"), (
        "Which schemes make a major contribution to the urgent and emergency care must-do?",
        "which schemes score 3 (major) against MD4 UEC? exec summery needs them",
        "Which pieces of work are judged to do the most for A&E and urgent care?"))
ask("md-05", MUSTDO, "mustdo-by-scheme", [md(1), md(2), md(6), md(9)],
    cite(BOOK, "No. | Must-do", "9 | Improving", **MDW, where="workbook, Must-do contribution, SYS1 column: 2, 3, 2 "
         "and 1 on must-dos 1, 2, 6 and 9, 0 elsewhere"), (
        "Which must-dos does the Single Pathology Network contribute to?",
        "what must-dos does SYS1 pathology count towrds?",
        "Which of the national priorities is merging the laboratories expected to help with, even a little?"))
ask("md-06", MUSTDO, "mustdo-topic", [["QBV3", "Rapid Diagnostic Centre"], ["SYS1", "Single Pathology Network",
                                                                           "pathology"]],
    cite(BOOK, "No. | Must-do", "6 | Cancer", **MDW, where="workbook, Must-do contribution, row 6 Cancer: QBV3 3, "
         "SYS1 2"), (
        "Which schemes contribute to the cancer must-do?",
        "which schemes help with MD6 cancer? incl minor/moderate ones, for the canser alliance",
        "Which pieces of work will help the footprint find tumours earlier and treat them faster?"))
ask("md-07", MUSTDO, "mustdo-gap-places", [["Quillbrook Valley", "Quillbrook"]],
    cite(BOOK, "Hexmarden |", "7 | Mental health", **MDW, where="workbook, Must-do contribution, row 7: HEX3 and CSL2 "
         "score 3, QBV1-QBV3 0 (place bands on row 3)"), (
        "Which place has no scheme contributing to the mental health must-do?",
        "which place has nothing against MD7 mental helth?",
        "In which part of the footprint is none of the planned work aimed at psychological wellbeing?"))
ask("md-08", MUSTDO, "mustdo-cell-detail", [["minor", "1"]],
    cite(BOOK, "No. | Must-do", "Key: 3 = major", **MDW, where="workbook, Must-do contribution, CSL2 x Urgent & "
         "emergency care = 1; key 1 = minor contribution"), (
        "How much does the CSL2 Crisis Caf\u00e9 scheme contribute to the urgent and emergency care must-do?",
        "how much does CSL2 crisis cafe count towards MD4 UEC? is it a 3? seems hgih",
        "Is the Saltleigh evening drop-in for people in crisis expected to make a big difference to A&E "
        "pressures, or only a small one?"))

# ==================================================================================================== fact (15)
ask("f-01", FACT, "figure", [["847,300", "847300", "847 300"]],
    cite(MOU, "registered population of 847,300", where="MoU clause 1.1, definition of 'Footprint'"), (
        "What is the registered population of the Hexmarden & Quillbrook footprint?",
        "what's the H&Q registered pop? intro slide for the comms pakc",
        "How many people are on GP lists across the whole partnership area?"))
ask("f-02", FACT, "figure", [["£212m", "212m", "£212 million", "212 million"]],
    cite(MOU, "financial gap of £212m", where="MoU clause 7.1"), (
        "What financial gap does the footprint face by 2020/21 if nothing changes?",
        "do nothing gap by 20/21? in £m pls, for the board brifing",
        "How far short of money would the area be by the early 2020s if nobody changed anything?"))
ask("f-03", FACT, "figure", [["£9.4m", "9.4m", "£9.4 million", "9.4 million"]],
    cite(MOU, "allocation for 2018/19 is £9.4m", where="MoU clause 7.2 (Schedule 2 Total 9.4)"), (
        "What is the Transformation Fund allocation for 2018/19?",
        "how much TF have we got for 18/19? totl",
        "How big is next year's pot of money for paying for the changes, held by the host CCG?"))
ask("f-04", FACT, "threshold", [["£500,000", "£500k", "500,000", "£0.5m", "500k", "half a million"]],
    cite(MOU, "up to £500,000", where="MoU clause 7.3"), (
        "Up to what value can the SLE approve an investment from the Transformation Fund?",
        "what's the SLE's sign-off limit for TF investments? want to check befroe we submit",
        "How big can a funding request be before it has to go all the way up to the Partnership Board rather "
        "than the executive?"))
ask("f-05", FACT, "nhs-month-figure", [["60", "£60k", "£60,000", "60k", "£60 000"]],
    cite(BOOK, "Scheme | Name", "HEX1 |", sheet="Savings phasing", where="workbook, Savings phasing, HEX1 row, column "
         "M9 (Read me: M9 = December 2018), in £000"), (
        "How much is the HEX1 Frailty at the Front Door scheme planned to save in December 2018?",
        "HEX1 savings in dec 18? £k, for the FIG montly pack",
        "In the month of Christmas 2018, how much money should the frailty work at the hospital front door be "
        "freeing up?"))
ask("f-06", FACT, "table-total", [["2505", "2,505", "£2.5m", "£2.505m", "2.5 million", "£2,505k", "2.505m"]],
    cite(BOOK, "£000", "Total |", sheet="Savings phasing", where="workbook, Savings phasing, Total row, Total column "
         "(£000)"), (
        "What are the total cash-releasing savings planned for 2018/19?",
        "total cash-releasing savings for 18/19 across all schemes? £000s. FIG askd",
        "Adding up every scheme, how much money is the footprint planning to free up next financial year?"))
ask("f-07", FACT, "filter-computed",
    [["R01", "geriatrician"], ["R03", "asbestos"], ["R06", "LIMS"], ["R07", "bank pay rates"]],
    cite(BOOK, "Ref | Scheme", "R09 |", sheet="Risks", where="workbook, Risks: worded likelihood x consequence scored "
         "on the Scoring key sheet (R01 4x4, R03 5x3, R06 4x5, R07 3x5); MoU Schedule 4 (b): 15 or more goes to the "
         "Partnership Board"), (
        "Which risks on the Footprint risk register must be escalated to the Partnership Board?",
        "which risks go up to the PB? 15+ i think, need the list for the agneda",
        "Which of the threats in the register are serious enough that the top board has to see them?"))
ask("f-08", FACT, "comparison-computed", [["R06", "LIMS"]],
    cite(BOOK, "R06 |", sheet="Risks", where="workbook, Risks R06: Likely (4) x Catastrophic (5) = 20, the highest"), (
        "Which risk on the Footprint risk register has the highest score?",
        "top scoring risk on the register? likelihood x consequnce",
        "Of everything that could go wrong, which one is rated worst once how likely it is and how bad it would "
        "be are multiplied together?"))
ask("f-09", FACT, "term-date", [on(31, 3, 2019, "31 March 2019")],
    cite(MOU, "continues until 31 March 2019", where="MoU clause 2.1"), (
        "When does the Memorandum of Understanding expire?",
        "when does the MoU run out? partners asking about an extention",
        "Until when have the partner organisations committed on paper to working together?"))
ask("f-10", FACT, "defined-term", [["NHS Quillbrook and Corvell CCG", "Quillbrook and Corvell CCG"]],
    cite(MOU, "\u201cHost\u201d means", where="MoU clause 1.1, definition of 'Host'"), (
        "Which organisation hosts the STP programme team?",
        "who's the host org for the prog team? HR query about contrcats",
        "Which organisation actually employs the central programme staff and holds the transformation money for "
        "everyone?"))
ask("f-11", FACT, "prose-figure", [["312"]],
    cite(LL, "312 frail", where="lessons learnt log, second paragraph"), (
        "How many frail patients were seen in the winter frailty pilot at Hexmarden General?",
        "how many pts did the winter frailty pilot see? number for the HEX1 evalutaion",
        "Over the Christmas trial of the new approach for older patients at the city hospital, how many people "
        "did the team see?"))
ask("f-12", FACT, "decision-status", [["Rejected", "not approved", "was not agreed", "turned down"]],
    cite(DR, "## DR-004", "**Decision.** Rejected", where="decision record DR-004: Status Rejected"), (
        "Was the proposal to close Corvell Minor Injuries Unit overnight approved?",
        "did the overnight closure of corvell MIU get aproved?",
        "Is the small injuries unit in Corvell going to stop opening at night so its nurses can move to the new "
        "Quillbrook centre?"))
ask("f-13", FACT, "decision-detail", [["Saltleigh Library annexe", "Saltleigh Library", "library annexe"]],
    cite(DR, "run from the Saltleigh Library annexe", where="decision record DR-005 (the calendar's opening event "
         "too)"), (
        "Where will the crisis caf\u00e9 run from?",
        "where's the crisis cafe going to be? CSL2 venue, the flyer needs an adress",
        "Where should I tell someone in Saltleigh to go if they want the evening drop-in for people struggling with "
        "their mental health?"))
ask("f-14", FACT, "frequency", [["every four weeks", "every 4 weeks", "four-weekly", "4-weekly", "every 4 week"]],
    cite(MOU, "FIG meets every four weeks", where="MoU Schedule 3 (d) (calendar: 'every 4 week(s) on Wednesday')"), (
        "How often does the Finance and Investment Group meet?",
        "how ofen does FIG meet? monthly?",
        "Does the group that decides on releasing the transformation money get together every month, or on some "
        "other cycle?"))
ask("f-15", FACT, "threshold", [["£250,000", "£250k", "250,000", "£0.25m", "250k"]],
    cite(MOU, "variance of more than £250,000", where="MoU Schedule 4 (d)"), (
        "Above what forecast variance against a scheme's savings plan is the scheme escalated to FIG?",
        "how big a savings varaince before it gets escalated to FIG?",
        "How far can a scheme fall behind on its planned savings for the year before the finance group has to be "
        "told?"))

# ==================================================================================================== unanswerable (10)
ask("un-01", NONE, "near-miss", [],
    cite(MOU, "Workforce Enabling Group, whose chair", where="near miss: the Workforce Enabling Group's chair 'is to be "
         "confirmed by the SLE'"), (
        "Who chairs the Workforce Enabling Group?",
        "who chairs the workforce enablng group?",
        "Who leads the group that looks at staffing across all the partner organisations?"))
ask("un-02", NONE, "near-miss", [],
    cite(CAL, "Scheme clinical leads attend", where="near miss: no paper names any scheme's clinical lead"), (
        "Who is the clinical lead for the Rapid Diagnostic Centre?",
        "clinical lead for QBV3 RDC? need a consultant for the GP educaton event",
        "Which consultant is the senior clinician guiding the one-stop service for patients with worrying but "
        "vague symptoms?"))
ask("un-03", NONE, "near-miss", [],
    cite(DR, "## DR-007", where="near miss: DR-007 is only Proposed and gives no date for a second RDC site"), (
        "When will the second Rapid Diagnostic Centre site in Corvell open?",
        "when does the 2nd RDC site in corvell open? GPs keep askng",
        "When will Corvell patients be able to get their quick cancer checks closer to home rather than "
        "travelling to Quillbrook?"))
ask("un-04", NONE, "near-miss", [],
    cite(LL, "capital checklist", where="near miss: no paper gives a capital cost; 'capital' appears only in the "
         "lessons log's actions"), (
        "What is the capital cost of the Quillbrook Urgent Treatment Centre?",
        "capital cost of the QBV1 UTC build? estates want a figuer for the bid",
        "How much will the building work for the new urgent treatment centre in Quillbrook cost?"))
ask("un-05", NONE, "near-miss", [],
    cite(BOOK, "SYS2 |", sheet="Savings phasing", where="near miss: savings are phased for 2018/19 only; nothing for "
         "2019/20"), (
        "How much is the Shared Staff Bank scheme planned to save in 2019/20?",
        "SYS2 staff bank savings for 19/20? the 18/19 ones are on the sheet but I need next yeer",
        "Beyond next financial year, how much should pooling the trusts' temporary staff save in the year "
        "after?"))
ask("un-06", NONE, "off-topic", [], None, (
    "How do I apply for a staff car parking permit?",
    "how do i get a parking permit for the staff car park? keep getting tickts",
    "Where do I sort out being allowed to leave my car on site while I'm working?"))
ask("un-07", NONE, "off-topic", [], None, (
    "How many days of annual leave can I carry over into next year?",
    "how much AL can i cary over into next yr?",
    "I haven't used up all my days off this year. Can I keep some of them for next year?"))
ask("un-08", NONE, "off-topic", [], None, (
    "How do I view my payslip online?",
    "where do i see my payslip onlnie? is it on ESR?",
    "I didn't get my monthly pay statement on paper. Where can I look at it?"))
ask("un-09", NONE, "off-topic", [], None, (
    "When is my next mandatory fire safety training due?",
    "when's my fire safety trainng due? stat & mand",
    "How do I find out when I next need to do the compulsory course on what to do if the building is alight?"))
ask("un-10", NONE, "off-topic", [], None, (
    "How do I order toner for the office printer?",
    "how do i order tonner for the printer on the 3rd floor?",
    "The machine that prints our documents has run out of ink. How do I get more?"))


# ==================================================================================================== derived checks
def board_cards():
    """[(place lane, code, milestone, due as date or text, column)] read from the delivery board with pypdf, the
    column from the x position of each card's text against the x of the column headings."""
    from pypdf import PdfReader
    cards = []
    for page in PdfReader(str(PAPERS / BOARD)).pages:
        runs = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                base = font.get("/BaseFont", "") if font else ""
                runs.append((tm[4], text.strip(), str(base)))

        page.extract_text(visitor_text=visit)
        heads = {t: x for x, t, _ in runs if t in ("Not started", "In progress", "Blocked", "Done")}
        assert len(heads) == 4, heads
        bounds = sorted((x, t) for t, x in heads.items())
        lanes = ("Hexmarden", "Quillbrook Valley", "Corvell & Saltleigh", "System-wide")
        lane, card = None, None
        for x, t, base in runs:
            if t in lanes:
                lane = t
            elif "Bold" in base and re.match(r"[A-Z]{3}\d\s", t):
                card = {"lane": lane, "code": t[:4], "text": [], "x": x}
            elif card and "Bold" in base:
                pass  # a wrapped scheme title
            elif card and t.startswith("due "):
                due = t[4:]
                if re.fullmatch(r"\d\d/\d\d/\d\d", due):
                    due = datetime.strptime(due, "%d/%m/%y").date()
                card["due"] = due
            elif card and t.startswith("Lead: "):
                column = [name for bx, name in bounds if bx - 8 <= card["x"]][-1]
                cards.append((card["lane"], card["code"], " ".join(card["text"]), card["due"], column))
                card = None
            elif card:
                card["text"].append(t)
    return cards


def check_board():
    cards = board_cards()
    assert len(cards) == 26, len(cards)
    overdue = sorted(c for _, c, _, d, col in cards if isinstance(d, date) and d < date(2018, 3, 1) and col != "Done")
    assert overdue == ["HEX2", "QBV1", "SYS2"], overdue
    assert {col for _, c, _, d, col in cards if isinstance(d, date) and d < date(2018, 3, 1) and col != "Done"} == {
        "Blocked"}
    done_before = [c for _, c, _, d, col in cards if isinstance(d, date) and d < date(2018, 3, 1) and col == "Done"]
    assert len(done_before) == 4  # due earlier but Done: a reader that ignores the columns would list these too
    month = lambda lane, y, m: sorted((c, t) for ln, c, t, d, _ in cards  # noqa: E731
                                      if ln == lane and isinstance(d, date) and (d.year, d.month) == (y, m))
    assert [c for c, _ in month("Corvell & Saltleigh", 2018, 3)] == ["CSL1", "CSL2", "CSL3"]
    assert [t for _, t in month("Corvell & Saltleigh", 2018, 3)][0].startswith("Integrated care teams co-located")
    assert month("Hexmarden", 2018, 4) == [("HEX1", "Frailty assessment unit opens on Ward 7, Hexmarden General")]
    qbv2 = [d for _, c, t, d, _ in cards if c == "QBV2" and "goes live" in t]
    assert qbv2 == [date(2018, 4, 1)]  # superseded by DR-006
    dr = "\n".join(U[DR].values())
    assert "Supersedes:** DR-003" in dr and "Superseded by DR-006" in dr
    assert "moves from 1 April 2018 to 2 July 2018" in dr
    for d in (date(2018, 4, 9), date(2018, 3, 19), date(2018, 3, 26), date(2018, 7, 2)):
        assert d.weekday() == 0, d


def mustdo_grid():
    rows = {int(k.split("!")[1]): v.split(" | ") for k, v in U[BOOK].items() if k.startswith("Must-do contribution!")}
    codes = rows[4][2:]
    grid = {}
    for r in range(5, 14):
        n, _, *scores = rows[r]
        grid[int(n)] = dict(zip(codes, map(int, scores)))
    return rows[3], codes, grid


def check_mustdo():
    places, codes, grid = mustdo_grid()
    assert places == ["Hexmarden", "Quillbrook Valley", "Corvell & Saltleigh", "System-wide"]
    prefix = dict(zip(("HEX", "QBV", "CSL"), places))
    gaps = {p: [n for n in range(1, 10) if not any(grid[n][c] for c in codes if c.startswith(p))] for p in prefix}
    assert gaps == {"HEX": [5, 6, 8], "QBV": [7, 8, 9], "CSL": [5, 6]}, gaps
    assert [c for c in codes if grid[4][c] == 3] == ["HEX1", "QBV1"]
    assert [n for n in range(1, 10) if grid[n]["SYS1"]] == [1, 2, 6, 9]
    assert [c for c in codes if grid[6][c]] == ["QBV3", "SYS1"]
    assert [prefix[p] for p, g in gaps.items() if 7 in g] == ["Quillbrook Valley"]
    assert grid[4]["CSL2"] == 1 and "1 = minor contribution" in U[BOOK]["Must-do contribution!15"]


def check_money_and_risks():
    readme = U[BOOK]["Read me!9"]
    assert "M9 = December 2018" in readme
    rows = {v.split(" | ")[0]: v.split(" | ") for k, v in U[BOOK].items() if k.startswith("Savings phasing!")}
    header = rows["Scheme"]
    m9 = header.index("M9")
    assert rows["HEX1"][m9] == "60"
    schemes = [r for k, r in rows.items() if re.fullmatch(r"[A-Z]{3}\d", k)]
    assert all(sum(map(int, r[2:14])) == int(r[14]) for r in schemes)
    total = rows["Total"]  # no Name cell, so one column to the left
    assert int(total[-1]) == sum(int(r[14]) for r in schemes) == 2505
    assert all(int(total[1 + j]) == sum(int(r[2 + j]) for r in schemes) for j in range(12))
    # QBV2's savings start in M4, after the go-live moved to July (DR-006)
    assert rows["QBV2"][header.index("M3")] == "0" and rows["QBV2"][header.index("M4")] != "0"
    mou = norm("\n".join(U[MOU].values()))
    assert "a risk scoring 15 or more is escalated to the partnership board" in mou
    assert "workstream | £m" in mou and "| 9.4" in mou
    fund = [float(v.split(" | ")[1]) for k, v in U[MOU].items() if re.search(r"\([A-Z]{3}\d.*\) \| ", v)]
    assert round(sum(fund), 1) == 9.4, fund
    key = {}
    for k, v in U[BOOK].items():
        if k.startswith("Scoring key!") and re.match(r"\d \| ", v):
            score, lik, con = v.split(" | ")
            key[lik], key[con] = int(score), int(score)
    risks = {}
    for k, v in U[BOOK].items():
        cells = v.split(" | ")
        if k.startswith("Risks!") and re.fullmatch(r"R\d\d", cells[0]):
            risks[cells[0]] = key[cells[4]] * key[cells[5]]
    assert len(risks) == 9
    assert sorted(r for r, s in risks.items() if s >= 15) == ["R01", "R03", "R06", "R07"], risks
    assert max(risks, key=risks.get) == "R06" and sorted(risks.values())[-2] < risks["R06"]


def check_meetings():
    cal = "\n".join(U[CAL].values())
    pattern = re.search(r"the second Tuesday of every 2 month\(s\) effective (\S+) until (\S+)", cal)
    start, end = (datetime.strptime(s, "%d/%m/%Y").date() for s in pattern.groups())
    series, y, m = [], start.year, start.month
    while date(y, m, 1) <= end:
        first = date(y, m, 1)
        tuesday = first + timedelta(days=(1 - first.weekday()) % 7 + 7)
        series.append(tuesday)
        y, m = (y + (m + 1) // 12, (m + 1) % 12 + 1) if m >= 11 else (y, m + 2)
    assert series[0] == start and series[-1] == end, series
    moved = re.search(r"\(occurrence moved\)\n(?:.*\n)*?Start:\s+Tue (\S+) 14:00\n(?:.*\n)*?"
                      r"This occurrence replaces Tuesday (\d+ \w+ \d{4})", cal)
    new = datetime.strptime(moved.group(1), "%d/%m/%Y").date()
    old = datetime.strptime(moved.group(2), "%d %B %Y").date()
    assert old in series and old == date(2018, 4, 10)
    series = sorted(new if d == old else d for d in series)
    assert min(d for d in series if d > date(2018, 3, 20)) == date(2018, 4, 17)
    fig = re.search(r"every 4 week\(s\) on Wednesday effective (\S+) until (\S+)", cal)
    a, b = (datetime.strptime(s, "%d/%m/%Y").date() for s in fig.groups())
    assert a == date(2018, 1, 17) and (b - a).days % 28 == 0 and b.weekday() == 2
    crg = re.search(r"the first Thursday of every 1 month\(s\) effective (\S+)", cal)
    assert datetime.strptime(crg.group(1), "%d/%m/%Y").date() == date(2018, 3, 1) and date(2018, 3, 1).weekday() == 3


def check_people():
    dr = norm("\n".join(U[DR].values()))
    period = re.search(r"on secondment to nhs england from (\d+ \w+ \d{4}) to (\d+ \w+ \d{4}); lorcan whitby", dr)
    a, b = (datetime.strptime(s, "%d %B %Y").date() for s in period.groups())
    assert a <= date(2018, 4, 16) <= b and date(2018, 2, 20) < a
    deck = norm("\n".join(U[DECK].values()))
    mou = [norm(v) for v in U[MOU].values()]
    for post, name in [("chief operating officer, huh", "declan ostrowski"),
                       ("director of adult social care, quillshire county council", "beatrix hallam-jones"),
                       ("director of commissioning, nhs quillbrook and corvell ccg", "ngozi emberton")]:
        assert "sro: " + post in deck
        assert any(v.endswith(name) and post.split(",")[0] in v for v in mou), name
    assert all("ostrowski" not in norm(v) for v in U[DECK].values())  # SROs only by post on the slides
    assert "chaired by the medical director of huh" in "\n".join(mou)
    assert any(v == " | medical director | dr hamish calloway" or v.endswith("| medical director | dr hamish calloway")
               for v in mou)


def check_absences():
    for word in (r"parking", r"annual leave", r"carry over", r"payslip", r"\besr\b", r"\bfire\b", r"toner",
                 r"printer", r"2019/20", r"19/20"):
        assert not re.search(word, EVERYTHING), word
    assert [t for u in U.values() for t in u.values() if "workforce enabling group" in norm(t)] == [
        U[MOU][23]] and "chair is to be confirmed" in norm(U[MOU][23])
    clinical = [norm(t) for u in U.values() for t in u.values() if "clinical lead" in norm(t)]
    assert clinical == ["lunch provided. scheme clinical leads attend when their scheme is on the agenda."], clinical
    assert not re.search(r"capital[^.\n|]*£|£[^.\n|]*capital", EVERYTHING)
    dr_text = "\n".join(U[DR].values())
    dr7 = norm(dr_text[dr_text.index("## DR-007"):dr_text.index("## DR-006")])
    assert "status:** proposed" in dr7 and "not yet made" in dr7 
    assert re.findall(r"20\d\d", dr7) == ["2018"]  # only the record's own date; no opening date
    assert not re.search(r"january|february|march|april|may|june|july|august|september|october|november|december"
                         r"|\bq[1-4]\b", dr7)


def check_items():
    assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    facts = {}
    for i in ITEMS:
        facts.setdefault(i["fact"], []).append(i["phrasing"])
    assert len(facts) == 60 and all(v == list(PHRASINGS) for v in facts.values())
    for i in ITEMS:
        assert (i["answer_any"] == []) == i["expect_no_answer"]
        if i["as_of"]:
            datetime.strptime(i["as_of"], "%Y-%m-%d")


def main():
    check_board()
    check_mustdo()
    check_money_and_risks()
    check_meetings()
    check_people()
    check_absences()
    check_items()
    with open(HERE / "questions.jsonl", "w") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    kinds = {}
    for item in ITEMS:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    print(f"wrote {len(ITEMS)} questions, {len(ITEMS) // 3} facts; by kind {kinds}")


if __name__ == "__main__":
    main()
