"""Generate the papers of an imaginary STP footprint:
Tarnford & Ellisvale Health and Care Partnership (TEHCP).

All places, organisations and people are invented.
Run with: /work/main/.venv/bin/python make_papers.py
Writes into ./papers/ next to this script.
"""
import copy
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_LABEL_POSITION
from pptx.util import Inches, Pt as PPt
from pptx.dml.color import RGBColor as PRGB
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle, KeepTogether)

SPILL = 70  # height (pt) of the gap before Appendix B's table
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")
os.makedirs(OUT, exist_ok=True)

D = dt.date

# ---------------------------------------------------------------------------
# Shared facts
# ---------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO, SRO role, programme manager
    ("P1", "Prevention & Population Health", "Dr Imogen Fairweather",
     "Director of Public Health, Ellisvale County Council", "Colin Ashdown"),
    ("P2", "Primary Care at Scale", "Dr Rafiq Osei",
     "Clinical Chair, Tarnford CCG", "Leanne Corrigan"),
    ("P3", "Urgent & Emergency Care", "Helen Braithwaite",
     "Chief Operating Officer, Tarnford Royal Infirmary NHS FT", "Owen Pritchard"),
    ("P4", "Planned Care & Cancer", "Mr Declan Ashcombe",
     "Medical Director, Ellisvale General Hospitals NHS Trust", "Farah Nadeem"),
    ("P5", "Mental Health & Learning Disabilities", "Priya Venkataraman",
     "Chief Executive, Brackenmouth Partnership NHS FT", "Callum Stoddart"),
    ("P6", "Children, Young People & Maternity", "Joanna Tremlett",
     "Director of Quality & Nursing, Ellisvale & Wendholme CCG", "Beth Alcock"),
    ("P7", "Digital & Shared Care Record", "Gareth Pell",
     "Chief Information Officer, Tarnford Royal Infirmary NHS FT", "Yusuf Harland"),
    ("P8", "Workforce & OD", "Marion Quaye",
     "Director of Workforce & OD, Ellisvale General Hospitals NHS Trust", "Gemma Strickland"),
]

# three-year savings plan, GBP m
SAVINGS = {
    "P1": (0.8, 1.6, 2.4), "P2": (1.2, 2.5, 3.1), "P3": (4.6, 6.2, 7.0),
    "P4": (5.1, 5.9, 6.4), "P5": (1.9, 2.3, 2.8), "P6": (0.6, 0.9, 1.1),
    "P7": (0.4, 1.3, 2.0), "P8": (2.3, 2.8, 3.2),
}
FORECAST_1819 = {"P1": 0.7, "P2": 1.2, "P3": 3.1, "P4": 4.8, "P5": 1.9,
                 "P6": 0.5, "P7": 0.2, "P8": 1.6}


# ---------------------------------------------------------------------------
# 1. Landscape PDF plan on a page: three text columns per programme, no table
# ---------------------------------------------------------------------------
POAP = [
    ("P1", [
        "Offer tobacco dependency treatment (TDTS) to every smoker admitted to our hospitals.",
        "Grow referrals from general practice into the NHS Diabetes Prevention Programme (NDPP).",
        "Train front-line staff in Making Every Contact Count (MECC).",
        "Establish a seven-day Alcohol Care Team at TRI."],
     ["TDTS live at TRI \u2013 Y1 Q2 [D]",
      "TDTS live at EGH \u2013 Y1 Q4 [T]",
      "2,400 NDPP referrals \u2013 Y1 Q4 [T]",
      "Seven-day Alcohol Care Team \u2013 Y1 Q4 [T]",
      "3,000 staff MECC-trained \u2013 Y2 Q4 [R]"],
     ["1,100 fewer smoking-related admissions a year by 2020/21.",
      "Fewer people developing Type 2 diabetes.",
      "Every contact with a professional used to support a healthier choice."]),
    ("P2", [
        "Group practices into 12 Primary Care Hubs of 30,000\u201350,000 people, each with a named clinical director.",
        "Evening and weekend GP appointments for the whole population.",
        "Online consultation in general practice.",
        "Social prescribing link workers employed by every hub."],
     ["Extended access 100% coverage \u2013 Y1 Q3 [D]",
      "Online consultation contract awarded \u2013 Y1 Q3 [T]",
      "Clinical director in all 12 hubs \u2013 Y1 Q3 [T]",
      "20 practices offering online consultation \u2013 Y1 Q4 [T]",
      "Hub-level extended access \u2013 Y2 Q1 [T]"],
     ["An appointment when you need it, including 6.30pm\u20138pm and weekends.",
      "More of your care from a wider team at your local hub."]),
    ("P3", [
        "Open an Integrated Urgent Treatment Centre (IUTC) at Brackenmouth Community Hospital.",
        "Add a Clinical Assessment Service (CAS) to NHS 111.",
        "Embed the SAFER bundle and Discharge to Assess (D2A) in both acute trusts.",
        "Same Day Emergency Care (SDEC) 12 hours a day, 7 days a week at EGH."],
     ["IUTC open \u2013 Y1 Q3 [R]",
      "SDEC 12/7 at EGH \u2013 Y1 Q3 [T]",
      "111 CAS live \u2013 Y1 Q4 [T]",
      "45 acute beds released \u2013 Y1 Q4 [R]",
      "A&E 4-hour standard 90% \u2013 Y1 Q4; 95% \u2013 Y2 Q4 [R]"],
     ["One number and one front door for urgent care.",
      "Home sooner after a hospital stay.",
      "Shorter waits in A&E."]),
    ("P4", [
        "A single point of access (SPA) to triage all MSK referrals.",
        "Pilot a 28-day faster diagnosis pathway for suspected lung cancer.",
        "Straight-to-test for suspected colorectal cancer.",
        "Advice & Guidance before referral and fewer routine follow-ups."],
     ["Lung faster diagnosis pilot starts \u2013 Y1 Q3 [D]",
      "Colorectal straight-to-test \u2013 Y1 Q4 [T]",
      "MSK SPA live \u2013 Y2 Q1 [T]",
      "62-day cancer standard (85%) sustained \u2013 Y2 Q2 [R]",
      "20% fewer outpatient follow-ups \u2013 Y2 Q4 [T]"],
     ["A diagnosis or an all-clear within 28 days.",
      "Seen by the right MSK professional first time.",
      "Fewer unnecessary trips to hospital."]),
    ("P5", [
        "Core 24 liaison psychiatry at TRI.",
        "Expand IAPT talking therapies.",
        "Transforming Care: people with a learning disability or autism move from hospital into homes in the community.",
        "End inappropriate out of area placements (OAPs)."],
     ["Core 24 at TRI \u2013 Y1 Q4 [R]",
      "IAPT access 19% \u2013 Y1 Q4; 25% \u2013 Y3 Q4 [T]",
      "LD inpatients down to 27 \u2013 Y1 Q4 [T]",
      "No inappropriate OAPs \u2013 Y3 Q4 [T]"],
     ["Mental health help in A&E around the clock.",
      "Talking therapies within 6 weeks.",
      "A home, not a hospital, for people with a learning disability."]),
    ("P6", [
        "Continuity of carer for women booked with our midwives.",
        "A NICE-concordant community eating disorders service for children and young people.",
        "A single maternity record across both trusts, led by the Local Maternity System (LMS).",
        "A perinatal mental health community team."],
     ["20% of women on a continuity of carer pathway \u2013 Y1 Q4 [T]",
      "Perinatal MH team accepting referrals \u2013 Y1 Q4 [T]",
      "CYP eating disorders service NICE-concordant \u2013 Y2 Q1 [T]",
      "Single maternity record live \u2013 Y2 Q3 [R]"],
     ["The same midwife, or small team, before, during and after birth.",
      "Young people with an eating disorder seen quickly, close to home."]),
    ("P7", [
        "The Tarnford & Ellisvale Shared Care Record (TESCR) for every clinician.",
        "Switch off paper referrals in favour of the e-Referral Service (e-RS).",
        "Replace unsupported Windows 7 devices."],
     ["TESCR phase 1 (GP record in hospital) \u2013 Y1 Q2 [D]",
      "e-RS paper switch-off \u2013 Y1 Q3 [D]",
      "TESCR phase 2 (social care) \u2013 Y2 Q1 [T]",
      "Windows 10 everywhere \u2013 Y2 Q4 [T]"],
     ["Tell your story once.",
      "Your referral never lost in the post."]),
    ("P8", [
        "Train nursing associates across all partners.",
        "One collaborative staff bank for the system.",
        "Recruit GPs from overseas into our hubs.",
        "Protect staff and patients through flu vaccination."],
     ["60 trainee nursing associates \u2013 Y1 Q4 [T]",
      "Staff flu vaccination 75% \u2013 Y1 Q3 [R]",
      "Collaborative bank live \u2013 Y2 Q1 [T]",
      "15 international GPs in post \u2013 Y2 Q4 [T]"],
     ["Enough staff, with the right skills, where you need them."]),
]


def make_poap():
    path = os.path.join(OUT, "TEHCP_STP_Plan_on_a_Page_2018-21.pdf")
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("Tarnford & Ellisvale STP - Plan on a Page 2018/19 - 2020/21")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=8, leading=9.6)
    prog = {p[0]: p for p in PROGRAMMES}
    colx = [20 * mm, 20 * mm + 92 * mm, 20 * mm + 184 * mm]
    colw = 86 * mm
    for page in range(2):
        c.setFont("Helvetica-Bold", 15)
        c.setFillColor(colors.HexColor("#005EB8"))
        c.drawString(20 * mm, H - 16 * mm, "Tarnford & Ellisvale Health and Care Partnership")
        c.setFont("Helvetica", 11)
        c.setFillColor(colors.black)
        c.drawString(20 * mm, H - 22 * mm,
                     "Our STP plan on a page 2018/19 \u2013 2020/21 (refreshed October 2018)  \u2022  page %d of 2" % (page + 1))
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(colors.HexColor("#425563"))
        for x, t in zip(colx, ["What we will do", "How we will know (by when)",
                               "What it means for people"]):
            c.drawString(x, H - 30 * mm, t.upper())
        c.setFillColor(colors.black)
        y = H - 34 * mm
        for code, do, know, means in POAP[page * 4:(page + 1) * 4]:
            _, name, sro, role, _pm = prog[code]
            c.setFillColor(colors.HexColor("#E8EDEE"))
            c.rect(18 * mm, y - 6 * mm, W - 36 * mm, 6 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#003087"))
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(20 * mm, y - 4.3 * mm,
                         "%s  %s    SRO: %s (%s)" % (code, name, sro, role))
            c.setFillColor(colors.black)
            y -= 8 * mm
            heights = []
            for x, items in zip(colx, [do, know, means]):
                yy = y
                for it in items:
                    p = Paragraph("\u2022 " + it.replace("&", "&amp;"), body)
                    w_, h_ = p.wrap(colw, 200)
                    p.drawOn(c, x, yy - h_)
                    yy -= h_ + 1.2
                heights.append(y - yy)
            y -= max(heights) + 4 * mm
        # footer legend
        c.setStrokeColor(colors.HexColor("#768692"))
        c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 12.5 * mm,
                     "Key to timings:  Y1 = 2018/19,  Y2 = 2019/20,  Y3 = 2020/21.   "
                     "Q1 = April\u2013June,  Q2 = July\u2013September,  Q3 = October\u2013December,  Q4 = January\u2013March.")
        c.drawString(20 * mm, 8.5 * mm,
                     "Status:  [D] delivered   [T] on track   [R] at risk.    "
                     "TRI = Tarnford Royal Infirmary,  EGH = Ellisvale General Hospital.   "
                     "Full glossary: TEHCP_Glossary_of_abbreviations.txt")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 2. Board paper PDF: numbered paragraphs, must-do prose, appendix tables
# ---------------------------------------------------------------------------
BOARD_PARAS = [
    ("h", "1. Purpose of the report"),
    ("1.1", "This paper updates the Board on delivery of the eight STP programmes at the end of "
            "Quarter 2 2018/19, sets out the changes made since version 2.1 of the plan (June 2018) "
            "and asks the Board to approve the revised alignment of our programmes with the nine "
            "national must-dos."),
    ("1.2", "The detailed programme trackers are held by the STP Programme Management Office (PMO) "
            "and were last refreshed on 12 October 2018."),
    ("h", "2. Background"),
    ("2.1", "The Partnership covers a registered population of 612,000 people served by three "
            "clinical commissioning groups (Tarnford CCG, Ellisvale &amp; Wendholme CCG and Brackenmouth "
            "CCG), 78 GP practices, two acute trusts, one mental health trust, one community provider "
            "and two local authorities."),
    ("2.2", "Version 2.1 of our STP was agreed by the Board on 20 June 2018. Version 2.3 reflects the "
            "Quarter 2 review and is attached for information."),
    ("2.3", "The term of the Board's Independent Chair, Margaret Oyelaran, has been extended to "
            "31 March 2020."),
    ("h", "3. Leadership and governance"),
    ("3.1", "Stephen Marwood, Chief Information Officer at Ellisvale General Hospitals NHS Trust and "
            "SRO for Programme 7 (Digital &amp; Shared Care Record), retired on 30 September 2018. The "
            "STP Executive has nominated Gareth Pell, Chief Information Officer at Tarnford Royal "
            "Infirmary NHS Foundation Trust, as SRO for Programme 7 with effect from 1 October 2018. "
            "The Board is asked to ratify this appointment."),
    ("3.2", "Dr Nadia Ferreira, Consultant Geriatrician at TRI, has been appointed Chair of the "
            "Clinical Reference Group (CRG) following an expression of interest process. She succeeds "
            "Dr Rafiq Osei, who remains SRO for Primary Care at Scale."),
    ("3.3", "The Finance and Investment Group, chaired by Graham Thewlis (STP Finance Lead), now "
            "meets monthly rather than every two months."),
    ("h", "4. Delivery at the end of Quarter 2"),
    ("4.1", "Extended access to general practice reached 100% population coverage on 1 October 2018, "
            "in line with the national deadline."),
    ("4.2", "The opening of the Integrated Urgent Treatment Centre (IUTC) at Brackenmouth Community "
            "Hospital has moved from October 2018 to 3 December 2018, because registration of the "
            "service provider, Kestrel Community Health, with the Care Quality Commission took longer "
            "than planned. Interim GP streaming at the front door of TRI will continue until the IUTC "
            "opens."),
    ("4.3", "Discharge to Assess (pathway 1) went live in Tarnford on 3 September 2018. Together with "
            "the SAFER bundle it has released 38 acute beds at TRI against the year-end ambition of 45."),
    ("4.4", "The number of people with a learning disability or autism in inpatient settings fell from "
            "41 in April 2018 to 33 at 30 September 2018. The trajectory is 27 by March 2019."),
    ("4.5", "The MSK single point of access has been re-planned; see Appendix B, item 3."),
    ("h", "5. Alignment with the nine national must-dos"),
    ("5.1", "The Board approved a must-do matrix with version 2.1. Programme SROs have reviewed it and "
            "the revised alignment is set out below as a statement for each programme rather than as a "
            "grid. The must-dos are numbered as in the planning guidance: (1) local STP; (2) financial "
            "balance; (3) general practice; (4) A&amp;E and ambulance; (5) referral to treatment "
            "(18 weeks); (6) cancer (62 days); (7) mental health; (8) learning disabilities; "
            "(9) improving quality (special measures)."),
    ("5.2", "<b>Programme 1 Prevention &amp; Population Health</b> \u2013 contributes to must-dos 1 and 2: "
            "prevention is a core theme of the STP, and fewer smoking- and alcohol-related admissions "
            "support financial balance."),
    ("5.3", "<b>Programme 2 Primary Care at Scale</b> \u2013 contributes to must-dos 1, 3 and 4: the "
            "GP Forward View delivery plan, extended access and the primary care hubs; GP streaming "
            "reduces A&amp;E attendances."),
    ("5.4", "<b>Programme 3 Urgent &amp; Emergency Care</b> \u2013 contributes to must-dos 2 and 4: "
            "recovery of the A&amp;E 4-hour standard to 95% through the SAFER bundle, Discharge to "
            "Assess and the IUTC; ambulance handovers within 30 minutes."),
    ("5.5", "<b>Programme 4 Planned Care &amp; Cancer</b> \u2013 contributes to must-dos 2, 5 and 6: "
            "RTT 18 weeks through MSK triage and Advice &amp; Guidance; the 62-day cancer standard "
            "through the lung faster diagnosis pilot and colorectal straight-to-test."),
    ("5.6", "<b>Programme 5 Mental Health &amp; Learning Disabilities</b> \u2013 contributes to must-dos "
            "7 and 8: IAPT access of 19%, Core 24 liaison psychiatry and dementia diagnosis (must-do 7); "
            "Transforming Care, reducing inpatients to 27 by March 2019 (must-do 8)."),
    ("5.7", "<b>Programme 6 Children, Young People &amp; Maternity</b> \u2013 contributes to must-do 7 "
            "only: children and young people's eating disorders and perinatal mental health."),
    ("5.8", "<b>Programme 7 Digital &amp; Shared Care Record</b> \u2013 contributes to must-dos 3, 4 and "
            "5: online consultation for general practice, the shared care record in A&amp;E and the "
            "e-Referral Service."),
    ("5.9", "<b>Programme 8 Workforce &amp; OD</b> \u2013 contributes to must-dos 2, 3 and 7: lower agency "
            "spend through the collaborative bank, international GP recruitment and the mental health "
            "workforce plan."),
    ("5.10", "No programme currently contributes to must-do 9 (improving quality in organisations in "
             "special measures). The Clinical Reference Group noted this gap; the Quality Surveillance "
             "Group will report to the Board in December 2018 on how the system is assured against it."),
    ("h", "6. Finance"),
    ("6.1", "The three-year savings plan totals \u00a368.4m (Appendix A). In 2018/19 the plan requires "
            "\u00a316.9m of savings, which are needed to deliver the system control total, a deficit of "
            "\u00a314.2m."),
    ("6.2", "Planned UEC savings for 2018/19 have been reduced from \u00a35.3m to \u00a34.6m to reflect the "
            "part-year effect of the later IUTC opening."),
    ("h", "7. Recommendations"),
    ("7.1", "The Board is asked to: (a) ratify the appointment of Gareth Pell as SRO for Programme 7; "
            "(b) note the revised opening date of the IUTC; (c) approve the revised alignment with the "
            "national must-dos in section 5; and (d) note the changes since version 2.1 (Appendix B)."),
    ("7.2", "The next meeting of the Board will be held on Wednesday 21 November 2018 at Tarnford Civic "
            "Centre."),
]

CHANGES = [
    ("1", "Programme 7 SRO",
     "Stephen Marwood, Chief Information Officer, Ellisvale General Hospitals NHS Trust",
     "Gareth Pell, Chief Information Officer, Tarnford Royal Infirmary NHS FT, from 1 October 2018",
     "Stephen Marwood retired on 30 September 2018. Nominated by the STP Executive; ratification is "
     "sought at this meeting."),
    ("2", "IUTC at Brackenmouth Community Hospital: opening date",
     "October 2018", "3 December 2018",
     "CQC registration of the provider, Kestrel Community Health, took longer than planned. Interim GP "
     "streaming at the TRI front door continues until opening."),
    ("3", "MSK single point of access: go-live",
     "January 2019", "1 April 2019",
     "Procurement extended by twelve weeks after a clarification challenge from a bidder. Existing "
     "referral routes continue in the meantime."),
    ("4", "Continuity of carer ambition for March 2019",
     "15% of women booked", "20% of women booked",
     "National Better Births trajectory revised in the 2018/19 planning refresh."),
    ("5", "Transforming Care: LD inpatients at March 2019",
     "30", "27",
     "Aligned to the NHS England trajectory agreed in August 2018."),
    ("6", "Number of Primary Care Hubs",
     "14 hubs", "12 hubs",
     "Two hubs in Wendholme merged so that every hub covers a population of at least 30,000 people."),
    ("7", "UEC savings 2018/19",
     "\u00a35.3m", "\u00a34.6m",
     "Part-year effect of the later IUTC opening (item 2)."),
    ("8", "Social prescribing link workers",
     "Programme 1 Prevention &amp; Population Health", "Programme 2 Primary Care at Scale",
     "Link workers will be employed by the hubs rather than by the councils."),
    ("9", "Online consultation procurement",
     "Not in the plan", "Contract award w/c 5 November 2018",
     "New national funding for online consultation systems announced in July 2018."),
    ("10", "Must-do alignment",
     "Grid; must-do 9 shown against Programme 6",
     "Statements per programme (section 5); no programme against must-do 9",
     "SRO review found Programme 6 had no measurable deliverable for organisations in special measures."),
]


def make_board_paper():
    path = os.path.join(OUT, "TEHCP_Board_17Oct18_Item6_STP_Delivery_Update.pdf")
    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13)
    num = ParagraphStyle("num", parent=base, leftIndent=12 * mm, bulletIndent=0,
                         bulletFontName="Helvetica", bulletFontSize=10, spaceAfter=5)
    head = ParagraphStyle("head", parent=base, fontName="Helvetica-Bold", fontSize=11,
                          spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=13,
                           leading=16, spaceAfter=4)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5)
    smallb = ParagraphStyle("smallb", parent=small, fontName="Helvetica-Bold")

    story = [
        Paragraph("Tarnford &amp; Ellisvale Health and Care Partnership Board", title),
        Paragraph("Meeting held in public: Wednesday 17 October 2018, 2.00pm, Council Chamber, "
                  "Ellisvale County Hall", base),
        Paragraph("Agenda item 6 &nbsp;&nbsp; Paper TEP/18/41", base),
        Spacer(1, 6),
        Paragraph("STP delivery update and alignment with the nine national must-dos", title),
        Paragraph("Report of: Kirsty Lomax, STP Programme Director &nbsp;&nbsp;|&nbsp;&nbsp; "
                  "Executive sponsor: Anil Chaudry, STP Lead", base),
        Paragraph("Purpose: for decision and assurance", base),
        Spacer(1, 8),
    ]
    for n, text in BOARD_PARAS:
        if n == "h":
            story.append(Paragraph(text, head))
        else:
            story.append(Paragraph(text, num, bulletText=n))
    story.append(PageBreak())
    story.append(Paragraph("Appendix A: Three-year savings plan by programme (\u00a3m)", head))
    rows = [["Programme", "2018/19", "2019/20", "2020/21", "Total"]]
    tot = [0.0, 0.0, 0.0]
    for code, name, *_ in PROGRAMMES:
        s = SAVINGS[code]
        tot = [a + b for a, b in zip(tot, s)]
        rows.append(["%s %s" % (code, name)] + ["%.1f" % v for v in s] + ["%.1f" % sum(s)])
    rows.append(["Total"] + ["%.1f" % v for v in tot] + ["%.1f" % sum(tot)])
    t = Table(rows, colWidths=[80 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(Paragraph("Notes to Appendix A", smallb))
    for i, note in enumerate([
            "Savings are gross, recurrent, and net of investment in the schemes.",
            "Programme 3 2018/19 restated from \u00a35.3m to \u00a34.6m (Appendix B, item 7).",
            "Programme 8 savings are reductions in agency and bank premium spend across all partners.",
            "Programme 7 savings in 2018/19 are postage and printing only; cash-releasing savings from "
            "paper referral handling begin in 2019/20.",
            "The plan excludes Better Care Fund and social care savings, which are reported to the two "
            "Health and Wellbeing Boards.",
            "Savings are attributed to the organisation where the cost is incurred; the split by "
            "organisation is held by the Finance and Investment Group."], start=1):
        story.append(Paragraph(note, ParagraphStyle("note", parent=small, leftIndent=5 * mm,
                                                    bulletIndent=0, bulletFontSize=8.5),
                               bulletText="%d." % i))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Appendix B: Changes since version 2.1 (June 2018)", head))
    story.append(Paragraph("The table lists each material change between version 2.1, agreed on 20 June "
                           "2018, and version 2.3. Changes to milestone dates of less than one month are "
                           "not listed; they are shown in the programme trackers.", base))
    story.append(Spacer(1, SPILL))  # pushes the table so that a row spills onto the next page
    rows = [[Paragraph(h, smallb) for h in
             ["No.", "Item", "Was (v2.1, June 2018)", "Now (v2.3, October 2018)", "Reason for change"]]]
    for r in CHANGES:
        rows.append([Paragraph(x, small) for x in r])
    t = Table(rows, colWidths=[10 * mm, 34 * mm, 36 * mm, 38 * mm, 52 * mm], repeatRows=0,
              splitInRow=10)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(t)

    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(20 * mm, 10 * mm, "TEP/18/41  STP delivery update  \u2013  Partnership Board 17.10.18")
        c.drawRightString(190 * mm, 10 * mm, "Page %d" % doc.page)
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title="TEP/18/41 STP delivery update")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 3. Excel tracker: one sheet per programme, key-value block then milestones
# ---------------------------------------------------------------------------
TBC = "TBC"
TRACKER = {
    "P1": ("Green", [
        ("P1-01", "TDTS live at Tarnford Royal Infirmary", "Maria Kettleborough", D(2018, 9, 3), D(2018, 9, 3), "Complete", ""),
        ("P1-02", "TDTS roll-out to Ellisvale General Hospital", "Maria Kettleborough", D(2019, 1, 7), D(2019, 2, 4), "On track", "Slipped one month: NRT formulary sign-off at EGH"),
        ("P1-03", "NDPP: 1,200 referrals (half-year)", "Dr Kwame Boateng", D(2018, 9, 30), D(2018, 9, 30), "Complete", "1,263 referrals at 30/09"),
        ("P1-04", "NDPP: 2,400 referrals (full year)", "Dr Kwame Boateng", D(2019, 3, 31), D(2019, 3, 31), "On track", ""),
        ("P1-05", "MECC: 1,000 staff trained", "Sarah Linthwaite", D(2018, 12, 31), TBC, "At risk", "Trainer capacity; new date to Programme Board in November"),
        ("P1-06", "TDTS 12-month evaluation report", "Maria Kettleborough", D(2019, 9, 30), D(2019, 9, 30), "Not started", ""),
    ]),
    "P2": ("Amber", [
        ("P2-01", "Extended access: 100% population coverage", "Dr Tomasz Wierzbicki", D(2018, 10, 1), D(2018, 10, 1), "Complete", "National deadline met"),
        ("P2-02", "Online consultation contract award", "Ruth Ogundipe", D(2018, 11, 5), D(2018, 11, 5), "On track", "Award w/c 5 Nov"),
        ("P2-03", "Clinical director named for each of the 12 hubs", "Leanne Corrigan", D(2018, 12, 14), D(2018, 12, 14), "On track", ""),
        ("P2-04", "First 20 practices live with online consultation", "Ruth Ogundipe", D(2019, 3, 29), D(2019, 3, 29), "On track", ""),
        ("P2-05", "Hub development plans signed off", "Leanne Corrigan", D(2019, 3, 31), TBC, "At risk", "Depends on P2-03"),
        ("P2-06", "Hub-level extended access", "Dr Tomasz Wierzbicki", D(2019, 4, 1), D(2019, 4, 1), "Not started", ""),
    ]),
    "P3": ("Amber", [
        ("P3-01", "D2A pathway 1 live \u2013 Tarnford", "Rachel Dunsford", D(2018, 9, 3), D(2018, 9, 3), "Complete", ""),
        ("P3-02", "SDEC open 12 hours / 7 days at EGH", "Dr Chidi Anyanwu", D(2018, 11, 19), D(2018, 11, 19), "On track", ""),
        ("P3-03", "IUTC Brackenmouth go-live", "Lena Hartigan", D(2018, 10, 1), D(2018, 12, 3), "At risk", "CQC registration of provider delayed"),
        ("P3-04", "D2A pathway 1 live \u2013 Ellisvale", "Rachel Dunsford", D(2019, 1, 7), D(2019, 1, 7), "On track", ""),
        ("P3-05", "NHS 111 CAS live", "Dr Ewan McTaggart", D(2019, 2, 1), D(2019, 2, 1), "On track", ""),
        ("P3-06", "45 acute beds released (cumulative)", "Rachel Dunsford", D(2019, 3, 31), D(2019, 3, 31), "At risk", "38 released by end Sept-18"),
        ("P3-07", "50% of 111 calls receive clinical input", "Dr Ewan McTaggart", D(2019, 3, 31), TBC, "Not started", ""),
    ]),
    "P4": ("Amber", [
        ("P4-01", "Lung faster diagnosis pilot starts", "Dr Hannah Okafor", D(2018, 10, 1), D(2018, 10, 15), "Complete", "Started 15/10"),
        ("P4-02", "Advice & Guidance on all high-volume specialties", "Mark Ellery", D(2018, 12, 31), D(2018, 12, 31), "On track", ""),
        ("P4-03", "Colorectal straight-to-test pathway live", "Dr Hannah Okafor", D(2019, 2, 28), D(2019, 2, 28), "On track", ""),
        ("P4-04", "MSK single point of access (SPA) go-live", "Farah Nadeem", D(2019, 1, 7), D(2019, 4, 1), "Re-planned", "Procurement extended 12 weeks"),
        ("P4-05", "Outpatient follow-ups reduced by 20%", "Mark Ellery", D(2020, 3, 31), D(2020, 3, 31), "On track", ""),
    ]),
    "P5": ("Amber", [
        ("P5-01", "Liaison psychiatry: 2 WTE consultants appointed", "Dr Aisling Brennan", D(2018, 11, 30), D(2019, 1, 31), "At risk", "Second advert out"),
        ("P5-02", "IAPT access rate 19%", "Callum Stoddart", D(2019, 3, 31), D(2019, 3, 31), "On track", ""),
        ("P5-03", "Core 24 compliant liaison service at TRI", "Dr Aisling Brennan", D(2019, 3, 31), D(2019, 3, 31), "At risk", ""),
        ("P5-04", "LD / autism inpatients reduced to 27", "Nicola Farrant", D(2019, 3, 31), D(2019, 3, 31), "On track", "33 at 30/09/18"),
        ("P5-05", "No inappropriate out of area placements", "Callum Stoddart", D(2021, 3, 31), D(2021, 3, 31), "On track", ""),
    ]),
    "P6": ("Amber", [
        ("P6-01", "Continuity of carer: 20% of women booked", "Siobhan Reilly", D(2019, 3, 31), D(2019, 3, 31), "On track", ""),
        ("P6-02", "LMS single maternity record: procurement", "Beth Alcock", D(2018, 11, 30), TBC, "At risk", "Awaiting national framework"),
        ("P6-03", "Perinatal MH community team accepting referrals", "Dr Ravi Sundaram", D(2019, 2, 1), D(2019, 2, 1), "On track", ""),
        ("P6-04", "CYP eating disorders service NICE-concordant", "Dr Olamide Adeyemi", D(2019, 6, 30), D(2019, 6, 30), "On track", ""),
    ]),
    "P7": ("Green", [
        ("P7-01", "e-RS: paper referral switch-off", "Dawn Metcalfe", D(2018, 10, 1), D(2018, 10, 1), "Complete", ""),
        ("P7-02", "TESCR phase 1: GP record viewable in both acute trusts", "Yusuf Harland", D(2018, 9, 28), D(2018, 9, 28), "Complete", ""),
        ("P7-03", "Information sharing agreement signed by all practices", "Yusuf Harland", D(2018, 12, 21), D(2019, 1, 31), "At risk", "61 of 78 signed"),
        ("P7-04", "TESCR phase 2: social care data", "Yusuf Harland", D(2019, 6, 28), D(2019, 6, 28), "On track", ""),
        ("P7-05", "Windows 10 migration complete", "Dawn Metcalfe", D(2020, 1, 14), D(2020, 1, 14), "On track", ""),
    ]),
    "P8": ("Amber", [
        ("P8-01", "Nursing associates: cohort 2 (30 trainees) starts", "Gemma Strickland", D(2019, 1, 14), D(2019, 1, 14), "On track", ""),
        ("P8-02", "International GP recruitment: first 5 GPs start", "Dr Fiona Kinnear", D(2019, 2, 1), D(2019, 2, 1), "On track", ""),
        ("P8-03", "60 trainee nursing associates in post", "Gemma Strickland", D(2019, 3, 31), D(2019, 3, 31), "On track", ""),
        ("P8-04", "Collaborative bank go-live", "Peter Nwachukwu", D(2019, 4, 1), D(2019, 4, 1), "On track", ""),
        ("P8-05", "15 international GPs in post", "Dr Fiona Kinnear", D(2020, 3, 31), D(2020, 3, 31), "On track", ""),
    ]),
}
SHEET_NAMES = {"P1": "P1 Prevention", "P2": "P2 Primary Care", "P3": "P3 UEC",
               "P4": "P4 Planned Care", "P5": "P5 MH & LD", "P6": "P6 CYP & Maternity",
               "P7": "P7 Digital", "P8": "P8 Workforce"}


def make_tracker():
    path = os.path.join(OUT, "TEHCP_Milestone_Tracker_Q2_2018-19.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Tarnford & Ellisvale STP \u2013 programme milestone tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Refresh"
    ws["B3"] = "Quarter 2 2018/19"
    ws["A4"] = "Owner"
    ws["B4"] = "STP PMO (pmo.tehcp@nhs.net)"
    ws["A6"] = "One sheet per programme. Baseline = date in STP v2.1 (June 2018); Forecast = current expected date."
    ws["A7"] = "Status values: Complete, On track, At risk, Re-planned, Not started. TBC = no agreed forecast date."
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    bold = Font(bold=True)
    hdr_fill = PatternFill("solid", fgColor="005EB8")
    for code, name, sro, role, pm in PROGRAMMES:
        rag, rows = TRACKER[code]
        s = wb.create_sheet(SHEET_NAMES[code])
        kv = [("Programme", "%s %s" % (code, name)), ("SRO", sro), ("Programme manager", pm),
              ("Overall RAG", rag), ("Last updated", D(2018, 10, 12))]
        for i, (k, v) in enumerate(kv, start=1):
            s.cell(row=i, column=1, value=k).font = bold
            c = s.cell(row=i, column=2, value=v)
            if isinstance(v, dt.date):
                c.number_format = "d mmmm yyyy"
                c.alignment = Alignment(horizontal="left")
        heads = ["Ref", "Milestone", "Lead", "Baseline", "Forecast", "Status", "Comment"]
        for j, h in enumerate(heads, start=1):
            c = s.cell(row=7, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = hdr_fill
        for i, r in enumerate(rows, start=8):
            for j, v in enumerate(r, start=1):
                c = s.cell(row=i, column=j, value=v if v != "" else None)
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy" if j == 4 else "dd-mmm-yy"
                    c.alignment = Alignment(horizontal="right")
                elif v == TBC:
                    c.alignment = Alignment(horizontal="right")
        for col, w in zip("ABCDEFG", [9, 50, 22, 11, 12, 12, 44]):
            s.column_dimensions[col].width = w
        s.freeze_panes = "A8"
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. PowerPoint: vertically merged table, bar chart with labels, 2-level bullets
# ---------------------------------------------------------------------------
DECK_TABLE = [
    ("P2 Primary Care at Scale", "Dr Rafiq Osei", [
        ("Primary Care Hubs (12)", "Leanne Corrigan", "Clinical directors named \u2013 Dec-18"),
        ("Extended access", "Dr Tomasz Wierzbicki", "Hub-level access \u2013 Apr-19"),
        ("Online consultation", "Ruth Ogundipe", "20 practices live \u2013 Mar-19")]),
    ("P3 Urgent & Emergency Care", "Helen Braithwaite", [
        ("IUTC, Brackenmouth", "Lena Hartigan", "Go-live \u2013 3 Dec 18"),
        ("NHS 111 CAS", "Dr Ewan McTaggart", "CAS live \u2013 Feb-19"),
        ("SAFER / D2A", "Rachel Dunsford", "D2A Ellisvale \u2013 Jan-19"),
        ("SDEC at EGH", "Dr Chidi Anyanwu", "Mon\u2013Fri 8am\u20138pm opening \u2013 19 Nov 18")]),
    ("P4 Planned Care & Cancer", "Mr Declan Ashcombe", [
        ("Cancer: lung FDS pilot, colorectal STT", "Dr Hannah Okafor", "Colorectal STT \u2013 Feb-19"),
        ("Outpatients: A&G, follow-ups", "Mark Ellery", "A&G all high-volume specialties \u2013 Dec-18"),
        ("MSK single point of access", "Farah Nadeem", "Go-live \u2013 1 Apr 19")]),
    ("P5 Mental Health & LD", "Priya Venkataraman", [
        ("IAPT expansion", "Callum Stoddart", "19% access \u2013 Mar-19"),
        ("Core 24 liaison psychiatry (TRI)", "Dr Aisling Brennan", "Consultants appointed \u2013 Jan-19"),
        ("Transforming Care (LD / autism)", "Nicola Farrant", "27 inpatients \u2013 Mar-19")]),
]


def make_deck():
    path = os.path.join(OUT, "TEHCP_Programme_Board_14Nov18.pptx")
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    # slide 1: title
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "STP Programme Board"
    s.placeholders[1].text = ("14 November 2018 \u2022 Tarnford Civic Centre\n"
                              "Kirsty Lomax, STP Programme Director")
    # slide 2: table with vertically merged programme and SRO cells
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Clinical programmes: leads and next milestones"
    nrows = 1 + sum(len(g[2]) for g in DECK_TABLE)
    shape = s.shapes.add_table(nrows, 5, Inches(0.4), Inches(1.3), Inches(12.5), Inches(5.6))
    tbl = shape.table
    for j, w in enumerate([2.6, 2.0, 3.2, 2.2, 2.5]):
        tbl.columns[j].width = Inches(w)
    heads = ["Programme", "SRO", "Initiative", "Initiative lead", "Next milestone"]
    for j, h in enumerate(heads):
        tbl.cell(0, j).text = h
    r = 1
    for prog, sro, items in DECK_TABLE:
        first = r
        tbl.cell(first, 0).text = prog
        tbl.cell(first, 1).text = sro
        for ini, lead, nxt in items:
            tbl.cell(r, 2).text = ini
            tbl.cell(r, 3).text = lead
            tbl.cell(r, 4).text = nxt
            r += 1
        tbl.cell(first, 0).merge(tbl.cell(r - 1, 0))
        tbl.cell(first, 1).merge(tbl.cell(r - 1, 1))
    for i in range(nrows):
        for j in range(5):
            for p in tbl.cell(i, j).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = PPt(11)
    # slide 3: clustered bar chart, plan vs forecast, with data labels
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "2018/19 savings: plan vs forecast outturn (\u00a3m)"
    cd = CategoryChartData()
    cd.categories = ["%s %s" % (p[0], p[1]) for p in PROGRAMMES]
    cd.add_series("Plan 2018/19", [SAVINGS[p[0]][0] for p in PROGRAMMES])
    cd.add_series("Forecast outturn (M6)", [FORECAST_1819[p[0]] for p in PROGRAMMES])
    gf = s.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, Inches(0.5), Inches(1.3),
                            Inches(12.3), Inches(5.4), cd)
    ch = gf.chart
    ch.has_legend = True
    ch.legend.position = XL_LEGEND_POSITION.BOTTOM
    ch.legend.include_in_layout = False
    pl = ch.plots[0]
    pl.has_data_labels = True
    pl.data_labels.number_format = '0.0'
    pl.data_labels.number_format_is_linked = False
    pl.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    tb = s.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(12), Inches(0.5))
    tb.text_frame.text = ("Source: programme returns at month 6. Plan figures as Appendix A of "
                          "Board paper TEP/18/41.")
    # slide 4: two-level bullet hierarchy
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Winter 2018/19: readiness and asks of the Board"
    tf = s.placeholders[1].text_frame
    bullets = [
        (0, "Bed capacity: 46 escalation beds identified"),
        (1, "TRI: 28 (Ward 21 and the discharge lounge)"),
        (1, "EGH: 18 (Ward B4)"),
        (1, "Brackenmouth Community Hospital Ward 3 (16 beds) reopens 10 December 2018"),
        (0, "Workforce"),
        (1, "Front-line staff flu vaccination: 61% against a 75% target"),
        (1, "ENP agency cover for the IUTC from December"),
        (0, "Flow"),
        (1, "Daily system call at 9.30am from 3 December 2018"),
        (1, "Stranded patients (7+ days) target: reduce by 25% from the March 2018 baseline"),
        (0, "Asks of the Board"),
        (1, "Approve \u00a31.2m non-recurrent winter funding, split TRI \u00a30.7m / EGH \u00a30.5m"),
        (1, "Agree escalation to the Partnership Board on 21 November 2018"),
    ]
    tf.text = bullets[0][1]
    for lvl, txt in bullets[1:]:
        p = tf.add_paragraph()
        p.text = txt
        p.level = lvl
    for p in tf.paragraphs:
        for run in p.runs:
            run.font.size = PPt(18 if p.level == 0 else 15)
    prs.save(path)


# ---------------------------------------------------------------------------
# 5. Word narrative: owners and dates live in footnotes
# ---------------------------------------------------------------------------
NARRATIVE = [
    ("h", "Programme 1: Prevention & Population Health"),
    ("p", "Smoking remains the largest single cause of preventable ill health in Tarnford and Ellisvale: "
          "one adult in six smokes, rising to one in four in Brackenmouth. The tobacco dependency treatment "
          "service (TDTS) went live at Tarnford Royal Infirmary in September and will be rolled out to "
          "Ellisvale General Hospital next", 1,
     "Lead: Maria Kettleborough, Consultant in Public Health, Ellisvale County Council. EGH roll-out "
     "planned for Q4 2018/19."),
    ("p", "Alcohol-related admissions at TRI are 21% above the England average. We will establish a "
          "seven-day Alcohol Care Team at TRI, working alongside the liaison psychiatry service", 2,
     "Lead: Dr Josephine Marr, Consultant Gastroenterologist, TRI. Seven-day service by the end of "
     "March 2019; business case approved by the TRI Board on 27 September 2018."),
    ("p", "Making Every Contact Count gives front-line staff the confidence to raise healthy "
          "lifestyles in routine contacts", 3,
     "Lead: Sarah Linthwaite, Health Improvement Manager, Tarnford City Council. 1,000 staff trained by "
     "December 2018 (at risk); 3,000 by March 2020."),
    ("h", "Programme 6: Children, Young People & Maternity"),
    ("p", "Our Local Maternity System (LMS) covers around 6,900 births a year across both trusts. By March "
          "2019 one woman in five booked with our midwives will be on a continuity of carer pathway", 4,
     "Lead: Siobhan Reilly, Head of Midwifery, EGH. Four continuity teams by March 2019, two in "
     "Brackenmouth."),
    ("p", "Women with moderate to severe perinatal mental illness currently travel out of area for "
          "specialist care. A perinatal mental health community team will be established, hosted by "
          "Brackenmouth Partnership NHS FT", 5,
     "Lead: Dr Ravi Sundaram, Consultant Perinatal Psychiatrist, Brackenmouth Partnership NHS FT. "
     "Accepting referrals from February 2019; 150 women to be seen in 2019/20."),
    ("p", "Children and young people with an eating disorder will be seen by a community service that "
          "meets NICE standards for waiting times", 6,
     "Lead: Dr Olamide Adeyemi, Clinical Lead for CAMHS, Brackenmouth Partnership NHS FT. "
     "NICE-concordant by the end of June 2019."),
    ("h", "Programme 8: Workforce & OD"),
    ("p", "Nurse vacancies are our most serious workforce risk. Nursing associates offer a new route into "
          "registered practice, and a second cohort will start early in the new year", 7,
     "Lead: Gemma Strickland, Head of Education, EGH. Cohort 2 (30 trainees) starts 14 January 2019."),
    ("p", "A single collaborative bank will replace four separate banks and reduce agency spend", 8,
     "Lead: Peter Nwachukwu, Associate Director of Workforce, Kestrel Community Health. Go-live "
     "1 April 2019."),
    ("p", "We will recruit general practitioners from overseas through the national International GP "
          "Recruitment programme and place them in the hubs with the greatest vacancies", 9,
     "Lead: Dr Fiona Kinnear, GP Workforce Lead, Tarnford CCG. First five GPs start February 2019; "
     "15 in post by March 2020."),
]

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def make_narrative():
    path = os.path.join(OUT, "TEHCP_Programme_Narratives_P1_P6_P8_v2.docx")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_heading("Tarnford & Ellisvale STP: programme narratives", 0)
    p = doc.add_paragraph("Programmes 1, 6 and 8 \u2013 draft v2, September 2018. Programme leads and "
                          "delivery dates are given in the footnotes.")
    p.runs[0].italic = True
    notes = []
    for item in NARRATIVE:
        if item[0] == "h":
            doc.add_heading(item[1], 1)
            continue
        _, text, fid, note = item
        para = doc.add_paragraph(text)
        run = para.add_run()
        rpr = parse_xml('<w:rPr %s><w:vertAlign w:val="superscript"/></w:rPr>' % nsdecls("w"))
        run._r.append(rpr)
        run._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), fid)))
        para.add_run(".")
        notes.append((fid, note))
    doc.add_paragraph("Risks for these programmes are held in the STP risk register.")
    # build the footnotes part
    fx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<w:footnotes %s>' % nsdecls("w"),
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
          '</w:r></w:p></w:footnote>']
    for fid, note in notes:
        note = note.replace("&", "&amp;")
        fx.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
                  '</w:p></w:footnote>' % (fid, note))
    fx.append('</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, "\n".join(fx).encode("utf-8"),
                doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    fpr = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                    % nsdecls("w"))
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Word risk register: programme heading rows spanning all columns, banding
# ---------------------------------------------------------------------------
RISKS = [
    ("System-wide", [
        ("R0.1", "If the system does not deliver \u00a316.9m of savings in 2018/19, the control total "
                 "deficit of \u00a314.2m will be exceeded and transformation funding withheld.",
         4, 5, "Monthly Finance and Investment Group; recovery plans for schemes at risk; QIPP "
               "stretch schemes identified.", "Graham Thewlis", "Mar-19"),
        ("R0.2", "SROs carry STP roles on top of their day jobs; limited capacity leads to slippage "
                 "across programmes.",
         3, 3, "PMO support to each programme; SRO development sessions.", "Kirsty Lomax", "Dec-18"),
    ]),
    ("Programme 1: Prevention & Population Health", [
        None,
    ]),
    ("Programme 2: Primary Care at Scale", [
        ("R2.1", "Practices do not sign up to hub working, leaving gaps in hub coverage.",
         2, 4, "Hub development funding of \u00a31.50 per head conditional on sign-up.",
         "Leanne Corrigan", "Dec-18"),
    ]),
    ("Programme 3: Urgent & Emergency Care", [
        ("R3.1", "Insufficient ENPs to staff the IUTC 24/7 from opening.",
         4, 4, "Agency cover December to March; rotational posts with the TRI emergency department.",
         "Lena Hartigan", "Dec-18"),
        ("R3.2", "Winter demand exceeds the bed plan, leading to corridor care and 12-hour trolley "
                 "waits.",
         4, 5, "46 escalation beds; D2A pathway 1; SDEC at EGH; daily system call.",
         "Helen Braithwaite", "Mar-19"),
        ("R3.3", "The CAS clinical safety case is not signed off in time for go-live.",
         2, 4, "Clinical safety officer appointed; sign-off scheduled for November.",
         "Dr Ewan McTaggart", "Jan-19"),
    ]),
    ("Programme 4: Planned Care & Cancer", [
        ("R4.1", "CT reporting and pathology turnaround prevent diagnosis within 28 days in the lung "
                 "pilot.",
         3, 4, "Outsourced CT reporting at weekends; pathology network escalation.",
         "Dr Hannah Okafor", "Mar-19"),
        ("R4.2", "A further procurement challenge delays the SPA beyond April 2019.",
         2, 3, "Legal advice taken; clarification responses published to all bidders.",
         "Farah Nadeem", "Apr-19"),
    ]),
    ("Programme 5: Mental Health & Learning Disabilities", [
        ("R5.1", "TCP: suitable community housing is not available for people ready to leave hospital.",
         4, 3, "Joint housing panel with both councils; capital bid to NHS England.",
         "Nicola Farrant", "Mar-19"),
        ("R5.2", "Unable to recruit 2 WTE consultant liaison psychiatrists.",
         3, 3, "Second advert; locum cover; joint post with the Alcohol Care Team.",
         "Dr Aisling Brennan", "Jan-19"),
    ]),
    ("Programme 6: Children, Young People & Maternity", [
        ("R6.1", "Midwife vacancies (24 WTE) prevent the continuity of carer teams from forming.",
         3, 4, "Newly qualified midwife recruitment; return to practice campaign.",
         "Siobhan Reilly", "Mar-19"),
    ]),
    ("Programme 7: Digital & Shared Care Record", [
        ("R7.1", "Not all 78 practices sign the TESCR information sharing agreement.",
         3, 3, "LMC support; practice visits by the IG lead.", "Yusuf Harland", "Jan-19"),
        ("R7.2", "Cyber security: around 3,400 devices still run unsupported Windows 7.",
         3, 5, "Windows 10 migration plan; patching and isolation of legacy devices.",
         "Dawn Metcalfe", "Jan-20"),
    ]),
    ("Programme 8: Workforce & OD", [
        ("R8.1", "Registered nurse vacancy rate of 11.2% across the two acute trusts drives agency "
                 "spend and limits bed capacity.",
         5, 4, "Nursing associates; international recruitment; collaborative bank.",
         "Marion Quaye", "Mar-19"),
    ]),
]


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), hexcolour)))


def make_risk_register():
    path = os.path.join(OUT, "TEHCP_STP_Risk_Register_Sept18.docx")
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    doc.add_heading("STP risk register \u2013 risks scoring 6 and above", 1)
    doc.add_paragraph("Reviewed by the STP Programme Board on 26 September 2018. "
                      "Score = likelihood (L) \u00d7 impact (I), each 1\u20135.")
    heads = ["Ref", "Risk", "L", "I", "Score", "Mitigating actions", "Risk owner", "Target date"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        c = t.rows[0].cells[j]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "005EB8")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    band = 0
    for group, risks in RISKS:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = group
        m.paragraphs[0].runs[0].bold = True
        shade(m, "BDD7EE")
        for r in risks:
            row = t.add_row()
            if r is None:
                m = row.cells[0].merge(row.cells[-1])
                m.text = "No risks scoring 6 or above this month."
                m.paragraphs[0].runs[0].italic = True
                continue
            ref, desc, l, i, mit, owner, target = r
            vals = [ref, desc, str(l), str(i), str(l * i), mit, owner, target]
            for j, v in enumerate(vals):
                row.cells[j].text = v
                if band % 2:
                    shade(row.cells[j], "F2F2F2")
            band += 1
    widths = [Cm(1.3), Cm(7.5), Cm(0.8), Cm(0.8), Cm(1.2), Cm(7.0), Cm(3.2), Cm(2.0)]
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Glossary (plain text with dot leaders and wrapped definitions)
# ---------------------------------------------------------------------------
GLOSSARY = [
    ("A&G", "Advice and Guidance: a GP asks a hospital consultant for advice before, or instead of, a referral."),
    ("ACT", "Alcohol Care Team (TRI)."),
    ("AEC", "Ambulatory Emergency Care; now called SDEC."),
    ("BPFT", "Brackenmouth Partnership NHS Foundation Trust, the mental health and learning disability trust."),
    ("CAS", "Clinical Assessment Service: clinicians who assess NHS 111 callers by phone."),
    ("CoC", "Continuity of carer (maternity)."),
    ("CRG", "Clinical Reference Group of the Partnership, chaired by a senior clinician."),
    ("D2A", "Discharge to Assess: people are discharged when medically fit and their longer-term needs are assessed at home (pathway 1) or in a bed-based setting (pathways 2 and 3)."),
    ("ECC", "Ellisvale County Council."),
    ("EGH", "Ellisvale General Hospital(s); Ellisvale General Hospitals NHS Trust."),
    ("ENP", "Emergency Nurse Practitioner."),
    ("e-RS", "NHS e-Referral Service."),
    ("FDS", "Faster Diagnosis Standard: diagnosis or all-clear within 28 days of referral."),
    ("FIG", "Finance and Investment Group."),
    ("IAPT", "Improving Access to Psychological Therapies."),
    ("IUTC", "Integrated Urgent Treatment Centre."),
    ("KCH", "Kestrel Community Health, the community services provider for the footprint."),
    ("LMS", "Local Maternity System."),
    ("MECC", "Making Every Contact Count."),
    ("NDPP", "NHS Diabetes Prevention Programme."),
    ("OAP", "Out of area placement (mental health inpatient care away from home)."),
    ("PCH", "Primary Care Hub: a group of practices serving 30,000 to 50,000 people."),
    ("PMO", "Programme Management Office."),
    ("QSG", "Quality Surveillance Group."),
    ("SAFER", "Patient flow bundle: Senior review, All patients with an expected discharge date, Flow of patients from early morning, Early discharge, Review of long stays."),
    ("SDEC", "Same Day Emergency Care."),
    ("SPA", "Single Point of Access (MSK triage)."),
    ("SRO", "Senior Responsible Officer."),
    ("STT", "Straight to test (cancer pathway)."),
    ("TCC", "Tarnford City Council."),
    ("TCP", "Transforming Care Partnership: the NHS and council partnership that moves people with a learning disability or autism out of inpatient care."),
    ("TDTS", "Tobacco Dependency Treatment Service."),
    ("TEHCP", "Tarnford & Ellisvale Health and Care Partnership (the STP footprint)."),
    ("TESCR", "Tarnford & Ellisvale Shared Care Record."),
    ("TNA", "Trainee nursing associate."),
    ("TRI", "Tarnford Royal Infirmary NHS Foundation Trust."),
    ("WTE", "Whole time equivalent."),
]


def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    if cur:
        lines.append(cur)
    return lines


def make_glossary():
    path = os.path.join(OUT, "TEHCP_Glossary_of_abbreviations.txt")
    out = ["TARNFORD & ELLISVALE HEALTH AND CARE PARTNERSHIP",
           "Glossary of abbreviations used in STP papers",
           "Version 1.4, October 2018 - maintained by the STP PMO",
           "",
           "Abbreviations are listed alphabetically. Where an entry runs over one line it",
           "continues, indented, on the next line.",
           ""]
    for abbr, text in GLOSSARY:
        lines = wrap(text, 52)
        out.append("%s %s %s" % (abbr, "." * (16 - len(abbr)), lines[0]))
        for l in lines[1:]:
            out.append(" " * 18 + l)
    out += ["", "Queries about this glossary: pmo.tehcp@nhs.net", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------
# 8. UEC highlight report (plain text with RAG lines)
# ---------------------------------------------------------------------------
HIGHLIGHT = """\
TARNFORD & ELLISVALE HEALTH AND CARE PARTNERSHIP
Programme 3 - Urgent & Emergency Care
HIGHLIGHT REPORT  |  Week commencing 5 November 2018
Prepared by: Owen Pritchard, Programme Manager      SRO: Helen Braithwaite
Distribution: A&E Delivery Board; STP PMO

OVERALL RAG: A   (last report: A)

KEY METRICS - October 2018
  A&E 4-hour (all types), TRI ........ 86.4%   (trajectory 90.0%)
  A&E 4-hour (all types), EGH ........ 90.1%   (trajectory 90.0%)
  Ambulance handovers over 60 min .... 47      (September: 63)
  Delayed transfers of care .......... 4.1% of occupied bed days (target 3.5%)
  Acute beds released (D2A / SAFER) .. 38 of 45

==========================================================================
WORKSTREAM 1: Integrated Urgent Treatment Centre, Brackenmouth
Lead: Lena Hartigan (Deputy Chief Operating Officer, Kestrel Community Health)
RAG: A   (was G)
Done this period:
  - Staffing model agreed: 9.6 WTE ENPs and 2.0 WTE GPs; 6.4 WTE ENPs recruited.
  - CQC registration application resubmitted on 29 October.
Next period:
  - w/c 12 Nov: CQC registration visit.
  - w/c 19 Nov: staff induction and simulation days.
  - Mon 3 Dec: go-live, 8am to 10pm; 24/7 opening from April 2019.
Issues / escalations:
  - ENP shortfall of 3.2 WTE. Agency cover from December to March will cost
    GBP 240k (non-recurrent). Escalated to the Partnership Board on 21 Nov.

==========================================================================
WORKSTREAM 2: NHS 111 Clinical Assessment Service (CAS)
Lead: Dr Ewan McTaggart
RAG: G
Done this period:
  - Clinical safety officer appointed.
Next period:
  - w/c 26 Nov: clinical safety case sign-off.
  - Fri 1 Feb 2019: CAS live (unchanged).

==========================================================================
WORKSTREAM 3: SAFER and Discharge to Assess
Lead: Rachel Dunsford (Head of Patient Flow, TRI)
RAG: A   (was A)
Done this period:
  - Red2Green days embedded on all medical wards at TRI.
Next period:
  - Recruit 14 WTE reablement support workers for Ellisvale (8 in post).
  - Mon 7 Jan 2019: D2A pathway 1 live in Ellisvale.
Issues / escalations:
  - Pathway 3 (nursing home) assessment beds: only 6 of 12 commissioned.

==========================================================================
WORKSTREAM 4: Same Day Emergency Care (SDEC), EGH
Lead: Dr Chidi Anyanwu
RAG: R   (was A)
Done this period:
  - Unit refurbishment complete.
Next period:
  - Mon 19 Nov: open 8am to 8pm, Monday to Friday only.
  - Seven-day (12/7) opening moved to Mon 7 Jan 2019, subject to recruitment.
Issues / escalations:
  - Only 1 of 3 acute physician posts filled; 12/7 opening on 19 Nov not achievable.

==========================================================================
DECISIONS NEEDED FROM THE A&E DELIVERY BOARD
  1. Support the GBP 240k request for IUTC agency cover (to Partnership Board 21 Nov).
  2. Note the revised SDEC opening hours from 19 Nov.

Next report: w/c 19 November 2018
"""


def make_highlight():
    path = os.path.join(OUT, "TEHCP_UEC_Highlight_Report_wc_5Nov18.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HIGHLIGHT)


if __name__ == "__main__":
    make_poap()
    make_board_paper()
    make_tracker()
    make_deck()
    make_narrative()
    make_risk_register()
    make_glossary()
    make_highlight()
    for n in sorted(os.listdir(OUT)):
        print(n, os.path.getsize(os.path.join(OUT, n)))
