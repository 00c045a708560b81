"""Write the Wendholt & Thrushmere STP papers (fifty-fourth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, in genres no earlier bank used:
  01 Palliative and end of life care (PEoLC) strategy implementation plan (PDF, portrait, platypus): a ruled action
     table that runs over a page break with its header row repeated, action leads only as initials (two of them
     sharing letters: JB and JBr) named in an Annex A contacts table, a funding table in GBP thousands with a Total
     row and column, and a risk table whose owners are posts, resolved by the same annex;
  02 Clinical Leadership Group clinical strategy work programme (Word): a cover table with cells merged across, a
     clinical priorities table whose header cells are merged down and across ("Delivery" over Milestone / When),
     programme rows merged across the table and clinical leads merged down over two priorities, and a must-do
     alignment table (must-do 1 one cell merged across every programme, must-do 8 left empty: the gap);
  03 Strategic Estates Group estates strategy summary (PDF, landscape, drawn like a slide deck): number tiles,
     scheme boxes led by posts, a capital table in GBP millions with a Total row and column, a key dates strip, a
     who's-who slide naming the posts' holders;
  04 QIPP and STP scheme tracker 2017/18 (Excel): scheme leads as initials named on a Contacts sheet, a Due column
     holding both real date cells and dates typed as text ("Q3 2017/18", "Sept-17", "w/c 4 September 2017",
     "31/10/2017" as text, "TBC"), plan and forecast savings in GBP thousands with a Total row, a Summary sheet;
  05 shadow Accountable Care Partnership Q3 2016/17 programme review (PowerPoint, real tables): programme
     leadership, Q3 delivery, top risks and a changes slide (a new UEC SRO from 1 April 2017, an estates scheme
     moved from Winter 2017/18 to Q1 2018/19);
  06 Joint Committee of CCGs notice of decisions (plain text, 9 March 2017): a new FEL clinical lead from 1 April
     2017 taking over two actions, a QIPP milestone moved, a "tbc" date set, the next meeting.

Everything is deterministic: reportlab runs in invariant mode, the Office files' core dates and zip entry times are
pinned, nothing is random.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.util import Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))

P1 = "01_WT_STP_PEoLC_Implementation_Plan_v1.3_18Nov2016.pdf"
P2 = "02_WT_STP_Clinical_Leadership_Group_Work_Programme_07Dec2016.docx"
P3 = "03_WT_STP_Estates_Strategy_Summary_SEG_12Jan2017.pdf"
P4 = "04_WT_STP_QIPP_Scheme_Tracker_as_at_31Jan2017.xlsx"
P5 = "05_WT_ACP_Q3_Programme_Review_15Feb2017.pptx"
P6 = "06_WT_Joint_Committee_Notice_of_Decisions_09Mar2017.txt"

PURPLE = colors.HexColor("#4B2C6F")
TEAL = colors.HexColor("#00656B")
GREY = colors.HexColor("#7F7F7F")
LIGHT = colors.HexColor("#EDE7F3")

# ---------------------------------------------------------------------------------------------------------------
# 01 PEoLC implementation plan (PDF, platypus)
# ---------------------------------------------------------------------------------------------------------------
ACTIONS = [
    # ref, action, lead (initials), milestone, by when, RAG
    ("EL01", "Roll out the Electronic Palliative Care Co-ordination System (EPaCS) to every GP practice, St "
     "Cuthwin's Hospice and both acute trusts", "FQ", "EPaCS live in all 64 practices", "Q3 2017/18", "A"),
    ("EL02", "Single 24/7 palliative care advice line for patients, carers and professionals, hosted by St "
     "Cuthwin's Hospice", "HT", "Advice line live", "by end of March 2018", "G"),
    ("EL03", "Rapid discharge home to die pathway at Wendholt Royal Infirmary and Thrushmere General Hospital", "SF",
     "Pathway agreed by both acute trusts", "Sept-17", "G"),
    ("EL04", "\u201cSix Steps\u201d end of life care training for care home staff", "PO",
     "First cohort of 20 care homes complete", "w/c 5 June 2017", "G"),
    ("EL05", "Advance care planning: one shared register of people thought to be in their last year of life", "JB",
     "1% of the registered population on the register", "Winter 2017/18", "A"),
    ("EL06", "Procure an all-age bereavement support service", "LQ", "Contract award", "31/07/2017", "G"),
    ("EL07", "Extend hospice at home to Cadley Vale and Thrushmere North", "NB", "Night sitting service live in "
     "Cadley Vale", "Q4 2017/18", "A"),
    ("EL08", "Compassionate Communities: Dying Matters Week events in every locality", "JBr",
     "Events held in all four localities", "May-17", "G"),
    ("EL09", "Seven-day specialist palliative care team at Wendholt Royal Infirmary", "HT",
     "Weekend specialist palliative care service live", "Q2 2018/19", "A"),
    ("EL10", "\u201cJust in case\u201d anticipatory medicines stocked in 12 community pharmacies", "JB",
     "All 12 pharmacies stocking", "by end of June 2017", "G"),
    ("EL11", "End of life care facilitators in each of the four localities", "PO", "Four facilitators in post",
     "tbc", "R"),
    ("EL12", "One ReSPECT form replacing the separate DNACPR forms of each organisation", "MS",
     "ReSPECT form in use across the footprint", "1 October 2017", "A"),
    ("EL13", "Palliative care for people with dementia: joint pathway with the memory assessment services", "JBr",
     "Joint pathway published", "Spring 2018", "G"),
    ("EL14", "Last days of life: audit of individual care plans in both acute trusts", "SF",
     "Baseline audit reported to the programme board", "Nov-17", "G"),
    ("EL15", "Public information: \u201cPlanning ahead\u201d leaflet and web pages", "JBr",
     "Leaflet published", "Apr-17", "G"),
    ("EL16", "Out-of-hours palliative prescribing: community nurse prescribers in every locality", "BT",
     "Prescribers trained", "2018/19", "A"),
]

CONTACTS = [
    # initials, name, post
    ("BT", "Bronwen Tillotson", "Director of Nursing, Harlock Moor Community & Mental Health NHS Trust"),
    ("FQ", "Dr Farah Qureshi-Dunne", "STP Chief Clinical Information Officer"),
    ("HT", "Dr Hamish Trevail", "Consultant in Palliative Medicine, St Cuthwin's Hospice (programme clinical lead)"),
    ("JB", "Jacqueline Barrowclough", "Primary Care Lead for Frailty & End of Life, NHS Thrushmere & Cadley Vale CCG"),
    ("JBr", "Jonah Brereton", "Public Health Principal, Thrushmere County Council"),
    ("LQ", "Lorna Quayle", "Head of Contracting, NHS Wendholt CCG"),
    ("MS", "Dr Miriam Solway", "Medical Director, Wendholt Royal Hospitals NHS Foundation Trust (programme SRO)"),
    ("NB", "Nerys Bowditch", "Director of Care, St Cuthwin's Hospice"),
    ("PO", "Patience Okonjo", "End of Life Care Facilitator Lead, Harlock Moor Community & Mental Health NHS Trust"),
    ("RA", "Richard Askwith", "Chief Finance Officer, NHS Wendholt CCG"),
    ("SF", "Simon Fairlie", "Discharge Lead, Thrushmere General Hospital NHS Trust"),
]

FUNDING = [  # scheme, 2017/18, 2018/19 (GBP thousands)
    ("EL01 EPaCS roll-out", 180, 95),
    ("EL02 24/7 advice line", 240, 320),
    ("EL04 / EL11 Care home training and facilitators", 145, 160),
    ("EL06 Bereavement support service", 85, 90),
    ("EL07 Hospice at home extension", 410, 455),
    ("EL09 Seven-day specialist palliative care", 130, 260),
]

RISKS = [
    ("R1", "Specialist palliative care nursing posts cannot be recruited to, delaying EL07 and EL09",
     "Director of Nursing, Harlock Moor Community & Mental Health NHS Trust", 4, 4,
     "Joint posts with the hospice; rotation scheme with the acute trusts"),
    ("R2", "EPaCS does not exchange records with the acute trusts' systems", "STP Chief Clinical Information Officer",
     3, 4, "Interoperability tested in the pilot practices before wider roll-out"),
    ("R3", "Hospice charitable income falls and the hospice cannot match-fund hospice at home",
     "Director of Care, St Cuthwin's Hospice", 3, 3, "Fundraising plan; phasing of EL07 reviewed each quarter"),
    ("R4", "Recurrent funding for the advice line is not confirmed after 2018/19",
     "Chief Finance Officer, NHS Wendholt CCG", 4, 3, "Business case to the Joint Committee in the 2018/19 round"),
]


def peolc_plan(path):
    ss = {
        "title": ParagraphStyle("title", fontName="DVB", fontSize=17, leading=21, textColor=PURPLE, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName="DV", fontSize=10.5, leading=14, textColor=GREY, spaceAfter=10),
        "h": ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, textColor=PURPLE, spaceBefore=10,
                            spaceAfter=5),
        "p": ParagraphStyle("p", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6),
        "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5),
        "head": ParagraphStyle("head", fontName="DVB", fontSize=8.5, leading=10.5, textColor=colors.white),
        "note": ParagraphStyle("note", fontName="DVI", fontSize=8, leading=10, textColor=GREY, spaceBefore=3),
    }

    def page(c, doc):
        c.setDateFormatter(lambda *_: "D:20161118090000+00'00'")
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, A4[1] - 12 * mm, "Wendholt & Thrushmere STP | Frailty & End of Life programme")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "PEoLC Strategy Implementation Plan v1.3")
        c.drawString(18 * mm, 10 * mm, "Version 1.3, 18 November 2016. For approval by the FEL Programme Board.")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    def P(t, s="cell"):
        return Paragraph(t, ss[s])

    def ruled(data, widths, head_rows=1, repeat=True):
        t = Table(data, colWidths=widths, repeatRows=head_rows if repeat else 0)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, GREY),
            ("BACKGROUND", (0, 0), (-1, head_rows - 1), PURPLE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return t

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="PEoLC Strategy Implementation Plan v1.3",
                            author="Wendholt & Thrushmere STP Frailty & End of Life programme",
                            subject="Palliative and end of life care", creator="Wendholt & Thrushmere STP")
    s = []
    s.append(Paragraph("Living and Dying Well in Wendholt & Thrushmere", ss["title"]))
    s.append(Paragraph("Palliative and End of Life Care Strategy 2017\u20132021: Implementation Plan. "
                       "Frailty & End of Life (FEL) programme of the Wendholt &amp; Thrushmere Sustainability and "
                       "Transformation Plan. Version 1.3, 18 November 2016.", ss["sub"]))
    s.append(Paragraph("1. Purpose and leadership", ss["h"]))
    s.append(Paragraph(
        "This plan turns the footprint\u2019s Palliative and End of Life Care (PEoLC) Strategy, agreed by the STP "
        "Partnership Board in September 2016, into actions with a lead and a date. It is owned by the FEL Programme "
        "Board. The Senior Responsible Officer for the programme is Dr Miriam Solway, Medical Director of Wendholt "
        "Royal Hospitals NHS Foundation Trust; the clinical lead is Dr Hamish Trevail, Consultant in Palliative "
        "Medicine at St Cuthwin\u2019s Hospice; the programme manager is Gemma Lowrie.", ss["p"]))
    s.append(Paragraph(
        "Each action in section 3 has one lead. To keep the table short, leads are shown by their initials; "
        "Annex A gives their names and posts. Risk owners in section 5 are shown by post and are named in the same "
        "annex.", ss["p"]))
    s.append(Paragraph("2. Why we need to change", ss["h"]))
    s.append(Paragraph(
        "Around 8,100 people die each year in the footprint, which has a registered population of 874,300. Almost "
        "half of them (47%) die in hospital, although most people tell us they would rather die at home or in "
        "their usual place of care. Only 0.4% of the population is on a palliative care register, against 1% "
        "expected. Out of hours, patients, carers and professionals do not know whom to call, and each "
        "organisation keeps its own record of people\u2019s wishes.", ss["p"]))
    s.append(Paragraph(
        "The strategy follows the six national ambitions for palliative and end of life care: each person is seen "
        "as an individual; each person gets fair access to care; maximising comfort and wellbeing; care is "
        "coordinated; all staff are prepared to care; and each community is prepared to help.", ss["p"]))
    s.append(Paragraph(
        "Our aim is that by March 2021 fewer than 40% of deaths happen in hospital, everyone on the register has a "
        "shared care plan, and a single advice line answers day and night. Sections 3 to 5 set out the actions, the "
        "money and the risks; Annex A names the people.", ss["p"]))
    s.append(Paragraph("3. Action plan", ss["h"]))
    s.append(Paragraph(
        "RAG: G on track; A at risk, recovery in hand; R off track or not yet planned. Dates are NHS financial years "
        "(Q1 is April to June).", ss["p"]))
    head = [P(h, "head") for h in ("Ref", "Action", "Lead", "Milestone", "By when", "RAG")]
    rows = [[P(r), P(a), P(ld), P(m), P(w), P(g)] for r, a, ld, m, w, g in ACTIONS]
    t = ruled([head] + rows, [12 * mm, 66 * mm, 12 * mm, 44 * mm, 26 * mm, 12 * mm])
    rag = {"G": "#C6EFCE", "A": "#FFEB9C", "R": "#FFC7CE"}
    t.setStyle(TableStyle([("BACKGROUND", (5, i), (5, i), colors.HexColor(rag[row[5]]))
                           for i, row in enumerate(ACTIONS, 1)]))
    s.append(t)
    s.append(Paragraph("Initials are explained in Annex A.", ss["note"]))

    s.append(Paragraph("4. Funding", ss["h"]))
    s.append(Paragraph(
        "The Joint Committee of CCGs has set aside transformation funding for the schemes below for two years. "
        "All figures are in \u00a3k (thousands of pounds).", ss["p"]))
    fh = [P(h, "head") for h in ("Scheme", "2017/18 \u00a3k", "2018/19 \u00a3k", "Total \u00a3k")]
    frows = [[P(n), P(f"{a:,}"), P(f"{b:,}"), P(f"{a + b:,}")] for n, a, b in FUNDING]
    ta, tb = sum(a for _, a, _ in FUNDING), sum(b for _, _, b in FUNDING)
    frows.append([P("<b>Total</b>"), P(f"<b>{ta:,}</b>"), P(f"<b>{tb:,}</b>"), P(f"<b>{ta + tb:,}</b>")])
    s.append(ruled([fh] + frows, [80 * mm, 28 * mm, 28 * mm, 28 * mm]))
    s.append(Paragraph(
        f"In total the plan commits \u00a3{ta + tb:,}k (\u00a3{(ta + tb) / 1000:.2f}m) over the two years. No funding "
        "has yet been agreed beyond March 2019.", ss["p"]))
    s.append(Paragraph("5. Risks", ss["h"]))
    s.append(Paragraph("Scored likelihood (L) x impact (I), each 1 to 5. Owners are shown by post; Annex A names them.",
                       ss["p"]))
    rh = [P(h, "head") for h in ("ID", "Risk", "Owner", "L", "I", "Score", "Mitigation")]
    rrows = [[P(i), P(r), P(o), P(str(lk)), P(str(im)), P(str(lk * im)), P(m)] for i, r, o, lk, im, m in RISKS]
    s.append(ruled([rh] + rrows, [9 * mm, 48 * mm, 40 * mm, 7 * mm, 7 * mm, 15 * mm, 48 * mm]))
    s.append(PageBreak())
    s.append(Paragraph("Annex A. Contacts", ss["h"]))
    s.append(Paragraph("The people behind the initials in section 3 and the posts in section 5.", ss["p"]))
    ah = [P(h, "head") for h in ("Initials", "Name", "Post")]
    arows = [[P(i), P(n), P(p)] for i, n, p in CONTACTS]
    s.append(ruled([ah] + arows, [18 * mm, 45 * mm, 111 * mm]))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Please send updates on any action to the programme manager, Gemma Lowrie, by the 10th of each month.",
        ss["p"]))
    doc.build(s, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Clinical Leadership Group work programme (Word, merged cells)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO, SRO title
    ("OHC", "Out of Hospital Care", "Colette Marwood", "Chief Officer, NHS Thrushmere & Cadley Vale CCG"),
    ("UEC", "Urgent & Emergency Care", "Ravi Pendrill", "Chief Operating Officer, Thrushmere General Hospital NHS Trust"),
    ("PCO", "Planned Care & Outpatients", "Alastair Ketteridge", "Director of Commissioning, NHS Wendholt CCG"),
    ("MHW", "Mental Health & Wellbeing", "Yvonne Ashdown-Pryce",
     "Chief Executive, Harlock Moor Community & Mental Health NHS Trust"),
    ("FEL", "Frailty & End of Life", "Dr Miriam Solway", "Medical Director, Wendholt Royal Hospitals NHS FT"),
    ("ASC", "Acute Services Collaboration", "Geraint Hollowell", "Director of Finance, Wendholt Royal Hospitals NHS FT"),
]

PRIORITIES = {
    # code: [(ref, priority, clinical lead or None = merged with the row above, milestone, when)]
    "OHC": [("CP1", "Integrated community teams in each of the four localities", "Dr Tunde Adebayo-Lisle",
             "All four locality teams live", "Q3 2017/18"),
            ("CP2", "Extended access to general practice, 8am to 8pm, seven days", None,
             "100% of the population covered", "Mar-19")],
    "UEC": [("CP3", "GP streaming at the front door of both emergency departments", "Dr Owain Harcastle",
             "Streaming live at WRI and TGH", "Oct-17"),
            ("CP4", "Frailty assessment unit beside the Thrushmere General Hospital emergency department",
             "Dr Kezia Morland", "Unit open seven days", "Q4 2017/18")],
    "PCO": [("CP5", "One musculoskeletal (MSK) triage and treatment service", "Mr Kwabena Ampofo-Marsh",
             "Service live", "Q2 2017/18"),
            ("CP6", "Advice and guidance before referral in ten specialties", "Dr Lena Haverford",
             "Advice and guidance in all ten specialties", "by 31/12/2017")],
    "MHW": [("CP7", "Core 24 liaison psychiatry at Wendholt Royal Infirmary", "Dr Ishbel Carrick",
             "Core 24 staffing in post", "Q4 2018/19"),
            ("CP8", "A crisis house in Harlock Moor as an alternative to admission", None, "Crisis house open",
             "Summer 2017"),
            ("CP9", "IAPT for people with long-term conditions", "Dr Omar Fenwick", "First pathway (COPD) live",
             "Sept-17")],
    "FEL": [("CP10", "Palliative and end of life care strategy: implementation plan", "Dr Hamish Trevail",
             "Implementation plan signed off", "Jan-17"),
            ("CP11", "Proactive identification of frailty with the electronic frailty index (eFI)", "Dr Kezia Morland",
             "eFI in use in all practices", "Q1 2017/18")],
    "ASC": [("CP12", "One hyper-acute stroke unit for the footprint", "Dr Petra Vance-Lindqvist",
             "Public consultation", "Autumn 2017"),
            ("CP13", "Shared pathology network across the two acute trusts", "Dr Gideon Farrant",
             "Full business case approved", "Mar-18")],
}

MUSTDOS = [
    "1. STP: a local plan for the footprint",
    "2. Returning the system to aggregate financial balance",
    "3. Sustainable general practice",
    "4. A&E four-hour standard and ambulance response times",
    "5. Referral to treatment within 18 weeks",
    "6. Cancer: 62-day standard and the cancer taskforce",
    "7. Mental health: access standards and the Five Year Forward View",
    "8. Learning disabilities: transforming care",
    "9. Improving quality in organisations (special measures)",
]
ALIGN = {  # must-do number: {programme: "Lead" | "Supports"}; 1 is one merged cell; 8 empty (the gap)
    2: {"ASC": "Lead", "PCO": "Supports", "OHC": "Supports"},
    3: {"OHC": "Lead", "UEC": "Supports"},
    4: {"UEC": "Lead", "OHC": "Supports", "MHW": "Supports", "FEL": "Supports"},
    5: {"PCO": "Lead", "ASC": "Supports"},
    6: {"PCO": "Lead", "ASC": "Supports"},
    7: {"MHW": "Lead"},
    8: {},
    9: {"ASC": "Lead", "FEL": "Supports"},
}


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _set(cell, text, bold=False, size=9.5, centre=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def clg_work_programme(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Wendholt & Thrushmere STP | Clinical Leadership Group"
    sec.footer.paragraphs[0].text = "CLG work programme 2017/18, v1.0, 7 December 2016"

    cover = doc.add_table(rows=4, cols=4)
    cover.style = "Table Grid"
    a = cover.cell(0, 0).merge(cover.cell(0, 3))
    _set(a, "Clinical Strategy Work Programme 2017/18", bold=True, size=14)
    _shade(a, "D9E2F3")
    _set(cover.cell(1, 0), "Meeting", bold=True)
    _set(cover.cell(1, 1), "Clinical Leadership Group")
    _set(cover.cell(1, 2), "Date", bold=True)
    _set(cover.cell(1, 3), "7 December 2016")
    _set(cover.cell(2, 0), "Presented by", bold=True)
    b = cover.cell(2, 1).merge(cover.cell(2, 3))
    _set(b, "Dr Conrad Abelsen, STP Clinical Chair and chair of the Clinical Leadership Group")
    _set(cover.cell(3, 0), "Purpose", bold=True)
    c3 = cover.cell(3, 1).merge(cover.cell(3, 3))
    _set(c3, "To agree the clinical priorities of each STP programme for 2017/18, their clinical leads and "
         "milestones, and how the programmes line up with the nine national must-dos.")

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "The Clinical Leadership Group (CLG) brings together the clinical leads of the six STP programmes with the "
        "medical directors, directors of nursing and GP chairs of the footprint. It meets on the first Wednesday of "
        "each month. This paper sets out the clinical work programme for 2017/18: for each programme its clinical "
        "priorities, the clinician who leads each one, and the milestone by which the CLG will judge progress.")
    doc.add_paragraph(
        "Where one clinician leads two priorities, the name is shown once across both rows. Dates follow the NHS "
        "financial year: Q1 2017/18 is April to June 2017.")
    doc.add_heading("2. Clinical priorities and leads", level=2)

    n_rows = 2 + sum(1 + len(v) for v in PRIORITIES.values())
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Clinical priority", "Clinical lead"]):
        m = t.cell(0, j).merge(t.cell(1, j))
        _set(m, h, bold=True)
        _shade(m, "1F3864")
    d = t.cell(0, 3).merge(t.cell(0, 4))
    _set(d, "Delivery", bold=True, centre=True)
    _shade(d, "1F3864")
    for j, h in [(3, "Milestone"), (4, "When")]:
        _set(t.cell(1, j), h, bold=True)
        _shade(t.cell(1, j), "1F3864")
    for r in (0, 1):
        for cell in t.rows[r].cells:
            for run in cell.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    r = 2
    for code, name, sro, title in PROGRAMMES:
        g = t.cell(r, 0).merge(t.cell(r, 4))
        _set(g, f"{name} ({code}): SRO {sro}, {title}", bold=True)
        _shade(g, "D9E2F3")
        r += 1
        for ref, pri, lead, ms, when in PRIORITIES[code]:
            _set(t.cell(r, 0), ref)
            _set(t.cell(r, 1), pri)
            if lead is None:
                above = t.cell(r - 1, 2)
                text = above.text
                m = above.merge(t.cell(r, 2))
                _set(m, text)
            else:
                _set(t.cell(r, 2), lead)
            _set(t.cell(r, 3), ms)
            _set(t.cell(r, 4), when)
            r += 1

    doc.add_paragraph()
    doc.add_paragraph(
        "The CLG asked that the crisis house (CP8) open before the summer holidays if the refurbishment allows; the "
        "date above is the one the Trust has committed to.")
    doc.add_heading("3. Alignment with the nine national must-dos", level=2)
    doc.add_paragraph(
        "The table shows, for each of the nine must-dos of the 2016/17 planning guidance, which programme leads on "
        "it and which support it. Must-do 1 is the plan itself, to which every programme contributes.")
    codes = [p[0] for p in PROGRAMMES]
    m = doc.add_table(rows=2 + len(MUSTDOS), cols=1 + len(codes))
    m.style = "Table Grid"
    h0 = m.cell(0, 0).merge(m.cell(1, 0))
    _set(h0, "National must-do (2016/17 planning guidance)", bold=True)
    _shade(h0, "D9E2F3")
    hp = m.cell(0, 1).merge(m.cell(0, len(codes)))
    _set(hp, "STP programmes", bold=True, centre=True)
    _shade(hp, "D9E2F3")
    for j, code in enumerate(codes, 1):
        _set(m.cell(1, j), code, bold=True, centre=True)
        _shade(m.cell(1, j), "D9E2F3")
    for i, label in enumerate(MUSTDOS, 2):
        n = i - 1
        _set(m.cell(i, 0), label)
        if n == 1:
            allc = m.cell(i, 1).merge(m.cell(i, len(codes)))
            _set(allc, "All six programmes contribute (the STP is the plan)", centre=True)
            continue
        for j, code in enumerate(codes, 1):
            mark = ALIGN[n].get(code, "")
            _set(m.cell(i, j), mark, bold=mark == "Lead", centre=True)
            if mark == "Lead":
                _shade(m.cell(i, j), "C6E0B4")
    doc.add_paragraph()
    doc.add_paragraph(
        "No programme leads on or supports must-do 8 (learning disabilities). The CLG noted that transforming care "
        "for people with a learning disability is taken forward by the Transforming Care Partnership, which reports "
        "to the Partnership Board separately, and asked the STP Programme Director to confirm how it will report to "
        "the CLG.")
    doc.add_heading("4. Decisions for the CLG", level=2)
    doc.add_paragraph("The CLG is asked to agree the clinical priorities, leads and milestones in section 2 and the "
                      "must-do alignment in section 3, and to receive a progress report from each clinical lead every "
                      "quarter, starting in April 2017.")
    cp = doc.core_properties
    cp.author = "Dr Conrad Abelsen"
    cp.title = "CLG Clinical Strategy Work Programme 2017/18"
    cp.created = cp.modified = datetime(2016, 12, 7, 9, 0, 0)
    cp.last_modified_by = "Dr Conrad Abelsen"
    cp.revision = 1
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 03 Estates strategy summary (PDF, landscape deck drawn on the canvas)
# ---------------------------------------------------------------------------------------------------------------
W, H = 960, 540
ESTATES = [
    # ref, scheme, lead (post), target, capital by year (GBP m, 17/18, 18/19, 19/20)
    ("EST1", "Thrushmere Health & Wellbeing Centre (integrated community hub)",
     "Director of Strategy, NHS Thrushmere & Cadley Vale CCG", "Q4 2018/19", (2.0, 8.5, 3.7)),
    ("EST2", "Urgent Treatment Centre at the front door of Wendholt Royal Infirmary",
     "Director of Estates & Facilities, Wendholt Royal Hospitals NHS FT", "Winter 2017/18", (4.5, 2.0, 0.0)),
    ("EST3", "Cadley Vale Community Hospital reconfiguration",
     "Head of Estates, Harlock Moor Community & Mental Health NHS Trust", "Mar-19", (0.8, 5.2, 3.8)),
    ("EST4", "Disposal of the St Aldhelm's Hospital site (One Public Estate)",
     "Head of Property, Thrushmere County Council", "Mar-18", None),
    ("EST5", "Crisis house refurbishment, Harlock Moor",
     "Head of Estates, Harlock Moor Community & Mental Health NHS Trust", "Summer 2017", (1.6, 0.0, 0.0)),
    ("EST6", "Wendholt East primary care hub (ETTF bid)", "Head of Primary Care, NHS Wendholt CCG", "2018/19",
     (0.5, 4.4, 2.5)),
    ("EST7", "Shared pathology hub laboratory, Wendholt", "Clinical Director of Pathology, Wendholt Royal Hospitals "
     "NHS FT", "Q2 2019/20", (0.6, 3.9, 2.8)),
]
WHOS_WHO = [
    ("Chair, Strategic Estates Group", "Geraint Hollowell", "Director of Finance, Wendholt Royal Hospitals NHS FT"),
    ("Director of Strategy, NHS Thrushmere & Cadley Vale CCG", "Imogen Catterall", "EST1"),
    ("Director of Estates & Facilities, Wendholt Royal Hospitals NHS FT", "Nigel Sturridge", "EST2"),
    ("Head of Estates, Harlock Moor Community & Mental Health NHS Trust", "Ruairi Phelan", "EST3, EST5"),
    ("Head of Property, Thrushmere County Council", "Sandra Oyelaran", "EST4"),
    ("Head of Primary Care, NHS Wendholt CCG", "Tobias Wenlock", "EST6"),
    ("Clinical Director of Pathology, Wendholt Royal Hospitals NHS FT", "Dr Gideon Farrant", "EST7"),
]
DECK_FOOT = "Wendholt & Thrushmere STP | Estates Strategy 2016-2021: summary | Strategic Estates Group, 12 January 2017"


def _wrap(text, font, size, width):
    out = []
    for part in text.split("\n"):
        out += simpleSplit(part, font, size, width) or [""]
    return out


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Estates Strategy 2016-2021: summary for the Strategic Estates Group")
        self.c.setAuthor("Wendholt & Thrushmere STP Estates workstream")
        self.c.setSubject("STP estates strategy")
        self.c.setCreator("Wendholt & Thrushmere STP")
        self.c.setDateFormatter(lambda *_: "D:20170112090000+00'00'")
        self.n = 0

    def slide(self, title):
        self.n += 1
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 58, W, 58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 21)
        c.drawString(34, H - 38, title)
        c.setFillColor(colors.black)

    def end(self):
        c = self.c
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(34, 28, W - 34, 28)
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(34, 15, DECK_FOOT)
        c.drawRightString(W - 34, 15, str(self.n))
        c.showPage()

    def text(self, x, y, lines, font="DV", size=11, width=400, colour=colors.black, lead=None):
        c = self.c
        c.setFillColor(colour)
        lead = lead or size + 3
        for line in lines:
            for part in _wrap(line, font, size, width):
                c.setFont(font, size)
                c.drawString(x, y, part)
                y -= lead
        c.setFillColor(colors.black)
        return y


def estates_deck(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 32)
    c.drawString(60, 330, "Estates Strategy 2016-2021")
    c.setFont("DV", 18)
    c.drawString(60, 296, "Summary for the Strategic Estates Group")
    c.setFont("DV", 13)
    c.drawString(60, 250, "Wendholt & Thrushmere Sustainability and Transformation Plan")
    c.drawString(60, 230, "Strategic Estates Group, 12 January 2017 | Version 2.0")
    c.showPage()

    # 2 tiles
    d.slide("The estate at a glance")
    tiles = [("\u00a346.8m", "capital needed for six schemes, 2017/18 to 2019/20"),
             ("11%", "of the NHS estate empty or under-used"),
             ("3", "surplus sites to be released by 2020/21"),
             ("\u00a32.9m", "a year lower running costs by 2020/21")]
    for k, (big, cap) in enumerate(tiles):
        x = 40 + k * 225
        c.setFillColor(colors.HexColor("#E2F0F1"))
        c.roundRect(x, 250, 205, 170, 8, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 34)
        c.drawCentredString(x + 102, 360, big)
        d.text(x + 14, 320, [cap], size=12, width=180)
    d.text(40, 200, [
        "The strategy supports the STP's care model: more care in community hubs, urgent care at the hospital front "
        "door, fewer and better buildings. Each scheme has a lead, named on slide 6 by post. Capital is in "
        "\u00a3m (millions of pounds)."], size=12, width=880)
    d.end()

    # 3 scheme boxes
    d.slide("Our estates schemes and who leads them")
    for k, (ref, name, lead, target, cap) in enumerate(ESTATES):
        col, row = k % 4, k // 4
        x, y = 34 + col * 226, 262 - row * 222
        c.setFillColor(colors.HexColor("#F2F2F2"))
        c.setStrokeColor(TEAL)
        c.roundRect(x, y, 212, 205, 6, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.rect(x, y + 177, 212, 28, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 13)
        c.drawString(x + 8, y + 186, ref)
        yy = d.text(x + 8, y + 160, [name], font="DVB", size=10, width=196)
        yy = d.text(x + 8, yy - 4, [f"Lead: {lead}"], size=9, width=196)
        yy = d.text(x + 8, yy - 4, [f"Target: {target}"], font="DVB", size=9.5, width=196)
        money = f"Capital: \u00a3{sum(cap):.1f}m" if cap else "Capital receipt: \u00a34.1m (estimate)"
        d.text(x + 8, yy - 4, [money], size=9, width=196)
    d.end()

    # 4 capital table
    d.slide("Capital requirement by scheme and year (\u00a3m)")
    heads = ["Scheme", "2017/18", "2018/19", "2019/20", "Total"]
    widths = [430, 110, 110, 110, 110]
    rows = [[f"{ref} {name}"] + [f"{v:.1f}" for v in cap] + [f"{sum(cap):.1f}"]
            for ref, name, _, _, cap in ESTATES if cap]
    tot = [round(sum(e[4][j] for e in ESTATES if e[4]), 1) for j in range(3)]
    rows.append(["Total"] + [f"{v:.1f}" for v in tot] + [f"{sum(tot):.1f}"])
    y = H - 90
    x0 = 34
    for i, cells in enumerate([heads] + rows):
        h = 32
        x = x0
        for j, (txt, w) in enumerate(zip(cells, widths)):
            if i == 0 or i == len(rows):
                c.setFillColor(TEAL if i == 0 else colors.HexColor("#D9D9D9"))
                c.rect(x, y - h, w, h, stroke=0, fill=1)
            c.setStrokeColor(GREY)
            c.rect(x, y - h, w, h, stroke=1, fill=0)
            c.setFillColor(colors.white if i == 0 else colors.black)
            c.setFont("DVB" if i in (0, len(rows)) else "DV", 10)
            if j == 0:
                c.drawString(x + 6, y - 20, txt)
            else:
                c.drawRightString(x + w - 8, y - 20, txt)
            x += w
        y -= h
    d.text(34, y - 24, [
        "EST4 needs no capital: the sale of the St Aldhelm's Hospital site is expected to bring a capital receipt of "
        "about \u00a34.1m, to be set against EST3."], size=11, width=880)
    d.end()

    # 5 key dates strip
    d.slide("Key dates")
    events = [("Feb 2017", "ETTF bid for EST6 submitted"), ("Summer 2017", "EST5 crisis house reopens"),
              ("Summer 2017", "Public consultation on Cadley Vale Community Hospital"),
              ("Winter 2017/18", "EST2 Urgent Treatment Centre opens"), ("Mar-18", "EST4 St Aldhelm's site sold"),
              ("Q4 2018/19", "EST1 Health & Wellbeing Centre opens"), ("Mar-19", "EST3 Cadley Vale works complete")]
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(50, 300, W - 50, 300)
    for k, (when, what) in enumerate(events):
        x = 70 + k * 128
        c.setFillColor(TEAL)
        c.circle(x, 300, 7, stroke=0, fill=1)
        d.text(x - 50, 330, [when], font="DVB", size=11, width=118)
        d.text(x - 50, 270, [what], size=9.5, width=118)
    d.end()

    # 6 who's who
    d.slide("Who's who")
    d.text(34, H - 90, ["Scheme leads are named by post on slide 3. The post-holders are:"], size=12, width=880)
    y = H - 130
    for post, name, note in WHOS_WHO:
        c.setFont("DV", 11)
        c.drawString(40, y, post)
        c.setFont("DVB", 11)
        c.drawString(520, y, name)
        c.setFont("DV", 10)
        c.drawString(720, y, note)
        c.setStrokeColor(colors.HexColor("#D9D9D9"))
        c.setLineWidth(0.5)
        c.line(34, y - 8, W - 34, y - 8)
        y -= 34
    d.text(34, y - 10, ["The Strategic Estates Group meets every second month and reports to the STP Partnership "
                        "Board through the Finance & Investment Committee."], size=11, width=880)
    d.end()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 04 QIPP tracker (Excel)
# ---------------------------------------------------------------------------------------------------------------
QIPP = [
    # ref, programme, scheme, lead, next milestone, due (datetime = real date cell, str = typed text), status,
    # plan GBP k, forecast GBP k
    ("Q01", "OHC", "Integrated community teams: admission avoidance", "TAL", "All four locality teams live",
     "Q3 2017/18", "On track", 1850, 1850),
    ("Q02", "OHC", "Enhanced health in care homes: multidisciplinary ward rounds", "FG",
     "Ward rounds in 40 care homes", datetime(2017, 9, 30), "At risk", 620, 480),
    ("Q03", "UEC", "GP streaming at both emergency departments", "OH", "Streaming live at WRI and TGH", "Oct-17",
     "On track", 900, 900),
    ("Q04", "UEC", "Ambulance hear and treat and see and treat", "DY", "Hear and treat at 12% of 999 calls",
     datetime(2017, 7, 3), "At risk", 1150, 1050),
    ("Q05", "PCO", "Single MSK triage and treatment service", "KAM", "Triage contract signed", datetime(2017, 4, 28),
     "On track", 700, 700),
    ("Q06", "PCO", "Outpatient follow-up reduction", "HL", "New to follow-up ratio of 1:1.8",
     "by end of March 2018", "At risk", 1400, 1250),
    ("Q07", "PCO", "Procedures of limited clinical value: revised policy", "AK", "Revised policy live",
     datetime(2017, 6, 30), "Off track", 850, 600),
    ("Q08", "MHW", "Out of area placements repatriated", "MT", "No out of area acute placements", "Winter 2017/18",
     "On track", 1200, 1200),
    ("Q09", "MHW", "IAPT for long-term conditions", "IC", "First pathway (COPD) live", "w/c 4 September 2017",
     "On track", 300, 300),
    ("Q10", "FEL", "Rapid discharge home to die: bed days saved", "SF", "Pathway agreed by both acute trusts",
     "Sept-17", "On track", 450, 450),
    ("Q11", "FEL", "Proactive frailty identification (eFI)", "KM", "eFI in use in all practices",
     datetime(2017, 5, 31), "On track", 380, 380),
    ("Q12", "ASC", "Shared pathology network", "GF", "Full business case approved", "Mar-18", "At risk", 2100, 1800),
    ("Q13", "ASC", "Agency staffing within the cap", "GH", "Agency spend within the cap for three months running",
     "31/10/2017", "On track", 1600, 1600),
    ("Q14", "ASC", "Biosimilar medicines switching", "RA", "Switch complete in both acute trusts", "TBC", "At risk",
     1100, 1100),
]
QIPP_CONTACTS = [
    ("AK", "Alastair Ketteridge", "Director of Commissioning, NHS Wendholt CCG (PCO SRO)"),
    ("DY", "Dominic Yeardley", "Programme Manager, Urgent & Emergency Care"),
    ("FG", "Ffion Greaves", "Programme Manager, Out of Hospital Care"),
    ("GF", "Dr Gideon Farrant", "Clinical Director of Pathology, Wendholt Royal Hospitals NHS FT"),
    ("GH", "Geraint Hollowell", "Director of Finance, Wendholt Royal Hospitals NHS FT (ASC SRO)"),
    ("HL", "Hannah Lusted", "Programme Manager, Planned Care & Outpatients"),
    ("IC", "Dr Ishbel Carrick", "Clinical Lead, Mental Health & Wellbeing"),
    ("KAM", "Mr Kwabena Ampofo-Marsh", "Consultant Orthopaedic Surgeon; Clinical Lead, Planned Care & Outpatients"),
    ("KM", "Dr Kezia Morland", "Consultant Geriatrician, Thrushmere General Hospital NHS Trust"),
    ("MT", "Marcus Threlfall", "Programme Manager, Mental Health & Wellbeing"),
    ("OH", "Dr Owain Harcastle", "Clinical Lead, Urgent & Emergency Care"),
    ("RA", "Richard Askwith", "Chief Finance Officer, NHS Wendholt CCG"),
    ("SF", "Simon Fairlie", "Discharge Lead, Thrushmere General Hospital NHS Trust"),
    ("TAL", "Dr Tunde Adebayo-Lisle", "Clinical Lead, Out of Hospital Care"),
]


def qipp_tracker(path):
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="4B2C6F")
    white = Font(bold=True, color="FFFFFF")

    rm = wb.active
    rm.title = "Read me"
    for i, line in enumerate([
        "Wendholt & Thrushmere STP: QIPP and STP scheme tracker 2017/18",
        "Position as at 31 January 2017. Maintained by the STP Programme Management Office.",
        "One row per scheme. Leads are shown by initials; the Contacts sheet gives their names.",
        "Due: the date of the scheme's next milestone. Some dates are entered as dates, others as text "
        "(quarters, months, seasons or 'TBC').",
        "Plan and Forecast are 2017/18 savings in GBP thousands (\u00a3k).",
        "Status: On track / At risk / Off track.",
    ], 1):
        rm.cell(i, 1, line).font = bold if i == 1 else Font()
    rm.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "QIPP and STP scheme tracker 2017/18 (as at 31 January 2017)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Programme", "Scheme", "Lead", "Next milestone", "Due", "Status", "Plan \u00a3k",
             "Forecast \u00a3k"]
    for j, h in enumerate(heads, 1):
        cell = ws.cell(3, j, h)
        cell.font, cell.fill = white, head_fill
    r = 4
    for row in QIPP:
        for j, v in enumerate(row, 1):
            cell = ws.cell(r, j, v)
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
                cell.alignment = Alignment(horizontal="right")
            if j in (8, 9):
                cell.number_format = "#,##0"
        r += 1
    ws.cell(r, 1, "Total").font = bold
    ws.cell(r, 8, sum(q[7] for q in QIPP)).font = bold
    ws.cell(r, 9, sum(q[8] for q in QIPP)).font = bold
    ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "#,##0"
    for col, w in zip("ABCDEFGHI", (7, 11, 52, 7, 44, 20, 11, 11, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Savings by programme, 2017/18 (\u00a3k)"
    sm["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Programme", "Plan \u00a3k", "Forecast \u00a3k", "Variance \u00a3k"], 1):
        cell = sm.cell(3, j, h)
        cell.font, cell.fill = white, head_fill
    r = 4
    names = {p[0]: p[1] for p in PROGRAMMES}
    for code, _, _, _ in PROGRAMMES:
        plan = sum(q[7] for q in QIPP if q[1] == code)
        fc = sum(q[8] for q in QIPP if q[1] == code)
        for j, v in enumerate([f"{names[code]} ({code})", plan, fc, fc - plan], 1):
            sm.cell(r, j, v).number_format = "#,##0;(#,##0)"
        r += 1
    tp, tf = sum(q[7] for q in QIPP), sum(q[8] for q in QIPP)
    for j, v in enumerate(["Total", tp, tf, tf - tp], 1):
        sm.cell(r, j, v).font = bold
        sm.cell(r, j).number_format = "#,##0;(#,##0)"
    sm.cell(r + 2, 1, f"Total 2017/18 QIPP plan: \u00a3{tp / 1000:.1f}m. Forecast shortfall: \u00a3{tp - tf:,}k.")
    sm.column_dimensions["A"].width = 40

    ct = wb.create_sheet("Contacts")
    for j, h in enumerate(["Initials", "Name", "Role"], 1):
        cell = ct.cell(1, j, h)
        cell.font, cell.fill = white, head_fill
    for i, row in enumerate(QIPP_CONTACTS, 2):
        for j, v in enumerate(row, 1):
            ct.cell(i, j, v)
    ct.column_dimensions["B"].width = 28
    ct.column_dimensions["C"].width = 70

    wb.properties.creator = "Wendholt & Thrushmere STP PMO"
    wb.properties.title = "QIPP and STP scheme tracker 2017/18"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 3, 9, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 ACP Q3 programme review (PowerPoint, real tables)
# ---------------------------------------------------------------------------------------------------------------
def _table(slide, rows, left, top, widths, size=11, row_h=0.42):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(left), Inches(top),
                                   Inches(sum(widths)), Inches(row_h * len(rows)))
    tbl = shape.table
    for j, w in enumerate(widths):
        tbl.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(size)
                    run.font.bold = i == 0
    return tbl


def acp_review(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    title_only = prs.slide_layouts[5]

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Wendholt & Thrushmere Accountable Care Partnership (shadow form)"
    s.placeholders[1].text = "Quarter 3 2016/17 programme review\nACP Board, 15 February 2017"

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Programme leadership"
    rows = [["Programme", "SRO", "Clinical lead", "Programme manager"],
            ["Out of Hospital Care (OHC)", "Colette Marwood", "Dr Tunde Adebayo-Lisle", "Ffion Greaves"],
            ["Urgent & Emergency Care (UEC)", "Ravi Pendrill", "Dr Owain Harcastle", "Dominic Yeardley"],
            ["Planned Care & Outpatients (PCO)", "Alastair Ketteridge", "Mr Kwabena Ampofo-Marsh", "Hannah Lusted"],
            ["Mental Health & Wellbeing (MHW)", "Yvonne Ashdown-Pryce", "Dr Ishbel Carrick", "Marcus Threlfall"],
            ["Frailty & End of Life (FEL)", "Dr Miriam Solway", "Dr Hamish Trevail", "Gemma Lowrie"],
            ["Acute Services Collaboration (ASC)", "Geraint Hollowell", "Dr Petra Vance-Lindqvist", "Aled Rowcroft"]]
    _table(s, rows, 0.6, 1.6, [3.8, 2.8, 3.2, 2.3])

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Quarter 3 2016/17: milestones delivered"
    rows = [["Programme", "Milestones due in Q3", "Delivered", "Slipped", "Overall RAG"],
            ["OHC", "5", "4", "1", "Amber/Green"],
            ["UEC", "6", "3", "3", "Amber/Red"],
            ["PCO", "4", "4", "0", "Green"],
            ["MHW", "3", "2", "1", "Amber"],
            ["FEL", "4", "3", "1", "Amber/Green"],
            ["ASC", "3", "1", "2", "Amber/Red"],
            ["Total", "25", "17", "8", ""]]
    _table(s, rows, 0.6, 1.6, [2.6, 2.6, 2.0, 2.0, 2.6])

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Top system risks"
    rows = [["ID", "Risk", "Programme", "Owner", "Score (L x I)"],
            ["SR1", "Winter demand exceeds bed capacity at Thrushmere General Hospital", "UEC", "Ravi Pendrill",
             "20"],
            ["SR2", "QIPP savings forecast falls short of the 2017/18 plan", "ASC", "Richard Askwith", "16"],
            ["SR3", "Core 24 consultant psychiatrists cannot be recruited", "MHW", "Dr Ishbel Carrick", "12"],
            ["SR4", "Planning permission for the Urgent Treatment Centre is delayed", "UEC", "Nigel Sturridge",
             "15"]]
    _table(s, rows, 0.6, 1.6, [0.8, 5.6, 1.5, 2.6, 1.7], size=11, row_h=0.55)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Changes agreed at the ACP Board on 9 February 2017"
    rows = [["Item", "Was", "Now", "Effective / reason"],
            ["SRO, Urgent & Emergency Care (UEC)", "Ravi Pendrill, Chief Operating Officer, Thrushmere General "
             "Hospital NHS Trust", "Dr Sunniva Ekwall, Medical Director, Thrushmere General Hospital NHS Trust",
             "From 1 April 2017. Ravi Pendrill leaves the Trust on 31 March 2017."],
            ["EST2 Urgent Treatment Centre, Wendholt Royal Infirmary: opening", "Winter 2017/18", "Q1 2018/19",
             "Planning permission not expected before June 2017; building work moves into 2018."]]
    _table(s, rows, 0.6, 1.6, [3.0, 3.2, 3.2, 2.8], size=11, row_h=0.9)
    box = s.shapes.add_textbox(Inches(0.6), Inches(5.2), Inches(12), Inches(0.8))
    box.text_frame.text = ("These changes stand over the earlier papers (the Estates Strategy summary of 12 January "
                           "2017 and the programme leadership table).")

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Next steps"
    box = s.shapes.add_textbox(Inches(0.6), Inches(1.6), Inches(12), Inches(3))
    tf = box.text_frame
    tf.text = "Programme managers to update the QIPP tracker by 28 February 2017."
    for line in ["Quarter 4 review to the ACP Board on 17 May 2017.",
                 "Dr Sunniva Ekwall and Ravi Pendrill to hand over the A&E Delivery Board in March 2017."]:
        tf.add_paragraph().text = line

    cp = prs.core_properties
    cp.author = "Wendholt & Thrushmere STP PMO"
    cp.title = "ACP Q3 2016/17 programme review"
    cp.created = cp.modified = datetime(2017, 2, 15, 9, 0, 0)
    cp.last_modified_by = "Wendholt & Thrushmere STP PMO"
    cp.revision = 1
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Joint Committee notice of decisions (plain text)
# ---------------------------------------------------------------------------------------------------------------
NOTICE = """JOINT COMMITTEE OF THE WENDHOLT & THRUSHMERE CLINICAL COMMISSIONING GROUPS
NOTICE OF DECISIONS

Meeting held in public on Thursday 9 March 2017 at Cadley Vale Community
Hospital. Published under paragraph 8.3 of the Joint Committee's standing
orders. Chair: Dr Anselm Varga.

This notice records the decisions of the Joint Committee. Where a decision
below differs from an earlier STP paper (the Palliative and End of Life Care
implementation plan of 18 November 2016 or the QIPP tracker as at 31 January
2017), the decision below stands.

JC/17/08  Frailty & End of Life: clinical leadership
          The Committee noted that Dr Hamish Trevail retires from St
          Cuthwin's Hospice on 31 March 2017 and thanked him for his work.
          Dr Rosalind Achebe-Fenn, Consultant in Palliative Medicine,
          becomes clinical lead for the Frailty & End of Life programme
          from 1 April 2017. From the same date she also leads actions EL02
          (24/7 advice line) and EL09 (seven-day specialist palliative care
          team) of the implementation plan.

JC/17/09  Procedures of limited clinical value (QIPP scheme Q07)
          The revised policy will not be ready for 30/06/2017 as the
          tracker shows, because the clinical consultation has been
          extended. The policy go-live moves to 29 September 2017. The
          savings forecast is unchanged.

JC/17/10  End of life care facilitators (action EL11)
          The date for EL11, shown as "tbc" in the implementation plan, is
          now set: four facilitators will be in post by Q2 2017/18, funded
          from the \u00a3305k agreed for care home training and facilitators.

JC/17/11  Thrushmere Health & Wellbeing Centre (EST1)
          The Committee supported the outline business case for EST1, with
          capital of \u00a314.2m, for submission to NHS England.

JC/17/12  Urgent & Emergency Care SRO
          The Committee noted the change agreed by the ACP Board: Dr Sunniva
          Ekwall becomes SRO for Urgent & Emergency Care from 1 April 2017.

Next meeting: Thursday 13 April 2017, 2pm, Wendholt Civic Centre.

Lucinda Harrop
Secretary to the Joint Committee
"""


def fix_zip(path: Path, stamp: str, when: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", b"\\g<1>" + stamp.encode(), data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    peolc_plan(OUT / P1)
    clg_work_programme(OUT / P2)
    fix_zip(OUT / P2, "2016-12-07T09:00:00Z", (2016, 12, 7, 9, 0, 0))
    estates_deck(OUT / P3)
    qipp_tracker(OUT / P4)
    fix_zip(OUT / P4, "2017-02-03T09:00:00Z", (2017, 2, 3, 9, 0, 0))
    acp_review(OUT / P5)
    fix_zip(OUT / P5, "2017-02-15T09:00:00Z", (2017, 2, 15, 9, 0, 0))
    (OUT / P6).write_text(NOTICE, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
