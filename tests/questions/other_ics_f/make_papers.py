"""Write the ICS F papers (Castlemoor & Redwater ICS, all invented) into papers/.

Run with /work/main/.venv/bin/python make_papers.py. The output is byte-for-byte
the same on every run: reportlab runs with invariant=1 and the zip-based files
(docx, xlsx) are re-packed with fixed timestamps and fixed core properties.
"""
import datetime
import io
import os
import re
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

import matplotlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")
FONT_DIR = os.path.join(os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf")
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

FIXED_DT = datetime.datetime(2026, 9, 10, 9, 0, 0)

NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#2E75B6")
PALE = colors.HexColor("#EAF1FB")
GREY = colors.HexColor("#595959")
RAG = {"GREEN": colors.HexColor("#2E7D32"), "AMBER": colors.HexColor("#B26A00"),
       "RED": colors.HexColor("#C62828")}


def normalise_zip(path, modified="2026-09-10T09:00:00Z"):
    """Re-pack a zip with fixed entry timestamps and a fixed dcterms:modified."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + modified + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + modified + r"\g<2>", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2026, 9, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# Paper 1: PDF slide deck (PowerPoint exported to PDF), cards at x/y positions
# ---------------------------------------------------------------------------
SLIDE_W, SLIDE_H = 960, 540

DECK = [
    {"title": "P1 Urgent & Emergency Care",
     "sro": "SRO: Neil Ashdown, Director of Performance & Delivery",
     "cards": [
         ("Same Day Emergency Care (SDEC) extension, Castlemoor General Hospital",
          ["Lead: Dr Owen Maddox, Clinical Director for Emergency Medicine, CHFT",
           "Milestones:",
           "• Business case approved – June 2026",
           "• Estates enabling works complete – Oct 2026",
           "• Extended unit opens, adding 22 trolley and chair spaces – Nov 2026"],
          "AMBER", "estates programme under review"),
         ("Virtual Wards (Hospital at Home)",
          ["Lead: Kirsty Bellamy, Head of Virtual Wards, OVP",
           "Milestones:",
           "• 150 virtual ward beds live – Sept 26",
           "• Frailty virtual ward for Redwater – Q3 2026/27",
           "• 200 beds across the system – end of Q4 2026/27"],
          "GREEN", ""),
         ("Integrated Urgent Care Clinical Assessment Service (IUC CAS)",
          ["Lead: Sarah Quine, Chief Executive, NMAS",
           "Milestones:",
           "• Procurement launched – 01/07/2026",
           "• Contract award – Dec 2026",
           "• New service live – 1 April 2027"],
          "GREEN", ""),
     ]},
    {"title": "P2 Planned Care & Diagnostics",
     "sro": "SRO: Amara Nwosu, Chief Executive, RFUH",
     "cards": [
         ("Redwater Elective Surgical Hub",
          ["Lead: Mr Declan Foyle, Clinical Director, Redwater Surgical Hub",
           "Milestones:",
           "• Theatres 3 and 4 commissioned – Aug 2026",
           "• GIRFT surgical hub accreditation – Q4 2026/27",
           "• Full four-theatre operation (5,200 extra cases a year) – April 2027"],
          "GREEN", ""),
         ("Fallowbridge Community Diagnostic Centre (CDC)",
          ["Lead: Paul Stenhouse, CDC Programme Manager, RFUH",
           "Milestones:",
           "• MRI and CT scanners installed – Oct 2026",
           "• CDC opens to patients – Jan 2027",
           "• Endoscopy suite opens – Q2 2027/28"],
          "AMBER", "scanner delivery slot not yet confirmed by the supplier"),
         ("Outpatient transformation: Patient Initiated Follow-Up (PIFU)",
          ["Lead: Fiona Blackwood, Director of Elective Recovery, ICB",
           "Milestones:",
           "• PIFU live in 10 specialties – Sep 2026",
           "• 5% of outpatient attendances moved to PIFU – March 2027"],
          "GREEN", ""),
     ]},
    {"title": "P3 Cancer",
     "sro": "SRO: Dr Tomasz Wieczorek, Chief Medical Officer, NHS Castlemoor and Redwater ICB",
     "cards": [
         ("Rapid Diagnostic Centre (RDC) for non-specific symptoms",
          ["Lead: Ruth Ellery, Managing Director, Castlemoor & Redwater Cancer Alliance (CRCA)",
           "Milestones:",
           "• Second RDC site at Kelsbury Community Hospital – Q3 2026/27",
           "• Capacity of 250 referrals a month – Q1 2027/28"],
          "GREEN", ""),
         ("Targeted Lung Health Check (TLHC)",
          ["Clinical lead: Dr Grace Tamblyn, Consultant Respiratory Physician, RFUH",
           "Milestones:",
           "• Roll-out to Redwater place – Nov 2026",
           "• Whole eligible population invited – March 2028"],
          "GREEN", ""),
         ("Faster Diagnosis Standard (FDS) recovery",
          ["Lead: Mr Anand Sethi, Clinical Director, CRCA",
           "Milestones:",
           "• FDS at 77% – Sept 2026",
           "• FDS at 80% – March 2027"],
          "AMBER", "histopathology turnaround times"),
     ]},
    {"title": "P4 Primary Care & Neighbourhoods",
     "sro": "SRO: Director of Primary Care & Community (post vacant) · Interim SRO: Kwame Asante, Deputy Director of Primary Care",
     "cards": [
         ("Neighbourhood Health Teams (NHTs)",
          ["Lead: Rebecca Thornhill, Place Director, Castlemoor",
           "Milestones:",
           "• First six NHTs live – Oct 2026",
           "• NHTs in all 17 PCN footprints – Q2 2027/28"],
          "GREEN", ""),
         ("Modern General Practice Access",
          ["Lead: Dr Beatrice Oyelaran, GP and Clinical Chair, Redwater Place",
           "Milestones:",
           "• Cloud-based telephony in all 118 practices – Sept 2026",
           "• Online consultation tools in every practice – Dec 2026"],
          "GREEN", ""),
         ("Pharmacy First expansion",
          ["Lead: Yusuf Karim, Head of Medicines Optimisation, ICB",
           "Milestones:",
           "• Blood pressure case-finding in 80% of community pharmacies – Q3 2026/27",
           "• Contraception service in 60% of pharmacies – Q1 2027/28"],
          "GREEN", ""),
     ]},
    {"title": "P5 Mental Health",
     "sro": "SRO: Dr Nadia Koval, Chief Medical Officer, Orrin Valley Partnership NHS FT",
     "cards": [
         ("24/7 Crisis Line and Safe Havens",
          ["Lead: Tom Ebdon, Mental Health Programme Lead",
           "Milestones:",
           "• Crisis line on NHS 111 option 2 – live since April 2026",
           "• Third Safe Haven (Fallowbridge) opens – Dec 2026"],
          "GREEN", ""),
         ("Mental Health Support Teams (MHSTs) in schools",
          ["Lead: Dr Femi Adeyemi, Consultant Child & Adolescent Psychiatrist, OVP",
           "Milestones:",
           "• Three new teams, 12 in total – January 2027",
           "• 14 teams covering 62% of pupils – Sept 2027"],
          "GREEN", ""),
         ("Eliminating inappropriate out-of-area placements (OAPs)",
          ["Lead: Dr Nadia Koval, Chief Medical Officer, OVP",
           "Milestones:",
           "• OAP bed days halved – end of Sept 2026",
           "• Zero inappropriate OAPs – March 2027"],
          "RED", "adult acute mental health bed occupancy at 104%"),
     ]},
    {"title": "P6 Enablers: Digital, Workforce and Finance",
     "sro": "SRO: Priya Venkataraman, Chief Finance Officer · enabler leads as shown",
     "cards": [
         ("CareLink shared care record",
          ["Lead: Hannah Ridsdale, CareLink Programme Director",
           "Milestones:",
           "• Adult social care data feeds live – Q2 2026/27",
           "• GP and mental health records visible to ambulance crews – Q4 2026/27"],
          "GREEN", ""),
         ("Acute Electronic Patient Record (EPR) convergence",
          ["Lead: Gareth Pennock, Chief Digital Information Officer",
           "Milestones:",
           "• Outline business case (OBC) approved – Sept 2026",
           "• Go-live at CHFT – Q1 2027/28",
           "• Go-live at RFUH – Q4 2027/28"],
          "AMBER", "national approval timetable"),
         ("Workforce retention",
          ["Lead: Siobhan Delahunty, Chief People Officer",
           "Milestones:",
           "• Collaborative staff bank live – 1 February 2027",
           "• Nurse turnover below 9% – March 2027"],
          "GREEN", ""),
         ("Financial recovery plan",
          ["Lead: Alistair Mendes, Deputy Chief Finance Officer",
           "Milestones:",
           "• £96.0m efficiency schemes fully identified – end of Q1 2026/27",
           "• System breakeven – 2027/28"],
          "AMBER", "£18.4m of schemes still unidentified"),
     ]},
]

MUSTDOS = [
    ("1", "Deliver the system plan (Joint Forward Plan)"),
    ("2", "Return the system to financial balance"),
    ("3", "Sustain and improve general practice"),
    ("4", "Urgent & emergency care: A&E and ambulance"),
    ("5", "Elective care: referral to treatment (RTT) 18 weeks"),
    ("6", "Cancer: 62-day and Faster Diagnosis Standards"),
    ("7", "Mental health access"),
    ("8", "Learning disabilities and autism"),
    ("9", "Quality and safety"),
]
GRID_COLS = ["P1 UEC", "P2 Planned Care", "P3 Cancer", "P4 Primary Care", "P5 Mental Health", "P6 Enablers"]
GRID = {
    "1": ["✓", "✓", "✓", "✓", "✓", "✓"],
    "2": ["✗", "Partial", "✗", "✗", "✗", "✓"],
    "3": ["✗", "Partial", "✗", "✓", "✗", "✗"],
    "4": ["✓", "✗", "✗", "Partial", "Partial", "✗"],
    "5": ["✗", "✓", "Partial", "✗", "✗", "✗"],
    "6": ["✗", "Partial", "✓", "✗", "✗", "✗"],
    "7": ["✗", "✗", "✗", "✗", "✓", "✗"],
    "8": ["✗", "✗", "✗", "✗", "✗", "✗"],
    "9": ["✗", "✗", "✗", "✗", "Partial", "✓"],
}


def slide_frame(c, n, title, subtitle=None):
    c.setFillColor(NAVY)
    c.rect(0, SLIDE_H - 70, SLIDE_W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 24)
    c.drawString(36, SLIDE_H - 45, title)
    if subtitle:
        c.setFillColor(NAVY)
        c.setFont("DV", 12)
        c.drawString(36, SLIDE_H - 92, subtitle)
    c.setFillColor(GREY)
    c.setFont("DV", 8)
    c.drawString(36, 16, "Castlemoor & Redwater ICS · Joint Forward Plan 2026/27 – 2027/28 · ICB Board development session, 21 May 2026")
    c.drawRightString(SLIDE_W - 36, 16, str(n))


def draw_card(c, x, ytop, w, h, title, lines, rag=None, note=""):
    c.setStrokeColor(TEAL)
    c.setLineWidth(1)
    c.setFillColor(PALE)
    c.roundRect(x, ytop - h, w, h, 8, stroke=1, fill=1)
    y = ytop - 20
    c.setFillColor(NAVY)
    for part in simpleSplit(title, "DVB", 12, w - 20):
        c.setFont("DVB", 12)
        c.drawString(x + 10, y, part)
        y -= 15
    y -= 4
    c.setFillColor(colors.black)
    for line in lines:
        font = "DVB" if line == "Milestones:" else "DV"
        indent = 0
        parts = simpleSplit(line, font, 9.5, w - 20)
        for i, part in enumerate(parts):
            c.setFont(font, 9.5)
            c.drawString(x + 10 + (8 if (i and line.startswith("•")) else 0), y, part)
            y -= 12.5
        y -= 1.5
    if rag:
        y -= 4
        c.setFillColor(RAG[rag])
        c.circle(x + 15, y + 3, 4, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text = "Status: " + rag + (" – " + note if note else "")
        parts = simpleSplit(text, "DV", 9.5, w - 34)
        for part in parts:
            c.setFont("DV", 9.5)
            c.drawString(x + 24, y, part)
            y -= 12.5


def make_deck(path):
    c = canvas.Canvas(path, pagesize=(SLIDE_W, SLIDE_H), invariant=1)
    c.setTitle("Joint Forward Plan 2026/27 – 2027/28: delivery programmes on a page")
    c.setAuthor("Castlemoor & Redwater ICS Strategy Unit")
    c.setSubject("ICB Board development session, 21 May 2026")
    # slide 1: title
    c.setFillColor(NAVY)
    c.rect(0, 0, SLIDE_W, SLIDE_H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 34)
    c.drawString(60, 330, "Joint Forward Plan 2026/27 – 2027/28")
    c.setFont("DV", 22)
    c.drawString(60, 290, "Delivery programmes on a page")
    c.setFont("DV", 14)
    c.drawString(60, 230, "Castlemoor & Redwater Integrated Care System")
    c.drawString(60, 208, "ICB Board development session · Thursday 21 May 2026")
    c.drawString(60, 160, "Presented by Joanne Farrant, Interim Director of Strategy & Transformation")
    c.setFont("DV", 10)
    c.drawString(60, 60, "Draft for discussion – not for onward circulation")
    c.drawRightString(SLIDE_W - 36, 16, "1")
    c.showPage()
    # slide 2: system at a glance
    slide_frame(c, 2, "Our system at a glance")
    glance = [
        ("Population", ["912,400 registered patients across three places: Castlemoor, Redwater, and Fallowbridge & Kelsbury."]),
        ("Primary care", ["118 GP practices working in 17 Primary Care Networks (PCNs).", "214 community pharmacies."]),
        ("NHS providers", ["Castlemoor Hospitals NHS Foundation Trust (CHFT)",
                           "Redwater & Fallowbridge University Hospitals NHS Trust (RFUH)",
                           "Orrin Valley Partnership NHS Foundation Trust (OVP) – mental health and community services",
                           "Northmere Ambulance Service NHS Trust (NMAS)"]),
        ("Money", ["2026/27 allocation: £2.38bn.", "Planned system deficit of £41.5m in 2026/27, returning to breakeven in 2027/28."]),
    ]
    xs = [36, 261, 486, 711]
    for (t, ls), x in zip(glance, xs):
        draw_card(c, x, SLIDE_H - 110, 213, 330, t, ls)
    c.showPage()
    # programme slides
    n = 3
    for s in DECK:
        slide_frame(c, n, s["title"], s["sro"])
        k = len(s["cards"])
        gap = 18
        w = (SLIDE_W - 72 - gap * (k - 1)) / k
        for i, (t, ls, rag, note) in enumerate(s["cards"]):
            draw_card(c, 36 + i * (w + gap), SLIDE_H - 110, w, 300, t, ls, rag, note)
        c.showPage()
        n += 1
    # must-do coverage grid (drawn as rectangles, not a table object)
    slide_frame(c, n, "Coverage of the nine national must-dos",
                "How the six delivery programmes (P1–P6) line up against the national must-dos")
    x0, ytop = 36, SLIDE_H - 112
    first_w, col_w, row_h = 350, 90, 34
    c.setLineWidth(0.8)
    c.setStrokeColor(NAVY)
    # header row
    c.setFillColor(NAVY)
    c.rect(x0, ytop - row_h, first_w, row_h, stroke=1, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 10)
    c.drawString(x0 + 8, ytop - 21, "National must-do")
    for j, col in enumerate(GRID_COLS):
        cx = x0 + first_w + j * col_w
        c.setFillColor(NAVY)
        c.rect(cx, ytop - row_h, col_w, row_h, stroke=1, fill=1)
        c.setFillColor(colors.white)
        parts = col.split(" ", 1)
        c.setFont("DVB", 9.5)
        c.drawCentredString(cx + col_w / 2, ytop - 14, parts[0])
        c.drawCentredString(cx + col_w / 2, ytop - 27, parts[1])
    y = ytop - row_h
    for num, name in MUSTDOS:
        c.setFillColor(colors.white)
        c.rect(x0, y - row_h, first_w, row_h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV", 9.5)
        c.drawString(x0 + 8, y - 21, f"{num}. {name}")
        for j, mark in enumerate(GRID[num]):
            cx = x0 + first_w + j * col_w
            fill = {"✓": colors.HexColor("#DFF0D8"), "Partial": colors.HexColor("#FCF3CF"),
                    "✗": colors.HexColor("#F2F2F2")}[mark]
            c.setFillColor(fill)
            c.rect(cx, y - row_h, col_w, row_h, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DVB" if mark != "Partial" else "DV", 13 if mark != "Partial" else 10)
            c.drawCentredString(cx + col_w / 2, y - 22, mark)
        y -= row_h
    c.setFont("DV", 9)
    c.setFillColor(GREY)
    c.drawString(x0, y - 18, "Key: ✓ = programme directly addresses the must-do;  Partial = programme contributes;  ✗ = not addressed by this programme.")
    c.drawString(x0, y - 32, "Must-do 8 is not covered by any of the six programmes – see JFP Part B for how it is delivered.")
    c.showPage()
    n += 1
    # next steps
    slide_frame(c, n, "Next steps")
    steps = [
        ("Board feedback", ["Comments on this pack to Joanne Farrant, Interim Director of Strategy & Transformation and Deputy Chief Executive, by 4 June 2026."]),
        ("Part B strategies", ["Refreshed JFP Part B (programme strategies) to the ICB Board on 10 September 2026."]),
        ("Reporting", ["Quarterly delivery reports to the Strategy & Transformation Committee from Q2 2026/27.",
                       "Programme risk register and milestone plan maintained by the System PMO (Colin Pardew, Head of System PMO)."]),
    ]
    for i, (t, ls) in enumerate(steps):
        draw_card(c, 36 + i * 302, SLIDE_H - 110, 284, 250, t, ls)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Paper 2: Board cover sheet (two label/value pairs per row) + prose report
# ---------------------------------------------------------------------------
def styles():
    base = ParagraphStyle("b", fontName="DV", fontSize=10, leading=14, spaceAfter=6, alignment=TA_LEFT)
    return {
        "body": base,
        "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=15, leading=19, textColor=NAVY, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4),
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=9, leading=11.5, spaceAfter=0),
    }


def footer_factory(text):
    def footer(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 12 * mm, text)
        c.drawRightString(190 * mm, 12 * mm, f"Page {doc.page}")
        c.restoreState()
    return footer


def make_cover_report(path):
    st = styles()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm,
                            title="UEC Winter Plan 2026/27 – ICB Board 9 July 2026",
                            author="NHS Castlemoor and Redwater ICB", invariant=1)
    P = lambda t, s="body": Paragraph(t, st[s])
    story = [P("NHS Castlemoor and Redwater Integrated Care Board", "small"),
             P("Board meeting held in public – report cover sheet", "h1")]
    meta = [
        ("Report title", "Urgent and Emergency Care Winter Plan 2026/27", "Agenda item", "8.1"),
        ("Date of meeting", "9 July 2026", "Paper reference", "ICB-B/26/07/08.1"),
        ("Report author", "Lewis Hartigan, UEC Programme Director", "Executive lead", "Neil Ashdown, Director of Performance & Delivery"),
        ("Clinical lead", "Dr Owen Maddox, Clinical Director for Emergency Medicine, CHFT", "Purpose", "For approval"),
        ("Previously considered by", "System UEC Board, 24 June 2026; Finance & Performance Committee, 1 July 2026", "Conflicts of interest", "None declared"),
        ("Public or private", "Public", "Appendices", "None"),
    ]
    data = [[P(a, "cellb"), P(b, "cell"), P(c_, "cellb"), P(d, "cell")] for a, b, c_, d in meta]
    t = Table(data, colWidths=[32 * mm, 53 * mm, 32 * mm, 53 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, NAVY),
        ("BACKGROUND", (0, 0), (0, -1), PALE),
        ("BACKGROUND", (2, 0), (2, -1), PALE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [t, Spacer(1, 10)]
    story += [
        P("1. Purpose", "h2"),
        P("This paper asks the Board to approve the Urgent and Emergency Care (UEC) Winter Plan 2026/27. "
          "Neil Ashdown presents the plan both as executive lead for this paper and as Senior Responsible "
          "Officer (SRO) for the UEC programme (P1) of the Joint Forward Plan."),
        P("2. Where we are", "h2"),
        P("In May 2026, 71.8% of patients attending our emergency departments were seen within four hours, "
          "against the national ambition of 78% by March 2027. Category 2 ambulance response averaged 41 minutes "
          "(standard: 30 minutes) and the average ambulance handover took 52 minutes. General and acute bed "
          "occupancy at CHFT and RFUH averaged 96.4% over winter 2025/26."),
        P("3. What we will do this winter", "h2"),
        P("<b>3.1 Same Day Emergency Care.</b> Delivery of the Same Day Emergency Care (SDEC) extension at "
          "Castlemoor General Hospital will be led by Dr Owen Maddox. The extended unit was due to open in "
          "November 2026. Asbestos found during the enabling works means the opening has moved to January 2027; "
          "the System UEC Board agreed the revised date on 24 June 2026. The extension adds 22 trolley and chair "
          "spaces and is expected to avoid around 30 admissions a day once fully running."),
        P("<b>3.2 Transfer of Care Hub.</b> A single Transfer of Care Hub (TOC Hub) will bring the health and social "
          "care discharge teams serving both acute trusts into one team. Delivery will be led by Angela Fairweather, "
          "Director of Adult Social Services at Redwater City Council, who also chairs the system Discharge Group; "
          "the hub goes live in autumn 2026. The aim is to cut the number of patients with no criteria to reside "
          "from 310 to below 200 by January 2027."),
        P("<b>3.3 Escalation beds.</b> The acute trusts will open 64 additional general and acute (G&amp;A) escalation "
          "beds between 1 December 2026 and 31 March 2027: 38 at CHFT and 26 at RFUH. Castlemoor County Council "
          "will also commission 30 step-down beds in care homes for the same period."),
        P("<b>3.4 Ambulance.</b> Northmere Ambulance Service (NMAS) will extend ‘Call before Convey’ to all care homes "
          "from October 2026; this work is led by Dr Leo Marchetti, Medical Director, NMAS. Both type 1 emergency "
          "departments (Castlemoor General Hospital and Redwater Royal Infirmary) will apply a 45-minute maximum "
          "handover from 1 October 2026."),
        P("<b>3.5 Virtual wards.</b> Virtual ward capacity reaches 150 beds by the end of September 2026 and rises to "
          "200 beds by March 2027, with a frailty virtual ward for Redwater opening in the third quarter. Kirsty "
          "Bellamy, Head of Virtual Wards at OVP, leads this work."),
        P("4. Finance", "h2"),
        P("The winter plan is funded from a £14.6m non-recurrent allocation for 2026/27: £9.2m for escalation beds, "
          "£3.1m for the TOC Hub and £2.3m for ambulance schemes."),
        P("5. Risks", "h2"),
        P("The main risk is staffing: the acute trusts carry 140 FTE registered nurse vacancies in emergency and acute "
          "medicine. Mitigation is a collaborative bank and an overseas recruitment cohort of 45 nurses arriving in "
          "October 2026. This is risk R01 on the programme risk register. The asbestos delay to the SDEC extension "
          "is risk R08."),
        P("6. Recommendation", "h2"),
        P("The Board is asked to approve the UEC Winter Plan 2026/27 and to note the revised opening date for the "
          "SDEC extension."),
    ]
    doc.build(story, onFirstPage=footer_factory("ICB Board · 9 July 2026 · Item 8.1"),
              onLaterPages=footer_factory("ICB Board · 9 July 2026 · Item 8.1"))


# ---------------------------------------------------------------------------
# Paper 3: delivery plan with two linked tables joined only by initiative ID
# ---------------------------------------------------------------------------
INITIATIVES = [
    ("PC-01", "Redwater Elective Surgical Hub", "Four ring-fenced day-case and short-stay theatres at Redwater Royal Infirmary", "Redwater"),
    ("PC-02", "Fallowbridge Community Diagnostic Centre (CDC)", "MRI, CT, ultrasound, phlebotomy and later endoscopy on the Fallowbridge retail park site", "Fallowbridge & Kelsbury"),
    ("PC-03", "Patient Initiated Follow-Up (PIFU)", "Patients book their own follow-up when they need it instead of routine review", "System-wide"),
    ("PC-04", "Advice and Guidance (A&G) expansion", "GPs get specialist advice before referring, so fewer patients join the waiting list", "System-wide"),
    ("PC-05", "High-volume cataract pathway", "Cataract surgery moved off the main hospital site into dedicated lists", "Castlemoor"),
    ("PC-06", "Referral Support Service", "Clinical triage of routine referrals against agreed pathways", "System-wide"),
    ("CA-01", "Rapid Diagnostic Centre (RDC)", "One-stop diagnostics for patients with vague or non-specific symptoms", "System-wide"),
    ("CA-02", "Targeted Lung Health Check (TLHC)", "Low-dose CT for people aged 55–74 with a smoking history", "Castlemoor, Redwater"),
    ("CA-03", "One-stop breast clinics", "Assessment, imaging and biopsy in a single visit", "Redwater"),
    ("CA-04", "Prostate MRI-first pathway", "Multiparametric MRI before biopsy for suspected prostate cancer", "System-wide"),
]
OWNERS = [
    ("CA-02", "Dr Grace Tamblyn, Consultant Respiratory Physician, RFUH (clinical lead)", "Roll-out to Redwater place", "Nov 2026"),
    ("PC-05", "Mr Rajiv Menon, Consultant Ophthalmologist, CHFT", "High-volume cataract lists move to Kelsbury Community Hospital", "Q3 2026/27"),
    ("PC-05", "Mr Rajiv Menon, Consultant Ophthalmologist, CHFT", "No cataract patient waiting over 18 weeks", "31/03/2027"),
    ("PC-01", "Mr Declan Foyle, Clinical Director, Redwater Surgical Hub", "Theatres 3 and 4 commissioned", "Aug 2026"),
    ("PC-01", "Mr Declan Foyle, Clinical Director, Redwater Surgical Hub", "Full four-theatre operation", "Apr 2027"),
    ("CA-01", "Ruth Ellery, Managing Director, CRCA", "Second RDC site at Kelsbury Community Hospital", "Q3 2026/27"),
    ("PC-04", "Dr Harriet Moss, Clinical Lead for Elective Care (and GP partner, Kelsbury Medical Practice)", "A&G available in all 24 specialties", "30/11/2026"),
    ("PC-02", "Paul Stenhouse, CDC Programme Manager, RFUH", "MRI and CT scanners installed", "Oct 2026"),
    ("PC-02", "Paul Stenhouse, CDC Programme Manager, RFUH", "CDC opens to patients", "12/01/2027"),
    ("CA-03", "Ms Lorna Fitch, Lead Breast Surgeon, RFUH", "One-stop clinics running at Redwater Royal Infirmary", "Oct 2026"),
    ("PC-03", "Fiona Blackwood, Director of Elective Recovery, ICB", "PIFU live in 10 specialties", "Sep 2026"),
    ("PC-06", "Vacant – Head of Elective Pathways (recruitment under way)", "Service specification agreed", "End of Q3 2026/27"),
    ("CA-04", "Mr Anand Sethi, Clinical Director, CRCA", "Milestones to be agreed", "—"),
]


def make_linked_plan(path):
    st = styles()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Planned Care, Diagnostics and Cancer Delivery Plan 2026/27 – 2027/28",
                            author="Castlemoor & Redwater Elective Care and Cancer Board", invariant=1)
    P = lambda t, s="body": Paragraph(t, st[s])
    story = [
        P("Planned Care, Diagnostics and Cancer Delivery Plan 2026/27 – 2027/28", "h1"),
        P("Castlemoor &amp; Redwater ICS · Elective Care and Cancer Board · Version 1.3 · 12 June 2026", "small"),
        Spacer(1, 6),
        P("1. Introduction", "h2"),
        P("This plan sets out how the Planned Care &amp; Diagnostics programme (P2) and the Cancer programme (P3) of "
          "our Joint Forward Plan will be delivered over the next two years. At the end of March 2026 the waiting list "
          "stood at 118,650 pathways, with 212 patients waiting over 65 weeks. Our interim goal is for 64% of patients "
          "to be waiting less than 18 weeks by March 2027."),
        P("For cancer, 74.1% of patients received a diagnosis or ruling-out within 28 days in April 2026 (the Faster "
          "Diagnosis Standard, FDS), and 68.9% started treatment within 62 days, against 75% by March 2027."),
        P("2. Initiative register", "h2"),
        P("Table 1 lists the initiatives in this plan. Owners and key dates for each initiative are in Table 2 "
          "(section 4), by initiative ID."),
    ]
    data = [[P("ID", "cellb"), P("Initiative", "cellb"), P("What it will do", "cellb"), P("Place", "cellb")]]
    data += [[P(a, "cell"), P(b.replace("&", "&amp;"), "cell"), P(c_, "cell"), P(d.replace("&", "&amp;"), "cell")]
             for a, b, c_, d in INITIATIVES]
    t = Table(data, colWidths=[16 * mm, 50 * mm, 78 * mm, 30 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#BFBFBF")),
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [P("<b>Table 1: Initiatives</b>", "small"), t, Spacer(1, 8)]
    story += [
        P("3. How we will deliver", "h2"),
        P("<b>Capacity.</b> The Redwater Elective Surgical Hub (PC-01) will add 5,200 elective cases a year once all "
          "four theatres are open. The Fallowbridge CDC (PC-02) will deliver 86,000 additional diagnostic tests a "
          "year when fully operational, including an endoscopy suite in its second phase."),
        P("<b>Demand.</b> Advice and Guidance (PC-04) is now offered in 19 of our 24 specialties; the Referral "
          "Support Service (PC-06) will triage routine referrals in dermatology, gynaecology and "
          "musculoskeletal services first."),
        P("<b>Cancer.</b> The RDC (CA-01) currently sees 140 patients a month at Redwater Royal Infirmary. The Targeted "
          "Lung Health Check (CA-02) has invited 31,500 people in Castlemoor since 2024. One-stop breast clinics "
          "(CA-03) aim to give 95% of patients their results on the day of their first appointment."),
        P("<b>Governance.</b> The Elective Care and Cancer Board meets monthly and is chaired by Amara Nwosu, Chief "
          "Executive of RFUH and SRO for P2. The Cancer Alliance Board, chaired by Dr Tomasz Wieczorek, oversees "
          "P3."),
        PageBreak(),
        P("4. Owners and key dates", "h2"),
        P("Table 2 gives the accountable owner and key milestone dates for each initiative in Table 1. Dates are "
          "forecasts as at 1 June 2026."),
    ]
    data = [[P("ID", "cellb"), P("Accountable owner", "cellb"), P("Key milestone", "cellb"), P("Date", "cellb")]]
    data += [[P(a, "cell"), P(b.replace("&", "&amp;"), "cell"), P(c_.replace("&", "&amp;"), "cell"), P(d, "cell")]
             for a, b, c_, d in OWNERS]
    t = Table(data, colWidths=[16 * mm, 66 * mm, 66 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, 0), PALE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [P("<b>Table 2: Owners and key dates (by initiative ID)</b>", "small"), t, Spacer(1, 8),
              P("Note: CA-04 milestones are to be agreed by the Cancer Alliance Board in Q3 2026/27. The Head of "
                "Elective Pathways post (PC-06) has been vacant since April 2026.", "small")]
    foot = footer_factory("Planned Care, Diagnostics and Cancer Delivery Plan · v1.3 · 12 June 2026")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------------------
# Paper 4: Excel workbook: risk register, months-as-columns milestone plan, key figures
# ---------------------------------------------------------------------------
def make_workbook(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="1F3864")
    hdr_font = Font(bold=True, color="FFFFFF")
    wrap = Alignment(wrap_text=True, vertical="top")

    # --- sheet 1: risk register
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = "Castlemoor & Redwater ICS – Joint Forward Plan programme risk register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "As at 31 August 2026. Score = likelihood × impact (each 1–5). Maintained by the System PMO."
    head = ["Risk ID", "Programme", "Risk description", "Likelihood", "Impact", "Score", "Risk owner",
            "Mitigation", "Target date", "Trend"]
    risks = [
        ("R01", "P1 UEC", "Registered nurse vacancies in emergency and acute medicine (140 FTE) limit winter escalation capacity",
         4, 4, 16, "Siobhan Delahunty, Chief People Officer",
         "Collaborative bank; overseas cohort of 45 nurses arriving Oct 2026", datetime.date(2027, 3, 31), "↔"),
        ("R02", "P2 Planned Care", "Supplier delay to MRI/CT scanner delivery for the Fallowbridge CDC",
         3, 4, 12, "Paul Stenhouse, CDC Programme Manager",
         "Alternative delivery slot requested; mobile MRI unit on standby", datetime.date(2026, 10, 31), "↑"),
        ("R03", "P6 Enablers", "System efficiency requirement of £96.0m for 2026/27 not delivered in full",
         4, 5, 20, "Priya Venkataraman, Chief Finance Officer",
         "Monthly PMO review; grip and control panel; £18.4m gap being worked up", datetime.date(2027, 3, 31), "↑"),
        ("R04", "P5 Mental Health", "Adult acute mental health bed occupancy above 100% drives out-of-area placements",
         4, 3, 12, "Dr Nadia Koval, Chief Medical Officer, OVP",
         "Safe Havens; crisis alternatives; purchased local beds", datetime.date(2027, 3, 31), "↔"),
        ("R05", "P6 Enablers", "EPR full business case not approved nationally in time for 2027/28 go-live",
         3, 4, 12, "Gareth Pennock, Chief Digital Information Officer",
         "Early engagement with national team; staged approval", datetime.date(2026, 11, 30), "↔"),
        ("R06", "P4 Primary Care", "Director of Primary Care & Community post vacant – leadership capacity for P4",
         3, 3, 9, "Daniel Okonkwo-Reid, Chief Executive",
         "Interim SRO in place; recruitment campaign", datetime.date(2026, 9, 30), "↓"),
        ("R07", "P3 Cancer", "Histopathology turnaround times delay cancer diagnosis and the FDS",
         4, 3, 12, "Dr Tomasz Wieczorek, Chief Medical Officer",
         "Digital pathology; outsourcing of routine specimens", datetime.date(2026, 12, 31), "↔"),
        ("R08", "P1 UEC", "Asbestos remediation delays the SDEC extension at Castlemoor General Hospital",
         3, 3, 9, "Diane Holroyd, Director of Estates, CHFT",
         "Specialist contractor appointed; revised opening agreed for Jan 2027", datetime.date(2027, 1, 31), "↓"),
        ("R09", "Maternity (cross-cutting)", "Midwife vacancies of 38 FTE affect continuity of carer",
         3, 4, 12, "Eleanor Pryce, LMNS Programme Director",
         "Preceptorship offer; return-to-practice cohort", datetime.date(2027, 3, 31), "↔"),
    ]
    for j, h in enumerate(head, 1):
        cell = ws.cell(row=3, column=j, value=h)
        cell.font = hdr_font
        cell.fill = hdr_fill
        cell.border = box
        cell.alignment = wrap
    for i, r in enumerate(risks, 4):
        for j, v in enumerate(r, 1):
            cell = ws.cell(row=i, column=j, value=v)
            cell.border = box
            cell.alignment = wrap
            if isinstance(v, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHIJ", [8, 16, 48, 10, 8, 7, 30, 42, 12, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    # --- sheet 2: milestone plan with months as columns
    ws = wb.create_sheet("Milestone Plan")
    ws["A1"] = "JFP milestone plan, April 2026 – March 2028 (◆ = month the milestone falls due)"
    ws["A1"].font = Font(bold=True, size=14)
    months = []
    d = datetime.date(2026, 4, 1)
    while d <= datetime.date(2028, 3, 1):
        months.append(d)
        d = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    first = 5  # column E
    for j, h in enumerate(["Ref", "Programme", "Milestone", "Owner"], 1):
        ws.cell(row=2, column=j, value=None).fill = hdr_fill
        c_ = ws.cell(row=3, column=j, value=h)
        c_.font = hdr_font
        c_.fill = hdr_fill
        c_.border = box
    # merged year header cells over month cells
    for year in (2026, 2027, 2028):
        cols = [first + k for k, m in enumerate(months) if m.year == year]
        ws.cell(row=2, column=cols[0], value=str(year))
        ws.merge_cells(start_row=2, start_column=cols[0], end_row=2, end_column=cols[-1])
        c_ = ws.cell(row=2, column=cols[0])
        c_.font = hdr_font
        c_.fill = hdr_fill
        c_.alignment = Alignment(horizontal="center")
    for k, m in enumerate(months):
        c_ = ws.cell(row=3, column=first + k, value=m.strftime("%b"))
        c_.font = hdr_font
        c_.fill = hdr_fill
        c_.border = box
        c_.alignment = Alignment(horizontal="center")
        ws.column_dimensions[get_column_letter(first + k)].width = 5
    note_col = first + len(months)
    c_ = ws.cell(row=3, column=note_col, value="Note")
    c_.font = hdr_font
    c_.fill = hdr_fill
    ws.cell(row=2, column=note_col).fill = hdr_fill
    plan = [
        ("M01", "P1 UEC", "SDEC extension opens, Castlemoor General Hospital", "Dr Owen Maddox", (2027, 1), "Moved from Nov 2026 (asbestos) – agreed 24/06/2026"),
        ("M02", "P1 UEC", "Transfer of Care Hub live", "Angela Fairweather", (2026, 10), ""),
        ("M03", "P1 UEC", "IUC CAS contract award", "Sarah Quine", (2026, 12), ""),
        ("M04", "P1 UEC", "IUC CAS service live", "Sarah Quine", (2027, 4), ""),
        ("M05", "P2 Planned Care", "Fallowbridge CDC opens to patients", "Paul Stenhouse", (2027, 1), "Depends on scanner delivery (R02)"),
        ("M06", "P2 Planned Care", "Elective hub: full four-theatre operation", "Mr Declan Foyle", (2027, 4), ""),
        ("M07", "P3 Cancer", "Second RDC site open (Kelsbury)", "Ruth Ellery", (2026, 11), ""),
        ("M08", "P3 Cancer", "TLHC roll-out to Redwater", "Dr Grace Tamblyn", (2026, 11), ""),
        ("M09", "P4 Primary Care", "First six Neighbourhood Health Teams live", "Rebecca Thornhill", (2026, 10), ""),
        ("M10", "P5 Mental Health", "Third Safe Haven opens (Fallowbridge)", "Tom Ebdon", (2026, 12), ""),
        ("M11", "P5 Mental Health", "Zero inappropriate out-of-area placements", "Dr Nadia Koval", (2027, 3), ""),
        ("M12", "P6 Digital", "EPR full business case (FBC) submitted", "Gareth Pennock", (2026, 11), "National approval expected Q4 2026/27"),
        ("M13", "P6 Digital", "EPR go-live at CHFT", "Gareth Pennock", (2027, 6), ""),
        ("M14", "P6 Workforce", "Collaborative staff bank live", "Siobhan Delahunty", (2027, 2), ""),
        ("M15", "P6 Workforce", "Nurse turnover below 9%", "Siobhan Delahunty", (2027, 3), ""),
    ]
    for i, (ref, prog, ms, owner, ym, note) in enumerate(plan, 4):
        for j, v in enumerate([ref, prog, ms, owner], 1):
            ws.cell(row=i, column=j, value=v).border = box
        for k, m in enumerate(months):
            c_ = ws.cell(row=i, column=first + k, value="◆" if (m.year, m.month) == ym else None)
            c_.border = box
            c_.alignment = Alignment(horizontal="center")
        ws.cell(row=i, column=note_col, value=note or None)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 44
    ws.column_dimensions["D"].width = 18
    ws.column_dimensions[get_column_letter(note_col)].width = 44
    ws.freeze_panes = "E4"

    # --- sheet 3: key figures
    ws = wb.create_sheet("Key Figures")
    ws["A1"] = "Key planning figures – Castlemoor & Redwater ICS"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Figures for 2026/27 and 2027/28 are plan values submitted in the JFP refresh; 2025/26 is outturn."
    head = ["Measure", "Unit", "2025/26 outturn", "2026/27 plan", "2027/28 plan"]
    figs = [
        ("Registered population", "people", 905100, 912400, 918900, "#,##0"),
        ("General and acute (G&A) beds", "beds", 2140, 2196, 2180, "#,##0"),
        ("Virtual ward beds", "beds", 110, 200, 240, "#,##0"),
        ("A&E 4-hour performance", "%", 0.724, 0.78, 0.82, "0.0%"),
        ("RTT waiting list", "pathways", 118650, 112000, 98500, "#,##0"),
        ("Efficiency requirement", "£m", 82.0, 96.0, 88.5, "0.0"),
        ("System surplus / (deficit)", "£m", -63.2, -41.5, 0.0, "0.0;(0.0)"),
        ("Staff in post", "WTE", 24870, 25150, 25300, "#,##0"),
        ("Registered nurse vacancies", "FTE", 640, 480, 350, "#,##0"),
        ("Mental health out-of-area placement bed days", "bed days", 5840, 2900, 0, "#,##0"),
        ("Average length of stay (non-elective)", "days", 6.8, 6.2, 5.9, "0.0"),
    ]
    for j, h in enumerate(head, 1):
        c_ = ws.cell(row=3, column=j, value=h)
        c_.font = hdr_font
        c_.fill = hdr_fill
        c_.border = box
    for i, (m, u, a, b, c2, fmt) in enumerate(figs, 4):
        ws.cell(row=i, column=1, value=m).border = box
        ws.cell(row=i, column=2, value=u).border = box
        for j, v in enumerate([a, b, c2], 3):
            c_ = ws.cell(row=i, column=j, value=v)
            c_.number_format = fmt
            c_.border = box
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 10
    for col in "CDE":
        ws.column_dimensions[col].width = 16

    wb.properties.creator = "System PMO, Castlemoor & Redwater ICS"
    wb.properties.title = "JFP programme risk register and milestone plan"
    wb.properties.created = datetime.datetime(2026, 8, 31, 12, 0, 0)
    wb.save(path)
    normalise_zip(path, "2026-08-31T12:00:00Z")


# ---------------------------------------------------------------------------
# Paper 5: Word strategy with Key facts tables per programme + must-do prose
# ---------------------------------------------------------------------------
PROGRAMMES = [
    ("P4 Primary Care and Neighbourhood Health",
     [("Lead", "Kwame Asante, Deputy Director of Primary Care (interim SRO until a Director of Primary Care & Community is appointed)"),
      ("Clinical lead", "Dr Beatrice Oyelaran, GP and Clinical Chair, Redwater Place"),
      ("Budget", "£6.2m transformation funding in 2026/27"),
      ("Go-live", "First Neighbourhood Health Teams: October 2026 (see below)")],
     "Our ambition is that every one of our 17 Primary Care Networks (PCNs) has a Neighbourhood Health Team (NHT) "
     "by the end of Q2 2027/28. An NHT brings together general practice, district nursing, therapy, social care "
     "and the voluntary sector around a population of 30,000–50,000 people.",
     ["Six NHTs go live first. The two Redwater NHTs (Redwater North and Redwater Riverside) have moved from "
      "October 2026 to January 2027, as agreed at the Redwater Place Partnership Board on 3 September 2026; the "
      "other four remain on track for October 2026.",
      "Modern General Practice Access: cloud-based telephony in all 118 practices by September 2026 and online "
      "consultation tools in every practice by December 2026.",
      "Pharmacy First: blood pressure case-finding in 80% of community pharmacies in Q3 2026/27.",
      "Primary care estates: a £1.9m capital bid for the Redwater Riverside health centre, decision due spring 2027."]),
    ("P5 Mental Health",
     [("Lead", "Dr Nadia Koval, Chief Medical Officer, Orrin Valley Partnership NHS FT (programme SRO)"),
      ("Clinical lead", "Dr Femi Adeyemi, Consultant Child & Adolescent Psychiatrist, OVP"),
      ("Budget", "£11.8m additional mental health investment in 2026/27"),
      ("Go-live", "Third Safe Haven (Fallowbridge): December 2026")],
     "Day-to-day delivery is managed by Tom Ebdon, Mental Health Programme Lead. We will give people in crisis "
     "an alternative to the emergency department and bring people placed out of area back home.",
     ["Mental Health Support Teams (MHSTs) in schools grow from 9 to 14 teams by September 2027, covering 62% of pupils.",
      "The 24/7 crisis line has been available through NHS 111 option 2 since April 2026.",
      "Zero inappropriate out-of-area placements (OAPs) by March 2027; OAP bed days fall from 5,840 in 2025/26 to 2,900 in 2026/27.",
      "Perinatal mental health: access for 1,150 women a year by 2027/28."]),
    ("P6 Enabler: Digital and Data",
     [("Lead", "Gareth Pennock, Chief Digital Information Officer"),
      ("Clinical lead", "Dr Meera Joshi, Chief Clinical Information Officer (CCIO)"),
      ("Budget", "£38.0m capital over 2026/27 and 2027/28, mainly for the acute EPR"),
      ("Go-live", "Acute EPR at CHFT: June 2027")],
     "A single Electronic Patient Record (EPR) for our two acute trusts, and the CareLink shared care record for "
     "everyone who cares for a patient.",
     ["CareLink (programme director Hannah Ridsdale): adult social care data feeds live in Q2 2026/27.",
      "The EPR goes live at RFUH in Q4 2027/28, after CHFT.",
      "Cyber security: all four NHS trusts to meet the Cyber Assessment Framework by March 2028."]),
    ("P6 Enabler: Workforce",
     [("Lead", "Siobhan Delahunty, Chief People Officer"),
      ("Clinical lead", "Maggie Lindqvist, Chief Nursing Officer"),
      ("Budget", "£3.5m in 2026/27"),
      ("Go-live", "Collaborative staff bank: 1 February 2027")],
     "We will keep the staff we have and fill our hardest-to-fill posts together. Martin Crowe, Head of Workforce "
     "Transformation, runs the programme office.",
     ["Registered nurse vacancies fall from 640 FTE (2025/26) to 350 FTE by March 2028.",
      "Nurse turnover below 9% by March 2027.",
      "A single induction and passport for staff moving between the four NHS trusts."]),
    ("Cross-cutting: Prevention and Health Inequalities",
     [("Lead", "Dr Sunita Rao, Director of Public Health, Castlemoor County Council"),
      ("Clinical lead", "Dr Isaac Penhale, Cardiovascular Disease (CVD) Clinical Lead"),
      ("Budget", "£2.4m in 2026/27"),
      ("Go-live", "Tobacco dependence service on every acute ward: April 2027")],
     "We use the Core20PLUS5 approach: the most deprived 20% of our population plus locally chosen groups.",
     ["80% of people with high blood pressure treated to target by March 2028.",
      "In Redwater, 38% of residents live in Core20 neighbourhoods; in Castlemoor the figure is 14%."]),
    ("Cross-cutting: Maternity and Neonatal",
     [("Lead", "Eleanor Pryce, Local Maternity and Neonatal System (LMNS) Programme Director"),
      ("Clinical lead", "Vacant – recruitment closes 31 October 2026"),
      ("Budget", "To be confirmed"),
      ("Go-live", "Maternal mental health service extended to Fallowbridge: Q4 2026/27")],
     "The LMNS brings together the maternity units at Castlemoor General Hospital and Redwater Royal Infirmary.",
     ["Continuity of carer for 75% of women from Black, Asian and mixed ethnic groups by March 2028.",
      "Midwife vacancies of 38 FTE are on the programme risk register (R09)."]),
]

MUSTDO_PROSE = [
    "Must-do 1 (delivering the system plan) is covered by all six delivery programmes, P1 to P6, which together make up the Joint Forward Plan.",
    "Must-do 2 (financial balance) is addressed by the Enablers programme (P6) through the financial recovery plan, "
    "led by Alistair Mendes, Deputy Chief Finance Officer. Planned Care (P2) contributes in part through theatre productivity.",
    "Our plans address must-do 3 (general practice) through P4 Primary Care and Neighbourhoods, using Modern General "
    "Practice Access and Neighbourhood Health Teams; Advice and Guidance in P2 makes a partial contribution.",
    "Must-do 4 (urgent and emergency care, A&E and ambulance) is addressed by P1 Urgent & Emergency Care, with partial "
    "contributions from P4 (Neighbourhood Health Teams) and P5 (Safe Havens as an alternative to the emergency department).",
    "Must-do 5 (elective care, RTT 18 weeks) is addressed by P2 Planned Care & Diagnostics; P3 Cancer contributes in part.",
    "Must-do 6 (cancer) is addressed by P3 Cancer, with the Fallowbridge CDC in P2 contributing diagnostic capacity.",
    "Must-do 7 (mental health) is addressed by P5 Mental Health alone.",
    "Must-do 8 (learning disabilities and autism) is not covered by any programme in this plan. We have no system "
    "programme for it in 2026/27: annual health checks and the reduction of inpatient placements are led by the "
    "Northmere Learning Disability and Autism Provider Collaborative, which reports to the Quality Committee separately.",
    "Must-do 9 (quality and safety) is addressed by the Workforce enabler in P6, with a partial contribution from P5 "
    "through ending inappropriate out-of-area placements.",
]


def make_strategy(path):
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.core_properties.author = "Strategy Unit, NHS Castlemoor and Redwater ICB"
    d.core_properties.title = "Joint Forward Plan 2026–2028 Part B: Programme strategies"
    d.core_properties.created = datetime.datetime(2026, 9, 10, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 9, 10, 9, 0, 0)
    d.core_properties.last_modified_by = "Strategy Unit"
    d.core_properties.revision = 2
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)

    def page_break():
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    d.add_heading("Castlemoor & Redwater Joint Forward Plan 2026–2028", level=0)
    d.add_heading("Part B: Programme strategies", level=1)
    d.add_paragraph("Version 2.0 · Approved by the NHS Castlemoor and Redwater ICB Board on 10 September 2026")
    d.add_paragraph(
        "Part A of our Joint Forward Plan (JFP), ‘Delivery programmes on a page’ (May 2026), set out six delivery "
        "programmes, P1 to P6. The strategies for P1 Urgent & Emergency Care (see the UEC Winter Plan) and for "
        "P2 Planned Care and P3 Cancer (see the Planned Care, Diagnostics and Cancer Delivery Plan) are published "
        "separately. This Part B sets out P4, P5 and the Digital and Workforce parts of P6, together with two "
        "cross-cutting programmes, Prevention and Maternity, which are not numbered and are not mapped to the must-dos.")
    d.add_paragraph(
        "Each programme below opens with a Key facts table. ‘Lead’ is the accountable programme lead; "
        "‘Go-live’ is the first major service change the programme will deliver.")
    d.add_paragraph("Contents", style="Heading 3")
    for i, (name, *_rest) in enumerate(PROGRAMMES, 2):
        d.add_paragraph(f"{name} – page {i}", style="List Number")
    d.add_paragraph("How our plans address the national must-dos – page 8", style="List Number")

    for name, facts, intro, bullets in PROGRAMMES:
        page_break()
        d.add_heading(name, level=1)
        d.add_paragraph("Key facts", style="Heading 3")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in facts:
            row = t.add_row().cells
            row[0].text = k
            row[1].text = v
            for r in row[0].paragraphs[0].runs:
                r.bold = True
        d.add_paragraph(intro)
        d.add_paragraph("What we will deliver", style="Heading 3")
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")

    page_break()
    d.add_heading("How our plans address the national must-dos", level=1)
    d.add_paragraph(
        "The national planning guidance sets nine must-dos. The paragraphs below describe how the six delivery "
        "programmes (P1–P6) address each one; they match the coverage grid in Part A.")
    for para in MUSTDO_PROSE:
        d.add_paragraph(para)
    d.save(path)
    normalise_zip(path, "2026-09-10T09:00:00Z")


# ---------------------------------------------------------------------------
# Paper 6: plain text note of a place partnership meeting (narrative)
# ---------------------------------------------------------------------------
NOTE = """\
REDWATER PLACE PARTNERSHIP BOARD
Note of the meeting held on Thursday 3 September 2026, 2.00pm to 4.00pm
Committee Room 2, Redwater Civic Centre

Chair: Cllr Martin Hebden, Chair of Redwater Health and Wellbeing Board.
Co-chair: Dr Beatrice Oyelaran, GP and Clinical Chair, Redwater Place.

Present: Imran Chaudhry (Place Director, Redwater), Angela Fairweather (Director of
Adult Social Services, Redwater City Council), Kirsty Bellamy (Head of Virtual Wards,
OVP), Yusuf Karim (Head of Medicines Optimisation, ICB), Peter Ormsby (Healthwatch
Redwater), Kwame Asante (Deputy Director of Primary Care, ICB), Carys Mabbott (Acting
Place Director, Fallowbridge & Kelsbury, attending as an observer).

Apologies: Amara Nwosu, Tom Ebdon.

In attendance: Jess Whitlow (Place Business Manager, note-taker).

This is a note of the discussion, not verbatim minutes. Actions are shown in square
brackets at the end of the paragraph they arose from.


1. Welcome and declarations

1.1 The Chair welcomed members. Dr Oyelaran declared an interest in item 2 as a
partner at Riverside Medical Group. No other interests were declared.


2. Neighbourhood Health Teams (NHTs) in Redwater

2.1 Imran Chaudhry reported on the six NHTs due to go live across the system in
October 2026. The two Redwater teams, Redwater North and Redwater Riverside, cannot
start in October because the Riverside health centre refurbishment has overrun.
The Board agreed that both Redwater NHTs will go live in January 2027 instead; the
four NHTs in Castlemoor and in Fallowbridge & Kelsbury stay on track for October.

2.2 Members asked whether the district nursing teams would still be realigned in
October. Kwame Asante confirmed they would, so that the new teams can start in
January with staff already in place. [Action: Imran Chaudhry to bring a revised
NHT mobilisation plan to the next meeting.]


3. Frailty virtual ward

3.1 Kirsty Bellamy confirmed that the Redwater frailty virtual ward will open on
Monday 2 November 2026 with 40 beds, taking referrals from GPs, care homes and the
ambulance service. Across the system, 143 of the planned 150 virtual ward beds were
live at the end of August.


4. Discharge and the Transfer of Care Hub

4.1 Angela Fairweather, speaking as chair of the system Discharge Group, said the
Transfer of Care Hub will go live on Monday 19 October 2026 at Redwater Royal
Infirmary, with an outreach desk at Castlemoor General Hospital. Patients with no
criteria to reside in Redwater Royal Infirmary numbered 148 on 1 September.
[Action: Angela Fairweather to circulate the hub's operating model by 30/09/2026.]


5. Pharmacy First

5.1 Yusuf Karim reported that 41 of Redwater's 52 community pharmacies now offer
blood pressure case-finding. Peter Ormsby asked for the list of participating
pharmacies to be published on the Healthwatch website. [Action: Yusuf Karim to share
the list with Healthwatch Redwater by the end of September.]


6. Health inequalities

6.1 Dr Oyelaran reminded members that 38% of Redwater residents live in Core20
neighbourhoods. The Board agreed to target the two new NHTs at those areas first.


7. Any other business

7.1 Carys Mabbott updated members on the recruitment of a permanent Place Director
for Fallowbridge & Kelsbury; interviews are planned for November 2026.

7.2 Date of next meeting: Thursday 1 October 2026, 2.00pm, Redwater Civic Centre.
"""


def make_note(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(NOTE)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_deck(os.path.join(OUT, "f1_jfp_programmes_deck.pdf"))
    make_cover_report(os.path.join(OUT, "f2_uec_winter_plan_board_report.pdf"))
    make_linked_plan(os.path.join(OUT, "f3_planned_care_cancer_plan.pdf"))
    make_workbook(os.path.join(OUT, "f4_risk_register_milestones.xlsx"))
    make_strategy(os.path.join(OUT, "f5_jfp_part_b_strategies.docx"))
    make_note(os.path.join(OUT, "f6_redwater_place_board_note.txt"))


if __name__ == "__main__":
    main()
