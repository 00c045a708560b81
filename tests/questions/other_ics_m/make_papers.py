"""Make the papers of the thirteenth imaginary ICS: Brackenholme & Sedgecombe (BSICS), plan year 2024/25.

Run with the project's venv:  /work/main/.venv/bin/python make_papers.py
Writes eight real files into papers/ (PDF, DOCX, XLSX, PPTX, CSV, TXT).
Everything here is invented: places, people, programmes, figures and dates.
"""

import copy
import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FIXED = dt.datetime(2025, 1, 10, 9, 0, 0)

# ----------------------------------------------------------------------------------------------- the ICS
PROGRAMMES = [
    # code, name, SRO, clinical lead, programme manager
    ("BS1", "Urgent & Emergency Care", "Craig Enderby", "Dr Amara Nwachukwu", "Jodie Falstead"),
    ("BS2", "Primary & Community Care", "Dr Rhodri Pennant", "Dr Chloe Varga", None),
    ("BS3", "Mental Health, Learning Disability & Autism", "Sunita Ramgoolam", "Dr Tamsin Greatorex", None),
    ("BS4", "Elective Recovery & Cancer", "Victoria Lambkin", "Mr Hugo Castellan", "Marcus Tennant"),
    ("BS5", "Children, Young People & Maternity", "Naomi Fairbairn", "Kerry-Ann Blessington", None),
    ("BS6", "Digital & Data", "Anders Holmgren", None, None),
    ("BS7", "Workforce & Culture", "Deborah Ivory", None, None),
]

MUSTDOS = [
    "1  Deliver the system plan (STP / Joint Forward Plan)",
    "2  Return the system to aggregate financial balance",
    "3  Sustainable general practice and improved access",
    "4  A&E four-hour standard and ambulance response times",
    "5  Referral to treatment: 18 weeks",
    "6  Cancer: 62-day standard",
    "7  Mental health access standards",
    "8  Learning disabilities: Transforming Care",
    "9  Quality: safe staffing and trusts in special measures",
]
# L = lead programme (a Wingdings tick), C = contributes (a Wingdings circle), "" = not addressed
GRID = {
    1: {"BS1": "L", "BS2": "L", "BS3": "L", "BS4": "L", "BS5": "L", "BS6": "L", "BS7": "L"},
    2: {"BS4": "C", "BS6": "C", "BS7": "C"},
    3: {"BS2": "L", "BS6": "C", "BS7": "C"},
    4: {"BS1": "L", "BS2": "C", "BS3": "C"},
    5: {"BS4": "L", "BS6": "C"},
    6: {"BS4": "L", "BS2": "C"},
    7: {"BS3": "L", "BS5": "C"},
    8: {"BS3": "L", "BS5": "C"},
    9: {"BS7": "L", "BS1": "C", "BS5": "C"},
}


# =============================================================================================== PDF 1
def board_paper(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13,
                          alignment=TA_JUSTIFY, leftIndent=14 * mm, bulletIndent=0, spaceAfter=5)
    h = ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, spaceBefore=8,
                       spaceAfter=4, textColor=colors.HexColor("#005EB8"))
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, leftIndent=0, alignment=0)
    cell = ParagraphStyle("c", parent=small, fontSize=9, leading=11)
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=16, alignment=0,
                           textColor=colors.HexColor("#005EB8"))

    def para(num, text):
        return Paragraph(text, body, bulletText=num)

    def header_footer(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.grey)
        if doc.page > 1:
            canv.drawString(20 * mm, 287 * mm, "ICB Board (public)  28.11.24  |  Item 8  |  BSICB/B/24/088")
        canv.drawString(20 * mm, 10 * mm, "Enquiries about Board papers: Tobias Wrenfield, Board Secretary  "
                                          "(tobias.wrenfield@nhs.net)")
        canv.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
        canv.restoreState()

    box = "<font name='ZapfDingbats'>o</font>"
    ticked = "<font name='ZapfDingbats'>n</font>"
    cover_rows = [
        ["Meeting", "Integrated Care Board - meeting in public"],
        ["Date of meeting", "Thursday 28 November 2024"],
        ["Agenda item", "8"],
        ["Report title", "Joint Forward Plan 2024/25: delivery report at Month 7"],
        ["Executive lead", "Leonie Ashgrove, Director of Strategy & Transformation"],
        ["Presented by", "Leonie Ashgrove"],
        ["Author", "Callum Deverill, Head of Portfolio Management Office"],
        ["Purpose", Paragraph(f"{box} Decision &nbsp;&nbsp; {ticked} Assurance &nbsp;&nbsp; {box} Discussion "
                              f"&nbsp;&nbsp; {box} Information", cell)],
        ["Previously considered by", "Strategy & Transformation Committee, 14 November 2024"],
        ["Recommendation", Paragraph("The Board is asked to note the delivery position at Month 7, the two "
                                     "programmes rated red overall, and the interim leadership arrangement "
                                     "for BS3 set out in section 3.", cell)],
    ]
    cover = Table(cover_rows, colWidths=[45 * mm, 120 * mm])
    cover.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#768692")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8EDEE")),
        ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
        ("FONT", (1, 0), (1, -1), "Helvetica", 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))

    G, A, R, X = (colors.HexColor("#00A499"), colors.HexColor("#FFB81C"), colors.HexColor("#DA291C"),
                  colors.HexColor("#BBBBBB"))
    rag = {  # delivery, finance, workforce, overall: colour only in the cells
        "BS1": (R, A, A, R), "BS2": (G, G, A, G), "BS3": (A, G, A, A), "BS4": (R, R, A, R),
        "BS5": (G, G, R, A), "BS6": (A, G, G, A), "BS7": (A, X, A, A),
    }
    t1 = [["Programme", "SRO", "Delivery", "Finance", "Workforce", "Overall"]]
    sro_text = {"BS3": "Sunita Ramgoolam to 30.11.24; Fergus Ballantyne (interim) from 1.12.24"}
    for code, name, sro, *_ in PROGRAMMES:
        t1.append([Paragraph(f"{code} {name}", cell), Paragraph(sro_text.get(code, sro), cell), "", "", "", ""])
    table1 = Table(t1, colWidths=[52 * mm, 50 * mm, 17 * mm, 17 * mm, 19 * mm, 17 * mm], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.white),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
             ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
             ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
             ("BACKGROUND", (0, 1), (1, -1), colors.HexColor("#F0F4F5")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, (code, *_r) in enumerate(PROGRAMMES, 1):
        for j, colour in enumerate(rag[code]):
            style.append(("BACKGROUND", (2 + j, i), (2 + j, i), colour))
    table1.setStyle(TableStyle(style))

    story = [Paragraph("Brackenholme &amp; Sedgecombe Integrated Care Board", title), Spacer(1, 4 * mm),
             Paragraph("Report cover sheet", h), cover, PageBreak()]
    story += [
        Paragraph("Joint Forward Plan 2024/25: delivery report at Month 7 (October 2024)", title),
        Paragraph("1. Purpose", h),
        para("1.1", "This report gives the Board assurance on delivery of the seven programmes of the Joint "
                    "Forward Plan 2024/25 (BS1 to BS7) to the end of Month 7, and asks the Board to note a change "
                    "of leadership in one programme."),
        para("1.2", "It draws on the programme highlight reports received by the Portfolio Management Office on "
                    "6 November 2024 and on the Month 7 finance and workforce returns."),
        Paragraph("2. Summary of delivery", h),
        para("2.1", "Of the 41 milestones due by the end of Month 7, 29 (71%) were delivered on time, 8 are "
                    "delayed with a recovery date agreed and 4 are delayed without one. Table 1 summarises the "
                    "position of each programme."),
        para("2.2", "Two programmes are rated red overall: BS1 Urgent &amp; Emergency Care, where ambulance "
                    "handover times at Brackenholme Royal Infirmary remain well above the 45-minute maximum, and "
                    "BS4 Elective Recovery &amp; Cancer, where 65-week waits will not be eliminated until the "
                    "end of December 2024."),
        Spacer(1, 2 * mm),
        Paragraph("<b>Table 1: programme RAG summary, Month 7</b>", small),
        table1,
        Spacer(1, 1.5 * mm),
        Paragraph("Key to Table 1: the cell colour shows the rating. Green: on track. Amber: at risk, mitigations "
                  "in place. Red: off track, recovery plan required. Grey: not yet assessed.", small),
        Paragraph("3. Leadership changes", h),
        para("3.1", "Sunita Ramgoolam, SRO for BS3 Mental Health, Learning Disability &amp; Autism, begins a "
                    "twelve-month secondment to NHS England on 1 December 2024. The Chief Executive has asked "
                    "Fergus Ballantyne, Director of Mental Health Commissioning, to act as interim SRO for BS3 "
                    "from 1 December 2024 until her return. Dr Tamsin Greatorex continues as clinical lead."),
        para("3.2", "There are no other changes to programme leadership since the Board last met."),
        Paragraph("4. Finance", h),
        para("4.1", "The system financial plan for 2024/25 is a deficit of £42.6m. At Month 7 the system "
                    "reports a year-to-date deficit of £31.2m, which is £4.9m adverse to plan, largely from "
                    "escalation beds at Brackenholme Royal Infirmary and out-of-area mental health placements."),
        Paragraph("5. Workforce", h),
        para("5.1", "The system vacancy rate at Month 7 is 7.9% against a plan of 6.5%. Agency spend is 3.1% of "
                    "the total pay bill, within the 3.2% ceiling."),
        Paragraph("6. Milestones in the next period", h),
        para("6.1", "The Urgent Treatment Centre at Brackenholme Royal Infirmary opens on 2 December 2024, "
                    "with Front Door Plus streaming from the same date."),
        para("6.2", "Wave 2 of the electronic patient record is on track for March 2025; the Sedgecombe "
                    "Community Diagnostic Centre is forecast to go live in February 2025."),
        Paragraph("7. Recommendations", h),
        para("7.1", "The Board is asked to: (a) note the delivery position at Month 7; (b) note that BS1 and BS4 "
                    "are rated red overall and that recovery plans will come to the Strategy &amp; "
                    "Transformation Committee on 12 December 2024; (c) note the interim SRO arrangement for "
                    "BS3 from 1 December 2024."),
        Spacer(1, 4 * mm),
        Paragraph("The next meeting of the Board in public will be held on Thursday 30 January 2025 at "
                  "Brackenholme Town Hall.", small),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="ICB Board 28 November 2024 Item 8",
                            author="BSICB Portfolio Management Office")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)


# =============================================================================================== DOCX helpers
def _docx_fixed(doc, title):
    cp = doc.core_properties
    cp.title, cp.author, cp.created, cp.modified, cp.last_modified_by = title, "BSICB", FIXED, FIXED, "BSICB"
    cp.revision = 1


def _set_cell_shading(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


# =============================================================================================== DOCX 2
def minutes(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    _docx_fixed(d, "ICB Board minutes 26 September 2024")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    d.add_heading("Brackenholme & Sedgecombe Integrated Care Board", level=1)
    p = d.add_paragraph()
    p.add_run("Minutes of the meeting of the Board held in public on Thursday 26 September 2024, 10:00, "
              "at Sedgecombe Civic Centre").bold = True

    d.add_paragraph("Present:")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for name, role in [("Judith Fennimore", "Chair"), ("Nathaniel Okonjo", "Chief Executive"),
                       ("Gareth Mallinder", "Chief Finance Officer"), ("Dr Saoirse Whitlock", "Chief Medical Officer"),
                       ("Hazel Ferrand", "Deputy Chief Nursing Officer (for Bernadette Quigley)"),
                       ("Prof. Alun Treharne", "Non-executive Member (Audit & Risk)"),
                       ("Yasmin Corbally", "Non-executive Member (Quality)"),
                       ("Dr Rhodri Pennant", "Partner Member, primary medical services")]:
        r = t.add_row().cells
        r[0].text, r[1].text = name, role
    d.add_paragraph("In attendance: Leonie Ashgrove (Director of Strategy & Transformation); Craig Enderby "
                    "(Chief Operating Officer, Brackenholme Royal Infirmary NHS FT) for item 24/063; Tobias "
                    "Wrenfield (Board Secretary, minutes).")
    d.add_paragraph("Apologies: Bernadette Quigley (Chief Nursing Officer); Cllr Maureen Dibnah (Partner Member, "
                    "local authorities).")

    def item(ref, title):
        p = d.add_paragraph()
        p.add_run(f"{ref}\t{title}").bold = True

    item("24/060", "Declarations of interest")
    d.add_paragraph("Dr Rhodri Pennant declared an interest in item 24/064 as a partner in a Sedgecombe practice; "
                    "the Chair agreed that he could take part in the discussion but not the decision.")
    item("24/061", "Minutes of the last meeting and matters arising")
    d.add_paragraph("The minutes of the meeting held on 25 July 2024 were approved as a correct record. The "
                    "following matters arising were noted:")
    for text in [
        "Ambulance handovers: the average handover time at Brackenholme Royal Infirmary in August was 47 minutes "
        "against the 45-minute maximum. Craig Enderby will bring the \"release to respond\" plan to the next "
        "meeting.",
        "Virtual wards: occupancy averaged 78% in August across the 120 beds now open.",
        "Front Door Plus: the Board asked for the definition of the service to be added to the Joint Forward "
        "Plan glossary; done in version 1.2.",
        "Elective hub: the second theatre at Sedgecombe Community Hospital remains planned for March 2025.",
    ]:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("All other matters arising were complete or are on the agenda.")
    item("24/062", "Chief Executive's report")
    d.add_paragraph("Nathaniel Okonjo reported that NHS England's Midlands regional team had asked for a revised "
                    "elective recovery trajectory; the letter was expected in October.")
    item("24/063", "Joint Forward Plan 2024/25: Quarter 1 delivery")
    d.add_paragraph("Leonie Ashgrove presented the Quarter 1 delivery report. Wave 1 of the electronic patient "
                    "record went live at Brackenholme Royal Infirmary on 9 September 2024. The Board noted the "
                    "report.")
    item("24/064", "Sedgecombe Community Diagnostic Centre: full business case")
    p = d.add_paragraph("Victoria Lambkin presented the full business case (capital £11.4m). ")
    p.add_run("The Board APPROVED the full business case.").bold = True
    item("24/065", "Any other business")
    d.add_paragraph("None.")

    d.add_paragraph("Action log")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status"]):
        c.text = txt
    for row in [
        ("A24/031", "Release to respond plan for ambulance handovers", "Craig Enderby", "28/11/2024", "Open"),
        ("A24/032", "Add Front Door Plus to the JFP glossary", "Leonie Ashgrove", "26/09/2024", "Closed"),
        ("A24/033", "Report CDC construction progress to Strategy & Transformation Committee", "Victoria Lambkin",
         "12/12/2024", "Open"),
    ]:
        for c, txt in zip(t.add_row().cells, row):
            c.text = txt
    d.add_paragraph("Date of next meeting: Thursday 28 November 2024, 10:00, Kittering Levels Community Hall.")
    d.save(str(path))


# =============================================================================================== DOCX 3
def jfp_summary(path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401  (kept portrait)
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt

    d = docx.Document()
    _docx_fixed(d, "Joint Forward Plan 2024/25 summary v1.2")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Brackenholme & Sedgecombe ICB  |  Joint Forward Plan 2024/25 summary  |  v1.2"
    sec.footer.paragraphs[0].text = "OFFICIAL  |  Approved by the ICB Board on 28 March 2024"

    d.add_paragraph("Joint Forward Plan 2024/25", style="Title")
    d.add_paragraph("Summary for staff and partners - version 1.2, September 2024")

    headings = [
        ("1", "Introduction", 1, "2"), ("2", "Our seven programmes", 1, "2"), ("2.1", "Urgent & Emergency Care (BS1)", 2, "2"),
        ("2.2", "Primary & Community Care (BS2)", 2, "3"), ("2.3", "Mental Health, Learning Disability & Autism (BS3)", 2, "3"),
        ("2.4", "Elective Recovery & Cancer (BS4)", 2, "3"), ("2.5", "Children, Young People & Maternity (BS5)", 2, "4"),
        ("2.6", "Digital & Data (BS6)", 2, "4"), ("2.7", "Workforce & Culture (BS7)", 2, "4"),
        ("3", "Coverage of the national must-dos", 1, "5"), ("4", "Glossary", 1, "6"),
    ]
    # --- a real TOC field with cached, hyperlinked entries (dot leaders, PAGEREF page numbers)
    d.add_paragraph("Contents", style="Heading 1")
    W = nsdecls("w")
    for i, (num, text, lvl, page) in enumerate(headings):
        begin = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" '
                 f'\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(headings) - 1 else ""
        xml = (f'<w:p {W}><w:pPr><w:pStyle w:val="TOC{lvl}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/>'
               f'</w:tabs><w:ind w:left="{(lvl - 1) * 220}"/></w:pPr>{begin}'
               f'<w:hyperlink w:anchor="_Toc{i + 100}" w:history="1"><w:r><w:t xml:space="preserve">{num}</w:t></w:r>'
               f'<w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{text.replace("&", "&amp;")}</w:t></w:r>'
               f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
               f' PAGEREF _Toc{i + 100} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               f'<w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>{end}</w:p>')
        d.element.body.append(parse_xml(xml))
    # move the sectPr back to the end of the body
    body = d.element.body
    body.append(body.sectPr) if body.sectPr is not None else None

    bm = iter(range(100, 200))

    def heading(num, text, level):
        p = d.add_paragraph(style=f"Heading {level}")
        i = next(bm)
        s = OxmlElement("w:bookmarkStart")
        s.set(qn("w:id"), str(i))
        s.set(qn("w:name"), f"_Toc{i}")
        e = OxmlElement("w:bookmarkEnd")
        e.set(qn("w:id"), str(i))
        p._p.append(s)
        p.add_run(f"{num}\t{text}")
        p._p.append(e)

    heading("1", "Introduction", 1)
    d.add_paragraph("This summary sets out what the Brackenholme & Sedgecombe Integrated Care System will deliver "
                    "in 2024/25, the second year of our five-year Joint Forward Plan. The plan year runs from "
                    "1 April 2024 to 31 March 2025; Quarter 1 is April to June 2024 and Quarter 4 is January to "
                    "March 2025. The full plan was approved by the ICB Board on 28 March 2024.")
    heading("2", "Our seven programmes", 1)
    d.add_paragraph("Each programme has a Senior Responsible Officer (SRO) accountable to the ICB Board through "
                    "the Strategy & Transformation Committee.")
    texts = {
        "BS1": "Craig Enderby, Chief Operating Officer of Brackenholme Royal Infirmary NHS Foundation Trust, is "
               "SRO, with Dr Amara Nwachukwu, consultant in emergency medicine, as clinical lead. The programme "
               "opens an Urgent Treatment Centre at Brackenholme Royal Infirmary, extends same day emergency care "
               "and grows virtual wards from 120 to 160 beds.",
        "BS2": "Dr Rhodri Pennant leads the programme; Dr Chloe Varga is clinical lead. Team Around the Practice "
               "goes live in all 19 primary care networks, with same-day access hubs in each place.",
        "BS3": "Sunita Ramgoolam is SRO and Dr Tamsin Greatorex clinical lead. The programme opens a crisis house "
               "in Sedgecombe, brings out-of-area placements home and raises annual health checks for people with "
               "a learning disability to 75%.",
        "BS4": "Victoria Lambkin is SRO. Mr Hugo Castellan, consultant surgeon, is clinical lead for elective care. "
               "The Sedgecombe Community Diagnostic Centre and a second elective theatre at Sedgecombe Community "
               "Hospital open this year.",
        "BS5": "Naomi Fairbairn is SRO, with Kerry-Ann Blessington, Director of Midwifery, as professional lead. "
               "Family hubs open in all three places.",
        "BS6": "Anders Holmgren, Chief Digital and Information Officer, is SRO, and Dr Pippa Lowther is our Chief "
               "Clinical Information Officer (CCIO). The new electronic patient record (EPR) goes live in two "
               "waves: wave 1 at Brackenholme Royal Infirmary on 9 September 2024, and wave 2 at Sedgecombe "
               "Community Hospital and community services in March 2025.",
        "BS7": "Deborah Ivory, Chief People Officer, is SRO. The programme brings in a third cohort of "
               "internationally educated nurses and cuts agency spend.",
    }
    for (num, text, lvl, _), (code, *_r) in zip(headings[2:9], PROGRAMMES):
        heading(num, text, 2)
        d.add_paragraph(texts[code])

    heading("3", "Coverage of the national must-dos", 1)
    d.add_paragraph("Table 3 shows which programme leads on each of the nine national must-dos and which "
                    "programmes contribute.")
    codes = [p[0] for p in PROGRAMMES]
    t = d.add_table(rows=1, cols=1 + len(codes))
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "National must-do"
    for c, code in zip(t.rows[0].cells[1:], codes):
        c.text = code
        _set_cell_shading(c, "D9E2F3")

    def sym(cell, char):
        p = cell.paragraphs[0]
        r = OxmlElement("w:r")
        s = OxmlElement("w:sym")
        s.set(qn("w:font"), "Wingdings")
        s.set(qn("w:char"), char)
        r.append(s)
        p._p.append(r)

    for n, label in enumerate(MUSTDOS, 1):
        row = t.add_row().cells
        row[0].text = label
        for c, code in zip(row[1:], codes):
            mark = GRID[n].get(code, "")
            if mark == "L":
                sym(c, "F0FC")
            elif mark == "C":
                sym(c, "F0A1")
    p = d.add_paragraph("Key: ")
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), "Wingdings")
    s.set(qn("w:char"), "F0FC")
    r.append(s)
    p._p.append(r)
    p.add_run(" lead programme;  ")
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), "Wingdings")
    s.set(qn("w:char"), "F0A1")
    r.append(s)
    p._p.append(r)
    p.add_run(" contributing programme;  blank: the programme does not address this must-do.")

    heading("4", "Glossary", 1)
    g = d.add_table(rows=0, cols=2)
    _no_borders(g)
    for term, meaning in [
        ("Front Door Plus", "Senior GP streaming at the front door of the emergency department at Brackenholme "
                            "Royal Infirmary: walk-in patients are assessed on arrival and sent to the Urgent "
                            "Treatment Centre, their own practice, a pharmacist or ED."),
        ("Release to respond", "The rule that an ambulance crew is released within 45 minutes of arrival, with "
                               "the patient handed over to ED staff whether or not a cubicle is free."),
        ("Place", "One of our three local areas: Brackenholme City, Sedgecombe and Kittering Levels."),
        ("Team Around the Practice (TAP)", "See the staff FAQ."),
        ("Virtual ward", "Hospital-level care at home, with remote monitoring, for up to 14 days."),
    ]:
        r = g.add_row().cells
        r[0].paragraphs[0].add_run(term).bold = True
        r[1].text = meaning
    d.save(str(path))


# =============================================================================================== XLSX 4
def risk_workbook(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    for r, txt in enumerate([
        "Brackenholme & Sedgecombe ICB: programme risk register and investment 2024/25",
        "Owner: Callum Deverill, Head of Portfolio Management Office. Last updated 8 November 2024.",
        "Risk scores are likelihood x impact (1-5 each); the scoring key is on the 'Scoring key' sheet.",
        "Investment figures are held in pounds and displayed in £ millions.",
    ], 1):
        ws.cell(r, 1, txt)
    ws["A1"].font = Font(bold=True, size=13)

    rr = wb.create_sheet("Risk register")
    rr["A1"] = "Programme risk register 2024/25"
    rr["A1"].font = Font(bold=True, size=13)
    heads = ["Risk ID", "Programme", "Risk description", "Risk owner", "Likelihood (L)", "Impact (I)",
             "Current score", "Key controls", "Target L", "Target I", "Target score", "Last reviewed"]
    for c, hd in enumerate(heads, 1):
        rr.cell(3, c, hd).font = Font(bold=True, color="FFFFFF")
    risks = [
        ("R01", "BS1", "Ambulance handover delays at Brackenholme Royal Infirmary exceed 60 minutes at peak times, "
                       "delaying response to category 2 calls", "Craig Enderby", 5, 4,
         "Release to respond; Front Door Plus; virtual wards", 3, 3, dt.date(2024, 11, 4)),
        ("R02", "BS1", "Not enough GPs recruited to staff the Urgent Treatment Centre 24/7", "Dr Amara Nwachukwu",
         3, 4, "Rota shared with out-of-hours provider", 2, 3, dt.date(2024, 10, 21)),
        ("R03", "BS2", "GP retirements in Kittering Levels leave practices unable to offer same-day access",
         "Dr Rhodri Pennant", 4, 4, "Team Around the Practice; GP retention scheme", 3, 3, dt.date(2024, 10, 30)),
        ("R04", "BS3", "Out-of-area mental health placements remain above plan", "Fergus Ballantyne", 4, 3,
         "Crisis house; bed management hub", 2, 3, dt.date(2024, 11, 1)),
        ("R05", "BS4", "Construction delay to the Sedgecombe Community Diagnostic Centre", "Victoria Lambkin", 3, 4,
         "Fixed-price contract; monthly site meetings", 2, 3, dt.date(2024, 11, 5)),
        ("R06", "BS4", "65-week waits not eliminated in 2024/25", "Marcus Tennant", 4, 4,
         "Validation; independent sector capacity", 2, 4, dt.date(2024, 11, 5)),
        ("R07", "BS6", "Cyber security incident takes the electronic patient record offline", "Anders Holmgren",
         3, 5, "Cyber Essentials Plus; downtime procedures tested", 2, 5, dt.date(2024, 10, 15)),
        ("R08", "BS7", "International recruitment pipeline slows after visa rule changes", "Deborah Ivory", 3, 3,
         "Second recruitment partner", 2, 3, dt.date(2024, 10, 15)),
        ("R09", "BS5", "Midwifery staffing at Kittering Levels birth centre below safe levels", "Naomi Fairbairn",
         3, 4, "Escalation policy; bank incentives", 2, 4, dt.date(2024, 11, 6)),
        ("R10", "All", "System deficit plan of £42.6m not delivered", "Gareth Mallinder", 4, 4,
         "Grip and control; vacancy panels", 3, 4, dt.date(2024, 11, 7)),
    ]
    for i, (rid, prog, desc, owner, lk, im, ctl, tl, ti, when) in enumerate(risks, 4):
        rr.cell(i, 1, rid)
        rr.cell(i, 2, prog)
        rr.cell(i, 3, desc).alignment = Alignment(wrap_text=True, vertical="top")
        rr.cell(i, 4, owner)
        rr.cell(i, 5, lk)
        rr.cell(i, 6, im)
        rr.cell(i, 7, "=tblRisks[[#This Row],[Likelihood (L)]]*tblRisks[[#This Row],[Impact (I)]]")
        rr.cell(i, 8, ctl).alignment = Alignment(wrap_text=True, vertical="top")
        rr.cell(i, 9, tl)
        rr.cell(i, 10, ti)
        rr.cell(i, 11, "=tblRisks[[#This Row],[Target L]]*tblRisks[[#This Row],[Target I]]")
        rr.cell(i, 12, when).number_format = "dd/mm/yyyy"
    last = 3 + len(risks)
    tab = Table(displayName="tblRisks", ref=f"A3:L{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    rr.add_table(tab)
    for col, w in zip("ABCDEFGHIJKL", [8, 10, 55, 20, 12, 10, 12, 40, 9, 9, 12, 13]):
        rr.column_dimensions[col].width = w
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5")
    rr.add_data_validation(dv)
    dv.add(f"E4:F{last}")
    red = PatternFill("solid", fgColor="F4CCCC")
    amber = PatternFill("solid", fgColor="FCE5CD")
    rr.conditional_formatting.add(f"G4:G{last}", CellIsRule(operator="greaterThanOrEqual", formula=["15"], fill=red))
    rr.conditional_formatting.add(f"G4:G{last}", CellIsRule(operator="between", formula=["8", "14"], fill=amber))
    rr.freeze_panes = "C4"

    key = wb.create_sheet("Scoring key")
    key["A1"] = "Impact (down) x likelihood (across)"
    for l in range(1, 6):
        key.cell(2, 1 + l, l)
        key.cell(2 + l, 1, l)
        for i in range(1, 6):
            key.cell(2 + i, 1 + l, f"={key.cell(2, 1 + l).coordinate}*{key.cell(2 + i, 1).coordinate}")
    key["A9"] = "1-4 low; 5-12 moderate; 15-25 high (escalate to the Board)"

    inv = wb.create_sheet("Investment 2024-25")
    inv["A1"] = "Transformation investment by programme, 2024/25"
    inv["A1"].font = Font(bold=True, size=13)
    for c, hd in enumerate(["Programme", "Allocation 2024/25", "of which recurrent", "of which non-recurrent"], 1):
        inv.cell(3, c, hd).font = Font(bold=True)
    alloc = {"BS1": (12_400_000, 7_150_000), "BS2": (6_350_000, 5_900_000), "BS3": (9_200_000, 8_600_000),
             "BS4": (11_900_000, 4_300_000), "BS5": (3_050_000, 2_600_000), "BS6": (5_800_000, 1_450_000),
             "BS7": (2_750_000, 900_000)}
    fmt = '£#,##0.0,,"m"'
    for i, (code, name, *_r) in enumerate(PROGRAMMES, 4):
        total, rec = alloc[code]
        inv.cell(i, 1, f"{code} {name}")
        inv.cell(i, 2, total).number_format = fmt
        inv.cell(i, 3, rec).number_format = fmt
        inv.cell(i, 4, f"=B{i}-C{i}").number_format = fmt
    t = 4 + len(PROGRAMMES)
    inv.cell(t, 1, "Total").font = Font(bold=True)
    for c in "BCD":
        inv[f"{c}{t}"] = f"=SUM({c}4:{c}{t - 1})"
        inv[f"{c}{t}"].number_format = fmt
    inv.column_dimensions["A"].width = 46
    for c in "BCD":
        inv.column_dimensions[c].width = 20
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(str(path))


# =============================================================================================== PPTX 5
def programme_on_a_page(path: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    prs.core_properties.created = FIXED
    prs.core_properties.modified = FIXED
    prs.core_properties.title = "Programmes on a page Q2 2024/25"

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Programmes on a page"
    s.placeholders[1].text = ("Joint Forward Plan 2024/25 - position at the end of Quarter 2 (October 2024)\n"
                              "Brackenholme & Sedgecombe ICB Portfolio Management Office")

    quarters = ["Q1 Apr-Jun 24", "Q2 Jul-Sep 24", "Q3 Oct-Dec 24", "Q4 Jan-Mar 25"]
    pages = {
        "BS1": ("SRO: Craig Enderby  |  Clinical lead: Dr Amara Nwachukwu  |  Programme manager: Jodie Falstead", [
            ("Urgent treatment centres", ["Business case approved", "Estates works", "UTC at BRI opens 2 Dec", ""]),
            ("Same day emergency care", ["", "SDEC open 7 days (Jul)", "Frailty SDEC opens 4 Nov", ""]),
            ("Virtual wards", ["120 beds open", "", "", "160 beds open; 80% occupancy"]),
            ("Ambulance handover", ["", "", "Release to respond agreed", "Release to respond at all sites"]),
        ], "Key measures: 4-hour performance 71.4% (target 78%); average handover 47 min (max 45)."),
        "BS2": ("SRO: Dr Rhodri Pennant  |  Clinical lead: Dr Chloe Varga", [
            ("Team Around the Practice", ["6 PCNs live", "11 PCNs live", "15 PCNs live", "All 19 PCNs live"]),
            ("Same-day access hubs", ["", "Brackenholme City hub open", "Sedgecombe hub open 1 Oct", "Kittering Levels hub (Mar)"]),
        ], "Key measures: 118 practices; appointments per 1,000 patients 412 a month."),
        "BS3": ("SRO: Sunita Ramgoolam  |  Clinical lead: Dr Tamsin Greatorex", [
            ("Crisis alternatives", ["NHS 111 option 2 live 3 Jun", "", "", "Crisis house opens (Mar)"]),
            ("Out-of-area placements", ["Bed management hub", "", "Under 10 placements", ""]),
            ("Learning disability health checks", ["", "60%", "", "75%"]),
        ], "Key measures: out-of-area placements 14 (plan 10)."),
        "BS4": ("SRO: Victoria Lambkin  |  Clinical lead: Mr Hugo Castellan  |  Programme manager: Marcus Tennant", [
            ("Diagnostics", ["CDC business case", "FBC approved 26 Sep", "Construction", "CDC go-live (Feb)"]),
            ("Elective hub", ["", "", "", "2nd theatre opens (Mar)"]),
            ("Cancer", ["", "", "", "Teledermatology in all PCNs (Feb)"]),
        ], "Key measures: 65-week waits 212 (plan 0)."),
        "BS5": ("SRO: Naomi Fairbairn  |  Professional lead: Kerry-Ann Blessington (Director of Midwifery)", [
            ("Family hubs", ["Brackenholme City hub", "", "Sedgecombe hub", "Family hubs live in all 3 places (Jan 25)"]),
            ("Perinatal mental health", ["", "", "Service to 24 months after birth (Oct)", ""]),
        ], "Key measures: continuity of carer 38% of women booked."),
        "BS6": ("SRO: Anders Holmgren  |  CCIO: Dr Pippa Lowther", [
            ("Electronic patient record", ["Training", "Wave 1 BRI go-live 9 Sep", "Optimisation", "Wave 2 go-live (Mar)"]),
            ("Shared care record", ["", "Social care data added", "", "Care homes connected"]),
        ], "Key measures: 2,140 staff trained on the EPR."),
        "BS7": ("SRO: Deborah Ivory", [
            ("International recruitment", ["Cohort 2 (42 nurses)", "", "", "Cohort 3 arrives w/c 13 Jan"]),
            ("Agency spend", ["", "Agency ceiling 3.2%", "", "Off-framework agency ended"]),
        ], "Key measures: vacancy rate 7.9%; agency 3.1% of pay bill."),
    }
    blank = prs.slide_layouts[5]  # title only
    for code, name, *_r in PROGRAMMES:
        strip, rows, measures = pages[code]
        sl = prs.slides.add_slide(blank)
        sl.shapes.title.text = f"{code} {name}"
        sl.shapes.title.text_frame.paragraphs[0].font.size = Pt(28)
        tb = sl.shapes.add_textbox(Emu(457200), Emu(1280000), Emu(11277600), Emu(400000))
        tb.text_frame.text = strip
        tb.text_frame.paragraphs[0].font.size = Pt(13)
        tb.fill.solid()
        tb.fill.fore_color.rgb = RGBColor(0xE8, 0xED, 0xEE)
        gt = sl.shapes.add_table(len(rows) + 1, 5, Emu(457200), Emu(1780000), Emu(11277600), Emu(3400000)).table
        gt.columns[0].width = Emu(2677600)
        for j in range(1, 5):
            gt.columns[j].width = Emu(2150000)
        for j, hd in enumerate(["Workstream"] + quarters):
            gt.cell(0, j).text = hd
        for i, (ws, cells) in enumerate(rows, 1):
            gt.cell(i, 0).text = ws
            for j, txt in enumerate(cells, 1):
                gt.cell(i, j).text = txt
        for r in gt.rows:
            for c in r.cells:
                for p in c.text_frame.paragraphs:
                    p.font.size = Pt(12)
        mb = sl.shapes.add_textbox(Emu(457200), Emu(5400000), Emu(11277600), Emu(500000))
        mb.text_frame.text = measures
        mb.text_frame.paragraphs[0].font.size = Pt(12)
        if code == "BS1":
            sl.notes_slide.notes_text_frame.text = ("Dates in the quarter columns are planned dates. The UTC "
                                                    "opening was confirmed by the UEC Board on 27 September.")
    prs.save(str(path))


# =============================================================================================== PDF 6
def regional_letter(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Frame, PageTemplate, BaseDocTemplate, Paragraph, Spacer

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)

    def letterhead(canv, doc):
        canv.saveState()
        if doc.page == 1:
            canv.setFillColor(colors.HexColor("#005EB8"))
            canv.rect(150 * mm, 272 * mm, 40 * mm, 14 * mm, fill=1, stroke=0)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 20)
            canv.drawString(156 * mm, 276 * mm, "NHS")
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica-Bold", 10)
            canv.drawString(130 * mm, 264 * mm, "NHS England - Midlands")
            canv.setFont("Helvetica", 9)
            for i, ln in enumerate(["Regional Office", "Cardinal Square", "10 Nottingham Road", "Derby", "DE1 3QT",
                                    "", "Our ref: HM/BSICB/24-117", "14 October 2024"]):
                canv.drawString(130 * mm, (259 - 4.5 * i) * mm, ln)
            for i, ln in enumerate(["Nathaniel Okonjo", "Chief Executive",
                                    "Brackenholme & Sedgecombe Integrated Care Board", "Wolds House",
                                    "Sedgecombe", "SG4 2RT"]):
                canv.drawString(20 * mm, (250 - 4.5 * i) * mm, ln)
            canv.setFont("Helvetica", 7.5)
            canv.drawString(20 * mm, 12 * mm, "Sent by email")
        else:
            canv.setFont("Helvetica", 8)
            canv.drawString(20 * mm, 285 * mm, "Our ref: HM/BSICB/24-117")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="Letter to BSICB 14 October 2024", author="NHS England")
    f1 = Frame(20 * mm, 20 * mm, 170 * mm, 200 * mm, id="f1")
    f2 = Frame(20 * mm, 20 * mm, 170 * mm, 258 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=letterhead)])
    P = lambda t: Paragraph(t, body)  # noqa: E731
    story = [
        P("Dear Nathaniel,"),
        P("<b>Urgent and emergency care and elective recovery: 2024/25 assurance</b>"),
        P("Thank you for the system's submission of 30 September and for the constructive discussion with your "
          "team on 8 October. I am writing to confirm the outcome of our review."),
        P("I am pleased to confirm an allocation of £3.75 million of national urgent and emergency care capital "
          "towards the Urgent Treatment Centre at Brackenholme Royal Infirmary. The funding is conditional on the "
          "centre opening by 31 December 2024 and on the system reporting handover times weekly through the "
          "regional UEC cell."),
        P("We are not yet assured by the elective recovery trajectory. It shows 65-week waits continuing until "
          "the end of December 2024, and it does not set out how the independent sector capacity you describe will "
          "be used. Please resubmit a revised trajectory, signed off by your Chief Executive and Chief Finance "
          "Officer, by 15 November 2024."),
        P("We also note that your own coverage table does not show a programme leading on the return to "
          "financial balance. We would expect the revised financial recovery plan to say who is accountable for "
          "this."),
        P("Your next quarterly system review meeting with the regional team will take place on 9 December 2024. "
          "My office will be in touch to arrange it."),
        P("I would like to thank you and your teams for the work so far, and particularly for the early go-live "
          "of the first wave of the electronic patient record."),
        Spacer(1, 6 * mm),
        P("Yours sincerely,"),
        Spacer(1, 10 * mm),
        Paragraph("<font name='Times-Italic' size='16'>H. Marchetti</font>", body),
        P("<b>Helena Marchetti</b><br/>Regional Director, NHS England - Midlands"),
        Spacer(1, 6 * mm),
        P("cc: Judith Fennimore, Chair, Brackenholme &amp; Sedgecombe ICB<br/>"
          "Gareth Mallinder, Chief Finance Officer, Brackenholme &amp; Sedgecombe ICB<br/>"
          "Regional Director of Performance and Improvement, NHS England - Midlands"),
    ]
    doc.build(story)


# =============================================================================================== CSV 7
def pmo_export(path: Path) -> None:
    import csv
    import io

    rows = [
        ("BS1", "BS1-M01", "UTC at Brackenholme Royal Infirmary opens", "24/7 GP-led urgent treatment centre\nco-located with ED; Front Door Plus from day one",
         "craig.enderby@nhs.net", "2024-12-02", "2024-12-02", "Complete"),
        ("BS1", "BS1-M02", "Frailty SDEC opens at BRI", "Same day emergency care for frail older people",
         "amara.nwachukwu1@nhs.net", "2024-11-04", "2024-11-04", "Complete"),
        ("BS1", "BS1-M03", "Winter plan signed off by UEC Board", "", "jodie.falstead@nhs.net", "2024-09-27",
         "2024-09-27", "Complete"),
        ("BS1", "BS1-M04", "Release to respond in place at all sites", "45-minute maximum handover",
         "craig.enderby@nhs.net", "2025-01-31", "2025-02-28", "Delayed"),
        ("BS1", "BS1-M05", "Virtual wards: 160 beds open", "", "jodie.falstead@nhs.net", "2025-03-31", "2025-03-31",
         "On track"),
        ("BS2", "BS2-M01", "Team Around the Practice live in all 19 PCNs", "", "chloe.varga@nhs.net", "2025-03-31",
         "2025-03-31", "On track"),
        ("BS2", "BS2-M02", "Sedgecombe same-day access hub opens", "", "rhodri.pennant@nhs.net", "2024-10-01",
         "2024-10-01", "Complete"),
        ("BS3", "BS3-M01", "NHS 111 option 2 for mental health live", "", "fergus.ballantyne@nhs.net", "2024-06-03",
         "2024-06-03", "Complete"),
        ("BS3", "BS3-M02", "Crisis house at Sedgecombe opens", "Six-bed crisis house run with\nSedgecombe Mind",
         "fergus.ballantyne@nhs.net", "2025-03-03", "2025-03-03", "On track"),
        ("BS3", "BS3-M03", "LD annual health checks at 75%", "", "tamsin.greatorex@nhs.net", "2025-03-31",
         "2025-03-31", "At risk"),
        ("BS4", "BS4-M01", "Sedgecombe Community Diagnostic Centre go-live", "CT, MRI, endoscopy and phlebotomy",
         "victoria.lambkin@nhs.net", "2025-02-17", "2025-02-17", "On track"),
        ("BS4", "BS4-M02", "Teledermatology in all 19 PCNs", "Two-week-wait skin referrals with images",
         "hugo.castellan@nhs.net", "2025-02-28", "2025-02-28", "On track"),
        ("BS4", "BS4-M03", "65-week waits eliminated", "", "marcus.tennant@nhs.net", "2024-09-30", "2024-12-31",
         "Delayed"),
        ("BS4", "BS4-M04", "Second elective theatre at Sedgecombe Community Hospital", "",
         "marcus.tennant@nhs.net", "2025-03-24", "2025-03-24", "On track"),
        ("BS5", "BS5-M01", "Family hubs live in all three places", "", "naomi.fairbairn@nhs.net", "2025-01-31",
         "2025-01-31", "On track"),
        ("BS6", "BS6-M01", "EPR wave 1 go-live (BRI)", "", "anders.holmgren@nhs.net", "2024-09-09", "2024-09-09",
         "Complete"),
        ("BS6", "BS6-M02", "EPR wave 2 go-live (Sedgecombe and community)", "", "anders.holmgren@nhs.net",
         "2025-03-17", "2025-03-17", "On track"),
        ("BS7", "BS7-M01", "International nurse recruitment cohort 3 arrives", "38 nurses",
         "deborah.ivory@nhs.net", "2025-01-13", "2025-01-13", "On track"),
    ]
    buf = io.StringIO()
    buf.write("PMO Hub export;Milestones;Brackenholme & Sedgecombe ICB\n")
    buf.write("Exported;2025-01-10 09:14;by c.deverill\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["Programme", "Milestone ID", "Milestone", "Description", "Owner", "Baseline date", "Forecast date",
                "Status"])
    for r in rows:
        w.writerow(r)
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================================================== TXT 8
FAQ = """\
OUR PLAN FOR 2024/25: QUESTIONS AND ANSWERS FOR STAFF
=====================================================

Brackenholme & Sedgecombe Integrated Care System
Intranet page export, updated 2 October 2024


About the system
----------------

Q.  What area does the ICS cover?
A.  We serve a registered population of 1,046,300 people across three
    places: Brackenholme City, Sedgecombe, and Kittering Levels (the
    rural and coastal district south of the Sedge estuary). There are
    118 GP practices working in 19 primary care networks (PCNs).

Q.  Who are the partners?
A.  NHS Brackenholme & Sedgecombe ICB; Brackenholme Royal Infirmary NHS
    Foundation Trust (BRI); Sedge Valley Community & Mental Health NHS
    Trust; Wolds Ambulance Service NHS Trust; Brackenholme City Council;
    Sedgecombe & Kittering County Council; and the voluntary sector
    through Sedge Voluntary Action.

Q.  Who chairs the Integrated Care Partnership?
A.  The Integrated Care Partnership (ICP) is chaired by Cllr Maureen
    Dibnah, leader of Sedgecombe & Kittering County Council. The ICB
    Board is a separate body with its own chair.


Words you will hear
-------------------

Q.  What is "Team Around the Practice"?
A.  Team Around the Practice (TAP) is our name for the group of
    community nurses, social prescribers, clinical pharmacists and a
    named social worker who work with each practice's patients at
    highest risk of admission, meeting once a week as one team.

Q.  What is a "place"?
A.  One of our three local areas (see above). Each place has a place
    director and a place partnership board.

Q.  And "Front Door Plus"?
A.  See the glossary in the Joint Forward Plan summary (version 1.2).


Getting involved
----------------

Q.  How do I raise an idea or a concern about the plan?
A.  Email the Portfolio Management Office at bsicb.pmo@nhs.net, or speak
    to your programme's SRO. Programme leads are listed on the
    "Programmes on a page" slides.

Q.  When is the plan refreshed?
A.  The plan is refreshed every spring. Each draft goes to the
    Strategy & Transformation Committee before the ICB Board.
"""


def faq(path: Path) -> None:
    path.write_text(FAQ, encoding="utf-8")


def fix_zip_times(path: Path) -> None:
    """Rewrite an Office file's zip entries with a fixed timestamp, so the papers are repeatable byte for byte."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                import re

                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-10T09:00:00Z\2",
                              data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 10, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    OUT.mkdir(exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    board_paper(OUT / "01_ICB_Board_2024-11-28_Item08_JFP_Delivery_Report.pdf")
    minutes(OUT / "02_ICB_Board_Minutes_2024-09-26.docx")
    jfp_summary(OUT / "03_Joint_Forward_Plan_2024-25_Summary_v1.2.docx")
    risk_workbook(OUT / "04_Risk_Register_and_Investment_2024-25.xlsx")
    programme_on_a_page(OUT / "05_Programmes_on_a_Page_Q2_2024-25.pptx")
    regional_letter(OUT / "06_NHSE_Midlands_letter_2024-10-14.pdf")
    pmo_export(OUT / "07_PMO_Hub_Milestones_export_2025-01-10.csv")
    faq(OUT / "08_Staff_FAQ_Our_Plan_2024-25.txt")
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".docx", ".xlsx", ".pptx"):
            fix_zip_times(p)
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
