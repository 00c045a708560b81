"""Write the Ambleford & Stainmoor STP papers (thirty-seventh imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan (October 2016 to April 2017):
  01 Annex B, programme delivery plans (PDF slide deck): 13 landscape 16:9 pages drawn on the reportlab canvas the way
     an exported PowerPoint looks: a title per slide, a footprint slide of big numbers, a "programme leadership" slide
     of six SRO / clinical lead cards (three boxes across, two rows) with an enablers strip, one initiatives slide per
     programme (UEC runs onto a "(continued)" slide) whose table is positioned text in columns (Ref / Scheme / Lead /
     Milestone / Due) with thin ruling lines only, cells wrapping onto two or three lines, a must-do grid (programmes
     down, MD1..MD9 across, "●" full / "◐" partial / blank, a key at the foot), a finance slide with a £m table by year
     and a bar list, and a governance slide;
  02 a Word programme initiation document (PID) for Integrated Community Care: a version table, numbered sections, a
     RACI-style table (Role / Name / Organisation / RACI) and milestones as bullet points "Q3 2017/18 - ...";
  03 an Excel risk and issues log: Risks (Risk ID / Description / Owner / Likelihood / Impact / Score / Mitigation /
     Review date), Milestones (Baseline and Forecast, text and real dates mixed, RAG), Issues and a Key sheet;
  04 a plain-text e-mail chain, newest first, quoted replies marked ">" and ">>": the Programme Director confirms a new
     UTC opening date (not the one floated lower down) and a change of clinical lead from a date;
  05 a Markdown staff FAQ (April 2017): chair, STP lead, programme director, board meetings, roadshows, a new estates lead.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab import rl_config
from reportlab.lib import colors
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
pdfmetrics.registerFont(TTFont("DVC", str(FONTS / "DejaVuSansCondensed.ttf")))

DECK = "01_AS_STP_Annex_B_Programme_Delivery_Plans_v3.0_21Oct2016.pdf"
PID = "02_AS_STP_ICC_Programme_Initiation_Document_v1.0_Dec2016.docx"
LOG = "03_AS_STP_Risk_and_Issues_Log_27Jan2017.xlsx"
MAIL = "04_AS_STP_Email_UEC1_Date_and_MHW_Clinical_Lead_09Mar2017.txt"
FAQ = "05_AS_STP_Staff_FAQ_Apr2017.md"

W, H = 960, 540  # 13.33 x 7.5 inch slide in points
TEAL = colors.HexColor("#005F73")
GREY = colors.HexColor("#8C8C8C")
DARK = colors.HexColor("#262626")
FOOTER = "Ambleford & Stainmoor STP  |  Annex B: Programme delivery plans  |  v3.0 submission draft, 21 October 2016"

# code, name, SRO, SRO title, clinical lead, clinical lead title, card colour
PROGRAMMES = [
    ("LWP", "Living Well & Prevention", "Dr Marisol Quennell", "Director of Public Health, Ambleford City Council",
     "Dr Tobiah Crewdson", "GP, Wenlow Medical Practice", "#6A8D2F"),
    ("ICC", "Integrated Community Care", "Gideon Arkholme", "Chief Officer, Stainmoor & Wenlow CCG",
     "Dr Philippa Naismith-Oduya", "GP, Ambleford Primary Care Federation", "#2F7D8D"),
    ("UEC", "Urgent & Emergency Care", "Annika Swarbrick", "Chief Operating Officer, Stainmoor Valley Hospitals NHS Trust",
     "Dr Rohan Tillotson", "Consultant in Emergency Medicine, AGI", "#B03A2E"),
    ("ECD", "Elective Care & Diagnostics", "Martin Ellery-Vance", "Chief Officer, Ambleford City CCG",
     "Mr Oluwaseun Gadsby", "Consultant Orthopaedic Surgeon, SDH", "#3B5BA5"),
    ("MHW", "Mental Health & Wellbeing", "Cordelia Hesketh-Blair",
     "Chief Executive, Greyfell Community & Mental Health NHS FT", "Dr Jasper Wintle", "Consultant Psychiatrist, Greyfell",
     "#7A4A94"),
    ("ASC", "Acute Services Collaboration", "Bernard Okonkwo-Reid",
     "Director of Strategy, Ambleford Teaching Hospitals NHS FT", "Dr Helga Marrable", "Consultant Stroke Physician, AGI",
     "#5E5E5E"),
]
ENABLERS = "Enablers:  Digital - Stellan Pryce (Chief Information Officer, ATH)   |   Workforce & OD - Yvette " \
           "Karamanlis (Director of Workforce, Greyfell)   |   Estates - tbc"

# ref, scheme, lead, milestone, due ; a list of slides per programme
INITIATIVES = {
    "LWP": [[
        ("LWP1", "Making Every Contact Count (MECC): brief advice training for front-line staff in every partner "
         "organisation", "Harriet Blencowe", "3,000 staff trained; MECC in every partner's induction programme",
         "by end Dec 2017"),
        ("LWP2", "National Diabetes Prevention Programme referrals from every practice", "Dr Tobiah Crewdson",
         "All practices referring; 1,800 referrals a year", "Q2 2017/18"),
        ("LWP3", "Smoking in pregnancy: carbon monoxide screening at booking with opt-out referral to stop smoking "
         "services", "Nadia Ferncastle", "CO screening at every booking appointment", "01.09.17"),
        ("LWP4", "Social prescribing link workers in every locality, run with the voluntary sector", "Owen Trethewey",
         "Link workers recruited; service live in all nine localities", "2018/19"),
    ]],
    "ICC": [[
        ("ICC1", "Locality care hubs: community nursing, therapies, social care and mental health in one "
         "multidisciplinary team for each of nine localities", "Dr Philippa Naismith-Oduya",
         "Hubs 1-3 live; hubs 4-6 live; all nine hubs live", "Q4 2016/17 (hubs 1-3); Q4 2017/18 (all nine)"),
        ("ICC2", "Extended access to general practice, 8am to 8pm and at weekends, through the locality hubs",
         "Dr Leopold Hastwell", "50% population coverage; 100% population coverage", "31.03.18"),
        ("ICC3", "Care home support: a named GP and a weekly multidisciplinary review for every care home",
         "Bronagh Culshaw", "Every care home aligned to one practice", "Q3 2017/18"),
        ("ICC4", "Community IV therapy service (hospital at home)", "Kwame Ashdown",
         "Service specification agreed; service live", "tbc"),
    ]],
    "UEC": [[
        ("UEC1", "Urgent treatment centre at Stainmoor District Hospital, replacing the minor injuries unit",
         "Fergus Mattinson", "Public consultation; urgent treatment centre open 24/7", "Autumn 2017"),
        ("UEC2", "NHS 111 integrated clinical assessment service with GP, nurse and pharmacist advice",
         "Tamsin Rawcliffe", "Clinical assessment service live; half of 111 calls get clinical input", "Q3 2017/18"),
        ("UEC3", "GP streaming at the front door of both emergency departments", "Dr Rohan Tillotson",
         "Streaming in place at Ambleford General Infirmary and Stainmoor District Hospital", "01.10.17"),
    ], [
        ("UEC4", "Discharge to assess and trusted assessor at both acute trusts", "Lorna Pickersgill",
         "Discharge to assess pathway 1 live; pathways 2 and 3 live", "Q4 2016/17"),
        ("UEC5", "Hear and treat / see and treat with North Vale Ambulance Service", "Darius Kelloway",
         "Conveyance to emergency departments below 60% of incidents", "Q2 2017/18"),
    ]],
    "ECD": [[
        ("ECD1", "Musculoskeletal (MSK) single point of access with physiotherapy-led triage", "Mr Oluwaseun Gadsby",
         "Business case approved; service live", "Q1 2017/18"),
        ("ECD2", "Advice and guidance and e-referral for every specialty", "Greta Sowerbutts",
         "100% of GP referrals through the e-Referral Service", "by end Mar 2018"),
        ("ECD3", "Rapid diagnostic pathway for suspected lung cancer at Ambleford General Infirmary",
         "Dr Ansel Moorcroft", "Straight-to-CT pathway live; 62-day cancer standard met", "30.06.17"),
        ("ECD4", "Shared pathology service across the two acute trusts", "Quentin Haverstock",
         "Full business case approved; single laboratory information system", "FBC: Q4 2017/18; go-live 2018/19"),
    ]],
    "MHW": [[
        ("MHW1", "Core 24 liaison psychiatry at Ambleford General Infirmary", "Dr Jasper Wintle",
         "Recruitment complete; Core 24 standard met", "Q4 2017/18"),
        ("MHW2", "Crisis house (four beds) as an alternative to admission, with a voluntary sector partner",
         "Saoirse Lindqvist", "Provider chosen; crisis house open", "Winter 2017/18"),
        ("MHW3", "Psychological therapies (IAPT) expansion with long-term conditions pathways", "Barnaby Ruddock",
         "Access rate 19% of the prevalent population", "31.03.19"),
        ("MHW4", "Early intervention in psychosis: treatment within two weeks of referral", "Dr Jasper Wintle",
         "50% of people start treatment within two weeks", "tbc"),
    ]],
    "ASC": [[
        ("ASC1", "Hyper-acute stroke unit on a single site for the footprint", "Dr Helga Marrable",
         "Options appraisal; public consultation; decision by both trust boards", "Consultation: Q3 2017/18"),
        ("ASC2", "Single vascular and urology on-call rotas across both trusts", "Mr Callum Ostrowski",
         "Joint rotas live", "2018/19"),
        ("ASC3", "Back-office consolidation: payroll, procurement and recruitment as one shared service",
         "Beatrix Hollingdrake", "Shared service live for both acute trusts", "Dec-17"),
    ]],
}

MUSTDOS = ["STP", "Finance", "GP", "A&E", "RTT", "Cancer", "MH", "LD", "Quality"]
GRID = {  # programme -> {must-do number: "●" full | "◐" partial}
    "LWP": {1: "●", 3: "◐", 7: "◐"},
    "ICC": {1: "●", 2: "◐", 3: "●", 4: "◐"},
    "UEC": {1: "●", 3: "◐", 4: "●", 9: "◐"},
    "ECD": {1: "●", 2: "◐", 5: "●", 6: "◐"},
    "MHW": {1: "●", 4: "◐", 7: "●"},
    "ASC": {1: "●", 2: "●", 5: "◐", 9: "●"},
}
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
SAVINGS = {  # £m
    "LWP": [0.2, 1.1, 2.4, 3.6, 4.5],
    "ICC": [1.5, 4.8, 8.2, 11.0, 13.4],
    "UEC": [1.0, 3.6, 6.5, 8.7, 10.2],
    "ECD": [2.2, 6.1, 9.4, 12.3, 14.8],
    "MHW": [0.3, 1.2, 2.5, 3.4, 4.1],
    "ASC": [4.6, 12.9, 19.8, 25.2, 29.6],
}


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def money(v):
    return f"{v:.1f}"


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Annex B: Programme delivery plans")
        self.c.setAuthor("Ambleford & Stainmoor STP PMO")
        self.c.setSubject("Sustainability and Transformation Plan submission draft v3.0")
        self.n = 0

    def slide(self, title):
        """A title placeholder at the top left, a thin accent line under it (a plain PowerPoint layout)."""
        self.n += 1
        c = self.c
        c.setFillColor(TEAL)
        c.setFont("DVB", 24)
        c.drawString(40, H - 52, title)
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(40, H - 64, 200, H - 64)
        c.setFillColor(DARK)

    def end(self):
        c = self.c
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(40, 18, FOOTER)
        c.drawRightString(W - 40, 18, str(self.n))
        c.showPage()

    def save(self):
        self.c.save()


def ruled_table(c, x, top, cols, rows, size=10, lead=12.5):
    """Positioned text in columns: a bold heading row, then each row's cells (wrapping), thin rules between rows."""
    pad = 5
    y = top
    c.setFont("DVB", size)
    c.setFillColor(TEAL)
    cx = x
    for head, w in cols:
        c.drawString(cx + pad, y - lead, head)
        cx += w
    y -= lead + pad
    total = sum(w for _, w in cols)
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(x, y, x + total, y)
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.HexColor("#A6A6A6"))
    for row in rows:
        lines = [wrap(text, "DV", size, w - 2 * pad) for text, (_, w) in zip(row, cols)]
        assert max(len(ls) for ls in lines) <= 3, row
        h = max(len(ls) for ls in lines) * lead + 2 * pad
        cx = x
        for j, (ls, (_, w)) in enumerate(zip(lines, cols)):
            c.setFont("DVB" if j == 0 else "DV", size)
            c.setFillColor(DARK)
            for k, line in enumerate(ls):
                c.drawString(cx + pad, y - pad - (k + 1) * lead + 3, line)
            cx += w
        y -= h
        c.line(x, y, x + total, y)
    return y


def card(c, x, y, w, h, code, name, sro, sro_title, cl, cl_title, colour):
    c.setStrokeColor(colors.HexColor(colour))
    c.setLineWidth(1.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFillColor(colors.HexColor(colour))
    c.rect(x, y + h - 30, w, 30, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 12.5)
    c.drawString(x + 10, y + h - 20, f"{name} ({code})")
    ty = y + h - 48
    for label, who, title in (("SRO", sro, sro_title), ("Clinical lead", cl, cl_title)):
        c.setFillColor(GREY)
        c.setFont("DV", 8.5)
        c.drawString(x + 10, ty, label.upper())
        ty -= 15
        c.setFillColor(DARK)
        c.setFont("DVB", 12)
        c.drawString(x + 10, ty, who)
        ty -= 13
        c.setFont("DV", 9)
        for part in wrap(title, "DV", 9, w - 20):
            c.drawString(x + 10, ty, part)
            ty -= 11
        ty -= 8


def deck(path):
    d = Deck(path)
    c = d.c
    names = {p[0]: p[1] for p in PROGRAMMES}

    # 1 title slide
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 34)
    c.drawString(60, 330, "Ambleford & Stainmoor")
    c.drawString(60, 288, "Sustainability and Transformation Plan")
    c.setFont("DV", 20)
    c.drawString(60, 236, "Annex B: Programme delivery plans")
    c.setFont("DV", 13)
    c.drawString(60, 196, "Submission draft v3.0  |  21 October 2016")
    c.drawString(60, 176, "Prepared by the STP Programme Management Office for the Partnership Board")
    c.showPage()

    # 2 footprint
    d.slide("Our footprint at a glance")
    tiles = [("884,600", "registered population"), ("£164.3m", "do-nothing financial gap by 2020/21"),
             ("9", "localities, each of 80,000 to 110,000 people"), ("6 + 3", "programmes and enablers")]
    for i, (big, small) in enumerate(tiles):
        x = 40 + i * 222
        c.setFillColor(colors.HexColor("#E6F0F2"))
        c.rect(x, 300, 206, 120, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 30)
        c.drawString(x + 14, 370, big)
        c.setFillColor(DARK)
        c.setFont("DV", 11)
        for k, part in enumerate(wrap(small, "DV", 11, 180)):
            c.drawString(x + 14, 345 - 13 * k, part)
    c.setFont("DVB", 13)
    c.drawString(40, 262, "Partner organisations")
    c.setFont("DV", 11)
    orgs = ["Ambleford City CCG; Stainmoor & Wenlow CCG",
            "Ambleford Teaching Hospitals NHS FT (ATH: Ambleford General Infirmary, AGI)",
            "Stainmoor Valley Hospitals NHS Trust (Stainmoor District Hospital, SDH)",
            "Greyfell Community & Mental Health NHS FT; North Vale Ambulance Service NHS Trust",
            "Ambleford City Council; Stainmoor County Council"]
    for k, line in enumerate(orgs):
        c.drawString(52, 240 - 18 * k, "\u2022  " + line)
    d.end()

    # 3 leadership cards: three across, two rows
    d.slide("Programme leadership: SROs and clinical leads")
    cw, ch = 284, 178
    for i, (code, name, sro, st, cl, ct, colour) in enumerate(PROGRAMMES):
        col, row = i % 3, i // 3
        card(c, 40 + col * (cw + 12), 270 - row * (ch + 12), cw, ch, code, name, sro, st, cl, ct, colour)
    c.setFillColor(DARK)
    c.setFont("DV", 9.5)
    c.drawString(40, 56, ENABLERS)
    d.end()

    # 4-10 initiatives, one slide per programme (UEC has two)
    cols = [("Ref", 62), ("Scheme", 300), ("Lead", 148), ("Milestone", 250), ("Due", 120)]
    for code, name, *_ in PROGRAMMES:
        slides = INITIATIVES[code]
        for k, rows in enumerate(slides):
            title = f"{name}: initiatives" + (" (continued)" if k else "")
            d.slide(title)
            c.setFont("DV", 11)
            c.setFillColor(GREY)
            c.drawString(40, H - 84, f"Programme {code}. SRO and clinical lead: see slide 3.")
            bottom = ruled_table(c, 40, H - 100, cols, rows)
            assert bottom > 60, (code, bottom)
            if k + 1 < len(slides):
                c.setFont("DV", 9)
                c.setFillColor(GREY)
                c.drawRightString(W - 40, bottom - 16, "Continued on the next slide")
            d.end()

    # 11 must-do grid
    d.slide("Our programmes against the nine national must-dos")
    x0, cwid, top, rh = 330, 62, H - 110, 34
    c.setFont("DVB", 11)
    c.setFillColor(TEAL)
    c.drawString(40, top, "Programme")
    for n in range(1, 10):
        cx = x0 + (n - 1) * cwid + cwid / 2
        c.setFont("DVB", 11)
        c.drawCentredString(cx, top, f"MD{n}")
        c.setFont("DV", 8)
        c.drawCentredString(cx, top - 12, MUSTDOS[n - 1])
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.2)
    c.line(40, top - 20, x0 + 9 * cwid, top - 20)
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.HexColor("#A6A6A6"))
    for n in range(10):
        c.line(x0 + n * cwid, top + 14, x0 + n * cwid, top - 20 - 6 * rh)
    y = top - 20
    for code, name, *_ in PROGRAMMES:
        c.setFillColor(DARK)
        c.setFont("DV", 11)
        c.drawString(44, y - 22, f"{name} ({code})")
        c.setFont("DV", 16)
        for n, mark in sorted(GRID[code].items()):
            c.drawCentredString(x0 + (n - 1) * cwid + cwid / 2, y - 23, mark)
        y -= rh
        c.line(40, y, x0 + 9 * cwid, y)
    c.setFillColor(DARK)
    c.setFont("DV", 10)
    c.drawString(40, y - 26, "Key:   \u25cf  full contribution      \u25d0  partial contribution      "
                             "blank  no contribution from this programme")
    c.setFont("DV", 9)
    c.setFillColor(GREY)
    c.drawString(40, y - 44, "MD1 STP  MD2 financial balance  MD3 general practice  MD4 A&E and ambulance  "
                             "MD5 RTT 18 weeks  MD6 cancer 62 days  MD7 mental health  MD8 learning disabilities  "
                             "MD9 quality")
    d.end()

    # 12 finance
    d.slide("Finance: savings by programme (£m)")
    fcols = [("Programme", 300)] + [(yr, 86) for yr in YEARS] + [("Total", 86)]
    rows = []
    for code, name, *_ in PROGRAMMES:
        vals = SAVINGS[code]
        rows.append([f"{name} ({code})"] + [money(v) for v in vals] + [money(sum(vals))])
    tot = [round(sum(SAVINGS[p][j] for p in SAVINGS), 1) for j in range(5)]
    rows.append(["Total"] + [money(v) for v in tot] + [money(sum(tot))])
    y = ruled_table(c, 40, H - 84, fcols, rows, size=10, lead=12)
    c.setFont("DVB", 11)
    c.setFillColor(TEAL)
    c.drawString(40, y - 24, "2020/21 savings by programme (£m)")
    by = y - 44
    for code, name, *_ in sorted(PROGRAMMES, key=lambda p: -SAVINGS[p[0]][4]):
        v = SAVINGS[code][4]
        c.setFillColor(DARK)
        c.setFont("DV", 9.5)
        c.drawRightString(110, by, code)
        c.setFillColor(colors.HexColor(dict((p[0], p[6]) for p in PROGRAMMES)[code]))
        c.rect(118, by - 2, v * 12, 10, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.drawString(124 + v * 12, by, money(v))
        by -= 15
    c.setFont("DV", 10)
    c.setFillColor(DARK)
    bx = 560
    c.drawString(bx, y - 44, "How the 2020/21 gap is met")
    for k, line in enumerate([f"Programme savings           £{money(tot[4])}m",
                              "Provider efficiencies (CIP)  £63.6m",
                              "Sustainability and Transformation Fund  £24.1m",
                              "Do-nothing gap                £164.3m"]):
        c.drawString(bx, y - 62 - 14 * k, line)
    d.end()

    # 13 governance
    d.slide("Governance and next steps")
    boxes = [("STP Partnership Board", "Independent chair; meets monthly; STP Lead: Victor Oyelaran"),
             ("Programme Delivery Group", "Chaired by the STP Programme Director; fortnightly"),
             ("Six programme boards", "Each chaired by its SRO; report to the Delivery Group"),
             ("Finance & Investment Group", "Directors of finance; monthly")]
    for i, (head, body) in enumerate(boxes):
        x = 40 + i * 222
        c.setStrokeColor(TEAL)
        c.setLineWidth(1)
        c.rect(x, 320, 206, 110, stroke=1, fill=0)
        c.setFillColor(TEAL)
        c.setFont("DVB", 12)
        c.drawString(x + 10, 408, head)
        c.setFillColor(DARK)
        c.setFont("DV", 10)
        for k, part in enumerate(wrap(body, "DV", 10, 186)):
            c.drawString(x + 10, 388 - 13 * k, part)
    c.setFont("DVB", 13)
    c.drawString(40, 280, "Next steps")
    c.setFont("DV", 11)
    for k, line in enumerate(["Public engagement on the plan: November 2016 to January 2017",
                              "Programme initiation documents for each programme: by end Dec 2016",
                              "Two-year operational plans and contracts signed: 23 December 2016"]):
        c.drawString(52, 258 - 18 * k, "\u2022  " + line)
    d.end()
    d.save()
    return d.n


# ---------------------------------------------------------------------------------------------------------------
def pid(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ambleford & Stainmoor STP  |  ICC Programme Initiation Document  |  OFFICIAL"
    sec.footer.paragraphs[0].text = "Version 1.0, 12 December 2016"
    t = doc.add_paragraph()
    r = t.add_run("Programme Initiation Document")
    r.bold, r.font.size = True, Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x5F, 0x73)
    doc.add_paragraph("Integrated Community Care (ICC)").runs[0].font.size = Pt(14)
    vt = doc.add_table(rows=4, cols=2)
    vt.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.0 (approved by the ICC Programme Board)"),
                                ("Date", "12 December 2016"),
                                ("Author", "Lydia Ormesher, ICC Programme Manager"),
                                ("Status", "Approved")]):
        vt.cell(i, 0).text, vt.cell(i, 1).text = k, v

    def h(text):
        doc.add_heading(text, level=1)

    h("1. Background")
    doc.add_paragraph(
        "Annex B of the Ambleford & Stainmoor STP (submission draft v3.0, 21 October 2016) sets out four Integrated "
        "Community Care initiatives, ICC1 to ICC4. This document turns them into a programme: who does what, by when, "
        "with what money, and how delivery will be governed.")
    h("2. Objectives")
    for line in ["Reduce emergency admissions of people aged 75 and over by 8% by 2018/19.",
                 "Every adult with complex needs known to one locality care hub, with one shared care plan.",
                 "Extended access to general practice for 100% of the population."]:
        doc.add_paragraph(line, style="List Bullet")
    h("3. Roles and responsibilities")
    doc.add_paragraph("RACI: A = accountable, R = responsible, C = consulted, I = informed.")
    roles = [("Role", "Name", "Organisation", "RACI"),
             ("Senior Responsible Owner", "Gideon Arkholme", "Stainmoor & Wenlow CCG", "A"),
             ("Clinical lead", "Dr Philippa Naismith-Oduya", "Ambleford Primary Care Federation", "R"),
             ("Programme manager", "Lydia Ormesher", "Ambleford & Stainmoor STP PMO", "R"),
             ("Finance lead", "Neville Brathwaite", "Stainmoor & Wenlow CCG", "C"),
             ("Adult social care lead", "Hazel Coverdale", "Stainmoor County Council", "R"),
             ("Community services lead", "Kwame Ashdown", "Greyfell Community & Mental Health NHS FT", "R"),
             ("Workforce lead", "Yvette Karamanlis", "Greyfell Community & Mental Health NHS FT", "C"),
             ("Patient and public voice", "Alan Speakman", "Healthwatch Stainmoor", "C"),
             ("STP Programme Director", "Elspeth Crowther", "Ambleford & Stainmoor STP PMO", "I")]
    rt = doc.add_table(rows=len(roles), cols=4)
    rt.style = "Table Grid"
    for i, row in enumerate(roles):
        for j, v in enumerate(row):
            rt.cell(i, j).text = v
            if i == 0:
                rt.cell(i, j).paragraphs[0].runs[0].bold = True
    h("4. Key milestones")
    doc.add_paragraph("Dates are NHS financial-year quarters unless a day is given.")
    for line in ["Q4 2016/17 - Locality hubs 1-3 (Ambleford North, Stainmoor East, Wenlow) live",
                 "Q1 2017/18 - Hub staff able to view the shared care record",
                 "Q2 2017/18 - Community IV therapy service (ICC4) live; shown as tbc in Annex B",
                 "Q3 2017/18 - Hubs 4-6 (Ambleford South, Stainmoor West, Coldharbour) live",
                 "Q3 2017/18 - Named GP and weekly review in place for every care home (ICC3)",
                 "31.03.18 - Extended access: 100% population coverage (ICC2)",
                 "Q4 2017/18 - All nine locality hubs live",
                 "2018/19 - Evaluation of the hub model reported to the Partnership Board"]:
        doc.add_paragraph(line, style="List Bullet")
    h("5. Funding")
    doc.add_paragraph(
        "The programme has £2.4m of non-recurrent transformation funding in 2017/18, held by Stainmoor & Wenlow CCG "
        "on behalf of both CCGs. Recurrent savings are shown in Annex B (slide 12).")
    h("6. Governance")
    doc.add_paragraph(
        "The ICC Programme Board meets on the second Tuesday of each month, chaired by the SRO, and reports to the "
        "Programme Delivery Group. Risks are held on the STP risk and issues log.")
    h("7. Dependencies")
    for line in ["Digital: shared care record access in the hubs (Stellan Pryce).",
                 "Workforce: community nurse and therapist recruitment (see risk R01).",
                 "UEC: discharge to assess (UEC4) relies on hub capacity."]:
        doc.add_paragraph(line, style="List Bullet")
    doc.core_properties.author = "Lydia Ormesher"
    doc.core_properties.title = "ICC Programme Initiation Document"
    doc.core_properties.created = doc.core_properties.modified = datetime(2016, 12, 12, 9, 0, 0)
    doc.core_properties.revision = 1
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
RISKS = [
    ("R01", "Workforce: not enough community nurses and therapists to staff the locality hubs", "Yvette Karamanlis",
     4, 5, "International recruitment; rotational posts with the acute trusts; apprenticeships", datetime(2017, 2, 28)),
    ("R02", "Estates works at Stainmoor District Hospital (fracture clinic move) delay the urgent treatment centre",
     "Annika Swarbrick", 3, 5, "Weekly estates checkpoint; phased build; interim GP streaming at the MIU",
     datetime(2017, 3, 15)),
    ("R03", "Shared pathology full business case is unaffordable for one of the trusts", "Quentin Haverstock", 3, 4,
     "Joint finance review before the FBC; phased transfer of tests", datetime(2017, 3, 31)),
    ("R04", "Public and political opposition to a single-site stroke unit", "Dr Helga Marrable", 3, 4,
     "Early engagement; clinical senate review of the options", datetime(2017, 4, 30)),
    ("R05", "Practices do not sign up to the extended access hubs", "Dr Leopold Hastwell", 2, 4,
     "Federation-led delivery; practice engagement events", datetime(2017, 3, 31)),
    ("R06", "Shared care record not available in the hubs on time", "Stellan Pryce", 3, 3,
     "Read-only view first; temporary N3 links", datetime(2017, 2, 28)),
    ("R07", "No provider willing to run the crisis house at the tariff offered", "Saoirse Lindqvist", 3, 4,
     "Soft market test; re-tender with a revised specification", datetime(2017, 3, 31)),
    ("R08", "Home care capacity too low for discharge to assess", "Hazel Coverdale", 4, 4,
     "Joint commissioning of home care; trusted assessor; reablement beds", datetime(2017, 2, 28)),
    ("R09", "STF withheld if organisations miss their control totals", "Neville Brathwaite", 3, 4,
     "Monthly system finance review at the Finance & Investment Group", datetime(2017, 4, 30)),
    ("R10", "Too little clinical engagement in programme design", "Dr Tobiah Crewdson", 2, 3,
     "Clinical reference group; protected time for leads", datetime(2017, 4, 30)),
    ("R11", "IAPT therapists cannot be recruited fast enough", "Barnaby Ruddock", 3, 3,
     "Trainee places; regional recruitment campaign", datetime(2017, 3, 31)),
    ("R12", "Patient transport for services moved to a single site", "Darius Kelloway", 2, 3,
     "Transport review with North Vale Ambulance Service", datetime(2017, 4, 30)),
]
MILESTONES = [
    # ref, programme, milestone, owner, baseline, forecast, RAG, comment
    ("LWP2", "LWP", "All practices referring to the NDPP", "Dr Tobiah Crewdson", "Q2 2017/18", "Q2 2017/18", "G", ""),
    ("LWP3", "LWP", "CO screening at every booking appointment", "Nadia Ferncastle", datetime(2017, 9, 1),
     datetime(2017, 9, 1), "G", ""),
    ("ICC1", "ICC", "Locality hubs 1-3 live", "Dr Philippa Naismith-Oduya", "Q4 2016/17", datetime(2017, 3, 31), "G",
     "Ambleford North and Wenlow live; Stainmoor East to follow"),
    ("ICC4", "ICC", "Community IV therapy service live", "Kwame Ashdown", "tbc", "Q2 2017/18", "A",
     "Date set by the ICC PID"),
    ("UEC1", "UEC", "Urgent treatment centre open 24/7", "Fergus Mattinson", "Autumn 2017", "Autumn 2017", "A",
     "At risk from the SDH estates works: see R02"),
    ("UEC4", "UEC", "Discharge to assess pathway 1 live", "Lorna Pickersgill", "Q4 2016/17", "Q4 2016/17", "A", ""),
    ("ECD1", "ECD", "MSK single point of access live", "Mr Oluwaseun Gadsby", "Q1 2017/18", "Q1 2017/18", "G", ""),
    ("ECD3", "ECD", "Straight-to-CT lung cancer pathway live", "Dr Ansel Moorcroft", "30.06.17",
     datetime(2017, 9, 30), "A", "Second CT scanner not installed until August"),
    ("MHW2", "MHW", "Crisis house open", "Saoirse Lindqvist", "Winter 2017/18", "Q1 2018/19", "R",
     "No compliant bids in the first tender; re-tender Mar-17"),
    ("MHW3", "MHW", "IAPT access 19%", "Barnaby Ruddock", datetime(2019, 3, 31), datetime(2019, 3, 31), "A", ""),
    ("ASC1", "ASC", "Stroke public consultation", "Dr Helga Marrable", "Q3 2017/18", "Q3 2017/18", "A", ""),
    ("ASC3", "ASC", "Back-office shared service live", "Beatrix Hollingdrake", "Dec-17", "Dec-17", "G", ""),
]
ISSUES = [
    ("I01", "Stainmoor East hub has no connection to the community record", "Stellan Pryce", datetime(2017, 1, 9),
     "Temporary N3 link; permanent fix by 28/02/2017", "Open"),
    ("I02", "Crisis house tender: no compliant bids", "Saoirse Lindqvist", datetime(2016, 12, 16),
     "Re-tender with revised specification (March 2017)", "Open"),
    ("I03", "Two practices have not signed the care home named-GP agreement", "Bronagh Culshaw", datetime(2017, 1, 20),
     "LMC to broker; escalate to ICC Programme Board", "Open"),
]
RAG_FILL = {"R": "F8696B", "A": "FFC000", "G": "63BE7B"}


def risk_log(path):
    wb = Workbook()
    bold = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="005F73")

    def sheet(ws, title, header, rows, widths, date_cols=()):
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        for j, v in enumerate(header, 1):
            cell = ws.cell(row=3, column=j, value=v)
            cell.font, cell.fill = bold, head_fill
        for i, row in enumerate(rows, 4):
            for j, v in enumerate(row, 1):
                cell = ws.cell(row=i, column=j, value=v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
        for j, w in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = w
        ws.freeze_panes = "A4"

    ws = wb.active
    ws.title = "Risks"
    sheet(ws, "Ambleford & Stainmoor STP - risk and issues log (as at 27/01/2017)",
          ["Risk ID", "Description", "Owner", "Likelihood", "Impact", "Score", "Mitigation", "Review date"],
          [(r[0], r[1], r[2], r[3], r[4], r[3] * r[4], r[5], r[6]) for r in RISKS],
          [9, 60, 22, 11, 9, 8, 55, 13])
    ws2 = wb.create_sheet("Milestones")
    sheet(ws2, "Key milestones: baseline (Annex B, October 2016) and current forecast",
          ["Ref", "Programme", "Milestone", "Owner", "Baseline", "Forecast", "RAG", "Comment"],
          MILESTONES, [8, 11, 42, 26, 14, 14, 7, 50])
    for i, row in enumerate(MILESTONES, 4):
        ws2.cell(row=i, column=7).fill = PatternFill("solid", fgColor=RAG_FILL[row[6]])
    ws3 = wb.create_sheet("Issues")
    sheet(ws3, "Open issues", ["Issue ID", "Description", "Owner", "Raised", "Action", "Status"], ISSUES,
          [9, 55, 20, 12, 50, 9])
    ws4 = wb.create_sheet("Key")
    for i, line in enumerate(["Scoring", "Likelihood and Impact are each scored 1 (low) to 5 (high).",
                              "Score = Likelihood x Impact.",
                              "Score 15 to 25: red - escalate to the Programme Delivery Group.",
                              "Score 8 to 12: amber - managed by the programme board.",
                              "Score 1 to 6: green - managed by the risk owner.",
                              "Milestone RAG: G on track; A at risk; R will miss the baseline date.",
                              "Forecast is the date now expected; Baseline is the date in Annex B v3.0."], 1):
        ws4.cell(row=i, column=1, value=line)
    ws4["A1"].font = Font(bold=True)
    ws4.column_dimensions["A"].width = 80
    wb.properties.creator = "Lydia Ormesher"
    wb.properties.title = "STP risk and issues log"
    wb.properties.created = wb.properties.modified = datetime(2017, 1, 27, 9, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
EMAIL = """From: Elspeth Crowther
Sent: 09 March 2017 16:42
To: Annika Swarbrick; Cordelia Hesketh-Blair; AS STP Programme Delivery Group
Cc: Fergus Mattinson; Lydia Ormesher; Dr Jasper Wintle; Dr Imogen Farraday
Subject: RE: UEC1 Stainmoor UTC opening date and MHW clinical lead - CONFIRMED

All,

Confirming the two points agreed at the Programme Delivery Group yesterday (8 March):

1. UEC1 Stainmoor urgent treatment centre: the opening date is now 31.03.18 (Annex B had Autumn 2017). The
Delivery Group did not accept the "end Jan 2018" suggested below, as it leaves no slack after the SDH estates
works. Lydia - please put 31.03.18 into the Forecast column of the log from today.

2. Mental Health & Wellbeing clinical lead: Dr Imogen Farraday, Consultant Psychiatrist at Greyfell, takes over as
programme clinical lead from 1 April 2017. Jasper continues as clinical lead until 31 March 2017 and will stay on
as the lead for MHW1 (Core 24 liaison psychiatry).

March highlight reports are due to the PMO by 24.03.17.

Thanks,
Elspeth

Elspeth Crowther | STP Programme Director | Ambleford & Stainmoor STP

> From: Cordelia Hesketh-Blair
> Sent: 08 March 2017 08:05
> To: Elspeth Crowther
> Subject: RE: UEC1 Stainmoor UTC opening date
>
> Elspeth - one more for tomorrow's note. Jasper has asked to step back as MHW clinical lead at the end of
> March so he can concentrate on Core 24. Imogen Farraday has agreed to take it on. Can the Delivery Group
> confirm?
>
> Cordelia
>
>> From: Annika Swarbrick
>> Sent: 07 March 2017 09:15
>> To: Elspeth Crowther
>> Cc: Fergus Mattinson
>> Subject: RE: UEC1 Stainmoor UTC opening date
>>
>> Elspeth - given Fergus's note, I'd suggest we move the UTC to end Jan 2018. Can we take it to the Delivery
>> Group on Wednesday?
>>
>> Annika
>>
>>> From: Fergus Mattinson
>>> Sent: 06 March 2017 17:03
>>> To: Annika Swarbrick
>>> Subject: UEC1 Stainmoor UTC opening date
>>>
>>> Annika, the fracture clinic move at SDH will not finish before Q3 2017/18, so the UTC cannot open in
>>> Autumn 2017 as in Annex B. Risk R02 on the log is now live.
>>>
>>> Fergus
"""

FAQ_TEXT = """# Ambleford & Stainmoor STP: frequently asked questions for staff

*Updated 3 April 2017 by the STP Programme Management Office. Replaces the January 2017 version.*

## What is the STP?

The Ambleford & Stainmoor Sustainability and Transformation Plan is how the NHS and the two councils in our area
will work together on six programmes: Living Well & Prevention, Integrated Community Care, Urgent & Emergency
Care, Elective Care & Diagnostics, Mental Health & Wellbeing and Acute Services Collaboration. The full plan and
its Annex B are on the intranet.

## Who is in charge?

The STP Partnership Board is chaired by Professor Ingrid Calloway-Stroud, our independent chair. Victor Oyelaran,
Chief Executive of Ambleford Teaching Hospitals, is the STP Lead. Day-to-day delivery is run by Elspeth Crowther,
STP Programme Director, who chairs the Programme Delivery Group.

## How often does the Partnership Board meet?

On the first Wednesday of each month. Every other meeting is held in public; papers go on the website a week before.

## Is my job at risk?

No programme in the plan depends on compulsory redundancies. Where services change, staff will be consulted through
the usual partnership arrangements with trade unions.

## What is happening to the minor injuries unit at Stainmoor District Hospital?

It will become an urgent treatment centre, open 24/7. Public consultation will run in Q3 2017/18 and the centre is
now expected to open by 31 March 2018, later than first planned, because of building works at the hospital.

## Who is the new clinical lead for mental health?

Dr Imogen Farraday took over as clinical lead for the Mental Health & Wellbeing programme on 1 April 2017.
Dr Jasper Wintle continues to lead Core 24 liaison psychiatry.

## Who leads on estates?

Rhiannon Battersby, Director of Estates at Stainmoor Valley Hospitals, becomes the STP Estates lead from
1 May 2017 (Annex B showed this as tbc).

## How can I find out more or get involved?

Come to a staff roadshow:

- Ambleford General Infirmary, Lecture Theatre 2: Wednesday 26 April 2017, 12:30 to 13:30
- Stainmoor District Hospital, Education Centre: Thursday 4 May 2017, 12:30 to 13:30
- Greyfell headquarters, Board Room: Tuesday 9 May 2017, 16:00 to 17:00

Or send your ideas to the PMO through the "Your STP" page on the intranet.
"""


def fix_zip(path: Path, when: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs give the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    n = deck(OUT / DECK)
    pid(OUT / PID)
    fix_zip(OUT / PID, (2016, 12, 12, 9, 0, 0))
    risk_log(OUT / LOG)
    fix_zip(OUT / LOG, (2017, 1, 27, 9, 0, 0))
    (OUT / MAIL).write_text(EMAIL)
    (OUT / FAQ).write_text(FAQ_TEXT)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
    print("deck slides", n)


if __name__ == "__main__":
    main()
