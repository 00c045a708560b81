"""Write the Wraxley & Hebbleford STP papers (fifty-seventh imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, in genres no earlier bank used:
  01 Frailty and falls pathway implementation plan (PDF, portrait, platypus): a ruled action table of 16 rows whose
     header row is repeated after the page break, leads as initials named in Annex A (JW and JWi two people), a
     revenue funding table in GBP k with a Total row and column, a risk table whose owners are posts named in Annex B;
  02 Multispecialty Community Provider (MCP) vanguard value proposition and 2017/18 funding request (PDF, landscape,
     drawn on the canvas like an exported slide deck): number tiles, five intervention boxes "Led by:" a post, a
     must-do contribution grid of L / tick marks with must-do 6 covered by none, a GBP m funding table with a Total
     row and column, a key-dates strip and a who's-who slide naming the posts' holders;
  03 Crisis Care Concordat declaration and action plan refresh (Word): a cover table with cells merged across and
     down, an action table with theme rows merged across and lead organisations merged down, leads by post named in
     Appendix 1 (two "Head of Mental Health Commissioning" posts in two CCGs);
  04 Primary care ETTF and GP resilience scheme tracker (Excel): due dates as real date cells and as typed text in
     one column, owners as initials on a Contacts sheet (DW and DWa two people), grants in GBP k with a Total row and a
     Summary sheet;
  05 Local Workforce Action Board quarterly report to HEE (PowerPoint, real tables): workstreams, the training
     commitments of other STP plans, investment in GBP k with a Total row, a changes slide (two leads replaced from
     1 April 2017, a date moved) and the membership;
  06 Briefing for a foundation trust's Council of Governors (plain text, hard-wrapped): STP figures in GBP m, the
     latest changes (a date moved to a week, a date moved to "by end of March 2018", a business case date moved, a
     new vanguard clinical director from 1 April 2017).

Everything is fixed: reportlab runs in invariant mode, the Office files' core dates and zip entry times are pinned,
nothing is random, so every run writes the same bytes.

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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
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
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))

FP = "Wraxley & Hebbleford STP"
F1 = "01_WH_STP_Frailty_and_Falls_Pathway_Implementation_Plan_v1.0_Nov2016.pdf"
F2 = "02_WH_Hebbleford_Together_MCP_Vanguard_Value_Proposition_Dec2016.pdf"
F3 = "03_WH_Crisis_Care_Concordat_Action_Plan_Refresh_2017-18_v2.0.docx"
F4 = "04_WH_Primary_Care_ETTF_and_Resilience_Tracker_Feb2017.xlsx"
F5 = "05_WH_LWAB_Quarterly_Report_to_HEE_Q4_2016-17.pptx"
F6 = "06_WH_UCP_Council_of_Governors_STP_Briefing_24Apr2017.txt"

# =================================================================================================================
# 01 Frailty and falls pathway implementation plan (PDF, portrait)
# =================================================================================================================
FRAILTY_ACTIONS = [
    # ref, action, lead (initials), milestone, due, RAG
    ("FF1", "Run the electronic Frailty Index (eFI) in all 78 GP practices and code moderate and severe frailty",
     "TO", "All practices reporting eFI monthly", "Q3 2016/17", "G"),
    ("FF2", "Personalised care and support plans for people living with severe frailty", "TO",
     "2,000 care plans on the shared record", "by end of March 2018", "A"),
    ("FF3", "Community frailty teams in each of the six localities (community nurse, therapist, social worker and "
     "geriatrician sessions)", "JW", "Teams 1-3 live; all six teams live", "Teams 1-3: Mar-17; all six: Sept-17",
     "A"),
    ("FF4", "Frailty assessment unit at Hebbleford Royal Infirmary: same-day comprehensive geriatric assessment, "
     "seven days a week", "NC", "Unit open seven days a week", "Q3 2017/18", "A"),
    ("FF5", "Falls response service with Northvale Ambulance Service: non-injured fallers helped up at home",
     "JWi", "Service live across Wraxley", "w/c 5 June 2017", "G"),
    ("FF6", "Strength and balance (Otago) classes in every leisure centre", "JWi", "24 classes a week",
     "Q2 2017/18", "G"),
    ("FF7", "Fracture liaison service at Wraxley General Hospital", "EH",
     "Service live; 80% of fragility fractures assessed", "31/10/2017", "A"),
    ("FF8", "Structured medication reviews for care home residents on ten or more medicines", "SC",
     "All 64 care homes covered", "Winter 2017/18", "A"),
    ("FF9", "Frailty awareness training (Tier 1) for care home and domiciliary care staff", "LF",
     "400 staff trained", "by 30 September 2017", "A"),
    ("FF10", "Care home \"red bag\" hospital transfer scheme", "LF", "All care homes using the red bag", "Dec-16",
     "G"),
    ("FF11", "Shared frailty care plan on the Wraxley & Hebbleford Care Record", "RB",
     "Care plan viewable in both emergency departments and by NHS 111", "by 31 July 2017", "A"),
    ("FF12", "Virtual ward for people with moderate frailty", "JW", "Virtual ward live in two localities",
     "Spring 2018", "A"),
    ("FF13", "\"Home first\" discharge to assess pathway from both hospitals", "EH", "Pathway live at both sites",
     "Jan-18", "A"),
    ("FF14", "Falls prevention campaign with Hebbleford Fire and Rescue Service safe and well visits", "HQ",
     "5,000 safe and well visits with a falls check", "Q4 2017/18", "G"),
    ("FF15", "Independent evaluation of the frailty pathway", "NC", "Interim report; final report",
     "Interim: Mar-18; final: 2018/19", "G"),
    ("FF16", "Frailty outcomes dashboard for the Ageing Well Programme Board", "RB", "Dashboard live", "TBC", "R"),
]
FRAILTY_CONTACTS = [
    ("GA", "Gideon Ashplant", "Chief Officer, NHS Hebbleford & Miltonby CCG (Senior Responsible Owner)"),
    ("NC", "Dr Nerys Calloway", "Consultant Geriatrician, Hebbleford & Miltonby NHS Trust (clinical lead)"),
    ("TO", "Dr Tomasz Orzechowski", "GP and frailty champion, NHS Wraxley CCG"),
    ("JW", "Jarvis Whitlock", "Head of Community Services, Ullsford Care Partnership NHS Foundation Trust"),
    ("JWi", "Joanna Wintersgill", "Falls Prevention Co-ordinator, Wraxley Metropolitan Borough Council"),
    ("EH", "Esme Harcastle", "Head of Therapies, Wraxley Hospitals NHS Foundation Trust"),
    ("SC", "Sunil Chaudhary", "Head of Medicines Optimisation, NHS Wraxley CCG"),
    ("LF", "Lorna Fairbairn", "Commissioning Manager, Older People, NHS Wraxley CCG"),
    ("RB", "Rhodri Bellweather", "Digital Programme Manager, Wraxley & Hebbleford STP"),
    ("HQ", "Harriet Quennell", "Head of Prevention, Hebbleford County Council Public Health"),
]
FRAILTY_FUNDING = [  # revenue, GBP k: 2016/17, 2017/18, 2018/19
    ("Community frailty teams (FF3, FF12)", [320, 1150, 1240]),
    ("Frailty assessment unit (FF4)", [0, 640, 880]),
    ("Falls prevention, response and strength and balance (FF5, FF6, FF14)", [85, 210, 215]),
    ("Care home support (FF8, FF9, FF10)", [60, 180, 190]),
    ("Digital: eFI, shared care plans and dashboard (FF1, FF11, FF16)", [45, 95, 40]),
]
FRAILTY_RISKS = [
    ("R1", "Too few consultant geriatricians can be recruited to staff the frailty assessment unit seven days a week",
     "Medical Director, Hebbleford & Miltonby NHS Trust", 4, 4),
    ("R2", "Care home market fragility: closures reduce the beds available for discharge",
     "Director of Adult Social Care, Hebbleford County Council", 3, 4),
    ("R3", "Recurrent funding for 2018/19 is not confirmed by the two CCGs",
     "Chief Finance Officer, NHS Wraxley CCG", 3, 5),
    ("R4", "Information governance approval delays the shared frailty care plan",
     "Chief Information Officer, Wraxley Hospitals NHS Foundation Trust", 2, 3),
]
POST_HOLDERS = [
    ("Medical Director, Hebbleford & Miltonby NHS Trust", "Dr Alastair Brightwell"),
    ("Director of Adult Social Care, Hebbleford County Council", "Bernadette Coyle"),
    ("Chief Finance Officer, NHS Wraxley CCG", "Ewan Moorcroft"),
    ("Chief Information Officer, Wraxley Hospitals NHS Foundation Trust", "Leela Venkataraman"),
]


def fmt_k(v):
    return f"{v:,}"


def frailty_plan(path):
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=5)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0)
    head = ParagraphStyle("hd", parent=cell, fontName="DVB", textColor=colors.white)
    navy = colors.HexColor("#203864")
    rag_fill = {"G": "#92D050", "A": "#FFC000", "R": "#FF5B5B"}

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(18 * mm, 287 * mm, f"{FP} | Ageing Well programme")
        c.drawRightString(192 * mm, 287 * mm, "Frailty and falls pathway implementation plan | v1.0 | 11 November 2016")
        c.drawString(18 * mm, 10 * mm, "OFFICIAL")
        c.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Frailty and falls pathway implementation plan",
                            author="Wraxley & Hebbleford STP Ageing Well Programme", subject="Ageing Well",
                            creator="Wraxley & Hebbleford STP")
    s = []
    s.append(Paragraph("Frailty and Falls Pathway: Implementation Plan 2016/17 to 2018/19", h1))
    s.append(Paragraph("Ageing Well programme of the Wraxley &amp; Hebbleford Sustainability and Transformation Plan. "
                       "Version 1.0, approved by the Ageing Well Programme Board on 11 November 2016.", base))
    s.append(Paragraph("1. Purpose and leadership", h2))
    s.append(Paragraph(
        "This plan sets out how partners across Wraxley and Hebbleford will find people living with frailty earlier, "
        "prevent falls and keep people out of hospital when they do not need to be there. The Senior Responsible "
        "Owner for the Ageing Well programme is Gideon Ashplant, Chief Officer of NHS Hebbleford &amp; Miltonby CCG, "
        "and the clinical lead is Dr Nerys Calloway, consultant geriatrician at Hebbleford &amp; Miltonby NHS Trust. "
        "Action leads are shown by their initials; Annex A gives their names. Risk owners are shown by post; Annex B "
        "names the post-holders.", base))
    s.append(Paragraph(
        "The plan covers the whole pathway: finding frailty in general practice, support at home and in care homes, "
        "falls prevention and response, same-day assessment at the front door of hospital and getting people home "
        "quickly after an admission. It is overseen by the Ageing Well Programme Board, which meets on the first "
        "Tuesday of each month and reports to the STP Partnership Board. Progress against each action is reported "
        "to the Programme Board every month as a RAG rating.", base))
    s.append(Paragraph("2. Action plan", h2))
    rows = [[Paragraph(t, head) for t in ("Ref", "Action", "Lead", "Milestone", "Due", "RAG")]]
    for ref, action, lead, ms, due, rag in FRAILTY_ACTIONS:
        rows.append([Paragraph(ref, cell), Paragraph(action.replace("&", "&amp;"), cell), Paragraph(lead, cell),
                     Paragraph(ms, cell), Paragraph(due, cell), Paragraph(rag, cell)])
    widths = [12 * mm, 64 * mm, 13 * mm, 45 * mm, 27 * mm, 13 * mm]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
             ("BACKGROUND", (0, 0), (-1, 0), navy), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i, row in enumerate(FRAILTY_ACTIONS, 1):
        style.append(("BACKGROUND", (5, i), (5, i), colors.HexColor(rag_fill[row[5]])))
    s.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style)))
    s.append(Paragraph("RAG: G on track; A at risk but recoverable; R off track or not yet scheduled.", cell))

    s.append(Paragraph("3. Revenue funding (£k)", h2))
    frows = [["Scheme group", "2016/17", "2017/18", "2018/19", "Total"]]
    totals = [0, 0, 0, 0]
    for name, vals in FRAILTY_FUNDING:
        t = sum(vals)
        frows.append([Paragraph(name, cell)] + [fmt_k(v) for v in vals] + [fmt_k(t)])
        totals = [a + b for a, b in zip(totals, vals + [t])]
    frows.append(["Total"] + [fmt_k(v) for v in totals])
    s.append(Table(frows, colWidths=[82 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")), ("FONT", (0, 0), (-1, -1), "DV", 8.3),
        ("FONT", (0, 0), (-1, 0), "DVB", 8.3), ("FONT", (0, -1), (-1, -1), "DVB", 8.3),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])))
    s.append(Paragraph("Funding for 2018/19 is indicative until both CCGs confirm their 2018/19 allocations (risk R3).",
                       cell))

    s.append(Paragraph("4. Risks", h2))
    rrows = [["ID", "Risk", "Owner (post)", "L", "I", "Score"]]
    for rid, risk, owner, li, im in FRAILTY_RISKS:
        rrows.append([rid, Paragraph(risk, cell), Paragraph(owner, cell), str(li), str(im), str(li * im)])
    s.append(Table(rrows, colWidths=[10 * mm, 80 * mm, 58 * mm, 8 * mm, 8 * mm, 12 * mm], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")), ("FONT", (0, 0), (-1, -1), "DV", 8.3),
        ("FONT", (0, 0), (-1, 0), "DVB", 8.3), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    s.append(Paragraph("Score = likelihood (L) x impact (I). Risks scoring 15 or more are escalated to the STP "
                       "Partnership Board.", cell))

    s.append(PageBreak())
    s.append(Paragraph("Annex A: Action leads", h2))
    arows = [["Initials", "Name", "Role and organisation"]]
    for ini, name, role in FRAILTY_CONTACTS:
        arows.append([ini, name, Paragraph(role.replace("&", "&amp;"), cell)])
    s.append(Table(arows, colWidths=[18 * mm, 45 * mm, 111 * mm], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")), ("FONT", (0, 0), (-1, -1), "DV", 8.5),
        ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    s.append(Paragraph("Annex B: Risk owners", h2))
    brows = [["Post", "Post-holder"]] + [[Paragraph(p.replace("&", "&amp;"), cell), n] for p, n in POST_HOLDERS]
    s.append(Table(brows, colWidths=[110 * mm, 64 * mm], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")), ("FONT", (0, 0), (-1, -1), "DV", 8.5),
        ("FONT", (0, 0), (-1, 0), "DVB", 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# =================================================================================================================
# 02 MCP vanguard value proposition (PDF deck, landscape)
# =================================================================================================================
W, H = 960, 540
TEAL = colors.HexColor("#00576B")
DECK_FOOT = "Hebbleford Together MCP vanguard | Value proposition and 2017/18 funding request | 2 December 2016"
INTERVENTIONS = [
    # code, short name (matrix heading), full name, led by (post), key dates, colour
    ("I1", "Care hubs", "Four multidisciplinary care hubs (GPs, community nurses, therapists, social workers)",
     "Vanguard Clinical Director", "Hubs 1 and 2 open: Q4 2016/17\nAll four hubs open: Q2 2017/18", "#1F77B4"),
    ("I2", "Extended access", "GP appointments 8am to 8pm, seven days a week, from the hubs",
     "Chief Executive, Hebbleford Primary Care Alliance", "Live from 01/04/2017", "#2CA02C"),
    ("I3", "Hub mental health", "Primary care mental health workers and IAPT therapists based in every hub",
     "Associate Director of Mental Health, Ullsford Care Partnership", "All hubs staffed: Oct-17", "#9467BD"),
    ("I4", "Care navigators", "Care navigators and social prescribing link workers in every practice",
     "Head of Community Development, Hebbleford County Council", "Navigators in all practices: Summer 2017",
     "#D62728"),
    ("I5", "Digital care homes", "Tele-health and a shared record for all 22 Hebbleford care homes",
     "Vanguard Digital Lead", "All 22 homes on tele-health: Q4 2017/18", "#FF7F0E"),
]
VG_MUSTDOS = [
    (1, "Deliver the STP"), (2, "Financial balance"), (3, "General practice"), (4, "A&E and ambulance"),
    (5, "Referral to treatment (18 weeks)"), (6, "Cancer"), (7, "Mental health"), (8, "Learning disabilities"),
    (9, "Improving quality"),
]
VG_GRID = {  # must-do -> {intervention: "L" | "✓"}
    1: {"I1": "L", "I2": "✓", "I3": "✓", "I4": "✓", "I5": "✓"},
    2: {"I1": "L", "I4": "✓"},
    3: {"I2": "L", "I1": "✓", "I5": "✓"},
    4: {"I1": "L", "I2": "✓", "I5": "✓"},
    5: {"I1": "✓"},
    6: {},
    7: {"I3": "L", "I4": "✓"},
    8: {"I1": "✓"},
    9: {"I5": "L", "I1": "✓"},
}
VG_FUNDING = [  # GBP m: 2016/17 received, 2017/18 requested, 2018/19 indicative
    ("I1 Care hubs", [0.9, 1.2, 0.8]),
    ("I2 Extended access", [0.4, 0.7, 0.5]),
    ("I3 Hub mental health", [0.2, 0.5, 0.4]),
    ("I4 Care navigators", [0.2, 0.3, 0.3]),
    ("I5 Digital care homes", [0.3, 0.5, 0.2]),
]
VG_WHO = [
    ("Vanguard Senior Responsible Owner", "Dr Carys Maitland", "Clinical Chair, NHS Hebbleford & Miltonby CCG"),
    ("Vanguard Programme Director", "Bryn Thackeray", "Hebbleford Together"),
    ("Vanguard Clinical Director", "Dr Ruth Ingledew", "GP, Castle Street Surgery, Hebbleford"),
    ("Chief Executive, Hebbleford Primary Care Alliance", "Craig Dunsford", "GP federation of 29 practices"),
    ("Associate Director of Mental Health, Ullsford Care Partnership", "Sabine Mortlock",
     "Ullsford Care Partnership NHS Foundation Trust"),
    ("Head of Community Development, Hebbleford County Council", "Terence Oduya", "Hebbleford County Council"),
    ("Vanguard Digital Lead", "Imogen Farrier", "Hebbleford Together"),
]


def wrap(text, font, size, width):
    out = []
    for part in text.split("\n"):
        out += simpleSplit(part, font, size, width) or [""]
    return out


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Hebbleford Together MCP vanguard: value proposition")
        self.c.setAuthor("Hebbleford Together vanguard programme office")
        self.c.setSubject("Value proposition and 2017/18 funding request")
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
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.line(34, 28, W - 34, 28)
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("DV", 8)
        c.drawString(34, 15, DECK_FOOT)
        c.drawRightString(W - 34, 15, str(self.n))
        c.showPage()


def text_lines(c, x, y, lines, font="DV", size=11, lead=14, color=colors.black):
    c.setFillColor(color)
    c.setFont(font, size)
    for i, line in enumerate(lines):
        c.drawString(x, y - i * lead, line)
    return y - len(lines) * lead


def vanguard_deck(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 32)
    c.drawString(60, 340, "Hebbleford Together")
    c.setFont("DV", 20)
    c.drawString(60, 305, "Multispecialty Community Provider (MCP) vanguard")
    c.drawString(60, 278, "Value proposition and 2017/18 funding request")
    c.setFont("DV", 13)
    c.drawString(60, 220, "Submitted to the NHS England New Care Models team, 2 December 2016")
    c.drawString(60, 200, "Part of the Wraxley & Hebbleford Sustainability and Transformation Plan")
    c.showPage()

    # 2 number tiles
    d.slide("Hebbleford Together in numbers")
    tiles = [("214,600", "people registered with\nour practices"), ("29", "GP practices in the\nvanguard"),
             ("4", "multidisciplinary\ncare hubs"), ("£3.2m", "transformation funding\nrequested for 2017/18")]
    for i, (big, cap) in enumerate(tiles):
        x = 50 + i * 220
        c.setFillColor(colors.HexColor("#E2F0F3"))
        c.roundRect(x, 250, 200, 170, 10, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 34)
        c.drawCentredString(x + 100, 350, big)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        for k, line in enumerate(cap.split("\n")):
            c.drawCentredString(x + 100, 315 - k * 15, line)
    text_lines(c, 50, 200, wrap(
        "Our ambition: by March 2019 every Hebbleford resident is looked after by one team working from a local care "
        "hub, with net savings to the local health economy of £4.6m a year by 2018/19.", "DV", 13, 860), size=13,
               lead=17)
    d.end()

    # 3 intervention boxes
    d.slide("Our five interventions")
    bw, bh = 172, 330
    for i, (code, short, full, led, dates, col) in enumerate(INTERVENTIONS):
        x, top = 34 + i * (bw + 9), 455
        c.setFillColor(colors.HexColor(col))
        c.rect(x, top - 44, bw, 44, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 13)
        c.drawString(x + 8, top - 27, f"{code} {short}")
        c.setStrokeColor(colors.HexColor(col))
        c.setLineWidth(1.2)
        c.rect(x, top - bh, bw, bh, stroke=1, fill=0)
        y = text_lines(c, x + 8, top - 64, wrap(full, "DV", 10, bw - 16), size=10, lead=12.5)
        y = text_lines(c, x + 8, y - 10, ["Led by:"], font="DVB", size=10, lead=12.5)
        y = text_lines(c, x + 8, y, wrap(led, "DV", 10, bw - 16), size=10, lead=12.5)
        y = text_lines(c, x + 8, y - 10, ["Key dates:"], font="DVB", size=10, lead=12.5)
        text_lines(c, x + 8, y, wrap(dates, "DV", 10, bw - 16), size=10, lead=12.5)
    d.end()

    # 4 must-do grid
    d.slide("How the vanguard contributes to the nine national must-dos")
    x0, top, lw, cw, rh = 60, 450, 330, 96, 32
    c.setFillColor(TEAL)
    c.rect(x0, top - rh, lw + cw * 5, rh, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(x0 + 8, top - 21, "National must-do (2016/17 planning guidance)")
    for j, iv in enumerate(INTERVENTIONS):
        c.drawCentredString(x0 + lw + cw * j + cw / 2, top - 21, iv[0])
    c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setLineWidth(0.5)
    for i, (n, label) in enumerate(VG_MUSTDOS):
        y = top - rh * (i + 2)
        c.setFillColor(colors.HexColor("#F2F2F2") if i % 2 else colors.white)
        c.rect(x0, y, lw + cw * 5, rh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV", 11)
        c.drawString(x0 + 8, y + 11, f"{n}. {label}")
        for j, iv in enumerate(INTERVENTIONS):
            mark = VG_GRID[n].get(iv[0], "")
            if mark:
                c.setFont("DVB", 13)
                c.setFillColor(TEAL if mark == "L" else colors.HexColor("#2CA02C"))
                c.drawCentredString(x0 + lw + cw * j + cw / 2, y + 10, mark)
    for i in range(11):
        c.line(x0, top - rh * i, x0 + lw + cw * 5, top - rh * i)
    for j in range(7):
        xx = x0 if j == 0 else x0 + lw + cw * (j - 1)
        c.line(xx, top, xx, top - rh * 10)
    c.setFillColor(colors.black)
    text_lines(c, x0, top - rh * 10 - 20, [
        "Key: L = the intervention leads the vanguard's contribution; ✓ = contributes; blank = no contribution.",
        "Columns: I1 Care hubs; I2 Extended access; I3 Hub mental health; I4 Care navigators; I5 Digital care homes."],
               size=10, lead=13)
    d.end()

    # 5 funding
    d.slide("Funding: received and requested (£m)")
    heads = ["Intervention", "2016/17 received", "2017/18 requested", "2018/19 indicative", "Total"]
    widths = [260, 140, 140, 140, 110]
    x0, top, rh = 80, 450, 30
    rows = []
    tot = [0.0] * 4
    for name, vals in VG_FUNDING:
        t = round(sum(vals), 1)
        rows.append([name] + [f"{v:.1f}" for v in vals] + [f"{t:.1f}"])
        tot = [round(a + b, 1) for a, b in zip(tot, vals + [t])]
    rows.append(["Total"] + [f"{v:.1f}" for v in tot])
    for i, r in enumerate([heads] + rows):
        y = top - rh * (i + 1)
        x = x0
        for j, (t, w) in enumerate(zip(r, widths)):
            bold = i == 0 or i == len(rows) or j == len(widths) - 1
            if i == 0:
                c.setFillColor(TEAL)
                c.rect(x, y, w, rh, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#7F7F7F"))
            c.rect(x, y, w, rh, stroke=1, fill=0)
            c.setFillColor(colors.white if i == 0 else colors.black)
            c.setFont("DVB" if bold else "DV", 11)
            if j == 0:
                c.drawString(x + 8, y + 10, t)
            else:
                c.drawRightString(x + w - 10, y + 10, t)
            x += w
    c.setFillColor(colors.black)
    text_lines(c, x0, top - rh * (len(rows) + 1) - 26, wrap(
        "2016/17 is the vanguard funding already received from the national New Care Models programme. The 2018/19 "
        "figures are indicative and depend on the national transformation fund.", "DV", 11, 780), size=11, lead=14)
    d.end()

    # 6 key dates strip
    d.slide("Key dates")
    events = [("Dec 2016", "Value proposition submitted"), ("w/c 16 Jan 2017", "New Care Models panel"),
              ("01/04/2017", "Extended access live (I2)"), ("Q2 2017/18", "All four care hubs open (I1)"),
              ("Q4 2017/18", "All 22 care homes on tele-health (I5)"),
              ("31 March 2018", "MCP contract awarded")]
    c.setStrokeColor(TEAL)
    c.setLineWidth(4)
    c.line(60, 300, W - 60, 300)
    step = (W - 160) / (len(events) - 1)
    for i, (when, what) in enumerate(events):
        x = 80 + i * step
        c.setFillColor(TEAL)
        c.circle(x, 300, 9, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 12)
        c.drawCentredString(x, 330, when)
        c.setFont("DV", 10)
        for k, line in enumerate(wrap(what, "DV", 10, 130)):
            c.drawCentredString(x, 272 - k * 13, line)
    d.end()

    # 7 who's who
    d.slide("Who's who")
    x0, top = 60, 450
    heads = [("Post", 360), ("Name", 200), ("Organisation / note", 280)]
    x = x0
    c.setFillColor(TEAL)
    c.rect(x0, top - 28, sum(w for _, w in heads), 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    for h, w in heads:
        c.drawString(x + 8, top - 19, h)
        x += w
    y = top - 28
    for post, name, org in VG_WHO:
        lines = [wrap(post, "DV", 10.5, 344), [name], wrap(org, "DV", 10.5, 264)]
        hgt = max(len(ls) for ls in lines) * 13 + 10
        y -= hgt
        x = x0
        for ls, (_, w) in zip(lines, heads):
            c.setStrokeColor(colors.HexColor("#7F7F7F"))
            c.setLineWidth(0.5)
            c.rect(x, y, w, hgt, stroke=1, fill=0)
            text_lines(c, x + 8, y + hgt - 17, ls, size=10.5, lead=13)
            x += w
    d.end()
    c.save()


# =================================================================================================================
# 03 Crisis Care Concordat action plan refresh (Word)
# =================================================================================================================
CC_THEMES = [
    ("1. Access to support before crisis point", [
        ("1.1", "Single point of access: a 24/7 mental health crisis line through NHS 111",
         "Associate Director of Mental Health", "Ullsford Care Partnership", "Q2 2017/18", "In progress"),
        ("1.2", "\"The Lantern\" crisis café in Wraxley town centre, open evenings and weekends",
         "Head of Mental Health Commissioning", "NHS Wraxley CCG", "Winter 2017/18", "In progress"),
        ("1.3", "Mental health first aid training for 300 front-line council staff", "Director of Public Health",
         "Wraxley Metropolitan Borough Council", "by 30 November 2017", "Not started"),
    ]),
    ("2. Urgent and emergency access to crisis care", [
        ("2.1", "Street triage: a mental health nurse with police officers, seven days a week, 4pm to midnight",
         "Superintendent, Operations", "Hebbleford Constabulary", "w/c 3 April 2017", "In progress"),
        ("2.2", "Health-based place of safety (section 136 suite) at Ullsford House", "Director of Operations",
         "Ullsford Care Partnership", "Q4 2017/18", "In progress"),
        ("2.3", "Core 24 liaison psychiatry at Wraxley General Hospital", "Director of Operations",
         "Ullsford Care Partnership", "by 31/03/2019", "In progress"),
        ("2.4", "Crisis resolution and home treatment team open 24 hours a day", "Associate Director of Mental Health",
         "Ullsford Care Partnership", "Oct-17", "In progress"),
    ]),
    ("3. Quality of treatment and care when in crisis", [
        ("3.1", "No use of police cells as a place of safety for under-18s", "Superintendent, Operations",
         "Hebbleford Constabulary", "Complete (Dec-16)", "Complete"),
        ("3.2", "Conveyance to a place of safety by ambulance, not police vehicle", "Head of Clinical Operations",
         "Northvale Ambulance Service", "Spring 2017", "In progress"),
        ("3.3", "Crisis house: four beds as an alternative to admission", "Head of Mental Health Commissioning",
         "NHS Hebbleford & Miltonby CCG", "TBC", "Not started"),
    ]),
    ("4. Recovery and staying well", [
        ("4.1", "Recovery college with courses co-produced by people with lived experience",
         "Head of Recovery Services", "Ullsford Care Partnership", "Summer 2018", "Not started"),
        ("4.2", "Crisis plans shared with NHS 111 and the ambulance service through the care record",
         "Chief Clinical Information Officer", "Ullsford Care Partnership", "Q1 2017/18", "In progress"),
        ("4.3", "Peer support workers in every community mental health team", "Associate Director of Mental Health",
         "Ullsford Care Partnership", "2017/18", "In progress"),
    ]),
]
CC_OFFICERS = [
    ("Ullsford Care Partnership NHS Foundation Trust", [
        ("Associate Director of Mental Health", "Sabine Mortlock"),
        ("Director of Operations", "Naomi Battersby"),
        ("Head of Recovery Services", "Delphine Ashcroft"),
        ("Chief Clinical Information Officer", "Dr Osman Farouk")]),
    ("NHS Wraxley CCG", [("Head of Mental Health Commissioning", "Callum Freestone")]),
    ("NHS Hebbleford & Miltonby CCG", [("Head of Mental Health Commissioning", "Fiona Rudge")]),
    ("Wraxley Metropolitan Borough Council", [("Director of Public Health", "Dr Yvette Marchetti")]),
    ("Hebbleford Constabulary", [("Chief Superintendent, Partnerships (Concordat chair)", "Lesley Hanratty"),
                                 ("Superintendent, Operations", "Graham Allerdyce")]),
    ("Northvale Ambulance Service NHS Trust", [("Head of Clinical Operations", "Keith Pargeter")]),
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False, size=9, white=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def concordat(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Wraxley & Hebbleford Mental Health Crisis Care Concordat", level=1)
    doc.add_paragraph("Declaration and action plan refresh 2017/18")

    cover = doc.add_table(rows=8, cols=4)
    cover.style = "Table Grid"
    t = cover.cell(0, 0).merge(cover.cell(0, 3))
    set_cell(t, "Mental Health Crisis Care Concordat: Wraxley & Hebbleford", bold=True, size=11, white=True)
    shade(t, "5B2C6F")
    set_cell(cover.cell(1, 0), "Document", bold=True)
    set_cell(cover.cell(1, 1), "Action plan refresh 2017/18")
    set_cell(cover.cell(1, 2), "Version", bold=True)
    set_cell(cover.cell(1, 3), "2.0")
    set_cell(cover.cell(2, 0), "Approved by", bold=True)
    set_cell(cover.cell(2, 1), "Crisis Care Concordat Partnership Group")
    set_cell(cover.cell(2, 2), "Date", bold=True)
    set_cell(cover.cell(2, 3), "19 January 2017")
    sig = cover.cell(3, 0).merge(cover.cell(6, 0))
    set_cell(sig, "Signatory organisations", bold=True)
    orgs = [("NHS Wraxley CCG", "NHS Hebbleford & Miltonby CCG", "Ullsford Care Partnership NHS Foundation Trust"),
            ("Wraxley Hospitals NHS Foundation Trust", "Hebbleford & Miltonby NHS Trust",
             "Northvale Ambulance Service NHS Trust"),
            ("Wraxley Metropolitan Borough Council", "Hebbleford County Council", "Hebbleford Constabulary"),
            ("Healthwatch Wraxley", "Healthwatch Hebbleford", "Mind in Wraxley and Hebbleford")]
    for r, trio in enumerate(orgs, 3):
        for k, o in enumerate(trio, 1):
            set_cell(cover.cell(r, k), o)
    set_cell(cover.cell(7, 0), "Concordat chair", bold=True)
    ch = cover.cell(7, 1).merge(cover.cell(7, 3))
    set_cell(ch, "Chief Superintendent, Partnerships, Hebbleford Constabulary (see Appendix 1)")

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "This refresh replaces the 2015 Concordat action plan. It is the mental health crisis element of the Wraxley & "
        "Hebbleford Sustainability and Transformation Plan and reports to the STP Mental Health Programme Board. The "
        "Crisis Care Concordat Partnership Group oversees delivery. Actions are led by the posts named in the table; "
        "Appendix 1 gives the post-holders.")
    doc.add_heading("2. Action plan 2017/18", level=2)
    n_rows = 1 + sum(1 + len(a) for _, a in CC_THEMES)
    tbl = doc.add_table(rows=n_rows, cols=6)
    tbl.style = "Table Grid"
    for k, h in enumerate(["Ref", "Action", "Lead (post)", "Lead organisation", "By when", "Status"]):
        set_cell(tbl.cell(0, k), h, bold=True, white=True)
        shade(tbl.cell(0, k), "5B2C6F")
    r = 1
    for theme, acts in CC_THEMES:
        band = tbl.cell(r, 0).merge(tbl.cell(r, 5))
        set_cell(band, theme, bold=True)
        shade(band, "E8DAEF")
        r += 1
        start = r
        for ref, action, lead, org, when, status in acts:
            for k, v in enumerate([ref, action, lead, None, when, status]):
                if v is not None:
                    set_cell(tbl.cell(r, k), v)
            r += 1
        # lead organisation: merged down over runs of the same organisation
        i = 0
        while i < len(acts):
            j = i
            while j + 1 < len(acts) and acts[j + 1][3] == acts[i][3]:
                j += 1
            cell = tbl.cell(start + i, 3)
            if j > i:
                cell = cell.merge(tbl.cell(start + j, 3))
            set_cell(cell, acts[i][3])
            i = j + 1
    doc.add_heading("3. Monitoring", level=2)
    doc.add_paragraph(
        "The Partnership Group meets on the second Wednesday of every other month; its next meeting is on 8 March "
        "2017. Each lead reports progress against the action plan to that meeting, and the Group reports by "
        "exception to the STP Mental Health Programme Board.")
    doc.add_heading("Appendix 1: Lead officers", level=2)
    n = 1 + sum(len(p) for _, p in CC_OFFICERS)
    app = doc.add_table(rows=n, cols=3)
    app.style = "Table Grid"
    for k, h in enumerate(["Organisation", "Post", "Post-holder"]):
        set_cell(app.cell(0, k), h, bold=True, white=True)
        shade(app.cell(0, k), "5B2C6F")
    r = 1
    for org, posts in CC_OFFICERS:
        cell = app.cell(r, 0)
        if len(posts) > 1:
            cell = cell.merge(app.cell(r + len(posts) - 1, 0))
        set_cell(cell, org)
        for post, name in posts:
            set_cell(app.cell(r, 1), post)
            set_cell(app.cell(r, 2), name)
            r += 1
    doc.core_properties.author = "Crisis Care Concordat Partnership Group"
    doc.core_properties.title = "Crisis Care Concordat action plan refresh 2017/18"
    doc.core_properties.created = doc.core_properties.modified = datetime(2017, 1, 19, 9, 0, 0)
    doc.core_properties.last_modified_by = "Concordat secretariat"
    doc.core_properties.revision = 2
    doc.save(str(path))


# =================================================================================================================
# 04 Primary care ETTF and resilience tracker (Excel)
# =================================================================================================================
TRACKER = [
    # id, scheme, type, owner, next milestone, due (datetime or text), status, grant GBP k
    ("PC01", "Miltonby Health Centre extension (six consulting rooms)", "Estates", "DW", "Contractor on site",
     datetime(2017, 6, 12), "On track", 1240),
    ("PC02", "Wraxley Central care hub refurbishment", "Estates", "DW", "Works complete", "Sept-17", "On track", 860),
    ("PC03", "Online consultation tool in all 29 Hebbleford practices", "Technology", "DWa",
     "Tool live in all practices", "Q3 2017/18", "At risk", 310),
    ("PC04", "Wi-Fi for patients and staff in every practice", "Technology", "DWa", "All 78 practices connected",
     datetime(2017, 3, 31), "On track", 145),
    ("PC05", "Lowfield Surgery new build (replacing two branch surgeries)", "Estates", "AK",
     "Full business case to NHS England", "w/c 5 June 2017", "At risk", 2150),
    ("PC06", "Practice resilience: Brookside Medical Practice support package", "Resilience", "MF",
     "Support plan agreed", datetime(2017, 4, 21), "On track", 48),
    ("PC07", "Practice resilience: Hebbleford Road Surgery merger support", "Resilience", "MF", "Merger complete",
     "by end of March 2018", "On track", 62),
    ("PC08", "Video consultations for care homes", "Technology", "DWa", "Pilot in 10 care homes", "Winter 2017/18",
     "On track", 95),
    ("PC09", "Clinical system migration for four practices", "Technology", "RB", "Migration complete",
     datetime(2017, 11, 30), "On track", 120),
    ("PC10", "Stelling Lane Surgery premises lease", "Estates", "AK", "Lease signed", "TBC", "Not started", 430),
    ("PC11", "Workflow and document management training (10 High Impact Actions)", "Resilience", "MF",
     "30 practices trained", "Q2 2017/18", "On track", 75),
    ("PC12", "International GP recruitment (12 GPs)", "Resilience", "JT", "First cohort in post", "Autumn 2017",
     "At risk", 180),
]
TRACKER_CONTACTS = [
    ("DW", "Diane Westcott", "Primary Care Estates Manager", "NHS Wraxley CCG"),
    ("DWa", "Daniel Wardle", "Primary Care IT Lead", "Marches Commissioning Support Unit"),
    ("AK", "Anita Kershaw", "Head of Primary Care Commissioning", "NHS Hebbleford & Miltonby CCG"),
    ("MF", "Megan Fairlie", "Practice Resilience Lead", "Hebbleford Primary Care Alliance"),
    ("RB", "Rhodri Bellweather", "Digital Programme Manager", "Wraxley & Hebbleford STP"),
    ("JT", "Jasper Treloar", "Primary Care Workforce Lead", "NHS Wraxley CCG"),
]


def tracker(path):
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    white = Font(bold=True, color="FFFFFF")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    rm = wb.active
    rm.title = "Read me"
    for i, line in enumerate([
        "Wraxley & Hebbleford STP: Primary care ETTF and GP resilience scheme tracker",
        "As at: 28 February 2017",
        "Owner of this tracker: AK (see Contacts)",
        "Tracker sheet: one row per scheme. Owners are given by initials; the Contacts sheet names them.",
        "Due: a date where the date is agreed; otherwise the expected period, typed as text.",
        "Grant: Estates and Technology Transformation Fund (ETTF) or GP Resilience Programme grant, in £k.",
        "Status: On track / At risk / Not started.",
    ], 1):
        rm.cell(row=i, column=1, value=line).font = bold if i == 1 else Font()
    rm.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Primary care ETTF and GP resilience scheme tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "As at 28/02/2017; grant in £k"
    heads = ["Scheme ID", "Scheme", "Type", "Owner", "Next milestone", "Due", "Status", "Grant (£k)"]
    for k, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=k, value=h)
        c.font, c.fill, c.border = white, head_fill, box
        c.alignment = Alignment(wrap_text=True, vertical="top")
    status_fill = {"On track": "C6EFCE", "At risk": "FFEB9C", "Not started": "D9D9D9"}
    for r, row in enumerate(TRACKER, 4):
        for k, v in enumerate(row, 1):
            c = ws.cell(row=r, column=k, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(horizontal="left", vertical="top")
            if k == 8:
                c.number_format = "#,##0"
            if k == 7:
                c.fill = PatternFill("solid", fgColor=status_fill[v])
    tr = 4 + len(TRACKER)
    ws.cell(row=tr, column=1, value="Total").font = bold
    c = ws.cell(row=tr, column=8, value=sum(r[7] for r in TRACKER))
    c.font, c.number_format = bold, "#,##0"
    for k, w in enumerate([10, 48, 12, 8, 32, 18, 12, 11], 1):
        ws.column_dimensions[chr(64 + k)].width = w
    ws.freeze_panes = "A4"

    cs = wb.create_sheet("Contacts")
    for k, h in enumerate(["Initials", "Name", "Role", "Organisation"], 1):
        c = cs.cell(row=1, column=k, value=h)
        c.font, c.fill = white, head_fill
    for r, row in enumerate(TRACKER_CONTACTS, 2):
        for k, v in enumerate(row, 1):
            cs.cell(row=r, column=k, value=v)
    for k, w in enumerate([9, 22, 36, 40], 1):
        cs.column_dimensions[chr(64 + k)].width = w

    sm = wb.create_sheet("Summary")
    for k, h in enumerate(["Type", "Schemes", "Grant (£k)"], 1):
        c = sm.cell(row=1, column=k, value=h)
        c.font, c.fill = white, head_fill
    r = 2
    for typ in ("Estates", "Technology", "Resilience"):
        rows = [x for x in TRACKER if x[2] == typ]
        sm.cell(row=r, column=1, value=typ)
        sm.cell(row=r, column=2, value=len(rows))
        sm.cell(row=r, column=3, value=sum(x[7] for x in rows)).number_format = "#,##0"
        r += 1
    sm.cell(row=r, column=1, value="Total").font = bold
    sm.cell(row=r, column=2, value=len(TRACKER)).font = bold
    c = sm.cell(row=r, column=3, value=sum(x[7] for x in TRACKER))
    c.font, c.number_format = bold, "#,##0"
    sm.column_dimensions["A"].width = 14

    wb.properties.creator = "Anita Kershaw"
    wb.properties.title = "Primary care ETTF and GP resilience scheme tracker"
    wb.properties.lastModifiedBy = "Anita Kershaw"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 28, 9, 0, 0)
    wb.save(str(path))


# =================================================================================================================
# 05 LWAB quarterly report to HEE (PowerPoint)
# =================================================================================================================
LWAB_WORKSTREAMS = [
    ("W1 Care Certificate passport across health and social care", "Lisette Okafor",
     "Passport agreed by all employers", "Q1 2017/18", "G"),
    ("W2 Apprenticeships: 120 apprentices under the levy", "Brendan Shale", "First 40 apprentices start",
     "01/09/2017", "A"),
    ("W3 Nursing associates (HEE test site)", "Marian Ellwood-Pryce", "First cohort of 24 trainees starts",
     "w/c 10 April 2017", "G"),
    ("W4 Physician associates in primary care", "Dr Rosalind Ambrose", "Eight physician associates in post",
     "Winter 2017/18", "A"),
    ("W5 Nurse retention", "Toby Fenchurch", "Registered nurse turnover below 10%", "2018/19", "A"),
]
LWAB_COMMITMENTS = [
    ("Frailty and falls plan", "FF9", "Frailty awareness training for 400 care home and domiciliary care staff",
     "Lorna Fairbairn", "by 30 September 2017"),
    ("Crisis Care Concordat", "1.3", "Mental health first aid training for 300 front-line council staff",
     "Dr Yvette Marchetti", "by 30 November 2017"),
    ("Primary care ETTF tracker", "PC12", "International recruitment of 12 GPs", "Jasper Treloar", "Autumn 2017"),
]
LWAB_INVEST = [  # GBP k
    ("W1 Care Certificate passport", [15, 25]),
    ("W2 Apprenticeships", [30, 120]),
    ("W3 Nursing associates", [96, 192]),
    ("W4 Physician associates", [60, 150]),
    ("W5 Nurse retention", [25, 50]),
]
LWAB_CHANGES = [
    ("Frailty and falls plan FF9: frailty awareness training, lead", "Lorna Fairbairn (LF)",
     "Marian Ellwood-Pryce, LWAB Education Lead", "From 1 April 2017"),
    ("Primary care ETTF tracker PC12: international GP recruitment, lead", "Jasper Treloar (JT)",
     "Dr Rosalind Ambrose", "From 1 April 2017"),
    ("Crisis Care Concordat 1.3: mental health first aid training, due", "by 30 November 2017", "Q1 2018/19",
     "Agreed 16 March 2017"),
    ("W3 nursing associates: first cohort starts", "w/c 6 March 2017", "w/c 10 April 2017",
     "Agreed 16 March 2017"),
]
LWAB_MEMBERS = [
    ("Chair", "Victoria Haldane", "Director of Workforce and OD, Wraxley Hospitals NHS Foundation Trust"),
    ("Health Education England", "Patrick Oyelowo-Grant", "Head of Workforce Transformation, HEE (North Marches)"),
    ("Education Lead", "Marian Ellwood-Pryce", "LWAB Education Lead"),
    ("Primary care", "Dr Rosalind Ambrose", "GP and Primary Care Workforce Tutor"),
    ("Social care", "Lisette Okafor", "Workforce Development Manager, Hebbleford County Council"),
    ("Secretary", "Kirsty Bamforth", "Wraxley & Hebbleford STP programme office"),
]


def lwab_report(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    layout = prs.slide_layouts[5]  # Title Only

    def title_slide_(title, sub):
        s = prs.slides.add_slide(prs.slide_layouts[0])
        s.shapes.title.text = title
        s.placeholders[1].text = sub
        return s

    def add_table(slide, rows, widths, top=Inches(1.5), size=12):
        shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), top, Emu(sum(widths)),
                                       Inches(0.4) * len(rows))
        t = shape.table
        for j, w in enumerate(widths):
            t.columns[j].width = Emu(w)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = t.cell(i, j)
                cell.text = v
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = PPt(size)
                        run.font.bold = i == 0 or (row[0] == "Total")
        return t

    def slide_(title):
        s = prs.slides.add_slide(layout)
        s.shapes.title.text = title
        return s

    title_slide_("Local Workforce Action Board: quarterly report, Q4 2016/17",
                 "Wraxley & Hebbleford STP | Report to Health Education England | LWAB meeting of 16 March 2017")

    s = slide_("Workstreams: progress and next milestones")
    add_table(s, [["Workstream", "Lead", "Next milestone", "Due", "RAG"]] + [list(r) for r in LWAB_WORKSTREAMS],
              [Inches(4.2), Inches(2.3), Inches(3.1), Inches(1.9), Inches(0.8)])

    s = slide_("Education and training commitments in other STP plans")
    add_table(s, [["Plan", "Ref", "Commitment", "Lead", "Due"]] + [list(r) for r in LWAB_COMMITMENTS],
              [Inches(2.6), Inches(0.8), Inches(4.6), Inches(2.2), Inches(2.1)])
    tb = s.shapes.add_textbox(Inches(0.5), Inches(4.2), Inches(12), Inches(1))
    tb.text_frame.text = ("The LWAB monitors these commitments on behalf of the plans that own them. Leads and dates "
                          "are as the plans give them; see the changes slide for updates agreed at this meeting.")
    tb.text_frame.paragraphs[0].runs[0].font.size = PPt(12)

    s = slide_("Investment from Health Education England (£k)")
    rows = [["Workstream", "2016/17", "2017/18", "Total"]]
    tot = [0, 0, 0]
    for name, vals in LWAB_INVEST:
        rows.append([name] + [str(v) for v in vals] + [str(sum(vals))])
        tot = [a + b for a, b in zip(tot, vals + [sum(vals)])]
    rows.append(["Total"] + [str(v) for v in tot])
    add_table(s, rows, [Inches(5), Inches(2), Inches(2), Inches(2)])

    s = slide_("Changes agreed since the last report")
    add_table(s, [["Item", "Was", "Now", "Effective"]] + [list(r) for r in LWAB_CHANGES],
              [Inches(4.6), Inches(2.4), Inches(3.4), Inches(2.0)], size=12)
    tb = s.shapes.add_textbox(Inches(0.5), Inches(5.2), Inches(12), Inches(1))
    tb.text_frame.text = ("These changes stand over the frailty and falls plan, the Crisis Care Concordat action plan "
                          "and the primary care ETTF tracker until those documents are next revised.")
    tb.text_frame.paragraphs[0].runs[0].font.size = PPt(12)

    s = slide_("LWAB membership")
    add_table(s, [["Role", "Name", "Post"]] + [list(r) for r in LWAB_MEMBERS],
              [Inches(3.0), Inches(3.0), Inches(6.3)])

    cp = prs.core_properties
    cp.author = "Kirsty Bamforth"
    cp.title = "LWAB quarterly report Q4 2016/17"
    cp.last_modified_by = "Kirsty Bamforth"
    cp.created = cp.modified = datetime(2017, 3, 16, 9, 0, 0)
    cp.revision = 1
    prs.save(str(path))


# =================================================================================================================
# 06 Council of Governors briefing (plain text)
# =================================================================================================================
BRIEFING = """\
ULLSFORD CARE PARTNERSHIP NHS FOUNDATION TRUST
COUNCIL OF GOVERNORS

Briefing note: Wraxley & Hebbleford Sustainability and Transformation Plan
(STP) - update for governors

Meeting:        Council of Governors, 24 April 2017
Agenda item:    7
Prepared by:    Alison Merriweather, Trust Secretary
Purpose:        For information

1. Why governors are receiving this note

1.1 Governors asked at their January meeting for a short, plain-English
update on the STP every quarter, and in particular on the schemes the
Trust leads or takes part in. This note brings together the latest
position from the STP papers published since November 2016.

2. The STP at a glance

2.1 The Wraxley & Hebbleford STP covers a population of 872,400 people,
two clinical commissioning groups, two acute trusts, this Trust, the
ambulance service and two councils.

2.2 The STP lead is Philippa Renwick-Shaw, Chief Executive of Wraxley
Hospitals NHS Foundation Trust. The STP Partnership Board is chaired by
Sir Godfrey Lyall.

2.3 If nothing changed, the local health and care system would face a
financial gap of £214.6m by 2020/21. The plan closes it with £96.2m from
the STP programmes, £84.1m from provider efficiency and £34.3m from the
national Sustainability and Transformation Fund.

3. Changes since the papers were published

3.1 Frailty assessment unit (frailty and falls plan, action FF4). Because
the ward at Hebbleford Royal Infirmary needs more refurbishment than
expected, the unit will now open in the week commencing 8 January 2018,
not in Q3 2017/18 as the implementation plan says.

3.2 "The Lantern" crisis cafe (Crisis Care Concordat action 1.2). The
preferred building in Wraxley town centre fell through. The cafe will now
open by end of March 2018, rather than in Winter 2017/18.

3.3 Street triage (Concordat action 2.1) went live on 3 April 2017, as
planned, and is running seven days a week.

3.4 Lowfield Surgery new build (primary care tracker, PC05). The full
business case will go to NHS England in the week commencing 17 July 2017
(previously w/c 5 June 2017) so that the revised district valuer's
report can be included.

3.5 Hebbleford Together vanguard. Dr Ruth Ingledew stepped down as
Vanguard Clinical Director at the end of March 2017. Dr Anwar Sethi, GP
at Miltonby Health Centre, is Vanguard Clinical Director from 1 April
2017 and so now leads the care hubs.

3.6 The Local Workforce Action Board agreed on 16 March 2017 that Marian
Ellwood-Pryce leads the frailty awareness training from 1 April 2017.

4. What this means for the Trust

4.1 The Trust leads the Concordat's crisis line, place of safety and
Core 24 actions and provides the mental health workers in the vanguard's
care hubs. None of the changes above alters the Trust's own dates.

5. Next steps

5.1 Governors are asked to send any questions on this note to the Trust
Secretary by 5 May 2017.

5.2 The next quarterly STP briefing will come to the Council of
Governors on 17 July 2017.
"""


# =================================================================================================================
def fix_zip(path: Path, when) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    frailty_plan(OUT / F1)
    vanguard_deck(OUT / F2)
    concordat(OUT / F3)
    fix_zip(OUT / F3, datetime(2017, 1, 19, 9, 0, 0))
    tracker(OUT / F4)
    fix_zip(OUT / F4, datetime(2017, 2, 28, 9, 0, 0))
    lwab_report(OUT / F5)
    fix_zip(OUT / F5, datetime(2017, 3, 16, 9, 0, 0))
    (OUT / F6).write_text(BRIEFING)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
