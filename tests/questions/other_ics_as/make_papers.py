"""Write the Corriford & Lowenby STP papers (an imaginary footprint of the 2016/17 STP round) into papers/.

Six made-up papers, dated 9 January to 8 March 2017, in document genres no earlier bank used:
  01 a contract award recommendation report (PDF, platypus) for the Integrated Urgent Care procurement: a cover
     table, a procurement timetable under a merged "Date" heading (Planned / Actual or revised), an evaluation
     matrix under a two-row header (Quality 70% spanning five sub-criteria and a subtotal, Price, Total, Rank),
     the bidders only as letters until a confidential appendix, evaluators as initials resolved in Appendix A, a
     declared conflict of interest and a must-do contribution table;
  02 a clinical senate review (PDF, platypus): a letter on a letterhead with the signatory only in the signature
     block, then the panel's report: the proposal at a glance, panel membership with attendance marks (✓ / ✗)
     for the panel meeting and the site visit, conditions and recommendations whose deadlines are relative to
     other events ("Before public consultation begins", "Within 6 months of HASU go-live");
  03 a communications and engagement plan (Word): a version table, a team table of initials, an audience x
     month engagement grid (quarters merged over months, shaded cells holding channel codes, a key paragraph),
     an activity plan with leads as initials and dates as "w/c", "by 06.03.17", "Mar–Apr 2017", "Mid-April",
     "Summer 2017", an engagement lead handed over from a date, a moved consultation start, and the nine
     must-dos translated into public messages with the priority carrying each (one none);
  04 a workforce plan (Excel): WTE by staff group under merged sector bands (baseline / plan / change), a
     schemes sheet with leads as initials, a Changes sheet that overrides it from effective dates, a must-do
     sheet whose coverage is additional WTE by priority (blank = none, a negative = a reduction), a Contacts
     sheet and a Read me naming the priorities;
  05 a go-live readiness review (PowerPoint) for the Delivery Group: go / no-go decisions, two readiness
     checklists as real tables with domains merged down and ✓ / ◐ / ✗ statuses, owners as initials resolved
     on a "Who's who" slide, key figures as separate text boxes and a decision log;
  06 an internal audit report (Markdown): labelled header lines, a distribution list of posts and names,
     findings in blocks whose responsible officers are posts, a must-do traceability check list of [x] / [ ]
     boxes and an exit meeting attended by posts.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

FILES = {
    "award": "01_CL_STP_IUC_Contract_Award_Recommendation_JCC_23Feb2017.pdf",
    "senate": "02_Marchland_Clinical_Senate_Stroke_Review_9Jan2017.pdf",
    "comms": "03_CL_STP_Comms_and_Engagement_Plan_v0.4_Feb2017.docx",
    "workforce": "04_CL_STP_Workforce_Plan_LWAB_v1.2_Feb2017.xlsx",
    "readiness": "05_CL_STP_GoLive_Readiness_Delivery_Group_8Mar2017.pptx",
    "audit": "06_Westfell_Internal_Audit_STP_Governance_Final_27Feb2017.md",
}

NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#D9D9D9")
PALE = colors.HexColor("#EDF2F9")

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="DV", fontSize=8, leading=10)
SMALLB = ParagraphStyle("smallb", fontName="DVB", fontSize=8, leading=10)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, spaceAfter=8, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, textColor=NAVY)
CAP = ParagraphStyle("cap", fontName="DVB", fontSize=8.5, leading=11, spaceBefore=4, spaceAfter=3)

# ---------------------------------------------------------------------------------------------------------------
# 01 Contract award recommendation (PDF)
# ---------------------------------------------------------------------------------------------------------------
AWARD_COVER = [
    ("Meeting", "Joint Commissioning Committee of NHS Corriford CCG, NHS Lowenby & Thackholme CCG and NHS Brisley "
                "Sands CCG (meeting in common), 23 February 2017"),
    ("Agenda item / paper", "Item 8 / JCC/17/08"),
    ("Title", "Integrated Urgent Care (NHS 111 and Clinical Assessment Service): contract award recommendation"),
    ("Executive sponsor", "Alison Marsh-Dwyer, Chief Officer, NHS Lowenby & Thackholme CCG; SRO, Urgent & "
                          "Emergency Care (P3)"),
    ("Clinical lead", "Dr Ifeoma Adebayo-Stirk, GP and Clinical Lead, Urgent & Emergency Care"),
    ("Report author", "Tomasz Wielgosz, Head of Procurement, Ashgate Commissioning Support Unit"),
    ("Date of paper", "16 February 2017"),
    ("Action required", "DECISION"),
]
AWARD_PARTICULARS = [
    ("Service", "NHS 111 call handling and a Clinical Assessment Service (CAS), 24 hours a day, 365 days a year"),
    ("Lead commissioner", "NHS Lowenby & Thackholme CCG, for the three CCGs"),
    ("Form of contract", "NHS Standard Contract (full length)"),
    ("Initial term", "5 years from service commencement"),
    ("Extension", "Option to extend by up to 2 years (5 + 2)"),
    ("Total contract value (initial term)", "£38.4m (£7.68m a year)"),
    ("Procurement route", "Open procedure, light-touch regime, Public Contracts Regulations 2015"),
    ("Service commencement", "1 October 2017 (revised; see Table 2, stage 11)"),
]
# stage, planned (ITT, Sep 2016), actual / revised, note
AWARD_TIMETABLE = [
    ("1", "Market engagement event", "w/c 11 Jul 2016", "14 July 2016",
     "Thackholme Community Hospital; 9 providers attended"),
    ("2", "Selection questionnaire issued", "Aug 2016", "8 August 2016", ""),
    ("3", "Invitation to tender published", "Q2 16/17", "30 September 2016", ""),
    ("4", "Tender return deadline", "w/c 28 Nov 2016", "2 December 2016", "Three compliant bids"),
    ("5", "Evaluation and moderation", "Dec 2016", "Dec 2016 – Jan 2017", ""),
    ("6", "Bidder presentations", "w/c 16 Jan 2017", "w/c 23 Jan 2017", "Moved: panel availability"),
    ("7", "Award recommendation", "Jan 2017", "23 February 2017", "This paper"),
    ("8", "Standstill period (10 calendar days)", "Feb 2017", "24 February – 6 March 2017",
     "Runs to midnight on 6 March 2017 (the tenth day falls on a Sunday)"),
    ("9", "Contract signature", "Feb 2017", "by 31 March 2017", ""),
    ("10", "Mobilisation", "Mar – Jun 2017", "Apr – Sep 2017", "Mobilisation Board first meets w/c 13 March 2017"),
    ("11", "Service commencement", "1 July 2017", "1 October 2017",
     "Moved: Directory of Services and CAS recruitment; agreed by the Committee on 26 January 2017"),
]
# bidder: clinical model (25), workforce (15), mobilisation (10), IM&T (10), social value (10), quality (70),
# price (30), total (100), rank
AWARD_SCORES = [
    ("A", 19.5, 10.5, 7.0, 7.5, 6.0, 50.5, 24.6, 75.1, 2),
    ("B", 21.0, 12.0, 8.0, 7.0, 7.0, 55.0, 27.3, 82.3, 1),
    ("C", 15.0, 9.0, 5.5, 8.0, 4.5, 42.0, 30.0, 72.0, 3),
]
AWARD_PANEL = [
    ("Clinical model", "25%", "IAS, TG, RP"),
    ("Workforce", "15%", "NF, CM"),
    ("Mobilisation", "10%", "TW, MH"),
    ("IM&T", "10%", "AV"),
    ("Social value", "10%", "LC"),
    ("Price", "30%", "DQ, TW"),
]
AWARD_MUSTDOS = [
    ("1", "Deliver the STP", "No direct contribution; the contract is one part of the P3 Urgent & Emergency Care "
                             "programme"),
    ("2", "Financial balance", "No direct contribution"),
    ("3", "General practice", "Direct booking from the CAS into extended-access GP hubs"),
    ("4", "A&E and ambulance", "Clinical validation of lower-acuity ambulance and emergency department dispositions"),
    ("5", "Referral to treatment", "No direct contribution"),
    ("6", "Cancer", "No direct contribution"),
    ("7", "Mental health", "No direct contribution (urgent mental health needs are referred to the P5 crisis line)"),
    ("8", "Learning disabilities", "No direct contribution"),
    ("9", "Quality", "No direct contribution"),
]
APPENDIX_A = [
    ("AMD", "Alison Marsh-Dwyer", "Chief Officer, NHS Lowenby & Thackholme CCG (executive sponsor)"),
    ("OF", "Owen Falstead", "STP Programme Director (chair of moderation)"),
    ("IAS", "Dr Ifeoma Adebayo-Stirk", "GP; Clinical Lead, Urgent & Emergency Care"),
    ("TG", "Dr Tessa Grange", "Clinical Director, Urgent Care, Lowenby & Thackholme Hospitals NHS Trust"),
    ("RP", "Dr Rhodri Pennant", "Clinical Director, Pelham Cross Primary Care Federation"),
    ("NF", "Nadia Farooqui", "Workforce Programme Manager, STP PMO"),
    ("CM", "Claire Mottram", "Workforce Lead, Urgent Care, Lowenby & Thackholme Hospitals NHS Trust"),
    ("TW", "Tomasz Wielgosz", "Head of Procurement, Ashgate Commissioning Support Unit"),
    ("MH", "Marcus Hebden", "Urgent Care Project Manager, NHS Lowenby & Thackholme CCG"),
    ("AV", "Alun Vickery", "Head of IT Services, Ashgate Commissioning Support Unit"),
    ("LC", "Lynne Castleford", "Head of Corporate Governance, NHS Corriford CCG"),
    ("DQ", "Derek Quennell", "Chief Finance Officer, NHS Corriford CCG"),
]
APPENDIX_B = [
    ("A", "Northvale Integrated Urgent Care Partnership", "Consortium led by Northvale Ambulance Service NHS Trust"),
    ("B", "Vale Doctors Urgent Care CIC", "Community interest company owned by Lowenby GPs"),
    ("C", "MedCall 24 Ltd", "Independent sector provider"),
]


def esc(text):
    """Escape a bare '&' for reportlab's paragraph markup (entities already written stay as they are)."""
    return re.sub(r"&(?!(?:amp|lt|gt|#\d+);)", "&amp;", text)


def p(text, style=BODY):
    return Paragraph(esc(text), style)


def ruled(data, widths, header_rows=1, extra=(), font_size=8):
    style = [
        ("FONT", (0, 0), (-1, -1), "DV", font_size),
        ("FONT", (0, 0), (-1, header_rows - 1), "DVB", font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle(style + list(extra)))
    return t


def cellp(text, bold=False, style=None):
    return Paragraph(esc(text), style or (SMALLB if bold else SMALL))


def award(path: Path) -> None:
    def on_page(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(18 * mm, A4[1] - 12 * mm, "Corriford & Lowenby STP | Joint Commissioning Committee (CCGs in common)"
                     " | 23 February 2017")
        c.drawString(18 * mm, 10 * mm, "Paper JCC/17/08 | Appendix B is commercial in confidence")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="JCC/17/08 Integrated Urgent Care contract award",
                            author="Ashgate Commissioning Support Unit", subject="Contract award recommendation",
                            creator="Corriford & Lowenby STP")
    s = [p("Integrated Urgent Care: contract award recommendation", H1)]
    s.append(ruled([[cellp(a, True), cellp(b)] for a, b in AWARD_COVER], [42 * mm, 132 * mm], header_rows=0,
                   extra=[("BACKGROUND", (0, 0), (0, -1), PALE)]))
    s.append(p("1. Recommendations", H2))
    s.append(p("1.1 The Committee is asked to approve the award of the Integrated Urgent Care contract to Bidder B, "
               "the highest-scoring compliant bid. The bidders' identities are given in Appendix B, which is "
               "commercial in confidence until the standstill period ends."))
    s.append(p("1.2 The Committee is asked to note that a standstill period of 10 calendar days follows the award "
               "decision, and to delegate authority to the executive sponsor to sign the contract if no challenge "
               "is received."))
    s.append(p("1.3 The Committee is asked to note the revised service commencement date (Table 2, stage 11)."))
    s.append(p("2. Background", H2))
    s.append(p("2.1 The current NHS 111 service, provided by Northvale Ambulance Service NHS Trust (NVAS), has been "
               "extended to 30 September 2017. The new service joins NHS 111 call handling with a Clinical "
               "Assessment Service (CAS) of GPs, nurses, paramedics and pharmacists, "
               "for the registered population of 874,000 across the three CCGs."))
    s.append(p("2.2 The procurement followed the open procedure under the light-touch regime. Three compliant bids "
               "were received by the tender deadline."))
    s.append(p("Table 1: Contract particulars", CAP))
    s.append(ruled([[cellp(a, True), cellp(b)] for a, b in AWARD_PARTICULARS], [56 * mm, 118 * mm], header_rows=0,
                   extra=[("BACKGROUND", (0, 0), (0, -1), PALE)]))
    s.append(PageBreak())

    s.append(p("3. Procurement timetable", H2))
    s.append(p("3.1 Table 2 compares the timetable published with the invitation to tender (ITT) in September 2016 "
               "with what happened, or is now planned. Two stages moved."))
    head = [[cellp("Stage", True), "", cellp("Date", True), "", cellp("Note", True)],
            ["", "", cellp("Planned (ITT, Sep 2016)", True), cellp("Actual / revised", True), ""]]
    rows = [[cellp(n), cellp(a), cellp(b), cellp(c), cellp(d)] for n, a, b, c, d in AWARD_TIMETABLE]
    s.append(p("Table 2: Procurement timetable", CAP))
    s.append(ruled(head + rows, [8 * mm, 46 * mm, 30 * mm, 36 * mm, 54 * mm], header_rows=2,
                   extra=[("SPAN", (0, 0), (1, 1)), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (4, 1))]))
    s.append(p("4. Evaluation", H2))
    s.append(p("4.1 Bids were scored 70% on quality and 30% on price. Quality was scored by section; each section's "
               "maximum is shown in brackets. Price was scored against the lowest compliant price."))
    hd = ParagraphStyle("hd", fontName="DVB", fontSize=7, leading=8.5)
    h1 = [cellp("Bidder", style=hd), cellp("Quality (70%)", style=hd), "", "", "", "", "",
          cellp("Price (30%)", style=hd), cellp("Total (100)", style=hd), cellp("Rank", style=hd)]
    h2 = ["", cellp("Clinical model (25)", style=hd), cellp("Workforce (15)", style=hd),
          cellp("Mobilisation (10)", style=hd), cellp("IM&T (10)", style=hd), cellp("Social value (10)", style=hd),
          cellp("Quality subtotal (70)", style=hd), "", "", ""]
    body = [[cellp(f"Bidder {r[0]}")] + [cellp(f"{v:.1f}") for v in r[1:9]] + [cellp(str(r[9]))]
            for r in AWARD_SCORES]
    s.append(p("Table 3: Evaluation scores (moderated)", CAP))
    s.append(ruled([h1, h2] + body, [17 * mm, 17 * mm, 19 * mm, 24 * mm, 14 * mm, 15 * mm, 18 * mm, 15 * mm, 15 * mm, 12 * mm], header_rows=2,
                   extra=[("SPAN", (1, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (7, 0), (7, 1)),
                          ("SPAN", (8, 0), (8, 1)), ("SPAN", (9, 0), (9, 1)), ("ALIGN", (1, 2), (-1, -1), "RIGHT")]))
    s.append(Spacer(1, 4))
    s.append(p("4.2 Bidder B ranked first on quality and overall. Bidder C submitted the lowest price and so scored "
               "full marks on price, but its quality score was the lowest of the three."))
    s.append(p("4.3 Each section was scored independently by the evaluators in Table 4 (initials are given in "
               "Appendix A) and the scores were then moderated on 10 and 11 January 2017."))
    s.append(p("Table 4: Evaluation panel", CAP))
    s.append(ruled([[cellp("Section", True), cellp("Weight", True), cellp("Evaluators", True)]] +
                   [[cellp(a), cellp(b), cellp(c)] for a, b, c in AWARD_PANEL], [50 * mm, 20 * mm, 60 * mm]))
    s.append(PageBreak())

    s.append(p("5. Conflicts of interest", H2))
    s.append(p("5.1 GL, Chief Executive of Northvale Ambulance Service NHS Trust, the lead member of one bidding "
               "consortium, declared an interest on 3 October 2016. He has taken no part in the procurement, "
               "received no procurement papers and left the STP Urgent & Emergency Care Board for the item on "
               "19 January 2017. No evaluator declared an interest."))
    s.append(p("6. Contribution to the national must-dos", H2))
    s.append(p("6.1 Table 5 sets out how the contract contributes to the nine must-dos of the 2016/17 NHS planning "
               "guidance."))
    s.append(p("Table 5: Contribution to the 2016/17 national must-dos", CAP))
    s.append(ruled([[cellp("No.", True), cellp("Must-do", True), cellp("Contribution of this contract", True)]] +
                   [[cellp(a), cellp(b), cellp(c)] for a, b, c in AWARD_MUSTDOS], [12 * mm, 40 * mm, 122 * mm]))
    s.append(p("7. Finance", H2))
    s.append(p("7.1 The annual contract value of £7.68m compares with current NHS 111 and GP out-of-hours spend of "
               "£7.1m across the three CCGs. The difference is met from P3 savings in 2017/18."))
    s.append(p("8. Next steps", H2))
    s.append(p("8.1 Subject to the Committee's decision, bidders will be told the outcome on 24 February 2017. A "
               "Mobilisation Board chaired by the executive sponsor will meet monthly from w/c 13 March 2017, with "
               "readiness checkpoints in July 2017 and September 2017."))
    s.append(PageBreak())

    s.append(p("Appendix A: Evaluators and officers named by initials", H2))
    s.append(ruled([[cellp("Initials", True), cellp("Name", True), cellp("Role", True)]] +
                   [[cellp(a), cellp(b), cellp(c)] for a, b, c in APPENDIX_A] +
                   [[cellp("GL"), cellp("Gareth Lindqvist"),
                     cellp("Chief Executive, Northvale Ambulance Service NHS Trust (declared interest; not a member "
                           "of the panel)")]],
                   [18 * mm, 44 * mm, 112 * mm]))
    s.append(p("Appendix B: Bidder identities (COMMERCIAL IN CONFIDENCE)", H2))
    s.append(ruled([[cellp("Bidder", True), cellp("Organisation", True), cellp("Type", True)]] +
                   [[cellp(a), cellp(b), cellp(c)] for a, b, c in APPENDIX_B], [18 * mm, 70 * mm, 86 * mm]))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Clinical senate review (PDF)
# ---------------------------------------------------------------------------------------------------------------
SENATE_GLANCE = [
    ("Hospitals admitting acute stroke", "3 (CGH, LDH, BSH)", "1 HASU (CGH) and 2 acute stroke units (LDH, BSH)"),
    ("Hyper-acute stroke unit beds", "none", "24"),
    ("All stroke beds", "68", "56 (24 HASU, 18 LDH, 14 BSH)"),
    ("Confirmed stroke admissions a year", "1,650", "1,650"),
    ("Population within 45 minutes of a HASU by blue-light ambulance", "not applicable", "96%"),
    ("Median door-to-needle time for thrombolysis", "58 minutes", "40 minutes (target)"),
]
# name, role, organisation, panel 14 Nov, site visit 29 Nov
SENATE_PANEL = [
    ("Professor Maeve Halloran", "Panel chair; consultant stroke physician", "Westbury Royal Hospital", "✓", "✓"),
    ("Dr Kwame Asante-Boateng", "Consultant interventional neuroradiologist", "Harcourt Neurosciences Centre",
     "✓ (video)", "✗"),
    ("Sister Joan Pemberton", "Stroke nurse consultant", "Westbury Royal Hospital", "✓", "✓"),
    ("Hayley Truscott", "Stroke specialist physiotherapist", "Ravelstoke Community Trust", "✓", "✓"),
    ("Ade Ogunleye", "Consultant paramedic", "Western Shires Ambulance Service", "✓", "✓"),
    ("Dr Lucy Fairweather", "GP; Senate Council member", "Marchland Clinical Senate", "✗", "✓"),
    ("Patricia Venn", "Lay member, Senate Citizens' Assembly", "Marchland Clinical Senate", "✓", "✓"),
]
SENATE_CONDITIONS = [
    ("C1", "Condition", "A seven-day consultant-led stroke rota at the HASU, with at least 8 WTE stroke consultants, "
                        "agreed by both acute trusts", "P6 SRO", "Before public consultation begins"),
    ("C2", "Condition", "A signed agreement with the regional neuroscience centre for 24/7 mechanical thrombectomy",
     "P6 SRO with NHS England Specialised Commissioning", "By end of Q1 2017/18"),
    ("C3", "Condition", "Ambulance conveyance modelling re-run with NVAS, and an audit of on-scene-to-door times",
     "NVAS Director of Operations", "Within 6 months of HASU go-live"),
    ("R4", "Recommendation", "Early supported discharge commissioned in all three CCGs", "CCG commissioners",
     "Winter 2017/18"),
    ("R5", "Recommendation", "A written protocol to repatriate patients from the HASU to an acute stroke unit within "
                             "72 hours", "P6 clinical lead", "Before HASU go-live"),
]
SENATE_TESTS = [
    ("Strong public and patient engagement", "Outside the Senate's clinical remit; pre-consultation engagement noted"),
    ("Consistency with current and prospective need for patient choice", "Outside the Senate's clinical remit"),
    ("Clear clinical evidence base", "Met, subject to conditions C1 to C3"),
    ("Support from clinical commissioners", "Noted: the three CCG clinical chairs support the model"),
]


def senate(path: Path) -> None:
    def on_page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(colors.HexColor("#005EB8"))
            c.rect(0, A4[1] - 34 * mm, A4[0], 34 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVB", 18)
            c.drawString(18 * mm, A4[1] - 17 * mm, "Marchland Clinical Senate")
            c.setFont("DV", 8.5)
            c.drawString(18 * mm, A4[1] - 24 * mm, "Independent clinical advice for the health systems of the Marchland "
                                                   "region")
            c.drawRightString(A4[0] - 18 * mm, A4[1] - 17 * mm, "Tannery Court, Wellbrook WB3 9TX")
            c.drawRightString(A4[0] - 18 * mm, A4[1] - 24 * mm, "marchland.senate@nhs.net")
        else:
            c.setFont("DV", 7.5)
            c.setFillColor(colors.HexColor("#595959"))
            c.drawString(18 * mm, A4[1] - 12 * mm, "Marchland Clinical Senate | Review panel report: hyper-acute "
                                                   "stroke services, Corriford & Lowenby")
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                            bottomMargin=18 * mm, title="Clinical Senate review: hyper-acute stroke services",
                            author="Marchland Clinical Senate", creator="Marchland Clinical Senate")
    right = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT)
    s = [p("Our ref: MCS/REV/2016-11<br/>9 January 2017", right)]
    s.append(p("Dr Fiona Kettleborough<br/>Medical Director, Corriford University Hospitals NHS Foundation Trust<br/>"
               "SRO, Acute Services Sustainability (P6), Corriford &amp; Lowenby STP<br/>Corriford General Hospital"
               "<br/>Corriford CR2 7LP"))
    s.append(Spacer(1, 6))
    s.append(p("Dear Dr Kettleborough,"))
    s.append(p("<b>Independent clinical review: hyper-acute stroke services in Corriford &amp; Lowenby</b>"))
    s.append(p("Thank you for asking the Marchland Clinical Senate to review the clinical case for consolidating "
               "hyper-acute stroke care. An independent panel chaired by Professor Maeve Halloran met on 14 November "
               "2016 and visited Corriford General Hospital and Lowenby District Hospital on 29 November 2016. The "
               "panel's report is enclosed."))
    s.append(p("The Senate supports the proposed model of care, a single hyper-acute stroke unit (HASU) of 24 beds "
               "at Corriford General Hospital with acute stroke units at Lowenby District Hospital and Brisley Sands "
               "Hospital, subject to the three conditions in section 4 of the report. Condition C1 must be met "
               "before public consultation begins; the Senate will review progress against all three conditions at "
               "its Council meeting on 4 May 2017."))
    s.append(p("The panel was impressed by the openness of the clinical teams at both hospitals, and by the quality "
               "of the data the programme team provided."))
    s.append(p("Yours sincerely,"))
    s.append(Spacer(1, 16))
    s.append(p("<b>Dr Samuel Oyelaran</b><br/>Chair, Marchland Clinical Senate"))
    s.append(Spacer(1, 8))
    s.append(p("cc: Helen Tranmire, STP Lead, Corriford &amp; Lowenby STP; Owen Falstead, STP Programme Director; "
               "Dr Elaine Marwood, Clinical Chair, NHS Corriford CCG", SMALL))
    s.append(PageBreak())

    s.append(p("Review panel report: hyper-acute stroke services, Corriford &amp; Lowenby STP", H1))
    s.append(p("1. The proposal at a glance", H2))
    s.append(ruled([[cellp("Measure", True), cellp("Now", True), cellp("Proposed", True)]] +
                   [[cellp(a), cellp(b), cellp(c)] for a, b, c in SENATE_GLANCE], [70 * mm, 34 * mm, 66 * mm]))
    s.append(p("CGH Corriford General Hospital; LDH Lowenby District Hospital; BSH Brisley Sands Hospital.", SMALL))
    s.append(p("2. The panel", H2))
    s.append(p("The panel met on 14 November 2016 and visited both hospitals on 29 November 2016. Attendance is "
               "shown below (✓ attended, ✗ gave apologies)."))
    s.append(ruled([[cellp("Name", True), cellp("Role", True), cellp("Organisation", True),
                     cellp("Panel 14 Nov", True), cellp("Site visit 29 Nov", True)]] +
                   [[cellp(a), cellp(b), cellp(c), cellp(d), cellp(e)] for a, b, c, d, e in SENATE_PANEL],
                   [40 * mm, 48 * mm, 44 * mm, 18 * mm, 20 * mm]))
    s.append(p("3. Findings", H2))
    s.append(p("3.1 The clinical evidence for consolidating hyper-acute stroke care on fewer sites is strong, and the "
               "proposed HASU would see enough patients to sustain specialist skills. The panel's concerns are the "
               "consultant workforce, access to thrombectomy and ambulance journey times for the coastal population "
               "around Brisley Sands."))
    s.append(PageBreak())
    s.append(p("4. Conditions and recommendations", H2))
    s.append(p("Conditions must be met for the Senate's support to stand; recommendations are advice."))
    s.append(ruled([[cellp("Ref", True), cellp("Type", True), cellp("Condition or recommendation", True),
                     cellp("For action by", True), cellp("Timescale", True)]] +
                   [[cellp(a), cellp(b), cellp(c), cellp(d), cellp(e)] for a, b, c, d, e in SENATE_CONDITIONS],
                   [10 * mm, 33 * mm, 59 * mm, 36 * mm, 32 * mm]))
    s.append(p("5. NHS England's tests for service change", H2))
    s.append(ruled([[cellp("Test", True), cellp("Senate view", True)]] +
                   [[cellp(a), cellp(b)] for a, b in SENATE_TESTS], [70 * mm, 100 * mm]))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 03 Communications and engagement plan (Word)
# ---------------------------------------------------------------------------------------------------------------
COMMS_TEAM = [
    ("RD", "Rachel Dunsmore", "Director of Communications & Engagement; STP communications lead",
     "NHS Corriford CCG"),
    ("LB", "Laura Beckwith", "Engagement Manager; engagement lead, stroke consultation (to 28 February 2017)",
     "NHS Lowenby & Thackholme CCG"),
    ("KM", "Kieran Maddocks", "Senior Communications Officer; engagement lead, stroke consultation (from 1 March "
                              "2017)", "Corriford University Hospitals NHS FT"),
    ("HOP", "Hannah Osei-Parr", "Digital Communications Officer", "Ashgate Commissioning Support Unit"),
    ("TA", "Tom Ashcroft", "Public Affairs Manager (elected members and MPs)", "Lowenshire County Council"),
]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
GRID = [
    ("Public & patients", ["NL", "SM, NL", "PM, DS", "DS, SM", "PM", "NL"]),
    ("Staff", ["BR", "RS", "RS, NL", "", "BR", "NL"]),
    ("GPs & practices", ["", "BR", "LMC", "BR", "", "BR"]),
    ("Elected members & MPs", ["OSC", "", "MP", "", "", "OSC"]),
    ("Healthwatch & voluntary sector", ["", "WS", "", "WS", "", ""]),
    ("Media", ["", "", "PR", "", "", "PR"]),
]
GRID_KEY = ("Key: NL newsletter; SM social media campaign; PM public meeting; DS drop-in session; BR briefing; "
            "RS staff roadshow; LMC Local Medical Committee; OSC Joint Health Overview & Scrutiny Committee; "
            "MP MPs' briefing; WS workshop; PR press release. Shaded cells have activity planned.")
# ref, activity, audience, lead, when, sign-off
COMMS_ACTIVITIES = [
    ("A1", "Public summary of the STP published (leaflet and website)", "Public", "RD", "Done – 12 January 2017",
     "Partnership Board"),
    ("A2", "Staff briefing pack issued to all partner organisations", "Staff", "KM", "w/c 6 February 2017", "RD"),
    ("A3", "GP practice briefings, one per locality", "GPs & practices", "LB", "by 24 February 2017", "RD"),
    ("A4", "Joint Health Overview & Scrutiny Committee: stroke proposals", "Elected members", "TA",
     "Held 19 January 2017; again June 2017", "RD"),
    ("A5", "Staff roadshows at all acute and community sites", "Staff", "KM", "w/c 20 February – w/c 13 March 2017",
     "RD"),
    ("A6", "Easy read and BSL versions of the consultation document", "Public", "HOP", "by 06.03.17", "RD"),
    ("A7", "Consultation launch: press release, social media and first public meeting", "Public, media", "KM",
     "13 March 2017", "RD"),
    ("A8", "Public drop-in sessions in Corriford, Lowenby, Thackholme and Brisley Sands", "Public", "KM",
     "Mar–Apr 2017", "RD"),
    ("A9", "Mid-point review of consultation responses", "Programme team", "RD", "Mid-April 2017",
     "Partnership Board"),
    ("A10", "Consultation closes; independent analysis by Fieldline Research begins", "Programme team", "KM",
     "5 June 2017", "RD"),
    ("A11", "Report on what we heard", "Public", "RD", "Summer 2017", "Partnership Board"),
]
COMMS_MUSTDOS = [
    ("1", "Deliver a high-quality STP", "One plan for health and care across Corriford and Lowenby", "All priorities"),
    ("2", "Return to financial balance", "Spending every pound wisely", "P6 Acute Services Sustainability"),
    ("3", "Sustainable general practice", "Easier to see a GP, evenings and weekends", "P2 Neighbourhood Care"),
    ("4", "A&E and ambulance standards", "The right care first time, day or night", "P3 Urgent & Emergency Care"),
    ("5", "Referral to treatment in 18 weeks", "Shorter waits for planned operations", "P4 Planned Care & Cancer"),
    ("6", "Cancer 62-day standard", "Faster diagnosis, better survival", "P4 Planned Care & Cancer"),
    ("7", "Mental health access", "Help in a crisis, any time", "P5 Mental Health"),
    ("8", "Transforming care for people with learning disabilities",
     "No public message in this plan: see the Transforming Care Partnership's communications", "—"),
    ("9", "Improving quality", "Safe, high-quality care in every hospital", "P1 Healthier Lives and P6 Acute "
                                                                            "Services Sustainability"),
]


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def bold_row(row):
    for cell in row.cells:
        for para in cell.paragraphs:
            for run in para.runs:
                run.bold = True


def comms(path: Path) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = ("Corriford & Lowenby STP | Communications and Engagement Plan, January to June "
                                     "2017 | v0.4 DRAFT")
    sec.footer.paragraphs[0].text = "Owner: Rachel Dunsmore, Director of Communications & Engagement"
    doc.add_heading("Communications and Engagement Plan: January to June 2017", level=1)
    doc.add_paragraph("Corriford & Lowenby Sustainability and Transformation Plan. Version 0.4, 1 February 2017.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("0.3", "12 January 2017", "LB", "First full draft for the Partnership Board"),
                ("0.4", "1 February 2017", "RD", "Consultation start moved (section 5); engagement lead handover "
                                                  "(section 2)")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph("This plan sets out how the STP partners will inform and involve staff, the public and "
                      "stakeholders from January to June 2017, including the public consultation on hyper-acute "
                      "stroke services. The Partnership Board approved it in principle on 26 January 2017.")

    doc.add_heading("2. The communications and engagement team", level=2)
    doc.add_paragraph("Leads are shown by their initials in the rest of this plan.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Initials", "Name", "Role", "Employed by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in COMMS_TEAM:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_paragraph("Handover: LB starts maternity leave at the end of February. KM takes over as engagement lead "
                      "for the stroke consultation with effect from 1 March 2017; LB's other work passes to RD.")

    doc.add_heading("3. Who we need to reach", level=2)
    for a in ["Patients, carers and the public, including seldom-heard groups", "Staff of all partner organisations",
              "GPs and practice teams", "Elected members and MPs", "Healthwatch and the voluntary sector",
              "Local media"]:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("4. Engagement grid", level=2)
    doc.add_paragraph("Planned activity by audience and month.")
    g = doc.add_table(rows=2, cols=7)
    g.style = "Table Grid"
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    g.cell(0, 0).merge(g.cell(1, 0)).text = "Audience"
    g.cell(0, 1).merge(g.cell(0, 3)).text = "Q4 2016/17"
    g.cell(0, 4).merge(g.cell(0, 6)).text = "Q1 2017/18"
    for i, m in enumerate(MONTHS, 1):
        g.cell(1, i).text = m
    bold_row(g.rows[0])
    bold_row(g.rows[1])
    for audience, cells in GRID:
        row = g.add_row().cells
        row[0].text = audience
        for i, v in enumerate(cells, 1):
            row[i].text = v
            if v:
                shade(row[i], "BDD7EE")
    doc.add_paragraph(GRID_KEY)

    doc.add_heading("5. Public consultation on hyper-acute stroke services", level=2)
    doc.add_paragraph("5.1 The consultation will run for 12 weeks, from 13 March 2017 to 5 June 2017.")
    doc.add_paragraph("5.2 Change since v0.3: the start has moved from 6 February 2017 to 13 March 2017, so that "
                      "Clinical Senate condition C1 (the seven-day stroke rota) is met before consultation begins.")
    doc.add_paragraph("5.3 Budget: £86,500, for printing, events, accessible formats and the independent analysis "
                      "of responses.")
    doc.add_paragraph("5.4 Our aim is at least 2,000 responses and 400 people at public meetings and drop-in "
                      "sessions.")

    doc.add_heading("6. Activity plan", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Activity", "Audience", "Lead", "When", "Sign-off"]):
        c.text = h
    bold_row(t.rows[0])
    for row in COMMS_ACTIVITIES:
        for c, v in zip(t.add_row().cells, row):
            c.text = v

    doc.add_heading("7. What the national must-dos mean for local people", level=2)
    doc.add_paragraph("The nine must-dos of the 2016/17 NHS planning guidance, in the words we will use with the "
                      "public, and the STP priority that carries each message.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "National must-do", "What we will say", "Carried by"]):
        c.text = h
    bold_row(t.rows[0])
    for row in COMMS_MUSTDOS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v

    doc.add_heading("8. Spokespeople and sign-off", level=2)
    doc.add_paragraph("Dr Fiona Kettleborough (clinical) and Helen Tranmire (STP Lead) will speak for the STP on the "
                      "stroke consultation. RD signs off every press release; out of hours, the on-call director of "
                      "the lead CCG does so.")
    for para in doc.paragraphs:
        para.paragraph_format.space_after = Pt(4)
    doc.core_properties.author = "Rachel Dunsmore"
    doc.core_properties.title = "Communications and Engagement Plan v0.4"
    doc.core_properties.created = doc.core_properties.modified = datetime(2017, 2, 1, 9, 0, 0)
    doc.core_properties.last_modified_by = "Rachel Dunsmore"
    doc.core_properties.revision = 4
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Workforce plan (Excel)
# ---------------------------------------------------------------------------------------------------------------
PRIORITIES = [("P1", "Healthier Lives"), ("P2", "Neighbourhood Care"), ("P3", "Urgent & Emergency Care"),
              ("P4", "Planned Care & Cancer"), ("P5", "Mental Health"), ("P6", "Acute Services Sustainability")]
SECTORS = ["Acute", "Community", "Mental health", "Primary care"]
# staff group -> {sector: (baseline Mar-16, plan Mar-19)}
WTE = [
    ("Medical & dental", {"Acute": (812.0, 798.0), "Community": (38.0, 44.0), "Mental health": (96.0, 104.0)}),
    ("Registered nursing & midwifery", {"Acute": (2946.5, 2874.5), "Community": (1118.0, 1206.0),
                                        "Mental health": (742.0, 781.5)}),
    ("Allied health professionals", {"Acute": (512.0, 526.0), "Community": (388.5, 421.5),
                                     "Mental health": (64.0, 71.0), "Primary care": (0.0, 12.0)}),
    ("Healthcare scientists", {"Acute": (301.0, 295.0), "Community": (12.0, 12.0)}),
    ("Support to clinical staff", {"Acute": (1604.0, 1540.0), "Community": (610.0, 668.0),
                                   "Mental health": (455.0, 470.0), "Primary care": (204.0, 236.0)}),
    ("GPs", {"Primary care": (468.0, 489.0)}),
    ("Practice nurses", {"Primary care": (291.0, 305.0)}),
    ("Other primary care clinical (incl. clinical pharmacists)", {"Primary care": (6.0, 21.0)}),
    ("Infrastructure support", {"Acute": (1380.0, 1322.0), "Community": (402.0, 395.0),
                                "Mental health": (288.0, 281.0), "Primary care": (655.0, 662.0)}),
]
# ref, scheme, priority, staff groups, lead, target, key milestone, due (str or datetime), RAG
SCHEMES = [
    ("WF01", "Physician associates in acute medicine and emergency departments", "P3", "Medical & dental", "GT",
     "12 PAs", "First cohort in post", "Sept 2017 intake", "A"),
    ("WF02", "Advanced clinical practitioners for urgent care and the Clinical Assessment Service", "P3",
     "Nursing; AHPs", "IAS", "20 trainee ACPs", "Training places commissioned with HEE", "Q2 17/18", "G"),
    ("WF03", "International nurse recruitment for the acute trusts", "P6", "Registered nursing", "BK", "60 RNs",
     "First cohort arrives", datetime(2017, 6, 5), "A"),
    ("WF04", "Nursing associate pilot (HEE test site)", "P2", "Support to clinical staff", "BK", "24 trainees",
     "First trainees complete year 1", "Winter 2017/18", "G"),
    ("WF05", "Clinical pharmacists in general practice", "P2", "Other primary care clinical", "RP", "15 WTE",
     "Wave 1 posts filled", "by 31.12.17", "A"),
    ("WF06", "IAPT expansion: psychological wellbeing practitioners and high-intensity therapists", "P5",
     "Nursing; AHPs; psychology", "JM", "18 WTE", "Trainees recruited", "Autumn 2017", "A"),
    ("WF07", "Staff bank collaborative (CUH, LTH and BPFT)", "P6", "All", "CA", "One shared bank",
     "Collaborative bank live", "w/c 3 April 2017", "G"),
    ("WF08", "Joint apprenticeship academy funded by the apprenticeship levy", "All", "Support; infrastructure", "NF",
     "150 apprentices a year", "Academy launched", "tbc", "A"),
    ("WF09", "First contact physiotherapists in general practice", "P2", "Allied health professionals", "HW",
     "12 WTE", "Pilot live in four practices", "Oct-17", "G"),
]
# date agreed, ref, field, was, now, effective from, reason
CHANGES = [
    (datetime(2017, 2, 7), "WF01", "Due", "Sept 2017 intake", "Jan 2018 intake", datetime(2017, 2, 7),
     "University of Corriford physician associate course start deferred to January 2018"),
    (datetime(2017, 2, 7), "WF04", "Lead", "BK", "SO", datetime(2017, 3, 20),
     "Simon Oduya (SO) leads the pilot while BK is seconded to NHS Improvement"),
    (datetime(2017, 2, 7), "WF08", "Due", "tbc", "Q3 17/18", datetime(2017, 2, 7),
     "Levy-funded academy agreed by LWAB"),
]
# must-do row -> {priority: additional WTE}; blank = none
MUSTDO_WTE = [
    (1, "Deliver a high-quality STP", {}, "System-wide; no direct workforce requirement"),
    (2, "Return to aggregate financial balance", {"P6": -45.0}, "Negative = planned reduction in agency and bank WTE"),
    (3, "Sustainability and quality of general practice", {"P2": 62.0}, ""),
    (4, "A&E 4-hour standard and ambulance response times", {"P2": 14.0, "P3": 38.5}, ""),
    (5, "Referral to treatment: 18 weeks", {"P4": 16.0}, ""),
    (6, "Cancer: 62-day standard", {"P4": 9.5}, ""),
    (7, "Mental health access standards", {"P2": 6.0, "P5": 31.0}, ""),
    (8, "Transforming care for people with learning disabilities", {}, "See the Transforming Care Partnership plan"),
    (9, "Improving quality in special measures organisations", {"P6": 22.0}, ""),
]
CONTACTS = [
    ("JP", "Joanne Petrakis", "Director of Workforce & OD; LWAB chair", "Corriford University Hospitals NHS FT"),
    ("NF", "Nadia Farooqui", "Workforce Programme Manager", "STP PMO"),
    ("GT", "Dr Gwen Tolley", "Associate Medical Director (Education)", "Lowenby & Thackholme Hospitals NHS Trust"),
    ("IAS", "Dr Ifeoma Adebayo-Stirk", "Clinical Lead, Urgent & Emergency Care", "NHS Lowenby & Thackholme CCG"),
    ("BK", "Bernadette Kinsella", "Director of Nursing", "Lowenby & Thackholme Hospitals NHS Trust"),
    ("SO", "Simon Oduya", "Deputy Director of Nursing (Education)", "Corriford University Hospitals NHS FT"),
    ("RP", "Dr Rhodri Pennant", "Clinical Director", "Pelham Cross Primary Care Federation"),
    ("JM", "Jasmine Mistry", "IAPT Service Manager", "Brisley Partnership NHS FT"),
    ("CA", "Colin Arkle", "Head of Temporary Staffing", "Lowenby & Thackholme Hospitals NHS Trust"),
    ("HW", "Hollie Wragg", "MSK Physiotherapy Lead", "Brisley Partnership NHS FT"),
]


def workforce(path: Path) -> None:
    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    band_fill = PatternFill("solid", fgColor="B4C6E7")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws = wb.active
    ws.title = "Read me"
    lines = [
        "Corriford & Lowenby STP: Workforce Plan 2016/17 to 2018/19",
        "",
        "Owner: Local Workforce Action Board (LWAB). Chair: Joanne Petrakis.",
        "Version 1.2, agreed by the LWAB on 7 February 2017; issued 14 February 2017.",
        "WTE = whole-time equivalent, contracted, at 31 March of the year shown.",
        "Scheme leads are shown by initials; the Contacts sheet gives their names.",
        "The Changes sheet records changes agreed after v1.1. Where it differs from the Schemes sheet, the Changes "
        "sheet applies from its effective date.",
        "",
        "STP priorities",
    ]
    for i, line in enumerate(lines, 1):
        ws.cell(row=i, column=1, value=line or None)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A9"].font = bold
    for i, (code, name) in enumerate(PRIORITIES, 10):
        ws.cell(row=i, column=1, value=code)
        ws.cell(row=i, column=2, value=name)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 36

    ws = wb.create_sheet("WTE by staff group")
    ws["A1"] = "Workforce by staff group and sector"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "WTE, contracted, at 31 March"
    ws.merge_cells("A4:A5")
    ws["A4"] = "Staff group"
    col = 2
    for band in SECTORS + ["STP total"]:
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
        ws.cell(row=4, column=col, value=band)
        for j, h in enumerate(["Mar-16 baseline", "Mar-19 plan", "Change"]):
            ws.cell(row=5, column=col + j, value=h)
        col += 3
    totals = {k: [0.0, 0.0] for k in SECTORS + ["STP total"]}
    r = 6
    for group, by_sector in WTE + [("Total", None)]:
        ws.cell(row=r, column=1, value=group)
        col = 2
        row_total = [0.0, 0.0]
        for sector in SECTORS + ["STP total"]:
            if group == "Total":
                pair = totals[sector]
            elif sector == "STP total":
                pair = row_total
            else:
                pair = by_sector.get(sector)
            if pair is not None:
                base, plan = round(pair[0], 1), round(pair[1], 1)
                for j, v in enumerate([base, plan, round(plan - base, 1)]):
                    c = ws.cell(row=r, column=col + j, value=v)
                    c.number_format = "0.0"
                if group != "Total":
                    totals[sector][0] += base
                    totals[sector][1] += plan
                    if sector != "STP total":
                        row_total[0] += base
                        row_total[1] += plan
            col += 3
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=r - 1, min_col=1, max_col=16):
        for c in row:
            c.border = box
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=16):
        for c in row:
            c.font = bold
            c.fill = band_fill if c.row == 4 else head_fill
            c.alignment = centre
    for c in ws[r - 1]:
        c.font = bold
    ws.column_dimensions["A"].width = 44

    ws = wb.create_sheet("Schemes")
    ws["A1"] = "Workforce schemes 2017/18 to 2018/19"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Ref", "Scheme", "Priority", "Staff group(s)", "Lead", "Target", "Key milestone", "Due", "RAG"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = bold
        c.fill = head_fill
        c.border = box
    rag_fill = {"G": "63BE7B", "A": "FFC000", "R": "F8696B"}
    for i, row in enumerate(SCHEMES, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.border = box
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=i, column=9).fill = PatternFill("solid", fgColor=rag_fill[row[8]])
    for letter, w in zip("ABCDEFGHI", [7, 60, 9, 26, 7, 20, 34, 18, 6]):
        ws.column_dimensions[letter].width = w

    ws = wb.create_sheet("Must-do WTE")
    ws["A1"] = "Additional WTE needed to deliver the 2016/17 national must-dos, by STP priority (cumulative to 31 March 2019)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:A4")
    ws["A3"] = "No."
    ws.merge_cells("B3:B4")
    ws["B3"] = "National must-do"
    ws.merge_cells("C3:H3")
    ws["C3"] = "STP priority"
    for j, (code, _) in enumerate(PRIORITIES, 3):
        ws.cell(row=4, column=j, value=code)
    ws.merge_cells("I3:I4")
    ws["I3"] = "Total"
    ws.merge_cells("J3:J4")
    ws["J3"] = "Note"
    for i, (n, name, cells, note) in enumerate(MUSTDO_WTE, 5):
        ws.cell(row=i, column=1, value=n)
        ws.cell(row=i, column=2, value=name)
        for j, (code, _) in enumerate(PRIORITIES, 3):
            if code in cells:
                ws.cell(row=i, column=j, value=cells[code]).number_format = "0.0"
        if cells:
            ws.cell(row=i, column=9, value=round(sum(cells.values()), 1)).number_format = "0.0"
        ws.cell(row=i, column=10, value=note or None)
    for row in ws.iter_rows(min_row=3, max_row=13, min_col=1, max_col=10):
        for c in row:
            c.border = box
    for row in ws.iter_rows(min_row=3, max_row=4, min_col=1, max_col=10):
        for c in row:
            c.font = bold
            c.fill = head_fill
            c.alignment = centre
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["J"].width = 50

    ws = wb.create_sheet("Changes")
    ws["A1"] = "Changes agreed since v1.1"
    ws["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Date agreed", "Ref", "Field", "Was", "Now", "Effective from", "Reason"], 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = bold
        c.fill = head_fill
    for i, row in enumerate(CHANGES, 4):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, datetime):
                c.number_format = "dd/mm/yyyy"
    ws.column_dimensions["G"].width = 70

    ws = wb.create_sheet("Contacts")
    for j, h in enumerate(["Initials", "Name", "Job title", "Organisation"], 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font = bold
        c.fill = head_fill
    for i, row in enumerate(CONTACTS, 2):
        for j, v in enumerate(row, 1):
            ws.cell(row=i, column=j, value=v)
    for letter, w in zip("ABCD", [9, 26, 40, 42]):
        ws.column_dimensions[letter].width = w

    wb.properties.creator = "Nadia Farooqui"
    wb.properties.title = "C&L STP Workforce Plan v1.2"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 14, 9, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Go-live readiness review (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
UTC_CHECKLIST = [
    ("Workforce", "1.1", "Rota filled to 90% for the first 8 weeks", "✗ (78%)", "CM", "w/c 20 Mar 2017"),
    ("Workforce", "1.2", "Emergency nurse practitioners trained to request X-rays", "◐", "TG", "by 31.03.17"),
    ("Estates", "2.1", "Second triage room and waiting area works complete", "✗", "PG", "end of April 2017"),
    ("Estates", "2.2", "Internal and external signage", "✓", "PG", "Done"),
    ("IT", "3.1", "Direct booking from NHS 111 into UTC appointments tested", "◐", "AV", "w/c 27 Mar 2017"),
    ("Clinical governance", "4.1", "Standard operating procedures signed off", "✓", "TG", "Done"),
    ("Clinical governance", "4.2", "Escalation and transfer protocol agreed with the CGH emergency department and "
                                   "NVAS", "◐", "TG", "w/c 13 Mar 2017"),
    ("Communications", "5.1", "Public information campaign for the UTC", "◐", "KM", "2 weeks before go-live"),
]
NCT_CHECKLIST = [
    ("Leadership", "1.1", "NCT leads appointed for all three neighbourhoods", "✓", "EM", "Done"),
    ("Estates", "2.1", "Thackholme team co-located at Thackholme Community Hospital", "◐", "PG", "w/c 27 Mar 2017"),
    ("Information", "3.1", "Information sharing agreement signed by all partners", "✓", "AV", "Done"),
    ("Access", "4.1", "Single referral point live (one phone number per neighbourhood)", "✓", "RW", "Done"),
    ("Workforce", "5.1", "Care coordinators trained", "◐", "RW", "by 31.03.17"),
]
WHOS_WHO = [
    ("OF", "Owen Falstead", "STP Programme Director; chair, Delivery Group"),
    ("MH", "Marcus Hebden", "Urgent Care Project Manager, NHS Lowenby & Thackholme CCG (UTC project lead)"),
    ("CM", "Claire Mottram", "Workforce Lead, Urgent Care, Lowenby & Thackholme Hospitals NHS Trust"),
    ("TG", "Dr Tessa Grange", "Clinical Director, Urgent Care, Lowenby & Thackholme Hospitals NHS Trust"),
    ("PG", "Paul Grist", "Head of Estates, Lowenby & Thackholme Hospitals NHS Trust"),
    ("AV", "Alun Vickery", "Head of IT Services, Ashgate Commissioning Support Unit"),
    ("KM", "Kieran Maddocks", "Senior Communications Officer, Corriford University Hospitals NHS FT"),
    ("EM", "Dr Elaine Marwood", "SRO, Neighbourhood Care (P2); Clinical Chair, NHS Corriford CCG"),
    ("RW", "Rosalind Whitcombe", "NCT Programme Manager, Brisley Partnership NHS FT"),
]
DECISIONS = [
    ("DG/17/031", "Lowenby UTC go-live moved from 3 April 2017 to 2 May 2017 (rota and estates not ready)", "MH",
     "8 March 2017"),
    ("DG/17/032", "NCT wave 1 approved to go live on 3 April 2017", "EM", "8 March 2017"),
    ("DG/17/033", "UTC public information campaign re-timed to the new go-live date", "KM", "8 March 2017"),
]


def readiness(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank, title_only, title_slide = prs.slide_layouts[6], prs.slide_layouts[5], prs.slide_layouts[0]
    navy = RGBColor(0x1F, 0x38, 0x64)

    def textbox(slide, x, y, w, h, lines, size=14, bold=False, colour=None):
        tb = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(lines):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            para.text = line
            for run in para.runs:
                run.font.size = PPt(size)
                run.font.bold = bold
                if colour:
                    run.font.color.rgb = colour
        return tb

    def titled(title):
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = title
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = PPt(28)
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.color.rgb = navy
        return s

    def table(slide, rows, widths, y=1500000, merge_col0=False, size=11):
        n_rows, n_cols = len(rows), len(rows[0])
        shape = slide.shapes.add_table(n_rows, n_cols, Emu(400000), Emu(y), Emu(sum(widths)),
                                       Emu(330000 * n_rows))
        tbl = shape.table
        for j, w in enumerate(widths):
            tbl.columns[j].width = Emu(w)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = tbl.cell(i, j)
                cell.text = v
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = PPt(size)
                        run.font.bold = i == 0
        if merge_col0:
            start = 1
            while start < n_rows:
                end = start
                while end + 1 < n_rows and rows[end + 1][0] == rows[start][0]:
                    end += 1
                if end > start:
                    keep = rows[start][0]
                    for k in range(start + 1, end + 1):
                        tbl.cell(k, 0).text = ""
                    tbl.cell(start, 0).merge(tbl.cell(end, 0))
                    tbl.cell(start, 0).text = keep
                    for para in tbl.cell(start, 0).text_frame.paragraphs:
                        for run in para.runs:
                            run.font.size = PPt(size)
                start = end + 1
        return tbl

    s = prs.slides.add_slide(title_slide)
    s.shapes.title.text = "Go-live readiness review"
    s.placeholders[1].text = ("STP Delivery Group, 8 March 2017\nLowenby Urgent Treatment Centre (P3) and "
                              "Neighbourhood Care Teams wave 1 (P2)")

    s = titled("Summary: go / no-go")
    textbox(s, 500000, 1500000, 11000000, 4200000, [
        "Lowenby Urgent Treatment Centre (UTC): NO-GO for 3 April 2017. Revised go-live 2 May 2017 "
        "(decision DG/17/031).",
        "Neighbourhood Care Teams (NCTs) wave 1, covering Corriford North, Lowenby East and Thackholme: GO for "
        "3 April 2017 (decision DG/17/032).",
        "UTC readiness will be reviewed again at the Delivery Group on 5 April 2017.",
        "Readiness is assessed against the checklists on the next two slides; owners are shown by initials "
        "(see Who's who).",
    ], size=18)

    s = titled("Lowenby UTC: readiness checklist")
    table(s, [("Domain", "Ref", "Criterion", "Status", "Owner", "Due")] + UTC_CHECKLIST,
          [1700000, 600000, 5200000, 1100000, 900000, 1900000], y=1300000, merge_col0=True)
    textbox(s, 400000, 6250000, 11000000, 400000,
            ["✓ ready    ◐ on track, not yet complete    ✗ not ready: a risk to go-live"], size=11)

    s = titled("Neighbourhood Care Teams wave 1: readiness checklist")
    table(s, [("Domain", "Ref", "Criterion", "Status", "Owner", "Due")] + NCT_CHECKLIST,
          [1700000, 600000, 5200000, 1100000, 900000, 1900000], y=1300000)
    textbox(s, 400000, 5600000, 11000000, 400000,
            ["✓ ready    ◐ on track, not yet complete    ✗ not ready: a risk to go-live"], size=11)

    s = titled("Who's who")
    table(s, [("Initials", "Name", "Role")] + WHOS_WHO, [1200000, 2800000, 7200000], y=1300000, size=12)

    s = titled("Key figures")
    for k, (big, caption) in enumerate([("78%", "UTC rota fill at 8 March 2017 (target 90%)"),
                                        ("8am–10pm", "UTC opening hours, 7 days a week"),
                                        ("96,000", "people covered by NCT wave 1")]):
        x = 600000 + k * 3800000
        textbox(s, x, 2200000, 3400000, 1000000, [big], size=44, bold=True, colour=navy)
        textbox(s, x, 3300000, 3400000, 800000, [caption], size=14)

    s = titled("Decision log")
    table(s, [("Ref", "Decision", "Owner", "Date")] + DECISIONS, [1500000, 6800000, 1000000, 1900000], y=1300000,
          size=13)

    prs.core_properties.author = "Marcus Hebden"
    prs.core_properties.title = "Go-live readiness review, Delivery Group 8 March 2017"
    prs.core_properties.created = prs.core_properties.modified = datetime(2017, 3, 8, 9, 0, 0)
    prs.core_properties.last_modified_by = "Marcus Hebden"
    prs.core_properties.revision = 1
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Internal audit report (Markdown)
# ---------------------------------------------------------------------------------------------------------------
AUDIT = """\
# Internal Audit Report: STP Programme Governance and Delivery Assurance

**Client:** NHS Corriford CCG, as host of the Corriford & Lowenby STP  
**Audit plan reference:** CCG 16/17-09  
**Report status:** FINAL  
**Draft issued:** 13 February 2017  
**Final issued:** 27 February 2017  
**Assurance opinion:** LIMITED ASSURANCE  
**Prepared by:** Mark Henshawe, Audit Manager  
**Reviewed by:** Claire Yeadon, Head of Internal Audit, Westfell Audit Consortium

## Distribution

- Chief Officer, NHS Corriford CCG (STP Lead): Helen Tranmire
- Chief Finance Officer, NHS Corriford CCG: Derek Quennell
- STP Programme Director: Owen Falstead
- Head of Corporate Governance, NHS Corriford CCG: Lynne Castleford
- SRO, Planned Care & Cancer (P4): Graham Threlfall
- Members of the CCG Governance and Risk Committee (for information)

## 1. Executive summary

1.1 On the basis of our work we give **limited assurance** that the STP's governance arrangements are designed
well and applied consistently. The programme structure is clear, but risk management and the declaration of
interests at system level are not yet working as the Partnership Board expects.

1.2 We make six recommendations: two high, three medium and one low priority (section 3).

1.3 We found good practice in the Integrated Urgent Care procurement, whose record of interests was complete and
up to date.

## 2. Scope and approach

2.1 Fieldwork ran from 16 January to 3 February 2017. We interviewed the STP Lead, the STP Programme Director,
four SROs and the programme management office (PMO), and tested a sample of Partnership Board and Delivery Group
papers from June 2016 to January 2017.

2.2 The draft report was discussed at an exit meeting on 10 February 2017, attended by the STP Programme
Director, the Chief Finance Officer and the Head of Corporate Governance. The STP Lead sent apologies.

2.3 We traced each must-do of the 2016/17 NHS planning guidance to a delivery plan, a named lead and an agreed
trajectory. A ticked box means all three were evidenced.

- [x] MD1 Deliver the STP
- [x] MD2 Financial balance
- [x] MD3 General practice
- [x] MD4 A&E and ambulance
- [ ] MD5 Referral to treatment: plan and lead evidenced; no agreed trajectory at fieldwork (finding 3.3)
- [x] MD6 Cancer
- [x] MD7 Mental health
- [ ] MD8 Learning disabilities: delivered through the Transforming Care Partnership, outside the STP PMO; not
  tested
- [x] MD9 Quality

## 3. Findings and management action plan

### 3.1 Programme risk register not reviewed (priority: HIGH)

Finding: the STP risk register was last reviewed by the Delivery Group on 14 September 2016; 11 of its 24 risks
had no mitigating action.
Recommendation: the Delivery Group should review the register monthly and escalate risks scoring 15 or more to
the Partnership Board.
Management response: agreed; a monthly review starts at the March 2017 Delivery Group.
Responsible officer: STP Programme Director
Implementation date: 31 May 2017

### 3.2 No single register of interests for the STP boards (priority: HIGH)

Finding: declarations by members of the Partnership Board and the Delivery Group are held by each member's own
organisation; no single register exists and none is published.
Recommendation: keep and publish one register of interests for all STP boards, and ask for declarations at the
start of every meeting.
Management response: agreed.
Responsible officer: Head of Corporate Governance
Implementation date: 30 April 2017

### 3.3 No agreed trajectory for referral to treatment (priority: MEDIUM)

Finding: the planned care programme has a plan and a lead for the 18-week standard but no trajectory agreed with
the acute trusts.
Recommendation: agree and report a trajectory.
Management response: agreed; the trajectory will be part of the 2017/18 operational plan.
Responsible officer: SRO, Planned Care & Cancer (P4)
Implementation date: Q1 2017/18

### 3.4 Benefits are not tracked (priority: MEDIUM)

Finding: savings are reported for each priority, but non-financial benefits have no baseline or owner.
Recommendation: set up a benefits register with a baseline and owner for each benefit.
Management response: agreed.
Responsible officer: Chief Finance Officer
Implementation date: 30 September 2017

### 3.5 Delivery Group terms of reference out of date (priority: MEDIUM)

Finding: the Delivery Group's terms of reference still describe the shadow arrangements of early 2016.
Recommendation: revise the terms of reference, including quorum and decision rights.
Management response: agreed.
Responsible officer: STP Programme Director
Implementation date: by the June 2017 Partnership Board

### 3.6 Decision log incomplete (priority: LOW)

Finding: 4 of the 15 Delivery Group decisions we sampled were not in the decision log.
Recommendation: keep the decision log up to date after every meeting.
Management response: agreed.
Responsible officer: Head of Corporate Governance
Implementation date: 31 December 2017

## 4. Follow-up

4.1 We will follow up every recommendation in Q2 2017/18 and report the results to the CCG Governance and Risk
Committee.

## Appendix: assurance levels

- Substantial assurance: a sound system of control, applied consistently.
- Reasonable assurance: a generally sound system, with some weaknesses in design or application.
- Limited assurance: weaknesses in design or application that put the achievement of objectives at risk.
- No assurance: control is weak or absent.
"""


# ---------------------------------------------------------------------------------------------------------------
# Determinism for the Office files
# ---------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, stamp: datetime) -> None:
    """Rewrite an Office file's zip with fixed entry times and pinned core dates, so runs make the same bytes."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    out = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    award(OUT / FILES["award"])
    senate(OUT / FILES["senate"])
    comms(OUT / FILES["comms"])
    fix_zip(OUT / FILES["comms"], datetime(2017, 2, 1, 9, 0, 0))
    workforce(OUT / FILES["workforce"])
    fix_zip(OUT / FILES["workforce"], datetime(2017, 2, 14, 9, 0, 0))
    readiness(OUT / FILES["readiness"])
    fix_zip(OUT / FILES["readiness"], datetime(2017, 3, 8, 9, 0, 0))
    (OUT / FILES["audit"]).write_text(AUDIT)
    for p_ in sorted(OUT.iterdir()):
        print(p_.name, p_.stat().st_size)


if __name__ == "__main__":
    main()
