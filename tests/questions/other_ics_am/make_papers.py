"""Write the Orlwick & Tessmoor STP papers (thirty-ninth imaginary footprint, other_ics_am) into papers/.

Four made-up papers of a 2016/17 Sustainability and Transformation Plan:
  01 Annex 2, locality delivery plans (PDF deck): landscape 16:9 pages drawn on the reportlab canvas as if exported
     from PowerPoint: a title slide, a slide of the three locality plans with their SROs (boxes), one or two slides
     per locality whose initiatives sit in a grid drawn with rectangles and positioned text (Initiative / Scheme
     owner(s) / Key milestones; owners as a bold name over a grey title, milestones as bulleted "date: milestone"
     lines in many date forms), a must-do coverage slide (priorities down, the nine must-dos across, "✓" in most
     rows and "Y" in the two rows added by the finance group, must-do 8 empty), and a key-figures slide whose big
     numbers are all drawn before their captions;
  02 Programme Delivery Board terms of reference (Word): a membership table (Name | Organisation | Role on board),
     the meeting rule and quorum in numbered prose, nominated deputies and the footprint-wide workstream leads in
     sentences;
  03 milestone tracker (Excel): title rows above a header on row 4, real date cells, RAG as words, a "Revised date"
     column for three rows with the reason in a Comment column, owners as initials explained on a Contacts sheet;
  04 note of the Programme Delivery Board of 15 March 2017 (plain text): a new SC1 scheme owner with effect from
     1 April 2017, the Saltreach urgent treatment centre moved to 31 January 2018, and an action log.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
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
W, H = 960, 540  # a 13.33 x 7.5 inch slide, in points
TEAL = colors.HexColor("#0B5563")
GREY = colors.HexColor("#595959")
DECK_TITLE = "Orlwick & Tessmoor STP  |  Annex 2: Locality Delivery Plans  |  Submission, 21 October 2016"

DECK = "01_OT_STP_Annex2_Locality_Delivery_Plans_Oct2016.pdf"
TOR = "02_OT_STP_Programme_Delivery_Board_ToR_v1.2_Nov2016.docx"
TRACKER = "03_OT_STP_Locality_Milestone_Tracker_28Feb2017.xlsx"
NOTE = "04_OT_STP_PDB_Note_of_Meeting_15Mar2017.txt"

LOCALITIES = [
    # code, name, partnership, SRO, SRO title, partners, colour
    ("OC", "Orlwick City", "Orlwick Together", "Imogen Varley-Statham", "Accountable Officer, Orlwick CCG",
     "Orlwick CCG, Orlwick Royal Hospitals NHS FT, Marram Vale Partnership NHS FT, Orlwick City Council",
     "#1F6F8B"),
    ("TU", "Tessmoor Uplands", "Healthy Uplands Partnership", "Dr Teodor Blakesley",
     "Clinical Chair, Tessmoor Uplands CCG",
     "Tessmoor Uplands CCG, Tessmoor & Saltreach Hospitals NHS Trust, Tessmoor Uplands GP Federation, "
     "Tessmoor County Council", "#5B7F2B"),
    ("SC", "Saltreach Coast", "Saltreach Coast Alliance", "Margery Olufemi-Hart",
     "Chief Executive, Tessmoor & Saltreach Hospitals NHS Trust",
     "Saltreach Coast CCG, Tessmoor & Saltreach Hospitals NHS Trust, Northfold Ambulance Service NHS Trust, "
     "Tessmoor County Council", "#B5562B"),
]

ORH = "Orlwick Royal Hospitals NHS FT"
MVP = "Marram Vale Partnership NHS FT"
TSH = "Tessmoor & Saltreach Hospitals NHS Trust"
# ref, initiative, description, owners [(name, title)], milestones [(when, what)]; one list per slide
INITIATIVES = {
    "OC": [[
        ("OC1", "Neighbourhood care teams",
         "Community nursing, therapies, adult social care and GP practices working as 11 neighbourhood care teams "
         "of 30,000 to 50,000 people",
         [("Dr Priyanka Oduya", "GP and Clinical Lead, Orlwick CCG"),
          ("Gavin Leatherbarrow", "Director of Adult Social Care, Orlwick City Council")],
         [("Mar-17", "care model signed off by the Orlwick Together board"),
          ("Q2 2017/18", "first four teams live (Northgate, Riverside, St Wilfrid's, Castle Fields)"),
          ("by end of March 2018", "all 11 teams live")]),
        ("OC2", "Front door at Orlwick Royal Infirmary",
         "GP streaming in the emergency department and an ambulatory emergency care (AEC) unit",
         [("Fiona Thackwray", f"Chief Operating Officer, {ORH}")],
         [("Qtr 4 16/17", "GP streaming 7 days a week"),
          ("by end of June 2017", "AEC unit open 12 hours a day"),
          ("Q4 2017/18", "AEC open 8am to midnight")]),
    ], [
        ("OC3", "Home First",
         "Discharge to assess and one care coordination centre for hospital discharges across Orlwick",
         [("Gavin Leatherbarrow", "Director of Adult Social Care, Orlwick City Council"),
          ("Bernadette Quayle", f"Director of Nursing, {MVP}")],
         [("Nov-16", "discharge to assess pathway 1 live"),
          ("Q3 2017/18", "care coordination centre live"),
          ("TBC", "trusted assessor for care homes")]),
        ("OC4", "Orlwick Minds",
         "Mental health crisis care: a crisis cafe in the city centre and street triage with the police",
         [("Dr Kwabena Ashdown-Reyes", f"Associate Medical Director, {MVP}")],
         [("1 April 2017", "street triage 24/7"),
          ("Sept 2017", "crisis cafe opens"),
          ("2018/19", "joint review with Tessmoor Police")]),
    ]],
    "TU": [[
        ("TU1", "Tessmoor General Hospital clinical model",
         "Emergency and complex surgery on one site; day surgery and outpatients kept at both hospitals",
         [("Mr Idris Fenwright", f"Medical Director, {TSH}")],
         [("Jan-17", "pre-consultation business case to NHS England"),
          ("Public consultation", "time frame as yet unknown"),
          ("2018/19", "emergency surgery on a single site")]),
        ("TU2", "Upland general practice at scale",
         "Practices working together in three hubs (Kelderby, Askwith, High Tessmoor) through the GP federation, "
         "with a shared back office",
         [("Dr Hester Moorcroft", "GP and Chair, Tessmoor Uplands GP Federation")],
         [("Qtr 3 16/17", "federation formally established"),
          ("Q1 2017/18", "shared back office live"),
          ("31/03/2018", "extended access 8am to 8pm in all three hubs")]),
        ("TU3", "Frailty and community beds",
         "A frailty pathway for the uplands and a review of beds at Kelderby and Askwith community hospitals",
         [("Rowena Dimmock-Saye", f"Director of Operations, {MVP}"),
          ("Dr Teodor Blakesley", "Clinical Chair, Tessmoor Uplands CCG")],
         [("Dec-16", "community beds review reported"),
          ("Spring 2017", "public engagement on community beds"),
          ("TBC", "frailty assessment unit at Tessmoor General opens")]),
    ]],
    "SC": [[
        ("SC1", "Saltreach urgent treatment centre",
         "An urgent treatment centre at Saltreach District Hospital, replacing the minor injuries unit",
         [("Aidan Strickmere", "Director of Commissioning, Saltreach Coast CCG")],
         [("Mar-17", "service specification agreed"),
          ("by end of September 2017", "urgent treatment centre open 24/7")]),
        ("SC2", "Care homes on the coast",
         "Enhanced health in care homes: a named practice and a weekly ward round for each of the 38 care homes",
         [("Dr Lowri Abernant", "GP Clinical Lead, Saltreach Coast CCG")],
         [("Qtr 4 16/17", "all 38 homes aligned to a practice"),
          ("Q2 2017/18", "weekly ward rounds in every home")]),
        ("SC3", "Summer visitor surge",
         "A seasonal plan for Saltby Bay: a summer minor injuries unit, extra paramedics and a visitor health "
         "campaign",
         [("Paul Gathercole", "Head of Urgent Care, Saltreach Coast CCG"),
          ("Sian Merrifield", "Locality Manager (Coast), Northfold Ambulance Service NHS Trust")],
         [("by end of May 2017", "surge plan signed off"),
          ("Jul-17", "summer minor injuries unit at Saltby Bay opens"),
          ("Oct-17", "lessons learned to the A&E Delivery Board")]),
        ("SC4", "Planned care closer to home",
         "Community ophthalmology and a single musculoskeletal (MSK) triage service for the coast",
         [("Oonagh Brierley", "Head of Planned Care, Saltreach Coast CCG")],
         [("Q3 2017/18", "community ophthalmology live"),
          ("TBC", "MSK triage procurement"),
          ("31/03/2018", "20% fewer first outpatient referrals")]),
    ]],
}

MUSTDO_HEADS = ["1 STP", "2 Finance", "3 General practice", "4 A&E & ambulance", "5 RTT 18 weeks",
                "6 Cancer 62 days", "7 Mental health", "8 Learning disabilities", "9 Quality"]
PRIORITIES = [  # label, must-dos covered, mark
    ("P1 Healthier lives and prevention (all three localities)", [2, 6], "\u2713"),
    ("P2 Neighbourhood and primary care at scale (OC1, TU2, SC2)", [3, 4, 9], "\u2713"),
    ("P3 Urgent and emergency care (OC2, OC3, SC1, SC3)", [2, 4], "\u2713"),
    ("P4 Planned care and cancer (TU1, SC4)", [5, 6, 2], "\u2713"),
    ("P5 Mental health and wellbeing (OC4)", [4, 7], "\u2713"),
    ("P6 Sustainable hospital services (TU1, TU3)", [2, 4, 5, 9], "Y"),
    ("P7 Productivity and the financial plan", [1, 2], "Y"),
]
FIGURES = [  # big number, caption
    ("618,300", "people registered with a GP in our footprint"),
    ("£163.4m", "do-nothing financial gap by 2020/21"),
    ("1,287", "general and acute beds in our three acute hospitals"),
    ("21,600", "people working in health and social care here"),
    ("9.1 years", "gap in male life expectancy between our most and least deprived wards"),
    ("3", "locality delivery plans, each with its own SRO"),
]


class Deck:
    def __init__(self, path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H))
        self.c.setTitle("Annex 2: Locality Delivery Plans")
        self.c.setAuthor("Orlwick & Tessmoor STP Programme Office")
        self.n = 0

    def slide(self, title, subtitle=None, band=None):
        self.n += 1
        c = self.c
        c.setFillColor(TEAL)
        c.rect(0, H - 58, W, 58, stroke=0, fill=1)
        if band:
            c.setFillColor(colors.HexColor(band))
            c.rect(0, H - 64, W, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 21)
        c.drawString(30, H - 38, title)
        if subtitle:
            c.setFont("DV", 10.5)
            c.drawRightString(W - 30, H - 37, subtitle)
        c.setFillColor(colors.black)

    def end(self):
        c = self.c
        c.setStrokeColor(colors.HexColor("#A6A6A6"))
        c.setLineWidth(0.5)
        c.line(30, 28, W - 30, 28)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(30, 15, DECK_TITLE)
        c.drawRightString(W - 30, 15, f"Slide {self.n}")
        c.showPage()

    def save(self):
        self.c.save()


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width) or [""]


def initiative_grid(c, rows, top):
    """Initiatives as a grid of rectangles with positioned text in three columns; returns the bottom y."""
    x0, widths, pad = 30, [330, 255, 315], 6
    heads = ["Initiatives we will focus on in 2016/17 - 2017/18", "Scheme owner(s)", "Key milestones"]
    head_h = 26
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.HexColor("#8C8C8C"))
    x = x0
    for w, head in zip(widths, heads):
        c.setFillColor(colors.HexColor("#D6E4E8"))
        c.rect(x, top - head_h, w, head_h, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 10.5)
        c.drawString(x + pad, top - 17, head)
        x += w
    y = top - head_h
    for ref, name, desc, owners, milestones in rows:
        # lay out each cell as (font, size, colour, x offset, text) lines
        left = [("DVB", 10.5, colors.black, 0, f"{ref}  {name}")]
        left += [("DV", 9.5, colors.black, 0, t) for t in wrap(desc, "DV", 9.5, widths[0] - 2 * pad)]
        mid = []
        for k, (who, title) in enumerate(owners):
            if k:
                mid.append(("DV", 5, colors.black, 0, ""))
            mid.append(("DVB", 10, colors.black, 0, who))
            mid += [("DV", 8.5, GREY, 0, t) for t in wrap(title, "DV", 8.5, widths[1] - 2 * pad)]
        right = []
        for when, what in milestones:
            parts = wrap(f"{when}: {what}", "DV", 9.5, widths[2] - 2 * pad - 10)
            right.append(("DV", 9.5, colors.black, 0, "\u2022  " + parts[0]))
            right += [("DV", 9.5, colors.black, 11, p) for p in parts[1:]]
        lead = lambda cell: sum(s + 3.5 for _, s, _, _, t in cell)  # noqa: E731
        h = max(lead(left), lead(mid), lead(right)) + 2 * pad + 2
        x = x0
        for w, cell in zip(widths, [left, mid, right]):
            c.setFillColor(colors.white)
            c.rect(x, y - h, w, h, stroke=1, fill=1)
            ty = y - pad
            for font, size, col, dx, text in cell:
                ty -= size + 3.5
                if text:
                    c.setFillColor(col)
                    c.setFont(font, size)
                    c.drawString(x + pad + dx, ty + 2, text)
            x += w
        y -= h
    c.setFillColor(colors.black)
    return y


def annex(path):
    d = Deck(path)
    c = d.c
    # 1 title
    d.n += 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F2B134"))
    c.rect(60, 360, 120, 6, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 30)
    c.drawString(60, 310, "Orlwick & Tessmoor")
    c.drawString(60, 272, "Sustainability and Transformation Plan")
    c.setFont("DV", 19)
    c.drawString(60, 225, "Annex 2: Locality Delivery Plans 2016/17 - 2017/18")
    c.setFont("DV", 12.5)
    c.drawString(60, 180, "Submission to NHS England  |  21 October 2016")
    c.drawString(60, 160, "Orlwick City  \u2022  Tessmoor Uplands  \u2022  Saltreach Coast")
    c.showPage()
    # 2 plan areas and SROs
    d.slide("Our three locality delivery plans", "SRO = Senior Responsible Officer")
    c.setFont("DV", 11)
    c.drawString(30, H - 92, "Each locality plan is led by a local partnership board and reports to the STP "
                 "Programme Delivery Board.")
    for i, (code, name, partnership, sro, title, partners, col) in enumerate(LOCALITIES):
        x, y, bw, bh = 30 + i * 305, 95, 290, 330
        c.setFillColor(colors.HexColor(col))
        c.rect(x, y + bh - 58, bw, 58, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 16)
        c.drawString(x + 12, y + bh - 28, f"{name} ({code})")
        c.setFont("DV", 10)
        c.drawString(x + 12, y + bh - 46, partnership)
        c.setFillColor(colors.HexColor("#F4F4F4"))
        c.rect(x, y, bw, bh - 58, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 9)
        c.drawString(x + 12, y + bh - 82, "SRO")
        c.setFillColor(colors.black)
        c.setFont("DVB", 13)
        c.drawString(x + 12, y + bh - 100, sro)
        c.setFont("DV", 10)
        ty = y + bh - 116
        for part in wrap(title, "DV", 10, bw - 24):
            c.drawString(x + 12, ty, part)
            ty -= 13
        c.setFillColor(GREY)
        c.setFont("DV", 9)
        c.drawString(x + 12, ty - 16, "Partners")
        c.setFillColor(colors.black)
        c.setFont("DV", 9.5)
        ty -= 32
        for part in partners.split(", "):
            c.drawString(x + 12, ty, "\u2022 " + part)
            ty -= 13
        c.setFillColor(colors.HexColor(col))
        c.setFont("DV", 9.5)
        refs = ", ".join(r[0] for page in INITIATIVES[code] for r in page)
        c.drawString(x + 12, y + 14, f"Initiatives: {refs}")
    c.setFillColor(colors.black)
    d.end()
    # locality slides
    for code, name, partnership, sro, title, partners, col in LOCALITIES:
        pages = INITIATIVES[code]
        for p, rows in enumerate(pages):
            heading = f"{name} ({code})" + (" continued" if p else "")
            d.slide(heading, f"{partnership}  |  SRO: {sro}", band=col)
            bottom = initiative_grid(c, rows, H - 80)
            if p + 1 < len(pages):
                c.setFont("DV", 9)
                c.setFillColor(GREY)
                c.drawRightString(W - 30, bottom - 14, "Continued on the next slide")
                c.setFillColor(colors.black)
            d.end()
    # must-do coverage
    d.slide("Our priorities against the nine national must-dos", "2016/17 NHS planning guidance")
    x0, top, first_w, col_w, head_h, row_h = 30, H - 78, 360, 60, 46, 36
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.HexColor("#8C8C8C"))
    c.setFillColor(colors.HexColor("#D6E4E8"))
    c.rect(x0, top - head_h, first_w + 9 * col_w, head_h, stroke=1, fill=1)
    c.setFillColor(TEAL)
    c.setFont("DVB", 10.5)
    c.drawString(x0 + 6, top - 28, "STP priority (locality initiatives)")
    for j, head in enumerate(MUSTDO_HEADS):
        cx = x0 + first_w + j * col_w
        c.rect(cx, top - head_h, col_w, head_h, stroke=1, fill=0)
        num, words = head.split(" ", 1)
        c.setFont("DVB", 10)
        c.drawCentredString(cx + col_w / 2, top - 13, num)
        c.setFont("DV", 7.5)
        for k, part in enumerate(wrap(words, "DV", 7.5, col_w - 6)):
            c.drawCentredString(cx + col_w / 2, top - 24 - k * 9, part)
    for i, (label, covered, mark) in enumerate(PRIORITIES):
        y = top - head_h - row_h * (i + 1)
        c.setFillColor(colors.HexColor("#F7F7F7") if i % 2 else colors.white)
        c.rect(x0, y, first_w + 9 * col_w, row_h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV", 9.5)
        c.drawString(x0 + 6, y + 13, label)
        for j in range(9):
            cx = x0 + first_w + j * col_w
            c.rect(cx, y, col_w, row_h, stroke=1, fill=0)
            if j + 1 in covered:
                c.setFillColor(TEAL)
                c.setFont("DVB", 14)
                c.drawCentredString(cx + col_w / 2, y + 12, mark)
                c.setFillColor(colors.black)
    c.setFont("DV", 9)
    c.setFillColor(GREY)
    c.drawString(x0, 62, "\u2713 or Y = the priority contributes directly to the must-do; blank = no direct "
                 "contribution. Rows P6 and P7 were added by the Finance & Investment Group.")
    c.drawString(x0, 48, "Learning disabilities: see the Transforming Care Partnership plan (separate submission).")
    c.setFillColor(colors.black)
    d.end()
    # key figures: big numbers drawn first, captions afterwards (separate text boxes)
    d.slide("Orlwick & Tessmoor at a glance")
    spots = [(30 + (i % 3) * 305, 275 - (i // 3) * 185) for i in range(len(FIGURES))]
    for (x, y), (big, _) in zip(spots, FIGURES):
        c.setFillColor(colors.HexColor("#E8F1F3"))
        c.rect(x, y, 285, 160, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 34)
        c.drawString(x + 18, y + 96, big)
    c.setFillColor(colors.black)
    for (x, y), (_, small) in zip(spots, FIGURES):
        c.setFont("DV", 11.5)
        for k, part in enumerate(wrap(small, "DV", 11.5, 250)):
            c.drawString(x + 18, y + 62 - k * 15, part)
    d.end()
    d.save()
    return d.n


def terms_of_reference(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    doc.add_heading("Orlwick & Tessmoor STP Programme Delivery Board", level=1)
    doc.add_paragraph("Terms of reference. Version 1.2, approved by the Board on 16 November 2016. "
                      "Review date: November 2017.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "1.1 The Programme Delivery Board (PDB) oversees delivery of the Orlwick & Tessmoor Sustainability and "
        "Transformation Plan: the three locality delivery plans (Orlwick City, Tessmoor Uplands and Saltreach "
        "Coast) and the footprint-wide workstreams in section 6. It holds the locality SROs to account for their "
        "milestones and agrees changes to scheme owners and dates.")
    doc.add_paragraph(
        "1.2 The Board has no delegated statutory powers. Decisions that commit money or change services are "
        "taken by the partner organisations' own boards and governing bodies on its recommendation.")
    doc.add_heading("2. Membership", level=2)
    members = [
        ("Dame Philippa Strathairn", "Independent", "Chair"),
        ("Rosalind Achterberg", "Orlwick Royal Hospitals NHS Foundation Trust", "Vice Chair; STP Lead"),
        ("Imogen Varley-Statham", "Orlwick CCG", "SRO, Orlwick City locality plan"),
        ("Dr Teodor Blakesley", "Tessmoor Uplands CCG", "SRO, Tessmoor Uplands locality plan"),
        ("Margery Olufemi-Hart", "Tessmoor & Saltreach Hospitals NHS Trust", "SRO, Saltreach Coast locality plan"),
        ("Austin Mabbott", "Marram Vale Partnership NHS Foundation Trust", "Member (provider chief executive)"),
        ("Corinne Blackwood", "Tessmoor County Council", "Member (Director of Public Health)"),
        ("Gavin Leatherbarrow", "Orlwick City Council", "Member (adult social care)"),
        ("Priti Ramaswamy-Cole", "Saltreach Coast CCG", "Member; chair of the Finance & Investment Group"),
        ("Trevor Allonby", "Northfold Ambulance Service NHS Trust", "Member"),
        ("Dr Mairead Kennaway", "Orlwick Royal Hospitals NHS Foundation Trust",
         "Member; chair of the Clinical Reference Group"),
        ("Desmond Ferraby", "STP Programme Office", "STP Programme Director (in attendance, not a voting member)"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Name", "Organisation", "Role on board"]):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in members:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_heading("3. Meetings", level=2)
    doc.add_paragraph(
        "3.1 The Board meets on the third Wednesday of each month, from 2.00pm to 4.30pm, at Tessmoor House, "
        "Kelderby. The Chair may call an extraordinary meeting at five working days' notice.")
    doc.add_paragraph(
        "3.2 Papers are circulated by the STP Programme Office five working days before each meeting. A note of "
        "the meeting and an action log are circulated within ten working days.")
    doc.add_heading("4. Quorum", level=2)
    doc.add_paragraph(
        "4.1 The Board is quorate when at least seven members are present, including the Chair or Vice Chair, at "
        "least one CCG member and at least one provider chief executive. Nominated deputies count towards the "
        "quorum; the Programme Director does not.")
    doc.add_heading("5. Chairing and deputies", level=2)
    doc.add_paragraph(
        "5.1 In the absence of the Chair, the Vice Chair, Rosalind Achterberg, chairs the meeting.")
    doc.add_paragraph(
        "5.2 Members are expected to attend in person. A member who cannot attend may send their nominated deputy, "
        "who may speak and vote for them. Selina Marchetti, Director of Commissioning at Orlwick CCG, is the "
        "nominated deputy for Imogen Varley-Statham. Owain Treloar-Sykes, Director of Strategy at Tessmoor & "
        "Saltreach Hospitals NHS Trust, is the nominated deputy for Margery Olufemi-Hart. Bernadette Quayle, "
        "Director of Nursing at Marram Vale Partnership NHS Foundation Trust, deputises for Austin Mabbott. Other "
        "members will give the name of their deputy to the Programme Director.")
    doc.add_heading("6. Footprint-wide workstreams and their leads", level=2)
    doc.add_paragraph(
        "6.1 Alongside the locality plans, six workstreams work across the whole footprint and report to the "
        "Board each quarter.")
    for text in [
        "Dr Mairead Kennaway, Medical Director of Orlwick Royal Hospitals NHS Foundation Trust, is clinical lead for "
        "the urgent and emergency care workstream and chairs the A&E Delivery Board.",
        "Dr Kwabena Ashdown-Reyes, Associate Medical Director of Marram Vale Partnership NHS Foundation Trust, is "
        "clinical lead for the mental health workstream.",
        "Dr Ifeoma Lazenby, Consultant Oncologist at Tessmoor & Saltreach Hospitals NHS Trust, is clinical lead for "
        "the planned care and cancer workstream.",
        "Corinne Blackwood, Director of Public Health of Tessmoor County Council, leads the prevention workstream.",
        "Jocelyn Tremayne-Pugh, Director of Workforce of Tessmoor & Saltreach Hospitals NHS Trust, leads the "
        "workforce workstream, which includes the shared bank and the local workforce action board.",
        "Sanjay Whitlow, Chief Information Officer of Orlwick Royal Hospitals NHS Foundation Trust, leads the "
        "digital workstream, which will deliver the Orlwick & Tessmoor Care Record.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "6.2 Barnaby Cullis, Director of Estates and Facilities of Tessmoor & Saltreach Hospitals NHS Trust, "
        "advises the Board on estates until an estates workstream is set up.")
    doc.add_heading("7. Reporting", level=2)
    doc.add_paragraph(
        "7.1 The Board reports to the STP Leaders' Forum of chief executives, accountable officers and council "
        "leaders. The Finance & Investment Group and the Clinical Reference Group report to the Board. The STP "
        "Programme Office keeps the locality milestone tracker, which is the Board's record of agreed dates.")
    doc.core_properties.author = "Desmond Ferraby"
    doc.core_properties.title = "Programme Delivery Board terms of reference v1.2"
    doc.core_properties.created = doc.core_properties.modified = datetime(2016, 11, 17, 10, 0, 0)
    doc.core_properties.revision = 3
    doc.save(str(path))


# tracker rows: ref, locality, milestone, owner initials, baseline (date or text), revised, RAG, comment
TRACKER_ROWS = [
    ("OC1", "Orlwick City", "Care model signed off by the Orlwick Together board", "PO / GL", date(2017, 3, 31),
     None, "Green", ""),
    ("OC1", "Orlwick City", "First four neighbourhood care teams live", "PO / GL", date(2017, 9, 30),
     date(2017, 11, 30), "Amber", "Recruitment of two neighbourhood team leaders delayed; revised date agreed by "
     "the Orlwick Together board on 7 February 2017"),
    ("OC1", "Orlwick City", "All 11 neighbourhood care teams live", "PO / GL", date(2018, 3, 31), None, "Green", ""),
    ("OC2", "Orlwick City", "GP streaming in ED 7 days a week", "FT", date(2017, 3, 31), date(2017, 5, 15),
     "Amber", "Weekend GP rota gaps; streaming runs Monday to Friday until the new rota starts"),
    ("OC2", "Orlwick City", "GP streaming audit reported to the A&E Delivery Board", "KB", date(2017, 6, 30), None,
     "Green", ""),
    ("OC2", "Orlwick City", "AEC unit open 12 hours a day", "FT", date(2017, 6, 30), None, "Green", ""),
    ("OC3", "Orlwick City", "Discharge to assess pathway 1 live", "GL / BQ", date(2016, 11, 30), None, "Green",
     "Complete"),
    ("OC3", "Orlwick City", "Care coordination centre live", "GL / BQ", date(2017, 12, 31), None, "Green", ""),
    ("OC4", "Orlwick City", "Street triage 24/7", "KAR", date(2017, 4, 1), None, "Green", ""),
    ("OC4", "Orlwick City", "Crisis cafe opens", "KAR", date(2017, 9, 30), None, "Amber",
     "Premises not yet secured"),
    ("TU1", "Tessmoor Uplands", "Pre-consultation business case to NHS England", "IF", date(2017, 1, 31), None,
     "Green", "Submitted 27 January 2017"),
    ("TU1", "Tessmoor Uplands", "Public consultation", "IF", "Unknown", None, "Red",
     "Awaiting NHS England assurance"),
    ("TU2", "Tessmoor Uplands", "GP federation formally established", "HM", date(2016, 12, 31), None, "Green",
     "Complete"),
    ("TU2", "Tessmoor Uplands", "Shared back office live", "HM", date(2017, 6, 30), date(2017, 8, 31), "Amber",
     "Federation waiting for an HMRC ruling on VAT for shared staff"),
    ("TU2", "Tessmoor Uplands", "Extended access 8am to 8pm in all three hubs", "HM", date(2018, 3, 31), None,
     "Green", ""),
    ("TU3", "Tessmoor Uplands", "Community beds review reported", "RDS / TB", date(2016, 12, 31), None, "Green",
     "Complete"),
    ("TU3", "Tessmoor Uplands", "Public engagement on community beds", "RDS / TB", date(2017, 5, 31), None,
     "Amber", ""),
    ("TU3", "Tessmoor Uplands", "Frailty assessment unit opens", "RDS / TB", "TBC", None, "Amber", ""),
    ("SC1", "Saltreach Coast", "UTC service specification agreed", "AS", date(2017, 3, 31), None, "Green", ""),
    ("SC1", "Saltreach Coast", "Urgent treatment centre open 24/7", "AS", date(2017, 9, 30), None, "Amber",
     "GP recruitment for the UTC at risk"),
    ("SC2", "Saltreach Coast", "All 38 care homes aligned to a practice", "LA", date(2017, 3, 31), None, "Green",
     ""),
    ("SC2", "Saltreach Coast", "Weekly ward rounds in every care home", "LA", date(2017, 9, 30), None, "Green", ""),
    ("SC3", "Saltreach Coast", "Summer MIU staffing rota agreed", "SM", date(2017, 4, 28), None, "Green", ""),
    ("SC3", "Saltreach Coast", "Surge plan signed off", "PG / SM", date(2017, 5, 31), None, "Green", ""),
    ("SC3", "Saltreach Coast", "Summer minor injuries unit at Saltby Bay opens", "PG / SM", date(2017, 7, 31),
     None, "Green", ""),
    ("SC4", "Saltreach Coast", "Community ophthalmology live", "OB", date(2017, 12, 31), None, "Amber", ""),
    ("SC4", "Saltreach Coast", "MSK triage procurement", "OB", "TBC", None, "Amber", ""),
]
CONTACTS = [
    ("AS", "Aidan Strickmere", "Director of Commissioning", "Saltreach Coast CCG"),
    ("BQ", "Bernadette Quayle", "Director of Nursing", "Marram Vale Partnership NHS FT"),
    ("FT", "Fiona Thackwray", "Chief Operating Officer", "Orlwick Royal Hospitals NHS FT"),
    ("GL", "Gavin Leatherbarrow", "Director of Adult Social Care", "Orlwick City Council"),
    ("HM", "Dr Hester Moorcroft", "GP and Chair", "Tessmoor Uplands GP Federation"),
    ("IF", "Mr Idris Fenwright", "Medical Director", "Tessmoor & Saltreach Hospitals NHS Trust"),
    ("KAR", "Dr Kwabena Ashdown-Reyes", "Associate Medical Director", "Marram Vale Partnership NHS FT"),
    ("KB", "Kieran Bastable", "Head of Urgent Care Performance", "Orlwick Royal Hospitals NHS FT"),
    ("LA", "Dr Lowri Abernant", "GP Clinical Lead", "Saltreach Coast CCG"),
    ("OB", "Oonagh Brierley", "Head of Planned Care", "Saltreach Coast CCG"),
    ("PG", "Paul Gathercole", "Head of Urgent Care", "Saltreach Coast CCG"),
    ("PO", "Dr Priyanka Oduya", "GP and Clinical Lead", "Orlwick CCG"),
    ("RDS", "Rowena Dimmock-Saye", "Director of Operations", "Marram Vale Partnership NHS FT"),
    ("SM", "Sian Merrifield", "Locality Manager (Coast)", "Northfold Ambulance Service NHS Trust"),
    ("TB", "Dr Teodor Blakesley", "Clinical Chair", "Tessmoor Uplands CCG"),
]
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}


def tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Orlwick & Tessmoor STP: locality milestone tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 28 February 2017. Kept by the STP Programme Office for the Programme Delivery Board."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Locality", "Milestone", "Owner", "Baseline date", "Revised date", "RAG", "Comment"]
    for j, head in enumerate(heads, 1):
        cell = ws.cell(row=4, column=j, value=head)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0B5563")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for i, row in enumerate(TRACKER_ROWS, 5):
        for j, value in enumerate(row, 1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=i, column=j, value=value)
            if isinstance(value, date):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = Alignment(vertical="top", wrap_text=j in (3, 8))
        rag = ws.cell(row=i, column=7)
        rag.fill = PatternFill("solid", fgColor=RAG_FILL[row[6]])
    last = 4 + len(TRACKER_ROWS)
    ws.cell(row=last + 2, column=1, value="Revised date: the date now agreed where it differs from the baseline; "
            "blank means the baseline stands. Owners are shown by initials; see the Contacts sheet.")
    ws.cell(row=last + 2, column=1).font = Font(italic=True, size=9)
    for col, width in zip("ABCDEFGH", [7, 17, 46, 10, 13, 13, 9, 52]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A5"
    cs = wb.create_sheet("Contacts")
    cs["A1"] = "Owner initials used on the Tracker sheet"
    cs["A1"].font = Font(bold=True, size=12)
    for j, head in enumerate(["Initials", "Name", "Job title", "Organisation"], 1):
        cs.cell(row=3, column=j, value=head).font = Font(bold=True)
    for i, row in enumerate(CONTACTS, 4):
        for j, value in enumerate(row, 1):
            cs.cell(row=i, column=j, value=value)
    for col, width in zip("ABCD", [9, 28, 32, 42]):
        cs.column_dimensions[col].width = width
    wb.properties.creator = "STP Programme Office"
    wb.properties.title = "Locality milestone tracker"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 28, 17, 0, 0)
    wb.save(str(path))


NOTE_TEXT = """ORLWICK & TESSMOOR STP
PROGRAMME DELIVERY BOARD

Note of the meeting held on Wednesday 15 March 2017, 2.00pm
Tessmoor House, Kelderby

Present:       Dame Philippa Strathairn (Chair), Rosalind Achterberg, Imogen Varley-Statham,
               Dr Teodor Blakesley, Owain Treloar-Sykes (for Margery Olufemi-Hart),
               Austin Mabbott, Corinne Blackwood, Priti Ramaswamy-Cole, Dr Mairead Kennaway
In attendance: Desmond Ferraby (STP Programme Director), Paul Gathercole (item 3)
Apologies:     Margery Olufemi-Hart, Gavin Leatherbarrow, Trevor Allonby

The meeting was quorate.

1. Welcome and apologies
   The Chair welcomed members. Apologies as above.

2. Note of the last meeting (15 February 2017)
   Agreed as a correct record. All actions complete.

3. Saltreach Coast: urgent treatment centre (SC1)
3.1 Aidan Strickmere, Director of Commissioning, leaves Saltreach Coast CCG on 31 March
    2017. The Board agreed that Paul Gathercole, Head of Urgent Care at the CCG, becomes
    scheme owner for SC1 with effect from 1 April 2017. Aidan remains scheme owner until
    then.
3.2 The urgent treatment centre will not open by end of September 2017 as Annex 2 says.
    The national standards for urgent treatment centres need GP cover twelve hours a
    day, and the CCG has not yet recruited enough GPs. The Board agreed to move the
    opening of the urgent treatment centre to 31 January 2018. The service
    specification was agreed in March as planned.

4. Milestone tracker (position at 28 February 2017)
4.1 The Board noted the three revised dates in the tracker: OC1 (first four
    neighbourhood care teams, now 30/11/2017), OC2 (GP streaming seven days a week,
    now 15/05/2017) and TU2 (shared back office, now 31/08/2017). No other dates have
    changed.
4.2 TU1: NHS England's assurance of the pre-consultation business case is awaited, so
    the public consultation still has no date.

5. Financial plan 2017/18
   The Chair of the Finance & Investment Group gave a verbal update. The plan will come
   to the April meeting.

6. Any other business
   None.

Date of next meeting: Wednesday 19 April 2017, 2.00pm, Tessmoor House

ACTIONS
Ref  Action                                                    Owner                  Due
A1   Update the tracker and Annex 2 for SC1 (new owner and     Desmond Ferraby        24/03/2017
     new opening date)
A2   Write to NHS England about the later UTC opening          Margery Olufemi-Hart   31/03/2017
A3   Handover note on SC1 for Paul Gathercole                  Aidan Strickmere       29/03/2017
A4   Bring the 2017/18 financial plan to the Board             Priti Ramaswamy-Cole   19/04/2017

Note taken by the STP Programme Office.
"""


def fix_zip(path: Path, stamp: str, when: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", b"\\g<1>" + stamp.encode(), d))
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
    n = annex(OUT / DECK)
    terms_of_reference(OUT / TOR)
    fix_zip(OUT / TOR, "2016-11-17T10:00:00Z", (2016, 11, 17, 10, 0, 0))
    tracker(OUT / TRACKER)
    fix_zip(OUT / TRACKER, "2017-02-28T17:00:00Z", (2017, 2, 28, 17, 0, 0))
    (OUT / NOTE).write_text(NOTE_TEXT)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
    print("deck slides", n)


if __name__ == "__main__":
    main()
