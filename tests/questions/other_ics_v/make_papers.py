"""Build papers/ for the imaginary Brannockmere & Ulverdown STP (2017-19 planning round).

Six papers, in layouts the earlier banks did not use (see README.md):
  01 a letter from the STP Lead to NHS England (PDF) on a drawn letterhead, with Annex A: one row per national
     must-do (commitment / delivered through which workstreams / executive lead / by when), a gap as an em dash
  02 a benefits realisation plan (PDF, landscape): one row per benefit with Unit, Baseline, Baseline year, Target
     2017/18, Target 2018/19 and Benefit owner columns, footnote letters in cells; then a financial benefits table
     (GBP 000) by workstream with a Total row
  03 a programme mandate (Word): a workstream table whose third cell holds a two-level bullet list (the people as
     level-1 bullets with a bold label, then "Key milestones" with the milestones as level-2 bullets, dates in many
     forms); the bullet glyphs and levels are paragraph styles, so the text holds no bullet characters
  04 a governance structure (plain text) drawn as a tree with box-drawing branches; chair after "chair:", meeting
     frequency in square brackets; what a group reports to is only its parent in the tree
  05 a delivery tracker (Excel) of initiative cards: each initiative is a block of rows (label in one column,
     value in the next), two cards side by side (A-B and D-E), "Milestone" / "Due" / "Status" labels repeated in
     each card, due dates as real dates or text ("Jul-18", "end of May 2018", "Q3 2018/19", "By Christmas 2018")
  06 a Board pack (PowerPoint): a portfolio dashboard of nine tiles with the RAG rating in a separate circle shape
     stored after all the tiles in another order (a tile's rating only by position); a consultation timetable whose
     columns are weeks (a merged month row over "dd/mm" week-commencing cells, the year only in the title), bars
     and milestones as marks in cells; a changes slide (an SRO replaced, a go-live moved)

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
STAMP = (2018, 5, 18, 8, 30, 0)

F_LETTER = "01_BU_STP_Letter_to_NHSE_MustDo_Commitments_22Dec2017.pdf"
F_BENEFITS = "02_BU_STP_Benefits_Realisation_Plan_v2.0_Jan2018.pdf"
F_MANDATE = "03_BU_STP_Programme_Mandate_Workstreams_v1.3_Feb2018.docx"
F_TREE = "04_BU_STP_Governance_Structure_1Apr2018.txt"
F_TRACKER = "05_BU_STP_Delivery_Tracker_Cards_13Apr2018.xlsx"
F_PACK = "06_BU_System_Delivery_Board_Pack_17May2018.pptx"

# ================================================================================================ the footprint
PARTNERS = [("BRH", "Brannockmere Royal Hospital NHS Foundation Trust"),
            ("UCH", "Ulverdown & Cresswick Hospitals NHS Trust"),
            ("HVP", "Harkness Vale Partnership NHS Foundation Trust (community and mental health)"),
            ("FAS", "Fellmark Ambulance Service NHS Trust"),
            ("BCCG", "NHS Brannockmere CCG"),
            ("UCCCG", "NHS Ulverdown and Cresswick CCG"),
            ("BCC", "Brannockmere City Council"),
            ("UDCC", "Ulverdownshire County Council"),
            ("CSGA", "Cresswick Sands GP Alliance")]
PLACES = [("Brannockmere", "298,700"), ("Ulverdown Vale", "187,300"), ("Cresswick Sands", "126,400")]
POPULATION = "612,400"

# code: name, scope, (SRO, post), (clinical lead, post), programme lead, milestones as the mandate prints them
WORKSTREAMS = {
    "W1": ("Urgent & emergency care",
           "Urgent Treatment Centres, NHS 111 clinical assessment, ambulance handovers. All places.",
           ("Octavia Marchbanks-Eze", "Chief Operating Officer, BRH"),
           ("Dr Tobiah Lanyon-Mbeki", "Consultant in Emergency Medicine, BRH"), "Gethin Sawtell",
           ["October 2017 \u2013 GP streaming at the Brannockmere Royal front door (done)",
            "31 May 2018 \u2013 Ulverdown minor injuries unit designated as an Urgent Treatment Centre",
            "1 October 2018 \u2013 Ulverdown UTC open 8am\u201310pm, seven days a week",
            "Winter 2018/19 \u2013 NHS 111 clinical assessment service live"]),
    "W2": ("Primary care at scale",
           "Four GP clusters, extended access in the evenings and at weekends, online consultation. All places.",
           ("Priyanka Hollinrake", "Director of Primary Care, NHS Brannockmere CCG"),
           ("Dr Emeric Stobart", "GP, Cresswick Sands"), "vacant \u2013 recruitment under way",
           ["By 31 March 2018 \u2013 extended access for 50% of the population",
            "1 October 2018 \u2013 extended access (evenings and weekends) for 100% of the population",
            "Q4 2018/19 \u2013 online consultation offered by every practice"]),
    "W3": ("Mental health",
           "Crisis care, liaison psychiatry, IAPT, out-of-area placements. All places.",
           ("Lucan Ferreira-Blyth", "Director of Operations, HVP"),
           ("Dr Anwen Tregarthen", "Consultant Psychiatrist, HVP"), "Silvester Kanu",
           ["April 2018 \u2013 crisis resolution and home treatment team operating 24/7",
            "Mid-June 2018 \u2013 safe haven opens at Harbour Row, Cresswick Sands",
            "w/c 2 July 2018 \u2013 Core 24 liaison psychiatry live at Brannockmere Royal",
            "March 2019 \u2013 IAPT access at 19% of prevalence"]),
    "W4": ("Planned care (MSK and ophthalmology)",
           "A single point of access for musculoskeletal referrals; e-Referral for all first outpatient "
           "appointments; community eye care. Ulverdown Vale and Cresswick Sands first.",
           ("Ingrid Falconbridge", "Director of Commissioning, NHS Ulverdown and Cresswick CCG"),
           ("Mr Hamish Okafor-Dunne", "Consultant Orthopaedic Surgeon, UCH"), "Rowena Pilbeam",
           ["30/04/2018 \u2013 MSK triage provider contract signed",
            "Q2 2018/19 \u2013 MSK triage service (single point of access) live",
            "30/11/2018 \u2013 all first outpatient referrals through the e-Referral Service"]),
    "W5": ("Cancer early diagnosis",
           "Faster diagnosis of cancer: a rapid diagnostic pathway for vague symptoms, FIT in primary care.",
           ("Dr Benedetta Sorensen-Mayo", "Medical Director, UCH"),
           ("Dr Idris Wetherall", "Consultant Gastroenterologist, UCH"), "Yolande Crabtree",
           ["End of June 2018 \u2013 vague symptoms rapid diagnostic pilot at Ulverdown General",
            "September 2018 \u2013 FIT for low-risk symptoms available to all practices",
            "Q4 2018/19 \u2013 28-day faster diagnosis data reported for all tumour sites"]),
    "W6": ("Learning disabilities (Transforming Care)",
           "Care in the community for people with a learning disability or autism, fewer hospital inpatients.",
           ("Cassius Emberton", "Director of Adult Social Care, Ulverdownshire County Council"),
           ("Dr Nkechi Lowbridge", "Consultant Psychiatrist in Learning Disability, HVP"), "Tabitha Greenhalgh-Moss",
           ["Spring 2018 \u2013 community intensive support team fully staffed (14.6 WTE)",
            "31/03/2019 \u2013 inpatients reduced from 41 to 29"]),
    "W7": ("Stroke and acute reconfiguration",
           "One hyper-acute stroke unit (HASU) for the footprint, subject to public consultation.",
           ("Dr Lysander Quayle", "Medical Director, BRH"),
           ("Dr Oona Fitzwarren", "Consultant Stroke Physician, UCH"), "Jarvis Elmhirst",
           ["Summer 2018 \u2013 12-week public consultation on hyper-acute stroke services",
            "Autumn 2018 \u2013 decision by the CCG Governing Bodies in Common",
            "Hyper-acute stroke unit opens \u2013 subject to the outcome of consultation"]),
    "W8": ("Digital (shared care record)",
           "The Brannockmere & Ulverdown Care Record: one view of GP, hospital, community and mental health records.",
           ("Marisa Ballantyne-Osei", "Chief Information Officer, BRH"),
           ("Dr Kwabena Hartigan", "Chief Clinical Information Officer, BRH"), "Elspeth Mordaunt",
           ["March 2018 \u2013 phase 1: GP record viewable in Brannockmere Royal A&E",
            "Q3 2018/19 \u2013 phase 2: community and mental health records added",
            "By Christmas 2018 \u2013 care homes given access"]),
    "W9": ("Frailty and out of hospital",
           "Frailty assessment at the front door, trusted assessors for care homes, integrated neighbourhood teams.",
           ("Auberon Castellane", "Director of Community Services, HVP"),
           ("Dr Saoirse Whitlock-Amadi", "Consultant Geriatrician, UCH"), "Fergal Nightingale",
           ["June 2018 \u2013 frailty assessment unit open on weekdays at Ulverdown General",
            "1 September 2018 \u2013 trusted assessor covering all care homes",
            "December 2018 \u2013 frailty assessment unit open seven days"]),
}
W8_NEW_SRO = ("Jago Trevelyan-Akande", "Interim Chief Information Officer, BRH")   # from 1 May 2018

# Annex A: must-do, commitment, delivered through, executive lead, by
MUSTDOS = [
    (1, "STPs", "Implement the agreed milestones of our STP and put system governance in place.",
     "All workstreams (W1\u2013W9)", "Rosalind Achterberg-Nwosu, STP Lead", "31 March 2019"),
    (2, "Finance", "Deliver the system control total: a deficit of \u00a318.7m in 2017/18 and \u00a39.2m in "
     "2018/19.", "W4, W7, W9", "Hesketh Vardy, System Director of Finance", "Each year end"),
    (3, "Primary care", "Extended access to GP appointments in the evening and at weekends for 100% of the "
     "population; every practice in a cluster.", "W2, W8", "Priyanka Hollinrake, Director of Primary Care",
     "1 October 2018"),
    (4, "Urgent and emergency care", "Four-hour A&E standard of 95%; ambulance handovers within 15 minutes; an "
     "Urgent Treatment Centre in each place.", "W1, W3, W9", "Octavia Marchbanks-Eze, Chief Operating Officer",
     "March 2019"),
    (5, "Referral to treatment times and elective care", "92% of incomplete pathways within 18 weeks; all first "
     "outpatient referrals through the e-Referral Service.", "W4, W8",
     "Ingrid Falconbridge, Director of Commissioning", "30 November 2018"),
    (6, "Cancer", "62-day standard of 85%; a rapid diagnostic pathway; faster diagnosis data ready for the 28-day "
     "standard.", "W5", "Dr Benedetta Sorensen-Mayo, Medical Director", "End of Q4 2018/19"),
    (7, "Mental health", "IAPT access at 19%; Core 24 liaison at Brannockmere Royal; no out-of-area placements.",
     "W3", "Lucan Ferreira-Blyth, Director of Operations", "March 2019"),
    (8, "People with learning disabilities", "Reduce inpatients from 41 to 29 under Transforming Care.", "W6",
     "Cassius Emberton, Director of Adult Social Care", "31 March 2019"),
    (9, "Improving quality in organisations", "No trust in our footprint is in special measures. Each trust "
     "keeps its own quality improvement plan under its own board.", "\u2014",
     "Directors of Nursing of each trust", "Ongoing"),
]

# Benefits: ref, workstream, benefit, measure, unit, baseline, baseline year, target 17/18, target 18/19, owner
BENEFITS = [
    ("B01", "W1", "Fewer long waits in A&E", "Patients seen within 4 hours, all types", "%", "86.4", "2016/17",
     "90.0", "95.0", "Dr Tobiah Lanyon-Mbeki"),
    ("B02", "W1", "Faster ambulance handovers", "Handovers within 15 minutes", "%", "61.0", "2016/17", "75.0",
     "85.0", "Carys Boddington-Hale, Head of Patient Flow, BRH"),
    ("B03", "W2", "Evening and weekend GP access", "Registered population covered", "%", "18", "Mar 2017", "50",
     "100", "Delphine Arkwright, Extended Access Lead, BCCG"),
    ("B04", "W3", "More people helped by talking therapies", "IAPT access, % of prevalence", "%", "15.2",
     "2016/17", "16.8", "19.0", "Silvester Kanu"),
    ("B05", "W3", "Care closer to home in a mental health crisis", "Out-of-area placement bed days", "bed days",
     "1,940", "2016/17", "1,100", "0", "Dr Anwen Tregarthen"),
    ("B06", "W4", "Fewer hospital referrals for MSK problems", "MSK referrals to secondary care",
     "referrals a year", "14,650", "2016/17", "12,900", "11,200", "Rowena Pilbeam"),
    ("B07", "W5", "Quicker cancer treatment", "62-day GP referral to first treatment", "%", "79.8", "2016/17",
     "85.0", "85.0", "Yolande Crabtree"),
    ("B08", "W5", "Cancers found earlier", "Diagnosed at stage 1 or 2", "%", "51.3", "2015<super>a</super>",
     "53.0", "56.0", "Dr Idris Wetherall"),
    ("B09", "W6", "Fewer people with a learning disability in hospital", "Inpatients (CCG and specialised)",
     "people", "41", "Mar 2017", "35", "29", "Tabitha Greenhalgh-Moss"),
    ("B10", "W7", "Better stroke outcomes", "Admitted to a HASU within 4 hours", "%", "54", "2016/17",
     "n/a<super>b</super>", "90<super>b</super>", "Dr Oona Fitzwarren"),
    ("B11", "W8", "Records shared at the point of care", "Care record views", "views a month", "0", "2016/17",
     "2,500", "12,000", "Elspeth Mordaunt"),
    ("B12", "W9", "Fewer days in hospital for older people", "Non-elective bed days, people aged 75+",
     "bed days", "148,200", "2016/17", "141,000", "131,500", "Fergal Nightingale"),
    ("B13", "W9", "Fewer emergency admissions from care homes", "Emergency admissions of care home residents",
     "admissions", "2,310", "2016/17", "2,150", "1,960", "Dr Saoirse Whitlock-Amadi"),
]
# net savings by workstream, GBP 000: 2017/18, 2018/19
SAVINGS = {"W1": (1150, 2300), "W2": (0, 400), "W3": (620, 1480), "W4": (2900, 4100), "W5": (180, 350),
           "W6": (410, 890), "W7": (0, 1750), "W8": (0, 600), "W9": (3200, 5350)}

# Tracker cards: ref, initiative, place, lead, must-dos, RAG, [(milestone, due, status), ...], budget, update
CARDS = [
    ("W1.1", "Ulverdown Urgent Treatment Centre", "Ulverdown Vale", "Gethin Sawtell", "1, 4", "Amber",
     [("Minor injuries unit designated as UTC", date(2018, 5, 31), "In progress"),
      ("UTC open 8am-10pm, 7 days", date(2018, 10, 1), "Not started")], 1850,
     "Estates works tendered; GP rota 70% filled."),
    ("W1.2", "NHS 111 Clinical Assessment Service", "System-wide", "Niamh Colquhoun-Bright", "4", "Green",
     [("CAS procurement: contract award", "Jul-18", "In progress"),
      ("Clinical assessment service live", "Winter 2018/19", "Not started")], 2400,
     "Two bids received; evaluation panel 14 May."),
    ("W2.1", "Extended access hubs", "System-wide", "Delphine Arkwright", "1, 3", "Green",
     [("Extended access for 50% of population", date(2018, 3, 31), "Complete"),
      ("Extended access for 100% of population", date(2018, 10, 1), "On track")], 3120,
     "Nine hubs live; Cresswick Sands hub opens in September."),
    ("W2.2", "GP online consultation", "System-wide", "Dr Emeric Stobart", "3", "Amber",
     [("Online consultation supplier selected", "end of May 2018", "In progress"),
      ("Online consultation offered by every practice", "Q4 2018/19", "Not started")], 640,
     "Two practices piloting; national funding confirmed."),
    ("W3.1", "Crisis resolution home treatment 24/7", "All places", "Silvester Kanu", "4, 7", "Green",
     [("CRHT team operating 24/7", date(2018, 4, 30), "Complete"),
      ("Safe haven opens at Harbour Row, Cresswick Sands", date(2018, 6, 18), "Not started")], 1275,
     "24/7 rota in place from 9 April."),
    ("W3.2", "Core 24 liaison psychiatry at Brannockmere Royal", "Brannockmere", "Dr Anwen Tregarthen", "4, 7",
     "Amber",
     [("Liaison consultant in post", date(2018, 5, 11), "In progress"),
      ("Core 24 liaison live", "w/c 02/07/2018", "Not started")], "TBC \u2013 bid to national transformation fund",
     "Consultant post advertised twice."),
    ("W4.1", "MSK single point of access", "System-wide", "Rowena Pilbeam", "2, 5", "Red",
     [("Triage provider contract signed", date(2018, 4, 30), "In progress"),
      ("MSK triage service live", "Q2 2018/19", "Not started")], 980,
     "Preferred provider has not accepted the tariff."),
    ("W5.1", "Rapid diagnostic pathway (vague symptoms)", "Ulverdown Vale", "Dr Idris Wetherall", "6", "Green",
     [("Vague symptoms pilot live at Ulverdown General", date(2018, 6, 29), "In progress"),
      ("FIT available to all practices", "Sept 2018", "Not started")], 560,
     "Pathway agreed by the cancer alliance."),
    ("W6.1", "Community intensive support team", "System-wide", "Tabitha Greenhalgh-Moss", "8", "Amber",
     [("Team fully staffed (14.6 WTE)", date(2018, 5, 31), "In progress"),
      ("Inpatients reduced to 29", date(2019, 3, 31), "Not started")], 1420,
     "Two community nurse posts vacant."),
    ("W7.1", "Hyper-acute stroke unit", "System-wide", "Jarvis Elmhirst", "2", "Amber",
     [("Public consultation starts", "Summer 2018", "Not started"),
      ("Decision-making business case", "Autumn 2018", "Not started")], 350,
     "Pre-consultation business case with NHS England."),
    ("W8.1", "Care Record phases 1 and 2", "System-wide", "Elspeth Mordaunt", "3, 5", "Green",
     [("Phase 1: GP record viewable in BRH A&E", date(2018, 3, 29), "Complete"),
      ("Phase 2: community and mental health records", "Q3 2018/19", "Not started")], 2050,
     "Phase 1 live; 1,870 views in its first fortnight."),
    ("W8.2", "Care Record for care homes", "System-wide", "Elspeth Mordaunt", "3", "Green",
     [("Pilot in 10 care homes", date(2018, 7, 20), "Not started"),
      ("All care homes given access", "By Christmas 2018", "Not started")], 410,
     "Information sharing agreement drafted."),
    ("W9.1", "Frailty assessment unit, Ulverdown General", "Ulverdown Vale", "Dr Saoirse Whitlock-Amadi", "2, 4",
     "Green",
     [("Frailty unit open weekdays", date(2018, 6, 4), "In progress"),
      ("Frailty unit open seven days", "Dec-18", "Not started")], 1690,
     "Ward 7 refurbished; staffing 90% recruited."),
    ("W9.2", "Trusted assessor in care homes", "System-wide", "Fergal Nightingale", "4", "Amber",
     [("Trusted assessor in 50% of care homes", date(2018, 5, 14), "In progress"),
      ("Trusted assessor in all care homes", date(2018, 9, 1), "Not started")], 470,
     "Care home sign-up slower than planned."),
]
MUSTDO_SHORT = {1: "STPs", 2: "Finance", 3: "Primary care", 4: "Urgent and emergency care",
                5: "Referral to treatment and elective care", 6: "Cancer", 7: "Mental health",
                8: "Learning disabilities", 9: "Improving quality"}

# Dashboard (17 May 2018): workstream, RAG, issue
DASHBOARD = [("W1", "A", "UTC GP rota 70% filled; designation on track for 31 May"),
             ("W2", "G", "On track for 100% extended access by October"),
             ("W3", "A", "Core 24 liaison consultant post re-advertised"),
             ("W4", "R", "Triage provider contract unsigned; go-live moved to January 2019"),
             ("W5", "G", "Vague symptoms pilot on track"),
             ("W6", "A", "Two community nurse vacancies"),
             ("W7", "R", "NHS England asked for more evidence on travel times"),
             ("W8", "A", "SRO change; phase 2 plan being re-baselined"),
             ("W9", "G", "Frailty unit on track; care home sign-up slow")]
RAG_FILL = {"R": (0xC0, 0x39, 0x2B), "A": (0xE6, 0x9F, 0x00), "G": (0x2E, 0x8B, 0x57)}
CIRCLE_ORDER = ["W7", "W2", "W9", "W4", "W1", "W6", "W3", "W8", "W5"]   # stored order of the RAG circles

# Timetable (weeks commencing, June-October 2018): activity, {week: mark}
WEEKS = [date(2018, 6, 4), date(2018, 6, 11), date(2018, 6, 18), date(2018, 6, 25), date(2018, 7, 2),
         date(2018, 7, 9), date(2018, 7, 16), date(2018, 7, 23), date(2018, 7, 30), date(2018, 8, 6),
         date(2018, 8, 13), date(2018, 8, 20), date(2018, 8, 27), date(2018, 9, 3), date(2018, 9, 10),
         date(2018, 9, 17), date(2018, 9, 24), date(2018, 10, 1), date(2018, 10, 8), date(2018, 10, 15)]


def wk(*days):
    return {date(2018, m, d) for m, d in days}


TIMETABLE = [
    ("Pre-consultation business case to NHS England assurance panel", wk((6, 4)), "\u25c6"),
    ("Clinical Senate review", wk((6, 11), (6, 18)), "\u25a0"),
    ("Governing Bodies in Common approve consultation", wk((6, 25)), "\u25c6"),
    ("Consultation document and Easy Read version printed", wk((6, 25), (7, 2)), "\u25a0"),
    ("Consultation opens", wk((7, 9)), "\u25c6"),
    ("Public consultation (12 weeks)", {w for w in WEEKS if date(2018, 7, 9) <= w <= date(2018, 9, 24)}, "\u25a0"),
    ("Public events (8)", wk((7, 16), (7, 23), (7, 30), (8, 13), (8, 20), (9, 3), (9, 10), (9, 17)), "\u25cf"),
    ("Consultation closes (midnight, Friday)", wk((9, 24)), "\u25c6"),
    ("Independent analysis of responses", wk((10, 1), (10, 8)), "\u25a0"),
    ("Report on consultation to Governing Bodies in Common", wk((10, 15)), "\u25c6"),
]


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with one fixed entry time and fixed core times, so the bytes are the same each run."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-05-18T08:30:00Z", data)
            z.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)


def office_props(props, title, author="B&U STP Programme Office"):
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = datetime(2018, 5, 18, 8, 30, 0)
    props.revision = 1


SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Times-Roman", fontSize=11, leading=14.5,
                      spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontName="Helvetica", fontSize=7.5, leading=9.5, spaceAfter=2,
                       textColor=colors.HexColor("#444444"))
CELL = ParagraphStyle("cell", parent=BODY, fontName="Helvetica", fontSize=8, leading=10, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=CELLB, textColor=colors.white)
TITLE = ParagraphStyle("title", parent=SS["Title"], fontName="Helvetica-Bold", fontSize=16, leading=20,
                       alignment=0, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    spaceBefore=6, spaceAfter=4)
PLUM = colors.HexColor("#5b2a5e")
LILAC = colors.HexColor("#efe6f0")


def esc(text):
    return text.replace("&", "&amp;").replace("&amp;amp;", "&amp;")


def p(text, style=CELL):
    return Paragraph(esc(text), style)


def ruled(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8c6f8e")),
                       ("BACKGROUND", (0, 0), (-1, 0), PLUM), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), *extra])


# ================================================================================================ 01 letter (PDF)
def build_letter():
    def letterhead(c, doc):
        c.saveState()
        w, h = A4
        c.setFillColor(PLUM)
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(20 * mm, h - 14 * mm, "Brannockmere & Ulverdown")
        c.setFont("Helvetica", 9.5)
        c.drawString(20 * mm, h - 20 * mm, "Sustainability and Transformation Partnership")
        c.setFont("Helvetica", 7.5)
        for i, line in enumerate(["STP Programme Office", "Wrenfield House, 12 Chantry Walk",
                                  "Brannockmere BR1 4QT"]):
            c.drawRightString(w - 20 * mm, h - 11 * mm - i * 9, line)
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("Helvetica", 7)
        c.drawString(20 * mm, 10 * mm, "Partners: " + "; ".join(code for code, _ in PARTNERS))
        c.drawRightString(w - 20 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(OUT / F_LETTER), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=36 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Letter to NHS England: operational plan 2017-19 and must-do commitments",
                            author="Rosalind Achterberg-Nwosu", subject="B&U STP")
    places = ", ".join(f"{n} ({pop})" for n, pop in PLACES)
    story = [p("22 December 2017", BODY), Spacer(1, 4),
             Paragraph("Mr Gideon Farrant-Oyelaran<br/>Director of Commissioning Operations<br/>NHS England (Fells and "
                       "Coast)<br/>Merrow Court, Fellmark FM2 9RL", BODY),
             Spacer(1, 4), p("Dear Gideon,", BODY),
             Paragraph("<b>Operational plan 2017-19: our commitments against the nine national must-dos</b>", BODY),
             p("I am writing on behalf of the nine partners of the Brannockmere & Ulverdown Sustainability and "
               f"Transformation Partnership, who together serve a registered population of {POPULATION} people in "
               f"three places: {places}.", BODY),
             p("All partners have accepted their individual control totals. Together they give a system control "
               "total of a deficit of \u00a318.7m in 2017/18, reducing to a deficit of \u00a39.2m in 2018/19.", BODY),
             p("Annex A sets out, for each of the nine must-dos in the planning guidance, what we commit to, the "
               "workstreams of our Programme Mandate through which it will be delivered, the executive lead and the "
               "date by which it will be achieved. I would draw two points to your attention. First, no trust in "
               "our footprint is in special measures, so the ninth must-do is met through each trust's own quality "
               "governance rather than through an STP workstream. Second, the reconfiguration of stroke services "
               "(W7) depends on public consultation, which we expect to begin in summer 2018.", BODY),
             p("The Partnership Board approved this letter and its annex at its meeting on 7 December 2017. Barnaby "
               "Quenell, our Programme Director, will be your day-to-day contact.", BODY),
             p("Yours sincerely,", BODY), Spacer(1, 18),
             Paragraph("<b>Rosalind Achterberg-Nwosu</b><br/>STP Lead, Brannockmere &amp; Ulverdown STP<br/>"
                       "Chief Executive, Brannockmere Royal Hospital NHS Foundation Trust", BODY),
             Spacer(1, 6),
             p("cc Evadne Mowbray-Achebe, Independent Chair, Partnership Board; Hesketh Vardy, System Director of "
               "Finance", SMALL),
             PageBreak(),
             Paragraph("Annex A: our commitments against the nine national must-dos, 2017-19", H2),
             p("Workstream codes are those of the Programme Mandate (W1 Urgent & emergency care, W2 Primary care at "
               "scale, W3 Mental health, W4 Planned care, W5 Cancer early diagnosis, W6 Learning disabilities, W7 "
               "Stroke and acute reconfiguration, W8 Digital, W9 Frailty and out of hospital).", SMALL),
             Spacer(1, 4)]
    rows = [[p("Must-do", HEAD), p("Our commitment 2017-19", HEAD), p("Delivered through", HEAD),
             p("Executive lead", HEAD), p("By", HEAD)]]
    for n, name, commit, through, lead, by in MUSTDOS:
        rows.append([p(f"{n}. {name}", CELLB), p(commit), p(through), p(lead), p(by)])
    story.append(Table(rows, colWidths=[82, 160, 62, 92, 60], repeatRows=1,
                       style=ruled([("BACKGROUND", (0, 1), (0, -1), LILAC)])))
    story += [Spacer(1, 4),
              p("\u2014 not delivered through an STP workstream. Progress against every must-do is reported to the "
                "Partnership Board each quarter.", SMALL)]
    doc.build(story, onFirstPage=letterhead, onLaterPages=letterhead)


# ================================================================================================ 02 benefits (PDF)
def build_benefits():
    page = landscape(A4)

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(15 * mm, 8 * mm, "B&U STP Benefits Realisation Plan 2017-19 \u2013 version 2.0, 31 January 2018")
        c.drawRightString(page[0] - 15 * mm, 8 * mm, f"Page {doc.page} of 2")
        c.restoreState()

    doc = SimpleDocTemplate(str(OUT / F_BENEFITS), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=13 * mm, bottomMargin=15 * mm, invariant=1,
                            title="Benefits Realisation Plan 2017-19", author="B&U STP Programme Office",
                            subject="Benefits register v2.0")
    story = [Paragraph("Brannockmere &amp; Ulverdown STP \u2013 Benefits Realisation Plan 2017-19", TITLE),
             p("Version 2.0, 31 January 2018. For the System Delivery Board. Prepared by Annika Solberg-Reyes, "
               "Benefits Manager, STP Programme Office.", SMALL), Spacer(1, 4),
             p("Each benefit has a named benefit owner, who is accountable for measuring it and for its "
               "realisation; the owner is not always the workstream SRO. The baseline is the value in the year "
               "shown. Targets are the position to be reached by the end of each financial year (31 March) and "
               "are not cumulative. Benefits are reviewed each quarter by the System Delivery Board.",
               ParagraphStyle("b2", parent=BODY, fontName="Helvetica", fontSize=8.5, leading=11)),
             Paragraph("Table 1: benefits register", H2)]
    heads = ["Ref", "Work- stream", "Benefit", "Measure", "Unit", "Baseline", "Baseline year", "Target 2017/18",
             "Target 2018/19", "Benefit owner"]
    rows = [[p(h, HEAD) for h in heads]]
    for b in BENEFITS:
        rows.append([p(b[0], CELLB)] + [Paragraph(esc(x), CELL) for x in b[1:]])
    story.append(Table(rows, colWidths=[28, 40, 120, 132, 52, 48, 44, 48, 48, 196], repeatRows=1,
                       style=ruled([("ALIGN", (5, 1), (8, -1), "RIGHT")])))
    story += [Spacer(1, 3),
              Paragraph("<super>a</super> Calendar year 2015, the latest national staging data.", SMALL),
              Paragraph("<super>b</super> No target until the HASU is open; 90% is the target from the unit's first "
                        "full quarter.", SMALL),
              PageBreak(),
              Paragraph("Table 2: financial benefits \u2013 net savings by workstream (\u00a3000)", H2),
              p("Net of investment. Cash-releasing savings only; bed days released are counted in Table 1, not "
                "here.", SMALL), Spacer(1, 4)]
    names = {k: v[0] for k, v in WORKSTREAMS.items()}
    rows = [[p("Workstream", HEAD), p("2017/18", HEAD), p("2018/19", HEAD), p("Total 2017-19", HEAD)]]
    right = ParagraphStyle("r", parent=CELL, alignment=2)
    rightb = ParagraphStyle("rb", parent=CELLB, alignment=2)
    for k, (a, b) in SAVINGS.items():
        rows.append([p(f"{k} {names[k]}"), p(f"{a:,}", right), p(f"{b:,}", right), p(f"{a + b:,}", right)])
    ta, tb = sum(v[0] for v in SAVINGS.values()), sum(v[1] for v in SAVINGS.values())
    rows.append([p("Total", CELLB), p(f"{ta:,}", rightb), p(f"{tb:,}", rightb), p(f"{ta + tb:,}", rightb)])
    story.append(Table(rows, colWidths=[220, 80, 80, 90], style=ruled([("BACKGROUND", (0, -1), (-1, -1), LILAC)])))
    story += [Spacer(1, 8),
              p("Owners of the financial benefits are the workstream SROs. Hesketh Vardy, System Director of "
                "Finance, assures the figures before each quarterly review.", SMALL)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ================================================================================================ 03 mandate (Word)
def build_mandate():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    office_props(d.core_properties, "B&U STP Programme Mandate: delivery workstreams, v1.3")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.add_heading("Programme Mandate: delivery workstreams 2017-19", level=0)
    d.add_paragraph("Brannockmere & Ulverdown STP \u2013 version 1.3, 9 February 2018 \u2013 for the System "
                    "Delivery Board")
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph(
        "This mandate confirms the nine delivery workstreams of the STP, who leads each one and the milestones the "
        "System Delivery Board will hold them to. Each workstream has a Senior Responsible Owner (SRO), who is "
        "accountable for delivery, a clinical lead and a programme lead. Enabling work on workforce and estates is "
        "led through the Local Workforce Action Board and the Estates Group (see the governance structure).")
    d.add_heading("2. The workstreams", level=1)
    d.add_paragraph("Table 1: workstreams, leadership and key milestones")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    widths = [Cm(1.2), Cm(6.3), Cm(10.0)]

    def shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    for cell, text, w in zip(t.rows[0].cells, ["No.", "Workstream and scope", "Leadership and key milestones"],
                             widths):
        cell.width = w
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, "5B2A5E")
    for code, (name, scope, sro, cl, pl, milestones) in WORKSTREAMS.items():
        cells = t.add_row().cells
        for cell, w in zip(cells, widths):
            cell.width = w
        cells[0].paragraphs[0].add_run(code).bold = True
        cells[1].paragraphs[0].add_run(name).bold = True
        cells[1].add_paragraph(scope)
        c = cells[2]
        first = True
        for label, value in (("Senior Responsible Owner", f"{sro[0]} ({sro[1]})"),
                             ("Clinical lead", f"{cl[0]} ({cl[1]})"), ("Programme lead", pl)):
            para = c.paragraphs[0] if first else c.add_paragraph()
            para.style = d.styles["List Bullet"]
            para.add_run(label + ": ").bold = True
            para.add_run(value)
            first = False
        para = c.add_paragraph(style="List Bullet")
        para.add_run("Key milestones").bold = True
        for m in milestones:
            c.add_paragraph(m, style="List Bullet 2")
    d.add_heading("3. Dependencies", level=1)
    d.add_paragraph(
        "W7 cannot set an opening date for the hyper-acute stroke unit until the CCG Governing Bodies in Common "
        "have decided after consultation. W9's seven-day frailty unit depends on W1's UTC rota at Ulverdown "
        "General. W8's phase 2 depends on the Harkness Vale Partnership's new patient record system.")
    d.add_heading("4. Review", level=1)
    d.add_paragraph("The System Delivery Board reviews this mandate every six months; the next review is due in "
                    "August 2018. Changes of SRO are agreed by the Chief Executives' Group.")
    d.save(OUT / F_MANDATE)
    restamp(OUT / F_MANDATE)


# ================================================================================================ 04 governance tree (text)
TREE = [
    (0, "Brannockmere & Ulverdown Partnership Board", "Evadne Mowbray-Achebe, Independent Chair",
     "monthly, first Thursday"),
    (1, "Chief Executives' Group", "Rosalind Achterberg-Nwosu, STP Lead", "fortnightly, Tuesdays"),
    (2, "System Delivery Board", "Barnaby Quenell, STP Programme Director", "monthly"),
    (3, "Urgent & Emergency Care Network Board (W1, W9)", "Octavia Marchbanks-Eze", "monthly"),
    (3, "Primary Care Transformation Group (W2)", "Dr Corisande Bellweather, Clinical Chair, NHS Brannockmere CCG",
     "monthly"),
    (3, "Planned Care & Cancer Board (W4, W5)",
     "Dr Ottoline Vasquez-Harrow, Clinical Chair, NHS Ulverdown and Cresswick CCG", "six-weekly"),
    (3, "Mental Health & Learning Disabilities Partnership (W3, W6)", "Cassius Emberton", "monthly"),
    (3, "Stroke Programme Board (W7)", "Dr Lysander Quayle", "monthly until the decision"),
    (2, "Directors of Finance Forum", "Hesketh Vardy, System Director of Finance", "monthly"),
    (3, "Estates Group", "to be confirmed", "bi-monthly"),
    (2, "Digital Programme Board (W8)", "Dr Kwabena Hartigan, Chief Clinical Information Officer, BRH", "monthly"),
    (1, "Clinical Reference Group", "Dr Philomena Tasker-Grey, Medical Director, Harkness Vale Partnership",
     "monthly"),
    (1, "Local Workforce Action Board", "Magnus Oyelowo-Pryce, System Director of Workforce", "bi-monthly"),
    (1, "Citizens' Reference Panel", "Bethan Ashdown-Kaur, Chief Executive, Healthwatch Ulverdownshire",
     "quarterly"),
]


def tree_lines():
    """Draw TREE with box-drawing branches: a node is last if no later sibling follows before its parent ends."""
    out = []
    for i, (depth, name, chair, freq) in enumerate(TREE):
        prefix = ""
        for level in range(1, depth + 1):
            # does an ancestor at `level` (or this node, at its own depth) have a later sibling?
            later = False
            for depth2, *_ in TREE[i + 1:]:
                if depth2 < level:
                    break
                if depth2 == level:
                    later = True
                    break
            if level < depth:
                prefix += "\u2502   " if later else "    "
            else:
                prefix += "\u251c\u2500\u2500 " if later else "\u2514\u2500\u2500 "
        out.append(f"{prefix}{name} \u2014 chair: {chair} [{freq}]")
        # a spacer line carrying the vertical bars, after the top node only
        if depth == 0:
            out.append("\u2502")
    return out


def build_tree():
    lines = ["BRANNOCKMERE & ULVERDOWN STP",
             "GOVERNANCE STRUCTURE AS AT 1 APRIL 2018 (VERSION 3)",
             "Issued by the STP Programme Office, Wrenfield House, Brannockmere.",
             "",
             "How to read this: each group reports to the group it hangs from. The chair follows \"chair:\";",
             "how often the group meets is in square brackets. Workstream codes (W1-W9) are those of the",
             "Programme Mandate.",
             ""]
    lines += tree_lines()
    lines += ["",
              "Notes",
              "1. The Partnership Board is a committee in common of the nine partner boards. It holds no",
              "   delegated budget in 2018/19.",
              "2. Each workstream SRO reports to the board above their workstream; the SRO may also chair it.",
              "3. The Estates Group first meets in May 2018; its terms of reference go to the Directors of",
              "   Finance Forum for approval.",
              "4. Programme Office: Barnaby Quenell (Programme Director); Annika Solberg-Reyes (Benefits",
              "   Manager). Enquiries to the Programme Office at Wrenfield House.",
              ""]
    (OUT / F_TREE).write_text("\n".join(lines), encoding="utf-8")


# ================================================================================================ 05 tracker (Excel)
CARD_LABELS = ["Workstream", "Place", "SRO", "Initiative lead", "Must-dos supported", "RAG", "Milestone", "Due",
               "Status", "Milestone", "Due", "Status", "2018/19 budget (\u00a3000)", "Update"]


def build_tracker():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "B&U STP Programme Office"
    wb.properties.title = "B&U STP delivery tracker"
    wb.properties.created = wb.properties.modified = datetime(2018, 5, 18, 8, 30, 0)
    ws = wb.active
    ws.title = "Read me"
    readme = ["Brannockmere & Ulverdown STP \u2013 delivery tracker",
              "As at 13/04/2018. Maintained by the STP Programme Office for the System Delivery Board.",
              "",
              "The Tracker sheet holds one card per initiative, two cards to a band (columns A-B and D-E).",
              "Each card: label on the left, value on the right. Each milestone is followed by its Due date and "
              "its Status.",
              "RAG: Green = on track; Amber = at risk but recoverable; Red = off track.",
              "Must-dos supported: the national must-dos of the 2017-19 planning guidance, by number:"]
    readme += [f"   {n} = {MUSTDO_SHORT[n]}" for n in range(1, 10)]
    for i, line in enumerate(readme, 1):
        if line:
            ws.cell(row=i, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "B&U STP delivery tracker \u2013 initiative cards"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "As at 13/04/2018"
    thin = Side(style="thin", color="8C6F8E")
    head_fill = PatternFill("solid", fgColor="5B2A5E")
    label_fill = PatternFill("solid", fgColor="EFE6F0")
    rag_fill = {"Red": "F4C7C3", "Amber": "FCE8B2", "Green": "B7E1CD"}
    names = {k: v[0] for k, v in WORKSTREAMS.items()}
    sros = {k: v[2][0] for k, v in WORKSTREAMS.items()}
    row = 4
    for band in range(0, len(CARDS), 2):
        for offset, card in zip((1, 4), CARDS[band:band + 2]):
            ref, name, place, lead, mds, rag, ms, budget, update = card
            ws.merge_cells(start_row=row, start_column=offset, end_row=row, end_column=offset + 1)
            c = ws.cell(row=row, column=offset, value=f"{ref} {name}")
            c.font, c.fill = Font(bold=True, color="FFFFFF"), head_fill
            values = [f"{ref[:2]} {names[ref[:2]]}", place, sros[ref[:2]], lead, mds, rag]
            for m, due, status in ms:
                values += [m, due, status]
            values += [budget, update]
            for k, (label, value) in enumerate(zip(CARD_LABELS, values), 1):
                lc = ws.cell(row=row + k, column=offset, value=label)
                lc.font, lc.fill = Font(bold=True), label_fill
                vc = ws.cell(row=row + k, column=offset + 1, value=value)
                vc.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
                if isinstance(value, date):
                    vc.number_format = "d mmm yyyy"
                if isinstance(value, int):
                    vc.number_format = "#,##0"
                if label == "RAG":
                    vc.fill = PatternFill("solid", fgColor=rag_fill[value])
                for cc in (lc, vc):
                    cc.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        row += len(CARD_LABELS) + 2
    for col, w in zip("ABCDE", [22, 44, 3, 22, 44]):
        ws.column_dimensions[col].width = w
    wb.save(OUT / F_TRACKER)
    restamp(OUT / F_TRACKER)


# ================================================================================================ 06 board pack (PowerPoint)
def build_pack():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    office_props(prs.core_properties, "B&U System Delivery Board pack, 17 May 2018")

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "System Delivery Board"
    s.placeholders[1].text = ("Brannockmere & Ulverdown STP \u2013 Thursday 17 May 2018\n"
                              "Portfolio dashboard, stroke consultation timetable, changes")

    # ---- dashboard
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Portfolio dashboard \u2013 May 2018"
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(30)
    sros = {k: v[2][0] for k, v in WORKSTREAMS.items()}
    sros["W8"] = W8_NEW_SRO[0] + " (interim)"
    left0, top0, tw, th, gap = 0.5, 1.45, 4.0, 1.75, 0.17
    pos = {}
    for i, (code, rag, issue) in enumerate(DASHBOARD):
        x = Inches(left0 + (i % 3) * (tw + gap))
        y = Inches(top0 + (i // 3) * (th + gap))
        pos[code] = (x, y)
        box = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, Inches(tw), Inches(th))
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xF6, 0xF1, 0xF6)
        box.line.color.rgb = RGBColor(0x8C, 0x6F, 0x8E)
        tf = box.text_frame
        tf.word_wrap = True
        lines = [(f"{code} {WORKSTREAMS[code][0]}", True, 13), (issue, False, 11), (f"SRO: {sros[code]}", False, 10)]
        for j, (text, bold, size) in enumerate(lines):
            para = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
            run = para.add_run()
            run.text = text
            run.font.bold, run.font.size = bold, Pt(size)
            run.font.color.rgb = RGBColor(0x22, 0x22, 0x22)
            para.alignment = PP_ALIGN.LEFT
    rag_of = {code: rag for code, rag, _ in DASHBOARD}
    for code in CIRCLE_ORDER:
        x, y = pos[code]
        dot = s.shapes.add_shape(MSO_SHAPE.OVAL, x + Inches(tw - 0.55), y + Inches(0.1), Inches(0.42), Inches(0.42))
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor(*RAG_FILL[rag_of[code]])
        dot.line.fill.background()
        para = dot.text_frame.paragraphs[0]
        run = para.add_run()
        run.text = rag_of[code]
        run.font.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        para.alignment = PP_ALIGN.CENTER
    key = s.shapes.add_textbox(Inches(0.5), Inches(7.05), Inches(12.3), Inches(0.35))
    key.text_frame.text = ("Rating in the circle: G on track \u00b7 A at risk, recoverable \u00b7 R off track, "
                           "needs Board support. Source: workstream highlight reports, 11 May 2018.")
    key.text_frame.paragraphs[0].runs[0].font.size = Pt(10)

    # ---- timetable
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Stroke services consultation: timetable, June to October 2018"
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(26)
    ncol = len(WEEKS) + 1
    shape = s.shapes.add_table(len(TIMETABLE) + 2, ncol, Inches(0.3), Inches(1.45), Inches(12.7), Inches(5.0))
    tbl = shape.table
    tbl.columns[0].width = Inches(3.5)
    for j in range(1, ncol):
        tbl.columns[j].width = Inches(0.46)
    tbl.cell(0, 0).text = "Activity"
    tbl.cell(1, 0).text = "Week commencing"
    months = {}
    for j, w in enumerate(WEEKS, 1):
        months.setdefault(w.strftime("%B"), []).append(j)
        tbl.cell(1, j).text = w.strftime("%d/%m")
    for mname, cols in months.items():
        if len(cols) > 1:
            tbl.cell(0, cols[0]).merge(tbl.cell(0, cols[-1]))
        tbl.cell(0, cols[0]).text = mname
    for i, (activity, weeks, mark) in enumerate(TIMETABLE, 2):
        tbl.cell(i, 0).text = activity
        for j, w in enumerate(WEEKS, 1):
            if w in weeks:
                tbl.cell(i, j).text = mark
    for r in range(len(TIMETABLE) + 2):
        for j in range(ncol):
            for para in tbl.cell(r, j).text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9 if j else 10)
    key = s.shapes.add_textbox(Inches(0.3), Inches(6.75), Inches(12.7), Inches(0.4))
    key.text_frame.text = ("\u25a0 activity under way  \u25c6 milestone  \u25cf public event. Weeks commence on a "
                           "Monday. Owner: Jarvis Elmhirst, W7 programme lead.")
    key.text_frame.paragraphs[0].runs[0].font.size = Pt(10)

    # ---- changes
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Changes agreed since the April Board"
    body = s.placeholders[1]
    body.width = Inches(12.3)
    items = [
        "CR-07: the go-live of the W4.1 MSK triage service moves from Q2 2018/19 to January 2019. The triage "
        "provider contract was not signed by 30/04/2018.",
        f"W8 Digital: {W8_NEW_SRO[0]} ({W8_NEW_SRO[1]}) is SRO from 1 May 2018, replacing "
        f"{WORKSTREAMS['W8'][2][0]}, who has left the Trust.",
        "W7: the pre-consultation business case goes to the NHS England assurance panel in the first week of the "
        "timetable; the Board will be asked to confirm the consultation in June.",
        "Next meeting of the System Delivery Board: Thursday 21 June 2018, Wrenfield House.",
    ]
    tf = body.text_frame
    for i, text in enumerate(items):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.text = text
        para.runs[0].font.size = Pt(18)
    prs.save(OUT / F_PACK)
    restamp(OUT / F_PACK)


def main():
    OUT.mkdir(exist_ok=True)
    build_letter()
    build_benefits()
    build_mandate()
    build_tree()
    build_tracker()
    build_pack()
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main()
