"""Write the Quenbury & Fellingham STP papers (forty-third imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, dated 14 December 2016 to 8 March 2017:
  01 Annex D, delivery roadmap (PDF, reportlab canvas, A4 portrait): a VERTICAL SPINE TIMELINE, milestones in date
     order down a central line, boxes alternating left and right of it; the date on the spine is only "3 Apr",
     "Sep", "Jan-Mar", "Winter 17/18", and the YEAR only in a round marker on the spine where it changes; then a
     finance page whose gap bridge is a drawn WATERFALL CHART (figures only as labels over the bars) and a bar list
     of programme savings;
  02 SRO letters of appointment, as issued (Word): a MAIL-MERGE BUNDLE of seven letters, one per page, each SRO named
     only in the address block (the salutation is a first name), the programme only in the subject line, the
     accountable milestones as an (a)-(e) list, a reply slip; letter 7 supersedes letter 3 (a new SRO from a date);
  03 must-do crosswalk (Excel): ONE SHEET PER MUST-DO (MD1..MD9), each listing the initiatives that lead or contribute,
     with a local measure, target and date; a gap sheet and a no-lead sheet say so in a note;
  04 comparison report (plain text): a document-compare WORD DIFF of Delivery Plan v1.2 against v1.3 with [-deleted-]
     and {+inserted+} markers in hunks keyed by section (a new SRO, a moved and a brought-forward date, a replaced
     lead, a filled "to be confirmed", an initiative added and one withdrawn, a changed meeting rule);
  05 PMO tracker export (Excel): due dates in a PMO tool's ODD FORMATS (yyyymmdd numbers, ISO weeks "2017-W49", NHS
     financial periods "P07 17/18", "FY17/18 Q1", "FY17/18 H1"), explained only on a Date key sheet, and a BOW-TIE RISK
     LOG (cause / risk event / consequence / preventive and recovery barriers, scores written "C4 x L3 = 12" before
     barriers, after barriers and target);
  06 Delivery Group update (PowerPoint): a dashboard table with text PROGRESS BARS of block characters, and a
     NOW / NEXT / LATER roadmap whose cards are free text boxes stored in programme order, so an item's horizon is only
     the column it sits in (the horizons defined in a footnote); a changes slide (an interim lead from a date).

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
NAVY = colors.HexColor("#14365D")
TEAL = colors.HexColor("#1B7F79")

PROGRAMMES = {
    "PH": ("Prevention & Healthy Lives", "#7A9A01"),
    "NC": ("Neighbourhood Care", "#1B7F79"),
    "UC": ("Urgent Care", "#B3261E"),
    "PS": ("Planned & Specialist Care", "#3A5DAE"),
    "MH": ("Mental Health & Wellbeing", "#6B3FA0"),
    "HS": ("Hospital Sustainability", "#5A5A5A"),
}

# ---------------------------------------------------------------------------------------------------------------
# 01 Delivery roadmap (PDF): vertical spine timeline, year only in the spine markers
# ---------------------------------------------------------------------------------------------------------------
# ("year", "2017") starts a year on the spine; events are (spine label, code, programme, milestone, lead)
ROADMAP = [
    ("year", "2016"),
    ("1 Dec", "ALL", None, "SRO appointments for the six programmes take effect", "Issued by the Partnership Board"),
    ("year", "2017"),
    ("Jan", "PS1", "PS", "MSK triage and treatment service live across the footprint", "Rhodri Bevan"),
    ("Feb", "HS1", "HS", "Shared pathology network: outline business case to both trust boards", "Vikram Choudhury"),
    ("Jan\u2013Mar", "UC3", "UC", "Discharge to assess live at St Wilfrith's and Fellingham General", "Helen Marchetti"),
    ("Mar", "HS3", "HS", "Elective orthopaedic hub at Rothby: business case to the Partnership Board", "Andrew Kittow"),
    ("1 Apr", "UC1", "UC", "Integrated urgent care clinical hub (NHS 111 and out of hours) live", "Gareth Lund"),
    ("3 Apr", "NC1", "NC", "First four neighbourhood care teams live", "Dr Rehana Qadir"),
    ("Apr", "PH2", "PH", "First referrals to the NHS Diabetes Prevention Programme", "Maureen Ojukwu"),
    ("30 Jun", "PH1", "PH", "Alcohol care teams in place at St Wilfrith's and Fellingham General", "Dr Alasdair Crombie"),
    ("Apr\u2013Sep", "PH3", "PH", "Smoke-free pregnancy pathway live in both maternity units", "Carys Pendleton"),
    ("Jul\u2013Sep", "PS3", "PS", "Ophthalmology shared care with community optometrists live", "Priyanka Desai"),
    ("Sep", "NC4", "NC", "Community pharmacy minor ailments scheme live", "Kwame Asante"),
    ("Sep", "PS2", "PS", "Rapid diagnostic centre for suspected cancer opens at St Wilfrith's", "Dr Tamsin Okeke"),
    ("30 Sep", "UC4", "UC", "Ambulance hear & treat and see & treat extended to all hours", "Conor Whitlow"),
    ("1 Oct", "NC2", "NC", "Quenbury extended access hub opens, 8am to 8pm seven days a week", "Owain Treharne"),
    ("Oct", "UC2", "UC", "Ashby Lane Urgent Treatment Centre opens", "Dr Fiona Lambeth"),
    ("Oct\u2013Dec", "NC3", "NC", "Every care home aligned to a named general practice", "Jocelyn Maddox"),
    ("Winter 17/18", "MH2", "MH", "Fellingham crisis caf\u00e9 opens", "Shona McAteer"),
    ("year", "2018"),
    ("Mar", "NC1", "NC", "All eleven neighbourhood care teams live", "Dr Rehana Qadir"),
    ("31 Mar", "MH1", "MH", "Core 24 liaison psychiatry service at St Wilfrith's", "Dr Emeka Nwosu"),
    ("Apr", "HS2", "HS", "Shared payroll and back-office service go-live", "Eleanor Fairbairn"),
    ("Apr 18\u2013Mar 19", "HS1", "HS", "Shared pathology network live", "Vikram Choudhury"),
    ("year", "2019"),
    ("Mar", "NC2", "NC", "Extended access for the whole population", "Owain Treharne"),
    ("31 Mar", "MH3", "MH", "IAPT access rate of 19% reached", "Dr Leonie Varga"),
]
UNSCHEDULED = ("PS4", "PS", "Stroke services review: public consultation on hyper-acute stroke units",
               "time frame as yet unknown", "Mr Ivo Szymanski")
WATERFALL = [("Do-nothing gap", "2020/21", 162.4, "gap"), ("Provider", "efficiencies (CIP)", -58.0, "step"),
             ("Programme", "savings", -71.3, "step"), ("Sustainability &", "transformation fund", -21.6, "step"),
             ("Residual gap", "2020/21", 11.5, "gap")]
PROGRAMME_SAVINGS = [("NC", 18.2), ("HS", 17.7), ("UC", 14.6), ("PS", 12.9), ("MH", 4.8), ("PH", 3.1)]


def roadmap_pdf(path: Path) -> int:
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Quenbury & Fellingham STP - Annex D: Delivery roadmap 2016-2019 (Delivery Plan v1.2)")
    c.setAuthor("STP Programme Office")
    c.setSubject("Delivery Plan v1.2, approved 14 December 2016")
    spine = W / 2
    page = [1]

    def frame(first: bool) -> float:
        c.setFillColor(NAVY)
        c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 13)
        c.drawString(36, H - 28, "Annex D: Delivery roadmap 2016\u20132019")
        c.setFont("DV", 8)
        c.drawRightString(W - 36, H - 28, "Quenbury & Fellingham STP \u00b7 Delivery Plan v1.2")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7)
        c.drawString(36, 22, "Approved by the STP Delivery Group, 14 December 2016")
        c.drawRightString(W - 36, 22, f"Page {page[0]}")
        return H - 62

    def spine_line(top: float, bottom: float) -> None:
        c.setStrokeColor(colors.HexColor("#9AA5B1"))
        c.setLineWidth(3)
        c.line(spine, top, spine, bottom)
        c.setLineWidth(0.6)

    y = frame(True)
    c.setFillColor(colors.black)
    intro = [
        ("DV", "Annex D to the Quenbury & Fellingham STP Delivery Plan, version 1.2, approved by the STP Delivery Group "
               "on 14 December 2016. The plan serves a registered population of 874,300 people in three places: "
               "Quenbury, Fellingham & Rothby and the Marl Valley."),
        ("DV", "How to read the roadmap: milestones run down the page in date order. The year is shown only in the "
               "round marker on the spine where it changes; each box names the initiative, its programme and its lead."),
        ("DV", "Programmes: PH Prevention & Healthy Lives \u00b7 NC Neighbourhood Care \u00b7 UC Urgent Care \u00b7 "
               "PS Planned & Specialist Care \u00b7 MH Mental Health & Wellbeing \u00b7 HS Hospital Sustainability."),
        ("DV", "Enabler leads: Digital \u2013 Yasmin Farrukh, Chief Information Officer, QUH; Workforce \u2013 Tobias "
               "Wren, Director of Workforce, FMVH; Estates \u2013 to be confirmed."),
    ]
    for font, text in intro:
        c.setFont(font, 8.5)
        for line in simpleSplit(text, font, 8.5, W - 72):
            c.drawString(36, y, line)
            y -= 11.5
        y -= 4
    y -= 6
    seg_top = y
    side = 0
    box_w = 212
    for item in ROADMAP:
        if item[0] == "year":
            need = 44
        else:
            label, code, prog, text, lead = item
            lines = simpleSplit(text, "DV", 8.5, box_w - 14)
            need = 30 + 11 * len(lines) + 8
        if y - need < 40:
            spine_line(seg_top, y + 6)
            c.showPage()
            page[0] += 1
            y = frame(False) - 8
            seg_top = y
        if item[0] == "year":
            spine_line(seg_top, y - 4)
            c.setFillColor(NAVY)
            c.circle(spine, y - 20, 18, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVB", 10)
            c.drawCentredString(spine, y - 23.5, item[1])
            y -= 44
            seg_top = y
            continue
        label, code, prog, text, lead = item
        lines = simpleSplit(text, "DV", 8.5, box_w - 14)
        bh = 16 + 11 * len(lines) + 12
        top = y
        mid = top - bh / 2
        # the date label on the spine (drawn first, so it reads before its box)
        spine_line(seg_top, top - bh - 6)
        seg_top = top - bh - 6
        lw = pdfmetrics.stringWidth(label, "DVB", 7.5) + 10
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.HexColor("#9AA5B1"))
        c.roundRect(spine - lw / 2, mid - 7, lw, 14, 4, stroke=1, fill=1)
        c.setFillColor(NAVY)
        c.setFont("DVB", 7.5)
        c.drawCentredString(spine, mid - 3, label)
        x0 = 38 if side == 0 else W - 38 - box_w
        colour = colors.HexColor(PROGRAMMES[prog][1]) if prog else NAVY
        c.setStrokeColor(colour)
        edge = x0 + box_w if side == 0 else x0
        c.line(edge, mid, spine - lw / 2 if side == 0 else spine + lw / 2, mid)
        c.setFillColor(colors.HexColor("#F7F8FA"))
        c.rect(x0, top - bh, box_w, bh, stroke=1, fill=1)
        c.setFillColor(colour)
        c.rect(x0, top - bh, 4, bh, stroke=0, fill=1)
        c.setFont("DVB", 8.5)
        head = f"{code} \u00b7 {PROGRAMMES[prog][0]}" if prog else "All programmes"
        c.drawString(x0 + 9, top - 12, head)
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5)
        ty = top - 24
        for ln in lines:
            c.drawString(x0 + 9, ty, ln)
            ty -= 11
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(x0 + 9, ty - 1, lead if lead.startswith("Issued") else f"Lead: {lead}")
        y = top - bh - 10
        side = 1 - side
    spine_line(seg_top, y + 4)
    # not yet scheduled
    code, prog, text, when, lead = UNSCHEDULED
    if y - 70 < 40:
        c.showPage()
        page[0] += 1
        y = frame(False) - 8
    y -= 8
    c.setStrokeColor(colors.HexColor(PROGRAMMES[prog][1]))
    c.setDash(3, 2)
    c.rect(38, y - 52, W - 76, 52, stroke=1, fill=0)
    c.setDash()
    c.setFillColor(NAVY)
    c.setFont("DVB", 8.5)
    c.drawString(46, y - 13, "Not yet on the spine")
    c.setFillColor(colors.black)
    c.setFont("DV", 8.5)
    c.drawString(46, y - 26, f"{code} \u00b7 {PROGRAMMES[prog][0]}: {text}")
    c.drawString(46, y - 38, f"Timing: {when}. Lead: {lead}")
    c.showPage()
    page[0] += 1

    # finance page: waterfall and savings bars
    y = frame(False)
    c.setFillColor(colors.black)
    c.setFont("DVB", 11)
    c.drawString(36, y - 6, "Closing the gap in 2020/21 (\u00a3m)")
    c.setFont("DV", 8)
    c.drawString(36, y - 20, "Bracketed figures reduce the gap. All figures in \u00a3 million, 2020/21 prices.")
    base_y, scale = y - 330, 1.6
    x = 60
    running = 0.0
    c.setStrokeColor(colors.HexColor("#888888"))
    c.line(48, base_y, W - 48, base_y)
    for top_label, bottom_label, value, kind in WATERFALL:
        if kind == "gap":
            lo, hi = 0.0, value
            running = value
            fill = "#B3261E" if value > 50 else "#E0A100"
            shown = f"{value:.1f}"
        else:
            lo, hi = running + value, running
            running += value
            fill = "#1B7F79"
            shown = f"({-value:.1f})"
        c.setFillColor(colors.HexColor(fill))
        c.rect(x, base_y + lo * scale, 70, (hi - lo) * scale, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 9)
        c.drawCentredString(x + 35, base_y + hi * scale + 5, shown)
        c.setFont("DV", 7.5)
        c.drawCentredString(x + 35, base_y - 12, top_label)
        c.drawCentredString(x + 35, base_y - 22, bottom_label)
        x += 98
    y2 = base_y - 60
    c.setFont("DVB", 11)
    c.drawString(36, y2, "Programme savings in 2020/21 (\u00a3m), largest first")
    y2 -= 22
    for prog, value in PROGRAMME_SAVINGS:
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5)
        c.drawRightString(200, y2, PROGRAMMES[prog][0])
        c.setFillColor(colors.HexColor(PROGRAMMES[prog][1]))
        c.rect(208, y2 - 2, value * 14, 10, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.drawString(214 + value * 14, y2, f"{value:.1f}")
        y2 -= 18
    c.setFont("DV", 7.5)
    c.drawString(36, y2 - 8, "Programme savings total 71.3. Source: STP Finance Group, 9 December 2016.")
    c.showPage()
    c.save()
    return page[0]


# ---------------------------------------------------------------------------------------------------------------
# 02 SRO letters of appointment (Word mail-merge bundle)
# ---------------------------------------------------------------------------------------------------------------
BOARD_LINE = ("You will be accountable to the STP Partnership Board, which meets on the first Thursday of each month, "
              "and will report monthly to the STP Delivery Group, which is chaired by Harriet Tolland, STP Programme "
              "Director, and meets on the second Wednesday of each month.")
LETTERS = [
    dict(ref="QF/SRO/01", date="25 November 2016",
         address=["Dr Nkechi Ameobi", "Director of Public Health", "Fellingshire County Council", "County Hall",
                  "Mercer Street", "Fellingham FL1 2HB"],
         dear="Nkechi", programme="Prevention & Healthy Lives programme (PH)", start="1 December 2016",
         clinical="Dr Alasdair Crombie will act as clinical lead for the programme.",
         milestones=["first referrals to the NHS Diabetes Prevention Programme (PH2): April 2017;",
                     "alcohol care teams in place at both acute hospitals (PH1): 30 June 2017;",
                     "smoke-free pregnancy pathway live in both maternity units (PH3): by September 2017."]),
    dict(ref="QF/SRO/02", date="25 November 2016",
         address=["Lorna Hebblethwaite", "Accountable Officer", "Marl Valley Clinical Commissioning Group",
                  "Brook House", "Station Approach", "Marlbridge MV4 9DD"],
         dear="Lorna", programme="Neighbourhood Care programme (NC)", start="1 December 2016",
         clinical="Dr Rehana Qadir will act as clinical lead for the programme.",
         milestones=["first four neighbourhood care teams live (NC1): 3 April 2017;",
                     "community pharmacy minor ailments scheme live (NC4): September 2017;",
                     "Quenbury extended access hub open (NC2): 1 October 2017;",
                     "every care home aligned to a named general practice (NC3): Q3 2017/18;",
                     "all eleven neighbourhood care teams live (NC1): March 2018;",
                     "extended access for the whole population (NC2): March 2019."]),
    dict(ref="QF/SRO/03", date="25 November 2016",
         address=["Patrick Okorafor", "Chief Operating Officer", "Fellingham & Marl Valley Hospitals NHS Trust",
                  "Fellingham General Hospital", "Hollin Road", "Fellingham FL2 7QA"],
         dear="Patrick", programme="Urgent Care programme (UC)", start="1 December 2016",
         clinical="Dr Fiona Lambeth will act as clinical lead for the programme.",
         milestones=["discharge to assess live at both acute hospitals (UC3): Q4 2016/17;",
                     "integrated urgent care clinical hub live (UC1): 1 April 2017;",
                     "ambulance hear & treat and see & treat extended (UC4): 30 September 2017;",
                     "Ashby Lane Urgent Treatment Centre opens (UC2): October 2017."]),
    dict(ref="QF/SRO/04", date="25 November 2016",
         address=["Mr Ivo Szymanski", "Medical Director", "Quenbury University Hospitals NHS Foundation Trust",
                  "St Wilfrith's Hospital", "Abbey Road", "Quenbury QB3 8LW"],
         dear="Ivo", programme="Planned & Specialist Care programme (PS)", start="1 December 2016",
         clinical="Dr Tamsin Okeke will act as clinical lead for the programme.",
         milestones=["MSK triage and treatment service live (PS1): January 2017;",
                     "ophthalmology shared care live (PS3): Q2 2017/18;",
                     "rapid diagnostic centre for suspected cancer opens (PS2): September 2017;",
                     "public consultation on stroke services (PS4): time frame as yet unknown."]),
    dict(ref="QF/SRO/05", date="25 November 2016",
         address=["Bernadette Quayle", "Chief Executive", "Quenfell Partnership NHS Foundation Trust",
                  "Lantern House", "Gallows Hill", "Quenbury QB7 1RS"],
         dear="Bernadette", programme="Mental Health & Wellbeing programme (MH)", start="1 December 2016",
         clinical="Dr Emeka Nwosu will act as clinical lead for the programme.",
         milestones=["Fellingham crisis caf\u00e9 opens (MH2): Winter 2017/18;",
                     "Core 24 liaison psychiatry at St Wilfrith's (MH1): 31 March 2018;",
                     "IAPT access rate of 19% (MH3): by 31 March 2019."]),
    dict(ref="QF/SRO/06", date="25 November 2016",
         address=["Colm Ridgeway", "Director of Finance", "Quenbury University Hospitals NHS Foundation Trust",
                  "St Wilfrith's Hospital", "Abbey Road", "Quenbury QB3 8LW"],
         dear="Colm", programme="Hospital Sustainability programme (HS)", start="1 December 2016",
         clinical="A clinical lead for this programme has not yet been identified; the Medical Directors of the two "
                  "acute trusts will propose one in the new year.",
         milestones=["shared pathology network outline business case (HS1): February 2017;",
                     "elective orthopaedic hub at Rothby, business case to the Partnership Board (HS3): March 2017;",
                     "shared payroll and back-office service go-live (HS2): April 2018;",
                     "shared pathology network live (HS1): during 2018/19."]),
    dict(ref="QF/SRO/07", date="20 January 2017",
         address=["Sunita Gillespie", "Chief Operating Officer (designate)",
                  "Fellingham & Marl Valley Hospitals NHS Trust", "Fellingham General Hospital", "Hollin Road",
                  "Fellingham FL2 7QA"],
         dear="Sunita", programme="Urgent Care programme (UC)", start="1 February 2017",
         before="Patrick Okorafor leaves the Trust on 31 January 2017. This letter supersedes letter QF/SRO/03 of "
                "25 November 2016.",
         clinical="Dr Fiona Lambeth continues as clinical lead for the programme.",
         milestones=["discharge to assess live at both acute hospitals (UC3): Q4 2016/17;",
                     "integrated urgent care clinical hub live (UC1): 1 April 2017;",
                     "ambulance hear & treat and see & treat extended (UC4): 30 September 2017;",
                     "Ashby Lane Urgent Treatment Centre opens (UC2): December 2017. The STP Delivery Group agreed "
                     "on 11 January 2017 to move the opening from October 2017; version 1.3 of the Delivery Plan "
                     "will show the new date."],
         reply="3 February 2017"),
]


def letters_docx(path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)

    def para(text="", bold=False, align=None, size=None, colour=None, after=None):
        p = doc.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if colour:
                r.font.color.rgb = RGBColor.from_string(colour)
        if align:
            p.alignment = align
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    para("Quenbury & Fellingham STP Partnership Board", bold=True, size=16, colour="14365D")
    para("Meeting of 2 February 2017 \u2013 Item 6b", size=12)
    para("SRO letters of appointment, as issued", bold=True, size=14)
    para("Compiled by the STP Programme Office on 26 January 2017 for information. The letters follow in the order "
         "of their references. Letters QF/SRO/01 to QF/SRO/06 were issued on 25 November 2016. Letter QF/SRO/07 was "
         "issued on 20 January 2017 and supersedes QF/SRO/03.")
    para("Personal details have been removed from the reply slips. The letters are reproduced as sent.")
    for L in LETTERS:
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        para("Quenbury & Fellingham Sustainability and Transformation Partnership", bold=True, size=12,
             colour="14365D", align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        para("STP Programme Office \u00b7 Level 2, Carrick House, 14 Minster Row, Quenbury QB1 4TZ", size=8.5,
             align=WD_ALIGN_PARAGRAPH.RIGHT, after=18)
        para(f"Our ref: {L['ref']}", after=0)
        para(L["date"], after=14)
        para("PRIVATE AND CONFIDENTIAL \u2013 ADDRESSEE ONLY", bold=True, size=9, after=2)
        addr = doc.add_paragraph()
        for i, line in enumerate(L["address"]):
            run = addr.add_run(line)
            if i < len(L["address"]) - 1:
                run.add_break()
        addr.paragraph_format.space_after = Pt(14)
        para(f"Dear {L['dear']}")
        para(f"Senior Responsible Owner: {L['programme']}", bold=True)
        opening = ("I am delighted to confirm, on behalf of the STP Partnership Board, your appointment as Senior "
                   f"Responsible Owner (SRO) for the {L['programme'].rsplit(' (', 1)[0]}, with effect from {L['start']}.")
        if L.get("before"):
            opening += " " + L["before"]
        para(opening + " " + L["clinical"])
        para("As SRO you are accountable to the Partnership Board for delivering the programme, including these "
             "milestones from the Delivery Plan:")
        for letter, m in zip("abcdefgh", L["milestones"]):
            p = para(f"({letter})\u00a0{m}", after=2)
            p.paragraph_format.left_indent = Cm(1.0)
        para("", after=2)
        para(BOARD_LINE)
        para("Please confirm that you accept this appointment by returning the reply slip below to the Programme "
             f"Office by {L.get('reply', '9 December 2016')}.")
        para("Yours sincerely", after=26)
        para("Professor Rosalind Achterberg", bold=True, after=0)
        para("Independent Chair, Quenbury & Fellingham STP Partnership Board", after=10)
        cc = "cc: Dermot Kilbane, STP Lead and Chief Executive, Quenbury University Hospitals NHS Foundation Trust"
        if L["ref"] == "QF/SRO/07":
            cc += "; Patrick Okorafor"
        para(cc, size=9)
        para("\u2702 - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", size=9,
             colour="888888")
        para(f"REPLY SLIP ({L['ref']}): I accept appointment as Senior Responsible Owner for the "
             f"{L['programme']}. Signed ............................  Date ..............", size=9)
    cp = doc.core_properties
    cp.author = "STP Programme Office"
    cp.title = "SRO letters of appointment, as issued"
    cp.created = cp.modified = datetime(2017, 1, 26, 10, 0, 0)
    cp.last_modified_by = "STP Programme Office"
    cp.revision = 1
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 03 Must-do crosswalk (Excel): one sheet per must-do
# ---------------------------------------------------------------------------------------------------------------
HEAD_FILL = PatternFill("solid", fgColor="14365D")
BAND_FILL = PatternFill("solid", fgColor="DCE6F0")
THIN = Side(style="thin", color="A0A0A0")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MUSTDOS = {
    1: ("STPs", "Implement agreed STP milestones so that the footprint is on track to deliver its plan.",
        [("All programmes", "PH, NC, UC, PS, MH, HS", "Leads", "STP milestones delivered on time", "All", "March 2019")],
        "Every programme in this plan serves must-do 1."),
    2: ("Finance", "Deliver individual organisational and system control totals; achieve financial balance.",
        [("HS1 Shared pathology network", "Hospital Sustainability", "Leads", "Cost per pathology test", "-12%",
          "2019/20"),
         ("HS2 Shared payroll and back office", "Hospital Sustainability", "Leads",
          "Corporate cost as a share of turnover", "6.5%", "March 2019"),
         ("UC3 Discharge to assess", "Urgent Care", "Contributes", "Excess bed days", "-20%", "March 2018"),
         ("PS1 MSK triage and treatment", "Planned & Specialist Care", "Contributes",
          "Orthopaedic referrals to hospital", "-15%", "March 2018")], ""),
    3: ("Primary care", "Ensure the sustainability of general practice and extend access to evenings and weekends.",
        [("NC2 Extended access hubs", "Neighbourhood Care", "Leads",
          "Population with 8am to 8pm access seven days a week", "100%", "March 2019"),
         ("NC1 Neighbourhood care teams", "Neighbourhood Care", "Contributes",
          "Practices working in a neighbourhood team", "100%", "March 2018"),
         ("NC4 Community pharmacy minor ailments", "Neighbourhood Care", "Contributes",
          "GP appointments released each year", "22,000", "March 2018")], ""),
    4: ("A&E and ambulance performance", "Deliver the four-hour A&E standard and the new ambulance response standards.",
        [("UC1 Integrated urgent care clinical hub", "Urgent Care", "Leads",
          "NHS 111 calls receiving clinical input", "30%", "March 2018"),
         ("UC2 Ashby Lane Urgent Treatment Centre", "Urgent Care", "Leads",
          "Four-hour A&E standard (footprint)", "95%", "March 2018"),
         ("UC3 Discharge to assess", "Urgent Care", "Contributes", "Beds occupied by delayed transfers", "3.5%",
          "March 2018"),
         ("UC4 Hear & treat and see & treat", "Urgent Care", "Contributes", "Ambulance conveyance rate", "55%",
          "March 2018"),
         ("NC3 Enhanced health in care homes", "Neighbourhood Care", "Contributes",
          "Emergency admissions from care homes", "-10%", "March 2018"),
         ("MH1 Core 24 liaison psychiatry", "Mental Health & Wellbeing", "Contributes",
          "Mental health patients in A&E over four hours", "0", "March 2018")], ""),
    5: ("Referral to treatment and elective care", "Deliver the 18-week referral to treatment standard.",
        [("PS1 MSK triage and treatment", "Planned & Specialist Care", "Leads",
          "Incomplete pathways within 18 weeks", "92%", "March 2018"),
         ("PS3 Ophthalmology shared care", "Planned & Specialist Care", "Leads",
          "Eye follow-ups moved to community optometrists", "40%", "March 2019"),
         ("HS3 Elective orthopaedic hub at Rothby", "Hospital Sustainability", "Contributes",
          "Elective orthopaedic cancellations on the day", "-50%", "March 2019")], ""),
    6: ("Cancer", "Deliver the 62-day cancer standard and make progress on the Cancer Taskforce report.",
        [("PS2 Rapid diagnostic centre", "Planned & Specialist Care", "Contributes",
          "Patients treated within 62 days of urgent referral", "85%", "March 2018"),
         ("PH3 Smoke-free pregnancy pathway", "Prevention & Healthy Lives", "Contributes",
          "Women smoking at time of delivery", "11%", "March 2019")],
        "No initiative in this plan leads on must-do 6. The Marches Cancer Alliance leads delivery of the cancer "
        "must-do for this footprint; the STP initiatives above contribute."),
    7: ("Mental health", "Deliver the Five Year Forward View for Mental Health commitments for 2017-19.",
        [("MH1 Core 24 liaison psychiatry", "Mental Health & Wellbeing", "Leads",
          "Acute hospital with Core 24 liaison service", "1 of 2", "March 2018"),
         ("MH2 Fellingham crisis caf\u00e9", "Mental Health & Wellbeing", "Leads",
          "Out-of-area placements for acute care", "0", "March 2019"),
         ("MH3 IAPT expansion", "Mental Health & Wellbeing", "Leads", "IAPT access rate", "19%", "March 2019"),
         ("UC1 Integrated urgent care clinical hub", "Urgent Care", "Contributes",
          "Crisis calls answered by a mental health clinician", "90%", "March 2018")], ""),
    8: ("People with learning disabilities", "Deliver Transforming Care Partnership plans; reduce inpatient beds.",
        [],
        "No initiative in this plan addresses must-do 8. It is delivered through the Quenbury & Fellingham "
        "Transforming Care Partnership plan, submitted separately."),
    9: ("Improving quality in organisations", "Implement plans to improve quality, including the Seven Day Services "
        "standards; no organisation in special measures.",
        [("NC3 Enhanced health in care homes", "Neighbourhood Care", "Leads",
          "Care home residents with a named GP", "100%", "March 2018"),
         ("UC3 Discharge to assess", "Urgent Care", "Contributes", "Patients assessed at home within 48 hours",
          "80%", "March 2018"),
         ("PH1 Alcohol care teams", "Prevention & Healthy Lives", "Contributes", "Alcohol-related admissions",
          "-8%", "March 2019")], ""),
}


def crosswalk_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    rows = [
        ["Quenbury & Fellingham STP: must-do crosswalk"],
        ["Version", "Draft for the STP Delivery Group, 9 January 2017"],
        ["Prepared by", "STP Programme Office"],
        ["How to use", "One sheet per national must-do (MD1 to MD9) of the 2017-19 planning guidance. Each sheet lists "
                       "the Delivery Plan v1.2 initiatives that serve that must-do."],
        ["Role", "Leads = the initiative is the main local delivery vehicle for the must-do. Contributes = the "
                 "initiative helps, but does not carry the trajectory on its own."],
        ["Measures", "Local measure, target and date are the trajectories in the operational plan submission."],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14, color="14365D")
    for r in range(2, 7):
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100
    for n, (topic, requirement, entries, note) in MUSTDOS.items():
        s = wb.create_sheet(f"MD{n}")
        s["A1"] = f"Must-do {n} of 9: {topic}"
        s["A1"].font = Font(bold=True, size=13, color="14365D")
        s["A2"] = f"National requirement: {requirement}"
        s["A2"].font = Font(italic=True, size=9)
        heads = ["Initiative", "Programme", "Role", "Local measure", "Target", "By"]
        for j, h in enumerate(heads, 1):
            cell = s.cell(4, j, h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = HEAD_FILL
            cell.border = BOX
        r = 5
        for e in entries:
            for j, v in enumerate(e, 1):
                cell = s.cell(r, j, v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if j == 3 and v == "Leads":
                    cell.font = Font(bold=True)
            r += 1
        if not entries:
            s.cell(r, 1, "None").border = BOX
            r += 1
        if note:
            s.cell(r + 1, 1, f"Note: {note}").font = Font(italic=True)
        leads = sum(1 for e in entries if e[2] == "Leads")
        s.cell(r + 3, 1, f"Coverage: {leads} leading, {len(entries) - leads} contributing").fill = BAND_FILL
        for col, w in zip("ABCDEF", (40, 26, 13, 44, 10, 12)):
            s.column_dimensions[col].width = w
    wb.properties.creator = "STP Programme Office"
    wb.properties.title = "Must-do crosswalk"
    wb.properties.created = wb.properties.modified = datetime(2017, 1, 9, 9, 0, 0)
    wb.properties.lastModifiedBy = "STP Programme Office"
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Comparison report (plain text): word diff of Delivery Plan v1.2 against v1.3
# ---------------------------------------------------------------------------------------------------------------
COMPARISON = """DOCUMENT COMPARISON REPORT
==========================
Original : QF STP Delivery Plan v1.2 (approved by the STP Delivery Group, 14 December 2016)
Revised  : QF STP Delivery Plan v1.3 (approved by the STP Delivery Group, 8 February 2017)
Compared : 10/02/2017 16:05, STP Programme Office
Settings : word level; moves not detected; formatting changes ignored

Key
  [-text-]   deleted from v1.2
  {+text+}   inserted in v1.3
  Lines starting "  " are unchanged context; lines starting "~ " hold a change.

Summary: 8 hunks; 9 deletions; 11 insertions; 1 initiative inserted (MH4);
1 initiative deleted (HS3). All other text is unchanged.
----------------------------------------------------------------------------

@@ Front sheet @@
~ Version [-1.2-]{+1.3+}, approved by the STP Delivery Group on [-14 December 2016-]{+8 February 2017+}

@@ 3.1 Leadership of the enablers @@
  Digital: Yasmin Farrukh, Chief Information Officer, QUH.
  Workforce: Tobias Wren, Director of Workforce, FMVH.
~ Estates: [-to be confirmed.-]{+Marcus Oyelaran, Director of Estates and Facilities, QUH, from 1 March 2017.+}

@@ 4.2 Neighbourhood Care (NC) @@
  NC3 Enhanced health in care homes. Milestone: every care home aligned to a
  named general practice, Q3 2017/18.
~ Lead: [-Jocelyn Maddox, Head of Care Home Commissioning, Marl Valley CCG-]{+Dr Imran Sattar, GP and clinical lead
  for care homes, Marl Valley CCG+}.

@@ 4.3 Urgent Care (UC) @@
~ Senior Responsible Owner: [-Patrick Okorafor, Chief Operating Officer, FMVH-]{+Sunita Gillespie, Chief Operating
  Officer, FMVH, from 1 February 2017+}. Clinical lead: Dr Fiona Lambeth.
  UC2 Ashby Lane Urgent Treatment Centre. Lead: Dr Fiona Lambeth.
~ Milestone: centre opens [-October 2017-]{+December 2017 (moved by the Delivery Group on 11 January 2017:
  the rota for the 24-hour service cannot be filled by October; see risk R01)+}.

@@ 4.4 Planned & Specialist Care (PS) @@
  PS2 Rapid diagnostic centre for suspected cancer at St Wilfrith's.
  Lead: Dr Tamsin Okeke.
~ Milestone: centre opens [-September 2017-]{+July 2017 (brought forward: the capital was released early
  by the Trust Board)+}.

@@ 4.5 Mental Health & Wellbeing (MH) @@
  MH3 IAPT expansion. Lead: Dr Leonie Varga. Milestone: access rate of 19%
  by 31 March 2019.
~ {+MH4 Perinatal mental health community team. Lead: Annika Holm, Service
  Manager, Quenfell Partnership NHS FT. Milestone: team operational in Q1
  2017/18 (funded from the national perinatal fund, wave 2).+}

@@ 4.6 Hospital Sustainability (HS) @@
~ [-HS3 Elective orthopaedic hub at Rothby Community Hospital. Lead: Andrew
  Kittow. Milestone: business case to the Partnership Board, March 2017.-]
~ {+HS3 has been withdrawn. Elective orthopaedic capacity will be looked at
  again within PS1 (MSK triage and treatment).+}

@@ 6.2 Governance: meetings @@
~ The STP Partnership Board meets on the [-first-]{+last+} Thursday of each month{+, from March 2017+}.
  The STP Delivery Group meets on the second Wednesday of each month.

----------------------------------------------------------------------------
End of report. 8 hunks. Report generated by the Programme Office compare tool.
"""


# ---------------------------------------------------------------------------------------------------------------
# 05 PMO tracker export (Excel): odd date formats, date key, bow-tie risk log
# ---------------------------------------------------------------------------------------------------------------
TRACKER = [
    # ID, programme, milestone, owner, baseline due (v1.2), current due, status, updated
    ("PH1", "PH", "Alcohol care teams in place at both acute hospitals", "Dr Alasdair Crombie", 20170630, 20170630,
     "On track", 20170224),
    ("PH2", "PH", "First referrals to the NHS Diabetes Prevention Programme", "Maureen Ojukwu", "2017-W14",
     "2017-W14", "On track", 20170227),
    ("PH3", "PH", "Smoke-free pregnancy pathway live in both maternity units", "Carys Pendleton", "FY17/18 H1",
     "FY17/18 H1", "On track", 20170220),
    ("NC1a", "NC", "First four neighbourhood care teams live", "Dr Rehana Qadir", 20170403, 20170403, "On track",
     20170301),
    ("NC1b", "NC", "All eleven neighbourhood care teams live", "Dr Rehana Qadir", "P12 17/18", "P12 17/18",
     "On track", 20170301),
    ("NC2a", "NC", "Quenbury extended access hub open", "Owain Treharne", 20171001, 20171001, "On track", 20170222),
    ("NC2b", "NC", "Extended access for the whole population", "Owain Treharne", "P12 18/19", "P12 18/19",
     "On track", 20170222),
    ("NC3", "NC", "Every care home aligned to a named general practice", "Dr Imran Sattar", "FY17/18 Q3",
     "FY17/18 Q3", "On track", 20170228),
    ("NC4", "NC", "Community pharmacy minor ailments scheme live", "Kwame Asante", "P06 17/18", "P06 17/18",
     "On track", 20170215),
    ("UC1", "UC", "Integrated urgent care clinical hub live", "Gareth Lund", 20170401, 20170401, "At risk", 20170302),
    ("UC2", "UC", "Ashby Lane Urgent Treatment Centre opens", "Dr Fiona Lambeth", "P07 17/18", "2017-W49",
     "Slipped", 20170208),
    ("UC3", "UC", "Discharge to assess live at both acute hospitals", "Helen Marchetti", "FY16/17 Q4", "P12 16/17",
     "On track", 20170228),
    ("UC4", "UC", "Ambulance hear & treat and see & treat extended", "Conor Whitlow", 20170930, 20170930,
     "On track", 20170210),
    ("PS1", "PS", "MSK triage and treatment service live", "Rhodri Bevan", "P10 16/17", 20170109, "Complete",
     20170113),
    ("PS2", "PS", "Rapid diagnostic centre for suspected cancer opens", "Dr Tamsin Okeke", "P06 17/18", "P04 17/18",
     "Brought forward", 20170208),
    ("PS3", "PS", "Ophthalmology shared care live", "Priyanka Desai", "FY17/18 Q2", "FY17/18 Q2", "On track",
     20170216),
    ("PS4", "PS", "Stroke services public consultation", "Mr Ivo Szymanski", "TBC", "TBC (time frame as yet unknown)",
     "Not started", 20170216),
    ("MH1", "MH", "Core 24 liaison psychiatry at St Wilfrith's", "Dr Emeka Nwosu", 20180331, 20180331, "On track",
     20170221),
    ("MH2", "MH", "Fellingham crisis caf\u00e9 opens", "Shona McAteer", "Winter 17/18", "Winter 17/18", "On track",
     20170221),
    ("MH3", "MH", "IAPT access rate of 19%", "Dr Leonie Varga", 20190331, 20190331, "On track", 20170221),
    ("MH4", "MH", "Perinatal mental health community team operational", "Annika Holm", "\u2013", "FY17/18 Q1",
     "New in v1.3", 20170209),
    ("HS1a", "HS", "Shared pathology network outline business case", "Vikram Choudhury", "P11 16/17", 20170223,
     "Complete", 20170224),
    ("HS1b", "HS", "Shared pathology network live", "Vikram Choudhury", "FY18/19", "FY18/19", "On track", 20170224),
    ("HS2", "HS", "Shared payroll and back-office service go-live", "Eleanor Fairbairn", "P01 18/19", "P01 18/19",
     "On track", 20170214),
]
DATE_KEY = [
    ("Format", "Meaning", "Example"),
    ("yyyymmdd", "A day, written as a number (year, month, day)", "20170401 = 1 April 2017"),
    ("yyyy-Www", "An ISO week; the milestone is due in the week beginning that Monday",
     "2017-W49 = week beginning Monday 4 December 2017"),
    ("Pnn yy/yy", "NHS financial period (month) nn of the financial year; P01 is April and P12 is March",
     "P07 17/18 = October 2017; P12 16/17 = March 2017"),
    ("FYyy/yy Qn", "Quarter n of the NHS financial year; Q1 is April to June", "FY17/18 Q3 = October to December 2017"),
    ("FYyy/yy Hn", "Half n of the NHS financial year; H1 is April to September", "FY17/18 H1 = April to September 2017"),
    ("FYyy/yy", "Some time in the NHS financial year", "FY18/19 = April 2018 to March 2019"),
    ("Season yy/yy", "As written in the Delivery Plan", "Winter 17/18"),
    ("TBC", "No date agreed", ""),
]
RISKS = [
    ("R01", "Middle-grade vacancy rate of 18% in both emergency departments; national shortage of emergency nurse "
            "practitioners",
     "Ashby Lane UTC cannot be staffed safely for a 24-hour service",
     "UC2 opening slips; four-hour A&E performance stays below 90%",
     "Joint recruitment campaign with North Marches Ambulance Service; rotational posts with St Wilfrith's ED",
     "Phased opening 8am to midnight; agency cover framework", "Sunita Gillespie",
     "C4 \u00d7 L4 = 16", "C4 \u00d7 L3 = 12", "C4 \u00d7 L2 = 8", 20171130, "UC2"),
    ("R02", "Provider cost improvement plans rely on non-recurrent savings",
     "The system misses its 2017/18 control total",
     "Loss of sustainability and transformation funding; regulatory intervention",
     "Monthly system finance report; PMO validation of every CIP scheme",
     "Recovery plan agreed by the Directors of Finance; contingency reserve", "Colm Ridgeway",
     "C5 \u00d7 L4 = 20", "C5 \u00d7 L3 = 15", "C5 \u00d7 L2 = 10", 20180331, "HS1, HS2"),
    ("R03", "Strong public attachment to the stroke unit at Fellingham General",
     "Legal challenge or referral to the Secretary of State over the stroke consultation",
     "PS4 delayed by twelve months or more",
     "Pre-consultation engagement; clinical senate review of the options",
     "Legal advice retained; evidence pack ready for an independent review", "Mr Ivo Szymanski",
     "C4 \u00d7 L3 = 12", "C4 \u00d7 L2 = 8", "C3 \u00d7 L2 = 6", "TBC", "PS4"),
    ("R04", "Three different GP clinical systems and no shared care record",
     "Neighbourhood care teams cannot see one record for a patient",
     "Duplicate assessments; NC1 benefits delayed",
     "Interoperability specification; system-wide information sharing agreement",
     "Read-only portal as an interim solution", "Yasmin Farrukh",
     "C3 \u00d7 L4 = 12", "C3 \u00d7 L3 = 9", "C3 \u00d7 L1 = 3", 20170930, "NC1, UC1"),
    ("R05", "Three care home closures in the Marl Valley during 2016",
     "The care home market in the Marl Valley fails",
     "Delayed transfers of care rise; NC3 cannot align homes to practices",
     "Fee review with Fellingshire County Council; provider support team",
     "Rapid in-reach by community nursing; mutual aid between the three places", "Lorna Hebblethwaite",
     "C4 \u00d7 L4 = 16", "C4 \u00d7 L3 = 12", "C4 \u00d7 L2 = 8", 20180331, "NC3, UC3"),
    ("R06", "Rising demand for acute mental health beds", "Out-of-area placements continue",
     "Poorer outcomes for patients; cost pressure of \u00a32.3m a year",
     "Crisis caf\u00e9 and home treatment expansion", "Spot purchase framework with local providers",
     "Bernadette Quayle", "C3 \u00d7 L3 = 9", "C3 \u00d7 L2 = 6", "C3 \u00d7 L1 = 3", 20180331, "MH2"),
]


def tracker_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    heads = ["ID", "Prog", "Milestone", "Owner", "Baseline due (v1.2)", "Current due", "Status", "Updated"]
    ws.append(heads)
    for row in TRACKER:
        ws.append(list(row))
    for j in range(1, len(heads) + 1):
        cell = ws.cell(1, j)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
    status_fill = {"At risk": "FFC000", "Slipped": "F8696B", "Complete": "63BE7B", "Brought forward": "C6E0B4",
                   "New in v1.3": "BDD7EE"}
    for r in range(2, len(TRACKER) + 2):
        st = ws.cell(r, 7).value
        if st in status_fill:
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=status_fill[st])
        for j in (5, 6, 8):
            ws.cell(r, j).alignment = Alignment(horizontal="left")
            if isinstance(ws.cell(r, j).value, int):
                ws.cell(r, j).number_format = "0"
    ws.auto_filter.ref = f"A1:H{len(TRACKER) + 1}"
    ws.freeze_panes = "A2"
    for col, w in zip("ABCDEFGH", (7, 6, 52, 22, 19, 30, 16, 11)):
        ws.column_dimensions[col].width = w
    r = len(TRACKER) + 3
    ws.cell(r, 1, "Exported from the PMO tool on 03/03/2017 09:12. Date formats: see the Date key sheet.")
    ws.cell(r + 1, 1, "Current due replaces Baseline due. Owners are as recorded on the day of export.")

    rl = wb.create_sheet("Risk log")
    rl["A1"] = "Bow-tie risk log: causes, risk event and consequences, with the barriers either side"
    rl["A1"].font = Font(bold=True, size=13, color="14365D")
    rl["A2"] = ("Scores are consequence (C) \u00d7 likelihood (L), each 1 to 5. Risks scoring 12 or more after "
                "barriers are reported to the Partnership Board. Target by is yyyymmdd, as on the Tracker.")
    rl["A2"].font = Font(italic=True, size=9)
    rheads = ["Ref", "Threat / cause", "Risk event (the knot)", "Consequence", "Preventive barriers",
              "Recovery barriers", "Risk owner", "Before barriers", "After barriers", "Target", "Target by",
              "Linked milestones"]
    for j, h in enumerate(rheads, 1):
        cell = rl.cell(4, j, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True)
    for i, risk in enumerate(RISKS):
        for j, v in enumerate(risk, 1):
            cell = rl.cell(5 + i, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
            cell.border = BOX
            if isinstance(v, int):
                cell.number_format = "0"
    for col, w in zip("ABCDEFGHIJKL", (6, 34, 30, 30, 34, 30, 18, 14, 14, 12, 11, 12)):
        rl.column_dimensions[col].width = w

    dk = wb.create_sheet("Date key")
    for row in DATE_KEY:
        dk.append(list(row))
    for j in range(1, 4):
        dk.cell(1, j).font = Font(bold=True)
    for col, w in zip("ABC", (14, 70, 44)):
        dk.column_dimensions[col].width = w
    wb.properties.creator = "PMO tool export"
    wb.properties.title = "QF STP milestone tracker"
    wb.properties.created = wb.properties.modified = datetime(2017, 3, 3, 9, 12, 0)
    wb.properties.lastModifiedBy = "STP Programme Office"
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Delivery Group update (PowerPoint): progress-bar dashboard, Now / Next / Later roadmap
# ---------------------------------------------------------------------------------------------------------------
DASHBOARD = [
    ("PH Prevention & Healthy Lives", "Dr Nkechi Ameobi", 3, "High", "\u2192 Steady", "Delivery Group 12/04/2017"),
    ("NC Neighbourhood Care", "Lorna Hebblethwaite", 4, "Medium", "\u2191 Improving",
     "Partnership Board 30/03/2017 (care home fee review)"),
    ("UC Urgent Care", "Sunita Gillespie", 2, "Low", "\u2193 Worsening",
     "Partnership Board 30/03/2017 (UTC workforce plan)"),
    ("PS Planned & Specialist Care", "Mr Ivo Szymanski", 5, "High", "\u2191 Improving", "Delivery Group 12/04/2017"),
    ("MH Mental Health & Wellbeing", "Bernadette Quayle", 3, "Medium", "\u2192 Steady",
     "Delivery Group 12/04/2017"),
    ("HS Hospital Sustainability", "Colm Ridgeway", 6, "Medium", "\u2192 Steady",
     "Partnership Board 30/03/2017 (pathology FBC scope)"),
]
# (programme, card text, horizon); stored in programme order, the horizon only decides the column
ROADMAP_CARDS = {
    "Community programmes (PH, NC, MH)": [
        ("PH", "PH1 Alcohol care teams", "NEXT"), ("PH", "PH2 Diabetes prevention referrals", "NEXT"),
        ("PH", "PH3 Smoke-free pregnancy pathway", "NEXT"), ("NC", "NC1 First four neighbourhood teams", "NEXT"),
        ("NC", "NC1 All eleven neighbourhood teams", "LATER"), ("NC", "NC2 Quenbury extended access hub", "LATER"),
        ("NC", "NC3 Care homes aligned to practices", "LATER"), ("NC", "NC4 Pharmacy minor ailments", "NEXT"),
        ("MH", "MH1 Core 24 liaison psychiatry", "LATER"), ("MH", "MH2 Fellingham crisis caf\u00e9", "LATER"),
        ("MH", "MH3 IAPT access 19%", "LATER"), ("MH", "MH4 Perinatal community team", "NEXT"),
    ],
    "Hospital programmes (UC, PS, HS)": [
        ("UC", "UC1 Integrated urgent care hub", "NEXT"), ("UC", "UC2 Ashby Lane UTC", "LATER"),
        ("UC", "UC3 Discharge to assess", "NOW"), ("UC", "UC4 Hear & treat / see & treat", "NEXT"),
        ("PS", "PS1 MSK triage \u2713 done", "NOW"), ("PS", "PS2 Rapid diagnostic centre", "NEXT"),
        ("PS", "PS3 Ophthalmology shared care", "NEXT"), ("HS", "HS1 Pathology OBC \u2713 done", "NOW"),
        ("HS", "HS1 Pathology network live", "LATER"), ("HS", "HS2 Shared payroll go-live", "LATER"),
    ],
}
HORIZONS = ["NOW", "NEXT", "LATER"]
FOOT = "Quenbury & Fellingham STP \u00b7 STP Delivery Group \u00b7 8 March 2017 \u00b7 Item 4"


def _rgb(hexstr: str) -> PRGB:
    return PRGB.from_string(hexstr.lstrip("#"))


def deck_pptx(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    def box(slide, x, y, w, h, text, size=12, bold=False, colour="000000", fill=None, align=None):
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        lines = text if isinstance(text, list) else [text]
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            for r in p.runs:
                r.font.size = PPt(size)
                r.font.bold = bold
                r.font.color.rgb = _rgb(colour)
            if align:
                p.alignment = align
        if fill:
            tb.fill.solid()
            tb.fill.fore_color.rgb = _rgb(fill)
        return tb

    def footer(slide, n):
        box(slide, 0.4, 7.0, 10.0, 0.35, FOOT, size=9, colour="666666")
        box(slide, 12.2, 7.0, 0.8, 0.35, str(n), size=9, colour="666666")

    s = prs.slides.add_slide(blank)
    box(s, 0.8, 2.2, 11.5, 1.0, "Programme delivery update", size=36, bold=True, colour="14365D")
    box(s, 0.8, 3.3, 11.5, 0.6, "Quenbury & Fellingham STP \u00b7 STP Delivery Group, 8 March 2017 \u00b7 Item 4",
        size=18, colour="333333")
    box(s, 0.8, 4.0, 11.5, 0.6, "Presented by Harriet Tolland, STP Programme Director. Position at 3 March 2017.",
        size=14, colour="333333")
    footer(s, 1)

    s = prs.slides.add_slide(blank)
    box(s, 0.4, 0.3, 12.5, 0.7, "Delivery dashboard \u2013 position at 3 March 2017", size=26, bold=True,
        colour="14365D")
    heads = ["Programme", "SRO", "Progress to plan", "Confidence", "Direction", "Next decision point"]
    tbl = s.shapes.add_table(len(DASHBOARD) + 1, len(heads), Inches(0.4), Inches(1.2), Inches(12.5),
                             Inches(4.6)).table
    for j, (h, w) in enumerate(zip(heads, (2.7, 2.0, 2.4, 1.3, 1.6, 2.5))):
        tbl.columns[j].width = Inches(w)
        tbl.cell(0, j).text = h
    for i, (prog, sro, tenths, conf, direction, nxt) in enumerate(DASHBOARD, 1):
        bar = "\u25b0" * tenths + "\u25b1" * (10 - tenths) + f" {tenths * 10}%"
        for j, v in enumerate((prog, sro, bar, conf, direction, nxt)):
            tbl.cell(i, j).text = v
    for row in tbl.rows:
        for cell in row.cells:
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(12)
    box(s, 0.4, 6.0, 12.5, 0.8, ["Progress to plan: share of the programme's 2016/17 to 2018/19 milestones met, in "
                                  "tenths (\u25b0 met, \u25b1 still to come). Confidence: the SRO's confidence of "
                                  "delivering the next milestone on time."], size=10, colour="444444")
    footer(s, 2)

    n = 3
    for title, cards in ROADMAP_CARDS.items():
        s = prs.slides.add_slide(blank)
        box(s, 0.4, 0.3, 12.5, 0.7, f"Roadmap: Now / Next / Later \u2013 {title}", size=24, bold=True,
            colour="14365D")
        col_x = {h: 0.5 + 4.2 * k for k, h in enumerate(HORIZONS)}
        for h in HORIZONS:
            box(s, col_x[h], 1.15, 3.9, 0.5, h, size=16, bold=True, colour="FFFFFF", fill="14365D")
        used = {h: 0 for h in HORIZONS}
        for prog, text, h in cards:
            y = 1.85 + used[h] * 0.62
            used[h] += 1
            box(s, col_x[h] + 0.1, y, 3.7, 0.5, text, size=12, colour="000000",
                fill={"PH": "E6EFC8", "NC": "D3ECEA", "MH": "E5DCF2", "UC": "F6D5D3", "PS": "D8E1F4",
                      "HS": "E4E4E4"}[prog])
        box(s, 0.4, 6.35, 12.5, 0.6,
            ["Now = to 31 March 2017 (Q4 16/17). Next = April to September 2017 (Q1\u2013Q2 17/18). "
             "Later = October 2017 onwards. Cards show each programme's milestones; a card sits in the column of "
             "its current due date in the PMO tracker of 3 March 2017."], size=10, colour="444444")
        footer(s, n)
        n += 1

    s = prs.slides.add_slide(blank)
    box(s, 0.4, 0.3, 12.5, 0.7, "Leadership changes and items for decision", size=26, bold=True, colour="14365D")
    box(s, 0.6, 1.3, 12.0, 5.2, [
        "Leadership changes",
        "\u2022 NC2 extended access: Owain Treharne leaves Quenbury CCG on 10 March 2017. Bryony Castell, Primary Care "
        "Commissioning Manager, Quenbury CCG, will be interim lead for NC2 from 13 March 2017 until a substantive "
        "appointment is made.",
        "\u2022 Estates enabler: Marcus Oyelaran started as lead on 1 March 2017, as set out in Delivery Plan v1.3.",
        "For decision at the Partnership Board on 30 March 2017",
        "\u2022 UC2 Ashby Lane UTC: approve the workforce plan, including a phased opening from 8am to midnight if the "
        "24-hour rota is not filled (risk R01).",
        "\u2022 HS1 shared pathology network: agree the scope of the full business case.",
        "For noting",
        "\u2022 UC1 integrated urgent care hub is rated At risk: the 1 April 2017 go-live is held, with the current "
        "out-of-hours contract extended for three months as contingency.",
    ], size=14)
    footer(s, n)

    cp = prs.core_properties
    cp.author = "STP Programme Office"
    cp.title = "Delivery Group update, 8 March 2017"
    cp.created = cp.modified = datetime(2017, 3, 6, 12, 0, 0)
    cp.last_modified_by = "STP Programme Office"
    cp.revision = 3
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, stamp: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % stamp
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", b"\\g<1>" + iso.encode(), d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


FILES = {
    "01_QF_STP_Annex_D_Delivery_Roadmap_v1.2_14Dec2016.pdf": (roadmap_pdf, None),
    "02_QF_STP_SRO_Appointment_Letters_as_issued_Jan2017.docx": (letters_docx, (2017, 1, 26, 10, 0, 0)),
    "03_QF_STP_Must-do_Crosswalk_09Jan2017.xlsx": (crosswalk_xlsx, (2017, 1, 9, 9, 0, 0)),
    "04_QF_STP_Delivery_Plan_v1.2_v1.3_Comparison_10Feb2017.txt": (None, None),
    "05_QF_STP_PMO_Tracker_and_Risk_Log_03Mar2017.xlsx": (tracker_xlsx, (2017, 3, 3, 9, 12, 0)),
    "06_QF_STP_Delivery_Group_Update_08Mar2017.pptx": (deck_pptx, (2017, 3, 6, 12, 0, 0)),
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for name, (writer, stamp) in FILES.items():
        p = OUT / name
        if writer is None:
            p.write_text(COMPARISON, encoding="utf-8")
        else:
            writer(p)
        if stamp:
            fix_zip(p, stamp)
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
