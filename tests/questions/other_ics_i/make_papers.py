#!/usr/bin/env python3
"""Write the papers of the imaginary Greywater and Oxhollow Health and Care
Partnership (GOHCP, shadow ICS from April 2018) into ./papers/.

Everything here is invented. Output is byte-identical on every run:
reportlab canvases use invariant=1, and every docx/xlsx/pptx is re-zipped with
fixed member timestamps and fixed core-property dates.

Run with /work/main/.venv/bin/python make_papers.py
"""
import datetime as dt
import re
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "papers"

FIXED_ZIP_TIME = (2018, 2, 9, 12, 0, 0)
FIXED_ISO = "2018-02-09T12:00:00Z"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

FILES = {
    "docx": "GOHCP_Delivery_Plan_2017-19_v0.7_DRAFT.docx",
    "minutes": "GOHCP_Partnership_Board_Minutes_2017-11-14.txt",
    "matrix": "GOHCP_MustDo_Matrix_2017-19.pdf",
    "xlsx": "GOHCP_Elective_Cancer_Tracker_Jan2018.xlsx",
    "pptx": "GOHCP_Programme_Overview_SLE_Feb2018.pptx",
    "sduc": "GOHCP_SDUC_Update_Jan2018.pdf",
    "letter": "GOHCP_MHST_Investment_Letter_Feb2018.pdf",
}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def normalise_zip(path: Path, iso: str = FIXED_ISO) -> None:
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in members:
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                       r"\g<1>" + iso + r"\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                       r"\g<1>" + iso + r"\g<2>", s)
            s = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)",
                       r"\g<1>" + iso + r"\g<2>", s)
            data = s.encode("utf-8")
        out.append((name, data))
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data)
    tmp.replace(path)


def wrap_protected(text, width, protect=()):
    """textwrap.fill that never breaks inside the given phrases."""
    keep = {}
    for i, ph in enumerate(sorted(protect, key=len, reverse=True)):
        if ph in text:
            token = ph.replace(" ", "\u2060")
            keep[token] = ph
            text = text.replace(ph, token)
    out = textwrap.fill(text, width=width, break_long_words=False,
                        break_on_hyphens=False)
    return out.replace("\u2060", " ")


# --------------------------------------------------------------------------
# 1. Board minutes: plain-text export, hard-wrapped, numbered decisions
# --------------------------------------------------------------------------
MINUTES_PROTECT = [
    "Marguerite Oyelaran", "Tobias Wrenfield", "Wilhelmina Ashdown",
    "Martin Quillfeather", "Coralie Baptiste", "Janice Mortlake",
    "Cllr Desmond Haverigg", "Desmond Haverigg", "Dr Sunniva Ketteridge",
    "Gideon Pharoah", "Priya Ormerod", "Anjali Castellanos", "Callum Dunstable",
    "Bernadette Okonjo-Hale", "Rhiannon Tweddle", "Annika Sorrell",
    "Cllr Beatrix Lomax", "Lorna Pettigrew", "Dr Oluwaseun Tarrant",
    "Dr Helga Brightmore", "Declan Moorcroft", "Femi Lockhart",
    "1 December 2017", "1 March 2018", "30 November 2017", "31 December 2017",
    "1 January 2018", "12 December 2017", "14 November 2017", "1 April 2018",
    "27 October 2017", "15 January 2018", "2 October 2017", "31 March 2018",
    "10 October 2017", "£3.2m", "£14.6m", "£11.4m", "£18.5m", "£2.6m",
    "D/17/031", "D/17/032", "D/17/033", "D/17/034", "D/17/035", "D/17/036",
    "D/17/037", "D/17/038", "Senior Responsible Officer (SRO)",
    "Saltmarsh Coast Urgent Treatment Centre", "GO Workforce Academy",
    "The Lantern", "Same Day Urgent Care", "Mental Health Crisis Alternatives",
    "Oxhollow Surgical Hub", "GP workforce gaps", "Vice Chair",
]

MINUTES = [
    ("raw", "GREYWATER AND OXHOLLOW HEALTH AND CARE PARTNERSHIP"),
    ("raw", "PARTNERSHIP BOARD"),
    ("raw", ""),
    ("raw", "MINUTES OF THE MEETING HELD ON TUESDAY 14 NOVEMBER 2017 AT 2.00PM"),
    ("raw", "COUNCIL CHAMBER, OXHOLLOW GUILDHALL"),
    ("raw", ""),
    ("raw", "[Exported from BoardPack 4.2 on 21/11/2017 09:14 - plain text, formatting removed]"),
    ("raw", "=" * 76),
    ("raw", ""),
    ("raw", "PRESENT:"),
    ("p", "Marguerite Oyelaran (Independent Chair, in the chair); Tobias Wrenfield "
          "(ICS Chief Officer); Wilhelmina Ashdown (Chief Officer, NHS Oxhollow and "
          "Pellow CCG); Martin Quillfeather (Chief Operating Officer, Greywater Royal "
          "Infirmary NHS Foundation Trust); Coralie Baptiste (Director of Mental Health "
          "Services, Brindlemere Care NHS Foundation Trust); Janice Mortlake (Director "
          "of Children's Services, Greywater City Council); Cllr Desmond Haverigg "
          "(Leader, Oxhollow County Council); Dr Sunniva Ketteridge (System Medical "
          "Director); Gideon Pharoah (System Director of Finance); Priya Ormerod "
          "(Director of Nursing, NHS Saltmarsh Coast CCG)."),
    ("raw", ""),
    ("raw", "IN ATTENDANCE:"),
    ("p", "Anjali Castellanos (Director of Transformation); Callum Dunstable (Head of "
          "PMO); Bernadette Okonjo-Hale (Director of Operations, Oxhollow and Saltmarsh "
          "Hospitals NHS Trust) for item 5; Rhiannon Tweddle (Board Secretary, minutes)."),
    ("raw", ""),
    ("raw", "APOLOGIES:"),
    ("p", "Annika Sorrell (Chief Executive, Oxhollow and Saltmarsh Hospitals NHS "
          "Trust); Cllr Beatrix Lomax (Cabinet Member for Health, Greywater City "
          "Council)."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "1. WELCOME, APOLOGIES AND DECLARATIONS OF INTEREST"),
    ("raw", "-" * 76),
    ("p", "The Chair welcomed members and noted the apologies above. No new "
          "declarations of interest were made."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "2. MINUTES OF THE MEETING HELD ON 10 OCTOBER 2017 AND MATTERS ARISING"),
    ("raw", "-" * 76),
    ("p", "The minutes of the meeting held on 10 October 2017 were agreed as a correct "
          "record. All matters arising were complete or on the agenda."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "3. VICE CHAIR OF THE PARTNERSHIP BOARD"),
    ("raw", "-" * 76),
    ("p", "The Chair reported that one nomination had been received under the process "
          "agreed in September."),
    ("raw", ""),
    ("p", "DECISION D/17/031: The Board appointed Cllr Desmond Haverigg as Vice Chair "
          "of the Partnership Board for two years from 14 November 2017. The Vice Chair "
          "will deputise for the Chair and chair meetings in her absence."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "4. ICS CHIEF OFFICER'S REPORT"),
    ("raw", "-" * 76),
    ("p", "Tobias Wrenfield presented his report. NHS England had confirmed that the "
          "Partnership will operate as a shadow Integrated Care System from 1 April "
          "2018. A memorandum of understanding between the partners is being drafted."),
    ("raw", ""),
    ("p", "DECISION D/17/032: The Board noted the report and agreed that the draft "
          "memorandum of understanding will come to the meeting on 12 December 2017 "
          "for approval."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "5. SAME DAY URGENT CARE (GO2): SRO ARRANGEMENTS AND SALTMARSH COAST UTC"),
    ("raw", "-" * 76),
    ("p", "Martin Quillfeather informed the Board that he will leave Greywater Royal "
          "Infirmary on 30 November 2017 to take up a post outside the area. The Chair "
          "thanked him for leading the programme since it began."),
    ("raw", ""),
    ("p", "DECISION D/17/033: The Board appointed Bernadette Okonjo-Hale, Director of "
          "Operations, Oxhollow and Saltmarsh Hospitals NHS Trust, as Senior "
          "Responsible Officer (SRO) for the Same Day Urgent Care programme (GO2) with "
          "effect from 1 December 2017. Lorna Pettigrew continues as Deputy SRO."),
    ("raw", ""),
    ("p", "Bernadette Okonjo-Hale reported that designation of the Saltmarsh Coast "
          "Urgent Treatment Centre cannot be achieved by the planned date because of "
          "GP workforce gaps at the Saltmarsh site: four of the six sessional GP posts "
          "remain vacant."),
    ("raw", ""),
    ("p", "DECISION D/17/034: The Board agreed to move the designation date of the "
          "Saltmarsh Coast Urgent Treatment Centre from 1 December 2017 to 1 March "
          "2018, with monthly assurance through the System Leadership Executive."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "6. MENTAL HEALTH CRISIS ALTERNATIVES (GO4)"),
    ("raw", "-" * 76),
    ("p", "Coralie Baptiste reported that the 24/7 crisis line went live on 2 October "
          "2017 and that the Greywater crisis cafe, The Lantern, remains on track to "
          "open on 15 January 2018. Dr Oluwaseun Tarrant, clinical lead for the "
          "programme, will retire on 31 December 2017; the Board recorded its thanks."),
    ("raw", ""),
    ("p", "DECISION D/17/035: The Board endorsed the appointment of Dr Helga "
          "Brightmore, Consultant Psychiatrist, Brindlemere Care NHS Foundation Trust, "
          "as clinical lead for Mental Health Crisis Alternatives from 1 January 2018."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "7. FINANCE REPORT: MONTH 6"),
    ("raw", "-" * 76),
    ("p", "Gideon Pharoah reported that at month 6 the system was £3.2m adverse to "
          "plan. The forecast outturn is a deficit of £14.6m against a system control "
          "total of a £11.4m deficit. Recovery schemes worth £2.6m have been "
          "identified so far."),
    ("raw", ""),
    ("p", "DECISION D/17/036: The Board approved the system financial recovery plan "
          "and asked each organisation to report recovery progress monthly to the "
          "System Leadership Executive."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "8. ELECTIVE RECOVERY AND SURGICAL HUB (GO3)"),
    ("raw", "-" * 76),
    ("p", "Tobias Wrenfield reported, on behalf of Annika Sorrell, that a capital bid "
          "of £18.5m for the Oxhollow Surgical Hub was submitted to the national "
          "capital programme on 27 October 2017. The outline business case will be "
          "presented on 12 December 2017. The Board noted the update."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "9. WINTER PLAN 2017/18"),
    ("raw", "-" * 76),
    ("p", "DECISION D/17/037: The Board approved the system winter plan 2017/18 and "
          "confirmed Lorna Pettigrew as system winter lead until 31 March 2018."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "10. GO WORKFORCE ACADEMY"),
    ("raw", "-" * 76),
    ("p", "Anjali Castellanos presented the proposal for a single system academy for "
          "apprenticeships, nursing associates and leadership development."),
    ("raw", ""),
    ("p", "DECISION D/17/038: The Board approved the establishment of the GO Workforce "
          "Academy, hosted by Brindlemere Care NHS Foundation Trust, to launch on 1 "
          "April 2018, and confirmed Declan Moorcroft as Academy Director."),
    ("raw", ""),
    ("raw", "-" * 76),
    ("raw", "11. ANY OTHER BUSINESS"),
    ("raw", "-" * 76),
    ("p", "None."),
    ("raw", ""),
    ("raw", "DATE AND TIME OF NEXT MEETING:"),
    ("p", "Tuesday 12 December 2017 at 2.00pm, Council Chamber, Oxhollow Guildhall."),
    ("raw", ""),
    ("raw", "=" * 76),
    ("raw", "DECISION LOG - THIS MEETING"),
    ("raw", "D/17/031  Vice Chair appointed (item 3)"),
    ("raw", "D/17/032  Chief Officer's report noted; MoU to December meeting (item 4)"),
    ("raw", "D/17/033  GO2 SRO appointed from 1 December 2017 (item 5)"),
    ("raw", "D/17/034  Saltmarsh Coast UTC designation date moved (item 5)"),
    ("raw", "D/17/035  GO4 clinical lead endorsed (item 6)"),
    ("raw", "D/17/036  System financial recovery plan approved (item 7)"),
    ("raw", "D/17/037  Winter plan 2017/18 approved (item 9)"),
    ("raw", "D/17/038  GO Workforce Academy established (item 10)"),
    ("raw", "=" * 76),
    ("raw", "Signed as a correct record: ______________________  (Chair)"),
    ("raw", "Date: ______________"),
]


def build_minutes(path: Path) -> None:
    lines = []
    for kind, text in MINUTES:
        if kind == "raw":
            lines.append(text)
        else:
            lines.extend(wrap_protected(text, 76, MINUTES_PROTECT).split("\n"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
# 2. Word draft: multi-level numbered headings, Responsible:/By: lines,
#    tracked changes (w:del / w:ins written as raw XML) and comments
# --------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TC_AUTHOR = "Callum Dunstable"
TC_DATE = "2017-12-04T09:30:00Z"


def build_docx(path: Path) -> None:
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    cp = d.core_properties
    cp.author = "GOHCP Programme Management Office"
    cp.last_modified_by = "Callum Dunstable"
    cp.title = "GOHCP Delivery Plan 2017-19 (draft v0.7)"
    cp.subject = "Delivery plan"
    cp.comments = ""
    cp.revision = 7
    cp.created = dt.datetime(2017, 11, 20, 9, 0, 0)
    cp.modified = dt.datetime(2017, 12, 4, 9, 30, 0)
    cp.last_printed = dt.datetime(2017, 12, 4, 9, 30, 0)

    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    sec = d.sections[0]
    sec.header.paragraphs[0].text = (
        "GOHCP Delivery Plan 2017-19  |  DRAFT v0.7 (tracked changes)  |  "
        "for Partnership Board 12 December 2017")
    sec.footer.paragraphs[0].text = (
        "Prepared by the GOHCP Programme Management Office. Queries: Callum "
        "Dunstable, Head of PMO. Not for onward circulation.")

    counter = [100]

    def tracked_run(kind, text):
        counter[0] += 1
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), str(counter[0]))
        el.set(qn("w:author"), TC_AUTHOR)
        el.set(qn("w:date"), TC_DATE)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        return el

    def line(label, *parts):
        """A 'Label: value' paragraph. parts: str, ('del', s) or ('ins', s)."""
        p = d.add_paragraph()
        lab = p.add_run(label + ": ")
        lab.bold = True
        for part in parts:
            if isinstance(part, str):
                p.add_run(part)
            else:
                p._p.append(tracked_run(*part))
        return p, lab

    comments = []

    def comment(run, text, author="Anjali Castellanos", initials="AC"):
        c = d.add_comment(run, text=text, author=author, initials=initials)
        comments.append(c)

    d.add_heading("Greywater and Oxhollow Health and Care Partnership", level=0)
    d.add_paragraph("Delivery Plan 2017-19: programmes, responsibilities and "
                    "milestones. Draft v0.7 for the Partnership Board, "
                    "12 December 2017.")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Change"]):
        c.text = h
    for row in [
        ("0.6", "20 November 2017", "Callum Dunstable", "First full draft"),
        ("0.7", "4 December 2017", "Callum Dunstable",
         "Changes agreed at Partnership Board 14 November 2017 and PMO review "
         "shown as tracked changes"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    d.add_heading("1 Introduction", level=1)
    d.add_heading("1.1 Purpose and scope", level=2)
    d.add_paragraph(
        "This plan sets out how the eight GOHCP programmes (GO1 to GO8) and the "
        "workforce and estates enablers will be delivered in 2017/18 and 2018/19. "
        "The Partnership serves a population of 812,400 people registered with 118 "
        "GP practices across four places: Greywater City, Oxhollow Dales, Saltmarsh "
        "Coast and Pellow Valley. Quarters are NHS financial-year quarters "
        "(Qtr 1 = April to June).")
    d.add_heading("1.2 Governance", level=2)
    line("Responsible", "Marguerite Oyelaran, Independent Chair, Partnership Board")
    d.add_paragraph(
        "The Partnership Board meets monthly and holds programmes to account. The "
        "System Leadership Executive (SLE), chaired by Tobias Wrenfield, ICS Chief "
        "Officer, oversees delivery. Each programme has a Senior Responsible Officer "
        "(SRO); the Programme Management Office (PMO) keeps this plan.")

    d.add_heading("2 Programmes", level=1)

    # GO1
    d.add_heading("2.1 Neighbourhood Care Teams (GO1)", level=2)
    line("Responsible", "Wilhelmina Ashdown, Chief Officer, NHS Oxhollow and Pellow "
                        "CCG (SRO)")
    d.add_paragraph(
        "Fourteen neighbourhood care teams (NCTs), each serving 30,000 to 50,000 "
        "people, bring together community nursing, social work, therapy and "
        "general practice. Six teams go live in wave 1.")
    d.add_heading("2.1.1 Wave 1 neighbourhood care teams live (6 teams)", level=3)
    line("Responsible", "Ewan Tregarthen, Programme Manager")
    line("By", "2 October 2017")
    line("Status", "Complete")
    d.add_heading("2.1.2 Risk stratification tool in use in all practices", level=3)
    line("Responsible", "Dr Ngozi Fairweather, Clinical Lead")
    p, lab = line("By", ("del", "30 November 2017"), ("ins", "31 January 2018"))
    comment(lab, "Moved: data sharing agreement with Saltmarsh practices not yet "
                 "signed. Agreed with SRO 28/11.")
    line("Status", "Amber")
    d.add_heading("2.1.3 All 14 neighbourhood care teams live", level=3)
    line("Responsible", "Ewan Tregarthen, Programme Manager")
    line("By", "Qtr 4 2017/18")
    line("Status", "On track")

    # GO2
    d.add_heading("2.2 Same Day Urgent Care (GO2)", level=2)
    p, lab = line("Responsible",
                  ("del", "Martin Quillfeather, Chief Operating Officer, Greywater "
                          "Royal Infirmary NHS Foundation Trust"),
                  ("ins", "Bernadette Okonjo-Hale, Director of Operations, Oxhollow "
                          "and Saltmarsh Hospitals NHS Trust"),
                  " (SRO)")
    comment(lab, "Per Board decision D/17/033.")
    line("Deputy", "Lorna Pettigrew, Head of Urgent Care Commissioning, NHS "
                   "Greywater CCG (Deputy SRO)")
    d.add_heading("2.2.1 Front door streaming at Greywater Royal Infirmary", level=3)
    line("Responsible", "Dr Idris Vantongeren, Clinical Lead")
    line("By", "6 November 2017")
    line("Status", "Complete")
    d.add_heading("2.2.2 Saltmarsh Coast Urgent Treatment Centre designated", level=3)
    line("Responsible", "Lorna Pettigrew")
    line("By", ("del", "1 December 2017"), ("ins", "1 March 2018"))
    line("Status", "Revised (D/17/034)")
    d.add_heading("2.2.3 NHS 111 direct booking into GP extended access hubs", level=3)
    line("Responsible", "Lorna Pettigrew")
    line("By", "31 March 2018")

    # GO3
    d.add_heading("2.3 Elective Recovery and Surgical Hub (GO3)", level=2)
    line("Responsible", "Annika Sorrell, Chief Executive, Oxhollow and Saltmarsh "
                        "Hospitals NHS Trust (SRO)")
    d.add_paragraph(
        "A dedicated surgical hub at Oxhollow General Hospital with 4 theatres will "
        "deliver 6,200 additional procedures a year and protect planned surgery from "
        "winter pressures.")
    d.add_heading("2.3.1 Outline business case to Partnership Board", level=3)
    line("Responsible", "Mr Tomasz Whitlow, Clinical Lead")
    line("By", "12 December 2017")
    d.add_heading("2.3.2 Oxhollow Surgical Hub opens to patients", level=3)
    line("Responsible", "Annika Sorrell")
    p, lab = line("By", ("del", "30 April 2018"), ("ins", "3 September 2018"))
    comment(lab, "Revised after OBC review (18-week build extension). The PMO "
                 "tracker holds the forecast.")

    # GO4
    d.add_heading("2.4 Mental Health Crisis Alternatives (GO4)", level=2)
    line("Responsible", "Coralie Baptiste, Director of Mental Health Services, "
                        "Brindlemere Care NHS Foundation Trust (SRO)")
    d.add_heading("2.4.1 24/7 mental health crisis line", level=3)
    p, lab = line("Responsible", ("del", "Dr Oluwaseun Tarrant"),
                  ("ins", "Dr Helga Brightmore"), ", Clinical Lead")
    comment(lab, "Clinical lead from 1 January 2018 (D/17/035).")
    line("By", "Qtr 3 2017/18")
    line("Status", "Complete")
    d.add_heading("2.4.2 Greywater crisis cafe (The Lantern) opens", level=3)
    line("Responsible", "Coralie Baptiste")
    line("By", "15 January 2018")
    d.add_heading("2.4.3 Saltmarsh crisis cafe opens", level=3)
    line("Responsible", "Coralie Baptiste")
    line("By", "Qtr 2 2018/19")

    # GO5
    d.add_heading("2.5 Children and Young People's Wellbeing (GO5)", level=2)
    line("Responsible", "Janice Mortlake, Director of Children's Services, "
                        "Greywater City Council (SRO)")
    d.add_heading("2.5.1 Two Mental Health Support Teams in Greywater schools",
                  level=3)
    line("Responsible", "Dr Afua Renshaw, Clinical Lead")
    line("By", "September 2018")

    # GO6
    d.add_heading("2.6 Cancer Early Diagnosis (GO6)", level=2)
    line("Responsible", "Dr Sunniva Ketteridge, System Medical Director (SRO)")
    d.add_heading("2.6.1 Rapid diagnostic centre (RDC) pilot live at Greywater Royal "
                  "Infirmary", level=3)
    line("Responsible", "Dr Pieter Hallgarth, Clinical Lead")
    line("By", "Qtr 1 2018/19")
    d.add_heading("2.6.2 Lung health checks in Saltmarsh Coast", level=3)
    line("Responsible", "Dr Pieter Hallgarth")
    line("By", "Qtr 3 2018/19")

    # GO7
    d.add_heading("2.7 Learning Disability and Autism (GO7)", level=2)
    line("Responsible", "Priya Ormerod, Director of Nursing, NHS Saltmarsh Coast CCG "
                        "(SRO)")
    d.add_heading("2.7.1 Inpatient beds for people with a learning disability and/or "
                  "autism reduced from 41 to 28", level=3)
    line("Responsible", "Priya Ormerod")
    line("By", "March 2019")
    d.add_heading("2.7.2 Annual health checks for 75% of people aged 14 and over on "
                  "GP learning disability registers", level=3)
    line("Responsible", "Priya Ormerod")
    line("By", "March 2019")

    # GO8
    d.add_heading("2.8 Digital Shared Care Record (GO8)", level=2)
    p, lab = line("Responsible",
                  ("del", "Felix Arkwright, Chief Information Officer, Greywater "
                          "Royal Infirmary NHS Foundation Trust"),
                  ("ins", "Yasmin Delacourt, Interim Chief Digital Officer"),
                  " (SRO)")
    comment(lab, "Felix left GRI on 24 November. Yasmin is interim SRO until a "
                 "substantive CDO is appointed.")
    d.add_heading("2.8.1 Phase 1 (GP and acute records) live", level=3)
    line("By", "4 September 2017")
    line("Status", "Complete")
    d.add_heading("2.8.2 Phase 2 (social care records) live", level=3)
    line("By", ("del", "Qtr 3 2017/18"), ("ins", "Qtr 1 2018/19"))
    line("Status", "Re-planned: social care system upgrade")

    d.add_heading("3 Enablers", level=1)
    d.add_heading("3.1 GO Workforce Academy", level=2)
    line("Responsible", "Declan Moorcroft, Academy Director")
    d.add_heading("3.1.1 First cohort of 40 trainee nursing associates starts",
                  level=3)
    line("By", "8 January 2018")
    d.add_heading("3.1.2 Academy launch", level=3)
    line("By", "1 April 2018")
    d.add_heading("3.2 Estates", level=2)
    line("Responsible", "Rupert Callaghan, Director of Estates, Oxhollow and "
                        "Saltmarsh Hospitals NHS Trust")

    d.add_heading("4 Finance", level=1)
    d.add_paragraph(
        "The system control total for 2017/18 is a deficit of £11.4m. The financial "
        "recovery plan approved in November 2017 is monitored monthly by the SLE.")

    d.save(path)

    # fix comment dates (python-docx stamps the current time)
    import zipfile as zf
    with zf.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in members:
        if name == "word/comments.xml":
            s = data.decode("utf-8")
            s = re.sub(r'w:date="[^"]*"', 'w:date="%s"' % TC_DATE, s)
            data = s.encode("utf-8")
        fixed.append((name, data))
    with zf.ZipFile(path, "w") as z:
        for name, data in fixed:
            z.writestr(name, data)
    normalise_zip(path, TC_DATE)


# --------------------------------------------------------------------------
# 3. Must-do matrix PDF: portrait, rotated programme headings, tick marks
# --------------------------------------------------------------------------
MUSTDOS = [
    ("1", "STP: develop and deliver the", "Sustainability and Transformation Plan"),
    ("2", "Finance: return the system to", "aggregate financial balance"),
    ("3", "Primary care: sustainability and", "quality of general practice"),
    ("4", "Urgent and emergency care: A&E", "4-hour standard, ambulance response"),
    ("5", "Referral to treatment: 18 weeks", "for consultant-led treatment"),
    ("6", "Cancer: 62-day standard and", "two-week wait"),
    ("7", "Mental health: IAPT, early", "intervention in psychosis, dementia"),
    ("8", "Learning disabilities: Transforming", "Care, reduce inpatient capacity"),
    ("9", "Quality: safety, and organisations", "in special measures"),
]
PROGRAMMES = [
    ("GO1", "Neighbourhood Care Teams"),
    ("GO2", "Same Day Urgent Care"),
    ("GO3", "Elective Recovery and Surgical Hub"),
    ("GO4", "Mental Health Crisis Alternatives"),
    ("GO5", "Children and Young People's Wellbeing"),
    ("GO6", "Cancer Early Diagnosis"),
    ("GO7", "Learning Disability and Autism"),
    ("GO8", "Digital Shared Care Record"),
]
Y, N, NA = "\u2713", "\u2717", "\u2013"
MATRIX = [  # rows = must-dos 1..9, columns GO1..GO8
    [Y, Y, Y, Y, Y, Y, Y, Y],
    [Y, Y, Y + "\u00b9", N, N, N, Y, Y],
    [Y, Y + "\u00b2", N, N, NA, Y, N, Y],
    [Y, Y, N, Y, N, NA, N, Y],
    [N, N, Y, NA, NA, N, NA, N],
    [N, NA, Y + "\u00b3", NA, NA, Y, NA, Y],
    [Y, Y, NA, Y, Y, NA, N, N],
    [N, NA, NA, N, Y + "\u2074", NA, Y, N],
    [N, Y, Y, N, N, N, Y, NA],
]
MATRIX_NOTES = [
    "\u00b9 GO3: \u00a32.1m efficiency in 2018/19 from consolidating elective "
    "orthopaedics at the Oxhollow Surgical Hub.",
    "\u00b2 GO2: NHS 111 direct booking into GP extended access hubs frees "
    "practice appointments.",
    "\u00b3 GO3: endoscopy capacity at the surgical hub is shared with the 62-day "
    "cancer pathway.",
    "\u2074 GO5: autism diagnostic pathway for under-18s, with assessment within "
    "18 weeks of referral.",
]


def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))


def build_matrix(path: Path) -> None:
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    _register_fonts()
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("GOHCP programme contribution to the nine national must-dos")
    c.setAuthor("GOHCP PMO")
    c.setFont("DVB", 13)
    c.drawString(40, H - 50, "Greywater and Oxhollow Health and Care Partnership")
    c.setFont("DVB", 11)
    c.drawString(40, H - 68, "Programme contribution to the nine national must-dos, "
                             "2017-19")
    c.setFont("DV", 8.5)
    c.drawString(40, H - 84, "Reviewed by the System Leadership Executive on "
                             "24 October 2017. Columns are programmes; rows are "
                             "the must-dos of the planning guidance.")

    left, label_w, col_w, row_h = 40, 210, 36, 30
    head_h = 190
    top = H - 100
    grid_top = top - head_h
    ncols = len(PROGRAMMES)
    right = left + label_w + ncols * col_w
    # rotated column headings
    c.setFillColor(colors.HexColor("#E8EEF4"))
    c.rect(left, grid_top, right - left, head_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DVB", 9)
    c.drawString(left + 4, grid_top + 8, "National must-do")
    for i, (code, name) in enumerate(PROGRAMMES):
        x = left + label_w + i * col_w + col_w / 2 + 3
        c.saveState()
        c.translate(x, grid_top + 6)
        c.rotate(90)
        c.setFont("DVB", 8.5)
        c.drawString(0, 0, code)
        c.setFont("DV", 8.5)
        c.drawString(24, 0, name)
        c.restoreState()
    # grid body
    y = grid_top
    for r, (num, l1, l2) in enumerate(MUSTDOS):
        y -= row_h
        if r % 2:
            c.setFillColor(colors.HexColor("#F6F6F6"))
            c.rect(left, y, right - left, row_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.setFont("DVB", 8.5)
        c.drawString(left + 4, y + row_h - 12, num)
        c.setFont("DV", 8)
        c.drawString(left + 16, y + row_h - 12, l1)
        c.drawString(left + 16, y + row_h - 22, l2)
        for i, mark in enumerate(MATRIX[r]):
            cx = left + label_w + i * col_w + col_w / 2
            c.setFont("DV", 12)
            c.drawCentredString(cx, y + row_h / 2 - 4, mark)
    # ruling
    c.setLineWidth(0.4)
    c.setStrokeColor(colors.HexColor("#7A8A99"))
    for k in range(len(MUSTDOS) + 1):
        yy = grid_top - k * row_h
        c.line(left, yy, right, yy)
    c.line(left, top, right, top)
    for i in range(ncols + 1):
        xx = left + label_w + i * col_w
        c.line(xx, top, xx, y)
    c.line(left, top, left, y)

    yk = y - 24
    c.setFont("DVB", 9)
    c.drawString(left, yk, "Key")
    c.setFont("DV", 9)
    c.drawString(left + 30, yk, Y + "  programme contributes directly")
    c.drawString(left + 210, yk, N + "  no contribution (gap to be reviewed)")
    c.drawString(left + 30, yk - 14, NA + "  not applicable")
    c.setFont("DVB", 9)
    c.drawString(left, yk - 40, "Notes")
    c.setFont("DV", 8.5)
    yy = yk - 56
    for note in MATRIX_NOTES:
        c.drawString(left, yy, note)
        yy -= 14
    c.setFont("DV", 7.5)
    c.drawString(left, 40, "Matrix maintained by Callum Dunstable, Head of PMO. "
                           "GOHCP PMO, October 2017.")
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# 4. Excel tracker: several tables under each other with title rows,
#    hidden baseline column, cell comments, change-log sheet
# --------------------------------------------------------------------------
def build_xlsx(path: Path) -> None:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill, Alignment

    wb = openpyxl.Workbook()
    wb.properties.creator = "GOHCP PMO"
    wb.properties.lastModifiedBy = "Callum Dunstable"
    wb.properties.title = "Elective and cancer tracker January 2018"
    wb.properties.created = dt.datetime(2018, 1, 19, 9, 0, 0)
    wb.properties.modified = dt.datetime(2018, 1, 19, 9, 0, 0)
    ws = wb.active
    ws.title = "Tracker"
    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)
    band = PatternFill("solid", fgColor="1F4E79")
    band_font = Font(bold=True, color="FFFFFF")
    head = PatternFill("solid", fgColor="D9E1F2")
    D = lambda y, m, d: dt.datetime(y, m, d)
    DATEFMT = "dd-mmm-yy"

    ws["A1"] = "GOHCP Elective and Cancer Programmes - Tracker"
    ws["A1"].font = title_font
    ws["A2"] = ("Position at 19 January 2018, for the System Leadership Executive "
                "on 6 February 2018")

    def title_row(r, text):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for col in range(1, 7):
            ws.cell(row=r, column=col).fill = band
        ws.cell(row=r, column=1).font = band_font

    def header_row(r, values):
        for col, v in enumerate(values, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=col, value=v)
            cell.font = bold
            cell.fill = head

    # Table A
    title_row(4, "Table A - GO3 Elective Recovery and Surgical Hub: milestones")
    header_row(5, ["Ref", "Milestone", "Owner", "Forecast date", "RAG", "Comment",
                   None, "Baseline date"])
    rows_a = [
        ("E1", "Outline business case approved by Partnership Board",
         "Mr Tomasz Whitlow", D(2017, 12, 12), "Complete",
         "Approved 12 December 2017", D(2017, 12, 12)),
        ("E2", "Full business case to Partnership Board", "Annika Sorrell",
         D(2018, 4, 10), "Amber", "National capital decision awaited",
         D(2018, 3, 13)),
        ("E3", "Theatre build contractor appointed", "Rupert Callaghan",
         D(2018, 2, 28), "Amber", "Tender evaluation under way", D(2018, 1, 31)),
        ("E4", "Oxhollow Surgical Hub opens to patients", "Annika Sorrell",
         D(2018, 9, 3), "Red", "Re-phased after OBC review", D(2018, 4, 30)),
        ("E5", "Elective orthopaedic day-case pathway consolidated at the hub",
         "Mr Tomasz Whitlow", D(2018, 10, 31), "Red", "Follows hub opening",
         D(2018, 6, 29)),
    ]
    for i, (ref, ms, owner, fc, rag, com, base) in enumerate(rows_a):
        r = 6 + i
        vals = [ref, ms, owner, fc, rag, com, None, base]
        for col, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATEFMT
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws["D9"].comment = Comment("Baseline 30/04/18. Revised at December Board "
                               "after OBC review. CD", "Callum Dunstable")
    ws["C8"].comment = Comment("Owner changed 08/01/18 (estates lead for the hub "
                               "build). CD", "Callum Dunstable")

    # Table B
    title_row(12, "Table B - GO6 Cancer Early Diagnosis: key figures")
    header_row(13, ["Measure", "Standard", "Latest (Nov-17)", "Target (Mar-18)",
                    "Lead", "Data source"])
    rows_b = [
        ("62-day GP referral to first treatment", "85%", "79.4%", "85%",
         "Dr Pieter Hallgarth", "Cancer waiting times"),
        ("Two-week wait, urgent suspected cancer", "93%", "94.1%", "93%",
         "Megan Oduya", "Cancer waiting times"),
        ("Cancers diagnosed at stage 1 or 2", "n/a", "49.2%", "52.0%",
         "Dr Pieter Hallgarth", "Cancer registry"),
        ("Patients seen in the RDC pilot per month", "n/a", "0",
         "120 (from Qtr 1 2018/19)", "Megan Oduya", "Local data"),
    ]
    for i, vals in enumerate(rows_b):
        for col, v in enumerate(vals, 1):
            ws.cell(row=14 + i, column=col, value=v)

    # Table C
    title_row(19, "Table C - Contacts")
    header_row(20, ["Name", "Role", "Programme role", "Email", "Telephone"])
    rows_c = [
        ("Annika Sorrell", "Chief Executive, Oxhollow and Saltmarsh Hospitals NHS "
         "Trust", "GO3 SRO", "annika.sorrell@gohcp.example", "01632 960 114"),
        ("Mr Tomasz Whitlow", "Consultant Orthopaedic Surgeon, OSHT",
         "GO3 Clinical Lead", "tomasz.whitlow@gohcp.example", "01632 960 287"),
        ("Rupert Callaghan", "Director of Estates, OSHT", "GO3 hub build",
         "rupert.callaghan@gohcp.example", "01632 960 305"),
        ("Dr Sunniva Ketteridge", "System Medical Director", "GO6 SRO",
         "sunniva.ketteridge@gohcp.example", "01632 960 401"),
        ("Dr Pieter Hallgarth", "Consultant Oncologist, Greywater Royal Infirmary",
         "GO6 Clinical Lead", "pieter.hallgarth@gohcp.example", "01632 960 433"),
        ("Megan Oduya", "Cancer Programme Manager",
         "GO6 RDC pilot and two-week wait", "megan.oduya@gohcp.example",
         "01632 960 472"),
    ]
    for i, vals in enumerate(rows_c):
        for col, v in enumerate(vals, 1):
            ws.cell(row=21 + i, column=col, value=v)

    for col, w in zip("ABCDEFGH", [40, 44, 26, 30, 16, 30, 3, 14]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = None

    log = wb.create_sheet("Change log")
    for col, v in enumerate(["Date", "Ref", "Change", "By"], 1):
        log.cell(row=1, column=col, value=v).font = bold
    entries = [
        (D(2017, 12, 12), "E1", "OBC approved by the Partnership Board",
         "Callum Dunstable"),
        (D(2017, 12, 12), "E4", "Hub opening moved from 30-Apr-18 to 03-Sep-18 "
         "after OBC review (18-week build extension)", "Callum Dunstable"),
        (D(2018, 1, 8), "E3", "Owner changed to Rupert Callaghan",
         "Callum Dunstable"),
        (D(2018, 1, 15), "E2", "Full business case moved from 13-Mar-18 to "
         "10-Apr-18: national capital decision awaited", "Callum Dunstable"),
    ]
    for i, vals in enumerate(entries):
        for col, v in enumerate(vals, 1):
            cell = log.cell(row=2 + i, column=col, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATEFMT
    log.column_dimensions["A"].width = 12
    log.column_dimensions["C"].width = 80
    log.column_dimensions["D"].width = 20
    wb.save(path)
    normalise_zip(path, "2018-01-19T09:00:00Z")


# --------------------------------------------------------------------------
# 5. PowerPoint: grouped programme cards (nested groups) and an org chart of
#    boxes joined by connectors
# --------------------------------------------------------------------------
CARDS = [
    ("GO1 Neighbourhood Care Teams", "SRO: Wilhelmina Ashdown",
     "Clinical lead: Dr Ngozi Fairweather",
     "Next: all 14 NCTs live, Qtr 4 2017/18"),
    ("GO2 Same Day Urgent Care", "SRO: Bernadette Okonjo-Hale",
     "Clinical lead: Dr Idris Vantongeren",
     "Next: Saltmarsh Coast UTC designated, 1 March 2018"),
    ("GO3 Elective Recovery and Surgical Hub", "SRO: Annika Sorrell",
     "Clinical lead: Mr Tomasz Whitlow",
     "Next: full business case, 10 April 2018"),
    ("GO4 Mental Health Crisis Alternatives", "SRO: Coralie Baptiste",
     "Clinical lead: Dr Helga Brightmore",
     "Next: Saltmarsh crisis cafe, Qtr 2 2018/19"),
    ("GO5 Children and Young People's Wellbeing", "SRO: Janice Mortlake",
     "Clinical lead: Dr Afua Renshaw",
     "Next: 2 MHSTs in schools, September 2018"),
    ("GO6 Cancer Early Diagnosis", "SRO: Dr Sunniva Ketteridge",
     "Clinical lead: Dr Pieter Hallgarth",
     "Next: RDC pilot live, Qtr 1 2018/19"),
    ("GO7 Learning Disability and Autism", "SRO: Priya Ormerod",
     "Inpatient beds: 41 now, 28 by March 2019",
     "Next: bed reduction plan to SLE, 6 March 2018"),
    ("GO8 Digital Shared Care Record", "SRO: Yasmin Delacourt (interim)",
     "Clinical lead: Dr Esther Nakamura",
     "Next: phase 2 (social care), Qtr 1 2018/19"),
]

ORG = [  # key, name, role, row, column position (0..1 across)
    ("chair", "Marguerite Oyelaran", "Independent Chair, Partnership Board", 0, 0.5),
    ("ceo", "Tobias Wrenfield", "ICS Chief Officer", 1, 0.5),
    ("dot", "Anjali Castellanos", "Director of Transformation", 2, 0.14),
    ("dof", "Gideon Pharoah", "System Director of Finance", 2, 0.38),
    ("md", "Dr Sunniva Ketteridge", "System Medical Director", 2, 0.62),
    ("cdo", "Yasmin Delacourt", "Interim Chief Digital Officer", 2, 0.86),
    ("pmo", "Callum Dunstable", "Head of PMO", 3, 0.05),
    ("comms", "Hollie Brackenbury", "Head of Communications and Engagement", 3, 0.24),
    ("acad", "Declan Moorcroft", "Director, GO Workforce Academy", 3, 0.43),
    ("fin", "Nadia Kowalczyk", "Head of System Finance", 3, 0.62),
    ("qual", "Dr Esther Nakamura", "Chief Clinical Information Officer", 3, 0.86),
]
ORG_LINKS = [("chair", "ceo"), ("ceo", "dot"), ("ceo", "dof"), ("ceo", "md"),
             ("ceo", "cdo"), ("dot", "pmo"), ("dot", "comms"), ("dot", "acad"),
             ("dof", "fin"), ("cdo", "qual")]


def build_pptx(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Emu, Pt
    from pptx.enum.shapes import MSO_SHAPE, MSO_CONNECTOR
    from pptx.dml.color import RGBColor

    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    cp = prs.core_properties
    cp.author = "GOHCP PMO"
    cp.last_modified_by = "Anjali Castellanos"
    cp.title = "GOHCP programme overview - SLE 6 February 2018"
    cp.revision = 3
    cp.created = dt.datetime(2018, 2, 1, 9, 0, 0)
    cp.modified = dt.datetime(2018, 2, 5, 17, 0, 0)
    cp.last_printed = dt.datetime(2018, 2, 5, 17, 0, 0)
    blank = prs.slide_layouts[6]
    title_only = prs.slide_layouts[5]
    SW, SH = prs.slide_width, prs.slide_height
    navy = RGBColor(0x1F, 0x3B, 0x5C)

    def tb(shapes, x, y, w, h, text, size=12, bold=False, color=None):
        box = shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
        tf = box.text_frame
        tf.word_wrap = True
        tf.text = text
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.size = Pt(size)
                r.font.bold = bold
                if color is not None:
                    r.font.color.rgb = color
        return box

    # slide 1
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Greywater and Oxhollow Health and Care Partnership"
    s.placeholders[1].text = ("Programme overview for the System Leadership "
                              "Executive, 6 February 2018")

    # slide 2: programme cards as groups inside one outer group
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Our eight programmes at a glance"
    outer = s.shapes.add_group_shape()
    outer.name = "Programme cards"
    cw, ch = 2700000, 2150000
    x0, y0, gx, gy = 420000, 1500000, 2880000, 2350000
    for i, (title, l1, l2, l3) in enumerate(CARDS):
        x = x0 + (i % 4) * gx
        y = y0 + (i // 4) * gy
        g = outer.shapes.add_group_shape()
        g.name = "Card " + title.split()[0]
        bg = g.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y),
                                Emu(cw), Emu(ch))
        bg.fill.solid()
        bg.fill.fore_color.rgb = RGBColor(0xEE, 0xF3, 0xF8)
        bg.line.color.rgb = navy
        tb(g.shapes, x + 80000, y + 60000, cw - 160000, 560000, title, 13, True, navy)
        tb(g.shapes, x + 80000, y + 650000, cw - 160000, 380000, l1, 11)
        tb(g.shapes, x + 80000, y + 1030000, cw - 160000, 380000, l2, 11)
        tb(g.shapes, x + 80000, y + 1420000, cw - 160000, 640000, l3, 10)

    # slide 3: org chart
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Who reports to whom: system leadership from February 2018"
    bw, bh = 2050000, 820000
    rows_y = [1250000, 2450000, 3650000, 4950000]
    boxes = {}
    for key, name, role, row, pos in ORG:
        cx = int(pos * (SW - 600000)) + 300000
        x = cx - bw // 2
        box = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(rows_y[row]),
                                 Emu(bw), Emu(bh))
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        box.line.color.rgb = navy
        tf = box.text_frame
        tf.word_wrap = True
        tf.text = name
        tf.paragraphs[0].runs[0].font.bold = True
        tf.paragraphs[0].runs[0].font.size = Pt(11)
        tf.paragraphs[0].runs[0].font.color.rgb = navy
        p = tf.add_paragraph()
        p.text = role
        p.runs[0].font.size = Pt(9)
        p.runs[0].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        boxes[key] = box
    for a, b in ORG_LINKS:
        conn = s.shapes.add_connector(MSO_CONNECTOR.ELBOW, Emu(0), Emu(0),
                                      Emu(100), Emu(100))
        conn.begin_connect(boxes[a], 2)
        conn.end_connect(boxes[b], 0)
        conn.line.color.rgb = navy

    # slide 4: enabler cards (groups)
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = "Enablers"
    enablers = [
        ("GO Workforce Academy", "Academy Director: Declan Moorcroft",
         "40 trainee nursing associates started on 8 January 2018",
         "Academy launch: 1 April 2018"),
        ("Estates", "Lead: Rupert Callaghan",
         "Surgical hub capital bid of \u00a318.5m: national decision expected "
         "March 2018", "Contractor appointment: 28 February 2018"),
        ("Communications and engagement", "Lead: Hollie Brackenbury",
         "Public engagement on urgent treatment centres: 5 February to 16 March 2018",
         "Engagement report to Partnership Board: 10 April 2018"),
    ]
    ew, eh = 3600000, 3900000
    for i, (title, l1, l2, l3) in enumerate(enablers):
        x = 420000 + i * 3800000
        y = 1600000
        g = s.shapes.add_group_shape()
        g.name = "Enabler " + str(i + 1)
        bg = g.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x), Emu(y), Emu(ew), Emu(eh))
        bg.fill.solid()
        bg.fill.fore_color.rgb = RGBColor(0xF4, 0xF4, 0xEE)
        bg.line.color.rgb = navy
        tb(g.shapes, x + 100000, y + 80000, ew - 200000, 500000, title, 15, True, navy)
        tb(g.shapes, x + 100000, y + 700000, ew - 200000, 500000, l1, 12)
        tb(g.shapes, x + 100000, y + 1300000, ew - 200000, 1100000, l2, 12)
        tb(g.shapes, x + 100000, y + 2500000, ew - 200000, 900000, l3, 12)

    prs.save(path)
    normalise_zip(path, "2018-02-05T17:00:00Z")


# --------------------------------------------------------------------------
# 6. SDUC update PDF: borderless whitespace-aligned table with wrapped cells;
#    page 2 with two small tables side by side
# --------------------------------------------------------------------------
SDUC_ROWS = [
    ("S1", "Front door streaming at Greywater Royal Infirmary",
     "Dr Idris Vantongeren", "6 Nov 2017", "Complete"),
    ("S2", "Saltmarsh Coast Urgent Treatment Centre designated",
     "Lorna Pettigrew", "1 Mar 2018 (revised; was 1 Dec 2017)",
     "On track against revised date"),
    ("S3", "NHS 111 direct booking into GP extended access hubs",
     "Lorna Pettigrew", "31 Mar 2018", "At risk: hub IT interface not yet tested"),
    ("S4", "Directory of Services review complete", "Femi Lockhart",
     "28 Feb 2018", "On track"),
    ("S5", "No ambulance handovers over 60 minutes at Greywater Royal Infirmary",
     "Kwame Ashworth", "31 Mar 2018", "Off track"),
    ("S6", "Same day emergency care (SDEC) unit open at Oxhollow General Hospital",
     "Dr Idris Vantongeren", "Qtr 1 2018/19", "On track"),
    ("S7", "Greywater UTC opening hours extended to 24/7", "Lorna Pettigrew",
     "Qtr 2 2018/19", "Not started"),
]


def build_sduc(path: Path) -> None:
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    _register_fonts()
    W, H = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setTitle("Same Day Urgent Care (GO2) programme update, January 2018")
    c.setAuthor("GOHCP PMO")

    def footer(n):
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 25, "GOHCP Same Day Urgent Care (GO2) update to SLE, "
                             "16 January 2018")
        c.drawRightString(W - 40, 25, "Page %d of 2" % n)

    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 50, "Same Day Urgent Care (GO2)")
    c.setFont("Helvetica", 10.5)
    c.drawString(40, H - 67, "Programme update for the System Leadership Executive, "
                             "16 January 2018")
    c.setFont("Helvetica", 9.5)
    intro = ("This update covers progress since the Partnership Board of 14 November "
             "2017. Dates shown are current; where a date has moved the original "
             "date is given in brackets.")
    yy = H - 90
    for ln in simpleSplit(intro, "Helvetica", 9.5, W - 80):
        c.drawString(40, yy, ln)
        yy -= 12

    cols = [("Ref", 40, 30), ("Milestone", 80, 230), ("Lead", 330, 120),
            ("Due", 470, 120), ("Status", 610, 190)]
    y = H - 135
    c.setFont("Helvetica-Bold", 9.5)
    for name, x, w in cols:
        c.drawString(x, y, name)
    y -= 20
    lh = 11.5
    for row in SDUC_ROWS:
        wrapped = []
        for (name, x, w), val in zip(cols, row):
            wrapped.append(simpleSplit(val, "Helvetica", 9.5, w - 8))
        n = max(len(wl) for wl in wrapped)
        c.setFont("Helvetica", 9.5)
        for k in range(n):
            for (name, x, w), wl in zip(cols, wrapped):
                if k < len(wl):
                    c.drawString(x, y - k * lh, wl[k])
        y -= n * lh + 9
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(40, y - 6, "SDEC = same day emergency care; UTC = urgent treatment "
                            "centre; DoS = Directory of Services.")
    footer(1)
    c.showPage()

    # page 2: two tables side by side
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, H - 50, "Performance and contacts")

    def small_table(x, y, title, widths, rows):
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(x, y, title)
        y -= 8
        rh = 18
        total = sum(widths)
        c.setStrokeColor(colors.HexColor("#555555"))
        c.setLineWidth(0.5)
        c.line(x, y, x + total, y)
        for i, row in enumerate(rows):
            yt = y - rh * (i + 1)
            fontname = "Helvetica-Bold" if i == 0 else "Helvetica"
            c.setFont(fontname, 9.5)
            xx = x
            for w, v in zip(widths, row):
                c.drawString(xx + 4, yt + 5, v)
                xx += w
            c.line(x, yt, x + total, yt)
        xx = x
        for w in widths + [0]:
            c.line(xx, y, xx, y - rh * len(rows))
            xx += w

    small_table(40, H - 85, "Performance, December 2017", [220, 110], [
        ("Measure", "Value"),
        ("A&E 4-hour standard: GRI", "86.1%"),
        ("A&E 4-hour standard: OSHT", "88.7%"),
        ("A&E 4-hour standard: system", "87.3%"),
        ("4-hour trajectory for March 2018", "90%"),
        ("Ambulance Category 1 mean response", "7 min 42 s"),
        ("Handovers over 60 minutes (GRI)", "212"),
    ])
    small_table(440, H - 85, "Programme contacts", [150, 200], [
        ("Role", "Name"),
        ("SRO", "Bernadette Okonjo-Hale"),
        ("Deputy SRO", "Lorna Pettigrew"),
        ("Clinical lead", "Dr Idris Vantongeren"),
        ("Programme manager", "Femi Lockhart"),
        ("Ambulance lead (NMAS)", "Kwame Ashworth"),
        ("Communications lead", "Hollie Brackenbury"),
    ])
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(40, H - 250, "Key risks")
    c.setFont("Helvetica", 9.5)
    risks = [
        "1. GP workforce at Saltmarsh: four of six sessional GP posts vacant; "
        "locum cover agreed to 1 March 2018.",
        "2. Hub IT interface for NHS 111 direct booking not yet tested by the "
        "supplier.",
        "3. Ambulance handover delays at GRI during January peaks.",
    ]
    yy = H - 266
    for r in risks:
        c.drawString(40, yy, r)
        yy -= 14
    c.setFont("Helvetica", 9)
    c.drawString(40, yy - 12, "NMAS = Northmoor Ambulance Service NHS Trust. "
                              "Prepared by Femi Lockhart, Programme Manager.")
    footer(2)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------
# 7. Letter PDF: signatory only in the signature block
# --------------------------------------------------------------------------
def build_letter(path: Path) -> None:
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.lib import colors
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("MHST investment decision letter")
    c.setAuthor("GOHCP")
    navy = colors.HexColor("#1F3B5C")
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 50, H - 55, "Greywater and Oxhollow")
    c.drawRightString(W - 50, H - 70, "Health and Care Partnership")
    c.setFont("Helvetica", 8.5)
    for i, t in enumerate(["Oxhollow Guildhall", "Market Square", "Oxhollow OH1 4TR",
                           "Tel: 01632 960 000"]):
        c.drawRightString(W - 50, H - 86 - i * 11, t)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 10)
    addr = ["Janice Mortlake", "Director of Children's Services",
            "Greywater City Council", "Civic Centre", "Greywater GW2 7QD"]
    y = H - 150
    for t in addr:
        c.drawString(60, y, t)
        y -= 13
    y -= 14
    c.drawString(60, y, "Our ref: GOHCP/IC/18/007")
    c.drawRightString(W - 60, y, "9 February 2018")
    y -= 30
    c.drawString(60, y, "Dear Janice")
    y -= 22
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Mental Health Support Teams in Greywater schools: "
                        "investment decision")
    y -= 20
    paras = [
        "I am writing to confirm that the System Investment Committee, at its "
        "meeting on 6 February 2018, approved non-recurrent funding of "
        "\u00a31,180,000 for the Children and Young People's Wellbeing programme "
        "(GO5) to establish Mental Health Support Teams (MHSTs) in Greywater "
        "schools. The funding is phased as \u00a3520,000 in 2018/19 and \u00a3660,000 "
        "in 2019/20.",
        "The approval is subject to the following conditions:",
        "(a) two MHSTs are operational by September 2018, covering 24 schools and "
        "around 16,000 pupils;",
        "(b) Dr Afua Renshaw remains the named clinical lead for the teams;",
        "(c) a progress report goes to the Committee by 31 July 2018.",
        "Funding will be released quarterly in arrears against the agreed "
        "recruitment plan. For drawdown arrangements please contact Nadia "
        "Kowalczyk, Head of System Finance, on 01632 960 118.",
        "May I thank you and your team for a strong proposal. I look forward to "
        "hearing how the teams develop.",
    ]
    c.setFont("Helvetica", 10)
    for ptxt in paras:
        indent = 80 if ptxt.startswith("(") else 60
        for ln in simpleSplit(ptxt, "Helvetica", 10, W - 60 - indent):
            c.drawString(indent, y, ln)
            y -= 13.5
        y -= 7
    y -= 6
    c.drawString(60, y, "Yours sincerely")
    # signature scribble
    c.setStrokeColor(colors.HexColor("#1A2A6C"))
    c.setLineWidth(1.1)
    sy = y - 34
    p = c.beginPath()
    p.moveTo(64, sy)
    p.curveTo(80, sy + 28, 92, sy - 10, 104, sy + 12)
    p.curveTo(112, sy + 26, 120, sy - 6, 134, sy + 8)
    p.curveTo(146, sy + 20, 158, sy - 4, 176, sy + 6)
    p.curveTo(190, sy + 12, 200, sy + 2, 214, sy + 4)
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    y = sy - 22
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, "Gideon Pharoah")
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 13, "System Director of Finance")
    c.drawString(60, y - 26, "Chair, System Investment Committee")
    y -= 56
    c.setFont("Helvetica", 8.5)
    c.drawString(60, y, "cc: Tobias Wrenfield, ICS Chief Officer; Dr Afua Renshaw, "
                        "Consultant Paediatrician; Nadia Kowalczyk")
    c.showPage()
    c.save()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    build_minutes(OUT / FILES["minutes"])
    build_docx(OUT / FILES["docx"])
    build_matrix(OUT / FILES["matrix"])
    build_xlsx(OUT / FILES["xlsx"])
    build_pptx(OUT / FILES["pptx"])
    build_sduc(OUT / FILES["sduc"])
    build_letter(OUT / FILES["letter"])
    for name in sorted(FILES.values()):
        print(name, (OUT / name).stat().st_size)


if __name__ == "__main__":
    main()
