"""Write the Stannerby & Colderwick STP papers (fifty-fifth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, in genres no earlier bank used:
  01 Suicide prevention multi-agency action plan 2017-2020 (PDF, portrait, platypus): a ruled action table of 16 rows
     (Ref / Action / Lead / Milestone / 2017/18 £k, a Total row) that runs over a page break with its header row
     repeated; leads only as initials (DM and DMc are two people) named in Annex A; a funding-by-source table in £k; a
     risk table whose owners are posts, named in Annex B.
  02 Neighbourhood Care (MCP) Partnership Board development session (PDF, landscape 16:9 pages drawn on the canvas like
     an exported slide deck): number tiles, five priority boxes led by posts, a neighbourhood roll-out slide, a timeline
     strip, a must-do coverage grid of L / C letters (must-do 1 one merged cell, must-do 8 covered by none), a £m net
     savings table with Total row and column and a bridge, a risks slide (owners by post) and a who's who slide.
  03 Section 75 partnership agreement schedules for the Home First pooled fund (Word): a parties table with
     "Authorised officers" merged across two columns and "Party" merged down two header rows; a services schedule whose
     part rows are merged across the table and whose host partner cells are merged down each part; lead officers as
     posts named in Schedule 4; contributions in £k with a Total row.
  04 Clinical policy harmonisation (procedures of limited clinical value) update to the Planned Care Board (PowerPoint):
     a real table of wave 1 policies (clinical lead, engagement closes, go-live, saving £k, Total row) and a real
     "changes since the February Board" table that moves the cataract go-live and replaces a clinical lead from a date.
  05 Home First High Impact Change Model self-assessment and action tracker (Excel): header on row 3, owners as
     initials named on a Contacts sheet, one Target date column holding real date cells and dates typed as text,
     an iBCF funding sheet in £k with a Total row, a Read me sheet.
  06 LMC update for practices (plain text): the latest paper; replaces the Neighbourhood Care clinical lead from a
     date and moves the crisis cafe opening, saying that its dates stand over the earlier papers.

Everything is fixed: reportlab runs in invariant mode, Office files get pinned core dates and zip entry times.
usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))

F1 = "01_SC_Suicide_Prevention_Action_Plan_2017-20_v1.3_Dec2016.pdf"
F2 = "02_SC_STP_Neighbourhood_Care_Development_Session_18Jan2017.pdf"
F3 = "03_SC_Home_First_S75_Agreement_Schedules_v0.9_Feb2017.docx"
F4 = "04_SC_Clinical_Policy_Harmonisation_Update_08Mar2017.pptx"
F5 = "05_SC_Home_First_HICM_Tracker_31Mar2017.xlsx"
F6 = "06_SC_LMC_Update_for_Practices_Issue27_24Apr2017.txt"

TEAL = colors.HexColor("#0E6D6B")
PALE = colors.HexColor("#DCEFEE")
GREY = colors.HexColor("#595959")

# ---------------------------------------------------------------------------------------------------------------
# 01 Suicide prevention action plan (PDF, platypus)
# ---------------------------------------------------------------------------------------------------------------
SP_ACTIONS = [
    # ref, action, lead (initials), milestone, 2017/18 £k
    ("SP01", "Real-time surveillance of suspected suicides, with the Senior Coroner and the Constabulary sharing "
     "notifications within three working days", "PH", "Live by Q2 2017/18", "35"),
    ("SP02", "Suicide prevention training for all GP practice staff (the Zero Suicide approach), 118 practices",
     "DM", "All practices trained by end of March 2018", "48"),
    ("SP03", "Suicide awareness training for emergency department and acute ward staff at Stannerby General Hospital",
     "AW", "First cohort w/c 5 June 2017", "22"),
    ("SP04", "Crisis caf\u00e9 in Colderwick town centre, run with the voluntary sector, open 6pm to 11pm seven days a "
     "week", "TO", "Opens Sept-17", "120"),
    ("SP05", "Bereavement by suicide (postvention) support service for families, friends and colleagues", "RQ",
     "Service starts Q4 2017/18", "65"),
    ("SP06", "24/7 liaison psychiatry in the emergency department at Stannerby General Hospital, to the Core 24 "
     "standard", "DMc", "Core 24 in place by Winter 2017/18", "310"),
    ("SP07", "Follow-up of every patient within 72 hours of discharge from mental health inpatient care", "DMc",
     "From 01/10/2017", "0"),
    ("SP08", "Men's community wellbeing groups (\"Sheds and Shoulders\") in the six most deprived wards", "RQ",
     "First six groups running Spring 2018", "18"),
    ("SP09", "Safety measures at the Wenlow Viaduct, the footprint's highest-frequency location", "SK",
     "Barriers installed by 30 November 2017", "90"),
    ("SP10", "Mental health street triage car (police officer with a mental health nurse)", "SK",
     "Extended to 24/7 from Q1 2018/19", "140"),
    ("SP11", "Support to schools and colleges after a suspected suicide (Step by Step)", "JF",
     "Offer in place by end of December 2017", "12"),
    ("SP12", "Review of high-dose opioid and antidepressant prescribing in primary care", "DM",
     "Practice audits complete Jan-18", "8"),
    ("SP13", "Local suicide audit 2014-2016 published", "PH", "July 2017", "6"),
    ("SP14", "Responsible media reporting agreement with the local press and radio", "JF",
     "Agreement signed Spring 2017", "3"),
    ("SP15", "Mental Health First Aid for council front-line staff", "RQ", "time frame as yet unknown", "25"),
    ("SP16", "Annual progress report to both Health and Wellbeing Boards", "TO", "12 March 2018", "0"),
]
SP_TOTAL = "902"
SP_LEADS = [
    ("AW", "Alison Whitlock", "Head of Learning and Development, Stannerby Teaching Hospitals NHS Foundation Trust"),
    ("DM", "Dr Deborah Mundy", "GP and Clinical Lead for Mental Health, NHS Stannerby CCG"),
    ("DMc", "Dr Duncan McAvoy", "Clinical Director, Acute and Crisis Mental Health, Marrick Vale Partnership NHS "
     "Foundation Trust"),
    ("JF", "Joanne Fairlie", "Branch Director, Stannerby & District Samaritans"),
    ("PH", "Priya Hebblethwaite", "Public Health Intelligence Manager, Colderwick Borough Council"),
    ("RQ", "Rhiannon Quaile", "Consultant in Public Health, Stannerby County Council"),
    ("SK", "Inspector Samir Khatri", "Partnerships Inspector, Stannerby & Colderwick Constabulary"),
    ("TO", "Tomasz Olejnik", "Head of Mental Health Commissioning, NHS Colderwick & Wenlow CCG"),
]
SP_POSTS = [
    ("Director of Public Health, Stannerby County Council", "Dr Marcus Fenlon"),
    ("Director of Commissioning, NHS Stannerby CCG", "Gillian Rothery"),
    ("Chief Operating Officer, Marrick Vale Partnership NHS Foundation Trust", "Kwame Asante-Boyd"),
]
SP_RISKS = [
    ("R1", "Recurrent funding for 2018/19 onwards is not agreed, so posts are recruited on fixed-term contracts",
     "4 x 4 = 16", "Director of Commissioning, NHS Stannerby CCG"),
    ("R2", "Delays in sharing the Coroner's data hold up real-time surveillance and the local audit", "3 x 3 = 9",
     "Director of Public Health, Stannerby County Council"),
    ("R3", "Consultant psychiatrist and liaison nurse vacancies delay the Core 24 liaison service", "4 x 5 = 20",
     "Chief Operating Officer, Marrick Vale Partnership NHS Foundation Trust"),
]


def suicide_plan(path: Path) -> None:
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=TEAL, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
    sub = ParagraphStyle("s", fontName="DV", fontSize=10, leading=13, textColor=GREY, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    head = ParagraphStyle("hd", fontName="DVB", fontSize=8.5, leading=10.5, textColor=colors.white)
    bold = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5)

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, A4[1] - 12 * mm, "Stannerby & Colderwick Suicide Prevention Partnership")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "Action plan 2017-2020 | version 1.3 | 14 December 2016")
        c.drawString(18 * mm, 10 * mm, "Part of the Stannerby & Colderwick STP, priority P4 Mental Health & Suicide "
                     "Prevention")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Suicide Prevention Action Plan 2017-2020",
                            author="Stannerby & Colderwick Suicide Prevention Partnership",
                            subject="Multi-agency action plan, version 1.3", creator="Stannerby County Council")
    s = []
    s.append(Paragraph("Stannerby &amp; Colderwick Suicide Prevention Action Plan 2017-2020", h1))
    s.append(Paragraph("Multi-agency action plan | version 1.3 | approved by the Suicide Prevention Partnership on "
                       "14 December 2016", sub))
    s.append(Paragraph("1. About this plan", h2))
    s.append(Paragraph(
        "This is the multi-agency suicide prevention action plan for the Stannerby &amp; Colderwick STP footprint. It "
        "delivers the suicide prevention part of STP priority P4 (Mental Health &amp; Suicide Prevention) and the "
        "national ambition to reduce suicide by 10% by 2020/21. Across the footprint 84 people died by suicide in "
        "2013-15, a rate of 11.2 per 100,000 against 10.1 for England.", body))
    s.append(Paragraph(
        "The plan is owned by the Stannerby &amp; Colderwick Suicide Prevention Partnership, which is chaired by the "
        "Director of Public Health, Stannerby County Council, and meets quarterly. Actions are led by the partner "
        "organisations; leads are shown by their initials in the table below and named in Annex A. Posts named in "
        "this plan are listed with their holders in Annex B.", body))
    s.append(Paragraph(
        "The actions follow the six areas of the national suicide prevention strategy: reducing risk in high-risk "
        "groups; tailoring support for particular groups; reducing access to the means of suicide; better "
        "information and support for those bereaved or affected by suicide; responsible media reporting; and better "
        "data and research. Two local areas were added after the partnership's workshop in October 2016: men in "
        "mid-life, who account for three in five local deaths, and people in contact with the criminal justice "
        "system.", body))
    s.append(Paragraph(
        "Each action has one lead, a milestone by which progress will be judged and its cost in 2017/18. Where a "
        "milestone depends on another organisation's decision it is shown as a period rather than a date. Progress "
        "is reported to each quarterly meeting of the partnership and once a year to both Health and Wellbeing "
        "Boards.", body))
    s.append(Paragraph("2. Actions, leads and milestones", h2))
    rows = [[Paragraph(t, head) for t in ("Ref", "Action", "Lead", "Milestone", "2017/18 £k")]]
    for ref, action, lead, ms, k in SP_ACTIONS:
        rows.append([Paragraph(ref, cell), Paragraph(action, cell), Paragraph(lead, cell), Paragraph(ms, cell),
                     Paragraph(k, cell)])
    rows.append([Paragraph("", bold), Paragraph("Total 2017/18", bold), Paragraph("", bold), Paragraph("", bold),
                 Paragraph(SP_TOTAL, bold)])
    t = Table(rows, colWidths=[13 * mm, 82 * mm, 14 * mm, 44 * mm, 21 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, -1), (-1, -1), PALE),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("3. Funding", h2))
    s.append(Paragraph(
        "The actions above cost £902k in 2017/18. Funding for 2018/19 and 2019/20 will be agreed through the STP "
        "financial plan (see risk R1).", body))
    fund = [["Source", "2017/18 £k"], ["NHS Stannerby CCG and NHS Colderwick & Wenlow CCG (mental health investment)",
                                       "560"],
            ["Public health grant (Stannerby County Council and Colderwick Borough Council)", "342"],
            ["Total", "902"]]
    ft = Table([[Paragraph(a, head if i == 0 else (bold if i == 3 else cell)),
                 Paragraph(b, head if i == 0 else (bold if i == 3 else cell))] for i, (a, b) in enumerate(fund)],
               colWidths=[130 * mm, 30 * mm])
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                            ("BACKGROUND", (0, -1), (-1, -1), PALE)]))
    s.append(ft)
    s.append(Paragraph("4. Risks", h2))
    rk = [[Paragraph(x, head) for x in ("Ref", "Risk", "Rating (L x I)", "Risk owner")]]
    for r in SP_RISKS:
        rk.append([Paragraph(x, cell) for x in r])
    rt = Table(rk, colWidths=[11 * mm, 86 * mm, 24 * mm, 53 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(rt)
    s.append(Paragraph("Risks rated 15 or more are reported to the STP Partnership Board.", body))
    s.append(Paragraph("Annex A: Action leads", h2))
    an = [[Paragraph(x, head) for x in ("Initials", "Name", "Role and organisation")]]
    for a in SP_LEADS:
        an.append([Paragraph(x, cell) for x in a])
    at = Table(an, colWidths=[16 * mm, 42 * mm, 116 * mm])
    at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.6, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(KeepTogether([at]))
    bn = [[Paragraph(x, head) for x in ("Post", "Holder")]]
    for a in SP_POSTS:
        bn.append([Paragraph(x, cell) for x in a])
    bt = Table(bn, colWidths=[120 * mm, 54 * mm])
    bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.6, colors.grey)]))
    s.append(KeepTogether([Paragraph("Annex B: Posts named in this plan", h2), bt]))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Neighbourhood Care development session (landscape PDF deck, canvas)
# ---------------------------------------------------------------------------------------------------------------
W, H = 960, 540
DECK_FOOT = "Stannerby & Colderwick STP | Neighbourhood Care: Partnership Board development session | 18 January 2017"
PRIORITIES = [
    ("P1", "Neighbourhood Care (MCP)", "Chief Officer, NHS Stannerby CCG",
     "Eleven neighbourhoods of 50,000 to 80,000 people, each with a hub of GP, community nursing, therapy, social "
     "care and mental health staff, growing into a Multispecialty Community Provider", "#2E75B6"),
    ("P2", "Urgent & Emergency Care", "Chief Operating Officer, Colderwick and Wenlow Hospitals NHS Trust",
     "Front-door streaming at both emergency departments, an urgent treatment centre at Colderwick Royal Hospital "
     "and a single clinical assessment service behind NHS 111", "#C00000"),
    ("P3", "Planned Care & Clinical Policy", "Chief Officer, NHS Colderwick & Wenlow CCG",
     "One set of clinical commissioning policies across both CCGs, MSK triage, outpatient follow-up reduction and "
     "the cancer early diagnosis pathway", "#548235"),
    ("P4", "Mental Health & Suicide Prevention", "Director of Public Health, Stannerby County Council",
     "Core 24 liaison psychiatry, crisis alternatives and the multi-agency suicide prevention action plan",
     "#7030A0"),
    ("P5", "Home First", "Director of Adult Social Care, Stannerby County Council",
     "Discharge to assess, reablement, trusted assessors and the High Impact Change Model, through the Section 75 "
     "pooled fund", "#C55A11"),
]
ENABLERS = [("Workforce", "Director of Workforce, Stannerby Teaching Hospitals NHS Foundation Trust"),
            ("Digital", "Chief Clinical Information Officer, Colderwick and Wenlow Hospitals NHS Trust")]
WHOS_WHO = [
    ("Independent Chair, STP Partnership Board", "Professor Miriam Eastgate"),
    ("STP Lead (Chief Executive, Stannerby Teaching Hospitals NHS Foundation Trust)", "Corinna Blakemore-Shaw"),
    ("STP Programme Director", "Aled Vaughan-Sowerby"),
    ("Chief Officer, NHS Stannerby CCG", "Bernadette Okafor-Lisle"),
    ("Chief Operating Officer, Colderwick and Wenlow Hospitals NHS Trust", "Rupert Dainty"),
    ("Chief Officer, NHS Colderwick & Wenlow CCG", "Helen Strickmore"),
    ("Director of Public Health, Stannerby County Council", "Dr Marcus Fenlon"),
    ("Director of Adult Social Care, Stannerby County Council", "Nadia Grieveson"),
    ("Director of Finance, Colderwick and Wenlow Hospitals NHS Trust (STP Finance Lead)", "Simon Rushworth"),
    ("Director of Workforce, Stannerby Teaching Hospitals NHS Foundation Trust", "Callum Ashdown-Price"),
    ("Chief Clinical Information Officer, Colderwick and Wenlow Hospitals NHS Trust", "Dr Ines Marchetti"),
    ("Clinical Lead, Neighbourhood Care (GP, Wenlow Road Surgery)", "Dr Owen Pritchard-Lyle"),
]
NEIGHBOURHOODS = [
    ("Wave 1", "3 April 2017", ["Stannerby North", "Colderwick East", "Wenlow"]),
    ("Wave 2", "Q3 2017/18", ["Stannerby Central", "Colderwick West", "Marrick Dale", "Thwaite Bridge"]),
    ("Wave 3", "by end of March 2018", ["Stannerby South", "Haxby Moor", "Ellerholt", "Saltergate"]),
]
TIMELINE = [
    ("3 April 2017", "Wave 1 hubs live (3 neighbourhoods)"),
    ("1 June 2017", "Harmonised clinical policies, wave 1, live"),
    ("Sept-17", "MCP outline business case to Partnership Board"),
    ("Q3 2017/18", "Wave 2 hubs live (4 neighbourhoods)"),
    ("Winter 2017/18", "MCP procurement launched"),
    ("by end of March 2018", "All 11 neighbourhoods live"),
    ("1 April 2019", "MCP contract live"),
]
# must-do number, label, {priority: mark}; must-do 1 is one merged cell
MUSTDOS = [
    (1, "1 STP", None),
    (2, "2 Financial balance", {"P3": "L", "P1": "C", "P5": "C"}),
    (3, "3 General practice", {"P1": "L"}),
    (4, "4 A&E and ambulance", {"P2": "L", "P1": "C", "P5": "C"}),
    (5, "5 Referral to treatment (18 weeks)", {"P3": "L"}),
    (6, "6 Cancer (62 days)", {"P3": "C"}),
    (7, "7 Mental health", {"P4": "L", "P2": "C"}),
    (8, "8 Learning disabilities", {}),
    (9, "9 Improving quality", {"P2": "L", "P4": "C"}),
]
SAVINGS = [  # £m, 2017/18 .. 2020/21 and Total
    ("P1 Neighbourhood Care", ["2.4", "6.8", "11.2", "14.6", "35.0"]),
    ("P2 Urgent & Emergency Care", ["1.8", "4.5", "7.9", "9.6", "23.8"]),
    ("P3 Planned Care & Clinical Policy", ["3.6", "7.2", "9.8", "11.4", "32.0"]),
    ("P4 Mental Health & Suicide Prevention", ["0.3", "0.9", "1.6", "2.2", "5.0"]),
    ("P5 Home First", ["1.2", "3.8", "6.1", "7.5", "18.6"]),
    ("Total", ["9.3", "23.2", "36.6", "45.3", "114.4"]),
]
DECK_RISKS = [
    ("K1", "31 whole-time-equivalent GP vacancies slow the neighbourhood hubs", "High",
     "Chief Officer, NHS Stannerby CCG"),
    ("K2", "Provider deficits (a combined £23.5m forecast for 2016/17) leave no money to double-run services",
     "High", "Director of Finance, Colderwick and Wenlow Hospitals NHS Trust"),
    ("K3", "Delayed transfers of care stay above 5% of occupied bed days", "Medium",
     "Director of Adult Social Care, Stannerby County Council"),
]


class Deck:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Neighbourhood Care: Partnership Board development session")
        self.c.setAuthor("Stannerby & Colderwick STP Programme Office")
        self.c.setSubject("Development session slides, 18 January 2017")
        self.c.setCreator("Stannerby & Colderwick STP")
        self.n = 0

    def slide(self, title: str):
        if self.n:
            self.c.showPage()
        self.n += 1
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 22)
        c.drawString(36, H - 42, title)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(36, 16, DECK_FOOT)
        c.drawRightString(W - 36, 16, f"Slide {self.n}")

    def text(self, x, y, s, font="DV", size=11, color=colors.black, width=None, leading=None):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        lines = simpleSplit(s, font, size, width) if width else [s]
        for i, line in enumerate(lines):
            c.drawString(x, y - i * (leading or size * 1.25), line)
        return y - len(lines) * (leading or size * 1.25)

    def box(self, x, y, w, h, fill="#FFFFFF", stroke="#7F7F7F"):
        self.c.setFillColor(colors.HexColor(fill))
        self.c.setStrokeColor(colors.HexColor(stroke))
        self.c.rect(x, y, w, h, stroke=1, fill=1)


def deck(path: Path) -> None:
    d = Deck(path)
    c = d.c
    # 1 title
    d.slide("Neighbourhood Care")
    d.text(36, 400, "Building our Multispecialty Community Provider", "DVB", 26, TEAL)
    d.text(36, 360, "Stannerby & Colderwick STP Partnership Board: development session", "DV", 16)
    d.text(36, 334, "Wenlow Hall, Wednesday 18 January 2017, 1.30pm to 4.30pm", "DV", 14, GREY)
    d.text(36, 300, "Slides for discussion. Posts are named on the who's who slide at the end.", "DVI", 12, GREY)
    # 2 tiles
    d.slide("Why change: the footprint in numbers")
    tiles = [("812,400", "registered population"), ("11", "neighbourhoods of 50,000 to 80,000 people"),
             ("118", "GP practices"), ("£168.4m", "do-nothing gap by 2020/21")]
    for i, (big, cap) in enumerate(tiles):
        x = 40 + i * 225
        d.box(x, 250, 205, 170, "#DCEFEE", "#0E6D6B")
        d.text(x + 14, 350, big, "DVB", 34, TEAL)
        d.text(x + 14, 300, cap, "DV", 12, width=180)
    d.text(40, 200, "Two CCGs, two acute trusts, one community and mental health trust and two councils serve the "
           "footprint. The Partnership Board meets on the third Wednesday of each month; the next meeting is on "
           "15 February 2017.", "DV", 12, width=860)
    # 3 priorities
    d.slide("Five priorities and who leads them")
    bw = 172
    for i, (code, name, sro, desc, col) in enumerate(PRIORITIES):
        x = 30 + i * (bw + 8)
        d.box(x, 150, bw, 300, "#FFFFFF", col)
        c.setFillColor(colors.HexColor(col))
        c.rect(x, 400, bw, 50, stroke=0, fill=1)
        d.text(x + 8, 432, code, "DVB", 13, colors.white)
        d.text(x + 8, 414, name, "DVB", 10, colors.white, width=bw - 14)
        y = d.text(x + 8, 384, "SRO: " + sro, "DVB", 9, width=bw - 14, leading=11)
        d.text(x + 8, y - 8, desc, "DV", 9, width=bw - 14, leading=11)
    d.box(30, 70, 900, 64, "#F2F2F2", "#A6A6A6")
    d.text(42, 114, "Enablers", "DVB", 11)
    for i, (name, lead) in enumerate(ENABLERS):
        d.text(42 + i * 450, 94, f"{name}: {lead}", "DV", 9, width=420, leading=11)
    # 4 neighbourhood roll-out
    d.slide("Neighbourhood hubs: roll-out by wave")
    for i, (wave, when, names) in enumerate(NEIGHBOURHOODS):
        x = 40 + i * 300
        d.box(x, 170, 280, 260, "#FFFFFF", "#2E75B6")
        d.text(x + 12, 405, wave, "DVB", 16, colors.HexColor("#2E75B6"))
        d.text(x + 12, 382, "Go-live: " + when, "DVB", 11)
        for j, nm in enumerate(names):
            d.text(x + 12, 350 - j * 22, "\u2022 " + nm, "DV", 11)
    d.text(40, 130, "Each hub has a named GP clinical lead and a hub manager; the Neighbourhood Care clinical lead "
           "chairs the hub leads' forum.", "DV", 11, width=880)
    # 5 timeline
    d.slide("Key dates")
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(50, 280, 910, 280)
    for i, (when, what) in enumerate(TIMELINE):
        x = 70 + i * 135
        c.setFillColor(TEAL)
        p = c.beginPath()
        p.moveTo(x, 288)
        p.lineTo(x + 8, 280)
        p.lineTo(x, 272)
        p.lineTo(x - 8, 280)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        d.text(x - 40, 318, when, "DVB", 10, TEAL, width=120)
        d.text(x - 40, 256, what, "DV", 9, width=118, leading=11)
    # 6 must-do coverage grid
    d.slide("How the priorities cover the nine national must-dos")
    x0, y0, lw, cw, rh = 40, 430, 260, 110, 32
    d.box(x0, y0, lw, 42, "#0E6D6B", "#7F7F7F")
    d.text(x0 + 8, y0 + 16, "Must-do (2016/17 planning guidance)", "DVB", 10, colors.white)
    for j, (code, name, *_r) in enumerate(PRIORITIES):
        d.box(x0 + lw + j * cw, y0, cw, 42, "#0E6D6B", "#7F7F7F")
        d.text(x0 + lw + j * cw + 6, y0 + 29, code, "DVB", 10, colors.white)
        d.text(x0 + lw + j * cw + 6, y0 + 17, name.split(" (")[0], "DV", 7, colors.white, width=cw - 8,
               leading=8.5)
    for i, (n, label, marks) in enumerate(MUSTDOS):
        y = y0 - (i + 1) * rh
        d.box(x0, y, lw, rh, "#F2F2F2", "#7F7F7F")
        d.text(x0 + 8, y + 11, label, "DV", 10)
        if marks is None:
            d.box(x0 + lw, y, cw * 5, rh, "#DCEFEE", "#7F7F7F")
            d.text(x0 + lw + 10, y + 11, "All five priorities: the STP itself", "DVI", 10)
            continue
        for j, (code, *_r) in enumerate(PRIORITIES):
            d.box(x0 + lw + j * cw, y, cw, rh, "#FFFFFF", "#7F7F7F")
            m = marks.get(code)
            if m:
                c.setFont("DVB", 12)
                c.setFillColor(TEAL if m == "L" else GREY)
                c.drawCentredString(x0 + lw + j * cw + cw / 2, y + 10, m)
    d.text(40, 86, "Key: L = lead priority for the must-do; C = contributes. Must-do 8 (learning disabilities) is "
           "not covered by any priority: it is delivered through the Stannerby & Colderwick Transforming Care "
           "Partnership plan.", "DV", 10, width=880)
    # 7 finance
    d.slide("Net savings by priority (£m)")
    heads = ["Priority", "2017/18", "2018/19", "2019/20", "2020/21", "Total"]
    widths = [330, 100, 100, 100, 100, 100]
    y = 430
    x = 40
    for h_, w_ in zip(heads, widths):
        d.box(x, y, w_, 30, "#0E6D6B", "#7F7F7F")
        d.text(x + 8, y + 10, h_, "DVB", 11, colors.white)
        x += w_
    for name, vals in SAVINGS:
        y -= 30
        x = 40
        fill = "#DCEFEE" if name == "Total" else "#FFFFFF"
        for v, w_ in zip([name] + vals, widths):
            d.box(x, y, w_, 30, fill, "#7F7F7F")
            d.text(x + 8, y + 10, v, "DVB" if name == "Total" else "DV", 11)
            x += w_
    d.text(40, 170, "Bridge for 2020/21: do-nothing gap £168.4m = priority savings £45.3m + provider efficiencies "
           "(CIP) £96.1m + Sustainability and Transformation Fund £27.0m.", "DV", 11, width=880)
    d.text(40, 130, "All figures in £m, net of reinvestment. Years are NHS financial years (April to March).",
           "DVI", 10, GREY, width=880)
    # 8 risks
    d.slide("Top risks to the Neighbourhood Care model")
    for i, (ref, risk, rating, owner) in enumerate(DECK_RISKS):
        y = 360 - i * 100
        d.box(40, y, 880, 86, "#FFFFFF", "#C00000" if rating == "High" else "#FFC000")
        d.text(54, y + 62, f"{ref}  {risk}", "DVB", 12, width=840)
        d.text(54, y + 36, f"Rating: {rating}", "DV", 11)
        d.text(54, y + 16, f"Risk owner: {owner}", "DV", 11)
    # 9 who's who
    d.slide("Who's who")
    y = 440
    for post, name in WHOS_WHO:
        d.text(48, y, post, "DV", 11)
        d.text(640, y, name, "DVB", 11)
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.setLineWidth(0.5)
        c.line(40, y - 8, 920, y - 8)
        y -= 28
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 03 Section 75 agreement schedules (Word, merged cells)
# ---------------------------------------------------------------------------------------------------------------
S75_SERVICES = [
    ("Part A: Home First and reablement", "Stannerby County Council", [
        ("HF1", "Discharge to assess, pathway 1 (home with support)", "Head of Reablement", "3 April 2017"),
        ("HF2", "Discharge to assess, pathway 2 (step-down beds at Ashgill House)",
         "Head of Commissioning, Care Homes", "Q2 2017/18"),
        ("HF3", "Reablement at home (existing service)", "Head of Reablement", "Continuing (since 1 April 2015)"),
    ]),
    ("Part B: Community equipment and technology", "NHS Stannerby CCG", [
        ("HF4", "Integrated community equipment service (new contract)", "Contracts Manager, Equipment",
         "w/c 4 September 2017"),
        ("HF5", "Telecare and assistive technology", "Head of Integrated Commissioning", "Winter 2017/18"),
    ]),
    ("Part C: Care home support", "Stannerby County Council", [
        ("HF6", "Care home in-reach nursing team", "Head of Commissioning, Care Homes", "1 October 2017"),
        ("HF7", "Red bag hospital transfer scheme", "Head of Integrated Commissioning", "Oct-17"),
    ]),
]
S75_CONTRIB = [("NHS Stannerby CCG (Better Care Fund minimum contribution)", "9,880"),
               ("Stannerby County Council (adult social care)", "4,270"),
               ("Improved Better Care Fund grant", "2,150"),
               ("Disabled Facilities Grant (capital)", "2,310"),
               ("Total pooled fund 2017/18", "18,610")]
S75_CONTACTS = [("Head of Reablement", "Marianne Threlfall", "Stannerby County Council"),
                ("Head of Commissioning, Care Homes", "Pritesh Varsani", "Stannerby County Council"),
                ("Contracts Manager, Equipment", "Lorna Beckwith", "NHS Stannerby CCG"),
                ("Head of Integrated Commissioning (Pooled Fund Manager)", "Declan Roebuck",
                 "joint post, Stannerby County Council and NHS Stannerby CCG")]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, fill=None, white=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if fill:
        shade(cell, fill)


def s75(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Section 75 Partnership Agreement: Home First Pooled Fund | Schedules | " \
                                    "version 0.9 draft for signature"
    sec.footer.paragraphs[0].text = "Stannerby County Council and NHS Stannerby CCG | 17 February 2017"
    doc.add_heading("Partnership Agreement under section 75 of the National Health Service Act 2006", 0)
    doc.add_paragraph("Home First Pooled Fund: Schedules 1 to 4. Version 0.9, draft for signature, 17 February 2017. "
                      "This agreement commences on 1 April 2017 and delivers STP priority P5 (Home First) of the "
                      "Stannerby & Colderwick STP.")
    doc.add_heading("Schedule 1: Parties and authorised officers", 1)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "Party", True, "0E6D6B", True)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "Authorised officers", True, "0E6D6B", True)
    set_cell(t.cell(1, 1), "Name", True, "DCEFEE")
    set_cell(t.cell(1, 2), "Post", True, "DCEFEE")
    for r, (party, name, post) in enumerate([
            ("Stannerby County Council (the Council)", "Nadia Grieveson", "Director of Adult Social Care"),
            ("NHS Stannerby CCG (the CCG)", "Gillian Rothery", "Director of Commissioning")], start=2):
        set_cell(t.cell(r, 0), party)
        set_cell(t.cell(r, 1), name)
        set_cell(t.cell(r, 2), post)
    doc.add_paragraph("The Home First Board oversees the pooled fund. It meets on the second Tuesday of each month "
                      "and is chaired by the Council's Director of Adult Social Care. The Pooled Fund Manager is the "
                      "Head of Integrated Commissioning (named in Schedule 4).")
    doc.add_heading("Schedule 2: Services in the pooled fund", 1)
    n_rows = 1 + sum(1 + len(svcs) for _p, _h, svcs in S75_SERVICES)
    t2 = doc.add_table(rows=n_rows, cols=5)
    t2.style = "Table Grid"
    for j, h in enumerate(["Ref", "Service", "Host partner", "Lead officer", "Commencement"]):
        set_cell(t2.cell(0, j), h, True, "0E6D6B", True)
    r = 1
    for part, host, svcs in S75_SERVICES:
        m = t2.cell(r, 0).merge(t2.cell(r, 4))
        set_cell(m, part, True, "DCEFEE")
        r += 1
        hc = t2.cell(r, 2).merge(t2.cell(r + len(svcs) - 1, 2))
        set_cell(hc, host)
        for ref, svc, lead, when in svcs:
            set_cell(t2.cell(r, 0), ref)
            set_cell(t2.cell(r, 1), svc)
            set_cell(t2.cell(r, 3), lead)
            set_cell(t2.cell(r, 4), when)
            r += 1
    doc.add_paragraph("Each service is reviewed by the Home First Board six months after it commences.")
    doc.add_heading("Schedule 3: Financial contributions 2017/18", 1)
    t3 = doc.add_table(rows=1 + len(S75_CONTRIB), cols=2)
    t3.style = "Table Grid"
    set_cell(t3.cell(0, 0), "Contribution", True, "0E6D6B", True)
    set_cell(t3.cell(0, 1), "£k", True, "0E6D6B", True)
    for i, (what, k) in enumerate(S75_CONTRIB, start=1):
        last = i == len(S75_CONTRIB)
        set_cell(t3.cell(i, 0), what, last, "DCEFEE" if last else None)
        set_cell(t3.cell(i, 1), k, last, "DCEFEE" if last else None)
        t3.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Overspends are shared in proportion to revenue contributions; the Disabled Facilities Grant is "
                      "held by the Council and passed to the district housing authorities.")
    doc.add_heading("Schedule 4: Key contacts", 1)
    t4 = doc.add_table(rows=1 + len(S75_CONTACTS), cols=3)
    t4.style = "Table Grid"
    for j, h in enumerate(["Post", "Name", "Employer"]):
        set_cell(t4.cell(0, j), h, True, "0E6D6B", True)
    for i, row in enumerate(S75_CONTACTS, start=1):
        for j, v in enumerate(row):
            set_cell(t4.cell(i, j), v)
    cp = doc.core_properties
    cp.author = "Declan Roebuck"
    cp.title = "Home First Pooled Fund: Section 75 Schedules"
    cp.subject = "Section 75 partnership agreement"
    cp.last_modified_by = "Declan Roebuck"
    cp.created = cp.modified = datetime(2017, 2, 17, 9, 0, 0)
    cp.revision = 9
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Clinical policy harmonisation update (PowerPoint, real tables)
# ---------------------------------------------------------------------------------------------------------------
PLCV = [
    ("Cataract surgery", "Mr Anand Rajasekar", "10 March 2017", "1 June 2017", "410"),
    ("Hip and knee replacement (pain and BMI thresholds)", "Mr Gareth Ellery-Moss", "10 March 2017",
     "1 June 2017", "620"),
    ("Grommets for glue ear", "Miss Sian Lathbury", "31 March 2017", "Q2 2017/18", "85"),
    ("Carpal tunnel release", "Dr Yusra Haddadi", "31 March 2017", "Q2 2017/18", "140"),
    ("Varicose veins", "Mr Tobias Grennan", "28 April 2017", "Sept-17", "190"),
    ("Cosmetic and aesthetic procedures", "Dr Kieran Ashby", "28 April 2017", "Sept-17", "55"),
]
PLCV_TOTAL = "1,500"
PLCV_CHANGES = [
    ("Cataract surgery: go-live", "1 June 2017", "3 July 2017",
     "Ophthalmology asked for time to brief optometrists on the new referral form"),
    ("Varicose veins: clinical lead", "Mr Tobias Grennan", "Ms Leonie Achterberg, consultant vascular surgeon, "
     "from 1 April 2017", "Mr Grennan retires on 31 March 2017"),
]


def add_textbox(slide, x, y, w, h, text, size=14, bold=False, color=None):
    tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    tf = tb.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size = PPt(size)
        r.font.bold = bold
        if color:
            r.font.color.rgb = color
    return tb


def pptx_table(slide, rows, x, y, w, col_w, size=11):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Emu(x), Emu(y), Emu(w), Emu(Inches(0.4) * len(rows)))
    tbl = shape.table
    for j, cw in enumerate(col_w):
        tbl.columns[j].width = Emu(cw)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(size)
                    r.font.bold = i == 0 or row[0].startswith("Total")
    return tbl


def plcv(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    title_only = prs.slide_layouts[5]
    foot = "Stannerby & Colderwick STP | P3 Planned Care & Clinical Policy | Planned Care Board, 8 March 2017"
    teal = PRGB(0x0E, 0x6D, 0x6B)

    def new(title):
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = title
        for p in s.shapes.title.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = PPt(30)
                r.font.color.rgb = teal
        add_textbox(s, Inches(0.5), Inches(7.0), Inches(12), Inches(0.4), foot, 10)
        return s

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Clinical policy harmonisation: procedures of limited clinical value"
    s.placeholders[1].text = "Update to the Planned Care Board, 8 March 2017\nP3 Planned Care & Clinical Policy " \
                             "(SRO: Helen Strickmore, Chief Officer, NHS Colderwick & Wenlow CCG)"
    s = new("Wave 1: six policies, one version for both CCGs")
    rows = [["Policy", "Clinical lead", "Engagement closes", "Go-live", "Est. saving 2017/18 (£k)"]]
    rows += [list(r) for r in PLCV]
    rows.append(["Total wave 1", "", "", "", PLCV_TOTAL])
    pptx_table(s, rows, Inches(0.5), Inches(1.5), Inches(12.3),
               [Inches(3.9), Inches(2.6), Inches(1.9), Inches(1.6), Inches(2.3)], 12)
    add_textbox(s, Inches(0.5), Inches(5.4), Inches(12.3), Inches(0.8),
                "Dates as agreed at the February Board; see the next slide for changes since then.", 12)
    s = new("Changes since the February Board")
    rows = [["Item", "Was", "Now", "Reason"]] + [list(r) for r in PLCV_CHANGES]
    pptx_table(s, rows, Inches(0.5), Inches(1.5), Inches(12.3),
               [Inches(2.8), Inches(2.0), Inches(3.9), Inches(3.6)], 12)
    add_textbox(s, Inches(0.5), Inches(4.3), Inches(12.3), Inches(0.8),
                "Where this slide differs from the wave 1 table, this slide stands.", 12, True)
    s = new("Governance and next steps")
    add_textbox(s, Inches(0.6), Inches(1.5), Inches(12), Inches(4.8), [
        "The Clinical Policy Group is chaired by Dr Rosalind Teague, Medical Director, NHS Colderwick & Wenlow CCG, "
        "and meets fortnightly on Thursdays.",
        "Public engagement events on wave 1: w/c 13 March 2017 in Stannerby, Colderwick and Wenlow.",
        "Wave 2 (twelve procedures, including tonsillectomy and shoulder decompression) comes to the Planned Care "
        "Board in Q3 2017/18.",
        "Individual funding requests continue to go to the joint IFR panel.",
        "Decision asked of the Board: note the changes and approve the wave 1 go-live dates."], 16)
    cp = prs.core_properties
    cp.author = "Clinical Policy Group"
    cp.title = "Clinical policy harmonisation update"
    cp.last_modified_by = "Clinical Policy Group"
    cp.created = cp.modified = datetime(2017, 3, 1, 9, 0, 0)
    cp.last_printed = datetime(2017, 3, 1, 9, 0, 0)
    cp.revision = 3
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 High Impact Change Model tracker (Excel)
# ---------------------------------------------------------------------------------------------------------------
HIC_ROWS = [
    # change, ref, action, owner, target (date or text), status, maturity now, maturity by Mar-18
    ("1 Early discharge planning", "HIC1a", "Expected date of discharge set within 24 hours of admission on every "
     "medical ward", "BH", date(2017, 6, 30), "In progress", "Plans in place", "Established"),
    ("2 Systems to monitor patient flow", "HIC2a", "Single bed-state dashboard across both acute trusts", "CA",
     "Q4 2017/18", "Not started", "Not yet established", "Established"),
    ("2 Systems to monitor patient flow", "HIC2b", "Electronic discharge notifications to social care", "CA", "TBC",
     "Not started", "Not yet established", "Plans in place"),
    ("3 Multi-disciplinary discharge teams", "HIC3a", "Integrated discharge hub at Stannerby General Hospital", "MTh",
     date(2017, 5, 15), "In progress", "Plans in place", "Mature"),
    ("4 Home first / discharge to assess", "HIC4a", "Discharge to assess pathway 1 live (Section 75 service HF1)",
     "MTh", date(2017, 4, 3), "On track", "Plans in place", "Mature"),
    ("4 Home first / discharge to assess", "HIC4b", "Discharge to assess pathway 2 step-down beds at Ashgill House",
     "PV", "Q2 2017/18", "In progress", "Not yet established", "Established"),
    ("5 Seven-day services", "HIC5a", "Weekend discharge team at Colderwick Royal Hospital", "MT",
     "w/c 10 July 2017", "In progress", "Not yet established", "Established"),
    ("6 Trusted assessors", "HIC6a", "Trusted assessor for care home admissions", "PV", "Nov-17", "Not started",
     "Not yet established", "Established"),
    ("7 Focus on choice", "HIC7a", "Patient choice policy agreed by both acute trusts", "EK", date(2017, 5, 31),
     "In progress", "Plans in place", "Established"),
    ("8 Enhancing health in care homes", "HIC8a", "Falls and hydration training in all 64 care homes", "PV",
     "by end of March 2018", "In progress", "Plans in place", "Established"),
    ("8 Enhancing health in care homes", "HIC8b", "Weekly GP ward round in every care home", "DR", "Winter 2017/18",
     "Not started", "Not yet established", "Established"),
]
HIC_CONTACTS = [
    ("BH", "Ben Holroyd", "Director of Operations, Medicine", "Stannerby Teaching Hospitals NHS FT"),
    ("CA", "Carys Aldous", "Head of Patient Flow", "Colderwick and Wenlow Hospitals NHS Trust"),
    ("DR", "Declan Roebuck", "Head of Integrated Commissioning", "Stannerby County Council / NHS Stannerby CCG"),
    ("EK", "Esther Kaminski", "Deputy Chief Nurse", "Stannerby Teaching Hospitals NHS FT"),
    ("MT", "Matthew Tunnicliffe", "Lead for Seven Day Services", "Colderwick and Wenlow Hospitals NHS Trust"),
    ("MTh", "Marianne Threlfall", "Head of Reablement", "Stannerby County Council"),
    ("PV", "Pritesh Varsani", "Head of Commissioning, Care Homes", "Stannerby County Council"),
]
HIC_FUNDING = [("1 Early discharge planning", 80), ("2 Systems to monitor patient flow", 150),
               ("3 Multi-disciplinary discharge teams", 240), ("4 Home first / discharge to assess", 610),
               ("5 Seven-day services", 320), ("6 Trusted assessors", 95), ("7 Focus on choice", 15),
               ("8 Enhancing health in care homes", 640)]


def hicm(path: Path) -> None:
    wb = Workbook()
    hdr_fill = PatternFill("solid", fgColor="0E6D6B")
    hdr_font = Font(bold=True, color="FFFFFF")
    rm = wb.active
    rm.title = "Read me"
    for i, line in enumerate([
            "Home First: High Impact Change Model self-assessment and action tracker",
            "As at 31 March 2017. Maintained by the Home First programme office for the Home First Board.",
            "Owners are shown by their initials; the Contacts sheet gives their names and posts.",
            "Target date is the date agreed for the action: a calendar date where one is fixed, otherwise the period "
            "agreed.",
            "Maturity uses the national scale: Not yet established / Plans in place / Established / Mature / "
            "Exemplary.",
            "Funding: the Improved Better Care Fund allocation to each change, in £k (Funding sheet)."], start=1):
        rm.cell(row=i, column=1, value=line)
    rm["A1"].font = Font(bold=True, size=14)
    rm.column_dimensions["A"].width = 110
    ws = wb.create_sheet("Tracker")
    ws["A1"] = "High Impact Change Model: actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "As at 31 March 2017"
    heads = ["Change", "Ref", "Action", "Owner", "Target date", "Status", "Maturity now", "Maturity by Mar-18"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.fill, c.font = hdr_fill, hdr_font
    for i, row in enumerate(HIC_ROWS, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, date):
                c.number_format = "dd mmm yyyy"
                c.alignment = Alignment(horizontal="right", vertical="top")
    for col, wd in zip("ABCDEFGH", [32, 8, 60, 8, 20, 14, 20, 20]):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A4"
    ct = wb.create_sheet("Contacts")
    for j, h in enumerate(["Initials", "Name", "Post", "Organisation"], start=1):
        c = ct.cell(row=1, column=j, value=h)
        c.fill, c.font = hdr_fill, hdr_font
    for i, row in enumerate(HIC_CONTACTS, start=2):
        for j, v in enumerate(row, start=1):
            ct.cell(row=i, column=j, value=v)
    for col, wd in zip("ABCD", [10, 24, 36, 46]):
        ct.column_dimensions[col].width = wd
    fd = wb.create_sheet("Funding")
    fd["A1"] = "Improved Better Care Fund 2017/18: allocation by change (£k)"
    fd["A1"].font = Font(bold=True)
    for j, h in enumerate(["Change", "2017/18 £k"], start=1):
        c = fd.cell(row=2, column=j, value=h)
        c.fill, c.font = hdr_fill, hdr_font
    for i, (chg, k) in enumerate(HIC_FUNDING, start=3):
        fd.cell(row=i, column=1, value=chg)
        fd.cell(row=i, column=2, value=k).number_format = "#,##0"
    tr = 3 + len(HIC_FUNDING)
    fd.cell(row=tr, column=1, value="Total").font = Font(bold=True)
    tc = fd.cell(row=tr, column=2, value=sum(k for _c, k in HIC_FUNDING))
    tc.font, tc.number_format = Font(bold=True), "#,##0"
    fd.column_dimensions["A"].width = 40
    fd.column_dimensions["B"].width = 14
    p = wb.properties
    p.creator = "Home First programme office"
    p.lastModifiedBy = "Home First programme office"
    p.title = "HICM tracker"
    p.created = p.modified = datetime(2017, 3, 31, 17, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 LMC update (plain text)
# ---------------------------------------------------------------------------------------------------------------
LMC = """STANNERBY & COLDERWICK LOCAL MEDICAL COMMITTEE
LMC UPDATE FOR PRACTICES - Issue 27 - Monday 24 April 2017

Please circulate to all GPs, practice managers and nurses.

IN THIS ISSUE
  1. STP news: a new Neighbourhood Care clinical lead
  2. Crisis cafe in Colderwick: new opening date
  3. Clinical policies: cataract go-live
  4. Suicide prevention training for practices
  5. Dates for your diary

Where a date or a name below differs from an earlier STP paper, the one in
this update is the latest agreed position.

------------------------------------------------------------------------
1. STP NEWS: A NEW NEIGHBOURHOOD CARE CLINICAL LEAD
------------------------------------------------------------------------
Dr Owen Pritchard-Lyle steps down as clinical lead for Neighbourhood Care
(STP priority P1) at the end of April to join Health Education England.
Dr Farah Siddall, GP partner at Castle Street Medical Practice, Colderwick,
is the new clinical lead for Neighbourhood Care from 1 May 2017. She will
also chair the hub leads' forum.

The first three neighbourhood hubs (Stannerby North, Colderwick East and
Wenlow) went live as planned on 3 April 2017.

------------------------------------------------------------------------
2. CRISIS CAFE IN COLDERWICK: NEW OPENING DATE
------------------------------------------------------------------------
The Colderwick crisis cafe (action SP04 of the suicide prevention action
plan) will now open in November 2017, not Sept-17 as the plan said. The
lease on the Market Street premises was not signed until April. Until
then, please keep signposting patients to the crisis line.

------------------------------------------------------------------------
3. CLINICAL POLICIES: CATARACT GO-LIVE
------------------------------------------------------------------------
The Planned Care Board confirmed that the harmonised cataract surgery
policy goes live on 3 July 2017. New referral forms will be on the
practice intranet from June.

------------------------------------------------------------------------
4. SUICIDE PREVENTION TRAINING FOR PRACTICES
------------------------------------------------------------------------
Training sessions for practice staff start w/c 22 May 2017. Each practice
should nominate two places through the training hub.

------------------------------------------------------------------------
5. DATES FOR YOUR DIARY
------------------------------------------------------------------------
  LMC meeting ............ Monday 8 May 2017, 7.30pm, Stannerby Medical
                           Institute (the LMC meets on the second Monday
                           of each month)
  LMC conference ......... Friday 16 June 2017

Dr Hamish Tolland, Chair
Dr Aisling Brereton, Medical Secretary
Stannerby & Colderwick LMC
"""

# ---------------------------------------------------------------------------------------------------------------


def fix_zip(path: Path, stamp: datetime) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    out = []
    for n, d in entries:
        if n == "docProps/core.xml":
            d = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, d)
            d = re.sub(rb"(<cp:lastPrinted>)[^<]*", rb"\g<1>" + iso, d)
        out.append((n, d))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    suicide_plan(OUT / F1)
    deck(OUT / F2)
    s75(OUT / F3)
    fix_zip(OUT / F3, datetime(2017, 2, 17, 9, 0, 0))
    plcv(OUT / F4)
    fix_zip(OUT / F4, datetime(2017, 3, 1, 9, 0, 0))
    hicm(OUT / F5)
    fix_zip(OUT / F5, datetime(2017, 3, 31, 17, 0, 0))
    (OUT / F6).write_text(LMC)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
