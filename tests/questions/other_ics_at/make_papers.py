"""Write the Fallowmere & Cradlebury STP papers (forty-sixth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, each in a document genre no earlier bank used:
  01 a joint design workshop write-up (PowerPoint): sticky notes under column headings, a dot-voting slide whose idea
     labels and vote counts are separate text boxes paired only by height, a pledge wall of signed sticky notes
     ("I will ... by ..." then "- Name, role") and an agreed next steps table;
  02 an Outline Business Case executive summary in the five-case model (PDF, platypus): a document control table and an
     approval route table of forums, dates and outcomes, a strategic fit table rating the nine must-dos with stars,
     an options appraisal, a financial case table with a two-row merged header (Capital / Revenue bands over years,
     bracketed negatives), a milestone table whose Accountable column holds only roles, the names only in the project
     team appendix on the last page;
  03 speaking notes for the STP Lead at an all-staff event (Markdown): slide cues in brackets, stage directions, people
     named in running prose, a board decision, a moved go-live, a new SRO from a date, and "lines to take";
  04 a programme interdependencies and benefits register (Excel): a giving x receiving dependency matrix of IDs under
     merged bands, a dependency log with a merged "Need-by" band over Original / Revised (real dates mixed with "w/c",
     "end of", "Q3 2017/18", "tbc"), a must-do benefit map of percentage shares (blank = none, a % number format, row
     check formulas), a programme leads sheet and a Read me sheet holding the rules;
  05 a conference poster (PDF, A1 landscape, canvas and frames): authors with superscript affiliation numbers, four text
     columns, a results table, and the must-dos supported shown as dark circled numbers in a row of nine;
  06 an NHS Standard Contract service specification (Word): the standard header table (commissioner and provider
     leads), numbered sections, an Outcomes Framework domain table with ticks, a KPI table and a mobilisation table that
     moves a phase ("Q1 2018/19 (was Q4 2017/18)").

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import textwrap
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
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt as PPt
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Frame, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

FILES = {
    "workshop": "01_FC_STP_Joint_Design_Workshop_Writeup_14Feb2017.pptx",
    "obc": "02_FC_STP_UCR_Outline_Business_Case_Exec_Summary_v1.3_Mar2017.pdf",
    "notes": "03_FC_STP_Big_Conversation_Speaking_Notes_16Mar2017.md",
    "register": "04_FC_STP_Interdependencies_and_Benefits_Register_v0.7_Apr2017.xlsx",
    "poster": "05_FC_STP_Home_First_Rapid_Response_Poster_May2017.pdf",
    "spec": "06_FC_STP_Service_Specification_HF03_Rapid_Response_v1.0_Jun2017.docx",
}
PINNED = {  # the one timestamp written into each Office file (core properties and zip entries)
    "workshop": datetime(2017, 2, 21, 10, 0, 0),
    "register": datetime(2017, 4, 28, 16, 30, 0),
    "spec": datetime(2017, 6, 12, 11, 15, 0),
}

# ---------------------------------------------------------------------------------------------------------------
# The footprint's people (used across papers)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO, SRO title, clinical lead, programme manager
    ("HF", "Home First", "Callum Idowu-Marsh", "Chief Officer, Fallowmere CCG", "Dr Ffion Tregaskis",
     "Barnaby Wrenfield"),
    ("UCR", "Urgent Care Redesign", "Petra Lindqvist-Hale",
     "Chief Operating Officer, Cradlebury & Wendle Hospitals NHS Trust", "Dr Emeka Ashdown-Price", "Sunniva Parfitt"),
    ("OEC", "Outpatients & Elective Care", "Gideon Harcastle", "Medical Director, Fallowmere Hospitals NHS FT",
     "Mr Ravindra Okonedo-Bell", "Lorna Quilliam"),
    ("MM", "Minds Matter (mental health)",
     "Dr Nikhil Sorensen-Ayre\n(from 01/04/2017; Beatrix Holdsworth to 31/03/2017)",
     "Medical Director, Tarnside Health and Care NHS FT", "Dr Oona Fairlie", "Kasim Drummond"),
    ("AP", "Acute Partnership", "Alasdair Rennick", "Chief Executive, Cradlebury & Wendle Hospitals NHS Trust",
     "Dr Saoirse Blackwood-Tan", "Hamza Pettifer"),
    ("LW", "Live Well", "Dr Wilhelmina Achterberg", "Director of Public Health, Wendleshire County Council",
     "Dr Harriet Solway", "Eliot Bramhall"),
    ("DG", "Digital: Care Record Connect (enabler)", "Morwenna Tsang",
     "Chief Information Officer, Fallowmere Hospitals NHS FT", "vacant - recruitment under way", "Zainab Holroyd"),
    ("WF", "Workforce (enabler)", "Ruairi Galbraith", "Director of Workforce, Fallowmere Hospitals NHS FT", "n/a",
     "Clemency Otterburn"),
    ("ES", "Estates (enabler)", "Fenwick Adeyemi",
     "Director of Estates & Facilities, Cradlebury & Wendle Hospitals NHS Trust", "n/a", "-"),
]
CODES = [p[0] for p in PROGRAMMES]


def fix_zip(path: Path, when: datetime) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


# ---------------------------------------------------------------------------------------------------------------
# 01 Workshop write-up (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
STICKY = {"yellow": "FFF2A8", "pink": "F9C6D3", "green": "C9EBC2", "blue": "CFE3F7", "orange": "FFD8A8"}
HEARD = {
    "Working well": ["Rapid response pilot in Fallowmere North: crews say it works",
                     "Care home liaison nurses know their homes",
                     "Hub GPs and ED consultants already talk daily"],
    "Getting in the way": ["Three different assessment forms for one patient",
                           "No shared record between hub and community teams",
                           "Weekend social care assessments hard to get"],
    "Try next": ["One number for professionals to call before conveying",
                 "Trusted assessor across hub, rapid response and wards",
                 "Pharmacist sessions in the hub"],
}
VOTES = [  # idea, dots
    ("A single 'call before convey' line for crews and care homes", 19),
    ("Trusted assessor across hub, rapid response and wards", 14),
    ("Falls pick-up service run with North Marches Ambulance Service", 11),
    ("Shared frailty care plans visible to hub clinicians", 9),
    ("Pharmacist sessions in the hub", 5),
    ("Weekend social care assessments", 4),
]
PLEDGES = [
    ("I will give every care home in Fallowmere North a named rapid response contact by Easter.",
     "Nerys Whitcombe, Care Home Liaison Nurse, Tarnside Health and Care"),
    ("I will run two 'call before convey' briefings for crews at Fallowmere ambulance station before the end of March.",
     "Aled Moorhouse, Clinical Operations Manager, North Marches Ambulance Service"),
    ("I will get one of our social workers into the daily hub huddle from w/c 13 March.",
     "Rhiannon Dabrowski, Team Manager, Adult Social Care, Fallowmere City Council"),
    ("I will share the pilot data with every practice in Cradlebury & Wendle by the end of April.",
     "Maud Sillitoe, Senior Analyst, Fallowmere CCG"),
    ("I will test a pharmacist shift in the hub in Q1 2017/18.",
     "Faisal Merriweather, Chief Pharmacist, Cradlebury & Wendle Hospitals NHS Trust"),
    ("I will find a GP from each Cradlebury locality for the frailty design group before the next Programme Board.",
     "Dr Ffion Tregaskis, GP and Home First clinical lead"),
]
ACTIONS = [  # no., action, lead, by when
    ("1", "Circulate this write-up and the pledge wall to everyone who came", "Barnaby Wrenfield",
     "21 February 2017 (done)"),
    ("2", "Map the frailty and falls pathway end to end across both CCGs", "Dr Ffion Tregaskis", "w/c 6 March"),
    ("3", "Draft one trusted assessor form for the hub, rapid response and the wards",
     "Sunniva Parfitt with Barnaby Wrenfield", "end of March 2017"),
    ("4", "Test 'call before convey' with crews in Fallowmere North", "Aled Moorhouse (NMAS)", "Q1 2017/18"),
    ("5", "Bring a joint Home First / Urgent Care dashboard to the Programme Board", "Sunniva Parfitt",
     "next Programme Board (27 April)"),
    ("6", "Write to every care home about the new falls response", "Imogen Threlkeld", "by 31/03/17"),
]
ATTENDANCE = [("Primary care", 14), ("Acute hospitals", 12), ("Community services", 11), ("Social care", 9),
              ("Mental health", 6), ("Voluntary sector", 6), ("Ambulance service", 4)]
PARKED = ["Wendle Community Hospital beds: not for this group; passed to the Acute Partnership programme",
          "One IT system for adult social care: passed to the Digital enabler",
          "Car parking at Cradlebury Royal Infirmary: raised with the trust's estates team"]


def workshop(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank = prs.slide_layouts[6]
    title_only = prs.slide_layouts[5]
    inch = 914400

    def text_box(slide, x, y, w, h, text, size=14, bold=False, colour="000000", fill=None, shape=None, align=None):
        if shape is None:
            box = slide.shapes.add_textbox(Emu(int(x * inch)), Emu(int(y * inch)), Emu(int(w * inch)),
                                           Emu(int(h * inch)))
        else:
            box = slide.shapes.add_shape(shape, Emu(int(x * inch)), Emu(int(y * inch)), Emu(int(w * inch)),
                                         Emu(int(h * inch)))
            box.line.color.rgb = PRGB.from_string("BFBFBF")
        if fill:
            box.fill.solid()
            box.fill.fore_color.rgb = PRGB.from_string(fill)
        tf = box.text_frame
        tf.word_wrap = True
        lines = text.split("\n")
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            if align is not None:
                p.alignment = align
            for r in p.runs:
                r.font.size = PPt(size)
                r.font.bold = bold
                r.font.color.rgb = PRGB.from_string(colour)
        return box

    def titled(title):
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = title
        for p in s.shapes.title.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = PPt(30)
                r.font.bold = True
                r.font.color.rgb = PRGB.from_string("1F4E79")
        return s

    def footer(s, n):
        text_box(s, 0.4, 7.05, 9.0, 0.35, "F&C STP | Home First meets Urgent Care | joint design workshop write-up",
                 size=9, colour="7F7F7F")
        text_box(s, 12.0, 7.05, 0.9, 0.35, str(n), size=9, colour="7F7F7F")

    # 1 title
    s = prs.slides.add_slide(blank)
    text_box(s, 0, 0, 13.333, 7.5, "", fill="1F4E79", shape=MSO_SHAPE.RECTANGLE)
    text_box(s, 0.8, 1.6, 11.5, 1.2, "Home First meets Urgent Care", size=44, bold=True, colour="FFFFFF")
    text_box(s, 0.8, 2.9, 11.5, 0.8, "Joint design workshop: write-up of the day", size=26, colour="FFFFFF")
    text_box(s, 0.8, 4.2, 11.5, 1.6,
             "Tuesday 14 February 2017, 09:30-15:30, The Maltings, Cradlebury\n"
             "Facilitated by Barnaby Wrenfield (Home First) and Sunniva Parfitt (Urgent Care Redesign)\n"
             "Write-up issued 21 February 2017", size=16, colour="FFFFFF")
    # 2 who came
    s = titled("Who came")
    text_box(s, 0.6, 1.5, 4.6, 1.6, "62 people\nfrom 19 organisations", size=32, bold=True, colour="1F4E79")
    rows = len(ATTENDANCE) + 2
    tbl = s.shapes.add_table(rows, 2, Emu(int(6.2 * inch)), Emu(int(1.5 * inch)), Emu(int(5.8 * inch)),
                             Emu(int(0.4 * inch * rows))).table
    tbl.cell(0, 0).text, tbl.cell(0, 1).text = "Sector", "People"
    for i, (sector, n) in enumerate(ATTENDANCE, 1):
        tbl.cell(i, 0).text, tbl.cell(i, 1).text = sector, str(n)
    tbl.cell(rows - 1, 0).text, tbl.cell(rows - 1, 1).text = "Total", str(sum(n for _, n in ATTENDANCE))
    footer(s, 2)
    # 3 what we heard: column heads, then the notes stored row by row across the columns
    s = titled("What we heard")
    heads = list(HEARD)
    colours = ["green", "pink", "yellow"]
    for j, head in enumerate(heads):
        text_box(s, 0.6 + j * 4.2, 1.4, 3.9, 0.5, head, size=18, bold=True, colour="FFFFFF", fill="1F4E79",
                 shape=MSO_SHAPE.RECTANGLE)
    for i in range(3):
        for j, head in enumerate(heads):
            text_box(s, 0.8 + j * 4.2, 2.1 + i * 1.6, 3.5, 1.35, HEARD[head][i], size=14,
                     fill=STICKY[colours[j]], shape=MSO_SHAPE.RECTANGLE)
    footer(s, 3)
    # 4 dot voting: idea labels first (top to bottom), then dots, then the counts in a different order
    s = titled("Where should we start? Dot voting")
    text_box(s, 0.6, 1.25, 12.0, 0.5, "Each person had one dot to place on the ideas from the 'Try next' wall.",
             size=14, colour="595959")
    ys = [1.9 + i * 0.78 for i in range(len(VOTES))]
    for (idea, _), y in zip(VOTES, ys):
        text_box(s, 0.6, y, 6.4, 0.6, idea, size=15, fill=STICKY["yellow"], shape=MSO_SHAPE.RECTANGLE)
    for (idea, n), y in zip(VOTES, ys):
        for k in range(n):
            dot = s.shapes.add_shape(MSO_SHAPE.OVAL, Emu(int((7.2 + k * 0.22) * inch)), Emu(int((y + 0.2) * inch)),
                                     Emu(int(0.18 * inch)), Emu(int(0.18 * inch)))
            dot.fill.solid()
            dot.fill.fore_color.rgb = PRGB.from_string("C00000")
            dot.line.fill.background()
    order = [3, 0, 5, 1, 4, 2]  # counts stored out of order: pairing is only by height
    for i in order:
        text_box(s, 11.6, ys[i] + 0.05, 1.0, 0.5, str(VOTES[i][1]), size=18, bold=True, colour="C00000")
    footer(s, 4)
    # 5 pledge wall: sticky notes, two rows of three; the signature is the note's last paragraph
    s = titled("Pledge wall")
    for i, (pledge, who) in enumerate(PLEDGES):
        x, y = 0.6 + (i % 3) * 4.15, 1.4 + (i // 3) * 2.75
        text_box(s, x, y, 3.9, 2.5, pledge + "\n- " + who, size=13,
                 fill=STICKY[["yellow", "blue", "orange"][i % 3]], shape=MSO_SHAPE.RECTANGLE)
    footer(s, 5)
    # 6 parked
    s = titled("Parked for later (the car park)")
    for i, note in enumerate(PARKED):
        text_box(s, 0.6 + i * 4.15, 1.6, 3.9, 2.0, note, size=14, fill=STICKY["pink"], shape=MSO_SHAPE.RECTANGLE)
    footer(s, 6)
    # 7 next steps table
    s = titled("Agreed next steps")
    tbl = s.shapes.add_table(len(ACTIONS) + 1, 4, Emu(int(0.6 * inch)), Emu(int(1.4 * inch)),
                             Emu(int(12.1 * inch)), Emu(int(0.5 * inch * (len(ACTIONS) + 1)))).table
    for j, (head, width) in enumerate(zip(["#", "Action", "Lead", "By when"], [0.5, 6.6, 2.8, 2.2])):
        tbl.cell(0, j).text = head
        tbl.columns[j].width = Emu(int(width * inch))
    for i, row in enumerate(ACTIONS, 1):
        for j, value in enumerate(row):
            tbl.cell(i, j).text = value
            for p in tbl.cell(i, j).text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(13)
    footer(s, 7)

    cp = prs.core_properties
    cp.author, cp.title, cp.last_modified_by = "Barnaby Wrenfield", "Joint design workshop write-up", "F&C STP PMO"
    cp.created = cp.modified = PINNED["workshop"]
    cp.revision = 1
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 02 Outline Business Case executive summary (PDF, platypus)
# ---------------------------------------------------------------------------------------------------------------
OBC_HEADER = "Fallowmere & Cradlebury STP | Urgent Care Redesign | OBC executive summary v1.3, 2 March 2017"
MUSTDO_ROWS = [
    ("1", "Deliver a high quality and agreed STP", "★★☆", "Delivers the STP's urgent care priority"),
    ("2", "Return the system to aggregate financial balance", "★★☆",
     "Fewer avoidable admissions; net revenue saving from 2019/20"),
    ("3", "Sustainability and quality of general practice", "★☆☆",
     "Hub GPs take some same-day demand off practices"),
    ("4", "A&E four-hour standard and ambulance response times", "★★★",
     "Streams up to 30% of ED attendances; hear-and-treat with NMAS"),
    ("5", "Referral to treatment: 18 weeks", "–", "No direct contribution"),
    ("6", "Cancer: 62-day standard", "–", "No direct contribution"),
    ("7", "Mental health: access standards", "★☆☆", "A mental health practitioner in the hub 24/7"),
    ("8", "Transforming care for people with learning disabilities", "–", "No direct contribution"),
    ("9", "Improving quality in organisations", "★☆☆", "One clinical governance framework across both sites"),
]
OPTIONS = [
    ("1", "Do minimum: two separate ED front doors, NHS 111 unchanged", "41,870", "38", "4"),
    ("2", "Hub at Fallowmere General Hospital; UTC at Cradlebury Royal Infirmary", "39,960", "66", "2"),
    ("3", "Hub co-located with the UTC at Cradlebury Royal Infirmary (preferred)", "38,420", "81", "1"),
    ("4", "Virtual hub (clinicians working from home); no UTC", "37,900", "52", "3"),
]
FINANCE = [  # line, capital 17/18, 18/19, revenue 17/18, 18/19, 19/20 (£000)
    ("Building works", "1,480", "310", "–", "–", "–"),
    ("Equipment", "260", "90", "–", "–", "–"),
    ("IT and telephony", "340", "170", "–", "–", "–"),
    ("Hub and UTC staffing", "–", "–", "1,120", "2,960", "3,020"),
    ("Non-pay running costs", "–", "–", "240", "610", "630"),
    ("ED costs released", "–", "–", "(380)", "(1,920)", "(2,410)"),
    ("Total", "2,080", "570", "980", "1,650", "1,240"),
]
MILESTONES = [  # ref, milestone, target date, accountable (role only)
    ("M1", "OBC to STP Partnership Board", "9 March 2017", "Senior Responsible Owner"),
    ("M2", "Public engagement on the clinical model", "Spring 2017", "Communications lead"),
    ("M3", "Planning permission for the Cradlebury Royal Infirmary extension", "end of June 2017", "Estates lead"),
    ("M4", "FBC to STP Partnership Board", "Q2 2017/18", "Project director"),
    ("M5", "Building contract awarded", "by 30/09/17", "Procurement lead"),
    ("M6", "Building works complete", "end of November 2017", "Estates lead"),
    ("M7", "Hub go-live (NHS 111 calls and clinical assessment)", "by 31/12/17", "Clinical lead"),
    ("M8", "Cradlebury Urgent Treatment Centre open 24/7", "Winter 2017/18", "Senior Responsible Owner"),
    ("M9", "Post-implementation review", "Q3 2018/19", "Project director"),
]
TEAM = [  # role, name, title and organisation
    ("Senior Responsible Owner", "Petra Lindqvist-Hale",
     "Chief Operating Officer, Cradlebury & Wendle Hospitals NHS Trust"),
    ("Clinical lead", "Dr Emeka Ashdown-Price", "Consultant in Emergency Medicine, CWHT; UCR clinical lead"),
    ("Project director", "Sunniva Parfitt", "UCR Programme Manager, F&C STP"),
    ("Finance lead", "Philippa Threapleton", "Deputy Director of Finance, Cradlebury & Wendle CCG"),
    ("Estates lead", "Fenwick Adeyemi", "Director of Estates & Facilities, CWHT"),
    ("Procurement lead", "Lucinda Marwood", "Head of Procurement, CWHT"),
    ("Commissioning lead", "Owain Bellamy", "Head of Urgent Care Commissioning, Cradlebury & Wendle CCG"),
    ("Communications lead", "Gethin Oduya", "Head of Communications and Engagement, F&C STP"),
    ("IM&T lead", "Morwenna Tsang", "Chief Information Officer, Fallowmere Hospitals NHS FT"),
]


def obc(path: Path) -> None:
    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    smallb = ParagraphStyle("smallb", parent=small, fontName="DVB", textColor=colors.white)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=22, spaceAfter=8, textColor=colors.HexColor("#003A70"))
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=16, spaceBefore=6, spaceAfter=6,
                        textColor=colors.HexColor("#003A70"))
    cap = ParagraphStyle("cap", fontName="DVB", fontSize=9, leading=12, spaceBefore=4, spaceAfter=4)
    note = ParagraphStyle("note", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#404040"))
    navy = colors.HexColor("#003A70")

    def esc(text):
        return text if "&amp;" in text else escape(text)

    def grid(data, widths, head_rows=1, extra=()):
        rows = [[Paragraph(esc(str(c)), smallb if i < head_rows else small) for c in r] for i, r in enumerate(data)]
        t = Table(rows, colWidths=widths, repeatRows=head_rows)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                               ("BACKGROUND", (0, 0), (-1, head_rows - 1), navy),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), *extra]))
        return t

    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(18 * mm, A4[1] - 12 * mm, OBC_HEADER)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "OFFICIAL")
        c.drawString(18 * mm, 10 * mm, "Prepared for the STP Partnership Board, 9 March 2017")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Outline Business Case: Integrated Urgent Care Hub and "
                            "Cradlebury Urgent Treatment Centre", author="Sunniva Parfitt",
                            subject="Executive summary, five-case model", creator="F&C STP PMO")
    s = []
    s += [Paragraph("Fallowmere &amp; Cradlebury Sustainability and Transformation Plan", h2),
          Paragraph("Outline Business Case: Integrated Urgent Care Hub and Cradlebury Urgent Treatment Centre", h1),
          Paragraph("Executive summary in the five-case model. Urgent Care Redesign (UCR) programme. Version 1.3, "
                    "2 March 2017.", body),
          Paragraph("Document control", h2),
          grid([["Version", "Date", "Author", "Summary of change"],
                ["1.0", "13 January 2017", "Sunniva Parfitt", "First draft for the UCR Programme Board"],
                ["1.2", "10 February 2017", "Sunniva Parfitt", "Clinical Reference Group condition added; financial "
                 "case updated"],
                ["1.3", "2 March 2017", "Sunniva Parfitt", "Finance &amp; Investment Committee outcome added; for the "
                 "Partnership Board"]], [19 * mm, 32 * mm, 32 * mm, 91 * mm]),
          Paragraph("Approval route", h2),
          grid([["Forum", "Date", "Outcome"],
                ["UCR Programme Board", "24 January 2017", "Supported for wider review"],
                ["Clinical Reference Group", "7 February 2017", "Supported, on condition that the clinical model "
                 "includes paediatric streaming at the UTC"],
                ["Finance &amp; Investment Committee", "16 February 2017", "Capital envelope of £2,650k approved, "
                 "subject to NHS Improvement review"],
                ["STP Partnership Board", "9 March 2017", "For decision: approve the OBC and proceed to full "
                 "business case"]], [50 * mm, 32 * mm, 92 * mm]),
          Spacer(1, 6),
          Paragraph("Decision required", h2),
          Paragraph("The Partnership Board is asked to approve this Outline Business Case, to confirm option 3 as the "
                    "preferred option and to ask for a Full Business Case (FBC) in line with the management case "
                    "below.", body),
          PageBreak()]
    s += [Paragraph("1. The strategic case", h1),
          Paragraph("The two emergency departments at Fallowmere General Hospital and Cradlebury Royal Infirmary saw "
                    "141,200 type 1 attendances in 2015/16, 6.4% more than in 2013/14. Around a third of those "
                    "patients could have been treated by a GP or an urgent care practitioner. NHS 111 calls are "
                    "answered outside the footprint and 38% of callers advised to attend ED do so without a clinical "
                    "assessment.", body),
          Paragraph("The scheme puts the NHS 111 clinical assessment, GP out-of-hours, the ambulance hear-and-treat "
                    "desk and a mental health practitioner in one integrated urgent care (IUC) hub, and replaces the "
                    "Cradlebury minor injuries unit with an urgent treatment centre (UTC) open 24 hours a day.", body),
          Paragraph("Table 1: Strategic fit with the nine national must-dos (2016/17 planning guidance)", cap),
          grid([["No.", "Must-do", "Contribution", "How"]] + [list(r) for r in MUSTDO_ROWS],
               [12 * mm, 68 * mm, 26 * mm, 68 * mm]),
          Paragraph("Key: ★★★ major contribution; ★★☆ moderate; ★☆☆ minor; – none.", note),
          PageBreak()]
    s += [Paragraph("2. The economic case", h1),
          Paragraph("A long list of eleven options was reduced to four by the UCR Programme Board. The shortlist was "
                    "appraised on ten-year net present cost (NPC) and a weighted benefit score agreed with the "
                    "Clinical Reference Group.", body),
          Paragraph("Table 2: Shortlisted options", cap),
          grid([["Option", "Description", "10-year NPC (£000)", "Benefit score (out of 100)", "Rank"]]
               + [list(r) for r in OPTIONS], [16 * mm, 88 * mm, 26 * mm, 28 * mm, 16 * mm]),
          Spacer(1, 6),
          Paragraph("Option 3 gives the highest benefit score at the second lowest cost and is the preferred option. "
                    "Option 4 is cheaper but does not meet the national urgent and emergency care specification.",
                    body),
          Paragraph("3. The commercial case", h1),
          Paragraph("The building works will be procured through a national construction framework; the hub's "
                    "clinical service will be commissioned as a variation to the regional NHS 111 contract, and the "
                    "UTC as part of the Cradlebury &amp; Wendle Hospitals NHS Trust contract. Staff transfer is not "
                    "expected.", body),
          PageBreak()]
    span_head = [("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)),
                 ("BACKGROUND", (0, 1), (-1, 1), navy), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                 ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
    s += [Paragraph("4. The financial case", h1),
          Paragraph("Capital is £2,650k over two years, from the STP's capital allocation. Revenue costs rise as the "
                    "hub and the UTC open and are offset by ED costs released; figures in brackets are reductions.",
                    body),
          Paragraph("Table 3: Capital and revenue, £000", cap),
          grid([["Line", "Capital (£000)", "", "Revenue (£000)", "", ""],
                ["", "2017/18", "2018/19", "2017/18", "2018/19", "2019/20"]] + [list(r) for r in FINANCE],
               [52 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], head_rows=2, extra=span_head),
          Spacer(1, 4),
          Paragraph("5. The management case", h1),
          Paragraph("The scheme is run by a project team reporting to the UCR Programme Board. The names behind each "
                    "role are in Appendix A.", body),
          Paragraph("Table 4: Key milestones", cap),
          grid([["Ref", "Milestone", "Target date", "Accountable"]] + [list(r) for r in MILESTONES],
               [12 * mm, 90 * mm, 36 * mm, 36 * mm]),
          PageBreak()]
    s += [Paragraph("Appendix A: Project team", h1),
          grid([["Role", "Name", "Title and organisation"]] + [list(r) for r in TEAM], [42 * mm, 44 * mm, 88 * mm]),
          Paragraph("Appendix B: Abbreviations", h1),
          grid([["Term", "Meaning"],
                ["CRG", "Clinical Reference Group"], ["CWHT", "Cradlebury &amp; Wendle Hospitals NHS Trust"],
                ["FBC / OBC", "Full / Outline Business Case"], ["FIC", "Finance &amp; Investment Committee"],
                ["IUC", "Integrated urgent care"], ["NMAS", "North Marches Ambulance Service NHS Trust"],
                ["NPC", "Net present cost"], ["UTC", "Urgent treatment centre"]], [30 * mm, 144 * mm])]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 03 Speaking notes (Markdown)
# ---------------------------------------------------------------------------------------------------------------
NOTES_BLOCKS = [
    ("raw", "# Speaking notes: Big Conversation, 16 March 2017"),
    ("raw", ""),
    ("raw", "- **Speaker:** Marguerite Oyelaran-Finch, STP Lead (Chief Executive, Fallowmere Hospitals NHS FT)"),
    ("raw", "- **Event:** all-staff Big Conversation, Fallowmere Racecourse Conference Centre, 12:30 to 13:15"),
    ("raw", "- **Slot:** 20 minutes, then 15 minutes of questions"),
    ("raw", "- **Prepared by:** Gethin Oduya, Head of Communications and Engagement (v3, 15 March 2017)"),
    ("raw", "- **Slides:** 9. Cues are in square brackets; stage directions in italics."),
    ("raw", ""),
    ("raw", "---"),
    ("raw", ""),
    ("raw", "[SLIDE 1: title. Wait for the room to settle.]"),
    ("raw", ""),
    ("p", "Good afternoon, everyone, and thank you for giving up your lunch break. I know how hard it is to get "
          "away from a ward or a clinic at this time of year, so I will keep to time."),
    ("p", "Sir Anselm Prothero, who chairs our Partnership Board, sends his apologies: he is at the regional "
          "leaders' meeting today. With me on stage is Lachlan Farrimond, our STP Programme Director, who will "
          "take the questions on timescales, and Dr Emeka Ashdown-Price, who leads clinically on urgent care."),
    ("raw", ""),
    ("raw", "[SLIDE 2: who we are]"),
    ("raw", ""),
    ("p", "Between us we look after 742,000 people: two CCGs, two acute trusts, one mental health and community "
          "trust, two councils and more than a hundred GP practices, with around 27,800 staff. You are the plan."),
    ("raw", ""),
    ("raw", "[SLIDE 3: the gap. *Slow down here.*]"),
    ("raw", ""),
    ("p", "If we changed nothing at all, by 2020/21 we would be £163 million a year short. Our six programmes close "
          "£97 million of that; our trusts' own efficiency plans another £44 million; and we have assumed £22 "
          "million of national transformation funding. That is the whole gap, and none of it is easy."),
    ("raw", ""),
    ("raw", "[SLIDE 4: urgent care. CLICK for the photo of the Cradlebury site.]"),
    ("raw", ""),
    ("p", "Last Thursday, 9 March, the Partnership Board approved the outline business case for the integrated "
          "urgent care hub and the Cradlebury urgent treatment centre, and asked for the full business case in "
          "September."),
    ("p", "I want to be straight with you about one date. The business case said the hub would go live by the end "
          "of December. It will now go live at the end of February 2018, because the regional NHS 111 "
          "re-procurement has moved and we want the hub and the new 111 contract to start on the same day. The "
          "urgent treatment centre at Cradlebury is still planned for this winter."),
    ("raw", ""),
    ("raw", "[SLIDE 5: Home First]"),
    ("raw", ""),
    ("p", "Last month 62 of you spent Valentine's Day at the Maltings designing Home First and urgent care together, "
          "and more than a few of you signed the pledge wall. The rapid response pilot in Fallowmere North cut "
          "ambulance conveyances after a fall by nearly a third. That is what good looks like, and it will spread "
          "to the rest of Fallowmere in the autumn."),
    ("raw", ""),
    ("raw", "[SLIDE 6: Minds Matter. *Pause for applause.*]"),
    ("raw", ""),
    ("p", "Beatrix Holdsworth, who has led Minds Matter since the very first draft of this plan, retires at the end "
          "of this month. Please join me in thanking her. From 1 April, Dr Nikhil Sorensen-Ayre, Medical Director "
          "at Tarnside, takes over as SRO for Minds Matter."),
    ("raw", ""),
    ("raw", "[SLIDES 7 and 8: the other programmes. Keep it brisk; one line each.]"),
    ("raw", ""),
    ("p", "Outpatients and elective care: fewer follow-ups nobody needs. The Acute Partnership: two hospitals, one "
          "service. Live Well: help to stop smoking and stay active, in every practice."),
    ("raw", ""),
    ("raw", "[SLIDE 9: how to get involved. Hand over to Lachlan for questions.]"),
    ("raw", ""),
    ("raw", "---"),
    ("raw", ""),
    ("raw", "## Lines to take (for questions; do not read out)"),
    ("raw", ""),
    ("p", "- *Is Wendle Community Hospital closing?* No decision has been made, and nothing will change without a "
          "public consultation."),
    ("p", "- *Will there be job losses?* The programmes are about changing where we work, not cutting posts; any "
          "change would follow our normal organisational change policies."),
    ("p", "- *What will the hub cost?* Do not give a figure. The capital is still under review by NHS Improvement."),
    ("p", "- *Why has the hub slipped?* Say only that the regional NHS 111 timetable moved; do not name the bidders."),
]


def speaking_notes() -> str:
    lines = []
    for kind, text in NOTES_BLOCKS:
        if kind == "raw":
            lines.append(text)
        else:
            indent = "  " if text.startswith("- ") else ""
            lines += textwrap.wrap(text, width=100, subsequent_indent=indent, break_on_hyphens=False)
            lines.append("")
    tidy = []
    for line in lines:  # one blank line between blocks
        if not (line == "" and tidy and tidy[-1] == ""):
            tidy.append(line)
    lines = tidy
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# 04 Interdependencies and benefits register (Excel)
# ---------------------------------------------------------------------------------------------------------------
DEPENDENCIES = [
    # id, giving, receiving, what is needed, giving lead, original need-by, revised need-by, status, notes
    ("D01", "DG", "UCR", "Read and write access to the shared care record for hub clinicians", "Morwenna Tsang",
     datetime(2017, 12, 1), datetime(2018, 2, 1), "At risk", "Revised to follow the hub go-live"),
    ("D02", "ES", "UCR", "Cradlebury Royal Infirmary extension handed over for UTC fit-out", "Fenwick Adeyemi",
     "end of November 2017", None, "Open", ""),
    ("D03", "WF", "UCR", "14 WTE advanced clinical practitioners recruited for the hub and UTC", "Ruairi Galbraith",
     "Q3 2017/18", None, "Open", ""),
    ("D04", "HF", "UCR", "Rapid response accepts referrals from the hub, 08:00-22:00 every day", "Barnaby Wrenfield",
     datetime(2017, 10, 2), None, "Open", ""),
    ("D05", "UCR", "HF", "Hub able to book directly into rapid response slots", "Sunniva Parfitt", "Q4 2017/18", None,
     "Open", ""),
    ("D06", "DG", "HF", "Mobile working devices for community nursing and rapid response teams", "Morwenna Tsang",
     "w/c 5 June 2017", None, "Open", ""),
    ("D07", "MM", "UCR", "Mental health practitioner in the hub 24/7", "Kasim Drummond", "by 31/12/17",
     "w/c 19 February 2018", "Open", "Moved with the hub"),
    ("D08", "AP", "OEC", "Single radiology reporting rota across both hospital sites", "Hamza Pettifer",
     datetime(2017, 7, 31), None, "Open", ""),
    ("D09", "LW", "HF", "Referral route from rapid response into community falls prevention classes",
     "Eliot Bramhall", "end of June 2017", None, "Open", ""),
    ("D10", "WF", "MM", "24 WTE psychological therapists trained (IAPT expansion)", "Ruairi Galbraith", "Q4 2017/18",
     None, "Open", ""),
    ("D11", "OEC", "AP", "Outpatient booking centralised in one team for both trusts", "Lorna Quilliam", "tbc", None,
     "Open", "Depends on the AP operating model"),
    ("D12", "ES", "AP", "Business case for the Fallowmere day surgery unit", "Fenwick Adeyemi", "Q2 2017/18",
     "Q3 2017/18", "At risk", "Planning advice awaited"),
    ("D13", "DG", "OEC", "Advice and guidance through e-Referral live in every practice", "Morwenna Tsang",
     "by 31/03/18", None, "Open", ""),
    ("D14", "UCR", "AP", "Streaming model agreed for both emergency departments", "Dr Emeka Ashdown-Price",
     datetime(2017, 3, 31), None, "Met", "Agreed at the UCR Programme Board"),
]
BENEFIT_MAP = {  # programme -> {must-do: share of 2020/21 benefit}
    "HF": {2: 0.30, 3: 0.20, 4: 0.50},
    "UCR": {2: 0.20, 4: 0.70, 7: 0.10},
    "OEC": {2: 0.40, 5: 0.35, 6: 0.25},
    "MM": {2: 0.15, 7: 0.85},
    "AP": {2: 0.50, 5: 0.20, 6: 0.10, 9: 0.20},
    "LW": {2: 0.55, 3: 0.25, 6: 0.20},
}
MD_HEADS = {2: "MD2 Financial balance", 3: "MD3 General practice", 4: "MD4 A&E and ambulance",
            5: "MD5 RTT 18 weeks", 6: "MD6 Cancer 62 days", 7: "MD7 Mental health", 8: "MD8 Learning disabilities",
            9: "MD9 Quality"}


def register(path: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    white = Font(bold=True, color="FFFFFF")
    navy = PatternFill("solid", fgColor="1F3864")
    grey = PatternFill("solid", fgColor="D9D9D9")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    # Read me
    ws = wb.active
    ws.title = "Read me"
    readme = [
        "Fallowmere & Cradlebury STP: programme interdependencies and benefits register",
        "Version 0.7, as at 28/04/2017. Maintained by the STP PMO (Jocasta Pyrford, Head of PMO).",
        "",
        "Sheets",
        "Matrix: which programme gives what to which; each cell lists dependency IDs (rows give, columns receive).",
        "Dependencies: the log. One row per dependency.",
        "Must-do benefit map: the share of each programme's planned 2020/21 benefit that counts towards each national "
        "must-do.",
        "Programmes: codes, SROs, clinical leads and programme managers.",
        "",
        "Rules",
        "Need-by: where a Revised date is given it replaces the Original date. The Original is kept for the audit "
        "trail.",
        "Status: Open, At risk or Met. At risk items go to the Delivery Group each month.",
        "Benefit map: blank means no contribution. Enablers carry no benefit of their own.",
    ]
    for i, line in enumerate(readme, 1):
        ws.cell(row=i, column=1, value=line or None)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A4"].font = ws["A10"].font = bold
    ws.column_dimensions["A"].width = 120

    # Matrix
    ws = wb.create_sheet("Matrix")
    ws["A1"] = "Dependency matrix (IDs from the Dependencies sheet)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=1 + len(CODES))
    ws.cell(row=3, column=2, value="RECEIVING programme").alignment = centre
    ws.cell(row=3, column=2).fill, ws.cell(row=3, column=2).font = navy, white
    ws.cell(row=4, column=1, value="GIVING programme").font = bold
    for j, code in enumerate(CODES, 2):
        c = ws.cell(row=4, column=j, value=code)
        c.font, c.alignment, c.border = bold, centre, box
    for i, giver in enumerate(CODES, 5):
        ws.cell(row=i, column=1, value=giver).font = bold
        for j, receiver in enumerate(CODES, 2):
            c = ws.cell(row=i, column=j)
            c.border = box
            if giver == receiver:
                c.fill = grey
                continue
            ids = [d[0] for d in DEPENDENCIES if d[1] == giver and d[2] == receiver]
            if ids:
                c.value = "; ".join(ids)
                c.alignment = centre
    ws.column_dimensions["A"].width = 18

    # Dependencies: two-row header, Need-by merged over Original / Revised
    ws = wb.create_sheet("Dependencies")
    ws["A1"] = "Programme interdependencies: log"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "As at 28/04/2017. Where a Revised need-by is given it replaces the Original (see Read me)."
    heads = ["ID", "Giving programme", "Receiving programme", "What is needed", "Giving lead", "Need-by", None,
             "Status", "Notes"]
    for j, h in enumerate(heads, 1):
        if h is not None:
            ws.cell(row=4, column=j, value=h)
    ws.cell(row=5, column=6, value="Original")
    ws.cell(row=5, column=7, value="Revised")
    ws.merge_cells("F4:G4")
    for col in "ABCDEHI":
        ws.merge_cells(f"{col}4:{col}5")
    for r in (4, 5):
        for j in range(1, 10):
            c = ws.cell(row=r, column=j)
            c.fill, c.font, c.alignment, c.border = navy, white, centre, box
    for i, d in enumerate(DEPENDENCIES, 6):
        for j, value in enumerate(d, 1):
            c = ws.cell(row=i, column=j, value=value if value != "" else None)
            c.alignment, c.border = wrap, box
            if isinstance(value, datetime):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [6, 11, 11, 52, 22, 20, 20, 9, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B6"

    # Must-do benefit map: a band over the must-do columns; shares as % number format; blank = none
    ws = wb.create_sheet("Must-do benefit map")
    ws["A1"] = "Where programme benefits land: share of each programme's planned 2020/21 benefit by national must-do"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Each row totals 100%. MD1 (the STP itself) is not attributed."
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=10)
    ws.cell(row=4, column=3, value="National must-do (2016/17 planning guidance)")
    ws.cell(row=5, column=1, value="Code")
    ws.cell(row=5, column=2, value="Programme")
    for j, n in enumerate(range(2, 10), 3):
        ws.cell(row=5, column=j, value=MD_HEADS[n])
    ws.cell(row=5, column=11, value="Check")
    ws.merge_cells("A4:B4")
    for r in (4, 5):
        for j in range(1, 12):
            c = ws.cell(row=r, column=j)
            c.fill, c.font, c.alignment, c.border = navy, white, centre, box
    names = {p[0]: p[1] for p in PROGRAMMES}
    row = 6
    for code, shares in BENEFIT_MAP.items():
        ws.cell(row=row, column=1, value=code).border = box
        ws.cell(row=row, column=2, value=names[code]).border = box
        for j, n in enumerate(range(2, 10), 3):
            c = ws.cell(row=row, column=j, value=shares.get(n))
            c.number_format, c.border, c.alignment = "0%", box, Alignment(horizontal="center")
        c = ws.cell(row=row, column=11, value=f"=SUM(C{row}:J{row})")
        c.number_format, c.border = "0%", box
        row += 1
    for code in ("DG", "WF", "ES"):
        ws.cell(row=row, column=1, value=code).border = box
        ws.cell(row=row, column=2, value=names[code]).border = box
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=11)
        c = ws.cell(row=row, column=3, value="Enabler: benefits are counted in the programmes above")
        c.alignment, c.fill = Alignment(horizontal="center"), grey
        row += 1
    ws.cell(row=row + 1, column=1, value="Note: no programme carries must-do 8. Learning disabilities is delivered "
                                          "through the Fallowmere & Cradlebury Transforming Care Partnership plan, "
                                          "outside this register.")
    ws.column_dimensions["B"].width = 34
    for col in "CDEFGHIJ":
        ws.column_dimensions[col].width = 14

    # Programmes
    ws = wb.create_sheet("Programmes")
    ws["A1"] = "Programmes and enablers: who leads them"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(["Code", "Programme", "SRO", "SRO's post", "Clinical lead", "Programme manager"], 1):
        c = ws.cell(row=3, column=j, value=h)
        c.fill, c.font, c.alignment, c.border = navy, white, centre, box
    for i, p in enumerate(PROGRAMMES, 4):
        for j, value in enumerate(p, 1):
            c = ws.cell(row=i, column=j, value=value)
            c.alignment, c.border = wrap, box
    for col, w in zip("ABCDEF", [7, 36, 34, 48, 30, 22]):
        ws.column_dimensions[col].width = w

    wb.properties.creator = "Jocasta Pyrford"
    wb.properties.title = "Interdependencies and benefits register"
    wb.properties.created = wb.properties.modified = PINNED["register"]
    wb.properties.lastModifiedBy = "Jocasta Pyrford"
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Conference poster (PDF, A1 landscape)
# ---------------------------------------------------------------------------------------------------------------
def poster(path: Path) -> None:
    W, H = 2384, 1684
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("Home First Rapid Response: evaluation poster")
    c.setAuthor("Dr Ffion Tregaskis")
    teal = colors.HexColor("#00656B")
    c.setFillColor(teal)
    c.rect(0, H - 300, W, 300, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 60)
    c.drawString(70, H - 110, "Two hours, not an ambulance: a rapid community response for frail older people")
    authors = ParagraphStyle("au", fontName="DV", fontSize=30, leading=38, textColor=colors.white)
    aff = ParagraphStyle("af", fontName="DV", fontSize=19, leading=25, textColor=colors.white)
    p = Paragraph("Dr Ffion Tregaskis<super>1</super>, Barnaby Wrenfield<super>2</super>, Maud Sillitoe<super>3"
                  "</super>, Aled Moorhouse<super>4</super>, Nerys Whitcombe<super>5</super>", authors)
    p.wrapOn(c, W - 140, 80)
    p.drawOn(c, 70, H - 175)
    p = Paragraph("<super>1</super> GP, Fallowmere North Health Centre, and clinical lead, Home First programme; "
                  "<super>2</super> Programme Manager, Home First, Fallowmere &amp; Cradlebury STP; "
                  "<super>3</super> Senior Analyst, Fallowmere CCG; <super>4</super> Clinical Operations Manager, "
                  "North Marches Ambulance Service NHS Trust; <super>5</super> Care Home Liaison Nurse, Tarnside "
                  "Health and Care NHS FT", aff)
    p.wrapOn(c, W - 140, 100)
    p.drawOn(c, 70, H - 280)

    head = ParagraphStyle("hd", fontName="DVB", fontSize=34, leading=42, textColor=teal, spaceAfter=14)
    body = ParagraphStyle("bd", fontName="DV", fontSize=23, leading=31, spaceAfter=14)
    cell = ParagraphStyle("cl", fontName="DV", fontSize=20, leading=25)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB", textColor=colors.white)
    col_w, gap, top, bottom = 520, 46, H - 340, 190
    xs = [70 + i * (col_w + gap) for i in range(4)]
    columns = [
        [Paragraph("Background", head),
         Paragraph("Fallowmere &amp; Cradlebury has 61,400 residents aged 75 and over. In 2015/16 there were 2,140 "
                   "emergency admissions of people aged 75+ after a fall, and most arrived by ambulance.", body),
         Paragraph("Aim", head),
         Paragraph("To see whether a community team that reaches a frail older person at home within two hours can "
                   "safely replace an ambulance conveyance to the emergency department.", body)],
        [Paragraph("Method", head),
         Paragraph("A 16-week pilot ran from 3 October 2016 to 22 January 2017 in the Fallowmere North locality: "
                   "8 practices, 58,300 registered patients, 5,210 of them aged 75 or over.", body),
         Paragraph("Crews, care homes and GPs could call the rapid response team from 08:00 to 20:00. We compared the "
                   "pilot weeks with the same 16 weeks of 2015/16.", body)],
        [Paragraph("Results", head),
         Table([[Paragraph(t, cellb) for t in ("Measure (people aged 75+)", "Pilot", "Same weeks 2015/16", "Change")],
                *[[Paragraph(t, cell) for t in r] for r in [
                    ("Referrals to rapid response", "412", "–", "–"),
                    ("Seen within 2 hours of referral", "87%", "–", "–"),
                    ("Ambulance conveyances after a fall", "131", "187", "−30%"),
                    ("Emergency admissions", "604", "671", "−10%"),
                    ("Still at home 7 days later", "91%", "–", "–")]]],
               colWidths=[205, 85, 125, 105],
               style=TableStyle([("GRID", (0, 0), (-1, -1), 1, colors.HexColor("#7F7F7F")),
                                 ("BACKGROUND", (0, 0), (-1, 0), teal), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         Spacer(1, 18),
         Paragraph("No serious incidents were reported. Two in three referrals came from ambulance crews.", body)],
        [Paragraph("Conclusions", head),
         Paragraph("A two-hour community response is safe and cuts conveyances after a fall by almost a third.", body),
         Paragraph("Next steps", head),
         Paragraph("Roll-out to the other three Fallowmere localities from 2 October 2017, and to the Cradlebury "
                   "&amp; Wendle localities in Q4 2017/18, under a new service specification.", body)],
    ]
    for x, flow in zip(xs, columns):
        Frame(x, bottom, col_w, top - bottom, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(flow, c)
    # the must-do strip: a row of nine circled numbers, the supported ones dark
    c.setFillColor(colors.HexColor("#E8F3F3"))
    c.rect(0, 0, W, 170, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DVB", 24)
    c.drawString(70, 118, "National must-dos this work supports")
    plain = "①②③④⑤⑥⑦⑧⑨"
    dark = "➊➋➌➍➎➏➐➑➒"
    supported = {3, 4}
    for i in range(9):
        c.setFont("DV", 44)
        c.setFillColor(teal if i + 1 in supported else colors.HexColor("#A6A6A6"))
        c.drawString(620 + i * 62, 108, dark[i] if i + 1 in supported else plain[i])
    c.setFillColor(colors.HexColor("#404040"))
    c.setFont("DV", 17)
    c.drawString(70, 70, "Key: dark = supported. 1 STP; 2 financial balance; 3 general practice; 4 A&E and ambulance; "
                         "5 referral to treatment; 6 cancer; 7 mental health; 8 learning disabilities; 9 quality.")
    c.drawString(70, 34, "Presented at the North Marches Integrated Care Showcase, 23 May 2017. Contact: Barnaby "
                         "Wrenfield, Home First Programme Manager.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 06 Service specification (Word)
# ---------------------------------------------------------------------------------------------------------------
def spec(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)

    def para(text, bold=False, size=None, align=None, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def shade(cell, fill):
        tc = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc.append(shd)

    def table(rows, head=True, widths=None):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                cell = t.cell(i, j)
                cell.text = v
                if head and i == 0:
                    shade(cell, "D9E2F3")
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        return t

    para("NHS STANDARD CONTRACT 2017/18 AND 2018/19", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("PARTICULARS, SCHEDULE 2 - THE SERVICES", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("A. Service Specifications", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = table([
        ["Service Specification No.", "HF03"],
        ["Service", "Home First Rapid Response and Community Frailty Service"],
        ["Commissioner Lead", "Imogen Threlkeld, Head of Integrated Commissioning (Older People), Fallowmere CCG, for "
                              "Fallowmere CCG and Cradlebury & Wendle CCG"],
        ["Provider Lead", "Gwendolen Sayce, Director of Community Services, Tarnside Health and Care NHS Foundation "
                          "Trust"],
        ["Period", "2 October 2017 to 31 March 2019"],
        ["Date of Review", "end of September 2018"],
    ], head=False)
    for row in t.rows:
        shade(row.cells[0], "F2F2F2")
        for run in row.cells[0].paragraphs[0].runs:
            run.bold = True
    para("Version 1.0, 12 June 2017. Agreed at the Home First Programme Board on 25 May 2017.", italic=True)

    para("1. Population Needs", bold=True, size=11)
    para("1.1 National/local context and evidence base", bold=True)
    para("Fallowmere & Cradlebury has 61,400 residents aged 75 and over (2016 mid-year estimate), a number expected "
         "to grow by 18% by 2021. In 2015/16 there were 2,140 emergency admissions of people aged 75 and over after "
         "a fall.")
    para("1.2 The service builds on the Home First rapid response pilot in Fallowmere North (3 October 2016 to 22 "
         "January 2017), which showed that a two-hour community response safely avoids many ambulance conveyances.")
    para("2. Outcomes", bold=True, size=11)
    para("2.1 NHS Outcomes Framework Domains & Indicators", bold=True)
    dom = table([
        ["Domain", "", "Applies"],
        ["Domain 1", "Preventing people from dying prematurely", ""],
        ["Domain 2", "Enhancing quality of life for people with long-term conditions", "✓"],
        ["Domain 3", "Helping people to recover from episodes of ill-health or following injury", "✓"],
        ["Domain 4", "Ensuring people have a positive experience of care", ""],
        ["Domain 5", "Treating and caring for people in a safe environment and protecting them from avoidable harm",
         "✓"],
    ])
    merged = dom.cell(0, 0).merge(dom.cell(0, 1))
    merged.text = "NHS Outcomes Framework domain"
    for run in merged.paragraphs[0].runs:
        run.bold = True
    para("2.2 Local defined outcomes", bold=True)
    para("Fewer people aged 75 and over conveyed to hospital after a fall; more people still living at home seven "
         "days after an urgent referral; care home staff confident about who to call.")
    para("3. Scope", bold=True, size=11)
    para("3.1 Aims and objectives of service", bold=True)
    para("To respond at home within two hours to an urgent referral for a frail older person, to assess, treat and "
         "support them to stay at home where it is safe, and to link them to ongoing community and social care.")
    para("3.2 Service description/care pathway", bold=True)
    para("The service will respond within two hours to urgent referrals from 08:00 to 22:00, 365 days a year. "
         "Referrals made overnight are held by the integrated urgent care hub, once it is live, and passed to the "
         "service at 08:00.")
    para("The service adds 11.4 WTE to the existing community teams: advanced clinical practitioners, community "
         "nurses, therapists and support workers, with a consultant geriatrician in-reach session every weekday.")
    para("3.3 Population covered", bold=True)
    para("Phase 1: patients registered with practices in the four Fallowmere localities (Fallowmere North, Fallowmere "
         "South, Fallowmere East and Fallowmere Rural). Phase 2: the three Cradlebury & Wendle localities "
         "(Cradlebury North, Cradlebury South and Wendle Valley).")
    para("3.4 Any acceptance and exclusion criteria and thresholds", bold=True)
    para("Adults aged 65 and over, or younger adults living with frailty, who need an urgent response at home. "
         "Excluded: people needing an emergency ambulance response (category 1 or 2 calls).")
    para("3.5 Interdependence with other services/providers", bold=True)
    para("North Marches Ambulance Service; the integrated urgent care hub (from its go-live); adult social care in "
         "both councils; the Live Well community falls prevention classes; general practice.")
    para("4. Applicable Service Standards", bold=True, size=11)
    para("4.1 Applicable national standards (e.g. NICE)", bold=True)
    para("NICE CG161 (falls in older people); NICE NG27 (transition between inpatient hospital settings and community "
         "or care home settings).")
    para("5. Applicable quality requirements and CQUIN goals", bold=True, size=11)
    para("5.1 Key performance indicators", bold=True)
    table([
        ["Indicator", "Threshold", "Method of measurement", "Frequency"],
        ["Urgent referrals seen within 2 hours", "85%", "Clinical system extract", "Monthly"],
        ["Patients still at home 7 days after the response", "80%", "Clinical system extract", "Monthly"],
        ["Referrals from the integrated urgent care hub accepted (from hub go-live)", "95%", "Hub audit",
         "Quarterly"],
        ["People aged 75+ conveyed to ED after a rapid response visit", "no more than 15%", "Ambulance data",
         "Quarterly"],
    ])
    para("6. Location of Provider Premises", bold=True, size=11)
    para("Tarnside Health and Care NHS Foundation Trust, Fallowmere Community Hub, Brewer Street, Fallowmere; and "
         "Wendle Valley Health Centre for phase 2.")
    para("7. Mobilisation and key contacts", bold=True, size=11)
    para("7.1 Mobilisation plan", bold=True)
    table([
        ["Milestone", "Date", "Responsible"],
        ["Recruitment of the additional 11.4 WTE complete", "end of August 2017", "Gwendolen Sayce"],
        ["Phase 1 go-live (four Fallowmere localities)", "2 October 2017", "Gwendolen Sayce"],
        ["Referrals accepted from the integrated urgent care hub", "from hub go-live, end of February 2018",
         "Sunniva Parfitt"],
        ["Phase 2 go-live (Cradlebury & Wendle localities)", "Q1 2018/19 (was Q4 2017/18)", "Dr Ishaan Verhoeven"],
        ["Contract review", "end of September 2018", "Imogen Threlkeld"],
    ])
    para("7.2 Phase 2 was moved from Q4 2017/18 to Q1 2018/19 by the Home First Programme Board on 25 May 2017, so "
         "that the Cradlebury & Wendle localities start after the integrated urgent care hub has gone live.")
    para("7.3 Provider clinical lead: Dr Ishaan Verhoeven, Consultant Geriatrician, Fallowmere Hospitals NHS "
         "Foundation Trust (honorary contract with Tarnside Health and Care).")

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fallowmere & Cradlebury STP | Service Specification HF03 | v1.0 | 12 June 2017"
    for r in hp.runs:
        r.font.size, r.font.color.rgb = Pt(8), RGBColor(0x59, 0x59, 0x59)
    cp = doc.core_properties
    cp.author, cp.title, cp.last_modified_by = "Imogen Threlkeld", "Service Specification HF03", "Imogen Threlkeld"
    cp.created = cp.modified = PINNED["spec"]
    cp.revision = 3
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    workshop(OUT / FILES["workshop"])
    obc(OUT / FILES["obc"])
    (OUT / FILES["notes"]).write_text(speaking_notes())
    register(OUT / FILES["register"])
    poster(OUT / FILES["poster"])
    spec(OUT / FILES["spec"])
    for key in ("workshop", "register", "spec"):
        fix_zip(OUT / FILES[key], PINNED[key])
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
