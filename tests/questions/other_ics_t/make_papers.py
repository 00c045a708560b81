"""Build papers/ for the imaginary Pellingford & Drovesmoor STP (2017-19 planning round).

Seven papers, in layouts no earlier bank used (see BANKS_README.md):
  01 plan on a page drawn as a "strategy house" (PDF): a roof holding the vision and three headline figures side by
     side, a beam naming the board chair, one pillar per place (its population in the pillar head, a box per scheme
     with SRO and clinical lead) and a foundation of enablers with their leads
  02 assurance dashboard (Excel): one row per scheme with five RAG columns (Delivery / Finance / Workforce /
     Benefits / Overall) as codes G, AG, A, AR, R and a trend arrow, all explained only on a Key sheet; a must-do map
     of P / S codes under bare "MD1".."MD9" headings, saved with an AutoFilter on Place so that two places' rows are
     hidden; a funding sheet in GBP000
  03 committee forward planner (Word, landscape): a cycle-of-business grid per committee, items down, the twelve
     months of 2018/19 across ("Apr".."Mar", no year), a meeting-date row of bare "dd/mm", marks (a dot for noting,
     "D" for decision), section rows merged across, scheme codes in the deep-dive row
  04 funding bid summary (PDF): every figure and date in prose paragraphs; a panel scoring table on page 2 with
     weights and the outcome, conditions with deadlines
  05 highlight report (Word): a version-control table, then per scheme a status strip and a 2x2 quadrant table
     (Achievements / Planned next period / Risks and issues / Decisions and escalations) with bullets in the cells;
     records a moved date and a replaced SRO
  06 clinical leads network deck (PowerPoint): an options appraisal table of weighted scores without totals, a
     "Two Content" slide whose left placeholder holds the dates and the right one the events (paired only by
     order), an asks slide, speaker notes
  07 Microsoft Project export (CSV): ID / Outline Level / WBS / Task Name / Duration / Start / Finish / Baseline Finish
     / % Complete / Milestone / Resource Names / Predecessors / Notes; dates as "Mon 02/07/18", summary rows for
     places and schemes, owners only as task resources

usage: /work/main/.venv/bin/python make_papers.py
"""

import csv
import io
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent / "papers"
FIXED = (2018, 4, 20, 9, 0, 0)
PLUM, SLATE, PALE, GREY = (colors.HexColor("#5b2a5e"), colors.HexColor("#3c4a5a"), colors.HexColor("#efe7f0"),
                           colors.HexColor("#6b6b6b"))

F_HOUSE = "01_PD_STP_Plan_on_a_Page_v2.1_Nov2017.pdf"
F_DASH = "02_PD_STP_Assurance_Dashboard_M11_Feb2018.xlsx"
F_PLAN = "03_PD_STP_Board_Forward_Planner_2018-19.docx"
F_BID = "04_CAT-02_Lung_Health_Check_Bid_Summary_Mar2018.pdf"
F_HR = "05_PD_STP_Highlight_Report_March_2018_v1.1.docx"
F_DECK = "06_PD_STP_Clinical_Leads_Network_18Apr2018.pptx"
F_CSV = "07_PD_STP_Delivery_Schedule_MSP_export_20Apr2018.csv"

# ================================================================================================ the footprint
PLACES = [("PEL", "Pellingford", "298,700"), ("DRV", "Drovesmoor", "141,900"), ("CAT", "Cattermouth Bay", "171,800"),
          ("STP", "System-wide", None)]
ORGS = {
    "PRI": "Pellingford Royal Infirmary NHS Foundation Trust",
    "DCH": "Drovesmoor and Cattermouth Hospitals NHS Trust",
    "EVP": "Ember Valley Partnership NHS Foundation Trust",
    "PCCG": "NHS Pellingford CCG",
    "DCCG": "NHS Drovesmoor and Cattermouth CCG",
}

# code: name, SRO, SRO title, clinical lead, delivery manager (task resource in the schedule)
SCHEMES = {
    "PEL-01": ("Home First (Discharge to Assess)", "Wilhelmina Dacosta-Reid", "Chief Operating Officer, PRI",
               "Dr Barnaby Iwu-Sorensen", "Joss Aldridge-Nwosu"),
    "PEL-02": ("Extended Access to General Practice", "Amara Pettigrew-Lowe", "Director of Primary Care, NHS "
               "Pellingford CCG", "Dr Tobiah Fenwright", "Corin Vasquez-Holt"),
    "PEL-03": ("Perinatal Mental Health Community Team", "Constance Ibekwe-Hart", "Director of Mental Health, EVP",
               "Dr Lucasta Moyle", "Delphine Arkwright"),
    "DRV-01": ("Drovesmoor Community Hospital Hub", "Gideon Thwaite-Abara", "Director of Community Services, EVP",
               "Dr Hermione Quennell", "Rhiannon Stallybrass"),
    "DRV-02": ("Dermatology Tele-triage", "Priya Castellane", "Head of Planned Care, NHS Drovesmoor and "
               "Cattermouth CCG", "Dr Emrys Tolhurst", "Faisal Brightwater"),
    "DRV-03": ("Moorland Dementia Navigators", "Bronwen Attwater-Nye", "Director of Adult Social Care, Drovesmoor "
               "Shire Council", "Dr Silas Pemberthy", "Gwenllian Sparrowhawk"),
    "CAT-01": ("Cattermouth Urgent Treatment Centre", "Lachlan Revell-Mbeki", "Chief Operating Officer, DCH",
               "Dr Oriana Fitzherne", "Hector Blaylock"),
    "CAT-02": ("Lung Health Checks", "Dr Ingrid Marchbanks", "Medical Director, NHS Drovesmoor and Cattermouth CCG",
               "Dr Yusuf Tremayne", "Mehmet Ashdown-Reyes"),
    "CAT-03": ("Bay Step-down Flats (Transforming Care)", "Henrietta Scullion", "Joint Commissioner for Learning "
               "Disabilities, NHS Drovesmoor and Cattermouth CCG", None, "Idris Penhaligon"),
    "STP-01": ("Shared Care Record", "Aurelio Banerjee-Croft", "Chief Information Officer, PRI",
               "Dr Nell Whitlock-Adeyemi", "Jago Fairweather"),
    "STP-02": ("Elective Orthopaedic Hub", "Fergus Maitland-Oyelaran", "Director of Strategy, DCH",
               "Mr Leopold Garside", "Kirsty Hollingdrake"),
    "STP-03": ("Stroke Reconfiguration", "Dr Fintan Aldiss-Moore", "Medical Director, DCH",
               "Dr Marisa Quigg-Ellery", "Lysander Cobb"),
}
NEW_SRO = ("Dr Caspian Holroyd-Achebe", "Deputy Medical Director, DCH")  # CAT-02 from 1 April 2018

MUSTDO_NAMES = ["STPs", "Finance", "Primary care", "Urgent and emergency care", "Referral to treatment times and "
                "elective care", "Cancer", "Mental health", "People with learning disabilities",
                "Improving quality in organisations"]
# scheme -> {must-do: "P" | "S"}
MUSTDO_MAP = {
    "PEL-01": {1: "S", 2: "S", 4: "P", 9: "S"},
    "PEL-02": {3: "P", 4: "S"},
    "PEL-03": {7: "P"},
    "DRV-01": {1: "S", 2: "S", 4: "P"},
    "DRV-02": {3: "S", 5: "P"},
    "DRV-03": {7: "P", 9: "S"},
    "CAT-01": {1: "S", 3: "S", 4: "P"},
    "CAT-02": {6: "P", 9: "S"},
    "CAT-03": {2: "S", 8: "P"},
    "STP-01": {1: "P", 2: "S", 9: "S"},
    "STP-02": {2: "S", 5: "P"},
    "STP-03": {4: "S", 9: "P"},
}

# dashboard, February 2018: delivery, finance, workforce, benefits, overall, trend, next milestone, due
DASH = {
    "PEL-01": ("A", "G", "A", "AG", "A", "\u25ba", "Pathway 1 live on all medical wards", "end of June 2018",
               "41 patients went home through pathway 1 in the ward 3 and 4 test."),
    "PEL-02": ("R", "A", "A", "A", "R", "\u25ba", "Riverside Hub lease signed", date(2018, 4, 13),
               "Lease talks with the Riverside landlord have stalled; evening sessions cannot start without it."),
    "PEL-03": ("G", "G", "A", "G", "AG", "\u25b2", "Perinatal team recruited", date(2018, 6, 22),
               "Funding confirmed for 2018/19; recruitment pack agreed."),
    "DRV-01": ("R", "A", "R", "A", "R", "\u25bc", "12 step-up beds open", "w/c 04/06/18",
               "Registered nurse recruitment is behind plan."),
    "DRV-02": ("A", "G", "G", "G", "AG", "\u25ba", "Tele-triage live in all practices", date(2018, 5, 31),
               "Dermatoscopes ordered for all 23 Drovesmoor practices."),
    "DRV-03": ("G", "G", "A", "A", "AG", "\u25ba", "Six navigators in post", "Sept 2018",
               "Service specification drafted with carers' groups."),
    "CAT-01": ("A", "A", "A", "G", "A", "\u25b2", "UTC designation", "Q3 2018/19",
               "GP streaming at the front door planned for April."),
    "CAT-02": ("G", "A", "AR", "G", "A", "\u25bc", "Mobile CT unit on site", "Q2 2018/19",
               "Bid to the Cancer Alliance submitted; panel on 7 March."),
    "CAT-03": ("A", "G", "G", "A", "A", "\u25ba", "Four flats handed over", date(2018, 11, 30),
               "Bayside Homes confirmed as the housing provider."),
    "STP-01": ("AG", "G", "G", "A", "AG", "\u25bc", "Phase 1 go-live", date(2018, 10, 15),
               "Information sharing agreement with six of seven partners' legal teams."),
    "STP-02": ("A", "AR", "A", "G", "A", "\u25ba", "First elective list", "Jan 2019",
               "Theatre conversion costs above the business case."),
    "STP-03": ("G", "G", "A", "G", "G", "\u25b2", "Public consultation launch", "Sept 2018",
               "Options appraisal scored by the Clinical Board."),
}
RAG_WORDS = {"G": "Green", "AG": "Amber/Green", "A": "Amber", "AR": "Amber/Red", "R": "Red"}

# transformation funding 2018/19, GBP000: revenue, capital
FUNDING = {"PEL-01": (420, 0), "PEL-02": (610, 150), "PEL-03": (380, 0), "DRV-01": (540, 260), "DRV-02": (95, 60),
           "DRV-03": (210, 0), "CAT-01": (350, 400), "CAT-02": (1410, 0), "CAT-03": (180, 320),
           "STP-01": (900, 450), "STP-02": (300, 520), "STP-03": (120, 0)}

D = date
# the schedule: (WBS level-3 rows) code -> [(task, finish, baseline finish or None, % complete, milestone?, resources,
# duration, notes)]
TASKS = {
    "PEL-01": [("D2A business case approved by SLE", D(2018, 2, 5), None, 100, True, None, "0 days", ""),
               ("Pathway 1 live on all medical wards", D(2018, 6, 29), None, 0, True, None, "0 days", ""),
               ("Trusted assessor in place for 12 care homes", D(2018, 12, 17), None, 0, True, None, "0 days", "")],
    "PEL-02": [("Riverside Hub lease signed", D(2018, 4, 13), None, 0, True, None, "0 days",
                "Awaiting landlord's solicitors"),
               ("Evening appointments 6.30pm-8pm at three hubs", D(2018, 10, 1), None, 0, True, None, "0 days", "")],
    "PEL-03": [("Perinatal team recruited", D(2018, 6, 22), None, 10, False, None, "50 days", ""),
               ("Perinatal service launch", D(2018, 9, 3), None, 0, True, None, "0 days", "")],
    "DRV-01": [("Ward refurbishment complete", D(2018, 5, 25), None, 40, False, None, "60 days", ""),
               ("12 step-up beds open", D(2018, 7, 2), D(2018, 6, 4), 0, True, None, "0 days",
                "Moved by SLE 03/04/18 (nurse staffing)")],
    "DRV-02": [("Dermatoscopes delivered to practices", D(2018, 4, 16), None, 50, False, None, "15 days", ""),
               ("Tele-triage live in all Drovesmoor practices", D(2018, 5, 31), None, 0, True, None, "0 days", "")],
    "DRV-03": [("Six dementia navigators in post", D(2018, 9, 28), None, 0, True, None, "0 days", "")],
    "CAT-01": [("GP streaming at the front door", D(2018, 4, 9), None, 100, True, None, "0 days", ""),
               ("UTC designation", D(2018, 12, 3), None, 0, True, None, "0 days", "")],
    "CAT-02": [("Mobile CT unit on site at Cattermouth Retail Park", D(2018, 8, 20), None, 0, True, None, "0 days", ""),
               ("First invitations posted", D(2018, 9, 10), None, 0, True, "Mehmet Ashdown-Reyes,Anouk Cresswell-Baines",
                "0 days", "")],
    "CAT-03": [("Four flats handed over by Bayside Homes", D(2018, 11, 30), None, 0, True, None, "0 days", "")],
    "STP-01": [("Information sharing agreement signed by all partners", D(2018, 3, 30), None, 100, True, None,
                "0 days", ""),
               ("Phase 1 go-live (GP and acute records)", D(2018, 10, 15), None, 0, True, None, "0 days", ""),
               ("Phase 2 scoping (social care records)", D(2018, 11, 30), None, 0, False, None, "25 days",
                "Go-live for phase 2 not yet planned")],
    "STP-02": [("Theatre conversion complete", D(2018, 12, 14), None, 0, False, None, "80 days", ""),
               ("First elective list", D(2019, 1, 7), None, 0, True, None, "0 days", "")],
    "STP-03": [("Public consultation launch", D(2018, 9, 11), None, 0, True, None, "0 days", ""),
               ("Partnership Board decision", D(2018, 11, 29), None, 0, True, "Dr Fintan Aldiss-Moore", "0 days", "")],
}

# Partnership Board 2018/19: the last Thursday of six months
BOARD_MONTHS = [4, 6, 9, 11, 1, 3]
FY_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fy_year(m):
    return 2018 if m >= 4 else 2019


def last_thursday(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    d = nxt - timedelta(days=1)
    while d.weekday() != 3:
        d -= timedelta(days=1)
    return d


def second_wednesday(y, m):
    d = date(y, m, 1)
    d += timedelta(days=(2 - d.weekday()) % 7)
    return d + timedelta(days=7)


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with one fixed time on every entry and in docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-04-20T09:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def core(props, title):
    props.title, props.author, props.last_modified_by = title, "P&D STP PMO", "P&D STP PMO"
    props.created = props.modified = datetime(2018, 4, 20, 9, 0, 0)
    props.revision = 1


def wrap(c, text, x, y, width, size=9, font="Helvetica", leading=None, color=colors.black):
    leading = leading or size * 1.3
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    c.setFillColor(colors.black)
    return y


# ================================================================================================ 01 house (PDF)
def build_house():
    W, H = landscape(A4)
    c = canvas.Canvas(str(OUT / F_HOUSE), pagesize=(W, H), invariant=1)
    c.setTitle("Pellingford & Drovesmoor STP - Our plan on a page 2017-19")
    c.setAuthor("P&D STP PMO")
    m = 30
    # title band
    c.setFillColor(PLUM)
    c.rect(0, H - 44, W, 44, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, H - 28, "Pellingford & Drovesmoor STP: our plan on a page 2017-19")
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - m, H - 28, "Version 2.1 \u2013 published 24 November 2017")
    # roof
    top, eave = H - 52, H - 136
    c.setFillColor(PALE)
    c.setStrokeColor(PLUM)
    p = c.beginPath()
    p.moveTo(m, eave)
    p.lineTo(m + 120, top)
    p.lineTo(W - m - 120, top)
    p.lineTo(W - m, eave)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(PLUM)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(W / 2, top - 22, "Our vision: healthier lives, closer to home, from the moor to the bay")
    # three headline figures side by side (drawn left to right, one text run each)
    figs = [("612,400", "people registered with 74 GP practices"),
            ("\u00a3187m", "financial gap by 2020/21 if we do nothing"),
            ("3 places", "2 CCGs, 3 NHS trusts, 2 councils")]
    for i, (big, small) in enumerate(figs):
        x = W / 2 + (i - 1) * 170
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(x, top - 48, big)
    for i, (big, small) in enumerate(figs):
        x = W / 2 + (i - 1) * 170
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(x, top - 60, small)
    # beam
    c.setFillColor(SLATE)
    c.rect(m, eave - 22, W - 2 * m, 20, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, eave - 15, "Partnership Board \u2013 independent chair Professor Anselm Greatorex   |   "
                        "STP Lead: Rosalind Achterberg, Chief Executive, PRI")
    # pillars
    gap = 10
    pw = (W - 2 * m - 3 * gap) / 4
    ptop, pbot = eave - 30, 92
    for i, (pcode, pname, pop) in enumerate(PLACES):
        x = m + i * (pw + gap)
        c.setFillColor(colors.white)
        c.setStrokeColor(SLATE)
        c.rect(x, pbot, pw, ptop - pbot, stroke=1, fill=1)
        c.setFillColor(PALE)
        c.rect(x, ptop - 26, pw, 26, stroke=0, fill=1)
        c.setFillColor(PLUM)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x + 6, ptop - 12, pname)
        c.setFont("Helvetica", 7.5)
        c.drawString(x + 6, ptop - 22, f"Population {pop}" if pop else "Schemes across all three places")
        c.setFillColor(colors.black)
        y = ptop - 36
        for code in [k for k in SCHEMES if k.startswith(pcode)]:
            name, sro, title, lead, _ = SCHEMES[code]
            y = wrap(c, f"{code}  {name}", x + 6, y, pw - 12, size=8, font="Helvetica-Bold", leading=9.5)
            y = wrap(c, f"SRO: {sro}, {title}", x + 6, y, pw - 12, size=7.5, leading=9)
            y = wrap(c, f"Clinical lead: {lead or 'to be appointed'}", x + 6, y, pw - 12, size=7.5, leading=9)
            c.setStrokeColor(colors.HexColor("#cccccc"))
            c.line(x + 6, y + 3, x + pw - 6, y + 3)
            y -= 8
    # foundation: enablers side by side
    c.setFillColor(SLATE)
    c.rect(m, 36, W - 2 * m, 48, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(m + 6, 72, "Foundations: our enablers")
    enablers = [("Digital", "Aurelio Banerjee-Croft"), ("Workforce", "Ottoline Brassey"),
                ("Estates", "lead to be appointed"), ("Finance", "Darragh Pennycook"),
                ("Communications & engagement", "Jemima Ravenhall")]
    ew = (W - 2 * m - 12) / 5
    for i, (name, lead) in enumerate(enablers):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(m + 6 + i * ew, 58, name)
    for i, (name, lead) in enumerate(enablers):
        c.setFont("Helvetica", 8)
        c.drawString(m + 6 + i * ew, 46, lead)
    c.setFillColor(GREY)
    c.setFont("Helvetica", 7)
    c.drawString(m, 20, "Schemes are coded by place (PEL, DRV, CAT) or STP for system-wide work. Delivery is reported "
                 "monthly to the System Delivery Group.")
    c.drawRightString(W - m, 20, "P&D STP PMO")
    c.showPage()
    c.save()


# ================================================================================================ 02 dashboard (Excel)
def build_dashboard():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    core(wb.properties, "P&D STP Assurance Dashboard M11 2017/18")
    bold = Font(bold=True)
    head = PatternFill("solid", fgColor="D9D2E9")
    fills = {"G": "63BE7B", "AG": "C6E0B4", "A": "FFD966", "AR": "F4B183", "R": "FF7C80"}

    ws = wb.active
    ws.title = "Cover"
    rows = [("Pellingford & Drovesmoor STP \u2013 Assurance Dashboard", None),
            (None, None),
            ("Reporting period", "February 2018 (Month 11, 2017/18)"),
            ("Published", date(2018, 3, 16)),
            ("Prepared by", "Oluwaseun Threlfall, Head of PMO"),
            ("Status", "Final \u2013 as reported to the System Delivery Group on 14 March 2018"),
            (None, None),
            ("Sheets", "Dashboard (RAG by scheme), Must-do map, Funding, Key"),
            ("Note", "RAG codes, trend arrows and must-do numbers are explained on the Key sheet.")]
    for r, (a, b) in enumerate(rows, 1):
        if a:
            ws.cell(r, 1, a)
        if b:
            ws.cell(r, 2, b)
    ws["B4"].number_format = "dd/mm/yyyy"
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Dashboard")
    ws["A1"] = "Scheme assurance dashboard \u2013 February 2018 (M11)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG: G / AG / A / AR / R.  Trend against January.  See Key."
    header = ["Ref", "Scheme", "Place", "SRO", "Clinical lead", "Delivery", "Finance", "Workforce", "Benefits",
              "Overall", "Trend", "Next key milestone", "Due", "Key message"]
    for j, h in enumerate(header, 1):
        ws.cell(4, j, h).font = bold
        ws.cell(4, j).fill = head
        ws.cell(4, j).alignment = Alignment(wrap_text=True, vertical="top")
    place = {p: n for p, n, _ in PLACES}
    for r, code in enumerate(SCHEMES, 5):
        name, sro, _, lead, _ = SCHEMES[code]
        dv, fn, wf, bn, ov, tr, ms, due, msg = DASH[code]
        values = [code, name, place[code[:3]], sro, lead or "TBC", dv, fn, wf, bn, ov, tr, ms, due, msg]
        for j, v in enumerate(values, 1):
            cell = ws.cell(r, j, v)
            if 6 <= j <= 10:
                cell.fill = PatternFill("solid", fgColor=fills[v])
                cell.alignment = Alignment(horizontal="center")
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
    for j, w in enumerate([8, 34, 16, 24, 24, 9, 9, 10, 9, 9, 7, 34, 14, 60], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C5"

    ws = wb.create_sheet("Must-do map")
    ws["A1"] = "Scheme contribution to the nine national must-dos 2017-19"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "P = primary contribution; S = secondary contribution; blank = no contribution. Must-dos by number " \
               "(MD1-MD9) as on the Key sheet."
    header = ["Ref", "Scheme", "Place"] + [f"MD{n}" for n in range(1, 10)]
    for j, h in enumerate(header, 1):
        ws.cell(4, j, h).font = bold
        ws.cell(4, j).fill = head
    shown = "Cattermouth Bay"
    last = 4
    for r, code in enumerate(SCHEMES, 5):
        ws.cell(r, 1, code)
        ws.cell(r, 2, SCHEMES[code][0])
        ws.cell(r, 3, place[code[:3]])
        for n, mark in MUSTDO_MAP[code].items():
            ws.cell(r, 3 + n, mark).alignment = Alignment(horizontal="center")
        if place[code[:3]] != shown:
            ws.row_dimensions[r].hidden = True
        last = r
    ws.auto_filter.ref = f"A4:L{last}"
    ws.auto_filter.add_filter_column(2, [shown])
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 16
    ws.freeze_panes = "D5"

    ws = wb.create_sheet("Funding")
    ws["A1"] = "Transformation funding 2018/19 by scheme"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "\u00a3000"
    for j, h in enumerate(["Ref", "Scheme", "Revenue", "Capital", "Total"], 1):
        ws.cell(4, j, h).font = bold
        ws.cell(4, j).fill = head
    r = 5
    for code, (rev, cap) in FUNDING.items():
        for j, v in enumerate([code, SCHEMES[code][0], rev, cap, rev + cap], 1):
            ws.cell(r, j, v)
            if j >= 3:
                ws.cell(r, j).number_format = "#,##0"
        r += 1
    ws.cell(r, 1, "Total").font = bold
    for j, v in enumerate([sum(a for a, _ in FUNDING.values()), sum(b for _, b in FUNDING.values()),
                           sum(a + b for a, b in FUNDING.values())], 3):
        ws.cell(r, j, v).font = bold
        ws.cell(r, j).number_format = "#,##0"
    ws.cell(r + 2, 1, "CAT-02 revenue is subject to the Cancer Alliance bid (panel 7 March 2018).")
    ws.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Key")
    ws["A1"] = "Key"
    ws["A1"].font = Font(bold=True, size=13)
    r = 3
    ws.cell(r, 1, "RAG code").font = bold
    ws.cell(r, 2, "Meaning").font = bold
    for code, meaning in [("G", "Green: on track"), ("AG", "Amber/Green: minor slippage, recoverable within the "
                          "quarter"), ("A", "Amber: slippage, recovery plan in place"),
                          ("AR", "Amber/Red: significant slippage, recovery plan not yet agreed"),
                          ("R", "Red: off track, escalated to the SLE")]:
        r += 1
        ws.cell(r, 1, code)
        ws.cell(r, 2, meaning)
    r += 2
    ws.cell(r, 1, "Trend").font = bold
    for code, meaning in [("\u25b2", "improving since last month"), ("\u25ba", "no change"),
                          ("\u25bc", "deteriorating since last month")]:
        r += 1
        ws.cell(r, 1, code)
        ws.cell(r, 2, meaning)
    r += 2
    ws.cell(r, 1, "Must-do").font = bold
    for n, nm in enumerate(MUSTDO_NAMES, 1):
        r += 1
        ws.cell(r, 1, f"MD{n}")
        ws.cell(r, 2, nm)
    ws.column_dimensions["B"].width = 70
    wb.save(OUT / F_DASH)
    restamp(OUT / F_DASH)


# ================================================================================================ 03 forward planner (Word)
PB_ITEMS = [  # section or (item, lead, {month: mark})
    "Strategy and transformation",
    ("STP delivery dashboard", "M Ollerenshaw", {m: "\u25cf" for m in BOARD_MONTHS}),
    ("Stroke reconfiguration: approval to consult", "F Aldiss-Moore", {6: "D"}),
    ("Stroke reconfiguration: consultation outcome and decision", "F Aldiss-Moore", {11: "D"}),
    ("Lung Health Checks: first results", "Y Tremayne", {1: "\u25cf"}),
    ("Shared care record: phase 1 go-live report", "A Banerjee-Croft", {11: "\u25cf"}),
    ("Elective orthopaedic hub: readiness review", "F Maitland-Oyelaran", {11: "\u25cf"}),
    "Assurance",
    ("Winter plan 2018/19", "A Kettleby", {9: "D", 1: "\u25cf"}),
    ("STP risk register", "O Threlfall", {4: "\u25cf", 9: "\u25cf", 1: "\u25cf"}),
    ("Must-do assurance (planning guidance 2017-19)", "M Ollerenshaw", {6: "\u25cf", 11: "\u25cf"}),
    "Finance",
    ("Financial position and Transformation Fund", "D Pennycook", {m: "\u25cf" for m in BOARD_MONTHS}),
    ("Operational plan 2019/20", "D Pennycook", {3: "D"}),
    "Governance",
    ("Terms of reference: annual review", "A Greatorex", {4: "D"}),
    ("Board effectiveness self-assessment", "A Greatorex", {3: "\u25cf"}),
]
SDG_DEEP_DIVE = {4: "PEL-02", 5: "DRV-01", 6: "CAT-02", 7: "STP-01", 9: "PEL-01", 10: "DRV-03", 11: "CAT-01",
                 12: "STP-02", 1: "PEL-03", 2: "DRV-02", 3: "CAT-03"}
SDG_ITEMS = [
    ("Delivery dashboard and exceptions", "O Threlfall", {m: "\u25cf" for m in FY_MONTHS}),
    ("Scheme deep dive", "scheme SRO", SDG_DEEP_DIVE),
    ("Risk register review", "O Threlfall", {6: "\u25cf", 9: "\u25cf", 12: "\u25cf", 3: "\u25cf"}),
    ("Must-do self-assessment", "M Ollerenshaw", {6: "\u25cf", 12: "\u25cf"}),
    ("Winter plan: weekly sitrep summary", "A Kettleby", {12: "\u25cf", 1: "\u25cf", 2: "\u25cf"}),
]


def build_planner():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    core(d.core_properties, "P&D STP forward planner 2018/19")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    sec.footer.paragraphs[0].text = "P&D STP \u2013 cycle of business 2018/19 \u2013 approved 22/02/2018"

    def shade(cell, hexcolour):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), hexcolour)
        tcpr.append(shd)

    d.add_heading("Forward planner 2018/19: Partnership Board and System Delivery Group", level=1)
    d.add_paragraph("Approved by the Partnership Board on 22 February 2018. The planner is the cycle of business for "
                    "the year; items can be added by the chair. Columns are the months of the 2018/19 financial "
                    "year.")
    d.add_paragraph("The Partnership Board meets six times a year, on the last Thursday of the month, 10:00-12:30, at "
                    "the Moot Hall, Drovesmoor. It is chaired by its independent chair, Professor Anselm Greatorex. "
                    "Papers are circulated seven days before each meeting.")
    d.add_paragraph("The System Delivery Group meets monthly, on the second Wednesday of the month, 14:00-16:00, at "
                    "Ember House, Pellingford. It is chaired by the STP Programme Director, Marguerite Ollerenshaw, "
                    "and reports to the Partnership Board. The Clinical Board (chair: Dr Fintan Aldiss-Moore) and the "
                    "System Finance Group (chair: Darragh Pennycook) keep their own planners.")
    d.add_paragraph("Key: \u25cf = for discussion or noting; D = for decision; grey column = no meeting that month. "
                    "Leads are shown by initial and surname.")

    def grid(title, meetings, items):
        d.add_heading(title, level=2)
        t = d.add_table(rows=2, cols=14)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(["Item", "Lead"] + [MON[m] for m in FY_MONTHS]):
            t.rows[0].cells[j].text = h
            t.rows[0].cells[j].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[j], "D9D2E9")
        t.rows[1].cells[0].text = "Meeting date"
        t.rows[1].cells[0].paragraphs[0].runs[0].bold = True
        for j, m in enumerate(FY_MONTHS, 2):
            if m in meetings:
                t.rows[1].cells[j].text = meetings[m].strftime("%d/%m")
        for it in items:
            row = t.add_row().cells
            if isinstance(it, str):
                merged = row[0].merge(row[13])
                merged.text = it
                merged.paragraphs[0].runs[0].bold = True
                shade(merged, "EFE7F0")
                continue
            name, lead, marks = it
            row[0].text, row[1].text = name, lead
            for j, m in enumerate(FY_MONTHS, 2):
                if m in marks:
                    row[j].text = marks[m]
        for row in t.rows:
            for j, m in enumerate(FY_MONTHS, 2):
                if m not in meetings and len({id(c._tc) for c in row.cells}) == 14:
                    shade(row.cells[j], "BFBFBF")
        widths = [Cm(6.2), Cm(2.8)] + [Cm(1.45)] * 12
        for row in t.rows:
            for j, cell in enumerate(row.cells):
                cell.width = widths[j]

    pb = {m: last_thursday(fy_year(m), m) for m in BOARD_MONTHS}
    grid("Partnership Board", pb, PB_ITEMS)
    d.add_paragraph("The board does not meet in August or December. Extraordinary meetings are called by the chair.")
    d.add_page_break()
    sdg = {m: second_wednesday(fy_year(m), m) for m in FY_MONTHS if m != 8}
    grid("System Delivery Group", sdg, SDG_ITEMS)
    d.add_paragraph("The System Delivery Group does not meet in August. Each scheme's SRO presents its deep dive; the "
                    "Head of PMO circulates the dashboard on the Friday before each meeting.")
    d.save(OUT / F_PLAN)
    restamp(OUT / F_PLAN)


# ================================================================================================ 04 bid summary (PDF)
def build_bid():
    W, H = A4
    c = canvas.Canvas(str(OUT / F_BID), pagesize=A4, invariant=1)
    c.setTitle("CAT-02 Lung Health Checks - bid summary")
    c.setAuthor("P&D STP PMO")
    m = 56

    def head(pno):
        c.setFillColor(SLATE)
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(m, H - 25, "Kittiwake Coast Cancer Alliance \u2013 Transformation Fund, Wave 2")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - m, H - 25, f"Bid summary CAT-02  |  page {pno} of 2")
        c.setFillColor(colors.black)

    head(1)
    y = H - 78
    c.setFont("Helvetica-Bold", 15)
    c.drawString(m, y, "Cattermouth Bay Lung Health Checks")
    y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(m, y, "Bid summary from the Pellingford & Drovesmoor STP (scheme CAT-02), 9 March 2018")
    y -= 26
    sections = [
        ("What we are asking for",
         "We are asking the Alliance for \u00a32.36m over two years: \u00a31.41m in 2018/19 and \u00a30.95m in 2019/20. "
         "Of the first year's money, \u00a30.38m pays for the lease of a mobile CT unit, which will stand at Cattermouth "
         "Retail Park, and the rest pays for nurses, radiographers, reporting time and the invitation service. No "
         "capital is requested; the unit is leased with its staff."),
        ("Who we will see",
         "We will invite 14,200 people aged 55 to 74 who are registered with one of the 19 Cattermouth Bay practices "
         "and have ever smoked. We expect 9,100 of them (64%) to come for a lung health check, around 2,700 to be "
         "offered a low-dose CT scan, and 118 lung cancers to be found in the two years. We expect around 76% of "
         "those cancers to be found at stage 1 or 2, against 27% in Cattermouth Bay today. Everyone who smokes will "
         "be offered stop-smoking support on the day."),
        ("Why Cattermouth Bay",
         "Cattermouth Bay has the highest lung cancer death rate in the Alliance and the lowest rate of diagnosis at "
         "an early stage. Smoking prevalence among adults is 22.4%, against 15.1% across the Alliance."),
        ("Who is leading it",
         "The bid is led by Dr Yusuf Tremayne, consultant respiratory physician at DCH and clinical lead for CAT-02, "
         "with Dr Ingrid Marchbanks as Senior Responsible Officer. Day-to-day programme management is by Anouk "
         "Cresswell-Baines, Cancer Programme Manager, NHS Drovesmoor and Cattermouth CCG. The radiology service "
         "manager at DCH will run the mobile unit."),
        ("When",
         "If the bid is approved we will procure the mobile unit in the spring, have it on site in Q2 2018/19 and post "
         "the first invitations in the week commencing 10 September 2018. The last scans of the two-year programme "
         "will be done by the end of March 2020, and the Alliance will receive an evaluation after the first twelve "
         "months."),
    ]
    for title, text in sections:
        c.setFont("Helvetica-Bold", 10.5)
        c.setFillColor(PLUM)
        c.drawString(m, y, title)
        c.setFillColor(colors.black)
        y = wrap(c, text, m, y - 15, W - 2 * m, size=9.5, leading=13) - 12
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor(GREY)
    c.drawString(m, 40, "Figures are from the full bid (42 pages), available from the STP PMO.")
    c.showPage()

    head(2)
    y = H - 78
    c.setFont("Helvetica-Bold", 13)
    c.drawString(m, y, "Panel assessment")
    y -= 18
    y = wrap(c, "The Alliance Investment Panel met on 7 March 2018, chaired by Lorna Etheridge-Mbatha, the Alliance's "
                "Managing Director. Each bid is scored from 1 to 5 on four weighted criteria; a weighted score of 3.50 "
                "or more is needed for approval.", m, y, W - 2 * m, size=9.5, leading=13) - 10
    cols = [("Criterion", 190), ("Weight", 70), ("Score (1-5)", 80), ("Weighted", 80)]
    rows = [("Strategic fit", "20%", "5", "1.00"), ("Patient benefit", "30%", "4", "1.20"),
            ("Value for money", "25%", "3", "0.75"), ("Deliverability", "25%", "3", "0.75"),
            ("Weighted score", "", "", "3.70")]
    x0 = m
    c.setStrokeColor(SLATE)
    c.setFillColor(PALE)
    c.rect(x0, y - 16, sum(w for _, w in cols), 16, stroke=1, fill=1)
    c.setFillColor(colors.black)
    x = x0
    for name, w in cols:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 4, y - 11, name)
        x += w
    y -= 16
    for i, r in enumerate(rows):
        c.rect(x0, y - 15, sum(w for _, w in cols), 15, stroke=1, fill=0)
        x = x0
        for (name, w), v in zip(cols, r):
            c.setFont("Helvetica-Bold" if i == len(rows) - 1 else "Helvetica", 9)
            c.drawString(x + 4, y - 11, v)
            x += w
        y -= 15
    y -= 22
    c.setFont("Helvetica-Bold", 11)
    c.drawString(m, y, "Outcome: Approved with conditions")
    y -= 18
    y = wrap(c, "The panel approved the bid in full, subject to these conditions:", m, y, W - 2 * m, size=9.5,
             leading=13) - 4
    for text in ["1. A radiographer recruitment plan is sent to the Alliance by 30/04/18.",
                 "2. The invitation letters are co-designed with local people before they are posted.",
                 "3. A smoking cessation service is commissioned for the Retail Park site before the unit opens.",
                 "4. Monthly activity returns are sent to the Alliance from the first month of scanning."]:
        y = wrap(c, text, m + 12, y, W - 2 * m - 12, size=9.5, leading=13) - 3
    y -= 10
    wrap(c, "Funds are released quarterly in arrears against activity. Any underspend at the end of 2018/19 can be "
            "carried into 2019/20 with the Alliance's agreement.", m, y, W - 2 * m, size=9.5, leading=13)
    c.showPage()
    c.save()


# ================================================================================================ 05 highlight report (Word)
HR = {  # code: (achievements, planned, risks, decisions)
    "PEL-01": (["Pathway 1 (home with support) tested on wards 3 and 4: 41 patients went home through it in March."],
               ["Extend pathway 1 to all medical wards by end of June 2018.",
                "Trusted assessor training for 12 care homes to start in Q3 2018/19."],
               ["Home care capacity in north Pellingford is short by about 300 hours a week (risk owner: Joss "
                "Aldridge-Nwosu)."],
               ["None this period."]),
    "PEL-02": (["Cobbler's Yard Hub now offers Saturday morning appointments."],
               ["Sign the Riverside Hub lease (due 13/04/18).",
                "Recruit receptionists for the evening sessions by end of May 2018."],
               ["Without the Riverside lease the evening sessions cannot start (risk owner: Amara Pettigrew-Lowe)."],
               ["Escalated to the SLE: landlord's solicitors have not replied since 2 March."]),
    "PEL-03": (["Funding confirmed for 2018/19; job descriptions banded."],
               ["Interviews for the perinatal team w/c 14 May.",
                "Team recruited by 22/06/18; service launch Mon 3 September 2018."],
               ["Few applicants for the consultant post (risk owner: Dr Lucasta Moyle)."],
               ["None this period."]),
    "DRV-01": (["Ward refurbishment under way; 40% complete."],
               ["Refurbishment complete by 25/05/18."],
               ["Registered nurse recruitment: only 9 of 16 registered nurse posts are filled (risk owner: Rhiannon "
                "Stallybrass)."],
               ["The SLE on 3 April 2018 agreed to move the opening of the 12 step-up beds from w/c 4 June to w/c 2 July "
                "2018, to allow time to fill the nursing rota."]),
    "DRV-02": (["Practice leads named in 21 of 23 Drovesmoor practices."],
               ["Dermatoscopes delivered to all 23 practices (due 16/04/18).",
                "Tele-triage live in all Drovesmoor practices by 31/05/18."],
               ["Image quality from older practice cameras (risk owner: Faisal Brightwater)."],
               ["None this period."]),
    "DRV-03": (["Service specification drafted with carers' groups."],
               ["Clinical Board sign-off of the specification on Wed 9 May.",
                "Six navigators in post by end of September 2018."],
               ["Rural travel time limits each navigator's caseload (risk owner: Gwenllian Sparrowhawk)."],
               ["None this period."]),
    "CAT-01": (["Streaming model agreed with the GP out-of-hours provider; GP streaming starts 9 April."],
               ["UTC designation in Q3 2018/19."],
               ["Emergency nurse practitioner vacancies (risk owner: Hector Blaylock)."],
               ["None this period."]),
    "CAT-02": (["Alliance panel approved the bid with conditions on 7 March 2018."],
               ["Radiographer recruitment plan to the Alliance by 30/04/18.",
                "Mobile CT unit procured; on site in Q2 2018/19."],
               ["Radiographer vacancies could delay the mobile CT start (risk owner: Mehmet Ashdown-Reyes)."],
               ["Dr Ingrid Marchbanks stepped down as SRO on 31 March 2018 on her retirement. The SLE confirmed Dr "
                "Caspian Holroyd-Achebe, Deputy Medical Director, DCH, as SRO from 1 April 2018."]),
    "CAT-03": (["Bayside Homes confirmed as the housing provider."],
               ["Bayside Homes to hand over the four flats by 30/11/18."],
               ["No clinical lead yet appointed for the scheme (risk owner: Henrietta Scullion)."],
               ["None this period."]),
    "STP-01": (["Information sharing agreement signed by all seven partners on 30 March 2018."],
               ["Phase 1 go-live (GP and acute records) Mon 15/10/18.",
                "Phase 2 (social care records): scoping to finish by end of November 2018."],
               ["Supplier capacity for the GP system interface (risk owner: Jago Fairweather)."],
               ["None this period."]),
    "STP-02": (["Theatre design signed off by the surgeons."],
               ["Theatre conversion complete by 14/12/18; first elective list in January 2019."],
               ["Theatre conversion costs are \u00a30.2m above the business case (risk owner: Kirsty Hollingdrake)."],
               ["None this period."]),
    "STP-03": (["Clinical Board scored the three options on 21 March 2018."],
               ["Partnership Board approval to consult on 28 June."],
               ["Public reaction in Drovesmoor to losing the local stroke unit (risk owner: Jemima Ravenhall)."],
               ["None this period."]),
}


def build_highlight():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    core(d.core_properties, "P&D STP highlight report March 2018")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].header.paragraphs[0].text = "Pellingford & Drovesmoor STP \u2013 OFFICIAL"
    d.add_heading("Programme highlight report: March 2018", level=1)
    d.add_paragraph("Reporting period 1-31 March 2018. Issued 12 April 2018 to SROs and the System Delivery Group.")
    d.add_paragraph("Document control", style="Heading 3")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        cell.text = text
    for v in [("1.0", "06/04/18", "O Threlfall", "First issue to SROs."),
              ("1.1", "12/04/18", "O Threlfall", "DRV-01 step-up beds date updated after the SLE of 03/04/18; CAT-02 "
                                                  "SRO change added.")]:
        row = t.add_row().cells
        for cell, text in zip(row, v):
            cell.text = text
    d.add_paragraph("Summary", style="Heading 3")
    d.add_paragraph("Of the twelve schemes, two are Red overall (PEL-02 and DRV-01), five are Amber and five are Green "
                    "or Amber/Green. One date has moved this period (DRV-01) and one SRO has changed (CAT-02). "
                    "Scheme pages follow in plan order; each has a status strip and four quadrants.")
    for code, (ach, plan, risk, dec) in HR.items():
        name, sro, title, lead, _ = SCHEMES[code]
        d.add_heading(f"{code} {name}", level=2)
        if code == "CAT-02":
            sro_text = f"SRO: {NEW_SRO[0]} (from 1 April 2018)"
        else:
            sro_text = f"SRO: {sro}"
        strip = d.add_table(rows=1, cols=3)
        strip.style = "Table Grid"
        for cell, text in zip(strip.rows[0].cells, [sro_text, f"Clinical lead: {lead or 'not yet appointed'}",
                                                    f"Overall: {RAG_WORDS[DASH[code][4]]}"]):
            cell.text = text
        d.add_paragraph()
        q = d.add_table(rows=2, cols=2)
        q.style = "Table Grid"
        for cell, heading, bullets in [(q.rows[0].cells[0], "Achievements this period", ach),
                                       (q.rows[0].cells[1], "Planned next period (April-May 2018)", plan),
                                       (q.rows[1].cells[0], "Risks and issues", risk),
                                       (q.rows[1].cells[1], "Decisions and escalations", dec)]:
            cell.paragraphs[0].add_run(heading).bold = True
            for b in bullets:
                cell.add_paragraph(b, style="List Bullet")
    d.save(OUT / F_HR)
    restamp(OUT / F_HR)


# ================================================================================================ 06 deck (PowerPoint)
OPTIONS = [("Option A", "Three stroke units, no change"),
           ("Option B", "Hyper-acute stroke unit (HASU) at Pellingford Royal Infirmary; acute stroke units at PRI and "
                        "Cattermouth Bay Hospital"),
           ("Option C", "HASU at Drovesmoor General Hospital; acute stroke units at Drovesmoor and Cattermouth Bay")]
CRITERIA = [("Clinical quality", 35, (4, 9, 8)), ("Travel times", 25, (8, 6, 7)), ("Workforce", 25, (3, 8, 6)),
            ("Affordability", 15, (7, 6, 5))]
KEY_DATES = [("Wed 9 May", "Clinical Board signs off the dementia navigator service specification (DRV-03)"),
             ("end of June 2018", "Home First: pathway 1 live on all medical wards at PRI (PEL-01)"),
             ("w/c 2 July", "Drovesmoor Community Hospital: 12 step-up beds open (DRV-01)"),
             ("w/c 10 September", "First Lung Health Check invitations posted (CAT-02)"),
             ("Tue 11 September", "Stroke: public consultation launches (STP-03)"),
             ("Mon 15 October", "Shared care record phase 1 go-live (STP-01)"),
             ("Q3 2018/19", "Cattermouth UTC designated (CAT-01)")]


def build_deck():
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    core(prs.core_properties, "P&D STP Clinical Leads Network 18 April 2018")
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Clinical Leads Network"
    s.placeholders[1].text = "Pellingford & Drovesmoor STP \u2013 Wednesday 18 April 2018, Moot Hall, Drovesmoor\n" \
                             "Chair: Dr Fintan Aldiss-Moore, chair of the Clinical Board"
    s.notes_slide.notes_text_frame.text = "Welcome; apologies; thanks to Cattermouth Bay Hospital for hosting last time."

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Stroke reconfiguration: options appraisal"
    rows, cols = 2 + len(CRITERIA), 5
    tbl = s.shapes.add_table(rows, cols, Inches(0.3), Inches(1.45), Inches(9.4), Inches(3.6)).table
    heads = ["Criterion", "Weight"] + [f"{o}: {desc}" for o, desc in OPTIONS]
    for j, h in enumerate(heads):
        tbl.cell(0, j).text = h
    for i, (crit, w, scores) in enumerate(CRITERIA, 1):
        tbl.cell(i, 0).text = crit
        tbl.cell(i, 1).text = f"{w}%"
        for j, sc in enumerate(scores, 2):
            tbl.cell(i, j).text = str(sc)
    tbl.cell(rows - 1, 0).text = "Scores 0-10, agreed by the Clinical Board on 21 March 2018"
    tbl.cell(rows - 1, 0).merge(tbl.cell(rows - 1, cols - 1))
    for r in tbl.rows:
        for cell in r.cells:
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    tb = s.shapes.add_textbox(Inches(0.3), Inches(5.3), Inches(9.4), Inches(1.0))
    tb.text_frame.word_wrap = True
    tb.text_frame.text = ("Weighted totals will be presented to the Partnership Board with the consultation plan. "
                          "Clinical leads are asked to test the scores with their teams.")
    s.notes_slide.notes_text_frame.text = "Walk through each criterion; weights were set before scoring."

    s = prs.slides.add_slide(prs.slide_layouts[3])  # Two Content
    s.shapes.title.text = "Key dates 2018/19"
    left, right = s.placeholders[1], s.placeholders[2]
    left.width, right.left, right.width = Inches(2.6), Inches(3.1), Inches(6.4)
    for ph, texts in ((left, [a for a, _ in KEY_DATES]), (right, [b for _, b in KEY_DATES])):
        tf = ph.text_frame
        for i, text in enumerate(texts):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = text
            p.runs[0].font.size = Pt(15)
    s.notes_slide.notes_text_frame.text = "The DRV-01 date was moved by the SLE on 3 April."

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Asks of clinical leads"
    tf = s.placeholders[1].text_frame
    asks = ["Nominate a GP to the stroke clinical reference group: names to Dr Marisa Quigg-Ellery by Fri 4 May.",
            "Comment on the draft pathway 1 discharge checklist: to Dr Barnaby Iwu-Sorensen by end of April.",
            "Lung Health Checks: practices wishing to host a pop-up clinic should contact Anouk Cresswell-Baines.",
            "Shared care record: clinical safety officers needed in each trust (Dr Nell Whitlock-Adeyemi)."]
    for i, text in enumerate(asks):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = text
        p.runs[0].font.size = Pt(16)
    s.notes_slide.notes_text_frame.text = "Next network meeting in June; date to follow."
    prs.save(OUT / F_DECK)
    restamp(OUT / F_DECK)


# ================================================================================================ 07 MS Project export (CSV)
def project_rows():
    """[(outline level, wbs, name, duration, start, finish, baseline, pct, milestone, resources, preds, notes)]"""
    rows = [(0, "0", "P&D STP delivery schedule 2018/19", "", None, None, None, None, False, "", "", "")]
    for i, (pcode, pname, _) in enumerate(PLACES, 1):
        codes = [k for k in SCHEMES if k.startswith(pcode)]
        rows.append((1, f"{i}", pname, "", None, None, None, None, False, "", "", ""))
        for j, code in enumerate(codes, 1):
            rows.append((2, f"{i}.{j}", f"{code} {SCHEMES[code][0]}", "", None, None, None, None, False, "", "", ""))
            prev = None
            for k, (task, fin, base, pct, ms, res, dur, notes) in enumerate(TASKS[code], 1):
                days = int(dur.split()[0])
                start = fin
                n = days
                while n > 1:
                    start -= timedelta(days=1)
                    if start.weekday() < 5:
                        n -= 1
                rows.append((3, f"{i}.{j}.{k}", task, dur, start, fin, base, pct, ms, res or SCHEMES[code][4],
                             prev or "", notes))
                prev = f"{i}.{j}.{k}"
    return rows


def build_csv():
    def dd(d):
        return d.strftime("%a %d/%m/%y") if d else "NA"

    rows = project_rows()
    # roll up summary dates and completion (duration-weighted, as Project does)
    ids = {r[1]: n for n, r in enumerate(rows)}
    full = []
    for n, r in enumerate(rows):
        lvl, wbs = r[0], r[1]
        kids = [k for k in rows if k[0] == 3 and (lvl == 0 or k[1].startswith(wbs + "."))]
        if lvl < 3:
            start = min(k[4] for k in kids)
            fin = max(k[5] for k in kids)
            wd = sum(max(int(k[3].split()[0]), 1) for k in kids)
            pct = round(sum(max(int(k[3].split()[0]), 1) * k[7] for k in kids) / wd)
            working = sum(1 for i in range((fin - start).days + 1) if (start + timedelta(days=i)).weekday() < 5)
            full.append((lvl, wbs, r[2], f"{working if fin > start else 0} days", start, fin, None, pct, False, "",
                         "", ""))
        else:
            full.append(r)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["ID", "Outline Level", "WBS", "Task Name", "Duration", "Start", "Finish", "Baseline Finish",
                "% Complete", "Milestone", "Resource Names", "Predecessors", "Notes"])
    for n, (lvl, wbs, name, dur, start, fin, base, pct, ms, res, preds, notes) in enumerate(full):
        pred = str(ids[preds]) if preds else ""
        w.writerow([n, lvl, wbs, name, dur, dd(start), dd(fin), dd(base), f"{pct}%", "Yes" if ms else "No", res,
                    pred, notes])
    (OUT / F_CSV).write_bytes(buf.getvalue().encode("utf-8"))


def main():
    OUT.mkdir(exist_ok=True)
    build_house()
    build_dashboard()
    build_planner()
    build_bid()
    build_highlight()
    build_deck()
    build_csv()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
