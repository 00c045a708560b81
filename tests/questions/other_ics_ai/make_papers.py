"""Write the made-up papers of the Wychcombe & Harrowby STP (2016/17 round) into papers/ as real files.

  01_WH_STP_Delivery_Plan_Section3_v1.0_21Oct2016.docx   Word delivery plan: Heading 2 per programme, Heading 3 per
                                                          initiative, each followed by a two-column key/value table
  02_WH_STP_Delivery_Roadmap_v1.3_18Nov2016.xlsx          Excel "Gantt": months (real dates) down, programmes across
  03_WH_STP_Must-do_Coverage_and_Key_Figures_21Dec2016.pptx  PowerPoint: ✓ / ✗ / ~ must-do matrix with a legend,
                                                          and a slide of figures (savings table, beds, staff)
  04_WH_STP_Portfolio_Dashboard_Jan2017.pdf               landscape PDF dashboard, one row per programme,
                                                          "Next: <milestone> (<date>)", RAG as words
  05_WH_STP_FW_UEC_SRO_and_UTC_date_16Feb2017.txt         exported e-mail thread; the forwarding note corrects the
                                                          forwarded message's date and moves the UTC go-live
  06_WH_STP_Staff_FAQ_Apr2017.md                          Markdown staff FAQ (board, people, stroke consultation)

Nothing is random; dates in files are pinned where the libraries allow it.
usage: /work/main/.venv/bin/python make_papers.py
"""

from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"
OUT.mkdir(exist_ok=True)
FIXED = datetime(2016, 10, 21, 9, 0, 0)

# ---------------------------------------------------------------------------------------------------------------
# The footprint (single source for every paper)
# ---------------------------------------------------------------------------------------------------------------
PROGRAMMES = [
    # code, name, SRO (name, title), clinical lead
    ("PSC", "Prevention & Self-Care", ("Dr Hannah Marchetti", "Director of Public Health, Wychcombe County Council"),
     "Dr Oluwaseun Brightwater"),
    ("OOH", "Out of Hospital Care", ("Simon Threlkeld", "Chief Officer, Harrowby & Ashdown CCG"),
     "Dr Priyanka Wrenfield"),
    ("UEC", "Urgent & Emergency Care", ("Andrea Kovacs-Hale", "Chief Executive, Wychcombe Hospitals NHS FT"),
     "Dr Fergus Lindqvist"),
    ("PCC", "Planned Care & Cancer", ("Tamsin Yardley", "Director of Commissioning, Lenbridge Vale CCG"),
     "Mr Kwame Ashford-Reid"),
    ("MHLD", "Mental Health & Learning Disabilities", ("Colin Eversleigh", "Chief Executive, Sedgeworth Partnership NHS FT"),
     "Dr Nerys Halloran"),
    ("CSS", "Clinical Services Sustainability", ("Dr Amira Soltani-Webb", "Medical Director, Harrowby & District NHS Trust"),
     "Dr Bartholomew Quint"),
]

# code -> list of initiatives: (ref, title, owner, clinical lead, [(milestone, due)], must-dos)
INITIATIVES = {
    "PSC": [
        ("PSC1", "National Diabetes Prevention Programme roll-out", "Lorna Baptiste", "Dr Oluwaseun Brightwater",
         [("First NDPP cohort referrals from all practices", "Qtr 4 16/17")], "6 (early diagnosis), 9"),
        ("PSC2", "Making Every Contact Count (MECC)", "Desmond Okafor-Lyle", "Dr Oluwaseun Brightwater",
         [("5,000 front-line staff trained in MECC", "by 31 March 2018")], "9"),
        ("PSC3", "Social prescribing: Wychcombe Connect", "Hattie Pennock", "Dr Ines Carbery",
         [("Social prescribing link workers in every locality", "Summer 2017")], "3"),
    ],
    "OOH": [
        ("OOH1", "Integrated locality teams", "Dr Priyanka Wrenfield", "Dr Priyanka Wrenfield",
         [("First four localities live", "Jan-17"), ("All 11 localities live", "Qtr 2 17/18")], "3, 4"),
        ("OOH2", "GP extended access (8am to 8pm, seven days)", "Dr Leon Varga", "Dr Leon Varga",
         [("Extended access available to 100% of the population", "1st October 2017")], "3"),
        ("OOH3", "Enhanced health in care homes", "As OOH1 above", "Dr Gwen Ashdown-Pryce",
         [("Every care home aligned to a named practice", "Qtr 3 17/18")], "2, 4"),
    ],
    "UEC": [
        ("UEC1", "Urgent Treatment Centre at Harrowby Royal Hospital", "Gideon Farrow", "Dr Fergus Lindqvist",
         [("UTC opens 24/7 at Harrowby Royal Hospital", "Dec-17")], "4"),
        ("UEC2", "NHS 111 integrated clinical assessment service (CAS)", "Marjorie Quayle", "Dr Fergus Lindqvist",
         [("CAS live for the whole footprint", "Qtr 1 17/18")], "4, 7"),
        ("UEC3", "Discharge to Assess (D2A)", "Ranjit Bhamra", "Dr Hollie Stannard",
         [("D2A live across both acute trusts", "31/01/2017")], "2, 4"),
    ],
    "PCC": [
        ("PCC1", "MSK triage and treatment service", "Mr Kwame Ashford-Reid", "Mr Kwame Ashford-Reid",
         [("MSK triage service go-live", "Apr-17")], "2, 5"),
        ("PCC2", "Faster cancer diagnosis: one-stop diagnostic clinic", "Dr Saoirse Kilbane", "Dr Saoirse Kilbane",
         [("One-stop diagnostic clinic open at Wychcombe General Hospital", "Qtr 3 17/18")], "6"),
        ("PCC3", "Outpatient follow-up reduction", "Tamsin Yardley", "Mr Kwame Ashford-Reid",
         [("Follow-up attendances down 15% on 2015/16", "2017/18")], "2, 5"),
    ],
    "MHLD": [
        ("MHLD1", "Core 24 liaison psychiatry at Wychcombe General Hospital", "Dr Nerys Halloran", "Dr Nerys Halloran",
         [("Core 24 service live at WGH", "Qtr 4 17/18")], "4, 7"),
        ("MHLD2", "Harrowby crisis house", "Ellis Maddox-Grey", "Dr Nerys Halloran",
         [("Crisis house opens", "time frame as yet unknown")], "7"),
        ("MHLD3", "IAPT expansion", "Bernadette Oyelaran", "Dr Tomasz Wieczorek",
         [("IAPT access rate of 19% of prevalence", "by 31.03.2019")], "7"),
    ],
    "CSS": [
        ("CSS1", "Hyper-acute stroke unit (HASU) consolidation", "Dr Bartholomew Quint", "Dr Bartholomew Quint",
         [("Public consultation launched on a single HASU", "Spring 2017")], "9"),
        ("CSS2", "Shared pathology network", "Nikhil Sarwar", "Dr Philippa Oduya",
         [("Full business case (FBC) to both trust boards", "Feb-17"), ("Hub laboratory live", "2018/19")], "2"),
    ],
}

ENABLERS = [
    ("DIG", "Enabler: Digital", "Oskar Pellegrini", "Chief Information Officer, Wychcombe Hospitals NHS FT",
     [("DIG1", "Wychcombe & Harrowby Care Record", "Oskar Pellegrini",
       [("GP data feed live", "Jun-17"), ("Acute and community feeds live", "Qtr 2 17/18")], "3, 4")]),
    ("WF", "Enabler: Workforce", "Joanna Treharne", "Director of Workforce, Harrowby & District NHS Trust",
     [("WF1", "Bank staff collaborative", "Carys Lamberton", [("Collaborative bank live", "Apr-17")], "2, 9")]),
]

# ✓ / ~ / ✗ must-do matrix: rows in the slide's order
MATRIX_ROWS = [("Prevention & Self-Care (PSC)", "PSC"), ("Out of Hospital Care (OOH)", "OOH"),
               ("Urgent & Emergency Care (UEC)", "UEC"), ("Planned Care & Cancer (PCC)", "PCC"),
               ("Mental Health & LD (MHLD)", "MHLD"), ("Clinical Services Sustainability (CSS)", "CSS"),
               ("Digital (enabler)", "DIG"), ("Workforce (enabler)", "WF")]
FULL = {1: ["PSC", "OOH", "UEC", "PCC", "MHLD", "CSS", "DIG", "WF"], 2: ["PCC", "CSS"], 3: ["OOH"], 4: ["UEC"],
        5: [], 6: ["PCC"], 7: ["MHLD"], 8: [], 9: ["CSS"]}
PART = {1: [], 2: ["OOH", "UEC", "WF"], 3: ["PSC", "DIG"], 4: ["OOH", "MHLD", "DIG"], 5: ["PCC"], 6: ["PSC"],
        7: ["UEC"], 8: [], 9: ["PSC", "WF"]}
MD_HEAD = ["MD1 STP", "MD2 Financial balance", "MD3 General practice", "MD4 A&E and ambulance",
           "MD5 RTT 18 weeks", "MD6 Cancer 62 days", "MD7 Mental health", "MD8 Learning disabilities",
           "MD9 Quality"]

SAVINGS = [("PSC", [0.4, 1.8, 3.9, 5.6, 7.2]), ("OOH", [2.1, 6.4, 11.8, 15.3, 18.0]),
           ("UEC", [1.5, 5.2, 8.7, 10.9, 12.4]), ("PCC", [3.2, 8.9, 13.6, 16.8, 19.5]),
           ("MHLD", [0.6, 1.9, 3.4, 4.7, 5.8]), ("CSS", [4.8, 12.7, 21.5, 27.9, 32.6])]
YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]

# Roadmap: month -> {programme column: text}
ROADMAP = {
    date(2016, 11, 1): {"PSC": "NDPP provider contract signed", "OOH": "Locality leads appointed"},
    date(2017, 1, 1): {"OOH": "◆ OOH1 first four localities live", "UEC": "◆ UEC3 D2A live across both acute trusts"},
    date(2017, 2, 1): {"MHLD": "Core 24 business case to Sedgeworth board",
                       "CSS": "◆ CSS2 pathology FBC to both trust boards"},
    date(2017, 3, 1): {"PSC": "◆ PSC1 first NDPP cohort referrals"},
    date(2017, 4, 1): {"PCC": "◆ PCC1 MSK triage service go-live", "CSS": "CSS1 HASU public consultation launch",
                       "WF": "◆ WF1 collaborative bank live"},
    date(2017, 6, 1): {"UEC": "◆ UEC2 NHS 111 CAS live", "DIG": "◆ DIG1 care record: GP data feed live"},
    date(2017, 7, 1): {"PSC": "PSC3 link workers in every locality"},
    date(2017, 9, 1): {"OOH": "◆ OOH1 all 11 localities live", "DIG": "DIG1 acute and community feeds live"},
    date(2017, 10, 1): {"OOH": "◆ OOH2 extended access 8am-8pm, 7 days"},
    date(2017, 12, 1): {"OOH": "OOH3 every care home aligned to a practice", "UEC": "◆ UEC1 Harrowby UTC opens 24/7",
                        "PCC": "◆ PCC2 one-stop diagnostic clinic opens"},
    date(2018, 3, 1): {"PSC": "PSC2 5,000 staff MECC-trained", "PCC": "PCC3 follow-ups down 15%",
                       "MHLD": "◆ MHLD1 Core 24 live at WGH"},
    date(2018, 6, 1): {"CSS": "CSS2 hub laboratory live (2018/19, month tbc)"},
    date(2019, 3, 1): {"MHLD": "◆ MHLD3 IAPT access 19%"},
}
ROAD_COLS = [("PSC", "Prevention & Self-Care"), ("OOH", "Out of Hospital Care"), ("UEC", "Urgent & Emergency Care"),
             ("PCC", "Planned Care & Cancer"), ("MHLD", "Mental Health & LD"),
             ("CSS", "Clinical Services Sustainability"), ("DIG", "Digital"), ("WF", "Workforce")]


def sro_of(code):
    for p in PROGRAMMES:
        if p[0] == code:
            return p[2][0]
    for e in ENABLERS:
        if e[0] == code:
            return e[2]


# ---------------------------------------------------------------------------------------------------------------
# 01 Word delivery plan
# ---------------------------------------------------------------------------------------------------------------
def word_plan():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.core_properties.author = "Wychcombe & Harrowby STP PMO"
    doc.core_properties.title = "Wychcombe & Harrowby STP Delivery Plan Section 3"
    header = doc.sections[0].header.paragraphs[0]
    header.text = "Wychcombe & Harrowby STP | Delivery Plan v1.0 | 21 October 2016 | DRAFT for submission"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Section 3: Programme delivery plans"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)

    def kv_table(rows):
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for key, value in rows:
            cells = table.add_row().cells
            cells[0].text = key
            cells[1].text = value
            shade(cells[0], "DCE6F1")
            for run in cells[0].paragraphs[0].runs:
                run.bold = True
                run.font.size = Pt(9)
            for run in cells[1].paragraphs[0].runs:
                run.font.size = Pt(9)

    doc.add_heading("Wychcombe & Harrowby Sustainability and Transformation Plan", level=0)
    doc.add_paragraph("Section 3: Programme delivery plans. Version 1.0, 21 October 2016, submitted to NHS England "
                      "and NHS Improvement with the STP narrative.")
    doc.add_heading("3 Programme delivery plans", level=1)
    doc.add_paragraph(
        "This section sets out, programme by programme, the initiatives we will focus on in 2016/17 - 17/18. Each "
        "programme has a Senior Responsible Officer (SRO) drawn from one of the partner organisations and a clinical "
        "lead. Under each initiative a short table gives its owner, clinical lead, key milestone(s), the date the "
        "milestone is due and the national must-dos (numbered 1 to 9 as in the 2016/17 planning guidance) it "
        "supports. Where an initiative has two milestones they are lettered (a) and (b) in both the milestone and "
        "the due row.")
    for n, (code, name, (sro, title), lead) in enumerate(PROGRAMMES, 1):
        doc.add_heading(f"3.{n} {name} ({code})", level=2)
        doc.add_paragraph(f"Programme SRO: {sro}, {title}. Programme clinical lead: {lead}.")
        for ref, title_i, owner, clead, miles, mds in INITIATIVES[code]:
            doc.add_heading(f"{ref} {title_i}", level=3)
            if len(miles) == 1:
                ms, due = miles[0][0], miles[0][1]
            else:
                ms = "; ".join(f"({'ab'[i]}) {m}" for i, (m, _) in enumerate(miles))
                due = "; ".join(f"({'ab'[i]}) {d}" for i, (_, d) in enumerate(miles))
            kv_table([("Owner", owner), ("Clinical lead", clead), ("Key milestone", ms), ("Due", due),
                      ("Must-dos", mds)])
    for n, (code, name, sro, title, inits) in enumerate(ENABLERS, len(PROGRAMMES) + 1):
        doc.add_heading(f"3.{n} {name} ({code})", level=2)
        doc.add_paragraph(f"Enabler SRO: {sro}, {title}.")
        for ref, title_i, owner, miles, mds in inits:
            doc.add_heading(f"{ref} {title_i}", level=3)
            if len(miles) == 1:
                ms, due = miles[0]
            else:
                ms = "; ".join(f"({'ab'[i]}) {m}" for i, (m, _) in enumerate(miles))
                due = "; ".join(f"({'ab'[i]}) {d}" for i, (_, d) in enumerate(miles))
            kv_table([("Owner", owner), ("Key milestone", ms), ("Due", due), ("Must-dos", mds)])
    doc.add_paragraph("Programme managers for each programme are listed in the PMO contact sheet, which is "
                      "maintained separately.")
    path = OUT / "01_WH_STP_Delivery_Plan_Section3_v1.0_21Oct2016.docx"
    doc.save(str(path))
    _pin_zip(path)


def _pin_zip(path):
    import zipfile
    data = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            data.append((info.filename, z.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in data:
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                import re
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2016-10-21T09:00:00Z", blob)
            zi = zipfile.ZipInfo(name, date_time=(2016, 10, 21, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)


# ---------------------------------------------------------------------------------------------------------------
# 02 Excel roadmap ("Gantt": months down, programmes across)
# ---------------------------------------------------------------------------------------------------------------
def excel_roadmap():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Roadmap"
    ws["A1"] = "Wychcombe & Harrowby STP - Delivery roadmap 2016/17 to 2018/19"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Version 1.3, 18/11/2016. Months run down the sheet; each programme's milestones sit in its own "
                "column in the month they are due. ◆ = key milestone reported to the Partnership Board; shaded = "
                "work under way.")
    ws["A4"] = "Month"
    ws["A5"] = "SRO"
    for i, (code, name) in enumerate(ROAD_COLS, 2):
        ws.cell(row=4, column=i, value=name).font = Font(bold=True)
        ws.cell(row=4, column=i).alignment = Alignment(wrap_text=True)
        ws.cell(row=5, column=i, value=sro_of(code)).font = Font(italic=True)
    ws["A4"].font = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    row = 6
    y, m = 2016, 10
    month_rows = {}
    while (y, m) <= (2019, 3):
        d = date(y, m, 1)
        cell = ws.cell(row=row, column=1, value=d)
        cell.number_format = "mmm-yy"
        month_rows[d] = row
        for i, (code, _) in enumerate(ROAD_COLS, 2):
            text = ROADMAP.get(d, {}).get(code)
            if text:
                c = ws.cell(row=row, column=i, value=text)
                c.alignment = Alignment(wrap_text=True)
        row += 1
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    # shaded activity bars (no text) between some milestones
    for code, start, end in [("OOH", date(2017, 2, 1), date(2017, 8, 1)), ("UEC", date(2017, 7, 1), date(2017, 11, 1)),
                             ("CSS", date(2017, 5, 1), date(2018, 5, 1)), ("MHLD", date(2017, 4, 1), date(2018, 2, 1))]:
        col = [c for c, _ in ROAD_COLS].index(code) + 2
        for d, r in month_rows.items():
            if start <= d <= end:
                ws.cell(row=r, column=col).fill = grey
    note = row + 1
    ws.cell(row=note, column=1, value="Notes")
    ws.cell(row=note + 1, column=1, value="MHLD2 Harrowby crisis house is not shown: time frame as yet unknown.")
    ws.cell(row=note + 2, column=1, value="CSS1 consultation month assumes Spring 2017 as in the Delivery Plan.")
    ws.column_dimensions["A"].width = 10
    for i in range(2, 2 + len(ROAD_COLS)):
        ws.column_dimensions[chr(64 + i)].width = 26
    ws.freeze_panes = "B6"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = OUT / "02_WH_STP_Delivery_Roadmap_v1.3_18Nov2016.xlsx"
    wb.save(str(path))
    _pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 03 PowerPoint must-do coverage and figures
# ---------------------------------------------------------------------------------------------------------------
def pptx_coverage():
    from pptx import Presentation
    from pptx.util import Emu, Inches, Pt

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    prs.core_properties.created = FIXED
    prs.core_properties.modified = FIXED

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Must-do coverage and key figures"
    s.placeholders[1].text = ("Wychcombe & Harrowby STP Partnership Board, 21 December 2016 - Item 6\n"
                              "Presented by Maeve Ostrander, STP Programme Director")

    def textbox(slide, x, y, w, h, lines, size=12, bold_first=False):
        tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
        tf = tb.text_frame
        tf.word_wrap = True
        for i, line in enumerate(lines):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            p.text = line
            for r in p.runs:
                r.font.size = Pt(size)
                r.font.bold = bold_first and i == 0
        return tb

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "How our programmes cover the nine national must-dos"
    rows, cols = len(MATRIX_ROWS) + 1, 10
    tbl = s.shapes.add_table(rows, cols, Inches(0.3), Inches(1.3), Inches(12.7), Inches(4.2)).table
    tbl.columns[0].width = Inches(3.1)
    for j in range(1, 10):
        tbl.columns[j].width = Emu(int(Inches(9.6) / 9))
    tbl.cell(0, 0).text = "Programme"
    for j, h in enumerate(MD_HEAD, 1):
        tbl.cell(0, j).text = h
    for i, (label, code) in enumerate(MATRIX_ROWS, 1):
        tbl.cell(i, 0).text = label
        for j in range(1, 10):
            mark = "✓" if code in FULL[j] else "~" if code in PART[j] else "✗"
            tbl.cell(i, j).text = mark
    for r in tbl.rows:
        for c in r.cells:
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    textbox(s, 0.3, 5.6, 5.5, 1.2, ["Key", "✓  fully addressed by this programme's initiatives",
                                    "~  partly addressed", "✗  not addressed by this programme"], 11, True)
    textbox(s, 6.2, 5.6, 6.8, 1.6, [
        "Gaps for the Board to note",
        "Must-do 8 (learning disabilities) is not addressed by any STP programme: delivery sits with the "
        "Transforming Care Partnership, which reports separately.",
        "Must-do 5 (RTT 18 weeks) is only partly addressed, through PCC outpatient and MSK work; the trusts' "
        "operational plans carry the rest."], 11, True)

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Key figures"
    tbl = s.shapes.add_table(len(SAVINGS) + 2, 7, Inches(0.3), Inches(1.3), Inches(8.2), Inches(3.4)).table
    for j, h in enumerate(["Net savings £m"] + YEARS + ["Total"]):
        tbl.cell(0, j).text = h
    totals = [0.0] * 5
    for i, (code, vals) in enumerate(SAVINGS, 1):
        tbl.cell(i, 0).text = code
        for j, v in enumerate(vals, 1):
            tbl.cell(i, j).text = f"{v:.1f}"
            totals[j - 1] += v
        tbl.cell(i, 6).text = f"{sum(vals):.1f}"
    tbl.cell(len(SAVINGS) + 1, 0).text = "Total"
    for j, v in enumerate(totals, 1):
        tbl.cell(len(SAVINGS) + 1, j).text = f"{v:.1f}"
    tbl.cell(len(SAVINGS) + 1, 6).text = f"{sum(totals):.1f}"
    for r in tbl.rows:
        for c in r.cells:
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(11)
    textbox(s, 8.8, 1.3, 4.3, 1.0, ["842,300", "people registered with Wychcombe & Harrowby practices"], 14, True)
    textbox(s, 8.8, 2.4, 4.3, 1.0, ["21,800", "NHS and social care staff (17,950 WTE) across the footprint"],
            14, True)
    textbox(s, 8.8, 3.5, 4.3, 1.2, ["1,465 → 1,372",
                                    "general and acute beds, 2016/17 to 2020/21 (a reduction of 93)"], 14, True)
    textbox(s, 0.3, 5.0, 12.5, 1.6, [
        "Closing the gap in 2020/21",
        "Do-nothing financial gap: £214.6m. Programme savings £95.5m + provider efficiency (CIP) £88.3m + "
        "Sustainability and Transformation Fund £30.8m = £214.6m."], 12, True)
    path = OUT / "03_WH_STP_Must-do_Coverage_and_Key_Figures_21Dec2016.pptx"
    prs.save(str(path))
    _pin_zip(path)


# ---------------------------------------------------------------------------------------------------------------
# 04 PDF portfolio dashboard (landscape)
# ---------------------------------------------------------------------------------------------------------------
DASH = [
    ("PSC", "Done: NDPP provider contract signed (14/11/2016)", "Next: First NDPP cohort referrals (Mar-17)",
     "Amber/Green", "Green", "Stable"),
    ("OOH", "Done: Locality leads appointed in all 11 localities (30/11/2016)",
     "Next: First four localities live (Jan-17)", "Amber", "Amber", "Stable"),
    ("UEC", "Done: D2A beds commissioned in both trusts (12/12/2016)",
     "Next: Discharge to Assess live across both acute trusts (31/01/2017)", "Amber/Red", "Amber", "Deteriorating"),
    ("PCC", "Done: MSK triage provider selected (09/12/2016)", "Next: MSK triage service go-live (Apr-17)",
     "Green", "Amber/Green", "Improving"),
    ("MHLD", "Done: Crisis house site options appraisal (25/11/2016)",
     "Next: Core 24 business case to Sedgeworth board (Feb-17)", "Amber", "Amber", "Stable"),
    ("CSS", "Done: Pathology outline business case approved (04/11/2016)",
     "Next: Pathology FBC to both trust boards (28/02/2017)", "Amber", "Red", "Deteriorating"),
    ("DIG", "Done: Information sharing agreement signed by all GP practices (16/12/2016)",
     "Next: Care record GP data feed live (Jun-17)", "Amber", "Green", "Stable"),
    ("WF", "Done: Bank collaborative memorandum of understanding (21/12/2016)",
     "Next: Collaborative bank live (Apr-17)", "Amber/Green", "Green", "Improving"),
]


def pdf_dashboard():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab import rl_config

    rl_config.invariant = 1
    font_dir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", font_dir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", font_dir + "DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="DVB", fontSize=8, leading=10, textColor=colors.white)
    title = ParagraphStyle("t", fontName="DVB", fontSize=14, leading=18)
    sub = ParagraphStyle("s", fontName="DV", fontSize=9, leading=12)
    names = {p[0]: p[1] for p in PROGRAMMES}
    names.update({"DIG": "Digital enabler", "WF": "Workforce enabler"})

    path = OUT / "04_WH_STP_Portfolio_Dashboard_Jan2017.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title="Portfolio dashboard January 2017",
                            author="Wychcombe & Harrowby STP PMO")
    story = [Paragraph("Wychcombe & Harrowby STP - Portfolio dashboard", title),
             Paragraph("Position at 31 December 2016, for the Partnership Board of 18 January 2017. Delivery "
                       "confidence and finance ratings are written as words (Green, Amber/Green, Amber, Amber/Red, "
                       "Red); trend is against the November dashboard.", sub), Spacer(1, 4 * mm)]
    data = [[Paragraph(h, head) for h in ["Programme", "SRO", "Achieved this period", "Next milestone",
                                          "Delivery confidence", "Finance", "Trend"]]]
    for code, done, nxt, conf, fin, trend in DASH:
        data.append([Paragraph(f"{names[code]} ({code})", body), Paragraph(sro_of(code), body),
                     Paragraph(done, body), Paragraph(nxt, body), Paragraph(conf, body), Paragraph(fin, body),
                     Paragraph(trend, body)])
    t = Table(data, colWidths=[42 * mm, 32 * mm, 58 * mm, 58 * mm, 27 * mm, 27 * mm, 29 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 5 * mm),
              Paragraph("Key issues for the Board", ParagraphStyle("k", parent=title, fontSize=10, leading=13)),
              Paragraph("1. UEC: delivery confidence has fallen to Amber/Red because of delayed transfers of care "
                        "at Harrowby Royal Hospital; the D2A go-live of 31/01/2017 is at risk.", body),
              Paragraph("2. CSS: the pathology FBC is on track for 28/02/2017 but the financial case is rated Red "
                        "pending agreement on the transfer of staff between the two trusts.", body),
              Paragraph("3. MHLD: no site has yet been agreed for the Harrowby crisis house, so its opening date "
                        "remains unknown.", body)]
    doc.build(story)


# ---------------------------------------------------------------------------------------------------------------
# 05 e-mail thread (plain text export)
# ---------------------------------------------------------------------------------------------------------------
MAIL = """From: Ostrander, Maeve (WHSTP)
Sent: 16 February 2017 17:05
To: WH STP Programme Leads
Cc: Thackeray, Rosalind; Fenlow, Graham; Kovacs-Hale, Andrea (WHFT); Abbotsleigh, Jerome (HDT)
Subject: FW: UEC SRO handover and Harrowby UTC date

All,

Forwarding Andrea's note below for your records. The Partnership Board
discussed both points yesterday (15 February) and agreed them with one
change:

1. Jerome Abbotsleigh will take over as SRO for Urgent & Emergency Care
   with effect from 1 April 2017, not 1 March as Andrea's note says.
   Andrea has agreed to remain SRO until 31 March so that she can chair
   the A&E Delivery Board on 22 March. Please keep sending UEC papers to
   Andrea until then.

2. The Board accepted the revised go-live for the Harrowby UTC (UEC1).
   Please update the roadmap and your highlight reports: the opening moves
   from Dec-17 to 30/04/2018.

Highlight reports for the March Board are due to the PMO by Friday
10 March 2017.

Thanks,
Maeve

Maeve Ostrander | STP Programme Director | Wychcombe & Harrowby STP
Tel 01632 960 418

---------- Forwarded message ----------
From: Kovacs-Hale, Andrea (WHFT)
Sent: 09 February 2017 08:47
To: Ostrander, Maeve (WHSTP)
Subject: UEC SRO handover and Harrowby UTC date

Maeve,

Two things for the Board next week, please.

First, as we discussed, I will be stepping down as SRO for the UEC
programme so that I can lead the Wychcombe Hospitals response to the CQC
inspection. Jerome Abbotsleigh, Chief Operating Officer at Harrowby &
District NHS Trust, has agreed to take over as SRO from 1 March 2017.
Dr Fergus Lindqvist stays as clinical lead.

Second, the Harrowby Royal Hospital UTC. The capital works to convert the
old fracture clinic cannot start until the decant of outpatients is
finished, so December 2017 is no longer realistic. Gideon Farrow and the
estates team propose 30 April 2018 for the 24/7 opening, with the
minor injuries unit staying open in the meantime.

Regards,
Andrea

Andrea Kovacs-Hale
Chief Executive, Wychcombe Hospitals NHS Foundation Trust
"""

FAQ = """# Wychcombe & Harrowby STP: staff questions and answers

*Updated 10 April 2017 by the STP Programme Office. For staff of all partner organisations.*

## What is the STP?

The Wychcombe & Harrowby Sustainability and Transformation Plan is a five-year plan (2016/17 to 2020/21) agreed
by the three CCGs (Wychcombe, Harrowby & Ashdown, Lenbridge Vale), the three NHS trusts (Wychcombe Hospitals NHS
FT, Harrowby & District NHS Trust, Sedgeworth Partnership NHS FT) and the two councils (Wychcombe County Council
and Harrowby Borough Council). It has six programmes and two enablers (Digital and Workforce).

## Who is in charge?

The STP Partnership Board oversees the plan. It is chaired by **Dame Rosalind Thackeray**, Independent Chair, and
its vice chair is **Councillor Idris Pemberton-Lowe**, Leader of Harrowby Borough Council. The STP lead is
**Graham Fenlow**, Accountable Officer of Wychcombe CCG, and the day-to-day programme is run by **Maeve
Ostrander**, STP Programme Director. The finance lead is Rupert Calloway, Director of Finance at Harrowby &
District NHS Trust.

## How often does the Partnership Board meet?

Monthly, on the third Wednesday of the month. Every other meeting is held in public, starting with the meeting on
19 April 2017 at Harrowby Civic Centre.

## Is the stroke unit at Harrowby closing?

No decision has been made. We want to consult the public on bringing hyper-acute stroke care together in a single
unit. The consultation was planned for spring 2017; because of the county council elections on 4 May 2017 it will
now start in June 2017. Dr Bartholomew Quint, the clinical lead for Clinical Services Sustainability, will lead
the public events.

## Will my job change?

Most staff will see changes in how teams work together rather than in who employs them. The Workforce enabler
(SRO Joanna Treharne) is setting up a collaborative staff bank across the three trusts.

## How do I suggest an idea?

E-mail the Programme Office at wh.stp@nhs.example or speak to your organisation's programme lead.
"""


def text_papers():
    (OUT / "05_WH_STP_FW_UEC_SRO_and_UTC_date_16Feb2017.txt").write_text(MAIL)
    (OUT / "06_WH_STP_Staff_FAQ_Apr2017.md").write_text(FAQ)


if __name__ == "__main__":
    word_plan()
    excel_roadmap()
    pptx_coverage()
    pdf_dashboard()
    text_papers()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
