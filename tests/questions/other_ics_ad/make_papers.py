"""Write the Ashcombe Vale & Brindlemouth STP papers (thirtieth imaginary footprint) into papers/.

Five made-up papers of a 2016/17 Sustainability and Transformation Plan, as real files:
  01 Annex B delivery plan (PDF, platypus, portrait): one ruled table per page in which the workstream cell
     (name, acronym, SRO) is merged down over its initiative rows, owner cells hold "Owner: name (title)" lines,
     dates carry superscript footnote markers explained at the page foot; a finance summary page with brackets
     for negatives and a footnoted total;
  02 Annex D must-do self-assessment (PDF, platypus): one row per national must-do, a RAG word, and a text cell
     naming the covering local priorities ("Covered by: ...", "Not covered - see ...");
  03 newsletter (PDF, platypus): two text columns per page, with a full-width ruled "who's who" table spanning
     both columns part-way down page 2;
  04 risk and milestone register (PDF, landscape): fifteen narrow columns, wrapped cells, baseline and forecast
     dates (two milestones moved);
  05 Partnership Board minutes (Word): present list, numbered items, an action table that changes one owner and
     moves one date.

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

rl_config.invariant = 1
HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", str(FONTS / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

ANNEX_B = "01_AVB_STP_Annex_B_Delivery_Plan_v1.4_21Oct2016.pdf"
ANNEX_D = "02_AVB_STP_Annex_D_Must_Do_Self_Assessment_21Oct2016.pdf"
NEWS = "03_AVB_Together_STP_Newsletter_Issue3_Nov2016.pdf"
REGISTER = "04_AVB_STP_Risk_and_Milestone_Register_09Dec2016.pdf"
MINUTES = "05_AVB_STP_Partnership_Board_Minutes_12Jan2017.docx"

TEAL = colors.HexColor("#1B5E6B")
GREY = colors.HexColor("#D9D9D9")


def style(name, size=8.5, lead=None, font="DV", **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


BODY = style("body", 9)
SMALL = style("small", 7.5)
TINY = style("tiny", 6.3)
TINYB = style("tinyb", 6.3, font="DVB")
CELL = style("cell", 7.8)
CELLB = style("cellb", 7.8, font="DVB")
H1 = style("h1", 15, font="DVB", textColor=TEAL, spaceAfter=6)
H2 = style("h2", 11, font="DVB", textColor=TEAL, spaceBefore=6, spaceAfter=3)
H3 = style("h3", 9.5, font="DVB", spaceBefore=4, spaceAfter=2)


def P(text, st=BODY):
    """A paragraph; a bare "&" (as in "A&E") is escaped so the parser does not read it as an entity."""
    return Paragraph(re.sub(r"&(?!amp;|bull;)", "&amp;", text), st)


def ruled(data, widths, header_rows=1, extra=()):
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]))
    return t


def header_footer(head, foot, footnotes=None, size=A4):
    """An onPage callback: running header and footer, and the page's footnotes (if any) above the footer."""
    w, h = size

    def draw(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(15 * mm, h - 10 * mm, head)
        canv.line(15 * mm, h - 11.5 * mm, w - 15 * mm, h - 11.5 * mm)
        canv.drawString(15 * mm, 8 * mm, foot)
        canv.drawRightString(w - 15 * mm, 8 * mm, f"Page {doc.page}")
        notes = (footnotes or {}).get(doc.page, [])
        canv.setFillColor(colors.black)
        y = 14 * mm + 9 * (len(notes) - 1)
        if notes:
            canv.line(15 * mm, y + 9, 70 * mm, y + 9)
        for mark, text in notes:
            canv.setFont("DV", 5)
            canv.drawString(15 * mm, y + 2.5, mark)
            canv.setFont("DV", 7)
            canv.drawString(17 * mm, y, text)
            y -= 9
        canv.restoreState()
    return draw


def simple_doc(path, pagesize, head, foot, footnotes=None, margins=(18, 18, 15, 15)):
    doc = BaseDocTemplate(str(path), pagesize=pagesize, topMargin=margins[0] * mm, bottomMargin=margins[1] * mm,
                          leftMargin=margins[2] * mm, rightMargin=margins[3] * mm,
                          title=head, author="AVB STP Programme Management Office", creator="Microsoft Word 2010")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
    doc.addPageTemplates([PageTemplate("main", [frame], onPage=header_footer(head, foot, footnotes, pagesize))])
    return doc


# ---------------------------------------------------------------------------------------------------------------
# 01 Annex B: delivery plan
# ---------------------------------------------------------------------------------------------------------------
WORKSTREAMS = {
    # code: (name, SRO, SRO title, clinical lead)
    "HLP": ("Healthy Lives & Prevention", "Dr Marguerite Okonjo-Blythe",
            "Director of Public Health, Ashcombe County Council", "Dr Fintan Caldicott"),
    "OOH": ("Out of Hospital Care", "Tobias Wrenfield", "Chief Officer, North Tarrowdale CCG", "Dr Jocasta Ferrimore"),
    "UEC": ("Urgent & Emergency Care", "Harriet Lansdowne-Pike", "Chief Operating Officer, BUH",
            "Dr Ambrose Kettering"),
    "PLC": ("Planned Care", "Graham Stellings-Booth", "Director of Commissioning, BPE CCG", "Mr Odhran Pettifer"),
    "MHLD": ("Mental Health & Learning Disabilities", "Dr Cerys Tamworth", "Medical Director, PCMH",
             "Dr Idris Ballantyne"),
    "PBO": ("Productivity & Back Office", "Anselm Carraway", "Director of Finance, ATH", "n/a"),
}

# code, ref, initiative, owner (title), key milestone, date (with footnote marker)
INITIATIVES = [
    ("HLP", "HLP1", "Tobacco control: smoke-free hospital sites and stop smoking support for every inpatient who "
     "smokes", "Owen Treharne (Head of Public Health Commissioning, ACC)",
     "All three acute sites smoke-free, inside and out", "31/03/2017"),
    ("HLP", "HLP2", "Stop smoking in pregnancy: carbon monoxide screening at booking and opt-out referral",
     "Lucinda Farraday (Head of Midwifery, ATH)", "Opt-out referral pathway live in both maternity units",
     "Q4 16/17<super>1</super>"),
    ("HLP", "HLP3", "National Diabetes Prevention Programme (NDPP) roll-out to every practice in the footprint",
     "Dr Fintan Caldicott (Clinical Lead, HLP)", "All practices referring to NDPP", "Jun-17"),
    ("OOH", "OOH1", "Locality care teams: community nursing, therapy, social care and mental health working as one "
     "team in each of nine localities", "Gwendolen Ashby-Kerr (Director of Community Services, PCMH)",
     "Wave 1 (three localities) live; all nine localities live", "Wave 1: Jan-17; all 9: Q3 17/18"),
    ("OOH", "OOH2", "Extended access to general practice, 8am to 8pm seven days a week, from four GP hubs",
     "Dr Jocasta Ferrimore (Clinical Chair, NT CCG)", "All four hubs open 8-8, 7 days", "Mar-18<super>2</super>"),
    ("OOH", "OOH3", "Enhanced health in care homes: named GP, weekly ward round and a care home support team",
     "Nerys Aldcroft (Head of Nursing & Quality, AV CCG)", "Every care home aligned to one practice", "Sep-17"),
    ("OOH", "OOH4", "Community pharmacy minor ailments scheme", "Ravi Chaudhary-Lyle (Head of Medicines "
     "Optimisation, BPE CCG)", "Scheme commissioned across the footprint", "tbc"),
    ("UEC", "UEC1", "Ambulatory Emergency Care (AEC) unit at Brindlemouth General Infirmary, open 12 hours a day",
     "Dr Ambrose Kettering (Consultant in Acute Medicine, BUH)", "AEC unit open in the new assessment block",
     "01/10/2017"),
    ("UEC", "UEC2", "Ashcombe Urgent Treatment Centre (UTC) replacing the Ashcombe minor injuries unit",
     "Simone Gathercole (Urgent Care Commissioning Manager, AV CCG)", "UTC open 24/7", "Winter 2017/18<super>3</super>"),
    ("UEC", "UEC3", "Discharge to Assess (D2A) on every medical ward, with trusted assessors from the three councils",
     "Kieran Mallowby (Director of Adult Social Care, BCC)", "D2A pathway 1 and 2 in place on all medical wards",
     "Q4 16/17"),
    ("UEC", "UEC4", "Integrated urgent care clinical assessment service (CAS) behind NHS 111",
     "Phoebe Strand-Nwosu (Head of Urgent Care, BPE CCG)", "CAS go-live with GP and pharmacist in the hub", "Mar-17"),
    ("PLC", "PLC1", "Referral management: advice and guidance for the ten specialties with most referrals",
     "Dr Yasmin Kaur-Whitlock (GP Lead for Planned Care, BPE CCG)", "Advice and guidance in all ten specialties",
     "Q1 17/18"),
    ("PLC", "PLC2", "Single musculoskeletal (MSK) triage and treatment service for the footprint",
     "Mr Odhran Pettifer (Consultant Orthopaedic Surgeon, BUH)", "MSK triage service go-live", "31/03/2017"),
    ("PLC", "PLC3", "Community ophthalmology: glaucoma and cataract follow-up in optometry practices",
     "Bernadette Lowick (Planned Care Commissioning Manager, NT CCG)", "Community service live", "Nov-17"),
    ("MHLD", "MHLD1", "Crisis café in Brindlemouth and a 24/7 crisis line for all ages",
     "Tamsin Holroyd (Service Director, Acute Mental Health, PCMH)", "Crisis café open; crisis line 24/7", "Jan-17"),
    ("MHLD", "MHLD2", "Core 24 liaison psychiatry at Brindlemouth General Infirmary",
     "Dr Idris Ballantyne (Clinical Lead, MHLD)", "Core 24 service in place", "Q2 18/19<super>1</super>"),
    ("MHLD", "MHLD3", "Annual health checks for people with a learning disability (LD): 75% uptake",
     "Corinna Blackwood (LD Commissioning Manager, ACC)", "75% of people on GP LD registers checked",
     "by 31/03/2019"),
    ("PBO", "PBO1", "Pathology network across the two acute trusts (hub and spoke)",
     "Dr Leonie Faircloth (Consultant Histopathologist, ATH)", "Outline business case (OBC) to both Boards; "
     "network go-live", "OBC: Feb-17; go-live: 2018/19"),
    ("PBO", "PBO2", "Shared back office: payroll, procurement and recruitment", "Jerome Athelstan (Director of "
     "Corporate Services, BUH)", "Shared service live", "Apr-18"),
    ("PBO", "PBO3", "Carter productivity: e-rostering for all clinical staff groups",
     "Wilhelmina Grout (Deputy Director of Workforce, ATH)", "e-rostering in all three providers",
     "time frame as yet unknown"),
]

ANNEX_B_NOTES = {
    2: [("1", "Depends on the maternity tariff agreement with commissioners for 2017/18."),
        ("2", "Subject to confirmation of GP Forward View funding by NHS England."),
        ("3", "Subject to the outcome of public consultation on urgent care in Ashcombe.")],
    3: [("1", "Dependent on the Core 24 transformation funding bid (wave 2).")],
    4: [("1", "Residual gap to be closed through the system control total agreed with NHS England and NHS "
              "Improvement; see section 5 of the main submission.")],
}


def annex_b():
    head = "Ashcombe Vale & Brindlemouth STP  |  Annex B: Delivery Plan  |  v1.4  |  21 October 2016"
    doc = simple_doc(OUT / ANNEX_B, A4, head, "OFFICIAL: draft for submission to NHS England", ANNEX_B_NOTES,
                     margins=(18, 30, 15, 15))
    story = [P("Annex B: Delivery Plan 2016/17 - 2020/21", H1),
             P("Ashcombe Vale &amp; Brindlemouth Sustainability and Transformation Plan (STP)", H2),
             P("1. This annex sets out the initiatives that each workstream will deliver in 2016/17 and 2017/18, "
               "with the owner of each initiative and its key milestone. It supports section 4 of the main "
               "submission and should be read with Annex D (Must Do self-assessment)."),
             Spacer(1, 4),
             P("2. The plan covers the populations of Ashcombe Vale CCG (AV CCG), Brindlemouth &amp; Pell Estuary "
               "CCG (BPE CCG) and North Tarrowdale CCG (NT CCG). Providers are Brindlemouth University Hospitals "
               "NHS Foundation Trust (BUH), Ashcombe &amp; Tarrowdale Hospitals NHS Trust (ATH) and Pellmoor "
               "Community &amp; Mental Health NHS Foundation Trust (PCMH). Local authorities are Ashcombe County "
               "Council (ACC), Brindlemouth City Council (BCC) and Tarrowdale Borough Council (TBC)."),
             Spacer(1, 4),
             P("3. Each workstream has a Senior Responsible Owner (SRO) who is accountable to the Partnership "
               "Board. Initiative owners report monthly through the Programme Management Office (PMO). Dates "
               "are given as the key milestone; where a date depends on something outside the workstream's "
               "control this is shown by a note at the foot of the page."),
             Spacer(1, 4),
             P("4. Abbreviations used in this annex:"),
             ruled([[P("Abbreviation", CELLB), P("Meaning", CELLB)]] +
                   [[P(a, CELL), P(b, CELL)] for a, b in [
                       ("HLP", "Healthy Lives & Prevention workstream"), ("OOH", "Out of Hospital Care workstream"),
                       ("UEC", "Urgent & Emergency Care workstream"), ("PLC", "Planned Care workstream"),
                       ("MHLD", "Mental Health & Learning Disabilities workstream"),
                       ("PBO", "Productivity & Back Office workstream"),
                       ("STF", "Sustainability and Transformation Fund"),
                       ("CIP", "Cost improvement programme")]],
                   [30 * mm, 120 * mm]),
             PageBreak()]
    groups = [["HLP", "OOH", "UEC"], ["PLC", "MHLD", "PBO"]]
    for n, codes in enumerate(groups):
        story.append(P("Initiatives which we will focus on in 2016/17 - 17/18" + (" (continued)" if n else ""), H2))
        data = [[P(h, CELLB) for h in ["Workstream", "Ref", "Initiative", "Owner", "Key milestone", "Date"]]]
        spans = []
        for code in codes:
            name, sro, title, _ = WORKSTREAMS[code]
            rows = [i for i in INITIATIVES if i[0] == code]
            first = len(data)
            for k, (_, ref, text, owner, milestone, when) in enumerate(rows):
                ws = P(f"<b>{name} ({code})</b><br/>SRO: {sro}<br/>({title})", CELL) if k == 0 else ""
                data.append([ws, P(ref, CELL), P(text, CELL), P("Owner: " + owner, CELL), P(milestone, CELL),
                             P(when, CELL)])
            spans += [("SPAN", (0, first), (0, len(data) - 1)),
                      ("BACKGROUND", (0, first), (0, len(data) - 1), colors.HexColor("#E8F1F2"))]
        story += [ruled(data, [30 * mm, 12 * mm, 48 * mm, 38 * mm, 32 * mm, 20 * mm], extra=spans), PageBreak()]
    # finance summary
    money = style("money", 8, alignment=2)
    moneyb = style("moneyb", 8, font="DVB", alignment=2)
    rows = [("Do-nothing financial gap", "(78.6)", "(212.4)"),
            ("Workstream savings: HLP", "1.1", "6.2"), ("Workstream savings: OOH", "8.4", "31.5"),
            ("Workstream savings: UEC", "6.3", "18.9"), ("Workstream savings: PLC", "7.9", "24.7"),
            ("Workstream savings: MHLD", "2.2", "9.8"), ("Workstream savings: PBO", "19.5", "47.3"),
            ("Sub-total workstream savings", "45.4", "138.4"),
            ("Provider CIP beyond workstream schemes", "18.2", "41.0"), ("STF allocation", "14.0", "22.6"),
            ("Investment: OOH (locality teams and GP hubs)", "(4.8)", "(9.6)"),
            ("Investment: MHLD (crisis and Core 24)", "(2.0)", "(4.1)")]
    data = [[P("£m", CELLB), P("2017/18", moneyb), P("2020/21", moneyb)]]
    data += [[P(a, CELLB if a.startswith("Sub") else CELL), P(b, money), P(c, money)] for a, b, c in rows]
    data.append([P("Residual gap<super>1</super>", CELLB), P("(7.8)", moneyb), P("(24.1)", moneyb)])
    story += [P("Finance summary", H2),
              P("5. The table bridges the do-nothing gap to the residual gap for the first full year of delivery "
                "and for the final year of the plan. Figures are in £m; figures in brackets are negative (a gap "
                "or an investment). The workstream savings are net of recurrent costs except where investment is "
                "shown separately."),
              Spacer(1, 6),
              ruled(data, [95 * mm, 30 * mm, 30 * mm], extra=[("LINEABOVE", (0, -1), (-1, -1), 1.5, colors.black),
                                                              ("BACKGROUND", (0, 8), (-1, 8), GREY)]),
              Spacer(1, 6),
              P("6. The Finance &amp; Investment Group reviewed these figures on 14 October 2016. Savings for "
                "2018/19 and 2019/20 are phased in the main submission (section 5).")]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 02 Annex D: must-do self-assessment
# ---------------------------------------------------------------------------------------------------------------
MUSTDOS = [
    ("1", "STPs: develop a high quality and agreed STP and achieve the milestones for 2016/17", "Green",
     "Covered by: all six workstreams (this plan)", "Marcus Delahunty-Rowe"),
    ("2", "Finance: return the system to aggregate financial balance", "Amber",
     "Covered by: PBO (lead); PLC; UEC", "Anselm Carraway"),
    ("3", "Primary care: sustainability of general practice, extended access", "Amber",
     "Covered by: OOH (lead); HLP", "Tobias Wrenfield"),
    ("4", "Urgent & emergency care: A&E 4-hour standard and ambulance response times", "Red",
     "Covered by: UEC (lead); OOH; MHLD (liaison psychiatry)", "Harriet Lansdowne-Pike"),
    ("5", "Referral to treatment: 92% of patients on incomplete pathways within 18 weeks", "Amber",
     "Covered by: PLC (lead)", "Graham Stellings-Booth"),
    ("6", "Cancer: 62-day standard; progress on the Cancer Taskforce report", "Amber",
     "Not covered - see Tarrow & Pell Cancer Alliance delivery plan", "-"),
    ("7", "Mental health: IAPT, early intervention in psychosis, dementia diagnosis", "Green",
     "Covered by: MHLD (lead); UEC", "Dr Cerys Tamworth"),
    ("8", "Learning disabilities: Transforming Care, fewer inpatients", "Amber",
     "Covered by: MHLD (MHLD3 annual health checks); Transforming Care Partnership plan", "Dr Cerys Tamworth"),
    ("9", "Improving quality: no provider in special measures; seven-day services", "Green",
     "Not covered - see Quality Surveillance Group report, section 7", "-"),
]


def annex_d():
    head = "Ashcombe Vale & Brindlemouth STP  |  Annex D: Must Do self-assessment  |  21 October 2016"
    doc = simple_doc(OUT / ANNEX_D, A4, head, "OFFICIAL: draft for submission to NHS England")
    data = [[P(h, CELLB) for h in ["No.", "National must-do (2016/17 planning guidance)", "Self-assessment",
                                    "Local priorities", "Executive lead"]]]
    rag = {"Green": "#C6EFCE", "Amber": "#FFEB9C", "Red": "#FFC7CE"}
    extra = []
    for i, (no, text, r, cover, lead) in enumerate(MUSTDOS, 1):
        data.append([P(no, CELL), P(text, CELL), P(r, CELL), P(cover, CELL), P(lead, CELL)])
        extra.append(("BACKGROUND", (2, i), (2, i), colors.HexColor(rag[r])))
    story = [P("Annex D: Delivering the 9 National Must Do's", H1),
             P("This annex is our self-assessment against the nine national \"must dos\" of the NHS Shared "
               "Planning Guidance 2016/17 - 2020/21. For each must-do it names the local priorities (the "
               "workstreams of Annex B) that cover it, or where it is not covered by this plan, the plan that "
               "does. Workstreams are shown by their Annex B codes."),
             Spacer(1, 6),
             ruled(data, [10 * mm, 62 * mm, 24 * mm, 52 * mm, 32 * mm], extra=extra),
             Spacer(1, 6),
             P("Self-assessment: Green = on track for 2016/17; Amber = plan in place, delivery at risk; Red = not "
               "on track. \"(lead)\" marks the workstream that leads on the must-do.", SMALL),
             Spacer(1, 4),
             P("Must-dos 6 and 9 are delivered through plans outside this STP. The Cancer Alliance delivery plan "
               "will be submitted separately by the Alliance in 2017; quality and special measures are overseen "
               "by the Quality Surveillance Group. The Partnership Board will receive both for assurance.", SMALL)]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 03 newsletter: two columns, full-width table part-way down page 2
# ---------------------------------------------------------------------------------------------------------------
def newsletter():
    W, H = A4
    m, gap = 15 * mm, 6 * mm
    colw = (W - 2 * m - gap) / 2
    top, bottom = H - 30 * mm, 18 * mm
    head = "AVB Together  |  STP news for staff and partners  |  Issue 3  |  November 2016"
    foot = "Ashcombe Vale & Brindlemouth Sustainability and Transformation Plan"
    page1 = [Frame(m, bottom, colw, top - bottom - 22 * mm, id="L1"),
             Frame(m + colw + gap, bottom, colw, top - bottom - 22 * mm, id="R1")]
    split1, split2 = top - 72 * mm, top - 188 * mm
    page2 = [Frame(m, split1, colw, top - split1, id="L2a"), Frame(m + colw + gap, split1, colw, top - split1, id="R2a"),
             Frame(m, split2, W - 2 * m, split1 - split2, id="full"),
             Frame(m, bottom, colw, split2 - bottom, id="L2b"), Frame(m + colw + gap, bottom, colw, split2 - bottom,
                                                                      id="R2b")]
    hf = header_footer(head, foot)

    def masthead(canv, doc):
        hf(canv, doc)
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(m, top - 20 * mm, W - 2 * m, 18 * mm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 20)
        canv.drawString(m + 5 * mm, top - 12 * mm, "AVB Together")
        canv.setFont("DV", 9)
        canv.drawString(m + 5 * mm, top - 17.5 * mm, "Issue 3, November 2016: news from our Sustainability and "
                        "Transformation Plan")
        canv.restoreState()

    doc = BaseDocTemplate(str(OUT / NEWS), pagesize=A4, title="AVB Together Issue 3", author="AVB STP Communications",
                          creator="Microsoft Publisher 2010")
    doc.addPageTemplates([PageTemplate("p1", page1, onPage=masthead), PageTemplate("p2", page2, onPage=hf)])
    NB = style("nb", 8.6)
    NH = style("nh", 10.5, font="DVB", textColor=TEAL, spaceBefore=5, spaceAfter=2)
    story = [
        P("A word from our Independent Chair", NH),
        P("Welcome to the third issue of AVB Together. Our Sustainability and Transformation Plan (STP) was "
          "submitted in draft to NHS England on 21 October 2016, and I want to thank the hundreds of staff who "
          "gave their time to it. The plan is ours, not Whitehall's: it is about how the NHS and councils in "
          "Ashcombe Vale, Brindlemouth and Tarrowdale work together for the 874,300 people we serve.", NB),
        Spacer(1, 3),
        P("Over the winter we will keep talking with you, our patients and our partners about what the plan "
          "means. Please come to one of our Big Conversation events (right).", NB),
        P("<i>Professor Ingrid Salterhaugh, Independent Chair, STP Partnership Board</i>", NB),
        P("What is the STP?", NH),
        P("The STP brings together three clinical commissioning groups, three NHS trusts and three councils. It "
          "is led by Marcus Delahunty-Rowe, Chief Executive of Brindlemouth University Hospitals, as STP Lead, "
          "and is run day to day by our Programme Director, Beatrix Quenell, and a small Programme Management "
          "Office (PMO).", NB),
        Spacer(1, 3),
        P("If we do nothing, our health and care system would face a financial gap of £212.4m a year by "
          "2020/21. The plan closes most of that gap through six workstreams and three enabling programmes, and "
          "puts more of our money into care out of hospital and into mental health.", NB),
        FrameBreak(),
        P("Our six workstreams", NH),
        P("Healthy Lives &amp; Prevention; Out of Hospital Care; Urgent &amp; Emergency Care; Planned Care; Mental "
          "Health &amp; Learning Disabilities; and Productivity &amp; Back Office. They are supported by three "
          "enablers: Digital, Workforce and Estates. Each has a Senior Responsible Owner (SRO) and, for the "
          "clinical workstreams, a clinical lead: see who's who on page 2.", NB),
        P("Big Conversation events", NH),
        P("Drop in, hear about the plan and tell us what you think. All events run from 4pm to 7pm.", NB),
        Spacer(1, 2),
        P("&bull; Pellmoor Town Hall: Tuesday 29 November 2016<br/>&bull; Ashcombe Corn Exchange: Tuesday 6 December "
          "2016<br/>&bull; Brindlemouth Guildhall: Tuesday 13 December 2016", NB),
        Spacer(1, 3),
        P("Can't make it? Our online survey is open until 16/12/2016.", NB),
        P("Out of hospital care: first teams in January", NH),
        P("The first three locality care teams go live in Jan-17, bringing community nurses, therapists, social "
          "workers and mental health workers into one team around groups of practices. All nine localities "
          "follow during 2017/18.", NB),
        NextPageTemplate("p2"), FrameBreak(),
        P("Urgent care in Ashcombe: have your say", NH),
        P("We are planning to replace the minor injuries unit in Ashcombe with an Urgent Treatment Centre open "
          "around the clock. Because this is a significant change, we will hold a public consultation, expected "
          "to begin in Spring 2017. Details of how to respond will be published when the consultation opens.", NB),
        P("Crisis café for Brindlemouth", NH),
        P("A crisis café, run with local mental health charities, opens in January 2017 as a safe place to go in "
          "the evening for anyone in emotional distress, alongside a crisis line that will run 24/7.", NB),
        FrameBreak(),
        P("How the STP is run", NH),
        P("The Partnership Board, chaired by our Independent Chair, meets on the second Thursday of each month "
          "and brings together the chief executives, accountable officers and council leaders. It is advised by "
          "a Clinical Reference Group (CRG), chaired by Dr Bartholomew Inchcape, and by a Finance &amp; "
          "Investment Group of the nine directors of finance.", NB),
        Spacer(1, 3),
        P("Board papers are published on the STP website a week before each meeting.", NB),
        FrameBreak(),
    ]
    data = [[P(h, CELLB) for h in ["Workstream", "Senior Responsible Owner (SRO)", "Clinical lead",
                                    "Programme manager"]]]
    pms = {"HLP": "Dilys Marchetti", "OOH": "Ferdinand Okafor-Rhys", "UEC": "Imogen Tranter",
           "PLC": "Lachlan Boothroyd", "MHLD": "Saoirse Delaney-Pratt", "PBO": "Cuthbert Ingleby"}
    for code, (name, sro, title, cl) in WORKSTREAMS.items():
        data.append([P(f"{name} ({code})", CELL), P(f"{sro}, {title}", CELL), P(cl, CELL), P(pms[code], CELL)])
    data += [[P("Enabler: Digital", CELL), P("Estelle Voss-Harker, Chief Information Officer, BUH", CELL),
              P("Dr Hamish Rudd", CELL), P("vacant", CELL)],
             [P("Enabler: Workforce", CELL), P("Rhodri Pennance, Director of Workforce, PCMH", CELL), P("tbc", CELL),
              P("Hester Wolstenholme", CELL)],
             [P("Enabler: Estates", CELL), P("Anselm Carraway, Director of Finance, ATH", CELL), P("n/a", CELL),
              P("Cuthbert Ingleby", CELL)]]
    story += [P("Who's who in the STP", NH),
              ruled(data, [48 * mm, 68 * mm, 32 * mm, 32 * mm]),
              P("BUH: Brindlemouth University Hospitals NHS FT. ATH: Ashcombe &amp; Tarrowdale Hospitals NHS Trust. "
                "PCMH: Pellmoor Community &amp; Mental Health NHS FT. BPE CCG: Brindlemouth &amp; Pell Estuary CCG. "
                "NT CCG: North Tarrowdale CCG.", TINY),
              FrameBreak(),
              P("Money: where it goes", NH),
              P("By 2020/21 the workstreams should save £138.4m a year, with the largest share from Productivity "
                "&amp; Back Office. Alongside savings, the plan invests in locality teams, GP hubs and crisis care.",
                NB),
              FrameBreak(),
              P("Get in touch", NH),
              P("Questions about the STP? Email the PMO at avb.stp@nhs.net or talk to your organisation's "
                "communications team. The next issue of AVB Together will be out in February 2017.", NB)]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 04 risk and milestone register: landscape, many narrow columns
# ---------------------------------------------------------------------------------------------------------------
REGISTER_ROWS = [
    # Ref, WS, Type, Description, Owner, Baseline, Forecast, Var, L, I, Score, RAG, Trend, Comment, Updated
    ("M-01", "UEC", "M", "UEC4 CAS go-live behind NHS 111", "P Strand-Nwosu", "Mar-17", "31/05/2017", "+9 wks",
     "-", "-", "-", "A", "→", "NHS 111 re-procurement slipped; new date agreed at UEC Board 02/12/16", "05/12/16"),
    ("M-02", "PLC", "M", "PLC2 MSK triage service go-live", "O Pettifer", "31/03/2017", "30/06/2017", "+13 wks",
     "-", "-", "-", "A", "↓", "Physiotherapy recruitment behind plan; phased go-live from Apr-17", "07/12/16"),
    ("M-03", "OOH", "M", "OOH1 wave 1 locality teams live", "G Ashby-Kerr", "Jan-17", "16/01/2017", "0",
     "-", "-", "-", "G", "→", "Team leaders in post", "01/12/16"),
    ("M-04", "MHLD", "M", "MHLD1 crisis café open", "T Holroyd", "Jan-17", "Jan-17", "0", "-", "-", "-", "G", "→",
     "Premises lease signed", "02/12/16"),
    ("M-05", "HLP", "M", "HLP1 acute sites smoke-free", "O Treharne", "31/03/2017", "31/03/2017", "0", "-", "-",
     "-", "G", "→", "Signage ordered", "30/11/16"),
    ("M-06", "PBO", "M", "PBO1 pathology OBC to both Boards", "L Faircloth", "Feb-17", "tbc", "tbc", "-", "-", "-",
     "R", "↓", "Awaiting Carter model hospital benchmarking", "06/12/16"),
    ("M-07", "UEC", "M", "UEC3 D2A on all medical wards", "K Mallowby", "Q4 16/17", "Q4 16/17", "0", "-", "-", "-",
     "A", "→", "Trusted assessor posts out to advert", "05/12/16"),
    ("R-01", "PBO", "R", "Residual financial gap not closed by 2020/21", "A Carraway", "-", "-", "-", "4", "5",
     "20", "R", "↑", "Control total discussions with regulators", "08/12/16"),
    ("R-02", "OOH", "R", "Not enough GPs and nurses to staff extended access hubs", "T Wrenfield", "-", "-", "-",
     "4", "4", "16", "R", "→", "International GP recruitment bid", "01/12/16"),
    ("R-03", "UEC", "R", "Legal challenge to the Ashcombe UTC consultation", "H Lansdowne-Pike", "-", "-", "-", "3",
     "4", "12", "A", "→", "Consultation Institute advice sought", "05/12/16"),
    ("R-04", "DIG", "R", "GP systems not interoperable, delaying the shared care record", "E Voss-Harker", "-",
     "-", "-", "3", "3", "9", "A", "↓", "Interoperability pilot in two practices", "02/12/16"),
    ("R-05", "MHLD", "R", "Crisis line cannot be staffed overnight", "T Holroyd", "-", "-", "-", "2", "3", "6",
     "G", "↓", "Partner charity to provide night staff", "02/12/16"),
]


def register():
    size = landscape(A4)
    head = "AVB STP  |  Programme risk and milestone register  |  PMO  |  as at 09/12/2016"
    doc = simple_doc(OUT / REGISTER, size, head, "For the Partnership Board, 12 January 2017  |  Owner: STP PMO",
                     margins=(16, 16, 12, 12))
    heads = ["Ref", "WS", "R/M", "Description", "Owner", "Baseline", "Fore-cast", "Var", "L", "I", "Sc", "RAG",
             "Trend", "Action / comment", "Upd."]
    widths = [11, 11, 8, 52, 22, 17, 17, 13, 6, 6, 7, 9, 10, 67, 15]
    data = [[P(h, TINYB) for h in heads]]
    rag = {"R": "#FFC7CE", "A": "#FFEB9C", "G": "#C6EFCE"}
    extra = []
    for i, row in enumerate(REGISTER_ROWS, 1):
        data.append([P(c, TINY) for c in row])
        extra.append(("BACKGROUND", (11, i), (11, i), colors.HexColor(rag[row[11]])))
    story = [P("Programme risk and milestone register", H2),
             P("Milestones (M) and risks (R) for the STP workstreams. Baseline is the date in Annex B (v1.4, "
               "21 October 2016); Forecast is the PMO's current date. Where the two differ, the forecast is the "
               "date the programme is now working to. Risks are scored L (likelihood) x I (impact), 1-5 each.",
               SMALL),
             Spacer(1, 5),
             ruled(data, [w * mm for w in widths], extra=extra),
             Spacer(1, 5),
             P("WS: workstream. Var: variance from baseline. Trend: ↑ worsening, → static, ↓ improving. DIG: Digital "
               "enabler. Risks scoring 15 or more are escalated to the Partnership Board.", SMALL)]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 05 Partnership Board minutes (Word)
# ---------------------------------------------------------------------------------------------------------------
def minutes():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ashcombe Vale & Brindlemouth STP Partnership Board - 12 January 2017 - " \
                                    "Minutes (unconfirmed)"
    sec.footer.paragraphs[0].text = "Item 3 - Minutes of the previous meeting - for approval 9 February 2017"
    doc.add_heading("STP Partnership Board", level=1)
    doc.add_paragraph("Minutes of the meeting held on Thursday 12 January 2017, 2pm to 4.30pm, "
                      "Committee Room 2, Brindlemouth Guildhall")
    doc.add_heading("Present", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for name, role in [("Professor Ingrid Salterhaugh (Chair)", "Independent Chair"),
                       ("Marcus Delahunty-Rowe", "STP Lead; Chief Executive, BUH"),
                       ("Tobias Wrenfield", "Chief Officer, NT CCG"),
                       ("Dr Cerys Tamworth", "Medical Director, PCMH"),
                       ("Anselm Carraway", "Director of Finance, ATH"),
                       ("Cllr Winifred Harrowgate", "Leader, Ashcombe County Council")]:
        c = t.add_row().cells
        c[0].text, c[1].text = name, role
    doc.add_paragraph("In attendance: Beatrix Quenell (Programme Director); Ottoline Petch (PMO, minutes).")
    doc.add_paragraph("Apologies: Harriet Lansdowne-Pike; Graham Stellings-Booth.")
    doc.add_heading("1. Welcome, apologies and declarations of interest", level=2)
    doc.add_paragraph("The Chair welcomed members. Apologies were noted as above. No new declarations of interest "
                      "were made.")
    doc.add_heading("2. Delivery plan and risk and milestone register", level=2)
    doc.add_paragraph("BQ presented the PMO register as at 9 December 2016. The Board noted the revised forecast "
                      "dates for the CAS (UEC4) and the MSK triage service (PLC2), and that the pathology OBC "
                      "(PBO1) has no confirmed date. The Board asked for a recovery plan for the MSK service.")
    doc.add_paragraph("TW reported that Nerys Aldcroft will leave AV CCG at the end of January 2017. The Board "
                      "AGREED that Dr Pieter van Loon, GP Lead for Care Homes, NT CCG, will take over as owner of "
                      "the care homes initiative (OOH3) with effect from 1 February 2017.")
    doc.add_paragraph("The Board NOTED that the maternity tariff for 2017/18 is not yet agreed, so the opt-out "
                      "referral pathway for smoking in pregnancy (HLP2) cannot go live in Q4 16/17. The new date "
                      "is 30 June 2017.")
    doc.add_heading("3. Finance", level=2)
    doc.add_paragraph("AC reported that the residual gap of £24.1m in 2020/21 remains the highest-scoring risk "
                      "(R-01, score 20). The Board AGREED to ask the Finance & Investment Group to bring options "
                      "to close it to the March meeting.")
    doc.add_heading("4. Decisions", level=2)
    doc.add_paragraph("The Board APPROVED Annex B (Delivery Plan) v1.4 as the basis for 2017/18 contracts, with the "
                      "changes recorded in the action log below.")
    doc.add_heading("5. Action log", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status / update"]):
        cell.text = h
    for row in [("A16/31", "Circulate revised Annex B with the changes agreed today", "B Quenell", "20/01/2017",
                 "Open"),
                ("A16/32", "OOH3 enhanced health in care homes: handover of initiative ownership",
                 "Dr P van Loon (was N Aldcroft)", "Sep-17", "Owner changed wef 01/02/2017"),
                ("A16/33", "HLP2 stop smoking in pregnancy: opt-out referral pathway live", "L Farraday",
                 "30/06/2017 (was Q4 16/17)", "Date moved - tariff not agreed"),
                ("A16/34", "Confirm clinical lead for the Workforce enabler", "R Pennance", "Mar-17", "Open"),
                ("A16/35", "MSK triage (PLC2) recovery plan to the Board", "G Stellings-Booth", "09/02/2017",
                 "Open"),
                ("A16/36", "Options to close the residual gap", "A Carraway", "Mar-17", "Open")]:
        cells = t.add_row().cells
        for cell, v in zip(cells, row):
            cell.text = v
    doc.add_heading("6. Date of next meeting", level=2)
    doc.add_paragraph("Thursday 9 February 2017, 2pm, Ashcombe Corn Exchange.")
    core = doc.core_properties
    core.author, core.title = "Ottoline Petch", "STP Partnership Board minutes 12 January 2017"
    core.created = core.modified = datetime(2017, 1, 16, 9, 0, 0)
    core.last_modified_by = "Ottoline Petch"
    path = OUT / MINUTES
    doc.save(str(path))
    # pin zip entry times so the file is the same bytes every run
    entries = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            entries.append((info.filename, z.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2017, 1, 16, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    annex_b()
    annex_d()
    newsletter()
    register()
    minutes()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
