"""Build papers/ for the imaginary Hexmarden & Quillbrook STP (2017-19 planning round).

Seven papers, each in a layout no earlier bank used:
  01 delivery board (PDF): a Kanban board with a swimlane per place and a column per status (Not started /
     In progress / Blocked / Done); a milestone's status is only the column its card sits in
  02 memorandum of understanding (Word): numbered clauses, a definitions clause of quoted terms, posts named in
     the clauses and the post-holders only in Schedule 1; meeting rules ("second Tuesday of every other month")
     and escalation thresholds in later schedules
  03 benefits and assurance workbook (Excel): must-do contribution scores 0-3 (a gap is a row of zeros for a
     place), savings phased by NHS month M1-M12 in GBP000 (M1 = April, explained on the Read me sheet), a risk
     register whose likelihood and consequence are words scored only through a Scoring key sheet
  04 plan on a page (PowerPoint): one slide per place, a row per scheme: a box naming the SRO only by post, then
     a process of chevron shapes, each holding a date and a milestone
  05 Outlook shared-calendar print in memo style (text): meetings as recurrence patterns, one moved occurrence
  06 decision records (Markdown, ADR style): YAML front matter, one record per decision with Status / Date /
     Supersedes; newest first; a superseded record left in place
  07 lessons learnt log (PDF): prose intro, then a ruled table whose theme bands span the full width

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent / "papers"
FIXED = (2018, 3, 12, 9, 0, 0)
TEAL, GREY, PALE = colors.HexColor("#0b5563"), colors.HexColor("#666666"), colors.HexColor("#e6f0f2")

F_BOARD = "01_HQ_STP_Delivery_Board_2018-02-23.pdf"
F_MOU = "02_HQ_STP_Memorandum_of_Understanding_2017-19.docx"
F_BOOK = "03_HQ_STP_Benefits_and_Assurance_Workbook_v4.xlsx"
F_DECK = "04_HQ_STP_Plan_on_a_Page_Feb_2018.pptx"
F_CAL = "05_HQ_STP_PMO_shared_calendar_print.txt"
F_DR = "06_HQ_STP_Decision_Records.md"
F_LL = "07_HQ_STP_Lessons_Learnt_Log_v3_2018-03-09.pdf"

# ================================================================================================ the footprint
PLACES = [("HEX", "Hexmarden"), ("QBV", "Quillbrook Valley"), ("CSL", "Corvell & Saltleigh"),
          ("SYS", "System-wide")]

# Schedule 1: party (short name), post, holder
POSTS = [
    ("Hexmarden University Hospitals NHS Foundation Trust (HUH)", [
        ("Chief Executive", "Philippa Rowntree-Oduya"),
        ("Chief Operating Officer", "Declan Ostrowski"),
        ("Medical Director", "Dr Hamish Calloway"),
        ("Chief Information Officer", "Kofi Abernethy")]),
    ("Quillbrook & Corvell Hospitals NHS Trust (QCH)", [
        ("Chief Executive", "Anthea Burgoyne"),
        ("Chief Operating Officer", "Yasmin Haverty"),
        ("Medical Director", "Dr Saoirse Venn"),
        ("Director of Finance", "Marisol Kettering"),
        ("Director of Workforce", "Imelda Stanbury")]),
    ("Marlstone Care Partnership NHS Foundation Trust (MCP)", [
        ("Chief Executive", "Orlando Fitzwarren"),
        ("Director of Mental Health Services", "Ruairi Lindqvist")]),
    ("NHS Hexmarden CCG", [
        ("Accountable Officer", "Dr Lowri Pemberton-Shaw"),
        ("Director of Primary Care", "Dr Colm Brannigan")]),
    ("NHS Quillbrook and Corvell CCG (the Host)", [
        ("Accountable Officer", "Gregor Athelstan"),
        ("Director of Commissioning", "Ngozi Emberton"),
        ("Clinical Director for Mental Health", "Dr Petra Okonkwo-Hale")]),
    ("Hexmarden City Council", [
        ("Chief Executive", "Wallis Tregenza")]),
    ("Quillshire County Council", [
        ("Director of Adult Social Care", "Beatrix Hallam-Jones"),
        ("Joint Commissioning Manager (Learning Disabilities)", "Wendell Pocklington")]),
]

# code: name, SRO post as the plan on a page writes it, delivery lead
SCHEMES = {
    "HEX1": ("Frailty at the Front Door", "Chief Operating Officer, HUH", "Aisling Merriweather"),
    "HEX2": ("Primary Care Home Networks", "Director of Primary Care, NHS Hexmarden CCG", "Bartosz Kell"),
    "HEX3": ("Children and Young People's Eating Disorders Service", "Director of Mental Health Services, MCP",
             "Cerys Ondaatje"),
    "QBV1": ("Quillbrook Urgent Treatment Centre", "Chief Operating Officer, QCH", "Dominic Fairclough-Amadi"),
    "QBV2": ("MSK Triage and Physiotherapy First", "Director of Commissioning, NHS Quillbrook and Corvell CCG",
             "Esme Tranter"),
    "QBV3": ("Rapid Diagnostic Centre", "Medical Director, QCH", "Florian Ngata"),
    "CSL1": ("Saltleigh Integrated Care Teams", "Director of Adult Social Care, Quillshire County Council",
             "Greta Sowerbutts"),
    "CSL2": ("Crisis Caf\u00e9 and Liaison Psychiatry", "Clinical Director for Mental Health, NHS Quillbrook and "
             "Corvell CCG", "Hamid Lowenthal"),
    "CSL3": ("Learning Disability Annual Health Checks", "Joint Commissioning Manager (Learning Disabilities), "
             "Quillshire County Council", "Ines Barraclough"),
    "SYS1": ("Single Pathology Network", "Joint SROs: Medical Director, HUH and Director of Finance, QCH",
             "Jasper Quaife"),
    "SYS2": ("Shared Staff Bank", "Director of Workforce, QCH", "Keziah Moorcroft"),
}

D = date
# code: [(milestone, due (date or text for the board), board column at 23/02/2018, chevron date label)]
MILESTONES = {
    "HEX1": [("Business case approved by SLE", D(2018, 1, 15), "Done", "Jan 2018"),
             ("Frailty assessment unit opens on Ward 7, Hexmarden General", D(2018, 4, 9), "In progress",
              "Apr 2018"),
             ("Same-day emergency care for frail patients 7 days a week", D(2018, 9, 28), "Not started",
              "Q2 2018/19")],
    "HEX2": [("All nine networks sign the network agreement", D(2018, 1, 31), "Done", "Jan 2018"),
             ("Network clinical directors appointed", D(2018, 2, 28), "Blocked", "Feb 2018"),
             ("Social prescribing link workers in post", D(2018, 6, 29), "Not started", "Q1 2018/19")],
    "HEX3": [("Community eating disorders team recruited", D(2018, 3, 16), "In progress", "Mar 2018"),
             ("Service launch: 1-week urgent and 4-week routine standards", D(2018, 5, 14), "Not started",
              "May 2018")],
    "QBV1": [("Estates works start on the UTC site", D(2018, 2, 26), "Blocked", "Feb 2018"),
             ("UTC opens 8am-8pm, 7 days a week", D(2018, 12, 3), "Not started", "Q3 2018/19"),
             ("Corvell MIU becomes a UTC satellite", "Q4 18/19", "Not started", "Q4 2018/19")],
    "QBV2": [("MSK triage provider contract awarded", D(2018, 2, 12), "Done", "Feb 2018"),
             ("MSK triage service goes live", D(2018, 4, 1), "In progress", "1 Apr 2018")],
    "QBV3": [("Vague symptoms pathway live at Quillbrook General", D(2018, 5, 14), "In progress", "May 2018"),
             ("Rapid Diagnostic Centre building complete", "Q4 18/19", "Not started", "Q4 2018/19")],
    "CSL1": [("Integrated care teams co-located at Saltleigh Health Centre", D(2018, 3, 19), "In progress",
              "Mar 2018"),
             ("Single shared assessment in use", D(2018, 6, 29), "Not started", "Jun 2018")],
    "CSL2": [("Crisis caf\u00e9 opens weekday evenings in Saltleigh", D(2018, 3, 26), "In progress", "Mar 2018"),
             ("Core 24 liaison psychiatry at Quillbrook General", "Q3 18/19", "Not started", "Q3 2018/19")],
    "CSL3": [("Health check template live in all Corvell & Saltleigh practices", D(2018, 3, 30), "In progress",
              "Mar 2018"),
             ("75% annual health check uptake", D(2019, 3, 31), "Not started", "Mar 2019")],
    "SYS1": [("Outline business case approved", D(2017, 11, 20), "Done", "Nov 2017"),
             ("LIMS contract signed", D(2018, 3, 29), "In progress", "Mar 2018"),
             ("Hub laboratory go-live at Hexmarden General", "Jan 2019", "Not started", "Jan 2019")],
    "SYS2": [("Common bank pay rates agreed with staff side", D(2018, 2, 20), "Blocked", "Feb 2018"),
             ("Shared bank live in all three trusts", "Sep 2018", "Not started", "Sep 2018")],
}

MUSTDOS = ["STPs", "Finance", "Primary care", "Urgent & emergency care", "Referral to treatment and elective care",
           "Cancer", "Mental health", "People with learning disabilities", "Improving quality in organisations"]
# must-do number -> {scheme: score}; missing = 0
SCORES = {
    1: {c: 1 for c in SCHEMES} | {"SYS1": 2, "SYS2": 2},
    2: {"HEX1": 2, "QBV2": 1, "CSL1": 1, "SYS1": 3, "SYS2": 3},
    3: {"HEX2": 3, "QBV1": 1, "CSL1": 2},
    4: {"HEX1": 3, "HEX2": 1, "QBV1": 3, "CSL1": 2, "CSL2": 1},
    5: {"QBV2": 3, "QBV3": 1},
    6: {"QBV3": 3, "SYS1": 2},
    7: {"HEX3": 3, "CSL2": 3},
    8: {"CSL3": 3},
    9: {"HEX1": 1, "CSL3": 1, "SYS1": 1},
}

# savings phasing 2018/19, GBP000, M1..M12
PHASING = {
    "HEX1": [0, 0, 0, 40, 40, 40, 60, 60, 60, 80, 80, 80],
    "HEX2": [25] * 12,
    "QBV1": [0] * 8 + [30, 50, 50, 50],
    "QBV2": [0, 0, 0] + [35] * 9,
    "CSL1": [15] * 12,
    "SYS1": [0] * 9 + [120, 120, 120],
    "SYS2": [0] * 5 + [90] * 7,
}

LIKELIHOOD = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
CONSEQUENCE = ["Negligible", "Minor", "Moderate", "Major", "Catastrophic"]
RISKS = [  # ref, scheme, risk, owner, likelihood, consequence, controls
    ("R01", "HEX1", "Consultant geriatrician posts are not filled in time for the frailty unit to open",
     "Declan Ostrowski", "Likely", "Major", "Joint posts with QCH; locum cover agreed to June"),
    ("R02", "HEX2", "Some practices do not engage with their network", "Dr Colm Brannigan", "Possible",
     "Moderate", "Network agreement signed by all nine networks"),
    ("R03", "QBV1", "Asbestos removal delays the UTC building works", "Yasmin Haverty", "Almost certain",
     "Moderate", "Specialist contractor appointed; phased works plan"),
    ("R04", "QBV3", "Not enough CT and endoscopy capacity for the vague symptoms pathway", "Dr Saoirse Venn",
     "Possible", "Major", "Weekend lists; mobile CT from the Cancer Alliance"),
    ("R05", "CSL2", "The lease on the crisis caf\u00e9 premises is not signed", "Hamid Lowenthal", "Unlikely",
     "Moderate", "Heads of terms agreed with the library service"),
    ("R06", "SYS1", "The new LIMS cannot be integrated with the three trusts' order-comms systems",
     "Kofi Abernethy", "Likely", "Catastrophic", "Supplier integration test before contract signature"),
    ("R07", "SYS2", "Staff side do not agree common bank pay rates", "Imelda Stanbury", "Possible",
     "Catastrophic", "Partnership forum; independent facilitator"),
    ("R08", "CSL3", "Low uptake of annual health checks in Corvell practices", "Wendell Pocklington", "Likely",
     "Minor", "Easy Read invitations; practice league table"),
    ("R09", "QBV2", "The MSK triage provider cannot mobilise enough physiotherapists", "Ngozi Emberton",
     "Possible", "Major", "Go-live deferred to July (DR-006); recruitment support"),
]


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with one fixed time on every entry and in docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-03-12T09:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def core(props, title):
    props.title, props.author, props.last_modified_by = title, "H&Q STP PMO", "H&Q STP PMO"
    props.created = props.modified = datetime(2018, 3, 12, 9, 0, 0)
    props.revision = 1


def wrap(c, text, x, y, width, size=8, font="Helvetica", leading=None, color=colors.black):
    leading = leading or size * 1.25
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    c.setFillColor(colors.black)
    return y


def ddmmyy(d):
    return d.strftime("%d/%m/%y") if isinstance(d, date) else d


# ================================================================================================ 01 delivery board
COLUMNS = ["Not started", "In progress", "Blocked", "Done"]


def card_lines(code, text, due, lead, width):
    out = [("Helvetica-Bold", ln) for ln in simpleSplit(f"{code}  {SCHEMES[code][0]}", "Helvetica-Bold", 7, width)]
    out += [("Helvetica", ln) for ln in simpleSplit(text, "Helvetica", 7, width)]
    out.append(("Helvetica-Oblique", f"due {ddmmyy(due)}"))
    out.append(("Helvetica", f"Lead: {lead}"))
    return out


def build_board():
    W, H = landscape(A4)
    c = canvas.Canvas(str(OUT / F_BOARD), pagesize=(W, H), invariant=1)
    c.setTitle("H&Q STP Delivery Board")
    c.setAuthor("H&Q STP PMO")
    m, lane_w = 28, 92
    col_w = (W - 2 * m - lane_w) / 4
    pages = [["HEX", "QBV"], ["CSL", "SYS"]]
    for pno, lanes in enumerate(pages, 1):
        c.setFillColor(TEAL)
        c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(m, H - 30, "Hexmarden & Quillbrook STP \u2013 Delivery Board")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - m, H - 30, "Board as at Friday 23 February 2018")
        c.setFillColor(colors.black)
        top = H - 58
        # column headings
        c.setFillColor(PALE)
        c.rect(m + lane_w, top - 18, 4 * col_w, 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 10)
        for i, col in enumerate(COLUMNS):
            c.drawString(m + lane_w + i * col_w + 6, top - 13, col)
        y = top - 22
        for lane in lanes:
            codes = [k for k in SCHEMES if k.startswith(lane)]
            cells = {col: [] for col in COLUMNS}
            for code in codes:
                for text, due, col, _ in MILESTONES[code]:
                    cells[col].append(card_lines(code, text, due, SCHEMES[code][2], col_w - 16))
            heights = {col: sum(len(card) * 8.6 + 12 for card in cards) for col, cards in cells.items()}
            lane_h = max(heights.values()) + 8
            c.setStrokeColor(GREY)
            c.setLineWidth(0.6)
            c.rect(m, y - lane_h, lane_w + 4 * col_w, lane_h, stroke=1, fill=0)
            for i in range(4):
                c.line(m + lane_w + i * col_w, y, m + lane_w + i * col_w, y - lane_h)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(m + 6, y - 16, dict(PLACES)[lane])
            for i, col in enumerate(COLUMNS):
                cy = y - 6
                for card in cells[col]:
                    ch = len(card) * 8.6 + 6
                    x0 = m + lane_w + i * col_w + 5
                    c.setFillColor(colors.HexColor("#fff8d6") if col != "Blocked" else colors.HexColor("#fbe0dc"))
                    c.roundRect(x0, cy - ch, col_w - 10, ch, 3, stroke=1, fill=1)
                    c.setFillColor(colors.black)
                    ty = cy - 9
                    for font, ln in card:
                        c.setFont(font, 7)
                        c.drawString(x0 + 3, ty, ln)
                        ty -= 8.6
                    cy -= ch + 6
            y -= lane_h + 8
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(m, 16, "A card's column is its status. Cards are moved by delivery leads; the PMO refreshes "
                     "the board every Friday.")
        c.drawRightString(W - m, 16, f"Page {pno} of 2")
        c.setFillColor(colors.black)
        c.showPage()
    c.save()


# ================================================================================================ 02 MoU (Word)
def build_mou():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    core(d.core_properties, "H&Q STP Memorandum of Understanding 2017-19")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "H&Q STP MoU \u2013 FINAL for signature \u2013 version 1.3"
    sec.footer.paragraphs[0].text = "Not legally binding (see clause 10)"

    def para(text, bold=False, center=False, indent=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.left_indent = Pt(28)
        return p

    def clause(num, text):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.first_line_indent = Pt(-28)
        p.add_run(f"{num}\t").bold = True
        p.add_run(text)

    para("MEMORANDUM OF UNDERSTANDING", bold=True, center=True)
    para("for the Hexmarden & Quillbrook Sustainability and Transformation Partnership", center=True)
    para("Planning period 2017-19", center=True)
    para("THIS MEMORANDUM is made between the Parties listed in Schedule 1.")

    para("1. Definitions and interpretation", bold=True)
    clause("1.1", "In this Memorandum the following words have these meanings:")
    for term, meaning in [
        ("Footprint", "the area served by the Parties, with a registered population of 847,300, made up of three "
                      "Places"),
        ("Places", "Hexmarden, Quillbrook Valley and Corvell & Saltleigh"),
        ("Host", "NHS Quillbrook and Corvell CCG, which employs the programme team and holds the Transformation "
                 "Fund on behalf of the Parties"),
        ("Scheme", "a piece of transformation work listed in the Plan on a Page, identified by its code "
                   "(for example HEX1)"),
        ("SRO", "the Senior Responsible Officer for a Scheme, named by post in the Plan on a Page"),
        ("Post-holder", "the person named against a post in Schedule 1 at the date of signature"),
        ("Must-dos", "the nine national must-dos of the NHS Operational Planning and Contracting Guidance "
                     "2017-19"),
    ]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(28)
        p.add_run(f"\u201c{term}\u201d").bold = True
        p.add_run(f" means {meaning};")
    clause("1.2", "A reference to a post includes any person formally acting in that post.")

    para("2. Term", bold=True)
    clause("2.1", "This Memorandum commences on 1 April 2017 and continues until 31 March 2019, unless the "
                  "Parties agree in writing to extend it.")

    para("3. Objectives", bold=True)
    clause("3.1", "The Parties will work together to deliver the Must-dos across the Footprint and to close the "
                  "financial gap described in clause 7.")

    para("4. Governance", bold=True)
    clause("4.1", "The Partnership Board is the senior forum of the Parties. It has an independent chair, Sir "
                  "Aldous Penhallow, appointed by the Parties for the term of this Memorandum.")
    clause("4.2", "The System Leadership Executive (SLE) is made up of the chief executives and accountable "
                  "officers of the Parties and is chaired by the STP Lead, who is the Chief Executive of HUH.")
    clause("4.3", "The Clinical Reference Group is chaired by the Medical Director of HUH. The Finance and "
                  "Investment Group (FIG) is chaired by the Director of Finance of QCH.")
    clause("4.4", "Two enabling groups report to the SLE: the Digital Enabling Group, chaired by the Chief "
                  "Information Officer of HUH, and the Workforce Enabling Group, whose chair is to be confirmed "
                  "by the SLE.")
    clause("4.5", "The meeting cycle of these bodies is set out in Schedule 3.")

    para("5. Schemes and SROs", bold=True)
    clause("5.1", "Each Scheme has one SRO, except the Single Pathology Network (SYS1), which has joint SROs. "
                  "SROs are named by post; the Post-holders are listed in Schedule 1.")
    clause("5.2", "Each Scheme also has a delivery lead, who keeps the Delivery Board up to date.")

    para("6. Programme team", bold=True)
    clause("6.1", "The Host employs the programme team on behalf of the Parties.")
    clause("6.2", "The programme team is led by the Programme Director, Tobias Ferrand-Okafor, who reports to "
                  "the STP Lead.")

    para("7. Finance", bold=True)
    clause("7.1", "If nothing changes, the Footprint faces a financial gap of \u00a3212m by 2020/21.")
    clause("7.2", "The Transformation Fund allocation for 2018/19 is \u00a39.4m. It is held by the Host and "
                  "released to Schemes on the recommendation of FIG.")
    clause("7.3", "The SLE may approve an investment from the Transformation Fund of up to \u00a3500,000. An "
                  "investment above that limit needs the approval of the Partnership Board.")
    clause("7.4", "Savings are reported by NHS month, as set out in the Benefits and Assurance Workbook.")

    para("8. Risk", bold=True)
    clause("8.1", "Each Scheme keeps its risks on the Footprint risk register. Risks are escalated as set out in "
                  "Schedule 4.")

    para("9. Disputes", bold=True)
    clause("9.1", "The Parties will try to settle any dispute informally. A dispute that is not settled within "
                  "28 days is referred to the Independent Chair.")

    para("10. Status", bold=True)
    clause("10.1", "This Memorandum is not legally binding. It records the Parties' commitment to work "
                   "together.")

    para("Signed on behalf of the Parties by their chief executives and accountable officers (see Schedule 1).")

    d.add_page_break()
    para("Schedule 1 \u2013 The Parties and Post-holders", bold=True)
    para("As at the date of signature, 15 December 2017.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Party", "Post", "Post-holder"]):
        cell.text = text
    for party, posts in POSTS:
        for i, (post, name) in enumerate(posts):
            row = t.add_row().cells
            row[0].text = party if i == 0 else ""
            row[1].text = post
            row[2].text = name

    para("Schedule 2 \u2013 Transformation Fund 2018/19", bold=True)
    para("The allocation of \u00a39.4m in clause 7.2 is divided as follows (\u00a3m):")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Workstream", "\u00a3m"
    for ws, v in [("Urgent and emergency care (HEX1, QBV1)", "2.6"), ("Primary care (HEX2, CSL1)", "1.9"),
                  ("Mental health (HEX3, CSL2)", "1.5"), ("Planned care and cancer (QBV2, QBV3)", "1.8"),
                  ("Learning disabilities (CSL3)", "0.4"), ("Enablers (SYS1, SYS2)", "1.2"), ("Total", "9.4")]:
        row = t.add_row().cells
        row[0].text, row[1].text = ws, v

    para("Schedule 3 \u2013 Meeting cycle", bold=True)
    for letter, text in [
        ("(a)", "The Partnership Board meets on the second Tuesday of every other month, starting in February "
                "2018, from 14:00 to 16:30, at Quillbrook House."),
        ("(b)", "The SLE meets every Monday at 08:30."),
        ("(c)", "The Clinical Reference Group meets on the first Thursday of each month."),
        ("(d)", "FIG meets every four weeks, on a Wednesday, starting on 17 January 2018."),
        ("(e)", "Papers are circulated five working days before each meeting."),
    ]:
        para(f"{letter}  {text}", indent=True)

    para("Schedule 4 \u2013 Escalation", bold=True)
    for letter, text in [
        ("(a)", "Each risk is scored as likelihood multiplied by consequence, each from 1 to 5, using the scoring "
                "key in the Benefits and Assurance Workbook."),
        ("(b)", "A risk scoring 15 or more is escalated to the Partnership Board."),
        ("(c)", "A risk scoring from 10 to 14 is reported to the SLE. Lower risks are managed by the SRO."),
        ("(d)", "A forecast variance of more than \u00a3250,000 against a Scheme's savings plan for the year is "
                "escalated to FIG."),
    ]:
        para(f"{letter}  {text}", indent=True)
    d.save(OUT / F_MOU)
    restamp(OUT / F_MOU)


# ================================================================================================ 03 workbook (Excel)
def build_workbook():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    core(wb.properties, "H&Q STP Benefits and Assurance Workbook v4")
    bold, head = Font(bold=True), PatternFill("solid", fgColor="D9EAD3")

    ws = wb.active
    ws.title = "Read me"
    for r, text in enumerate([
        "Hexmarden & Quillbrook STP \u2013 Benefits and Assurance Workbook",
        "Version 4, 2 March 2018. Owner: STP PMO.",
        "",
        "Sheets:",
        "Must-do contribution \u2013 how much each Scheme contributes to each of the nine national must-dos.",
        "Savings phasing \u2013 cash-releasing savings planned for 2018/19 by NHS month, in \u00a3000.",
        "Risks \u2013 the Footprint risk register. Likelihood and consequence are scored on the Scoring key sheet.",
        "",
        "NHS months: M1 = April 2018, M2 = May 2018, M3 = June 2018, M4 = July 2018, M5 = August 2018, "
        "M6 = September 2018, M7 = October 2018, M8 = November 2018, M9 = December 2018, M10 = January 2019, "
        "M11 = February 2019, M12 = March 2019.",
        "Schemes not shown on the Savings phasing sheet (HEX3, QBV3, CSL2, CSL3) are quality schemes with no "
        "cash-releasing savings in 2018/19.",
    ], 1):
        ws.cell(r, 1, text or None)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 120

    # must-do contribution: places as merged bands on row 3, scheme codes on row 4, must-dos down
    ws = wb.create_sheet("Must-do contribution")
    ws["A1"] = "Contribution of each Scheme to the nine national must-dos (2017-19)"
    ws["A1"].font = Font(bold=True, size=12)
    codes = list(SCHEMES)
    col = 3
    for pcode, pname in PLACES:
        members = [k for k in codes if k.startswith(pcode)]
        ws.cell(3, col, pname).font = bold
        ws.cell(3, col).alignment = Alignment(horizontal="center")
        if len(members) > 1:
            ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + len(members) - 1)
        col += len(members)
    ws.cell(4, 1, "No.").font = bold
    ws.cell(4, 2, "Must-do").font = bold
    for j, code in enumerate(codes, 3):
        ws.cell(4, j, code).font = bold
        ws.cell(4, j).fill = head
    for n in range(1, 10):
        ws.cell(4 + n, 1, n)
        ws.cell(4 + n, 2, MUSTDOS[n - 1])
        for j, code in enumerate(codes, 3):
            ws.cell(4 + n, j, SCORES[n].get(code, 0)).alignment = Alignment(horizontal="center")
    ws.cell(15, 1, "Key: 3 = major contribution; 2 = moderate contribution; 1 = minor contribution; "
                   "0 = no contribution.")
    ws.cell(16, 1, "Scores agreed by the Clinical Reference Group on 1 February 2018.")
    ws.column_dimensions["B"].width = 40
    for j in range(3, 3 + len(codes)):
        ws.column_dimensions[get_column_letter(j)].width = 7
    ws.freeze_panes = "C5"

    # savings phasing
    ws = wb.create_sheet("Savings phasing")
    ws["A1"] = "Cash-releasing savings 2018/19 by NHS month"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "\u00a3000"
    header = ["Scheme", "Name"] + [f"M{i}" for i in range(1, 13)] + ["Total"]
    for j, h in enumerate(header, 1):
        ws.cell(4, j, h).font = bold
        ws.cell(4, j).fill = head
    r = 5
    for code, values in PHASING.items():
        ws.cell(r, 1, code)
        ws.cell(r, 2, SCHEMES[code][0])
        for j, v in enumerate(values, 3):
            ws.cell(r, j, v)
        ws.cell(r, 15, sum(values))
        r += 1
    ws.cell(r, 1, "Total").font = bold
    for j in range(12):
        ws.cell(r, 3 + j, sum(v[j] for v in PHASING.values())).font = bold
    ws.cell(r, 15, sum(sum(v) for v in PHASING.values())).font = bold
    ws.column_dimensions["B"].width = 36

    # risks
    ws = wb.create_sheet("Risks")
    ws["A1"] = "Footprint risk register (scores: see Scoring key; escalation: MoU Schedule 4)"
    ws["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Ref", "Scheme", "Risk", "Risk owner", "Likelihood", "Consequence", "Controls"], 1):
        ws.cell(3, j, h).font = bold
        ws.cell(3, j).fill = head
    for i, risk in enumerate(RISKS, 4):
        for j, v in enumerate(risk, 1):
            ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, w in zip("ABCDEFG", (6, 8, 48, 20, 14, 14, 40)):
        ws.column_dimensions[letter].width = w

    ws = wb.create_sheet("Scoring key")
    ws["A1"] = "Risk scoring key (score = likelihood x consequence)"
    ws["A1"].font = Font(bold=True)
    ws.cell(3, 1, "Score").font = bold
    ws.cell(3, 2, "Likelihood").font = bold
    ws.cell(3, 3, "Consequence").font = bold
    for i in range(5):
        ws.cell(4 + i, 1, i + 1)
        ws.cell(4 + i, 2, LIKELIHOOD[i])
        ws.cell(4 + i, 3, CONSEQUENCE[i])
    wb.save(OUT / F_BOOK)
    restamp(OUT / F_BOOK)


# ================================================================================================ 04 plan on a page (pptx)
def build_deck():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    core(prs.core_properties, "H&Q STP Plan on a Page, February 2018")
    blank = prs.slide_layouts[6]

    def box(slide, kind, x, y, w, h, paras, fill, size=11, color=RGBColor(0, 0, 0)):
        shp = slide.shapes.add_shape(kind, x, y, w, h)
        shp.fill.solid()
        shp.fill.fore_color.rgb = fill
        shp.line.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        tf = shp.text_frame
        tf.word_wrap = True
        for i, (text, b) in enumerate(paras):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = text
            r.font.size, r.font.bold = Pt(size), b
            r.font.color.rgb = color
        return shp

    def title(slide, text, sub):
        tb = slide.shapes.add_textbox(Inches(0.4), Inches(0.25), Inches(12.5), Inches(0.9))
        tb.text_frame.text = text
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(26)
        tb.text_frame.paragraphs[0].runs[0].font.bold = True
        p = tb.text_frame.add_paragraph()
        p.text = sub
        p.runs[0].font.size = Pt(12)

    s = prs.slides.add_slide(blank)
    title(s, "Hexmarden & Quillbrook STP: Plan on a Page",
          "Version 2, February 2018. One slide per place; each row reads left to right from the SRO to the last "
          "milestone. SROs are shown by post.")
    tb = s.shapes.add_textbox(Inches(0.4), Inches(2.0), Inches(12), Inches(3))
    tb.text_frame.word_wrap = True
    tb.text_frame.text = ("Eleven schemes across three places and the system. The plan supports the nine "
                          "national must-dos for 2017-19; see the Benefits and Assurance Workbook for the "
                          "contribution of each scheme.")
    colours = [RGBColor(0x0B, 0x55, 0x63), RGBColor(0x2E, 0x86, 0x8C), RGBColor(0x5F, 0xA8, 0xA0),
               RGBColor(0x9C, 0xC9, 0xB4)]
    for pcode, pname in PLACES:
        s = prs.slides.add_slide(blank)
        title(s, pname, "Plan on a page 2017-19")
        codes = [k for k in SCHEMES if k.startswith(pcode)]
        row_h = Inches(1.55)
        for i, code in enumerate(codes):
            y = Inches(1.45) + i * (row_h + Inches(0.2))
            name, post, _ = SCHEMES[code]
            sro = post if code == "SYS1" else f"SRO: {post}"
            box(s, MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.4), y, Inches(3.1), row_h,
                [(f"{code} {name}", True), (sro, False)], RGBColor(0xE6, 0xF0, 0xF2), size=11)
            x = Inches(3.55)
            for k, (text, _, _, label) in enumerate(MILESTONES[code]):
                kind = MSO_SHAPE.PENTAGON if k == 0 else MSO_SHAPE.CHEVRON
                box(s, kind, x, y, Inches(3.1), row_h, [(label, True), (text, False)], colours[k],
                    size=10.5, color=RGBColor(0xFF, 0xFF, 0xFF))
                x += Inches(3.0)
    prs.save(OUT / F_DECK)
    restamp(OUT / F_DECK)


# ================================================================================================ 05 calendar print (text)
CALENDAR = """\
Hexmarden & Quillbrook STP PMO - shared calendar
Printed Monday 12 March 2018 09:02 (Memo Style)
==========================================================================================

Subject:            H&Q Partnership Board
Location:           Board Room, Quillbrook House
Start:              Tue 13/02/2018 14:00
End:                Tue 13/02/2018 16:30
Show Time As:       Busy
Recurrence:         Monthly
Recurrence Pattern: the second Tuesday of every 2 month(s) effective 13/02/2018 until 11/12/2018 from
                    14:00 to 16:30
Meeting Status:     Meeting organiser
Organiser:          Tobias Ferrand-Okafor
Required Attendees: Sir Aldous Penhallow; Philippa Rowntree-Oduya; Anthea Burgoyne; Orlando Fitzwarren;
                    Dr Lowri Pemberton-Shaw; Gregor Athelstan; Wallis Tregenza; Beatrix Hallam-Jones

Papers to Nerys Caddick five working days before each meeting.

------------------------------------------------------------------------------------------

Subject:            H&Q Partnership Board (occurrence moved)
Location:           Board Room, Quillbrook House
Start:              Tue 17/04/2018 14:00
End:                Tue 17/04/2018 16:30
Show Time As:       Busy
Meeting Status:     Meeting organiser
Organiser:          Tobias Ferrand-Okafor

This occurrence replaces Tuesday 10 April 2018, which falls in the Easter school holidays. The rest of the
series is unchanged.

------------------------------------------------------------------------------------------

Subject:            System Leadership Executive (SLE)
Location:           MS Teams / Room 2, Quillbrook House
Start:              Mon 08/01/2018 08:30
End:                Mon 08/01/2018 10:00
Show Time As:       Busy
Recurrence:         Weekly
Recurrence Pattern: every Monday effective 08/01/2018 until 25/03/2019 from 08:30 to 10:00
Meeting Status:     Accepted
Organiser:          Philippa Rowntree-Oduya

------------------------------------------------------------------------------------------

Subject:            Clinical Reference Group
Location:           Education Centre, Hexmarden General
Start:              Thu 01/03/2018 12:30
End:                Thu 01/03/2018 14:00
Show Time As:       Busy
Recurrence:         Monthly
Recurrence Pattern: the first Thursday of every 1 month(s) effective 01/03/2018 until 07/03/2019 from
                    12:30 to 14:00
Meeting Status:     Accepted
Organiser:          Dr Hamish Calloway

Lunch provided. Scheme clinical leads attend when their scheme is on the agenda.

------------------------------------------------------------------------------------------

Subject:            Finance and Investment Group (FIG)
Location:           Finance Meeting Room, Quillbrook General
Start:              Wed 17/01/2018 09:00
End:                Wed 17/01/2018 11:00
Show Time As:       Busy
Recurrence:         Weekly
Recurrence Pattern: every 4 week(s) on Wednesday effective 17/01/2018 until 13/03/2019 from 09:00 to
                    11:00
Meeting Status:     Accepted
Organiser:          Marisol Kettering

Transformation Fund requests must reach FIG by the Friday before the meeting.

------------------------------------------------------------------------------------------

Subject:            Crisis cafe opening - Saltleigh Library annexe (CSL2)
Location:           Saltleigh Library annexe, Harbour Street, Saltleigh
Start:              Mon 26/03/2018 18:00
End:                Mon 26/03/2018 20:00
Show Time As:       Tentative
Meeting Status:     Not yet responded
Organiser:          Hamid Lowenthal

Opening evening for the crisis cafe. Local councillors and the press have been invited.
"""


# ================================================================================================ 06 decision records
DECISIONS = """\
---
title: H&Q STP decision records
owner: STP PMO (Nerys Caddick)
updated: 2018-03-06
format: one record per decision, newest first
---

# Decision records

Each record is numbered when it is opened and is never deleted. When a decision is replaced, the old
record is marked "Superseded by DR-nnn" and the newer record stands.

## DR-007: Second Rapid Diagnostic Centre site in Corvell

- **Status:** Proposed
- **Date:** 2018-03-06
- **Scheme:** QBV3
- **Deciders:** SLE

**Context.** GPs in Corvell have asked for a second site so that patients do not have to travel to
Quillbrook General.

**Decision.** Not yet made. The SLE will consider an options appraisal once the first site is open.

## DR-006: Defer MSK triage go-live

- **Status:** Accepted
- **Date:** 2018-02-27
- **Scheme:** QBV2
- **Supersedes:** DR-003
- **Deciders:** SLE

**Context.** The provider cannot recruit enough extended-scope physiotherapists for an April start
(risk R09).

**Decision.** The MSK triage go-live moves from 1 April 2018 to 2 July 2018. Ngozi Emberton is on
secondment to NHS England from 1 March 2018 to 31 August 2018; Lorcan Whitby, Deputy Director of
Commissioning, is interim SRO for QBV2 for that period.

**Consequences.** The QBV2 savings start in M4 (July 2018) instead of M1.

## DR-005: Location of the crisis cafe

- **Status:** Accepted
- **Date:** 2018-02-13
- **Scheme:** CSL2
- **Deciders:** Partnership Board

**Decision.** The crisis cafe will run from the Saltleigh Library annexe on Harbour Street, which the
county council will lease to MCP at a peppercorn rent.

## DR-004: Overnight closure of Corvell Minor Injuries Unit

- **Status:** Rejected
- **Date:** 2018-02-13
- **Scheme:** QBV1
- **Deciders:** Partnership Board

**Context.** It was proposed to close Corvell MIU from 22:00 to 08:00 to release nurses for the
Quillbrook UTC.

**Decision.** Rejected. The Partnership Board asked for the MIU to keep its current hours until it
becomes a UTC satellite.

## DR-003: MSK triage go-live date

- **Status:** Superseded by DR-006
- **Date:** 2018-01-16
- **Scheme:** QBV2
- **Deciders:** SLE

**Decision.** The MSK triage service goes live on 1 April 2018.

## DR-002: Report savings by NHS month

- **Status:** Accepted
- **Date:** 2017-12-11
- **Deciders:** FIG

**Decision.** Scheme savings are phased and reported by NHS month (M1 = April) in \u00a3000, in the
Benefits and Assurance Workbook.

## DR-001: Single pathology hub at Hexmarden General

- **Status:** Accepted
- **Date:** 2017-11-20
- **Scheme:** SYS1
- **Deciders:** Partnership Board

**Decision.** The three trusts' laboratories will form one network with the hub laboratory at
Hexmarden General. Dr Hamish Calloway (Medical Director, HUH) and Marisol Kettering (Director of
Finance, QCH) are joint SROs.
"""


# ================================================================================================ 07 lessons learnt (PDF)
LESSONS = [
    ("Theme: Workforce", None),
    ("LL01", ("HEX1", "Two consultant geriatrician posts were advertised twice with no appointable candidate.",
              "Single-trust posts in frailty do not attract applicants; joint posts are more attractive.",
              "Advertise joint HUH/QCH posts", "Aisling Merriweather", "30/04/2018")),
    ("LL02", ("SYS2", "Talks on common bank pay rates stalled when staff side saw the proposal for the first time "
                      "at the partnership forum.",
              "Bring staff side in at the design stage, not at the end.",
              "Staff-side representative joins the SYS2 project board", "Keziah Moorcroft", "end of March 2018")),
    ("Theme: Estates", None),
    ("LL03", ("QBV1", "An asbestos survey done late in the design delayed the start of the UTC works.",
              "Intrusive surveys must be done before the business case, not after it.",
              "Add surveys to the capital checklist", "Dominic Fairclough-Amadi", "before the next capital bid")),
    ("Theme: Engagement", None),
    ("LL04", ("HEX2", "Practices in two networks did not know who their network lead was.",
              "A one-page network prospectus helps practices understand the model.",
              "Publish a prospectus for each network", "Bartosz Kell", "Q1 2018/19")),
    ("LL05", ("CSL2", "Service users on the design group changed the cafe's opening hours to evenings.",
              "Co-design with people who use services changes the model for the better.",
              "Peer supporters sit on the interview panels", "Hamid Lowenthal", "26/03/2018")),
]


def build_lessons():
    W, H = A4
    c = canvas.Canvas(str(OUT / F_LL), pagesize=A4, invariant=1)
    c.setTitle("H&Q STP Lessons Learnt Log v3")
    c.setAuthor("H&Q STP PMO")
    m = 40
    c.setFont("Helvetica-Bold", 16)
    c.drawString(m, H - 60, "Lessons Learnt Log")
    c.setFont("Helvetica", 10)
    c.drawString(m, H - 76, "Hexmarden & Quillbrook STP \u2013 version 3, 9 March 2018")
    y = H - 104
    intro = [
        "This log records what the schemes have learnt in mobilisation and over winter 2017/18, so that later "
        "schemes do not repeat the same mistakes. It is kept by the Head of PMO, Nerys Caddick, and reviewed by "
        "the SLE on the first Monday of each month.",
        "The winter frailty pilot at Hexmarden General ran from 18 December 2017 to 14 January 2018. In that "
        "time 312 frail patients were seen by the pilot team and 41% went home on the same day, which gave the "
        "SLE the confidence to approve the HEX1 business case.",
        "Lessons are grouped by theme. Each lesson has one action with an owner and a target date.",
    ]
    for text in intro:
        y = wrap(c, text, m, y, W - 2 * m, size=9.5) - 6
    widths = [34, 36, 120, 112, 92, 60, 61]
    header = ["Ref", "Scheme", "What happened", "Lesson", "Action", "Action owner", "By"]
    size, lead, pad = 7.5, 9.2, 3
    total = sum(widths)

    def row(cells, font="Helvetica", fill=None):
        nonlocal y
        split = [simpleSplit(t, font, size, w - 2 * pad) for t, w in zip(cells, widths)]
        h = max(len(s) for s in split) * lead + 2 * pad
        if fill:
            c.setFillColor(fill)
            c.rect(m, y - h, total, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        x = m
        for lines, w in zip(split, widths):
            ty = y - pad - size
            c.setFont(font, size)
            for ln in lines:
                c.drawString(x + pad, ty, ln)
                ty -= lead
            c.setLineWidth(0.4)
            c.line(x, y, x, y - h)
            x += w
        c.line(x, y, x, y - h)
        c.line(m, y, m + total, y)
        y -= h
        c.line(m, y, m + total, y)

    y -= 4
    row(header, "Helvetica-Bold", PALE)
    for ref, body in LESSONS:
        if body is None:  # a theme band spanning the full width
            h = 15
            c.setFillColor(colors.HexColor("#cfe3e6"))
            c.rect(m, y - h, total, h, stroke=1, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-BoldOblique", 8)
            c.drawString(m + 4, y - 10.5, ref)
            y -= h
        else:
            row([ref, *body])
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    c.drawString(m, 24, "H&Q STP PMO \u2013 Lessons Learnt Log v3")
    c.drawRightString(W - m, 24, "Page 1 of 1")
    c.save()


def main():
    OUT.mkdir(exist_ok=True)
    build_board()
    build_mou()
    build_workbook()
    build_deck()
    (OUT / F_CAL).write_text(CALENDAR)
    (OUT / F_DR).write_text(DECISIONS)
    build_lessons()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
