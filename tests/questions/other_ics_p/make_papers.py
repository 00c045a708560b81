"""Write the made-up papers of the Hythewold & Saltmarsh STP (2016/17 - 2020/21) into papers/.

Eight papers in real formats (reportlab PDF, python-docx, python-pptx, openpyxl, Markdown). Deterministic:
no randomness, reportlab in invariant mode, fixed Office core properties, zip entries re-stamped with one
fixed time, so every run writes the same bytes.

usage: /work/main/.venv/bin/python make_papers.py
"""

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
STAMP = (2017, 1, 9, 9, 0, 0)
CORE_TIME = "2017-01-09T09:00:00Z"

F_SUMMARY = "01_HSSTP_Summary_Plan_Oct2016.pdf"
F_HC_LDP = "02_Hythewold_City_LDP_v0.9_Sept2016.docx"
F_SV_LDP = "03_Saltmarsh_Vale_LDP_Delivery_Timeline.docx"
F_MUSTDO = "04_Local_Priorities_by_Must-Do_Annex_C.pdf"
F_TRACKER = "05_HSSTP_Programme_Tracker_2017-01-06.xlsx"
F_BOARD = "06_STP_Programme_Board_Paper_2016-12-08.pdf"
F_DECK = "07_HSSTP_Programme_on_a_Page_and_Risk_Heat_Map.pptx"
F_NOTE = "08_Programme_Executive_note_2017-01-09.md"


# --------------------------------------------------------------------------- helpers
def restamp_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates."""
    raw = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + CORE_TIME + r"\2",
                              text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=STAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def esc(text):
    """Escape text for a reportlab Paragraph (so "A&E" is not read as an entity)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles():
    base = getSampleStyleSheet()
    s = {
        "title": ParagraphStyle("t", parent=base["Title"], fontSize=17, leading=21, alignment=TA_LEFT),
        "sub": ParagraphStyle("s", parent=base["Normal"], fontSize=10, leading=13, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", parent=base["Heading2"], fontSize=13, leading=16, spaceBefore=10, spaceAfter=4,
                             textColor=colors.HexColor("#004b87")),
        "h2": ParagraphStyle("h2", parent=base["Heading3"], fontSize=11, leading=14, spaceBefore=8, spaceAfter=3),
        "body": ParagraphStyle("b", parent=base["Normal"], fontSize=9.5, leading=12.5, spaceAfter=5),
        "cell": ParagraphStyle("c", parent=base["Normal"], fontSize=8.5, leading=10.5),
        "cellb": ParagraphStyle("cb", parent=base["Normal"], fontSize=8.5, leading=10.5, fontName="Helvetica-Bold"),
        "celli": ParagraphStyle("ci", parent=base["Normal"], fontSize=8, leading=10, fontName="Helvetica-Oblique",
                                textColor=colors.HexColor("#333333"), spaceBefore=2),
        "bullet": ParagraphStyle("bl", parent=base["Normal"], fontSize=8.5, leading=10.5, leftIndent=9,
                                 bulletIndent=0, spaceAfter=2),
        "head": ParagraphStyle("hd", parent=base["Normal"], fontSize=8.5, leading=10.5, fontName="Helvetica-Bold",
                               textColor=colors.white),
        "small": ParagraphStyle("sm", parent=base["Normal"], fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#555555")),
        "label": ParagraphStyle("lb", parent=base["Normal"], fontSize=8, leading=10, fontName="Helvetica-Bold",
                                textColor=colors.HexColor("#8a1c1c")),
    }
    return s


def footer_factory(text):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(1.8 * cm, 1.1 * cm, text)
        canvas.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, "Page %d" % doc.page)
        canvas.restoreState()
    return draw


def pdf_doc(path, title, author):
    return SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.7 * cm,
                             bottomMargin=1.8 * cm, title=title, author=author, subject=title, creator="HSSTP PMO",
                             invariant=1)


# --------------------------------------------------------------------------- 1. STP summary (PDF)
PROGRAMMES = [
    ("S1", "Prevention at Scale", "Dr Imelda Roscoe, Director of Public Health, Hythewold City Council",
     "Adult smoking prevalence down from 19% to 15%; 4,800 people a year referred to the National Diabetes "
     "Prevention Programme; every NHS employer a healthy workplace.",
     ["Qtr 4 2016/17 - first National Diabetes Prevention Programme (NDPP) cohort starts",
      "Sept 2017 - healthy workplace charter signed by all six NHS trusts",
      "2018/19 - alcohol care teams in all three acute hospitals",
      "2020/21 - adult smoking prevalence 15% or less"]),
    ("S2", "Integrated Neighbourhood Care", "Bernadette Quayle, Chief Executive, Fenwick Community Health NHS Trust",
     "36 neighbourhood teams of GPs, community nurses, therapists and social workers, each serving 30,000 to "
     "50,000 people; 12% fewer emergency admissions than the do-nothing projection.",
     ["Dec 2016 - 36 neighbourhood team footprints agreed with practices",
      "Q1 2017/18 - first wave of 12 teams live",
      "Q3 2017/18 - single care record available to every team",
      "2018/19 - community bed base consolidated onto four sites",
      "March 2020 - all 36 teams working to one common specification"]),
    ("S3", "Urgent & Emergency Care", "Gareth Pennock, Chief Operating Officer, Hythewold Teaching Hospitals NHS "
     "Foundation Trust (HTH)",
     "A&E four-hour standard met at all three emergency departments; an integrated NHS 111 and GP out-of-hours "
     "service; GP streaming at every emergency department front door.",
     ["Jan 2017 - procurement of an integrated NHS 111 / GP out-of-hours service starts",
      "Q1 2017/18 - GP streaming at the front door of all three emergency departments",
      "March 2018 - 95% four-hour performance across the footprint",
      "1 April 2018 - integrated NHS 111 / out-of-hours contract starts"]),
    ("S4", "Acute Services Review", "Mr Anand Rajagopal, Medical Director, HTH",
     "Hyper-acute stroke, vascular surgery and emergency general surgery concentrated on fewer sites; 96 fewer "
     "acute beds by 2020/21.",
     ["Feb 2017 - pre-consultation business case submitted to NHS England for assurance",
      "June to September 2017 - 12-week public consultation",
      "Qtr 4 2017/18 - decision-making business case",
      "2019/20 - single-site hyper-acute stroke and vascular services"]),
    ("S5", "Mental Health", "Siobhan Ferriday, Chief Executive, Saltmarsh & Fenwick Partnership NHS Foundation Trust",
     "IAPT access at 25% of prevalence; the early intervention in psychosis (EIP) standard sustained at 50% or "
     "better; no out-of-area placements for acute adult care.",
     ["April 2016 - EIP two-week standard of 50% met (achieved)",
      "Q2 2017/18 - Core 24 liaison psychiatry at Hythewold General Hospital",
      "2018/19 - perinatal community team covering the whole footprint",
      "2020/21 - out-of-area placements for acute adult care eliminated"]),
    ("S6", "Cancer", "Dr Yusuf Hallam, Clinical Director, Hythewold & Saltmarsh Cancer Alliance",
     "The 62-day standard (85%) met and sustained; 62% of cancers diagnosed at stage 1 or 2.",
     ["Jan 2017 - Cancer Alliance board established",
      "Sept 2017 - rapid diagnostic pathway for suspected lung cancer",
      "Qtr 3 2017/18 - 62-day standard of 85% met and sustained",
      "2019/20 - stratified follow-up for breast, colorectal and prostate cancer"]),
    ("S7", "Digital - Local Digital Roadmap", "Piotr Wisniewski, Chief Information Officer, HTH",
     "A shared care record across health and social care; GP online consultations; paper-free at the point of "
     "care.",
     ["30 June 2016 - Local Digital Roadmap submitted (complete)",
      "Q4 2016/17 - shared care record pilot in two neighbourhoods",
      "2017/18 - a Chief Clinical Information Officer appointed for the footprint",
      "2020 - paper-free at the point of care"]),
    ("S8", "Workforce", "Harriet Okonedo, Director of Workforce, Saltmarsh District General Hospital NHS Trust",
     "One workforce plan for the footprint; a shared bank and joint recruitment; 40 physician associates; new "
     "roles in primary care.",
     ["March 2017 - STP workforce plan signed off",
      "Q2 2017/18 - shared nurse bank across the three acute trusts",
      "2019/20 - 40 physician associates in post"]),
    ("S9", "Productivity and Estates", "Malcolm Brierley, Director of Finance, HTH, and STP Finance Lead",
     "Shared back-office and pathology services; surplus estate released for sale.",
     ["Oct 2017 - shared back-office service (payroll, procurement, HR transactions) live",
      "Q1 2018/19 - single pathology network",
      "2020/21 - estates disposals release £24m"]),
]

AREAS = [
    ("Hythewold City", "402,300", "NHS Hythewold City CCG", "\"the City\""),
    ("Carrbeck & Ruddings", "236,900", "NHS Carrbeck & Ruddings CCG", "\"Carrbeck\""),
    ("Saltmarsh Vale", "318,700", "NHS Saltmarsh Vale CCG", "\"the Vale\""),
    ("Fenwick Coast", "326,700", "NHS Fenwick Coast CCG", "\"the Coast\""),
]


def make_summary(s):
    path = OUT / F_SUMMARY
    doc = pdf_doc(path, "Hythewold & Saltmarsh STP - Summary", "HSSTP Programme Management Office")
    st = []
    st.append(Paragraph("Hythewold &amp; Saltmarsh Sustainability and Transformation Plan", s["title"]))
    st.append(Paragraph("Summary of the plan submitted to NHS England and NHS Improvement on 21 October 2016. "
                        "Plan period 2016/17 to 2020/21. STP footprint 47.", s["sub"]))
    st.append(Spacer(1, 8))
    st.append(Paragraph("1. Our footprint", s["h1"]))
    st.append(Paragraph(
        "The Hythewold &amp; Saltmarsh footprint serves a registered population of 1,284,600 people. It brings "
        "together four clinical commissioning groups, three local authorities (Hythewold City Council, Fenwick "
        "County Council and Saltmarsh Borough Council), six NHS provider trusts and 171 GP practices. The plan is "
        "delivered through four Local Delivery Plan (LDP) areas, each with its own LDP board:", s["body"]))
    rows = [[Paragraph(h, s["head"]) for h in ("LDP area", "Registered population", "Commissioner", "Known locally as")]]
    for a in AREAS:
        rows.append([Paragraph(esc(x), s["cell"]) for x in a])
    t = Table(rows, colWidths=[4.2 * cm, 3.4 * cm, 5.4 * cm, 3.9 * cm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#004b87")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Paragraph("2. The case for change", s["h1"]))
    st.append(Paragraph(
        "If we do nothing, the footprint faces a combined health and care funding gap of £571m by 2020/21: £468m in "
        "the NHS and £103m in adult social care. Demand for emergency care is rising by 3.4% a year, one in five "
        "practices reports that it is at risk of closure, and two of our three acute trusts cannot staff "
        "seven-day consultant cover in stroke and emergency surgery.", s["body"]))
    st.append(Paragraph(
        "By 2020/21 we aim to have 12% fewer emergency admissions than the do-nothing projection, 96 fewer acute "
        "beds, 15% fewer outpatient follow-up appointments and every resident able to see a GP or nurse from 8am to "
        "8pm on weekdays.", s["body"]))
    st.append(Paragraph("3. How we will lead it", s["h1"]))
    st.append(Paragraph(
        "Julian Ashworth, Chief Officer of NHS Hythewold City CCG, is the STP Lead and the Senior Responsible "
        "Officer for the plan. The STP Programme Board, on which every partner organisation is represented, is "
        "chaired by Margaret Oduya, Independent Chair. Malcolm Brierley, Director of Finance at HTH, is the STP "
        "Finance Lead. The STP Programme Director post is being recruited; until an appointment is made the "
        "Programme Management Office (PMO) provides interim cover. A Chief Clinical Information Officer for the "
        "footprint will be appointed during 2017/18 under the Local Digital Roadmap.", s["body"]))
    st.append(Paragraph(
        "Each programme below has a named lead who answers to the Programme Board for it. Local priorities are "
        "owned by the LDP boards and described in the four Local Delivery Plans; Annex C maps them to the nine "
        "national must-dos of the 2016/17 planning guidance.", s["body"]))
    st.append(Paragraph("4. Our nine programmes", s["h1"]))
    st.append(Paragraph("Table 2: programmes, leads and key milestones, 2016/17 to 2020/21", s["small"]))
    head = [Paragraph(h, s["head"]) for h in ("Ref", "Programme", "What will be different by 2020/21",
                                              "Key milestones")]
    rows = [head]
    for ref, name, lead, diff, ms in PROGRAMMES:
        prog = [Paragraph(esc(name), s["cellb"]), Paragraph("Lead: " + esc(lead), s["celli"])]
        bullets = [Paragraph(esc(m.replace(" - ", " \u2013 ", 1)), s["bullet"], bulletText="\u2022") for m in ms]
        rows.append([Paragraph(ref, s["cellb"]), prog, Paragraph(esc(diff), s["cell"]), bullets])
    t = Table(rows, colWidths=[1.0 * cm, 4.0 * cm, 4.6 * cm, 7.8 * cm], repeatRows=1, splitByRow=0, splitInRow=30)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#004b87")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
                           ("LINEBEFORE", (3, 0), (3, -1), 0.4, colors.HexColor("#8899aa")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st.append(t)
    st.append(Paragraph("5. Delivery through our four LDPs", s["h1"]))
    st.append(Paragraph(
        "The LDP boards own eighteen local priorities between them (Hythewold City five, Carrbeck &amp; Ruddings "
        "four, Saltmarsh Vale five, Fenwick Coast four). Progress against every milestone is reported monthly to the "
        "STP Programme Executive through the programme tracker, and quarterly to the Programme Board.", s["body"]))
    doc.build(st, onFirstPage=footer_factory("HSSTP summary - 21 October 2016 submission"),
              onLaterPages=footer_factory("HSSTP summary - 21 October 2016 submission"))


# --------------------------------------------------------------------------- 2. Hythewold City LDP (Word)
def docx_core(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2016, 9, 30, 9, 0, 0)
    cp.modified = datetime(2016, 9, 30, 9, 0, 0)
    cp.revision = 1


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


HC_PRIORITIES = [
    ("HC1", "Urgent Treatment Centre at Hythewold General Hospital",
     "A GP-led urgent treatment centre beside the emergency department, open 24 hours a day, seeing the minor "
     "illness and injury attendances that now queue in A&E.",
     [("Scheme owner", ["Gareth Pennock, Chief Operating Officer, HTH"]),
      ("Clinical lead", ["Dr Nadia Farrukh, Consultant in Emergency Medicine"]),
      ("Go-live", ["1 December 2017"]),
      ("Investment", ["£3.2m capital", "£1.1m recurrent from 2018/19"])],
     ["November 2016 \u2013 business case to the HTH Board",
      "Q1 2017/18 \u2013 enabling and estates works start",
      "1 December 2017 \u2013 UTC opens, 24 hours a day",
      "Q2 2018/19 \u2013 evaluation report to the LDP Board"]),
    ("HC2", "Community Care Closer to Home",
     "Nine neighbourhood hubs where community nursing, therapy, social work and the practices of each neighbourhood "
     "work as one team for people with long-term conditions.",
     [("Scheme owner", ["Patricia Lomax, Director of Community Services, Hythewold Community Health NHS Trust"]),
      ("Clinical lead", ["Dr Owen Teague, GP, Marlpit Lane Surgery"]),
      ("Go-live", ["April 2017 (first four hubs)"]),
      ("Investment", ["£2.4m in 2017/18"])],
     ["January 2017 \u2013 hub sites agreed",
      "Q1 2017/18 \u2013 first four neighbourhood hubs live",
      "March 2019 \u2013 all nine hubs live"]),
    ("HC3", "Frailty Pathway",
     "Identifying frail older people early in general practice and giving them a same-day assessment unit at the "
     "front door of Hythewold General instead of an admission.",
     [("Scheme owner", ["Dr Ruth Penhaligon, Clinical Director for Older People, HTH"]),
      ("Clinical lead", ["Dr Ama Boateng, Consultant Geriatrician"]),
      ("Go-live", ["September 2017"]),
      ("Investment", ["£0.9m a year"])],
     ["Feb 2017 \u2013 electronic frailty index in use in all city practices",
      "September 2017 \u2013 acute frailty unit opens (12 trolleys)",
      "2018/19 \u2013 frailty pathway extended to care homes"]),
    ("HC4", "GP Resilience and Extended Access",
     "Support for practices at risk, shared back-office for small practices and evening appointments across "
     "the city.",
     [("Scheme owner", ["Lindsey Marchetti, Head of Primary Care, NHS Hythewold City CCG"]),
      ("Clinical lead", ["Dr Harjit Sandhu, GP and CCG Governing Body member"]),
      ("Go-live", ["1 October 2017 (8am to 8pm weekday access for 50% of the population)"]),
      ("Investment", ["£1.9m a year"])],
     ["Dec 2016 \u2013 GP resilience plan agreed with NHS England",
      "1 October 2017 \u2013 extended access for 50% of the population",
      "March 2019 \u2013 extended access for 100% of the population"]),
    ("HC5", "Children and Young People's Mental Health",
     "One front door for children's emotional wellbeing and mental health referrals, with schools linked to "
     "named clinicians.",
     [("Scheme owner", ["Michael Adeyemi-Hart, Associate Director, Children and Young People's Commissioning"]),
      ("Clinical lead", ["To be confirmed"]),
      ("Go-live", ["Q3 2017/18 (single point of access)"]),
      ("Investment", ["£0.6m a year"])],
     ["Q3 2017/18 \u2013 single point of access live",
      "2018/19 \u2013 community eating disorder service meets the waiting time standard"]),
]


def make_hc_ldp():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    docx_core(d, "Hythewold City Local Delivery Plan 2016/17 - 2020/21", "Hythewold City LDP team")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.footer.paragraphs[0].text = "Hythewold City LDP - version 0.9 - 30 September 2016 - draft for LDP Board"
    d.add_heading("Hythewold City Local Delivery Plan 2016/17 \u2013 2020/21", 0)
    p = d.add_paragraph("Version 0.9, 30 September 2016. For the Hythewold City LDP Board.")
    p.runs[0].italic = True
    d.add_heading("1. About this plan", 1)
    d.add_paragraph(
        "This is the local delivery plan for Hythewold City, one of the four LDP areas of the Hythewold & "
        "Saltmarsh STP. It serves 402,300 registered patients in 52 practices. The Hythewold City LDP Board is "
        "chaired by Councillor Denise Whitlock, Chair of the Hythewold City Health and Wellbeing Board. The LDP's "
        "senior responsible officer is Rachel Inchbold, Chief Operating Officer, NHS Hythewold City CCG.")
    d.add_paragraph(
        "Each priority below has a scheme owner, who is accountable to the LDP Board for delivery, and a clinical "
        "lead. Key facts sit in the small table under each heading; the key milestones follow.")
    d.add_heading("2. Our five priorities", 1)
    for code, name, desc, facts, ms in HC_PRIORITIES:
        d.add_heading(f"{code}  {name}", 2)
        d.add_paragraph(desc)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, values in facts:
            cells = t.add_row().cells
            cells[0].text = label
            cells[0].paragraphs[0].runs[0].bold = True
            shade(cells[0], "DCE6F1")
            cells[1].text = values[0]
            for extra in values[1:]:
                cells[1].add_paragraph(extra)
        for row in t.rows:
            row.cells[0].width = Cm(3.6)
            row.cells[1].width = Cm(12.4)
        kp = d.add_paragraph()
        r = kp.add_run("Key milestones")
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        kp.paragraph_format.space_before = Pt(6)
        for m in ms:
            d.add_paragraph(m, style="List Bullet")
    d.add_heading("3. Governance and reporting", 1)
    d.add_paragraph(
        "Scheme owners report monthly to the LDP Board through the STP programme tracker. Exceptions go to the STP "
        "Programme Executive. Changes to a scheme owner or to a key milestone date need the agreement of the LDP "
        "Board or the Programme Executive and are logged by the PMO.")
    end = d.add_paragraph("End of document")
    end.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = OUT / F_HC_LDP
    d.save(str(path))
    restamp_zip(path)


# --------------------------------------------------------------------------- 3. Saltmarsh Vale LDP timeline (Word)
SV_LEADS = [
    ("SV1 Vale Urgent Care Hub.",
     " Tom Ravensworth, Director of Operations at Saltmarsh District General Hospital NHS Trust (SDGH), leads this "
     "priority, with Dr Leila Hoskins, GP, as clinical lead. The hub brings the walk-in centre, GP out-of-hours and "
     "the minor injuries unit under one roof on the Saltmarsh District General site."),
    ("SV2 MSK Triage Service.",
     " Dr Colm Brannigan, GP with a special interest in musculoskeletal medicine, is both scheme owner and clinical "
     "lead. All back, joint and muscle referrals from Vale practices will pass through one triage point staffed by "
     "extended-scope physiotherapists."),
    ("SV3 Stroke Early Supported Discharge (ESD).",
     " Elaine Mottram, Head of Therapies, Vale Community Services, is scheme owner. Stroke survivors go home sooner "
     "with rehabilitation at home."),
    ("SV4 IAPT expansion.",
     " Dr Ifan Prydderch, Consultant Clinical Psychologist, Saltmarsh & Fenwick Partnership NHS Foundation Trust, "
     "leads the expansion of psychological therapies from 15% to 25% of prevalence."),
    ("SV5 Transforming Care for people with learning disabilities.",
     " Gwen Hatherley, Transforming Care Lead, NHS Saltmarsh Vale CCG, is scheme owner."),
]

YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]
SV_TIMELINE = [
    ("SV1 Vale Urgent Care Hub", {"2016/17": ["Dec: hub model agreed by the Vale LDP Board"],
                                  "2017/18": ["Jun: building works start", "Jan: hub opens"],
                                  "2018/19": ["Oct: 12-month review"]}),
    ("SV2 MSK Triage Service", {"2016/17": ["Mar: service specification signed off"],
                                "2017/18": ["Sep: new triage service live"],
                                "2018/19": ["Apr: community physiotherapy integrated"]}),
    ("SV3 Stroke ESD", {"2016/17": ["Nov: ESD business case"],
                        "2017/18": ["Feb: ESD team live, six days a week"],
                        "2019/20": ["Jul: seven-day service"]}),
    ("SV4 IAPT expansion", {"2016/17": ["Mar: 15% access achieved"],
                            "2018/19": ["Mar: 19% access"],
                            "2020/21": ["Mar: 25% access"]}),
    ("SV5 Transforming Care (LD)", {"2016/17": ["Jan: 3 inpatients discharged to community settings"],
                                    "2018/19": ["Mar: inpatient beds reduced to 6"]}),
]


def make_sv_ldp():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    docx_core(d, "Saltmarsh Vale Local Delivery Plan - delivery timeline", "Vale Health and Care Partnership")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Vale Health and Care Partnership - DRAFT"
    d.add_heading("Saltmarsh Vale Local Delivery Plan: delivery timeline 2016/17 \u2013 2020/21", 0)
    d.add_paragraph("Draft for the Vale Health and Care Partnership, 14 October 2016. Saltmarsh Vale LDP area, "
                    "population 318,700.")
    d.add_heading("Our priorities and who leads them", 1)
    for lead, rest in SV_LEADS:
        p = d.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(rest)
    d.add_heading("Delivery timeline", 1)
    d.add_paragraph("Columns are NHS financial years (April to March). Each month is shown in the column of the "
                    "financial year in which it falls.")
    t = d.add_table(rows=1, cols=1 + len(YEARS))
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text = "Priority"
    for i, y in enumerate(YEARS):
        hdr[i + 1].text = y
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E2EFDA")
    for name, cells in SV_TIMELINE:
        row = t.add_row().cells
        row[0].text = name
        row[0].paragraphs[0].runs[0].bold = True
        for i, y in enumerate(YEARS):
            items = cells.get(y, [])
            if items:
                row[i + 1].text = items[0]
                for extra in items[1:]:
                    row[i + 1].add_paragraph(extra)
    for row in t.rows:
        row.cells[0].width = Cm(5.2)
        for c in row.cells[1:]:
            c.width = Cm(4.3)
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("The timeline will be refreshed after the STP Programme Board has considered the LDPs. Costs are "
                    "set out in the STP financial annex, not in this timeline.")
    path = OUT / F_SV_LDP
    d.save(str(path))
    restamp_zip(path)


# --------------------------------------------------------------------------- 4. Must-do annex (PDF, a table per must-do)
PRIORITY_NAMES = {
    "HC1": "Urgent Treatment Centre at Hythewold General", "HC2": "Community Care Closer to Home",
    "HC3": "Frailty Pathway", "HC4": "GP Resilience and Extended Access",
    "HC5": "Children and Young People's Mental Health",
    "CR1": "Ruddings Community Hospital Redesign", "CR2": "Care Home Support Team", "CR3": "Diabetes Prevention",
    "CR4": "Elective Pathway Redesign",
    "SV1": "Vale Urgent Care Hub", "SV2": "MSK Triage Service", "SV3": "Stroke Early Supported Discharge",
    "SV4": "IAPT Expansion", "SV5": "Transforming Care (Learning Disabilities)",
    "FC1": "Coastal Primary Care Hubs", "FC2": "A&E Front Door Streaming", "FC3": "Perinatal & Crisis Mental Health",
    "FC4": "Cancer Early Diagnosis",
}
AREA_OF = {"HC": "Hythewold City", "CR": "Carrbeck & Ruddings", "SV": "Saltmarsh Vale", "FC": "Fenwick Coast"}
MUSTDOS = [
    (1, "Deliver a high-quality and agreed STP", None),
    (2, "Return the system to aggregate financial balance",
     [("HC2", "Primary"), ("HC3", "Supporting"), ("CR1", "Primary"), ("CR3", "Supporting"), ("SV2", "Supporting"),
      ("SV3", "Supporting")]),
    (3, "Sustainability and quality of general practice",
     [("HC4", "Primary"), ("HC2", "Supporting"), ("FC1", "Primary")]),
    (4, "A&E and ambulance access standards",
     [("HC1", "Primary"), ("HC2", "Supporting"), ("HC3", "Primary"), ("HC4", "Supporting"), ("CR2", "Supporting"),
      ("SV1", "Primary"), ("FC1", "Supporting"), ("FC2", "Primary")]),
    (5, "Referral to treatment (RTT): 92% within 18 weeks",
     [("CR4", "Primary"), ("SV2", "Primary"), ("FC4", "Supporting")]),
    (6, "Cancer: the 62-day waiting standard", [("CR4", "Supporting"), ("FC4", "Primary")]),
    (7, "Mental health access standards (EIP and IAPT)",
     [("HC5", "Supporting"), ("SV4", "Primary"), ("FC3", "Primary")]),
    (8, "Transforming care for people with learning disabilities", [("CR2", "Supporting"), ("SV5", "Primary")]),
    (9, "Quality improvement, including organisations in special measures",
     [("HC1", "Supporting"), ("CR1", "Primary"), ("SV3", "Supporting"), ("FC3", "Supporting")]),
]
MUSTDO_NOTES = {
    1: "Each LDP as a whole is the delivery vehicle of the STP; no single priority is listed.",
    6: "Hythewold City and Saltmarsh Vale rely on STP programme S6 (Cancer) for this standard.",
    9: "Ward services at Ruddings Community Hospital were rated inadequate by the CQC in May 2016.",
}


def make_mustdo(s):
    path = OUT / F_MUSTDO
    doc = pdf_doc(path, "Annex C - local priorities against the nine national must-dos", "HSSTP PMO")
    st = [Paragraph("Annex C: local priorities against the nine national must-dos", s["title"]),
          Paragraph("Hythewold &amp; Saltmarsh STP. 2016/17 NHS planning guidance. Version 2, 18 November 2016.",
                    s["sub"]), Spacer(1, 6),
          Paragraph(
              "For each of the nine must-dos, the table lists the LDP priorities that address it. <b>Primary</b>: "
              "the priority is a main means of delivering the must-do. <b>Supporting</b>: it contributes. An LDP "
              "area that is not listed under a must-do has no local priority for it.", s["body"])]
    for num, title, rows in MUSTDOS:
        block = [Paragraph(f"Must-do {num} \u2013 {title}".replace("&", "&amp;"), s["h2"])]
        data = [[Paragraph(h, s["head"]) for h in ("LDP area", "Local priority", "Role")]]
        spans = []
        if rows is None:
            for area in AREA_OF.values():
                data.append([Paragraph(area.replace("&", "&amp;"), s["cell"]), Paragraph("LDP as a whole", s["cell"]),
                             Paragraph("Primary", s["cell"])])
        else:
            for prefix, area in AREA_OF.items():
                mine = [r for r in rows if r[0].startswith(prefix)]
                if not mine:
                    continue
                first = len(data)
                for i, (code, role) in enumerate(mine):
                    data.append([Paragraph(area.replace("&", "&amp;") if i == 0 else "", s["cell"]),
                                 Paragraph(f"{code} {PRIORITY_NAMES[code]}".replace("&", "&amp;"), s["cell"]),
                                 Paragraph(role, s["cell"])])
                if len(mine) > 1:
                    spans.append(("SPAN", (0, first), (0, first + len(mine) - 1)))
        t = Table(data, colWidths=[4.4 * cm, 8.6 * cm, 3.0 * cm], repeatRows=1)
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5b2c6f")),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans))
        block.append(t)
        if num in MUSTDO_NOTES:
            block.append(Paragraph("Note: " + MUSTDO_NOTES[num], s["small"]))
        st.append(KeepTogether(block))
    st.append(Paragraph("Priority key", s["h1"]))
    key = [[Paragraph(h, s["head"]) for h in ("Code", "Priority", "LDP area")]]
    for code, name in PRIORITY_NAMES.items():
        key.append([Paragraph(code, s["cell"]), Paragraph(name.replace("&", "&amp;"), s["cell"]),
                    Paragraph(AREA_OF[code[:2]].replace("&", "&amp;"), s["cell"])])
    t = Table(key, colWidths=[1.6 * cm, 9.4 * cm, 5.0 * cm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#5b2c6f")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    st.append(t)
    doc.build(st, onFirstPage=footer_factory("Annex C - version 2 - 18 November 2016"),
              onLaterPages=footer_factory("Annex C - version 2 - 18 November 2016"))


# --------------------------------------------------------------------------- 5. Programme tracker (Excel)
D = date
TRACKER = [
    # ref, area, initiative, milestone, baseline, forecast, owner, rag, comment
    ("S4.1", "STP-wide", "Acute Services Review", "Pre-consultation business case submitted to NHS England",
     D(2017, 2, 28), D(2017, 2, 28), "Mr Anand Rajagopal", "A", "Clinical senate review 24/01/2017"),
    ("S6.1", "STP-wide", "Cancer", "Cancer Alliance board established", D(2017, 1, 31), D(2017, 1, 31),
     "Dr Yusuf Hallam", "G", ""),
    ("S7.2", "STP-wide", "Digital - Local Digital Roadmap", "Shared care record pilot (two neighbourhoods)",
     "Q4 2016/17", "Q4 2016/17", "Piotr Wisniewski", "G", ""),
    ("HC1.1", "Hythewold City", "Urgent Treatment Centre", "Business case approved by HTH Board", D(2016, 11, 30),
     D(2016, 11, 24), "Gareth Pennock", "C", "Approved 24/11/2016"),
    ("HC1.2", "Hythewold City", "Urgent Treatment Centre", "Enabling and estates works start", "Q1 2017/18",
     "Q1 2017/18", "Gareth Pennock", "G", ""),
    ("HC1.3", "Hythewold City", "Urgent Treatment Centre", "UTC opens to the public", D(2017, 12, 1), D(2017, 12, 1),
     "Gareth Pennock", "A", "Estates programme tight"),
    ("HC2.1", "Hythewold City", "Home First", "First four neighbourhood hubs live", "Q1 2017/18", "Q1 2017/18",
     "Patricia Lomax", "G", ""),
    ("HC2.2", "Hythewold City", "Home First", "All nine hubs live", D(2019, 3, 31), D(2019, 3, 31), "Patricia Lomax",
     "G", ""),
    ("HC3.1", "Hythewold City", "Frailty Pathway", "Acute frailty unit opens (12 trolleys)", D(2017, 9, 1),
     D(2017, 9, 1), "Dr Ruth Penhaligon", "G", ""),
    ("HC4.1", "Hythewold City", "GP Resilience and Extended Access", "Extended access 8am-8pm weekdays for 50% of "
     "population", D(2017, 10, 1), D(2017, 10, 1), "Lindsey Marchetti", "A", "Two federations yet to sign"),
    ("HC5.1", "Hythewold City", "CYP Mental Health", "Single point of access live", "Q3 2017/18", "TBC",
     "Michael Adeyemi-Hart", "R", "Recruitment to clinical lead post unsuccessful"),
    ("CR1.1", "Carrbeck & Ruddings", "Ruddings Community Hospital Redesign",
     "Options appraisal to Carrbeck & Ruddings CCG Governing Body", D(2017, 2, 22), D(2017, 2, 22), "Nicola Strachan",
     "G", ""),
    ("CR1.2", "Carrbeck & Ruddings", "Ruddings Community Hospital Redesign",
     "Ward 3 reprovided as a step-up/step-down unit", "Q3 2017/18", "Q4 2017/18", "Nicola Strachan", "A",
     "See Changes log"),
    ("CR2.1", "Carrbeck & Ruddings", "Care Home Support Team", "Team covers all 58 care homes", D(2017, 6, 30),
     D(2017, 6, 30), "Joanne Kettlewell", "G", ""),
    ("CR3.1", "Carrbeck & Ruddings", "Diabetes Prevention", "First NDPP referrals accepted", D(2017, 1, 16),
     D(2017, 1, 16), "Dr Sunil Varghese", "G", ""),
    ("CR4.1", "Carrbeck & Ruddings", "Elective Pathway Redesign",
     "Referral management and advice & guidance in place for six specialties", D(2017, 3, 31), D(2017, 3, 31),
     "Stuart Felgate", "A", ""),
    ("CR4.2", "Carrbeck & Ruddings", "Elective Pathway Redesign", "RTT 92% incomplete standard recovered",
     "Q2 2017/18", "Q3 2017/18", "Stuart Felgate", "R", "Orthopaedic backlog 1,140 over 18 weeks"),
    ("SV1.1", "Saltmarsh Vale", "Vale Urgent Care Hub", "Hub model agreed by Vale LDP Board", D(2016, 12, 14),
     D(2016, 12, 14), "Tom Ravensworth", "C", ""),
    ("SV2.1", "Saltmarsh Vale", "MSK Triage Service", "New triage service live", D(2017, 9, 30), D(2017, 11, 30),
     "Dr Colm Brannigan", "A", "Procurement extended; see Changes log"),
    ("SV4.1", "Saltmarsh Vale", "IAPT Expansion", "15% access achieved", D(2017, 3, 31), D(2017, 3, 31),
     "Dr Ifan Prydderch", "A", "Running at 13.8%"),
    ("SV5.1", "Saltmarsh Vale", "Transforming Care (LD)", "3 inpatients discharged to community settings",
     D(2017, 1, 31), D(2017, 1, 31), "Gwen Hatherley", "A", ""),
    ("FC1.1", "Fenwick Coast", "Coastal Primary Care Hubs", "Hub 1 (Fenwick Quay) opens", D(2017, 4, 3),
     D(2017, 4, 3), "Dr Marcus Elphick", "G", ""),
    ("FC1.2", "Fenwick Coast", "Coastal Primary Care Hubs", "Hubs 2 and 3 (Saltburn Road, Holmcliffe) open",
     "Q4 2017/18", "TBC", "Dr Marcus Elphick", "A", "Awaiting estates capital"),
    ("FC2.1", "Fenwick Coast", "A&E Front Door Streaming", "GP streaming live at Fenwick General emergency department",
     D(2017, 1, 30), D(2017, 1, 30), "Alison Chiltern", "G", ""),
    ("FC3.1", "Fenwick Coast", "Perinatal & Crisis Mental Health", "24/7 crisis resolution and home treatment team",
     "Q4 2016/17", D(2017, 3, 13), "Dr Kwame Oduro", "A", ""),
    ("FC4.1", "Fenwick Coast", "Cancer Early Diagnosis", "Straight-to-test lung pathway live", D(2017, 2, 1),
     D(2017, 2, 1), "Helen Truscott", "G", ""),
]
CHANGES = [
    (D(2016, 12, 2), "SV2.1", "Go-live moved from 30/09/2017 to 30/11/2017: procurement timetable extended by eight "
     "weeks", "STP Programme Executive"),
    (D(2016, 12, 8), "HC2", "Initiative renamed from \"Community Care Closer to Home\" to \"Home First\", effective "
     "01/01/2017", "STP Programme Board"),
    (D(2016, 12, 15), "CR1.2", "Ward 3 reprovision moved from Q3 2017/18 to Q4 2017/18 (staff consultation)",
     "Carrbeck & Ruddings LDP Board"),
    (D(2017, 1, 3), "FC1.2", "Hubs 2 and 3 date now TBC pending the STP estates capital bid", "Fenwick Coast LDP Board"),
]


def make_tracker():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.properties.creator = "HSSTP PMO"
    wb.properties.title = "HSSTP Programme Tracker"
    wb.properties.created = datetime(2017, 1, 6, 9, 0, 0)
    wb.properties.modified = datetime(2017, 1, 6, 9, 0, 0)
    ws = wb.active
    ws.title = "Milestones"
    ws["A1"] = ("Hythewold & Saltmarsh STP - Programme Tracker - position at 6 January 2017 (for the Programme "
                "Executive, 9 January 2017)")
    ws["A1"].font = Font(bold=True, size=13)
    headers = ["Ref", "LDP / STP", "Initiative", "Milestone", "Baseline due", "Forecast due", "Milestone owner", "RAG",
               "Comment"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    fills = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE", "C": "D9D9D9"}
    for r, row in enumerate(TRACKER, 4):
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, date):
                # month-precision milestones are shown as a month, the rest as a day
                c.number_format = "mmm-yy" if (v.day == 1 and row[0] in ("HC3.1",)) or row[0] == "HC2.2" else \
                    "dd/mm/yyyy"
        ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[row[7]])
    widths = [7, 18, 30, 46, 13, 13, 22, 6, 34]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:I{3 + len(TRACKER)}"

    ch = wb.create_sheet("Changes log")
    ch["A1"] = "Changes to owners, milestones and names agreed since the October 2016 submission"
    ch["A1"].font = Font(bold=True)
    for i, h in enumerate(["Date", "Ref", "Change", "Agreed by"], 1):
        ch.cell(row=2, column=i, value=h).font = Font(bold=True)
    for r, row in enumerate(CHANGES, 3):
        for i, v in enumerate(row, 1):
            c = ch.cell(row=r, column=i, value=v)
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCD", (12, 8, 80, 30)):
        ch.column_dimensions[col].width = w

    key = wb.create_sheet("RAG key")
    for r, row in enumerate([("RAG", "Meaning"), ("C", "Complete"), ("G", "On track"),
                             ("A", "At risk but recoverable within the quarter"),
                             ("R", "Off track: milestone will be missed without intervention"),
                             ("TBC", "Date to be confirmed: no agreed forecast")], 1):
        for i, v in enumerate(row, 1):
            key.cell(row=r, column=i, value=v)
    key["A1"].font = key["B1"].font = Font(bold=True)
    key.column_dimensions["B"].width = 60
    path = OUT / F_TRACKER
    wb.save(str(path))
    restamp_zip(path)


# --------------------------------------------------------------------------- 6. Programme Board paper (PDF)
SAVINGS = [  # programme, 2017/18, 2018/19, 2019/20, 2020/21 (GBP m, cumulative)
    ("S1 Prevention at Scale", 1.0, 4.0, 8.5, 14.0),
    ("S2 Integrated Neighbourhood Care", 8.0, 24.5, 43.0, 61.0),
    ("S3 Urgent & Emergency Care", 6.5, 17.0, 28.5, 38.0),
    ("S4 Acute Services Review", 0.0, 12.0, 55.0, 97.0),
    ("S5 Mental Health", 3.0, 9.0, 15.5, 22.0),
    ("S6 Cancer", 0.5, 2.0, 4.0, 6.0),
    ("S7 Digital", 0.5, 3.0, 7.0, 11.0),
    ("S8 Workforce", 4.0, 9.5, 14.5, 19.0),
    ("S9 Productivity and Estates", 7.0, 21.0, 35.0, 48.0),
]


def make_board(s):
    path = OUT / F_BOARD
    doc = pdf_doc(path, "STP Programme Board 8 December 2016 - Paper 5", "HSSTP PMO")
    st = [Paragraph("Hythewold &amp; Saltmarsh STP Programme Board", s["title"]),
          Paragraph("Meeting held on Thursday 8 December 2016, Boardroom, Carrbeck House. Paper 5: STP delivery "
                    "update and record of decisions. Chair: Margaret Oduya. Presented by: Julian Ashworth, STP "
                    "Lead. Prepared by: the STP Programme Management Office.", s["sub"]), Spacer(1, 10)]

    def para_rows(items):
        rows = []
        for num, label, text in items:
            rows.append([[Paragraph(num, s["cellb"]), Paragraph(label, s["label"])], Paragraph(esc(text), s["body"])])
        t = Table(rows, colWidths=[2.6 * cm, 14.8 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.HexColor("#8a1c1c")),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    st.append(Paragraph("1. Purpose", s["h1"]))
    st.append(para_rows([("1.1", "NOTED",
                          "This paper updates the Board on delivery of the STP since it was submitted on 21 October "
                          "2016 and records the decisions, appointments and financial position agreed at the "
                          "meeting.")]))
    st.append(Paragraph("2. Decisions and appointments", s["h1"]))
    st.append(para_rows([
        ("2.1", "DECISION",
         "The Board approved the pre-consultation business case for the Acute Services Review (S4) for submission to "
         "NHS England's assurance process in February 2017. Subject to assurance, the 12-week public consultation "
         "will run from June to September 2017."),
        ("2.2", "DECISION",
         "The Board agreed that the Hythewold City priority \"Community Care Closer to Home\" (HC2) be renamed "
         "\"Home First\" with effect from 1 January 2017, to match the name used with the public. Its scope, scheme "
         "owner, clinical lead and milestones are unchanged."),
        ("2.3", "APPOINTMENT",
         "The Board appointed Dr Fiona Lace, Clinical Chair of NHS Saltmarsh Vale CCG, as Chair of the STP Clinical "
         "Board with immediate effect. She succeeds Dr Peter Valance, who stood down in November 2016."),
        ("2.4", "APPOINTMENT",
         "Colin Ashdown, Head of Estates at HTH, was appointed STP Estates Lead from 1 January 2017. He will lead "
         "the STP estates strategy and the capital bids for the urgent treatment centre and the coastal hubs."),
        ("2.5", "APPOINTMENT",
         "Dawn Pickersgill, Director of Adult Social Care, Fenwick County Council, was appointed to the Board to "
         "represent the three local authorities."),
        ("2.6", "NOTED",
         "Recruitment to the STP Programme Director post did not result in an appointment. The post will be "
         "re-advertised in January 2017; the PMO continues to provide interim cover."),
    ]))
    st.append(Paragraph("3. Financial position", s["h1"]))
    st.append(para_rows([
        ("3.1", "NOTED",
         "The \"do nothing\" gap for the footprint is £571m by 2020/21 (NHS £468m; adult social care £103m). "
         "Business-as-usual efficiency by providers and commissioners is expected to deliver £207m, and the nine "
         "STP programmes £316m (Table 1), leaving a residual gap of £48m by 2020/21, which the footprint expects "
         "to close through Sustainability and Transformation Fund (STF) allocations."),
        ("3.2", "NOTED",
         "The footprint's STF allocation for 2017/18 is £31.6m, conditional on the system control total being "
         "accepted by all six trusts."),
    ]))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Table 1: net savings by programme, £m, cumulative against the do-nothing position", s["small"]))
    data = [["Programme", "2017/18", "2018/19", "2019/20", "2020/21"]]
    totals = [0.0] * 4
    for name, *vals in SAVINGS:
        data.append([name] + [f"{v:.1f}" for v in vals])
        totals = [a + b for a, b in zip(totals, vals)]
    data.append(["Total, nine STP programmes"] + [f"{v:.1f}" for v in totals])
    t = Table(data, colWidths=[7.4 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm, 2.3 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f2f2")])]))
    st.append(t)
    st.append(Paragraph("4. Next meetings", s["h1"]))
    st.append(para_rows([
        ("4.1", "NOTED",
         "The Board will next meet on Thursday 12 January 2017, Thursday 9 February 2017 and Thursday 9 March "
         "2017, each from 2.00pm to 4.30pm in the Boardroom, Carrbeck House. Papers are due with the PMO seven "
         "working days before each meeting."),
    ]))
    doc.build(st, onFirstPage=footer_factory("STP Programme Board - 8 December 2016 - Paper 5"),
              onLaterPages=footer_factory("STP Programme Board - 8 December 2016 - Paper 5"))


# --------------------------------------------------------------------------- 7. Deck (PowerPoint)
RISKS = [  # id, short, likelihood, impact, description, owner, mitigation
    ("R1", "Workforce", 4, 4, "We cannot recruit and retain enough GPs, nurses and therapists to staff the new models "
     "of care", "Harriet Okonedo, Director of Workforce, SDGH", "STP workforce plan (March 2017); shared nurse bank"),
    ("R2", "Finance", 4, 5, "The do-nothing gap is not closed and partners cannot agree a risk share",
     "Malcolm Brierley, STP Finance Lead", "System control total; aligned incentive contracts"),
    ("R3", "Consultation", 3, 4, "Legal challenge or delay to the Acute Services Review consultation",
     "Mr Anand Rajagopal, Medical Director, HTH", "Early engagement; NHS England assurance; clinical senate review"),
    ("R4", "Social care market", 4, 3, "Care home and domiciliary care providers leave the market",
     "Dawn Pickersgill, Director of Adult Social Care, Fenwick County Council",
     "Market position statement; joint fee review"),
    ("R5", "Digital", 2, 3, "Systems do not interoperate in time for the shared care record",
     "Piotr Wisniewski, Chief Information Officer, HTH", "Local Digital Roadmap; pilot in Q4 2016/17"),
    ("R6", "Estates", 3, 5, "Capital is not available for the UTC, the hubs and hospital reconfiguration",
     "Colin Ashdown, STP Estates Lead", "Disposals programme; STP estates strategy"),
    ("R7", "Primary care resilience", 5, 3, "Practices close on the coast and in the city",
     "Lindsey Marchetti, Head of Primary Care, NHS Hythewold City CCG", "GP resilience plan; coastal hubs"),
    ("R8", "Clinical engagement", 2, 4, "Clinicians do not support the acute service changes",
     "Dr Fiona Lace, Chair, STP Clinical Board", "Clinical Board; clinical senate review"),
]
POAP = [
    ("S1 Prevention at Scale", "Dr Imelda Roscoe", "Smoking prevalence 15% by 2020/21"),
    ("S2 Integrated Neighbourhood Care", "Bernadette Quayle", "36 neighbourhood teams"),
    ("S3 Urgent & Emergency Care", "Gareth Pennock", "95% four-hour standard, March 2018"),
    ("S4 Acute Services Review", "Mr Anand Rajagopal", "96 fewer acute beds"),
    ("S5 Mental Health", "Siobhan Ferriday", "IAPT access 25%"),
    ("S6 Cancer", "Dr Yusuf Hallam", "62-day standard 85%"),
    ("S7 Digital", "Piotr Wisniewski", "Paper-free at point of care, 2020"),
    ("S8 Workforce", "Harriet Okonedo", "40 physician associates"),
    ("S9 Productivity and Estates", "Malcolm Brierley", "£24m from estates disposals"),
]


def make_deck():
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Emu, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    cp = prs.core_properties
    cp.title = "HSSTP programme on a page and risk heat map"
    cp.author = "HSSTP PMO"
    cp.last_modified_by = "HSSTP PMO"
    cp.created = datetime(2016, 12, 1, 9, 0, 0)
    cp.modified = datetime(2016, 12, 1, 9, 0, 0)
    cp.revision = 1
    blank = prs.slide_layouts[6]
    E = 914400 // 2.54  # EMU per cm

    def box(slide, x, y, w, h, lines, size=12, bold_first=False, fill=None):
        sh = slide.shapes.add_textbox(Emu(int(x * E)), Emu(int(y * E)), Emu(int(w * E)), Emu(int(h * E)))
        if fill:
            sh.fill.solid()
            sh.fill.fore_color.rgb = RGBColor.from_string(fill)
        tf = sh.text_frame
        tf.word_wrap = True
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            r = p.add_run()
            r.text = line
            r.font.size = Pt(size)
            r.font.bold = bold_first and i == 0
        return sh

    # slide 1: title
    s1 = prs.slides.add_slide(prs.slide_layouts[0])
    s1.shapes.title.text = "Hythewold & Saltmarsh STP"
    s1.placeholders[1].text = "Programme on a page and risk heat map\nSTP Programme Board, 8 December 2016"

    # slide 2: programme on a page (3 x 3 boxes)
    s2 = prs.slides.add_slide(blank)
    box(s2, 1.0, 0.5, 30, 1.5, ["Programme on a page: nine programmes, one plan, 2016/17 to 2020/21"], 24, True)
    for i, (name, sro, ambition) in enumerate(POAP):
        col, row = i % 3, i // 3
        box(s2, 1.0 + col * 10.6, 2.4 + row * 4.9, 10.0, 4.4, [name, "SRO: " + sro, "Ambition: " + ambition], 13,
            True, "DEEBF7")
    box(s2, 1.0, 17.3, 31, 1.2, ["Enablers: Digital, Workforce and Estates report to the STP Programme Executive."], 11)

    # slide 3: heat map (table placement gives likelihood and impact)
    s3 = prs.slides.add_slide(blank)
    box(s3, 1.0, 0.5, 30, 1.5, ["Risk heat map: residual risk, December 2016"], 24, True)
    gs = s3.shapes.add_table(6, 6, Emu(int(1.0 * E)), Emu(int(2.3 * E)), Emu(int(22 * E)), Emu(int(13.5 * E)))
    tbl = gs.table
    impacts = ["1 Negligible", "2 Minor", "3 Moderate", "4 Major", "5 Catastrophic"]
    likes = ["5 Almost certain", "4 Likely", "3 Possible", "2 Unlikely", "1 Rare"]
    tbl.cell(0, 0).text = "Likelihood / Impact"
    for j, lab in enumerate(impacts, 1):
        tbl.cell(0, j).text = lab
    for i, lab in enumerate(likes, 1):
        tbl.cell(i, 0).text = lab
        lk = 6 - i
        for j in range(1, 6):
            ids = [r[0] for r in RISKS if r[2] == lk and r[3] == j]
            cell = tbl.cell(i, j)
            cell.text = ", ".join(ids)
            score = lk * j
            colour = "FF7C80" if score >= 15 else "FFC000" if score >= 8 else "FFFF99" if score >= 4 else "92D050"
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(colour)
    for r in tbl.rows:
        for c in r.cells:
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)
    box(s3, 23.6, 2.3, 9.0, 8.0, ["Key", "Score = likelihood x impact", "Red: 15 to 25", "Amber: 8 to 12",
                                 "Yellow: 4 to 6", "Green: 1 to 3", "Risk owners are on the next slide."], 12, True)
    s3.notes_slide.notes_text_frame.text = ("Each risk sits in the cell of its residual likelihood (rows) and impact "
                                            "(columns). Scores are not shown in the register.")

    # slide 4: the register (no scores)
    s4 = prs.slides.add_slide(blank)
    box(s4, 1.0, 0.5, 30, 1.5, ["Top risks and owners"], 24, True)
    gs = s4.shapes.add_table(len(RISKS) + 1, 4, Emu(int(1.0 * E)), Emu(int(2.2 * E)), Emu(int(31.5 * E)),
                             Emu(int(15.5 * E)))
    tbl = gs.table
    for j, h in enumerate(["ID", "Risk", "Owner", "Key mitigation"]):
        tbl.cell(0, j).text = h
    for i, (rid, short, _l, _i, desc, owner, mit) in enumerate(RISKS, 1):
        tbl.cell(i, 0).text = rid
        tbl.cell(i, 1).text = f"{short}: {desc}"
        tbl.cell(i, 2).text = owner
        tbl.cell(i, 3).text = mit
    widths = [1.6, 13.0, 8.9, 8.0]
    for j, w in enumerate(widths):
        tbl.columns[j].width = Emu(int(w * E))
    for r in tbl.rows:
        for c in r.cells:
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    path = OUT / F_DECK
    prs.save(str(path))
    restamp_zip(path)


# --------------------------------------------------------------------------- 8. Programme Executive note (Markdown)
NOTE = """\
# STP Programme Executive: note of teleconference

**Date:** Monday 9 January 2017, 08:30 to 09:15
**Chair:** Julian Ashworth (JA), STP Lead
**On the call:** Malcolm Brierley (MB), Rachel Inchbold (RI), Gareth Pennock (GPe), Nicola Strachan (NS),
Tom Ravensworth (TR), Kieran Doyle (KD); Amrit Sehmbi (AS), PMO, taking the note
**Apologies:** Dr Ruth Penhaligon, Siobhan Ferriday

## 1. Tracker

The tracker at 6 January 2017 was noted. Two milestones are red (the city single point of access for children's
mental health, and RTT recovery in Carrbeck). NS confirmed that the Ward 3 change at Ruddings is already on the
Changes log.

## 2. Changes agreed

These supersede the Hythewold City LDP (version 0.9) and the tracker of 6 January 2017.

- **HC3 Frailty Pathway: scheme owner.** Dr Ruth Penhaligon begins a twelve-month secondment to the regional
  clinical senate on Monday 16 January 2017. From that date Kieran Doyle, Deputy Chief Operating Officer at HTH,
  is scheme owner for the Frailty Pathway. Dr Ama Boateng continues as clinical lead.
- **HC1 Urgent Treatment Centre: opening date.** The enabling works cannot start until the fracture clinic moves
  out in July 2017, so the UTC will now open on Monday 5 February 2018 (was 1 December 2017). The evaluation
  report moves from Q2 2018/19 to Q4 2018/19.

## 3. Actions

- [ ] Update the tracker and the Hythewold City LDP for both changes (AS, by 13/01/2017)
- [ ] Re-advertise the STP Programme Director post (JA, by 31/01/2017)
- [x] Circulate the Home First communications brief (RI, done 06/01/2017)
- [ ] Brief the Programme Board on 12 January 2017 about the UTC date (GPe, 12/01/2017)

Next Programme Executive: Monday 6 February 2017, same time.
"""


def make_note():
    (OUT / F_NOTE).write_text(NOTE, encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    s = styles()
    make_summary(s)
    make_hc_ldp()
    make_sv_ldp()
    make_mustdo(s)
    make_tracker()
    make_board(s)
    make_deck()
    make_note()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
