"""Write the Orlescote & Dunmere Vale STP papers (twenty-fifth imaginary footprint) into papers/.

Seven made-up papers of the 2016-2017 STP round, as real files:
  01 delivery plan summary (PDF): a "booktabs" scheme table (rules above and below only, a spanner rule over
     SRO / Clinical lead, no vertical lines) whose repeated SROs are ditto marks ("), and a back-of-book index to
     the nine national must-dos, alphabetical, in two columns, must-dos numbered in roman numerals, sub-entries
     naming schemes with the page they sit on, the gap only a "see" reference to another plan;
  02 governance scheme of reservation and delegation (Word): office holders as tab-separated "post<TAB>name"
     paragraphs, a delegation table with financial limits, quorum in prose;
  03 press release (plain text) with an embargo line, quotes whose speakers are named only in the attribution,
     and numbered notes to editors holding the figures;
  04 key dates calendar (PDF): a wall planner, one month grid per page (Mon..Sun), events written inside day cells,
     so a date is the page's month plus the cell's day number;
  05 Delivery Board exception report (PowerPoint): a slippage table whose date cell is "was -> now" with an arrow,
     a leadership slide and decisions;
  06 record of Chair's Action (Word): numbered paragraphs, an interim SRO from a date, a signatories table;
  07 milestone tracker (Excel): every due date split over three columns (FY / Qtr / Month) and revised dates in
     three more, leads by name, a finance sheet in £m.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
from datetime import datetime
from pathlib import Path

import calendar

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.util import Inches, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
FIXED = datetime(2017, 7, 14, 9, 0, 0)

STP = "Orlescote & Dunmere Vale STP"


# --------------------------------------------------------------------------------------------------------------
# 01 Delivery plan summary (PDF): booktabs table with ditto marks, then the must-do index
# --------------------------------------------------------------------------------------------------------------
SCHEMES_P1 = [
    ("1", "Neighbourhood Care Teams", "Gwendolyn Achterberg\n(Chief Officer, NHS Orlescote CCG)",
     "Dr Rafferty Osei-Blackwood",
     "Locality model agreed – Qtr 3 16/17\nFirst 4 teams live – Sept 2017\nAll 9 localities covered – end of 2017/18",
     "All"),
    ("2", "Urgent Care Redesign", '"', "Dr Imelda Strachan-Voss",
     "Public consultation – Jan to Apr 2017\nOrlescote Urgent Treatment Centre opens – March 2017\n"
     "Integrated NHS 111 / out-of-hours contract – 1 April 2018", "Orlescote, Dunmere Vale"),
    ("3", "Elective Care and MSK", "Peregrine Lutterworth\n(Director of Operations, Orlescote Hospitals NHS FT)",
     "Mr Bartholomew Quaye",
     "MSK triage service live – w/c 6 Feb 2017\nVirtual fracture clinic – Qtr 3 17/18\n"
     "Follow-up outpatients down 20% – 2017/18", "All"),
]
SCHEMES_P2 = [
    ("4", "Cancer Early Diagnosis", '"', "Dr Saoirse Kilbride-Mensah",
     "FIT in primary care pilot – Feb 2017\nRapid diagnostic centre business case – time frame as yet unknown",
     "All"),
    ("5", "Mental Health Crisis Pathway", "Ottoline Fairbairn-Ndlovu\n(Director of Strategy, Dunmere Vale "
     "Partnership NHS FT)", "Dr Cosmo Penberthy",
     "Saltby Haven crisis café – 1.3.17\n24/7 crisis resolution and home treatment – Qtr 2 17/18\n"
     "Core 24 liaison at Orlescote General – by 31.03.19", "All"),
    ("6", "Primary Care Resilience", "Dr Lavinia Okonkwo-Reid\n(Clinical Chair, NHS Dunmere Vale CCG)",
     "Dr Fergus Attwater",
     "Practice resilience plans agreed – May 2017\nGP extended access for 50% of patients – Autumn 2017\n"
     "Extended access for all patients – 2018/19 Q4", "All"),
    ("7", "Maternity and Children", "Constance Ibekwe-Stroud\n(Director of Nursing, NHS Orlescote CCG)",
     "Ms Philippa Trewhella\n(Consultant Midwife)",
     "First continuity of carer team – Spring 2017\nSingle maternity digital record – 2018/19",
     "Orlescote, Saltby Haven"),
]
ENABLERS = [("Digital", "Jonty Marchbank (Chief Information Officer, Orlescote Hospitals NHS FT)"),
            ("Workforce", "Adaeze Pemberton-Lowe (Director of Workforce, Dunmere Vale Partnership NHS FT)"),
            ("Estates", "Crispin Hollowday (Head of Estates, NHS Orlescote CCG)"),
            ("Communications and engagement", "vacant – interim support from the CCG communications team")]


def delivery_plan(path: Path) -> None:
    body = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11)
    cell = ParagraphStyle("c", fontName="DV", fontSize=7.5, leading=9.5)
    head = ParagraphStyle("h", fontName="DVB", fontSize=7.5, leading=9.5)
    title = ParagraphStyle("t", fontName="DVB", fontSize=14, leading=18)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
    note = ParagraphStyle("n", fontName="DVI", fontSize=7, leading=9)

    def p(text, style=cell):
        return Paragraph(text.replace("\n", "<br/>"), style)

    def scheme_table(rows):
        data = [["", "", p("Leadership", head), "", "", ""],
                [p("No.", head), p("Scheme", head), p("SRO", head), p("Clinical lead", head),
                 p("Key milestones", head), p("Places", head)]]
        for r in rows:
            sro = r[2]
            data.append([p(r[0]), p("<b>%s</b>" % r[1]), p(sro if sro != '"' else '<para alignment="center">"</para>'),
                         p(r[3]), p(r[4]), p(r[5])])
        t = Table(data, colWidths=[28, 92, 118, 95, 175, 59], repeatRows=2)
        t.setStyle(TableStyle([
            ("SPAN", (2, 0), (3, 0)),
            ("LINEABOVE", (0, 0), (-1, 0), 1.4, colors.black),          # top rule
            ("LINEBELOW", (2, 0), (3, 0), 0.5, colors.black),          # spanner (cmidrule)
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),          # mid rule
            ("LINEBELOW", (0, -1), (-1, -1), 1.4, colors.black),        # bottom rule
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 2), (-1, -1), 6),
        ]))
        return t

    story = [
        p(f"{STP}: Delivery Plan Summary", title),
        p("Submitted to NHS England and NHS Improvement, 21 October 2016. Version 2.1.", body), Spacer(1, 6),
        p("The Orlescote &amp; Dunmere Vale footprint covers three places (Orlescote, Dunmere Vale and Saltby Haven). "
          "Seven schemes carry the plan for 2016/17 to 2020/21. Table 1 lists each scheme with its Senior "
          "Responsible Officer (SRO), clinical lead and key milestones. A ditto mark (\") in the SRO column means "
          "the SRO is the same as in the row above.", body), Spacer(1, 6),
        p("Table 1: Schemes, leadership and key milestones", h2), scheme_table(SCHEMES_P1),
        p("Table 1 continues on page 2.", note),
        PageBreak(),
        p("Table 1 (continued)", h2), scheme_table(SCHEMES_P2), Spacer(1, 10),
        p("Table 2: Enabling workstreams", h2),
    ]
    en = Table([[p("Enabler", head), p("Lead", head)]] + [[p(a), p(b)] for a, b in ENABLERS],
               colWidths=[150, 417])
    en.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.4, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 1.4, colors.black)]))
    story += [en, Spacer(1, 8),
              p("Programme management: the STP Programme Management Office, led by the Programme Director, "
                "reports to the monthly Delivery Board.", body)]

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title=f"{STP} Delivery Plan Summary", author="ODV STP PMO")

    def footer(c, d):
        c.setFont("DV", 7)
        c.drawString(40, 25, f"{STP} Delivery Plan Summary v2.1, October 2016")
        c.drawRightString(A4[0] - 40, 25, f"Page {d.page}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


INDEX_LEFT = [
    ("A&E and ambulance performance (must-do iv)", None),
    ("Mental Health Crisis Pathway, 2", 1), ("Neighbourhood Care Teams, 1", 1), ("Urgent Care Redesign, 1", 1),
    ("ambulance, see A&E and ambulance performance", None),
    ("Cancer: 62-day standard (must-do vi)", None),
    ("Cancer Early Diagnosis, 2", 1),
    ("elective care, see Referral to treatment", None),
    ("Financial balance (must-do ii)", None),
    ("Elective Care and MSK, 1", 1), ("Neighbourhood Care Teams, 1", 1),
    ("General practice (must-do iii)", None),
    ("Neighbourhood Care Teams, 1", 1), ("Primary Care Resilience, 2", 1),
    ("Learning disabilities (must-do viii), see Transforming Care Partnership plan (separate document)", None),
]
INDEX_RIGHT = [
    ("Mental health (must-do vii)", None),
    ("Maternity and Children (perinatal), 2", 1), ("Mental Health Crisis Pathway, 2", 1),
    ("primary care, see General practice", None),
    ("Quality and special measures (must-do ix)", None),
    ("Maternity and Children, 2", 1), ("Urgent Care Redesign, 1", 1),
    ("Referral to treatment, 18 weeks (must-do v)", None),
    ("Elective Care and MSK, 1", 1),
    ("STP, local delivery of (must-do i), 1-2", None),
    ("urgent care, see A&E and ambulance performance", None),
]


def index_pdf_page(c: canvas.Canvas) -> None:
    w, h = A4
    c.setFont("DVB", 14)
    c.drawString(40, h - 60, "Appendix A: Index to the national must-dos")
    c.setFont("DVI", 8)
    c.drawString(40, h - 76, "Must-dos are numbered i to ix as in NHS Shared Planning Guidance 2016/17 to 2020/21. "
                             "Page numbers refer to Table 1.")
    c.setLineWidth(0.4)
    c.line(w / 2, h - 90, w / 2, 80)
    for col, entries in ((40, INDEX_LEFT), (w / 2 + 14, INDEX_RIGHT)):
        y = h - 104
        for text, indent in entries:
            font = "DV"
            x = col + (14 if indent else 0)
            # wrap long main entries with a hanging indent
            words, line, lines = text.split(), "", []
            for word in words:
                trial = (line + " " + word).strip()
                if pdfmetrics.stringWidth(trial, font, 8.5) > (w / 2 - 70 - (14 if indent else 0)):
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
            for i, ln in enumerate(lines):
                c.setFont(font, 8.5)
                c.drawString(x + (22 if i else 0), y, ln)
                y -= 12
    c.setFont("DV", 7)
    c.drawString(40, 25, f"{STP} Delivery Plan Summary v2.1, October 2016")
    c.drawRightString(w - 40, 25, "Page 3")


def build_delivery_plan(path: Path) -> None:
    """Pages 1-2 with platypus, page 3 (index) with the canvas, joined with pypdf."""
    from pypdf import PdfReader, PdfWriter
    tmp1, tmp2 = path.with_suffix(".p12.pdf"), path.with_suffix(".p3.pdf")
    delivery_plan(tmp1)
    c = canvas.Canvas(str(tmp2), pagesize=A4, invariant=1)
    index_pdf_page(c)
    c.showPage()
    c.save()
    writer = PdfWriter()
    for page in PdfReader(str(tmp1)).pages[:2]:
        writer.add_page(page)
    writer.add_page(PdfReader(str(tmp2)).pages[0])
    writer.add_metadata({"/Title": f"{STP} Delivery Plan Summary", "/Author": "ODV STP PMO"})
    with path.open("wb") as fh:
        writer.write(fh)
    tmp1.unlink()
    tmp2.unlink()


# --------------------------------------------------------------------------------------------------------------
# 02 Governance: scheme of reservation and delegation (Word)
# --------------------------------------------------------------------------------------------------------------
OFFICE_HOLDERS = [
    ("Independent Chair, Partnership Board", "Professor Annwen Threlfall"),
    ("STP Lead (Senior Responsible Officer for the STP)", "Desmond Okafor-Pennington, Chief Executive, "
                                                          "Orlescote Hospitals NHS FT"),
    ("STP Finance Lead; chair of the Finance and Investment Committee", "Mirabel Castellane, Chief Finance "
                                                                          "Officer, NHS Dunmere Vale CCG"),
    ("Programme Director", "Tancred Wolstenholme"),
    ("Chair, Clinical Reference Group", "Dr Perpetua Ashby-Nwosu"),
]
DELEGATION = [
    ("D1", "Approval of the STP submission and any material change to it", "Partnership Board", "–", "–"),
    ("D2", "Appointment of scheme SROs", "Partnership Board", "Chair (by Chair's Action, with the STP Lead)",
     "–"),
    ("D3", "Approval of spend from the STP transformation fund", "Partnership Board (above £1,000,000)",
     "Finance and Investment Committee", "up to £1,000,000"),
    ("D4", "Approval of spend within an agreed scheme budget", "–", "STP Lead", "up to £250,000"),
    ("D5", "Approval of PMO and engagement spend", "–", "Programme Director", "up to £50,000"),
    ("D6", "Changes to a scheme's key milestones of more than 12 weeks", "Partnership Board", "Delivery Board "
     "(12 weeks or less)", "–"),
]


def governance(path: Path) -> None:
    d = Document()
    cp = d.core_properties
    cp.author, cp.title, cp.created, cp.modified = "ODV STP PMO", "Scheme of Reservation and Delegation", FIXED, FIXED
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    d.add_heading(f"{STP}", level=0)
    d.add_paragraph("Governance Handbook, Part 3: Scheme of Reservation and Delegation")
    d.add_paragraph("Version 1.0. Approved by the Partnership Board on 24 November 2016.")
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph("This scheme sets out which decisions the Partnership Board keeps to itself (reserved) and which "
                    "it hands to named office holders and committees (delegated), with the financial limit that "
                    "applies. Each partner organisation's own statutory duties are unaffected.")
    d.add_heading("2. Office holders", level=1)
    d.add_paragraph("The office holders at the date of approval are:")
    for post, holder in OFFICE_HOLDERS:
        para = d.add_paragraph(f"{post}\t{holder}")
        para.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.LEFT)
        para.paragraph_format.left_indent = Cm(8.5)
        para.paragraph_format.first_line_indent = Cm(-8.5)
    d.add_heading("3. Reservation and delegation", level=1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ("Ref", "Decision", "Reserved to", "Delegated to", "Limit")):
        c.text = text
        c.paragraphs[0].runs[0].bold = True
    for row in DELEGATION:
        cells = t.add_row().cells
        for c, text in zip(cells, row):
            c.text = text
    d.add_heading("4. Meetings", level=1)
    d.add_paragraph("The Partnership Board meets in public every two months; the dates are published in the key "
                    "dates calendar. A meeting is quorate when four voting members are present, including the "
                    "Independent Chair or the Vice Chair and at least one clinician. The Delivery Board meets "
                    "monthly and reports to the Partnership Board by exception.")
    d.add_paragraph("Where a decision reserved to the Board cannot wait for the next meeting, the Independent Chair "
                    "may take it by Chair's Action together with the STP Lead. Every Chair's Action is recorded on "
                    "the standard form and reported to the next meeting of the Board for ratification.")
    d.save(str(path))


# --------------------------------------------------------------------------------------------------------------
# 03 Press release (plain text)
# --------------------------------------------------------------------------------------------------------------
PRESS = """\
PRESS RELEASE
EMBARGOED UNTIL 00:01 HRS THURSDAY 8 DECEMBER 2016

Health and care leaders publish plan for Orlescote, Dunmere Vale and Saltby Haven

NHS organisations and councils across Orlescote, Dunmere Vale and Saltby Haven
today publish their Sustainability and Transformation Plan, setting out how
they will keep services safe and affordable for the next five years.

The plan brings care closer to home through neighbourhood care teams, redesigns
urgent care around a new urgent treatment centre in Orlescote, and invests in
mental health crisis care, with a crisis café opening in Saltby Haven.

"If we do nothing, the gap between what our population needs and what we can
afford will be £94 million a year by 2020/21," said Professor Annwen Threlfall,
who chairs the partnership. "This plan is how we close it without closing the
front door of the NHS."

Dr Rafferty Osei-Blackwood, a GP in Saltby Haven who leads the clinical work on
neighbourhood care, added: "Patients have told us again and again that they
want to be looked after at home where that is safe. Neighbourhood teams let us
do that."

A public consultation on the future of urgent care will run for 12 weeks from
January 2017. People can also come to one of 14 drop-in events across the
three places between January and March 2017.

ENDS

Notes to editors

1. The Orlescote & Dunmere Vale STP is a partnership of 9 organisations:
   three CCGs, three NHS trusts, two county and unitary councils and the
   regional ambulance service.

2. The footprint serves a registered population of 612,000: Orlescote
   348,500, Dunmere Vale 171,200 and Saltby Haven 92,300.

3. The plan invests £14.8 million in 2017/18 in its seven schemes and aims for
   recurrent savings of £51.6 million by 2020/21. Provider efficiency
   programmes close the rest of the £94 million gap.

4. Neighbourhood care teams bring together community nurses, therapists,
   social workers, pharmacists and GPs around a population of 30,000 to
   50,000 people.

5. The full plan and a summary are on the partnership's website. Media
   enquiries to the NHS Orlescote CCG press office.
"""


# --------------------------------------------------------------------------------------------------------------
# 04 Key dates calendar (PDF): one month grid per page
# --------------------------------------------------------------------------------------------------------------
EVENTS = {
    (2017, 1): {16: ["Urgent care consultation", "opens (12 weeks)"],
                26: ["Partnership Board", "(public), 2pm,", "Orlescote Guildhall"],
                31: ["Shared care record", "phase 1 go-live"]},
    (2017, 2): {6: ["MSK triage service", "live (Dunmere Vale)"],
                14: ["FIT pilot starts in", "12 practices"],
                20: ["Delivery Board:", "exception report"],
                22: ["Drop-in event,", "Saltby Haven library"]},
    (2017, 3): {1: ["Crisis café opens,", "Saltby Haven"],
                20: ["Delivery Board"],
                23: ["Partnership Board", "(public), 2pm,", "Dunmere Town Hall"],
                27: ["First continuity of", "carer team starts", "(maternity)"],
                31: ["Orlescote UTC opens"]},
}


def key_dates(path: Path) -> None:
    w, h = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.setTitle(f"{STP} Key dates calendar January to March 2017")
    c.setAuthor("ODV STP PMO")
    left, right, top, bottom = 30, w - 30, h - 80, 40
    colw = (right - left) / 7
    for (year, month), events in EVENTS.items():
        c.setFont("DVB", 18)
        c.drawString(left, h - 45, f"{calendar.month_name[month]} {year}")
        c.setFont("DV", 8)
        c.drawRightString(right, h - 45, f"{STP} key dates calendar, issued 9 January 2017")
        weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
        rowh = (top - 18 - bottom) / len(weeks)
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(left, top - 18, right - left, 18, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        for i, name in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
            c.drawCentredString(left + colw * i + colw / 2, top - 13, name)
        c.setFillColor(colors.black)
        c.setLineWidth(0.5)
        for r, week in enumerate(weeks):
            y_top = top - 18 - r * rowh
            for d, day in enumerate(week):
                x = left + d * colw
                if d >= 5:
                    c.setFillColor(colors.HexColor("#eeeeee"))
                    c.rect(x, y_top - rowh, colw, rowh, stroke=1, fill=1)
                    c.setFillColor(colors.black)
                else:
                    c.rect(x, y_top - rowh, colw, rowh, stroke=1, fill=0)
                if not day:
                    continue
                c.setFont("DVB", 10)
                c.drawString(x + 4, y_top - 13, str(day))
                c.setFont("DV", 7.5)
                for k, line in enumerate(events.get(day, [])):
                    c.drawString(x + 6, y_top - 26 - 9 * k, line)
        c.setFont("DVI", 7)
        c.drawString(left, 22, "Partnership Board meets every two months in public. Delivery Board meets monthly. "
                               "Weekends shaded.")
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------------------
# 05 Delivery Board exception report (PowerPoint)
# --------------------------------------------------------------------------------------------------------------
def exception_report(path: Path) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cp = prs.core_properties
    cp.author, cp.title, cp.created, cp.modified = "ODV STP PMO", "Delivery Board exception report", FIXED, FIXED
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "STP Delivery Board: Exception report"
    s.placeholders[1].text = ("Item 5, 20 February 2017\nPresented by Tancred Wolstenholme, Programme Director\n"
                              f"{STP}")

    def title_only(text):
        sl = prs.slides.add_slide(prs.slide_layouts[5])
        sl.shapes.title.text = text
        sl.shapes.title.text_frame.paragraphs[0].runs[0].font.size = PPt(28)
        return sl

    sl = title_only("Milestones off track")
    rows = [("Milestone", "Scheme", "Date (was → now)", "Slip", "Recovery lead"),
            ("Orlescote Urgent Treatment Centre opens", "2 Urgent Care Redesign", "Mar 2017 → Oct 2017",
             "30 wks", "Gwendolyn Achterberg"),
            ("Rapid diagnostic centre business case", "4 Cancer Early Diagnosis", "not known → Sep 2017",
             "n/a", "Peregrine Lutterworth"),
            ("24/7 crisis resolution and home treatment", "5 Mental Health Crisis Pathway",
             "Qtr 2 17/18 → Qtr 3 17/18", "13 wks", "Ottoline Fairbairn-Ndlovu")]
    tbl = sl.shapes.add_table(len(rows), 5, Inches(0.5), Inches(1.5), Inches(12.3), Inches(3)).table
    for i, w in enumerate((3.6, 2.6, 2.6, 1.0, 2.5)):
        tbl.columns[i].width = Inches(w)
    for r, row in enumerate(rows):
        for cidx, text in enumerate(row):
            cell = tbl.cell(r, cidx)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = PPt(14)
    tb = sl.shapes.add_textbox(Inches(0.5), Inches(5.2), Inches(12.3), Inches(1.5)).text_frame
    tb.word_wrap = True
    tb.text = ("The UTC slips because the estates works at Orlescote General cannot start until the urgent care "
               "consultation closes on 10 April 2017.")
    tb.add_paragraph().text = "All other milestones are on track or complete."

    sl = title_only("Leadership")
    tb = sl.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(12.3), Inches(4)).text_frame
    tb.word_wrap = True
    tb.text = ("Ffion Galbraith-Oduya joined the partnership as Communications and Engagement Lead on "
               "6 February 2017 (the post was vacant in the October 2016 plan).")
    tb.add_paragraph().text = ("Peregrine Lutterworth (SRO for schemes 3 and 4) has been seconded to a regional "
                               "role; the interim arrangements will come to the Partnership Board.")
    tb.add_paragraph().text = "No other changes to SROs or clinical leads."

    sl = title_only("Decisions for the Delivery Board")
    tb = sl.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(12.3), Inches(4)).text_frame
    tb.word_wrap = True
    tb.text = "1. NOTE the 30-week slip to the Orlescote UTC and refer it to the Partnership Board (more than 12 weeks)."
    tb.add_paragraph().text = "2. AGREE the revised date for 24/7 crisis resolution and home treatment (13 weeks)."
    tb.add_paragraph().text = "3. NOTE the new Communications and Engagement Lead."
    tb.add_paragraph().text = "Next Delivery Board: 20 March 2017."
    prs.save(str(path))


# --------------------------------------------------------------------------------------------------------------
# 06 Record of Chair's Action (Word)
# --------------------------------------------------------------------------------------------------------------
def chairs_action(path: Path) -> None:
    d = Document()
    cp = d.core_properties
    cp.author, cp.title, cp.created, cp.modified = "ODV STP PMO", "Record of Chair's Action CA/2017/02", FIXED, FIXED
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    d.add_heading("Record of Chair's Action", level=0)
    d.add_paragraph(f"{STP} Partnership Board. Reference CA/2017/02. Taken on 29 March 2017 under paragraph 4 of "
                    "the Scheme of Reservation and Delegation.")
    paras = [
        "1. Matter. Interim senior responsible officer (SRO) for scheme 3 (Elective Care and MSK) and scheme 4 "
        "(Cancer Early Diagnosis). Peregrine Lutterworth's secondment to a regional role was confirmed on "
        "27 March 2017, after the Partnership Board of 23 March 2017, and takes effect on 31 March 2017.",
        "2. Decision. Wilhelmina Dray, Deputy Chief Operating Officer, Orlescote Hospitals NHS FT, is appointed "
        "interim SRO for scheme 3 and scheme 4 with effect from 1 April 2017, until a substantive SRO is appointed. "
        "A substantive appointment is expected by 30 September 2017.",
        "3. The clinical leads are unchanged: Mr Bartholomew Quaye for scheme 3 and Dr Saoirse Kilbride-Mensah "
        "for scheme 4.",
        "4. Why it could not wait. The post of SRO falls vacant on 1 April 2017, before the next meeting of the "
        "Partnership Board.",
        "5. Ratification. This action will be reported for ratification to the Partnership Board on 25 May 2017.",
    ]
    for text in paras:
        d.add_paragraph(text)
    d.add_paragraph("Signed:")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ("Signature", "Name", "Role", "Date")):
        c.text = text
    for row in (("A. Threlfall", "Professor Annwen Threlfall", "Independent Chair", "29/03/2017"),
                ("D. Okafor-Pennington", "Desmond Okafor-Pennington", "STP Lead", "29/03/2017")):
        for c, text in zip(t.add_row().cells, row):
            c.text = text
    d.save(str(path))


# --------------------------------------------------------------------------------------------------------------
# 07 Milestone tracker (Excel): dates split over FY / Qtr / Month columns
# --------------------------------------------------------------------------------------------------------------
TRACKER = [
    ("NCT-01", "Neighbourhood Care Teams", "Locality model agreed", "Dr Rafferty Osei-Blackwood",
     "2016/17", "Q3", "Dec", None, None, None, "Complete"),
    ("NCT-02", "Neighbourhood Care Teams", "First four neighbourhood teams live", "Hester Gallimore",
     "2017/18", "Q2", "Sep", None, None, None, "On track"),
    ("NCT-03", "Neighbourhood Care Teams", "All nine localities covered", "Hester Gallimore",
     "2017/18", "Q4", "Mar", "2018/19", "Q1", "Jun", "Revised"),
    ("UCR-01", "Urgent Care Redesign", "Public consultation closes", "Gwendolyn Achterberg",
     "2017/18", "Q1", "Apr", None, None, None, "Complete"),
    ("UCR-02", "Urgent Care Redesign", "Orlescote Urgent Treatment Centre opens", "Dr Imelda Strachan-Voss",
     "2016/17", "Q4", "Mar", "2017/18", "Q3", "Oct", "Revised"),
    ("UCR-03", "Urgent Care Redesign", "Integrated NHS 111 / out-of-hours service live", "Gwendolyn Achterberg",
     "2018/19", "Q1", "Apr", None, None, None, "On track"),
    ("ELC-01", "Elective Care and MSK", "MSK triage service live", "Mr Bartholomew Quaye",
     "2016/17", "Q4", "Feb", None, None, None, "Complete"),
    ("ELC-02", "Elective Care and MSK", "Virtual fracture clinic live", "Anselm Okereke",
     "2017/18", "Q3", "Nov", None, None, None, "On track"),
    ("CAN-01", "Cancer Early Diagnosis", "FIT pilot in 12 practices", "Dr Saoirse Kilbride-Mensah",
     "2016/17", "Q4", "Feb", None, None, None, "Complete"),
    ("CAN-02", "Cancer Early Diagnosis", "FIT rolled out to all practices", "Dr Saoirse Kilbride-Mensah",
     "2017/18", "Q4", "Jan", None, None, None, "On track"),
    ("CAN-03", "Cancer Early Diagnosis", "Rapid diagnostic centre business case", "Wilhelmina Dray",
     "2017/18", "Q2", "Sep", None, None, None, "On track"),
    ("MHC-01", "Mental Health Crisis Pathway", "Saltby Haven crisis café opens", "Dr Cosmo Penberthy",
     "2016/17", "Q4", "Mar", None, None, None, "Complete"),
    ("MHC-02", "Mental Health Crisis Pathway", "24/7 crisis resolution and home treatment", "Dr Cosmo Penberthy",
     "2017/18", "Q2", "Aug", "2017/18", "Q3", "Nov", "Revised"),
    ("PCR-01", "Primary Care Resilience", "Practice resilience plans agreed", "Dr Fergus Attwater",
     "2017/18", "Q1", "May", None, None, None, "Not started"),
    ("PCR-02", "Primary Care Resilience", "GP extended access for 50% of patients", "Dr Fergus Attwater",
     "2017/18", "Q3", "Oct", None, None, None, "On track"),
    ("MAT-01", "Maternity and Children", "First continuity of carer team", "Ms Philippa Trewhella",
     "2016/17", "Q4", "Mar", None, None, None, "Complete"),
    ("MAT-02", "Maternity and Children", "Second and third continuity of carer teams", "Ms Philippa Trewhella",
     "2017/18", "Q4", "Feb", None, None, None, "On track"),
]
FINANCE = [
    ("Neighbourhood Care Teams", 4.2, 5.6, 18.3),
    ("Urgent Care Redesign", 2.8, 3.1, 12.7),
    ("Elective Care and MSK", 1.1, 0.9, 9.4),
    ("Cancer Early Diagnosis", 0.6, 1.4, 2.1),
    ("Mental Health Crisis Pathway", 1.9, 2.2, 4.6),
    ("Primary Care Resilience", 3.4, 3.9, 3.0),
    ("Maternity and Children", 0.8, 0.7, 1.5),
]


def tracker(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Milestones"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    ws["A1"] = f"{STP}: Milestone tracker, position at 30 June 2017"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Due and revised dates are given as NHS financial year (April to March), quarter of that financial "
                "year and month. A blank revised date means the original date stands.")
    ws.merge_cells("E3:G3")
    ws.merge_cells("H3:J3")
    ws["E3"], ws["H3"] = "Original due", "Revised due"
    for ref in ("E3", "H3"):
        ws[ref].font, ws[ref].alignment, ws[ref].fill = bold, Alignment(horizontal="center"), fill
    heads = ["ID", "Scheme", "Milestone", "Lead", "FY", "Qtr", "Month", "FY", "Qtr", "Month", "Status"]
    for i, text in enumerate(heads, 1):
        cell = ws.cell(row=4, column=i, value=text)
        cell.font, cell.fill = bold, fill
    for r, row in enumerate(TRACKER, 5):
        for i, value in enumerate(row, 1):
            ws.cell(row=r, column=i, value=value)
    for col, w in zip("ABCDEFGHIJK", (9, 28, 44, 28, 9, 6, 7, 9, 6, 7, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    fs = wb.create_sheet("Finance")
    fs["A1"] = "Scheme investment and savings (all figures £m)"
    fs["A1"].font = Font(bold=True, size=13)
    for i, text in enumerate(["Scheme", "Investment 2017/18", "Investment 2018/19",
                              "Recurrent saving by 2020/21"], 1):
        cell = fs.cell(row=3, column=i, value=text)
        cell.font, cell.fill = bold, fill
    for r, row in enumerate(FINANCE, 4):
        for i, value in enumerate(row, 1):
            cell = fs.cell(row=r, column=i, value=value)
            if i > 1:
                cell.number_format = "0.0"
    total = len(FINANCE) + 4
    fs.cell(row=total, column=1, value="Total").font = bold
    for i in (2, 3, 4):
        value = round(sum(row[i - 1] for row in FINANCE), 1)
        cell = fs.cell(row=total, column=i, value=value)
        cell.font, cell.number_format = bold, "0.0"
    fs.column_dimensions["A"].width = 32
    for col in "BCD":
        fs.column_dimensions[col].width = 24
    wb.properties.creator, wb.properties.created, wb.properties.modified = "ODV STP PMO", FIXED, FIXED
    wb.save(str(path))


def fix_zip(path: Path) -> None:
    """Rewrite an Office file's zip with one fixed entry time, so every run makes the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    # openpyxl stamps the save time into core.xml whatever the properties say: pin it
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2017-07-14T09:00:00Z", d))
               if n == "docProps/core.xml" else (n, d) for n, d in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2017, 7, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    build_delivery_plan(OUT / "01_ODV_STP_Delivery_Plan_Summary_v2.1_Oct2016.pdf")
    governance(OUT / "02_ODV_Scheme_of_Reservation_and_Delegation_v1.0_Nov2016.docx")
    (OUT / "03_ODV_STP_Press_Release_8Dec2016.txt").write_text(PRESS)
    key_dates(OUT / "04_ODV_Key_Dates_Calendar_Jan-Mar2017.pdf")
    exception_report(OUT / "05_ODV_Delivery_Board_Exception_Report_20Feb2017.pptx")
    chairs_action(OUT / "06_ODV_Record_of_Chairs_Action_CA-2017-02_29Mar2017.docx")
    tracker(OUT / "07_ODV_Milestone_Tracker_Q1_2017-18.xlsx")
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".docx", ".pptx", ".xlsx"):
            fix_zip(p)
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
