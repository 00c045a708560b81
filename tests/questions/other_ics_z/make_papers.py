"""Write the Carrowby & Emberdale Health and Care Partnership papers (twenty-sixth imaginary footprint) into papers/.

Six made-up papers of an STP moving towards integrated care system status (September 2018 to June 2019):
  01 driver diagram (PDF, A3 landscape, drawn on the canvas): an aim, six primary drivers (the programmes, SRO and
     clinical lead inside the box), secondary drivers, and change ideas with "Lead:" and "By:" lines, joined only by
     connector lines; the boxes are drawn layer by layer (every primary driver, then every secondary driver, then
     every change idea), so in the text a change idea is far from its programme; page 2 is a reading key;
  02 change control record (Word): three change request forms as shaded label/value tables with ballot-box
     glyphs for the type of change and the decision (a moved date, a new SRO, a deferred merger);
  03 alignment and investment workbook (Excel): the nine must-dos as column headings with the contributing
     programmes stacked underneath in ragged lists, "(lead)" marking the accountable one and the gap a note in
     the cell; investment and savings in £k (said only on the Read me sheet); places and populations;
  04 leadership summit programme (PDF): a conference running order with parallel workshop strands as columns
     (room names in the headings), plenary rows spanning all strands, speakers with their roles in the cells;
  05 public roadshow deck (PowerPoint): "Meet the team" captions under photo placeholders, a horizontal timeline
     whose dates sit on the axis and whose events sit in callouts above and below it (matched only by position),
     headline figures and a table of roadshow dates;
  06 handover note (plain text) from the outgoing Programme Director: an interim SRO from a date, dates and money
     in hard-wrapped bullets.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.util import Inches, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
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
FIXED = datetime(2019, 6, 20, 9, 0, 0)
HCP = "Carrowby & Emberdale Health and Care Partnership"

# ------------------------------------------------------------------------------------------------------------------
# 01 Driver diagram (PDF)
# ------------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    ("Home First", "Harriet Quennell-Adeyemi", "Dr Ambrose Fitzwarren",
     ["Fewer people in hospital beds who no longer need to be there", "Frailty recognised early, in the community"],
     [("Discharge to assess (D2A) on every adult ward", "Gideon Markham", "Q4 2018/19"),
      ("Frailty hub at Carrowby Community Hospital", "Sunniva Pelham", "w/c 7 Jan 2019"),
      ("Trusted assessor for care home admissions", "Gideon Markham", "Spring 2019")]),
    ("Same Day Urgent Care", "Jonas Tregarthen", "Dr Niamh Ostrowska",
     ["One front door for urgent care", "Clinical advice before anyone is conveyed"],
     [("Urgent treatment centre designation, Emberdale General", "Lorcan Whitby", "Dec 2018"),
      ("Clinical assessment service for NHS 111", "Dr Niamh Ostrowska", "01.10.2019"),
      ("Hear and treat with the ambulance service", "Anouk Pettifer", "Q3 2019/20")]),
    ("Planned Care & Outpatients", "Beatrix Olufemi-Hart", "Mr Cedric Vanstone",
     ["Only travel to hospital when it adds value", "Shorter waits for routine treatment"],
     [("Advice and guidance in every specialty", "Mr Cedric Vanstone", "31.03.2019"),
      ("Virtual follow-up clinics in ten specialties", "Tamsin Hollick", "end of 2019/20"),
      ("Community diagnostic hub at Whitlow Fen", "Tamsin Hollick", "tbc")]),
    ("Cancer", "Dr Leofric Anand", "Dr Marisol Penhaligon",
     ["Earlier diagnosis", "Living with and beyond cancer"],
     [("Rapid diagnostic centre for vague symptoms", "Dr Marisol Penhaligon", "Sept 2019"),
      ("Stratified follow-up for breast and colorectal patients", "Edwina Crabtree", "Q4 2019/20")]),
    ("Mental Health & Wellbeing", "Idris Cattermole", "Dr Yewande Shackleton",
     ["Crisis care close to home", "Physical health of people with severe mental illness"],
     [("24/7 crisis line open to all ages", "Dr Yewande Shackleton", "by April 2019"),
      ("Annual physical health checks for people with SMI", "Oluwaseun Pike", "Winter 2019/20")]),
    ("Primary Care Networks", "Dr Perdita Lomax-Eze", "Dr Barnaby Okoro-Hale",
     ["Practices working together at scale", "A wider team in general practice"],
     [("Extended access 8am to 8pm in every network", "Rhiannon Stacey", "1 Oct 2018"),
      ("Social prescribing link workers in every network", "Dr Barnaby Okoro-Hale", "Aug 2019")]),
]
ENABLERS = [("Digital", "Florian Gatehouse"), ("Workforce", "Marguerite Ashdown"), ("Estates", "Ptolemy Rusk")]


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def box(c, x, y, w, h, lines, fill, size=9, bold_first=False):
    """A rounded box with text lines (list of (text, font)); y is the box's bottom."""
    c.setFillColor(fill)
    c.setStrokeColor(colors.HexColor("#4A5A6A"))
    c.roundRect(x, y, w, h, 6, stroke=1, fill=1)
    c.setFillColor(colors.black)
    ty = y + h - size - 5
    for text, font in lines:
        for part in wrap(text, font, size, w - 12):
            c.setFont(font, size)
            c.drawString(x + 6, ty, part)
            ty -= size + 2


def driver_diagram(path: Path) -> None:
    W, H = landscape(A3)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("CEHCP driver diagram v1.3")
    c.setFont("DVB", 18)
    c.drawString(30, H - 40, f"{HCP}: driver diagram for our transformation programme")
    c.setFont("DV", 10)
    c.drawString(30, H - 58, "Version 1.3, approved by the Partnership Board on 27 September 2018")
    cols = {"aim": (30, 170), "pd": (225, 220), "sd": (480, 250), "ci": (770, 390)}
    for key, label in (("aim", "AIM"), ("pd", "PRIMARY DRIVERS (programmes)"), ("sd", "SECONDARY DRIVERS"),
                       ("ci", "CHANGE IDEAS")):
        c.setFont("DVB", 11)
        c.drawString(cols[key][0], H - 85, label)
    top, bottom = H - 100, 95
    band = (top - bottom) / len(PROGRAMMES)
    positions = []
    # layer 1: the aim
    ax, aw = cols["aim"]
    box(c, ax, bottom + 2 * band, aw, 2 * band - 10,
        [("By the end of 2020/21 we will add two years of healthy life for our 602,000 people and close the "
          "£118m gap between what we spend and what we receive.", "DVB")], colors.HexColor("#FCE4D6"), size=11)
    # layer 2: every primary driver
    for i, (name, sro, cl, _sd, _ci) in enumerate(PROGRAMMES):
        y = top - (i + 1) * band + 8
        px, pw = cols["pd"]
        box(c, px, y, pw, band - 16, [(name, "DVB"), (f"SRO: {sro}", "DV"), (f"Clinical lead: {cl}", "DV")],
            colors.HexColor("#DDEBF7"), size=10)
        positions.append(y)
    # layer 3: every secondary driver
    sd_pos = []
    for i, (_n, _s, _c, sds, _ci) in enumerate(PROGRAMMES):
        y0 = positions[i]
        sx, sw = cols["sd"]
        h = (band - 16) / 2 - 3
        for j, sd in enumerate(sds):
            y = y0 + (band - 16) - (j + 1) * (h + 6) + 6
            box(c, sx, y, sw, h, [(sd, "DV")], colors.HexColor("#E2EFDA"), size=9)
            sd_pos.append((sx, y, sw, h))
    # layer 4: every change idea
    ci_pos = []
    for i, (_n, _s, _c, _sd, cis) in enumerate(PROGRAMMES):
        y0 = positions[i]
        cx, cw = cols["ci"]
        h = (band - 16) / len(cis) - 3
        for j, (idea, lead, by) in enumerate(cis):
            y = y0 + (band - 16) - (j + 1) * (h + 3) + 3
            box(c, cx, y, cw, h, [(idea, "DVB"), (f"Lead: {lead}   By: {by}", "DV")], colors.HexColor("#FFF2CC"),
                size=8.5)
            ci_pos.append((cx, y, cw, h, i))
    # layer 5: connectors
    c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setLineWidth(0.8)
    for i, y in enumerate(positions):
        c.line(ax + aw, bottom + 3 * band, cols["pd"][0], y + (band - 16) / 2)
        for k in (2 * i, 2 * i + 1):
            sx, sy, sw, sh = sd_pos[k]
            c.line(cols["pd"][0] + cols["pd"][1], y + (band - 16) / 2, sx, sy + sh / 2)
            for cx, cy, cw, ch, owner in ci_pos:
                if owner == i:
                    c.line(sx + sw, sy + sh / 2, cx, cy + ch / 2)
    # enablers strip
    c.setFillColor(colors.HexColor("#EDEDED"))
    c.rect(30, 30, W - 60, 45, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DVB", 10)
    c.drawString(40, 57, "ENABLERS")
    c.setFont("DV", 10)
    x = 140
    for name, lead in ENABLERS:
        c.drawString(x, 57, name)
        c.drawString(x, 42, f"Lead: {lead}")
        x += 330
    c.showPage()
    # page 2: how to read it
    c.setFont("DVB", 14)
    c.drawString(30, H - 50, "How to read the driver diagram")
    notes = [
        "Read from left to right: the aim is what we want to achieve; each primary driver is one of our six",
        "transformation programmes; the secondary drivers are the things that must change for the programme to",
        "succeed; the change ideas are the pieces of work we will do, each with a named lead.",
        "SRO: Senior Responsible Owner, accountable to the Partnership Board for the programme.",
        "By: the date by which the change idea is expected to be in place. NHS financial years run April to March,",
        "so Q4 2018/19 is January to March 2019. 'tbc' means no date has been agreed yet.",
        "The enablers (digital, workforce and estates) support every programme.",
        "Learning disability services are not shown: they are planned through the Transforming Care Partnership.",
        "Prepared by the Partnership Programme Office. Contact: Rowena Sallis, Programme Director.",
    ]
    c.setFont("DV", 11)
    y = H - 80
    for line in notes:
        c.drawString(30, y, line)
        y -= 18
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------------------------
# 02 Change control record (Word)
# ------------------------------------------------------------------------------------------------------------------
BOX_ON, BOX_OFF = "\u2612", "\u2610"


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def ballots(options, chosen):
    return "   ".join(f"{BOX_ON if o == chosen else BOX_OFF} {o}" for o in options)


def cr_form(d, rows):
    """rows: list of tuples; a 2-tuple spans the value over three columns, a 4-tuple is two label/value pairs."""
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        cells = t.rows[r].cells
        if len(row) == 2:
            cells[0].text = row[0]
            merged = cells[1].merge(cells[3])
            merged.text = row[1]
            shade(cells[0], "D9E1F2")
        else:
            for i, value in enumerate(row):
                cells[i].text = value
            shade(cells[0], "D9E1F2")
            shade(cells[2], "D9E1F2")
        for p in cells[0].paragraphs:
            for run in p.runs:
                run.bold = True
        if len(row) == 4:
            for p in cells[2].paragraphs:
                for run in p.runs:
                    run.bold = True
    d.add_paragraph()


TYPES = ["Scope", "Time", "Cost", "Owner"]
DECISIONS = ["Approved", "Approved with conditions", "Rejected", "Deferred"]


def change_control(path: Path) -> None:
    d = Document()
    cp = d.core_properties
    cp.author, cp.title, cp.created, cp.modified = "Partnership Programme Office", "Change control record", FIXED, FIXED
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Programme change control record", level=1)
    d.add_paragraph(f"{HCP}. Change requests considered by the Partnership Board at its meeting on Thursday "
                    "24 January 2019. The Board's decision is marked in each form.")
    d.add_heading("CR-07", level=2)
    cr_form(d, [
        ("CR reference", "CR-07", "Date raised", "08/01/2019"),
        ("Programme", "Same Day Urgent Care", "Raised by", "Jonas Tregarthen, SRO"),
        ("Type of change", ballots(TYPES, "Time")),
        ("Description", "Move the designation of the urgent treatment centre at Emberdale General Hospital."),
        ("Current baseline", "31 December 2018", "Proposed", "30 June 2019"),
        ("Reason", "The building works at the Emberdale General front door started eleven weeks late and the "
                   "UTC cannot meet the national standards until they finish."),
        ("Impact", "£0.4m of the programme's 2018/19 savings slips into 2019/20. The full-year saving is unchanged."),
        ("Decision", ballots(DECISIONS, "Approved")),
        ("Decided by", "Partnership Board", "Date", "24/01/2019"),
    ])
    d.add_heading("CR-09", level=2)
    cr_form(d, [
        ("CR reference", "CR-09", "Date raised", "15/01/2019"),
        ("Programme", "Planned Care & Outpatients", "Raised by", "Matthias Oyelaran-Penrose, STP Lead"),
        ("Type of change", ballots(TYPES, "Owner")),
        ("Description", "Change of Senior Responsible Owner for the programme."),
        ("Current baseline", "SRO: Beatrix Olufemi-Hart", "Proposed",
         "SRO: Casimir Lindqvist, Director of Operations, Carrowby University Hospitals NHS Trust"),
        ("Effective from", "01/02/2019"),
        ("Reason", "Beatrix Olufemi-Hart starts a twelve-month secondment to the NHS Improvement regional team "
                   "in February 2019."),
        ("Impact", "None on scope, milestones or savings. The clinical lead, Mr Cedric Vanstone, is unchanged."),
        ("Decision", ballots(DECISIONS, "Approved")),
        ("Decided by", "Partnership Board", "Date", "24/01/2019"),
    ])
    d.add_heading("CR-10", level=2)
    cr_form(d, [
        ("CR reference", "CR-10", "Date raised", "14/01/2019"),
        ("Programme", "Cancer", "Raised by", "Dr Leofric Anand, SRO"),
        ("Type of change", ballots(TYPES, "Scope")),
        ("Description", "Merge the Cancer programme into Planned Care & Outpatients under one SRO, keeping a "
                        "cancer clinical lead."),
        ("Current baseline", "Two programmes, two SROs", "Proposed", "One programme, one SRO"),
        ("Reason", "Both programmes depend on the same diagnostic capacity and the same outpatient teams."),
        ("Impact", "Would release one SRO; no change to savings."),
        ("Decision", ballots(DECISIONS, "Deferred")),
        ("Board comment", "Deferred until the clinical senate has given its view on the diagnostic pathways."),
        ("Decided by", "Partnership Board", "Date", "24/01/2019"),
    ])
    p = d.add_paragraph("Change log kept by the Partnership Programme Office. Forms approved here replace the "
                        "entries in the driver diagram (version 1.3) from the dates shown.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(str(path))


# ------------------------------------------------------------------------------------------------------------------
# 03 Alignment and investment workbook (Excel)
# ------------------------------------------------------------------------------------------------------------------
MUSTDO_HEADS = ["1 STP", "2 Financial balance", "3 General practice", "4 A&E and ambulance",
                "5 Referral to treatment (18 weeks)", "6 Cancer (62 days)", "7 Mental health",
                "8 Learning disabilities", "9 Improving quality"]
MUSTDO_LISTS = [
    ["All programmes and enablers"],
    ["Planned Care & Outpatients (lead)", "Home First", "Digital"],
    ["Primary Care Networks (lead)", "Home First"],
    ["Same Day Urgent Care (lead)", "Home First", "Mental Health & Wellbeing"],
    ["Planned Care & Outpatients (lead)"],
    ["Cancer (lead)", "Primary Care Networks"],
    ["Mental Health & Wellbeing (lead)"],
    ["none - planned through the Transforming Care Partnership"],
    ["Same Day Urgent Care (lead)", "Workforce"],
]
FINANCE = [
    ("Home First", 2850, 3400, 2100, 21400),
    ("Same Day Urgent Care", 1900, 2600, 1500, 14200),
    ("Planned Care & Outpatients", 1200, 1750, 900, 26800),
    ("Cancer", 600, 950, 1100, 3900),
    ("Mental Health & Wellbeing", 1450, 1600, 1800, 5300),
    ("Primary Care Networks", 700, 1300, 1650, 4100),
    ("Digital (enabler)", 1250, 400, 300, "-"),
]
PLACES = [("Carrowby", 284600, 41, 6), ("Emberdale", 196300, 29, 4), ("Whitlow Fen", 121100, 22, 3)]


def workbook(path: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E1F2")
    rm = wb.active
    rm.title = "Read me"
    for r, text in enumerate([
            HCP, "Alignment and investment workbook, version 2.0, 4 April 2019", "",
            "Must-do alignment: one column per national must-do; under each heading are the programmes and "
            "enablers that contribute to it. '(lead)' marks the programme accountable to the Partnership Board "
            "for that must-do.",
            "Investment: all money is in £k (thousands of pounds). Savings are recurrent, by the end of 2020/21.",
            "Places: registered population at 1 January 2019."], 1):
        rm.cell(row=r, column=1, value=text)
    rm["A1"].font = Font(bold=True, size=13)
    rm.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Must-do alignment")
    ws["A1"] = "Our programmes against the nine national must-dos"
    ws["A1"].font = Font(bold=True, size=13)
    for i, head in enumerate(MUSTDO_HEADS, 1):
        cell = ws.cell(row=3, column=i, value=head)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[cell.column_letter].width = 22
        for r, name in enumerate(MUSTDO_LISTS[i - 1], 4):
            ws.cell(row=r, column=i, value=name).alignment = Alignment(wrap_text=True, vertical="top")

    fs = wb.create_sheet("Investment")
    fs["A1"] = "Transformation investment and savings by programme"
    fs["A1"].font = Font(bold=True, size=13)
    heads = ["Programme", "Investment 2018/19", "Investment 2019/20", "Investment 2020/21",
             "Recurrent savings by 2020/21"]
    for i, head in enumerate(heads, 1):
        cell = fs.cell(row=3, column=i, value=head)
        cell.font, cell.fill = bold, fill
    for r, row in enumerate(FINANCE, 4):
        for i, value in enumerate(row, 1):
            cell = fs.cell(row=r, column=i, value=value)
            if isinstance(value, int):
                cell.number_format = "#,##0"
    total = 4 + len(FINANCE)
    fs.cell(row=total, column=1, value="Total").font = bold
    for i in range(2, 6):
        cell = fs.cell(row=total, column=i, value=sum(row[i - 1] for row in FINANCE if isinstance(row[i - 1], int)))
        cell.font, cell.number_format = bold, "#,##0"
    fs.column_dimensions["A"].width = 30
    for col in "BCDE":
        fs.column_dimensions[col].width = 22

    ps = wb.create_sheet("Places")
    for i, head in enumerate(["Place", "Registered population", "GP practices", "Primary care networks"], 1):
        cell = ps.cell(row=1, column=i, value=head)
        cell.font, cell.fill = bold, fill
    for r, row in enumerate(PLACES, 2):
        for i, value in enumerate(row, 1):
            cell = ps.cell(row=r, column=i, value=value)
            if i == 2:
                cell.number_format = "#,##0"
    r = 2 + len(PLACES)
    ps.cell(row=r, column=1, value="Total").font = bold
    for i in (2, 3, 4):
        ps.cell(row=r, column=i, value=sum(row[i - 1] for row in PLACES)).font = bold
    ps.cell(row=r, column=2).number_format = "#,##0"
    ps.column_dimensions["A"].width = 18
    wb.properties.creator, wb.properties.created, wb.properties.modified = "CEHCP PMO", FIXED, FIXED
    wb.save(str(path))


# ------------------------------------------------------------------------------------------------------------------
# 04 Leadership summit programme (PDF)
# ------------------------------------------------------------------------------------------------------------------
def summit(path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=28,
                            bottomMargin=28, title="System Leadership Summit programme", invariant=1)
    h = ParagraphStyle("h", fontName="DVB", fontSize=16, leading=20)
    sub = ParagraphStyle("s", fontName="DV", fontSize=10, leading=13)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")

    def c(title, who=None):
        return Paragraph(f"<b>{title}</b>" + (f"<br/><i>{who}</i>" if who else ""), cell)

    head = [Paragraph("Time", cellb),
            Paragraph("Strand A: Home First<br/>Hawthorn Room", cellb),
            Paragraph("Strand B: Same Day Urgent Care<br/>Rowan Room", cellb),
            Paragraph("Strand C: Primary Care Networks<br/>Elder Suite", cellb)]
    rows = [head,
            ["09:00", c("Registration, coffee and the programme marketplace"), "", ""],
            ["09:30", c("Welcome", "Professor Greer Tamblyn, Independent Chair, Partnership Board"), "", ""],
            ["09:45", c("Our system in numbers: where we are after two years",
                        "Matthias Oyelaran-Penrose, STP Lead and Chief Executive, Emberdale Hospitals NHS Foundation "
                        "Trust"), "", ""],
            ["10:30", c("Discharge to assess: what the wards taught us",
                        "Dr Ambrose Fitzwarren, Clinical Lead"),
             c("The new front door at Emberdale General", "Lorcan Whitby, UTC Project Manager"),
             c("Making networks real for practices", "Dr Perdita Lomax-Eze, SRO")],
            ["11:45", c("Break"), "", ""],
            ["12:00", c("Trusted assessors and care homes", "Gideon Markham, Programme Manager"),
             c("Hear and treat: keeping people at home", "Anouk Pettifer, Head of Clinical Assessment, "
               "ambulance service"),
             c("Social prescribing in practice", "Dr Barnaby Okoro-Hale, Clinical Lead")],
            ["13:00", c("Lunch"), "", ""],
            ["14:15", c("Panel: becoming an integrated care system",
                        "Chaired by Dr Elspeth Marchetti, Chair of the Clinical Board. Panel: Saffron Wilmott (STP "
                        "Finance Lead), Idris Cattermole (SRO, Mental Health & Wellbeing) and Cllr Hester Vane (Chair, "
                        "Carrowby Health and Wellbeing Board)"), "", ""],
            ["15:30", c("Close and next steps", "Kwame Alderton-Fry, Programme Director (designate)"), "", ""],
            ["16:00", c("Summit closes"), "", ""]]
    t = Table(rows, colWidths=[50, 245, 245, 245], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("FONTNAME", (0, 1), (0, -1), "DVB"), ("FONTSIZE", (0, 1), (0, -1), 9),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, row in enumerate(rows):
        if r and row[2] == "":
            style += [("SPAN", (1, r), (3, r)), ("BACKGROUND", (1, r), (3, r), colors.HexColor("#F2F2F2"))]
    t.setStyle(TableStyle(style))
    head_style = ParagraphStyle("hw", parent=cellb, textColor=colors.white)
    for p in head:
        p.style = head_style
    story = [Paragraph("System Leadership Summit", h),
             Paragraph(f"{HCP} &#183; Tuesday 12 March 2019 &#183; Whitlow Fen Conference Centre", sub),
             Spacer(1, 10), t, PageBreak(),
             Paragraph("Notes for delegates", h), Spacer(1, 6)]
    for text in [
            "The summit brings together 180 leaders from the partnership's eleven member organisations, its three "
            "councils and the voluntary sector.",
            "Choose one strand for both workshop slots; you can move between strands at the break.",
            "The panel will discuss our application to become an integrated care system. We expect to apply in the "
            "2019/20 wave, with designation from April 2020.",
            "Our ICS development plan goes to the NHS England and NHS Improvement regional team by the end of May.",
            "Slides and notes from every session will be on the partnership website by Friday 22 March 2019."]:
        story += [Paragraph(text, sub), Spacer(1, 6)]
    doc.build(story)


# ------------------------------------------------------------------------------------------------------------------
# 05 Public roadshow deck (PowerPoint)
# ------------------------------------------------------------------------------------------------------------------
TEAM = [("Professor Greer Tamblyn", "Independent Chair"), ("Matthias Oyelaran-Penrose", "STP Lead"),
        ("Kwame Alderton-Fry", "Programme Director"), ("Saffron Wilmott", "STP Finance Lead"),
        ("Dr Elspeth Marchetti", "Chair, Clinical Board"),
        ("Dr Ambrose Fitzwarren", "Interim SRO, Home First (from 1 June 2019)")]
TIMELINE = [("Apr 2019", "24/7 crisis line open to people of all ages"),
            ("30 Jun 2019", "Urgent treatment centre designated at Emberdale General"),
            ("1 Jul 2019", "All 13 primary care networks go live"),
            ("Aug 2019", "A social prescribing link worker in every network"),
            ("Oct 2019", "Clinical assessment service answers NHS 111 calls"),
            ("Apr 2020", "Designated as an integrated care system (expected)")]


def deck(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cp = prs.core_properties
    cp.author, cp.title, cp.created, cp.modified = "CEHCP Communications", "Public roadshow", FIXED, FIXED
    cp.last_modified_by, cp.revision = "CEHCP Communications", 1

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Your health, your say: public roadshow, June 2019"
    s.placeholders[1].text = HCP

    def title_only(text):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = text
        return slide

    def textbox(slide, x, y, w, h, lines, size=14, bold_first=False):
        tb = slide.shapes.add_textbox(x, y, w, h)
        tf = tb.text_frame
        tf.word_wrap = True
        for k, line in enumerate(lines):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.text = line
            p.font.size = PPt(size)
            p.font.bold = bold_first and k == 0
        return tb

    s = title_only("Meet the team")
    for k, (name, role) in enumerate(TEAM):
        x = Inches(0.6 + (k % 3) * 4.2)
        y = Inches(1.6 + (k // 3) * 2.9)
        pic = s.shapes.add_shape(MSO_SHAPE.OVAL, x + Inches(1.2), y, Inches(1.4), Inches(1.4))
        pic.fill.solid()
        pic.fill.fore_color.rgb = RGBColor(0xBF, 0xBF, 0xBF)
        pic.line.fill.background()
        textbox(s, x, y + Inches(1.5), Inches(3.8), Inches(1.0), [name, role], size=14, bold_first=True)

    s = title_only("What's happening when")
    axis_y = Inches(4.2)
    line = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(0.6), axis_y, Inches(12.8), axis_y)
    line.line.width = PPt(3)
    # the dates sit on the axis ...
    xs = [Inches(0.8 + k * 2.05) for k in range(len(TIMELINE))]
    for x, (when, _what) in zip(xs, TIMELINE):
        dot = s.shapes.add_shape(MSO_SHAPE.OVAL, x + Inches(0.7), axis_y - Inches(0.12), Inches(0.24),
                                 Inches(0.24))
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        textbox(s, x, axis_y + (Inches(0.2) if True else 0), Inches(1.7), Inches(0.4), [when], size=12,
                bold_first=True)
    # ... and the events in callouts above and below it, added afterwards in a different order
    order = [1, 3, 5, 0, 2, 4]
    for k in order:
        x = xs[k]
        above = k % 2 == 0
        y = Inches(1.7) if above else Inches(5.0)
        call = s.shapes.add_shape(MSO_SHAPE.RECTANGULAR_CALLOUT if above else MSO_SHAPE.RECTANGULAR_CALLOUT,
                                  x - Inches(0.1), y, Inches(1.95), Inches(1.3))
        call.fill.solid()
        call.fill.fore_color.rgb = RGBColor(0xFF, 0xF2, 0xCC)
        call.text_frame.word_wrap = True
        call.text_frame.text = TIMELINE[k][1]
        call.text_frame.paragraphs[0].font.size = PPt(12)
        call.text_frame.paragraphs[0].font.color.rgb = RGBColor(0, 0, 0)

    s = title_only("The numbers")
    for k, (big, caption) in enumerate([("602,000", "people registered with our 92 GP practices"),
                                        ("£11.6m", "invested in our six programmes in 2019/20"),
                                        ("£118m", "gap we must close by the end of 2020/21")]):
        textbox(s, Inches(0.8 + k * 4.1), Inches(2.3), Inches(3.8), Inches(1.2), [big], size=44, bold_first=True)
        textbox(s, Inches(0.8 + k * 4.1), Inches(3.6), Inches(3.8), Inches(1.2), [caption], size=16)

    s = title_only("Come and talk to us")
    rows = [("Place", "Date", "Venue", "Time"),
            ("Carrowby", "Tue 4 June 2019", "Corn Exchange", "6pm to 8pm"),
            ("Emberdale", "Tue 11 June 2019", "Emberdale Library", "6pm to 8pm"),
            ("Whitlow Fen", "Tue 18 June 2019", "Fen Village Hall", "2pm to 4pm")]
    tbl = s.shapes.add_table(len(rows), 4, Inches(0.8), Inches(1.8), Inches(11.5), Inches(2.4)).table
    for r, row in enumerate(rows):
        for i, value in enumerate(row):
            tbl.cell(r, i).text = value
    textbox(s, Inches(0.8), Inches(4.6), Inches(11.5), Inches(1.0),
            ["No booking needed. Questions in advance to the Partnership Programme Office."], size=14)
    prs.save(str(path))


# ------------------------------------------------------------------------------------------------------------------
# 06 Handover note (plain text)
# ------------------------------------------------------------------------------------------------------------------
HANDOVER = """\
CARROWBY & EMBERDALE HEALTH AND CARE PARTNERSHIP
HANDOVER NOTE - PROGRAMME DIRECTOR

From:  Rowena Sallis, Programme Director (until 31 March 2019)
To:    Kwame Alderton-Fry, Programme Director (from 1 April 2019)
Date:  22 March 2019

Kwame - here is everything I would want to know in your shoes. I am still
around on email until 12 April if anything here doesn't make sense.

1. PEOPLE

   a) Home First. Harriet Quennell-Adeyemi has told the Partnership Board
      she will stand down as SRO at the end of May. Matthias has agreed
      that Dr Ambrose Fitzwarren will act as interim SRO from 1 June 2019
      until a substantive appointment is made. He stays clinical lead in
      the meantime, so the programme will have one person in both roles
      for a while.
   b) Planned Care & Outpatients. Casimir Lindqvist has been SRO since
      1 February (CR-09). Beatrix is on secondment for a year and has
      said she is happy to be called.
   c) Enablers. Florian Gatehouse (digital) and Marguerite Ashdown
      (workforce) report to you monthly. Ptolemy Rusk (estates) reports
      to Saffron Wilmott, not to you.
   d) Learning disabilities. None of our programmes owns the learning
      disabilities must-do; it sits with the Transforming Care
      Partnership, which reports to the Board twice a year.

2. DATES YOU CAN'T MISS

   - Partnership Board: Thursday 25 April 2019, 10:00, Carrowby Town Hall.
     The Home First business case was meant for the March Board; it has
     slipped to this one.
   - Finance and Investment Committee: 9 May 2019.
   - ICS development plan to the NHS England and NHS Improvement regional
     team by 31 May 2019.
   - Emberdale UTC designation is now 30 June 2019 (CR-07, agreed at the
     January Board). The building works are the risk to watch.
   - Network agreements for the primary care networks signed by
     15 May 2019, ready for go-live on 1 July 2019.

3. MONEY

   - £2.3m of the 2019/20 transformation money is still unallocated.
     Saffron wants options for it at the Finance and Investment Committee
     on 9 May.
   - The programme office budget for 2019/20 is £640k, mostly staff.

4. THINGS I NEVER GOT TO

   - The CR-10 merger of Cancer and Planned Care was deferred in January.
     Nobody has asked about it since.
   - The community diagnostic hub at Whitlow Fen still has no date.

Good luck - it's a great team.
Rowena
"""


def fix_zip(path: Path) -> None:
    """Rewrite an Office file's zip with one fixed entry time, so every run makes the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2019-06-20T09:00:00Z", d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2019, 6, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    driver_diagram(OUT / "01_CEHCP_Driver_Diagram_v1.3_Sep2018.pdf")
    change_control(OUT / "02_CEHCP_Change_Control_Record_Jan2019.docx")
    workbook(OUT / "03_CEHCP_Alignment_and_Investment_v2.0_Apr2019.xlsx")
    summit(OUT / "04_CEHCP_System_Leadership_Summit_Programme_12Mar2019.pdf")
    deck(OUT / "05_CEHCP_Public_Roadshow_Jun2019.pptx")
    (OUT / "06_CEHCP_Programme_Director_Handover_Note_22Mar2019.txt").write_text(HANDOVER)
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".docx", ".pptx", ".xlsx"):
            fix_zip(p)
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
