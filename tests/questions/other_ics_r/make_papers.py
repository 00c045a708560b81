"""Build papers/ for the imaginary Kelstow & Ravensmere STP (2017-19 planning round), byte for byte the same each run.

Seven papers, each in a layout of its own:
  01 schemes on a page (PDF): one page per scheme, a grid of label/value boxes and a strip of milestone boxes
  02 Annex C finance and risk (PDF): prose with the escalation rule, a ruled bid table, a finance table printed
     sideways on a portrait page (brackets = deficit) and a risk register of two-line records with L and I only
  03 governance handbook (Word): governance as nested bullets, a borderless Role | Name table, a must-do
     self-check of ballot boxes per scheme and a run-on abbreviations paragraph
  04 delivery tracker (Excel): one row per scheme with repeating Milestone n / Due n / Status n columns, rows
     grouped under place rows, owners on a second sheet keyed only by scheme ID, a hidden Lists sheet
  05 look-ahead deck (PowerPoint): one slide per month, the month and year only in the slide title, days in the
     bullets ("w/c 5th", "Fri 16th", "by 30th")
  06 plan change log (Markdown, "Keep a Changelog" style: versions with Added / Changed / Removed)
  07 Skype for Business conversation export (text)

usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent / "papers"
FIXED = (2018, 2, 14, 12, 0, 0)
NAVY, GREY, PALE = colors.HexColor("#17365d"), colors.HexColor("#6b6b6b"), colors.HexColor("#e8eef6")

F_SOAP = "01_KR_STP_Schemes_on_a_Page_v1.0_2017-12-08.pdf"
F_ANNEX = "02_KR_STP_Annex_C_Finance_and_Risk_v2_2017-12-11.pdf"
F_HANDBOOK = "03_KR_STP_Governance_Handbook_v0.9_2018-01-15.docx"
F_TRACKER = "04_KR_STP_Delivery_Tracker_Q3_2017-18.xlsx"
F_DECK = "05_KR_STP_Look-ahead_Jan-Jun_2018.pptx"
F_LOG = "06_KR_STP_Plan_Changelog.md"
F_CHAT = "07_PMO_Skype_conversation_2018-02-14.txt"

# ================================================================================================ the footprint
PLACES = [  # code, name, registered population, GP practices
    ("KEL", "Kelstow City", 402600, 31),
    ("RAV", "Ravensmere & Ouldby", 233900, 42),
    ("HAT", "Hatchmoor", 176400, 31),
    ("TOL", "Tollerby Coast", 151300, 14),
]
PLACE = {code: name for code, name, _, _ in PLACES}
PLACE["SYS"] = "System-wide"

MUSTDOS = {1: "STPs", 2: "Finance", 3: "Primary care", 4: "Urgent & emergency care",
           5: "Referral to treatment & elective care", 6: "Cancer", 7: "Mental health",
           8: "People with learning disabilities", 9: "Improving quality in organisations"}

# code: name, workstream, (SRO, SRO title), delivery lead, clinical lead, finance business partner, must-dos
# (must-dos: number -> "full" or "part")
SCHEMES = {
    "KEL1": ("Kelstow Urgent Care Hub", "Urgent & emergency care",
             ("Gwendolyn Strake", "Director of Commissioning, NHS Kelstow CCG"), "Leontyne Faraday-Sowe",
             "Dr Yusuf Karimjee", "Abigail Trounce", {1: "full", 4: "full", 9: "part"}),
    "KEL2": ("Kelstow Practice Alliance", "Primary care at scale",
             ("Benedict Tallis", "Director of Primary Care, NHS Kelstow CCG"), "Shona McQuarrie",
             "Dr Adaeze Nwankwo-Bell", "Abigail Trounce", {1: "full", 3: "full", 4: "part", 6: "part"}),
    "KEL3": ("Diabetes Prevention and Structured Education", "Prevention & population health",
             ("Callum Dearlove", "Consultant in Public Health, Kelstow City Council"), "Mirela Constantin",
             "Dr Rajan Poddar", "Abigail Trounce", {1: "full", 2: "full"}),
    "KEL4": ("Perinatal Mental Health Service", "Mental health",
             ("Joanne Kilbride", "Director of Mental Health Services, Northmarch Community & Mental Health NHS FT"),
             "Tamsin Greaves", "Dr Olwen Haddow", "Neil Saddington", {1: "full", 7: "full"}),
    "RAV1": ("Ouldby Community Beds Reconfiguration", "Out of hospital care",
             ("Gareth Pennyfeather", "Chief Operating Officer, Ravensmere & Tollerby Hospitals NHS Trust"),
             "Hilary Cotgrave", "Dr Siddharth Menon", "Neil Saddington", {1: "full", 2: "full", 9: "full"}),
    "RAV2": ("Elective Day Surgery and Ophthalmology", "Planned care",
             ("Lucinda Marwood", "Director of Planned Care, NHS Ravensmere and Hatchmoor CCG"), "Owain Treharne",
             "Mr Felix Adjei-Mensah", "Neil Saddington", {1: "full", 5: "full"}),
    "RAV3": ("Home First", "Out of hospital care",
             ("Anselm Pryde", "Director of Adult Social Care, Ravensmere County Council"), "Rosamund Keddie",
             "Dr Grainne Ferris", "Neil Saddington", {1: "full", 2: "full", 4: "full"}),
    "HAT1": ("Hatchmoor Neighbourhood Teams", "Out of hospital care",
             ("Dr Moira Tulloch", "Clinical Chair, NHS Ravensmere and Hatchmoor CCG"), "Kieran Ashworth",
             "Dr Bartholomew Eze", "Imogen Sallis", {1: "full", 3: "full", 4: "full", 7: "part"}),
    "HAT2": ("Lung Health Check", "Cancer",
             ("Vivienne Crosthwaite", "Programme Director, Northern Counties Cancer Alliance"), "Marcus Obaseki",
             "Dr Henrietta Lisle", "Imogen Sallis", {1: "full", 6: "full"}),
    "HAT3": ("Transforming Care for People with Learning Disabilities", "Learning disabilities",
             ("Celestine Abara", "Head of Learning Disability Commissioning, Ravensmere County Council"),
             "Duncan Fairweather", "Dr Priti Sandhu", "Imogen Sallis", {1: "full", 8: "full"}),
    "TOL1": ("Coastal Extended Access", "Primary care at scale",
             ("Errol Hemsley", "Chief Officer, NHS Tollerby CCG"), "Bryony Castell", "Dr Tobiah Lund",
             "Gideon Marr", {1: "full", 3: "full"}),
    "TOL2": ("See and Treat", "Urgent & emergency care",
             ("Wilhelmina Stroud", "Director of Operations, Northern Counties Ambulance Service NHS Trust"),
             "Connor Blakey", "Dr Amara Okonjo", "Gideon Marr", {1: "full", 2: "part", 4: "full"}),
    "TOL3": ("IAPT for Long-Term Conditions", "Mental health",
             ("Patrice Delahaye", "Associate Director, Northmarch Community & Mental Health NHS FT"),
             "Ruth Ambler-Nash", "Dr Leopold Strand", "Gideon Marr", {1: "full", 7: "full", 9: "full"}),
    "SYS1": ("Shared Care Record", "Digital",
             ("Raymond Quarshie", "STP Digital SRO; Chief Information Officer, Kelstow University Hospitals"),
             "Sunniva Hartley", "Dr Emeka Chukwu", "Abigail Trounce", {1: "full", 9: "full"}),
}

D = date
# code: [(milestone, due (date or text), status at 19/01/2018, look-ahead day label or None)]
MILESTONES = {
    "KEL1": [("Preferred site agreed at the front door of Kelstow General", D(2017, 12, 20), "Complete", None),
             ("Full business case approved by SLE", D(2018, 3, 29), "On track", "Thu 29th"),
             ("ENP recruitment complete", D(2018, 8, 31), "On track", None),
             ("UCH opens 24/7", "Q3 18/19", "On track", None)],
    "KEL2": [("Hub sites confirmed for evening and weekend appointments", D(2017, 12, 15), "Complete", None),
             ("Extended access live in all 31 Kelstow practices", D(2018, 2, 5), "On track", "w/c 5th"),
             ("Online consultation pilot in 6 practices", D(2018, 6, 30), "On track", "by 30th"),
             ("Evaluation report to Clinical Board", "2018/19", "On track", None)],
    "KEL3": [("NDPP provider contract awarded", D(2018, 1, 12), "Slipped", "Fri 12th"),
             ("First structured education cohorts start", D(2018, 3, 12), "On track", "w/c 12th"),
             ("1,200 referrals into NDPP", D(2019, 3, 31), "On track", None)],
    "KEL4": [("Specialist perinatal team recruited", D(2017, 12, 29), "At risk", None),
             ("Perinatal service live across Kelstow and Ravensmere", D(2018, 4, 3), "At risk", "Tue 3rd"),
             ("Mother and baby unit bid submitted to NHS England", "Q2 18/19", "On track", None)],
    "RAV1": [("Public consultation closes", D(2018, 2, 16), "On track", "Fri 16th"),
             ("Staff-side consultation on Ward 3 closes", D(2018, 3, 9), "On track", "Fri 9th"),
             ("Decision by CCG Governing Body", D(2018, 5, 24), "On track", "Thu 24th"),
             ("Ward 3 at Ouldby Cottage Hospital closes; beds re-provided in the community", "Winter 18/19",
              "On track", None)],
    "RAV2": [("Ophthalmology one-stop clinic opens at Ouldby", D(2018, 1, 8), "Complete", "w/c 8th"),
             ("Day-case theatre refurbishment complete at Ravensmere General", D(2018, 9, 30), "On track", None),
             ("18-week RTT standard met for ophthalmology", "Q4 18/19", "On track", None)],
    "RAV3": [("Trusted assessor model live at Ravensmere General", D(2017, 11, 30), "Complete", None),
             ("Home First live in Ouldby", D(2018, 2, 12), "On track", "Mon 12th"),
             ("Delayed transfers of care below 3.5%", D(2018, 3, 31), "On track", "by 31st")],
    "HAT1": [("Three neighbourhood teams formed", D(2017, 10, 31), "Complete", None),
             ("Remaining two neighbourhood teams live", D(2018, 3, 19), "On track", "w/c 19th"),
             ("Shared caseload system in place", D(2018, 3, 31), "On track", "by 31st")],
    "HAT2": [("LDCT mobile scanner procured", D(2017, 12, 15), "Complete", None),
             ("First invitations to smokers aged 55-74", D(2018, 3, 6), "On track", "Tue 6th"),
             ("Round 1 complete", "Q3 18/19", "On track", None),
             ("Round 2 begins", "2019/20", "On track", None)],
    "HAT3": [("Community support framework tendered", D(2018, 1, 26), "On track", "Fri 26th"),
             ("Four inpatients discharged to community placements", D(2018, 6, 30), "On track", "by 30th"),
             ("Second cohort discharged", "2018/19", "On track", None)],
    "TOL1": [("Evening and weekend GP access live in Tollerby town", D(2017, 10, 2), "Complete", None),
             ("Extended access live across all 14 Tollerby practices", D(2018, 4, 30), "On track", "by 30th"),
             ("NHS 111 direct booking into hubs", "Q2 18/19", "On track", None)],
    "TOL2": [("Advanced paramedic rota agreed with the ambulance trust", D(2017, 12, 19), "Complete", None),
             ("See and Treat goes live", D(2018, 4, 23), "On track", "w/c 23rd"),
             ("Conveyance to Tollerby A&E down 10%", "Mar 2019", "On track", None)],
    "TOL3": [("IAPT-LTC pathway for COPD and diabetes launched", D(2018, 1, 15), "Slipped", "Mon 15th"),
             ("19% IAPT access rate achieved", "Q4 17/18", "On track", None),
             ("Cardiac pathway added", "2018/19", "On track", None)],
    "SYS1": [("Information sharing agreement signed by all partners", D(2017, 11, 30), "Complete", None),
             ("Go-live in Kelstow (hospital and GP)", D(2018, 4, 16), "On track", "w/c 16th"),
             ("Go-live in Ravensmere and Hatchmoor", "Q3 18/19", "On track", None),
             ("Go-live in Tollerby", "TBC", "On track", None)],
}
# HAT2 "Round 2 begins" was added on 15 Jan 2018 (change log 1.2), after the schemes on a page and the look-ahead.
ADDED_LATER = {("HAT2", "Round 2 begins")}


# ================================================================================================ shared helpers
def restamp(path):
    """Rewrite an Office zip with one fixed time on every entry and in docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-02-14T12:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def fix_core(props, title):
    props.title, props.author, props.last_modified_by = title, "K&R STP PMO", "K&R STP PMO"
    props.created = props.modified = datetime(2018, 2, 14, 12, 0, 0)
    props.revision = 1


def new_pdf(name, title):
    c = canvas.Canvas(str(OUT / name), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("K&R STP PMO")
    return c


def text_block(c, text, x, y, width, size=9.5, font="Helvetica", leading=None, color=colors.black):
    """Draw wrapped text with its first baseline at y; return the y below the block."""
    leading = leading or size * 1.3
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    c.setFillColor(colors.black)
    return y


def ruled_table(c, x, y, widths, rows, size=8.5, lines="all", header_fill=PALE, align=None):
    """Draw a table whose first row is a header; cells wrap. lines: 'all' grid or 'h' horizontal rules only.
    align: per column 'l' or 'r'. Returns the y below the table."""
    pad, lead = 3, size * 1.25
    align = align or "l" * len(widths)
    for r, row in enumerate(rows):
        font = "Helvetica-Bold" if r == 0 or row[0].startswith("System total") or row[0] == "Total" else "Helvetica"
        split = [simpleSplit(str(cell), font, size, w - 2 * pad) for cell, w in zip(row, widths)]
        h = max(len(s) for s in split) * lead + 2 * pad
        if r == 0 and header_fill:
            c.setFillColor(header_fill)
            c.rect(x, y - h, sum(widths), h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.setFont(font, size)
        cx = x
        for lines_, w, a in zip(split, widths, align):
            ty = y - pad - size
            for ln in lines_:
                if a == "r":
                    c.drawRightString(cx + w - pad, ty, ln)
                else:
                    c.drawString(cx + pad, ty, ln)
                ty -= lead
            cx += w
        c.setLineWidth(0.5)
        c.line(x, y, x + sum(widths), y)
        if lines == "all":
            cx = x
            for w in widths + [0]:
                c.line(cx, y, cx, y - h)
                cx += w
        y -= h
    c.line(x, y, x + sum(widths), y)
    return y


def label_box(c, x, y, w, h, label, value, size=9.5):
    """A form box: a small grey capitalised label at the top, the value wrapped underneath."""
    c.setLineWidth(0.6)
    c.setStrokeColor(NAVY)
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    text_block(c, label.upper(), x + 4, y - 9, w - 8, size=6.5, font="Helvetica-Bold", color=GREY)
    text_block(c, value, x + 4, y - 21, w - 8, size=size, leading=size * 1.2)


def footer(c, text, page):
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    c.drawString(40, 24, text)
    c.drawRightString(A4[0] - 40, 24, f"Page {page}")
    c.setFillColor(colors.black)


def money(v):
    return f"({-v:.1f})" if v < 0 else f"{v:.1f}"


# ================================================================================================ 01 schemes on a page
SOAP = {  # code: start, go-live, full benefits, inv 17/18, inv 18/19, net saving 20/21, case, milestone strip, notes
    "KEL1": ("Apr 2017", "Q3 2018/19", "2019/20", "£1.4m", "£4.1m", "£6.2m",
             "Kelstow General's emergency department sees 410 people a day; around a third could be treated by a GP "
             "or an ENP. A streamed front door with 24/7 access will take pressure off the department and improve "
             "the 4-hour standard.",
             [("by Christmas 2017", 0), ("end of March 2018", 1), ("Aug 2018", 2), ("Q3 2018/19", 3)],
             "Capital requirement is subject to the STP capital bid and is not yet agreed; the investment shown is "
             "revenue only. Depends on SYS1 for access to GP records."),
    "KEL2": ("Oct 2017", "w/c 5 Feb 2018", "2018/19", "£0.9m", "£3.5m", "£2.1m",
             "Practices in the city are small and under strain. Working together as the KPA, the 31 practices will "
             "offer evening and weekend appointments from shared hubs and share clinical pharmacists.",
             [("mid-December 2017", 0), ("w/c 5 Feb 2018", 1), ("June 2018", 2), ("2018/19", 3)],
             "Funded in 2018/19 from the transformation funding bid (Annex C). Interdependent with KEL1 streaming."),
    "KEL3": ("Sep 2017", "w/c 12 Mar 2018", "2020/21", "£0.3m", "£0.6m", "£1.3m",
             "Around 21,000 adults in the city have non-diabetic hyperglycaemia. The NDPP and structured education "
             "will slow progression to type 2 diabetes and cut future prescribing costs.",
             [("Jan 2018", 0), ("w/c 12 Mar 2018", 1), ("by end of 2018/19", 2)],
             "Referral targets agreed with the KPA (KEL2). Provider procurement run by the council."),
    "RAV1": ("Jun 2017", "winter 2018/19", "2020/21", "£0.2m", "£0.5m", "£4.8m",
             "Ward 3 at Ouldby Cottage Hospital has 18 beds, half of them occupied by people who could be cared for "
             "at home. Re-providing the beds in the community funds two extra community teams.",
             [("16 February 2018", 0), ("9 March 2018", 1), ("May 2018", 2), ("winter 2018/19", 3)],
             "Subject to the outcome of public consultation. Depends on RAV3 Home First capacity."),
    "RAV2": ("Jul 2017", "w/c 8 Jan 2018", "Q4 2018/19", "£0.7m", "£1.1m", "£3.4m",
             "Ophthalmology has the longest waits in the footprint. A one-stop clinic and a refurbished day-case "
             "theatre will move work out of main theatres and bring waits back within 18 weeks.",
             [("w/c 8 Jan 2018", 0), ("end of September 2018", 1), ("Q4 2018/19", 2)],
             "Theatre works phased to avoid winter. Independent sector capacity used while the theatre is closed."),
    "HAT2": ("Nov 2017", "6 March 2018", "2019/20", "£0.4m", "£2.3m", "nil (quality benefit)",
             "Hatchmoor has the highest lung cancer death rate in the region and most cancers are found at a late "
             "stage. Inviting smokers and ex-smokers aged 55-74 for an LDCT scan finds cancers earlier.",
             [("Dec 2017", 0), ("6 March 2018", 1), ("Q3 2018/19", 2)],
             "Funded in 2018/19 from the transformation funding bid. Reporting capacity from Kelstow University "
             "Hospitals radiology."),
    "TOL1": ("Oct 2017", "end of April 2018", "2018/19", "£0.5m", "£2.7m", "£0.8m",
             "The coast has the fewest GPs per head in the footprint. Two hubs will give evening and weekend "
             "appointments to patients of all 14 Tollerby practices.",
             [("2 Oct 2017", 0), ("end of April 2018", 1), ("Q2 2018/19", 2)],
             "Funded in 2018/19 from the transformation funding bid. Workforce from the GP federation."),
    "TOL2": ("Dec 2017", "w/c 23 Apr 2018", "Mar 2019", "£0.3m", "£0.9m", "£2.6m",
             "Four in ten ambulance calls on the coast end with a trip to Tollerby A&E. Advanced paramedics "
             "treating at home, with GP advice on the phone, will avoid unnecessary conveyance.",
             [("19 Dec 2017", 0), ("w/c 23 Apr 2018", 1), ("Mar 2019", 2)],
             "Depends on the ambulance trust agreeing the advanced paramedic rota."),
}


def soap_page(c, code, page):
    name, workstream, (sro, sro_title), delivery, clinical, _, _ = SCHEMES[code]
    start, golive, benefits, inv1, inv2, saving, case, strip, notes = SOAP[code]
    W, H = A4
    m, gap = 40, 6
    c.setFillColor(NAVY)
    c.rect(0, H - 78, W, 78, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(m, H - 28, "SCHEME ON A PAGE")
    c.setFont("Helvetica-Bold", 17)
    c.drawString(m, H - 52, f"{code}  {name}")
    c.setFillColor(colors.black)
    fields = [("Scheme reference", code), ("Place", PLACE[code[:3]]), ("Workstream", workstream),
              ("SRO", f"{sro}, {sro_title}"), ("Delivery lead", delivery), ("Clinical lead", clinical),
              ("Start", start), ("Go-live", golive), ("Full benefits by", benefits),
              ("Investment 2017/18", inv1), ("Investment 2018/19", inv2), ("Net saving 2020/21", saving)]
    bw, bh = (W - 2 * m - 2 * gap) / 3, 48
    y = H - 96
    for i, (label, value) in enumerate(fields):
        col, row = i % 3, i // 3
        label_box(c, m + col * (bw + gap), y - row * (bh + gap), bw, bh, label, value,
                  size=8 if len(value) > 40 else 9.5)
    y -= 4 * (bh + gap) + 6
    label_box(c, m, y, W - 2 * m, 70, "Case for change", case)
    y -= 84
    c.setFont("Helvetica-Bold", 10)
    c.setFillColor(NAVY)
    c.drawString(m, y, "Key milestones")
    c.setFillColor(colors.black)
    y -= 8
    sw = (W - 2 * m - (len(strip) - 1) * gap) / len(strip)
    for i, (when, idx) in enumerate(strip):
        x = m + i * (sw + gap)
        c.setFillColor(PALE)
        c.rect(x, y - 92, sw, 92, stroke=0, fill=1)
        c.setFillColor(colors.black)
        text_block(c, when, x + 5, y - 14, sw - 10, size=10, font="Helvetica-Bold")
        text_block(c, MILESTONES[code][idx][0], x + 5, y - 32, sw - 10, size=8.5)
    y -= 108
    label_box(c, m, y, W - 2 * m, 58, "Notes and dependencies", notes)
    assert y - 58 > 50
    footer(c, "Kelstow & Ravensmere STP | Schemes on a page v1.0, 8 December 2017", page)
    c.showPage()


def build_soap():
    c = new_pdf(F_SOAP, "Kelstow & Ravensmere STP: Schemes on a Page")
    W, H = A4
    y = text_block(c, "Kelstow & Ravensmere STP", 40, H - 70, 500, size=22, font="Helvetica-Bold")
    y = text_block(c, "Schemes on a page: delivery plan 2017-19", 40, y - 4, 500, size=14)
    y = text_block(c, "Version 1.0, 8 December 2017. Prepared by the PMO for the SLE.", 40, y - 6, 500, size=9.5,
                   color=GREY)
    intro = ("This pack gives one page for each of the eight schemes that bid for transformation funding or need a "
             "public decision in 2018. The remaining schemes are reported through the delivery tracker. Each page "
             "shows who is accountable, when the scheme goes live and what it costs and saves. Money is in £m at "
             "2017/18 prices.")
    y = text_block(c, intro, 40, y - 14, 515)
    rows = [["Place", "Registered population", "GP practices"]]
    rows += [[name, f"{pop:,}", str(n)] for _, name, pop, n in PLACES]
    rows.append(["Total", f"{sum(p[2] for p in PLACES):,}", str(sum(p[3] for p in PLACES))])
    y = ruled_table(c, 40, y - 14, [220, 150, 100], rows, size=9, align="lrr")
    y = text_block(c, "Contents", 40, y - 24, 500, size=11, font="Helvetica-Bold")
    for page, code in enumerate(SOAP, 2):
        c.setFont("Helvetica", 9.5)
        c.drawString(52, y, f"{code}  {SCHEMES[code][0]}")
        c.drawRightString(300, y, str(page))
        y -= 14
    footer(c, "Kelstow & Ravensmere STP | Schemes on a page v1.0, 8 December 2017", 1)
    c.showPage()
    for page, code in enumerate(SOAP, 2):
        soap_page(c, code, page)
    c.save()


# ================================================================================================ 02 Annex C
FINANCE = [  # organisation, 2016/17 outturn .. 2020/21 plan (£m, negative = deficit)
    ("NHS Kelstow CCG", [1.2, 0.0, 0.5, 0.8, 1.0]),
    ("NHS Ravensmere and Hatchmoor CCG", [-6.8, -4.0, -2.2, -1.0, 0.0]),
    ("NHS Tollerby CCG", [-3.9, -3.1, -2.4, -1.5, -0.6]),
    ("Kelstow University Hospitals NHS FT", [-18.7, -12.5, -9.8, -7.6, -6.9]),
    ("Ravensmere & Tollerby Hospitals NHS Trust", [-14.6, -11.2, -9.4, -8.3, -7.5]),
    ("Northmarch Community & Mental Health NHS FT", [1.1, 0.8, 0.6, 0.4, 0.3]),
]
BIDS = [("KEL1", 4.1), ("KEL2", 3.5), ("SYS1", 3.0), ("TOL1", 2.7), ("HAT2", 2.3), ("KEL4", 2.0)]
RISKS = [  # ref, scheme, owner, likelihood, impact, risk, mitigation
    ("R01", "KEL1", "Gwendolyn Strake", 4, 4, "ENP recruitment does not fill the 24/7 rota, delaying the UCH.",
     "Joint recruitment with KEL2; agency cover agreed for the first six months."),
    ("R02", "KEL2", "Shona McQuarrie", 3, 3, "Practices opt out of hub working on Sundays.",
     "Local enhanced service payment reviewed by FIG."),
    ("R03", "KEL4", "Tamsin Greaves", 4, 3, "Specialist perinatal posts stay vacant after two rounds of advertising.",
     "Rotational posts shared with the regional mother and baby unit."),
    ("R04", "RAV1", "Hilary Cotgrave", 3, 5, "Judicial review of the Ward 3 decision delays the bed changes.",
     "Consultation designed with legal advice; the Overview and Scrutiny Committee briefed monthly."),
    ("R05", "RAV3", "Rosamund Keddie", 2, 4, "Home care market cannot take the extra packages for Home First.",
     "Block contract with two providers; council reablement team expanded."),
    ("R06", "HAT2", "Dr Henrietta Lisle", 2, 5, "Radiology reporting backlog delays LDCT results.",
     "Outsourced reporting framework in place as a fallback."),
    ("R07", "HAT3", "Duncan Fairweather", 3, 4,
     "Too few specialist community placements in Hatchmoor for people with learning disabilities ready to leave "
     "hospital.", "Framework tender (Jan 2018) open to providers from outside the footprint."),
    ("R08", "TOL2", "Connor Blakey", 4, 5,
     "Paramedics do not accept the new See and Treat rota, so the scheme cannot start.",
     "Rota consultation with staff side; GP advice line funded by TOL1."),
    ("R09", "SYS1", "Sunniva Hartley", 3, 4, "GP system supplier does not deliver the record-sharing interface on time.",
     "Contract milestone with penalties; interim read-only view."),
    ("R10", "System", "Oonagh Tredwell", 5, 3, "The residual gap is not closed by the Acute Services Review.",
     "FIG monthly review of the financial recovery plan; contingency of 0.5% held by each CCG."),
    ("R11", "TOL3", "Ruth Ambler-Nash", 2, 3, "COPD clinics do not refer to IAPT-LTC.",
     "Referral prompts built into the GP system templates."),
]


def build_annex():
    c = new_pdf(F_ANNEX, "Kelstow & Ravensmere STP: Annex C Finance and Risk")
    W, H = A4
    foot = "K&R STP delivery plan 2017-19 | Annex C: Finance and risk | Version 2, 11 December 2017"
    y = text_block(c, "Annex C: Finance and risk", 40, H - 64, 515, size=18, font="Helvetica-Bold")
    y = text_block(c, "Kelstow & Ravensmere STP delivery plan 2017-19. Version 2, 11 December 2017. Owner: STP "
                   "Finance Lead.", 40, y - 2, 515, color=GREY)
    paras = [
        ("C1 The financial challenge",
         "If nothing changes, the system faces a financial gap of £347m by 2020/21: £281m in the NHS and £66m in "
         "adult social care. Provider and commissioner efficiencies (CIP and QIPP) are expected to close £198m and "
         "the schemes in this plan a further £131m, leaving a residual gap of £18m that partners have agreed to "
         "close through the Acute Services Review."),
        ("C2 Transformation funding",
         "The STP has bid for £17.6m of transformation funding for 2018/19, set out by scheme in the table below. "
         "Primary care schemes (KEL2 and TOL1) account for £6.2m of the bid. No capital is included in this bid; "
         "capital schemes go through the separate STP capital process."),
        None,
        ("C3 Planned financial positions",
         "Table C1 (next page, printed landscape) sets out each organisation's planned surplus or deficit against "
         "its control total. Figures are in £m and figures in brackets are deficits. The ambulance trust reports "
         "through its host STP and is not shown."),
        ("C4 How risks are scored",
         "Each risk is scored for likelihood and for impact on a scale of 1 to 5. The risk score is the product of "
         "the two and is not printed in the register on page 3. Any risk whose score is 15 or more is escalated to "
         "the Partnership Board; risks scoring from 8 to 12 are held by the SLE; anything lower stays with the "
         "scheme SRO. The register is reviewed by FIG every month."),
    ]
    for p in paras:
        if p is None:
            rows = [["Scheme", "Bid 2018/19 (£m)"]] + [[f"{k} {SCHEMES[k][0]}", f"{v:.1f}"] for k, v in BIDS]
            rows.append(["Total", f"{sum(v for _, v in BIDS):.1f}"])
            y = ruled_table(c, 52, y - 4, [300, 110], rows, size=9, align="lr") - 12
            continue
        y = text_block(c, p[0], 40, y - 8, 515, size=11, font="Helvetica-Bold")
        y = text_block(c, p[1], 40, y - 2, 515)
    assert y > 50, "annex page 1 overflows"
    footer(c, foot, 1)
    c.showPage()

    # page 2: the finance table, printed sideways (rotated 90 degrees on a portrait page)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)  # now x runs up the portrait page (0..H) and y runs leftwards (0..W)
    y = text_block(c, "Table C1: Planned surplus / (deficit) by organisation, £m", 40, W - 50, H - 80, size=13,
                   font="Helvetica-Bold")
    y = text_block(c, "Brackets denote a deficit. Control totals as agreed with NHS Improvement in October 2017.",
                   40, y - 2, H - 80, color=GREY)
    head = ["Organisation", "2016/17 outturn", "2017/18 plan", "2018/19 plan", "2019/20 plan", "2020/21 plan"]
    rows = [head] + [[org] + [money(v) for v in vals] for org, vals in FINANCE]
    totals = [round(sum(vals[i] for _, vals in FINANCE), 1) for i in range(5)]
    rows.append(["System total"] + [money(v) for v in totals])
    assert ruled_table(c, 40, y - 10, [280] + [95] * 5, rows, size=9.5, lines="h", align="lrrrrr") > 50
    c.setFont("Helvetica", 7.5)
    c.setFillColor(GREY)
    c.drawString(40, 24, foot)
    c.drawRightString(H - 40, 24, "Page 2")
    c.restoreState()
    c.showPage()

    # page 3: risk register as two-line records
    y = text_block(c, "C5 Risk register (extract)", 40, H - 60, 515, size=13, font="Helvetica-Bold")
    y = text_block(c, "Likelihood (L) and impact (I) are each scored 1 to 5. Scores are not shown: see C4.", 40,
                   y - 2, 515, color=GREY) - 6
    widths = [50, 70, 265, 65, 65]
    c.setFillColor(PALE)
    c.rect(40, y - 16, sum(widths), 16, stroke=0, fill=1)
    c.setFillColor(colors.black)
    x = 40
    for head, w in zip(["Ref", "Scheme", "Risk owner", "L", "I"], widths):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 3, y - 12, head)
        x += w
    y -= 16
    for ref, scheme, owner, lk, im, risk, mitigation in RISKS:
        c.setLineWidth(0.5)
        c.line(40, y, 40 + sum(widths), y)
        x = 40
        for cell, w in zip([ref, scheme, owner, str(lk), str(im)], widths):
            c.setFont("Helvetica-Bold" if cell == ref else "Helvetica", 9)
            c.drawString(x + 3, y - 12, cell)
            x += w
        y = text_block(c, f"Risk: {risk}", 52, y - 25, sum(widths) - 20, size=8.5)
        y = text_block(c, f"Mitigation: {mitigation}", 52, y, sum(widths) - 20, size=8.5, color=GREY) - 2
    c.line(40, y, 40 + sum(widths), y)
    assert y > 50, "risk register overflows"
    footer(c, foot, 3)
    c.showPage()
    c.save()


# ================================================================================================ 03 handbook (Word)
GOVERNANCE = [  # (indent level, text)
    (0, "Kelstow & Ravensmere Partnership Board (PB). Independent Chair: Lionel Baptiste-Carr. Meets bi-monthly."),
    (1, "System Leadership Executive (SLE), chaired by Marguerite Ashdown-Fell, STP Lead and SRO "
        "(Chief Executive, Kelstow University Hospitals NHS FT)"),
    (2, "Clinical Board (chair: Dr Ishbel Cardew, Medical Director, NHS Kelstow CCG)"),
    (3, "UEC Delivery Group. Chair: Dr Nkechi Obiora"),
    (3, "Planned Care and Cancer Group. Chair: Mr Stellan Rooke, Consultant Colorectal Surgeon"),
    (3, "Mental Health and LD Group. Chair: Dr Rhiannon Featherstone"),
    (2, "Finance and Investment Group (FIG), chaired by Oonagh Tredwell, STP Finance Lead"),
    (2, "Enabling groups"),
    (3, "Digital. Chair: Raymond Quarshie, STP Digital SRO"),
    (3, "Workforce (LWAB). Chair: Hollis Fenwright"),
    (3, "Population Health Management. Chair to be confirmed"),
    (1, "Place Boards, one for each place"),
    (2, "Kelstow City Place Board: Cllr Desmond Achterberg (chair)"),
    (2, "Ravensmere & Ouldby Place Board: Anselm Pryde (chair)"),
    (2, "Hatchmoor Place Board: Dr Moira Tulloch (chair)"),
    (2, "Tollerby Coast Place Board: Errol Hemsley (chair)"),
]
PMO = [
    ("STP Programme Director", "Ferdinand Okwuosa"),
    ("Head of PMO", "Thea Wainscott"),
    ("Business Intelligence Lead", "Kwabena Stott-Ellery"),
    ("Senior Programme Manager, UEC and Planned Care", "Delphine Arkwright"),
    ("Senior Programme Manager, Out of Hospital", "Jarrod Lemaitre"),
    ("Communications and Engagement Lead", "Vacant (interim cover from the CCG communications team)"),
    ("CCIO", "Dr Emeka Chukwu"),
    ("PMO Administrator", "Stacey Brindley"),
]
ABBREVIATIONS = [("CCIO", "chief clinical information officer"), ("CIP", "cost improvement programme"),
                 ("D2A", "discharge to assess"), ("ENP", "emergency nurse practitioner"),
                 ("FBC", "full business case"), ("FIG", "Finance and Investment Group"),
                 ("IAPT", "improving access to psychological therapies"), ("KPA", "Kelstow Practice Alliance"),
                 ("LDCT", "low-dose computed tomography"), ("LTC", "long-term conditions"),
                 ("LWAB", "Local Workforce Action Board"), ("NDPP", "NHS Diabetes Prevention Programme"),
                 ("PB", "Partnership Board"), ("PMO", "programme management office"),
                 ("QIPP", "quality, innovation, productivity and prevention"), ("RTT", "referral to treatment"),
                 ("SLE", "System Leadership Executive"), ("SRO", "senior responsible officer"),
                 ("UCH", "Urgent Care Hub"), ("UEC", "urgent and emergency care")]


def ballot_lines(mustdos):
    """Three lines of three ballot boxes: ☒ ticked, ☐ not, '(part)' after a partly supported must-do."""
    items = []
    for n, label in MUSTDOS.items():
        mark = "\u2612" if n in mustdos else "\u2610"
        items.append(f"{mark} {n} {label}" + (" (part)" if mustdos.get(n) == "part" else ""))
    return ["\t".join(items[i:i + 3]) for i in (0, 3, 6)]


def build_handbook():
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kelstow & Ravensmere STP: Governance and Accountability Handbook", level=0)
    d.add_paragraph("Version 0.9 (draft for the SLE), 15 January 2018")
    d.add_heading("1. About the STP", level=1)
    d.add_paragraph(
        "The Kelstow & Ravensmere STP brings together three CCGs, two councils, four NHS trusts and 118 GP practices, "
        "serving a registered population of 964,200 across four places: Kelstow City, Ravensmere & Ouldby, Hatchmoor "
        "and Tollerby Coast. This handbook sets out who decides what, who is in the PMO and which must-dos each "
        "scheme supports. Abbreviations are spelled out once, in section 5.")
    d.add_heading("2. Governance structure", level=1)
    d.add_paragraph("Each group reports to the group above it in this list.")
    styles = ["List Bullet", "List Bullet 2", "List Bullet 3", "List Bullet 3"]
    for level, text in GOVERNANCE:
        p = d.add_paragraph(text, style=styles[level])
        if level == 3:  # no fourth bullet style in the template: indent the third one further
            p.paragraph_format.left_indent = Cm(3.2)
    d.add_paragraph("PB meetings in 2018 are on the last Thursday of the month: 25 January, 29 March, 31 May and "
                    "26 July 2018, 2pm, Kelstow Civic Centre. The SLE meets weekly.")
    d.add_heading("3. The PMO: who's who", level=1)
    t = d.add_table(rows=0, cols=2)  # no style: borderless
    for role, name in PMO:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = role, name
        cells[0].paragraphs[0].runs[0].bold = True
        cells[0].width, cells[1].width = Cm(8), Cm(8)
    d.add_heading("4. Must-do self-check by scheme", level=1)
    d.add_paragraph("Each SRO completed this self-check against the nine must-dos of the 2017-19 planning guidance in "
                    "December 2017. \u2612 means the scheme supports the must-do; \u2610 means it does not; "
                    "(part) means it supports it in part.")
    for place in ["KEL", "RAV", "HAT", "TOL", "SYS"]:
        d.add_heading(PLACE[place], level=2)
        for code, s in SCHEMES.items():
            if code.startswith(place):
                d.add_heading(f"{code} {s[0]}", level=3)
                for line in ballot_lines(s[6]):
                    d.add_paragraph(line)
    d.add_heading("5. Abbreviations", level=1)
    d.add_paragraph("; ".join(f"{a}: {b}" for a, b in ABBREVIATIONS) + ".")
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "K&R STP Governance and Accountability Handbook v0.9. Draft, not for circulation."
    fix_core(d.core_properties, "K&R STP Governance and Accountability Handbook")
    path = OUT / F_HANDBOOK
    d.save(path)
    restamp(path)


# ================================================================================================ 04 tracker (Excel)
def build_tracker():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DCE6F1")
    ws["A1"] = "K&R STP delivery tracker 2017/18: position at 19/01/2018 (Q3 return)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Dates are dd/mm/yyyy; quarters are NHS financial quarters. Owners are on the Owners tab."
    n = max(len(v) for v in MILESTONES.values())
    head = ["ID", "Scheme"] + [h for i in range(1, n + 1) for h in (f"Milestone {i}", f"Due {i}", f"Status {i}")]
    head.append("Comments")
    ws.append([])
    ws.append(head)
    for cell in ws[4]:
        cell.font, cell.fill = bold, fill
    comments = {"KEL3": "Contract award slipped: clarifications with two bidders outstanding.",
                "KEL4": "Two of five posts filled; re-advertised January 2018.",
                "TOL3": "Launch slipped: GP template changes not ready.",
                "SYS1": "Tollerby date depends on the GP system supplier."}
    status_cols = []
    for place in ["KEL", "RAV", "HAT", "TOL", "SYS"]:
        ws.append([PLACE[place]])
        ws.cell(ws.max_row, 1).font = bold
        for code, rows in MILESTONES.items():
            if not code.startswith(place):
                continue
            vals = [code, SCHEMES[code][0]]
            for text, due, status, _ in rows:
                vals += [text, due, status]
            vals += [None] * (len(head) - 1 - len(vals)) + [comments.get(code)]
            ws.append(vals)
            r = ws.max_row
            ws.row_dimensions[r].outlineLevel = 1
            for i in range(n):
                due = ws.cell(r, 4 + 3 * i)
                if isinstance(due.value, date):
                    due.number_format = "dd/mm/yyyy"
                status_cols.append(f"{due.offset(column=1).coordinate}")
            for cell in ws[r]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHIJKLMNO", [7, 30, 34, 11, 10, 34, 11, 10, 34, 11, 10, 30, 11, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    lists = wb.create_sheet("Lists")
    for i, s in enumerate(["Complete", "On track", "At risk", "Slipped"], 1):
        lists.cell(i, 1, s)
    for i, (_, name, _, _) in enumerate(PLACES, 1):
        lists.cell(i, 2, name)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$4", allow_blank=True)
    ws.add_data_validation(dv)
    for ref in status_cols:
        dv.add(ref)

    own = wb.create_sheet("Owners", 1)
    own.append(["Scheme ID", "SRO", "Delivery lead", "Clinical lead", "Finance business partner"])
    for cell in own[1]:
        cell.font, cell.fill = bold, fill
    for code, s in SCHEMES.items():
        own.append([code, s[2][0], s[3], s[4], s[5]])
    for col in "BCDE":
        own.column_dimensions[col].width = 26
    wb.properties.creator = wb.properties.lastModifiedBy = "K&R STP PMO"
    wb.properties.title = "K&R STP delivery tracker"
    wb.properties.created = wb.properties.modified = datetime(2018, 2, 14, 12, 0, 0)
    path = OUT / F_TRACKER
    wb.save(path)
    restamp(path)


# ================================================================================================ 05 look-ahead (PowerPoint)
def build_deck():
    from pptx import Presentation
    from pptx.util import Pt

    prs = Presentation()
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Look-ahead: key milestones January to June 2018"
    title.placeholders[1].text = "Kelstow & Ravensmere STP. Prepared by the PMO for the SLE, 9 January 2018"
    for month in range(1, 7):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = date(2018, month, 1).strftime("%B %Y")
        body = slide.placeholders[1].text_frame
        first = True
        for place in ["KEL", "RAV", "HAT", "TOL", "SYS"]:
            due = [(code, text, label) for code, rows in MILESTONES.items() if code.startswith(place)
                   for text, when, _, label in rows
                   if label and isinstance(when, date) and when.month == month and when.year == 2018
                   and (code, text) not in ADDED_LATER]
            if not due:
                continue
            for level, text in [(0, PLACE[place])] + [(1, f"{lb} \u2013 {code}: {tx}") for code, tx, lb in due]:
                p = body.paragraphs[0] if first else body.add_paragraph()
                first = False
                p.text, p.level = text, level
                p.font.size = Pt(20 if level == 0 else 16)
    prs.core_properties.title = "K&R STP look-ahead January to June 2018"
    fix_core(prs.core_properties, "K&R STP look-ahead January to June 2018")
    path = OUT / F_DECK
    prs.save(path)
    restamp(path)


# ================================================================================================ 06 change log, 07 chat
CHANGELOG = """# Changelog: Kelstow & Ravensmere STP delivery plan

All notable changes to the delivery plan are recorded in this file by the PMO, newest first. The plan is made up of
the schemes on a page, Annex C, the governance handbook, the delivery tracker and the monthly look-ahead. A change
here overrides those papers until they are next reissued. Version dates are the date the version was issued.

## [1.4] - 2018-02-12

### Changed
- **TOL2 See and Treat**: go-live moved from w/c 23 April 2018 to w/c 4 June 2018, so that the ambulance trust can
  consult paramedics on the new rota (agreed by the SLE on 6 Feb 2018).
- **SYS1 Shared Care Record**: Raymond Quarshie is on leave; Priyanka Desouza, Deputy Director of IM&T at Kelstow
  University Hospitals, is acting SRO from 5 February to 31 March 2018.

### Removed
- **RAV1 Ouldby Community Beds**: the milestone "Staff-side consultation on Ward 3 closes" (9 March 2018) is removed;
  staff views are now taken as part of the public consultation.

## [1.3] - 2018-01-19

### Added
- Delivery tracker: Q3 return (position at 19/01/2018), with a new Owners tab keyed by scheme ID.

## [1.2] - 2018-01-15

### Added
- Governance handbook v0.9 (draft), including the must-do self-check.
- **HAT2 Lung Health Check**: milestone "Round 2 begins" (2019/20).

### Changed
- **KEL3 Diabetes Prevention and Structured Education**: SRO changes from Callum Dearlove to Harriet Ossington, Head
  of Public Health Commissioning, Kelstow City Council, with effect from 1 February 2018.

## [1.1] - 2017-12-11

### Changed
- Annex C (finance and risk) reissued as version 2 with the transformation funding bid by scheme.

## [1.0] - 2017-12-08

### Added
- Schemes on a page for the eight schemes bidding for transformation funding or needing a public decision in 2018.
"""

CHAT = """Skype for Business - conversation history
Subject: February tracker update
Date: 14/02/2018
Participants: Thea Wainscott; Kwabena Stott-Ellery; Anselm Pryde; Errol Hemsley; Dr Moira Tulloch

[09:31] Thea Wainscott: Morning all. Reminder that February tracker updates need to be with the PMO by 5pm Fri 23 Feb please
[09:32] Kwabena Stott-Ellery: I'll send the template round today. Same as last time but with the Owners tab
[09:34] Anselm Pryde: RAV3 Home First went live in Ouldby on Monday (12th) as planned :)
[09:35] Thea Wainscott: brilliant, I'll mark it complete
[09:36] Errol Hemsley: TOL1 still on for all 14 practices by end of April. TOL2 now w/c 4 June as per the change log
[09:38] Dr Moira Tulloch: HAT2 first invites still going out on 6 March
[09:40] Errol Hemsley: I'm on leave 19 Feb to 2 Mar - Bryony Castell will cover Tollerby place queries while I'm off
[09:41] Thea Wainscott: noted, thanks Errol
[09:42] Kwabena Stott-Ellery: can everyone use the new scheme IDs in subject lines please, makes the dashboard easier
[09:43] Thea Wainscott: +1
"""


def build_text():
    (OUT / F_LOG).write_text(CHANGELOG)
    (OUT / F_CHAT).write_text(CHAT)


def main():
    OUT.mkdir(exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    build_soap()
    build_annex()
    build_handbook()
    build_tracker()
    build_deck()
    build_text()
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()
