"""Write the Halsmoor & Wyvernford STP papers (bank_ar, an imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, dated 10 February to 15 March 2017, each in a
genre and table shape chosen to differ from the earlier banks:
  01 Gateway Review 0 report (PDF, platypus, A4 portrait, running header and footer): a status box, a coloured
     Delivery Confidence Assessment, a summary of recommendations graded Critical / Essential / Recommended with
     "Do now" / "By ..." timings and a key, findings in numbered paragraphs, a workstream leadership table with a
     footnote, a review team risk table scored L x I, Annex A interviewees (surname order) and Annex B a must-do
     assessment of Evidenced / Partly evidenced / Not evidenced findings;
  02 Equality and Quality Impact Assessment (Word) of one scheme: label/value form with ballot-box choices, an
     equality grid whose Positive / Neutral / Negative columns hold only a ticked or empty box, a quality grid scored
     consequence x likelihood, an action plan and a sign-off panel with the panel outcome as ballot boxes;
  03 capacity and demand model (Excel): named scenarios S1..S4 on a register sheet (one rejected), a summary whose
     header is two rows (scenario bands merged across their two year columns), assumptions as real percentages,
     owners only as initials explained on a Key sheet;
  04 route map (PowerPoint) drawn as a "tube map": each programme a coloured line of connector segments, stations as
     circles with separate date / name labels, an interchange station, the colours tied to programmes and SROs only
     on a "Key to the lines" slide, a "planned engineering works" slide of moved dates, and a must-do table whose
     cells name the lines by colour;
  05 record of questions from the public (plain text, transcript style with [hh:mm] stamps and speaker labels):
     attendance and apologies, an SRO hand-over from a date, moved dates, an unknown date, written answers to follow;
  06 register of declared interests (Markdown definition lists: one term per person, each interest a ": " line with
     type code, dates and the action agreed), a type-code key and an outstanding declaration.

usage: /work/main/.venv/bin/python make_papers.py      (the same bytes every run)
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

GATEWAY = "01_HW_STP_Gateway_Review_0_Report_Feb2017.pdf"
EQIA = "02_HW_EQIA_FCH-02_Community_Frailty_Hubs_v1.0.docx"
MODEL = "03_HW_Capacity_and_Demand_Model_v3.1.xlsx"
ROUTE = "04_HW_STP_Route_Map_PB_15Mar2017.pptx"
PUBLICQ = "05_HW_PB_Public_Questions_Record_15Mar2017.txt"
REGISTER = "06_HW_Register_of_Declared_Interests_Mar2017.md"

# ---------------------------------------------------------------------------------------------------------------
# People and programmes (one source of truth for the generator; questions re-read the files, not this)
# ---------------------------------------------------------------------------------------------------------------
LINES = [
    # colour name, hex, programme, acronym, SRO line(s), clinical lead line
    ("Red", "#D0202E", "Urgent & Emergency Care", "UEC",
     "SRO: Helen Marsden-Quaye, Chief Operating Officer, WHHFT (to 31 March 2017); Colm Brannigan, Director of "
     "Operations, Wyvernford & Lyne Valley CCG (from 1 April 2017)", "Clinical lead: Dr Leontine Varga"),
    ("Green", "#2E8B3D", "Frailty & Community Hubs", "FCH",
     "SRO: Annette Delacroix-Boyd, Chief Executive, LVCH", "Clinical lead: Dr Samina Iqbal-Thorne"),
    ("Purple", "#7B3F98", "Mental Health Crisis & Wellbeing", "MHW",
     "SRO: Oluwaseun Adeyemi-Clarke, Director of Strategy, TPFT", "Clinical lead: Dr Hamish Strachan"),
    ("Blue", "#1F5FAD", "Planned Care & Cancer", "PCC",
     "SRO: Bernadette Kilcoyne, Director of Commissioning, Halsmoor CCG", "Clinical lead: Mr Rajiv Nandakumar"),
    ("Orange", "#E87722", "Primary Care at Scale", "PCS",
     "SRO: Dr Ewan Tregarthen, Clinical Chair, Wyvernford & Lyne Valley CCG",
     "Clinical lead: vacant (interviews held March 2017)"),
    ("Grey", "#7F7F7F", "Digital & Shared Records", "DSR",
     "SRO: Lucinda Hartigan-Wolfe, Chief Information Officer, WHHFT", ""),
]

# stations per line: (date label, station name, month index for x position from Dec 2016 = 0, interchange?)
STATIONS = {
    "Red": [("Jan-17", "NHS 111 online pilot live", 1, False),
            ("Aug-17", "Wyvernford UTC full business case to Board", 8, False),
            ("Oct-17", "Integrated Urgent Care Hub, Halsmoor", 10, True),
            ("Qtr 3 17/18", "Clinical Assessment Service live", 12.5, False),
            ("Mar-18", "Wyvernford UTC opens (was Dec-17)", 15, False)],
    "Green": [("w/c 5 Jun 2017", "Frailty Hub 1 - Lyne Valley", 6, False),
              ("Autumn 2017", "Frailty Hub 2 - Wyvernford", 8.5, False),
              ("Oct-17", "Integrated Urgent Care Hub, Halsmoor", 10, True),
              ("Q4 2017/18", "Discharge to Assess on every ward", 14, False),
              ("2018/19", "Frailty Hubs 3 and 4 (Stretch scenario only)", 20, False)],
    "Purple": [("Apr-17", "Crisis line open 24/7", 4, False),
               ("30/09/2017", "Crisis café opens, Halsmoor", 9.5, False),
               ("Winter 2017/18", "Core 24 liaison psychiatry at Halsmoor General Infirmary", 13, False),
               ("time frame as yet unknown", "Crisis house (site not agreed)", 25, False)],
    "Blue": [("Feb-17", "MSK single point of access", 2, False),
             ("June 2017", "Hyper-acute stroke consultation starts", 6.5, False),
             ("Q3 17/18", "28-day faster diagnosis pilot (lung, colorectal)", 11.5, False),
             ("by 31/03/2019", "Single elective orthopaedic centre, Halsmoor", 27, False)],
    "Orange": [("Mar-17", "Evening extended access hubs", 3, False),
               ("Qtr 1 17/18", "Clinical pharmacists in 12 practices", 5.5, False),
               ("Spring 2018", "7-day GP access in all three places", 16.5, False)],
    "Grey": [("Dec-16 \u2713", "Shared care record phase 1", 0, False),
             ("Nov-17", "Shared care record phase 2: social care data", 11, False),
             ("2018/19", "Patient portal", 21, False)],
}

MUSTDO_LINES = [
    ("1 STP: deliver the footprint plan", "All lines", "The route map is the plan on a page"),
    ("2 Financial balance", "Red, Green, Blue", "Residual gap of £23m still to close"),
    ("3 General practice (GP Forward View)", "Orange, Grey", ""),
    ("4 A&E and ambulance performance", "Red, Green", "Interchange at the Integrated Urgent Care Hub"),
    ("5 Referral to treatment (18 weeks)", "Blue", ""),
    ("6 Cancer (62 days)", "Blue", "Faster diagnosis pilot"),
    ("7 Mental health", "Purple", ""),
    ("8 Learning disabilities (Transforming Care)", "None yet", "No line calls here yet: see Gateway recommendation R4"),
    ("9 Improving quality (special measures)", "Green, Purple", ""),
]


# ---------------------------------------------------------------------------------------------------------------
# 01 Gateway Review 0 report (PDF)
# ---------------------------------------------------------------------------------------------------------------
def gateway(path: Path) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    rl_config.invariant = 1
    pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")

    teal = colors.HexColor("#005B5C")
    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB", textColor=colors.white)
    h1 = ParagraphStyle("h1", parent=body, fontName="DVB", fontSize=17, leading=21, textColor=teal, spaceAfter=4)
    h2 = ParagraphStyle("h2", parent=body, fontName="DVB", fontSize=12, leading=15, textColor=teal, spaceBefore=8,
                        spaceAfter=5)
    sub = ParagraphStyle("sub", parent=body, fontSize=11, leading=14, spaceAfter=10)
    dca_s = ParagraphStyle("dca", parent=body, fontName="DVB", fontSize=14, leading=17, alignment=TA_CENTER,
                           textColor=colors.white)

    def P(text, st=cell):
        return Paragraph(text, st)

    def grid(data, widths, head=True, extra=()):
        t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8C8C8C")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        if head:
            style.append(("BACKGROUND", (0, 0), (-1, 0), teal))
        t.setStyle(TableStyle(style + list(extra)))
        return t

    def on_page(c, doc):
        c.saveState()
        c.setFont("DVB", 8)
        c.setFillColor(colors.HexColor("#9C1C1C"))
        c.drawString(18 * mm, A4[1] - 12 * mm, "OFFICIAL-SENSITIVE")
        c.setFillColor(colors.HexColor("#595959"))
        c.setFont("DV", 8)
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "Gateway Review 0: Strategic Assessment")
        c.line(18 * mm, 15 * mm, A4[0] - 18 * mm, 15 * mm)
        c.drawString(18 * mm, 10 * mm, "Halsmoor & Wyvernford STP Delivery Programme | Report issued 10 February 2017")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    story = [
        P("Gateway Review 0: Strategic Assessment", h1),
        P("Halsmoor &amp; Wyvernford Sustainability and Transformation Plan (STP) Delivery Programme", sub),
    ]
    status = [
        ["Version", "Final (v1.0)"],
        ["Date of issue to SRO", "10 February 2017"],
        ["Senior Responsible Owner (SRO)",
         "Duncan Farrimond, Chief Executive, Wyvernford &amp; Halsmoor Hospitals NHS Foundation Trust (WHHFT), "
         "STP Lead"],
        ["Review dates", "6\u20138 February 2017 (14 interviews, Wyvernford Town Hall)"],
        ["Review Team Leader", "Jonathan Abercrombie-Tait"],
        ["Review Team Members", "Dr Lowri Prys-Ellison; Nadia Castellanos"],
        ["Previous review", "None: this is the first Gateway review of the programme"],
    ]
    story.append(grid([[P(f"<b>{a}</b>"), P(b)] for a, b in status], [55 * mm, 119 * mm], head=False,
                      extra=[("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E2EFEF"))]))
    story.append(Spacer(1, 8))
    dca = Table([[P("Delivery Confidence Assessment", dca_s), P("AMBER/RED", dca_s)]],
                colWidths=[110 * mm, 64 * mm], rowHeights=[14 * mm])
    dca.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), teal),
                             ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#E0612A")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [dca, Spacer(1, 4), P(
        "<i>Amber/Red: successful delivery of the programme is in doubt, with major risks or issues apparent in a "
        "number of key areas. Urgent action is needed to address these and establish whether resolution is "
        "feasible.</i>", small), Spacer(1, 6)]
    story += [
        P("Summary of the Review Team's findings", h2),
        P("The Review Team found a partnership with real commitment at the top and a clear plan on a page (the "
          "route map). The programme is not yet equipped to deliver it: the programme office is well below "
          "establishment and led on an interim basis, one delivery workstream has no clinical lead, the footprint "
          "has no agreed view of future bed numbers, and one national must-do (learning disabilities) is not "
          "addressed anywhere in the plan. The urgent treatment centre timetable depends on an estates decant that "
          "has not been planned. These points are behind the Amber/Red rating and the six recommendations "
          "overleaf.", body),
        PageBreak(),
        P("Summary of recommendations", h2),
    ]
    recs = [
        ("R1", "Appoint a substantive Programme Director and fill the PMO vacancies, so that one milestone plan is "
               "run for all six workstreams.", "Critical", "Do now"),
        ("R2", "Adopt one scenario of the capacity and demand model as the planning baseline for beds, activity "
               "and workforce.", "Essential", "By the Partnership Board of 17 May 2017"),
        ("R3", "Confirm a clinical lead for Primary Care at Scale.", "Critical", "Do now"),
        ("R4", "Agree with the Transforming Care Partnership how the STP will meet must-do 8 (learning "
               "disabilities) and show it in the plan.", "Essential", "By end of Q1 2017/18"),
        ("R5", "Re-baseline the Wyvernford urgent treatment centre timetable against the estates decant "
               "programme.", "Essential", "Before the full business case is taken (Aug-17)"),
        ("R6", "Set out which decisions the Partnership Board can take and which stay with sovereign boards, in a "
               "memorandum of understanding.", "Recommended", "By 31 May 2017"),
    ]
    story.append(grid([[P("Ref", cellb), P("Recommendation", cellb), P("Urgency", cellb), P("Timing", cellb)]]
                      + [[P(a), P(b), P(c), P(d)] for a, b, c, d in recs],
                      [11 * mm, 95 * mm, 28 * mm, 40 * mm]))
    story += [Spacer(1, 4), P(
        "Key to urgency. <b>Critical (Do now)</b>: to increase the likelihood of a successful outcome it is of the "
        "greatest importance that the programme acts on this immediately. <b>Essential (Do by)</b>: to increase "
        "the likelihood of a successful outcome the programme should act before further key decisions are taken, "
        "by the timing shown. <b>Recommended</b>: the programme would benefit from this.", small)]

    story.append(P("1. Background and scope", h2))
    story += [P(t, body) for t in [
        "1.1 The footprint serves a registered population of 742,000 in three places: Halsmoor, Wyvernford and "
        "Lyne Valley. Its do-nothing financial gap is £284m by 2020/21; the plan submitted in October 2016 closes "
        "all but £23m of it.",
        "1.2 The programme has five delivery workstreams and three enablers. The five workstreams and the Digital "
        "&amp; Shared Records enabler are shown as lines on the route map, which the programme uses as its plan on "
        "a page.",
    ]]
    story.append(P("2. Governance and programme management", h2))
    story += [P(t, body) for t in [
        "2.1 The Partnership Board is chaired by Professor Imelda Kavanagh-Reeve, the independent chair appointed "
        "in September 2016, and meets in public on the third Wednesday of alternate months.",
        "2.2 The Programme Director post is held on an interim basis by Priya Ranganathan-Holt, seconded from "
        "Tarnside Partnership NHS FT (TPFT) until 30 June 2017. The PMO has 11.5 WTE in post against an "
        "establishment of 16 WTE.",
        "2.3 The Finance &amp; Activity Group reports to the Partnership Board and owns the capacity and demand "
        "model. The Review Team saw version 3.0 of the model, which holds four scenarios; none has yet been "
        "adopted as the planning baseline (R2).",
        "2.4 Sovereign boards have not yet agreed which decisions they delegate to the Partnership Board (R6).",
    ]]
    story.append(P("3. Workstream leadership and readiness", h2))
    ws = [
        ("Urgent &amp; Emergency Care", "Helen Marsden-Quaye, Chief Operating Officer, WHHFT\u00b9",
         "Dr Leontine Varga", "Strong clinical engagement. UTC opening planned for December 2017; the Review Team "
         "doubts the date (R5)."),
        ("Frailty &amp; Community Hubs", "Annette Delacroix-Boyd, Chief Executive, LVCH", "Dr Samina Iqbal-Thorne",
         "Best developed workstream; equality and quality impact assessment in progress."),
        ("Mental Health Crisis &amp; Wellbeing", "Oluwaseun Adeyemi-Clarke, Director of Strategy, TPFT",
         "Dr Hamish Strachan", "Crisis line and café well planned; the crisis house has no site or date."),
        ("Planned Care &amp; Cancer", "Bernadette Kilcoyne, Director of Commissioning, Halsmoor CCG",
         "Mr Rajiv Nandakumar", "Stroke consultation planned to start in April 2017, subject to NHS England "
         "assurance."),
        ("Primary Care at Scale", "Dr Ewan Tregarthen, Clinical Chair, Wyvernford &amp; Lyne Valley CCG", "Vacant",
         "No clinical lead (R3)."),
    ]
    story.append(grid([[P("Workstream", cellb), P("SRO", cellb), P("Clinical lead", cellb),
                        P("Review Team view", cellb)]] + [[P(a), P(b), P(c), P(d)] for a, b, c, d in ws],
                      [36 * mm, 50 * mm, 30 * mm, 58 * mm]))
    story += [Spacer(1, 3), P(
        "\u00b9 The Review Team was told that Helen Marsden-Quaye will hand over the SRO role on 1 April 2017; the "
        "successor had not been confirmed at the time of the review.", small)]
    story.append(P(
        "3.2 Enablers: Digital &amp; Shared Records (SRO Lucinda Hartigan-Wolfe, Chief Information Officer, "
        "WHHFT), Workforce (lead Marcus Ojukwu-Lind, Director of HR &amp; OD, WHHFT) and Estates (lead Fenella "
        "Garside, Director of Estates, WHHFT).", body))
    story.append(P("4. Risks the Review Team considers most serious", h2))
    risks = [
        ("Medical workforce: 38 vacant middle-grade posts across the two emergency departments", "Marcus Ojukwu-Lind",
         "5", "4", "20"),
        ("Estates: Ward 9 at Wyvernford Hospital must be decanted before UTC building work can start; no decant "
         "plan exists", "Fenella Garside", "4", "4", "16"),
        ("Finance: the £23m residual gap has no agreed plan", "Gareth Osei-Mensah", "4", "4", "16"),
        ("Learning disabilities: no workstream addresses must-do 8", "Duncan Farrimond", "3", "4", "12"),
    ]
    story.append(grid([[P("Risk", cellb), P("Owner", cellb), P("L", cellb), P("I", cellb), P("Score", cellb)]]
                      + [[P(a), P(b), P(c), P(d), P(e)] for a, b, c, d, e in risks],
                      [92 * mm, 40 * mm, 12 * mm, 12 * mm, 18 * mm]))
    story += [Spacer(1, 3), P("L = likelihood, I = impact, each 1 to 5; score = L x I.", small), PageBreak()]

    story.append(P("Annex A: Interviewees", h2))
    people = [
        ("Ashby-Nwosu, Cllr Margaret", "Vice Chair, Partnership Board; Leader, Halsmoor County Council"),
        ("Adeyemi-Clarke, Oluwaseun", "SRO, Mental Health Crisis &amp; Wellbeing"),
        ("Colquhoun, Dr Mairead", "Director of Nursing &amp; Quality, Halsmoor CCG"),
        ("Delacroix-Boyd, Annette", "SRO, Frailty &amp; Community Hubs"),
        ("Farrimond, Duncan", "SRO of the programme; STP Lead"),
        ("Fenstanton-Lowe, Abigail", "Chief Officer, Healthwatch Halsmoor"),
        ("Hartigan-Wolfe, Lucinda", "SRO, Digital &amp; Shared Records"),
        ("Kavanagh-Reeve, Professor Imelda", "Independent Chair, Partnership Board"),
        ("Kilcoyne, Bernadette", "SRO, Planned Care &amp; Cancer"),
        ("Lindqvist, Dr Cormac", "Director of Public Health, Halsmoor County Council"),
        ("Marsden-Quaye, Helen", "SRO, Urgent &amp; Emergency Care"),
        ("Osei-Mensah, Gareth", "STP Finance Lead; Director of Finance, Halsmoor CCG"),
        ("Ranganathan-Holt, Priya", "Interim Programme Director"),
        ("Tregarthen, Dr Ewan", "SRO, Primary Care at Scale"),
    ]
    people.sort(key=lambda p: p[0])
    story.append(grid([[P("Name", cellb), P("Role", cellb)]] + [[P(a), P(b)] for a, b in people],
                      [60 * mm, 114 * mm]))
    story.append(P("Annex B: National must-dos: the Review Team's assessment of evidence", h2))
    md_rows = [
        ("1 STP", "Evidenced", "The route map and the October 2016 submission."),
        ("2 Financial balance", "Partly evidenced", "£23m residual gap with no agreed plan."),
        ("3 General practice", "Partly evidenced", "Extended access started; workforce plan thin."),
        ("4 A&amp;E and ambulance", "Evidenced", "Clear trajectory; UTC date at risk."),
        ("5 Referral to treatment", "Partly evidenced", "Orthopaedic centre not until 2019."),
        ("6 Cancer 62 days", "Evidenced", ""),
        ("7 Mental health", "Evidenced", ""),
        ("8 Learning disabilities", "Not evidenced", "No workstream; see R4."),
        ("9 Quality / special measures", "Evidenced", ""),
    ]
    story.append(KeepTogether(grid([[P("Must-do", cellb), P("Finding", cellb), P("Comment", cellb)]]
                                   + [[P(a), P(b), P(c)] for a, b, c in md_rows],
                                   [50 * mm, 34 * mm, 90 * mm])))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, title="Gateway Review 0: Halsmoor & Wyvernford STP",
                            author="Gateway Review Team", subject="Strategic Assessment", creator="bank_ar")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Equality and Quality Impact Assessment (Word)
# ---------------------------------------------------------------------------------------------------------------
def eqia(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "v1.0 - approved by the EQIA Panel, 16 February 2017"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Halsmoor & Wyvernford STP | Equality and Quality Impact Assessment | FCH-02"

    def shade(c, fill):
        pr = c._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:color"), "auto")
        s.set(qn("w:fill"), fill)
        pr.append(s)

    def heading(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x00, 0x5B, 0x5C)

    def table(rows, head=None, label_col=False, widths=None):
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        if head:
            cells = t.add_row().cells
            for c, v in zip(cells, head):
                c.text = v
                c.paragraphs[0].runs[0].bold = True
                shade(c, "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            for j, (c, v) in enumerate(zip(cells, row)):
                c.text = v
                if label_col and j == 0:
                    c.paragraphs[0].runs[0].bold = True
                    shade(c, "EDEDED")
        return t

    title = doc.add_paragraph()
    r = title.add_run("Equality and Quality Impact Assessment (EQIA)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Halsmoor & Wyvernford STP: Frailty & Community Hubs workstream. Complete every part; tick "
                      "one box per row in Part B.")

    heading("Part A: About the proposal")
    table([
        ("Scheme reference", "FCH-02"),
        ("Scheme title", "Community Frailty Hubs - Lyne Valley and Wyvernford"),
        ("Workstream (SRO)", "Frailty & Community Hubs (Annette Delacroix-Boyd)"),
        ("EQIA completed by", "Yusuf Hallorann, Head of Community Transformation, LVCH"),
        ("Type of proposal", "\u2612 New service   \u2610 Change to an existing service   \u2610 Decommissioning"),
        ("What will change", "Two multidisciplinary frailty hubs (geriatrician, community matron, therapists, "
                             "social worker, pharmacist) giving same-day assessment to older people with frailty, "
                             "so that they can be treated without a hospital admission."),
        ("Go-live", "Hub 1 - Lyne Valley (Castle Yard Health Centre): w/c 5 June 2017. Hub 2 - Wyvernford (Kiln "
                    "Lane Clinic): Autumn 2017."),
        ("Investment", "£1.84m a year recurrent from 2017/18, plus £620k non-recurrent set-up costs in 2016/17"),
        ("Expected benefit", "9,400 bed days a year avoided at full run-rate (both hubs)"),
        ("Public consultation needed?", "\u2610 Yes   \u2612 No - engagement only (Lyne Valley and Wyvernford "
                                        "patient forums, January 2017)"),
    ], label_col=True)

    heading("Part B: Equality impact")
    tick, box = "\u2612", "\u2610"
    rows = [
        ("Age", 0, "Hubs are for people aged 65 and over with a Rockwood frailty score of 5 or more; 80% of "
                   "expected users are over 75."),
        ("Disability", 0, "Same-day assessment close to home; hub sites are step-free."),
        ("Gender reassignment", 1, "No differential impact identified."),
        ("Marriage and civil partnership", 1, "No differential impact identified."),
        ("Pregnancy and maternity", 1, "Not applicable to the client group."),
        ("Race", 2, "Lower use of community services by Polish- and Gujarati-speaking older people; interpreting "
                    "is not yet contracted at the hub sites (action A3)."),
        ("Religion or belief", 1, "No differential impact identified."),
        ("Sex", 1, "Two thirds of expected users are women; no differential impact."),
        ("Sexual orientation", 1, "No differential impact identified."),
        ("Carers (local addition)", 0, "Carers' assessment offered at every hub visit."),
        ("Rurality (local addition)", 2, "Castle Yard is 14 miles from the upper Lyne Valley villages, with no "
                                         "direct bus (action A1)."),
    ]
    table([(name, *[tick if k == v else box for k in range(3)], note) for name, v, note in rows],
          head=("Protected characteristic", "Positive", "Neutral", "Negative", "Evidence and comment"),
          label_col=True)

    heading("Part C: Quality impact")
    table([
        ("Patient safety", "Negative", "4", "2", "8", "Patients may deteriorate after going home from the hub: "
                                                      "community matron follow-up call within 48 hours."),
        ("Clinical effectiveness", "Positive", "-", "-", "-", "Comprehensive geriatric assessment within 4 hours."),
        ("Patient experience", "Positive", "-", "-", "-", "Fewer admissions and shorter journeys for most users."),
        ("Workforce", "Negative", "3", "4", "12", "Geriatrician sessions come off the WHHFT rota; two consultant "
                                                  "geriatricians to recruit (action A4)."),
    ], head=("Quality domain", "Impact", "Consequence (1-5)", "Likelihood (1-5)", "Score", "Mitigation"),
        label_col=True)
    doc.add_paragraph("Quality risks scoring 12 or more are reported to the Quality and Safety Committee.")

    heading("Part D: Action plan")
    table([
        ("A1", "Community transport pilot from the upper Lyne Valley villages to Castle Yard",
         "Tessa Vinegrove, Community Transport Coordinator, Halsmoor County Council", "31 May 2017"),
        ("A2", "Easy read leaflet, and leaflets translated into Polish and Gujarati", "Yusuf Hallorann",
         "end of April 2017"),
        ("A3", "Extend the interpreting contract to both hub sites",
         "Ruth Ackland-Obi, Equality & Diversity Lead, LVCH", "before Hub 1 opens"),
        ("A4", "Recruit two consultant geriatricians", "Marcus Ojukwu-Lind, Director of HR & OD, WHHFT", "Sep-17"),
        ("A5", "Post-implementation review of this EQIA", "Yusuf Hallorann", "December 2017"),
    ], head=("Ref", "Action", "Owner", "By when"))

    heading("Part E: Sign-off")
    table([
        ("Completed by", "Yusuf Hallorann, Head of Community Transformation, LVCH", "20/01/2017"),
        ("Quality review", "Dr Mairead Colquhoun, Director of Nursing & Quality, Halsmoor CCG", "02/02/2017"),
        ("Approved by (Chair, EQIA Panel)", "Stephen Mbatha-Cole, Lay Member for Patient & Public Involvement, "
                                            "Halsmoor CCG", "16/02/2017"),
        ("Panel outcome", "\u2610 Proceed   \u2612 Proceed with mitigations   \u2610 Revise and resubmit   "
                          "\u2610 Do not proceed", ""),
        ("Next review of this EQIA", "August 2017 (six months after approval)", ""),
    ], head=("Stage", "Name and role", "Date"), label_col=True)

    cp = doc.core_properties
    cp.author = "Yusuf Hallorann"
    cp.title = "EQIA FCH-02 Community Frailty Hubs"
    cp.created = cp.modified = datetime(2017, 2, 16, 9, 0, 0)
    cp.revision = 4
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 03 Capacity and demand model (Excel)
# ---------------------------------------------------------------------------------------------------------------
def model(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="005B5C")
    band_fill = PatternFill("solid", fgColor="DDEBF7")
    white = Font(bold=True, color="FFFFFF")
    thin = Side(style="thin", color="999999")
    boxed = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws = wb.active
    ws.title = "Read me"
    readme = [
        "Halsmoor & Wyvernford STP - capacity and demand model v3.1",
        None,
        "Purpose: one shared view of general and acute (G&A) bed demand and acute activity to 2020/21 under named "
        "scenarios, for the Finance & Activity Group and the Partnership Board.",
        "Model owner: KW. Initials used in this workbook are explained on the Key sheet.",
        "The Summary sheet shows the 2016/17 baseline (forecast outturn at month 9) and, for each live scenario, "
        "2018/19 and 2020/21.",
        "Activity rows marked (000s) are in thousands a year.",
        "Scenario S4 (Winter surge) was rejected by the Finance & Activity Group on 13/02/2017 and is kept on the "
        "Scenarios sheet for reference only.",
        "Recommendation to the Partnership Board: adopt S2 Plan as the planning baseline (Gateway review "
        "recommendation R2).",
    ]
    for i, line in enumerate(readme, 1):
        if line:
            ws.cell(row=i, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Control")
    ctrl = [("Scenario shown on charts", "S2 Plan"), ("Model version", "3.1"), ("Last run", date(2017, 2, 24)),
            ("Run by", "KW")]
    for i, (k, v) in enumerate(ctrl, 1):
        ws.cell(row=i, column=1, value=k).font = bold
        c = ws.cell(row=i, column=2, value=v)
        if isinstance(v, date):
            c.number_format = "dd/mm/yyyy"
    dv = DataValidation(type="list", formula1='"S1 Do nothing,S2 Plan,S3 Stretch"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add("B1")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Summary")
    ws["A1"] = "Capacity and demand summary: G&A beds and acute activity, H&W STP footprint"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Figures are for the financial year shown. Bed figures are average G&A beds."
    ws["A4"], ws["B4"] = "Metric", "Baseline"
    ws.merge_cells("A4:A5")
    ws["B5"] = "2016/17"
    for col, name in (("C", "S1 Do nothing"), ("E", "S2 Plan"), ("G", "S3 Stretch")):
        ws[f"{col}4"] = name
        nxt = chr(ord(col) + 1)
        ws.merge_cells(f"{col}4:{nxt}4")
        ws[f"{col}5"], ws[f"{nxt}5"] = "2018/19", "2020/21"
    for row in (4, 5):
        for col in "ABCDEFGH":
            c = ws[f"{col}{row}"]
            c.alignment = centre
            c.border = boxed
            c.font = white if row == 4 else bold
            c.fill = head_fill if row == 4 else band_fill
    data = [
        ("G&A bed demand (beds)", [1406, 1498, 1582, 1431, 1447, 1402, 1371], "#,##0"),
        ("G&A beds available", [1390, 1390, 1390, 1390, 1370, 1390, 1350], "#,##0"),
        ("Bed shortfall (demand less available)", [16, 108, 192, 41, 77, 12, 21], "#,##0"),
        ("A&E attendances (000s)", [268.4, 281.9, 296.1, 276.3, 279.5, 271.8, 268.2], "0.0"),
        ("Non-elective admissions (000s)", [81.2, 85.3, 89.6, 82.4, 82.9, 80.1, 78.7], "0.0"),
        ("Delayed transfers of care (beds occupied)", [74, 80, 86, 55, 38, 48, 30], "#,##0"),
        ("Frailty hub contacts (000s)", [0, 0, 0, 21.5, 34.5, 30.5, 52.5], "0.0"),
    ]
    for i, (label, vals, fmt) in enumerate(data, 6):
        ws.cell(row=i, column=1, value=label).border = boxed
        for j, v in enumerate(vals, 2):
            c = ws.cell(row=i, column=j, value=v)
            c.number_format = fmt
            c.border = boxed
    ws.column_dimensions["A"].width = 42
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 11
    ws.freeze_panes = "B6"

    ws = wb.create_sheet("Scenarios")
    head = ["ID", "Scenario", "What it assumes", "Owner", "Signed off", "Status"]
    scen = [
        ("S1", "Do nothing", "Demographic growth only (assumption A1); no STP schemes", "KW", date(2017, 1, 30),
         "Live"),
        ("S2", "Plan", "All STP schemes deliver as submitted in October 2016 (assumptions A1 to A5)", "KW",
         date(2017, 2, 13), "Live - recommended baseline"),
        ("S3", "Stretch", "Plan, plus Frailty Hubs 3 and 4 in 2018/19 and delayed transfers down a further 20%",
         "GOM", date(2017, 2, 13), "Live"),
        ("S4", "Winter surge", "Plan with a one-in-ten-year winter (non-elective demand up 6% December to February)",
         "LV", None, "Rejected 13/02/2017 by the Finance & Activity Group: not a planning case"),
    ]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.fill = white, head_fill
    for i, row in enumerate(scen, 2):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEF", (6, 14, 70, 8, 12, 60)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Assumptions")
    head = ["ID", "Assumption", "Value", "Unit", "Used in", "Owner", "Agreed at", "Review by"]
    assum = [
        ("A1", "Demographic growth in non-elective demand", 0.026, "a year", "S1, S2, S3", "KW",
         "Finance & Activity Group, 16/01/2017", date(2017, 9, 30)),
        ("A2", "G&A bed occupancy", 0.92, "average", "S1 to S4", "HMQ", "Finance & Activity Group, 16/01/2017",
         date(2017, 9, 30)),
        ("A3", "Admissions avoided per frailty hub", 1150, "a year at full run-rate", "S2, S3", "ADB",
         "Frailty & Community Hubs board, 24/01/2017", date(2017, 12, 31)),
        ("A4", "A&E minor attendances streamed to the UTC", 0.18, "of minors", "S2, S3", "LV",
         "UEC board, 19/01/2017", date(2018, 3, 31)),
        ("A5", "Non-elective length of stay reduction", 0.4, "days by 2020/21", "S2, S3", "HMQ",
         "Finance & Activity Group, 13/02/2017", date(2017, 9, 30)),
    ]
    fmts = {0.026: "0.0%", 0.92: "0%", 0.18: "0%", 1150: "#,##0", 0.4: "0.0"}
    for j, h in enumerate(head, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.fill = white, head_fill
    for i, row in enumerate(assum, 2):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
            elif j == 3:
                c.number_format = fmts[v]
    for col, w in zip("ABCDEFGH", (5, 44, 8, 22, 12, 8, 40, 12)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Key")
    keys = [("Initials", "Name", "Role"),
            ("KW", "Kieran Whitlock-Ames", "Head of Analytics, Halsmoor CCG (model owner)"),
            ("GOM", "Gareth Osei-Mensah", "STP Finance Lead"),
            ("HMQ", "Helen Marsden-Quaye", "Chief Operating Officer, WHHFT"),
            ("ADB", "Annette Delacroix-Boyd", "Chief Executive, LVCH"),
            ("LV", "Dr Leontine Varga", "Consultant in Emergency Medicine, WHHFT")]
    for i, row in enumerate(keys, 1):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=v)
            if i == 1:
                c.font, c.fill = white, head_fill
    for col, w in zip("ABC", (9, 26, 50)):
        ws.column_dimensions[col].width = w

    wb.properties.creator = "Kieran Whitlock-Ames"
    wb.properties.title = "H&W capacity and demand model v3.1"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 24, 9, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 Route map (PowerPoint tube map)
# ---------------------------------------------------------------------------------------------------------------
def route_map(path: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    def rgb(h):
        return RGBColor.from_string(h.lstrip("#"))

    def text(slide, x, y, w, h, paras, size=10, bold_first=False, colour="#000000", align=None):
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for k, line in enumerate(paras):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.text = line
            if align:
                p.alignment = align
            for r in p.runs:
                r.font.size = Pt(size)
                r.font.bold = bold_first and k == 0
                r.font.color.rgb = rgb(colour)
        return tb

    def title(slide, t, sub=None):
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, prs.slide_width, Inches(0.9))
        bar.fill.solid()
        bar.fill.fore_color.rgb = rgb("#0A2F5C")
        bar.line.fill.background()
        bar.text_frame.text = t
        p = bar.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        p.runs[0].font.size = Pt(26)
        p.runs[0].font.bold = True
        p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        if sub:
            text(slide, 0.4, 6.95, 12.5, 0.4, [sub], size=9, colour="#595959")

    # slide 1: title
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Our route map to 2019"
    s.placeholders[1].text = ("Halsmoor & Wyvernford STP | Partnership Board, 15 March 2017 | Item 7\n"
                              "Presented by Priya Ranganathan-Holt, Interim Programme Director")

    # slide 2: the tube map
    s = prs.slides.add_slide(blank)
    title(s, "The route map (as at March 2017)",
          "Stations are placed by date, Dec 2016 at the left to Mar 2019 at the right. A black ring is an "
          "interchange between two lines. \u2713 = station reached.")
    x0, dx = 2.0, 0.39
    for k, (colour, hexc, *_rest) in enumerate(LINES):
        y = 1.45 + k * 0.92
        stops = STATIONS[colour]
        lab = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.25), Inches(y - 0.17), Inches(1.45),
                                 Inches(0.34))
        lab.fill.solid()
        lab.fill.fore_color.rgb = rgb(hexc)
        lab.line.fill.background()
        lab.text_frame.text = f"{colour} line"
        lab.text_frame.paragraphs[0].runs[0].font.size = Pt(11)
        lab.text_frame.paragraphs[0].runs[0].font.bold = True
        xs = [x0 + m * dx for _, _, m, _ in stops]
        pts = [x0 - 0.25] + xs
        for a, b in zip(pts, pts[1:]):
            seg = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(a), Inches(y), Inches(b), Inches(y))
            seg.line.color.rgb = rgb(hexc)
            seg.line.width = Pt(7)
        for i, ((when, name, m, inter), x) in enumerate(zip(stops, xs)):
            r = 0.13 if inter else 0.1
            st = s.shapes.add_shape(MSO_SHAPE.OVAL, Inches(x - r), Inches(y - r), Inches(2 * r), Inches(2 * r))
            st.fill.solid()
            st.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            st.line.color.rgb = RGBColor(0, 0, 0) if inter else rgb(hexc)
            st.line.width = Pt(3 if inter else 2.25)
            above = i % 2 == 0
            ly = y - 0.5 if above else y + 0.12
            text(s, x - 0.7, ly, 1.4, 0.38, [when, name], size=7, bold_first=True)
    # interchange link between Red and Green at Oct-17
    xi = x0 + 10 * dx
    link = s.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(xi), Inches(1.45 + 0.13), Inches(xi),
                                  Inches(1.45 + 0.92 - 0.13))
    link.line.color.rgb = RGBColor(0, 0, 0)
    link.line.width = Pt(2)

    # slide 3: key to the lines
    s = prs.slides.add_slide(blank)
    title(s, "Key to the lines", "Enablers not drawn as lines: Workforce (lead Marcus Ojukwu-Lind) and Estates "
                                 "(lead Fenella Garside).")
    for k, (colour, hexc, prog, acr, sro, cl) in enumerate(LINES):
        y = 1.2 + k * 0.92
        bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(y), Inches(1.8), Inches(0.5))
        bar.fill.solid()
        bar.fill.fore_color.rgb = rgb(hexc)
        bar.line.fill.background()
        bar.text_frame.text = f"{colour} line"
        bar.text_frame.paragraphs[0].runs[0].font.bold = True
        bar.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
        paras = [f"{prog} ({acr})" + (", enabler" if acr == "DSR" else ""), sro] + ([cl] if cl else [])
        text(s, 2.5, y - 0.08, 10.4, 0.85, paras, size=11, bold_first=True)

    # slide 4: planned engineering works
    s = prs.slides.add_slide(blank)
    title(s, "Planned engineering works: changes since the December 2016 map")
    text(s, 0.6, 1.2, 12.0, 5.2, [
        "Red line: the Wyvernford UTC station is diverted from Dec-17 to Mar-18. The Ward 9 decant at Wyvernford "
        "Hospital has to finish before building work can start, and the decant now runs to the autumn.",
        "Red line: Helen Marsden-Quaye hands over as SRO to Colm Brannigan on 1 April 2017.",
        "Blue line: the hyper-acute stroke consultation now starts in June 2017 (was Apr-17), after NHS England's "
        "stage 2 assurance panel in May.",
        "Purple line: the crisis house station stays on the map with no date: time frame as yet unknown.",
        "Green line: the Frailty Hub 1 date is confirmed as w/c 5 June 2017.",
        "Orange line: the evening extended access hubs opened on 6 March 2017.",
    ], size=15)

    # slide 5: must-dos by line colour
    s = prs.slides.add_slide(blank)
    title(s, "Which lines call at each national must-do", "Line colours as on the Key to the lines.")
    rows, cols = len(MUSTDO_LINES) + 1, 3
    tbl = s.shapes.add_table(rows, cols, Inches(0.5), Inches(1.15), Inches(12.3), Inches(5.4)).table
    for j, (h, w) in enumerate(zip(("National must-do (2016/17 planning guidance)", "Lines calling", "Notes"),
                                   (5.0, 2.6, 4.7))):
        tbl.columns[j].width = Inches(w)
        tbl.cell(0, j).text = h
    for i, row in enumerate(MUSTDO_LINES, 1):
        for j, v in enumerate(row):
            tbl.cell(i, j).text = v
    for i in range(rows):
        for j in range(cols):
            for p in tbl.cell(i, j).text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(13)

    prs.core_properties.author = "H&W STP Programme Office"
    prs.core_properties.title = "Route map to 2019"
    prs.core_properties.created = prs.core_properties.modified = datetime(2017, 3, 15, 9, 0, 0)
    prs.core_properties.revision = 3
    prs.core_properties.last_modified_by = "H&W STP Programme Office"
    prs.save(str(path))
    del Emu


# ---------------------------------------------------------------------------------------------------------------
# 05 Record of questions from the public (plain text)
# ---------------------------------------------------------------------------------------------------------------
PUBLIC_QUESTIONS = """\
HALSMOOR & WYVERNFORD STP PARTNERSHIP BOARD
Meeting held in public: Wednesday 15 March 2017, 2.00pm
Council Chamber, Wyvernford Town Hall

ITEM 4: QUESTIONS FROM THE PUBLIC
Record of questions and answers. This is a note of what was said, not a
verbatim transcript. Prepared by Elspeth Grainger-Moss, Board Secretary.

Board members present: Prof Imelda Kavanagh-Reeve (Chair); Cllr Margaret
Ashby-Nwosu (Vice Chair); Duncan Farrimond (STP Lead); Gareth Osei-Mensah
(STP Finance Lead); Helen Marsden-Quaye; Annette Delacroix-Boyd; Oluwaseun
Adeyemi-Clarke; Dr Ewan Tregarthen; Dr Cormac Lindqvist
Apologies: Bernadette Kilcoyne; Lucinda Hartigan-Wolfe
In attendance: Priya Ranganathan-Holt (Interim Programme Director);
Mr Rajiv Nandakumar (for Q3); Elspeth Grainger-Moss (Board Secretary)
Members of the public: 23

[14:05] CHAIR: Good afternoon. Nine questions were sent in before the
        meeting. We will take six today; the other three will get a written
        answer, and those are listed at the end of this record.

[14:06] Q1 - Mr Dennis Oyelaran, Wyvernford Patients' Forum
        "The December route map said the urgent treatment centre at
        Wyvernford would open in December this year. Is that still right?"
[14:07] HELEN MARSDEN-QUAYE (SRO, Urgent & Emergency Care): No. The opening
        has moved to March 2018. Building work cannot start until Ward 9 has
        been decanted, and the decant will not finish until the autumn. The
        full business case still comes to this Board in August.
[14:09] CHAIR: Thank you, Helen. As this is Helen's last meeting as SRO, the
        Board notes that Colm Brannigan, Director of Operations at Wyvernford
        & Lyne Valley CCG, takes over as SRO for Urgent & Emergency Care from
        1 April 2017. Helen remains the SRO until 31 March.

[14:11] Q2 - Ms Jasmin Kowalczyk, carer, Halsmoor
        "When will the crisis house open?"
[14:12] OLUWASEUN ADEYEMI-CLARKE (SRO, Mental Health Crisis & Wellbeing):
        I cannot give you a date. We have not agreed a site, so the time
        frame is as yet unknown. What I can promise is that the crisis café
        in Halsmoor opens on 30 September 2017, and the crisis line goes
        over to 24 hours a day from April.

[14:15] Q3 - Cllr Robert Ashdown-Mayes, Halsmoor County Council
        "Is the stroke consultation still starting in April?"
[14:16] MR RAJIV NANDAKUMAR (clinical lead, Planned Care & Cancer, answering
        for Bernadette Kilcoyne): No. It will now start in June 2017. NHS
        England's stage 2 assurance panel meets in May and we cannot consult
        before it has reported.

[14:19] Q4 - Mr Anwar Siddiqui-Lowe, Lyne Valley Speak Up
        "The Gateway review said the plan does nothing for people with
        learning disabilities. What will the Board do about it?"
[14:20] DUNCAN FARRIMOND (STP Lead): The review was right, and we accept
        its recommendation. We will bring a learning disabilities plan,
        written with the Transforming Care Partnership, to this Board in
        July 2017.

[14:23] Q5 - Mrs Philippa Norcott, Lyne Valley resident
        "How will people in the upper valley get to the new frailty hub?"
[14:24] ANNETTE DELACROIX-BOYD (SRO, Frailty & Community Hubs): Hub 1 at
        Castle Yard opens in the week commencing 5 June 2017. The County
        Council is running a community transport pilot for the upper valley
        villages, due to be ready by the end of May.

[14:27] Q6 - Mr Terence Gallimore-Price, Healthwatch volunteer
        "When will I be able to see a GP at the weekend?"
[14:28] DR EWAN TREGARTHEN (SRO, Primary Care at Scale): The evening hubs
        opened on 6 March. Seven-day access in all three places follows in
        spring 2018. We interviewed for a clinical lead last week and hope
        to confirm an appointment shortly.

[14:31] CHAIR: That concludes questions from the public. Thank you all.

WRITTEN ANSWERS TO FOLLOW
- WA1 (Q7, Mrs Doreen Ferrier: parking charges at Kiln Lane Clinic)
  -> Priya Ranganathan-Holt, by Friday 31 March 2017
- WA2 (Q8, Mr Kwame Obuya: ambulance handover delays at Halsmoor General
  Infirmary) -> Colm Brannigan, by 12 April 2017
- WA3 (Q9, Ms Lorna Haworth: dementia diagnosis rates in Lyne Valley)
  -> Dr Samina Iqbal-Thorne, by 28 April 2017

Next meeting in public: Wednesday 17 May 2017, Halsmoor County Hall.
"""


# ---------------------------------------------------------------------------------------------------------------
# 06 Register of declared interests (Markdown definition lists)
# ---------------------------------------------------------------------------------------------------------------
REGISTER_MD = """\
# Register of Declared Interests

**Halsmoor & Wyvernford STP: Partnership Board members and programme SROs**
As at 1 March 2017. Kept by Elspeth Grainger-Moss, Board Secretary; reviewed by the Partnership Board every six
months.

> Type codes: **F** financial; **NFP** non-financial professional; **NFPe** non-financial personal; **I** indirect
> (through a close family member or business partner). "Nil" means a nil return was made.

Adeyemi-Clarke, Oluwaseun
*SRO, Mental Health Crisis & Wellbeing; Director of Strategy, Tarnside Partnership NHS FT*
: Nil | declared 12/10/2016

Ashby-Nwosu, Cllr Margaret
*Vice Chair, Partnership Board; Leader, Halsmoor County Council*
: NFP | Trustee, Lyne Valley Community Transport Trust (since May 2014) | declared 03/10/2016
  | Action: takes no part in decisions on community transport contracts

Delacroix-Boyd, Annette
*SRO, Frailty & Community Hubs; Chief Executive, Lyne Valley Community Health NHS Trust*
: I | Spouse is a partner in Boyd Ashgrove Architects, which is bidding for the Kiln Lane Clinic refit |
  declared 14/11/2016 | Action: excluded from the Kiln Lane refit procurement; Fenella Garside runs it

Farrimond, Duncan
*STP Lead; Chief Executive, Wyvernford & Halsmoor Hospitals NHS FT*
: NFP | Member, NHS Providers regional network | declared 10/10/2016 | Action: none required

Hartigan-Wolfe, Lucinda
*SRO, Digital & Shared Records; Chief Information Officer, WHHFT*
: F | Shareholding (under £25,000) in Carevue Systems plc, a supplier on the shared care record framework |
  declared 07/11/2016 | Action: takes no part in evaluating suppliers for shared care record phase 2

Kavanagh-Reeve, Professor Imelda
*Independent Chair, Partnership Board*
: F | Non-executive director (remunerated), Coldbrook Housing Association | declared 26/09/2016 | Action: none
  required
: NFP | Visiting Professor of Health Policy, University of Wyvernford | declared 26/09/2016 | Action: none required

Kilcoyne, Bernadette
*SRO, Planned Care & Cancer; Director of Commissioning, Halsmoor CCG*
: Nil | declared 17/10/2016

Marsden-Quaye, Helen
*SRO, Urgent & Emergency Care (until 31 March 2017); Chief Operating Officer, WHHFT*
: NFPe | Governor, Wyvernford Academy | declared 11/10/2016 | Action: none required

Osei-Mensah, Gareth
*STP Finance Lead; Director of Finance, Halsmoor CCG*
: I | Brother-in-law is a director of Calder Reach Consulting, on the STP finance support framework |
  declared 05/12/2016 | Action: does not sign off any Calder Reach call-off

Tregarthen, Dr Ewan
*SRO, Primary Care at Scale; Clinical Chair, Wyvernford & Lyne Valley CCG*
: F | GP partner, Millbrook Surgery, which hosts one of the evening extended access hubs | declared 03/10/2016 |
  Action: withdraws from any decision on extended access hub contracts

## Outstanding declarations

- Colm Brannigan (SRO, Urgent & Emergency Care from 1 April 2017): declaration due before he takes up the role,
  by 31 March 2017.
"""


# ---------------------------------------------------------------------------------------------------------------
# Determinism and main
# ---------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, stamp: str, when: tuple) -> None:
    """Rewrite an Office file's zip with fixed entry times and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    gateway(OUT / GATEWAY)
    eqia(OUT / EQIA)
    fix_zip(OUT / EQIA, "2017-02-16T09:00:00Z", (2017, 2, 16, 9, 0, 0))
    model(OUT / MODEL)
    fix_zip(OUT / MODEL, "2017-02-24T09:00:00Z", (2017, 2, 24, 9, 0, 0))
    route_map(OUT / ROUTE)
    fix_zip(OUT / ROUTE, "2017-03-15T09:00:00Z", (2017, 3, 15, 9, 0, 0))
    (OUT / PUBLICQ).write_text(PUBLIC_QUESTIONS, encoding="utf-8")
    (OUT / REGISTER).write_text(REGISTER_MD, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
