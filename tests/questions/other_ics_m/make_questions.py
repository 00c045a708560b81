"""Write questions.jsonl for other_ics_m (Brackenholme & Sedgecombe ICS) and check every gold answer.

Run with the project's venv after make_papers.py:
    /work/main/.venv/bin/python make_questions.py
For every answerable item it asserts that, in the source window it cites (see extract.py for what
source.lines counts in each format), at least one alternative of every answer group occurs (both sides
normalised: case, whitespace, dashes, quotes). For unanswerable items it asserts that the key terms are
absent from all papers (or, for a role or a site, from every line/row that names the programme or site).
The must-do answers (Wingdings marks in a Word table), the two relative windows (CSV dates), the highest
risk score (a formula with no cached value) and the largest allocation are also checked value by value.
"""

import csv
import datetime as dt
import io
import json
from pathlib import Path

from extract import all_text, fine_units, normalise, units

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"

BOARD = "01_ICB_Board_2024-11-28_Item08_JFP_Delivery_Report.pdf"
MINS = "02_ICB_Board_Minutes_2024-09-26.docx"
JFP = "03_Joint_Forward_Plan_2024-25_Summary_v1.2.docx"
RISK = "04_Risk_Register_and_Investment_2024-25.xlsx"
POAP = "05_Programmes_on_a_Page_Q2_2024-25.pptx"
LETTER = "06_NHSE_Midlands_letter_2024-10-14.pdf"
CSVX = "07_PMO_Hub_Milestones_export_2025-01-10.csv"
FAQ = "08_Staff_FAQ_Our_Plan_2024-25.txt"

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


# Quarter 4 of 2024/25 = January to March 2025
Q4_2425 = ["Q4", "Qtr 4", "Qtr4", "Quarter 4", "fourth quarter", "Jan-Mar", "Jan–Mar", "January to March",
           "January-March", "January–March", "March 2025", "Mar 2025", "Mar-25", "31 March", "end of March"]

ITEMS = []


def fact(fid, kind, shape, answer_any, source, phrasings, as_of=None, unanswerable=False, absent=None):
    """phrasings: (formal, chat, indirect) questions."""
    for ph, q in zip(("formal", "chat", "indirect"), phrasings):
        ITEMS.append({
            "id": f"m-{fid}-{ph[0]}",
            "kind": kind,
            "question": q,
            "answer_any": [] if unanswerable else answer_any,
            "source": source,
            "as_of": as_of,
            "expect_no_answer": unanswerable,
            "fact": f"m-{fid}",
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
fact("own-01", "owner", "role-holder", [["Enderby"]],
     src(POAP, (2, 2), "slide 2 (BS1), header strip 'SRO: ... | Clinical lead: ... | Programme manager: ...'"), (
    "Who is the Senior Responsible Officer for the Urgent & Emergency Care programme in the Brackenholme & "
    "Sedgecombe ICS?",
    "who's the SRO for UEC in B&S? need to send them the handover paper, it's urgnet",
    "I'm writing to the senior person who is ultimately answerable for the urgent and emergency care work about "
    "ambulances queuing outside the Royal Infirmary. Whose name goes on the letter?"))
fact("own-02", "owner", "role-holder", [["Varga"]],
     src(POAP, (3, 3), "slide 3 (BS2), header strip: Clinical lead"), (
    "Who is the clinical lead for the Primary & Community Care programme?",
    "clinical lead for primary & community care (BS2)? need a GP voice on the TAP specificaton",
    "Our practice wants a senior doctor from the programme that runs GP and community services to look at our "
    "proposal for a weekly multidisciplinary huddle. Who should we approach?"))
fact("own-03", "owner", "acting-interim", [["Ballantyne"]],
     src(BOARD, (2, 2), "page 2, paragraph 3.1 (leadership changes), and the SRO cell of Table 1 row BS3"), (
    "Who is currently the Senior Responsible Officer for the Mental Health, Learning Disability & Autism programme?",
    "who's the MH/LD&A SRO now sunita's on secondmnet?",
    "Sunita Ramgoolam used to sign off our mental health programme decisions but she has gone to NHS England for a "
    "year. Who do I take the crisis house staffing paper to now?"), as_of="2025-01-15")
fact("own-04", "owner", "presenter", [["Ashgrove"]],
     src(BOARD, (1, 1), "cover sheet: 'Presented by' row"), (
    "Who presented the Joint Forward Plan delivery report (item 8) to the ICB Board on 28 November 2024?",
    "who presented the JFP delivry report at the 28 nov board?",
    "I have a question about the progress report on the system plan that the Board took at its late-November "
    "meeting. Who took that item?"))
fact("own-05", "owner", "chair", [["Fennimore"]],
     src(MINS, (4, 4), "'Present' table, first row (Name | Chair)"), (
    "Who chairs the Brackenholme & Sedgecombe ICB Board?",
    "who chairs the ICB bord?",
    "I'm drafting a formal letter to the person who presides over meetings of the integrated care board's governing "
    "body. Who should I address it to?"))
fact("own-06", "owner", "chair", [["Dibnah"]],
     src(FAQ, (25, 26), "FAQ 'Who chairs the Integrated Care Partnership?', answer hard-wrapped over two lines"), (
    "Who chairs the Brackenholme & Sedgecombe Integrated Care Partnership?",
    "who's chair of the ICP? want to invite them to the carers event, not the ICB chiar",
    "Our voluntary group wants to invite whoever leads the wider partnership of the NHS, the councils and the "
    "voluntary sector to speak at our annual event. Who's that?"))
fact("own-07", "owner", "contact", [["Wrenfield"]],
     src(BOARD, (1, 1), "page footer 'Enquiries about Board papers' (on every page)"), (
    "Who should enquiries about the ICB Board papers be addressed to?",
    "who do i contact abt the board paperss for 28 nov?",
    "A member of the public wants to send in a question about one of the documents for the November Board "
    "meeting in public. Who should I put them through to?"))
fact("own-08", "owner", "role-holder", [["Holmgren"]],
     src(RISK, (3, 10), "Risk register sheet, row R07 (cyber security): Risk owner", "Risk register"), (
    "Who owns the cyber security risk on the programme risk register?",
    "who's risk owner for the cyber risk (EPR going down)? for the audit commitee",
    "Internal audit want to talk to whoever is named as answerable for the risk of a hacking attack taking the new "
    "patient record system offline. Who is that?"))
fact("own-09", "owner", "role-holder", [["Lowther"]],
     src(JFP, (30, 30), "section 2.6 Digital & Data (BS6), prose paragraph"), (
    "Who is the Chief Clinical Information Officer for the Digital & Data programme?",
    "who's the CCIO? need clinical safety sign of for the EPR wave 2",
    "I need a senior clinician to sign off the clinical safety case before the new patient record goes live at the "
    "community hospital. Who is the clinical voice of the digital programme?"))
fact("own-10", "owner", "role-holder", [["Marchetti"]],
     src(LETTER, (1, 1), "signature block: 'Yours sincerely', a script signature, then name and title"), (
    "Who signed NHS England's letter of 14 October 2024 to the ICB about UEC and elective recovery assurance?",
    "who signed the NHSE midlnds letter re elective trajectory?",
    "The Chief Executive wants to reply to the regional letter that asked us to redo our waiting-list plan. Who "
    "should the reply be addressed to?"))
fact("own-11", "owner", "role-holder", [["Falstead"]],
     src(POAP, (2, 2), "slide 2 (BS1), header strip: Programme manager"), (
    "Who is the programme manager for the Urgent & Emergency Care programme?",
    "UEC programe manager - who? need the winter plan tracker",
    "I need the latest version of the urgent care programme's delivery tracker from whoever runs the programme day "
    "to day. Who is that?"))

# ------------------------------------------------------------------ milestones (10)
fact("ms-01", "milestone", "milestone-date", [day_alts(2024, 12, 2)],
     src(POAP, (2, 2), "slide 2 (BS1) table, row 'Urgent treatment centres', Q3 column 'UTC at BRI opens 2 Dec'"), (
    "When does the Urgent Treatment Centre at Brackenholme Royal Infirmary open?",
    "UTC at BRI - openning date?",
    "We're redoing the ED streaming rota and need to know from what date walk-in minor injuries at the Royal "
    "Infirmary can go to the new GP-led centre next door."))
fact("ms-02", "milestone", "milestone-date", [day_alts(2025, 3, 3)],
     src(CSVX, (13, 14), "CSV row BS3-M02 (its quoted description breaks over two lines): Baseline / Forecast date"), (
    "When does the mental health crisis house at Sedgecombe open?",
    "sedgecombe crisis house - go live date? crisis team asking, need it for the rota planing",
    "Our crisis team wants to know from when they can offer people in Sedgecombe a short stay somewhere other than "
    "a ward when they're in a mental health crisis."))
fact("ms-03", "milestone", "two-dates", [day_alts(2024, 9, 9), month_alts(2025, 3)],
     src(JFP, (30, 30), "section 2.6 Digital & Data (BS6): wave 1 and wave 2 in one sentence"), (
    "When do wave 1 and wave 2 of the electronic patient record go live?",
    "EPR wave 1 & wave 2 go-live dates? commmunity teams asking when they switch",
    "Our ward moved onto the new computerised patient notes in the first phase; the district nurses are in the "
    "second. When did the first phase start and when does the second?"))
fact("ms-04", "milestone", "milestone-quarter", [Q4_2425],
     src(POAP, (2, 2), "slide 2 (BS1) table, row 'Virtual wards', Q4 Jan-Mar 25 column '160 beds open'"), (
    "By when will virtual wards reach 160 beds?",
    "virtual wards - when do we hit 160 beds? for the winter bed modle",
    "We're modelling how many patients we can look after at home with remote monitoring instead of admitting them. "
    "By when should the full 160 places be available?"))
fact("ms-05", "milestone", "milestone-date", [day_alts(2024, 11, 15)],
     src(LETTER, (1, 1), "letter body, fourth paragraph (the elective trajectory)"), (
    "By what date did NHS England ask the ICB to resubmit its elective recovery trajectory?",
    "deadline for resubmitting the elective trajectory to NHSE? is it nov?? need to chase the CFO, deadlin looming",
    "The region sent our plan for clearing the longest waits back to us. By when do they want the revised version?"))
fact("ms-06", "milestone", "relative-window", [["Community Diagnostic Centre", "CDC"], ["Teledermatology"]],
     src(CSVX, (16, 19), "CSV rows BS4-M01 to BS4-M04 (due in February 2025: BS4-M01 on 17 Feb, BS4-M02 on 28 Feb)"), (
    "Which Elective Recovery & Cancer milestones are due next month?",
    "elective & cancer - anything due nxt month? prepping the cancer aliance update",
    "The cancer alliance want to know what our planned care and cancer programme is delivering in the calendar "
    "month after this one."), as_of="2025-01-15")
fact("ms-07", "milestone", "relative-window",
     [["Urgent Treatment Centre", "UTC"], ["Frailty"]],
     src(CSVX, (4, 9), "CSV rows BS1-M01 to BS1-M05 (due in Oct-Dec 2024: BS1-M01 on 2 Dec, BS1-M02 on 4 Nov)"), (
    "Which Urgent & Emergency Care milestones are due this quarter?",
    "UEC - whats due this qtr? for the A&E delivery bord",
    "I'm writing the urgent care programme's look-ahead for the three months we're in now. What should be on it?"),
     as_of="2024-10-10")
fact("ms-08", "milestone", "board-date", [day_alts(2024, 11, 28)],
     src(MINS, (36, 36), "last paragraph, 'Date of next meeting'"), (
    "When is the next ICB Board meeting after 26 September 2024?",
    "next ICB board after the 26 sept one? need to get a paper in, deadlin looming",
    "My paper just missed the Board's September meeting. When is the next chance to take it there?"))
fact("ms-09", "milestone", "board-date", [day_alts(2025, 1, 30)],
     src(BOARD, (3, 3), "last line of the report: next meeting of the Board in public"), (
    "When is the next meeting of the ICB Board in public after 28 November 2024?",
    "when's the first ICB board of 2025? want the recovry plans on it",
    "I'd like our item to go to the Board meeting that follows the late-November one. When is that?"))
fact("ms-10", "milestone", "milestone-date", [month_alts(2025, 1)],
     src(CSVX, (20, 20), "CSV row BS5-M01: Baseline / Forecast date 2025-01-31 (the slide says only '(Jan 25)')"), (
    "When will family hubs be live in all three places?",
    "family hubs in all 3 places - when? health vistors asking",
    "Parents in Kittering Levels keep asking when they'll get the same one-stop centre for children's services that "
    "Brackenholme has. When should every area have one?"))

# ------------------------------------------------------------------ must-do coverage (6)
fact("md-01", "mustdo", "mustdo-coverage", [["Urgent & Emergency", "Urgent and Emergency", "UEC", "BS1"]],
     src(JFP, (35, 39), "Table 3, header row and row must-do 4 (Wingdings tick under BS1; circles under BS2, BS3)"), (
    "Which programme leads on national must-do 4 (A&E and ambulance performance)?",
    "which programme leads must do 4, A&E & ambulnce?",
    "NHS England are asking which of our programmes is on the hook for the four-hour standard and ambulance "
    "response times. Which one is it?"))
fact("md-02", "mustdo", "mustdo-coverage", [["Mental Health", "MH", "BS3"]],
     src(JFP, (35, 42), "Table 3, header row and row must-do 7 (tick under BS3; circle under BS5)"), (
    "Which programme leads on the mental health access must-do (must-do 7)?",
    "who leads must do 7 MH access - which progamme?",
    "Our talking therapies waiting times are slipping against the national access standards. Which of the ICS "
    "programmes is meant to be tackling that requirement?"))
fact("md-03", "mustdo", "mustdo-gap", [["must-do 2", "must do 2", "MD2", "MD 2", "number 2", "no. 2",
                                        "financial balance", "aggregate financial"]],
     src(JFP, (35, 45), "Table 3: only row 2 has no tick (circles under BS4, BS6, BS7); key under the table"), (
    "Which national must-do has no lead programme in the coverage table?",
    "any must do's without a lead programme in the coverage tabel?",
    "For the Board's assurance report I need to flag the national requirement that none of our programmes has "
    "taken the lead on. Which is it?"))
fact("md-04", "mustdo", "mustdo-cell", [["contribut"]],
     src(JFP, (35, 45), "Table 3, row must-do 5, column BS6 (a Wingdings circle) and the key"), (
    "How does the Digital & Data programme relate to the 18-week referral to treatment must-do?",
    "does digital (BS6) lead or just contribute on must do 5 RTT? for the elective bord",
    "The elective care team asked whether the new patient record work counts towards the 18-week waiting time "
    "requirement in our coverage table, and in what way. What does the table say?"))
fact("md-05", "mustdo", "mustdo-coverage",
     [["Workforce", "BS7"], ["Urgent", "UEC", "BS1"], ["Children", "Maternity", "CYP", "BS5"]],
     src(JFP, (35, 45), "Table 3, row must-do 9 (tick under BS7; circles under BS1, BS5)"), (
    "Which programmes are marked against must-do 9 (quality, safe staffing and special measures), as lead or "
    "contributor?",
    "must do 9 quality - which programmes r marked, incl contributng?",
    "The quality committee wants to know every ICS programme that plays any part, leading or supporting, in the "
    "national requirement on safe staffing and getting trusts out of special measures."))
fact("md-06", "mustdo", "mustdo-coverage", [["Elective", "BS4"]],
     src(JFP, (35, 41), "Table 3, row must-do 6 (tick under BS4; circle under BS2)"), (
    "Which programme leads on the cancer 62-day must-do?",
    "cancer 62 day must do - which programe leads?",
    "Our trust is breaching the two-month wait from urgent referral to first cancer treatment. Which ICS programme "
    "has the lead on that national requirement?"))

# ------------------------------------------------------------------ figures (5)
fact("fig-01", "fact", "figure", [["1,046,300", "1046300", "1 046 300", "1.05 million", "1.046 million", "1.046m"]],
     src(FAQ, (12, 12), "FAQ 'What area does the ICS cover?', first line of the answer"), (
    "What is the registered population of the Brackenholme & Sedgecombe ICS?",
    "how many ppl does the ICS cover? registered popultion",
    "I'm working out a per-head rate for a bid and need the number of patients registered with GPs across the whole "
    "system."))
fact("fig-02", "fact", "figure", [["42.6"]],
     src(BOARD, (2, 2), "page 2, paragraph 4.1 (Finance)"), (
    "What is the system's planned financial position for 2024/25?",
    "whats the system deficit plan for 24/25? for the finace briefing",
    "For the staff briefing I want to say how far in the red the local NHS expects to end this financial year, "
    "according to its plan."))
fact("fig-03", "fact", "figure", [["3.75"]],
     src(LETTER, (1, 1), "letter body, third paragraph"), (
    "How much national UEC capital did NHS England allocate to the Urgent Treatment Centre at Brackenholme Royal "
    "Infirmary?",
    "how much capitol did NHSE give us for the BRI UTC?",
    "Estates want to know how much building money the region confirmed for the new GP-led walk-in centre at the "
    "Royal Infirmary."))
fact("fig-04", "fact", "figure", [["5.8m", "5.8 m", "5.8 million", "£5.8", "5,800,000", "5800000", "5,800k"]],
     src(RISK, (3, 9), "Investment 2024-25 sheet, row BS6: Allocation 2024/25 (held in pounds, shown as £5.8m)",
         "Investment 2024-25"), (
    "What is the Digital & Data programme's transformation allocation for 2024/25?",
    "digital & data budget 24/25? total allocaton",
    "Finance want to know the total sum earmarked this year for the new patient record and the rest of the digital "
    "work."))
fact("fig-05", "fact", "figure", [["7.9"]],
     src(BOARD, (3, 3), "page 3, paragraph 5.1 (Workforce)"), (
    "What was the system vacancy rate at Month 7 of 2024/25?",
    "vacancy rate at M7? for the recruitmnet bid",
    "I'm writing a business case for more recruitment and want to quote what share of posts across the system were "
    "unfilled in October."))

# ------------------------------------------------------------------ lists (2)
fact("list-01", "fact", "list", [["Brackenholme City", "Brackenholme"], ["Sedgecombe"], ["Kittering"]],
     src(FAQ, (12, 13), "FAQ 'What area does the ICS cover?': three places over a hard-wrapped line"), (
    "What are the three places that make up the Brackenholme & Sedgecombe ICS?",
    "what r the 3 places in the ICS? doing a map for the websiet",
    "I'm designing a leaflet with a map of the local areas the partnership organises itself around. Which areas "
    "should be on it?"))
fact("list-02", "fact", "list", [["Quigley"], ["Dibnah"]],
     src(MINS, (13, 13), "'Apologies' paragraph"), (
    "Who sent apologies to the ICB Board meeting of 26 September 2024?",
    "who sent apologies to the 26 sept bord?",
    "I'm checking whether the Board was quorate in September. Which members couldn't make it that day?"))

# ------------------------------------------------------------------ definitions (2)
fact("def-01", "fact", "definition", [["GP"], ["stream", "assess", "triage"]],
     src(JFP, (47, 47), "section 4 Glossary, borderless table row 'Front Door Plus'"), (
    "What is Front Door Plus?",
    "wat is front door plus? ED keep mentioning it",
    "Reception staff in the Royal Infirmary's emergency department were told a new arrangement starts on the same "
    "day as the new walk-in centre, with a doctor from general practice seeing people as they come in. What is it "
    "called and how does it work?"))
fact("def-02", "fact", "definition", [["nurse"], ["social prescrib", "pharmacist", "social worker"]],
     src(FAQ, (34, 37), "FAQ 'What is Team Around the Practice?', hard-wrapped answer"), (
    "What is Team Around the Practice (TAP)?",
    "what's TAP? keeps coming up in the PCN meetings, no idea what it stands for or who's in it, pls explian",
    "Our practice manager says we're getting a weekly multidisciplinary group for our highest-risk patients. Who is "
    "in that group?"))

# ------------------------------------------------------------------ comparisons (2)
fact("cmp-01", "fact", "comparison", [["handover", "R01"]],
     src(RISK, (3, 13), "Risk register sheet: Current score = L x I is a formula with no cached value; R01 is 5 x 4 = 20, "
                        "the highest", "Risk register"), (
    "Which risk on the programme risk register has the highest current score?",
    "top scoring risk on the risk regsiter?",
    "The Board wants to spend its deep-dive on whichever risk the programmes rate worst at the moment. Which one is "
    "that?"))
fact("cmp-02", "fact", "comparison", [["Urgent & Emergency", "Urgent and Emergency", "UEC", "BS1"]],
     src(RISK, (3, 10), "Investment 2024-25 sheet: BS1 £12.4m is the largest allocation (BS4 £11.9m next)",
         "Investment 2024-25"), (
    "Which programme has the largest transformation allocation in 2024/25?",
    "which programme gets the most £££ in 24/25? biggest allocaton",
    "Someone on my team says urgent care gets more transformation money this year than the elective and cancer "
    "work. Which programme actually gets the most?"))

# ------------------------------------------------------------------ near-miss unanswerables (5)
fact("nm-01", "unanswerable", "near-miss", [],
     src(POAP, (7, 7), "slide 7 (BS6) header strip names an SRO and a CCIO only; programme managers are named for "
                       "BS1 and BS4"), (
    "Who is the programme manager for the Digital & Data programme?",
    "digital & data programme manger - who? need the EPR tracker",
    "I need the day-to-day delivery tracker for the new patient record roll-out from whoever manages the digital "
    "programme. Who is that?"),
     unanswerable=True, absent={"rows_with": ["digital", "bs6", "epr", "electronic patient record"],
                                "terms": ["programme manager", "project manager"]})
fact("nm-02", "unanswerable", "near-miss", [],
     src(RISK, (1, 11), "Investment 2024-25 sheet: 2024/25 only", "Investment 2024-25"), (
    "How much transformation investment is planned for the Digital & Data programme in 2025/26?",
    "how much is digital getting in 25/26? planing next year's spend",
    "I'm drafting the spending profile for the patient record work for the financial year after this one. How much "
    "has the ICS set aside for digital in that year?"),
     unanswerable=True, absent={"terms": ["2025/26", "2025-26", "25/26", "2025/2026", "2025-2026"]})
fact("nm-03", "unanswerable", "near-miss", [],
     src(FAQ, (15, 15), "FAQ gives GP practices and PCNs, not dental practices"), (
    "How many NHS dental practices are there in the Brackenholme & Sedgecombe ICS?",
    "how many dental practises in the ICS?",
    "I'm planning to send an oral health leaflet pack to every NHS dental surgery in our area. How many packs do I "
    "need?"),
     unanswerable=True, absent={"terms": ["dental", "dentist", "oral health"]})
fact("nm-04", "unanswerable", "near-miss", [],
     src(MINS, (4, 11), "'Present' table names the Chair and members; no vice chair is named anywhere"), (
    "Who is the Vice Chair of the ICB Board?",
    "who's vice chair of the ICB bored?",
    "The Board chair is away next month and someone needs to run the meeting in her place. Who is her formal deputy?"),
     unanswerable=True, absent={"terms": ["vice chair", "vice-chair", "deputy chair", "vicechair"]})
fact("nm-05", "unanswerable", "near-miss", [],
     src(POAP, (2, 2), "slide 2 (BS1): only the UTC at BRI (Brackenholme Royal Infirmary) has an opening date"), (
    "When will the urgent treatment centre in Kittering Levels open?",
    "kittering levels UTC - opening date? patients keep askng",
    "Patients in Kittering Levels keep asking when they'll get a walk-in centre for minor injuries of their own, "
    "like the one at the Royal Infirmary. When does it open?"),
     unanswerable=True, absent={"rows_with": ["kittering"], "terms": ["utc", "urgent treatment", "walk-in"]})

# ------------------------------------------------------------------ off-topic (3)
OFF = {"file": None, "lines": None, "where": "off-topic: not a question about the plans"}
fact("off-01", "unanswerable", "off-topic", [], OFF, (
    "How do I apply for a staff car parking permit at Brackenholme Royal Infirmary?",
    "how do i get a parking permitt at BRI?",
    "I've just started on nights at the Royal Infirmary and keep getting tickets when I leave my car on site. How do "
    "I sort that out?"),
     unanswerable=True, absent={"terms": ["parking", "car park", "permit"]})
fact("off-02", "unanswerable", "off-topic", [], OFF, (
    "How many days of annual leave can I carry over into the next leave year?",
    "can i cary over annual leave? how many days?",
    "I won't manage to use all my holiday before April. Will I lose the days I haven't taken?"),
     unanswerable=True, absent={"terms": ["annual leave", "carry over", "holiday", "leave year"]})
fact("off-03", "unanswerable", "off-topic", [], OFF, (
    "Where can I book my staff flu vaccination?",
    "where do i book my flu jab this yr? the link dosent work",
    "Occupational health keep emailing me about getting protected against winter viruses. How do I get an "
    "appointment?"),
     unanswerable=True, absent={"terms": ["flu", "vaccin", "jab", "occupational health"]})


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
    # near-miss nm-01: the BS6 strip names an SRO and a CCIO and nothing else; BS1's names a programme manager
    slides = units(PAPERS / POAP)
    assert "sro: anders holmgren | ccio: dr pippa lowther\n" in slides[7].lower().replace("  |  ", " | ")
    assert "programme manager: jodie falstead" in slides[2].lower()
    # near-miss nm-05: the only UTC with an opening date is at BRI
    assert "utc at bri opens 2 dec" in normalise(slides[2])
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


def check_values() -> None:
    """Checks a text window cannot make: which column holds a mark, which dates fall in a period, what a formula
    with no cached value comes to, which figure is largest."""
    # must-do grid (Word table, Wingdings marks rendered by extract.py)
    u = units(PAPERS / JFP)
    head = [c.strip() for c in u[35].split(" | ")]
    assert head[0] == "National must-do"
    grid = {}
    for n in range(1, 10):
        cells = [c.strip() for c in u[35 + n].split(" | ")]
        assert cells[0].startswith(f"{n} "), cells
        grid[n] = dict(zip(head[1:], cells[1:]))
    lead = {n: {p for p, v in r.items() if v == "\u2713"} for n, r in grid.items()}
    marked = {n: {p for p, v in r.items() if v} for n, r in grid.items()}
    assert lead[4] == {"BS1"} and lead[7] == {"BS3"} and lead[6] == {"BS4"}           # md-01, md-02, md-06
    assert [n for n, s in lead.items() if not s] == [2]                               # md-03
    assert grid[5]["BS6"] == "\u25cb"                                                 # md-04
    assert marked[9] == {"BS7", "BS1", "BS5"}                                         # md-05
    # relative windows (CSV, real dates)
    text = (PAPERS / CSVX).read_text(encoding="utf-8-sig").splitlines()
    rows = list(csv.DictReader(io.StringIO("\n".join(text[2:])), delimiter=";"))
    due = {r["Milestone ID"]: (dt.date.fromisoformat(r["Baseline date"]), dt.date.fromisoformat(r["Forecast date"]))
           for r in rows}
    feb = sorted(k for k, ds in due.items() if k.startswith("BS4") and any((d.year, d.month) == (2025, 2) for d in ds))
    q3 = sorted(k for k, ds in due.items()
                if k.startswith("BS1") and any(dt.date(2024, 10, 1) <= d <= dt.date(2024, 12, 31) for d in ds))
    assert feb == ["BS4-M01", "BS4-M02"] and q3 == ["BS1-M01", "BS1-M02"], (feb, q3)  # ms-06, ms-07
    assert due["BS3-M02"] == (dt.date(2025, 3, 3),) * 2                                # ms-02
    assert due["BS5-M01"][0].month == 1 and due["BS1-M01"][0] == dt.date(2024, 12, 2)  # ms-10, ms-01
    # risk scores: formulas with no cached value, computed here
    from openpyxl import load_workbook

    wb = load_workbook(str(PAPERS / RISK))
    ws = wb["Risk register"]
    scores = {}
    for r in ws.iter_rows(min_row=4, max_row=13):
        assert str(r[6].value).startswith("=tblRisks"), r[6].value
        scores[r[0].value] = r[4].value * r[5].value
    top = max(scores.values())
    assert [k for k, v in scores.items() if v == top] == ["R01"] and top == 20, scores  # cmp-01
    assert ws["D10"].value == "Anders Holmgren" and "Cyber" in ws["C10"].value          # own-08
    # largest allocation
    inv = wb["Investment 2024-25"]
    alloc = {inv.cell(i, 1).value.split()[0]: inv.cell(i, 2).value for i in range(4, 11)}
    assert max(alloc, key=alloc.get) == "BS1" and alloc["BS6"] == 5_800_000             # cmp-02, fig-04
    wb_cached = load_workbook(str(PAPERS / RISK), data_only=True)
    assert wb_cached["Risk register"]["G4"].value is None                              # no cached values


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
