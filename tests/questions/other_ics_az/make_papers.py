"""Write the six papers of the imaginary Pemberholt & Wrexcombe STP (bank_az) into papers/, byte for byte the same
on every run.

  01 CYP mental health Local Transformation Plan refresh  PDF, portrait, platypus; the action plan is a ruled table
                                                          that runs over a page break with its header row repeated;
                                                          leads as initials named only in Annex A
  02 Integrated urgent care business continuity plan      Word; a cover table and group rows merged across, roles by
                                                          post, the post-holders only in an appendix table
  03 Seven day services self-assessment and action plan   Excel; Due column of real date cells and text dates, leads
                                                          as initials named on a Contacts sheet, £000 investment
  04 Joint HOSC briefing on the STP                       PDF, landscape slides drawn on the canvas: tiles, boxes, a
                                                          must-do grid of ticks placed by position, a timeline
  05 Transforming Care Partnership Q3 assurance summary   PowerPoint with real tables; a changes slide moving a date
                                                          and replacing a lead from a date
  06 Joint Audit and Risk Committee report                plain text, the latest paper (9 March 2017): risk register
                                                          with owners by post and scores; moves dates and replaces
                                                          the Programme Director

usage: ../../../.venv/bin/python make_papers.py
"""

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

NHS_BLUE = colors.HexColor("#005EB8")
DARK = colors.HexColor("#003087")
PALE = colors.HexColor("#E8EDEE")
GREY = colors.HexColor("#425563")

F1 = "01_PW_CYP_MH_Local_Transformation_Plan_Refresh_31Oct2016.pdf"
F2 = "02_PW_IUC_Business_Continuity_Plan_v1.2_25Nov2016.docx"
F3 = "03_PW_Seven_Day_Services_Self_Assessment_Action_Plan_16Dec2016.xlsx"
F4 = "04_PW_STP_Joint_HOSC_Briefing_26Jan2017.pdf"
F5 = "05_PW_TCP_Q3_Assurance_Summary_15Feb2017.pptx"
F6 = "06_PW_STP_Audit_Risk_Committee_Report_09Mar2017.txt"


# ------------------------------------------------------------------------------------------------------------------
# Office files: pin the zip entry times and the core-properties dates so every run gives the same bytes
# ------------------------------------------------------------------------------------------------------------------
def pin_office(path: Path, when: datetime) -> None:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                for tag in (b"dcterms:created", b"dcterms:modified"):
                    data = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)", rb"\g<1>" + stamp + rb"\g<2>",
                                  data)
                data = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ------------------------------------------------------------------------------------------------------------------
# 01  CYP mental health Local Transformation Plan refresh (PDF, portrait, platypus)
# ------------------------------------------------------------------------------------------------------------------
def ltp_pdf(path: Path) -> None:
    body = ParagraphStyle("body", fontName="DV", fontSize=9.2, leading=12.2, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=DARK, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=NHS_BLUE, spaceBefore=8,
                        spaceAfter=4)
    sub = ParagraphStyle("sub", fontName="DV", fontSize=9, leading=12, textColor=GREY, spaceAfter=2)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8.2, leading=10.2)
    head = ParagraphStyle("head", fontName="DVB", fontSize=8.2, leading=10.2, textColor=colors.white)
    note = ParagraphStyle("note", fontName="DVI", fontSize=7.8, leading=10, textColor=GREY, spaceAfter=4)

    def P(text, style=body):
        return Paragraph(text, style)

    def grid(rows, widths, header_rows=1, total_row=False):
        data = [[P(c, head if r < header_rows else cell) for c in row] for r, row in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, GREY),
                 ("BACKGROUND", (0, 0), (-1, header_rows - 1), NHS_BLUE),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if total_row:
            style.append(("BACKGROUND", (0, -1), (-1, -1), PALE))
        t.setStyle(TableStyle(style))
        return t

    def decorate(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, A4[1] - 12 * mm, "Pemberholt & Wrexcombe CYP Mental Health and Wellbeing LTP - Refresh 2016")
        c.drawRightString(A4[0] - 18 * mm, A4[1] - 12 * mm, "Version 2.0 - 31 October 2016")
        c.drawString(18 * mm, 10 * mm, "STP Priority 1: Starting Well")
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title="CYP Mental Health LTP Refresh 2016",
                            author="Pemberholt & Wrexcombe CYP Mental Health Partnership Board", invariant=1)
    s = []
    s.append(P("Children and Young People's Mental Health and Wellbeing: Local Transformation Plan Refresh 2016", h1))
    s.append(P("Pemberholt &amp; Wrexcombe STP footprint: Pemberholt CCG, Wrexcombe &amp; Kelbridge CCG and Dunhallow "
               "CCG, with Pemberholt City Council and Wrexcombe County Council", sub))
    s.append(P("Version 2.0, 31 October 2016. Approved by the CYP Mental Health Partnership Board on 24 October 2016.",
               sub))
    s.append(P("1. Purpose of this refresh", h2))
    s.append(P("This refresh updates the Local Transformation Plan (LTP) first published in October 2015 and is the "
               "children and young people's element of STP Priority 1, Starting Well. Section 4 sets out what we will "
               "do in 2016/17 and 2017/18. Leads are shown by their initials in the action plan and the risk table; "
               "Annex A gives their names and posts."))
    s.append(P("2. Money", h2))
    s.append(P("The three CCGs receive a recurrent LTP allocation, part of it ring-fenced for the community eating "
               "disorder service. Table 1 shows the 2016/17 position."))
    s.append(grid([["CCG", "LTP allocation 2016/17 (£)", "of which eating disorders (£)"],
                   ["Pemberholt CCG", "812,000", "137,000"],
                   ["Wrexcombe &amp; Kelbridge CCG", "604,000", "101,000"],
                   ["Dunhallow CCG", "426,000", "72,000"],
                   ["<b>Total</b>", "<b>1,842,000</b>", "<b>310,000</b>"]], [70 * mm, 50 * mm, 54 * mm],
                  total_row=True))
    s.append(P("Table 1: LTP allocation by CCG, 2016/17", note))
    s.append(P("3. Access", h2))
    s.append(P("In 2015/16, 1,460 children and young people entered treatment with an NHS-funded community service, "
               "22.4% of the estimated 6,520 with a diagnosable mental health condition. Our ambition for 2017/18 is "
               "30% (1,956 children and young people). In the first quarter of 2016/17, 71% of routine eating "
               "disorder referrals started treatment within four weeks against a standard of 95% by 2020/21."))
    s.append(P("4. Action plan 2016/17 to 2017/18", h2))
    rows = [["Ref", "Action", "Lead", "By when", "Status"],
            ["LTP-01", "Single point of access for all children and young people's mental health referrals: one "
             "telephone number and one online form across the footprint", "SB", "31/03/17", "On track"],
            ["LTP-02", "Community eating disorder service to meet the access and waiting time standard (routine "
             "cases within four weeks, urgent within one week)", "KD", "Q2 2017/18", "On track"],
            ["LTP-03", "Crisis and intensive home treatment team for under-18s, 8am to 10pm, seven days a week "
             "(subject to 2017/18 funding)", "TM", "time frame as yet unknown", "Not started"],
            ["LTP-04", "Mental health champions and a named link worker in 24 pilot schools", "RA", "Sept 2017",
             "On track"],
            ["LTP-05", "Joint transition protocol with adult mental health services for young people aged 16 to "
             "25", "TM", "Q4 2016/17", "On track"],
            ["LTP-06", "Online counselling and self-help service (Openline) for 11 to 18 year olds", "SB", "Jan-17",
             "Contract awarded"],
            ["LTP-07", "Children and young people's IAPT: train 12 practitioners in evidence-based therapies",
             "TM", "end of March 2018", "On track"],
            ["LTP-08", "Care, Education and Treatment Reviews for every child or young person with a learning "
             "disability or autism at risk of admission", "SB", "Q4 2016/17", "On track"],
            ["LTP-09", "All CYP mental health activity flowing to the Mental Health Services Data Set", "TM",
             "31/12/16", "At risk"],
            ["LTP-10", "Launch the Young Commissioners group of 15 young people to co-produce services", "TMc",
             "w/c 9 January 2017", "On track"],
            ["LTP-11", "Reduce out-of-area Tier 4 admissions jointly with NHS England specialised commissioning "
             "(new care models bid)", "HG", "by winter 2017/18", "On track"],
            ["LTP-12", "Paediatric liaison and self-harm pathway in both emergency departments", "LV", "Jan-18",
             "Not started"],
            ["LTP-13", "Neurodevelopmental (autism and ADHD) assessment: no child to wait over 18 weeks", "KD",
             "Q4 2017/18", "At risk"],
            ["LTP-14", "Publish the 2017 refresh of this plan", "RA", "31/10/17", "Not started"]]
    s.append(grid(rows, [16 * mm, 92 * mm, 14 * mm, 27 * mm, 25 * mm]))
    s.append(P("Table 2: action plan. Lead initials are explained in Annex A.", note))
    s.append(P("5. Risks", h2))
    s.append(grid([["Ref", "Risk", "Owner", "Likelihood x impact", "Rating"],
                   ["LR1", "Recruitment of CAMHS clinicians for the eating disorder and crisis teams", "TM",
                    "4 x 4 = 16", "High"],
                   ["LR2", "2017/18 funding for the crisis and intensive home treatment team not agreed", "SB",
                    "4 x 5 = 20", "High"],
                   ["LR3", "Capacity of pilot schools to release staff for training", "RA", "3 x 3 = 9", "Medium"]],
                  [14 * mm, 96 * mm, 16 * mm, 30 * mm, 18 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Annex A: plan leads", h2))
    s.append(grid([["Initials", "Name", "Post", "Organisation"],
                   ["HG", "Hamish Greenhalgh", "Head of Specialised Commissioning (Mental Health)",
                    "NHS England (regional team)"],
                   ["KD", "Dr Kieran Dunmore", "Consultant Child and Adolescent Psychiatrist; LTP clinical lead",
                    "Thrushcombe Partnership NHS FT"],
                   ["LV", "Lucia Vanterpool", "Paediatric Liaison Nurse Consultant",
                    "Pemberholt Royal Hospitals NHS FT"],
                   ["RA", "Rosalind Achebe-Ward", "Director of Children's Services", "Pemberholt City Council"],
                   ["SB", "Sunniva Brackenridge", "Head of Children's Commissioning", "Wrexcombe &amp; Kelbridge CCG"],
                   ["TM", "Tobias Merriweather", "CAMHS Service Manager", "Thrushcombe Partnership NHS FT"],
                   ["TMc", "Tamsin McAllister", "Participation Lead", "Pemberholt City Council"]],
                  [18 * mm, 40 * mm, 68 * mm, 48 * mm]))
    doc.build(s, onFirstPage=decorate, onLaterPages=decorate)


# ------------------------------------------------------------------------------------------------------------------
# 02  Integrated urgent care business continuity plan (Word, merged cells)
# ------------------------------------------------------------------------------------------------------------------
def bcp_docx(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)

    def shade(cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    def bold(cell, text, white=False):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if white:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def table(rows, header=True):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if r == 0 and header:
                    bold(t.cell(r, c), value, white=True)
                    shade(t.cell(r, c), "005EB8")
                else:
                    t.cell(r, c).text = value
        return t

    # cover table: title merged across four columns, version and date side by side, distribution merged across
    cover = d.add_table(rows=7, cols=4)
    cover.style = "Table Grid"
    title = cover.cell(0, 0).merge(cover.cell(0, 3))
    bold(title, "Business Continuity Plan: Integrated Urgent Care (NHS 111 and Clinical Assessment Service)",
         white=True)
    shade(title, "003087")
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    pairs = [("Provider", "Marrick Urgent Care CIC, on behalf of the Pemberholt & Wrexcombe STP (Priority 4, Urgent & "
                          "Emergency Care)"),
             ("Plan owner", "Head of Governance & Resilience"),
             ("Accountable executive", "Director of Operations")]
    for r, (label, value) in enumerate(pairs, 1):
        bold(cover.cell(r, 0), label)
        cover.cell(r, 1).merge(cover.cell(r, 3)).text = value
    bold(cover.cell(4, 0), "Version")
    cover.cell(4, 1).text = "1.2"
    bold(cover.cell(4, 2), "Date")
    cover.cell(4, 3).text = "25/11/2016"
    bold(cover.cell(5, 0), "Approved by")
    cover.cell(5, 1).merge(cover.cell(5, 3)).text = "IUC Programme Board, 22 November 2016"
    bold(cover.cell(6, 0), "Next full review")
    cover.cell(6, 1).merge(cover.cell(6, 3)).text = "Nov-17, or sooner after any invocation"

    d.add_heading("1. Purpose and scope", level=1)
    d.add_paragraph("This plan sets out how Marrick Urgent Care CIC will keep the integrated urgent care service "
                    "running, or restore it quickly, after a disruptive incident. The integrated service (NHS 111 call "
                    "handling and the Clinical Assessment Service) goes live on 1 April 2017 under a contract let by "
                    "Wrexcombe & Kelbridge CCG as lead commissioner for the three CCGs. It is expected to handle "
                    "around 1,150 calls a day, rising to 2,400 on bank holiday weekends.")
    d.add_paragraph("The main call centre is at Larkhill Business Park, Pemberholt. The backup site is Kelbridge Health "
                    "Centre, where 40 call-handling positions can be brought up. Roles in this plan are named by post; "
                    "Appendix A gives the post-holders.")

    d.add_heading("2. Roles in an incident", level=1)
    table([["Role", "Post", "Deputy"],
           ["Incident Director (strategic)", "Director of Operations", "Medical Director, Marrick Urgent Care CIC"],
           ["Business Continuity Lead (tactical)", "Head of Governance & Resilience", "Duty Operations Manager"],
           ["Clinical lead in an incident", "Medical Director, Marrick Urgent Care CIC", "Senior clinician on shift"],
           ["IT recovery lead", "Head of IT & Digital", "IT Service Desk Manager"],
           ["Commissioner contact", "Head of Urgent Care Commissioning, Wrexcombe & Kelbridge CCG",
            "CCG on-call director"]])

    d.add_heading("3. Critical functions and recovery times", level=1)
    d.add_paragraph("MTPD is the maximum tolerable period of disruption; RTO is the recovery time objective.")
    groups = [("NHS 111 call handling", [
        ("Answer 111 calls", "4 hours", "1 hour", "Divert calls to the Kelbridge backup site; mutual aid from a "
         "neighbouring 111 provider", "Duty Operations Manager"),
        ("Call back queued callers", "8 hours", "2 hours", "Clinicians call back from a paper log", "Duty Operations "
         "Manager")]),
        ("Clinical Assessment Service", [
            ("Clinical triage by GPs, nurses and pharmacists", "2 hours", "30 minutes", "Remote clinicians log in "
             "from home over the secure network", "Medical Director, Marrick Urgent Care CIC"),
            ("Dental triage", "24 hours", "12 hours", "Refer to the dental helpline rota", "Medical Director, "
             "Marrick Urgent Care CIC")]),
        ("Systems and information", [
            ("Telephony platform", "1 hour", "30 minutes", "Automatic failover to Kelbridge", "Head of IT & Digital"),
            ("Directory of Services", "4 hours", "2 hours", "Printed directory, updated weekly", "Head of Governance & "
             "Resilience")])]
    n_rows = 1 + sum(1 + len(fs) for _, fs in groups)
    t = d.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for c, value in enumerate(["Critical function", "MTPD", "RTO", "Workaround", "Function owner (post)"]):
        bold(t.cell(0, c), value, white=True)
        shade(t.cell(0, c), "005EB8")
    r = 1
    for name, functions in groups:
        merged = t.cell(r, 0).merge(t.cell(r, 4))
        bold(merged, name)
        shade(merged, "E8EDEE")
        r += 1
        for fn in functions:
            for c, value in enumerate(fn):
                t.cell(r, c).text = value
            r += 1

    d.add_heading("4. Risk assessment", level=1)
    d.add_paragraph("Score = likelihood x impact, each from 1 to 5. Rating: 15 to 25 High, 8 to 12 Moderate, 1 to 6 "
                    "Low.")
    table([["Ref", "Threat", "Likelihood", "Impact", "Score", "Rating", "Risk owner (post)"],
           ["BC-R1", "Loss of the telephony platform", "3", "5", "15", "High", "Head of IT & Digital"],
           ["BC-R2", "Staff absence above 25% (pandemic flu, severe weather)", "3", "4", "12", "Moderate",
            "Director of Operations"],
           ["BC-R3", "Loss of the Larkhill call centre building (fire, flood)", "2", "5", "10", "Moderate",
            "Director of Operations"],
           ["BC-R4", "Cyber attack, including ransomware", "4", "5", "20", "High", "Head of IT & Digital"],
           ["BC-R5", "Failure of the Directory of Services", "2", "4", "8", "Moderate",
            "Head of Governance & Resilience"],
           ["BC-R6", "Loss of mains power at Larkhill", "2", "3", "6", "Low", "Director of Operations"]])

    d.add_heading("5. Testing and exercising", level=1)
    table([["Exercise", "When", "Led by (post)"],
           ["Table-top exercise (Exercise Heron): loss of the Larkhill building", "w/c 16 January 2017",
            "Head of Governance & Resilience"],
           ["Cyber incident walk-through with the CCG", "Jun-17", "Head of IT & Digital"],
           ["Live failover of telephony to the Kelbridge backup site", "w/c 9 October 2017",
            "Head of IT & Digital"],
           ["Full review of this plan", "Nov-17", "Head of Governance & Resilience"]])

    d.add_heading("Appendix A: key contacts", level=1)
    ka = d.add_table(rows=9, cols=3)
    ka.style = "Table Grid"
    top = ka.cell(0, 0).merge(ka.cell(0, 2))
    bold(top, "Post-holders as at 25 November 2016 (24/7 contact through the on-call switchboard)", white=True)
    shade(top, "003087")
    for c, value in enumerate(["Post", "Name", "Organisation"]):
        bold(ka.cell(1, c), value)
        shade(ka.cell(1, c), "E8EDEE")
    contacts = [("Director of Operations", "Declan Ferrabee", "Marrick Urgent Care CIC"),
                ("Head of Governance & Resilience", "Priyanka Lowther-Shah", "Marrick Urgent Care CIC"),
                ("Medical Director", "Dr Elspeth Corrigan", "Marrick Urgent Care CIC"),
                ("Head of IT & Digital", "Gideon Tarrant", "Marrick Urgent Care CIC"),
                ("IT Service Desk Manager", "Ravi Templeman", "Marrick Urgent Care CIC"),
                ("Duty Operations Manager", "Rota (see the shift plan)", "Marrick Urgent Care CIC"),
                ("Head of Urgent Care Commissioning", "Marcus Oduya", "Wrexcombe & Kelbridge CCG")]
    for r, row in enumerate(contacts, 2):
        for c, value in enumerate(row):
            ka.cell(r, c).text = value

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Marrick Urgent Care CIC - IUC Business Continuity Plan v1.2"
    sec.footer.paragraphs[0].text = "OFFICIAL - Version 1.2, 25 November 2016"
    cp = d.core_properties
    cp.author = "Head of Governance & Resilience"
    cp.title = "IUC Business Continuity Plan v1.2"
    cp.last_modified_by = "Marrick Urgent Care CIC"
    cp.revision = 3
    when = datetime(2016, 11, 25, 9, 0, 0)
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    d.save(str(path))
    pin_office(path, when)


# ------------------------------------------------------------------------------------------------------------------
# 03  Seven day services self-assessment and action plan (Excel)
# ------------------------------------------------------------------------------------------------------------------
def sds_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    bold = Font(bold=True)
    white = Font(bold=True, color="FFFFFF")
    blue = PatternFill("solid", fgColor="005EB8")
    wrap = Alignment(wrap_text=True, vertical="top")

    def header(ws, row, values):
        for c, v in enumerate(values, 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.font, cell.fill, cell.alignment = white, blue, wrap

    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "Seven Day Services: self-assessment and action plan, Pemberholt & Wrexcombe STP"
    ws["A1"].font = Font(bold=True, size=14)
    rows = [("Return", "Quarter 3 2016/17 self-assessment against the four priority clinical standards (2, 5, 6, 8)"),
            ("Prepared for", "STP Priority 4 (Urgent & Emergency Care) and the NHS Improvement 7DS team"),
            ("Executive lead", "SF (see Contacts)"),
            ("Date", datetime(2016, 12, 16)),
            ("Due dates", "Action plan due dates are real dates where a date has been agreed; otherwise the plan's "
                          "wording is kept as text."),
            ("Money", "Investment sheet figures are in £000.")]
    for r, (k, v) in enumerate(rows, 3):
        ws.cell(row=r, column=1, value=k).font = bold
        cell = ws.cell(row=r, column=2, value=v)
        if isinstance(v, datetime):
            cell.number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 100

    ws = wb.create_sheet("Standards")
    ws["A1"] = "Compliance with the priority clinical standards (spring 2016 survey, % of patients)"
    ws["A1"].font = Font(bold=True, size=12)
    header(ws, 3, ["Trust", "Standard", "Description", "Weekday", "Weekend", "Target"])
    std = {2: "First consultant review within 14 hours of emergency admission",
           5: "Access to diagnostics (urgent within 1 hour, others within 12 or 24 hours)",
           6: "Consultant-directed interventions available 24 hours a day, 7 days a week",
           8: "Ongoing daily consultant review of patients in high-dependency areas"}
    comp = [("Pemberholt Royal Hospitals NHS FT", 2, "86%", "64%"), ("Pemberholt Royal Hospitals NHS FT", 5, "95%",
                                                                      "80%"),
            ("Pemberholt Royal Hospitals NHS FT", 6, "100%", "92%"), ("Pemberholt Royal Hospitals NHS FT", 8, "91%",
                                                                       "58%"),
            ("Wrexcombe & Dunhallow Hospitals NHS Trust", 2, "79%", "51%"),
            ("Wrexcombe & Dunhallow Hospitals NHS Trust", 5, "90%", "66%"),
            ("Wrexcombe & Dunhallow Hospitals NHS Trust", 6, "97%", "88%"),
            ("Wrexcombe & Dunhallow Hospitals NHS Trust", 8, "84%", "47%")]
    for r, (trust, n, wd, we) in enumerate(comp, 4):
        for c, v in enumerate([trust, n, std[n], wd, we, "90%"], 1):
            ws.cell(row=r, column=c, value=v)
    for col, w in zip("ABCDEF", (40, 10, 70, 10, 10, 10)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "7DS action plan 2016/17 to 2018/19"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Trust codes: PRH = Pemberholt Royal Hospitals NHS FT; WDH = Wrexcombe & Dunhallow Hospitals NHS Trust"
    header(ws, 4, ["Ref", "Standard", "Trust", "Action", "Lead", "Due", "Status"])
    actions = [
        ("7DS-01", "2", "WDH", "Recruit four acute physicians so every emergency admission has a consultant review "
         "within 14 hours at weekends", "NS", datetime(2017, 3, 31), "At risk"),
        ("7DS-02", "2", "PRH", "Extend the acute medicine consultant rota to 10pm on Saturdays and Sundays", "SF",
         datetime(2017, 6, 30), "On track"),
        ("7DS-03", "5", "PRH", "Seven-day MRI and ultrasound reporting", "CW", "Q3 2017/18", "On track"),
        ("7DS-04", "5", "WDH", "Weekend CT and ultrasound with networked reporting from PRH", "CWa", "Nov-17",
         "Not started"),
        ("7DS-05", "6", "WDH", "Formal 24/7 interventional radiology network with PRH", "CW", datetime(2017, 9, 29),
         "On track"),
        ("7DS-06", "8", "PRH", "Twice-daily consultant review on all acute wards, weekends included", "SF",
         "2018/19", "Not started"),
        ("7DS-07", "8", "WDH", "Electronic handover and weekend review lists on every acute ward", "CWa",
         datetime(2018, 1, 31), "On track"),
        ("7DS-08", "All", "Both", "Repeat the seven day services self-assessment survey", "RP", "Apr-17",
         "Not started")]
    for r, row in enumerate(actions, 5):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFG", (9, 9, 7, 70, 7, 13, 12)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Investment")
    ws["A1"] = "Recurrent investment needed to meet the four standards"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "£000"
    header(ws, 4, ["Trust", "Standard 2", "Standard 5", "Standard 6", "Standard 8", "Total"])
    inv = [("PRH", 420, 610, 150, 380), ("WDH", 780, 540, 260, 320)]
    for r, (t, *vals) in enumerate(inv, 5):
        for c, v in enumerate([t, *vals, sum(vals)], 1):
            ws.cell(row=r, column=c, value=v).number_format = "#,##0"
    totals = ["Total"] + [sum(row[i] for row in inv) for i in range(1, 5)]
    totals.append(sum(totals[1:]))
    for c, v in enumerate(totals, 1):
        cell = ws.cell(row=7, column=c, value=v)
        cell.font = bold
        cell.number_format = "#,##0"
    ws.column_dimensions["A"].width = 12

    ws = wb.create_sheet("Contacts")
    header(ws, 1, ["Initials", "Name", "Job title", "Organisation"])
    people = [("CW", "Dr Cressida Wolstenholme", "Clinical Director for Radiology", "Pemberholt Royal Hospitals NHS FT"),
              ("CWa", "Callum Wardle", "Head of Service Improvement", "Wrexcombe & Dunhallow Hospitals NHS Trust"),
              ("NS", "Dr Nikhil Sarin", "Medical Director", "Wrexcombe & Dunhallow Hospitals NHS Trust"),
              ("RP", "Rhiannon Pask", "7DS Programme Manager", "STP Programme Management Office"),
              ("SF", "Dr Saskia Fennimore", "Medical Director (7DS executive lead for the STP)",
               "Pemberholt Royal Hospitals NHS FT")]
    for r, row in enumerate(people, 2):
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    for col, w in zip("ABCD", (9, 28, 46, 44)):
        ws.column_dimensions[col].width = w

    when = datetime(2016, 12, 16, 12, 0, 0)
    wb.properties.creator = "STP Programme Management Office"
    wb.properties.lastModifiedBy = "STP Programme Management Office"
    wb.properties.created = when
    wb.properties.modified = when
    wb.save(str(path))
    pin_office(path, when)


# ------------------------------------------------------------------------------------------------------------------
# 04  Joint HOSC briefing (PDF, landscape slides drawn on the canvas)
# ------------------------------------------------------------------------------------------------------------------
W, H = 960, 540
DECK_TITLE = "Pemberholt & Wrexcombe STP - Briefing for the Joint Health Overview and Scrutiny Committee, 26 January 2017"


def band(c, title, n):
    c.setFillColor(NHS_BLUE)
    c.rect(0, H - 62, W, 62, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 22)
    c.drawString(36, H - 42, title)
    c.setFillColor(GREY)
    c.setFont("DV", 8)
    c.drawString(36, 16, DECK_TITLE)
    c.drawRightString(W - 36, 16, f"Slide {n}")


def text_block(c, x, y, width, text, font="DV", size=11, leading=None, color=colors.black):
    leading = leading or size * 1.25
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def hosc_pdf(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("STP briefing for the Joint HOSC, 26 January 2017")
    c.setAuthor("STP Programme Director")

    # slide 1: title
    c.setFillColor(DARK)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 14)
    c.drawString(60, 440, "Pemberholt & Wrexcombe Sustainability and Transformation Plan")
    c.setFont("DVB", 30)
    c.drawString(60, 380, "Briefing for the Joint Health Overview")
    c.drawString(60, 342, "and Scrutiny Committee")
    c.setFont("DV", 14)
    c.drawString(60, 290, "Meeting of 26 January 2017 - agenda item 5")
    c.drawString(60, 266, "Presented by the STP Lead and the STP Programme Director")
    c.setFont("DV", 11)
    c.drawString(60, 120, "Paper date: 19 January 2017")
    c.drawString(60, 102, "Pemberholt CCG - Wrexcombe & Kelbridge CCG - Dunhallow CCG - Pemberholt City Council - "
                          "Wrexcombe County Council")
    c.showPage()

    # slide 2: tiles
    band(c, "The footprint at a glance", 2)
    tiles = [("912,400", "people registered with a GP"), ("118", "GP practices"),
             ("3", "clinical commissioning groups"), ("3", "NHS provider trusts"), ("2", "local authorities"),
             ("£164.8m", "do-nothing financial gap by 2020/21")]
    for i, (big, caption) in enumerate(tiles):
        x = 60 + (i % 3) * 290
        y = 290 - (i // 3) * 170
        c.setFillColor(PALE if i < 5 else colors.HexColor("#FFE5CC"))
        c.roundRect(x, y, 260, 140, 10, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont("DVB", 34)
        c.drawCentredString(x + 130, y + 78, big)
        c.setFont("DV", 12)
        c.setFillColor(GREY)
        c.drawCentredString(x + 130, y + 44, caption)
    c.showPage()

    # slide 3: closing the gap, horizontal bars
    band(c, "Closing the gap by 2020/21 (£m)", 3)
    bars = [("P1 Starting Well", 4.2), ("P2 Living Well", 9.6), ("P3 Primary & Community Care", 31.5),
            ("P4 Urgent & Emergency Care", 22.8), ("P5 Mental Health & Learning Disabilities", 12.4),
            ("P6 Sustainable Hospital Services", 58.1)]
    y = 420
    for label, value in bars:
        c.setFont("DV", 11)
        c.setFillColor(colors.black)
        c.drawString(40, y + 6, label)
        c.setFillColor(NHS_BLUE)
        c.rect(320, y, value * 7.5, 22, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 11)
        c.drawString(328 + value * 7.5, y + 6, f"{value:.1f}")
        y -= 40
    total = round(sum(v for _, v in bars), 1)
    c.setFont("DVB", 12)
    c.drawString(40, y + 4, f"Savings from the six priorities, total: £{total:.1f}m")
    c.setFont("DV", 12)
    c.drawString(40, y - 18, "Sustainability and Transformation Fund: £26.2m")
    c.drawString(40, y - 40, f"Do-nothing gap closed: £{total + 26.2:.1f}m")
    c.showPage()

    # slide 4: six priority boxes, SROs by post only
    band(c, "Our six priorities", 4)
    boxes = [("P1 Starting Well", "Director of Children's Services, Pemberholt City Council",
              "Maternity, children and young people's mental health (the Local Transformation Plan)"),
             ("P2 Living Well", "Director of Public Health, Wrexcombe County Council",
              "Smoking, obesity, alcohol and earlier diagnosis of cancer"),
             ("P3 Primary & Community Care", "Accountable Officer, Dunhallow CCG",
              "Resilient general practice, extended access and integrated neighbourhood teams"),
             ("P4 Urgent & Emergency Care", "Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust",
              "Integrated urgent care (NHS 111), urgent treatment centres, seven day services"),
             ("P5 Mental Health & Learning Disabilities", "Chief Executive, Thrushcombe Partnership NHS FT",
              "Crisis care, IAPT, dementia and the Transforming Care Partnership"),
             ("P6 Sustainable Hospital Services", "Chief Executive, Pemberholt Royal Hospitals NHS FT",
              "Clinical networks between the two acute trusts, stroke and productivity")]
    for i, (name, sro, aim) in enumerate(boxes):
        x = 36 + (i % 3) * 300
        y = 262 - (i // 3) * 200
        c.setStrokeColor(NHS_BLUE)
        c.setFillColor(colors.white)
        c.setLineWidth(1.5)
        c.rect(x, y, 280, 180, stroke=1, fill=1)
        c.setFillColor(NHS_BLUE)
        c.rect(x, y + 146, 280, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        size = 12
        while pdfmetrics.stringWidth(name, "DVB", size) > 260:
            size -= 0.5
        c.setFont("DVB", size)
        c.drawString(x + 10, y + 158, name)
        yy = text_block(c, x + 10, y + 128, 260, "SRO: " + sro, font="DVB", size=10, color=DARK)
        text_block(c, x + 10, yy - 8, 260, aim, size=10, color=GREY)
    c.showPage()

    # slide 5: must-do grid, ticks placed by position only
    band(c, "How our priorities meet the nine national must-dos", 5)
    mustdos = ["1 Develop and deliver the STP", "2 Financial balance", "3 Primary care / general practice",
               "4 A&E and ambulance waits", "5 Referral to treatment (18 weeks)", "6 Cancer (62 days)",
               "7 Mental health", "8 Learning disabilities", "9 Quality and safety"]
    cols = ["P1", "P2", "P3", "P4", "P5", "P6"]
    ticks = {2: ["P3", "P6"], 3: ["P3"], 4: ["P3", "P4"], 5: [], 6: ["P2", "P6"], 7: ["P1", "P5"], 8: ["P5"],
             9: ["P4", "P6"]}
    x0, colw, top, rowh = 300, 80, 440, 37
    c.setFont("DVB", 11)
    c.setFillColor(DARK)
    c.drawString(40, top + 12, "National must-do")
    for j, col in enumerate(cols):
        c.drawCentredString(x0 + j * colw + colw / 2, top + 12, col)
    for i, label in enumerate(mustdos):
        y = top - (i + 1) * rowh
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(36, y, x0 + 6 * colw, y)
        c.setFont("DV", 11)
        c.setFillColor(colors.black)
        c.drawString(40, y + 13, label)
        n = i + 1
        if n == 1:
            c.setFillColor(PALE)
            c.rect(x0 + 2, y + 3, 6 * colw - 4, rowh - 6, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DVI", 10)
            c.drawCentredString(x0 + 3 * colw, y + 13, "All six priorities")
            continue
        for col in ticks[n]:
            j = cols.index(col)
            c.setFont("DVB", 16)
            c.setFillColor(colors.HexColor("#007F3B"))
            c.drawCentredString(x0 + j * colw + colw / 2, y + 11, "\u2713")
    for j in range(7):
        c.line(x0 + j * colw, top - 9 * rowh, x0 + j * colw, top - rowh)
        c.line(x0 + j * colw, top, x0 + j * colw, top + 30)
    c.line(x0 + 6 * colw, top - rowh, x0 + 6 * colw, top)
    c.line(x0, top - rowh, x0, top)
    c.setFont("DV", 9)
    c.setFillColor(GREY)
    c.drawString(40, 72, "P1 Starting Well; P2 Living Well; P3 Primary & Community Care; P4 Urgent & Emergency Care; "
                         "P5 Mental Health & Learning Disabilities;")
    c.drawString(40, 60, "P6 Sustainable Hospital Services. A blank row means no STP priority addresses that must-do; "
                         "CCG operational plans carry it.")
    c.showPage()

    # slide 6: timeline, dates above the line, labels below
    band(c, "Milestones the Committee asked about", 6)
    events = [("from 1 April 2017", "Integrated urgent care: NHS 111 and the clinical assessment service go live as "
                                    "one service"),
              ("Jul-17", "Pemberholt urgent treatment centre opens at the Royal Infirmary front door"),
              ("September 2017", "Public consultation on inpatient beds at Dunhallow Community Hospital begins"),
              ("Jan-18", "Community forensic support team for adults with a learning disability starts"),
              ("Mar-18", "Evening and weekend GP appointments at all 118 practices"),
              ("date to be confirmed", "Decision on the future of hyper-acute stroke services")]
    ly = 300
    c.setStrokeColor(DARK)
    c.setLineWidth(3)
    c.line(50, ly, W - 50, ly)
    step = (W - 220) / (len(events) - 1)
    for i, (when, label) in enumerate(events):
        x = 110 + i * step
        c.setFillColor(NHS_BLUE)
        c.circle(x, ly, 8, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont("DVB", 12)
        c.drawCentredString(x, ly + 24, when)
        c.setFont("DV", 10)
        c.setFillColor(colors.black)
        yy = ly - 30
        for line in simpleSplit(label, "DV", 10, 128):
            c.drawCentredString(x, yy, line)
            yy -= 13
    c.setFillColor(PALE)
    c.rect(50, 70, W - 100, 70, stroke=0, fill=1)
    text_block(c, 66, 116, W - 140, "Public roadshows on the STP start w/c 13 February 2017, one in each CCG area. "
               "The Committee will be formally consulted on any substantial variation in service before a public "
               "consultation begins.", size=11)
    c.showPage()

    # slide 7: top risks
    band(c, "Top risks to delivery", 7)
    risks = [("Financial gap not closed by 2020/21", "Red", "Chief Finance Officer, Pemberholt CCG"),
             ("Not enough GPs and community nurses", "Red", "STP Workforce Lead"),
             ("Public confidence in changes at Dunhallow Community Hospital", "Amber", "STP Programme Director"),
             ("Integrated urgent care not ready for 1 April 2017", "Amber", "Head of Urgent Care Commissioning, "
                                                                           "Wrexcombe & Kelbridge CCG")]
    y = 420
    c.setFont("DVB", 11)
    c.setFillColor(DARK)
    c.drawString(50, y + 20, "Risk")
    c.drawString(520, y + 20, "Rating")
    c.drawString(620, y + 20, "Owner")
    for risk, rating, owner in risks:
        c.setFillColor(PALE)
        c.rect(40, y - 46, W - 80, 54, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#DA291C") if rating == "Red" else colors.HexColor("#FFB81C"))
        c.rect(516, y - 36, 70, 34, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text_block(c, 50, y - 16, 450, risk, size=12)
        c.setFillColor(colors.white if rating == "Red" else colors.black)
        c.setFont("DVB", 12)
        c.drawCentredString(551, y - 23, rating)
        text_block(c, 620, y - 16, 290, owner, size=11)
        y -= 74
    c.showPage()

    # slide 8: who's who (posts resolved to names)
    band(c, "Who's who", 8)
    who = [("STP Lead (Chief Officer, Pemberholt CCG)", "Imogen Threlfall"),
           ("STP Programme Director", "Barnaby Quist"),
           ("Chief Finance Officer, Pemberholt CCG", "Alasdair Pennock"),
           ("STP Workforce Lead (Director of Workforce, Wrexcombe & Dunhallow Hospitals NHS Trust)",
            "Joanna Okafor-Briggs"),
           ("Director of Children's Services, Pemberholt City Council", "Rosalind Achebe-Ward"),
           ("Director of Public Health, Wrexcombe County Council", "Dr Fergus Mallinder"),
           ("Accountable Officer, Dunhallow CCG", "Harriet Penrose-Obi"),
           ("Chief Executive, Wrexcombe & Dunhallow Hospitals NHS Trust", "Colm Fairweather"),
           ("Chief Executive, Thrushcombe Partnership NHS FT", "Yasmin Eldridge"),
           ("Chief Executive, Pemberholt Royal Hospitals NHS FT", "Dr Laurence Okonjo"),
           ("Head of Urgent Care Commissioning, Wrexcombe & Kelbridge CCG", "Marcus Oduya")]
    y = 440
    for post, name in who:
        c.setStrokeColor(PALE)
        c.setLineWidth(0.8)
        c.line(40, y - 10, W - 40, y - 10)
        c.setFillColor(GREY)
        yy = text_block(c, 50, y + 2, 560, post, size=11, color=GREY)
        c.setFillColor(DARK)
        c.setFont("DVB", 12)
        c.drawString(640, y + 2, name)
        y = min(yy, y - 14) - 14
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------------------------
# 05  Transforming Care Partnership Q3 assurance summary (PowerPoint, real tables)
# ------------------------------------------------------------------------------------------------------------------
def tcp_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)

    def title_only(title):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
        return slide

    def add_table(slide, rows, top, widths, font=14):
        shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(top), Inches(sum(widths)),
                                       Inches(0.45 * len(rows)))
        tbl = shape.table
        for j, w in enumerate(widths):
            tbl.columns[j].width = Emu(int(Inches(w)))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                tbl.cell(i, j).text = v
                for p in tbl.cell(i, j).text_frame.paragraphs:
                    p.font.size = Pt(font)
                    p.font.bold = i == 0 or row[0] == "Total"
        return tbl

    def box(slide, text_lines, left, top, width, height, size=16):
        tb = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(text_lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            p.font.size = Pt(size)
        return tb

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Pemberholt & Wrexcombe Transforming Care Partnership"
    s.placeholders[1].text = ("Quarter 3 2016/17 assurance summary for the TCP Board, 22 February 2017\n"
                              "Paper dated 15 February 2017 - part of STP Priority 5")

    s = title_only("Inpatients with a learning disability and/or autism")
    add_table(s, [["Commissioner", "Baseline Mar-16", "Actual Dec-16 (Q3 16/17)", "Plan Mar-17", "Plan Mar-18",
                   "Plan Mar-19"],
                  ["CCG-commissioned beds", "24", "19", "17", "13", "10"],
                  ["NHS England specialised commissioning", "18", "16", "15", "12", "9"],
                  ["Total", "42", "35", "32", "25", "19"]], 1.7, [3.6, 1.6, 2.4, 1.5, 1.5, 1.5])
    box(s, ["Numbers are people in hospital at the end of the month. The national planning assumption is 10 to 15 "
            "CCG-commissioned and 20 to 25 specialised inpatients per million adults by March 2019."], 0.5, 4.4, 12, 1,
        size=14)

    s = title_only("Workstreams and next milestones")
    add_table(s, [["Ref", "Workstream", "Lead", "Next milestone", "Due"],
                  ["TC1", "Community forensic support team for adults with a learning disability or autism", "AC",
                   "Service starts", "Jan-18"],
                  ["TC2", "24/7 intensive support team", "AC", "Evening and weekend cover in place", "Q2 2017/18"],
                  ["TC3", "Care and Treatment Reviews within two weeks of every admission", "PL", "100% compliance",
                   "Mar-17"],
                  ["TC4", "Supported living: eight new tenancies", "DB", "First four tenancies signed", "Oct-17"],
                  ["TC5", "Care, Education and Treatment Reviews for children and young people", "SB",
                   "Dynamic risk register in place", "31/03/17"],
                  ["TC6", "Annual health checks for people with a learning disability", "PL", "75% uptake",
                   "31 March 2018"]], 1.5, [0.8, 5.2, 0.9, 3.6, 1.7], font=13)

    s = title_only("Transformation funding (£000)")
    add_table(s, [["Source", "2016/17", "2017/18", "2018/19", "Total"],
                  ["NHS England", "300", "450", "350", "1,100"],
                  ["CCGs", "250", "500", "500", "1,250"],
                  ["Total", "550", "950", "850", "2,350"]], 1.7, [3.0, 1.8, 1.8, 1.8, 1.8])

    s = title_only("TCP Board")
    add_table(s, [["Initials", "Name", "Role on the TCP Board"],
                  ["YE", "Yasmin Eldridge", "Senior Responsible Officer (Chief Executive, Thrushcombe Partnership NHS "
                                            "FT)"],
                  ["AC", "Dr Anwen Castellow", "Clinical lead (Clinical Director for Learning Disabilities, "
                                               "Thrushcombe)"],
                  ["PL", "Pauline Lisgar", "TCP Programme Manager"],
                  ["DB", "Desmond Bellamy-Rhodes", "Head of Housing Strategy, Wrexcombe County Council"],
                  ["SB", "Sunniva Brackenridge", "Head of Children's Commissioning, Wrexcombe & Kelbridge CCG"]],
              1.5, [1.2, 3.4, 7.6], font=14)

    s = title_only("Changes since the Q2 return")
    box(s, ["TC1 community forensic support team: the start moves from Jan-18 to Apr-18, because the forensic "
            "psychologist post has twice failed to recruit. This replaces the Jan-18 date given to the Joint HOSC "
            "on 26 January 2017.",
            "TC4 supported living: from 1 March 2017 Kezia Marchetti (Housing Commissioning Manager, Pemberholt City "
            "Council) replaces DB as lead. The Oct-17 date stands.",
            "TC3: compliance was 88% at the end of December 2016."], 0.6, 1.6, 12, 4.5, size=18)

    cp = prs.core_properties
    when = datetime(2017, 2, 15, 10, 0, 0)
    cp.author = "TCP Programme Manager"
    cp.title = "TCP Q3 2016/17 assurance summary"
    cp.last_modified_by = "TCP Programme Manager"
    cp.revision = 2
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    prs.save(str(path))
    pin_office(path, when)


# ------------------------------------------------------------------------------------------------------------------
# 06  Joint Audit and Risk Committee report (plain text, latest paper)
# ------------------------------------------------------------------------------------------------------------------
AUDIT = """\
PEMBERHOLT & WREXCOMBE SUSTAINABILITY AND TRANSFORMATION PARTNERSHIP
JOINT AUDIT AND RISK COMMITTEE

Meeting date:        16 March 2017
Agenda item:         7
Paper date:          9 March 2017
Title:               STP system risk register and assurance on delivery plans
Author:              STP Programme Director
Executive sponsor:   STP Lead
Purpose:             For assurance

1. PURPOSE

1.1 This report gives the Committee the STP system risk register as at 28 February 2017
    and the changes to delivery-plan dates and leads agreed since the last report. Where
    this report differs from an earlier paper, this report stands.

2. SYSTEM RISK REGISTER (EXTRACT)

    Score = likelihood (L) x impact (I). Rating: 15-25 Red, 8-12 Amber, 1-6 Green.

    Ref  Risk                                        Owner                                  L  I  Score  Rating  Trend
    ---  ------------------------------------------  -------------------------------------  -  -  -----  ------  -----
    SR1  Financial gap not closed by 2020/21         Chief Finance Officer, Pemberholt CCG  4  5     20  Red     Same
    SR2  GP and community nursing workforce          STP Workforce Lead                     4  4     16  Red     Up
    SR3  Public confidence in Dunhallow changes      STP Programme Director                 3  4     12  Amber   Same
    SR4  Integrated urgent care ready for go-live    Head of Urgent Care Commissioning      3  4     12  Amber   Down
    SR5  Shared care record interoperability         STP Digital Lead                       3  3      9  Amber   Same
    SR6  Seven day services consultant recruitment   Medical Director, Pemberholt Royal     4  3     12  Amber   Up
                                                     Hospitals NHS FT

2.2 Two risks are rated Red (SR1 and SR2). SR4 has come down since the integrated urgent
    care service passed its readiness review on 20 February 2017.

3. CHANGES TO DELIVERY-PLAN DATES AND LEADS

3.1 Seven day services: action 7DS-01 (four acute physicians at Wrexcombe & Dunhallow
    Hospitals) cannot be met by 31/03/2017. The new due date is end of September 2017,
    agreed by the STP Delivery Group on 1 March 2017.

3.2 Integrated urgent care business continuity plan (v1.2): the live failover of telephony
    to the Kelbridge backup site moves from w/c 9 October 2017 to w/c 4 September 2017,
    so that it is tested before winter pressures begin.

3.3 CYP mental health Local Transformation Plan: action LTP-03 (crisis and intensive home
    treatment team for under-18s), shown as "time frame as yet unknown" in the October 2016
    refresh, is now due Q3 2017/18 following agreement of 2017/18 funding.

3.4 Barnaby Quist leaves the STP on 31 March 2017. Delphine Haworth, Deputy Director of
    Strategy at Pemberholt CCG, will be interim STP Programme Director from 1 April 2017.

4. INTERNAL AUDIT

4.1 The internal audit review of STP governance gave "reasonable assurance" with three
    medium-priority recommendations, all to be implemented by 30 June 2017.

5. RECOMMENDATION

5.1 The Committee is asked to note the risk register and the changes in section 3.
"""


def audit_txt(path: Path) -> None:
    path.write_text(AUDIT, encoding="utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    ltp_pdf(OUT / F1)
    bcp_docx(OUT / F2)
    sds_xlsx(OUT / F3)
    hosc_pdf(OUT / F4)
    tcp_pptx(OUT / F5)
    audit_txt(OUT / F6)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
