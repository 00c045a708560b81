"""Write the Penhallow & Ditchmarsh STP papers (thirty-sixth imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan (October 2016 to April 2017):
  01 Annex A, hospital and specialist programmes (PDF, landscape, platypus): footprint figures in numbered prose,
     then ONE initiative table (Ref / Initiative / Owner / Key milestone / Due / Must-dos) under programme band rows
     that carry the SRO and clinical lead; the table runs from page 2 onto page 3 and its header row is printed on
     page 2 only; governance in prose on page 4;
  02 Annex B, out-of-hospital and enabling programmes (Word): numbered initiative paragraphs typed as text, each
     followed by a "Lead:" line and a "Milestone(s):" line, SROs in sentences, and a must-do table whose third column
     holds all of a programme's must-dos in one text cell ("MD 2, 4");
  03 Partnership Board roadmap deck (PowerPoint): a timeline slide drawn only with text boxes (quarter labels across
     the top, milestone boxes stacked under them, added in programme order rather than column order), a bed-base
     table with the same figures in a prose box, and big-number boxes with captions;
  04 delivery tracker (Excel): programme cells merged down several rows, Original date beside Revised date (real date
     cells mixed with "Q3 2017/18", "end of March 2018", "Spring 2018", "TBC"), RAG as words, a savings sheet by scheme
     in GBP m with Total row and column (no formulas), and a read-me sheet;
  05 Partnership Board minutes (plain text, hard-wrapped): decisions that change an SRO from a stated day, an
     initiative lead from a stated day and two dates, and a space-aligned action log;
  06 glossary of initialisms used in the papers (Word, two-column table).

Nothing is random; reportlab runs in invariant mode and the Office files' zip entry times and core dates are pinned,
so every run writes the same bytes.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.dml.color import RGBColor as PRGB
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
PINNED = datetime(2017, 4, 3, 9, 0, 0)


def Paragraph(text, style):  # noqa: N802  (every PDF paragraph's text is plain text: escape &, < and >)
    return _Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)

ANNEX_A = "01_PD_STP_Annex_A_Hospital_Specialist_Programmes_v3.0_Oct2016.pdf"
ANNEX_B = "02_PD_STP_Annex_B_Out_of_Hospital_Enabling_Programmes_v1.2_Nov2016.docx"
DECK = "03_PD_STP_Partnership_Board_Roadmap_08Dec2016.pptx"
TRACKER = "04_PD_STP_Delivery_Tracker_Jan2017.xlsx"
MINUTES = "05_PD_STP_Partnership_Board_Minutes_09Mar2017.txt"
GLOSSARY = "06_PD_STP_Glossary_of_Initialisms_Apr2017.docx"

# ---------------------------------------------------------------------------------------------------------------
# The plan's content (one place, so the papers agree with each other where they should)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES_A = [
    # code, name, SRO, SRO title, clinical lead
    ("UEC", "Urgent & Emergency Care", "Graham Tolliver", "Chief Operating Officer, DLH", "Dr Farida Okonjo-Blake"),
    ("PCC", "Planned Care & Cancer", "Alison Penrose", "Chief Officer, NHS Sandridge CCG", "Mr Tobias Enderby"),
    ("MH", "Mental Health", "Jonathan Veale", "Chief Executive, WCP", "Dr Siobhan Marrack"),
    ("ASC", "Acute Services Collaboration", "Nicola Barraclough", "Director of Finance, PRH", "Dr Edmund Carne"),
]
# ref, initiative, owner, key milestone, due, must-dos
INITIATIVES_A = {
    "UEC": [
        ("UEC1", "Urgent Treatment Centre at Ditchmarsh General Hospital, replacing the minor injuries unit, with GP "
         "streaming at the front door", "Peter Langstone", "UTC open 24/7", "30/09/17", "4"),
        ("UEC2", "Integrated clinical assessment service behind NHS 111 (GPs, nurses, pharmacists, mental health "
         "practitioners)", "Bronwen Tresize", "Clinical assessment service live", "Q3 2017/18", "4"),
        ("UEC3", "Discharge to assess (D2A) on both acute sites, with step-down beds in the independent sector",
         "Colm Rafferty", "D2A beds commissioned", "Qtr 4 16/17", "2, 4"),
        ("UEC4", "Ambulance hear and treat and see and treat with the ambulance trust", "Leanne Morcom",
         "Hear and treat rate of 12%", "Spring 2018", "4"),
    ],
    "PCC": [
        ("PCC1", "Musculoskeletal (MSK) triage and treatment service, one referral route for all three CCGs",
         "Mr Tobias Enderby", "MSK triage service live", "30/06/17", "5"),
        ("PCC2", "Outpatient redesign: advice and guidance (A&G) before referral in ten specialties",
         "Harriet Polglase", "A&G in all ten specialties", "end of March 2018", "2, 5"),
        ("PCC3", "Rapid diagnostic centre (RDC) for suspected cancer at Penhallow Royal Hospital",
         "Dr Amara Nwosu-Kent", "RDC open", "Q2 2017/18", "6"),
        ("PCC4", "Community ophthalmology service for glaucoma and cataract follow-up", "Harriet Polglase",
         "Community service live", "TBC", "5"),
    ],
    "MH": [
        ("MH1", "Crisis house in Penhallow as an alternative to admission, run with the voluntary sector",
         "Declan Hosking", "Crisis house open", "Q4 2017/18", "7"),
        ("MH2", "Core 24 liaison psychiatry in the emergency department at Penhallow Royal Hospital",
         "Dr Siobhan Marrack", "Core 24 team in post", "31/03/18", "4, 7"),
        ("MH3", "IAPT expansion, including long-term conditions, to reach 19% access", "Nadia Bellingham",
         "19% access reached", "Mar-19", "7"),
        ("MH4", "Perinatal mental health community team for the whole footprint", "TBC",
         "Team recruited", "time frame as yet unknown", "7"),
    ],
    "ASC": [
        ("ASC1", "Shared pathology network across PRH and DLH with one hub laboratory", "Ivo Pascoe",
         "Network live", "Spring 2018", "2"),
        ("ASC2", "Stroke: a single hyper-acute stroke unit (HASU) at Penhallow Royal Hospital, subject to public "
         "consultation", "Dr Edmund Carne", "Consultation launched; HASU open", "Consultation Q1 2017/18; "
         "HASU 2018/19", "2, 9"),
        ("ASC3", "Back-office and procurement consolidation across the two acute trusts", "Nicola Barraclough",
         "Shared services live", "Mar-18", "2"),
    ],
}
MUSTDO_TABLE = [  # programme, SRO, must-dos addressed (one text cell)
    ("Urgent & Emergency Care (UEC)", "Graham Tolliver", "MD 2, 4"),
    ("Planned Care & Cancer (PCC)", "Alison Penrose", "MD 2, 5, 6"),
    ("Mental Health (MH)", "Jonathan Veale", "MD 4, 7"),
    ("Acute Services Collaboration (ASC)", "Nicola Barraclough", "MD 2, 9"),
    ("Integrated Community Care (ICC)", "Dr Helen Treloar", "MD 2, 3, 4"),
    ("Prevention & Self-Care (PSC)", "Dr Mairead Fennelly", "MD 3"),
]
SAVINGS = [  # programme, scheme, GBP m 2016/17 .. 2020/21
    ("UEC", "D2A and step-down (UEC3)", [1.2, 4.5, 7.8, 9.6, 10.4]),
    ("UEC", "Urgent care front door (UEC1, UEC2)", [0.0, 2.1, 5.3, 7.4, 8.2]),
    ("PCC", "Outpatient redesign (PCC2)", [0.8, 3.6, 6.9, 8.8, 9.5]),
    ("PCC", "MSK triage (PCC1)", [0.3, 1.9, 3.2, 3.9, 4.1]),
    ("MH", "Crisis and liaison (MH1, MH2)", [0.0, 1.4, 2.8, 3.5, 3.9]),
    ("ASC", "Shared pathology (ASC1)", [0.0, 1.8, 4.6, 6.2, 7.0]),
    ("ASC", "Stroke reconfiguration (ASC2)", [0.0, 0.0, 2.4, 5.8, 6.3]),
    ("ASC", "Back office and procurement (ASC3)", [2.5, 6.8, 10.9, 13.6, 15.2]),
    ("ICC", "Hubs and community response (ICC1, ICC2)", [0.5, 5.6, 15.2, 25.4, 33.8]),
    ("ICC", "Care homes support (ICC4)", [0.2, 1.6, 3.9, 5.7, 6.8]),
    ("PSC", "Prevention at scale (PSC1, PSC2)", [0.0, 0.4, 1.5, 2.9, 4.1]),
]
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
COL_TOTALS = [round(sum(s[2][j] for s in SAVINGS), 1) for j in range(5)]
GAP, PROVIDER_GAP, CCG_GAP, LA_GAP = 231.8, 148.2, 41.5, 42.1
STF = 28.4
CIP = round(GAP - COL_TOTALS[4] - STF, 1)
assert round(PROVIDER_GAP + CCG_GAP + LA_GAP, 1) == GAP
assert COL_TOTALS[4] == 109.3 and CIP == 94.1
BEDS = [("Penhallow Royal Hospital", 684, 640), ("Ditchmarsh General Hospital", 412, 371),
        ("Lowfold Community Hospital", 58, 36)]
BEDS_NOW, BEDS_2021 = sum(b[1] for b in BEDS), sum(b[2] for b in BEDS)
assert (BEDS_NOW, BEDS_2021) == (1154, 1047)


def pin_zip(path: Path) -> None:
    """Rewrite an Office file with fixed zip entry times, so the bytes do not depend on when it was built."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as "modified"
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2017-04-03T09:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2017, 4, 3, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            z.writestr(fixed, data)


# ---------------------------------------------------------------------------------------------------------------
# 01 Annex A (PDF): one table over two pages, the header row printed on the first page only
# ---------------------------------------------------------------------------------------------------------------
def annex_a() -> None:
    body = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6, alignment=TA_LEFT)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, spaceBefore=4, spaceAfter=8,
                        textColor=colors.HexColor("#003B5C"))
    title = ParagraphStyle("title", fontName="DVB", fontSize=20, leading=25, spaceAfter=6,
                           textColor=colors.HexColor("#003B5C"))
    sub = ParagraphStyle("sub", fontName="DV", fontSize=12, leading=16, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName="DVB", fontSize=8, leading=10, textColor=colors.white)
    band = ParagraphStyle("band", fontName="DVB", fontSize=8.5, leading=11)

    def page(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(36, 595 - 22, "Penhallow & Ditchmarsh STP  |  Annex A: Hospital and specialist programmes")
        canv.drawRightString(842 - 36, 595 - 22, "Version 3.0 submission draft, 21 October 2016")
        canv.drawString(36, 18, "OFFICIAL: draft for discussion")
        canv.drawRightString(842 - 36, 18, f"Page {doc.page}")
        canv.restoreState()

    story = [
        Paragraph("Penhallow & Ditchmarsh Sustainability and Transformation Plan", title),
        Paragraph("Annex A: Hospital and specialist programmes: delivery plan 2016/17 to 2020/21", sub),
        Paragraph("Version 3.0, submission draft, 21 October 2016. Prepared by the STP Programme Office for "
                  "NHS England and NHS Improvement.", body),
        Spacer(1, 10),
        Paragraph("1. Our footprint and the gap we must close", h1),
        Paragraph("1.1 Penhallow & Ditchmarsh serves a registered population of 812,600 people across three "
                  "clinical commissioning groups (NHS Penhallow CCG, NHS Ditchmarsh & Lowfold CCG and NHS Sandridge "
                  "CCG) and two councils (Penhallow City Council and Ditchmarshire County Council). Hospital care "
                  "is provided by Penhallow Royal Hospital NHS Foundation Trust (PRH) and Ditchmarsh & Lowfold "
                  "Hospitals NHS Trust (DLH); community and mental health services by Wealdmoor Care Partnership "
                  "NHS Foundation Trust (WCP).", body),
        Paragraph(f"1.2 If we do nothing, the health and care system faces a financial gap of £{GAP}m by 2020/21: "
                  f"£{PROVIDER_GAP}m in NHS providers, £{CCG_GAP}m in commissioners and £{LA_GAP}m in social "
                  "care.", body),
        Paragraph(f"1.3 We plan to close the gap with £{COL_TOTALS[4]}m a year by 2020/21 from the schemes in "
                  f"Annexes A and B, £{CIP}m of provider efficiency (CIP) and £{STF}m assumed from the "
                  "Sustainability and Transformation Fund (STF). Savings by scheme are kept in the delivery "
                  "tracker; the largest single contribution comes from the Health and Care Hubs with the community "
                  "response teams in Annex B.", body),
        Paragraph("1.4 This annex sets out the four hospital and specialist programmes. Each has a Senior "
                  "Responsible Officer (SRO), named in the band above its initiatives, and owners for each "
                  "initiative. The out-of-hospital and enabling programmes, and the mapping of every programme to "
                  "the nine national must-dos, are in Annex B.", body),
        PageBreak(),
        Paragraph("2. Programme delivery plans: initiatives which we will focus on in 2016/17 to 2017/18", h1),
    ]
    widths = [40, 300, 110, 140, 110, 70]
    header = [Paragraph(t, head) for t in ("Ref", "Initiative", "Owner", "Key milestone", "Due", "Must-dos")]

    def band_row(code):
        c, name, sro, title, cl = next(p for p in PROGRAMMES_A if p[0] == code)
        return [Paragraph(f"{name} ({c})   SRO: {sro}, {title}   Clinical lead: {cl}", band), "", "", "", "", ""]

    def rows_for(code, refs=None):
        return [[Paragraph(x, cell) for x in r] for r in INITIATIVES_A[code] if refs is None or r[0] in refs]

    def table(rows, bands, with_header):
        t = Table(rows, colWidths=widths, repeatRows=0)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if with_header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#003B5C")))
        for b in bands:
            style += [("SPAN", (0, b), (-1, b)), ("BACKGROUND", (0, b), (-1, b), colors.HexColor("#D9E2F3"))]
        t.setStyle(TableStyle(style))
        return t

    # page 2: header, UEC, PCC, MH band and MH1; page 3: MH2-MH4 and ASC with no header row
    rows1, bands1 = [header], []
    for code in ("UEC", "PCC"):
        bands1.append(len(rows1))
        rows1 += [band_row(code)] + rows_for(code)
    bands1.append(len(rows1))
    rows1 += [band_row("MH")] + rows_for("MH", {"MH1"})
    rows2 = rows_for("MH", {"MH2", "MH3", "MH4"})
    bands2 = [len(rows2)]
    rows2 += [band_row("ASC")] + rows_for("ASC")
    story += [table(rows1, bands1, True), PageBreak(), table(rows2, bands2, False), PageBreak()]
    story += [
        Paragraph("3. Governance", h1),
        Paragraph("3.1 The STP Partnership Board is the decision-making body for the plan. It is chaired by our "
                  "Independent Chair, Dame Rosalind Trevanion, and meets on the second Thursday of each month. Its "
                  "members are the chief executives and accountable officers of the partner organisations, the "
                  "two directors of adult social care and the Director of Public Health.", body),
        Paragraph("3.2 The STP Lead is Marcus Olderidge, Chief Executive of PRH. Day-to-day delivery is led by "
                  "the STP Programme Director, Imogen Castlereagh, who chairs the fortnightly Delivery Group of "
                  "SROs. Huw Pendarves, Director of Finance of NHS Penhallow CCG, leads the Finance and Investment "
                  "Group.", body),
        Paragraph("3.3 Each programme reports monthly to the Delivery Group through a highlight report and the "
                  "delivery tracker. Changes to an SRO or to a due date are agreed by the Partnership Board and "
                  "recorded in its minutes.", body),
        Paragraph("4. Next steps", h1),
        Paragraph("4.1 Following submission, the programmes will complete detailed plans by the end of December "
                  "2016, and the first delivery tracker will be published in January 2017.", body),
    ]
    doc = SimpleDocTemplate(str(OUT / ANNEX_A), pagesize=landscape(A4), leftMargin=36, rightMargin=36,
                            topMargin=40, bottomMargin=36, title="Annex A: Hospital and specialist programmes",
                            author="Penhallow & Ditchmarsh STP Programme Office")
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------------------------------------------
# 02 Annex B (Word): numbered initiative paragraphs with "Lead:" lines, must-dos in one cell per programme
# ---------------------------------------------------------------------------------------------------------------
def pin_core(doc_or_prs, title):
    cp = doc_or_prs.core_properties
    cp.author = "STP Programme Office"
    cp.last_modified_by = "STP Programme Office"
    cp.title = title
    cp.created = PINNED
    cp.modified = PINNED
    cp.revision = 1


def annex_b() -> None:
    doc = Document()
    pin_core(doc, "Annex B: Out-of-hospital and enabling programmes")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Penhallow & Ditchmarsh STP | Annex B v1.2 | 18 November 2016"
    sec.footer.paragraphs[0].text = "Draft: not for onward circulation"

    def para(text, bold_prefix=None, italic=False):
        p = doc.add_paragraph()
        if bold_prefix and text.startswith(bold_prefix):
            p.add_run(bold_prefix).bold = True
            p.add_run(text[len(bold_prefix):])
        else:
            r = p.add_run(text)
            r.italic = italic
        return p

    def initiative(number_title, description, lead, milestone_label, milestones):
        p = doc.add_paragraph()
        p.add_run(number_title + " ").bold = True
        p.add_run(description)
        para(f"Lead: {lead}", "Lead:")
        para(f"{milestone_label}: {milestones}", milestone_label + ":")

    doc.add_heading("Penhallow & Ditchmarsh STP", level=0)
    para("Annex B: Out-of-hospital and enabling programmes, version 1.2, 18 November 2016")
    doc.add_heading("1. Introduction", level=1)
    para("1.1 This annex completes the delivery plan submitted on 21 October 2016. Annex A covers the four hospital "
         "and specialist programmes; this annex covers Integrated Community Care, Prevention & Self-Care and the "
         "enabling programmes, and maps every programme to the nine national must-dos (section 5).")
    doc.add_heading("2. Integrated Community Care (ICC)", level=1)
    para("2.0 The SRO for Integrated Community Care is Dr Helen Treloar, Clinical Chair of NHS Penhallow CCG, and "
         "Dr Ravi Chandrasekar, a GP in Sandridge, is its clinical lead. The programme moves care out of hospital "
         "into four localities.")
    initiative("2.1 Health and Care Hubs (HCH).", "Four hubs bringing general practice, community nursing, "
               "therapies and social care under one roof, each serving 30,000 to 60,000 people.",
               "Sandra Quiller, Director of Primary Care, NHS Penhallow CCG", "Milestones",
               "first two hubs open Q2 2017/18; all four open by end of March 2019")
    initiative("2.2 Community Response Teams (CRT).", "Rapid-response nursing, therapy and social care at home, "
               "to prevent admissions and to support discharge to assess.",
               "Martin Dunstan, Head of Community Services, WCP", "Milestone",
               "CRTs working 8am to 10pm, seven days a week, by 31/12/17")
    initiative("2.3 Extended access to general practice.", "Evening and weekend appointments from the hubs for "
               "the whole population.", "Dr Ravi Chandrasekar, GP clinical lead", "Milestone",
               "100% population coverage by 31/03/19")
    initiative("2.4 Enhanced support to care homes.", "A named practice, a pharmacist review and the hospital "
               "transfer pack for every care home.", "Gwen Angove, Head of Quality, NHS Ditchmarsh & Lowfold CCG",
               "Milestone", "all 92 care homes signed up by Spring 2018")
    doc.add_heading("3. Prevention & Self-Care (PSC)", level=1)
    para("3.0 Dr Mairead Fennelly, Director of Public Health for Penhallow City Council, is SRO for Prevention & "
         "Self-Care.")
    initiative("3.1 National Diabetes Prevention Programme (NDPP).", "Referral of people at high risk of type 2 "
               "diabetes from every practice.", "Carys Penhale, Consultant in Public Health", "Milestone",
               "1,800 referrals a year by Q4 2017/18")
    initiative("3.2 Tobacco dependence service in hospital.", "Every smoker admitted to hospital offered "
               "treatment and referral to community stop smoking support.", "Dr Mairead Fennelly", "Milestone",
               "every adult inpatient ward covered by Winter 2017/18")
    doc.add_heading("4. Enabling programmes", level=1)
    initiative("4.1 Digital: Penhallow & Ditchmarsh Care Record (PDCR).", "One shared care record across general "
               "practice, hospitals, community, mental health and social care.",
               "Owen Prideaux, Chief Information Officer, PRH", "Milestones",
               "phase 1 (GP and hospital records) go-live 31/10/17; phase 2 (social care records) 2018/19")
    initiative("4.2 Workforce: collaborative staff bank.", "One nursing and healthcare assistant bank for PRH, "
               "DLH and WCP.", "Kerenza Hollis, Director of Workforce, DLH", "Milestone",
               "collaborative bank live Q1 2017/18")
    initiative("4.3 Estates: One Public Estate (OPE).", "A joint bid with both councils and an estates strategy "
               "for the footprint.", "to be confirmed", "Milestone", "OPE bid submitted by 31/01/17")
    doc.add_heading("5. How our programmes address the nine national must-dos", level=1)
    para("5.1 Must-do 1 (the STP itself) applies to every programme and is not repeated in the table.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, text in zip(t.rows[0].cells, ("Programme", "SRO", "National must-dos addressed")):
        c.text = ""
        c.paragraphs[0].add_run(text).bold = True
    for prog, sro, mds in MUSTDO_TABLE:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = prog, sro, mds
    para("5.2 Must-dos are numbered as in the 2016/17 NHS planning guidance: MD 2 financial balance, MD 3 general "
         "practice, MD 4 A&E and ambulance waits, MD 5 referral to treatment (RTT), MD 6 cancer, MD 7 mental "
         "health, MD 8 learning disabilities, MD 9 improving quality.")
    para("5.3 No programme in this plan addresses MD 8. Services for people with learning disabilities are taken "
         "forward through the Transforming Care Partnership (TCP) plan, which is submitted separately.")
    path = OUT / ANNEX_B
    doc.save(str(path))
    pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 03 Roadmap deck (PowerPoint): a timeline of text boxes; beds as a table and in prose; big numbers
# ---------------------------------------------------------------------------------------------------------------
QUARTERS = ["Q4 2016/17", "Q1 2017/18", "Q2 2017/18", "Q3 2017/18", "Q4 2017/18", "2018/19"]
ROADMAP = [  # programme order, as the PMO typed them; column index into QUARTERS
    ("UEC", "D2A beds commissioned (UEC3)", 0),
    ("UEC", "Ditchmarsh UTC opens (UEC1)", 2),
    ("UEC", "Clinical assessment service live (UEC2)", 3),
    ("UEC", "Frailty assessment unit opens at PRH (UEC)", 3),
    ("PCC", "MSK triage service live (PCC1)", 1),
    ("PCC", "Rapid diagnostic centre opens (PCC3)", 2),
    ("MH", "Crisis house opens (MH1)", 4),
    ("MH", "Core 24 liaison team in post (MH2)", 4),
    ("ASC", "Stroke HASU consultation launch (ASC2)", 1),
    ("ASC", "Back-office consolidation live (ASC3)", 4),
    ("ASC", "HASU opens (ASC2)", 5),
    ("ICC", "First two HCHs open (ICC1)", 2),
    ("ICC", "CRTs 8am-10pm, 7 days (ICC2)", 3),
    ("PSC", "NDPP: 1,800 referrals a year (PSC1)", 4),
    ("Digital", "PDCR phase 1 go-live (Digital)", 3),
    ("Digital", "PDCR phase 2: social care records (Digital)", 5),
    ("Workforce", "Collaborative staff bank live (Workforce)", 1),
    ("Estates", "OPE bid submitted (Estates)", 0),
]
PROG_COLOUR = {"UEC": "C00000", "PCC": "2E75B6", "MH": "7030A0", "ASC": "404040", "ICC": "548235",
               "PSC": "C55A11", "Digital": "00808C", "Workforce": "806000", "Estates": "7F7F7F"}


def deck() -> None:
    prs = Presentation()
    pin_core(prs, "STP delivery roadmap")
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank, title_only = prs.slide_layouts[6], prs.slide_layouts[5]

    def box(slide, x, y, w, h, text, size=12, bold=False, fill=None, colour="000000"):
        tb = slide.shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
        tf = tb.text_frame
        tf.word_wrap = True
        lines = text.split("\n")
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = line
            r.font.size = PPt(size)
            r.font.bold = bold
            r.font.color.rgb = PRGB.from_string(colour)
        if fill:
            tb.fill.solid()
            tb.fill.fore_color.rgb = PRGB.from_string(fill)
        return tb

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Penhallow & Ditchmarsh STP: delivery roadmap 2016 to 2019"
    s.placeholders[1].text = "STP Partnership Board, 8 December 2016, item 6\nPresented by Imogen Castlereagh, " \
                             "STP Programme Director"

    # the timeline: milestone boxes first (programme order), quarter labels last
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Key milestones by quarter"
    left, top, colw = Inches(0.4), Inches(1.55), Inches(2.08)
    stack = [0] * len(QUARTERS)
    for prog, text, col in ROADMAP:
        y = top + Inches(0.6) + stack[col] * Inches(0.92)
        stack[col] += 1
        box(s, left + col * colw + Inches(0.05), y, colw - Inches(0.1), Inches(0.8), text, size=11,
            fill=PROG_COLOUR[prog], colour="FFFFFF")
    for i, q in enumerate(QUARTERS):
        box(s, left + i * colw, top, colw, Inches(0.45), q, size=14, bold=True, fill="D9E2F3", colour="1F3864")
    box(s, Inches(0.4), Inches(6.85), Inches(12.5), Inches(0.4),
        "Dates as agreed at the Delivery Group on 24 November 2016. Milestones due in a season (spring, winter) "
        "are not shown.", size=10, colour="595959")

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Our bed base, now and in 2020/21"
    rows = [("Site", "Beds 2016/17", "Planned 2020/21", "Change")]
    rows += [(n, f"{a:,}", f"{b:,}", f"{b - a:+d}".replace("+", "+")) for n, a, b in BEDS]
    rows += [("Total", f"{BEDS_NOW:,}", f"{BEDS_2021:,}", f"{BEDS_2021 - BEDS_NOW:+d}")]
    gt = s.shapes.add_table(len(rows), 4, Inches(0.6), Inches(1.6), Inches(7.4), Inches(2.6)).table
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            gt.cell(r, c).text = v
    box(s, Inches(8.4), Inches(1.6), Inches(4.4), Inches(3.2),
        f"We plan to reduce the bed base by {BEDS_NOW - BEDS_2021}, from {BEDS_NOW:,} to {BEDS_2021:,} beds by "
        "2020/21, as discharge to assess and the community response teams take hold.\nDitchmarsh General Hospital "
        "closes one medical ward and Lowfold Community Hospital moves to a single 36-bed unit.", size=14)

    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "The case for change in numbers"
    for i, (big, caption) in enumerate([("812,600", "registered population"),
                                        (f"£{GAP}m", "do-nothing gap by 2020/21"),
                                        ("21,300", "NHS and social care staff")]):
        box(s, Inches(0.8 + i * 4.1), Inches(2.2), Inches(3.6), Inches(1.2), big, size=40, bold=True,
            colour="003B5C")
        box(s, Inches(0.8 + i * 4.1), Inches(3.5), Inches(3.6), Inches(0.6), caption, size=16)
    path = OUT / DECK
    prs.save(str(path))
    pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 04 Delivery tracker (Excel): merged programme cells, Original date beside Revised date
# ---------------------------------------------------------------------------------------------------------------
D = datetime
TRACKER_ROWS = [  # programme, ref, milestone, owner, original, revised, RAG, comment
    ("Urgent & Emergency Care", [
        ("UEC1", "Ditchmarsh UTC open 24/7", "P Langstone", D(2017, 9, 30), None, "Amber",
         "Capital works tender out"),
        ("UEC2", "Integrated clinical assessment service live", "B Tresize", "Q3 2017/18", None, "Green", ""),
        ("UEC3", "D2A beds commissioned, both sites", "C Rafferty", "Q4 2016/17", "Q1 2017/18", "Red",
         "Care home market: procurement re-run"),
        ("UEC4", "Hear and treat rate 12%", "L Morcom", "Spring 2018", None, "Green", ""),
    ]),
    ("Planned Care & Cancer", [
        ("PCC1", "MSK triage service live", "T Enderby", D(2017, 6, 30), None, "Green", ""),
        ("PCC2", "A&G in all ten specialties", "H Polglase", "end of March 2018", None, "Amber", "6 of 10 live"),
        ("PCC3", "Rapid diagnostic centre open, PRH", "A Nwosu-Kent", "Q2 2017/18", D(2017, 12, 1), "Amber",
         "Capital slippage (theatre decant)"),
        ("PCC4", "Community ophthalmology service live", "H Polglase", "TBC", "Q1 2018/19", "Amber",
         "Date set by Delivery Group 18/01/2017"),
    ]),
    ("Mental Health", [
        ("MH1", "Crisis house open", "D Hosking", "Q4 2017/18", None, "Amber", "Site identified"),
        ("MH2", "Core 24 liaison team in post, PRH", "S Marrack", D(2018, 3, 31), None, "Green", ""),
        ("MH3", "IAPT access 19%", "N Bellingham", "Mar-19", None, "Green", ""),
        ("MH4", "Perinatal community team recruited", "TBC", "time frame as yet unknown", None, "Red",
         "Awaiting national funding decision"),
    ]),
    ("Acute Services Collaboration", [
        ("ASC1", "Shared pathology network live", "I Pascoe", "Spring 2018", None, "Amber", ""),
        ("ASC2", "HASU public consultation launched", "E Carne", "Q1 2017/18", None, "Amber",
         "NHS England assurance pending"),
        ("ASC3", "Back-office shared services live", "N Barraclough", "Mar-18", None, "Green", ""),
    ]),
    ("Integrated Community Care", [
        ("ICC1", "First two Health and Care Hubs open", "S Quiller", "Q2 2017/18", None, "Green", ""),
        ("ICC2", "CRTs 8am-10pm, seven days", "M Dunstan", D(2017, 12, 31), None, "Amber", "Recruitment"),
        ("ICC3", "Extended GP access: 100% coverage", "R Chandrasekar", D(2019, 3, 31), None, "Green", ""),
        ("ICC4", "All 92 care homes signed up", "G Angove", "Spring 2018", None, "Green", "61 of 92"),
    ]),
    ("Prevention & Self-Care", [
        ("PSC1", "NDPP: 1,800 referrals a year", "C Penhale", "Q4 2017/18", None, "Green", ""),
        ("PSC2", "Tobacco dependence service on every adult ward", "M Fennelly", "Winter 2017/18", None, "Amber",
         ""),
    ]),
    ("Enablers", [
        ("DIG1", "PDCR phase 1 go-live", "O Prideaux", D(2017, 10, 31), D(2018, 1, 31), "Amber",
         "Supplier delay to GP connector"),
        ("WF1", "Collaborative staff bank live", "K Hollis", "Q1 2017/18", None, "Green", ""),
        ("EST1", "OPE bid submitted", "TBC", D(2017, 1, 31), None, "Green", "Submitted"),
    ]),
]


def tracker() -> None:
    wb = Workbook()
    wb.properties.creator = "STP PMO"
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="003B5C")
    rag_fill = {"Green": "63BE7B", "Amber": "FFC000", "Red": "F8696B"}

    ws = wb.active
    ws.title = "Milestones"
    ws["A1"] = "Penhallow & Ditchmarsh STP: delivery tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 31 January 2017. Owner: STP PMO. See Read me for the date columns."
    heads = ["Programme", "Ref", "Milestone", "Owner", "Original date", "Revised date", "RAG", "Comment"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font, cell.fill, cell.border = Font(bold=True, color="FFFFFF"), hfill, border
    r = 5
    for prog, rows in TRACKER_ROWS:
        first = r
        for ref, ms, owner, orig, rev, rag, comment in rows:
            values = [None, ref, ms, owner, orig, rev, rag, comment or None]
            for c, v in enumerate(values, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = border
                cell.alignment = Alignment(vertical="top", wrap_text=c in (3, 8))
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=rag_fill[rag])
            r += 1
        ws.cell(row=first, column=1, value=prog)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=first, column=1).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (22, 7, 40, 16, 16, 14, 9, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    sv = wb.create_sheet("Savings")
    sv["A1"] = "Savings by scheme, £m (recurrent, in-year)"
    sv["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["Programme", "Scheme"] + YEARS + ["Total"], 1):
        cell = sv.cell(row=3, column=c, value=h)
        cell.font, cell.fill, cell.border = Font(bold=True, color="FFFFFF"), hfill, border
    r, first, last_prog = 4, 4, None
    for prog, scheme, vals in SAVINGS:
        if prog != last_prog:
            if last_prog is not None and r - 1 > first:
                sv.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            sv.cell(row=r, column=1, value=prog)
            first, last_prog = r, prog
        sv.cell(row=r, column=2, value=scheme)
        for j, v in enumerate(vals + [round(sum(vals), 1)]):
            sv.cell(row=r, column=3 + j, value=v).number_format = "0.0"
        r += 1
    if r - 1 > first:
        sv.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    sv.cell(row=r, column=1, value="Total")
    sv.cell(row=r, column=1).font = Font(bold=True)
    for j, v in enumerate(COL_TOTALS + [round(sum(COL_TOTALS), 1)]):
        cell = sv.cell(row=r, column=3 + j, value=v)
        cell.number_format, cell.font = "0.0", Font(bold=True)
    sv.cell(row=r + 2, column=1, value="Figures are savings against the do-nothing position; they exclude provider "
                                        "CIP and STF (see Annex A, paragraph 1.3).")
    for col, w in zip("ABCDEFGH", (14, 40, 10, 10, 10, 10, 10, 10)):
        sv.column_dimensions[col].width = w

    rm = wb.create_sheet("Read me")
    notes = ["How to read the tracker",
             "Original date: the date in the plan as submitted (Annex A, 21 October 2016; Annex B, 18 November 2016).",
             "Revised date: a new date agreed by the Delivery Group. Where it is blank the original date stands.",
             "RAG: Green on track; Amber at risk, recoverable; Red off track.",
             "Changes of owner are agreed by the Partnership Board and recorded in its minutes."]
    for i, n in enumerate(notes, 1):
        rm.cell(row=i, column=1, value=n)
    rm["A1"].font = Font(bold=True)
    rm.column_dimensions["A"].width = 110
    path = OUT / TRACKER
    wb.save(str(path))
    pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 05 Partnership Board minutes (plain text)
# ---------------------------------------------------------------------------------------------------------------
MINUTES_TEXT = """\
PENHALLOW & DITCHMARSH SUSTAINABILITY AND TRANSFORMATION PARTNERSHIP
STP PARTNERSHIP BOARD

MINUTES of the meeting held on Thursday 9 March 2017, 2.00pm to 4.30pm,
Boardroom, Lowfold Community Hospital

Present:
  Dame Rosalind Trevanion   Independent Chair (Chair)                 RT
  Marcus Olderidge          STP Lead; Chief Executive, PRH            MO
  Imogen Castlereagh        STP Programme Director                    IC
  Alison Penrose            Chief Officer, NHS Sandridge CCG          AP
  Graham Tolliver           Chief Operating Officer, DLH              GT
  Jonathan Veale            Chief Executive, WCP                      JV
  Dr Helen Treloar          Clinical Chair, NHS Penhallow CCG         HT
  Nicola Barraclough        Director of Finance, PRH                  NB
  Dr Mairead Fennelly       Director of Public Health, Penhallow      MF
                            City Council
In attendance:
  Dr Kwame Asante-Rowe      Medical Director, DLH (item 5)            KAR
  Lowenna Carthew           STP PMO (minutes)                         LC
Apologies: Huw Pendarves, Owen Prideaux

1. WELCOME AND APOLOGIES
1.1 The Chair welcomed members. Apologies were noted as above. The
meeting was quorate.

2. MINUTES OF THE MEETING HELD ON 9 FEBRUARY 2017
2.1 The minutes were APPROVED as a correct record.

3. MATTERS ARISING
3.1 All actions from February are complete or on the agenda.

4. PROGRAMME DIRECTOR'S REPORT
4.1 IC presented the delivery tracker. The Board NOTED the revised dates
agreed by the Delivery Group in January: D2A beds (UEC3) now Q1 2017/18
and the rapid diagnostic centre (PCC3) now 01/12/2017.

5. PLANNED CARE & CANCER: LEADERSHIP
5.1 AP informed the Board that she will step down as SRO for Planned
Care & Cancer to lead the CCGs' joint commissioning review.
5.2 The Board AGREED that Dr Kwame Asante-Rowe, Medical Director of DLH,
will be SRO for Planned Care & Cancer with effect from 1 April 2017.
AP remains SRO until 31 March 2017 and will hand over at the April
Delivery Group.

6. URGENT & EMERGENCY CARE
6.1 GT reported that the capital works for the Ditchmarsh Urgent
Treatment Centre (UEC1) cannot be completed before next winter.
6.2 The Board AGREED to move the UTC opening date from 30/09/17 to end
of March 2018. The minor injuries unit stays open until then.

7. MENTAL HEALTH
7.1 JV reported that Declan Hosking, lead for the crisis house (MH1),
leaves WCP on 17 March 2017.
7.2 The Board NOTED that Ruth Kellow, Head of Crisis Services at WCP,
is lead for the crisis house from 20 March 2017. The Q4 2017/18
opening date is unchanged.

8. ACUTE SERVICES COLLABORATION
8.1 NB reported that NHS England assurance of the stroke proposals has
not yet concluded, so the public consultation on a single hyper-acute
stroke unit (ASC2) cannot launch in Q1 2017/18.
8.2 The Board AGREED that the consultation will launch in July 2017,
subject to assurance.

9. FINANCE
9.1 NB confirmed that the do-nothing gap of £231.8m by 2020/21 is
unchanged, and that the month 10 position is in line with plan.

10. ANY OTHER BUSINESS
10.1 None.

DATE OF NEXT MEETING: Thursday 13 April 2017, 2.00pm, Boardroom,
Penhallow Royal Hospital.

ACTION LOG
Ref         Action                                         Owner  Due
PB/17/031   Circulate the revised UTC business case        GT     31/03/17
PB/17/032   Handover note for the PCC SRO role             AP     31/03/17
PB/17/033   Update the tracker for items 5 to 8            IC     17/03/17
PB/17/034   Consultation plan for ASC2 to the April Board  NB     13/04/17
"""


def minutes() -> None:
    (OUT / MINUTES).write_text(MINUTES_TEXT)


# ---------------------------------------------------------------------------------------------------------------
# 06 Glossary (Word)
# ---------------------------------------------------------------------------------------------------------------
GLOSSARY_ROWS = [
    ("A&G", "Advice and guidance: a consultant's advice to a GP before or instead of a referral"),
    ("ASC", "Acute Services Collaboration (programme)"),
    ("CIP", "Cost improvement programme (provider efficiency)"),
    ("CRT", "Community Response Team: rapid-response nursing, therapy and social care at home"),
    ("D2A", "Discharge to assess"),
    ("DLH", "Ditchmarsh & Lowfold Hospitals NHS Trust"),
    ("HASU", "Hyper-acute stroke unit"),
    ("HCH", "Health and Care Hub: general practice, community and social care teams in one building"),
    ("IAPT", "Improving Access to Psychological Therapies"),
    ("ICC", "Integrated Community Care (programme)"),
    ("MD", "Must-do: one of the nine national must-dos of the 2016/17 NHS planning guidance"),
    ("MH", "Mental Health (programme)"),
    ("MSK", "Musculoskeletal"),
    ("NDPP", "National Diabetes Prevention Programme"),
    ("OPE", "One Public Estate"),
    ("PCC", "Planned Care & Cancer (programme)"),
    ("PDCR", "Penhallow & Ditchmarsh Care Record: the shared care record"),
    ("PRH", "Penhallow Royal Hospital NHS Foundation Trust"),
    ("PSC", "Prevention & Self-Care (programme)"),
    ("RDC", "Rapid diagnostic centre"),
    ("SRO", "Senior Responsible Officer"),
    ("STF", "Sustainability and Transformation Fund"),
    ("TCP", "Transforming Care Partnership (learning disabilities)"),
    ("UEC", "Urgent & Emergency Care (programme)"),
    ("UTC", "Urgent Treatment Centre"),
    ("WCP", "Wealdmoor Care Partnership NHS Foundation Trust"),
]


def glossary() -> None:
    doc = Document()
    pin_core(doc, "Glossary of initialisms")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].footer.paragraphs[0].text = "STP PMO | Glossary v1.0 | 3 April 2017"
    h = doc.add_heading("Penhallow & Ditchmarsh STP: glossary of initialisms used in our papers", level=1)
    for r in h.runs:
        r.font.color.rgb = RGBColor(0x00, 0x3B, 0x5C)
    doc.add_paragraph("Version 1.0, 3 April 2017. The initialisms below are used without explanation in the "
                      "annexes, the delivery tracker, the roadmap and Board minutes. Programme names are given "
                      "as the papers use them.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Light List Accent 1"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Term", "Meaning"
    for term, meaning in GLOSSARY_ROWS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = term, meaning
    doc.add_paragraph("Please send additions to the STP PMO.")
    path = OUT / GLOSSARY
    doc.save(str(path))
    pin_zip(path)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    annex_a()
    annex_b()
    deck()
    tracker()
    minutes()
    glossary()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")
