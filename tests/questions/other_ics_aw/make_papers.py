"""Write the Tidesworth & Askerby STP papers (forty-ninth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan footprint, each in a genre and layout no
earlier bank used, drawn from the data in paper_data.py:
  01 Local Digital Roadmap summary (PDF, platypus): document control table, governance in prose, a status key of
     symbols, a universal capabilities table whose group column is merged down and which breaks over a page (the
     group label not repeated), leads as initials resolved in Annex A, a dagger footnote that moves a target date,
     a digital maturity table under a two-row merged header, and a must-do matrix (Annex B) of bare dots under
     capability columns, must-do 1 one merged cell and must-do 8 an empty row;
  02 A&E Delivery Board OPEL escalation framework and winter plan (PDF, platypus): version control table, an OPEL
     trigger matrix with coloured level headings running over pages under a repeated header, winter capacity
     schemes led by job titles with a late-change box overriding one row, key dates in mixed forms, action cards
     for roles (boxed two-column tables), and the names for the roles only in Appendix A;
  03 organisational change consultation document for the STP PMO (Word): cover table, a priorities table whose
     portfolio cells are merged down, current and proposed structures (team rows merged across), a consultation
     timetable in mixed date forms, an addendum that moves two dates, and the people only in a contacts table;
  04 NHS RightCare "Where to Look" pack with the STP response (PowerPoint): the units said only on the "how to read"
     slide, an opportunities table with shaded rows, a bar chart of drawn rectangles whose labels and values are
     separate text boxes stored out of order, a response table whose priority cells are merged down with leads as
     initials, an update box moving a date, and a contacts slide;
  05 Better Care Fund quarterly return, Q3 2016/17 (Excel): the national template's sheets (cover, budget
     arrangements, national conditions with Yes/No and a date column, income and expenditure under merged bands in
     whole pounds, supporting metrics) plus a local scheme register in GBP 000 with leads as initials, scheme types
     as codes and must-dos as "MD2; MD4", a narrative sheet that overrides a go-live, and a key sheet;
  06 daily urgent care system sitrep (plain text): OPEL levels in a space-aligned table, yesterday's figures, decisions
     of the morning call (a change to the OPEL 3 call times from the next day), actions owned by initials, a key.

usage: ../../../.venv/bin/python make_papers.py
"""

import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

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

sys.dont_write_bytecode = True  # no __pycache__ in the bank folder
import paper_data as D  # noqa: E402

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#00707A")
GREY = colors.HexColor("#7F7F7F")

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="DV", fontSize=7.5, leading=9.5)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="DVB")
SMALLW = ParagraphStyle("smallw", parent=SMALLB, textColor=colors.white)
NOTE = ParagraphStyle("note", fontName="DVI", fontSize=7.5, leading=9.5, spaceBefore=3, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=6, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor=NAVY)
CENTRE = ParagraphStyle("centre", parent=SMALL, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text.replace("&", "&amp;"), style)


def grid_style(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *extra])


def pdf_doc(path, title, author, header, footer_left):
    def decorate(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        c.drawString(18 * mm, A4[1] - 12 * mm, header)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(18 * mm, A4[1] - 13.5 * mm, A4[0] - 18 * mm, A4[1] - 13.5 * mm)
        c.line(18 * mm, 13 * mm, A4[0] - 18 * mm, 13 * mm)
        c.drawString(18 * mm, 9 * mm, footer_left)
        c.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author=author, subject=title, creator=author)
    return doc, decorate


# ---------------------------------------------------------------------------------------------------------------
# 01 Local Digital Roadmap summary
# ---------------------------------------------------------------------------------------------------------------
def ldr(path):
    doc, decorate = pdf_doc(path, "Local Digital Roadmap summary", "Tidesworth & Askerby Digital Board",
                            "Tidesworth & Askerby Local Digital Roadmap 2016/17 to 2020/21 | Summary for the STP "
                            "Partnership Board", "v1.4, 31 October 2016 | OFFICIAL")
    story = [P("Tidesworth & Askerby Local Digital Roadmap: summary", H1)]
    control = [["Version", "1.4"], ["Date", "31 October 2016"], ["Owner", "LDR Senior Responsible Owner"],
               ["Approved by", "Digital Board, 19 October 2016"],
               ["For", "STP Partnership Board, 10 November 2016 (to note)"]]
    t = Table([[P(a, SMALLB), P(b, SMALL)] for a, b in control], colWidths=[35 * mm, 80 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDEBF7"))]))
    story += [t, Spacer(1, 6)]
    story += [P("1. Introduction", H2),
              P("This summary sets out how the Tidesworth & Askerby footprint will deliver the ten universal "
                "capabilities of the national Local Digital Roadmap programme, and how the roadmap supports the "
                "Sustainability and Transformation Plan submitted on 21 October 2016. The footprint covers "
                f"Tidesworth CCG and Askerby & Lunford CCG, a registered population of {D.POPULATION}, with three "
                "NHS provider trusts, an ambulance trust and two councils."),
              P("2. Leadership and governance", H2),
              P(f"{D.LDR_SRO[0]}, {D.LDR_SRO[1]}, is the Senior Responsible Owner for the roadmap and chairs the "
                "Digital Board, which meets on the third Wednesday of each month and reports to the STP "
                f"Partnership Board. {D.LDR_CCIO[0]}, a {D.LDR_CCIO[1]}, is the footprint's Chief Clinical "
                f"Information Officer (CCIO) and leads clinical engagement. {D.LDR_PM[0]}, {D.LDR_PM[1]}, runs "
                "the programme office. Leads in Table 1 are shown by their initials; Annex A gives their names."),
              P("3. Universal capabilities", H2),
              P("Table 1 shows where each capability stands and its target date. Target dates are the baseline "
                "submitted in June 2016; changes agreed since then are in the notes under the table. Key to the "
                "status column:")]
    key = [[P(sym, CENTRE), P(text, SMALL)] for sym, text in D.STATUS.values()]
    t = Table(key, colWidths=[10 * mm, 110 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, GREY)]))
    story += [t, Spacer(1, 6), P("Table 1: universal capabilities, leads and target dates", SMALLB), Spacer(1, 3)]

    head = [P(h, SMALLW) for h in ("Group", "Ref", "Capability", "Lead", "Status", "Target date")]
    widths = [28 * mm, 14 * mm, 84 * mm, 12 * mm, 14 * mm, 22 * mm]
    flat = [(g, r) for g, rows in D.CAPABILITIES for r in rows]

    def part(rows, label_first):
        data, spans, prev = [head], [], None
        for i, (g, (ref, cap, lead, status, due)) in enumerate(rows, 1):
            show = g != prev and (i > 1 or label_first)
            data.append([P(g, SMALLB) if show else "", P(ref, SMALL), P(cap, SMALL), P(lead, CENTRE),
                         P(D.STATUS[status][0], CENTRE), P(due, SMALL)])
            if g != prev:
                spans.append([i, i])
            else:
                spans[-1][1] = i
            prev = g
        style = grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]
                           + [("SPAN", (0, a), (0, b)) for a, b in spans if b > a])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(style)
        return t

    story += [part(flat[:D.LDR_ROWS_PAGE_ONE], True), PageBreak(),
              part(flat[D.LDR_ROWS_PAGE_ONE:], flat[D.LDR_ROWS_PAGE_ONE][0] != flat[D.LDR_ROWS_PAGE_ONE - 1][0]),
              P(D.UCD_FOOTNOTE, NOTE)]

    story += [P("4. Digital maturity", H2),
              P("Each provider completed the national digital maturity self-assessment in spring 2016. Scores "
                "are out of 100.")]
    dmi = [[P("Organisation", SMALLW), P("Digital maturity self-assessment 2016 (score out of 100)", SMALLW), "", ""],
           ["", P("Readiness", SMALLW), P("Capabilities", SMALLW), P("Infrastructure", SMALLW)]]
    dmi += [[P(o, SMALL), P(str(a), CENTRE), P(str(b), CENTRE), P(str(c), CENTRE)] for o, a, b, c in D.DMI]
    t = Table(dmi, colWidths=[80 * mm, 28 * mm, 28 * mm, 28 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("SPAN", (1, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)),
                           ("BACKGROUND", (0, 0), (-1, 1), NAVY)]))
    story += [t, P(D.DMI_NOTE, NOTE)]
    story += [P("5. Investment", H2), P(D.LDR_MONEY),
              P("The Digital Board will report progress against Table 1 to the Partnership Board each quarter.")]

    story += [PageBreak(), P("Annex A: key to initials", H2)]
    t = Table([[P("Initials", SMALLW), P("Name", SMALLW), P("Role", SMALLW)]]
              + [[P(i, SMALL), P(n, SMALL), P(r, SMALL)] for i, n, r in D.LDR_KEY],
              colWidths=[18 * mm, 45 * mm, 100 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]))
    story += [t]
    story += [P("Annex B: how the roadmap supports the nine national must-dos for 2016/17", H2),
              P("A dot shows that a capability is needed to deliver the must-do. Column headings are the "
                "capability references of Table 1.")]
    refs = sorted(ref for _, rows in D.CAPABILITIES for ref, *_ in rows)
    data = [[P("Must-do", SMALLW)] + [P(r, ParagraphStyle("hd", parent=SMALLW, fontSize=6.5, alignment=TA_CENTER))
                                       for r in refs] + [P("Note", SMALLW)]]
    style = [("BACKGROUND", (0, 0), (-1, 0), NAVY)]
    for n in range(1, 10):
        row = [P(f"{n}. {D.MUSTDOS[n]}", SMALL)]
        if n == 1:
            row += [P(D.LDR_MUSTDO_NOTES[1], CENTRE)] + [""] * (len(refs) - 1) + [""]
            style.append(("SPAN", (1, n), (len(refs), n)))
        else:
            row += [P("\u25cf", CENTRE) if r in D.LDR_MUSTDO[n] else "" for r in refs]
            row.append(P(D.LDR_MUSTDO_NOTES.get(n, ""), SMALL))
        data.append(row)
    t = Table(data, colWidths=[42 * mm] + [8.6 * mm] * len(refs) + [36 * mm], hAlign="LEFT")
    t.setStyle(grid_style(style))
    story += [t]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------------------------------------------
# 02 OPEL escalation framework and winter plan
# ---------------------------------------------------------------------------------------------------------------
def opel(path):
    doc, decorate = pdf_doc(path, "OPEL framework and winter plan 2016/17", "System Resilience Manager",
                            "Tidesworth & Askerby A&E Delivery Board | OPEL escalation framework and winter plan "
                            "2016/17", "Version 3.0, 25 November 2016 | Document owner: System Resilience Manager")
    story = [P("Operational Pressures Escalation Levels (OPEL) framework and winter plan 2016/17", H1),
             P("Tidesworth & Askerby A&E Delivery Board", H2)]
    vt = [[P(h, SMALLW) for h in ("Version", "Date", "Author", "Changes")]]
    vt += [[P(v, SMALL), P(d, SMALL), P("System Resilience Manager", SMALL), P(c, SMALL)]
           for v, d, c in D.OPEL_VERSIONS]
    t = Table(vt, colWidths=[16 * mm, 22 * mm, 40 * mm, 96 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]))
    story += [t]
    story += [P("1. Purpose and scope", H2),
              P("This framework sets out how the organisations of the Tidesworth & Askerby system declare and "
                "respond to pressure over the winter, using the national Operational Pressures Escalation Levels "
                "(OPEL 1 to OPEL 4). It applies from Thursday 1 December 2016 to Friday 31 March 2017 (the winter "
                "period), after which the business-as-usual escalation policy applies again. It covers:")]
    story += [P("\u2022 " + o, BODY) for o in D.OPEL_ORGS]
    story += [P("2. The four levels", H2),
              P("OPEL 1: the system can maintain patient flow and meet demand within available resources. "
                "OPEL 2: the system is showing signs of pressure and needs focused action. OPEL 3: the system is "
                "under major pressure, patient flow is compromised and further action is needed across partners. "
                "OPEL 4: pressure is such that organisations cannot deliver comprehensive care and patient safety "
                "may be at risk; national and regional teams are involved."),
              P("3. Triggers by organisation", H2),
              P("An organisation declares the highest level for which any one trigger is met. Table 2 continues "
                "over the page.")]
    fills = ["#70AD47", "#FFC000", "#C00000", "#000000"]
    head = [P("Organisation", SMALLW)] + [P(f"OPEL {k}", SMALLW if k > 2 else SMALLB) for k in range(1, 5)]
    rows = [head] + [[P(o, SMALLB)] + [P(x, SMALL) for x in levels] for o, *levels in D.TRIGGERS]
    t = Table(rows, colWidths=[30 * mm, 35 * mm, 35 * mm, 37 * mm, 37 * mm], repeatRows=1)
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (0, 0), NAVY)]
                          + [("BACKGROUND", (k + 1, 0), (k + 1, 0), colors.HexColor(f)) for k, f in enumerate(fills)]))
    story += [P("Table 2: OPEL triggers", SMALLB), t]
    story += [P("4. System calls and command", H2)] + [P(x) for x in D.OPEL_CALLS]
    story += [P("5. Winter capacity", H2), P("Table 3: winter capacity schemes", SMALLB)]
    wt = [[P(h, SMALLW) for h in ("Scheme", "Site", "Capacity", "From", "To", "Lead")]]
    wt += [[P(x, SMALL) for x in row] for row in D.WINTER_SCHEMES]
    t = Table(wt, colWidths=[38 * mm, 30 * mm, 22 * mm, 18 * mm, 18 * mm, 48 * mm])
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]))
    box = Table([[P(D.WARD7B_LATE_CHANGE, SMALLB)]], colWidths=[174 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#C00000")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCE4D6"))]))
    story += [t, Spacer(1, 4), box]
    story += [P("6. Key dates", H2)]
    kt = [[P("When", SMALLW), P("What", SMALLW)]] + [[P(a, SMALL), P(b, SMALL)] for a, b in D.KEY_DATES]
    t = Table(kt, colWidths=[50 * mm, 124 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]))
    story += [t]
    story += [P("7. Performance", H2), P(D.OPEL_TRAJECTORY)]
    story += [P("8. Action cards", H2),
              P("Each card is held by a role, not a person. Appendix A gives who holds each role this winter.")]
    for n, role, at3, at4 in D.ACTION_CARDS:
        card = [[P(f"ACTION CARD {n}", SMALLW), P(role, SMALLW)],
                [P("Card holder", SMALLB), P(role, SMALL)],
                [P("At OPEL 3", SMALLB), P("<br/>".join("\u2022 " + a for a in at3), SMALL)],
                [P("At OPEL 4", SMALLB), P("<br/>".join("\u2022 " + a for a in at4), SMALL)]]
        t = Table(card, colWidths=[30 * mm, 144 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, NAVY), ("LINEBELOW", (0, 0), (-1, -2), 0.3, GREY),
                               ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [KeepTogether([t, Spacer(1, 6)])]
    story += [PageBreak(), P("Appendix A: who holds each role, winter 2016/17", H2)]
    ct = [[P(h, SMALLW) for h in ("Role", "Name", "Organisation")]]
    ct += [[P(a, SMALL), P(b, SMALL), P(c, SMALL)] for a, b, c in D.OPEL_CONTACTS]
    t = Table(ct, colWidths=[55 * mm, 40 * mm, 79 * mm], hAlign="LEFT")
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), NAVY)]))
    story += [t, P("Switchboards: Tidesworth General Hospital 01632 960 000; Askerby Royal Infirmary 01632 960 100. "
                   "Out of hours, ask for the Silver on-call director.", NOTE)]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------------------------------------------
# 03 Organisational change consultation (Word)
# ---------------------------------------------------------------------------------------------------------------
def consultation(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)

    def shade(cell, fill):
        pr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), fill)
        pr.append(sh)

    def bold_row(row, fill="D9E2F3"):
        for c in row.cells:
            shade(c, fill)
            for p in c.paragraphs:
                for r in p.runs:
                    r.bold = True

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tidesworth & Askerby STP | CONFIDENTIAL: for affected staff and staff side"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Consultation document v1.1 (v1.0 issued 5 December 2016; addendum added 19 December 2016)"

    doc.add_heading("Consultation document: proposed changes to the STP Programme Management Office and "
                    "programme delivery team", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Issued to", "All members of the current STP programme team (section 3) and staff side"),
                 ("Date of issue", "Monday 5 December 2016"),
                 ("Consultation lead", "STP Programme Director"),
                 ("HR lead", "HR Business Partner, Tidesworth CCG"),
                 ("Proposed host employer", D.HOST),
                 ("Status", "For consultation: no decision has been made")]:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
        shade(r[0], "F2F2F2")

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "The Tidesworth & Askerby Sustainability and Transformation Plan was submitted on 21 October 2016. It has "
        "six priorities, each led by a Senior Responsible Owner (SRO), and three enablers. Since June 2016 a small "
        "programme team, lent by several organisations, has supported the priorities. This document sets out a "
        "proposal to replace it with one permanent team and asks for your views.")
    doc.add_paragraph("Table 1 shows the priorities and the portfolio of the proposed team that would support each.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("STP priority", "Senior Responsible Owner", "Proposed portfolio")):
        c.text = h
    bold_row(t.rows[0])
    start = None
    for i, (pri, sro, title, port) in enumerate(D.PRIORITIES):
        r = t.add_row().cells
        r[0].text, r[1].text = pri, f"{sro}, {title}"
        if i == 0 or D.PRIORITIES[i - 1][3] != port:
            r[2].text = port
            start = len(t.rows) - 1
        else:
            t.cell(start, 2).merge(r[2])

    doc.add_heading("2. The case for change", level=2)
    doc.add_paragraph(
        f"The current team of {D.CURRENT_WTE} WTE is funded from three hosts' budgets until 31 March 2017, mostly "
        "through secondments and fixed-term contracts. On 17 November 2016 the STP Partnership Board agreed to fund "
        f"a single team of {D.PROPOSED_WTE} WTE, hosted by {D.HOST}, from 1 April 2017, at a cost of "
        f"{D.TEAM_COST} a year shared by the partners. A permanent team would keep knowledge of the plan, give "
        "each SRO a named senior programme manager and bring the analysts and the PMO into one place.")

    doc.add_heading("3. Current structure", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Post", "Band", "WTE", "Employer", "Contract")):
        c.text = h
    bold_row(t.rows[0])
    for row in D.CURRENT_POSTS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    r = t.add_row().cells
    r[0].text, r[2].text = "Total", D.CURRENT_WTE

    doc.add_heading("4. Proposed structure", level=2)
    doc.add_paragraph("Each Senior Programme Manager would support the SROs of one portfolio in Table 1.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Post", "Band", "WTE")):
        c.text = h
    bold_row(t.rows[0])
    for team, posts in D.PROPOSED:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[2])
        m.text = team
        bold_row(r, "EDEDED")
        for row in posts:
            for c, v in zip(t.add_row().cells, row):
                c.text = v
    r = t.add_row().cells
    r[0].text, r[2].text = "Total", D.PROPOSED_WTE

    doc.add_heading("5. Impact on staff", level=2)
    doc.add_paragraph(
        "Seven members of staff hold the current posts. Two posts (the Administrator and a Project Support "
        f"Officer) are substantially the same as proposed posts and their holders would be slotted in. The other "
        f"{D.POSTS_AT_RISK} postholders are placed at risk and would be offered ring-fenced interviews for the new "
        "posts at or above their current band. Secondees return to their employers if not appointed.")
    doc.add_heading("6. Selection", level=2)
    doc.add_paragraph(
        "A proposed post is substantially the same as a current one when at least 70% of the job content matches. "
        "Ring-fenced interviews will be held before any post is advertised. The Head of PMO post is new and will be "
        "advertised openly if not filled from the ring-fence.")
    doc.add_heading("7. Consultation timetable", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Stage", "Date")):
        c.text = h
    bold_row(t.rows[0])
    for a, b in D.TIMETABLE:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_heading("8. How to respond", level=2)
    doc.add_paragraph(
        "Please send comments, questions or other proposals in writing to the consultation lead, copied to the HR "
        "Business Partner, by the closing date. You may be accompanied by a staff side representative or a "
        "colleague at any meeting. The Employee Assistance Programme is open to everyone affected.")
    doc.add_heading("9. Contacts", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Role", "Name", "Organisation")):
        c.text = h
    bold_row(t.rows[0])
    for row in D.CONSULT_CONTACTS:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_heading("Addendum 1 (19 December 2016): change to the timetable", level=2)
    p = doc.add_paragraph()
    run = p.add_run(D.ADDENDUM)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    doc.core_properties.author = "STP Programme Director"
    doc.core_properties.title = "PMO organisational change consultation"
    doc.core_properties.created = doc.core_properties.modified = datetime(2016, 12, 19, 9, 0, 0)
    doc.core_properties.last_printed = datetime(2016, 12, 19, 9, 0, 0)
    doc.core_properties.revision = 2
    doc.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 04 RightCare pack and response (PowerPoint)
# ---------------------------------------------------------------------------------------------------------------
def rightcare(path):
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    blank, title_only, title_slide = prs.slide_layouts[6], prs.slide_layouts[5], prs.slide_layouts[0]
    IN = 914400

    def textbox(slide, x, y, w, h, lines, size=14, bold=False, colour=None):
        tb = slide.shapes.add_textbox(Emu(int(x * IN)), Emu(int(y * IN)), Emu(int(w * IN)), Emu(int(h * IN)))
        tf = tb.text_frame
        tf.word_wrap = True
        for k, line in enumerate(lines):
            p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
            p.text = line
            for r in p.runs:
                r.font.size, r.font.bold = Pt(size), bold
                if colour:
                    r.font.color.rgb = RGBColor.from_string(colour)
        return tb

    def titled(title):
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = title
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
        return s

    def fill(cell, hexcol):
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor.from_string(hexcol)

    def set_text(cell, text, size=11, bold=False):
        cell.text = text
        for p in cell.text_frame.paragraphs:
            for r in p.runs:
                r.font.size, r.font.bold = Pt(size), bold

    s = prs.slides.add_slide(title_slide)
    s.shapes.title.text = "NHS RightCare: Where to Look"
    s.placeholders[1].text = ("Tidesworth & Askerby STP footprint: Tidesworth CCG and Askerby & Lunford CCG\n"
                              "Focus pack published January 2017, with the STP response agreed at the Clinical "
                              "Reference Group on 8 February 2017")

    s = titled("How to read this pack")
    textbox(s, 0.6, 1.6, 12, 4.5, [
        "Each CCG is compared with the 10 CCGs most like it in population.",
        "An opportunity is what the CCG would save (spend) or improve (outcomes) if it matched the average of the "
        "best 5 of its 10 similar CCGs.",
        "All money in this pack is in \u00a3000 (thousands of pounds), for 2015/16 spend.",
        "Rows shaded red in the table on the next slide are an opportunity in both CCGs.",
        "A zero means the CCG already spends at or below the best-5 average."], size=18)

    s = titled("Where to look: spend opportunities by programme")
    rows = len(D.RC_OPPS) + 2
    tbl = s.shapes.add_table(rows, 5, Emu(int(0.5 * IN)), Emu(int(1.5 * IN)), Emu(int(12.3 * IN)),
                             Emu(int(0.38 * IN * rows))).table
    for j, h in enumerate(("Programme", "Tidesworth CCG", "Askerby & Lunford CCG", "Footprint",
                           "Outcome opportunity")):
        set_text(tbl.cell(0, j), h, 12, True)
    tot = [0, 0, 0]
    for i, (prog, a, b, outcome) in enumerate(D.RC_OPPS, 1):
        vals = [prog, f"{a:,}", f"{b:,}", f"{a + b:,}", outcome]
        tot = [tot[0] + a, tot[1] + b, tot[2] + a + b]
        for j, v in enumerate(vals):
            set_text(tbl.cell(i, j), v)
            fill(tbl.cell(i, j), "FF7C80" if a and b else "FFFFFF")
    for j, v in enumerate(["Total", f"{tot[0]:,}", f"{tot[1]:,}", f"{tot[2]:,}", ""]):
        set_text(tbl.cell(rows - 1, j), v, 11, True)
    textbox(s, 0.5, 6.6, 12, 0.4, ["Source: NHS RightCare Commissioning for Value. See slide 2 for how to read the "
                                   "figures."], size=10)

    s = titled("Biggest opportunities across the footprint")
    ranked = sorted(D.RC_OPPS, key=lambda r: -(r[1] + r[2]))
    top = max(a + b for _, a, b, _ in D.RC_OPPS)
    # stored out of visual order: the values first (smallest first), then the bars, then the labels (A to Z)
    pos = {prog: 1.5 + k * 0.6 for k, (prog, *_rest) in enumerate(ranked)}
    for prog, a, b, _ in sorted(D.RC_OPPS, key=lambda r: r[1] + r[2]):
        width = 7.5 * (a + b) / top
        textbox(s, 3.2 + width + 0.1, pos[prog], 1.4, 0.45, [f"{a + b:,}"], size=12)
    for prog, a, b, _ in D.RC_OPPS:
        width = 7.5 * (a + b) / top
        bar = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(3.2 * IN)), Emu(int((pos[prog] + 0.05) * IN)),
                                 Emu(int(width * IN)), Emu(int(0.38 * IN)))
        bar.fill.solid()
        bar.fill.fore_color.rgb = RGBColor.from_string("2E75B6")
        bar.line.fill.background()
    for prog, *_rest in sorted(D.RC_OPPS):
        textbox(s, 0.5, pos[prog], 2.6, 0.45, [prog], size=12)

    s = titled("Respiratory: a closer look")
    name1, rate1, name2, rate2, best = D.COPD
    textbox(s, 0.6, 1.6, 12, 4.5, [
        "Emergency admissions for COPD, directly standardised rate per 100,000 population (2015/16):",
        f"{name1}: {rate1}",
        f"{name2}: {rate2}",
        f"Best 5 of similar CCGs (average): {best}",
        "Both CCGs also spend more than their peers on inhalers, with less pulmonary rehabilitation."], size=18)

    s = titled("Our response")
    rows = len(D.RC_RESPONSE) + 1
    tbl = s.shapes.add_table(rows, 5, Emu(int(0.4 * IN)), Emu(int(1.35 * IN)), Emu(int(12.5 * IN)),
                             Emu(int(0.5 * IN * rows))).table
    widths = [2.0, 2.3, 5.5, 0.9, 1.8]
    for j, w in enumerate(widths):
        tbl.columns[j].width = Emu(int(w * IN))
    for j, h in enumerate(("Programme", "STP priority", "What we will do", "Lead", "By when")):
        set_text(tbl.cell(0, j), h, 11, True)
    start = None
    for i, (prog, pri, action, lead, when) in enumerate(D.RC_RESPONSE, 1):
        set_text(tbl.cell(i, 0), prog, 10)
        set_text(tbl.cell(i, 2), action, 10)
        set_text(tbl.cell(i, 3), lead, 10)
        set_text(tbl.cell(i, 4), when, 10)
        if i == 1 or D.RC_RESPONSE[i - 2][1] != pri:
            set_text(tbl.cell(i, 1), pri, 10)
            start = i
        else:
            tbl.cell(start, 1).merge(tbl.cell(i, 1))
    box = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(int(0.4 * IN)), Emu(int(6.45 * IN)), Emu(int(12.5 * IN)),
                             Emu(int(0.42 * IN)))
    box.fill.solid()
    box.fill.fore_color.rgb = RGBColor.from_string("FFF2CC")
    box.text_frame.text = D.RC_UPDATE
    for r in box.text_frame.paragraphs[0].runs:
        r.font.size, r.font.bold = Pt(11), True
        r.font.color.rgb = RGBColor.from_string("C00000")

    s = titled("Contacts")
    tbl = s.shapes.add_table(len(D.RC_CONTACTS) + 1, 3, Emu(int(0.6 * IN)), Emu(int(1.5 * IN)),
                             Emu(int(11.5 * IN)), Emu(int(0.4 * IN * (len(D.RC_CONTACTS) + 1)))).table
    for j, h in enumerate(("Initials", "Name", "Role")):
        set_text(tbl.cell(0, j), h, 12, True)
    for i, row in enumerate(D.RC_CONTACTS, 1):
        for j, v in enumerate(row):
            set_text(tbl.cell(i, j), v, 12)
    textbox(s, 0.6, 5.2, 11.5, 1.0, [f"NHS RightCare Delivery Partner for the footprint: {D.RC_DELIVERY_PARTNER}",
                                     f"NHS RightCare Clinical Lead: {D.RC_CLINICAL_LEAD}"], size=14)

    cp = prs.core_properties
    cp.author, cp.title = "Tidesworth & Askerby STP PMO", "RightCare Where to Look and STP response"
    cp.created = cp.modified = datetime(2017, 2, 10, 9, 0, 0)
    cp.last_modified_by, cp.revision = "STP PMO", 3
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Better Care Fund quarterly return (Excel)
# ---------------------------------------------------------------------------------------------------------------
def bcf(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    head = PatternFill("solid", fgColor="1F3864")
    pale = PatternFill("solid", fgColor="DDEBF7")
    input_fill = PatternFill("solid", fgColor="FFF2CC")
    white = Font(bold=True, color="FFFFFF")
    wrap = Alignment(wrap_text=True, vertical="top")

    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Better Care Fund Template Q3 2016/17"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarterly reporting template: please complete the yellow cells"
    r = 4
    for label, value in D.BCF_COVER:
        ws.cell(r, 1, label).alignment = wrap
        c = ws.cell(r, 2, date(*value) if isinstance(value, tuple) else value)
        c.fill = input_fill
        if isinstance(value, tuple):
            c.number_format = "dd/mm/yyyy"
        r += 1
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 48, 60

    ws = wb.create_sheet("Budget Arrangements")
    ws["A1"] = "Budget Arrangements"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"], ws["B3"] = "Selected Health and Wellbeing Board:", "Tidesworth"
    ws["A5"], ws["B5"] = "Have the funds been pooled via a s.75 pooled budget?", "Yes"
    ws["A6"] = ("If it had not been previously stated that the funds had been pooled can you confirm that they have "
                "now?")
    ws["B6"] = "N/A"
    ws["A7"] = "If the answer to the above is 'No' please indicate when this will happen (DD/MM/YYYY)"
    for cell in ("B5", "B6", "B7"):
        ws[cell].fill = input_fill
    ws.column_dimensions["A"].width = 80

    ws = wb.create_sheet("National Conditions")
    ws["A1"] = "National Conditions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("The BCF Policy Framework for 2016/17 set eight national conditions for access to the Fund. Please "
                "confirm by selecting 'Yes' or 'No' whether these are being met.")
    hdr = ["Ref", "Condition", "Please confirm whether this is being met (Yes/No)",
           "If the answer is 'No' please provide an explanation as to why the condition was not met within the "
           "quarter and how this is being addressed", "If the answer is 'No' please provide an estimated date "
                                                      "when it will be met"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.fill, c.font, c.alignment = head, white, wrap
    dv = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    ws.add_data_validation(dv)
    for i, (ref, cond, met, why, when) in enumerate(D.CONDITIONS, 5):
        ws.cell(i, 1, ref)
        ws.cell(i, 2, cond).alignment = wrap
        c = ws.cell(i, 3, met)
        c.fill = input_fill
        dv.add(c)
        if why:
            ws.cell(i, 4, why).alignment = wrap
        if when:
            c = ws.cell(i, 5, date(*when))
            c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDE", (6, 70, 18, 60, 18)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("I&E")
    ws["A1"] = "Income and Expenditure"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Figures in \u00a3 (whole pounds)"
    ws.merge_cells("C4:G4")
    ws["C4"] = "2016/17"
    ws["C4"].alignment = Alignment(horizontal="center")
    for j, h in enumerate(["", "", "Q1", "Q2", "Q3", "Q4", "Annual total"], 1):
        ws.cell(5, j, h or None)
    for cell in ("C4", *(f"{c}5" for c in "CDEFG")):
        ws[cell].fill, ws[cell].font = head, white
    r = 6
    for section, lines in D.BCF_IE.items():
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.cell(r, 1, section).alignment = Alignment(vertical="center")
        for k, (kind, vals) in enumerate(lines.items()):
            ws.cell(r + k, 2, kind + (" to date" if kind == "Actual" else ""))
            for q, v in enumerate(vals, 3):
                if v is not None:
                    c = ws.cell(r + k, q, v)
                    c.number_format = "\u00a3#,##0"
            total = sum(v for v in vals if v is not None)
            c = ws.cell(r + k, 7, total)
            c.number_format = "\u00a3#,##0"
        r += 3
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 14, 16

    ws = wb.create_sheet("Supporting Metrics")
    ws["A1"] = "Supporting Metrics"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Metric", "2016/17 plan", "Please provide an update on indicative progress against the metric",
           "Commentary on progress"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(3, j, h)
        c.fill, c.font, c.alignment = head, white, wrap
    metrics = [
        ("Non-Elective Admissions (NEA): reduction in non-elective admissions",
         f"{D.NEA['reduction']:,} fewer admissions ({D.NEA['percent']} of the {D.NEA['baseline']:,} baseline)",
         "Not on track to meet target",
         "Admissions in Q3 were 2.1% below Q3 2015/16; Home First started late (see Narrative)."),
        ("Delayed Transfers of Care (delayed days) from hospital per 100,000 population (aged 18+)",
         "2,950 delayed days per 100,000", "Not on track to meet target",
         "Delays rose in December 2016; the joint action plan goes to the Health and Wellbeing Board in March."),
        ("Long-term support needs of older people (aged 65 and over) met by admission to residential and nursing "
         "care homes, per 100,000 population", "610 per 100,000", "On track to meet target", ""),
        ("Proportion of older people (65 and over) who were still at home 91 days after discharge from hospital "
         "into reablement / rehabilitation services", "84.0%", "Data not available to assess progress",
         "Annual measure; reported in Q4."),
    ]
    for i, row in enumerate(metrics, 4):
        for j, v in enumerate(row, 1):
            if v:
                ws.cell(i, j, v).alignment = wrap
    for col, w in zip("ABCD", (60, 30, 28, 60)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Local scheme register")
    ws["A1"] = "Local scheme register (not part of the national return): for the STP Partnership Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Money in \u00a3000. Leads are shown by initials and scheme types by code: see the Key sheet. "
                "Must-dos (MD1 to MD9) are the nine national must-dos of the 2016/17 planning guidance.")
    ws.merge_cells("A4:E4")
    ws["A4"] = "Scheme"
    ws.merge_cells("F4:G4")
    ws["F4"] = "Delivery"
    ws.merge_cells("H4:I4")
    ws["H4"] = "STP link"
    hdr = ["Scheme ID", "Scheme name", "Scheme type", "Lead", "Provider", "2016/17 (\u00a3000)", "Planned go-live",
           "STP priority", "Must-dos supported"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h)
        c.fill, c.font, c.alignment = head, white, wrap
        ws.cell(4, j).fill = pale
    for i, (sid, name, typ, lead, prov, money, golive, pri, mds) in enumerate(D.BCF_SCHEMES, 6):
        vals = [sid, name, typ, lead, prov, money, date(*golive) if isinstance(golive, tuple) else golive, pri,
                "; ".join(f"MD{n}" for n in mds) if mds else "-"]
        for j, v in enumerate(vals, 1):
            c = ws.cell(i, j, v)
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
            if j == 6:
                c.number_format = "#,##0"
    r = 6 + len(D.BCF_SCHEMES)
    ws.cell(r, 1, "Total")
    c = ws.cell(r, 6, sum(s[5] for s in D.BCF_SCHEMES))
    c.number_format = "#,##0"
    for col, w in zip("ABCDEFGHI", (10, 40, 11, 7, 38, 12, 14, 11, 14)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Narrative")
    ws["A1"] = "Narrative"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Please provide any additional information you feel is appropriate to support the return."
    ws["A4"] = "\n\n".join(D.BCF_NARRATIVE)
    ws["A4"].alignment = wrap
    ws.column_dimensions["A"].width = 120
    ws.row_dimensions[4].height = 150

    ws = wb.create_sheet("Key")
    ws["A1"] = "Key to initials"
    ws["A1"].font = Font(bold=True)
    for i, (ini, name, role) in enumerate(D.BCF_KEY, 2):
        ws.cell(i, 1, ini), ws.cell(i, 2, name), ws.cell(i, 3, role)
    r = len(D.BCF_KEY) + 3
    ws.cell(r, 1, "Scheme type codes").font = Font(bold=True)
    for i, (code, text) in enumerate(D.BCF_TYPES, r + 1):
        ws.cell(i, 1, code), ws.cell(i, 2, text)
    for col, w in zip("ABC", (8, 40, 70)):
        ws.column_dimensions[col].width = w

    stamp = datetime(2017, 2, 22, 16, 0, 0)
    wb.properties.creator, wb.properties.lastModifiedBy = "Rhian Bellweather", "Rhian Bellweather"
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.title = "BCF Q3 2016/17 return: Tidesworth"
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 06 Daily system sitrep (plain text)
# ---------------------------------------------------------------------------------------------------------------
def sitrep():
    lines = [
        "TIDESWORTH & ASKERBY URGENT CARE SYSTEM - DAILY SITREP",
        "=" * 62,
        "Date:          Tuesday 03/01/2017",
        "Time issued:   10:05",
        "Issued by:     System Resilience Manager (NK), Tidesworth CCG,",
        "               for the A&E Delivery Board",
        "To:            A&E Delivery Board members; Silver and Gold on-call",
        "               directors; NHS England (North) EPRR",
        "",
        "1. SYSTEM STATUS",
        "",
        "System level:  OPEL 3 (declared 08:50 by LP, Silver on-call, THFT)",
        "",
        f"   {'Organisation':<34}{'Today':<9}Change",
        f"   {'-' * 34}{'-' * 9}{'-' * 18}",
    ]
    lines += [f"   {o:<34}{lvl:<9}{chg}" for o, lvl, chg in D.SITREP_OPEL]
    lines += ["", "2. YESTERDAY (Monday 02/01/2017, bank holiday)", "",
              f"   {'Measure':<40}{'TGH':<20}{'ARI':<17}Footprint",
              f"   {'-' * 40}{'-' * 20}{'-' * 17}{'-' * 9}"]
    lines += [f"   {m:<40}{a:<20}{b:<17}{c}" for m, a, b, c in D.SITREP_YESTERDAY]
    lines += ["",
              "3. DECISIONS FROM THE 09:15 WINTER HUDDLE CALL (chair: NK)",
              "",
              "   D1  Tidesworth General Hospital stays at OPEL 3; review on the",
              "       15:00 call.",
              "   D2  Ward 7b stays open at full capacity; no elective inpatient",
              "       admissions at TGH on 03/01 and 04/01 (decision by LP).",
              "   D3  From Wednesday 04/01/2017 until the end of the winter period,",
              f"       the OPEL 3 system teleconferences move from {D.OPEL3_CALL_TIMES[0]} and "
              f"{D.OPEL3_CALL_TIMES[1]}",
              f"       to {D.NEW_CALL_TIMES[0]} and {D.NEW_CALL_TIMES[1]}, so that the sitrep can be "
              "issued first.",
              "       Agreed with SP as A&E Delivery Board Chair.",
              "   D4  Gold on-call not stood up.",
              "",
              "4. ACTIONS",
              "",
              f"   {'Ref':<6}{'Action':<58}{'Owner':<7}Due",
              f"   {'-' * 6}{'-' * 58}{'-' * 7}{'-' * 16}"]
    for ref, action, owner, due in D.SITREP_ACTIONS:
        words, chunk, out = action.split(), "", []
        for w in words:
            if len(chunk) + len(w) + 1 > 56:
                out.append(chunk)
                chunk = w
            else:
                chunk = (chunk + " " + w).strip()
        out.append(chunk)
        lines.append(f"   {ref:<6}{out[0]:<58}{owner:<7}{due}")
        lines += [f"   {'':<6}{x}" for x in out[1:]]
    lines += ["",
              "5. NEXT SITREP",
              "",
              "   Wednesday 04/01/2017 by 10:30. Returns to NK by 09:45 please.",
              "",
              "KEY TO INITIALS"]
    lines += [f"   {i:<5}{n}, {r}" for i, n, r in D.SITREP_KEY]
    lines += ["", "THFT = Tidesworth Hospitals NHS Foundation Trust; TGH = Tidesworth General Hospital;",
              "ARI = Askerby Royal Infirmary; REAP = Resource Escalation Action Plan (ambulance).", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, stamp: str, when: tuple) -> None:
    """Rewrite an Office file's zip with one fixed entry time and pinned core dates, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), d))
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
    ldr(OUT / D.LDR_FILE)
    opel(OUT / D.OPEL_FILE)
    consultation(OUT / D.CONSULT_FILE)
    fix_zip(OUT / D.CONSULT_FILE, "2016-12-19T09:00:00Z", (2016, 12, 19, 9, 0, 0))
    rightcare(OUT / D.RC_FILE)
    fix_zip(OUT / D.RC_FILE, "2017-02-10T09:00:00Z", (2017, 2, 10, 9, 0, 0))
    bcf(OUT / D.BCF_FILE)
    fix_zip(OUT / D.BCF_FILE, "2017-02-22T16:00:00Z", (2017, 2, 22, 16, 0, 0))
    (OUT / D.SITREP_FILE).write_text(sitrep())
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
