"""Write the six plan papers of bank H: Lindmere & Corrow Coast ICS (imaginary).

Run with /work/main/.venv/bin/python make_papers.py ; output goes to papers/.
Every name, place, figure and date is invented. Output is byte-identical on each run
(reportlab invariant=1; zip members of docx/xlsx/pptx rewritten with a fixed timestamp).
"""
import csv
import io
import os
import re
import zipfile
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "papers")
os.makedirs(OUT, exist_ok=True)

FIXED = dt.datetime(2026, 10, 14, 9, 0, 0)


def normalise_zip(path, patches=None):
    """Rewrite a zip (docx/xlsx/pptx) with fixed member timestamps; optionally patch members."""
    patches = patches or {}
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name in patches:
                data = patches[name](data)
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. Excel delivery plan: two-row header, merged programme groups, wide sheet,
#    hidden sheet, summary with formulas whose cached values are written.
# ---------------------------------------------------------------------------
MILESTONES = [
    # (programme group label, ref, milestone, owner "name\njob title", column key, due text, status, comment)
    ("LC1 Right Care, First Time\n(Urgent & Emergency Care)", [
        ("1.1", "Single point of access for paramedics live across the ICS", "Jenna Whitlock\nProgramme Manager, UEC", "Q1", "30/06/26", "Complete", ""),
        ("1.2", "Saltharbour Urgent Treatment Centre (UTC) opens", "Niamh Rathbone\nInterim Director of Performance & Delivery", "Q3", "30/11/26", "At risk", "Main contractor in administration (8 Sept); revised date under review"),
        ("1.3", "Virtual wards at 120 beds (frailty and respiratory)", "Dr Kofi Mensah-Doyle\nClinical Lead, UEC", "Q3", "31/12/26", "On track", "104 beds open"),
        ("1.4", "Ambulance handovers over 45 minutes eliminated at Lindmere Royal Hospital", "Niamh Rathbone\nInterim Director of Performance & Delivery", "Q4", "31/03/27", "On track", ""),
        ("1.5", "Winter plan signed off by ICB Board", "Jenna Whitlock\nProgramme Manager, UEC", "Q2", "24/09/26", "Complete", ""),
        ("1.6", "Same Day Emergency Care open 12 hours a day at Saltharbour General Hospital", "Dr Kofi Mensah-Doyle\nClinical Lead, UEC", "H1", "Jun 2027", "Not started", ""),
    ]),
    ("LC2 Elective Recovery\n& Diagnostics", [
        ("2.1", "Pellow Bay Community Diagnostic Centre phase 1 (CT and MRI) opens", "Tariq Bellamy\nProgramme Manager, Elective", "Q2", "01/09/26", "Complete", ""),
        ("2.2", "Pellow Bay CDC phase 2 (endoscopy) opens", "Callum Breckon\nChief Operating Officer, CCHT", "Q3", "01/12/26", "At risk", "Equipment order awaiting capital approval"),
        ("2.3", "Fourth theatre commissioned at Saltharbour Elective Orthopaedic Centre", "Miss Leonie Farquharson\nClinical Lead, Elective", "Q4", "28/02/27", "On track", ""),
        ("2.4", "No patient waiting more than 65 weeks", "Callum Breckon\nChief Operating Officer, CCHT", "Q2", "30/09/26", "Off track", "14 patients over 65 weeks (spinal)"),
        ("2.5", "Patient-initiated follow-up (PIFU) in 12 specialties", "Tariq Bellamy\nProgramme Manager, Elective", "Q4", "31/03/27", "On track", "9 of 12 live"),
    ]),
    ("LC3 Cancer", [
        ("3.1", "Faster Diagnosis Standard of 80% sustained", "Dr Aoife Brannigan\nChief Medical Officer", "Q4", "31/03/27", "On track", ""),
        ("3.2", "Lung health checks rolled out to Hallamby & Wyke Moor", "Shona McAllister\nCancer Programme Manager", "Q2", "15/08/26", "Complete", ""),
        ("3.3", "Non-specific symptoms pathway live at Saltharbour General Hospital", "Mr Rupert Elstob\nClinical Lead, Cancer", "Q3", "31/10/26", "On track", ""),
        ("3.4", "Colorectal FIT-led triage audit reported", "Mr Rupert Elstob\nClinical Lead, Cancer", "H1", "Apr 2027", "Not started", ""),
    ]),
    ("LC4 Primary Care\n& Neighbourhoods", [
        ("4.1", "Cloud telephony in all 96 practices", "Lucy Fenwick\nProgramme Manager, Primary Care", "Q2", "30/09/26", "Complete", ""),
        ("4.2", "Integrated neighbourhood teams live in 6 of 14 neighbourhoods", "Dr Owain Gethin\nClinical Lead, Primary Care", "Q3", "31/12/26", "On track", ""),
        ("4.3", "Primary care estates plan approved", "Dr Rehana Mistry\nDirector of Primary Care", "Q4", "Jan 2027", "On track", ""),
        ("4.4", "Integrated neighbourhood teams live in all 14 neighbourhoods", "Dr Owain Gethin\nClinical Lead, Primary Care", "H2", "Mar 2028", "Not started", ""),
    ]),
    ("LC5 Mental Health, Learning\nDisability & Autism", [
        ("5.1", "Saltharbour crisis café opens", "Ben Oduya\nProgramme Manager, MHLDA", "Q3", "12/10/26", "At risk", "Fire door certification outstanding"),
        ("5.2", "Inappropriate out-of-area placements reduced to zero", "Gideon Threlfall\nDirector of Operations, WCP (acting SRO)", "Q4", "31/03/27", "At risk", ""),
        ("5.3", "Annual health checks for 75% of people with a learning disability on GP registers", "Maxine Cordingley\nHead of LD & Autism Commissioning", "Q4", "31/03/27", "At risk", ""),
        ("5.4", "Mental health support teams in 60% of schools", "Dr Samira Haddad\nClinical Lead, Mental Health", "H1", "Sep 2027", "On track", ""),
    ]),
    ("LC6 Start Well (Children,\nYoung People & Maternity)", [
        ("6.1", "Maternity triage (BSOTS) live at Lindmere Royal Hospital", "Imogen Deverill\nDirector of Midwifery, LTH", "Q1", "30/06/26", "Complete", ""),
        ("6.2", "Three continuity of carer teams in Corrow Coast", "Imogen Deverill\nDirector of Midwifery, LTH", "Q4", "Mar 2027", "On track", ""),
        ("6.3", "CYP asthma bundle adopted by all PCNs", "CYP Clinical Lead (vacant)\ncontact: Hollie Spratt, Programme Manager", "Q3", "30/11/26", "At risk", "8 of 19 PCNs signed up"),
        ("6.4", "CCHT exits the Maternity Safety Support Programme", "Grace Ntuli-Harper\nChief Nurse", "H1", "Q1 2027/28", "On track", ""),
    ]),
    ("LC7 Sustainable System\n(Digital, Workforce,\nFinance & Estates)", [
        ("7.1", "Lindmere & Corrow Care Record live in all practices", "Declan Hoskins\nChief Digital & Information Officer", "Q3", "30/11/26", "On track", ""),
        ("7.2", "Agency spend at or below 3.2% of the pay bill", "Beatrix Lowther\nChief People Officer", "Q4", "31/03/27", "At risk", ""),
        ("7.3", "£38.6m efficiency plan delivered", "Marcus Ilesanmi\nChief Finance Officer & Deputy Chief Executive", "Q4", "31/03/27", "At risk", ""),
        ("7.4", "Wykeford Health Hub outline business case to ICB Board", "Hamish Tully\nAssociate Director of Estates", "Q3", "10/12/26", "On track", ""),
        ("7.5", "Electronic patient record go-live at CCHT", "Declan Hoskins\nChief Digital & Information Officer", "H2", "Nov 2027", "On track", "Moved from Apr 2027"),
    ]),
]

MONEY = {  # programme: (capital, revenue) 2026/27, £000
    "LC1": (4200, 6850), "LC2": (9750, 3100), "LC3": (1150, 2480), "LC4": (2300, 5320),
    "LC5": (860, 4975), "LC6": (540, 1890), "LC7": (7400, 3260),
}
PROG_NAMES = {
    "LC1": "LC1 Right Care, First Time (UEC)", "LC2": "LC2 Elective Recovery & Diagnostics",
    "LC3": "LC3 Cancer", "LC4": "LC4 Primary Care & Neighbourhoods",
    "LC5": "LC5 Mental Health, LD & Autism", "LC6": "LC6 Start Well (CYP & Maternity)",
    "LC7": "LC7 Sustainable System (enablers)",
}
YEARS = {"2027/28": (18900, 29400), "2028/29": (6300, 30150)}

MONTHS = ["Apr-26", "May-26", "Jun-26", "Jul-26", "Aug-26", "Sep-26", "Oct-26", "Nov-26", "Dec-26",
          "Jan-27", "Feb-27", "Mar-27", "Apr-27", "May-27", "Jun-27", "Jul-27", "Aug-27", "Sep-27",
          "Oct-27", "Nov-27", "Dec-27", "Jan-28", "Feb-28", "Mar-28"]


def traj(start, mar27, mar28, dp):
    vals = []
    for i in range(12):
        vals.append(round(start + (mar27 - start) * i / 11, dp))
    for i in range(1, 13):
        vals.append(round(mar27 + (mar28 - mar27) * i / 12, dp))
    if dp == 0:
        vals = [int(v) for v in vals]
    return vals


TRAJECTORIES = [
    ("A&E: patients seen within 4 hours", "%", 72.4, traj(73.0, 78.0, 82.0, 1)),
    ("Ambulance handovers over 45 minutes", "number per month", 512, traj(480, 0, 0, 0)),
    ("Category 2 ambulance mean response", "minutes", 41, traj(40, 30, 30, 0)),
    ("RTT: patients waiting over 52 weeks", "number (month end)", 3120, traj(2980, 1450, 600, 0)),
    ("Cancer Faster Diagnosis Standard", "%", 74.0, traj(74.5, 80.0, 82.0, 1)),
    ("Cancer 62-day standard", "%", 66.0, traj(67.0, 75.0, 80.0, 1)),
    ("Inappropriate out-of-area placement bed days", "bed days per month", 640, traj(600, 0, 0, 0)),
    ("LD annual health checks completed (cumulative in year)", "% of register", 0, [round(75 * i / 12, 1) for i in range(1, 13)] + [round(78 * i / 12, 1) for i in range(1, 13)]),
]


def make_xlsx():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb.properties.creator = "LCC ICB PMO"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = "Joint Delivery Plan 2026/27 tracker"
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="1F4E79")
    band_fill = PatternFill("solid", fgColor="2E75B6")
    white = Font(bold=True, color="FFFFFF")
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    # ---- Summary (sheet 1) ----
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "Lindmere & Corrow Coast ICS - Joint Delivery Plan 2026/27: summary"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2026. Money in £000 unless stated. Counts are formulas over the Delivery sheet."
    heads = ["Programme", "Milestones", "Complete", "At risk", "Capital 2026/27 (£000)",
             "Revenue 2026/27 (£000)", "Total 2026/27 (£000)"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = white
        cell.fill = head_fill
        cell.alignment = centre
        cell.border = box
    cached = {}  # (sheet xml, ref) -> value
    rows = []
    for i, (code, (cap, rev)) in enumerate(MONEY.items()):
        r = 5 + i
        n = int(code[2])
        group = MILESTONES[i][1]
        total = len(group)
        comp = sum(1 for m in group if m[5] == "Complete")
        risk = sum(1 for m in group if m[5] == "At risk")
        ws.cell(row=r, column=1, value=PROG_NAMES[code])
        ws.cell(row=r, column=2, value=f'=COUNTIF(Delivery!$B$5:$B$40,"{n}.*")')
        ws.cell(row=r, column=3, value=f'=COUNTIFS(Delivery!$B$5:$B$40,"{n}.*",Delivery!$K$5:$K$40,"Complete")')
        ws.cell(row=r, column=4, value=f'=COUNTIFS(Delivery!$B$5:$B$40,"{n}.*",Delivery!$K$5:$K$40,"At risk")')
        ws.cell(row=r, column=5, value=cap)
        ws.cell(row=r, column=6, value=rev)
        ws.cell(row=r, column=7, value=f"=E{r}+F{r}")
        cached[f"B{r}"] = total
        cached[f"C{r}"] = comp
        cached[f"D{r}"] = risk
        cached[f"G{r}"] = cap + rev
        rows.append((total, comp, risk, cap, rev))
    ws.cell(row=12, column=1, value="Total").font = Font(bold=True)
    for c, key in zip(range(2, 8), "BCDEFG"):
        ws.cell(row=12, column=c, value=f"=SUM({key}5:{key}11)").font = Font(bold=True)
    tot = [sum(r[k] for r in rows) for k in range(5)]
    cached.update({"B12": tot[0], "C12": tot[1], "D12": tot[2], "E12": tot[3], "F12": tot[4], "G12": tot[3] + tot[4]})
    for r in range(5, 13):
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = box
            if c >= 5:
                ws.cell(row=r, column=c).number_format = "#,##0"

    ws["A14"] = "Capital and revenue investment by year (£000)"
    ws["A14"].font = Font(bold=True, size=12)
    for c, h in enumerate(["", "2026/27", "2027/28", "2028/29", "Total"], 1):
        cell = ws.cell(row=15, column=c, value=h)
        cell.font = white
        cell.fill = head_fill
        cell.border = box
    ws["A16"], ws["A17"], ws["A18"] = "Capital", "Revenue", "Total"
    ws["B16"], ws["B17"] = "=E12", "=F12"
    ws["C16"], ws["C17"] = YEARS["2027/28"]
    ws["D16"], ws["D17"] = YEARS["2028/29"]
    ws["E16"], ws["E17"] = "=SUM(B16:D16)", "=SUM(B17:D17)"
    for col in "BCDE":
        ws[f"{col}18"] = f"={col}16+{col}17"
    cap3 = [tot[3], YEARS["2027/28"][0], YEARS["2028/29"][0]]
    rev3 = [tot[4], YEARS["2027/28"][1], YEARS["2028/29"][1]]
    cached.update({"B16": cap3[0], "B17": rev3[0], "E16": sum(cap3), "E17": sum(rev3)})
    for i, col in enumerate("BCD"):
        cached[f"{col}18"] = cap3[i] + rev3[i]
    cached["E18"] = sum(cap3) + sum(rev3)
    ws["A18"].font = Font(bold=True)
    for r in range(16, 19):
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = box
            ws.cell(row=r, column=c).number_format = "#,##0"
    ws["A20"] = "Source: ICB finance plan v4 (capital) and programme business cases (revenue). 2027/28 and 2028/29 are indicative."
    ws.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 16

    # ---- Delivery (sheet 2): two-row header, merged groups, name+title cells ----
    wd = wb.create_sheet("Delivery")
    wd["A1"] = "Lindmere & Corrow Coast ICS - Joint Delivery Plan 2026/27: milestone tracker"
    wd["A1"].font = Font(bold=True, size=14)
    wd["A2"] = "Position at 30 September 2026. The due date sits in the column of the quarter (2026/27) or half-year (2027/28) in which the milestone falls."
    top = {1: "Programme", 2: "Ref", 3: "Milestone", 4: "Owner", 11: "Status", 12: "Comment"}
    for c, h in top.items():
        wd.cell(row=3, column=c, value=h)
        wd.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    wd.cell(row=3, column=5, value="2026/27")
    wd.merge_cells("E3:H3")
    wd.cell(row=3, column=9, value="2027/28")
    wd.merge_cells("I3:J3")
    for c, h in zip(range(5, 11), ["Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)", "H1 (Apr-Sep)", "H2 (Oct-Mar)"]):
        wd.cell(row=4, column=c, value=h)
    for r in (3, 4):
        for c in range(1, 13):
            cell = wd.cell(row=r, column=c)
            cell.font = white
            cell.fill = band_fill if (r == 3 and 5 <= c <= 10) else head_fill
            cell.alignment = centre
            cell.border = box
    colkey = {"Q1": 5, "Q2": 6, "Q3": 7, "Q4": 8, "H1": 9, "H2": 10}
    status_fill = {"Complete": "BDD7EE", "On track": "C6EFCE", "At risk": "FFEB9C", "Off track": "FFC7CE", "Not started": "EDEDED"}
    r = 5
    for label, items in MILESTONES:
        first = r
        for ref, text, owner, key, due, status, comment in items:
            wd.cell(row=r, column=2, value=ref)
            wd.cell(row=r, column=3, value=text)
            wd.cell(row=r, column=4, value=owner)
            wd.cell(row=r, column=colkey[key], value=due)
            wd.cell(row=r, column=11, value=status).fill = PatternFill("solid", fgColor=status_fill[status])
            if comment:
                wd.cell(row=r, column=12, value=comment)
            for c in range(1, 13):
                wd.cell(row=r, column=c).border = box
                wd.cell(row=r, column=c).alignment = wrap if c in (3, 4, 12) else Alignment(horizontal="center", vertical="top", wrap_text=True)
            r += 1
        wd.cell(row=first, column=1, value=label)
        wd.cell(row=first, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        wd.cell(row=first, column=1).font = Font(bold=True)
        wd.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGHIJKL", [24, 6, 46, 34, 11, 11, 11, 11, 11, 11, 12, 34]):
        wd.column_dimensions[col].width = w
    wd.freeze_panes = "C5"

    # ---- Trajectories (sheet 3): very wide, 24 monthly columns ----
    wt = wb.create_sheet("Trajectories")
    wt["A1"] = "Planned monthly trajectories - 2026/27 operating plan submission; 2027/28 indicative"
    wt["A1"].font = Font(bold=True, size=14)
    hdr = ["Metric", "Unit", "Baseline (Mar-26)"] + MONTHS
    for c, h in enumerate(hdr, 1):
        cell = wt.cell(row=3, column=c, value=h)
        cell.font = white
        cell.fill = head_fill
        cell.alignment = centre
    for i, (metric, unit, base, vals) in enumerate(TRAJECTORIES):
        rr = 4 + i
        wt.cell(row=rr, column=1, value=metric)
        wt.cell(row=rr, column=2, value=unit)
        wt.cell(row=rr, column=3, value=base)
        for j, v in enumerate(vals):
            wt.cell(row=rr, column=4 + j, value=v)
    wt.column_dimensions["A"].width = 52
    wt.column_dimensions["B"].width = 20
    for c in range(3, 4 + len(MONTHS)):
        wt.column_dimensions[get_column_letter(c)].width = 12
    wt.freeze_panes = "C4"

    # ---- Lists (sheet 4, hidden): validation lists ----
    wl = wb.create_sheet("Lists")
    wl["A1"] = "Status"
    for i, s in enumerate(["Complete", "On track", "At risk", "Off track", "Not started"], 2):
        wl.cell(row=i, column=1, value=s)
    wl["C1"] = "Programme code"
    for i, code in enumerate(PROG_NAMES, 2):
        wl.cell(row=i, column=3, value=code)
    wl.sheet_state = "hidden"

    path = os.path.join(OUT, "h1_joint_delivery_plan_tracker_2026-27.xlsx")
    wb.save(path)

    def patch(data):
        s = data.decode("utf-8")
        for ref, val in cached.items():
            s, n = re.subn(r'(<c r="%s"[^>]*><f>[^<]*</f>)<v\s*/?>(</v>)?' % ref, r"\g<1><v>%s</v>" % val, s)
            assert n == 1, (ref, n)
        return s.encode("utf-8")

    def fix_core(data):
        return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-10-14T09:00:00Z\g<2>", data)

    normalise_zip(path, {"xl/worksheets/sheet1.xml": patch, "docProps/core.xml": fix_core})
    return cached


# ---------------------------------------------------------------------------
# 2. Word "plan on a page": 2x3 layout table of boxes, nested enabler table,
#    was/now (struck-through) dates, version/date in header and footer.
# ---------------------------------------------------------------------------
def make_docx():
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Tobias Renwick"
    cp.title = "JFP 2026/27 Plan on a Page v2.3"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "LCC ICB"
    cp.revision = 23
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.4)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)

    hp = sec.header.paragraphs[0]
    hp.text = ("NHS Lindmere and Corrow Coast Integrated Care Board  |  Joint Forward Plan 2026/27 - Plan on a Page"
               "  |  OFFICIAL")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Version 2.3, 14 October 2026. Supersedes version 2.2, approved by the ICB Board on 24 September 2026. "
               "Document owner: Tobias Renwick, Director of Strategy & Transformation. Next review: January 2027.")
    fp.runs[0].font.size = Pt(8)

    t = d.add_paragraph()
    r = t.add_run("Lindmere & Corrow Coast: our plan on a page, 2026/27")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    d.add_paragraph(
        "Our system: 1,036,800 registered patients in three places (Lindmere; Corrow Coast; Hallamby & Wyke Moor), "
        "96 GP practices in 19 primary care networks and four NHS trusts: Lindmere Teaching Hospitals NHS Foundation "
        "Trust (LTH), Corrow Coast Hospitals NHS Trust (CCHT), Wykedale Care Partnership NHS Foundation Trust (WCP) "
        "and North Fells Ambulance Service NHS Trust (NFAS). Dates shown as \"was ... now ...\" have moved since "
        "version 2.2; the struck-through date is the old one.")

    boxes = [
        ("1. Right Care, First Time (urgent & emergency care)", [
            [("SRO: Niamh Rathbone, Interim Director of Performance & Delivery (interim since 1 July 2026)", None)],
            [("Clinical lead: Dr Kofi Mensah-Doyle", None)],
            [("78% of A&E patients seen within 4 hours by March 2027", None)],
            [("Category 2 ambulance mean response of 30 minutes", None)],
            [("Virtual wards: 120 beds by December 2026", None)],
            [("Saltharbour Urgent Treatment Centre opens: was ", None), ("30 November 2026", "strike"), (", now ", None), ("2 February 2027", "bold")],
        ]),
        ("2. Elective Recovery & Diagnostics", [
            [("SRO: Callum Breckon, Chief Operating Officer, CCHT", None)],
            [("Clinical lead: Miss Leonie Farquharson", None)],
            [("Nobody waiting over 65 weeks; 52-week waits under 1,450 by March 2027", None)],
            [("Pellow Bay CDC phase 2 (endoscopy): was ", None), ("1 December 2026", "strike"), (", now ", None), ("15 March 2027", "bold")],
            [("Fourth orthopaedic theatre at Saltharbour: February 2027", None)],
        ]),
        ("3. Cancer", [
            [("SRO: Dr Aoife Brannigan, Chief Medical Officer", None)],
            [("Clinical lead: Mr Rupert Elstob", None)],
            [("Faster Diagnosis Standard 80% and 62-day standard 75% by March 2027", None)],
            [("Non-specific symptoms pathway at Saltharbour General Hospital: October 2026", None)],
            [("Lung health checks extended to Hallamby & Wyke Moor (done, August 2026)", None)],
        ]),
        ("4. Primary Care & Neighbourhoods", [
            [("SRO: Dr Rehana Mistry, Director of Primary Care", None)],
            [("Clinical lead: Dr Owain Gethin, GP", None)],
            [("Integrated neighbourhood teams (INTs): 6 of 14 neighbourhoods live by December 2026, all 14 by March 2028", None)],
            [("Cloud telephony in all 96 practices (done, September 2026)", None)],
            [("Primary care estates plan approved: January 2027", None)],
        ]),
        ("5. Mental Health, Learning Disability & Autism", [
            [("SRO: Fiona Achebe, Chief Executive, WCP - on secondment to NHS England until 31 January 2027; "
              "Gideon Threlfall, Director of Operations, WCP, is acting SRO", None)],
            [("Clinical lead: Dr Samira Haddad", None)],
            [("Inappropriate out-of-area placements down to zero by March 2027", None)],
            [("Annual health checks for 75% of people with a learning disability", None)],
            [("Saltharbour crisis café opens: was ", None), ("12 October 2026", "strike"), (", now ", None), ("9 November 2026", "bold")],
        ]),
        ("6. Start Well (children, young people & maternity)", [
            [("SRO: Grace Ntuli-Harper, Chief Nurse", None)],
            [("Maternity lead: Imogen Deverill, Director of Midwifery, LTH", None)],
            [("CYP clinical lead: vacant - recruitment closes 20 November 2026", None)],
            [("Three continuity of carer teams in Corrow Coast by March 2027", None)],
            [("CCHT exits the Maternity Safety Support Programme (MSSP): Q1 2027/28", None)],
        ]),
    ]

    tbl = d.add_table(rows=3, cols=3)
    tbl.style = "Table Grid"
    for i, (head, bullets) in enumerate(boxes):
        cell = tbl.cell(i // 3, i % 3)
        p = cell.paragraphs[0]
        rr = p.add_run(head)
        rr.bold = True
        rr.font.size = Pt(10)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for parts in bullets:
            bp = cell.add_paragraph(style="List Bullet")
            for text, fmt in parts:
                run = bp.add_run(text)
                if fmt == "strike":
                    run.font.strike = True
                elif fmt == "bold":
                    run.bold = True
    strip = tbl.cell(2, 0).merge(tbl.cell(2, 2))
    p = strip.paragraphs[0]
    rr = p.add_run("7. Sustainable System (enablers) - SRO: Marcus Ilesanmi, Chief Finance Officer & Deputy Chief Executive")
    rr.bold = True
    rr.font.size = Pt(10)
    rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    inner = strip.add_table(rows=2, cols=3)
    inner.style = "Table Grid"
    for c, h in enumerate(["Digital - Declan Hoskins, Chief Digital & Information Officer",
                           "Workforce - Beatrix Lowther, Chief People Officer",
                           "Finance & Estates - Marcus Ilesanmi; estates: Hamish Tully"]):
        inner.cell(0, c).paragraphs[0].add_run(h).bold = True
    inner_body = [
        [[("Lindmere & Corrow Care Record in all practices: November 2026", None)],
         [("CCHT electronic patient record (EPR) go-live: was ", None), ("April 2027", "strike"), (", now ", None), ("November 2027", "bold")]],
        [[("Agency spend at or below 3.2% of the pay bill", None)],
         [("350 fewer bank and agency WTE by March 2027", None)]],
        [[("£38.6m efficiency plan (4.1% of allocation)", None)],
         [("Wykeford Health Hub outline business case (OBC) to the ICB Board: 10 December 2026", None)]],
    ]
    for c, items in enumerate(inner_body):
        cell = inner.cell(1, c)
        first = True
        for parts in items:
            bp = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            bp.add_run("- ")
            for text, fmt in parts:
                run = bp.add_run(text)
                if fmt == "strike":
                    run.font.strike = True
                elif fmt == "bold":
                    run.bold = True

    d.add_paragraph()
    ab = d.add_paragraph()
    ab.add_run("Abbreviations: ").bold = True
    ab.add_run("BSOTS - Birmingham Symptom-specific Obstetric Triage System; CDC - community diagnostic centre; "
               "CYP - children and young people; INT - integrated neighbourhood team; MSSP - Maternity Safety Support "
               "Programme; OBC - outline business case; SRO - senior responsible owner; UTC - urgent treatment centre; "
               "WTE - whole time equivalent.")
    path = os.path.join(OUT, "h2_plan_on_a_page_v2.3.docx")
    d.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------
# 3. PDF must-do coverage matrix: programmes as columns, must-dos as rows, symbols.
# ---------------------------------------------------------------------------
MUSTDOS = [
    "Develop and deliver the local system plan (STP)",
    "Return the system to aggregate financial balance",
    "Sustainable general practice and improved access",
    "A&E four-hour and ambulance response standards",
    "Referral to treatment within 18 weeks",
    "Cancer: 62-day standard and faster diagnosis",
    "Mental health access (talking therapies, EIP, crisis)",
    "Learning disabilities: transforming care",
    "Improve quality; trusts out of special measures",
]
# rows must-do 1..9, columns LC1..LC7 ; L = leads, C = contributes, N = none
MATRIX = [
    "CCCCCCL",
    "CCNNNNL",
    "CNNLNNN",
    "LNNCCNN",
    "NLNNNNC",
    "NCLNNNN",
    "CNNNLCN",
    "NNNNCNN",
    "CNNNNLN",
]
ASSURANCE = ["Green", "Red", "Amber", "Amber", "Amber", "Green", "Amber", "Red", "Amber"]
SYM = {"L": "●", "C": "◐", "N": "○"}


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", base + "DejaVuSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")


def make_pdf_matrix():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph as _Para, Table, TableStyle, Spacer, PageBreak

    _fonts()
    from xml.sax.saxutils import escape

    def Paragraph(text, style):
        return _Para(escape(text), style)

    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12)
    small = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    path = os.path.join(OUT, "h3_mustdo_coverage_matrix_oct2026.pdf")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, invariant=1,
                            title="Must-do coverage matrix", author="LCC ICB PMO")
    s = []
    s.append(Paragraph("How our programmes deliver the nine national must-dos: coverage assessment", h1))
    s.append(Paragraph("NHS Lindmere and Corrow Coast ICB. Paper for the Quality & Performance Committee, 21 October 2026. "
                       "Author: Kerry-Anne Pilling, PMO Lead. Agenda item 6.", body))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Each row is one of the nine national must-dos; each column is one of our seven delivery "
                       "programmes (LC1 to LC7, named on page 2). The symbol in a cell shows how far the programme "
                       "delivers that must-do. The last column is the committee's overall assurance rating.", body))
    s.append(Spacer(1, 6))
    hdr = ["No.", "National must-do", "LC1", "LC2", "LC3", "LC4", "LC5", "LC6", "LC7", "Assurance"]
    data = [hdr]
    for i, (md, row) in enumerate(zip(MUSTDOS, MATRIX)):
        data.append([str(i + 1), Paragraph(md, small)] + [SYM[ch] for ch in row] + [ASSURANCE[i]])
    t = Table(data, colWidths=[12 * mm, 92 * mm] + [17 * mm] * 7 + [24 * mm], repeatRows=1)
    rag = {"Green": colors.HexColor("#C6EFCE"), "Amber": colors.HexColor("#FFEB9C"), "Red": colors.HexColor("#FFC7CE")}
    style = [
        ("FONTNAME", (0, 0), (-1, -1), "DV"),
        ("FONTNAME", (0, 0), (-1, 0), "DVB"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTSIZE", (2, 1), (8, -1), 13),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ]
    for i, a in enumerate(ASSURANCE):
        style.append(("BACKGROUND", (9, i + 1), (9, i + 1), rag[a]))
    t.setStyle(TableStyle(style))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("Key: ● = lead programme (the programme owns delivery of the must-do); "
                       "◐ = contributes (the programme supports delivery); ○ = no material contribution.", body))
    s.append(Paragraph("Assurance: Green = on course; Amber = some risk to delivery, mitigations in place; "
                       "Red = material risk, recovery action needed.", body))
    s.append(PageBreak())

    s.append(Paragraph("Programme key", h2))
    progs = [
        ("LC1", "Right Care, First Time (urgent & emergency care)", "Niamh Rathbone (interim)"),
        ("LC2", "Elective Recovery & Diagnostics", "Callum Breckon"),
        ("LC3", "Cancer", "Dr Aoife Brannigan"),
        ("LC4", "Primary Care & Neighbourhoods", "Dr Rehana Mistry"),
        ("LC5", "Mental Health, Learning Disability & Autism", "Fiona Achebe (Gideon Threlfall acting)"),
        ("LC6", "Start Well (children, young people & maternity)", "Grace Ntuli-Harper"),
        ("LC7", "Sustainable System (digital, workforce, finance & estates)", "Marcus Ilesanmi"),
    ]
    kt = Table([["Code", "Programme", "SRO"]] + [list(p) for p in progs], colWidths=[18 * mm, 120 * mm, 80 * mm])
    kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                            ("FONTSIZE", (0, 0), (-1, -1), 9), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey)]))
    s.append(kt)
    s.append(Paragraph("Executive lead for each must-do", h2))
    leads = [
        ("1", "Tobias Renwick, Director of Strategy & Transformation"),
        ("2", "Marcus Ilesanmi, Chief Finance Officer & Deputy Chief Executive"),
        ("3", "Dr Rehana Mistry, Director of Primary Care"),
        ("4", "Niamh Rathbone, Interim Director of Performance & Delivery"),
        ("5", "Callum Breckon, Chief Operating Officer, CCHT"),
        ("6", "Dr Aoife Brannigan, Chief Medical Officer"),
        ("7", "Gideon Threlfall, acting SRO for LC5 (for Fiona Achebe, on secondment)"),
        ("8", "Maxine Cordingley, Head of LD & Autism Commissioning"),
        ("9", "Grace Ntuli-Harper, Chief Nurse"),
    ]
    lt = Table([["Must-do", "Executive lead"]] + [list(x) for x in leads], colWidths=[18 * mm, 200 * mm])
    lt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                            ("FONTSIZE", (0, 0), (-1, -1), 9), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey)]))
    s.append(lt)
    s.append(Paragraph("Gaps and actions", h2))
    for txt in [
        "Must-do 8 (learning disabilities) is the only must-do with no lead programme: LC5 contributes through the "
        "annual health check recovery plan, but there is no dedicated learning disability and autism workstream. "
        "Action: identify an SRO for a distinct LD & autism workstream by 31 January 2027 (owner: Tobias Renwick; log ref SDG-37).",
        "Must-do 2 (financial balance) is rated Red: the 2026/27 plan carries a £14.2m deficit against a break-even "
        "control total, and the £38.6m efficiency plan is at risk.",
        "Must-do 9 (quality) stays Amber until CCHT exits the Maternity Safety Support Programme, expected in Q1 2027/28.",
    ]:
        s.append(Paragraph(txt, body))
        s.append(Spacer(1, 3))

    def footer(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(14 * mm, 7 * mm, "LCC ICB - Quality & Performance Committee 21/10/2026 - item 6 - must-do coverage")
        c.drawRightString(283 * mm, 7 * mm, "Page %d" % d.page)
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 4. PDF action & milestone log: long table, header row only on page 1.
# ---------------------------------------------------------------------------
ACTIONS = [
    ("SDG-01", "Agree winter escalation bed plan for Lindmere Royal Hospital (Ward 9A)", "LC1", "Jenna Whitlock", "w/c 14/09/26", "C", "28 escalation beds agreed; signed off at SDG on 17/09."),
    ("SDG-02", "Saltharbour UTC: appoint replacement main contractor", "LC1", "Niamh Rathbone (interim)", "16.10.26", "OT", "Harland Brook Construction went into administration on 8 Sept. Procurement via framework under way. UTC opening moved from 30/11/26 to 02/02/27."),
    ("SDG-03", "Virtual wards: recruit 14 WTE advanced clinical practitioners", "LC1", "Dr Kofi Mensah-Doyle", "end Q3", "OT", "9 of 14 in post."),
    ("SDG-04", "Ambulance handover cohort area at LRH open 24/7", "LC1", "Niamh Rathbone (interim)", "Nov-26", "AR", "Estates works running about 3 weeks late."),
    ("SDG-05", "Winter communications campaign \"Choose Well Corrow\"", "LC1", "Jenna Whitlock", "Sept–Oct 2026", "OT", "Phase 1 live from 21/09."),
    ("SDG-06", "Review of NHS 111 mental health option performance", "LC5", "Ben Oduya", "w/c 05/10/26", "NS", "-"),
    ("SDG-07", "Saltharbour crisis café: snagging complete", "LC5", "Ben Oduya", "23/10/26", "OT", "Fire door certification outstanding. Opening moved from 12/10/26 to 09/11/26."),
    ("SDG-08", "Out-of-area placements: weekly panel in place", "LC5", "Gideon Threlfall (acting SRO)", "end Q2", "C", "Panel meets every Tuesday."),
    ("SDG-09", "LD annual health check recovery plan to SDG", "LC5", "Maxine Cordingley", "06/11/26", "OT", "Cumulative uptake 38% at end of Q2 against a 75% year-end target."),
    ("SDG-10", "Autism assessment waiting list validation", "LC5", "Dr Samira Haddad", "TBC", "NS", "Awaiting data sharing agreement with WCP."),
    ("SDG-11", "CDC phase 2 (endoscopy): equipment order placed", "LC2", "Tariq Bellamy", "30/09/26", "OD", "Order held pending capital approval. CDC phase 2 opening revised from 01/12/26 to 15/03/27."),
    ("SDG-12", "Spinal surgery 65-week clearance plan", "LC2", "Callum Breckon", "31st Oct", "AR", "14 patients over 65 weeks at the end of September."),
    ("SDG-13", "Mutual aid agreement with LTH for orthopaedics", "LC2", "Miss Leonie Farquharson", "w/c 19/10/26", "OT", "Draft agreed by both clinical leads."),
    ("SDG-14", "PIFU: extend to dermatology, ENT and urology", "LC2", "Tariq Bellamy", "Q3 26/27", "OT", "9 of 12 specialties live."),
    ("SDG-15", "Saltharbour theatre 4: commissioning plan signed off", "LC2", "Miss Leonie Farquharson", "Dec 2026", "OT", "-"),
    ("SDG-16", "Non-specific symptoms pathway at SGH go-live", "LC3", "Mr Rupert Elstob", "31/10/26", "OT", "-"),
    ("SDG-17", "Teledermatology for suspected skin cancer referrals in all PCNs", "LC3", "Shona McAllister", "Nov–Dec 2026", "OT", "11 of 19 PCNs live."),
    ("SDG-18", "Histopathology outsourcing contract extension", "LC3", "Dr Aoife Brannigan", "30/09/26", "OD", "Contract ended 30/09; 3-month extension awaiting CFO sign-off."),
    ("SDG-19", "Lung health checks in Hallamby & Wyke Moor: evaluation", "LC3", "Shona McAllister", "end Q4", "NS", "-"),
    ("SDG-20", "Cloud telephony: final 4 practices migrated", "LC4", "Lucy Fenwick", "30/09/26", "C", "All 96 practices live on 29/09."),
    ("SDG-21", "INTs: Hallamby and Wykeford neighbourhood teams launch", "LC4", "Dr Owain Gethin", "w/c 07/12/26", "OT", "-"),
    ("SDG-22", "Primary care estates plan: practice surveys returned", "LC4", "Hamish Tully", "Oct-26", "OT", "71 of 96 surveys returned."),
    ("SDG-23", "Winter acute hubs: local enhanced service agreed with LMC", "LC4", "Dr Rehana Mistry", "15/10/26", "AR", "Negotiation with the LMC continuing."),
    ("SDG-24", "Pharmacy First uptake campaign", "LC4", "Lucy Fenwick", "TBC", "NS", "-"),
    ("SDG-25", "Maternity triage (BSOTS) six-month audit", "LC6", "Imogen Deverill", "end Q3", "OT", "-"),
    ("SDG-26", "CYP clinical lead: advert and recruitment", "LC6", "Hollie Spratt", "20/11/26 (closing date)", "OT", "Advert to go live w/c 12/10/26."),
    ("SDG-27", "CYP asthma bundle: PCN sign-up", "LC6", "Hollie Spratt", "30/11/26", "AR", "8 of 19 PCNs signed up; no CYP clinical lead in post."),
    ("SDG-28", "MSSP exit: CQC re-inspection readiness review", "LC6", "Grace Ntuli-Harper", "Jan 2027", "OT", "-"),
    ("SDG-29", "Continuity of carer team 2 (Pellow Bay) launches", "LC6", "Imogen Deverill", "1st Dec", "OT", "-"),
    ("SDG-30", "Care record: Hallamby practices onboarded", "LC7", "Declan Hoskins", "w/c 26/10/26", "OT", "-"),
    ("SDG-31", "CCHT EPR: full business case approved", "LC7", "Declan Hoskins", "Q4", "OT", "Go-live now November 2027 (was April 2027)."),
    ("SDG-32", "Off-framework agency use stopped in all trusts", "LC7", "Beatrix Lowther", "31/10/26", "AR", "-"),
    ("SDG-33", "International recruitment: 60 nurses arrive", "LC7", "Beatrix Lowther", "Sept–Nov 2026", "OT", "34 arrived so far."),
    ("SDG-34", "Efficiency plan: month 6 recovery actions agreed", "LC7", "Marcus Ilesanmi", "20/10/26", "AR", "£5.2m gap against plan at month 5."),
    ("SDG-35", "Wykeford Health Hub OBC: Board paper drafted", "LC7", "Hamish Tully", "by 1st Dec", "OT", "Board meeting 10/12/26."),
    ("SDG-36", "JFP refresh for 2027/28: engagement plan", "SYS", "Tobias Renwick", "end Q3", "OT", "-"),
    ("SDG-37", "Must-do 8 gap: SRO for an LD & autism workstream identified", "SYS", "Tobias Renwick", "31/01/27", "NS", "From the must-do coverage review."),
    ("SDG-38", "Operational plan 2027/28: first submission", "SYS", "Tobias Renwick", "Feb 2027 (date TBC by NHS England)", "NS", "-"),
    ("SDG-39", "Staff flu vaccination uptake of 60%", "LC1", "Grace Ntuli-Harper", "end Dec", "OT", "-"),
    ("SDG-40", "Discharge to assess: 7-day social work cover in Lindmere", "LC1", "Jenna Whitlock", "Oct–Nov 2026", "AR", "Lindmere City Council funding not yet confirmed."),
    ("SDG-41", "Talking therapies: two additional hubs open", "LC5", "Dr Samira Haddad", "Q4 26/27", "OT", "-"),
    ("SDG-42", "Saturday MRI lists at Saltharbour General Hospital", "LC2", "Tariq Bellamy", "w/c 02/11/26", "OT", "-"),
    ("SDG-43", "Cancer 62-day backlog below 180", "LC3", "Dr Aoife Brannigan", "end Q3", "AR", "Backlog 236 at 27/09."),
    ("SDG-44", "NHS App messaging for all CCHT outpatient letters", "LC7", "Declan Hoskins", "Mar-27", "OT", "-"),
    ("SDG-45", "Pellow Bay CDC car park extension: planning approval", "LC7", "Hamish Tully", "TBC", "NS", "Application submitted 11/09."),
    ("SDG-46", "Board development session: programmes on a page", "SYS", "Tobias Renwick", "12/11/26", "OT", "-"),
]


def make_pdf_log():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph as _Para, Table, TableStyle, Spacer

    _fonts()
    from xml.sax.saxutils import escape

    def Paragraph(text, style):
        return _Para(escape(text), style)

    cellst = ParagraphStyle("c", fontName="DV", fontSize=8, leading=10)
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12)
    h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=8, spaceAfter=3)
    path = os.path.join(OUT, "h4_sdg_action_log_2026-10-02.pdf")
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, invariant=1,
                            title="SDG action and milestone log", author="LCC ICB PMO")
    s = [Paragraph("System Delivery Group: consolidated action and milestone log", h1),
         Paragraph("NHS Lindmere and Corrow Coast ICB. Position as at 2 October 2026. Chair of the System Delivery Group (SDG): "
                   "Tobias Renwick, Director of Strategy & Transformation. Log owner: Kerry-Anne Pilling, PMO Lead. "
                   "Programme codes LC1-LC7 as in the Joint Forward Plan; SYS = system-wide.", body),
         Spacer(1, 6)]
    data = [["Ref", "Action / milestone", "Prog", "Lead", "Due", "Status", "Latest update"]]
    for a in ACTIONS:
        data.append([a[0], Paragraph(a[1], cellst), a[2], Paragraph(a[3], cellst), Paragraph(a[4], cellst), a[5], Paragraph(a[6], cellst)])
    t = Table(data, colWidths=[17 * mm, 78 * mm, 12 * mm, 40 * mm, 30 * mm, 14 * mm, 82 * mm], repeatRows=0)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
    ]))
    s.append(t)
    s.append(Paragraph("Status key", h2))
    s.append(Paragraph("C = complete; OT = on track; AR = at risk; OD = overdue (past its due date and not complete); "
                       "NS = not started; SUP = superseded.", body))
    s.append(Paragraph("PMO stage codes (as used in the PMO system project exports)", h2))
    for txt in ["S0 Pipeline - idea logged, no mandate yet.",
                "S1 Mandate - SRO agreed, project being scoped.",
                "S2 Business case - case in development or awaiting approval.",
                "S3 Delivery - business case approved, project being implemented.",
                "S4 Benefits realisation - service live, benefits being tracked.",
                "S5 Closed - closure report accepted by the SDG."]:
        s.append(Paragraph(txt, body))
    s.append(Paragraph("RAG in the PMO exports: G = green, A = amber, R = red, B = blue (complete or live).", body))

    def footer(c, d):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(12 * mm, 7 * mm, "SDG action log - 02/10/2026 - OFFICIAL")
        c.drawRightString(285 * mm, 7 * mm, "%d" % d.page)
        c.restoreState()

    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 5. CSV export from the PMO system.
# ---------------------------------------------------------------------------
PROJECTS = [
    ("P-0101", "Saltharbour Urgent Treatment Centre", "LC1", "Corrow Coast", "Niamh Rathbone", "Jenna Whitlock", "S3", "R", "2025-10-01", "2027-02-02", "2026-11-30", 3450000, 0, "2026-10-02", "Main contractor in administration, replacement contractor starts 19 Oct; opening moved to 2 Feb 2027"),
    ("P-0102", "Virtual wards expansion (frailty, respiratory)", "LC1", "System-wide", "Niamh Rathbone", "Dr Kofi Mensah-Doyle", "S3", "G", "2025-04-01", "2026-12-31", "2026-12-31", 2180000, 1250000, "2026-09-28", "104 of 120 beds open"),
    ("P-0103", "LRH ambulance handover cohort area", "LC1", "Lindmere", "Niamh Rathbone", "Jenna Whitlock", "S3", "A", "2026-06-01", "2026-11-30", "2026-11-09", 760000, 0, "2026-09-30", "Estates works about 3 weeks late"),
    ("P-0104", "SGH Same Day Emergency Care 12-hour opening", "LC1", "Corrow Coast", "Niamh Rathbone", "Dr Kofi Mensah-Doyle", "S2", "G", "2026-09-01", "2027-06-30", "2027-06-30", 540000, 310000, "2026-09-15", ""),
    ("P-0105", "Discharge to assess: 7-day social work", "LC1", "Lindmere", "Niamh Rathbone", "Jenna Whitlock", "S2", "A", "2026-10-01", "2027-03-31", "2027-03-31", 420000, 600000, "2026-09-30", "Lindmere City Council funding not yet confirmed"),
    ("P-0201", "Pellow Bay Community Diagnostic Centre phase 1 (CT, MRI)", "LC2", "Corrow Coast", "Callum Breckon", "Tariq Bellamy", "S4", "B", "2024-11-01", "2026-09-01", "2026-09-01", 6200000, 0, "2026-09-02", "Opened 1 Sept 2026"),
    ("P-0202", "Pellow Bay CDC phase 2 (endoscopy)", "LC2", "Corrow Coast", "Callum Breckon", "Tariq Bellamy", "S3", "R", "2025-06-01", "2027-03-15", "2026-12-01", 3900000, 0, "2026-10-01", "Equipment order held, capital approval pending"),
    ("P-0203", "Saltharbour Elective Orthopaedic Centre theatre 4", "LC2", "Corrow Coast", "Callum Breckon", "Miss Leonie Farquharson", "S3", "G", "2026-01-05", "2027-02-28", "2027-02-28", 2750000, 0, "2026-09-22", ""),
    ("P-0204", "Patient-initiated follow-up (PIFU)", "LC2", "System-wide", "Callum Breckon", "Tariq Bellamy", "S3", "G", "2025-04-01", "2027-03-31", "2027-03-31", 180000, 950000, "2026-09-22", "9 of 12 specialties live"),
    ("P-0205", "Spinal surgery 65-week clearance", "LC2", "Lindmere", "Callum Breckon", "Miss Leonie Farquharson", "S3", "R", "2026-07-01", "2026-12-31", "2026-09-30", 390000, 0, "2026-10-01", "14 patients over 65 weeks at 30 Sept"),
    ("P-0301", "Non-specific symptoms pathway, SGH", "LC3", "Corrow Coast", "Dr Aoife Brannigan", "Mr Rupert Elstob", "S3", "G", "2026-02-01", "2026-10-31", "2026-10-31", 210000, 0, "2026-09-29", ""),
    ("P-0302", "Targeted lung health checks, Hallamby & Wyke Moor", "LC3", "Hallamby & Wyke Moor", "Dr Aoife Brannigan", "Shona McAllister", "S4", "B", "2025-09-01", "2026-08-15", "2026-08-15", 1340000, 0, "2026-08-20", ""),
    ("P-0303", "Teledermatology for skin cancer referrals", "LC3", "System-wide", "Dr Aoife Brannigan", "Shona McAllister", "S3", "A", "2026-04-01", "2026-12-18", "2026-12-18", 265000, 80000, "2026-09-30", "11 of 19 PCNs live"),
    ("P-0304", "Digital pathology (histopathology)", "LC3", "Lindmere", "Dr Aoife Brannigan", "Shona McAllister", "S2", "A", "2026-10-01", "2027-09-30", "2027-09-30", 1120000, 150000, "2026-09-30", "Outsourcing contract extension awaiting CFO sign-off"),
    ("P-0401", "Cloud telephony for general practice", "LC4", "System-wide", "Dr Rehana Mistry", "Lucy Fenwick", "S5", "B", "2025-05-01", "2026-09-30", "2026-09-30", 610000, 0, "2026-09-30", "All 96 practices live 29 Sept"),
    ("P-0402", "Integrated neighbourhood teams wave 1", "LC4", "Saltharbour, Pellow Bay, Lindmere East, Hallamby, Wykeford", "Dr Rehana Mistry", "Dr Owain Gethin", "S3", "G", "2026-04-01", "2026-12-31", "2026-12-31", 1850000, 400000, "2026-09-25", ""),
    ("P-0403", "Integrated neighbourhood teams wave 2", "LC4", "System-wide", "Dr Rehana Mistry", "Dr Owain Gethin", "S1", "G", "2027-04-01", "2028-03-31", "2028-03-31", 2400000, 900000, "2026-09-25", "Eight remaining neighbourhoods"),
    ("P-0404", "Primary care estates plan", "LC4", "System-wide", "Dr Rehana Mistry", "Hamish Tully", "S2", "G", "2026-05-01", "2027-01-29", "2027-01-29", 95000, 0, "2026-09-30", "71 of 96 practice surveys returned"),
    ("P-0501", "Saltharbour crisis café", "LC5", "Corrow Coast", "Fiona Achebe (acting: Gideon Threlfall)", "Ben Oduya", "S3", "A", "2026-03-01", "2026-11-09", "2026-10-12", 285000, 0, "2026-10-01", "Fire door certification; opening moved to 9 Nov"),
    ("P-0502", "Out-of-area placements repatriation", "LC5", "System-wide", "Fiona Achebe (acting: Gideon Threlfall)", "Gideon Threlfall", "S3", "R", "2026-04-01", "2027-03-31", "2027-03-31", 1600000, 2300000, "2026-09-30", "Acute bed pressures, 31 people placed out of area"),
    ("P-0503", "LD annual health checks recovery", "LC5", "System-wide", "Fiona Achebe (acting: Gideon Threlfall)", "Maxine Cordingley", "S3", "A", "2026-07-01", "2027-03-31", "2027-03-31", 145000, 0, "2026-09-30", "Uptake 38% at end of Q2"),
    ("P-0504", "Mental health support teams in schools, wave 4", "LC5", "Lindmere, Hallamby & Wyke Moor", "Fiona Achebe (acting: Gideon Threlfall)", "Dr Samira Haddad", "S3", "G", "2026-01-01", "2027-09-30", "2027-09-30", 1280000, 0, "2026-09-18", ""),
    ("P-0601", "Maternity triage (BSOTS), LRH", "LC6", "Lindmere", "Grace Ntuli-Harper", "Imogen Deverill", "S5", "B", "2025-11-01", "2026-06-30", "2026-06-30", 330000, 0, "2026-07-10", ""),
    ("P-0602", "Continuity of carer teams, Corrow Coast", "LC6", "Corrow Coast", "Grace Ntuli-Harper", "Imogen Deverill", "S3", "G", "2026-04-01", "2027-03-31", "2027-03-31", 720000, 0, "2026-09-26", "Team 1 live, team 2 from 1 Dec"),
    ("P-0603", "CYP asthma bundle", "LC6", "System-wide", "Grace Ntuli-Harper", "Hollie Spratt", "S3", "A", "2026-05-01", "2026-11-30", "2026-11-30", 160000, 0, "2026-09-30", "No CYP clinical lead in post, 8 of 19 PCNs signed up"),
    ("P-0701", "Lindmere & Corrow Care Record", "LC7", "System-wide", "Marcus Ilesanmi", "Declan Hoskins", "S3", "G", "2025-01-06", "2026-11-30", "2026-11-30", 2950000, 0, "2026-09-29", ""),
    ("P-0702", "CCHT electronic patient record", "LC7", "Corrow Coast", "Marcus Ilesanmi", "Declan Hoskins", "S2", "A", "2025-11-01", "2027-11-30", "2027-04-30", 14800000, 1900000, "2026-09-30", "Go-live moved from April 2027 to November 2027"),
    ("P-0703", "Agency reduction programme", "LC7", "System-wide", "Marcus Ilesanmi", "Beatrix Lowther", "S3", "A", "2026-04-01", "2027-03-31", "2027-03-31", 250000, 7400000, "2026-09-30", "Off-framework use to stop by 31 Oct"),
    ("P-0704", "Wykeford Health Hub", "LC7", "Hallamby & Wyke Moor", "Marcus Ilesanmi", "Hamish Tully", "S2", "G", "2026-06-01", "2029-09-30", "2029-09-30", 18500000, 0, "2026-09-30", "OBC to ICB Board 10 Dec 2026"),
    ("P-0705", "International nurse recruitment", "LC7", "System-wide", "Marcus Ilesanmi", "Beatrix Lowther", "S3", "G", "2026-05-01", "2026-11-30", "2026-11-30", 540000, 0, "2026-09-30", "34 of 60 nurses arrived"),
]


def make_csv():
    path = os.path.join(OUT, "h5_pmo_project_export_2026-10-05.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["project_id", "project_name", "programme", "place", "sro", "project_lead", "stage", "rag",
                    "start_date", "planned_end", "baseline_end", "budget_gbp", "recurrent_saving_gbp",
                    "last_update", "comment"])
        for p in PROJECTS:
            w.writerow(p)


# ---------------------------------------------------------------------------
# 6. pptx: one real table per slide (programme on a page) + speaker notes.
# ---------------------------------------------------------------------------
SLIDES = [
    ("LC1 Right Care, First Time (Urgent & Emergency Care)", [
        ("SRO", "Niamh Rathbone, Interim Director of Performance & Delivery (interim since 1 July 2026)"),
        ("Clinical lead", "Dr Kofi Mensah-Doyle, Consultant in Emergency Medicine, LTH"),
        ("Programme manager", "Jenna Whitlock"),
        ("By March 2027", "78% seen within 4 hours in A&E; Category 2 mean 30 minutes; no handovers over 45 minutes"),
        ("Key milestones", "Virtual wards at 120 beds - Dec 2026\nSaltharbour UTC opens - 2 Feb 2027 (was 30 Nov 2026)\nSDEC 12 hours a day at SGH - Jun 2027"),
        ("Investment 2026/27", "£11.05m (capital £4.20m; revenue £6.85m)"),
        ("Top risk", "Ambulance handover delays at LRH over winter - score 20 (L5 x I4)"),
        ("National must-dos", "Leads 4; contributes to 1, 2, 3, 7 and 9"),
    ], "Presenter: Niamh Rathbone. Virtual ward occupancy in October 2026 was 81% against a 90% target. "
       "The UTC slipped because the main contractor, Harland Brook Construction, went into administration on "
       "8 September; the replacement contractor, Tennant & Vose Ltd, started on site on 19 October 2026. "
       "Niamh's interim appointment runs to 31 March 2027 and the substantive post is out to advert."),
    ("LC2 Elective Recovery & Diagnostics", [
        ("SRO", "Callum Breckon, Chief Operating Officer, CCHT"),
        ("Clinical lead", "Miss Leonie Farquharson, Consultant Orthopaedic Surgeon, CCHT"),
        ("Programme manager", "Tariq Bellamy"),
        ("By March 2027", "Nobody waiting over 65 weeks; 52-week waits under 1,450; PIFU in 12 specialties"),
        ("Key milestones", "Pellow Bay CDC phase 2 (endoscopy) - 15 Mar 2027 (was 1 Dec 2026)\nTheatre 4 at Saltharbour - Feb 2027"),
        ("Investment 2026/27", "£12.85m (capital £9.75m; revenue £3.10m)"),
        ("Top risk", "Endoscopy workforce for CDC phase 2 - score 12 (L3 x I4)"),
        ("National must-dos", "Leads 5; contributes to 1, 2 and 6"),
    ], "The 14 patients waiting over 65 weeks at the end of September were all on the spinal surgery pathway; "
       "the aim is to clear them by 31 December 2026. Mutual aid from LTH orthopaedics was agreed in October."),
    ("LC3 Cancer", [
        ("SRO", "Dr Aoife Brannigan, Chief Medical Officer"),
        ("Clinical lead", "Mr Rupert Elstob, Consultant Colorectal Surgeon, LTH"),
        ("Programme manager", "Shona McAllister"),
        ("By March 2027", "Faster Diagnosis Standard 80%; 62-day standard 75%"),
        ("Key milestones", "Non-specific symptoms pathway at SGH - Oct 2026 (live)\nTeledermatology in all PCNs - Dec 2026"),
        ("Investment 2026/27", "£3.63m (capital £1.15m; revenue £2.48m)"),
        ("Top risk", "Histopathology turnaround times - score 9 (L3 x I3)"),
        ("National must-dos", "Leads 6; contributes to 1"),
    ], "Mr Elstob retires on 31 March 2027; interviews for his successor as cancer clinical lead are on "
       "15 January 2027. The 62-day backlog was 236 at 27 September against a target of 180."),
    ("LC4 Primary Care & Neighbourhoods", [
        ("SRO", "Dr Rehana Mistry, Director of Primary Care"),
        ("Clinical lead", "Dr Owain Gethin, GP, Clinical Director of Pellow Bay PCN"),
        ("Programme manager", "Lucy Fenwick"),
        ("By March 2027", "Integrated neighbourhood teams in 6 of 14 neighbourhoods; estates plan approved"),
        ("Key milestones", "6 INTs live - Dec 2026\nEstates plan - Jan 2027\nAll 14 INTs - Mar 2028"),
        ("Investment 2026/27", "£7.62m (capital £2.30m; revenue £5.32m)"),
        ("Top risk", "GP partner retirements in Corrow Coast - score 16 (L4 x I4)"),
        ("National must-dos", "Leads 3; contributes to 1 and 4"),
    ], "The six neighbourhoods going live by December 2026 are Saltharbour North, Saltharbour South, Pellow Bay, "
       "Lindmere East, Hallamby and Wykeford. The other eight follow in 2027/28."),
    ("LC5 Mental Health, Learning Disability & Autism", [
        ("SRO", "Fiona Achebe, Chief Executive, WCP (on secondment)\nActing SRO: Gideon Threlfall, Director of Operations, WCP"),
        ("Clinical lead", "Dr Samira Haddad, Consultant Psychiatrist, WCP"),
        ("Programme manager", "Ben Oduya"),
        ("By March 2027", "No inappropriate out-of-area placements; 75% LD annual health checks"),
        ("Key milestones", "Saltharbour crisis café - 9 Nov 2026\nMH support teams in 60% of schools - Sep 2027"),
        ("Investment 2026/27", "£5.835m (capital £0.86m; revenue £4.975m)"),
        ("Top risk", "Shortage of acute mental health beds driving out-of-area placements - score 15 (L3 x I5)"),
        ("National must-dos", "Leads 7; contributes to 1, 4 and 8"),
    ], "Fiona Achebe is on secondment to NHS England until 31 January 2027 and Gideon Threlfall is acting SRO "
       "until she returns. The Saltharbour crisis café opened on 9 November 2026 and saw 23 people in its first "
       "three days."),
    ("LC6 Start Well (Children, Young People & Maternity)", [
        ("SRO", "Grace Ntuli-Harper, Chief Nurse"),
        ("Clinical leads", "Maternity: Imogen Deverill, Director of Midwifery, LTH\nCYP: vacant"),
        ("Programme manager", "Hollie Spratt"),
        ("By March 2027", "Three continuity of carer teams in Corrow Coast; CYP asthma bundle in all PCNs"),
        ("Key milestones", "Continuity of carer team 2 (Pellow Bay) - 1 Dec 2026\nCCHT exits MSSP - Q1 2027/28"),
        ("Investment 2026/27", "£2.43m (capital £0.54m; revenue £1.89m)"),
        ("Top risk", "Maternity staffing at SGH - score 12 (L4 x I3)"),
        ("National must-dos", "Leads 9; contributes to 1 and 7"),
    ], "CYP clinical lead: recruitment closes on 20 November 2026 and interviews are on 8 December 2026. "
       "Until someone is appointed, clinical escalation for CYP goes to Dr Aoife Brannigan."),
    ("LC7 Sustainable System (Digital, Workforce, Finance & Estates)", [
        ("SRO", "Marcus Ilesanmi, Chief Finance Officer & Deputy Chief Executive"),
        ("Enabler leads", "Digital: Declan Hoskins\nWorkforce: Beatrix Lowther\nEstates: Hamish Tully"),
        ("Programme manager", "Kerry-Anne Pilling"),
        ("By March 2027", "£38.6m efficiency; agency at or below 3.2% of pay bill; care record in all practices"),
        ("Key milestones", "Care record in all practices - Nov 2026\nWykeford Health Hub OBC to Board - 10 Dec 2026\nCCHT EPR go-live - Nov 2027"),
        ("Investment 2026/27", "£10.66m (capital £7.40m; revenue £3.26m)"),
        ("Top risk", "Efficiency plan under-delivery - score 20 (L4 x I5)"),
        ("National must-dos", "Leads 1 and 2; contributes to 5"),
    ], "At month 6 we had delivered £15.3m of the £38.6m efficiency plan, £6.1m of it non-recurrently. "
       "The Wykeford Health Hub outline business case goes to the ICB Board on 10 December 2026."),
]


def make_pptx():
    from pptx import Presentation
    from pptx.util import Inches, Pt
    from pptx.dml.color import RGBColor

    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    cp = prs.core_properties
    cp.author = "Tobias Renwick"
    cp.title = "Programmes on a page - Board development session"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "LCC ICB"
    cp.revision = 4

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Programmes on a page"
    s.placeholders[1].text = ("NHS Lindmere and Corrow Coast ICB - Board development session, 12 November 2026\n"
                              "Presented by Tobias Renwick, Director of Strategy & Transformation")
    s.notes_slide.notes_text_frame.text = ("One slide per delivery programme. Risk scores are likelihood x impact "
                                           "on a 5 x 5 matrix.")
    blank = prs.slide_layouts[5]  # title only
    for title, rows, notes in SLIDES:
        sl = prs.slides.add_slide(blank)
        sl.shapes.title.text = title
        sl.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(26)
        shape = sl.shapes.add_table(len(rows), 2, Inches(0.5), Inches(1.45), Inches(12.3), Inches(5.6))
        tbl = shape.table
        tbl.columns[0].width = Inches(2.6)
        tbl.columns[1].width = Inches(9.7)
        tbl.first_row = False
        for i, (lab, val) in enumerate(rows):
            c0, c1 = tbl.cell(i, 0), tbl.cell(i, 1)
            c0.text = lab
            c1.text = val
            for c, bold in ((c0, True), (c1, False)):
                for p in c.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(13)
                        r.font.bold = bold
            c0.fill.solid()
            c0.fill.fore_color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            for p in c0.text_frame.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        sl.notes_slide.notes_text_frame.text = notes
    path = os.path.join(OUT, "h6_programmes_on_a_page_board_2026-11-12.pptx")
    prs.save(path)
    normalise_zip(path)


if __name__ == "__main__":
    make_xlsx()
    make_docx()
    make_pdf_matrix()
    make_pdf_log()
    make_csv()
    make_pptx()
    for n in sorted(os.listdir(OUT)):
        print(n, os.path.getsize(os.path.join(OUT, n)))
