"""Build the Corvedon & Hartsmere STP papers (twenty-ninth imaginary footprint) as real Office files in papers/.

Four papers of the 2016/17 STP round, oldest first:
  01 a Word STP narrative (draft v0.9, 21 October 2016): running header and footer, numbered sections, abbreviations
     defined once, leads named in sentences ("X, Chief Executive of Y, will lead the programme"), and the priority
     programmes table TRANSPOSED (one column per programme, rows for Senior Responsible Owner / Clinical lead / Key
     milestones / Savings), split over two tables of three programmes each, the "Key milestones" label merged down
     three rows so each row holds the n-th milestone of every programme;
  02 a PowerPoint annex (.pptx, November 2016): one slide per programme with an owner text box and a real pptx
     milestone table (Ref / Milestone / Lead / Due / RAG), a must-do slide whose table has the nine must-dos as
     COLUMNS and the local programmes as rows ("Yes", "Partly", "Via UEC", blank), an enablers slide and a footer box;
  03 an Excel PMO tracker (as at 31/01/2017): Milestones sheet with the programme cell merged down its milestone rows,
     Original / Revised date columns and a Status column; Finance sheet (savings by year, GBP m); Key sheet;
  04 a Word note of the Programme Board of 14 March 2017: moves four dates and names a new UEC SRO and a P6 clinical
     lead. The latest paper wins: note > tracker > annex > narrative.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
NARRATIVE = "01_CH_STP_Narrative_Draft_v0.9_21Oct2016.docx"
ANNEX = "02_CH_STP_Annex_B_Programme_Plans_Nov2016.pptx"
TRACKER = "03_CH_STP_PMO_Milestone_Tracker_as_at_31.01.2017.xlsx"
NOTE = "04_CH_STP_Programme_Board_Note_of_Meeting_14032017.docx"

# ---------------------------------------------------------------------------------------------------------------
# The footprint (one source of truth for the papers; make_questions.py re-reads the files, not this)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, short, SRO, SRO title sentence, clinical lead, savings 2020/21
    ("P1", "Healthy Lives", "HL", "Dr Marguerite Fanshawe",
     "Director of Public Health for Corvedon County Council", "Dr Ifeoma Caddick"),
    ("P2", "Community Care Hubs", "CCH", "Tobias Renwick-Hale",
     "Accountable Officer of Hartsmere & Lynd Valley CCG", "Dr Saskia Pendergast"),
    ("P3", "Urgent & Emergency Care", "UEC", "Alasdair Quennell",
     "Chief Executive of Corvedon Hospitals NHS Foundation Trust", "Dr Hamish Ogunbanjo"),
    ("P4", "Planned Care & Cancer", "PCC", "Rosalind Achterberg",
     "Medical Director of Hartsmere Royal Infirmary", "Mr Conrad Illingworth"),
    ("P5", "Mental Health & Wellbeing", "MHW", "Desmond Farrier-Lowe",
     "Chief Executive of Lyndmoor Care Partnership", "Dr Yasmin Tregothnan"),
    ("P6", "Acute Collaboration", "AC", "Gideon Strathairn",
     "Director of Strategy at Corvedon Hospitals NHS Foundation Trust", "tbc"),
]

# ref, programme, milestone (narrative wording), lead, due as printed, RAG in the annex, tracker status, comment
MILESTONES = [
    ("P1.1", "P1", "Healthy weight service specification agreed", "Dr Ifeoma Caddick", "31/12/2016", "A",
     "Delayed", "Awaiting CCC procurement panel"),
    ("P1.2", "P1", "Healthy weight service procured", "Dr Ifeoma Caddick", "Q4 16/17", "G", "At risk",
     "Depends on P1.1"),
    ("P1.3", "P1", "MECC training delivered to 2,000 front-line staff", "Leonie Sandbach", "by 31/03/2018", "G",
     "On track", ""),
    ("P2.1", "P2", "First 4 Community Care Hubs live", "Dr Saskia Pendergast", "Oct-17", "G", "On track",
     "Lynd Valley estates works to be confirmed"),
    ("P2.2", "P2", "Extended GP access 8am-8pm weekdays, whole footprint", "Marcus Threlfall", "31/03/2018", "G",
     "On track", ""),
    ("P2.3", "P2", "Care home support team in place", "Nkechi Halloran", "Winter 2017/18", "A", "Not started",
     "Recruitment plan with LCP"),
    ("P3.1", "P3", "Urgent Treatment Centre open at HRI front door", "Dr Hamish Ogunbanjo", "Dec-17", "G",
     "On track", "Service specification to Programme Board Mar-17"),
    ("P3.2", "P3", "NHS 111 Clinical Assessment Service (CAS) live", "Gwen Attenborough", "Q2 17/18", "A",
     "At risk", "Regional procurement timetable"),
    ("P3.3", "P3", "Discharge to Assess (D2A) on all CGH medical wards", "Petra Lindqvist-Moore", "30/06/2017", "G",
     "On track", ""),
    ("P4.1", "P4", "MSK triage service live", "Ruairi Fenwick-Dale", "Q1 17/18", "G", "On track", ""),
    ("P4.2", "P4", "Rapid diagnostic centre business case", "Mr Conrad Illingworth", "tbc", "A", "Not started",
     "Awaiting Cancer Alliance guidance"),
    ("P4.3", "P4", "Community ophthalmology service", "Harriet Quenby", "Sep-17", "G", "On track", ""),
    ("P5.1", "P5", "Crisis caf\u00e9 opens in Corvedon town centre", "Dr Yasmin Tregothnan", "Mar-17", "A",
     "At risk", "Lease not yet signed"),
    ("P5.2", "P5", "Core 24 liaison psychiatry at CGH", "Dr Yasmin Tregothnan", "Q4 17/18", "G", "On track", ""),
    ("P5.3", "P5", "IAPT access rate of 19%", "Bryony Askew", "by 31/03/2019", "G", "On track", ""),
    ("P6.1", "P6", "Shared pathology Outline Business Case (OBC)", "Gideon Strathairn", "Q3 16/17", "A", "Delayed",
     "Revised date agreed by Finance & Activity Group"),
    ("P6.2", "P6", "Public consultation on a single hyper-acute stroke unit", "Oriel Tennant", "Summer 2017", "G",
     "On track", ""),
    ("P6.3", "P6", "Joint procurement hub live", "Gideon Strathairn", "Apr-18", "G", "Not started", ""),
]
REVISED = {"P6.1": datetime(2017, 2, 28)}

SAVINGS = {  # GBP m, 16/17 .. 20/21
    "P1": [0.3, 1.1, 2.0, 3.1, 4.2],
    "P2": [1.8, 5.2, 9.4, 14.0, 18.6],
    "P3": [1.2, 4.0, 7.3, 10.1, 12.9],
    "P4": [2.5, 7.9, 12.6, 17.4, 21.3],
    "P5": [0.4, 1.6, 3.2, 4.9, 6.4],
    "P6": [3.6, 9.8, 16.5, 22.2, 27.8],
}
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]

# must-dos as columns, programmes as rows
MUSTDO_HEAD = ["1 STP", "2 Financial balance", "3 General practice", "4 A&E and ambulance", "5 RTT 18 weeks",
               "6 Cancer 62 days", "7 Mental health", "8 Learning disabilities", "9 Quality / special measures"]
MUSTDO_ROWS = [
    ("P1 Healthy Lives", ["Yes", "", "Partly", "", "", "Partly", "Partly", "", ""]),
    ("P2 Community Care Hubs", ["Yes", "Partly", "Yes", "Partly", "", "", "", "", ""]),
    ("P3 Urgent & Emergency Care", ["Yes", "", "", "Yes", "", "", "", "", ""]),
    ("P4 Planned Care & Cancer", ["Yes", "Partly", "", "", "Yes", "Yes", "", "", ""]),
    ("P5 Mental Health & Wellbeing", ["Yes", "", "", "Via UEC", "", "", "Yes", "", ""]),
    ("P6 Acute Collaboration", ["Yes", "Yes", "", "", "Partly", "", "", "", "Partly"]),
    ("Enabler: Digital", ["Yes", "", "Partly", "Via UEC", "", "", "", "", ""]),
    ("Enabler: Workforce", ["Yes", "", "Partly", "", "", "", "", "", "Partly"]),
]

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
FIXED = (2016, 10, 21, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------------------------
def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)


def cell_lines(cell, lines, bold=False, size=9):
    """Write lines into a table cell, one paragraph each (Word wraps long ones)."""
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def header_footer(doc, head, foot):
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = section.footer.paragraphs[0]
    fp.text = foot + "    Page "
    # PAGE field
    run = fp.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    for r in fp.runs:
        r.font.size = Pt(8)


def para(doc, text, style=None, bold_lead=None, size=10.5):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        r.font.size = Pt(size)
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def heading(doc, text, level=1):
    h = doc.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = NAVY
    return h


def grid(table):
    table.style = "Table Grid"


# ---------------------------------------------------------------------------------------------------------------
# 01 Word STP narrative
# ---------------------------------------------------------------------------------------------------------------
def narrative(path):
    doc = docx.Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_footer(doc, "Corvedon & Hartsmere STP \u2013 DRAFT v0.9 \u2013 21 October 2016 \u2013 Not for onward circulation",
                  "C&H STP narrative | OFFICIAL-SENSITIVE")
    t = doc.add_paragraph()
    r = t.add_run("Corvedon & Hartsmere\nSustainability and Transformation Plan 2016/17 \u2013 2020/21")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = NAVY
    para(doc, "Draft submission to NHS England and NHS Improvement, version 0.9, 21/10/2016")

    heading(doc, "1. Introduction")
    para(doc, "1.1 This Sustainability and Transformation Plan (STP) sets out how the health and care organisations of "
              "Corvedon and Hartsmere will close the gap in health and wellbeing, care and quality, and finance and "
              "efficiency by 2020/21. It builds on the June 2016 submission and the checkpoint conversation of "
              "September 2016.")
    para(doc, "1.2 The footprint serves a registered population of 874,500 people: 512,300 registered with Corvedon "
              "CCG and 362,200 with Hartsmere & Lynd Valley CCG. The partners are the two Clinical Commissioning "
              "Groups (CCGs); Corvedon Hospitals NHS Foundation Trust (CHFT), which runs Corvedon General Hospital "
              "(CGH); Hartsmere Royal Infirmary NHS Trust (HRI); Lyndmoor Care Partnership NHS Foundation Trust (LCP), "
              "the mental health and community provider; Corvedon County Council (CCC) and Hartsmere City Council.")
    para(doc, "1.3 Miriam Coldstream, Chief Executive of Hartsmere Royal Infirmary NHS Trust, will lead the STP as "
              "its footprint lead, accountable to the STP Partnership Board.")

    heading(doc, "2. The case for change")
    para(doc, "2.1 If we do nothing, the footprint faces a financial gap of \u00a3163.4m by 2020/21. The CCGs "
              "account for \u00a358.9m of this and providers for \u00a3104.5m.")
    para(doc, "2.2 We will close the gap through the six priority programmes (\u00a391.2m recurrent savings by "
              "2020/21, Table 4), provider Cost Improvement Programmes (CIPs) beyond the programmes (\u00a349.7m) and "
              "the Sustainability and Transformation Fund (STF), \u00a322.5m. Every figure in this section is "
              "in \u00a3m at 2016/17 prices.")
    para(doc, "2.3 Eleven Community Care Hubs, each serving 30,000 to 50,000 people, will be the building block of "
              "out-of-hospital care.")

    heading(doc, "3. Governance")
    para(doc, "3.1 The STP Partnership Board meets monthly and is chaired by Dame Philippa Oakenshaw, Independent "
              "Chair. It holds the footprint lead to account. The Programme Board, chaired by the footprint lead, "
              "oversees delivery every month and receives the PMO tracker.")
    para(doc, "3.2 Kwabena Ashdown-Reyes, STP Programme Director, will run the Programme Management Office (PMO). "
              "Dr Lowri Penhallow, a Hartsmere GP, chairs the Clinical Board. Fergus Mallinder, Chief Finance Officer "
              "of Corvedon CCG, will lead the Finance & Activity Group.")
    para(doc, "3.3 Each programme has a Senior Responsible Owner (SRO) and a clinical lead:")
    for code, name, short, sro, title, cl in PROGRAMMES:
        lead_line = (f"{sro}, {title}, will lead the {name} programme ({code})"
                     + (f", with {cl} as clinical lead." if cl != "tbc" else "; its clinical lead is to be confirmed."))
        para(doc, lead_line, style="List Bullet")
    para(doc, "3.4 The enablers are led as follows. Digital: Priyanka Welbourne, Chief Information Officer of CHFT, "
              "will lead the Local Digital Roadmap. Workforce: the Local Workforce Action Board (LWAB) is being "
              "re-formed and its lead is not yet appointed. Estates: Horace Blandford-Ng, Director of Estates at HRI.")

    heading(doc, "4. Our priority programmes")
    para(doc, "4.1 Table 4a and Table 4b summarise the six programmes. Dates are as agreed by the Programme Board on "
              "12/10/2016; where a date is shown as tbc it will be set in the PMO tracker. Savings are the recurrent "
              "net savings in 2020/21 (\u00a3m).")

    def transposed(caption, codes):
        para(doc, caption, bold_lead="", size=9.5).runs[-1].italic = True
        progs = [p for p in PROGRAMMES if p[0] in codes]
        rows = 1 + 2 + 3 + 1
        tbl = doc.add_table(rows=rows, cols=1 + len(progs))
        grid(tbl)
        cell_lines(tbl.cell(0, 0), ["Programme"], bold=True)
        shade(tbl.cell(0, 0), "D9E2F3")
        for j, (code, name, short, sro, title, cl) in enumerate(progs, 1):
            cell_lines(tbl.cell(0, j), [f"{code} {name} ({short})"], bold=True)
            shade(tbl.cell(0, j), "D9E2F3")
            cell_lines(tbl.cell(1, j), [sro])
            cell_lines(tbl.cell(2, j), [cl])
            ms = [m for m in MILESTONES if m[1] == code]
            for k, m in enumerate(ms):
                cell_lines(tbl.cell(3 + k, j), [f"{m[2]} \u2013 {m[4]}"])
            cell_lines(tbl.cell(6, j), [f"{SAVINGS[code][-1]:.1f}"])
        cell_lines(tbl.cell(1, 0), ["Senior Responsible Owner"], bold=True)
        cell_lines(tbl.cell(2, 0), ["Clinical lead"], bold=True)
        label = tbl.cell(3, 0).merge(tbl.cell(5, 0))
        cell_lines(label, ["Key milestones"], bold=True)
        cell_lines(tbl.cell(6, 0), ["Savings 2020/21 (\u00a3m)"], bold=True)
        for r in range(rows):
            tbl.cell(r, 0).width = Cm(3.3)
        doc.add_paragraph()

    transposed("Table 4a: Priority programmes P1 \u2013 P3", ("P1", "P2", "P3"))
    transposed("Table 4b: Priority programmes P4 \u2013 P6 (continued from Table 4a)", ("P4", "P5", "P6"))
    para(doc, "4.2 Total programme savings in 2020/21 are \u00a391.2m. The phasing by year is in the PMO tracker.")
    para(doc, "4.3 The UEC programme includes the mental health liaison service, so P5's contribution to the A&E "
              "standard is counted through UEC. The single hyper-acute stroke unit will need public consultation; "
              "the pre-consultation business case will go to the Clinical Senate first.")

    heading(doc, "5. The national must-dos")
    para(doc, "5.1 Annex B maps each programme against the 9 national must-dos of the 2016/17 planning guidance. "
              "Learning disabilities are taken forward through the Transforming Care Partnership (TCP) plan, which is "
              "submitted separately, so no STP programme carries must-do 8.")

    heading(doc, "6. Next steps")
    para(doc, "6.1 Public engagement on this plan runs through Winter 2016/17. The PMO will issue the first milestone "
              "tracker in January 2017 and report to the Programme Board monthly from then on.")

    doc.core_properties.author = "Kwabena Ashdown-Reyes"
    doc.core_properties.title = "C&H STP narrative draft v0.9"
    doc.core_properties.created = doc.core_properties.modified = datetime(*FIXED)
    doc.core_properties.revision = 9
    doc.save(path)


# ---------------------------------------------------------------------------------------------------------------
# 02 PowerPoint annex
# ---------------------------------------------------------------------------------------------------------------
def textbox(slide, x, y, w, h, lines, size=12, bold_first=False, fill=None, colour=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        for r in p.runs:
            r.font.size = PPt(size)
            r.font.bold = bold_first and i == 0
            if colour:
                r.font.color.rgb = colour
    if fill:
        tb.fill.solid()
        tb.fill.fore_color.rgb = fill
    return tb


def ptable(slide, x, y, w, rows, widths, size=11):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(0.3 * len(rows)))
    tbl = shape.table
    for j, wd in enumerate(widths):
        tbl.columns[j].width = Emu(int(Inches(wd)))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(size)
                    r.font.bold = i == 0
    return tbl


def annex(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    title_only = prs.slide_layouts[5]
    foot = "Corvedon & Hartsmere STP | Annex B: Programme plans on a page | November 2016 | DRAFT"

    def footer(s, n):
        textbox(s, 0.4, 7.0, 10, 0.35, [foot], size=9, colour=PRGB(0x66, 0x66, 0x66))
        textbox(s, 12.3, 7.0, 0.8, 0.35, [str(n)], size=9)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Corvedon & Hartsmere STP"
    s.placeholders[1].text = "Annex B \u2013 Programme plans on a page\nSupporting the STP submission of 21 October 2016"
    n = 1
    for code, name, short, sro, title, cl in PROGRAMMES:
        n += 1
        s = prs.slides.add_slide(title_only)
        s.shapes.title.text = f"{code}: {name} ({short})"
        s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = PPt(28)
        short_title = {"P1": "DPH, Corvedon County Council", "P2": "AO, H&LV CCG", "P3": "CEO, CHFT",
                       "P4": "Medical Director, HRI", "P5": "CEO, LCP", "P6": "Director of Strategy, CHFT"}[code]
        owner = ["Programme owner", f"SRO: {sro}", short_title,
                 f"Clinical lead: {cl if cl != 'tbc' else 'to be confirmed'}"]
        textbox(s, 9.3, 1.5, 3.6, 1.9, owner, size=12, bold_first=True, fill=PRGB(0xE8, 0xEE, 0xF6))
        aims = {
            "P1": "Reduce the prevalence of obesity and type 2 diabetes; every contact counts.",
            "P2": "Eleven hubs bringing GP, community nursing, social care and voluntary sector together.",
            "P3": "One front door at each acute site; fewer people waiting in A&E and fewer admissions.",
            "P4": "Right care first time for planned care; early diagnosis of cancer.",
            "P5": "Crisis alternatives, parity of esteem and faster access to talking therapies.",
            "P6": "Two acute trusts working as one for pathology, stroke and procurement.",
        }
        textbox(s, 9.3, 3.6, 3.6, 1.6, ["Ambition", aims[code]], size=11, bold_first=True)
        rows = [["Ref", "Milestone", "Lead", "Due", "RAG"]]
        for m in MILESTONES:
            if m[1] == code:
                rows.append([m[0], m[2], m[3], m[4], m[5]])
        ptable(s, 0.4, 1.5, 8.6, rows, [0.7, 4.1, 2.1, 1.2, 0.5], size=12)
        if code == "P3":
            textbox(s, 0.4, 5.4, 8.6, 0.6, ["The mental health liaison service (P5) is delivered through this "
                                              "programme for the A&E standard."], size=10)
        footer(s, n)

    n += 1
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Our programmes against the 9 National Must Do's"
    rows = [["Local programme"] + MUSTDO_HEAD] + [[r[0]] + r[1] for r in MUSTDO_ROWS]
    ptable(s, 0.3, 1.3, 12.7, rows, [2.5] + [1.13] * 9, size=10)
    textbox(s, 0.3, 5.6, 12.5, 0.9,
            ["Yes = the programme delivers the must-do; Partly = contributes; Via UEC = counted through the UEC "
             "programme; blank = no contribution.",
             "Must-do 8 is taken forward by the Transforming Care Partnership (TCP), outside this STP."], size=10)
    footer(s, n)

    n += 1
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Enablers"
    textbox(s, 0.5, 1.5, 3.9, 2.4, ["Digital", "Lead: Priyanka Welbourne, CIO, CHFT",
                                    "Local Digital Roadmap submitted 30/06/2016",
                                    "Shared care record across CHFT, HRI and LCP: Mar-18"], size=12, bold_first=True,
            fill=PRGB(0xE8, 0xEE, 0xF6))
    textbox(s, 4.7, 1.5, 3.9, 2.4, ["Workforce", "Lead: vacant (LWAB being re-formed)",
                                    "Joint bank for nursing staff: Q3 17/18"], size=12, bold_first=True,
            fill=PRGB(0xE8, 0xEE, 0xF6))
    textbox(s, 8.9, 1.5, 3.9, 2.4, ["Estates", "Lead: Horace Blandford-Ng, Director of Estates, HRI",
                                    "Estates strategy to Partnership Board: Jan-17"], size=12, bold_first=True,
            fill=PRGB(0xE8, 0xEE, 0xF6))
    footer(s, n)

    prs.core_properties.author = "C&H STP PMO"
    prs.core_properties.title = "Annex B programme plans on a page"
    prs.core_properties.created = prs.core_properties.modified = datetime(2016, 11, 4, 9, 0, 0)
    prs.core_properties.revision = 3
    prs.save(path)


# ---------------------------------------------------------------------------------------------------------------
# 03 Excel tracker
# ---------------------------------------------------------------------------------------------------------------
def parse_printed(due):
    """Real dates for the tracker where the narrative printed a day; the rest stay text."""
    text = due.replace("by ", "")
    try:
        return datetime.strptime(text, "%d/%m/%Y")
    except ValueError:
        return due


def tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Milestones"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Corvedon & Hartsmere STP \u2013 PMO milestone tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31/01/2017. Owner: STP PMO. Dates in the Revised date column supersede the original."
    head = ["Programme", "Ref", "Milestone", "Lead", "Original date", "Revised date", "Status", "Comment"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3A5F")
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
    widths = [22, 7, 44, 22, 14, 14, 12, 36]
    for j, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[j]].width = w
    row = 5
    fills = {"On track": "C6EFCE", "At risk": "FFEB9C", "Delayed": "FFC7CE", "Not started": "EDEDED"}
    for code, name, short, *_ in PROGRAMMES:
        ms = [m for m in MILESTONES if m[1] == code]
        first = row
        for ref, _p, text, lead, due, rag, status, comment in ms:
            vals = [None, ref, text, lead, parse_printed(due), REVISED.get(ref), status, comment or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).fill = PatternFill("solid", fgColor=fills[status])
            row += 1
        ws.cell(row=first, column=1, value=f"{code} {name}")
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=first, column=1).font = Font(bold=True)
    ws.freeze_panes = "C5"

    fin = wb.create_sheet("Finance")
    fin["A1"] = "Programme savings by year (\u00a3m, recurrent, net)"
    fin["A1"].font = Font(bold=True, size=12)
    fin.append([])
    fin.append(["Programme"] + YEARS)
    for c in fin[3]:
        c.font = Font(bold=True)
    for code, name, *_ in PROGRAMMES:
        fin.append([f"{code} {name}"] + SAVINGS[code])
    totals = [round(sum(SAVINGS[c][i] for c in SAVINGS), 1) for i in range(5)]
    fin.append(["Total"] + totals)
    for c in fin[fin.max_row]:
        c.font = Font(bold=True)
    fin.append([])
    fin.append(["Do-nothing gap 2020/21", 163.4])
    fin.append(["Provider CIPs beyond programmes", 49.7])
    fin.append(["STF", 22.5])
    fin.column_dimensions["A"].width = 34

    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for i, (s, d) in enumerate([("On track", "Will be delivered by the date shown"),
                                 ("At risk", "Date may be missed; mitigation in place"),
                                 ("Delayed", "Original date missed; see Revised date"),
                                 ("Not started", "Work not yet begun"),
                                 ("Complete", "Delivered")], 2):
        key.cell(row=i, column=1, value=s)
        key.cell(row=i, column=2, value=d)
    key["A9"] = "Abbreviations"
    key["A9"].font = Font(bold=True)
    for i, (a, d) in enumerate([("CAS", "Clinical Assessment Service"), ("CGH", "Corvedon General Hospital"),
                                 ("D2A", "Discharge to Assess"), ("HRI", "Hartsmere Royal Infirmary"),
                                 ("MECC", "Making Every Contact Count"), ("OBC", "Outline Business Case")], 10):
        key.cell(row=i, column=1, value=a)
        key.cell(row=i, column=2, value=d)
    key.column_dimensions["B"].width = 44
    wb.properties.creator = "C&H STP PMO"
    wb.properties.created = wb.properties.modified = datetime(2017, 1, 31, 17, 0, 0)
    wb.save(path)


# ---------------------------------------------------------------------------------------------------------------
# 04 Word note of meeting
# ---------------------------------------------------------------------------------------------------------------
def note(path):
    doc = docx.Document()
    header_footer(doc, "C&H STP Programme Board \u2013 14.03.17 \u2013 Note (unconfirmed)",
                  "Corvedon & Hartsmere STP")
    t = doc.add_paragraph()
    r = t.add_run("Corvedon & Hartsmere STP Programme Board\nNote of the meeting held on Tuesday 14 March 2017, "
                  "Boardroom, Lyndmoor House")
    r.bold = True
    r.font.size = Pt(13)
    para(doc, "Miriam Coldstream (Chair); Kwabena Ashdown-Reyes; Fergus Mallinder; Alasdair Quennell; Bernadette "
              "Laxfield; Rosalind Achterberg; Desmond Farrier-Lowe; Gideon Strathairn; Dr Lowri Penhallow.",
         bold_lead="Present: ")
    para(doc, "Tobias Renwick-Hale; Dr Marguerite Fanshawe.", bold_lead="Apologies: ")
    items = [
        ("1. Leadership changes. ",
         "Alasdair Quennell is leaving CHFT at the end of March to take up a post outside the footprint. The Board "
         "agreed that Bernadette Laxfield, Chief Operating Officer of HRI, will be SRO for UEC from 1 April 2017. "
         "Mr Quennell remains SRO until 31 March. The Board welcomed Dr Ewan Castleford, consultant stroke "
         "physician at HRI, who takes up the clinical lead role for Acute Collaboration (P6) that had been "
         "shown as tbc."),
        ("2. Crisis caf\u00e9 (P5.1). ",
         "The lease on the town-centre premises was signed on 3 March. Opening moves from Mar-17 to 31/05/2017. "
         "DFL to confirm staffing by the April meeting."),
        ("3. Community Care Hubs (P2.1). ",
         "Estates works at the Lynd Valley site will not finish in time. The first four hubs will now go live in "
         "Jan-18, not Oct-17 as in the tracker. Extended access (P2.2) is unaffected."),
        ("4. Rapid diagnostic centre (P4.2). ",
         "Following Cancer Alliance guidance the business case date, previously tbc, is set at 30 September 2017."),
        ("5. Stroke (P6.2). ",
         "The Clinical Senate review will not report until June, so the public consultation on a single "
         "hyper-acute stroke unit is deferred from Summer 2017 to Autumn 2017."),
        ("6. Urgent Treatment Centre (P3.1). ",
         "The Board APPROVED the UTC service specification for the HRI front door. Go-live stays Dec-17."),
        ("7. PMO tracker. ",
         "The tracker will be reissued with these changes; where this note and the tracker of 31/01/2017 "
         "differ, this note stands."),
        ("8. Date of next meeting. ", "Tuesday 11 April 2017, 14:00, Lyndmoor House."),
    ]
    for lead, text in items:
        para(doc, text, bold_lead=lead)
    para(doc, "Note taken by the STP PMO, 15/03/2017.", size=9)
    doc.core_properties.author = "C&H STP PMO"
    doc.core_properties.title = "Programme Board note 14 March 2017"
    doc.core_properties.created = doc.core_properties.modified = datetime(2017, 3, 15, 9, 0, 0)
    doc.core_properties.revision = 1
    doc.save(path)


def fix_zip(path: Path, when) -> None:
    """Rewrite an Office file's zip with one fixed entry time, so runs make the same bytes."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time as modified: pin it
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    PAPERS.mkdir(exist_ok=True)
    for old in PAPERS.iterdir():
        old.unlink()
    narrative(PAPERS / NARRATIVE)
    annex(PAPERS / ANNEX)
    tracker(PAPERS / TRACKER)
    note(PAPERS / NOTE)
    for name, when in ((NARRATIVE, FIXED), (ANNEX, (2016, 11, 4, 9, 0, 0)), (TRACKER, (2017, 1, 31, 17, 0, 0)),
                       (NOTE, (2017, 3, 15, 9, 0, 0))):
        fix_zip(PAPERS / name, when)
    print("wrote", *sorted(p.name for p in PAPERS.iterdir()))


if __name__ == "__main__":
    main()
