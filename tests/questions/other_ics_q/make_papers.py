"""Build papers/ for the Calverdine & Orrisford STP (imaginary), reproducibly (same bytes on every run).

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape as esc

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate,  # noqa: E402
                                PageBreak, PageTemplate, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

OUT = Path(__file__).resolve().parent / "papers"
STAMP = (2017, 12, 1, 9, 0, 0)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1f4e79"))
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)


def restamp(path):
    """Rewrite a zip-based Office file with one fixed time on every entry."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2017-12-01T09:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)


# ------------------------------------------------------------------ 01 narrative: two columns, mixed frames
NARRATIVE_P1 = [
    ("h", "1. Our footprint"),
    "The Calverdine &amp; Orrisford STP (footprint 51) serves a registered population of 1,046,200 people across "
    "four places: Calverdine City, Orrisford &amp; Wendle, Bleckmoor Dale and Sennastow Coast. It brings together "
    "three CCGs, two councils with adult social care responsibilities (Calverdine City Council and Orrisford "
    "County Council), four NHS trusts and 132 GP practices.",
    "This narrative accompanies the key milestone schedule and the place delivery returns. It replaces the "
    "October 2016 submission and was refreshed in September 2017 after the Next Steps review.",
    ("h", "Why we must change"),
    "Too many older people stay in hospital beds longer than they need to, waiting for care at home or a "
    "care home place. A&amp;E departments at the Royal Infirmary and at Sennastow Hospital are full on most winter "
    "days, and the coast has the footprint's lowest number of GPs for its population. Children and young people "
    "wait too long for help with their mental health, and people with a learning disability still live in "
    "hospital when they could live in the community with the right support.",
    "At the same time the money does not stretch: demand for hospital care grows faster than the funding, and "
    "both councils face falling budgets for adult social care. Our answer is to do more in the community and in "
    "general practice, to bring specialist services together where that improves outcomes, and to share "
    "buildings, staff and records across organisations.",
    ("h", "2. How we are led"),
    "Helena Marchbank, Chief Executive of Calverdine Teaching Hospitals NHS Foundation Trust, is the STP Lead and "
    "Senior Responsible Officer. The Partnership Board meets every other month and is chaired by Professor "
    "Alasdair Quine, Independent Chair. Rupert Eddowes, Director of Finance at NHS Calverdine CCG, is the STP "
    "Finance Lead and chairs the Directors of Finance group.",
    "Dr Bernard Elstow chairs the STP Clinical Board, which signs off every clinical model before consultation. "
    "Tobias Greenhalgh is STP Programme Director and runs the programme office. The STP Estates Lead post is "
    "vacant; estates work is coordinated by the programme office until an appointment is made.",
    "Each place has a Place SRO who answers to the System Leadership Group for the schemes in that place "
    "(Table 1 overleaf).",
    ("h", "3. The money"),
    "If we do nothing, the footprint faces a financial gap of £412m by 2020/21, of which £338m falls to the NHS and "
    "£74m to adult social care. Provider and commissioner efficiency closes £231m and the sixteen place schemes a "
    "further £162m, leaving a residual gap of £19m that the Acute Services Review must close.",
    "We have bid for £22.4m of transformation funding for 2018/19, most of it for the urgent care and primary "
    "care schemes.",
]
NARRATIVE_P2 = [
    ("h", "4. System programmes"),
    "The Local Digital Roadmap is led by Declan Furness, Chief Information Officer at Calverdine Teaching "
    "Hospitals. The Calverdine &amp; Orrisford Care Record will be live in all 132 practices by the end of "
    "December 2018, with the four acute and community trusts connected a quarter earlier.",
    "Femi Adeyinka, Director of Workforce at Orrisford General Hospital NHS Trust, leads the workforce "
    "programme. The Urgent &amp; Emergency Care Delivery Board is chaired by Nathaniel Orme, Chief Operating "
    "Officer of Sennastow &amp; Dale Hospitals.",
    ("h", "5. What will change for people"),
    "Orrisford Community Hospital will move from 48 inpatient beds to 32 once Discharge to Assess is in place, "
    "with the staff moving into community teams. In Bleckmoor Dale, six neighbourhood teams will bring GPs, "
    "district nurses, therapists and social workers together around each practice group.",
    "People in Calverdine will be able to walk in to an urgent treatment centre at any hour, and people on the "
    "coast will be able to book a GP appointment in the evening and at weekends.",
    ("h", "6. Next steps"),
    "The Partnership Board will review this plan in March 2018. Progress is reported monthly to the System "
    "Leadership Group through the milestone schedule.",
    ("h", "7. Listening to people"),
    "Between June and August 2017 we held 38 public events across the four places and heard from more than "
    "2,900 people. The strongest messages were about getting a GP appointment, travelling to hospital on the "
    "coast, and waiting for children's mental health services. Each place will report back on what changed as "
    "a result before the plan is reviewed.",
    "Healthwatch in each place has agreed to review our engagement plans, and the councils' health scrutiny "
    "committees will be consulted on any change to where services are provided, including the bed changes at "
    "Orrisford Community Hospital and the move of stroke rehabilitation to Sennastow Hospital.",
    ("h", "8. Governance of this plan"),
    "The System Leadership Group, chaired by the STP Lead, meets monthly and holds Place SROs to account for "
    "delivery. The Directors of Finance group reports to it on the money, and the Clinical Board on clinical "
    "models. Each organisation's own board keeps its statutory duties; nothing in this plan overrides them.",
]


def narrative(path):
    w, h = A4
    m = 1.8 * cm
    gap = 0.8 * cm
    colw = (w - 2 * m - gap) / 2

    def frames(top_h):
        top = Frame(m, h - m - top_h, w - 2 * m, top_h, id="top", showBoundary=0)
        ch = h - 2 * m - top_h - 0.4 * cm
        return [top, Frame(m, m, colw, ch, id="left"), Frame(m + colw + gap, m, colw, ch, id="right")]

    def foot(canv, doc):
        canv.setFont("Helvetica", 7.5)
        canv.drawString(m, 1 * cm, f"CO STP Delivery Plan 2017-19 - narrative summary - September 2017 - page {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, title="CO STP Delivery Plan 2017-19: narrative summary",
                          author="CO STP Programme Office")
    doc.addPageTemplates([PageTemplate("p1", frames(3.2 * cm), onPage=foot),
                          PageTemplate("p2", frames(8.2 * cm), onPage=foot)])
    story = [Paragraph("Calverdine &amp; Orrisford Sustainability and Transformation Partnership", H1),
             Paragraph("Delivery Plan 2017-19: narrative summary. September 2017. For the Partnership Board.", BODY),
             FrameBreak()]
    for part in NARRATIVE_P1:
        story.append(Paragraph(part[1], H2) if isinstance(part, tuple) else Paragraph(part, BODY))
    story += [NextPageTemplate("p2"), PageBreak(), Paragraph("Table 1: Places at a glance", H2)]
    rows = [["Place", "Registered population", "CCG", "Place SRO"],
            ["Calverdine City", "388,400", "NHS Calverdine CCG", "Rosalind Whitcombe"],
            ["Orrisford & Wendle", "241,700", "NHS Orrisford and Wendle CCG", "Yvonne Castellane"],
            ["Bleckmoor Dale", "197,300", "NHS Dale and Coast CCG", "Gillian Farrow"],
            ["Sennastow Coast", "218,800", "NHS Dale and Coast CCG", "Dr Hamish Toller"],
            ["Footprint", "1,046,200", "three CCGs", ""]]
    t = Table(rows, colWidths=[4.2 * cm, 3.6 * cm, 5.6 * cm, 4.0 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [t, FrameBreak()]
    for part in NARRATIVE_P2:
        story.append(Paragraph(part[1], H2) if isinstance(part, tuple) else Paragraph(part, BODY))
    doc.build(story)


# ------------------------------------------------------------------ 02/03 milestone schedule: rotated headers, initials
class Rotated(Flowable):
    """A header cell whose text runs bottom to top."""

    def __init__(self, text):
        super().__init__()
        self.text = text

    def wrap(self, aw, ah):
        return 0.5 * cm, 1.9 * cm

    def draw(self):
        self.canv.saveState()
        self.canv.setFont("Helvetica-Bold", 8)
        self.canv.translate(0.35 * cm, 0.1 * cm)
        self.canv.rotate(90)
        self.canv.drawString(0, 0, self.text)
        self.canv.restoreState()


# ref, place, scheme, milestone, due (draft 2, draft 3), owner (d2, d3), support, status (d2, d3)
ROWS = [
    ("M01", "CC", "CC1", "UTC building works start", "Nov 2017", None, "MC", None, "AP", "OT", None),
    ("M02", "CC", "CC1", "Calverdine UTC opens 24/7", "Q1 2018/19", "Sep 2018", "MC", None, "AP", "OT", "D"),
    ("M03", "CC", "CC2", "Every practice in a primary care hub", "Mar 2018", None, "JP", None, "TO", "OT", None),
    ("M04", "CC", "CC3", "Falls response car pilot live", "Jan 2018", None, "GI", None, "CB", "OT", None),
    ("M05", "CC", "CC4", "Pulmonary rehab capacity doubled", "Mar 2019", None, "SG", None, "EL", "OT", None),
    ("M06", "CC", "CC5", "CYP single point of access live", "Q4 2017/18", None, "PO", None, "-", "AR", None),
    ("M07", "OW", "OW1", "Ward 4 beds transfer to community", "Jan 2018", "Apr 2018", "YC", None, "MO", "AR", "D"),
    ("M08", "OW", "OW2", "Elective orthopaedic hub opens", "Q1 2019/20", None, "SH", None, "RV", "OT", None),
    ("M09", "OW", "OW3", "Trusted assessor in all care homes", "Jan 2018", None, "LM", None, "KMB", "OT", None),
    ("M10", "OW", "OW4", "Dementia diagnosis rate 67%", "Mar 2018", None, "PA", None, "PA", "AR", None),
    ("M11", "BD", "BD1", "Integrated care teams in all 6 neighbourhoods", "Q2 2018/19", None, "GF", None, "AP2",
     "OT", None),
    ("M12", "BD", "BD2", "Rapid diagnostic centre opens", "Q3 2018/19", None, "ISH", None, "ISH", "OT", None),
    ("M13", "BD", "BD3", "Inpatient LD beds reduced to 9", "Mar 2019", None, "DAL", None, "FR", "AR", None),
    ("M14", "SC", "SC1", "Extended access 8am-8pm, 7 days", "Oct 2017", None, "HT", None, "HT", "C", None),
    ("M15", "SC", "SC2", "GP streaming at A&E front door", "Dec 2017", None, "BN", "AM", "OF", "OT", None),
    ("M16", "SC", "SC3", "Perinatal community team fully recruited", "2018/19", None, "CO", None, "IV", "OT", None),
    ("M17", "SC", "SC4", "Early supported discharge 7 days", "Jun 2018", None, "WLH", None, "TW", "OT", None),
    ("M18", "STP", "LDR", "Care record live in all practices", "Dec 2018", None, "DF", None, "-", "OT", None),
    ("M19", "STP", "OPE", "One Public Estate business case (Orrisford hub)", "w/c 5 Feb 2018", None, "NB", None,
     "TG", "OT", None),
    ("M20", "STP", "WF", "Workforce plan to Partnership Board", "Mar 2018", None, "FA", None, "-", "AR", None),
    ("M21", "STP", "ASR", "Acute Services Review options appraisal", None, "Q4 2017/18", None, "HM", "SM", None, "OT"),
]
KEY = [
    ("AM", "Angus Merriweather", "Deputy Chief Operating Officer, Sennastow & Dale Hospitals (SC2 owner from 1 December 2017)"),
    ("AP", "Dr Anya Petrakis", "Consultant in Emergency Medicine, Calverdine Teaching Hospitals"),
    ("AP2", "Dr Aled Pritchard", "GP and clinical lead, Bleckmoor Dale integrated care teams"),
    ("BN", "Beatrice Nuttall", "Head of Urgent Care, Sennastow & Dale Hospitals"),
    ("CB", "Carys Bevan", "Falls Service Manager, Lyndrake Partnership NHS FT"),
    ("CO", "Caroline Otway", "Head of Mental Health Commissioning, NHS Dale and Coast CCG"),
    ("DAL", "Dominic Ashcroft-Lee", "Transforming Care Partnership Manager"),
    ("DF", "Declan Furness", "Chief Information Officer, Calverdine Teaching Hospitals"),
    ("EL", "Dr Ewan Lockhart", "Consultant Respiratory Physician"),
    ("FA", "Femi Adeyinka", "Director of Workforce, Orrisford General Hospital NHS Trust"),
    ("FR", "Dr Fenella Rourke", "Consultant Psychiatrist (learning disabilities)"),
    ("GF", "Gillian Farrow", "Place SRO, Bleckmoor Dale"),
    ("GI", "Dr Graham Ilsley", "Consultant Geriatrician"),
    ("HM", "Helena Marchbank", "STP Lead and SRO"),
    ("HT", "Dr Hamish Toller", "Place SRO, Sennastow Coast"),
    ("ISH", "Dr Ingrid Solberg-Hale", "Cancer Lead, Bleckmoor Dale"),
    ("IV", "Dr Ilse Vandermeer", "Consultant Perinatal Psychiatrist"),
    ("JP", "Joanna Pelham", "Head of Primary Care Commissioning, NHS Calverdine CCG"),
    ("KMB", "Dr Kofi Mensah-Bright", "GP, Wendle Bridge Surgery"),
    ("LM", "Lorna McFadyen", "Head of Integrated Discharge, Orrisford County Council"),
    ("MC", "Martin Chowdury", "Director of Operations, Calverdine Teaching Hospitals"),
    ("MO", "Dr Miriam Oakes", "Clinical Director, Orrisford Community Hospital"),
    ("NB", "Nadia Bellweather", "Programme Manager, One Public Estate, Orrisford County Council"),
    ("OF", "Dr Oyelola Fashanu", "Consultant in Emergency Medicine, Sennastow Hospital"),
    ("PA", "Dr Priya Anand", "GP and dementia lead, NHS Orrisford and Wendle CCG"),
    ("PO", "Patrick Oyelaran", "Head of Children's Commissioning, NHS Calverdine CCG"),
    ("RV", "Mr Rhodri Vance", "Consultant Orthopaedic Surgeon"),
    ("SG", "Sunita Gorecki", "Respiratory Programme Manager"),
    ("SH", "Simon Haverford", "Director of Strategy, Orrisford General Hospital NHS Trust"),
    ("SM", "Dr Saoirse Melling", "Clinical Chair, NHS Dale and Coast CCG"),
    ("TG", "Tobias Greenhalgh", "STP Programme Director"),
    ("TO", "Dr Tunde Okafor", "Clinical Director, Calverdine GP Federation"),
    ("TW", "Dr Tomasz Wieczorek", "Consultant Stroke Physician"),
    ("WLH", "Wen Li Harcourt", "Stroke Services Manager, Sennastow & Dale Hospitals"),
    ("YC", "Yvonne Castellane", "Place SRO, Orrisford & Wendle"),
]


def schedule(path, draft):
    d3 = draft == 3
    title = f"CO STP key milestone schedule - Draft {draft} - {'20 November 2017' if d3 else '2 October 2017'}"
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm, title=title, author="CO STP Programme Office")
    intro = ("Draft for the System Leadership Group. Changes since Draft 2 are not marked; compare with the previous "
             "draft." if d3 else "Draft for the System Leadership Group. Column headings and initials are explained "
             "in the key at the end of this schedule.")
    story = [Paragraph(title, H1), Paragraph(intro, BODY)]
    head = [Rotated(x) for x in ("Ref", "Plc", "Sch")] + [Paragraph("<b>Key milestone</b>", CELL)] + \
           [Rotated(x) for x in ("Due", "Own", "Sup", "St")]
    data, used = [head], set()
    for ref, plc, sch, text, due2, due3, own2, own3, sup, st2, st3 in ROWS:
        if not d3 and due2 is None:
            continue
        due, own, st = (due3 or due2, own3 or own2, st3 or st2) if d3 else (due2, own2, st2)
        data.append([ref, plc, sch, Paragraph(esc(text), CELL), due, own, sup, st])
        used |= {own, sup}
    t = Table(data, colWidths=[1.2 * cm, 1.2 * cm, 1.3 * cm, 12 * cm, 2.6 * cm, 1.4 * cm, 1.4 * cm, 1.1 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2efda")),
                           ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    story += [t, PageBreak(), Paragraph("Key", H2),
              Paragraph("Plc = place (CC Calverdine City, OW Orrisford &amp; Wendle, BD Bleckmoor Dale, SC Sennastow "
                        "Coast, STP system-wide). Sch = scheme code. Own = accountable owner. Sup = supporting or "
                        "clinical lead. St = status: C complete, OT on track, AR at risk, D delayed. "
                        "Due is the month, NHS quarter or financial year by which the milestone is due.", BODY),
              Paragraph("Key to initials", H2)]
    keyrows = [[i, n, Paragraph(esc(role), CELL)] for i, n, role in KEY if i in used]
    k = Table(keyrows, colWidths=[1.4 * cm, 5 * cm, 13 * cm])
    k.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(k)
    doc.build(story)


# ------------------------------------------------------------------ 04 City plan: nested numbered lists, owners in sentences
CITY = [
    ("CC1 Calverdine Urgent Treatment Centre",
     "A 24-hour urgent treatment centre at Calverdine Royal Infirmary, replacing the two walk-in centres.",
     "Martin Chowdury, Director of Operations at Calverdine Teaching Hospitals, will lead this, supported by "
     "Dr Anya Petrakis, Consultant in Emergency Medicine, as clinical lead.",
     [("Design and building", ["Planning permission granted in August 2017 (complete).",
                               "Building works start in November 2017."]),
      ("Opening", ["The centre opens 12 hours a day from the end of March 2018.",
                   "It opens 24 hours a day, 7 days a week, in June 2018."])],
     "Recurrent revenue of £1.9m a year from 2018/19. Capital is subject to the STP capital bid and is not yet "
     "agreed."),
    ("CC2 Primary Care at Scale",
     "Practices working together in primary care hubs of 30,000 to 50,000 patients.",
     "Joanna Pelham, Head of Primary Care Commissioning at NHS Calverdine CCG, will lead this, supported by "
     "Dr Tunde Okafor, Clinical Director of the Calverdine GP Federation.",
     [("Hubs", ["Eight primary care hubs agreed by December 2017.",
                "Every practice part of a hub by the end of March 2018."]),
      ("Access", ["Evening and weekend appointments offered in every hub from 1 April 2018."])],
     "£2.75m over 2017/18 and 2018/19 from the GP Forward View allocation."),
    ("CC3 Frailty and Falls",
     "Faster help for older people who fall at home, and a frailty assessment unit at the Royal Infirmary.",
     "Dr Graham Ilsley, Consultant Geriatrician, will lead this, supported by Carys Bevan, Falls Service Manager "
     "at Lyndrake Partnership NHS FT.",
     [("Falls response", ["The falls response car pilot starts w/c 8 January 2018.",
                          "Evaluation reported to the City Place Board in July 2018."]),
      ("Frailty unit", ["Frailty assessment unit open 8am to 8pm during Q4 2017/18."])],
     "Pilot funding to be sought from the transformation reserve."),
    ("CC4 Respiratory Pathway",
     "Earlier diagnosis of COPD and more pulmonary rehabilitation closer to home.",
     "Sunita Gorecki, Respiratory Programme Manager, will lead this, supported by Dr Ewan Lockhart, Consultant "
     "Respiratory Physician.",
     [("Case finding", ["COPD case finding in every practice by autumn 2018."]),
      ("Rehabilitation", ["Two new community venues for pulmonary rehab in 2017/18.",
                          "Pulmonary rehab capacity doubled by the end of March 2019."])],
     "£0.6m recurrent from 2018/19."),
    ("CC5 Children and Young People's Mental Health",
     "One front door for children's emotional wellbeing and mental health referrals.",
     "Patrick Oyelaran, Head of Children's Commissioning at NHS Calverdine CCG, will lead this. The clinical lead "
     "is to be appointed.",
     [("Front door", ["Single point of access live during Q4 2017/18."]),
      ("Waiting times", ["First appointment within 6 weeks for 9 in 10 referrals by March 2019."])],
     "£0.45m recurrent, already in the CCG baseline."),
]


def add_numbering(d):
    """A two-level numbering definition ('1.', '1.1.'); returns a function making a fresh list (restart at 1)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    lv = lambda i, fmt, ind: (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'  # noqa: E731
                              f'<w:lvlText w:val="{fmt}"/><w:lvlJc w:val="left"/>'
                              f'<w:pPr><w:ind w:left="{ind}" w:hanging="500"/></w:pPr></w:lvl>')
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                                  f'<w:multiLevelType w:val="multilevel"/>{lv(0, "%1.", 500)}'
                                  f'{lv(1, "%1.%2.", 1100)}</w:abstractNum>'))
    counter = [100]

    def new_list():
        counter[0] += 1
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{counter[0]}"><w:abstractNumId w:val="90"/>'
                                   f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return counter[0]
    return new_list


def numbered(d, text, num_id, level):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                                           f'<w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def docx_fix(d, title):
    from datetime import datetime
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "CO STP Programme Office", "CO STP Programme Office"
    cp.created = cp.modified = datetime(2017, 12, 1, 9, 0, 0)
    cp.revision = 1


def city_plan(path):
    import docx
    d = docx.Document()
    docx_fix(d, "Calverdine City Place Transformation Plan 2017-19")
    d.sections[0].footer.paragraphs[0].text = "Calverdine City Place Transformation Plan - version 1.1 - 4 September 2017"
    new_list = add_numbering(d)
    d.add_heading("Calverdine City Place Transformation Plan 2017-19", 1)
    d.add_paragraph("Version 1.1, 4 September 2017. Owned by the City Place Board.")
    d.add_paragraph("Rosalind Whitcombe, Managing Director of NHS Calverdine CCG, is the Place SRO for Calverdine "
                    "City. The City Place Board is chaired by Councillor Imran Lakhani, Cabinet Member for Health "
                    "and Wellbeing, Calverdine City Council, and meets on the first Thursday of each month.")
    d.add_paragraph("This plan sets out the five City schemes of the Calverdine & Orrisford STP. For each scheme "
                    "we say who will lead it and what will be delivered when.")
    for heading, desc, owners, groups, money in CITY:
        d.add_heading(heading, 2)
        d.add_paragraph(desc)
        d.add_paragraph(owners)
        d.add_paragraph().add_run("Milestones").bold = True
        num = new_list()
        for g, items in groups:
            numbered(d, g, num, 0)
            for it in items:
                numbered(d, it, num, 1)
        p = d.add_paragraph()
        p.add_run("Investment: ").bold = True
        p.add_run(money)
    d.save(path)
    restamp(path)


# ------------------------------------------------------------------ 05 workbook: one sheet per place, merged header bands
D = date
PLACES = {
    "Calverdine City": ("Rosalind Whitcombe", [
        ("CC1", "Calverdine Urgent Treatment Centre", "Martin Chowdury", "Dr Anya Petrakis", "TBC", 1900, [
            ("Building works start", D(2017, 11, 6), None, "On track"),
            ("UTC opens 24/7", D(2018, 6, 30), None, "On track")]),
        ("CC2", "Primary Care at Scale", "Joanna Pelham", "Dr Tunde Okafor", 0, 2750, [
            ("Eight hubs agreed", D(2017, 12, 15), None, "On track"),
            ("Every practice in a hub", D(2018, 3, 31), None, "On track")]),
        ("CC3", "Frailty and Falls", "Dr Graham Ilsley", "Dr Graham Ilsley", 0, 0, [
            ("Falls response car pilot live", D(2018, 1, 8), None, "On track")]),
        ("CC4", "Respiratory Pathway", "Sunita Gorecki", "Dr Ewan Lockhart", 0, 600, [
            ("Pulmonary rehab capacity doubled", D(2019, 3, 31), None, "On track")]),
        ("CC5", "CYP Mental Health", "Patrick Oyelaran", "Vacant", 0, 450, [
            ("Single point of access live", "Q4 2017/18", None, "At risk")])]),
    "Orrisford & Wendle": ("Yvonne Castellane", [
        ("OW1", "Orrisford Community Hospital", "Yvonne Castellane", "Dr Miriam Oakes", 850, 1200, [
            ("Consultation on bed model closes", D(2017, 9, 15), None, "Complete"),
            ("Ward 4 beds transfer to community", D(2018, 1, 31), D(2018, 4, 30), "Delayed")]),
        ("OW2", "Elective Orthopaedic Hub", "Simon Haverford", "Mr Rhodri Vance", 6450, 320, [
            ("Full business case approved", D(2018, 6, 30), None, "On track"),
            ("Hub opens", "Q1 2019/20", None, "On track")]),
        ("OW3", "Discharge to Assess", "Lorna McFadyen", "Dr Kofi Mensah-Bright", 0, 1400, [
            ("D2A pathway 1 live", D(2017, 10, 2), None, "Complete"),
            ("Trusted assessor in all care homes", D(2018, 1, 31), None, "On track"),
            ("Delayed transfers of care below 3.5%", D(2018, 3, 31), None, "On track")]),
        ("OW4", "Dementia Diagnosis", "Dr Priya Anand", "Dr Priya Anand", 0, 180, [
            ("Memory assessment in primary care", D(2017, 11, 30), None, "On track"),
            ("Diagnosis rate 67%", D(2018, 3, 31), None, "At risk")])]),
    "Bleckmoor Dale": ("Gillian Farrow", [
        ("BD1", "Dale Integrated Care Teams", "Gillian Farrow", "Dr Aled Pritchard", 0, 2100, [
            ("Teams live in first 3 neighbourhoods", D(2018, 1, 31), None, "On track"),
            ("Teams live in all 6 neighbourhoods", D(2018, 9, 30), None, "On track")]),
        ("BD2", "Early Cancer Diagnosis", "Dr Ingrid Solberg-Hale", "Dr Ingrid Solberg-Hale", 2300, 900, [
            ("Straight-to-test lung pathway", D(2018, 1, 15), None, "On track"),
            ("Rapid diagnostic centre opens", "Q3 2018/19", None, "On track")]),
        ("BD3", "Transforming Care (LD)", "Dominic Ashcroft-Lee", "Dr Fenella Rourke", 0, 750, [
            ("Community crisis team live", D(2018, 2, 28), None, "On track"),
            ("Inpatient LD beds reduced to 9", D(2019, 3, 31), None, "At risk")])]),
    "Sennastow Coast": ("Dr Hamish Toller", [
        ("SC1", "Coastal GP Extended Access", "Dr Hamish Toller", "Dr Hamish Toller", 0, 1250, [
            ("8am-8pm access, 7 days", D(2017, 10, 1), None, "Complete"),
            ("Online consultation in all practices", D(2018, 3, 31), None, "On track")]),
        ("SC2", "A&E Streaming", "Beatrice Nuttall", "Dr Oyelola Fashanu", 400, 300, [
            ("GP streaming at A&E front door", D(2017, 12, 4), None, "On track"),
            ("Streaming evaluation to UEC Board", D(2018, 7, 31), None, "On track")]),
        ("SC3", "Perinatal and IAPT", "Caroline Otway", "Dr Ilse Vandermeer", 0, 980, [
            ("IAPT access rate 16.8%", D(2018, 3, 31), None, "At risk"),
            ("Perinatal team fully recruited", "2018/19", None, "On track")]),
        ("SC4", "Stroke Rehabilitation", "Wen Li Harcourt", "Dr Tomasz Wieczorek", 1100, 650, [
            ("Stroke rehab unit moves to Sennastow Hospital", D(2018, 3, 15), None, "On track"),
            ("Early supported discharge 7 days", D(2018, 6, 30), None, "On track")])]),
}


def workbook(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    for r, line in enumerate([
            "CO STP place delivery returns, Q2 2017/18 (as at 13/10/2017)",
            "One sheet per place. Rows 4 and 5 hold the column headings (row 4 bands are merged cells).",
            "Planned = date agreed in the plan; Revised = current forecast where it has moved (blank if unchanged).",
            "Finance columns are in £000. Capital TBC = not yet agreed.",
            "Returned by Place SROs to the STP programme office."], 1):
        ws.cell(r, 1, line)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for place, (sro, schemes) in PLACES.items():
        ws = wb.create_sheet(place)
        ws["A1"] = f"{place} - place delivery return, Q2 2017/18"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"Place SRO: {sro}"
        for rng, text in (("A4:B4", "Scheme"), ("C4:D4", "Accountability"), ("E4:G4", "Delivery"),
                          ("H4:I4", "Finance (£000)"), ("J4:J5", "Status")):
            ws.merge_cells(rng)
            c = ws[rng.split(":")[0]]
            c.value, c.font, c.fill, c.alignment = text, bold, fill, Alignment(horizontal="center")
        for col, text in enumerate(["Code", "Scheme", "Lead", "Clinical lead", "Milestone", "Planned", "Revised",
                                    "Capital", "Revenue"], 1):
            c = ws.cell(5, col, text)
            c.font, c.fill = bold, fill
        r = 6
        for code, name, lead, clin, cap, rev, ms in schemes:
            for i, (text, planned, revised, status) in enumerate(ms):
                vals = [code, name, lead, clin] if i == 0 else [None] * 4
                vals += [text, planned, revised]
                vals += [None if cap == 0 else cap, rev or None] if i == 0 else [None, None]
                vals += [status]
                for col, v in enumerate(vals, 1):
                    c = ws.cell(r, col, v)
                    if isinstance(v, date):
                        c.number_format = "dd/mm/yyyy"
                    elif isinstance(v, int):
                        c.number_format = "#,##0"
                r += 1
        for col, w in zip("ABCDEFGHIJ", (7, 30, 22, 22, 40, 12, 12, 10, 10, 11)):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "CO STP Programme Office"
    from datetime import datetime
    wb.properties.created = wb.properties.modified = datetime(2017, 12, 1, 9, 0, 0)
    wb.save(path)
    restamp(path)


# ------------------------------------------------------------------ 06 minutes: carried-forward actions with changed dates
ACTIONS = [
    ("A17/02", "Revised STP financial template submitted to NHS England", "RE", [("29 Sep 2017", False)], "Complete"),
    ("A17/03", "Workforce plan first draft to the Group", "FA", [("was 31 Oct 2017, now 12 Dec 2017", False)],
     "Carried forward"),
    ("A17/05", "Winter escalation plan for Sennastow Hospital to the UEC Delivery Board", "NO",
     [("was 30 Nov 2017, now 15 Jan 2018", False)], "Carried forward"),
    ("A17/08", "Recruitment plan for the CC5 clinical lead", "PO", [("31 Oct 2017", True), (" 8 Dec 2017", False)],
     "Carried forward"),
    ("A17/11", "Circulate the One Public Estate bid summary", "TG", [("21 Nov 2017", False)], "Open"),
    ("A17/12", "Confirm handover of SC2 papers to the new owner", "HT", [("24 Nov 2017", True), (" 1 Dec 2017", False)],
     "Carried forward"),
]


def minutes(path):
    import docx
    d = docx.Document()
    docx_fix(d, "System Leadership Group minutes 14 November 2017")
    d.add_heading("System Leadership Group", 1)
    d.add_paragraph("Minutes of the meeting held on Tuesday 14 November 2017, 14:00, Boardroom, Calverdine House")
    p = d.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Helena Marchbank (HM, chair), Rupert Eddowes (RE), Rosalind Whitcombe (RW), Yvonne Castellane (YC), "
              "Gillian Farrow (GF), Dr Hamish Toller (HT), Dr Bernard Elstow (BE), Bronwen Tregellis (BT), "
              "Nathaniel Orme (NO), Femi Adeyinka (FA).")
    p = d.add_paragraph()
    p.add_run("In attendance: ").bold = True
    p.add_run("Tobias Greenhalgh (TG), Patrick Oyelaran (PO) for item 5, Keeley Vantreight, Programme Manager, "
              "STP Programme Office (minutes).")
    p = d.add_paragraph()
    p.add_run("Apologies: ").bold = True
    p.add_run("Professor Alasdair Quine.")
    items = [
        ("1. Welcome and apologies", "The chair welcomed members. Apologies were noted."),
        ("2. Clinical Board", "Dr Bernard Elstow will step down as Chair of the STP Clinical Board at the end of "
         "November 2017 after three years. The Group confirmed Dr Saoirse Melling, Clinical Chair of NHS Dale and "
         "Coast CCG, as Chair of the Clinical Board from 1 December 2017 and thanked Dr Elstow."),
        ("3. Sennastow A&E streaming", "Beatrice Nuttall leaves Sennastow & Dale Hospitals on 30 November 2017. "
         "Angus Merriweather, Deputy Chief Operating Officer, will take over as owner of SC2 A&E Streaming from "
         "1 December 2017. The front door streaming milestone remains on track."),
        ("4. Calverdine falls response car", "The Group approved the release of £840,000 from the transformation "
         "reserve to fund the CC3 falls response car pilot for 12 months, subject to an evaluation in July 2018."),
        ("5. Matters carried forward", "The action log below shows open actions. Where a due date has moved, the "
         "old date is struck through or given as 'was'."),
    ]
    for head, text in items:
        d.add_heading(head, 2)
        d.add_paragraph(text)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Due", "Status")):
        c.text = h
    for ref, action, lead, due, status in ACTIONS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[4].text = ref, action, lead, status
        para = cells[3].paragraphs[0]
        for text, strike in due:
            para.add_run(text).font.strike = strike
    d.add_heading("6. Dates of future meetings", 2)
    d.add_paragraph("Tuesday 12 December 2017, Tuesday 9 January 2018 and Tuesday 13 February 2018, all at 14:00 in "
                    "the Boardroom, Calverdine House.")
    d.save(path)
    restamp(path)


# ------------------------------------------------------------------ 07 deck: one table per slide, owners by role
RISKS = {
    "Calverdine City - top risks": [
        ("CC-R1", "UTC building contractor delay", 4, 4, "Director of Operations, CTH", "Mar 2018"),
        ("CC-R2", "Hub rotas unfilled (GP workforce)", 3, 4, "Head of Primary Care Commissioning, NHS Calverdine CCG",
         "Q4 17/18"),
        ("CC-R3", "CYP mental health clinical lead not recruited", 4, 3,
         "Head of Children's Commissioning, NHS Calverdine CCG", "Dec 2017")],
    "Orrisford & Wendle - top risks": [
        ("OW-R1", "Public challenge to community hospital bed changes", 3, 5, "Place SRO, Orrisford & Wendle",
         "Apr 2018"),
        ("OW-R2", "Community nurse vacancies block the Ward 4 transfer", 4, 4,
         "Director of Nursing, NHS Orrisford and Wendle CCG", "Mar 2018"),
        ("OW-R3", "Orthopaedic hub capital not secured", 3, 4, "STP Finance Lead", "Q1 18/19")],
    "Bleckmoor Dale - top risks": [
        ("BD-R1", "Diagnostic workforce for the rapid diagnostic centre", 3, 3, "Cancer Lead, Bleckmoor Dale",
         "Q2 18/19"),
        ("BD-R2", "Too few housing providers for LD discharges", 4, 3,
         "Director of Adult Social Services, Orrisford County Council", "Mar 2018")],
    "Sennastow Coast - top risks": [
        ("SC-R1", "A&E four-hour performance below 85%", 5, 4, "Deputy Chief Operating Officer, SDH", "Jan 2018"),
        ("SC-R2", "Perinatal team recruitment", 3, 3, "Head of Mental Health Commissioning, NHS Dale and Coast CCG",
         "Q1 18/19")],
    "System-wide risks": [
        ("STP-R1", "Residual £19m gap not closed", 4, 5, "STP Finance Lead", "Mar 2018"),
        ("STP-R2", "Care record supplier delay", 3, 4, "STP Digital SRO", "Q2 18/19"),
        ("STP-R3", "Estates lead post vacant", 3, 3, "STP Programme Director", "Jan 2018")],
}
WHO = [("STP Lead and SRO", "Helena Marchbank"), ("STP Finance Lead", "Rupert Eddowes"),
       ("STP Programme Director", "Tobias Greenhalgh"), ("STP Digital SRO", "Declan Furness"),
       ("Director of Operations, CTH", "Martin Chowdury"),
       ("Head of Primary Care Commissioning, NHS Calverdine CCG", "Joanna Pelham"),
       ("Head of Children's Commissioning, NHS Calverdine CCG", "Patrick Oyelaran"),
       ("Place SRO, Orrisford & Wendle", "Yvonne Castellane"),
       ("Director of Nursing, NHS Orrisford and Wendle CCG", "Philippa Dunsmore"),
       ("Cancer Lead, Bleckmoor Dale", "Dr Ingrid Solberg-Hale"),
       ("Director of Adult Social Services, Orrisford County Council", "Marcus Thwaite"),
       ("Deputy Chief Operating Officer, SDH", "Angus Merriweather (from 1 Dec 2017)"),
       ("Head of Mental Health Commissioning, NHS Dale and Coast CCG", "Caroline Otway")]


def deck(path):
    from pptx import Presentation
    from pptx.util import Cm, Pt
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(33.867), Cm(19.05)
    prs.core_properties.author = "CO STP Programme Office"
    from datetime import datetime
    prs.core_properties.created = prs.core_properties.modified = datetime(2017, 12, 1, 9, 0, 0)
    prs.core_properties.revision = 1
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Risk and assurance - November 2017"
    s.placeholders[1].text = ("CO STP System Leadership Group. Scores are likelihood (L) x impact (I), each 1-5. "
                              "Owners are shown by role; see the last slide for names.")

    def table_slide(title, rows, widths):
        sl = prs.slides.add_slide(prs.slide_layouts[5])
        sl.shapes.title.text = title
        shp = sl.shapes.add_table(len(rows), len(rows[0]), Cm(1.2), Cm(4), Cm(sum(widths)), Cm(1.0 * len(rows)))
        for j, w in enumerate(widths):
            shp.table.columns[j].width = Cm(w)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = shp.table.cell(i, j)
                cell.text = str(v)
                for p in cell.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(12 if i else 13)
        return sl

    for title, risks in RISKS.items():
        rows = [["Ref", "Risk", "L", "I", "Score", "Owner", "Target date"]]
        rows += [[ref, text, li, im, li * im, owner, target] for ref, text, li, im, owner, target in risks]
        table_slide(title, rows, [2.3, 9.5, 1.2, 1.2, 1.8, 9.5, 3.0])
    table_slide("Who's who", [["Role", "Name"]] + [list(x) for x in WHO], [17, 12])
    prs.save(path)
    restamp(path)


# ------------------------------------------------------------------ 08 markdown: must-dos as sentences, glossary
MD = """# Calverdine & Orrisford STP - national must-dos 2017-19: how our schemes contribute

Prepared by the STP programme office for the System Leadership Group, 27 October 2017.

The nine must-dos of the 2017-19 planning guidance are listed below with the schemes that support each one.
A place with no scheme named under a must-do has no local scheme against that must-do.

- Must-do 1 (STPs) is supported by every scheme in the plan.
- Must-do 2 (Financial sustainability) is supported by schemes CC3, OW1, OW3, BD1 and SC4.
- Must-do 3 (General practice) is supported by schemes CC2, BD1 and SC1.
- Must-do 4 (Urgent and emergency care) is supported by schemes CC1, CC3, OW3, BD1 and SC2.
- Must-do 5 (Referral to treatment and elective care) is supported by scheme OW2, and partly by CC4.
- Must-do 6 (Cancer) is supported by scheme BD2 only.
- Must-do 7 (Mental health) is supported by schemes CC5, OW4 and SC3.
- Must-do 8 (People with learning disabilities) is supported by scheme BD3 only.
- Must-do 9 (Improving quality in organisations) is supported by schemes OW1, SC2 and SC4.

## Scheme codes

- CC1 Calverdine Urgent Treatment Centre; CC2 Primary Care at Scale; CC3 Frailty and Falls; CC4 Respiratory
  Pathway; CC5 Children and Young People's Mental Health (Calverdine City)
- OW1 Orrisford Community Hospital; OW2 Elective Orthopaedic Hub; OW3 Discharge to Assess; OW4 Dementia
  Diagnosis (Orrisford & Wendle)
- BD1 Dale Integrated Care Teams; BD2 Early Cancer Diagnosis; BD3 Transforming Care (Bleckmoor Dale)
- SC1 Coastal GP Extended Access; SC2 A&E Streaming; SC3 Perinatal and IAPT; SC4 Stroke Rehabilitation
  (Sennastow Coast)

## Glossary of abbreviations

- **CO STP**: Calverdine & Orrisford Sustainability and Transformation Partnership
- **CTH**: Calverdine Teaching Hospitals NHS Foundation Trust
- **CYP**: children and young people
- **D2A**: Discharge to Assess
- **ESD**: early supported discharge (stroke)
- **IAPT**: Improving Access to Psychological Therapies
- **LDR**: Local Digital Roadmap
- **OPE**: One Public Estate
- **PMO**: programme management office (the STP programme office)
- **RDC**: Rapid Diagnostic Centre
- **SDH**: Sennastow & Dale Hospitals NHS Foundation Trust
- **SLG**: System Leadership Group
- **SPA**: single point of access
- **UEC**: urgent and emergency care
- **UTC**: Urgent Treatment Centre
"""


def main():
    OUT.mkdir(exist_ok=True)
    narrative(OUT / "01_CO_STP_Delivery_Plan_Narrative_Sep2017.pdf")
    schedule(OUT / "02_CO_STP_Milestone_Schedule_Draft2_2017-10-02.pdf", 2)
    schedule(OUT / "03_CO_STP_Milestone_Schedule_Draft3_2017-11-20.pdf", 3)
    city_plan(OUT / "04_Calverdine_City_Transformation_Plan_v1.1.docx")
    workbook(OUT / "05_CO_Place_Delivery_Returns_Q2_2017-18.xlsx")
    minutes(OUT / "06_SLG_Minutes_2017-11-14.docx")
    deck(OUT / "07_CO_STP_Risk_and_Assurance_Nov2017.pptx")
    (OUT / "08_Must-do_Coverage_and_Glossary.md").write_text(MD)
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()
