"""Build papers/ for the imaginary Wrayholme, Kingsferry & Ebbdale STP (2017-19 planning round).

Six papers, in layouts chosen to differ from every earlier bank (see README.md):
  01 a programme definition document (Word): a document-control table whose version history brings a date
     forward; a place table whose units live in the column headings ("Registered population (persons)", "Aged 75+
     (%)", "GP practices (no.)"); one section per priority whose delivery is written as phases
     ("Phase 2 (Q3 2018/19-Q1 2019/20): ..."); the people only in a leadership section GROUPED BY ROLE (SROs,
     clinical leads, programme managers: "priority - person"), the finance leads INVERTED ("person: priority;
     priority"), one priority with no programme manager of its own; governance in prose
  02 a delivery roadmap (PDF, landscape): a Gantt chart DRAWN ON THE CANVAS (no table): months Apr-18..Mar-19 and
     two quarter columns Q1 19/20, Q2 19/20 under financial-year bands; phase bars; milestones as diamonds
     labelled only "M1".."M14", so a milestone's month is only the column it sits in; a re-profiled milestone drawn
     twice (hollow baseline diamond and filled forecast diamond, same label); a dashed status-date line; the
     milestone names and statuses only in a key on page 2
  03 a board development deck (PowerPoint): the must-do coverage as a "golden thread" diagram: nine must-do boxes
     on the left, six priority boxes on the right, joined ONLY by connector lines (glued to the boxes), solid for
     a primary and dashed for a supporting contribution, explained by a drawn legend; a must-do with no line is
     the gap; an enablers table with an interim lead and a vacancy
  04 a financial and activity plan (Excel): units in a SEPARATE ROW under the headings ("£000", "£m"), a
     Savings sheet mixing £000 and £m columns with a dash for none and a Total row, an Activity sheet whose unit
     is a column of its own (per 1,000, %, WTE, bed days), and a System sheet of label / value / unit rows with a
     deficit as a negative number
  05 a Partnership Board paper (PDF) in SBAR form: a front sheet of label/value rows with ballot-box ticks
     (purpose, FOI status), then Situation / Background / Assessment / Recommendation as a two-column table with
     a large shaded letter beside each section; an interim SRO for a period, a changed programme manager, a moved
     opening date, month 6 savings in £k, recommendations in capitals ("APPROVE", "NOTE") and a table of
     forthcoming milestones with exact days
  06 a staff webinar transcript (text) in the Teams cue format (a "start --> end" timestamp line, the speaker's
     name on its own line, then what was said), sentences running over cue boundaries, a speaker correcting a
     date mid-sentence, and a question from the chat answered "not appointed yet"

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
STAMP = (2018, 11, 9, 16, 40, 0)
ISO_STAMP = b"2018-11-09T16:40:00Z"

F_PDD = "01_WKE_Programme_Definition_Document_v1.4_Mar2018.docx"
F_ROADMAP = "02_WKE_Delivery_Roadmap_2018-19_Sep2018.pdf"
F_DECK = "03_WKE_Golden_Thread_Board_Development_Jun2018.pptx"
F_PLAN = "04_WKE_Financial_and_Activity_Plan_2018-19.xlsx"
F_SBAR = "05_WKE_Partnership_Board_Programme_Update_SBAR_18Oct2018.pdf"
F_WEBINAR = "06_WKE_Staff_Webinar_Transcript_7Nov2018.txt"

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")

# ================================================================================================ the footprint
STP = "Wrayholme, Kingsferry & Ebbdale"
ABBR = "WKE"
# place: registered population (persons), aged 75+ (%), GP practices (no.), acute site
PLACES = [("Wrayholme", "268,400", "8.9", "38", "Wrayholme General Hospital"),
          ("Kingsferry", "187,900", "9.6", "29", "Kingsferry Royal Infirmary"),
          ("Ebbdale", "74,200", "12.3", "17", "None (served from Kingsferry Royal Infirmary)")]
TOTAL_ROW = ("Total", "530,500", "9.6", "84", "")
PARTNERS = ["Wrayholme Teaching Hospitals NHS Foundation Trust (WTH)",
            "Kingsferry and Ebbdale Hospitals NHS Trust (KEH)",
            "Saltings Partnership NHS Foundation Trust (community and mental health services)",
            "Northmarsh Ambulance Service NHS Trust",
            "NHS Wrayholme CCG", "NHS Kingsferry and Ebbdale CCG",
            "Wrayholme Borough Council", "Ebbshire County Council"]

# code: name as written in the papers
PRIORITIES = {"AW": "Ageing Well and Frailty",
              "UC": "Right Care, Right Place",
              "PC": "Primary Care at Scale",
              "MH": "Crisis and Liaison Mental Health",
              "PL": "Planned Care and Outpatients",
              "CD": "Cancer and Diagnostics"}
SUBTITLE = {"UC": "urgent and emergency care", "MH": "adult mental health"}

SRO = {"AW": ("Marisol Dunleavy", "Director of Operations, Saltings Partnership NHS Foundation Trust"),
       "UC": ("Gideon Rauch-Atkinson", "Chief Operating Officer, KEH"),
       "PC": ("Dr Hamish Tregarthen", "Chief Clinical Officer, NHS Kingsferry and Ebbdale CCG"),
       "MH": ("Conall Mbeki-Rourke", "Director of Strategy, Saltings Partnership NHS Foundation Trust"),
       "PL": ("Celestine Arkwright", "Director of Commissioning, NHS Wrayholme CCG"),
       "CD": ("Professor Idris Caulfield", "Medical Director, WTH")}
CLINICAL = {"AW": ("Dr Tobiah Grimshaw", "Consultant Geriatrician, WTH"),
            "UC": ("Dr Priya Venkataraman-Lees", "Consultant in Emergency Medicine, WTH"),
            "PC": ("Dr Esme Lindqvist", "GP partner, Ebbdale"),
            "MH": ("Dr Annika Holloway-Sesay", "Consultant Liaison Psychiatrist, Saltings Partnership"),
            "PL": ("Mr Ravindra Ostrowski", "Consultant Orthopaedic Surgeon, KEH"),
            "CD": ("Dr Maren Oyelaran-Fitch", "Consultant Radiologist, KEH")}
PROG_MGR = {"AW": "Kezia Hallworth", "UC": "Florian Eastwood", "PC": "Rupert Nakamura-Hale",
            "MH": "Jasper Wetherell", "PL": "Delphine Kirkbride"}          # CD: none of its own
FINANCE_LEADS = [("Niamh Orwell-Baptiste", "Deputy Director of Finance, NHS Wrayholme CCG", ["AW", "PC"]),
                 ("Oluwaseun Brackley", "Head of Financial Planning, KEH", ["UC", "MH"]),
                 ("Tamsin Olufemi", "Associate Director of Finance, WTH", ["PL", "CD"])]

# phases, as written in the programme definition, with the Gantt columns each bar spans (0 = Apr-18 ... 11 =
# Mar-19, 12 = Q1 19/20, 13 = Q2 19/20)
PHASES = {
    "AW": [("Phase 1 (Q1-Q2 2018/19)", "the \u201cred bag\u201d hospital transfer scheme in all 61 care homes; "
            "community frailty teams aligned to the primary care homes.", 0, 5),
           ("Phase 2 (Q3 2018/19-Q1 2019/20)", "a frailty assessment unit at Wrayholme General Hospital; the "
            "electronic frailty index used in every practice.", 6, 12),
           ("Phase 3 (Q2 2019/20 onwards)", "a second frailty unit at Kingsferry Royal Infirmary.", 13, 13)],
    "UC": [("Phase 1 (Q1-Q2 2018/19)", "faster ambulance handovers and front-door streaming at both acute "
            "sites.", 0, 5),
           ("Phase 2 (Q3 2018/19-Q2 2019/20)", "the Kingsferry Urgent Treatment Centre and a clinical "
            "assessment service behind NHS 111.", 6, 13)],
    "PC": [("Phase 1 (Q1 2018/19)", "14 primary care homes formed, each serving 30,000 to 50,000 people.", 0, 2),
           ("Phase 2 (Q2-Q3 2018/19)", "evening and weekend appointments (extended access) for the whole "
            "population by 1 October 2018.", 3, 8),
           ("Phase 3 (Q4 2018/19 onwards)", "clinical pharmacists and physician associates shared across each "
            "home.", 9, 13)],
    "MH": [("Phase 1 (Q2-Q4 2018/19)", "recruitment to a Core 24 liaison psychiatry service at Wrayholme "
            "General Hospital.", 3, 11),
           ("Phase 2 (Q1-Q2 2019/20)", "a crisis house in Ebbdale as an alternative to admission.", 12, 13)],
    "PL": [("Phase 1 (Q1-Q2 2018/19)", "one musculoskeletal (MSK) triage service across the footprint.", 0, 5),
           ("Phase 2 (Q3-Q4 2018/19)", "outpatient follow-ups cut by a tenth through advice and guidance and "
            "patient-initiated follow-up.", 6, 11)],
    "CD": [("Phase 1 (Q1 2018/19)", "straight-to-test for suspected colorectal cancer.", 0, 2),
           ("Phase 2 (Q2-Q4 2018/19)", "a rapid diagnostic service pilot at Kingsferry Royal Infirmary, then its "
            "evaluation.", 3, 11)],
}

# Gantt columns
COLS = ["Apr-18", "May-18", "Jun-18", "Jul-18", "Aug-18", "Sep-18", "Oct-18", "Nov-18", "Dec-18", "Jan-19",
        "Feb-19", "Mar-19", "Q1 19/20", "Q2 19/20"]
# roadmap milestones: ref, priority, text, forecast column, baseline column (if re-profiled), status (key)
MILESTONES = [
    ("M1", "AW", "Frailty assessment unit opens at Wrayholme General Hospital", 9, 7, "Re-profiled"),
    ("M2", "AW", "\u201cRed bag\u201d transfer scheme running in all care homes", 3, None, "Achieved"),
    ("M3", "AW", "Electronic frailty index used in every practice", 11, None, "On track"),
    ("M4", "UC", "Kingsferry Urgent Treatment Centre designated", 8, None, "On track"),
    ("M5", "UC", "NHS 111 clinical assessment service live", 12, None, "On track"),
    ("M6", "UC", "No ambulance handover longer than 60 minutes at either acute site", 5, None, "At risk"),
    ("M7", "PC", "14 primary care homes formed, covering the whole population", 2, None, "Delayed"),
    ("M8", "PC", "Extended access for 100% of the population", 6, None, "On track"),
    ("M9", "MH", "Core 24 liaison psychiatry in place at Wrayholme General Hospital", 10, None, "On track"),
    ("M10", "MH", "Ebbdale crisis house opens", 13, None, "On track"),
    ("M11", "PL", "MSK triage service live across the footprint", 4, None, "At risk"),
    ("M12", "PL", "Outpatient follow-ups reduced by 10%", 11, None, "On track"),
    ("M13", "CD", "Rapid diagnostic service pilot sees its first patients", 7, None, "On track"),
    ("M14", "CD", "Straight-to-test in place for suspected colorectal cancer", 1, None, "Achieved"),
]

# must-dos as the deck labels them, and the golden-thread lines: must-do -> [(priority, "solid"|"dash")]
MUSTDOS = {1: "Delivering the STP", 2: "Financial balance", 3: "General practice", 4: "A&E and ambulance",
           5: "Referral to treatment (18 weeks)", 6: "Cancer (62 days)", 7: "Mental health access",
           8: "Learning disabilities", 9: "Quality and special measures"}
THREADS = {1: [("AW", "dash"), ("PC", "dash")],
           2: [("AW", "solid"), ("PL", "solid"), ("UC", "dash")],
           3: [("PC", "solid")],
           4: [("UC", "solid"), ("AW", "dash"), ("MH", "dash")],
           5: [("PL", "solid"), ("CD", "dash")],
           6: [("CD", "solid")],
           7: [("MH", "solid"), ("PC", "dash")],
           8: [],
           9: [("PL", "dash"), ("MH", "dash")]}

# savings (£000) and investment (£m): code -> (17/18 plan, 17/18 outturn, 18/19 plan, 19/20 plan, invest 18/19 £m)
SAVINGS = {"AW": (2100, 1760, 3400, 4200, 1.10),
           "UC": (1500, 1180, 2650, 3100, 2.45),
           "PC": (400, 390, 900, 1200, 1.80),
           "MH": (600, 640, 1420, 1900, 1.35),
           "PL": (2900, 2310, 3850, 4400, 0.60),
           "CD": (None, None, 750, 1300, 0.95)}
SAVINGS_TOTAL = (7500, 6280, 12970, 16100, 8.25)

# activity: metric, unit, baseline 2016/17, plan 2018/19, plan 2019/20, priority
ACTIVITY = [("Emergency admissions, people aged 75 and over", "per 1,000 population aged 75+", 252, 232, 220, "AW"),
            ("Patients in A&E for under 4 hours", "%", 86.1, 95, 95, "UC"),
            ("Ambulance handovers over 30 minutes", "number per month", 640, 200, 0, "UC"),
            ("Out-of-area acute mental health placements", "occupied bed days per quarter", 1150, 300, 0, "MH"),
            ("Additional crisis and liaison staff", "WTE", 0, 24.5, 31, "MH"),
            ("Consultant-led outpatient follow-ups", "attendances (000s)", 412, 365, 330, "PL"),
            ("Cancer treatment within 62 days of urgent referral", "%", 79.4, 85, 85, "CD")]

SYSTEM = [("Do-nothing financial gap by 2020/21", 172.4, "\u00a3m"),
          ("System control total 2018/19 (deficit shown as negative)", -18.9, "\u00a3m"),
          ("Sustainability and Transformation Fund 2018/19", 11.2, "\u00a3m"),
          ("Capital bids submitted (wave 3)", 3, "number")]


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with fixed entry times and fixed core-property times (the same bytes each run)."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + ISO_STAMP, data)
            z.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)


def core_props(props, title, author="WKE STP Programme Management Office"):
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = datetime(*STAMP)
    props.revision = 3


SS = getSampleStyleSheet()
NAVY = colors.HexColor("#1f3b63")
SKY = colors.HexColor("#dce6f2")
SAND = colors.HexColor("#f3ead8")
BODY = ParagraphStyle("b", parent=SS["BodyText"], fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=5)
CELL = ParagraphStyle("c", parent=BODY, fontSize=8.8, leading=11.5, spaceAfter=3)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="DejaVu-Bold")
TITLE = ParagraphStyle("t", parent=BODY, fontName="DejaVu-Bold", fontSize=15, leading=19, textColor=NAVY,
                       spaceAfter=4)
LETTER = ParagraphStyle("l", parent=BODY, fontName="DejaVu-Bold", fontSize=30, leading=34, alignment=1,
                        textColor=colors.white)
LETTERSUB = ParagraphStyle("ls", parent=BODY, fontName="DejaVu", fontSize=6.5, leading=9, alignment=1,
                           textColor=colors.white)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ================================================================================================ 01 PDD (Word)
def build_pdd():
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    core_props(d.core_properties, "WKE STP Programme Definition Document 2018-19, version 1.4")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    def shade(cell, fill):
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shd)

    def table(rows, widths=None, head_fill="1F3B63"):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.text = text
                run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
                if i == 0 and run is not None:
                    run.bold = True
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                    shade(cell, head_fill)
        return t

    d.add_heading(f"{STP} Sustainability and Transformation Partnership", level=0)
    p = d.add_paragraph()
    p.add_run("Programme Definition Document 2018-19").bold = True
    d.add_paragraph("Version 1.4 \u2013 19 March 2018 \u2013 status: approved")

    d.add_heading("Document control", level=1)
    table([("Version", "Date", "Author", "Summary of changes"),
           ("1.0", "4 December 2017", "C Moorcroft", "First draft for the Chief Executives' Group"),
           ("1.1", "18 December 2017", "C Moorcroft", "Clinical leads added to section 3"),
           ("1.2", "29 January 2018", "K Hallworth", "Ageing Well phasing revised after clinical senate review"),
           ("1.3", "23 February 2018", "R Nakamura-Hale",
            "Extended access: 100% coverage brought forward from March 2019 to 1 October 2018, in line with the "
            "national planning guidance"),
           ("1.4", "19 March 2018", "C Moorcroft",
            "Finance leads confirmed; approved by the Partnership Board on 15 March 2018")])

    d.add_heading("1. Our footprint", level=1)
    d.add_paragraph(f"The {STP} footprint covers three places on the Ebb estuary. Eight organisations make up the "
                    "partnership: " + "; ".join(PARTNERS) + ".")
    table([("Place", "Registered population (persons)", "Aged 75+ (%)", "GP practices (no.)", "Acute site"),
           *PLACES, TOTAL_ROW])
    d.add_paragraph("Populations are GP registered lists at 1 January 2018.")

    d.add_heading("2. Our six priorities", level=1)
    d.add_paragraph("Each priority below is delivered in phases. Phases are given in NHS financial-year quarters "
                    "(Q1 is April to June). The delivery roadmap shows the milestones month by month.")
    aims = {"AW": "Find frail older people early, support them at home and shorten hospital stays when they are "
                  "admitted.",
            "UC": "See people in the right setting first time, so that the emergency departments treat "
                  "emergencies.",
            "PC": "Bring practices together into primary care homes that share staff and offer longer opening.",
            "MH": "Give people in mental health crisis a fast response wherever they present.",
            "PL": "Cut unnecessary hospital visits for planned treatment and outpatient care.",
            "CD": "Diagnose cancer earlier and faster."}
    for n, (code, name) in enumerate(PRIORITIES.items(), 1):
        d.add_heading(f"2.{n} {name} ({code})", level=2)
        p = d.add_paragraph()
        p.add_run("Aim. ").bold = True
        p.add_run(aims[code])
        for label, text, _a, _b in PHASES[code]:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(label + ": ").bold = True
            p.add_run(text[0].upper() + text[1:])

    d.add_heading("3. Who leads the programme", level=1)
    d.add_paragraph("People are listed by the role they hold. Section 3.4 lists each finance lead with the "
                    "priorities they support.")
    d.add_heading("3.1 Senior Responsible Owners", level=2)
    for code, name in PRIORITIES.items():
        d.add_paragraph(f"{name} \u2013 {SRO[code][0]} ({SRO[code][1]})", style="List Bullet")
    d.add_heading("3.2 Clinical leads", level=2)
    for code, name in PRIORITIES.items():
        d.add_paragraph(f"{name} \u2013 {CLINICAL[code][0]} ({CLINICAL[code][1]})", style="List Bullet")
    d.add_heading("3.3 Programme managers", level=2)
    for code, name in PRIORITIES.items():
        if code in PROG_MGR:
            d.add_paragraph(f"{name} \u2013 {PROG_MGR[code]}", style="List Bullet")
    d.add_paragraph("Cancer and Diagnostics has no programme manager of its own: programme support is provided "
                    "by the Ebb and Wray Cancer Alliance.")
    d.add_heading("3.4 Finance leads", level=2)
    for name, post, codes in FINANCE_LEADS:
        d.add_paragraph(f"{name}, {post}: " + "; ".join(PRIORITIES[c] for c in codes), style="List Bullet")

    d.add_heading("4. How we are governed", level=1)
    d.add_paragraph("The Partnership Board is chaired by Dame Evangeline Hartigan, the partnership's independent "
                    "chair, and meets in public every two months. Harriet Quennell-Obiora, Chief Executive of "
                    "WTH, is the STP Lead and chairs the Chief Executives' Group, which meets monthly. The Clinical "
                    "Board is chaired by Dr Linnea Farquharson, Medical Director of KEH. Yusuf Atherden, Director "
                    "of Finance of KEH, chairs the Finance and Investment Group and is the STP finance lead.")
    d.add_paragraph("Caspian Moorcroft, STP Programme Director, runs the Programme Management Office, which keeps "
                    "the delivery roadmap and reports each month to the Chief Executives' Group.")
    d.save(OUT / F_PDD)
    restamp(OUT / F_PDD)


# ================================================================================================ 02 roadmap (PDF Gantt)
def build_roadmap():
    W, H = landscape(A4)
    c = canvas.Canvas(str(OUT / F_ROADMAP), pagesize=(W, H), invariant=1)
    c.setTitle("WKE STP delivery roadmap 2018/19")
    c.setAuthor("WKE STP Programme Management Office")
    left, label_w, col_w, top = 28, 196, 42, H - 30
    x0 = left + label_w

    def col_x(i):
        return x0 + i * col_w

    c.setFont("Helvetica-Bold", 15)
    c.setFillColor(NAVY)
    c.drawString(left, top - 4, f"{STP} STP \u2013 delivery roadmap 2018/19")
    c.setFont("Helvetica", 9)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(left, top - 19, "Refreshed September 2018 for the Partnership Board. Milestone names and status: "
                                 "see the key on page 2.")
    # financial-year bands
    yb = top - 46
    for label, a, b in (("2018/19", 0, 11), ("2019/20", 12, 13)):
        c.setFillColor(NAVY)
        c.rect(col_x(a), yb, (b - a + 1) * col_w, 14, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(col_x(a) + (b - a + 1) * col_w / 2, yb + 4, label)
    # period headings
    ym = yb - 14
    c.setFont("Helvetica-Bold", 7.5)
    for i, text in enumerate(COLS):
        c.setFillColor(SKY)
        c.rect(col_x(i), ym, col_w, 14, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.drawCentredString(col_x(i) + col_w / 2, ym + 4, text)
    c.setFillColor(NAVY)
    c.drawString(left + 4, ym + 4, "Priority / phase / milestones")
    # rows
    row_h = 21
    y = ym
    grid_top = ym
    ms_by_code = {}
    for ref, code, _t, fc, bc, _s in MILESTONES:
        ms_by_code.setdefault(code, []).append((ref, fc, bc))
    for code, name in PRIORITIES.items():
        y -= row_h
        c.setFillColor(SAND)
        c.rect(left, y, label_w + len(COLS) * col_w, row_h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(left + 4, y + 5, f"{code}  {name}")
        # phases row
        y -= row_h
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(left + 14, y + 5, "Phases")
        for label, _text, a, b in PHASES[code]:
            c.setFillColor(colors.HexColor("#7da3cf"))
            c.roundRect(col_x(a) + 2, y + 3, (b - a + 1) * col_w - 4, row_h - 6, 3, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(col_x(a) + (b - a + 1) * col_w / 2, y + 6, label.split(" (")[0])
        # milestones row
        y -= row_h
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("Helvetica", 7.5)
        c.drawString(left + 14, y + 5, "Milestones")
        for ref, fc, bc in ms_by_code.get(code, []):
            for colno, hollow in ((bc, True), (fc, False)):
                if colno is None:
                    continue
                cx, cy, r = col_x(colno) + 12, y + row_h / 2, 5.5
                p = c.beginPath()
                p.moveTo(cx, cy + r)
                p.lineTo(cx + r, cy)
                p.lineTo(cx, cy - r)
                p.lineTo(cx - r, cy)
                p.close()
                c.setStrokeColor(NAVY)
                c.setLineWidth(1)
                c.setFillColor(colors.white if hollow else NAVY)
                c.drawPath(p, stroke=1, fill=1)
                c.setFillColor(colors.HexColor("#888888") if hollow else colors.black)
                c.setFont("Helvetica-Bold", 7)
                c.drawString(cx + r + 2, cy - 2.5, ref)
    grid_bottom = y
    # vertical grid lines
    c.setStrokeColor(colors.HexColor("#c9d3de"))
    c.setLineWidth(0.4)
    for i in range(len(COLS) + 1):
        c.line(col_x(i), grid_bottom, col_x(i), grid_top)
    c.line(left, grid_bottom, x0 + len(COLS) * col_w, grid_bottom)
    # status date line at the end of August 2018
    xs = col_x(5)
    c.setStrokeColor(colors.HexColor("#c0392b"))
    c.setLineWidth(1.2)
    c.setDash(4, 3)
    c.line(xs, grid_bottom - 6, xs, grid_top + 2)
    c.setDash()
    c.setFillColor(colors.HexColor("#c0392b"))
    c.setFont("Helvetica-Bold", 7.5)
    c.drawCentredString(xs, grid_bottom - 15, "Status at 31 Aug 2018")
    # legend
    ly = grid_bottom - 40
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    items = [("filled", "Milestone (forecast)"), ("hollow", "Baseline position of a re-profiled milestone"),
             ("bar", "Phase (see the Programme Definition Document)"), ("line", "Status date")]
    lx = left
    for kind, text in items:
        if kind in ("filled", "hollow"):
            p = c.beginPath()
            p.moveTo(lx + 5, ly + 8)
            p.lineTo(lx + 10, ly + 3)
            p.lineTo(lx + 5, ly - 2)
            p.lineTo(lx, ly + 3)
            p.close()
            c.setStrokeColor(NAVY)
            c.setFillColor(NAVY if kind == "filled" else colors.white)
            c.drawPath(p, stroke=1, fill=1)
        elif kind == "bar":
            c.setFillColor(colors.HexColor("#7da3cf"))
            c.roundRect(lx - 2, ly - 1, 16, 8, 2, stroke=0, fill=1)
        else:
            c.setStrokeColor(colors.HexColor("#c0392b"))
            c.setDash(4, 3)
            c.line(lx + 5, ly - 3, lx + 5, ly + 9)
            c.setDash()
        c.setFillColor(colors.black)
        c.drawString(lx + 18, ly, text)
        lx += 30 + c.stringWidth(text, "Helvetica", 8) + 14
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(left, 18, "WKE STP Programme Management Office \u2013 delivery roadmap 2018/19 \u2013 page 1 of 2")
    c.showPage()

    # ---- page 2: the key
    c.setFont("Helvetica-Bold", 13)
    c.setFillColor(NAVY)
    c.drawString(left, H - 40, "Key to milestones")
    rows = [["Ref", "Priority", "Milestone", "Status at 31 Aug 2018"]]
    for ref, code, text, _fc, bc, status in MILESTONES:
        note = " (baseline shown hollow)" if bc is not None else ""
        rows.append([ref, PRIORITIES[code], text, status + note])
    cs = ParagraphStyle("k", fontName="Helvetica", fontSize=8.5, leading=10.5)
    data = [[Paragraph(esc(x), cs) for x in r] for r in rows]
    t = Table(data, colWidths=[34, 170, 330, 190])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SKY),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9b8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    tw, th = t.wrapOn(c, W, H)
    t.drawOn(c, left, H - 56 - th)
    c.setFont("Helvetica", 8.5)
    c.setFillColor(colors.black)
    c.drawString(left, H - 72 - th, "Status: Achieved = met; On track = expected in the month shown; At risk = may "
                                    "miss the month shown; Delayed = month passed, not met; Re-profiled = moved "
                                    "to a later month with the Board's agreement.")
    c.setFont("Helvetica-Oblique", 7)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(left, 18, "WKE STP Programme Management Office \u2013 delivery roadmap 2018/19 \u2013 page 2 of 2")
    c.showPage()
    c.save()


# ================================================================================================ 03 deck (PowerPoint)
def build_deck():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    core_props(prs.core_properties, "WKE STP Partnership Board development session, 14 June 2018")
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = f"{STP} STP"
    s.placeholders[1].text = "Partnership Board development session \u2013 14 June 2018\nThe golden thread"

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "The golden thread: from national must-dos to our six priorities"
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(26)
    s.shapes.title.left, s.shapes.title.top = Inches(0.5), Inches(0.25)
    s.shapes.title.width, s.shapes.title.height = Inches(12.3), Inches(0.85)
    navy, grey = RGBColor(0x1F, 0x3B, 0x63), RGBColor(0x44, 0x44, 0x44)

    def box(x, y, w, h, text, fill, size, color=RGBColor(0xFF, 0xFF, 0xFF)):
        shp = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, x, y, w, h)
        shp.fill.solid()
        shp.fill.fore_color.rgb = fill
        shp.line.color.rgb = navy
        tf = shp.text_frame
        tf.word_wrap = True
        tf.text = text
        for para in tf.paragraphs:
            para.alignment = PP_ALIGN.LEFT
            for run in para.runs:
                run.font.size, run.font.color.rgb = Pt(size), color
        return shp

    head = s.shapes.add_textbox(Inches(0.5), Inches(1.2), Inches(4.0), Inches(0.35))
    head.text_frame.text = "National must-dos 2017-19"
    head.text_frame.paragraphs[0].runs[0].font.bold = True
    head = s.shapes.add_textbox(Inches(8.6), Inches(1.2), Inches(4.2), Inches(0.35))
    head.text_frame.text = "WKE STP priorities"
    head.text_frame.paragraphs[0].runs[0].font.bold = True
    md_box = {}
    for n, label in MUSTDOS.items():
        md_box[n] = box(Inches(0.5), Inches(1.6 + (n - 1) * 0.56), Inches(3.7), Inches(0.44),
                        f"MD{n}  {label}", RGBColor(0x1F, 0x3B, 0x63), 12)
    pr_box = {}
    for i, (code, name) in enumerate(PRIORITIES.items()):
        pr_box[code] = box(Inches(8.6), Inches(1.75 + i * 0.82), Inches(4.2), Inches(0.62),
                           f"{code}  {name}", RGBColor(0xF3, 0xEA, 0xD8), 13, navy)
    for n, links in THREADS.items():
        for code, style in links:
            line = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, 0, 0, Inches(1), Inches(1))
            line.begin_connect(md_box[n], 3)
            line.end_connect(pr_box[code], 1)
            line.line.color.rgb = RGBColor(0xB8, 0x86, 0x0B)
            line.line.width = Pt(2.25 if style == "solid" else 1.5)
            if style == "dash":
                line.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    # legend: two sample lines and their captions
    for k, (style, caption) in enumerate((("solid", "primary contribution"), ("dash", "supporting contribution"))):
        y = Inches(6.85)
        x = Inches(4.6 + k * 3.2)
        sample = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, x, y, x + Inches(0.7), y)
        sample.line.color.rgb = RGBColor(0xB8, 0x86, 0x0B)
        sample.line.width = Pt(2.25 if style == "solid" else 1.5)
        if style == "dash":
            sample.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        cap = s.shapes.add_textbox(x + Inches(0.8), y - Inches(0.17), Inches(2.3), Inches(0.35))
        cap.text_frame.text = caption
        cap.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
        cap.text_frame.paragraphs[0].runs[0].font.color.rgb = grey

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Enabling workstreams"
    rows = [("Enabler", "Lead", "Accountable to"),
            ("Digital", "Dr Ansel Pritchard-Yeo (interim, until a substantive CCIO is appointed)",
             "Partnership Board"),
            ("Workforce (Local Workforce Action Board)", "Winifred Castellanos", "Partnership Board"),
            ("Estates", "Lucan Brightwell", "Finance and Investment Group"),
            ("Communications and engagement", "Vacant \u2013 cover from the CCG communications team",
             "Chief Executives' Group")]
    tbl = s.shapes.add_table(len(rows), 3, Inches(0.6), Inches(1.7), Inches(12.1), Inches(3.0)).table
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            tbl.cell(i, j).text = text
            for run in tbl.cell(i, j).text_frame.paragraphs[0].runs:
                run.font.size, run.font.bold = Pt(14), i == 0
    prs.save(OUT / F_DECK)
    restamp(OUT / F_DECK)


# ================================================================================================ 04 plan (Excel)
def build_plan():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "Yusuf Atherden"
    wb.properties.title = "WKE STP financial and activity plan 2018/19"
    wb.properties.created = wb.properties.modified = datetime(*STAMP)
    thin = Side(style="thin", color="8FA3BA")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    headfill = PatternFill("solid", fgColor="1F3B63")
    unitfill = PatternFill("solid", fgColor="DCE6F2")
    white = Font(bold=True, color="FFFFFF")

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = f"{STP} STP"
    ws["A1"].font = Font(bold=True, size=14, color="1F3B63")
    ws["A2"] = "Financial and activity plan 2018/19 \u2013 submission to NHS England and NHS Improvement"
    ws["A4"] = "Version"
    ws["B4"] = "Final, 30 April 2018"
    ws["A5"] = "Finance lead"
    ws["B5"] = "Yusuf Atherden, Director of Finance, KEH"
    ws["A6"] = "Sheets"
    ws["B6"] = "Savings; Activity; System"
    ws["A7"] = "Units"
    ws["B7"] = "Each sheet gives the unit of every figure in the row under its headings or in a Unit column."
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 90

    ws = wb.create_sheet("Savings")
    ws["A1"] = "Savings and investment by priority"
    ws["A1"].font = Font(bold=True, size=13, color="1F3B63")
    ws["A2"] = "A dash means no savings were planned (Cancer and Diagnostics began in 2018/19)."
    heads = ["Code", "Priority", "2017/18 plan", "2017/18 outturn", "2018/19 plan", "2019/20 plan",
             "Investment 2018/19"]
    units = ["", "", "\u00a3000", "\u00a3000", "\u00a3000", "\u00a3000", "\u00a3m"]
    for j, (h, u) in enumerate(zip(heads, units), 1):
        a = ws.cell(row=4, column=j, value=h)
        a.font, a.fill, a.border = white, headfill, grid
        a.alignment = Alignment(horizontal="center", wrap_text=True)
        b = ws.cell(row=5, column=j, value=u or None)
        b.fill, b.border = unitfill, grid
        b.alignment = Alignment(horizontal="center")
        b.font = Font(italic=True)
    r = 6
    for code, vals in list(SAVINGS.items()) + [("Total", SAVINGS_TOTAL)]:
        ws.cell(row=r, column=1, value=code if code != "Total" else None).border = grid
        ws.cell(row=r, column=2, value=PRIORITIES.get(code, "Total")).border = grid
        for j, v in enumerate(vals, 3):
            cell = ws.cell(row=r, column=j, value="\u2013" if v is None else v)
            cell.border = grid
            cell.alignment = Alignment(horizontal="right")
            cell.number_format = "0.00" if j == 7 else "#,##0"
            if code == "Total":
                cell.font = Font(bold=True)
        if code == "Total":
            ws.cell(row=r, column=2).font = Font(bold=True)
        r += 1
    for col, w in zip("ABCDEFG", [7, 36, 13, 13, 13, 13, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    ws = wb.create_sheet("Activity")
    ws["A1"] = "Activity and workforce trajectories"
    ws["A1"].font = Font(bold=True, size=13, color="1F3B63")
    heads = ["Metric", "Unit", "Baseline 2016/17", "Plan 2018/19", "Plan 2019/20", "Lead priority"]
    for j, h in enumerate(heads, 1):
        a = ws.cell(row=3, column=j, value=h)
        a.font, a.fill, a.border = white, headfill, grid
    for i, (metric, unit, base, p1, p2, code) in enumerate(ACTIVITY, 4):
        for j, v in enumerate((metric, unit, base, p1, p2, PRIORITIES[code]), 1):
            cell = ws.cell(row=i, column=j, value=v)
            cell.border = grid
            if j == 2:
                cell.font = Font(italic=True, color="555555")
    for col, w in zip("ABCDEF", [48, 30, 16, 14, 14, 34]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("System")
    ws["A1"] = "System financial position"
    ws["A1"].font = Font(bold=True, size=13, color="1F3B63")
    for j, h in enumerate(("Item", "Value", "Unit"), 1):
        a = ws.cell(row=3, column=j, value=h)
        a.font, a.fill, a.border = white, headfill, grid
    for i, (item, value, unit) in enumerate(SYSTEM, 4):
        ws.cell(row=i, column=1, value=item).border = grid
        v = ws.cell(row=i, column=2, value=value)
        v.border = grid
        v.number_format = "0.0;[Red]-0.0" if unit == "\u00a3m" else "0"
        ws.cell(row=i, column=3, value=unit).border = grid
    ws.column_dimensions["A"].width = 58
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 10
    wb.save(OUT / F_PLAN)
    restamp(OUT / F_PLAN)


# ================================================================================================ 05 SBAR board paper (PDF)
def build_sbar():
    doc = SimpleDocTemplate(str(OUT / F_SBAR), pagesize=A4, invariant=1, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Programme update, Month 6 2018/19",
                            author="Caspian Moorcroft", subject="WKE STP Partnership Board, 18 October 2018")

    def footer(c, d):
        c.saveState()
        c.setFont("DejaVu", 7)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(20 * mm, 10 * mm, "WKE STP Partnership Board \u2013 18 October 2018 \u2013 item 7")
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    on, off = "\u2612", "\u2610"
    story = [Paragraph(f"{esc(STP)} STP Partnership Board", TITLE),
             Paragraph("Meeting in public \u2013 front sheet", BODY), Spacer(1, 4)]
    front = [("Title of paper", "Programme update, Month 6 2018/19"),
             ("Date of meeting", "18 October 2018"),
             ("Agenda item", "7"),
             ("Executive sponsor", "Harriet Quennell-Obiora, STP Lead"),
             ("Author", "Caspian Moorcroft, STP Programme Director"),
             ("Purpose", f"{on} Approval   {off} Discussion   {on} Assurance   {off} Information"),
             ("Previously considered by", "Chief Executives' Group, 2 October 2018"),
             ("Equality impact assessment", f"{off} Completed   {on} Not required for this paper"),
             ("Freedom of Information", f"{on} Public   {off} Private"),
             ("Summary", "Progress on the six priorities at Month 6: one leadership change for the Board to approve, "
                         "one programme manager change and one opening date moved, and savings behind plan.")]
    t = Table([[Paragraph(esc(a), CELLB), Paragraph(esc(b), CELL)] for a, b in front], colWidths=[52 * mm, 118 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), SKY),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#8fa3ba")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]

    def sec(letter, word, paras):
        left = [Paragraph(letter, LETTER), Paragraph(word, LETTERSUB)]
        right = [Paragraph(x, CELL) for x in paras]
        return [left, right]

    situation = ["This paper updates the Board on the six STP priorities at Month 6 of 2018/19. It asks the Board to "
                 "approve interim leadership for Ageing Well and Frailty and to note a later opening date for the "
                 "frailty assessment unit."]
    background = ["The Board approved the Programme Definition Document (version 1.4) on 15 March 2018 and the "
                  "refreshed delivery roadmap in September 2018. Each priority reports monthly to the Chief "
                  "Executives' Group, which considered this paper on 2 October 2018."]
    assessment = [
        "<b>Leadership.</b> Marisol Dunleavy, SRO for Ageing Well and Frailty, began a six-month secondment to NHS "
        "Improvement on 1 October 2018. Bernadette Sowerby, Deputy Director of Operations at Saltings Partnership "
        "NHS Foundation Trust, is acting as interim SRO from 1 October 2018 to 31 March 2019. Marisol Dunleavy is "
        "expected to resume the role on 1 April 2019.",
        "Ambrose Nwachukwu-Hart replaced Delphine Kirkbride as programme manager for Planned Care and Outpatients "
        "on 3 September 2018.",
        "<b>Milestones.</b> The frailty assessment unit at Wrayholme General Hospital will now open on 14 January "
        "2019, not in November 2018 as planned, because the ward refurbishment finished late. The fourteen primary "
        "care homes were all formed by 24 September 2018, three months late. The MSK triage service went live "
        "across the footprint on 8 October 2018. Extended access reached 100% of the population on 1 October 2018.",
        "<b>Finance.</b> At Month 6 the priorities had delivered savings of \u00a34,115k against a year-to-date plan "
        "of \u00a35,020k, a shortfall of \u00a3905k, most of it in Right Care, Right Place.",
    ]
    recommendation = [
        "The Board is asked to:",
        "(a) APPROVE Bernadette Sowerby as interim SRO for Ageing Well and Frailty from 1 October 2018 to 31 March "
        "2019;",
        "(b) NOTE the revised opening date of 14 January 2019 for the frailty assessment unit;",
        "(c) NOTE the change of programme manager for Planned Care and Outpatients;",
        "(d) NOTE the Month 6 savings position.",
    ]
    colours = [colors.HexColor(x) for x in ("#1f3b63", "#2e5c8a", "#b8860b", "#3f7d4e")]
    rows = [sec("S", "Situation", situation), sec("B", "Background", background),
            sec("A", "Assessment", assessment), sec("R", "Recommendation", recommendation)]
    t = Table(rows, colWidths=[28 * mm, 142 * mm])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
             ("GRID", (0, 0), (-1, -1), 0.6, colors.white), ("BACKGROUND", (1, 0), (1, -1), colors.HexColor("#f6f8fb")),
             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    for i, col in enumerate(colours):
        style.append(("BACKGROUND", (0, i), (0, i), col))
    t.setStyle(TableStyle(style))
    story += [PageBreak(), Paragraph("Programme update, Month 6 2018/19", TITLE), Spacer(1, 4), t, Spacer(1, 10)]

    ahead = [("Date", "Priority", "Milestone", "Accountable"),
             ("19 November 2018", "Cancer and Diagnostics", "Rapid diagnostic service pilot sees its first patients",
              "Professor Idris Caulfield"),
             ("12 December 2018", "Right Care, Right Place",
              "NHS England designation visit to the Kingsferry Urgent Treatment Centre", "Gideon Rauch-Atkinson"),
             ("14 January 2019", "Ageing Well and Frailty",
              "Frailty assessment unit opens at Wrayholme General Hospital", "Bernadette Sowerby (interim SRO)")]
    t = Table([[Paragraph(esc(x), CELLB if i == 0 else CELL) for x in r] for i, r in enumerate(ahead)],
              colWidths=[30 * mm, 38 * mm, 66 * mm, 36 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SKY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8fa3ba"))]))
    story += [KeepTogether([Paragraph("<b>Forthcoming milestones, November 2018 to January 2019</b>", BODY), t]),
              Spacer(1, 10),
              Paragraph("<b>Date of next meeting:</b> Thursday 20 December 2018, 10:00, Kingsferry Guildhall.", BODY)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ================================================================================================ 06 webinar transcript (text)
WEBINAR = [
    ("Caspian Moorcroft", "Morning everyone and thanks for joining. I'm Caspian Moorcroft, programme director for "
                          "the STP, and this is our monthly staff webinar."),
    ("Caspian Moorcroft", "We've got about forty of you on the call. Please put questions in the chat and I'll read "
                          "them out as we go."),
    ("Harriet Quennell-Obiora", "Thanks Caspian. Hello all. Before we start, a welcome to Saskia Thornycroft, who "
                                "joined us two weeks ago as head of communications and"),
    ("Harriet Quennell-Obiora", "engagement for the partnership, so the gap we had there is now filled. Saskia will "
                                "be running these webinars from the new year."),
    ("Saskia Thornycroft", "Thanks Harriet. Hi everyone, really pleased to be here."),
    ("Harriet Quennell-Obiora", "Great. So, a quick canter round the priorities, then questions. Bernadette, do you "
                                "want to start with frailty?"),
    ("Bernadette Sowerby", "Yes. So for those who don't know me, I'm covering as interim SRO for Ageing Well while "
                           "Marisol is on secondment."),
    ("Bernadette Sowerby", "The big news is the frailty unit at Wrayholme General. The refurb overran, so we're now "
                           "opening on the 14th of January."),
    ("Bernadette Sowerby", "The team's recruited and they're shadowing the acute medical unit in the meantime."),
    ("Harriet Quennell-Obiora", "Thanks Bernadette. Conall, mental health?"),
    ("Conall Mbeki-Rourke", "Thanks. Liaison first: we're two thirds of the way to the full Core 24 team at "
                            "Wrayholme and on course for February."),
    ("Conall Mbeki-Rourke", "And the crisis house in Ebbdale. It'll open in June, sorry, let me correct myself, "
                            "June was the old date. It opens on the"),
    ("Conall Mbeki-Rourke", "first of July 2019. It's a six-bed house, run with the Ebbdale Haven Trust, for people "
                            "who'd otherwise be admitted."),
    ("Caspian Moorcroft", "There's a question in the chat on that, from a ward manager: will the crisis house take "
                          "people from Wrayholme too?"),
    ("Conall Mbeki-Rourke", "Yes, it's footprint-wide, though most referrals will be from Ebbdale and Kingsferry."),
    ("Caspian Moorcroft", "Another one from the chat, from a GP in Ebbdale: who's the clinical lead for the stroke "
                          "work?"),
    ("Harriet Quennell-Obiora", "Honest answer, we haven't appointed one yet. Stroke sits outside the six priorities "
                                "for now and we'll come back to it in the spring."),
    ("Caspian Moorcroft", "Thanks. Last one: is the urgent treatment centre still going ahead at Kingsferry?"),
    ("Harriet Quennell-Obiora", "It is. NHS England come to look at it in December, and Gideon's team is confident."),
    ("Caspian Moorcroft", "Great. That's all we've got time for. The next webinar is on Wednesday 5 December, same "
                          "time, same link."),
    ("Caspian Moorcroft", "The recording and the slides will be on the intranet by Friday. Thanks all."),
]


def build_webinar():
    lines = ["WKE STP staff webinar \u2013 7 November 2018 \u2013 transcript", "Recorded in Microsoft Teams. "
             "Transcript generated automatically and lightly edited by the Programme Management Office.", ""]
    t = 4.21
    for who, said in WEBINAR:
        dur = 3.0 + len(said) / 16.0
        a, b = t, t + dur

        def stamp(x):
            h, rem = divmod(x, 3600)
            m, s = divmod(rem, 60)
            return f"{int(h)}:{int(m):02d}:{s:06.3f}"

        lines += [f"{stamp(a)} --> {stamp(b)}", who, said, ""]
        t = b + 0.64
    (OUT / F_WEBINAR).write_text("\n".join(lines))


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    build_pdd()
    build_roadmap()
    build_deck()
    build_plan()
    build_sbar()
    build_webinar()
    for f in sorted(OUT.iterdir()):
        print(f"{f.name}  {f.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
