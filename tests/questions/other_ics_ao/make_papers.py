"""Write the Draymere & Ostleigh STP papers (forty-first imaginary footprint) into papers/.

Six made-up papers of a 2016/17 Sustainability and Transformation Plan, November 2016 to June 2017:
  01 Annex A, delivery plan (PDF, platypus, portrait): numbered prose with the footprint's figures; a "Who's who"
     directory (Role | Name) set in two newspaper columns under a full-width introduction, so the table runs from
     the foot of the left column to the head of the right one with its header row printed again there; an
     initiatives-by-place table whose lead and go-live columns come in two groups under spanning place headings
     (Draymere | Ostleigh & Fellbrook), footprint-wide rows spanning both groups, "n/a" for a place not in scope and
     bracketed note markers "[2]" explained only in endnotes on the last page; a savings table with Total row and
     column, the gap bridge in prose and the meeting rules;
  02 DRAFT Programme Board minutes of 19 January 2017 (PDF): attendance table with initials, minutes numbered
     PB/17/01.., and an action log of numbered actions (A17-01..A17-07) with owners and due dates;
  03 Partnership Board update of 21 February 2017 (PowerPoint): a hidden slide headed "SUPERSEDED" that keeps the
     October 2016 leadership table, the current leadership table, a "Key dates in 2017" slide of calendar tiles (a
     month box, a day box and a label, the year only in the title), headline numbers with captions, a progress table
     and the asks of the Board as a numbered list;
  04 Programme Board minutes of 16 March 2017 (Word): a correction to the January minutes (a date), "Matters arising"
     as a table keyed only by the January action numbers (what each action was is only in paper 02), an SRO handover
     from a date, a moved opening, a consultation date set, a vacancy filled from a date, the next meeting;
  05 PMO tracker (Excel): one tab per month-end snapshot of the same milestone list, newest tab first ("Mar-17",
     "Feb-17", "Jan-17", "Dec-16"), forecasts that change from tab to tab (a correction, a slip, a date brought
     forward, a "tbc" set, an unknown set), RAG as words, a Read me sheet saying the newest tab is the position, and
     a must-do sheet whose cells are real TRUE / FALSE booleans with a lead-programme column and a note;
  06 Freedom of Information response of 12 June 2017 (plain text, hard-wrapped): six quoted questions each with a
     response (an SRO, a capital cost, a consultation closing date, one "information not held", hubs opened, meetings).

Nothing is random and every timestamp is pinned, so a re-run writes the same bytes.
usage: /work/main/.venv/bin/python make_papers.py
"""

import re
import textwrap
import zipfile
from datetime import date, datetime
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,  # noqa: E402
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"

ANNEX = "01_DO_STP_Annex_A_Delivery_Plan_v1.3_18Nov2016.pdf"
JAN = "02_DO_STP_Programme_Board_Minutes_19Jan2017_DRAFT.pdf"
DECK = "03_DO_STP_Partnership_Board_Update_21Feb2017.pptx"
MAR = "04_DO_STP_Programme_Board_Minutes_16Mar2017.docx"
TRACKER = "05_DO_STP_PMO_Milestone_Tracker_Mar2017.xlsx"
FOI = "06_DO_STP_FOI_Response_FOI-17-0418_12Jun2017.txt"

TEAL = colors.HexColor("#1B5E63")
PALE = colors.HexColor("#DDEBEC")
BAND = colors.HexColor("#F1E6C8")

# ----------------------------------------------------------------------------------------------------------------
# The footprint
# ----------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO, SRO title, clinical lead
    ("P1", "Healthier Lives", "Dr Maren Quilliam", "Director of Public Health, Draymere City Council",
     "Dr Osric Tellwright"),
    ("P2", "Care Closer to Home", "Helena Brisco", "Accountable Officer, NHS Ostleigh & Fellbrook CCG",
     "Dr Amara Idowu-Barnes"),
    ("P3", "Urgent & Emergency Care", "Alastair Pennock", "Chief Operating Officer, OGH", "Dr Callum Ferrier"),
    ("P4", "Planned Care & Diagnostics", "Cressida Vantongeren", "Chief Operating Officer, DTH",
     "Mr Hamid Barraclough"),
    ("P5", "Mental Health & Learning Disabilities", "Niamh Dunleavy", "Chief Executive, FCT", "Dr Ezra Mountjoy"),
    ("P6", "Hospital Services Together", "Bernadette Lisle", "Medical Director, DTH", "Dr Toby Raistrick"),
]

# ref, initiative, Draymere (lead, go-live) or None, Ostleigh & Fellbrook (lead, go-live) or None,
# footprint-wide (lead, go-live) or None
INITIATIVES = {
    "P1": [
        ("P1.1", "National Diabetes Prevention Programme (NDPP)", ("Dr Osric Tellwright", "01/07/2017"),
         ("Sunniva Marchant", "Q3 2017/18"), None),
        ("P1.2", "Making Every Contact Count (MECC): 2,000 front-line staff trained", None, None,
         ("Priya Halloran", "end of March 2018")),
        ("P1.3", "Alcohol care team at Draymere Royal Infirmary", ("Dr Osric Tellwright", "Oct-17"), ("n/a", "n/a"),
         None),
    ],
    "P2": [
        ("P2.1", "Neighbourhood hubs: seven in Draymere, three in Ostleigh & Fellbrook",
         ("Dr Amara Idowu-Barnes", "Wave 1: April 2017 [2]; Wave 2: Q3 2017/18"), ("Lionel Ferrow", "Q1 2018/19 [1]"),
         None),
        ("P2.2", "Extended GP access, evenings and weekends", ("Dr Farah Quennell", "01/10/2017"),
         ("Dr Gethin Mowbray", "31/03/2018"), None),
        ("P2.3", "Care home support team", ("Moira Tennent", "Sep-17"), ("Moira Tennent", "Winter 2017/18"), None),
    ],
    "P3": [
        ("P3.1", "Urgent treatment centre at Ostleigh General Hospital", ("n/a", "n/a"),
         ("Kieran Battersby", "Winter 2017/18"), None),
        ("P3.2", "Streaming at the emergency department front door", ("Dr Callum Ferrier", "Qtr 4 16/17"),
         ("Dr Ines Albrecht", "Q1 2017/18"), None),
        ("P3.3", "NHS 111 clinical assessment service", None, None, ("Hollis Varga", "March 2018")),
    ],
    "P4": [
        ("P4.1", "MSK triage and treatment service", None, None, ("Mr Hamid Barraclough", "Q2 2017/18")),
        ("P4.2", "Advice & guidance before referral, all specialties", None, None,
         ("Dr Felicity Anand", "30/09/2017")),
        ("P4.3", "Community ophthalmology (glaucoma and cataract follow-up)", ("n/a [4]", "n/a"),
         ("Rhona Kilbride", "tbc"), None),
    ],
    "P5": [
        ("P5.1", "Crisis alternatives: Draymere Safe Haven (evening drop-in); Ostleigh crisis house",
         ("Dr Ezra Mountjoy", "Summer 2017"), ("Delyth Garrow", "Q4 2017/18"), None),
        ("P5.2", "IAPT: access for 19% of people with anxiety or depression", None, None,
         ("Tobias Wren", "by 31/03/2019")),
        ("P5.3", "Perinatal community mental health team", None, None,
         ("Dr Ezra Mountjoy", "time frame as yet unknown")),
    ],
    "P6": [
        ("P6.1", "Hyper-acute stroke services review", None, None,
         ("Dr Toby Raistrick", "Public consultation: time frame as yet unknown [3]")),
        ("P6.2", "Shared pathology service for DTH and OGH", None, None,
         ("Ifeoma Grant", "FBC Mar-17; go-live 2018/19 [5]")),
    ],
}

ENDNOTES = [
    "[1] The Ostleigh & Fellbrook hubs depend on the lease of Fellbrook Health Centre, which ends on 31 March 2018; "
    "the go-live will be confirmed when the lease is renewed.",
    "[2] The seven Draymere hubs open in two waves. Wave 1 is three hubs: Kilnworth, Saltry Moor and Draymere "
    "Central. Wave 2 is the other four: Brook Lane, Harlow Fold, Denby Street and Weir End.",
    "[3] Subject to the clinical senate review and NHS England assurance; the consultation cannot be timetabled "
    "until both are complete.",
    "[4] Draymere's community ophthalmology service was recommissioned in 2015 and is not part of this plan.",
    "[5] FBC: full business case, to the Partnership Board.",
]

SAVINGS = {  # £m, 2016/17 .. 2020/21
    "P1": [0.5, 2.1, 4.3, 6.6, 8.4],
    "P2": [2.4, 8.7, 15.9, 22.1, 27.9],
    "P3": [1.9, 6.4, 12.2, 17.3, 21.6],
    "P4": [2.8, 8.9, 15.1, 21.0, 26.2],
    "P5": [0.4, 1.9, 4.2, 7.1, 9.8],
    "P6": [6.1, 17.8, 29.4, 39.6, 47.4],
}
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]


def f1(x):
    return f"{x:.1f}"


# ----------------------------------------------------------------------------------------------------------------
# PDF helpers
# ----------------------------------------------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=9.8)
SMALLB = ParagraphStyle("smallb", parent=SMALL, fontName="Helvetica-Bold")
HEADW = ParagraphStyle("headw", parent=SMALLB, textColor=colors.white)
HEADWC = ParagraphStyle("headwc", parent=HEADW, alignment=TA_CENTER)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, textColor=TEAL, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=14, textColor=TEAL, spaceBefore=8,
                    spaceAfter=5)
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=8.5, leading=11, spaceAfter=4)


def p(text, style=BODY):
    return Paragraph(text, style)


def numbered(num, text):
    return Paragraph(f"<b>{num}</b>&nbsp;&nbsp;{text}", BODY)


def running(title, footer_left):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(50, A4[1] - 32, title)
        canvas.setStrokeColor(TEAL)
        canvas.line(50, A4[1] - 36, A4[0] - 50, A4[1] - 36)
        canvas.drawString(50, 30, footer_left)
        canvas.drawRightString(A4[0] - 50, 30, f"Page {doc.page}")
        canvas.restoreState()
    return draw


def pdf_doc(path, title, author, subject):
    return BaseDocTemplate(str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                           title=title, author=author, subject=subject, creator="Draymere & Ostleigh STP PMO")


# ----------------------------------------------------------------------------------------------------------------
# 01 Annex A (PDF)
# ----------------------------------------------------------------------------------------------------------------
def directory_rows():
    rows = [("section", "Partnership and programme governance")]
    rows += [
        ("Independent Chair, STP Partnership Board", "Professor Annelise Thorncroft"),
        ("STP Lead; Chair, STP Programme Board", "Gideon Farraday-Holt (Chief Executive, DTH)"),
        ("STP Programme Director", "Rowena Achterberg"),
        ("STP Finance Lead", "Desmond Whitlow (Director of Finance, OGH)"),
        ("Chair, Clinical Reference Group", "Dr Benedikt Sallis"),
        ("Head of PMO", "Tamsin Greelock"),
        ("Communications & Engagement Lead", "Joss Fairweather"),
    ]
    rows.append(("section", "Programmes"))
    for code, name, sro, title, cl in PROGRAMMES:
        rows.append((f"SRO, {code} {name}", f"{sro} ({title})"))
        rows.append((f"Clinical lead, {code} {name}", cl))
    rows.append(("section", "Enablers"))
    rows += [
        ("Lead, E1 Digital", "Kwame Ashdown (Chief Information Officer, DTH)"),
        ("Lead, E2 Workforce", "Linnea Harcourt (Director of Workforce, OGH)"),
        ("Lead, E3 Estates", "tbc"),
    ]
    rows.append(("section", "Places"))
    rows += [
        ("Place lead, Draymere", "Yvette Samarasinghe (Director of Commissioning, NHS Draymere CCG)"),
        ("Place lead, Ostleigh & Fellbrook", "Helena Brisco"),
    ]
    return rows


def annex(path):
    doc = pdf_doc(path, "Draymere & Ostleigh STP Annex A: Delivery Plan", "Rowena Achterberg",
                  "STP delivery plan 2016/17 to 2020/21, v1.3")
    on_page = running("Draymere & Ostleigh Sustainability and Transformation Plan  |  Annex A: Delivery Plan  |  "
                      "v1.3, 18 November 2016", "Annex A to the STP submission of 21 October 2016")
    full = Frame(50, 50, A4[0] - 100, A4[1] - 100, id="full")
    top_h = 150
    top = Frame(50, A4[1] - 50 - top_h, A4[0] - 100, top_h, id="top")
    col_w = (A4[0] - 100 - 16) / 2
    col_h = A4[1] - 100 - top_h - 6
    left = Frame(50, 50, col_w, col_h, id="left")
    right = Frame(50 + col_w + 16, 50, col_w, col_h, id="right")
    doc.addPageTemplates([PageTemplate("plain", [full], onPage=on_page),
                          PageTemplate("directory", [top, left, right], onPage=on_page)])

    pop_d, pop_o = 468900, 343500
    gap, cip, stf = 236.8, 68.0, 27.5
    total_2021 = round(sum(v[4] for v in SAVINGS.values()), 1)
    assert round(total_2021 + cip + stf, 1) == gap
    story = [
        p("Draymere &amp; Ostleigh Sustainability and Transformation Plan", H1),
        p("<b>Annex A: Delivery Plan 2016/17 to 2020/21</b>", ParagraphStyle("sub", parent=BODY, fontSize=12,
                                                                              leading=15)),
        p("Version 1.3, 18 November 2016. Prepared by the STP Programme Office for the Partnership Board."),
        Spacer(1, 8),
        p("1. Purpose and the footprint", H2),
        numbered("1.1", "This annex sets out who leads the plan, what each programme will deliver in each of our two "
                        "places and when, and what the programmes save. It replaces the delivery tables of the "
                        "October submission."),
        numbered("1.2", f"The footprint serves a registered population of <b>{pop_d + pop_o:,}</b>: {pop_d:,} in "
                        f"Draymere and {pop_o:,} in Ostleigh &amp; Fellbrook. The partners are NHS Draymere CCG, NHS "
                        "Ostleigh &amp; Fellbrook CCG, Draymere Teaching Hospitals NHS Foundation Trust (DTH, which "
                        "runs Draymere Royal Infirmary), Ostleigh General Hospital NHS Trust (OGH), Fellside Care NHS "
                        "Foundation Trust (FCT, mental health and community services), Draymere City Council and "
                        "Ostleigh County Council."),
        numbered("1.3", f"If nothing changes, the health and care system faces a financial gap of <b>£{gap}m</b> "
                        "in 2020/21 (the do-nothing gap)."),
        numbered("1.4", "The plan is delivered through six programmes (P1 to P6) and three enablers (E1 Digital, E2 "
                        "Workforce, E3 Estates). Section 2 lists the people who lead them, section 3 the initiatives "
                        "by place and section 4 the savings. Coverage of the nine national must-dos is kept in the "
                        "PMO tracker workbook, sheet \u2018Must-dos\u2019."),
        numbered("1.5", "Milestones in this annex are the baseline. Forecast dates are kept month by month in the "
                        "PMO tracker workbook."),
        NextPageTemplate("directory"), PageBreak(),
        p("2. Who\u2019s who", H2),
        numbered("2.1", "Table 1 lists the people who lead the STP, its programmes, its enablers and its two places. "
                        "Each programme has a Senior Responsible Owner (SRO), who is accountable for delivery, and a "
                        "clinical lead. Initiative leads are named in Table 2."),
        numbered("2.2", "Organisations are shortened to DTH, OGH and FCT as in paragraph 1.2. Where a post is not "
                        "yet filled the table says tbc."),
        numbered("2.3", "Changes to Table 1 are agreed by the STP Programme Board and recorded in its minutes."),
        FrameBreak(),
    ]
    rows = [[p("<b>Role</b>", HEADW), p("<b>Name</b>", HEADW)]]
    style = [("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5A6")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for role, name in directory_rows():
        if role == "section":
            rows.append([p(f"<b>{name}</b>", SMALLB), ""])
            style += [("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)),
                      ("BACKGROUND", (0, len(rows) - 1), (1, len(rows) - 1), PALE)]
        else:
            rows.append([p(role, SMALL), p(name, SMALL)])
    t = Table(rows, colWidths=[col_w * 0.47, col_w * 0.53], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [p("<b>Table 1: Who\u2019s who</b>", SMALLB), Spacer(1, 3), t,
              NextPageTemplate("plain"), PageBreak()]

    # section 3: initiatives by place
    story += [
        p("3. Initiatives by place", H2),
        numbered("3.1", "Table 2 lists each programme\u2019s initiatives. Most are delivered separately in each "
                        "place, with a lead and a go-live date for Draymere and for Ostleigh &amp; Fellbrook; "
                        "initiatives run once for the whole footprint have one lead and one date across both places. "
                        "n/a means the initiative does not apply in that place. Numbers in square brackets refer to "
                        "the notes at the end of this annex."),
    ]
    widths = [36, 121, 86, 83, 86, 83]
    rows = [["", "", p("Draymere", HEADWC), "", p("Ostleigh &amp; Fellbrook", HEADWC), ""],
            [p(h, HEADW) for h in ("Ref", "Initiative", "Lead", "Go-live", "Lead", "Go-live")]]
    style = [("BACKGROUND", (0, 0), (-1, 1), TEAL), ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5A6")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("LINEBELOW", (0, 1), (-1, 1), 1.2, colors.black)]
    for code, name, sro, _t, _cl in PROGRAMMES:
        rows.append([p(f"<b>{code} {name}</b>", SMALLB), "", "", "", "", ""])
        r = len(rows) - 1
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND)]
        for ref, what, dray, ost, fw in INITIATIVES[code]:
            if fw:
                rows.append([p(ref, SMALL), p(what, SMALL),
                             p(f"<i>Footprint-wide</i> \u2014 Lead: {fw[0]}; Go-live: {fw[1]}", SMALL), "", "", ""])
                r = len(rows) - 1
                style.append(("SPAN", (2, r), (5, r)))
            else:
                rows.append([p(ref, SMALL), p(what, SMALL), p(dray[0], SMALL), p(dray[1], SMALL), p(ost[0], SMALL),
                             p(ost[1], SMALL)])
    t = Table(rows, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    story += [Spacer(1, 4), p("<b>Table 2: Initiatives, leads and go-live dates by place</b>", SMALLB),
              Spacer(1, 3), t]

    # section 4: savings
    story += [PageBreak(), p("4. Savings", H2),
              numbered("4.1", "Table 3 shows the recurrent savings each programme delivers, in £m, by financial year "
                              "(April to March).")]
    rows = [[p(h, HEADW) for h in ["Programme"] + YEARS + ["Total"]]]
    for code, name, *_ in PROGRAMMES:
        vals = SAVINGS[code]
        rows.append([p(f"{code} {name}", SMALL)] + [f1(v) for v in vals] + [f1(sum(vals))])
    col_tot = [round(sum(SAVINGS[c][i] for c in SAVINGS), 1) for i in range(5)]
    rows.append([p("<b>Total</b>", SMALLB)] + [f1(v) for v in col_tot] + [f1(sum(col_tot))])
    t = Table(rows, colWidths=[150, 55, 55, 55, 55, 55, 60])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5A6")),
                           ("BACKGROUND", (0, -1), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [p("<b>Table 3: Programme savings, £m</b>", SMALLB), Spacer(1, 3), t, Spacer(1, 8),
              numbered("4.2", f"In 2020/21 the do-nothing gap of £{gap}m is closed by programme savings of "
                              f"£{f1(total_2021)}m, provider efficiencies (CIP) of £{cip}m and Sustainability and "
                              f"Transformation Funding of £{stf}m."),
              numbered("4.3", "Savings are net of the investment each programme needs; the investment cases sit with "
                              "each programme\u2019s business cases."),
              p("5. Governance and reporting", H2),
              numbered("5.1", "The STP Partnership Board, chaired by the Independent Chair, meets on the third "
                              "Tuesday of every other month and holds the programmes to account."),
              numbered("5.2", "The STP Programme Board, chaired by the STP Lead, meets monthly (except in August and "
                              "February) and agrees changes to leads and dates. Its minutes record every change."),
              numbered("5.3", "The Head of PMO keeps the milestone tracker and publishes a snapshot at each month "
                              "end."),
              PageBreak(), p("Notes", H2)]
    story += [p(n, NOTE) for n in ENDNOTES]
    doc.build(story)


# ----------------------------------------------------------------------------------------------------------------
# 02 January minutes (PDF)
# ----------------------------------------------------------------------------------------------------------------
JAN_ACTIONS = [
    ("A17-01", "PB/17/02", "Circulate the revised Programme Board terms of reference", "Tamsin Greelock",
     "02/02/2017"),
    ("A17-02", "PB/17/03", "Agree the communications plan for the opening of the wave 1 hubs", "Joss Fairweather",
     "28/02/2017"),
    ("A17-03", "PB/17/04", "Bring the full business case for the Ostleigh urgent treatment centre", "Kieran Battersby",
     "16/03/2017"),
    ("A17-04", "PB/17/05", "Produce the STP workforce plan", "Linnea Harcourt", "28/02/2017"),
    ("A17-05", "PB/17/06", "Confirm a go-live date for community ophthalmology in Ostleigh", "Rhona Kilbride",
     "16/03/2017"),
    ("A17-06", "PB/17/07", "Bring a timetable for the stroke public consultation", "Dr Toby Raistrick", "16/03/2017"),
    ("A17-07", "PB/17/08", "Find an Estates lead among the partners", "Gideon Farraday-Holt", "16/03/2017"),
]


def jan_minutes(path):
    doc = pdf_doc(path, "STP Programme Board minutes, 19 January 2017 (draft)", "Tamsin Greelock",
                  "Draft minutes, to be approved at the next meeting")
    on_page = running("Draymere & Ostleigh STP Programme Board  |  Minutes of 19 January 2017  |  DRAFT",
                      "Draft until approved by the Programme Board")
    doc.addPageTemplates([PageTemplate("plain", [Frame(50, 50, A4[0] - 100, A4[1] - 100)], onPage=on_page)])
    present = [("Gideon Farraday-Holt", "GFH", "STP Lead (Chair)"),
               ("Rowena Achterberg", "RA", "STP Programme Director"),
               ("Desmond Whitlow", "DW", "STP Finance Lead"),
               ("Dr Maren Quilliam", "MQ", "SRO, P1 Healthier Lives"),
               ("Helena Brisco", "HB", "SRO, P2 Care Closer to Home"),
               ("Alastair Pennock", "AP", "SRO, P3 Urgent & Emergency Care"),
               ("Cressida Vantongeren", "CV", "SRO, P4 Planned Care & Diagnostics"),
               ("Linnea Harcourt", "LH", "Lead, E2 Workforce"),
               ("Dr Amara Idowu-Barnes", "AIB", "Clinical lead, P2 (item 3)"),
               ("Kieran Battersby", "KB", "UTC project lead, OGH (item 4)"),
               ("Dr Toby Raistrick", "TR", "Clinical lead, P6 (item 7)"),
               ("Tamsin Greelock", "TG", "Head of PMO (minutes)")]
    rows = [[p(h, HEADW) for h in ("Name", "Initials", "Role")]] + [[p(a, SMALL), p(b, SMALL), p(c, SMALL)]
                                                                      for a, b, c in present]
    t = Table(rows, colWidths=[150, 50, 295])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    m = lambda num, head: p(f"<b>{num}&nbsp;&nbsp;{head}</b>", ParagraphStyle(  # noqa: E731
        "mh", parent=BODY, spaceBefore=6, spaceAfter=3))
    story = [
        p("Draymere &amp; Ostleigh STP Programme Board", H1),
        p("<b>Minutes of the meeting held on Thursday 19 January 2017, 14:00 to 16:30, Boardroom, Draymere Royal "
          "Infirmary</b>"),
        p("DRAFT: to be approved at the next meeting.",
          ParagraphStyle("it", parent=BODY, fontName="Helvetica-Oblique")),
        p("<b>Present and in attendance</b>"), t, Spacer(1, 4),
        p("<b>Apologies:</b> Niamh Dunleavy (SRO, P5), Bernadette Lisle (SRO, P6), Kwame Ashdown (Lead, E1 Digital)."),
        m("PB/17/01", "Welcome and apologies"),
        p("GFH welcomed members. Apologies were noted as above. The meeting was quorate."),
        m("PB/17/02", "Minutes of 15 December 2016 and terms of reference"),
        p("The minutes were approved. RA presented revised terms of reference reflecting the six programmes and "
          "three enablers; approved subject to minor drafting. TG to circulate (action A17-01)."),
        m("PB/17/03", "P2 Care Closer to Home: Draymere hubs"),
        p("HB reported that the first three Draymere hubs (wave 1) will go live on 1 April 2017. AIB confirmed GP "
          "cover is agreed for all three sites. The Board asked for a joint communications plan for the opening "
          "(action A17-02)."),
        m("PB/17/04", "P3 Urgent & Emergency Care: Ostleigh urgent treatment centre"),
        p("KB presented the outline business case for the urgent treatment centre at Ostleigh General Hospital. The "
          "planned opening remains 1 December 2017. The full business case is to come to the March meeting "
          "(action A17-03)."),
        m("PB/17/05", "E2 Workforce"),
        p("LH described the approach to the STP workforce plan, which NHS England expects by the end of February. "
          "LH to produce the plan (action A17-04)."),
        m("PB/17/06", "P4 Planned Care & Diagnostics"),
        p("CV reported that the MSK triage service and advice &amp; guidance remain on track. The go-live of "
          "community ophthalmology in Ostleigh is still tbc pending recruitment (action A17-05)."),
        m("PB/17/07", "P6 Hospital Services Together: stroke"),
        p("TR reported that the clinical senate review of hyper-acute stroke services will take place on 7 February "
          "2017. The timing of the public consultation remains unknown until the review reports (action A17-06)."),
        m("PB/17/08", "E3 Estates"),
        p("The Estates lead post remains vacant. GFH to approach partners for a nominee (action A17-07)."),
        m("PB/17/09", "Any other business and next meeting"),
        p("None. There is no meeting in February. Next meeting: Thursday 16 March 2017, 14:00, Boardroom, Draymere "
          "Royal Infirmary."),
        Spacer(1, 6), p("<b>Action log</b>", H2),
    ]
    rows = [[p(h, HEADW) for h in ("No.", "Minute", "Action", "Owner", "Due")]]
    rows += [[p(a, SMALL), p(b, SMALL), p(c, SMALL), p(d, SMALL), p(e, SMALL)] for a, b, c, d, e in JAN_ACTIONS]
    t = Table(rows, colWidths=[45, 50, 215, 110, 75], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    doc.build(story)


# ----------------------------------------------------------------------------------------------------------------
# 03 Partnership Board update (PowerPoint)
# ----------------------------------------------------------------------------------------------------------------
def deck(path):
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    teal = RGBColor(0x1B, 0x5E, 0x63)

    def title_only(text):
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = text
        s.shapes.title.left, s.shapes.title.top = Inches(0.5), Inches(0.3)
        s.shapes.title.width, s.shapes.title.height = Inches(12.3), Inches(0.9)
        for para in s.shapes.title.text_frame.paragraphs:
            for r in para.runs:
                r.font.size, r.font.bold, r.font.color.rgb = Pt(28), True, teal
            para.alignment = PP_ALIGN.LEFT
        return s

    def textbox(s, x, y, w, h, lines, size=14, bold=False, colour=None, align=None):
        tb = s.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(lines):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            para.text = line
            if align:
                para.alignment = align
            for r in para.runs:
                r.font.size, r.font.bold = Pt(size), bold
                if colour:
                    r.font.color.rgb = colour
        return tb

    def table(s, x, y, w, rows, widths, size=12):
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w),
                                   Inches(0.4 * len(rows)))
        tbl = shape.table
        for j, wd in enumerate(widths):
            tbl.columns[j].width = Emu(int(Inches(wd)))
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = tbl.cell(i, j)
                cell.text = val
                for para in cell.text_frame.paragraphs:
                    for r in para.runs:
                        r.font.size, r.font.bold = Pt(size), i == 0
        return tbl

    # 1 title
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Draymere & Ostleigh STP: Partnership Board update"
    s.placeholders[1].text = "21 February 2017 | presented by Rowena Achterberg, STP Programme Director"

    # 2 hidden, superseded leadership table (October 2016)
    s = title_only("Programme leadership, October 2016 (SUPERSEDED)")
    s._element.set("show", "0")
    old = {"P2": ("Helena Brisco", "Dr Amara Idowu-Barnes"), "P4": ("Martin Oyelaran", "Mr Hamid Barraclough"),
           "P6": ("Bernadette Lisle", "tbc")}
    rows = [["Programme", "SRO", "Clinical lead"]]
    for code, name, sro, _t, cl in PROGRAMMES:
        o_sro, o_cl = old.get(code, (sro, cl))
        rows.append([f"{code} {name}", o_sro, o_cl])
    table(s, 0.6, 1.4, 12.0, rows, [4.4, 3.8, 3.8])
    textbox(s, 0.6, 6.4, 12.0, 0.6, ["Superseded by the next slide; kept for reference only."], 12)

    # 3 current leadership
    s = title_only("Programme leadership, February 2017")
    rows = [["Programme", "SRO", "Clinical lead"]] + [[f"{c} {n}", sro, cl] for c, n, sro, _t, cl in PROGRAMMES]
    rows += [["E1 Digital", "Kwame Ashdown", "-"], ["E2 Workforce", "Linnea Harcourt", "-"],
             ["E3 Estates", "tbc", "-"]]
    table(s, 0.6, 1.3, 12.0, rows, [4.4, 3.8, 3.8], 12)

    # 4 key dates as calendar tiles: month box, day box, label
    s = title_only("Key dates in 2017")
    events = [("FEB", "28", "STP workforce plan due to NHS England"),
              ("MAR", "16", "Programme Board: Ostleigh UTC full business case"),
              ("APR", "01", "Draymere wave 1 hubs open (Kilnworth, Saltry Moor, Draymere Central)"),
              ("APR", "18", "Next Partnership Board"),
              ("JUL", "03", "Draymere Safe Haven opens"),
              ("DEC", "01", "Ostleigh urgent treatment centre opens")]
    for i, (mon, day, label) in enumerate(events):
        col, row = i % 3, i // 3
        x, y = 0.7 + col * 4.2, 1.6 + row * 2.7
        m = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(1.3), Inches(0.5))
        m.fill.solid()
        m.fill.fore_color.rgb = RGBColor(0xC0, 0x39, 0x2B)
        m.line.fill.background()
        m.text_frame.text = mon
        d = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y + 0.5), Inches(1.3), Inches(1.0))
        d.fill.solid()
        d.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        d.line.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
        d.text_frame.text = day
        for shp, size, col_rgb in ((m, 16, RGBColor(0xFF, 0xFF, 0xFF)), (d, 36, RGBColor(0x22, 0x22, 0x22))):
            for para in shp.text_frame.paragraphs:
                para.alignment = PP_ALIGN.CENTER
                for r in para.runs:
                    r.font.size, r.font.bold, r.font.color.rgb = Pt(size), True, col_rgb
        textbox(s, x + 1.45, y + 0.15, 2.55, 1.4, [label], 14)

    # 5 headline numbers, each number and its caption in separate boxes
    s = title_only("Our plan in numbers")
    figures = [("812,400", "people registered with our 96 GP practices"),
               ("£236.8m", "do-nothing gap in 2020/21"),
               ("7", "neighbourhood hubs planned in Draymere"),
               ("£141.3m", "programme savings in 2020/21")]
    for i, (num, cap) in enumerate(figures):
        x = 0.6 + i * 3.1
        textbox(s, x, 2.2, 2.9, 1.2, [num], 40, True, teal, PP_ALIGN.CENTER)
        textbox(s, x, 3.5, 2.9, 1.2, [cap], 14, False, None, PP_ALIGN.CENTER)

    # 6 progress table
    s = title_only("Progress since November")
    rows = [["Ref", "Milestone", "Place", "Due", "Status"],
            ["P3.2", "Streaming at the ED front door", "Draymere", "Qtr 4 16/17", "On track"],
            ["P1.1", "NDPP (diabetes prevention) first cohort", "Draymere", "01/07/2017", "On track"],
            ["P4.2", "Advice & guidance, all specialties", "Both", "30/09/2017", "On track"],
            ["P4.3", "Community ophthalmology", "Ostleigh & Fellbrook", "tbc", "At risk"],
            ["P6.2", "Shared pathology full business case", "Both", "Mar-17", "At risk"]]
    table(s, 0.6, 1.4, 12.0, rows, [1.0, 4.6, 2.6, 2.0, 1.8], 13)

    # 7 asks, a typed numbered list
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "What we ask of the Partnership Board"
    asks = ["1. Note the progress of the six programmes since November.",
            "2. Approve the process for signing off the STP workforce plan before 28 February 2017.",
            "3. Endorse the pre-consultation business case for hyper-acute stroke services.",
            "4. Agree that one partner nominates an Estates lead by the March Programme Board."]
    tf = s.placeholders[1].text_frame
    for i, a in enumerate(asks):
        para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        para.text = a

    cp = prs.core_properties
    cp.author = cp.last_modified_by = "Rowena Achterberg"
    cp.title = "Partnership Board update, 21 February 2017"
    cp.created = cp.modified = datetime(2017, 2, 17, 16, 30, 0)
    cp.revision = 4
    prs.save(str(path))


# ----------------------------------------------------------------------------------------------------------------
# 04 March minutes (Word)
# ----------------------------------------------------------------------------------------------------------------
def mar_minutes(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Draymere & Ostleigh STP Programme Board", level=0)
    doc.add_paragraph("Minutes of the meeting held on Thursday 16 March 2017, 14:00 to 16:15, Boardroom, Draymere "
                      "Royal Infirmary")
    doc.add_paragraph("Present", style="Heading 3")
    present = [("Gideon Farraday-Holt", "STP Lead (Chair)"), ("Rowena Achterberg", "STP Programme Director"),
               ("Desmond Whitlow", "STP Finance Lead"), ("Helena Brisco", "SRO, P2 Care Closer to Home"),
               ("Alastair Pennock", "SRO, P3 Urgent & Emergency Care"),
               ("Yvette Samarasinghe", "Place lead, Draymere"),
               ("Cressida Vantongeren", "SRO, P4 Planned Care & Diagnostics"),
               ("Niamh Dunleavy", "SRO, P5 Mental Health & Learning Disabilities"),
               ("Bernadette Lisle", "SRO, P6 Hospital Services Together"),
               ("Kieran Battersby", "UTC project lead, OGH (item 5)"),
               ("Tamsin Greelock", "Head of PMO (minutes)")]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Name", "Role"
    for a, b in present:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph("Apologies: Dr Maren Quilliam (SRO, P1 Healthier Lives), Linnea Harcourt (Lead, E2 "
                      "Workforce).")

    doc.add_heading("1. Welcome and apologies", level=2)
    doc.add_paragraph("The Chair welcomed members. Apologies were noted as above.")
    doc.add_heading("2. Minutes of the meeting held on 19 January 2017", level=2)
    doc.add_paragraph("The minutes were approved as an accurate record subject to one correction: in minute "
                      "PB/17/03 the go-live date of the Draymere wave 1 hubs should read 3 April 2017, not 1 April "
                      "2017, as 1 April 2017 falls on a Saturday. The PMO will correct the tracker.")
    doc.add_heading("3. Matters arising and action log", level=2)
    doc.add_paragraph("Updates on the actions from the meeting of 19 January 2017:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("Action", "Update", "Status")):
        cell.text = h
    updates = [("A17-01", "Circulated on 1 February 2017.", "Closed"),
               ("A17-02", "Plan agreed; the opening event moves to 3 April 2017 in line with item 2.", "Closed"),
               ("A17-03", "Received; see item 5.", "Closed"),
               ("A17-04", "Submitted to NHS England on 24 February 2017.", "Closed"),
               ("A17-05", "Go-live set for Q2 2017/18, subject to recruiting two optometrists.", "Closed"),
               ("A17-06", "Received; see item 6.", "Closed"),
               ("A17-07", "Nominee found; see item 7.", "Closed")]
    for row in updates:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            cell.text = v

    doc.add_heading("4. P3 Urgent & Emergency Care: leadership", level=2)
    doc.add_paragraph("Alastair Pennock will retire at the end of March. He remains SRO for Urgent & Emergency Care "
                      "until 31 March 2017. The Board agreed that Yvette Samarasinghe will be SRO for Urgent & "
                      "Emergency Care from 1 April 2017, alongside her role as place lead for Draymere. The Chair "
                      "thanked Alastair for his work.")
    doc.add_heading("5. Ostleigh urgent treatment centre: full business case", level=2)
    doc.add_paragraph("Kieran Battersby presented the full business case, which the Board approved for submission "
                      "to the Partnership Board. Ground works on the Ostleigh General Hospital site will take eight "
                      "weeks longer than planned, so the opening moves from 1 December 2017 to 31 January 2018.")
    doc.add_heading("6. Hyper-acute stroke services: consultation", level=2)
    doc.add_paragraph("Following the clinical senate review and NHS England assurance, the public consultation on "
                      "hyper-acute stroke services will open on 5 June 2017. The closing date will be set when the "
                      "Partnership Board signs off the consultation document.")
    doc.add_heading("7. E3 Estates lead", level=2)
    doc.add_paragraph("Gwilym Pryce-Adair, Director of Estates at Ostleigh General Hospital NHS Trust, will be "
                      "Estates lead from 1 May 2017. Until then the STP Programme Director holds the Estates brief.")
    doc.add_heading("8. Any other business", level=2)
    doc.add_paragraph("None.")
    doc.add_heading("9. Date of next meeting", level=2)
    doc.add_paragraph("Thursday 20 April 2017, 14:00, Boardroom, Draymere Royal Infirmary.")
    doc.add_heading("New actions", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("No.", "Action", "Owner", "Due")):
        cell.text = h
    for row in [("A17-08", "Correct the tracker and Annex A Table 1", "TG", "31/03/2017"),
                ("A17-09", "Take the UTC full business case to the Partnership Board", "KB", "18/04/2017"),
                ("A17-10", "Brief the new Estates lead", "RA", "05/05/2017")]:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            cell.text = v

    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Tamsin Greelock"
    cp.title = "Programme Board minutes, 16 March 2017"
    cp.created = cp.modified = datetime(2017, 3, 20, 10, 0, 0)
    cp.revision = 2
    doc.save(str(path))


# ----------------------------------------------------------------------------------------------------------------
# 05 PMO tracker (Excel): monthly snapshot tabs, newest first, and a boolean must-do sheet
# ----------------------------------------------------------------------------------------------------------------
TABS = ["Mar-17", "Feb-17", "Jan-17", "Dec-16"]
TAB_END = {"Dec-16": date(2016, 12, 31), "Jan-17": date(2017, 1, 31), "Feb-17": date(2017, 2, 28),
           "Mar-17": date(2017, 3, 31)}
D = date
# ref, place, milestone, owner, baseline, {tab: (forecast, RAG, comment)} ; tabs not named copy the previous month
TRACK = [
    ("P1.1", "Draymere", "NDPP (diabetes prevention) first cohort starts", "Dr Osric Tellwright", D(2017, 7, 1), {}),
    ("P1.1", "Ostleigh & Fellbrook", "NDPP (diabetes prevention) first cohort starts", "Sunniva Marchant",
     "Q3 2017/18", {"Mar-17": (D(2017, 10, 2), "Green", "Provider confirmed start date")}),
    ("P1.2", "Both", "MECC: 2,000 front-line staff trained", "Priya Halloran", "end of March 2018", {}),
    ("P1.3", "Draymere", "Alcohol care team in post at DRI", "Dr Osric Tellwright", "Oct-17", {}),
    ("P2.1", "Draymere", "Wave 1 hubs live (3 hubs)", "Dr Amara Idowu-Barnes", D(2017, 4, 1),
     {"Mar-17": (D(2017, 4, 3), "Green", "Corrected by Programme Board 16/03/2017: 1 April 2017 is a Saturday")}),
    ("P2.1", "Draymere", "Wave 2 hubs live (4 hubs)", "Dr Amara Idowu-Barnes", "Q3 2017/18", {}),
    ("P2.1", "Ostleigh & Fellbrook", "Hubs live (3 hubs)", "Lionel Ferrow", "Q1 2018/19",
     {"Jan-17": ("Q1 2018/19", "Amber", "Depends on Fellbrook Health Centre lease")}),
    ("P2.2", "Draymere", "Extended access live in all practices", "Dr Farah Quennell", D(2017, 10, 1), {}),
    ("P2.2", "Ostleigh & Fellbrook", "Extended access live in all practices", "Dr Gethin Mowbray", D(2018, 3, 31),
     {"Feb-17": (D(2017, 9, 30), "Green", "Brought forward from 31/03/2018: GP Forward View funding agreed")}),
    ("P2.3", "Both", "Care home support team covers all care homes", "Moira Tennent", "Winter 2017/18", {}),
    ("P3.1", "Ostleigh & Fellbrook", "Urgent treatment centre opens", "Kieran Battersby", "Winter 2017/18",
     {"Dec-16": (D(2017, 12, 1), "Green", ""),
      "Feb-17": (D(2017, 12, 1), "Amber", "Ground conditions survey awaited"),
      "Mar-17": (D(2018, 1, 31), "Red", "FBC approved 16/03/2017; ground works eight weeks longer")}),
    ("P3.2", "Draymere", "ED streaming live", "Dr Callum Ferrier", "Qtr 4 16/17",
     {"Mar-17": (D(2017, 3, 20), "Complete", "Went live 20/03/2017")}),
    ("P3.2", "Ostleigh & Fellbrook", "ED streaming live", "Dr Ines Albrecht", "Q1 2017/18", {}),
    ("P3.3", "Both", "NHS 111 clinical assessment service live", "Hollis Varga", "March 2018", {}),
    ("P4.1", "Both", "MSK triage and treatment service live", "Mr Hamid Barraclough", "Q2 2017/18", {}),
    ("P4.2", "Both", "Advice & guidance live in all specialties", "Dr Felicity Anand", D(2017, 9, 30), {}),
    ("P4.3", "Ostleigh & Fellbrook", "Community ophthalmology live", "Rhona Kilbride", "tbc",
     {"Dec-16": ("tbc", "Amber", "Recruitment"),
      "Mar-17": ("Q2 2017/18", "Amber", "Set by Programme Board 16/03/2017 (A17-05)")}),
    ("P5.1", "Draymere", "Draymere Safe Haven opens", "Dr Ezra Mountjoy", "Summer 2017",
     {"Jan-17": (D(2017, 7, 3), "Green", "Premises agreed")}),
    ("P5.1", "Ostleigh & Fellbrook", "Ostleigh crisis house opens", "Delyth Garrow", "Q4 2017/18", {}),
    ("P5.2", "Both", "IAPT access reaches 19%", "Tobias Wren", "by 31/03/2019", {}),
    ("P5.3", "Both", "Perinatal community team in place", "Dr Ezra Mountjoy", "time frame as yet unknown",
     {"Dec-16": ("time frame as yet unknown", "Amber", "Awaiting national funding decision")}),
    ("P6.1", "Both", "Stroke public consultation opens", "Dr Toby Raistrick", "time frame as yet unknown",
     {"Dec-16": ("time frame as yet unknown", "Amber", "Clinical senate review first"),
      "Mar-17": (D(2017, 6, 5), "Green", "Set by Programme Board 16/03/2017; closing date to follow")}),
    ("P6.2", "Both", "Shared pathology FBC approved", "Ifeoma Grant", "Mar-17",
     {"Feb-17": ("Mar-17", "Amber", "Finance schedules late"),
      "Mar-17": (D(2017, 5, 31), "Red", "Moved to 31 May 2017: awaiting OGH board sign-off")}),
]

MUSTDOS = [
    (1, "STPs: a plan for the footprint", [True] * 6, "All", "Every programme delivers the STP."),
    (2, "Financial balance", [False, True, False, True, False, True], "P6", ""),
    (3, "General practice: resilience and access", [True, True, False, False, False, False], "P2", ""),
    (4, "A&E and ambulance waits", [False, True, True, False, True, False], "P3", ""),
    (5, "Referral to treatment (18 weeks)", [False, False, False, True, False, True], "P4", ""),
    (6, "Cancer: 62-day standard", [False] * 6, "none",
     "No STP programme: the 62-day standard is delivered through the North Vale Cancer Alliance plan."),
    (7, "Mental health: IAPT, early intervention, dementia", [False, False, True, False, True, False], "P5", ""),
    (8, "Learning disabilities: Transforming Care", [False, False, False, False, True, False], "P5",
     "With the Transforming Care Partnership."),
    (9, "Quality: special measures and CQC ratings", [False, False, True, True, False, True], "P6", ""),
]


def tracker(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    head_fill = PatternFill("solid", fgColor="1B5E63")
    white_b = Font(bold=True, color="FFFFFF")
    rag_fill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Complete": "BDD7EE"}

    ws = wb.active
    ws.title = "Read me"
    readme = [
        "Draymere & Ostleigh STP: PMO milestone tracker",
        "This workbook keeps one tab per month-end snapshot of the milestone tracker, newest first.",
        "Each month the PMO copies the previous tab, updates it and renames it; earlier tabs are never changed.",
        "The newest tab (the first after this sheet) is the current position. Forecast replaces Baseline.",
        "Baseline dates are those of Annex A v1.3 (18 November 2016).",
        "RAG: Green = on track; Amber = at risk; Red = off track, recovery agreed; Complete = delivered.",
        "Must-dos: TRUE means the programme contributes to that national must-do; FALSE means it does not.",
        "Owner: Tamsin Greelock, Head of PMO. Last saved 31/03/2017.",
    ]
    for i, line in enumerate(readme, 1):
        ws.cell(row=i, column=1, value=line)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 110

    state = {}
    for tab in reversed(TABS):  # Dec-16 first, each month copying the last
        for i, (ref, place, what, owner, base, changes) in enumerate(TRACK):
            prev = state.get(i, (base, "Green", ""))
            state[i] = changes.get(tab, prev) if tab in changes else prev
        snap = dict(state)
        ws = wb.create_sheet(tab)
        ws["A1"] = f"Milestone tracker: position as at {TAB_END[tab].strftime('%d/%m/%Y')}"
        ws["A1"].font = Font(bold=True, size=13)
        heads = ["Ref", "Place", "Milestone", "Owner", "Baseline", "Forecast", "RAG", "PMO comment"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.fill, c.font = head_fill, white_b
        for i, (ref, place, what, owner, base, _ch) in enumerate(TRACK):
            fc, rag, comment = snap[i]
            r = 4 + i
            vals = [ref, place, what, owner, base, fc, rag, comment or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, date):
                    c.number_format = "dd/mm/yyyy"
                c.alignment = Alignment(vertical="top", wrap_text=j in (3, 8))
            ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=rag_fill[rag])
        for col, w in zip("ABCDEFGH", (7, 20, 44, 22, 18, 13, 10, 56)):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"
    # openpyxl appends sheets; put the snapshot tabs newest first after "Read me"
    order = ["Read me"] + TABS
    wb._sheets = [wb[n] for n in order]

    ws = wb.create_sheet("Must-dos")
    ws["A1"] = "Coverage of the nine national must-dos (2016/17 planning guidance)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "TRUE = the programme contributes to the must-do; FALSE = it does not. Lead programme in column I."
    heads = ["No.", "National must-do"] + [f"{c} {n}" for c, n, *_ in PROGRAMMES] + ["Lead programme", "Note"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.fill, c.font = head_fill, white_b
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (n, name, marks, lead, note) in enumerate(MUSTDOS):
        r = 4 + i
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=name)
        for j, m in enumerate(marks):
            ws.cell(row=r, column=3 + j, value=m).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=9, value=lead)
        ws.cell(row=r, column=10, value=note or None)
    for col, w in zip("ABCDEFGHIJ", (5, 42, 13, 13, 13, 13, 13, 13, 10, 60)):
        ws.column_dimensions[col].width = w

    wb.properties.creator = "Tamsin Greelock"
    wb.properties.lastModifiedBy = "Tamsin Greelock"
    wb.properties.title = "PMO milestone tracker"
    wb.properties.created = datetime(2016, 12, 30, 9, 0, 0)
    wb.properties.modified = datetime(2017, 3, 31, 17, 0, 0)
    wb.save(str(path))


# ----------------------------------------------------------------------------------------------------------------
# 06 FOI response (plain text)
# ----------------------------------------------------------------------------------------------------------------
def foi(path):
    def para(text, indent=""):
        return textwrap.fill(text, width=72, initial_indent=indent, subsequent_indent=indent,
                             break_on_hyphens=False) + "\n"

    qa = [
        ("Who is the senior responsible officer for the planned urgent treatment centre at Ostleigh General "
         "Hospital, and when will it open?",
         ["The urgent treatment centre is part of the STP's Urgent & Emergency Care programme. Its Senior "
          "Responsible Owner since 1 April 2017 has been Yvette Samarasinghe, Director of Commissioning, NHS "
          "Draymere CCG; before that date the SRO was Alastair Pennock. The project lead at Ostleigh General "
          "Hospital NHS Trust is Kieran Battersby.",
          "The centre is planned to open on 31 January 2018."]),
        ("What is the capital cost of the urgent treatment centre, and how is it funded?",
         ["The total capital cost is £4.6 million: £3.9 million from the STP capital allocation and £0.7 million "
          "from Ostleigh General Hospital NHS Trust's own capital programme."]),
        ("When does the public consultation on hyper-acute stroke services close?",
         ["The consultation opened on 5 June 2017 and closes at 5pm on Friday 25 August 2017. Responses received "
          "after that time cannot be considered."]),
        ("How much did each trust in the STP spend on agency nurses in 2016/17?",
         ["The CCG does not hold this information. Agency staffing costs are held by each provider trust; you may "
          "wish to contact the trusts' own Freedom of Information teams."]),
        ("How many of the planned neighbourhood hubs have opened?",
         ["Three neighbourhood hubs opened in Draymere on 3 April 2017: Kilnworth, Saltry Moor and Draymere "
          "Central. The other four Draymere hubs are planned for Q3 2017/18. No hub has yet opened in Ostleigh & "
          "Fellbrook."]),
        ("How often does the STP Partnership Board meet, and are its papers published?",
         ["The Partnership Board meets on the third Tuesday of every other month. Its papers are published on the "
          "STP website, so under section 21 of the Act we have not reproduced them here."]),
    ]
    out = ["NHS Ostleigh & Fellbrook Clinical Commissioning Group\n",
           "Information Governance Team\n",
           "Fellbrook House, 4 Mill Road, Ostleigh\n",
           "\n",
           "Our ref: FOI-17-0418\n",
           "Date: 12 June 2017\n",
           "\n",
           "Dear Requester\n",
           "\n",
           "Freedom of Information Act 2000: request for information\n",
           "Draymere & Ostleigh Sustainability and Transformation Plan (STP)\n",
           "\n",
           para("Thank you for your request, which we received on 15 May 2017. We are answering on behalf of the "
                "partners of the Draymere & Ostleigh STP. Your questions are quoted below, each followed by our "
                "response."),
           "\n"]
    for i, (q, answers) in enumerate(qa, 1):
        out.append(f"Question {i}\n")
        out.append(para(f'"{q}"', "    "))
        out.append("\n")
        out.append("Response\n")
        for a in answers:
            out.append(para(a))
        out.append("\n")
    out += [para("If you are unhappy with this response you may ask for an internal review within 40 working days "
                 "of the date of this letter, by writing to the Information Governance Team at the address above. "
                 "If you remain unhappy you may complain to the Information Commissioner's Office."),
            "\n",
            "Yours sincerely\n",
            "\n",
            "Marisa Kettleby\n",
            "Information Governance Manager\n",
            "on behalf of NHS Ostleigh & Fellbrook CCG\n"]
    path.write_text("".join(out))


# ----------------------------------------------------------------------------------------------------------------
def fix_zip(path: Path, when: datetime) -> None:
    """Pin the zip entry times and the core-property dates of an Office file."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in entries:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    annex(OUT / ANNEX)
    jan_minutes(OUT / JAN)
    deck(OUT / DECK)
    fix_zip(OUT / DECK, datetime(2017, 2, 17, 16, 30, 0))
    mar_minutes(OUT / MAR)
    fix_zip(OUT / MAR, datetime(2017, 3, 20, 10, 0, 0))
    tracker(OUT / TRACKER)
    fix_zip(OUT / TRACKER, datetime(2017, 3, 31, 17, 0, 0))
    foi(OUT / FOI)
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
