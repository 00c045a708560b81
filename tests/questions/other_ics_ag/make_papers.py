"""Write the Ollerbrook & Fenwarden STP papers (thirty-third imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan:
  01 Annex B delivery plan (landscape A4 PDF, platypus): running header and footer, abbreviations defined once on
     page 1, a finance bridge in prose, then one big ruled table (Ref / Initiative / Owner / Key milestones / Due /
     Must-dos / RAG) under workstream band rows, running over several pages with the header repeated and rows split
     across a page break (splitInRow), footnote markers (*, dagger, double dagger, superscript 1 and 2) on Due cells
     whose footnotes, below the end of the table, give the real date or say "Date subject to consultation"; then a
     must-do coverage grid (must-dos as rows, workstream codes as columns, L / C cells, a Note column);
  02 PMO milestone tracker (Excel): real date cells in custom formats (mmm-yy, dd/mm/yyyy) mixed with text dates,
     a "Change log" sheet of rows (date of change, item, field, was, now, reason, agreed by), a Savings sheet in £m
     and a Key sheet;
  03 Programme Board governance paper (Word): header and footer, terms of reference in prose, a two-column
     "Role | Member" membership table, a changed SRO from a date and decisions asked for;
  04 PMO tool export (CSV): one row per milestone, owners as login names ("h.quennell"), ISO baseline and forecast
     dates, RAG and a comment;
  05 press release (plain text, one page): headline figures in a dot-leader "at a glance" block.

usage: /work/main/.venv/bin/python make_papers.py
"""

import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

PLAN = "01_OF_STP_Annex_B_Delivery_Plan_v1.3_21Oct2016.pdf"
TRACKER = "02_OF_STP_PMO_Milestone_Tracker_v7_10Feb2017.xlsx"
GOV = "03_OF_STP_Programme_Board_ToR_and_Membership_19Jan2017.docx"
EXPORT = "04_of_stp_pmo_export_milestones_2017-02-24.csv"
PRESS = "05_OF_STP_Press_Release_Final_Plan_03Mar2017.txt"

NAVY = colors.HexColor("#203864")
BAND = colors.HexColor("#D9E2F3")
RAG = {"G": colors.HexColor("#70AD47"), "A": colors.HexColor("#FFC000"), "R": colors.HexColor("#E0443A")}

S = ParagraphStyle("s", fontName="DV", fontSize=8.2, leading=10, alignment=TA_LEFT)
SB = ParagraphStyle("sb", parent=S, fontName="DVB", textColor=colors.white)
BANDS = ParagraphStyle("band", parent=S, fontName="DVB", fontSize=8.6)
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=8, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=5, textColor=NAVY)
FOOT = ParagraphStyle("fn", fontName="DV", fontSize=8, leading=10, spaceAfter=2)

# Workstream bands, then rows: ref, initiative, owner, key milestones, due (with marker), must-dos, RAG
WORKSTREAMS = [
    ("PP", "Prevention & Population Health", "Dr Marguerite Ansty, DPH, OCC", "Colm Hartigan"),
    ("OOH", "Out of Hospital Care", "Tobias Wrenfield, AO, FLCCG", "Dr Imran Pasco"),
    ("UEC", "Urgent & Emergency Care", "Harriet Quennell, COO, FRH", "Dr Eamon Threlfall"),
    ("PC", "Planned Care", "Mr Ravi Lanchester, Medical Director, OGI", "Dr Helen Garside"),
    ("MH", "Mental Health", "Siobhan Carrowgate, Director of Operations, LCMHT", "Dr Tomasz Wielgosz"),
    ("DIG", "Enabler: Digital", "Kwame Osterfield, Chief Information Officer, OGI", "not yet appointed"),
    ("WF", "Enabler: Workforce", "Lydia Penhallow, Director of HR, FRH", "n/a"),
]
ROWS = {
    "PP": [
        ("PP1", "Healthy weight and diabetes prevention: local roll-out of the NDPP with OCC and FCC public health "
                "teams, targeting the 20% most deprived LSOAs first",
         "Colm Hartigan, Consultant in Public Health, OCC",
         "Referral pathway agreed with all practices; first NDPP cohorts start", "Q4 16/17", "1, 3", "G"),
        ("PP2", "Making Every Contact Count (MECC) training for front-line staff in all partner organisations",
         "Ruth Inchcape, Health Improvement Manager, FCC",
         "1,200 staff trained in MECC brief interventions", "31/03/2018", "1, 9", "G"),
        ("PP3", "Social prescribing: a link worker in each of the six localities, hosted by the voluntary sector",
         "Dr Farah Siddall, GP, Ollerbrook Central",
         "Link workers in post in all six localities", "Sep-17*", "1, 3", "A"),
    ],
    "OOH": [
        ("OOH1", "Integrated neighbourhood teams (INTs): community nursing, therapies, social care and mental health "
                 "workers aligned to practices in nine neighbourhoods of 80-100k population, with a single "
                 "assessment and shared caseload; wave 1 in the three Fenwarden neighbourhoods, wave 2 in Lowdale "
                 "and wave 3 in Ollerbrook; builds on the Lowdale Vanguard test site",
         "Dr Imran Pasco, Clinical Lead, OOH",
         "Wave 1 (Fenwarden) teams live\nWave 2 (Lowdale) teams live\nWave 3 (Ollerbrook) teams live\n"
         "All nine neighbourhood teams live, with a named care co-ordinator for every housebound patient",
         "Q3 17/18", "1, 2, 3, 4", "A"),
        ("OOH2", "Extended GP access 8am-8pm seven days a week from three hubs (Ollerbrook Central, Fenwarden "
                 "Civic, Lowdale)",
         "Annika Strand, Head of Primary Care, FLCCG",
         "All three hubs open 8am-8pm, 7 days", "Mar-17", "1, 3", "A"),
        ("OOH3", "Discharge to assess (D2A): pathways 1-3 for medically optimised patients at OGI and FRH, "
                 "with a trusted assessor for care homes",
         "Jacqueline Morven, Director of Integrated Care, FCC",
         "D2A in place for all three pathways, ready for winter", "Winter 2017/18", "1, 2, 4", "A"),
        ("OOH4", "Enhanced health in care homes: a named GP and weekly ward round for every residential and "
                 "nursing home",
         "Annika Strand, Head of Primary Care, FLCCG",
         "Model live in all care homes", "tbc\u00b2", "1, 4", "R"),
    ],
    "UEC": [
        ("UEC1", "Ollerbrook Urgent Treatment Centre (UTC): redevelop the minor injuries unit at OGI as a GP-led "
                 "UTC open 24/7, co-located with the ED front door, so that primary-care streams are seen in the "
                 "UTC and the ED treats the sickest patients; estates works in two phases and recruitment of "
                 "emergency nurse practitioners (ENPs) and GPs through the OOH provider; the UTC will also take direct "
                 "bookings from NHS 111 once the clinical assessment service is live",
         "Maxine Durward, Associate Director of Operations, OGI",
         "Outline business case approved\nPhase 1 estates works complete\nPhase 2 estates works complete\n"
         "Recruitment of ENPs and GPs\nCQC registration of the new unit\nUTC opens to the public",
         "Winter 2017/18\u00b9", "1, 4", "A"),
        ("UEC2", "NHS 111 clinical assessment service (CAS): GPs, nurses and pharmacists in the 111 hub to close "
                 "more calls without an ambulance or ED attendance",
         "Gordon Pykett, UEC Commissioning Manager, FLCCG",
         "CAS live, with 111 able to book into practice and hub appointments", "Mar-17", "1, 4", "A"),
        ("UEC3", "Streaming at the Fenwarden ED front door with a primary-care stream and an ambulatory "
                 "emergency care unit",
         "Dr Eamon Threlfall, Clinical Lead, UEC",
         "Streaming live 8am-midnight at FRH", "Q1 17/18", "1, 4, 9", "G"),
        ("UEC4", "Acute stroke: options for a single hyper-acute stroke unit (HASU) for the footprint, at OGI or "
                 "FRH, with early supported discharge in both places",
         "Dr Lucinda Brackwell, Stroke Physician, FRH",
         "Public consultation on the options (Summer 2017); decision on the preferred option",
         "Q3 17/18\u2020", "1, 4, 9", "A"),
    ],
    "PC": [
        ("PC1", "MSK: a single triage service with physiotherapy self-referral and a community orthopaedic "
                "interface service",
         "Nadia Crossthwaite, Planned Care Programme Manager, FLCCG",
         "Single MSK triage service live", "01/10/2017", "1, 2, 5", "G"),
        ("PC2", "Ophthalmology: community glaucoma and cataract follow-up clinics run by optometrists",
         "Mr Ravi Lanchester, Medical Director, OGI",
         "Community glaucoma clinics in both places", "Q2 17/18", "1, 2, 5", "A"),
        ("PC3", "Outpatient follow-up reduction: patient-initiated follow-up (PIFU) and advice and guidance in "
                "six specialties, with advice requests answered within two working days and one follow-up "
                "protocol agreed between OGI and FRH consultants",
         "Dr Helen Garside, Clinical Lead, PC",
         "PIFU live in dermatology and rheumatology\nA&G live in cardiology, gastroenterology, respiratory "
         "and urology\nA&G live in six specialties", "Jun-17", "1, 2, 5", "G"),
    ],
    "MH": [
        ("MH1", "Core 24 liaison psychiatry at OGI, with the FRH service extended to 24/7",
         "Dr Tomasz Wielgosz, Clinical Lead, MH",
         "Core 24 service in place at OGI", "Q4 17/18", "1, 4, 7", "A"),
        ("MH2", "IAPT expansion to 19% access, including long-term conditions IAPT in primary care",
         "Kerry-Ann Bastable, IAPT Service Manager, LCMHT",
         "IAPT access at 19% of prevalence", "by 31/03/2019", "1, 7", "G"),
        ("MH3", "Crisis caf\u00e9 and safe haven in Fenwarden town centre, run with a voluntary sector partner",
         "Owen Treadgold, Crisis Services Manager, LCMHT",
         "Crisis caf\u00e9 opens", "Nov-17", "1, 7", "A"),
        ("MH4", "Specialist perinatal community mental health team for the footprint",
         "Kerry-Ann Bastable, IAPT Service Manager, LCMHT",
         "Team recruited and taking referrals", "time frame as yet unknown", "1, 7", "R"),
    ],
    "DIG": [
        ("DIG1", "Ollerbrook & Fenwarden Care Record: shared record across GP, acute, community and social care",
         "Kwame Osterfield, Chief Information Officer, OGI",
         "Phase 1 live (GP and acute records viewable in ED)", "30/09/2017", "1, 3, 4", "A"),
    ],
    "WF": [
        ("WF1", "Staff bank collaborative across OGI, FRH and LCMHT",
         "Lydia Penhallow, Director of HR, FRH",
         "Shared staff bank live", "Apr-17", "1, 2", "G"),
    ],
}

SHIFT = 44  # points of space before Table B1: puts the page breaks inside rows OOH1 and PC3
FOOTNOTES = [
    ("*", "PP3: Phase 1 (the four Ollerbrook localities) by 30/06/2017; Sep-17 is the date for all six localities."),
    ("\u2020", "UEC4: Date subject to consultation."),
    ("\u2021", "Must-do grid: UEC contributes to must-do 7 from 2017/18 only (liaison psychiatry in the ED)."),
    ("1", "UEC1: opening planned for 15/01/2018, subject to CQC registration of the new unit."),
    ("2", "OOH4: no date set; depends on the outcome of the Vanguard extension bid."),
]

MUSTDOS = [
    ("1", "STP: develop a high quality and agreed STP", dict(PP="C", OOH="C", UEC="C", PC="C", MH="C", DIG="C",
                                                             WF="C"), "Met by this plan"),
    ("2", "Return the system to aggregate financial balance", dict(OOH="C", UEC="C", PC="L", WF="C"), ""),
    ("3", "Develop and implement a local plan for general practice", dict(PP="C", OOH="L", DIG="C"), "GP Forward View plan"),
    ("4", "A&E and ambulance performance", dict(OOH="C", UEC="L", MH="C"), ""),
    ("5", "Referral to treatment (18 weeks)", dict(PC="L"), ""),
    ("6", "Cancer: 62-day standard", {}, "Gap - delivered through the Wexcombe & Tarrant Cancer Alliance plan"),
    ("7", "Mental health: IAPT, EIP and dementia", dict(UEC="C\u2021", MH="L"), ""),
    ("8", "Transforming care for people with learning disabilities", {},
     "Gap - see Transforming Care Partnership (TCP) plan, not yet agreed"),
    ("9", "Improving quality in organisations", dict(PP="C", UEC="L", PC="C"), "FRH quality improvement plan"),
]


def p(text, style=S):
    return Paragraph(text, style)


def pc(text, style=S):
    """A table cell: plain text, '&' escaped, line breaks kept."""
    return Paragraph(text.replace("&", "&amp;").replace("\n", "<br/>"), style)


def due_cell(text):
    """Markers on the Due cell are superscript, so extraction runs them into the date ('Q3 17/18†')."""
    for mark in ("*", "\u2020", "\u00b9", "\u00b2"):
        if text.endswith(mark):
            sup = {"\u00b9": "1", "\u00b2": "2"}.get(mark, mark)
            return p(f"{text[:-1]}<super>{sup}</super>")
    return p(text)


def header_footer(canv, doc):
    canv.saveState()
    w, h = landscape(A4)
    canv.setFont("DV", 7.5)
    canv.setFillColor(colors.grey)
    canv.drawString(15 * mm, h - 10 * mm, "Ollerbrook & Fenwarden Sustainability and Transformation Plan")
    canv.drawRightString(w - 15 * mm, h - 10 * mm, "Annex B: Delivery Plan 2016/17 - 2020/21 | DRAFT v1.3")
    canv.drawString(15 * mm, 8 * mm, "Submitted to NHS England and NHS Improvement 21 October 2016")
    canv.drawRightString(w - 15 * mm, 8 * mm, f"Page {doc.page}")
    canv.restoreState()


def plan(path):
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm, title="Annex B Delivery Plan",
                            author="Ollerbrook & Fenwarden STP PMO")
    story = [p("Annex B: Delivery Plan 2016/17 - 2020/21", H1)]
    story.append(p(
        "This annex sets out how the Ollerbrook &amp; Fenwarden Sustainability and Transformation Plan (STP) will be "
        "delivered. Partners are Ollerbrook Hospitals NHS Foundation Trust, which runs Ollerbrook General Infirmary "
        "(OGI); Fenwarden Royal Hospital NHS Trust (FRH); Lowdale Community and Mental Health NHS Trust (LCMHT); "
        "Ollerbrook CCG (OCCG) and Fenwarden &amp; Lowdale CCG (FLCCG); Ollerbrook City Council (OCC) and "
        "Fenwardenshire County Council (FCC).", BODY))
    story.append(p(
        "Each of the five workstreams and two enablers has a Senior Responsible Officer (SRO) and a clinical lead. Abbreviations used in the table: "
        "Director of Public Health (DPH); Accountable Officer (AO); Chief Operating Officer (COO); National Diabetes "
        "Prevention Programme (NDPP); lower super output areas (LSOAs); advice and guidance (A&amp;G); Improving "
        "Access to Psychological Therapies (IAPT); Programme Management Office (PMO).", BODY))
    story.append(p("Closing the gap", H2))
    story.append(p(
        "If nothing changes, the footprint faces a financial gap of \u00a3214.6m by 2020/21. The five workstreams "
        "below are planned to deliver \u00a359.2m of that in 2020/21 (see the PMO tracker for the phasing by year); "
        "provider cost improvement programmes are planned to deliver \u00a3121.0m and the Sustainability and "
        "Transformation Fund (STF) is assumed to meet the remaining \u00a334.4m.", BODY))
    story.append(p(
        "Dates in the Due column are shown as submitted. Where a date carries a marker (*, \u2020, \u2021, 1, 2) "
        "the footnote under the table gives the detail. RAG is the PMO's rating of delivery confidence at "
        "submission.", BODY))
    story.append(Spacer(1, SHIFT))
    story.append(p("Table B1: Initiatives, owners and key milestones", H2))

    head = [p(h, SB) for h in ("Ref", "Initiative", "Owner", "Key milestones", "Due", "Must-dos", "RAG")]
    data, style = [head], [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for code, name, sro, lead in WORKSTREAMS:
        r = len(data)
        data.append([pc(f"{code} - {name} | SRO: {sro} | Clinical lead: {lead}", BANDS), "", "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND)]
        for ref, init, owner, miles, due, mds, rag in ROWS[code]:
            r = len(data)
            data.append([pc(ref), pc(init), pc(owner), pc(miles), due_cell(due), pc(mds), pc(rag)])
            style.append(("BACKGROUND", (6, r), (6, r), RAG[rag]))
    widths = [14 * mm, 88 * mm, 46 * mm, 62 * mm, 27 * mm, 16 * mm, 11 * mm]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(p("Notes to Table B1", H2))
    for mark, text in FOOTNOTES:
        story.append(p(f"<super>{mark}</super> {text}", FOOT))

    story.append(PageBreak())
    story.append(p("Table B2: Coverage of the nine national must-dos", H1))
    story.append(p("L = lead workstream; C = contributes; blank = no contribution. Workstream codes as in Table B1.",
                   BODY))
    cols = [w[0] for w in WORKSTREAMS]
    grid = [[p("Must-do", SB)] + [p(c, SB) for c in cols] + [p("Note", SB)]]
    for num, name, cells, note in MUSTDOS:
        grid.append([pc(f"{num}. {name}")] + [pc(cells.get(c, "")) for c in cols] + [pc(note)])
    g = Table(grid, colWidths=[78 * mm] + [14 * mm] * len(cols) + [88 * mm], repeatRows=1)
    g.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(g)
    story.append(Spacer(1, 4 * mm))
    story.append(p("\u2021 see Notes to Table B1.", FOOT))
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


# ------------------------------------------------------------------------------------------------------------------
# Excel tracker
# ------------------------------------------------------------------------------------------------------------------
D = datetime
MMMYY, DMY = "mmm-yy", "dd/mm/yyyy"
# ref, workstream, milestone, owner, (baseline, fmt), (forecast, fmt), status, comments
TRACK = [
    ("PP1", "PP", "First NDPP cohorts start", "Colm Hartigan", ("Q4 16/17", None), (D(2017, 3, 31), MMMYY),
     "On track", ""),
    ("PP2", "PP", "1,200 staff trained in MECC", "Ruth Inchcape", (D(2018, 3, 31), DMY), (D(2018, 3, 31), DMY),
     "On track", ""),
    ("PP3", "PP", "Link workers in all six localities", "Dr Farah Siddall", (D(2017, 9, 30), MMMYY),
     (D(2017, 9, 30), MMMYY), "At risk", "Phase 1 (Ollerbrook) 30/06/2017"),
    ("OOH1", "OOH", "All nine neighbourhood teams live", "Dr Imran Pasco", ("Q3 17/18", None), ("Q3 17/18", None),
     "At risk", "Wave 1 (Fenwarden) live"),
    ("OOH2", "OOH", "All three extended access hubs open 8-8, 7 days", "Annika Strand", (D(2017, 3, 31), MMMYY),
     (D(2017, 6, 30), DMY), "Delayed", "See Change log 14/11/2016"),
    ("OOH3", "OOH", "D2A in place for pathways 1-3", "Peter Oyelaran", ("Winter 2017/18", None),
     ("Winter 2017/18", None), "At risk", "Owner changed 16/01/2017"),
    ("OOH4", "OOH", "Enhanced health in care homes model live", "Annika Strand", ("tbc", None), ("Q3 17/18", None),
     "At risk", "Date set 06/02/2017"),
    ("UEC1", "UEC", "Ollerbrook UTC opens", "Maxine Durward", (D(2018, 1, 15), DMY), (D(2018, 1, 15), DMY),
     "At risk", ""),
    ("UEC2", "UEC", "NHS 111 CAS live", "Gordon Pykett", (D(2017, 3, 31), MMMYY), (D(2017, 3, 31), MMMYY),
     "At risk", ""),
    ("UEC3", "UEC", "FRH front-door streaming live", "Dr Eamon Threlfall", ("Q1 17/18", None), ("Q1 17/18", None),
     "On track", ""),
    ("UEC4", "UEC", "Decision on preferred HASU option", "Dr Lucinda Brackwell", ("Q3 17/18", None),
     ("Q3 17/18", None), "At risk", "Subject to consultation"),
    ("PC1", "PC", "Single MSK triage service live", "Nadia Crossthwaite", (D(2017, 10, 1), DMY),
     (D(2017, 10, 1), DMY), "On track", ""),
    ("PC2", "PC", "Community glaucoma clinics in both places", "Mr Ravi Lanchester", ("Q2 17/18", None),
     (D(2017, 12, 31), DMY), "Delayed", "See Change log 25/01/2017"),
    ("PC3", "PC", "A&G live in six specialties", "Dr Helen Garside", (D(2017, 6, 30), MMMYY),
     (D(2017, 6, 30), MMMYY), "On track", ""),
    ("MH1", "MH", "Core 24 in place at OGI", "Dr Tomasz Wielgosz", ("Q4 17/18", None), ("Q4 17/18", None),
     "At risk", ""),
    ("MH2", "MH", "IAPT access 19%", "Kerry-Ann Bastable", (D(2019, 3, 31), DMY), (D(2019, 3, 31), DMY),
     "On track", ""),
    ("MH3", "MH", "Crisis caf\u00e9 opens", "Bernadette Sowerby", (D(2017, 11, 30), MMMYY),
     (D(2017, 11, 30), MMMYY), "On track", "Owner changed 01/02/2017"),
    ("MH4", "MH", "Perinatal team taking referrals", "Kerry-Ann Bastable", ("time frame as yet unknown", None),
     ("tbc", None), "At risk", ""),
    ("DIG1", "DIG", "Care Record phase 1 live", "Kwame Osterfield", (D(2017, 9, 30), DMY), (D(2017, 9, 30), DMY),
     "At risk", ""),
    ("WF1", "WF", "Shared staff bank live", "Lydia Penhallow", (D(2017, 4, 30), MMMYY), (D(2017, 4, 30), MMMYY),
     "On track", ""),
]
CHANGES = [
    (D(2016, 11, 14), "OOH2", "Forecast date", (D(2017, 3, 31), MMMYY), (D(2017, 6, 30), DMY),
     "Estates delay at the Lowdale hub (lease not signed)", "Programme Board 17/11/2016"),
    (D(2017, 1, 16), "OOH3", "Owner", "Jacqueline Morven", "Peter Oyelaran",
     "JM seconded to NHS Improvement; PO is Head of Integrated Discharge, FCC", "SRO (T Wrenfield)"),
    (D(2017, 1, 19), "UEC", "SRO", "Harriet Quennell", "Desmond Achterberg (from 01/03/2017)",
     "HQ leaves FRH end of February 2017", "Programme Board 19/01/2017"),
    (D(2017, 1, 25), "PC2", "Forecast date", "Q2 17/18", (D(2017, 12, 31), DMY),
     "Consultant ophthalmologist post vacant; training of optometrists put back", "Programme Board 19/01/2017"),
    (D(2017, 2, 1), "MH3", "Owner", "Owen Treadgold", "Bernadette Sowerby", "OT retired 31/01/2017",
     "SRO (S Carrowgate)"),
    (D(2017, 2, 6), "OOH4", "Forecast date", "tbc", "Q3 17/18", "Vanguard extension bid approved", "PMO"),
]
SAVINGS = [("PP", [0.4, 1.2, 2.6, 3.9, 5.1]), ("OOH", [1.8, 6.4, 11.2, 15.9, 19.3]),
           ("UEC", [1.1, 4.0, 7.3, 9.8, 11.6]), ("PC", [2.5, 7.9, 12.4, 16.0, 18.7]),
           ("MH", [0.3, 1.1, 2.2, 3.4, 4.5])]


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    if fmt:
        c.number_format = fmt
    c.alignment = Alignment(wrap_text=True, vertical="top")
    return c


def tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Milestones"
    ws["A1"] = "Ollerbrook & Fenwarden STP - PMO milestone tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Version 7, as at 10/02/2017. Forecast dates in this tracker supersede the Due dates in Annex B; "
                "every change is recorded on the Change log sheet.")
    heads = ["Ref", "Workstream", "Milestone", "Owner", "Baseline", "Forecast", "Status", "Comments"]
    for i, h in enumerate(heads, 1):
        c = put(ws, 4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="203864")
    fills = {"On track": "C6EFCE", "At risk": "FFEB9C", "Delayed": "FFC7CE"}
    for r, (ref, wsn, mile, owner, base, fc, status, comment) in enumerate(TRACK, 5):
        put(ws, r, 1, ref)
        put(ws, r, 2, wsn)
        put(ws, r, 3, mile)
        put(ws, r, 4, owner)
        put(ws, r, 5, base[0], base[1])
        put(ws, r, 6, fc[0], fc[1])
        put(ws, r, 7, status).fill = PatternFill("solid", fgColor=fills[status])
        put(ws, r, 8, comment or None)
    for col, w in zip("ABCDEFGH", (7, 11, 42, 22, 14, 14, 11, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    cl = wb.create_sheet("Change log")
    for i, h in enumerate(["Date of change", "Item", "Field", "Was", "Now", "Reason", "Agreed by"], 1):
        put(cl, 1, i, h).font = Font(bold=True)
    for r, (when, item, field, was, now, why, who) in enumerate(CHANGES, 2):
        put(cl, r, 1, when, DMY)
        put(cl, r, 2, item)
        put(cl, r, 3, field)
        for col, v in ((4, was), (5, now)):
            if isinstance(v, tuple):
                put(cl, r, col, v[0], v[1])
            else:
                put(cl, r, col, v)
        put(cl, r, 6, why)
        put(cl, r, 7, who)
    for col, w in zip("ABCDEFG", (14, 8, 14, 20, 30, 50, 26)):
        cl.column_dimensions[col].width = w

    sv = wb.create_sheet("Savings")
    sv["A1"] = "Planned savings by workstream (\u00a3m)"
    sv["A1"].font = Font(bold=True)
    years = ["16/17", "17/18", "18/19", "19/20", "20/21", "Total"]
    for i, h in enumerate(["Workstream"] + years, 1):
        put(sv, 3, i, h).font = Font(bold=True)
    for r, (code, vals) in enumerate(SAVINGS, 4):
        put(sv, r, 1, code)
        for i, v in enumerate(vals + [round(sum(vals), 1)], 2):
            put(sv, r, i, v, "0.0")
    r = 4 + len(SAVINGS)
    put(sv, r, 1, "Total").font = Font(bold=True)
    for i in range(5):
        put(sv, r, i + 2, round(sum(v[i] for _, v in SAVINGS), 1), "0.0")
    put(sv, r, 7, round(sum(sum(v) for _, v in SAVINGS), 1), "0.0")

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    for r, (k, v) in enumerate([("On track", "Expected by the forecast date"),
                                ("At risk", "Forecast date at risk; mitigation in hand"),
                                ("Delayed", "Forecast date later than baseline (see Change log)"),
                                ("Baseline", "Due date as submitted in Annex B (21/10/2016)"),
                                ("Forecast", "Current expected date; supersedes baseline")], 2):
        key.cell(row=r, column=1, value=k)
        key.cell(row=r, column=2, value=v)
    wb.properties.creator = "STP PMO"
    wb.properties.created = wb.properties.modified = D(2017, 2, 10, 9, 0, 0)
    wb.save(path)


# ------------------------------------------------------------------------------------------------------------------
# Word governance paper
# ------------------------------------------------------------------------------------------------------------------
MEMBERS = [
    ("Independent Chair", "Professor Alistair Membury"),
    ("STP Lead; Accountable Officer, FLCCG; SRO, Out of Hospital Care", "Tobias Wrenfield"),
    ("STP Clinical Lead", "Dr Yasmin Okorafor, GP and Chair, OCCG"),
    ("Finance lead (Director of Finance, OGI)", "Gareth Follingsby"),
    ("SRO, Prevention & Population Health", "Dr Marguerite Ansty, DPH"),
    ("SRO, Urgent & Emergency Care",
     "Harriet Quennell, COO, FRH (until 28/02/2017)\nDesmond Achterberg, Deputy Chief Executive, FRH "
     "(from 01/03/2017)"),
    ("SRO, Planned Care", "Mr Ravi Lanchester"),
    ("SRO, Mental Health", "Siobhan Carrowgate"),
    ("SRO, Digital", "Kwame Osterfield"),
    ("SRO, Workforce", "Lydia Penhallow"),
    ("Director of Adult Social Services, FCC", "Janine Prestbury"),
    ("Director of Public Health, OCC", "see SRO, Prevention & Population Health"),
    ("Healthwatch representative", "Vacant - nomination awaited from Healthwatch Fenwardenshire"),
    ("Head of STP PMO (in attendance; secretariat)", "Bryony Castleford"),
]


def governance(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = ("Ollerbrook & Fenwarden STP Programme Board | 19 January 2017 | "
                                     "Agenda item 6")
    sec.footer.paragraphs[0].text = "OFFICIAL | Programme Board ToR v0.4 | Author: Bryony Castleford, Head of STP PMO"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Programme Board: revised terms of reference and membership", level=1)
    doc.add_paragraph(
        "Report of the Head of STP Programme Management Office (PMO). Sponsor: Tobias Wrenfield, STP Lead. "
        "Purpose: for approval.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "Since the plan was submitted on 21 October 2016 the Programme Board (the Board) has met three times under "
        "interim arrangements. This paper sets out revised terms of reference (ToR) and the Board's membership, and "
        "records the changes to senior responsible officers (SROs) since submission.")
    doc.add_heading("2. Terms of reference", level=2)
    doc.add_paragraph(
        "2.1 The Board is accountable to the STP Leadership Group of partner chief executives and leads delivery of "
        "the five workstreams and two enablers in Annex B. It agrees milestones and owners, holds SROs to account "
        "for delivery, approves changes to scope, dates and owners, and escalates to the Leadership Group any risk "
        "scored 15 or more.")
    doc.add_paragraph(
        "2.2 The Board meets on the third Thursday of each month, 2.00pm to 4.30pm, at Fenwarden Civic Centre. "
        "Extraordinary meetings may be called by the Chair on five working days' notice.")
    doc.add_paragraph(
        "2.3 The Board is quorate when five members are present, including the Chair and at least one clinician. "
        "If the Chair is absent, the members present will choose one of their number to chair the meeting. "
        "Decisions are reached by consensus; where consensus cannot be reached the matter is referred to the "
        "Leadership Group.")
    doc.add_paragraph(
        "2.4 The PMO provides the secretariat. Papers are circulated five working days before each meeting. From "
        "February 2017 the PMO milestone tracker is the single record of milestone dates and owners; any change "
        "to a date or an owner must be agreed by the SRO and logged in the tracker's Change log.")
    doc.add_paragraph(
        "2.5 These ToR will be reviewed in January 2018, or sooner if the STP governance changes.")
    doc.add_heading("3. Membership", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Role", "Member"
    for role, member in MEMBERS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = role, member
    doc.add_paragraph(
        "Members may send a deputy with the Chair's agreement; deputies count towards the quorum.")
    doc.add_heading("4. Changes since submission", level=2)
    doc.add_paragraph(
        "4.1 Harriet Quennell leaves FRH at the end of February 2017. Desmond Achterberg, Deputy Chief Executive "
        "of FRH, will take over as SRO for Urgent & Emergency Care (UEC) with effect from 1 March 2017. Until then "
        "Harriet remains the SRO.")
    doc.add_paragraph(
        "4.2 The ophthalmology milestone PC2 (community glaucoma clinics) cannot be met in Q2 17/18 because the "
        "consultant post is vacant. The Board is asked to agree a revised date of 31 December 2017.")
    doc.add_paragraph(
        "4.3 There is still no clinical lead for the Digital enabler; the Chief Clinical Information Officer post "
        "at OGI is being recruited to.")
    doc.add_heading("5. Recommendations", level=2)
    doc.add_paragraph(
        "The Board is asked to: (a) APPROVE the revised ToR; (b) NOTE the change of UEC SRO from 1 March 2017; "
        "(c) AGREE the revised PC2 date of 31 December 2017; and (d) AGREE that the PMO tracker becomes the single "
        "record of milestone dates from February 2017.")
    doc.core_properties.author = "Bryony Castleford"
    doc.core_properties.created = doc.core_properties.modified = D(2017, 1, 12, 9, 0, 0)
    doc.save(path)


# ------------------------------------------------------------------------------------------------------------------
# CSV export
# ------------------------------------------------------------------------------------------------------------------
EXPORT_ROWS = [
    ("PP1", "Prevention & Population Health", "First NDPP cohorts start", "c.hartigan", "2017-03-31", "2017-03-31",
     "G", ""),
    ("PP2", "Prevention & Population Health", "1,200 staff trained in MECC", "r.inchcape", "2018-03-31", "", "G",
     ""),
    ("PP3", "Prevention & Population Health", "Link workers in all six localities", "f.siddall", "2017-09-30",
     "2017-09-30", "A", "Phase 1 (Ollerbrook localities) 2017-06-30"),
    ("OOH1", "Out of Hospital Care", "All nine neighbourhood teams live", "i.pasco", "2017-12-31", "2017-12-31",
     "A", "Baseline entered as quarter end (Q3 17/18)"),
    ("OOH2", "Out of Hospital Care", "Three extended access hubs open 8-8, 7 days", "a.strand", "2017-03-31",
     "2017-06-30", "A", "Lowdale hub lease; see tracker change log"),
    ("OOH3", "Out of Hospital Care", "D2A in place for pathways 1-3", "p.oyelaran", "", "", "A",
     "Winter 2017/18"),
    ("OOH4", "Out of Hospital Care", "Enhanced health in care homes model live", "a.strand", "", "2017-12-31", "A",
     "Was tbc; Q3 17/18 agreed"),
    ("UEC1", "Urgent & Emergency Care", "Ollerbrook UTC opens", "m.durward", "2018-01-15", "2018-04-03", "R",
     "Slipped: asbestos found in phase 2 works; new date agreed by SRO 20/02/2017"),
    ("UEC2", "Urgent & Emergency Care", "NHS 111 CAS live", "g.pykett", "2017-03-31", "2017-03-31", "A",
     "GP rota for CAS not yet filled"),
    ("UEC3", "Urgent & Emergency Care", "FRH front-door streaming live", "e.threlfall", "2017-06-30", "", "G", ""),
    ("UEC4", "Urgent & Emergency Care", "Decision on preferred HASU option", "l.brackwell", "2017-12-31", "", "A",
     "Subject to consultation"),
    ("PC1", "Planned Care", "Single MSK triage service live", "n.crossthwaite", "2017-10-01", "", "G", ""),
    ("PC2", "Planned Care", "Community glaucoma clinics in both places", "r.lanchester", "2017-09-30",
     "2017-12-31", "A", "Consultant post vacant"),
    ("PC3", "Planned Care", "A&G live in six specialties", "h.garside", "2017-06-30", "", "G", ""),
    ("MH1", "Mental Health", "Core 24 in place at OGI", "t.wielgosz", "2018-03-31", "", "A", ""),
    ("MH2", "Mental Health", "IAPT access 19%", "k.bastable", "2019-03-31", "", "G", ""),
    ("MH3", "Mental Health", "Crisis cafe opens", "b.sowerby", "2017-11-30", "", "G", ""),
    ("MH4", "Mental Health", "Perinatal team taking referrals", "k.bastable", "", "", "R",
     "time frame as yet unknown"),
    ("DIG1", "Digital", "Care Record phase 1 live", "k.osterfield", "2017-09-30", "", "A", ""),
    ("WF1", "Workforce", "Shared staff bank live", "l.penhallow", "2017-04-30", "", "G", ""),
]


def export(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "workstream", "milestone", "owner", "baseline_date", "forecast_date", "rag", "comment"])
    for row in EXPORT_ROWS:
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode("utf-8"))


PRESS_TEXT = """NEWS RELEASE
For immediate release: Friday 3 March 2017

Health and care partners in Ollerbrook and Fenwarden publish their final plan

NHS and council partners across Ollerbrook and Fenwarden today published the final version
of their Sustainability and Transformation Plan, setting out how services for the area's
842,300 residents will change over the next four years.

The plan says more care will be given closer to home, with neighbourhood teams, evenings
and weekend GP appointments and a new urgent treatment centre in Ollerbrook.

AT A GLANCE
  People served by the plan .................................. 842,300
  Funding gap by 2020/21 if nothing changes .................. \u00a3214.6 million
  Acute hospital beds today (OGI and FRH) .................... 1,930
  Acute hospital beds planned for 2020/21 .................... 1,818 (112 fewer)
  New investment in GP services by 2020/21 ................... \u00a318.5 million

Professor Alistair Membury, Independent Chair of the STP Programme Board, said: "Fewer
beds does not mean less care. It means people who do not need to be in hospital will be
looked after at home, with the right support around them."

Residents can read the plan and give their views at www.ofstp.example/plan until the end
of April 2017.

ENDS

Notes: the plan was first submitted in draft to NHS England on 21 October 2016.
Media enquiries: STP communications team, comms@ofstp.example
"""


def fix_zip(path: Path, when=(2017, 2, 10, 9, 0, 0)) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    stamp = f"{when[0]:04d}-{when[1]:02d}-{when[2]:02d}T09:00:00Z".encode()
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    plan(OUT / PLAN)
    tracker(OUT / TRACKER)
    fix_zip(OUT / TRACKER)
    governance(OUT / GOV)
    fix_zip(OUT / GOV, (2017, 1, 12, 9, 0, 0))
    export(OUT / EXPORT)
    (OUT / PRESS).write_text(PRESS_TEXT)
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
