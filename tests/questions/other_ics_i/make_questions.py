#!/usr/bin/env python3
"""Write questions.jsonl for the imaginary Greywater and Oxhollow Health and
Care Partnership (GOHCP) papers in ./papers/ and CHECK every gold answer
against the text a program extracts from the source file:

  .pdf   pypdf page.extract_text() (default mode; layout mode is also reported)
  .docx  python-docx: body paragraphs and tables in order, headers, footers,
         comments; tracked changes read from the XML (w:ins text kept, w:del
         text kept as "[del:...]")
  .xlsx  openpyxl data_only=True, every cell incl. hidden columns, dates as
         ISO yyyy-mm-dd, cell comments
  .pptx  python-pptx, recursing into group shapes, tables and notes
  .txt   raw text (the source.lines range is checked too)

Each group of answer_any must have at least one string in (1) the whole
file's text and (2) the unit named by "where" (page / section / sheet row /
slide) or by source.lines. Unanswerable items list regexes that must match
nowhere in any paper. Problems are printed; the exit status is 1 if any.

Run with /work/main/.venv/bin/python make_questions.py
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
OUT = HERE / "questions.jsonl"

F = {
    "docx": "GOHCP_Delivery_Plan_2017-19_v0.7_DRAFT.docx",
    "minutes": "GOHCP_Partnership_Board_Minutes_2017-11-14.txt",
    "matrix": "GOHCP_MustDo_Matrix_2017-19.pdf",
    "xlsx": "GOHCP_Elective_Cancer_Tracker_Jan2018.xlsx",
    "pptx": "GOHCP_Programme_Overview_SLE_Feb2018.pptx",
    "sduc": "GOHCP_SDUC_Update_Jan2018.pdf",
    "letter": "GOHCP_MHST_Investment_Letter_Feb2018.pdf",
}

# --------------------------------------------------------------------------
# answer-variant helpers
# --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def _abbrs(m):
    name = MONTHS[m - 1]
    out = [name[:3]]
    if m == 9:
        out.append("Sept")
    return out


def _suffix(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def day(d, m, y):
    name = MONTHS[m - 1]
    sfx = _suffix(d)
    v = [f"{d} {name}", f"{d}{sfx} {name}"]
    for ab in _abbrs(m):
        if ab != name:
            v += [f"{d} {ab}", f"{d}{sfx} {ab}"]
    # "March 1" would also match "March 16"; single-digit days get a suffix
    md = f"{d}" if d >= 10 else f"{d}{sfx}"
    v += [f"{name} {md}"]
    for ab in _abbrs(m):
        if ab != name:
            v.append(f"{ab} {md}")
    v += [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
          f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{name[:3]}-{y % 100:02d}"]
    seen, out = set(), []
    for s in v:
        if s.lower() not in seen:
            seen.add(s.lower())
            out.append(s)
    return out


def month(m, y):
    name = MONTHS[m - 1]
    v = [f"{name} {y}"]
    for ab in _abbrs(m):
        if ab != name:
            v.append(f"{ab} {y}")
    v += [f"{name[:3]}-{y % 100:02d}", f"{name[:3]} '{y % 100:02d}",
          f"{m:02d}/{y}", f"{y}-{m:02d}"]
    return v


def quarter(q, fy_start):
    """NHS quarter q of financial year fy_start/fy_start+1."""
    v = [f"Qtr {q}", f"Qtr{q}", f"Q{q}", f"Quarter {q}", f"Qtr. {q}"]
    first = (4 + 3 * (q - 1) - 1) % 12 + 1
    last = (first + 1) % 12 + 1
    year = fy_start if q < 4 else fy_start + 1
    a, b = MONTHS[first - 1], MONTHS[last - 1]
    v += [f"{a} to {b} {year}", f"{a}-{b} {year}", f"{a}\u2013{b} {year}",
          f"{a[:3]}-{b[:3]} {year}", f"{a[:3]} to {b[:3]} {year}"]
    return v


def person(full, *more):
    return [full, *more]


# --------------------------------------------------------------------------
# the facts: each asked three times (formal, chat, indirect)
# --------------------------------------------------------------------------
FACTS = [
    # ------------------------------------------------------------- owners
    dict(fact="i-own-sduc-sro", kind="owner", shape="role-holder", file="minutes",
         lines=[73, 77],
         answer=[person("Bernadette Okonjo-Hale", "Okonjo-Hale", "Okonjo Hale")],
         q=["Who is the Senior Responsible Officer for the Same Day Urgent Care "
            "programme (GO2) from 1 December 2017?",
            "who's the new sro for same day urgnet care (go2) now martin q is off?",
            "Martin Quillfeather is leaving the Greywater Royal at the end of "
            "November - who takes over as the senior lead for the same-day care "
            "programme?"]),
    dict(fact="i-own-mh-clinlead", kind="owner", shape="role-holder", file="minutes",
         lines=[92, 101],
         answer=[person("Helga Brightmore", "Brightmore")],
         q=["Who is the clinical lead for Mental Health Crisis Alternatives (GO4) "
            "from 1 January 2018?",
            "who's taking over from dr tarrant as clinical lead for mh crisis "
            "alternitives?",
            "The doctor who clinically leads the crisis line and crisis cafe work "
            "retires at the end of 2017 - who has been lined up to replace them?"]),
    dict(fact="i-own-shcr-sro", kind="owner", shape="role-holder", file="docx",
         where={"section": "2.8", "paragraph": "Responsible: (tracked change: "
                "Felix Arkwright deleted, Yasmin Delacourt inserted) (SRO)"},
         answer=[person("Yasmin Delacourt", "Delacourt")],
         q=["Who is the current SRO for the Digital Shared Care Record programme "
            "(GO8)?",
            "who's sro for the shared care recrod now felix arkwright has left?",
            "Now that the GRI Chief Information Officer has gone, who holds senior "
            "responsibility for joining up GP, hospital and social care records?"]),
    dict(fact="i-own-vice-chair", kind="owner", shape="board-person", file="minutes",
         lines=[50, 52],
         answer=[person("Desmond Haverigg", "Haverigg")],
         q=["Who was appointed Vice Chair of the GOHCP Partnership Board in "
            "November 2017?",
            "who's vice chair of the partnership baord?",
            "If Marguerite Oyelaran can't make a Partnership Board meeting, who "
            "chairs it in her place?"]),
    dict(fact="i-own-letter-signed", kind="owner", shape="who-signed", file="letter",
         where={"page": 1, "block": "signature block"},
         answer=[person("Gideon Pharoah", "Pharoah")],
         q=["Who signed the letter confirming the investment decision for Mental "
            "Health Support Teams in Greywater schools?",
            "who signed the mhst funding leter to janice mortlake?",
            "The February 2018 letter telling Children's Services that their "
            "schools mental health teams bid was approved - whose signature is "
            "on it?"]),
    dict(fact="i-own-mhst-drawdown", kind="owner", shape="contact", file="letter",
         where={"page": 1, "paragraph": "Funding will be released quarterly..."},
         answer=[person("Nadia Kowalczyk", "Kowalczyk")],
         q=["Whom should Children's Services contact about drawdown arrangements "
            "for the Mental Health Support Teams funding?",
            "who do i speak to about drawing down the mhst monney?",
            "Our team is ready to start claiming the approved schools mental "
            "health money - who handles releasing it?"]),
    dict(fact="i-own-pmo-reports-to", kind="owner", shape="reports-to", file="pptx",
         where={"slide": 3, "shape": "org chart: Callum Dunstable box joined by a "
                "connector to Anjali Castellanos box above"},
         answer=[person("Anjali Castellanos", "Castellanos")],
         q=["To whom does the Head of PMO report in the GOHCP leadership structure "
            "from February 2018?",
            "who does the head of pmo reprot to on the sle org chart?",
            "On the February 2018 leadership chart, whose box sits directly above "
            "the person who runs the programme management office?"]),
    dict(fact="i-own-nct-sro", kind="owner", shape="initiative-owner", file="docx",
         where={"section": "2.1", "paragraph": "Responsible: ... (SRO)"},
         answer=[person("Wilhelmina Ashdown", "Ashdown")],
         q=["Who is the SRO for the Neighbourhood Care Teams programme (GO1)?",
            "sro for the neighbourood care teams (ncts)?",
            "Who is the senior officer accountable for bringing community nursing, "
            "social work and GP teams together into local teams of 30-50k people?"]),
    dict(fact="i-own-ced-clinlead", kind="owner", shape="role-holder", file="xlsx",
         where={"sheet": "Tracker", "row": 25, "table": "Table C - Contacts",
                "column": "A-C"},
         answer=[person("Pieter Hallgarth", "Hallgarth")],
         q=["Who is the clinical lead for the Cancer Early Diagnosis programme "
            "(GO6)?",
            "clinical lead for cancer early diagnossis? go6",
            "Which consultant oncologist is the named clinician leading our work "
            "on spotting cancers earlier?"]),
    dict(fact="i-own-rdc-contact", kind="owner", shape="contact", file="xlsx",
         where={"sheet": "Tracker", "row": 26, "table": "Table C - Contacts",
                "column": "A-C"},
         answer=[person("Megan Oduya", "Oduya")],
         q=["Who should I contact about the rapid diagnostic centre (RDC) pilot?",
            "who's the contact for the rdc pliot at gri?",
            "I want to ask about the new one-stop cancer diagnostics pilot at the "
            "Royal - which programme manager do I talk to?"]),
    dict(fact="i-own-contractor", kind="owner", shape="initiative-owner", file="xlsx",
         where={"sheet": "Tracker", "row": 8, "table": "Table A", "column": "C"},
         answer=[person("Rupert Callaghan", "Callaghan")],
         q=["Who owns the milestone to appoint the theatre build contractor for "
            "the Oxhollow Surgical Hub?",
            "who owns e3 on the elective hub tracker, the theatre build contracter "
            "appointment?",
            "Who is accountable for getting a builder signed up for the new "
            "operating theatres at Oxhollow?"]),
    dict(fact="i-own-sduc-deputy", kind="owner", shape="deputy", file="sduc",
         where={"page": 2, "table": "Programme contacts", "row": "Deputy SRO"},
         answer=[person("Lorna Pettigrew", "Pettigrew")],
         q=["Who is the Deputy SRO for the Same Day Urgent Care programme?",
            "deputy sro on same day urgnt care?",
            "Bernadette is on leave - who is second in command on the same-day "
            "urgent care programme?"]),
    dict(fact="i-own-amb-lead", kind="owner", shape="role-holder", file="sduc",
         where={"page": 2, "table": "Programme contacts",
                "row": "Ambulance lead (NMAS)"},
         answer=[person("Kwame Ashworth", "Ashworth")],
         q=["Who is the ambulance lead from NMAS on the Same Day Urgent Care "
            "programme?",
            "who's the nmas lead on sduc? the ambulence one",
            "Who from Northmoor Ambulance Service owns the target to stop "
            "hour-long handovers at the Royal?"]),
    dict(fact="i-own-academy-director", kind="owner", shape="role-holder",
         file="minutes", lines=[135, 137],
         answer=[person("Declan Moorcroft", "Moorcroft")],
         q=["Who was confirmed as Academy Director of the GO Workforce Academy?",
            "who's running the workforce acadmey?",
            "Which person heads the new system-wide hub for apprenticeships and "
            "nursing associates hosted by Brindlemere?"]),
    dict(fact="i-own-riskstrat", kind="owner", shape="initiative-owner", file="docx",
         where={"section": "2.1.2", "paragraph": "Responsible:"},
         answer=[person("Ngozi Fairweather", "Fairweather")],
         q=["Who is responsible for getting the risk stratification tool in use in "
            "all practices?",
            "who's on the hook for the risk stratifcation tool rollout in the nct "
            "work?",
            "Which clinical lead has to make sure every practice is using the "
            "tool that flags high-risk patients for the neighbourhood teams?"]),
    dict(fact="i-own-lda-sro", kind="owner", shape="initiative-owner", file="pptx",
         where={"slide": 2, "group": "Card GO7 (inside group Programme cards)"},
         answer=[person("Priya Ormerod", "Ormerod")],
         q=["Who is the SRO for the Learning Disability and Autism programme "
            "(GO7)?",
            "lda sro? the lerning disability and autism one",
            "Which director is accountable for cutting inpatient beds for people "
            "with a learning disability or autism?"]),

    # --------------------------------------------------------- milestones
    dict(fact="i-ms-utc-moved", kind="milestone", shape="moved-date", file="sduc",
         where={"page": 1, "row": "S2", "column": "Due (wraps to 2 lines)"},
         answer=[day(1, 12, 2017), day(1, 3, 2018)],
         q=["What was the original designation date for the Saltmarsh Coast Urgent "
            "Treatment Centre, and what is the revised date?",
            "saltmarsh utc designation - what was the old date and what's the new "
            "one? heard it sliped",
            "The urgent treatment centre on the coast was meant to be designated "
            "before Christmas 2017 - when was that exactly, and when is it "
            "happening now?"]),
    dict(fact="i-ms-hub-open", kind="milestone", shape="moved-date", file="xlsx",
         where={"sheet": "Tracker", "row": 9, "column": "D (Forecast date)"},
         answer=[day(3, 9, 2018)],
         q=["What is the current forecast date for the Oxhollow Surgical Hub to "
            "open to patients?",
            "when's the oxhollow surgcal hub opening now? thought it was april",
            "On the latest forecast, when will patients start being operated on in "
            "the new four-theatre unit at Oxhollow General?"]),
    dict(fact="i-ms-shcr-phase2", kind="milestone", shape="moved-date", file="docx",
         where={"section": "2.8.2", "paragraph": "By: (tracked change: Qtr 3 "
                "2017/18 deleted, Qtr 1 2018/19 inserted)"},
         answer=[quarter(1, 2018)],
         q=["When is Phase 2 of the Digital Shared Care Record (social care "
            "records) now due to go live?",
            "shcr phase 2 (socail care records) - when's go live now?",
            "Now the plan has been re-phased, when will social care information "
            "start showing up in the joined-up care record?"]),
    dict(fact="i-ms-riskstrat", kind="milestone", shape="moved-date", file="docx",
         where={"section": "2.1.2", "paragraph": "By: (tracked change: 30 November "
                "2017 deleted, 31 January 2018 inserted)"},
         answer=[day(31, 1, 2018)],
         q=["By when must the risk stratification tool be in use in all practices "
            "under the revised plan?",
            "risk strat tool in all practices - what's the revised dealine?",
            "The deadline for every GP surgery to be using the tool that picks out "
            "high-risk patients slipped in the December draft - what is the new "
            "date?"]),
    dict(fact="i-ms-fbc", kind="milestone", shape="moved-date", file="xlsx",
         where={"sheet": "Tracker", "row": 7, "column": "D (Forecast date)"},
         answer=[day(10, 4, 2018)],
         q=["When is the full business case for the Oxhollow Surgical Hub now due "
            "at the Partnership Board?",
            "when's the elective hub full buisness case going to board now?",
            "The final investment paper for the Oxhollow theatres was pushed back "
            "while a national capital decision is awaited - what date is it "
            "pencilled in for now?"]),
    dict(fact="i-ms-lantern", kind="milestone", shape="milestone-date",
         file="minutes", lines=[92, 94],
         answer=[day(15, 1, 2018)],
         q=["When is The Lantern crisis cafe in Greywater due to open?",
            "when does the lantern crisis cafe in greywater opne?",
            "Is there a date for the new drop-in alternative to A&E for people in "
            "mental health crisis in Greywater City?"]),
    dict(fact="i-ms-nct-q4", kind="milestone", shape="milestone-in-period",
         file="docx", where={"section": "2.1.2-2.1.3", "paragraph": "By: lines"},
         answer=[["all 14", "14 neighbourhood", "14 NCT", "fourteen", "14 teams"],
                 ["risk stratification", "risk strat"]],
         q=["What is due in Qtr 4 2017/18 for the Neighbourhood Care Teams "
            "programme?",
            "neighbourhod care teams - whats due in q4 17/18?",
            "For the local joined-up community teams work, which milestones fall in "
            "the January to March 2018 quarter?"]),
    dict(fact="i-ms-sduc-this-month", kind="milestone", shape="relative-window",
         file="sduc", where={"page": 1, "row": "S4", "column": "Due"},
         as_of="2018-02-12",
         answer=[["Directory of Services", "DoS"]],
         q=["Which Same Day Urgent Care milestones are due this month?",
            "any sduc milestones due this month? need it for the highlite report",
            "I'm writing this month's update for the same-day care programme - "
            "what is supposed to land before the month is out?"]),
    dict(fact="i-ms-hub-next", kind="milestone", shape="relative-window",
         file="xlsx", where={"sheet": "Tracker", "row": 8, "column": "B, D"},
         as_of="2018-02-01",
         answer=[["contractor", "theatre build"], day(28, 2, 2018)],
         q=["Which Elective Recovery and Surgical Hub milestone falls due next, "
            "and when?",
            "whats next up on the electve hub tracker and when's it due?",
            "Looking at the Oxhollow theatres project from today, what is the very "
            "next deliverable and its date?"]),
    dict(fact="i-ms-next-board", kind="milestone", shape="board-date",
         file="minutes", lines=[144, 145],
         answer=[day(12, 12, 2017)],
         q=["When is the next meeting of the Partnership Board after the one held "
            "on 14 November 2017?",
            "date of the next partnrship board after the 14 nov meeting?",
            "The shadow ICS memorandum of understanding goes to the following "
            "Board meeting for approval - which day is that?"]),
    dict(fact="i-ms-mhst-report", kind="milestone", shape="milestone-date",
         file="letter", where={"page": 1, "paragraph": "condition (c)"},
         answer=[day(31, 7, 2018)],
         q=["By when must a progress report on the Mental Health Support Teams go "
            "to the System Investment Committee?",
            "mhst progress report to the investment comittee - deadline?",
            "When does the schools mental health teams project next have to report "
            "back to the people who funded it?"]),
    dict(fact="i-ms-rdc", kind="milestone", shape="milestone-date", file="docx",
         where={"section": "2.6.1", "paragraph": "By:"},
         answer=[quarter(1, 2018)],
         q=["When is the rapid diagnostic centre pilot due to go live at Greywater "
            "Royal Infirmary?",
            "rdc pilot at gri - which quater does it go live?",
            "When should the one-stop cancer diagnostics pilot at the Royal start "
            "seeing patients?"]),
    dict(fact="i-ms-utc-engagement", kind="milestone", shape="multi-date",
         file="pptx", where={"slide": 4, "group": "Enabler 3"},
         answer=[day(5, 2, 2018), day(16, 3, 2018)],
         q=["When does the public engagement on urgent treatment centres start and "
            "finish?",
            "utc public engagment - start and end dates?",
            "Over what period can local residents have their say on the plans for "
            "urgent treatment centres?"]),
    dict(fact="i-ms-sduc-march", kind="milestone", shape="milestone-in-period",
         file="sduc", where={"page": 1, "row": "S2, S3, S5", "column": "Due"},
         answer=[["Urgent Treatment Centre", "UTC", "Saltmarsh"],
                 ["111", "direct booking"],
                 ["handover"]],
         q=["Which Same Day Urgent Care milestones are due in March 2018?",
            "same day urgent care milestons due in march 18?",
            "For the same-day care programme, what has to be delivered during "
            "March 2018?"]),

    # ----------------------------------------------------------- must-dos
    dict(fact="i-md-cancer", kind="mustdo", shape="mustdo-coverage", file="matrix",
         where={"page": 1, "row": "6 Cancer", "columns": "GO1-GO8 (rotated "
                "headings)"},
         answer=[["GO3", "Elective Recovery", "Surgical Hub"],
                 ["GO6", "Cancer Early Diagnosis"],
                 ["GO8", "Shared Care Record"]],
         q=["Which programmes contribute directly to must-do 6 (cancer)?",
            "which progammes are ticked for the cancer must do (6)?",
            "On the must-do grid, which of our programmes are down as helping us "
            "hit the 62-day and two-week-wait standards?"]),
    dict(fact="i-md-ld-gaps", kind="mustdo", shape="mustdo-gap", file="matrix",
         where={"page": 1, "row": "8 Learning disabilities", "marks": "\u2717"},
         answer=[["GO1", "Neighbourhood Care"], ["GO4", "Crisis"],
                 ["GO8", "Shared Care Record"]],
         q=["Which programmes are marked as making no contribution to must-do 8 "
            "(learning disabilities)?",
            "which programmes have a cross agianst the ld must do?",
            "Where are the gaps on the learning disabilities must-do - which "
            "programmes are flagged as not contributing, to be reviewed?"]),
    dict(fact="i-md-go5-ld-note", kind="mustdo", shape="mustdo-cell", file="matrix",
         where={"page": 1, "row": "8", "column": "GO5", "note": "\u2074"},
         answer=[["autism"]],
         q=["What does the note against GO5 for must-do 8 (learning disabilities) "
            "say?",
            "cyp wellbeing vs md8 in the matrix - what does the footnoet say?",
            "Why is the children and young people's programme ticked for learning "
            "disabilities on the must-do grid?"]),
    dict(fact="i-md-go7-coverage", kind="mustdo", shape="mustdo-by-programme",
         file="matrix", where={"page": 1, "column": "GO7", "rows": "1-9"},
         answer=[["STP", "MD1", "must-do 1", "must do 1", "1, 2"],
                 ["financ", "MD2", "must-do 2", "must do 2", "1, 2", "2, 8"],
                 ["learning disab", "MD8", "must-do 8", "must do 8", "2, 8",
                  "8 and 9", "8, 9", "8 &"],
                 ["quality", "MD9", "must-do 9", "must do 9", "and 9", "& 9",
                  "8, 9"]],
         q=["Which national must-dos does the Learning Disability and Autism "
            "programme (GO7) contribute to?",
            "which must-dos is lda ticked aganst?",
            "Across the nine national must-dos, where does our learning disability "
            "and autism work count towards delivery?"]),
    dict(fact="i-md-go4-ae", kind="mustdo", shape="yes-no", file="matrix",
         where={"page": 1, "row": "4 Urgent and emergency care", "column": "GO4"},
         answer=[["yes", "ticked", "contributes directly", "does contribute",
                  "\u2713"]],
         q=["Does the Mental Health Crisis Alternatives programme (GO4) contribute "
            "to must-do 4 (A&E and ambulance)?",
            "is mh crisis ticked for the a&e / ambulnce must do?",
            "Do the crisis cafes and the 24/7 crisis line count towards the "
            "four-hour and ambulance response must-do?"]),
    dict(fact="i-md-go2-gp-note", kind="mustdo", shape="mustdo-cell", file="matrix",
         where={"page": 1, "row": "3 Primary care", "column": "GO2", "note":
                "\u00b2"},
         answer=[["111"], ["extended access", "direct booking"]],
         q=["According to the matrix note, how does the Same Day Urgent Care "
            "programme contribute to must-do 3 (general practice)?",
            "sduc + general pratice must do - what does note 2 say?",
            "Explain the footnoted tick that links the same-day urgent care work to "
            "sustaining GP practices."]),
    dict(fact="i-md-mh", kind="mustdo", shape="mustdo-coverage", file="matrix",
         where={"page": 1, "row": "7 Mental health"},
         answer=[["GO1", "Neighbourhood"], ["GO2", "Same Day"],
                 ["GO4", "Crisis"], ["GO5", "Children", "CYP"]],
         q=["Which programmes contribute to must-do 7 (mental health)?",
            "which progs cover the mental helth must do (7)?",
            "On the must-do matrix, where do IAPT, early intervention in psychosis "
            "and dementia diagnosis get picked up across our programmes?"]),

    # -------------------------------------------------------------- facts
    dict(fact="i-fact-population", kind="fact", shape="figure", file="docx",
         where={"section": "1.1", "paragraph": "This plan sets out..."},
         answer=[["812,400", "812400", "812.4k", "812k", "812 thousand",
                  "812 400"], ["118"]],
         q=["What population does the Greywater and Oxhollow Health and Care "
            "Partnership serve, and how many GP practices does it have?",
            "gohcp population + number of gp practises?",
            "How big is our patch - how many registered people, and how many "
            "surgeries are they registered with?"]),
    dict(fact="i-fact-ncts", kind="fact", shape="count", file="docx",
         where={"section": "2.1", "paragraph": "Fourteen neighbourhood care "
                "teams..."},
         answer=[["14", "fourteen"], ["6", "six"]],
         q=["How many neighbourhood care teams are planned in total, and how many "
            "are in wave 1?",
            "how many ncts overall and how many in wave one? (neighbourhod teams)",
            "Once fully rolled out, how many local joined-up community teams will "
            "there be, and how many were in the first tranche?"]),
    dict(fact="i-fact-lda-beds", kind="fact", shape="figure", file="docx",
         where={"section": "2.7.1", "paragraph": "heading"},
         answer=[["41"], ["28"]],
         q=["From what number to what number are inpatient beds for people with a "
            "learning disability and/or autism to be reduced?",
            "lda inpateint beds - from what to what?",
            "What's the bed target in the Transforming Care work - how many beds "
            "now and how many at the end?"]),
    dict(fact="i-fact-mhst-funding", kind="fact", shape="figure", file="letter",
         where={"page": 1, "paragraph": "I am writing to confirm..."},
         answer=[["£1,180,000", "1,180,000", "1180000", "£1.18m", "1.18m",
                  "1.18 million"]],
         q=["How much funding did the System Investment Committee approve for "
            "Mental Health Support Teams in Greywater schools?",
            "how much is the mhst fundng in total?",
            "What's the total value of the non-recurrent investment agreed in "
            "February 2018 for the schools mental health teams?"]),
    dict(fact="i-fact-mhst-reach", kind="fact", shape="figure", file="letter",
         where={"page": 1, "paragraph": "condition (a)"},
         answer=[["24"], ["16,000", "16000", "16k", "16 000", "16 thousand"]],
         q=["How many schools and pupils will the two Mental Health Support Teams "
            "cover?",
            "how many schools / pupls do the 2 mhsts cover?",
            "What reach are the new in-school mental health teams in Greywater "
            "expected to have?"]),
    dict(fact="i-fact-62day", kind="fact", shape="figure", file="xlsx",
         where={"sheet": "Tracker", "row": 14, "column": "C (Latest (Nov-17))"},
         answer=[["79.4"]],
         q=["What is the latest 62-day cancer performance reported in the "
            "tracker?",
            "latest 62 day cancer performence?",
            "How close are we to the 85% standard for GP referral to first cancer "
            "treatment - what was the last figure?"]),
    dict(fact="i-fact-4hr-dec", kind="fact", shape="figure", file="sduc",
         where={"page": 2, "table": "Performance, December 2017",
                "row": "A&E 4-hour standard: system"},
         answer=[["87.3"]],
         q=["What was the system A&E 4-hour performance in December 2017?",
            "system 4hr a&e perfomance for dec 17?",
            "Across both acute trusts combined, what share of A&E patients were "
            "dealt with within four hours in December 2017?"]),
    dict(fact="i-fact-m6-position", kind="fact", shape="figure", file="minutes",
         lines=[106, 109],
         answer=[["£3.2m", "3.2m", "3.2 million", "£3.2 million"]],
         q=["What was the system's financial position against plan at month 6?",
            "m6 finnance position - how far off plan were we?",
            "At the half-year point of 2017/18, how far behind its financial plan "
            "was the system?"]),
    dict(fact="i-fact-capital-bid", kind="fact", shape="figure", file="minutes",
         lines=[118, 121],
         answer=[["£18.5m", "18.5m", "18.5 million"]],
         q=["How much capital was bid for to build the Oxhollow Surgical Hub?",
            "size of the captial bid for the oxhollow surgical hub?",
            "How much money has the system asked the national programme for to "
            "build the new theatres?"]),
    dict(fact="i-fact-utc-delay-reason", kind="fact", shape="definition",
         file="minutes", lines=[79, 82],
         answer=[["GP workforce", "GP posts", "GP vacanc", "vacant", "sessional GP"]],
         q=["Why could the Saltmarsh Coast Urgent Treatment Centre not be "
            "designated by the planned date?",
            "why's the saltmarsh utc been delayd?",
            "What's behind the slip on the coast's urgent treatment centre?"]),
    dict(fact="i-fact-handovers", kind="fact", shape="figure", file="sduc",
         where={"page": 2, "table": "Performance, December 2017",
                "row": "Handovers over 60 minutes (GRI)"},
         answer=[["212"]],
         q=["How many ambulance handovers over 60 minutes were there at Greywater "
            "Royal Infirmary in December 2017?",
            "how many 60 min+ handovres at gri in dec?",
            "How many times did crews wait more than an hour to hand patients over "
            "at the Royal in December 2017?"]),
    dict(fact="i-fact-nursing-associates", kind="fact", shape="count", file="pptx",
         where={"slide": 4, "group": "Enabler 1"},
         answer=[["40", "forty"]],
         q=["How many trainee nursing associates started in the first GO Workforce "
            "Academy cohort?",
            "how many trainee nursing asociates in the first cohort?",
            "What was the size of the first intake of trainee nursing associates "
            "in January 2018?"]),

    # ------------------------------------------------------- unanswerable
    dict(fact="i-un-lda-clinlead", kind="unanswerable", shape="near-miss",
         file="pptx", where={"slide": 2, "group": "Card GO7 (no clinical lead "
                             "line)"},
         absent=[r"(?is)GO7[^\n]{0,200}clinical lead",
                 r"(?im)^.*learning disabilit.*clinical lead.*$",
                 r"(?im)^.*clinical lead.*learning disabilit.*$",
                 r"(?im)^.*clinical lead.*autism.*$",
                 r"(?im)^.*autism.*clinical lead.*$"],
         absent_sections=[("docx", "2.7", r"(?i)clinical"),
                          ("pptx-card", "GO7", r"(?i)clinical")],
         q=["Who is the clinical lead for the Learning Disability and Autism "
            "programme (GO7)?",
            "who's the clincal lead for lda (go7)?",
            "Which doctor provides the clinical leadership for the work on "
            "learning disability and autism inpatient beds?"]),
    dict(fact="i-un-pellow-cafe", kind="unanswerable", shape="near-miss",
         file="docx", where={"section": "2.4", "note": "cafes only for Greywater "
                             "and Saltmarsh"},
         absent=[r"(?im)^.*pellow.*(caf|crisis).*$",
                 r"(?im)^.*(caf|crisis).*pellow.*$"],
         q=["When will the Pellow Valley crisis cafe open?",
            "when's the pellow crisis cafe opning?",
            "Is there a date for a mental health crisis drop-in in Pellow Valley?"]),
    dict(fact="i-un-academy-budget", kind="unanswerable", shape="near-miss",
         file="minutes", lines=[130, 137],
         absent=[r"(?im)^.*academy.*£.*$", r"(?im)^.*£.*academy.*$",
                 r"(?i)budget"],
         q=["What is the budget for the GO Workforce Academy in 2018/19?",
            "how much money has the workforce acadmy got for 18/19?",
            "What funding envelope has been set aside to run the new system "
            "training hub next year?"]),
    dict(fact="i-un-4hr-nov", kind="unanswerable", shape="near-miss",
         file="sduc", where={"page": 2, "table": "Performance, December 2017 "
                             "(December only)"},
         absent=[r"(?im)^.*4-hour.*nov.*$", r"(?im)^.*nov.*4-hour.*$",
                 r"(?im)^.*four.hour.*nov.*$"],
         absent_sections=[("sduc-page", 2, r"(?i)november|nov-17")],
         q=["What was the system A&E 4-hour performance in November 2017?",
            "4hr a&e perfromance for nov 17, system level?",
            "How did the combined four-hour A&E figure look for the month before "
            "December 2017?"]),
    dict(fact="i-un-parking", kind="unanswerable", shape="offtopic",
         file="sduc", where={"page": 1, "note": "off-topic"},
         absent=[r"(?i)parking", r"(?i)\bpark\b", r"(?i)car park"],
         q=["How much do staff pay to park at Greywater Royal Infirmary?",
            "staff parkng charges at gri?",
            "What does it cost me to leave my car at the Royal for a shift?"]),
    dict(fact="i-un-annual-leave", kind="unanswerable", shape="offtopic",
         file="minutes", lines=[1, 1],
         absent=[r"(?i)annual leave", r"(?i)roster", r"(?i)easter",
                 r"(?i)time off"],
         q=["How do I request annual leave through the e-rostering system?",
            "how do i book annual leve on the roster?",
            "I want some time off over Easter - how do I put the request in?"]),
]

PHRASINGS = ["formal", "chat", "indirect"]


# --------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def pdf_units(path, mode=None):
    import logging
    import pypdf
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    r = pypdf.PdfReader(str(path))
    out = []
    for pg in r.pages:
        out.append(pg.extract_text() if mode is None
                   else pg.extract_text(extraction_mode=mode))
    return out


def _docx_ptext(pel, tracked=True):
    parts = []
    for el in pel.iter():
        if el.tag == W + "t":
            if not tracked:
                # python-docx view: skip runs inside w:ins
                anc = el.getparent()
                inside = False
                while anc is not None and anc is not pel:
                    if anc.tag in (W + "ins", W + "del"):
                        inside = True
                        break
                    anc = anc.getparent()
                if inside:
                    continue
            parts.append(el.text or "")
        elif el.tag == W + "delText" and tracked:
            parts.append("[del:" + (el.text or "") + "]")
        elif el.tag == W + "tab":
            parts.append("\t")
    return "".join(parts)


def docx_lines(path, tracked=True):
    import docx
    d = docx.Document(str(path))
    lines = []
    for s in d.sections:
        for p in s.header.paragraphs:
            lines.append(p.text)
    for child in d.element.body:
        if child.tag == W + "p":
            lines.append(_docx_ptext(child, tracked))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                lines.append("\t".join(_docx_ptext(tc, tracked)
                                       for tc in tr.iter(W + "tc")))
    for s in d.sections:
        for p in s.footer.paragraphs:
            lines.append(p.text)
    for c in d.comments:
        lines.append("Comment (%s): %s" % (c.author, c.text))
    return lines


def docx_section(lines, num):
    """Text from the heading numbered `num` to the next heading that is not
    inside it. `num` may be "2.1.2-2.1.3" (a span)."""
    if "-" in num:
        a, b = num.split("-")
        return docx_section(lines, a) + "\n" + docx_section(lines, b)
    head = re.compile(r"^(\d+(?:\.\d+)*) ")
    out, inside = [], False
    for ln in lines:
        m = head.match(ln)
        if m:
            n = m.group(1)
            if n == num:
                inside = True
            elif inside and not n.startswith(num + "."):
                break
        if inside:
            out.append(ln)
    return "\n".join(out)


def xlsx_rows(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    rows = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, dt.datetime):
                    v = v.date().isoformat()
                vals.append(str(v))
                if c.comment is not None:
                    vals.append("[comment: %s]" % c.comment.text)
            if vals:
                rows[(ws.title, row[0].row)] = "\t".join(vals)
    return rows


def pptx_slides(path):
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE
    prs = Presentation(str(path))
    slides, cards = [], {}

    def walk(shapes, out, group=None):
        for sh in shapes:
            if sh.shape_type == MSO_SHAPE_TYPE.GROUP:
                sub = []
                walk(sh.shapes, sub, sh.name)
                cards[sh.name] = "\n".join(sub)
                out.extend(sub)
            elif sh.has_text_frame:
                if sh.text_frame.text.strip():
                    out.append(sh.text_frame.text)
            elif getattr(sh, "has_table", False) and sh.has_table:
                for r in sh.table.rows:
                    out.append("\t".join(c.text for c in r.cells))

    for s in prs.slides:
        out = []
        walk(s.shapes, out)
        if s.has_notes_slide:
            out.append(s.notes_slide.notes_text_frame.text)
        slides.append("\n".join(out))
    return slides, cards


class Corpus:
    def __init__(self):
        self.pdf = {k: pdf_units(PAPERS / F[k]) for k in ("matrix", "sduc", "letter")}
        self.pdf_layout = {k: pdf_units(PAPERS / F[k], "layout")
                           for k in ("matrix", "sduc", "letter")}
        self.docx = docx_lines(PAPERS / F["docx"])
        self.docx_plain = docx_lines(PAPERS / F["docx"], tracked=False)
        self.xlsx = xlsx_rows(PAPERS / F["xlsx"])
        self.pptx, self.cards = pptx_slides(PAPERS / F["pptx"])
        self.minutes = (PAPERS / F["minutes"]).read_text(encoding="utf-8")

    def full(self, key):
        if key in self.pdf:
            return "\n".join(self.pdf[key])
        if key == "docx":
            return "\n".join(self.docx)
        if key == "xlsx":
            return "\n".join(self.xlsx.values())
        if key == "pptx":
            return "\n".join(self.pptx)
        if key == "minutes":
            return self.minutes
        raise KeyError(key)

    def unit(self, fact):
        key = fact["file"]
        if key == "minutes":
            a, b = fact["lines"]
            return " ".join(self.minutes.split("\n")[a - 1:b])
        w = fact["where"]
        if key in self.pdf:
            return self.pdf[key][w["page"] - 1]
        if key == "docx":
            return docx_section(self.docx, w["section"])
        if key == "xlsx":
            return self.xlsx[(w["sheet"], w["row"])]
        if key == "pptx":
            return self.pptx[w["slide"] - 1]
        raise KeyError(key)

    def everything(self):
        return "\n".join(self.full(k) for k in F)


# --------------------------------------------------------------------------
def check(facts, corpus):
    problems, notes = [], []
    ids = set()
    for f in facts:
        if f["fact"] in ids:
            problems.append("duplicate fact id " + f["fact"])
        ids.add(f["fact"])
        if len(f["q"]) != 3:
            problems.append(f["fact"] + ": needs 3 phrasings")
        chat = f["q"][1]
        if chat != chat.lower():
            problems.append(f["fact"] + ": chat phrasing not lower case: " + chat)
        if f["kind"] == "unanswerable":
            allt = corpus.everything()
            for rx in f["absent"]:
                m = re.search(rx, allt)
                if m:
                    problems.append("%s: absence regex %r matched %r"
                                    % (f["fact"], rx, m.group(0)[:120]))
            for kind, sec, rx in f.get("absent_sections", []):
                if kind == "docx":
                    txt = docx_section(corpus.docx, sec)
                elif kind == "pptx-card":
                    txt = corpus.cards["Card " + sec]
                elif kind == "sduc-page":
                    txt = corpus.pdf["sduc"][sec - 1]
                if not txt:
                    problems.append("%s: empty section %s %s" % (f["fact"], kind, sec))
                elif re.search(rx, txt):
                    problems.append("%s: %r found in %s %s" % (f["fact"], rx, kind, sec))
            continue
        full = corpus.full(f["file"]).lower()
        unit = corpus.unit(f).lower()
        for g in f["answer"]:
            if not any(s.lower() in full for s in g):
                problems.append("%s: no string of %r in %s" % (f["fact"], g[:4],
                                                              F[f["file"]]))
            if not any(s.lower() in unit for s in g):
                problems.append("%s: no string of %r in the unit %s" %
                                (f["fact"], g[:4], f.get("where", f.get("lines"))))
        # informative: what a naive reader would miss
        if f["file"] == "docx":
            plain = "\n".join(corpus.docx_plain).lower()
            for g in f["answer"]:
                if not any(s.lower() in plain for s in g):
                    notes.append("%s: only visible with tracked-change-aware docx "
                                 "reading (%s)" % (f["fact"], g[0]))
        if f["file"] in corpus.pdf_layout:
            lay = "\n".join(corpus.pdf_layout[f["file"]]).lower()
            for g in f["answer"]:
                if not any(s.lower() in lay for s in g):
                    notes.append("%s: not in pypdf layout-mode text (%s)"
                                 % (f["fact"], g[0]))
        if f["kind"] != "unanswerable":
            for q in f["q"]:
                for g in f["answer"]:
                    for s in g:
                        if len(s) > 3 and s.lower() in q.lower() and len(g) == 1:
                            problems.append("%s: question gives away %r" % (f["fact"], s))
    return problems, notes


def build(facts):
    items = []
    n = 0
    for f in facts:
        for phr, q in zip(PHRASINGS, f["q"]):
            n += 1
            src = {"file": F[f["file"]]}
            if f["file"] == "minutes":
                src["lines"] = list(f["lines"])
            else:
                src["lines"] = [1, 1]
            item = {
                "id": "i-%03d" % n,
                "kind": f["kind"],
                "question": q,
                "answer_any": [] if f["kind"] == "unanswerable" else f["answer"],
                "source": src,
                "as_of": f.get("as_of"),
                "expect_no_answer": f["kind"] == "unanswerable",
                "fact": f["fact"],
                "phrasing": phr,
                "shape": f["shape"],
            }
            if f["file"] != "minutes":
                item["where"] = f["where"]
            items.append(item)
    return items


def main():
    corpus = Corpus()
    problems, notes = check(FACTS, corpus)
    items = build(FACTS)
    with OUT.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    # validate what was written
    back = [json.loads(l) for l in OUT.read_text(encoding="utf-8").splitlines()]
    assert len({b["id"] for b in back}) == len(back)
    kinds, phr = {}, {}
    for b in back:
        kinds[b["kind"]] = kinds.get(b["kind"], 0) + 1
        phr[b["phrasing"]] = phr.get(b["phrasing"], 0) + 1
    print("wrote %d questions (%d facts) to %s" % (len(back), len(FACTS), OUT.name))
    print("by kind:", dict(sorted(kinds.items())))
    print("by phrasing:", dict(sorted(phr.items())))
    for n in notes:
        print("note:", n)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("all golds checked: OK")


if __name__ == "__main__":
    main()
