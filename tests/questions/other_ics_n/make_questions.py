"""Write questions.jsonl for other_ics_n (Hollinsmoor & Tiverbank ICS) and check every gold answer.

Run with the project's venv after make_papers.py:
    /work/main/.venv/bin/python make_questions.py
For every answerable item it asserts that, in the source window it cites (see extract.py for what
source.lines counts in each format), at least one alternative of every answer group occurs (both sides
normalised: case, whitespace, dashes, quotes). For unanswerable items it asserts that the key terms are
absent from all papers (or, for a role or a site, from every line/row that names the programme or site).
Then, value by value: the must-do marks are read back from the PDF matrix by the position of each letter
under its column number; the relative windows and the red list are computed from the printed milestone plan's
own due dates and RAG letters; the milestone owner is joined across the print's pages by Ref; the comparisons
and the HT07 total are recomputed from the Schemes sheet; the budget holder is resolved through the Lookups
sheet; the continued leadership table is joined back to its programme; action owners are resolved from the
initials in the minutes; the roadmap boxes are placed under their quarter by geometry.
"""

import datetime as dt
import json
import re
from pathlib import Path

from extract import all_text, docx_table_rows, fine_units, normalise, pptx_boxes, units

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"

PRINT = "01_HT_Milestone_Plan_v7_print_2025-11-21.pdf"
GOV = "02_Programme_Leadership_and_Governance_v3.docx"
MATRIX = "03_Must-Do_Coverage_Matrix_2025-26.pdf"
ROAD = "04_Programme_Roadmaps_STB_2025-11-13.pptx"
FIN = "05_Transformation_Finance_Tracker_2025-26.xlsx"
DIGEST = "06_PMO_Weekly_Digest_we_2025-11-21.txt"
MINS = "07_STB_Minutes_2025-11-13.docx"
AR = "08_Annual_Report_2024-25_Chapter3_Performance.pdf"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def day_alts(y: int, m: int, d: int) -> list[str]:
    """Renderings of a day date (the year may be left off, as in the shared dev set)."""
    name = MONTHS[m - 1]
    abbr = [name[:3]] + (["Sept"] if m == 9 else [])
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [f"{d} {name}", f"{d}{suf} {name}", f"{name} {d}", f"{name} {d}{suf}"]
    for a in abbr:
        out += [f"{d} {a}", f"{d}{suf} {a}", f"{a} {d}", f"{d}-{a}", f"{d:02d}-{a}"]
    out += [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d:02d}.{m:02d}.{y}"]
    return list(dict.fromkeys(out))


def month_alts(y: int, m: int) -> list[str]:
    name = MONTHS[m - 1]
    abbr = [name[:3]] + (["Sept"] if m == 9 else [])
    out = [f"{name} {y}", f"{name} '{y % 100}"]
    for a in abbr:
        out += [f"{a} {y}", f"{a}-{y % 100}", f"{a} '{y % 100}", f"{a} {y % 100}"]
    out += [f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return out


# Quarter 3 of 2025/26 = October to December 2025
Q3_2526 = ["Q3", "Qtr 3", "Qtr3", "Quarter 3", "third quarter", "Oct-Dec", "Oct–Dec", "October to December",
           "October-December", "October–December", "December 2025", "Dec 2025", "Dec-25", "31 December",
           "end of December"]
MD2 = ["must-do 2", "must do 2", "MD2", "MD 2", "must-do no. 2", "number 2", "financial balance"]
MD5 = ["must-do 5", "must do 5", "MD5", "MD 5", "number 5", "18 weeks", "18-week", "18 week", "referral to treatment",
       "RTT"]
MD7 = ["must-do 7", "must do 7", "MD7", "MD 7", "number 7", "mental health access"]
MD8 = ["must-do 8", "must do 8", "MD8", "MD 8", "number 8", "learning disab", "Transforming Care"]
MD9 = ["must-do 9", "must do 9", "MD9", "MD 9", "number 9", "quality", "special measures", "safe staffing"]

ITEMS = []


def fact(fid, kind, shape, answer_any, source, phrasings, as_of=None, unanswerable=False, absent=None):
    """phrasings: (formal, chat, indirect) questions."""
    for ph, q in zip(("formal", "chat", "indirect"), phrasings):
        ITEMS.append({
            "id": f"n-{fid}-{ph[0]}",
            "kind": kind,
            "question": q,
            "answer_any": [] if unanswerable else answer_any,
            "source": source,
            "as_of": as_of,
            "expect_no_answer": unanswerable,
            "fact": f"n-{fid}",
            "phrasing": ph,
            "shape": shape,
            **({"_absent": absent} if absent else {}),
        })


def src(file, lines, where, sheet=None):
    s = {"file": file, "lines": list(lines), "where": where}
    if sheet:
        s["sheet"] = sheet
    return s


# ------------------------------------------------------------------ owners / role-holders (11)
fact("own-01", "owner", "role-holder", [["Crowther"]],
     src(GOV, (12, 12), "Table 1, first row of the HT01 group (programme cell merged down four rows): SRO"), (
    "Who is the Senior Responsible Officer for the Urgent & Emergency Care programme in Hollinsmoor & Tiverbank?",
    "who's the SRO for UEC? want to cc them on the ambulanse handover email",
    "I'm writing up a complaint about patients left waiting in ambulances outside Hollinsmoor General. Which senior "
    "person is ultimately answerable for improving that across the system?"))
fact("own-02", "owner", "role-holder", [["Varady"]],
     src(GOV, (23, 27), "Table 1 rows HT04 (SRO, Finance lead), then after the page break 'Table 1 (continued)', whose "
                        "first row (empty programme cell) is the HT04 Clinical lead"), (
    "Who is the clinical lead for the Planned Care & Diagnostics programme?",
    "clinical lead for planned care & diagnostics? need a consultant to sign of the validation protocol",
    "Our waiting-list validation protocol needs sign-off from the senior doctor on the programme that covers "
    "operations, outpatients and scans. Who is that?"))
fact("own-03", "owner", "acting-interim", [["Brannigan"]],
     src(GOV, (19, 20), "Table 1, HT03 rows: SRO Owen Thackeray 'to 31.10.25', then SRO (interim) Dr Leah Brannigan "
                        "from 01.11.25 (also section 2 and the minutes, item 4)"), (
    "Who is currently the Senior Responsible Officer for the Mental Health, Learning Disability & Autism programme?",
    "who's SRO for MH, LD & autism now Owen has retired? need sign off for the crisis cafe buisness case",
    "Owen Thackeray used to sign off our mental health programme papers but he has retired. Who do I send the "
    "out-of-area placements report to now?"), as_of="2025-12-01")
fact("own-04", "owner", "presenter", [["Wierzbicki"]],
     src(MINS, (9, 9), "minutes table, item 3: 'Dr Tomasz Wierzbicki presented the winter update on behalf of "
                       "Bethany Crowther'"), (
    "Who presented the urgent and emergency care winter update at the System Transformation Board on 13 November "
    "2025?",
    "who presented the UEC winter update at STB on 13 nov? bethany wasnt there I think",
    "I missed the November meeting of the transformation board. Who actually talked members through the winter "
    "pressures item, so I can ask them about the discharge figures?"))
fact("own-05", "owner", "chair", [["Hartshorn"]],
     src(MINS, (3, 3), "'Present' paragraph: 'Gideon Hartshorn (GH), Director of Strategy & Transformation (Chair)'"), (
    "Who chairs the System Transformation Board?",
    "who chairs STB? want to get an item on the decmber agenda",
    "I want to add an item to the agenda of the monthly board that oversees all eight transformation programmes. "
    "Whose agreement do I need as the person presiding over it?"))
fact("own-06", "owner", "chair", [["Mbatha"]],
     src(AR, (1, 1), "section 3.1, second paragraph: 'Our Integrated Care Partnership, chaired by Cllr Esther Mbatha'"), (
    "Who chairs the Hollinsmoor & Tiverbank Integrated Care Partnership?",
    "who's the ICP chair? not the ICB one - for the voluntary sector forum invitaton",
    "Our voluntary sector forum wants to invite the person who leads the wider partnership of the NHS and the "
    "councils, not the NHS board itself. Who is that?"))
fact("own-07", "owner", "contact", [["Vasudevan"]],
     src(DIGEST, (40, 41), "digest, closing paragraph 'Questions about this digest or the milestone plan: please "
                           "contact Priya Vasudevan' (the digest is sent by Nell Garside on her behalf)"), (
    "Who should questions about the PMO weekly digest or the milestone plan be sent to?",
    "who do i ask abt the PMO digest? a date in the milestone plan looks wrnog",
    "One of the dates in this week's round-up email from the programme office looks wrong to me. Who should I "
    "contact about it?"))
fact("own-08", "owner", "role-holder", [["Obiora"]],
     src(FIN, (20, 20), "Schemes sheet row S08 'Tiverbank CDC - MRI enabling works' gives budget holder P022 only; "
                        "Lookups sheet row P022 gives the name", "Lookups"), (
    "Who is the budget holder for the Tiverbank CDC MRI enabling works scheme?",
    "who holds the budget for the MRI enabling works at tiverbank CDC? need an invoice aproved",
    "The contractor preparing the space for the new scanner at the Tiverbank diagnostic centre has sent an invoice. "
    "Whose budget is it charged to, so I know who signs it off?"))
fact("own-09", "owner", "role-holder", [["Penhaligon"]],
     src(ROAD, (8, 8), "slide 8 (HT07), people line 'SRO: Torvald Lindqvist · CCIO: Dr Harriet Penhaligon'"), (
    "Who is the Chief Clinical Information Officer on the Digital & Population Health programme?",
    "who's the CCIO? need clincal safety sign-off before the EPR go-live at HGH",
    "I need the senior doctor who speaks for clinicians on the digital programme to sign the safety case before the "
    "new patient record goes live. Who is that?"))
fact("own-10", "owner", "role-holder", [["Oakshott"]],
     src(PRINT, (3, 5), "Plan sheet printed 'down, then over': Ref HT05.01 'Lung health checks extended to "
                        "Tiverbank' on page 3 (columns A-E); its Milestone owner on page 5 (column A repeated, F-G)"), (
    "Who owns the milestone to extend lung health checks to Tiverbank?",
    "who owns the lung health checks tiverbank milstone?",
    "A GP in Tiverbank asked me when the mobile scanning truck for smokers and ex-smokers is coming to town. Who is "
    "responsible for delivering that?"))
fact("own-11", "owner", "action-owner", [["Colquhoun"]],
     src(MINS, (4, 14), "minutes table, item 8: 'ACTION: RC by 27/11 - circulate the international recruitment "
                        "pipeline figures'; RC is Ruairi Colquhoun in the 'In attendance' paragraph"), (
    "Who has the action from the 13 November 2025 System Transformation Board to circulate the international "
    "recruitment pipeline figures?",
    "who's got the action to send round the intl recruitment pipline figures from STB?",
    "I'm expecting figures on how many overseas nurses are in the pipeline, promised at the November transformation "
    "board. Who was supposed to send them?"))

# ------------------------------------------------------------------ milestones (10)
fact("ms-01", "milestone", "milestone-date", [day_alts(2025, 11, 14)],
     src(PRINT, (2, 2), "Plan sheet page 2, HT01.02 'SDEC at HGH open until 22:00, seven days a week', Due "
                        "'w/e 14.11.25' (week ending Friday 14 November 2025)"), (
    "When is SDEC at Hollinsmoor General Hospital due to open until 22:00 seven days a week?",
    "SDEC extended hours at HGH - when's it due? ED rota needs to know, thx in advence",
    "Our emergency department rota team wants to know from which week same-day emergency care at Hollinsmoor "
    "General will stay open into the late evening every day."))
fact("ms-02", "milestone", "action-due", [day_alts(2025, 12, 4) + ["04/12"]],
     src(MINS, (9, 9), "minutes table, item 3: 'ACTION: TW by 04/12 - bring a revised discharge-to-assess "
                       "trajectory to the December meeting'"), (
    "What is the due date of the System Transformation Board action on the revised discharge-to-assess trajectory?",
    "when's the D2A trajectory action from the 13 nov STB due? need to chase it upp",
    "I've been asked to help the urgent care team redo their plan for cutting the beds used to assess patients after "
    "they leave hospital. What deadline did the board give them?"))
fact("ms-03", "milestone", "milestone-quarter", [Q3_2526],
     src(PRINT, (3, 3), "Plan sheet page 3, HT04.03 'No patient waiting over 78 weeks', Due 'end Q3' (Q3 2025/26 = "
                        "October-December 2025)"), (
    "When is the milestone to have no patient waiting over 78 weeks due?",
    "78 wk waits cleared by when? planned care milestone, for the electve board",
    "A patient has been on the orthopaedic waiting list for a year and a half. By when does our plan say nobody "
    "should be waiting that long?"))
fact("ms-04", "milestone", "milestone-season", [["spring"]],
     src(PRINT, (2, 2), "Plan sheet page 2, HT02.01 'Neighbourhood health teams live in all 14 neighbourhoods', Due "
                        "'by the spring' (also slide 3, Q4 box)"), (
    "When will neighbourhood health teams be live in all 14 neighbourhoods?",
    "when r neighbourhood health teams live in all 14 neighbourhods?",
    "Our practice is in one of the areas that still hasn't got its joined-up community team of nurses, therapists "
    "and social care. When should every area have one?"))
fact("ms-05", "milestone", "two-dates", [day_alts(2026, 3, 2), day_alts(2026, 5, 11)],
     src(MINS, (11, 11), "minutes table, item 5: the Board AGREED the EPR go-live dates, HGH 2 March 2026 and "
                         "Tiverbank Community Hospital 11 May 2026"), (
    "On what dates will the electronic patient record go live at Hollinsmoor General Hospital and at Tiverbank "
    "Community Hospital?",
    "EPR go-live dates for HGH and tiverbank community hosp? training team planing",
    "I run the training rooms at Hollinsmoor General and at the Tiverbank community hospital. When does each site "
    "switch over to the new computerised patient notes?"))
fact("ms-06", "milestone", "relative-window",
     [["telephony"], ["same-day access hub", "same-day hub", "same day access hub", "same day hub", "Upper Tiver Dales"]],
     src(PRINT, (2, 2), "Plan sheet page 2, rows HT02.01-HT02.04 (due in January 2026: HT02.02 'w/e 16.01.26', "
                        "HT02.03 '26.01.26')"), (
    "Which Primary Care & Neighbourhood Health milestones are due next month?",
    "primary care & neighbourhood health - what's due nxt month? for the PCN clinical directers meeting",
    "I'm writing the GP practices' newsletter. What is the programme for general practice and neighbourhood teams "
    "due to deliver in the calendar month after this one?"), as_of="2025-12-10")
fact("ms-07", "milestone", "relative-window",
     [["lung health"], ["Faster Diagnosis", "FDS"], ["non-specific symptoms", "NSS"]],
     src(PRINT, (3, 3), "Plan sheet page 3, rows HT05.01-HT05.04 (due in January-March 2026: HT05.01 'w/e 23.01.26', "
                        "HT05.02 'Mar-26', HT05.03 '02.03.26')"), (
    "Which Cancer programme milestones are due this quarter?",
    "cancer programme - what's due this qtr? for the alliance bord",
    "The cancer alliance board wants to know what our cancer work is due to deliver in the three months we're in "
    "now."), as_of="2026-01-14")
fact("ms-08", "milestone", "board-date", [day_alts(2025, 12, 11)],
     src(MINS, (15, 15), "minutes table, item 9: date of next meeting"), (
    "When is the next System Transformation Board meeting after 13 November 2025?",
    "next STB after the 13 nov one? need my paper in on tme",
    "My paper missed the November meeting of the board that oversees the transformation programmes. When's the next "
    "one?"))
fact("ms-09", "milestone", "board-date", [day_alts(2026, 3, 26)],
     src(DIGEST, (37, 38), "digest, 'PLAN REFRESH': the Joint Forward Plan refresh goes to the ICB Board for approval "
                           "on 26 March 2026"), (
    "When does the Joint Forward Plan refresh go to the ICB Board for approval?",
    "when does the JFP refresh go to ICB board for sign off? need to book the comms in, pls advice",
    "I'm planning the staff communications about the updated five-year plan. On what date is the NHS board due to "
    "approve it?"))
fact("ms-10", "milestone", "milestone-month", [month_alts(2026, 2)],
     src(ROAD, (8, 8), "slide 8 (HT07), Q4 box (placed under the 'Q4 Jan-Mar 26' chevron only by position): "
                       "'Feb 26: Population health dashboard live in all PCNs' (print: HT07.02 'Feb-26')"), (
    "When will the population health dashboard be live in all primary care networks?",
    "pop health dashboard live for all PCNs - when? PCN managers keep askin",
    "Our network's practice managers want the tool that shows which of their patients are at highest risk across the "
    "population. When will every network have it?"))

# ------------------------------------------------------------------ must-do coverage (6)
fact("md-01", "mustdo", "mustdo-coverage", [["HT05", "Cancer programme"]],
     src(MATRIX, (1, 1), "Table M1, column 6: L in row HT05 Cancer (C under HT04, HT07); key in the footnote"), (
    "Which programme leads on national must-do 6, the cancer 62-day standard?",
    "who leads must do 6 (cancer 62 days)? which progamme",
    "Our trust keeps missing the two-month target from urgent referral to first treatment. Which ICS programme has "
    "the lead for that national requirement?"))
fact("md-02", "mustdo", "mustdo-coverage", [MD2, MD5],
     src(MATRIX, (1, 1), "Table M1, row HT04 Planned Care & Diagnostics: L under 1, 2 and 5, C under 6"), (
    "Which national must-dos does the Planned Care & Diagnostics programme lead on?",
    "which must dos does planned care & diagnostics lead? not the contributng ones",
    "I'm briefing the Director of Elective Care on which national requirements her programme is the lead for. "
    "Which are they?"))
fact("md-03", "mustdo", "mustdo-gap", [MD9],
     src(MATRIX, (1, 1), "Table M1: column 9 holds only C marks (HT01, HT06, HT08); every other column has an L"), (
    "Which national must-do has no lead programme in the coverage matrix?",
    "any must-do with no lead programme in the coverage matrx?",
    "For the Board's assurance report I have to flag any national requirement that none of our transformation "
    "programmes has taken the lead on. Is there one?"))
fact("md-04", "mustdo", "mustdo-cell", [["contribut"], ["Q3", "quarter 3", "third quarter", "October"]],
     src(MATRIX, (1, 1), "Table M1, row HT05 Cancer, column 5: 'C' with footnote 1 ('From Q3 2025/26 only'); key "
                         "under the table"), (
    "What is the Cancer programme's role on must-do 5 (referral to treatment within 18 weeks), and from when?",
    "cancer programme vs must do 5 RTT - lead or contributes? the C has a footnoet",
    "The elective team asked whether the cancer programme counts towards the 18-week waiting time requirement in our "
    "coverage table, and whether there's a catch. What does the table say?"))
fact("md-05", "mustdo", "mustdo-coverage",
     [["HT01", "Urgent & Emergency", "Urgent and Emergency", "UEC"], ["HT02", "Primary Care"],
      ["HT03", "Mental Health"]],
     src(MATRIX, (1, 1), "Table M1, column 4: L under HT01, C under HT02 and HT03"), (
    "Which programmes are marked against must-do 4 (A&E and ambulance response times), as lead or contributor?",
    "must do 4 A&E/ambulance - which programmes r marked? lead and contributers",
    "NHS England want to know every one of our programmes that plays any part, leading or supporting, in the "
    "four-hour standard and ambulance response times. Which are they?"))
fact("md-06", "mustdo", "mustdo-coverage", [MD7, MD8, MD9],
     src(MATRIX, (1, 1), "Table M1, row HT06 Children, Young People & Maternity (formerly Best Start in Life, "
                         "footnote): L under 1, C under 7, 8 and 9"), (
    "Which national must-dos does the Best Start in Life programme contribute to without leading?",
    "best start in life programme - which must dos does it contribute to (not lead)? can't find it in the martix",
    "I used to work on the Best Start in Life programme before it changed its name. Which national requirements "
    "does it support, though not as the lead?"))

# ------------------------------------------------------------------ figures (5)
fact("fig-01", "fact", "figure", [["884,150", "884150", "884 150", "884k", "884 thousand", "0.88 million"]],
     src(AR, (1, 1), "section 3.1, first paragraph"), (
    "What is the registered population of the Hollinsmoor & Tiverbank ICB?",
    "how many ppl are registered in HT ICB? registered populaton",
    "I'm working out a per-head cost for a bid and need the number of patients registered with GP practices across "
    "our whole area."))
fact("fig-02", "fact", "figure", [["118,620", "118620", "118 620", "118.6k", "118.6 thousand"]],
     src(AR, (1, 1), "caption of Figure 3.2 (the bars carry no values; the axis shows 0k-125k)"), (
    "How many type 1 A&E attendances were there at Hollinsmoor General Hospital in 2024/25?",
    "how many A&E attendences at HGH in 24/25?",
    "For the ED expansion business case I need the count of patients who came through Hollinsmoor General's main "
    "emergency department in 2024/25."))
fact("fig-03", "fact", "figure", [["6,940", "6940", "6.94m", "6.94 m", "6.94 million", "£6.94", "6.9m", "£6.9 million"]],
     src(FIN, (12, 12), "Summary sheet (pivot layout), row HT07 Digital & Population Health, Grand Total column "
                        "(£000, said only in row 2)", "Summary"), (
    "What is the planned 2025/26 transformation spend for the Digital & Population Health programme?",
    "total planned spend for digital & pop health 25/26? for the finace paper",
    "Finance want the full-year figure earmarked this year for the new patient record and the population health "
    "work together."))
fact("fig-04", "fact", "figure", [["38"]],
     src(DIGEST, (14, 15), "digest, 'DONE THIS WEEK / LAST WEEK', HT08 bullet over two hard-wrapped lines"), (
    "How many nurses arrived in cohort 4 of international nurse recruitment?",
    "how many intl nurses came in cohort 4? for the pastrol support plan",
    "I'm organising accommodation and pastoral support for the latest group of nurses recruited from overseas. How "
    "many arrived in that group?"))
fact("fig-05", "fact", "figure", [["2.3"]],
     src(MINS, (12, 12), "minutes table, item 6 (Finance at Month 7)"), (
    "How far adverse to plan was the system's financial position at Month 7 of 2025/26?",
    "how much adverse to plan r we at M7? finance update for the team brefing",
    "For the team briefing I want to say how far behind its financial plan the local NHS was at the end of October."))

# ------------------------------------------------------------------ lists (2)
fact("list-01", "fact", "list", [["Hollinsmoor"], ["Tiverbank"], ["Upper Tiver Dales", "Tiver Dales"]],
     src(AR, (1, 1), "section 3.1, first paragraph"), (
    "What are the three places that make up the Hollinsmoor & Tiverbank ICS?",
    "what r the 3 places in the ICS? doing a map for the intrenet",
    "I'm designing a leaflet with a map of the local areas our health and care partnership organises itself around. "
    "Which areas go on it?"))
fact("list-02", "fact", "list", [["discharge", "D2A"], ["out-of-area", "out of area"], ["78"]],
     src(PRINT, (2, 3), "Plan sheet pages 2-3, RAG column 'R': HT01.04, HT03.02, HT04.03"), (
    "Which milestones in the milestone plan are rated red?",
    "which milestones r red in the plan (v7)? for the exec sumary",
    "The executive team wants a one-line list of every milestone in the programme plan that is off track. What goes "
    "on it?"))

# ------------------------------------------------------------------ definitions (2)
fact("def-01", "fact", "definition",
     [["care home"], ["telephone", "phone", "24/7"], ["advanced clinical practitioner", "advanced practitioner",
                                                      "practitioner"]],
     src(AR, (1, 1), "sidebar box 'What is Care Home Link?' (a shaded one-cell table) under Figure 3.2"), (
    "What is Care Home Link?",
    "waht is care home link? one of our homes was told to ring it",
    "A care home manager asked me about the new number her staff can call day or night for advice before sending a "
    "resident to A&E. What is that service and who answers it?"))
fact("def-02", "fact", "renamed", [["Children, Young People & Maternity", "Children, Young People and Maternity",
                                     "Children, Young People"]],
     src(GOV, (7, 7), "section 2: 'With effect from 1 October 2025 the Best Start in Life programme (HT06) is "
                      "renamed Children, Young People & Maternity'"), (
    "What is the Best Start in Life programme called now?",
    "best start in life got renamed? what's its new nmae",
    "I've found an old highlight report for the HT06 programme with a different title from the one on this month's "
    "slides. What is the programme called now?"))

# ------------------------------------------------------------------ comparisons (2)
fact("cmp-01", "fact", "comparison", [["HT04", "Planned Care"]],
     src(FIN, (5, 14), "Summary sheet, Grand Total column: HT04 7,200 is the largest (HT07 6,940, HT01 6,600)",
         "Summary"), (
    "Which programme has the largest planned transformation spend in 2025/26?",
    "which programme has the biggest budget in 25/26? settling an arguement",
    "Someone in my team insists the digital programme gets more transformation money this year than any other. "
    "Which programme actually gets the most?"))
fact("cmp-02", "fact", "comparison", [month_alts(2026, 3) + ["March"]],
     src(FIN, (5, 14), "Summary sheet, Grand Total row: Mar-26 4,153 is the highest month", "Summary"), (
    "In which month of 2025/26 is total planned transformation spend highest?",
    "which month has the highest total planned spend in 25/26? cash flow forcast",
    "Treasury want to know when the biggest monthly draw on cash for the transformation programmes falls this year. "
    "Which month is it?"))

# ------------------------------------------------------------------ near-miss unanswerables (5)
fact("nm-01", "unanswerable", "near-miss", [],
     src(GOV, (12, 15), "Table 1, HT01 group: SRO, Clinical lead, Programme manager, Finance lead; no deputy SRO (the "
                        "presenter at STB attended 'on behalf of' the SRO, which is not a role)"), (
    "Who is the deputy SRO for the Urgent & Emergency Care programme?",
    "who's deputy SRO for UEC? bethany is on leave next wk, need someone to sign the winter reprot",
    "The urgent care programme's accountable lead is on leave for a fortnight. Who is formally named as her deputy "
    "in that accountable role?"),
     unanswerable=True, absent={"terms": ["deputy sro", "deputy senior responsible", "deputy programme sro",
                                          "sro (deputy)", "deputy lead"]})
fact("nm-02", "unanswerable", "near-miss", [],
     src(FIN, (4, 10), "Summary sheet: 2025/26 months only (Apr-25 to Mar-26)", "Summary"), (
    "What is the planned transformation spend for the Cancer programme in 2026/27?",
    "cancer programme budget for 26/27? doing next yr's plan, deadine friday",
    "I'm drafting the cancer programme's spending profile for the financial year after this one. How much has been "
    "set aside?"), as_of="2025-11-25",
     unanswerable=True, absent={"terms": ["2026/27", "2026-27", "26/27", "2026/2027", "2026-2027", "apr-26",
                                          "april 2026"]})
fact("nm-03", "unanswerable", "near-miss", [],
     src(AR, (1, 1), "section 3.1 gives GP practices (96) and neighbourhoods (14), not pharmacies"), (
    "How many community pharmacies are there in the Hollinsmoor & Tiverbank ICS area?",
    "how many community pharmacys in our ICS?",
    "I'm sending a winter-medicines poster pack to every high-street chemist in our patch. How many packs do I need?"),
     unanswerable=True, absent={"terms": ["pharmac", "chemist"]})
fact("nm-04", "unanswerable", "near-miss", [],
     src(GOV, (36, 37), "Table 1 (continued), HT08 group: SRO and Programme manager only; other programmes have a "
                        "clinical lead"), (
    "Who is the clinical lead for the People & Workforce programme?",
    "clinical lead for people & workforce? need a clinican on the retention panel",
    "We need a senior clinician from the workforce programme to sit on the nurse retention panel. Who is the doctor "
    "or nurse formally leading that programme clinically?"),
     unanswerable=True, absent={"rows_with": ["ht08", "people & workforce", "workforce"],
                                "terms": ["clinical lead", "clinical director"]})
fact("nm-05", "unanswerable", "near-miss", [],
     src(MINS, (11, 11), "minutes item 5: EPR go-live dates for Hollinsmoor General Hospital and Tiverbank Community "
                         "Hospital only; Dales Memorial Hospital (annual report 3.1) has none"), (
    "When does the electronic patient record go live at Dales Memorial Hospital?",
    "EPR go-live at dales memorial - when? MIU staff keep askng",
    "Staff at the minor injuries unit in Upper Tiver Dales want to know when they'll switch from paper notes to the "
    "new computer system. When is that?"),
     unanswerable=True, absent={"rows_with": ["dales"], "terms": ["epr", "patient record", "go-live", "go live"]})

# ------------------------------------------------------------------ off-topic (3)
OFF = {"file": None, "lines": None, "where": "off-topic: not a question about the plans"}
fact("off-01", "unanswerable", "off-topic", [], OFF, (
    "How do I claim mileage for travel between hospital sites?",
    "how do i claim milage for driving between HGH and tiverbank?",
    "I drive my own car between the two hospitals for clinics every week. How do I get the fuel costs paid back?"),
     unanswerable=True, absent={"terms": ["mileage", "milage", "expenses", "travel claim", "fuel"]})
fact("off-02", "unanswerable", "off-topic", [], OFF, (
    "How do I reset my NHSmail password?",
    "locked out of nhsmail, how do i reset my pasword?",
    "I've been locked out of my work email account after too many wrong attempts. How do I get back in?"),
     unanswerable=True, absent={"terms": ["password", "nhsmail", "locked out", "login", "log in"]})
fact("off-03", "unanswerable", "off-topic", [], OFF, (
    "What are the opening hours of the staff restaurant at Hollinsmoor General Hospital?",
    "what time does the canteen at HGH close on weekneds?",
    "I'm on a late shift at Hollinsmoor General on Saturday. Will I be able to get a hot meal on site after 7pm?"),
     unanswerable=True, absent={"terms": ["canteen", "restaurant", "hot meal", "catering", "opening hours"]})


# ------------------------------------------------------------------ checks
def window_text(source) -> str:
    path = PAPERS / source["file"]
    u = units(path, source.get("sheet"))
    a, b = source["lines"]
    missing = [i for i in range(a, b + 1) if i not in u]
    if path.suffix != ".xlsx":
        assert not missing, f"{source}: units {missing} do not exist"
    return normalise("\n".join(u[i] for i in range(a, b + 1) if i in u))


def check(items) -> None:
    papers = sorted(PAPERS.iterdir())
    assert len(papers) >= 7, "run make_papers.py first"
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
        if "rows_with" in ab:  # a role / a site: no line or row naming it also names the thing asked for
            for name, rows in fine.items():
                for row in rows:
                    if any(k in row for k in ab["rows_with"]):
                        assert not any(t in row for t in ab["terms"]), (it["id"], name, row)
        else:
            for name, text in whole.items():
                for t in ab["terms"]:
                    assert normalise(t) not in text, (it["id"], name, t)
        if s["file"]:  # the near-miss window exists
            window_text(s)
    check_values()
    # one fact, three phrasings, one answer
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
def matrix_from_pdf() -> dict[str, dict[int, str]]:
    """Read Table M1 back from the PDF by position: each mark goes to the column number above it and the
    programme label level with it (the plain text loses the blank cells, so position is the only way)."""
    from pypdf import PdfReader

    runs = []
    page = PdfReader(str(PAPERS / MATRIX)).pages[0]

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    header_y = next(y for t, x, y in runs if t == "Programme")
    cols = {int(t): x for t, x, y in runs if abs(y - header_y) < 3 and t.isdigit()}
    assert sorted(cols) == list(range(1, 10)), cols
    key_y = next(y for t, x, y in runs if t.startswith("Key: L = lead"))
    labels = {t[:4]: y for t, x, y in runs if re.match(r"HT0\d ", t) and key_y < y < header_y}
    assert len(labels) == 8, labels
    grid = {code: {} for code in labels}
    footnoted = set()
    for t, x, y in runs:
        if y >= header_y - 3 or x < min(cols.values()) - 20:
            continue
        code = min(labels, key=lambda c: abs(labels[c] - y))
        if abs(labels[code] - y) > 8:
            continue
        if t in ("L", "C"):
            n = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(cols[n] - x) < 25, (t, x, cols)
            grid[code][n] = t
        elif t == "1":  # the superscript footnote marker beside a C
            footnoted.add((code, min(cols, key=lambda k: abs(cols[k] - x))))
    for code, n in footnoted:
        grid[code][n] += "1"
    return grid


DUE_RE = [
    (re.compile(r"^w/e (\d\d)\.(\d\d)\.(\d\d)$"), "week"),
    (re.compile(r"^(\d\d)\.(\d\d)\.(\d\d)$"), "day"),
    (re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)-(\d\d)$"), "month"),
    (re.compile(r"^end Q([1-4])$"), "quarter"),
]
MON = {m[:3]: i for i, m in enumerate(MONTHS, 1)}


def due_period(text: str, fy_start: int = 2025):
    """(start, end) of a due date as the print writes it; None for TBC; spring = March-May 2026."""
    for rx, kind in DUE_RE:
        m = rx.match(text)
        if not m:
            continue
        if kind in ("week", "day"):
            d = dt.date(2000 + int(m[3]), int(m[2]), int(m[1]))
            return (d - dt.timedelta(days=6), d) if kind == "week" else (d, d)
        if kind == "month":
            y, mo = 2000 + int(m[2]), MON[m[1][:3]]
            nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
        q = int(m[1])
        starts = {1: dt.date(fy_start, 4, 1), 2: dt.date(fy_start, 7, 1), 3: dt.date(fy_start, 10, 1),
                  4: dt.date(fy_start + 1, 1, 1)}
        ends = {1: dt.date(fy_start, 6, 30), 2: dt.date(fy_start, 9, 30), 3: dt.date(fy_start, 12, 31),
                4: dt.date(fy_start + 1, 3, 31)}
        return starts[q], ends[q]
    if text == "by the spring":
        return dt.date(2026, 3, 1), dt.date(2026, 5, 31)
    assert text == "TBC", text
    return None


def print_records():
    """The printed plan read back: pages 2-3 give Ref, Programme, Milestone, Due, RAG (one cell per line);
    pages 4-5 give Ref, owner and update. Joined by Ref."""
    u = units(PAPERS / PRINT)
    left, right = {}, {}
    for pg in (2, 3):
        lines = u[pg].splitlines()
        start = lines.index("RAG") + 1
        body = lines[start:]
        assert len(body) % 5 == 0, (pg, body)
        for i in range(0, len(body), 5):
            ref, prog, ms, due, rag = body[i:i + 5]
            assert re.match(r"HT0\d\.\d\d$", ref), ref
            left[ref] = (prog, ms, due, rag)
    for pg in (4, 5):
        lines = u[pg].splitlines()
        body = lines[lines.index("Latest update (Nov-25)") + 1:]
        assert len(body) % 3 == 0, (pg, body)
        for i in range(0, len(body), 3):
            right[body[i]] = body[i + 1]
    assert left.keys() == right.keys()
    return {ref: (*left[ref], right[ref]) for ref in left}


def overlaps(p, a, b):
    return p is not None and p[0] <= b and p[1] >= a


def check_values() -> None:
    """Checks a text window cannot make."""
    # must-do matrix, by position
    g = matrix_from_pdf()
    lead = {n: {c for c in g if g[c].get(n) == "L"} for n in range(1, 10)}
    marked = {n: {c for c in g if g[c].get(n)} for n in range(1, 10)}
    assert lead[6] == {"HT05"}                                                          # md-01
    assert {n for n, v in g["HT04"].items() if v == "L"} == {1, 2, 5}                   # md-02
    assert [n for n in range(1, 10) if not lead[n]] == [9]                              # md-03
    assert g["HT05"][5] == "C1"                                                         # md-04
    assert marked[4] == {"HT01", "HT02", "HT03"} and lead[4] == {"HT01"}                # md-05
    assert {n for n, v in g["HT06"].items() if v.startswith("C")} == {7, 8, 9}          # md-06
    assert "1 from q3 2025/26 only" in normalise(units(PAPERS / MATRIX)[1])

    # printed milestone plan: relative windows, quarter, red list, owner joined across pages
    rec = print_records()
    assert len(rec) == 26
    per = {ref: due_period(r[2]) for ref, r in rec.items()}
    jan = sorted(r for r in rec if r.startswith("HT02") and overlaps(per[r], dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    q4 = sorted(r for r in rec if r.startswith("HT05") and overlaps(per[r], dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    assert jan == ["HT02.02", "HT02.03"], jan                                           # ms-06
    assert q4 == ["HT05.01", "HT05.02", "HT05.03"], q4                                  # ms-07
    assert per["HT01.02"] == (dt.date(2025, 11, 8), dt.date(2025, 11, 14))             # ms-01
    assert dt.date(2025, 11, 14).weekday() == 4                                         # a Friday
    assert per["HT04.03"] == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))             # ms-03
    assert rec["HT02.01"][2] == "by the spring"                                         # ms-04
    red = sorted(r for r in rec if rec[r][3] == "R")
    assert red == ["HT01.04", "HT03.02", "HT04.03"], red                                # list-02
    assert "Lung health" in rec["HT05.01"][1] and rec["HT05.01"][4] == "Gemma Oakshott"  # own-10
    assert rec["HT06.01"][0] == "HT06 Best Start in Life"  # the print still carries the old name

    # finance tracker: totals from the scheme rows, pivot consistent, comparisons, lookups
    from openpyxl import load_workbook

    wb = load_workbook(str(PAPERS / FIN))
    sc, sm, lk = wb["Schemes"], wb["Summary"], wb["Lookups"]
    months = [sc.cell(2, c).value for c in range(5, 17)]
    tot, by_month = {}, [0] * 12
    holder = {}
    for r in range(3, sc.max_row + 1):
        code = sc.cell(r, 2).value.split()[0]
        vals = [sc.cell(r, c).value for c in range(5, 17)]
        tot[code] = tot.get(code, 0) + sum(vals)
        by_month = [a + b for a, b in zip(by_month, vals)]
        holder[sc.cell(r, 3).value] = sc.cell(r, 4).value
    for r in range(6, 14):
        code = sm.cell(r, 1).value.split()[0]
        assert sm.cell(r, 14).value == tot[code], code
    assert max(tot, key=tot.get) == "HT04" and tot["HT07"] == 6940                     # cmp-01, fig-03
    assert months[by_month.index(max(by_month))] == "Mar-26"                            # cmp-02
    assert [sm.cell(14, c).value for c in range(2, 14)] == by_month
    codes = {lk.cell(r, 1).value: lk.cell(r, 2).value for r in range(2, 22)}
    assert holder["Tiverbank CDC - MRI enabling works"] == "P022" and codes["P022"] == "Nkechi Obiora"  # own-08
    assert lk.cell(20, 1).value == "P022"
    assert "2026" not in " ".join(str(m) for m in months[:9]) and months[-1] == "Mar-26"  # nm-02: 2025/26 only

    # leadership table: the continued table's first row belongs to HT04; HT08 has no clinical lead
    tables = docx_table_rows(PAPERS / GOV)
    assert len(tables) == 2
    roles, prog = {}, None
    for t in tables:
        assert t[0][:2] == ["Programme", "Role"]
        for row in t[1:]:
            if row[0]:
                prog = row[0].split()[0]
            roles.setdefault(prog, []).append((row[1], row[2]))
    assert tables[1][1][0] == "" and ("Clinical lead", "Mr Laszlo Varady FRCS") in roles["HT04"]  # own-02
    assert dict(roles["HT01"])["SRO"] == "Bethany Crowther"                                        # own-01
    assert ("SRO (interim)", "Dr Leah Brannigan") in roles["HT03"]                                 # own-03
    assert [r for r, _ in roles["HT08"]] == ["SRO", "Programme manager"]                           # nm-04
    assert not any("deputy" in r.lower() for r, _ in roles["HT01"])                               # nm-01
    assert sum(r.lower().startswith("clinical lead") for p in roles for r, _ in roles[p]) == 6

    # minutes: actions resolved through the initials of the attendance paragraphs
    mu = units(PAPERS / MINS)
    initials = dict((b, a) for a, b in re.findall(r"((?:Dr |Prof\. )?[A-Z][a-zé]+ [A-Z][\w'-]+(?: OBE)?) \(([A-Z]{2})\)",
                                                  mu[3] + " " + mu[4]))
    actions = re.findall(r"ACTION: ([A-Z]{2}) by (\d\d)/(\d\d) - ([^.]*)", "\n".join(mu.values()))
    act = {text: (initials[who], dt.date(2025, int(m), int(d))) for who, d, m, text in actions}
    rc = next(v for k, v in act.items() if "recruitment pipeline" in k)
    assert rc == ("Ruairi Colquhoun", dt.date(2025, 11, 27)), rc                        # own-11
    d2a = next(v for k, v in act.items() if "discharge-to-assess" in k)
    assert d2a == ("Dr Tomasz Wierzbicki", dt.date(2025, 12, 4)), d2a                   # ms-02
    assert "(chair)" in normalise(mu[3]).split("gideon hartshorn (gh)")[1][:50]         # own-05
    assert "presented the winter update on behalf of bethany crowther" in normalise(mu[9])  # own-04

    # roadmap slides: boxes placed under their quarter chevron only by position
    for slide, needle in ((8, "Population health dashboard"), (3, "by the spring")):
        shapes = pptx_boxes(PAPERS / ROAD, slide)
        chevrons = {t.split()[0]: x for x, y, t in shapes if re.match(r"Q[1-4] ", t)}
        box_x = next(x for x, y, t in shapes if needle in t)
        assert min(chevrons, key=lambda q: abs(chevrons[q] - box_x)) == "Q4", (slide, chevrons, box_x)
    texts = [t for _x, _y, t in pptx_boxes(PAPERS / ROAD, 8)]
    assert texts.index(next(t for t in texts if "dashboard" in t)) < texts.index(next(t for t in texts
                                                                                      if t.startswith("Q4")))


def main() -> None:
    check(ITEMS)
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            it = {k: v for k, v in it.items() if not k.startswith("_")}
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds, facts = {}, {}
    for it in ITEMS:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
        facts.setdefault(it["kind"], set()).add(it["fact"])
    print(f"{len({i['fact'] for i in ITEMS})} facts, {len(ITEMS)} questions -> {out.name}; "
          f"questions by kind {kinds}; facts by kind { {k: len(v) for k, v in facts.items()} }")


if __name__ == "__main__":
    main()
