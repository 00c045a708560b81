"""Write papers/ for the Thornwick & Maddersley STP bank: six made-up papers of the 2016/17 STP round.

  01 Elective care RTT recovery plan (PDF, portrait, platypus: a specialty table over a page break under a
     repeated header, leads as initials and risk owners as job titles resolved in Annex B)
  02 Local Maternity System "Better Births" transformation plan (PDF drawn as a landscape slide deck)
  03 Joint Primary Care Commissioning Committee paper on the GP Forward View plan (Word, merged cells, addendum)
  04 STP Board paper on STF control totals, trajectories and a system risk share (PowerPoint, tables, text boxes)
  05 Mental Health Five Year Forward View delivery tracker (Excel, several sheets, real and text dates)
  06 Quality Surveillance Group note of meeting (plain text)

Everything is fixed: reportlab runs in invariant mode, the Office files' core dates and zip entry times are
pinned, nothing is random. usage: ../../../.venv/bin/python make_papers.py
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,  # noqa: E402
                                PageBreak)
from reportlab.lib.fonts import addMapping  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", str(FONTS / "DejaVuSans-BoldOblique.ttf")))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#00707A")
PLUM = colors.HexColor("#6B2C5F")
GREY = colors.HexColor("#E7E9EE")
MID = colors.HexColor("#9AA3B2")
PINK = colors.HexColor("#F4E4EE")

F_RTT = "01_TM_Elective_Care_RTT_Recovery_Plan_v1.3_Nov2016.pdf"
F_LMS = "02_TM_LMS_Better_Births_Transformation_Plan_draft_v0.6_Jan2017.pdf"
F_PCC = "03_TM_Joint_PCCC_Paper_GP_Forward_View_Plan_15Dec2016.docx"
F_STF = "04_TM_STP_Board_STF_Control_Totals_and_Risk_Share_15Feb2017.pptx"
F_MH = "05_TM_MH5YFV_Delivery_Tracker_Q3_2016-17.xlsx"
F_QSG = "06_TM_Quality_Surveillance_Group_Note_09Mar2017.txt"


# =================================================================================================================
# 01 Elective care RTT recovery plan (portrait PDF, platypus)
# =================================================================================================================
SPECIALTIES = [
    # specialty, lead initials, incomplete pathways, over 18 weeks, recovery actions, recover to 92% by
    ("Trauma & Orthopaedics", "AKR", 6214, 1156,
     "Ring-fenced elective orthopaedic ward (Ward 7, Coldbeck Community Hospital); six extra Saturday lists a "
     "month at MCH; MSK triage of all routine GP referrals", "Q4 2017/18"),
    ("General Surgery", "JMcG", 4102, 468,
     "Insourced weekend day-case lists at TRH; one-stop hernia and gallbladder clinic", "Q1 2017/18"),
    ("Ophthalmology", "PO'N", 3877, 613,
     "1,200 cataract operations moved to the independent sector; community glaucoma monitoring by optometrists",
     "Sep-17"),
    ("ENT", "SLH", 2456, 248,
     "Direct access audiology for adults over 55; locum consultant for 12 months at MCH", "30/06/2017"),
    ("Urology", "RB", 2310, 229,
     "Nurse-led haematuria clinic; two extra operating lists a week at TRH", "Jun-17"),
    ("Gastroenterology", "EM", 2741, 356,
     "Weekend endoscopy lists at Thornwick Royal Infirmary; straight-to-test for dyspepsia", "Q3 2017/18"),
    ("Cardiology", "HA", 1904, 131,
     "Hold position; protect rapid access chest pain clinic capacity", "Achieved (Oct-16)"),
    ("Gynaecology", "LdV", 2102, 198,
     "Outpatient hysteroscopy at both trusts; advice and guidance for menstrual disorders", "by end of June 2017"),
    ("Oral Surgery", "TF", 1655, 237,
     "Tier 2 community oral surgery service commissioned from dental practices", "Jan-18"),
    ("Dermatology", "CT-W", 2988, 409,
     "Teledermatology for all GP referrals; 800 new appointments bought from the independent sector",
     "by end of March 2017"),
    ("Neurology", "NB", 1288, 142,
     "Headache pathway in primary care; second epilepsy specialist nurse", "31/12/2017"),
    ("Rheumatology", "GS", 1090, 96,
     "Advice and guidance; shared-care monitoring of DMARDs in general practice", "Nov-17"),
    ("Thoracic Medicine", "KD'S", 1377, 105,
     "Hold position; virtual clinic for nodule surveillance", "Achieved (Oct-16)"),
    ("All other specialties", "EMc", 4306, 418,
     "Outpatient transformation: advice and guidance, patient-initiated follow-up, virtual clinics",
     "Winter 2017/18"),
]

RTT_KEY = [
    ("AK", "Dr Alastair Kinnear", "Medical Director and SRO, elective care recovery", "MCH"),
    ("AKR", "Mr Anand Kumar-Rao", "Clinical Director, Trauma & Orthopaedics", "MCH"),
    ("CT-W", "Dr Clare Tait-Wilson", "Consultant Dermatologist", "MCH"),
    ("EM", "Dr Ewan Murchison", "Consultant Gastroenterologist", "TRH"),
    ("EMc", "Ms Eilidh McAllister", "Outpatient Transformation Lead", "NHS Thornwick CCG"),
    ("FMcC", "Fiona McCreadie", "Elective Care Programme Manager", "NHS Thornwick CCG"),
    ("GS", "Dr Graham Sutcliffe", "Consultant Rheumatologist", "TRH"),
    ("HA", "Dr Hafsa Anwar", "Consultant Cardiologist", "TRH"),
    ("JMcG", "Miss Jennifer McGovern", "Consultant General Surgeon", "TRH"),
    ("KD'S", "Dr Kieran D'Souza", "Consultant Respiratory Physician", "MCH"),
    ("LdV", "Miss Louisa de Vries", "Consultant Gynaecologist", "MCH"),
    ("NB", "Dr Nadia Bellingham", "Consultant Neurologist", "TRH"),
    ("PO'N", "Mr Padraig O'Neill", "Consultant Ophthalmologist", "TRH"),
    ("RB", "Mr Rajesh Bhandari", "Consultant Urologist", "TRH"),
    ("SLH", "Mr Stuart Lyle-Henderson", "Consultant ENT Surgeon", "MCH"),
    ("TF", "Mr Tomasz Filipek", "Consultant Oral & Maxillofacial Surgeon", "MCH"),
]

RTT_TITLES = [
    ("Director of Operations, MCH", "Deborah Fairhurst-Lowe"),
    ("Chief Operating Officer, TRH", "Lorraine Quigley"),
    ("Head of Contracting, NHS Thornwick CCG", "Adele Buckby"),
    ("Head of Contracting, NHS Maddersley & Coldbeck CCG", "Kofi Mensah-Bonsu"),
    ("Elective Care Programme Manager", "Fiona McCreadie"),
]


def pct(inc: int, over: int) -> str:
    return f"{100 * (inc - over) / inc:.1f}%"


def rtt_styles():
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
    return {
        "body": base,
        "h1": ParagraphStyle("h1", parent=base, fontName="DVB", fontSize=16, leading=20, textColor=NAVY,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="DVB", fontSize=11.5, leading=15, textColor=NAVY,
                             spaceBefore=8, spaceAfter=4),
        "sub": ParagraphStyle("sub", parent=base, fontName="DV", fontSize=11, leading=14, textColor=TEAL),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="DVB", fontSize=8, leading=9.6, spaceAfter=0,
                                textColor=colors.white),
        "note": ParagraphStyle("note", parent=base, fontName="DVI", fontSize=8, leading=10, textColor=colors.grey),
    }


def ruled(data, widths, st, repeat=1, header_fill=NAVY, zebra=True, bold_last=False):
    cells = []
    for r, row in enumerate(data):
        style = st["cellb"] if r < repeat else st["cell"]
        cells.append([Paragraph(str(v), style) for v in row])
    t = Table(cells, colWidths=widths, repeatRows=repeat)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, MID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, repeat - 1), header_fill),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for r in range(repeat, len(data)):
            if (r - repeat) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), GREY))
    if bold_last:
        cmds.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#D5DCEA")))
    t.setStyle(TableStyle(cmds))
    return t


def rtt_page(c, doc):
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(18 * mm, A4[1] - 11 * mm,
                 "Thornwick & Maddersley STP  |  Elective Care RTT Recovery Plan  |  Version 1.3, 24 November 2016")
    c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
    c.drawString(18 * mm, 10 * mm, "OFFICIAL - for the Planned Care Board, 1 December 2016")
    c.restoreState()


def make_rtt(path: Path) -> None:
    st = rtt_styles()
    P = lambda t, s="body": Paragraph(t, st[s])  # noqa: E731
    total = sum(s[2] for s in SPECIALTIES)
    over = sum(s[3] for s in SPECIALTIES)
    within = pct(total, over)
    story = [
        P("Thornwick &amp; Maddersley Sustainability and Transformation Plan", "sub"),
        P("Elective Care: Referral to Treatment (RTT) Recovery Plan 2016/17 to 2017/18", "h1"),
        P("STP Priority 4: Planned care and cancer. Version 1.3, final draft for the Planned Care Board of "
          "1 December 2016.", "sub"),
        Spacer(1, 6),
        ruled([["Version", "Date", "Author", "Change"],
               ["1.0", "12/10/2016", "FMcC", "First draft for specialty leads"],
               ["1.1", "28/10/2016", "FMcC", "Specialty trajectories added"],
               ["1.2", "10/11/2016", "FMcC", "Independent sector capacity added; risks rescored"],
               ["1.3", "24/11/2016", "FMcC", "Final draft for the Planned Care Board"]],
              [18 * mm, 24 * mm, 20 * mm, 112 * mm], st),
        P("1. Summary", "h2"),
        P("1.1 This plan sets out how the two acute trusts of the Thornwick &amp; Maddersley footprint, Thornwick "
          "Royal Hospitals NHS Foundation Trust (TRH) and Maddersley &amp; Coldbeck Hospitals NHS Trust (MCH), "
          "with NHS Thornwick CCG and NHS Maddersley &amp; Coldbeck CCG, will recover the 18-week referral to "
          "treatment (RTT) standard. It is the main delivery plan of STP Priority 4 (Planned care and cancer) "
          "and of the national must-do on referral to treatment times."),
        P(f"1.2 At the end of October 2016 there were {total:,} patients on incomplete pathways across the "
          f"footprint, of whom {within} had waited less than 18 weeks against the 92% constitutional standard. "
          f"{over:,} patients had waited more than 18 weeks and 27 patients had waited more than 52 weeks."),
        P("1.3 We will return the footprint to the 92% standard by 31/03/2018 (Q4 2017/18), with most "
          "specialties compliant well before then. The month-by-month aggregate trajectory is at Annex A."),
        P("1.4 Every patient waiting more than 52 weeks has a clinical harm review led by the treating "
          "consultant and reported to the Planned Care Board. We will reduce the number of 52-week waiters "
          "month on month and report each breach to both CCGs' quality committees."),
        P("2. Leadership and governance", "h2"),
        P("2.1 The Senior Responsible Officer (SRO) for elective care recovery is Dr Alastair Kinnear, Medical "
          "Director of MCH, who also leads STP Priority 4."),
        P("2.2 The plan is overseen by the Planned Care Board, chaired by Dr Frances Whitcombe, Clinical Chair of "
          "NHS Thornwick CCG. The Board meets on the first Thursday of each month and reports to the STP Board."),
        P("2.3 Day-to-day delivery is managed by the Elective Care Programme Manager, hosted by NHS Thornwick "
          "CCG. Specialty leads are shown by their initials in section 3 and in the milestone table; risk owners "
          "are shown by job title. Annex B gives their names."),
        P("2.4 Each trust runs a weekly patient tracking list (PTL) meeting, chaired at MCH by the Director of "
          "Operations and at TRH by the Chief Operating Officer."),
        P("3. Specialty recovery", "h2"),
        P("3.1 Table 2 gives each specialty's position at the end of October 2016, its recovery actions and when "
          "it will reach and then hold 92%. Leads are by initials (Annex B)."),
    ]
    head = ["Specialty", "Lead", "Incomplete pathways", "Within 18 weeks", "Over 18 weeks",
            "Recovery actions", "Recover to 92% by"]
    rows = [head] + [[s, lead, f"{inc:,}", pct(inc, ov), f"{ov:,}", act, by]
                     for s, lead, inc, ov, act, by in SPECIALTIES]
    rows.append(["Footprint total", "AK", f"{total:,}", within, f"{over:,}", "See Annex A", "31/03/2018"])
    story.append(ruled(rows, [30 * mm, 13 * mm, 24 * mm, 16 * mm, 15 * mm, 51 * mm, 25 * mm], st,
                       bold_last=True))
    story.append(P("Table 2: specialty recovery trajectories (source: trusts' PTLs, week ending 30 October 2016).",
                   "note"))
    story += [
        P("4. Where we are now", "h2"),
        ruled([["Measure (footprint, end of October 2016)", "Position", "Standard or ambition"],
               ["Incomplete RTT pathways", f"{total:,}", "n/a"],
               ["Incomplete pathways within 18 weeks", within, "92%"],
               ["Incomplete pathways over 18 weeks", f"{over:,}", "n/a"],
               ["Incomplete pathways over 52 weeks", "27", "Zero tolerance"],
               ["Diagnostic tests waiting over 6 weeks", "1.8%", "1%"],
               ["Cancer 62-day (GP referral to first treatment)", "81.2%", "85%"]],
              [80 * mm, 40 * mm, 54 * mm], st),
        P("5. Capacity and funding", "h2"),
        P("5.1 The two CCGs have committed £2.6m of non-recurrent funding for additional elective activity in "
          "Q4 2016/17 and 2017/18, of which £1.1m buys independent sector capacity in dermatology and "
          "ophthalmology."),
        P("5.2 Fourteen additional theatre sessions per week will run from January 2017 across the two trusts "
          "(eight at TRH and six at MCH)."),
        P("5.3 A ring-fenced elective orthopaedic ward of 24 beds (Ward 7, Coldbeck Community Hospital) will open "
          "in Q1 2017/18, protecting hip and knee replacements from winter bed pressures. Its staffing is 21.4 "
          "WTE, of which 6.0 WTE are new posts."),
        P("5.4 Validation of the whole incomplete PTL is expected to remove about 4% of pathways (duplicates, "
          "patients already treated or no longer wanting treatment)."),
        P("6. Key milestones", "h2"),
        ruled([["Ref", "Milestone", "Lead", "Date"],
               ["M1", "Clinical and administrative validation of the whole incomplete PTL complete", "FMcC",
                "31/01/2017"],
               ["M2", "Fourteen additional theatre sessions a week running at both trusts", "AK", "Jan-17"],
               ["M3", "Weekend endoscopy lists at Thornwick Royal Infirmary start", "EM", "w/c 6 March 2017"],
               ["M4", "Teledermatology live for all GP referrals", "CT-W", "by end of March 2017"],
               ["M5", "Ward 7 ring-fenced elective orthopaedic ward opens", "AKR", "Q1 2017/18"],
               ["M6", "Advice and guidance live in ten specialties", "EMc", "Q3 2017/18"],
               ["M7", "Footprint meets the 92% aggregate standard", "AK", "31/03/2018"]],
              [12 * mm, 108 * mm, 18 * mm, 36 * mm], st),
        P("7. Risks", "h2"),
        P("7.1 Risks are scored likelihood (L) x impact (I), each 1-5. Risks scoring 15 or more are escalated to "
          "the STP Board."),
        ruled([["ID", "Risk", "Owner", "L", "I", "Score", "Mitigation"],
               ["R1", "Anaesthetic workforce gaps at MCH limit the additional theatre sessions",
                "Director of Operations, MCH", "4", "5", "20", "Locum anaesthetists; regional bank; theatre "
                                                                 "timetable review"],
               ["R2", "Independent sector capacity for ophthalmology is not secured at tariff",
                "Head of Contracting, NHS Thornwick CCG", "3", "4", "12", "Two providers approached; AQP "
                                                                        "framework"],
               ["R3", "Winter emergency pressures cancel elective orthopaedic operations at TRH before Ward 7 "
                      "opens", "Chief Operating Officer, TRH", "4", "4", "16", "Elective beds ring-fenced on "
                                                                               "Ward 12 until Ward 7 opens"],
               ["R4", "Validation removes fewer pathways than the 4% assumed", "Elective Care Programme Manager",
                "3", "3", "9", "Weekly validation returns"],
               ["R5", "Patients decline transfer to other providers", "Head of Contracting, NHS Maddersley & "
                                                                      "Coldbeck CCG", "2", "3", "6",
                "Patient choice letters; transport offer"]],
              [9 * mm, 50 * mm, 34 * mm, 7 * mm, 7 * mm, 13 * mm, 54 * mm], st),
        PageBreak(),
        P("Annex A: aggregate RTT trajectory (incomplete pathways within 18 weeks, footprint)", "h2"),
    ]
    months = ["Nov-16", "Dec-16", "Jan-17", "Feb-17", "Mar-17", "Apr-17", "May-17", "Jun-17",
              "Jul-17", "Aug-17", "Sep-17", "Oct-17", "Nov-17", "Dec-17", "Jan-18", "Feb-18", "Mar-18"]
    plan = ["88.1%", "87.6%", "87.9%", "88.6%", "89.4%", "89.9%", "90.2%", "90.6%", "90.8%", "90.9%", "91.0%",
            "91.2%", "91.3%", "91.0%", "91.2%", "91.6%", "92.0%"]
    story.append(ruled([["Month"] + months[:9], ["Plan"] + plan[:9]], [22 * mm] + [17 * mm] * 9, st,
                       zebra=False))
    story.append(Spacer(1, 4))
    story.append(ruled([["Month"] + months[9:], ["Plan"] + plan[9:]], [22 * mm] + [17 * mm] * 8, st,
                       zebra=False))
    story.append(P("The dip in December 2017 allows for winter; the trajectory assumes Ward 7 opens on time.", "note"))
    story += [
        P("Annex B: key to leads and owners", "h2"),
        P("B.1 Initials used in Table 2 and the milestone table."),
        ruled([["Initials", "Name", "Role", "Organisation"]] + [list(k) for k in RTT_KEY],
              [18 * mm, 48 * mm, 74 * mm, 34 * mm], st),
        P("B.2 Job titles used in the risk table.", "body"),
        ruled([["Job title", "Post-holder"]] + [list(k) for k in RTT_TITLES], [100 * mm, 74 * mm], st),
        P("Contact: Elective Care Programme Manager, NHS Thornwick CCG, Kirkgate House, Thornwick.", "note"),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title="Elective Care RTT Recovery Plan v1.3",
                            author="Fiona McCreadie", subject="Thornwick & Maddersley STP", creator="make_papers.py",
                            invariant=1)
    doc.build(story, onFirstPage=rtt_page, onLaterPages=rtt_page)


# =================================================================================================================
# 02 Local Maternity System plan (landscape PDF drawn as a slide deck)
# =================================================================================================================
W, H = 960, 540


def deck_cell_styles():
    base = ParagraphStyle("c", fontName="DV", fontSize=10, leading=12.5)
    return base, ParagraphStyle("ch", parent=base, fontName="DVB", textColor=colors.white)


def deck_table(c, x, top, widths, rows, size=10, head_fill=PLUM):
    base, headst = deck_cell_styles()
    base = ParagraphStyle("cs", parent=base, fontSize=size, leading=size * 1.25)
    headst = ParagraphStyle("chs", parent=headst, fontSize=size, leading=size * 1.25)
    data = [[Paragraph(str(v), headst if r == 0 else base) for v in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths)
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, MID), ("BACKGROUND", (0, 0), (-1, 0), head_fill),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r in range(1, len(rows)):
        if r % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), PINK))
    t.setStyle(TableStyle(cmds))
    _, h = t.wrapOn(c, sum(widths), top)
    t.drawOn(c, x, top - h)
    return top - h


class Deck:
    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        self.c.setTitle("Thornwick & Maddersley LMS Better Births Transformation Plan, draft v0.6")
        self.c.setAuthor("Thornwick & Maddersley Local Maternity System")
        self.c.setSubject("Local Maternity System plan")
        self.c.setCreator("make_papers.py")
        self.n = 0

    def slide(self, title: str, kicker: str = "") -> canvas.Canvas:
        c = self.c
        if self.n:
            c.showPage()
        self.n += 1
        c.setFillColor(PLUM)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 22)
        c.drawString(36, H - 40, title)
        if kicker:
            c.setFont("DV", 10)
            c.drawRightString(W - 36, H - 40, kicker)
        c.setFillColor(colors.grey)
        c.setFont("DV", 8)
        c.drawString(36, 16, "Thornwick & Maddersley Local Maternity System  |  Better Births plan, draft v0.6  |  "
                             "27 January 2017")
        c.drawRightString(W - 36, 16, f"Slide {self.n}")
        c.setFillColor(colors.black)
        return c

    def save(self):
        self.c.showPage()
        self.c.save()


def text_block(c, x, y, lines, size=12, lead=16, font="DV", colour=colors.black):
    c.setFillColor(colour)
    for ln in lines:
        bold = ln.startswith("**")
        c.setFont("DVB" if bold else font, size)
        c.drawString(x, y, ln.strip("*"))
        y -= lead
    c.setFillColor(colors.black)
    return y


def make_lms(path: Path) -> None:
    d = Deck(path)
    c = d.slide("Better Births in Thornwick & Maddersley")
    c.setFont("DVB", 30)
    c.setFillColor(PLUM)
    c.drawString(60, 360, "Local Maternity System transformation plan")
    c.setFont("DV", 18)
    c.setFillColor(colors.black)
    c.drawString(60, 320, "Implementing Better Births, 2017/18 to 2020/21")
    text_block(c, 60, 260, ["Draft v0.6 for the LMS Board, 27 January 2017",
                            "Part of STP Priority 6: Maternity and children",
                            "Partners: Thornwick Royal Hospitals NHS FT (TRH), Maddersley & Coldbeck Hospitals NHS "
                            "Trust (MCH),",
                            "Ebbsworth Partnership NHS FT (EPFT), NHS Thornwick CCG, NHS Maddersley & Coldbeck CCG, "
                            "Maternity Voices Partnership"], size=13, lead=20)

    c = d.slide("Our Local Maternity System at a glance")
    tiles = [("9,870", "births in 2015/16", "TRH 5,410  |  MCH 4,460"),
             ("2", "obstetric units", "Thornwick Royal Infirmary; Maddersley General Hospital"),
             ("2", "midwife-led units", "The Willow Birth Centre (alongside, MGH); Coldbeck Birth Centre"),
             ("4.6", "stillbirths per 1,000 total births (2015)", "England 4.4; ambition: halve by 2030"),
             ("27.5 WTE", "midwife vacancies (December 2016)", "MCH 19.0 WTE  |  TRH 8.5 WTE"),
             ("318.4 WTE", "midwives in post (December 2016)", "both trusts, all bands")]
    for i, (big, cap, sub) in enumerate(tiles):
        x = 50 + (i % 3) * 295
        y = 300 - (i // 3) * 170
        c.setFillColor(PINK)
        c.roundRect(x, y, 270, 140, 10, stroke=0, fill=1)
        c.setFillColor(PLUM)
        c.setFont("DVB", 34)
        c.drawString(x + 18, y + 86, big)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        c.drawString(x + 18, y + 58, cap)
        c.setFont("DV", 9)
        c.setFillColor(colors.grey)
        c.drawString(x + 18, y + 30, sub)
    c.setFillColor(colors.black)

    c = d.slide("Leadership of the LMS", "governance")
    deck_table(c, 40, 460, [250, 330, 300], [
        ["Role", "Name", "Organisation"],
        ["LMS Board chair and Senior Responsible Officer (SRO)",
         "Caroline Devereux, Director of Nursing & Midwifery", "Thornwick Royal Hospitals NHS FT"],
        ["Clinical lead (obstetrics)", "Mr Kwame Asante-Boateng, Consultant Obstetrician",
         "Maddersley & Coldbeck Hospitals NHS Trust"],
        ["Head of Midwifery", "Siobhan D'Arcy", "Thornwick Royal Hospitals NHS FT"],
        ["Head of Midwifery", "Ruth Abernethy-Lowe", "Maddersley & Coldbeck Hospitals NHS Trust"],
        ["Maternity Voices Partnership (MVP) chair", "Bethany Okonjo-Hale (lay chair)", "Maternity Voices Partnership"],
        ["Neonatal lead", "Dr Callum Fraser-Mackie, Consultant Neonatologist", "Thornwick Royal Hospitals NHS FT"],
        ["Commissioning lead", "Tamsin Rowbotham, Head of Children's & Maternity Commissioning",
         "NHS Thornwick CCG (for both CCGs)"],
        ["LMS programme manager", "tbc", "Hosted by TRH"],
    ], size=10.5)
    text_block(c, 40, 90, ["The LMS Board meets monthly and reports to the STP Board through Priority 6. "
                           "Perinatal mental health is led by EPFT (see slide 4)."], size=11)

    c = d.slide("Seven workstreams and their key milestones", "delivery")
    deck_table(c, 30, 462, [46, 170, 50, 470, 164], [
        ["Ref", "Workstream", "Lead", "Key milestone", "Date"],
        ["BB1", "Continuity of carer", "SD'A", "First continuity of carer team (the Rosehip team, Maddersley) "
                                              "goes live", "Apr-17"],
        ["BB2", "Personalised care and choice", "RA-L", "Personalised care plans offered to all women at booking",
         "Q3 2017/18"],
        ["BB3", "Safer care", "KA-B", "All four elements of the Saving Babies' Lives care bundle in place in both "
                                      "units", "by end of March 2017"],
        ["BB4", "Personal maternity care budgets", "TR", "Pioneer site for personal maternity care budgets goes "
                                                         "live", "time frame as yet unknown"],
        ["BB5", "Perinatal mental health", "IB-P", "Specialist community perinatal mental health team live "
                                                   "(EPFT)", "Oct-17"],
        ["BB6", "Postnatal and neonatal care", "CF-M", "Transitional care cots open at Thornwick Royal Infirmary",
         "Winter 2017/18"],
        ["BB7", "Digital maternity record", "RA-L", "Shared electronic maternity record across both trusts",
         "2018/19"],
    ], size=10)
    text_block(c, 30, 96, ["Ambition: 20% of women booked onto a continuity of carer pathway by March 2019. "
                           "Leads are initials: see the key on slide 8."], size=11)

    c = d.slide("Key dates 2017", "timeline")
    c.setStrokeColor(PLUM)
    c.setLineWidth(3)
    c.line(60, 270, 900, 270)
    events = [("w/c 13 March 2017", "MVP listening events", "in both towns"),
              ("31/03/2017", "Saving Babies' Lives", "bundle in place"),
              ("Apr-17", "Rosehip continuity", "team live (BB1)"),
              ("May-17", "Perinatal wave 2", "bid submitted"),
              ("Oct-17", "Perinatal community", "team live (BB5)"),
              ("31/10/2017", "Final LMS plan to", "NHS England")]
    for i, (when, l1, l2) in enumerate(events):
        x = 90 + i * 150
        c.setFillColor(PLUM)
        p = c.beginPath()
        p.moveTo(x, 282)
        p.lineTo(x + 12, 270)
        p.lineTo(x, 258)
        p.lineTo(x - 12, 270)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("DVB", 11)
        c.drawCentredString(x, 300 if i % 2 == 0 else 220, when)
        c.setFillColor(colors.black)
        c.setFont("DV", 10)
        base_y = 330 if i % 2 == 0 else 200
        c.drawCentredString(x, base_y + 14, l1)
        c.drawCentredString(x, base_y, l2)
    text_block(c, 60, 110, ["Dates are as agreed by the LMS Board on 19 January 2017."], size=11)

    c = d.slide("Transformation funding (£000)", "finance")
    fin = [("Continuity of carer teams", 0, 310, 540), ("Perinatal community team (subject to wave 2 bid)", 0,
                                                        640, 1280),
           ("Saving Babies' Lives (CO monitors, growth scans)", 85, 120, 60), ("Digital maternity record", 0, 150,
                                                                                 400),
           ("Personalised care and MVP support", 20, 45, 45)]
    rows = [["Line (£000)", "2016/17", "2017/18", "2018/19", "Total"]]
    tot = [0, 0, 0]
    for name, *vals in fin:
        rows.append([name] + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
        tot = [a + b for a, b in zip(tot, vals)]
    rows.append(["Total"] + [f"{v:,}" for v in tot] + [f"{sum(tot):,}"])
    deck_table(c, 60, 450, [380, 110, 110, 110, 110], rows, size=11)
    text_block(c, 60, 150, ["All figures £000. 2016/17 is funded from the two trusts' budgets; 2017/18 onwards "
                            "assumes STP transformation funding.",
                            "The perinatal team is funded only if the wave 2 bid succeeds."], size=11)

    c = d.slide("Risks", "risk")
    deck_table(c, 40, 460, [50, 520, 90, 80, 140], [
        ["ID", "Risk", "Owner", "Rating", "Trend"],
        ["M1", "Midwife vacancies (27.5 WTE) delay the continuity of carer teams", "SD'A", "16 (4x4)", "Worse"],
        ["M2", "Perinatal wave 2 bid is unsuccessful", "IB-P", "12 (3x4)", "Same"],
        ["M3", "The two trusts' maternity IT systems do not interoperate", "RA-L", "9 (3x3)", "Same"],
        ["M4", "Neonatal cot capacity at Thornwick Royal Infirmary", "CF-M", "12 (4x3)", "Better"],
        ["M5", "Low uptake of the Pioneer offer", "TR", "6 (2x3)", "New"],
    ], size=11)

    c = d.slide("Key to initials", "contacts")
    deck_table(c, 60, 460, [90, 330, 420], [
        ["Initials", "Name", "Role"],
        ["CD", "Caroline Devereux", "LMS SRO; Director of Nursing & Midwifery, TRH"],
        ["CF-M", "Dr Callum Fraser-Mackie", "Consultant Neonatologist, TRH"],
        ["IB-P", "Dr Imogen Blackwood-Price", "Consultant Perinatal Psychiatrist, EPFT"],
        ["KA-B", "Mr Kwame Asante-Boateng", "Clinical lead; Consultant Obstetrician, MCH"],
        ["RA-L", "Ruth Abernethy-Lowe", "Head of Midwifery, MCH"],
        ["SD'A", "Siobhan D'Arcy", "Head of Midwifery, TRH"],
        ["TR", "Tamsin Rowbotham", "Head of Children's & Maternity Commissioning, NHS Thornwick CCG"],
    ], size=11)

    c = d.slide("Changes since draft v0.5 (13 January 2017)", "changes")
    text_block(c, 60, 420, [
        "**LMS programme manager",
        "Niamh O'Driscoll has been appointed LMS programme manager (was tbc) and starts on 6 February 2017.",
        "",
        "**BB6 transitional care cots",
        "Date confirmed as 01/11/2017 (was Winter 2017/18), following the neonatal network review.",
        "",
        "**BB3 Saving Babies' Lives",
        "No change: both units remain on track for the end of March 2017.",
    ], size=13, lead=22)
    d.save()


# =================================================================================================================
# 03 Joint Primary Care Commissioning Committee paper (Word)
# =================================================================================================================
def make_pccc(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Joint Primary Care Commissioning Committee | 15 December 2016 | Item 7"
    sec.footer.paragraphs[0].text = "NHS Thornwick CCG and NHS Maddersley & Coldbeck CCG | Paper PCCC/16/41"

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    def table(rows, header=True, widths=None):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for k, v in enumerate(row):
                cell = t.cell(r, k)
                cell.text = v
                if header and r == 0:
                    shade(cell, "1F3864")
                    for run in cell.paragraphs[0].runs:
                        run.font.bold = True
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        return t

    # cover sheet: 4 columns, several merged rows
    cover = doc.add_table(rows=11, cols=4)
    cover.style = "Table Grid"

    def put(r, k, text, span=1, bold=False, fill=None):
        cell = cover.cell(r, k)
        if span > 1:
            cell = cell.merge(cover.cell(r, k + span - 1))
        cell.text = text
        if bold:
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        if fill:
            shade(cell, fill)

    put(0, 0, "NHS Thornwick CCG and NHS Maddersley & Coldbeck CCG: Joint Primary Care Commissioning Committee "
              "(committees in common)", 4, True, "D5DCEA")
    put(1, 0, "Date of meeting", bold=True, fill="EEF1F6")
    put(1, 1, "15 December 2016")
    put(1, 2, "Agenda item", bold=True, fill="EEF1F6")
    put(1, 3, "7 (paper PCCC/16/41)")
    put(2, 0, "Title of paper", bold=True, fill="EEF1F6")
    put(2, 1, "General Practice Forward View: local implementation plan 2016/17 to 2020/21", 3)
    put(3, 0, "Lead director", bold=True, fill="EEF1F6")
    put(3, 1, "Mark Tennant-Hughes, Director of Commissioning and Primary Care, NHS Maddersley & Coldbeck CCG", 3)
    put(4, 0, "Author", bold=True, fill="EEF1F6")
    put(4, 1, "Janine Stott, Head of Primary Care (both CCGs)", 3)
    put(5, 0, "Clinical lead", bold=True, fill="EEF1F6")
    put(5, 1, "Dr Owain Pritchard, GP, Holmfield Surgery (see addendum)", 3)
    put(6, 0, "Purpose", bold=True, fill="EEF1F6")
    put(6, 1, "For approval ☒   For assurance ☐   For information ☐", 3)
    put(7, 0, "STP link", bold=True, fill="EEF1F6")
    put(7, 1, "STP Priority 2: Primary and community care at scale", 3)
    put(8, 0, "Conflicts of interest", bold=True, fill="EEF1F6")
    put(8, 1, "GP members of the Committee have a financial interest in this item. They may take part in the "
              "discussion but will not vote on the recommendation.", 3)
    put(9, 0, "Recommendation", 4, True, "D5DCEA")
    put(10, 0, "The Committee is asked to APPROVE the local GP Forward View plan for submission to NHS England by "
               "23 December 2016, and to NOTE the changes in the addendum.", 4)

    doc.add_paragraph()
    doc.add_heading("1. Purpose and background", level=1)
    for text in [
        "1.1 The General Practice Forward View (GPFV) was published by NHS England in April 2016. Every CCG must "
        "agree a local plan for its implementation, and NHS England has asked for plans by 23 December 2016. "
        "The two CCGs have written one plan for the Thornwick & Maddersley footprint.",
        "1.2 The footprint has 61 general practices (34 in NHS Thornwick CCG and 27 in NHS Maddersley & Coldbeck "
        "CCG) with 891,460 registered patients at 1 October 2016.",
        "1.3 The plan follows the five headings of the GPFV: investment, workforce, workload, infrastructure and "
        "care redesign. It is Priority 2 of the STP and the main vehicle for national must-do 3 (general "
        "practice). It also contributes to must-do 4 through extended access in evenings and at weekends.",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("2. Our general practice workforce", level=1)
    doc.add_paragraph("2.1 The baseline is the National Workforce Reporting Service return of 30 September 2016. "
                      "Targets are for 31 March 2021.")
    table([["Staff group", "Baseline WTE (Sep 2016)", "Target WTE (2020/21)", "Change WTE"],
           ["GPs (excluding registrars and locums)", "412.6", "450.6", "+38.0"],
           ["Practice nurses", "231.4", "246.4", "+15.0"],
           ["Clinical pharmacists", "3.0", "22.0", "+19.0"],
           ["Mental health therapists in practices", "0.0", "24.0", "+24.0"],
           ["Physician associates", "0.0", "8.0", "+8.0"]])
    doc.add_paragraph("2.2 Of the clinical pharmacists, 11.0 WTE will be funded through wave 1 of the national "
                      "Clinical Pharmacists in General Practice programme. The mental health therapists are part of "
                      "the IAPT expansion in the STP mental health priority.")

    doc.add_heading("3. Investment", level=1)
    doc.add_paragraph("3.1 GPFV transformation funding allocated to the footprint, in £000. Dashes mean no "
                      "allocation has been notified.")
    fund = doc.add_table(rows=8, cols=6)
    fund.style = "Table Grid"
    fund.cell(0, 0).merge(fund.cell(1, 0)).text = "Funding line"
    fund.cell(0, 1).merge(fund.cell(0, 5)).text = "GPFV transformation funding (£000)"
    for k, y in enumerate(["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"], 1):
        fund.cell(1, k).text = y
    lines = [("Practice resilience programme", [98, 104, 110, None, None]),
             ("Online consultation systems", [None, 186, 201, 214, None]),
             ("Care navigation and clinical correspondence training", [42, 71, 71, 71, None]),
             ("Improving access (evenings and weekends)", [None, 1102, 2950, 5306, 5306]),
             ("International GP recruitment", [None, 150, 150, None, None])]
    tot = [0] * 5
    for r, (name, vals) in enumerate(lines, 2):
        fund.cell(r, 0).text = name
        for k, v in enumerate(vals, 1):
            fund.cell(r, k).text = "–" if v is None else f"{v:,}"
            tot[k - 1] += v or 0
    fund.cell(7, 0).text = "Total"
    for k, v in enumerate(tot, 1):
        fund.cell(7, k).text = f"{v:,}"
    for k in range(6):
        shade(fund.cell(0, k), "D5DCEA")
        shade(fund.cell(1, k), "D5DCEA")
    doc.add_paragraph("3.2 The improving access line assumes £3.34 per registered patient in 2017/18 for Thornwick "
                      "as an early adopter and £6.00 per registered patient across the footprint from 2019/20.")

    doc.add_heading("4. Implementation plan", level=1)
    doc.add_paragraph("4.1 Actions are grouped under the GPFV headings. Leads are given by job title; the "
                      "post-holders are listed in section 7.")
    plan = doc.add_table(rows=1, cols=5)
    plan.style = "Table Grid"
    for k, h in enumerate(["Ref", "Action", "Lead", "Milestone", "Date"]):
        plan.cell(0, k).text = h
        shade(plan.cell(0, k), "1F3864")
        for run in plan.cell(0, k).paragraphs[0].runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    groups = [
        ("Workforce", [
            ("W1", "Clinical pharmacists in general practice, wave 1 (11.0 WTE)", "Head of Medicines Optimisation",
             "All posts recruited and in post", "Sep-17"),
            ("W2", "International GP recruitment", "Head of Primary Care", "Expression of interest to NHS England",
             "Q4 2016/17"),
            ("W3", "Thornwick First5 retention scheme for newly qualified GPs", "GPFV clinical lead",
             "Scheme launched", "by end of March 2017"),
        ]),
        ("Workload", [
            ("WL1", "Care navigation training for 180 reception and clerical staff", "Head of Primary Care",
             "All 180 staff trained", "by end of March 2018"),
            ("WL2", "Practice resilience programme (9 practices)", "Head of Primary Care",
             "Support packages complete", "31/03/2017"),
            ("WL3", "Ten High Impact Actions: practices signed up to at least three", "GPFV clinical lead",
             "40 of 61 practices signed up", "Q2 2017/18"),
        ]),
        ("Infrastructure", [
            ("I1", "ETTF: Coldbeck Health Centre extension", "Head of Estates",
             "Full business case to NHS England", "Q2 2017/18"),
            ("I2", "Online consultation system for all practices", "Primary Care Digital Lead",
             "Contract awarded", "Oct-17"),
        ]),
        ("Care redesign and access", [
            ("A1", "Extended access 8am to 8pm on weekdays and at weekends, NHS Thornwick CCG (100% of patients)",
             "Associate Director of Primary Care", "Go-live", "1 April 2017"),
            ("A2", "Extended access 8am to 8pm on weekdays and at weekends, NHS Maddersley & Coldbeck CCG",
             "Associate Director of Primary Care", "Go-live", "1 April 2018"),
            ("A3", "Same-day access hubs in Coldbeck and Maddersley town centre", "Head of Primary Care",
             "Both hubs open", "31/03/2019"),
        ]),
    ]
    for group, rows in groups:
        cells = plan.add_row().cells
        g = cells[0].merge(cells[4])
        g.text = group
        shade(g, "D5DCEA")
        for run in g.paragraphs[0].runs:
            run.font.bold = True
        for row in rows:
            cells = plan.add_row().cells
            for k, v in enumerate(row):
                cells[k].text = v

    doc.add_heading("5. Fit with the STP and the national must-dos", level=1)
    for text in [
        "5.1 The plan is the delivery plan for STP Priority 2. It delivers national must-do 3 (general practice) "
        "in full and contributes to must-do 4 (A&E and ambulance waits) through extended access and care "
        "navigation. It does not of itself address must-do 5 (referral to treatment), which sits with Priority 4.",
        "5.2 Progress will be reported to this Committee quarterly and to the STP Board through the Priority 2 "
        "highlight report.",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("6. Risks", level=1)
    table([["ID", "Risk", "Owner", "Likelihood x impact", "Score"],
           ["PC1", "GP recruitment in Coldbeck fails and two practices hand back their contracts",
            "Head of Primary Care", "4 x 4", "16"],
           ["PC2", "The provider market for extended access in Maddersley & Coldbeck is immature",
            "Associate Director of Primary Care", "3 x 4", "12"],
           ["PC3", "ETTF capital for the Coldbeck Health Centre extension is not approved", "Head of Estates",
            "3 x 3", "9"],
           ["PC4", "Practices do not release staff for care navigation training", "Head of Primary Care",
            "2 x 3", "6"]])

    doc.add_heading("7. Who's who", level=1)
    table([["Role", "Name", "Organisation"],
           ["Head of Primary Care", "Janine Stott", "Both CCGs (hosted by NHS Thornwick CCG)"],
           ["Head of Medicines Optimisation", "Gwyneth Parry-Jones", "NHS Maddersley & Coldbeck CCG"],
           ["Associate Director of Primary Care", "Liam Fairbrother", "NHS Thornwick CCG"],
           ["Head of Estates", "Colin Ashby", "NHS Maddersley & Coldbeck CCG"],
           ["Primary Care Digital Lead", "Ravinder Sandhu", "NHS Thornwick CCG"],
           ["GPFV clinical lead", "Dr Owain Pritchard", "Holmfield Surgery, Thornwick"]])

    doc.add_heading("Addendum (tabled 13 December 2016)", level=1)
    for text in [
        "AD1. Since this paper was written Dr Owain Pritchard has been appointed Clinical Chair of NHS Maddersley & "
        "Coldbeck CCG and has stepped down as GPFV clinical lead. He remains clinical lead until 31 December 2016. "
        "Dr Rhiannon Ellis-Bevan, GP at Coldbeck Bridge Medical Practice, will be GPFV clinical lead from "
        "1 January 2017, and takes on every action given to the GPFV clinical lead in section 4.",
        "AD2. NHS England has confirmed that extended access in NHS Maddersley & Coldbeck CCG (action A2) will go "
        "live on 1 October 2018, not 1 April 2018, so that the procurement can run through 2017/18. Extended "
        "access in NHS Thornwick CCG (action A1) is unchanged.",
    ]:
        doc.add_paragraph(text)
    p = doc.add_paragraph("Janine Stott, Head of Primary Care, 13 December 2016")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cp = doc.core_properties
    cp.author = "Janine Stott"
    cp.last_modified_by = "Janine Stott"
    cp.title = "GP Forward View local implementation plan: PCCC paper"
    cp.created = datetime(2016, 12, 8, 9, 0, 0)
    cp.modified = datetime(2016, 12, 13, 16, 30, 0)
    cp.revision = 4
    doc.save(str(path))


# =================================================================================================================
# 04 STP Board paper: STF control totals, trajectories and risk share (PowerPoint)
# =================================================================================================================
def make_stf(path: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor as PRGB
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    title_only = prs.slide_layouts[5]
    EMU_PT = 12700

    def slide(title):
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = title
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        s.shapes.title.left, s.shapes.title.top = Emu(457200), Emu(150000)
        s.shapes.title.width, s.shapes.title.height = Emu(11277600), Emu(900000)
        foot = s.shapes.add_textbox(Emu(457200), Emu(6400000), Emu(11277600), Emu(300000))
        foot.text_frame.text = "Thornwick & Maddersley STP Board | 15 February 2017 | Paper 6"
        foot.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
        return s

    def box(s, x, y, w, h, lines, size=14, bold_first=False):
        tb = s.shapes.add_textbox(Emu(int(x * EMU_PT)), Emu(int(y * EMU_PT)), Emu(int(w * EMU_PT)),
                                  Emu(int(h * EMU_PT)))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, ln in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = ln
            for r in p.runs:
                r.font.size = Pt(size)
                r.font.bold = bold_first and i == 0
        return tb

    def grid(s, x, y, w, rows, widths=None, size=12, row_h=26):
        shape = s.shapes.add_table(len(rows), len(rows[0]), Emu(int(x * EMU_PT)), Emu(int(y * EMU_PT)),
                                   Emu(int(w * EMU_PT)), Emu(int(row_h * len(rows) * EMU_PT)))
        tbl = shape.table
        if widths:
            for k, cw in enumerate(widths):
                tbl.columns[k].width = Emu(int(cw * EMU_PT))
        for r, row in enumerate(rows):
            for k, v in enumerate(row):
                cell = tbl.cell(r, k)
                cell.text = v
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(size)
        return tbl

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Sustainability and Transformation Fund 2017/18: control totals, trajectories and a " \
                          "system risk share"
    s.placeholders[1].text = "Thornwick & Maddersley STP Board, 15 February 2017 (Paper 6)\nPresented by Robert " \
                             "O'Halloran, STP Finance Lead and Director of Finance, TRH"

    s = slide("2017/18 control totals and STF")
    grid(s, 36, 90, 888, [
        ["Organisation", "Control total 2017/18 (£m)", "of which STF (£m)", "Accepted by its board on"],
        ["Thornwick Royal Hospitals NHS FT (TRH)", "3.6", "8.4", "22/12/2016"],
        ["Maddersley & Coldbeck Hospitals NHS Trust (MCH)", "(6.8)", "5.1", "23/12/2016"],
        ["Ebbsworth Partnership NHS FT (EPFT)", "1.1", "1.0", "21/12/2016"],
        ["Providers", "(2.1)", "14.5", ""],
        ["NHS Thornwick CCG", "4.2", "n/a", "20/12/2016"],
        ["NHS Maddersley & Coldbeck CCG", "0.0", "n/a", "21/12/2016"],
        ["System", "2.1", "14.5", ""],
    ], widths=[360, 190, 150, 188], size=14, row_h=34)
    box(s, 36, 400, 888, 60, ["Surplus positive, deficit in brackets. Provider control totals include STF: without "
                              "it the provider sector would be £16.6m in deficit. MCH accepted its control total "
                              "with caveats about the cost of the orthopaedic ward."], size=13)

    s = slide("STF trajectories: A&E four-hour performance")
    grid(s, 36, 100, 700, [
        ["Trust", "Q1 17/18", "Q2 17/18", "Q3 17/18", "Q4 17/18"],
        ["TRH", "89.5%", "91.0%", "90.0%", "95.0%"],
        ["MCH", "86.0%", "88.5%", "88.0%", "90.0%"],
    ], widths=[220, 120, 120, 120, 120], size=16, row_h=40)
    box(s, 36, 260, 860, 150, [
        "STF is earned quarter by quarter: 70% for delivering the financial control total and 30% for meeting the "
        "A&E four-hour trajectory.",
        "Trajectories were agreed with NHS Improvement on 27 January 2017.",
        "The A&E Delivery Boards own the trajectories; the STP Board receives a quarterly report."], size=15)

    s = slide("Proposed system risk share for 2017/18")
    box(s, 36, 95, 430, 330, [
        "What we propose",
        "1. A system risk reserve of £4.0m, held by NHS Thornwick CCG on behalf of the STP and funded with £0.8m "
        "from each of the five organisations.",
        "2. Trigger: any organisation forecasting more than £0.5m adverse to its control total at month 6 "
        "(September 2017) brings a recovery plan to the STP Directors of Finance group.",
        "3. Gains and losses against the system control total are shared 50:50 between commissioners and "
        "providers.",
        "4. STF is not pooled: each provider keeps the STF it earns.",
    ], size=14, bold_first=True)
    box(s, 490, 95, 430, 330, [
        "What it does not do",
        "It does not change any organisation's statutory duties or its own control total.",
        "It does not cover specialised commissioning or primary care co-commissioning budgets.",
        "It runs for 2017/18 only and will be reviewed in Q3 2017/18.",
    ], size=14, bold_first=True)

    s = slide("Options considered")
    grid(s, 36, 100, 888, [
        ["Option", "Description", "Recommended"],
        ["A", "No risk share: each organisation manages its own position", "No"],
        ["B", "Bilateral agreements between each CCG and its main provider", "No"],
        ["C", "System risk reserve with a month 6 trigger (slide 4)", "Yes"],
        ["D", "Full pooling of budgets and STF across the footprint", "No (not permitted for STF)"],
    ], widths=[90, 600, 198], size=14, row_h=40)

    s = slide("STP priorities and their SROs")
    prios = [("P1 Healthy Thornwick & Maddersley", "SRO: Dr Hamish Greaves-Patel, Director of Public Health, "
                                                  "Thornwick City Council"),
             ("P2 Primary and community care at scale", "SRO: Mark Tennant-Hughes, Director of Commissioning and "
                                                       "Primary Care, NHS Maddersley & Coldbeck CCG"),
             ("P3 Urgent and emergency care", "SRO: Lorraine Quigley, Chief Operating Officer, TRH"),
             ("P4 Planned care and cancer", "SRO: Dr Alastair Kinnear, Medical Director, MCH"),
             ("P5 Mental health", "SRO: Dr Nkechi Ogunleye-Barr, Medical Director, EPFT"),
             ("P6 Maternity and children", "SRO: Caroline Devereux, Director of Nursing & Midwifery, TRH"),
             ("P7 Productive and sustainable hospitals", "SRO: Robert O'Halloran, Director of Finance, TRH")]
    for i, (name, sro) in enumerate(prios):
        x = 36 + (i % 2) * 450
        y = 92 + (i // 2) * 100
        box(s, x, y, 430, 90, [name, sro], size=13, bold_first=True)

    s = slide("How the priorities cover the nine national must-dos")
    head = ["National must-do", "P1", "P2", "P3", "P4", "P5", "P6", "P7"]
    marks = {2: {"P7": "●", "P2": "○", "P4": "○"}, 3: {"P2": "●", "P3": "○"},
             4: {"P3": "●", "P2": "○", "P5": "○"}, 5: {"P4": "●", "P7": "○"}, 6: {"P4": "●", "P1": "○"},
             7: {"P5": "●", "P6": "○"}, 8: {}, 9: {"P3": "○", "P6": "○"}}
    labels = {1: "1 STP: deliver the plan", 2: "2 Financial balance", 3: "3 General practice",
              4: "4 A&E and ambulance waits", 5: "5 Referral to treatment (18 weeks)", 6: "6 Cancer (62 days)",
              7: "7 Mental health", 8: "8 Learning disabilities", 9: "9 Improving quality in organisations"}
    rows = [head, [labels[1]] + ["Delivered through every priority"] + [""] * 6]
    for n in range(2, 10):
        rows.append([labels[n]] + [marks[n].get(p, "") for p in head[1:]])
    tbl = grid(s, 36, 80, 700, rows, widths=[308] + [56] * 7, size=12, row_h=30)
    tbl.cell(1, 1).merge(tbl.cell(1, 7))
    box(s, 760, 90, 170, 120, ["Key", "● lead priority", "○ contributes", "blank: no contribution"], size=12,
        bold_first=True)
    box(s, 760, 230, 170, 200, ["Must-do 8 (learning disabilities) is not led by any STP priority: it is "
                                "delivered through the Thornwick & Maddersley Transforming Care Partnership plan, "
                                "reported separately."], size=11)

    s = slide("Changes since the January STP Board")
    box(s, 36, 95, 888, 320, [
        "P3 Urgent and emergency care: Lorraine Quigley (Chief Operating Officer, TRH) steps down as SRO on "
        "31 March 2017. Tobias Wren-Hollis, Director of Strategy and Transformation, MCH, is SRO from "
        "1 April 2017.",
        "P4 Planned care and cancer: validation of the whole incomplete RTT waiting list (PTL) will now be complete "
        "by 31 March 2017, not 31/01/2017 as in the recovery plan v1.3. The Planned Care Board agreed the new "
        "date on 2 February 2017.",
        "P7 Productive and sustainable hospitals: the Carter model hospital benchmarks for both acute trusts "
        "were received on 30 January 2017.",
    ], size=15)

    s = slide("Next steps")
    grid(s, 36, 100, 888, [
        ["Action", "Lead", "By"],
        ["Directors of Finance sign the risk share agreement", "STP Finance Lead", "10/03/2017"],
        ["STP Board approves the risk share agreement", "STP Lead", "22 March 2017"],
        ["Month 6 review of every organisation against the trigger", "Directors of Finance group", "Oct-17"],
        ["Q3 review of the risk share", "STP Finance Lead", "Q3 2017/18"],
    ], widths=[520, 220, 148], size=14, row_h=40)
    box(s, 36, 330, 888, 60, ["The Board is asked to AGREE the principles on slide 4 and NOTE the control totals."],
        size=15)

    cp = prs.core_properties
    cp.author = "Robert O'Halloran"
    cp.last_modified_by = "STP PMO"
    cp.title = "STF control totals and system risk share"
    cp.created = datetime(2017, 2, 6, 9, 0, 0)
    cp.modified = datetime(2017, 2, 10, 15, 0, 0)
    cp.revision = 7
    prs.save(str(path))


# =================================================================================================================
# 05 Mental Health Five Year Forward View delivery tracker (Excel)
# =================================================================================================================
def make_mh(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F3864")
    white = Font(bold=True, color="FFFFFF")

    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Thornwick & Maddersley STP: Mental Health Five Year Forward View delivery tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"], ws["B3"] = "Position as at", date(2016, 12, 31)
    ws["A4"], ws["B4"] = "Published", date(2017, 1, 20)
    ws["A5"], ws["B5"] = "STP priority", "P5 Mental health"
    ws["A6"], ws["B6"] = "SRO", "Dr Nkechi Ogunleye-Barr, Medical Director, Ebbsworth Partnership NHS FT (EPFT)"
    ws["A7"], ws["B7"] = "Programme lead", "Marcus Venn, Head of Mental Health Commissioning, NHS Thornwick CCG"
    ws["A9"] = "How to read this tracker"
    ws["A9"].font = bold
    notes = ["Milestones: where a Revised date is shown it replaces the Planned date.",
             "Leads are shown by initials; their names are on the Contacts sheet.",
             "Investment figures are in £000.",
             "RAG: C complete, G on track, A at risk, R off track.",
             "Trajectories: months run April 2016 to March 2017; actuals are published six weeks after month end."]
    for i, n in enumerate(notes, 10):
        ws.cell(row=i, column=1, value=n)
    for cell in ("B3", "B4"):
        ws[cell].number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Milestones: MH5YFV delivery, position at 31 December 2016"
    ms["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Area", "Milestone", "Lead", "Planned date", "Revised date", "RAG", "Comment"]
    for k, h in enumerate(heads, 1):
        c = ms.cell(row=3, column=k, value=h)
        c.font, c.fill = white, head_fill
    rows = [
        ("MH01", "IAPT", "Long-term conditions IAPT service (early implementer, wave 1) live in Maddersley", "SOR",
         date(2017, 4, 1), None, "G", "Six therapists recruited"),
        ("MH02", "EIP", "Early intervention in psychosis service NICE-concordant and fully staffed", "LB",
         "Q1 2017/18", "Q2 2017/18", "A", "Two care coordinator posts vacant"),
        ("MH03", "Liaison", "Core 24 liaison psychiatry at Thornwick Royal Infirmary", "AHW", date(2018, 3, 31),
         None, "A", "Depends on the 2017/18 investment"),
        ("MH04", "Perinatal", "Specialist community perinatal mental health team live (with LMS workstream BB5)",
         "IB-P", "Oct-17", None, "A", "Subject to the wave 2 bid"),
        ("MH05", "CYP", "Children and young people's eating disorder service meets the 4-week routine standard",
         "AH", "2017/18", None, "G", ""),
        ("MH06", "Crisis", "Crisis resolution and home treatment available 24/7", "DQ", "Winter 2017/18", None, "A",
         ""),
        ("MH07", "Acute", "Inappropriate out of area placements eliminated", "MV", "2020/21", None, "R",
         "14 placements in December 2016"),
        ("MH08", "Suicide prevention", "Multi-agency suicide prevention plan published", "HG-P",
         "by end of March 2017", None, "G", "Led by Thornwick City Council public health"),
        ("MH09", "Crisis", "Crisis café opens in Maddersley town centre", "DQ", "tbc", None, "A",
         "Premises not yet found"),
        ("MH10", "Employment", "Individual placement and support (IPS) service doubled in size", "SR",
         date(2018, 4, 1), None, "G", ""),
        ("MH11", "IAPT", "IAPT therapist training cohort 3 starts", "SOR", "w/c 23 January 2017", None, "G", ""),
        ("MH12", "Dementia", "Dementia diagnosis rate at or above 66.7% for six months", "MV", "Q3 2016/17", None,
         "C", "Achieved"),
    ]
    for r, row in enumerate(rows, 4):
        for k, v in enumerate(row, 1):
            c = ms.cell(row=r, column=k, value=v)
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wdt in zip("ABCDEFGH", (8, 16, 60, 8, 16, 14, 6, 34)):
        ms.column_dimensions[col].width = wdt

    tr = wb.create_sheet("Trajectories")
    tr["A1"] = "Trajectories 2016/17: plan and actual by month"
    tr["A1"].font = Font(bold=True, size=12)
    months = [date(2016 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(4, 16)]
    tr.cell(row=3, column=1, value="Measure").font = bold
    tr.cell(row=3, column=2, value="Line").font = bold
    for k, m in enumerate(months, 3):
        c = tr.cell(row=3, column=k, value=m)
        c.number_format = "mmm-yy"
        c.font = bold
    measures = [
        ("IAPT access rate (% of prevalence, annualised)", [15.0] * 12,
         [13.1, 13.4, 13.8, 13.6, 14.0, 14.4, 14.1, 14.6, 14.2]),
        ("IAPT recovery rate (%)", [50.0] * 12, [47.2, 48.9, 46.5, 49.3, 50.4, 51.0, 48.8, 49.6, 50.2]),
        ("EIP: started treatment within 2 weeks (%)", [50.0] * 12,
         [44.0, 38.5, 52.0, 47.1, 55.6, 42.9, 50.0, 61.5, 57.1]),
        ("Dementia diagnosis rate (%)", [66.7] * 12, [67.3, 67.0, 66.2, 66.9, 67.4, 67.8, 68.0, 67.5, 67.9]),
        ("Inappropriate out of area placements (number in month)", [12, 12, 11, 11, 10, 10, 9, 9, 8, 8, 7, 7],
         [16, 15, 17, 13, 12, 15, 13, 12, 14]),
    ]
    r = 4
    for name, plan, actual in measures:
        tr.cell(row=r, column=1, value=name)
        tr.cell(row=r, column=2, value="Plan")
        for k, v in enumerate(plan, 3):
            tr.cell(row=r, column=k, value=v)
        tr.cell(row=r + 1, column=2, value="Actual")
        for k, v in enumerate(actual, 3):
            tr.cell(row=r + 1, column=k, value=v)
        r += 2
    tr.column_dimensions["A"].width = 52

    inv = wb.create_sheet("Investment")
    inv["A1"] = "MH5YFV investment by scheme (£000)"
    inv["A1"].font = Font(bold=True, size=12)
    years = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "Total"]
    inv.cell(row=3, column=1, value="Scheme").font = bold
    for k, y in enumerate(years, 2):
        inv.cell(row=3, column=k, value=y).font = bold
    lines = [("IAPT expansion (including long-term conditions IAPT)", [420, 910, 1380, 1820, 2240]),
             ("Early intervention in psychosis", [310, 385, 385, 385, 385]),
             ("Core 24 liaison psychiatry", [0, 650, 1120, 1120, 1120]),
             ("Perinatal community team", [0, 320, 640, 640, 640]),
             ("CYP mental health and eating disorders", [540, 610, 780, 920, 1060]),
             ("Crisis resolution and home treatment 24/7", [0, 280, 560, 560, 560]),
             ("IPS employment support", [60, 90, 150, 210, 210]),
             ("Suicide prevention", [25, 40, 40, 40, 40])]
    tot = [0] * 5
    for r, (name, vals) in enumerate(lines, 4):
        inv.cell(row=r, column=1, value=name)
        for k, v in enumerate(vals, 2):
            inv.cell(row=r, column=k, value=v)
        inv.cell(row=r, column=7, value=sum(vals))
        tot = [a + b for a, b in zip(tot, vals)]
    r = 4 + len(lines)
    inv.cell(row=r, column=1, value="Total").font = bold
    for k, v in enumerate(tot, 2):
        inv.cell(row=r, column=k, value=v).font = bold
    inv.cell(row=r, column=7, value=sum(tot)).font = bold
    inv.column_dimensions["A"].width = 52

    ct = wb.create_sheet("Contacts")
    ct["A1"] = "Contacts (initials used on the Milestones sheet)"
    ct["A1"].font = Font(bold=True, size=12)
    for k, h in enumerate(["Initials", "Name", "Role", "Organisation"], 1):
        c = ct.cell(row=3, column=k, value=h)
        c.font, c.fill = white, head_fill
    people = [("AH", "Amira Haddad", "CAMHS Service Manager", "EPFT"),
              ("AHW", "Dr Adrian Holt-Walker", "Consultant Liaison Psychiatrist", "EPFT"),
              ("DQ", "Declan Quayle", "Crisis Services Manager", "EPFT"),
              ("HG-P", "Dr Hamish Greaves-Patel", "Director of Public Health", "Thornwick City Council"),
              ("IB-P", "Dr Imogen Blackwood-Price", "Consultant Perinatal Psychiatrist", "EPFT"),
              ("LB", "Dr Lucy Bramhall", "Clinical Lead, Early Intervention in Psychosis", "EPFT"),
              ("MV", "Marcus Venn", "Head of Mental Health Commissioning", "NHS Thornwick CCG"),
              ("SOR", "Sean O'Rourke", "IAPT Service Manager", "EPFT"),
              ("SR", "Sarah Rudd-Morgan", "IPS Team Leader", "EPFT")]
    for r, row in enumerate(people, 4):
        for k, v in enumerate(row, 1):
            ct.cell(row=r, column=k, value=v)
    for col, wdt in zip("ABCD", (10, 28, 44, 26)):
        ct.column_dimensions[col].width = wdt

    wb.properties.creator = "Marcus Venn"
    wb.properties.lastModifiedBy = "Marcus Venn"
    wb.properties.title = "MH5YFV delivery tracker Q3 2016/17"
    wb.properties.created = datetime(2017, 1, 16, 9, 0, 0)
    wb.properties.modified = datetime(2017, 1, 20, 12, 0, 0)
    wb.save(str(path))


# =================================================================================================================
# 06 Quality Surveillance Group note of meeting (plain text)
# =================================================================================================================
QSG = """\
NHS England - North
THORNWICK & MADDERSLEY QUALITY SURVEILLANCE GROUP

Note of the meeting held on Thursday 9 March 2017, 10:00-12:30
Boardroom, Ebbsworth House, Maddersley

OFFICIAL-SENSITIVE: not for onward circulation without the Chair's agreement.
This is a note of the discussion, not verbatim minutes. Providers are named; individual
patients and staff are not.

Present
  PW    Dr Patricia Weatherall  Director of Nursing, NHS England North (Chair)
  GH    Gail Hebden             Chief Nurse, NHS Thornwick CCG
  MO'C  Maureen O'Connell       Director of Quality and Nursing, NHS Maddersley & Coldbeck CCG
  JT-S  Jonathan Tyler-Smythe   Inspection Manager, Care Quality Commission
  RK    Rosalind Kaur           Head of Quality, NHS Improvement
  BW    Brian Wolstenholme      Chief Executive, Healthwatch Thornwick
  CE    Charlotte Emsley        Quality Manager, Health Education England
  MC    Martin Cosgrove         Assistant Director of Adult Social Care, Maddersley County Council

In attendance
  RA-L  Ruth Abernethy-Lowe     Head of Midwifery, MCH (item 4)
  DF-L  Deborah Fairhurst-Lowe  Director of Operations, MCH (item 5)
  TW    Toby Whitlock           Quality Surveillance Officer, NHS England North (note)

Apologies
  Dr Hamish Greaves-Patel (Director of Public Health, Thornwick City Council)
  Moira Castellan-Reid (Healthwatch Maddersley & Coldbeck)

1. Welcome, apologies and declarations of interest
1.1 PW welcomed members. No interests were declared beyond those on the register.

2. Note of the previous meeting (8 December 2016) and action log
2.1 The note of 8 December 2016 was agreed as accurate.
2.2 QSG16/31 (EPFT out of area placements trajectory): closed; the trajectory is in the
    STP mental health tracker.
2.3 QSG16/33 (TRH sepsis audit): closed; the audit showed 91% of patients screened.

3. Provider surveillance summary
3.1 Members reviewed the summary below. "Routine" is routine surveillance; "Enhanced" means
    the QSG receives a report at every meeting; a risk summit is held where members agree
    that the risks need a single, system-wide response.

    Provider                                       Dec 2016    Mar 2017     Direction
    Thornwick Royal Hospitals NHS FT (TRH)         Routine     Routine      Same
    Maddersley & Coldbeck Hospitals NHS Trust      Routine     Enhanced     Worse
    Ebbsworth Partnership NHS FT (EPFT)            Enhanced    Enhanced     Same
    Holmbrook Care Group (nursing homes)           Enhanced    Routine      Better
    Thornwick Community Health Services CIC        Routine     Routine      Same

3.2 MCH moves to enhanced surveillance because of midwifery staffing and the growth in
    52-week waits. EPFT stays on enhanced surveillance while out of area placements remain
    high.

4. Maternity at Maddersley & Coldbeck Hospitals
4.1 RA-L reported 19.0 WTE midwife vacancies at MCH (27.5 WTE across the LMS). Agency
    midwives covered 11% of shifts in February 2017.
4.2 Because of these vacancies the first continuity of carer team (the Rosehip team at
    Maddersley) will now go live in Sep-17, not Apr-17 as in the LMS draft plan v0.6. The
    LMS Board agreed the new date on 2 March 2017. The Willow Birth Centre closed to
    admissions on four occasions in February 2017.
4.3 Members agreed that a risk summit on maternity at MCH should be held in w/c 27 March
    2017, chaired by NHS Improvement (RK), with the LMS SRO and both CCGs.
4.4 The Saving Babies' Lives care bundle is on track in both units for the end of March.

5. Elective waits and clinical harm
5.1 DF-L reported 41 patients waiting more than 52 weeks at MCH at the end of February
    2017, up from 27 across the footprint in October 2016, mostly in trauma and orthopaedics.
5.2 Clinical harm reviews: 21 reviews of 52-week waiters have been completed; no harm was
    found in 19, and 2 found moderate harm and have been reported as serious incidents.
5.3 Validation of the waiting list is now due to finish by 31 March 2017.
5.4 Members asked for the themes of the harm reviews at the next meeting.

6. Mental health
6.1 MO'C reported 14 inappropriate out of area placements in February 2017. Two deaths of
    patients placed out of area are under investigation by the receiving providers.
6.2 EIP: 57.1% of patients started treatment within two weeks in December 2016.

7. Primary care and care homes
7.1 GH reported that two Coldbeck practices are in the practice resilience programme and
    one has had a Requires Improvement rating from the CQC.
7.2 JT-S said the CQC will inspect Coldbeck Community Hospital in the spring; the date has
    not yet been fixed. He will share it with members once it is.
7.3 Holmbrook Care Group has improved and returns to routine surveillance.

8. Any other business
8.1 HEE (CE) will bring the midwifery and nursing workforce supply data for the footprint
    to the June meeting.

Action log
    Ref       Action                                                     Owner   Due
    QSG17/09  Midwife vacancy and recruitment trajectory for MCH         RA-L    6 April 2017
    QSG17/10  Themes from the 52-week clinical harm reviews              DF-L    next QSG
    QSG17/11  Share the date of the Coldbeck Community Hospital          JT-S    24/03/2017
              inspection with members
    QSG17/12  Out of area placements recovery trajectory (EPFT)          MO'C    8 June 2017
    QSG17/13  Terms of reference for the MCH maternity risk summit       RK      w/c 20 March 2017
    QSG17/14  Workforce supply data (midwifery and nursing)              CE      8 June 2017

Date of next meeting: Thursday 8 June 2017, 10:00, Kirkgate House, Thornwick.

Note taken by Toby Whitlock, Quality Surveillance Officer. Agreed by the Chair on 16 March 2017.
"""


def make_qsg(path: Path) -> None:
    path.write_text(QSG, encoding="utf-8")


# =================================================================================================================
def fix_zip(path: Path, when: tuple) -> None:
    """Rewrite an Office file's zip with fixed entry times and pinned core dates: same bytes every run."""
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2",
                              text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    make_rtt(OUT / F_RTT)
    make_lms(OUT / F_LMS)
    make_pccc(OUT / F_PCC)
    fix_zip(OUT / F_PCC, (2016, 12, 13, 16, 30, 0))
    make_stf(OUT / F_STF)
    fix_zip(OUT / F_STF, (2017, 2, 10, 15, 0, 0))
    make_mh(OUT / F_MH)
    fix_zip(OUT / F_MH, (2017, 1, 20, 12, 0, 0))
    make_qsg(OUT / F_QSG)
    for p in sorted(OUT.iterdir()):
        print(f"{p.name}  {p.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
