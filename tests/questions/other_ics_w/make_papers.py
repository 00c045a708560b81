"""Build papers/ for the imaginary Vellacombe, Northrey & Garth Moor STP (2017-19 planning round).

Six papers, in layouts the earlier banks did not use (see README.md):
  01 a plan summary (PDF): page 1 prose (population by place, the do-nothing gap, who chairs what and how often);
     page 2 (landscape) a programme table with a TWO-TIER HEADER: group labels spanning columns on the first
     header row ("Leadership", "Places served", "Timetable"), and on the second row the column labels DRAWN
     ROTATED 90 degrees (SRO, Clinical lead, Vellacombe, Northrey, Garth Moor, Starts, Full go-live, Investment
     GBPk); places served as "x" marks in three narrow columns
  02 a programme initiation document (Word): the people are ONLY in a "Responsibilities" section of lettered
     paragraphs, each written as a different sentence; the milestones are ONLY in a separate table keyed by
     refs ("LP1-2") with target dates in many forms; a vacancy and the enablers' leads in the paragraphs
  03 a board development deck (PowerPoint): the nine must-dos down, the seven local priorities across, each cell
     a mark (filled circle / open circle / dash) explained only by a legend text box under the table; an
     enablers table with one lead post vacant
  04 a delivery tracker (Excel): one sheet, each local priority a VERTICAL BLOCK of rows going down the sheet,
     field names in column A and values in column B, the milestones a small sub-table inside the block (header
     "Milestone | Due | Status" in B-D on the "Milestones" row, then one row per milestone with column A empty);
     due dates as real dates (custom format "ddd d mmm yy") or text ("Q3 2018/19", "Winter 2018/19", "Nov-18")
  05 a finance and risk report (PDF): money written in GBPk in some places and GBPm in others, a savings table by
     financial year with a two-row header (year bands over Plan / Outturn / Forecast) whose cells mix "k" and "m"
     figures and a dash for none, a Total row; a risk register whose rating columns sit under a spanning
     "Current rating" header (L, I, Score), trend as a word
  06 Partnership Board minutes (PDF): attendance as an initials | name-and-role table, discussion items numbered
     "17/3", decisions numbered "D17/01" in shaded boxes, actions "A17/01" owned by INITIALS only; the handover of
     an SRO role on a date and a moved go-live

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (Flowable, NextPageTemplate, PageBreak, PageTemplate, Frame,  # noqa: E402
                                BaseDocTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
STAMP = (2018, 11, 20, 9, 15, 0)

F_SUMMARY = "01_VNG_STP_Delivery_Plan_Summary_Oct2017.pdf"
F_PID = "02_VNG_Programme_Initiation_Document_v2.1_Mar2018.docx"
F_MATRIX = "03_VNG_Board_Development_MustDo_Matrix_25Jan2018.pptx"
F_TRACKER = "04_VNG_Delivery_Tracker_14Sep2018.xlsx"
F_FINANCE = "05_VNG_Finance_and_Risk_Report_M5_2018-19.pdf"
F_MINUTES = "06_VNG_Partnership_Board_Minutes_8Nov2018.pdf"

# ================================================================================================ the footprint
STP = "Vellacombe, Northrey & Garth Moor"
PLACES = [("Vellacombe", "241,800"), ("Northrey", "173,500"), ("Garth Moor", "96,300")]
POPULATION = "511,600"
PARTNERS = [("VGH", "Vellacombe General Hospitals NHS Foundation Trust"),
            ("NGMH", "Northrey & Garth Moor Hospitals NHS Trust"),
            ("PCMH", "Peverel Community and Mental Health NHS Foundation Trust"),
            ("TVAS", "Tor & Vale Ambulance Service NHS Trust"),
            ("VCCG", "NHS Vellacombe CCG"),
            ("NGMCCG", "NHS Northrey and Garth Moor CCG"),
            ("VCC", "Vellacombe City Council"),
            ("NCC", "Northreyshire County Council")]

# code: name, SRO (name, post), clinical lead (name, post) or None, programme manager,
#       places (V, N, G), starts, full go-live, investment GBPk
PRIORITIES = {
    "LP1": ("Home First", ("Fenwick Adebayo-Sturrock", "Director of Strategy, VGH"),
            ("Dr Isolde Marchetti-Kaye", "Consultant Geriatrician, VGH"), "Cordelia Ashworth-Nnamdi",
            "VNG", "Apr 2017", "Q3 2018/19", "2,400"),
    "LP2": ("Urgent Care Redesign", ("Ottilie Brackenbury", "Chief Operating Officer, NGMH"),
            ("Dr Kwame Threlfall", "Consultant in Emergency Medicine, NGMH"), "Bartholomew Szabo",
            "VN", "Jul 2017", "Winter 2018/19", "3,150"),
    "LP3": ("General Practice Resilience", ("Dr Perpetua Ngata-Lowe", "Chief Officer, NHS Northrey and Garth Moor CCG"),
            ("Dr Benedikt Strachan", "GP, Garth Moor"), "Lowenna Kassam",
            "VNG", "Apr 2017", "1 October 2018", "1,800"),
    "LP4": ("Mental Health Crisis and Recovery", ("Anselm Kowalczyk-Reid", "Chief Operating Officer, PCMH"),
            ("Dr Ione Wickramasinghe", "Consultant Psychiatrist, PCMH"), "Jerome Tiptree-Mensah",
            "VNG", "Oct 2017", "31 March 2019", "1,250"),
    "LP5": ("Cancer and Diagnostics", ("Morwenna Tallis-Oduro", "Director of Commissioning, NHS Vellacombe CCG"),
            None, "Evander Quilliam",
            "VN", "Jan 2018", "Q4 2018/19", "900"),
    "LP6": ("Planned Care and Outpatients", ("Leopold Ferncastle", "Deputy Chief Executive, VGH"),
            ("Mr Thaddeus Okonjo-Pryor", "Consultant Orthopaedic Surgeon, NGMH"), "Anouk de Villiers-Hobbs",
            "VNG", "Apr 2017", "January 2019", "600"),
    "LP7": ("Transforming Care (learning disability)",
            ("Giselle Harcastle-Mbatha", "Director of Adult Social Care, Northreyshire County Council"),
            ("Dr Seren Abernethy", "Consultant Psychiatrist in Learning Disability, PCMH"), "Tobias Wrenfield",
            "NG", "Jun 2017", "March 2019", "1,100"),
}

# the nine must-dos of the 2017-19 planning guidance, as the deck labels them
MUSTDOS = {1: "STPs", 2: "Finance", 3: "Primary care", 4: "Urgent and emergency care",
           5: "Referral to treatment times and elective care", 6: "Cancer", 7: "Mental health",
           8: "People with learning disabilities", 9: "Improving quality in organisations"}
LEAD, SUPPORT, NONE = "\u25cf", "\u25cb", "\u2013"
# must-do -> {priority: mark}; unlisted priorities are a dash
COVERAGE = {1: {k: SUPPORT for k in PRIORITIES},
            2: {"LP1": LEAD, "LP6": LEAD, "LP2": SUPPORT},
            3: {"LP3": LEAD, "LP1": SUPPORT},
            4: {"LP1": LEAD, "LP2": LEAD, "LP4": SUPPORT},
            5: {"LP6": LEAD, "LP5": SUPPORT},
            6: {"LP5": LEAD},
            7: {"LP4": LEAD, "LP2": SUPPORT, "LP7": SUPPORT},
            8: {"LP7": LEAD},
            9: {}}

# the PID's milestone table: ref, milestone, target (as printed), evidence of completion
PID_MILESTONES = [
    ("LP1-1", "Discharge to assess (pathway 1) live in Vellacombe", "2 July 2018",
     "First patients discharged on the pathway"),
    ("LP1-2", "Discharge to assess live in all three places", "Q3 2018/19", "Weekly sitrep from each place"),
    ("LP1-3", "Trusted assessor in place for care home admissions", "Sept 2018",
     "Signed agreement with the care home providers' association"),
    ("LP2-1", "Vellacombe Urgent Treatment Centre open 8am to 10pm", "1 October 2018",
     "UTC designation letter from NHS England"),
    ("LP2-2", "NHS 111 clinical assessment service live", "Winter 2018/19", "Service live on the 111 platform"),
    ("LP3-1", "Eight GP clusters, each with a named clinical director", "End of June 2018",
     "Cluster agreements signed"),
    ("LP3-2", "Extended access (evenings and weekends) for 100% of the population", "1 October 2018",
     "National extended access return"),
    ("LP4-1", "24/7 crisis line open", "Q2 2018/19", "Line staffed around the clock for 4 weeks"),
    ("LP4-2", "No out-of-area acute mental health placements", "31 March 2019", "Monthly OAP return shows zero"),
    ("LP5-1", "FIT testing offered in primary care", "November 2018", "Laboratory activity report"),
    ("LP5-2", "Rapid diagnostic centre opens at Northrey", "Q4 2018/19", "First patients seen"),
    ("LP6-1", "MSK single point of access live", "June 2018", "All MSK referrals routed through the SPA"),
    ("LP6-2", "Community ophthalmology service opens", "14 January 2019", "Contract award and first clinic"),
    ("LP7-1", "Community forensic support team recruited", "Q1 2018/19", "Team at full establishment"),
    ("LP7-2", "Specialist inpatient beds reduced from 34 to 19", "March 2019", "Bed base confirmed by NHS England"),
]

# the tracker's blocks: code -> (overall RAG, key issue, milestones (text, due, status))
D = datetime
TRACKER = {
    "LP1": ("Amber", "Care home capacity in Northrey is limiting discharges.",
            [("Discharge to assess (pathway 1) live in Vellacombe", D(2018, 7, 2), "Complete"),
             ("Trusted assessor in place for care home admissions", D(2018, 9, 28), "On track"),
             ("Discharge to assess live in all three places", "Q3 2018/19", "On track")]),
    "LP2": ("Red", "Emergency nurse practitioner vacancies put the UTC opening at risk.",
            [("Ambulance handovers within 30 minutes at both acute sites", D(2018, 8, 31), "Slipped"),
             ("Vellacombe Urgent Treatment Centre open 8am to 10pm", D(2018, 10, 1), "At risk"),
             ("NHS 111 clinical assessment service live", "Winter 2018/19", "On track")]),
    "LP3": ("Green", "None this period.",
            [("Eight GP clusters, each with a named clinical director", D(2018, 6, 29), "Complete"),
             ("Extended access (evenings and weekends) for 100% of the population", D(2018, 10, 1), "On track")]),
    "LP4": ("Amber", "Recurrent funding for the crisis line after March is not yet agreed.",
            [("Crisis cafe open in Northrey", D(2018, 8, 10), "Delayed"),
             ("24/7 crisis line open", "Q2 2018/19", "On track"),
             ("No out-of-area acute mental health placements", D(2019, 3, 31), "On track")]),
    "LP5": ("Amber", "Clinical lead post still vacant; second round of interviews planned.",
            [("FIT testing offered in primary care", "Nov-18", "On track"),
             ("Rapid diagnostic centre opens at Northrey", "Q4 2018/19", "On track")]),
    "LP6": ("Green", "Referral growth in ophthalmology above plan.",
            [("MSK single point of access live", D(2018, 6, 4), "Complete"),
             ("Advice and guidance available for 12 specialties", D(2018, 10, 26), "On track"),
             ("Community ophthalmology service opens", D(2019, 1, 14), "On track")]),
    "LP7": ("Red", "Housing for two long-stay patients not yet found.",
            [("Community forensic support team recruited", D(2018, 6, 29), "Slipped"),
             ("Specialist inpatient beds reduced from 34 to 19", "Mar-19", "At risk")]),
}

# savings by year, as printed: code -> (2017/18 plan, 2017/18 outturn, 2018/19 plan, 2018/19 forecast)
SAVINGS = {"LP1": ("\u00a31.9m", "\u00a31.62m", "\u00a33.4m", "\u00a32.95m"),
           "LP2": ("\u00a3850k", "\u00a3610k", "\u00a32.2m", "\u00a31.4m"),
           "LP3": ("\u2013", "\u2013", "\u00a3400k", "\u00a3400k"),
           "LP4": ("\u00a3500k", "\u00a3540k", "\u00a31.1m", "\u00a31.05m"),
           "LP5": ("\u2013", "\u2013", "\u00a3300k", "\u00a3150k"),
           "LP6": ("\u00a32.6m", "\u00a32.31m", "\u00a34.1m", "\u00a33.8m"),
           "LP7": ("\u00a3720k", "\u00a3480k", "\u00a31.5m", "\u00a31.2m")}
SAVINGS_TOTAL = ("\u00a36.57m", "\u00a35.56m", "\u00a313.0m", "\u00a310.95m")

# ref, risk, area, owner, L, I, trend
RISKS = [("R01", "Too few emergency nurse practitioners to staff the Vellacombe UTC from its opening", "LP2",
          "Ottilie Brackenbury", 4, 5, "Rising"),
         ("R02", "Care home market capacity limits discharge to assess in Northrey and Garth Moor", "LP1",
          "Fenwick Adebayo-Sturrock", 4, 4, "Steady"),
         ("R03", "Planned care savings eroded by referral growth above plan", "LP6", "Leopold Ferncastle", 3, 4,
          "Falling"),
         ("R04", "Shared care record delayed by the supplier's release schedule", "Digital", "Wystan Polglase",
          3, 3, "Steady"),
         ("R05", "Discharges from specialist learning disability beds delayed by a lack of suitable housing",
          "LP7", "Giselle Harcastle-Mbatha", 4, 4, "Rising"),
         ("R06", "No clinical lead for cancer and diagnostics slows pathway redesign", "LP5",
          "Morwenna Tallis-Oduro", 3, 3, "Steady"),
         ("R07", "Recurrent funding for the 24/7 crisis line not confirmed beyond March", "LP4",
          "Anselm Kowalczyk-Reid", 2, 4, "Steady"),
         ("R08", "GP retirements in Garth Moor outpace recruitment", "LP3", "Dr Perpetua Ngata-Lowe", 4, 3,
          "Rising")]

# minutes: initials, name, role
PRESENT = [("ASB", "Professor Alaric Szymanski-Bright", "Independent Chair (Chair)"),
           ("MOF", "Marguerite Oyinlola-Fairweather", "STP Lead; Chief Executive, VGH"),
           ("RH", "Radomir Haverstock", "Director of Finance, NGMH; chair, Finance and Investment Group"),
           ("ZP", "Dr Zuleika Penhaligon", "Medical Director, PCMH; chair, Clinical Board"),
           ("OB", "Ottilie Brackenbury", "Chief Operating Officer, NGMH; SRO, Urgent Care Redesign"),
           ("HV", "Hollis Vanterpool", "Deputy Chief Executive, NGMH"),
           ("PNL", "Dr Perpetua Ngata-Lowe", "Chief Officer, NHS Northrey and Garth Moor CCG"),
           ("GHM", "Giselle Harcastle-Mbatha", "Director of Adult Social Care, Northreyshire County Council"),
           ("LF", "Leopold Ferncastle", "Deputy Chief Executive, VGH"),
           ("IRB", "Cllr Imelda Rourke-Banda", "Cabinet Member for Health, Vellacombe City Council")]
ATTENDING = [("EQ", "Evander Quilliam", "Programme Manager, Cancer and Diagnostics (for MTO)"),
             ("TG", "Temperance Gollancz", "STP Programme Director (minutes)")]
APOLOGIES = "Morwenna Tallis-Oduro (MTO); Anselm Kowalczyk-Reid (AKR); Fenwick Adebayo-Sturrock (FAS)."
ACTIONS = [("A17/01", "Present the recovery plan for the Vellacombe UTC, including the ENP recruitment trajectory",
            "HV", "10/01/19"),
           ("A17/02", "Bring a revised 2018/19 savings forecast by priority", "RH", "10/01/19"),
           ("A17/03", "Agree with housing partners a plan for the two long-stay patients", "GHM", "13/12/18"),
           ("A17/04", "Report on the second round of recruitment to the cancer clinical lead post", "EQ",
            "10/01/19"),
           ("A17/05", "Circulate the updated governance handbook showing the new SRO", "TG", "30/11/18")]


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with one fixed entry time and fixed core times, so the bytes are the same each run."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-11-20T09:15:00Z", data)
            z.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)


def office_props(props, title, author="VNG STP Programme Office"):
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = datetime(2018, 11, 20, 9, 15, 0)
    props.revision = 1


SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5,
                      spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2,
                       textColor=colors.HexColor("#444444"))
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=CELLB, textColor=colors.white, alignment=1)
TITLE = ParagraphStyle("title", parent=SS["Title"], fontName="Helvetica-Bold", fontSize=17, leading=21,
                       alignment=0, spaceAfter=4, textColor=colors.HexColor("#0b4f4a"))
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                    spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#0b4f4a"))
TEAL = colors.HexColor("#0b4f4a")
MINT = colors.HexColor("#dcefe9")
GREY = colors.HexColor("#7a8a88")


def esc(text):
    return text.replace("&", "&amp;")


def p(text, style=CELL):
    return Paragraph(esc(text), style)


class Rotated(Flowable):
    """A header label drawn rotated 90 degrees (reading bottom to top)."""

    def __init__(self, text, size=7.5, font="Helvetica-Bold", color=colors.white):
        super().__init__()
        self.text, self.size, self.font, self.color = text, size, font, color

    def wrap(self, aw, ah):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.tw = stringWidth(self.text, self.font, self.size)
        return self.size + 2, self.tw + 4

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.setFont(self.font, self.size)
        c.translate(self.size, 2)
        c.rotate(90)
        c.drawString(0, 0, self.text)
        c.restoreState()


def footer_fn(label):
    def footer(c, doc):
        c.saveState()
        w = c._pagesize[0]
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(15 * mm, 8 * mm, label)
        c.drawRightString(w - 15 * mm, 8 * mm, f"{doc.page}")
        c.restoreState()
    return footer


# ================================================================================================ 01 plan summary (PDF)
def build_summary():
    foot = footer_fn(f"{STP} STP \u2013 Delivery Plan 2017-19: summary \u2013 published 27 October 2017")
    doc = BaseDocTemplate(str(OUT / F_SUMMARY), pagesize=A4, invariant=1,
                          title="Delivery Plan 2017-19: summary", author="VNG STP Programme Office",
                          subject="VNG STP")
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 36 * mm, id="p")], onPage=foot,
                     pagesize=A4),
        PageTemplate("landscape", [Frame(14 * mm, 16 * mm, lw - 28 * mm, lh - 30 * mm, id="l")], onPage=foot,
                     pagesize=landscape(A4))])
    places = "; ".join(f"{n} {pop}" for n, pop in PLACES)
    partners = ", ".join(f"{name} ({code})" for code, name in PARTNERS)
    story = [Paragraph(f"{esc(STP)} Sustainability and Transformation Partnership", TITLE),
             p("Delivery Plan 2017-19: a summary for partners and the public", H2),
             Paragraph("Our population", H2),
             p(f"Our eight partners \u2013 {partners} \u2013 serve {POPULATION} registered patients. By place: "
               f"{places}. Garth Moor is the smallest and most rural of the three, and has the oldest population.",
               BODY),
             Paragraph("The financial challenge", H2),
             p("If nothing changed, the gap between the money available to the NHS in our footprint and the cost "
               "of meeting demand would reach \u00a3148.6m by 2020/21. The seven local priorities overleaf are "
               "planned to close about a third of that gap; the rest comes from each organisation's own cost "
               "improvement programme.", BODY),
             Paragraph("How we are governed", H2),
             p("The Partnership Board brings the partners' chairs, chief executives and elected members together. "
               "It is chaired by Professor Alaric Szymanski-Bright, our independent chair, and meets in public six "
               "times a year. The Chief Executives' Forum, which Marguerite Oyinlola-Fairweather (Chief Executive of "
               "VGH) chairs in her role as STP Lead, meets monthly and owns delivery. Clinical leadership comes "
               "from the Clinical Board under Dr Zuleika Penhaligon, Medical Director of PCMH; money and "
               "investment decisions go first to the Finance and Investment Group, with Radomir Haverstock, "
               "Director of Finance at NGMH, in the chair. Temperance Gollancz is Programme Director and runs the "
               "STP Programme Office.", BODY),
             p("Each local priority has a Senior Responsible Owner (SRO), accountable to the Chief Executives' "
               "Forum, and a clinical lead, accountable to the Clinical Board.", BODY),
             NextPageTemplate("landscape"), PageBreak(),
             Paragraph("Our seven local priorities", H2)]
    top = [p("Code", HEAD), p("Local priority", HEAD), p("Leadership", HEAD), "", p("Places served", HEAD), "", "",
           p("Timetable", HEAD), "", Rotated("Investment \u00a3k")]
    sub = ["", "", Rotated("SRO"), Rotated("Clinical lead"), Rotated("Vellacombe"), Rotated("Northrey"),
           Rotated("Garth Moor"), Rotated("Starts"), Rotated("Full go-live"), ""]
    rows = [top, sub]
    right = ParagraphStyle("r", parent=CELL, alignment=2)
    ctr = ParagraphStyle("c", parent=CELL, alignment=1)
    for code, (name, sro, cl, _pm, places_, start, live, inv) in PRIORITIES.items():
        rows.append([p(code, CELLB), p(name), p(f"{sro[0]}, {sro[1]}"),
                     p(f"{cl[0]}, {cl[1]}" if cl else "To be appointed"),
                     p("x" if "V" in places_ else "", ctr), p("x" if "N" in places_ else "", ctr),
                     p("x" if "G" in places_ else "", ctr), p(start), p(live), p(inv, right)])
    total = sum(int(v[7].replace(",", "")) for v in PRIORITIES.values())
    rows.append(["", p("Total", CELLB), "", "", "", "", "", "", "", p(f"{total:,}", right)])
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6d8f8a")),
                        ("BACKGROUND", (0, 0), (-1, 1), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                        ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)), ("SPAN", (7, 0), (8, 0)),
                        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (9, 0), (9, 1)),
                        ("VALIGN", (9, 0), (9, 0), "BOTTOM"),
                        ("BACKGROUND", (0, -1), (-1, -1), MINT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    story.append(Table(rows, colWidths=[30, 120, 175, 175, 20, 20, 20, 48, 66, 40], repeatRows=2, style=style))
    story += [Spacer(1, 4),
              p("x = the priority is delivered in that place. Starts and full go-live are the months in which "
                "delivery starts and in which the whole of the priority is live; quarters are NHS financial-year "
                "quarters (Q1 = April to June). Investment is the total 2017-19 non-recurrent investment in "
                "thousands of pounds. Milestones for each priority are set out in the Programme Initiation "
                "Document.", SMALL)]
    doc.build(story)


# ================================================================================================ 02 PID (Word)
def build_pid():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    office_props(d.core_properties, "VNG STP Programme Initiation Document v2.1")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    d.add_heading(f"{STP} STP", level=0)
    d.add_paragraph("Programme Initiation Document: local priorities 2017-19").runs[0].bold = True
    d.add_paragraph("Version 2.1, 12 March 2018. Approved by the Chief Executives' Forum. Owner: Temperance "
                    "Gollancz, Programme Director. Supersedes version 2.0 of 15 December 2017.")
    d.add_heading("1. Purpose", level=1)
    d.add_paragraph("This document records who is responsible for each of the seven local priorities in the "
                    "Delivery Plan 2017-19 and the milestones against which the Chief Executives' Forum will hold "
                    "them to account. Section 2 names the people; section 3 lists the milestones. Refs in section "
                    "3 start with the priority's code.")
    d.add_heading("2. Responsibilities", level=1)
    paras = [
        "(a) Home First (LP1). Fenwick Adebayo-Sturrock, Director of Strategy at VGH, is the Senior Responsible "
        "Owner. Clinical leadership is provided by Dr Isolde Marchetti-Kaye, Consultant Geriatrician, and "
        "day-to-day delivery is managed by Cordelia Ashworth-Nnamdi.",
        "(b) Urgent Care Redesign (LP2). Accountable as SRO: Ottilie Brackenbury, Chief Operating Officer of "
        "NGMH. Dr Kwame Threlfall leads clinically; Bartholomew Szabo is the programme manager.",
        "(c) General Practice Resilience (LP3). Dr Perpetua Ngata-Lowe (Chief Officer, NHS Northrey and Garth Moor "
        "CCG) holds the SRO role, with Dr Benedikt Strachan, a GP in Garth Moor, alongside her as clinical lead "
        "and Lowenna Kassam running the programme.",
        "(d) Mental Health Crisis and Recovery (LP4). Anselm Kowalczyk-Reid, Chief Operating Officer of PCMH, "
        "answers for this priority to the Forum. The clinical lead is Dr Ione Wickramasinghe, Consultant "
        "Psychiatrist; Jerome Tiptree-Mensah manages the programme.",
        "(e) Cancer and Diagnostics (LP5). Morwenna Tallis-Oduro, Director of Commissioning at NHS Vellacombe CCG, "
        "is SRO. The clinical lead post is vacant and is being recruited to jointly with the regional Cancer "
        "Alliance. Evander Quilliam is the programme manager.",
        "(f) Planned Care and Outpatients (LP6). Leopold Ferncastle, Deputy Chief Executive of VGH, is SRO; the "
        "surgeon Mr Thaddeus Okonjo-Pryor is clinical lead. Programme management is by Anouk de Villiers-Hobbs.",
        "(g) Transforming Care for people with a learning disability (LP7). Giselle Harcastle-Mbatha, Director of "
        "Adult Social Care at Northreyshire County Council, is SRO; Dr Seren Abernethy is clinical lead and "
        "Tobias Wrenfield is the programme manager.",
        "(h) Enabling programmes. The digital programme, including the shared care record, is led by Wystan "
        "Polglase, Chief Clinical Information Officer. Workforce is led by Philippa Uzoma-Gresham, who chairs the "
        "Local Workforce Action Board. Communications and engagement are led by Ngozi Rathbone-Vale. The estates "
        "lead post is vacant.",
    ]
    for text in paras:
        para = d.add_paragraph(text)
        para.paragraph_format.left_indent = Pt(18)
        para.paragraph_format.first_line_indent = Pt(-18)
    d.add_heading("3. Milestones", level=1)
    d.add_paragraph("Targets are the latest date by which the milestone is to be achieved. Quarters are NHS "
                    "financial-year quarters.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ["Ref", "Milestone", "Target", "Evidence of completion"]):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "0B4F4A")
        cell._tc.get_or_add_tcPr().append(shd)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in PID_MILESTONES:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_heading("4. Reporting", level=1)
    d.add_paragraph("SROs report progress monthly through the delivery tracker kept by the STP Programme Office. "
                    "A milestone that is more than one month late is escalated to the Chief Executives' Forum.")
    d.save(OUT / F_PID)
    restamp(OUT / F_PID)


# ================================================================================================ 03 deck (PowerPoint)
def build_matrix():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    office_props(prs.core_properties, "VNG STP Partnership Board development session, 25 January 2018")
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = f"{STP} STP"
    s.placeholders[1].text = ("Partnership Board development session, 25 January 2018\n"
                              "Do our local priorities cover the national must-dos?")

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Local priorities against the nine national must-dos"
    s.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(28)
    codes = list(PRIORITIES)
    shape = s.shapes.add_table(11, 1 + len(codes), Inches(0.4), Inches(1.35), Inches(12.5), Inches(5.0))
    tbl = shape.table
    tbl.columns[0].width = Inches(4.1)
    for j in range(1, len(codes) + 1):
        tbl.columns[j].width = Inches(1.2)

    def put(r, c, text, size=12, bold=False, align=PP_ALIGN.CENTER, color=None):
        cell = tbl.cell(r, c)
        cell.text = text
        para = cell.text_frame.paragraphs[0]
        para.alignment = align
        for run in para.runs:
            run.font.size, run.font.bold = Pt(size), bold
            if color:
                run.font.color.rgb = color

    put(0, 0, "National must-do", 11, True, PP_ALIGN.LEFT)
    put(1, 0, "", 9)
    for j, code in enumerate(codes, 1):
        put(0, j, code, 11, True)
        put(1, j, PRIORITIES[code][0], 8)
    for i in range(1, 10):
        put(i + 1, 0, f"{i}. {MUSTDOS[i]}", 11, False, PP_ALIGN.LEFT)
        for j, code in enumerate(codes, 1):
            put(i + 1, j, COVERAGE[i].get(code, NONE), 16)
    box = s.shapes.add_textbox(Inches(0.4), Inches(6.6), Inches(12.5), Inches(0.5))
    tf = box.text_frame
    tf.text = f"{LEAD}  leads delivery of the must-do      {SUPPORT}  contributes to it      {NONE}  no material contribution"
    tf.paragraphs[0].runs[0].font.size = Pt(12)
    tf.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Enabling programmes"
    shape = s.shapes.add_table(5, 3, Inches(0.6), Inches(1.6), Inches(12.0), Inches(2.8))
    tbl = shape.table
    rows = [("Enabler", "Lead", "Reports to"),
            ("Digital and the shared care record", "Wystan Polglase, Chief Clinical Information Officer",
             "Clinical Board"),
            ("Workforce", "Philippa Uzoma-Gresham, chair of the Local Workforce Action Board", "Partnership Board"),
            ("Estates", "Vacant \u2013 recruitment under way", "Finance and Investment Group"),
            ("Communications and engagement", "Ngozi Rathbone-Vale", "Chief Executives' Forum")]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            tbl.cell(i, j).text = text
            for run in tbl.cell(i, j).text_frame.paragraphs[0].runs:
                run.font.size, run.font.bold = Pt(14), i == 0

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Next steps"
    tf = s.placeholders[1].text_frame
    for i, text in enumerate(["Clinical Board to review the matrix and any gaps on 22 February 2018",
                              "Programme Initiation Document to be reissued with named leads by mid-March 2018",
                              "Refresh the matrix for the 2018/19 operating plan submission by 30 April 2018"]):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.text = text
        para.runs[0].font.size = Pt(20)
    prs.save(OUT / F_MATRIX)
    restamp(OUT / F_MATRIX)


# ================================================================================================ 04 tracker (Excel)
def build_tracker():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "VNG STP Programme Office"
    wb.properties.title = "VNG STP delivery tracker"
    wb.properties.created = wb.properties.modified = datetime(2018, 11, 20, 9, 15, 0)
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{STP} STP \u2013 delivery tracker"
    ws["A1"].font = Font(bold=True, size=14, color="0B4F4A")
    ws["A2"] = "Position at 14 September 2018. One block per local priority, going down the sheet."
    ws["A2"].font = Font(italic=True, color="555555")
    thin = Side(style="thin", color="9DB8B3")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    band = PatternFill("solid", fgColor="0B4F4A")
    label = PatternFill("solid", fgColor="DCEFE9")
    rag_fill = {"Red": "F4C7C3", "Amber": "FCE8B2", "Green": "B7E1CD"}
    row = 4
    for code, (name, sro, cl, pm, places_, *_rest) in PRIORITIES.items():
        rag, issue, ms = TRACKER[code]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        c = ws.cell(row=row, column=1, value=f"{code}  {name}")
        c.font, c.fill = Font(bold=True, color="FFFFFF", size=12), band
        row += 1
        place_names = ", ".join(n for n, _ in PLACES if n[0] in places_)
        fields = [("SRO", sro[0]), ("Clinical lead", cl[0] if cl else "Vacant"), ("Programme manager", pm),
                  ("Places", place_names), ("Overall RAG", rag)]
        for lab, val in fields:
            a = ws.cell(row=row, column=1, value=lab)
            a.font, a.fill, a.border = Font(bold=True), label, box
            b = ws.cell(row=row, column=2, value=val)
            b.border = box
            if lab == "Overall RAG":
                b.fill = PatternFill("solid", fgColor=rag_fill[val])
            row += 1
        a = ws.cell(row=row, column=1, value="Milestones")
        a.font, a.fill, a.border = Font(bold=True), label, box
        for col, text in zip((2, 3, 4), ("Milestone", "Due", "Status")):
            h = ws.cell(row=row, column=col, value=text)
            h.font, h.border = Font(bold=True, italic=True), box
        row += 1
        for text, due, status in ms:
            ws.cell(row=row, column=1).border = box
            ws.cell(row=row, column=2, value=text).border = box
            dc = ws.cell(row=row, column=3, value=due)
            dc.border, dc.alignment = box, Alignment(horizontal="left")
            if isinstance(due, datetime):
                dc.number_format = "ddd d mmm yy"
            ws.cell(row=row, column=4, value=status).border = box
            row += 1
        a = ws.cell(row=row, column=1, value="Key issue")
        a.font, a.fill, a.border = Font(bold=True), label, box
        ws.cell(row=row, column=2, value=issue).border = box
        row += 2
    for col, w in zip("ABCD", [20, 62, 16, 12]):
        ws.column_dimensions[col].width = w

    ks = wb.create_sheet("Key")
    key = ["Status", "Complete \u2013 achieved", "On track \u2013 expected by the due date",
           "At risk \u2013 may miss the due date", "Slipped / Delayed \u2013 due date passed, not achieved", "",
           "Overall RAG", "Green \u2013 on track", "Amber \u2013 issues being managed",
           "Red \u2013 escalated to the Chief Executives' Forum"]
    for i, text in enumerate(key, 1):
        if text:
            ks.cell(row=i, column=1, value=text)
    ks["A1"].font = ks["A7"].font = Font(bold=True)
    ks.column_dimensions["A"].width = 60
    wb.save(OUT / F_TRACKER)
    restamp(OUT / F_TRACKER)


# ================================================================================================ 05 finance and risk (PDF)
def build_finance():
    foot = footer_fn("VNG STP \u2013 Finance and Risk Report, Month 5 2018/19 \u2013 Chief Executives' Forum, "
                     "20 September 2018")
    doc = BaseDocTemplate(str(OUT / F_FINANCE), pagesize=A4, invariant=1,
                          title="Finance and Risk Report, Month 5 2018/19", author="Radomir Haverstock",
                          subject="VNG STP")
    pw, ph = A4
    doc.addPageTemplates([PageTemplate("p", [Frame(18 * mm, 18 * mm, pw - 36 * mm, ph - 34 * mm, id="f")],
                                       onPage=foot)])
    story = [Paragraph("Finance and Risk Report \u2013 Month 5 (August) 2018/19", TITLE),
             p("For the Chief Executives' Forum, 20 September 2018. Presented by Radomir Haverstock, chair of the "
               "Finance and Investment Group.", SMALL),
             Paragraph("1. Financial position", H2),
             p("The partners' combined control total for 2018/19 is a deficit of \u00a321.4m. At Month 5 the "
               "year-to-date deficit is \u00a39,740k, \u00a31,260k worse than plan, mainly because of agency "
               "nursing at NGMH and the slower delivery of savings set out below. The forecast outturn remains the "
               "control total, but only if \u00a32.05m of the savings gap is recovered by March.", BODY),
             p("The do-nothing gap of \u00a3148.6m by 2020/21 in the Delivery Plan summary is unchanged.", BODY),
             Paragraph("2. Savings from the local priorities", H2),
             p("Recurrent savings, net of investment. 2017/18 is the final outturn; 2018/19 is the plan and the "
               "Month 5 forecast. A dash means no savings were planned in that year.", SMALL),
             Spacer(1, 3)]
    right = ParagraphStyle("r", parent=CELL, alignment=2)
    rightb = ParagraphStyle("rb", parent=CELLB, alignment=2)
    rows = [[p("Local priority", HEAD), p("2017/18", HEAD), "", p("2018/19", HEAD), ""],
            ["", p("Plan", HEAD), p("Outturn", HEAD), p("Plan", HEAD), p("Forecast (M5)", HEAD)]]
    for code, vals in SAVINGS.items():
        rows.append([p(f"{code} {PRIORITIES[code][0]}")] + [p(v, right) for v in vals])
    rows.append([p("Total", CELLB)] + [p(v, rightb) for v in SAVINGS_TOTAL])
    story.append(Table(rows, colWidths=[190, 66, 66, 66, 76], repeatRows=2, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6d8f8a")), ("BACKGROUND", (0, 0), (-1, 1), TEAL),
        ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)), ("SPAN", (0, 0), (0, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, -1), (-1, -1), MINT)])))
    story += [Spacer(1, 4),
              p("Investment agreed since the plan was published is reported to the Finance and Investment Group "
                "and is not netted off here until the business case is approved.", SMALL),
              PageBreak(),
              Paragraph("3. Strategic risks", H2),
              p("Risks scored likelihood (L) x impact (I), each 1 to 5. Risks scoring 16 or more are escalated to "
                "the Partnership Board. Trend is the movement since the last report.", SMALL), Spacer(1, 3)]
    rows = [[p("Ref", HEAD), p("Risk", HEAD), p("Area", HEAD), p("Owner", HEAD), p("Current rating", HEAD), "", "",
             p("Trend", HEAD)],
            ["", "", "", "", p("L", HEAD), p("I", HEAD), p("Score", HEAD), ""]]
    ctr = ParagraphStyle("c", parent=CELL, alignment=1)
    for ref, risk, area, owner, lk, im, trend in RISKS:
        rows.append([p(ref, CELLB), p(risk), p(area), p(owner), p(str(lk), ctr), p(str(im), ctr),
                     p(str(lk * im), ParagraphStyle("cb", parent=CELLB, alignment=1)), p(trend)])
    story.append(Table(rows, colWidths=[28, 182, 40, 98, 22, 22, 38, 44], repeatRows=2, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6d8f8a")), ("BACKGROUND", (0, 0), (-1, 1), TEAL),
        ("SPAN", (4, 0), (6, 0)), *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 7)],
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    doc.build(story)


# ================================================================================================ 06 minutes (PDF)
def build_minutes():
    foot = footer_fn("VNG STP Partnership Board \u2013 minutes of meeting 17, 8 November 2018 \u2013 unconfirmed "
                     "until approved by the Board")
    doc = BaseDocTemplate(str(OUT / F_MINUTES), pagesize=A4, invariant=1,
                          title="Partnership Board minutes, 8 November 2018", author="Temperance Gollancz",
                          subject="VNG STP")
    pw, ph = A4
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 18 * mm, pw - 40 * mm, ph - 34 * mm, id="f")],
                                       onPage=foot)])
    width = pw - 40 * mm
    story = [Paragraph(f"{esc(STP)} STP Partnership Board", TITLE),
             p("Minutes of meeting 17, held in public on Thursday 8 November 2018 at 10:00, Council Chamber, "
               "Northrey Civic Centre", BODY),
             Paragraph("Present", H2)]

    def people(lst):
        return Table([[p(i, CELLB), p(f"{n} \u2013 {r}")] for i, n, r in lst], colWidths=[40, width - 40],
                     style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d6d3")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]), hAlign="LEFT")
    story += [people(PRESENT), Paragraph("In attendance", H2), people(ATTENDING),
              Paragraph("Apologies", H2), p(APOLOGIES, BODY)]

    def decision(ref, text):
        return Table([[p(ref, CELLB), p(text)]], colWidths=[50, width - 50], hAlign="LEFT",
                     style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), MINT),
                                       ("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))

    items = [
        ("17/1 Welcome and apologies", ["ASB welcomed members and the public. Apologies were noted as above; EQ "
                                        "attended for MTO."], []),
        ("17/2 Minutes of 13 September 2018", ["The minutes were agreed as a correct record."], []),
        ("17/3 Urgent Care Redesign: Vellacombe UTC",
         ["OB reported that only 9 of the 16 emergency nurse practitioner posts for the Vellacombe Urgent "
          "Treatment Centre have been filled. Opening on 1 October 2018 as planned was not safe and the centre did "
          "not open. The Clinical Board has advised that the centre can open 8am to 10pm once 14 posts are filled.",
          "ZP confirmed the Clinical Board's support for the revised date. IRB asked that the public be told "
          "before Christmas."],
         [("D17/01", "The Board agreed to move the go-live of the Vellacombe Urgent Treatment Centre from 1 October "
                     "2018 to 4 February 2019.")]),
        ("17/4 Senior Responsible Owner for Urgent Care Redesign",
         ["The Chair thanked OB, who leaves NGMH at the end of November to join a trust outside the region, for "
          "her leadership of the priority since July 2017."],
         [("D17/02", "Hollis Vanterpool, Deputy Chief Executive of NGMH, succeeds Ottilie Brackenbury as SRO for "
                     "Urgent Care Redesign (LP2) with effect from 1 December 2018. Ottilie Brackenbury remains SRO "
                     "until 30 November 2018.")]),
        ("17/5 Finance report and Home First business case",
         ["RH presented the Month 6 position: a year-to-date deficit of \u00a311.6m, \u00a31.4m worse than plan. "
          "The Finance and Investment Group recommended the Home First business case, which makes the discharge "
          "to assess teams permanent."],
         [("D17/03", "The Board approved the Home First business case: recurrent investment of \u00a32.1m a year, "
                     "funded from the LP1 savings."),
          ("D17/04", "The Board approved the system winter plan 2018/19.")]),
        ("17/6 Cancer and Diagnostics",
         ["EQ reported that the first round of recruitment to the clinical lead post had not produced an "
          "appointable candidate; the post has been re-advertised with the Cancer Alliance. The rapid diagnostic "
          "centre at Northrey remains on course for Q4 2018/19."], []),
        ("17/7 Any other business and date of next meeting",
         ["There was no other business. The next meeting will be held in public on Thursday 10 January 2019 at "
          "10:00 at Vellacombe Guildhall."], []),
    ]
    for head, paras, decisions in items:
        story.append(Paragraph(esc(head), H2))
        for text in paras:
            story.append(p(text, BODY))
        for ref, text in decisions:
            story += [decision(ref, text), Spacer(1, 5)]
    story.append(Paragraph("Actions", H2))
    rows = [[p("No.", HEAD), p("Action", HEAD), p("Lead", HEAD), p("By", HEAD)]]
    for ref, text, who, by in ACTIONS:
        rows.append([p(ref, CELLB), p(text), p(who), p(by)])
    story.append(Table(rows, colWidths=[44, width - 44 - 40 - 52, 40, 52], repeatRows=1, style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#6d8f8a")), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    doc.build(story)


def main():
    OUT.mkdir(exist_ok=True)
    build_summary()
    build_pid()
    build_matrix()
    build_tracker()
    build_finance()
    build_minutes()
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:>8}  {f.name}")


if __name__ == "__main__":
    main()
