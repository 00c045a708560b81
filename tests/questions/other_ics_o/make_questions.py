"""Write questions.jsonl for other_ics_o (Caldergate & Wenmouth ICS) and check every gold answer.

Run after make_papers.py, with an interpreter that has pypdf, python-docx, python-pptx and openpyxl
(for example /work/main/.venv/bin/python, used as an interpreter only):
    /work/main/.venv/bin/python make_questions.py
For every answerable item it asserts that, in the source window it cites (see extract.py for what source.lines
counts in each format), at least one alternative of every answer group occurs (both sides normalised: case,
whitespace, dashes, quotes). For unanswerable items it asserts that the key terms are absent from all papers (or,
for a role or a year, from every line or row that names it). Then, value by value: the coverage grid is read
back from the PDF by the position of each mark under its priority number; the relative windows and the red list
are computed from the tracker's own due dates and statuses; the BAF filter is recomputed from the printed scores;
the finance comparison from the Finance sheet; action owners are resolved from the initials in the attendance
table (JB and JBa are different people); the SRO change is read from the e-mail.
"""

import datetime as dt
import json
import re
from pathlib import Path

from extract import all_text, fine_units, normalise, units

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"

BAF = "01_CW_Board_Assurance_Framework_2026-27_Q2.pdf"
GRID = "02_National_Priorities_Coverage_Grid_2026-27.pdf"
PLAN = "03_CW_Joint_Delivery_Plan_2026-27_v2.docx"
TRK = "04_Transformation_Tracker_2026-27_at_30-09-26.xlsx"
DECK = "05_Portfolio_Highlight_Report_Sept_2026.pptx"
MINS = "06_SDB_Minutes_2026-09-17.md"
MAIL = "07_UEC_Programme_Update_email_2026-10-02.txt"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def day_alts(y: int, m: int, d: int) -> list[str]:
    """Renderings of a day date (the year may be left off)."""
    name = MONTHS[m - 1]
    abbr = [name[:3]] + (["Sept"] if m == 9 else [])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [f"{d} {name}", f"{d}{suf} {name}", f"{name} {d}", f"{name} {d}{suf}"]
    for a in abbr:
        out += [f"{d} {a}", f"{d}{suf} {a}", f"{a} {d}", f"{d}-{a}", f"{d:02d}-{a}"]
    out += [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}"]
    return list(dict.fromkeys(out))


def month_alts(y: int, m: int) -> list[str]:
    name = MONTHS[m - 1]
    abbr = [name[:3]] + (["Sept"] if m == 9 else [])
    out = [f"{name} {y}", f"{name} '{y % 100}"]
    for a in abbr:
        out += [f"{a} {y}", f"{a}-{y % 100}", f"{a} '{y % 100}", f"{a} {y % 100}"]
    out += [f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return out


# NHS financial year 2026/27: Q3 = October-December 2026, Q4 = January-March 2027
Q3_2627 = ["Q3", "Qtr 3", "Quarter 3", "third quarter", "Oct-Dec", "Oct–Dec", "October to December",
           "October-December", "December 2026", "Dec 2026", "Dec-26", "31 December", "end of December"]
Q4_2627 = ["Q4", "Qtr 4", "Quarter 4", "fourth quarter", "Jan-Mar", "Jan–Mar", "January to March",
           "January-March", "March 2027", "Mar 2027", "Mar-27", "31 March", "end of March"]


def prio(n: int, *topic: str) -> list[str]:
    return [f"priority {n}", f"priority no. {n}", f"must-do {n}", f"must do {n}", f"MD{n}", f"MD {n}",
            f"NP{n}", f"number {n}"] + list(topic)


P1 = prio(1, "urgent & emergency care:", "4-hour A&E", "category 2")
P2 = prio(2, "elective care:", "65-week", "18 weeks RTT")
P4 = prio(4, "access to general practice", "primary care: access")
P7 = prio(7, "agency spend", "retention", "workforce:")
P8 = prio(8, "balanced system plan", "finance:")
P9 = prio(9, "quality & safety", "patient safety", "maternity")

ITEMS = []


def fact(fid, kind, shape, answer_any, source, phrasings, as_of=None, unanswerable=False, absent=None):
    """phrasings: (formal, chat, indirect) questions."""
    for ph, q in zip(("formal", "chat", "indirect"), phrasings):
        ITEMS.append({
            "id": f"o-{fid}-{ph[0]}",
            "kind": kind,
            "question": q,
            "answer_any": [] if unanswerable else answer_any,
            "source": source,
            "as_of": as_of,
            "expect_no_answer": unanswerable,
            "fact": f"o-{fid}",
            "phrasing": ph,
            "shape": shape,
            **({"_absent": absent} if absent else {}),
        })


def src(file, lines, where, sheet=None):
    s = {"file": file, "lines": list(lines) if lines else None, "where": where}
    if sheet:
        s["sheet"] = sheet
    return s


# ------------------------------------------------------------------ owners / role-holders (13)
fact("own-01", "owner", "role-holder", [["Dunstable"]],
     src(PLAN, (34, 34), "section 3.4 Programme D, the people paragraph above the table: 'Senior Responsible Officer: "
                         "Fenella Dunstable, Director of Elective Recovery, CRI' (also BAF SR4, deck slide 6)"), (
    "Who is the Senior Responsible Officer for the Elective Care & Diagnostics programme?",
    "who's SRO for elective care & diagnostics? need them to sign of the insourcing paper",
    "I'm putting together a paper on weekend operating lists to clear the longest waits. Which senior person is "
    "accountable for our planned care and scanning programme?"))
fact("own-02", "owner", "acting-interim", [["Achterberg"]],
     src(MAIL, (13, 17), "e-mail of 2 October 2026, section 1: Lorna Beckwith becomes Interim Chief Executive of CRI "
                         "on Monday 5 October 2026; 'From that date Desmond Achterberg ... is acting SRO' (the plan, "
                         "the deck and the BAF still give Beckwith)"), (
    "Who is currently the Senior Responsible Officer for the Urgent & Emergency Care programme?",
    "who's the UEC SRO now? Lorna's moved to the CEO job hasn't she - need someone to sign off the winter escalaton",
    "Our winter escalation plan needs sign-off from whoever is accountable for the urgent care programme at the "
    "moment. I heard the previous person has been made interim chief executive at the Royal. Who do I send it to?"),
     as_of="2026-10-20")
fact("own-03", "owner", "risk-owner", [["Castellanos"]],
     src(BAF, (1, 1), "BAF page 1, row SR2 (efficiency plan / financial sustainability): Risk owner 'Ifeoma "
                      "Castellanos, Interim Chief Finance Officer, C&W ICB' (a cell wrapped over three lines)"), (
    "Who owns the strategic risk on the Board Assurance Framework about failing to deliver the efficiency plan?",
    "who owns the BAF financal risk (SR2)? the efficiency one",
    "The audit committee wants to question whoever answers for the risk that we miss our savings plan this year. "
    "Who should I invite?"))
fact("own-04", "owner", "risk-owner", [["Asamoah"]],
     src(BAF, (2, 2), "BAF page 2, row SR5 (cyber attack): Risk owner 'Kwabena Asamoah, Chief Digital & Information "
                      "Officer, C&W ICB'"), (
    "Who is the risk owner for the cyber security risk on the Board Assurance Framework?",
    "BAF cyber risk - who owns it? for the joint exersise in Nov",
    "We're planning a joint exercise where we pretend hackers have taken down the clinical systems. Who is the "
    "executive on the board's risk register who answers for that threat?"))
fact("own-05", "owner", "role-holder", [["Lindgren"]],
     src(DECK, (8, 8), "slide 8, Programme F 'Healthy Ageing & Frailty (formerly Ageing Well)', people line "
                       "'Clinical lead: Dr Tobias Lindgren' (the plan gives him under the old name, section 3.6)"), (
    "Who is the clinical lead for the Healthy Ageing & Frailty programme?",
    "clinical lead for healthy ageing & frailty? want to ask about the falls servce",
    "A care home manager asked me which senior doctor oversees our work with older, frail people, including the "
    "falls response. Who is that?"))
fact("own-06", "owner", "chair", [["Marwood"]],
     src(MINS, (12, 12), "attendance table: 'Dr Elspeth Marwood | EM | Chief Executive, C&W ICB (Chair)' (also plan "
                         "section 2: the SDB is chaired by the ICB Chief Executive)"), (
    "Who chairs the System Delivery Board?",
    "who chairs SDB? want to get an itme on the october agenda",
    "I'd like to bring a paper to the monthly board that all eight transformation programmes report to. Who "
    "presides over it?"))
fact("own-07", "owner", "action-owner", [["Bains"]],
     src(MINS, (26, 101), "item 8 / action log A26/35 'Staff briefing: winter vaccination and UEC changes', owner "
                          "'JBa'; the attendance table resolves JBa to Jaswinder Bains (JB is Jonah Birtwhistle)"), (
    "Who owns action A26/35 from the System Delivery Board on 17 September 2026, the staff briefing on winter "
    "vaccination and the UEC changes?",
    "who's drafting the staff briefing on winter vacc + UEC changes (SDB action A26/35)? JB or JBa?? confsued",
    "I've been asked to add a paragraph about flu jabs to the staff briefing the board asked for in September. "
    "Who is writing it?"))
fact("own-08", "owner", "action-owner", [["Birtwhistle"]],
     src(MINS, (25, 102), "item 8 / action log A26/36 'Publish September dashboard on the intranet', owner 'JB'; the "
                          "attendance table resolves JB to Jonah Birtwhistle (not JBa, Jaswinder Bains)"), (
    "Who has the action from the 17 September 2026 System Delivery Board to publish the September dashboard on "
    "the intranet?",
    "who's publishing the sept dashbaord on the intranet? SDB action",
    "The monthly programme performance dashboard still isn't on the intranet. Who promised the board they'd put "
    "it up?"))
fact("own-09", "owner", "role-holder", [["Danquah"]],
     src(TRK, (12, 12), "Milestones sheet, row C.01 'Crisis line (NHS 111 option 2) staffed 24/7', Owner", "Milestones"), (
    "Who owns the milestone to have the NHS 111 option 2 crisis line staffed 24/7?",
    "owner of the 111 opt 2 crisis line milestone? overnight rota qusetion",
    "A GP asked me who is making sure people in a mental health crisis can get through to someone on the phone "
    "at any hour of the night. Who is responsible for that?"))
fact("own-10", "owner", "contact", [["Frostick"]],
     src(MAIL, (33, 38), "e-mail closing lines: 'Any questions about this update, please contact me' signed Callum "
                         "Frostick, Programme Manager, Urgent & Emergency Care"), (
    "Who should questions about the 2 October 2026 UEC programme update be sent to?",
    "who do i ask abt the UEC update email from 2 oct? re the UTC date chnage",
    "I got an email this month saying the new urgent treatment centre on the coast is opening later than planned. "
    "Who can I ring to ask about it?"))
fact("own-11", "owner", "role-holder", [["Whitcombe"]],
     src(DECK, (7, 7), "slide 7, Programme E Cancer, people line 'SRO: Prof. Adaeze Whitcombe' (also slide 2 and plan "
                       "section 3.5)"), (
    "Who is the Senior Responsible Officer for the Cancer programme?",
    "SRO for cancer? want to invite them to the lung screenig launch in hopsley marsh",
    "We're launching the mobile lung scanning unit in the rural part of the patch and want the most senior person "
    "accountable for our cancer work to attend. Who is that?"))
fact("own-12", "owner", "action-owner", [["Mensah-Lyle", "Mensah Lyle"]],
     src(MINS, (14, 100), "item 7 / action log A26/34 'Proposal for leading national priority 9', owner 'CML'; the "
                          "attendance table resolves CML to Comfort Mensah-Lyle, Chief Nursing Officer"), (
    "Who was given the action to propose how national priority 9 will be led?",
    "who's got the action on how priority 9 gets led? no programme leads it aparently",
    "The board noticed that nobody leads on the national priority for maternity and patient safety. Who was "
    "asked to come back with a proposal?"))
fact("own-13", "owner", "role-holder", [["Heledd Morgan", "Morgan"]],
     src(PLAN, (55, 55), "section 3.8 Programme H, people paragraph: 'Programme manager: Heledd Morgan'"), (
    "Who is the programme manager for the Workforce & Productivity programme?",
    "prog manager for workforce & productivty? need agency spend figs by ward",
    "I need someone who can give me the detailed numbers behind our push to cut agency staffing costs. Who runs "
    "that programme day to day?"))

# ------------------------------------------------------------------ milestones (12)
fact("ms-01", "milestone", "moved-date", [day_alts(2027, 1, 11)],
     src(MAIL, (21, 22), "e-mail section 2: 'the opening date moves from 2 November 2026 to Monday 11 January 2027' "
                         "(the plan and the tracker still say 2 November / 02/11/26)"), (
    "When will the Wenmouth Urgent Treatment Centre open?",
    "wenmouth UTC opening date? heard it's slipped, need to tell the MIU staff, thx in advanec",
    "Our minor injuries nurses at the community hospital on the coast want to know when the new walk-in urgent "
    "care centre that replaces them will actually open."))
fact("ms-02", "milestone", "milestone-date", [day_alts(2026, 9, 30)],
     src(TRK, (17, 17), "Milestones sheet, row D.02 'No patient waiting over 65 weeks', Due '30/09/26' (plan: "
                        "30 September 2026)", "Milestones"), (
    "By when should no patient be waiting more than 65 weeks for planned care?",
    "65 wk waits cleared by when? for the elective bord",
    "A patient's daughter says her dad has been on the orthopaedic waiting list for well over a year. By what date "
    "did we commit that nobody would wait that long?"))
fact("ms-03", "milestone", "milestone-quarter", [Q3_2627],
     src(TRK, (18, 18), "Milestones sheet, row D.03 'Wenmouth surgical hub GIRFT accreditation', Due 'Q3 26/27' "
                        "(October-December 2026); moved from Sept 2026 (Changes sheet row 8; the plan v2 still says "
                        "September 2026)", "Milestones"), (
    "When is the Wenmouth surgical hub due to achieve GIRFT accreditation?",
    "wenmouth surgical hub GIRFT accreditaton - when's it due now?",
    "Our theatre team on the coast is preparing for the national assessment that recognises a hub for high-volume "
    "operations. When is that recognition expected?"))
fact("ms-04", "milestone", "milestone-quarter", [Q4_2627],
     src(TRK, (9, 9), "Milestones sheet, row B.02 'Integrated neighbourhood teams live in all 21 PCNs', Due "
                      "'Q4 26/27' (January-March 2027; plan: 'End of Q4 2026/27')", "Milestones"), (
    "When will integrated neighbourhood teams be live in all 21 primary care networks?",
    "INTs live in all 21 PCNs by wehn? our PCN isn't live yet",
    "Our practice's network still doesn't have the joined-up team of community nurses, therapists and social "
    "workers that some areas have. When should every network have one?"))
fact("ms-05", "milestone", "week-commencing",
     [day_alts(2026, 11, 9) + ["w/c 9 Nov", "November 2026", "Nov 2026"]],
     src(TRK, (10, 10), "Milestones sheet, row B.03 'Hopsley Marsh Health Hub: construction starts', Due "
                        "'w/c 09/11/26' (plan: 'Construction starts November 2026'; BAF SR7: 'w/c 9 Nov 2026')",
         "Milestones"), (
    "When does construction of the Hopsley Marsh Health Hub start?",
    "hopsley marsh hub - when do the builders start on site? parish council askng",
    "The parish council in our rural area wants to know when work begins on the new building that will bring the "
    "GP surgery and community clinics under one roof."))
fact("ms-06", "milestone", "milestone-season", [["winter"]],
     src(TRK, (6, 6), "Milestones sheet, row A.03 'No ambulance handover over 45 minutes at CRI', Due 'Winter 26/27' "
                      "(plan: 'Winter 2026/27')", "Milestones"), (
    "When is the milestone of no ambulance handover over 45 minutes at Caldergate Royal Infirmary due?",
    "no handovers >45 mins at CRI - due when? crews are aksing, cheers",
    "Paramedics keep telling me they are stuck outside the Royal's emergency department for ages. When are we "
    "supposed to have stopped any crew waiting more than three quarters of an hour?"))
fact("ms-07", "milestone", "action-due", [day_alts(2026, 10, 15)],
     src(MINS, (49, 50), "item 3: 'Action A26/31 - DA to bring a revised opening date for the Wenmouth UTC ... Due: "
                         "15/10/26' (also the action log)"), (
    "What is the due date of System Delivery Board action A26/31 on the revised Wenmouth UTC opening date?",
    "when's A26/31 due - the revised wenmouth UTC date action? need to chase it upp",
    "The board asked the hospital's operations team to come back with a new opening date for the coastal urgent "
    "treatment centre. By when?"))
fact("ms-08", "milestone", "board-date", [day_alts(2026, 10, 15)],
     src(MINS, (90, 91), "item 9: 'The next meeting will be held on Thursday 15 October 2026, 10:00, at Coldharbour "
                         "House, Caldergate'"), (
    "When is the next System Delivery Board meeting after 17 September 2026?",
    "next SDB after the 17 sept one? want my paper in on tme",
    "My paper missed September's meeting of the board that oversees the transformation programmes. When's the "
    "following one?"))
fact("ms-09", "milestone", "relative-window", [["lung"]],
     src(TRK, (19, 20), "Milestones sheet, rows E.01-E.02: E.01 'Targeted lung screening extended to Hopsley Marsh' "
                        "Due 'Oct-26'; E.02 is due Mar 2027", "Milestones"), (
    "Which Cancer programme milestones are due this month?",
    "cancer programme - anything due this mnth?",
    "I'm doing the cancer alliance newsletter. Is there anything our cancer work is due to deliver in the month "
    "we're in now?"), as_of="2026-10-12")
fact("ms-10", "milestone", "relative-window",
     [["Hopsley Marsh", "Health Hub", "construction"], ["care navigation", "care navigator"]],
     src(TRK, (8, 11), "Milestones sheet, rows B.01-B.04; due in Q3 2026/27 (October-December 2026): B.03 'w/c "
                       "09/11/26' (hub construction starts) and B.04 'Dec 2026' (care navigation training)",
         "Milestones"), (
    "Which Primary Care & Community milestones are due this quarter?",
    "primary care & community - what's due this qtr? for the PCN clinical directers meeting, ta",
    "I'm writing the practices' bulletin. What is the programme for general practice and community services due to "
    "deliver between now and the end of the current quarter?"), as_of="2026-10-20")
fact("ms-11", "milestone", "milestone-date", [day_alts(2026, 11, 30)],
     src(TRK, (23, 23), "Milestones sheet, row G.01 'Adult social care records in the shared care record', Due a real "
                        "date cell (30/11/2026; plan: 30 November 2026)", "Milestones"), (
    "When are adult social care records due to be added to the shared care record?",
    "social care recs in the shared care recrod - go-live date? the ward teams keep asking",
    "Our discharge nurses want to be able to see what council care a patient already gets without phoning the "
    "council. When should that information appear in the joined-up record?"))
fact("ms-12", "milestone", "milestone-month", [month_alts(2027, 1)],
     src(TRK, (13, 13), "Milestones sheet, row C.02 'Wenmouth crisis house opens (six beds)', Due 'Jan 2027' (plan: "
                        "January 2027; BAF SR6)", "Milestones"), (
    "When will the Wenmouth crisis house open?",
    "wenmouth crisis house opening - when? home treatmnet team wants to know, cheers",
    "Our home treatment team wants somewhere on the coast, other than a hospital ward, for people in a mental "
    "health crisis to stay for a few nights. When will that be available?"))

# ------------------------------------------------------------------ national priorities / must-dos (7)
fact("md-01", "mustdo", "mustdo-coverage", [["Mental Health", "Programme C", "MHLDA"]],
     src(GRID, (1, 1), "Table 3, column 5 (Mental health: access and out-of-area placements): L in row C; ticks in B"), (
    "Which programme leads national priority 5, mental health access and out-of-area placements?",
    "who leads priority 5 (MH access / out of area)? which programe",
    "Our trust keeps sending people with severe mental illness to beds hundreds of miles away. Which of our "
    "programmes has the lead for the national requirement on that?"))
fact("md-02", "mustdo", "mustdo-coverage", [P7, P8],
     src(GRID, (1, 1), "Table 3, row H Workforce & Productivity: L under 7 and 8, tick under 9"), (
    "Which national priorities does the Workforce & Productivity programme lead?",
    "which must-dos does workforce & productivity lead on? for the poeple committee",
    "The people committee wants to know which of this year's national requirements our staffing and efficiency "
    "programme is the lead for."))
fact("md-03", "mustdo", "mustdo-gap", [P9],
     src(GRID, (1, 1), "Table 3: column 9 (Quality & safety) has ticks for A, F, H but no L; also minutes item 7"), (
    "Which national priority has no lead programme?",
    "which priority has no lead programme? spotted a gap in the grid I thnk",
    "Looking at how our programmes line up against this year's national requirements, is there one that no "
    "programme is in charge of?"))
fact("md-04", "mustdo", "mustdo-cell", [["Q3", "Quarter 3", "third quarter"]],
     src(GRID, (1, 1), "Table 3, row E Cancer, column 2: a tick with superscript 'a'; note a: 'Cancer contributes to "
                       "priority 2 (elective waiting times) from Q3 2026/27 only'"), (
    "How does the Cancer programme contribute to national priority 2 on elective waiting times?",
    "does cancer count towrds priority 2 (elective waits)? the grid has a little 'a' next to the tick, what's "
    "that mean",
    "Is our cancer work doing anything for the national requirement on planned-care waiting times this year, and "
    "from when?"))
fact("md-05", "mustdo", "mustdo-coverage",
     [["Primary Care & Community", "Primary Care and Community", "Programme B"],
      ["Healthy Ageing", "Frailty", "Programme F", "Ageing Well"], ["Digital & Data", "Digital and Data", "Programme G"]],
     src(GRID, (1, 1), "Table 3, column 4 (Primary care: access to general practice): L in row B, ticks in F and G"), (
    "Which programmes are marked against national priority 4, access to general practice?",
    "which progs cover must-do 4 (GP acess)? lead and contributors pls",
    "Patients keep complaining they can't get through to their surgery. Which of our programmes are signed up to "
    "the national requirement on that, whether leading or helping?"))
fact("md-06", "mustdo", "mustdo-coverage", [P1, P4, P9],
     src(GRID, (1, 1), "Table 3, row F 'Healthy Ageing & Frailty (b)': ticks under 1, 4 and 9; note (b): named Ageing "
                       "Well until 30 June 2026"), (
    "Which national priorities does the Ageing Well programme contribute to?",
    "ageing well - which must dos does it contribute to? old slide deck still uses that nmae",
    "An old briefing of mine mentions our ageing well work. Which of this year's national requirements does that "
    "programme count towards?"))
fact("md-07", "mustdo", "mustdo-coverage",
     [["Elective", "Programme D"], ["Digital", "Programme G"], ["Workforce", "Programme H"]],
     src(GRID, (1, 1), "Table 3, column 8 (Finance: deliver a balanced system plan): L in row H, ticks in D and G"), (
    "Which programmes are marked against national priority 8, delivering a balanced system plan?",
    "which programmes are down against priority 8 (finance / balanced plan)? for the F&I comittee",
    "The finance committee wants to know which of our programmes are expected to help us balance the books "
    "under this year's national requirements."))

# ------------------------------------------------------------------ facts and figures (12)
fact("fig-01", "fact", "figure", [["1,146,300", "1146300", "1.15 million", "1.146 million"]],
     src(PLAN, (5, 5), "section 1 'Our system': 'a registered population of 1,146,300 people in three places'"), (
    "What is the registered population of the Caldergate & Wenmouth Integrated Care System?",
    "what's the registered popualtion of C&W ICS?",
    "I'm writing an introduction to our area for new starters. How many people are registered with GPs across "
    "the whole system?"))
fact("fig-02", "fact", "figure", [["21"]],
     src(PLAN, (5, 5), "section 1: '142 GP practices working in 21 primary care networks (PCNs)'"), (
    "How many primary care networks are there in Caldergate & Wenmouth?",
    "how many PCNs in C&W? for the INT rollout trakcer, ta",
    "How many groups of GP practices working together does our area have? I need to know how many teams the "
    "neighbourhood roll-out has to cover."))
fact("fig-03", "fact", "figure", [["38.9"]],
     src(TRK, (13, 13), "Finance sheet, Total row: Efficiency target 38.9 (£m, said in row 1-2) (also plan section 1, "
                        "BAF SR2, minutes item 4)", "Finance"), (
    "What is the system's efficiency savings target for 2026/27?",
    "total efficency target for 26/27? in £m",
    "How much money does our whole system have to save this financial year to meet its financial plan?"))
fact("fig-04", "fact", "figure", [["6.3"]],
     src(MINS, (54, 55), "item 4: 'The forecast shortfall for the year is £6.3m' (also Finance sheet Total variance "
                         "-6.3 and BAF SR2)"), (
    "What is the forecast shortfall against the efficiency plan at Month 5?",
    "forecast shortfal on efficiency at M5?",
    "How far behind the savings plan are we expected to end the year, based on the latest monthly figures?"))
fact("fig-05", "fact", "comparison", [["Elective", "Programme D"]],
     src(TRK, (4, 13), "Finance sheet, Efficiency target column: D Elective Care & Diagnostics 9.5 is the largest "
                       "(H 7.8, A 6.2)", "Finance"), (
    "Which programme has the largest efficiency target in 2026/27?",
    "which programme has the bigest efficiency target this yr?",
    "Of all our transformation programmes, which one is expected to deliver the most savings this year?"))
fact("fig-06", "fact", "figure", [["182"]],
     src(MAIL, (28, 28), "e-mail 'Other headlines': 'Virtual wards: 182 beds open' (also deck slide 3, minutes item 3, "
                         "tracker A.01 commentary)"), (
    "How many virtual ward beds are open?",
    "how many virtaul ward beds r open now?",
    "How many patients can we currently look after at home under hospital-level supervision instead of on a ward?"))
fact("fig-07", "fact", "figure", [["139"]],
     src(DECK, (4, 4), "slide 4, Programme B 'Achieved this period': '139 of 142 practices live with online "
                       "consultation' (also tracker B.01 commentary)"), (
    "How many practices were live with online consultation according to the September 2026 highlight report?",
    "how many practices live w/ online consultaton (sept highlight report)?",
    "How many of our GP surgeries had switched on the system that lets patients contact them over the internet, "
    "according to the latest portfolio report?"))
fact("fig-08", "fact", "renamed", [["Healthy Ageing"]],
     src(TRK, (6, 6), "Changes sheet row 6: \"Programme renamed: 'Ageing Well' is now 'Healthy Ageing & Frailty'\" "
                      "(also grid note b, minutes item 5, deck slide 8)", "Changes"), (
    "What is the Ageing Well programme now called?",
    "ageing well got renamed didn't it? what's it caled now",
    "I can't find the programme for older people I used to report to under its old name in the latest tracker. "
    "What is it called these days?"))
fact("fig-09", "fact", "figure", [["20"]],
     src(BAF, (1, 1), "BAF page 1, row SR1: Current score '4 × 5 = 20' (target '3 × 4 = 12')"), (
    "What is the current score of strategic risk SR1 on the Board Assurance Framework?",
    "current BAF score for SR1 (urgent care demnad)? pls",
    "How highly is the risk of urgent care being overwhelmed this winter scored on the board's risk framework "
    "right now?"))
fact("fig-10", "fact", "figure", [["2.2"]],
     src(TRK, (11, 11), "Finance sheet, row 'G Digital & Data': Investment 2026/27 2.2 (£m)", "Finance"), (
    "How much is being invested in the Digital & Data programme in 2026/27?",
    "digital & data investmnet this yr? £m",
    "How much money has been set aside this financial year for our work on shared records and data?"))
fact("fig-11", "fact", "figure", [["3.4"]],
     src(DECK, (10, 10), "slide 10, Programme H key metrics: 'Agency spend: 3.4% of pay bill (August), ceiling 3.0%' "
                         "(also BAF SR3, tracker H.01)"), (
    "What was agency spend as a percentage of the pay bill in August 2026?",
    "agency spend as % of pay bill in aug? vs the 3% celing",
    "What share of our staff costs went on temporary staff from agencies in the latest month reported?"))
fact("fig-12", "fact", "effective-date", [day_alts(2026, 7, 1)],
     src(MINS, (61, 62), "item 5: 'the programme formerly called Ageing Well has used its new name since 1 July 2026, "
                         "following the Board's decision of 25 June'"), (
    "From what date has the Ageing Well programme used its new name?",
    "when did ageing well change its name? decison was in june I think",
    "I need to date-stamp our records correctly. From when should the older people's programme be referred to by "
    "its new title?"))

# ------------------------------------------------------------------ lists (4)
fact("list-01", "list", "list", [["Caldergate"], ["Wenmouth"], ["Hopsley Marsh"]],
     src(PLAN, (5, 5), "section 1: 'three places: Caldergate, the city; Wenmouth, on the coast; and Hopsley Marsh'"), (
    "What are the three places that make up the Caldergate & Wenmouth Integrated Care System?",
    "whta r the 3 places in C&W ICS?",
    "For a map in my induction slides: what are the local areas our system is divided into?"))
fact("list-02", "list", "filter",
     [["SR1", "urgent care"], ["SR2", "efficiency", "financial"], ["SR5", "cyber"]],
     src(BAF, (1, 2), "BAF pages 1-2, Current score column: SR1 20, SR2 16, SR5 15 (all others 12); 15 or more is "
                      "'significant'"), (
    "Which strategic risks on the Board Assurance Framework have a current score of 15 or more?",
    "which BAF risks score 15+ at the mo? for the audit & risk commitee",
    "The audit committee only wants to discuss the risks that count as significant on our current risk framework. "
    "Which ones are those?"))
fact("list-03", "list", "filter", [["out-of-area", "C.03"], ["65 weeks", "65-week", "D.02"]],
     src(TRK, (4, 26), "Milestones sheet, Status column: Red for C.03 (zero inappropriate out-of-area placements) and "
                       "D.02 (no patient waiting over 65 weeks)", "Milestones"), (
    "Which milestones are rated Red in the transformation tracker?",
    "which tracker milstones are red atm?",
    "I'm briefing the chief executive on what is off track. Which of our milestones are in the worst status in "
    "the latest tracker?"))
fact("list-04", "list", "filter", [["Primary Care"], ["Cancer"], ["Healthy Ageing", "Frailty"]],
     src(DECK, (2, 2), "slide 2 portfolio summary table, Overall column: Green for B, E and F"), (
    "Which programmes were rated Green overall in the September 2026 highlight report?",
    "which progs r green overall in the sept higlight report?",
    "Which of our transformation programmes were reported as fully on track in the last portfolio report, so I can "
    "pick one to showcase?"))

# ------------------------------------------------------------------ near-miss (5)
fact("nm-01", "unanswerable", "near-miss", [],
     src(BAF, (2, 2), "BAF row SR7 names the owner by role only: 'Director of Estates & Facilities, C&W ICB'"), (
    "What is the name of the ICB's Director of Estates & Facilities?",
    "whos the director of estates & facilites at the ICB? name pls",
    "I need to speak to the person in charge of our buildings about the delayed works at Wenmouth. What's their "
    "name?"), unanswerable=True, absent={"custom": "estates"})
fact("nm-02", "unanswerable", "near-miss", [],
     src(PLAN, (50, 50), "Programme G names clinical leadership only as 'the ICB's Chief Clinical Information Officer "
                         "(CCIO)'; deck slide 9 'through the CCIO'; no person"), (
    "Who is the ICB's Chief Clinical Information Officer?",
    "who's the CCIO? need clinical saftey sign off for the shared care record",
    "Before the joined-up record goes live I need the senior doctor who speaks for clinicians on digital matters "
    "to sign the safety case. What's their name?"), unanswerable=True, absent={"custom": "ccio"})
fact("nm-03", "unanswerable", "near-miss", [],
     src(TRK, (13, 13), "only 2026/27 figures are given (Finance sheet); '2027/28' appears only as the Hopsley Marsh "
                        "hub opening year in the plan", "Finance"), (
    "What is the system's efficiency savings target for 2027/28?",
    "efficiancy target for 27/28? planning ahead for next yr",
    "How much will our system have to save in the financial year after this one?"),
     unanswerable=True, absent={"rows_with": ["2027/28", "27/28"], "terms": ["efficien", "saving", "target", "£"]})
fact("nm-04", "unanswerable", "near-miss", [],
     src(MAIL, (19, 24), "only the Wenmouth Urgent Treatment Centre is planned; no UTC at Caldergate"), (
    "When will the Caldergate Urgent Treatment Centre open?",
    "caldergate UTC opening date? the city centre one, not wenmoth",
    "When does the walk-in urgent treatment centre in the city itself open?"),
     unanswerable=True, absent={"terms": ["caldergate utc", "caldergate urgent treatment", "utc at caldergate",
                                          "utc in caldergate", "urgent treatment centre at caldergate"]})
fact("nm-05", "unanswerable", "near-miss", [],
     src(BAF, (1, 1), "BAF row SR3 controls mention the 'Freedom to Speak Up Guardian' by role only"), (
    "Who is the Freedom to Speak Up Guardian?",
    "who's our freedom to speak up guardain? name pls",
    "I want to raise a concern confidentially with the person whose job is to hear staff worries about safety. "
    "What's their name?"), unanswerable=True, absent={"custom": "speakup"})

# ------------------------------------------------------------------ off-topic (5)
OFF = src(None, None, "off-topic: not a question about the plans")
fact("off-01", "unanswerable", "off-topic", [], OFF, (
    "How many days of annual leave can I carry over into next year?",
    "how many days AL can i carry ovr?",
    "I haven't used all my holiday this year. How much of it can I keep for next year?"),
     unanswerable=True, absent={"terms": ["annual leave", "carry over", "holiday"]})
fact("off-02", "unanswerable", "off-topic", [], OFF, (
    "How do I apply for a staff car parking permit at Caldergate Royal Infirmary?",
    "how do i get a parking permit at CRI? keep getting tickts",
    "I keep getting fined for leaving my car at the Royal while I'm on shift. How do I get allowed to park there?"),
     unanswerable=True, absent={"terms": ["parking", "permit", "car park"]})
fact("off-03", "unanswerable", "off-topic", [], OFF, (
    "How do I get a replacement ID badge?",
    "lost my ID bagde, how do i get a new one??",
    "I've lost the card I use to get through the doors at work. How do I get another one?"),
     unanswerable=True, absent={"terms": ["badge", "id card", "smartcard", "smart card"]})
fact("off-04", "unanswerable", "off-topic", [], OFF, (
    "Where can I view my payslip online?",
    "where do i see my payslp online?",
    "I need proof of my earnings for a mortgage. Where do I find my monthly pay statement?"),
     unanswerable=True, absent={"terms": ["payslip", "pay slip", "esr", "salary"]})
fact("off-05", "unanswerable", "off-topic", [], OFF, (
    "How do I book a meeting room at Coldharbour House?",
    "how do i book a mtg room at coldharbour hosue? outlook won't let me",
    "I need somewhere at the ICB's head office for a team away morning next week. How do I reserve a space?"),
     unanswerable=True, absent={"terms": ["meeting room", "room booking", "book a room", "reserve"]})


# ------------------------------------------------------------------ checks
def window_text(source) -> str:
    path = PAPERS / source["file"]
    u = units(path, source.get("sheet"))
    a, b = source["lines"]
    missing = [i for i in range(a, b + 1) if i not in u]
    if path.suffix not in (".xlsx", ".md", ".txt"):
        assert not missing, f"{source}: units {missing} do not exist"
    assert a in u and b in u, f"{source}: first or last unit is empty or missing"
    return normalise("\n".join(u[i] for i in range(a, b + 1) if i in u))


def check(items) -> None:
    papers = sorted(PAPERS.iterdir())
    assert len(papers) == 7, "run make_papers.py first"
    whole = {p.name: normalise(all_text(p)) for p in papers}
    fine = {p.name: [normalise(x) for x in fine_units(p)] for p in papers}
    for it in items:
        s = it["source"]
        if s["file"]:
            assert (PAPERS / s["file"]).exists(), (it["id"], s["file"])
        if not it["expect_no_answer"]:
            text = window_text(s)
            for group in it["answer_any"]:
                assert any(normalise(alt) in text for alt in group), (it["id"], group, s)
            continue
        ab = it.get("_absent")
        assert ab, it["id"]
        if "rows_with" in ab:  # no line or row naming it also names the thing asked for
            for name, rows in fine.items():
                for row in rows:
                    if any(normalise(k) in row for k in ab["rows_with"]):
                        assert not any(t in row for t in ab["terms"]), (it["id"], name, row)
        elif "terms" in ab:
            for name, text in whole.items():
                for t in ab["terms"]:
                    assert normalise(t) not in text, (it["id"], name, t)
        if s["file"]:  # the near-miss window exists
            window_text(s)
    check_values(whole)
    by_fact = {}
    for it in items:
        by_fact.setdefault(it["fact"], []).append(it)
    for f, its in by_fact.items():
        assert [i["phrasing"] for i in its] == ["formal", "chat", "indirect"], f
        assert len({json.dumps(i["answer_any"]) for i in its}) == 1, f
        assert len({i["kind"] for i in its}) == 1 and len({i["as_of"] for i in its}) == 1, f
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for it in items:
        if it["as_of"]:
            dt.date.fromisoformat(it["as_of"])


# --------------------------------------------------------------- value-by-value checks
def grid_from_pdf() -> dict[str, dict[int, str]]:
    """Table 3 read back by position: each mark goes to the priority number above it and the programme label
    level with it; a superscript 'a' joins the tick to its left."""
    from pypdf import PdfReader

    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4], tm[5]))

    PdfReader(str(PAPERS / GRID)).pages[0].extract_text(visitor_text=visit)
    top_y = max(y for t, x, y in runs if t == "1" and x > 200)
    heads = {int(t): x for t, x, y in runs if re.fullmatch(r"[1-9]", t) and abs(y - top_y) < 1}
    assert sorted(heads) == list(range(1, 10)), heads
    labels = {t[0]: y for t, x, y in runs if re.match(r"[A-H]   ", t)}
    assert sorted(labels) == list("ABCDEFGH"), labels
    grid = {c: {} for c in labels}
    low = min(labels.values()) - 10
    for t, x, y in runs:
        if t in ("L", "\u2713") and low < y < top_y - 30:
            row = min(labels, key=lambda c: abs(labels[c] - y))
            col = min(heads, key=lambda n: abs(heads[n] - x))
            assert abs(heads[col] - x) < 20 and abs(labels[row] - y) < 5, (t, x, y)
            grid[row][col] = "L" if t == "L" else "T"
    for t, x, y in runs:
        if t == "a" and low < y < top_y - 30:
            row = min(labels, key=lambda c: abs(labels[c] - (y - 5)))
            col = min(heads, key=lambda n: abs(heads[n] - (x - 10)))
            assert grid[row][col] == "T"
            grid[row][col] = "Ta"
    return grid


def due_period(v: str):
    """(start, end) of a tracker due value as written."""
    mon = {m[:3]: i for i, m in enumerate(MONTHS, 1)}
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        d = dt.date.fromisoformat(v)
        return d, d
    m = re.fullmatch(r"(?:w/c )?(\d\d)/(\d\d)/(\d\d)", v)
    if m:
        d = dt.date(2000 + int(m[3]), int(m[2]), int(m[1]))
        return (d, d + dt.timedelta(days=6)) if v.startswith("w/c") else (d, d)
    m = re.fullmatch(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*[ -](\d{2,4})", v)
    if m:
        y = int(m[2]) if len(m[2]) == 4 else 2000 + int(m[2])
        mo = mon[m[1][:3]]
        end = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1))
        return dt.date(y, mo, 1), end
    m = re.fullmatch(r"Q([1-4]) 26/27", v)
    if m:
        q = int(m[1])
        starts = {1: dt.date(2026, 4, 1), 2: dt.date(2026, 7, 1), 3: dt.date(2026, 10, 1), 4: dt.date(2027, 1, 1)}
        ends = {1: dt.date(2026, 6, 30), 2: dt.date(2026, 9, 30), 3: dt.date(2026, 12, 31), 4: dt.date(2027, 3, 31)}
        return starts[q], ends[q]
    if v == "Winter 26/27":
        return dt.date(2026, 12, 1), dt.date(2027, 2, 28)
    assert v == "TBC", v
    return None


def overlaps(p, a, b):
    return p is not None and p[0] <= b and p[1] >= a


def check_values(whole) -> None:
    # coverage grid, by position
    g = grid_from_pdf()
    lead = {n: {c for c in g if g[c].get(n) == "L"} for n in range(1, 10)}
    marked = {n: {c for c in g if g[c].get(n)} for n in range(1, 10)}
    assert lead[5] == {"C"}                                                       # md-01
    assert {n for n, v in g["H"].items() if v == "L"} == {7, 8}                   # md-02
    assert [n for n in range(1, 10) if not lead[n]] == [9]                        # md-03
    assert g["E"][2] == "Ta"                                                      # md-04
    assert marked[4] == {"B", "F", "G"} and lead[4] == {"B"}                      # md-05
    assert set(g["F"]) == {1, 4, 9}                                               # md-06
    assert marked[8] == {"D", "G", "H"} and lead[8] == {"H"}                      # md-07
    gt = normalise(units(PAPERS / GRID)[1])
    assert "from q3 2026/27 only" in gt and "named ageing well until 30 june 2026" in gt

    # tracker: relative windows, red list, owner
    from openpyxl import load_workbook

    wb = load_workbook(str(PAPERS / TRK))
    ms = wb["Milestones"]
    rows = {}
    for r in range(4, ms.max_row + 1):
        ref, prog, name, owner, due, status = [ms.cell(r, c).value for c in range(1, 7)]
        due = due.date().isoformat() if isinstance(due, dt.datetime) else due
        rows[ref] = (r, prog, name, owner, due, status, due_period(due))
    oct26 = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    q3 = (dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert [k for k, v in rows.items() if k[0] == "E" and overlaps(v[6], *oct26)] == ["E.01"]          # ms-09
    assert [k for k, v in rows.items() if k[0] == "B" and overlaps(v[6], *q3)] == ["B.03", "B.04"]     # ms-10
    assert sorted(k for k, v in rows.items() if v[5] == "Red") == ["C.03", "D.02"]                   # list-03
    assert rows["C.01"][3] == "Kofi Danquah" and rows["C.01"][0] == 12                                 # own-09
    assert rows["G.01"][4] == "2026-11-30" and rows["D.03"][4] == "Q3 26/27"                           # ms-11, ms-03
    assert rows["B.03"][6] == (dt.date(2026, 11, 9), dt.date(2026, 11, 15))                            # ms-05
    assert dt.date(2026, 11, 9).weekday() == 0                                                         # a Monday
    assert rows["A.02"][4] == "02/11/26"  # the tracker predates the move to 11 January 2027 (ms-01)

    # finance: totals and the comparison
    fin = wb["Finance"]
    prog = {fin.cell(r, 1).value: [fin.cell(r, c).value for c in range(2, 6)] for r in range(5, 13)}
    tot = [fin.cell(13, c).value for c in range(2, 6)]
    assert fin.cell(13, 1).value == "Total"
    for k in range(4):
        assert abs(sum(v[k] for v in prog.values()) - tot[k]) < 1e-6
    assert max(prog, key=lambda p: prog[p][1]).startswith("D ")                                        # fig-05
    assert tot[1] == 38.9 and tot[3] == -6.3 and prog["G Digital & Data"][0] == 2.2                    # fig-03/04/10

    # BAF: current scores from the printed 'L × I = S' cells
    text = "\n".join(units(PAPERS / BAF).values())
    scores = {}
    for ref, body in re.findall(r"^(SR\d) (.*?)(?=^SR\d |\Z)", text, re.S | re.M):
        scores[ref] = int(re.search(r"\d × \d = (\d+)", body)[1])
    assert len(scores) == 8, scores
    assert sorted(k for k, v in scores.items() if v >= 15) == ["SR1", "SR2", "SR5"]                   # list-02
    assert scores["SR1"] == 20                                                                          # fig-09

    # minutes: initials resolved through the attendance table (JB and JBa are two people)
    lines = (PAPERS / MINS).read_text(encoding="utf-8").splitlines()
    who = {}
    for ln in lines[8:31]:
        cells = [c.strip() for c in ln.strip("|").split("|")]
        if len(cells) == 3 and cells[1] and cells[1] != "Initials" and not cells[1].startswith("-"):
            assert cells[1] not in who, cells[1]
            who[cells[1]] = cells[0]
    log = {}
    for ln in lines[lines.index("## Action log (new actions)"):]:
        m = re.match(r"\| (A26/\d\d) \| (.*?) \| (\w+) \| (.*?) \|", ln)
        if m:
            log[m[1]] = (m[2], who[m[3]], m[4])
    assert log["A26/35"][1] == "Jaswinder Bains" and log["A26/36"][1] == "Jonah Birtwhistle"          # own-07/08
    assert log["A26/34"][1] == "Comfort Mensah-Lyle" and "priority 9" in log["A26/34"][0]              # own-12
    assert log["A26/31"][1] == "Desmond Achterberg" and log["A26/31"][2] == "15/10/26"                 # ms-07
    assert who["EM"] == "Dr Elspeth Marwood" and "(Chair)" in lines[11]                                # own-06

    # e-mail: the SRO change is dated after the plan, the deck and the BAF that name Beckwith
    mail = normalise((PAPERS / MAIL).read_text(encoding="utf-8"))
    assert "monday 5 october 2026. from that date desmond achterberg" in mail and "is acting sro" in mail  # own-02
    assert "moves from 2 november 2026 to monday 11 january 2027" in mail                              # ms-01
    assert dt.date(2027, 1, 11).weekday() == 0 and dt.date(2026, 10, 5).weekday() == 0

    # near-misses by role: the role is named, never a person
    alltext = "\n".join(whole.values())
    assert alltext.count("director of estates") == 1 and "not at all. director of estates & facilities, c&w icb" \
        in whole[BAF]                                                               # nm-01
    ccio = [(n, r) for n, rows_ in ((n, [normalise(x) for x in fine_units(PAPERS / n)]) for n in whole)
            for r in rows_ if "ccio" in r or "clinical information officer" in r]
    assert len(ccio) == 2 and not any(re.search(r"\bdr |\bprof", r) for _n, r in ccio), ccio            # nm-02
    assert alltext.count("speak up") == 1 and "speak up guardian reports to the people committee" in whole[BAF]  # nm-05


def main() -> None:
    check(ITEMS)
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            it = {k: v for k, v in it.items() if not k.startswith("_")}
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds, facts, phr = {}, {}, {}
    for it in ITEMS:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
        phr[it["phrasing"]] = phr.get(it["phrasing"], 0) + 1
        facts.setdefault(it["kind"], set()).add(it["fact"])
    print(f"{len({i['fact'] for i in ITEMS})} facts, {len(ITEMS)} questions -> {out.name}; "
          f"questions by kind {kinds}; by phrasing {phr}; facts by kind { {k: len(v) for k, v in facts.items()} }")


if __name__ == "__main__":
    main()
