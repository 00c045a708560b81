"""Build papers/ for the imaginary Marlhaven & Fennick STP (2017-19 planning round).

Six papers, in layouts the earlier banks did not use (see ../README.md):
  01 delivery plan annex (PDF, reportlab tables): a places table; a scheme register whose leadership column holds
     three people in one cell separated by slashes, in the order its header gives ("SRO / Clinical lead / Programme
     manager"), as initial and surname; go-live in many forms ("Winter 2017/18", "01.10.2018", "Month 6 of 2018/19",
     "H2 2018/19"); and a must-do coverage grid with the nine must-dos down, the places across and the covering
     scheme codes written inside the cells ("MH1, MH2, MH3"), an em dash where no scheme contributes
  02 "You said, we did" engagement report (Word): a four-column table (You said / We did / Lead / By when) under
     theme rows merged across it; leads named by post with the post-holder in brackets
  03 committee chair's assurance report (PDF, reportlab tables) in the Alert / Advise / Assure ("AAA") format: a
     label/value header table, a three-row table whose left cell is the coloured ALERT / ADVISE / ASSURE label and
     whose right cell is a bullet list, then an escalated-risks table
  04 programme workbook (Excel): owners as "SURNAME, Forename (ORG)", must-dos as a "2; 4; 9" list in one cell, due
     dates as real dates, ISO text, "M7 2018/19", "H1 2018/19", "end Q1 2018/19", "21.05.18", "TBC"; an operational
     trajectories grid (metrics down, Plan / Actual lines, months across as real dates shown "mmm-yy"); a financial
     bridge to 2020/21 in GBP m with savings as negatives shown in brackets
  05 100-day plan (PowerPoint): a table of workstreams with "By Day 30 / By Day 60 / By Day 100" columns, Day 1 given
     once on another slide; leads as "Forename SURNAME"; a decisions slide and a who-to-contact table
  06 PMO system export (CSV) in long, entity-attribute-value form: one row per scheme attribute with
     effective_from / effective_to, so an owner change and a moved due date are two rows for one attribute;
     milestones flattened as milestone.<id>.title / .due / .status

usage: ../../../.venv/bin/python make_papers.py
"""

import csv
import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
FIXED = (2018, 5, 14, 9, 0, 0)

F_ANNEX = "01_MF_STP_Delivery_Plan_Annex_B_Scheme_Register_v1.0_Dec2017.pdf"
F_YSWD = "02_MF_STP_You_Said_We_Did_Jan2018.docx"
F_AAA = "03_FPC_Chairs_Assurance_Report_to_Partnership_Board_8Mar2018.pdf"
F_BOOK = "04_MF_STP_Programme_Workbook_v7_Apr2018.xlsx"
F_DECK = "05_MF_shadow_ICS_100_Day_Plan_26Apr2018.pptx"
F_CSV = "06_MF_PMO_attribute_export_2018-05-14.csv"

# ================================================================================================ the footprint
ORGS = [("MTH", "Marlhaven Teaching Hospitals NHS Foundation Trust"),
        ("FSH", "Fennick & Skelbrook Hospitals NHS Trust"),
        ("WCP", "Wyvern Care Partnership NHS Foundation Trust (community and mental health)"),
        ("NAS", "Northcastle Ambulance Service NHS Trust"),
        ("MCCG", "NHS Marlhaven CCG"),
        ("SFCCG", "NHS Skelbrook and Fennick CCG"),
        ("MCC", "Marlhaven City Council"),
        ("FCC", "Fennickshire County Council"),
        ("GPF", "Marlhaven & Fennick GP Federation")]

# place code, name, registered population, GP practices, lead commissioner
PLACES = [("MH", "Marlhaven", "284,300", 31, "NHS Marlhaven CCG"),
          ("SK", "Skelbrook & the Wolds", "156,900", 19, "NHS Skelbrook and Fennick CCG"),
          ("FV", "Fennick Valley", "118,600", 21, "NHS Skelbrook and Fennick CCG")]
PLACE_NAME = {code: name for code, name, *_ in PLACES} | {"SW": "System-wide"}

# a person: (prefix, forename, surname, org)
P = lambda pre, fore, sur, org: (pre, fore, sur, org)  # noqa: E731

# code: name, aim, SRO, clinical lead (None = vacant), programme manager, must-dos, go-live as the annex prints it,
#       next milestone and due (workbook, as at 6 April 2018), status (workbook)
SCHEMES = {
    "MH1": ("Frailty Assessment Unit", "same-day assessment of frail older people at Marlhaven General",
            P("", "Perpetua", "Wainscott-Obi", "MTH"), P("Dr", "Ambrose", "Kittredge", "MTH"),
            P("", "Sunniva", "Lowther", "MTH"), [2, 4, 9], "Winter 2017/18",
            "FAU open seven days a week", date(2018, 6, 4), "On track"),
    "MH2": ("Primary Care Home Hubs", "four hubs offering GP appointments 8am-8pm, seven days",
            P("", "Cordelia", "Fanshawe-Mensah", "MCCG"), P("Dr", "Rafferty", "Okonedo-Blane", "GPF"),
            P("", "Halvard", "Prentiss", "MCCG"), [1, 3, 4], "01.10.2018",
            "All four hubs open 8am-8pm, 7 days", "M7 2018/19", "On track"),
    "MH3": ("Crisis Caf\u00e9 and 24/7 Liaison", "an alternative to A&E in a mental health crisis",
            P("", "Ignatius", "Royle-Baptiste", "WCP"), P("Dr", "Seraphina", "Chatterjee-Holm", "WCP"),
            P("", "Winifred", "Axelby", "WCP"), [4, 7], "Phased from Jun-18",
            "Crisis caf\u00e9 opens, Fennick Street", "mid-June 2018", "On track"),
    "SK1": ("Skelbrook Urgent Treatment Centre", "one UTC replacing the minor injuries unit and walk-in centre",
            P("", "Benedikt", "Marwood", "SFCCG"), P("Dr", "Lowri", "Gatenby", "GPF"),
            P("", "Obadiah", "Fairclough", "FSH"), [1, 3, 4], "H2 2018/19",
            "GP streaming at the front door", "2018-04-30", "At risk"),
    "SK2": ("Community Ophthalmology", "glaucoma and cataract care by community optometrists",
            P("", "Marisol", "Thackeray-Jung", "FSH"), P("Mr", "Evander", "Pilkington-Roy", "FSH"),
            P("", "Tamsin", "Everill", "SFCCG"), [2, 5], "Q1 18/19",
            "Glaucoma clinics in community optometrists", "H1 2018/19", "On track"),
    "SK3": ("LD Community Forensic Team", "Transforming Care: people with learning disabilities out of hospital",
            P("", "Gr\u00e1inne", "Holloway-Sefton", "SFCCG"), None,
            P("", "Kerensa", "Dobbie", "WCP"), [8], "Month 6 of 2018/19",
            "Team fully recruited", date(2018, 5, 31), "On track"),
    "FV1": ("Care Closer to Home", "integrated neighbourhood teams around Fennick Valley Community Hospital",
            P("", "Leofric", "Haverstock", "SFCCG"), P("Dr", "Imelda", "Rosewarne", "GPF"),
            P("", "Zebedee", "Crummock", "WCP"), [1, 2, 4, 9], "Apr-18",
            "Consultation on community bed base", "TBC", "Not started"),
    "FV2": ("Rapid Diagnostic Centre", "straight-to-test and one-stop diagnosis for suspected cancer",
            P("", "Anneliese", "Brockbank-Oduya", "FSH"), P("Dr", "Casimir", "Vantongeren", "FSH"),
            P("", "Ffion", "Mallinder", "FSH"), [5, 6], "Q3 2018/19",
            "Straight-to-test lower GI pathway live", "21.05.18", "On track"),
    "FV3": ("Diabetes Prevention", "National Diabetes Prevention Programme referrals from every practice",
            P("Dr", "Hortensia", "Blackledge", "FCC"), P("Dr", "Thaddeus", "Mwangi-Rourke", "GPF"),
            P("", "Isolde", "Petheridge", "FCC"), [3], "by Easter 2018",
            "NDPP referrals live in all 21 practices", "end Q1 2018/19", "On track"),
    "SW1": ("Single Pathology Network", "one hub laboratory and two essential-service labs",
            P("", "Crispin", "Aldersey-Nkemelu", "MTH"), P("Dr", "Philippa", "Stanbury-Kwan", "MTH"),
            P("", "Radomir", "Eccleston", "MTH"), [2, 6], "2019/20",
            "Full business case to Partnership Board", date(2018, 5, 31), "On track"),
    "SW2": ("Fennick Care Record", "one shared record across GP, hospital, community and social care",
            P("", "Wystan", "Pargeter", "MTH"), P("Dr", "Juno", "Gillibrand", "GPF"),
            P("", "Aur\u00e9lie", "Tinsley", "MTH"), [1, 4, 9], "Summer 2018 (phase 1)",
            "Phase 1: GP record viewable in A&E", "2018-07-02", "On track"),
    "SW3": ("Medicines Optimisation in Care Homes", "a named pharmacist for every care home",
            P("", "Esmeralda", "Cottingham", "MCCG"), P("", "Bartholomew", "Nyquist", "WCP"),
            P("", "Mirela", "Sowerbutts", "MCCG"), [2, 9], "Q4 2017/18",
            "Pharmacists working in 40 care homes", "end Apr-18", "At risk"),
}
SW2_INTERIM = P("", "Idony", "Kershaw-Bello", "MTH")          # interim SRO of SW2 from 1 April 2018
MH3_NEW_PM = P("", "Caspar", "Lindqvist-Hobbs", "WCP")       # MH3 programme manager from 1 May 2018

MUSTDOS = [(1, "Deliver the STP"), (2, "Financial balance"), (3, "Primary care / general practice"),
           (4, "Urgent & emergency care (A&E and ambulance)"), (5, "Referral to treatment (18 weeks)"),
           (6, "Cancer (62 days)"), (7, "Mental health"), (8, "Learning disabilities"), (9, "Improving quality")]

# PMO milestones: id, title, due (ISO, or TBC), status; SK1-M2 was moved by CR-014 from 2018-10-01
MILESTONES = [
    ("MH1-M1", "Frailty Assessment Unit opens weekdays 8am-8pm", "2018-02-05", "complete"),
    ("MH1-M2", "Frailty Assessment Unit open seven days a week", "2018-06-04", "in progress"),
    ("MH1-M3", "Frailty score shared at ambulance handover", "2018-09-28", "not started"),
    ("MH2-M1", "Northgate and Quayside hubs open to 8pm", "2018-01-08", "complete"),
    ("MH2-M2", "All four hubs open 8am-8pm, seven days", "2018-10-01", "not started"),
    ("MH3-M1", "Crisis caf\u00e9 opens at Fennick Street", "2018-06-15", "in progress"),
    ("MH3-M2", "Core 24 psychiatric liaison at Marlhaven General", "2019-03-29", "not started"),
    ("SK1-M1", "GP streaming at the front door", "2018-04-30", "in progress"),
    ("SK1-M2", "Urgent Treatment Centre open 24/7", "2018-12-03", "not started"),
    ("SK2-M1", "Community glaucoma clinics start", "2018-06-25", "in progress"),
    ("SK2-M2", "Cataract pre-assessment by community optometrists", "2018-10-15", "not started"),
    ("SK3-M1", "Forensic team fully recruited", "2018-05-31", "in progress"),
    ("SK3-M2", "Three inpatients discharged to community placements", "2018-09-28", "not started"),
    ("FV1-M1", "Integrated neighbourhood team live in Fennick Bridge", "2018-04-16", "complete"),
    ("FV1-M2", "Public consultation on community bed base", "TBC", "not started"),
    ("FV2-M1", "Straight-to-test lower GI pathway live", "2018-05-21", "in progress"),
    ("FV2-M2", "Rapid Diagnostic Centre opens at Fennick Valley Hospital", "2018-11-05", "not started"),
    ("FV3-M1", "NDPP referrals live in all 21 practices", "2018-06-29", "in progress"),
    ("SW1-M1", "Full business case to Partnership Board", "2018-05-31", "in progress"),
    ("SW1-M2", "Hub laboratory go-live", "2019-04-01", "not started"),
    ("SW2-M1", "Phase 1: GP records viewable in A&E and out-of-hours", "2018-07-02", "in progress"),
    ("SW2-M2", "Phase 2: social care records added", "2019-01-14", "not started"),
    ("SW3-M1", "Pharmacists working in 40 care homes", "2018-04-27", "in progress"),
]
SK1_M2_BASELINE = "2018-10-01"

# operational trajectories: metric, standard, plan (Jan-18 .. Mar-19, 15 months), actual (Jan-18, Feb-18)
MONTHS = [date(2018 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(1, 16)]
TRAJECTORIES = [
    ("A&E: patients seen within 4 hours (%)", "95%",
     [89.0, 89.5, 90.0, 88.5, 89.0, 89.5, 89.9, 90.1, 90.3, 90.5, 90.8, 91.0, 91.4, 92.1, 92.7], [84.7, 85.9]),
    ("RTT: incomplete pathways within 18 weeks (%)", "92%",
     [88.0, 88.2, 88.4, 88.6, 88.8, 88.9, 89.2, 89.4, 89.6, 89.7, 89.8, 90.0, 90.2, 90.4, 90.6], [87.6, 87.7]),
    ("Cancer: 62-day GP referral to first treatment (%)", "85%", [85.0] * 15, [86.1, 83.4]),
    ("IAPT: access rate, annualised (% of prevalence)", "19%",
     [16.8, 16.8, 16.8, 17.5, 17.5, 17.5, 18.0, 18.0, 18.0, 18.5, 18.5, 18.5, 19.0, 19.0, 19.0], [16.2, 16.5]),
    ("Dementia: diagnosis rate (%)", "66.7%", [67.0] * 15, [65.8, 66.1]),
]

# financial bridge to 2020/21, GBP m
BRIDGE_GAP = 142.6
BRIDGE_LINES = [("CIP", "Provider cost improvement programmes", -58.9), ("QIPP", "CCG QIPP", -31.2),
                ("MH1", "Frailty Assessment Unit", -6.8), ("MH2", "Primary Care Home Hubs", -3.1),
                ("MH3", "Crisis Caf\u00e9 and 24/7 Liaison", -1.9), ("SK1", "Skelbrook Urgent Treatment Centre", -4.4),
                ("SK2", "Community Ophthalmology", -2.7), ("SK3", "LD Community Forensic Team", -1.2),
                ("FV1", "Care Closer to Home", -5.3), ("FV2", "Rapid Diagnostic Centre", -0.9),
                ("FV3", "Diabetes Prevention", -0.6), ("SW1", "Single Pathology Network", -8.6),
                ("SW2", "Fennick Care Record", -2.2), ("SW3", "Medicines Optimisation in Care Homes", -3.5)]


def initial_name(p):
    """'Dr A Kittredge' (annex)."""
    pre, fore, sur, _ = p
    return " ".join(x for x in (pre, fore[0], sur) if x)


def full_name(p):
    pre, fore, sur, _ = p
    return " ".join(x for x in (pre, fore, sur) if x)


def surname_first(p):
    """'KITTREDGE, Ambrose (MTH)' (workbook)."""
    pre, fore, sur, org = p
    return f"{sur.upper()}, {fore} ({org})"


def caps_surname(p):
    """'Ambrose KITTREDGE' (deck)."""
    pre, fore, sur, _ = p
    return " ".join(x for x in (pre, fore, sur.upper()) if x)


# ================================================================================================ helpers
def restamp(path):
    """Rewrite an Office zip with one fixed time on every entry and in docProps/core.xml."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2018-05-14T09:00:00Z", data)
            if name == "docProps/app.xml":
                data = re.sub(rb"<TotalTime>[^<]*</TotalTime>", b"<TotalTime>0</TotalTime>", data)
            z.writestr(zipfile.ZipInfo(name, FIXED), data, zipfile.ZIP_DEFLATED)


def core(props, title, author="M&F STP Programme Office"):
    props.title, props.author, props.last_modified_by = title, author, author
    props.created = props.modified = datetime(2018, 5, 14, 9, 0, 0)
    props.revision = 1


SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Helvetica", fontSize=9, leading=11.5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8, leading=10)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
H1 = ParagraphStyle("h1", parent=SS["Title"], fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=0)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14,
                    spaceBefore=8, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
TEAL = colors.HexColor("#1f5f6b")
PALE = colors.HexColor("#e6f0f2")


def para(text, style=CELL):
    return Paragraph(text.replace("&", "&amp;").replace("&amp;amp;", "&amp;"), style)


def grid_style(extra=()):
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9ea5")),
                       ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *extra])


def footer_factory(text):
    def footer(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(18 * mm, 10 * mm, text)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")
        c.restoreState()
    return footer


# ================================================================================================ 01 annex (PDF)
def build_annex():
    doc = SimpleDocTemplate(str(OUT / F_ANNEX), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, invariant=1,
                            title="Marlhaven & Fennick STP Delivery Plan 2017-19 Annex B",
                            author="M&F STP Programme Office", subject="Scheme register and must-do coverage")
    story = [Paragraph("Marlhaven &amp; Fennick STP: Delivery Plan 2017-19", H1),
             Paragraph("Annex B: scheme register and coverage of the national must-dos", H2),
             Paragraph("Version 1.0, published 15 December 2017. Owner: Ottilie Bramhall, Programme Director.", SMALL),
             Spacer(1, 6),
             Paragraph("The Marlhaven &amp; Fennick Sustainability and Transformation Partnership brings together nine "
                       "partner organisations serving a registered population of 559,800 people in three places. "
                       "The STP Lead is Gwendolyn Rathbone-Ikeda, Chief Executive of Marlhaven Teaching Hospitals NHS "
                       "Foundation Trust. Without change the system faces a financial gap of \u00a3142.6m by "
                       "2020/21; Annex C sets out the bridge.", BODY),
             Spacer(1, 6),
             Paragraph("Table B0: our places", H2)]
    rows = [[para("Place", HEAD), para("Registered population", HEAD), para("GP practices", HEAD),
             para("Lead commissioner", HEAD)]]
    for _, name, pop, gps, lead in PLACES:
        rows.append([para(name), para(pop), para(str(gps)), para(lead)])
    rows.append([para("Total", CELLB), para("559,800", CELLB), para("71", CELLB), para("")])
    story.append(Table(rows, colWidths=[130, 110, 80, 154], style=grid_style(
        [("BACKGROUND", (0, -1), (-1, -1), PALE)])))
    story += [Spacer(1, 8), Paragraph("Table B1: scheme register", H2),
              Paragraph("Each scheme has a Senior Responsible Officer (SRO), a clinical lead and a programme manager, "
                        "given in that order in the leadership column as initial and surname. Full names and "
                        "organisations are in the programme workbook. Schemes are coded by place: MH Marlhaven, SK "
                        "Skelbrook &amp; the Wolds, FV Fennick Valley, SW system-wide.", BODY), Spacer(1, 4)]
    rows = [[para("Ref", HEAD), para("Scheme and aim", HEAD), para("Place", HEAD),
             para("SRO / Clinical lead / Programme manager", HEAD), para("Go-live", HEAD)]]
    for code, s in SCHEMES.items():
        name, aim, sro, cl, pm, _, golive, *_ = s
        lead = " / ".join([initial_name(sro), initial_name(cl) if cl else "vacant", initial_name(pm)])
        rows.append([para(code, CELLB), para(f"<b>{name}</b>: {aim}"), para(PLACE_NAME[code[:2]]), para(lead),
                     para(golive)])
    story.append(Table(rows, colWidths=[32, 175, 72, 130, 65], repeatRows=1, style=grid_style()))
    story += [Paragraph("Go-live is the date the scheme starts to deliver for patients; key milestones are tracked in "
                        "the PMO system.", SMALL), PageBreak(),
              Paragraph("Table B2: coverage of the nine national must-dos by place", H2),
              Paragraph("Each cell lists the schemes in that place that contribute to the must-do "
                        "(NHS Operational Planning and Contracting Guidance 2017-19). A dash means no scheme in that "
                        "place contributes.", BODY), Spacer(1, 4)]
    cols = ["MH", "SK", "FV", "SW"]
    rows = [[para("National must-do", HEAD)] + [para(PLACE_NAME[c], HEAD) for c in cols]]
    for n, label in MUSTDOS:
        cells = []
        for c in cols:
            codes = [k for k, s in SCHEMES.items() if k.startswith(c) and n in s[5]]
            cells.append(para(", ".join(codes) if codes else "\u2014", ParagraphStyle(
                "mid", parent=CELL, alignment=TA_CENTER)))
        rows.append([para(f"{n}. {label}", CELLB)] + cells)
    story.append(Table(rows, colWidths=[170, 76, 76, 76, 76], style=grid_style(
        [("BACKGROUND", (0, 1), (0, -1), PALE)])))
    story += [Spacer(1, 4),
              Paragraph("\u2014 no scheme in this place contributes; each gap is held on the STP risk log and "
                        "reviewed by the System Delivery Group.", SMALL),
              Spacer(1, 10),
              Paragraph("Key to organisations", H2)]
    rows = [[para("Code", HEAD), para("Organisation", HEAD)]] + [[para(a), para(b)] for a, b in ORGS]
    story.append(Table(rows, colWidths=[60, 320], style=grid_style()))
    doc.build(story, onFirstPage=footer_factory("M&F STP Delivery Plan 2017-19, Annex B, v1.0"),
              onLaterPages=footer_factory("M&F STP Delivery Plan 2017-19, Annex B, v1.0"))


# ================================================================================================ 02 you said, we did (Word)
YSWD = [
    ("Seeing a GP", [
        ("It is hard to get an evening or weekend appointment in Marlhaven.",
         "Two Primary Care Home hubs (Northgate and Quayside) now open until 8pm on weekdays. All four hubs will "
         "offer appointments 8am-8pm, seven days a week.",
         "Director of Primary Care, NHS Marlhaven CCG (Cordelia Fanshawe-Mensah)",
         "Two hubs: done (January 2018). All four: from October 2018")]),
    ("Urgent care", [
        ("In Skelbrook it is not clear where to go when it is urgent but not an emergency.",
         "One Urgent Treatment Centre at Skelbrook Hospital will replace the minor injuries unit and the walk-in "
         "centre. We will send a leaflet to 68,000 households before it opens.",
         "Director of Commissioning, NHS Skelbrook and Fennick CCG (Benedikt Marwood)", "Autumn 2018")]),
    ("Mental health", [
        ("There is nowhere to go in a crisis except A&E.",
         "A crisis caf\u00e9 at Fennick Street, Marlhaven, open 6pm to midnight, run with Marlhaven Mind.",
         "Director of Operations, Wyvern Care Partnership (Ignatius Royle-Baptiste)", "By summer 2018")]),
    ("Eye care", [
        ("Travelling to Marlhaven for glaucoma check-ups is hard for older people.",
         "Glaucoma monitoring clinics run by community optometrists in Skelbrook and Fennick Bridge.",
         "Consultant Ophthalmologist, Fennick & Skelbrook Hospitals (Mr Evander Pilkington-Roy)", "From June 2018")]),
    ("Community hospital beds", [
        ("Don't close Fennick Valley Community Hospital beds without asking us.",
         "No change will be made to the number of beds without a full public consultation. The timing of any "
         "consultation has not yet been agreed.",
         "Locality Director, Fennick Valley (Leofric Haverstock)", "Not yet agreed")]),
    ("Telling my story once", [
        ("I have to repeat my history to every service.",
         "Phase 1 of the Fennick Care Record will let A&E and GP out-of-hours staff see GP records.",
         "Chief Information Officer, Marlhaven Teaching Hospitals (Wystan Pargeter)", "Summer 2018")]),
    ("Information and involvement", [
        ("Your documents are hard to read.",
         "All STP public documents will be published in Easy Read and in the four most-used community languages.",
         "Head of Communications and Engagement (Maude Carrow-Ibsen)", "Before Easter 2018"),
        ("We want to know what happened to our views.",
         "This report, and a Citizens' Panel of 120 residents who will meet quarterly to check progress.",
         "Head of Communications and Engagement (Maude Carrow-Ibsen)", "Panel's first meeting: 13 March 2018")]),
]


def shade(cell, hex_fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def build_yswd():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    core(d.core_properties, "M&F STP You said, we did, January 2018", "M&F STP Communications and Engagement")
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    h = d.add_heading("What you told us, and what we are doing about it", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p = d.add_paragraph()
    r = p.add_run("Marlhaven & Fennick STP \u2013 \u201cYou said, we did\u201d report, January 2018")
    r.bold, r.font.color.rgb = True, RGBColor(0x1F, 0x5F, 0x6B)
    d.add_paragraph(
        "Between 2 October and 24 November 2017 we asked people across Marlhaven, Skelbrook & the Wolds and Fennick "
        "Valley what they thought of our plans. We held 23 public events, attended by 1,140 people, and received "
        "1,846 survey responses (212 of them in Easy Read). This report sets out what you said and what we have done, "
        "or will do, in response.")
    d.add_paragraph(
        "How to read the table: the Lead column gives the post that answers for each action, with the current "
        "post-holder in brackets. \u201cBy when\u201d is our best estimate today.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    widths = [Cm(4.2), Cm(6.3), Cm(4.0), Cm(2.8)]
    for cell, text, w in zip(t.rows[0].cells, ["You said", "We did (or will do)", "Lead", "By when"], widths):
        cell.text = text
        cell.width = w
        cell.paragraphs[0].runs[0].bold = True
        shade(cell, "1F5F6B")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for theme, rows in YSWD:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[3])
        merged.text = theme
        merged.paragraphs[0].runs[0].bold = True
        shade(merged, "E6F0F2")
        for said, did, lead, when in rows:
            cells = t.add_row().cells
            for cell, text, w in zip(cells, [said, did, lead, when], widths):
                cell.text = text
                cell.width = w
    d.add_heading("Who checks that we do what we said", level=2)
    d.add_paragraph(
        "The Citizens' Panel is chaired by Bryony Tregothnan, Chief Officer of Healthwatch Fennickshire. It reports "
        "to the Partnership Board twice a year, and its notes are published on the STP website.")
    d.add_paragraph(
        "If you would like this report in another format, please contact the communications and engagement team at "
        "Marlhaven House, 4 Quayside, Marlhaven.")
    d.save(OUT / F_YSWD)
    restamp(OUT / F_YSWD)


# ================================================================================================ 03 AAA report (PDF)
AAA = [
    ("ALERT", colors.HexColor("#c0392b"), [
        "<b>SK1 Skelbrook Urgent Treatment Centre.</b> GP streaming at the front door, due by 30 April 2018, is "
        "unlikely to be met because the streaming contract has not been signed. The 24/7 opening planned for "
        "1 October 2018 is therefore at risk. The Committee asked Benedikt Marwood, SRO, to bring a recovery plan "
        "to its next meeting on 26 April 2018.",
        "<b>Savings 2018/19.</b> The system savings plan for 2018/19 has an unidentified gap of \u00a34.2m, mainly in "
        "acute provider cost improvement. Fitzroy Dunkerley, System Director of Finance, will report progress "
        "monthly."]),
    ("ADVISE", colors.HexColor("#d68910"), [
        "<b>SW1 Single Pathology Network.</b> The Committee supported the outline business case. The full business "
        "case will come to the Partnership Board by 31 May 2018.",
        "<b>Month 10.</b> The system reported a deficit of \u00a32.9m at month 10 against a planned deficit of "
        "\u00a31.6m.",
        "<b>Quality oversight.</b> A Quality Committee is being established to take over quality oversight from this "
        "Committee; its terms of reference will come to the Board in June 2018."]),
    ("ASSURE", colors.HexColor("#1e8449"), [
        "<b>MH1 Frailty Assessment Unit</b> opened on 5 February 2018 and saw 412 patients in its first three weeks; "
        "71% went home the same day.",
        "<b>FV2 Rapid Diagnostic Centre.</b> Cancer 62-day performance was 86.1% in January 2018 against the 85% "
        "standard.",
        "<b>SW3 Medicines Optimisation in Care Homes.</b> Pharmacists are now working in 26 of the planned 40 care "
        "homes."]),
]
BAF = [("BAF-03", "Unidentified 2018/19 savings of \u00a34.2m are not found", "4 x 5 = 20", "F Dunkerley"),
       ("BAF-07", "UTC 24/7 opening slips beyond winter 2018/19", "4 x 4 = 16", "B Marwood"),
       ("BAF-11", "Pathology staff turnover during transition", "3 x 4 = 12", "C Aldersey-Nkemelu")]


def build_aaa():
    doc = SimpleDocTemplate(str(OUT / F_AAA), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, invariant=1,
                            title="Finance and Performance Committee: Chair's assurance report",
                            author="M&F STP Board Secretary", subject="Partnership Board 8 March 2018, item 7")
    story = [Paragraph("Partnership Board, 8 March 2018 \u2013 Agenda item 7", SMALL),
             Paragraph("Chair's Assurance Report: Finance and Performance Committee", H1), Spacer(1, 6)]
    label = lambda t: para(t, CELLB)  # noqa: E731
    head = [[label("Report from"), para("Finance and Performance Committee")],
            [label("Meeting date"), para("Thursday 22 February 2018")],
            [label("Chair"), para("Ravindra Lockhart-Hume, Independent Member")],
            [label("Report to"), para("Partnership Board, Thursday 8 March 2018")],
            [label("Purpose"), para("For assurance. The Board is asked to note the alerts and the advice below.")]]
    story.append(Table(head, colWidths=[90, 384], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (0, -1), PALE),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    story += [Spacer(1, 10), Paragraph("Alert, advise, assure", H2)]
    rows, extra = [], []
    bullet = ParagraphStyle("bul", parent=CELL, fontSize=8.5, leading=11, leftIndent=9, bulletIndent=0,
                            spaceAfter=3)
    lab = ParagraphStyle("lab", parent=CELLB, textColor=colors.white, fontSize=10, alignment=TA_CENTER)
    for i, (name, colour, items) in enumerate(AAA):
        rows.append([Paragraph(name, lab), [Paragraph(t, bullet, bulletText="\u2022") for t in items]])
        extra.append(("BACKGROUND", (0, i), (0, i), colour))
    story.append(Table(rows, colWidths=[70, 404], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")), ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5), *extra])))
    story += [Spacer(1, 10), Paragraph("Risks escalated to the Board Assurance Framework", H2)]
    rows = [[para("Ref", HEAD), para("Risk", HEAD), para("Score (L x I)", HEAD), para("Risk owner", HEAD)]]
    rows += [[para(a), para(b), para(c), para(d)] for a, b, c, d in BAF]
    story.append(Table(rows, colWidths=[50, 254, 80, 90], style=grid_style()))
    story += [Spacer(1, 10),
              Paragraph("Members present: Ravindra Lockhart-Hume (chair), Fitzroy Dunkerley, Gwendolyn Rathbone-Ikeda, "
                        "Leofric Haverstock, Cordelia Fanshawe-Mensah. In attendance: Ottilie Bramhall. The meeting "
                        "was quorate.", BODY), Spacer(1, 4),
              Paragraph("Next meeting: Thursday 26 April 2018, Board Room, Skelbrook Hospital.", BODY)]
    doc.build(story, onFirstPage=footer_factory("FPC chair's assurance report, February 2018"),
              onLaterPages=footer_factory("FPC chair's assurance report, February 2018"))


# ================================================================================================ 04 workbook (Excel)
def build_book():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = "M&F STP Programme Office"
    wb.properties.title = "M&F STP programme workbook v7"
    wb.properties.created = wb.properties.modified = datetime(2018, 5, 14, 9, 0, 0)
    bold, white = Font(bold=True), Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F5F6B")

    ws = wb.active
    ws.title = "Read me"
    readme = [
        "Marlhaven & Fennick STP: programme workbook",
        "Version 7, as at 06/04/2018. Maintained by the Programme Office for the System Delivery Group.",
        "",
        "Schemes: one row per scheme. People are shown SURNAME, Forename (ORGANISATION CODE).",
        "Must-dos: the national must-dos (Operational Planning Guidance 2017-19) the scheme contributes to, by number.",
        "Due: the date of the next milestone, as the scheme reports it.",
        "Trajectories: operational plan, draft for submission on 30 April 2018. Actuals to February 2018.",
        "Bridge: financial bridge to 2020/21 in \u00a3m; savings are shown in brackets.",
        "",
        "Must-do numbers:",
    ] + [f"{n} = {label}" for n, label in MUSTDOS] + ["", "Organisation codes:"] + \
        [f"{a} = {b}" for a, b in ORGS]
    for i, line in enumerate(readme, 1):
        if line:
            ws.cell(row=i, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Schemes")
    heads = ["Scheme ID", "Scheme", "Place", "SRO", "Clinical lead", "Programme manager", "Must-dos",
             "Next milestone", "Due", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=1, column=j, value=h)
        c.font, c.fill = white, fill
    for i, (code, s) in enumerate(SCHEMES.items(), 2):
        name, _, sro, cl, pm, mds, _, nxt, due, status = s
        sro_text = surname_first(sro)
        if code == "SW2":
            sro_text = surname_first(SW2_INTERIM) + " interim from 01/04/18"
        vals = [code, name, PLACE_NAME[code[:2]], sro_text, surname_first(cl) if cl else "VACANT",
                surname_first(pm), "; ".join(str(n) for n in mds), nxt, due, status]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(vertical="top", wrap_text=j in (2, 4, 5, 6, 8))
            if isinstance(v, date):
                c.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHIJ", [10, 34, 22, 36, 34, 30, 10, 40, 14, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B2"

    ws = wb.create_sheet("Trajectories")
    ws["A1"] = "Operational trajectories 2018/19 (with the last quarter of 2017/18)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Plan lines from the draft operational plan; Actual lines to February 2018."
    heads = ["Metric", "Standard", "Line"] + MONTHS
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill = white, fill
        if isinstance(h, date):
            c.number_format = "mmm-yy"
    r = 5
    for metric, std, plan, actual in TRAJECTORIES:
        ws.cell(row=r, column=1, value=metric).font = bold
        ws.cell(row=r, column=2, value=std)
        ws.cell(row=r, column=3, value="Plan")
        for j, v in enumerate(plan, 4):
            ws.cell(row=r, column=j, value=v).number_format = "0.0"
        ws.cell(row=r + 1, column=3, value="Actual")
        for j, v in enumerate(actual, 4):
            ws.cell(row=r + 1, column=j, value=v).number_format = "0.0"
        r += 2
    ws.column_dimensions["A"].width = 48
    ws.freeze_panes = "D5"

    ws = wb.create_sheet("Bridge")
    ws["A1"] = "Financial bridge to 2020/21 (\u00a3m)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Source: STP financial template, December 2017. Savings reduce the gap and are shown in brackets."
    for j, h in enumerate(["Ref", "Line", "\u00a3m"], 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font, c.fill = white, fill
    ws.cell(row=5, column=2, value="Do-nothing financial gap 2020/21").font = bold
    ws.cell(row=5, column=3, value=BRIDGE_GAP).number_format = "0.0;(0.0)"
    r = 6
    for ref, line, v in BRIDGE_LINES:
        ws.cell(row=r, column=1, value=ref)
        ws.cell(row=r, column=2, value=line)
        ws.cell(row=r, column=3, value=v).number_format = "0.0;(0.0)"
        r += 1
    residual = round(BRIDGE_GAP + sum(v for *_, v in BRIDGE_LINES), 1)
    ws.cell(row=r, column=2, value="Residual gap 2020/21").font = bold
    c = ws.cell(row=r, column=3, value=residual)
    c.number_format, c.font = "0.0;(0.0)", bold
    ws.column_dimensions["B"].width = 44
    wb.save(OUT / F_BOOK)
    restamp(OUT / F_BOOK)


# ================================================================================================ 05 100-day plan (PowerPoint)
HUNDRED = [
    ("Governance", "Shadow ICS Board terms of reference agreed",
     "Memorandum of understanding signed by all nine partners", "First shadow ICS Board meeting held in public",
     "Ottilie BRAMHALL"),
    ("Finance", "2018/19 system control total agreed", "Risk-share agreement drafted",
     "Outline system financial plan for 2019/20", "Fitzroy DUNKERLEY"),
    ("Urgent care", "SK1 recovery plan agreed", "Winter 2018/19 demand and capacity plan drafted",
     "Winter plan signed off by all partners", "Benedikt MARWOOD"),
    ("Digital", "Information sharing agreement signed", "Phase 1 care record readiness review",
     "Phase 1 benefits baseline published", "Idony KERSHAW-BELLO"),
    ("Workforce", "System workforce group set up", "Shared staff bank rates agreed",
     "Joint campaign to recruit 40 district nurses launched", "Lavinia STRUDWICK-AMOAH"),
    ("Engagement", "Citizens' Panel briefed on the ICS", "Second \u201cYou said, we did\u201d report published",
     "Public annual meeting held", "Maude CARROW-IBSEN"),
]
CONTACTS = [("Programme Director", "Ottilie BRAMHALL"), ("System Director of Finance", "Fitzroy DUNKERLEY"),
            ("Director of Workforce", "Lavinia STRUDWICK-AMOAH"),
            ("Chief Digital Officer (interim)", "Idony KERSHAW-BELLO"),
            ("Chair, Clinical Reference Group", "Dr Aurelian PENROSE-ADDO"),
            ("Head of Communications and Engagement", "Maude CARROW-IBSEN")]


def build_deck():
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    core(prs.core_properties, "M&F shadow ICS 100-day plan, 26 April 2018")
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Our first 100 days as a shadow Integrated Care System"
    s.placeholders[1].text = ("Marlhaven & Fennick STP \u2013 Partnership Board development session, "
                              "Thursday 26 April 2018")

    def bullets(slide, items, size=20):
        tf = slide.placeholders[1].text_frame
        for i, text in enumerate(items):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = text
            p.runs[0].font.size = Pt(size)

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "How to read this plan"
    s.placeholders[1].width = Inches(12)
    bullets(s, ["Day 1 is Tuesday 1 May 2018.",
                "Each action is due by the end of the day shown: Day 30, Day 60 or Day 100.",
                "Leads are named Forename SURNAME and report progress to the Programme Director every fortnight.",
                "The plan is held by Ottilie BRAMHALL, Programme Director."])

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "The 100-day plan"
    heads = ["Workstream", "By Day 30", "By Day 60", "By Day 100", "Lead"]
    tbl = s.shapes.add_table(len(HUNDRED) + 1, 5, Inches(0.4), Inches(1.5), Inches(12.5), Inches(5.4)).table
    for j, (h, w) in enumerate(zip(heads, [1.7, 3.0, 3.0, 3.0, 1.8])):
        tbl.columns[j].width = Inches(w)
        tbl.cell(0, j).text = h
    for i, row in enumerate(HUNDRED, 1):
        for j, text in enumerate(row):
            tbl.cell(i, j).text = text
    for row in tbl.rows:
        for cell in row.cells:
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Decisions we need from the Board today"
    s.placeholders[1].width = Inches(12)
    bullets(s, ["1. Approve the 100-day plan.",
                "2. Agree that Gwendolyn RATHBONE-IKEDA continues as system lead for the shadow ICS.",
                "3. Note the SK1 recovery plan: the Urgent Treatment Centre's 24/7 opening moves from 1 October to "
                "3 December 2018 (change request CR-014).",
                "4. Nominate two Board members to the working group setting up the Quality Committee, by 18 May "
                "2018."], size=18)

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Who to contact"
    tbl = s.shapes.add_table(len(CONTACTS) + 1, 2, Inches(1.5), Inches(1.6), Inches(10), Inches(4.2)).table
    tbl.columns[0].width, tbl.columns[1].width = Inches(5.5), Inches(4.5)
    tbl.cell(0, 0).text, tbl.cell(0, 1).text = "Role", "Name"
    for i, (role, name) in enumerate(CONTACTS, 1):
        tbl.cell(i, 0).text, tbl.cell(i, 1).text = role, name
    prs.save(OUT / F_DECK)
    restamp(OUT / F_DECK)


# ================================================================================================ 06 PMO export (CSV)
def csv_rows():
    rows, n = [], 0

    def add(scheme, attribute, value, eff_from="2017-04-01", eff_to="", change="", by="pmo.admin",
            on="2017-11-20"):
        nonlocal n
        n += 1
        rows.append([f"R{n:04d}", scheme, attribute, value, eff_from, eff_to, change, by, on])

    for code, s in SCHEMES.items():
        name, _, sro, cl, pm, mds, *_ = s
        add(code, "scheme_name", name)
        add(code, "place", PLACE_NAME[code[:2]])
        if code == "SW2":
            add(code, "sro", full_name(sro), eff_to="2018-03-31", by="o.bramhall", on="2018-03-28")
            add(code, "sro", full_name(SW2_INTERIM) + " (interim)", eff_from="2018-04-01", by="o.bramhall",
                on="2018-03-28")
        else:
            add(code, "sro", full_name(sro))
        add(code, "clinical_lead", full_name(cl) if cl else "Vacant - recruitment under way")
        if code == "MH3":
            add(code, "programme_manager", full_name(pm), eff_to="2018-04-30", by="o.bramhall", on="2018-04-24")
            add(code, "programme_manager", full_name(MH3_NEW_PM), eff_from="2018-05-01", by="o.bramhall",
                on="2018-04-24")
        else:
            add(code, "programme_manager", full_name(pm))
        add(code, "national_must_dos", ";".join(str(x) for x in mds))
        for mid, title, due, status in [m for m in MILESTONES if m[0].startswith(code)]:
            key = mid.split("-")[1]
            add(code, f"milestone.{key}.title", title)
            if mid == "SK1-M2":
                add(code, f"milestone.{key}.due", SK1_M2_BASELINE, eff_to="2018-04-29")
                add(code, f"milestone.{key}.due", due, eff_from="2018-04-30", change="CR-014", by="o.bramhall",
                    on="2018-04-30")
            else:
                add(code, f"milestone.{key}.due", due)
            add(code, f"milestone.{key}.status", status, eff_from="2018-05-11", by="pmo.admin", on="2018-05-11")
    return rows


def build_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["record_id", "scheme_id", "attribute", "value", "effective_from", "effective_to", "change_ref",
                "recorded_by", "recorded_on"])
    w.writerows(csv_rows())
    (OUT / F_CSV).write_bytes(buf.getvalue().encode("utf-8"))


def main():
    OUT.mkdir(exist_ok=True)
    build_annex()
    build_yswd()
    build_aaa()
    build_book()
    build_deck()
    build_csv()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")


if __name__ == "__main__":
    main()
