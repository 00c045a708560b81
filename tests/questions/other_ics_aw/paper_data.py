"""The source data of the Tidesworth & Askerby STP papers (forty-ninth imaginary footprint).

make_papers.py draws the six papers from these structures and make_questions.py reads its gold answers back from
the same structures (and then checks each one against the text read back out of the generated files). Everything
here is made up: the footprint, its organisations, people, dates and figures.
"""

FOOTPRINT = "Tidesworth & Askerby"
POPULATION = "684,300"   # Tidesworth CCG 301,200 + Askerby & Lunford CCG 383,100
MUSTDOS = {
    1: "STPs",
    2: "Financial balance",
    3: "General practice",
    4: "A&E and ambulance performance",
    5: "Referral to treatment (18 weeks)",
    6: "Cancer (62 days)",
    7: "Mental health",
    8: "Learning disabilities",
    9: "Improving quality (special measures)",
}

# ---------------------------------------------------------------------------------------------------------------
# 01 Local Digital Roadmap summary (PDF)
# ---------------------------------------------------------------------------------------------------------------
LDR_FILE = "01_TA_Local_Digital_Roadmap_Summary_v1.4_31Oct2016.pdf"
LDR_SRO = ("Owen Threlkeld", "Chief Officer, Tidesworth CCG")
LDR_CCIO = ("Dr Fiona Rennard", "GP in Lunford")
LDR_PM = ("Tobias Wrenfield", "Digital Programme Manager, Tidesworth CCG")
# initials -> (name, role); the capability table gives leads only as initials
LDR_KEY = [
    ("FR", "Dr Fiona Rennard", "Chief Clinical Information Officer (GP, Lunford)"),
    ("TW", "Tobias Wrenfield", "Digital Programme Manager, Tidesworth CCG"),
    ("KA", "Kamala Achebe", "Head of IM&T, Tidesworth Hospitals NHS Foundation Trust"),
    ("DF", "Dominic Ferriday", "Head of Informatics, Askerby & Lunford NHS Trust"),
    ("JS", "Jyoti Sandhu", "Head of IT, Holmbridge Care Partnership NHS Foundation Trust"),
    ("RB", "Rhian Bellweather", "Head of Business Intelligence, Tidesworth Borough Council"),
    ("LM", "Lorna McAskill", "Primary Care IT Lead, North Shires Commissioning Support Unit"),
]
STATUS = {"F": ("\u25cf", "In place across the footprint"),
          "P": ("\u25d1", "In place in part of the footprint or for some organisations"),
          "N": ("\u25cb", "Not yet in place")}
# group, ref, capability, lead initials, status code, target date as printed (the June 2016 baseline)
CAPABILITIES = [
    ("Records sharing", [
        ("UC-A", "Professionals across care settings can see GP-held information on GP-prescribed medicines",
         "FR", "P", "Mar-17"),
        ("UC-F", "Clinicians in urgent and emergency care settings can see key GP-held information for the patients "
         "most likely to attend", "KA", "N", "Qtr 2 17/18"),
        ("UC-H", "Professionals across care settings are made aware of a person's end-of-life preferences",
         "JS", "N", "31/12/2017"),
    ]),
    ("Transfers of care", [
        ("UC-C", "GPs can refer electronically to secondary care", "LM", "F", "Achieved (Sep-16)"),
        ("UC-D", "GPs receive timely electronic discharge summaries from secondary care", "DF", "P",
         "30/06/2017\u2020"),
        # page break falls here: UC-E carries on under the same merged group cell, whose label is not repeated
        ("UC-E", "Social care receives timely electronic notice of hospital admissions and discharges", "RB", "N",
         "Qtr 4 17/18"),
    ]),
    ("Patient online", [
        ("UC-B", "Patients can see their GP record online", "LM", "P", "Mar-17"),
        ("UC-G", "Patients can book GP appointments and order repeat prescriptions online", "LM", "F",
         "Achieved (Mar-16)"),
    ]),
    ("Medicines and urgent care", [
        ("UC-I", "GPs and community pharmacists can use electronic prescriptions (EPS release 2)", "LM", "P",
         "Qtr 2 17/18"),
        ("UC-J", "NHS 111 can book directly into GP practice appointments", "TW", "N", "time frame as yet unknown"),
    ]),
]
LDR_ROWS_PAGE_ONE = 5   # rows drawn before the page break (UC-A .. UC-D)
UCD_FOOTNOTE = ("\u2020 Moved by the Digital Board on 19 October 2016 from 30/06/2017 to 30/09/2017, because the "
                "electronic patient record go-live at Askerby Royal Infirmary has slipped to June 2017. The table "
                "keeps the June 2016 baseline date.")
UCD_NEW_DATE = "30/09/2017"
# must-do -> capabilities that support it (Annex B matrix); must-do 1 is a merged row, must-do 8 an empty row
LDR_MUSTDO = {
    2: ["UC-C", "UC-G"],
    3: ["UC-B", "UC-G", "UC-I", "UC-J"],
    4: ["UC-D", "UC-E", "UC-F", "UC-J"],
    5: ["UC-C"],
    6: ["UC-C"],
    7: ["UC-A", "UC-F"],
    8: [],
    9: ["UC-A", "UC-D", "UC-H"],
}
LDR_MUSTDO_NOTES = {
    1: "The roadmap is the STP's digital enabler: every capability",
    8: "No digital dependency identified; see the Transforming Care Partnership plan",
    4: "The A&E Delivery Board asked for UC-F first",
}
# digital maturity self-assessment 2016, scores out of 100
DMI = [
    ("Tidesworth Hospitals NHS Foundation Trust", 74, 58, 81),
    ("Askerby & Lunford NHS Trust", 62, 41, 70),
    ("Holmbridge Care Partnership NHS Foundation Trust", 55, 47, 66),
]
DMI_NOTE = ("North Shires Ambulance Service NHS Trust completes its self-assessment with the North Shires "
            "footprint and is not shown.")
LDR_MONEY = ("The roadmap needs \u00a311.4m of capital and \u00a33.9m of revenue over 2016/17 to 2020/21. A bid of "
             "\u00a32.6m to the Estates and Technology Transformation Fund (ETTF) was submitted on 30 September "
             "2016; the outcome is expected in December 2016.")

# ---------------------------------------------------------------------------------------------------------------
# 02 OPEL escalation framework and winter plan (PDF)
# ---------------------------------------------------------------------------------------------------------------
OPEL_FILE = "02_TA_AEDB_OPEL_Escalation_Framework_Winter_2016-17_v3.0.pdf"
OPEL_VERSIONS = [
    ("1.0", "12/10/2016", "First draft for the A&E Delivery Board"),
    ("2.0", "04/11/2016", "Aligned to the national OPEL framework (October 2016)"),
    ("3.0", "25/11/2016", "Approved by the A&E Delivery Board on 24/11/2016; winter capacity schemes added; "
                          "OPEL 3 call times set"),
]
OPEL_ORGS = [
    "Tidesworth Hospitals NHS Foundation Trust (Tidesworth General Hospital)",
    "Askerby & Lunford NHS Trust (Askerby Royal Infirmary)",
    "Holmbridge Care Partnership NHS Foundation Trust (mental health and community services)",
    "North Shires Ambulance Service NHS Trust",
    "Coastline Urgent Care CIC (NHS 111 and GP out of hours)",
    "Tidesworth CCG and Askerby & Lunford CCG",
    "Tidesworth Borough Council and Stourmere County Council (adult social care)",
]
# organisation, OPEL 1, OPEL 2, OPEL 3, OPEL 4
TRIGGERS = [
    ("Tidesworth General Hospital",
     "4-hour performance 95% or above; fewer than 5 patients waiting for a bed",
     "4-hour performance 85% to 94.9%; 5 to 10 patients waiting for a bed",
     "4-hour performance below 85% for 2 consecutive hours, or more than 10 patients waiting over 4 hours for a bed",
     "4-hour performance below 75% for 4 consecutive hours, or no beds with more than 20 patients waiting"),
    ("Askerby Royal Infirmary",
     "4-hour performance 95% or above; bed occupancy below 92%",
     "4-hour performance 80% to 94.9%; bed occupancy 92% to 95%",
     "4-hour performance below 80% for 2 consecutive hours, or more than 8 patients waiting over 4 hours for a bed",
     "4-hour performance below 70% for 4 consecutive hours, or bed occupancy over 99%"),
    ("Holmbridge Care Partnership",
     "Adult acute mental health beds available in area",
     "No adult acute bed free in area; community hospital beds under 5 free",
     "Any out-of-area placement needed; a patient waiting over 12 hours in an emergency department for a mental "
     "health bed",
     "Three or more patients waiting in emergency departments for mental health beds"),
    ("North Shires Ambulance Service",
     "REAP level 1",
     "REAP level 2; up to 2 handovers over 60 minutes at one site",
     "REAP level 3, or more than 5 handovers over 60 minutes at one site",
     "REAP level 4, or calls held in the control room for over 30 minutes"),
    ("Coastline Urgent Care (NHS 111 and GP out of hours)",
     "111 calls answered in 60 seconds 95% or above",
     "111 calls answered in 60 seconds 80% to 94.9%",
     "111 calls answered in 60 seconds below 80% for 3 hours",
     "As set out in the Coastline business continuity plan (not reproduced here)"),
    ("Adult social care (both councils)",
     "Packages of care started within 48 hours",
     "Up to 10 people waiting over 48 hours for a package of care",
     "More than 10 people waiting over 48 hours for a package of care, or no step-down bed free",
     "Home care providers unable to take new packages in any locality"),
]
OPEL_CALLS = [
    "Winter huddle: a system call every weekday at 09:15 from 1 December 2016, chaired by the System Resilience "
    "Manager.",
    "At OPEL 3 the System Resilience Manager convenes system teleconferences at 11:00 and 15:00, chaired by the "
    "Silver on-call director of the organisation at the highest level.",
    "At OPEL 4 the A&E Delivery Board Chair is told at once and chairs a system call within one hour; the Gold "
    "on-call directors join it. The Gold and Silver on-call directors for each day are on the winter on-call rotas, "
    "which each organisation issues separately.",
]
OPEL3_CALL_TIMES = ("11:00", "15:00")
# scheme, site, capacity, from, to, lead (by role)
WINTER_SCHEMES = [
    ("Ward 7b escalation beds", "Tidesworth General Hospital", "18 beds", "01/12/2016", "31/03/2017",
     "Deputy Chief Operating Officer, Tidesworth Hospitals NHS FT"),
    ("GP streaming at the front door of the emergency department", "Tidesworth General Hospital",
     "2 GPs, 10:00 to 22:00", "19/12/2016", "05/03/2017", "Clinical Director, Coastline Urgent Care"),
    ("Discharge lounge open until 22:00", "Askerby Royal Infirmary", "12 chairs", "05/12/2016", "31/03/2017",
     "Head of Patient Flow, Askerby Royal Infirmary"),
    ("Step-down beds in care homes", "Tidesworth and Stourmere", "15 beds", "01/12/2016", "31/03/2017",
     "Director of Adult Social Care, Tidesworth Borough Council"),
    ("Extra ambulance crews, Friday to Sunday", "North Shires Ambulance Service", "4 crews", "02/12/2016",
     "26/02/2017", "Locality Manager, North Shires Ambulance Service"),
]
WARD7B_LATE_CHANGE = ("LATE CHANGE agreed at the A&E Delivery Board on 24 November 2016: Ward 7b will open on "
                      "Monday 12 December 2016, not 1 December, and with 22 beds, not 18. The table above has not "
                      "been updated.")
KEY_DATES = [
    ("Thursday 1 December 2016", "Winter period starts; the weekday winter huddle call begins"),
    ("26 and 27 December 2016; 2 January 2017", "Bank holidays: weekend staffing levels plus one extra consultant "
                                                "per site"),
    ("w/c 09/01/2017", "\"Perfect Week\" at both acute trusts"),
    ("19 January 2017", "Mid-point review of the winter plan at the A&E Delivery Board"),
    ("28/02/2017", "Staff flu vaccination campaign ends (target: 75% of front-line staff)"),
    ("Friday 31 March 2017", "Winter period ends; the business-as-usual escalation policy applies again"),
    ("April 2017 (date tbc)", "Winter debrief"),
]
# card number, role, actions at OPEL 3, actions at OPEL 4
ACTION_CARDS = [
    (1, "A&E Delivery Board Chair",
     ["Receives the daily sitrep", "Agrees any change to system call times"],
     ["Chairs a system call within one hour of OPEL 4 being declared", "Decides on mutual aid between the trusts",
      "Tells NHS England (North) and NHS Improvement"]),
    (2, "System Resilience Manager",
     ["Issues the system sitrep by 10:30 each day", "Convenes the 11:00 and 15:00 system teleconferences",
      "Keeps the decision log"],
     ["Sets up the OPEL 4 call for the A&E Delivery Board Chair", "Sends hourly updates to all partners"]),
    (3, "Silver on-call director (each organisation)",
     ["Chairs the OPEL 3 teleconferences when their organisation is at the highest level",
      "Authorises opening escalation beds"],
     ["Joins the OPEL 4 call", "Hands command to Gold when asked"]),
    (4, "Head of Patient Flow (each acute trust)",
     ["Runs board rounds at 08:00 and 14:00", "Fills the discharge lounge by 10:00"],
     ["Reviews every patient with a length of stay over 7 days", "Cancels non-urgent elective admissions with the "
                                                               "Silver on-call director"]),
    (5, "Director of Adult Social Care",
     ["Releases step-down beds the same day", "Moves social workers to the acute sites"],
     ["Suspends the usual panel sign-off for packages of care"]),
]
# role, name, organisation (Appendix A)
OPEL_CONTACTS = [
    ("A&E Delivery Board Chair", "Stuart Pennock", "Accountable Officer, Askerby & Lunford CCG"),
    ("System Resilience Manager", "Nadia Kowalczyk", "Tidesworth CCG"),
    ("Deputy Chief Operating Officer", "Liam Prothero", "Tidesworth Hospitals NHS Foundation Trust"),
    ("Head of Patient Flow", "Bethany Cross", "Askerby & Lunford NHS Trust (Askerby Royal Infirmary)"),
    ("Head of Patient Flow", "Ryan Sowerby", "Tidesworth Hospitals NHS Foundation Trust"),
    ("Director of Adult Social Care", "Graham Oduya", "Tidesworth Borough Council"),
    ("Clinical Director", "Dr Ifeoma Carrick", "Coastline Urgent Care CIC"),
    ("Locality Manager", "Wesley Tranter", "North Shires Ambulance Service NHS Trust"),
]
OPEL_TRAJECTORY = ("The A&E Delivery Board's trajectory for the 4-hour standard (must-do 4 of the 2016/17 planning "
                   "guidance) is 90% at both trusts by March 2017, rising to 95% by March 2018. In October 2016 "
                   "Tidesworth General Hospital achieved 86.3% and Askerby Royal Infirmary 91.0%.")

# ---------------------------------------------------------------------------------------------------------------
# 03 Organisational change consultation (Word)
# ---------------------------------------------------------------------------------------------------------------
CONSULT_FILE = "03_TA_STP_PMO_Organisational_Change_Consultation_Dec2016.docx"
# priority, SRO (name, title), proposed portfolio (merged down over its priorities)
PRIORITIES = [
    ("P1 Prevention & Wellbeing", "Dr Helen Tarrant-Ashe", "Director of Public Health, Stourmere County Council",
     "Portfolio A"),
    ("P2 Neighbourhood Care", "Stuart Pennock", "Accountable Officer, Askerby & Lunford CCG", "Portfolio A"),
    ("P3 Urgent & Emergency Care", "Gillian Fairbrass", "Chief Operating Officer, Tidesworth Hospitals NHS FT",
     "Portfolio B"),
    ("P6 Acute Services Collaboration", "Peter Vasquez-Lyle", "Director of Strategy, Tidesworth Hospitals NHS FT",
     "Portfolio B"),
    ("P4 Planned Care & Cancer", "Dr Ravi Mistry", "Medical Director, Askerby & Lunford NHS Trust", "Portfolio C"),
    ("P5 Mental Health", "Colette Durrant", "Chief Executive, Holmbridge Care Partnership NHS FT", "Portfolio C"),
]
# post, band, WTE, employer, status
CURRENT_POSTS = [
    ("Interim STP Programme Director", "VSM", "1.0", "Tidesworth Hospitals NHS FT", "Secondment to 31/03/2017"),
    ("PMO Lead", "8b", "1.0", "Tidesworth CCG", "Fixed term to 31/03/2017"),
    ("Programme Manager", "8a", "3.0", "Three host organisations", "Secondments"),
    ("Project Support Officer", "5", "2.0", "Askerby & Lunford CCG", "Permanent"),
    ("Information Analyst", "7", "1.0", "North Shires CSU", "Service contract"),
    ("Communications Officer", "6", "0.6", "Holmbridge Care Partnership NHS FT", "Permanent"),
    ("Administrator", "4", "1.0", "Tidesworth CCG", "Permanent"),
]
CURRENT_WTE = "9.6"
# team (a merged row above its posts), then post, band, WTE
PROPOSED = [
    ("Programme leadership", [("STP Programme Director", "VSM", "1.0")]),
    ("Programme Management Office", [("Head of PMO", "8c", "1.0"), ("PMO Officer", "6", "2.0")]),
    ("Programme delivery", [("Senior Programme Manager (one each for Portfolios A, B and C)", "8b", "3.0"),
                            ("Project Manager", "7", "3.0")]),
    ("Analytics", [("Senior Analyst", "8a", "1.0"), ("Analyst", "6", "1.0")]),
    ("Engagement", [("Communications and Engagement Manager", "7", "1.0")]),
    ("Business support", [("Team Administrator", "4", "1.0")]),
]
PROPOSED_WTE = "14.0"
TEAM_COST = "\u00a3812,000"
POSTS_AT_RISK = "five"
HOST = "Tidesworth CCG"
# stage, date as printed (the first issue)
TIMETABLE = [
    ("Consultation opens", "Monday 5 December 2016"),
    ("Group briefing (Boardroom, Lunford House)", "6/12/16, 10:00"),
    ("One-to-one meetings with each affected member of staff", "w/c 12 December 2016"),
    ("Consultation closes", "5pm, Friday 13 January 2017"),
    ("Management response issued", "27.01.17"),
    ("Selection interviews for ring-fenced posts", "February 2017"),
    ("New structure in place", "1 April 2017"),
]
ADDENDUM = ("Following a request from staff side at the meeting on 15 December 2016, the consultation period is "
            "extended. It now closes at 5pm on Friday 20 January 2017, and the management response will be issued "
            "by 3 February 2017. All other dates in section 7 are unchanged.")
# role, name, organisation
CONSULT_CONTACTS = [
    ("STP Programme Director (consultation lead)", "Marcus Oyelaran", "Tidesworth & Askerby STP"),
    ("HR Business Partner", "Priya Lakhani-Shaw", "Tidesworth CCG"),
    ("Staff side representative", "Declan Moffatt", "UNISON, Askerby & Lunford NHS Trust branch"),
    ("STP Lead and Partnership Board Chair", "Annabel Croxley", "Chief Executive, Tidesworth Hospitals NHS FT"),
]

# ---------------------------------------------------------------------------------------------------------------
# 04 RightCare Where to Look pack and response (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
RC_FILE = "04_TA_STP_RightCare_Where_to_Look_and_Response_Feb2017.pptx"
# programme, Tidesworth CCG, Askerby & Lunford CCG, outcome opportunity; spend opportunities in GBP 000s
RC_OPPS = [
    ("Circulation", 1840, 960, "Yes (under-75 mortality)"),
    ("Respiratory", 2210, 1390, "Yes (COPD admissions)"),
    ("Musculoskeletal", 1460, 2040, "No"),
    ("Cancer", 310, 1120, "Yes (one-year survival)"),
    ("Mental health", 980, 0, "No"),
    ("Gastrointestinal", 0, 640, "No"),
    ("Neurological", 720, 510, "No"),
    ("Trauma & injuries", 450, 0, "Yes (hip fracture outcomes)"),
]
RC_DELIVERY_PARTNER = "Karen Ashdown-Price"
RC_CLINICAL_LEAD = "Dr Neil Bramwell"
COPD = ("Tidesworth CCG", "412", "Askerby & Lunford CCG", "356", "298")
# programme, STP priority (merged down over consecutive rows with the same priority), action, lead, by when
RC_RESPONSE = [
    ("Respiratory", "P2 Neighbourhood Care",
     "COPD pathway: a community respiratory team in every neighbourhood; pulmonary rehabilitation waits under 8 "
     "weeks", "AK", "Q3 17/18"),
    ("Circulation", "P2 Neighbourhood Care",
     "Case-finding for atrial fibrillation and high blood pressure in every practice; anticoagulation review",
     "HN", "31/03/2018"),
    ("Musculoskeletal", "P4 Planned Care & Cancer",
     "First-contact physiotherapy pilot in six practices, then one MSK triage service across the footprint",
     "JOB", "Sep-17 (pilot starts)"),
    ("Cancer", "P4 Planned Care & Cancer",
     "Straight-to-test pathways for suspected lung and colorectal cancer; an earlier diagnosis campaign", "ST",
     "Q2 17/18"),
    ("Neurological", "P6 Acute Services Collaboration",
     "One neurology outpatient service across both trusts", "PM", "tbc"),
    ("Mental health", "P5 Mental Health", "Fewer out-of-area placements (in the P5 plan)", "CD", "Q4 17/18"),
    ("Gastrointestinal; Trauma & injuries", "-", "Not taken forward by the STP: an opportunity in one CCG only, "
                                                  "which that CCG will act on", "-", "-"),
]
RC_UPDATE = ("Update after the Clinical Reference Group of 8 February 2017: the MSK first-contact physiotherapy "
             "pilot now starts on 1 June 2017, brought forward from Sep-17.")
RC_CONTACTS = [
    ("AK", "Dr Aisha Kamara", "GP; respiratory clinical lead, Tidesworth CCG"),
    ("HN", "Dr Hugo Nettleford", "Consultant cardiologist, Tidesworth Hospitals NHS FT"),
    ("JOB", "Mr Jonah Okonedo-Barr", "Consultant orthopaedic surgeon, Askerby & Lunford NHS Trust"),
    ("ST", "Dr Sabine Trevithick", "Consultant clinical oncologist; cancer clinical lead"),
    ("PM", "Dr Pavel Mroz", "Consultant neurologist, Askerby & Lunford NHS Trust"),
    ("CD", "Colette Durrant", "SRO, P5 Mental Health"),
]

# ---------------------------------------------------------------------------------------------------------------
# 05 Better Care Fund quarterly return (Excel)
# ---------------------------------------------------------------------------------------------------------------
BCF_FILE = "05_TA_Tidesworth_HWB_BCF_Quarterly_Return_Q3_2016-17.xlsx"
BCF_COVER = [
    ("Health and Wellbeing Board", "Tidesworth"),
    ("Completed by:", "Rhian Bellweather"),
    ("E-mail:", "rhian.bellweather@tidesworth.gov.uk"),
    ("Contact number:", "01632 960 418"),
    ("Who has signed off the report on behalf of the Health and Wellbeing Board:",
     "Cllr Margaret Ellery, Chair of Tidesworth Health and Wellbeing Board"),
    ("Date signed off", (2017, 2, 22)),
    ("Submission deadline", (2017, 2, 24)),
]
# ref, condition, met?, explanation, date expected (y, m, d) or None
CONDITIONS = [
    ("1", "Plans to be jointly agreed", "Yes", "", None),
    ("2", "Maintain provision of social care services", "Yes", "", None),
    ("3i", "Agreement for the delivery of 7-day services across health and social care to prevent unnecessary "
           "non-elective admissions and support timely discharge", "Yes", "", None),
    ("3ii", "Are support services, both in the hospital and in primary, community and mental health settings, "
            "available seven days a week to ensure that the next steps in the patient's care pathway can be taken?",
     "No", "Seven-day pharmacy and therapy cover at Tidesworth General Hospital is not yet in place; it is funded "
           "from April 2017.", (2017, 4, 1)),
    ("4i", "Is the NHS Number being used as the consistent identifier for health and social care services?", "Yes",
     "", None),
    ("4ii", "Are you pursuing Open APIs?", "Yes", "", None),
    ("4iii", "Are the appropriate Information Governance controls in place for information sharing?", "Yes", "",
     None),
    ("5", "Is a joint approach to assessments and care planning taking place, with an accountable professional?",
     "Yes", "", None),
    ("6", "Is an agreement on the consequential impact of changes in the acute sector in place?", "Yes", "", None),
    ("7", "Is a proportion of the area's allocation invested in NHS commissioned out-of-hospital services?", "Yes",
     "", None),
    ("8", "Is there agreement on a local target for Delayed Transfers of Care (DToC) and a joint local action plan?",
     "No", "The joint DToC action plan is drafted and goes to the Health and Wellbeing Board on 9 March 2017.",
     (2017, 3, 9)),
]
# income / expenditure by quarter, whole pounds
BCF_IE = {
    "Income": {"Plan": [4120500, 4120500, 4120500, 4120500], "Forecast": [4120500, 4120500, 4120500, 4120500],
               "Actual": [4120500, 4120500, 4120500, None]},
    "Expenditure": {"Plan": [4120500, 4120500, 4120500, 4120500], "Forecast": [3980200, 4210400, 4356900, 4357500],
                    "Actual": [3980200, 4210400, 4356900, None]},
}
BCF_POOL = 16482000
# scheme id, name, type code, lead initials, provider, 2016/17 (GBP 000), planned go-live (date tuple or text),
# STP priority, must-dos supported
BCF_SCHEMES = [
    ("BCF01", "Integrated neighbourhood teams", "INT", "SW", "Holmbridge Care Partnership", 4210, "Live", "P2",
     [3, 4]),
    ("BCF02", "Home First (discharge to assess)", "D2A", "GO", "Tidesworth Borough Council; Tidesworth Hospitals",
     1960, (2016, 10, 1), "P3", [2, 4]),
    ("BCF03", "Disabled Facilities Grant", "DFG", "GO", "Tidesworth Borough Council", 1144, "Live", "-", []),
    ("BCF04", "Carers' support and breaks", "CAR", "LF", "Tidesworth Carers' Centre", 520, "Live", "P1", [9]),
    ("BCF05", "Falls prevention: strength and balance classes", "PRV", "HTA", "Tidesworth Borough Council", 380,
     (2016, 11, 1), "P1", [4]),
    ("BCF06", "Care home support team", "CH", "SW", "Holmbridge Care Partnership", 710, "Live", "P2", [4, 9]),
    ("BCF07", "Integrated community equipment service", "EQ", "GO", "Tidesworth Borough Council", 1350, "Live",
     "P2", []),
    ("BCF08", "Protecting adult social care", "ASC", "GO", "Tidesworth Borough Council", 5488, "Live", "-", [2]),
    ("BCF09", "Two-hour rapid response", "RR", "SW", "Holmbridge Care Partnership", 720, "Qtr 4 16/17", "P3", [4]),
]
BCF_NARRATIVE = [
    "Home First (BCF02) did not go live on 1 October 2016 as planned, because recruitment to the reablement team "
    "took longer than expected. Pathway 1 went live at Tidesworth General Hospital on 9 January 2017; pathways 2 "
    "and 3 are now planned for 3 April 2017. The go-live dates in the local scheme register have not been changed "
    "and this narrative takes precedence.",
    "Two-hour rapid response (BCF09) remains on track for Qtr 4 16/17; all 6 WTE posts are filled.",
    "The pool is forecast to overspend by \u00a3423,000 in 2016/17, all on Protecting adult social care; Tidesworth "
    "Borough Council will meet the overspend under the risk-share in the section 75 agreement.",
]
NEA = {"baseline": 32860, "reduction": 1150, "percent": "3.5%"}
# initials, name, role
BCF_KEY = [
    ("SW", "Sian Whitlock", "Head of Integrated Commissioning, Tidesworth CCG"),
    ("GO", "Graham Oduya", "Director of Adult Social Care, Tidesworth Borough Council"),
    ("LF", "Lewis Fanshawe", "Carers Lead, Tidesworth Borough Council"),
    ("HTA", "Dr Helen Tarrant-Ashe", "Director of Public Health, Stourmere County Council (public health for both "
                                     "councils)"),
]
BCF_TYPES = [
    ("INT", "Integrated care teams"), ("D2A", "Reablement and discharge to assess"),
    ("DFG", "Disabled Facilities Grant"), ("CAR", "Support for carers"), ("PRV", "Prevention and early help"),
    ("CH", "Care home support"), ("EQ", "Assistive technology and equipment"),
    ("ASC", "Protecting social care services"), ("RR", "Rapid response and admission avoidance"),
]

# ---------------------------------------------------------------------------------------------------------------
# 06 Daily system sitrep (plain text)
# ---------------------------------------------------------------------------------------------------------------
SITREP_FILE = "06_TA_Urgent_Care_System_Sitrep_03Jan2017.txt"
# organisation, OPEL today, change
SITREP_OPEL = [
    ("Tidesworth General Hospital", "OPEL 3", "up from OPEL 2"),
    ("Askerby Royal Infirmary", "OPEL 2", "no change"),
    ("Holmbridge Care Partnership", "OPEL 1", "no change"),
    ("North Shires Ambulance Service", "OPEL 3", "REAP 3"),
    ("Coastline Urgent Care", "OPEL 2", "down from OPEL 3"),
    ("Adult social care, Tidesworth", "OPEL 2", "no change"),
    ("Adult social care, Stourmere", "OPEL 1", "no change"),
]
# measure, TGH, ARI, footprint
SITREP_YESTERDAY = [
    ("A&E 4-hour performance", "78.4%", "86.1%", "81.9%"),
    ("Type 1 attendances", "312", "198", "510"),
    ("Ambulance handovers over 60 minutes", "9", "2", "11"),
    ("Delayed transfers of care (patients)", "41", "17", "58"),
    ("Escalation beds open / available", "22 / 22 (Ward 7b)", "6 / 8 (Ward 14)", "28 / 30"),
]
# initials, name, role (the key at the foot of the sitrep)
SITREP_KEY = [
    ("NK", "Nadia Kowalczyk", "System Resilience Manager"),
    ("SP", "Stuart Pennock", "A&E Delivery Board Chair"),
    ("LP", "Liam Prothero", "Silver on-call, Tidesworth Hospitals NHS FT"),
    ("BC", "Bethany Cross", "Head of Patient Flow, Askerby Royal Infirmary"),
    ("GO", "Graham Oduya", "Director of Adult Social Care, Tidesworth Borough Council"),
    ("WT", "Wesley Tranter", "Locality Manager, North Shires Ambulance Service"),
]
# ref, action, owner initials, due
SITREP_ACTIONS = [
    ("A1", "Open 6 more step-down beds in Tidesworth care homes", "GO", "12:00 today"),
    ("A2", "Ring-fence 4 beds on Ward 14 at Askerby Royal Infirmary for patients transferred from Tidesworth",
     "BC", "Wed 04/01 08:00"),
    ("A3", "Put a hospital ambulance liaison officer at Tidesworth General Hospital 10:00 to 22:00", "WT",
     "14:00 today"),
    ("A4", "Review the 41 delayed patients at Tidesworth General Hospital with social care", "LP", "Wed 04/01 12:00"),
]
NEW_CALL_TIMES = ("10:30", "14:30")
