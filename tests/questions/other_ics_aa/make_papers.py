"""Build the Haldenmoor & Cressbrook STP papers (twenty-seventh imaginary footprint) into papers/.

A 2016/17 Sustainability and Transformation Plan as it would really have been published:
  01 the STP submission narrative (PDF, A4 portrait, reportlab platypus, ~15 pages): cover, generated contents
     page, executive summary, numbered chapters and paragraphs, running header and footer with page numbers; a
     priority-initiatives table (Initiative | Senior Responsible Owner | Key milestones | Savings) whose milestone
     cells hold several dated lines and which breaks over pages under a repeated header row; a nine must-dos grid
     of ticks and half-circles with a key; governance in prose only; a do-nothing gap table and a 2020/21 finance
     bridge with totals; a risk table with owners;
  02 the delivery plans on a page (PDF exported from slides, 16:9 landscape pages drawn on the canvas): one
     slide per workstream under its short name, an owner box, an ambition box, a milestone timeline with
     diamonds and labels placed by date, a savings box; later than 01, so it moves a date and changes an SRO;
  03 the PMO milestone tracker appendix (Excel): one row per milestone keyed by a reference code, baseline and
     forecast columns mixing real dates and "Q4 16/17" text, and an "Update log" column whose cell holds a
     dated running commentary, newest entry first, with line breaks inside the cell (moves and owner changes
     are recorded only there);
  04 an extract of Partnership Board minutes (plain text): a new SRO from a date, a noted revised date, the
     next meeting.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Sans-B", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Sans-I", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("Sans", 0, 0, "Sans")
addMapping("Sans", 1, 0, "Sans-B")
addMapping("Sans", 0, 1, "Sans-I")
addMapping("Sans", 1, 1, "Sans-B")

STP = "Haldenmoor & Cressbrook Sustainability and Transformation Plan"
NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2C7C82")
PALE = colors.HexColor("#E8EEF4")

# --------------------------------------------------------------------------------------------------------------
# The plan's content (one source for every paper; the later papers change what the story says they change)
# --------------------------------------------------------------------------------------------------------------
PRIORITIES = [
    # code, full name, short name used on slides, SRO (Oct 2016), SRO title, savings £m 2020/21, milestones
    ("PaS", "Prevention at Scale", "Prevention", "Dr Halima Brereton",
     "Director of Public Health, Sallowfield County Council", "6.4",
     ["National Diabetes Prevention Programme: first cohort referred – Qtr 3 2016/17",
      "Workplace health charter launched with 40 employers – April 2017",
      "Alcohol care teams at both acute sites – Qtr 2 2017/18",
      "Smoke-free hospital and mental health sites – 31 March 2018"],
     "Help people stay well for longer: fewer people smoking, drinking harmfully or developing type 2 "
     "diabetes, led with our two councils."),
    ("INC", "Integrated Neighbourhood Care", "Neighbourhoods", "Gareth Pallister",
     "Chief Officer, NHS Haldenmoor CCG", "18.9",
     ["12 neighbourhood teams mobilised – 31 March 2017",
      "Single point of access live – Qtr 1 2017/18",
      "Enhanced health support in every care home – December 2017",
      "GP extended access 8am–8pm, seven days – March 2019"],
     "Twelve neighbourhood teams of GPs, community nurses, therapists, social workers and mental health "
     "workers, each serving 30,000 to 70,000 people, caring for people at home rather than in hospital."),
    ("UEC", "Urgent and Emergency Care Network", "Urgent Care", "Bronwen Achterberg",
     "Chief Operating Officer, Cressbrook and Ryllington Hospitals NHS Trust", "11.2",
     ["Ambulance handover 'fit to sit' at both emergency departments – September 2016 (complete)",
      "NHS 111 clinical hub live – 1 April 2017",
      "Cressbrook urgent treatment centre opens – Qtr 4 2016/17",
      "Hear and treat / see and treat with the ambulance service – Qtr 3 2017/18"],
     "One network for urgent care across the footprint, so that people are seen in the right place first time "
     "and the emergency departments treat only those who need them."),
    ("ELC", "Elective Care Redesign", "Planned Care", "Anselm Trevithick",
     "Director of Strategy, Haldenmoor Teaching Hospitals NHS Foundation Trust", "14.7",
     ["Procedures of limited clinical value policy aligned across the three CCGs – November 2016",
      "MSK triage service footprint-wide – 1 July 2017",
      "Single ophthalmology service – Qtr 3 2017/18",
      "Outpatient follow-ups reduced by 20% – March 2019"],
     "Planned care that is consistent across the footprint: the same referral rules, triage before a hospital "
     "appointment and fewer follow-ups that add little."),
    ("ASR", "Acute Services Review", "Acute Collaboration", "Margery Thistlewood",
     "Chief Executive, Haldenmoor Teaching Hospitals NHS Foundation Trust", "9.8",
     ["Case for change published – December 2016",
      "Pathology network go-live – October 2017",
      "Public consultation on stroke and vascular services – time frame as yet unknown",
      "Single paediatric rota across both acute sites – Qtr 4 2017/18"],
     "Our two acute providers working as one system: shared clinical services and networks where a single "
     "service is safer than two."),
    ("MHT", "Mental Health Transformation", "Mental Health", "Dr Nadia Kowalczyk",
     "Medical Director, Wyvernside Community and Mental Health NHS Trust", "4.3",
     ["Perinatal community mental health team in place – January 2017",
      "Core 24 liaison psychiatry at Haldenmoor General Hospital – Qtr 1 2017/18",
      "Out-of-area acute placements ended – 31 March 2018"],
     "Parity of esteem: mental health care available around the clock in both hospitals, closer to home and "
     "without people being sent out of the area for a bed."),
    ("SEE", "System Efficiency and Estates", "Back Office & Estates", "Priyanka Dunmore",
     "Director of Finance, NHS Cressbrook Valley CCG", "12.6",
     ["Estates strategy submitted to NHS England – 31 January 2017",
      "Shared back office business case to the Partnership Board – February 2017",
      "Joint estates company established – Qtr 2 2017/18",
      "Single procurement function for the footprint – April 2018"],
     "Taking cost out of how we run: one back office, one procurement function and an estate that is smaller, "
     "better used and fit for modern care."),
]

PLACES = [("Haldenmoor", "NHS Haldenmoor CCG", "356,200", "52"),
          ("Cressbrook Valley", "NHS Cressbrook Valley CCG", "241,700", "38"),
          ("Ryllington and Marsh", "NHS Ryllington and Marsh CCG", "188,900", "28")]

# must-do grid: ("F" full / "P" partial) per priority code
MUSTDOS = [
    ("1", "Develop a high quality and agreed STP",
     {"PaS": "F", "INC": "F", "UEC": "F", "ELC": "F", "ASR": "F", "MHT": "F", "SEE": "F"}, ""),
    ("2", "Return the system to aggregate financial balance",
     {"INC": "P", "ELC": "P", "ASR": "F", "SEE": "F"}, ""),
    ("3", "Develop and implement a local plan to address the sustainability and quality of general practice",
     {"PaS": "P", "INC": "F"}, "GP Forward View plan, Dec 2016"),
    ("4", "Get back on track with access standards for A&E and ambulance waits",
     {"INC": "P", "UEC": "F", "MHT": "P"}, ""),
    ("5", "Improvement against and maintenance of the NHS Constitution standard that more than 92% of patients "
          "on non-emergency pathways wait no more than 18 weeks from referral to treatment",
     {"ELC": "F", "ASR": "P"}, ""),
    ("6", "Deliver the NHS Constitution 62 day cancer waiting standard, including by securing adequate diagnostic "
          "capacity", {}, "Delivered through the Cancer Alliance plan"),
    ("7", "Achieve and maintain the two new mental health access standards",
     {"PaS": "P", "MHT": "F"}, ""),
    ("8", "Deliver actions set out in local plans to transform care for people with learning disabilities",
     {}, "Delivered through the Transforming Care Partnership plan"),
    ("9", "Develop and implement an affordable plan to make improvements in quality, particularly for organisations "
          "in special measures", {"UEC": "P", "ASR": "F"}, ""),
]

GAP_ROWS = [("NHS commissioners", ["14.1", "27.3", "39.8", "51.6", "62.7"]),
            ("NHS providers", ["36.5", "70.9", "105.2", "137.4", "168.5"]),
            ("Adult social care (two councils)", ["10.6", "20.2", "31.9", "43.5", "53.4"])]
BRIDGE = [("Do-nothing gap 2020/21", "284.6"),
          ("Provider efficiencies (business as usual CIP)", "(96.8)"),
          ("Commissioner QIPP (business as usual)", "(45.5)"),
          ("STP priority initiatives (Table 3)", "(77.9)"),
          ("Sustainability and Transformation Funding", "(38.0)"),
          ("Social care precept and improved Better Care Fund", "(21.1)"),
          ("Residual gap 2020/21", "5.3")]

RISKS = [("R1", "Not enough GPs, practice nurses and community staff to staff the neighbourhood teams",
          "Yvette Mbatha-Clarke", "Red", "Local Workforce Action Board plan; new roles (physician associates, "
          "clinical pharmacists); shared recruitment campaign"),
         ("R2", "Public and political opposition to changes in acute services, delaying the Acute Services Review",
          "Rosalind Quaye", "Red", "Early engagement on the case for change; clinical leaders front the "
          "conversation; joint overview and scrutiny committee briefed monthly"),
         ("R3", "Transformation funding is not enough to cover double running costs while new services start",
          "Priyanka Dunmore", "Red", "Phased investment plan; bids to national funds; savings released only "
          "when services are proven"),
         ("R4", "Shared care record and interoperability are delayed, holding back neighbourhood working",
          "Callum Ridsdale", "Amber", "Local Digital Roadmap milestones tracked monthly; interim read-only "
          "viewer"),
         ("R5", "Fragile home care and care home market cannot absorb faster discharge",
          "Wilfred Annesley", "Amber", "Joint commissioning of home care; market position statement; trusted "
          "assessor"),
         ("R6", "Leaders lack capacity to deliver change while meeting operational standards this winter",
          "Owain Castellane", "Amber", "Programme office of 11 posts; clear SRO accountabilities; quarterly "
          "stocktake")]


# --------------------------------------------------------------------------------------------------------------
# 01 STP submission narrative (PDF, platypus)
# --------------------------------------------------------------------------------------------------------------
class Narrative(BaseDocTemplate):
    def __init__(self, path, **kw):
        super().__init__(str(path), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=70, bottomMargin=60,
                         title="Haldenmoor & Cressbrook STP submission", author="Haldenmoor & Cressbrook STP",
                         invariant=1, **kw)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("cover", [frame], onPage=self.cover_page),
                               PageTemplate("body", [frame], onPage=self.body_page)])

    @staticmethod
    def cover_page(c, doc):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, A4[1] - 250, A4[0], 250, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(0, 0, A4[0], 40, stroke=0, fill=1)
        c.restoreState()

    @staticmethod
    def body_page(c, doc):
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.grey)
        c.drawString(56, A4[1] - 40, STP)
        c.drawRightString(A4[0] - 56, A4[1] - 40, "Submission to NHS England – 21 October 2016")
        c.setStrokeColor(TEAL)
        c.line(56, A4[1] - 46, A4[0] - 56, A4[1] - 46)
        c.line(56, 44, A4[0] - 56, 44)
        c.drawString(56, 32, "OFFICIAL – published version")
        c.drawRightString(A4[0] - 56, 32, f"Page {doc.page}")
        c.restoreState()

    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and getattr(flowable, "toc_level", None) is not None:
            self.notify("TOCEntry", (flowable.toc_level, flowable.getPlainText(), self.page))


ST = {
    "body": ParagraphStyle("body", fontName="Sans", fontSize=9.6, leading=13.4, spaceAfter=6),
    "num": ParagraphStyle("num", fontName="Sans", fontSize=9.6, leading=13.4, spaceAfter=6, leftIndent=30,
                          firstLineIndent=-30),
    "h1": ParagraphStyle("h1", fontName="Sans-B", fontSize=15, leading=19, textColor=NAVY, spaceBefore=6,
                         spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="Sans-B", fontSize=11, leading=14, textColor=TEAL, spaceBefore=8,
                         spaceAfter=5),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=8.2, leading=10.4),
    "cellb": ParagraphStyle("cellb", fontName="Sans-B", fontSize=8.2, leading=10.4),
    "head": ParagraphStyle("head", fontName="Sans-B", fontSize=8.2, leading=10.4, textColor=colors.white),
    "cap": ParagraphStyle("cap", fontName="Sans-B", fontSize=8.6, leading=11, textColor=NAVY, spaceBefore=4,
                          spaceAfter=4),
    "note": ParagraphStyle("note", fontName="Sans-I", fontSize=7.8, leading=10, spaceAfter=6),
    "bullet": ParagraphStyle("bullet", fontName="Sans", fontSize=9.6, leading=13.4, leftIndent=44,
                             bulletIndent=32, spaceAfter=2),
}


def esc(text):
    """Escape a bare ampersand for reportlab's paragraph markup (entities and tags left alone)."""
    return re.sub(r"&(?!amp;|nbsp;|lt;|gt;)", "&amp;", text)


def H1(text):
    p = Paragraph(text, ST["h1"])
    p.toc_level = 0
    return p


def H2(text):
    return Paragraph(text, ST["h2"])


def P(text):
    return Paragraph(esc(text), ST["body"])


def N(num, text):
    return Paragraph(f"{num}&nbsp;&nbsp;&nbsp;{esc(text)}", ST["num"])


def B(text):
    return Paragraph(esc(text), ST["bullet"], bulletText="•")


def grid_style(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F8C99")),
                       ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                       *extra])


def narrative(path: Path) -> None:
    doc = Narrative(path)
    s = []
    # ---- cover
    s += [Spacer(1, 40),
          Paragraph("<font color='white'>Haldenmoor &amp; Cressbrook</font>",
                    ParagraphStyle("c1", fontName="Sans-B", fontSize=26, leading=32)),
          Paragraph("<font color='white'>Sustainability and Transformation Plan</font>",
                    ParagraphStyle("c2", fontName="Sans", fontSize=18, leading=24)),
          Spacer(1, 14),
          Paragraph("<font color='white'>Well at home, well in our communities</font>",
                    ParagraphStyle("c3", fontName="Sans-I", fontSize=12, leading=16)),
          Spacer(1, 150),
          Paragraph("Submission to NHS England and NHS Improvement", ParagraphStyle(
              "c4", fontName="Sans-B", fontSize=12, leading=16, textColor=NAVY)),
          Paragraph("21 October 2016", ParagraphStyle("c5", fontName="Sans", fontSize=12, leading=16)),
          Spacer(1, 30),
          Paragraph("A partnership of NHS Haldenmoor CCG, NHS Cressbrook Valley CCG, NHS Ryllington and Marsh CCG, "
                    "Haldenmoor Teaching Hospitals NHS Foundation Trust, Cressbrook and Ryllington Hospitals NHS "
                    "Trust, Wyvernside Community and Mental Health NHS Trust, Sallowfield County Council and "
                    "Haldenmoor City Council, with the Northmarch Ambulance Service NHS Trust.", ST["body"]),
          NextPageTemplate("body"), PageBreak()]
    # ---- contents
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc0", fontName="Sans", fontSize=10.5, leading=17, leftIndent=10)]
    toc.dotsMinLevel = 0
    s += [Paragraph("Contents", ST["h1"]), toc, PageBreak()]

    # ---- executive summary
    s += [H1("Executive summary"),
          P("This is the Sustainability and Transformation Plan (STP) for Haldenmoor and Cressbrook. It is our "
            "shared plan, agreed by the eight statutory organisations that make up the footprint, for how health "
            "and care will change between now and March 2021. It builds on the draft we submitted at the end of "
            "June 2016 and on the feedback from the July checkpoint conversation."),
          P("We serve a registered population of 786,800 people across three places: Haldenmoor, Cressbrook "
            "Valley and Ryllington and Marsh. Our population is ageing faster than England's: the number of "
            "people aged over 65 is expected to grow by 21% by 2021. Life expectancy between our most and least "
            "deprived wards differs by 9.4 years."),
          P("If we do nothing, the health and care system will have a financial gap of £284.6m by 2020/21. "
            "Business as usual efficiencies close half of that. Our seven priorities, described in Chapter 3, "
            "are planned to deliver £77.9m of recurrent savings, and with the Sustainability and Transformation "
            "Funding we expect and the social care measures our councils have agreed, the residual gap in "
            "2020/21 is £5.3m, which we are committed to closing in the next iteration of the plan."),
          P("Our seven priorities are:"),
          *[B(f"{name} ({code})") for code, name, *_ in PRIORITIES],
          P("They are supported by four enabling programmes: digital (our Local Digital Roadmap), workforce, "
            "estates and communications and engagement. Chapter 4 shows how the priorities address the nine "
            "national must dos of the 2016/17 planning guidance, and where a must do is delivered through a "
            "separate plan. Chapter 6 sets out how we will govern delivery, Chapter 7 the finances and Chapter 8 "
            "the risks."),
          P("Margery Thistlewood, Chief Executive of Haldenmoor Teaching Hospitals NHS Foundation Trust, leads "
            "the STP on behalf of the partners. The plan has been discussed by every partner board and governing "
            "body in public during September and October 2016."),
          PageBreak()]

    # ---- chapter 1
    s += [H1("1. Our footprint and the case for change"),
          H2("Our footprint"),
          N("1.1", "The Haldenmoor and Cressbrook footprint stretches from the city of Haldenmoor in the north, "
                   "through the market towns of the Cressbrook valley, to the coastal communities of Ryllington "
                   "and the Marsh. It has three clinical commissioning groups, two acute hospital trusts, one "
                   "community and mental health trust, two upper tier councils and 118 GP practices."),
          N("1.2", "Table 1 shows the three places that make up the footprint. Each place has its own health "
                   "and wellbeing board and its own local delivery arrangements, and most of the neighbourhood "
                   "work described in this plan will be planned place by place."),
          Paragraph("Table 1: Our places", ST["cap"]),
          Table([[Paragraph(h, ST["head"]) for h in ("Place", "Clinical commissioning group",
                                                      "Registered population", "GP practices")]]
                + [[Paragraph(c, ST["cell"]) for c in row] for row in PLACES]
                + [[Paragraph("Footprint", ST["cellb"]), Paragraph("", ST["cell"]), Paragraph("786,800", ST["cellb"]),
                    Paragraph("118", ST["cellb"])]],
                colWidths=[110, 170, 110, 80], style=grid_style(), hAlign="LEFT"),
          Spacer(1, 8),
          H2("The health and wellbeing gap"),
          N("1.3", "Too many of our people live with preventable illness. Smoking prevalence is 19.8% against "
                   "15.5% for England; 68% of adults in Ryllington and Marsh are overweight or obese; and hospital "
                   "admissions for alcohol-related conditions are a third higher than the national rate. The gap "
                   "in life expectancy between our most and least deprived wards is 9.4 years for men."),
          N("1.4", "Our population is ageing. By 2021 the number of people aged over 65 is expected to grow by "
                   "21%, and the number aged over 85 by 29%. More people will live with two or more long-term "
                   "conditions, and they account already for half of GP appointments and two thirds of hospital "
                   "bed days."),
          H2("The care and quality gap"),
          N("1.5", "Both emergency departments missed the four-hour standard in every month of 2015/16. "
                   "Cressbrook and Ryllington Hospitals NHS Trust was rated 'requires improvement' by the Care "
                   "Quality Commission in March 2016 and is receiving support from NHS Improvement. Around 140 "
                   "people a day are in an acute bed when they no longer need to be there."),
          N("1.6", "General practice is under strain: 14 practices have a GP vacancy they have been unable to "
                   "fill for more than six months, and a quarter of our GPs are aged over 55. Mental health "
                   "patients are still sent out of the area for an acute bed, on average 23 people at any time."),
          N("1.7", "Services are duplicated across our two acute providers. Seven specialties are run on two "
                   "sites with rotas that cannot be sustained, and both trusts run their own pathology, "
                   "procurement and back office functions."),
          H2("The finance and efficiency gap"),
          N("1.8", "If nothing changes, the gap between the money available and the cost of meeting demand will "
                   "grow to £284.6m by 2020/21 across the NHS and adult social care. Chapter 7 shows how that gap "
                   "builds up year by year and how we will close it."),
          PageBreak()]

    # ---- chapter 2
    s += [H1("2. Our vision and priorities"),
          N("2.1", "Our vision is simple: <i>well at home, well in our communities</i>. People will be supported "
                   "to stay well, will be cared for at home or close to it whenever that is safe, and will go to "
                   "hospital only when they need specialist care that cannot be given anywhere else."),
          N("2.2", "To deliver that vision we have agreed seven priorities. Each has a Senior Responsible Owner "
                   "(SRO) drawn from the partner organisations, a programme lead and a clinical lead, and each "
                   "reports monthly to the System Delivery Board described in Chapter 6."),
          *[B(f"<b>{name} ({code})</b> – {ambition}") for code, name, _s, _o, _t, _m, _ms, ambition in PRIORITIES],
          N("2.3", "The priorities are supported by four enabling programmes: digital, workforce, estates and "
                   "communications and engagement (Chapter 5). Estates is delivered as part of the System "
                   "Efficiency and Estates priority."),
          N("2.4", "We have deliberately not created a separate priority for cancer or for learning disabilities. "
                   "Cancer services are being planned across a wider geography by the Cancer Alliance we share "
                   "with our neighbours, and the Transforming Care Partnership has its own plan for people with "
                   "learning disabilities. Both plans are aligned with this one, as Chapter 4 shows."),
          N("2.5", "The plan has been shaped by over 2,400 conversations with local people during the summer. "
                   "People told us they want to tell their story once, to get help quickly when they need it, "
                   "and to be treated close to home. Those messages run through every priority."),
          N("2.6", "We recognise that some of the changes we describe, in particular to acute services, will "
                   "need formal public consultation before any decision is taken. Nothing in this plan pre-empts "
                   "the outcome of a consultation."),
          PageBreak()]

    # ---- chapter 3: the priority initiatives table
    s += [H1("3. Our priority initiatives"),
          N("3.1", "Table 3 lists our seven priority initiatives with their Senior Responsible Owner, the key "
                   "milestones we have committed to and the recurrent savings each is planned to deliver by "
                   "2020/21. Milestone dates use NHS financial years (April to March); 'Qtr 1' is April to June."),
          N("3.2", "The milestones were agreed by the SROs in September 2016. They will be refreshed as detailed "
                   "delivery plans are completed and tracked monthly by the programme management office."),
          Paragraph("Table 3: Priority initiatives", ST["cap"])]
    rows = [[Paragraph(h, ST["head"]) for h in ("Initiative", "Senior Responsible Owner", "Key milestones",
                                                 "Savings £m 2020/21")]]
    for code, name, _short, sro, title, saving, milestones, _amb in PRIORITIES:
        rows.append([Paragraph(f"<b>{name} ({code})</b>", ST["cell"]),
                     Paragraph(f"{sro}<br/><i>{title}</i>", ST["cell"]),
                     Paragraph("<br/>".join(f"• {m}" for m in milestones), ST["cell"]),
                     Paragraph(saving, ST["cell"])])
    rows.append([Paragraph("<b>Total</b>", ST["cell"]), "", "", Paragraph("<b>77.9</b>", ST["cell"])])
    s += [Table(rows, colWidths=[98, 118, 202, 66], repeatRows=1, hAlign="LEFT",
                style=grid_style([("BACKGROUND", (0, -1), (-1, -1), PALE)])),
          Spacer(1, 8),
          H2("Leading the priorities"),
          N("3.3", "The Integrated Neighbourhood Care programme will be led day to day by Harriet Ogunleye-Marsh, "
                   "Director of Transformation at NHS Haldenmoor CCG, as Programme Lead, reporting to the SRO. Dr "
                   "Ines Marwood, a GP in Cressbrook, is its clinical lead."),
          N("3.4", "Clinical leadership for the Urgent and Emergency Care Network comes from Dr Kasimir Vell, "
                   "consultant in emergency medicine at Haldenmoor General Hospital, who also chairs the A&E "
                   "Delivery Board for the footprint."),
          N("3.5", "The Acute Services Review is overseen by the chief executives of both acute trusts. Its "
                   "clinical work is led by Mr Rhodri Estcourt, Medical Director of Cressbrook and Ryllington "
                   "Hospitals NHS Trust, who chairs the review's clinical design group."),
          N("3.6", "Prevention at Scale is led jointly with our councils. Its programme lead is Leontyne Sowerby, "
                   "Consultant in Public Health at Haldenmoor City Council."),
          N("3.7", "Mental Health Transformation works closely with the Urgent and Emergency Care Network on "
                   "crisis care and liaison psychiatry, and with Integrated Neighbourhood Care on talking therapies "
                   "for people with long-term conditions."),
          N("3.8", "Each SRO has signed a one-page mandate setting out the scope, savings and milestones above. "
                   "Where a programme needs investment before savings are released, the case is taken to the "
                   "Finance and Estates Group before the Partnership Board."),
          N("3.9", "Elective Care Redesign will start with musculoskeletal services and ophthalmology, where "
                   "variation between our three CCGs is widest. Referral rates for hip and knee procedures differ "
                   "by 38% between places, and the procedures of limited clinical value policies of the three CCGs "
                   "currently differ on 17 procedures."),
          PageBreak()]

    # ---- chapter 4: nine must dos
    codes = [p[0] for p in PRIORITIES]
    mark = {"F": "✓", "P": "◐", None: ""}
    head = [Paragraph("National must do (2016/17 planning guidance)", ST["head"])] + \
           [Paragraph(c, ST["head"]) for c in codes] + [Paragraph("Note", ST["head"])]
    grid = [head]
    for num, text, cover, note in MUSTDOS:
        grid.append([Paragraph(esc(f"{num}. {text}"), ST["cell"])] + [mark[cover.get(c)] for c in codes]
                    + [Paragraph(note, ST["note"])])
    s += [H1("4. How our plan addresses the nine must dos"),
          N("4.1", "The 2016/17 planning guidance set nine must dos for every footprint. Table 4 shows how each "
                   "of our seven priorities contributes to them. A tick means the priority makes a major "
                   "contribution to the must do; a half-filled circle means a partial contribution; a blank cell "
                   "means no material contribution."),
          Paragraph("Table 4: How our plan addresses the nine must dos", ST["cap"]),
          Table(grid, colWidths=[170] + [33] * 7 + [82], hAlign="LEFT",
                style=grid_style([("ALIGN", (1, 1), (7, -1), "CENTER"), ("FONTNAME", (1, 1), (7, -1), "Sans"),
                                  ("FONTSIZE", (1, 1), (7, -1), 11), ("VALIGN", (1, 1), (7, -1), "MIDDLE")])),
          Spacer(1, 4),
          Paragraph("Key: ✓ major contribution&nbsp;&nbsp;&nbsp;◐ partial contribution&nbsp;&nbsp;&nbsp;(blank) no "
                    "material contribution. Priority codes as in Table 3.", ST["note"]),
          N("4.2", "Two must dos are not addressed by any of our local priorities. The cancer waiting standard is "
                   "delivered through the Cancer Alliance plan, and transforming care for people with learning "
                   "disabilities through the Transforming Care Partnership plan. Both report to the Partnership "
                   "Board twice a year."),
          N("4.3", "The general practice must do is also covered by our General Practice Forward View plan, "
                   "which the three CCGs will submit in December 2016."),
          PageBreak()]

    # ---- chapter 5: enablers
    s += [H1("5. Enabling our plan"),
          H2("Digital"),
          N("5.1", "Our Local Digital Roadmap was submitted in June 2016. It is led by Callum Ridsdale, Chief "
                   "Information Officer at Haldenmoor Teaching Hospitals NHS Foundation Trust, and will give every "
                   "neighbourhood team a shared care record by March 2018."),
          H2("Workforce"),
          N("5.2", "The Local Workforce Action Board, chaired by Yvette Mbatha-Clarke, Director of Workforce at "
                   "Wyvernside Community and Mental Health NHS Trust, leads our workforce plan. Its first task is a "
                   "shared recruitment campaign for GPs and community nurses in spring 2017."),
          H2("Estates"),
          N("5.3", "Estates is part of the System Efficiency and Estates priority. We will reduce the estate by 8% "
                   "by 2020/21 and release four surplus sites for housing."),
          H2("Communications and engagement"),
          N("5.4", "Rosalind Quaye, Head of Communications at NHS Cressbrook Valley CCG, leads communications and "
                   "engagement for the STP, including the public conversation on the case for change for acute "
                   "services."),
          N("5.5", "Each enabling programme has its own lead and reports to the System Delivery Board in the same "
                   "way as the priorities. The enablers do not carry savings targets of their own; their benefits "
                   "are counted in the priorities they support."),
          PageBreak()]

    # ---- chapter 6: governance (prose only)
    s += [H1("6. Governance"),
          N("6.1", "The STP is a partnership of statutory bodies, each of which keeps its own accountability. We "
                   "have agreed a memorandum of understanding that sets out how we will take decisions together."),
          N("6.2", "The STP Partnership Board is our senior decision-making forum. It is chaired by Professor "
                   "Imelda Rusbridge, our Independent Chair, and meets every two months in public. Its members are "
                   "the chief executives and accountable officers of the partner NHS organisations, the STP Lead, "
                   "the Director of Public Health and two elected members: Cllr Ambrose Penhallow, Leader of "
                   "Sallowfield County Council, and Cllr Jasmine Otterburn, Leader of Haldenmoor City Council."),
          N("6.3", "Below the Partnership Board, the System Delivery Board oversees the programmes. It is chaired "
                   "by Owain Castellane, the STP Programme Director, and brings together the seven SROs and the "
                   "enabling programme leads every month. It agrees changes to milestones and escalates to the "
                   "Partnership Board any change to scope or savings."),
          N("6.4", "The Clinical Reference Group, chaired by Dr Tobias Fenwright, Clinical Chair of NHS Ryllington "
                   "and Marsh CCG, gives clinical assurance on every proposed change of service. No proposal goes "
                   "to public consultation without its support."),
          N("6.5", "The Finance and Estates Group, led by Priyanka Dunmore, Director of Finance of NHS Cressbrook "
                   "Valley CCG and STP Finance Lead, tests every investment case and tracks savings against the "
                   "plan."),
          N("6.6", "A programme management office of eleven posts, hosted by NHS Haldenmoor CCG, supports the "
                   "programmes and produces a monthly milestone tracker for the System Delivery Board."),
          N("6.7", "Each partner board and governing body will receive a quarterly report on progress. The "
                   "health and wellbeing boards of both councils will receive the plan and a six-monthly update."),
          PageBreak()]

    # ---- chapter 7: finance
    years = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
    totals = [f"{sum(float(r[1][i]) for r in GAP_ROWS):.1f}" for i in range(5)]
    gap_tab = [[Paragraph(h, ST["head"]) for h in ["£m", *years]]] + \
              [[Paragraph(n, ST["cell"])] + v for n, v in GAP_ROWS] + \
              [[Paragraph("<b>Do-nothing gap</b>", ST["cell"])] + totals]
    bridge_tab = [[Paragraph(h, ST["head"]) for h in ("2020/21 bridge", "£m")]] + \
                 [[Paragraph(f"<b>{n}</b>" if i in (0, len(BRIDGE) - 1) else n, ST["cell"]), v]
                  for i, (n, v) in enumerate(BRIDGE)]
    s += [H1("7. Finance"),
          N("7.1", "Our financial plan has been built from the operational plans of each partner and agreed by all "
                   "eight directors of finance. Table 7a shows the do-nothing gap by year and by sector."),
          Paragraph("Table 7a: The do-nothing gap", ST["cap"]),
          Table(gap_tab, colWidths=[160, 60, 60, 60, 60, 60], hAlign="LEFT",
                style=grid_style([("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("FONTNAME", (1, 1), (-1, -1), "Sans"),
                                  ("FONTSIZE", (1, 1), (-1, -1), 8.2), ("BACKGROUND", (0, -1), (-1, -1), PALE),
                                  ("FONTNAME", (1, -1), (-1, -1), "Sans-B")])),
          Spacer(1, 6),
          N("7.2", "Table 7b shows how we will close the 2020/21 gap. Business as usual efficiencies are provider "
                   "cost improvement and commissioner QIPP schemes at the levels each organisation has delivered "
                   "in the last three years. Figures in brackets reduce the gap."),
          Paragraph("Table 7b: Closing the gap in 2020/21", ST["cap"]),
          Table(bridge_tab, colWidths=[300, 70], hAlign="LEFT",
                style=grid_style([("ALIGN", (1, 1), (1, -1), "RIGHT"), ("FONTNAME", (1, 1), (1, -1), "Sans"),
                                  ("FONTSIZE", (1, 1), (1, -1), 8.2), ("BACKGROUND", (0, -1), (-1, -1), PALE),
                                  ("BACKGROUND", (0, 1), (-1, 1), PALE), ("FONTNAME", (1, -1), (1, -1), "Sans-B"),
                                  ("FONTNAME", (1, 1), (1, 1), "Sans-B")])),
          Spacer(1, 6),
          N("7.3", "We have assumed £38.0m of Sustainability and Transformation Funding by 2020/21, in line with "
                   "the footprint's fair share of the national fund. The residual gap of £5.3m falls in adult "
                   "social care; the councils and the CCGs will close it through the Better Care Fund plans for "
                   "2017-19."),
          N("7.4", "Delivering the plan needs £41.5m of transformation investment over four years, of which £12.3m "
                   "is capital for the urgent treatment centre, the neighbourhood hubs and the shared care record."),
          PageBreak()]

    # ---- chapter 8: risks
    risk_rows = [[Paragraph(h, ST["head"]) for h in ("Ref", "Risk", "Owner", "Rating", "Mitigation")]] + \
                [[Paragraph(r[0], ST["cell"]), Paragraph(r[1], ST["cell"]), Paragraph(r[2], ST["cell"]),
                  Paragraph(r[3], ST["cell"]), Paragraph(r[4], ST["cell"])] for r in RISKS]
    s += [H1("8. Risks"),
          N("8.1", "The System Delivery Board keeps a single risk register for the plan. Table 8 shows the "
                   "principal risks, each with an owner. Ratings are after mitigation."),
          Paragraph("Table 8: Principal risks", ST["cap"]),
          Table(risk_rows, colWidths=[28, 148, 80, 48, 179], repeatRows=1, hAlign="LEFT",
                style=grid_style([("BACKGROUND", (3, i), (3, i), colors.HexColor("#F4C7C3" if r[3] == "Red"
                                                                                  else "#FCE8B2"))
                                  for i, r in enumerate(RISKS, 1)])),
          Spacer(1, 6),
          N("8.2", "Risks rated red are reported to every meeting of the Partnership Board."),
          PageBreak()]

    # ---- chapter 9: engagement and next steps
    s += [H1("9. Engagement and next steps"),
          N("9.1", "Between November 2016 and January 2017 we will hold public events in each of our three places to "
                   "talk about this plan, starting in Ryllington on 15 November 2016."),
          N("9.2", "The partners' two-year operational plans for 2017-19 will be submitted on 23 December 2016 and "
                   "will be consistent with this plan."),
          N("9.3", "The case for change for acute services will be published in December 2016. Any proposal that "
                   "needs formal consultation will go through the NHS England assurance process first."),
          N("9.4", "The System Delivery Board will publish a delivery plan on a page for each priority in January "
                   "2017, and the programme management office will issue the first monthly milestone tracker at "
                   "the same time."),
          PageBreak(),
          H1("Appendix A: Glossary"),
          *[P(f"<b>{a}</b> – {b}") for a, b in [
              ("ASR", "Acute Services Review"), ("CIP", "cost improvement programme"),
              ("ELC", "Elective Care Redesign"), ("INC", "Integrated Neighbourhood Care"),
              ("MHT", "Mental Health Transformation"), ("MSK", "musculoskeletal"), ("PaS", "Prevention at Scale"),
              ("QIPP", "quality, innovation, productivity and prevention"),
              ("SEE", "System Efficiency and Estates"), ("SRO", "Senior Responsible Owner"),
              ("UEC", "Urgent and Emergency Care Network")]]]
    doc.multiBuild(s)


# --------------------------------------------------------------------------------------------------------------
# 02 Delivery plans on a page (PDF exported from slides, canvas)
# --------------------------------------------------------------------------------------------------------------
SW, SH = 960, 540
T0 = date(2016, 10, 1)


def month_x(d: date, x0: float, x1: float) -> float:
    months = (d.year - T0.year) * 12 + d.month - T0.month + (d.day - 1) / 31
    return x0 + (x1 - x0) * months / 30  # Oct 2016 .. Mar 2019


SLIDES = {
    # short name -> owner box lines, milestones [(anchor date, label date, text, revised?)], savings, must dos
    "PaS": (["SRO: Dr Halima Brereton (DPH, Sallowfield CC)", "Programme lead: Leontyne Sowerby",
             "Clinical lead: Dr Osian Marchbank"],
            [(date(2016, 11, 15), "Q3 16/17", "NDPP first cohort referred", False),
             (date(2017, 4, 15), "Apr 17", "Workplace health charter (40 employers)", False),
             (date(2017, 8, 15), "Q2 17/18", "Alcohol care teams both sites", False),
             (date(2018, 3, 31), "31/03/18", "Smoke-free sites", False)]),
    "INC": (["SRO: Gareth Pallister (Chief Officer, Haldenmoor CCG)",
             "Programme lead: Harriet Ogunleye-Marsh", "Clinical lead: Dr Ines Marwood"],
            [(date(2017, 3, 31), "31/03/17", "12 neighbourhood teams mobilised", False),
             (date(2017, 5, 15), "Q1 17/18", "Single point of access live", False),
             (date(2017, 12, 15), "Dec 17", "Enhanced health in care homes", False),
             (date(2019, 3, 15), "Mar 19", "GP extended access 8–8, 7 days", False)]),
    "UEC": (["SRO: Bronwen Achterberg (COO, CRH)", "Programme lead: Tamsin Vardy",
             "Clinical lead: Dr Kasimir Vell"],
            [(date(2016, 9, 30), "Sep 16", "Fit to sit – complete", False),
             (date(2017, 4, 1), "01/04/17", "NHS 111 clinical hub live", False),
             (date(2017, 6, 30), "30/06/17", "Cressbrook UTC opens ◆", True),
             (date(2017, 11, 15), "Q3 17/18", "Hear & treat / see & treat", False)]),
    "ELC": (["SRO: Corinna Blackwood-Singh (COO, HTH) – from 01/12/16", "Programme lead: Demelza Hartigan",
             "Clinical lead: Mr Faisal Underhill"],
            [(date(2016, 11, 15), "Nov 16", "PLCV policy aligned", False),
             (date(2017, 7, 1), "01/07/17", "MSK triage footprint-wide", False),
             (date(2017, 11, 15), "Q3 17/18", "Single ophthalmology service", False),
             (date(2019, 3, 15), "Mar 19", "Follow-ups down 20%", False)]),
    "ASR": (["SRO: Margery Thistlewood (CEO, HTH)", "Programme lead: Kieran Ashcombe",
             "Clinical lead: Mr Rhodri Estcourt"],
            [(date(2016, 12, 15), "Dec 16", "Case for change published", False),
             (date(2017, 10, 15), "Oct 17", "Pathology network go-live", False),
             (date(2018, 2, 15), "Q4 17/18", "Single paediatric rota", False)]),
    "MHT": (["SRO: Dr Nadia Kowalczyk (Medical Director, Wyvernside)", "Programme lead: Tomasz Greenhalgh",
             "Clinical lead: Dr Nadia Kowalczyk"],
            [(date(2017, 1, 15), "Jan 17", "Perinatal community team", False),
             (date(2017, 5, 15), "Q1 17/18", "Core 24 liaison, Haldenmoor General", False),
             (date(2018, 3, 31), "31/03/18", "No out-of-area acute placements", False)]),
    "SEE": (["SRO: Priyanka Dunmore (DoF, Cressbrook Valley CCG)", "Programme lead: Anwen Pritchard-Lyle",
             "Clinical lead: n/a"],
            [(date(2017, 1, 31), "31/01/17", "Estates strategy to NHS England", False),
             (date(2017, 2, 15), "Feb 17", "Back office business case to PB", False),
             (date(2017, 8, 15), "Q2 17/18", "Joint estates company", False),
             (date(2018, 4, 15), "Apr 18", "Single procurement function", False)]),
}


def wrap_box(c, x, y, w, h, title, lines, fill=PALE, size=11):
    c.setFillColor(fill)
    c.setStrokeColor(NAVY)
    c.roundRect(x, y, w, h, 6, stroke=1, fill=1)
    c.setFillColor(NAVY)
    c.setFont("Sans-B", size + 1)
    c.drawString(x + 10, y + h - 20, title)
    c.setFillColor(colors.black)
    c.setFont("Sans", size)
    yy = y + h - 38
    for line in lines:
        for part in simpleSplit(line, "Sans", size, w - 20):
            c.drawString(x + 10, yy, part)
            yy -= size + 4


def slide_frame(c, n, title, subtitle=None):
    c.setFillColor(NAVY)
    c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 24)
    c.drawString(30, SH - 45, title)
    if subtitle:
        c.setFont("Sans", 11)
        c.drawString(30, SH - 63, subtitle)
    c.setFillColor(colors.grey)
    c.setFont("Sans", 8)
    c.drawString(30, 14, "Haldenmoor & Cressbrook STP · Delivery plans on a page · v0.4 · 16 January 2017")
    c.drawRightString(SW - 30, 14, str(n))


def delivery_slides(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(SW, SH), invariant=1)
    c.setTitle("Delivery plans on a page v0.4")
    # slide 1: title
    c.setFillColor(NAVY)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 34)
    c.drawString(60, 330, "Delivery plans on a page")
    c.setFont("Sans", 18)
    c.drawString(60, 295, "Haldenmoor & Cressbrook STP – our seven priorities")
    c.setFont("Sans", 13)
    c.drawString(60, 250, "System Delivery Board, 16 January 2017 · version 0.4")
    c.drawString(60, 230, "Supersedes the milestones in Table 3 of the October 2016 submission where they differ")
    c.showPage()
    # slide 2: at a glance
    slide_frame(c, 2, "Our priorities at a glance")
    c.setFont("Sans-B", 11)
    heads = ["Workstream", "Code", "SRO", "Savings 20/21"]
    xs = [40, 250, 330, 760]
    y = SH - 110
    for x, h in zip(xs, heads):
        c.drawString(x, y, h)
    c.line(35, y - 6, SW - 35, y - 6)
    c.setFont("Sans", 11)
    for code, _name, short, *_rest in PRIORITIES:
        y -= 30
        sro = SLIDES[code][0][0].split(":", 1)[1].split("(")[0].strip()
        saving = next(p[5] for p in PRIORITIES if p[0] == code)
        for x, v in zip(xs, [short, code, sro, f"£{saving}m"]):
            c.drawString(x, y, v)
    c.setFont("Sans-I", 10)
    c.drawString(40, y - 40, "Enablers: Digital (LDR) · Workforce (LWAB) · Estates (within Back Office & Estates) · "
                             "Communications & engagement")
    c.showPage()
    # one slide per workstream
    for n, (code, name, short, _sro, _t, saving, _ms, ambition) in enumerate(PRIORITIES, 3):
        owners, miles = SLIDES[code]
        slide_frame(c, n, f"{short} – delivery plan on a page", f"{name} ({code})")
        wrap_box(c, 30, 300, 520, 150, "Our ambition", [ambition])
        wrap_box(c, 570, 300, 360, 150, "Who", owners, fill=colors.HexColor("#FFF6DA"))
        # timeline
        x0, x1, ya = 60, 900, 170
        c.setStrokeColor(NAVY)
        c.setLineWidth(2)
        c.line(x0, ya, x1, ya)
        c.setLineWidth(1)
        c.setFont("Sans", 8)
        c.setFillColor(colors.grey)
        for y_, label in [(2016, "16/17"), (2017, "17/18"), (2018, "18/19")]:
            xa = month_x(date(y_, 4, 1), x0, x1)
            c.line(xa, ya - 6, xa, ya + 6)
            c.drawString(xa + 3, ya - 16, f"Apr {str(y_)[2:]} ({label})")
        c.setFillColor(NAVY)
        c.setFont("Sans-B", 11)
        c.drawString(30, 270, "Key milestones")
        for i, (d, label, text, revised) in enumerate(miles):
            x = max(x0, month_x(d, x0, x1))
            up = i % 2 == 0
            c.setFillColor(colors.white if revised else TEAL)
            c.setStrokeColor(TEAL)
            p = c.beginPath()
            p.moveTo(x, ya + 7)
            p.lineTo(x + 7, ya)
            p.lineTo(x, ya - 7)
            p.lineTo(x - 7, ya)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            c.setFillColor(colors.black)
            ty = ya + 40 if up else ya - 40
            c.setFont("Sans-B", 10)
            c.drawCentredString(min(max(x, 90), SW - 90), ty, label)
            c.setFont("Sans", 9)
            c.drawCentredString(min(max(x, 90), SW - 90), ty - 12, text)
        wrap_box(c, 30, 40, 300, 60, f"Savings 2020/21: £{saving}m", [], fill=colors.HexColor("#E3F1EC"))
        if any(m[3] for m in miles):
            c.setFont("Sans-I", 9)
            c.drawString(360, 60, "◆ Revised date agreed by System Delivery Board 12/01/2017 (was Qtr 4 2016/17 "
                                  "in the STP submission): estates works")
        if code == "ELC":
            c.setFont("Sans-I", 9)
            c.drawString(360, 60, "SRO changed 01/12/2016 (previously Anselm Trevithick, Director of Strategy, HTH)")
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------------------
# 03 PMO milestone tracker (Excel) with a dated running update log in one cell
# --------------------------------------------------------------------------------------------------------------
TRACKER = [
    # ref, workstream, milestone, owner, baseline, forecast, RAG, update log (newest first)
    ("PAS-01", "Prevention", "NDPP first cohort referred", "Leontyne Sowerby", "Q3 16/17", date(2016, 12, 9), "C",
     "09/12/16 LS: Complete – 212 people referred in first cohort."),
    ("PAS-02", "Prevention", "Workplace health charter launched", "Leontyne Sowerby", date(2017, 4, 28),
     date(2017, 4, 28), "G", "24/01/17 LS: 31 employers signed so far; launch event booked."),
    ("INC-01", "Neighbourhoods", "12 neighbourhood teams mobilised", "Harriet Ogunleye-Marsh", date(2017, 3, 31),
     date(2017, 3, 31), "A", "30/01/17 HOM: 9 of 12 teams mobilised; Marsh teams waiting on community "
                             "nursing TUPE.\n05/12/16 HOM: 5 teams live."),
    ("INC-02", "Neighbourhoods", "Single point of access live", "Harriet Ogunleye-Marsh", "Q1 17/18", "Q1 17/18",
     "G", "16/01/17 PMO: Telephony specification agreed."),
    ("UEC-01", "Urgent Care", "NHS 111 clinical hub live", "Dr Kasimir Vell", date(2017, 4, 1), date(2017, 4, 1),
     "G", "27/01/17 KV: Contract signed with Northmarch Ambulance Service; recruitment of 14 clinicians "
          "under way."),
    ("UEC-02", "Urgent Care", "Cressbrook urgent treatment centre opens", "Bronwen Achterberg", "Q4 16/17",
     date(2017, 6, 30), "A", "19/01/17 PMO: Forecast revised to 30/06/17 (System Delivery Board 12/01/17) – "
                             "estates works on the old outpatients block.\n02/12/16 BA: Contractor on site; "
                             "Q4 at risk."),
    ("ELC-01", "Planned Care", "PLCV policy aligned across three CCGs", "Corinna Blackwood-Singh",
     date(2016, 11, 30), date(2016, 11, 24), "C", "24/11/16 PMO: Policy approved by all three governing bodies."),
    ("ELC-02", "Planned Care", "MSK triage footprint-wide", "Corinna Blackwood-Singh", date(2017, 7, 1),
     date(2017, 7, 1), "G", "27/01/17 DH: Preferred provider agreed.\n05/12/16 PMO: SRO now Corinna "
                            "Blackwood-Singh from 01/12/16 (was A Trevithick)."),
    ("ASR-01", "Acute Collaboration", "Case for change published", "Kieran Ashcombe", "Dec 16", date(2016, 12, 14),
     "C", "14/12/16 KA: Published and circulated to overview and scrutiny."),
    ("ASR-02", "Acute Collaboration", "Pathology network go-live", "Dr Esther Lindqvist-Amadi", date(2017, 10, 31),
     date(2018, 4, 30), "R", "01/02/17 PMO: Forecast moved from Oct 2017 to Apr 2018 – LIMS procurement to be "
                             "re-run; System Delivery Board to note.\n13/01/17 ELA: Single LIMS bid non-compliant."),
    ("ASR-03", "Acute Collaboration", "Public consultation on stroke and vascular", "Kieran Ashcombe",
     "time frame as yet unknown", "time frame as yet unknown", "A",
     "20/01/17 KA: Awaiting clinical senate review; no date set."),
    ("MHT-01", "Mental Health", "Perinatal community team in place", "Tomasz Greenhalgh", "Jan 17",
     date(2017, 1, 23), "C", "23/01/17 TG: Team live; first referrals received."),
    ("MHT-02", "Mental Health", "Core 24 liaison, Haldenmoor General", "Tomasz Greenhalgh", "Q1 17/18",
     "Q1 17/18", "A", "26/01/17 TG: 6 of 11 posts recruited."),
    ("SEE-01", "Back Office & Estates", "Estates strategy to NHS England", "Anwen Pritchard-Lyle",
     date(2017, 1, 31), date(2017, 1, 31), "C", "31/01/17 APL: Submitted."),
    ("SEE-02", "Back Office & Estates", "Shared back office business case to PB", "Anwen Pritchard-Lyle",
     "Feb 17", "Mar 17", "A", "02/02/17 APL: Moving to the March Partnership Board to allow legal advice on "
                              "hosting."),
]


def tracker(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Milestone tracker"
    ws["A1"] = "Haldenmoor & Cressbrook STP – PMO milestone tracker (Appendix E)"
    ws["A1"].font = Font(bold=True, size=14, color="1F3A5F")
    ws["A2"] = "Position at 03/02/2017. Baseline = STP submission of 21/10/2016. Update log: newest entry first, " \
               "initials of the person updating."
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Workstream", "Milestone", "Milestone owner", "Baseline", "Forecast", "RAG", "Update log"]
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3A5F")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rag_fill = {"C": "BDD7EE", "G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    for r, row in enumerate(TRACKER, 5):
        for i, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=rag_fill[row[6]])
    for col, w in zip("ABCDEFGH", [9, 18, 34, 24, 14, 14, 6, 70]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    key = wb.create_sheet("Key")
    for r, (a, b) in enumerate([("RAG", "Meaning"), ("C", "Complete"), ("G", "On track for forecast date"),
                                ("A", "At risk or forecast later than baseline"),
                                ("R", "Will miss baseline by more than three months"),
                                ("Baseline", "Date in the STP submission (21/10/2016)"),
                                ("Forecast", "Latest date agreed by the System Delivery Board")], 1):
        key.cell(row=r, column=1, value=a).font = Font(bold=(r == 1))
        key.cell(row=r, column=2, value=b).font = Font(bold=(r == 1))
    key.column_dimensions["B"].width = 50
    wb.properties.creator = "STP PMO"
    wb.properties.title = "PMO milestone tracker"
    wb.save(str(path))


# --------------------------------------------------------------------------------------------------------------
# 04 Partnership Board minute extract (plain text)
# --------------------------------------------------------------------------------------------------------------
MINUTE = """HALDENMOOR & CRESSBROOK STP PARTNERSHIP BOARD
Extract from the minutes of the meeting held in public on Thursday 9 February 2017,
Council Chamber, Sallowfield County Hall

Present: Professor Imelda Rusbridge (Independent Chair), Margery Thistlewood (STP Lead),
Gareth Pallister, Shona Vickerstaff, Dr Tobias Fenwright, Priyanka Dunmore, Dr Halima Brereton,
Cllr Ambrose Penhallow, Cllr Jasmine Otterburn
In attendance: Owain Castellane (STP Programme Director), Rosalind Quaye

PB/17/08  Mental Health Transformation - Senior Responsible Owner
The Chair reported that Dr Nadia Kowalczyk had asked to step back from the SRO role so
that she could focus on clinical leadership of the programme. The Board approved the
appointment of Ffion Abernethy-Rowe, Director of Nursing and Quality at Wyvernside
Community and Mental Health NHS Trust, as SRO for Mental Health Transformation with
effect from 1 March 2017. Dr Kowalczyk will remain the programme's clinical lead.

PB/17/09  Delivery plans on a page and milestone tracker
Owain Castellane presented the delivery plans on a page (v0.4) and the PMO tracker.
The Board noted:
  (a) the revised opening date for the Cressbrook urgent treatment centre of 30 June
      2017, agreed by the System Delivery Board on 12 January 2017;
  (b) that the pathology network go-live is now forecast for April 2018 and asked for a
      recovery plan at the next meeting;
  (c) that the shared back office business case will come to the March meeting.

PB/17/10  Date of next meeting
Thursday 9 March 2017, 2pm, Ryllington Civic Centre.
"""


def fix_zip(path: Path, stamp: str) -> None:
    """Same bytes every run: pin the core.xml timestamps and give every zip entry one fixed time."""
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            info = zipfile.ZipInfo(name, date_time=(2017, 2, 3, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    narrative(OUT / "01_HC_STP_Submission_21Oct2016.pdf")
    delivery_slides(OUT / "02_HC_STP_Delivery_Plans_on_a_Page_v0.4_Jan2017.pdf")
    tracker(OUT / "03_HC_STP_Appendix_E_PMO_Milestone_Tracker_03Feb2017.xlsx")
    fix_zip(OUT / "03_HC_STP_Appendix_E_PMO_Milestone_Tracker_03Feb2017.xlsx", "2017-02-03T12:00:00Z")
    (OUT / "04_HC_STP_Partnership_Board_Minute_Extract_09Feb2017.txt").write_text(MINUTE)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
