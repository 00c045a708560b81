"""Generate the six papers of the imaginary Kestrel Vale ICS ("ICS E").

Run with the planbot venv:  /work/main/.venv/bin/python make_papers.py
Output goes to ./papers/ next to this script. Content is fixed; document
metadata dates are fixed too, so re-running gives the same papers.
"""
import datetime as dt
import os
import re
import zipfile

from reportlab import rl_config

rl_config.invariant = 1  # no creation date / random id in the PDFs

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor, Cm

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from pptx.dml.color import RGBColor as PRGB

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")

BOARD_PDF = "kv_programme_board_paper_2026-03-12.pdf"
PLAN_DOCX = "kv_programme_plan_2026-27.docx"
TRACKER_XLSX = "kv_project_tracker_2026-27.xlsx"
DECK_PPTX = "kv_workstream_status_deck_2026-04-23.pptx"
BULLETIN_PDF = "kv_partnership_bulletin_spring_2026.pdf"
MEMO_TXT = "kv_memo_intermediate_care_2026-02-24.txt"

NHS_BLUE = colors.HexColor("#005EB8")
DARK = colors.HexColor("#003087")
PALE = colors.HexColor("#E8EDEE")

# --------------------------------------------------------------------------
# a. Programme board paper (PDF, numbered prose + ruled workstream table)
# --------------------------------------------------------------------------

WORKSTREAMS = [
    # (no, workstream, SRO, clinical lead, key milestone, due)
    ("1", "Urgent and Emergency Care (UEC)",
     "Karen Holt<br/>Chief Operating Officer, BTH",
     "Dr Samuel Adeyemi<br/>Consultant in Emergency Medicine, BTH",
     "Same Day Emergency Care (SDEC) unit open at Brackenford General Hospital (revised date; was 30/06/26)",
     "30/09/26"),
    ("2", "Elective Recovery and Diagnostics",
     "Stephen Marwood<br/>Chief Executive, MTH",
     "Dr Lucy Farrant<br/>Consultant Anaesthetist, MTH",
     "Thornleigh Elective Hub: first patients treated",
     "Nov-26"),
    ("3", "Primary Care Access",
     "Helen Brightwell<br/>Director of Primary Care, ICB",
     "Dr Imran Qureshi<br/>GP and Thornleigh Place Clinical Director",
     "All 21 PCNs using cloud-based telephony",
     "Q2 2026/27"),
    ("4", "Mental Health",
     "Paul Dunmore<br/>Chief Executive, KVPFT",
     "Dr Nadia Kowalczyk<br/>Medical Director, KVPFT",
     "Marrowdale Safe Haven (24/7 crisis alternative) open",
     "end of June 2026"),
    ("5", "Community Services and Frailty",
     "Beverley Osei<br/>Chief Executive, ECHT",
     "Dr Tom Hebden<br/>Consultant Geriatrician, BTH",
     "Virtual ward capacity of 180 beds across all four places",
     "Q3 2026/27"),
    ("6", "Children and Young People (CYP)",
     "Clare Mainwaring<br/>Brackenford Place Director",
     "Dr Ruth Ellery<br/>Consultant Paediatrician, MTH",
     "Four new Mental Health Support Teams (MHSTs) working in schools",
     "Sept 2026"),
    ("7", "Learning Disability and Autism (LDA)",
     "Marcus Fell (Acting)<br/>Acting Director of Mental Health, Learning Disability and Autism Commissioning",
     "Vacant<br/>(interviews 28/04/26)",
     "75% of people on GP learning disability registers receive an annual health check",
     "31 March 2027"),
    ("8", "Cancer",
     "Dr Anjali Raghavan<br/>Chief Medical Officer, ICB (from 1 April 2026)",
     "Mr Jonathan Pell<br/>Consultant Colorectal Surgeon, BTH",
     "Faster Diagnosis Standard of 80% met",
     "Mar-27"),
    ("9", "Maternity and Neonatal",
     "Joanna Whitcombe<br/>Chief Nursing Officer, ICB",
     "Eleanor Price<br/>Director of Midwifery, BTH",
     "Perinatal pelvic health service live in all four places",
     "Dec-26"),
    ("10", "Digital and Data",
     "Alistair Crewe<br/>Chief Digital and Information Officer, ICB",
     "Dr Priya Sandhu<br/>Chief Clinical Information Officer (CCIO)",
     "Kestrel Vale Shared Care Record live in all four places",
     "Q4 2026/27"),
    ("11", "Workforce",
     "Denise Kirkbride<br/>Chief People Officer, ICB",
     "Not applicable",
     "Collaborative staff bank live across all four trusts",
     "Q1 2026/27"),
    ("12", "Estates and Net Zero",
     "Robert Ainsley<br/>Director of Estates, ICB",
     "Not applicable",
     "Refreshed ICS estates strategy to ICB Board",
     "spring 2026"),
    ("13", "Prevention and Population Health",
     "Dr Olu Bankole<br/>Director of Public Health, Marrowdale Council",
     "Dr Meera Joshi<br/>GP, Eastholme Coast",
     "80% of patients with hypertension treated to target",
     "31/03/2027"),
    ("14", "Finance and Productivity",
     "Michael Okafor<br/>Chief Finance Officer, ICB",
     "Not applicable",
     "Recurrent productivity savings of &pound;18.5m delivered",
     "Mar-27"),
]


def _footer(text):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(20 * mm, 12 * mm, text)
        canvas.drawRightString(190 * mm, 12 * mm, "Page %d" % doc.page)
        canvas.restoreState()
    return draw


def board_paper(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5,
                           spaceAfter=0)
    smallb = ParagraphStyle("smallb", parent=small, fontName="Helvetica-Bold",
                            textColor=colors.white)
    h = ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold",
                       fontSize=12, textColor=DARK, spaceBefore=8, spaceAfter=4)
    org = ParagraphStyle("org", parent=body, fontName="Helvetica-Bold",
                         fontSize=10, textColor=NHS_BLUE, alignment=2)
    title = ParagraphStyle("title", parent=ss["Title"], fontName="Helvetica-Bold",
                           fontSize=17, leading=21, alignment=0, textColor=DARK,
                           spaceAfter=2)
    sub = ParagraphStyle("sub", parent=body, fontName="Helvetica-Bold",
                         fontSize=12.5, leading=16, spaceAfter=8)

    s = []
    s.append(Paragraph("NHS Kestrel Vale Integrated Care Board", org))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Kestrel Vale Transformation Programme Board", title))
    s.append(Paragraph("Programme delivery update and workstream leadership 2026/27", sub))
    meta = [
        ["Meeting date", "12 March 2026", "Agenda item", "6"],
        ["Paper reference", "KVTPB/26/014", "Purpose", "For approval"],
        ["Presented by", Paragraph("Fiona Castellan, Interim Director of Strategy and Transformation", small),
         "Prepared by", Paragraph("Gareth Lomax, Head of Programme Management Office (PMO)", small)],
    ]
    mt = Table(meta, colWidths=[28 * mm, 55 * mm, 25 * mm, 62 * mm])
    mt.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8.5),
        ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 8.5),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, NHS_BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, NHS_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s += [mt, Spacer(1, 5 * mm)]

    def sec(t):
        s.append(Paragraph(t, h))

    def para(n, t):
        s.append(Paragraph("<b>%s</b>&nbsp;&nbsp;%s" % (n, t), body))

    sec("1. Purpose")
    para("1.1", "This paper updates the Kestrel Vale Transformation Programme Board (the Board) "
         "on delivery of the fourteen programme workstreams, confirms the Senior Responsible "
         "Owner (SRO) and clinical lead for each workstream for 2026/27, and asks the Board to "
         "approve one change to a milestone date.")
    sec("2. Context")
    para("2.1", "Kestrel Vale Integrated Care System (KV ICS) serves about 1.14 million people "
         "across four places: Brackenford, Thornleigh, Marrowdale and Eastholme Coast. Primary "
         "care is delivered by 118 GP practices working in 21 Primary Care Networks (PCNs). Four "
         "NHS trusts are partners in the programme: Brackenford Teaching Hospitals NHS Foundation "
         "Trust (BTH), Marrowdale and Thornleigh Hospitals NHS Trust (MTH), Kestrel Vale "
         "Partnership NHS Foundation Trust (KVPFT), which provides mental health, learning "
         "disability and autism services, and Eastholme Community Health NHS Trust (ECHT).")
    para("2.2", "The Board is chaired by Rosalind Petrie, Chief Executive of NHS Kestrel Vale ICB; "
         "Paul Dunmore, Chief Executive of KVPFT, is Vice Chair. The Board meets every six weeks "
         "and reports to the ICB Board. The PMO refreshed the milestone baseline on 3rd March 2026 "
         "and this paper uses that baseline.")
    sec("3. Workstream leadership and key milestones")
    para("3.1", "Table 1 lists each workstream with its SRO, clinical lead and the key milestone for "
         "2026/27 agreed at the baseline refresh. Where a workstream does not need a clinical lead "
         "the table says \u201cNot applicable\u201d.")
    s.append(Paragraph("<b>Table 1: Programme workstreams, leads and key milestones 2026/27</b>", small))
    s.append(Spacer(1, 2 * mm))

    head = ["No.", "Workstream", "Senior Responsible Owner", "Clinical lead",
            "Key milestone 2026/27", "Due"]
    rows = [[Paragraph(x, smallb) for x in head]]
    for r in WORKSTREAMS:
        rows.append([Paragraph(x, small) for x in r])
    t = Table(rows, colWidths=[10 * mm, 29 * mm, 37 * mm, 35 * mm, 38 * mm, 21 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), NHS_BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))

    sec("4. Leadership changes")
    para("4.1", "Fiona Castellan took up the post of Interim Director of Strategy and Transformation "
         "on 5th January 2026, following the departure of Martin Greaves at the end of December "
         "2025. Recruitment to the substantive post will begin in spring 2026.")
    para("4.2", "Dr Anjali Raghavan, the ICB's Chief Medical Officer, will also act as SRO for the "
         "Cancer workstream from 1 April 2026, alongside her Chief Medical Officer duties.")
    para("4.3", "The post of clinical lead for LDA has been vacant "
         "since Dr Hugh Ransome retired in January 2026. Interviews are planned for 28 April 2026. "
         "Until an appointment is made, Marcus Fell, Acting Director of Mental Health, Learning "
         "Disability and Autism Commissioning, remains the SRO and the sole named lead for LDA.")
    para("4.4", "Clare Mainwaring continues as Brackenford Place Director and has also taken on the "
         "SRO role for CYP.")
    para("4.5", "For UEC, Tariq Mahmood, Deputy Chief Operating Officer "
         "at MTH, has been appointed Deputy SRO to support Karen Holt.")
    sec("5. Delivery highlights")
    para("5.1", "<i>Urgent and emergency care.</i> In January 2026 the Board approved the expansion "
         "of the SDEC service at Brackenford General Hospital. The new SDEC unit adds "
         "18 trolley spaces and is expected to cut the average length of stay for ambulatory "
         "conditions by 0.4 days. Opening was planned for 30 June 2026; because the modular "
         "building supplier has reported a twelve-week delay, the PMO recommends that the Board "
         "approve a revised opening date of 30 September 2026.")
    para("5.2", "<i>Elective recovery.</i> The Thornleigh Elective Hub, a two-theatre unit at "
         "Thornleigh Hospital, has a capital cost of &pound;14.6m funded through the national "
         "Targeted Investment Fund. Building work is on schedule for first patients in November "
         "2026, and the hub is expected to deliver 4,200 additional procedures a year from "
         "2027/28. The extension of the Marrowdale Community Diagnostic Centre (CDC) will add an "
         "MRI scanner in October 2026.")
    para("5.3", "<i>Mental health.</i> Work to open the Marrowdale Safe Haven, a 24/7 crisis "
         "alternative to A&amp;E, is on track for the end of June 2026. Out of area placements "
         "fell from 19 in April 2025 to 12 in January 2026.")
    para("5.4", "<i>Community services.</i> Virtual ward capacity reached 132 beds in February 2026 "
         "against a plan of 180 beds by Q3 2026/27. A separate memo from Beverley Osei and "
         "Dr Tom Hebden, dated 24/02/2026, sets out proposals for the intermediate care bed base "
         "and is also on this agenda.")
    sec("6. Finance")
    para("6.1", "The programme's transformation budget for 2026/27 is &pound;25.6m, of which "
         "&pound;9.1m supports UEC. The Finance and Productivity workstream, led by Michael Okafor, "
         "Chief Finance Officer, is tasked with delivering &pound;18.5m of recurrent productivity "
         "savings by March 2027.")
    sec("7. Recommendations")
    para("7.1", "The Board is asked to:")
    for letter, txt in [
        ("a)", "note the leadership changes set out in section 4;"),
        ("b)", "confirm the SROs and clinical leads shown in Table 1;"),
        ("c)", "approve the revised SDEC opening date of 30 September 2026 (previously 30 June 2026); and"),
        ("d)", "note that the next meeting of the Board will be held on 23rd April 2026 at Thornleigh Civic Centre."),
    ]:
        s.append(Paragraph("%s %s" % (letter, txt),
                           ParagraphStyle("li", parent=body, leftIndent=12 * mm)))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Programme delivery update and workstream leadership 2026/27",
                            author="NHS Kestrel Vale ICB", subject="KVTPB/26/014")
    fn = _footer("KVTPB/26/014  |  Kestrel Vale Transformation Programme Board  |  12 March 2026")
    doc.build(s, onFirstPage=fn, onLaterPages=fn)


# --------------------------------------------------------------------------
# b. Programme plan (Word)
# --------------------------------------------------------------------------

INITIATIVE_GROUPS = [
    ("Programme group A \u2013 Urgent, community and intermediate care", [
        ("A1", "Urgent Community Response (UCR) two-hour service: extended hours",
         "Eastholme Coast", "Beverley Osei",
         ["Extended hours (08:00-22:00) live - May 2026",
          "70% of UCR referrals seen within 2 hours - Q3 2026/27"], "\u00a31.2m"),
        ("A2", "Care Transfer Hub (CTH)", "Marrowdale", "Angela Thwaite",
         ["Hub fully staffed - 01/07/2026",
          "No more than 45 patients a day with no criteria to reside - Q4 2026/27"], "\u00a30.6m"),
        ("A3", "Frailty virtual ward expansion", "All four places", "Dr Tom Hebden",
         ["150 virtual ward beds - Jun 2026",
          "180 virtual ward beds - Q3 2026/27"], "\u00a31.3m"),
    ]),
    ("Programme group B \u2013 Planned care and cancer", [
        ("B1", "Thornleigh Elective Hub (two theatres)", "Thornleigh", "Stephen Marwood",
         ["Theatre build complete - Aug 2026",
          "First patients - Nov 2026",
          "4,200 extra procedures a year - from 2027/28"], "\u00a314.6m capital (TIF)"),
        ("B2", "Marrowdale Community Diagnostic Centre (CDC) extension", "Marrowdale",
         "Dr Lucy Farrant",
         ["MRI scanner installed - Oct 2026",
          "12-hour, 7-day service - Q1 2027/28"], "\u00a30.9m revenue"),
        ("B3", "Targeted Lung Health Checks", "Eastholme Coast and Marrowdale", "Mr Jonathan Pell",
         ["First invitations to 55-74 year olds - Sept 2026",
          "Full eligible population invited - Mar 2028"], "\u00a30.6m (Cancer Alliance)"),
        ("B4", "Patient-initiated follow-up (PIFU)", "All four places", "Rachel Bamford",
         ["PIFU in 10 specialties - Q3 2026/27",
          "5% of outpatient follow-ups on PIFU - Mar-27"], "Within elective budget"),
    ]),
    ("Programme group C \u2013 Mental health, learning disability and autism, CYP", [
        ("C1", "Marrowdale Safe Haven", "Marrowdale", "Paul Dunmore",
         ["Premises lease signed - Apr 2026",
          "Safe Haven open - end of June 2026"], "\u00a30.45m"),
        ("C2", "Mental Health Support Teams (MHSTs) in schools, wave 3",
         "Brackenford and Thornleigh", "Dr Ruth Ellery",
         ["Four new MHSTs recruited - Jul 2026",
          "Teams working in schools - 01/09/2026"], "\u00a30.5m"),
        ("C3", "Learning disability annual health checks", "All four places",
         "Marcus Fell (Acting)",
         ["Practice-level dashboards - Q1 2026/27",
          "75% of people on LD registers checked - 31 Mar 2027"], "\u00a30.2m"),
    ]),
]


def _set_cell_shading(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def programme_plan(path):
    d = docx.Document()
    cp = d.core_properties
    cp.title = "Kestrel Vale ICS Programme Plan 2026/27"
    cp.author = "Kestrel Vale PMO"
    cp.created = dt.datetime(2026, 2, 20, 9, 0, 0)
    cp.modified = dt.datetime(2026, 2, 20, 9, 0, 0)
    cp.last_modified_by = "Kestrel Vale PMO"
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.0)

    d.add_paragraph("Kestrel Vale Integrated Care System", style="Subtitle")
    d.add_paragraph("Programme Plan 2026/27", style="Title")
    p = d.add_paragraph()
    p.add_run("Version 1.3  |  20/02/2026  |  Plan owner: Fiona Castellan, Interim Director of "
              "Strategy and Transformation  |  Status: draft for Programme Board").italic = True

    d.add_heading("1. Introduction", level=1)
    d.add_paragraph(
        "This programme plan sets out what the Kestrel Vale Transformation Programme will deliver "
        "in the financial year 2026/27 (1 April 2026 to 31 March 2027). It covers the four places "
        "of the Kestrel Vale Integrated Care System (ICS) and the initiatives that the Programme "
        "Board tracks month by month. How each local programme lines up with the nine national "
        "must-dos is shown in the coverage matrix in the project tracker workbook.")
    d.add_paragraph("The plan has three parts:")
    for b in ["system priorities and place priorities for the year (section 2);",
              "the initiatives, their leads and their milestones (section 3);",
              "how the programme is governed and the main risks (sections 4 and 5)."]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("2. Our priorities for 2026/27", level=1)
    d.add_heading("2.1 System priorities", level=2)
    for b in ["82% of A&E patients admitted, transferred or discharged within four hours by March 2027.",
              "65% of patients on the elective waiting list waiting less than 18 weeks by March 2027.",
              "Faster Diagnosis Standard for cancer of 80% by March 2027.",
              "No inappropriate out of area placements for adult acute mental health by Q4 2026/27.",
              "180 virtual ward beds across the ICS by Q3 2026/27."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("2.2 Place priorities", level=2)
    places = [
        ("Brackenford", "Place Director: Clare Mainwaring",
         ["Same Day Emergency Care (SDEC) expansion at Brackenford General Hospital",
          "Children's asthma bundle in every primary school"]),
        ("Thornleigh", "Place Director: Yusuf Rahman",
         ["Thornleigh Elective Hub", "Wave 3 Mental Health Support Teams"]),
        ("Marrowdale", "Place Director: Angela Thwaite",
         ["Care Transfer Hub", "Marrowdale Safe Haven", "Community Diagnostic Centre extension"]),
        ("Eastholme Coast", "Interim Place Director: Simon Carvell, from 2 March 2026",
         ["Urgent Community Response extended hours", "Coastal recruitment and retention offer"]),
    ]
    for name, who, items in places:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(name).bold = True
        p.add_run(" (%s)" % who)
        for it in items:
            d.add_paragraph(it, style="List Bullet 2")

    d.add_heading("3. Initiatives and milestones", level=1)
    d.add_paragraph(
        "Table 1 lists the initiatives that report to the Programme Board, grouped into three "
        "programme groups. Each milestone is shown on its own line in the Milestones column. "
        "Budgets are 2026/27 revenue unless marked as capital.")
    head = ["Ref", "Initiative", "Place", "Lead", "Milestones", "Budget 2026/27"]
    tbl = d.add_table(rows=1, cols=len(head))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        c = tbl.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _set_cell_shading(c, "005EB8")
    for group, items in INITIATIVE_GROUPS:
        row = tbl.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = ""
        merged.paragraphs[0].add_run(group).bold = True
        _set_cell_shading(merged, "E8EDEE")
        for ref, name, place, lead, milestones, budget in items:
            cells = tbl.add_row().cells
            cells[0].text = ref
            cells[1].text = name
            cells[2].text = place
            cells[3].text = lead
            cells[4].text = milestones[0]
            for m in milestones[1:]:
                cells[4].add_paragraph(m)
            cells[5].text = budget
    widths = [Cm(1.1), Cm(4.2), Cm(2.8), Cm(2.8), Cm(5.2), Cm(2.4)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    cap = d.add_paragraph()
    cap.add_run("Table 1: Initiatives, leads and milestones 2026/27").italic = True

    d.add_heading("4. Governance", level=1)
    for b in ["The Transformation Programme Board is chaired by Rosalind Petrie, Chief Executive of "
              "NHS Kestrel Vale ICB, meets every six weeks and reports to the ICB Board.",
              "The Programme Management Office (PMO), led by Gareth Lomax, keeps the project "
              "tracker and issues a monthly highlight report.",
              "A change to a milestone date of more than four weeks needs Programme Board approval.",
              "Each initiative has a named lead; each workstream has a Senior Responsible Owner (SRO)."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("4.1 Reporting cycle", level=2)
    for b in ["Initiative leads update the tracker by the 20th of each month.",
              "The PMO circulates the status deck one week before each Programme Board.",
              "Quarterly assurance goes to the ICB Board in public."]:
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("5. Key risks", level=1)
    for b in ["Workforce: nursing and therapy vacancies, above all in Eastholme Coast.",
              "Capital: national capital guidance for 2026/27 has not yet been published.",
              "Demand: non-elective admissions grew 4.8% in 2025/26, above plan.",
              "Digital: GP system supplier charges for Shared Care Record connections."]:
        d.add_paragraph(b, style="List Bullet")
    d.save(path)


# --------------------------------------------------------------------------
# c. Project tracker workbook (Excel)
# --------------------------------------------------------------------------

D = dt.datetime
TRACKER = [
    # ref, project, workstream, lead, exec sponsor, start, due, RAG, comment
    ("KV-01", "SDEC expansion - Brackenford General Hospital", "UEC", "Dr Samuel Adeyemi",
     "Karen Holt", D(2026, 1, 12), D(2026, 9, 30), "Amber",
     "Opening moved from 30/06/2026 (modular build delay); revised date approved by Board 12/03/26"),
    ("KV-02", "Care Transfer Hub (CTH)", "UEC", "Angela Thwaite", "Karen Holt",
     D(2026, 2, 2), D(2026, 7, 1), "Green", "Recruitment 80% complete"),
    ("KV-03", "Thornleigh Elective Hub", "Elective", "Dr Lucy Farrant", "Stephen Marwood",
     D(2025, 6, 2), "Nov 2026", "Green", "Topping-out 05/03/2026; theatres fit-out from Jun-26"),
    ("KV-04", "Marrowdale CDC extension (MRI)", "Elective", "Dr Lucy Farrant", "Stephen Marwood",
     D(2026, 4, 1), "Q1 27/28", "Amber", "MRI enabling works out to tender"),
    ("KV-05", "Patient-initiated follow-up (PIFU) roll-out", "Elective", "Rachel Bamford",
     "Stephen Marwood", D(2025, 10, 1), "Q3 26/27", "Green", "7 of 10 specialties live"),
    ("KV-06", "Cloud telephony - all PCNs", "Primary care", "Dr Imran Qureshi",
     "Helen Brightwell", D(2025, 9, 1), D(2026, 9, 30), "Red",
     "13 of 21 PCNs live; supplier capacity issue escalated"),
    ("KV-07", "Pharmacy First awareness campaign", "Primary care", "Nina Foulds",
     "Helen Brightwell", D(2026, 3, 2), D(2026, 5, 29), "Green", "Campaign launched 03/03/26"),
    ("KV-08", "Marrowdale Safe Haven", "Mental health", "Dr Nadia Kowalczyk", "Paul Dunmore",
     D(2026, 1, 5), D(2026, 6, 30), "Green", "Lease signing expected Apr 2026"),
    ("KV-09", "NHS 111 'option 2' for mental health", "Mental health", "Dr Nadia Kowalczyk",
     "Paul Dunmore", D(2025, 11, 3), "TBC", "Amber", "Awaiting regional telephony go-live date"),
    ("KV-10", "Frailty virtual ward - 180 beds", "Community", "Dr Tom Hebden", "Beverley Osei",
     D(2025, 4, 1), "Q3 26/27", "Amber", "132 beds live (Feb-26)"),
    ("KV-11", "Intermediate care bed reconfiguration", "Community", "Jenny Allcock",
     "Beverley Osei", D(2026, 3, 16), D(2026, 9, 1), "Amber",
     "Staff consultation 16/03/26 to 27/04/26"),
    ("KV-12", "Mental Health Support Teams (MHSTs) wave 3", "CYP", "Dr Ruth Ellery",
     "Clare Mainwaring", D(2026, 1, 5), D(2026, 9, 1), "Green", "Four teams; recruitment under way"),
    ("KV-13", "Learning disability annual health checks", "LDA", "Marcus Fell",
     "Marcus Fell", D(2026, 4, 1), D(2027, 3, 31), "Amber",
     "Clinical lead post vacant - interviews 28/04/26"),
    ("KV-14", "Targeted Lung Health Checks", "Cancer", "Mr Jonathan Pell", "Dr Anjali Raghavan",
     "Q2 26/27", "Mar 2028", "Green", "Mobile unit booked for Eastholme Coast"),
    ("KV-15", "Shared Care Record - all places", "Digital", "Kelly Danson", "Alistair Crewe",
     D(2025, 5, 1), "Q4 26/27", "Green", "Marrowdale go-live 14/09/26"),
    ("KV-16", "Collaborative staff bank", "Workforce", "Owen Prescott", "Denise Kirkbride",
     D(2025, 10, 1), D(2026, 4, 1), "Green", "Go-live 01/04/2026 confirmed"),
    ("KV-17", "Estates strategy refresh", "Estates", "Robert Ainsley", "Michael Okafor",
     D(2025, 12, 1), D(2026, 5, 14), "Amber", "Draft to ICB Board in spring 2026"),
    ("KV-18", "Hypertension case-finding", "Prevention", "Dr Meera Joshi", "Dr Olu Bankole",
     D(2026, 4, 1), D(2027, 3, 31), "Green", "Community pharmacy blood pressure checks included"),
]

MUSTDOS = [
    "MD1 System plan (Joint Forward Plan)",
    "MD2 Financial balance",
    "MD3 General practice access",
    "MD4 UEC: A&E 4-hour and ambulance response",
    "MD5 Elective: RTT 18 weeks",
    "MD6 Cancer: 62-day and Faster Diagnosis Standard",
    "MD7 Mental health access",
    "MD8 Learning disability and autism",
    "MD9 Quality: trusts in recovery support / special measures",
]

MATRIX = [
    ("Urgent and Emergency Care", ["Y", "Y - UEC productivity", "", "Y", "", "", "", "", ""]),
    ("Elective Recovery and Diagnostics", ["Y", "Y - theatre productivity", "", "", "Y",
                                           "Y - CDC diagnostics", "", "", ""]),
    ("Primary Care Access", ["Y", "", "Y", "Same-day access hubs", "", "GP direct access to CT",
                             "", "LD annual health checks in practices", ""]),
    ("Mental Health", ["Y", "", "", "Safe Haven diverts from A&E", "", "", "Y", "", ""]),
    ("Community Services and Frailty", ["Y", "Y", "Y - care home support", "Y", "", "",
                                        "Dementia diagnosis rate", "", ""]),
    ("Children and Young People", ["Y", "", "", "Asthma bundle cuts admissions", "", "",
                                   "Y - MHSTs", "Y - autism assessment waits", ""]),
    ("Learning Disability and Autism", ["Y", "", "", "", "", "", "Y - inpatient discharges",
                                        "Y", ""]),
    ("Cancer", ["Y", "", "", "", "", "Y", "", "", ""]),
    ("Maternity and Neonatal", ["Y", "", "", "", "", "", "Perinatal mental health", "", ""]),
    ("Prevention and Population Health", ["Y", "", "Hypertension case-finding", "", "", "",
                                          "", "", ""]),
]

BUDGET = [
    # programme, recurrent, non-recurrent, total, source
    ("Urgent and Emergency Care", 3.2, 5.9, 9.1, "ICB baseline and UEC capacity funding"),
    ("Elective Recovery and Diagnostics", 1.4, 2.6, 4.0, "Elective recovery funding"),
    ("Primary Care Access", 0.8, 1.1, 1.9, "Primary care access recovery funding"),
    ("Mental Health", 2.3, 0.6, 2.9, "Mental Health Investment Standard"),
    ("Community Services and Frailty", 1.5, 1.0, 2.5, "ICB baseline"),
    ("Children and Young People", 0.5, 0.3, 0.8, "MHST national funding"),
    ("Learning Disability and Autism", 0.3, 0.2, 0.5, "ICB baseline"),
    ("Cancer", 0.2, 0.4, 0.6, "Cancer Alliance"),
    ("Maternity and Neonatal", 0.4, 0.3, 0.7, "LMNS funding"),
    ("Digital and Data", 0.4, 0.7, 1.1, "Frontline digitisation funding"),
    ("Workforce", 0.2, 0.4, 0.6, "ICB baseline"),
    ("Prevention and Population Health", 0.6, 0.3, 0.9, "Public health grant (joint)"),
]


def tracker(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Kestrel Vale PMO"
    wb.properties.title = "Transformation Project Tracker 2026/27"
    wb.properties.created = dt.datetime(2026, 3, 27, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 3, 27, 9, 0, 0)
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="005EB8")
    hfont = Font(bold=True, color="FFFFFF")
    rag_fill = {"Red": "F4B6B6", "Amber": "FFE699", "Green": "C6EFCE"}

    ws = wb.active
    ws.title = "Project tracker"
    ws["A1"] = "Kestrel Vale ICS \u2013 Transformation Project Tracker 2026/27"
    ws["A1"].font = Font(bold=True, size=14, color="003087")
    ws["A2"] = "Last updated: 27 March 2026 (PMO \u2013 Gareth Lomax)"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Project", "Workstream", "Lead", "Exec sponsor", "Start", "Due", "RAG", "Comment"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.fill, c.font, c.border = hfill, hfont, box
    for r, row in enumerate(TRACKER, 5):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = Alignment(vertical="top", wrap_text=(i in (2, 9)))
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 8:
                c.fill = PatternFill("solid", fgColor=rag_fill[v])
    for i, w in enumerate([8, 42, 14, 20, 20, 12, 12, 8, 52], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    ws2 = wb.create_sheet("Must-do coverage")
    ws2["A1"] = "National priorities (the nine must-dos) \u2013 coverage by local programme, 2026/27"
    ws2["A1"].font = Font(bold=True, size=13, color="003087")
    ws2["A2"] = ("Key: Y = programme contributes directly; text = specific or partial contribution; "
                 "blank = no contribution")
    ws2["A2"].font = Font(italic=True)
    h2 = ["Local programme"] + MUSTDOS
    for i, h in enumerate(h2, 1):
        c = ws2.cell(row=4, column=i, value=h)
        c.fill, c.font, c.border = hfill, hfont, box
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r, (prog, cells) in enumerate(MATRIX, 5):
        c = ws2.cell(row=r, column=1, value=prog)
        c.border, c.font = box, Font(bold=True)
        for i, v in enumerate(cells, 2):
            c = ws2.cell(row=r, column=i, value=(v if v else None))
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
    note_row = 5 + len(MATRIX) + 1
    ws2.cell(row=note_row, column=1,
             value=("Note: no local programme is mapped to MD9 because no Kestrel Vale trust is in "
                    "the Recovery Support Programme (NOF segment 4); kept under review by the ICB "
                    "Quality Committee.")).font = Font(italic=True)
    ws2.column_dimensions["A"].width = 34
    for i in range(2, 11):
        ws2.column_dimensions[get_column_letter(i)].width = 18
    ws2.row_dimensions[4].height = 60

    ws3 = wb.create_sheet("Budget 2026-27")
    ws3["A1"] = "Transformation budget 2026/27 by programme (\u00a3m)"
    ws3["A1"].font = Font(bold=True, size=13, color="003087")
    h3 = ["Programme", "Recurrent (\u00a3m)", "Non-recurrent (\u00a3m)", "Total (\u00a3m)",
          "Funding source"]
    for i, h in enumerate(h3, 1):
        c = ws3.cell(row=3, column=i, value=h)
        c.fill, c.font, c.border = hfill, hfont, box
    for r, row in enumerate(BUDGET, 4):
        for i, v in enumerate(row, 1):
            c = ws3.cell(row=r, column=i, value=v)
            c.border = box
            if isinstance(v, float):
                c.number_format = "0.0"
    tr = 4 + len(BUDGET)
    tot = [round(sum(b[k] for b in BUDGET), 1) for k in (1, 2, 3)]
    assert tot[2] == 25.6, tot
    ws3.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        c = ws3.cell(row=tr, column=i, value=v)
        c.font, c.number_format = Font(bold=True), "0.0"
    for i in range(1, 6):
        ws3.cell(row=tr, column=i).border = box
    for i, w in enumerate([36, 16, 20, 12, 40], 1):
        ws3.column_dimensions[get_column_letter(i)].width = w
    wb.save(path)


# --------------------------------------------------------------------------
# d. Workstream status deck (PowerPoint)
# --------------------------------------------------------------------------

STATUS_SLIDES = [
    ("Urgent and Emergency Care \u2013 status: Amber", [
        "Lead: Karen Holt (SRO); Deputy SRO: Tariq Mahmood; clinical lead: Dr Samuel Adeyemi",
        "Progress: 4-hour A&E performance 74.2% in March 2026 (target 82% by March 2027)",
        "Next milestone: SDEC unit opens 30 September 2026 (moved from 30 June 2026)",
        "Risks: modular build supplier delay; 38 FTE ED nursing vacancies at BTH",
    ]),
    ("Mental Health \u2013 status: Green", [
        "Lead: Paul Dunmore (SRO); clinical lead: Dr Nadia Kowalczyk",
        "Progress: out of area placements down from 19 (Apr-25) to 11 (Mar-26)",
        "Next milestone: Marrowdale Safe Haven opens end of June 2026",
        "Risks: peer support worker recruitment (6 of 10 posts filled); rising demand for "
        "section 136 assessments",
    ]),
    ("Community Services and Frailty \u2013 status: Amber", [
        "Lead: Beverley Osei (SRO); clinical lead: Dr Tom Hebden",
        "Progress: 132 virtual ward beds live, 71% occupied (Mar-26)",
        "Next milestone: 150 virtual ward beds \u2013 Jun 2026",
        "Risks: outcome of intermediate care consultation; GP cover for virtual wards in "
        "Eastholme Coast",
    ]),
    ("Primary Care Access \u2013 status: Red", [
        "Lead: Helen Brightwell (SRO); clinical lead: Dr Imran Qureshi",
        "Progress: 13 of 21 PCNs on cloud-based telephony",
        "Next milestone: all 21 PCNs live \u2013 Q2 2026/27",
        "Risks: telephony supplier installation capacity; practice training time",
    ]),
    ("Digital and Data \u2013 status: Green", [
        "Lead: Alistair Crewe (SRO); programme manager: Kelly Danson; clinical lead: "
        "Dr Priya Sandhu",
        "Progress: Shared Care Record live in Brackenford and Thornleigh (Feb-26)",
        "Next milestone: Marrowdale go-live 14/09/26; Eastholme Coast in Q4 2026/27",
        "Risks: GP system supplier connection charges",
    ]),
]

WINTER = [
    ("Scheme", "Place", "Capacity", "Cost (\u00a3k)", "Start"),
    ("Ward 12 escalation ward, Brackenford General Hospital", "Brackenford", "24 beds",
     "1,450", "02/11/26"),
    ("Frailty SDEC extended hours", "Thornleigh", "+4 hours a day", "380", "01/10/26"),
    ("Care home in-reach team", "Eastholme Coast", "6.0 FTE", "420", "Oct-26"),
    ("Discharge to assess beds (spot purchase)", "Marrowdale", "20 beds", "960",
     "16 November 2026"),
    ("Total", "", "", "3,210", ""),
]


def deck(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cp = prs.core_properties
    cp.title = "Workstream status report - Programme Board 23 April 2026"
    cp.author = "Kestrel Vale PMO"
    cp.created = dt.datetime(2026, 4, 16, 9, 0, 0)
    cp.modified = dt.datetime(2026, 4, 16, 9, 0, 0)
    cp.last_modified_by = "Kestrel Vale PMO"
    cp.revision = 1

    def widen(shape, top=None, height=None):
        shape.left, shape.width = Inches(0.6), Inches(12.1)
        if top is not None:
            shape.top, shape.height = Inches(top), Inches(height)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    widen(s.shapes.title, 2.0, 1.6)
    widen(s.placeholders[1], 3.8, 1.4)
    s.shapes.title.text = "Kestrel Vale Transformation Programme: workstream status report"
    s.placeholders[1].text = ("Transformation Programme Board, 23 April 2026\n"
                              "Presented by Gareth Lomax, Head of PMO")

    blank = prs.slide_layouts[5]  # title only
    for title, bullets in STATUS_SLIDES:
        sl = prs.slides.add_slide(blank)
        sl.shapes.title.text = title
        widen(sl.shapes.title, 0.4, 1.2)
        sl.shapes.title.text_frame.paragraphs[0].font.size = PPt(32)
        tb = sl.shapes.add_textbox(Inches(0.8), Inches(1.9), Inches(11.7), Inches(4.8))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, b in enumerate(bullets):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = "\u2022 " + b
            p.font.size = PPt(20)
            p.space_after = PPt(10)

    sl = prs.slides.add_slide(blank)
    sl.shapes.title.text = "UEC winter capacity schemes 2026/27"
    widen(sl.shapes.title, 0.4, 1.2)
    sl.shapes.title.text_frame.paragraphs[0].font.size = PPt(32)
    rows, cols = len(WINTER), len(WINTER[0])
    gt = sl.shapes.add_table(rows, cols, Inches(0.6), Inches(1.8), Inches(12.1), Inches(3.6))
    t = gt.table
    for j, w in enumerate([5.0, 1.9, 1.9, 1.5, 1.8]):
        t.columns[j].width = Inches(w)
    for i, row in enumerate(WINTER):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                p.font.size = PPt(16)
                p.font.bold = (i == 0 or i == rows - 1)
    note = sl.shapes.add_textbox(Inches(0.6), Inches(5.8), Inches(12), Inches(0.8))
    note.text_frame.text = ("Schemes funded from the 2026/27 UEC allocation; final sign-off at the "
                            "September 2026 Board.")
    note.text_frame.paragraphs[0].font.size = PPt(14)

    sl = prs.slides.add_slide(blank)
    sl.shapes.title.text = "Asks of the Board"
    widen(sl.shapes.title, 0.4, 1.2)
    tb = sl.shapes.add_textbox(Inches(0.8), Inches(1.9), Inches(11.7), Inches(4.5))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, b in enumerate([
            "Note the Red rating for Primary Care Access and the supplier escalation",
            "Note progress on the Marrowdale Safe Haven and the Shared Care Record",
            "Support the UEC winter capacity schemes in principle (total \u00a33.21m)"]):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = "\u2022 " + b
        p.font.size = PPt(20)
    prs.save(path)


# --------------------------------------------------------------------------
# e. Partnership bulletin (two-column PDF newsletter)
# --------------------------------------------------------------------------

def bulletin(path):
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9,
                          leading=11.5, spaceAfter=4)
    bh = ParagraphStyle("bh", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                        leading=14, textColor=DARK, spaceAfter=3)
    li = ParagraphStyle("li", parent=body, leftIndent=8, bulletIndent=0, spaceAfter=2)

    W, H = A4
    margin = 15 * mm
    gap = 7 * mm
    colw = (W - 2 * margin - gap) / 2
    top = H - 48 * mm

    def masthead(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(NHS_BLUE)
        canvas.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 24)
        canvas.drawString(margin, H - 20 * mm, "Kestrel Vale Partnership Bulletin")
        canvas.setFont("Helvetica", 11)
        canvas.drawString(margin, H - 29 * mm,
                          "Issue 7  |  Spring 2026  |  News for staff across the Kestrel Vale "
                          "Integrated Care System")
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(margin, 10 * mm, "Published 14/04/2026 by the Kestrel Vale ICB "
                          "communications and engagement team")
        canvas.drawRightString(W - margin, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    def later(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica-Bold", 10)
        canvas.setFillColor(NHS_BLUE)
        canvas.drawString(margin, H - 12 * mm, "Kestrel Vale Partnership Bulletin  |  Issue 7")
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(W - margin, 10 * mm, "Page %d" % doc.page)
        canvas.restoreState()

    f1 = [Frame(margin, 18 * mm, colw, top - 18 * mm, id="l1"),
          Frame(margin + colw + gap, 18 * mm, colw, top - 18 * mm, id="r1")]
    top2 = H - 20 * mm
    f2 = [Frame(margin, 18 * mm, colw, top2 - 18 * mm, id="l2"),
          Frame(margin + colw + gap, 18 * mm, colw, top2 - 18 * mm, id="r2")]
    doc = BaseDocTemplate(path, pagesize=A4, title="Kestrel Vale Partnership Bulletin - Spring 2026",
                          author="NHS Kestrel Vale ICB")
    doc.addPageTemplates([PageTemplate(id="first", frames=f1, onPage=masthead,
                                       autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=f2, onPage=later)])

    def boxed(heading, flow, bg=colors.white):
        inner = [Paragraph(heading, bh)] + flow
        t = Table([[inner]], colWidths=[colw - 2])
        t.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.0, NHS_BLUE),
            ("BACKGROUND", (0, 0), (-1, -1), bg),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [t, Spacer(1, 5 * mm)]

    P = lambda t: Paragraph(t, body)
    B = lambda t: Paragraph(t, li, bulletText="\u2022")
    s = []
    s += boxed("Elective hub reaches its highest point", [
        P("Building work on the Thornleigh Elective Hub reached its highest point on Thursday "
          "5th March 2026. The two-theatre hub will treat its first patients in November 2026 "
          "and is expected to carry out 4,200 extra procedures a year from 2027/28, cutting "
          "waits for hips, knees and cataracts across all four places."),
        P("Stephen Marwood, Chief Executive of Marrowdale and Thornleigh Hospitals NHS Trust, "
          "thanked the site team and local residents for their patience."),
    ])
    s += boxed("Welcome, Simon", [
        P("Simon Carvell joined us on 02/03/26 as Interim Place Director for Eastholme Coast. He "
          "covers the post while recruitment to the substantive role takes place over the "
          "summer. Simon was previously Deputy Director of Operations at Eastholme Community "
          "Health NHS Trust."),
    ], PALE)
    s += boxed("Collaborative bank goes live", [
        P("Our collaborative staff bank went live across all four trusts on 1 April 2026. So far "
          "2,350 staff have signed up, and bank shifts are now filled in an average of 3.5 days "
          "instead of 9 days. Denise Kirkbride, Chief People Officer, said the bank "
          "\u201cgives staff more choice about where and when they work\u201d."),
    ])
    s += boxed("Have your say on intermediate care", [
        P("Staff consultation on changes to intermediate care beds runs from 16/03/2026 to "
          "27 Apr 2026. Public drop-in sessions, with Healthwatch Kestrel Vale:"),
        B("Eastholme Community Hospital, Tue 21st April 2026, 2pm to 4pm"),
        B("Thornleigh Library, 23 April 2026, 10am to 12 noon"),
    ], PALE)
    s += boxed("Pharmacy First: tell your patients", [
        P("All 164 community pharmacies in Kestrel Vale now offer Pharmacy First for seven common "
          "conditions, including sinusitis, sore throat and urinary tract infections in women. Our "
          "awareness campaign launched on 3rd March 2026 with posters in every GP practice and "
          "adverts on local radio."),
        P("Helen Brightwell, Director of Primary Care, said pharmacies handled 9,870 Pharmacy First "
          "consultations in February 2026, freeing GP appointments for people who need them most."),
    ])
    s += boxed("Greener Kestrel Vale", [
        P("Solar panels on the roof of Thornleigh Hospital were switched on in Feb-26 and are "
          "expected to cut carbon emissions by 420 tonnes a year. Robert Ainsley, Director of "
          "Estates, is leading work on a refreshed ICS estates strategy, which goes to the ICB "
          "Board in spring 2026."),
        P("Staff who cycle to work can now use 60 new secure cycle spaces at Brackenford General "
          "Hospital and Marrowdale Royal Infirmary."),
    ], PALE)
    s += boxed("Staff survey 2025: what you told us", [
        P("Across our four trusts, 48% of staff took part in the 2025 NHS Staff Survey, up from "
          "44% the year before. Flexible working and car parking were the top concerns. Each trust "
          "will publish its action plan by end of May 2026."),
    ])
    s += boxed("Dates for your diary", [
        B("ICB Board meeting in public: 06/05/26, 10:00, Marrowdale Town Hall, chaired by "
          "Howard Tennant, Chair of NHS Kestrel Vale ICB"),
        B("Kestrel Vale Health and Care Partnership Assembly: Wed 8 July 2026"),
        B("Marrowdale Safe Haven opening: end of June 2026 (date to follow)"),
        B("Staff awards nominations close: 31-May-26"),
        B("ICB annual general meeting: Sep-26"),
    ])
    s += boxed("Our numbers this quarter", [
        B("Virtual ward: 132 beds, 71% occupied (March 2026)"),
        B("Out of area mental health placements: 11 (Mar-26)"),
        B("Pharmacy First consultations: 9,870 in February 2026"),
        B("Collaborative bank sign-ups: 2,350 staff"),
    ], PALE)
    s += boxed("Who to contact", [
        B("<b>Programme Management Office</b>: Gareth Lomax, Head of PMO, ext. 4410"),
        B("<b>Communications and engagement</b>: Nina Foulds, Head of Communications and "
          "Engagement, ext. 4432"),
        B("<b>Shared Care Record</b>: Kelly Danson, Digital Programme Manager, ext. 4451"),
        B("<b>Collaborative bank</b>: Owen Prescott, Temporary Staffing Lead, ext. 4478"),
        B("<b>Intermediate care consultation</b>: Jenny Allcock, Head of Intermediate Care, "
          "ECHT, ext. 5120"),
        B("<b>Healthwatch Kestrel Vale</b>: Derek Ashby, Chair, via the Healthwatch website"),
    ])
    s += boxed("In brief", [
        P("Dr Anjali Raghavan, our Chief Medical Officer, became SRO for the Cancer workstream on "
          "1 April 2026. Targeted Lung Health Checks start in Eastholme Coast and Marrowdale in "
          "autumn 2026."),
    ], PALE)
    s += boxed("Winter 2026/27: planning starts early", [
        P("Karen Holt, SRO for urgent and emergency care, is asking teams to put forward ideas for "
          "winter schemes by 31 July 2026. The draft winter plan goes to the Programme Board in "
          "September 2026, and the four trusts will run a joint flu and COVID-19 vaccination "
          "campaign for staff from October."),
    ])
    s += boxed("Shared Care Record: two places down, two to go", [
        P("The Kestrel Vale Shared Care Record went live in Brackenford and Thornleigh in February. "
          "Clinicians there can now see GP, hospital, community and mental health records in one "
          "place. Marrowdale follows in September 2026."),
        P("Training sessions run every Tuesday at 12:30 on Microsoft Teams."),
    ], PALE)
    s += boxed("Tell us your story", [
        P("Has a new service made a difference to you or your patients? The communications team "
          "would love to hear from you for the summer issue of the bulletin. Copy deadline: "
          "Fri 12 June 2026."),
    ])
    doc.build(s)


# --------------------------------------------------------------------------
# f. Memo with decisions required (Markdown)
# --------------------------------------------------------------------------

MEMO = """\
MEMORANDUM
==========

To:       Members of the Kestrel Vale Transformation Programme Board
From:     Beverley Osei, SRO, Community Services and Frailty (Chief Executive, ECHT)
          Dr Tom Hebden, Clinical Lead, Community Services and Frailty
Date:     24/02/2026
Subject:  Intermediate care beds - proposal to consolidate the bed base and expand
          virtual wards
Status:   For decision at the Programme Board meeting of 12 March 2026

----------------------------------------------------------------------------------

Purpose

1.  This memo asks the Board to agree a proposal to reduce the number of bedded
    intermediate care places in Kestrel Vale and to move the staff released into
    virtual wards and the Urgent Community Response (UCR) service. Eastholme
    Community Health NHS Trust (ECHT) runs all of the beds concerned.

Current position

2.  Kestrel Vale has 96 intermediate care beds across four community hospital
    sites: Eastholme Community Hospital (Harbour Ward, 16 beds, and Cliff Ward,
    20 beds), Thornleigh Community Hospital (24 beds), Brackenford Intermediate
    Care Unit (22 beds) and Marrowdale Rehabilitation Unit (14 beds).

3.  Average length of stay in these beds is 27 days, against a benchmark of 21
    days for similar systems. Bed occupancy averaged 81% in 2025/26. Nearly all
    admissions are Pathway 2 (P2) discharges from BTH and MTH (see paragraph 11).

4.  A point-prevalence audit on 3 February 2026 found that 31 of the patients
    in intermediate care beds could have been supported at home with the right
    UCR or virtual ward support.

Proposal

5.  Close Harbour Ward at Eastholme Community Hospital (16 beds) from 1st
    September 2026. The intermediate care bed base would then be 80 beds across
    the same four sites.

6.  Redeploy 21.4 FTE nursing and therapy staff from Harbour Ward to the
    Eastholme Coast virtual ward and the UCR team. No compulsory redundancies
    are expected.

7.  The full-year saving is estimated at £1.3m, of which £0.8m would be
    reinvested in virtual ward capacity, bringing the ICS towards its plan of
    180 virtual ward beds by Q3 2026/27.

Engagement and consultation

8.  Staff consultation will run from 16 March 2026 to 27 April 2026. Public
    drop-in sessions will be arranged with Healthwatch Kestrel Vale (chair:
    Derek Ashby).

9.  Jenny Allcock, Head of Intermediate Care at ECHT, will lead the consultation
    and the implementation plan.

Risks

10. The main risks are: loss of experienced staff during consultation; limited
    GP cover for the virtual ward in Eastholme Coast; and winter demand if the
    change slips beyond October 2026.

Definitions used in this memo

11. The following terms are used as defined below:

    a) Intermediate care - short-term care, usually up to six weeks, that helps
       people recover after illness or a hospital stay, or avoid going into
       hospital.
    b) P2 (discharge pathway 2) - discharge from hospital to a bedded setting for
       short-term rehabilitation or reablement before the person returns home.
    c) Virtual ward - hospital-level care given at home, with remote monitoring
       and visits from a multidisciplinary team.
    d) Criteria to reside - the national criteria for whether a patient needs to
       stay in an acute hospital bed; a patient who no longer meets them has "no
       criteria to reside".

Decisions required

D1. APPROVE the closure of Harbour Ward (16 beds) at Eastholme Community
    Hospital from 1st September 2026, subject to the outcome of the staff
    consultation.

D2. APPROVE the redeployment of 21.4 FTE to the Eastholme Coast virtual ward and
    the UCR team.

D3. NOTE the estimated full-year saving of £1.3m and the reinvestment of £0.8m
    in virtual wards.

D4. AGREE that a report on the outcome of the consultation comes back to the
    Board in June 2026.

Beverley Osei and Dr Tom Hebden
24 February 2026
"""


def memo(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MEMO)


def _fix_zip(path, stamp):
    """Rewrite an Office zip with fixed entry times so that output is byte-identical."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    board_paper(os.path.join(OUT, BOARD_PDF))
    programme_plan(os.path.join(OUT, PLAN_DOCX))
    tracker(os.path.join(OUT, TRACKER_XLSX))
    deck(os.path.join(OUT, DECK_PPTX))
    bulletin(os.path.join(OUT, BULLETIN_PDF))
    memo(os.path.join(OUT, MEMO_TXT))
    for name, stamp in ((PLAN_DOCX, "2026-02-20T09:00:00Z"),
                        (TRACKER_XLSX, "2026-03-27T09:00:00Z"),
                        (DECK_PPTX, "2026-04-16T09:00:00Z")):
        _fix_zip(os.path.join(OUT, name), stamp)
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
