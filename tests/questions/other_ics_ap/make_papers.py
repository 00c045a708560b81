"""Write the Glasswick & Morrowdene STP papers (forty-second imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, dated 21 October 2016 to 9 March 2017:
  01 programme on a page as a MIND-MAP TEXT EXPORT (.txt): one node per line, the branch level only by leading
     tabs (footprint, governance, six priorities, three enablers, key risks); an initiative's lead and milestones
     are child nodes ("Lead: ...", "label: date"), so a milestone line never names its initiative or programme;
  02 locality must-do map (Excel): one row per LOCALITY and one column per national must-do, the cells holding the
     codes of the contributing initiatives ("UC1, UC2, UC3"), blank where nothing contributes (so the joined row
     text loses the column); an initiative codes sheet; a finance sheet in GBP m with Total row / column and a gap
     bridge; a Read me sheet;
  03 delivery roadmap (PowerPoint): the milestone timeline is a REAL TABLE WHOSE COLUMNS ARE NHS QUARTERS (Q3 16/17 ..
     2018/19), one row per programme, several milestones per cell, a milestone's quarter only its column; a changes
     slide and a "dates not yet known" slide;
  04 Partnership Board minutes (Word): the body names people ONLY BY ROLE ("the Chief Operating Officer (GTH)");
     names are only in the attendance table (Role | Name | Attendance); decisions change the UEC SRO from a date
     and move a milestone; an action log whose owners are roles and whose due dates are "w/c 6 Feb", "by the March
     Board", "end of Q1 2017/18", "Spring 2017";
  05 staff questions and answers (PDF): a two-column Question | Answer table over two pages with its header
     repeated, followed by a LATE UPDATE box that corrects two of the answers above it (same paper);
  06 independent assurance review report (PDF): a delivery confidence assessment and a recommendations table whose
     OWNER COLUMN IS MERGED VERTICALLY over runs of rows (the owner's text drawn once, in the middle of its run),
     urgency classes and target dates in mixed forms.

Everything is fixed: reportlab runs in invariant mode and the Office files' zip entry times and core dates are
pinned, so re-running gives the same bytes.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.util import Emu, Inches, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))

MINDMAP = "01_GM_STP_Programme_on_a_Page_MindMap_export_v1.0_21Oct2016.txt"
MUSTDO = "02_GM_STP_Locality_MustDo_Map_and_Finance_v2_18Nov2016.xlsx"
ROADMAP = "03_GM_STP_Delivery_Roadmap_v1.3_DeliveryBoard_08Dec2016.pptx"
MINUTES = "04_GM_STP_Partnership_Board_Minutes_19Jan2017.docx"
FAQ = "05_GM_STP_Staff_Questions_and_Answers_v2_24Feb2017.pdf"
REVIEW = "06_GM_STP_Independent_Assurance_Review_Report_09Mar2017.pdf"

# ---------------------------------------------------------------------------------------------------------------
# 01 mind-map text export
# ---------------------------------------------------------------------------------------------------------------
OUTLINE = """\
Glasswick & Morrowdene STP - Programme on a Page
\tOur footprint
\t\tRegistered population: 812,400
\t\tThree CCGs: Glasswick City CCG; Morrowdene & Harle CCG; Penfold Coast CCG
\t\tTwo acute trusts: Glasswick Teaching Hospitals NHS FT (GTH, Glasswick Royal Infirmary); Morrowdene & Penfold Hospitals NHS Trust (MPH, Morrowdene General Hospital)
\t\tMental health and community services: Fellside Partnership NHS FT
\t\tTwo councils: Glasswick City Council; Morrowdene County Council
\t\tFour localities: Glasswick City; Morrowdene; Penfold Coast; Harle Valley
\t\tDo-nothing gap by 2020/21: £214.6m
\tHow we will govern
\t\tSTP Partnership Board
\t\t\tIndependent Chair: Margaret Oyelaran-Finch
\t\t\tMeets on the third Thursday of each month (no meeting in February or August)
\t\tSTP Lead: Tobias Wrenfield, Chief Officer, Glasswick City CCG
\t\tSTP Programme Director: Helena Stroud-Maddox
\t\tSTP Finance Lead: Ravi Pemberton-Das, Director of Finance, GTH
\t\tClinical Reference Group
\t\t\tChair: Dr Fenella Oakhurst, GP, Morrowdene
\t\tDelivery Board
\t\t\tChair: STP Programme Director
\t\t\tMeets fortnightly and owns the delivery roadmap
\tPriority 1: Prevention & Wellbeing (PW)
\t\tSRO: Dr Judith Amesbury, Director of Public Health, Morrowdene County Council
\t\tClinical lead: Dr Kwame Boateng, GP, Penfold Coast
\t\tPW1 Healthy Glasswick: weight management and physical activity
\t\t\tLead: Martin Kellaway, Consultant in Public Health, Glasswick City Council
\t\t\tService specification agreed: Dec-16
\t\t\tNew service launched: 1 April 2017
\t\tPW2 Making Every Contact Count across all providers
\t\t\tLead: Sarah Inchbald, Head of Health Improvement, Fellside
\t\t\t1,500 frontline staff trained: by 31/03/2018
\t\tPW3 Social prescribing in every locality
\t\t\tLead: Dr Kwame Boateng
\t\t\tPilot in Penfold Coast: Spring 2017
\t\t\tRoll-out to all four localities: 2017/18
\tPriority 2: Out of Hospital Care (OH)
\t\tSRO: Simon Treharne, Chief Officer, Morrowdene & Harle CCG
\t\tClinical lead: Dr Alys Penrhyn, GP, Harle Valley
\t\tOH1 Integrated neighbourhood teams (11 teams)
\t\t\tLead: Dr Alys Penrhyn
\t\t\tFirst 4 of 11 teams live: Qtr 4 16/17
\t\t\tAll 11 teams live: end of Q3 2017/18
\t\tOH2 Extended GP access, 8am to 8pm seven days a week
\t\t\tLead: Dr Hamish Ventnor, GP, Glasswick City
\t\t\tGlasswick hub go-live: 2 October 2017
\t\t\tWhole population covered: by 31 March 2019
\t\tOH3 Enhanced health in care homes
\t\t\tLead: Rachel Tiplady, Head of Community Services, Fellside
\t\t\tRoll-out: time frame as yet unknown
\t\tOH4 Community pharmacy minor ailments scheme
\t\t\tLead: Farah Kapadia, Locality Pharmacist, Morrowdene & Harle CCG
\t\t\tScheme live: Sep-17
\tPriority 3: Urgent & Emergency Care (UC)
\t\tSRO: Claire Fothergill, Director of Operations, Penfold Coast CCG
\t\tClinical lead: Dr Omar Haddad-Reilly, Consultant in Emergency Medicine, MPH
\t\tUC1 Integrated NHS 111 and clinical assessment hub
\t\t\tLead: Lorna Baptiste, Urgent Care Commissioning Manager, Penfold Coast CCG
\t\t\tHub live: w/c 6 Feb 2017
\t\tUC2 Urgent treatment centre at Morrowdene General Hospital
\t\t\tLead: Dr Omar Haddad-Reilly
\t\t\tBusiness case to Partnership Board: Jan-17
\t\t\tUTC opens: Winter 2017/18
\t\tUC3 Discharge to assess in both acute trusts
\t\t\tLead: Keith Ambrose, Deputy Chief Operating Officer, GTH
\t\t\tLive at Glasswick Royal Infirmary and Morrowdene General Hospital: Qtr 3 16/17
\t\tUC4 Ambulance hear and treat and see and treat
\t\t\tLead: Yvonne Deakin, Head of Clinical Operations, North Coast Ambulance Service
\t\t\tExpanded service: Qtr 2 17/18
\tPriority 4: Planned Care & Cancer (PC)
\t\tSRO: Nicola Brightwater, Director of Commissioning, Glasswick City CCG
\t\tClinical lead: Mr Jonathan Achebe, Consultant Orthopaedic Surgeon, GTH
\t\tPC1 MSK triage and treatment service
\t\t\tLead: Mr Jonathan Achebe
\t\t\tProcurement complete: Mar-17
\t\t\tService live: 1 July 2017
\t\tPC2 Outpatient follow-up reduction with advice and guidance
\t\t\tLead: Hannah Pryce, Planned Care Lead, Morrowdene & Harle CCG
\t\t\tAdvice and guidance in all specialties: Qtr 1 17/18
\t\tPC3 Rapid diagnostic service and optimal lung cancer pathway
\t\t\tLead: Dr Eleni Markou, Consultant Respiratory Physician, GTH
\t\t\tGo-live: 30/09/2017
\tPriority 5: Mental Health (MH)
\t\tSRO: Dr Gwen Llewellyn-Hart, Medical Director, Fellside Partnership NHS FT
\t\tClinical lead: Dr Samir Qureshi, Consultant Psychiatrist, Fellside
\t\tMH1 Core 24 liaison psychiatry at Glasswick Royal Infirmary
\t\t\tLead: Dr Samir Qureshi
\t\t\tCore 24 service in place: Qtr 4 17/18
\t\tMH2 Crisis café and crisis resolution redesign
\t\t\tLead: Bethany Crane, Service Manager, Fellside
\t\t\tCrisis café opens: Spring 2017
\t\tMH3 IAPT expansion
\t\t\tLead: Conor Fitzwilliam, IAPT Service Lead, Fellside
\t\t\tAccess rate of 16.8%: by March 2018
\tPriority 6: Acute Reconfiguration (AR)
\t\tSRO: Diane Mortlake, Chief Executive, MPH
\t\tClinical lead: Dr Peter Carmody, Consultant Stroke Physician, MPH
\t\tAR1 Stroke services review (hyper-acute stroke unit)
\t\t\tLead: Dr Peter Carmody
\t\t\tPublic consultation: Summer 2017
\t\t\tDecision: time frame as yet unknown
\t\tAR2 Shared pathology network
\t\t\tLead: Tessa Wainwright, Pathology Network Director
\t\t\tFull business case: Mar-17
\t\t\tNetwork go-live: 2018/19
\tEnablers
\t\tDigital (DG)
\t\t\tSRO: Ian Saltash, Chief Information Officer, GTH
\t\t\tDG1 Glasswick & Morrowdene Care Record
\t\t\t\tLead: Ian Saltash
\t\t\t\tPhase 1 live: 2017/18
\t\tWorkforce (WF)
\t\t\tSRO: Beverley Onuoha, Director of HR, Fellside
\t\t\tWF1 Collaborative staff bank
\t\t\t\tLead: Beverley Onuoha
\t\t\t\tStaff bank live: Apr-17
\t\tEstates (ES)
\t\t\tSRO: tbc
\t\t\tES1 Estates strategy
\t\t\t\tLead: tbc
\t\t\t\tDraft strategy to Partnership Board: by the March Board
\tKey risks (likelihood x impact; a score of 15 or more is escalated to the Partnership Board)
\t\tR1 Not enough GPs and practice nurses to staff the extended access hubs
\t\t\tOwner: Simon Treharne
\t\t\tScore: 4 x 4 = 16
\t\tR2 Capital for the Morrowdene urgent treatment centre not secured
\t\t\tOwner: Diane Mortlake
\t\t\tScore: 5 x 3 = 15
\t\tR3 Public opposition to changes in stroke services
\t\t\tOwner: Dr Peter Carmody
\t\t\tScore: 3 x 4 = 12
\t\tR4 2017/18 savings slip because schemes start late
\t\t\tOwner: Ravi Pemberton-Das
\t\t\tScore: 5 x 4 = 20
\t\tR5 Care record interoperability delayed by the supplier
\t\t\tOwner: Ian Saltash
\t\t\tScore: 3 x 3 = 9
\t\tR6 Fragile care home market in Penfold Coast
\t\t\tOwner: Rachel Tiplady
\t\t\tScore: 4 x 3 = 12
"""

MINDMAP_HEAD = """\
MindView 6 - Outline export (plain text)
Map file: GM_STP_Programme_on_a_Page.mvdx
Map version: v1.0, as submitted with the STP on 21 October 2016
Exported: 21/10/2016 16:42 by STP PMO
Branch level is shown by indentation (one tab per level). Notes and images are not exported.
----------------------------------------------------------------------
"""


def write_mindmap():
    (OUT / MINDMAP).write_text(MINDMAP_HEAD + OUTLINE, encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# 02 Excel: locality must-do map, codes, finance
# ---------------------------------------------------------------------------------------------------------------
MUSTDO_HEAD = ["Locality", "1 STPs", "2 Financial balance", "3 General practice", "4 A&E and ambulance",
               "5 Referral to treatment", "6 Cancer", "7 Mental health", "8 Learning disabilities",
               "9 Improving quality"]
MUSTDO_ROWS = [
    ["Glasswick City", "All", "AR2, PC2", "OH1, OH2", "UC1, UC3", "PC1, PC2", "PC3", "MH1, MH3", None, "AR1"],
    ["Morrowdene", "All", "AR2", "OH1, OH2, OH4", "UC1, UC2, UC3", "PC1", "PC3", "MH2, MH3", None, "AR1"],
    ["Penfold Coast", "All", "PC2", "OH1, OH4", "UC1, UC4", "PC1", None, "MH2", None, None],
    ["Harle Valley", "All", "AR2", "OH1, OH3", "UC1, UC4", "PC1, PC2", "PC3", "MH3", None, "OH3"],
]
CODES = [
    ("PW1", "Healthy Glasswick: weight management and physical activity", "Prevention & Wellbeing"),
    ("PW2", "Making Every Contact Count across all providers", "Prevention & Wellbeing"),
    ("PW3", "Social prescribing in every locality", "Prevention & Wellbeing"),
    ("OH1", "Integrated neighbourhood teams (11 teams)", "Out of Hospital Care"),
    ("OH2", "Extended GP access, 8am to 8pm seven days a week", "Out of Hospital Care"),
    ("OH3", "Enhanced health in care homes", "Out of Hospital Care"),
    ("OH4", "Community pharmacy minor ailments scheme", "Out of Hospital Care"),
    ("UC1", "Integrated NHS 111 and clinical assessment hub", "Urgent & Emergency Care"),
    ("UC2", "Urgent treatment centre at Morrowdene General Hospital", "Urgent & Emergency Care"),
    ("UC3", "Discharge to assess in both acute trusts", "Urgent & Emergency Care"),
    ("UC4", "Ambulance hear and treat and see and treat", "Urgent & Emergency Care"),
    ("PC1", "MSK triage and treatment service", "Planned Care & Cancer"),
    ("PC2", "Outpatient follow-up reduction with advice and guidance", "Planned Care & Cancer"),
    ("PC3", "Rapid diagnostic service and optimal lung cancer pathway", "Planned Care & Cancer"),
    ("MH1", "Core 24 liaison psychiatry at Glasswick Royal Infirmary", "Mental Health"),
    ("MH2", "Crisis café and crisis resolution redesign", "Mental Health"),
    ("MH3", "IAPT expansion", "Mental Health"),
    ("AR1", "Stroke services review (hyper-acute stroke unit)", "Acute Reconfiguration"),
    ("AR2", "Shared pathology network", "Acute Reconfiguration"),
]
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
SAVINGS = [
    ("Prevention & Wellbeing (PW)", [0.4, 1.6, 3.2, 4.8, 6.0]),
    ("Out of Hospital Care (OH)", [2.1, 6.4, 10.2, 13.5, 15.8]),
    ("Urgent & Emergency Care (UC)", [1.8, 5.2, 8.9, 11.4, 12.7]),
    ("Planned Care & Cancer (PC)", [2.6, 7.9, 11.3, 13.6, 14.6]),
    ("Mental Health (MH)", [0.3, 1.2, 2.4, 3.5, 4.1]),
    ("Acute Reconfiguration (AR)", [3.5, 12.8, 21.6, 27.9, 31.2]),
]
BRIDGE = [("Do-nothing gap in 2020/21", 214.6), ("Less: programme savings in 2020/21 (above)", 84.4),
          ("Less: provider efficiency (CIP)", 96.0), ("Less: Sustainability and Transformation Fund (STF)", 22.5),
          ("Less: improved Better Care Fund (social care)", 11.7), ("Residual gap", 0.0)]


def r1(x):
    return round(x + 0.0, 1)


def write_excel():
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")

    ws = wb.active
    ws.title = "Read me"
    for i, text in enumerate([
        "Glasswick & Morrowdene STP: locality must-do map and finance",
        None,
        "Version 2, 18 November 2016. Prepared by the STP PMO for the Partnership Board.",
        "Must-do map: one row per locality and one column per national must-do of the 2016/17 NHS planning guidance. "
        "Each cell lists the codes of the initiatives that contribute to that must-do in that locality; a blank cell "
        "means no local initiative contributes.",
        "Initiative codes: the name and programme of each code used on the Must-do map.",
        "Finance: planned programme savings by year and the 2020/21 gap bridge. All figures are £m.",
    ], 1):
        if text:
            ws.cell(row=i, column=1, value=text)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Must-do map")
    ws["A1"] = "Glasswick & Morrowdene STP: locality must-do map"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Initiative codes contributing to each national must-do, by locality (blank = none)"
    for c, h in enumerate(MUSTDO_HEAD, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font, cell.fill = bold, head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center")
    for r, row in enumerate(MUSTDO_ROWS, 5):
        for c, v in enumerate(row, 1):
            if v is not None:
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(horizontal="left" if c == 1 else "center", vertical="top")
        ws.cell(row=r, column=1).font = bold
    ws["A10"] = ("Note: must-do 8 (learning disabilities) is delivered through the Glasswick & Morrowdene Transforming "
                 "Care Partnership plan and not through this STP's initiatives.")
    ws.column_dimensions["A"].width = 18
    for col in "BCDEFGHIJ":
        ws.column_dimensions[col].width = 14
    ws.row_dimensions[4].height = 32
    ws.freeze_panes = "B5"

    ws = wb.create_sheet("Initiative codes")
    ws["A1"] = "Initiative codes used on the Must-do map"
    ws["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["Code", "Initiative", "Programme"], 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font, cell.fill = bold, head_fill
    for r, row in enumerate(CODES, 4):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 26

    ws = wb.create_sheet("Finance")
    ws["A1"] = "Planned programme savings by year (£m)"
    ws["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["Programme"] + YEARS + ["Total"], 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font, cell.fill = bold, head_fill
    col_tot = [0.0] * 5
    for r, (name, vals) in enumerate(SAVINGS, 4):
        ws.cell(row=r, column=1, value=name)
        for c, v in enumerate(vals, 2):
            ws.cell(row=r, column=c, value=v).number_format = "0.0"
            col_tot[c - 2] += v
        ws.cell(row=r, column=7, value=r1(sum(vals))).number_format = "0.0"
    tr = 4 + len(SAVINGS)
    ws.cell(row=tr, column=1, value="Total").font = bold
    for c, v in enumerate(col_tot, 2):
        ws.cell(row=tr, column=c, value=r1(v)).number_format = "0.0"
        ws.cell(row=tr, column=c).font = bold
    ws.cell(row=tr, column=7, value=r1(sum(col_tot))).number_format = "0.0"
    ws.cell(row=tr, column=7).font = bold
    ws.cell(row=tr + 2, column=1, value="Closing the 2020/21 gap (£m)").font = bold
    for i, (label, v) in enumerate(BRIDGE, tr + 3):
        ws.cell(row=i, column=1, value=label)
        ws.cell(row=i, column=2, value=v).number_format = "0.0"
    ws.column_dimensions["A"].width = 48
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 11

    wb.properties.creator = "STP PMO"
    wb.properties.title = "G&M STP locality must-do map and finance v2"
    wb.properties.created = wb.properties.modified = datetime(2016, 11, 18, 10, 0, 0)
    wb.properties.lastModifiedBy = "STP PMO"
    wb.save(OUT / MUSTDO)
    pin_zip(OUT / MUSTDO, (2016, 11, 18, 10, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 03 PowerPoint: delivery roadmap, quarters as table columns
# ---------------------------------------------------------------------------------------------------------------
QUARTERS = ["Q3 16/17", "Q4 16/17", "Q1 17/18", "Q2 17/18", "Q3 17/18", "Q4 17/18", "2018/19"]
ROADMAP_1 = [
    ("Prevention & Wellbeing (PW)",
     ["PW1 service specification agreed (Dec)", "",
      "PW1 Healthy Glasswick launches (1 Apr)\nPW3 social prescribing pilot, Penfold Coast (Spring)", "", "",
      "PW2 1,500 staff trained in MECC (by 31 Mar)\nPW3 social prescribing in all four localities", ""]),
    ("Out of Hospital Care (OH)",
     ["", "OH1 first 4 neighbourhood teams live", "",
      "\u25b2 OH2 Glasswick extended access hub live (w/c 4 Sep)\nOH4 pharmacy minor ailments scheme live (Sep)",
      "OH1 all 11 neighbourhood teams live", "", "OH2 whole population covered (by 31 Mar 2019)"]),
    ("Urgent & Emergency Care (UC)",
     ["UC3 discharge to assess live at both acute trusts",
      "UC2 UTC business case to Partnership Board (Jan)\nUC1 111 clinical assessment hub live (w/c 6 Feb)", "",
      "UC4 hear and treat expansion", "UC2 Morrowdene UTC opens (Winter)", "", ""]),
    ("Planned Care & Cancer (PC)",
     ["", "PC1 MSK procurement complete (Mar)", "PC2 advice and guidance in all specialties",
      "PC1 MSK triage service live (1 Jul)\nPC3 lung pathway go-live (30 Sep)", "", "", ""]),
]
ROADMAP_2 = [
    ("Mental Health (MH)",
     ["", "", "MH2 crisis café opens (Spring)", "", "", "MH1 Core 24 liaison at GRI\nMH3 IAPT access 16.8% (Mar)",
      ""]),
    ("Acute Reconfiguration (AR)",
     ["", "AR2 pathology full business case (Mar)", "", "AR1 stroke public consultation (Summer)", "", "",
      "AR2 pathology network go-live"]),
    ("Digital (DG)", ["", "", "", "\u25b2 DG1 care record phase 1 live", "", "", ""]),
    ("Workforce (WF)", ["", "", "WF1 collaborative staff bank live (Apr)", "", "", "", ""]),
    ("Estates (ES)", ["", "ES1 draft estates strategy (March Board)", "", "", "", "", ""]),
]


def _textbox(slide, x, y, w, h, paras, size=14, bold_first=False):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = text
        for r in p.runs:
            r.font.size = PPt(size)
            r.font.bold = bold_first and i == 0
    return tb


def _title(slide, text):
    slide.shapes.title.text = text
    for p in slide.shapes.title.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = PPt(26)
            r.font.bold = True


def _roadmap_slide(prs, title, rows):
    s = prs.slides.add_slide(prs.slide_layouts[5])  # title only
    _title(s, title)
    cols = 1 + len(QUARTERS)
    shape = s.shapes.add_table(len(rows) + 1, cols, Inches(0.3), Inches(1.3), Inches(12.7), Inches(5.6))
    table = shape.table
    table.columns[0].width = Inches(1.9)
    for c in range(1, cols):
        table.columns[c].width = Emu(int((Inches(12.7) - Inches(1.9)) / (cols - 1)))
    for c, h in enumerate(["Programme"] + QUARTERS):
        table.cell(0, c).text = h
    for r, (name, cells) in enumerate(rows, 1):
        table.cell(r, 0).text = name
        for c, v in enumerate(cells, 1):
            cell = table.cell(r, c)
            lines = v.split("\n") if v else [""]
            cell.text = lines[0]
            for extra in lines[1:]:
                cell.text_frame.add_paragraph().text = extra
    for r in range(len(rows) + 1):
        for c in range(cols):
            for p in table.cell(r, c).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(10 if r else 11)
                    run.font.bold = (r == 0 or c == 0)
    _textbox(s, 0.3, 7.0, 12.7, 0.4, ["G&M STP Delivery roadmap v1.3 | Delivery Board 8 December 2016"], size=9)
    return s


def write_pptx():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Glasswick & Morrowdene STP: delivery roadmap 2016/17 to 2018/19"
    s.placeholders[1].text = "Delivery Board, 8 December 2016 | Version 1.3 | STP PMO"

    s = prs.slides.add_slide(prs.slide_layouts[1])
    _title(s, "Reading the roadmap")
    body = s.placeholders[1].text_frame
    for i, text in enumerate([
        "One row per programme and one column per NHS financial quarter (Q1 = April to June, Q4 = January to March).",
        "A milestone sits in the quarter in which it is due. Where the month or day is known it is shown in brackets.",
        "\u25b2 marks a date that has changed since the programme on a page of 21 October 2016. Where the two differ, "
        "this roadmap supersedes the programme on a page.",
        "Milestones whose dates are not yet known are listed on the last slide.",
    ]):
        p = body.paragraphs[0] if i == 0 else body.add_paragraph()
        p.text = text

    _roadmap_slide(prs, "Roadmap (1 of 2): prevention, out of hospital, urgent care, planned care", ROADMAP_1)
    _roadmap_slide(prs, "Roadmap (2 of 2): mental health, acute reconfiguration and enablers", ROADMAP_2)

    s = prs.slides.add_slide(prs.slide_layouts[5])
    _title(s, "Changes since the October programme on a page")
    _textbox(s, 0.6, 1.4, 12, 4, [
        "\u25b2 OH2: the Glasswick extended access hub is brought forward from 2 October 2017 to w/c 4 September "
        "2017, because the premises at Glasswick Health Village are ready early.",
        "\u25b2 DG1: phase 1 of the Glasswick & Morrowdene Care Record is now set for Q2 17/18 (was shown as "
        "2017/18 only).",
        "No other dates have changed.",
    ], size=16)

    s = prs.slides.add_slide(prs.slide_layouts[5])
    _title(s, "Not on the roadmap: dates not yet known")
    _textbox(s, 0.6, 1.4, 12, 4, [
        "OH3 enhanced health in care homes: time frame as yet unknown (depends on the care home market review).",
        "AR1 stroke services: the decision follows the public consultation; time frame as yet unknown.",
        "Estates enabler: lead to be confirmed.",
    ], size=16)

    cp = prs.core_properties
    cp.author = cp.last_modified_by = "STP PMO"
    cp.title = "G&M STP Delivery roadmap v1.3"
    cp.created = cp.modified = datetime(2016, 12, 6, 9, 0, 0)
    cp.revision = 3
    prs.save(OUT / ROADMAP)
    pin_zip(OUT / ROADMAP, (2016, 12, 6, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 04 Word: Partnership Board minutes, people by role only
# ---------------------------------------------------------------------------------------------------------------
ATTENDANCE = [
    ("Independent Chair (Chair)", "Margaret Oyelaran-Finch", "Present"),
    ("STP Lead; Chief Officer, Glasswick City CCG", "Tobias Wrenfield", "Present"),
    ("Chief Officer, Morrowdene & Harle CCG", "Simon Treharne", "Present"),
    ("Director of Operations, Penfold Coast CCG", "Claire Fothergill", "Present"),
    ("Director of Commissioning, Glasswick City CCG", "Nicola Brightwater", "Apologies"),
    ("Chief Executive, GTH", "Adrian Mallory", "Present"),
    ("Chief Operating Officer, GTH", "Marcus Eldridge", "Present"),
    ("Chief Executive, MPH", "Diane Mortlake", "Present"),
    ("Medical Director, Fellside", "Dr Gwen Llewellyn-Hart", "Present"),
    ("Director of HR, Fellside", "Beverley Onuoha", "Apologies"),
    ("Chief Executive, North Coast Ambulance Service", "Howard Whitcombe", "Apologies"),
    ("Director of Public Health, Morrowdene County Council", "Dr Judith Amesbury", "Present"),
    ("Director of Adult Social Care, Glasswick City Council", "Philippa Norcott", "Present"),
    ("Chair, Clinical Reference Group", "Dr Fenella Oakhurst", "Present"),
    ("Healthwatch Glasswick (observer)", "Leonard Ashdown", "Present"),
    ("STP Programme Director", "Helena Stroud-Maddox", "In attendance"),
    ("STP Finance Lead", "Ravi Pemberton-Das", "In attendance"),
    ("Board Secretary (minutes)", "Joanne Keel", "In attendance"),
]
ITEMS = [
    ("1. Welcome and apologies", [
        "The Chair welcomed members and the observer from Healthwatch Glasswick. Apologies were received from the "
        "Director of Commissioning (Glasswick City CCG), the Director of HR (Fellside) and the Chief Executive "
        "(North Coast Ambulance Service). The meeting was quorate.",
    ]),
    ("2. Minutes of the meeting held on 15 December 2016", [
        "The minutes were approved as an accurate record. All actions were complete or are on today's agenda.",
    ]),
    ("3. Urgent & Emergency Care programme", [
        "The Director of Operations (Penfold Coast CCG) reported that she will take up a national secondment at the "
        "end of February and will step down as SRO for the Urgent & Emergency Care programme on 28 February 2017. "
        "The Chair thanked her for leading the programme since its start.",
        "DECISION 17/01: The Board agreed that the Chief Operating Officer (GTH) will be SRO for the Urgent & "
        "Emergency Care programme with effect from 1 March 2017.",
        "The Chief Operating Officer (GTH) confirmed that the integrated NHS 111 and clinical assessment hub (UC1) "
        "remains on track to go live in the week commencing 6 February 2017. The UEC clinical lead presented the "
        "business case for the urgent treatment centre at Morrowdene General Hospital (UC2); the Board supported it, "
        "subject to the outcome of the capital bid.",
    ]),
    ("4. Mental Health programme", [
        "The Medical Director (Fellside) reported that the preferred premises for the crisis café in Morrowdene (MH2) "
        "are no longer available, so the café cannot open in Spring 2017 as planned.",
        "DECISION 17/02: The Board agreed a revised opening date for the crisis café of end of Q2 2017/18.",
    ]),
    ("5. Estates enabler", [
        "The STP Lead reported that the Director of Estates (MPH) has agreed to lead the Estates enabler from "
        "1 February 2017, filling the post shown as 'tbc' in the programme on a page. The draft estates strategy "
        "remains due by the March Board.",
    ]),
    ("6. Finance report", [
        "The STP Finance Lead presented the month 8 finance report. Programme savings of £35.1m are required in "
        "2017/18, of which £12.8m falls to the Acute Reconfiguration programme. Risk R4 (savings slippage) remains "
        "the highest-scoring risk at 20. The Board asked for a savings recovery note before the next meeting.",
    ]),
    ("7. Stroke services review", [
        "The Chief Executive (MPH) reported that the pre-consultation business case for hyper-acute stroke services "
        "is being prepared and that the public consultation remains planned for Summer 2017. The Healthwatch "
        "observer asked that Healthwatch be involved in planning the consultation events; this was agreed.",
    ]),
    ("8. Any other business", ["None."]),
    ("9. Date of next meeting", [
        "Thursday 16 March 2017, 2.00pm, Council Chamber, Morrowdene Town Hall. There is no Board meeting in "
        "February.",
    ]),
]
ACTIONS = [
    ("PB17/01", "Circulate a revised UEC governance chart showing the new SRO", "STP Programme Director", "w/c 6 Feb"),
    ("PB17/02", "Bring premises options for the crisis café to the Board", "Medical Director (Fellside)",
     "by the March Board"),
    ("PB17/03", "Submit the draft estates strategy", "Director of Estates (MPH)", "by the March Board"),
    ("PB17/04", "Circulate a savings recovery note on risk R4", "STP Finance Lead", "28/02/2017"),
    ("PB17/05", "Agree how Healthwatch will be involved in planning the stroke consultation", "Chief Executive (MPH)",
     "end of Q1 2017/18"),
    ("PB17/06", "Confirm the 11 neighbourhood team footprints with both councils",
     "Chief Officer (Morrowdene & Harle CCG)", "Spring 2017"),
]


def _table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def write_minutes():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("Glasswick & Morrowdene STP Partnership Board")
    r.bold, r.font.size = True, Pt(15)
    p = doc.add_paragraph("Minutes of the meeting held on Thursday 19 January 2017, 2.00pm, Committee Room 2, "
                          "Glasswick Civic Centre")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Status: approved by the Board. These minutes refer to members by their role; the names of "
                      "the role holders are given in the attendance record.")
    doc.add_heading("Attendance record", level=2)
    _table(doc, ["Role", "Name", "Attendance"], ATTENDANCE)
    doc.add_paragraph()
    for heading, paras in ITEMS:
        doc.add_heading(heading, level=2)
        for text in paras:
            para = doc.add_paragraph()
            if text.startswith("DECISION"):
                label, rest = text.split(":", 1)
                para.add_run(label + ":").bold = True
                para.add_run(rest)
            else:
                para.add_run(text)
    doc.add_heading("Action log", level=2)
    _table(doc, ["Ref", "Action", "Owner", "Due"], ACTIONS)
    doc.add_paragraph()
    doc.add_paragraph("Minutes taken by the Board Secretary. Signed as a true record by the Chair.")
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Board Secretary"
    cp.title = "Partnership Board minutes 19 January 2017"
    cp.created = cp.modified = datetime(2017, 1, 24, 9, 0, 0)
    cp.revision = 2
    doc.save(OUT / MINUTES)
    pin_zip(OUT / MINUTES, (2017, 1, 24, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 05 PDF: staff questions and answers, two-column Q | A table with a late update
# ---------------------------------------------------------------------------------------------------------------
QA = [
    ("What is the STP and who leads it?",
     "The Sustainability and Transformation Plan (STP) is how the NHS organisations and the two councils in "
     "Glasswick and Morrowdene will work together to 2020/21. Tobias Wrenfield, Chief Officer of Glasswick City CCG, "
     "is the STP Lead. The STP Partnership Board is chaired by our independent chair, Margaret Oyelaran-Finch."),
    ("How many people and practices does the plan cover?",
     "812,400 registered patients in four localities (Glasswick City, Morrowdene, Penfold Coast and Harle Valley), "
     "served by 96 GP practices, two acute trusts and one mental health and community trust."),
    ("Why do we need to change?",
     "If we carry on as we are, the local NHS and social care system faces a gap of £214.6m by 2020/21. The plan "
     "closes it through programme savings, provider efficiency, the Sustainability and Transformation Fund and the "
     "improved Better Care Fund."),
    ("When will the new urgent treatment centre open?",
     "The urgent treatment centre (UTC) at Morrowdene General Hospital is planned to open in Winter 2017/18. It "
     "will see minor injuries and illnesses and is led clinically by Dr Omar Haddad-Reilly."),
    ("Is the stroke unit at Morrowdene General Hospital closing?",
     "No decision has been made. The Acute Reconfiguration programme is reviewing hyper-acute stroke care and will "
     "hold a public consultation in Summer 2017. Any decision will follow the consultation; its date is not yet "
     "known."),
    ("What will change for GP appointments?",
     "Extended access (8am to 8pm, seven days a week) starts with the Glasswick hub from w/c 4 September 2017 and "
     "will cover the whole population by 31 March 2019."),
    ("Who is leading the work on our buildings?",
     "Graham Pettifer, Director of Estates at Morrowdene & Penfold Hospitals NHS Trust, has led the Estates enabler "
     "since 1 February 2017. The draft estates strategy goes to the Partnership Board in March."),
    ("Who is responsible for digital?",
     "Ian Saltash, Chief Information Officer at GTH, is SRO for the Digital enabler and leads the Glasswick & "
     "Morrowdene Care Record. A clinical lead for digital is being recruited."),
    ("When will the crisis café open?",
     "The crisis café in Morrowdene was due to open in Spring 2017. Because the first premises fell through, the "
     "Partnership Board agreed in January that it will now open by the end of Q2 2017/18, once new premises are "
     "secured."),
    ("Will jobs be lost?",
     "The plan does not include compulsory redundancies. Workforce changes are led by Beverley Onuoha, Director of "
     "HR at Fellside, who is SRO for the Workforce enabler."),
    ("How can I find out more or have my say?",
     "Come to a staff roadshow: Glasswick Royal Infirmary on 14 March 2017, Morrowdene General Hospital on 21 March "
     "2017 or Penfold Community Hospital on 28 March 2017, each from 12.30 to 1.30pm. Or e-mail the STP programme "
     "office, led by Helena Stroud-Maddox, STP Programme Director."),
]
LATE_UPDATE = [
    "Late update, added 24 February 2017 after the answers above were agreed",
    "Question 4: the answer above was written before the outcome of the capital bid was known. The urgent treatment "
    "centre at Morrowdene General Hospital will now open on 1 April 2018, not in Winter 2017/18.",
    "Question 11: the Penfold Community Hospital roadshow moves from 28 March to 29 March 2017 (same time). The "
    "other two roadshows are unchanged.",
]


def _footer(text):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("DV", 8)
        canv.drawString(2 * cm, 1.2 * cm, text)
        canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        canv.restoreState()
    return draw


def write_faq():
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    q_st = ParagraphStyle("q", parent=base, fontName="DVB")
    h_st = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=16, leading=20)
    th = ParagraphStyle("th", parent=base, fontName="DVB", textColor=colors.white)
    story = [Paragraph("Glasswick & Morrowdene STP: questions and answers for staff", h_st), Spacer(1, 4),
             Paragraph("Version 2, 24 February 2017. Produced by the STP communications and engagement team for all "
                       "staff of the STP partners.", base), Spacer(1, 10)]
    data = [[Paragraph("Question", th), Paragraph("Answer", th)]]
    for i, (q, a) in enumerate(QA, 1):
        data.append([Paragraph(f"{i}. {q}", q_st), Paragraph(a, base)])
    t = Table(data, colWidths=[5.2 * cm, 11.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [t, Spacer(1, 14)]
    box = Table([[Paragraph(LATE_UPDATE[0], q_st)]] + [[Paragraph(x, base)] for x in LATE_UPDATE[1:]],
                colWidths=[17 * cm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#C00000")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF2CC")),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(box)
    doc = SimpleDocTemplate(str(OUT / FAQ), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="G&M STP staff questions and answers v2",
                            author="STP communications and engagement team", creator="STP PMO")
    f = _footer("G&M STP | Staff questions and answers | v2, 24 February 2017")
    doc.build(story, onFirstPage=f, onLaterPages=f)


# ---------------------------------------------------------------------------------------------------------------
# 06 PDF: independent assurance review, owner column merged over rows
# ---------------------------------------------------------------------------------------------------------------
RECS = [
    # no, recommendation, urgency, owner (None = merged with the row above), target date
    ("1", "Produce a single, baselined 2017/18 delivery plan for all six priorities and the three enablers, "
          "with every milestone owned and dated.", "Critical", "STP Programme Director", "by the March Board"),
    ("2", "Strengthen the programme office with a benefits realisation lead so that savings can be tracked "
          "scheme by scheme.", "Essential", None, "end of Q1 2017/18"),
    ("3", "Agree one STP risk register with the escalation rules applied the same way by every programme.",
     "Recommended", None, "w/c 27 March 2017"),
    ("4", "Produce a savings recovery plan that closes the shortfall against the 2017/18 programme savings of "
          "£35.1m.", "Critical", "STP Finance Lead", "31 March 2017"),
    ("5", "Align provider cost improvement programmes with the STP programme savings so that no saving is "
          "counted twice.", "Essential", None, "Q1 2017/18"),
    ("6", "Complete the pre-consultation business case for hyper-acute stroke services and have it assured "
          "before the consultation starts.", "Essential", "SRO, Acute Reconfiguration", "before consultation launch"),
    ("7", "Confirm the revised capital plan for the Morrowdene urgent treatment centre and hold the new opening "
          "date of 1 April 2018.", "Essential", "SRO, Urgent & Emergency Care", "30 June 2017"),
    ("8", "Publish the evaluation plan for the NHS 111 clinical assessment hub, including its measures of "
          "success.", "Recommended", None, "Autumn 2017"),
]


def write_review():
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    bold = ParagraphStyle("bb", parent=base, fontName="DVB")
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=16, leading=20)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
    th = ParagraphStyle("th", parent=small, fontName="DVB", textColor=colors.white)
    own = ParagraphStyle("own", parent=small, alignment=TA_CENTER)
    story = [
        Paragraph("Independent Assurance Review: Glasswick & Morrowdene Sustainability and Transformation Plan", h1),
        Spacer(1, 6),
        Paragraph("Report of the review team to the STP Lead. Northern Regional Assurance Team.", base),
        Spacer(1, 8),
    ]
    facts = [("Review dates", "1 to 3 March 2017 (interviews at Glasswick Civic Centre)"),
             ("Report date", "9 March 2017"),
             ("Review team leader", "Dr Anthony Garside"),
             ("Review team members", "Priya Ramaswamy; Colin Ashby"),
             ("Commissioned by", "Tobias Wrenfield, STP Lead")]
    ft = Table([[Paragraph(a, bold), Paragraph(b, base)] for a, b in facts], colWidths=[4.5 * cm, 12.5 * cm])
    ft.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDEDED")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [ft, Spacer(1, 12)]
    dca = Table([[Paragraph("Delivery Confidence Assessment: AMBER/RED", bold)],
                 [Paragraph("Successful delivery of the plan is in doubt, with major risks or issues apparent in a "
                            "number of key areas. Urgent action is needed to address these and to establish whether "
                            "resolution is feasible.", base)]], colWidths=[17 * cm])
    dca.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#C55A11")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F8CBAD"))]))
    story += [dca, Spacer(1, 6)]
    story.append(Paragraph("1. Summary of findings", h2))
    for text in [
        "The review team found strong shared leadership and a clear case for change. Partners understand the "
        "do-nothing gap of £214.6m by 2020/21 and the priorities agreed to close it.",
        "Delivery in 2017/18 is the main concern. The programme savings of £35.1m planned for 2017/18 depend on "
        "schemes that have not yet started, and the savings risk (R4) already scores 20. Provider cost improvement "
        "plans and STP savings are not yet reconciled.",
        "The opening of the Morrowdene urgent treatment centre has moved to 1 April 2018 following the capital bid, "
        "and the crisis café has moved to the end of Q2 2017/18. The review team supports both revised dates but "
        "notes that the change was not recorded in a single plan.",
        "Governance is sound. The Partnership Board meets monthly except in February and August, and the handover "
        "of the urgent and emergency care "
        "SRO role on 1 March 2017 was well managed.",
    ]:
        story += [Paragraph(text, base), Spacer(1, 4)]
    story.append(Paragraph("2. Recommendations", h2))
    story.append(Paragraph("Urgency: Critical (do now) - act immediately to increase the likelihood of success. "
                           "Essential (do by) - act before further key decisions are taken. Recommended - the "
                           "programme would benefit from acting on it.", small))
    story.append(Spacer(1, 6))
    data = [[Paragraph(h, th) for h in ["No.", "Recommendation", "Urgency", "Owner", "Target date"]]]
    spans, start = [], None
    for i, (no, rec, urg, owner, due) in enumerate(RECS, 1):
        data.append([Paragraph(no, small), Paragraph(rec, small), Paragraph(urg, small),
                     Paragraph(owner, own) if owner else "", Paragraph(due, small)])
        if owner:
            if start is not None and i - 1 > start:
                spans.append((start, i - 1))
            start = i
    if start is not None and len(RECS) > start:
        spans.append((start, len(RECS)))
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (3, 1), (3, -1), "MIDDLE")]
    style += [("SPAN", (3, a), (3, b)) for a, b in spans]
    t = Table(data, colWidths=[1.0 * cm, 7.9 * cm, 2.7 * cm, 3.1 * cm, 2.3 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 10)]
    story.append(Paragraph("3. Next steps", h2))
    story.append(Paragraph("The STP Lead will take this report and an action plan against each recommendation to the "
                           "Partnership Board. The review team thanks everyone who gave their time to be "
                           "interviewed.", base))
    doc = SimpleDocTemplate(str(OUT / REVIEW), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="G&M STP independent assurance review report",
                            author="Northern Regional Assurance Team", creator="Northern Regional Assurance Team")
    f = _footer("Independent Assurance Review | Glasswick & Morrowdene STP | 9 March 2017 | OFFICIAL")
    doc.build(story, onFirstPage=f, onLaterPages=f)


# ---------------------------------------------------------------------------------------------------------------
def pin_zip(path, when):
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            if name == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{stamp}\g<3>", text)
                blob = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, blob)


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    write_mindmap()
    write_excel()
    write_pptx()
    write_minutes()
    write_faq()
    write_review()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
