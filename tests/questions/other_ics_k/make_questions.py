#!/usr/bin/env python3
"""Write questions.jsonl for the MKV (Marrowdale and Kestle Vale) bank.

For every fact the source is located in the generated papers (PDF page via
pypdf, Excel sheet + row, Word paragraph in XML order, slide number, text line)
and every answer group is checked to occur there (except derived golds).

Run with /work/main/.venv/bin/python make_questions.py (after make_papers.py).
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS = os.path.join(HERE, "papers")

K1 = "MKV_Programme_Definition_Summaries_v3.docx"
K2 = "MKV_Integrated_Performance_Dashboard_Q2_2019-20.pdf"
K3 = "MKV_Milestone_Calendar_2018-21_v4.2.xlsx"
K4 = "MKV_Annual_Report_2018-19.pdf"
K5 = "MKV_Wiki_Export_Workstreams_2019-11-04.md"
K6 = "MKV_Programme_Board_Exception_Reports_2019-10-15.pptx"
K7 = "NHSEI_Approval_Letter_Brackenmoor_UTC_2019-08-22.pdf"
K8 = "MKV_Transformation_Budget_2019-20.xlsx"
K9 = "MKV_MustDo_Self_Assessment_MidYear_2019-20.docx"
ALL_FILES = [K1, K2, K3, K4, K5, K6, K7, K8, K9]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------
# date helpers
# --------------------------------------------------------------------------
def month(y, m):
    full, short = MONTHS[m - 1], MONTHS[m - 1][:3]
    alts = ["%s %d" % (full, y), "%s %d" % (short, y), "%s-%02d" % (short, y % 100),
            "%02d/%d" % (m, y), "%d-%02d" % (y, m)]
    if full == "September":
        alts.append("Sept %d" % y)
    return alts


def day(y, m, d):
    full, short = MONTHS[m - 1], MONTHS[m - 1][:3]
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    alts = ["%d %s %d" % (d, full, y), "%d %s %d" % (d, short, y), "%d%s %s %d" % (d, sfx, full, y),
            "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
            "%s %d, %d" % (full, d, y), "%d %s" % (d, full), "%d%s %s" % (d, sfx, full)]
    if d >= 10:  # a bare "3 Dec" would also match "13 Dec" / "23 Dec"
        alts += ["%d %s" % (d, short)]
    if full == "September":
        alts += ["%d Sept %d" % (d, y)]
    alts += month(y, m)[:2]
    return list(dict.fromkeys(alts))


# --------------------------------------------------------------------------
# extraction: each file -> list of units (label, text)
# --------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace("&amp;", "&")
    return re.sub(r"\s+", " ", s).strip().lower()


def units_pdf(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    return [(("page", i + 1), p.extract_text() or "") for i, p in enumerate(r.pages)]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def units_docx(path):
    """every w:p in XML document order (body, content controls, text boxes and
    their VML fallbacks), each with only its own text"""
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    out = []
    for i, p in enumerate(root.iter(W + "p")):
        parts = []
        for t in p.iter(W + "t"):
            anc = next(t.iterancestors(W + "p"))
            if anc is p:
                parts.append(t.text or "")
        out.append((("para", i + 1), "".join(parts)))
    return out


def units_pptx(path):
    from pptx import Presentation
    prs = Presentation(path)
    out = []
    for i, s in enumerate(prs.slides):
        parts = []
        for sh in s.shapes:
            if sh.has_text_frame:
                parts.append(sh.text_frame.text)
            if getattr(sh, "has_table", False) and sh.has_table:
                for row in sh.table.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        out.append((("slide", i + 1), "\n".join(parts)))
    return out


def render_cell(c):
    v = c.value
    if v is None:
        return ""
    if isinstance(v, (dt.datetime, dt.date)):
        if "mmm" in (c.number_format or ""):
            return v.strftime("%b %Y")
        return v.strftime("%d/%m/%Y")
    if isinstance(v, (int, float)):
        fmt = c.number_format or ""
        if "#,##0" in fmt:
            if v < 0:
                return "(%s)" % format(-v, ",.0f")
            if v == 0 and '"-"' in fmt:
                return "-"
            return format(v, ",.0f")
        return str(v)
    return str(v)


def units_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            txt = " | ".join(render_cell(c) for c in row)
            out.append(((ws.title, row[0].row), txt))
    return out


def units_text(path):
    with open(path, encoding="utf-8") as f:
        return [(("line", i + 1), ln.rstrip("\n")) for i, ln in enumerate(f)]


_cache = {}


def units(fname):
    if fname not in _cache:
        path = os.path.join(PAPERS, fname)
        ext = fname.rsplit(".", 1)[1].lower()
        fn = {"pdf": units_pdf, "docx": units_docx, "pptx": units_pptx, "xlsx": units_xlsx,
              "md": units_text, "txt": units_text, "csv": units_text, "tsv": units_text}[ext]
        _cache[fname] = fn(path)
    return _cache[fname]


def locate(fname, needles, sheet=None):
    """smallest window of consecutive units (within one sheet for xlsx) that
    contains every needle; returns (first_label, last_label, window_text)"""
    us = units(fname)
    if sheet is not None:
        us = [u for u in us if u[0][0] == sheet]
    nn = [norm(n) for n in needles]
    best = None
    for i in range(len(us)):
        acc = ""
        for j in range(i, len(us)):
            if us[j][0][0] != us[i][0][0] and us[i][0][0] not in ("page", "para", "slide", "line"):
                break  # do not cross sheets
            acc += " \n " + norm(us[j][1])
            if all(n in acc for n in nn):
                if best is None or (j - i) < (best[1] - best[0]):
                    best = (i, j, acc)
                break
    if best is None:
        raise AssertionError("needles %r not found in %s" % (needles, fname))
    i, j, acc = best
    return us[i][0], us[j][0], acc


def all_text():
    return "\n".join(norm(t) for f in ALL_FILES for _, t in units(f))


# --------------------------------------------------------------------------
# the facts
# --------------------------------------------------------------------------
F = []


def fact(fid, kind, shape, file, needles, where, answers, qs, derived=False, as_of=None, sheet=None,
         absent=None, typo=None):
    F.append(dict(fid=fid, kind=kind, shape=shape, file=file, needles=needles, where=where,
                  answers=answers, qs=qs, derived=derived, as_of=as_of, sheet=sheet,
                  absent=absent or [], typo=typo))


# ---- owners and roles ----------------------------------------------------
fact("chair", "owner", "role-holder", K4, ["Independent Chair", "Rosalind Tregarthen (appointed"],
     "page 1, 'Who's who' sidebar", [["Tregarthen"]],
     ("Who is the Independent Chair of the Marrowdale and Kestle Vale Health and Care Partnership Board?",
      "who's the independant chair of the mkv partnership board?",
      "I need to send the MKV Partnership's annual report to whoever chairs its Board independently - who is that?"),
     typo="independant")
fact("vicechair", "owner", "board-person", K4, ["Vice-Chair", "Bernadette Ofori"],
     "page 1, 'Who's who' sidebar", [["Ofori"]],
     ("Who serves as Vice-Chair of the Marrowdale and Kestle Vale Partnership Board?",
      "who is vice-chiar of the mkv partnership board?",
      "Which council leader deputises for the chair on the Marrowdale and Kestle Vale Partnership Board?"),
     typo="chiar")
fact("lead", "owner", "role-holder", K4, ["Partnership Lead", "Dr Anselm Whitcombe, Chief"],
     "page 1, 'Who's who' sidebar", [["Whitcombe"]],
     ("Who is the Partnership Lead of the Marrowdale and Kestle Vale Health and Care Partnership?",
      "who's the mkv partnrship lead?",
      "The MKV Programme Board is chaired by the Partnership Lead - who holds that job?"),
     typo="partnrship")
fact("progdir", "owner", "role-holder", K1, ["Document owner:", "Callum Ashdown-Pryce"],
     "block-level content control 'Document owner' under the title", [["Ashdown-Pryce", "Ashdown Pryce"]],
     ("Who is the Partnership Programme Director of the Marrowdale and Kestle Vale Partnership?",
      "who's the programme dirctor running the mkv pmo?",
      "Who owns the MKV programme definition summaries document, and so runs the Partnership PMO?"),
     typo="dirctor")
fact("sro-pcs", "owner", "initiative-owner", K6, ["Primary Care at Scale", "SRO: Dr Nadia Castellan"],
     "slide 3 (title 'Primary Care at Scale'), SRO only in the footer placeholder", [["Castellan"]],
     ("Who is the SRO for the Primary Care at Scale programme in the Marrowdale and Kestle Vale Partnership?",
      "who is sro for primary care at scael in mkv?",
      "Which GP clinical chair is accountable as SRO for primary care at scale across Marrowdale and Kestle Vale?"),
     typo="scael")
fact("sro-mhld", "owner", "initiative-owner", K1, ["Tobias Renwick, Chief Executive"],
     "section 4 programme card (floating text box), SRO content control", [["Renwick"]],
     ("Who is the SRO for the Mental Health and Learning Disabilities programme in the MKV Partnership?",
      "mkv mental helth & ld programme - who's the sro?",
      "Which chief executive is accountable for Marrowdale and Kestle Vale's mental health and learning "
      "disability programme?"),
     typo="helth")
fact("sro-dig", "owner", "initiative-owner", K6, ["Digital: Kestle Vale Shared Care Record", "SRO: Oluwaseun Bakare"],
     "slide 5 (section slide), SRO only in the subtitle placeholder", [["Bakare"]],
     ("Who is the SRO for the Kestle Vale Shared Care Record (the MKV Digital programme)?",
      "who's sro for the kvscr digital programe?",
      "The Kestle Vale Shared Care Record has slipped again - who is the senior responsible owner I should "
      "raise it with?"),
     typo="programe")
fact("sro-cnc", "owner", "owner-list", K1, ["Joint SROs:", "Sheila Marchbank", "Dr Ewan Tolley, Clinical Director"],
     "section 5 programme card (floating text box), 'Joint SROs' content control",
     [["Marchbank"], ["Tolley"]],
     ("Who are the joint SROs of the Community and Neighbourhood Care programme in Marrowdale and Kestle Vale?",
      "who are the joint sros for the mkv community & neighbourhood care programm?",
      "The MKV Community and Neighbourhood Care programme has two accountable owners, one from the council "
      "and one from general practice - who are they?"),
     typo="programm")
fact("pm-pcs", "owner", "role-holder", K1, ["Programme manager:", "Hollie Dunstan"],
     "section 2 programme card (floating text box), 'Programme manager' content control", [["Dunstan"]],
     ("Who is the programme manager for Primary Care at Scale in the Marrowdale and Kestle Vale Partnership?",
      "who's the prog manger for mkv primary care at scale?",
      "I need to chase the day-to-day manager of Marrowdale and Kestle Vale's primary care at scale "
      "programme - who is it?"),
     typo="manger")
fact("own-hiu", "owner", "initiative-owner", K5, ["High Intensity User (HIU) service", "**Owner:** Darren Pocock"],
     "UEC > Projects > High Intensity User service > Owner (nested bullet)", [["Pocock"]],
     ("Who owns the High Intensity User service project in the MKV Urgent and Emergency Care programme?",
      "who owns the high intensity user servce in mkv uec?",
      "Who should I contact in Kestlebury about case management for frequent 999 callers under the MKV "
      "urgent care programme?"),
     typo="servce")
fact("own-carenav", "owner", "initiative-owner", K5,
     ["Oldhythe and Saltwick GP Alliance projects", "Care navigation training for reception teams in Oldhythe"],
     "PCS > GP Alliance projects (Owner: Dr Ewan Tolley) > care navigation training, whose Owner field says "
     "'inherits'", [["Tolley"]],
     ("Who owns the care navigation training project for reception teams in Oldhythe?",
      "who owns care navigation trainng in oldhythe?",
      "Oldhythe practices want more reception staff on the MKV care navigation course - whose project is that?"),
     typo="trainng")
fact("bh-tcare", "owner", "initiative-owner", K8, ["Transforming Care (Heron Ward closure)", "Marcia Oyelaran"],
     "sheet 'Budget 2019-20', indented line under Mental Health and Learning Disabilities", [["Oyelaran"]],
     ("Who is the budget holder for the Transforming Care (Heron Ward closure) line in the MKV 2019/20 "
      "transformation budget?",
      "who holds the budgt for transforming care / heron ward in mkv 19/20?",
      "Spend on closing Heron Ward in Marrowdale and Kestle Vale is running over plan - whose budget line is it?"),
     sheet="Budget 2019-20", typo="budgt")
fact("signatory", "owner", "role-holder", K7, ["Yours sincerely", "Deborah Quarrington"],
     "page 2, signature block", [["Quarrington"]],
     ("Who signed the NHS England and NHS Improvement letter approving capital for the Brackenmoor Urgent "
      "Treatment Centre?",
      "who signed the nhsei approval letter for brackenmoor utc capitl?",
      "The MKV Partnership must write to confirm that each Brackenmoor UTC condition has been met - to whom at "
      "the region?"),
     typo="capitl")
fact("uec-sro-change", "owner", "what-changed", K5, ["~~**SRO:** Martin Hesketh~~", "from 1 October 2019"],
     "UEC bullet: struck-through old SRO followed by the new SRO and date",
     [["Arkwright"], day(2019, 10, 1)],
     ("Who replaced Martin Hesketh as SRO of the Marrowdale and Kestle Vale Urgent and Emergency Care "
      "programme, and from what date?",
      "who took over from hesketh as mkv uec sro and wehn?",
      "Martin Hesketh no longer leads urgent and emergency care for Marrowdale and Kestle Vale - who is the "
      "SRO now, and since when?"),
     typo="wehn")

# ---- milestones -----------------------------------------------------------
fact("kvscr-slip", "milestone", "what-changed", K6, ["revised to 18 November 2019", "was 30 September 2019"],
     "slide 6 'KVSCR phase 1 - exception report', first bullet",
     [day(2019, 9, 30), day(2019, 11, 18)],
     ("What was the original go-live date for phase 1 of the Kestle Vale Shared Care Record, and what is the "
      "revised date?",
      "kvscr phase 1 go live - what was the orignal date and what's the new one?",
      "Kestle Vale Shared Care Record phase 1 slipped - from which date to which?"),
     typo="orignal")
fact("kvscr-why", "fact", "why", K6, ["Reason for slippage", "data sharing agreement"],
     "slide 6, second bullet", [["data sharing agreement", "data-sharing agreement", "information governance"]],
     ("Why did the go-live of phase 1 of the Kestle Vale Shared Care Record slip?",
      "why did mkv's shared care record phase 1 go-live get pused back?",
      "What held up Marrowdale and Kestlebury clinicians getting the shared care record in September 2019?"),
     typo="pused")
fact("kvscr-p2", "milestone", "milestone-date", K3, ["KVSCR phase 2"],
     "sheet 'Calendar', row Jul 2020, column DIG", [month(2020, 7)],
     ("When is phase 2 of the Kestle Vale Shared Care Record (social care and mental health records) due?",
      "when's kvscr phase 2 (social care + mh recrods) due?",
      "When will social care and mental health records be added to the Kestle Vale Shared Care Record?"),
     sheet="Calendar", typo="recrods")
fact("cas-date", "milestone", "milestone-date", K5,
     ["Integrated Urgent Care clinical assessment service (CAS)", "Target go-live: 2 March 2020"],
     "UEC > Projects > Integrated Urgent Care CAS > Target go-live", [day(2020, 3, 2)],
     ("What is the target go-live date for the Integrated Urgent Care clinical assessment service in "
      "Marrowdale and Kestle Vale?",
      "when does the mkv iuc cas go liev?",
      "From what date will NHS 111 and GP out-of-hours in Kestle Vale run from one clinical hub?"),
     typo="liev")
fact("utc-open", "milestone", "milestone-date", K7, ["target opening date of 1 December 2020"],
     "page 1, paragraph confirming the capital allocation", [day(2020, 12, 1)],
     ("What is the target opening date for the Brackenmoor Urgent Treatment Centre?",
      "when is the brackenmoor utc meant to opne?",
      "Until when will Brackenmoor residents have to keep travelling to Kestlebury for urgent care, going by "
      "the UTC plan?"),
     typo="opne")
fact("utc-fbc", "milestone", "relative-window", K7, ["(b)", "31 January 2020"],
     "page 1, condition (b)", [day(2020, 1, 31)],
     ("As of today, by what date must the full business case for the Brackenmoor UTC be submitted to the "
      "regional team, and how long is left?",
      "how long hav we got left to get the brackenmoor utc fbc in?",
      "Counting from today, how long does the MKV Partnership have to get the Brackenmoor UTC full business "
      "case to NHS England and NHS Improvement?"),
     as_of="2019-12-02", typo="hav")
fact("utc-planning-contract", "milestone", "multi-date", K7, ["30 November 2019", "30 April 2020"],
     "page 1, conditions (a) and (d)", [day(2019, 11, 30), day(2020, 4, 30)],
     ("By when must planning permission for the Brackenmoor UTC be confirmed, and by when is the main "
      "construction contract due to be awarded?",
      "brackenmoor utc - planning permision deadline and contract award date?",
      "What two dates bracket the start of building the Brackenmoor UTC: the planning deadline and the "
      "contract award?"),
     typo="permision")
fact("int-phases", "milestone", "multi-date", K1,
     ["Integrated neighbourhood teams phase 1 (Oldhythe, Saltwick Ferry): June 2019",
      "phase 2 (Fennick Cross, Brackenmoor): January 2020"],
     "section 5 programme card (floating text box), key milestones", [month(2019, 6), month(2020, 1)],
     ("When do phases 1 and 2 of the integrated neighbourhood teams go live in Marrowdale and Kestle Vale?",
      "int phase 1 & 2 go-live dates for mkv neighbourhod teams?",
      "Fennick Cross is in the second wave of integrated neighbourhood teams - when is that, and when did the "
      "first wave start?"),
     typo="neighbourhod")
fact("rdc-open", "milestone", "milestone-date", K3, ["Fennick Cross Rapid Diagnostic Centre opens"],
     "sheet 'Calendar', row Mar 2020, column PCC", [month(2020, 3)],
     ("When is the Fennick Cross Rapid Diagnostic Centre due to open?",
      "when does the fennick cross rapid diagnostc centre open?",
      "From what month can GPs in Fennick Cross refer patients with vague cancer symptoms to a rapid "
      "diagnostic centre?"),
     sheet="Calendar", typo="diagnostc")
fact("mhld-window", "milestone", "relative-window", K3, ["Kestlebury crisis caf"],
     "sheet 'Calendar', row Nov 2019, column MHLD (next MHLD entry is Feb 2020)",
     [["crisis café", "crisis cafe"]],
     ("Which Mental Health and Learning Disabilities milestone in the MKV milestone calendar falls due in the "
      "next two months?",
      "any mkv mental health milestones due in the next couple of monhts?",
      "I'm planning comms for Kestlebury over the next two months - is anything from the MKV mental health "
      "programme landing then?"),
     as_of="2019-10-15", sheet="Calendar", typo="monhts")
fact("pcc-q3", "milestone", "milestone-in-period", K3,
     ["Advice and guidance live in all specialties", "Single patient tracking list"],
     "sheet 'Calendar', rows Oct-Dec 2019 (Q3 2019/20), column PCC",
     [["advice and guidance", "advice & guidance", "A&G"], ["PTL", "patient tracking list"]],
     ("Which Planned Care and Cancer milestones fall in Q3 2019/20 in the MKV milestone calendar?",
      "what pcc milestones are due in q3 19/20 for mkv? plannd care & cancer",
      "Between October and December 2019, what should the Marrowdale and Kestle Vale planned care programme "
      "have delivered?"),
     sheet="Calendar", typo="plannd")
fact("hub-open", "milestone", "milestone-date", K4, ["Saltwick Ferry integrated care hub opened", "12 November 2018"],
     "page 1, 'The year in review' (also the pull-quote and page 2 'Key dates' sidebar)", [day(2018, 11, 12)],
     ("When did the Saltwick Ferry integrated care hub open?",
      "what date did the saltwick fery integrated care hub open?",
      "How long has the Saltwick Ferry hub been running - what was its opening date?"),
     typo="fery")
fact("first-public", "fact", "board-date", K4, ["6 September 2018", "First Partnership Board meeting"],
     "page 2, 'Key dates 2018/19' sidebar", [day(2018, 9, 6)],
     ("On what date did the Marrowdale and Kestle Vale Partnership Board hold its first meeting in public?",
      "when was the mkv partnership board's first meeting in pubilc?",
      "Since when have residents been able to watch the MKV Partnership Board meet in public?"),
     typo="pubilc")
fact("budget-approved", "fact", "board-date", K8, ["Approved by the Partnership Board on 27 March 2019"],
     "sheet 'Budget 2019-20', row 2 (sub-title)", [day(2019, 3, 27)],
     ("On what date did the MKV Partnership Board approve the 2019/20 transformation budget?",
      "when did the mkv board sign off the 19/20 transformation budgett?",
      "From which Board meeting does Marrowdale and Kestle Vale's 2019/20 transformation budget take its "
      "authority?"),
     sheet="Budget 2019-20", typo="budgett")

# ---- must-dos ---------------------------------------------------------------
fact("pcc-mustdos", "mustdo", "mustdo-coverage", K1, ["5 (RTT 18 weeks) and 6 (cancer 62 days)"],
     "section 3 programme card (floating text box), 'Must-dos addressed' content control",
     [["RTT", "18 week", "18-week", "referral to treatment", "must-do 5", "must-dos 5"],
      ["62-day", "62 day", "62 days", "must-do 6", "and 6", "5, 6"]],
     ("Which national must-dos does the MKV Planned Care and Cancer programme address?",
      "which must-dos does mkv's planned care & cancer programme covr?",
      "Against which national planning must-dos is Marrowdale and Kestle Vale's planned care and cancer work "
      "measured?"),
     typo="covr")
fact("md9-gap", "mustdo", "mustdo-gap", K9, ["Must-do 9", "No Partnership programme leads on this must-do"],
     "heading 'Must-do 9 - Quality and special measures', rating NOT RATED and narrative",
     [["quality", "special measures", "must-do 9"]],
     ("Which national must-do is not led by any programme of the Marrowdale and Kestle Vale Partnership?",
      "which must-do has no mkv progamme leading it?",
      "Is there a must-do that Marrowdale and Kestle Vale leaves to trust-by-trust oversight rather than a "
      "partnership programme?"),
     typo="progamme")
fact("md8-topic", "mustdo", "mustdo-by-topic", K3, ["MHLD", "7, 8"],
     "sheet 'Key', row MHLD, column 'National must-dos'",
     [["Mental Health and Learning Disabilities", "MHLD", "mental health and LD", "mental health & LD"]],
     ("Which MKV programme addresses the learning disabilities must-do (must-do 8)?",
      "which mkv programme covers the learning disabilites must-do?",
      "Where in the Marrowdale and Kestle Vale programme structure does must-do 8 sit?"),
     sheet="Key", typo="disabilites")
fact("md7-rating", "mustdo", "mustdo-cell", K9, ["Must-do 7", "AMBER"],
     "heading 'Must-do 7 - Mental health' and the rating paragraph under it", [["amber"]],
     ("What self-assessed rating did Marrowdale and Kestle Vale give itself for the mental health must-do in "
      "its 2019/20 mid-year self-assessment?",
      "what rag did mkv give the mental helath must-do at mid-year 19/20?",
      "In the MKV mid-year must-do return, how confident was the Partnership about must-do 7?"),
     typo="helath")
fact("md4-red", "mustdo", "mustdo-gap", K9, ["Must-do 4", "RED"],
     "heading 'Must-do 4 - A&E and ambulance performance' and the rating paragraph under it",
     [["A&E", "ambulance", "must-do 4", "accident and emergency"]],
     ("Which must-do did the Marrowdale and Kestle Vale Partnership rate RED in its 2019/20 mid-year "
      "self-assessment?",
      "which must-do is mkv rating red at mid yaer?",
      "Where is Marrowdale and Kestle Vale furthest off track among the nine must-dos, by its own mid-year "
      "assessment?"),
     typo="yaer")
fact("md4-why", "mustdo", "why", K9, ["The main reason is ambulance handover delays"],
     "must-do 4 narrative paragraph", [["handover"]],
     ("Why is the A&E and ambulance must-do rated RED in the MKV mid-year self-assessment?",
      "why's the mkv a&e must-do red? what's the main reasn?",
      "What is mainly dragging down four-hour performance across Marrowdale and Kestle Vale, according to the "
      "must-do self-assessment?"),
     typo="reasn")
fact("utc-md", "mustdo", "mustdo-by-topic", K7, ["must-do 4 (A&E and"],
     "page 1, paragraph confirming the capital allocation",
     [["A&E", "accident and emergency", "must-do 4"]],
     ("Which national must-do does the Brackenmoor Urgent Treatment Centre support?",
      "what must-do does the brackenmoor utc count towrds?",
      "When NHS England approved the Brackenmoor UTC, which of the national must-dos did it say the scheme "
      "helps deliver?"),
     typo="towrds")
fact("green-count", "mustdo", "count", K9, ["Must-do 1 -", "Must-do 9 -"],
     "the whole assessment: GREEN under must-dos 1, 3 and 8", [["3", "three"]],
     ("How many of the nine must-dos did the Marrowdale and Kestle Vale Partnership self-assess as GREEN at "
      "mid-year 2019/20?",
      "how many must-dos are greeen in mkv's mid-year self assessment?",
      "Counting the green ratings in Marrowdale and Kestle Vale's mid-year must-do return, how many are there?"),
     derived=True, typo="greeen")
fact("ld-checks", "mustdo", "mustdo-cell", K2, ["41%", "Learning disability annual"],
     "page 1, KPI tile 'Learning disability annual health checks' (MD8)",
     [["41%", "41 %", "41 per cent"]],
     ("What does the MKV Q2 2019/20 performance dashboard report against must-do 8 (learning disabilities)?",
      "what's the ld health chekcs figure on the mkv q2 dashboard?",
      "What share of people on Marrowdale and Kestle Vale GP learning disability registers had an annual "
      "health check by the end of Q2 2019/20?"),
     typo="chekcs")

# ---- figures, counts, lists, comparisons, definitions, yes/no --------------
fact("cancer62", "fact", "figure", K2, ["78.4%", "Cancer 62-day GP referral"],
     "page 1, KPI tile 'Cancer 62-day GP referral to first treatment'", [["78.4"]],
     ("What was cancer 62-day performance across Marrowdale and Kestle Vale in Q2 2019/20?",
      "mkv cancer 62 day performace q2 19/20?",
      "How far short of the 85% cancer standard was the Marrowdale and Kestle Vale system in July to "
      "September 2019?"),
     typo="performace")
fact("ae-system", "fact", "figure", K2, ["86.9%", "A&E 4-hour - whole system"],
     "page 1, KPI tile 'A&E 4-hour - whole system'", [["86.9"]],
     ("What was the whole-system A&E four-hour performance for Marrowdale and Kestle Vale in Q2 2019/20?",
      "what's the mkv system a&e 4hr figure for q2 19/20 on the dashbaord?",
      "Against the 95% standard, where did Marrowdale and Kestle Vale's emergency departments land overall in "
      "July-September 2019?"),
     typo="dashbaord")
fact("ae-compare", "fact", "comparison", K2, ["88.7%", "84.3%", "Marrowdale Teaching Hospitals"],
     "page 1, KPI tiles for the two acute trusts", [["Marrowdale Teaching", "MTH", "88.7"]],
     ("Which acute trust in Marrowdale and Kestle Vale had the better A&E four-hour performance in Q2 "
      "2019/20, Marrowdale Teaching Hospitals or Kestle Vale Healthcare?",
      "mth vs kvht a&e 4hr in q2 19/20 for mkv - who did bettr?",
      "Was the Kestlebury-based acute trust ahead of or behind Marrowdale's on four-hour A&E in Q2 2019/20?"),
     typo="bettr")
fact("capital", "fact", "figure", K7, ["£6.35"],
     "page 1, paragraph confirming the capital allocation", [["6.35", "6,350,000", "6,350"]],
     ("How much capital did NHS England and NHS Improvement approve for the Brackenmoor Urgent Treatment "
      "Centre?",
      "how much capital was aproved for the brackenmoor utc?",
      "What is the capital envelope that the Brackenmoor UTC build will have to fit within?"),
     typo="aproved")
fact("budget-total", "fact", "figure", K8, ["Net transformation budget 2019/20"],
     "sheet 'Budget 2019-20', last row (after the bracketed slippage line)",
     [["17,355", "17355", "17.4m", "17.36m", "17.4 million", "17.355"]],
     ("What is the net 2019/20 transformation budget of the Marrowdale and Kestle Vale Partnership?",
      "what's the mkv net transformation budget for 19/20, after slipage?",
      "After the central slippage assumption, how much transformation money does Marrowdale and Kestle Vale "
      "have to spend in 2019/20?"),
     sheet="Budget 2019-20", typo="slipage")
fact("budget-largest", "fact", "comparison", K8, ["Primary Care at Scale", "4,625"],
     "sheet 'Budget 2019-20', Primary Care at Scale block and its subtotal row (4,625, the largest)",
     [["Primary Care at Scale", "primary care"]],
     ("Which MKV programme has the largest allocation in the 2019/20 transformation budget?",
      "which mkv programme gets the bigest slice of the 19/20 transformation budget?",
      "Where is most of Marrowdale and Kestle Vale's 2019/20 transformation money going, by programme?"),
     sheet="Budget 2019-20", typo="bigest")
fact("prog-count", "fact", "count", K3, ["UEC", "FIN"],
     "sheet 'Key', rows 2-9 (one row per programme)", [["8", "eight"]],
     ("How many programmes are there in the Marrowdale and Kestle Vale delivery plan?",
      "how many programmes does the mkv delivery plan hvae?",
      "How many programme codes does the Marrowdale and Kestle Vale milestone calendar track?"),
     derived=True, sheet="Key", typo="hvae")
fact("cond-count", "fact", "count", K7, ["(a)", "(f)"],
     "pages 1-2, conditions (a) to (f)", [["6", "six"]],
     ("How many conditions are attached to the Brackenmoor UTC capital approval?",
      "how many condtions are on the brackenmoor utc approval?",
      "How many separate conditions will Marrowdale and Kestle Vale have to discharge to keep the Brackenmoor "
      "UTC capital?"),
     derived=True, typo="condtions")
fact("int-towns", "fact", "list", K3, ["INT phase 1 live"],
     "sheet 'Calendar', row Jun 2019, column CNC", [["Oldhythe"], ["Saltwick"]],
     ("Which towns were in phase 1 of the integrated neighbourhood teams roll-out in Marrowdale and Kestle Vale?",
      "which towns were in phase 1 of the mkv integrated neighbourhood teams rolout?",
      "Which two towns in Marrowdale and Kestle Vale got integrated neighbourhood teams first?"),
     sheet="Calendar", typo="rolout")
fact("priorities", "fact", "list", K4,
     ["three priorities", "go live with the Kestle Vale Shared Care", "reduce ambulance handover delays"],
     "'Looking ahead: our priorities for 2019/20' (end of the two-column body)",
     [["shared care record", "KVSCR"], ["neighbourhood team", "neighbourhood"], ["handover"]],
     ("What are the Marrowdale and Kestle Vale Partnership Board's three priorities for 2019/20?",
      "what are mkv's 3 priorites for 19/20 from the annual report?",
      "Next year's MKV annual report will be judged against three things the Board promised for 2019/20 - "
      "what are they?"),
     typo="priorites")
fact("neighbourhood-def", "fact", "definition", K4, ["a registered population of between 30,000"],
     "page 1, 'What we mean by a neighbourhood'", [["30,000", "30000", "30k"], ["50,000", "50000", "50k"]],
     ("How does the Marrowdale and Kestle Vale Partnership define a 'neighbourhood'?",
      "what does mkv mean by a neighbourhood - what populaton size?",
      "What size of population is one Marrowdale and Kestle Vale neighbourhood meant to serve?"),
     typo="populaton")
fact("hiu-def", "fact", "definition", K5, ["What it is: case management"],
     "UEC > Projects > High Intensity User service > 'What it is'",
     [["case management", "case manager", "health coach"]],
     ("What is the High Intensity User service in the Marrowdale and Kestle Vale urgent care programme?",
      "what actually is the hiu servise in mkv uec?",
      "What does the Kestlebury HIU project actually do for people who keep calling 999?"),
     typo="servise")
fact("utc-conditional", "fact", "yes-no", K7, ["The approval is subject to the following conditions"],
     "page 1, paragraph introducing conditions (a)-(f)",
     [["conditional", "conditions", "subject to", "not unconditional"]],
     ("Is the capital approval for the Brackenmoor Urgent Treatment Centre unconditional?",
      "is brackenmoor's utc capital approval unconditonal?",
      "Can Marrowdale and Kestle Vale simply draw down the Brackenmoor UTC capital, or are there strings "
      "attached?"),
     derived=True, typo="unconditonal")
fact("ext-access", "fact", "yes-no", K2, ["100%", "GP extended access population coverage"],
     "page 1, KPI tile 'GP extended access population coverage' (MD3)",
     [["yes", "100%", "100 per cent", "full coverage"]],
     ("Does the Marrowdale and Kestle Vale footprint have full GP extended access coverage?",
      "does mkv have 100% gp extended acess coverage?",
      "Can every resident of Marrowdale and Kestle Vale get an evening or weekend GP appointment?"),
     derived=True, typo="acess")

# ---- unanswerable -----------------------------------------------------------
fact("nm-maternity-sro", "unanswerable", "near-miss", K4, ["Local Maternity System publishes its own"],
     "page 1 says the Kestle Vale Local Maternity System reports separately (K1 intro says the same); no "
     "maternity SRO or lead is named anywhere", [],
     ("Who is the SRO for maternity in the Marrowdale and Kestle Vale Partnership?",
      "who's the sro for maternty in mkv?",
      "Who is accountable for the Kestle Vale Local Maternity System within the Marrowdale and Kestle Vale "
      "partnership?"),
     absent=["maternity sro", "sro for maternity", "maternity lead", "head of midwifery", "director of midwifery",
             "maternity programme sro", "lms sro", "lms chair"], typo="maternty")
fact("nm-ae-q1", "unanswerable", "near-miss", K2, ["improved on Q1 2019/20"],
     "the Q2 dashboard gives only Q2 figures; Q1 appears only as the baseline of the trend arrows", [],
     ("What was the whole-system A&E four-hour performance for Marrowdale and Kestle Vale in Q1 2019/20?",
      "what was mkv's a&e 4 hour perfomance in q1 19/20?",
      "Before the Q2 2019/20 dip, what four-hour A&E figure did the Marrowdale and Kestle Vale system post "
      "for April to June 2019?"),
     absent=["april-june 2019", "april to june 2019", "apr-jun 2019", "quarter 1 2019/20",
             "q1 2019/20 (april"], typo="perfomance")
fact("nm-budget-2021", "unanswerable", "near-miss", K8, ["Indicative figures for later years"],
     "the budget covers 2019/20 only; its Notes sheet says later years will be set in the 2020/21 planning "
     "round", [],
     ("What is the Marrowdale and Kestle Vale transformation budget for 2020/21?",
      "what's the mkv transformaton budget for 20/21?",
      "How much transformation money will Marrowdale and Kestle Vale have in the year after 2019/20?"),
     absent=["transformation budget 2020/21", "2020/21 transformation budget", "budget 2020-21",
             "total 2020/21"], typo="transformaton")
fact("nm-dig-clinical", "unanswerable", "near-miss", K1, ["Clinical lead:", "Click or tap here to enter text."],
     "section 6 programme card: the 'Clinical lead' content control still shows its placeholder text", [],
     ("Who is the clinical lead for the Digital (Kestle Vale Shared Care Record) programme in Marrowdale and "
      "Kestle Vale?",
      "who's the clinical lead for mkv digtal / kvscr?",
      "Which clinician speaks for the Kestle Vale Shared Care Record programme?"),
     absent=["chief clinical information officer", "ccio", "clinical safety officer", "digital clinical lead"],
     typo="digtal")
fact("nm-kestlebury-utc-cost", "unanswerable", "near-miss", K7, ["recurrent running costs of £1.9 million"],
     "the letter gives recurrent running costs (£1.9m a year) for the Brackenmoor UTC only; the Kestlebury UTC "
     "is mentioned without any cost", [],
     ("What are the annual running costs of the Kestlebury Urgent Treatment Centre?",
      "how much does the kestlebury utc cost to run each yaer?",
      "What does Kestle Vale spend a year on keeping the Kestlebury UTC open?"),
     absent=["kestlebury utc running", "running costs of the kestlebury", "kestlebury utc costs",
             "kestlebury utc: £", "kestlebury utc (£"], typo="yaer")
fact("nm-ccg-cfo", "unanswerable", "near-miss", K4, ["Partnership Finance Lead", "Priya Ravindran, Director of"],
     "only the Partnership Finance Lead (Director of Finance of Kestle Vale Healthcare) is named; no CCG "
     "finance officer appears", [],
     ("Who is the Chief Finance Officer of NHS Kestle Vale CCG?",
      "who's the cfo at nhs kestle vale ccg, the ccg finnance director?",
      "Which finance officer signs off NHS Kestle Vale CCG's share of the Brackenmoor UTC running costs?"),
     absent=["chief finance officer", "cfo", "ccg director of finance", "chief financial officer"],
     typo="finnance")
fact("off-pudding", "unanswerable", "offtopic", None, [], "not in any paper", [],
     ("What is a good recipe for Yorkshire puddings?",
      "what's a good yorkshire puddin recipe?",
      "My Yorkshire puddings keep coming out flat - how should I make them?"),
     typo="puddin")
fact("off-worldcup", "unanswerable", "offtopic", None, [], "not in any paper", [],
     ("Who won the 1966 FIFA World Cup?",
      "who won the 66 world cup, footbal i mean?",
      "Which country were the football world champions after the 1966 tournament?"),
     typo="footbal")

FOOTPRINT_TOKENS = ["marrowdale", "kestle", "mkv", "brackenmoor", "oldhythe", "saltwick", "fennick",
                    "kvscr", "kestlebury"]


def main():
    out = []
    counts = collections.Counter()
    problems = []
    corpus = all_text()
    for f in F:
        fid = "k-" + f["fid"]
        src = {"file": f["file"], "lines": [], "where": f["where"]}
        desc = re.sub(r"^(pages? [\d-]+, |slides? \d+,? |sheet '[^']+', )", "", f["where"])
        if f["file"]:
            a, b, window = locate(f["file"], f["needles"], f.get("sheet"))
            if a[0] in ("page", "para", "slide", "line"):
                src["lines"] = [a[1], b[1]]
                src["where"] = "%s %s%s: %s" % (a[0], a[1], "" if a == b else "-%s" % b[1], desc)
            else:  # xlsx (sheet, row)
                src["lines"] = [a[1], b[1]]
                src["where"] = "sheet '%s', row%s %s: %s" % (a[0], "" if a == b else "s", a[1] if a == b else
                                                            "%s-%s" % (a[1], b[1]), desc)
            if not f["derived"]:
                for g in f["answers"]:
                    if not any(norm(alt) in window for alt in g):
                        problems.append("%s: no alternative of %r found in %s %s-%s" % (fid, g[:4], f["file"], a, b))
        for s in f["absent"]:
            if norm(s) in corpus:
                problems.append("%s: near-miss string %r occurs in the papers" % (fid, s))
        if f["kind"] == "unanswerable":
            assert f["answers"] == []
        if f["kind"] != "unanswerable":
            assert f["answers"], fid
        for phr, q in zip(("formal", "chat", "indirect"), f["qs"]):
            if f["shape"] != "offtopic":
                if not any(t in q.lower() for t in FOOTPRINT_TOKENS):
                    problems.append("%s-%s does not name the footprint: %s" % (fid, phr[0], q))
            else:
                if any(t in q.lower() for t in FOOTPRINT_TOKENS):
                    problems.append("%s-%s off-topic question names the footprint" % (fid, phr[0]))
            if phr == "chat":
                if q != q.lower():
                    problems.append("%s-c is not lower case" % fid)
                if not f["typo"] or f["typo"] not in q:
                    problems.append("%s-c lacks its recorded typo %r" % (fid, f["typo"]))
            rec = {"id": "%s-%s" % (fid, phr[0]), "kind": f["kind"], "question": q,
                   "answer_any": f["answers"], "source": src, "as_of": f["as_of"],
                   "expect_no_answer": f["kind"] == "unanswerable", "fact": fid, "phrasing": phr,
                   "shape": f["shape"]}
            if f["derived"]:
                rec["derived"] = True
            out.append(rec)
        counts[f["kind"]] += 1
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if problems:
        print("ASSERTION FAILURES:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("facts: %d  questions: %d" % (len(F), len(out)))
    print("by kind (facts):", dict(counts))
    print("by shape (facts):", dict(collections.Counter(f["shape"] for f in F)))
    print("by file (facts):", dict(collections.Counter(f["file"] for f in F)))
    print("all assertions passed")


if __name__ == "__main__":
    main()
