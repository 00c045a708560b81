"""Build the Harnworth & Selbury Dales STP papers (thirty-first imaginary footprint) as real files in papers/.

Five papers of the 2016/17 STP round, oldest first:
  01 plan on a page (Word): a banner, then a grid of nested tables (programme boxes, each a small table of its own)
  02 must-do self-assessment (PDF, platypus): one heading per must-do, then Lead priority / Also contributing / Gap bullets
  03 programme delivery workbook (Excel): one sheet per programme, labelled cells at the top, milestones marked X or a
     diamond in quarter columns Q1 17/18 .. Q4 18/19, a Comments column (one date moved in words), a savings sheet
  04 RACI chart (PDF, landscape): ruled table, workstreams down, named people across, R / A / C / I, key below
  05 PMO bulletin (plain text e-mail): From / Sent / Subject, changes since the last draft as dashed lines, '>' quoted
     earlier bulletin

Nothing is random; reportlab runs in invariant mode and the Office files' dates are pinned.
usage: /work/main/.venv/bin/python make_papers.py
"""

import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"

POAP = "HSD_STP_Plan_on_a_Page_v1.4_14Oct2016.docx"
MUSTDO = "HSD_STP_MustDo_Self_Assessment_DRAFT_v0.3_18Nov2016.pdf"
WORKBOOK = "HSD_STP_Programme_Delivery_Workbook_v3_25.11.2016.xlsx"
RACI = "HSD_STP_RACI_Chart_Dec2016_FINAL.pdf"
BULLETIN = "HSD_STP_PMO_Bulletin_No7_20-01-2017.txt"

FOOTPRINT = "Harnworth & Selbury Dales"

# programme code -> (name, SRO, SRO title, clinical lead, programme manager)
PROGRAMMES = {
    "UEC": ("Urgent & Emergency Care", "Rosalind Teague-Amadi", "Chief Officer, Harnworth CCG",
            "Dr Marcus Felbrigg", "Hattie Lowesby"),
    "CCH": ("Care Closer to Home", "Desmond Oyelaran-Pike", "Director of Adult Social Care, Selbury Dales CC",
            "Dr Bryony Castleton", "Ewan Marchetti"),
    "MH": ("Mental Health & Wellbeing", "Philippa Hornbury", "Chief Executive, Wyrebank Partnership NHS FT",
           "Dr Rajan Ellerby", "tbc"),
    "PCC": ("Planned Care & Cancer", "Anthony Greshamby", "Chief Operating Officer, SRI",
            "Mr Idris Penhallow", "Caroline Wetherden"),
    "PSC": ("Prevention & Self Care", "Dr Clement Ashby-Rhodes", "Director of Public Health, Selbury Dales CC",
            "Dr Nkechi Varley", "Tobias Hembry"),
    "ASC": ("Acute Services Collaboration", "Jonathan Ruskwood", "Chief Executive, HGH",
            "Dr Amelie Strachan-Ode", "Fergus Idlewood"),
}

QUARTERS = ["Q1 17/18", "Q2 17/18", "Q3 17/18", "Q4 17/18", "Q1 18/19", "Q2 18/19", "Q3 18/19", "Q4 18/19"]
DIAMOND = "\u25c6"
# code -> [(ref, milestone, quarter index, mark, comment)]
MILESTONES = {
    "UEC": [
        ("UEC-01", "Streaming at the front door of HGH Emergency Department in place", 0, "X", "On track"),
        ("UEC-02", "Integrated urgent care clinical hub (NHS 111 + GP OOH) live", 1, DIAMOND,
         "Procurement slipped - go-live now expected end of January 2018 (agreed at UEC Board 16/11/16)"),
        ("UEC-03", "Urgent treatment centre (UTC) open at SRI", 2, "X", "Subject to STF capital bid"),
        ("UEC-04", "Discharge to assess (D2A) in place across HGH and SRI", 3, "X", ""),
        ("UEC-05", "Ambulance 'hear and treat' rate at 10% of calls", 5, "X", "With NWAS - tbc"),
    ],
    "CCH": [
        ("CCH-01", "Integrated neighbourhood teams - wave 1 (4 localities) live", 0, DIAMOND, ""),
        ("CCH-02", "Extended access GP hubs, 8am-8pm 7 days, both CCGs", 2, "X", "National GPFV funding"),
        ("CCH-03", "Enhanced health in care homes - all 96 homes covered", 3, "X", "Red bag scheme first"),
        ("CCH-04", "Integrated neighbourhood teams - all 11 localities live", 5, DIAMOND, ""),
        ("CCH-05", "Community IV therapy service", 4, "X", "Specification with commissioners"),
    ],
    "MH": [
        ("MH-01", "Core 24 liaison psychiatry at HGH", 3, DIAMOND, "Bid to national fund submitted"),
        ("MH-02", "Crisis cafe open in Selbury town centre", 0, "X", "Venue agreed with Selbury Dales CC"),
        ("MH-03", "IAPT access at 19% of prevalence", 7, "X", ""),
        ("MH-04", "Specialist perinatal community team recruited", 2, "X", "Recruitment via Wyrebank"),
        ("MH-05", "Inappropriate out of area placements ended", 7, "X", ""),
    ],
    "PCC": [
        ("PCC-01", "MSK triage (single point of access) live", 0, DIAMOND, ""),
        ("PCC-02", "Community ophthalmology service (cataract follow-up, glaucoma)", 1, "X", ""),
        ("PCC-03", "Rapid diagnostic centre for suspected cancer at SRI", 6, DIAMOND, "Links to Cancer Alliance"),
        ("PCC-04", "Dermatology advice & guidance in all practices", 3, "X", ""),
    ],
    "PSC": [
        ("PSC-01", "NDPP referrals from all practices", 0, "X", ""),
        ("PSC-02", "Making Every Contact Count (MECC) - 5,000 staff trained", 3, "X", ""),
        ("PSC-03", "Social prescribing link workers in every locality", 5, "X", ""),
        ("PSC-04", "Smoke-free hospital sites (HGH and SRI)", 2, DIAMOND, ""),
    ],
    "ASC": [
        ("ASC-01", "Pathology network on a single LIMS", 7, DIAMOND, ""),
        ("ASC-02", "Stroke services (HASU) options - public consultation", 1, "X",
         "Timing subject to NHS England assurance"),
        ("ASC-03", "Shared vascular on-call rota HGH/SRI", 4, "X", ""),
        ("ASC-04", "Back-office consolidation (payroll, procurement)", 2, "X", ""),
    ],
}

SAVINGS = {  # £m
    "UEC": [2.1, 4.8, 7.2, 9.0], "CCH": [3.4, 7.9, 11.6, 14.2], "MH": [0.6, 1.3, 2.2, 3.1],
    "PCC": [2.8, 5.5, 8.1, 10.4], "PSC": [0.4, 1.1, 2.0, 3.3], "ASC": [5.9, 12.6, 18.3, 22.7],
}

# plan on a page: code -> (ambition, deliverables, key dates)
POAP_BOXES = {
    "UEC": ("Patients get the right urgent care first time, 24/7, with fewer trips to A&E.",
            ["Front door streaming at HGH and SRI", "One clinical hub behind NHS 111", "UTC at SRI"],
            ["Dec-16: A&E Delivery Board in place", "31/03/2017: Streaming pilot at SRI",
             "2017/18: UTC open at SRI"]),
    "CCH": ("Care organised around 11 localities of 30-50,000 people, with social care in the team.",
            ["Integrated neighbourhood teams", "Extended access hubs", "Support to care homes"],
            ["Q4 16/17: Wave 1 localities agreed", "Mar-17: Care home 'red bag' scheme",
             "tbc: Community IV therapy"]),
    "MH": ("Parity of esteem: mental and physical health valued equally.",
           ["Liaison psychiatry", "Crisis alternatives", "IAPT expansion"],
           ["Jan-17: Crisis cafe venue agreed", "Q4 16/17: Street triage extended to 24/7", "2018/19: IAPT 19%"]),
    "PCC": ("Shorter waits and earlier diagnosis, with care moved out of hospital where it is safe.",
            ["MSK triage", "Community ophthalmology", "Faster cancer diagnosis"],
            ["Feb-17: MSK triage procurement starts", "Q1 17/18: MSK triage live"]),
    "PSC": ("People in Harnworth and Selbury Dales live longer, healthier lives.",
            ["National Diabetes Prevention Programme (NDPP) wave 2", "MECC", "Healthy workplaces"],
            ["Dec-16: NDPP wave 2 go-live", "Mar-17: Healthy workplace charter signed by all NHS employers"]),
    "ASC": ("Two hospitals working as one system for specialist services.",
            ["Pathology network", "Stroke review", "Shared rotas and back office"],
            ["Nov-16: Stroke case for change published", "Summer 2017: Stroke options consultation"]),
}
ENABLERS = {
    "Digital": ("Veronika Cathersall", "Head of IM&T, Harnworth CCG",
                ["Q2 17/18: Harnworth & Selbury care record (phase 1) go-live"]),
    "Workforce": ("Glenys Trumper", "Director of Workforce, HGH", ["Apr-17: Bank staff collaborative live",
                                                                   "Winter 2017/18: Rotational posts across HGH and SRI"]),
}

MUSTDOS = [
    (1, "Develop a high quality and agreed STP", "All programmes (through the STP Leadership Board)", "n/a",
     "None identified."),
    (2, "Return the system to aggregate financial balance", "ASC", "PCC (outpatient productivity); CCH (bed days)",
     "Residual gap of £32.8m in 2020/21 not yet bridged by any scheme."),
    (3, "Develop and implement a local plan to address the sustainability and quality of general practice", "CCH",
     "PSC (social prescribing); UEC (streaming to primary care)",
     "GP recruitment and retention - depends on the Workforce enabler; no scheme yet."),
    (4, "Get back on track with access standards for A&E and ambulance waits", "UEC",
     "CCH (admission avoidance, D2A); MH (liaison psychiatry)",
     "Ambulance handover delays at HGH are not yet addressed by any scheme."),
    (5, "Deliver the 18 week referral to treatment (RTT) standard", "PCC", "ASC (shared rotas)",
     "Orthopaedic theatre capacity at SRI not addressed."),
    (6, "Deliver the 62 day cancer waiting standard", "PCC", "PSC (screening uptake)",
     "Diagnostic workforce (radiology and endoscopy) - national shortage, no local scheme."),
    (7, "Achieve and maintain the two new mental health access standards", "MH", "UEC (crisis response)",
     "CYP eating disorders access standard - CAMHS plan held separately."),
    (8, "Deliver actions set out in local plans to transform care for people with learning disabilities",
     "None in this STP - see the Transforming Care Partnership (TCP) plan", "MH (annual health checks)",
     "No STP programme; the TCP reports to the Leadership Board twice a year."),
    (9, "Develop and implement an affordable plan to make improvements in quality", "None identified",
     "ASC (seven day services)", "Quality improvement at SRI sits with the trust's own CQC action plan."),
]

# RACI: people across (name, role) ; workstreams down
RACI_PEOPLE = [
    ("Simon Aldbury-Knight", "STP Lead"), ("Naomi Petheridge", "Programme Director"),
    ("Kwame Tressider", "Finance Lead"), ("Dr Halima Yorath", "Chair, Clinical Board"),
    ("Rosalind Teague-Amadi", "SRO UEC"), ("Desmond Oyelaran-Pike", "SRO CCH"),
    ("Philippa Hornbury", "SRO MH"), ("Anthony Greshamby", "SRO PCC"),
    ("Dr Clement Ashby-Rhodes", "SRO PSC"), ("Jonathan Ruskwood", "SRO ASC"),
]
RACI_ROWS = [
    ("Urgent & Emergency Care (UEC)", "I C C C A C I . . R"),
    ("Care Closer to Home (CCH)", "I C C C C A . . R ."),
    ("Mental Health & Wellbeing (MH)", "I C C R . C A . I ."),
    ("Planned Care & Cancer (PCC)", "I C C C . . . A C R"),
    ("Prevention & Self Care (PSC)", "I C I C . C . . A ."),
    ("Acute Services Collaboration (ASC)", "I C C C . . . R . A"),
    ("Digital enabler", "I R C C I I I I I A"),
    ("Workforce enabler", "A R C C I I I I I I"),
    ("Finance & contracting", "C R A I C C C C C C"),
    ("Communications & engagement", "A R I I C C C C C C"),
]


def pin_zip(path: Path, when=(2016, 10, 14, 9, 0, 0)) -> None:
    """Rewrite an Office zip with fixed entry times so the bytes are the same every run."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------------------------------------------------------------------------------------------------------
# 01 plan on a page (Word, nested tables)
# ---------------------------------------------------------------------------------------------------------------
def make_poap() -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = docx.Document()
    doc.core_properties.created = datetime(2016, 10, 14, 9, 0)
    doc.core_properties.modified = datetime(2016, 10, 14, 9, 0)
    doc.core_properties.author = "HSD STP PMO"
    doc.core_properties.title = "STP Plan on a Page v1.4"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.3))
    sec.header.paragraphs[0].text = f"{FOOTPRINT} STP \u2013 Plan on a Page \u2013 v1.4 DRAFT"
    sec.footer.paragraphs[0].text = "Version 1.4 | 14 October 2016 | Draft - not for onward circulation"
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(8)

    doc.add_paragraph(f"{FOOTPRINT} Sustainability and Transformation Plan (STP): our plan on a page")
    doc.add_paragraph("Registered population: 812,400 | Two CCGs: Harnworth CCG and Selbury Dales CCG | "
                      "Harnworth General Hospital NHS FT (HGH), Selbury Royal Infirmary NHS Trust (SRI), "
                      "Wyrebank Partnership NHS FT | Do-nothing gap by 2020/21: \u00a3264.3m")

    def nested(cell, rows):
        inner = cell.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for label, lines in rows:
            r = inner.add_row().cells
            r[0].text = label
            r[1].text = lines[0]
            for extra in lines[1:]:
                r[1].add_paragraph(extra)
        cell.add_paragraph("")

    outer = doc.add_table(rows=0, cols=3)
    outer.style = "Table Grid"
    top = outer.add_row().cells
    merged = top[0].merge(top[1]).merge(top[2])
    merged.text = ("Our vision: by 2021 people in Harnworth and Selbury Dales will start well, live well and age "
                   "well, with care joined up around them and hospitals that are clinically and financially "
                   "sustainable.")
    codes = list(PROGRAMMES)
    for start in (0, 3):
        row = outer.add_row().cells
        for cell, code in zip(row, codes[start:start + 3]):
            name, sro, title, clin, pm = PROGRAMMES[code]
            ambition, delivers, dates = POAP_BOXES[code]
            cell.text = f"{name} ({code})"
            nested(cell, [("Ambition", [ambition]), ("We will deliver", [f"\u2022 {d}" for d in delivers]),
                          ("Key dates", dates), ("Who", [f"SRO: {sro} ({title})", f"Clinical lead: {clin}"])])
    row = outer.add_row().cells
    for cell, (name, (lead, title, dates)) in zip(row, ENABLERS.items()):
        cell.text = f"Enabler: {name}"
        nested(cell, [("Lead", [f"{lead}, {title}"]), ("Key dates", dates)])
    cell = row[2]
    cell.text = "Closing the gap (\u00a3m, 2020/21)"
    nested(cell, [("Do-nothing gap", ["264.3"]), ("Programme savings", ["(160.5)"]),
                  ("Provider CIP", ["(71.0)"]), ("Residual gap", ["32.8 - to be closed by March 2017 submission"])])
    doc.add_paragraph("Governance: STP Leadership Board (monthly) - Clinical Board - Finance Group - "
                      "Programme Boards. Abbreviations are defined once on this page.")
    path = PAPERS / POAP
    doc.save(str(path))
    pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 02 must-do self-assessment (PDF, bullets per must-do)
# ---------------------------------------------------------------------------------------------------------------
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))


def make_mustdo() -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    _fonts()
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    head = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=12, spaceAfter=4)
    title = ParagraphStyle("t", fontName="DVB", fontSize=15, leading=19, spaceAfter=8)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm,
                          f"{FOOTPRINT} STP | National must-dos 2016/17 - self-assessment | DRAFT v0.3")
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {doc.page} | 18/11/2016 | OFFICIAL")
        canvas.restoreState()

    story = [Paragraph("Delivering the nine national must-dos: self-assessment", title),
             Paragraph("Prepared by the STP Programme Management Office (PMO) for the Leadership Board of "
                       "29 November 2016. Programme codes used below: UEC = Urgent &amp; Emergency Care; CCH = Care "
                       "Closer to Home; MH = Mental Health &amp; Wellbeing; PCC = Planned Care &amp; Cancer; PSC = "
                       "Prevention &amp; Self Care; ASC = Acute Services Collaboration. For each must-do we record "
                       "the programme that leads on it, the programmes that also contribute, and the gap we "
                       "still see.", body)]
    for n, text, lead, also, gap in MUSTDOS:
        esc = lambda t: t.replace("&", "&amp;")  # noqa: E731
        story.append(Paragraph(f"Must-do {n}: {esc(text)}", head))
        items = [ListItem(Paragraph(f"<b>Lead priority:</b> {esc(lead)}", body), leftIndent=14),
                 ListItem(Paragraph(f"<b>Also contributing:</b> {esc(also)}", body), leftIndent=14),
                 ListItem(Paragraph(f"<b>Gap:</b> {esc(gap)}", body), leftIndent=14)]
        story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14, bulletFontName="DV"))
        story.append(Spacer(1, 4))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Next steps: programme boards to confirm these mappings by 16/12/2016; the assessment "
                           "will be refreshed for the March 2017 submission.", body))
    doc = SimpleDocTemplate(str(PAPERS / MUSTDO), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="Must-do self-assessment",
                            author="HSD STP PMO")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------------------------------------------
# 03 workbook: one sheet per programme
# ---------------------------------------------------------------------------------------------------------------
def make_workbook() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.properties.created = datetime(2016, 11, 25, 12, 0)
    wb.properties.modified = datetime(2016, 11, 25, 12, 0)
    wb.properties.creator = "HSD STP PMO"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    readme = wb.active
    readme.title = "Read me"
    readme["A1"] = f"{FOOTPRINT} STP - Programme Delivery Workbook"
    readme["A1"].font = Font(bold=True, size=14)
    readme["A2"] = "Version 3 - 25/11/2016 - baseline for 2017/18 and 2018/19"
    readme["A4"] = "One sheet per programme. Milestones are marked in the quarter they are due:"
    readme["A5"] = "X"
    readme["B5"] = "milestone due in this quarter"
    readme["A6"] = DIAMOND
    readme["B6"] = "key milestone / gateway due in this quarter"
    readme["A7"] = "Quarters are NHS financial quarters (Q1 = Apr-Jun). Where a comment gives a new date, the comment "
    readme["A8"] = "supersedes the mark until the next version."
    readme.column_dimensions["A"].width = 12
    readme.column_dimensions["B"].width = 60
    for code, (name, sro, title, clin, pm) in PROGRAMMES.items():
        ws = wb.create_sheet(code)
        ws["A1"] = f"{FOOTPRINT} STP | Programme Delivery Workbook v3"
        ws["A1"].font = Font(bold=True, size=12)
        labels = [("Programme:", f"{name} ({code})"), ("SRO:", f"{sro} - {title}"), ("Clinical lead:", clin),
                  ("Programme manager:", pm)]
        for i, (label, value) in enumerate(labels, 3):
            ws.cell(row=i, column=1, value=label).font = Font(bold=True)
            ws.cell(row=i, column=3, value=value)
            ws.merge_cells(start_row=i, start_column=3, end_row=i, end_column=7)
        ws["J3"] = "Last updated:"
        ws["K3"] = datetime(2016, 11, 25)
        ws["K3"].number_format = "dd/mm/yyyy"
        header = ["Ref", "Milestone"] + QUARTERS + ["Comments"]
        hr = 8
        for c, h in enumerate(header, 1):
            cell = ws.cell(row=hr, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E79")
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
            cell.border = box
        ws.cell(row=7, column=3, value="2017/18").font = Font(bold=True)
        ws.merge_cells(start_row=7, start_column=3, end_row=7, end_column=6)
        ws.cell(row=7, column=7, value="2018/19").font = Font(bold=True)
        ws.merge_cells(start_row=7, start_column=7, end_row=7, end_column=10)
        for r, (ref, text, q, mark, comment) in enumerate(MILESTONES[code], hr + 1):
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True)
            cell = ws.cell(row=r, column=3 + q, value=mark)
            cell.alignment = Alignment(horizontal="center")
            cell.fill = PatternFill("solid", fgColor="FFD966" if mark == DIAMOND else "DDEBF7")
            if comment:
                ws.cell(row=r, column=11, value=comment).alignment = Alignment(wrap_text=True)
            for c in range(1, 12):
                ws.cell(row=r, column=c).border = box
        ws.column_dimensions["A"].width = 9
        ws.column_dimensions["B"].width = 42
        for col in "CDEFGHIJ":
            ws.column_dimensions[col].width = 8
        ws.column_dimensions["K"].width = 40
        ws.freeze_panes = "C9"
    fin = wb.create_sheet("Savings")
    fin["A1"] = "Programme savings (\u00a3m) - net, recurrent, by year"
    fin["A1"].font = Font(bold=True)
    years = ["2017/18", "2018/19", "2019/20", "2020/21", "Total"]
    for c, h in enumerate(["Programme"] + years, 1):
        fin.cell(row=3, column=c, value=h).font = Font(bold=True)
    totals = [0.0] * 4
    for r, (code, vals) in enumerate(SAVINGS.items(), 4):
        fin.cell(row=r, column=1, value=code)
        for c, v in enumerate(vals, 2):
            fin.cell(row=r, column=c, value=v).number_format = "0.0"
            totals[c - 2] += v
        fin.cell(row=r, column=6, value=round(sum(vals), 1)).number_format = "0.0"
    r = 4 + len(SAVINGS)
    fin.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(totals, 2):
        fin.cell(row=r, column=c, value=round(v, 1)).number_format = "0.0"
    fin.cell(row=r, column=6, value=round(sum(totals), 1)).number_format = "0.0"
    fin.cell(row=r + 2, column=1, value="Source: programme financial templates, Finance Group 22/11/2016")
    path = PAPERS / WORKBOOK
    wb.save(str(path))
    pin_zip(path, (2016, 11, 25, 12, 0, 0))


# ---------------------------------------------------------------------------------------------------------------
# 04 RACI chart (PDF, ruled table)
# ---------------------------------------------------------------------------------------------------------------
def make_raci() -> None:
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    small = ParagraphStyle("s", fontName="DV", fontSize=6.5, leading=8, alignment=1)
    rowst = ParagraphStyle("r", fontName="DV", fontSize=8, leading=9.5)
    body = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11)
    title = ParagraphStyle("t", fontName="DVB", fontSize=14, leading=18, spaceAfter=6)
    page = landscape(A4)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7)
        canvas.drawString(1.5 * cm, page[1] - 1.0 * cm, f"{FOOTPRINT} STP - Programme accountability (RACI)")
        canvas.drawRightString(page[0] - 1.5 * cm, page[1] - 1.0 * cm, "Issued by PMO 09/12/2016")
        canvas.drawString(1.5 * cm, 0.8 * cm, "FINAL - agreed at STP Leadership Board")
        canvas.drawRightString(page[0] - 1.5 * cm, 0.8 * cm, f"Page {doc.page}")
        canvas.restoreState()

    head = [Paragraph("<b>Workstream</b>", rowst)] + [
        Paragraph("<b>{}</b><br/><b>{}</b><br/>{}".format(*name.rsplit(" ", 1), role), small)
        for name, role in RACI_PEOPLE]
    data = [head]
    for ws, cells in RACI_ROWS:
        data.append([Paragraph(ws, rowst)] + [("" if c == "." else c) for c in cells.split()])
    widths = [5.2 * cm] + [2.18 * cm] * len(RACI_PEOPLE)
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (1, 1), (-1, -1), "DVB", 9),
             ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2"))]
    for r, (_, cells) in enumerate(RACI_ROWS, 1):
        for c, v in enumerate(cells.split(), 1):
            if v == "A":
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#F4B183")))
            elif v == "R":
                style.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#C6E0B4")))
    table.setStyle(TableStyle(style))
    key = Table([[Paragraph("<b>Key</b>", body), ""],
                 ["R", Paragraph("Responsible - does the work and reports progress", body)],
                 ["A", Paragraph("Accountable - owns the outcome and signs off; one A per workstream", body)],
                 ["C", Paragraph("Consulted - gives views before decisions are taken", body)],
                 ["I", Paragraph("Informed - kept up to date", body)],
                 ["(blank)", Paragraph("no role in this workstream", body)]],
                colWidths=[1.6 * cm, 12 * cm])
    key.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [Paragraph("STP programme accountability: RACI chart", title),
             Paragraph("The STP Leadership Board (Independent Chair: Dame Morwenna Ellacott) agreed this chart "
                       "on 08/12/2016. It replaces the responsibilities table in the October plan on a page. "
                       "Clinical leads and programme managers are not shown; see the programme workbook.", body),
             Spacer(1, 8), table, Spacer(1, 10), key]
    doc = SimpleDocTemplate(str(PAPERS / RACI), pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.4 * cm, title="RACI chart", author="HSD STP PMO")
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------------------------------------------
# 05 PMO bulletin (plain text)
# ---------------------------------------------------------------------------------------------------------------
BULLETIN_TEXT = """From: Petheridge Naomi (HARNWORTH CCG)
Sent: 20 January 2017 16:42
To: HSD STP Programme Managers; HSD STP SROs
Cc: Aldbury-Knight Simon (SELBURY DALES PARTNERSHIP NHS FT); HSD STP PMO
Subject: STP PMO Bulletin No.7 - changes since workbook v3

Dear all,

Please find below the changes since the last draft of the Programme Delivery
Workbook (v3, 25/11/2016). Until v4 is issued these changes stand over the
workbook, the plan on a page and the RACI chart.

Changes since the last draft:
- PCC: Anthony Greshamby steps down as SRO at the end of January. Dr Leonie
  Fairweather-Oduya (Medical Director, SRI) is SRO for Planned Care & Cancer
  with effect from 01/02/2017.
- MH: the programme manager vacancy is filled - Suki Brandreth joins the
  programme from 06/02/2017.
- CCH-02 extended access GP hubs: moved from Q3 17/18 to 31/03/2018 to match
  the national GPFV funding timetable.
- PSC: NDPP wave 2 went live on 09/01/2017 (was Dec-16).
- ASC-02 stroke (HASU) consultation: now Autumn 2017 (was Summer 2017),
  pending NHS England assurance.
- UEC: the Leadership Board on 12/01/2017 approved submission of the SRI UTC
  capital bid to the STF (\u00a34.2m).

Reminders:
- Next highlight reports are due Friday 10/02/2017 (template unchanged).
- Workbook v4 will be issued after the Leadership Board in February.

Kind regards

Naomi Petheridge
STP Programme Director and Head of PMO
Harnworth & Selbury Dales STP

-----Original Message-----
From: Petheridge Naomi (HARNWORTH CCG)
Sent: 16 December 2016 11:05
To: HSD STP Programme Managers; HSD STP SROs
Subject: STP PMO Bulletin No.6

> Dear all,
>
> The RACI chart agreed by the Leadership Board on 08/12/2016 is attached.
> Please check your row and tell the PMO of any errors by 23/12/2016.
>
> - Workbook v3 (25/11/2016) is now the baseline for milestone reporting.
> - Highlight reports for the January Leadership Board are due Friday
>   13/01/2017.
> - The PMO office will be closed 26/12/2016 - 02/01/2017.
>
> Thanks
> Naomi
"""


def make_bulletin() -> None:
    (PAPERS / BULLETIN).write_text(BULLETIN_TEXT, encoding="utf-8")


def main() -> None:
    PAPERS.mkdir(parents=True, exist_ok=True)
    make_poap()
    make_mustdo()
    make_workbook()
    make_raci()
    make_bulletin()
    for p in sorted(PAPERS.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
