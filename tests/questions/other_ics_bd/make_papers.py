"""Write the Vennmouth & Astleby STP papers (fifty-sixth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, in genres no earlier bank used:
  01 "Breathe Well" respiratory (COPD and asthma) pathway delivery plan (PDF, portrait, platypus): prose with the
     SRO and clinical lead, a ruled action table of 16 rows that runs over a page break with its header row
     repeated, leads as initials resolved only in Annex A, a funding table in GBP thousands with a Total row and
     column, and a risk register whose owners are posts resolved (by the Post column) in the same annex;
  02 VCSE (voluntary, community and social enterprise) partnership prospectus (PDF, landscape 16:9 pages drawn on
     the reportlab canvas like an exported slide deck): number tiles, six offer boxes "Led by:" a post, an
     investment table in GBP thousands with a Total row, a key-dates strip, a must-do support grid of ticks (must-do
     5 supported by no offer) and a who's-who slide naming the posts' holders;
  03 NHS Continuing Healthcare improvement plan (Word): a cover table merged across and down, an action plan whose
     theme rows are merged across the table and whose lead cells (job titles) are merged down over runs of rows,
     a savings table in GBP thousands with totals, and an appendix naming the post-holders;
  04 Outpatient transformation tracker (Excel): owners as initials on a Contacts sheet (DK and DKe two people), one
     Due date column holding real date cells and dates typed as text, a Savings sheet in GBP thousands with totals;
  05 Integrated Personal Commissioning and personal health budgets programme update (PowerPoint): real tables
     (workstreams, PHB counts with a Total row and column, a changes slide replacing the PHB Programme Manager from
     a date and moving a CHC plan date);
  06 Briefing for Members of Parliament (plain text): the footprint's figures in GBP millions and the latest
     changes (a pulmonary rehabilitation opening moved, an outpatient scheme lead replaced, a TBC date set).

Everything is deterministic: reportlab runs in invariant mode, and every Office file's core dates and zip entry
times are pinned, so running this twice gives the same bytes.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))

TEAL = colors.HexColor("#00606B")
PLUM = colors.HexColor("#5B2C6F")
GREY = colors.HexColor("#595959")

FILES = {
    "breathe": "01_VA_Breathe_Well_Respiratory_Delivery_Plan_v1.3_Dec2016.pdf",
    "vcse": "02_VA_STP_VCSE_Partnership_Prospectus_Jan2017.pdf",
    "chc": "03_VA_CHC_Improvement_Plan_v2.0_Feb2017.docx",
    "op": "04_VA_Outpatient_Transformation_Tracker_28Feb2017.xlsx",
    "ipc": "05_VA_IPC_PHB_Programme_Update_13Mar2017.pptx",
    "mp": "06_VA_STP_MP_Briefing_06Apr2017.txt",
}

# ---------------------------------------------------------------------------------------------------------------
# 01 Breathe Well respiratory delivery plan
# ---------------------------------------------------------------------------------------------------------------
BW_ACTIONS = [
    # ref, action, lead (initials), milestone, due, status
    ("RW1", "Case-finding for COPD in the 20 practices with the lowest diagnosed prevalence", "AT",
     "Case-finding audit tool installed in all 20 practices", "Q4 2016/17", "On track"),
    ("RW2", "Quality-assured spirometry hubs, one in each of the four localities", "AT",
     "All four spirometry hubs quality-assured and taking referrals", "Q3 2017/18", "On track"),
    ("RW3", "Pulmonary rehabilitation expansion: a new Astleby site at Pinnock Dale Health Centre", "ATh",
     "New site opens; waits for pulmonary rehabilitation cut from 12 weeks to 6 weeks", "Sept-17", "On track"),
    ("RW4", "Pulmonary rehabilitation evening and Saturday classes in Vennmouth", "ATh",
     "First evening cohort starts", "w/c 5 June 2017", "On track"),
    ("RW5", "Inhaler technique checks and reviews by community pharmacists", "LV",
     "40 community pharmacies trained and claiming", "31/07/2017", "On track"),
    ("RW6", "Home oxygen assessment and review service re-procured across both CCGs", "LV",
     "New home oxygen contract in place", "by end of March 2018", "At risk"),
    ("RW7", "Respiratory virtual ward and early supported discharge from Vennmouth General Hospital", "MJP",
     "Virtual ward live with 20 virtual beds", "Winter 2017/18", "On track"),
    ("RW8", "COPD discharge care bundle at both acute hospitals", "RO",
     "Care bundle used for 90% of COPD discharges", "Jan-18", "On track"),
    ("RW9", "Stop smoking in hospital: opt-out referral of every smoker at admission", "BQ",
     "Opt-out referral live in both hospitals", "Q2 2017/18", "At risk"),
    ("RW10", "Telehealth monitoring for people with COPD at high risk of admission", "GE",
     "250 patients monitored by telehealth", "2018/19", "Not started"),
    ("RW11", "Asthma-friendly schools scheme for children and young people", "CW",
     "60 schools signed up to the scheme", "Dec-17", "On track"),
    ("RW12", "Asthma review within two working days of an emergency department attendance", "CW",
     "Review protocol agreed by both emergency departments", "30 April 2017", "On track"),
    ("RW13", "Advance care planning for people with advanced COPD", "MJP",
     "Advance care plans in place for 500 patients", "TBC", "Not started"),
    ("RW14", "Single respiratory prescribing formulary across both CCGs", "LV",
     "Formulary approved by the Area Prescribing Committee", "Mar-17", "On track"),
    ("RW15", "Respiratory physiotherapy workforce for the expanded rehabilitation service", "KF",
     "8 WTE band 6 respiratory physiotherapists recruited", "Q4 2017/18", "On track"),
    ("RW16", "Programme outcomes dashboard", "GE", "Dashboard published on the STP intranet", "Oct-17", "On track"),
]
BW_FUNDING = [  # element, 2017/18, 2018/19 (GBP thousands)
    ("Pulmonary rehabilitation expansion (RW3, RW4)", 310, 290),
    ("Respiratory virtual ward (RW7)", 240, 260),
    ("Community pharmacy inhaler reviews (RW5)", 95, 85),
    ("Stop smoking in hospital (RW9)", 120, 120),
    ("Telehealth monitoring (RW10)", 60, 140),
    ("Children's asthma (RW11, RW12)", 45, 40),
    ("Programme management and evaluation", 70, 60),
]
BW_RISKS = [  # id, risk, owner (post), L, I, mitigation
    ("R1", "Not enough band 6 respiratory physiotherapists to staff the new Pinnock Dale rehabilitation site",
     "Director of Operations, Roke Valley Partnership NHS FT", 4, 4,
     "Rotational posts with Astleby Royal Infirmary; recruitment open day in February 2017"),
    ("R2", "Re-procurement of the home oxygen service delayed by a challenge from the current provider",
     "Head of Medicines Optimisation, Astleby & Pinnock Dale CCG", 3, 4,
     "Twelve-month extension of the current contract agreed as a fallback"),
    ("R3", "Fewer than 40 community pharmacies take up inhaler reviews",
     "Respiratory Nurse Consultant, Roke Valley Partnership NHS FT", 2, 3,
     "Local Pharmaceutical Committee to promote the scheme; payment per review"),
    ("R4", "Telehealth equipment and the data-sharing agreement not in place in time",
     "Head of Digital Transformation, Vennmouth CCG", 3, 3, "Use the existing heart failure telehealth contract"),
    ("R5", "Fewer admissions avoided than planned, so the savings are not released",
     "Director of Commissioning, Vennmouth CCG", 3, 5, "Monthly admissions tracking through the outcomes dashboard"),
]
BW_CONTACTS = [  # initials, name, post, organisation
    ("HCR", "Hester Calloway-Reyes", "Director of Commissioning (programme SRO)", "Vennmouth CCG"),
    ("RO", "Dr Ruairi Oduya", "Consultant Respiratory Physician (programme clinical lead)",
     "Astleby Hospitals NHS Trust"),
    ("AT", "Dr Anoushka Tellwright", "GP and Clinical Lead for Respiratory", "Astleby & Pinnock Dale CCG"),
    ("ATh", "Alun Thewlis", "Pulmonary Rehabilitation Service Manager", "Roke Valley Partnership NHS FT"),
    ("LV", "Lorna Vickerstaff", "Head of Medicines Optimisation", "Astleby & Pinnock Dale CCG"),
    ("MJP", "Marisa Jepson-Pryce", "Respiratory Nurse Consultant", "Roke Valley Partnership NHS FT"),
    ("BQ", "Bilal Qureshi-Hann", "Public Health Principal (Tobacco Control)", "Vennmouth City Council"),
    ("GE", "Gideon Ellwand", "Head of Digital Transformation", "Vennmouth CCG"),
    ("CW", "Cressida Wolstenholme", "Children's Asthma Nurse Specialist", "Roke Valley Partnership NHS FT"),
    ("KF", "Kieran Fothergill", "Director of Operations", "Roke Valley Partnership NHS FT"),
]


def fmt_k(n):
    return f"{n:,}"


def breathe_well(path):
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=8)
    sub = ParagraphStyle("sub", parent=base, fontName="DVI", fontSize=10, textColor=GREY)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)
    head = ParagraphStyle("ch", parent=cell, fontName="DVB", textColor=colors.white)

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(2 * cm, 1.2 * cm, "Breathe Well: Respiratory Pathway Delivery Plan 2017-19 | Version 1.3, "
                     "9 December 2016 | Vennmouth & Astleby STP")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, title="Breathe Well: Respiratory Pathway Delivery Plan 2017-19",
                            author="Vennmouth & Astleby STP Planned Care and Long-Term Conditions Programme",
                            subject="COPD and asthma pathway delivery plan, version 1.3", creator="STP PMO")
    s = [
        Paragraph("Breathe Well: Respiratory (COPD and Asthma) Pathway Delivery Plan 2017-19", h1),
        Paragraph("Vennmouth &amp; Astleby STP, Planned Care and Long-Term Conditions programme. Version 1.3, "
                  "9 December 2016, for the STP Clinical Board", sub),
        Paragraph("1. Purpose and leadership", h2),
        Paragraph("This plan sets out how the two CCGs, the two acute trusts, Roke Valley Partnership NHS FT and "
                  "the two councils will redesign care for adults with chronic obstructive pulmonary disease (COPD) "
                  "and for children and adults with asthma. About 21,400 people are on practice COPD registers and "
                  "there were 6,180 emergency respiratory admissions in 2015/16. The plan aims to avoid 900 "
                  "admissions a year by 2018/19.", base),
        Paragraph("The Senior Responsible Officer for Breathe Well is Hester Calloway-Reyes, Director of "
                  "Commissioning, Vennmouth CCG. The clinical lead is Dr Ruairi Oduya, Consultant Respiratory "
                  "Physician at Astleby Royal Infirmary. Leads in the action plan are shown by their initials; "
                  "Annex A gives their names. Risk owners are shown by post; Annex A gives the post-holders.", base),
        Paragraph("2. Action plan", h2),
    ]
    rows = [[Paragraph(t, head) for t in ("Ref", "Action", "Lead", "Milestone", "Due", "Status")]]
    for a in BW_ACTIONS:
        rows.append([Paragraph(t, cell) for t in a])
    t = Table(rows, colWidths=[1.4 * cm, 5.0 * cm, 1.4 * cm, 4.8 * cm, 2.6 * cm, 1.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EAF3F4")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s += [t, Spacer(1, 6)]
    s += [Paragraph("3. Funding requested (£k)", h2),
          Paragraph("Recurrent funding requested from the STP transformation fund, in thousands of pounds.", base)]
    frows = [[Paragraph(t, head) for t in ("Element", "2017/18", "2018/19", "Total")]]
    tot1 = tot2 = 0
    for name, a, b in BW_FUNDING:
        frows.append([Paragraph(name, cell), fmt_k(a), fmt_k(b), fmt_k(a + b)])
        tot1, tot2 = tot1 + a, tot2 + b
    frows.append([Paragraph("<b>Total</b>", cell), fmt_k(tot1), fmt_k(tot2), fmt_k(tot1 + tot2)])
    ft = Table(frows, colWidths=[8.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    ft.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("FONTNAME", (1, 1), (-1, -1), "DV"), ("FONTSIZE", (1, 1), (-1, -1), 8.5),
        ("FONTNAME", (1, -1), (-1, -1), "DVB"), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#D9D9D9")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    s += [ft, Paragraph(f"The two-year request is £{tot1 + tot2:,}k (about £1.9m), of which £{tot1:,}k falls in "
                        "2017/18.", base)]
    s += [Paragraph("4. Risks", h2),
          Paragraph("Likelihood (L) and impact (I) are scored 1 to 5; the score is L x I. Risks scoring 15 or more "
                    "are escalated to the STP Clinical Board.", base)]
    rrows = [[Paragraph(t, head) for t in ("ID", "Risk", "Owner (post)", "L", "I", "Score", "Mitigation")]]
    for rid, risk, owner, li, im, mit in BW_RISKS:
        rrows.append([Paragraph(rid, cell), Paragraph(risk, cell), Paragraph(owner, cell), str(li), str(im),
                      str(li * im), Paragraph(mit, cell)])
    rt = Table(rrows, colWidths=[0.9 * cm, 4.4 * cm, 3.6 * cm, 0.7 * cm, 0.7 * cm, 1.4 * cm, 5.3 * cm], repeatRows=1)
    rt.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("FONTNAME", (3, 1), (5, -1), "DV"), ("FONTSIZE", (3, 1), (5, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 1), (5, -1), "CENTER"),
    ]))
    s += [rt, PageBreak(), Paragraph("Annex A: Contacts", h2),
          Paragraph("Initials used in the action plan, and the posts named as risk owners.", base)]
    crows = [[Paragraph(t, head) for t in ("Initials", "Name", "Post", "Organisation")]]
    for ini, name, post, org in BW_CONTACTS:
        crows.append([Paragraph(x, cell) for x in (ini, name, post, org)])
    ct = Table(crows, colWidths=[1.6 * cm, 4.4 * cm, 5.6 * cm, 5.4 * cm])
    ct.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s += [ct, Spacer(1, 8),
          Paragraph("Queries about this plan to the STP Planned Care and Long-Term Conditions programme office.",
                    sub)]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 02 VCSE partnership prospectus (a deck drawn on the canvas)
# ---------------------------------------------------------------------------------------------------------------
SW, SH = 960, 540
VCSE_OFFERS = [
    # code, name, led by (post), start, description, colour
    ("VO1", "Social prescribing link workers", "Chief Executive, Vennmouth CVS", "1 April 2017",
     "Link workers based in 24 practices connect people to community groups, debt advice and activity.",
     "#00606B"),
    ("VO2", "Home from Hospital", "Chief Officer, Astleby Age Concern", "May-17",
     "Volunteers settle older people at home on the day of discharge and check in for six weeks.", "#C55A11"),
    ("VO3", "Carers' breaks and emergency carer cards", "Director, Pinnock Dale Carers' Centre", "Q2 2017/18",
     "Short breaks for unpaid carers, including carers of people with a learning disability.", "#548235"),
    ("VO4", "Crisis café and peer support", "Chief Executive, Roke Valley Wellbeing Trust", "Winter 2017/18",
     "An evening crisis café in Vennmouth run with Roke Valley Partnership NHS FT, with peer supporters.",
     "#7030A0"),
    ("VO5", "Lung health buddies", "Coordinator, Vennmouth Lung Support Network", "w/c 3 July 2017",
     "Trained volunteers who have COPD support people finishing pulmonary rehabilitation (Breathe Well).",
     "#2E75B6"),
    ("VO6", "Community transport to clinics", "General Manager, Astleby Community Transport", "Sept-17",
     "Door-to-door transport to outpatient, cancer and renal clinics for people with no other way to travel.",
     "#806000"),
]
VCSE_INVEST = [("VO1", 380, 420), ("VO2", 150, 170), ("VO3", 120, 140), ("VO4", 210, 250), ("VO5", 60, 80),
               ("VO6", 180, 240)]
MUSTDO_ROWS = [
    (1, "1 STP: a high quality, agreed plan"),
    (2, "2 Financial balance"),
    (3, "3 General practice"),
    (4, "4 A&E and ambulance"),
    (5, "5 Referral to treatment (18 weeks)"),
    (6, "6 Cancer (62 days)"),
    (7, "7 Mental health"),
    (8, "8 Learning disabilities"),
    (9, "9 Quality and safety"),
]
MUSTDO_GRID = {1: {"VO1", "VO2", "VO3", "VO4", "VO5", "VO6"}, 2: {"VO2", "VO6"}, 3: {"VO1", "VO5"},
               4: {"VO2", "VO4"}, 5: set(), 6: {"VO6"}, 7: {"VO1", "VO4"}, 8: {"VO3"}, 9: {"VO2", "VO3"}}
WHOS_WHO = [
    ("Chair, STP VCSE Alliance", "Philippa Dunleavy", "Astleby Voluntary Action"),
    ("Chief Executive, Vennmouth CVS", "Rosalind Ashdown-Kerr", "Vennmouth Council for Voluntary Service"),
    ("Chief Officer, Astleby Age Concern", "Terence Olumide-Hart", "Astleby Age Concern"),
    ("Director, Pinnock Dale Carers' Centre", "Shona Blakemore", "Pinnock Dale Carers' Centre"),
    ("Chief Executive, Roke Valley Wellbeing Trust", "Ewan Gatiss", "Roke Valley Wellbeing Trust"),
    ("Coordinator, Vennmouth Lung Support Network", "Margery Pettifer", "Vennmouth Lung Support Network"),
    ("General Manager, Astleby Community Transport", "Dilip Raghunathan", "Astleby Community Transport"),
    ("STP Programme Director (STP sponsor)", "Malachy Trewin", "Vennmouth & Astleby STP"),
]
VCSE_DATES = [("20 Jan 2017", "Prospectus published"), ("w/c 13 March 2017", "Grants panel meets"),
              ("1 April 2017", "First offers start (VO1)"), ("Winter 2017/18", "Mid-point review"),
              ("Q1 2018/19", "Independent evaluation report")]


class Deck:
    FOOT = "Vennmouth & Astleby STP | VCSE Partnership Prospectus 2017-19 | 20 January 2017"

    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(SW, SH))
        self.c.setTitle("Working together: VCSE Partnership Prospectus 2017-19")
        self.c.setAuthor("Vennmouth & Astleby STP VCSE Alliance")
        self.c.setSubject("Voluntary, community and social enterprise partnership offers")
        self.n = 0

    def slide(self, title):
        self.n += 1
        c = self.c
        c.setFillColor(PLUM)
        c.rect(0, SH - 58, SW, 58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 21)
        c.drawString(34, SH - 38, title)
        c.setFillColor(colors.black)

    def end(self):
        c = self.c
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.line(34, 28, SW - 34, 28)
        c.setFont("DV", 8)
        c.setFillColor(GREY)
        c.drawString(34, 16, self.FOOT)
        c.drawRightString(SW - 34, 16, f"Page {self.n}")
        c.showPage()


def text_lines(c, x, y, lines, font="DV", size=11, lead=14, colour=colors.black, width=None):
    c.setFillColor(colour)
    for ln in lines:
        parts = simpleSplit(ln, font, size, width) if width else [ln]
        for p in parts:
            c.setFont(font, size)
            c.drawString(x, y, p)
            y -= lead
    return y


def ruled(c, x, top, widths, rows, size=10, row_h=22, head_fill=PLUM, align=None, bold_last=False):
    """A ruled table drawn cell by cell: a filled header row, grid lines, one line of text per cell."""
    align = align or ["L"] * len(widths)
    y = top
    for i, row in enumerate(rows):
        xx = x
        for j, (txt, w) in enumerate(zip(row, widths)):
            if i == 0:
                c.setFillColor(head_fill)
                c.rect(xx, y - row_h, w, row_h, stroke=0, fill=1)
            elif bold_last and i == len(rows) - 1:
                c.setFillColor(colors.HexColor("#E7E6E6"))
                c.rect(xx, y - row_h, w, row_h, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#7F7F7F"))
            c.setLineWidth(0.5)
            c.rect(xx, y - row_h, w, row_h, stroke=1, fill=0)
            font = "DVB" if i == 0 or (bold_last and i == len(rows) - 1) else "DV"
            c.setFont(font, size)
            c.setFillColor(colors.white if i == 0 else colors.black)
            ty = y - row_h / 2 - size / 2 + 2
            if align[j] == "R":
                c.drawRightString(xx + w - 6, ty, txt)
            elif align[j] == "C":
                c.drawCentredString(xx + w / 2, ty, txt)
            else:
                c.drawString(xx + 6, ty, txt)
            xx += w
        y -= row_h
    return y


def vcse_prospectus(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(PLUM)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 34)
    c.drawString(60, 330, "Working together")
    c.setFont("DV", 22)
    c.drawString(60, 292, "VCSE Partnership Prospectus 2017-19")
    c.setFont("DV", 14)
    c.drawString(60, 250, "Vennmouth & Astleby Sustainability and Transformation Plan")
    c.drawString(60, 228, "The voluntary, community and social enterprise (VCSE) sector as a partner in the STP")
    c.setFont("DVI", 12)
    c.drawString(60, 180, "Published 20 January 2017 by the STP VCSE Alliance")
    c.showPage()
    # 2 tiles
    d.slide("The sector in numbers")
    tiles = [("318", "VCSE organisations mapped across the footprint"), ("14,500", "regular volunteers"),
             ("£2.4m", "STP investment in six offers, 2017-19"), ("6", "partnership offers in this prospectus")]
    for i, (big, cap) in enumerate(tiles):
        x = 40 + i * 225
        c.setFillColor(colors.HexColor("#F2EBF5"))
        c.roundRect(x, 200, 205, 220, 10, stroke=0, fill=1)
        c.setFillColor(PLUM)
        c.setFont("DVB", 40)
        c.drawCentredString(x + 102, 330, big)
        c.setFont("DV", 12)
        c.setFillColor(colors.black)
        yy = 290
        for part in simpleSplit(cap, "DV", 12, 180):
            c.drawCentredString(x + 102, yy, part)
            yy -= 16
    text_lines(c, 40, 150, ["The offers are funded from the STP transformation fund for two years from April 2017, "
                            "with a mid-point review in Winter 2017/18."], size=12, width=880)
    d.end()
    # 3 offer boxes
    d.slide("Our six partnership offers")
    for i, (code, name, post, start, desc, colour) in enumerate(VCSE_OFFERS):
        col, row = i % 3, i // 3
        x, y = 34 + col * 302, 262 - row * 212
        c.setFillColor(colors.HexColor(colour))
        c.rect(x, y + 150, 286, 44, stroke=0, fill=1)
        c.setFillColor(colors.white)
        head = simpleSplit(f"{code}  {name}", "DVB", 13, 266)
        if len(head) == 1:
            c.setFont("DVB", 13)
            c.drawString(x + 10, y + 167, head[0])
        else:  # a long offer name wraps onto a second line in the band
            c.setFont("DVB", 12)
            for k, part in enumerate(simpleSplit(f"{code}  {name}", "DVB", 12, 266)):
                c.drawString(x + 10, y + 176 - 14 * k, part)
        c.setStrokeColor(colors.HexColor(colour))
        c.setLineWidth(1.2)
        c.rect(x, y, 286, 194, stroke=1, fill=0)
        yy = text_lines(c, x + 10, y + 132, [f"Led by: {post}"], font="DVB", size=10, lead=13, width=266)
        yy = text_lines(c, x + 10, yy - 2, [f"Start: {start}"], font="DV", size=10, lead=13, width=266)
        text_lines(c, x + 10, yy - 4, [desc], font="DV", size=9.5, lead=12.5, colour=GREY, width=266)
    d.end()
    # 4 investment
    d.slide("Investment by offer (£k)")
    rows = [["Offer", "Name", "2017/18", "2018/19", "Total"]]
    names = {o[0]: o[1] for o in VCSE_OFFERS}
    t1 = t2 = 0
    for code, a, b in VCSE_INVEST:
        rows.append([code, names[code], fmt_k(a), fmt_k(b), fmt_k(a + b)])
        t1, t2 = t1 + a, t2 + b
    rows.append(["Total", "", fmt_k(t1), fmt_k(t2), fmt_k(t1 + t2)])
    ruled(c, 90, 440, [90, 330, 120, 120, 120], rows, size=12, row_h=30, align=["L", "L", "R", "R", "R"],
          bold_last=True)
    text_lines(c, 90, 150, [f"All figures in thousands of pounds. Total two-year investment £{t1 + t2:,}k (£2.4m)."],
               size=12)
    d.end()
    # 5 key dates strip
    d.slide("Key dates")
    c.setStrokeColor(PLUM)
    c.setLineWidth(3)
    c.line(70, 300, 890, 300)
    for i, (when, what) in enumerate(VCSE_DATES):
        x = 90 + i * 195
        c.setFillColor(PLUM)
        c.circle(x, 300, 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 12)
        c.drawCentredString(x, 330, when)
        c.setFont("DV", 11)
        yy = 270
        for part in simpleSplit(what, "DV", 11, 160):
            c.drawCentredString(x, yy, part)
            yy -= 14
    d.end()
    # 6 must-do grid
    d.slide("How the offers support the nine national must-dos")
    codes = [o[0] for o in VCSE_OFFERS]
    x0, top, lw, cw, rh = 70, 460, 330, 80, 34
    c.setFillColor(PLUM)
    c.rect(x0, top - rh, lw + cw * len(codes), rh, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(x0 + 6, top - 22, "Must-do (2016/17 planning guidance)")
    for j, code in enumerate(codes):
        c.drawCentredString(x0 + lw + j * cw + cw / 2, top - 22, code)
    for i, (n, label) in enumerate(MUSTDO_ROWS):
        y = top - rh * (i + 2)
        c.setStrokeColor(colors.HexColor("#7F7F7F"))
        c.setLineWidth(0.5)
        c.rect(x0, y, lw, rh, stroke=1, fill=0)
        c.setFillColor(colors.black)
        c.setFont("DV", 10.5)
        c.drawString(x0 + 6, y + 12, label)
        for j, code in enumerate(codes):
            c.rect(x0 + lw + j * cw, y, cw, rh, stroke=1, fill=0)
            if code in MUSTDO_GRID[n]:
                c.setFont("DVB", 14)
                c.setFillColor(colors.HexColor("#548235"))
                c.drawCentredString(x0 + lw + j * cw + cw / 2, y + 11, "✓")
                c.setFillColor(colors.black)
    text_lines(c, x0, top - rh * 11 + 10, ["✓ = the offer supports the must-do. No offer supports must-do 5; "
                                           "waiting times are for the Outpatient Transformation programme."],
               size=10, colour=GREY)
    d.end()
    # 7 who's who
    d.slide("Who's who")
    rows = [["Post", "Name", "Organisation"]] + [list(r) for r in WHOS_WHO]
    ruled(c, 60, 450, [340, 220, 280], rows, size=11, row_h=30)
    d.end()
    # 8 contact
    d.slide("Getting involved")
    text_lines(c, 60, 430, [
        "Organisations that want to join an offer as a delivery partner should contact the lead organisation named "
        "on page 3.",
        "The STP VCSE Alliance meets every other month; its chair sits on the STP Partnership Board.",
        "The grants panel in w/c 13 March 2017 will confirm each offer's delivery partners and grant agreements.",
    ], size=13, lead=22, width=840)
    d.end()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 03 CHC improvement plan (Word)
# ---------------------------------------------------------------------------------------------------------------
CHC_THEMES = [
    ("Theme 1: Assessment and eligibility", [
        ("1.1", "Move full CHC assessments out of acute hospital beds (discharge to assess)",
         "Head of Continuing Care, Astleby & Pinnock Dale CCG", "85% of full assessments done outside hospital",
         "Q3 2017/18"),
        ("1.2", "Meet the 28-day standard from checklist to eligibility decision", None,
         "80% of decisions made within 28 days", "by end of March 2018"),
        ("1.3", "Checklist training for ward staff at both acute hospitals", "Deputy Chief Nurse, Vennmouth General "
         "Hospital NHS FT", "400 ward staff trained", "31 July 2017"),
    ]),
    ("Theme 2: Personal health budgets", [
        ("2.1", "Offer a personal health budget by default for home-based CHC packages", "PHB Programme Manager",
         "Default offer in place in both CCGs", "Q4 2016/17"),
        ("2.2", "Commission a PHB support and brokerage service from the voluntary sector", None,
         "Brokerage contract awarded", "Sept-17"),
    ]),
    ("Theme 3: Market and commissioning", [
        ("3.1", "Joint care home fee framework with Vennmouth City Council and Astleby County Council",
         "Director of Adult Social Care, Astleby County Council", "Fee framework agreed by all four commissioners",
         "w/c 4 September 2017"),
        ("3.2", "Dynamic purchasing system for nursing home beds", "Head of Contracts, Vennmouth CCG",
         "Dynamic purchasing system live", "Winter 2017/18"),
        ("3.3", "Review of the 120 highest-cost packages", "Head of Continuing Care, Astleby & Pinnock Dale CCG",
         "All 120 reviews complete", "Jan-18"),
    ]),
    ("Theme 4: Fast track and end of life", [
        ("4.1", "Audit of the fast-track pathway for people at the end of life", "Deputy Chief Nurse, Vennmouth "
         "General Hospital NHS FT", "Audit reported to the CCGs' Quality Committee", "Q1 2017/18"),
    ]),
]
CHC_SAVINGS = [("Assessment outside hospital (1.1)", 220, 180), ("Review of highest-cost packages (3.3)", 310, 260),
               ("Care home fee framework (3.1)", 150, 130), ("Personal health budgets (2.1)", 110, 90)]
CHC_POSTS = [
    ("Director of Nursing and Quality (plan owner)", "Rhiannon Kilbourne", "Astleby & Pinnock Dale CCG"),
    ("Head of Continuing Care", "Yvette Marchetti-Boyd", "Astleby & Pinnock Dale CCG"),
    ("Deputy Chief Nurse", "Owain Pritchard-Lomax", "Vennmouth General Hospital NHS FT"),
    ("PHB Programme Manager", "Nadine Scorer", "Vennmouth CCG (hosting for both CCGs)"),
    ("Director of Adult Social Care", "Gwendolyn Harkaway", "Astleby County Council"),
    ("Head of Contracts", "Stellan Brightwater", "Vennmouth CCG"),
]


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def chc_plan(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    # cover table: title merged across; "Document control" merged down; values merged across two columns
    cover = doc.add_table(rows=6, cols=4)
    cover.style = "Table Grid"
    top = cover.cell(0, 0).merge(cover.cell(0, 3))
    set_text(top, "NHS Continuing Healthcare Improvement Plan 2017/18", bold=True)
    shade(top, "D9E2F3")
    left = cover.cell(1, 0).merge(cover.cell(5, 0))
    set_text(left, "Document control", bold=True)
    shade(left, "F2F2F2")
    pairs = [("Version", "2.0 (final for approval)"), ("Date", "15 February 2017"),
             ("Plan owner", "Director of Nursing and Quality, Astleby & Pinnock Dale CCG"),
             ("Approved by", "Joint Quality and Performance Committee of the two CCGs, 22 February 2017"),
             ("Covers", "Vennmouth CCG and Astleby & Pinnock Dale CCG")]
    for i, (k, v) in enumerate(pairs, 1):
        set_text(cover.cell(i, 1), k, bold=True)
        val = cover.cell(i, 2).merge(cover.cell(i, 3))
        set_text(val, v)

    doc.add_paragraph()
    doc.add_heading("1. Why this plan", level=1)
    doc.add_paragraph(
        "NHS Continuing Healthcare (CHC) is the fastest-growing area of spend for both CCGs in the Vennmouth & "
        "Astleby STP. Combined CHC spend is forecast at £41.3m in 2016/17, up from £37.9m in 2015/16. Too many "
        "people are assessed in hospital beds, decisions take too long and too few people are offered a personal "
        "health budget (PHB).")
    doc.add_paragraph(
        "This plan belongs to the STP's Out of Hospital programme. Leads are shown by post in the action plan; "
        "Appendix A names the post-holders.")
    doc.add_heading("2. Action plan", level=1)
    rows = 1 + sum(1 + len(items) for _, items in CHC_THEMES)
    t = doc.add_table(rows=rows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(("No.", "Action", "Lead", "Milestone", "Due")):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    r = 1
    for theme, items in CHC_THEMES:
        band = t.cell(r, 0).merge(t.cell(r, 4))
        set_text(band, theme, bold=True)
        shade(band, "F2F2F2")
        r += 1
        run_start, run_lead = None, None
        for no, action, lead, milestone, due in items:
            set_text(t.cell(r, 0), no)
            set_text(t.cell(r, 1), action)
            set_text(t.cell(r, 3), milestone)
            set_text(t.cell(r, 4), due)
            if lead is None:  # same lead as the row above: merge the lead cell down
                merged = t.cell(run_start, 2).merge(t.cell(r, 2))
                set_text(merged, run_lead)
            else:
                run_start, run_lead = r, lead
                set_text(t.cell(r, 2), lead)
            r += 1
    doc.add_paragraph()
    doc.add_paragraph(
        "Dates are as agreed at the CHC Steering Group on 8 February 2017. The PHB default offer (2.1) depends on "
        "the brokerage service (2.2) being in place.")
    doc.add_heading("3. Savings plan 2017/18 (£k)", level=1)
    st_ = doc.add_table(rows=2 + len(CHC_SAVINGS), cols=4)
    st_.style = "Table Grid"
    for j, h in enumerate(("Scheme", "Vennmouth CCG", "Astleby & Pinnock Dale CCG", "Total")):
        set_text(st_.cell(0, j), h, bold=True)
        shade(st_.cell(0, j), "D9E2F3")
    ta = tb = 0
    for i, (name, a, b) in enumerate(CHC_SAVINGS, 1):
        for j, v in enumerate((name, fmt_k(a), fmt_k(b), fmt_k(a + b))):
            set_text(st_.cell(i, j), v)
        ta, tb = ta + a, tb + b
    last = len(CHC_SAVINGS) + 1
    for j, v in enumerate(("Total", fmt_k(ta), fmt_k(tb), fmt_k(ta + tb))):
        set_text(st_.cell(last, j), v, bold=True)
    doc.add_paragraph()
    doc.add_paragraph(f"The 2017/18 savings target is therefore £{ta + tb:,}k across the two CCGs.")
    doc.add_heading("Appendix A: Roles and post-holders", level=1)
    pt = doc.add_table(rows=1 + len(CHC_POSTS), cols=3)
    pt.style = "Table Grid"
    for j, h in enumerate(("Post", "Post-holder", "Organisation")):
        set_text(pt.cell(0, j), h, bold=True)
        shade(pt.cell(0, j), "D9E2F3")
    for i, row in enumerate(CHC_POSTS, 1):
        for j, v in enumerate(row):
            set_text(pt.cell(i, j), v)
    cp = doc.core_properties
    cp.author = "Rhiannon Kilbourne"
    cp.title = "NHS Continuing Healthcare Improvement Plan 2017/18"
    cp.subject = "CHC improvement plan v2.0"
    cp.last_modified_by = "Rhiannon Kilbourne"
    cp.created = cp.modified = cp.last_printed = datetime(2017, 2, 15, 9, 0, 0)
    cp.revision = 2
    doc.save(str(path))
    pin_zip(path, (2017, 2, 15, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 04 Outpatient transformation tracker (Excel)
# ---------------------------------------------------------------------------------------------------------------
OP_ROWS = [
    # ref, scheme, specialty, owner, milestone, due (datetime = real date cell, str = typed text), RAG, comment
    ("OP1", "Advice and guidance through e-RS before referral", "All specialties", "DK",
     "Advice and guidance live in 20 specialties", datetime(2017, 6, 30), "G", ""),
    ("OP2", "Patient-initiated follow-up", "Rheumatology", "SJ", "PIFU live in rheumatology", "Q1 2017/18", "G",
     ""),
    ("OP3", "Virtual fracture clinic", "Trauma and orthopaedics", "MO", "Virtual fracture clinic live at Astleby "
     "Royal Infirmary", datetime(2017, 8, 1), "A", "Physiotherapy posts out to advert"),
    ("OP4", "Teledermatology triage", "Dermatology", "SJ", "All routine dermatology referrals triaged by photograph",
     "Sept-17", "A", "Camera kit ordered for 30 practices"),
    ("OP5", "Ophthalmology virtual clinics (glaucoma monitoring)", "Ophthalmology", "TH",
     "Glaucoma virtual clinic live at Vennmouth General", "Q3 2017/18", "G", ""),
    ("OP6", "Group consultations for diabetes follow-up", "Diabetes", "RM", "Six group clinics a month",
     "w/c 12 June 2017", "G", ""),
    ("OP7", "Clinical triage of ENT referrals", "ENT", "DKe", "ENT referral triage live", "TBC", "R",
     "Date depends on the e-RS triage module"),
    ("OP8", "Nurse-led follow-up clinics", "Cardiology", "MO", "Nurse-led clinics at both hospitals",
     datetime(2018, 3, 31), "G", ""),
    ("OP9", "Single outpatient booking centre", "All specialties", "RM", "One booking centre for both trusts",
     "Winter 2017/18", "A", "Staff consultation needed"),
    ("OP10", "Paperless outpatients (electronic outcome forms)", "All specialties", "TH",
     "Electronic outcome forms in every clinic at Vennmouth General", "by end of March 2018", "G", ""),
    ("OP11", "Physiotherapy-first MSK pathway before orthopaedic referral", "MSK", "DK",
     "Physio-first pathway live in both CCGs", datetime(2017, 5, 15), "G", ""),
]
OP_CONTACTS = [
    ("DK", "Dr Dominic Kearsley", "Associate Medical Director, Planned Care", "Vennmouth General Hospital NHS FT"),
    ("DKe", "Danielle Kettering", "Planned Care Commissioning Manager", "Astleby & Pinnock Dale CCG"),
    ("SJ", "Saoirse Jellicoe", "Head of Outpatients", "Vennmouth General Hospital NHS FT"),
    ("MO", "Mr Marcus Okafor-Lind", "Consultant Orthopaedic Surgeon", "Astleby Hospitals NHS Trust"),
    ("TH", "Tamsin Hollick", "Outpatient Transformation Manager", "Astleby Hospitals NHS Trust"),
    ("RM", "Ravinder Matharu", "Lead Diabetes Specialist Nurse", "Vennmouth General Hospital NHS FT"),
]
OP_SAVINGS = [("OP1", 210, 260), ("OP2", 90, 140), ("OP3", 120, 130), ("OP4", 80, 110), ("OP5", 140, 180),
              ("OP6", 40, 60), ("OP7", 70, 90), ("OP8", 60, 90), ("OP9", 0, 150), ("OP10", 50, 130),
              ("OP11", 100, 110)]


def op_tracker(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    white_bold = Font(bold=True, color="FFFFFF")
    rag_fill = {"G": "63BE7B", "A": "FFC000", "R": "F8696B"}

    ws = wb.active
    ws.title = "Read me"
    lines = [
        "Vennmouth & Astleby STP: Outpatient Transformation Tracker",
        "As at 28 February 2017",
        "Programme SRO: Julian Ferraby-Coles, Chief Operating Officer, Astleby Hospitals NHS Trust",
        "The Owner column of the Tracker sheet gives initials; the Contacts sheet gives names and posts.",
        "Due dates shown as calendar dates are firm; dates typed as text (quarters, months, seasons) are "
        "planning estimates.",
        "Savings are in thousands of pounds (£k) on the Savings sheet.",
    ]
    for i, ln in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=ln).font = bold if i == 1 else Font()
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Outpatient Transformation Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "As at 28 February 2017"
    heads = ["Ref", "Scheme", "Specialty", "Owner", "Milestone", "Due date", "RAG", "Comment"]
    for j, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=j, value=h)
        cell.font, cell.fill = white_bold, head_fill
    for i, row in enumerate(OP_ROWS, 4):
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=j, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if j == 7:
                cell.fill = PatternFill("solid", fgColor=rag_fill[v])
    for col, w in zip("ABCDEFGH", (7, 46, 22, 8, 44, 18, 6, 36)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Contacts")
    for j, h in enumerate(("Initials", "Name", "Post", "Organisation"), 1):
        cell = ws.cell(row=1, column=j, value=h)
        cell.font, cell.fill = white_bold, head_fill
    for i, row in enumerate(OP_CONTACTS, 2):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    for col, w in zip("ABCD", (9, 26, 42, 36)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Savings")
    ws["A1"] = "Planned savings by scheme (£k)"
    ws["A1"].font = bold
    for j, h in enumerate(("Ref", "2017/18", "2018/19", "Total"), 1):
        cell = ws.cell(row=2, column=j, value=h)
        cell.font, cell.fill = white_bold, head_fill
    t1 = t2 = 0
    for i, (ref, a, b) in enumerate(OP_SAVINGS, 3):
        for j, v in enumerate((ref, a, b, a + b), 1):
            ws.cell(row=i, column=j, value=v).number_format = "#,##0"
        t1, t2 = t1 + a, t2 + b
    last = 3 + len(OP_SAVINGS)
    for j, v in enumerate(("Total", t1, t2, t1 + t2), 1):
        cell = ws.cell(row=last, column=j, value=v)
        cell.font = bold
        cell.number_format = "#,##0"

    wb.properties.creator = "Tamsin Hollick"
    wb.properties.lastModifiedBy = "Tamsin Hollick"
    wb.properties.title = "Outpatient Transformation Tracker"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 28, 9, 0, 0)
    wb.save(str(path))
    pin_zip(path, (2017, 2, 28, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 05 IPC and PHB programme update (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
IPC_ROWS = [
    ("IPC1", "Personal health budgets in CHC (home care)", "Joel Ambrose-Kite", "PHB default offer for home-based "
     "CHC", "Q2 2017/18", "A"),
    ("IPC2", "Personal wheelchair budgets", "Farida Okonjo-Watts", "First personal wheelchair budgets agreed",
     "Jul-17", "A"),
    ("IPC3", "Children and young people with complex needs", "Bryony Saltonstall",
     "Integrated personal budgets offered with education, health and care plans", "Q3 2017/18", "G"),
    ("IPC4", "Mental health section 117 aftercare", "Dr Tomasz Wieczorek-Hale", "50 people with a personal budget "
     "for aftercare", "by end of March 2018", "G"),
    ("IPC5", "Community capacity and peer support (with VCSE offer VO3)", "Shona Blakemore",
     "Peer support network launched", "Winter 2017/18", "G"),
    ("IPC6", "Learning disabilities: budgets for people leaving hospital", "Ifeoma Drummond-Shaw",
     "12 people discharged with a PHB", "TBC", "R"),
]
PHB_COUNTS = [("Vennmouth CCG", 64, 12, 9, 7), ("Astleby & Pinnock Dale CCG", 51, 8, 6, 5)]
IPC_CHANGES = [
    ("PHB Programme Manager (leads CHC plan actions 2.1 and 2.2)", "Nadine Scorer", "Joel Ambrose-Kite",
     "From 1 March 2017; Nadine Scorer has left Vennmouth CCG"),
    ("CHC plan action 2.1: PHB default offer for home-based CHC", "Q4 2016/17", "Q2 2017/18",
     "Needs the brokerage service (action 2.2) in place first"),
    ("IPC2: first personal wheelchair budgets", "Apr-17", "Jul-17", "Wheelchair service contract variation"),
]


def ipc_update(path):
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    W = prs.slide_width

    def title_only(title):
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = title
        s.shapes.title.left, s.shapes.title.top = Emu(457200), Emu(228600)
        s.shapes.title.width, s.shapes.title.height = W - Emu(914400), Emu(914400)
        for p in s.shapes.title.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(28)
        return s

    def table(s, rows, top, widths, size=12):
        left = Emu(457200)
        shape = s.shapes.add_table(len(rows), len(rows[0]), left, Emu(top), Emu(sum(widths)),
                                   Emu(370000 * len(rows)))
        tb = shape.table
        for j, w in enumerate(widths):
            tb.columns[j].width = Emu(w)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = tb.cell(i, j)
                cell.text = str(v)
                for p in cell.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
                        r.font.bold = i == 0
        return tb

    def note(s, text, top, size=14):
        tb = s.shapes.add_textbox(Emu(457200), Emu(top), W - Emu(914400), Emu(600000))
        tb.text_frame.word_wrap = True
        tb.text_frame.text = text
        for p in tb.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Integrated Personal Commissioning and Personal Health Budgets"
    s.placeholders[1].text = ("Programme update to the STP Delivery Group, 13 March 2017\n"
                              "Vennmouth & Astleby STP, Out of Hospital programme")

    s = title_only("Programme leadership and workstreams")
    note(s, "SRO: Rhiannon Kilbourne, Director of Nursing and Quality, Astleby & Pinnock Dale CCG. "
            "Programme lead: the PHB Programme Manager.", 1150000, size=14)
    rows = [["Ref", "Workstream", "Lead", "Next milestone", "Due", "RAG"]] + [list(r) for r in IPC_ROWS]
    table(s, rows, 1800000, [800000, 3300000, 2100000, 3100000, 1400000, 600000], size=11)

    s = title_only("Personal health budgets in place at 28 February 2017")
    rows = [["CCG", "CHC", "Wheelchair", "Mental health", "Children", "Total"]]
    tot = [0, 0, 0, 0]
    for name, *vals in PHB_COUNTS:
        rows.append([name, *vals, sum(vals)])
        tot = [a + b for a, b in zip(tot, vals)]
    rows.append(["Total", *tot, sum(tot)])
    table(s, rows, 1500000, [3500000, 1300000, 1500000, 1700000, 1300000, 1300000], size=14)
    note(s, "Our ambition is 1,200 personal health budgets across the footprint by March 2019.", 3300000)

    s = title_only("Changes since the CHC Improvement Plan (v2.0, 15 February 2017)")
    rows = [["Item", "Was", "Now", "Effective / reason"]] + [list(r) for r in IPC_CHANGES]
    table(s, rows, 1500000, [4000000, 1700000, 1900000, 3600000], size=12)
    note(s, "These changes stand over the CHC Improvement Plan where the two differ.", 4200000)

    s = title_only("Asks of the Delivery Group")
    note(s, "1. Note the change of PHB Programme Manager and the new date for the CHC default offer.\n"
            "2. Support the wheelchair service contract variation.\n"
            "3. Agree that IPC6 reports to the Transforming Care Partnership board.", 1300000, size=16)

    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Joel Ambrose-Kite"
    cp.title = "IPC and PHB programme update"
    cp.subject = "STP Delivery Group, 13 March 2017"
    cp.comments = "Programme update for the STP Delivery Group"
    cp.created = cp.modified = cp.last_printed = datetime(2017, 3, 13, 9, 0, 0)
    cp.revision = 1
    prs.save(str(path))
    pin_zip(path, (2017, 3, 13, 9, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 06 MP briefing (plain text)
# ---------------------------------------------------------------------------------------------------------------
MP_BRIEFING = """\
VENNMOUTH & ASTLEBY SUSTAINABILITY AND TRANSFORMATION PLAN
Briefing for Members of Parliament

Position at:   6 April 2017
Prepared by:   Malachy Trewin, STP Programme Director
Cleared by:    Corinna Halberd, STP Lead and Chief Executive, Astleby Hospitals NHS Trust
Status:        Not for publication; figures may be quoted

1. THE FOOTPRINT

1.1 The STP covers 842,000 registered patients, two CCGs (Vennmouth CCG and Astleby &
    Pinnock Dale CCG), two acute trusts, Roke Valley Partnership NHS FT and two councils.

1.2 If nothing changed, the local NHS would face a gap of £214m by 2020/21. The plan closes
    it with provider efficiencies of £121m, commissioner schemes of £68m and £25m from the
    Sustainability and Transformation Fund.

1.3 The STP Partnership Board is chaired by Professor Lindiwe Osterfield, Independent
    Chair, and meets on the third Wednesday of each month in public.

2. WHAT HAS CHANGED SINCE OUR LAST BRIEFING

2.1 Breathe Well (respiratory). The new pulmonary rehabilitation site at Pinnock Dale
    Health Centre will now open by end of November 2017, not in September 2017 as the
    December delivery plan said. The building works need a new fire exit. Evening classes
    in Vennmouth still start in the week commencing 5 June 2017.

2.2 Outpatients. From 3 April 2017 Mr Sanjeev Radley-Oke, Consultant Ophthalmologist at
    Vennmouth General Hospital, leads the ophthalmology virtual clinics (OP5), taking over
    from Tamsin Hollick, who keeps paperless outpatients (OP10).

2.3 Outpatients. Clinical triage of ENT referrals (OP7), shown as TBC in the February
    tracker, now has a go-live date: w/c 11 September 2017.

2.4 Voluntary sector. The grants panel met on 15 March 2017 and agreed all six VCSE
    partnership offers in the January prospectus.

2.5 Continuing healthcare. The default offer of a personal health budget for home-based
    CHC is now expected in Q2 2017/18. Joel Ambrose-Kite is the PHB Programme Manager.

3. PUBLIC ENGAGEMENT

3.1 Drop-in events on the plan will run in Vennmouth Central Library and Astleby Corn
    Exchange during May 2017.

Contact: Malachy Trewin, STP Programme Director, via the STP office.
"""


def mp_briefing(path):
    path.write_bytes(MP_BRIEFING.encode("utf-8"))


# ---------------------------------------------------------------------------------------------------------------
def pin_zip(path, when):
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    breathe_well(OUT / FILES["breathe"])
    vcse_prospectus(OUT / FILES["vcse"])
    chc_plan(OUT / FILES["chc"])
    op_tracker(OUT / FILES["op"])
    ipc_update(OUT / FILES["ipc"])
    mp_briefing(OUT / FILES["mp"])
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
