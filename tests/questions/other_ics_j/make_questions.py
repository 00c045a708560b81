"""Write questions.jsonl for the Tarnford & Ellisvale (TEHCP) papers.

Every source location is looked up in the generated papers (page of a PDF, row of an
Excel sheet or Word table, slide of the deck, line of a text file, paragraph of the
narrative), and each answer group is checked against the text at that location:
at least one alternative of every group must occur there (unless the gold is derived,
e.g. a count or a comparison, where `derived=True` skips the check).

Run with: /work/main/.venv/bin/python make_questions.py
"""
import json
import os
import re
import zipfile

import openpyxl
import pypdf
from docx import Document
from pptx import Presentation

HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, "papers")

POAP = "TEHCP_STP_Plan_on_a_Page_2018-21.pdf"
BP = "TEHCP_Board_17Oct18_Item6_STP_Delivery_Update.pdf"
TR = "TEHCP_Milestone_Tracker_Q2_2018-19.xlsx"
DK = "TEHCP_Programme_Board_14Nov18.pptx"
NR = "TEHCP_Programme_Narratives_P1_P6_P8_v2.docx"
RR = "TEHCP_STP_Risk_Register_Sept18.docx"
GL = "TEHCP_Glossary_of_abbreviations.txt"
HR = "TEHCP_UEC_Highlight_Report_wc_5Nov18.txt"


# ---------------------------------------------------------------------------
# date variants
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def day(d, m, y):
    M = MONTHS[m - 1]
    ab = M[:3]
    out = ["%d %s" % (d, M), "%s %s" % (ordinal(d), M), "%d %s" % (d, ab), "%s %s" % (ordinal(d), ab),
           "%s %d" % (M, d), "%s %d" % (ab, d), "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y),
           "%02d/%02d/%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d),
           "%02d-%s-%02d" % (d, ab, y % 100), "%d-%s-%02d" % (d, ab, y % 100)]
    if ab == "Sep":
        out += ["%d Sept" % d, "%s Sept" % ordinal(d), "Sept %d" % d]
    return list(dict.fromkeys(out))


def month(m, y):
    M = MONTHS[m - 1]
    ab = M[:3]
    out = ["%s %d" % (M, y), "%s %d" % (ab, y), "%s-%02d" % (ab, y % 100), "%s '%02d" % (ab, y % 100),
           "%s '%02d" % (M, y % 100), "%02d/%d" % (m, y), "%d-%02d" % (y, m)]
    if ab == "Sep":
        out += ["Sept %d" % y, "Sept-%02d" % (y % 100)]
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------
# locate sources
# ---------------------------------------------------------------------------
_pdf = {}


def pdf_pages(f):
    if f not in _pdf:
        _pdf[f] = [p.extract_text() or "" for p in pypdf.PdfReader(os.path.join(P, f)).pages]
    return _pdf[f]


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def pdf_page_of(f, needle):
    for i, t in enumerate(pdf_pages(f), 1):
        if norm(needle) in norm(t):
            return i
    raise AssertionError("%s not found in %s" % (needle, f))


_wb = None


def sheet_row(sheet, ref_or_label):
    global _wb
    if _wb is None:
        _wb = openpyxl.load_workbook(os.path.join(P, TR))
    ws = _wb[sheet]
    for row in ws.iter_rows():
        if row[0].value == ref_or_label:
            return row[0].row, " | ".join(str(c.value) for c in row if c.value is not None)
    raise AssertionError("%s not in %s" % (ref_or_label, sheet))


def docx_table_row(f, ref):
    t = Document(os.path.join(P, f)).tables[0]
    for i, r in enumerate(t.rows, 1):
        cells = r.cells
        if cells[0].text == ref or (len(ref) > 6 and cells[0].text.startswith(ref)):
            seen, txt = set(), []
            for c in cells:
                if id(c._tc) not in seen:
                    seen.add(id(c._tc))
                    txt.append(c.text)
            return i, " | ".join(txt)
    raise AssertionError(ref)


def narrative_para(needle):
    """1-based paragraph number of the paragraph holding needle, plus that paragraph's
    footnote text (read from footnotes.xml)."""
    path = os.path.join(P, NR)
    d = Document(path)
    with zipfile.ZipFile(path) as z:
        fx = z.read("word/footnotes.xml").decode("utf-8")
    notes = dict(re.findall(r'<w:footnote w:id="(\d+)">.*?<w:t xml:space="preserve">(.*?)</w:t>', fx))
    for i, p in enumerate(d.paragraphs, 1):
        if needle in p.text:
            ids = re.findall(r'footnoteReference w:id="(\d+)"', p._p.xml)
            return i, p.text + " " + " ".join(notes[x].replace("&amp;", "&") for x in ids), ids
    raise AssertionError(needle)


def slide_text(n):
    prs = Presentation(os.path.join(P, DK))
    s = prs.slides[n - 1]
    out = []
    for sh in s.shapes:
        if sh.has_text_frame:
            out.append(sh.text_frame.text)
        if sh.has_table:
            for r in sh.table.rows:
                out.append(" | ".join(c.text for c in r.cells))
        if sh.has_chart:
            for pl in sh.chart.plots:
                out.append(" ".join(pl.categories))
                for se in pl.series:
                    out.append(se.name + " " + " ".join(str(v) for v in se.values))
    return "\n".join(out)


def txt_lines(f, first_needle, last_needle=None):
    lines = open(os.path.join(P, f), encoding="utf-8").read().split("\n")
    a = next(i for i, l in enumerate(lines, 1) if first_needle in l)
    b = a if last_needle is None else next(i for i, l in enumerate(lines, 1) if i >= a and last_needle in l)
    return [a, b], "\n".join(lines[a - 1:b])


# ---------------------------------------------------------------------------
# facts
# ---------------------------------------------------------------------------
FACTS = []


def fact(fid, kind, shape, file, lines, where, text, answer_any, qs, as_of=None, derived=False):
    """qs = (formal, chat, indirect)"""
    if answer_any and not derived:
        low = norm(text)
        for g in answer_any:
            assert any(norm(a) in low for a in g), (fid, g, text[:300])
    FACTS.append(dict(fid=fid, kind=kind, shape=shape, file=file, lines=lines, where=where,
                      answer_any=answer_any, qs=qs, as_of=as_of))


def pdf_fact(fid, kind, shape, file, needles, where, answer_any, qs, **kw):
    pages = [pdf_page_of(file, n) for n in needles]
    text = "\n".join(pdf_pages(file)[p - 1] for p in sorted(set(pages)))
    fact(fid, kind, shape, file, [min(pages), max(pages)], where, text, answer_any, qs, **kw)


def tr_fact(fid, kind, shape, sheet, refs, where, answer_any, qs, **kw):
    rows, texts = [], []
    for r in refs:
        n, t = sheet_row(sheet, r)
        rows.append(n)
        texts.append(t)
    fact(fid, kind, shape, TR, [min(rows), max(rows)], "sheet '%s', %s" % (sheet, where),
         "\n".join(texts), answer_any, qs, **kw)


def txt_fact(fid, kind, shape, file, first, last, where, answer_any, qs, **kw):
    lines, text = txt_lines(file, first, last)
    fact(fid, kind, shape, file, lines, where, text, answer_any, qs, **kw)


def slide_fact(fid, kind, shape, n, where, answer_any, qs, **kw):
    fact(fid, kind, shape, DK, [n, n], "slide %d %s" % (n, where), slide_text(n), answer_any, qs, **kw)


def rr_fact(fid, kind, shape, refs, where, answer_any, qs, **kw):
    rows, texts = [], []
    for r in refs:
        n, t = docx_table_row(RR, r)
        rows.append(n)
        texts.append(t)
    fact(fid, kind, shape, RR, [min(rows), max(rows)], "risk register table, %s" % where,
         "\n".join(texts), answer_any, qs, **kw)


def nr_fact(fid, kind, shape, needle, where, answer_any, qs, **kw):
    n, text, ids = narrative_para(needle)
    fact(fid, kind, shape, NR, [n, n], "paragraph %d, footnote %s (%s)" % (n, ",".join(ids), where),
         text, answer_any, qs, **kw)


UEC = ["Urgent & Emergency", "Urgent and Emergency", "UEC", "P3", "Programme 3"]

# ----------------------------- owners ---------------------------------------
pdf_fact("j-own-uec-sro", "owner", "role-holder", POAP,
         ["P3  Urgent & Emergency Care    SRO: Helen Braithwaite"],
         "page 1, heading band of P3 Urgent & Emergency Care",
         [["Helen Braithwaite", "Braithwaite"]],
         ("Who is the Senior Responsible Officer for the Urgent & Emergency Care programme in the "
          "Tarnford & Ellisvale STP?",
          "who's the SRO for urgnet & emergency care in tarnford?",
          "I want to raise A&E waits and the new urgent treatment centre with whoever is accountable "
          "for that whole programme in Tarnford & Ellisvale - who would that be?"))

pdf_fact("j-own-digital-sro", "owner", "role-holder", BP,
         ["has nominated Gareth Pell"],
         "page 1, paragraph 3.1 (the old SRO is in Appendix B item 1 'Was' column)",
         [["Gareth Pell", "Pell"]],
         ("Who is now the SRO for the Digital & Shared Care Record programme in Tarnford & Ellisvale?",
          "who's the digital SRO in tarnford now that stephen marwood has retird?",
          "Now the Ellisvale General CIO has retired, who has taken over as the senior lead for the "
          "Tarnford & Ellisvale shared care record programme?"))

slide_fact("j-own-core24-sro", "owner", "initiative-owner", 2,
           "table, row 'Core 24 liaison psychiatry (TRI)': SRO cell merged vertically from the P5 row above",
           [["Priya Venkataraman", "Venkataraman"]],
           ("In the Tarnford & Ellisvale Programme Board deck, which SRO sits over the Core 24 liaison "
            "psychiatry initiative at TRI?",
            "core 24 liason psychiatry at TRI (tarnford) - which SRO is that under?",
            "The round-the-clock psychiatric cover for A&E at Tarnford Royal Infirmary - whose programme "
            "does that roll up to at SRO level?"))

nr_fact("j-own-alcohol", "owner", "initiative-owner", "seven-day Alcohol Care Team at TRI",
        "lead named only in the footnote",
        [["Josephine Marr", "Marr"]],
        ("Who leads the seven-day Alcohol Care Team at Tarnford Royal Infirmary?",
         "who's leading the 7 day alchohol care team at TRI in tarnford?",
         "Who should I speak to about the new specialist team for patients admitted to Tarnford Royal "
         "Infirmary with drink-related problems?"))

nr_fact("j-own-perinatal", "owner", "initiative-owner", "perinatal mental health community team",
        "lead named only in the footnote",
        [["Ravi Sundaram", "Sundaram"]],
        ("Who is the lead for the perinatal mental health community team in Tarnford & Ellisvale?",
         "who's leading the perinatal MH comunity team for tarnford & ellisvale?",
         "Mums in Tarnford & Ellisvale with serious mental illness around birth currently go out of area "
         "- who is in charge of setting up the local team that will look after them?"))

tr_fact("j-own-pm-planned", "owner", "role-holder", "P4 Planned Care", ["Programme manager"],
        "key-value block above the milestone list, row 'Programme manager'",
        [["Farah Nadeem", "Nadeem"]],
        ("Who is the programme manager for Planned Care & Cancer in the Tarnford & Ellisvale milestone "
         "tracker?",
         "who's the PM for planned care & cancr in tarnford?",
         "Who does the day-to-day programme management (not the SRO) for elective and cancer work in "
         "Tarnford & Ellisvale?"))

rr_fact("j-own-cyber-risk", "owner", "initiative-owner", ["R7.2"], "row R7.2 under 'Programme 7' heading row",
        [["Dawn Metcalfe", "Metcalfe"]],
        ("Who owns the cyber security risk on the Tarnford & Ellisvale STP risk register?",
         "who owns the cyber risk (old windows 7 kit) on the tarnford risk regster?",
         "Thousands of our PCs in Tarnford & Ellisvale still run an unsupported operating system - whose "
         "name is against that risk in the STP register?"))

pdf_fact("j-own-progdir", "owner", "role-holder", BP, ["Report of: Kirsty Lomax, STP Programme Director"],
         "page 1, 'Report of' line under the title",
         [["Kirsty Lomax", "Lomax"]],
         ("Who is the STP Programme Director for Tarnford & Ellisvale?",
          "who's the stp programme directer at tarnford & ellisvale?",
          "Who wrote the STP delivery update that went to the Tarnford & Ellisvale Partnership Board in "
          "October 2018?"))

slide_fact("j-own-list-p4", "owner", "owner-list", 2,
           "table, the three rows of the P4 Planned Care & Cancer block (programme and SRO cells merged)",
           [["Okafor"], ["Ellery"], ["Nadeem"]],
           ("Who are the initiative leads in the Planned Care & Cancer programme, according to the "
            "November 2018 Tarnford & Ellisvale Programme Board deck?",
            "list the initative leads under planned care & cancer in the tarnford prog board slides",
            "For the cancer diagnostics, outpatients and MSK triage pieces of Tarnford & Ellisvale's "
            "elective programme, who is named as leading each one?"))

pdf_fact("j-own-crg-chair", "owner", "board-person", BP, ["has been appointed Chair of the Clinical"],
         "page 1, paragraph 3.2",
         [["Nadia Ferreira", "Ferreira"]],
         ("Who chairs the Clinical Reference Group of the Tarnford & Ellisvale Health and Care "
          "Partnership?",
          "who's the new chiar of the clinical reference group at tarnford & ellisvale?",
          "Which senior clinician took over from Dr Rafiq Osei as head of the Tarnford & Ellisvale "
          "partnership's clinical reference group?"))

tr_fact("j-own-online-consult", "owner", "initiative-owner", "P2 Primary Care", ["P2-02", "P2-04"],
        "rows P2-02 and P2-04, Lead column",
        [["Ruth Ogundipe", "Ogundipe"]],
        ("Who is the lead for the online consultation milestones in the Tarnford & Ellisvale Primary "
         "Care at Scale programme?",
         "who's doing the online consultaton procurement for tarnford primary care?",
         "Which person in Tarnford & Ellisvale is responsible for getting GP practices set up so "
         "patients can consult their GP over the internet?"))

txt_fact("j-own-sdec", "owner", "initiative-owner", HR, "WORKSTREAM 4: Same Day Emergency Care",
         "Lead: Dr Chidi Anyanwu", "workstream 4 block, 'Lead:' line",
         [["Chidi Anyanwu", "Anyanwu"]],
         ("Who leads the Same Day Emergency Care workstream at Ellisvale General Hospital?",
          "who's the lead for SDEC at EGH (ellisvale)? the opning keeps slipping",
          "Who's in charge of the unit at Ellisvale General that treats emergency patients without "
          "admitting them overnight?"))

# ----------------------------- milestones -----------------------------------
tr_fact("j-ms-iutc-date", "milestone", "milestone-date", "P3 UEC", ["P3-03"],
        "row P3-03, Forecast column (real date shown as dd-mmm-yy; Baseline Oct-18)",
        [day(3, 12, 2018) + month(12, 2018)],
        ("What is the forecast go-live date for the Integrated Urgent Treatment Centre at Brackenmouth?",
         "when's the IUTC at brackenmouth going live now - whats the forcast date?",
         "The new urgent treatment centre at Brackenmouth Community Hospital was supposed to open in "
         "October - when is it now expected to open its doors?"))

tr_fact("j-ms-msk", "milestone", "milestone-date", "P4 Planned Care", ["P4-04"],
        "row P4-04, Forecast column (Baseline Jan-19, status Re-planned)",
        [day(1, 4, 2019) + month(4, 2019)],
        ("When is the MSK single point of access now due to go live in Tarnford & Ellisvale?",
         "msk traige SPA go-live date in tarnford - has it moved from jan?",
         "When will GP referrals for back, joint and muscle problems in Tarnford & Ellisvale start "
         "going through the new central triage service?"))

pdf_fact("j-ms-cyp-ed", "milestone", "milestone-date", POAP,
         ["CYP eating disorders service NICE-concordant"],
         "page 2, P6 band, middle column 'How we will know (by when)'; Y2 = 2019/20 per footer legend",
         [["Y2 Q1", "Q1 2019/20", "Q1 19/20", "Qtr 1 2019/20", "Quarter 1 2019/20", "Q1 of 2019/20",
           "2019/20 Q1", "June 2019", "Jun 2019", "Jun-19", "April-June 2019", "April to June 2019",
           "April\u2013June 2019", "Apr-Jun 2019", "Apr\u2013Jun 2019", "Apr to Jun 2019",
           "30 June 2019", "30/06/2019"]],
         ("By when should the children and young people's eating disorders service be NICE-concordant, "
          "according to the Tarnford & Ellisvale plan on a page?",
          "CYP eating disorders - when does tarnford say it'll be NICE concordent?",
          "When will youngsters with anorexia or bulimia in Tarnford & Ellisvale get a community service "
          "that meets the national waiting standards?"))

tr_fact("j-ms-p8-q4", "milestone", "milestone-in-period", "P8 Workforce", ["P8-01", "P8-02", "P8-03"],
        "rows P8-01 to P8-03 (forecast 14-Jan-19, 01-Feb-19, 31-Mar-19)",
        [["cohort 2", "second cohort", "30 trainees"], ["international GP", "overseas GP", "first 5",
                                                        "first five"], ["60"]],
        ("Which Workforce & OD milestones in the Tarnford & Ellisvale tracker fall due in Q4 2018/19?",
         "what's due for tarnford worforce & OD in Q4 18/19?",
         "Between January and March 2019, what is the Tarnford & Ellisvale staffing programme meant to "
         "deliver?"))

tr_fact("j-ms-uec-next4", "milestone", "relative-window", "P3 UEC", ["P3-02", "P3-03"],
        "rows P3-02 (19-Nov-18) and P3-03 (03-Dec-18); as_of 2018-11-12",
        [["SDEC", "Same Day Emergency"], ["IUTC", "Urgent Treatment Centre"]],
        ("Which Urgent & Emergency Care milestones in the Tarnford & Ellisvale tracker are due in the "
         "next four weeks?",
         "which tarnford UEC milestnes land in the next 4 weeks?",
         "Looking a month ahead from today, what's coming up for the urgent care programme in "
         "Tarnford & Ellisvale?"),
        as_of="2018-11-12")

tr_fact("j-ms-p2-bynow", "milestone", "relative-window", "P2 Primary Care", ["P2-01", "P2-02", "P2-03"],
        "rows P2-01 (01-Oct-18), P2-02 (05-Nov-18), P2-03 (14-Dec-18); as_of 2019-01-10",
        [["extended access"], ["online consultation", "contract award"], ["clinical director"]],
        ("Which Primary Care at Scale milestones in the Tarnford & Ellisvale tracker should have been "
         "delivered by now?",
         "tarnford primray care at scale - which milestones should be done by now?",
         "Checking progress today: what should the GP-at-scale programme in Tarnford & Ellisvale already "
         "have achieved?"),
        as_of="2019-01-10")

tr_fact("j-ms-tescr-phases", "milestone", "multi-date", "P7 Digital", ["P7-02", "P7-04"],
        "rows P7-02 (28-Sep-18, Complete) and P7-04 (28-Jun-19)",
        [day(28, 9, 2018) + month(9, 2018) + ["Y1 Q2", "Q2 2018/19", "Q2 18/19"],
         day(28, 6, 2019) + month(6, 2019) + ["Y2 Q1", "Q1 2019/20", "Q1 19/20"]],
        ("What are the dates for phase 1 and phase 2 of the Tarnford & Ellisvale Shared Care Record "
         "(TESCR)?",
         "tescr phase 1 & phase 2 dates? (tarnford shared care recrd)",
         "When did GP records become viewable in the Tarnford & Ellisvale hospitals through the shared "
         "record, and when is social care data due to be added?"))

txt_fact("j-ms-d2a-ellisvale", "milestone", "milestone-date", HR, "Mon 7 Jan 2019: D2A pathway 1", None,
         "workstream 3 block, 'Next period' bullet",
         [day(7, 1, 2019) + ["7 Jan 2019"]],
         ("When does Discharge to Assess pathway 1 go live in Ellisvale?",
          "when's D2A pathwy 1 going live in ellisvale?",
          "From what date will patients leaving hospital in the Ellisvale area go home to have their "
          "care needs assessed there rather than on the ward?"))

pdf_fact("j-ms-next-board", "milestone", "board-date", BP, ["next meeting of the Board will be held"],
         "page 2, paragraph 7.2",
         [day(21, 11, 2018)],
         ("When is the next meeting of the Tarnford & Ellisvale Partnership Board after 17 October 2018?",
          "when's the next tarnford partnership bord meeting after the october one?",
          "When do the Tarnford & Ellisvale partnership board members next get together after their "
          "October 2018 meeting?"))

txt_fact("j-ms-cqc-visit", "milestone", "milestone-date", HR, "w/c 12 Nov: CQC registration visit", None,
         "workstream 1 block, 'Next period' bullet",
         [["12 Nov", "12th Nov", "November 12", "Nov 12", "12/11"]],
         ("When is the CQC registration visit for the Brackenmouth IUTC scheduled?",
          "when's CQC coming to do the registation visit for the brackenmouth IUTC?",
          "When will the regulator come to inspect the new urgent treatment centre in Brackenmouth "
          "before it can be registered?"))

slide_fact("j-ms-ward3", "milestone", "milestone-date", 4,
           "second-level bullet under 'Bed capacity'",
           [day(10, 12, 2018)],
           ("When does Ward 3 at Brackenmouth Community Hospital reopen this winter?",
            "when does ward 3 at brackenmouth comunity hospital reopen?",
            "When do the 16 extra community beds in Brackenmouth come back into use for winter 2018/19?"))

tr_fact("j-ms-core24", "milestone", "milestone-date", "P5 MH & LD", ["P5-03"],
        "row P5-03, Forecast column",
        [day(31, 3, 2019) + month(3, 2019) + ["end of March 2019", "Y1 Q4", "Q4 2018/19", "Q4 18/19"]],
        ("By what date should Tarnford Royal Infirmary have a Core 24 compliant liaison psychiatry "
         "service?",
         "deadline for a core 24 compliant liasion service at TRI?",
         "By when is Tarnford Royal Infirmary meant to have psychiatric liaison cover in A&E 24 hours a "
         "day, 7 days a week?"))

# ----------------------------- must-dos -------------------------------------
pdf_fact("j-md-cancer", "mustdo", "mustdo-coverage", BP, ["contributes to must-dos 2, 5 and 6"],
         "page 2, section 5 statements per programme (paragraphs 5.2-5.9)",
         [["Programme 4", "P4", "Planned Care"]],
         ("Which Tarnford & Ellisvale programmes contribute to national must-do 6, the 62-day cancer "
          "standard?",
          "which tarnford programmes cover must do 6 (cancr 62 day)?",
          "Which part of the Tarnford & Ellisvale STP is lined up against the national requirement on "
          "waits from urgent cancer referral to first treatment?"))

pdf_fact("j-md-ae", "mustdo", "mustdo-coverage", BP,
         ["contributes to must-dos 1, 3 and 4", "contributes to must-dos 3, 4 and"],
         "page 2, paragraphs 5.3, 5.4 and 5.8",
         [["Programme 2", "P2", "Primary Care"], ["Programme 3", "P3", "Urgent", "UEC"],
          ["Programme 7", "P7", "Digital"]],
         ("Which programmes contribute to must-do 4 (A&E and ambulance) in the Tarnford & Ellisvale STP?",
          "which tarnford programmes line up against must do 4, A&E & ambulence?",
          "Which Tarnford & Ellisvale programmes does the October Board paper line up against the "
          "national four-hour A&E and ambulance requirement?"))

pdf_fact("j-md-gap", "mustdo", "mustdo-gap", BP, ["No programme currently contributes to must-do 9"],
         "page 2, paragraph 5.10",
         [["must-do 9", "must do 9", "must-do (9)", "must-do nine", "must do nine", "special measures",
           "improving quality", "quality improvement"]],
         ("Which of the nine national must-dos is not covered by any Tarnford & Ellisvale programme?",
          "is there a must do that no tarnford programe covers? which one",
          "Are any of the national must-dos left unclaimed by the Tarnford & Ellisvale programmes?"))

pdf_fact("j-md-workforce", "mustdo", "mustdo-cell", BP, ["Workforce & OD \u2013 contributes to must-dos 2, 3 and 7"],
         "page 2, paragraph 5.9",
         [["2, 3", "2,3", "must-do 2", "must do 2", "financial"],
          ["3 and 7", "3, 7", "must-do 3", "must do 3", "general practice"],
          ["and 7", ", 7", "must-do 7", "must do 7", "mental health"]],
         ("Which national must-dos does the Workforce & OD programme contribute to in Tarnford & "
          "Ellisvale?",
          "tarnford workfroce & OD - which must dos does it cover?",
          "Against the national planning must-dos, where does Tarnford & Ellisvale's staffing programme "
          "claim to make a difference?"))

pdf_fact("j-md-ld-cell", "mustdo", "mustdo-cell", BP, ["Transforming\nCare, reducing inpatients to 27"],
         "page 2, paragraph 5.6",
         [["Transforming Care"], ["27"]],
         ("How does the Mental Health & Learning Disabilities programme contribute to must-do 8 in "
          "Tarnford & Ellisvale?",
          "what does tarnford's MH & LD programme do for must do 8 (learnng disabilities)?",
          "What specific commitment does Tarnford & Ellisvale make against the national learning "
          "disability must-do?"))

pdf_fact("j-md-mh-topic", "mustdo", "mustdo-by-topic", BP,
         ["contributes to must-dos\n7 and 8", "contributes to must-do 7\nonly",
          "contributes to must-dos 2, 3 and 7"],
         "page 2, paragraphs 5.6, 5.7 and 5.9",
         [["Programme 5", "P5", "Mental Health & Learning", "Mental Health and Learning", "MH & LD",
           "MH and LD", "MH&LD", "Mental Health & LD", "Mental Health and LD"],
          ["Programme 6", "P6", "Children"], ["Programme 8", "P8", "Workforce"]],
         ("Which Tarnford & Ellisvale programmes contribute to the mental health must-do?",
          "which tarnford progammes claim the MH must do?",
          "Which parts of the Tarnford & Ellisvale STP say they help deliver the national requirement on "
          "mental health?"))

pdf_fact("j-md-qsg", "mustdo", "mustdo-gap", BP, ["the Quality Surveillance Group will report"],
         "page 2, paragraph 5.10",
         [["Quality Surveillance Group", "QSG"], month(12, 2018) + ["December"]],
         ("Which group will report to the Tarnford & Ellisvale Board on assurance against must-do 9, and "
          "when?",
          "who's reportng back on the must do 9 gap in tarnford, and when?",
          "Since none of the Tarnford & Ellisvale programmes covers quality in organisations in special "
          "measures, who is going to come back to the Board about it, and in which month?"))

pdf_fact("j-md-fin-count", "mustdo", "count", BP,
         ["contributes to must-dos 1 and 2", "contributes to must-dos 2 and 4",
          "contributes to must-dos 2, 5 and 6", "contributes to must-dos 2, 3 and 7"],
         "page 2, paragraphs 5.2, 5.4, 5.5 and 5.9 (P1, P3, P4, P8)",
         [["four", "4 programmes", "4 of the", "4 (", "4:"]],
         ("How many Tarnford & Ellisvale programmes contribute to must-do 2, financial balance?",
          "how many tarnford programmes count towards must do 2 (finacial balance)?",
          "The financial balance must-do - how many of Tarnford & Ellisvale's eight programmes say they "
          "contribute to it?"),
         derived=True)

# ----------------------------- facts ----------------------------------------
pdf_fact("j-fact-save-most", "fact", "comparison", BP, ["P3 Urgent & Emergency Care\n4.6"],
         "page 3, Appendix A table, Total column (P3 17.8 vs P4 17.4)",
         [UEC, ["17.8"]],
         ("Which Tarnford & Ellisvale programme has the largest three-year savings plan, and how much "
          "is it?",
          "which tarnford programme has the biggest 3-yr savngs plan & how much?",
          "Over 2018/19 to 2020/21, which Tarnford & Ellisvale programme is expected to take the most "
          "cost out, and what's the figure?"))

pdf_fact("j-fact-total-1819", "fact", "figure", BP, ["Total\n16.9"],
         "page 3, Appendix A, Total row, 2018/19 column (also paragraph 6.1)",
         [["16.9"]],
         ("What is the total planned STP savings figure for 2018/19 in Tarnford & Ellisvale?",
          "total tarnford savings plan for 18/19 - whats the figre?",
          "How much do all the Tarnford & Ellisvale programmes together need to save in the first year of "
          "the plan?"))

slide_fact("j-fact-shortfall", "fact", "comparison", 3,
           "clustered bar chart, plan vs forecast data labels (P3 4.6 vs 3.1)",
           [UEC],
           ("Which programme has the largest gap between planned and forecast 2018/19 savings in the "
            "Tarnford & Ellisvale Programme Board chart?",
            "which tarnford programme is furthest behnd on 18/19 savings - plan vs forecast?",
            "Looking at the month 6 savings returns, where is Tarnford & Ellisvale's biggest shortfall "
            "against plan this year?"),
           derived=True)

slide_fact("j-fact-digital-forecast", "fact", "figure", 3,
           "bar chart, 'Forecast outturn (M6)' series, P7 data label",
           [["0.2"]],
           ("What is the forecast 2018/19 savings outturn for the Tarnford & Ellisvale Digital & Shared "
            "Care Record programme?",
            "digital forecast outturm for 18/19 savings in tarnford?",
            "At month 6, how much is Tarnford & Ellisvale's shared care record programme now expected to "
            "save this financial year?"))

rr_fact("j-fact-risks-20", "fact", "list", ["R0.1", "R3.2", "R8.1"], "rows R0.1, R3.2 and R8.1 (Score 20)",
        [["R0.1", "savings", "control total", "financial"], ["R3.2", "winter"],
         ["R8.1", "nurse vacanc", "vacancy rate", "11.2%"]],
        ("Which risks on the Tarnford & Ellisvale STP risk register score 20?",
         "which risks on the tarnford risk regster are scored 20?",
         "What are the very highest-rated risks in the Tarnford & Ellisvale STP register?"))

rr_fact("j-fact-tcp-score", "fact", "figure", ["R5.1"],
        "row R5.1, Score column (risk text says only 'TCP'; glossary expands it)",
        [["12"]],
        ("What score is given to the Transforming Care Partnership community housing risk on the "
         "Tarnford & Ellisvale STP risk register?",
         "what's the score on the transforming care partnership housng risk in the tarnford register?",
         "How highly is the lack of homes for people with a learning disability who are ready to leave "
         "hospital rated on the Tarnford & Ellisvale risk register?"))

txt_fact("j-fact-tescr", "fact", "definition", GL, "TESCR ....", None, "entry TESCR",
         [["Shared Care Record"]],
         ("What does TESCR stand for?",
          "what's TESCR stand for? seen it in the tarnford digtal papers",
          "In the Tarnford & Ellisvale digital papers there's an acronym T-E-S-C-R - what is it?"))

pdf_fact("j-fact-population", "fact", "figure", BP, ["registered population of 612,000"],
         "page 1, paragraph 2.1",
         [["612,000", "612000", "612k", "612 000", "612 thousand"], ["78"]],
         ("What population and how many GP practices does the Tarnford & Ellisvale Health and Care "
          "Partnership cover?",
          "how many ppl and GP practises does tarnford & ellisvale cover?",
          "How big is the Tarnford & Ellisvale footprint - number of registered patients and number of "
          "practices?"))

txt_fact("j-fact-tri-4hr", "fact", "figure", HR, "A&E 4-hour (all types), TRI", None,
         "KEY METRICS - October 2018 block",
         [["86.4"]],
         ("What was Tarnford Royal Infirmary's A&E four-hour performance in October 2018?",
          "TRI 4hr A&E perfomance for oct 18? (tarnford)",
          "What proportion of A&E patients at Tarnford Royal Infirmary were dealt with within four hours "
          "in October 2018?"))

txt_fact("j-fact-iutc-rag", "fact", "figure", HR, "WORKSTREAM 1: Integrated Urgent", "RAG: A   (was G)",
         "workstream 1 block, 'RAG:' line",
         [["Amber", "RAG: A", "RAG A ", "RAG of A", "RAG rating of A", "RAG rating: A", "A (was G)",
           "A (amber)", "A, was G", "A (previously G)"]],
         ("What RAG rating does the IUTC workstream have in the Tarnford & Ellisvale UEC highlight report "
          "for w/c 5 November 2018?",
          "what RAG is the brackenmouth IUTC on in the latest UEC highlight reprt?",
          "In the Tarnford & Ellisvale urgent care status report for the week of 5 November 2018, how is "
          "the urgent treatment centre workstream rated?"))

pdf_fact("j-fact-why-iutc", "fact", "why", BP, ["registration of the\nservice provider"],
         "page 1, paragraph 4.2 (also Appendix B item 2, page 3)",
         [["CQC", "Care Quality Commission", "registration"]],
         ("Why was the opening of the Brackenmouth IUTC moved from October to December 2018?",
          "why's the brackenmouth IUTC openning been pushed back to december?",
          "What held up the new urgent treatment centre at Brackenmouth Community Hospital?"))

pdf_fact("j-fact-why-msk", "fact", "why", BP, ["clarification challenge"],
         "page 3, Appendix B table, item 3 'Reason for change' cell",
         [["challenge", "clarification"]],
         ("Why has the Tarnford & Ellisvale MSK single point of access go-live moved to April 2019?",
          "why did the tarnford msk SPA go-live move to april? procurment issue?",
          "What's the reason Tarnford & Ellisvale's central triage for musculoskeletal referrals won't "
          "start in January as originally planned?"))

pdf_fact("j-fact-hubs-change", "fact", "what-changed", BP, ["Two hubs in Wendholme merged", "population of at least 30,000"],
         "Appendix B table, item 6: row split across pages 3 and 4, no repeated header",
         [["14"], ["12"], ["Wendholme", "merged", "30,000"]],
         ("How has the number of Primary Care Hubs in Tarnford & Ellisvale changed since version 2.1 of "
          "the STP, and why?",
          "primary care hubs - what changed in the numbr since june and why? (tarnford)",
          "Tarnford & Ellisvale seem to have fewer GP hubs than in the June version of the plan - what "
          "happened?"))

slide_fact("j-fact-egh-beds", "fact", "figure", 4, "second-level bullet 'EGH: 18 (Ward B4)' under 'Bed capacity'",
           [["18"]],
           ("How many winter escalation beds have been identified at Ellisvale General Hospital?",
            "how many escalation beds at EGH for wintr?",
            "Of the extra beds lined up for winter 2018/19 in Tarnford & Ellisvale, how many are at "
            "Ellisvale General?"))

tr_fact("j-fact-ers-yesno", "fact", "yes-no", "P7 Digital", ["P7-01"], "row P7-01, Status 'Complete'",
        [["Yes", "Complete", "switched off", "been stopped", "has stopped", "no longer"]],
        ("Has the e-Referral Service paper switch-off been completed in Tarnford & Ellisvale?",
         "has tarnford done the e-RS paper swich-off yet?",
         "Can GPs in Tarnford & Ellisvale still send hospital referrals on paper, or has that been "
         "stopped?"),
        derived=True)

tr_fact("j-fact-mecc-yesno", "fact", "yes-no", "P1 Prevention", ["P1-05"],
        "row P1-05, Forecast 'TBC', Status 'At risk'",
        [["at risk", "not on track", "off track", "TBC", "no agreed"]],
        ("Is the Tarnford & Ellisvale milestone of 1,000 staff trained in MECC by December 2018 on track?",
         "is MECC 1000 staff trained by dec on trak in tarnford?",
         "Will Tarnford & Ellisvale get its first thousand front-line staff through Making Every Contact "
         "Count training by the end of 2018?"))

pdf_fact("j-fact-ld-inpatients", "fact", "figure", BP, ["to 33 at 30 September 2018"],
         "page 1, paragraph 4.4",
         [["33"]],
         ("How many people with a learning disability or autism were in inpatient settings in Tarnford & "
          "Ellisvale at 30 September 2018?",
          "how many LD/autism inpatiens did tarnford have at end of sept 18?",
          "Where has Tarnford & Ellisvale got to on reducing hospital stays for people with learning "
          "disabilities - what was the latest count?"))

# ----------------------------- unanswerable ---------------------------------
pdf_fact("j-un-estates-sro", "unanswerable", "near-miss", POAP, ["P1  Prevention", "P5  Mental Health"],
         "the eight programmes on pages 1-2; there is no estates programme", [],
         ("Who is the SRO for the Estates programme in Tarnford & Ellisvale?",
          "who's SRO for estaets in tarnford?",
          "Who leads on buildings and estates strategy for the Tarnford & Ellisvale STP?"))

pdf_fact("j-un-digital-2122", "unanswerable", "near-miss", BP, ["Appendix A: Three-year savings"],
         "page 3, Appendix A covers 2018/19 to 2020/21 only", [],
         ("How much will the Tarnford & Ellisvale Digital programme save in 2021/22?",
          "digital savigns for 21/22 in tarnford?",
          "What's the Tarnford & Ellisvale shared care record programme expected to save in the fourth "
          "year, 2021/22?"))

txt_fact("j-un-egh-sept", "unanswerable", "near-miss", HR, "A&E 4-hour (all types), EGH", None,
         "only October 2018 4-hour figures are given", [],
         ("What was Ellisvale General Hospital's A&E four-hour performance in September 2018?",
          "EGH 4hr perfomance for sept 18?",
          "How did Ellisvale General do against the four-hour A&E standard in the month before October "
          "2018?"))

rr_fact("j-un-ndpp-risk", "unanswerable", "near-miss", ["No risks scoring"],
        "Programme 1 heading row is followed by 'No risks scoring 6 or above this month.'", [],
        ("Who owns the NDPP referrals risk on the Tarnford & Ellisvale STP risk register?",
         "who owns the diabetis prevention (NDPP) risk on the tarnford risk register?",
         "On the Tarnford & Ellisvale STP risk register, whose name is against the risk of not getting "
         "enough people referred to the diabetes prevention programme?"))

pdf_fact("j-un-brackenmouth-practices", "unanswerable", "near-miss", BP, ["registered population of 612,000"],
         "page 1, paragraph 2.1 gives only the footprint total", [],
         ("How many GP practices are there in Brackenmouth CCG?",
          "how many GP practises in brackenmouth CCG?",
          "Of Tarnford & Ellisvale's practices, how many sit in the Brackenmouth CCG area?"))

slide_fact("j-un-uec-forecast-1920", "unanswerable", "near-miss", 3,
           "chart shows 2018/19 plan and forecast only", [],
           ("What is the forecast savings outturn for Urgent & Emergency Care in 2019/20 in Tarnford & "
            "Ellisvale?",
            "what's the UEC forcast outturn for 19/20 in tarnford?",
            "Has anyone forecast what Tarnford & Ellisvale's urgent care programme will actually deliver "
            "in savings in 2019/20, as opposed to what was planned?"))

txt_fact("j-un-parking", "unanswerable", "offtopic", GL, "TRI ....", None,
         "off-topic; no paper covers car parking", [],
         ("What are the staff car parking charges at Tarnford Royal Infirmary?",
          "how much is staff parkng at TRI these days?",
          "I've just started at Tarnford Royal Infirmary - what will it cost me to leave my car on site?"))

txt_fact("j-un-leave", "unanswerable", "offtopic", GL, "TARNFORD & ELLISVALE", None,
         "off-topic; no paper covers annual leave", [],
         ("How do I book annual leave in the Electronic Staff Record?",
          "how do i book anual leave on ESR?",
          "I want to take next Friday off - where do I put the request in?"))


# ---------------------------------------------------------------------------
def main():
    out = []
    for f in FACTS:
        for phr, q in zip(("formal", "chat", "indirect"), f["qs"]):
            out.append({
                "id": "%s-%s" % (f["fid"], phr[0]),
                "kind": f["kind"],
                "question": q,
                "answer_any": f["answer_any"],
                "source": {"file": f["file"], "lines": f["lines"], "where": f["where"]},
                "as_of": f["as_of"],
                "expect_no_answer": f["kind"] == "unanswerable",
                "fact": f["fid"],
                "phrasing": phr,
                "shape": f["shape"],
            })
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    import collections
    print(len(FACTS), "facts,", len(out), "questions")
    print(collections.Counter(f["kind"] for f in FACTS))
    print(collections.Counter(f["shape"] for f in FACTS))
    print(collections.Counter(f["file"] for f in FACTS))


if __name__ == "__main__":
    main()
