"""Write questions.jsonl for other_ics_l (Quarrendon & Hale Moss ICS) and check every gold answer.

Run with the project's venv after make_papers.py:
    .venv/bin/python tests/questions/other_ics_l/make_questions.py
For every answerable item it asserts that, in the source window it cites (see extract.py for what
source.lines counts in each format), at least one alternative of every answer group occurs (both sides
normalised: case, whitespace, dashes, quotes). For unanswerable items it asserts that the key terms are
absent from all papers (or, for a role, from every line/row that names the programme).
"""

import datetime as dt
import json
from pathlib import Path

from extract import all_text, fine_units, normalise, units

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"

BOARD = "01_Partnership_Board_pack_2018-09-27.pdf"
PLAN = "02_Delivery_Plan_2018-19_v3.docx"
TRACK = "03_Milestone_Tracker_2018-19.xlsx"
DECK = "04_System_Update_Nov2018.pptx"
EMAIL = "05_email_MH_SRO_change.txt"
CRG = "06_CRG_notes_2018-10-11.md"
GLANCE = "07_Plan_at_a_Glance_2018-19.pdf"
EASY = "08_Easy_Read_Our_Plan.docx"
STAKE = "09_Stakeholder_Map.pdf"

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
    out += [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"]
    return list(dict.fromkeys(out))


def month_alts(y: int, m: int) -> list[str]:
    name = MONTHS[m - 1]
    abbr = [name[:3]] + (["Sept"] if m == 9 else [])
    out = [f"{name} {y}", f"{name} '{y % 100}"]
    for a in abbr:
        out += [f"{a} {y}", f"{a}-{y % 100}", f"{a} '{y % 100}"]
    out += [f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return out


Q4_1819 = ["Q4", "Qtr 4", "Qtr4", "Quarter 4", "fourth quarter", "Jan-Mar", "Jan–Mar", "January to March",
           "January-March", "January–March", "March 2019", "Mar 2019", "Mar-19", "31 March", "end of March"]

ITEMS = []


def fact(fid, kind, shape, answer_any, source, phrasings, as_of=None, unanswerable=False, absent=None):
    """phrasings: (formal, chat, indirect) questions."""
    for ph, q in zip(("formal", "chat", "indirect"), phrasings):
        ITEMS.append({
            "id": f"l-{fid}-{ph[0]}",
            "kind": kind,
            "question": q,
            "answer_any": [] if unanswerable else answer_any,
            "source": source,
            "as_of": as_of,
            "expect_no_answer": unanswerable,
            "fact": f"l-{fid}",
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
fact("own-01", "owner", "role-holder", [["Drabble"]], src(BOARD, (4, 4), "Item 5, Table 1, row P1: SRO column"), (
    "Who is the Senior Responsible Officer for the Urgent & Emergency Care programme in the Quarrendon & Hale Moss ICS?",
    "who's SRO for UEC in QHM? need to cc them on the ED handovre paper",
    "I'm writing to the executive who is ultimately accountable for the urgent and emergency care programme about "
    "ambulance delays at Brindle Sands. Whose name goes on the letter?"))
fact("own-02", "owner", "role-holder", [["Quayyum"]], src(DECK, (2, 2), "slide 2 leadership table, row P1: Clinical lead"), (
    "Who is the clinical lead for the Urgent & Emergency Care programme?",
    "UEC clinical lead - who is it? want a clincian to sign off the SDEC pathway",
    "Our ED consultants want the senior doctor who leads the urgent care programme to review the new same day "
    "emergency care pathway. Who should we approach?"))
fact("own-03", "owner", "acting-interim", [["Morrissey"]], src(EMAIL, (9, 12), "top message of the thread (28 Sep 2018)"), (
    "Who is currently the Senior Responsible Officer for the Mental Health programme?",
    "who's the MH SRO now ruth P has left? need sign off for the crisis cafe comunications",
    "Ruth Penhaligon used to sign off mental health programme decisions, but she has left Fellside. Who do I take the "
    "out-of-area placements review to now?"), as_of="2018-11-15")
fact("own-04", "owner", "presenter", [["Raithatha"]], src(BOARD, (2, 2), "agenda, item 6: Lead / presenter column"), (
    "Who presented the Month 5 financial position to the Partnership Board on 27 September 2018?",
    "who did the M5 finance paper at the sept board? got a q on the numbres",
    "I have a query about the money figures the Partnership Board looked at in its September meeting. Who took that item?"))
fact("own-05", "owner", "chair", [["Achterberg"]], src(BOARD, (1, 1), "board pack cover sheet: Chair"), (
    "Who chairs the QHM ICS Partnership Board?",
    "who chairs the partnersihp board?",
    "I'm writing a formal letter to the person who presides over the Partnership Board meetings. Who should I address it to?"))
fact("own-06", "owner", "chair", [["Pritchard"]], src(CRG, (6, 6), "Chair field at the top of the notes"), (
    "Who chairs the Clinical Reference Group?",
    "who's chair of the CRG? want to get the RDC pathway on the agneda",
    "I want the rapid diagnostic centre pathway discussed at the clinicians' reference group next time. Who runs that meeting?"))
fact("own-07", "owner", "contact", [["Tasker"]], src(BOARD, (1, 1), "board pack cover sheet: Enquiries about these papers"), (
    "Who should enquiries about the Partnership Board papers be addressed to?",
    "who do i contact about the board papres for 27 sept?",
    "A member of the public rang wanting to send in a question for the September Partnership Board meeting. Who should I put them through to?"))
fact("own-08", "owner", "role-holder", [["Wierzbicki"]], src(PLAN, (22, 46), "milestone table row 'Perinatal mental health community team in post', Lead: TW, resolved in the Key to leads"), (
    "Who is the lead for the perinatal mental health community team milestone in the Delivery Plan 2018/19?",
    "perinatal MH team - who's the lead on the delivry plan?",
    "A health visitor asked who to speak to about when the new team for mums with mental health problems around birth "
    "will be up and running. Who is responsible for that?"))
fact("own-09", "owner", "role-holder", [["Marr"]], src(DECK, (3, 3), "slide 3 roadmap, grouped 'CCIO' box"), (
    "Who is the Chief Clinical Information Officer for the Connected Care programme?",
    "who's the CCIO for connected care / QHM care record? need clinical safty input",
    "I need a senior clinician to sign off the clinical safety case for the shared care record. Who is the clinical "
    "voice of the digital programme?"))
fact("own-10", "owner", "role-holder", [["Cresswell"]], src(EASY, (6, 6), "picture/text table, row 4 (person picture)"), (
    "Who is the Senior Responsible Officer for the Learning Disabilities & Autism programme?",
    "LD&A SRO - who's in charge of transfroming care in QHM?",
    "A family carer wants to write to whoever heads up the work on getting people with a learning disability out of "
    "hospital and back home. Who is that?"))
fact("own-11", "owner", "contact", [["Rookwood"]], src(STAKE, (2, 2), "key to the map, row 4 Healthwatch Quarrendon: Relationship owner"), (
    "Who is the relationship owner for Healthwatch Quarrendon on the stakeholder map?",
    "who owns the relatonship with healthwatch?",
    "Healthwatch Quarrendon have asked for a meeting about the Delivery Plan. Which of our people normally deals with them?"))

# ------------------------------------------------------------------ milestones (8)
fact("ms-01", "milestone", "milestone-date", [day_alts(2018, 12, 1)],
     src(TRACK, (9, 9), "Milestone Tracker sheet, row P1.4: Due date (a real Excel date)", "Milestone Tracker"), (
    "When will the Urgent Treatment Centre at Quarrendon General open?",
    "when does the UTC at quarrendon gen open? estates say it's slippng",
    "We're planning streaming rotas and need to know from what date minor injuries can go to the new walk-in centre "
    "at Quarrendon General."))
fact("ms-02", "milestone", "milestone-date", [day_alts(2018, 11, 12)], src(BOARD, (4, 4), "Item 5, Table 1, row P1 milestones"), (
    "When is the NHS 111 Clinical Assessment Service due to go live?",
    "111 CAS go live date?? need it for the rota planing",
    "Our out-of-hours GPs are joining the clinicians who handle NHS 111 calls. From what date does that service start?"))
fact("ms-03", "milestone", "two-dates", [day_alts(2019, 2, 18), month_alts(2019, 9)],
     src(DECK, (3, 3), "slide 3: chevrons Phase 1 / Phase 2 and the date boxes under them (grouped shapes)"), (
    "When do phase 1 and phase 2 of the QHM Care Record go live?",
    "QHM care record - ph1 and ph2 go-live dates? social care asking when thier records go in",
    "Our practice shares records in the first wave of the shared care record and our council social care team in the "
    "second. When does each wave start?"))
fact("ms-04", "milestone", "milestone-date", [day_alts(2019, 1, 14)], src(PLAN, (23, 23), "milestone table row 'Crisis café opens in Brindle Sands', Q4 column"), (
    "When will the crisis café in Brindle Sands open?",
    "crisis cafe brindle sands - openign date?",
    "People who ring our helpline in Brindle Sands keep asking when there will be somewhere to drop in out of hours "
    "when they're struggling, instead of going to A&E. When does that open?"))
fact("ms-05", "milestone", "milestone-quarter", [Q4_1819], src(PLAN, (20, 20), "milestone table row 'Neighbourhood Care Teams', cell merged across Q2-Q4"), (
    "By when will Neighbourhood Care Teams be live in all 13 neighbourhoods?",
    "when are NCTs live in all 13 neighbourhods?",
    "Our neighbourhood wasn't in wave 1 of the new multidisciplinary community teams. By when should every "
    "neighbourhood have one?"))
fact("ms-06", "milestone", "relative-window", [["111", "Clinical Assessment Service", "CAS"], ["Fit2Sit", "Fit 2 Sit"]],
     src(TRACK, (5, 10), "Milestone Tracker sheet, P1 section rows P1.1-P1.5 (due dates in November 2018: P1.2, P1.3)", "Milestone Tracker"), (
    "Which Urgent & Emergency Care milestones are due next month?",
    "UEC - whats due nxt month? prepping the A&E delivery bord update",
    "I'm drafting the urgent care programme's look-ahead for the calendar month after this one. What should be on it?"),
     as_of="2018-10-20")
fact("ms-07", "milestone", "relative-window", [["Rapid Diagnostic", "RDC"], ["lung health"]],
     src(TRACK, (20, 24), "Milestone Tracker sheet, P4 section rows P4.1-P4.4 (due in February 2019: P4.3, P4.4)", "Milestone Tracker"), (
    "Which Planned Care & Cancer milestones are due next month?",
    "planned care & cancer - anyting due next month?",
    "The cancer alliance want to know what our planned care and cancer programme is delivering in the month after this one."),
     as_of="2019-01-02")
fact("ms-08", "milestone", "milestone-date", [day_alts(2019, 1, 7)], src(BOARD, (5, 5), "Item 5, Table 1, row P8 (table continued from page 4, no header)"), (
    "When does cohort 2 of the nursing associates start?",
    "nursing assoc cohort 2 start date? got a HCA keen to aply",
    "One of our healthcare assistants missed the first intake of trainee nursing associates. When does the next intake begin?"))

# ------------------------------------------------------------------ must-do coverage (6)
MD = dict(sheet="Must-do coverage")
fact("md-01", "mustdo", "mustdo-coverage", [["Urgent & Emergency", "Urgent and Emergency", "UEC", "P1"]],
     src(TRACK, (4, 8), "Must-do coverage sheet, row must-do 4 (Y under P1; Partial under P2, P3); headers rotated", **MD), (
    "Which programme fully addresses national must-do 4 (A&E and ambulance performance)?",
    "which programe is a Y for must do 4, A&E & ambulance?",
    "NHS Improvement are asking which of our programmes is on the hook for the four-hour standard and ambulance "
    "response times. Which one is it?"))
fact("md-02", "mustdo", "mustdo-coverage", [["Planned Care", "PCC", "P4"]],
     src(TRACK, (4, 9), "Must-do coverage sheet, row must-do 5 (Y under P4 only)", **MD), (
    "Which programme covers the referral to treatment (18 weeks) must-do?",
    "RTT 18 wks must do - which progamme covers it?",
    "Our waiting list for routine operations is creeping past 18 weeks. Which of the ICS programmes is meant to be "
    "tackling that national requirement?"))
fact("md-03", "mustdo", "mustdo-gap", [["must-do 9", "must do 9", "MD9", "MD 9", "number 9", "no. 9", "quality",
                                        "special measures", "Carter", "safe staffing"]],
     src(TRACK, (4, 13), "Must-do coverage sheet: only row 9 has no Y (Partial under P8 only)", **MD), (
    "Which national must-do is not fully addressed by any programme?",
    "any must do's with no Y agianst them in the coverage grid?",
    "For the Board's assurance report I need to flag the national requirement that none of our programmes has fully "
    "taken on. Which is it?"))
fact("md-04", "mustdo", "mustdo-cell", [["Partial", "partly", "partially"]],
     src(TRACK, (4, 10), "Must-do coverage sheet, row must-do 6, column P7 Digital", **MD), (
    "How does the Digital (Connected Care) programme cover the cancer 62-day must-do?",
    "does digital cover must do 6 cancer? Y/N/partial? for the cancer aliance",
    "The cancer team asked whether the shared care record work counts towards the 62-day cancer requirement in our "
    "coverage grid. What does the grid say?"))
fact("md-05", "mustdo", "mustdo-coverage", [["Learning Disabilit", "LDA", "LD&A", "P6"], ["Mental Health", "MH", "P3"]],
     src(TRACK, (4, 12), "Must-do coverage sheet, row must-do 8 (Y under P6, Partial under P3)", **MD), (
    "Which programmes are marked against the learning disabilities must-do (must-do 8), fully or partially?",
    "must do 8 LD - which programmes r ticked, incl partal?",
    "Our Transforming Care board wants to know which ICS programmes contribute, even in part, to cutting the number of "
    "people with a learning disability in hospital."))
fact("md-06", "mustdo", "mustdo-coverage", [["Primary Care", "PCN", "P2"], ["Workforce", "WF", "P8"]],
     src(TRACK, (4, 7), "Must-do coverage sheet, row must-do 3 (Y under P2 and P8, Partial under P7)", **MD), (
    "Which programmes fully cover the general practice must-do (must-do 3)?",
    "which programmes r a full Y for must do 3 (GP)? not the partal ones",
    "The Local Medical Committee wants to know which of our programmes are fully signed up to the national requirement "
    "on GP sustainability and extended access."))

# ------------------------------------------------------------------ figures (5)
fact("fig-01", "fact", "figure", [["812,400", "812400", "812 400", "812.4k", "812.4 thousand"]],
     src(GLANCE, (1, 1), "page 1, left column, 'Our footprint'"), (
    "What is the registered population of the Quarrendon & Hale Moss ICS?",
    "how many ppl does QHM ICS cover? popualtion",
    "I'm working out a per-head rate for a bid and need the number of registered patients across the whole system."))
fact("fig-02", "fact", "figure", [["187.5"]], src(GLANCE, (1, 1), "page 1, right column, 'The money'"), (
    "What financial gap does the system face by 2020/21 if nothing changes?",
    "whats the do nothing finacial gap by 2020/21?",
    "For the staff briefing I want to say how much money the health and care system would be short by 2020/21 if we "
    "carried on as we are."))
fact("fig-03", "fact", "figure", [["214"]], src(GLANCE, (2, 2), "page 2 workforce table: row 'Registered nurse vacancies (WTE)', first column (rotated heading)"), (
    "How many registered nurse vacancies does Quarrendon Teaching Hospitals have?",
    "RN vacancies at QTH - how many WTE? need for the recruitmnet bid",
    "I'm writing the business case for an international nurse recruitment campaign at the teaching hospitals trust. "
    "How many qualified nursing posts are they short?"))
fact("fig-04", "fact", "figure", [["6,200", "6200", "6.2m", "6.2 m", "6.2 million"]],
     src(TRACK, (2, 11), "Investment 2018-19 sheet, row P7 Digital: Total (GBP 000, unit in row 2)", "Investment 2018-19"), (
    "How much transformation investment does the Digital (Connected Care) programme have in 2018/19?",
    "digital programme budget 18/19? total incl non-recurrant",
    "Finance want to know the total sum earmarked this year for the shared care record and the rest of the Connected Care work."))
fact("fig-05", "fact", "figure", [["21"]], src(EASY, (5, 5), "picture/text table, row 3 (hospital picture), bold '21 people or fewer'"), (
    "What is the target number of people with a learning disability or autism in inpatient care by March 2019?",
    "LD & autism inpatient traget for march 2019?",
    "A family carer asked how many people with a learning disability the ICS expects still to be in hospital beds by the "
    "end of March 2019. What's the figure?"))

# ------------------------------------------------------------------ lists (3)
fact("list-01", "fact", "list", [["Quarrendon City"], ["Hale Moss"], ["Brindle Coast"]],
     src(EASY, (3, 3), "picture/text table, row 1 (map picture): three bold names on their own lines"), (
    "What are the three places that make up the Quarrendon & Hale Moss ICS?",
    "what r the 3 places in QHM? doing a map for the websiet",
    "I'm designing a leaflet with a map of the local areas the partnership is organised around. Which areas should be on it?"))
fact("list-02", "fact", "list", [["Quarrendon Teaching"], ["Brindle Community"], ["Fellside"], ["Coastway"]],
     src(GLANCE, (1, 1), "page 1, left column, 'Our partners'"), (
    "Which four NHS trusts are partners in the Quarrendon & Hale Moss ICS?",
    "which NHS trusts r in the partnership? all 4 pls, for the distrubution list",
    "I'm setting up a data-sharing agreement and need every NHS provider organisation in the partnership to sign it. "
    "Who do I send it to?"))
fact("list-03", "fact", "list", [["Winter"], ["Mental Health Investment Standard", "MHIS"], ["Shared Care Record"]],
     src(BOARD, (2, 2), "agenda table, Purpose column = Decision (items 7, 8, 9)"), (
    "Which items on the 27 September 2018 Partnership Board agenda were for decision?",
    "sept 27 board - which items were for decison?",
    "I'm writing up what the Board was asked to actually sign off at its September meeting, as opposed to just note. "
    "Which papers were those?"))

# ------------------------------------------------------------------ definitions (2)
fact("def-01", "fact", "definition", [["Home And Local Options"]], src(PLAN, (58, 58), "section 4 Abbreviations, bullet 'HALO'"), (
    "What does HALO stand for?",
    "HALO = ? what's it stand for, keeps coming up in teh UEC papers",
    "The discharge team keep saying patients are 'going out on HALO'. What's the full name of that service?"))
fact("def-02", "fact", "definition", [["seat", "sitting", "chair"], ["handover", "handed over", "hand over", "release"]],
     src(BOARD, (5, 5), "footnote 1 under Table 1 (the marker is a superscript '1' glued to 'Fit2Sit')"), (
    "What is Fit2Sit?",
    "wat is fit2sit? ambulance crews keep mentioning it",
    "Paramedics at Brindle Sands mentioned a new scheme starting in November to get crews back on the road faster. "
    "What is it and how does it work?"))

# ------------------------------------------------------------------ board / governance dates (3)
fact("brd-01", "milestone", "board-date", [day_alts(2018, 11, 29)], src(BOARD, (2, 2), "agenda page, 'Date of next meeting' under the table"), (
    "When is the next Partnership Board meeting after 27 September 2018?",
    "next partnership board date after the sept one? need to get a paper in, deadlin looming",
    "My paper missed the September Partnership Board. When is the next chance to take it there?"))
fact("brd-02", "fact", "board-date", [day_alts(2018, 7, 26)], src(PLAN, (4, 4), "document control table, Status row"), (
    "When did the Partnership Board approve the Delivery Plan 2018/19?",
    "when was the 18/19 delivry plan signed off by the board?",
    "An auditor wants the date on which the ICS's plan for this year was formally agreed by its governing body."))
fact("brd-03", "milestone", "board-date", [day_alts(2018, 12, 13)], src(CRG, (49, 49), "last line, 'Date of next meeting'"), (
    "When is the next meeting of the Clinical Reference Group after 11 October 2018?",
    "next CRG meting? want the fit2sit audit on it",
    "I'd like the clinicians' group that met on 11 October to look at our pathway at their following meeting. When will that be?"))

# ------------------------------------------------------------------ near-miss unanswerables (5)
fact("nm-01", "unanswerable", "near-miss", [], src(DECK, (2, 2), "slide 2 leadership table, row P8: Clinical lead is '-' (SRO only)"), (
    "Who is the clinical lead for the Workforce & OD programme?",
    "WF & OD clinical lead - who? need a clinican for the nursing associate panel",
    "For the nursing associate interview panel I need the senior clinician who leads the workforce programme. Who is that?"),
     unanswerable=True, absent={"rows_with": ["workforce"], "terms": ["clinical lead", "clinical director"]})
fact("nm-02", "unanswerable", "near-miss", [], src(TRACK, (1, 13), "Investment 2018-19 sheet: 2018/19 only", "Investment 2018-19"), (
    "How much investment is planned for the Digital programme in 2019/20?",
    "how much is digital getting in 2019/20? planing next year's spend",
    "I'm drafting the spending profile for the shared care record for the financial year after this one. How much has "
    "the ICS set aside for Connected Care in that year?"),
     unanswerable=True, absent={"terms": ["2019/20", "2019-20", "19/20", "2019/2020"]})
fact("nm-03", "unanswerable", "near-miss", [], src(GLANCE, (1, 1), "page 1 'Our footprint' gives GP practices, not pharmacies"), (
    "How many community pharmacies are there in the Quarrendon & Hale Moss ICS?",
    "how many pharamcies in QHM?",
    "I'm planning a flu campaign leaflet drop to every chemist across the system. How many packs will I need?"),
     unanswerable=True, absent={"terms": ["pharmac", "chemist"]})
fact("nm-04", "unanswerable", "near-miss", [], src(DECK, (2, 2), "slide 2 leadership table, row P6: Clinical lead is '-' (SRO only)"), (
    "Who is the clinical lead for the Learning Disabilities & Autism programme?",
    "LD&A clinical lead? need a clincal sign off on the forensic team spec",
    "We need a senior clinician from the learning disabilities and autism programme to approve the community forensic "
    "team's model. Who would that be?"),
     unanswerable=True, absent={"rows_with": ["learning disab", "autism"], "terms": ["clinical lead", "clinical director"]})
fact("nm-05", "unanswerable", "near-miss", [], src(GLANCE, (1, 1), "page 1 'Our partners' names Hale Moss County Council, no officers"), (
    "Who is the Director of Public Health for Hale Moss County Council?",
    "who's the DPH at hale moss council? for the smokng cessation bid",
    "Our stop-smoking bid needs a letter of support from the council officer responsible for public health in Hale Moss. "
    "Who's that?"),
     unanswerable=True, absent={"terms": ["public health", "dph", "smok"]})

# ------------------------------------------------------------------ off-topic (3)
OFF = {"file": None, "lines": None, "where": "off-topic: not a question about the plans"}
fact("off-01", "unanswerable", "off-topic", [], OFF, (
    "How do I reset my NHSmail password?",
    "forgot my nhsmail pasword, how do i reset it?",
    "I've been locked out of my email after too many wrong login attempts. What do I do?"),
     unanswerable=True, absent={"terms": ["password", "nhsmail", "login", "log in"]})
fact("off-02", "unanswerable", "off-topic", [], OFF, (
    "What time does the staff restaurant at Quarrendon General Hospital close?",
    "wot time does the canteen at quarrendon general shut?",
    "I'm on a late shift at Quarrendon General and want to know if I can still get a hot meal on site after 7pm."),
     unanswerable=True, absent={"terms": ["restaurant", "canteen", "meal", "catering"]})
fact("off-03", "unanswerable", "off-topic", [], OFF, (
    "What date is payday this month?",
    "when's pay day this mnth?",
    "My rent is due soon and I want to know when my salary lands in my account this month."),
     unanswerable=True, absent={"terms": ["payday", "pay day", "salary", "payroll"]})


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
        if "rows_with" in ab:  # a role: no line/row naming the programme also names the role
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
    # the role near-misses: the leadership table shows '-' in the clinical lead cell
    deck = normalise(units(PAPERS / DECK)[2])
    assert "p8 workforce & od | yvonne ashdown | - |" in deck and "p6 learning disabilities & autism | martin cresswell | - |" in deck
    check_grid_and_windows()
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


def check_grid_and_windows() -> None:
    """The must-do answers and the relative windows, checked cell by cell (text windows cannot show which
    column a Y sits in, or which dates fall in a month)."""
    from openpyxl import load_workbook

    wb = load_workbook(str(PAPERS / TRACK))
    ws = wb["Must-do coverage"]
    codes = [str(c.value).split()[0] for c in ws[4][2:]]
    grid = {}
    for row in ws.iter_rows(min_row=5, max_row=13):
        grid[row[0].value] = dict(zip(codes, (c.value for c in row[2:])))
    ys = {n: {p for p, v in r.items() if v == "Y"} for n, r in grid.items()}
    assert ys[4] == {"P1"} and ys[5] == {"P4"} and ys[3] == {"P2", "P8"}          # md-01, md-02, md-06
    assert [n for n, y in ys.items() if not y] == [9]                              # md-03
    assert grid[6]["P7"] == "Partial"                                              # md-04
    assert {p: v for p, v in grid[8].items() if v != "N"} == {"P6": "Y", "P3": "Partial"}  # md-05
    ws = wb["Milestone Tracker"]
    due = {r[0].value: r[3].value for r in ws.iter_rows(min_row=5) if r[0].value and isinstance(r[3].value, dt.datetime)}
    nov = sorted(k for k, d in due.items() if k.startswith("P1.") and (d.year, d.month) == (2018, 11))
    feb = sorted(k for k, d in due.items() if k.startswith("P4.") and (d.year, d.month) == (2019, 2))
    assert nov == ["P1.2", "P1.3"] and feb == ["P4.3", "P4.4"], (nov, feb)         # ms-06, ms-07
    assert due["P1.4"].date() == dt.date(2018, 12, 1)                              # ms-01


def main() -> None:
    check(ITEMS)
    out = HERE / "questions.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            it = {k: v for k, v in it.items() if not k.startswith("_")}
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = {}
    for it in ITEMS:
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
    print(f"{len({i['fact'] for i in ITEMS})} facts, {len(ITEMS)} questions -> {out.name}; by kind {kinds}")


if __name__ == "__main__":
    main()
