"""Write questions.jsonl for the Carrowby & Emberdale Health and Care Partnership papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the files themselves, not from make_papers.py:
  - the driver diagram's boxes are located on the page (pypdf text positions), and each change idea is tied to the
    programme whose band it sits in, by height, not by the order of the text;
  - the must-do alignment sheet is read column by column (openpyxl), so each must-do's ragged list, its "(lead)",
    each programme's must-dos and the gap are derived from the cells;
  - the summit programme's workshop cells are tied to their strand by the x position of the text under the headings;
  - the roadshow timeline's callouts are tied to the date labels on the axis by x position (the slide stores them
    in a different order);
  - the investment sheet is re-added against its Total row and the largest saving found.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from pathlib import Path

# bank_tools.py sits beside the bank folders (tests/questions/); while the bank was written it was in ../brief/
for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DD = "01_CEHCP_Driver_Diagram_v1.3_Sep2018.pdf"
CR = "02_CEHCP_Change_Control_Record_Jan2019.docx"
WB = "03_CEHCP_Alignment_and_Investment_v2.0_Apr2019.xlsx"
SUM = "04_CEHCP_System_Leadership_Summit_Programme_12Mar2019.pdf"
DECK = "05_CEHCP_Public_Roadshow_Jun2019.pptx"
HO = "06_CEHCP_Programme_Director_Handover_Note_22Mar2019.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
PROGRAMMES = ["Home First", "Same Day Urgent Care", "Planned Care & Outpatients", "Cancer",
              "Mental Health & Wellbeing", "Primary Care Networks"]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), f"{fid}: unanswerable facts have no gold, answerable ones do"
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"z-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"z-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the papers
# ---------------------------------------------------------------------------------------------------------------
def pdf_runs(file, page_no):
    """[(x, y, text)] for every text run on a PDF page, from pypdf's text visitor."""
    from pypdf import PdfReader
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return runs


def programme_of_change_idea(idea):
    """The programme whose band (primary driver box) sits at the height of the change idea's box."""
    runs = pdf_runs(DD, 1)
    heads = {name: y for x, y, t in runs for name in PROGRAMMES if t == name and 200 < x < 460}
    assert len(heads) == 6, heads
    ys = [y for x, y, t in runs if t.startswith(idea) and x > 760]
    assert len(ys) == 1, (idea, ys)
    # the idea's band is the lowest programme heading that is still at or above the idea box's text
    above = {n: y for n, y in heads.items() if y >= ys[0] - 2}
    return min(above, key=above.get)


def summit_speaker(strand_letter, time):
    """The speaker text in a strand column at a time, by x position under the strand headings."""
    runs = pdf_runs(SUM, 1)
    cols = sorted((x, t.split(":")[0][-1]) for x, y, t in runs if t.startswith("Strand "))
    assert [c for _, c in cols] == ["A", "B", "C"], cols
    row_y = [y for x, y, t in runs if t == time][0]
    nxt = max(y for x, y, t in runs if re.fullmatch(r"\d\d:\d\d", t) and y < row_y)
    lo = dict((c, x) for x, c in cols)[strand_letter]
    hi = min([x for x, c in cols if x > lo] + [10 ** 4])
    return " ".join(t for x, y, t in runs if lo - 5 <= x < hi - 5 and nxt < y <= row_y + 1)


def timeline_pairs():
    """{date label: event} on the roadshow timeline slide, paired by x position."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / DECK)).slides[2]
    dates, events = [], []
    for shape in slide.shapes:
        if not shape.has_text_frame or not shape.text_frame.text.strip() or shape.shape_id == slide.shapes.title.shape_id:
            continue
        centre = shape.left + shape.width / 2
        (dates if shape.top > 3.9 * 914400 and shape.top < 4.9 * 914400 else events).append(
            (centre, shape.text_frame.text))
    return {d: min(events, key=lambda e: abs(e[0] - x))[1] for x, d in dates}


def mustdo_columns():
    """{must-do number: [entries]} from the alignment sheet, read down each column."""
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / WB))["Must-do alignment"]
    out = {}
    for col in range(1, 10):
        head = ws.cell(row=3, column=col).value
        n = int(head.split()[0])
        out[n] = [ws.cell(row=r, column=col).value for r in range(4, ws.max_row + 1)
                  if ws.cell(row=r, column=col).value]
    return out


def finance():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / WB))["Investment"]
    rows = {ws.cell(row=r, column=1).value: [ws.cell(row=r, column=c).value for c in range(2, 6)]
            for r in range(4, ws.max_row + 1)}
    return rows


MD = mustdo_columns()
FIN = finance()
TL = timeline_pairs()


def covering(n):
    return [e.replace(" (lead)", "") for e in MD[n]]


def mustdos_of(programme):
    return sorted(n for n in range(2, 10) if programme in covering(n))


assert MD[8] == ["none - planned through the Transforming Care Partnership"]
assert [n for n in range(2, 10) if not any(p in " ".join(MD[n]) for p in PROGRAMMES + ["Digital", "Workforce"])] == [8]
assert sorted(covering(4)) == ["Home First", "Mental Health & Wellbeing", "Same Day Urgent Care"]
assert [e for e in MD[2] if "(lead)" in e] == ["Planned Care & Outpatients (lead)"]
assert mustdos_of("Primary Care Networks") == [3, 6]
assert mustdos_of("Home First") == [2, 3, 4]
assert mustdos_of("Digital") == [2]
assert sorted(covering(9)) == ["Same Day Urgent Care", "Workforce"]
for i in range(4):
    assert sum(v[i] for k, v in FIN.items() if k != "Total" and isinstance(v[i], int)) == FIN["Total"][i]
SAVINGS = {k: v[3] for k, v in FIN.items() if k != "Total" and isinstance(v[3], int)}
assert max(SAVINGS, key=SAVINGS.get) == "Planned Care & Outpatients"
assert FIN["Digital (enabler)"][3] == "-"
assert sum(v[1] for k, v in FIN.items() if k not in ("Total", "Digital (enabler)")) == 11600  # the deck's £11.6m
assert programme_of_change_idea("Social prescribing") == "Primary Care Networks"
assert programme_of_change_idea("Discharge to assess") == "Home First"
assert programme_of_change_idea("Rapid diagnostic centre") == "Cancer"
assert "Anouk Pettifer" in summit_speaker("B", "12:00"), summit_speaker("B", "12:00")
assert "Pettifer" not in summit_speaker("A", "12:00") + summit_speaker("C", "12:00")
assert TL["1 Jul 2019"] == "All 13 primary care networks go live", TL
assert TL["30 Jun 2019"].startswith("Urgent treatment centre"), TL
# nothing else in any paper falls in July 2019 (the "next month" fact), and the only Cancer idea in September 2019
assert not re.search(r"\b(jul|july) 2019\b", EVERYTHING.replace("1 jul 2019", "").replace("1 july 2019", ""))
assert EVERYTHING.count("sept 2019") == 1 and "september 2019" not in EVERYTHING and "sep 2019" not in EVERYTHING

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("hf-sro-2018", OWNER, "role-holder", [person("Quennell-Adeyemi")],
    cite(DD, "SRO: Harriet Quennell-Adeyemi", where="Home First primary driver box"),
    ["Who is the Senior Responsible Owner for the Home First programme?",
     "who's SRO for home first atm? need to send them the D2A paper befor friday",
     "Which senior manager is currently accountable for the work to get people out of hospital and back home "
     "quicker?"], "befor", as_of="2018-11-01")
ask("hf-sro-interim", OWNER, "interim-holder", [person("Fitzwarren")],
    cite(HO, "a) Home First.", "for a while.", where="handover note 1(a): interim SRO from 1 June 2019"),
    ["Who is currently the SRO for Home First?",
     "who's the SRO on home first now harriet's gone? is there an interm?",
     "Now that the previous lead has stepped down, who is accountable for the hospital-to-home programme?"],
    "interm", as_of="2019-06-15")
ask("sduc-cl", OWNER, "role-holder", [person("Ostrowska")],
    cite(DD, "Clinical lead: Dr Niamh Ostrowska", where="Same Day Urgent Care primary driver box"),
    ["Who is the clinical lead for the Same Day Urgent Care programme?",
     "clinical lead for same day UEC prog? want to ask about the 111 CAS specifcation",
     "Which doctor gives the clinical direction for the work on getting people seen on the day they need help?"],
    "specifcation")
ask("cancer-sro", OWNER, "role-holder", [person("Anand")],
    cite(DD, "SRO: Dr Leofric Anand", where="Cancer primary driver box"),
    ["Who is the SRO for the Cancer programme?",
     "who's the cancer prog SRO? the RDC folks said to go thru them, thx in advnace",
     "Who is the senior owner of the partnership's work on finding tumours earlier and supporting people after "
     "treatment?"], "advnace")
ask("mh-cl", OWNER, "role-holder", [person("Shackleton")],
    cite(DD, "Clinical lead: Dr Yewande Shackleton", where="Mental Health & Wellbeing primary driver box"),
    ["Who is the clinical lead for Mental Health & Wellbeing?",
     "MH clinical lead pls? it's for the crisis line commss",
     "Which psychiatrist or doctor leads clinically on the emotional wellbeing and crisis care programme?"],
    "commss")
ask("pcn-sro", OWNER, "role-holder", [person("Lomax-Eze")],
    cite(DD, "SRO: Dr Perdita Lomax-Eze", where="Primary Care Networks primary driver box"),
    ["Who is the Senior Responsible Owner for Primary Care Networks?",
     "who's SRO for PCNs? a practice manger wants to know",
     "Who is accountable for getting GP surgeries to group together into networks?"], "manger")
ask("pc-sro-now", OWNER, "changed-owner", [person("Lindqvist")],
    cite(CR, "SRO: Beatrix Olufemi-Hart", where="CR-09, Proposed cell (approved 24/01/2019, effective 01/02/2019)"),
    ["Who is the SRO for Planned Care & Outpatients at present?",
     "who's the planned care SRO now? teh driver diagram still says beatrix",
     "Who is currently accountable for the work on outpatients and waits for routine operations?"],
    "teh", as_of="2019-03-01")
ask("pc-sro-before", OWNER, "previous-holder", [person("Olufemi-Hart")],
    cite(CR, "SRO: Beatrix Olufemi-Hart", where="CR-09, Current baseline cell"),
    ["Who was the SRO for Planned Care & Outpatients before the change approved in January 2019?",
     "who was planned care SRO before CR-09 went thru? the old one, not casimir. can't remeber",
     "Before the January 2019 board changed the lead for routine hospital care, who held that accountability?"],
    "remeber")
ask("d2a-lead", OWNER, "change-idea-lead", [person("Markham")],
    cite(DD, "Discharge to assess (D2A) on every adult ward", where="change idea box, Lead"),
    ["Who leads the discharge to assess change idea?",
     "who's leading D2A on the wards? need a contcat",
     "Who is running the work to let patients leave hospital and have their care needs worked out at home?"],
    "contcat")
ask("digital-lead", OWNER, "enabler-lead", [person("Gatehouse")],
    cite(DD, "Lead: Florian Gatehouse", where="enablers strip, Digital"),
    ["Who leads the Digital enabler?",
     "who's the digital lead for the STP? shared care record quesiton",
     "Who is in charge of the IT and technology work that supports all the programmes?"], "quesiton")
ask("ind-chair", OWNER, "governance", [person("Tamblyn")],
    cite(SUM, "Professor Greer Tamblyn", where="09:30 plenary row: Welcome"),
    ["Who is the Independent Chair of the Partnership Board?",
     "who's the indep chair of the partnership brd? writing a cover lettr",
     "Who chairs the partnership's top board, the person who isn't from any of the member organisations?"],
    "lettr")
ask("stp-lead", OWNER, "caption-under-photo", [person("Oyelaran-Penrose")],
    page(DECK, 2, where="Meet the team: caption under the second photo"),
    ["Who is the STP Lead for Carrowby & Emberdale?",
     "who's our STP lead? is it still matthias? need surname for the invte",
     "Which chief executive speaks for the whole footprint as its system leader?"], "invte")
ask("pd-now", OWNER, "handover-holder", [person("Alderton-Fry")],
    cite(HO, "From:  Rowena Sallis", "To:    Kwame", where="handover note header: From / To"),
    ["Who is the Programme Director at present?",
     "who's prog director now? rowena left didn't she, who's taken over the PMO offce?",
     "Who currently runs the partnership's programme office day to day?"],
    "offce", as_of="2019-04-15")
ask("panel-chair", OWNER, "event-role", [person("Marchetti")],
    cite(SUM, "Chaired by Dr Elspeth Marchetti", where="14:15 plenary row: panel"),
    ["Who chaired the panel on becoming an integrated care system at the System Leadership Summit?",
     "who chaired the ICS panel at the summit in march? was it elspeth? need it for the wirte-up",
     "At the March leadership event, who led the discussion session about turning the partnership into a more "
     "formal joined-up system?"], "wirte")
ask("strand-b-noon", OWNER, "parallel-strand", [person("Pettifer")],
    cite(SUM, "Anouk Pettifer", where="12:00 row, Strand B (Rowan Room) column"),
    ["Who ran the second workshop in the Same Day Urgent Care strand at the summit?",
     "who did the 12:00 session in strand B (rowan rm) at the summit? want her sildes",
     "In the late-morning slot just before lunch in the urgent care stream at the March event, who was the speaker?"],
    "sildes")
ask("ashdown-role", OWNER, "role-of-person", [["Workforce"]],
    cite(DD, "Lead: Marguerite Ashdown", where="enablers strip: Workforce"),
    ["What does Marguerite Ashdown lead?",
     "what's marguerite ashdown's remit in the STP? she's on the invite list but not sure waht she does",
     "Which area of supporting work is Marguerite Ashdown responsible for?"], "waht")
ask("estates-reports", OWNER, "reporting-line", [person("Wilmott")],
    cite(HO, "c) Enablers.", "not to you.", where="handover note 1(c)"),
    ["To whom does the Estates lead report?",
     "who does ptolemy (estates) report into? not the PD aparently",
     "Who does the person in charge of buildings answer to, since it isn't the programme director?"],
    "aparently")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("utc-now", MILESTONE, "moved-date", [on(30, 6, 2019, "30 June 2019", "30 Jun 2019")],
    cite(CR, "Current baseline | 31 December 2018", where="CR-07, Proposed cell (approved)"),
    ["When will the urgent treatment centre at Emberdale General be designated?",
     "when's the emberdale UTC designation now? heard it had slipd",
     "By when should the new front door at Emberdale's main hospital meet the national standard for walk-in urgent "
     "care?"], "slipd", as_of="2019-02-01")
ask("utc-original", MILESTONE, "original-date",
    [alts("31 December 2018", "Dec 2018", "December 2018", "31/12/2018", "2018-12-31")],
    cite(CR, "Current baseline | 31 December 2018", where="CR-07, Current baseline cell"),
    ["What was the original date for designating the Emberdale General urgent treatment centre, before CR-07?",
     "what was the UTC designation date orignally, before the CR?",
     "Before the January board agreed to push it back, when had Emberdale's new walk-in urgent care front door been "
     "due?"], "orignally")
ask("d2a-when", MILESTONE, "quarter",
    [alts("Q4 2018/19", "Q4 18/19", "January to March 2019", "Jan-Mar 2019", "Jan to Mar 2019", "March 2019",
          "quarter 4 2018/19")],
    cite(DD, "Discharge to assess (D2A) on every adult ward", where="change idea box, By"),
    ["By when should discharge to assess be in place on every adult ward?",
     "when's D2A meant to be live on all adult wards? Q4?? not sure which yaer tbh",
     "When are all the grown-up inpatient areas expected to be sending people home for their needs to be assessed "
     "there?"], "yaer")
ask("frailty-hub", MILESTONE, "week-commencing",
    [alts("7 Jan 2019", "7 January 2019", "07/01/2019", "2019-01-07", "7th January 2019")],
    cite(DD, "Frailty hub at Carrowby Community Hospital", where="change idea box, By: w/c 7 Jan 2019"),
    ["When is the frailty hub at Carrowby Community Hospital due?",
     "frailty hub @ carrowby comm hosp - what wk does it start? calender invite needed",
     "In which week was the new service for older, frail people at the town's community hospital meant to open?"],
    "calender")
ask("a-and-g", MILESTONE, "dotted-date", [on(31, 3, 2019, "31.03.2019")],
    cite(DD, "Advice and guidance in every specialty", where="change idea box, By"),
    ["By what date should advice and guidance be available in every specialty?",
     "A&G in all specalties - deadline? consultants keep asking me",
     "When should GPs be able to get a consultant's opinion without a referral, whatever the hospital department?"],
    "specalties")
ask("diag-hub", MILESTONE, "unknown-date",
    [alts("tbc", "to be confirmed", "no date", "not been agreed", "not yet agreed", "not agreed")],
    cite(DD, "Community diagnostic hub at Whitlow Fen", where="change idea box, By: tbc"),
    ["When will the community diagnostic hub at Whitlow Fen open?",
     "whitlow fen diagnostic hub - is there a date yet? the parish counicl keeps asking",
     "When will people in the fen area be able to get scans and tests locally rather than at the hospital?"],
    "counicl")
ask("pcn-golive", MILESTONE, "go-live", [on(1, 7, 2019, "1 July 2019", "1 Jul 2019")],
    cite(HO, "Network agreements for the primary care networks", "go-live on 1 July 2019",
         where="handover note section 2, last bullet"),
    ["When do the primary care networks go live?",
     "PCN go live date? practices need to knwo",
     "From what date do the new groupings of GP practices start operating?"], "knwo")
ask("next-month", MILESTONE, "relative-window",
    [["primary care network", "PCN", "networks"], ["1 Jul", "1 July", "01/07/2019", "2019-07-01"]],
    page(DECK, 3, where="timeline: '1 Jul 2019' on the axis, its callout 'All 13 primary care networks go live'"),
    ["What milestone is due next month?",
     "anything big due next month?? trying to plan comms for the year ahed",
     "What is the main thing the partnership has planned to happen in the coming calendar month?"],
    "ahed", as_of="2019-06-10")
ask("this-quarter", MILESTONE, "relative-window",
    [["UTC", "urgent treatment centre"], on(30, 6, 2019, "30 June 2019", "30 Jun 2019")],
    cite(HO, "Emberdale UTC designation is now 30 June 2019", where="handover note section 2; CR-07"),
    ["Which Same Day Urgent Care milestone falls due this quarter?",
     "what's due for same day urgent care this qtr? updating the brd tracker tomorow",
     "Which piece of the same-day care work should be finished within the current three-month period?"],
    "tomorow", as_of="2019-05-15")
ask("cancer-this-month", MILESTONE, "relative-window", [["rapid diagnostic"]],
    cite(DD, "Rapid diagnostic centre for vague symptoms", where="change idea box, By: Sept 2019"),
    ["Which Cancer change idea is due this month?",
     "anything on the cancer prog due this month? the RDC mabye?",
     "What part of the work on earlier tumour detection is supposed to be ready during the current month?"],
    "mabye", as_of="2019-09-02")
ask("ics-plan", MILESTONE, "deadline", [on(31, 5, 2019, "31 May 2019")],
    cite(HO, "ICS development plan to the NHS England", "team by 31 May 2019", where="handover note section 2"),
    ["What is the deadline for submitting the ICS development plan to the regional team?",
     "when does the ICS dev plan have to go to NHSE/I regoin?",
     "By when must the partnership send its plan for becoming a fully joined-up system to the national bodies' "
     "local office?"], "regoin")
ask("next-board", MILESTONE, "meeting-date", [on(25, 4, 2019, "25 April 2019")],
    cite(HO, "Partnership Board: Thursday 25 April 2019", where="handover note section 2"),
    ["When is the Partnership Board meeting at which the Home First business case will be considered?",
     "when's the PB that the home first biz case slippd to?",
     "After it missed the March meeting, on what date will the top board look at the hospital-to-home funding "
     "proposal?"], "slippd")
ask("summit-date", MILESTONE, "event-date", [on(12, 3, 2019, "12 March 2019")],
    cite(SUM, "Tuesday 12 March 2019", where="title line"),
    ["On what date was the System Leadership Summit held?",
     "when was the leadership sumit? need the date for my CPD log",
     "On what day did the partnership bring 180 of its senior people together for workshops and a panel?"],
    "sumit")
ask("ics-designation", MILESTONE, "expected", [alts("April 2020", "Apr 2020")],
    cite(SUM, "with designation from April 2020", where="notes for delegates, third paragraph"),
    ["When does the partnership expect to be designated an integrated care system?",
     "when do we become an ICS offically?",
     "From when does the partnership expect to gain formal recognition as a fully joined-up health and care "
     "system?"], "offically")
ask("cr-board-date", MILESTONE, "meeting-date", [on(24, 1, 2019, "24 January 2019", "24/01/2019")],
    cite(CR, "Change requests considered by the Partnership Board", where="introductory paragraph"),
    ["On what date did the Partnership Board decide change requests CR-07, CR-09 and CR-10?",
     "which PB meeting signed off the CRs (07/09/10)? need date for the minuets",
     "When did the top board rule on the proposals to move the UTC date, change an owner and join two programmes?"],
    "minuets")
ask("sro-effective", MILESTONE, "effective-date", [on(1, 2, 2019, "01/02/2019", "1 February 2019")],
    cite(CR, "Effective from | 01/02/2019", where="CR-09, Effective from"),
    ["From what date did Casimir Lindqvist take over as SRO for Planned Care & Outpatients?",
     "when did casimir start as planned care SRO? efective date pls",
     "From when has the Director of Operations at Carrowby University Hospitals been accountable for routine "
     "hospital care?"], "efective")

ask("smi-checks", MILESTONE, "season", [alts("Winter 2019/20", "winter 19/20", "winter of 2019/20")],
    cite(DD, "Annual physical health checks for people with SMI", where="change idea box, By"),
    ["When should annual physical health checks for people with severe mental illness be in place?",
     "SMI physical health checks - when are they due? GP lead asked at the locality meetng",
     "By when should people with serious long-term psychiatric conditions be getting a yearly body MOT?"],
    "meetng")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (alignment sheet, read down its columns)
# ---------------------------------------------------------------------------------------------------------------
MD_WIN = ("Must-do alignment", "1 STP", "Digital")
ask("md-gap", MUSTDO, "mustdo-gap", [alts("Learning disabilities", *md(8), "must-do 8")],
    cite(WB, "1 STP", "none - planned through", sheet="Must-do alignment",
         where="column '8 Learning disabilities': no programme, a note only"),
    ["Which national must-do is not covered by any of the partnership's programmes?",
     "which must do has no prog against it? think it's the LD one but want to be shure",
     "Which of the nine national planning requirements has none of our programmes working towards it?"], "shure")
ask("md4", MUSTDO, "mustdo-coverage", [["Same Day Urgent Care"], ["Home First"], ["Mental Health"]],
    cite(WB, "1 STP", "Digital", sheet="Must-do alignment", where="column '4 A&E and ambulance'"),
    ["Which programmes contribute to must-do 4 (A&E and ambulance performance)?",
     "which progs cover MD4 A&E? doing the winter assuarnce return",
     "Which of our programmes help with the four-hour wait in emergency departments and ambulance response times?"],
    "assuarnce")
ask("md2-lead", MUSTDO, "mustdo-lead", [["Planned Care"]],
    cite(WB, "1 STP", "Planned Care & Outpatients (lead)", sheet="Must-do alignment",
         where="column '2 Financial balance': '(lead)'"),
    ["Which programme leads on must-do 2, financial balance?",
     "who's the lead prog for MD2 (fin balance)? FIC wants to konw",
     "Which programme is accountable to the board for the system living within its money?"], "konw")
ask("md-pcn", MUSTDO, "by-programme",
    [alts("General practice", *md(3)[1:]), alts("Cancer", *md(6))],
    cite(WB, "1 STP", "Digital", sheet="Must-do alignment", where="Primary Care Networks in columns 3 and 6"),
    ["Which national must-dos does the Primary Care Networks programme contribute to?",
     "which must dos does the PCN prog hit? for the GP bulletin artcle",
     "Which of the nine national planning requirements does the GP networks work help to meet?"], "artcle")
ask("md-homefirst", MUSTDO, "by-programme",
    [alts("Financial balance", *md(2)), alts("General practice", *md(3)[1:]), alts("A&E", *md(4))],
    cite(WB, "1 STP", "Digital", sheet="Must-do alignment", where="Home First in columns 2, 3 and 4"),
    ["Against which national must-dos is Home First aligned, apart from the STP itself?",
     "which MDs does home first mapp to? (apart from MD1 obvs)",
     "Which national planning requirements, beyond having a plan at all, does the get-people-home-from-hospital "
     "work support?"], "mapp")
ask("md9", MUSTDO, "mustdo-coverage", [["Same Day Urgent Care"], ["Workforce"]],
    cite(WB, "1 STP", "Workforce", sheet="Must-do alignment", where="column '9 Improving quality'"),
    ["Which programmes and enablers contribute to must-do 9, improving quality?",
     "what's mapped against MD9 quaility?",
     "Which pieces of work are listed as helping trusts out of special measures and raising standards of care?"],
    "quaility")
ask("md-digital", MUSTDO, "yes-no", [alts("Financial balance", *md(2))],
    cite(WB, "1 STP", "Digital", sheet="Must-do alignment", where="Digital under column '2 Financial balance'"),
    ["Does the Digital enabler contribute to any national must-do other than the STP itself, and if so which?",
     "does digital map to any MD apart from MD1? IT directr asked",
     "Is the technology work counted towards any of the national planning requirements beyond having a plan, and "
     "which one?"], "directr")

# ---------------------------------------------------------------------------------------------------------------
# Figures, lists, comparisons, definitions
# ---------------------------------------------------------------------------------------------------------------
ask("pop-whitlow", FACT, "figure", [alts("121100", "121,100", "121.1k", "121 100")],
    cite(WB, "Whitlow Fen", sheet="Places", where="Places sheet, Whitlow Fen row"),
    ["What is the registered population of Whitlow Fen?",
     "whitlow fen reg pop? for the PCN slide deck, numbr only",
     "How many people are on GP lists in the fen place?"], "numbr")
ask("hf-inv-1920", FACT, "figure", [alts("3400", "3,400", "£3.4m", "3.4m", "3.4 million", "£3,400k")],
    cite(WB, "Programme", "Home First", sheet="Investment", where="Home First row, Investment 2019/20 (£k)"),
    ["How much is being invested in Home First in 2019/20?",
     "home first investmnt 19/20? £k is fine",
     "What is the transformation budget for the hospital-to-home programme in the year from April 2019?"],
    "investmnt")
ask("total-inv-1920", FACT, "figure", [alts("12000", "12,000", "£12m", "12m", "12 million", "£12.0m")],
    cite(WB, "Programme", "Total", sheet="Investment", where="Total row, Investment 2019/20 (£k)"),
    ["What is the total transformation investment for 2019/20, including the Digital enabler?",
     "total transformtion investment 19/20 incl digital? the £11.6m on the roadshow slide is just the progs",
     "Across all programmes and the IT work together, how much is going into change in the year from April 2019?"],
    "transformtion")
ask("largest-saving", FACT, "comparison", [["Planned Care"]],
    cite(WB, "Programme", "Total", sheet="Investment", where="Recurrent savings by 2020/21 column: 26800 £k"),
    ["Which programme is expected to deliver the largest recurrent savings by 2020/21?",
     "which prog has the biggest savings by 20/21? betting it's home first but probbaly wrong",
     "Which piece of transformation work is meant to take the most money out of the system by the end of the plan?"],
    "probbaly")
ask("gap", FACT, "figure", [alts("£118m", "118m", "118 million", "£118 million")],
    cite(DD, "close the £118m gap", where="aim box"),
    ["What is the size of the financial gap the partnership aims to close by the end of 2020/21?",
     "how big is the fin gap we've got to close by 20/21? £m figure for the pressrelease",
     "By how much does the system's spending outrun its income, the shortfall the plan is meant to wipe out?"],
    "pressrelease")
ask("unallocated", FACT, "figure", [alts("£2.3m", "2.3m", "2.3 million", "£2,300k")],
    cite(HO, "£2.3m of the 2019/20 transformation money", where="handover note section 3"),
    ["How much of the 2019/20 transformation funding is still unallocated?",
     "how much 19/20 transformation £ is still unalocated?",
     "How much of this year's change money has not yet been given to any piece of work?"], "unalocated")
ask("programmes", FACT, "list", [[p.split(" &")[0]] for p in PROGRAMMES],
    cite(DD, "Home First", where="primary drivers column"),
    ["What are the partnership's six transformation programmes?",
     "what are the 6 progs again? new starter, want to get my head aroud it",
     "Which main streams of change work does the partnership organise itself into?"], "aroud")
ask("social-prescribing", FACT, "positional", [["Primary Care Networks"]],
    cite(DD, "Social prescribing link workers in every network",
         where="change idea in the bottom band, joined by connector to the Primary Care Networks driver"),
    ["Under which programme does the social prescribing link workers change idea sit?",
     "social prescibing link workers - which prog is that under?",
     "Which programme owns the work to give every network someone who can refer patients to community groups and "
     "activities?"], "prescibing")
ask("cr10", FACT, "yes-no", [["Deferred"]],
    cite(CR, "Merge the Cancer programme", "Deferred until the clinical senate",
         where="CR-10, Decision: Deferred"),
    ["Was the proposal to merge the Cancer programme into Planned Care & Outpatients approved?",
     "did the cancer/planned care merger (CR-10) get approvd?",
     "Did the board agree to fold the tumour work in with routine hospital care under one senior owner?"],
    "approvd")
ask("sro-def", FACT, "definition", [["Senior Responsible Owner"]],
    page(DD, 2, where="'How to read the driver diagram': SRO"),
    ["What does SRO stand for in the driver diagram?",
     "what's SRO short for on the driver diagrm?",
     "On the left-to-right chart of aims and programmes, what is the full title behind the three-letter role "
     "abbreviation for each programme's accountable person?"], "diagrm")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses and off-topic (absence checked over every paper)
# ---------------------------------------------------------------------------------------------------------------
absent("clinical lead: florian", "digital clinical lead", "clinical lead for digital", "ccio",
       "chief clinical information", "clinical safety officer")
ask("nm-digital-cl", NONE, "near-miss", [], cite(DD, "Lead: Florian Gatehouse", where="Digital has a lead only"),
    ["Who is the clinical lead for the Digital enabler?",
     "who's the clinical lead for digital? florian's the lead but is there a dr / CCIO too? plz adivse",
     "Which doctor gives clinical direction to the IT and technology work?"], "adivse")
assert EVERYTHING.count("substantive") == 1
absent("substantive sro", "new home first sro", "permanent sro", "recruitment")
ask("nm-hf-substantive", NONE, "near-miss", [],
    cite(HO, "until a substantive appointment is made", where="no date for a substantive appointment"),
    ["When will a substantive SRO for Home First be appointed?",
     "when's the perm home first SRO starting? ambrose is only interim rite?",
     "By what date will the hospital-to-home work have a permanent accountable owner again?"], "rite")
absent("2021/22", "21/22", "2021-22", "2022")
ask("nm-inv-2122", NONE, "near-miss", [],
    cite(WB, "Programme", sheet="Investment", where="investment given for 2018/19 to 2020/21 only"),
    ["How much will be invested in Mental Health & Wellbeing in 2021/22?",
     "MH investment for 21/22? the sheet stops at 20/21 i thiink",
     "What is the mental health programme's transformation budget for the year starting April 2021?"], "thiink")
absent("tcp lead", "transforming care partnership is led", "led by", "learning disabilities lead",
       "learning disability lead", "sro for learning")
ask("nm-ld-lead", NONE, "near-miss", [],
    cite(HO, "d) Learning disabilities.", "twice a year.", where="TCP reports to the Board; no lead named"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the LD / TCP work? our LD nurse wants to get invloved",
     "Who is in charge of the local plan to move people with learning disabilities out of hospital settings?"],
    "invloved")
assert FIN["Digital (enabler)"][3] == "-"
absent("digital saving", "savings from digital")
ask("nm-digital-saving", NONE, "near-miss", [],
    cite(WB, "Digital (enabler)", sheet="Investment", where="Digital row: savings '-'"),
    ["What recurrent savings is the Digital enabler expected to deliver by 2020/21?",
     "how much does digital save by 20/21? it's just a dash on the investmnet tab",
     "How much money will the technology work take out of the system by the end of the plan?"], "investmnet")
absent("senate will", "senate met", "senate's view on", "senate review", "re-heard", "reconsider")
ask("nm-senate", NONE, "near-miss", [],
    cite(CR, "Deferred until the clinical senate", where="CR-10 deferred; no date for the senate view"),
    ["When will the clinical senate give its view on the proposed Cancer and Planned Care merger?",
     "when's the clinical senate looking at the CR-10 merger? any date in the diray?",
     "When will the outside panel of clinicians report on joining up the tumour and routine hospital programmes?"],
    "diray")
absent("lease car", "salary sacrifice", "car scheme")
ask("ot-car", NONE, "offtopic", [], None,
    ["How do I join the staff lease car scheme?",
     "how do i sign up to the lease car schem? HR link broken",
     "Can I get a car through work and have it come out of my pay?"], "schem")
absent("flu", "vaccination", "vaccine", "jab")
ask("ot-flu", NONE, "offtopic", [], None,
    ["When are the staff flu vaccination clinics running this year?",
     "when are the staff flu jab clincs on?",
     "Where can I get my winter immunisation as an employee?"], "clincs")
absent("dbs", "disclosure and barring", "criminal record")
ask("ot-dbs", NONE, "offtopic", [], None,
    ["How do I renew my DBS check?",
     "my DBS needs renewwing, who do i speak to about it?",
     "Who sorts out the criminal-record check I need to keep working with patients?"], "renewwing")


# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180, \
    (len(ITEMS), len(facts))
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|this month|this quarter|this qtr|overdue|currently|at present|now|atm)\b",
                        item["question"].lower())
        assert not rel or item["fact"] in ("z-stp-lead", "z-ot-flu"), (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
