"""Write the Tenterby & Quarnford STP papers (thirty-fourth imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan (dated October 2016 to March 2017):
  01 STP on a page (PDF, landscape, two pages): three workstreams per page set side by side in three text columns.
     The column heads (name, SRO, clinical lead) are drawn as rows straight across the page, so the three SROs come
     out of the text one after another; each column's body (initiatives with owner and go-live, savings) is a
     reportlab Frame of its own; a footprint strip along the foot of each page (population, gap, bridge, enablers).
  02 Delivery Board highlight deck (PowerPoint): a milestone tracker table on slide 2 that carries on over slide 3,
     whose table has NO header row (the columns only known from slide 2); a key figures slide.
  03 Programme Board governance paper (Word): numbered paragraphs 1.1, 1.2, ... typed as text; section 4 supersedes
     paragraph 3.3 (a new UEC SRO from 1 March 2017), 3.8 (the UTC opening moves) and 3.5 (a new clinical lead).
  04 Risk register and must-do mapping (Excel): a risk register sheet with real review dates and L x I scores, and a
     must-do sheet of P / S marks per workstream for the nine national must-dos, blanks where nothing contributes.
  05 Partnership Board minutes (plain text): attendance list defining initials (CW and CWM are two people), items in
     prose (a moved milestone, an approved business case) and an action log whose owners are initials only.

usage: /work/main/.venv/bin/python make_papers.py
"""

from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))

PDF = "01_TQ_STP_on_a_Page_v1.3_28Oct2016.pdf"
PPTX = "02_TQ_Delivery_Board_Highlight_Milestone_Tracker_Jan2017.pptx"
DOCX = "03_TQ_Programme_Board_Governance_Paper_19Jan2017.docx"
XLSX = "04_TQ_STP_Risk_Register_and_Must_Do_Mapping_Feb2017.xlsx"
TXT = "05_TQ_STP_Partnership_Board_Minutes_16Mar2017.txt"

# code, name, SRO (title), clinical lead, savings 2020/21 (£m), colour,
# initiatives: (ref, initiative, owner, go-live)
WORKSTREAMS = [
    ("PPH", "Prevention & Population Health", "Dr Lucinda Farrant", "Director of Public Health, Tenterby City Council",
     "Dr Kwame Ostrowski-Bell", "6.2", "#C55A11", [
         ("PPH1", "Stop smoking service redesign: one specialist service across both councils", "Harriet Mossop",
          "30/06/2017"),
         ("PPH2", "National Diabetes Prevention Programme, wave 2 roll-out", "Dr Kwame Ostrowski-Bell", "Q3 17/18"),
         ("PPH3", "Alcohol care team at Quarnford Royal Infirmary", "Neil Castleford", "Sep-17"),
     ]),
    ("PCC", "Primary & Community Care", "Graham Thistlewood", "Accountable Officer, Quarnford CCG",
     "Dr Anya Rosebridge", "21.4", "#548235", [
         ("PCC1", "Locality care teams for 12 localities (community nursing, therapies, social care)",
          "Dr Anya Rosebridge", "all 12 localities: Q4 17/18"),
         ("PCC2", "Extended GP access 8am-8pm, seven days, from four hubs", "Sunil Hebblethwaite", "Oct-17"),
         ("PCC3", "Enhanced health in care homes", "Elspeth Gorringe", "Winter 2017/18"),
     ]),
    ("UEC", "Urgent & Emergency Care", "Joanna Prewett", "Chief Operating Officer, Tenterby Hospitals NHS FT",
     "Dr Felix Amberton", "18.9", "#C00000", [
         ("UEC1", "Quarnford Urgent Treatment Centre", "Owen Stanyard", "Winter 2017/18"),
         ("UEC2", "Discharge to assess (D2A) on both acute sites", "Paula Keddie", "Q1 17/18"),
         ("UEC3", "NHS 111 clinical assessment service", "Ravi Dunstable", "01/12/2017"),
     ]),
    ("MH", "Mental Health", "Bernadette Colquhoun", "Chief Executive, Brookside Health NHS FT",
     "Dr Tariq Hallows", "7.6", "#7030A0", [
         ("MH1", "Core 24 liaison psychiatry at Tenterby General Hospital", "Dr Tariq Hallows", "Q4 17/18"),
         ("MH2", "Quarnford crisis house (six beds), an alternative to admission", "Imogen Sallis", "30/11/2017"),
         ("MH3", "IAPT expansion to 19% access, with long-term conditions pathways", "Dominic Treharne", "2018/19"),
     ]),
    ("PLC", "Planned Care & Cancer", "Peter Lindqvist-Hume", "Medical Director, Quarnford & District NHS Trust",
     "Miss Zara Fenwick-Oduya", "24.3", "#2E75B6", [
         ("PLC1", "MSK triage and physio-first service", "Colin Brightwater", "Q2 17/18"),
         ("PLC2", "Rapid diagnostic pathway for suspected cancer (vague symptoms)", "Miss Zara Fenwick-Oduya",
          "Jan-18"),
         ("PLC3", "Community ophthalmology (glaucoma and cataract follow-up)", "Gail Renshaw", "31/10/2017"),
     ]),
    ("ACS", "Acute Collaboration & Sustainability", "Hamish Dewhurst",
     "Chief Executive, Quarnford & District NHS Trust", "Dr Simone Barraclough", "31.5", "#404040", [
         ("ACS1", "Shared pathology service for both acute trusts", "Fergus Latchford",
          "FBC Mar-17; go-live 2018/19"),
         ("ACS2", "Stroke services review: hyper-acute stroke unit on one site", "Dr Simone Barraclough",
          "decision on the HASU site: Q4 17/18"),
         ("ACS3", "Shared back office (payroll, procurement)", "Yvette Marchetti", "Q1 17/18"),
     ]),
]

# the deck's tracker: ref, milestone, owner, due, RAG (rows 1-9 on slide 2, 10-18 on slide 3)
TRACKER = [
    ("PPH1", "Joint service specification signed off by both councils", "Harriet Mossop", "Feb-17", "G"),
    ("PPH2", "Wave 2 provider mobilised; first referrals", "Dr K Ostrowski-Bell", "Q1 17/18", "G"),
    ("PPH3", "Alcohol care team recruited", "Neil Castleford", "30/06/2017", "A"),
    ("PCC1", "Wave 1 (four localities) live", "Dr Anya Rosebridge", "Q4 16/17", "A"),
    ("PCC2", "Four hub sites agreed", "Sunil Hebblethwaite", "Apr-17", "G"),
    ("PCC3", "Care home support specification agreed", "Elspeth Gorringe", "Q2 17/18", "G"),
    ("UEC1", "UTC outline business case approved", "Owen Stanyard", "Mar-17", "A"),
    ("UEC2", "D2A live on both acute sites", "Paula Keddie", "30/06/2017", "A"),
    ("UEC3", "111 clinical assessment service procurement complete", "Ravi Dunstable", "Sep-17", "G"),
    ("MH1", "Core 24 liaison team recruitment complete", "Dr Tariq Hallows", "Q3 17/18", "A"),
    ("MH2", "Crisis house property secured", "Imogen Sallis", "May-17", "R"),
    ("MH3", "IAPT long-term conditions pilots live", "Dominic Treharne", "Winter 2017/18", "G"),
    ("PLC1", "MSK triage contract awarded", "Colin Brightwater", "31/05/2017", "G"),
    ("PLC2", "Rapid diagnostic pathway pilot live at QRI", "Miss Z Fenwick-Oduya", "Oct-17", "A"),
    ("PLC3", "Community ophthalmology provider live", "Gail Renshaw", "31/10/2017", "G"),
    ("ACS1", "Pathology FBC to both trust boards", "Fergus Latchford", "Mar-17", "A"),
    ("ACS2", "Stroke public consultation launched", "Dr Simone Barraclough", "Summer 2017", "A"),
    ("ACS3", "Shared payroll service live", "Yvette Marchetti", "by end of March 2018", "G"),
]


def pdf_paper():
    pw, ph = landscape(A4)
    c = canvas.Canvas(str(OUT / PDF), pagesize=(pw, ph))
    c.setTitle("Tenterby & Quarnford STP on a page")
    c.setAuthor("Tenterby & Quarnford STP Programme Office")
    head = ParagraphStyle("h", fontName="DVB", fontSize=9, leading=11, spaceBefore=4, spaceAfter=2)
    body = ParagraphStyle("b", fontName="DV", fontSize=8, leading=10, spaceAfter=4)
    small = ParagraphStyle("s", fontName="DV", fontSize=7.5, leading=9.5)
    margin, gap = 28, 14
    colw = (pw - 2 * margin - 2 * gap) / 3
    footer_strips = [
        ["Footprint: Tenterby & Quarnford STP covers a registered population of 1,124,000 served by three CCGs "
         "(Tenterby CCG, Quarnford CCG, Hollin Valley CCG), two acute trusts (Tenterby Hospitals NHS FT; Quarnford "
         "& District NHS Trust, which runs Quarnford Royal Infirmary, QRI), one mental health and community trust "
         "(Brookside Health NHS FT) and two upper-tier councils.",
         "If we do nothing, the health and care gap reaches £164.8m by 2020/21."],
        ["Closing the gap in 2020/21: workstream savings £109.9m + provider efficiency programmes £38.6m + "
         "Sustainability and Transformation Fund £16.3m = £164.8m.",
         "Enablers: Digital (shared care record), lead Ashok Penberthy, Chief Information Officer, Tenterby "
         "Hospitals NHS FT. Workforce (Local Workforce Action Board), lead Clare Whitcombe, Director of Workforce, "
         "Quarnford & District NHS Trust."],
    ]
    for page, group in enumerate((WORKSTREAMS[:3], WORKSTREAMS[3:]), 1):
        # title band
        c.setFillColor(colors.HexColor("#1F3864"))
        c.rect(0, ph - 46, pw, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 15)
        c.drawString(margin, ph - 28, "Tenterby & Quarnford STP: our plan on a page")
        c.setFont("DV", 8.5)
        c.drawRightString(pw - margin, ph - 28, f"v1.3, 28 October 2016 | page {page} of 2")
        # column heads drawn as rows straight across the page (name row, SRO row, clinical lead row)
        top = ph - 62
        for i, ws in enumerate(group):
            x = margin + i * (colw + gap)
            c.setFillColor(colors.HexColor(ws[6]))
            c.rect(x, top - 48, colw, 48, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 10)
        for i, ws in enumerate(group):
            c.drawString(margin + i * (colw + gap) + 6, top - 14, f"{ws[1]} ({ws[0]})")
        c.setFont("DV", 7.5)
        for i, ws in enumerate(group):
            c.drawString(margin + i * (colw + gap) + 6, top - 28, f"SRO: {ws[2]}")
        for i, ws in enumerate(group):
            c.drawString(margin + i * (colw + gap) + 6, top - 40, f"Clinical lead: {ws[4]}")
        c.setFillColor(colors.black)
        # column bodies, one frame each
        for i, ws in enumerate(group):
            x = margin + i * (colw + gap)
            story = [Paragraph(f"<i>{ws[3]}</i>", small), Spacer(1, 4), Paragraph("What we will do", head)]
            for ref, text, owner, due in ws[7]:
                story.append(Paragraph(f"<b>{ref}</b> {text}. Owner: {owner}. Go-live: {due}.", body))
            story += [Paragraph("Savings", head),
                      Paragraph(f"£{ws[5]}m a year by 2020/21.", body)]
            frame = Frame(x, 110, colw, top - 56 - 110, leftPadding=4, rightPadding=4, topPadding=2,
                          bottomPadding=2, showBoundary=0)
            frame.addFromList(story, c)
            c.setStrokeColor(colors.HexColor("#BFBFBF"))
            c.line(x + colw + gap / 2, 110, x + colw + gap / 2, top - 50)
        # footprint strip
        c.setFillColor(colors.HexColor("#DEEAF6"))
        c.rect(margin, 34, pw - 2 * margin, 66, stroke=0, fill=1)
        c.setFillColor(colors.black)
        frame = Frame(margin, 34, pw - 2 * margin, 66, leftPadding=6, rightPadding=6, topPadding=4,
                      bottomPadding=2, showBoundary=0)
        frame.addFromList([Paragraph(t, small) for t in footer_strips[page - 1]], c)
        c.setFont("DV", 7)
        c.drawString(margin, 18, "Tenterby & Quarnford Sustainability and Transformation Plan | submission to NHS "
                     "England and NHS Improvement, 21 October 2016, refreshed 28 October 2016")
        c.showPage()
    c.save()


def pptx_paper():
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.core_properties.created = datetime(2017, 1, 24, 9, 0)
    prs.core_properties.modified = datetime(2017, 1, 24, 9, 0)
    prs.core_properties.title = "Delivery Board highlight: milestone tracker"
    title_layout, only_title = prs.slide_layouts[0], prs.slide_layouts[5]

    s = prs.slides.add_slide(title_layout)
    s.shapes.title.text = "Tenterby & Quarnford STP Delivery Board"
    s.placeholders[1].text = ("Highlight report: initiative milestone tracker\nDelivery Board, 24 January 2017\n"
                              "Presented by Tobias Marwick, STP Programme Director")

    def table_slide(title, rows, header):
        sl = prs.slides.add_slide(only_title)
        sl.shapes.title.text = title
        sl.shapes.title.text_frame.paragraphs[0].runs[0].font.size = PPt(28)
        n = len(rows) + (1 if header else 0)
        shape = sl.shapes.add_table(n, 5, Inches(0.4), Inches(1.4), Inches(12.5), Inches(0.45) * n)
        table = shape.table
        table.first_row = bool(header)
        for j, w in enumerate((1.0, 6.2, 2.6, 1.8, 0.9)):
            table.columns[j].width = Inches(w)
        data = ([header] if header else []) + [list(r) for r in rows]
        for i, row in enumerate(data):
            for j, value in enumerate(row):
                cell = table.cell(i, j)
                cell.text = value
                for p in cell.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = PPt(13)
        return sl

    table_slide("Initiative milestone tracker (1 of 2)", TRACKER[:9], ["Ref", "Next milestone", "Owner", "Due", "RAG"])
    sl = table_slide("Initiative milestone tracker (2 of 2)", TRACKER[9:], None)
    box = sl.shapes.add_textbox(Inches(0.4), Inches(6.6), Inches(12.5), Inches(0.5))
    box.text_frame.text = "RAG: G on track; A at risk, recovery plan in place; R off track, escalated to the Programme Board."

    sl = prs.slides.add_slide(only_title)
    sl.shapes.title.text = "Key figures"
    box = sl.shapes.add_textbox(Inches(0.6), Inches(1.5), Inches(12), Inches(4.5))
    tf = box.text_frame
    lines = ["Acute beds: 1,486 today across Tenterby General Hospital and QRI; 1,402 planned by 2020/21 (84 fewer).",
             "Health and care workforce: 38,600 staff (31,250 WTE) across the footprint.",
             "Emergency admissions: 5% fewer by 2018/19 through locality care teams and D2A.",
             "Savings plan 2017/18: £29.7m across the six workstreams."]
    tf.text = lines[0]
    for line in lines[1:]:
        tf.add_paragraph().text = line
    prs.save(str(OUT / PPTX))


def docx_paper():
    doc = Document()
    doc.core_properties.created = datetime(2017, 1, 19, 9, 0)
    doc.core_properties.modified = datetime(2017, 1, 19, 9, 0)
    doc.core_properties.author = "Tobias Marwick"
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10.5)
    doc.add_heading("Tenterby & Quarnford STP Programme Board", level=1)
    doc.add_paragraph("Governance arrangements and changes to leadership and milestones")
    doc.add_paragraph("Paper for the Programme Board of 26 January 2017. Author: Tobias Marwick, STP Programme "
                      "Director. Date of paper: 19 January 2017.")
    sections = [
        ("1. Purpose", [
            ("1.1", "This paper sets out the governance of the Tenterby & Quarnford STP for 2017/18 and asks the "
                    "Programme Board to note changes to leadership and to one milestone since the plan on a page "
                    "(v1.3, 28 October 2016)."),
            ("1.2", "Where a later paragraph of this paper differs from an earlier one, the later paragraph stands."),
        ]),
        ("2. Partnership Board", [
            ("2.1", "The STP Partnership Board is chaired by Sir Alasdair Penhaligon, Independent Chair."),
            ("2.2", "The Vice Chair is Councillor Margaret Oyelaran-Finch, Leader of Quarnford Borough Council, "
                    "who chairs in the Chair's absence."),
            ("2.3", "Catriona Whitlock-Mensah, Chief Executive of Tenterby Hospitals NHS FT, is the STP Lead and "
                    "is accountable to NHS England and NHS Improvement for the plan."),
            ("2.4", "The STP Finance Lead is Rhiannon Pellow, Chief Finance Officer, Tenterby CCG. She chairs the "
                    "Finance and Investment Group."),
            ("2.5", "The Partnership Board meets on the third Thursday of each month. It is quorate when the Chair "
                    "or Vice Chair and five other members are present, including at least two NHS providers and "
                    "one local authority."),
        ]),
        ("3. Workstream leadership and milestones", [
            ("3.1", "Dr Lucinda Farrant is SRO for Prevention & Population Health."),
            ("3.2", "Graham Thistlewood is SRO for Primary & Community Care."),
            ("3.3", "Joanna Prewett, Chief Operating Officer, Tenterby Hospitals NHS FT, is SRO for Urgent & "
                    "Emergency Care."),
            ("3.4", "Bernadette Colquhoun is SRO for Mental Health and Hamish Dewhurst for Acute Collaboration & "
                    "Sustainability."),
            ("3.5", "Peter Lindqvist-Hume is SRO for Planned Care & Cancer, with Miss Zara Fenwick-Oduya as "
                    "clinical lead."),
            ("3.6", "Each SRO reports monthly to the Delivery Board, chaired by Tobias Marwick, STP Programme "
                    "Director, using the milestone tracker."),
            ("3.7", "Clinical leads form the Clinical Reference Group, chaired by Dr Felix Amberton."),
            ("3.8", "The Quarnford Urgent Treatment Centre (UEC1) will open in Winter 2017/18."),
        ]),
        ("4. Changes", [
            ("4.1", "Paragraph 3.3 is superseded. Joanna Prewett leaves Tenterby Hospitals NHS FT and remains SRO "
                    "for Urgent & Emergency Care until 28 February 2017. With effect from 1 March 2017 the SRO is "
                    "Martin Okonjo-Baird, Director of Commissioning, Tenterby CCG."),
            ("4.2", "Paragraph 3.8 is superseded. The outline business case for the Urgent Treatment Centre is "
                    "delayed by the capital bid, so the UTC will now open by end of March 2018."),
            ("4.3", "Paragraph 3.5 is amended. From 1 February 2017 the clinical lead for Planned Care & Cancer is "
                    "Mr Jonah Tregarthen, consultant orthopaedic surgeon, QRI; Miss Fenwick-Oduya continues to lead "
                    "the rapid diagnostic pathway (PLC2)."),
            ("4.4", "All other SROs, clinical leads and milestones in the plan on a page are unchanged."),
        ]),
        ("5. Recommendation", [
            ("5.1", "The Programme Board is asked to note paragraphs 4.1 to 4.4 and to approve the governance "
                    "arrangements in section 2."),
        ]),
    ]
    for heading, paras in sections:
        doc.add_heading(heading, level=2)
        for num, text in paras:
            p = doc.add_paragraph(f"{num}\t{text}")
            p.paragraph_format.left_indent = Pt(28)
            p.paragraph_format.first_line_indent = Pt(-28)
    doc.save(str(OUT / DOCX))


MUSTDOS = [
    ("1", "STPs: deliver the STP", {"ACS": "P", "PPH": "S", "PCC": "S", "UEC": "S", "MH": "S", "PLC": "S"}, ""),
    ("2", "Finance: return to aggregate financial balance", {"ACS": "P", "PCC": "S", "PLC": "S"}, ""),
    ("3", "Primary care: sustainable general practice", {"PCC": "P", "PPH": "S"}, ""),
    ("4", "Urgent & emergency care (A&E 4 hours, ambulance standards)", {"UEC": "P", "PCC": "S", "MH": "S"}, ""),
    ("5", "Referral to treatment times (RTT, 18 weeks)", {"PLC": "P", "ACS": "S"}, ""),
    ("6", "Cancer: 62-day standard", {"PLC": "P", "PPH": "S"}, ""),
    ("7", "Mental health: access standards (EIP, IAPT)", {"MH": "P", "UEC": "S"}, ""),
    ("8", "Learning disabilities: Transforming Care", {}, "Delivered through the Transforming Care Partnership plan, "
     "not an STP workstream"),
    ("9", "Improving quality in organisations", {"PCC": "S", "ACS": "S"}, "Primary workstream to be agreed"),
]


def xlsx_paper():
    wb = Workbook()
    ws = wb.active
    ws.title = "Risk register"
    ws["A1"] = "Tenterby & Quarnford STP: strategic risk register, as at 10 February 2017"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["ID", "Risk", "Workstream", "Owner", "Likelihood", "Impact", "Score", "Mitigation", "Review date"]
    for j, h in enumerate(head, 1):
        cell = ws.cell(3, j, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
    risks = [
        ("R01", "The recurrent financial gap is not closed in 2017/18", "All", "Rhiannon Pellow", 4, 5,
         "Finance and Investment Group reviews savings monthly; contingency held centrally", date(2017, 3, 31)),
        ("R02", "Registered nurse and GP vacancies delay the locality care teams", "PCC", "Clare Whitcombe", 4, 4,
         "Local Workforce Action Board recruitment campaign; new roles (physician associates)", date(2017, 4, 28)),
        ("R03", "Capital for the Quarnford UTC is not secured", "UEC", "Owen Stanyard", 3, 4,
         "Capital bid to the STF; phased build option", date(2017, 3, 15)),
        ("R04", "The stroke services consultation is challenged (judicial review)", "ACS", "Dr Simone Barraclough",
         3, 5, "Legal advice; Clinical Senate review; Joint Health Overview and Scrutiny Committee briefed",
         date(2017, 6, 30)),
        ("R05", "No suitable property is found for the crisis house", "MH", "Imogen Sallis", 3, 3,
         "Options with both councils' housing teams", date(2017, 3, 17)),
        ("R06", "GP and acute systems cannot share records in time for locality teams", "Digital",
         "Ashok Penberthy", 2, 4, "Interoperability pilot in two localities", date(2017, 5, 31)),
        ("R07", "Public and political opposition to service change", "All", "Catriona Whitlock-Mensah", 4, 3,
         "Engagement plan; councillor briefings", date(2017, 4, 30)),
        ("R08", "Too few providers bid for the stop smoking service", "PPH", "Harriet Mossop", 2, 3,
         "Market engagement event; longer contract term", date(2017, 7, 31)),
    ]
    for i, (rid, risk, wsn, owner, lik, imp, mit, review) in enumerate(risks, 4):
        for j, v in enumerate((rid, risk, wsn, owner, lik, imp, lik * imp, mit, review), 1):
            cell = ws.cell(i, j, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(i, 9).number_format = "dd/mm/yyyy"
    ws.cell(13, 1, "Score = likelihood x impact (1-5 each). 15 or more is red and goes to the Partnership Board.")
    for col, w in zip("ABCDEFGHI", (6, 48, 11, 24, 10, 8, 7, 50, 12)):
        ws.column_dimensions[col].width = w

    md = wb.create_sheet("Must-dos")
    md["A1"] = "Nine national must-dos 2016/17: workstream contribution"
    md["A1"].font = Font(bold=True, size=13)
    codes = ["PPH", "PCC", "UEC", "MH", "PLC", "ACS"]
    for j, h in enumerate(["No.", "Must-do", *codes, "Notes"], 1):
        md.cell(3, j, h).font = Font(bold=True)
    for i, (n, name, marks, note) in enumerate(MUSTDOS, 4):
        md.cell(i, 1, int(n))
        md.cell(i, 2, name)
        for j, code in enumerate(codes, 3):
            if code in marks:
                md.cell(i, j, marks[code]).alignment = Alignment(horizontal="center")
        if note:
            md.cell(i, 9, note)
    md.cell(14, 1, "Key: P = primary workstream (leads delivery); S = supporting workstream; blank = no "
                   "contribution. PPH Prevention & Population Health; PCC Primary & Community Care; UEC Urgent & "
                   "Emergency Care; MH Mental Health; PLC Planned Care & Cancer; ACS Acute Collaboration & "
                   "Sustainability.")
    for col, w in zip("ABCDEFGHI", (5, 52, 6, 6, 6, 6, 6, 6, 50)):
        md.column_dimensions[col].width = w
    wb.properties.created = datetime(2017, 2, 10, 9, 0)
    wb.properties.modified = datetime(2017, 2, 10, 9, 0)
    wb.save(str(OUT / XLSX))


MINUTES = """\
TENTERBY & QUARNFORD STP PARTNERSHIP BOARD
Minutes of the meeting held on Thursday 16 March 2017, 2.00pm
Committee Room 2, Tenterby Civic Centre

PRESENT
  Sir Alasdair Penhaligon (AP)        Independent Chair
  Cllr Margaret Oyelaran-Finch (MOF)  Vice Chair; Leader, Quarnford Borough Council
  Catriona Whitlock-Mensah (CWM)      STP Lead; Chief Executive, Tenterby Hospitals NHS FT
  Rhiannon Pellow (RP)                STP Finance Lead; Chief Finance Officer, Tenterby CCG
  Martin Okonjo-Baird (MOB)           SRO, Urgent & Emergency Care
  Dr Lucinda Farrant (LF)             SRO, Prevention & Population Health
  Hamish Dewhurst (HD)                SRO, Acute Collaboration & Sustainability
  Clare Whitcombe (CW)                Workforce enabler lead
  Imogen Sallis (IS)                  Head of Acute Mental Health Services, Brookside Health NHS FT
IN ATTENDANCE
  Tobias Marwick (TM)                 STP Programme Director (minutes)
APOLOGIES
  Bernadette Colquhoun, Graham Thistlewood, Peter Lindqvist-Hume

1. WELCOME AND APOLOGIES
   AP welcomed members, in particular MOB to his first meeting as SRO for
   Urgent & Emergency Care. The meeting was quorate.

2. MINUTES OF 16 FEBRUARY 2017 AND MATTERS ARISING
   Approved as a correct record. All actions closed except A/17/022
   (carried forward, see log).

3. URGENT & EMERGENCY CARE
   MOB reported A&E 4-hour performance of 86.4% across the two acute sites in
   February against the 95% standard. The UTC business case is being revised
   for opening by end of March 2018, as agreed by the Programme Board on
   26 January. A revised 4-hour trajectory will come to the April meeting.

4. SHARED PATHOLOGY FULL BUSINESS CASE (ACS1)
   HD presented the full business case. The Board APPROVED the FBC: capital of
   £4.2m, recurrent savings of £3.1m a year from 2019/20, one hub laboratory at
   Tenterby General Hospital with essential services laboratories on both sites.

5. MENTAL HEALTH CRISIS HOUSE (MH2)
   IS reported that the preferred property in Quarnford was withdrawn by its
   owner in February. The Board AGREED that the crisis house opening moves from
   30/11/2017 to Q4 17/18. The milestone "crisis house property secured" (May-17)
   stands.

6. WORKFORCE
   CW reported 612 registered nurse vacancies across the footprint at the end of
   January (a 7.9% vacancy rate). The Local Workforce Action Board will run a
   joint recruitment campaign from April.

7. ANY OTHER BUSINESS
   None.

8. DATE OF NEXT MEETING
   Thursday 20 April 2017, 2.00pm, Quarnford Town Hall.

ACTION LOG
  Ref        Action                                                     Owner  Due
  A/17/022   Update the STP engagement plan for the stroke review       CWM    30/03/2017
  A/17/031   Circulate the revised A&E 4-hour trajectory                MOB    13/04/2017
  A/17/032   Report nurse vacancies by staff group and locality         CW     20/04/2017
  A/17/033   Bring options for crisis house property to the Board       IS     18/05/2017
  A/17/034   Confirm pathology FBC capital in the 2017/18 capital plan  RP     20/04/2017
"""


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    pdf_paper()
    pptx_paper()
    docx_paper()
    xlsx_paper()
    (OUT / TXT).write_text(MINUTES)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
