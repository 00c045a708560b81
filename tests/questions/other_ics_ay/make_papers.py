"""Write the Selcombe & Thrandale STP papers (fifty-first imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, each in a document genre no earlier bank
used:
  01 Medicines Optimisation Programme delivery plan (PDF, platypus, portrait): numbered prose, a ruled scheme table
     (Ref / Scheme / Lead / Key milestones / 2017/18 / 2018/19 £000) running over a page break under a repeated
     header, leads only as initials with the key in Annex A, a risk table whose owners are job titles;
  02 "Healthy Lives" prevention plan (PDF drawn on the canvas as a landscape slide deck): number tiles, programme
     boxes whose leads are job titles only, a timeline, an ambitions table, a must-do coverage matrix of the six
     STP priorities against the nine national must-dos (must-do 6 empty), a risk table and governance;
  03 Joint Carers Strategy action plan (Word): a cover table with merged cells, a signatories table with an
     organisation cell merged down, an action table under theme rows merged across, and a note that moves the
     social prescribing start date in paper 02;
  04 Seasonal flu vaccination plan 2017/18 (PowerPoint): uptake table, who-does-what table, timeline boxes, a
     changes slide handing over a prevention programme lead from a date, risks;
  05 CQUIN 2017-19 schedule and milestone tracker (Excel): a Read me sheet, the schedule with commissioner leads as
     initials, due dates as real date cells or text, a Contacts sheet, a Finance sheet;
  06 STP Core Brief for cascade (plain text): news, a changes section moving a medicines date and replacing a
     scheme lead from a date, people, dates for the diary.

Deterministic: reportlab invariant mode, fixed document info, fixed Office core properties and zip entry times.
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
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")

F_MO = "01_ST_STP_Medicines_Optimisation_Delivery_Plan_v1.0_18Nov2016.pdf"
F_HL = "02_ST_STP_Healthy_Lives_Prevention_Plan_Board_14Dec2016.pdf"
F_CA = "03_ST_Joint_Carers_Strategy_Action_Plan_draft_v0.9_20Jan2017.docx"
F_FLU = "04_ST_Seasonal_Flu_Vaccination_Plan_2017-18_23Feb2017.pptx"
F_CQ = "05_ST_CQUIN_2017-19_Schedule_and_Tracker_10Mar2017.xlsx"
F_CB = "06_ST_STP_Core_Brief_Issue7_16Mar2017.txt"

TEAL = colors.HexColor("#00596B")
GREY = colors.HexColor("#595959")
LIGHT = colors.HexColor("#E8F1F3")

# ======================================================================================================================
# 01 Medicines Optimisation Programme delivery plan (portrait PDF, platypus)
# ======================================================================================================================
MO_SCHEMES = [
    # ref, scheme, lead initials, [(date, milestone)], 2017/18 £000, 2018/19 £000
    ("MO1", "Managed repeats: community pharmacies stop ordering repeat prescriptions on patients' behalf; patients "
     "or carers order directly from the practice", "KD",
     [("Jan 2017", "pilot in six Selcombe practices"), ("Q2 2017/18", "roll-out to all 97 practices")], "820", "450"),
    ("MO2", "Self-care policy: items for minor, short-term conditions that can be bought over the counter no longer "
     "routinely prescribed", "PH",
     [("Feb-17", "public consultation on the self-care policy"), ("1 May 2017", "policy in force in all three CCGs")],
     "610", "390"),
    ("MO3", "Biosimilar medicines: switch patients on etanercept and rituximab to biosimilar versions at both acute "
     "trusts, with gain-share agreed with providers", "JT",
     [("end of March 2017", "etanercept switch complete"), ("autumn 2017", "rituximab switch complete")],
     "1,150", "1,480"),
    ("MO4", "Care home medicines: pharmacist-led structured medication reviews for every care home resident, "
     "reducing waste and falls", "AM",
     [("31/07/17", "12 WTE care home pharmacists in post"), ("by 31 March 2018", "every care home resident reviewed")],
     "540", "310"),
    ("MO5", "Antimicrobial stewardship in primary care, aligned with the hospital trusts' sepsis and antibiotic "
     "CQUINs", "RB",
     [("Q3 2017/18", "antibiotic items per STAR-PU down 4% on 2015/16")], "90", "60"),
    ("MO6", "One Selcombe & Thrandale Joint Formulary for primary and secondary care, with one Area Prescribing "
     "Committee", "JT",
     [("01/04/2017", "Joint Formulary live online")], "300", "200"),
    ("MO7", "Transfer of Care Around Medicines (TCAM): electronic referral from hospital pharmacy to the patient's "
     "community pharmacy at discharge", "LO",
     [("Q4 2016/17", "TCAM live at Thrandale Royal Infirmary"), ("by winter 2017/18", "TCAM live at Selcombe General "
      "Hospital")], "0", "0"),
    ("MO8", "Diabetes prescribing value: one blood glucose test strip and needle formulary", "SF",
     [("Sept 2017", "test strip formulary adopted by all practices")], "480", "220"),
    ("MO9", "Wound care: one dressings formulary and a central supply route, replacing prescriptions for dressings",
     "AM", [("15/01/2018", "dressings supply contract awarded"), ("Q1 2018/19", "new supply route live")],
     "350", "240"),
    ("MO10", "Respiratory medicines: inhaler technique and COPD medicines reviews in locality hubs", "KD",
     [("by 30 November 2017", "review hubs running in all three localities")], "410", "330"),
    ("MO11", "Electronic repeat dispensing (eRD) for stable patients on long-term medicines", "RB",
     [("2018/19", "eRD used for 25% of repeat items")], "260", "160"),
    ("MO12", "Hospital pharmacy aseptic services: one consolidated aseptic unit serving SGH and TWH", "JT",
     [("Dec-16", "outline business case to both trust boards"), ("time frame as yet unknown", "decision on the "
      "host site")], "0", "1,400"),
    ("MO13", "Prescribing decision support software in every practice (switch prompts at the point of prescribing)",
     "PH", [("Spring 2017", "software live in all practices")], "1,900", "0"),
]
MO_TOTAL = ("6,910", "5,240")
MO_KEY = [
    ("JT", "Jonah Tremlow", "Chief Pharmacist", "Selcombe General Hospitals NHS Trust"),
    ("KD", "Kirsten Dallaway", "Head of Medicines Management", "NHS Selcombe CCG"),
    ("PH", "Parminder Hothi", "Head of Medicines Optimisation", "NHS Thrandale CCG"),
    ("AM", "Ailsa Mountford", "Lead Pharmacist, Care Homes", "Dunwarren Partnership NHS FT"),
    ("RB", "Rhodri Bexfield", "Consultant Antimicrobial Pharmacist", "Thrandale & Wexley Hospitals NHS FT"),
    ("LO", "Leonie Okafor", "Lead Pharmacist, Transfer of Care", "Thrandale & Wexley Hospitals NHS FT"),
    ("SF", "Sanjay Fairlie", "Prescribing Adviser", "NHS Wexley & Braithmoor CCG"),
]
MO_RISKS = [
    ("R1", "Practices and community pharmacies do not adopt managed repeats, so waste does not fall",
     "Head of Medicines Management, NHS Selcombe CCG", "3", "4", "12"),
    ("R2", "Clinician or patient concern slows the biosimilar switch; gain-share not agreed in time",
     "Chief Pharmacist, Selcombe General Hospitals NHS Trust", "3", "3", "9"),
    ("R3", "Too few pharmacists can be recruited for care homes while GP practices recruit under the national "
     "clinical pharmacists scheme", "Director of Nursing & Quality, Dunwarren Partnership NHS FT", "4", "4", "16"),
    ("R4", "The two acute trusts do not agree the hosting and VAT treatment of a consolidated aseptic service",
     "STP Finance Lead", "3", "3", "9"),
    ("R5", "The self-care policy is challenged at consultation or by judicial review",
     "Head of Medicines Optimisation, NHS Thrandale CCG", "2", "3", "6"),
]
MO_HEADER = "Selcombe & Thrandale STP  |  Medicines Optimisation Programme: Delivery Plan 2017/18 - 2018/19  |  v1.0"


def mo_page(c, doc):
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(GREY)
    c.drawString(40, A4[1] - 28, MO_HEADER)
    c.drawString(40, 24, "Version 1.0, 18 November 2016. Approved by the Medicines Optimisation Programme Board.")
    c.drawRightString(A4[0] - 40, 24, f"Page {doc.page}")
    c.setStrokeColor(TEAL)
    c.line(40, A4[1] - 33, A4[0] - 40, A4[1] - 33)
    c.restoreState()


def mo_plan(path):
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=6, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=TEAL, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.3, leading=10.2)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB", textColor=colors.white)
    num = ParagraphStyle("n", parent=cell, alignment=2)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=48, bottomMargin=44,
                            title="Medicines Optimisation Programme: Delivery Plan 2017/18 - 2018/19",
                            author="Selcombe & Thrandale STP Medicines Optimisation Programme Board",
                            subject="STP priority P4", creator="Selcombe & Thrandale STP")
    s = [Paragraph("Medicines Optimisation Programme", h1),
         Paragraph("Delivery Plan 2017/18 - 2018/19 (version 1.0, 18 November 2016)", h2),
         Paragraph("1. Introduction", h2)]
    paras = [
        "1.1 The Medicines Optimisation Programme is part of STP priority P4, Planned Care &amp; Medicines Value, of "
        "the Selcombe &amp; Thrandale Sustainability and Transformation Plan. It brings together the medicines "
        "management teams of NHS Selcombe CCG, NHS Thrandale CCG and NHS Wexley &amp; Braithmoor CCG, the pharmacy "
        "departments of Selcombe General Hospitals NHS Trust (SGH), Thrandale &amp; Wexley Hospitals NHS Foundation "
        "Trust (TWH) and Dunwarren Partnership NHS Foundation Trust (DPFT), the Local Pharmaceutical Committee and "
        "the Local Medical Committee.",
        "1.2 Primary care prescribing in the footprint's 97 practices cost <b>£148.6m</b> in 2015/16, for 13.9 "
        "million items. Hospital medicines cost the two acute trusts a further £92.3m. We estimate that £4.1m of "
        "primary care prescribing each year is wasted on medicines that are ordered but not used.",
        "1.3 The programme will release <b>£6.91m in 2017/18</b> and a further £5.24m in 2018/19 (Table 1). These "
        "savings count towards the P4 contribution to financial balance in the STP.",
        "1.4 The Medicines Optimisation Programme Board meets on the third Wednesday of each month and is chaired by "
        "the Chief Pharmacist of SGH. It reports to the P4 Planned Care &amp; Medicines Value Board, whose Senior "
        "Responsible Owner is Martin Gethin, Chief Officer of NHS Thrandale CCG.",
        "1.5 In the tables, scheme leads are shown by their initials and risk owners by their post. The key to the "
        "initials, with each lead's post, is in Annex A.",
    ]
    s += [Paragraph(p, body) for p in paras]
    s.append(Paragraph("2. Schemes, leads and key milestones", h2))
    s.append(Paragraph("Table 1: Medicines optimisation schemes. Savings are net, in £000, by financial year.", body))
    head = [Paragraph(t, cellb) for t in ("Ref", "Scheme", "Lead", "Key milestones (date - milestone)",
                                           "2017/18 £000", "2018/19 £000")]
    rows = [head]
    for ref, scheme, lead, ms, a, b in MO_SCHEMES:
        mcell = [Paragraph(f"<b>{d}</b> - {m}", cell) for d, m in ms]
        rows.append([Paragraph(ref, cell), Paragraph(scheme, cell), Paragraph(lead, cell), mcell,
                     Paragraph(a, num), Paragraph(b, num)])
    rows.append([Paragraph("<b>Total</b>", cell), "", "", "", Paragraph(f"<b>{MO_TOTAL[0]}</b>", num),
                 Paragraph(f"<b>{MO_TOTAL[1]}</b>", num)])
    t = Table(rows, colWidths=[40, 160, 36, 175, 52, 52], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
        ("SPAN", (0, -1), (3, -1)), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 8)]
    s.append(Paragraph(
        "2.1 MO7 (TCAM) is a safety scheme and is not expected to release cash. MO13 is a one-off saving in 2017/18. "
        "The MO12 saving in 2018/19 depends on the decision on the host site.", body))
    s.append(Paragraph("3. Risks", h2))
    s.append(Paragraph("Table 2: Programme risks. L = likelihood, I = impact, each scored 1 to 5; risks scoring 15 or "
                       "more are escalated to the P4 Board.", body))
    rh = [Paragraph(t, cellb) for t in ("Ref", "Risk", "Owner (post)", "L", "I", "Score")]
    rrows = [rh] + [[Paragraph(x, cell) for x in r] for r in MO_RISKS]
    rt = Table(rrows, colWidths=[28, 216, 175, 26, 26, 44], repeatRows=1)
    rt.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [rt, PageBreak()]
    s.append(Paragraph("Annex A: Key to initials", h2))
    s.append(Paragraph("Scheme leads named by their initials in Table 1.", body))
    kh = [Paragraph(t, cellb) for t in ("Initials", "Name", "Post", "Organisation")]
    kt = Table([kh] + [[Paragraph(x, cell) for x in r] for r in MO_KEY], colWidths=[52, 110, 170, 183])
    kt.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [kt, Spacer(1, 10)]
    s.append(Paragraph("Annex B: Abbreviations", h2))
    s.append(Paragraph(
        "APC Area Prescribing Committee; COPD chronic obstructive pulmonary disease; CQUIN Commissioning for Quality "
        "and Innovation; eRD electronic repeat dispensing; STAR-PU specific therapeutic group age-sex related "
        "prescribing unit; TCAM Transfer of Care Around Medicines; WTE whole-time equivalent.", body))
    doc.build(s, onFirstPage=mo_page, onLaterPages=mo_page)


# ======================================================================================================================
# 02 Healthy Lives prevention plan (landscape PDF drawn like a slide deck)
# ======================================================================================================================
W, H = 960, 540
HL_TITLE = "Healthy Lives: Selcombe & Thrandale Prevention Plan 2017-2021  |  STP Programme Board, 14 December 2016"
HL_PROGS = [
    ("HL1", "Smokefree Selcombe & Thrandale", "Director of Public Health, Selcombe City Council",
     "Dr Fergus Attwater", "#8E3B46"),
    ("HL2", "Healthy Weight & Diabetes Prevention", "Director of Public Health, Thrandale County Council",
     "Dr Meena Solanki-Reeve", "#2F6B3A"),
    ("HL3", "Alcohol Care Teams", "Medical Director, Thrandale & Wexley Hospitals NHS FT", "Dr Owain Pritchard",
     "#7A5C12"),
    ("HL4", "Making Every Contact Count", "STP Workforce Lead", "tbc", "#3B4F8E"),
    ("HL5", "Social Prescribing & Community Connectors", "Chief Officer, NHS Wexley & Braithmoor CCG",
     "Dr Hannah Lisgar", "#00596B"),
    ("HL6", "Staff Health & Wellbeing", "Director of Workforce, Selcombe General Hospitals NHS Trust",
     "Dr Samir Qureshi-Bain", "#5E3A7A"),
]
HL_MILESTONES = [
    ("HL1", "by 31/03/17", "Smokefree grounds at every SGH and TWH hospital site"),
    ("HL2", "Q2 2017/18", "All 97 practices referring to the Diabetes Prevention Programme"),
    ("HL5", "01/07/2017", "Social prescribing service contract starts"),
    ("HL6", "by winter 2017/18", "Health & wellbeing offer in place at every NHS provider"),
    ("HL3", "Jan-18", "Alcohol care team live at Thrandale Royal Infirmary, 7 days a week"),
    ("HL4", "end of March 2018", "2,000 front-line staff trained in Making Every Contact Count"),
]
PRIORITIES = [("P1", "Healthy Lives"), ("P2", "Neighbourhood Care"), ("P3", "Urgent & Emergency Care"),
              ("P4", "Planned Care & Medicines Value"), ("P5", "Mental Health & Wellbeing"),
              ("P6", "Sustainable Acute Services")]
MUSTDOS = [
    (1, "Local STP: deliver the plan"), (2, "Return the system to financial balance"),
    (3, "General practice: sustainability and access"), (4, "A&E four-hour standard and ambulance response"),
    (5, "Referral to treatment: 18 weeks"), (6, "Cancer: 62-day standard and diagnosis"),
    (7, "Mental health: access and IAPT"), (8, "Learning disabilities: Transforming Care"),
    (9, "Quality: safety, and trusts out of special measures"),
]
COVER = {1: ["P1", "P2", "P3", "P4", "P5", "P6"], 2: ["P4", "P6"], 3: ["P1", "P2"], 4: ["P2", "P3"],
         5: ["P4", "P6"], 6: [], 7: ["P5"], 8: ["P5"], 9: ["P3", "P6"]}
HL_RISKS = [
    ("HLR1", "Cuts to the councils' public health grant reduce stop-smoking service capacity",
     "Director of Public Health, Selcombe City Council", "Red"),
    ("HLR2", "Practices do not refer enough patients to the Diabetes Prevention Programme",
     "Dr Meena Solanki-Reeve", "Amber"),
    ("HLR3", "Alcohol care team posts are not funded recurrently after the first year", "Gideon Marwood", "Amber"),
    ("HLR4", "The voluntary sector lacks capacity to take social prescribing referrals",
     "Chief Officer, NHS Wexley & Braithmoor CCG", "Amber"),
]


class Deck:
    def __init__(self, path, title, author, footer):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("Selcombe & Thrandale STP")
        self.footer = footer
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
        c.line(34, 30, W - 34, 30)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(34, 17, self.footer)
        c.drawRightString(W - 34, 17, f"Slide {self.n}")
        c.showPage()


def wrap(text, font, size, width):
    out = []
    for part in text.split("\n"):
        out += simpleSplit(part, font, size, width) or [""]
    return out


def para(c, x, y, text, font, size, width, lead=None):
    """Draw text wrapped to `width` from baseline y downwards; returns the next free baseline."""
    c.setFont(font, size)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead or size + 3
    return y


def drawn_table(c, x, top, widths, header, rows, size=10, lead=12.5, head_fill=TEAL):
    """A ruled table drawn cell by cell, cells wrapping; returns the y of its bottom rule."""
    pad = 5
    y = top
    c.setLineWidth(0.6)
    for i, cells in enumerate([header] + rows):
        font = "DVB" if i == 0 else "DV"
        lines = [wrap(str(t), font, size, w - 2 * pad) for t, w in zip(cells, widths)]
        h = max(len(ls) for ls in lines) * lead + 2 * pad
        cx = x
        for ls, w in zip(lines, widths):
            if i == 0:
                c.setFillColor(head_fill)
                c.rect(cx, y - h, w, h, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#7F7F7F"))
            c.rect(cx, y - h, w, h, stroke=1, fill=0)
            c.setFillColor(colors.white if i == 0 else colors.black)
            c.setFont(font, size)
            for k, line in enumerate(ls):
                c.drawString(cx + pad, y - pad - (k + 1) * lead + 3, line)
            cx += w
        y -= h
    c.setFillColor(colors.black)
    return y


def healthy_lives(path):
    d = Deck(path, "Healthy Lives: Selcombe & Thrandale Prevention Plan 2017-2021",
             "Selcombe & Thrandale STP Prevention Board", HL_TITLE)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 36)
    c.drawString(60, 330, "Healthy Lives")
    c.setFont("DV", 20)
    c.drawString(60, 292, "Selcombe & Thrandale Prevention Plan 2017-2021")
    c.setFont("DV", 14)
    c.drawString(60, 250, "STP priority P1: Healthy Lives")
    c.drawString(60, 228, "Paper for the STP Programme Board, 14 December 2016 (agenda item 6)")
    c.drawString(60, 206, "Presented by the Prevention Board")
    c.setFont("DV", 8)
    c.drawRightString(W - 34, 17, f"Slide {d.n}")
    c.showPage()

    # 2 number tiles
    d.slide("Why prevention: our footprint in numbers")
    tiles = [("842,000", "people registered with our 97 GP practices"),
             ("19.2%", "of adults smoke (England 15.5%)"),
             ("24.6%", "of adults are obese"),
             ("1,310", "deaths under 75 each year from causes considered preventable"),
             ("£38.2m", "a year: the cost of smoking-related illness to the local NHS"),
             ("11.4 years", "gap in healthy life expectancy between our most and least deprived wards")]
    for i, (big, cap) in enumerate(tiles):
        col, row = i % 3, i // 3
        x, y = 50 + col * 295, 285 - row * 200
        c.setFillColor(LIGHT)
        c.roundRect(x, y, 270, 165, 8, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 38)
        c.drawCentredString(x + 135, y + 95, big)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        for k, line in enumerate(wrap(cap, "DV", 12, 240)):
            c.drawCentredString(x + 135, y + 62 - k * 15, line)
    d.end()

    # 3 programme boxes
    d.slide("Six prevention programmes and who leads them")
    for i, (code, name, lead, champ, fill) in enumerate(HL_PROGS):
        col, row = i % 3, i // 3
        x, y = 40 + col * 300, 275 - row * 215
        c.setFillColor(colors.HexColor(fill))
        c.roundRect(x, y, 280, 190, 8, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 15)
        ty = y + 165
        for line in wrap(f"{code} {name}", "DVB", 15, 260):
            c.drawString(x + 12, ty, line)
            ty -= 19
        ty -= 8
        c.setFont("DV", 11)
        for line in wrap(f"Lead: {lead}", "DV", 11, 260):
            c.drawString(x + 12, ty, line)
            ty -= 14
        ty -= 6
        for line in wrap(f"Clinical champion: {champ}", "DV", 11, 260):
            c.drawString(x + 12, ty, line)
            ty -= 14
    d.end()

    # 4 timeline
    d.slide("Key milestones")
    c.setStrokeColor(TEAL)
    c.setLineWidth(3)
    c.line(60, 280, W - 60, 280)
    for i, (code, when, what) in enumerate(HL_MILESTONES):
        x = 95 + i * 152
        c.setFillColor(TEAL)
        c.circle(x, 280, 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 12)
        c.drawCentredString(x, 305, when)
        c.setFont("DVB", 11)
        c.drawCentredString(x, 250, code)
        c.setFont("DV", 10)
        for k, line in enumerate(wrap(what, "DV", 10, 138)):
            c.drawCentredString(x, 232 - k * 13, line)
    c.setFont("DV", 10)
    c.setFillColor(GREY)
    c.drawString(60, 90, "Dates are those agreed by each programme's lead in November 2016. The Prevention Board "
                         "will review them every quarter.")
    d.end()

    # 5 ambitions and investment
    d.slide("What we will achieve by 2020/21, and what it costs")
    drawn_table(c, 60, 460, [330, 150, 150, 170],
                ["Indicator", "Baseline 2015/16", "2017/18", "2020/21 ambition"],
                [["Adults who smoke", "19.2%", "17.8%", "15.0%"],
                 ["Women smoking at time of delivery", "14.1%", "12.0%", "9.0%"],
                 ["Referrals to the Diabetes Prevention Programme a year", "0", "2,400", "3,600"],
                 ["Alcohol-related admissions per 100,000 people", "712", "690", "640"],
                 ["Front-line staff trained in MECC (cumulative)", "150", "2,000", "4,500"]], size=11, lead=14)
    drawn_table(c, 60, 255, [300, 100, 100, 100, 100, 110],
                ["Investment (£000)", "2017/18", "2018/19", "2019/20", "2020/21", "Total"],
                [["Prevention programmes HL1-HL6", "610", "590", "570", "580", "2,350"]], size=11, lead=14)
    para(c, 60, 150, "The total investment of £2.35m over four years is funded from the STP transformation fund "
                     "(£1.5m) and the two councils' public health grants (£0.85m).", "DV", 11, 840)
    d.end()

    # 6 must-do matrix
    d.slide("Our six STP priorities and the nine national must-dos")
    x0, y0, lw, cw, rh = 40, 455, 330, 92, 34
    c.setFillColor(TEAL)
    c.rect(x0, y0 - 44, lw + cw * 6, 44, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(x0 + 6, y0 - 27, "National must-do (2016/17 planning guidance)")
    for j, (code, name) in enumerate(PRIORITIES):
        cx = x0 + lw + j * cw + cw / 2
        c.setFont("DVB", 11)
        c.drawCentredString(cx, y0 - 15, code)
        c.setFont("DV", 7.5)
        for k, line in enumerate(wrap(name, "DV", 7.5, cw - 6)[:2]):
            c.drawCentredString(cx, y0 - 27 - k * 9, line)
    c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setLineWidth(0.5)
    for i, (n, label) in enumerate(MUSTDOS):
        top = y0 - 44 - i * rh
        c.rect(x0, top - rh, lw, rh, stroke=1, fill=0)
        c.setFillColor(colors.black)
        c.setFont("DV", 10)
        c.drawString(x0 + 6, top - 21, f"{n}. {label}")
        for j, (code, _) in enumerate(PRIORITIES):
            cx = x0 + lw + j * cw
            c.rect(cx, top - rh, cw, rh, stroke=1, fill=0)
            if code in COVER[n]:
                c.setFillColor(TEAL)
                c.setFont("DV", 16)
                c.drawCentredString(cx + cw / 2, top - 23, "\u25cf")
                c.setFillColor(colors.black)
    para(c, x0, 74, "\u25cf = the priority addresses the must-do.  Must-do 6 (cancer) is not addressed by any STP "
                    "priority: the 62-day standard is delivered through the Western Shires Cancer Alliance plan. "
                    "Mapping as in the STP submission of 21 October 2016.", "DV", 9.5, 880)
    d.end()

    # 7 risks
    d.slide("Risks to delivery")
    drawn_table(c, 50, 465, [70, 430, 250, 90], ["Ref", "Risk", "Owner", "Rating"],
                [list(r) for r in HL_RISKS], size=11, lead=14)
    c.setFont("DV", 10)
    c.drawString(50, 150, "Red risks are reported to the STP Programme Board each month.")
    d.end()

    # 8 governance and decisions
    d.slide("Governance and decisions asked of the Board")
    lines = [
        ("DVB", "Governance"),
        ("DV", "The Prevention Board oversees the six programmes. It is chaired by the Director of Public Health, "
               "Thrandale County Council, and meets every six weeks."),
        ("DV", "It reports to the STP Programme Board, chaired by Professor Alan Witheridge (Independent Chair). The "
               "STP Lead is Harriet Quennell, Chief Executive of Selcombe General Hospitals NHS Trust."),
        ("DVB", "The Board is asked to"),
        ("DV", "1. approve the Healthy Lives plan as the P1 delivery plan;"),
        ("DV", "2. approve investment of £610,000 in 2017/18 from the STP transformation fund;"),
        ("DV", "3. note that the MECC clinical champion is still to be appointed."),
    ]
    y = 450
    for font, text in lines:
        c.setFont(font, 13 if font == "DVB" else 12)
        for line in wrap(text, font, 12, 860):
            c.drawString(50, y, line)
            y -= 17
        y -= 8
    d.end()
    c.save()


# ======================================================================================================================
# 03 Joint Carers Strategy action plan (Word)
# ======================================================================================================================
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bold_cell(cell, text, colour=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if colour:
        run.font.color.rgb = RGBColor.from_string(colour)


def carers(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    # cover table: title merged across, then label / value pairs
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 3))
    bold_cell(top, "Caring Together: Selcombe & Thrandale Joint Carers Strategy 2017-2020 - Action Plan", "FFFFFF")
    shade(top, "00596B")
    pairs = [("Status", "Consultation draft", "Version", "0.9"),
             ("Date", "20 January 2017", "Review", "Annually, each April"),
             ("Owner", "Joint Carers Partnership Board", "Author", "Carers Strategy Working Group")]
    for i, (a, b, c_, d_) in enumerate(pairs, 1):
        row = t.rows[i].cells
        bold_cell(row[0], a)
        row[1].text = b
        bold_cell(row[2], c_)
        row[3].text = d_
    purpose = t.cell(4, 1).merge(t.cell(4, 3))
    bold_cell(t.cell(4, 0), "Purpose")
    purpose.text = ("Sets out what the two councils, the three CCGs and the NHS trusts in Selcombe & Thrandale will do "
                    "for unpaid carers in 2017-2020, who leads each action and by when.")
    bold_cell(t.cell(5, 0), "Partners")
    partners = t.cell(5, 1).merge(t.cell(6, 3))
    partners.text = ("Selcombe City Council; Thrandale County Council; NHS Selcombe CCG; NHS Thrandale CCG; NHS Wexley "
                     "& Braithmoor CCG; Selcombe General Hospitals NHS Trust; Thrandale & Wexley Hospitals NHS FT; "
                     "Dunwarren Partnership NHS FT; Selcombe & Thrandale Carers' Forum")
    t.cell(6, 0).merge(t.cell(5, 0))

    doc.add_heading("1. About this action plan", level=1)
    for p in [
        "There are an estimated 91,400 unpaid carers in Selcombe & Thrandale (2011 Census), of whom 22,300 care for 50 "
        "or more hours a week. Only 11,860 carers are recorded on a GP practice carers' register, about 13% of the "
        "estimated total.",
        "The joint carers' support budget for 2017/18 is £1.42m: £0.86m from the two councils and £0.56m from the "
        "three CCGs. It pays for the carers' support service, the carers' breaks fund and the young carers' service.",
        "Public consultation on this draft runs from 23 January 2017. Comments can be sent to the Carers Strategy "
        "Working Group or given at the Carers' Forum drop-in sessions. The final plan will go to the Joint Carers "
        "Partnership Board, which is chaired by Beatrice Lomond, Chair of the Selcombe & Thrandale Carers' Forum.",
        "Leads in the action plan are shown by their post. The people who hold those posts and who sign this "
        "strategy are listed in section 2.",
    ]:
        doc.add_paragraph(p)

    doc.add_heading("2. Signatories", level=1)
    sig = [("Selcombe City Council", "Dr Marcus Ellery-Dunn", "Director of Public Health"),
           ("Selcombe City Council", "Gwen Hatherley", "Director of Adult Social Services"),
           ("Thrandale County Council", "Dr Imogen Varley", "Director of Public Health"),
           ("Thrandale County Council", "Neil Ashbury", "Director of Adult Social Care"),
           ("NHS Thrandale CCG", "Martin Gethin", "Chief Officer"),
           ("NHS Wexley & Braithmoor CCG", "Graham Stallworthy", "Chief Officer"),
           ("Thrandale & Wexley Hospitals NHS FT", "Dr Rhiannon Tasker", "Medical Director"),
           ("Dunwarren Partnership NHS FT", "Dr Eluned Parry-Vaughan", "Director of Nursing & Quality"),
           ("Selcombe & Thrandale Carers' Forum", "Beatrice Lomond", "Chair")]
    st_ = doc.add_table(rows=1, cols=3)
    st_.style = "Table Grid"
    for cell, txt in zip(st_.rows[0].cells, ("Organisation", "Name", "Post")):
        bold_cell(cell, txt, "FFFFFF")
        shade(cell, "00596B")
    start = {}
    for org, name, post in sig:
        r = st_.add_row()
        r.cells[0].text = org
        r.cells[1].text = name
        r.cells[2].text = post
        start.setdefault(org, []).append(len(st_.rows) - 1)
    for org, idx in start.items():
        if len(idx) > 1:
            a = st_.cell(idx[0], 0)
            merged = a.merge(st_.cell(idx[-1], 0))
            merged.text = org

    doc.add_heading("3. Action plan", level=1)
    doc.add_paragraph("Table 3: Actions by theme. 'By when' is the date the action is complete unless it says 'from'.")
    themes = [
        ("Theme 1: Identifying and recognising carers", [
            ("C1.1", "A carers' register and a named carers' champion in every GP practice",
             "Director of Adult Social Services, Selcombe City Council", "by 31/03/17"),
            ("C1.2", "Carers' Passport at both acute trusts (free parking, open visiting, involvement in discharge)",
             "Medical Director, Thrandale & Wexley Hospitals NHS FT", "Sept 2017"),
        ]),
        ("Theme 2: A life of their own", [
            ("C2.1", "Carers' breaks fund: a grant of up to £250 a year for each eligible carer",
             "Director of Adult Social Care, Thrandale County Council", "from 1 April 2017"),
            ("C2.2", "Carers referred to the social prescribing service (Healthy Lives programme HL5)",
             "Chief Officer, NHS Wexley & Braithmoor CCG", "from 1 October 2017"),
        ]),
        ("Theme 3: Young carers", [
            ("C3.1", "Whole-family assessment offered whenever a young carer is identified",
             "Director of Adult Social Care, Thrandale County Council", "Q3 2017/18"),
            ("C3.2", "Young carers' support service re-commissioned across the footprint",
             "Director of Adult Social Care, Thrandale County Council", "Jan-18"),
        ]),
        ("Theme 4: Carers' own health and work", [
            ("C4.1", "Every NHS trust in the footprint accredited as a carer-friendly employer", "STP Workforce Lead",
             "end of March 2018"),
            ("C4.2", "An annual health check offered to every carer on a practice register",
             "Director of Public Health, Thrandale County Council", "Q4 2017/18"),
        ]),
    ]
    at = doc.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    for cell, txt in zip(at.rows[0].cells, ("Ref", "Action", "Lead (post)", "By when")):
        bold_cell(cell, txt, "FFFFFF")
        shade(cell, "00596B")
    for theme, acts in themes:
        r = at.add_row()
        m = r.cells[0].merge(r.cells[3])
        bold_cell(m, theme)
        shade(m, "E8F1F3")
        first = len(at.rows)
        for ref, act, lead, when in acts:
            r = at.add_row()
            for cell, txt in zip(r.cells, (ref, act, lead, when)):
                cell.text = txt
        if theme.startswith("Theme 3"):  # both young carers' actions share a lead: one merged cell
            merged = at.cell(first, 2).merge(at.cell(first + 1, 2))
            merged.text = "Director of Adult Social Care, Thrandale County Council"

    doc.add_heading("4. Links with the STP", level=1)
    doc.add_paragraph(
        "The action plan supports three priorities of the Selcombe & Thrandale STP: P1 Healthy Lives, P2 Neighbourhood "
        "Care and P5 Mental Health & Wellbeing.")
    doc.add_paragraph(
        "Note on action C2.2: on 12 January 2017 the Governing Body of NHS Wexley & Braithmoor CCG agreed that the "
        "social prescribing service contract will start on 1 October 2017, not on 01/07/2017 as shown in the Healthy "
        "Lives Prevention Plan (STP Programme Board, 14 December 2016). The later date replaces the one in that plan.")
    doc.add_heading("5. How we will know it is working", level=1)
    doc.add_paragraph(
        "We will count the carers on GP practice registers (11,860 now; 20,000 by March 2020), the carers' breaks "
        "grants paid, and carers' own views through the biennial Survey of Adult Carers in England.")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Caring Together: Joint Carers Strategy 2017-2020 - Action Plan (consultation draft)"
    fp = sec.footer.paragraphs[0]
    fp.text = "Draft v0.9, 20 January 2017. Not for onward circulation before consultation."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    cp.author, cp.title = "Carers Strategy Working Group", "Joint Carers Strategy 2017-2020 Action Plan"
    cp.created = cp.modified = datetime(2017, 1, 20, 9, 0, 0)
    cp.last_modified_by, cp.revision = "Carers Strategy Working Group", 1
    doc.save(str(path))


# ======================================================================================================================
# 04 Seasonal flu vaccination plan (PowerPoint)
# ======================================================================================================================
def tb(slide, x, y, w, h, paras, size=14, bold_first=False):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = text
        for r in p.runs:
            r.font.size = PPt(size)
            r.font.bold = bold_first and i == 0
    return box


def ptable(slide, x, y, w, rows, widths, size=12):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w),
                                   Inches(0.35 * len(rows)))
    tbl = shape.table
    for j, wd in enumerate(widths):
        tbl.columns[j].width = Inches(wd)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(size)
                    r.font.bold = i == 0
    return tbl


def flu(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    title_only = prs.slide_layouts[5]
    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Seasonal Influenza Vaccination Plan 2017/18"
    s.placeholders[1].text = ("Selcombe & Thrandale health and care system\nSTP Programme Board, 23 February 2017\n"
                              "Prepared by the Flu Planning Group (chair: Dr Farah Lindqvist, Screening & "
                              "Immunisation Lead)")
    # 2 uptake and ambitions
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Uptake in 2016/17 and our ambitions for 2017/18"
    ptable(s, 0.8, 1.6, 11.5, [
        ["Group", "2016/17 uptake", "2017/18 ambition"],
        ["Aged 65 and over", "71.2%", "75%"],
        ["Under 65 in a clinical risk group", "48.9%", "55%"],
        ["Pregnant women", "44.1%", "55%"],
        ["Children aged 2 and 3", "39.6%", "48%"],
        ["Front-line staff: Selcombe General Hospitals NHS Trust", "63.0%", "70%"],
        ["Front-line staff: Thrandale & Wexley Hospitals NHS FT", "58.4%", "70%"],
        ["Front-line staff: Dunwarren Partnership NHS FT", "51.3%", "70%"],
    ], [6.5, 2.5, 2.5], size=14)
    tb(s, 0.8, 5.6, 11.5, 0.8, ["GP-registered uptake is from ImmForm to end of January 2017; staff uptake is the "
                                "trusts' own returns. The 70% staff ambition matches CQUIN indicator 1c."], size=12)
    # 3 who does what
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Who does what"
    ptable(s, 0.5, 1.4, 12.3, [
        ["Workstream", "Lead", "Milestone", "Due"],
        ["Vaccine ordering by GP practices", "Dr Farah Lindqvist", "2017/18 vaccine orders placed by every practice",
         "end of March 2017"],
        ["Staff vaccination: SGH", "Tessa Brightwell, Occupational Health Manager", "Peer vaccinators trained",
         "Aug-17"],
        ["Staff vaccination: TWH", "Owen Lyddiard, Head of Occupational Health", "Peer vaccinators trained",
         "Aug-17"],
        ["Staff vaccination: Dunwarren", "Dr Eluned Parry-Vaughan", "Vaccination clinics at all 14 sites",
         "w/c 9 October 2017"],
        ["Public campaign", "Marisa Pengelly, STP Communications Lead", "Campaign launch", "2 October 2017"],
        ["Community pharmacy service", "Kirsten Dallaway", "Pharmacies signed up to the national service",
         "Sept 2017"],
        ["Reporting", "Dr Farah Lindqvist", "Front-line staff uptake of 70% at every trust",
         "by end of February 2018"],
    ], [3.0, 3.9, 3.6, 1.8], size=12)
    # 4 timeline as boxes
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Timeline to winter 2017/18"
    steps = [("end of March 2017", "Vaccine orders placed"), ("Aug-17", "Peer vaccinators trained"),
             ("Sept 2017", "Vaccine delivered; pharmacy service live"), ("2 October 2017", "Campaign launch"),
             ("by end of February 2018", "70% staff uptake")]
    for i, (when, what) in enumerate(steps):
        tb(s, 0.5 + i * 2.5, 2.4, 2.3, 1.6, [when, what], size=14, bold_first=True)
    # 5 changes
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Changes to the Healthy Lives Prevention Plan"
    tb(s, 0.8, 1.5, 11.5, 3.8, [
        "Staff flu vaccination is part of Healthy Lives programme HL6, Staff Health & Wellbeing.",
        "From 1 March 2017 HL6 is led by the STP Workforce Lead, Nadine Oyelaran-Brooks. She replaces the Director "
        "of Workforce, Selcombe General Hospitals NHS Trust (Colin Frayne), shown as lead in the plan of 14 December "
        "2016. This change supersedes the plan.",
        "The HL6 milestone (a health & wellbeing offer at every NHS provider by winter 2017/18) is unchanged.",
        "Nadine Oyelaran-Brooks also leads HL4, Making Every Contact Count, as STP Workforce Lead.",
    ], size=16)
    # 6 risks and money
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Risks and resources"
    ptable(s, 0.5, 1.4, 12.3, [
        ["Risk", "Owner", "Rating"],
        ["Late vaccine deliveries from suppliers in September", "Dr Farah Lindqvist", "Amber"],
        ["Staff uptake at Dunwarren stays below 60%", "Director of Nursing & Quality, Dunwarren Partnership NHS FT",
         "Red"],
        ["Community pharmacies take uptake from practices without raising the total", "Kirsten Dallaway", "Green"],
    ], [6.0, 4.8, 1.5], size=13)
    tb(s, 0.5, 4.4, 12.3, 1.2, ["Peer vaccinator backfill for the three trusts is budgeted at £84,000 for 2017/18.",
                                "The Flu Planning Group meets monthly from April to December."], size=14)
    cp = prs.core_properties
    cp.author, cp.title = "Flu Planning Group", "Seasonal Influenza Vaccination Plan 2017/18"
    cp.created = cp.modified = datetime(2017, 2, 23, 9, 0, 0)
    cp.last_modified_by, cp.revision = "Flu Planning Group", 1
    prs.save(str(path))


# ======================================================================================================================
# 05 CQUIN 2017-19 schedule and tracker (Excel)
# ======================================================================================================================
CQ_ROWS = [
    # ref, indicator, provider, commissioner lead, provider lead, value £000, next milestone, due (date or text), status
    ("1c", "Flu vaccinations for front-line clinical staff", "SGH", "EC", "Tessa Brightwell", 620,
     "70% uptake (ImmForm return)", date(2018, 2, 28), "On track"),
    ("1c", "Flu vaccinations for front-line clinical staff", "TWH", "TP", "Owen Lyddiard", 540,
     "70% uptake (ImmForm return)", date(2018, 2, 28), "On track"),
    ("1c", "Flu vaccinations for front-line clinical staff", "DPFT", "DB", "Dr Eluned Parry-Vaughan", 190,
     "70% uptake (ImmForm return)", date(2018, 2, 28), "At risk"),
    ("2a", "Timely identification of sepsis in emergency departments and acute inpatient settings", "SGH", "EC",
     "Dr Lukas Ferriby", 700, "Q1 audit of screening submitted", date(2017, 7, 28), "On track"),
    ("2b", "Timely treatment of sepsis", "TWH", "TP", "Dr Lukas Ferriby", 650, "Q1 audit of treatment submitted",
     "end of July 2017", "On track"),
    ("2d", "Reduction in antibiotic consumption per 1,000 admissions", "TWH", "RN", "Rhodri Bexfield", 325,
     "Baseline consumption agreed", "Q1 2017/18", "Not started"),
    ("3", "Improving physical healthcare for people with severe mental illness", "DPFT", "DB", "Dr Corin Hale",
     380, "Cardio-metabolic assessment audit", "Q4 2017/18", "Not started"),
    ("4", "Improving services for people with mental health needs who present to A&E", "DPFT", "DB",
     "Dr Corin Hale", 380, "Cohort of frequent attenders agreed with SGH", date(2017, 6, 30), "On track"),
    ("5", "Transitions out of children and young people's mental health services", "DPFT", "DB", "Anya Rowcliffe",
     190, "Case-note audit of transition plans", "Sept 2017", "Not started"),
    ("6", "Offering advice and guidance", "SGH", "RN", "Dr Patrick Imrie", 700,
     "Advice and guidance live for 4 specialties", date(2017, 9, 30), "On track"),
    ("7", "NHS e-Referrals", "TWH", "RN", "Dr Patrick Imrie", 650, "80% of first outpatient referrals via e-RS",
     "31/03/18", "At risk"),
    ("8", "Supporting proactive and safe discharge", "SGH", "EC", "Julia Penhaligon", 700,
     "Discharge protocol agreed with both councils", "TBC", "Not started"),
    ("9", "Preventing ill health by risky behaviours: alcohol and tobacco", "DPFT", "DB", "Anya Rowcliffe", 190,
     "Staff trained to give brief advice", "Q3 2017/18", "Not started"),
    ("10", "Improving the assessment of wounds", "DPFT", "DB", "Julia Penhaligon", 190,
     "Wound assessment audit", "end of Jan 2018", "Not started"),
]
CQ_CONTACTS = [
    ("EC", "Emma Cartwright", "Head of Contracting", "NHS Selcombe CCG"),
    ("TP", "Tomasz Pawlak", "Quality Lead", "NHS Thrandale CCG"),
    ("DB", "Deborah Bellingham", "Senior Commissioning Manager, Mental Health", "NHS Wexley & Braithmoor CCG"),
    ("RN", "Rashid Noorani", "Contract Manager, Acute", "NHS Thrandale CCG"),
]


def cquin(path):
    wb = Workbook()
    bold = Font(bold=True)
    hfill = PatternFill("solid", fgColor="00596B")
    hfont = Font(bold=True, color="FFFFFF")
    ws = wb.active
    ws.title = "Read me"
    readme = [
        ("CQUIN 2017-19: schedule and milestone tracker - Selcombe & Thrandale commissioners",),
        ("As at", date(2017, 3, 10)),
        ("Contracts", "Two-year NHS Standard Contracts 2017-19, signed by 23 December 2016."),
        ("Values", "Indicator values are for 2017/18, in £000."),
        ("Leads", "Commissioner leads are shown by initials; the Contacts sheet gives their names."),
        ("Dates", "Where the contract schedule fixes a day, 'Due' holds a date; otherwise the schedule's own wording "
                  "(a quarter, a month or TBC) is typed in."),
        ("Owner", "Emma Cartwright, Head of Contracting, NHS Selcombe CCG, on behalf of the three CCGs."),
    ]
    for i, row in enumerate(readme, 1):
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=j, value=v)
            if j == 1:
                cell.font = bold
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100

    ws = wb.create_sheet("Schedule")
    ws["A1"] = "CQUIN 2017-19 schedule: national indicators by provider"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Indicator", "Provider", "Commissioner lead", "Provider lead", "Value 2017/18 (£000)",
             "Next milestone", "Due", "Status"]
    for j, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=j, value=h)
        cell.font, cell.fill = hfont, hfill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(CQ_ROWS, 4):
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=j, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
            if j == 6:
                cell.number_format = "#,##0"
    for col, wd in zip("ABCDEFGHI", (6, 48, 9, 12, 24, 12, 40, 16, 12)):
        ws.column_dimensions[col].width = wd
    ws.freeze_panes = "A4"

    ws = wb.create_sheet("Contacts")
    for j, h in enumerate(["Initials", "Name", "Post", "Organisation"], 1):
        cell = ws.cell(row=1, column=j, value=h)
        cell.font, cell.fill = hfont, hfill
    for i, row in enumerate(CQ_CONTACTS, 2):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    for col, wd in zip("ABCD", (9, 22, 42, 32)):
        ws.column_dimensions[col].width = wd

    ws = wb.create_sheet("Finance")
    ws["A1"] = "CQUIN value 2017/18 by provider (£000). CQUIN is 2.5% of contract value: 1.5% national indicators, " \
               "0.5% STP engagement and 0.5% risk reserve."
    heads = ["Provider", "Contract value 2017/18 (£m)", "National indicators (1.5%)", "STP engagement (0.5%)",
             "Risk reserve (0.5%)", "Total CQUIN (2.5%)"]
    for j, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=j, value=h)
        cell.font, cell.fill = hfont, hfill
    fin = [("Selcombe General Hospitals NHS Trust (SGH)", 296.6, 4449, 1483, 1483, 7415),
           ("Thrandale & Wexley Hospitals NHS FT (TWH)", 262.0, 3930, 1310, 1310, 6550),
           ("Dunwarren Partnership NHS FT (DPFT)", 75.9, 1138, 380, 380, 1898),
           ("Total", 634.5, 9517, 3173, 3173, 15863)]
    for i, row in enumerate(fin, 4):
        for j, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=j, value=v)
            if j > 2:
                cell.number_format = "#,##0"
            if row[0] == "Total":
                cell.font = bold
    ws.column_dimensions["A"].width = 44
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    props = wb.properties
    props.creator, props.title = "Emma Cartwright", "CQUIN 2017-19 schedule and tracker"
    props.lastModifiedBy = "Emma Cartwright"
    props.created = props.modified = datetime(2017, 3, 10, 9, 0, 0)
    wb.save(str(path))


# ======================================================================================================================
# 06 STP Core Brief (plain text)
# ======================================================================================================================
CORE_BRIEF = """SELCOMBE & THRANDALE SUSTAINABILITY AND TRANSFORMATION PLAN
CORE BRIEF - Issue 7 - 16 March 2017

For managers to cascade to all staff by Friday 24 March 2017.
Questions and feedback to the STP Communications Team by 31 March 2017.

------------------------------------------------------------------------
1. STP NEWS
------------------------------------------------------------------------

Your health, your say. Two public events on the STP will be held in
April: Tuesday 4 April 2017 at Selcombe Guildhall and Thursday 20 April
2017 at Wexley Corn Exchange, both 6pm to 8pm. Staff are welcome.

Healthy Lives. The STP Programme Board approved the Healthy Lives
Prevention Plan on 14 December 2016. Smokefree hospital grounds start at
every SGH and TWH site on schedule by the end of March.

Flu 2017/18. The Board agreed the seasonal flu plan on 23 February 2017.
The public campaign launches on 2 October 2017 and every trust is aiming
for 70% of front-line staff vaccinated.

------------------------------------------------------------------------
2. MEDICINES OPTIMISATION: CHANGES TO THE DELIVERY PLAN
------------------------------------------------------------------------

The Medicines Optimisation Programme Board met on 15 March 2017 and
agreed two changes to the Delivery Plan (version 1.0, 18 November 2016).
These changes supersede the plan.

  * MO3 Biosimilars: the etanercept switch will now be complete by
    30 June 2017 (was end of March 2017). The homecare provider
    needs three more months to move patients. The rituximab date
    is unchanged.

  * MO4 Care home medicines: from 1 April 2017 the lead is Bethany
    Crowhurst, Care Homes Pharmacy Lead, NHS Selcombe CCG. She replaces
    Ailsa Mountford (AM), who leaves Dunwarren Partnership NHS FT on
    31 March 2017. AM's other scheme, MO9 Wound care, passes to
    Sanjay Fairlie from the same date.

------------------------------------------------------------------------
3. PEOPLE
------------------------------------------------------------------------

  Gideon Marwood, Director of Finance at Thrandale & Wexley Hospitals
  NHS FT, is the STP Finance Lead and chairs the STP Finance & Investment
  Group.

  Nadine Oyelaran-Brooks, STP Workforce Lead, has led Healthy Lives
  programme HL6 (Staff Health & Wellbeing) since 1 March 2017.

  Marisa Pengelly joined as STP Communications Lead in January 2017.

------------------------------------------------------------------------
4. DATES FOR YOUR DIARY
------------------------------------------------------------------------

  Date               Event                                   Where
  Tue 4 Apr 2017     Your health, your say (public event)    Selcombe Guildhall
  Wed 19 Apr 2017    Medicines Optimisation Programme Board  TWH Education Centre
  Thu 20 Apr 2017    Your health, your say (public event)    Wexley Corn Exchange
  Wed 26 Apr 2017    STP Programme Board                     Selcombe Guildhall

------------------------------------------------------------------------
Core Brief is issued monthly by the STP Communications Team. Issue 8 will
follow on 13 April 2017.
"""


# ======================================================================================================================
FIXED = {F_CA: (2017, 1, 20, 9, 0, 0), F_FLU: (2017, 2, 23, 9, 0, 0), F_CQ: (2017, 3, 10, 9, 0, 0)}


def fix_zip(path: Path, when) -> None:
    """Rewrite an Office file's zip: sorted-as-written entries, one fixed entry time, pinned core dates."""
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
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    mo_plan(OUT / F_MO)
    healthy_lives(OUT / F_HL)
    carers(OUT / F_CA)
    flu(OUT / F_FLU)
    cquin(OUT / F_CQ)
    (OUT / F_CB).write_text(CORE_BRIEF)
    for name, when in FIXED.items():
        fix_zip(OUT / name, when)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
