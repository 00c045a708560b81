"""Write papers/ for the twelfth imaginary ICS: Quarrendon & Hale Moss (QHM ICS).

Run with the project's venv:  .venv/bin/python tests/questions/other_ics_l/make_papers.py
Nine papers in real formats (PDF, DOCX, XLSX, PPTX, TXT, MD), all made up. The output is meant to be
byte-for-byte repeatable (fixed document dates, invariant PDFs, fixed zip timestamps).
See README.md for the footprint, the people and what makes each paper hard to read by machine.
"""

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"

FIXED = dt.datetime(2018, 11, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# One truth for the facts the papers share
# --------------------------------------------------------------------------------------------
ICS = "Quarrendon & Hale Moss Integrated Care System"
PROGRAMMES = [
    # code, short, name, SRO (as at Sept 2018), clinical lead
    ("P1", "UEC", "Urgent & Emergency Care", "Simon Drabble", "Dr Farah Quayyum"),
    ("P2", "PCN", "Primary Care & Neighbourhoods", "Dr Owen Lathbury", "Dr Priya Mandalia"),
    ("P3", "MH", "Mental Health", "Ruth Penhaligon", "Dr Tomasz Wierzbicki"),
    ("P4", "PCC", "Planned Care & Cancer", "Hilary Gathercole", "Mr Rajiv Sethuraman"),
    ("P5", "MCY", "Maternity, Children & Young People", "Janet Oyelaran", "Kirsty Pendlebury"),
    ("P6", "LDA", "Learning Disabilities & Autism", "Martin Cresswell", ""),
    ("P7", "DIG", "Digital (Connected Care)", "Peter Lindqvist", "Dr Elspeth Marr"),
    ("P8", "WF", "Workforce & OD", "Yvonne Ashdown", ""),
]

D = dt.date
# ref, programme code, milestone, lead initials, due date (all dates are 2018/19 unless said)
MILESTONES = [
    ("P1.1", "P1", "Winter Resilience Plan 2018/19 approved", "SD", D(2018, 9, 27)),
    ("P1.2", "P1", "NHS 111 Clinical Assessment Service (CAS) go-live", "LK", D(2018, 11, 12)),
    ("P1.3", "P1", "Fit2Sit live at Brindle Sands Hospital ED", "FQ", D(2018, 11, 26)),
    ("P1.4", "P1", "Urgent Treatment Centre at Quarrendon General opens", "SD", D(2018, 12, 1)),
    ("P1.5", "P1", "Same Day Emergency Care (SDEC) 12 hours a day at Quarrendon General", "FQ", D(2019, 3, 31)),
    ("P2.1", "P2", "Extended access 8am-8pm in all 13 neighbourhoods", "OL", D(2018, 10, 1)),
    ("P2.2", "P2", "Neighbourhood Care Teams live in all 13 neighbourhoods", "PM", D(2019, 3, 31)),
    ("P2.3", "P2", "Online consultation offered by 50% of practices", "PM", D(2019, 2, 28)),
    ("P3.1", "P3", "Perinatal mental health community team in post", "TW", D(2018, 11, 30)),
    ("P3.2", "P3", "Crisis cafe opens in Brindle Sands", "RP", D(2019, 1, 14)),
    ("P3.3", "P3", "Out-of-area placements review complete", "TW", D(2019, 1, 31)),
    ("P3.4", "P3", "Core 24 liaison psychiatry at Quarrendon General", "TW", D(2019, 3, 31)),
    ("P4.1", "P4", "MSK single point of access live", "RS", D(2018, 11, 5)),
    ("P4.2", "P4", "Advice & Guidance in 6 specialties", "RS", D(2018, 12, 31)),
    ("P4.3", "P4", "Rapid Diagnostic Centre pilot starts", "NE", D(2019, 2, 4)),
    ("P4.4", "P4", "Targeted lung health checks launch in Brindle Coast", "NE", D(2019, 2, 25)),
    ("P5.1", "P5", "CAMHS single point of access live", "JO", D(2018, 11, 19)),
    ("P5.2", "P5", "Continuity of carer for 20% of women booked", "KP", D(2019, 3, 31)),
    ("P6.1", "P6", "Community forensic support team live", "MC", D(2018, 12, 14)),
    ("P6.2", "P6", "Learning disability and autism inpatients reduced to 21", "MC", D(2019, 3, 31)),
    ("P7.1", "P7", "Shared Care Record full business case approved", "PL", D(2018, 9, 27)),
    ("P7.2", "P7", "QHM Care Record phase 1 go-live", "PL", D(2019, 2, 18)),
    ("P8.1", "P8", "Nursing associates cohort 2 starts", "YA", D(2019, 1, 7)),
    ("P8.2", "P8", "Rotational paramedic scheme launched", "YA", D(2019, 3, 1)),
]

KEY = [
    ("SD", "Simon Drabble", "Chief Executive, Quarrendon Teaching Hospitals; SRO Urgent & Emergency Care"),
    ("LK", "Louise Ketteridge", "Programme Manager, Urgent & Emergency Care"),
    ("FQ", "Dr Farah Quayyum", "Consultant in Emergency Medicine; Clinical Lead, Urgent & Emergency Care"),
    ("OL", "Dr Owen Lathbury", "Clinical Chair, NHS Hale Moss & Brindle CCG; SRO Primary Care & Neighbourhoods"),
    ("PM", "Dr Priya Mandalia", "GP; Clinical Lead, Primary Care & Neighbourhoods"),
    ("RP", "Ruth Penhaligon", "Chief Executive, Fellside Partnership; SRO Mental Health"),
    ("TW", "Dr Tomasz Wierzbicki", "Consultant Psychiatrist; Clinical Lead, Mental Health"),
    ("HG", "Hilary Gathercole", "Accountable Officer, NHS Quarrendon CCG; SRO Planned Care & Cancer"),
    ("RS", "Mr Rajiv Sethuraman", "Consultant Orthopaedic Surgeon; Clinical Lead, Planned Care"),
    ("NE", "Dr Nadia Elbaz", "Consultant Oncologist; Clinical Lead, Cancer"),
    ("JO", "Janet Oyelaran", "Chief Operating Officer, Hale Moss & Brindle Community Health; SRO Maternity, Children & Young People"),
    ("KP", "Kirsty Pendlebury", "Head of Midwifery; Clinical Lead, Maternity"),
    ("MC", "Martin Cresswell", "Director of Adult Social Care, Quarrendon City Council; SRO Learning Disabilities & Autism"),
    ("PL", "Peter Lindqvist", "Chief Information Officer; SRO Digital"),
    ("YA", "Yvonne Ashdown", "Director of HR, Hale Moss & Brindle Community Health; SRO Workforce & OD"),
]

# Must-do coverage: must-do number -> programme code -> Y / N / Partial
MUSTDOS = [
    (1, "STPs: implement the agreed Sustainability and Transformation Plan"),
    (2, "Finance: return the system to aggregate financial balance"),
    (3, "General practice: sustainability and extended access"),
    (4, "A&E and ambulance: 4-hour standard and ambulance response standards"),
    (5, "Referral to treatment: 92% of patients on incomplete pathways within 18 weeks"),
    (6, "Cancer: 62-day standard and earlier diagnosis"),
    (7, "Mental health: IAPT, early intervention in psychosis and dementia diagnosis"),
    (8, "Learning disabilities: Transforming Care, fewer inpatients"),
    (9, "Quality: trusts in special measures, Carter efficiency and safe staffing"),
]
_cov = {
    1: "Y Y Y Y Y Y Y Y",
    2: "Partial N N Y N N Partial Partial",
    3: "N Y N N N N Partial Y",
    4: "Y Partial Partial N N N N N",
    5: "N N N Y N N N N",
    6: "N N N Y N N Partial N",
    7: "N N Y N Partial N N N",
    8: "N N Partial N N Y N N",
    9: "N N N N N N N Partial",
}
COVERAGE = {n: dict(zip([p[0] for p in PROGRAMMES], v.split())) for n, v in _cov.items()}

INVESTMENT = [  # programme code -> recurrent, non-recurrent, total (GBP 000), 2018/19 only
    ("P1", 3450, 1200, 4650), ("P2", 5800, 900, 6700), ("P3", 4300, 750, 5050),
    ("P4", 2100, 1650, 3750), ("P5", 1250, 400, 1650), ("P6", 980, 620, 1600),
    ("P7", 4100, 2100, 6200), ("P8", 600, 1100, 1700),
]


def fmt_day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def fmt_short(d: dt.date) -> str:
    return f"{d.day} {d:%b %y}"


def fix_zip(path: Path) -> None:
    """Rewrite an Office zip with fixed entry timestamps so the output is repeatable."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=(2018, 11, 1, 9, 0, 0))
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                text = blob.decode("utf-8")
                created = re.search(r"<dcterms:created[^>]*>([^<]*)<", text)
                if created:
                    text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", lambda m: m.group(1) + created.group(1) + m.group(2), text)
                blob = text.encode("utf-8")
            dst.writestr(new, blob)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------------------------
# 1. Partnership Board pack (PDF): cover sheet, agenda table, report cover sheet, a programme
#    table whose rows run over page breaks (a row split mid-cell, header not repeated), footnote.
# --------------------------------------------------------------------------------------------
def board_pack(path: Path) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    big = ParagraphStyle("big", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=28, alignment=TA_CENTER)
    mid = ParagraphStyle("mid", parent=body, fontSize=12, leading=16, alignment=TA_CENTER)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self.setFont("Helvetica", 7.5)
                    self.setFillColor(colors.grey)
                    self.drawString(18 * mm, 287 * mm, "QHM ICS Partnership Board (meeting in public)")
                    self.drawRightString(192 * mm, 287 * mm, "27 September 2018")
                    self.drawCentredString(105 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()

    story = []
    # --- cover sheet
    story += [Spacer(1, 40 * mm), Paragraph(ICS, mid), Spacer(1, 6 * mm),
              Paragraph("Partnership Board", big), Spacer(1, 4 * mm),
              Paragraph("Meeting held in public", mid), Spacer(1, 14 * mm)]
    cover = [
        ["Date", "Thursday 27 September 2018"],
        ["Time", "14:00 - 16:30"],
        ["Venue", "The Assembly Room, Brindle Sands Civic Centre, Marine Parade, Brindle Sands"],
        ["Chair", "Dame Rosalind Achterberg, Independent Chair"],
        ["Enquiries about these papers", "Imogen Tasker, Board Secretary - 0300 555 0142 - qhm.boardsecretary@nhs.net"],
    ]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in cover], colWidths=[50 * mm, 110 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 20 * mm),
              Paragraph("Members of the public may observe the meeting but may not take part. Questions "
                        "from the public must reach the Board Secretary two working days before the meeting.", small),
              PageBreak()]

    # --- agenda
    story.append(Paragraph("Agenda", h1))
    ag = [
        ("1.", "14:00", "Welcome, introductions and apologies", "Chair", "-", "Verbal"),
        ("2.", "14:05", "Declarations of interest", "Chair", "-", "Verbal"),
        ("3.", "14:10", "Minutes of the meeting held on 26 July 2018 and action log", "Chair", "Approval", "A"),
        ("4.", "14:15", "System Leader's report", "Graham Pettifer, System Leader", "Information", "B"),
        ("5.", "14:35", "Programme Delivery Report - Month 5", "Coralie Westbrook, Director of Strategy and Transformation", "Assurance", "C"),
        ("6.", "15:00", "Financial position - Month 5", "Anjali Raithatha, System Director of Finance", "Assurance", "D"),
        ("7.", "15:20", "Winter Resilience Plan 2018/19", "Simon Drabble, SRO Urgent & Emergency Care", "Decision", "E"),
        ("8.", "15:45", "Mental Health Investment Standard: compliance statement", "Ruth Penhaligon, SRO Mental Health", "Decision", "F"),
        ("9.", "16:05", "Shared Care Record: full business case", "Peter Lindqvist, Chief Information Officer", "Decision", "G"),
        ("10.", "16:25", "Any other business", "Chair", "-", "Verbal"),
    ]
    rows = [[Paragraph(x, cellb) for x in ("Item", "Time", "Subject", "Lead / presenter", "Purpose", "Paper")]]
    rows += [[Paragraph(c, cell) for c in r] for r in ag]
    t = Table(rows, colWidths=[11 * mm, 13 * mm, 58 * mm, 52 * mm, 22 * mm, 14 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [t, Spacer(1, 6 * mm),
              Paragraph("<b>Date of next meeting:</b> Thursday 29 November 2018, 14:00, Council Chamber, "
                        "Hale Moss County Hall", body),
              PageBreak()]

    # --- report cover sheet (item 5)
    story.append(Paragraph("Report cover sheet", h1))
    rc = [
        ("Report to", "Partnership Board"),
        ("Date of meeting", "27 September 2018"),
        ("Agenda item", "5"),
        ("Report title", "Programme Delivery Report - Month 5 (August 2018)"),
        ("Presented by", "Coralie Westbrook, Director of Strategy and Transformation"),
        ("Author", "Programme Management Office"),
        ("Purpose", "[X] Assurance    [ ] Decision    [ ] Information"),
        ("Previously considered by", "System Leadership Executive, 11 September 2018"),
        ("Recommendation", "The Board is asked to note delivery against the 2018/19 Delivery Plan and the "
                           "milestones due in the remainder of the year."),
    ]
    t = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in rc], colWidths=[45 * mm, 125 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EDEE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, PageBreak()]

    # --- item 5 report with the long table
    story += [Paragraph("Item 5: Programme Delivery Report - Month 5", h1),
              Paragraph("1. Purpose", h2),
              Paragraph("This report gives the Board assurance on the eight transformation programmes of the "
                        "2018/19 Delivery Plan. For each programme it names the Senior Responsible Officer (SRO) and "
                        "clinical lead, and lists the milestones still to be delivered in 2018/19.", body),
              Paragraph("2. Summary", h2),
              Paragraph("Six programmes are rated green or amber-green. Urgent & Emergency Care is rated amber "
                        "because estates works for the Urgent Treatment Centre are running late; the opening date "
                        "is held. Workforce & OD is rated amber because of registered nurse vacancies. "
                        "Table 1 sets out the position by programme.", body),
              Paragraph("Table 1: Programmes, leadership and milestones still to be delivered in 2018/19", h2)]

    ms = {}
    for ref, code, text, lead, due in MILESTONES:
        ms.setdefault(code, []).append((ref, text, due))
    extra = {  # longer narrative so that rows are tall and the table breaks inside a row
        "P1": "Front-door streaming at Quarrendon General continues; HALO discharge-to-assess capacity expanded to "
              "all three places over the summer. Handover delays at Brindle Sands remain the main risk.",
        "P2": "All 13 neighbourhoods now offer extended access. Wave 1 of the Neighbourhood Care Teams (5 teams) "
              "went live in July; the remaining 8 teams follow through the second half of the year.",
        "P3": "Perinatal team recruitment is on track (6 of 9 posts filled). Crisis cafe lease signed.",
        "P4": "Referral to treatment performance at 88.4% against the 92% standard. Cancer 62-day performance "
              "recovered to 84% in July.",
        "P5": "Continuity of carer at 11% of women booked in August, rising.",
        "P6": "38 people with a learning disability and/or autism in inpatient care at the end of August.",
        "P7": "The full business case for the Shared Care Record is on today's agenda (item 9).",
        "P8": "Registered nurse vacancies remain the largest workforce risk. Cohort 1 of 24 nursing associates "
              "qualifies in December.",
    }
    head = [Paragraph(x, cellb) for x in ("Programme", "SRO", "Clinical lead", "Progress and milestones still to deliver in 2018/19", "RAG")]
    rows = [head]
    rag = {"P1": "A", "P2": "G", "P3": "AG", "P4": "AG", "P5": "G", "P6": "AG", "P7": "G", "P8": "A"}
    for code, short, name, sro, cl in PROGRAMMES:
        items = []
        for ref, text, due in ms[code]:
            if due <= dt.date(2018, 9, 30):
                continue
            label = text.replace("Fit2Sit", "Fit2Sit<super>1</super>")
            items.append(f"&bull; {label}: {fmt_day(due)}")
        txt = extra[code] + "<br/>" + "<br/>".join(items)
        rows.append([Paragraph(f"{code} {name}", cellb), Paragraph(sro, cell), Paragraph(cl or "-", cell),
                     Paragraph(txt, cell), Paragraph(rag[code], cellb)])
    t = Table(rows, colWidths=[30 * mm, 26 * mm, 27 * mm, 80 * mm, 10 * mm], splitInRow=1, repeatRows=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 3 * mm),
              Paragraph("<super>1</super> Fit2Sit: ambulance patients who are well enough to sit are handed over in a "
                        "seated assessment area instead of waiting on a trolley, so that the crew can be released "
                        "within 15 minutes.", small),
              Paragraph("3. Recommendation", h2),
              Paragraph("The Board is asked to note the position and the milestones due in the remainder of 2018/19.", body)]

    # pad the report so the table is forced onto a page break part-way through
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm,
                            title="Partnership Board 27 September 2018 - public papers",
                            author="QHM ICS Board Secretary", creator="QHM ICS", invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


# --------------------------------------------------------------------------------------------
# 2. Delivery Plan (DOCX): document-control table, milestone table with two merged header rows,
#    programme cells merged down, activities merged across quarters, "Lead: XX" initials and a key.
# --------------------------------------------------------------------------------------------
def delivery_plan(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.title = "Coralie Westbrook", "QHM ICS Delivery Plan 2018/19"
    cp.created = cp.modified = dt.datetime(2018, 8, 2, 9, 0, 0)
    cp.last_modified_by = "PMO"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(15))
    sec.header.paragraphs[0].text = "QHM ICS Delivery Plan 2018/19 - version 3.0 - OFFICIAL"
    sec.footer.paragraphs[0].text = "Quarrendon & Hale Moss Integrated Care System"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)

    def shade(cell, hexcolour):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolour)
        tcPr.append(shd)

    def put(cell, text, bold=False, size=9):
        cell.text = ""
        lines = text.split("\n")
        p = cell.paragraphs[0]
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold, r.font.size = bold, Pt(size)
            if i < len(lines) - 1:
                r.add_break()

    doc.add_heading("Quarrendon & Hale Moss ICS: Delivery Plan 2018/19", 0)
    ctl = [
        ("Document", "Delivery Plan 2018/19"),
        ("Version", "3.0 (final)"),
        ("Status", "Approved by the Partnership Board on 26 July 2018"),
        ("Owner", "Coralie Westbrook, Director of Strategy and Transformation"),
        ("Issued", "2 August 2018"),
        ("Next review", "January 2019"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in ctl:
        r = t.add_row().cells
        put(r[0], a, bold=True)
        put(r[1], b)
        shade(r[0], "E8EDEE")

    doc.add_heading("1. Introduction", 1)
    doc.add_paragraph(
        "This plan sets out what the eight programmes of the Quarrendon & Hale Moss Integrated Care System will "
        "deliver in 2018/19, quarter by quarter. Quarters are financial quarters: Q1 is April to June 2018 and Q4 "
        "is January to March 2019. Leads are shown by their initials; the key in section 3 gives their names.")
    doc.add_paragraph(
        "In urgent care the priority is flow: more people leave hospital through HALO and are assessed at home, "
        "the Urgent Treatment Centre at Quarrendon General takes minor illness and injury away from the emergency "
        "department, and the NHS 111 Clinical Assessment Service closes more calls without an ambulance or an "
        "A&E attendance.")

    doc.add_heading("2. Milestones by quarter", 1)
    quarters = {  # column offsets 2..5 = Q1..Q4
        1: 2, 2: 3, 3: 4, 4: 5}

    def quarter_of(d):
        return {4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4}[d.month]

    # rows: code -> list of (milestone text, (q_from, q_to), cell text, lead)
    spans = {"P1.5": (3, 4, "Phased; 12 hrs/day by 31 Mar 19"),
             "P2.2": (2, 4, "Wave 1 (5 teams) Q2; all 13 live by end Q4"),
             "P3.1": (2, 3, "Recruitment; team in post 30 Nov 18"),
             "P1.4": (3, 3, "Opens 1 Dec 18"),
             "P3.2": (4, 4, "Opens 14 Jan 19")}
    plan_rows = {}
    for ref, code, text, lead, due in MILESTONES:
        if ref in spans:
            a, b, label = spans[ref]
        else:
            a = b = quarter_of(due)
            label = fmt_short(due)
        text = text.replace("Crisis cafe", "Crisis café")
        plan_rows.setdefault(code, []).append((text, a, b, label, lead))

    nrows = 2 + sum(len(v) for v in plan_rows.values())
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(42), Mm(78), Mm(30), Mm(30), Mm(30), Mm(30), Mm(22)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    # two header rows
    hdr0, hdr1 = t.rows[0].cells, t.rows[1].cells
    put(hdr0[0], "Programme", True)
    put(hdr0[1], "Milestone", True)
    put(hdr0[2], "2018/19", True)
    put(hdr0[6], "Lead", True)
    for i, q in enumerate(["Q1\nApr-Jun", "Q2\nJul-Sep", "Q3\nOct-Dec", "Q4\nJan-Mar"]):
        put(hdr1[2 + i], q, True)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 5))
    t.cell(0, 6).merge(t.cell(1, 6))
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        shade(c, "D9E2F3")
    # mark header rows to repeat
    for r in (t.rows[0], t.rows[1]):
        trPr = r._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)

    r = 2
    names = {p[0]: f"{p[0]}\n{p[2]}" for p in PROGRAMMES}
    for code, items in plan_rows.items():
        first = r
        for text, a, b, label, lead in items:
            put(t.cell(r, 1), text)
            put(t.cell(r, 1 + a), label, bold=True)
            if b > a:
                t.cell(r, 1 + a).merge(t.cell(r, 1 + b))
            put(t.cell(r, 6), f"Lead: {lead}")
            r += 1
        put(t.cell(first, 0), names[code], bold=True)
        if r - 1 > first:
            t.cell(first, 0).merge(t.cell(r - 1, 0))

    doc.add_heading("3. Key to leads", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, x in zip(t.rows[0].cells, ("Initials", "Name", "Role")):
        put(c, x, True)
    for ini, name, role in KEY:
        cells = t.add_row().cells
        put(cells[0], ini)
        put(cells[1], name)
        put(cells[2], role)

    doc.add_heading("4. Abbreviations", 1)
    for ab, full in [
        ("A&E", "Accident and emergency"),
        ("CAS", "Clinical Assessment Service (NHS 111)"),
        ("HALO", "Home And Local Options - our discharge-to-assess service: people leave hospital when they "
                 "are medically fit and their longer-term needs are assessed at home"),
        ("NCT", "Neighbourhood Care Team"),
        ("SDEC", "Same Day Emergency Care"),
        ("SRO", "Senior Responsible Officer"),
        ("UTC", "Urgent Treatment Centre"),
    ]:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(ab).bold = True
        p.add_run("\t" + full)
    doc.save(str(path))
    fix_zip(path)


# --------------------------------------------------------------------------------------------
# 3. Milestone tracker (XLSX): title rows above the header, programme section rows merged across
#    the sheet (the programme is not repeated per milestone), real Excel dates, RAG by data
#    validation + conditional formats, grouped rows; must-do sheet Y/N/Partial with rotated
#    headers; investment sheet in GBP 000 with a formula total.
# --------------------------------------------------------------------------------------------
def tracker(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.properties.creator = "QHM ICS PMO"
    wb.properties.created = wb.properties.modified = FIXED
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="005EB8")
    sec_fill = PatternFill("solid", fgColor="D9E2F3")

    # --- Read me
    ws = wb.active
    ws.title = "Read me"
    ws["A1"] = "QHM ICS milestone tracker 2018/19"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Status as at"
    ws["B3"] = dt.datetime(2018, 10, 31)
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["A4"] = "Maintained by"
    ws["B4"] = "Programme Management Office"
    ws["A6"] = "RAG key"
    ws["A6"].font = bold
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk, recoverable"),
                                ("R", "Off track, will be missed")], start=7):
        ws.cell(i, 1, k)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 30

    # --- Tracker
    ws = wb.create_sheet("Milestone Tracker")
    ws["A1"] = "Quarrendon & Hale Moss ICS - Delivery Plan 2018/19 milestone tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status as at 31/10/2018. Programme rows are shaded; milestones sit beneath their programme."
    ws["A2"].font = Font(italic=True, size=9)
    header = ["Ref", "Milestone", "Owner", "Due date", "RAG", "Complete?", "Commentary"]
    hr = 4
    for c, h in enumerate(header, 1):
        x = ws.cell(hr, c, h)
        x.font, x.fill, x.border = Font(bold=True, color="FFFFFF"), head_fill, box
        x.alignment = Alignment(wrap_text=True, vertical="center")
    owner_of = {k[0]: k[1] for k in KEY}
    owner_of["RP"] = "Declan Morrissey (interim SRO)"
    status = {
        "P1.1": ("B", "Y", "Approved by Partnership Board 27/09/2018."),
        "P1.2": ("G", "N", "Clinical rota agreed; go-live on plan."),
        "P1.3": ("G", "N", "Seated assessment area refurbished."),
        "P1.4": ("A", "N", "Estates works running late; opening date held."),
        "P1.5": ("G", "N", ""),
        "P2.1": ("B", "Y", "Live in all 13 neighbourhoods."),
        "P2.2": ("G", "N", "Wave 1 live (5 teams)."),
        "P2.3": ("A", "N", "Supplier contract awaiting signature."),
        "P3.1": ("G", "N", "6 of 9 posts filled."),
        "P3.2": ("G", "N", "Lease signed; fit-out under way."),
        "P3.3": ("G", "N", ""),
        "P3.4": ("A", "N", "Consultant post out to advert again."),
        "P4.1": ("G", "N", ""),
        "P4.2": ("G", "N", "4 of 6 specialties live."),
        "P4.3": ("G", "N", "Pilot site at Quarrendon General confirmed."),
        "P4.4": ("G", "N", "Mobile unit booked."),
        "P5.1": ("G", "N", ""),
        "P5.2": ("A", "N", "11% in August."),
        "P6.1": ("G", "N", ""),
        "P6.2": ("A", "N", "38 inpatients at end of September."),
        "P7.1": ("B", "Y", "Approved by Partnership Board 27/09/2018."),
        "P7.2": ("G", "N", "Phase 1 covers GP and acute records."),
        "P8.1": ("G", "N", "30 places confirmed."),
        "P8.2": ("G", "N", ""),
    }
    r = hr + 1
    for code, short, name, sro, cl in PROGRAMMES:
        if code == "P3":
            sro = "Declan Morrissey (interim)"
        ws.cell(r, 1, f"{code}  {name}   (SRO: {sro})")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(r, 1).font, ws.cell(r, 1).fill = bold, sec_fill
        r += 1
        for ref, pc, text, lead, due in MILESTONES:
            if pc != code:
                continue
            rag, done, com = status[ref]
            vals = [ref, text.replace("Crisis cafe", "Crisis café"), owner_of[lead],
                    dt.datetime(due.year, due.month, due.day), rag, done, com]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c, v)
                x.border = box
                x.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 4).number_format = "dd-mmm-yy"
            ws.row_dimensions[r].outline_level = 1
            r += 1
    last = r - 1
    dv = DataValidation(type="list", formula1='"B,G,A,R"', allow_blank=True)
    dv.error, dv.errorTitle = "Use B, G, A or R", "RAG"
    ws.add_data_validation(dv)
    dv.add(f"E{hr + 1}:E{last}")
    dv2 = DataValidation(type="list", formula1='"Y,N"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"F{hr + 1}:F{last}")
    for val, colour in [("R", "FF0000"), ("A", "FFC000"), ("G", "00B050"), ("B", "5B9BD5")]:
        ws.conditional_formatting.add(f"E{hr + 1}:E{last}", CellIsRule(operator="equal", formula=[f'"{val}"'],
                                                                       fill=PatternFill("solid", bgColor=colour)))
    for col, w in zip("ABCDEFG", (7, 52, 30, 11, 6, 10, 44)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = f"C{hr + 1}"
    ws.auto_filter.ref = f"A{hr}:G{last}"

    # --- Must-do coverage
    ws = wb.create_sheet("Must-do coverage")
    ws["A1"] = "Coverage of the nine national must-dos by programme"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Y = programme fully addresses the must-do; Partial = contributes to it; N = not addressed"
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    ws.cell(hr, 1, "No.")
    ws.cell(hr, 2, "National must-do")
    for j, (code, short, name, sro, cl) in enumerate(PROGRAMMES):
        x = ws.cell(hr, 3 + j, f"{code} {name}")
        x.alignment = Alignment(text_rotation=90, wrap_text=True, horizontal="center", vertical="bottom")
    for c in range(1, 3 + len(PROGRAMMES)):
        ws.cell(hr, c).font, ws.cell(hr, c).border = bold, box
    ws.row_dimensions[hr].height = 150
    for i, (n, text) in enumerate(MUSTDOS):
        rr = hr + 1 + i
        ws.cell(rr, 1, n).border = box
        ws.cell(rr, 2, text).border = box
        ws.cell(rr, 2).alignment = Alignment(wrap_text=True)
        for j, p in enumerate(PROGRAMMES):
            x = ws.cell(rr, 3 + j, COVERAGE[n][p[0]])
            x.alignment, x.border = Alignment(horizontal="center"), box
    rng = f"C{hr + 1}:{chr(ord('C') + len(PROGRAMMES) - 1)}{hr + len(MUSTDOS)}"
    dv = DataValidation(type="list", formula1='"Y,N,Partial"', allow_blank=False)
    ws.add_data_validation(dv)
    dv.add(rng)
    for val, colour in [("Y", "C6EFCE"), ("Partial", "FFEB9C"), ("N", "FFC7CE")]:
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[f'"{val}"'],
                                                      fill=PatternFill("solid", bgColor=colour)))
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 60
    for j in range(len(PROGRAMMES)):
        ws.column_dimensions[chr(ord("C") + j)].width = 6

    # --- Investment
    ws = wb.create_sheet("Investment 2018-19")
    ws["A1"] = "Transformation investment by programme, 2018/19"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "All figures GBP 000"
    ws["A2"].font = Font(italic=True, size=9)
    hr = 4
    for c, h in enumerate(["Programme", "SRO", "Recurrent", "Non-recurrent", "Total"], 1):
        x = ws.cell(hr, c, h)
        x.font, x.fill, x.border = Font(bold=True, color="FFFFFF"), head_fill, box
    sros = {p[0]: p[3] for p in PROGRAMMES}
    sros["P3"] = "Declan Morrissey (interim)"
    names = {p[0]: f"{p[0]} {p[2]}" for p in PROGRAMMES}
    for i, (code, rec, non, tot) in enumerate(INVESTMENT):
        rr = hr + 1 + i
        for c, v in enumerate([names[code], sros[code], rec, non, tot], 1):
            x = ws.cell(rr, c, v)
            x.border = box
            if c >= 3:
                x.number_format = "#,##0"
    rr = hr + 1 + len(INVESTMENT)
    ws.cell(rr, 1, "Total").font = bold
    for c in "CDE":
        x = ws[f"{c}{rr}"]
        x.value = f"=SUM({c}{hr + 1}:{c}{rr - 1})"
        x.font, x.number_format = bold, "#,##0"
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 28
    for c in "CDE":
        ws.column_dimensions[c].width = 14
    wb.active = 1
    wb.save(str(path))
    fix_zip(path)


# --------------------------------------------------------------------------------------------
# 4. System update deck (PPTX): leadership table slide; a SmartArt-like roadmap of grouped
#    chevrons with dates in separate boxes; a nested group for digital leadership.
# --------------------------------------------------------------------------------------------
def deck(path: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.core_properties.author = "QHM ICS PMO"
    prs.core_properties.created = prs.core_properties.modified = FIXED
    prs.core_properties.last_modified_by = "PMO"
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    W = prs.slide_width
    blank = prs.slide_layouts[6]
    title_only = prs.slide_layouts[5]

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "System update for Partnership Board members"
    s.placeholders[1].text = "Quarrendon & Hale Moss ICS\nNovember 2018"

    def textbox(shapes, x, y, w, h, text, size=12, bold=False, colour=None):
        tb = shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(text.split("\n")):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = line
            r.font.size, r.font.bold = Pt(size), bold
            if colour:
                r.font.color.rgb = colour
        return tb

    # slide 2: leadership table
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Programme leadership and overall status"
    rows = [("Programme", "SRO", "Clinical lead", "Overall")]
    for code, short, name, sro, cl in PROGRAMMES:
        if code == "P3":
            sro = "Declan Morrissey (interim SRO from 1 October 2018)"
        if code == "P4":
            cl = "Mr Rajiv Sethuraman (planned care); Dr Nadia Elbaz (cancer)"
        if code == "P7":
            cl = "CCIO - see slide 3"
        rows.append((f"{code} {name}", sro, cl or "-", {"P1": "Amber", "P8": "Amber"}.get(code, "Green")))
    cm = 360000
    gt = s.shapes.add_table(len(rows), 4, Emu(cm), Emu(1500000), Emu(W - 2 * cm), Emu(4600000))
    tbl = gt.table
    for j, w in enumerate((3600000, 3800000, 3300000, 771000)):
        tbl.columns[j].width = Emu(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(11)
                    r.font.bold = i == 0

    # slide 3: SmartArt-like roadmap (grouped shapes)
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Connected Care: QHM Care Record roadmap"
    phases = [
        ("Phase 1", "GP and acute hospital records shared", "Go-live 18 February 2019"),
        ("Phase 2", "Community, mental health and social care records added", "Go-live September 2019"),
        ("Phase 3", "Residents see their own record in the app", "2020/21"),
    ]
    roadmap = s.shapes.add_group_shape()
    x0, y0, cw, ch = 500000, 1900000, 3500000, 1100000
    for i, (ph, what, when) in enumerate(phases):
        g = roadmap.shapes.add_group_shape()
        chev = g.shapes.add_shape(MSO_SHAPE.CHEVRON, Emu(x0 + i * (cw + 100000)), Emu(y0), Emu(cw), Emu(ch))
        chev.fill.solid()
        chev.fill.fore_color.rgb = RGBColor(0x00, 0x5E, 0xB8)
        chev.text_frame.text = ph
        for p in chev.text_frame.paragraphs:
            for r in p.runs:
                r.font.size, r.font.bold = Pt(16), True
        textbox(g.shapes, x0 + i * (cw + 100000) + 250000, y0 + ch + 120000, cw - 500000, 700000, what, 12)
        textbox(g.shapes, x0 + i * (cw + 100000) + 250000, y0 + ch + 900000, cw - 500000, 400000, when, 13, True,
                RGBColor(0xDA, 0x29, 0x1C))
    lead = s.shapes.add_group_shape()
    for i, (role, who) in enumerate([("SRO", "Peter Lindqvist, Chief Information Officer"),
                                     ("CCIO", "Dr Elspeth Marr, Chief Clinical Information Officer")]):
        g = lead.shapes.add_group_shape()
        box = g.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(500000 + i * 5600000), Emu(5200000),
                                 Emu(5400000), Emu(900000))
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xE8, 0xED, 0xEE)
        textbox(g.shapes, 600000 + i * 5600000, 5250000, 1200000, 400000, role, 14, True)
        textbox(g.shapes, 1800000 + i * 5600000, 5250000, 4000000, 800000, who, 13)
    s.notes_slide.notes_text_frame.text = ("Phase 1 was approved with the full business case on 27 September 2018.")

    # slide 4: urgent care spotlight, free text boxes
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Urgent & Emergency Care: getting ready for winter"
    textbox(s.shapes, 600000, 1700000, 5200000, 3800000,
            "Winter Resilience Plan approved 27 September 2018\n"
            "NHS 111 Clinical Assessment Service go-live 12 November 2018\n"
            "Fit2Sit at Brindle Sands Hospital from 26 November 2018\n"
            "Urgent Treatment Centre, Quarrendon General, opens 1 December 2018", 16)
    textbox(s.shapes, 6400000, 1700000, 5200000, 3800000,
            "Clinical lead: Dr Farah Quayyum\nProgramme manager: Louise Ketteridge\n"
            "Escalation: A&E Delivery Board, weekly from November", 14)
    prs.save(str(path))
    fix_zip(path)


# --------------------------------------------------------------------------------------------
# 5. Email (TXT): a reply on top of a quoted message, with a dated change of SRO.
# --------------------------------------------------------------------------------------------
EMAIL = """\
From: Pettifer Graham (QHM ICS) <graham.pettifer@nhs.net>
Sent: Friday, 28 September 2018 16:42
To: QHM Partnership Board members
Cc: Westbrook Coralie (QHM ICS); Tasker Imogen (QHM ICS)
Subject: RE: Mental Health programme - SRO arrangements from 1 October

Dear all,

Following Ruth's note below, and as discussed in private session yesterday, Declan
Morrissey, Acting Chief Executive of Fellside Partnership NHS Foundation Trust, has
agreed to take on the role of interim SRO for the Mental Health programme with effect
from 1 October 2018, until a substantive appointment is made.

Dr Tomasz Wierzbicki continues as clinical lead, so the clinical side of the programme
is unchanged. The PMO will update the tracker and the leadership slide.

Thank you, Ruth, for everything you have done for mental health services across
Quarrendon, Hale Moss and Brindle Coast.

Kind regards
Graham

Graham Pettifer
System Leader
Quarrendon & Hale Moss Integrated Care System
Tel: 0300 555 0100

-----Original Message-----
From: Penhaligon Ruth (FELLSIDE PARTNERSHIP NHS FOUNDATION TRUST)
Sent: Thursday, 27 September 2018 18:05
To: Pettifer Graham (QHM ICS)
Subject: Mental Health programme - SRO arrangements from 1 October

> Graham,
>
> As you know, I leave Fellside on 30 September 2018. I will hand the SRO role
> for the Mental Health programme to whoever the Board nominates; the crisis cafe
> lease is signed and the perinatal team recruitment is 6 of 9 posts filled, so the
> handover should be straightforward.
>
> Best wishes
> Ruth
"""

# --------------------------------------------------------------------------------------------
# 6. Clinical Reference Group notes (MD): chair in a bold field, decisions, action log table.
# --------------------------------------------------------------------------------------------
MINUTES = """\
# Clinical Reference Group - notes of the meeting

**Meeting:** Clinical Reference Group (CRG), Quarrendon & Hale Moss ICS
**Date:** Thursday 11 October 2018, 08:00-09:30
**Venue:** Education Centre, Quarrendon General Hospital
**Chair:** Dr Aled Pritchard, Medical Director, Quarrendon Teaching Hospitals

**Present:** Dr Farah Quayyum (Urgent & Emergency Care), Dr Priya Mandalia (Primary Care & Neighbourhoods),
Dr Tomasz Wierzbicki (Mental Health), Mr Rajiv Sethuraman (Planned Care), Dr Nadia Elbaz (Cancer),
Kirsty Pendlebury (Maternity), Dr Elspeth Marr (Digital), Lorna Hazeldine (Chief Nurse)

**Apologies:** Dr Owen Lathbury

**In attendance:** Louise Ketteridge (notes)

---

## 1. Notes of the last meeting and matters arising

The notes of 9 August 2018 were agreed. All actions are closed or on today's agenda.

## 2. Fit2Sit at Brindle Sands

Dr Quayyum presented the model. Ambulance patients who can sit are assessed in a seated area so that
crews are released sooner. The CRG **supported** go-live at Brindle Sands Hospital on 26 November 2018,
subject to an audit of the first four weeks.

## 3. Perinatal mental health community team

Dr Wierzbicki reported 6 of 9 posts filled. The CRG **agreed** the referral criteria for the team.

## 4. Rapid Diagnostic Centre pilot

Dr Elbaz described the pilot for people with vague symptoms that could be cancer. The CRG **agreed** the
pilot pathway; Mr Sethuraman asked that MSK referrals are kept out of scope.

## 5. Any other business

None.

## Action log

| No. | Action | Owner | Due |
|----:|--------|-------|-----|
| CRG-18-21 | Design the audit of the first four weeks of Fit2Sit | Dr F Quayyum | 13/12/2018 |
| CRG-18-22 | Publish the perinatal referral criteria to GP practices | Dr T Wierzbicki | 31/10/2018 |
| CRG-18-23 | Share the Rapid Diagnostic Centre pathway with primary care | Dr N Elbaz | 30/11/2018 |

**Date of next meeting:** Thursday 13 December 2018, 08:00, Education Centre, Quarrendon General Hospital
"""


# --------------------------------------------------------------------------------------------
# 7. Plan at a glance (PDF): two text columns with a sidebar; page 2 a workforce table drawn on
#    the canvas with rotated column headings.
# --------------------------------------------------------------------------------------------
def glance(path: Path) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10, leading=13)
    h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=3,
                       textColor=colors.HexColor("#005EB8"))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#005EB8"))
    side = ParagraphStyle("sd", fontName="Helvetica-Oblique", fontSize=12, leading=15, textColor=colors.HexColor("#003087"))

    W, H = A4
    m = 16 * mm
    gap = 8 * mm
    colw = (W - 2 * m - gap) / 2

    def decorate(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(m, 10 * mm, "Quarrendon & Hale Moss ICS - Our Plan at a Glance 2018/19")
        c.drawRightString(W - m, 10 * mm, str(doc.page))
        c.restoreState()

    def workforce_page(c, doc):
        decorate(c, doc)
        c.saveState()
        c.setFont("Helvetica-Bold", 14)
        c.setFillColor(colors.HexColor("#005EB8"))
        c.drawString(m, H - 25 * mm, "Workforce at a glance (September 2018)")
        c.setFillColor(colors.black)
        orgs = ["Quarrendon Teaching Hospitals NHS FT", "Hale Moss & Brindle Community Health NHS Trust",
                "Fellside Partnership NHS FT", "Coastway Ambulance Service NHS Trust", "System total"]
        rows = [
            ("Registered nurse vacancies (WTE)", ["214", "87", "96", "41", "438"]),
            ("Medical vacancies (WTE)", ["38", "6", "19", "0", "63"]),
            ("Staff turnover (%)", ["11.2", "13.8", "12.5", "9.9", "11.9"]),
            ("Sickness absence (%)", ["4.3", "5.1", "5.6", "6.2", "4.9"]),
        ]
        x_label, label_w, col_w = m, 70 * mm, 20 * mm
        top = H - 35 * mm
        head_h = 62 * mm
        y_head_bottom = top - head_h
        # header cells with rotated text
        c.setLineWidth(0.5)
        for j, org in enumerate(orgs):
            x = x_label + label_w + j * col_w
            c.rect(x, y_head_bottom, col_w, head_h)
            c.saveState()
            c.translate(x + col_w / 2 + 3, y_head_bottom + 3 * mm)
            c.rotate(90)
            c.setFont("Helvetica-Bold", 8)
            words, line, lines = org.split(), "", []
            for w_ in words:
                if len(line) + len(w_) > 28:
                    lines.append(line)
                    line = w_
                else:
                    line = (line + " " + w_).strip()
            lines.append(line)
            for k, ln in enumerate(lines):
                c.drawString(0, -k * 9 + (len(lines) - 1) * 4.5, ln)
            c.restoreState()
        c.rect(x_label, y_head_bottom, label_w, head_h)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x_label + 2 * mm, y_head_bottom + 3 * mm, "Measure")
        row_h = 9 * mm
        for i, (label, vals) in enumerate(rows):
            y = y_head_bottom - (i + 1) * row_h
            c.rect(x_label, y, label_w, row_h)
            c.setFont("Helvetica", 9)
            c.drawString(x_label + 2 * mm, y + 3 * mm, label)
            for j, v in enumerate(vals):
                x = x_label + label_w + j * col_w
                c.rect(x, y, col_w, row_h)
                c.drawRightString(x + col_w - 3 * mm, y + 3 * mm, v)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(m, y - 8 * mm, "WTE = whole-time equivalent. Source: provider workforce returns, September 2018.")
        c.restoreState()

    frame_t = Frame(m, H - 40 * mm, W - 2 * m, 22 * mm, id="title")
    f1 = Frame(m, 18 * mm, colw, H - 60 * mm, id="c1")
    f2 = Frame(m + colw + gap, 18 * mm, colw, H - 60 * mm, id="c2")
    full = Frame(m, 18 * mm, W - 2 * m, H - 36 * mm, id="full")
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Our Plan at a Glance 2018/19", author="QHM ICS",
                          creator="QHM ICS", invariant=1)
    doc.addPageTemplates([PageTemplate("two", [frame_t, f1, f2], onPage=decorate),
                          PageTemplate("wf", [full], onPage=workforce_page)])
    sidebar = Table([[Paragraph("\u201cWe heard from 1,240 people in the Big Conversation. Their top ask: "
                                "fewer trips to hospital.\u201d", side)]], colWidths=[colw - 4 * mm])
    sidebar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EDEE")),
                                 ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#005EB8")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [
        Paragraph("Our Plan at a Glance 2018/19", title), FrameBreak(),
        Paragraph("Our footprint", h),
        Paragraph("The Quarrendon & Hale Moss Integrated Care System serves a registered population of 812,400 "
                  "people across three places: a university city, a large rural county district and a string of "
                  "coastal towns. General practice is provided by 97 GP practices working together in 13 "
                  "neighbourhoods of roughly 50,000 to 70,000 people each.", body),
        Paragraph("Our partners", h),
        Paragraph("The partnership brings together four NHS trusts - Quarrendon Teaching Hospitals NHS Foundation "
                  "Trust, Hale Moss &amp; Brindle Community Health NHS Trust, Fellside Partnership NHS Foundation "
                  "Trust (mental health and learning disability services) and Coastway Ambulance Service NHS "
                  "Trust - with two clinical commissioning groups (NHS Quarrendon CCG and NHS Hale Moss &amp; "
                  "Brindle CCG), two councils (Quarrendon City Council and Hale Moss County Council), Healthwatch "
                  "Quarrendon and Quarrendon Voluntary Action.", body),
        Paragraph("How we work", h),
        Paragraph("The Partnership Board, chaired by our Independent Chair, sets direction and meets in public "
                  "every two months. The System Leadership Executive runs the eight programmes, and the Clinical "
                  "Reference Group makes sure every change is clinically led.", body),
        FrameBreak(),
        Paragraph("The money", h),
        Paragraph("If we carry on as we are, the health and care system faces a financial gap of "
                  "<b>\u00a3187.5m</b> by 2020/21. The plan closes that gap through provider efficiency, "
                  "reducing unwarranted variation and moving care out of hospital. Transformation investment "
                  "by programme is set out in the milestone tracker workbook.", body),
        Spacer(1, 4 * mm), sidebar, Spacer(1, 4 * mm),
        Paragraph("Our eight programmes", h),
        Paragraph("Urgent &amp; Emergency Care; Primary Care &amp; Neighbourhoods; Mental Health; Planned Care "
                  "&amp; Cancer; Maternity, Children &amp; Young People; Learning Disabilities &amp; Autism; "
                  "Digital (Connected Care); Workforce &amp; OD.", body),
        NextPageTemplate("wf"), PageBreak(), Spacer(1, 1),
    ]
    doc.build(story)


# --------------------------------------------------------------------------------------------
# 8. Easy read summary (DOCX): a two-column layout table, pictures on the left, short lines
#    broken by manual line breaks, key words in bold runs.
# --------------------------------------------------------------------------------------------
def icon(kind: str) -> bytes:
    img = Image.new("RGB", (240, 240), "white")
    d = ImageDraw.Draw(img)
    blue, green = (0, 94, 184), (0, 150, 57)
    if kind == "map":
        d.polygon([(30, 200), (90, 40), (150, 170), (210, 60)], outline=blue, width=8)
        for x, y in ((90, 40), (150, 170), (210, 60)):
            d.ellipse((x - 14, y - 14, x + 14, y + 14), fill=green)
    elif kind == "people":
        for i, x in enumerate((60, 120, 180)):
            d.ellipse((x - 22, 50, x + 22, 94), fill=blue)
            d.rectangle((x - 28, 104, x + 28, 190), fill=blue if i != 1 else green)
    elif kind == "hospital":
        d.rectangle((40, 70, 200, 210), outline=blue, width=8)
        d.rectangle((108, 95, 132, 175), fill=(218, 41, 28))
        d.rectangle((80, 123, 160, 147), fill=(218, 41, 28))
    elif kind == "person":
        d.ellipse((90, 30, 150, 90), fill=blue)
        d.rectangle((75, 100, 165, 210), fill=blue)
    elif kind == "phone":
        d.rounded_rectangle((80, 30, 160, 210), radius=16, outline=blue, width=8)
        d.ellipse((110, 180, 130, 200), fill=blue)
    else:
        d.text((100, 100), "?", fill=blue)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def easy_read(path: Path) -> None:
    import docx
    from docx.shared import Mm, Pt

    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.title = "QHM ICS Communications and Engagement", "Our plan - Easy Read"
    cp.created = cp.modified = dt.datetime(2018, 10, 5, 9, 0, 0)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(16)
    h = doc.add_paragraph()
    r = h.add_run("Our plan for health and care")
    r.bold, r.font.size = True, Pt(28)
    doc.add_paragraph("Easy Read")

    rows = [
        ("map", [("Our area has ", False), ("3 places", True), (":", False), None,
                 ("Quarrendon City", True), None, ("Hale Moss", True), None, ("Brindle Coast", True)]),
        ("people", [("1,240 people", True), (" told us what they think.", False), None,
                    ("This was called the ", False), ("Big Conversation", True), (".", False)]),
        ("hospital", [("Some people with a learning disability", False), None,
                      ("and autistic people stay in hospital", False), None,
                      ("far from home for a long time.", False), None, None,
                      ("Now there are ", False), ("38 people", True), (" in hospital.", False), None,
                      ("By March 2019 we want it to be", False), None,
                      ("21 people or fewer", True), (".", False)]),
        ("person", [("Martin Cresswell", True), (" is in charge of this work.", False), None,
                    ("He works for Quarrendon City Council.", False), None,
                    ("His job in the plan is called", False), None,
                    ("Senior Responsible Officer", True), (".", False)]),
        ("phone", [("To find out more:", True), None, ("phone 0300 555 0199", False), None,
                   ("email qhm.engagement@nhs.net", False)]),
    ]
    t = doc.add_table(rows=0, cols=2)
    for kind, runs in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Mm(55), Mm(115)
        pic_run = cells[0].paragraphs[0].add_run()
        pic_run.add_picture(io.BytesIO(icon(kind)), width=Mm(40))
        # alt text on the drawing
        for el in pic_run._r.iter():
            if el.tag.endswith("}docPr"):
                el.set("descr", f"Picture: {kind}")
        p = cells[1].paragraphs[0]
        for part in runs:
            if part is None:
                p.add_run().add_break()
            else:
                rr = p.add_run(part[0])
                rr.bold = part[1]
    doc.save(str(path))
    fix_zip(path)


# --------------------------------------------------------------------------------------------
# 9. Stakeholder map (PDF, landscape): a power/interest grid with numbered bubbles placed by
#    coordinates, names in the bubbles' labels; page 2 the key with relationship owners.
# --------------------------------------------------------------------------------------------
STAKEHOLDERS = [
    # no, name, quadrant, owner, approach, x (interest 0-1), y (influence 0-1)
    (1, "NHS England & NHS Improvement (North)", "Manage closely", "Graham Pettifer, System Leader",
     "Monthly assurance meeting", 0.86, 0.92),
    (2, "Joint Health Overview and Scrutiny Committee", "Manage closely", "Graham Pettifer, System Leader",
     "Quarterly briefing; formal consultation where needed", 0.72, 0.80),
    (3, "Quarrendon Local Medical Committee", "Manage closely", "Dr Owen Lathbury, SRO Primary Care",
     "Bi-monthly meeting", 0.80, 0.66),
    (4, "Healthwatch Quarrendon", "Keep informed", "Hannah Rookwood, Head of Communications and Engagement",
     "Monthly catch-up; seat on the Partnership Board", 0.88, 0.38),
    (5, "Quarrendon Voluntary Action", "Keep informed", "Hannah Rookwood, Head of Communications and Engagement",
     "VCSE Alliance meetings", 0.70, 0.26),
    (6, "Local MPs", "Keep satisfied", "Graham Pettifer, System Leader", "Briefing before each Board", 0.34, 0.84),
    (7, "Staff side (joint trade unions)", "Keep satisfied", "Yvonne Ashdown, SRO Workforce & OD",
     "Partnership forum", 0.40, 0.62),
    (8, "Local media", "Monitor", "Hannah Rookwood, Head of Communications and Engagement",
     "Press releases; proactive briefings", 0.22, 0.30),
    (9, "Neighbouring ICS (Fellmouth)", "Monitor", "Coralie Westbrook, Director of Strategy and Transformation",
     "Shared specialised services forum", 0.30, 0.18),
]


def stakeholder_map(path: Path) -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("QHM ICS stakeholder map")
    c.setAuthor("QHM ICS Communications and Engagement")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(15 * mm, H - 15 * mm, "Stakeholder map: Delivery Plan 2018/19")
    c.setFont("Helvetica", 8)
    c.drawString(15 * mm, H - 21 * mm, "Numbers refer to the key on page 2. Reviewed October 2018.")
    gx, gy, gw, gh = 30 * mm, 20 * mm, 180 * mm, 150 * mm
    c.setLineWidth(1.2)
    c.rect(gx, gy, gw, gh)
    c.line(gx + gw / 2, gy, gx + gw / 2, gy + gh)
    c.line(gx, gy + gh / 2, gx + gw, gy + gh / 2)
    c.setFont("Helvetica-Bold", 11)
    c.setFillColor(colors.HexColor("#768692"))
    for label, qx, qy in [("KEEP SATISFIED", 0.25, 0.97), ("MANAGE CLOSELY", 0.75, 0.97),
                          ("MONITOR", 0.25, 0.03), ("KEEP INFORMED", 0.75, 0.03)]:
        c.drawCentredString(gx + qx * gw, gy + qy * gh - 4, label)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9)
    c.drawCentredString(gx + gw / 2, gy - 8 * mm, "INTEREST  \u2192")
    c.saveState()
    c.translate(gx - 8 * mm, gy + gh / 2)
    c.rotate(90)
    c.drawCentredString(0, 0, "INFLUENCE  \u2192")
    c.restoreState()
    for no, name, quad, owner, how, x, y in STAKEHOLDERS:
        cx, cy = gx + x * gw, gy + y * gh
        c.setFillColor(colors.HexColor("#005EB8"))
        c.circle(cx, cy, 5 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(cx, cy - 3.5, str(no))
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        short = name if len(name) < 26 else name[:24].rsplit(" ", 1)[0] + "..."
        c.drawString(cx + 6 * mm, cy - 2.5, short)
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawRightString(W - 15 * mm, 8 * mm, "QHM ICS Communications and Engagement - page 1")
    c.showPage()

    st = ParagraphStyle("x", fontName="Helvetica", fontSize=8.5, leading=10.5)
    sb = ParagraphStyle("y", parent=st, fontName="Helvetica-Bold")
    data = [[Paragraph(x, sb) for x in ("No.", "Stakeholder", "Quadrant", "Relationship owner", "How we engage")]]
    for no, name, quad, owner, how, x, y in STAKEHOLDERS:
        data.append([Paragraph(str(no), st), Paragraph(name, st), Paragraph(quad, st), Paragraph(owner, st),
                     Paragraph(how, st)])
    t = Table(data, colWidths=[12 * mm, 70 * mm, 32 * mm, 80 * mm, 70 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDEE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(15 * mm, H - 15 * mm, "Key to the stakeholder map")
    tw, th = t.wrap(W - 30 * mm, H)
    t.drawOn(c, 15 * mm, H - 22 * mm - th)
    c.setFont("Helvetica", 7)
    c.setFillColor(colors.grey)
    c.drawRightString(W - 15 * mm, 8 * mm, "QHM ICS Communications and Engagement - page 2")
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    board_pack(OUT / "01_Partnership_Board_pack_2018-09-27.pdf")
    delivery_plan(OUT / "02_Delivery_Plan_2018-19_v3.docx")
    tracker(OUT / "03_Milestone_Tracker_2018-19.xlsx")
    deck(OUT / "04_System_Update_Nov2018.pptx")
    (OUT / "05_email_MH_SRO_change.txt").write_text(EMAIL, encoding="utf-8")
    (OUT / "06_CRG_notes_2018-10-11.md").write_text(MINUTES, encoding="utf-8")
    glance(OUT / "07_Plan_at_a_Glance_2018-19.pdf")
    easy_read(OUT / "08_Easy_Read_Our_Plan.docx")
    stakeholder_map(OUT / "09_Stakeholder_Map.pdf")
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
