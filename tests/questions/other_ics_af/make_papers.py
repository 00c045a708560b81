"""Write the Yarrowdene & Skelbrook STP papers (thirty-second imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan, oldest first:
  01 programme overview slides (PowerPoint, 14 November 2016): no tables at all; one slide per programme whose
     title is the programme, whose SRO and clinical lead sit only in the slide's subtitle placeholder, and whose
     body is bullet lists (what we will do, key milestones, savings); a footprint slide, enablers, governance;
  02 NHS England regional assurance feedback letter (PDF, 22 December 2016): a drawn letterhead, then must-do by
     must-do in prose paragraphs (assured / partly assured / gaps, what to resubmit by when), a signature block;
  03 Programme Board pack (PDF, 9 February 2017): running header and footer, a cover with an agenda table, the
     response to the letter, a Gantt-style ruled plan summary (initiatives and leads down; Q4 16/17, the months of
     2017/18 and the quarters of 2018/19 across; shaded mobilisation cells, 'x' delivery cells, milestones as
     named "◆" markers in their period's cell, a legend under it) that runs over two pages, and a finance page;
  04 must-do coverage by place (Excel, 17 February 2017): must-dos as rows, the four places as columns, ✓ / ✗
     characters, a lead programme and a notes column, and a key sheet;
  05 staff FAQ (Word, 20 March 2017): questions as headings and prose answers; people and several dates only here
     (a new UEC SRO from 1 April 2017, the UTC moved to April 2018, the stroke consultation moved to June 2017).

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pptx import Presentation
from pptx.util import Emu, Pt as PPt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")

SLIDES = "01_YS_STP_Programme_Overview_Slides_v1_14Nov2016.pptx"
LETTER = "02_NHSE_North_Eastmarch_STP_Assurance_Feedback_Letter_YS_22Dec2016.pdf"
PACK = "03_YS_STP_Programme_Board_Pack_09Feb2017.pdf"
MATRIX = "04_YS_STP_MustDo_Coverage_by_Place_v2_17Feb2017.xlsx"
FAQ = "05_YS_STP_Staff_FAQ_v3_20Mar2017.docx"

NAVY = colors.HexColor("#1B3A5C")
GREY = colors.HexColor("#C9CED6")
LIGHT = colors.HexColor("#E9EDF2")

# ---------------------------------------------------------------------------------------------------------------
# 01 Programme overview slides (pptx, no tables)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    ("Healthy Lives (HL)",
     "SRO: Dr Winifred Okonjo-Baird, Director of Public Health, Yarrowdene City Council  |  "
     "Clinical lead: Dr Teodor Halvorsen",
     [("What we will do", 0),
      ("HL1 National Diabetes Prevention Programme (NDPP) in all four places", 1),
      ("HL2 Making Every Contact Count (MECC): brief-advice training for 2,000 front-line staff", 1),
      ("HL3 Alcohol care teams at both acute sites (lead: Oluwaseun Bright)", 1),
      ("Key milestones", 0),
      ("NDPP wave 1 live Q2 17/18; wave 2 Q3 17/18", 1),
      ("MECC: 2,000 staff trained by Mar-18", 1),
      ("Alcohol care teams: time frame as yet unknown", 1),
      ("Savings: £7.1m a year by 2020/21", 0)]),
    ("Neighbourhood Care (NC)",
     "SRO: Jacinta Morrow-Leigh, Accountable Officer, Skelbrook Coast CCG  |  Clinical lead: Dr Peregrine Asante",
     [("What we will do", 0),
      ("NC1 Twelve neighbourhood care teams around groups of practices (30-50,000 patients each)", 1),
      ("NC2 Extended GP access hubs, 8am-8pm, seven days (lead: Dr Peregrine Asante)", 1),
      ("NC3 Enhanced Health in Care Homes (EHCH) (lead: Harriet Lindqvist)", 1),
      ("Key milestones", 0),
      ("First neighbourhood teams (wave 1): Q1 17/18", 1),
      ("Extended access hubs open: Autumn 2017", 1),
      ("EHCH in every care home with nursing: Sep-17", 1),
      ("Savings: £24.6m a year by 2020/21", 0)]),
    ("Urgent & Emergency Care (UEC)",
     "SRO: Callum Fairweather, Chief Executive, SOH  |  Clinical lead: Dr Ishbel Corrigan",
     [("What we will do", 0),
      ("UEC1 Urgent Treatment Centre (UTC) at Skelbrook General Hospital, replacing the walk-in centre", 1),
      ("UEC2 NHS 111 Clinical Assessment Service (CAS)", 1),
      ("UEC3 Discharge to Assess (D2A) at all acute sites", 1),
      ("Key milestones", 0),
      ("Skelbrook UTC open: Winter 2017/18", 1),
      ("NHS 111 CAS live: Q2 17/18", 1),
      ("D2A: all sites by Nov-17", 1),
      ("Savings: £18.4m a year by 2020/21", 0)]),
    ("Mental Health & Wellbeing (MHW)",
     "SRO: Gráinne Oduya, Chief Executive, PMC  |  Clinical lead: Dr Rafferty Moss",
     [("What we will do", 0),
      ("MHW1 Core 24 liaison psychiatry at Yarrowdene Royal Infirmary", 1),
      ("MHW2 Crisis café in Ormsby, evenings and weekends (lead: Sunniva Blake)", 1),
      ("MHW3 Improving Access to Psychological Therapies (IAPT): expand access", 1),
      ("Key milestones", 0),
      ("Core 24 standard met: Q1 18/19", 1),
      ("Crisis café open: Summer 2017", 1),
      ("Savings: £6.9m a year by 2020/21", 0)]),
    ("Elective & Cancer Care (ECC)",
     "SRO: Hamish Tregunna, Chief Operating Officer, YRH  |  Clinical lead: Mr Devendra Kulkarni-Shaw",
     [("What we will do", 0),
      ("ECC1 Single MSK triage and treatment service for the footprint", 1),
      ("ECC2 Rapid Diagnostic Centre (RDC) at Ormsby Community Hospital (lead: Dr Ottoline Spreckley)", 1),
      ("ECC3 Patient-initiated follow-up to cut outpatient follow-ups by 20%", 1),
      ("Key milestones", 0),
      ("MSK service live: May-17", 1),
      ("RDC full business case: tbc", 1),
      ("Savings: £23.5m a year by 2020/21", 0)]),
    ("Hospital Networks (HN)",
     "SRO: Bartholomew Quayle, Medical Director, YRH  |  Clinical lead: tbc",
     [("What we will do", 0),
      ("HN1 Stroke services review: hyper-acute stroke unit (HASU) options", 1),
      ("HN2 Shared pathology network across YRH and SOH", 1),
      ("HN3 Maternity: review of a single midwife-led unit", 1),
      ("Key milestones", 0),
      ("Stroke public consultation: Q4 16/17", 1),
      ("Pathology outline business case: Summer 2017", 1),
      ("Savings: £29.7m a year by 2020/21", 0)]),
]


def _bullets(tf, items):
    tf.word_wrap = True
    first = True
    for text, level in items:
        p = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        p.text = text
        p.level = level
        pPr = p._p.get_or_add_pPr()
        if level == 0:
            for r in p.runs:
                r.font.bold = True
                r.font.size = PPt(17)
        else:
            pPr.set("marL", str(342900 * level))
            pPr.set("indent", "-228600")
            bu = OxmlElement("a:buChar")
            bu.set("char", "•")
            pPr.append(bu)
            for r in p.runs:
                r.font.size = PPt(14)


def _footer(slide, prs, n):
    box = slide.shapes.add_textbox(Emu(457200), prs.slide_height - Emu(420000), prs.slide_width - Emu(914400),
                                   Emu(300000))
    p = box.text_frame.paragraphs[0]
    p.text = f"Yarrowdene & Skelbrook STP  |  Programme overview v1  |  14/11/2016  |  DRAFT - not for circulation  |  {n}"
    for r in p.runs:
        r.font.size = PPt(9)


def build_slides(path):
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    W, H = prs.slide_width, prs.slide_height
    n = 0

    def titled(title, subtitle):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(prs.slide_layouts[0])
        t, sub = s.placeholders[0], s.placeholders[1]
        t.left, t.top, t.width, t.height = Emu(457200), Emu(228600), W - Emu(914400), Emu(800000)
        sub.left, sub.top, sub.width, sub.height = Emu(457200), Emu(1028600), W - Emu(914400), Emu(600000)
        t.text = title
        sub.text = subtitle
        for p in t.text_frame.paragraphs:
            for r in p.runs:
                r.font.size = PPt(32)
        for p in sub.text_frame.paragraphs:
            p.alignment = 1
            for r in p.runs:
                r.font.size = PPt(15)
        return s

    def body(s, items, left=457200, width=None):
        box = s.shapes.add_textbox(Emu(left), Emu(1750000), Emu(width or (W - 914400)), H - Emu(2400000))
        _bullets(box.text_frame, items)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    n += 1
    s.placeholders[0].text = "Yarrowdene & Skelbrook Sustainability and Transformation Plan"
    s.placeholders[1].text = "Programme overview for partner boards - v1, 14 November 2016"
    _footer(s, prs, n)

    s = titled("Our footprint", "Four places, four CCGs, three NHS trusts, three councils")
    body(s, [("Registered population 912,400 (Jan 2016)", 0),
             ("Yarrowdene City 318,600 - NHS Yarrowdene City CCG", 1),
             ("Skelbrook Coast 214,900 - NHS Skelbrook Coast CCG", 1),
             ("Ormsby Vale 196,300 - NHS Ormsby Vale CCG", 1),
             ("Farrowdale 182,600 - NHS Farrowdale CCG", 1),
             ("Providers", 0),
             ("Yarrowdene Royal Hospitals NHS Foundation Trust (YRH): Yarrowdene Royal Infirmary", 1),
             ("Skelbrook & Ormsby Hospitals NHS Trust (SOH): Skelbrook General Hospital, Ormsby Community Hospital",
              1),
             ("Pennard Moor Care NHS Foundation Trust (PMC): mental health and community services", 1),
             ("Six programmes and two enablers (Digital, Workforce)", 0)])
    _footer(s, prs, n)

    for title, subtitle, items in PROGRAMMES:
        s = titled(title, subtitle)
        body(s, items)
        _footer(s, prs, n)

    s = titled("Enabler: Digital - Yarrowdene Care Record",
               "Lead: Signe Haldane, Chief Information Officer, YRH")
    body(s, [("What we will do", 0), ("One shared care record across health and social care", 1),
             ("Wi-Fi in every GP practice", 1), ("Key milestones", 0), ("Care record phase 1: Q3 17/18", 1)])
    _footer(s, prs, n)
    s = titled("Enabler: Workforce", "Lead: tbc (to be appointed)")
    body(s, [("What we will do", 0), ("Bank staff collaborative across the three trusts", 1),
             ("New roles: physician associates, clinical pharmacists in practices", 1),
             ("Key milestones", 0), ("Collaborative bank live: time frame as yet unknown", 1)])
    _footer(s, prs, n)
    s = titled("How we will govern the plan", "STP Lead: Marguerite Dolabani-Fisk, Chief Executive, YRH")
    body(s, [("STP Programme Board", 0),
             ("Independent Chair: Sir Anselm Trevorrow", 1),
             ("Meets monthly, third Thursday; papers a week ahead", 1),
             ("Members: the four CCG accountable officers, three trust chief executives, three council directors", 1),
             ("Programme Management Office (PMO)", 0),
             ("STP Programme Director: Ruairi Penhallow", 1),
             ("Finance & Investment Group: chair Odile Ashcroft-Vance, Director of Finance, SOH", 1),
             ("Clinical Senate-style Clinical Board: chair Dr Ishbel Corrigan", 1)])
    _footer(s, prs, n)
    prs.core_properties.author = "Ruairi Penhallow"
    prs.core_properties.title = "Y&S STP programme overview v1"
    prs.core_properties.created = prs.core_properties.modified = datetime(2016, 11, 14, 9, 0, 0)
    prs.core_properties.revision = 1
    prs.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 02 NHS England assurance letter (PDF)
# ---------------------------------------------------------------------------------------------------------------
ST = {
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.6, leading=13.2, spaceAfter=7),
    "small": ParagraphStyle("small", fontName="DV", fontSize=7.6, leading=9.5),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=16, spaceAfter=6, textColor=NAVY),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4,
                         textColor=NAVY),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=7.2, leading=8.6),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=7.2, leading=8.6),
    "gcell": ParagraphStyle("gcell", fontName="DV", fontSize=6.4, leading=7.4, alignment=TA_CENTER),
    "gcellb": ParagraphStyle("gcellb", fontName="DVB", fontSize=6.4, leading=7.4, alignment=TA_CENTER),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


def letter_page(c, doc):
    W, H = A4
    c.saveState()
    c.setFillColor(colors.HexColor("#005EB8"))
    c.rect(W - 150, H - 62, 112, 34, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 19)
    c.drawString(W - 140, H - 52, "NHS")
    c.setFillColor(colors.HexColor("#005EB8"))
    c.setFont("DVB", 10)
    c.drawRightString(W - 38, H - 76, "England")
    c.setFillColor(colors.black)
    c.setFont("DV", 7.5)
    for i, line in enumerate(["NHS England - North (Eastmarch)", "Quayside House, 4 Tanner Row",
                              "Eastmarch EM1 3QT", "Email: england.eastmarch-stp@nhs.net"]):
        c.drawRightString(W - 38, H - 92 - i * 9.5, line)
    c.setFont("DV", 7)
    c.drawString(48, 28, "OFFICIAL")
    c.drawRightString(W - 48, 28, f"Page {doc.page}")
    c.restoreState()


def build_letter(path):
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=140, bottomMargin=56,
                            title="STP assurance feedback - Yarrowdene & Skelbrook", author="NHS England North")
    s = []
    s.append(P("Marguerite Dolabani-Fisk<br/>STP Lead, Yarrowdene &amp; Skelbrook STP<br/>Chief Executive, "
               "Yarrowdene Royal Hospitals NHS Foundation Trust<br/>Yarrowdene Royal Infirmary<br/>Yarrowdene YD2 7LP"))
    s.append(P("22 December 2016"))
    s.append(P("Our ref: EM/STP/YS/1612"))
    s.append(P("Dear Marguerite,"))
    s.append(P("<b>Yarrowdene &amp; Skelbrook STP: assurance feedback on the October 2016 submission</b>"))
    s.append(P("Thank you for the Sustainability and Transformation Plan (STP) submitted on 21 October 2016 and for the "
               "time you and Ruairi Penhallow gave to the review meeting on 1 December. This letter sets out the "
               "joint NHS England and NHS Improvement view of the plan against the nine national must-dos in the "
               "2016/17 planning guidance. In summary, the plan is <b>assured with conditions</b>: six of the nine "
               "must-dos are assured, one is partly assured and two are gaps that need further work."))
    s.append(P("On the STP itself (must-do 1), we are assured. The governance is clear, all four CCG governing bodies "
               "and the three trust boards have signed up to the plan, and the Programme Board under its "
               "Independent Chair is working well. Please keep us sighted on the programme overview as it is "
               "refreshed."))
    s.append(P("Financial balance (must-do 2) is <b>not yet assured</b>. The do-nothing gap is well described, but "
               "the bridge does not close it: a residual gap remains in 2020/21 with no plan against it, and the "
               "provider efficiency assumptions are above what the sector has delivered. We ask you to resubmit a "
               "revised finance bridge, with the residual gap explained, by 31 January 2017."))
    s.append(P("On general practice (must-do 3) we are assured. The GP Forward View plans for the four CCGs are "
               "consistent with the Neighbourhood Care programme, and the extended access trajectory is credible."))
    s.append(P("A&amp;E and ambulance performance (must-do 4) is assured. The Urgent &amp; Emergency Care programme "
               "is well led; we note that the timing of the Skelbrook urgent treatment centre depends on estates "
               "work and would ask you to tell us promptly if it moves."))
    s.append(P("Referral to treatment within 18 weeks (must-do 5) is assured at footprint level; we have noted "
               "that the recovery plan for Yarrowdene Royal is held outside the STP."))
    s.append(P("Cancer (must-do 6) is <b>partly assured</b>. The Rapid Diagnostic Centre proposal is welcome, but "
               "the plan gives no 62-day trajectory for Farrowdale. Please send the Farrowdale trajectory by "
               "28 February 2017."))
    s.append(P("Mental health (must-do 7) is assured, including the plans for Core 24 liaison psychiatry and the "
               "crisis offer in Ormsby Vale."))
    s.append(P("Learning disabilities (must-do 8) is a <b>gap</b>. The plan refers to the Transforming Care "
               "Partnership plan but we have not received it, and no programme in the STP carries the work. Please "
               "submit the Transforming Care Partnership plan, showing how it links to the STP, by 31 January 2017."))
    s.append(P("Quality (must-do 9) is assured; the quality improvement plan at Skelbrook &amp; Ormsby Hospitals "
               "is on track and we have no further requests."))
    s.append(P("We would like to meet again at the February assurance checkpoint to go through the resubmitted "
               "material. My office will be in touch to arrange a date. If you have any questions in the meantime "
               "please contact me directly."))
    s.append(P("Yours sincerely,"))
    s.append(Spacer(1, 26))
    s.append(P("<b>Rosamund Achterberg</b><br/>Director of Commissioning Operations<br/>NHS England - North "
               "(Eastmarch)"))
    s.append(Spacer(1, 8))
    s.append(P("cc: Sir Anselm Trevorrow, Independent Chair, Yarrowdene &amp; Skelbrook STP Programme Board; "
               "Ruairi Penhallow, STP Programme Director; Regional Director, NHS Improvement", "small"))
    doc.build(s, onFirstPage=letter_page, onLaterPages=letter_page)


# ---------------------------------------------------------------------------------------------------------------
# 03 Programme Board pack (PDF) with the Gantt-style plan summary
# ---------------------------------------------------------------------------------------------------------------
PERIODS = (["Q4 16/17"] + ["Apr-17", "May-17", "Jun-17", "Jul-17", "Aug-17", "Sep-17", "Oct-17", "Nov-17", "Dec-17",
                           "Jan-18", "Feb-18", "Mar-18"] + ["Q1 18/19", "Q2 18/19", "Q3 18/19", "Q4 18/19"])


def R(a, b):
    return list(range(a, b + 1))


# (ref, initiative, lead, shaded cols, x cols, {col: marker})
GANTT = [
    ("Healthy Lives (HL) - SRO: Dr W Okonjo-Baird", None),
    ("HL1", "National Diabetes Prevention Programme (NDPP), waves 1 and 2", "Dr T Halvorsen",
     R(0, 1), R(2, 16), {4: "W1", 10: "W2"}),
    ("HL2", "Making Every Contact Count (MECC) training, 2,000 front-line staff", "P Garside",
     [], R(0, 12), {12: "Tgt"}),
    ("HL3", "Alcohol care teams at Yarrowdene Royal Infirmary and Skelbrook General", "O Bright",
     R(5, 7), R(8, 16), {14: "Live"}),
    ("Neighbourhood Care (NC) - SRO: J Morrow-Leigh", None),
    ("NC1", "Neighbourhood care teams (12 teams, 30-50k population each)", "Dr P Asante",
     R(0, 2), R(3, 16), {3: "W1", 15: "All"}),
    ("NC2", "Extended GP access hubs, 8am-8pm seven days, all four places", "R Kaye-Amadi",
     R(1, 6), R(7, 16), {7: "Live"}),
    ("NC3", "Enhanced Health in Care Homes (EHCH), care homes with nursing", "H Lindqvist",
     [], R(1, 12), {6: "Live"}),
    ("Urgent & Emergency Care (UEC) - SRO: C Fairweather", None),
    ("UEC1", "Skelbrook UTC (replaces the walk-in centre at Skelbrook General Hospital)", "Dr I Corrigan",
     R(1, 8), R(9, 16), {9: "Live"}),
    ("UEC2", "NHS 111 CAS with GP and pharmacist clinical hub", "C Ferris",
     R(0, 3), R(4, 16), {4: "Live"}),
    ("UEC3", "D2A pathways 1-3 at all acute sites", "B Oyelaran",
     [], R(0, 12), {8: "All"}),
    ("Mental Health & Wellbeing (MHW) - SRO: G Oduya", None),
    ("MHW1", "Core 24 liaison psychiatry, Yarrowdene Royal Infirmary", "Dr R Moss",
     [], R(1, 13), {13: "C24"}),
    ("MHW2", "Crisis café, Ormsby (evenings and weekends)", "S Blake",
     R(1, 4), R(5, 16), {5: "Live"}),
    ("MHW3", "IAPT expansion, all places", "Dr A Farrant",
     [], R(1, 16), {16: "Tgt"}),
    ("Elective & Cancer Care (ECC) - SRO: H Tregunna", None),
    ("ECC1", "MSK triage and treatment service (single point of access)", "Mr D Kulkarni-Shaw",
     R(0, 1), R(2, 16), {2: "Live"}),
    ("ECC2", "RDC at Ormsby Community Hospital", "Dr O Spreckley",
     R(1, 7), R(9, 14), {8: "FBC", 14: "Open"}),
    ("ECC3", "Patient-initiated follow-up (PIFU), 20% fewer follow-ups", "L Bewes",
     [], R(3, 16), {11: "Rev"}),
    ("Hospital Networks (HN) - SRO: B Quayle", None),
    ("HN1", "Stroke services review, HASU options (public consultation)", "B Quayle",
     [], R(1, 13), {0: "Cons", 14: "Decn"}),
    ("HN2", "Shared pathology network, YRH and SOH", "I Castellanos-Reid",
     R(1, 3), R(5, 16), {4: "OBC"}),
    ("HN3", "Maternity: single midwife-led unit review (dates tbc)", "tbc",
     [], R(7, 16), {}),
]


def pack_page(c, doc):
    W, H = landscape(A4)
    c.saveState()
    c.setFont("DV", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(28, H - 20, "Yarrowdene & Skelbrook STP Programme Board - 9 February 2017")
    c.drawRightString(W - 28, H - 20, "OFFICIAL - not for onward circulation")
    c.setStrokeColor(GREY)
    c.line(28, H - 24, W - 28, H - 24)
    c.line(28, 30, W - 28, 30)
    c.drawString(28, 20, "Board pack v1.0, issued 02/02/2017")
    c.drawRightString(W - 28, 20, f"Page {doc.page}")
    c.restoreState()


def gantt_table():
    head1 = ["Ref", "Initiative", "Lead", "16/17", "2017/18"] + [""] * 11 + ["2018/19", "", "", ""]
    head2 = ["", "", ""] + PERIODS
    data = [[P(h, "gcellb") if h else "" for h in head1], [P(h, "gcellb") if h else "" for h in head2]]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A94A3")),
        ("BACKGROUND", (0, 0), (-1, 1), NAVY),
        ("TEXTCOLOR", (0, 0), (-1, 1), colors.white),
        ("SPAN", (4, 0), (15, 0)), ("SPAN", (16, 0), (19, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    white = ParagraphStyle("w", parent=ST["gcellb"], textColor=colors.white)
    data = [[Paragraph(h, white) if h else "" for h in head1], [Paragraph(h, white) if h else "" for h in head2]]
    for row in GANTT:
        r = len(data)
        if row[1] is None:
            data.append([P(row[0], "cellb")] + [""] * 19)
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT)]
            continue
        ref, name, lead, shaded, xs, marks = row
        cells = [P(ref, "cellb"), P(name, "cell"), P(lead, "cell")]
        for col in range(len(PERIODS)):
            if col in marks:
                cells.append(P("◆ " + marks[col], "gcellb"))
                style.append(("BACKGROUND", (3 + col, r), (3 + col, r), colors.HexColor("#F4B183")))
            elif col in xs:
                cells.append(P("x", "gcell"))
                style.append(("BACKGROUND", (3 + col, r), (3 + col, r), colors.HexColor("#9DC3E6")))
            elif col in shaded:
                cells.append("")
                style.append(("BACKGROUND", (3 + col, r), (3 + col, r), colors.HexColor("#D9D9D9")))
            else:
                cells.append("")
        data.append(cells)
    widths = [38, 152, 70] + [30.5] * len(PERIODS)
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    return t


def build_pack(path):
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=28, rightMargin=28, topMargin=36,
                            bottomMargin=40, title="Y&S STP Programme Board pack 9 February 2017",
                            author="STP PMO")
    s = []
    s.append(P("Yarrowdene &amp; Skelbrook Sustainability and Transformation Plan", "h1"))
    s.append(P("<b>STP Programme Board</b> - Thursday 9 February 2017, 14:00-16:30, Board Room, Ormsby Civic Hall"))
    s.append(P("Chair: Sir Anselm Trevorrow (Independent Chair). Papers prepared by the STP Programme Management "
               "Office (PMO)."))
    agenda = [["Item", "Time", "Subject", "Lead", "Paper / purpose"],
              ["1", "14:00", "Welcome, apologies, declarations of interest", "Chair", "Verbal"],
              ["2", "14:05", "Minutes of 19 January 2017 and action log", "Chair", "Paper A - approve"],
              ["3", "14:15", "NHS England assurance feedback and our response", "R Penhallow", "Paper B - note"],
              ["4", "14:45", "STP delivery plan summary 2017/18 - 2018/19", "R Penhallow", "Paper C - approve"],
              ["5", "15:30", "Finance: savings plan and 2020/21 bridge", "O Ashcroft-Vance", "Paper D - note"],
              ["6", "16:15", "Any other business", "Chair", "Verbal"]]
    t = Table([[P(c, "cellb" if i == 0 else "cell") for c in row] for i, row in enumerate(agenda)],
              colWidths=[34, 40, 330, 110, 120])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A94A3")),
                           ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(P("Date of next meeting: Thursday 16 March 2017, 14:00, Skelbrook General Hospital (Seminar Room 2)."))
    s.append(PageBreak())

    s.append(P("Paper B: NHS England assurance feedback and our response", "h1"))
    s.append(P("1. NHS England - North (Eastmarch) wrote on 22/12/2016 with its assurance view of the October "
               "submission: assured with conditions. Must-dos 1, 3, 4, 5, 7 and 9 are assured; cancer (must-do 6) "
               "is partly assured; financial balance (must-do 2) and learning disabilities (must-do 8) are gaps."))
    s.append(P("2. Our response so far: the revised finance bridge (Paper D) was sent on 31/01/2017, and the "
               "Transforming Care Partnership (TCP) plan was sent on 30/01/2017. The 62-day cancer trajectory for "
               "Farrowdale is being prepared with the Eastmarch Cancer Alliance and is due to NHS England on "
               "28/02/2017."))
    s.append(P("3. The must-do coverage matrix will be refreshed by place and re-issued after this meeting. The TCP "
               "plan covers Yarrowdene City and Skelbrook Coast; community learning disability teams for the other "
               "two places are not yet agreed."))
    s.append(P("4. The Board is asked to NOTE the feedback and the response."))
    s.append(Spacer(1, 6))
    s.append(P("Paper C: STP delivery plan summary 2017/18 - 2018/19", "h1"))
    s.append(P("5. The summary below replaces the milestone dates in the programme overview of November 2016 and is "
               "the baseline against which the PMO will report from March 2017. Dates in the overview that differ "
               "are superseded. Initiative leads are as agreed by the programme SROs in January. The Board is asked "
               "to APPROVE the summary."))
    s.append(P("6. Abbreviations are as in the overview (UTC, CAS, D2A, RDC, HASU, IAPT). New: Outline Business Case "
               "(OBC) and Full Business Case (FBC); Joint Committee of CCGs (JCC), which will take the stroke "
               "decision after consultation."))
    s.append(PageBreak())
    s.append(P("Paper C (continued): plan summary by initiative", "h2"))
    s.append(gantt_table())
    s.append(Spacer(1, 5))
    s.append(P("Legend: grey shading = mobilisation / procurement; x = delivery under way in the period; "
               "◆ = milestone, named in its cell: W1 / W2 = wave 1 / wave 2 live; Live = service go-live; "
               "All = all sites or teams live; Tgt = target met; C24 = Core 24 standard met; FBC / OBC = business "
               "case approved; Open = centre opens to patients; Rev = review point; Cons = public consultation "
               "starts; Decn = JCC decision. Months are calendar months; 2018/19 is shown by quarter "
               "(Q1 = Apr-Jun).", "small"))
    s.append(PageBreak())

    s.append(P("Paper D: Finance - savings plan and 2020/21 bridge", "h1"))
    s.append(P("7. If nothing changed, the footprint would face a gap of £356.8m in 2020/21 (health £301.4m, "
               "social care £55.4m). Programme savings by year are below (£m, recurrent, cumulative in-year)."))
    sav = [("HL", [1.2, 3.4, 5.6, 7.1]), ("NC", [4.5, 11.8, 19.2, 24.6]), ("UEC", [2.9, 8.7, 14.1, 18.4]),
           ("MHW", [1.1, 3.0, 5.2, 6.9]), ("ECC", [5.3, 12.6, 18.9, 23.5]), ("HN", [3.8, 10.9, 21.3, 29.7])]
    rows = [["Programme", "2017/18", "2018/19", "2019/20", "2020/21", "Total"]]
    for name, v in sav:
        rows.append([name] + [f"{x:.1f}" for x in v] + [f"{sum(v):.1f}"])
    tot = [round(sum(v[i] for _, v in sav), 1) for i in range(4)]
    rows.append(["Total"] + [f"{x:.1f}" for x in tot] + [f"{sum(tot):.1f}"])
    t = Table(rows, colWidths=[90, 70, 70, 70, 70, 70])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("FONTNAME", (0, 0), (-1, 0), "DVB"), ("FONTNAME", (0, -1), (-1, -1), "DVB"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A94A3")),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("8. 2020/21 bridge (£m), as sent to NHS England on 31/01/2017:"))
    bridge = [["Do-nothing gap 2020/21", "356.8"], ["Programme savings (table above)", "(110.2)"],
              ["Provider efficiencies (CIP)", "(168.9)"], ["Social care measures", "(28.5)"],
              ["Sustainability and Transformation Fund (STF)", "(35.0)"], ["Residual gap", "14.2"]]
    t = Table(bridge, colWidths=[260, 70])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("FONTNAME", (0, -1), (-1, -1), "DVB"), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("9. The residual gap of £14.2m is to be closed through the Hospital Networks programme's second "
               "phase, not yet worked up. The Finance &amp; Investment Group will report again in April."))
    doc.build(s, onFirstPage=pack_page, onLaterPages=pack_page)


# ---------------------------------------------------------------------------------------------------------------
# 04 Must-do coverage by place (xlsx)
# ---------------------------------------------------------------------------------------------------------------
PLACES = ["Yarrowdene City", "Skelbrook Coast", "Ormsby Vale", "Farrowdale"]
Y, N = "✓", "✗"
MUSTDOS = [
    (1, "Develop a high-quality and agreed STP", [Y, Y, Y, Y], "All",
     "Plan signed off by all four CCG governing bodies"),
    (2, "Return the system to aggregate financial balance", [Y, Y, Y, Y], "HN / ECC",
     "Revised finance bridge sent to NHSE 31/01/2017; residual gap £14.2m"),
    (3, "Develop and implement a local plan to address the sustainability and quality of general practice",
     [Y, Y, Y, Y], "NC", "GPFV plans; extended access hubs Oct-17 (NC2)"),
    (4, "Get back on track with access standards for A&E and ambulance waits", [Y, Y, Y, Y], "UEC",
     "Skelbrook UTC date under review by estates"),
    (5, "Improvement against and maintenance of the NHS Constitution standard that more than 92% of patients "
        "on non-emergency pathways wait no more than 18 weeks from referral to treatment (RTT)",
     [N, Y, Y, Y], "ECC", "Yarrowdene City: RTT recovery plan held by YRH outside the STP"),
    (6, "Deliver the NHS Constitution 62 day cancer waiting standard", [Y, Y, Y, N], "ECC",
     "Farrowdale 62-day trajectory to NHSE by 28/02/2017 (letter 22/12/16)"),
    (7, "Achieve and maintain the two new mental health access standards", [Y, Y, Y, Y], "MHW",
     "Crisis café Ormsby Aug-17; Core 24 at YRI only"),
    (8, "Deliver actions set out in local plans to transform care for people with learning disabilities",
     [Y, Y, N, N], "TCP", "TCP plan sent 30/01/2017; community LD teams in Ormsby Vale and Farrowdale tbc"),
    (9, "Develop and implement an affordable plan to make improvements in quality", [Y, Y, Y, Y], "HN",
     "SOH quality improvement plan (CQC) on track"),
]


def build_matrix(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Coverage by place"
    thin = Side(style="thin", color="8A94A3")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Yarrowdene & Skelbrook STP - 2016/17 national must-dos: coverage by place"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position at 17/02/2017 (v2, after NHSE feedback letter of 22/12/2016). Key on sheet 'Key'."
    ws["A2"].font = Font(italic=True, size=9)
    head = ["No.", "National must-do (2016/17 planning guidance)"] + PLACES + ["Lead programme", "Notes"]
    for col, h in enumerate(head, 1):
        c = ws.cell(row=4, column=col, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1B3A5C")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
    for i, (n, text, marks, lead, note) in enumerate(MUSTDOS, 5):
        vals = [n, text] + marks + [lead, note]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=col, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if 3 <= col <= 7 else "left")
            if v == N:
                c.fill = PatternFill("solid", fgColor="F8CBAD")
                c.font = Font(bold=True, color="C00000")
            elif v == Y:
                c.font = Font(color="00703C")
    ws.cell(row=15, column=1, value="Source: STP PMO. Places are CCG areas. Prepared by R Penhallow for the "
                                    "Programme Board of 16/03/2017.").font = Font(italic=True, size=8)
    for col, w in zip("ABCDEFGHI", [5, 52, 13, 13, 13, 13, 14, 48, 4]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    key = wb.create_sheet("Key")
    for r, row in enumerate([("Mark", "Meaning"), (Y, "Covered in this place by at least one STP initiative"),
                             (N, "Not covered in this place (gap) - see Notes"),
                             ("Lead programme", "HL Healthy Lives; NC Neighbourhood Care; UEC Urgent & Emergency "
                              "Care; MHW Mental Health & Wellbeing; ECC Elective & Cancer Care; HN Hospital "
                              "Networks; TCP Transforming Care Partnership (outside the six programmes)")], 1):
        for col, v in enumerate(row, 1):
            key.cell(row=r, column=col, value=v).alignment = Alignment(wrap_text=True, vertical="top")
    key.column_dimensions["A"].width = 16
    key.column_dimensions["B"].width = 80
    wb.properties.creator = "STP PMO"
    wb.properties.created = wb.properties.modified = datetime(2017, 2, 17, 9, 0, 0)
    wb.save(str(path))


# ---------------------------------------------------------------------------------------------------------------
# 05 Staff FAQ (docx)
# ---------------------------------------------------------------------------------------------------------------
FAQ_ITEMS = [
    ("What is the STP, and who is in charge of it?",
     ["The Yarrowdene & Skelbrook Sustainability and Transformation Plan (STP) is the five-year plan that the NHS "
      "and the three councils in our four places have agreed to improve health and care and to close the money "
      "gap. It is led by Marguerite Dolabani-Fisk, Chief Executive of Yarrowdene Royal Hospitals, as STP Lead. "
      "The STP Programme Board, chaired by Sir Anselm Trevorrow, oversees the plan, and Ruairi Penhallow is the "
      "STP Programme Director who runs the day-to-day work."]),
    ("Has the plan been agreed?",
     ["Yes. NHS England gave its feedback in December and the Programme Board approved the delivery plan summary "
      "for 2017/18 and 2018/19 on 9 February 2017. That summary sets the dates we now work to; a few have moved "
      "since, as set out below."]),
    ("Is the Skelbrook urgent treatment centre still opening this winter?",
     ["No. The Urgent Treatment Centre (UTC) at Skelbrook General Hospital was planned to open in December 2017. "
      "The building works have been re-phased so that the emergency department can stay fully open while the work "
      "is done, and the UTC is now expected to open in April 2018. Until then the walk-in centre stays open with "
      "its current hours."]),
    ("Who is leading urgent and emergency care?",
     ["Callum Fairweather, Chief Executive of SOH, has been the Senior Responsible Owner (SRO) for urgent and "
      "emergency care since the STP began. He steps down from the SRO role at the end of March to concentrate on "
      "his trust, and Dr Nkechi Lawrenson, Medical Director of SOH, is the SRO from 1 April 2017. Dr Ishbel "
      "Corrigan remains the clinical lead."]),
    ("Will there be a public consultation on stroke services?",
     ["Yes. The consultation on hyper-acute stroke services was planned for the last quarter of 2016/17. To allow "
      "more time to talk to patients and the public first, it will now start in June 2017. The Joint Committee of "
      "CCGs will make its decision after the consultation; we will publish how to respond when it opens."]),
    ("When will I be able to book a GP appointment in the evening or at weekends?",
     ["The extended access hubs open in October 2017 in all four places, from 8am to 8pm seven days a week. The "
      "hubs are being set up by Rosalind Kaye-Amadi, Head of Primary Care Transformation at Skelbrook Coast CCG."]),
    ("Who is looking after workforce, and will my job change?",
     ["Tobias Wren-Ellery, Director of Workforce at Pennard Moor Care, has led the Workforce enabler since "
      "1 February 2017. The partners have agreed that any change to roles will follow the usual consultation with "
      "staff and trade unions. There is no plan to move staff between employers in 2017/18."]),
    ("How can I have my say?",
     ["Come to a staff roadshow. The first is on Tuesday 25 April 2017 at Ormsby Civic Hall, 12:30-14:00, with "
      "more to follow in each place. You can also fill in the STP staff survey on the intranet; it closes on "
      "12 April 2017."]),
    ("Where can I read the papers?",
     ["Programme Board papers are published on the STP website a week before each meeting. The next meeting is on "
      "Thursday 20 April 2017. Questions can be sent to the STP PMO mailbox."]),
]


def _field(paragraph, instr):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            run._r.append(el)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def build_faq(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Yarrowdene & Skelbrook STP - Staff FAQ - version 3 - 20 March 2017"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "For staff in all partner organisations - please share with your teams - page "
    _field(fp, "PAGE")
    doc.add_heading("The STP and you: questions and answers for staff", level=1)
    doc.add_paragraph("This is the third version of our staff FAQ. It replaces version 2 (January 2017). Answers "
                      "reflect the position agreed by the Programme Board and any changes since.")
    for q, answers in FAQ_ITEMS:
        doc.add_heading(q, level=2)
        for a in answers:
            doc.add_paragraph(a)
    doc.add_paragraph("Prepared by the STP PMO. Version 3, 20/03/2017.")
    doc.core_properties.author = "STP PMO"
    doc.core_properties.title = "Staff FAQ v3"
    doc.core_properties.created = doc.core_properties.modified = datetime(2017, 3, 20, 9, 0, 0)
    doc.core_properties.revision = 3
    doc.save(str(path))


def pin_zip(path, when):
    """Rewrite an Office zip with fixed entry times so the file is the same bytes every run."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            z.writestr(zipfile.ZipInfo(name, date_time=when), data, compress_type=zipfile.ZIP_DEFLATED)


def main():
    OUT.mkdir(exist_ok=True)
    build_slides(OUT / SLIDES)
    pin_zip(OUT / SLIDES, (2016, 11, 14, 9, 0, 0))
    build_letter(OUT / LETTER)
    build_pack(OUT / PACK)
    build_matrix(OUT / MATRIX)
    pin_zip(OUT / MATRIX, (2017, 2, 17, 9, 0, 0))
    build_faq(OUT / FAQ)
    pin_zip(OUT / FAQ, (2017, 3, 20, 9, 0, 0))
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
