"""Write the Grettlesham & Oakhythe STP papers (fifty-third imaginary footprint) into papers/.

Six made-up papers of the 2016/17 planning round, each in a genre no earlier bank used:
  01 Cancer Alliance delivery plan 2017/18-2018/19 (PDF, portrait, platypus): a ruled action table that runs over a
     page break under a repeated header row, leads only as initials (key in Annex A), a transformation funding table
     in GBP thousands with a Total row and column, a risk table whose owners are posts (names in Annex B);
  02 "Living well with dementia" strategy summary (PDF, landscape, drawn like a slide deck on the canvas): number
     tiles, six priority boxes led by posts, a milestone strip, a must-do coverage matrix (the nine national must-dos
     against priorities P1-P6, bare marks placed by position, must-dos 5 and 6 empty), an investment table in GBP
     thousands with totals, risk tiles and a who's-who slide naming the posts' holders;
  03 Enhanced Health in Care Homes implementation plan (Word): a cover table with merged cells, an action table whose
     care-element rows are merged across and one lead cell merged down, leads by post with names in a contacts table,
     a note moving the dementia strategy's care home in-reach date, benefits in GBP thousands with a total, risks;
  04 Diabetes treatment and care transformation funding bid summary (PowerPoint): real table shapes for the bid lots
     (GBP thousands, Total row), milestones and risks, and a changes slide that replaces a lot lead from a date and
     moves a start date;
  05 pathology network consolidation tracker (Excel): the Due column mixes real date cells with typed text dates,
     owners as initials resolved on a Contacts sheet, savings in GBP thousands with a Total row, a risk sheet;
  06 Accountable Officer's report to a CCG Governing Body (plain text, hard-wrapped): replaces a Cancer Alliance lead
     from a date, moves the pathology LIMS go-live, sets the dementia carers' breaks date that was "tbc".

Everything is fixed: reportlab runs in invariant mode, the Office files' core dates and zip entry times are pinned.

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
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))

CANCER = "01_GO_Cancer_Alliance_Delivery_Plan_2017-19_v1.2_Nov2016.pdf"
DEMENTIA = "02_GO_STP_Living_Well_with_Dementia_Strategy_Summary_14Dec2016.pdf"
EHCH = "03_GO_Enhanced_Health_in_Care_Homes_Implementation_Plan_v0.9_Jan2017.docx"
DIABETES = "04_GO_Diabetes_Transformation_Funding_Bid_Summary_16Feb2017.pptx"
PATHOLOGY = "05_GO_Pathology_Network_Consolidation_Tracker_24Feb2017.xlsx"
AO_REPORT = "06_GO_Grettlesham_CCG_Governing_Body_Accountable_Officer_Report_09Mar2017.txt"

# =====================================================================================================================
# 01 Cancer Alliance delivery plan (PDF, platypus)
# =====================================================================================================================
CA_ACTIONS = [
    # (group heading or None, ref, action, lead initials, milestone, due)
    ("Early diagnosis", "ED1", "Targeted lung health checks for current and former smokers aged 55-74 in Grettlesham "
     "East, with low-dose CT on a mobile unit", "RK", "Mobile CT unit on site and first scans", "Q3 2017/18"),
    (None, "ED2", "Multidisciplinary Diagnostic Centre (MDC) for people with vague but concerning symptoms, at "
     "Oakhythe General Hospital", "TW", "MDC open to GP referrals", "Sept 17"),
    (None, "ED3", "FIT (faecal immunochemical test) for patients with low-risk bowel symptoms in primary care", "RK",
     "FIT available to all 118 practices", "end of March 2018"),
    (None, "ED4", "Bowel screening uptake: text reminders sent by practices", "SL", "Uptake of 60% in every CCG",
     "2018/19"),
    ("Faster and better pathways", "PW1", "Lung cancer timed pathway: straight to CT after an abnormal chest X-ray",
     "HP", "Timed pathway live at both trusts", "w/c 6 Nov 2017"),
    (None, "PW2", "Prostate: multiparametric MRI (mpMRI) before biopsy", "AM",
     "mpMRI before biopsy for all men referred", "31/03/18"),
    (None, "PW3", "Colorectal straight-to-test", "TW", "80% of two-week-wait referrals go straight to test",
     "Q4 16/17"),
    (None, "PW4", "Inter-trust transfers by day 38 of the 62-day pathway", "PO",
     "Day-38 transfer protocol signed by both trusts", "by 30.06.17"),
    ("Living with and beyond cancer", "LWB1", "Recovery Package: holistic needs assessment (HNA) and treatment "
     "summary", "AM", "HNA offered to 80% of patients", "Dec-17"),
    (None, "LWB2", "Stratified follow-up for breast cancer", "AM", "Patient-triggered follow-up live", "Q2 2018/19"),
    (None, "LWB3", "Cancer care reviews in general practice", "RK", "Shared review template in all practices", "tbc"),
    ("Treatment", "TR1", "Radiotherapy satellite unit at Oakhythe General Hospital", "DF",
     "Outline business case to the Alliance Board", "Feb 2018"),
    (None, "TR2", "Seven-day acute oncology service at Grettlesham Royal Infirmary", "DF",
     "Acute oncology cover seven days a week", "time frame as yet unknown"),
    ("Enablers", "EN1", "Alliance cancer data dashboard", "PO", "Dashboard published every month", "01/10/2017"),
    (None, "EN2", "Four additional non-medical endoscopists", "CB", "Trainees qualified and practising",
     "Q1 2018/19"),
]
CA_KEY = [
    ("AM", "Anjali Mistry-Orde", "Lead Cancer Nurse, Grettlesham Royal Hospitals NHS FT"),
    ("CB", "Corinna Baddesley", "Alliance Programme Director"),
    ("DF", "Dr Dominic Fairweather-Lowe", "Consultant Clinical Oncologist, Grettlesham Royal Hospitals NHS FT"),
    ("HP", "Dr Hester Pallockby", "Alliance Clinical Director"),
    ("PO", "Priya Okonjo-Bell", "Cancer Performance Lead, Grettlesham CCG"),
    ("RK", "Dr Rosalind Kettleborough", "Macmillan GP and Early Diagnosis Lead"),
    ("SL", "Saoirse Lumbrook", "Cancer Commissioning Manager, Oakhythe & Tallow Fen CCG"),
    ("TW", "Tobias Wrenfield", "Head of Cancer Services, Oakhythe & Wyrlow Hospitals NHS Trust"),
]
CA_FUNDING = [  # GBP thousands: 2017/18, 2018/19
    ("Early diagnosis", 1240, 1610),
    ("Faster and better pathways", 680, 540),
    ("Living with and beyond cancer", 410, 495),
    ("Treatment", 220, 380),
    ("Enablers", 150, 125),
]
CA_RISKS = [
    ("CR1", "Radiographer vacancies delay the lung health check CT scans", "Alliance Programme Director", 4, 4,
     "Shared radiographer bank across both trusts; agency cover agreed for the mobile unit"),
    ("CR2", "NHS England does not confirm transformation funding until Q1 2017/18", "Director of Finance, "
     "Grettlesham CCG", 3, 5, "Phase the 2017/18 spend; CCGs to underwrite ED1 for the first quarter"),
    ("CR3", "Endoscopy capacity is not enough for the extra demand from FIT-positive patients",
     "Chief Operating Officer, Grettlesham Royal Hospitals NHS FT", 4, 3,
     "Weekend endoscopy lists; non-medical endoscopists (EN2)"),
    ("CR4", "Practices do not take part in cancer care reviews", "Alliance Clinical Director", 2, 3,
     "Macmillan GP visits to every locality; review template built into clinical systems"),
]
CA_BOARD = [
    ("Chair", "Professor Idris Wenlock-Marr", "Independent"),
    ("Alliance Clinical Director", "Dr Hester Pallockby", "Grettlesham Royal Hospitals NHS FT"),
    ("Alliance Programme Director", "Corinna Baddesley", "Hosted by Grettlesham CCG"),
    ("Director of Finance, Grettlesham CCG", "Owain Scarrowby", "Grettlesham CCG"),
    ("Chief Operating Officer, Grettlesham Royal Hospitals NHS FT", "Lucinda Harbottle-Reeve",
     "Grettlesham Royal Hospitals NHS FT"),
    ("Chief Operating Officer, Oakhythe & Wyrlow Hospitals NHS Trust", "Imogen Tarrant-Lowe",
     "Oakhythe & Wyrlow Hospitals NHS Trust"),
    ("Macmillan GP and Early Diagnosis Lead", "Dr Rosalind Kettleborough", "Primary care"),
    ("Patient representative", "Wilfred Amberley-Croft", "Alliance patient panel"),
]


def fixed_date(stamp):
    """A date formatter for reportlab that always embeds the paper's own date (invariant mode is on as well)."""
    return lambda *_ignored: stamp


def dated_canvas(stamp):
    class DatedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.setDateFormatter(fixed_date(stamp))
    return DatedCanvas


def rating(score):
    return "High" if score >= 15 else "Medium" if score >= 8 else "Low"


def cancer_plan(path):
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=5,
                        textColor=colors.HexColor("#5B2C6F"))
    title = ParagraphStyle("t", fontName="DVB", fontSize=17, leading=22, spaceAfter=4,
                           textColor=colors.HexColor("#5B2C6F"))
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5, textColor=colors.white)
    band = ParagraphStyle("band", fontName="DVB", fontSize=8.5, leading=10.5)
    P = lambda t, s=cell: Paragraph(t, s)  # noqa: E731

    def page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(20 * mm, A4[1] - 12 * mm,
                     "Grettlesham & Oakhythe Cancer Alliance | Delivery Plan 2017/18 to 2018/19 | v1.2, 25 November 2016")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
        c.drawString(20 * mm, 10 * mm, "OFFICIAL - draft for the Cancer Alliance Board, 7 December 2016")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Cancer Alliance Delivery Plan 2017/18 to 2018/19",
                            author="Grettlesham & Oakhythe Cancer Alliance", subject="Delivery plan v1.2",
                            creator="Grettlesham & Oakhythe Cancer Alliance")
    s = [Paragraph("Grettlesham &amp; Oakhythe Cancer Alliance", title),
         Paragraph("Delivery Plan 2017/18 to 2018/19: Achieving World-Class Cancer Outcomes locally", h1)]
    ctl = Table([[P("<b>Version</b>"), P("1.2"), P("<b>Date</b>"), P("25 November 2016")],
                 [P("<b>Owner</b>"), P("Alliance Programme Director"), P("<b>For</b>"),
                  P("Cancer Alliance Board, 7 December 2016")],
                 [P("<b>Part of</b>"), P("Grettlesham &amp; Oakhythe STP, cancer workstream"), P("<b>Status</b>"),
                  P("Draft for approval")]],
                colWidths=[22 * mm, 63 * mm, 22 * mm, 63 * mm])
    ctl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                             ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EDE3F1")),
                             ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EDE3F1")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [ctl, Spacer(1, 8)]
    s += [Paragraph("1. Introduction", h1),
          Paragraph("The Grettlesham &amp; Oakhythe Cancer Alliance brings together Grettlesham Royal Hospitals NHS "
                    "Foundation Trust (GRH), Oakhythe &amp; Wyrlow Hospitals NHS Trust (OWH), Harlowen Health &amp; "
                    "Care NHS Foundation Trust, the three clinical commissioning groups (Grettlesham CCG, Oakhythe "
                    "&amp; Tallow Fen CCG and North Wyrlow CCG), the two councils and our patient panel. It is the "
                    "cancer workstream of the Grettlesham &amp; Oakhythe Sustainability and Transformation Plan and "
                    "serves a population of 962,000.", body),
          Paragraph("The Alliance Board is chaired by Professor Idris Wenlock-Marr and meets on the second Wednesday "
                    "of each month. Members of the Board are listed in Annex B. This plan sets out what we will do in "
                    "2017/18 and 2018/19, who leads each action and when it is due.", body),
          Paragraph("2. Our ambitions", h1),
          Paragraph("&#8226; Meet the 62-day referral to treatment standard (85%) in every month from Q3 2017/18.<br/>"
                    "&#8226; Raise the share of cancers diagnosed at stage 1 or 2 from 51% (2015) to 62% by 2020.<br/>"
                    "&#8226; Raise one-year survival from 72.4% to 75% by 2020.<br/>"
                    "&#8226; Offer every patient the Recovery Package by the end of 2018/19.", body),
          Paragraph("3. Delivery plan", h1),
          Paragraph("Table 1 lists our actions by workstream. Leads are shown by their initials; Annex A gives their "
                    "names and posts. Dates are those agreed at the October 2016 planning workshop.", body)]
    rows = [[P("Ref", cellb), P("Action", cellb), P("Lead", cellb), P("Milestone", cellb), P("Due", cellb)]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#5B2C6F")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for group, ref, action, lead, milestone, due in CA_ACTIONS:
        if group:
            rows.append([P(group, band), "", "", "", ""])
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EDE3F1"))]
        rows.append([P(ref), P(action), P(lead), P(milestone), P(due)])
    t = Table(rows, colWidths=[14 * mm, 68 * mm, 13 * mm, 48 * mm, 27 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    s += [t, Paragraph("Table 1: Cancer Alliance actions 2017/18 to 2018/19", body)]

    s += [Paragraph("4. Transformation funding", h1),
          Paragraph("We have bid to NHS England for cancer transformation funding of £5.85m over the two years "
                    "(Table 2, £k). Early diagnosis takes the largest share.", body)]
    frows = [[P("Workstream (£k)", cellb), P("2017/18", cellb), P("2018/19", cellb), P("Total", cellb)]]
    for name, a, b in CA_FUNDING:
        frows.append([P(name), P(f"{a:,}"), P(f"{b:,}"), P(f"{a + b:,}")])
    ta, tb = sum(r[1] for r in CA_FUNDING), sum(r[2] for r in CA_FUNDING)
    frows.append([P("<b>Total</b>"), P(f"<b>{ta:,}</b>"), P(f"<b>{tb:,}</b>"), P(f"<b>{ta + tb:,}</b>")])
    ft = Table(frows, colWidths=[70 * mm, 30 * mm, 30 * mm, 30 * mm])
    ft.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#5B2C6F")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
                            ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EDE3F1"))]))
    s += [KeepTogether([ft, Paragraph("Table 2: Cancer transformation funding bid by workstream, £k", body)])]

    s += [Paragraph("5. Risks", h1),
          Paragraph("Risks are scored likelihood x impact (1-5 each). A score of 15 or more is High, 8 to 12 is "
                    "Medium and 6 or less is Low. Risk owners are shown by post; Annex B names the post-holders.",
                    body)]
    rrows = [[P(h, cellb) for h in ("ID", "Risk", "Owner", "L", "I", "Score", "Mitigation")]]
    for rid, risk, owner, li, im, mit in CA_RISKS:
        rrows.append([P(rid), P(risk), P(owner), P(str(li)), P(str(im)), P(f"{li * im} {rating(li * im)}"), P(mit)])
    rt = Table(rrows, colWidths=[12 * mm, 45 * mm, 35 * mm, 7 * mm, 7 * mm, 18 * mm, 46 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#5B2C6F")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [rt, PageBreak()]

    s += [Paragraph("Annex A: Key to leads in Table 1", h1)]
    krows = [[P("Initials", cellb), P("Name", cellb), P("Post", cellb)]]
    for ini, name, post in CA_KEY:
        krows.append([P(ini), P(name), P(post)])
    kt = Table(krows, colWidths=[18 * mm, 55 * mm, 97 * mm])
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F"))]))
    s += [kt, Spacer(1, 10), Paragraph("Annex B: Cancer Alliance Board membership", h1)]
    brows = [[P("Post", cellb), P("Name", cellb), P("Organisation", cellb)]]
    for post, name, org in CA_BOARD:
        brows.append([P(post), P(name), P(org)])
    bt = Table(brows, colWidths=[72 * mm, 50 * mm, 48 * mm])
    bt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5B2C6F")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [bt]
    doc.build(s, onFirstPage=page, onLaterPages=page, canvasmaker=dated_canvas("D:20161125090000+00'00'"))


# =====================================================================================================================
# 02 Dementia strategy summary, a landscape PDF drawn like a slide deck
# =====================================================================================================================
W, H = 960, 540
TEAL = colors.HexColor("#0E6E6E")
PRIORITIES = [
    ("P1", "Preventing well", "Dementia risk reduction built into every NHS Health Check",
     "Consultant in Public Health, Oakhythe County Council"),
    ("P2", "Diagnosing well", "Memory assessment within six weeks of referral; diagnosis rate up to the national "
     "ambition", "Clinical Lead for Dementia, Harlowen Health & Care"),
    ("P3", "Supporting well", "A dementia adviser for every person newly diagnosed, in all three CCGs",
     "Head of Mental Health Commissioning, Grettlesham CCG"),
    ("P4", "Living well", "Dementia-friendly communities and a dementia in-reach team for care homes",
     "Dementia Programme Manager, STP Programme Office"),
    ("P5", "Dying well", "Advance care plans for people with dementia, made early", "End of Life Care Lead, "
     "Oakhythe & Tallow Fen CCG"),
    ("P6", "Caring well", "Breaks, training and a single information line for family carers",
     "Carers Lead, Grettlesham City Council"),
]
DEM_MILESTONES = [
    ("w/c 15 May 2017", "Dementia Awareness Week campaign with all 118 practices", "P1"),
    ("Q1 2017/18", "Dementia in-reach team covering all 214 care homes", "P4"),
    ("Oct-17", "Memory assessment within six weeks of referral", "P2"),
    ("Q3 2017/18", "Dementia adviser service live in all three CCGs", "P3"),
    ("end of March 2018", "Diagnosis rate reaches 66.7%", "P2"),
    ("2018/19", "Advance care plan offered to 75% of people on dementia registers", "P5"),
    ("tbc", "Carers' breaks scheme launched with both councils", "P6"),
]
MUSTDO_ROWS = [
    (1, "1. Deliver the STP"), (2, "2. Financial balance"), (3, "3. General practice"),
    (4, "4. A&E and ambulance standards"), (5, "5. Referral to treatment (18 weeks)"), (6, "6. Cancer (62 days)"),
    (7, "7. Mental health"), (8, "8. Learning disabilities"), (9, "9. Quality and special measures"),
]
DEM_MATRIX = {1: ["P1", "P2", "P3", "P4", "P5", "P6"], 2: ["P4", "P5"], 3: ["P2", "P3"], 4: ["P4", "P5"], 5: [],
              6: [], 7: ["P2", "P3"], 8: ["P2"], 9: ["P4", "P6"]}
DEM_INVEST = [  # GBP thousands: 2017/18, 2018/19, 2019/20
    ("P1 Preventing well", 40, 60, 60), ("P2 Diagnosing well", 310, 380, 420),
    ("P3 Supporting well", 220, 260, 300), ("P4 Living well", 180, 240, 280),
    ("P5 Dying well", 60, 90, 110), ("P6 Caring well", 100, 120, 120),
]
DEM_RISKS = [
    ("DR1", "Consultant vacancies in the memory assessment service", "Clinical Lead for Dementia", "Red (16)"),
    ("DR2", "Staff turnover in care homes undoes dementia training", "Dementia Programme Manager", "Amber (12)"),
    ("DR3", "Council budgets cannot fund their share of carers' breaks", "Carers Lead", "Red (15)"),
]
DEM_WHO = [
    ("Dementia SRO", "Ruairi Castleton-Pike", "Director of Commissioning, Oakhythe & Tallow Fen CCG"),
    ("Clinical Lead for Dementia", "Dr Beatrix Olumide-Hart", "Harlowen Health & Care NHS FT"),
    ("Consultant in Public Health", "Dr Fergal Ashdown", "Oakhythe County Council"),
    ("Head of Mental Health Commissioning", "Yvette Marchmont", "Grettlesham CCG"),
    ("Dementia Programme Manager", "Kieran Poltimore", "STP Programme Office"),
    ("End of Life Care Lead", "Maeve Lanyard", "Oakhythe & Tallow Fen CCG"),
    ("Carers Lead", "Dilys Cordwainer", "Grettlesham City Council"),
]


class Deck:
    FOOT = "Grettlesham & Oakhythe STP | Living well with dementia 2017-2020 | Partnership Board, 14 December 2016"

    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Living well with dementia 2017-2020: strategy summary")
        self.c.setAuthor("Grettlesham & Oakhythe STP Programme Office")
        self.c.setCreator("Grettlesham & Oakhythe STP Programme Office")
        self.c.setSubject("Strategy summary for the STP Partnership Board, 14 December 2016")
        self.c.setDateFormatter(fixed_date("D:20161214090000+00'00'"))
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
        c.setFont("DV", 7.5)
        c.drawString(34, 16, self.FOOT)
        c.drawRightString(W - 34, 16, str(self.n))
        c.showPage()

    def text(self, x, y, s, size=10, font="DV", width=None, leading=None, color=colors.black):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        lines = simpleSplit(s, font, size, width) if width else [s]
        for i, line in enumerate(lines):
            c.drawString(x, y - i * (leading or size * 1.25), line)
        return y - len(lines) * (leading or size * 1.25)

    def box(self, x, y, w, h, fill="#FFFFFF", stroke="#0E6E6E"):
        c = self.c
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(colors.HexColor(stroke))
        c.setLineWidth(0.8)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(colors.black)


def dementia_deck(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    d.text(60, 340, "Living well with dementia", 34, "DVB", color=colors.white)
    d.text(60, 298, "Grettlesham & Oakhythe dementia strategy 2017-2020: summary", 18, color=colors.white)
    d.text(60, 250, "STP Partnership Board, 14 December 2016 | Version 2.0 | Agenda item 6", 12, color=colors.white)
    d.text(60, 226, "Presented by the Dementia SRO", 12, color=colors.white)
    c.showPage()
    # 2 tiles
    d.slide("Dementia in Grettlesham & Oakhythe at a glance")
    tiles = [("9,180", "people aged 65 and over estimated to be living with dementia (2016)"),
             ("61.4%", "dementia diagnosis rate, September 2016"),
             ("66.7%", "national diagnosis ambition we have to reach"),
             ("£1.29m", "new recurrent investment a year by 2019/20")]
    for i, (num, cap) in enumerate(tiles):
        x = 40 + i * 225
        d.box(x, 250, 205, 170, fill="#E6F2F2")
        d.text(x + 16, 370, num, 34, "DVB", color=TEAL)
        d.text(x + 16, 330, cap, 11, width=175)
    d.text(40, 200, "Sources: practice dementia registers and the prevalence model, September 2016. The strategy was "
           "written with people living with dementia, carers, the two councils and the three CCGs.", 10, width=880)
    d.end()
    # 3 priorities
    d.slide("Our six priorities and who leads them")
    for i, (code, name, aim, lead) in enumerate(PRIORITIES):
        x = 40 + (i % 3) * 300
        y = 270 if i < 3 else 60
        d.box(x, y, 280, 190, fill="#F2F8F8")
        c.setFillColor(TEAL)
        c.rect(x, y + 160, 280, 30, stroke=0, fill=1)
        d.text(x + 10, y + 170, f"{code} {name}", 13, "DVB", color=colors.white)
        yy = d.text(x + 10, y + 140, aim, 10.5, width=260)
        d.text(x + 10, yy - 10, "Lead: " + lead, 9.5, "DVB", width=260)
    d.end()
    # 4 milestones strip
    d.slide("Key milestones 2017 to 2019")
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(40, 300, W - 40, 300)
    step = (W - 80) / len(DEM_MILESTONES)
    for i, (when, what, code) in enumerate(DEM_MILESTONES):
        x = 40 + i * step
        c.setFillColor(TEAL)
        c.circle(x + step / 2, 300, 6, stroke=0, fill=1)
        d.box(x + 4, 320, step - 8, 44, fill="#E6F2F2")
        d.text(x + 10, 346, when, 10, "DVB", width=step - 20, leading=11)
        d.box(x + 4, 150, step - 8, 130)
        yy = d.text(x + 10, 262, what, 9, width=step - 20, leading=11)
        d.text(x + 10, yy - 6, f"({code})", 9, "DVB")
    d.text(40, 110, "Dates are as agreed by the Dementia Programme Board on 30 November 2016. The carers' breaks "
           "date depends on council budget setting.", 10, width=880)
    d.end()
    # 5 must-do matrix
    d.slide("How our priorities support the nine national must-dos")
    x0, col_w, top = 330, 95, 420
    d.text(40, top + 14, "2016/17 planning guidance must-do", 10, "DVB")
    cols = {}
    for j, (code, name, _aim, _lead) in enumerate(PRIORITIES):
        cx = x0 + j * col_w
        cols[code] = cx + col_w / 2
        d.text(cx + 8, top + 26, code, 10, "DVB")
        d.text(cx + 8, top + 12, name, 8.5)
    row_h = 30
    for i, (n, label) in enumerate(MUSTDO_ROWS):
        y = top - 22 - i * row_h
        if i % 2 == 0:
            c.setFillColor(colors.HexColor("#F2F8F8"))
            c.rect(36, y - 9, 6 * col_w + x0 - 36, row_h, stroke=0, fill=1)
        d.text(40, y, label, 10)
        for code in DEM_MATRIX[n]:
            c.setFont("DV", 14)
            c.setFillColor(TEAL)
            c.drawCentredString(cols[code], y - 2, "\u25cf")
    c.setStrokeColor(colors.HexColor("#A6A6A6"))
    c.setLineWidth(0.5)
    for j in range(7):
        c.line(x0 + j * col_w, top + 40, x0 + j * col_w, top - 22 - 8 * row_h - 10)
    d.text(40, 90, "\u25cf = the priority contributes to the must-do. A blank row means no dementia priority "
           "contributes to that must-do.", 10, width=880)
    d.end()
    # 6 investment
    d.slide("Investment plan (£k)")
    heads = ["Priority", "2017/18", "2018/19", "2019/20", "Total"]
    xs = [60, 420, 540, 660, 780]
    y = 430
    c.setFillColor(TEAL)
    c.rect(50, y - 8, 820, 26, stroke=0, fill=1)
    for x, h in zip(xs, heads):
        d.text(x, y, h, 11, "DVB", color=colors.white)
    tot = [0, 0, 0]
    for name, a, b, cc in DEM_INVEST:
        y -= 32
        vals = [a, b, cc]
        tot = [t + v for t, v in zip(tot, vals)]
        d.text(xs[0], y, name, 11)
        for x, v in zip(xs[1:], vals + [sum(vals)]):
            d.text(x, y, f"{v:,}", 11)
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(50, y - 10, 870, y - 10)
    y -= 32
    d.text(xs[0], y, "Total", 11, "DVB")
    for x, v in zip(xs[1:], tot + [sum(tot)]):
        d.text(x, y, f"{v:,}", 11, "DVB")
    d.text(60, y - 50, "New recurrent money, shared by the three CCGs in proportion to population. Council "
           "contributions to carers' breaks are not included.", 10, width=800)
    d.end()
    # 7 risks
    d.slide("Top risks")
    for i, (rid, risk, owner, rag) in enumerate(DEM_RISKS):
        x = 40 + i * 300
        d.box(x, 180, 280, 250, fill="#FBEAEA" if rag.startswith("Red") else "#FFF4DD", stroke="#7F7F7F")
        d.text(x + 14, 400, rid, 16, "DVB")
        yy = d.text(x + 14, 370, risk, 11, width=250)
        yy = d.text(x + 14, yy - 14, "Owner: " + owner, 10, "DVB", width=250)
        d.text(x + 14, yy - 8, "Rating: " + rag, 10, "DVB")
    d.end()
    # 8 who's who
    d.slide("Who's who")
    y = 440
    c.setFillColor(TEAL)
    c.rect(50, y - 8, 860, 26, stroke=0, fill=1)
    for x, h in zip((60, 360, 600), ("Post", "Name", "Organisation")):
        d.text(x, y, h, 11, "DVB", color=colors.white)
    for post, name, org in DEM_WHO:
        y -= 34
        d.text(60, y, post, 11)
        d.text(360, y, name, 11, "DVB")
        d.text(600, y, org, 10, width=300)
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(50, y - 12, 910, y - 12)
    d.end()
    c.save()


# =====================================================================================================================
# 03 Enhanced Health in Care Homes implementation plan (Word)
# =====================================================================================================================
EHCH_ACTIONS = [
    ("1. Enhanced primary care support", [
        ("CH1.1", "Every care home aligned to one GP practice", "Care Homes Clinical Lead", "Q2 2017/18"),
        ("CH1.2", "Weekly GP-led \u201chome round\u201d in every nursing home", None, "w/c 2 Oct 2017"),
    ]),
    ("2. Multidisciplinary team (MDT) support, including coordinated health and social care", [
        ("CH2.1", "Monthly MDT meeting in each of the 12 care home clusters", "Head of Community Nursing, HHC",
         "01/07/17"),
    ]),
    ("3. Reablement and rehabilitation", [
        ("CH3.1", "Discharge to assess beds in six care homes", "Discharge Programme Lead, OWH", "end of June 2017"),
    ]),
    ("4. High quality end of life care and dementia care", [
        ("CH4.1", "Dementia in-reach team visits every care home (dementia strategy priority P4)",
         "Dementia Programme Manager", "30 September 2017"),
        ("CH4.2", "Advance care plan (\u201cMy Future Wishes\u201d) for every resident who wants one",
         "End of Life Care Lead", "Q4 2017/18"),
    ]),
    ("5. Joined-up commissioning and collaboration with care homes", [
        ("CH5.1", "One quality framework and contract for all care homes, shared by the CCGs and councils",
         "Head of Care Home Commissioning", "31/03/18"),
    ]),
    ("6. Workforce development", [
        ("CH6.1", "Care home staff training academy", "STP Workforce Lead", "Winter 2017/18"),
    ]),
    ("7. Data, IT and technology", [
        ("CH7.1", "Red Bag hospital transfer scheme in all care homes", "Care Homes Programme Lead", "Nov 17"),
        ("CH7.2", "NHSmail account for every care home", "STP Digital Programme Lead", "Q1 2018/19"),
    ]),
]
EHCH_CONTACTS = [
    ("SRO, Out-of-Hospital Care (Director of Integrated Care, North Wyrlow CCG)", "Alasdair Pengelly-Ross"),
    ("Care Homes Programme Lead", "Bernadette Cloudsley"),
    ("Care Homes Clinical Lead (GP)", "Dr Theo Quarrington"),
    ("Head of Community Nursing, Harlowen Health & Care NHS FT (HHC)", "Gwenllian Abbotsley"),
    ("Discharge Programme Lead, Oakhythe & Wyrlow Hospitals NHS Trust (OWH)", "Marcus Ellerby-Stott"),
    ("Dementia Programme Manager", "Kieran Poltimore"),
    ("End of Life Care Lead", "Maeve Lanyard"),
    ("Head of Care Home Commissioning", "Jocasta Rimmington"),
    ("STP Workforce Lead", "Nnamdi Grisedale"),
    ("STP Digital Programme Lead", "Hollis Venn-Ardley"),
]
EHCH_BENEFITS = [("Avoided emergency admissions from care homes", 1180), ("Fewer hospital bed days", 860),
                 ("Fewer ambulance conveyances", 310), ("Medicines reviews (prescribing)", 150)]
EHCH_RISKS = [
    ("EH1", "Care home market fragility: three homes closed in 2016", "Head of Care Home Commissioning", "Red (20)"),
    ("EH2", "GP practices do not sign up to the care home scheme", "Care Homes Clinical Lead", "Amber (12)"),
    ("EH3", "NHSmail accounts delayed by the national roll-out", "STP Digital Programme Lead", "Green (4)"),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5, color=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def ehch_plan(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "Care Homes Programme Lead"
    cp.title = "Enhanced Health in Care Homes: Implementation Plan 2017/18"
    cp.created = cp.modified = datetime(2017, 1, 19, 9, 0, 0)
    cp.last_modified_by = "STP Programme Office"
    cp.revision = 9

    cover = doc.add_table(rows=5, cols=4)
    cover.style = "Table Grid"
    a = cover.cell(0, 0).merge(cover.cell(0, 3))
    set_cell(a, "Grettlesham & Oakhythe STP: Out-of-Hospital Care Programme", bold=True, size=12, color="FFFFFF")
    shade(a, "1F4E79")
    set_cell(cover.cell(1, 0), "Document", bold=True)
    set_cell(cover.cell(1, 1).merge(cover.cell(1, 3)), "Enhanced Health in Care Homes: Implementation Plan 2017/18")
    for r, (k1, v1, k2, v2) in enumerate([("Version", "0.9 (draft)", "Date", "19 January 2017"),
                                          ("Author", "Care Homes Programme Lead", "For",
                                           "STP Out-of-Hospital Care Board, 26 January 2017")], start=2):
        set_cell(cover.cell(r, 0), k1, bold=True)
        set_cell(cover.cell(r, 1), v1)
        set_cell(cover.cell(r, 2), k2, bold=True)
        set_cell(cover.cell(r, 3), v2)
    set_cell(cover.cell(4, 0), "SRO", bold=True)
    set_cell(cover.cell(4, 1).merge(cover.cell(4, 3)), "Director of Integrated Care, North Wyrlow CCG")
    for r in range(1, 5):
        shade(cover.cell(r, 0), "DEEAF6")

    doc.add_heading("1. Purpose", level=1)
    doc.add_paragraph("This plan sets out how the Grettlesham & Oakhythe STP will put the NHS England Enhanced Health "
                      "in Care Homes framework in place in 2017/18, across the seven care elements of the framework. "
                      "It builds on the care homes vanguard learning and on priority P4 (Living well) of our "
                      "dementia strategy.")
    doc.add_heading("2. Where we are now", level=1)
    doc.add_paragraph("There are 214 care homes in the footprint: 88 nursing homes and 126 residential homes. In "
                      "2015/16 care home residents had 4,310 emergency admissions. Only 41% of homes have a named "
                      "GP practice today.")
    doc.add_heading("3. Action plan", level=1)
    doc.add_paragraph("Leads are shown by post. Section 7 gives the name of each post-holder.")
    rows = 1 + sum(1 + len(acts) for _g, acts in EHCH_ACTIONS)
    t = doc.add_table(rows=rows, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(("Ref", "Action", "Lead", "Due")):
        set_cell(t.cell(0, j), h, bold=True, color="FFFFFF")
        shade(t.cell(0, j), "1F4E79")
    r = 1
    for group, acts in EHCH_ACTIONS:
        g = t.cell(r, 0).merge(t.cell(r, 3))
        set_cell(g, group, bold=True)
        shade(g, "DEEAF6")
        r += 1
        first = r
        for ref, action, lead, due in acts:
            set_cell(t.cell(r, 0), ref)
            set_cell(t.cell(r, 1), action)
            if lead is not None:
                set_cell(t.cell(r, 2), lead)
            set_cell(t.cell(r, 3), due)
            if lead is None:  # the lead cell is merged down from the row above
                t.cell(r - 1, 2).merge(t.cell(r, 2))
            r += 1
        del first
    doc.add_heading("4. Change to the dementia strategy timetable", level=1)
    doc.add_paragraph("The dementia strategy agreed by the STP Partnership Board on 14 December 2016 showed the "
                      "dementia in-reach team covering all care homes in Q1 2017/18. Recruitment to the in-reach team "
                      "will not be complete until the summer, so the in-reach milestone (CH4.1 above, P4 in the "
                      "strategy) moves from Q1 2017/18 to 30 September 2017. The Dementia Programme Manager has "
                      "agreed this change and it replaces the date in the strategy.")
    doc.add_heading("5. Expected benefits in 2017/18", level=1)
    b = doc.add_table(rows=len(EHCH_BENEFITS) + 2, cols=2)
    b.style = "Table Grid"
    set_cell(b.cell(0, 0), "Benefit", bold=True)
    set_cell(b.cell(0, 1), "£k", bold=True)
    for i, (name, v) in enumerate(EHCH_BENEFITS, start=1):
        set_cell(b.cell(i, 0), name)
        set_cell(b.cell(i, 1), f"{v:,}")
    set_cell(b.cell(len(EHCH_BENEFITS) + 1, 0), "Total", bold=True)
    set_cell(b.cell(len(EHCH_BENEFITS) + 1, 1), f"{sum(v for _n, v in EHCH_BENEFITS):,}", bold=True)
    doc.add_heading("6. Risks", level=1)
    rt = doc.add_table(rows=len(EHCH_RISKS) + 1, cols=4)
    rt.style = "Table Grid"
    for j, h in enumerate(("Ref", "Risk", "Owner", "Rating")):
        set_cell(rt.cell(0, j), h, bold=True)
    for i, row in enumerate(EHCH_RISKS, start=1):
        for j, v in enumerate(row):
            set_cell(rt.cell(i, j), v)
    doc.add_heading("7. Contacts", level=1)
    ct = doc.add_table(rows=len(EHCH_CONTACTS) + 1, cols=2)
    ct.style = "Table Grid"
    set_cell(ct.cell(0, 0), "Post", bold=True)
    set_cell(ct.cell(0, 1), "Name", bold=True)
    for i, (post, name) in enumerate(EHCH_CONTACTS, start=1):
        set_cell(ct.cell(i, 0), post)
        set_cell(ct.cell(i, 1), name)
    p = doc.add_paragraph("Next review: STP Out-of-Hospital Care Board, April 2017.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.save(str(path))
    pin_zip(path, datetime(2017, 1, 19, 9, 0, 0))


# =====================================================================================================================
# 04 Diabetes transformation funding bid summary (PowerPoint)
# =====================================================================================================================
DIA_LOTS = [
    ("Lot 1", "Structured education: more DESMOND and X-PERT places and an online option", "Helena Strathairn", 185,
     210),
    ("Lot 2", "Achieving the NICE treatment targets: practice audit and support", "Dr Cosmo Penberthy", 240, 260),
    ("Lot 3", "Multidisciplinary foot care teams at both acute trusts", "Dr Gideon Fairhurst", 320, 290),
    ("Lot 4", "Diabetes inpatient specialist nurses (DISN)", "Rhiannon Cattermole", 275, 275),
]
DIA_MILESTONES = [
    ("Lot 1", "First additional structured education places open", "Q1 2017/18"),
    ("Lot 1", "Online structured education option live", "Sep-17"),
    ("Lot 2", "Treatment targets audit completed in every practice", "31/12/17"),
    ("Lot 3", "Foot care MDT live at Oakhythe General Hospital", "October 2017"),
    ("Lot 3", "Foot care MDT live at Grettlesham Royal Infirmary", "Q4 2017/18"),
    ("Lot 4", "Inpatient specialist nurses in post at both trusts", "by 31.05.17"),
]
DIA_RISKS = [
    ("Inpatient specialist nurses hard to recruit (national shortage)", "Diabetes Clinical Lead", "Red"),
    ("Bid not approved, so lots 3 and 4 cannot start", "Programme SRO", "Amber"),
    ("Practices do not take part in the treatment targets audit", "Diabetes Programme Manager", "Amber"),
]
DIA_TEAM = [
    ("Programme SRO", "Pritpal Sandhu-Whitlow", "Director of Primary Care, North Wyrlow CCG"),
    ("Diabetes Clinical Lead", "Dr Cosmo Penberthy", "GP, Grettlesham CCG"),
    ("Diabetes Programme Manager", "Ottoline Fairbrass", "STP Programme Office"),
    ("Finance lead", "Owain Scarrowby", "Director of Finance, Grettlesham CCG"),
]


def _tb(slide, x, y, w, h, paras, size=16, bold_first=False, color=None):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = text
        run.font.size = PPt(size)
        run.font.bold = bold_first and i == 0
        if color:
            run.font.color.rgb = PRGB.from_string(color)
    return box


def _table(slide, x, y, w, rows, widths, size=12):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w),
                                   Inches(0.4 * len(rows)))
    tbl = shape.table
    for j, wd in enumerate(widths):
        tbl.columns[j].width = Inches(wd)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(size)
                    run.font.bold = i == 0 or (row[0] == "Total")
    return tbl


def diabetes_deck(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank, title_only, title_layout = prs.slide_layouts[6], prs.slide_layouts[5], prs.slide_layouts[0]
    cp = prs.core_properties
    cp.author = "Diabetes Programme Manager"
    cp.title = "Diabetes transformation funding bid summary"
    cp.created = cp.modified = datetime(2017, 2, 16, 9, 0, 0)
    cp.last_modified_by = "STP Programme Office"
    cp.revision = 4

    s = prs.slides.add_slide(title_layout)
    s.shapes.title.text = "Diabetes Treatment and Care Programme: transformation funding bid summary"
    s.placeholders[1].text = "Grettlesham & Oakhythe STP Programme Board, 16 February 2017 (agenda item 5)"

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Why we are bidding"
    _tb(s, 0.8, 1.6, 11.5, 4.5, [
        "58,900 adults are on practice diabetes registers (7.4% of adults).",
        "Only 34% of them meet all three NICE treatment targets (HbA1c, blood pressure and cholesterol), below "
        "the England average.",
        "Neither acute trust has a full multidisciplinary foot care team; amputation rates are in the worst "
        "quintile.",
        "Bids go to NHS England by 3 March 2017. The National Diabetes Prevention Programme (NDPP) is not part of "
        "this bid: it sits in the STP prevention programme.",
    ], size=18)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "What we are bidding for (£k)"
    rows = [["Lot", "What we will fund", "Lot lead", "2017/18 £k", "2018/19 £k", "Total £k"]]
    for lot, what, lead, a, b in DIA_LOTS:
        rows.append([lot, what, lead, f"{a:,}", f"{b:,}", f"{a + b:,}"])
    ta, tb = sum(r[3] for r in DIA_LOTS), sum(r[4] for r in DIA_LOTS)
    rows.append(["Total", "", "", f"{ta:,}", f"{tb:,}", f"{ta + tb:,}"])
    _table(s, 0.5, 1.5, 12.3, rows, [0.9, 5.0, 2.6, 1.3, 1.3, 1.2], size=13)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Key milestones"
    rows = [["Lot", "Milestone", "Due"]] + [list(m) for m in DIA_MILESTONES]
    _table(s, 0.8, 1.5, 11.7, rows, [1.2, 7.5, 3.0], size=14)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Risks"
    rows = [["Risk", "Owner", "Rating"]] + [list(r) for r in DIA_RISKS]
    _table(s, 0.8, 1.5, 11.7, rows, [7.0, 3.2, 1.5], size=14)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Changes since the December draft"
    _tb(s, 0.8, 1.6, 11.5, 4.5, [
        "Lot 3 lead: Mr Sunil Atherley-Booth, Consultant Podiatric Surgeon, takes over from Dr Gideon Fairhurst "
        "from 1 March 2017 (Dr Fairhurst retires at the end of February). The table on slide 3 still shows the "
        "December draft.",
        "Lot 1: the first additional structured education places move from Q1 2017/18 to w/c 5 June 2017, because "
        "the provider has to recruit two more educators.",
        "Lot 4: no change.",
    ], size=18)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Programme team"
    rows = [["Role", "Name", "Post"]] + [list(r) for r in DIA_TEAM]
    _table(s, 0.8, 1.5, 11.7, rows, [3.0, 3.5, 5.2], size=14)

    prs.save(str(path))
    pin_zip(path, datetime(2017, 2, 16, 9, 0, 0))


# =====================================================================================================================
# 05 Pathology network consolidation tracker (Excel)
# =====================================================================================================================
PATH_MILESTONES = [
    ("PN01", "Governance", "Pathology network partnership agreement signed by both trusts", "GF",
     datetime(2017, 6, 30), "G", ""),
    ("PN02", "Hub and spoke", "Board decision on the hub laboratory site", "LA", "Q3 2017/18", "A",
     "Options: Grettlesham Royal Infirmary or Oakhythe General Hospital"),
    ("PN03", "LIMS", "Single laboratory information management system (LIMS) contract awarded", "DH",
     datetime(2017, 10, 31), "A", "Procurement through a national framework"),
    ("PN04", "LIMS", "Single LIMS live at both trusts", "DH", datetime(2018, 3, 31), "A", ""),
    ("PN05", "Blood sciences", "Routine blood sciences work moves to the hub; a hot lab stays at the other site",
     "LA", "w/c 4 Dec 2017", "A", "Depends on PN02"),
    ("PN06", "Microbiology", "Microbiology consolidated at the hub", "MV", "Q2 2018/19", "G", ""),
    ("PN07", "Cellular pathology", "Digital pathology pilot", "MV", "TBC", "R",
     "Awaiting a national funding decision"),
    ("PN08", "Workforce", "Formal staff consultation on the new network rotas opens", "GF", datetime(2017, 5, 15),
     "G", ""),
    ("PN09", "Point of care testing", "Single point of care testing governance committee", "AK", "Jan-18", "G", ""),
    ("PN10", "Logistics", "Single courier contract across the network", "AK", datetime(2017, 9, 1), "A", ""),
]
PATH_CONTACTS = [
    ("SRO", "Imogen Tarrant-Lowe", "Chief Operating Officer", "Oakhythe & Wyrlow Hospitals NHS Trust"),
    ("GF", "Gareth Fothergill-Knapp", "Pathology Network Programme Director", "Hosted by Grettlesham Royal Hospitals"),
    ("LA", "Lorna Ashcroft-Vale", "Network Operations Manager", "Oakhythe & Wyrlow Hospitals NHS Trust"),
    ("DH", "Dr Damian Hollyoak", "Consultant Chemical Pathologist and LIMS Clinical Lead",
     "Grettlesham Royal Hospitals NHS FT"),
    ("MV", "Dr Maren Velasco-Thorne", "Consultant Microbiologist", "Oakhythe & Wyrlow Hospitals NHS Trust"),
    ("AK", "Ayodele Kingswell", "Head of Pathology Logistics", "Grettlesham Royal Hospitals NHS FT"),
]
PATH_SAVINGS = [  # GBP thousands: 2017/18, 2018/19, 2019/20
    ("Blood sciences hub", 350, 820, 1100),
    ("Microbiology consolidation", 120, 410, 520),
    ("Single LIMS", 0, 180, 460),
    ("Managed service for reagents and analysers", 400, 520, 560),
    ("Courier and logistics", 60, 90, 90),
]
PATH_RISKS = [
    ("PR1", "Staff turnover during the consultation on network rotas", "GF", 4, 4),
    ("PR2", "LIMS procurement slips and delays the go-live", "DH", 3, 4),
    ("PR3", "Courier journeys from Wyrlow take more than two hours", "AK", 3, 3),
    ("PR4", "Capital for the hub laboratory refurbishment (£2.1m) is not approved", "SRO", 3, 5),
]


def pathology_tracker(path):
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="385723")
    head_font = Font(bold=True, color="FFFFFF")
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Read me"
    for i, line in enumerate([
        "Grettlesham & Oakhythe Pathology Network: consolidation programme tracker",
        "As at 24/02/2017. Maintained by the Pathology Network Programme Office.",
        "Milestones: the Due column holds a real date where the day is fixed, and text (a quarter, a week, a month "
        "or TBC) where it is not.",
        "Owners are shown by initials; the Contacts sheet gives their names.",
        "Savings are in £k (thousands of pounds), recurrent, against the 2016/17 cost base.",
        "Risks are scored likelihood x impact; 15 or more is High, 8 to 12 Medium, 6 or less Low.",
    ], start=1):
        ws.cell(row=i, column=1, value=line).font = bold if i == 1 else Font()
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Pathology network consolidation: milestones (as at 24/02/2017)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["ID", "Workstream", "Milestone", "Owner", "Due", "RAG", "Comment"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font, c.fill = head_font, head_fill
    for i, row in enumerate(PATH_MILESTONES, start=4):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = wrap
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    for col, wd in zip("ABCDEFG", (7, 18, 55, 8, 15, 6, 45)):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Contacts")
    for j, h in enumerate(["Initials", "Name", "Role", "Organisation"], start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.fill = head_font, head_fill
    for i, row in enumerate(PATH_CONTACTS, start=2):
        for j, v in enumerate(row, start=1):
            ws.cell(row=i, column=j, value=v)
    for col, wd in zip("ABCD", (9, 26, 50, 40)):
        ws.column_dimensions[col].width = wd

    ws = wb.create_sheet("Savings")
    ws["A1"] = "Recurrent savings by scheme (£k)"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Scheme", "2017/18", "2018/19", "2019/20", "Total"], start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font, c.fill = head_font, head_fill
    tot = [0, 0, 0]
    for i, (name, a, b, cc) in enumerate(PATH_SAVINGS, start=4):
        vals = [a, b, cc]
        tot = [t + v for t, v in zip(tot, vals)]
        for j, v in enumerate([name] + vals + [sum(vals)], start=1):
            ws.cell(row=i, column=j, value=v)
    r = 4 + len(PATH_SAVINGS)
    for j, v in enumerate(["Total"] + tot + [sum(tot)], start=1):
        ws.cell(row=r, column=j, value=v).font = bold
    for rr in range(4, r + 1):
        for j in range(2, 6):
            ws.cell(row=rr, column=j).number_format = "#,##0"
    ws.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Risks")
    for j, h in enumerate(["ID", "Risk", "Owner", "Likelihood", "Impact", "Score", "Rating"], start=1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.fill = head_font, head_fill
    for i, (rid, risk, owner, li, im) in enumerate(PATH_RISKS, start=2):
        for j, v in enumerate([rid, risk, owner, li, im, li * im, rating(li * im)], start=1):
            ws.cell(row=i, column=j, value=v)
    ws.column_dimensions["B"].width = 62

    wb.properties.creator = "Pathology Network Programme Office"
    wb.properties.title = "Pathology network consolidation tracker"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 24, 9, 0, 0)
    wb.properties.lastModifiedBy = "Pathology Network Programme Office"
    wb.save(str(path))
    pin_zip(path, datetime(2017, 2, 24, 9, 0, 0))


# =====================================================================================================================
# 06 Accountable Officer's report (plain text)
# =====================================================================================================================
AO_TEXT = """\
GRETTLESHAM CLINICAL COMMISSIONING GROUP
GOVERNING BODY - MEETING IN PUBLIC
Thursday 9 March 2017, 1.30pm, Board Room, Tallowgate House, Grettlesham

Agenda item:      7
Title:            Accountable Officer's Report
Author:           Margery Thistlewood, Accountable Officer, Grettlesham CCG,
                  and Lead for the Grettlesham & Oakhythe STP
Purpose:          For information
Date of paper:    2 March 2017

1. PURPOSE

1.1 This report updates the Governing Body on the Grettlesham & Oakhythe
    Sustainability and Transformation Plan (STP) and on CCG business since
    the meeting on 12 January 2017. Where it changes a date or a lead in an
    earlier STP paper, this report is the later word.

2. SUSTAINABILITY AND TRANSFORMATION PLAN

2.1 The STP Partnership Board met on 1 March 2017. It received the
    diabetes funding bid, the pathology network tracker and the Enhanced
    Health in Care Homes plan, which the Out-of-Hospital Care Board
    approved on 26 January 2017.

2.2 Cancer Alliance. Tobias Wrenfield, Head of Cancer Services at Oakhythe
    & Wyrlow Hospitals, leaves the trust on 31 March 2017. From 1 April
    2017 the lead for the Multidisciplinary Diagnostic Centre (action ED2
    in the Alliance delivery plan) will be Philippa Dunsmore-Carr, General
    Manager for Diagnostics at Oakhythe & Wyrlow Hospitals. The centre's
    opening date (Sept 17) is unchanged. NHS England expects to confirm
    transformation funding in April 2017.

2.3 Pathology network. The Pathology Network Board on 28 February 2017
    agreed that go-live of the single laboratory information management
    system (PN04 in the tracker) moves from 31/03/18 to the end of June
    2018, so that the switch does not fall in the financial year-end. The
    contract award date of 31 October 2017 is unchanged.

2.4 Dementia. The carers' breaks scheme (priority P6 of the dementia
    strategy), shown as "tbc" in the strategy, will launch in Q2 2017/18
    now that both councils have confirmed their share of the funding.

2.5 Diabetes. The transformation funding bid for £2,055k over two years
    was submitted to NHS England on 3 March 2017, with the changes the
    Programme Board made on 16 February 2017.

3. CCG BUSINESS

3.1 The CCG's 2016/17 financial position remains on plan for a surplus of
    £1.2m. The Director of Finance will report in full under item 9.

3.2 The CCG's annual assessment meeting with NHS England is booked for
    June 2017.

4. RECOMMENDATION

4.1 The Governing Body is asked to note this report.

Margery Thistlewood
Accountable Officer
"""


def ao_report(path):
    path.write_text(AO_TEXT, encoding="utf-8")


# =====================================================================================================================
# Deterministic Office zips
# =====================================================================================================================
def pin_zip(path, when):
    """Rewrite an Office file with fixed zip entry times and fixed core-property dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(n, z.read(n)) for n in z.namelist()]
    out = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main():
    OUT.mkdir(exist_ok=True)
    cancer_plan(OUT / CANCER)
    dementia_deck(OUT / DEMENTIA)
    ehch_plan(OUT / EHCH)
    diabetes_deck(OUT / DIABETES)
    pathology_tracker(OUT / PATHOLOGY)
    ao_report(OUT / AO_REPORT)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
