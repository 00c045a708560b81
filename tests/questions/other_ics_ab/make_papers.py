"""Write the Sheringmoor & Kettlewade STP papers (twenty-eighth imaginary footprint) into papers/.

Three made-up papers of a 2016/17 Sustainability and Transformation Plan:
  01 Annex C, workstream delivery plans (PDF deck): landscape 16:9 pages drawn on the reportlab canvas as if exported
     from PowerPoint: a title slide, a footprint slide, a grid of coloured workstream boxes (SRO and clinical lead),
     one or two slides of ruled initiative tables per workstream (cells wrap; one row carries on to the next slide
     as "(cont.)"), an enablers table, a must-do mapping matrix (must-dos as rows, workstream acronyms as columns,
     filled "P" / open "S" circles and a legend; must-do 1 a merged row), a finance slide whose table carries bars,
     a governance slide of boxes, and footers with the deck title and slide numbers;
  02 board cover paper (Word): cover sheet table, then prose (purpose, decisions, changes since the October draft:
     a new SRO from a date and a moved milestone), workstreams by their short names;
  03 PMO e-mail (plain text): a milestone refresh as a bulleted list with "o" sub-bullets keyed by initiative refs,
     two moved dates, a confirmed week, a RAG change and a new clinical lead from a date.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
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
W, H = 960, 540  # a 13.33 x 7.5 inch slide, in points
NAVY = colors.HexColor("#1F3864")
DECK_TITLE = "Sheringmoor & Kettlewade STP | Annex C: Workstream delivery plans | v2.1 submission draft, 21 October 2016"
RAG_FILL = {"G": "#63BE7B", "A": "#FFC000", "R": "#F8696B", "A/G": "#C6E0B4", "": "#FFFFFF"}

WORKSTREAMS = [
    # acronym, full name, SRO (title), clinical lead, box colour
    ("PHC", "Prevention & Healthy Communities", "Dr Imelda Rackstraw", "Director of Public Health, Sheringmoor City Council",
     "Dr Oyin Castellane", "#C55A11"),
    ("INC", "Integrated Neighbourhood Care", "Gareth Pennyfeather", "Chief Officer, Kettlewade & Dunstow CCG",
     "Dr Sunita Valcourt-Hale", "#548235"),
    ("UEC", "Urgent & Emergency Care", "Moira Edgecumbe", "Chief Operating Officer, Kettlewade General Hospital NHS Trust",
     "Dr Tobias Ferrand", "#C00000"),
    ("PCC", "Planned Care & Cancer", "Lionel Ashgrove", "Chief Officer, Tollbeck CCG", "Mr Declan Shorrock", "#2E75B6"),
    ("MHCR", "Mental Health Crisis & Recovery", "Hollis Brannagh", "Chief Executive, Wadebridge Moor Partnership NHS FT",
     "Dr Anjali Morrow-Tate", "#7030A0"),
    ("ASP", "Acute Sustainability & Productivity", "Fenella Darkwood",
     "Director of Finance, Sheringmoor Teaching Hospitals NHS FT", "Dr Rupert Ilsley", "#404040"),
]
ENABLERS = [("DIG", "Digital: Connected Care Record", "Ciaran Holloway-Beck", "Chief Information Officer", "tbc"),
            ("WF", "Workforce", "Bethan Ravenscroft", "Director of HR, Sheringmoor Teaching Hospitals NHS FT", "-")]

# ref, initiative / scheme, lead, key milestones, timescale, RAG ; one list per slide
TABLES = {
    "PHC": [[
        ("PHC1", "Healthy Weight pathway: one tier 2 and tier 3 weight management specification across the three CCGs",
         "Ruth Ambersley", "Joint specification agreed by the three CCGs; procurement launched; new service live",
         "Qtr 4 16/17", "G"),
        ("PHC2", "Making Every Contact Count (MECC) training for front-line health and council staff",
         "Selwyn Arkwright", "Train-the-trainer cohort complete; 1,500 staff trained", "by Mar 2018", "A"),
        ("PHC3", "Social prescribing hubs in Kettlewade and Tollbeck, run with the voluntary sector",
         "Dr Oyin Castellane", "Voluntary sector partner appointed; first hub open", "Jun-17", "G"),
        ("PHC4", "National Diabetes Prevention Programme (wave 2) roll-out to every practice", "Ruth Ambersley",
         "All practices referring; 2,400 referrals a year", "2017/18", "A/G"),
    ]],
    "INC": [[
        ("INC1", "Integrated neighbourhood teams (community nursing, therapies, social care and mental health) for 14 "
         "neighbourhoods of 30,000 to 50,000 people", "Dr Sunita Valcourt-Hale",
         "Wave 1 (five neighbourhoods) live; wave 2 (five more) live; all 14 neighbourhoods live",
         "Wave 1: Qtr 4 16/17; all 14: Qtr 4 17/18", "A"),
        ("INC2", "Extended GP access 8am to 8pm, seven days a week, through four practice hubs",
         "Dr Caspar Lindgren-Obi", "Hub sites agreed; 50% population coverage; 100% population coverage",
         "31/03/2018", "A"),
        ("INC3", "Enhanced health in care homes: a named practice and weekly ward round for every home",
         "Priscilla Hargate", "All 112 care homes aligned to a practice", "Sep-17", "G"),
        ("INC4", "Community pharmacy minor ailments scheme, with referral from NHS 111 and practices",
         "Anwen Fairclough", "Scheme specification agreed with the Local Pharmaceutical Committee; IT for referrals "
         "from NHS 111 in place; patient leaflet and practice briefing issued", "(continued)", "G"),
    ], [
        ("INC4 (cont.)", "(continued)", "", "60 community pharmacies signed up to the scheme", "Qtr 2 17/18", ""),
        ("INC5", "Clinical pharmacists in general practice (national scheme)", "Dr Caspar Lindgren-Obi",
         "Bid to the national scheme; 18 WTE in post", "time frame as yet unknown", "R"),
    ]],
    "UEC": [[
        ("UEC1", "Front-door streaming to primary care at Sheringmoor Royal Infirmary and Kettlewade General",
         "Dr Tobias Ferrand", "GP streaming in place at both emergency departments", "Oct-17", "A"),
        ("UEC2", "Urgent treatment centre at Tollbeck Memorial Hospital, replacing the minor injuries unit",
         "Yusuf Abernathy-Clough", "Public consultation; decision by CCG governing bodies; urgent treatment centre open",
         "Winter 2017/18", "A"),
        ("UEC3", "NHS 111 integrated clinical hub, procured jointly with the neighbouring STP", "Lorraine Cheverton",
         "Procurement complete; clinical hub live", "Mar-17", "A"),
    ], [
        ("UEC4", "Discharge to assess (D2A) and trusted assessor at both acute trusts", "Niall Greatorex",
         "D2A pathway 1 live at both trusts; pathways 2 and 3 live", "Qtr 3 16/17", "A"),
        ("UEC5", "Hear and treat / see and treat with Western Counties Ambulance Service", "Kofi Ashworth-Lyle",
         "Conveyance rate down to 58%", "Qtr 4 17/18", "G"),
    ]],
    "PCC": [[
        ("PCC1", "Musculoskeletal (MSK) triage and treatment service with a single point of referral",
         "Mr Declan Shorrock", "Business case approved; service live", "Qtr 1 17/18", "G"),
        ("PCC2", "Patient-initiated follow-up in dermatology, ENT and ophthalmology outpatients", "Gemma Stowell",
         "30% fewer follow-up appointments", "Mar-18", "A"),
        ("PCC3", "One-stop diagnostic clinic for suspected lung and colorectal cancer at Sheringmoor Royal Infirmary",
         "Dr Helena Quartermaine", "Clinic open; 62-day cancer standard met", "01/09/2017", "A"),
        ("PCC4", "Community ophthalmology: cataract assessment and post-operative checks closer to home",
         "Gemma Stowell", "Pilot in Tollbeck; roll-out across the footprint", "Nov-17", "G"),
    ]],
    "MHCR": [[
        ("MHCR1", "Core 24 liaison psychiatry at both acute hospitals", "Dr Anjali Morrow-Tate",
         "Recruitment complete; Core 24 standard met at Sheringmoor Royal Infirmary", "Qtr 4 17/18", "A"),
        ("MHCR2", "Single point of access for crisis: a 24/7 crisis line and a crisis cafe in Sheringmoor",
         "Bronwen Oakcliffe", "Crisis line open 24/7; crisis cafe opens", "Qtr 3 16/17", "A"),
        ("MHCR3", "Psychological therapies (IAPT) expansion", "Conrad Yelland",
         "Access rate from 15.8% to 19% of the prevalent population", "by 31/03/2019", "G"),
        ("MHCR4", "Perinatal mental health community team", "Dr Anjali Morrow-Tate",
         "Bid for national funding (wave 2); team recruited", "time frame as yet unknown", "R"),
    ]],
    "ASP": [[
        ("ASP1", "Shared pathology service across the two acute trusts", "Ivor Brackley",
         "Outline business case; full business case; single laboratory information system",
         "FBC Mar-17; go-live 2018/19", "A"),
        ("ASP2", "Carter productivity: e-rostering and joint procurement", "Jonah Peverell",
         "E-rostering live across both trusts; one procurement team", "Qtr 2 17/18", "G"),
        ("ASP3", "Clinical services review: hyper-acute stroke on a single site", "Dr Rupert Ilsley",
         "Options appraisal; public consultation; decision", "Consultation: Summer 2017", "A"),
    ]],
}
ENABLER_ROWS = [
    ("DIG1", "Connected Care Record: one shared record viewable by GPs, hospitals and social care",
     "Ciaran Holloway-Beck", "Information sharing agreement signed; record live in both EDs", "Qtr 2 17/18", "A"),
    ("DIG2", "Free Wi-Fi in every GP practice", "Ciaran Holloway-Beck", "All 97 practices connected", "Mar-17", "G"),
    ("WF1", "Bank staff collaborative across the two acute trusts", "Bethan Ravenscroft",
     "Single bank rates agreed; shared bank live", "Apr-17", "A"),
]
# must-do mapping: row -> {acronym: "P" | "S"}; row 1 is a merged "applies to every workstream" row
MUSTDOS = [
    (1, "Deliver a high quality and agreed STP"),
    (2, "Return the system to aggregate financial balance"),
    (3, "Sustainability and quality of general practice"),
    (4, "A&E 4-hour standard and ambulance response times"),
    (5, "Referral to treatment: 18 weeks"),
    (6, "Cancer: 62-day standard and the Cancer Taskforce"),
    (7, "Mental health: access standards (IAPT, EIP, liaison)"),
    (8, "Transforming care for people with learning disabilities"),
    (9, "Improving quality: special measures and safety"),
]
MAPPING = {
    2: {"ASP": "P", "INC": "S", "PCC": "S"},
    3: {"INC": "P", "PHC": "S", "UEC": "S"},
    4: {"UEC": "P", "INC": "S", "MHCR": "S"},
    5: {"PCC": "P", "ASP": "S"},
    6: {"PCC": "P", "PHC": "S"},
    7: {"MHCR": "P", "UEC": "S"},
    8: {},
    9: {},
}
SAVINGS = [  # £m by year 2016/17 .. 2020/21
    ("PHC", [0.5, 2.0, 4.5, 6.0, 7.5]),
    ("INC", [3.0, 9.5, 14.0, 17.5, 19.0]),
    ("UEC", [2.5, 7.0, 11.5, 13.0, 14.0]),
    ("PCC", [4.0, 10.5, 15.0, 18.5, 20.0]),
    ("MHCR", [0.5, 1.5, 3.0, 4.5, 5.5]),
    ("ASP", [8.5, 22.0, 31.0, 36.5, 41.0]),
]


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Annex C: Workstream delivery plans")
        self.c.setAuthor("Sheringmoor & Kettlewade STP PMO")
        self.n = 0

    def slide(self, title, subtitle=None):
        self.n += 1
        c = self.c
        c.setFillColor(NAVY)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 22)
        c.drawString(36, H - 42, title)
        if subtitle:
            c.setFont("DV", 11)
            c.drawRightString(W - 36, H - 40, subtitle)
        c.setFillColor(colors.black)

    def end(self):
        c = self.c
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.line(36, 30, W - 36, 30)
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("DV", 8)
        c.drawString(36, 17, DECK_TITLE)
        c.drawRightString(W - 36, 17, f"Slide {self.n}")
        c.showPage()

    def save(self):
        self.c.save()


def wrap(text, font, size, width):
    out = []
    for part in text.split("\n"):
        out += simpleSplit(part, font, size, width) or [""]
    return out


def table(c, x, top, widths, header, rows, size=9.5, lead=12, rag_col=None, head_fill=NAVY):
    """A ruled table drawn cell by cell; long cells wrap; returns the y of its bottom rule."""
    pad = 4

    def row_lines(cells, font):
        return [wrap(str(t), font, size, w - 2 * pad) for t, w in zip(cells, widths)]

    y = top
    c.setLineWidth(0.6)
    for i, cells in enumerate([header] + rows):
        font = "DVB" if i == 0 else "DV"
        lines = row_lines(cells, font)
        h = max(len(ls) for ls in lines) * lead + 2 * pad
        cx = x
        for j, (ls, w) in enumerate(zip(lines, widths)):
            fill = head_fill if i == 0 else None
            if i > 0 and rag_col is not None and j == rag_col:
                fill = colors.HexColor(RAG_FILL[cells[j]])
            if fill is not None:
                c.setFillColor(fill)
                c.rect(cx, y - h, w, h, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#7F7F7F"))
            c.rect(cx, y - h, w, h, stroke=1, fill=0)
            c.setFillColor(colors.white if i == 0 else colors.black)
            c.setFont(font, size)
            for k, line in enumerate(ls):
                if i > 0 and j == rag_col:
                    c.drawCentredString(cx + w / 2, y - pad - (k + 1) * lead + 3, line)
                else:
                    c.drawString(cx + pad, y - pad - (k + 1) * lead + 3, line)
            cx += w
        y -= h
    c.setFillColor(colors.black)
    return y


def box(c, x, y, w, h, fill, lines, text_colour=colors.white, sizes=None):
    c.setFillColor(colors.HexColor(fill) if isinstance(fill, str) else fill)
    c.roundRect(x, y, w, h, 6, stroke=0, fill=1)
    c.setFillColor(text_colour)
    ty = y + h - 18
    for k, line in enumerate(lines):
        size = (sizes or [12])[min(k, len(sizes or [12]) - 1)]
        font = "DVB" if k == 0 else "DV"
        for part in wrap(line, font, size, w - 14):
            c.setFont(font, size)
            c.drawString(x + 7, ty, part)
            ty -= size + 3
    c.setFillColor(colors.black)


def annex(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(NAVY)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 30)
    c.drawString(60, 330, "Sheringmoor & Kettlewade")
    c.drawString(60, 290, "Sustainability and Transformation Plan")
    c.setFont("DV", 20)
    c.drawString(60, 240, "Annex C: Workstream delivery plans 2016/17 to 2020/21")
    c.setFont("DV", 13)
    c.drawString(60, 190, "Submission draft v2.1  |  21 October 2016")
    c.drawString(60, 170, "Prepared by the STP Programme Management Office for the STP Partnership Board")
    c.showPage()
    # 2 footprint
    d.slide("Our footprint at a glance")
    facts = [("1,036,000", "registered population"), ("3", "CCGs: Sheringmoor, Kettlewade & Dunstow, Tollbeck"),
             ("2", "acute trusts and one mental health and community trust"), ("4", "local authorities"),
             ("£187.0m", "do-nothing financial gap by 2020/21"), ("6 + 2", "delivery workstreams plus two enablers")]
    for i, (big, small) in enumerate(facts):
        x, y = 60 + (i % 3) * 290, 300 - (i // 3) * 170
        c.setFillColor(colors.HexColor("#DEEAF6"))
        c.rect(x, y, 260, 130, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("DVB", 28)
        c.drawString(x + 16, y + 80, big)
        c.setFont("DV", 11)
        for k, part in enumerate(wrap(small, "DV", 11, 230)):
            c.drawString(x + 16, y + 52 - k * 14, part)
    d.end()
    # 3 workstreams grid
    d.slide("Our workstreams and who leads them", "SRO = Senior Responsible Officer")
    for i, (acr, name, sro, title, cl, col) in enumerate(WORKSTREAMS):
        x, y = 40 + (i % 3) * 300, 270 - (i // 3) * 150
        box(c, x, y, 280, 135, col, [f"{name} ({acr})", f"SRO: {sro}", title, f"Clinical lead: {cl}"],
            sizes=[13, 11, 9, 11])
    c.setFont("DVB", 11)
    c.drawString(40, 98, "Enablers")
    for i, (acr, name, sro, title, cl) in enumerate(ENABLERS):
        box(c, 40 + i * 450, 40, 430, 52, "#D9D9D9",
            [f"{name} ({acr})", f"SRO: {sro}, {title}. Clinical lead: {cl}"], text_colour=colors.black, sizes=[11, 9])
    d.end()
    # workstream tables
    header = ["Ref", "Initiative / scheme", "Lead", "Key milestones", "Timescale", "RAG"]
    widths = [64, 290, 130, 250, 110, 44]
    for acr, name, sro, title, cl, col in WORKSTREAMS:
        pages = TABLES[acr]
        for p, rows in enumerate(pages):
            t = f"{name}" + (" (continued)" if p else "")
            d.slide(t, f"SRO: {sro}  |  Clinical lead: {cl}")
            c.setFillColor(colors.HexColor(col))
            c.rect(0, H - 68, W, 6, stroke=0, fill=1)
            bottom = table(c, 36, H - 90, widths, header, [list(r) for r in rows], rag_col=5)
            if p + 1 < len(pages):
                c.setFont("DV", 9)
                c.drawRightString(W - 36, bottom - 16, "Continued on next slide")
            d.end()
    # enablers
    d.slide("Enablers: digital and workforce")
    table(c, 36, H - 90, widths, header, [list(r) for r in ENABLER_ROWS], rag_col=5)
    c.setFont("DV", 10)
    c.drawString(36, 140, "The Digital clinical lead is to be appointed.")
    d.end()
    # must-do mapping
    d.slide("Mapping our workstreams to the nine national must-dos", "2016/17 NHS planning guidance")
    acrs = [w[0] for w in WORKSTREAMS]
    x0, top, first_w, col_w, row_h = 36, H - 84, 380, 80, 37
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setFillColor(NAVY)
    c.rect(x0, top - row_h, first_w + col_w * 6, row_h, stroke=1, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(x0 + 6, top - 23, "National must-do (2016/17)")
    for j, a in enumerate(acrs):
        c.drawCentredString(x0 + first_w + j * col_w + col_w / 2, top - 23, a)
    for i, (n, text) in enumerate(MUSTDOS):
        y = top - row_h * (i + 2)
        c.setFillColor(colors.HexColor("#F2F2F2") if i % 2 else colors.white)
        c.rect(x0, y, first_w, row_h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV", 10)
        c.drawString(x0 + 6, y + 14, f"{n}. {text}")
        if n == 1:
            c.setFillColor(colors.HexColor("#DEEAF6"))
            c.rect(x0 + first_w, y, col_w * 6, row_h, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DV", 10)
            c.drawCentredString(x0 + first_w + col_w * 3, y + 14, "Applies to every workstream (this plan)")
            continue
        for j, a in enumerate(acrs):
            cx = x0 + first_w + j * col_w
            c.setFillColor(colors.white)
            c.rect(cx, y, col_w, row_h, stroke=1, fill=1)
            mark = MAPPING[n].get(a)
            if mark:
                c.setStrokeColor(NAVY)
                c.setFillColor(NAVY if mark == "P" else colors.white)
                c.circle(cx + col_w / 2, y + row_h / 2, 11, stroke=1, fill=1)
                c.setFillColor(colors.white if mark == "P" else NAVY)
                c.setFont("DVB", 11)
                c.drawCentredString(cx + col_w / 2, y + row_h / 2 - 4, mark)
                c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setFillColor(NAVY)
    c.circle(x0 + 8, 47, 7, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DV", 9)
    c.drawString(x0 + 20, 44, "P = primary contribution (filled circle)")
    c.setStrokeColor(NAVY)
    c.circle(x0 + 260, 47, 7, stroke=1, fill=0)
    c.drawString(x0 + 272, 44, "S = secondary contribution (open circle)")
    c.drawString(x0 + 520, 44, "Blank = no contribution from the workstream")
    d.end()
    # finance
    d.slide("Savings by workstream and year (£m)", "Net in-year savings; 2016/17 prices")
    years = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
    x0, top, name_w, col_w, row_h = 36, H - 84, 250, 115, 34
    c.setFillColor(NAVY)
    c.rect(x0, top - row_h, name_w + col_w * 6, row_h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(x0 + 6, top - 22, "Workstream")
    for j, yr in enumerate(years + ["Total"]):
        c.drawString(x0 + name_w + j * col_w + 6, top - 22, yr)
    names = {w[0]: w[1] for w in WORKSTREAMS}
    colour = {w[0]: w[5] for w in WORKSTREAMS}
    rows = SAVINGS + [("Total", [round(sum(v[i] for _, v in SAVINGS), 1) for i in range(5)])]
    for i, (acr, vals) in enumerate(rows):
        y = top - row_h * (i + 2)
        total = round(sum(vals), 1)
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.line(x0, y, x0 + name_w + col_w * 6, y)
        c.setFillColor(colors.black)
        c.setFont("DVB" if acr == "Total" else "DV", 10)
        c.drawString(x0 + 6, y + 12, "Total" if acr == "Total" else f"{names[acr]} ({acr})")
        for j, v in enumerate(vals + [total]):
            cx = x0 + name_w + j * col_w
            scale = 0.9 if acr == "Total" or j == 5 else 2.0
            c.setFillColor(colors.HexColor(colour.get(acr, "#1F3864")))
            c.rect(cx + 4, y + 6, min(v * scale, col_w - 50), 20, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawRightString(cx + col_w - 6, y + 12, f"{v:.1f}")
    c.setFont("DV", 10)
    c.drawString(x0, 80, "Do-nothing financial gap by 2020/21: £187.0m. Closed in 2020/21 by workstream savings "
                 "£107.0m, provider efficiency (business as usual) £58.5m")
    c.drawString(x0, 64, "and Sustainability & Transformation Fund £21.5m. Residual gap in 2020/21: £0.0m.")
    d.end()
    # governance
    d.slide("How we will govern delivery")
    box(c, 330, 360, 300, 92, NAVY, ["STP Partnership Board", "Independent Chair: Professor Dame Hilary Oxenbury",
                                     "Meets the first Thursday of each month"], sizes=[13, 10])
    box(c, 40, 360, 250, 92, "#2E75B6", ["STP Lead", "Jonathan Kilbride-Osei, Chief Executive, Sheringmoor "
                                         "Teaching Hospitals NHS FT"], sizes=[13, 10])
    box(c, 670, 360, 250, 92, "#2E75B6", ["Clinical Reference Group", "Chair: Dr Esther Quaintance"], sizes=[13, 10])
    box(c, 40, 220, 250, 92, "#548235", ["Finance & Investment Group", "Chair: Fenella Darkwood"], sizes=[13, 10])
    box(c, 330, 220, 300, 92, "#548235", ["STP Delivery Group", "Chair: Wendell Marchbank, STP Programme Director",
                                          "Monthly highlight reports from every workstream"], sizes=[13, 10])
    box(c, 670, 220, 250, 92, "#548235", ["Programme Management Office", "Head of PMO: Ottilie Brennard"],
        sizes=[13, 10])
    box(c, 40, 80, 580, 92, "#BFBFBF", ["Six workstream boards and two enabler groups",
                                        "Each chaired by its SRO; report to the STP Delivery Group"],
        text_colour=colors.black, sizes=[13, 10])
    box(c, 670, 80, 250, 92, "#BFBFBF", ["Transforming Care Partnership", "Learning disabilities; reports to the "
                                         "Partnership Board twice a year"], text_colour=colors.black, sizes=[13, 10])
    d.end()
    # next steps
    d.slide("Next steps")
    c.setFont("DV", 13)
    for k, line in enumerate(["Partnership Board to consider this annex on 1 December 2016.",
                              "Workstream boards to confirm milestone dates with the PMO by 31 January 2017.",
                              "PMO to refresh the milestone dates in February 2017 and report by exception.",
                              "Public engagement on the STP from January 2017."]):
        c.drawString(60, H - 120 - k * 34, "\u2022  " + line)
    d.end()
    d.save()
    return d.n


def cover_paper(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    doc.add_heading("STP Partnership Board: cover paper", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Meeting", "STP Partnership Board"), ("Date of meeting", "1 December 2016"),
                 ("Agenda item", "7"), ("Report title", "Annex C: Workstream delivery plans (v2.2)"),
                 ("Sponsor", "Jonathan Kilbride-Osei, STP Lead"),
                 ("Author", "Wendell Marchbank, STP Programme Director"), ("Date of paper", "24 November 2016"),
                 ("Purpose", "Decision")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This paper covers Annex C of the Sustainability and Transformation Plan, the delivery plans of our six "
        "workstreams and two enablers. The version submitted on 21 October (v2.1) is attached; v2.2 differs from it "
        "only in the changes set out in section 3.")
    doc.add_heading("2. Decisions asked for", level=2)
    doc.add_paragraph(
        "The Board is asked to approve Annex C v2.2 as the basis for delivery from January 2017; to confirm the "
        "appointment of Dr Priya Wetherall-Nkemelu, Medical Director of Kettlewade General Hospital NHS Trust, as "
        "Senior Responsible Officer for PCC with effect from 1 January 2017; to note the later go-live of the crisis "
        "single point of access in MHCR; and to agree that must-dos 8 and 9 stay outside the workstreams, as "
        "described in section 4.")
    doc.add_heading("3. Changes since the October draft", level=2)
    doc.add_paragraph(
        "Lionel Ashgrove, who has led PCC since the workstreams were set up, retires from Tollbeck CCG at the end of "
        "December 2016. Dr Wetherall-Nkemelu will take over as SRO for PCC from 1 January 2017. Mr Declan Shorrock "
        "continues as its clinical lead.")
    doc.add_paragraph(
        "In MHCR, the single point of access for crisis (MHCR2) will not be ready in Qtr 3 16/17 as the October "
        "draft said. The lease on the crisis cafe building has taken longer than planned, and the Trust now expects "
        "the crisis line and the cafe to open in Qtr 1 17/18, by 30 June 2017. Bronwen Oakcliffe remains the lead.")
    doc.add_paragraph(
        "UEC has asked that its discharge to assess scheme (UEC4) keep its Qtr 3 16/17 date for pathway 1; no "
        "other dates have changed. The milestone dates of every workstream will be refreshed by the PMO in February "
        "2017.")
    doc.add_heading("4. Must-do coverage", level=2)
    doc.add_paragraph(
        "Seven of the nine national must-dos are mapped to at least one workstream on the mapping slide. No "
        "workstream has a priority for learning disabilities (must-do 8), which is led through the Transforming "
        "Care Partnership, or for quality and special measures (must-do 9), which the Quality Surveillance Group "
        "oversees. The Clinical Reference Group will look again at must-do 9 in the new year.")
    doc.add_heading("5. Recommendation", level=2)
    doc.add_paragraph("The Board is recommended to approve Annex C v2.2 and to confirm the new PCC SRO.")
    doc.core_properties.author = "Wendell Marchbank"
    doc.core_properties.title = "Annex C cover paper"
    doc.core_properties.created = doc.core_properties.modified = datetime(2016, 11, 24, 9, 0, 0)
    doc.core_properties.revision = 1
    doc.save(str(path))


EMAIL = """From: Ottilie Brennard (Head of PMO, Sheringmoor & Kettlewade STP) <ottilie.brennard@nhs.net>
Sent: Tuesday 14 February 2017 16:42
To: STP workstream SROs; STP workstream leads
Cc: Wendell Marchbank
Subject: Annex C milestone refresh - February 2017

Dear all,

Thank you for the returns. As agreed at the Partnership Board on 1 December,
the PMO has refreshed the milestone dates in Annex C. Where a date below
differs from the annex, the date below now stands. Everything not listed is
unchanged.

Changes to dates

  \u2022 UEC3 - NHS 111 integrated clinical hub
      o Go-live moves from Mar-17 to 30 April 2017. The joint procurement
        with the neighbouring STP was challenged and re-run.
      o RAG now R (was A).
  \u2022 PHC1 - Healthy Weight pathway
      o New service live: was Qtr 4 16/17, now 1 July 2017.
      o Procurement launched 6 February as planned.
  \u2022 INC1 - Integrated neighbourhood teams
      o Wave 1 (five neighbourhoods) confirmed for w/c 6 March 2017.
      o Waves 2 and 3 unchanged.
  \u2022 MHCR2 - Crisis single point of access
      o No change since the Board: Qtr 1 17/18 (by 30 June 2017).

People

  \u2022 Digital (DIG): Dr Nadia Ferreira-Quill, GP in Tollbeck, becomes clinical
    lead for the Connected Care Record from 1 March 2017.
  \u2022 PCC: a reminder that Dr Priya Wetherall-Nkemelu has been SRO since
    1 January.

The next refresh will be in May. Highlight reports for the Delivery Group
are due to the PMO by Friday 3 March 2017.

Kind regards

Ottilie

Ottilie Brennard
Head of Programme Management Office
Sheringmoor & Kettlewade STP
"""


def fix_zip(path: Path) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2016-11-24T09:00:00Z", d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2016, 11, 24, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    n = annex(OUT / "01_SK_STP_Annex_C_Workstream_Delivery_Plans_v2.1_Oct2016.pdf")
    cover_paper(OUT / "02_SK_STP_Board_Cover_Paper_Annex_C_01Dec2016.docx")
    (OUT / "03_SK_STP_PMO_Email_Milestone_Refresh_14Feb2017.txt").write_text(EMAIL)
    for p in sorted(OUT.iterdir()):
        if p.suffix == ".docx":
            fix_zip(p)
        print(p.name, p.stat().st_size)
    print("deck slides", n)


if __name__ == "__main__":
    main()
