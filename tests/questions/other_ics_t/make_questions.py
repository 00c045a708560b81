"""Write questions.jsonl for the Pellingford & Drovesmoor STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units (bank_tools: PDF pages, docx blocks, pptx slides, xlsx rows on a sheet,
CSV lines) and the first alternative of each gold group must be in that window's text. Answers that take a step of
reasoning are worked out again here from the files themselves: overdue and this-month tasks from the Project export's
Finish and % Complete, the next board meeting and the decision meeting from the planner grid's month columns, must-do
gaps and filters from the P / S positions in the workbook (including the rows the saved AutoFilter hides), red and
deteriorating schemes through the Key sheet, the funding total, the best stroke option from the weights, the pairing
of dates and events by order on the two-column slide, and the SRO on a date. Unanswerable facts are checked for
absence over every paper. A failed check stops the script before it writes anything.

usage: /work/main/.venv/bin/python make_questions.py
"""

import csv
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
HOUSE = "01_PD_STP_Plan_on_a_Page_v2.1_Nov2017.pdf"
DASH = "02_PD_STP_Assurance_Dashboard_M11_Feb2018.xlsx"
PLAN = "03_PD_STP_Board_Forward_Planner_2018-19.docx"
BID = "04_CAT-02_Lung_Health_Check_Bid_Summary_Mar2018.pdf"
HR = "05_PD_STP_Highlight_Report_March_2018_v1.1.docx"
DECK = "06_PD_STP_Clinical_Leads_Network_18Apr2018.pptx"
CSV = "07_PD_STP_Delivery_Schedule_MSP_export_20Apr2018.csv"
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
        assert len(set(group)) == len(group), f"{fid}: duplicate alternatives {group}"
    assert len(questions) == 3
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"t-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"t-{fid}", "phrasing": phrasing, "shape": shape})


def alts(*forms):
    return list(dict.fromkeys(forms))


def quarter(q, fy, months, last_month, *extra):
    """Gold alternatives for an NHS financial-year quarter, e.g. quarter(3, '2018/19', 'October to December 2018',
    'December 2018')."""
    y1, y2 = fy.split("/")
    short = f"{y1[2:]}/{y2}"
    first, rest = months.split(" to ")
    abbr = f"{first[:3]}-{rest[:3]} {rest.split()[-1]}"
    return alts(f"Q{q} {fy}", f"Q{q} {short}", f"Quarter {q} {fy}", f"Qtr {q} {fy}", months, abbr, last_month,
                last_month[:3] + " " + last_month.split()[-1], *extra)


def mdg(n):
    """A must-do as the workbook prints it (MDn, its heading on the Must-do map), then bank_tools' renderings."""
    return alts(f"MD{n}", *md(n))


# ==================================================================================================== owner (14)
ask("own-01", OWNER, "role-holder", [["Dacosta-Reid", "Dacosta Reid"]],
    cite(HOUSE, "SRO: Wilhelmina Dacosta-Reid", where="plan on a page (house), Pellingford pillar, PEL-01 box"), (
        "Who is the SRO for the PEL-01 Home First (Discharge to Assess) scheme?",
        "who's SRO for home first / D2A in pellingford? PEL-01, need to send them the ward lsit",
        "Which senior manager at the city hospital is ultimately accountable for getting medically fit patients "
        "home to be assessed there rather than on a ward?"))
ask("own-02", OWNER, "clinical-lead", [["Pemberthy"]],
    cite(HOUSE, "Clinical lead: Dr Silas Pemberthy", where="plan on a page (house), Drovesmoor pillar, DRV-03 box"), (
        "Who is the clinical lead for the Moorland Dementia Navigators scheme?",
        "clinical lead for DRV-03 dementia navigators? want to invite them to our memory clinc meeting",
        "Which doctor gives the medical steer to the work giving families on the moor a named helper after a "
        "memory-loss diagnosis?"))
ask("own-03", OWNER, "replaced-owner", [["Holroyd-Achebe", "Holroyd Achebe"]],
    cite(HR, "SRO: Dr Caspian Holroyd-Achebe", "Dr Ingrid Marchbanks stepped down", where="highlight report, CAT-02 "
         "status strip and Decisions quadrant: Holroyd-Achebe SRO from 1 April 2018 (the plan on a page, dashboard "
         "and bid still name Marchbanks)"), (
        "Who is the SRO for the CAT-02 Lung Health Checks scheme?",
        "who's the SRO on lung health checks (CAT-02) now Dr Marchbanks has retired? need to update the contacts "
        "sheeet",
        "After a retirement this spring, who took over top accountability for offering smokers and ex-smokers on "
        "the coast a check of their chests?"))
ask("own-04", OWNER, "holder-before-change", [["Marchbanks"]],
    cite(DASH, "CAT-02 |", sheet="Dashboard", where="assurance dashboard (Feb 2018), CAT-02 SRO column; the highlight "
         "report says she stepped down on 31 March 2018 and her successor starts on 1 April 2018"), (
        "Who is the current SRO for the Lung Health Checks scheme?",
        "who's SRO for CAT-02 LHC at the mo? need sign-off on the bid paperwrok this week",
        "Whose signature do I need this week as the person ultimately answerable for the coastal chest screening "
        "programme?"), as_of="2018-03-20")
ask("own-05", OWNER, "independent-chair", [["Greatorex"]],
    cite(PLAN, "chaired by its independent chair", where="forward planner, opening paragraphs (also the beam of the "
         "plan on a page)"), (
        "Who chairs the Partnership Board?",
        "who's chair of the P'ship Board these days? need to adress a letter to them",
        "Who runs the meetings of the top forum where leaders from every partner organisation sit together, "
        "without working for any of them?"))
ask("own-06", OWNER, "chair-of-group", [["Ollerenshaw"]],
    cite(PLAN, "System Delivery Group meets monthly", where="forward planner, opening paragraphs"), (
        "Who chairs the System Delivery Group?",
        "who chairs the SDG? want to chnage our deep dive month",
        "Who runs the monthly Wednesday afternoon meeting that checks on delivery and reports up to the senior "
        "partners?"))
ask("own-07", OWNER, "task-resource", [["Ashdown-Reyes", "Ashdown Reyes"]],
    cite(CSV, "Mobile CT unit on site at Cattermouth", where="Project export, task 3.2.1: Resource Names"), (
        "Who is responsible for the task of getting the mobile CT unit on site at Cattermouth Retail Park?",
        "who's got the mobile CT on site task for LHC? retail park manager wants a contcat",
        "Whose name is against getting the scanner lorry parked and working at the shopping park on the coast?"))
ask("own-08", OWNER, "dashboard-column", [["Garside"]],
    cite(DASH, "STP-02 |", sheet="Dashboard", where="assurance dashboard, STP-02 row, Clinical lead column (also the "
         "plan on a page)"), (
        "Who is the clinical lead for the Elective Orthopaedic Hub?",
        "clinical lead for the ortho hub (STP-02)? need a surgeon for the theatre desgin review",
        "Which surgeon gives the clinical steer to the plan to do planned hip and knee operations in one "
        "dedicated place?"))
ask("own-09", OWNER, "prose-role", [["Tremayne"]],
    cite(BID, "The bid is led by", where="bid summary page 1, 'Who is leading it'"), (
        "Who leads the Lung Health Check bid to the Cancer Alliance?",
        "who led the LHC bid to the cancer aliance?",
        "Which chest physician put their name at the head of the request for money to screen the coast's "
        "smokers?"))
ask("own-10", OWNER, "planner-lead", [["Kettleby"]],
    cite(PLAN, "Winter plan 2018/19 |", where="forward planner, Partnership Board grid, Lead column ('A Kettleby')"), (
        "Who leads the Winter plan 2018/19 item at the Partnership Board?",
        "who's presenting the winter plan 18/19 at the board? need to get the bed numbers to them befor sept",
        "Who will take the senior partners through how the area intends to cope with the cold-weather surge in "
        "demand this year?"))
ask("own-11", OWNER, "enabler-lead", [["Brassey"]],
    cite(HOUSE, "Ottoline Brassey", where="plan on a page (house), foundations: enabler names on one line, their "
         "leads on the next, in the same order (Workforce second)"), (
        "Who leads the workforce enabler for the STP?",
        "who's the workforce enabler lead for the STP? recruitment fair questoin",
        "Who is responsible across the partnership for making sure there are enough staff with the right skills "
        "to deliver the plan?"))
ask("own-12", OWNER, "risk-owner", [["Stallybrass"]],
    cite(HR, "only 9 of 16 registered nurse", where="highlight report, DRV-01 'Risks and issues' quadrant"), (
        "Who owns the risk about registered nurse recruitment for the Drovesmoor Community Hospital Hub?",
        "who owns the RN recruitment risk on DRV-01? the step-up beds one, from the highlight reprot",
        "Whose name is against the worry that there won't be enough qualified nurses to staff the new beds at "
        "the moorland community hospital?"))
ask("own-13", OWNER, "prose-role", [["Threlfall"]],
    cite(DASH, "Prepared by", sheet="Cover", where="assurance dashboard, Cover sheet"), (
        "Who is the Head of PMO for the STP?",
        "who's head of the PMO? the dashbaord person",
        "Who runs the programme office that puts together the monthly red-amber-green report on every scheme?"))
ask("own-14", OWNER, "slide-ask", [["Quigg-Ellery", "Quigg Ellery"]],
    cite(DECK, "Nominate a GP to the stroke", where="clinical leads network deck, slide 4 'Asks of clinical leads'"), (
        "Who should nominations for a GP on the stroke clinical reference group be sent to?",
        "where do i send our GP nomination for the stroke CRG? who's collecting names, deadine is may i think",
        "Our practice wants to put a family doctor forward to help shape the future of brain-attack services. "
        "Whose inbox does the name go to?"))

# ==================================================================================================== milestone (13)
ask("ms-01", MILESTONE, "moved-date", [alts(*on(2, 7, 2018, "w/c 2 July 2018"), "Mon 02/07/18", "02/07/18",
                                            "w/c 2 July", "2 July")],
    cite(HR, "move the opening of the 12 step-up beds", where="highlight report, DRV-01 Decisions quadrant: moved from "
         "w/c 4 June to w/c 2 July 2018 by the SLE on 3 April (dashboard of Feb 2018 still says w/c 04/06/18; Project "
         "export: Finish Mon 02/07/18, Baseline Finish Mon 04/06/18)"), (
        "When will the 12 step-up beds at Drovesmoor Community Hospital open?",
        "when do the DRV-01 step-up beds open? heard it's slipped from june, need the new date for the rota planing",
        "From which week will GPs on the moor be able to send patients who need a few days' nursing to the local "
        "community hospital instead of the district general?"))
ask("ms-02", MILESTONE, "two-column-date",
    [alts("end of June 2018", "June 2018", "Jun 2018", "29/06/18", "29 June 2018", "30 June 2018", "30/06/2018",
          "29/06/2018")],
    cite(DECK, "Key dates 2018/19", where="clinical leads deck, slide 3: the dates in the left placeholder, the events "
         "in the right, paired by order (2nd: 'end of June 2018' / Home First pathway 1); Project export Fri 29/06/18"), (
        "When will Home First pathway 1 be live on all medical wards?",
        "when's D2A pathway 1 going live on all the medical wards at PRI? ward managers keep askign",
        "By when should every medical ward at the city hospital be sending suitable patients home with support to "
        "be assessed there?"))
ask("ms-03", MILESTONE, "two-column-date", [alts(*on(10, 9, 2018, "w/c 10 September"), "Mon 10/09/18",
                                                 "week commencing 10 September 2018", "10 September")],
    cite(DECK, "Key dates 2018/19", where="clinical leads deck, slide 3: 4th date 'w/c 10 September' pairs with the 4th "
         "event (first Lung Health Check invitations); bid summary: 'week commencing 10 September 2018'"), (
        "When will the first Lung Health Check invitations be posted?",
        "when do the first LHC invites go out? practices want to warn recepton",
        "From which week can people on the coast who used to smoke expect a letter asking them to come for a "
        "breathing test and scan?"))
ask("ms-04", MILESTONE, "project-finish", [alts(*on(15, 10, 2018, "Mon 15/10/18", "15/10/18"), "Mon 15 October")],
    cite(CSV, "Phase 1 go-live", where="Project export, task 4.1.2, Finish"), (
        "When is phase 1 of the Shared Care Record due to go live?",
        "shared care record ph1 go-live date? GP + acute records, need it for the IG tranining plan",
        "From what date will a hospital doctor be able to see a patient's GP notes on screen through the new "
        "joined-up system?"))
ask("ms-05", MILESTONE, "project-finish", [alts(*on(7, 1, 2019, "Mon 07/01/19", "07/01/19"))],
    cite(CSV, "First elective list", where="Project export, task 4.2.2, Finish (dashboard: 'Jan 2019')"), (
        "On what date will the first elective list run at the Elective Orthopaedic Hub?",
        "ortho hub first elective list - what date exactly? theatre staff rota needs it, pls be presice",
        "On what day will the first patients have planned joint operations in the new dedicated theatres?"))
ask("ms-06", MILESTONE, "fy-quarter",
    [quarter(3, "2018/19", "October to December 2018", "December 2018", "03/12/18", "3 December 2018")],
    cite(DASH, "CAT-01 |", sheet="Dashboard", where="assurance dashboard, CAT-01 Due 'Q3 2018/19' (deck slide 3 too; "
         "Project export Mon 03/12/18)"), (
        "When is the Cattermouth Urgent Treatment Centre due to be designated?",
        "when does cattermouth get UTC designation? CAT-01, for the comms calender",
        "When will the walk-in front door at the coastal hospital be officially recognised under the new national "
        "standard for urgent but not life-threatening care?"))
ask("ms-07", MILESTONE, "overdue",
    [["Riverside Hub lease", "PEL-02", "Extended Access"], ["Dermatoscopes delivered", "DRV-02", "Dermatology"]],
    cite(CSV, "Riverside Hub lease signed", "Dermatoscopes delivered", where="Project export: the only tasks whose "
         "Finish is before 23/04/18 and whose % Complete is below 100% (1.2.1 Fri 13/04/18 0%, 2.2.1 Mon 16/04/18 50%); "
         "three earlier tasks are 100%"), (
        "Which milestones in the delivery schedule are overdue?",
        "what's overdue on the delivery schedule? SDG wants a list for thier next meeting",
        "Which tasks should have been finished by now but haven't been?"), as_of="2018-04-23")
ask("ms-08", MILESTONE, "this-month",
    [["Ward refurbishment", "DRV-01", "refurbishment"], ["Tele-triage live", "DRV-02", "tele-triage"]],
    cite(CSV, "Ward refurbishment complete", "Tele-triage live in all", where="Project export, Drovesmoor: Finish in "
         "May 2018 (2.1.1 Fri 25/05/18, 2.2.2 Thu 31/05/18)"), (
        "What is due in Drovesmoor this month?",
        "anything due for drovesmoor this month? doing the place updte tmrw",
        "Between now and the end of this month, what should the schemes on the moor have finished?"),
    as_of="2018-05-02")
ask("ms-09", MILESTONE, "next-meeting", [alts(*on(28, 6, 2018, "28/06"), "Thu 28 June", "28 June")],
    cite(PLAN, "Item | Lead", "Meeting date", where="forward planner, Partnership Board grid: meeting-date row under the "
         "month columns (Apr 26/04, Jun 28/06, ...); no May meeting"), (
        "When is the next Partnership Board meeting?",
        "when's the next P'ship board? need to get the stroke paper in on tiem",
        "When do the leaders of all the partner organisations next meet around the same table?"),
    as_of="2018-05-10")
ask("ms-10", MILESTONE, "planner-decision", [alts(*on(29, 11, 2018, "29/11"), "29 November", "November 2018", "Nov 2018")],
    cite(PLAN, "Meeting date", "consultation outcome and decision", where="forward planner, Partnership Board grid: 'D' "
         "in the Nov column of 'Stroke reconfiguration: consultation outcome and decision'; Nov meeting 29/11 (Project "
         "export: Thu 29/11/18)"), (
        "At which Partnership Board meeting will the stroke reconfiguration decision be taken?",
        "when does the board decide on stroke reconfig? after the consultaion, which meeting",
        "When will the senior partners make their final call on where the specialist brain-attack unit goes, once "
        "the public have had their say?"))
ask("ms-11", MILESTONE, "prose-deadline", [alts(*on(30, 4, 2018, "30/04/18"), "30 April")],
    cite(BID, "radiographer recruitment plan", where="bid summary page 2, condition 1"), (
        "By when must the radiographer recruitment plan be sent to the Cancer Alliance?",
        "deadline for the radiographer recruitment plan to the alliance? it's a condition of the LHC bid aproval",
        "The funders attached strings to the coastal chest screening money. By what date do they expect to see how "
        "we'll hire the scanning staff?"))
ask("ms-12", MILESTONE, "month-text",
    [alts("Sept 2018", "September 2018", "Sep 2018", "end of September 2018", "28/09/18", "28 September 2018")],
    cite(DASH, "DRV-03 |", sheet="Dashboard", where="assurance dashboard, DRV-03 Due 'Sept 2018' (highlight: 'end of "
         "September 2018'; Project export Fri 28/09/18)"), (
        "When will the six dementia navigators be in post?",
        "when will all 6 dementia navigators be in post? DRV-03, memory clinic want to knwo",
        "By when should families on the moor living with memory loss have their full team of named helpers?"))
ask("ms-13", MILESTONE, "quadrant-planned", [alts(*on(14, 5, 2018, "w/c 14 May"), "14 May")],
    cite(HR, "Interviews for the perinatal team", where="highlight report, PEL-03 'Planned next period' quadrant"), (
        "When are the interviews for the perinatal mental health team?",
        "when are the perinatal MH team interviews? need to book a panal room",
        "In which week will candidates for the new team supporting mothers with mental illness around childbirth "
        "be interviewed?"))

# ==================================================================================================== mustdo (8)
MDW = dict(sheet="Must-do map")
ask("md-01", MUSTDO, "mustdo-gap", [mdg(5), mdg(6), mdg(8)],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map: PEL-01..PEL-03 have no P or S under "
         "MD5, MD6, MD8 (their rows are hidden by the saved filter; names of MDn on the Key sheet)"), (
        "Which national must-dos are not supported by any Pellingford scheme?",
        "which MDs have no pellingford scheme against them? gap analysys for the place board",
        "Which of the nine national priorities for the two years does nothing planned in the city help with?"))
ask("md-02", MUSTDO, "mustdo-gap", [mdg(6), mdg(8)],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map: DRV-01..DRV-03 blank under MD6 and MD8 "
         "(rows hidden by the saved filter)"), (
        "Which must-dos have no contribution from any Drovesmoor scheme?",
        "drovesmoor must-do gaps? which of the 9 have nothing from DRV schemes, primary or secondery",
        "Which of the national priorities does the moorland area's programme leave untouched?"))
ask("md-03", MUSTDO, "mustdo-gap", [mdg(5), mdg(7)],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map: CAT-01..CAT-03 blank under MD5 and MD7 "
         "(the rows the saved filter shows)"), (
        "Which national must-dos are not covered by any Cattermouth Bay scheme?",
        "cattermouth bay - which MDs aren't coverd by any CAT scheme?",
        "Which of the things every area was told to deliver has the coastal area planned nothing for?"))
ask("md-04", MUSTDO, "mustdo-primary-filter",
    [["PEL-01", "Home First"], ["DRV-01", "Drovesmoor Community Hospital"],
     ["CAT-01", "Cattermouth Urgent Treatment Centre", "Urgent Treatment Centre"]],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map, MD4 column: P for PEL-01, DRV-01, "
         "CAT-01; S for PEL-02 and STP-03"), (
        "Which schemes make a primary contribution to the urgent and emergency care must-do?",
        "which schemes are P (primary) against MD4 UEC? exec sumary needs them",
        "Which pieces of work are mainly aimed at easing pressure on A&E and urgent care?"))
ask("md-05", MUSTDO, "mustdo-by-scheme", [mdg(1), mdg(2), mdg(9)],
    cite(DASH, "P = primary", "STP-01 |", **MDW, where="workbook, Must-do map, STP-01 row: P under MD1, S under MD2 "
         "and MD9"), (
        "Which must-dos does the Shared Care Record scheme contribute to?",
        "what must-dos does STP-01 shared care record count towrds?",
        "Which of the national priorities is joining up patients' records across organisations expected to help "
        "with, even a little?"))
ask("md-06", MUSTDO, "mustdo-topic", [["DRV-02", "Dermatology Tele-triage", "Dermatology"],
                                      ["STP-02", "Elective Orthopaedic Hub", "orthopaedic"]],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map, MD5 column: P for DRV-02 and STP-02 "
         "(Key: MD5 = Referral to treatment times and elective care)"), (
        "Which schemes contribute to the referral to treatment and elective care must-do?",
        "which schemes help MD5 RTT / elective? primary or secondary, for the planned care boad",
        "Which pieces of work should help cut waiting times for planned hospital treatment?"))
ask("md-07", MUSTDO, "mustdo-cell-detail", [["secondary", "S"]],
    cite(DASH, "P = primary", "CAT-02 |", **MDW, where="workbook, Must-do map, CAT-02 x MD9 = S; row 2: S = secondary "
         "contribution"), (
        "What contribution does the Lung Health Checks scheme make to the improving quality must-do?",
        "is CAT-02 LHC primary or secondary against MD9 quality? filling in the assurance templat",
        "Is screening smokers' chests on the coast counted as one of the main ways the area improves the quality of "
        "its organisations, or as a lesser one?"))
ask("md-08", MUSTDO, "mustdo-gap-places", [["Cattermouth Bay", "Cattermouth"]],
    cite(DASH, "P = primary", "STP-03 |", **MDW, where="workbook, Must-do map, MD7 column: P for PEL-03 and DRV-03, "
         "nothing from CAT-01..CAT-03"), (
        "Which place has no scheme contributing to the mental health must-do?",
        "which place has nothing against MD7 mental helth?",
        "In which part of the footprint is none of the planned work aimed at people's psychological wellbeing?"))

# ==================================================================================================== fact (15)
ask("f-01", FACT, "figure", [["612,400", "612400", "612 400"]],
    cite(HOUSE, "612,400", where="plan on a page, roof: '612,400 / people registered with 74 GP practices'"), (
        "What is the registered population of the Pellingford & Drovesmoor STP?",
        "what's the P&D STP registered pop? for the intro slide of the comms pak",
        "How many people are on GP lists across the whole partnership area?"))
ask("f-02", FACT, "place-figure", [["141,900", "141900", "141 900"]],
    cite(HOUSE, "Population 141,900", where="plan on a page, head of the Drovesmoor pillar"), (
        "What is the population of Drovesmoor?",
        "drovesmoor pop? the number on the plan on a page, for a bid to the cuncil",
        "How many people live in the moorland part of the partnership, according to the one-page summary?"))
ask("f-03", FACT, "figure", [["£187m", "187m", "£187 million", "187 million"]],
    cite(HOUSE, "£187m", where="plan on a page, roof: '£187m / financial gap by 2020/21 if we do nothing' (figure and "
         "caption on separate lines)"), (
        "What financial gap does the STP face by 2020/21 if nothing is done?",
        "do-nothing gap by 20/21? in £m, for the board brefing",
        "How much money would the local health and care system be short of by the early 2020s if it carried on as "
        "it is?"))
ask("f-04", FACT, "prose-figure", [["£2.36m", "2.36m", "£2.36 million", "2.36 million", "£2,360,000"]],
    cite(BID, "over two years", where="bid summary page 1, 'What we are asking for'"), (
        "How much funding does the Lung Health Check bid ask the Cancer Alliance for in total?",
        "how much is the LHC bid asking the alliance for altogther?",
        "What is the full sum requested to run chest screening for coastal smokers over its two years?"))
ask("f-05", FACT, "prose-figure", [["£1.41m", "1.41m", "£1.41 million", "1.41 million", "1,410", "1410", "£1,410k"]],
    cite(BID, "over two years", where="bid summary page 1: '£1.41m in 2018/19 and £0.95m in 2019/20' (workbook Funding: "
         "CAT-02 revenue 1410 in £000)"), (
        "How much of the Lung Health Check bid is for 2018/19?",
        "LHC bid - how much for 18/19 specifcally?",
        "Of the money asked for to screen coastal smokers' chests, how much is wanted in the first financial year?"))
ask("f-06", FACT, "prose-figure", [["14,200", "14200", "14 200"]],
    cite(BID, "We will invite 14,200", where="bid summary page 1, 'Who we will see'"), (
        "How many people will be invited to a Lung Health Check?",
        "how many ppl will be invited to a LHC? need it for the practice newsleter",
        "How many current and former smokers in their late fifties to seventies on the coast will get a letter?"))
ask("f-07", FACT, "prose-figure", [["118"]],
    cite(BID, "118 lung cancers", where="bid summary page 1, 'Who we will see'"), (
        "How many lung cancers is the Lung Health Check programme expected to find?",
        "how many lung cancers do we expect the LHC to pick up over the 2 yrs? for the cancer bord",
        "Over the two years, how many tumours in the chest is the coastal screening programme likely to uncover?"))
ask("f-08", FACT, "panel-outcome", [["Approved with conditions", "approved, with conditions", "conditional approval",
                                     "approved subject to conditions", "approved the bid in full, subject to"]],
    cite(BID, "Outcome: Approved with conditions", where="bid summary page 2, panel assessment (weighted score 3.70, "
         "threshold 3.50)"), (
        "What was the Cancer Alliance panel's decision on the Lung Health Check bid?",
        "did the LHC bid get through the alliance panel? any strings atached?",
        "What did the funders decide when they met in early March about paying for the coastal chest screening?"))
ask("f-09", FACT, "table-total", [["7675", "7,675", "£7.675m", "£7.7m", "£7,675k", "7.675m", "7.68m", "7.7m"]],
    cite(DASH, "£000", "Total |", sheet="Funding", where="workbook, Funding sheet, Total row, Total column (£000 said "
         "only in A2)"), (
        "What is the total transformation funding for 2018/19 across all schemes?",
        "total TF for 18/19 across all schemes? in £000s, finance group askd",
        "Adding up every scheme's revenue and capital, how much change money does the partnership plan to spend "
        "next financial year?"))
ask("f-10", FACT, "weighted-computed", [["Option B", "HASU at Pellingford Royal Infirmary",
                                         "Pellingford Royal Infirmary"]],
    cite(DECK, "Stroke reconfiguration: options appraisal", where="clinical leads deck, slide 2: scores 0-10 and "
         "weights, no totals; weighted A 5.20, B 7.55, C 6.80"), (
        "Which stroke reconfiguration option has the highest weighted score in the options appraisal?",
        "which stroke option scores best once u apply the weightings? the slide has no totls",
        "Once each criterion is given its agreed importance, which of the proposals for where emergency "
        "brain-attack care should be concentrated comes out on top?"))
ask("f-11", FACT, "rag-filter", [["PEL-02", "Extended Access"], ["DRV-01", "Drovesmoor Community Hospital"]],
    cite(DASH, "Ref | Scheme | Place | SRO", "STP-03 |", sheet="Dashboard", where="assurance dashboard, Overall column "
         "= R (Key: R = Red)"), (
        "Which schemes are rated Red overall on the February 2018 assurance dashboard?",
        "which schemes were red overall on the M11 dashbord?",
        "In the monthly status report for February, which pieces of work were judged to be off track "
        "altogether?"))
ask("f-12", FACT, "trend-filter", [["DRV-01", "Drovesmoor Community Hospital"], ["CAT-02", "Lung Health Checks"],
                                   ["STP-01", "Shared Care Record"]],
    cite(DASH, "Ref | Scheme | Place | SRO", "STP-03 |", sheet="Dashboard", where="assurance dashboard, Trend column: "
         "\u25bc for DRV-01, CAT-02, STP-01 (Key: \u25bc = deteriorating since last month)"), (
        "Which schemes have a deteriorating trend on the February 2018 assurance dashboard?",
        "which schemes are getting worse on the M11 dashboard? the down arrows, for the SDG covr note",
        "In February's status report, which pieces of work were judged to have slipped further since the "
        "month before?"))
ask("f-13", FACT, "frequency", [["monthly", "every month", "once a month", "second Wednesday"]],
    cite(PLAN, "System Delivery Group meets monthly", where="forward planner, opening paragraphs (no August meeting)"), (
        "How often does the System Delivery Group meet?",
        "how oftn does the SDG meet?",
        "On what cycle does the group that checks day-to-day delivery and reports to the senior partners get "
        "together?"))
ask("f-14", FACT, "venue", [["Moot Hall"]],
    cite(PLAN, "at the Moot Hall", where="forward planner, opening paragraphs"), (
        "Where does the Partnership Board meet?",
        "where's the P'ship board held? need directons for a new member",
        "Which building should I head to for the gatherings of the partner organisations' leaders with their "
        "independent chair?"))
ask("f-15", FACT, "prose-figure", [["9 of 16", "nine of 16", "9/16", "nine of sixteen", "9 out of 16"]],
    cite(HR, "only 9 of 16", where="highlight report, DRV-01 'Risks and issues' quadrant"), (
        "How many of the registered nurse posts for the Drovesmoor Community Hospital Hub are filled?",
        "how many RN posts are filled for the DRV-01 beds, out of how many? HR need it for the advert campain",
        "How far has the moorland community hospital got with hiring the qualified nurses it needs for its new "
        "beds?"))

# ==================================================================================================== unanswerable (10)
ask("un-01", NONE, "near-miss", [],
    cite(HOUSE, "Clinical lead: to be appointed", where="near miss: CAT-03's clinical lead is 'to be appointed' (house), "
         "'TBC' (dashboard), 'not yet appointed' (highlight report)"), (
        "Who is the clinical lead for the Bay Step-down Flats scheme?",
        "who's clinical lead on CAT-03 step-down flats? need a clincian for the LD forum",
        "Which clinician is guiding the move of people with learning disabilities out of hospital into the new "
        "flats by the sea?"))
ask("un-02", NONE, "near-miss", [],
    cite(CSV, "Phase 2 scoping", where="near miss: only phase 2 scoping has a date (Fri 30/11/18); 'Go-live for phase 2 "
         "not yet planned'"), (
        "When will phase 2 of the Shared Care Record (social care records) go live?",
        "shared care record phase 2 - when do social care recs go live? council IT askng",
        "When will a hospital nurse be able to see what the council's social workers have recorded about a "
        "patient?"))
ask("un-03", NONE, "near-miss", [],
    cite(BID, "over two years", where="near miss: the bid gives 2018/19 and 2019/20 only"), (
        "How much will the Lung Health Check programme cost in 2020/21?",
        "LHC cost in 20/21? the bid has 18/19 and 19/20 but i need the year aftr",
        "Once the two funded years are over, how much will it cost to keep the coastal chest screening running in "
        "the following year?"))
ask("un-04", NONE, "near-miss", [],
    cite(PLAN, "chaired by its independent chair", where="near miss: only the chair is named; no vice or deputy chair"), (
        "Who is the vice chair of the Partnership Board?",
        "who's vice chair of the P'ship board? chair is away for the june meetng",
        "If the independent chair can't make a meeting of the senior partners, who steps in to run it?"))
ask("un-05", NONE, "near-miss", [],
    cite(CSV, "Public consultation launch", where="near miss: the launch (Tue 11/09/18) and the board decision (Thu "
         "29/11/18) are given, never a closing date"), (
        "When does the public consultation on stroke reconfiguration close?",
        "when does the stroke consultation close? need to get our responce in asap",
        "What's the last day the public can have their say on the proposals for the specialist brain-attack "
        "unit?"))
ask("un-06", NONE, "off-topic", [], None, (
    "How do I claim mileage for travelling between sites?",
    "how do i claim milage for driving between sites? which form pls",
    "I drove my own car to a meeting at another hospital. How do I get paid back for the petrol?"))
ask("un-07", NONE, "off-topic", [], None, (
    "How do I reset my NHSmail password?",
    "forgot my nhsmail pasword, how do i reset it?",
    "I can't get into my work email because I've forgotten how to log in. What do I do?"))
ask("un-08", NONE, "off-topic", [], None, (
    "How do I get a replacement ID badge?",
    "lost my ID badge, how do i get a new one? security desk was clsoed",
    "I've lost the card with my photo on that gets me through the doors at work. How do I get another?"))
ask("un-09", NONE, "off-topic", [], None, (
    "How do I renew my DBS check?",
    "my DBS needs renewng, who do i speak to?",
    "How do I get my criminal record check redone for my job?"))
ask("un-10", NONE, "off-topic", [], None, (
    "How do I join the cycle to work scheme?",
    "how do i sign up for cycle to work? want a new bike befor the summer hols",
    "Can I get a bicycle through my employer and pay for it out of my salary?"))


# ==================================================================================================== derived checks
def project():
    """The Project export as dicts, with Finish / Baseline Finish parsed and every printed weekday checked."""
    rows = list(csv.DictReader(open(PAPERS / CSV, encoding="utf-8", newline="")))
    for r in rows:
        for col in ("Start", "Finish", "Baseline Finish"):
            v = r[col]
            if v == "NA":
                r[col] = None
                continue
            day, dmy = v.split()
            d = datetime.strptime(dmy, "%d/%m/%y").date()
            assert d.strftime("%a") == day, v
            r[col] = d
        r["pct"] = int(r["% Complete"].rstrip("%"))
    return rows


def check_project():
    rows = project()
    tasks = [r for r in rows if r["Outline Level"] == "3"]
    scheme = {}
    for r in rows:
        if r["Outline Level"] == "2":
            scheme[r["WBS"]] = r["Task Name"][:6]
    code = lambda r: scheme[r["WBS"].rsplit(".", 1)[0]]  # noqa: E731
    asof = date(2018, 4, 23)
    overdue = [(code(r), r["Task Name"]) for r in tasks if r["Finish"] < asof and r["pct"] < 100]
    assert overdue == [("PEL-02", "Riverside Hub lease signed"), ("DRV-02", "Dermatoscopes delivered to practices")], \
        overdue
    done_before = [r for r in tasks if r["Finish"] < asof and r["pct"] == 100]
    assert len(done_before) == 3  # a reader that ignores % Complete would list these too
    may = [(code(r), r["Task Name"]) for r in tasks if code(r).startswith("DRV") and
           (r["Finish"].year, r["Finish"].month) == (2018, 5)]
    assert may == [("DRV-01", "Ward refurbishment complete"), ("DRV-02", "Tele-triage live in all Drovesmoor practices")]
    beds = [r for r in tasks if r["Task Name"] == "12 step-up beds open"][0]
    assert beds["Finish"] == date(2018, 7, 2) and beds["Baseline Finish"] == date(2018, 6, 4)
    assert all(r["Baseline Finish"] is None for r in tasks if r is not beds)
    by = {r["Task Name"]: r for r in tasks}
    assert by["Phase 1 go-live (GP and acute records)"]["Finish"] == date(2018, 10, 15)
    assert by["First elective list"]["Finish"] == date(2019, 1, 7)
    assert by["Mobile CT unit on site at Cattermouth Retail Park"]["Resource Names"] == "Mehmet Ashdown-Reyes"
    assert by["UTC designation"]["Finish"] == date(2018, 12, 3)  # Q3 2018/19
    assert by["Six dementia navigators in post"]["Finish"] == date(2018, 9, 28)
    assert by["Pathway 1 live on all medical wards"]["Finish"] == date(2018, 6, 29)
    assert by["First invitations posted"]["Finish"] == date(2018, 9, 10)
    assert by["Partnership Board decision"]["Finish"] == date(2018, 11, 29)
    # the earlier dashboard still carries the old DRV-01 date; the highlight report records the move
    assert "w/c 04/06/18" in U[DASH]["Dashboard!8"] and "DRV-01" in U[DASH]["Dashboard!8"]
    hr = norm("\n".join(U[HR].values()))
    assert "from w/c 4 june to w/c 2 july 2018" in hr
    # the CSV's line numbers: header is line 1, task ID n is line n + 2
    for r in rows:
        assert U[CSV][int(r["ID"]) + 2].startswith(r["ID"] + ","), r["ID"]


def planner_grids():
    """{committee: {'meetings': {month: date}, 'items': {item: (lead, {month: mark})}}} read straight from the docx
    cells (bank_tools' units merge equal cells in a row, so positions are read here)."""
    import docx
    d = docx.Document(str(PAPERS / PLAN))
    out = {}
    for name, t in zip(("Partnership Board", "System Delivery Group"), d.tables):
        head = [c.text for c in t.rows[0].cells]
        months = head[2:]
        assert months == ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
        nums = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                            "Dec"], 1)}
        meetings, items = {}, {}
        for row in t.rows[1:]:
            cells = [c.text for c in row.cells]
            if cells[0] == "Meeting date":
                for mname, v in zip(months, cells[2:]):
                    if v:
                        day, mon = map(int, v.split("/"))
                        assert mon == nums[mname]
                        meetings[mname] = date(2018 if mon >= 4 else 2019, mon, day)
            elif len(set(cells)) > 1:
                items[cells[0]] = (cells[1], {m: v for m, v in zip(months, cells[2:]) if v})
        out[name] = {"meetings": meetings, "items": items}
    return out


def check_planner():
    g = planner_grids()
    pb = g["Partnership Board"]
    dates = sorted(pb["meetings"].values())
    assert len(dates) == 6
    for d in dates:  # "the last Thursday of the month"
        assert d.weekday() == 3 and (d + timedelta(days=7)).month != d.month, d
    assert min(d for d in dates if d > date(2018, 5, 10)) == date(2018, 6, 28)
    lead, marks = pb["items"]["Stroke reconfiguration: consultation outcome and decision"]
    assert marks == {"Nov": "D"} and pb["meetings"]["Nov"] == date(2018, 11, 29)
    assert pb["items"]["Winter plan 2018/19"][0] == "A Kettleby"
    for item, (lead, marks) in pb["items"].items():
        assert set(marks) <= set(pb["meetings"]), item  # nothing is planned for a month without a meeting
    sdg = g["System Delivery Group"]
    for d in sdg["meetings"].values():  # "monthly, on the second Wednesday"
        assert d.weekday() == 2 and 8 <= d.day <= 14, d
    assert "Aug" not in sdg["meetings"] and len(sdg["meetings"]) == 11
    text = norm("\n".join(U[PLAN].values()))
    assert "meets monthly, on the second wednesday" in text and "chaired by the stp programme director, marguerite" in text


def mustdo_map():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / DASH))["Must-do map"]
    head = [c.value for c in ws[4]]
    assert head == ["Ref", "Scheme", "Place"] + [f"MD{n}" for n in range(1, 10)]
    rows = {}
    for r in range(5, ws.max_row + 1):
        vals = [c.value for c in ws[r]]
        if vals[0]:
            rows[vals[0]] = {"place": vals[2], "hidden": ws.row_dimensions[r].hidden,
                             "marks": {n: vals[2 + n] for n in range(1, 10) if vals[2 + n]}}
    assert ws.auto_filter.ref == "A4:L16"
    return rows


def check_mustdo():
    rows = mustdo_map()
    assert {v for r in rows.values() for v in r["marks"].values()} == {"P", "S"}
    # the saved filter shows Cattermouth Bay only: the other places' rows are in the file but hidden
    assert {c for c, r in rows.items() if not r["hidden"]} == {"CAT-01", "CAT-02", "CAT-03"}
    places = {"Pellingford": "PEL", "Drovesmoor": "DRV", "Cattermouth Bay": "CAT"}
    gaps = {p: [n for n in range(1, 10) if not any(n in r["marks"] for r in rows.values() if r["place"] == p)]
            for p in places}
    assert gaps == {"Pellingford": [5, 6, 8], "Drovesmoor": [6, 8], "Cattermouth Bay": [5, 7]}, gaps
    assert [c for c, r in rows.items() if r["marks"].get(4) == "P"] == ["PEL-01", "DRV-01", "CAT-01"]
    assert sorted(rows["STP-01"]["marks"]) == [1, 2, 9]
    assert [c for c, r in rows.items() if 5 in r["marks"]] == ["DRV-02", "STP-02"]
    assert rows["CAT-02"]["marks"][9] == "S"
    assert [p for p, g in gaps.items() if 7 in g] == ["Cattermouth Bay"]
    key = {v.split(" | ")[0]: v.split(" | ")[1] for k, v in U[DASH].items() if k.startswith("Key!") and " | " in v}
    assert key["MD5"].startswith("Referral to treatment") and key["MD7"] == "Mental health" and \
        key["MD4"] == "Urgent and emergency care" and key["MD9"].startswith("Improving quality")
    assert "s = secondary contribution" in norm(U[DASH]["Must-do map!2"])


def check_dashboard():
    rows = {}
    for k, v in U[DASH].items():
        cells = v.split(" | ")
        if k.startswith("Dashboard!") and re.fullmatch(r"[A-Z]{3}-\d\d", cells[0]):
            rows[cells[0]] = cells
    head = U[DASH]["Dashboard!4"].split(" | ")
    overall, trend, sro = head.index("Overall"), head.index("Trend"), head.index("SRO")
    key = {v.split(" | ")[0]: v.split(" | ")[1] for k, v in U[DASH].items() if k.startswith("Key!") and " | " in v}
    assert key["R"].startswith("Red") and key["\u25bc"].startswith("deteriorating")
    assert [c for c, r in rows.items() if r[overall] == "R"] == ["PEL-02", "DRV-01"]
    assert [c for c, r in rows.items() if r[trend] == "\u25bc"] == ["DRV-01", "CAT-02", "STP-01"]
    assert rows["CAT-02"][sro] == "Dr Ingrid Marchbanks" and rows["STP-02"][head.index("Clinical lead")] == \
        "Mr Leopold Garside"
    assert rows["CAT-01"][head.index("Due")] == "Q3 2018/19" and rows["DRV-03"][head.index("Due")] == "Sept 2018"
    # the highlight report's summary agrees with the dashboard's Overall column
    hr = norm("\n".join(U[HR].values()))
    assert "two are red overall (pel-02 and drv-01)" in hr
    # funding total
    fund = {v.split(" | ")[0]: v.split(" | ") for k, v in U[DASH].items() if k.startswith("Funding!")}
    schemes = [r for c, r in fund.items() if re.fullmatch(r"[A-Z]{3}-\d\d", c)]
    assert len(schemes) == 12 and all(int(r[2]) + int(r[3]) == int(r[4]) for r in schemes)
    total = fund["Total"]  # no Scheme cell, so one column to the left
    assert [int(x) for x in total[1:]] == [sum(int(r[i]) for r in schemes) for i in (2, 3, 4)]
    assert int(total[3]) == 7675 and U[DASH]["Funding!2"] == "\u00a3000"
    assert fund["CAT-02"][2] == "1410"  # agrees with the bid's £1.41m for 2018/19


def check_people():
    # CAT-02: Marchbanks until 31 March 2018, Holroyd-Achebe from 1 April 2018
    hr = norm("\n".join(U[HR].values()))
    m = re.search(r"dr ingrid marchbanks stepped down as sro on (\d+ \w+ \d{4}).*?holroyd-achebe.*?as sro from "
                  r"(\d+ \w+ \d{4})", hr)
    left, start = (datetime.strptime(s, "%d %B %Y").date() for s in m.groups())
    assert left == date(2018, 3, 31) and start == date(2018, 4, 1)
    assert date(2018, 3, 20) <= left < start
    assert "sro: dr ingrid marchbanks" in norm(U[HOUSE][1]) and "ingrid marchbanks as senior responsible" in \
        norm(U[BID][1])
    assert "sro: dr caspian holroyd-achebe (from 1 april 2018)" in hr
    # house foundations: names on one line, leads on the next, in the same order
    lines = U[HOUSE][1].splitlines()
    i = lines.index("Digital")
    assert lines[i:i + 5] == ["Digital", "Workforce", "Estates", "Finance", "Communications & engagement"]
    assert lines[i + 5:i + 10][1] == "Ottoline Brassey"
    # populations of the three places add up to the footprint
    pops = [int(p.replace(",", "")) for p in re.findall(r"Population (\d{3},\d{3})", U[HOUSE][1])]
    assert pops == [298700, 141900, 171800] and sum(pops) == 612400
    # deck slide 3: dates and events paired only by order in two placeholders
    from pptx import Presentation
    slide = Presentation(str(PAPERS / DECK)).slides[2]
    left_ph, right_ph = [[p.text for p in ph.text_frame.paragraphs] for ph in list(slide.placeholders)[1:3]]
    pairs = dict(zip(left_ph, right_ph))
    assert len(left_ph) == len(right_ph) == 7
    assert pairs["end of June 2018"].startswith("Home First: pathway 1")
    assert pairs["w/c 10 September"].startswith("First Lung Health Check invitations")
    assert pairs["w/c 2 July"].startswith("Drovesmoor Community Hospital: 12 step-up beds")
    assert pairs["Q3 2018/19"].startswith("Cattermouth UTC")
    # deck slide 2: weighted scores
    table = [s for s in Presentation(str(PAPERS / DECK)).slides[1].shapes if s.has_table][0].table
    opts = [c.text.split(":")[0] for c in table.rows[0].cells][2:]
    totals = dict.fromkeys(opts, 0.0)
    for row in list(table.rows)[1:-1]:
        w = int(row.cells[1].text.rstrip("%")) / 100
        for o, c in zip(opts, list(row.cells)[2:]):
            totals[o] += w * int(c.text)
    assert {o: round(v, 2) for o, v in totals.items()} == {"Option A": 5.2, "Option B": 7.55, "Option C": 6.8}
    assert max(totals, key=totals.get) == "Option B"
    assert "7.55" not in EVERYTHING and "total" not in norm(U[DECK][2]).split("weighted totals will")[0]
    # bid figures
    bid = norm(U[BID][1] + U[BID][2])
    assert "£2.36m over two years: £1.41m in 2018/19 and £0.95m in 2019/20" in bid
    assert round(1.41 + 0.95, 2) == 2.36
    weights, scores = [0.20, 0.30, 0.25, 0.25], [5, 4, 3, 3]
    assert round(sum(w * s for w, s in zip(weights, scores)), 2) == 3.70 and "3.70" in bid and "3.50 or more" in bid


def check_absences():
    for word in (r"mileage", r"password", r"nhsmail", r"\bbadge", r"\bdbs\b", r"criminal", r"cycle to work",
                 r"bicycle", r"\bbike", r"petrol"):
        assert not re.search(word, EVERYTHING), word
    # un-01: CAT-03 never has a named clinical lead
    assert "clinical lead: to be appointed" in norm(U[HOUSE][1])
    assert "| henrietta scullion | tbc |" in norm(U[DASH]["Dashboard!13"])
    assert "clinical lead: not yet appointed" in norm(U[HR][42]) and U[HR][41].startswith("CAT-03")
    assert norm(U[HOUSE][1]).count("clinical lead:") == 12
    # un-02: phase 2 of the shared care record has no go-live date anywhere
    phase2 = [norm(t) for u in U.values() for t in u.values() if "phase 2" in norm(t)]
    assert len(phase2) == 2 and all(("scoping" in t or "not yet planned" in t) for t in phase2), phase2
    for t in (line for u in U.values() for v in u.values() for line in v.splitlines() if "phase 2" in line.lower()):
        dates = re.findall(r"\d\d/\d\d/\d\d|\b(?:january|february|march|april|may|june|july|august|september|october"
                           r"|november|december) 20\d\d|\bq[1-4]\b", t.lower())
        assert dates in ([], ["29/10/18", "30/11/18"], ["november 2018"]), (t, dates)  # the scoping task only
    # un-03: the bid gives 2018/19 and 2019/20 only
    bid = norm(U[BID][1] + U[BID][2])
    assert "2020/21" not in bid and "20/21" not in bid and "recurrent" not in bid
    # un-04: no vice or deputy chair of anything
    assert not re.search(r"vice[- ]?chair|deputy chair|vice-chair|co-chair", EVERYTHING)
    # un-05: no closing date for the stroke consultation
    assert not re.search(r"consultation[^.\n|]*(clos|ends|end date|deadline|weeks)", EVERYTHING)
    assert not re.search(r"(clos|ends)[^.\n|]*consultation", EVERYTHING)


def check_items():
    assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    facts = {}
    for i in ITEMS:
        facts.setdefault(i["fact"], []).append(i["phrasing"])
    assert len(facts) == 60 and all(v == list(PHRASINGS) for v in facts.values())
    kinds = {}
    for i in ITEMS:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    assert kinds == {OWNER: 42, MILESTONE: 39, MUSTDO: 24, FACT: 45, NONE: 30}, kinds
    shapes = {i["shape"] for i in ITEMS if i["kind"] == NONE}
    assert shapes == {"near-miss", "off-topic"}
    for i in ITEMS:
        assert (i["answer_any"] == []) == i["expect_no_answer"]
        if i["as_of"]:
            datetime.strptime(i["as_of"], "%Y-%m-%d")
        if i["source"]["file"]:
            assert i["source"]["file"] in U
            if i["source"]["file"].endswith(".xlsx"):
                assert "sheet" in i["source"]


def main():
    check_project()
    check_planner()
    check_mustdo()
    check_dashboard()
    check_people()
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
