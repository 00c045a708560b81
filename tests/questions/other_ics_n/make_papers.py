"""Make the papers of the fourteenth imaginary ICS: Hollinsmoor & Tiverbank (HTICS), plan year 2025/26.

Run with the project's venv:  /work/main/.venv/bin/python make_papers.py
Writes eight real files into papers/ (PDF, DOCX, XLSX, PPTX, TXT).
Everything here is invented: places, people, programmes, figures and dates.
"""

import datetime as dt
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FIXED = dt.datetime(2025, 11, 21, 9, 0, 0)

# ----------------------------------------------------------------------------------------------- the ICS
PROGRAMMES = [
    ("HT01", "Urgent & Emergency Care"),
    ("HT02", "Primary Care & Neighbourhood Health"),
    ("HT03", "Mental Health, Learning Disability & Autism"),
    ("HT04", "Planned Care & Diagnostics"),
    ("HT05", "Cancer"),
    ("HT06", "Children, Young People & Maternity"),   # "Best Start in Life" until 30 September 2025
    ("HT07", "Digital & Population Health"),
    ("HT08", "People & Workforce"),
]
OLD_HT06 = "Best Start in Life"

MUSTDOS = [
    "Deliver the system plan (STP / Joint Forward Plan)",
    "Return the system to aggregate financial balance",
    "Sustainable general practice and improved access",
    "A&E four-hour standard and ambulance response times",
    "Referral to treatment: 18 weeks",
    "Cancer: 62-day standard",
    "Mental health access standards",
    "Learning disabilities: Transforming Care",
    "Quality: safe staffing and trusts in special measures",
]
# rows = programmes, columns = must-do numbers; L = lead, C = contributes, "C1" = contributes, footnote 1
GRID = {
    "HT01": {1: "L", 4: "L", 9: "C"},
    "HT02": {1: "L", 3: "L", 4: "C"},
    "HT03": {1: "L", 4: "C", 7: "L", 8: "L"},
    "HT04": {1: "L", 2: "L", 5: "L", 6: "C"},
    "HT05": {1: "L", 5: "C1", 6: "L"},
    "HT06": {1: "L", 7: "C", 8: "C", 9: "C"},
    "HT07": {1: "L", 2: "C", 3: "C", 6: "C"},
    "HT08": {1: "L", 2: "C", 9: "C"},
}

# Milestone plan (the spreadsheet print). ref, programme as the sheet still shows it, milestone, due as written,
# RAG, owner, latest update.
MILESTONES = [
    ("HT01.01", "HT01 UEC", "Winter plan signed off by System Transformation Board", "11.09.25", "C",
     "Jasper Lindley", "Signed off 11/09."),
    ("HT01.02", "HT01 UEC", "SDEC at HGH open until 22:00, seven days a week", "w/e 14.11.25", "G",
     "Dr Idris Okafor", "Rota agreed; on track."),
    ("HT01.03", "HT01 UEC", "Tiverbank Urgent Treatment Centre opens", "01.12.25", "A",
     "Bethany Crowther", "Rota 80% filled; agency cover booked for December."),
    ("HT01.04", "HT01 UEC", "Discharge-to-assess beds reduced from 58 to 40", "end Q3", "R",
     "Dr Tomasz Wierzbicki", "Off track (52 beds). Revised trajectory due 04/12 for STB 11/12."),
    ("HT01.05", "HT01 UEC", "Ambulance handovers within 45 minutes at HGH", "Mar-26", "A",
     "Bethany Crowther", "Average 51 minutes in October."),
    ("HT02.01", "HT02 Primary Care & NH", "Neighbourhood health teams live in all 14 neighbourhoods", "by the spring",
     "G", "Dr Marguerite Salter", "9 of 14 live."),
    ("HT02.02", "HT02 Primary Care & NH", "Cloud telephony live in all 96 practices", "w/e 16.01.26", "G",
     "Ffion Rees-Harding", "81 practices switched."),
    ("HT02.03", "HT02 Primary Care & NH", "Same-day access hub opens, Upper Tiver Dales", "26.01.26", "A",
     "Dr Kwame Asante", "Lease signed; recruitment of two ANPs outstanding."),
    ("HT02.04", "HT02 Primary Care & NH", "Care Home Link covers all 212 care homes", "Feb-26", "G",
     "Ffion Rees-Harding", "148 homes covered."),
    ("HT03.01", "HT03 MHLDA", "Crisis café opens, Tiverbank", "19.01.26", "G",
     "Tariq Hollis", "Provider (Tiver Mind) appointed."),
    ("HT03.02", "HT03 MHLDA", "Out-of-area placements below 5", "end Q4", "R",
     "Dr Leah Brannigan", "11 placements at end of October."),
    ("HT03.03", "HT03 MHLDA", "LD annual health checks at 75%", "31.03.26", "A",
     "Dr Rukhsana Mirza", "58% year to date."),
    ("HT04.01", "HT04 Planned Care & Dx", "Tiverbank CDC: CT go-live", "06.10.25", "C",
     "Fiona Tregarthen", "Live 06/10."),
    ("HT04.02", "HT04 Planned Care & Dx", "Tiverbank CDC: MRI go-live", "Feb-26", "A",
     "Fiona Tregarthen", "Enabling works started 3 November."),
    ("HT04.03", "HT04 Planned Care & Dx", "No patient waiting over 78 weeks", "end Q3", "R",
     "Mr Laszlo Varady", "23 patients over 78 weeks (orthopaedics)."),
    ("HT04.04", "HT04 Planned Care & Dx", "Theatre capped utilisation at 85%", "TBC", "A",
     "Mr Laszlo Varady", "Baseline being validated."),
    ("HT05.01", "HT05 Cancer", "Lung health checks extended to Tiverbank", "w/e 23.01.26", "G",
     "Gemma Oakshott", "Mobile unit booked."),
    ("HT05.02", "HT05 Cancer", "Faster Diagnosis Standard at 80%", "Mar-26", "A",
     "Dr Samir Haddad", "76.4% in September."),
    ("HT05.03", "HT05 Cancer", "Non-specific symptoms pathway live at HGH", "02.03.26", "G",
     "Dr Samir Haddad", "Clinic template agreed."),
    ("HT05.04", "HT05 Cancer", "Prostate one-stop clinic opens", "Sept-25", "C",
     "Gemma Oakshott", "Opened 22/09."),
    ("HT06.01", f"HT06 {OLD_HT06}", "Family hubs open in all three places", "end Q4", "G",
     "Gráinne Fitzmaurice", "Hollinsmoor and Tiverbank open."),
    ("HT06.02", f"HT06 {OLD_HT06}", "Perinatal pelvic health service live", "03.11.25", "C",
     "Yewande Okonedo", "Live 03/11."),
    ("HT07.01", "HT07 Digital & PH", "EPR go-live, Hollinsmoor General Hospital", "02.03.26", "A",
     "Torvald Lindqvist", "Dress rehearsal 2 passed with actions."),
    ("HT07.02", "HT07 Digital & PH", "Population health dashboard live for all PCNs", "Feb-26", "G",
     "Dr Harriet Penhaligon", "Pilot in 4 PCNs."),
    ("HT08.01", "HT08 People & Workforce", "International nurse recruitment: cohort 4 arrives", "w/e 07.11.25", "C",
     "Ruairi Colquhoun", "38 nurses arrived."),
    ("HT08.02", "HT08 People & Workforce", "Agency spend below 3.2% of pay bill", "end Q4", "A",
     "Patience Adeyemi", "3.6% in October."),
]

# Finance tracker: scheme id, programme code, scheme, budget holder code, (base, monthly step, March extra) in £000
SCHEMES = [
    ("S01", "HT01", "Tiverbank UTC staffing", "P003", (180, 25, 0)),
    ("S02", "HT01", "Discharge-to-assess beds", "P011", (260, -5, 0)),
    ("S03", "HT02", "Neighbourhood health teams", "P005", (150, 10, 40)),
    ("S04", "HT02", "Cloud telephony and online access", "P014", (40, 5, 60)),
    ("S05", "HT03", "Crisis café and crisis alternatives", "P017", (60, 6, 0)),
    ("S06", "HT03", "Out-of-area placement repatriation", "P009", (120, 0, 0)),
    ("S07", "HT04", "Tiverbank CDC - CT and phlebotomy", "P006", (310, 0, 0)),
    ("S08", "HT04", "Tiverbank CDC - MRI enabling works", "P022", (90, 30, 420)),
    ("S09", "HT05", "Lung health checks", "P019", (85, 4, 0)),
    ("S10", "HT05", "Non-specific symptoms pathway", "P020", (35, 3, 25)),
    ("S11", "HT06", "Family hubs", "P008", (70, 5, 30)),
    ("S12", "HT06", "Perinatal pelvic health", "P024", (25, 0, 0)),
    ("S13", "HT07", "EPR implementation (HGH)", "P007", (380, 20, 500)),
    ("S14", "HT07", "Population health dashboard", "P012", (45, 0, 20)),
    ("S15", "HT08", "International recruitment", "P016", (55, 0, 0)),
    ("S16", "HT08", "Agency reduction", "P004", (20, 0, 0)),
]
MONTHS = ["Apr-25", "May-25", "Jun-25", "Jul-25", "Aug-25", "Sep-25", "Oct-25", "Nov-25", "Dec-25", "Jan-26",
          "Feb-26", "Mar-26"]


def scheme_profile(base, step, extra):
    vals = [base + step * i for i in range(12)]
    vals[11] += extra
    return vals


LOOKUPS = [
    ("P001", "Kieran Mulholland", "Chief Executive", "HT ICB"),
    ("P002", "Rosalind Pike", "Chief Finance Officer", "HT ICB"),
    ("P003", "Bethany Crowther", "Chief Operating Officer", "Hollinsmoor General Hospital NHS FT"),
    ("P004", "Patience Adeyemi", "Chief People Officer", "HT ICB"),
    ("P005", "Dr Marguerite Salter", "Director of Primary Care", "HT ICB"),
    ("P006", "Fiona Tregarthen", "Director of Elective Care", "Hollinsmoor General Hospital NHS FT"),
    ("P007", "Torvald Lindqvist", "Chief Digital & Information Officer", "HT ICB"),
    ("P008", "Gráinne Fitzmaurice", "Director of Children's Services", "Tiver County Council"),
    ("P009", "Dr Leah Brannigan", "Medical Director", "Tiverbank & Dales Community Health NHS Trust"),
    ("P010", "Marcus Ellery", "Deputy Director of Finance", "HT ICB"),
    ("P011", "Dr Tomasz Wierzbicki", "Associate Director of Urgent Care", "Hollinsmoor General Hospital NHS FT"),
    ("P012", "Dr Harriet Penhaligon", "Chief Clinical Information Officer", "HT ICB"),
    ("P013", "Priya Vasudevan", "Head of Portfolio Management Office", "HT ICB"),
    ("P014", "Ffion Rees-Harding", "Programme Manager, Primary Care", "HT ICB"),
    ("P016", "Ruairi Colquhoun", "Programme Manager, People & Workforce", "HT ICB"),
    ("P017", "Tariq Hollis", "Programme Manager, Mental Health", "HT ICB"),
    ("P019", "Gemma Oakshott", "Programme Manager, Cancer", "Tiver Cancer Alliance"),
    ("P020", "Dr Samir Haddad", "Consultant Gastroenterologist", "Hollinsmoor General Hospital NHS FT"),
    ("P022", "Nkechi Obiora", "Head of Imaging", "Hollinsmoor General Hospital NHS FT"),
    ("P024", "Yewande Okonedo", "Director of Midwifery", "Hollinsmoor General Hospital NHS FT"),
]

# Programme leadership (the Word governance document). programme code -> [(role, name, title / organisation, from)]
LEADERSHIP = {
    "HT01": [("SRO", "Bethany Crowther", "Chief Operating Officer, Hollinsmoor General Hospital NHS FT", "01.04.24"),
             ("Clinical lead", "Dr Idris Okafor", "Consultant in Emergency Medicine, HGH", "01.04.24"),
             ("Programme manager", "Jasper Lindley", "ICB Portfolio Management Office", "01.06.24"),
             ("Finance lead", "Marcus Ellery", "Deputy Director of Finance, ICB", "01.04.25")],
    "HT02": [("SRO", "Dr Marguerite Salter", "Director of Primary Care, ICB", "01.04.24"),
             ("Clinical lead", "Dr Kwame Asante", "GP, Tiverbank Coast PCN", "01.09.24"),
             ("Programme manager", "Ffion Rees-Harding", "ICB Portfolio Management Office", "01.04.24")],
    "HT03": [("SRO", "Owen Thackeray", "Director of Mental Health Commissioning, ICB", "to 31.10.25"),
             ("SRO (interim)", "Dr Leah Brannigan", "Medical Director, Tiverbank & Dales Community Health NHS Trust",
              "01.11.25"),
             ("Clinical lead", "Dr Rukhsana Mirza", "Consultant Psychiatrist, Tiverbank & Dales Community Health",
              "01.04.24"),
             ("Programme manager", "Tariq Hollis", "ICB Portfolio Management Office", "01.01.25")],
    "HT04": [("SRO", "Fiona Tregarthen", "Director of Elective Care, HGH", "01.04.24"),
             ("Finance lead", "Marcus Ellery", "Deputy Director of Finance, ICB", "01.04.25"),
             # --- page break: the rest of HT04 is in the continued table, with an empty programme cell
             ("Clinical lead", "Mr Laszlo Varady FRCS", "Consultant Orthopaedic Surgeon, HGH", "01.04.24")],
    "HT05": [("SRO", "Prof. Imelda Corscadden OBE", "Director, Tiver Cancer Alliance", "01.04.24"),
             ("Clinical lead", "Dr Samir Haddad", "Consultant Gastroenterologist, HGH", "01.04.24"),
             ("Programme manager", "Gemma Oakshott", "Tiver Cancer Alliance", "01.07.24")],
    "HT06": [("SRO", "Gráinne Fitzmaurice", "Director of Children's Services, Tiver County Council", "01.04.24"),
             ("Professional lead", "Yewande Okonedo", "Director of Midwifery, HGH", "01.04.24"),
             ("Clinical lead", "Dr Hamish Loudon", "Consultant Paediatrician, HGH", "01.10.24")],
    "HT07": [("SRO", "Torvald Lindqvist", "Chief Digital & Information Officer, ICB", "01.04.24"),
             ("CCIO", "Dr Harriet Penhaligon", "Chief Clinical Information Officer, ICB", "01.04.24")],
    "HT08": [("SRO", "Patience Adeyemi", "Chief People Officer, ICB", "01.04.24"),
             ("Programme manager", "Ruairi Colquhoun", "ICB Portfolio Management Office", "01.04.25")],
}


# =============================================================================================== PDF 1
def milestone_print(path: Path) -> None:
    """A spreadsheet printed to PDF: a portrait 'Notes' page, then the 'Plan' sheet on landscape pages, the print
    titles (rows 1-2 and column A) repeated, columns F-G printed on separate pages ('down, then over')."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    Table, TableStyle)

    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
    bold = ParagraphStyle("b", parent=cell, fontName="Helvetica-Bold")
    total_pages = 5

    def furniture(canv, doc, sheet):
        canv.saveState()
        w, h = canv._pagesize
        canv.setFont("Helvetica", 7.5)
        canv.drawCentredString(w / 2, h - 10 * mm, f"HT Milestone Plan 2025/26 (v7)        {sheet}")
        canv.drawString(12 * mm, 8 * mm, r"\\htfs01\PMO\Tracker\HT_Milestone_Plan_v7.xlsx")
        canv.drawCentredString(w / 2, 8 * mm, f"Page {doc.page} of {total_pages}")
        canv.drawRightString(w - 12 * mm, 8 * mm, "Printed 21/11/2025 16:42")
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, title="HT_Milestone_Plan_v7", author="htpmo",
                          creator="Microsoft Excel")
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("notes", [Frame(15 * mm, 15 * mm, pw - 30 * mm, ph - 30 * mm)], pagesize=A4,
                     onPage=lambda c, d: furniture(c, d, "Notes")),
        PageTemplate("plan", [Frame(12 * mm, 14 * mm, lw - 24 * mm, lh - 28 * mm)], pagesize=landscape(A4),
                     onPage=lambda c, d: furniture(c, d, "Plan")),
    ])
    grid = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9A9A9A")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5)]
    notes = [
        [Paragraph("<b>HT ICS Milestone Plan 2025/26 - notes</b>", cell), ""],
        ["Version", "7 (STB 13 November 2025)"],
        ["Maintained by", "Portfolio Management Office"],
        ["RAG", "R = off track; A = at risk, mitigations in place; G = on track; C = complete"],
        ["Due", "As given by each programme. w/e = week ending (Friday)."],
        ["Sheets", "Notes; Plan; Change log (not printed)"],
    ]
    t = Table(notes, colWidths=[35 * mm, 130 * mm])
    t.setStyle(TableStyle(grid + [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#DDEBF7"))]))
    story = [t, NextPageTemplate("plan"), PageBreak()]

    title_row = "Hollinsmoor & Tiverbank ICS  -  Milestone Plan 2025/26"
    head = colors.HexColor("#1F4E78")
    chunks = [MILESTONES[:14], MILESTONES[14:]]
    # pages 2-3: columns A-E
    for i, chunk in enumerate(chunks):
        rows = [[title_row, "", "", "", ""], ["Ref", "Programme", "Milestone", "Due", "RAG"]]
        rows += [[r, Paragraph(p, cell), Paragraph(m, cell), d, g] for r, p, m, d, g, _o, _u in chunk]
        tb = Table(rows, colWidths=[22 * mm, 55 * mm, 125 * mm, 30 * mm, 14 * mm], repeatRows=2)
        tb.setStyle(TableStyle(grid + [("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 9),
                                       ("BACKGROUND", (0, 1), (-1, 1), head), ("TEXTCOLOR", (0, 1), (-1, 1), colors.white),
                                       ("ALIGN", (4, 2), (4, -1), "CENTER")]))
        story += [tb, PageBreak()]
    # pages 4-5: column A repeated, then columns F-G
    for i, chunk in enumerate(chunks):
        rows = [[title_row, "", ""], ["Ref", "Milestone owner", "Latest update (Nov-25)"]]
        rows += [[r, o, Paragraph(u, cell)] for r, _p, _m, _d, _g, o, u in chunk]
        tb = Table(rows, colWidths=[22 * mm, 55 * mm, 150 * mm], repeatRows=2)
        tb.setStyle(TableStyle(grid + [("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 1), "Helvetica-Bold", 9),
                                       ("BACKGROUND", (0, 1), (-1, 1), head), ("TEXTCOLOR", (0, 1), (-1, 1), colors.white)]))
        story.append(tb)
        if i == 0:
            story.append(PageBreak())
    doc.build(story)


# =============================================================================================== DOCX helpers
def _docx_fixed(doc, title):
    cp = doc.core_properties
    cp.title, cp.author, cp.created, cp.modified, cp.last_modified_by = title, "HT ICB", FIXED, FIXED, "HT ICB"
    cp.revision = 3


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# =============================================================================================== DOCX 2
def governance(path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    _docx_fixed(d, "Programme leadership and governance v3")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    d.sections[0].header.paragraphs[0].text = "Hollinsmoor & Tiverbank ICB  |  OFFICIAL"
    d.sections[0].footer.paragraphs[0].text = "Programme leadership and governance  |  v3  |  14 November 2025"

    d.add_heading("Transformation programmes: leadership and governance 2025/26", level=1)
    d.add_paragraph("Version 3, 14 November 2025. Replaces version 2 (July 2025). Owner: Portfolio Management Office.")
    d.add_heading("1. How the programmes are governed", level=2)
    d.add_paragraph("The eight transformation programmes (HT01 to HT08) report monthly to the System Transformation "
                    "Board (STB), which is chaired by Gideon Hartshorn, Director of Strategy & Transformation, and "
                    "reports in turn to the ICB Board. Each programme has a Senior Responsible Officer (SRO), "
                    "accountable to the STB for delivery, and most have a named clinical or professional lead.")
    d.add_paragraph("Programme highlight reports are due to the Portfolio Management Office five working days "
                    "before each STB meeting.")
    d.add_heading("2. Changes since version 2", level=2)
    d.add_paragraph("With effect from 1 October 2025 the Best Start in Life programme (HT06) is renamed Children, "
                    "Young People & Maternity, to reflect its scope from pre-conception to age 25. Its code, budget "
                    "and leadership are unchanged.")
    d.add_paragraph("Owen Thackeray retired on 31 October 2025. Dr Leah Brannigan is interim SRO for HT03 from "
                    "1 November 2025 until a substantive appointment is made.")
    d.add_heading("3. Programme leadership", level=2)
    d.add_paragraph("Table 1: Programme leadership (the From column gives the date each person took the role)")

    def new_table():
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["Programme", "Role", "Name", "Title / organisation", "From"]):
            c.text = txt
            c.paragraphs[0].runs[0].bold = True
            _shade(c, "D9E2F3")
        _repeat_header(t.rows[0])
        return t

    def add_group(t, label, rows):
        first = None
        for role, name, title, frm in rows:
            cells = t.add_row().cells
            cells[1].text, cells[2].text, cells[3].text, cells[4].text = role, name, title, frm
            if first is None:
                first = cells[0]
                first.text = label
            last = cells[0]
        if label and len(rows) > 1:
            first.merge(last)  # vertically merged programme cell
            first.text = label

    t = new_table()
    for code, name in PROGRAMMES[:4]:
        rows = LEADERSHIP[code]
        if code == "HT04":
            add_group(t, f"{code} {name}", rows[:2])
        else:
            add_group(t, f"{code} {name}", rows)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Table 1: Programme leadership (continued)")
    t2 = new_table()
    add_group(t2, "", LEADERSHIP["HT04"][2:])
    for code, name in PROGRAMMES[4:]:
        label = f"{code} {name}" + (f" (was {OLD_HT06} to 30.09.25)" if code == "HT06" else "")
        add_group(t2, label, LEADERSHIP[code])
    d.add_heading("4. Meetings", level=2)
    d.add_paragraph("The STB meets on the second Thursday of each month at 14:00. Papers are circulated five "
                    "working days before each meeting.")
    d.save(str(path))


# =============================================================================================== PDF 3
def mustdo_matrix(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=4,
                           textColor=colors.HexColor("#003087"))
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)
    foot = ParagraphStyle("f", fontName="Helvetica", fontSize=7.5, leading=9.5)
    cellc = ParagraphStyle("cc", fontName="Helvetica-Bold", fontSize=11, leading=13, alignment=1)
    celll = ParagraphStyle("cl", fontName="Helvetica", fontSize=9, leading=11)

    head = ["Programme"] + [str(n) for n in range(1, 10)]
    rows = [head]
    for code, name in PROGRAMMES:
        label = f"{code} {name}"
        r = [Paragraph(label, celll)]
        for n in range(1, 10):
            v = GRID[code].get(n, "")
            r.append(Paragraph("C<super>1</super>", cellc) if v == "C1" else Paragraph(v, cellc) if v else "")
        rows.append(r)
    t = Table(rows, colWidths=[80 * mm] + [18 * mm] * 9, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#425563")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#003087")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    md_list = "; ".join(f"{n} {m}" for n, m in enumerate(MUSTDOS, 1)).replace("&", "&amp;")
    story = [
        Paragraph("Hollinsmoor &amp; Tiverbank ICS - national must-do coverage 2025/26", title),
        Paragraph("Table M1 shows, for each transformation programme, which of the nine national must-dos it leads "
                  "or contributes to. It was compiled from the programmes' self-assessments in October 2025 and "
                  "agreed by the System Transformation Board on 13 November 2025.", body),
        Spacer(1, 3 * mm),
        Paragraph("<b>Table M1: programme coverage of the national must-dos (columns are must-do numbers)</b>", body),
        t,
        Spacer(1, 3 * mm),
        Paragraph("Key: L = lead programme; C = contributes; blank = no material contribution.", foot),
        Paragraph(f"Must-dos: {md_list}.", foot),
        Paragraph("<super>1</super> From Q3 2025/26 only, once the non-specific symptoms pathway frees diagnostic "
                  "capacity for routine referrals.", foot),
        Paragraph("HT06 was called Best Start in Life until 30 September 2025.", foot),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Must-do coverage 2025/26",
                            author="HT ICB PMO")
    doc.build(story)


# =============================================================================================== PPTX 4
ROADMAPS = {
    "HT01": ("SRO: Bethany Crowther  \u00b7  Clinical lead: Dr Idris Okafor  \u00b7  Programme manager: Jasper Lindley",
             [["UEC improvement plan agreed"], ["Winter plan signed off (11 Sep)"],
              ["SDEC to 22:00, 7 days (w/e 14 Nov)", "Tiverbank UTC opens (1 Dec)", "D2A beds down to 40"],
              ["Handovers within 45 min at HGH (Mar)"]]),
    "HT02": ("SRO: Dr Marguerite Salter  \u00b7  Clinical lead: Dr Kwame Asante  \u00b7  Programme manager: "
             "Ffion Rees-Harding",
             [["Neighbourhood model agreed"], ["First 5 neighbourhood teams live"], ["Care Home Link pilot: 60 homes"],
              ["Cloud telephony, all practices (Jan)", "Same-day hub, Upper Tiver Dales (26 Jan)",
               "Care Home Link: all 212 homes (Feb)", "Neighbourhood health teams in all 14 neighbourhoods by the spring"]]),
    "HT03": ("SRO (interim from 1 Nov): Dr Leah Brannigan  \u00b7  Clinical lead: Dr Rukhsana Mirza  \u00b7  "
             "Programme manager: Tariq Hollis",
             [["Crisis alternatives model agreed"], ["Crisis café provider appointed"],
              ["Out-of-area recovery plan"], ["Crisis café, Tiverbank (19 Jan)", "Out-of-area placements below 5",
                                               "LD health checks 75%"]]),
    "HT04": ("SRO: Fiona Tregarthen  \u00b7  Clinical lead: Mr Laszlo Varady FRCS",
             [["Waiting list validation sprint"], ["Tiverbank CDC fit-out complete"],
              ["CT at Tiverbank CDC (6 Oct)", "No 78-week waits"], ["MRI at Tiverbank CDC (Feb)"]]),
    "HT05": ("SRO: Prof. Imelda Corscadden OBE  \u00b7  Clinical lead: Dr Samir Haddad  \u00b7  Programme manager: "
             "Gemma Oakshott",
             [["FDS improvement plan"], ["Prostate one-stop clinic (Sept)"], ["NSS clinic template agreed"],
              ["Lung health checks: Tiverbank (Jan)", "NSS pathway at HGH (2 Mar)", "FDS at 80% (Mar)"]]),
    "HT06": ("SRO: Gráinne Fitzmaurice  \u00b7  Professional lead: Yewande Okonedo  \u00b7  Clinical lead: "
             "Dr Hamish Loudon",
             [["Family hub, Hollinsmoor (open)"], ["Family hub, Tiverbank"],
              ["Perinatal pelvic health (3 Nov)", "Renamed from Best Start in Life (1 Oct)"],
              ["Family hubs in all three places"]]),
    "HT07": ("SRO: Torvald Lindqvist  \u00b7  CCIO: Dr Harriet Penhaligon",
             [["EPR build"], ["EPR test and training"], ["EPR dress rehearsals"],
              ["Feb 26: Population health dashboard live in all PCNs", "EPR go-live, HGH (2 Mar)"]]),
    "HT08": ("SRO: Patience Adeyemi  \u00b7  Programme manager: Ruairi Colquhoun",
             [["Retention plan agreed"], ["Cohort 3 (31 nurses)"], ["Cohort 4: 38 nurses (w/e 7 Nov)"],
              ["Agency below 3.2% of pay bill"]]),
}
QUARTERS = ["Q1  Apr-Jun 25", "Q2  Jul-Sep 25", "Q3  Oct-Dec 25", "Q4  Jan-Mar 26"]


def roadmaps(path: Path) -> None:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    prs.core_properties.title = "Programme roadmaps 2025/26"
    prs.core_properties.author = "HT ICB PMO"
    prs.core_properties.created = prs.core_properties.modified = FIXED
    prs.core_properties.last_modified_by = "HT ICB PMO"
    s0 = prs.slides.add_slide(prs.slide_layouts[0])
    s0.shapes.title.text = "Programme roadmaps 2025/26"
    s0.placeholders[1].text = "System Transformation Board, 13 November 2025  |  Hollinsmoor & Tiverbank ICS"

    rng = random.Random(14)
    blank = prs.slide_layouts[6]
    for code, name in PROGRAMMES:
        people, boxes = ROADMAPS[code]
        sl = prs.slides.add_slide(blank)
        # shapes are added out of visual order: the milestone group first, then the quarters, then the people
        # line, and last the title
        left0, width, gap = 457200, 2700000, 120000
        order = list(range(4))
        rng.shuffle(order)
        mgroup = sl.shapes.add_group_shape()
        for q in order:
            x = left0 + q * (width + gap)
            b = mgroup.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(2500000), Emu(width), Emu(3300000))
            b.fill.solid()
            b.fill.fore_color.rgb = RGBColor(0xE8, 0xED, 0xEE)
            b.line.color.rgb = RGBColor(0x41, 0xB6, 0xE6)
            tf = b.text_frame
            tf.word_wrap = True
            for k, txt in enumerate(boxes[q]):
                p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
                p.text = txt
                p.font.size = Pt(12)
                p.font.color.rgb = RGBColor(0x23, 0x1F, 0x20)
        for q in range(3):
            x1 = left0 + q * (width + gap) + width
            c = mgroup.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(x1), Emu(4150000), Emu(x1 + gap), Emu(4150000))
            c.line.color.rgb = RGBColor(0x41, 0xB6, 0xE6)
        qgroup = sl.shapes.add_group_shape()
        for q in reversed(range(4)):
            x = left0 + q * (width + gap)
            ch = qgroup.shapes.add_shape(MSO_SHAPE.CHEVRON, Emu(x), Emu(1750000), Emu(width), Emu(600000))
            ch.fill.solid()
            ch.fill.fore_color.rgb = RGBColor(0x00, 0x5E, 0xB8)
            ch.text_frame.text = QUARTERS[q]
            ch.text_frame.paragraphs[0].font.size = Pt(14)
            ch.text_frame.paragraphs[0].font.bold = True
        ppl = sl.shapes.add_textbox(Emu(457200), Emu(1150000), Emu(11277600), Emu(450000))
        ppl.text_frame.text = people
        ppl.text_frame.paragraphs[0].font.size = Pt(13)
        ttl = sl.shapes.add_textbox(Emu(457200), Emu(350000), Emu(11277600), Emu(700000))
        ttl.text_frame.text = f"{code} {name}"
        ttl.text_frame.paragraphs[0].font.size = Pt(28)
        ttl.text_frame.paragraphs[0].font.bold = True
        if code == "HT06":
            ttl.text_frame.add_paragraph().text = f"(formerly {OLD_HT06})"
            ttl.text_frame.paragraphs[1].font.size = Pt(12)
    prs.save(str(path))


# =============================================================================================== XLSX 5
def finance_tracker(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.properties.creator = "HT ICB Finance"
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Summary"
    blue = PatternFill("solid", fgColor="DDEBF7")
    dark = PatternFill("solid", fgColor="BDD7EE")
    b = Font(bold=True)
    totals = {}
    for sid, code, scheme, holder, prof in SCHEMES:
        vals = scheme_profile(*prof)
        acc = totals.setdefault(code, [0] * 12)
        for i, v in enumerate(vals):
            acc[i] += v
    ws["A1"] = "Transformation programmes - planned spend 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Pivot of the Schemes sheet, refreshed 14/11/2025. Values in £000."
    ws["A4"], ws["B4"] = "Sum of Planned", "Column Labels"
    ws["A5"] = "Row Labels"
    for j, m in enumerate(MONTHS, 2):
        ws.cell(5, j, m)
    ws.cell(5, 14, "Grand Total")
    for c in range(1, 15):
        ws.cell(5, c).fill = blue
        ws.cell(5, c).font = b
    for i, (code, name) in enumerate(PROGRAMMES, 6):
        ws.cell(i, 1, f"{code} {name}")
        for j, v in enumerate(totals[code], 2):
            ws.cell(i, j, v).number_format = "#,##0"
        ws.cell(i, 14, sum(totals[code])).number_format = "#,##0"
    gt = 6 + len(PROGRAMMES)
    ws.cell(gt, 1, "Grand Total")
    for j in range(12):
        ws.cell(gt, j + 2, sum(totals[c][j] for c, _ in PROGRAMMES)).number_format = "#,##0"
    ws.cell(gt, 14, sum(sum(v) for v in totals.values())).number_format = "#,##0"
    for c in range(1, 15):
        ws.cell(gt, c).fill = dark
        ws.cell(gt, c).font = b
    ws.column_dimensions["A"].width = 44
    ws.freeze_panes = "B6"

    sc = wb.create_sheet("Schemes")
    sc.append(["Scheme register 2025/26 (£000)"])
    sc.append(["Scheme ID", "Programme", "Scheme", "Budget holder"] + MONTHS + ["Total 2025/26"])
    for sid, code, scheme, holder, prof in SCHEMES:
        r = sc.max_row + 1
        name = dict(PROGRAMMES)[code]
        sc.append([sid, f"{code} {name}", scheme, holder] + scheme_profile(*prof) + [f"=SUM(E{r}:P{r})"])
    for c in sc[2]:
        c.font = b
        c.fill = blue
    sc.freeze_panes = "E3"
    sc.auto_filter.ref = f"A2:Q{sc.max_row}"

    lk = wb.create_sheet("Lookups")
    lk.append(["Code", "Name", "Job title", "Organisation"])
    for row in LOOKUPS:
        lk.append(list(row))
    for c in lk[1]:
        c.font = b
    lk.append([])
    lk.append(["RAG", "Meaning"])
    for row in [("R", "Off track"), ("A", "At risk"), ("G", "On track"), ("C", "Complete")]:
        lk.append(list(row))
    for col in "ABCD":
        lk.column_dimensions[col].width = 36
    for row in lk.iter_rows():
        for c in row:
            c.alignment = Alignment(vertical="top")
    wb.save(str(path))


# =============================================================================================== TXT 6
DIGEST = """\
From:     HT ICS Portfolio Management Office <htics.pmo@nhs.net>
Sent:     Friday, 21 November 2025 16:05
To:       HT Programme SROs; HT Programme Managers; HT Clinical Leads
Subject:  PMO weekly digest - w/e 21.11.25

Sent on behalf of Priya Vasudevan, Head of Portfolio Management Office

Good afternoon all,

Here is this week's round-up from the milestone plan (v7, agreed at STB
on 13 November). Dates are as the programmes gave them to us.

DONE THIS WEEK / LAST WEEK
  * HT08 - International nurse recruitment cohort 4: 38 nurses arrived
    w/e 07.11.25 and started supervised practice on Monday 17 November.
  * HT06 - Perinatal pelvic health service live since 03.11.25.

DUE NEXT WEEK (w/e 28.11.25)
  * STB action (RC) - international recruitment pipeline figures to be
    circulated by Thursday 27 November.

COMING UP
  * HT01 - Tiverbank Urgent Treatment Centre opens Monday 1 December
    (AMBER: rota 80% filled).
  * HT03 - Crisis café in Tiverbank opens 19 January.
  * Highlight reports for the December STB (Thursday 11 December) are due
    to the PMO by 12 noon on Thursday 4 December.

CHANGES
  * HT03 - Dr Leah Brannigan is interim SRO from 1 November (Owen
    Thackeray retired on 31 October). Please update your distribution
    lists.
  * HT06 is now Children, Young People & Maternity (it was Best Start in
    Life). Please use the new name in highlight reports.

PLAN REFRESH
  The Joint Forward Plan refresh goes to the ICB Board for approval on
  26 March 2026. A first draft comes to STB on 12 February 2026.

Questions about this digest or the milestone plan: please contact Priya
Vasudevan, Head of PMO (priya.vasudevan@nhs.net, 01632 960418).

Kind regards,

Nell Garside
PMO Support Officer, on behalf of Priya Vasudevan
Hollinsmoor & Tiverbank ICB
"""


def digest(path: Path) -> None:
    path.write_text(DIGEST, encoding="utf-8")


# =============================================================================================== DOCX 7
MINUTES_ROWS = [
    ("1. Welcome, apologies and declarations",
     "The Chair welcomed members. Apologies were noted as above. No new declarations of interest."),
    ("2. Minutes of 9 October 2025 and action log",
     "The minutes were agreed as a correct record. All actions due were closed except the out-of-area "
     "placements review, which is carried forward under item 4."),
    ("3. UEC: winter and discharge (HT01)",
     "Dr Tomasz Wierzbicki presented the winter update on behalf of Bethany Crowther. SDEC at Hollinsmoor "
     "General Hospital is on track to open until 22:00 seven days a week. The Tiverbank Urgent Treatment Centre "
     "opens on 1 December but is amber: the rota is 80% filled. Discharge-to-assess beds stand at 52 against a "
     "target of 40 by the end of Q3 and the milestone is red. ACTION: TW by 04/12 - bring a revised "
     "discharge-to-assess trajectory to the December meeting."),
    ("4. Mental health: leadership and out-of-area placements (HT03)",
     "The Chair welcomed Dr Leah Brannigan to her first meeting as interim SRO for HT03 following Owen "
     "Thackeray's retirement on 31 October, and thanked Owen for his work. There were 11 out-of-area placements "
     "at the end of October. ACTION: LB by 11/12 - out-of-area recovery plan, with a named lead for each "
     "placement."),
    ("5. Digital: EPR go-live dates (HT07)",
     "TL reported that dress rehearsal 2 had passed with actions. The Board AGREED the go-live dates for the "
     "electronic patient record: Hollinsmoor General Hospital on 2 March 2026 and Tiverbank Community Hospital "
     "on 11 May 2026. The Board noted the training risk in theatres."),
    ("6. Finance at Month 7",
     "ME, on behalf of Rosalind Pike, reported a year-to-date system deficit of £11.6m at Month 7, £2.3m "
     "adverse to plan, against a full-year planned deficit of £18.5m. Transformation spend is in line with the "
     "profile in the finance tracker."),
    ("7. Must-do coverage matrix",
     "PV presented Table M1, which the Board agreed. The Board noted that no programme leads on must-do 9 "
     "(quality: safe staffing and trusts in special measures). ACTION: PV by 04/12 - ask the Chief Nursing "
     "Officer to propose a lead programme."),
    ("8. People & Workforce (HT08)",
     "PA reported that cohort 4 of international nurse recruitment (38 nurses) arrived as planned. Agency spend "
     "was 3.6% of the pay bill in October against the 3.2% target. ACTION: RC by 27/11 - circulate the "
     "international recruitment pipeline figures to members."),
    ("9. Any other business and date of next meeting",
     "No other business. The next meeting will be on Thursday 11 December 2025 at 14:00 in the boardroom, "
     "Tiverbank Community Hospital."),
]


def minutes(path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    _docx_fixed(d, "System Transformation Board minutes 13 November 2025")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    d.add_heading("System Transformation Board", level=1)
    d.add_paragraph("Minutes of the meeting held on Thursday 13 November 2025, 14:00-16:30, Committee Room 2, "
                    "Hollinsmoor Civic Centre")
    p = d.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Gideon Hartshorn (GH), Director of Strategy & Transformation (Chair); Dr Marguerite Salter (MS), "
              "Director of Primary Care; Dr Leah Brannigan (LB), interim SRO, Mental Health, Learning Disability & "
              "Autism; Fiona Tregarthen (FT), Director of Elective Care, HGH; Prof. Imelda Corscadden OBE (IC), "
              "Director, Tiver Cancer Alliance; Gráinne Fitzmaurice (GF), Director of Children's Services; Torvald "
              "Lindqvist (TL), Chief Digital & Information Officer; Patience Adeyemi (PA), Chief People Officer; "
              "Marcus Ellery (ME), Deputy Director of Finance, on behalf of Rosalind Pike; Dr Tomasz Wierzbicki "
              "(TW), Associate Director of Urgent Care, HGH, on behalf of Bethany Crowther.")
    p = d.add_paragraph()
    p.add_run("In attendance: ").bold = True
    p.add_run("Priya Vasudevan (PV), Head of Portfolio Management Office; Ruairi Colquhoun (RC), Programme "
              "Manager, People & Workforce; Nell Garside, PMO Support Officer (minutes).")
    p = d.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Bethany Crowther, Chief Operating Officer, HGH; Rosalind Pike, Chief Finance Officer; Dr Harriet "
              "Penhaligon, Chief Clinical Information Officer.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Item", "Discussion and outcome"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        _shade(c, "E2EFDA")
    for item, text in MINUTES_ROWS:
        cells = t.add_row().cells
        cells[0].text = item
        # the discussion, with any ACTION as a bold run inside the same paragraph
        parts = re.split(r"(ACTION: [^.]*\.?)", text)
        para = cells[1].paragraphs[0]
        for part in parts:
            if part:
                para.add_run(part).bold = part.startswith("ACTION:")
    d.add_paragraph("Minutes agreed by the Chair as a draft for circulation, 17 November 2025.")
    d.save(str(path))


# =============================================================================================== PDF 8
def annual_report(path: Path) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=8,
                        textColor=colors.HexColor("#330072"))
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
                        textColor=colors.HexColor("#330072"))
    cap = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, spaceAfter=8)
    side = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12)

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#330072"))
        canv.drawString(20 * mm, 287 * mm, "Hollinsmoor & Tiverbank ICB  |  Annual Report and Accounts 2024/25")
        canv.drawRightString(190 * mm, 10 * mm, str(40 + doc.page))  # the chapter starts on printed page 41
        canv.drawString(20 * mm, 10 * mm, "Performance report")
        canv.restoreState()

    chart = Drawing(160 * mm, 62 * mm)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 18 * mm, 10 * mm, 130 * mm, 46 * mm
    bc.data = [(109870, 114720, 118620)]
    bc.categoryAxis.categoryNames = ["2022/23", "2023/24", "2024/25"]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 125000, 25000
    bc.valueAxis.labelTextFormat = lambda v: f"{v / 1000:.0f}k"
    bc.bars[0].fillColor = colors.HexColor("#330072")
    chart.add(bc)

    sidebar = Table([[Paragraph("<b>What is Care Home Link?</b>", side)],
                     [Paragraph("Care Home Link is a 24/7 telephone line for staff in care homes, answered by "
                                "advanced clinical practitioners who can give advice, arrange a same-day visit or "
                                "book a virtual ward bed, so that residents avoid a trip to A&amp;E where it is safe "
                                "to do so.", side)]], colWidths=[170 * mm])
    sidebar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDE6F5")),
                                 ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#330072")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    story = [
        Paragraph("3  Performance overview", h1),
        Paragraph("3.1  Our population and places", h2),
        Paragraph("Hollinsmoor &amp; Tiverbank Integrated Care Board serves 884,150 people registered with 96 GP "
                  "practices, grouped into 14 neighbourhoods (our primary care networks), across three places: "
                  "Hollinsmoor, Tiverbank and Upper Tiver Dales. Upper Tiver Dales is the most rural place, served "
                  "by the minor injuries unit at Dales Memorial Hospital, which moved to 8am to 8pm opening in "
                  "June 2024.", body),
        Paragraph("Our Integrated Care Partnership, chaired by Cllr Esther Mbatha, Leader of Tiver County Council, "
                  "adopted its integrated care strategy in May 2024. The ICB Board, chaired by Dame Philippa "
                  "Ormerod DBE, approved the Joint Forward Plan that this chapter reports against.", body),
        Paragraph("3.2  Urgent and emergency care", h2),
        Paragraph("Demand for urgent care continued to grow in 2024/25. Type 1 attendances at the emergency "
                  "department of Hollinsmoor General Hospital rose for the third year running (Figure 3.2), while "
                  "Care Home Link, launched in October 2024, handled its first 2,900 calls.", body),
        KeepTogether([chart, Paragraph("Figure 3.2  Type 1 A&amp;E attendances, Hollinsmoor General Hospital, "
                                       "2022/23 to 2024/25. In 2024/25 there were 118,620 attendances, up 3.4% on "
                                       "2023/24.", cap)]),
        sidebar,
        Spacer(1, 4 * mm),
        Paragraph("3.3  Best Start in Life", h2),
        Paragraph("Our Best Start in Life programme opened the first family hub, in Hollinsmoor, in January 2025 "
                  "and began work on hubs in the two other places. Continuity of carer reached 41% of women booked "
                  "by March 2025.", body),
        Paragraph("3.4  Planned care and cancer", h2),
        Paragraph("The elective waiting list fell from 78,410 in March 2024 to 71,905 in March 2025. The "
                  "Community Diagnostic Centre at Tiverbank was approved in September 2024. Performance against "
                  "the Faster Diagnosis Standard was 74.2% in March 2025.", body),
    ]
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Annual Report 2024/25 - Chapter 3", author="HT ICB")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def fix_zip_times(path: Path) -> None:
    """Rewrite an Office file's zip entries with a fixed timestamp, so the papers are repeatable byte for byte."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-11-21T09:00:00Z\2", data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 11, 21, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    OUT.mkdir(exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    milestone_print(OUT / "01_HT_Milestone_Plan_v7_print_2025-11-21.pdf")
    governance(OUT / "02_Programme_Leadership_and_Governance_v3.docx")
    mustdo_matrix(OUT / "03_Must-Do_Coverage_Matrix_2025-26.pdf")
    roadmaps(OUT / "04_Programme_Roadmaps_STB_2025-11-13.pptx")
    finance_tracker(OUT / "05_Transformation_Finance_Tracker_2025-26.xlsx")
    digest(OUT / "06_PMO_Weekly_Digest_we_2025-11-21.txt")
    minutes(OUT / "07_STB_Minutes_2025-11-13.docx")
    annual_report(OUT / "08_Annual_Report_2024-25_Chapter3_Performance.pdf")
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".docx", ".xlsx", ".pptx"):
            fix_zip_times(p)
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
