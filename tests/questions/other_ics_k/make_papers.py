#!/usr/bin/env python3
"""Write the made-up papers of the Marrowdale and Kestle Vale Health and Care
Partnership (MKV) into papers/.

Run with /work/main/.venv/bin/python make_papers.py

Everything here is invented: the footprint, its towns, trusts and people.
Plan period 2018/19 - 2020/21.
"""
import copy
import datetime as dt
import os
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")

FOOTPRINT = "Marrowdale and Kestle Vale Health and Care Partnership"

# --------------------------------------------------------------------------
# shared facts (every paper draws from these so that they agree)
# --------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO (as at 2019/20 Q3), must-dos, programme manager
    ("UEC", "Urgent and Emergency Care", "Joanne Arkwright", "4", "Kezia Lindqvist"),
    ("PCS", "Primary Care at Scale", "Dr Nadia Castellan", "3", "Hollie Dunstan"),
    ("PCC", "Planned Care and Cancer", "Gwen Pellow", "5, 6", "Stuart Ellery"),
    ("MHLD", "Mental Health and Learning Disabilities", "Tobias Renwick", "7, 8", "Anjali Mistry"),
    ("CNC", "Community and Neighbourhood Care", "Sheila Marchbank and Dr Ewan Tolley (joint)",
     "4 (supporting)", "Roisin Keogh"),
    ("DIG", "Digital (Kestle Vale Shared Care Record)", "Oluwaseun Bakare", "None directly (enabler)",
     "Mark Tennant"),
    ("WFD", "Workforce", "Lorna Fitzwilliam", "None directly (enabler)", "Grace Nwachukwu"),
    ("FIN", "System Sustainability and Finance", "Priya Ravindran", "1, 2", "Owen Pritchard"),
]


def ensure_out():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))


# ==========================================================================
# k1  Word: programme cards in floating text boxes + content controls
# ==========================================================================
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ALL_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

_sdt_id = [4000]
_shape_id = [1]


def _run(text, bold=False, color=None, size=None, italic=False):
    rpr = ""
    if bold or color or size or italic:
        rpr = "<w:rPr>"
        if bold:
            rpr += "<w:b/>"
        if italic:
            rpr += "<w:i/>"
        if color:
            rpr += '<w:color w:val="%s"/>' % color
        if size:
            rpr += '<w:sz w:val="%d"/>' % size
        rpr += "</w:rPr>"
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def _inline_cc(alias, text, placeholder=False):
    """an inline (run-level) content control"""
    _sdt_id[0] += 1
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (
        escape(alias), escape(alias.lower().replace(" ", "_")), _sdt_id[0])
    if placeholder:
        pr += "<w:showingPlcHdr/>"
        run = _run(text, color="808080")
    else:
        run = _run(text)
    pr += "<w:text/>"
    return "<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>" % (pr, run)


def _para(inner, style=None, spacing_after=40):
    ppr = "<w:pPr>"
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    ppr += '<w:spacing w:after="%d"/>' % spacing_after
    ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, inner)


def _card_paragraphs(title, fields, milestones):
    """fields: list of (label, value, placeholder?)"""
    ps = [_para(_run(title, bold=True, color="005EB8", size=20))]
    for label, value, ph in fields:
        ps.append(_para(_run(label + ": ", bold=True, size=18) + _inline_cc(label, value, ph)))
    ps.append(_para(_run("Key milestones", bold=True, size=18)))
    for m in milestones:
        ps.append(_para(_run("\u2022 " + m, size=18)))
    return "".join(ps)


def _textbox_run(inner_paras, height_cm=11.5, width_cm=7.6):
    sid = _shape_id[0]
    _shape_id[0] += 1
    cx = int(width_cm * 360000)
    cy = int(height_cm * 360000)
    drawing = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="Programme card %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EAF1FB"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="005EB8"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    ) % (251658240 + sid, cx, cy, 100 + sid, sid, cx, cy, inner_paras)
    fallback = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Programme card %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:%d;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
        'fillcolor="#eaf1fb" strokecolor="#005eb8" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict>'
    ) % (sid, 1025 + sid, width_cm * 28.35, height_cm * 28.35, sid, inner_paras)
    return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
            '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>') % (ALL_NS, drawing, fallback)


def _block_cc(alias, label, value):
    _sdt_id[0] += 1
    return ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr>'
            '<w:sdtContent>%s</w:sdtContent></w:sdt>') % (
        W_NS, escape(alias), escape(alias.lower().replace(" ", "_")), _sdt_id[0],
        _para(_run(label + "  ", bold=True, color="425563") + _run(value)))


def make_k1():
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_heading("Marrowdale and Kestle Vale Health and Care Partnership", level=0)
    doc.add_paragraph("Programme Definition Summaries \u2013 Delivery Plan 2018/19 to 2020/21")
    body = doc.element.body
    # block-level content controls for the document properties (skipped by
    # python-docx's doc.paragraphs)
    anchor = doc.add_paragraph("")
    for alias, label, value in [
        ("Version", "Version:", "3.0 (final for Partnership Board)"),
        ("Date", "Date:", "14 March 2019"),
        ("Document owner", "Document owner:", "Callum Ashdown-Pryce, Partnership Programme Director"),
        ("Approved by", "Approved by:", "Dr Anselm Whitcombe, Partnership Lead"),
        ("Status", "Status:", "Approved \u2013 supersedes v2.1 (January 2019)"),
    ]:
        anchor._p.addprevious(parse_xml(_block_cc(alias, label, value)))

    doc.add_paragraph(
        "This document summarises each of the eight programmes in the Partnership's delivery plan. "
        "Each section opens with a programme card giving the accountable Senior Responsible Owner (SRO), "
        "clinical lead, programme manager, the national must-dos the programme addresses and its key "
        "milestones. Cards are maintained by the Partnership Programme Management Office (PMO); the "
        "narrative beside each card describes scope and interdependencies. The Kestle Vale Local "
        "Maternity System is governed separately and is not one of the eight programmes.")

    cards = [
        ("1. Urgent and Emergency Care",
         [("SRO", "Martin Hesketh, Chief Operating Officer, Kestle Vale Healthcare NHS Trust", False),
          ("Clinical lead", "Dr Ravi Menon-Clarke, Consultant in Emergency Medicine", False),
          ("Programme manager", "Kezia Lindqvist", False),
          ("Must-dos addressed", "4 (A&E and ambulance)", False)],
         ["Brackenmoor UTC outline business case to NHS England and NHS Improvement: May 2019",
          "Integrated Urgent Care clinical assessment service go-live: March 2020",
          "Brackenmoor UTC opens: December 2020"],
         ["The programme brings together the two emergency departments at Marrowdale Royal Infirmary "
          "and Kestlebury General Hospital, the Kestle and Moor Ambulance Service NHS Trust, NHS 111 and "
          "GP out-of-hours providers. Its central aim is to stop the year-on-year growth in ambulance "
          "conveyances and to give every town in the footprint access to an urgent treatment centre.",
          "Brackenmoor has no urgent care facility of its own and patients currently travel to "
          "Kestlebury. A new urgent treatment centre on the Brackenmoor Community Hospital site is the "
          "programme's largest capital scheme. The Kestlebury UTC (GP-led, in the existing building) "
          "is designated from April 2019 without capital works."]),
        ("2. Primary Care at Scale",
         [("SRO", "Dr Nadia Castellan, Clinical Chair, NHS Kestle Vale CCG", False),
          ("Clinical lead", "Dr Priyesh Gohil, GP, Fennick Cross", False),
          ("Programme manager", "Hollie Dunstan", False),
          ("Must-dos addressed", "3 (general practice)", False)],
         ["GP extended access 8am-8pm, 100% population coverage: October 2018",
          "Primary care networks (11) go live: July 2019",
          "Online consultation in all practices: April 2020"],
         ["Seventy-two practices serve the footprint's 742,000 registered patients. The programme "
          "supports practices to work at scale through primary care networks, shared extended access "
          "hubs and care navigation, and manages the GP Forward View resilience funding on behalf of "
          "both CCGs."]),
        ("3. Planned Care and Cancer",
         [("SRO", "Gwen Pellow, Director of Operations, Marrowdale Teaching Hospitals NHS FT", False),
          ("Clinical lead", "Mr Declan Ferriday, Consultant Colorectal Surgeon", False),
          ("Programme manager", "Stuart Ellery", False),
          ("Must-dos addressed", "5 (RTT 18 weeks) and 6 (cancer 62 days)", False)],
         ["Advice and guidance live in all specialties: October 2019",
          "Single patient tracking list across both acute trusts: December 2019",
          "Fennick Cross Rapid Diagnostic Centre opens: March 2020"],
         ["Both acute trusts are behind the 92% referral-to-treatment standard and the 85% 62-day "
          "cancer standard. The programme manages demand through MSK triage and advice and guidance, "
          "pools waiting lists across the two trusts and establishes a rapid diagnostic centre at "
          "Fennick Cross for patients with vague but concerning symptoms."]),
        ("4. Mental Health and Learning Disabilities",
         [("SRO", "Tobias Renwick, Chief Executive, Vale and Moor Partnership NHS FT", False),
          ("Clinical lead", "Dr Imogen Larch, Consultant Psychiatrist", False),
          ("Programme manager", "Anjali Mistry", False),
          ("Must-dos addressed", "7 (mental health) and 8 (learning disabilities)", False)],
         ["IAPT long-term conditions pathway (Marrowdale): June 2019",
          "Kestlebury crisis caf\u00e9 opens: November 2019",
          "Heron Ward (learning disability inpatient unit) closes: February 2020"],
         ["The programme covers improving access to psychological therapies, crisis care, perinatal "
          "mental health, dementia diagnosis and the Transforming Care programme for people with a "
          "learning disability and/or autism."]),
        ("5. Community and Neighbourhood Care",
         [("Joint SROs", "Sheila Marchbank, Director of Adult Social Care, Kestleshire County Council; "
           "Dr Ewan Tolley, Clinical Director, Oldhythe and Saltwick GP Alliance", False),
          ("Clinical lead", "Dr Ewan Tolley", False),
          ("Programme manager", "Roisin Keogh", False),
          ("Must-dos addressed", "4 (supporting: delayed transfers of care)", False)],
         ["Integrated neighbourhood teams phase 1 (Oldhythe, Saltwick Ferry): June 2019",
          "Integrated neighbourhood teams phase 2 (Fennick Cross, Brackenmoor): January 2020",
          "Integrated neighbourhood teams phase 3 (Marrowdale, Kestlebury): October 2020"],
         ["Integrated neighbourhood teams bring community nursing, therapy, social work and mental "
          "health practitioners together around groups of practices. The Saltwick Ferry integrated "
          "care hub, opened in November 2018, is the model for the remaining towns."]),
        ("6. Digital",
         [("SRO", "Oluwaseun Bakare, Chief Information Officer, Marrowdale Teaching Hospitals NHS FT", False),
          ("Clinical lead", "Click or tap here to enter text.", True),
          ("Programme manager", "Mark Tennant", False),
          ("Must-dos addressed", "None directly (enabler)", False)],
         ["Kestle Vale Shared Care Record supplier contract signed: January 2019",
          "Shared care record phase 1 go-live (GP and acute records): autumn 2019",
          "Shared care record phase 2 (social care and mental health records): July 2020"],
         ["The Kestle Vale Shared Care Record (KVSCR) will give clinicians and care professionals in "
          "every partner organisation a single view of a person's record. The supplier contract was "
          "signed in January 2019."]),
        ("7. Workforce",
         [("SRO", "Lorna Fitzwilliam, Director of Workforce, Vale and Moor Partnership NHS FT", False),
          ("Clinical lead", "Sarah Quennell, Chief Nurse, Kestle Vale Healthcare NHS Trust", False),
          ("Programme manager", "Grace Nwachukwu", False),
          ("Must-dos addressed", "None directly (enabler)", False)],
         ["Nursing associates cohort 1 starts: September 2018",
          "Collaborative staff bank (MTH and KVHT) live: April 2019",
          "Health and care careers academy launches at Kestlebury College: January 2020"],
         ["Registered nurse vacancies across the footprint stand at 11%. The programme grows our own "
          "workforce through nursing associates and apprenticeships and reduces agency spend through a "
          "collaborative bank."]),
        ("8. System Sustainability and Finance",
         [("SRO", "Priya Ravindran, Director of Finance, Kestle Vale Healthcare NHS Trust", False),
          ("Clinical lead", "Not applicable", False),
          ("Programme manager", "Owen Pritchard", False),
          ("Must-dos addressed", "1 (STP) and 2 (financial balance)", False)],
         ["2019/20 transformation budget approved by Partnership Board: March 2019",
          "Pathology network single LIMS business case: October 2019",
          "Shared back office (payroll, procurement) live: April 2020"],
         ["The programme holds the system control total, runs the Partnership's planning round and "
          "delivers shared back-office and pathology savings."]),
    ]
    for k, (heading, fields, milestones, narrative) in enumerate(cards):
        if k:
            doc.add_page_break()
        doc.add_heading(heading, level=1)
        inner = _card_paragraphs("PROGRAMME CARD", fields, milestones)
        p = doc.add_paragraph()
        p._p.append(parse_xml(_textbox_run(inner)))
        p.add_run(narrative[0])
        for n in narrative[1:]:
            doc.add_paragraph(n)
        doc.add_paragraph("")
    doc.save(os.path.join(OUT, "MKV_Programme_Definition_Summaries_v3.docx"))


# ==========================================================================
# k2  PDF dashboard of KPI tiles, drawn layer by layer
# ==========================================================================
def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    cands = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
    bold = ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"]
    for c, b in zip(cands, bold):
        if os.path.exists(c) and os.path.exists(b):
            pdfmetrics.registerFont(TTFont("DV", c))
            pdfmetrics.registerFont(TTFont("DVB", b))
            return "DV", "DVB"
    return "Helvetica", "Helvetica-Bold"


RAG = {"R": (0.84, 0.16, 0.16), "A": (0.96, 0.62, 0.0), "G": (0.0, 0.6, 0.3), "N": (0.45, 0.5, 0.55)}


def make_k2():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    reg, bold = _register_fonts()
    arrows_ok = reg == "DV"
    W, H = landscape(A4)
    c = canvas.Canvas(os.path.join(OUT, "MKV_Integrated_Performance_Dashboard_Q2_2019-20.pdf"),
                      pagesize=landscape(A4))
    c.setTitle("MKV Integrated Performance Dashboard Q2 2019/20")
    c.setAuthor("MKV Partnership PMO")

    def header(title, sub):
        c.setFillColorRGB(0.0, 0.37, 0.72)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(bold, 15)
        c.drawString(28, H - 30, title)
        c.setFont(reg, 9.5)
        c.drawString(28, H - 48, sub)

    def arrow(kind):
        if arrows_ok:
            return {"up": "\u25b2", "down": "\u25bc", "flat": "\u25ba"}[kind]
        return {"up": "^", "down": "v", "flat": ">"}[kind]

    # ---------------- page 1: KPI tiles ----------------
    header("Marrowdale and Kestle Vale Health and Care Partnership \u2013 Integrated Performance Dashboard",
           "Quarter 2 2019/20 (July\u2013September 2019)  \u00b7  Published 8 November 2019  \u00b7  "
           "Source: MKV Partnership PMO / provider returns")
    tiles = [
        ("86.9%", "down", "A&E 4-hour \u2013 whole system", "Target 95%  \u00b7  MD4", "R"),
        ("88.7%", "up", "A&E 4-hour \u2013 Marrowdale Teaching Hospitals", "Target 95%  \u00b7  MD4", "A"),
        ("84.3%", "down", "A&E 4-hour \u2013 Kestle Vale Healthcare", "Target 95%  \u00b7  MD4", "R"),
        ("412", "down", "Ambulance handovers over 60 minutes", "Quarter total  \u00b7  Target 0  \u00b7  MD4", "R"),
        ("84.1%", "down", "RTT incomplete pathways within 18 weeks", "Target 92%  \u00b7  MD5", "R"),
        ("37", "down", "Patients waiting 52 weeks or more", "Target 0  \u00b7  MD5", "A"),
        ("78.4%", "up", "Cancer 62-day GP referral to first treatment", "Target 85%  \u00b7  MD6", "A"),
        ("19.6%", "up", "IAPT access rate (annualised)", "Target 22% by March 2020  \u00b7  MD7", "A"),
        ("67.9%", "flat", "Dementia diagnosis rate", "Target 66.7%  \u00b7  MD7", "G"),
        ("41%", "up", "Learning disability annual health checks (year to date)",
         "Target 75% by March 2020  \u00b7  MD8", "A"),
        ("100%", "flat", "GP extended access population coverage", "Target 100%  \u00b7  MD3", "G"),
        ("\u00a33.1m", "down", "Financial position: adverse variance to plan (Month 6)",
         "Plan: \u00a31.4m deficit  \u00b7  MD2", "R"),
    ]
    cols, rows = 4, 3
    mx, top, gap = 28, H - 80, 12
    tw = (W - 2 * mx - (cols - 1) * gap) / cols
    th = 128
    pos = []
    for i in range(len(tiles)):
        r, col = divmod(i, cols)
        x = mx + col * (tw + gap)
        y = top - (r + 1) * th - r * gap
        pos.append((x, y))
    # layer 1: tile backgrounds and RAG bands
    for (x, y), t in zip(pos, tiles):
        c.setFillColorRGB(0.96, 0.97, 0.98)
        c.setStrokeColorRGB(0.75, 0.78, 0.82)
        c.roundRect(x, y, tw, th, 6, stroke=1, fill=1)
        c.setFillColorRGB(*RAG[t[4]])
        c.rect(x, y + th - 8, tw, 8, stroke=0, fill=1)
    # layer 2: headline figures (a designer's "value" layer)
    for (x, y), t in zip(pos, tiles):
        c.setFillColorRGB(0.1, 0.12, 0.15)
        c.setFont(bold, 30)
        c.drawString(x + 14, y + th - 52, t[0])
    # layer 3: trend arrows
    for (x, y), t in zip(pos, tiles):
        col = {"up": RAG["G"], "down": RAG["R"], "flat": RAG["N"]}[t[1]]
        c.setFillColorRGB(*col)
        c.setFont(reg, 22)
        c.drawRightString(x + tw - 14, y + th - 50, arrow(t[1]))
    # layer 4: labels (wrapped)
    from reportlab.lib.utils import simpleSplit
    for (x, y), t in zip(pos, tiles):
        c.setFillColorRGB(0.2, 0.22, 0.25)
        c.setFont(bold, 9.5)
        lines = simpleSplit(t[2], bold, 9.5, tw - 28)
        yy = y + th - 72
        for ln in lines:
            c.drawString(x + 14, yy, ln)
            yy -= 12
    # layer 5: targets
    for (x, y), t in zip(pos, tiles):
        c.setFillColorRGB(0.4, 0.43, 0.47)
        c.setFont(reg, 8)
        c.drawString(x + 14, y + 12, t[3])
    c.setFont(reg, 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(28, 22, "%s improved on Q1 2019/20    %s deteriorated on Q1 2019/20    %s no significant change"
                 "    |    MD = national must-do (2016/17 planning guidance)    |    Band colour = RAG against target"
                 % (arrow("up"), arrow("down"), arrow("flat")))
    c.drawRightString(W - 28, 10, "Page 1 of 2")
    c.showPage()

    # ---------------- page 2: programme delivery tiles ----------------
    header("Programme delivery confidence \u2013 Quarter 2 2019/20",
           "SRO as at 1 October 2019  \u00b7  Delivery confidence assessed by the PMO with each SRO  \u00b7  "
           "Next milestone from the milestone calendar v4.2")
    prog_tiles = [
        ("Urgent and Emergency Care", "Joanne Arkwright", "AMBER",
         "Brackenmoor UTC planning decision \u2013 30 Nov 2019", "A"),
        ("Primary Care at Scale", "Dr Nadia Castellan", "GREEN",
         "Online consultation in all practices \u2013 Apr 2020", "G"),
        ("Planned Care and Cancer", "Gwen Pellow", "AMBER",
         "Single PTL across MTH and KVHT \u2013 Dec 2019", "A"),
        ("Mental Health and Learning Disabilities", "Tobias Renwick", "AMBER",
         "Kestlebury crisis caf\u00e9 opens \u2013 25 Nov 2019", "A"),
        ("Community and Neighbourhood Care", "Sheila Marchbank / Dr Ewan Tolley", "GREEN",
         "Integrated neighbourhood teams phase 2 \u2013 Jan 2020", "G"),
        ("Digital (Kestle Vale Shared Care Record)", "Oluwaseun Bakare", "AMBER/RED",
         "KVSCR phase 1 go-live \u2013 18 Nov 2019", "R"),
        ("Workforce", "Lorna Fitzwilliam", "GREEN",
         "Careers academy launch, Kestlebury College \u2013 Jan 2020", "G"),
        ("System Sustainability and Finance", "Priya Ravindran", "RED",
         "Shared back office live \u2013 Apr 2020", "R"),
    ]
    cols = 4
    th2 = 190
    pos = []
    for i in range(len(prog_tiles)):
        r, col = divmod(i, cols)
        x = mx + col * (tw + gap)
        y = top - (r + 1) * th2 - r * gap
        pos.append((x, y))
    for (x, y), t in zip(pos, prog_tiles):
        c.setFillColorRGB(0.96, 0.97, 0.98)
        c.setStrokeColorRGB(0.75, 0.78, 0.82)
        c.roundRect(x, y, tw, th2, 6, stroke=1, fill=1)
        c.setFillColorRGB(*RAG[t[4]])
        c.rect(x, y + th2 - 8, tw, 8, stroke=0, fill=1)
    for (x, y), t in zip(pos, prog_tiles):   # programme names
        c.setFillColorRGB(0.0, 0.37, 0.72)
        c.setFont(bold, 11)
        yy = y + th2 - 28
        for ln in simpleSplit(t[0], bold, 11, tw - 28):
            c.drawString(x + 14, yy, ln)
            yy -= 13
    for (x, y), t in zip(pos, prog_tiles):   # delivery confidence word
        c.setFillColorRGB(*RAG[t[4]])
        c.setFont(bold, 16)
        c.drawString(x + 14, y + th2 - 86, t[2])
    for (x, y), t in zip(pos, prog_tiles):   # next milestone
        c.setFillColorRGB(0.2, 0.22, 0.25)
        c.setFont(reg, 8.5)
        yy = y + 58
        c.drawString(x + 14, yy + 12, "Next milestone:")
        for ln in simpleSplit(t[3], reg, 8.5, tw - 28):
            c.drawString(x + 14, yy, ln)
            yy -= 11
    for (x, y), t in zip(pos, prog_tiles):   # SRO in small print at the foot of each tile
        c.setFillColorRGB(0.4, 0.43, 0.47)
        c.setFont(reg, 7.5)
        for k, ln in enumerate(simpleSplit("SRO: " + t[1], reg, 7.5, tw - 28)):
            c.drawString(x + 14, y + 22 - 9 * k, ln)
    c.setFont(reg, 8)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(28, 22, "Delivery confidence: GREEN = on track; AMBER = at risk but recoverable; RED = off track, "
                 "recovery plan required. The Urgent and Emergency Care SRO changed on 1 October 2019.")
    c.drawRightString(W - 28, 10, "Page 2 of 2")
    c.showPage()
    c.save()


# ==========================================================================
# k3  Excel milestone calendar: months as rows, programmes as columns
# ==========================================================================
CALENDAR = {
    # (year, month): {code: text}
    (2018, 6): {"UEC": "Clinical assessment service (CAS) business case approved"},
    (2018, 9): {"PCC": "MSK single point of access and triage live",
                "WFD": "Nursing associates cohort 1 starts (40 trainees)"},
    (2018, 10): {"PCS": "GP extended access 8am-8pm: 100% population coverage (from 1 Oct)"},
    (2018, 11): {"CNC": "Saltwick Ferry integrated care hub opens (12 Nov)"},
    (2018, 12): {"UEC": "Winter plan live; GP streaming at Kestlebury ED"},
    (2019, 1): {"MHLD": "Perinatal mental health community team (Kestleshire-wide)",
                "DIG": "KVSCR supplier contract signed"},
    (2019, 3): {"FIN": "2019/20 transformation budget approved by Partnership Board (27 Mar)"},
    (2019, 4): {"UEC": "Kestlebury UTC designated (GP-led, no capital works)",
                "WFD": "Collaborative staff bank (MTH/KVHT) live"},
    (2019, 5): {"UEC": "Brackenmoor UTC outline business case to NHSE/I"},
    (2019, 6): {"MHLD": "IAPT long-term conditions pathway \u2013 Marrowdale",
                "CNC": "INT phase 1 live \u2013 Oldhythe and Saltwick Ferry"},
    (2019, 7): {"PCS": "Primary care networks go live (11 PCNs, from 1 Jul)"},
    (2019, 8): {"UEC": "Brackenmoor UTC OBC: capital approved subject to conditions (22 Aug)"},
    (2019, 9): {"WFD": "Nursing associates cohort 2 (60 trainees)"},
    (2019, 10): {"PCC": "Advice and guidance live in all specialties",
                 "FIN": "Pathology network single LIMS business case"},
    (2019, 11): {"MHLD": "Kestlebury crisis caf\u00e9 opens (25 Nov)",
                 "DIG": "KVSCR phase 1 go-live, GP + acute records (18 Nov) \u2013 revised from Sep 2019",
                 "UEC": "Brackenmoor UTC planning permission (by 30 Nov)"},
    (2019, 12): {"PCC": "Single patient tracking list (PTL) across MTH and KVHT"},
    (2020, 1): {"CNC": "INT phase 2 live \u2013 Fennick Cross and Brackenmoor",
                "UEC": "Brackenmoor UTC full business case to NHSE/I (by 31 Jan)",
                "WFD": "Health and care careers academy launches (Kestlebury College)"},
    (2020, 2): {"MHLD": "Heron Ward (LD inpatient unit) closes \u2013 Transforming Care"},
    (2020, 3): {"PCC": "Fennick Cross Rapid Diagnostic Centre opens",
                "UEC": "Integrated Urgent Care CAS go-live (111 + GP out of hours)",
                "MHLD": "IAPT access 22% (annualised) achieved"},
    (2020, 4): {"PCS": "Online consultation in all practices",
                "FIN": "Shared back office (payroll, procurement) live",
                "UEC": "Brackenmoor UTC main contract awarded (by 30 Apr)"},
    (2020, 7): {"DIG": "KVSCR phase 2 \u2013 social care and mental health records"},
    (2020, 9): {"PCC": "28-day faster diagnosis standard: shadow reporting"},
    (2020, 10): {"CNC": "INT phase 3 live \u2013 Marrowdale and Kestlebury"},
    (2020, 12): {"UEC": "Brackenmoor UTC opens (target 1 Dec)"},
    (2021, 3): {"PCS": "Fennick Cross health centre replacement \u2013 outline business case",
                "FIN": "Brackenmoor UTC capital fully spent (by 31 Mar)"},
}


def make_k3():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Calendar"
    codes = [p[0] for p in PROGRAMMES]
    ws["A1"] = "Marrowdale and Kestle Vale Health and Care Partnership \u2013 Milestone calendar 2018/19 to 2020/21"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws["A2"] = "Version 4.2  \u00b7  20 September 2019  \u00b7  Maintained by the Partnership PMO  \u00b7  " \
               "Programme codes: see sheet 'Key'"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Month", "Quarter"] + codes
    thin = Side(style="thin", color="A0A8B0")
    for j, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=j, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="005EB8")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    row = 5
    months = []
    y, m = 2018, 4
    while (y, m) <= (2021, 3):
        months.append((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    for (y, m) in months:
        c = ws.cell(row=row, column=1, value=dt.datetime(y, m, 1))
        c.number_format = "mmm yyyy"
        c.alignment = Alignment(vertical="top")
        # quarter label only on the first month of the quarter, merged down 3 rows
        fy_start = y if m >= 4 else y - 1
        q = (((m - 4) % 12) // 3) + 1
        if m in (4, 7, 10, 1):
            qc = ws.cell(row=row, column=2, value="Q%d %d/%02d" % (q, fy_start, (fy_start + 1) % 100))
            qc.alignment = Alignment(vertical="center", horizontal="center", text_rotation=90)
            qc.font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row + 2, end_column=2)
        for j, code in enumerate(codes, 3):
            txt = CALENDAR.get((y, m), {}).get(code)
            cell = ws.cell(row=row, column=j, value=txt)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if txt:
                cell.fill = PatternFill("solid", fgColor="E8F0FA")
        if m == 3:
            for j in range(1, len(hdr) + 1):
                ws.cell(row=row, column=j).border = Border(bottom=Side(style="medium", color="000000"),
                                                           left=thin, right=thin)
        row += 1
    # a milestone spanning months: merged block (only the top cell holds the text)
    r0 = 5 + months.index((2018, 10))
    ws.cell(row=r0, column=3 + codes.index("WFD"), value="Collaborative bank pilot at MTH (Oct 2018 \u2013 Mar 2019)")
    ws.merge_cells(start_row=r0, start_column=3 + codes.index("WFD"), end_row=r0 + 5,
                   end_column=3 + codes.index("WFD"))
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 6
    for j in range(3, 3 + len(codes)):
        ws.column_dimensions[get_column_letter(j)].width = 24
    ws.freeze_panes = "C5"

    k = wb.create_sheet("Key")
    k.append(["Code", "Programme", "SRO", "National must-dos", "Programme manager"])
    for cell in k[1]:
        cell.font = Font(bold=True)
    sro_key = {
        "UEC": "Martin Hesketh (to 30/09/2019); Joanne Arkwright (from 01/10/2019)",
        "CNC": "Sheila Marchbank; Dr Ewan Tolley (joint SROs)",
    }
    for code, name, sro, md, pm in PROGRAMMES:
        k.append([code, name, sro_key.get(code, sro), md, pm])
    k.append([])
    k.append(["Must-do 9 (quality and special measures) is not led by a Partnership programme; see the "
              "mid-year must-do self-assessment."])
    for col, w in zip("ABCDE", (8, 42, 60, 24, 20)):
        k.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "MKV_Milestone_Calendar_2018-21_v4.2.xlsx"))


# ==========================================================================
# k4  PDF annual report: two-column body with sidebar and pull-quotes
# ==========================================================================
def make_k4():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    FrameBreak, KeepTogether, Table, TableStyle)

    W, H = A4
    path = os.path.join(OUT, "MKV_Annual_Report_2018-19.pdf")
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.6, leading=12.4, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                        textColor=colors.HexColor("#005EB8"), spaceBefore=6, spaceAfter=4)
    quote = ParagraphStyle("quote", fontName="Helvetica-Oblique", fontSize=12.5, leading=16,
                           textColor=colors.HexColor("#330072"), borderColor=colors.HexColor("#330072"),
                           borderWidth=0, leftIndent=6, spaceBefore=8, spaceAfter=2)
    quote_by = ParagraphStyle("qby", fontName="Helvetica", fontSize=8.5, leading=11,
                              textColor=colors.HexColor("#330072"), leftIndent=6, spaceAfter=10)
    side = ParagraphStyle("side", fontName="Helvetica", fontSize=8, leading=10.2, spaceAfter=5)
    side_h = ParagraphStyle("sideh", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                            textColor=colors.HexColor("#FFFFFF"), spaceAfter=6)

    margin = 36
    sidebar_w = 128
    gutter = 14
    col_w = (W - 2 * margin - sidebar_w - 2 * gutter) / 2
    top_first = H - 150
    top = H - 60
    bottom = 50

    sidebars = {
        1: ("Who's who", [
            "<i>Partnership Board office-holders at 31 March 2019</i>",
            "<b>Independent Chair</b><br/>Rosalind Tregarthen (appointed 1 June 2018)",
            "<b>Vice-Chair</b><br/>Cllr Bernadette Ofori, Leader, Marrowdale City Council",
            "<b>Partnership Lead</b><br/>Dr Anselm Whitcombe, Chief Executive, Marrowdale Teaching "
            "Hospitals NHS Foundation Trust",
            "<b>Partnership Finance Lead</b><br/>Priya Ravindran, Director of Finance, Kestle Vale "
            "Healthcare NHS Trust",
            "<b>Partnership Programme Director</b><br/>Callum Ashdown-Pryce",
            "<b>Chair, Clinical Reference Group</b><br/>Dr Folasade Adeyemi-Hart",
        ]),
        2: ("Key dates 2018/19", [
            "<b>1 June 2018</b><br/>Independent Chair appointed",
            "<b>6 September 2018</b><br/>First Partnership Board meeting held in public, Fennick Cross "
            "Community Centre",
            "<b>1 October 2018</b><br/>GP extended access reaches every town",
            "<b>12 November 2018</b><br/>Saltwick Ferry integrated care hub opens",
            "<b>January 2019</b><br/>Shared care record supplier contract signed",
            "<b>27 March 2019</b><br/>Partnership Board approves the 2019/20 transformation budget",
        ]),
        3: ("Programme SROs 2018/19", [
            "<b>Urgent and Emergency Care</b><br/>Martin Hesketh",
            "<b>Primary Care at Scale</b><br/>Dr Nadia Castellan",
            "<b>Planned Care and Cancer</b><br/>Gwen Pellow",
            "<b>Mental Health and Learning Disabilities</b><br/>Tobias Renwick",
            "<b>Community and Neighbourhood Care</b><br/>Sheila Marchbank and Dr Ewan Tolley",
            "<b>Digital</b><br/>Oluwaseun Bakare",
            "<b>Workforce</b><br/>Lorna Fitzwilliam",
            "<b>System Sustainability and Finance</b><br/>Priya Ravindran",
        ]),
    }

    def draw_sidebar(canv, doc):
        pg = canv.getPageNumber()
        x = W - margin - sidebar_w
        t = top_first if pg == 1 else top
        canv.saveState()
        if pg == 1:
            canv.setFillColor(colors.HexColor("#005EB8"))
            canv.rect(0, H - 120, W, 120, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 22)
            canv.drawString(margin, H - 60, "Annual Report 2018/19")
            canv.setFont("Helvetica", 12)
            canv.drawString(margin, H - 82, "Marrowdale and Kestle Vale Health and Care Partnership")
            canv.setFont("Helvetica", 9)
            canv.drawString(margin, H - 100, "Published July 2019  \u00b7  Covering 1 April 2018 to 31 March 2019")
        else:
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.HexColor("#425563"))
            canv.drawString(margin, H - 36, "MKV Partnership \u00b7 Annual Report 2018/19")
        if pg in sidebars:
            title, items = sidebars[pg]
            canv.setFillColor(colors.HexColor("#E8EDEE"))
            canv.rect(x - 6, bottom, sidebar_w + 6, t - bottom, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor("#330072"))
            canv.rect(x - 6, t - 26, sidebar_w + 6, 26, stroke=0, fill=1)
            p = Paragraph(title, side_h)
            w_, h_ = p.wrap(sidebar_w - 6, 30)
            p.drawOn(canv, x, t - 19)
            yy = t - 36
            for it in items:
                p = Paragraph(it, side)
                w_, h_ = p.wrap(sidebar_w - 6, 200)
                yy -= h_
                p.drawOn(canv, x, yy)
                yy -= 7
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#425563"))
        canv.drawRightString(W - margin, 24, str(pg))
        canv.restoreState()

    def frames(t):
        return [Frame(margin, bottom, col_w, t - bottom, id="c1", leftPadding=0, rightPadding=0),
                Frame(margin + col_w + gutter, bottom, col_w, t - bottom, id="c2", leftPadding=0,
                      rightPadding=0)]

    doc = BaseDocTemplate(path, pagesize=A4, title="MKV Partnership Annual Report 2018/19",
                          author="MKV Partnership")
    doc.addPageTemplates([PageTemplate(id="first", frames=frames(top_first), onPage=draw_sidebar,
                                       autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=frames(top), onPage=draw_sidebar)])
    S = []
    P = lambda t, s=body: S.append(Paragraph(t, s))
    P("Foreword from the Chair", h2)
    P("This is the first annual report of the Marrowdale and Kestle Vale Health and Care Partnership. "
      "It covers the first year of our three-year delivery plan for 2018/19 to 2020/21, a year in which "
      "the nine organisations that make up the Partnership began to plan and act as one system for the "
      "742,000 people who live in Marrowdale, Kestlebury, Fennick Cross, Oldhythe, Brackenmoor and "
      "Saltwick Ferry.")
    P("Our Partnership Board met six times during the year. Its meetings have been held in public since "
      "September 2018, rotating between the six towns so that residents can hear the Board's discussions "
      "close to home.")
    S.append(Paragraph("\u201cOpening the Saltwick Ferry hub on 12 November 2018 showed what the "
                       "Partnership can do when councils, GPs and trusts plan a building together.\u201d",
                       quote))
    S.append(Paragraph("\u2014 Rosalind Tregarthen, Independent Chair", quote_by))
    P("I would like to thank every member of staff, volunteer and resident who has taken part in the "
      "conversations that shaped this plan, and the Leader of Marrowdale City Council for serving as "
      "Vice-Chair through the year.")
    P("Our footprint", h2)
    P("The Partnership brings together NHS Marrowdale CCG, NHS Kestle Vale CCG, Marrowdale Teaching "
      "Hospitals NHS Foundation Trust, Kestle Vale Healthcare NHS Trust, Vale and Moor Partnership NHS "
      "Foundation Trust, Kestle and Moor Ambulance Service NHS Trust, Marrowdale City Council, "
      "Kestleshire County Council and the Oldhythe and Saltwick GP Alliance. Seventy-two GP practices "
      "serve the footprint.")
    P("Marrowdale is the only city in the footprint and is home to Marrowdale Royal Infirmary. Kestlebury "
      "General Hospital serves the southern towns. Brackenmoor, on the edge of the moor, is the most "
      "isolated of our communities and has no urgent care facility of its own.")
    P("What we mean by a neighbourhood", h2)
    P("Throughout our plan a <b>neighbourhood</b> means a registered population of between 30,000 and "
      "50,000 people, served by a group of GP practices working with community nursing, therapy, social "
      "care and mental health staff as one integrated neighbourhood team. Neighbourhoods are the building "
      "block of the Community and Neighbourhood Care programme; they are similar in size to, and from "
      "July 2019 will match, the national primary care networks.")
    P("The year in review", h2)
    P("Every resident of the footprint has been able to book a GP appointment between 8am and 8pm, seven "
      "days a week, since 1 October 2018, meeting the national general practice must-do on time.")
    P("The Saltwick Ferry integrated care hub opened on 12 November 2018. It houses two GP practices, the "
      "community nursing team, a social work team and a pharmacy under one roof, and in its first four "
      "months handled more than 21,000 appointments.")
    P("In January 2019 we signed the contract for the Kestle Vale Shared Care Record, which will let "
      "clinicians and care staff in every partner organisation see a single record. The first phase, "
      "covering GP and hospital records, is planned to go live in the autumn of 2019.")
    P("Urgent and emergency care remained our hardest challenge. Four-hour performance across the two "
      "emergency departments was below the 95% standard in every month of the year and ambulance "
      "handover delays at Kestlebury General Hospital rose over the winter. An outline business case for "
      "a new urgent treatment centre at Brackenmoor was prepared during the year for submission in May "
      "2019.")
    P("In mental health, we began work on a crisis caf\u00e9 in Kestlebury and a community perinatal "
      "mental health team covering the whole of Kestleshire started in January 2019. The Kestle Vale "
      "Local Maternity System publishes its own annual report and its work is not covered here.")
    S.append(Paragraph("\u201cThe shared care record is the single biggest change we can make for "
                       "clinicians this year.\u201d", quote))
    S.append(Paragraph("\u2014 Dr Anselm Whitcombe, Partnership Lead", quote_by))
    P("Finance", h2)
    P("The NHS organisations in the Partnership ended 2018/19 with a combined deficit of \u00a314.2 "
      "million, against a system control total deficit of \u00a311.5 million. The shortfall arose mainly "
      "from agency nursing costs and unfunded winter capacity. On 27 March 2019 the Partnership Board "
      "approved a 2019/20 transformation budget, set out in a separate paper, which for the first time "
      "pools transformation funding across both CCGs.")
    P("Workforce", h2)
    P("The first cohort of 40 trainee nursing associates began their two-year programme in September "
      "2018, hosted jointly by the three provider trusts. A collaborative staff bank was piloted at "
      "Marrowdale Teaching Hospitals from October 2018.")
    P("Programme highlights", h2)
    for t in [
        "<b>Urgent and Emergency Care.</b> GP streaming at the front door of Kestlebury emergency department "
        "went live in December 2018 and the business case for an integrated urgent care clinical assessment "
        "service was approved in June 2018.",
        "<b>Primary Care at Scale.</b> Extended access reached the whole population in October 2018. "
        "Practices prepared to form eleven primary care networks from July 2019.",
        "<b>Planned Care and Cancer.</b> A single point of access and triage for musculoskeletal referrals "
        "opened in September 2018, cutting orthopaedic outpatient referrals by 14%.",
        "<b>Mental Health and Learning Disabilities.</b> The perinatal mental health community team "
        "started in January 2019 and plans were agreed to close Heron Ward under Transforming Care.",
        "<b>Community and Neighbourhood Care.</b> The Saltwick Ferry hub opened and neighbourhood teams "
        "were designed for Oldhythe and Saltwick Ferry, to go live in June 2019.",
        "<b>Digital.</b> The shared care record supplier was appointed after a competitive procurement.",
        "<b>Workforce.</b> The nursing associate programme and the collaborative bank pilot began.",
        "<b>System Sustainability and Finance.</b> The programme led the 2019/20 planning round and the "
        "first pooled transformation budget.",
    ]:
        P(t)
    P("Listening to residents", h2)
    P("More than 2,300 residents took part in the \u2018Your Health, Your Vale\u2019 conversation between "
      "June and September 2018, through twelve drop-in events, an online survey and discussions led by "
      "the two Healthwatch organisations. The strongest messages were about travel: residents of "
      "Brackenmoor and Oldhythe told us that a trip to an emergency department can take more than an "
      "hour by public transport, and that evening and weekend GP appointments matter more to them than "
      "new buildings.")
    P("People with learning disabilities and their families asked us to close the remaining inpatient "
      "beds only when good community support is in place, and carers asked for a single point of "
      "contact. Young people in Marrowdale told us that they wanted mental health support available "
      "in the evenings and without a referral, which shaped the design of the crisis caf\u00e9.")
    P("We have published a \u2018you said, we did\u2019 summary for each town, and the Partnership Board "
      "now begins every public meeting with a resident's story. Residents' panels in Fennick Cross and "
      "Saltwick Ferry review each service change proposal before it reaches the Board.")
    P("Our plan in numbers", h2)
    P("The delivery plan commits the Partnership to eight programmes, more than forty projects and "
      "around 150 milestones over three years. Progress is tracked in a single milestone calendar "
      "maintained by the Partnership PMO and reviewed monthly by the Programme Board. Of the milestones "
      "due in 2018/19, 81% were met on time and a further 11% within three months of their due date.")
    P("How the Partnership is governed", h2)
    P("The Partnership Board is made up of the chief executives and chairs of the NHS organisations, the "
      "leaders and chief executives of the two councils, the clinical chairs of the two CCGs and the "
      "Independent Chair. Programme SROs report to the Board through the monthly Programme Board, which "
      "is chaired by the Partnership Lead. The Clinical Reference Group advises on every service "
      "change.")
    P("Looking ahead: our priorities for 2019/20", h2)
    P("The Board has agreed three priorities for 2019/20:")
    P("<b>1.</b> go live with the Kestle Vale Shared Care Record for GP and hospital records;")
    P("<b>2.</b> complete the second phase of integrated neighbourhood teams, in Fennick Cross and "
      "Brackenmoor; and")
    P("<b>3.</b> reduce ambulance handover delays at Kestlebury General Hospital, so that no handover "
      "takes longer than 60 minutes.")
    P("We will report on progress against each of them in next year's annual report.")
    P("Rosalind Tregarthen, Independent Chair<br/>Dr Anselm Whitcombe, Partnership Lead<br/>July 2019")
    doc.build(S)


# ==========================================================================
# k5  Markdown wiki export: nested bullets with inline Owner fields
# ==========================================================================
WIKI = """\
MKV Partnership Wiki / Programmes / **Workstreams (live page)**

> Exported from the MKV Partnership wiki on 4 November 2019 by PMO Admin. Last edited by Roisin Keogh.
> Page restrictions: Partnership staff only. Child pages and attachments are not included in this export.

[TOC]

# Workstreams \u2013 Marrowdale and Kestle Vale Health and Care Partnership

This page lists the live projects under each programme of the MKV Partnership delivery plan 2018/19 \u2013 2020/21.
Owners are shown as **Owner:** against each project; where a project says *inherits*, the owner is the one given
on the line above it. Status lozenges: (/) on track, (!) at risk, (x) off track.

## Programmes

- **Urgent and Emergency Care** (UEC)
    - ~~**SRO:** Martin Hesketh~~ **SRO:** Joanne Arkwright, Director of Commissioning, NHS Kestle Vale CCG *(from 1 October 2019; Martin Hesketh moved to the regional urgent care network)*
    - Projects
        - Integrated Urgent Care clinical assessment service (CAS)
            - **Owner:** Kezia Lindqvist
            - Scope: NHS 111 and GP out-of-hours in one clinical hub at Kestlebury
            - Target go-live: 2 March 2020
            - Status: (!) at risk \u2013 clinical rota for the hub not yet filled
        - High Intensity User (HIU) service
            - **Owner:** Darren Pocock, Kestle and Moor Ambulance Service
            - What it is: case management by a named health coach for people who attend A&E or call 999 more than 20 times a year
            - Towns: Kestlebury and Brackenmoor first, then footprint-wide
            - Status: (/) on track
        - Brackenmoor Urgent Treatment Centre
            - **Owner:** Tamsin Greaves, Estates Lead, NHS Kestle Vale CCG
            - Capital approved 22 August 2019, subject to conditions \u2013 see approval letter in the attachments
            - Status: (!) at risk \u2013 planning application with Kestleshire County Council
- **Primary Care at Scale** (PCS)
    - **SRO:** Dr Nadia Castellan
    - Projects
        - Primary care network development (11 PCNs)
            - **Owner:** Hollie Dunstan
            - Status: (/) on track
        - Oldhythe and Saltwick GP Alliance projects
            - **Owner:** Dr Ewan Tolley
            - Sub-projects
                - Care navigation training for reception teams in Oldhythe
                    - **Owner:** *inherits*
                    - 140 staff trained by March 2020
                - Shared phlebotomy service, Saltwick Ferry
                    - **Owner:** Bryony Atkins
        - Online consultation roll-out
            - **Owner:** Hollie Dunstan
            - Target: all 72 practices by April 2020
- **Planned Care and Cancer** (PCC)
    - **SRO:** Gwen Pellow
    - Projects
        - Fennick Cross Rapid Diagnostic Centre
            - **Owner:** Gwen Pellow
            - Opens March 2020
        - Single patient tracking list
            - **Owner:** Stuart Ellery
        - Advice and guidance
            - **Owner:** Mr Declan Ferriday
- **Mental Health and Learning Disabilities** (MHLD)
    - **SRO:** Tobias Renwick
    - Projects
        - Kestlebury crisis caf\u00e9
            - **Owner:** Anjali Mistry
            - Opens 25 November 2019 (Mon\u2013Sat, 6pm to midnight)
        - Transforming Care / Heron Ward closure
            - **Owner:** Marcia Oyelaran, Head of Learning Disability Commissioning
- **Community and Neighbourhood Care** (CNC)
    - **SRO:** Sheila Marchbank and Dr Ewan Tolley (joint)
    - Projects
        - Integrated neighbourhood teams
            - **Owner:** Roisin Keogh
            - Phase 2 (Fennick Cross, Brackenmoor): January 2020
- **Digital** (DIG)
    - **SRO:** Oluwaseun Bakare
    - Projects
        - Kestle Vale Shared Care Record (KVSCR) phase 1
            - **Owner:** Mark Tennant
            - Go-live 18 November 2019
- **Workforce** (WFD) \u2013 see child page
- **System Sustainability and Finance** (FIN) \u2013 see child page

## Related pages

- Milestone calendar v4.2 (attachment)
- Programme Board papers, 15 October 2019
"""


def make_k5():
    with open(os.path.join(OUT, "MKV_Wiki_Export_Workstreams_2019-11-04.md"), "w", encoding="utf-8") as f:
        f.write(WIKI)


# ==========================================================================
# k6  PowerPoint: programme = slide title, SRO only in footer / subtitle
# ==========================================================================
def make_k6():
    from pptx import Presentation
    from pptx.enum.shapes import PP_PLACEHOLDER
    from pptx.util import Inches, Pt
    from pptx.dml.color import RGBColor

    prs = Presentation()

    def clone_ph(slide, ph_type, text):
        for ph in slide.slide_layout.placeholders:
            if ph.placeholder_format.type == ph_type:
                el = copy.deepcopy(ph._element)
                slide.shapes._spTree.append(el)
                shp = [s for s in slide.placeholders if s.placeholder_format.type == ph_type][-1]
                shp.text_frame.text = text
                for p in shp.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(11)
                return shp
        return None

    def footer(slide, text, num):
        clone_ph(slide, PP_PLACEHOLDER.FOOTER, text)
        clone_ph(slide, PP_PLACEHOLDER.SLIDE_NUMBER, str(num))
        clone_ph(slide, PP_PLACEHOLDER.DATE, "15/10/2019")

    def bullets(slide, items, top=1.6, left=0.5, width=9.0, height=4.6, size=16):
        tb = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, it in enumerate(items):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = "\u2022 " + it
            p.font.size = Pt(size)
            p.space_after = Pt(6)
        return tb

    def table(slide, rows, top=3.9, widths=(4.6, 2.0, 2.4)):
        shp = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(top),
                                     Inches(sum(widths)), Inches(0.4 * len(rows)))
        t = shp.table
        for j, w in enumerate(widths):
            t.columns[j].width = Inches(w)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
                for p in t.cell(i, j).text_frame.paragraphs:
                    p.font.size = Pt(14)
        return shp

    n = 0
    # 1 title slide
    s = prs.slides.add_slide(prs.slide_layouts[0])
    n += 1
    s.shapes.title.text = "MKV Programme Board: exception reports"
    s.placeholders[1].text = ("15 October 2019  \u00b7  Board Room 2, Kestlebury General Hospital\n"
                              "Chair: Dr Anselm Whitcombe, Partnership Lead")
    # 2 UEC
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "Urgent and Emergency Care"
    bullets(s, [
        "First report from the new SRO, in post since 1 October 2019",
        "Brackenmoor UTC: \u00a36.35m capital approved by NHS England and NHS Improvement on 22 August 2019, "
        "subject to six conditions; planning decision due by 30 November 2019",
        "Integrated Urgent Care CAS: go-live on track for 2 March 2020; clinical rota 70% filled",
        "Exception: 412 ambulance handovers over 60 minutes in Q2, most at Kestlebury General Hospital",
    ])
    footer(s, "SRO: Joanne Arkwright  |  MKV Partnership PMO  |  OFFICIAL", n)
    # 3 PCS
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "Primary Care at Scale"
    bullets(s, [
        "11 primary care networks live since 1 July 2019; clinical directors all appointed",
        "Online consultation: 41 of 72 practices live; all practices by April 2020",
        "Care navigation training in Oldhythe: 88 of 140 reception staff trained",
        "No exceptions this month",
    ])
    footer(s, "SRO: Dr Nadia Castellan  |  MKV Partnership PMO  |  OFFICIAL", n)
    # 4 PCC
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "Planned Care and Cancer"
    bullets(s, [
        "RTT 18-week performance 84.1% in Q2 against 92%; 37 patients waiting 52+ weeks",
        "Cancer 62-day performance improved to 78.4%",
    ], height=2.0)
    table(s, [["Milestone", "Due", "Status"],
              ["Advice and guidance live in all specialties", "October 2019", "Complete"],
              ["Single PTL across MTH and KVHT", "December 2019", "On track"],
              ["Fennick Cross Rapid Diagnostic Centre opens", "March 2020", "On track"]], top=3.2)
    footer(s, "SRO: Gwen Pellow  |  MKV Partnership PMO  |  OFFICIAL", n)
    # 5 Digital divider: SRO only in the subtitle placeholder
    s = prs.slides.add_slide(prs.slide_layouts[0])
    n += 1
    s.shapes.title.text = "Digital: Kestle Vale Shared Care Record"
    s.placeholders[1].text = "SRO: Oluwaseun Bakare, Chief Information Officer, Marrowdale Teaching Hospitals"
    # 6 Digital detail (footer carries no SRO)
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "KVSCR phase 1 \u2013 exception report"
    bullets(s, [
        "Phase 1 (GP and acute records) go-live revised to 18 November 2019 (was 30 September 2019)",
        "Reason for slippage: the data sharing agreement with Kestleshire County Council was not signed "
        "until 2 September 2019, which delayed information governance sign-off and end-user testing",
        "Phase 2 (social care and mental health records) remains planned for July 2020",
        "Board asked to note the revised date; no change to cost",
    ])
    footer(s, "MKV Partnership PMO  |  OFFICIAL", n)
    # 7 MHLD
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "Mental Health and Learning Disabilities"
    bullets(s, [
        "Kestlebury crisis caf\u00e9 opens 25 November 2019 (Monday to Saturday, 6pm to midnight)",
        "IAPT access 19.6% (annualised) in Q2 against 22% required by March 2020",
        "Heron Ward closure on track for February 2020",
    ])
    footer(s, "SRO: Tobias Renwick  |  MKV Partnership PMO  |  OFFICIAL", n)
    # 8 decisions
    s = prs.slides.add_slide(prs.slide_layouts[5])
    n += 1
    s.shapes.title.text = "Decisions and next meeting"
    bullets(s, [
        "NOTE the revised KVSCR phase 1 go-live date",
        "NOTE the change of Urgent and Emergency Care SRO from 1 October 2019",
        "AGREE that Community and Neighbourhood Care, Workforce and System Sustainability and Finance "
        "report by exception only (no exceptions this month)",
        "Next Programme Board: 19 November 2019, Fennick Cross Community Centre",
    ])
    footer(s, "MKV Partnership PMO  |  OFFICIAL", n)
    prs.save(os.path.join(OUT, "MKV_Programme_Board_Exception_Reports_2019-10-15.pptx"))


# ==========================================================================
# k7  PDF letter of approval with conditions (a)-(f) and deadlines
# ==========================================================================
def make_k7():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

    W, H = A4
    path = os.path.join(OUT, "NHSEI_Approval_Letter_Brackenmoor_UTC_2019-08-22.pdf")
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=8)
    cond = ParagraphStyle("c", parent=base, leftIndent=28, firstLineIndent=-22)
    small = ParagraphStyle("s", parent=base, fontSize=9, leading=12, spaceAfter=2)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")

    def letterhead(c, doc):
        c.saveState()
        if c.getPageNumber() == 1:
            c.setFillColor(colors.HexColor("#005EB8"))
            c.rect(W - 190, H - 78, 150, 40, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 22)
            c.drawCentredString(W - 115, H - 66, "NHS")
            c.setFillColor(colors.HexColor("#005EB8"))
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(W - 40, H - 94, "NHS England and NHS Improvement")
            c.setFont("Helvetica", 9)
            c.drawRightString(W - 40, H - 106, "Northern Moors Region")
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 8)
            for i, ln in enumerate(["Moorgate House", "14 Tanner's Row", "Kestlebury KV1 4RT"]):
                c.drawRightString(W - 40, H - 122 - 10 * i, ln)
        else:
            c.setFont("Helvetica", 8)
            c.drawString(56, H - 40, "Dr A. Whitcombe \u2013 Brackenmoor UTC capital approval \u2013 22 August 2019")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#425563"))
        c.drawCentredString(W / 2, 28, "Page %d of 2" % c.getPageNumber())
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=160,
                            bottomMargin=60, title="Brackenmoor UTC capital approval",
                            author="NHS England and NHS Improvement - Northern Moors")
    S = []
    for ln in ["Dr Anselm Whitcombe", "Partnership Lead",
               "Marrowdale and Kestle Vale Health and Care Partnership",
               "c/o Marrowdale Royal Infirmary", "Infirmary Road", "Marrowdale MW2 8HQ"]:
        S.append(Paragraph(ln, small))
    S.append(Spacer(1, 10))
    S.append(Paragraph("Our ref: NM/CAP/2019/044", small))
    S.append(Paragraph("22 August 2019", small))
    S.append(Spacer(1, 12))
    S.append(Paragraph("Dear Anselm,", base))
    S.append(Paragraph("<b>Brackenmoor Urgent Treatment Centre \u2013 outline business case and capital "
                       "approval</b>", base))
    S.append(Paragraph(
        "Thank you for submitting the outline business case (OBC) for a new urgent treatment centre (UTC) on "
        "the Brackenmoor Community Hospital site, which the Partnership sent to us in May 2019. The regional "
        "Capital Investment Committee considered the OBC at its meeting on 13 August 2019.", base))
    S.append(Paragraph(
        "I am pleased to confirm that the Committee has approved the scheme and an allocation of "
        "<b>\u00a36.35 million</b> (\u00a36,350,000) of STP wave 4 capital, to be drawn down in 2019/20 and "
        "2020/21. The Committee recognised that the UTC supports delivery of national must-do 4 (A&amp;E and "
        "ambulance performance) by giving Brackenmoor residents urgent care within their own town, and "
        "noted the target opening date of 1 December 2020.", base))
    S.append(Paragraph(
        "The Committee asked me to record its thanks to Brackenmoor Town Council and the Brackenmoor "
        "Patient Participation Group, whose evidence on travel times to Kestlebury was decisive, and to "
        "note that the design includes space for a GP extended access hub and community phlebotomy.", base))
    S.append(Paragraph(
        "The approval is subject to the following conditions. Each must be met by the date shown; the "
        "Partnership should write to me to confirm that each condition has been discharged.", base))
    conds = [
        ("(a)", "Full planning permission for the UTC building is confirmed by Kestleshire County Council "
                "by <b>30 November 2019</b>."),
        ("(b)", "The full business case (FBC) is submitted to the regional team by <b>31 January 2020</b>. "
                "The FBC must include a signed-off workforce model for a 12-hour, seven-day service."),
        ("(c)", "Both NHS Marrowdale CCG and NHS Kestle Vale CCG confirm in writing, by <b>20 December "
                "2019</b>, that they will fund the UTC's recurrent running costs of \u00a31.9 million a year "
                "from 2020/21."),
        ("(d)", "The main construction contract is not awarded until the FBC has been approved. The "
                "Partnership's programme shows contract award by <b>30 April 2020</b>; any slippage beyond "
                "that date must be reported to the regional team within ten working days, together with a "
                "revised programme showing the effect on the opening date. The Partnership should also "
                "confirm that the procurement route (a compliant framework) has been agreed with the "
                "Kestle Vale Healthcare NHS Trust as the contracting party, and that the Trust's board has "
                "delegated authority to award the contract within the approved capital envelope without "
                "a further reference to the Partnership Board."),
        ("(e)", "A quarterly progress report is provided to the Partnership's Capital and Estates Group and "
                "copied to the regional team, the first by <b>15 January 2020</b>."),
        ("(f)", "The capital is spent in full by <b>31 March 2021</b>. Capital not spent by that date cannot "
                "be carried forward beyond 2020/21 and will be returned to the regional programme."),
    ]
    for lab, txt in conds:
        S.append(Paragraph("%s&nbsp;&nbsp;&nbsp;%s" % (lab, txt), cond))
    S.append(Paragraph(
        "Please note that this approval relates only to the Brackenmoor scheme. It does not extend to any "
        "other urgent treatment centre proposal in the footprint, including the existing Kestlebury UTC, "
        "which was designated without capital works.", base))
    S.append(Paragraph(
        "I would like to thank you and the Urgent and Emergency Care programme team for a well-prepared "
        "case. My team's contact for the scheme is Harjit Sandhu, Senior Capital Manager, who will work "
        "with Tamsin Greaves on the conditions.", base))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Yours sincerely,", base))
    S.append(Spacer(1, 22))
    S.append(Paragraph("<b>Deborah Quarrington</b>", base))
    S.append(Paragraph("Director of Strategy and Transformation<br/>NHS England and NHS Improvement \u2013 "
                       "Northern Moors Region", small))
    S.append(Spacer(1, 10))
    S.append(Paragraph("cc: Rosalind Tregarthen, Independent Chair; Martin Hesketh, SRO, Urgent and "
                       "Emergency Care; Priya Ravindran, Partnership Finance Lead; Tamsin Greaves, Estates "
                       "Lead, NHS Kestle Vale CCG", small))
    doc.build(S, onFirstPage=letterhead, onLaterPages=letterhead)


# ==========================================================================
# k8  Excel budget: indented categories, subtotal rows, bracketed negatives
# ==========================================================================
BUDGET = [
    ("Urgent and Emergency Care", [
        ("Integrated Urgent Care CAS", "Kezia Lindqvist", 1100, 350, "CCG baseline / NHSE UEC"),
        ("High Intensity User service", "Darren Pocock", 240, 80, "CCG baseline"),
        ("Brackenmoor UTC pre-opening (revenue)", "Tamsin Greaves", 0, 260, "Transformation fund"),
    ]),
    ("Primary Care at Scale", [
        ("Primary care network development", "Dr Nadia Castellan", 800, 300, "GPFV / CCG baseline"),
        ("Online consultation", "Hollie Dunstan", 120, 420, "GPFV online consultation fund"),
        ("Care navigation training", "Dr Ewan Tolley", 0, 85, "GPFV training"),
        ("GP extended access", "Hollie Dunstan", 2900, 0, "CCG baseline (\u00a36 per head)"),
    ]),
    ("Planned Care and Cancer", [
        ("Fennick Cross Rapid Diagnostic Centre", "Gwen Pellow", 950, 800, "Cancer Alliance"),
        ("Advice and guidance", "Mr Declan Ferriday", 150, 60, "CCG baseline"),
        ("Single patient tracking list", "Stuart Ellery", 0, 180, "Transformation fund"),
        ("MSK single point of access", "Stuart Ellery", 390, 0, "CCG baseline"),
    ]),
    ("Mental Health and Learning Disabilities", [
        ("IAPT expansion", "Anjali Mistry", 1960, 0, "Mental health investment standard"),
        ("Kestlebury crisis caf\u00e9", "Anjali Mistry", 310, 100, "MH transformation fund"),
        ("Perinatal mental health team", "Anjali Mistry", 620, 0, "MH transformation fund"),
        ("Transforming Care (Heron Ward closure)", "Marcia Oyelaran", 420, 320, "Transforming Care"),
    ]),
    ("Community and Neighbourhood Care", [
        ("Integrated neighbourhood teams phase 2", "Sheila Marchbank", 980, 400, "Better Care Fund"),
        ("Saltwick Ferry hub running costs", "Dr Ewan Tolley", 450, 0, "Better Care Fund"),
    ]),
    ("Digital", [
        ("Kestle Vale Shared Care Record", None, None, None, None),
        ("  Licences and hosting", "Oluwaseun Bakare", 1400, 0, "Provider digitisation / HSLI"),
        ("  Implementation and training", "Mark Tennant", 0, 850, "HSLI"),
    ]),
    ("Workforce", [
        ("Nursing associates", "Lorna Fitzwilliam", 520, 0, "HEE / provider"),
        ("Collaborative staff bank", "Lorna Fitzwilliam", 0, 120, "Provider contributions"),
        ("Health and care careers academy", "Grace Nwachukwu", 0, 160, "HEE"),
    ]),
    ("System Sustainability and Finance", [
        ("Shared back office (payroll, procurement)", "Priya Ravindran", 0, 460, "Provider contributions"),
        ("Pathology network single LIMS", "Priya Ravindran", 0, 300, "Provider contributions"),
    ]),
]
SLIPPAGE = -1200


def budget_totals():
    subt = {}
    for prog, lines in BUDGET:
        r = sum(l[2] or 0 for l in lines)
        n = sum(l[3] or 0 for l in lines)
        subt[prog] = (r, n, r + n)
    gr = sum(v[0] for v in subt.values())
    gn = sum(v[1] for v in subt.values())
    return subt, (gr, gn, gr + gn), gr + gn + SLIPPAGE


def make_k8():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    subt, grand, net = budget_totals()
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget 2019-20"
    ws["A1"] = "Marrowdale and Kestle Vale Health and Care Partnership \u2013 Transformation budget 2019/20"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "\u00a3000s. Approved by the Partnership Board on 27 March 2019. Budget holders as at approval."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Programme / scheme", "Budget holder", "Recurrent", "Non-recurrent", "Total 2019/20", "Funding source"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E2F3")
        c.alignment = Alignment(wrap_text=True)
    fmt = '#,##0;(#,##0);"-"'
    top = Border(top=Side(style="thin"))
    r = 5
    for prog, lines in BUDGET:
        c = ws.cell(row=r, column=1, value=prog)
        c.font = Font(bold=True)
        r += 1
        for name, holder, rec, nonrec, src in lines:
            level = 2 if name.startswith("  ") else 1
            c = ws.cell(row=r, column=1, value=name.strip())
            c.alignment = Alignment(indent=level)
            if holder is not None:
                ws.cell(row=r, column=2, value=holder)
                ws.cell(row=r, column=3, value=rec).number_format = fmt
                ws.cell(row=r, column=4, value=nonrec).number_format = fmt
                ws.cell(row=r, column=5, value=rec + nonrec).number_format = fmt
                ws.cell(row=r, column=6, value=src)
            r += 1
        sr, sn, st = subt[prog]
        c = ws.cell(row=r, column=1, value="Subtotal")
        c.alignment = Alignment(horizontal="right")
        for j, v in ((3, sr), (4, sn), (5, st)):
            cc = ws.cell(row=r, column=j, value=v)
            cc.number_format = fmt
            cc.font = Font(bold=True)
            cc.border = top
        ws.cell(row=r, column=1).font = Font(bold=True, italic=True)
        r += 2
    c = ws.cell(row=r, column=1, value="Total programme budgets")
    c.font = Font(bold=True)
    for j, v in zip((3, 4, 5), grand):
        cc = ws.cell(row=r, column=j, value=v)
        cc.number_format = fmt
        cc.font = Font(bold=True)
        cc.border = top
    r += 1
    c = ws.cell(row=r, column=1, value="Less: system slippage assumption")
    c.alignment = Alignment(indent=1)
    ws.cell(row=r, column=4, value=SLIPPAGE).number_format = fmt
    ws.cell(row=r, column=5, value=SLIPPAGE).number_format = fmt
    ws.cell(row=r, column=6, value="Held centrally by the Partnership Finance Lead")
    r += 1
    c = ws.cell(row=r, column=1, value="Net transformation budget 2019/20")
    c.font = Font(bold=True)
    cc = ws.cell(row=r, column=5, value=net)
    cc.number_format = fmt
    cc.font = Font(bold=True)
    cc.border = Border(top=Side(style="thin"), bottom=Side(style="double"))
    for col, w in zip("ABCDEF", (44, 22, 12, 14, 14, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    n = wb.create_sheet("Notes")
    for ln in [
        "Notes to the transformation budget 2019/20",
        "1. Figures are in thousands of pounds. Bracketed figures are negative.",
        "2. Budget holders are accountable to the programme SRO for spend against each line.",
        "3. The slippage assumption is held centrally and released by the Partnership Finance Lead.",
        "4. Capital (including the Brackenmoor UTC capital scheme) is not included in this revenue budget.",
        "5. Indicative figures for later years will be set in the 2020/21 planning round.",
    ]:
        n.append([ln])
    n["A1"].font = Font(bold=True)
    n.column_dimensions["A"].width = 110
    wb.save(os.path.join(OUT, "MKV_Transformation_Budget_2019-20.xlsx"))


# ==========================================================================
# k9  Word must-do self-assessment: heading, RAG word, narrative
# ==========================================================================
def make_k9():
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Mid-year self-assessment against the national must-dos 2019/20", level=0)
    doc.add_paragraph("Marrowdale and Kestle Vale Health and Care Partnership")
    doc.add_paragraph("Submitted to NHS England and NHS Improvement \u2013 Northern Moors Region, 18 October 2019. "
                      "Prepared by the Partnership PMO for the Partnership Lead.")
    doc.add_paragraph(
        "For each of the nine must-dos in the 2016/17 planning guidance we give a self-assessed rating "
        "(GREEN, AMBER or RED) followed by a short narrative. Ratings reflect the position at the end of "
        "Quarter 2 2019/20.")
    col = {"GREEN": RGBColor(0, 0x99, 0x4D), "AMBER": RGBColor(0xED, 0x8B, 0x00),
           "RED": RGBColor(0xDA, 0x29, 0x1C), "NOT RATED": RGBColor(0x76, 0x86, 0x92)}

    def rag(word_parts):
        p = doc.add_paragraph()
        for w in word_parts:
            r = p.add_run(w)
            r.bold = True
            r.font.size = Pt(12)
            key = w.split(" (")[0].strip(" /")
            if key in col:
                r.font.color.rgb = col[key]

    items = [
        ("Sustainability and transformation plan", ["GREEN"],
         ["The Partnership Board has met in public every other month since September 2018, all eight "
          "programmes have an SRO and a programme manager, and the milestone calendar is reviewed monthly "
          "at the Programme Board. The System Sustainability and Finance programme leads on this must-do."]),
        ("Financial balance", ["AMBER"],
         ["At Month 6 the system is \u00a33.1m adverse to its plan of a \u00a31.4m deficit. A recovery "
          "plan led by the Partnership Finance Lead, Priya Ravindran, targets agency nursing spend and "
          "shared back-office savings."]),
        ("General practice", ["GREEN"],
         ["GP extended access has covered 100% of the population since 1 October 2018. Eleven primary "
          "care networks went live on 1 July 2019. Online consultation is live in 41 of 72 practices."]),
        ("A&E and ambulance performance", ["RED"],
         ["Four-hour performance was 86.9% across the system in Q2 against the 95% standard, and 84.3% "
          "at Kestle Vale Healthcare. The main reason is ambulance handover delays at Kestlebury General "
          "Hospital: 412 handovers took longer than 60 minutes in the quarter, which ties up crews and "
          "slows response times across the south of the footprint.",
          "Recovery actions: a handover cohorting area at Kestlebury from December 2019, the High "
          "Intensity User service, and the Integrated Urgent Care CAS from 2 March 2020."]),
        ("Referral to treatment times and cancer (must-dos 5 and 6)", ["AMBER (RTT)", " / ", "AMBER (cancer)"],
         ["RTT: 84.1% of patients on incomplete pathways were within 18 weeks at the end of September, "
          "and 37 patients had waited 52 weeks or more. The single patient tracking list across the two "
          "acute trusts goes live in December 2019.",
          "Cancer: 62-day performance improved to 78.4% in Q2 against 85%. The Fennick Cross Rapid "
          "Diagnostic Centre opens in March 2020."]),
        ("Mental health", ["AMBER"],
         ["IAPT access was 19.6% (annualised) in Q2; the 22% level required by March 2020 depends on "
          "the long-term conditions pathway spreading from Marrowdale to Kestlebury. The dementia "
          "diagnosis rate (67.9%) is above the 66.7% ambition. The Kestlebury crisis caf\u00e9 opens on "
          "25 November 2019."]),
        ("Learning disabilities", ["GREEN"],
         ["Heron Ward, the last learning disability inpatient unit in the footprint, closes in February "
          "2020 as planned under Transforming Care. Annual health checks reached 41% of people on GP "
          "learning disability registers by the end of Q2, in line with the trajectory to 75%."]),
        ("Quality and special measures", ["NOT RATED"],
         ["No Partnership programme leads on this must-do. Quality is overseen organisation by "
          "organisation through the Northern Moors Quality Surveillance Group and each trust's own "
          "regulator relationship. No trust in the footprint is in quality special measures."]),
    ]
    numbers = ["1", "2", "3", "4", "5 and 6", "7", "8", "9"]
    for num, (title, ragw, paras) in zip(numbers, items):
        if num == "5 and 6":
            doc.add_heading("Must-dos 5 and 6 \u2013 " + title.replace(" (must-dos 5 and 6)", ""), level=2)
        else:
            doc.add_heading("Must-do %s \u2013 %s" % (num, title), level=2)
        rag(ragw)
        for p in paras:
            doc.add_paragraph(p)
    doc.add_heading("Overall position", level=2)
    doc.add_paragraph("The Partnership's overall self-assessment is AMBER. The recovery actions above are "
                      "monitored monthly by the Programme Board.")
    doc.save(os.path.join(OUT, "MKV_MustDo_Self_Assessment_MidYear_2019-20.docx"))


def main():
    ensure_out()
    make_k1()
    make_k2()
    make_k3()
    make_k4()
    make_k5()
    make_k6()
    make_k7()
    make_k8()
    make_k9()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
