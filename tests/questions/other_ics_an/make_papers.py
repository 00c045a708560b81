"""Write the Aldwyke & Brennerton STP papers (fortieth imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan, October 2016 to March 2017:
  01 STP Checkpoint Return to NHS England (PDF, platypus, A4 portrait): the national return template, each
     question a shaded prompt box (reference, the template's wording and guidance, with a made-up example in
     the guidance) followed by the footprint's response; key:value response tables, a leadership table, one
     milestone table per priority (Ref / Initiative / Milestone owner / Key milestone / Date), a £m savings
     table with a Total row and column, the gap bridge, enabler leads with one "tbc";
  02 Clinical Board must-do assessment (PowerPoint): a real table with the nine must-dos down and P1..P6
     across whose cells hold each priority's contribution as a short phrase (blank = none), must-do 1 one
     cell merged across the priorities, a Confidence column of High / Medium / Low, must-do 8 empty;
  03 Health and Wellbeing Board report (Word) in local-authority committee format: a cover block (Report to,
     Date of meeting, Report of, Report author and contact details, Wards affected, Key decision), lettered
     recommendations, paragraphs numbered as text, an Implications table with "Verified by" officers and a
     Background papers list;
  04 monthly milestone return (Excel): one row per milestone with the Checkpoint baseline, then one "as at"
     column per month-end (header cells are real dates) holding the forecast reported that month (blank = no
     change reported), a status and a comment; a Read me sheet saying the right-most entry governs, a Finance
     sheet of 2016/17 plan vs forecast outturn;
  05 Partnership Board record of decisions with a corrigendum to the Checkpoint Return (plain text): decisions
     numbered D17/03/nn (a new SRO from a date, a filled "tbc"), then corrections in "for ... read ..." form
     keyed by the Return's page, section and ref (two moved dates, an SRO, an initiative owner, the
     population), saying they stand over the February return; actions as bracket tags; the next meeting.

Deterministic: reportlab invariant mode, fixed metadata, Office zips rewritten with fixed times and core dates.
usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.util import Emu
from pptx.util import Pt as PPt
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
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

RETURN = "01_AB_STP_Checkpoint_Return_21Oct2016.pdf"
MUSTDO = "02_AB_Clinical_Board_Must_Do_Assessment_17Nov2016.pptx"
HWB = "03_Aldwyke_HWB_Report_STP_Update_15Dec2016.docx"
TRACKER = "04_AB_STP_Monthly_Milestone_Return_Feb2017.xlsx"
DECISIONS = "05_AB_STP_Partnership_Board_Decisions_and_Corrigendum_16Mar2017.txt"

# ---------------------------------------------------------------------------------------------------------------
# The footprint
# ---------------------------------------------------------------------------------------------------------------
PRIORITIES = [
    # code, name, SRO, SRO title, clinical lead, clinical lead title
    ("P1", "Healthy Lives", "Dr Morwenna Ashdown", "Director of Public Health, Aldwyke City Council",
     "Dr Ifeoma Tallisker", "GP, Brennerton & Coldstowe CCG"),
    ("P2", "Care Closer to Home", "Nathaniel Pryce", "Accountable Officer, Brennerton & Coldstowe CCG",
     "Dr Hester Lockridge", "GP and Clinical Chair, Aldwyke City CCG"),
    ("P3", "Urgent & Emergency Care", "Gwendolyn Farrier", "Chief Operating Officer, Aldwyke Teaching Hospitals NHS FT",
     "Dr Rafael Okonjo", "Consultant in Emergency Medicine, Aldwyke General Infirmary"),
    ("P4", "Elective Care & Cancer", "Crispin Mallender", "Director of Commissioning, Aldwyke City CCG",
     "Mr Aurelio Fenchurch", "Consultant Colorectal Surgeon, Aldwyke Teaching Hospitals NHS FT"),
    ("P5", "Mental Health", "Beatrix Holmwood", "Chief Executive, Aldwyke & Brennerton Partnership NHS FT",
     "Dr Sunniva Achterberg", "Consultant Psychiatrist, Aldwyke & Brennerton Partnership NHS FT"),
    ("P6", "Acute Services Review", "Leopold Varga", "Chief Executive, Brennerton & District Hospital NHS Trust",
     "Dr Cordelia Nyamweya", "Medical Director, Brennerton & District Hospital NHS Trust"),
]

MILESTONES = {
    # ref: (initiative, milestone owner, key milestone, date as in the Return)
    "P1": [
        ("P1.1", "National Diabetes Prevention Programme (wave 2)", "Priyanka Lemmon",
         "All practices referring to the NDPP provider", "Q4 16/17"),
        ("P1.2", "Making Every Contact Count (MECC) for front-line staff", "Gideon Sallis",
         "2,000 front-line staff trained", "Mar-18"),
        ("P1.3", "Social prescribing link workers", "Dr Ifeoma Tallisker",
         "Service live in 40 practices", "1 July 2017"),
        ("P1.4", "Alcohol care team at Aldwyke General Infirmary", "Ros Keverne",
         "Seven-day alcohol care team in place", "tbc"),
    ],
    "P2": [
        ("P2.1", "Integrated Locality Teams (community nursing, therapy, social care) in 11 localities",
         "Dr Hester Lockridge", "Wave 1 (four localities) live; all 11 localities live",
         "Wave 1: Q4 16/17; all 11: Q3 17/18"),
        ("P2.2", "Extended GP access hubs, 8am to 8pm seven days a week", "Anselm Greaves",
         "First three hubs open; 100% population coverage", "First three hubs: 01/04/2017; 100%: Mar-19"),
        ("P2.3", "Enhanced health in care homes", "Jocasta Penrose",
         "All 64 care homes aligned to a named practice", "Sep-17"),
        ("P2.4", "Community pharmacy minor ailments scheme", "Ellis Durrant",
         "Scheme commissioned across the footprint", "time frame as yet unknown"),
    ],
    "P3": [
        ("P3.1", "GP streaming at the Aldwyke and Brennerton emergency departments", "Dr Rafael Okonjo",
         "Streaming in place at both front doors", "1 October 2017"),
        ("P3.2", "Coldstowe Urgent Treatment Centre (from the minor injuries unit)", "Marius Threlfall",
         "Urgent treatment centre open", "Winter 2017/18"),
        ("P3.3", "NHS 111 clinical assessment service", "Delphine Marchetti",
         "Clinical assessment service live", "Mar-17"),
        ("P3.4", "Discharge to assess, pathway 1", "Oswin Blackler",
         "Pathway 1 live at both acute trusts", "Q3 16/17"),
    ],
    "P4": [
        ("P4.1", "MSK integrated triage and treatment service", "Tamsin Wolverson",
         "New service mobilised", "Q1 17/18"),
        ("P4.2", "Community ophthalmology service", "Idris Cawthorne", "Contract awarded", "Nov-17"),
        ("P4.3", "Lung cancer rapid diagnostic pathway", "Mr Aurelio Fenchurch",
         "Straight-to-test pathway live", "30/09/2017"),
        ("P4.4", "Patient-initiated follow-up", "Tamsin Wolverson",
         "Patient-initiated follow-up in six specialties", "Q4 17/18"),
    ],
    "P5": [
        ("P5.1", "Core 24 liaison psychiatry at Aldwyke General Infirmary", "Dr Sunniva Achterberg",
         "Core 24 service live", "Q2 17/18"),
        ("P5.2", "Brennerton crisis cafe", "Lorcan Daventry", "Crisis cafe open evenings and weekends",
         "Q4 16/17"),
        ("P5.3", "IAPT expansion", "Femi Oyelaran", "Access to psychological therapies at 16.8%",
         "by 31/03/2018"),
        ("P5.4", "Perinatal community mental health team", "Harriet Quayle", "Team recruited and in post",
         "Spring 2018"),
    ],
    "P6": [
        ("P6.1", "Hyper-acute stroke services on one site", "Dr Cordelia Nyamweya", "Public consultation",
         "Summer 2017"),
        ("P6.2", "Shared pathology network", "Anton Fairweather", "Full business case approved; go-live",
         "FBC Mar-17; go-live 2018/19"),
        ("P6.3", "Quality improvement programme at Brennerton District Hospital", "Yvette Marlowe",
         "CQC re-inspection", "Q1 17/18"),
    ],
}

SAVINGS = [  # £m, 2016/17 .. 2020/21
    ("P1", [1.2, 3.0, 5.5, 7.0, 8.0]),
    ("P2", [5.4, 12.6, 18.2, 22.5, 25.0]),
    ("P3", [3.1, 8.4, 12.0, 14.6, 16.2]),
    ("P4", [4.6, 9.8, 13.5, 16.0, 17.4]),
    ("P5", [0.8, 2.2, 3.6, 4.9, 5.8]),
    ("P6", [6.3, 18.5, 27.0, 33.4, 38.1]),
]
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]

ENABLERS = [("Digital: Aldwyke & Brennerton Care Record", "Tobias Quenby",
             "Chief Information Officer, Aldwyke Teaching Hospitals NHS FT"),
            ("Workforce", "Ruth Alderney", "Director of Workforce, Brennerton & District Hospital NHS Trust"),
            ("Estates", "tbc", "-"),
            ("Finance", "Jemima Tollard", "Director of Finance, Aldwyke City CCG")]


def fmt(v):
    return f"{v:.1f}"


# ---------------------------------------------------------------------------------------------------------------
# 01 Checkpoint Return (PDF)
# ---------------------------------------------------------------------------------------------------------------
GREY = colors.HexColor("#E7E6E6")
TEAL = colors.HexColor("#005A70")
S_BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=5)
S_CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
S_CELLB = ParagraphStyle("cellb", parent=S_CELL, fontName="DVB")
S_PROMPT = ParagraphStyle("prompt", fontName="DVI", fontSize=8.5, leading=11, textColor=colors.HexColor("#404040"))
S_REF = ParagraphStyle("ref", fontName="DVB", fontSize=9, leading=11, textColor=TEAL)
S_H1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=6)
S_H2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
S_RESP = ParagraphStyle("resp", fontName="DVB", fontSize=8, leading=10, textColor=TEAL, spaceBefore=4, spaceAfter=2)
S_TITLE = ParagraphStyle("title", fontName="DVB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)


def P(text, style=S_CELL):
    return Paragraph(text, style)


def prompt(ref, text, guidance):
    """The template's question: a shaded box, reference on the left, wording and guidance on the right."""
    t = Table([[P(ref, S_REF), [P(text, S_PROMPT), P("Guidance: " + guidance, S_PROMPT)]]],
              colWidths=[16 * mm, 158 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#A6A6A6")),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [t, P("FOOTPRINT RESPONSE", S_RESP)]


def esc(text):
    """Escape a plain cell for a Paragraph (cells already holding entities are left alone)."""
    return text if "&amp;" in text else text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ruled(rows, widths, head=True, bold_first_col=False, repeat=1):
    data = [[P(esc(c), S_CELLB if (head and i == 0) or (bold_first_col and j == 0) else S_CELL)
             for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=repeat if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E7EC")))
    t.setStyle(TableStyle(st))
    return t


def return_header_footer(canv, doc):
    canv.saveState()
    canv.setFont("DV", 7.5)
    canv.setFillColor(colors.HexColor("#595959"))
    canv.drawString(18 * mm, 287 * mm, "NHS England | STP Checkpoint Return 2016 | Footprint 31: Aldwyke & Brennerton")
    canv.drawRightString(192 * mm, 287 * mm, "OFFICIAL")
    canv.line(18 * mm, 285.5 * mm, 192 * mm, 285.5 * mm)
    canv.drawString(18 * mm, 10 * mm, "Submitted 21 October 2016 | Version 1.0")
    canv.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    canv.restoreState()


def checkpoint_return(path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="STP Checkpoint Return: Aldwyke & Brennerton",
                            author="Aldwyke & Brennerton STP Programme Office", subject="STP Checkpoint Return",
                            creator="Aldwyke & Brennerton STP")
    s = [P("Sustainability and Transformation Plan: Checkpoint Return", S_TITLE),
         P("Footprint 31: Aldwyke &amp; Brennerton. Return to NHS England and NHS Improvement (North). "
           "Complete every section; where a response is not yet known write \u201ctbc\u201d.", S_BODY)]

    # Section A
    s.append(P("Section A: Footprint details", S_H1))
    s += prompt("A1", "Name of the footprint, the STP lead and the lead contact for this return.",
                "give the name, title and employing organisation of each person, e.g. \u201cChief Executive, "
                "[organisation]\u201d.")
    s.append(ruled([["Footprint", "Aldwyke &amp; Brennerton"],
                    ["STP lead", "Simeon Carraway, Chief Executive, Aldwyke Teaching Hospitals NHS FT"],
                    ["Lead contact for this return", "Annika Stradling, STP Programme Director"],
                    ["Independent Chair, STP Partnership Board", "Dame Rosalind Ebury"],
                    ["Registered population", "884,600 (GP registered, April 2016)"],
                    ["Organisations", "Aldwyke City CCG; Brennerton &amp; Coldstowe CCG; Aldwyke Teaching Hospitals "
                     "NHS FT (Aldwyke General Infirmary, AGI); Brennerton &amp; District Hospital NHS Trust (BDH: "
                     "Brennerton District Hospital, Coldstowe Community Hospital); Aldwyke &amp; Brennerton "
                     "Partnership NHS FT (mental health and community services); Northfold Ambulance Service NHS "
                     "Trust; Aldwyke City "
                     "Council; Brennerton County Council"]],
                   [52 * mm, 122 * mm], head=False, bold_first_col=True))

    # Section B
    s.append(P("Section B: Closing the gaps", S_H1))
    s += prompt("B1", "State the do-nothing financial gap for the footprint in 2020/21 and show how the plan "
                "closes it, with savings by priority and year.",
                "figures in \u00a3m to one decimal place; show the 2020/21 bridge from the do-nothing gap to "
                "the residual position.")
    s.append(P("Without change the health and care organisations of the footprint would face a combined gap of "
               "<b>\u00a3263.4m</b> by 2020/21. The six priorities in Section C are planned to deliver the "
               "following savings (\u00a3m):", S_BODY))
    head = ["Priority"] + YEARS + ["Total"]
    rows = [head]
    names = {p[0]: p[1] for p in PRIORITIES}
    for code, vals in SAVINGS:
        rows.append([f"{code} {names[code]}"] + [fmt(v) for v in vals] + [fmt(sum(vals))])
    tot = [sum(v[i] for _, v in SAVINGS) for i in range(5)]
    rows.append(["Total"] + [fmt(v) for v in tot] + [fmt(sum(tot))])
    t = ruled(rows, [52 * mm] + [20 * mm] * 6)
    t.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F2F2F2"))]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P("The 2020/21 bridge: do-nothing gap \u00a3263.4m, less savings from the six priorities "
               f"\u00a3{fmt(tot[4])}m, less provider efficiency (business as usual) \u00a3118.9m, less "
               "Sustainability and Transformation Fund \u00a334.0m, leaves a residual gap of \u00a30.0m.", S_BODY))
    s += prompt("B2", "Describe the expected change in acute bed numbers over the plan period.",
                "give today\u2019s general and acute bed base and the planned figure for 2020/21.")
    s.append(P("The general and acute bed base across the two acute trusts is 1,642 beds today. With the Care "
               "Closer to Home and Urgent &amp; Emergency Care priorities in place we plan for 1,571 beds by "
               "2020/21, a reduction of 71 beds, none of them before new community capacity is open.", S_BODY))

    # Section C
    s.append(P("Section C: Priorities and leadership", S_H1))
    s += prompt("C1", "List the footprint\u2019s priorities (no more than eight). For each give the Senior "
                "Responsible Owner (SRO) and the clinical lead.",
                "one row per priority, e.g. \u201cPriority X: Urgent care | SRO: Chief Operating Officer, "
                "[trust] | Clinical lead: [name]\u201d.")
    rows = [["Code", "Priority", "Senior Responsible Owner (SRO)", "Clinical lead"]]
    for code, name, sro, sro_t, cl, cl_t in PRIORITIES:
        rows.append([code, name, f"{sro}, {sro_t}", f"{cl}, {cl_t}"])
    s.append(ruled(rows, [14 * mm, 36 * mm, 62 * mm, 62 * mm]))

    # Section D
    s.append(PageBreak())
    s.append(P("Section D: Key milestones 2016/17 and 2017/18", S_H1))
    s += prompt("D1", "For each priority list the key milestones for 2016/17 and 2017/18 with the owner of "
                "each milestone.",
                "dates as an exact date, a month (\u201cMon-YY\u201d), a quarter of the financial year "
                "(\u201cQ1 16/17\u201d = April to June 2016) or \u201ctbc\u201d, e.g. \u201cBusiness case "
                "approved | Q3 16/17\u201d.")
    for code, name, *_ in PRIORITIES:
        rows = [["Ref", "Initiative", "Milestone owner", "Key milestone", "Date"]]
        for ref, ini, owner, ms, due in MILESTONES[code]:
            rows.append([ref, ini, owner, ms, due])
        s.append(KeepTogether([P(f"{code} {name}", S_H2),
                               ruled(rows, [12 * mm, 54 * mm, 32 * mm, 46 * mm, 30 * mm])]))

    # Section E
    s.append(P("Section E: National must-dos", S_H1))
    s += prompt("E1", "Summarise how the plan addresses the nine national must-dos of the 2016/17 planning "
                "guidance.",
                "no more than 150 words; a full assessment may be attached or follow.")
    s.append(P("A full line-of-sight assessment of each priority against the nine must-dos will be taken to the "
               "Clinical Board on 17 November 2016. In summary, our six priorities address eight of the nine "
               "must-dos. Learning disabilities (must-do 8) is taken forward by the Aldwyke &amp; Brennerton "
               "Transforming Care Partnership, whose plan sits outside this STP.", S_BODY))

    # Section F
    s.append(P("Section F: Governance and enablers", S_H1))
    s += prompt("F1", "Describe the governance of the STP and name the leads of the enabling programmes.",
                "include the decision-making body, its chair and how often it meets.")
    s.append(P("The STP Partnership Board, chaired by Dame Rosalind Ebury as Independent Chair, is the "
               "decision-making body of the footprint. It meets on the second Thursday of each month. The "
               "Clinical Board, chaired by Dr Ansel Whitcombe, Medical Director of Aldwyke Teaching Hospitals NHS "
               "FT, gives clinical assurance, and the Finance &amp; Investment Group is chaired by Jemima Tollard. "
               "The STP Programme Office is led by Annika Stradling, STP Programme Director.", S_BODY))
    rows = [["Enabling programme", "Lead", "Title and organisation"]] + [list(e) for e in ENABLERS]
    s.append(ruled(rows, [58 * mm, 40 * mm, 76 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Signed on behalf of the footprint: Simeon Carraway, STP lead, 21 October 2016.", S_BODY))
    doc.build(s, onFirstPage=return_header_footer, onLaterPages=return_header_footer)


# ---------------------------------------------------------------------------------------------------------------
# 02 Must-do assessment (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
MD_ROWS = [
    # must-do label, cells P1..P6 (None = blank), confidence
    ("1. STP", "ALL", "High"),
    ("2. Financial balance", [None, "\u00a312.6m savings in 17/18", None, "\u00a39.8m savings in 17/18", None,
                              "\u00a318.5m savings in 17/18"], "Medium"),
    ("3. General practice", [None, "Extended access: three hubs from Apr-17", "GP streaming at both emergency "
                             "departments", None, None, None], "Medium"),
    ("4. A&E and ambulance", [None, "1,900 fewer emergency admissions", "95% 4-hour standard by Mar-18", None,
                              "Core 24 liaison at AGI", None], "Low"),
    ("5. Referral to treatment (18 weeks)", [None, None, None, "92% within 18 weeks; MSK triage", None, None],
     "Low"),
    ("6. Cancer (62 days)", ["Screening uptake up 2%", None, None, "Lung rapid diagnostic pathway", None, None],
     "Medium"),
    ("7. Mental health", [None, "IAPT in all 11 localities", None, None, "IAPT 16.8%; EIP 50%; Core 24", None],
     "High"),
    ("8. Learning disabilities", [None] * 6, "n/a"),
    ("9. Improving quality (special measures)", [None, None, None, None, None, "BDH exit from special measures"],
     "Medium"),
]


def _text(frame, lines, size=14, bold_first=False):
    frame.word_wrap = True
    for i, line in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.text = line
        for r in p.runs:
            r.font.size = PPt(size)
            r.font.bold = bold_first and i == 0


def mustdo_deck(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    prs.core_properties.author = "Annika Stradling"
    prs.core_properties.title = "Delivering the nine national must-dos: Clinical Board"
    prs.core_properties.created = prs.core_properties.modified = datetime(2016, 11, 14, 9, 0, 0)
    prs.core_properties.revision = 1
    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Delivering the nine national must-dos"
    s.placeholders[1].text = ("Aldwyke & Brennerton STP: line-of-sight assessment\nClinical Board, 17 November "
                              "2016\nPresented by Dr Ansel Whitcombe, Chair of the Clinical Board")
    # 2 reading the assessment
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "How to read the assessment"
    tb = s.shapes.add_textbox(Emu(600000), Emu(1500000), Emu(11000000), Emu(4800000))
    _text(tb.text_frame, [
        "Columns are our six priorities:",
        "P1 Healthy Lives   P2 Care Closer to Home   P3 Urgent & Emergency Care",
        "P4 Elective Care & Cancer   P5 Mental Health   P6 Acute Services Review",
        "Each cell states the priority's main contribution to the must-do in 2017/18. An empty cell means the "
        "priority makes no material contribution.",
        "Confidence is the Clinical Board's view of delivering the must-do in 2017/18: High, Medium or Low.",
    ], size=16)
    # 3 the table
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Line of sight: priorities against the 9 national must-dos"
    rows, cols = len(MD_ROWS) + 1, 8
    gt = s.shapes.add_table(rows, cols, Emu(300000), Emu(1250000), Emu(11600000), Emu(5200000))
    tbl = gt.table
    widths = [2300000] + [1350000] * 6 + [1200000]
    for j, w in enumerate(widths):
        tbl.columns[j].width = Emu(w)
    head = ["National must-do", "P1", "P2", "P3", "P4", "P5", "P6", "Confidence"]
    for j, h in enumerate(head):
        tbl.cell(0, j).text = h
    for i, (label, cells, conf) in enumerate(MD_ROWS, 1):
        tbl.cell(i, 0).text = label
        if cells == "ALL":
            tbl.cell(i, 1).merge(tbl.cell(i, 6))
            tbl.cell(i, 1).text = "All six priorities: delivering this STP"
        else:
            for j, c in enumerate(cells, 1):
                if c:
                    tbl.cell(i, j).text = c
        tbl.cell(i, 7).text = conf
    for i in range(rows):
        for j in range(cols):
            for p in tbl.cell(i, j).text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(10 if i else 11)
    # 4 gaps
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Gaps and what happens next"
    tb = s.shapes.add_textbox(Emu(600000), Emu(1500000), Emu(11000000), Emu(4800000))
    _text(tb.text_frame, [
        "Must-do 8 is not addressed by any of our six priorities. It is taken forward by the Aldwyke & "
        "Brennerton Transforming Care Partnership, which reports to the Partnership Board twice a year.",
        "Confidence is Low for A&E and ambulance and for referral to treatment; both go to the Partnership "
        "Board in December with recovery actions.",
        "The Clinical Board will repeat this assessment after the February 2017 milestone return.",
    ], size=16)
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 03 Health and Wellbeing Board report (Word, council committee format)
# ---------------------------------------------------------------------------------------------------------------
def hwb_report(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    p = doc.add_paragraph("ALDWYKE CITY COUNCIL")
    p.runs[0].bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "Health and Wellbeing Board (Chair: Councillor Aubrey Stanforth)"),
                 ("Date of meeting", "15 December 2016"),
                 ("Report of", "Director of Public Health"),
                 ("Report author and contact details", "Lucinda Farthing, Health Partnerships Manager. "
                  "Tel: 01632 960418. Email: lucinda.farthing@aldwyke.example.gov.uk"),
                 ("Title", "Aldwyke & Brennerton Sustainability and Transformation Plan: update"),
                 ("Wards affected", "All"),
                 ("Key decision", "No"),
                 ("Exempt information", "None")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        r[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_heading("1. Purpose of the report", level=2)
    doc.add_paragraph(
        "1.1 To update the Board on the Aldwyke & Brennerton Sustainability and Transformation Plan (STP), "
        "submitted to NHS England as a Checkpoint Return on 21 October 2016, and on the part the Council plays in "
        "it, in particular the Healthy Lives priority (P1).")
    doc.add_heading("2. Recommendations", level=2)
    doc.add_paragraph("2.1 The Health and Wellbeing Board is recommended to:")
    doc.add_paragraph("(a) note the STP Checkpoint Return and its six priorities;")
    doc.add_paragraph("(b) endorse the Healthy Lives priority, led by the Director of Public Health, as the "
                      "Board's own prevention commitment;")
    doc.add_paragraph("(c) note the programme of public engagement events in January 2017; and")
    doc.add_paragraph("(d) receive a further update on the STP at its meeting in June 2017.")
    doc.add_heading("3. Background", level=2)
    doc.add_paragraph(
        "3.1 The STP covers a GP registered population of 884,600 served by two CCGs, two acute trusts, one "
        "mental health and community trust, the ambulance trust and two councils. Its governing body is the STP "
        "Partnership Board, on which the Council is represented by the Leader and the Chief Executive.")
    doc.add_paragraph(
        "3.2 The plan sets out a do-nothing gap of £263.4m by 2020/21 across health and care organisations. It "
        "has six priorities: Healthy Lives; Care Closer to Home; Urgent & Emergency Care; Elective Care & Cancer; "
        "Mental Health; and the Acute Services Review.")
    doc.add_paragraph(
        "3.3 The Board will recall that the Acute Services Review may lead to proposals for hyper-acute stroke "
        "services on one site. Any such proposal would be subject to public consultation and to scrutiny by the "
        "Joint Health Overview and Scrutiny Committee.")
    doc.add_heading("4. The Healthy Lives priority", level=2)
    doc.add_paragraph(
        "4.1 Healthy Lives is led by Dr Morwenna Ashdown, Director of Public Health, as Senior Responsible Owner, "
        "with Dr Ifeoma Tallisker as clinical lead. It brings together the National Diabetes Prevention "
        "Programme, Making Every Contact Count, social prescribing and an alcohol care team at Aldwyke General "
        "Infirmary.")
    doc.add_paragraph(
        "4.2 The Council has committed £1.2m over 2017/18 and 2018/19 from the public health grant to the social "
        "prescribing link worker service, which is planned to be live in 40 practices from 1 July 2017.")
    doc.add_paragraph(
        "4.3 The start date of the alcohol care team is still to be confirmed, pending agreement of recurrent "
        "funding between the two acute trusts and Aldwyke City CCG.")
    doc.add_heading("5. Public engagement", level=2)
    doc.add_paragraph(
        "5.1 The STP partners will hold three public engagement events in January 2017: Aldwyke Council House on "
        "10 January 2017; Brennerton Civic Centre on 17 January 2017; and Coldstowe Community Hospital on 24 "
        "January 2017. Each runs from 6pm to 8pm and is open to all.")
    doc.add_heading("6. Implications", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Implications", "Comment", "Verified by"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in [("Financial", "The £1.2m for social prescribing is within the public health grant allocation. "
                 "There are no other direct financial implications for the Council.",
                 "Kester Bramall, Head of Finance (Adults and Health), 8 December 2016"),
                ("Legal", "Any substantial variation to services arising from the Acute Services Review must be "
                 "referred to the Joint Health Overview and Scrutiny Committee.",
                 "Noor Haddad, Senior Solicitor, 7 December 2016"),
                ("Equalities", "An equality impact assessment will be completed before any consultation on "
                 "stroke services.", "Rhiannon Selby, Equality and Diversity Officer, 7 December 2016")]:
        r = t.add_row().cells
        for c, v in zip(r, row):
            c.text = v
    doc.add_paragraph()
    doc.add_heading("7. Background papers", level=2)
    doc.add_paragraph("Aldwyke & Brennerton STP Checkpoint Return, 21 October 2016.")
    doc.add_paragraph("Aldwyke Joint Health and Wellbeing Strategy 2016-2021.")
    for sec in doc.sections:
        fp = sec.footer.paragraphs[0]
        fp.text = "Aldwyke City Council | Health and Wellbeing Board | 15 December 2016 | Agenda item 6"
        fp.runs[0].font.size = Pt(8)
        fp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    doc.core_properties.author = "Lucinda Farthing"
    doc.core_properties.title = "STP update: Health and Wellbeing Board"
    doc.core_properties.created = doc.core_properties.modified = datetime(2016, 12, 5, 9, 0, 0)
    doc.core_properties.revision = 1
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Monthly milestone return (Excel)
# ---------------------------------------------------------------------------------------------------------------
SNAP_DATES = [date(2016, 11, 30), date(2016, 12, 31), date(2017, 1, 31), date(2017, 2, 28)]
SNAPSHOTS = {
    # ref: ({month index: value}, status, comment)
    "P1.1": ({}, "On track", ""),
    "P1.2": ({}, "On track", ""),
    "P1.3": ({1: date(2017, 7, 1)}, "On track", "Date confirmed by the Council's public health team."),
    "P1.4": ({}, "At risk", "Recurrent funding not yet agreed."),
    "P2.1": ({3: date(2017, 3, 13)}, "On track", "Wave 1 go-live set for 13 March 2017; all 11 localities "
             "still Q3 17/18."),
    "P2.2": ({}, "On track", ""),
    "P2.3": ({}, "On track", ""),
    "P2.4": ({}, "Not started", "Awaiting the national pharmacy framework."),
    "P3.1": ({}, "On track", ""),
    "P3.2": ({}, "On track", ""),
    "P3.3": ({2: date(2017, 6, 30), 3: date(2017, 6, 30)}, "Slipped",
             "Recruitment of the clinical hub workforce delayed; go-live re-planned."),
    "P3.4": ({0: date(2016, 12, 12)}, "Complete", "Pathway 1 live at both trusts."),
    "P4.1": ({}, "On track", ""),
    "P4.2": ({}, "On track", ""),
    "P4.3": ({}, "On track", ""),
    "P4.4": ({}, "On track", ""),
    "P5.1": ({}, "On track", ""),
    "P5.2": ({3: date(2017, 4, 30)}, "Slipped", "Lease of the cafe premises not yet signed."),
    "P5.3": ({}, "On track", ""),
    "P5.4": ({}, "On track", ""),
    "P6.1": ({}, "On track", "Subject to the Clinical Senate review."),
    "P6.2": ({}, "On track", "Full business case to the Partnership Board in March."),
    "P6.3": ({}, "On track", ""),
}
FIN_1617 = [("P1", 1.2, 1.0), ("P2", 5.4, 4.9), ("P3", 3.1, 2.6), ("P4", 4.6, 4.8), ("P5", 0.8, 0.7),
            ("P6", 6.3, 5.1)]


def tracker(path):
    wb = Workbook()
    wb.properties.creator = "STP Programme Office"
    wb.properties.title = "Monthly milestone return, February 2017"
    wb.properties.created = wb.properties.modified = datetime(2017, 3, 6, 9, 0, 0)
    ws = wb.active
    ws.title = "Read me"
    for i, line in enumerate([
        "Aldwyke & Brennerton STP: monthly milestone return",
        "Return for February 2017 (month 11), compiled by the STP Programme Office on 6 March 2017.",
        "The Return sheet has one row per milestone of the Checkpoint Return of 21 October 2016 (column E, "
        "the baseline).",
        "Columns F to I hold the forecast date each milestone owner reported at the end of each month. An "
        "empty cell means no change was reported that month.",
        "The right-most entry in a row is the current forecast. Where a row has no entry in F to I the "
        "baseline still stands.",
        "Status as at 28/02/2017: Complete, On track, At risk, Slipped or Not started.",
        "Owners send changes to the Programme Office by the fifth working day of each month.",
    ], 1):
        ws.cell(row=i, column=1, value=line)
    ws.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Return")
    ws["A1"] = "Monthly milestone return: forecast dates reported at each month-end"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: February 2017 (month 11 of 2016/17)"
    head = ["Ref", "Priority", "Milestone", "Milestone owner", "Baseline (Checkpoint Return)"]
    for j, h in enumerate(head, 1):
        ws.cell(row=4, column=j, value=h)
    for k, d in enumerate(SNAP_DATES):
        c = ws.cell(row=4, column=6 + k, value=d)
        c.number_format = "mmm-yy"
    ws.cell(row=4, column=10, value="Status")
    ws.cell(row=4, column=11, value="Comment")
    ws.cell(row=3, column=6, value="Forecast as reported at month-end")
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=9)
    for j in range(1, 12):
        ws.cell(row=4, column=j).font = Font(bold=True)
        ws.cell(row=4, column=j).fill = PatternFill("solid", fgColor="D9E7EC")
    names = {p[0]: p[1] for p in PRIORITIES}
    r = 5
    for code, *_ in PRIORITIES:
        for ref, ini, owner, ms, due in MILESTONES[code]:
            snaps, status, comment = SNAPSHOTS[ref]
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=names[code])
            ws.cell(row=r, column=3, value=f"{ini}: {ms}")
            ws.cell(row=r, column=4, value=owner)
            ws.cell(row=r, column=5, value=due)
            for k, v in snaps.items():
                c = ws.cell(row=r, column=6 + k, value=v)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=10, value=status)
            if comment:
                ws.cell(row=r, column=11, value=comment)
            for j in (3, 11):
                ws.cell(row=r, column=j).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    for col, w in zip("ABCDEFGHIJK", [7, 24, 48, 22, 26, 11, 11, 11, 11, 12, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Finance")
    ws["A1"] = "Savings 2016/17: plan and forecast outturn at month 11 (£m)"
    ws["A1"].font = Font(bold=True)
    for j, h in enumerate(["Priority", "Plan 2016/17", "Forecast outturn", "Variance"], 1):
        ws.cell(row=3, column=j, value=h).font = Font(bold=True)
    r = 4
    for code, plan, fo in FIN_1617:
        ws.cell(row=r, column=1, value=f"{code} {names[code]}")
        ws.cell(row=r, column=2, value=plan).number_format = "0.0"
        ws.cell(row=r, column=3, value=fo).number_format = "0.0"
        ws.cell(row=r, column=4, value=round(fo - plan, 1)).number_format = "0.0;(0.0)"
        r += 1
    tp, tf = round(sum(x[1] for x in FIN_1617), 1), round(sum(x[2] for x in FIN_1617), 1)
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tp).number_format = "0.0"
    ws.cell(row=r, column=3, value=tf).number_format = "0.0"
    ws.cell(row=r, column=4, value=round(tf - tp, 1)).number_format = "0.0;(0.0)"
    ws.column_dimensions["A"].width = 30
    wb.active = 1
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Record of decisions and corrigendum (plain text)
# ---------------------------------------------------------------------------------------------------------------
def page_of(pdf, needle):
    pages = [i for i, pg in enumerate(PdfReader(str(pdf)).pages, 1) if needle in pg.extract_text()]
    assert len(pages) >= 1, needle
    return pages[0]


def decisions_text(pdf):
    pg = {k: page_of(pdf, n) for k, n in [("P3.2", "P3.2"), ("P5.2", "P5.2"), ("P1.3", "P1.3"),
                                           ("C1", "Section C: Priorities"), ("F", "Enabling programme"),
                                           ("A", "Registered population")]}
    return f"""ALDWYKE & BRENNERTON SUSTAINABILITY AND TRANSFORMATION PLAN
STP PARTNERSHIP BOARD

RECORD OF DECISIONS
Meeting held on Thursday 9 March 2017, 10:00, Brennerton Civic Centre
Published by the STP Programme Office on 16 March 2017

Chair: Dame Rosalind Ebury (Independent Chair)
This record lists decisions only. The full minutes will be taken to the
next meeting for approval.

-----------------------------------------------------------------------------
PART A  DECISIONS
-----------------------------------------------------------------------------

D17/03/01  Urgent & Emergency Care (P3): Senior Responsible Owner
           Gwendolyn Farrier leaves Aldwyke Teaching Hospitals NHS FT at the
           end of March. She remains SRO for P3 until 31 March 2017. The Board
           APPOINTED Stellan Haverfield, Director of Strategy and
           Transformation, Brennerton & District Hospital NHS Trust, as SRO
           for Urgent & Emergency Care with effect from 1 April 2017.
           Dr Rafael Okonjo continues as clinical lead.

D17/03/02  Estates enabler: lead
           The Board APPOINTED Kenrick Oduya, Associate Director of Estates,
           Aldwyke & Brennerton Partnership NHS FT, as lead for the Estates
           enabling programme, a post shown as "tbc" in the Checkpoint Return.

D17/03/03  Shared pathology network (P6.2): full business case
           The Board APPROVED the full business case. Go-live remains 2018/19.

D17/03/04  Coldstowe Urgent Treatment Centre (P3.2)
           The Board NOTED that the building works at Coldstowe Community
           Hospital cannot finish before the winter and AGREED the revised
           opening date in correction C1 below.

D17/03/05  Brennerton crisis cafe (P5.2)
           The Board NOTED that the lease has now been agreed and AGREED the
           revised opening date in correction C2 below, which replaces the
           30/04/2017 forecast in the February return.

D17/03/06  Mental Health (P5): update
           The Board NOTED that Core 24 liaison psychiatry at Aldwyke General
           Infirmary (P5.1) remains on track for Q2 17/18.

-----------------------------------------------------------------------------
PART B  CORRIGENDUM TO THE CHECKPOINT RETURN OF 21 OCTOBER 2016
-----------------------------------------------------------------------------

The following corrections to the Checkpoint Return were agreed by the
Board. They apply from the date of this record and stand over the monthly
milestone return for February 2017 where the two differ.

C1  Page {pg['P3.2']}, Section D, P3.2 Coldstowe Urgent Treatment Centre, Date:
        for "Winter 2017/18"         read "Q1 18/19"
C2  Page {pg['P5.2']}, Section D, P5.2 Brennerton crisis cafe, Date:
        for "Q4 16/17"               read "31 July 2017"
C3  Page {pg['C1']}, Section C, P3 Urgent & Emergency Care, SRO:
        for "Gwendolyn Farrier"      read "Stellan Haverfield (from
                                           1 April 2017)"
C4  Page {pg['F']}, Section F, Estates, Lead:
        for "tbc"                    read "Kenrick Oduya"
C5  Page {pg['A']}, Section A, Registered population:
        for "884,600"                read "889,400 (GP registered,
                                           October 2016)"
C6  Page {pg['P1.3']}, Section D, P1.3 Social prescribing link workers,
    Milestone owner:
        for "Dr Ifeoma Tallisker"    read "Joanna Pellow, Head of
                                           Community Development,
                                           Aldwyke City Council"
    Dr Tallisker remains clinical lead for Healthy Lives (P1).

-----------------------------------------------------------------------------
PART C  ACTIONS
-----------------------------------------------------------------------------

[ACTION AS 24/03/2017] Reissue the monthly milestone return with the
corrections above.
[ACTION SH 13/04/2017] Bring a recovery plan for the 4-hour standard to
the next meeting.
[ACTION AW 30/04/2017] Clinical Board to repeat the must-do assessment.

Key: AS Annika Stradling, STP Programme Director; SH Stellan Haverfield;
AW Dr Ansel Whitcombe, Chair of the Clinical Board.

Next meeting: Thursday 13 April 2017, 10:00, Aldwyke Council House.
"""


# ---------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, when: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    out = []
    for n, d in entries:
        if n == "docProps/core.xml":
            d = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), d)
        out.append((n, d))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    checkpoint_return(OUT / RETURN)
    mustdo_deck(OUT / MUSTDO)
    fix_zip(OUT / MUSTDO, (2016, 11, 14, 9, 0, 0))
    hwb_report(OUT / HWB)
    fix_zip(OUT / HWB, (2016, 12, 5, 9, 0, 0))
    tracker(OUT / TRACKER)
    fix_zip(OUT / TRACKER, (2017, 3, 6, 9, 0, 0))
    (OUT / DECISIONS).write_text(decisions_text(OUT / RETURN))
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
