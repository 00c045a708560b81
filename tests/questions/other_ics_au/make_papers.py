"""Write the Ravelsham & Quarlby STP papers (forty-seventh imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, each in a document genre no earlier bank used:
  01 joint commissioning intentions (PDF, platypus): portrait prose pages and landscape tables; the intentions table has
     a two-row merged header ("Timing" over "Formal notice" / "Takes effect") and runs over two pages under a repeated
     header; commissioning leads are posts whose holders are only in Annex B, programmes are codes whose names and SROs
     are only in Annex C; Annex A is a must-do matrix (must-dos down, programme codes across under a merged band,
     "✔✔" lead / "✔" contributes, must-do 1 one merged cell, must-do 8 empty) with the supporting intentions listed;
  02 job description and person specification (PDF, canvas): a key-facts grid of positioned label / value text, an
     org chart of boxes and connector lines, numbered duties under headings, a person specification table with
     section bands and a merged "Assessed by" header over A / I / P tick columns;
  03 Lean A3 problem-solving reports (PowerPoint, A3 landscape slides): one A3 per problem, numbered boxes (background,
     current condition, target, root causes, countermeasures as a real table, follow-up), stored right column first;
     owners and the "Who" column are posts, named only on the event team slide;
  04 programme posts recruitment tracker (Excel): merged bands over a two-row header, real dates mixed with text dates,
     one-letter status codes and host codes explained on a Key sheet, interim cover, a funding sheet in £000;
  05 project closure report (Word): a document control table, a plan / actual table under merged headers, an
     objectives table with Yes / Partly, follow-on actions handed to posts, lettered board decisions, lessons as lists
     under headings, a sign-off table;
  06 intranet blog post with comments (Markdown): the STP Lead's post with a correction box and a strike-through date,
     then a comments thread with replies from post-holders.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.util import Mm
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVBI", str(FONTS / "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

TEAL = colors.HexColor("#00607A")
PALE = colors.HexColor("#E3F0F3")
GREY = colors.HexColor("#7F7F7F")

FILES = {
    "ci": "01_RQ_Joint_Commissioning_Intentions_2017-19_30Sep2016.pdf",
    "jd": "02_RQ_STP_Programme_Director_Job_Description_Nov2016.pdf",
    "a3": "03_RQ_UEC_Rapid_Improvement_Event_A3_Reports_19Jan2017.pptx",
    "rt": "04_RQ_STP_Programme_Posts_Recruitment_Tracker_28Feb2017.xlsx",
    "cr": "05_RQ_D2A_Pilot_Project_Closure_Report_24Mar2017.docx",
    "bl": "06_RQ_Intranet_STP_Lead_Blog_Six_Months_On_12Apr2017.md",
}

# ---------------------------------------------------------------------------------------------------------------
# 01 Joint commissioning intentions (PDF)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO, title
    ("HL", "Healthy Lives", "Dr Tamsin Abbotsley", "Director of Public Health, Quarlby County Council"),
    ("CCN", "Community Care Networks", "Gideon Blackthorne", "Accountable Officer, North Quarlby CCG"),
    ("UEC", "Urgent & Emergency Care", "Hermione Drinkwater", "Chief Operating Officer, Quarlby Hospitals NHS Trust"),
    ("ECC", "Elective & Cancer Care", "Barnaby Fotheringale", "Accountable Officer, Quarlby & Wendmarsh CCG"),
    ("MW", "Mental Wellbeing", "Leontine Asquith-Mbeki", "Chief Executive, Ashlowe Partnership NHS Foundation Trust"),
    ("CSS", "Clinical Services Strategy", "Ambrose Tenniswood",
     "STP Lead; Chief Executive, Ravelsham General Hospital NHS Foundation Trust"),
]
ENABLERS = [
    ("Digital", "Local Digital Roadmap", "Oriel Stannage", "Chief Information Officer, Quarlby Hospitals NHS Trust"),
    ("Workforce", "Workforce and organisational development", "Hamish Tulliver",
     "Director of Workforce and OD, Ravelsham General Hospital NHS Foundation Trust"),
    ("Estates", "Estates and infrastructure", "To be confirmed", ""),
]
LEADS = [  # post as written in Table 1, post-holder
    ("Director of Commissioning (Ravelsham CCG)", "Annwyl Pritchard-Dove"),
    ("Head of Urgent Care (Q&W CCG)", "Solomon Threlkeld"),
    ("Head of Primary Care (NQ CCG)", "Imogen Sparrowhawk"),
    ("Head of Planned Care (Q&W CCG)", "Marisol Treadgold"),
    ("Mental Health Commissioning Manager", "Thaddeus Orpwood"),
    ("Consultant in Public Health (QCC)", "Dr Hywel Gathercole"),
]
INTENTIONS = [
    # ref, intention, programme, effect, lead post, formal notice, takes effect
    ("CI-01", "Adult tier 2 weight management: one service specification across the three CCGs, replacing three "
     "separate contracts", "HL", "N", "Consultant in Public Health (QCC)", "31/12/2016", "1 July 2017"),
    ("CI-02", "Smoking in pregnancy: carbon monoxide screening at booking and opt-out referral to stop-smoking support",
     "HL", "V", "Consultant in Public Health (QCC)", "Q3 2016/17", "Q1 2017/18"),
    ("CI-03", "Community Care Networks: community nursing, therapy and social care teams aligned to 11 networks",
     "CCN", "V", "Head of Primary Care (NQ CCG)", "31/10/2016", "Wave 1 (4 networks): 1 April 2017; all 11: 2018/19"),
    ("CI-04", "Extended access to general practice, 8am to 8pm on weekdays and Saturday mornings, from a hub in each "
     "network", "CCN", "N", "Head of Primary Care (NQ CCG)", "Q3 2016/17", "01/10/2017"),
    ("CI-05", "Enhanced health in care homes: a named practice and a weekly multidisciplinary round for every home",
     "CCN", "V", "Head of Primary Care (NQ CCG)", "–", "Q2 2017/18"),
    ("CI-06", "Urgent treatment centre at Quarlby Royal Infirmary, open 8am to midnight; the Cobb Street walk-in "
     "centre contract ends when it opens", "UEC", "N / D", "Head of Urgent Care (Q&W CCG)", "31/03/2017",
     "01/10/2017"),
    ("CI-07", "Integrated NHS 111 and GP out-of-hours clinical assessment service", "UEC", "N",
     "Head of Urgent Care (Q&W CCG)", "30/11/2016", "April 2018"),
    ("CI-08", "Discharge to assess, pathway 1: pilot at Ravelsham General Hospital, then both acute trusts", "UEC", "P",
     "Head of Urgent Care (Q&W CCG)", "–", "Pilot from Winter 2016/17"),
    ("CI-09", "Musculoskeletal single point of access with physiotherapy-led triage", "ECC", "N",
     "Head of Planned Care (Q&W CCG)", "31/12/2016", "Q2 2017/18"),
    ("CI-10", "Advice and guidance before a first outpatient referral in six specialties", "ECC", "V",
     "Head of Planned Care (Q&W CCG)", "–", "1 April 2017"),
    ("CI-11", "Straight-to-test for suspected colorectal cancer", "ECC", "V", "Head of Planned Care (Q&W CCG)", "–",
     "Q3 2017/18"),
    ("CI-12", "Psychiatric liaison at Quarlby Royal Infirmary to the Core 24 standard", "MW", "V",
     "Mental Health Commissioning Manager", "31/12/2016", "2018/19"),
    ("CI-13", "Crisis resolution and home treatment available 24 hours a day, seven days a week", "MW", "V",
     "Mental Health Commissioning Manager", "–", "Q2 2017/18"),
    ("CI-14", "Hyper-acute stroke services on a single site, subject to public consultation", "CSS", "D / N",
     "Director of Commissioning (Ravelsham CCG)", "tbc", "time frame as yet unknown"),
    ("CI-15", "One pathology network across both acute trusts", "CSS", "V", "Director of Commissioning (Ravelsham CCG)",
     "–", "2018/19"),
]
MUSTDOS = [
    (1, "Deliver an agreed, high-quality STP"),
    (2, "Return the system to aggregate financial balance"),
    (3, "Sustainability and quality of general practice"),
    (4, "A&E 4-hour standard and ambulance response times"),
    (5, "Referral to treatment within 18 weeks"),
    (6, "Cancer: 62-day standard and the Taskforce"),
    (7, "Mental health: access standards and Core 24"),
    (8, "Transforming care for people with learning disabilities"),
    (9, "Improving quality: special measures and safety"),
]
MAPPING = {  # must-do -> {programme code: "L" lead | "C" contributes}, and the intentions listed against it
    2: ({"CSS": "L", "CCN": "C", "ECC": "C"}, "CI-03, CI-09, CI-10, CI-15"),
    3: ({"CCN": "L", "HL": "C"}, "CI-04, CI-05"),
    4: ({"UEC": "L", "CCN": "C", "MW": "C"}, "CI-05, CI-06, CI-07, CI-08, CI-12"),
    5: ({"ECC": "L"}, "CI-09, CI-10"),
    6: ({"ECC": "L", "HL": "C"}, "CI-02, CI-11"),
    7: ({"MW": "L", "UEC": "C"}, "CI-12, CI-13"),
    8: ({}, "None: delivered through the Transforming Care Partnership plan"),
    9: ({"UEC": "C", "CSS": "C"}, "CI-06, CI-14"),
}
MARK = {"L": "✔✔", "C": "✔"}


def esc(text):
    return text.replace("&", "&amp;")


def styles():
    base = dict(fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    return {
        "body": ParagraphStyle("body", spaceAfter=6, **base),
        "bullet": ParagraphStyle("bullet", leftIndent=14, bulletIndent=2, spaceAfter=3, bulletFontName="DV", **base),
        "h1": ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8,
                             spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName="DV", fontSize=10.5, leading=14, textColor=GREY, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName="DV", fontSize=9.2, leading=11.6),
        "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=9.2, leading=11.6, textColor=colors.white),
        "note": ParagraphStyle("note", fontName="DVI", fontSize=8, leading=10.5, spaceBefore=4, textColor=GREY),
    }


def intentions_pdf(path):
    st = styles()

    def on_page(c, doc):
        w, h = c._pagesize
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, h - 26, w, 26, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 8.5)
        c.drawString(36, h - 17, "Ravelsham & Quarlby STP footprint  |  Joint Commissioning Intentions 2017/18 and "
                                 "2018/19")
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(36, 20, "Issued to providers 30 September 2016. Official.")
        c.drawRightString(w - 36, 20, f"Page {doc.page}")
        c.restoreState()

    pw, ph = A4
    lw, lh = landscape(A4)
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Joint Commissioning Intentions 2017/18 and 2018/19",
                          author="Ravelsham CCG, Quarlby & Wendmarsh CCG, North Quarlby CCG",
                          subject="Commissioning intentions")
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(50, 44, pw - 100, ph - 44 - 50, id="p")], onPage=on_page, pagesize=A4),
        PageTemplate("landscape", [Frame(36, 40, lw - 72, lh - 40 - 44, id="l")], onPage=on_page,
                     pagesize=landscape(A4)),
    ])
    P = Paragraph
    s = []
    s += [P("Joint Commissioning Intentions 2017/18 and 2018/19", st["h1"]),
          P("Ravelsham CCG, Quarlby &amp; Wendmarsh CCG and North Quarlby CCG, for the Ravelsham &amp; Quarlby "
            "Sustainability and Transformation Plan footprint", st["sub"]),
          P("Issued to providers: 30 September 2016", st["sub"]),
          P("1. Purpose", st["h2"]),
          P("This document sets out what the three clinical commissioning groups (CCGs) of the Ravelsham &amp; Quarlby "
            "footprint intend to commission, change or stop in 2017/18 and 2018/19. It is issued to every provider "
            "ahead of the two-year contract round. Contracts for both years are to be signed by 23 December 2016.",
            st["body"]),
          P("2. Our footprint", st["h2"]),
          P("The footprint serves a registered population of 842,300 people. The three CCGs' combined allocation for "
            "2016/17 is £1,108m. If nothing changes, the health and care system faces a financial gap of £163.4m by "
            "2020/21: £131.9m in the NHS and £31.5m in social care.", st["body"]),
          P("The intentions below are the commissioning side of the six programmes of our Sustainability and "
            "Transformation Plan, which will be submitted to NHS England and NHS Improvement on 21 October 2016. "
            "The Ravelsham &amp; Quarlby Partnership Board, chaired by its Independent Chair, Margery Illingsworth, "
            "agreed these intentions at its meeting on 22 September 2016. The STP Lead is Ambrose Tenniswood, Chief "
            "Executive of Ravelsham General Hospital NHS Foundation Trust.", st["body"]),
          P("3. How to read Table 1", st["h2"])]
    for b in ["<b>Ref</b>: CI-01 to CI-15. The same references will be used in contract schedules.",
              "<b>Prog.</b>: the STP programme the intention belongs to, by its code. Programme names and Senior "
              "Responsible Owners are in Annex C.",
              "<b>Effect</b> on contracts: N = new service, to be procured; V = variation to an existing contract; "
              "D = service to be decommissioned; P = pilot, funded non-recurrently.",
              "<b>Commissioning lead</b>: the post responsible for the intention. Post-holders are listed in Annex B.",
              "<b>Timing</b>: when providers will receive formal notice, and when the change takes effect. Quarters "
              "are NHS financial-year quarters (Q1 is April to June). A dash means no formal notice is needed "
              "because the change is a variation agreed with the provider."]:
        s.append(P(b, st["bullet"], bulletText="•"))
    s += [P("4. The main changes for providers", st["h2"]),
          P("The largest single change is the urgent treatment centre at Quarlby Royal Infirmary (CI-06). When it "
            "opens, the contract for the Cobb Street walk-in centre will end. Providers of community services should "
            "note the move to Community Care Networks (CI-03), which starts with four networks and reaches all 11 in "
            "2018/19. Changes to stroke services (CI-14) cannot be made until after a public consultation.",
            st["body"]),
          P("Annex A shows how the intentions line up with the nine national must-dos of the 2016/17 planning "
            "guidance.", st["body"]),
          NextPageTemplate("landscape"), PageBreak()]

    s.append(P("Table 1: Commissioning intentions by STP programme", st["h2"]))
    hdr = [P(t, st["cellb"]) for t in ["Ref", "Commissioning intention", "Prog.", "Effect", "Commissioning lead",
                                       "Timing", ""]]
    hdr2 = ["", "", "", "", "", P("Formal notice", st["cellb"]), P("Takes effect", st["cellb"])]
    rows = [hdr, hdr2] + [[P(esc(c), st["cell"]) for c in r] for r in INTENTIONS]
    t = Table(rows, colWidths=[44, 250, 44, 48, 150, 96, 138], repeatRows=2)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("BACKGROUND", (0, 0), (-1, 1), TEAL),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)),
        ("SPAN", (4, 0), (4, 1)), ("SPAN", (5, 0), (6, 0)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, PALE]),
        ("TOPPADDING", (0, 2), (-1, -1), 5), ("BOTTOMPADDING", (0, 2), (-1, -1), 6),
    ]))
    s += [t, P("Timings are those agreed by the Partnership Board on 22 September 2016. Any later change will be "
               "notified to providers in writing.", st["note"]),
          PageBreak()]

    s.append(P("Annex A: our intentions and the nine national must-dos", st["h2"]))
    codes = [p[0] for p in PROGRAMMES]
    head = [P("National must-do (2016/17 planning guidance)", st["cellb"]),
            P("STP programme (names in Annex C)", st["cellb"])] + [""] * 5 + [P("Intentions", st["cellb"])]
    head2 = [""] + [P(c, st["cellb"]) for c in codes] + [""]
    mrows = [head, head2]
    for n, text in MUSTDOS:
        if n == 1:
            mrows.append([P(esc(f"{n}. {text}"), st["cell"]), P("All six programmes", st["cell"])] + [""] * 5
                         + [P("All", st["cell"])])
            continue
        marks, ci = MAPPING[n]
        mrows.append([P(esc(f"{n}. {text}"), st["cell"])] + [MARK.get(marks.get(c), "") for c in codes]
                     + [P(ci, st["cell"])])
    t = Table(mrows, colWidths=[290] + [52] * 6 + [168])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GREY),
        ("BACKGROUND", (0, 0), (-1, 1), TEAL),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (6, 0)), ("SPAN", (7, 0), (7, 1)),
        ("SPAN", (1, 2), (6, 2)),
        ("BACKGROUND", (1, 2), (6, 2), PALE),
        ("FONT", (1, 3), (6, -1), "DV", 11),
        ("TEXTCOLOR", (1, 3), (6, -1), TEAL),
        ("LEFTPADDING", (1, 1), (6, -1), 14),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 2), (-1, -1), 7), ("BOTTOMPADDING", (0, 2), (-1, -1), 7),
    ]))
    s += [t, Spacer(1, 8),
          P("Key: ✔✔ = lead programme for the must-do;  ✔ = contributes;  blank = no contribution.", st["body"]),
          P("Must-do 8 is not the subject of any commissioning intention of the STP: services for people with "
            "learning disabilities are commissioned through the Transforming Care Partnership plan, which the three "
            "CCGs agreed with the two councils in June 2016.", st["body"]),
          NextPageTemplate("portrait"), PageBreak()]

    s.append(P("Annex B: commissioning leads", st["h2"]))
    brow = [[P("Post (as in Table 1)", st["cellb"]), P("Post-holder", st["cellb"])]]
    brow += [[P(esc(a), st["cell"]), P(b, st["cell"])] for a, b in LEADS]
    t = Table(brow, colWidths=[250, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GREY), ("BACKGROUND", (0, 0), (-1, 0), TEAL)]))
    s += [t, P("Q&amp;W = Quarlby &amp; Wendmarsh; NQ = North Quarlby; QCC = Quarlby County Council. The Mental Health "
               "Commissioning Manager is hosted by Ravelsham CCG and works for all three CCGs.", st["note"])]

    s.append(P("Annex C: STP programmes and enablers", st["h2"]))
    crow = [[P("Code", st["cellb"]), P("Programme", st["cellb"]), P("Senior Responsible Owner (SRO)", st["cellb"])]]
    crow += [[P(c, st["cell"]), P(esc(n), st["cell"]), P(esc(f"{sro}, {title}"), st["cell"])]
             for c, n, sro, title in PROGRAMMES]
    crow += [[P(f"<i>{c}</i>", st["cell"]), P(f"<i>Enabler: {n}</i>", st["cell"]),
              P(f"{sro}, {title}" if title else sro, st["cell"])] for c, n, sro, title in ENABLERS]
    t = Table(crow, colWidths=[68, 150, 277])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GREY), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)

    s.append(P("Glossary", st["h2"]))
    for term, text in [
        ("Community Care Network", "a group of neighbouring GP practices serving between 60,000 and 90,000 "
         "registered patients, with community nursing, therapy and social care teams working to the same population."),
        ("Discharge to assess", "funding and supporting people to leave hospital when they are well enough, and "
         "assessing their longer-term needs at home rather than on a ward."),
        ("Straight-to-test", "a suspected cancer referral that goes directly to a diagnostic test, without a first "
         "outpatient appointment."),
        ("Core 24", "a liaison psychiatry service in an acute hospital, available 24 hours a day, seven days a week.")]:
        s.append(P(f"<b>{term}</b>: {text}", st["bullet"], bulletText="•"))
    doc.build(s)


# ---------------------------------------------------------------------------------------------------------------
# 02 Job description and person specification (PDF)
# ---------------------------------------------------------------------------------------------------------------
JD_KEY = [
    [("Job title", "STP Programme Director"), ("Band", "Agenda for Change Band 9"),
     ("Salary", "£98,453 to £102,903 a year"), ("Hours", "37.5 a week (full time)"),
     ("Contract", "Fixed term to 31 March 2019; secondment considered")],
    [("Host employer", "Quarlby Hospitals NHS Trust"), ("Base", "Quarlby House, Wendmarsh Road, Quarlby"),
     ("Accountable to", "STP Lead"), ("Responsible for", "Head of PMO; six Programme Managers"),
     ("Job reference", "382-RQ-1116")],
]
DUTIES = [
    ("Leadership", [
        "Lead the STP Programme Management Office (PMO) and line manage the Head of PMO.",
        "Agree with each of the six programme SROs a delivery plan with named owners, milestones and benefits.",
        "Act for the STP Lead at meetings of the Partnership Board when asked."]),
    ("Delivery and assurance", [
        "Keep one milestone plan for the whole STP and report progress to the Partnership Board every month.",
        "Send the STP Lead a monthly highlight report by the 10th working day of each month.",
        "Escalate to the STP Lead any milestone more than one quarter late."]),
    ("Finance", [
        "Hold the STP programme support budget (£1.68m in 2017/18) and report spend to the Finance Directors' group.",
        "Make sure every programme's savings are counted once, in one finance plan."]),
    ("Engagement", [
        "Lead staff and public engagement on the plan with the communications and engagement lead.",
        "Be the STP's day-to-day contact for the NHS England and NHS Improvement regional teams."]),
]
RELATIONSHIPS = ["Programme SROs and clinical leads", "Chief executives and accountable officers of the nine "
                 "partner organisations", "NHS England and NHS Improvement regional teams",
                 "Healthwatch Ravelsham and Healthwatch Quarlby", "The Local Medical Committee"]
PERSON_SPEC = [  # section, [(criterion, essential?, desirable?, assessed by: A, I, P)]
    ("Qualifications", [("Master's degree, or equivalent experience", 1, 0, "A"),
                        ("Managing Successful Programmes (MSP) Practitioner", 0, 1, "A")]),
    ("Experience", [("Senior leadership of a change programme across several organisations", 1, 0, "AI"),
                    ("Working with a partnership or system board", 1, 0, "I"),
                    ("NHS commissioning or provider finance", 0, 1, "AI")]),
    ("Knowledge", [("The Five Year Forward View and the 2016/17 planning guidance, including the nine must-dos",
                    1, 0, "IP"),
                   ("Programme and benefits management methods", 1, 0, "AI")]),
    ("Skills and attributes", [("Presents complex information clearly to a board", 1, 0, "P"),
                               ("Builds trust between organisations with different interests", 1, 0, "I"),
                               ("Full driving licence, or able to travel across the footprint", 1, 0, "A")]),
]


def jd_pdf(path):
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("STP Programme Director: job description and person specification")
    c.setAuthor("Ravelsham & Quarlby STP")
    cell = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=9, leading=11.5, textColor=colors.white)
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13.5, spaceAfter=5)
    h2 = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
    num = ParagraphStyle("n", parent=body, leftIndent=18, bulletIndent=0, bulletFontName="DV")

    def frame_page(n):
        c.setFillColor(TEAL)
        c.rect(0, H - 64, W, 64, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 12)
        c.drawString(40, H - 28, "Ravelsham & Quarlby Sustainability and Transformation Plan")
        c.setFont("DV", 10)
        c.drawString(40, H - 46, "Job description and person specification")
        c.drawRightString(W - 40, H - 46, "Job ref 382-RQ-1116")
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(40, 24, "STP Programme Director  |  Job description  |  November 2016")
        c.drawRightString(W - 40, 24, f"Page {n} of 3")
        c.setFillColor(colors.black)

    # page 1: key facts grid, closing strip, org chart, purpose
    frame_page(1)
    c.setFont("DVB", 22)
    c.setFillColor(TEAL)
    c.drawString(40, H - 104, "STP Programme Director")
    c.setFillColor(colors.black)
    for col, pairs in enumerate(JD_KEY):
        x = 40 + col * 270
        y = H - 140
        for label, value in pairs:
            c.setFont("DVB", 7.5)
            c.setFillColor(GREY)
            c.drawString(x, y, label.upper())
            c.setFillColor(colors.black)
            p = Paragraph(value, cell)
            _, ph = p.wrap(250, 60)
            p.drawOn(c, x, y - 4 - ph)
            y -= 40
    c.setFillColor(PALE)
    c.rect(40, H - 366, W - 80, 46, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for x, y, label, value in [(50, H - 336, "Closing date:", "midnight, Sunday 4 December 2016"),
                               (50, H - 354, "Informal enquiries:",
                                "the interim STP Programme Director, telephone 01632 960447"),
                               (310, H - 336, "Interviews:", "Thursday 15 December 2016")]:
        c.setFont("DVB", 9)
        c.drawString(x, y, label)
        c.setFont("DV", 9)
        c.drawString(x + pdfmetrics.stringWidth(label, "DVB", 9) + 6, y, value)
    c.setFont("DVB", 11.5)
    c.setFillColor(TEAL)
    c.drawString(40, H - 396, "Where the post sits")
    boxes = {
        "board": (190, H - 450, 215, 38, ["Ravelsham & Quarlby Partnership Board", "Independent Chair"]),
        "lead": (190, H - 510, 215, 38, ["STP Lead", "Chief executive of a partner trust"]),
        "pd": (190, H - 570, 215, 38, ["STP Programme Director", "(this post)"]),
        "sro": (430, H - 570, 125, 38, ["Programme SROs (6)", "dotted line"]),
        "pmo": (110, H - 640, 165, 38, ["Head of PMO", "Band 8c"]),
        "pm": (320, H - 640, 165, 38, ["Programme Managers (6)", "Band 8b"]),
    }
    c.setStrokeColor(GREY)
    c.setLineWidth(0.8)
    for a, b in [("board", "lead"), ("lead", "pd")]:
        xa, ya, wa, _, _ = boxes[a]
        c.line(xa + wa / 2, ya, xa + wa / 2, boxes[b][1] + boxes[b][3])
    xp, yp, wp, _, _ = boxes["pd"]
    c.line(xp + wp / 2, yp, xp + wp / 2, yp - 16)
    c.line(192, yp - 16, 402, yp - 16)
    c.line(192, yp - 16, 192, boxes["pmo"][1] + 38)
    c.line(402, yp - 16, 402, boxes["pm"][1] + 38)
    c.setDash(3, 3)
    c.line(xp + wp, yp + 19, boxes["sro"][0], yp + 19)
    c.setDash()
    for key, (x, y, w, h, lines) in boxes.items():
        c.setFillColor(TEAL if key == "pd" else PALE)
        c.roundRect(x, y, w, h, 4, stroke=0, fill=1)
        c.setFillColor(colors.white if key == "pd" else colors.black)
        c.setFont("DVB", 8.5)
        c.drawCentredString(x + w / 2, y + h - 15, lines[0])
        c.setFont("DV", 8)
        c.drawCentredString(x + w / 2, y + h - 28, lines[1])
    c.setFillColor(colors.black)
    f = Frame(40, 50, W - 80, H - 660 - 50, showBoundary=0)
    f.addFromList([Paragraph("Job purpose", h2), Paragraph(
        "To lead the day-to-day delivery of the Ravelsham &amp; Quarlby STP across its six programmes and three "
        "enablers, so that the plan submitted on 21 October 2016 becomes a programme of work with clear owners, "
        "milestones and benefits, and so that the Partnership Board always has an accurate view of progress.",
        body)], c)
    c.showPage()

    # page 2: duties under headings, relationships
    frame_page(2)
    story = [Paragraph("Main duties", h2)]
    k = 0
    for head, items in DUTIES:
        story.append(Paragraph(f"<b>{head}</b>", body))
        for item in items:
            k += 1
            story.append(Paragraph(item, num, bulletText=f"{k}."))
    story.append(Paragraph("Key working relationships", h2))
    for r in RELATIONSHIPS:
        story.append(Paragraph(r, num, bulletText="•"))
    Frame(40, 50, W - 80, H - 64 - 60, showBoundary=0).addFromList(story, c)
    c.showPage()

    # page 3: person specification with a merged "Assessed by" header and section bands
    frame_page(3)
    rows = [[Paragraph("Criteria", cellb), Paragraph("Essential", cellb), Paragraph("Desirable", cellb),
             Paragraph("Assessed by", cellb), "", ""],
            ["", "", "", Paragraph("A", cellb), Paragraph("I", cellb), Paragraph("P", cellb)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, GREY), ("BACKGROUND", (0, 0), (-1, 1), TEAL),
             ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (5, 0)),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (1, 2), (-1, -1), "DV", 10)]
    for section, crits in PERSON_SPEC:
        r = len(rows)
        rows.append([Paragraph(f"<b>{section}</b>", cell), "", "", "", "", ""])
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), PALE)]
        for crit, ess, des, by in crits:
            rows.append([Paragraph(crit, cell), "✔" if ess else "", "✔" if des else ""]
                        + ["✔" if x in by else "" for x in "AIP"])
    t = Table(rows, colWidths=[295, 62, 62, 32, 32, 32])
    t.setStyle(TableStyle(style))
    story = [Paragraph("Person specification", h2), t, Spacer(1, 6),
             Paragraph("A = application form; I = interview; P = presentation to the panel on the day of "
                       "interview.", body),
             Paragraph("Selection process", h2),
             Paragraph("Shortlisting will take place in the week commencing 5 December 2016. Interviews, with a "
                       "15-minute presentation, will be held on Thursday 15 December 2016 at Quarlby House. The panel "
                       "will be chaired by the Independent Chair of the Partnership Board and will include the STP "
                       "Lead and one programme SRO.", body),
             Paragraph("The successful candidate will be expected to start as soon as possible, and no later than "
                       "April 2017. The interim STP Programme Director will remain in post until then.", body)]
    Frame(40, 50, W - 80, H - 64 - 60, showBoundary=0).addFromList(story, c)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------------------------
# 03 Lean A3 problem-solving reports (PowerPoint, A3 landscape)
# ---------------------------------------------------------------------------------------------------------------
A3S = [
    {
        "id": "A3-1", "title": "Ambulance handover delays at Quarlby Royal Infirmary",
        "meta": "A3 owner: Head of Patient Flow, QRI   |   Coach: PMO Improvement Lead   |   Must-do: 4 (A&E and "
                "ambulance)   |   Version 3, 19/01/2017",
        "background": ["Ambulance crews wait too long to hand patients over at the QRI emergency department, so they "
                       "are not free for the next 999 call."],
        "current": ("2. Current condition (December 2016)",
                    ["4,015 ambulance arrivals at QRI", "1,142 handovers took longer than 30 minutes",
                     "Average handover: 41 minutes (standard: 15 minutes)", "1,066 crew hours lost"]),
        "target": ["No handover longer than 60 minutes from 1 March 2017",
                   "95% of handovers within 15 minutes by end of September 2017"],
        "causes": ["No free cubicle when the crew arrives: majors is full by 11:00 most days",
                   "Nobody in charge of handovers at peak times",
                   "Patients who could sit are kept on trolleys"],
        "counter": [("1", "Rapid assessment and treatment (RAT) bay staffed 10:00-22:00", "ED Clinical Director",
                     "w/c 30 Jan 2017", "Agreed"),
                    ("2", "Hospital ambulance liaison officer (HALO) on every shift",
                     "Marchland Ambulance Service locality manager", "1 Feb 2017", "Agreed"),
                    ("3", "'Fit to sit' area of 8 chairs for patients who can walk", "ED Matron", "13/02/17",
                     "Proposed")],
        "follow": ["Progress check at the A&E Delivery Board, Thursday 2 March 2017",
                   "Full review at day 90: w/c 17 April 2017"],
    },
    {
        "id": "A3-2", "title": "Delayed transfers of care at Ravelsham General Hospital",
        "meta": "A3 owner: Head of Patient Flow, RGH   |   Coach: PMO Improvement Lead   |   Must-dos: 4 and 2   |   "
                "Version 2, 19/01/2017",
        "background": ["Patients who are medically fit to leave RGH wait on wards for assessment, a package of care "
                       "or a care home place."],
        "current": ("2. Current condition (snapshot 9 January 2017)",
                    ["74 delayed patients: 8.1% of occupied beds", "2,212 delayed days in December 2016",
                     "46% of delays are waits for a package of care at home"]),
        "target": ["Delayed transfers below 3.5% of occupied beds by 31 March 2017"],
        "causes": ["Assessment for long-term care happens on the ward, not at home",
                   "Care homes each insist on their own assessment",
                   "No daily call between the hospital, council and community teams"],
        "counter": [("1", "Extend the discharge to assess (D2A) pathway 1 pilot to 28 February 2017",
                     "D2A project manager", "Feb-17", "Agreed"),
                    ("2", "Trusted assessor for care homes", "Head of Adult Social Care, RBC", "Mar-17", "Proposed"),
                    ("3", "Daily multi-agency discharge call at 09:30", "Head of Patient Flow, RGH", "from 23/01/17",
                     "Agreed")],
        "follow": ["Weekly delayed transfers report to the UEC Programme Board",
                   "Progress check at the A&E Delivery Board, Thursday 2 March 2017"],
    },
    {
        "id": "A3-3", "title": "Mental health crisis waits in the QRI emergency department",
        "meta": "A3 owner: Service Director, Acute and Crisis Care (Ashlowe)   |   Coach: PMO Improvement Lead   |   "
                "Must-dos: 7 and 4   |   Version 1, 19/01/2017",
        "background": ["People in a mental health crisis who come to the QRI emergency department wait many hours "
                       "for a specialist assessment."],
        "current": ("2. Current condition (December 2016)",
                    ["Median wait from referral to mental health assessment: 5 hours 50 minutes",
                     "38 people waited more than 12 hours in the department"]),
        "target": ["80% of people assessed by liaison psychiatry within 1 hour of referral by Q4 2017/18 (Core 24)"],
        "causes": ["Liaison psychiatry covers 09:00-17:00 on weekdays only",
                   "No alternative to the emergency department out of hours"],
        "counter": [("1", "Liaison psychiatry cover extended to 22:00, seven days a week",
                     "Liaison Psychiatry Consultant", "April 2017", "Agreed"),
                    ("2", "Crisis café in Quarlby town centre as an alternative to the emergency department",
                     "Mental Health Commissioning Manager", "Summer 2017", "Proposed"),
                    ("3", "Review of section 136 suite staffing", "Service Director, Acute and Crisis Care",
                     "end of Feb 2017", "Agreed")],
        "follow": ["Monthly report to the Mental Wellbeing programme board",
                   "Progress check at the A&E Delivery Board, Thursday 2 March 2017"],
    },
]
TEAM = [  # role as written in the A3s, name, organisation
    ("UEC SRO (event sponsor)", "Hermione Drinkwater", "Quarlby Hospitals NHS Trust"),
    ("Head of Patient Flow, QRI", "Kezia Marchetti", "Quarlby Hospitals NHS Trust"),
    ("Head of Patient Flow, RGH", "Bartholomew Quillan", "Ravelsham General Hospital NHS FT"),
    ("ED Clinical Director", "Dr Osric Vennimore", "Quarlby Hospitals NHS Trust"),
    ("ED Matron", "Gwendolyn Achterberg", "Quarlby Hospitals NHS Trust"),
    ("Marchland Ambulance Service locality manager", "Rufus Penwarden", "Marchland Ambulance Service"),
    ("Head of Adult Social Care, RBC", "Cressida Yelverton", "Ravelsham Borough Council"),
    ("Service Director, Acute and Crisis Care", "Ignatius Halloran", "Ashlowe Partnership NHS FT"),
    ("Liaison Psychiatry Consultant", "Dr Philomena Strachan", "Ashlowe Partnership NHS FT"),
    ("Mental Health Commissioning Manager", "Thaddeus Orpwood", "Ravelsham CCG (for all three CCGs)"),
    ("D2A project manager", "Lavinia Cheesbrough", "Ravelsham General Hospital NHS FT"),
    ("PMO Improvement Lead (coach)", "Jasper Muncaster", "STP Programme Management Office"),
]


def a3_pptx(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Mm(420), Mm(297)
    blank = prs.slide_layouts[6]

    def box(slide, x, y, w, h, lines, size=12, head=None, fill=None, colour=None):
        tb = slide.shapes.add_textbox(Mm(x), Mm(y), Mm(w), Mm(h))
        tf = tb.text_frame
        tf.word_wrap = True
        if fill:
            tb.fill.solid()
            tb.fill.fore_color.rgb = PRGB.from_string(fill)
        first = True
        if head:
            p = tf.paragraphs[0]
            p.text = head
            p.runs[0].font.bold = True
            p.runs[0].font.size = PPt(size + 2)
            p.runs[0].font.color.rgb = PRGB.from_string(colour or "00607A")
            first = False
        for line in lines:
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.text = line
            for r in p.runs:
                r.font.size = PPt(size)
        return tb

    # 1 cover
    s = prs.slides.add_slide(blank)
    box(s, 20, 20, 380, 30, ["Urgent & Emergency Care programme"], size=30, fill="00607A")
    box(s, 20, 70, 380, 120, [
        "Rapid improvement event, Quarlby Royal Infirmary, 17-19 January 2017",
        "A3 problem-solving reports",
        "Version 1.0, issued 19/01/2017",
        "Event sponsor: the UEC SRO",
        "For the A&E Delivery Board, Thursday 2 February 2017"], size=20)
    box(s, 20, 220, 380, 50, [
        "Each A3 follows the same eight boxes: background, current condition, target condition, root causes, "
        "countermeasures, follow-up, results and (on the left) the owner line. Owners and the 'Who' column name "
        "posts; the people in those posts are on the last slide."], size=14)

    # 2-4 one A3 each; shapes are stored right column first, then the header, then the left column
    for a in A3S:
        s = prs.slides.add_slide(blank)
        box(s, 215, 40, 195, 16, [], head="5. Countermeasures", size=13)
        rows = [("#", "Countermeasure", "Who", "When", "Status")] + a["counter"]
        gt = s.shapes.add_table(len(rows), 5, Mm(215), Mm(58), Mm(195), Mm(12 * len(rows))).table
        for i, w in enumerate([10, 85, 45, 30, 25]):
            gt.columns[i].width = Mm(w)
        for r, row in enumerate(rows):
            for col, text in enumerate(row):
                cell = gt.cell(r, col)
                cell.text = text
                for p in cell.text_frame.paragraphs:
                    for run in p.runs:
                        run.font.size = PPt(11)
                        run.font.bold = r == 0
        box(s, 215, 180, 195, 50, a["follow"], head="6. Follow-up", size=13)
        box(s, 215, 235, 195, 40, ["To be completed after the 90-day review."], head="7. Results", size=13)
        box(s, 10, 8, 400, 14, [f"{a['id']}   {a['title']}"], size=22, fill="00607A")
        box(s, 10, 24, 400, 10, [a["meta"]], size=12, fill="E3F0F3")
        box(s, 10, 40, 195, 40, a["background"], head="1. Background", size=13)
        box(s, 10, 85, 195, 60, [f"• {x}" for x in a["current"][1]], head=a["current"][0], size=13)
        box(s, 10, 150, 195, 40, [f"• {x}" for x in a["target"]], head="3. Target condition", size=13)
        box(s, 10, 195, 195, 80, [f"{i}. {x}" for i, x in enumerate(a["causes"], 1)],
            head="4. Root causes (5 whys)", size=13)

    # 5 event team
    s = prs.slides.add_slide(blank)
    box(s, 10, 8, 400, 14, ["Who was at the event: the posts named in the A3s"], size=22, fill="00607A")
    rows = [("Post (as written in the A3s)", "Name", "Organisation")] + TEAM
    gt = s.shapes.add_table(len(rows), 3, Mm(10), Mm(30), Mm(400), Mm(15 * len(rows))).table
    for i, w in enumerate([150, 110, 140]):
        gt.columns[i].width = Mm(w)
    for r, row in enumerate(rows):
        for col, text in enumerate(row):
            cell = gt.cell(r, col)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(12)
                    run.font.bold = r == 0

    cp = prs.core_properties
    cp.author = "Jasper Muncaster"
    cp.title = "UEC rapid improvement event: A3 reports"
    cp.last_modified_by = "Jasper Muncaster"
    cp.revision = 1
    cp.created = cp.modified = datetime(2017, 1, 19, 17, 0, 0)
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Programme posts recruitment tracker (Excel)
# ---------------------------------------------------------------------------------------------------------------
def d(day, month, year):
    return datetime(year, month, day)


POSTS = [
    # ref, post, programme, band, WTE/PAs, host, advert closes, interview, status, post-holder, start, interim, notes
    ("P01", "STP Programme Director", "All", "9", "1.0 WTE", "QHT", d(4, 12, 2016), d(9, 1, 2017), "A",
     "Desmond Okonkwo-Larch", d(3, 4, 2017), "Rosalind Feathergill to 31/03/2017",
     "Interviews moved from 15/12/2016 to 09/01/2017 (panel availability)."),
    ("P02", "Head of PMO", "All", "8c", "1.0 WTE", "QHT", d(14, 10, 2016), d(27, 10, 2016), "A",
     "Perpetua Hallowes", d(5, 12, 2016), "", ""),
    ("P03", "Programme Manager, Healthy Lives", "HL", "8b", "1.0 WTE", "QCC", d(2, 9, 2016), d(15, 9, 2016), "A",
     "Ingrid Cotterell", d(3, 10, 2016), "", ""),
    ("P04", "Programme Manager, Community Care Networks", "CCN", "8b", "1.0 WTE", "NQCCG", d(18, 11, 2016),
     d(30, 11, 2016), "A", "Lucan Dibble", d(1, 2, 2017), "", ""),
    ("P05", "Programme Manager, Urgent & Emergency Care", "UEC", "8b", "1.0 WTE", "QHT", d(28, 10, 2016),
     d(10, 11, 2016), "A", "Fenwick Oduya", d(9, 1, 2017), "", ""),
    ("P06", "Programme Manager, Elective & Cancer Care", "ECC", "8b", "1.0 WTE", "QWCCG", d(24, 2, 2017),
     d(16, 3, 2017), "I", "", "tbc", "Head of Planned Care (Q&W CCG) until appointment", ""),
    ("P07", "Programme Manager, Mental Wellbeing", "MW", "8b", "1.0 WTE", "APFT", d(17, 3, 2017), "Apr-17", "R", "",
     "", "", "No appointable candidate at interview on 02/02/2017; re-advertised."),
    ("P08", "Programme Manager, Clinical Services Strategy", "CSS", "8b", "1.0 WTE", "RGH", "", "", "H", "", "", "",
     "On hold until the Partnership Board decides on the stroke consultation."),
    ("P09", "Clinical lead, Community Care Networks", "CCN", "–", "4 PAs", "NQCCG", d(23, 9, 2016), d(6, 10, 2016),
     "A", "Dr Sunniva Rathmore", d(1, 11, 2016), "", "GP, Wendmarsh Surgery."),
    ("P10", "Clinical lead, Mental Wellbeing", "MW", "–", "4 PAs", "APFT", d(31, 3, 2017), "w/c 24/04/2017", "O",
     "", "", "", ""),
    ("P11", "Chief Clinical Information Officer (Digital)", "Digital", "–", "2 PAs", "QHT", d(13, 1, 2017),
     d(26, 1, 2017), "A", "Dr Fergal Mountjoy", d(1, 3, 2017), "", ""),
    ("P12", "Workforce lead", "Workforce", "8d", "1.0 WTE", "RGH", d(11, 11, 2016), d(24, 11, 2016), "A",
     "Ysolde Kettering", d(16, 1, 2017), "", ""),
    ("P13", "Communications and engagement lead", "All", "8b", "1.0 WTE", "RCCG", d(27, 1, 2017), d(9, 2, 2017), "A",
     "Noor Halversen", "w/c 03/04/2017", "", ""),
    ("P14", "Finance lead", "All", "8d", "0.5 WTE", "QWCCG", "", "", "A", "Clement Wardlaw", d(1, 12, 2016), "",
     "Secondment from Quarlby & Wendmarsh CCG."),
    ("P15", "Estates lead", "Estates", "8c", "0.5 WTE", "tbc", "", "", "H", "", "", "",
     "Not recruited: the Estates SRO is still to be confirmed."),
]
STATUS_KEY = [("A", "Appointed: post-holder named"), ("I", "Interviews arranged"), ("O", "Out to advert"),
              ("R", "Re-advertising after no appointment"), ("H", "On hold")]
HOST_KEY = [("QHT", "Quarlby Hospitals NHS Trust (host employer of the PMO)"),
            ("RGH", "Ravelsham General Hospital NHS Foundation Trust"),
            ("APFT", "Ashlowe Partnership NHS Foundation Trust"), ("RCCG", "Ravelsham CCG"),
            ("QWCCG", "Quarlby & Wendmarsh CCG"), ("NQCCG", "North Quarlby CCG"), ("QCC", "Quarlby County Council")]
FUNDING = [("Ravelsham CCG", "Share of allocation", 412), ("Quarlby & Wendmarsh CCG", "Share of allocation", 388),
           ("North Quarlby CCG", "Share of allocation", 296),
           ("Ravelsham General Hospital NHS Foundation Trust", "Share of turnover", 214),
           ("Quarlby Hospitals NHS Trust", "Share of turnover", 214),
           ("Ashlowe Partnership NHS Foundation Trust", "Share of turnover", 120),
           ("Quarlby County Council", "Agreed contribution", 40)]


def tracker_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    bold = Font(bold=True)
    white = Font(bold=True, color="FFFFFF")
    band = PatternFill("solid", fgColor="00607A")
    sub = PatternFill("solid", fgColor="E3F0F3")
    thin = Side(style="thin", color="7F7F7F")
    ws["A1"] = "Ravelsham & Quarlby STP: programme posts and recruitment tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "As at 28/02/2017. Maintained by the Head of PMO. Status and host codes: see the Key sheet."
    for rng, text in [("A4:F4", "Post"), ("G4:I4", "Recruitment"), ("J4:L4", "Appointment"), ("M4:M5", "Notes")]:
        ws.merge_cells(rng)
        cell = ws[rng.split(":")[0]]
        cell.value = text
        cell.font, cell.fill = white, band
        cell.alignment = Alignment(horizontal="center", vertical="center")
    heads = ["Ref", "Post", "Programme", "Band", "WTE / PAs", "Host", "Advert closes", "Interview", "Status",
             "Post-holder", "Start date", "Interim cover"]
    for i, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=i, value=h)
        cell.font, cell.fill = bold, sub
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, post in enumerate(POSTS, 6):
        for col, value in enumerate(post, 1):
            if value == "":
                continue
            cell = ws.cell(row=r, column=col, value=value)
            if isinstance(value, datetime):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for col, w in zip("ABCDEFGHIJKLM", [6, 38, 11, 6, 10, 8, 13, 14, 7, 24, 15, 30, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"

    key = wb.create_sheet("Key")
    key["A1"] = "Key to the Posts sheet"
    key["A1"].font = Font(bold=True, size=13)
    key["A3"], key["B3"] = "Status code", "Meaning"
    key["A3"].font = key["B3"].font = bold
    for i, (code, text) in enumerate(STATUS_KEY, 4):
        key.cell(row=i, column=1, value=code)
        key.cell(row=i, column=2, value=text)
    r0 = 4 + len(STATUS_KEY) + 1
    key.cell(row=r0, column=1, value="Host code").font = bold
    key.cell(row=r0, column=2, value="Host organisation").font = bold
    for i, (code, text) in enumerate(HOST_KEY, r0 + 1):
        key.cell(row=i, column=1, value=code)
        key.cell(row=i, column=2, value=text)
    r1 = r0 + len(HOST_KEY) + 2
    key.cell(row=r1, column=1, value="PAs = programmed activities (sessions of about four hours) a week, for "
                                      "clinical posts. Programmes by code: HL, CCN, UEC, ECC, MW, CSS as in the STP.")
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 60

    fs = wb.create_sheet("Funding 2017-18")
    fs["A1"] = "Contributions to the STP programme support budget, 2017/18"
    fs["A1"].font = Font(bold=True, size=13)
    fs["A2"] = "£000"
    fs["A4"], fs["B4"], fs["C4"] = "Organisation", "Basis of share", "Contribution"
    for c in ("A4", "B4", "C4"):
        fs[c].font = bold
    for i, (org, basis, amount) in enumerate(FUNDING, 5):
        fs.cell(row=i, column=1, value=org)
        fs.cell(row=i, column=2, value=basis)
        fs.cell(row=i, column=3, value=amount).number_format = "#,##0"
    tr = 5 + len(FUNDING)
    fs.cell(row=tr, column=1, value="Total").font = bold
    fs.cell(row=tr, column=3, value=sum(a for _, _, a in FUNDING)).number_format = "#,##0"
    fs.cell(row=tr, column=3).font = bold
    fs.column_dimensions["A"].width = 48
    fs.column_dimensions["B"].width = 22
    fs.column_dimensions["C"].width = 14

    wb.properties.creator = "Perpetua Hallowes"
    wb.properties.title = "STP programme posts tracker"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 28, 16, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Project closure report (Word)
# ---------------------------------------------------------------------------------------------------------------
def closure_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    t = doc.add_paragraph()
    r = t.add_run("Project closure report")
    r.bold, r.font.size = True, Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x60, 0x7A)
    doc.add_paragraph("Discharge to Assess (D2A) Pathway 1 Pilot, Ravelsham General Hospital")

    def grid(rows, widths=None, bold_first_col=True):
        tb = doc.add_table(rows=0, cols=len(rows[0]))
        tb.style = "Table Grid"
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
                if bold_first_col and i == 0:
                    for run in cells[i].paragraphs[0].runs:
                        run.bold = True
        return tb

    doc.add_heading("Document control", level=2)
    grid([("Project", "Discharge to Assess (D2A) Pathway 1 Pilot"),
          ("STP programme", "Urgent & Emergency Care (UEC); commissioning intention CI-08"),
          ("Project sponsor", "UEC Programme SRO"),
          ("Project manager", "Lavinia Cheesbrough, D2A project manager, Ravelsham General Hospital NHS FT"),
          ("Version", "1.0 (final)"), ("Date", "24 March 2017"),
          ("Status", "Closure approved by the UEC Programme Board, 16 March 2017")])

    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph(
        "The pilot supported people on pathway 1 (able to go home with support) to leave Ravelsham General Hospital "
        "as soon as they were medically fit, with their assessment for longer-term care done at home by a joint "
        "therapy and reablement team. It started on 7 November 2016. It was due to end on 31 January 2017 but was "
        "extended by four weeks for winter, as the delayed transfers A3 of the rapid improvement event agreed, and "
        "closed on 28 February 2017.")

    doc.add_heading("2. Time, cost and activity: plan against actual", level=2)
    tb = doc.add_table(rows=4, cols=6)
    tb.style = "Table Grid"
    top, second = tb.rows[0].cells, tb.rows[1].cells
    top[0].merge(second[0]).text = "Measure"
    top[1].merge(top[2]).text = "Timescale"
    top[3].merge(second[3]).text = "Cost (£)"
    top[4].merge(top[5]).text = "Activity"
    for i, v in [(1, "Start"), (2, "Finish"), (4, "Patients"), (5, "Bed days saved")]:
        second[i].text = v
    for r, vals in [(2, ("Plan (PID v1.2)", "07/11/2016", "31/01/2017", "412,000", "600", "2,400")),
                    (3, ("Actual", "07/11/2016", "28/02/2017", "389,500", "731", "2,870"))]:
        for i, v in enumerate(vals):
            tb.rows[r].cells[i].text = v
    doc.add_paragraph("Source: RGH patient flow system and the UEC programme finance report for month 11.")

    doc.add_heading("3. Objectives", level=2)
    grid([("Objective", "Target", "Result", "Met?"),
          ("Shorter hospital stays for pathway 1 patients", "2 days shorter", "2.6 days shorter", "Yes"),
          ("Assessment at home within 24 hours of discharge", "90% of patients", "84% of patients", "Partly"),
          ("Readmissions within 30 days no higher than before", "11.2% or lower", "10.4%", "Yes")],
         bold_first_col=False)

    doc.add_heading("4. Benefits", level=2)
    doc.add_paragraph(
        "The pilot saved 2,870 bed days over 16 weeks, the equivalent of about 25 beds, and cost £22,500 less than "
        "its budget. It also helped the hospital bring delayed transfers of care down from 8.1% of occupied beds in "
        "January to 4.2% at the end of February, short of the A3 target of 3.5%.")

    doc.add_heading("5. Follow-on actions handed to business as usual", level=2)
    grid([("Action", "Handed to", "By when"),
          ("Roll pathway 1 out to Quarlby Royal Infirmary", "UEC Programme Manager", "12 June 2017"),
          ("Weekly D2A dashboard: length of stay, assessment within 24 hours, readmissions",
           "Head of Patient Flow, RGH", "from 03/04/2017"),
          ("Recruit 6 WTE reablement support workers so the pilot team becomes permanent",
           "Therapy Services Manager, Quarlby Community Health", "Q1 2017/18"),
          ("Business case for recurrent funding of the RGH team (£540,000 a year) to the Finance & Investment "
           "Committee", "UEC Programme Manager", "30/04/2017")], bold_first_col=False)

    doc.add_heading("6. Decisions of the UEC Programme Board, 16 March 2017", level=2)
    for text in [
        "(a) approved the closure of the pilot and this report;",
        "(b) agreed to roll pathway 1 out to Quarlby Royal Infirmary from 12 June 2017, not April 2017 as the "
        "project initiation document assumed, so that the QRI reablement team is fully recruited first;",
        "(c) asked for the business case for recurrent funding by 30 April 2017."]:
        doc.add_paragraph(text)

    doc.add_heading("7. Lessons learned", level=2)
    doc.add_paragraph("What went well", style="Heading 3")
    for text in ["One joint team of therapists and reablement workers, with one manager.",
                 "Daily 09:30 discharge call with the council and community teams.",
                 "Patients and families said they preferred being assessed at home."]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("What we would do differently", style="Heading 3")
    for text in ["Agree information sharing with the council before go-live, not during the first month.",
                 "Recruit the reablement workers before the start date rather than use agency staff.",
                 "Collect the 24-hour assessment measure from day one."]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("8. National must-dos", level=2)
    doc.add_paragraph("The pilot contributed to must-do 4 (A&E 4-hour standard and ambulance response times) and "
                      "must-do 2 (return the system to aggregate financial balance).")

    doc.add_heading("9. Sign-off", level=2)
    grid([("Role", "Name", "Date"), ("Project sponsor (UEC Programme SRO)", "H Drinkwater", "16/03/2017"),
          ("Senior user", "Head of Patient Flow, RGH", "20/03/2017"),
          ("Project manager", "Lavinia Cheesbrough", "24/03/2017")], bold_first_col=False)
    p = doc.add_paragraph("Distribution: UEC Programme Board; STP PMO; A&E Delivery Board.")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cp = doc.core_properties
    cp.author = "Lavinia Cheesbrough"
    cp.title = "D2A pilot closure report"
    cp.created = cp.modified = datetime(2017, 3, 24, 9, 0, 0)
    cp.revision = 1
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Intranet blog post with comments (Markdown)
# ---------------------------------------------------------------------------------------------------------------
BLOG = """\
[Staff intranet](/) > [News and blogs](/news) > [STP Lead's blog](/news/stp-lead)

# Six months on: where our STP has got to

**By Ambrose Tenniswood, STP Lead and Chief Executive, Ravelsham General Hospital NHS Foundation Trust**
Posted Wednesday 12 April 2017 | Updated Friday 14 April 2017 | 7 comments

It is almost six months since we sent our Sustainability and Transformation Plan to NHS England
and NHS Improvement on 21 October 2016. Thank you to everyone who has come to a staff briefing or
a public event: more than 1,900 staff and residents have now taken part. Here is where we are.

## People

Desmond Okonkwo-Larch joined us as STP Programme Director on Monday 3 April. Desmond comes from
a regional role and will lead the PMO and our six programmes day to day. My thanks to Rosalind
Feathergill, who held the fort as interim Programme Director from September until the end of March.

Barnaby Fotheringale retires at the end of April after 31 years in the NHS, the last three as
SRO for what became our Elective & Cancer Care programme. Dr Wilhelmina Sarsby, Medical Director
of Ravelsham General Hospital, will take over as SRO for Elective & Cancer Care from 1 May 2017.

## What has changed since the plan

- **Community Care Networks.** The first four networks went live on 1 April, as planned, covering
  212,000 people. The other seven follow in 2018/19.
- **Urgent treatment centre at Quarlby Royal Infirmary.** Our commissioning intentions said the
  centre would open on 1 October 2017. It will now open in January 2018, because the Cobb Street
  walk-in centre lease runs to the end of December and we do not want a gap in service.
- **Stroke.** On 29 March the Partnership Board agreed to go to public consultation on hyper-acute
  stroke services on a single site. The consultation will start on ~~Friday 5 May~~ Monday 5 June 2017.
- **Discharge to assess.** The pilot at Ravelsham General saved 2,870 bed days this winter. It
  will roll out to Quarlby Royal Infirmary from 12 June.

> **Correction, 14 April 2017:** an earlier version of this post said the stroke consultation would
> start on 5 May. The date the Partnership Board agreed is 5 June 2017.

Ambrose

---

## Comments (7)

**Hollie Brankstone** | Practice Manager, Wendmarsh Surgery | 12 Apr 2017, 14:02
Will extended access in Wendmarsh start in October as the intentions said? Our patients keep asking.

> **Imogen Sparrowhawk** | Head of Primary Care, North Quarlby CCG | 12 Apr 2017, 16:40
> Yes. The contracts take effect on 1 October and the Wendmarsh hub opens on Monday 2 October 2017,
> 8am to 8pm on weekdays and 9am to 12 noon on Saturdays.

**Tomasz Wrenfield** | Staff nurse, QRI emergency department | 13 Apr 2017, 07:55
Who is the new clinical lead for Mental Wellbeing? We were told someone would be in post by Easter.

> **Perpetua Hallowes** | Head of PMO | 13 Apr 2017, 10:12
> Not yet, I'm afraid. The clinical lead post closed on 31 March and interviews are on 26 April.
> We will announce the appointment here.

**Beatrix Holmgren** | Healthwatch Quarlby volunteer | 13 Apr 2017, 19:30
When does the stroke consultation close? People will want time to respond properly.

> **Noor Halversen** | Communications and engagement lead | 14 Apr 2017, 09:05
> We will publish the closing date with the consultation document, once the Partnership Board has
> signed it off. It will not be shorter than the national guidance asks.

**Lavinia Cheesbrough** | D2A project manager, RGH | 14 Apr 2017, 11:47
For anyone looking for the D2A figures now the pilot has closed: the weekly dashboard has passed
to the Head of Patient Flow at RGH, from 3 April.
"""


# ---------------------------------------------------------------------------------------------------------------
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
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    intentions_pdf(OUT / FILES["ci"])
    jd_pdf(OUT / FILES["jd"])
    a3_pptx(OUT / FILES["a3"])
    fix_zip(OUT / FILES["a3"], "2017-01-19T17:00:00Z", (2017, 1, 19, 17, 0, 0))
    tracker_xlsx(OUT / FILES["rt"])
    fix_zip(OUT / FILES["rt"], "2017-02-28T16:00:00Z", (2017, 2, 28, 16, 0, 0))
    closure_docx(OUT / FILES["cr"])
    fix_zip(OUT / FILES["cr"], "2017-03-24T09:00:00Z", (2017, 3, 24, 9, 0, 0))
    (OUT / FILES["bl"]).write_text(BLOG)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
