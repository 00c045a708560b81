"""Create the six imaginary papers of Harrowfield & Sallow Vale ICS (HSV ICS).

Run with: /work/main/.venv/bin/python make_papers.py
Writes papers/ next to this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR
from pptx.util import Inches, Pt as PPt
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------------------
# 1. Word: transposed portfolio tables + numbered recommendations + glossary
# ---------------------------------------------------------------------------

def make_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("NHS Harrowfield & Sallow Vale Integrated Care Board", level=1)
    doc.add_heading("Transformation Portfolio Summary 2026/27 - 2027/28", level=2)
    doc.add_paragraph(
        "Paper for: Strategy & Transformation Committee. Meeting date: 9 September 2026. "
        "Author: Sanjay Mehra, Head of the Portfolio Management Office (PMO). "
        "Executive sponsor: Amira Chowdhury, Director of Strategy & Assurance.")
    doc.add_heading("1. Purpose", level=3)
    doc.add_paragraph(
        "This paper summarises the eight programmes in the Harrowfield & Sallow Vale ICS "
        "transformation portfolio. Table 1 sets out the five delivery programmes and Table 2 "
        "the three enabling programmes. Each programme is shown as a column; the rows give "
        "the attributes recorded for every programme.")

    doc.add_paragraph("Table 1: Delivery programmes").runs[0].bold = True
    t1 = [
        ["Attribute", "Neighbourhood Health Teams", "Front Door (Urgent & Emergency Care)",
         "Elective Recovery Hub", "Kestermoor Rapid Diagnostic Centre", "Open Door Mental Health"],
        ["Ref", "P1", "P2", "P3", "P4", "P5"],
        ["Place", "Harrowfield City and Sallow Vale", "Harrowfield City", "Sallow Vale (Brackenfold site)",
         "Kestermoor Coast", "System-wide"],
        ["Senior Responsible Owner (SRO)", "Dr Kwame Asante, Place Director, Harrowfield City",
         "Gareth Lomax, Chief Operating Officer", "Lorraine Cheetham, Chief Executive, Sallow Vale Community Health NHS Trust",
         "Dr Priya Ramaswamy, Chief Medical Officer", "Bernadette Nwosu, Director of Mental Health Commissioning"],
        ["Clinical lead", "Dr Fiona McAllister", "Dr Tomasz Wierzbicki", "Mr Anand Kulkarni",
         "Dr Eleanor Whitcombe", "Dr Simon Haldane"],
        ["Start", "April 2026", "Q2 2026/27", "1 October 2026", "January 2027", "Q1 2026/27"],
        ["Go-live", "Q4 2026/27", "30 November 2026", "Q3 2027/28", "14 June 2027", "June 2027 (phase 1)"],
        ["Budget (capital and revenue)", "£4.2m", "£6.8m", "£21.5m", "£9.3m", "£3.1m"],
        ["Funding source", "ICB recurrent allocation", "National UEC capital", "Elective recovery capital (TIF)",
         "Cancer Alliance and national diagnostics capital", "Mental Health Investment Standard"],
    ]
    _docx_table(doc, t1)

    doc.add_paragraph("")
    doc.add_paragraph("Table 2: Enabling programmes").runs[0].bold = True
    t2 = [
        ["Attribute", "HSV Care Record", "One Workforce Academy", "Value & Sustainability Programme"],
        ["Ref", "P6", "P7", "P8"],
        ["Senior Responsible Owner (SRO)", "Rhys Maddock, Chief Digital Officer",
         "Yvonne Achterberg, Chief People Officer", "Helen Strachan, Chief Finance Officer"],
        ["Operational lead", "Carys Pritchard", "Dominic Ferreira", "Liam O'Donoghue"],
        ["Start", "June 2026", "September 2026", "April 2026"],
        ["Go-live / completion", "Q2 2027/28", "March 2028", "31 March 2028"],
        ["Budget (capital and revenue)", "£5.6m", "£1.9m", "£0.7m"],
        ["Benefit", "One shared care record across health and social care",
         "60 apprentices a year into clinical support roles", "£38m savings over two years"],
    ]
    _docx_table(doc, t2)

    doc.add_heading("2. Recommendations", level=3)
    doc.add_paragraph("The Committee is asked to:")
    recs = [
        "NOTE the position of the eight programmes in the portfolio.",
        "APPROVE the release of £2.4m of Elective Recovery Hub capital for enabling works at the "
        "Brackenfold site by 31 October 2026.",
        "AGREE that the gap against national must-do 8 (learning disabilities) is closed by a new "
        "programme proposal, to be brought to the Committee in January 2027 by the Chief Nurse, "
        "Joanne Tillotson.",
        "ENDORSE quarterly reporting of the Kestermoor Rapid Diagnostic Centre to the Northmere "
        "Cancer Alliance Board.",
        "RECEIVE a further portfolio update at its meeting on 11 November 2026.",
    ]
    for r in recs:
        doc.add_paragraph(r, style="List Number")

    doc.add_heading("3. Glossary", level=3)
    gl = [
        ("ERH", "Elective Recovery Hub: a protected surgical centre for planned operations, "
                "separate from emergency pressures."),
        ("FDS", "Faster Diagnosis Standard: patients urgently referred for suspected cancer are "
                "diagnosed or have cancer ruled out within 28 days."),
        ("NHT", "Neighbourhood Health Team: GPs, community nurses, therapists, social workers and "
                "pharmacists working as one team for a population of 30,000 to 50,000 people."),
        ("Place", "One of the four localities of the ICS: Harrowfield City, Sallow Vale, "
                  "Kestermoor Coast and Brindle & Upton."),
        ("PMO", "Portfolio Management Office."),
        ("RDC", "Rapid Diagnostic Centre."),
        ("SDEC", "Same Day Emergency Care: patients are assessed, diagnosed and treated on the "
                 "day without being admitted overnight."),
        ("SRO", "Senior Responsible Owner."),
        ("TIF", "Targeted Investment Fund."),
        ("VSP", "Value & Sustainability Programme, the system's efficiency programme."),
    ]
    for term, desc in gl:
        p = doc.add_paragraph()
        r = p.add_run(term + " - ")
        r.bold = True
        p.add_run(desc)
    doc.save(os.path.join(OUT, "hsv_portfolio_summary.docx"))


def _docx_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            cell.text = val
            if i == 0 or j == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True


# ---------------------------------------------------------------------------
# 2. PDF annual plan: numbered sections, footnotes, owners/dates in prose
# ---------------------------------------------------------------------------

FOOTNOTES = {
    1: ["1 ONS mid-2024 population estimate, registered and resident combined.",
        "2 Includes the two practices that merged in Sallow Vale on 1 April 2026."],
    2: ["3 Measured as the percentage of attendances admitted, transferred or discharged within four hours, all types.",
        "4 Waiting list at the end of July 2026 (month 4)."],
    3: ["5 The efficiency requirement is expressed as a percentage of total system expenditure.",
        "6 Target set in the national planning guidance; the 2025/26 outturn was 68.2%."],
}


def make_pdf_plan():
    path = os.path.join(OUT, "hsv_operational_plan_2026-27.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=14)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12)
    h3 = ParagraphStyle("h3", parent=ss["Heading3"], fontSize=10.5)

    def on_page(c, d):
        n = c.getPageNumber()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 12 * mm, "Harrowfield & Sallow Vale ICS - Annual Operational Plan 2026/27")
        c.drawRightString(190 * mm, 12 * mm, "Page %d" % n)
        notes = FOOTNOTES.get(n, [])
        if notes:
            y = 20 * mm + 4 * mm * (len(notes) - 1)
            c.line(20 * mm, y + 5 * mm, 80 * mm, y + 5 * mm)
            for note in notes:
                c.drawString(20 * mm, y, note)
                y -= 4 * mm

    S = []
    P = lambda t, s=body: S.append(Paragraph(t, s))
    sup = lambda n: "<super>%d</super>" % n
    P("Harrowfield &amp; Sallow Vale Integrated Care System", h1)
    P("Annual Operational Plan 2026/27", h1)
    P("Approved by the ICB Board on 26 March 2026. Version 1.3.")
    P("1. Introduction", h2)
    P("1.1 Purpose", h3)
    P("This plan sets out what the NHS in Harrowfield &amp; Sallow Vale will deliver in 2026/27, the "
      "first year of our two-year transformation portfolio, against the national priorities and "
      "our own Joint Forward Plan.")
    P("1.2 Our system", h3)
    P("The ICS serves a population of 1.38 million people" + sup(1) + " across four places: Harrowfield "
      "City, Sallow Vale, Kestermoor Coast and Brindle &amp; Upton. Primary care is delivered by 112 GP "
      "practices" + sup(2) + " in 19 Primary Care Networks. Our main providers are Harrowfield Royal "
      "Infirmary NHS Foundation Trust, Kestermoor &amp; District Hospitals NHS Trust, Sallow Vale "
      "Community Health NHS Trust and the Northmere Mental Health Partnership.")
    P("1.2.1 Places", h3)
    P("Each place has a Place Director. Dr Kwame Asante is Place Director for Harrowfield City and "
      "Mairead Quinlan is Place Director for Brindle &amp; Upton. The Place Director posts for Sallow "
      "Vale and Kestermoor Coast are currently covered on an interim basis.")
    S.append(PageBreak())

    P("2. Delivering the national priorities", h2)
    P("2.1 Urgent and emergency care", h3)
    P("2.1.1 Four-hour performance. We will improve four-hour performance" + sup(3) + " from 71.4% "
      "today to 78% by March 2027.")
    P("2.1.2 Front Door programme. The programme is led by Gareth Lomax, Chief Operating Officer, and "
      "will complete the expansion of Same Day Emergency Care at Harrowfield Royal Infirmary by 30 "
      "November 2026, adding 24 SDEC trolleys. An Ambulance Handover Cell, chaired by Owen Delaney, "
      "Head of Urgent Care, will meet weekly from 5 October 2026 with the aim that no handover takes "
      "longer than 45 minutes.")
    P("2.2 Elective care", h3)
    P("2.2.1 The waiting list stands at 118,400 people" + sup(4) + ". We will eliminate waits of more than "
      "65 weeks by September 2026 and treat 65% of patients within 18 weeks by March 2027.")
    P("2.2.2 Elective Recovery Hub. Lorraine Cheetham is the Senior Responsible Owner for the Elective "
      "Recovery Hub at the Brackenfold site in Sallow Vale. Enabling works start in November 2026 and "
      "the hub will open in Q3 2027/28 with four theatres and 28 day-case beds.")
    P("2.3 Cancer", h3)
    P("2.3.1 Dr Eleanor Whitcombe, Cancer Clinical Lead, is responsible for achieving the Faster "
      "Diagnosis Standard of 80% by March 2027. The Kestermoor Rapid Diagnostic Centre, sponsored by "
      "the Chief Medical Officer, Dr Priya Ramaswamy, will open on 14 June 2027.")
    P("2.4 Mental health", h3)
    P("2.4.1 The Open Door programme is led by Bernadette Nwosu, Director of Mental Health "
      "Commissioning, and will open the first crisis café, in Kestermoor, in June 2027. Inappropriate "
      "out of area placements will be reduced to zero by Q4 2026/27.")
    P("2.5 Primary care and neighbourhoods", h3)
    P("2.5.1 Twelve Neighbourhood Health Teams will be in place by the end of Q4 2026/27, the first four "
      "in Harrowfield City by 30 September 2026.")
    S.append(PageBreak())

    P("3. Finance", h2)
    P("3.1 Financial plan", h3)
    P("3.1.1 The system plans a deficit of £14.6m in 2026/27 and a break-even position in 2027/28. "
      "This requires efficiency savings of 4.5%" + sup(5) + " in 2026/27.")
    P("3.1.2 The Value &amp; Sustainability Programme, led by Helen Strachan, Chief Finance Officer, "
      "will deliver £38m of savings: £21m in 2026/27 and £17m in 2027/28.")
    P("4. Learning disabilities and autism", h2)
    P("4.1 We will deliver annual health checks to 75% of people aged 14 and over on GP learning "
      "disability registers" + sup(6) + ". There is no dedicated transformation programme for this "
      "must-do in 2026/27; the Chief Nurse, Joanne Tillotson, will bring proposals to the Strategy &amp; "
      "Transformation Committee in January 2027.")
    P("5. Governance", h2)
    P("5.1 Delivery of this plan is overseen by the Strategy &amp; Transformation Committee, chaired by "
      "Sunita Bhamra, Non-Executive Member, which meets every two months. Progress is reported to the "
      "ICB Board quarterly.")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=40 * mm,
                            title="HSV ICS Annual Operational Plan 2026/27")
    doc.build(S, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# 3. Excel: plan with owner initials + Contacts sheet
# ---------------------------------------------------------------------------

CONTACTS = [
    ("KA", "Dr Kwame Asante", "Place Director, Harrowfield City", "NHS HSV ICB"),
    ("GL", "Gareth Lomax", "Chief Operating Officer", "NHS HSV ICB"),
    ("LC", "Lorraine Cheetham", "Chief Executive", "Sallow Vale Community Health NHS Trust"),
    ("PR", "Dr Priya Ramaswamy", "Chief Medical Officer", "NHS HSV ICB"),
    ("BN", "Bernadette Nwosu", "Director of Mental Health Commissioning", "NHS HSV ICB"),
    ("RM", "Rhys Maddock", "Chief Digital Officer", "NHS HSV ICB"),
    ("YA", "Yvonne Achterberg", "Chief People Officer", "NHS HSV ICB"),
    ("HS", "Helen Strachan", "Chief Finance Officer", "NHS HSV ICB"),
    ("EW", "Dr Eleanor Whitcombe", "Cancer Clinical Lead", "Kestermoor & District Hospitals NHS Trust"),
    ("CP", "Carys Pritchard", "Head of Digital Delivery", "NHS HSV ICB"),
    ("DF", "Dominic Ferreira", "Academy Manager", "One Workforce Academy"),
    ("LO", "Liam O'Donoghue", "Deputy Chief Finance Officer", "NHS HSV ICB"),
    ("OD", "Owen Delaney", "Head of Urgent Care", "NHS HSV ICB"),
    ("FM", "Dr Fiona McAllister", "GP and NHT Clinical Lead", "Harrowfield City PCNs"),
    ("AK", "Mr Anand Kulkarni", "Consultant Orthopaedic Surgeon, ERH Clinical Lead", "Harrowfield Royal Infirmary NHS FT"),
    ("SH", "Dr Simon Haldane", "Consultant Psychiatrist, Open Door Clinical Lead", "Northmere Mental Health Partnership"),
    ("SM", "Sanjay Mehra", "Head of PMO", "NHS HSV ICB"),
    ("MQ", "Mairead Quinlan", "Place Director, Brindle & Upton", "NHS HSV ICB"),
]

PLAN = [
    ("P1", "Neighbourhood Health Teams", "First 4 NHTs live in Harrowfield City", dt.date(2026, 9, 30), "KA", "Complete", ""),
    ("P1", "Neighbourhood Health Teams", "All 12 NHTs live", dt.date(2027, 3, 31), "FM", "On track", "8 of 12 recruited"),
    ("P2", "Front Door (UEC)", "Ambulance Handover Cell established", dt.date(2026, 10, 5), "OD", "Complete", "Meets weekly"),
    ("P2", "Front Door (UEC)", "SDEC extension building handover", dt.date(2026, 10, 16), "GL", "At risk", "Contractor delay, 2-3 weeks"),
    ("P2", "Front Door (UEC)", "Expanded SDEC unit opens (24 trolleys)", dt.date(2026, 11, 30), "GL", "On track", ""),
    ("P3", "Elective Recovery Hub", "Enabling works start, Brackenfold", dt.date(2026, 11, 2), "SM", "On track", "£2.4m released"),
    ("P3", "Elective Recovery Hub", "Theatre build complete", dt.date(2027, 6, 30), "LC", "On track", ""),
    ("P3", "Elective Recovery Hub", "First elective lists in the ERH", dt.date(2027, 10, 4), "AK", "Not started", ""),
    ("P4", "Kestermoor RDC", "RDC building contract signed", dt.date(2027, 1, 15), "PR", "On track", ""),
    ("P4", "Kestermoor RDC", "Kestermoor RDC opens", dt.date(2027, 6, 14), "EW", "Not started", ""),
    ("P5", "Open Door Mental Health", "MH crisis line integrated with NHS 111", dt.date(2026, 12, 1), "SH", "On track", ""),
    ("P5", "Open Door Mental Health", "Crisis café opens in Kestermoor", dt.date(2027, 6, 30), "BN", "At risk", "Lease not yet agreed"),
    ("P6", "HSV Care Record", "Care Record live for all GP practices", dt.date(2027, 3, 31), "CP", "On track", ""),
    ("P6", "HSV Care Record", "Care Record live for adult social care", dt.date(2027, 9, 30), "RM", "Not started", ""),
    ("P7", "One Workforce Academy", "First apprentice cohort (60) starts", dt.date(2026, 9, 7), "DF", "Complete", ""),
    ("P8", "Value & Sustainability Programme", "2026/27 savings plan (£21m) fully identified", dt.date(2026, 7, 31), "HS", "Complete", ""),
    ("P8", "Value & Sustainability Programme", "Month 9 financial review", dt.date(2027, 1, 20), "LO", "Not started", ""),
    ("B&U", "Frailty Virtual Ward", "Virtual ward reaches 40 beds", dt.date(2027, 3, 31), "MQ", "On track", "26 beds open"),
]


def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    hdr = ["Ref", "Programme", "Milestone", "Due date", "Owner", "Status", "Comment"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    fills = {"Complete": "C6EFCE", "On track": "E2EFDA", "At risk": "FFEB9C", "Not started": "EDEDED"}
    for row in PLAN:
        ws.append(list(row))
        r = ws.max_row
        ws.cell(r, 4).number_format = "DD/MM/YYYY"
        ws.cell(r, 6).fill = PatternFill("solid", fgColor=fills[row[5]])
    for col, w in zip("ABCDEFG", [6, 32, 44, 12, 8, 12, 28]):
        ws.column_dimensions[col].width = w

    cs = wb.create_sheet("Contacts")
    cs.append(["Initials", "Name", "Role", "Organisation"])
    for c in cs[1]:
        c.font = Font(bold=True)
    for row in CONTACTS:
        cs.append(list(row))
    for col, w in zip("ABCD", [9, 24, 48, 42]):
        cs.column_dimensions[col].width = w

    ns = wb.create_sheet("Notes")
    ns.append(["HSV ICS Delivery Tracker 2026/27 - 2027/28"])
    ns.append(["Maintained by the PMO. Last updated 9 October 2026."])
    ns.append(["Owners are shown as initials in the Plan sheet; see the Contacts sheet for names and roles."])
    ns.append(["Status key: Complete; On track; At risk (expected to slip unless action is taken); Not started."])
    wb.save(os.path.join(OUT, "hsv_delivery_tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. PowerPoint: one slide per initiative with free text boxes; must-do table
# ---------------------------------------------------------------------------

SLIDES = [
    {
        "title": "Neighbourhood Health Teams (P1)",
        "sro": "SRO: Dr Kwame Asante",
        "lead": "Clinical lead: Dr Fiona McAllister",
        "what": "12 Neighbourhood Health Teams across Harrowfield City and Sallow Vale, each "
                "caring for 30,000 to 50,000 people. Focus: people with three or more long-term conditions.",
        "timeline": [("Sep 2026", "First 4 NHTs live"), ("Q3 2026/27", "Care co-ordinators in post"),
                     ("Q4 2026/27", "All 12 NHTs live")],
    },
    {
        "title": "Front Door - Urgent & Emergency Care (P2)",
        "sro": "SRO: Gareth Lomax",
        "lead": "Clinical lead: Dr Tomasz Wierzbicki",
        "what": "Expanded Same Day Emergency Care at Harrowfield Royal Infirmary (24 trolleys), "
                "Ambulance Handover Cell, and streaming at the front door.",
        "timeline": [("5 Oct 2026", "Handover Cell starts"), ("30 Nov 2026", "Expanded SDEC opens"),
                     ("Mar 2027", "78% four-hour")],
    },
    {
        "title": "Elective Recovery Hub, Brackenfold (P3)",
        "sro": "SRO: Lorraine Cheetham",
        "lead": "Clinical lead: Mr Anand Kulkarni",
        "what": "Protected elective centre at the Brackenfold site, Sallow Vale: four theatres and "
                "28 day-case beds for orthopaedics, general surgery and ophthalmology.",
        "timeline": [("Nov 2026", "Enabling works"), ("Jun 2027", "Theatre build complete"),
                     ("Q3 2027/28", "Hub opens")],
    },
    {
        "title": "Kestermoor Rapid Diagnostic Centre (P4)",
        "sro": "SRO: Dr Priya Ramaswamy",
        "lead": "Clinical lead: Dr Eleanor Whitcombe",
        "what": "One-stop diagnostics for suspected cancer with non-specific symptoms: CT, "
                "ultrasound, endoscopy and bloods on one visit.",
        "timeline": [("15 Jan 2027", "Building contract signed"), ("14 Jun 2027", "RDC opens"),
                     ("Q4 2027/28", "Full 6-day service")],
    },
    {
        "title": "Open Door Mental Health (P5)",
        "sro": "SRO: Bernadette Nwosu",
        "lead": "Clinical lead: Dr Simon Haldane",
        "what": "Community mental health transformation: crisis line with NHS 111, crisis cafés, "
                "and an end to inappropriate out of area placements.",
        "timeline": [("1 Dec 2026", "Crisis line via NHS 111"), ("Q4 2026/27", "Zero out of area placements"),
                     ("Jun 2027", "Kestermoor crisis café")],
    },
    {
        "title": "Brindle & Upton Frailty Virtual Ward",
        "sro": "SRO: Mairead Quinlan",
        "lead": "Clinical lead: Dr Harriet Okonjo",
        "what": "Hospital-level care at home for frail older people in Brindle & Upton, run by "
                "Sallow Vale Community Health with the Brindle PCN.",
        "timeline": [("Jul 2026", "Virtual ward opens, 15 beds"), ("Q4 2026/27", "40 beds"),
                     ("2027/28", "Extend to Kestermoor Coast")],
    },
]

MUSTDO = [
    ("1", "Develop a system plan (STP / Joint Forward Plan)", "All programmes, through the ICS Joint Forward Plan", "Full"),
    ("2", "Return to aggregate financial balance", "P8 Value & Sustainability Programme", "Full"),
    ("3", "Sustainable general practice", "P1 Neighbourhood Health Teams; P6 HSV Care Record", "Full"),
    ("4", "A&E and ambulance performance", "P2 Front Door; Brindle & Upton Frailty Virtual Ward", "Full"),
    ("5", "Referral to treatment (RTT) 18 weeks", "P3 Elective Recovery Hub", "Full"),
    ("6", "Cancer 62-day standard", "P4 Kestermoor Rapid Diagnostic Centre", "Full"),
    ("7", "Mental health access", "P5 Open Door Mental Health", "Full"),
    ("8", "Learning disabilities", "None - proposal due January 2027", "GAP"),
    ("9", "Quality and special measures", "P7 One Workforce Academy", "Partial"),
]


def _box(slide, x, y, w, h, text, size=14, bold=False, color=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    tf.text = text
    for p in tf.paragraphs:
        for r in p.runs:
            r.font.size = PPt(size)
            r.font.bold = bold
            if color:
                r.font.color.rgb = RGBColor(*color)
    return tb


def make_pptx():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    blank = prs.slide_layouts[6]

    s = prs.slides.add_slide(blank)
    _box(s, 1, 2.3, 11, 1.2, "Harrowfield & Sallow Vale ICS: Our Place Programmes", 36, True, (0, 48, 135))
    _box(s, 1, 3.6, 11, 0.8, "Board development session, 3 December 2026", 20)
    _box(s, 1, 4.3, 11, 0.8, "Presented by Amira Chowdhury, Director of Strategy & Assurance", 16)

    for d in SLIDES:
        s = prs.slides.add_slide(blank)
        _box(s, 0.5, 0.3, 9, 0.9, d["title"], 28, True, (0, 48, 135))
        # owner boxes float at the top right
        _box(s, 9.6, 0.3, 3.4, 0.5, d["sro"], 14, True)
        _box(s, 9.6, 0.8, 3.4, 0.5, d["lead"], 12)
        _box(s, 0.5, 1.5, 7.5, 2.0, d["what"], 16)
        # timeline: a line with dates above and milestone labels below, each a separate box
        y = 5.0
        line = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.8), Inches(y), Inches(12.5), Inches(y))
        line.line.width = PPt(3)
        for i, (when, what) in enumerate(d["timeline"]):
            x = 1.0 + i * 4.0
            _box(s, x, y - 0.8, 3.0, 0.6, when, 16, True, (192, 0, 0))
            _box(s, x, y + 0.2, 3.0, 0.8, what, 14)
        _box(s, 0.5, 6.7, 6, 0.4, "Milestones", 10)

    s = prs.slides.add_slide(blank)
    _box(s, 0.5, 0.3, 12, 0.9, "How our programmes cover the nine national must-dos", 28, True, (0, 48, 135))
    rows, cols = len(MUSTDO) + 1, 4
    gt = s.shapes.add_table(rows, cols, Inches(0.5), Inches(1.3), Inches(12.3), Inches(5.5)).table
    widths = [0.9, 4.4, 5.4, 1.6]
    for j, w in enumerate(widths):
        gt.columns[j].width = Inches(w)
    for j, h in enumerate(["No.", "National must-do", "Local programme(s)", "Coverage"]):
        gt.cell(0, j).text = h
    for i, row in enumerate(MUSTDO, start=1):
        for j, v in enumerate(row):
            gt.cell(i, j).text = v
    for i in range(rows):
        for j in range(cols):
            for p in gt.cell(i, j).text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(14)
    _box(s, 0.5, 6.9, 12, 0.4, "Coverage: Full = a programme delivers the must-do; Partial = contributes only; GAP = no local programme.", 11)
    prs.save(os.path.join(OUT, "hsv_programme_slides.pptx"))


# ---------------------------------------------------------------------------
# 5. PDF board paper: risk table with wrapped cells and L x I scores
# ---------------------------------------------------------------------------

RISKS = [
    ("BAF-01", "Workforce: we cannot recruit enough nurses, therapists and care co-ordinators to "
               "staff all 12 Neighbourhood Health Teams, so teams go live without full skill mix.",
     "Yvonne Achterberg", 4, 4,
     "International recruitment of 35 nurses; rotational posts with Sallow Vale Community Health; "
     "One Workforce Academy apprentices.", "Q4 2026/27"),
    ("BAF-02", "Finance: the Value & Sustainability Programme does not deliver the £21m of savings "
               "planned for 2026/27, leaving the system short of its deficit plan.",
     "Helen Strachan", 3, 5,
     "Monthly VSP delivery group; unidentified savings reduced to £1.2m; month 9 review "
     "on 20 January 2027.", "31 March 2027"),
    ("BAF-03", "Urgent care: the SDEC extension at Harrowfield Royal Infirmary is delayed by the "
               "building contractor and winter bed pressure rises.",
     "Gareth Lomax", 3, 4,
     "Weekly contractor meetings; temporary SDEC space in the outpatient block; escalation "
     "plan agreed with the ambulance service.", "December 2026"),
    ("BAF-04", "Cancer: the Kestermoor RDC cannot recruit the radiographers and sonographers it "
               "needs to open on time.",
     "Dr Priya Ramaswamy", 2, 4,
     "Joint posts with Harrowfield Royal Infirmary; training places funded by the Cancer "
     "Alliance.", "June 2027"),
    ("BAF-05", "Digital: a cyber incident or supplier failure interrupts the HSV Care Record and "
               "clinicians lose access to shared records.",
     "Rhys Maddock", 2, 5,
     "Cyber essentials plus for all partners; supplier exit plan; tested business continuity "
     "in November 2026.", "Q1 2027/28"),
    ("BAF-06", "Mental health: the lease for the Kestermoor crisis café premises on Harbour "
               "Street is not agreed in time.",
     "Bernadette Nwosu", 4, 3,
     "Alternative site identified at the Kestermoor library; legal team engaged.", "June 2027"),
    ("BAF-07", "Elective care: national approval of the Elective Recovery Hub capital (£21.5m) "
               "is delayed, pushing the Brackenfold opening beyond Q3 2027/28 and growing the "
               "waiting list.",
     "Lorraine Cheetham", 4, 5,
     "Enabling works funded locally (£2.4m); business case resubmitted in December 2026; "
     "independent sector capacity held in reserve.", "Q3 2027/28"),
    ("BAF-08", "Learning disabilities: with no dedicated programme, the system does not meet the "
               "75% annual health check target and the must-do 8 gap persists.",
     "Joanne Tillotson", 4, 3,
     "Programme proposal to the Strategy & Transformation Committee in January 2027; "
     "practice-level health check dashboards.", "Q2 2027/28"),
]


def make_pdf_risks():
    path = os.path.join(OUT, "hsv_board_risk_paper.pdf")
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
    h = ParagraphStyle("h", parent=ss["Heading1"], fontSize=15)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11.5)
    S = []
    S.append(Paragraph("NHS Harrowfield &amp; Sallow Vale Integrated Care Board", h))
    S.append(Paragraph("Meeting of the Board held in public - Thursday 28 January 2027", h2))
    S.append(Paragraph("Agenda item 9: Board Assurance Framework - strategic risks, quarter 3 2026/27", h2))
    S.append(Paragraph(
        "Presented by: Amira Chowdhury, Director of Strategy &amp; Assurance. Executive sponsor: "
        "Martin Oyelaran, Chief Executive. Purpose: for assurance.", body))
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "Board members: Professor Imogen Vasquez (Chair); Martin Oyelaran (Chief Executive); "
        "Helen Strachan (Chief Finance Officer); Dr Priya Ramaswamy (Chief Medical Officer); "
        "Joanne Tillotson (Chief Nurse); Colin Featherstone (Non-Executive Member and Deputy Chair); "
        "Sunita Bhamra (Non-Executive Member); Cllr Dawn Pickavance (Partner Member, local "
        "authorities).", body))
    S.append(Spacer(1, 6))
    S.append(Paragraph("1. Summary", h2))
    S.append(Paragraph(
        "The Board Assurance Framework holds eight strategic risks. Each is scored as likelihood (L, "
        "1-5) multiplied by impact (I, 1-5). Risks scoring 15 or more are above the Board's risk "
        "appetite and are reviewed at every Board meeting. The highest scoring risk this quarter is "
        "BAF-07 (Elective Recovery Hub capital).", body))
    S.append(Spacer(1, 6))
    S.append(Paragraph("2. Strategic risks", h2))
    data = [[Paragraph("<b>%s</b>" % x, cell) for x in
             ["Risk ID", "Risk description", "Risk owner", "L", "I", "Score (L x I)", "Mitigations", "Target date"]]]
    for rid, desc, owner, l, i, mit, tgt in RISKS:
        data.append([Paragraph(rid, cell), Paragraph(desc.replace("&", "&amp;"), cell),
                     Paragraph(owner, cell), str(l), str(i), str(l * i),
                     Paragraph(mit.replace("&", "&amp;"), cell), Paragraph(tgt, cell)])
    widths = [16 * mm, 62 * mm, 26 * mm, 7 * mm, 7 * mm, 16 * mm, 70 * mm, 22 * mm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (3, 1), (5, -1), "CENTER"),
    ]))
    S.append(t)
    S.append(Spacer(1, 8))
    S.append(Paragraph("3. Recommendation", h2))
    S.append(Paragraph(
        "The Board is asked to note the eight strategic risks and to approve the increase in the score "
        "of BAF-07 from 15 to 20. The next review of the Board Assurance Framework will be at the "
        "Board meeting on 25 March 2027.", body))
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title="HSV ICB Board Assurance Framework Q3 2026/27")
    doc.build(S)


# ---------------------------------------------------------------------------
# 6. Plain-text email thread
# ---------------------------------------------------------------------------

EMAIL = """\
From: Sanjay Mehra <sanjay.mehra@nhs.net>
To: Bernadette Nwosu <bernadette.nwosu@nhs.net>
Cc: Dr Simon Haldane <simon.haldane@nhs.net>; Rhys Maddock <rhys.maddock@nhs.net>
Date: Tuesday 16 February 2027 09:12
Subject: RE: RE: Open Door - Kestermoor crisis cafe go-live

Thanks Bernadette. I have updated the delivery tracker:

- "Crisis cafe opens in Kestermoor": due date changed from 30/06/2027 to 06/09/2027,
  owner changed from BN to SH, status stays At risk.
- "Care Record live for adult social care": owner changed from RM to NA from 1 March.

I will flag both changes at the Strategy & Transformation Committee on 10 March 2027.

Sanjay

Sanjay Mehra | Head of PMO | NHS Harrowfield & Sallow Vale ICB

> From: Bernadette Nwosu
> Sent: Monday 15 February 2027 17:40
> Subject: RE: Open Door - Kestermoor crisis cafe go-live
>
> Hi Sanjay,
>
> Confirming what I said at Friday's programme board: the go-live of the
> Kestermoor crisis cafe has slipped from June to September 2027. The
> Harbour Street lease will not complete until May and the fit-out takes
> twelve weeks, so the new opening date is Monday 6 September 2027.
>
> Simon Haldane will take over as owner of the crisis cafe milestone from
> 1 March; I remain SRO for Open Door overall.
>
> Also for the tracker: Rhys is leaving at the end of February. From 1 March
> 2027 Ngozi Adeyemi, Deputy Chief Digital Officer, will be interim SRO for
> the HSV Care Record, and will own the adult social care go-live.
>
> Bernadette
>
>> From: Sanjay Mehra
>> Sent: Friday 12 February 2027 11:03
>> Subject: Open Door - Kestermoor crisis cafe go-live
>>
>> Bernadette,
>>
>> The tracker still shows the Kestermoor crisis cafe opening on
>> 30 June 2027 and flagged At risk because of the lease. Is June still
>> realistic? If not, please give me the revised date and confirm who
>> owns the milestone.
>>
>> Thanks, Sanjay
"""


def make_email():
    with open(os.path.join(OUT, "hsv_email_crisis_cafe.txt"), "w", encoding="utf-8") as f:
        f.write(EMAIL)


if __name__ == "__main__":
    make_docx()
    make_pdf_plan()
    make_xlsx()
    make_pptx()
    make_pdf_risks()
    make_email()
    print("\n".join(sorted(os.listdir(OUT))))
