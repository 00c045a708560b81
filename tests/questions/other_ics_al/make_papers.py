"""Write the Cawdermoor & Lyndhithe STP papers (thirty-eighth imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan (October 2016 to April 2017):
  01 Annex 1, local delivery plans (PDF, reportlab platypus): prose with abbreviations defined once, a ruled plan-area
     SRO table, then per plan area a ruled initiatives table (Ref | Initiative | Scheme owner(s) | Key milestones |
     Must-dos addressed) with a repeated header row, owner cells holding two people each with a title, several dated
     milestone lines in one cell, the Cawdermoor City table running over a page break; a ruled must-do coverage matrix
     (seven local priorities down, the nine national must-dos across, ticks and blanks); a ruled savings table in £m;
  02 Programme Board terms of reference (Word): numbered prose and a three-column membership table
     (Role | Member | Nominated deputy), a deputy "TBC", a dash for no deputy, an acronym (LWAB) defined once;
  03 change request log (Excel): one row per change request with Current / Proposed / Decision (Approved, Rejected,
     Deferred) and a decision date as real dates; only approved changes stand (said on a Read me sheet); a
     Key figures sheet whose units are in their own column;
  04 Partnership Board minutes (PDF prose): numbered minutes, an SRO change from a date, a deputy "TBC" filled, a
     deferred change approved, a moved pilot date, actions in bold "ACTION:" sentences, the next meeting;
  05 staff briefing (PowerPoint): headline figures as big numbers with the unit in a separate caption box, a
     "who leads" table with a from-date, and briefing session dates.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ANNEX = "01_CL_STP_Annex1_Local_Delivery_Plans_v1.3_28Oct2016.pdf"
TOR = "02_CL_STP_Programme_Board_Terms_of_Reference_07Dec2016.docx"
CRLOG = "03_CL_STP_Change_Request_Log_24Feb2017.xlsx"
MINUTES = "04_CL_STP_Partnership_Board_Minutes_16Mar2017.pdf"
BRIEF = "05_CL_STP_Staff_Briefing_Apr2017.pptx"

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10)
HEAD = ParagraphStyle("head", fontName="DVB", fontSize=8, leading=10, textColor=colors.white)
CENTRE = ParagraphStyle("centre", parent=CELL, alignment=TA_CENTER)
HEADC = ParagraphStyle("headc", parent=HEAD, alignment=TA_CENTER)
NAVY = colors.HexColor("#1F3A5F")

# ---------------------------------------------------------------------------------------------------------------
# The plan: three plan areas, four initiatives each
# ---------------------------------------------------------------------------------------------------------------
AREAS = [
    ("CC", "Cawdermoor City", "Adaeze Pemberton", "Accountable Officer, Cawdermoor CCG",
     "Cawdermoor City Local Delivery Board"),
    ("LC", "Lyndhithe Coast", "Julian Merriweather", "Chief Executive, LCHT", "Lyndhithe Coast Local Delivery Board"),
    ("UW", "Upper Wend Valley", "Marcus Heywood-Lane", "Director of Strategy, UWV CCG",
     "Upper Wend Valley Health & Care Board"),
]
# ref, initiative, [(owner, title), (owner, title)], [milestone lines], must-dos
INITIATIVES = {
    "CC": [
        ("CC1", "Integrated locality teams: community nursing, therapies, adult social care and mental health "
         "practitioners working as one team in each of the six city localities",
         [("Dr Helena Marchetti", "Clinical Chair, Cawdermoor CCG"),
          ("Owen Pritchard-Lowe", "Director of Adult Social Care, Cawdermoor City Council")],
         ["Nov-16: locality leads appointed", "Qtr 4 16/17: localities 1-3 live",
          "30/09/2017: all six localities live"], "3, 4"),
        ("CC2", "Urgent treatment centre at the front door of Cawdermoor General Infirmary, with GP streaming "
         "of walk-in patients",
         [("Rachel Ombudo-Finch", "Chief Operating Officer, CHUFT"),
          ("Dr Laszlo Berrington", "Clinical Director for Emergency Medicine, CHUFT")],
         ["Jan-17: GP streaming in the emergency department", "Winter 2017/18: urgent treatment centre designated"],
         "4"),
        ("CC3", "Crisis house for adults in mental health crisis as an alternative to admission, run with a "
         "voluntary sector partner",
         [("Siobhan Achebe-Ward", "Director of Operations, WCFT"),
          ("Dr Farouk Delacroix", "Consultant Psychiatrist, WCFT")],
         ["Feb-17: voluntary sector partner selected", "31/07/2017: crisis house opens"], "7"),
        ("CC4", "Diabetes prevention and structured education: National Diabetes Prevention Programme referrals "
         "from every city practice",
         [("Dr Imran Halloway", "GP Clinical Lead for Long Term Conditions, Cawdermoor CCG"),
          ("Beatrix Fenn", "Consultant in Public Health, Cawdermoor City Council")],
         ["Qtr 3 16/17: first referrals to the programme", "Mar-18: 1,800 places filled"], "3"),
    ],
    "LC": [
        ("LC1", "Frailty assessment unit at Lyndhithe District Hospital, with a frailty team in the emergency "
         "department",
         [("Dr Morwenna Castell", "Consultant Geriatrician, LCHT"),
          ("Graham Tolliver", "Deputy Chief Executive, LCHT")],
         ["Dec-16: unit open on weekdays", "Jun-17: unit open seven days a week"], "4"),
        ("LC2", "Musculoskeletal single point of access: one triage and treatment service for back, joint and soft "
         "tissue referrals",
         [("Priya Kanagaratnam", "Head of Planned Care, Lyndhithe CCG"),
          ("Mr Alun Treharne", "Consultant Orthopaedic Surgeon, LCHT")],
         ["Qtr 3 16/17: service specification agreed", "Qtr 4 16/17: procurement complete",
          "01/10/2017: service live"], "5"),
        ("LC3", "One-stop rapid diagnostic clinic for patients with vague symptoms that could be cancer",
         [("Dr Josephine Arkwell", "Macmillan GP Cancer Lead, Lyndhithe CCG"),
          ("Neil Stapleford", "Lead Cancer Manager, LCHT")],
         ["Apr-17: pilot clinic starts", "Qtr 4 17/18: evaluation reported"], "6"),
        ("LC4", "Community hospital bed review: consolidating inpatient beds at Saltings and Hethercombe community "
         "hospitals",
         [("Graham Tolliver", "Deputy Chief Executive, LCHT"),
          ("Hannah Brisco", "Director of Nursing, Coastline Community Health CIC")],
         ["Jan-17: options appraisal", "Public consultation: time frame as yet unknown"], "2, 9"),
    ],
    "UW": [
        ("UW1", "Extended GP access: evening and weekend appointments from hubs run by the Wend Valley GP Federation",
         [("Dr Callum Rees-Ingram", "Chair, Wend Valley GP Federation"),
          ("Felicity Okonjo", "Primary Care Commissioning Manager, UWV CCG")],
         ["01/03/2017: Hub 1 (Wendbridge) open", "TBC: Hub 2 (Mossley Bank) open", "Mar-19: 100% population coverage"],
         "3"),
        ("UW2", "Discharge to assess: patients leave hospital when medically fit and are assessed for longer-term "
         "care at home",
         [("Marcus Heywood-Lane", "Director of Strategy, UWV CCG"),
          ("Joanna Pike", "Head of Integrated Discharge, Wendbridge General Hospital")],
         ["Qtr 4 16/17: pathway 1 (home) live", "Qtr 2 17/18: pathways 2 and 3 live"], "2, 4"),
        ("UW3", "Perinatal mental health community service for women in pregnancy and the first year after birth",
         [("Dr Farouk Delacroix", "Consultant Psychiatrist, WCFT"),
          ("Lorna Abernethy", "Perinatal Service Manager, WCFT")],
         ["Nov-16: bid to the national Perinatal Community Services Development Fund", "Summer 2017: team recruited"],
         "7"),
        ("UW4", "Hyper-acute stroke review: options for a single hyper-acute stroke unit for the Wend Valley",
         [("Dr Ifeoma Strand", "Consultant Stroke Physician, Wendbridge General Hospital"),
          ("Marcus Heywood-Lane", "Director of Strategy, UWV CCG")],
         ["Dec-16: options appraisal", "Spring 2017: public consultation", "Qtr 2 17/18: decision"], "9"),
    ],
}
PRIORITIES = [
    ("P1", "Prevention at scale"),
    ("P2", "Out-of-hospital care: localities and general practice"),
    ("P3", "Urgent & emergency care"),
    ("P4", "Planned care & cancer"),
    ("P5", "Mental health"),
    ("P6", "Acute services collaboration"),
    ("P7", "Productivity & back office"),
]
MUSTDO_HEADS = ["1 STP", "2 Financial balance", "3 General practice", "4 A&amp;E &amp; ambulance", "5 RTT 18 weeks",
                "6 Cancer 62 days", "7 Mental health", "8 Learning disabilities", "9 Quality"]
TICKS = {  # priority -> must-dos ticked
    "P1": [1, 3], "P2": [1, 3, 4], "P3": [1, 4, 7], "P4": [1, 5, 6], "P5": [1, 7],
    "P6": [1, 2, 9], "P7": [1, 2],
}
SAVINGS = {  # £m, 2016/17 .. 2020/21
    "Cawdermoor City": [2.4, 8.6, 15.2, 21.0, 26.8],
    "Lyndhithe Coast": [1.9, 6.3, 11.7, 16.4, 20.5],
    "Upper Wend Valley": [1.1, 4.2, 7.9, 10.6, 13.2],
    "Footprint-wide (acute collaboration, back office)": [3.5, 12.0, 22.4, 30.1, 36.7],
}


def p(text, style=BODY):
    return Paragraph(text, style)


def ruled(data, widths, header_rows=1, extra=()):
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        *extra]))
    return t


def footer(title):
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.drawString(15 * mm, 9 * mm, title)
        canv.drawRightString(doc.pagesize[0] - 15 * mm, 9 * mm, f"Page {doc.page}")
        canv.restoreState()
    return draw


def annex():
    doc = SimpleDocTemplate(str(OUT / ANNEX), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm,
                            title="Cawdermoor & Lyndhithe STP Annex 1: Local Delivery Plans", author="STP PMO")
    s = [p("Cawdermoor &amp; Lyndhithe Sustainability and Transformation Plan", H1),
         p("<b>Annex 1: Local Delivery Plans 2016/17 - 2020/21</b> | Version 1.3, submission draft, 28 October 2016"),
         p("1. This annex sets out how the three plan areas of the Cawdermoor &amp; Lyndhithe footprint will deliver "
           "the STP. The footprint serves a registered population of 1,184,300 people through three clinical "
           "commissioning groups, Cawdermoor Hospitals University NHS Foundation Trust (CHUFT), Lyndhithe &amp; Coast "
           "Hospitals NHS Trust (LCHT), Wendmoor Care NHS Foundation Trust (WCFT) for mental health and community "
           "services, and three councils. Upper Wend Valley CCG (UWV CCG) hosts the Programme Management Office."),
         p("2. If nothing changes the footprint faces a financial gap of £318.4m by 2020/21. The STP Lead is "
           "Christine Alderwood, Chief Executive of CHUFT; the STP Partnership Board is chaired by its Independent "
           "Chair, Professor Gwen Tallis."),
         p("3. Each plan area has a Senior Responsible Officer (SRO) who chairs its local board:"),
         ]
    rows = [[p("Plan area", HEAD), p("Senior Responsible Officer (SRO)", HEAD), p("Local board", HEAD)]]
    for code, name, sro, title, board in AREAS:
        rows.append([p(f"{name} ({code})", CELL), p(f"{sro}<br/><i>{title}</i>", CELL), p(board, CELL)])
    s += [ruled(rows, [70 * mm, 95 * mm, 90 * mm]), Spacer(1, 6),
          p("4. For each plan area the tables below list the initiatives we will focus on in 2016/17 - 17/18, the "
            "scheme owners (a delivery owner and a clinical or professional owner), the key milestones with their "
            "timescales, and the national must-dos of the 2016/17 planning guidance that each initiative "
            "addresses (numbered 1 to 9 as in section 3). Where a timescale is not yet agreed it is shown as TBC."),
          p("5. Milestone timescales use NHS financial years: Qtr 1 is April to June, Qtr 4 is January to March.")]
    widths = [14 * mm, 86 * mm, 62 * mm, 76 * mm, 27 * mm]
    for code, name, sro, title, board in AREAS:
        s.append(p(f"2.{'CLU'.index(code[0]) + 1} {name} ({code}): initiatives", H2))
        rows = [[p("Ref", HEAD), p("Initiative", HEAD), p("Scheme owner(s)", HEAD), p("Key milestones", HEAD),
                 p("Must-dos addressed", HEAD)]]
        for ref, text, owners, miles, mds in INITIATIVES[code]:
            own = "<br/>".join(f"{n}<br/><i>{t}</i>" for n, t in owners)
            rows.append([p(ref, CELL), p(text, CELL), p(own, CELL), p("<br/>".join(miles), CELL), p(mds, CENTRE)])
        s.append(ruled(rows, widths))
        if code == "CC":
            s.append(Spacer(1, 4))
    s += [PageBreak(), p("3. Our priorities against the nine national must-dos", H2),
          p("6. The matrix shows which of our seven footprint priorities contribute to each of the nine national "
            "must-dos of the 2016/17 NHS planning guidance. A tick means the priority contributes; a blank means it "
            "does not.")]
    rows = [[p("Local priority", HEAD)] + [p(h, HEADC) for h in MUSTDO_HEADS]]
    for code, name in PRIORITIES:
        rows.append([p(f"{code} {name}", CELL)] + [p("\u2713" if n in TICKS[code] else "", CENTRE)
                                                    for n in range(1, 10)])
    s += [ruled(rows, [66 * mm] + [21 * mm] * 9), Spacer(1, 6),
          p("7. Learning disabilities (must-do 8) is taken forward through the Transforming Care Partnership plan "
            "and is not a priority of this STP."),
          p("4. Savings by plan area", H2),
          p("8. Savings from the local delivery plans, £m, recurrent, by financial year:")]
    years = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "Total"]
    rows = [[p("Plan area (£m)", HEAD)] + [p(y, HEADC) for y in years]]
    tot = [0.0] * 6
    for name, vals in SAVINGS.items():
        full = vals + [round(sum(vals), 1)]
        tot = [round(a + b, 1) for a, b in zip(tot, full)]
        rows.append([p(name, CELL)] + [p(f"{v:.1f}", CENTRE) for v in full])
    rows.append([p("<b>Total</b>", CELL)] + [p(f"<b>{v:.1f}</b>", CENTRE) for v in tot])
    s += [ruled(rows, [80 * mm] + [26 * mm] * 6),
          p(f"9. The local delivery plans close £{tot[4]:.1f}m of the £318.4m gap in 2020/21; provider efficiencies "
            f"and Sustainability and Transformation Fund (STF) income are expected to close the rest.")]
    doc.build(s, onFirstPage=footer("Cawdermoor & Lyndhithe STP | Annex 1 v1.3 | 28 October 2016"),
              onLaterPages=footer("Cawdermoor & Lyndhithe STP | Annex 1 v1.3 | 28 October 2016"))


# ---------------------------------------------------------------------------------------------------------------
def pin_docx(path):
    """Rewrite a docx/pptx/xlsx with fixed zip entry times so the bytes are the same every run."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2016, 12, 7, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(item.filename)
            if path.suffix == ".xlsx" and item.filename == "docProps/core.xml":  # openpyxl stamps the save time; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2017-02-24T09:00:00Z", data)
            zout.writestr(info, data)
    tmp.replace(path)


def terms_of_reference():
    d = Document()
    d.core_properties.created = d.core_properties.modified = datetime(2016, 12, 7, 9, 0)
    d.core_properties.author = "Imogen Latchford"
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    d.add_heading("Cawdermoor & Lyndhithe STP Programme Board: Terms of Reference", 1)
    d.add_paragraph("Version 2.0, approved by the STP Partnership Board on 7 December 2016. Author: Imogen Latchford, "
                    "STP Programme Director.")
    d.add_heading("1. Purpose", 2)
    d.add_paragraph("1.1 The Programme Board oversees delivery of the three local delivery plans (Cawdermoor City, "
                    "Lyndhithe Coast and Upper Wend Valley) and the footprint-wide enablers, and reports to the STP "
                    "Partnership Board.")
    d.add_paragraph("1.2 Workforce matters are taken to the Local Workforce Action Board (LWAB), which reports to "
                    "the Programme Board quarterly. Digital matters are taken by the LDR Board for the local digital "
                    "roadmap.")
    d.add_heading("2. Meetings and quorum", 2)
    d.add_paragraph("2.1 The Programme Board meets on the second Wednesday of each month, 14:00 to 16:30, at "
                    "Wendbridge House.")
    d.add_paragraph("2.2 The meeting is quorate when six members are present, including the Chair or the Chair's "
                    "nominated deputy and at least one director of finance.")
    d.add_paragraph("2.3 A member who cannot attend sends the nominated deputy shown in section 3. A deputy attends "
                    "with the member's full authority.")
    d.add_heading("3. Membership", 2)
    rows = [("Role", "Member", "Nominated deputy"),
            ("Chair (STP Lead)", "Christine Alderwood, Chief Executive, CHUFT", "Adaeze Pemberton, Accountable "
             "Officer, Cawdermoor CCG"),
            ("STP Programme Director", "Imogen Latchford", "Ravi Sunderland, PMO Manager"),
            ("Finance lead", "Duncan Sallow, Director of Finance, CHUFT", "Meera Chaudry, Deputy Director of "
             "Finance, LCHT"),
            ("Clinical Reference Group chair", "Dr Helena Marchetti, Clinical Chair, Cawdermoor CCG", "TBC"),
            ("SRO, Cawdermoor City", "Adaeze Pemberton", "Kieran Foulds, Director of Commissioning, Cawdermoor CCG"),
            ("SRO, Lyndhithe Coast", "Julian Merriweather, Chief Executive, LCHT", "Graham Tolliver, Deputy Chief "
             "Executive, LCHT"),
            ("SRO, Upper Wend Valley", "Marcus Heywood-Lane, Director of Strategy, UWV CCG", "Felicity Okonjo"),
            ("Workforce lead", "Yvonne Castleton, Director of Workforce, WCFT", "\u2014"),
            ("Chief Clinical Information Officer", "Dr Nathan Oyelaran, CHUFT", "\u2014"),
            ("Local authority representative", "Owen Pritchard-Lowe, Director of Adult Social Care, Cawdermoor City "
             "Council", "Beatrix Fenn")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    for c in t.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.bold = True
    d.add_heading("4. Reporting", 2)
    d.add_paragraph("4.1 The PMO keeps the change request log. A change to an owner or a milestone date stands only "
                    "once the Programme Board has approved it; rejected and deferred requests leave the annex "
                    "unchanged.")
    d.add_paragraph("4.2 These terms of reference will be reviewed in June 2017.")
    path = OUT / TOR
    d.save(str(path))
    pin_docx(path)


def change_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Change requests"
    ws["A1"] = "Cawdermoor & Lyndhithe STP - change request log (PMO) - as at 24/02/2017"
    ws["A1"].font = Font(bold=True, size=12)
    head = ["CR ref", "Raised", "Initiative", "Field", "Current (Annex 1 v1.3)", "Proposed", "Reason", "Decision",
            "Decision date", "Decided by"]
    ws.append([])
    ws.append(head)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("CR-01", date(2017, 1, 11), "LC2", "Milestone: service live", date(2017, 10, 1), date(2017, 12, 1),
         "Procurement extended after a single bid was received", "Approved", date(2017, 2, 8), "Programme Board"),
        ("CR-02", date(2017, 1, 19), "CC3", "Milestone: crisis house opens", date(2017, 7, 31), date(2017, 9, 30),
         "Partner asked for longer to refurbish the building", "Rejected", date(2017, 2, 8),
         "Programme Board (keep 31/07/2017; partner to phase the works)"),
        ("CR-03", date(2017, 1, 25), "UW1", "Milestone: Hub 2 (Mossley Bank) open", "TBC", date(2017, 7, 3),
         "Lease for Mossley Bank health centre signed", "Approved", date(2017, 2, 8), "Programme Board"),
        ("CR-04", date(2017, 2, 1), "CC2", "Scheme owner (clinical)", "Dr Laszlo Berrington",
         "Dr Sunniva Haraldsen", "Dr Berrington leaves CHUFT on 28/02/2017", "Approved", date(2017, 2, 8),
         "Programme Board, effective 01/03/2017"),
        ("CR-05", date(2017, 2, 6), "UW4", "Milestone: public consultation", "Spring 2017", "Summer 2017",
         "Purdah for the May 2017 local elections", "Deferred", date(2017, 2, 8), "Referred to Partnership Board"),
    ]
    for r in rows:
        ws.append(list(r))
        for col in (2, 5, 6, 9):
            cell = ws.cell(row=ws.max_row, column=col)
            if isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHIJ", [8, 11, 10, 34, 22, 22, 44, 10, 12, 40]):
        ws.column_dimensions[col].width = w
    kf = wb.create_sheet("Key figures")
    kf.append(["Measure", "Value", "Unit", "Source"])
    for c in kf[1]:
        c.font = Font(bold=True)
    for r in [("Registered population", 1184300, "people", "Annex 1 para 1"),
              ("Do-nothing financial gap, 2020/21", 318.4, "£m", "Annex 1 para 2"),
              ("Acute beds, 2016/17", 2140, "beds", "Acute services review"),
              ("Planned reduction in acute beds by 2020/21", 165, "beds", "Acute services review"),
              ("Extended GP access appointments per week at full coverage", 6200, "appointments", "UW1 / CC plan"),
              ("Investment in general practice by 2020/21", 26.5, "£m", "GP Forward View plan")]:
        kf.append(list(r))
    kf.column_dimensions["A"].width = 56
    rm = wb.create_sheet("Read me")
    rm["A1"] = "Only change requests with Decision = Approved change Annex 1. Rejected or Deferred requests leave the " \
               "annex value in place until a later decision."
    rm["A2"] = "Maintained by Ravi Sunderland, PMO Manager."
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 24, 9, 0)
    path = OUT / CRLOG
    wb.save(str(path))
    pin_docx(path)


def minutes():
    doc = SimpleDocTemplate(str(OUT / MINUTES), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="STP Partnership Board minutes 16 March 2017")
    s = [p("Cawdermoor &amp; Lyndhithe STP Partnership Board", H1),
         p("<b>Minutes of the meeting held on Thursday 16 March 2017, 10:00, Council Chamber, Lyndhithe Town Hall</b>"),
         p("<b>Present:</b> Professor Gwen Tallis (Independent Chair); Christine Alderwood (STP Lead); Adaeze "
           "Pemberton; Julian Merriweather; Tamsin Gorrell; Marcus Heywood-Lane; Duncan Sallow; Dr Helena Marchetti; "
           "Cllr Peter Ainsworth-Dale (Lyndhithe Borough Council). <b>In attendance:</b> Imogen Latchford (STP "
           "Programme Director); Ravi Sunderland (minutes)."),
         p("<b>Apologies:</b> Yvonne Castleton; Dr Nathan Oyelaran."),
         p("17/021 Welcome and declarations", H2),
         p("The Chair welcomed members. No new interests were declared. The minutes of 19 January 2017 were agreed."),
         p("17/022 Leadership changes", H2),
         p("Julian Merriweather will retire as Chief Executive of LCHT on 31 March 2017. The Board thanked him for "
           "leading the Lyndhithe Coast plan. The Board agreed that Tamsin Gorrell, Accountable Officer of Lyndhithe "
           "CCG, will be the Senior Responsible Officer for Lyndhithe Coast with effect from 1 April 2017. Graham "
           "Tolliver remains her nominated deputy on the Programme Board."),
         p("The Board noted that the deputy chair of the Clinical Reference Group, shown as TBC in the Programme "
           "Board terms of reference, has been filled: Dr Imran Halloway will deputise for Dr Marchetti from "
           "1 March 2017."),
         p("17/023 Change requests referred by the Programme Board", H2),
         p("The Board considered change request CR-05, deferred by the Programme Board on 8 February 2017. Given the "
           "pre-election period before the May 2017 local elections, the Board approved moving the public "
           "consultation on hyper-acute stroke services in the Upper Wend Valley (UW4) from Spring 2017 to Summer "
           "2017. The decision milestone stays in Qtr 2 17/18."),
         p("The Board noted the Programme Board's decisions of 8 February 2017 on CR-01 to CR-04."),
         p("17/024 Lyndhithe Coast delivery report", H2),
         p("Tamsin Gorrell reported that the rapid diagnostic clinic pilot (LC3) will start on 15 May 2017 rather "
           "than in April, to allow the radiology rota to be agreed. The Board accepted the revised date. The frailty "
           "unit (LC1) has been open on weekdays since 5 December 2016."),
         p("17/025 Finance", H2),
         p("Duncan Sallow reported that the 2017/18 control totals leave a residual gap of £41.2m across the "
           "footprint after the local delivery plan savings of £31.1m planned for 2017/18."),
         p("<b>ACTION:</b> Duncan Sallow to bring a paper on the 2017/18 control totals to the next meeting."),
         p("17/026 Any other business", H2),
         p("Imogen Latchford reminded members that staff briefings on the STP will be held in April and May."),
         p("<b>ACTION:</b> Imogen Latchford to circulate the revised milestone tracker, including the decisions "
           "above, by 24 March 2017."),
         p("<b>ACTION:</b> Tamsin Gorrell to meet Hannah Brisco to agree a timetable for the community hospital "
           "consultation by 28 April 2017."),
         p("Date of next meeting: Thursday 18 May 2017, 10:00, Wendbridge House."),
         ]
    doc.build(s, onFirstPage=footer("STP Partnership Board | 16 March 2017 | minutes, approved 18 May 2017"),
              onLaterPages=footer("STP Partnership Board | 16 March 2017 | minutes, approved 18 May 2017"))


def briefing():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.core_properties.created = prs.core_properties.modified = datetime(2017, 4, 10, 9, 0)
    blank = prs.slide_layouts[6]

    def textbox(slide, x, y, w, h, text, size=16, bold=False):
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(text.split("\n")):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            para.text = line
            para.runs[0].font.size = PPt(size)
            para.runs[0].font.bold = bold
        return tb

    s1 = prs.slides.add_slide(blank)
    textbox(s1, 0.6, 0.4, 12, 1, "Cawdermoor & Lyndhithe STP: what it means for you", 30, True)
    textbox(s1, 0.6, 1.4, 12, 0.6, "Staff briefing, April 2017", 18)
    for i, (big, cap) in enumerate([("1.18m", "people registered with our GPs"),
                                    ("£318.4m", "gap by 2020/21 if nothing changes"),
                                    ("£26.5m", "more for general practice by 2020/21"),
                                    ("165", "fewer acute beds by 2020/21")]):
        textbox(s1, 0.6 + i * 3.1, 3.0, 2.9, 1.0, big, 40, True)
        textbox(s1, 0.6 + i * 3.1, 4.1, 2.9, 1.0, cap, 14)
    s2 = prs.slides.add_slide(blank)
    textbox(s2, 0.6, 0.4, 12, 1, "Who leads our plan areas from April 2017", 28, True)
    rows = [("Plan area", "Senior Responsible Officer", "From"),
            ("Cawdermoor City", "Adaeze Pemberton", "October 2016"),
            ("Lyndhithe Coast", "Tamsin Gorrell", "1 April 2017"),
            ("Upper Wend Valley", "Marcus Heywood-Lane", "October 2016")]
    tbl = s2.shapes.add_table(len(rows), 3, Inches(0.6), Inches(1.6), Inches(11), Inches(2.4)).table
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            tbl.cell(r, c).text = v
    s3 = prs.slides.add_slide(blank)
    textbox(s3, 0.6, 0.4, 12, 1, "Come and hear more", 28, True)
    textbox(s3, 0.6, 1.6, 12, 3,
            "Briefing sessions for all staff, led by Christine Alderwood and Imogen Latchford:\n"
            "Tuesday 25 April 2017, 12:30, Cawdermoor General Infirmary lecture theatre\n"
            "Wednesday 3 May 2017, 12:30, Lyndhithe District Hospital education centre\n"
            "Thursday 11 May 2017, 12:30, Wendbridge House\n"
            "Questions in advance to the STP PMO by 21 April 2017.", 18)
    path = OUT / BRIEF
    prs.save(str(path))
    pin_docx(path)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    annex()
    terms_of_reference()
    change_log()
    minutes()
    briefing()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)
