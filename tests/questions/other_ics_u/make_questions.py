"""Write questions.jsonl for the Marlhaven & Fennick STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units (bank_tools: PDF pages, docx blocks, pptx slides, xlsx rows on a sheet,
CSV lines) and the first alternative of each gold group must be in that window's text. Answers that take a step of
reasoning are worked out again here from the files themselves: owners and due dates on a date from the PMO export's
effective_from / effective_to rows; next-month, this-month and overdue milestones from its due and status rows; the
dates of Day 60 and Day 100 from Day 1 on the deck; must-do gaps and filters from the codes inside the annex grid's
cells (checked against the workbook's "2; 4; 9" lists); the bridge's residual and largest scheme; the trajectory
figures by month column; the 'At risk' filter; the highest-scoring escalated risk. Unanswerable facts are checked for
absence over every paper. Each chat phrasing names its one typo, which is checked to be there once and to be a word
no paper uses. A failed check stops the script before it writes anything.

usage: ../../../.venv/bin/python make_questions.py
"""

import csv
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
ANNEX = "01_MF_STP_Delivery_Plan_Annex_B_Scheme_Register_v1.0_Dec2017.pdf"
YSWD = "02_MF_STP_You_Said_We_Did_Jan2018.docx"
AAA = "03_FPC_Chairs_Assurance_Report_to_Partnership_Board_8Mar2018.pdf"
BOOK = "04_MF_STP_Programme_Workbook_v7_Apr2018.xlsx"
DECK = "05_MF_shadow_ICS_100_Day_Plan_26Apr2018.pptx"
CSVF = "06_MF_PMO_attribute_export_2018-05-14.csv"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
ITEMS = []
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways; `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert len(questions) == 3
    chat_tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert chat_tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert not re.search(rf"\b{re.escape(typo)}\b", EVERYTHING), f"{fid}: typo {typo!r} is a word the papers use"
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"u-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"u-{fid}", "phrasing": phrasing, "shape": shape})
    TYPOS[fid] = typo


TYPOS = {}


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


LABEL = {1: "Deliver the STP", 2: "Financial balance", 3: "Primary care", 4: "Urgent & emergency care",
         5: "Referral to treatment", 6: "Cancer", 7: "Mental health", 8: "Learning disabilities",
         9: "Improving quality"}


def mdg(n):
    """A must-do as the annex grid prints it, then bank_tools' renderings."""
    return alts(LABEL[n], *md(n))


# ==================================================================================================== PMO export (EAV)
def eav():
    rows = []
    with open(PAPERS / CSVF, newline="", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f), 2):
            r["line"] = i
            rows.append(r)
    return rows


EAV = eav()


def value_on(scheme, attribute, day=None):
    """The value of an attribute on a day (ISO string), or the current one (effective_to blank) when day is None."""
    hits = [r for r in EAV if r["scheme_id"] == scheme and r["attribute"] == attribute and
            (r["effective_to"] == "" if day is None else
             r["effective_from"] <= day and (r["effective_to"] == "" or day <= r["effective_to"]))]
    assert len(hits) == 1, (scheme, attribute, day, hits)
    return hits[0]["value"]


def milestones(day=None):
    """{'SK1-M2': (title, due, status)} as on a day."""
    out = {}
    for r in EAV:
        m = re.fullmatch(r"milestone\.(M\d)\.title", r["attribute"])
        if m:
            key, s = m.group(1), r["scheme_id"]
            out[f"{s}-{key}"] = (r["value"], value_on(s, f"milestone.{key}.due", day),
                                 value_on(s, f"milestone.{key}.status"))
    return out


def csv_window(mids, where):
    """Cite the CSV lines from the first milestone's title row to the last one's status row."""
    first, last = mids[0].split("-"), mids[-1].split("-")
    return cite(CSVF, f"{first[0]},milestone.{first[1]}.title", f"{last[0]},milestone.{last[1]}.status",
                where=where)


# ==================================================================================================== owner (14)
ask("own-01", OWNER, "role-holder", [["Wainscott-Obi", "Wainscott Obi"]],
    cite(ANNEX, "P Wainscott-Obi / Dr A Kittredge", where="annex B, Table B1, MH1 row, 'SRO / Clinical lead / "
         "Programme manager' cell (first of three names)"), (
        "Who is the Senior Responsible Officer for the MH1 Frailty Assessment Unit?",
        "who's the SRO for the FAU (MH1)? need to send them the bed modelling, it's urgnt",
        "Which senior manager is ultimately accountable for the unit at Marlhaven General that assesses frail older "
        "people on the same day?"), "urgnt")
ask("own-02", OWNER, "slash-cell", [["Vantongeren"]],
    cite(ANNEX, "A Brockbank-Oduya / Dr C", where="annex B, Table B1, FV2 row, leadership cell (second of three "
         "names); workbook: VANTONGEREN, Casimir (FSH)"), (
        "Who is the clinical lead for the FV2 Rapid Diagnostic Centre?",
        "clinical lead for the RDC in fennick valley? want them at our cancer pathway meetng",
        "Which doctor guides the clinical side of the new centre where people who might have cancer get their tests "
        "done in one visit?"), "meetng")
ask("own-03", OWNER, "slash-cell", [["Eccleston"]],
    cite(ANNEX, "C Aldersey-Nkemelu / Dr P", where="annex B, Table B1, SW1 row, leadership cell (third of three "
         "names)"), (
        "Who is the programme manager for the SW1 Single Pathology Network?",
        "who's PM on the pathology network (SW1)? lab managers want a contact for the transiton plan",
        "Who handles the day-to-day running of the project to bring the area's hospital laboratories together into "
        "one hub?"), "transiton")
ask("own-04", OWNER, "surname-first", [["Thackeray-Jung", "Thackeray Jung"]],
    cite(BOOK, "SK2 |", sheet="Schemes", where="programme workbook, Schemes sheet, SK2 row, SRO column "
         "('THACKERAY-JUNG, Marisol (FSH)')"), (
        "Who is the SRO for the SK2 Community Ophthalmology scheme?",
        "SRO for community ophthalmology in skelbrook? optoms are asking who signs off the glaucoma specfication",
        "Who is ultimately accountable for moving eye care for people in the Wolds out of hospital and into local "
        "opticians?"), "specfication")
ask("own-05", OWNER, "surname-first", [["Mwangi-Rourke", "Mwangi Rourke"]],
    cite(BOOK, "FV3 |", sheet="Schemes", where="programme workbook, Schemes sheet, FV3 row, Clinical lead column "
         "('MWANGI-ROURKE, Thaddeus (GPF)')"), (
        "Who is the clinical lead for the FV3 Diabetes Prevention scheme?",
        "who's the clinical lead for diabetes prevention (FV3)? practice nurses want to ask about NDPP refferals",
        "Which GP gives the clinical steer to getting every practice in the valley to refer people at risk of type 2 "
        "diabetes onto the national programme?"), "refferals")
ask("own-06", OWNER, "replaced-owner", [["Kershaw-Bello", "Kershaw Bello"]],
    cite(CSVF, "SW2,sro,Idony Kershaw-Bello", where="PMO export: SW2 sro row effective from 2018-04-01 (interim), "
         "after Wystan Pargeter's row ending 2018-03-31; the workbook (April) agrees, the annex (Dec 2017) names W "
         "Pargeter"), (
        "Who is the SRO for the SW2 Fennick Care Record?",
        "who's the SRO for the fennick care record now? heard Wystan has gone, need sign-off on the DPIA this wek",
        "Since the spring, who has been ultimately accountable for the project to give every service one shared "
        "record of a patient's care?"), "wek")
ask("own-07", OWNER, "holder-before-change", [["Pargeter"]],
    cite(CSVF, "SW2,sro,Wystan Pargeter", where="PMO export: SW2 sro row effective 2017-04-01 to 2018-03-31 (the "
         "interim SRO starts on 2018-04-01); annex B, Table B1, also names W Pargeter"), (
        "Who is currently the SRO for the Fennick Care Record scheme?",
        "who's SRO on SW2 care record at the mo? need a signature on the IG paperwrok by friday",
        "Whose signature do I need this month as the person ultimately answerable for the shared patient record "
        "across GP, hospital and council services?"), "paperwrok", as_of="2018-03-15")
ask("own-08", OWNER, "replaced-owner", [["Lindqvist-Hobbs", "Lindqvist Hobbs"]],
    cite(CSVF, "MH3,programme_manager,Caspar", where="PMO export: MH3 programme_manager row effective from "
         "2018-05-01, after Winifred Axelby's row ending 2018-04-30 (the annex and the workbook still name Axelby)"), (
        "Who is the current programme manager for the MH3 Crisis Caf\u00e9 and 24/7 Liaison scheme?",
        "who's PM for the crisis cafe (MH3) now? Winifred's out of office msg says she's moved on, need the new persn",
        "Who is now running the day-to-day project work to open the late-night drop-in for people in mental health "
        "crisis in the city?"), "persn", as_of="2018-05-16")
ask("own-09", OWNER, "post-with-holder", [["Royle-Baptiste", "Royle Baptiste"]],
    cite(YSWD, "A crisis caf\u00e9 at Fennick Street", where="'You said, we did' table, Mental health theme, Lead "
         "column: 'Director of Operations, Wyvern Care Partnership (Ignatius Royle-Baptiste)'"), (
        "Who leads the action on a crisis caf\u00e9 in the \"You said, we did\" report?",
        "in the you said we did report, who's down as lead for the crisis cafe? local Mind want to get in touhc",
        "People told the STP there was nowhere but A&E to go in a mental health crisis. Which director answers for "
        "the response to that?"), "touhc")
ask("own-10", OWNER, "committee-chair", [["Lockhart-Hume", "Lockhart Hume"]],
    cite(AAA, "Ravindra Lockhart-Hume, Independent Member", where="chair's assurance report, header table, Chair"), (
        "Who chairs the Finance and Performance Committee?",
        "who chairs F&P committee? need to send them the month 11 paper befor the meeting",
        "Which independent member runs the meetings of the group that keeps an eye on the partnership's money and "
        "delivery?"), "befor")
ask("own-11", OWNER, "prose-action", [["Marwood"]],
    cite(AAA, "to bring a recovery plan", where="chair's assurance report, ALERT row, first bullet"), (
        "Who was asked to bring a recovery plan for the Skelbrook Urgent Treatment Centre to the Finance and "
        "Performance Committee?",
        "who's doing the recovery plan for the skelbrook UTC that F&P asked for? want to feed in on the streaming "
        "contarct",
        "The committee that watches finances was worried about the new urgent care centre in Skelbrook slipping. "
        "Whom did it ask to come back with a plan to put it right?"), "contarct")
ask("own-12", OWNER, "caps-surname", [["Strudwick-Amoah", "Strudwick Amoah"]],
    cite(DECK, "Joint campaign to recruit 40 district nurses", where="100-day plan deck, slide 3 table, Workforce "
         "row, Lead column ('Lavinia STRUDWICK-AMOAH')"), (
        "Who leads the workforce workstream of the shadow ICS 100-day plan?",
        "who's leading workforce on the 100 day plan? interested in the district nurse recruitmnet campaign",
        "Who is in charge of the staffing strand of the partnership's plan for its first three months or so as a "
        "shadow integrated system?"), "recruitmnet")
ask("own-13", OWNER, "prose-role", [["Tregothnan"]],
    cite(YSWD, "chaired by Bryony Tregothnan", where="'You said, we did' report, 'Who checks that we do what we "
         "said'"), (
        "Who chairs the Citizens' Panel?",
        "who chairs the citizens panel? a resident wants to join and asked who to wirte to",
        "Which Healthwatch officer leads the group of local residents that checks whether the STP does what it "
        "promised after the public engagement?"), "wirte")
ask("own-14", OWNER, "prose-role", [["Rathbone-Ikeda", "Rathbone Ikeda"]],
    cite(ANNEX, "The STP Lead is Gwendolyn", where="annex B, opening paragraph (the deck's decisions slide: "
         "'continues as system lead')"), (
        "Who is the STP Lead for Marlhaven & Fennick?",
        "who's the STP lead for M&F? need a name for the regional returm",
        "Which hospital chief executive heads the whole partnership across Marlhaven, Skelbrook and the valley?"),
    "returm")

# ==================================================================================================== milestone (14)
ask("ms-01", MILESTONE, "moved-date", [alts(*on(3, 12, 2018, "2018-12-03", "3 December 2018"), "03/12/18")],
    cite(CSVF, "SK1,milestone.M2.due,2018-12-03", where="PMO export: SK1 milestone M2 (Urgent Treatment Centre open "
         "24/7) due 2018-12-03 from 2018-04-30 under CR-014, replacing 2018-10-01 (the chair's report of February "
         "still says 1 October 2018 at risk; the deck's decisions slide records the move)"), (
        "When will the Skelbrook Urgent Treatment Centre open 24/7?",
        "when does the skelbrook UTC go 24/7 now? heard oct has slipped, need the date for the rota planing",
        "From what date will people in the Wolds be able to walk into the new urgent care centre at any hour, day "
        "or night, after the recent change of plan?"), "planing")
ask("ms-02", MILESTONE, "past-event", [alts(*on(5, 2, 2018, "5 February 2018", "2018-02-05"))],
    cite(AAA, "opened on 5 February 2018", where="chair's assurance report, ASSURE row, first bullet (PMO export: "
         "MH1 M1 due 2018-02-05, complete)"), (
        "When did the MH1 Frailty Assessment Unit open?",
        "when did the FAU at marlhaven general actually open? writing it up for the newsleter",
        "On what date did the city hospital start seeing frail older people in its new same-day unit?"),
    "newsleter")
ask("ms-03", MILESTONE, "day-count", [alts("Day 60", *on(29, 6, 2018))],
    cite(DECK, "Memorandum of understanding signed", where="100-day plan deck, slide 3, Governance row, 'By Day 60' "
         "column; slide 2: Day 1 is Tuesday 1 May 2018, so Day 60 is Friday 29 June 2018"), (
        "When is the memorandum of understanding due to be signed by all partners under the 100-day plan?",
        "when's the MoU meant to be signed by all 9 partners? the 100 day plan has a day number but I need an "
        "acutal date",
        "By when should every partner organisation have put its name to the written agreement on how the shadow "
        "integrated care system will work together?"), "acutal")
ask("ms-04", MILESTONE, "day-count", [alts("Day 100", *on(8, 8, 2018))],
    cite(DECK, "First shadow ICS Board meeting held in public", where="100-day plan deck, slide 3, Governance row, "
         "'By Day 100' column; Day 1 = 1 May 2018, so Day 100 is Wednesday 8 August 2018"), (
        "When will the first shadow ICS Board meeting be held in public?",
        "when's the first public meeting of the shadow ICS board? want to put it in the diray",
        "By what date should members of the public be able to come and watch the new system board meet for the "
        "first time?"), "diray")
ask("ms-05", MILESTONE, "nhs-month", [alts("M7 2018/19", "Month 7 2018/19", "Month 7", "October 2018", "Oct 2018",
                                           *on(1, 10, 2018, "01.10.2018", "2018-10-01"))],
    cite(BOOK, "MH2 |", sheet="Schemes", where="programme workbook, Schemes sheet, MH2 row, Due 'M7 2018/19' (NHS "
         "month 7 = October 2018; annex go-live 01.10.2018; PMO export 2018-10-01; 'You said' report 'from "
         "October 2018')"), (
        "When will all four Primary Care Home hubs offer appointments 8am-8pm, seven days a week?",
        "when will all 4 hubs in marlhaven do 8-8 7 days? patients keep asking at recepton",
        "When will people in the city be able to get a GP appointment in the evening or at weekends from any of the "
        "four hubs, not just two?"), "recepton")
ask("ms-06", MILESTONE, "fy-month", [alts("Month 6 of 2018/19", "Month 6", "M6 2018/19", "September 2018",
                                          "Sep 2018", "Sept 2018", *on(28, 9, 2018, "2018-09-28"),
                                          "30 September 2018")],
    cite(ANNEX, "Month 6 of", where="annex B, Table B1, SK3 row, Go-live 'Month 6 of 2018/19' (September 2018; PMO "
         "export SK3 M2 due 2018-09-28)"), (
        "When is the SK3 LD Community Forensic Team due to go live?",
        "go-live for the LD forensic team (SK3)? the annex says a month numbr, what's that in real money",
        "When should the new community team that helps people with learning disabilities leave secure hospital "
        "care start delivering for patients?"), "numbr")
ask("ms-07", MILESTONE, "fy-quarter", [alts("Q1 18/19", "Q1 2018/19", "Quarter 1 2018/19", "April to June 2018",
                                            "Apr-Jun 2018", "June 2018", "Jun 2018", *on(25, 6, 2018, "2018-06-25"))],
    cite(ANNEX, "M Thackeray-Jung / Mr E", where="annex B, Table B1, SK2 row, Go-live 'Q1 18/19' (April-June 2018; "
         "'You said' report: from June 2018; PMO export SK2 M1 glaucoma clinics 2018-06-25)"), (
        "When does the SK2 Community Ophthalmology scheme go live?",
        "go live for community ophthalmology SK2? optoms want to know when to expect the frist referrals",
        "When should people in the Wolds start having their eye conditions looked after by local opticians instead "
        "of at the hospital?"), "frist")
NEXT_MONTH = ["MH1-M2", "MH3-M1", "SK2-M1", "FV3-M1"]
ask("ms-08", MILESTONE, "relative-window",
    [alts("Frailty Assessment Unit open seven days a week", "MH1", "seven days", "7 days"),
     alts("Crisis caf\u00e9 opens at Fennick Street", "MH3", "crisis caf\u00e9", "crisis cafe"),
     alts("Community glaucoma clinics start", "SK2", "glaucoma"),
     alts("NDPP referrals live in all 21 practices", "FV3", "NDPP", "Diabetes Prevention")],
    csv_window(["MH1-M2", "FV3-M1"], "PMO export: milestones whose current due date falls in June 2018 (MH1 M2 "
               "2018-06-04, MH3 M1 2018-06-15, SK2 M1 2018-06-25, FV3 M1 2018-06-29)"), (
        "Which scheme milestones are due next month?",
        "what scheme milestones are due next month? pulling together the june look-ahaed",
        "I'm writing the forward look for the programme office: which pieces of scheme work are meant to be finished "
        "in the coming calendar month?"), "ahaed", as_of="2018-05-16")
ask("ms-09", MILESTONE, "relative-window",
    [alts("Straight-to-test lower GI pathway live", "FV2", "straight to test", "lower GI")],
    csv_window(["FV2-M1", "FV2-M1"], "PMO export: the only Fennick Valley milestone due in May 2018 (FV2 M1, "
               "2018-05-21; workbook '21.05.18')"), (
        "Which Fennick Valley milestones are due this month?",
        "anything due in fennick valley this month? doing the locality updat",
        "What is the work in the valley's schemes supposed to deliver before the end of the current month?"),
    "updat", as_of="2018-05-02")
ask("ms-10", MILESTONE, "overdue",
    [alts("GP streaming at the front door", "SK1", "GP streaming", "streaming"),
     alts("Pharmacists working in 40 care homes", "SW3", "care homes", "pharmacists")],
    cite(CSVF, "SK1,milestone.M1.title", "SW3,milestone.M1.status", where="PMO export: due before 2018-05-16 and "
         "status not complete: SK1 M1 (2018-04-30, in progress) and SW3 M1 (2018-04-27, in progress)"), (
        "Which scheme milestones are overdue?",
        "which milestones are overdue atm? board want a list of slipages",
        "Which pieces of scheme work have passed their due date without being finished?"), "slipages",
    as_of="2018-05-16")
ask("ms-11", MILESTONE, "festival-date", [alts("Before Easter 2018", "Easter 2018", "1 April 2018",
                                               "end of March 2018", "March 2018")],
    cite(YSWD, "published in Easy Read", where="'You said, we did' table, Information and involvement theme, By "
         "when (Easter Sunday 2018 was 1 April)"), (
        "By when will STP public documents be published in Easy Read?",
        "when will STP docs be out in easy read + community langs? the LD forum keeps chasng",
        "People said the partnership's documents were hard to read. By when did it promise to put that right?"),
    "chasng")
ask("ms-12", MILESTONE, "cell-label-date", [alts(*on(13, 3, 2018, "13 March 2018"))],
    cite(YSWD, "Panel's first meeting", where="'You said, we did' table, last row, By when"), (
        "When is the first meeting of the Citizens' Panel?",
        "when's the first citizens panel meeting? want to let the local paprer know",
        "On what date do the 120 residents who check on the STP's promises get together for the first time?"),
    "paprer")
ask("ms-13", MILESTONE, "prose-deadline", [alts(*on(31, 5, 2018, "31 May 2018", "2018-05-31"), "end of May 2018")],
    cite(AAA, "full business case will come", where="chair's assurance report, ADVISE row, first bullet (workbook "
         "31/05/2018; PMO export SW1 M1 2018-05-31)"), (
        "When will the full business case for the Single Pathology Network come to the Partnership Board?",
        "when's the pathology FBC due at the board? lab staff side want to see it befroe",
        "By what date should the partnership's leaders see the final costed proposal for merging the hospital "
        "laboratories?"), "befroe")
ask("ms-14", MILESTONE, "iso-date", [alts(*on(5, 11, 2018, "2018-11-05"), "November 2018", "Nov 2018",
                                          "Q3 2018/19")],
    csv_window(["FV2-M2", "FV2-M2"], "PMO export: FV2 M2 due 2018-11-05 (annex go-live Q3 2018/19)"), (
        "When will the Rapid Diagnostic Centre open at Fennick Valley Hospital?",
        "when does the RDC at fennick valley hosp open? GPs asking when to start sending patinets",
        "When will the valley's hospital open its centre for people who might have cancer to get all their tests "
        "in one place?"), "patinets")

# ==================================================================================================== mustdo (8)
GRID = "annex B, Table B2 (must-dos down, places across, scheme codes in the cells, a dash for none)"
ask("md-01", MUSTDO, "mustdo-gap", [mdg(5), mdg(6), mdg(8)],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": Marlhaven column has a dash for 5, 6 and 8"), (
        "Which national must-dos have no Marlhaven scheme contributing to them?",
        "which must dos does marlhaven not cover? doing the gap analsyis for the SDG",
        "Which of the nine national planning priorities is nothing in the city's own programme doing anything for?"),
    "analsyis")
ask("md-02", MUSTDO, "mustdo-gap", [mdg(6), mdg(7), mdg(9)],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": Skelbrook & the Wolds column has a dash for 6, 7 and 9"), (
        "Which national must-dos are not covered by any scheme in Skelbrook & the Wolds?",
        "skelbrook + wolds must-do gaps? which ones have no scheme agianst them",
        "Looking at the nine national priorities, which ones does none of the work in the Wolds area address?"),
    "agianst")
ask("md-03", MUSTDO, "mustdo-gap", [mdg(7), mdg(8)],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": Fennick Valley column has a dash for 7 and 8"), (
        "Which must-dos have no Fennick Valley scheme?",
        "must do gaps in fennick valley pls - which ones aren't covered by any FV scheme? need it for the risk logg",
        "Which of the national priorities does the valley's local programme leave untouched?"), "logg")
ask("md-04", MUSTDO, "mustdo-topic", [["FV2", "Rapid Diagnostic Centre"],
                                      ["SW1", "Single Pathology Network", "pathology"]],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": row 6, Fennick Valley 'FV2', System-wide 'SW1' (workbook "
         "Must-dos '5; 6' and '2; 6')"), (
        "Which schemes contribute to must-do 6 (cancer)?",
        "which schemes cover the cancer must do (no. 6)? cancer alliance want a lsit",
        "Which pieces of work in the plan help the area hit the national target on treating cancer within two "
        "months of a GP referral?"), "lsit")
ask("md-05", MUSTDO, "mustdo-by-scheme", [mdg(2), mdg(4), mdg(9)],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": MH1 appears in rows 2, 4 and 9 (workbook Schemes sheet, MH1 "
         "Must-dos '2; 4; 9')"), (
        "Which must-dos does the MH1 Frailty Assessment Unit contribute to?",
        "what must dos does the FAU (MH1) count towards? filling in the assurance templete",
        "Which of the nine national priorities does the same-day unit for frail older people at the city hospital "
        "help with?"), "templete")
ask("md-06", MUSTDO, "mustdo-cell", [["MH3", "Crisis Caf\u00e9 and 24/7 Liaison", "crisis caf\u00e9", "crisis cafe"]],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": row 7, Marlhaven cell 'MH3'"), (
        "Which Marlhaven scheme contributes to the mental health must-do?",
        "which marlhaven scheme covers must do 7 mental helth?",
        "In the city, which piece of work counts towards the national priority on mental health services?"), "helth")
ask("md-07", MUSTDO, "mustdo-gap-places", [["Skelbrook"], ["Fennick Valley"]],
    cite(ANNEX, "Table B2: coverage", where=GRID + ": row 7 has a dash under Skelbrook & the Wolds, Fennick Valley "
         "and System-wide"), (
        "Which places have no scheme contributing to must-do 7 (mental health)?",
        "which places have nothing against the MH must do? asking for the mental health partnershp board",
        "In which parts of the footprint is no local scheme doing anything for the national mental health "
        "priority?"), "partnershp")
ask("md-08", MUSTDO, "mustdo-list-cell", [["SK2", "Community Ophthalmology", "ophthalmology"],
                                          ["FV2", "Rapid Diagnostic Centre"]],
    cite(BOOK, "SK2 |", "FV2 |", sheet="Schemes", where="programme workbook, Schemes sheet, Must-dos column: SK2 "
         "'2; 5', FV2 '5; 6' (must-do numbers explained on the Read me sheet; annex grid row 5 agrees)"), (
        "Which schemes contribute to must-do 5, referral to treatment within 18 weeks?",
        "which schemes count towards the RTT must do? elective care lead wants to know who to tlak to",
        "Which pieces of work should help cut the waits for planned hospital treatment after a GP referral?"),
    "tlak")

# ==================================================================================================== fact (15)
ask("f-01", FACT, "figure", [["559,800", "559800"]],
    cite(ANNEX, "registered population of 559,800", where="annex B, opening paragraph and Table B0 Total row"), (
        "What is the registered population of the Marlhaven & Fennick STP?",
        "what's the total registered pop for the STP? need it for the bid intro, thnaks",
        "How many people are on the lists of GP practices across the whole partnership area?"), "thnaks")
ask("f-02", FACT, "place-figure", [["156,900", "156900"]],
    cite(ANNEX, "Table B0: our places", where="annex B, Table B0, Skelbrook & the Wolds row"), (
        "What is the registered population of Skelbrook & the Wolds?",
        "skelbrook & the wolds registered popn? filling in the place profle",
        "How many patients are on GP lists in the Skelbrook area and the surrounding hills?"), "profle")
ask("f-03", FACT, "place-figure", [["21", "twenty-one"]],
    cite(ANNEX, "Table B0: our places", where="annex B, Table B0, Fennick Valley row, GP practices (PMO export FV3: "
         "'all 21 practices')"), (
        "How many GP practices are there in Fennick Valley?",
        "how many GP practices in fennick valley? doing the NDPP roll-out maths and need the totl",
        "How many family doctor surgeries serve the valley?"), "totl")
ask("f-04", FACT, "figure", [["142.6"]],
    cite(ANNEX, "\u00a3142.6m by", where="annex B, opening paragraph (workbook Bridge sheet, row 5)"), (
        "What is the do-nothing financial gap for the STP by 2020/21?",
        "what's the do nothing gap by 20/21? the finace slide needs it",
        "If the partnership changed nothing, how large a shortfall in money would it face by the end of the planning "
        "period?"), "finace")
ask("f-05", FACT, "table-total", [["11.3"]],
    cite(BOOK, "Residual gap 2020/21", sheet="Bridge", where="programme workbook, Bridge sheet, last row (\u00a3m)"), (
        "What is the residual financial gap in 2020/21 after all savings in the bridge?",
        "what's left of the gap in 20/21 after CIP, QIPP and all the schemes? i.e. the residual on the brige",
        "Once every planned saving has been counted, how much of the shortfall is still left at the end of the plan "
        "period?"), "brige")
ask("f-06", FACT, "computed-max", [["SW1", "Single Pathology Network", "pathology"], ["8.6"]],
    cite(BOOK, "MH1 |", "SW3 |", sheet="Bridge", where="programme workbook, Bridge sheet, scheme rows: SW1 (8.6) is "
         "the largest saving of the twelve schemes (CIP and QIPP are not schemes)"), (
        "Which scheme makes the largest contribution to closing the financial gap by 2020/21, and how much?",
        "which single scheme saves the most by 20/21 on the bridge (not counting CIP/QIPP)? and how much, roughy",
        "Leaving aside the trusts' and commissioners' routine efficiency programmes, which piece of transformation "
        "work is expected to save the most money, and how much?"), "roughy")
ask("f-07", FACT, "month-column", [["92.7"]],
    cite(BOOK, "Metric |", "A&E: patients seen", sheet="Trajectories", where="programme workbook, Trajectories "
         "sheet, A&E Plan row, last column (Mar-19)"), (
        "What is the planned A&E four-hour performance for March 2019?",
        "what's the A&E 4hr plan for mar-19 in the trajectories? need it for the winter papr",
        "By the end of the 2018/19 year, what share of emergency department patients does the area plan to see "
        "within four hours?"), "papr")
ask("f-08", FACT, "month-column", [["89.6"]],
    cite(BOOK, "Metric |", "RTT: incomplete", sheet="Trajectories", where="programme workbook, Trajectories sheet, "
         "RTT Plan row, Sep-18 column"), (
        "What is the planned RTT 18-week performance for September 2018?",
        "RTT 18 wk plan for sep-18? the elective board wants the trajectory figre",
        "What proportion of people waiting for planned hospital treatment should, according to the plan, have "
        "waited under 18 weeks at the end of September 2018?"), "figre")
ask("f-09", FACT, "plan-actual", [["86.1"]],
    cite(AAA, "Cancer 62-day performance was 86.1%", where="chair's assurance report, ASSURE row (workbook "
         "Trajectories sheet, Cancer Actual row, Jan-18 column)"), (
        "What was the actual cancer 62-day performance in January 2018?",
        "what did we actually get on cancer 62 day in jan-18? checking the AAA reprot figure",
        "In the first month of 2018, what share of patients referred urgently by their GP with suspected cancer "
        "started treatment within about two months?"), "reprot")
ask("f-10", FACT, "prose-figure", [alts("\u00a34.2m", "4.2m", "4.2 million")],
    cite(AAA, "unidentified gap of", where="chair's assurance report, ALERT row, second bullet"), (
        "How large is the unidentified gap in the 2018/19 savings plan?",
        "how big is the unidentified savings gap for 18/19? the one F&P flagged as an alret",
        "How much of next year's required savings has the system not yet found schemes for, according to the "
        "committee's warning to the board?"), "alret")
ask("f-11", FACT, "prose-figure", [alts("\u00a32.9m", "2.9m", "2.9 million")],
    cite(AAA, "deficit of \u00a32.9m", where="chair's assurance report, ADVISE row (planned deficit \u00a31.6m)"), (
        "What deficit did the system report at month 10?",
        "what was the system deficit at M10 vs plan? need it for the finance brefing",
        "At the end of January 2018, how far in the red were the partnership's finances?"), "brefing")
ask("f-12", FACT, "prose-figure", [["1,846", "1846"]],
    cite(YSWD, "1,846 survey responses", where="'You said, we did' report, opening paragraph"), (
        "How many survey responses did the STP receive in its autumn 2017 engagement?",
        "how many survey responses did we get in the autum engagement?",
        "How many people filled in the questionnaire when the partnership asked the public for its views in late "
        "2017?"), "autum")
ask("f-13", FACT, "cell-figure", [["68,000", "68000", "68k"]],
    cite(YSWD, "68,000 households", where="'You said, we did' table, Urgent care theme, We did column"), (
        "How many households will receive a leaflet about the Skelbrook Urgent Treatment Centre?",
        "how many households are getting the UTC leaflet in skelbrook? printers need a qoute",
        "How many homes will be sent information through the door before the new urgent care centre in the Wolds "
        "opens?"), "qoute")
ask("f-14", FACT, "status-filter", [["SK1", "Skelbrook Urgent Treatment Centre", "Urgent Treatment Centre", "UTC"],
                                    ["SW3", "Medicines Optimisation in Care Homes", "care homes"]],
    cite(BOOK, "MH1 |", "SW3 |", sheet="Schemes", where="programme workbook, Schemes sheet, Status column: 'At risk' "
         "for SK1 and SW3 only"), (
        "Which schemes are rated 'At risk' in the programme workbook?",
        "which schemes are 'at risk' in the workbook v7? for the SDG exeption report",
        "Which pieces of work did the programme office flag in early April as in danger of not delivering?"),
    "exeption")
ask("f-15", FACT, "score-max", [["BAF-03", "BAF 03", "unidentified 2018/19 savings", "\u00a34.2m"]],
    cite(AAA, "Risks escalated to the Board Assurance Framework", where="chair's assurance report, escalated risks "
         "table: BAF-03 scores 4 x 5 = 20, BAF-07 16, BAF-11 12"), (
        "Which risk escalated to the Board Assurance Framework has the highest score?",
        "which BAF risk from F&P scores highest? need it for the risk commitee",
        "Of the risks the finance committee passed up to the board, which one is judged the most serious?"),
    "commitee")

# ==================================================================================================== unanswerable (9)
ask("un-01", NONE, "near-miss", [],
    cite(ANNEX, "G Holloway-Sefton / vacant", where="near miss: SK3's clinical lead is 'vacant' (annex), 'VACANT' "
         "(workbook), 'Vacant - recruitment under way' (PMO export)"), (
        "Who is the clinical lead for the SK3 LD Community Forensic Team?",
        "who's the clinical lead on the LD forensic team SK3? need a clincian for the transforming care panel",
        "Which clinician gives the medical steer to the community team helping people with learning disabilities "
        "move out of secure hospitals?"), "clincian")
ask("un-02", NONE, "near-miss", [],
    cite(AAA, "A Quality Committee is being established", where="near miss: the Quality Committee is being "
         "established (terms of reference in June 2018); no chair is named anywhere"), (
        "Who chairs the Quality Committee?",
        "who's chairing the quality committee? want to send them the serious incidnets paper",
        "Who runs the meetings of the board committee that oversees the safety and quality of care?"), "incidnets")
ask("un-03", NONE, "near-miss", [],
    cite(CSVF, "FV1,milestone.M2.title", "FV1,milestone.M2.due", where="near miss: the bed-base consultation is due "
         "'TBC' (PMO export, workbook) and its timing 'not yet agreed' ('You said, we did')"), (
        "When will the public consultation on Fennick Valley Community Hospital beds start?",
        "when does the consultation on fennick valley community hosp beds start? league of friends are very worreid",
        "On what date will local people get their formal say on how many beds the valley's community hospital "
        "keeps?"), "worreid")
ask("un-04", NONE, "near-miss", [],
    cite(BOOK, "Metric |", sheet="Trajectories", where="near miss: the trajectories run Jan-18 to Mar-19 only"), (
        "What is the planned A&E four-hour performance for April 2019?",
        "A&E 4hr plan for apr-19? need the first month of 19/20 for the winter reveiw",
        "What share of emergency patients does the plan expect to see within four hours in the first month of the "
        "following financial year, 2019/20?"), "reveiw")
ask("un-05", NONE, "near-miss", [],
    cite(BOOK, "Residual gap 2020/21", sheet="Bridge", where="near miss: the bridge stops at 2020/21"), (
        "What is the residual financial gap in 2021/22?",
        "what's the residual gap for 21/22? the bridge only seems to go to 20/21, can't find the year aftr",
        "How big will the partnership's money shortfall be a year after the end of its current bridge?"), "aftr")
ask("un-06", NONE, "off-topic", [], None, (
    "How many days of annual leave can I carry over into the next year?",
    "how many days of annual leave can i carry ovre to next year?",
    "I haven't taken all my holiday this year. How much of it can I keep for next year?"), "ovre")
ask("un-07", NONE, "off-topic", [], None, (
    "How do I apply for a staff parking permit?",
    "how do i get a staff parking permt at marlhaven general?",
    "Where do I sort out a pass so I can leave my car on site when I'm at work?"), "permt")
ask("un-08", NONE, "off-topic", [], None, (
    "How do I access my payslip online?",
    "where can i see my payslip onlien?",
    "I want to check how much tax was taken off my wages last month. Where can I see the breakdown?"), "onlien")
ask("un-09", NONE, "off-topic", [], None, (
    "Where can staff get a flu vaccination this winter?",
    "where do staff get the flu jab this wintr?",
    "Where can I get my seasonal jab through work to protect me and my patients over the cold months?"), "wintr")


# ==================================================================================================== derived checks
def check_pmo():
    assert value_on("SW2", "sro", "2018-03-15") == "Wystan Pargeter"
    assert value_on("SW2", "sro") == "Idony Kershaw-Bello (interim)"
    assert value_on("SW2", "sro", "2018-04-01") == "Idony Kershaw-Bello (interim)"
    assert value_on("MH3", "programme_manager", "2018-04-20") == "Winifred Axelby"
    assert value_on("MH3", "programme_manager", "2018-05-16") == "Caspar Lindqvist-Hobbs"
    assert value_on("SK3", "clinical_lead") == "Vacant - recruitment under way"
    ms = milestones()
    assert ms["SK1-M2"][1] == "2018-12-03" and milestones("2018-03-01")["SK1-M2"][1] == "2018-10-01"
    assert [r["change_ref"] for r in EAV if r["value"] == "2018-12-03"] == ["CR-014"]
    assert "1 october 2018 is therefore at risk" in norm(U[AAA][1])
    assert "moves from 1 october to 3 december 2018 (change request cr-014)" in norm(U[DECK][4])
    assert ms["FV1-M2"][1] == "TBC" and ms["FV2-M2"][1] == "2018-11-05" and ms["MH1-M1"][1:] == ("2018-02-05",
                                                                                                   "complete")
    # relative windows, recomputed from the export
    june = sorted(k for k, (_, due, _) in milestones("2018-05-16").items() if due.startswith("2018-06"))
    assert june == sorted(NEXT_MONTH), june
    may_fv = sorted(k for k, (_, due, _) in milestones("2018-05-02").items()
                    if due.startswith("2018-05") and k.startswith("FV"))
    assert may_fv == ["FV2-M1"], may_fv
    overdue = sorted(k for k, (_, due, st) in milestones("2018-05-16").items()
                     if due != "TBC" and due < "2018-05-16" and st != "complete")
    assert overdue == ["SK1-M1", "SW3-M1"], overdue
    # the export agrees with the workbook's next milestones (as at 6 April 2018)
    rows = {u.split(" | ")[0]: u.split(" | ") for k, u in U[BOOK].items() if k.startswith("Schemes!")}
    assert rows["MH1"][8] == "04/06/2018" and ms["MH1-M2"][1] == "2018-06-04"
    assert rows["SK3"][8] == "31/05/2018" and ms["SK3-M1"][1] == "2018-05-31"
    assert rows["SW1"][8] == "31/05/2018" and ms["SW1-M1"][1] == "2018-05-31"
    assert rows["FV2"][8] == "21.05.18" and ms["FV2-M1"][1] == "2018-05-21"
    assert rows["SW2"][8] == "2018-07-02" and ms["SW2-M1"][1] == "2018-07-02"
    assert rows["MH2"][8] == "M7 2018/19" and ms["MH2-M2"][1] == "2018-10-01"  # NHS month 7 = October
    assert rows["SK1"][8] == "2018-04-30" and ms["SK1-M1"][1] == "2018-04-30"
    # owners: workbook SURNAME, Forename and annex initials agree with the export
    for code, r in rows.items():
        if code == "Scheme ID":
            continue
        for col, attr in ((3, "sro"), (4, "clinical_lead"), (5, "programme_manager")):
            day = "2018-04-06"
            val = value_on(code, attr, day)
            if val.startswith("Vacant"):
                assert r[col] == "VACANT"
                continue
            surname = val.replace(" (interim)", "").split()[-1]
            assert r[col].startswith(surname.upper() + ","), (code, attr, r[col], val)
            if not (code == "SW2" and attr == "sro"):
                assert surname.lower() in norm(U[ANNEX][1]), surname


def check_deck():
    from pptx import Presentation
    prs = Presentation(str(PAPERS / DECK))
    slides = list(prs.slides)
    assert "Day 1 is Tuesday 1 May 2018." in U[DECK][2] and date(2018, 5, 1).weekday() == 1
    day = lambda n: date(2018, 5, 1) + timedelta(days=n - 1)  # noqa: E731
    assert day(60) == date(2018, 6, 29) and day(100) == date(2018, 8, 8) and day(30) == date(2018, 5, 30)
    table = [s for s in slides[2].shapes if s.has_table][0].table
    grid = [[c.text for c in row.cells] for row in table.rows]
    head = grid[0]
    gov = [r for r in grid if r[0] == "Governance"][0]
    assert gov[head.index("By Day 60")] == "Memorandum of understanding signed by all nine partners"
    assert gov[head.index("By Day 100")] == "First shadow ICS Board meeting held in public"
    wf = [r for r in grid if r[0] == "Workforce"][0]
    assert wf[head.index("Lead")] == "Lavinia STRUDWICK-AMOAH"


def annex_grid():
    """{place column: {must-do: [codes]}} read back from the codes inside the cells of annex Table B2."""
    lines = [ln.strip() for ln in U[ANNEX][2].splitlines()]
    start = lines.index("System-wide") + 1
    cols = ["Marlhaven", "Skelbrook & the Wolds", "Fennick Valley", "System-wide"]
    out = {c: {} for c in cols}
    n, cells = None, []
    for ln in lines[start:]:
        m = re.match(r"^(\d)\. ", ln)
        if m:
            n, cells = int(m.group(1)), []
            continue
        if re.fullmatch(r"\u2014|[A-Z]{2}\d(, [A-Z]{2}\d)*", ln) and n:
            cells.append(ln)
            if len(cells) == 4:
                for c, v in zip(cols, cells):
                    out[c][n] = [] if v == "\u2014" else v.split(", ")
                n = None
        if ln.startswith("\u2014 no scheme"):
            break
    assert all(len(v) == 9 for v in out.values()), out
    return out


def check_mustdo():
    g = annex_grid()
    gaps = {c: sorted(n for n, codes in v.items() if not codes) for c, v in g.items()}
    assert gaps["Marlhaven"] == [5, 6, 8] and gaps["Skelbrook & the Wolds"] == [6, 7, 9]
    assert gaps["Fennick Valley"] == [7, 8], gaps
    assert sorted(c for v in g.values() for c in v[6]) == ["FV2", "SW1"]
    assert sorted(c for v in g.values() for c in v[5]) == ["FV2", "SK2"]
    assert g["Marlhaven"][7] == ["MH3"]
    assert sorted(c for c, v in g.items() if not v[7]) == ["Fennick Valley", "Skelbrook & the Wolds", "System-wide"]
    assert sorted(n for v in g.values() for n, codes in v.items() if "MH1" in codes) == [2, 4, 9]
    # the workbook's "2; 4; 9" lists say the same, scheme by scheme
    book = {}
    for k, u in U[BOOK].items():
        cells = u.split(" | ")
        if k.startswith("Schemes!") and re.fullmatch(r"[A-Z]{2}\d", cells[0]):
            book[cells[0]] = sorted(int(x) for x in cells[6].split("; "))
    grid_by_scheme = {}
    for v in g.values():
        for n, codes in v.items():
            for c in codes:
                grid_by_scheme.setdefault(c, []).append(n)
    assert {k: sorted(v) for k, v in grid_by_scheme.items()} == book, (grid_by_scheme, book)
    assert sorted(k for k, v in book.items() if 5 in v) == ["FV2", "SK2"]
    # and so does the export
    for code, nums in book.items():
        assert value_on(code, "national_must_dos") == ";".join(map(str, nums))
    # the must-do names on the Read me sheet are the grid's
    for n, label in LABEL.items():
        assert any(u.startswith(f"{n} = {label}") for k, u in U[BOOK].items() if k.startswith("Read me!"))
        assert f"{n}. {label}".lower() in norm(U[ANNEX][2])


def check_figures():
    from openpyxl import load_workbook
    p1 = norm(U[ANNEX][1])
    pops = [284300, 156900, 118600]
    assert sum(pops) == 559800 and "559,800" in p1 and "156,900" in p1
    assert "fennick valley 118,600 21" in p1 and 31 + 19 + 21 == 71
    assert "all 21 practices" in norm(U[CSVF][[r["line"] for r in EAV if r["value"].startswith("NDPP")][0]])
    wb = load_workbook(str(PAPERS / BOOK))
    ws = wb["Bridge"]
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(5, ws.max_row + 1)]
    gap, lines, residual = rows[0][2], rows[1:-1], rows[-1][2]
    assert gap == 142.6 and round(gap + sum(v for *_, v in lines), 1) == residual == 11.3
    schemes = [(ref, v) for ref, _, v in lines if re.fullmatch(r"[A-Z]{2}\d", ref)]
    assert len(schemes) == 12 and min(schemes, key=lambda x: x[1]) == ("SW1", -8.6)
    assert sum(1 for _, v in schemes if v == -8.6) == 1
    assert "2021/22" not in EVERYTHING and "21/22" not in EVERYTHING
    ws = wb["Trajectories"]
    months = [ws.cell(4, c).value for c in range(4, ws.max_column + 1)]
    assert months[0].date() == date(2018, 1, 1) and months[-1].date() == date(2019, 3, 1) and len(months) == 15
    col = {m.date(): i for i, m in enumerate(months, 4)}
    metric_row = {ws.cell(r, 1).value.split(":")[0]: r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value}
    assert ws.cell(metric_row["A&E"], col[date(2019, 3, 1)]).value == 92.7
    assert ws.cell(metric_row["RTT"], col[date(2018, 9, 1)]).value == 89.6
    assert ws.cell(metric_row["Cancer"] + 1, col[date(2018, 1, 1)]).value == 86.1
    allvals = [ws.cell(r, c).value for r in range(5, ws.max_row + 1) for c in range(4, ws.max_column + 1)]
    for v in (92.7, 89.6, 86.1):
        assert allvals.count(v) == 1, v
    # the workbook's At risk filter, and the highest escalated risk
    status = {u.split(" | ")[0]: u.split(" | ")[-1] for k, u in U[BOOK].items() if k.startswith("Schemes!")}
    assert sorted(k for k, v in status.items() if v == "At risk") == ["SK1", "SW3"]
    scores = {ref: int(a) * int(b) for ref, a, b in re.findall(r"(BAF-\d\d)\n[^\n]*\n(\d) x (\d)", U[AAA][1])}
    assert scores == {"BAF-03": 20, "BAF-07": 16, "BAF-11": 12}, scores
    for ref, s in scores.items():
        assert f"= {s}" in U[AAA][1]
    aaa = norm(U[AAA][1])
    assert "deficit of £2.9m at month 10 against a planned deficit of £1.6m" in aaa
    assert "86.1% in january 2018" in aaa
    yswd = norm("\n".join(U[YSWD].values()))
    assert "23 public events" in yswd and "1,846 survey responses" in yswd and "68,000 households" in yswd


def check_absences():
    for word in (r"annual leave", r"holiday", r"parking", r"permit", r"payslip", r"pay slip", r"\bwages?\b",
                 r"\bflu\b", r"influenza", r"vaccin", r"\bjab\b"):
        assert not re.search(word, EVERYTHING), word
    # un-01: SK3's clinical lead is never named
    sk3 = [norm(t) for u in U.values() for t in u.values() if "sk3" in norm(t)]
    assert "g holloway-sefton / vacant / k dobbie" in norm(U[ANNEX][1])
    assert "| holloway-sefton, gráinne (sfccg) | vacant |" in norm(U[BOOK]["Schemes!7"])
    assert value_on("SK3", "clinical_lead") == "Vacant - recruitment under way"
    assert len([r for r in EAV if r["scheme_id"] == "SK3" and r["attribute"] == "clinical_lead"]) == 1
    assert sk3
    # un-02: the Quality Committee has no chair, deputy or named lead
    for u in U.values():
        for t in u.values():
            for sent in re.split(r"(?<=[.;])\s|\n", norm(t)):
                if "quality committee" in sent:
                    assert "chair" not in sent and "lead" not in sent, sent
    # un-03: the bed-base consultation has no date anywhere
    for u in U.values():
        for t in u.values():
            for line in t.splitlines():
                low = line.lower()
                if "consultation" in low:
                    if line.startswith("R0"):  # an export row: judge its value field only
                        continue
                    assert not re.search(r"\d{1,2} (january|february|march|april|may|june|july|august|september|"
                                         r"october|november|december)|20\d\d|q[1-4]\b|/\d\d", low), line
    fv1 = [r for r in EAV if r["scheme_id"] == "FV1" and r["attribute"] == "milestone.M2.due"]
    assert [r["value"] for r in fv1] == ["TBC"]
    assert "timing of any consultation has not yet been agreed" in norm(U[YSWD][15])
    # un-04: no April 2019 figure
    assert not re.search(r"apr(il)?[- ]?(20)?19\b", EVERYTHING)
    assert "01/04/2019" not in EVERYTHING


def check_items():
    assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    facts = {}
    for i in ITEMS:
        facts.setdefault(i["fact"], []).append(i["phrasing"])
    assert len(facts) == 60 and all(v == list(PHRASINGS) for v in facts.values())
    kinds = {}
    for i in ITEMS:
        kinds[i["kind"]] = kinds.get(i["kind"], 0) + 1
    assert kinds == {OWNER: 42, MILESTONE: 42, MUSTDO: 24, FACT: 45, NONE: 27}, kinds
    assert {i["shape"] for i in ITEMS if i["kind"] == NONE} == {"near-miss", "off-topic"}
    assert len(set(TYPOS.values())) == len(TYPOS) == 60
    for i in ITEMS:
        assert (i["answer_any"] == []) == i["expect_no_answer"]
        if i["as_of"]:
            date.fromisoformat(i["as_of"])
        if i["source"]["file"]:
            assert i["source"]["file"] in U
            if i["source"]["file"].endswith(".xlsx"):
                assert "sheet" in i["source"]


def main():
    check_pmo()
    check_deck()
    check_mustdo()
    check_figures()
    check_absences()
    check_items()
    tmp = HERE / "questions.jsonl.tmp"
    with open(tmp, "w") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    missing = bank_tools.check(tmp, PAPERS)
    if missing:
        tmp.unlink()
        raise SystemExit(f"{missing} gold groups missing from their windows; nothing written")
    tmp.replace(HERE / "questions.jsonl")
    kinds = {}
    for item in ITEMS:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    print(f"wrote {len(ITEMS)} questions, {len(ITEMS) // 3} facts; by kind {kinds}")


if __name__ == "__main__":
    main()
