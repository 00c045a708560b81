"""Write the Brenthurst & Callowmere STP papers (an imaginary 2016/17 footprint) into papers/.

Six made-up papers, each in a document genre no earlier bank used:
  01 NHS England service change assurance: Stage 2 checklist (PDF, platypus) for the hyper-acute stroke
     reconfiguration: a shaded label/value form, the "four tests" table with each test's label merged down its
     criteria and Test 3 broken over the page (its later criteria sit under a repeated header with no test label),
     assessments, evidence refs and assurance leads as initials, conditions with due dates (one due "before
     consultation launch"), a route-to-decision strip of chevrons whose stage names and dates are drawn in separate
     layers, a must-do contribution table and the key to the initials on the last page;
  02 evaluation framework of programme logic models (PowerPoint): one slide per programme, five columns (Inputs ->
     Impact) of boxes stored out of column order, SRO and evaluation lead as initials (names only on the Contacts
     slide), must-dos served in the impact column, an evaluation timetable table with a cell merged over two
     programmes and a budget table in GBP 000;
  03 public consultation document with response questionnaire (PDF): an A5 booklet printed two-up on landscape A4
     sheets in imposition order (8|1, 2|7, 6|3, 4|5), with moved consultation and decision dates, a who-is-leading box,
     an events table and drawn tick boxes;
  04 business case pipeline register (Excel): SOC / OBC / FBC gateway bands merged over Planned / Revised / Approved
     columns (a revised date supersedes, said only on the Read me sheet), owners as initials and status codes
     explained on a Key sheet, a strategic-fit sheet scoring each case 2 / 1 / blank against the nine must-dos, and
     the committee's meeting dates;
  05 data sharing agreement for the shared care record (Word): document control table moving the go-live, clauses
     typed with their numbers, parties in Schedule 1, named officers under a two-row merged header in Schedule 2
     (a changed Caldicott Guardian), phases in Schedule 4 (one "time frame as yet unknown"), signatories;
  06 Hansard extract of written parliamentary questions and answers (plain text, hard-wrapped), with a written
     ministerial correction that moves a date given in an earlier answer.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from xml.sax.saxutils import escape
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
NHS_BLUE = colors.HexColor("#005EB8")
DARK = colors.HexColor("#003087")
GREY = colors.HexColor("#E8EDEE")

F_CHECK = "01_BC_STP_Stroke_Stage2_Assurance_Checklist_Jan2017.pdf"
F_LOGIC = "02_BC_STP_Evaluation_Framework_Logic_Models_v1.0_26Jan2017.pptx"
F_BOOK = "03_BC_STP_Stroke_Consultation_Document_Feb2017.pdf"
F_PIPE = "04_BC_STP_Business_Case_Pipeline_Register_28Feb2017.xlsx"
F_DSA = "05_BCCR_Data_Sharing_Agreement_v1.2_03Mar2017.docx"
F_HANS = "06_Hansard_Written_Answers_BC_STP_Mar2017.txt"


# ---------------------------------------------------------------------------------------------------------------
# 01 Stage 2 assurance checklist (PDF, platypus)
# ---------------------------------------------------------------------------------------------------------------
def _st(name, size=8.5, font="DV", lead=None, colour=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size + 2.5, textColor=colour,
                          alignment=TA_LEFT, **kw)


S_BODY = _st("body", 9, lead=12)
S_CELL = _st("cell", 8)
S_CELLB = _st("cellb", 8, "DVB")
S_HEAD = _st("head", 8, "DVB", colour=colors.white)
S_H1 = _st("h1", 15, "DVB", lead=19, colour=DARK)
S_H2 = _st("h2", 10.5, "DVB", lead=14, colour=NHS_BLUE, spaceBefore=8, spaceAfter=4)
S_SMALL = _st("small", 7.5, "DVI", lead=9.5, colour=colors.HexColor("#425563"))

TEST_HEAD = ["Test", "Ref", "Criterion", "Evidence", "Assessment", "Lead"]
TEST_W = [84, 26, 168, 58, 90, 36]
TESTS_P1 = [
    ("Test 1: Strong public and patient engagement", [
        ("1a", "Pre-consultation engagement with patients, carers and the public (11 events, 640 people, "
               "stroke survivors' group)", "E1.1-E1.4", "Assured", "SB"),
        ("1b", "Consultation plan and materials tested with seldom-heard groups", "E1.5",
         "Assured with conditions (C1)", "SB"),
        ("1c", "Health Overview and Scrutiny Committees of both councils briefed; joint committee formed",
         "E1.6", "Assured", "SB"),
    ]),
    ("Test 2: Consistency with current and prospective need for patient choice", [
        ("2a", "Travel-time analysis for all residents, by car, public transport and blue-light ambulance",
         "E2.1", "Assured with conditions (C2)", "AK"),
        ("2b", "Impact on choice of provider for rehabilitation assessed", "E2.2", "Assured", "AK"),
    ]),
    ("Test 3: Clear, clinical evidence base", [
        ("3a", "Case for change against national stroke standards (SSNAP); 1,460 confirmed stroke admissions in "
               "2015/16 across three sites", "E3.1", "Assured", "NR"),
    ]),
]
TESTS_P2 = [
    (None, [
        ("3b", "Independent clinical senate review: panel held 2 December 2016, report supportive of a single "
               "hyper-acute stroke unit", "E3.2", "Assured", "NR"),
        ("3c", "Workforce model: seven-day consultant cover, four additional stroke consultants", "E3.3",
         "Assured with conditions (C3)", "LF"),
    ]),
    ("Test 4: Support for proposals from clinical commissioners", [
        ("4a", "Endorsed by the Joint Committee of CCGs, 8 December 2016", "E4.1", "Assured", "RH"),
        ("4b", "GP membership engagement in all three CCGs", "E4.2", "Assured", "RH"),
    ]),
    ("Best value and affordability", [
        ("5a", "Capital: £6.8m for a 24-bed HASU at Brenthurst General Infirmary; source of funding to be "
               "confirmed", "E5.1", "Not yet assured (C4)", "JSB"),
        ("5b", "Revenue: recurrent saving of £1.9m a year from 2019/20", "E5.2", "Assured", "JSB"),
    ]),
]
CONDITIONS = [
    ("C1", "Test the consultation document and questionnaire with seldom-heard groups and publish Easy Read and "
           "BSL versions", "SB", "Before consultation launch"),
    ("C2", "Publish the travel-time analysis for the Callowmere coastal wards, including blue-light times", "AK",
     "31 January 2017"),
    ("C3", "Confirm the recruitment plan for four additional stroke consultants", "LF", "31 March 2017"),
    ("C4", "Confirm the source of the £6.8m capital before the outline business case goes to the Capital & "
           "Investment Committee", "JSB", "OBC submission"),
]
ROUTE = [("Strategic sense check", "14 Oct 2016"), ("Stage 1 assurance", "25 Nov 2016"),
         ("Clinical senate", "2 Dec 2016"), ("Stage 2 assurance", "12 Jan 2017"),
         ("Public consultation", "6 Feb - 1 May 2017"), ("Decision (DMBC)", "July 2017"),
         ("HASU opens", "April 2018")]
CHECK_MUSTDOS = [
    ("1", "Sustainability and Transformation Plan", "Yes: scheme ACU3 of the STP"),
    ("2", "Financial balance", "Yes: £1.9m recurrent saving from 2019/20"),
    ("3", "General practice", "-"),
    ("4", "A&E and ambulance", "Yes: direct conveyance to the HASU; fewer stroke patients in the CDH and TCH "
                               "emergency departments"),
    ("5", "Referral to treatment (18 weeks)", "-"),
    ("6", "Cancer", "-"),
    ("7", "Mental health", "-"),
    ("8", "Learning disabilities", "-"),
    ("9", "Quality", "Yes: SSNAP level A at BGI within two years of opening"),
]
CHECK_KEY = [
    ("AK", "Dr Alisdair Kemble, Clinical Chair, Wealdrick CCG; Chair, Joint Committee of CCGs"),
    ("JSB", "Joanna Strachey-Bell, Director of Finance, Brenthurst CCG; Chair, STP Capital & Investment Committee"),
    ("LF", "Dr Laurence Fairbairn, Medical Director, Brenthurst Royal Hospitals NHS FT; SRO, Acute Services "
           "Collaboration"),
    ("NR", "Dr Nikhil Raithatha, Consultant Stroke Physician, BRH; clinical lead, hyper-acute stroke (ACU3)"),
    ("PL", "Priya Lanchester, Head of Assurance, NHS England (Central Shires); assessor for this checklist"),
    ("RH", "Ruairi Haddon, Accountable Officer, Wealdrick CCG (lead commissioner)"),
    ("SB", "Shona Beddoes, Director of Communications & Engagement, Brenthurst & Callowmere STP"),
]


class Route(Flowable):
    """Chevrons for the stages, drawn in two layers: every stage name first, then every date under its chevron."""

    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 74

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        n = len(ROUTE)
        w = self.width / n
        top = self.height
        for i in range(n):
            x = i * w
            p = c.beginPath()
            p.moveTo(x, top - 6)
            p.lineTo(x + w - 8, top - 6)
            p.lineTo(x + w, top - 24)
            p.lineTo(x + w - 8, top - 42)
            p.lineTo(x, top - 42)
            p.lineTo(x + 8, top - 24)
            p.close()
            c.setFillColor(NHS_BLUE if i < 4 else colors.HexColor("#768692"))
            c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(colors.white)
        for i, (label, _) in enumerate(ROUTE):
            lines = simpleSplit(label, "DVB", 6.8, w - 18)
            for k, line in enumerate(lines):
                c.setFont("DVB", 6.8)
                c.drawCentredString(i * w + w / 2 + 2, top - 20 - k * 8 - (len(lines) - 2) * 4, line)
        c.setFillColor(colors.black)
        for i, (_, when) in enumerate(ROUTE):
            for k, line in enumerate(simpleSplit(when, "DV", 7, w - 4)):
                c.setFont("DV", 7)
                c.drawCentredString(i * w + w / 2, top - 54 - k * 9, line)


def _test_table(groups):
    rows = [[Paragraph(h, S_HEAD) for h in TEST_HEAD]]
    spans = []
    for label, crit in groups:
        start = len(rows)
        for k, (ref, text, ev, assess, lead) in enumerate(crit):
            first = Paragraph(escape(label), S_CELLB) if (label and k == 0) else ""
            rows.append([first, Paragraph(ref, S_CELL), Paragraph(escape(text), S_CELL), Paragraph(ev, S_CELL),
                         Paragraph(assess, S_CELLB if assess.startswith("Not") else S_CELL), Paragraph(lead, S_CELL)])
        if label and len(crit) > 1:
            spans.append(("SPAN", (0, start), (0, start + len(crit) - 1)))
    t = Table(rows, colWidths=TEST_W, repeatRows=1)
    style = [("BACKGROUND", (0, 0), (-1, 0), DARK), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#768692")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 1), (0, -1), GREY),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i, r in enumerate(rows[1:], 1):
        if "Not yet" in r[4].text:
            style.append(("BACKGROUND", (4, i), (4, i), colors.HexColor("#F4B6B6")))
    t.setStyle(TableStyle(style + spans))
    return t


def _grid(rows, widths, head=True, label_col=False):
    data = [[Paragraph(escape(str(c)), S_HEAD if (head and i == 0) else S_CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#768692")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), DARK))
    if label_col:
        style.append(("BACKGROUND", (0, 0), (0, -1), GREY))
    t.setStyle(TableStyle(style))
    return t


def _check_page(c, doc):
    c.saveState()
    c.setFillColor(NHS_BLUE)
    c.rect(0, A4[1] - 34, A4[0], 34, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 9)
    c.drawString(50, A4[1] - 21, "NHS England  |  Service change assurance  |  Stage 2 checklist")
    c.setFont("DV", 8)
    c.drawRightString(A4[0] - 50, A4[1] - 21, "OFFICIAL")
    c.setFillColor(colors.HexColor("#425563"))
    c.setFont("DV", 7.5)
    c.drawString(50, 26, "Brenthurst & Callowmere STP: hyper-acute stroke services (ACU3). Checklist issued "
                         "16 January 2017 after the assurance meeting of 12 January 2017.")
    c.drawRightString(A4[0] - 50, 26, f"Page {doc.page} of 3")
    c.restoreState()


def checklist(path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=56, bottomMargin=48,
                            title="Stage 2 assurance checklist: hyper-acute stroke services",
                            author="NHS England Central Shires", creator="BC STP", subject="Service change assurance")
    story = [Paragraph("Service change assurance: Stage 2 checklist", S_H1),
             Paragraph("Hyper-acute stroke services, Brenthurst & Callowmere STP", _st("sub", 11, "DV", 15, NHS_BLUE)),
             Spacer(1, 8)]
    form = [
        ("Proposal", "Reconfiguration of hyper-acute stroke services: one hyper-acute stroke unit (HASU) at "
                     "Brenthurst General Infirmary (BGI), acute stroke units at BGI and Callowmere District Hospital "
                     "(CDH); Tamsford Community Hospital (TCH) to stop admitting strokes"),
        ("STP programme / scheme", "Acute Services Collaboration (ACU), scheme ACU3"),
        ("Lead commissioner", "Wealdrick CCG, for the Joint Committee of CCGs (Brenthurst, Callowmere & Tamsford, "
                              "Wealdrick)"),
        ("Assurance meeting", "12 January 2017, Brenthurst Guildhall; assessor PL"),
        ("Proposed consultation", "6 February 2017 to 1 May 2017 (12 weeks)"),
        ("Overall assessment", "Assured to proceed to public consultation, subject to conditions C1 to C4"),
    ]
    story.append(_grid([list(r) for r in form], [120, 350], head=False, label_col=True))
    story += [Paragraph("2. Assessment against the tests", S_H2),
              Paragraph("Assessment: Assured / Assured with conditions / Not yet assured. Evidence references are "
                        "to the evidence pack (E1.1 onwards). Leads are shown by initials; see section 6.", S_SMALL),
              Spacer(1, 4), _test_table(TESTS_P1), PageBreak(), _test_table(TESTS_P2),
              Paragraph("3. Conditions", S_H2),
              _grid([["Ref", "Condition", "Owner", "Due"]] + [list(r) for r in CONDITIONS], [30, 290, 46, 104]),
              PageBreak(),
              Paragraph("4. Route to decision", S_H2), Route(470), Spacer(1, 4),
              Paragraph("Stages 1 to 4 complete. The decision-making business case (DMBC) goes to the Joint "
                        "Committee of CCGs after consultation.", S_SMALL),
              Paragraph("5. Contribution to the 2016/17 national must-dos", S_H2),
              _grid([["Must-do", "Topic", "Contribution of this proposal"]] + [list(r) for r in CHECK_MUSTDOS],
                    [52, 150, 268]),
              Paragraph("6. Key to initials", S_H2),
              _grid([list(r) for r in CHECK_KEY], [40, 430], head=False, label_col=True),
              Spacer(1, 8),
              Paragraph("Signed for NHS England: PL, 16 January 2017. Next step: NHS England attends the Joint "
                        "Committee of CCGs when it considers the DMBC.", S_BODY)]
    doc.build(story, onFirstPage=_check_page, onLaterPages=_check_page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Evaluation framework: programme logic models (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
COLS = ["Inputs", "Activities", "Outputs", "Short-term outcomes", "Long-term impact"]
LOGIC = [
    # code, name, SRO initials, evaluation lead initials, five columns of boxes
    ("PH", "Healthier Lives (prevention and population health)", "HQ", "GL", [
        ["Public health grant reinvestment, £1.3m a year", "Healthy Lives Brenthurst social enterprise"],
        ["Expand the NHS Diabetes Prevention Programme (NDPP)", "Making Every Contact Count training"],
        ["2,400 NDPP referrals a year from 2017/18", "4,000 front-line staff trained by March 2018"],
        ["Smoking at time of delivery below 11% by 2018/19"],
        ["Fewer people developing Type 2 diabetes", "Must-dos served: MD2 Financial balance; MD9 Quality"]]),
    ("LCH", "Local Care Hubs (primary and community care)", "OPV", "KO", [
        ["GP Forward View and CCG investment, £4.6m", "Community nursing and social work teams aligned to hubs"],
        ["Form Local Care Hubs of 30,000 to 50,000 people", "Multi-disciplinary meetings for frail patients"],
        ["12 Local Care Hubs live by March 2019", "Extended GP access, 8am to 8pm, in every hub"],
        ["Non-elective admissions of over-75s down 6% by 2019/20"],
        ["More care closer to home", "Must-dos served: MD2 Financial balance; MD3 General practice; "
                                     "MD4 A&E and ambulance"]]),
    ("UEC", "Urgent and emergency care", "BO", "PR", [
        ["£2.45m capital for the Tamsford Urgent Treatment Centre", "NHS 111 clinical hub staffing"],
        ["Tamsford Urgent Treatment Centre", "Front-door streaming at BGI"],
        ["Urgent Treatment Centre open at Tamsford", "30% of NHS 111 calls with clinical input"],
        ["95% four-hour standard by March 2018", "No ambulance handovers over 60 minutes"],
        ["A sustainable urgent care system", "Must-dos served: MD2 Financial balance; MD4 A&E and ambulance"]]),
    ("ACU", "Acute Services Collaboration", "LF", "PR", [
        ["£6.8m capital for the hyper-acute stroke unit", "£5.2m capital for the pathology network"],
        ["Hyper-acute stroke unit at BGI (subject to consultation)", "Pathology hub and spoke network"],
        ["One HASU; four more stroke consultants", "One laboratory information system"],
        ["SSNAP level A within two years of opening", "General surgery back within 18 weeks"],
        ["Safer, sustainable hospital services", "Must-dos served: MD2 Financial balance; MD5 Referral to "
                                                 "treatment; MD9 Quality"]]),
    ("MH", "Minds Matter (mental health and learning disabilities)", "TGA", "MT", [
        ["Mental Health Investment Standard uplift", "£780k capital for the crisis house"],
        ["Eight-bed crisis house in Brenthurst", "Transforming Care: community support for people with learning "
                                                "disabilities"],
        ["Crisis house open", "Inpatients with learning disabilities down from 41 to 27 by March 2019"],
        ["IAPT access 25% by 2020/21"],
        ["Parity of esteem", "Must-dos served: MD7 Mental health; MD8 Learning disabilities"]]),
    ("PC", "Planned Care", "RH", "KO", [
        ["£2.1m capital for the Wealdrick endoscopy suite", "Musculoskeletal physiotherapy investment"],
        ["MSK triage service", "Wealdrick endoscopy suite"],
        ["Outpatient follow-ups down 20%"],
        ["92% of patients on incomplete pathways within 18 weeks"],
        ["Timely planned care", "Must-dos served: MD2 Financial balance; MD5 Referral to treatment"]]),
]
TIMETABLE = [
    ("PH Healthier Lives", "Apr-17", "Q4 17/18", "Mar-19"),
    ("LCH Local Care Hubs", "Mar-17 (joint LCH / UEC baseline)", "Dec-17", "Sep-18"),
    ("UEC Urgent and emergency care", None, "Q3 17/18", "Jun-18"),
    ("ACU Acute Services Collaboration", "Jun-17", "Q1 18/19 (after the HASU opens)", "Mar-19"),
    ("MH Minds Matter", "May-17", "Jan-18", "Jan-19"),
    ("PC Planned Care", "Apr-17", "Nov-17", "time frame as yet unknown"),
]
BUDGET = [("PH", 15, 45, 40), ("LCH", 30, 70, 55), ("UEC", 25, 60, 45), ("ACU", 10, 50, 65), ("MH", 20, 45, 40),
          ("PC", 10, 35, 25)]
CONTACTS = [
    ("AW", "Professor Aled Wynstanley", "Director, Wealdrick Health Economics & Evaluation Unit (WHEEU)"),
    ("BO", "Beatrix Olumide", "Chief Operating Officer, Callowmere and Tamsford Hospitals NHS Trust"),
    ("GL", "Dr Greta Lindqvist", "Senior Evaluator, WHEEU"),
    ("HQ", "Dr Harriet Quennell", "Director of Public Health, Brenthurst City Council"),
    ("KO", "Dr Kwame Ofosu", "Research Fellow, WHEEU"),
    ("LF", "Dr Laurence Fairbairn", "Medical Director, Brenthurst Royal Hospitals NHS FT"),
    ("MT", "Dr Morwenna Tull", "Senior Evaluator, WHEEU"),
    ("OPV", "Owain Pritchard-Voss", "Accountable Officer, Callowmere & Tamsford CCG"),
    ("PR", "Dr Piers Ravenhill", "Health Economist, WHEEU"),
    ("RH", "Ruairi Haddon", "Accountable Officer, Wealdrick CCG"),
    ("TGA", "Tamsin Greaves-Adeyemi", "Chief Executive, Greyfriars Partnership NHS FT"),
]
COL_FILL = ["D9E2F3", "DEEBF7", "E2F0D9", "FFF2CC", "FBE5D6"]


def _tb(slide, x, y, w, h, text, size=12, bold=False, colour="000000", fill=None, shape=None):
    if shape is None:
        sh = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    else:
        sh = slide.shapes.add_shape(shape, Emu(x), Emu(y), Emu(w), Emu(h))
        sh.line.color.rgb = PRGB.from_string("A6A6A6")
    if fill:
        sh.fill.solid()
        sh.fill.fore_color.rgb = PRGB.from_string(fill)
    tf = sh.text_frame
    tf.word_wrap = True
    for k, line in enumerate(text.split("\n")):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = line
        run.font.size = PPt(size)
        run.font.bold = bold
        run.font.color.rgb = PRGB.from_string(colour)
    return sh


def _ptable(slide, x, y, w, rows, widths, size=11):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Emu(x), Emu(y), Emu(w), Emu(Inches(0.4) * len(rows)))
    t = shape.table
    for j, cw in enumerate(widths):
        t.columns[j].width = Emu(cw)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = "" if v is None else str(v)
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(size)
                    run.font.bold = i == 0
    return t


def logic_models(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    W = prs.slide_width
    footer = "Brenthurst & Callowmere STP | Evaluation framework v1.0 | WHEEU for the STP Partnership Board, 26 January 2017"

    def new(title):
        s = prs.slides.add_slide(blank)
        _tb(s, Inches(0.4), Inches(0.25), W - Inches(0.8), Inches(0.7), title, 24, True, "003087")
        _tb(s, Inches(0.4), Inches(7.05), W - Inches(0.8), Inches(0.35), footer, 9, False, "595959")
        return s

    s = new("Evaluation framework: programme logic models")
    _tb(s, Inches(0.6), Inches(1.5), Inches(12), Inches(2.5),
        "Brenthurst & Callowmere Sustainability and Transformation Plan\n"
        "Prepared by the Wealdrick Health Economics & Evaluation Unit (WHEEU)\n"
        "For the STP Partnership Board, 26 January 2017. Version 1.0", 18)

    s = new("How to read the logic models")
    _tb(s, Inches(0.6), Inches(1.2), Inches(12), Inches(5.6),
        "Each model reads left to right: Inputs, Activities, Outputs, Short-term outcomes, Long-term impact.\n"
        "People are shown by initials on each model (SRO and evaluation lead); names are on the Contacts slide.\n"
        "Every programme contributes to MD1 (the STP itself), so MD1 is not repeated on the models.\n"
        "The 2016/17 national must-dos: MD1 STP; MD2 Financial balance; MD3 General practice; MD4 A&E and "
        "ambulance; MD5 Referral to treatment; MD6 Cancer; MD7 Mental health; MD8 Learning disabilities; "
        "MD9 Quality.\n"
        "Abbreviations: BGI Brenthurst General Infirmary; HASU hyper-acute stroke unit; IAPT Improving Access to "
        "Psychological Therapies; MSK musculoskeletal; NDPP NHS Diabetes Prevention Programme; SSNAP Sentinel "
        "Stroke National Audit Programme.", 15)

    left, gap = Inches(0.4), Inches(0.18)
    colw = int((W - 2 * left - 4 * gap) / 5)
    for n, (code, name, sro, ev, cols) in enumerate(LOGIC, 1):
        s = new(f"Logic model {n} of 6: {code} {name}")
        boxes = []
        for j, items in enumerate(cols):
            x = left + j * (colw + gap)
            for k, text in enumerate(items):
                boxes.append((j, k, x, Inches(1.75) + k * Inches(1.55), text))
        # content boxes go in before the column headings, last column first (the order PowerPoint keeps them in
        # after the author rebuilt the impact column), so reading the shapes in order does not read left to right
        for j, k, x, y, text in sorted(boxes, key=lambda b: (-b[0], b[1])):
            _tb(s, x, y, colw, Inches(1.3), text, 12, False, "000000", COL_FILL[j], MSO_SHAPE.ROUNDED_RECTANGLE)
        for j, head in enumerate(COLS):
            x = left + j * (colw + gap)
            _tb(s, x, Inches(1.1), colw, Inches(0.5), head, 13, True, "FFFFFF", "005EB8", MSO_SHAPE.RECTANGLE)
            if j < 4:
                a = s.shapes.add_shape(MSO_SHAPE.RIGHT_ARROW, Emu(x + colw), Emu(Inches(1.2)), Emu(gap),
                                       Emu(Inches(0.3)))
                a.fill.solid()
                a.fill.fore_color.rgb = PRGB.from_string("768692")
        _tb(s, left, Inches(6.5), W - 2 * left, Inches(0.45), f"SRO: {sro}     Evaluation lead: {ev}", 12, True,
            "003087", "E8EDEE", MSO_SHAPE.RECTANGLE)

    s = new("Evaluation timetable")
    rows = [["Programme", "Baseline report", "Interim report", "Final report"]] + [list(r) for r in TIMETABLE]
    t = _ptable(s, Inches(0.5), Inches(1.2), Inches(12.3), rows,
                [Inches(3.6), Inches(3.3), Inches(3.1), Inches(2.3)], 13)
    t.cell(2, 1).merge(t.cell(3, 1))
    _tb(s, Inches(0.5), Inches(5.2), Inches(12), Inches(0.8),
        "Reports go to the STP Partnership Board. Dates are the month the report is due.", 12)

    s = new("Evaluation budget (£000)")
    rows = [["Programme", "2016/17", "2017/18", "2018/19", "Total"]]
    tot = [0, 0, 0]
    for code, *v in BUDGET:
        rows.append([code, *v, sum(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(["Total", *tot, sum(tot)])
    _ptable(s, Inches(0.5), Inches(1.2), Inches(9), rows, [Inches(2.2)] + [Inches(1.7)] * 4, 13)
    _tb(s, Inches(0.5), Inches(5.0), Inches(12), Inches(0.8),
        "Funded from the STP programme budget; WHEEU staff time only. No evaluation budget is held for the enablers.",
        12)

    s = new("Contacts")
    _ptable(s, Inches(0.5), Inches(1.1), Inches(12.3), [["Initials", "Name", "Role"]] + [list(r) for r in CONTACTS],
            [Inches(1.3), Inches(3.8), Inches(7.2)], 12)
    prs.core_properties.author = "WHEEU"
    prs.core_properties.title = "Evaluation framework: programme logic models"
    prs.core_properties.revision = 1
    prs.core_properties.last_modified_by = "WHEEU"
    prs.core_properties.comments = ""
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 03 Public consultation document and questionnaire: an A5 booklet imposed two-up on A4 landscape
# ---------------------------------------------------------------------------------------------------------------
PW, PH_ = landscape(A4)
HALF = PW / 2
EVENTS = [
    ("Tue 28 February 2017", "6.30pm to 8.30pm", "Brenthurst Guildhall, Council Chamber"),
    ("Thu 2 March 2017", "2pm to 4pm", "Callowmere Library"),
    ("Tue 7 March 2017", "6.30pm to 8.30pm", "Tamsford Corn Exchange"),
    ("Sat 18 March 2017", "10am to 12 noon", "Wealdrick Market Hall"),
    ("Wed 29 March 2017", "6pm to 8pm", "Callowmere District Hospital, Education Centre"),
    ("Wed 12 April 2017", "6.30pm to 8.30pm", "Tamsford Community Hospital, Day Room"),
    ("Tue 2 May 2017", "2pm to 4pm", "Brenthurst Guildhall (also webcast)"),
]


class Booklet:
    def __init__(self, c):
        self.c = c

    def text(self, x, y, s, font="DV", size=9, width=360, lead=None, colour=colors.black):
        c = self.c
        lead = lead or size + 3
        c.setFillColor(colour)
        c.setFont(font, size)
        for part in s.split("\n"):
            for line in simpleSplit(part, font, size, width) or [""]:
                c.drawString(x, y, line)
                y -= lead
        c.setFillColor(colors.black)
        return y

    def folio(self, ox, n):
        self.c.setFont("DV", 8)
        self.c.setFillColor(colors.HexColor("#768692"))
        self.c.drawCentredString(ox + HALF / 2, 22, str(n))
        self.c.setFillColor(colors.black)

    def page(self, ox, n):
        c, L, T, Wd = self.c, ox + 34, PH_ - 44, HALF - 68
        if n == 1:
            c.setFillColor(NHS_BLUE)
            c.rect(ox, 0, HALF, PH_, stroke=0, fill=1)
            y = self.text(L, T, "NHS Brenthurst CCG   NHS Callowmere & Tamsford CCG   NHS Wealdrick CCG", "DVB", 8,
                          Wd, colour=colors.white)
            y = self.text(L, y - 90, "Have your say", "DVB", 30, Wd, 36, colors.white)
            y = self.text(L, y - 6, "The future of stroke care in Brenthurst, Callowmere, Tamsford and Wealdrick",
                          "DV", 16, Wd, 21, colors.white)
            y = self.text(L, y - 30, "Public consultation", "DVB", 13, Wd, colour=colors.white)
            y = self.text(L, y, "20 February to 15 May 2017", "DVB", 18, Wd, 24, colors.white)
            y = self.text(L, y - 40, "Part of the Brenthurst & Callowmere Sustainability and Transformation Plan",
                          "DV", 10, Wd, colour=colors.white)
            self.text(L, 70, "This booklet is also available in Easy Read, large print, British Sign Language (BSL) "
                             "video and other languages. See the back page.", "DVI", 8.5, Wd, colour=colors.white)
            return
        if n == 2:
            y = self.text(L, T, "A message from the Joint Committee", "DVB", 14, Wd, 18, DARK)
            y = self.text(L, y - 6,
                          "Every year around 1,460 people in our area are admitted to hospital with a stroke. The "
                          "care they get in the first three days makes the biggest difference to how well they "
                          "recover. Today that care is spread across three hospitals, and only one of them can "
                          "offer specialist stroke doctors seven days a week.\n"
                          "We want to hear your views before any decision is made. Please read this booklet and "
                          "fill in the questionnaire.", "DV", 9.5, Wd, 13)
            y = self.text(L, y - 4, "Dr Alisdair Kemble", "DVB", 9.5, Wd)
            y = self.text(L, y, "Chair, Joint Committee of Clinical Commissioning Groups", "DVI", 9, Wd)
            top = y - 14
            c.setFillColor(GREY)
            c.rect(L - 6, top - 150, Wd + 12, 156, stroke=0, fill=1)
            y = self.text(L, top - 12, "Who is leading this work?", "DVB", 11, Wd, 15, NHS_BLUE)
            self.text(L, y - 2,
                      "The proposals come from the Acute Services Collaboration, one of the six programmes of our "
                      "Sustainability and Transformation Plan. Its Senior Responsible Officer is Dr Laurence "
                      "Fairbairn, Medical Director of Brenthurst Royal Hospitals. The clinical lead for stroke is "
                      "Dr Nikhil Raithatha, a consultant stroke physician at Brenthurst General Infirmary. Shona "
                      "Beddoes, the STP's Director of Communications & Engagement, runs the consultation.",
                      "DV", 9.5, Wd, 13)
        elif n == 3:
            y = self.text(L, T, "Stroke care today", "DVB", 14, Wd, 18, DARK)
            y = self.text(L, y - 6, "Three hospitals admit people who have had a stroke: Brenthurst General "
                                    "Infirmary (BGI), Callowmere District Hospital (CDH) and Tamsford Community "
                                    "Hospital (TCH).", "DV", 9.5, Wd, 13)
            rows = [("Hospital", "Stroke admissions 2015/16", "SSNAP rating, Jul-Sep 2016"), ("BGI", "790", "B"),
                    ("CDH", "455", "D"), ("TCH", "215", "D"), ("Total", "1,460", "")]
            y -= 8
            widths = [80, 130, 140]
            for i, r in enumerate(rows):
                x = L
                c.setLineWidth(0.5)
                c.line(L, y + 11, L + sum(widths), y + 11)
                for v, w in zip(r, widths):
                    c.setFont("DVB" if i in (0, len(rows) - 1) else "DV", 8.5)
                    c.drawString(x + 3, y, v)
                    x += w
                y -= 16
            c.line(L, y + 11, L + sum(widths), y + 11)
            y = self.text(L, y - 8, "SSNAP, the national stroke audit, rates units from A (best) to E. Only BGI has "
                                    "a stroke consultant on site seven days a week. CDH and TCH rely on a telestroke "
                                    "rota at night.", "DV", 9.5, Wd, 13)
        elif n == 4:
            y = self.text(L, T, "What we are proposing", "DVB", 14, Wd, 18, DARK)
            for head, body in [
                ("Option A (our preferred option)",
                 "One hyper-acute stroke unit (HASU) at Brenthurst General Infirmary for the first 72 hours of "
                 "care, with acute stroke units at BGI and Callowmere District Hospital. Tamsford Community "
                 "Hospital would stop admitting people with a stroke but would keep its stroke rehabilitation "
                 "beds."),
                ("Option B",
                 "Two HASUs, at BGI and at CDH. This would need six more stroke consultants, which we do not "
                 "believe we could recruit."),
                ("Option C",
                 "Keep things as they are. We do not think this is safe or affordable in the long term.")]:
                y = self.text(L, y - 8, head, "DVB", 10.5, Wd, 14, NHS_BLUE)
                y = self.text(L, y, body, "DV", 9.5, Wd, 13)
        elif n == 5:
            y = self.text(L, T, "What would it mean for me?", "DVB", 14, Wd, 18, DARK)
            self.text(L, y - 6,
                      "96% of people in our area live within 45 minutes of BGI by blue-light ambulance. The longest "
                      "journey, from Saltery Point on the Callowmere coast, would take about 52 minutes.\n"
                      "We expect around 30 more people each year to leave hospital able to live independently.\n"
                      "Building the new unit would cost £6.8 million. If the proposals are agreed, the HASU would "
                      "open in April 2018 at the earliest.\n"
                      "Families visiting someone in the HASU at BGI will be able to use the hospital's park and "
                      "ride from Wealdrick Road.", "DV", 9.5, Wd, 13)
        elif n == 6:
            y = self.text(L, T, "Come and talk to us", "DVB", 14, Wd, 18, DARK)
            y -= 8
            widths = [100, 80, 170]
            rows = [("Date", "Time", "Venue")] + EVENTS
            for i, r in enumerate(rows):
                lines = [simpleSplit(v, "DVB" if i == 0 else "DV", 8, w - 6) for v, w in zip(r, widths)]
                h = max(len(ls) for ls in lines) * 10 + 6
                c.setLineWidth(0.5)
                c.line(L, y + 11, L + sum(widths), y + 11)
                x = L
                for ls, w in zip(lines, widths):
                    c.setFont("DVB" if i == 0 else "DV", 8)
                    for k, line in enumerate(ls):
                        c.drawString(x + 3, y - k * 10, line)
                    x += w
                y -= h
            c.line(L, y + 11, L + sum(widths), y + 11)
            y = self.text(L, y - 10, "What happens next", "DVB", 11, Wd, 15, NHS_BLUE)
            self.text(L, y - 2,
                      "The consultation closes at 5pm on 15 May 2017. Insight Fieldwork Ltd, an independent "
                      "organisation, will analyse all the responses. The Joint Committee of CCGs will consider the "
                      "results and make its decision in September 2017.", "DV", 9.5, Wd, 13)
        elif n == 7:
            y = self.text(L, T, "Questionnaire", "DVB", 14, Wd, 18, DARK)
            y = self.text(L, y, "Please return by 15 May 2017. You do not need a stamp.", "DVI", 9, Wd)
            y = self.text(L, y - 8, "Q1  How far do you agree or disagree with Option A?", "DVB", 9.5, Wd, 13)
            for opt in ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree",
                        "Don't know"]:
                c.rect(L + 4, y - 2, 8, 8, stroke=1, fill=0)
                y = self.text(L + 18, y, opt, "DV", 9, Wd - 18, 13)
            y = self.text(L, y - 8, "Q2  Is there anything else we should take into account?", "DVB", 9.5, Wd, 13)
            for _ in range(4):
                y -= 16
                c.line(L, y, L + Wd, y)
            y = self.text(L, y - 18, "Q3  The first part of your postcode (for example BR4)", "DVB", 9.5, Wd, 13)
            c.rect(L + 4, y - 6, 60, 14, stroke=1, fill=0)
            y = self.text(L, y - 26, "Q4  Are you responding as:", "DVB", 9.5, Wd, 13)
            for opt in ["a member of the public", "a stroke survivor or carer", "a member of NHS or council staff",
                        "on behalf of an organisation"]:
                c.rect(L + 4, y - 2, 8, 8, stroke=1, fill=0)
                y = self.text(L + 18, y, opt, "DV", 9, Wd - 18, 13)
        elif n == 8:
            y = self.text(L, T, "How to respond", "DVB", 14, Wd, 18, DARK)
            y = self.text(L, y - 6,
                          "Online: www.bcstp.nhs.uk/stroke\n"
                          "Email: bcstp.stroke@nhs.net\n"
                          "Post: FREEPOST BC STROKE CONSULTATION\n"
                          "Phone: 0800 917 4420 (Monday to Friday, 9am to 5pm)", "DV", 9.5, Wd, 14)
            y = self.text(L, y - 10, "Other formats", "DVB", 11, Wd, 15, NHS_BLUE)
            y = self.text(L, y, "Easy Read, large print, audio, BSL video and translations are available on request "
                                "or from the website.", "DV", 9.5, Wd, 13)
            self.text(L, 80, "Published 20 February 2017 by the Brenthurst & Callowmere STP on behalf of NHS "
                             "Brenthurst CCG, NHS Callowmere & Tamsford CCG and NHS Wealdrick CCG. "
                             "Ref: BCSTP/ACU3/CD/01", "DVI", 8, Wd, 11, colors.HexColor("#425563"))
        self.folio(ox, n)


def booklet(path):
    c = canvas.Canvas(str(path), pagesize=(PW, PH_))
    c.setTitle("Have your say: the future of stroke care")
    c.setAuthor("Brenthurst & Callowmere STP")
    b = Booklet(c)
    for left, right in [(8, 1), (2, 7), (6, 3), (4, 5)]:  # printer's spreads for saddle stitching
        b.page(0, left)
        b.page(HALF, right)
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setDash(2, 3)
        c.line(HALF, 8, HALF, PH_ - 8)
        c.setDash()
        c.setStrokeColor(colors.black)
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 04 Business case pipeline register (Excel)
# ---------------------------------------------------------------------------------------------------------------
D = date
PIPE = [
    # ref, scheme, programme, owner, capital, revenue, site,
    # SOC (planned, revised, approved), OBC (...), FBC (...), status, comment
    ("BC01", "Tamsford Urgent Treatment Centre", "UEC", "BO", 2450, 310, "TCH",
     (D(2016, 9, 15), None, D(2016, 9, 15)), (D(2016, 12, 15), None, D(2016, 12, 15)),
     (D(2017, 6, 29), D(2017, 9, 28), None), "B", "FBC slipped: estates survey of the TCH outpatient wing"),
    ("BC02", "Hyper-acute stroke unit, BGI", "ACU", "LF", 6800, -1900, "BGI",
     (D(2016, 10, 20), None, D(2016, 10, 20)), (D(2017, 3, 30), None, None),
     ("Q3 17/18 (after the JCCCG decision)", None, None), "C",
     "Subject to consultation; Partnership Board approval needed"),
    ("BC03", "Callowmere Health Centre Local Care Hub", "LCH", "OPV", 3950, 220, "Callowmere",
     (D(2016, 11, 17), None, D(2016, 11, 17)), (D(2017, 4, 27), None, None), ("Q4 17/18", None, None), "B", ""),
    ("BC04", "Brenthurst & Callowmere Care Record", "DIG", "IT", 1200, 640, "All sites",
     ("n/a", None, None), (D(2016, 12, 15), None, D(2016, 12, 15)), (D(2017, 1, 26), D(2017, 2, 23),
                                                                     D(2017, 2, 23)), "A", ""),
    ("BC05", "Greyfriars crisis house (8 beds)", "MH", "RN", 780, 410, "Brenthurst",
     ("n/a", None, None), (D(2017, 1, 19), None, D(2017, 1, 19)), (D(2017, 3, 30), D(2017, 5, 25), None), "B",
     "Lease terms not agreed"),
    ("BC06", "Pathology network (hub and spoke)", "ACU", "DQ", 5200, -850, "BGI / CDH",
     (D(2016, 10, 20), None, D(2016, 10, 20)), (D(2017, 6, 29), None, None), ("tbc", None, None), "B",
     "Partnership Board approval needed"),
    ("BC07", "Wealdrick endoscopy suite", "PC", "HB", 2100, 180, "TCH",
     (D(2016, 12, 15), None, D(2016, 12, 15)), (D(2017, 5, 25), None, None),
     ("time frame as yet unknown", None, None), "B", ""),
    ("BC08", "Callowmere perinatal mental health unit", "MH", "RN", 1650, 520, "CDH",
     (D(2017, 1, 19), None, None), ("n/a", None, None), ("n/a", None, None), "W",
     "Withdrawn 19/01/2017: regional mother and baby unit procurement instead"),
    ("BC09", "Brenthurst Local Care Hub (Eastgate)", "LCH", "OPV", 2900, 190, "Brenthurst",
     (D(2017, 4, 27), None, None), ("Q3 17/18", None, None), ("Q1 18/19", None, None), "P", ""),
]
FIT = {  # must-do scores: 2 direct, 1 indirect
    "BC01": {2: 1, 3: 1, 4: 2}, "BC02": {2: 2, 4: 1, 9: 2}, "BC03": {2: 1, 3: 2, 4: 1}, "BC04": {3: 1, 4: 1, 9: 1},
    "BC05": {4: 1, 7: 2}, "BC06": {2: 2, 5: 1, 6: 1}, "BC07": {5: 2, 6: 2}, "BC08": {7: 2}, "BC09": {2: 1, 3: 2},
}
MD_HEAD = ["MD1 STP", "MD2 Financial balance", "MD3 General practice", "MD4 A&E and ambulance",
           "MD5 Referral to treatment", "MD6 Cancer", "MD7 Mental health", "MD8 Learning disabilities", "MD9 Quality"]
KEY_PEOPLE = [
    ("BO", "Beatrix Olumide", "Chief Operating Officer, Callowmere and Tamsford Hospitals NHS Trust"),
    ("DQ", "Dev Quartey", "Director of Strategy, Callowmere and Tamsford Hospitals NHS Trust"),
    ("HB", "Hollie Barraclough", "Deputy Director of Commissioning, Wealdrick CCG"),
    ("IT", "Imogen Thackray", "Director of Informatics, Brenthurst Royal Hospitals NHS FT"),
    ("KF", "Kit Farrant", "Head of Capital Planning, STP PMO (keeps this register)"),
    ("LF", "Dr Laurence Fairbairn", "Medical Director, Brenthurst Royal Hospitals NHS FT"),
    ("OPV", "Owain Pritchard-Voss", "Accountable Officer, Callowmere & Tamsford CCG"),
    ("RN", "Rhiannon Neale", "Director of Operations, Greyfriars Partnership NHS FT"),
]
STATUS = [("A", "Approved at all stages"), ("B", "Business case in development"),
          ("C", "At committee or awaiting a decision"), ("P", "Pipeline: not started"), ("W", "Withdrawn")]
CIC_DATES = [D(2017, 1, 26), D(2017, 2, 23), D(2017, 3, 30), D(2017, 4, 27), D(2017, 5, 25), D(2017, 6, 29),
             D(2017, 7, 27), D(2017, 9, 28), D(2017, 10, 26), D(2017, 11, 30), D(2017, 12, 14)]


def pipeline(path):
    wb = Workbook()
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="003087")
    band_fills = {"SOC": "DEEBF7", "OBC": "E2F0D9", "FBC": "FFF2CC"}
    white_b = Font(bold=True, color="FFFFFF")

    ws = wb.active
    ws.title = "Read me"
    lines = [
        "Brenthurst & Callowmere STP: business case pipeline register",
        "As at 28 February 2017. Kept by the STP PMO for the Capital & Investment Committee (CIC).",
        "Money is in £000. Capital is the total capital requirement; revenue is the recurrent annual effect "
        "(a cost, or a saving shown in brackets).",
        "Gateways: Strategic Outline Case (SOC), Outline Business Case (OBC), Full Business Case (FBC). For each "
        "gateway the register gives the Planned date, a Revised date and the date it was Approved.",
        "Where a Revised date is given, it supersedes the Planned date. Dates are CIC meeting dates (see the CIC "
        "dates sheet).",
        "Approval route: business cases with capital up to £5,000k are approved by the CIC; above £5,000k the CIC "
        "recommends and the STP Partnership Board approves.",
        "Owners are shown by initials and status by a letter: see the Key sheet. Must-do scores: see the "
        "Strategic fit sheet.",
    ]
    for i, line in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=line).font = Font(bold=(i == 1), size=12 if i == 1 else 11)
    ws.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Pipeline")
    ws["A1"] = "STP business case pipeline register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "As at 28/02/2017. £000."
    heads = ["Ref", "Scheme", "Prog", "Owner", "Capital", "Revenue p.a.", "Site"]
    for j, h in enumerate(heads, 1):
        ws.cell(row=4, column=j, value=h)
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    col = len(heads) + 1
    for band, title in [("SOC", "Strategic Outline Case (SOC)"), ("OBC", "Outline Business Case (OBC)"),
                        ("FBC", "Full Business Case (FBC)")]:
        ws.cell(row=4, column=col, value=title)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
        for k, sub in enumerate(["Planned", "Revised", "Approved"]):
            cell = ws.cell(row=5, column=col + k, value=sub)
            cell.fill = PatternFill("solid", fgColor=band_fills[band])
            cell.font = Font(bold=True)
        col += 3
    for j, h in [(col, "Status"), (col + 1, "Comment")]:
        ws.cell(row=4, column=j, value=h)
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    for j in range(1, col + 2):
        c4 = ws.cell(row=4, column=j)
        if c4.value:
            c4.fill = head_fill
            c4.font = white_b
            c4.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 6
    for ref, scheme, prog, owner, cap, rev, site, soc, obc, fbc, status, comment in PIPE:
        vals = [ref, scheme, prog, owner, cap, rev, site, *soc, *obc, *fbc, status, comment or None]
        for j, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.border = box
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(v, int):
                cell.number_format = "#,##0;(#,##0)"
        if status == "W":
            for j in range(1, len(vals) + 1):
                ws.cell(row=r, column=j).font = Font(strike=True, color="7F7F7F")
        r += 1
    live = [p for p in PIPE if p[10] != "W"]
    ws.cell(row=r, column=2, value="Total capital, excluding withdrawn").font = Font(bold=True)
    ws.cell(row=r, column=5, value=sum(p[4] for p in live)).font = Font(bold=True)
    ws.cell(row=r, column=5).number_format = "#,##0"
    for j, w in enumerate([7, 38, 6, 7, 9, 11, 12] + [11] * 9 + [7, 48], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C6"

    ws = wb.create_sheet("Strategic fit")
    ws["A1"] = "Strategic fit: contribution of each business case to the 2016/17 national must-dos"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "2 = direct contribution; 1 = indirect; blank = none. Withdrawn cases are kept for the record."
    for j, h in enumerate(["Ref", "Scheme"] + MD_HEAD + ["Score"], 1):
        cell = ws.cell(row=4, column=j, value=h)
        cell.fill = head_fill
        cell.font = white_b
        cell.alignment = Alignment(wrap_text=True, textRotation=90 if 3 <= j <= 11 else 0)
    for i, p in enumerate(PIPE, 5):
        ws.cell(row=i, column=1, value=p[0])
        ws.cell(row=i, column=2, value=p[1])
        for md, score in FIT[p[0]].items():
            ws.cell(row=i, column=2 + md, value=score)
        ws.cell(row=i, column=12, value=sum(FIT[p[0]].values()))

    ws = wb.create_sheet("Key")
    ws["A1"] = "Owners"
    ws["A1"].font = Font(bold=True)
    for i, (ini, name, role) in enumerate(KEY_PEOPLE, 2):
        ws.cell(row=i, column=1, value=ini)
        ws.cell(row=i, column=2, value=name)
        ws.cell(row=i, column=3, value=role)
    r0 = len(KEY_PEOPLE) + 3
    ws.cell(row=r0, column=1, value="Status").font = Font(bold=True)
    for i, (code, text) in enumerate(STATUS, r0 + 1):
        ws.cell(row=i, column=1, value=code)
        ws.cell(row=i, column=2, value=text)
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70

    ws = wb.create_sheet("CIC dates")
    ws["A1"] = "Capital & Investment Committee: meeting dates 2017 (last Thursday of the month; no August meeting)"
    ws["A1"].font = Font(bold=True)
    ws["A3"], ws["B3"] = "Meeting", "Papers due"
    for i, d in enumerate(CIC_DATES, 4):
        ws.cell(row=i, column=1, value=d).number_format = "dd/mm/yyyy"
        ws.cell(row=i, column=2, value=date.fromordinal(d.toordinal() - 8)).number_format = "dd/mm/yyyy"
    fixed = datetime(2017, 2, 28, 17, 0, 0)
    wb.properties.creator = "STP PMO"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.lastModifiedBy = "STP PMO"
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Data sharing agreement (Word)
# ---------------------------------------------------------------------------------------------------------------
DOC_CONTROL = [
    ("Version", "Date", "Author", "Summary of changes"),
    ("0.4", "11/11/2016", "C Idris", "First draft for the IG Steering Group"),
    ("1.0", "15/12/2016", "C Idris", "Approved by the BCCR Programme Board. Phase 1 go-live 1 April 2017"),
    ("1.1", "23/02/2017", "C Idris", "Three Shires Ambulance Service added as a prospective party (Schedule 1, Part "
                                     "B); review date set (clause 9.2)"),
    ("1.2", "03/03/2017", "C Idris", "Phase 1 go-live moved from 1 April 2017 to 3 July 2017 (Schedule 4); Wealdrick "
                                     "County Council Caldicott Guardian changed (Schedule 2)"),
]
CLAUSES = [
    ("1", "Parties", [
        "1.1 The parties to this Agreement are listed in Schedule 1, Part A. Each GP practice joins by signing a "
        "Practice Accession Form.",
        "1.2 An organisation listed in Schedule 1, Part B becomes a party when it signs an accession form; until "
        "then no data is shared with it."]),
    ("2", "Definitions", [
        "2.1 \u201cBCCR\u201d means the Brenthurst & Callowmere Care Record, the shared record viewer hosted by the "
        "Lead Party.",
        "2.2 \u201cDirect care\u201d means a clinical, social or public health activity concerned with the care of an "
        "identified individual.",
        "2.3 \u201cLead Party\u201d means Brenthurst Royal Hospitals NHS Foundation Trust (BRH).",
        "2.4 \u201cCG\u201d means Caldicott Guardian and \u201cSIRO\u201d means Senior Information Risk Owner."]),
    ("3", "Purpose", [
        "3.1 Data is shared only for direct care, so that staff treating a person can see the information they "
        "need from other organisations' records.",
        "3.2 The BCCR is an enabler of the Brenthurst & Callowmere Sustainability and Transformation Plan. It "
        "supports the Urgent and emergency care and Local Care Hubs programmes and, through them, national "
        "must-dos 3 (general practice) and 4 (A&E and ambulance)."]),
    ("4", "Legal basis", [
        "4.1 The parties rely on the Data Protection Act 1998, Schedule 2 paragraph 5 and Schedule 3 paragraph 8, "
        "and on implied consent under the common law duty of confidentiality.",
        "4.2 A person may ask that their record is not shared; the Lead Party records the objection within five "
        "working days."]),
    ("5", "Data shared", ["5.1 The data flows are set out in Schedule 3. No other data is shared under this "
                          "Agreement."]),
    ("6", "Roles and governance", [
        "6.1 Each party names a Caldicott Guardian, a SIRO and an IG lead in Schedule 2.",
        "6.2 The Lead Party hosts the BCCR and is responsible for access controls and audit.",
        "6.3 The BCCR Programme Board oversees this Agreement. It is chaired by the Senior Responsible Officer "
        "for the BCCR, Imogen Thackray, Director of Informatics at BRH, and reports to the STP Partnership Board."]),
    ("7", "Access requests and freedom of information", [
        "7.1 A subject access request is answered by the party that received it, with help from the Lead Party."]),
    ("8", "Incidents", [
        "8.1 A party reports any suspected breach to the Lead Party's IG lead within 24 hours of becoming aware "
        "of it."]),
    ("9", "Term and review", [
        "9.1 This Agreement commences on 1 April 2017.",
        "9.2 It will be reviewed by the BCCR Programme Board by 31 March 2018 and every year after that."]),
    ("10", "Signature", ["10.1 Signed for each party by its chief executive, or the person named in Schedule 5."]),
]
PARTIES = [
    ("1", "Brenthurst Royal Hospitals NHS Foundation Trust (BRH)", "Acute trust; Lead Party", "Z7264015"),
    ("2", "Callowmere and Tamsford Hospitals NHS Trust (CATH)", "Acute and community trust", "Z5839102"),
    ("3", "Greyfriars Partnership NHS Foundation Trust (GPFT)", "Mental health and community trust", "Z6120448"),
    ("4", "NHS Brenthurst CCG", "Commissioner", "Z3397251"),
    ("5", "NHS Callowmere & Tamsford CCG", "Commissioner", "Z3397266"),
    ("6", "NHS Wealdrick CCG", "Commissioner", "Z3401873"),
    ("7", "Brenthurst City Council", "Local authority (adult social care)", "Z5671290"),
    ("8", "Wealdrick County Council", "Local authority (adult social care)", "Z5718834"),
    ("9", "GP practices in the footprint (138), each by a Practice Accession Form", "GP practices",
     "Each practice's own"),
]
OFFICERS = [
    ("BRH", "Dr Laurence Fairbairn, Medical Director", "Nadia Brookfield, Director of Finance",
     "Carwyn Idris, Head of Information Governance"),
    ("CATH", "Dr Ffion Garside, Medical Director", "Beatrix Olumide, Chief Operating Officer",
     "Tom Rackham, IG Manager"),
    ("GPFT", "Dr Simone Achterberg, Medical Director", "Rhiannon Neale, Director of Operations",
     "Priya Venkataraman, IG Lead"),
    ("Brenthurst CCG", "Jacqueline Ormerod, Director of Nursing & Quality", "Joanna Strachey-Bell, Director of Finance",
     "Central Shires CSU"),
    ("Callowmere & Tamsford CCG", "Dr Hamish Lorimer, GP Board Member", "Owain Pritchard-Voss, Accountable Officer",
     "Central Shires CSU"),
    ("Wealdrick CCG", "Linnea Haworth, Chief Nurse", "Ruairi Haddon, Accountable Officer", "Central Shires CSU"),
    ("Brenthurst City Council", "Marguerite Doyle, Director of Adult Social Services",
     "Edwin Stapleford, Director of Resources", "Council IG Team"),
    ("Wealdrick County Council", "Adebayo Finch, Assistant Director, Adult Care (from 1 March 2017; previously "
                                 "Gillian Marsh)", "Hester Quayle, Director of Corporate Services", "-"),
    ("GP practices", "Each practice's own Caldicott Guardian, named in its accession form", "-", "-"),
]
FLOWS = [
    ("F1", "GP practices", "BCCR", "GP summary: medications, allergies, problems, recent results", "Real time"),
    ("F2", "BRH, CATH", "BCCR", "Discharge summaries, outpatient letters, pathology results", "Real time"),
    ("F3", "GPFT", "BCCR", "Crisis and care plans, care coordinator", "Daily"),
    ("F4", "Brenthurst City Council, Wealdrick County Council", "BCCR", "Social worker, care package, carer details",
     "Daily (phase 3)"),
]
PHASES = [
    ("Phase", "Scope", "Go-live", "Status"),
    ("1", "GP summary record viewable in the BGI and CDH emergency departments and by NHS 111 clinicians", "3 July 2017",
     "Testing"),
    ("2", "Community and mental health staff; ambulance crews once Three Shires Ambulance Service accedes",
     "Q3 2017/18", "Planned"),
    ("3", "Adult social care records from the two councils", "time frame as yet unknown", "Not started"),
]
SIGN = [("Party", "Signed by", "Position"), ("BRH", "Marcus Tregenza-Holt", "Chief Executive"),
        ("CATH", "Sian Llewellyn-Marsh", "Chief Executive"), ("GPFT", "Tamsin Greaves-Adeyemi", "Chief Executive"),
        ("NHS Brenthurst CCG", "Dr Colm Rafferty", "Accountable Officer"),
        ("NHS Callowmere & Tamsford CCG", "Owain Pritchard-Voss", "Accountable Officer"),
        ("NHS Wealdrick CCG", "Ruairi Haddon", "Accountable Officer"),
        ("Brenthurst City Council", "Edwin Stapleford", "Director of Resources"),
        ("Wealdrick County Council", "Hester Quayle", "Director of Corporate Services")]


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _dtable(doc, rows, head=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
                    run.font.bold = head and i == 0
            if head and i == 0:
                _shade(cell, "D9E2F3")
    return t


def dsa(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL | BCCR Data Sharing Agreement | Version 1.2"
    sec.footer.paragraphs[0].text = "Brenthurst & Callowmere STP | Digital enabler"
    for text, size, bold in [("DATA SHARING AGREEMENT", 20, True),
                             ("Brenthurst & Callowmere Care Record (BCCR)", 14, True),
                             ("Sharing personal data for direct care between health and social care organisations in "
                              "the Brenthurst & Callowmere STP footprint", 11, False),
                             ("Version 1.2, 3 March 2017", 11, False)]:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.size, r.font.bold = Pt(size), bold
        r.font.color.rgb = RGBColor(0x00, 0x30, 0x87)
    doc.add_paragraph("Document control")
    _dtable(doc, [list(r) for r in DOC_CONTROL])
    doc.add_paragraph("Abbreviations: BCCR Brenthurst & Callowmere Care Record; BGI Brenthurst General Infirmary; "
                      "CDH Callowmere District Hospital; CG Caldicott Guardian; CSU commissioning support unit; IG "
                      "information governance; SIRO Senior Information Risk Owner; TSAS Three Shires Ambulance Service "
                      "NHS Trust.")
    for num, title, paras in CLAUSES:
        h = doc.add_paragraph()
        r = h.add_run(f"{num}. {title}")
        r.bold = True
        for text in paras:
            p = doc.add_paragraph(text)
            p.paragraph_format.left_indent = Pt(18)
    doc.add_page_break()
    doc.add_paragraph("Schedule 1: Parties").runs[0].bold = True
    doc.add_paragraph("Part A: Parties on commencement")
    _dtable(doc, [["No.", "Organisation", "Type", "ICO registration"]] + [list(r) for r in PARTIES])
    doc.add_paragraph("Part B: Prospective parties")
    doc.add_paragraph("Three Shires Ambulance Service NHS Trust (TSAS), to join for phase 2. Its named officers will "
                      "be added to Schedule 2 when it accedes.")
    doc.add_paragraph("Schedule 2: Named officers").runs[0].bold = True
    t = doc.add_table(rows=2 + len(OFFICERS), cols=4)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Party"
    t.cell(0, 1).text = "Named officers"
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 0).merge(t.cell(1, 0))
    for j, h in enumerate(["Caldicott Guardian", "SIRO", "IG lead"], 1):
        t.cell(1, j).text = h
    for i, r in enumerate(OFFICERS, 2):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    for i in (0, 1):
        for j in range(4):
            _shade(t.cell(i, j), "D9E2F3")
    doc.add_paragraph("Schedule 3: Data flows").runs[0].bold = True
    _dtable(doc, [["Flow", "From", "To", "Data", "Frequency"]] + [list(r) for r in FLOWS])
    doc.add_paragraph("Schedule 4: Implementation phases").runs[0].bold = True
    _dtable(doc, [list(r) for r in PHASES])
    doc.add_paragraph("Schedule 5: Signatories").runs[0].bold = True
    _dtable(doc, [list(r) for r in SIGN])
    doc.core_properties.author = "C Idris"
    doc.core_properties.title = "BCCR Data Sharing Agreement v1.2"
    doc.core_properties.revision = 12
    doc.core_properties.last_modified_by = "C Idris"
    doc.core_properties.comments = ""
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Hansard extract (plain text, hard-wrapped)
# ---------------------------------------------------------------------------------------------------------------
def _wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        words, line = para.split(), ""
        if not words:
            out.append("")
            continue
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        out.append(line)
    return "\n".join(out)


HANSARD_PARTS = [
    "Written questions, answers and statements\nUK Parliament",
    "Extract prepared by the Brenthurst & Callowmere STP Communications Team for the STP Partnership Board of "
    "30 March 2017. Four written questions about the STP and one written ministerial correction, copied from the "
    "parliamentary website. Question numbers as published.",
    "=" * 76,
    "Department of Health\nUrgent Treatment Centres: Tamsford\nQuestion 68214, tabled on 6 March 2017",
    "Angharad Mostyn (Tamsford and Wealdrick)",
    "To ask the Secretary of State for Health, when the urgent treatment centre at Tamsford Community Hospital "
    "proposed in the Brenthurst and Callowmere Sustainability and Transformation Plan will open; and what capital "
    "funding has been identified for that centre.",
    "Answered on 14 March 2017\nEdwin Corrie (Minister of State for Health)",
    "Local NHS commissioners advise that the urgent treatment centre at Tamsford Community Hospital is expected to "
    "open in December 2017. The capital cost of £2.45 million will be met from local NHS resources. The full "
    "business case is expected to go to the local Capital and Investment Committee in September 2017.",
    "-" * 76,
    "Department of Health\nStroke: Brenthurst\nQuestion 68215, tabled on 6 March 2017",
    "Angharad Mostyn (Tamsford and Wealdrick)",
    "To ask the Secretary of State for Health, what assessment NHS England has made of the proposals to "
    "reconfigure hyper-acute stroke services in the Brenthurst and Callowmere Sustainability and Transformation "
    "Plan area; and when a decision on those proposals will be made.",
    "Answered on 14 March 2017\nEdwin Corrie (Minister of State for Health)",
    "NHS England completed its Stage 2 assurance of the proposals on 12 January 2017 and found that they met the "
    "Government's four tests for service change, subject to conditions. The three clinical commissioning groups "
    "are consulting the public until 15 May 2017. Any decision is a matter for the local Joint Committee of "
    "Clinical Commissioning Groups, which expects to decide in September 2017.",
    "-" * 76,
    "Department of Health\nAccident and Emergency Departments: Capital Investment\nQuestion 69007, tabled on 9 "
    "March 2017",
    "Lord Ashby of Coldridge",
    "To ask Her Majesty's Government how much of the £100 million of capital for accident and emergency "
    "departments announced in the Spring Budget 2017 has been allocated to hospitals in the Brenthurst and "
    "Callowmere Sustainability and Transformation Plan area.",
    "Answered on 16 March 2017\nLord Pennard (Parliamentary Under-Secretary of State, Department of Health)",
    "Brenthurst Royal Hospitals NHS Foundation Trust has been allocated £1.1 million to provide front-door "
    "streaming to a GP-led service at Brenthurst General Infirmary, to be in place before winter 2017/18. No other "
    "trust in the area bid in the first round.",
    "-" * 76,
    "Department of Health\nGeneral Practitioners: Brenthurst and Callowmere\nQuestion 69530, tabled on 10 March "
    "2017",
    "Angharad Mostyn (Tamsford and Wealdrick)",
    "To ask the Secretary of State for Health, how many full-time equivalent general practitioners there were in "
    "the Brenthurst and Callowmere Sustainability and Transformation Plan area in each of the last five years.",
    "Answered on 20 March 2017\nEdwin Corrie (Minister of State for Health)",
    "The information is not held centrally in the form requested for years before 2015. NHS Digital's workforce "
    "census shows 612 full-time equivalent GPs (excluding registrars and locums) in the three clinical "
    "commissioning groups of the STP area at 30 September 2016, and 629 at 30 September 2015.",
    "=" * 76,
    "Written Ministerial Correction\nDepartment of Health\nUrgent Treatment Centres: Tamsford\nMade on 27 March "
    "2017\nEdwin Corrie (Minister of State for Health)",
    "An error has been identified in the written answer given to the hon. Member for Tamsford and Wealdrick, "
    "Angharad Mostyn, on 14 March 2017 (Question 68214).",
    "The full answer given was:",
    "\"Local NHS commissioners advise that the urgent treatment centre at Tamsford Community Hospital is expected "
    "to open in December 2017. ...\"",
    "The correct answer should have been:",
    "\"Local NHS commissioners advise that the urgent treatment centre at Tamsford Community Hospital is expected "
    "to open in March 2018. ...\"",
    "=" * 76,
]


def hansard(path):
    path.write_text("\n\n".join(_wrap(p) if not p.startswith(("=", "-")) else p for p in HANSARD_PARTS) + "\n")


# ---------------------------------------------------------------------------------------------------------------
def pin_core(path: Path, iso: str, when: tuple) -> None:
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    out = []
    for n, d in entries:
        if n == "docProps/core.xml":
            d = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                       lambda m: m.group(1) + iso.encode() + m.group(3), d)
            d = re.sub(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>", b"", d)
        out.append((n, d))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    checklist(OUT / F_CHECK)
    logic_models(OUT / F_LOGIC)
    booklet(OUT / F_BOOK)
    pipeline(OUT / F_PIPE)
    dsa(OUT / F_DSA)
    hansard(OUT / F_HANS)
    pin_core(OUT / F_LOGIC, "2017-01-26T09:00:00Z", (2017, 1, 26, 9, 0, 0))
    pin_core(OUT / F_PIPE, "2017-02-28T17:00:00Z", (2017, 2, 28, 17, 0, 0))
    pin_core(OUT / F_DSA, "2017-03-03T10:00:00Z", (2017, 3, 3, 10, 0, 0))
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
