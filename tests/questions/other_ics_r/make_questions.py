"""Write questions.jsonl for the Kelstow & Ravensmere STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units (see extract.py) and the first alternative of each gold group must be in
that window's text. Answers that take a step of reasoning (must-do gaps, what is due in a month, overdue, risks above
the escalation threshold, the next meeting) are worked out again here from the extracted text and compared with the
gold. Unanswerable facts are checked for absence over every paper. Any failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

from extract import PAPERS, norm, units

HERE = Path(__file__).resolve().parent
SOAP, ANNEX = "01_KR_STP_Schemes_on_a_Page_v1.0_2017-12-08.pdf", "02_KR_STP_Annex_C_Finance_and_Risk_v2_2017-12-11.pdf"
BOOK, TRACK = "03_KR_STP_Governance_Handbook_v0.9_2018-01-15.docx", "04_KR_STP_Delivery_Tracker_Q3_2017-18.xlsx"
DECK, LOG, CHAT = ("05_KR_STP_Look-ahead_Jan-Jun_2018.pptx", "06_KR_STP_Plan_Changelog.md",
                   "07_PMO_Skype_conversation_2018-02-14.txt")
U = {p.name: units(p) for p in sorted(PAPERS.iterdir())}
EVERYTHING = norm("\n".join(t for u in U.values() for t in u.values()))
ITEMS = []
PHRASINGS = ("formal", "chat", "indirect")


# ---------------------------------------------------------------------------------------------------- helpers
def cite(file, anchor, until=None, sheet=None, where=""):
    """Source for the unit holding `anchor` (through the first later unit holding `until`), with its text."""
    keys = [k for k in U[file] if sheet is None or str(k).startswith(sheet + "!")]

    def find(text, start=0):
        hits = [i for i, k in enumerate(keys) if i >= start and norm(text) in norm(U[file][k])]
        assert hits, f"{text!r} not found in {file}"
        return hits[0]

    a = find(anchor)
    b = find(until, a) if until else a
    number = lambda k: int(str(k).split("!")[-1])  # noqa: E731
    source = {"file": file, "lines": [number(keys[a]), number(keys[b])], "where": where}
    if sheet:
        source["sheet"] = sheet
    return source, norm("\n".join(U[file][k] for k in keys[a:b + 1]))


def ask(fid, kind, shape, gold, cited, questions, as_of=None):
    """One fact asked three ways (formal, chat, indirect); gold groups' first alternatives must be in the window."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
    assert len(questions) == 3
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"r-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == "unanswerable",
                      "fact": f"r-{fid}", "phrasing": phrasing, "shape": shape})


def on(d, m, y, *printed):
    """Gold alternatives for a day: the printed form(s) first, then common renderings."""
    dt = date(y, m, d)
    long, short = dt.strftime("%B"), dt.strftime("%b")
    sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = [*printed, f"{d} {long} {y}", f"{d} {short} {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
             f"{d}{sfx} {long} {y}", f"{long} {d}, {y}"]
    return list(dict.fromkeys(forms))


MD = {1: ["STPs", "STP"], 2: ["Finance", "financial"], 3: ["Primary care", "general practice"],
      4: ["Urgent & emergency care", "urgent and emergency care", "A&E", "UEC"],
      5: ["Referral to treatment", "RTT", "elective"], 6: ["Cancer"], 7: ["Mental health"],
      8: ["learning disabilities", "learning disability"], 9: ["Improving quality", "quality"]}


def md(n):
    return MD[n] + [f"Must-do {n}", f"must do {n}", f"must-dos {n}", f"MD{n}", f"MD {n}"]


OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"

# ==================================================================================================== owner (15)
ask("own-01", OWNER, "box-label-value", [["Strake"]],
    cite(SOAP, "Gwendolyn Strake, Director of", where="schemes on a page, KEL1 page: the 'SRO' box"), (
        "Who is the Senior Responsible Officer for the Kelstow Urgent Care Hub scheme?",
        "who's SRO for KEL1 urgent care hub? need sign off on the ENP bussiness case",
        "Which commissioning director is ultimately accountable for the new round-the-clock walk-in service at "
        "the city's main hospital?"))
ask("own-02", OWNER, "box-label-value", [["Lisle"]],
    cite(SOAP, "Dr Henrietta Lisle", where="schemes on a page, HAT2 page: the 'Clinical lead' box"), (
        "Who is the clinical lead for the Lung Health Check scheme in Hatchmoor?",
        "clinical lead for HAT2 lung health checks? want a dr to talk at the GP forum, the clincial one not the SRO",
        "Which doctor is the senior clinician behind the scans being offered to long-term smokers in Hatchmoor?"))
ask("own-03", OWNER, "owners-by-id", [["Keddie"]],
    cite(TRACK, "RAV3 | Anselm Pryde", sheet="Owners",
         where="tracker, Owners sheet, row RAV3 (Delivery lead); Home First is RAV3 only on the Tracker sheet"), (
        "Who is the delivery lead for the Home First scheme in Ravensmere & Ouldby?",
        "who's delivery lead on home first in RAV? need someone to talk to about the trusted assesor model",
        "Who runs the day-to-day work on getting Ravensmere patients back to their own homes sooner after a "
        "hospital stay?"))
ask("own-04", OWNER, "owners-by-id", [["Marr"]],
    cite(TRACK, "TOL3 |", sheet="Owners", where="tracker, Owners sheet, row TOL3 (Finance business partner)"), (
        "Who is the finance business partner for the IAPT for Long-Term Conditions scheme?",
        "who's the fin BP for TOL3 IAPT-LTC? need to check the 18/19 numbers befor Friday",
        "Who should I ask about the money for the coast's talking-therapies work for people with chest and "
        "blood-sugar conditions?"))
ask("own-05", OWNER, "nested-bullet-chair", [["Rooke"]],
    cite(BOOK, "Planned Care and Cancer Group", where="handbook section 2, fourth-level bullet under the Clinical "
         "Board: 'Planned Care and Cancer Group. Chair: Mr Stellan Rooke'"), (
        "Who chairs the Planned Care and Cancer Group?",
        "who chairs the planned care & cancer grp? want the ophthalmology paper on the agneda",
        "Who runs the clinical group that looks after waits for operations and tumour services across the area?"))
ask("own-06", OWNER, "nested-bullet-chair", [["Baptiste-Carr", "Baptiste Carr"]],
    cite(BOOK, "Independent Chair: Lionel", where="handbook section 2, top bullet: Partnership Board"), (
        "Who is the Independent Chair of the Kelstow & Ravensmere Partnership Board?",
        "who's the indep chair of the K&R partnreship board?",
        "Who presides over the top-level meeting where every organisation in the footprint sits together?"))
ask("own-07", OWNER, "role-name-table", [["Wainscott"]],
    cite(BOOK, "Head of PMO |", where="handbook section 3, borderless Role | Name table"), (
        "Who is the Head of the Programme Management Office?",
        "who heads up the PMO? need to send them our tracker retrun",
        "Who is in charge of the central team that collects progress updates from all the schemes?"))
ask("own-08", OWNER, "role-name-table", [["Stott-Ellery", "Stott Ellery"]],
    cite(BOOK, "Business Intelligence Lead |", where="handbook section 3, borderless Role | Name table"), (
        "Who is the Business Intelligence Lead in the STP PMO?",
        "who's the BI lead in the PMO? the dashbaord numbers look off",
        "Who in the central programme team looks after the data and the performance reports?"))
ask("own-09", OWNER, "risk-owner", [["Fairweather"]],
    cite(ANNEX, "Duncan Fairweather", where="Annex C page 3, risk register record R07: Risk owner"), (
        "Who owns risk R07 in the Annex C risk register?",
        "who owns R07 (the HAT3 placements one)? it's on the SLE agenda, need to brief them beforhand",
        "Whose name is against the worry that there won't be enough suitable homes outside hospital for people "
        "with intellectual disabilities in Hatchmoor?"))
ask("own-10", OWNER, "owner-changed", [["Ossington"]],
    cite(LOG, "SRO changes from Callum Dearlove", "with effect from 1 February 2018",
         where="change log 1.2: KEL3 SRO Dearlove -> Ossington from 1 Feb 2018 (schemes on a page and the tracker's "
         "Owners sheet still say Dearlove)"), (
        "Who is the SRO for the KEL3 Diabetes Prevention and Structured Education scheme?",
        "who's SRO on KEL3 diabetes prevention now? heard callum handded it over",
        "Who is now accountable for the city's work on stopping people at risk from going on to develop type 2?"),
    as_of="2018-02-20")
ask("own-11", OWNER, "owner-as-of", [["Dearlove"]],
    cite(LOG, "SRO changes from Callum Dearlove", "with effect from 1 February 2018",
         where="change log 1.2: the handover to Ossington takes effect on 1 Feb 2018, so on 25 Jan Dearlove is SRO "
         "(tracker Owners sheet, KEL3)"), (
        "As of today, who is the SRO for the Kelstow Diabetes Prevention scheme?",
        "who's KEL3 SRO this week? need a signature on the NDPP contract papres",
        "Before the handover at the start of next month, whose sign-off do I need on the city's type 2 prevention "
        "work?"), as_of="2018-01-25")
ask("own-12", OWNER, "acting-holder", [["Desouza"]],
    cite(LOG, "Priyanka Desouza", "acting SRO from 5 February",
         where="change log 1.4: Desouza acting SRO of SYS1 from 5 Feb to 31 Mar 2018 while Quarshie is on leave"), (
        "Who is currently the SRO for the SYS1 Shared Care Record?",
        "who's acting SRO for SYS1 shared care record while Raymond's off? need a decison on the ISA",
        "Raymond is away at the moment. Who is standing in for him as the person accountable for joining up patient "
        "records across organisations?"), as_of="2018-03-01")
ask("own-13", OWNER, "nested-bullet-chair", [["Tulloch"]],
    cite(BOOK, "Hatchmoor Place Board:", where="handbook section 2, bullet under Place Boards"), (
        "Who chairs the Hatchmoor Place Board?",
        "who chairs hatchmoor place brd? want to invite them to the nbhd teams lanuch",
        "Who runs the local partnership meeting for the Hatchmoor area?"))
ask("own-14", OWNER, "nested-bullet-chair", [["Cardew"]],
    cite(BOOK, "Clinical Board (chair:", where="handbook section 2, third-level bullet under the SLE"), (
        "Who chairs the STP Clinical Board?",
        "who's chair of the clinical brd? need the UCH FBC sigthed before SLE",
        "Which doctor leads the senior clinicians' forum that sits under the system executive?"))
ask("own-15", OWNER, "cover-while-away", [["Castell"]],
    cite(CHAT, "Bryony Castell will cover", where="Skype conversation 14/02/2018, 09:40: Hemsley on leave 19 Feb to "
         "2 Mar, Castell covers Tollerby place queries"), (
        "Who is covering Tollerby place queries while Errol Hemsley is on leave?",
        "errol's off this wk, who's covering TOL place querys?",
        "The coast's place lead is away this week. Who should I go to instead with questions about that area?"),
    as_of="2018-02-26")

# ==================================================================================================== milestone (13)
ask("ms-01", MILESTONE, "fy-quarter",
    [["Q3 2018/19", "Q3 18/19", "Quarter 3 2018/19", "Qtr 3 2018/19", "October to December 2018", "Oct-Dec 2018",
      "December 2018", "Dec 2018"]],
    cite(SOAP, "UCH opens 24/7", where="schemes on a page, KEL1: 'Go-live' box and milestone strip 'Q3 2018/19' "
         "(tracker: 'Q3 18/19')"), (
        "When will the Kelstow Urgent Care Hub open 24/7?",
        "when does the KEL1 UCH go 24/7? GPs keep aksing",
        "From when will people in the city be able to walk in to the new front-door urgent care service at any "
        "hour?"))
ask("ms-02", MILESTONE, "before-christmas", [on(20, 12, 2017, "Christmas 2017", "December 2017", "Dec 2017")],
    cite(SOAP, "by Christmas 2017", where="schemes on a page, KEL1 milestone strip: 'by Christmas 2017' preferred site "
         "agreed (tracker: 20/12/2017, Complete)"), (
        "By when was the preferred site for the Kelstow Urgent Care Hub to be agreed?",
        "when was the UCH site meant to be agreed? KEL1 schme on a page",
        "What was the deadline for settling where the city's new urgent care centre would physically be?"))
ask("ms-03", MILESTONE, "week-commencing", [on(5, 2, 2018, "5 Feb 2018")],
    cite(SOAP, "Extended access live in all 31", where="schemes on a page, KEL2: 'Go-live' box and strip 'w/c 5 Feb "
         "2018'"), (
        "When will extended access be live in all Kelstow practices under the Kelstow Practice Alliance?",
        "when's KPA extended access live in all 31 practces?",
        "From which week can patients at any surgery in the city book evening and weekend appointments?"))
ask("ms-04", MILESTONE, "end-of-month", [on(30, 9, 2018, "September 2018", "Sep 2018", "Sept 2018")],
    cite(SOAP, "Day-case theatre refurbishment", where="schemes on a page, RAV2 milestone strip: 'end of September "
         "2018' (tracker: 30/09/2018)"), (
        "When will the day-case theatre refurbishment at Ravensmere General be complete?",
        "when's the day case theatre refurb done (RAV2)? need to plan the lists aroud it",
        "How long until the Ravensmere operating room used for same-day surgery is finished being done up?"))
ask("ms-05", MILESTONE, "serial-date", [on(30, 6, 2018, "30/06/2018", "June 2018", "Jun 2018")],
    cite(TRACK, "HAT3 |", sheet="Tracker", where="tracker, row HAT3, Milestone 2 / Due 2: 30/06/2018"), (
        "When are four inpatients due to be discharged to community placements under the HAT3 Transforming Care "
        "scheme?",
        "HAT3 TCP: when are the 4 inpatients due out to community placments?",
        "By what date should the first Hatchmoor patients with intellectual disabilities living long-term in "
        "hospital have moved out to homes of their own?"))
ask("ms-06", MILESTONE, "fy-quarter",
    [["Q4 17/18", "Q4 2017/18", "Quarter 4 2017/18", "Qtr 4 2017/18", "January to March 2018", "Jan-Mar 2018",
      "March 2018", "Mar 2018"]],
    cite(TRACK, "TOL3 |", sheet="Tracker", where="tracker, row TOL3, Milestone 2 / Due 2: 'Q4 17/18'"), (
        "When is the IAPT for Long-Term Conditions scheme due to achieve the 19% IAPT access rate?",
        "when's TOL3 meant to hit 19% IAPT acess?",
        "By when should nearly one in five coast residents with anxiety or depression be getting talking "
        "therapy?"))
ask("ms-07", MILESTONE, "moved-by-changelog", [on(4, 6, 2018, "4 June 2018", "June 2018", "Jun 2018")],
    cite(LOG, "go-live moved from w/c 23 April 2018", where="change log 1.4: TOL2 go-live moved to w/c 4 June 2018 "
         "(schemes on a page, tracker and look-ahead still say w/c 23 Apr 2018)"), (
        "When will the TOL2 See and Treat scheme go live?",
        "when does see & treat go live in tollerby? it was april but I heard it moved, can u confrim",
        "From when will paramedics on the coast start treating people at home rather than taking them to A&E?"))
ask("ms-08", MILESTONE, "serial-date", [on(16, 4, 2018, "16/04/2018")],
    cite(TRACK, "SYS1 |", sheet="Tracker", where="tracker, row SYS1, Milestone 2 / Due 2: 16/04/2018 (look-ahead "
         "April slide: 'w/c 16th')"), (
        "When is the Shared Care Record due to go live in Kelstow?",
        "SCR go-live date for kelstow? (SYS1) need it for the trainng plan",
        "When will staff at the city's hospital and surgeries first be able to see each other's patient notes?"))
ask("ms-09", MILESTONE, "relative-window",
    [["invitations", "invites", "smokers", "HAT2"], ["neighbourhood teams", "remaining two", "HAT1"],
     ["shared caseload"]],
    cite(DECK, "March 2018", where="look-ahead slide 'March 2018', Hatchmoor bullets (Tue 6th, w/c 19th, by 31st); "
         "the same three in the tracker"), (
        "What milestones are due in Hatchmoor this month?",
        "what's due for hatchmoor this month? doing the place board udpate tmrw",
        "Over the rest of this calendar month, what are the Hatchmoor schemes meant to be delivering?"),
    as_of="2018-03-05")
ask("ms-10", MILESTONE, "relative-window-after-change", [["extended access", "all 14 Tollerby practices", "TOL1"]],
    cite(DECK, "April 2018", where="look-ahead slide 'April 2018', Tollerby Coast: TOL1 by 30th; TOL2 (w/c 23rd) was "
         "moved to w/c 4 June 2018 by change log 1.4, so only TOL1 is due in April"), (
        "What milestones are due in Tollerby Coast this month?",
        "anything due in TOL this month? updating the coast dashbord",
        "What are the schemes on the coast meant to deliver before this month is out?"), as_of="2018-04-10")
ask("ms-11", MILESTONE, "overdue",
    [["NDPP", "provider contract", "diabetes prevention", "KEL3"], ["perinatal", "KEL4"]],
    cite(TRACK, "KEL3 |", "KEL4 |", sheet="Tracker", where="tracker rows KEL3 (12/01/2018, Slipped) and KEL4 "
         "(29/12/2017, At risk): due before 22 Jan 2018 and not Complete"), (
        "Which Kelstow City milestones are overdue?",
        "any overdeu milestones in KEL? SLE wants a list",
        "Which of the city's deadlines have already passed without the work being finished?"), as_of="2018-01-22")
ask("ms-12", MILESTONE, "relative-next", [["29 March", "29 Mar", "29/03/2018", "2018-03-29", "29th March"]],
    cite(BOOK, "PB meetings in 2018", where="handbook section 2: PB meets 25 January, 29 March, 31 May and 26 July "
         "2018"), (
        "When is the next meeting of the Partnership Board?",
        "when's the next partnership brd? need to get our paper in on tiem",
        "When do the members of the footprint's top-level board next sit down together?"), as_of="2018-02-10")
ask("ms-13", MILESTONE, "chat-deadline", [["23 Feb", "23 February", "23/02/2018", "2018-02-23", "23rd Feb"]],
    cite(CHAT, "Reminder that February tracker updates", where="Skype conversation 14/02/2018, 09:31: 'by 5pm Fri 23 "
         "Feb'"), (
        "When are the February tracker updates due to the PMO?",
        "deadline for feb tracker updates to PMO? lost the skype mesage",
        "By when do I need to get this month's progress figures to the central programme team?"))

# ==================================================================================================== mustdo (8)
ask("md-01", MUSTDO, "mustdo-gap", [md(5), md(8)],
    cite(BOOK, "KEL1 Kelstow Urgent Care Hub", "KEL4 Perinatal", where="handbook section 4, Kelstow City: no \u2612 "
         "against 5 or 8 in KEL1-KEL4"), (
        "Which of the nine national must-dos are not supported by any Kelstow City scheme?",
        "which must dos have no KEL scheme against them? doing the gap anlaysis",
        "Looking across the city's schemes, which of the national planning priorities does nothing in Kelstow "
        "contribute to?"))
ask("md-02", MUSTDO, "mustdo-gap", [md(3), md(6), md(7), md(8)],
    cite(BOOK, "RAV1 Ouldby Community Beds", "RAV3 Home First", where="handbook section 4, Ravensmere & Ouldby: no "
         "\u2612 against 3, 6, 7 or 8 in RAV1-RAV3"), (
        "Which must-dos have no scheme in Ravensmere & Ouldby?",
        "RAV must-do gaps? which of the 9 aren't coverd",
        "Which of the national priorities for the two years does the Ravensmere and Ouldby programme leave "
        "untouched?"))
ask("md-03", MUSTDO, "mustdo-gap", [md(2), md(5), md(9)],
    cite(BOOK, "HAT1 Hatchmoor Neighbourhood Teams", "HAT3 Transforming Care", where="handbook section 4, Hatchmoor: "
         "no \u2612 against 2, 5 or 9 in HAT1-HAT3"), (
        "Which national must-dos are not covered by any Hatchmoor scheme?",
        "hatchmoor: which MDs aren't covered by any scheme? need it for the assurace return",
        "Which of the nine things every area was told to deliver does Hatchmoor have nothing planned for?"))
ask("md-04", MUSTDO, "mustdo-topic", [["HAT2", "Lung Health Check"], ["KEL2", "Kelstow Practice Alliance"]],
    cite(BOOK, "KEL2 Kelstow Practice Alliance", "HAT2 Lung Health Check", where="handbook section 4: \u2612 6 Cancer "
         "for HAT2, '\u2612 6 Cancer (part)' for KEL2"), (
        "Which schemes support the cancer must-do, fully or in part?",
        "which schemes contribte to MD6 cancer? incl partial ones pls",
        "Which pieces of work will help the footprint diagnose and treat tumours faster?"))
ask("md-05", MUSTDO, "mustdo-by-scheme", [md(1), md(2), md(9)],
    cite(BOOK, "RAV1 Ouldby Community Beds", "Improving quality", where="handbook section 4, RAV1 ballot lines: "
         "\u2612 1, 2 and 9"), (
        "Which must-dos does the RAV1 Ouldby Community Beds Reconfiguration scheme support?",
        "what must dos does RAV1 community beds tick? filling in the assurence template",
        "Which national priorities does reshaping the beds at the Ouldby cottage hospital help with?"))
ask("md-06", MUSTDO, "mustdo-partial", [["HAT1", "Neighbourhood Teams"]],
    cite(BOOK, "HAT1 Hatchmoor Neighbourhood Teams", "7 Mental health (part)", where="handbook section 4, HAT1: "
         "'\u2612 7 Mental health (part)'"), (
        "Which scheme supports the mental health must-do only in part?",
        "which scheme is only a partial for MD7 mental helth?",
        "Which piece of work helps with the national priority on psychological wellbeing, but only to some "
        "extent?"))
ask("md-07", MUSTDO, "mustdo-gap-places", [["Kelstow City", "Kelstow"], ["Ravensmere", "Ouldby"], ["Tollerby"]],
    cite(BOOK, "4. Must-do self-check", "TOL3 IAPT", where="handbook section 4: only HAT3 ticks 8, so Kelstow City, "
         "Ravensmere & Ouldby and Tollerby Coast have no scheme for it"), (
        "Which places have no scheme supporting the learning disabilities must-do?",
        "which places have nothing against MD8 LD? the TCP board askd",
        "In which parts of the footprint is no piece of work aimed at people with intellectual disabilities?"))
ask("md-08", MUSTDO, "mustdo-topic", [["RAV2", "Elective Day Surgery", "Ophthalmology"]],
    cite(BOOK, "RAV2 Elective Day Surgery", "5 Referral to treatment", where="handbook section 4: only RAV2 has "
         "\u2612 5 Referral to treatment & elective care"), (
        "Which scheme supports the referral to treatment and elective care must-do?",
        "which scheme covers MD5 RTT? only one I think, can you chekc",
        "What is the piece of work aimed at cutting waits for planned operations?"))

# ==================================================================================================== fact (14)
ask("f-01", FACT, "figure", [["964,200", "964200", "964 200"]],
    cite(BOOK, "registered population of 964,200", where="handbook section 1 (also schemes on a page, cover table "
         "Total)"), (
        "What is the registered population of the Kelstow & Ravensmere STP?",
        "what's the K&R STP registered pop? for a slide intro, thnks",
        "How many people are on GP lists across the whole footprint?"))
ask("f-02", FACT, "figure", [["£347m", "347m", "£347 million", "347 million"]],
    cite(ANNEX, "financial gap of £347m", where="Annex C page 1, C1"), (
        "What is the do-nothing financial gap by 2020/21?",
        "do nothing gap by 20/21 for the STP? in £m, need it for the comms brifing",
        "How much would the footprint be short by the end of the five years if nothing changed?"))
ask("f-03", FACT, "figure", [["£18m", "18m", "£18 million", "18 million"]],
    cite(ANNEX, "residual gap of £18m", where="Annex C page 1, C1: £347m - £198m - £131m"), (
        "What residual financial gap remains after efficiencies and the schemes?",
        "what's the residual gap left after CIP/QIPP and the schemes? FIG want it confrimed",
        "Once the savings plans and all the transformation projects have done their bit, how much is still "
        "missing?"))
ask("f-04", FACT, "figure", [["£17.6m", "17.6m", "£17.6 million", "17.6 million"]],
    cite(ANNEX, "bid for £17.6m", where="Annex C page 1, C2 and the bid table Total"), (
        "How much transformation funding has the STP bid for in 2018/19?",
        "how much TF did we bid for in 18/19? totl pls",
        "How much extra national money are we asking for next year to pay for the changes?"))
ask("f-05", FACT, "sideways-table-figure", [["(2.4)", "2.4"]],
    cite(ANNEX, "Table C1: Planned", where="Annex C page 2 (printed sideways), Table C1 row 'NHS Tollerby CCG', column "
         "'2018/19 plan': (2.4), a deficit"), (
        "What is NHS Tollerby CCG's planned financial position for 2018/19?",
        "tollerby CCG 18/19 plan - surplus or deficit? table C1 is sideways, can't read it propery",
        "Is the coast's commissioner expecting to be in the red next financial year, and by how much?"))
ask("f-06", FACT, "sideways-table-figure", [["(41.7)", "41.7"]],
    cite(ANNEX, "Table C1: Planned", where="Annex C page 2 (printed sideways), Table C1 'System total', '2016/17 outturn'"), (
        "What was the system total outturn for 2016/17 in Table C1?",
        "system total 16/17 outturn in the finance anex? in £m, for the FIG paper",
        "Added together, how did the NHS organisations in the footprint end up financially in the year that "
        "finished in March 2017?"))
ask("f-07", FACT, "filter-computed",
    [["R01", "ENP recruitment"], ["R04", "judicial review"], ["R08", "See and Treat rota", "paramedics"],
     ["R10", "residual gap"]],
    cite(ANNEX, "C1 The financial challenge", "R11", where="Annex C: C4 (page 1) escalates scores of 15 or more; "
         "page 3 gives L and I only: R01 4x4, R04 3x5, R08 4x5, R10 5x3"), (
        "Which risks in Annex C must be escalated to the Partnership Board?",
        "which risks get escalated to the PB? need the list for the agenda, cheres",
        "Which of the threats in the register are serious enough that the top board has to see them?"))
ask("f-08", FACT, "comparison-computed", [["R08", "See and Treat rota", "paramedics do not accept"]],
    cite(ANNEX, "C5 Risk register", where="Annex C page 3: R08 (TOL2) L4 x I5 = 20, the highest product"), (
        "Which risk in the Annex C register has the highest score?",
        "what's the top scorng risk in annex C? L x I",
        "Of everything that could go wrong across the schemes, which is judged the worst once how likely and how "
        "bad it would be are multiplied together?"))
ask("f-09", FACT, "box-figure", [["£4.8m", "4.8m", "4.8 million"]],
    cite(SOAP, "NET SAVING 2020/21 £4.8m", where="schemes on a page, RAV1 page: 'Net saving 2020/21' box"), (
        "What is the net saving by 2020/21 from the Ouldby Community Beds Reconfiguration scheme?",
        "RAV1 net saving in 20/21? £m, for the bed modle",
        "How much a year will reshaping the cottage hospital beds in Ouldby save once it's fully in place?"))
ask("f-10", FACT, "glossary", [["low-dose computed tomography", "low dose computed tomography"]],
    cite(BOOK, "LDCT: low-dose", where="handbook section 5, run-on abbreviations paragraph"), (
        "What does LDCT stand for?",
        "what's LDCT short for? keeps coming up in the HAT2 stuf",
        "What kind of scan is used in the Hatchmoor lung checks, written out in full?"))
ask("f-11", FACT, "hierarchy", [["System Leadership Executive", "SLE"]],
    cite(BOOK, "System Leadership Executive (SLE)", "Digital. Chair", where="handbook section 2: 'Digital' is a "
         "fourth-level bullet under 'Enabling groups', under the SLE; 'Each group reports to the group above it'"), (
        "Which body does the Digital enabling group report to?",
        "who does the digital grp report into? drawing an org chrat",
        "Which senior forum is the group that joins up IT across the organisations accountable to?"))
ask("f-12", FACT, "removed-milestone", [["removed", "no longer", "dropped", "taken out", "part of the public "
                                        "consultation"]],
    cite(LOG, "### Removed", "staff views are now taken", where="change log 1.4, Removed: the RAV1 staff-side "
         "consultation milestone (9 March 2018) is removed"), (
        "Is the staff-side consultation on Ward 3 still a milestone for the RAV1 scheme?",
        "is the ward 3 staff side consultation still a RAV1 milestone? it was in the march look-ahed",
        "Do we still need a separate consultation with employees about the Ouldby ward closing, or has that been "
        "folded into something else?"))
ask("f-13", FACT, "frequency", [["bi-monthly", "bimonthly", "every two months", "every other month",
                                 "six times a year"]],
    cite(BOOK, "Meets bi-monthly", where="handbook section 2, top bullet (dates: 25 Jan, 29 Mar, 31 May, 26 Jul)"), (
        "How often does the Partnership Board meet?",
        "how ofen does the PB meet? monthly?",
        "Does the footprint's top-level board get together every month, or less often than that?"))
ask("f-14", FACT, "list", [["Kelstow City"], ["Ravensmere & Ouldby", "Ravensmere and Ouldby", "Ravensmere"],
                           ["Hatchmoor"], ["Tollerby Coast", "Tollerby"]],
    cite(BOOK, "across four places", where="handbook section 1 (also the cover table of the schemes on a page)"), (
        "What are the four places in the Kelstow & Ravensmere STP?",
        "what are the 4 places in K&R? listing them for a stakehodler pack",
        "Into which local areas is the footprint divided for planning and delivery?"))

# ==================================================================================================== unanswerable (10)
ask("un-01", NONE, "near-miss", [],
    cite(BOOK, "Population Health Management. Chair", where="near miss: the PHM group's chair is 'to be confirmed'"), (
        "Who chairs the Population Health Management group?",
        "who chairs the PHM grp? want to present the risk stratifcation work",
        "Who leads the enabling group that uses joined-up data to target prevention at the people most at risk?"))
ask("un-02", NONE, "near-miss", [],
    cite(BOOK, "Communications and Engagement Lead |", where="near miss: the post is 'Vacant (interim cover from the "
         "CCG communications team)'"), (
        "Who is the STP Communications and Engagement Lead?",
        "who's the comms & engagement lead in the PMO? need a press relase checked",
        "Who in the central team handles the press and public engagement for the footprint?"))
ask("un-03", NONE, "near-miss", [],
    cite(TRACK, "SYS1 |", sheet="Tracker", where="near miss: SYS1 'Go-live in Tollerby' is 'TBC'"), (
        "When will the Shared Care Record go live in Tollerby?",
        "SCR go live date for tollerby? SYS1 row on the trakcer",
        "When will clinicians on the coast be able to see records held by the city hospital?"))
ask("un-04", NONE, "near-miss", [],
    cite(SOAP, "Capital requirement is subject", where="near miss: KEL1 capital 'not yet agreed'; only revenue is "
         "shown and Annex C's bid excludes capital"), (
        "What is the capital cost of the Kelstow Urgent Care Hub?",
        "capital cost of KEL1 UCH? estates need a figuer for the bid",
        "How much will it cost to build the new front-door urgent care centre at the city's main hospital?"))
ask("un-05", NONE, "near-miss", [],
    cite(BOOK, "HAT1 Hatchmoor Neighbourhood Teams", where="near miss: Hatchmoor's schemes are HAT1-HAT3; no paper "
         "mentions a stroke scheme"), (
        "Who is the SRO for the Hatchmoor stroke unit reconfiguration?",
        "who's SRO for the hatchmoor stroke unit reconfig? need them at the regional netwrok meeting",
        "Who is accountable for changing where people in Hatchmoor are looked after in hospital after a brain "
        "attack?"))
ask("un-06", NONE, "off-topic", [], None, (
    "How do I claim mileage for travelling between sites?",
    "how do i claim milage for driving between sites?",
    "I drove my own car to a meeting at another hospital. How do I get the petrol money back?"))
ask("un-07", NONE, "off-topic", [], None, (
    "What is the guest Wi-Fi password at Kelstow General?",
    "what's the guest wifi pasword at kelstow general?",
    "How do I get a visitor's laptop online when they come in to the hospital?"))
ask("un-08", NONE, "off-topic", [], None, (
    "When is the staff flu vaccination clinic?",
    "when's the staff flu jab clinic this yr? missed the emial",
    "Where can I get my winter jab as an employee?"))
ask("un-09", NONE, "off-topic", [], None, (
    "How do I reset my NHSmail password?",
    "locked out of nhsmail, how do i reset my pwd? it says acount suspended",
    "I can't get into my work email. How do I get back in?"))
ask("un-10", NONE, "off-topic", [], None, (
    "How do I renew my DBS check?",
    "how do i renw my DBS? runs out next month",
    "My criminal record clearance is about to lapse. What do I need to do to update it?"))


# ==================================================================================================== derived checks
def self_check():
    """{scheme code: {must-do number: 'full' | 'part'}} parsed from the handbook's ballot lines."""
    out, code = {}, None
    for text in U[BOOK].values():
        head = re.match(r"([A-Z]{3}\d) ", text)
        if head and "\u2612" not in text and "\u2610" not in text:
            code = head.group(1)
            out[code] = {}
        elif code and re.search("[\u2612\u2610]", text):
            for mark, n, part in re.findall(r"([\u2612\u2610]) (\d) [^\t\u2612\u2610]*?(\(part\))?(?=\t|$)", text):
                if mark == "\u2612":
                    out[code][int(n)] = "part" if part else "full"
    return out


def check_mustdo():
    cover = self_check()
    assert len(cover) == 14 and all(1 in v for v in cover.values())
    gaps = {p: sorted(set(range(1, 10)) - {n for c, v in cover.items() if c.startswith(p) for n in v})
            for p in ("KEL", "RAV", "HAT", "TOL")}
    assert gaps == {"KEL": [5, 8], "RAV": [3, 6, 7, 8], "HAT": [2, 5, 9], "TOL": [5, 6, 8]}, gaps
    assert {c: v[6] for c, v in cover.items() if 6 in v} == {"KEL2": "part", "HAT2": "full"}
    assert [c for c, v in cover.items() if v.get(7) == "part"] == ["HAT1"]
    assert sorted(cover["RAV1"]) == [1, 2, 9]
    assert [c for c, v in cover.items() if 5 in v] == ["RAV2"]
    assert [p for p, g in gaps.items() if 8 in g] == ["KEL", "RAV", "TOL"]


def tracker_rows():
    """[(code, milestone, due date or text, status)] parsed from the tracker's Tracker sheet."""
    rows = []
    for key, text in U[TRACK].items():
        cells = text.split(" | ")
        if key.startswith("Tracker!") and re.fullmatch(r"[A-Z]{3}\d", cells[0]):
            body = cells[2:]
            for i in range(0, len(body) - 2, 3):
                due = body[i + 1]
                if re.fullmatch(r"\d\d/\d\d/\d{4}", due):
                    due = datetime.strptime(due, "%d/%m/%Y").date()
                rows.append((cells[0], body[i], due, body[i + 2]))
    return rows


def deck_month(month_title, place):
    """Bullets under a place heading on the look-ahead slide titled month_title."""
    slide = next(t for t in U[DECK].values() if t.splitlines()[0] == month_title).splitlines()
    out, inside = [], False
    for line in slide[1:]:
        if "\u2013" not in line:
            inside = line == place
        elif inside:
            out.append(line)
    return out


def check_dates():
    rows = tracker_rows()
    in_month = lambda p, y, m: sorted(t for c, t, d, _ in rows  # noqa: E731
                                      if c.startswith(p) and isinstance(d, date) and (d.year, d.month) == (y, m))
    assert in_month("HAT", 2018, 3) == ["First invitations to smokers aged 55-74", "Remaining two neighbourhood teams "
                                        "live", "Shared caseload system in place"]
    assert sorted(b.split(": ", 1)[1] for b in deck_month("March 2018", "Hatchmoor")) == in_month("HAT", 2018, 3)
    assert in_month("TOL", 2018, 4) == ["Extended access live across all 14 Tollerby practices", "See and Treat goes "
                                        "live"]
    assert len(deck_month("April 2018", "Tollerby Coast")) == 2
    log = norm("\n".join(U[LOG].values()))
    assert "go-live moved from w/c 23 april 2018 to w/c 4 june 2018" in log  # so only TOL1 is left in April
    overdue = sorted(c for c, _, d, s in rows if c.startswith("KEL") and isinstance(d, date)
                     and d < date(2018, 1, 22) and s != "Complete")
    assert overdue == ["KEL3", "KEL4"], overdue
    meetings = re.search(r"25 January, 29 March, 31 May and 26 July 2018", "\n".join(U[BOOK].values()))
    assert meetings
    for d in (date(2018, 1, 25), date(2018, 3, 29), date(2018, 5, 31), date(2018, 7, 26)):
        assert d.weekday() == 3 and (d + timedelta(days=7)).month != d.month, d  # last Thursday of the month
    assert min(d for d in (date(2018, 1, 25), date(2018, 3, 29)) if d > date(2018, 2, 10)) == date(2018, 3, 29)
    for wc in (date(2018, 2, 5), date(2018, 3, 12), date(2018, 1, 8), date(2018, 4, 23), date(2018, 6, 4),
               date(2018, 3, 19), date(2018, 4, 16)):
        assert wc.weekday() == 0, wc
    assert date(2018, 2, 23).weekday() == 4 and date(2018, 2, 12).weekday() == 0


def check_risks_and_money():
    page3 = U[ANNEX][3].splitlines()
    risks = {}
    for i, line in enumerate(page3):
        if re.fullmatch(r"R\d\d", line):
            risks[line] = int(page3[i + 3]) * int(page3[i + 4])
    assert len(risks) == 11
    assert sorted(r for r, s in risks.items() if s >= 15) == ["R01", "R04", "R08", "R10"]
    assert max(risks, key=risks.get) == "R08" and sorted(risks.values())[-2] < risks["R08"]
    assert "15 or more is escalated to the partnership board" in norm(U[ANNEX][1])
    page2 = U[ANNEX][2].splitlines()
    value = lambda s: -float(s[1:-1]) if s.startswith("(") else float(s)  # noqa: E731
    table = {}
    for i, line in enumerate(page2):
        if line.startswith(("NHS ", "Kelstow University", "Ravensmere & Tollerby", "Northmarch", "System total")):
            table[line] = [value(v) for v in page2[i + 1:i + 6]]
    orgs = [v for k, v in table.items() if k != "System total"]
    assert len(orgs) == 6
    assert all(round(sum(o[y] for o in orgs), 1) == table["System total"][y] for y in range(5))
    assert table["NHS Tollerby CCG"][2] == -2.4 and table["System total"][0] == -41.7
    assert 281 + 66 == 347 and 347 - 198 - 131 == 18 and round(4.1 + 3.5 + 3.0 + 2.7 + 2.3 + 2.0, 1) == 17.6
    assert round(3.5 + 2.7, 1) == 6.2 and 402600 + 233900 + 176400 + 151300 == 964200


def check_absences():
    for word in (r"mileage", r"milage", r"wi-?fi", r"password", r"\bflu\b", r"vaccin", r"nhsmail", r"\bdbs\b",
                 r"criminal", r"expenses", r"stroke", r"parking"):
        assert not re.search(word, EVERYTHING), word
    book = [norm(t) for t in U[BOOK].values()]
    assert [t for t in book if "population health management" in t] == ["population health management. chair to "
                                                                        "be confirmed"]
    assert [t for t in book if "communications and engagement lead" in t][0].endswith(
        "vacant (interim cover from the ccg communications team)")
    tollerby_golive = [t for u in U.values() for t in u.values() if "go-live in tollerby" in norm(t)]
    assert len(tollerby_golive) == 1 and "Go-live in Tollerby | TBC" in tollerby_golive[0]
    assert not re.search(r"capital[^.\n|]*£|£[^.\n|]*capital", EVERYTHING)


def check_items():
    assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
    facts = {}
    for i in ITEMS:
        facts.setdefault(i["fact"], []).append(i["phrasing"])
    assert len(facts) == 60 and all(v == list(PHRASINGS) for v in facts.values())
    for i in ITEMS:
        assert (i["answer_any"] == []) == i["expect_no_answer"]
        if i["as_of"]:
            datetime.strptime(i["as_of"], "%Y-%m-%d")


def main():
    check_mustdo()
    check_dates()
    check_risks_and_money()
    check_absences()
    check_items()
    with open(HERE / "questions.jsonl", "w") as f:
        for item in ITEMS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    kinds = {}
    for item in ITEMS:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    print(f"wrote {len(ITEMS)} questions, {len(ITEMS) // 3} facts; by kind {kinds}")


if __name__ == "__main__":
    main()
