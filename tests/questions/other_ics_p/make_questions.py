"""Write questions.jsonl for the Hythewold & Saltmarsh STP papers, checking every gold answer first.

Every fact is asked three ways (formal, chat, indirect). For each answerable item the source is located by an
anchor string in the text that extract.py reads back from the real file (pypdf, python-docx, python-pptx,
openpyxl); source.lines is the unit where the anchor is (plus `extra` following units). Then, for every answer
group, the FIRST alternative (the paper's own wording) must occur in that window and the other alternatives are
accepted renderings. The derived facts (must-do gaps, relative windows, red lists, totals) are recomputed from
the extracted text, and for unanswerable items the absence is checked over the text of every paper.
Any failure raises AssertionError: nothing is written.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
from datetime import date
from pathlib import Path

import extract
from extract import norm

HERE = Path(__file__).resolve().parent

SUMMARY = "01_HSSTP_Summary_Plan_Oct2016.pdf"
HC_LDP = "02_Hythewold_City_LDP_v0.9_Sept2016.docx"
SV_LDP = "03_Saltmarsh_Vale_LDP_Delivery_Timeline.docx"
MUSTDO = "04_Local_Priorities_by_Must-Do_Annex_C.pdf"
TRACKER = "05_HSSTP_Programme_Tracker_2017-01-06.xlsx"
BOARD = "06_STP_Programme_Board_Paper_2016-12-08.pdf"
DECK = "07_HSSTP_Programme_on_a_Page_and_Risk_Heat_Map.pptx"
NOTE = "08_Programme_Executive_note_2017-01-09.md"
ALL = [SUMMARY, HC_LDP, SV_LDP, MUSTDO, TRACKER, BOARD, DECK, NOTE]

UNITS = {name: extract.units(name) for name in ALL}
EVERYTHING = "\n".join(norm(t) for name in ALL for t in UNITS[name].values())

ITEMS = []


def src(file, anchor, where, extra=0, sheet=None):
    """Locate `anchor` in the file's units; return the source record and the window's text."""
    units = UNITS[file]
    keys = [k for k in units if sheet is None or str(k).startswith(sheet + "!")]
    hits = [k for k in keys if norm(anchor) in norm(units[k])]
    assert hits, f"anchor not found in {file}: {anchor!r}"
    first = hits[0]
    idx = keys.index(first)
    window_keys = keys[idx: idx + 1 + extra]
    num = (lambda k: int(str(k).split("!")[-1]))
    rec = {"file": file, "lines": [num(window_keys[0]), num(window_keys[-1])], "where": where}
    if sheet:
        rec["sheet"] = sheet
    rec["_window"] = "\n".join(norm(units[k]) for k in window_keys)
    return rec


def fact(fid, kind, shape, groups, source, phrasings, as_of=None, unanswerable=False):
    assert len(phrasings) == 3
    if not unanswerable:
        for g in groups:
            assert norm(g[0]) in source["_window"], f"{fid}: {g[0]!r} not in {source['file']} {source['lines']}"
    source = {k: v for k, v in source.items() if k != "_window"} if source else {"file": None, "lines": None,
                                                                                   "where": "off-topic"}
    for ph, q in zip(("formal", "chat", "indirect"), phrasings):
        ITEMS.append({
            "id": f"p-{fid}-{ph[0]}",
            "kind": kind,
            "question": q,
            "answer_any": [] if unanswerable else groups,
            "source": source,
            "as_of": as_of,
            "expect_no_answer": unanswerable,
            "fact": f"p-{fid}",
            "phrasing": ph,
            "shape": shape,
        })


def day(d, m, y, mon, short):
    """Renderings of a day date: '5 February 2018', '5 Feb 2018', '05/02/2018', '2018-02-05', ..."""
    return [f"{d} {mon} {y}", f"{d} {short} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}th {mon}", f"{mon} {d}", f"{d} {mon}", f"{d} {short}"]


# =============================================================================== owners (14)
fact("own-01", "owner", "role-holder", [["Rajagopal"]],
     src(SUMMARY, "Lead: Mr Anand Rajagopal", "summary Table 2, row S4 Acute Services Review: 'Lead: Mr Anand "
         "Rajagopal, Medical Director, HTH' inside the programme cell (also deck slide 2 'SRO:')", extra=0), (
    "Who leads the Acute Services Review programme in the Hythewold & Saltmarsh STP?",
    "who's leading the acute servcies review? need to ask about the stroke sites",
    "Our consultants want to know which senior person is in charge of the work to concentrate stroke, vascular and "
    "emergency surgery on fewer hospital sites. Who should they write to?"))
fact("own-03", "owner", "split-cell-owner", [["Quayle"]],
     src(SUMMARY, "Integrated", "summary Table 2, row S2 Integrated Neighbourhood Care: the row runs over the page "
         "break; the name is on page 1 and 'Lead: Bernadette Quayle, Chief Executive, Fenwick Community Health NHS "
         "Trust' on page 2 (also deck slide 2)", extra=1), (
    "Who leads the Integrated Neighbourhood Care programme?",
    "who's the lead for integrated neighbourhod care (S2)?",
    "Who is the senior person in charge of building the local teams of GPs, community nurses, therapists and social "
    "workers across the footprint?"))
fact("own-04", "owner", "role-holder", [["Pennock"]],
     src(HC_LDP, "Gareth Pennock, Chief Operating Officer, HTH", "Hythewold City LDP, HC1 key-facts table: "
         "'Scheme owner | Gareth Pennock, Chief Operating Officer, HTH'"), (
    "Who is the scheme owner for the Urgent Treatment Centre at Hythewold General Hospital?",
    "scheme ownr for the city UTC?",
    "Who is accountable for getting the new urgent treatment centre at the General built and opened?"))
fact("own-06", "owner", "renamed", [["Teague"]],
     src(HC_LDP, "Dr Owen Teague", "Hythewold City LDP, HC2 'Community Care Closer to Home' key-facts table: "
         "'Clinical lead | Dr Owen Teague, GP, Marlpit Lane Surgery'; renamed 'Home First' from 1 January 2017 by the "
         "Programme Board (board paper 2.2, which says the clinical lead is unchanged)"), (
    "Who is the clinical lead for Home First in Hythewold City?",
    "who's clinical lead on home first (the city one)? need a GP voice for the hub launhc",
    "Which GP is clinically leading the city's neighbourhood hubs scheme that was given a new name at the start of "
    "2017?"))
fact("own-07", "owner", "owner-changed", [["Doyle"]],
     src(NOTE, "From that date Kieran Doyle", "Programme Executive note of 9 January 2017, section 2: Dr Ruth "
         "Penhaligon starts a secondment on Monday 16 January 2017; 'From that date Kieran Doyle, Deputy Chief "
         "Operating Officer at HTH, is scheme owner' (the LDP and the tracker still name Penhaligon)", extra=1), (
    "Who is the scheme owner of the Hythewold City Frailty Pathway?",
    "who owns the fraitly pathway now? Ruth's on secondment isn't she",
    "I need someone to sign off the staffing paper for the city's acute frailty unit. The consultant who had it has "
    "gone to the clinical senate, so who is accountable for it now?"), as_of="2017-02-01")
fact("own-08", "owner", "owner-as-of", [["Penhaligon"]],
     src(NOTE, "Dr Ruth Penhaligon begins", "note of 9 January 2017: the handover to Kieran Doyle takes effect on "
         "Monday 16 January 2017; until then Dr Ruth Penhaligon remains scheme owner, as the Hythewold City LDP HC3 "
         "table and the tracker (HC3.1) give", extra=1), (
    "As of today, who holds the scheme owner role for the Frailty Pathway in Hythewold City?",
    "who's scheme owner for frailty this week? need sign-of before friday",
    "Before next week's handover takes effect, whose signature do I need on the city frailty index roll-out?"),
     as_of="2017-01-10")
fact("own-09", "owner", "chair", [["Oduya"]],
     src(SUMMARY, "chaired by", "summary section 3: 'The STP Programme Board ... is chaired by Margaret Oduya, "
         "Independent Chair' (also board paper header 'Chair: Margaret Oduya')"), (
    "Who chairs the STP Programme Board?",
    "who chairs the STP prog board? sending the papers for thursdy",
    "Whose name goes on the covering letter to the person who runs the meetings of the footprint's main "
    "programme board?"))
fact("own-10", "owner", "appointment", [["Lace"]],
     src(BOARD, "appointed Dr Fiona Lace", "board paper 8 December 2016, paragraph 2.3 (APPOINTMENT): Dr Fiona Lace "
         "appointed Chair of the STP Clinical Board, succeeding Dr Peter Valance"), (
    "Who was appointed Chair of the STP Clinical Board?",
    "who chairs the clinical board now Peter V has stod down? stp-wide one, not a CCG",
    "The clinicians' group that reviews the hospital changes has a new person running it since Dr Valance left. "
    "Who is it?"))
fact("own-11", "owner", "role-holder", [["Ashworth"]],
     src(SUMMARY, "Julian Ashworth", "summary section 3: 'Julian Ashworth, Chief Officer of NHS Hythewold City CCG, "
         "is the STP Lead and the Senior Responsible Officer for the plan'"), (
    "Who is the STP Lead and Senior Responsible Officer for the Hythewold & Saltmarsh STP?",
    "who's the overal SRO for the STP?",
    "If NHS England wants the one person accountable for our whole five-year plan, who is that?"))
fact("own-12", "owner", "role-holder", [["Brannigan"]],
     src(SV_LDP, "Dr Colm Brannigan", "Saltmarsh Vale LDP, 'Our priorities and who leads them': 'SV2 MSK Triage "
         "Service. Dr Colm Brannigan ... is both scheme owner and clinical lead' (also tracker SV2.1)"), (
    "Who is the scheme owner for the MSK Triage Service in Saltmarsh Vale?",
    "who's leading MSK triage in the Vale? physio team asking about the go-live dte",
    "Our physiotherapists in the Vale want to talk to whoever is responsible for the new service that sorts all "
    "back, joint and muscle referrals. Who is that?"))
fact("own-13", "owner", "risk-owner", [["Pickersgill"]],
     src(DECK, "Dawn Pickersgill", "deck slide 4 'Top risks and owners', row R4 Social care market: owner 'Dawn "
         "Pickersgill, Director of Adult Social Care, Fenwick County Council'"), (
    "Who owns the STP risk that care home and domiciliary care providers leave the market?",
    "owner of the social care markt risk (R4) on the heat map deck?",
    "Homecare agencies on the coast are threatening to hand back their contracts. Which named person on the STP's "
    "top-risks list answers for that?"))
fact("own-14", "owner", "tracker-owner", [["Felgate"]],
     src(TRACKER, "RTT 92% incomplete standard recovered", "tracker, Milestones row CR4.2 'RTT 92% incomplete "
         "standard recovered', Milestone owner 'Stuart Felgate', RAG R", sheet="Milestones"), (
    "Who owns the milestone to recover the 92% referral-to-treatment standard in Carrbeck & Ruddings?",
    "who owns the RTT 92% recovery milestone in carrbeck? it's red on the trackr",
    "The 18-week waiting-time recovery in Carrbeck is off track. Who is named against it on the programme "
    "tracker?"))
fact("own-15", "owner", "action-owner", [["Sehmbi"]],
     src(NOTE, "Amrit Sehmbi", "note of 9 January 2017: action '- [ ] Update the tracker and the Hythewold City LDP "
         "for both changes (AS, by 13/01/2017)'; AS is resolved in the 'On the call' line as Amrit Sehmbi, PMO",
         extra=22), (
    "Who is responsible for updating the tracker and the Hythewold City LDP after the changes agreed on 9 January "
    "2017?",
    "who's got the action to updaet the tracker after the 9 jan prog exec call?",
    "After the UTC date and the frailty owner changed, someone was asked to bring the plan documents up to date. "
    "Who?"))
fact("own-16", "owner", "chair", [["Whitlock"]],
     src(HC_LDP, "Councillor Denise Whitlock", "Hythewold City LDP section 1: 'The Hythewold City LDP Board is "
         "chaired by Councillor Denise Whitlock, Chair of the Hythewold City Health and Wellbeing Board'"), (
    "Who chairs the Hythewold City LDP Board?",
    "who chiars the city LDP board? a cllr isn't it",
    "Which councillor runs the meetings of the local delivery board for the city?"))

# =============================================================================== milestones (13)
fact("ms-01", "milestone", "moved-date", [day(5, 2, 2018, "February", "Feb")],
     src(NOTE, "Monday 5 February 2018", "note of 9 January 2017, section 2: 'the UTC will now open on Monday 5 "
         "February 2018 (was 1 December 2017)'; the LDP (HC1) and the tracker (HC1.3) still give 1 December 2017",
         extra=1), (
    "When will the Urgent Treatment Centre at Hythewold General Hospital open?",
    "when does the city UTC open now? heard it slipped from decmber",
    "GPs keep asking when they can start sending patients to the new urgent treatment centre at the General. "
    "What's the date?"))
fact("ms-02", "milestone", "fy-column-month", [["Jan", "January"], ["2017/18", "2018", "17/18"]],
     src(SV_LDP, "Priority | 2016/17 | 2017/18", "Saltmarsh Vale timeline table, row SV1 Vale Urgent Care Hub, column 2017/18: "
         "'Jun: building works start / Jan: hub opens'; a January in the 2017/18 column is January 2018 (lines: the header row and the SV1 row)", extra=1), (
    "When does the Vale Urgent Care Hub open?",
    "vale urgent care hub - when's it opning?",
    "When will the walk-in centre, GP out-of-hours and minor injuries be under one roof at the Saltmarsh District "
    "General site?"))
fact("ms-03", "milestone", "fy-column-month", [["Mar", "March"], ["2020/21", "2021", "20/21"]],
     src(SV_LDP, "Priority | 2016/17 | 2017/18", "Saltmarsh Vale timeline table (header row to row SV4 IAPT "
         "expansion), column 2020/21: 'Mar: 25% access' (March 2021)", extra=4), (
    "By when will Saltmarsh Vale reach 25% IAPT access?",
    "when does the vale hit 25% IAPT acess?",
    "By when should the Vale's talking therapies service be seeing a quarter of the people who could benefit?"))
fact("ms-04", "milestone", "moved-in-tracker",
     [["2017-11-30", "30 November 2017", "30/11/2017", "30 Nov 2017", "30/11/17", "November 2017", "Nov 2017",
       "Nov-17", "30th November"]],
     src(TRACKER, "New triage service live", "tracker row SV2.1: Baseline 30/09/2017, Forecast 30/11/2017 (date "
         "cells); Changes log 02/12/2016 'Go-live moved from 30/09/2017 to 30/11/2017'; the Vale timeline still says "
         "'Sep' in 2017/18", sheet="Milestones"), (
    "When will the new MSK triage service in Saltmarsh Vale go live?",
    "MSK triage go live date (vale)? physios think it's sept but heard it movd",
    "Vale GPs want to know from when they should send back and joint referrals to the new single triage point. "
    "When does it start?"))
fact("ms-05", "milestone", "multi-date", [["June"], ["September", "Sept", "Sep"]],
     src(SUMMARY, "June to September 2017", "summary Table 2, row S4: 'June to September 2017 - 12-week public "
         "consultation' (also board paper 2.1)"), (
    "When will the public consultation on the Acute Services Review take place?",
    "acute services review consultaton dates?",
    "When will the public get their 12-week say on moving stroke and vascular services?"))
fact("ms-06", "milestone", "moved-quarter",
     [["Q4 2017/18", "Quarter 4 2017/18", "Q4 17/18", "Qtr 4 2017/18", "January to March 2018", "Jan-Mar 2018",
       "March 2018"]],
     src(TRACKER, "Ward 3 reprovided", "tracker row CR1.2: Baseline 'Q3 2017/18', Forecast 'Q4 2017/18'; Changes "
         "log 15/12/2016 'moved from Q3 2017/18 to Q4 2017/18'", sheet="Milestones"), (
    "When is Ward 3 at Ruddings Community Hospital due to be reprovided as a step-up/step-down unit?",
    "when's ruddngs ward 3 step up/step down due now? wasn't it Q3",
    "When will the Ruddings ward be turned into the unit for patients stepping up from home or down from "
    "hospital?"))
fact("ms-07", "milestone", "relative-next", [day(9, 2, 2017, "February", "Feb")],
     src(BOARD, "Thursday 9 February 2017", "board paper 8 December 2016, paragraph 4.1: meetings on Thursday 12 "
         "January, Thursday 9 February and Thursday 9 March 2017; after 20 January the next is 9 February",
         extra=0), (
    "When is the next meeting of the STP Programme Board?",
    "when's the next prog bord? need to get papers in",
    "I have a paper for the footprint's main board. What's the date of its next meeting, so I can work back from "
    "the deadline?"), as_of="2017-01-20")
fact("ms-08", "milestone", "relative-window",
     [["Diabetes Prevention", "NDPP", "diabetes"], ["Options appraisal", "Ruddings"],
      ["advice & guidance", "advice and guidance", "referral management", "A&G"]],
     src(TRACKER, "CR1.1", "tracker rows CR1.1 (22/02/2017), CR3.1 (16/01/2017) and CR4.1 (31/03/2017): the "
         "Carrbeck & Ruddings milestones forecast in Q4 2016/17 (January to March 2017)", extra=4,
         sheet="Milestones"), (
    "Which Carrbeck & Ruddings milestones are due this quarter?",
    "what's due in carrbek this qtr? doing the LDP board pack",
    "For Carrbeck, what has to be delivered between now and the end of March?"), as_of="2017-01-10")
fact("ms-09", "milestone", "relative-window",
     [["streaming"], ["2017-01-30", "30 January", "30/01/2017", "30 Jan", "30th January", "30/01/17"]],
     src(TRACKER, "GP streaming live at Fenwick General", "tracker row FC2.1 'GP streaming live at Fenwick General "
         "emergency department', forecast 30/01/2017: the only Fenwick Coast milestone in January 2017",
         sheet="Milestones"), (
    "What is due in Fenwick Coast this month?",
    "anything due on the coast this mnth?",
    "I'm writing the Coast's update for the end-of-January board. Which deliverables fall due before the month is "
    "out?"), as_of="2017-01-20")
fact("ms-10", "milestone", "milestone-month", [["Feb"], ["2017"]],
     src(SUMMARY, "Feb 2017", "summary Table 2, row S4: 'Feb 2017 - pre-consultation business case submitted to NHS "
         "England for assurance' (board paper 2.1 'February 2017'; tracker S4.1 28/02/2017)"), (
    "When will the Acute Services Review pre-consultation business case be submitted to NHS England?",
    "when does the PCBC go to NHSE for assurence?",
    "When does the case for changing the acute hospitals go to the national body for checking, before the public "
    "are consulted?"))
fact("ms-11", "milestone", "milestone-quarter",
     [["Qtr 3 2017/18", "Q3 2017/18", "Quarter 3 2017/18", "Q3 17/18", "October to December 2017", "Oct-Dec 2017",
       "December 2017"]],
     src(SUMMARY, "Qtr 3 2017/18", "summary Table 2, row S6 Cancer: 'Qtr 3 2017/18 - 62-day standard of 85% met and "
         "sustained' (October to December 2017)"), (
    "By when does the Cancer programme expect to meet and sustain the 62-day standard?",
    "when do we hit 85% on cancer 62 day? STP trajectry",
    "When should we expect patients urgently referred with suspected cancer to be starting treatment within two "
    "months at the target rate, consistently?"))
fact("ms-12", "milestone", "renamed",
     [["March 2019", "Mar 2019", "Mar-19", "2019-03-31", "31/03/2019", "31 March 2019", "03/2019"]],
     src(HC_LDP, "March 2019 \u2013 all nine hubs live", "Hythewold City LDP, HC2 Community Care Closer to Home, key "
         "milestones: 'March 2019 - all nine hubs live' (tracker HC2.2 under the new name Home First, shown "
         "'Mar-19')"), (
    "When will all nine Community Care Closer to Home hubs be live?",
    "CCCtH - when are all 9 hubs live? (the city one, before it was renamd)",
    "By when should every city neighbourhood have its community care hub open?"))
fact("ms-13", "milestone", "split-row-milestone", [["March 2020", "Mar 2020", "03/2020"]],
     src(SUMMARY, "March 2020", "summary Table 2, row S2 Integrated Neighbourhood Care, continued on page 2 after "
         "the page break: 'March 2020 - all 36 teams working to one common specification'"), (
    "When will all 36 neighbourhood teams be working to one common specification?",
    "when do all 36 nbhd teams work to a common spec? (INC programe)",
    "By when should every neighbourhood team across the footprint be running to the same model?"))

# =============================================================================== must-dos (9)
MD = {
    2: ["must-do 2", "must do 2", "MD2", "mustdo 2", "financial balance"],
    3: ["must-do 3", "must do 3", "MD3", "mustdo 3", "general practice", "GP sustainability"],
    5: ["must-do 5", "must do 5", "MD5", "mustdo 5", "RTT", "referral to treatment", "18 weeks"],
    6: ["must-do 6", "must do 6", "MD6", "mustdo 6", "cancer", "62-day", "62 day"],
    7: ["must-do 7", "must do 7", "MD7", "mustdo 7", "mental health", "IAPT"],
    8: ["must-do 8", "must do 8", "MD8", "mustdo 8", "learning disab"],
    4: ["must-do 4", "must do 4", "MD4", "mustdo 4", "A&E", "ambulance"],
}
GAP_WHERE = ("Annex C has one table per must-do listing the LDP priorities that address it; an area not listed "
             "under a must-do has no local priority for it (stated in the preamble)")
fact("md-01", "mustdo", "mustdo-gap", [MD[5], MD[6], MD[8]],
     src(MUSTDO, "Must-do 5", GAP_WHERE + ": Hythewold City (HC) is absent from the tables of must-dos 5, 6 and 8 "
         "(note to 6: relies on STP programme S6)", extra=1), (
    "Which national must-dos does Hythewold City not cover with a local priority?",
    "which must dos has the city LDP got no priorty for?",
    "Looking at the city's local plan against the nine national requirements for 2016/17, where are the holes?"))
fact("md-02", "mustdo", "mustdo-gap", [MD[3], MD[7]],
     src(MUSTDO, "Must-do 3", GAP_WHERE + ": Carrbeck & Ruddings (CR) is absent from the tables of must-dos 3 and 7",
         extra=1), (
    "Which of the nine must-dos does Carrbeck & Ruddings not address with any local priority?",
    "carrbeck - which must-dos aren't coverd?",
    "Which national 2016/17 requirements has Carrbeck got nothing of its own lined up for?"))
fact("md-03", "mustdo", "mustdo-gap", [MD[2], MD[8]],
     src(MUSTDO, "Must-do 2", GAP_WHERE + ": Fenwick Coast (FC) is absent from the tables of must-dos 2 and 8",
         extra=1), (
    "Which must-dos have no Fenwick Coast priority against them?",
    "the coast LDP - gaps againts the 9 must dos?",
    "Where does the Coast's plan fall short of the national list of nine things every area had to deliver in "
    "2016/17?"))
fact("md-04", "mustdo", "mustdo-topic", [["CR4", "Elective Pathway"], ["FC4", "Cancer Early Diagnosis"]],
     src(MUSTDO, "Must-do 6", "Annex C page 2, table 'Must-do 6 - Cancer: the 62-day waiting standard': CR4 "
         "Elective Pathway Redesign (Supporting), FC4 Cancer Early Diagnosis (Primary)"), (
    "Which local priorities address the cancer 62-day standard?",
    "which LDP priorites cover cancer 62 day?",
    "Which of the areas' own schemes will help get people with suspected cancer treated within two months?"))
fact("md-05", "mustdo", "mustdo-primary", [["SV4", "IAPT"], ["FC3", "Perinatal"]],
     src(MUSTDO, "Must-do 7", "Annex C page 2, table 'Must-do 7 - Mental health access standards (EIP and IAPT)': "
         "SV4 IAPT Expansion and FC3 Perinatal & Crisis Mental Health are Primary; HC5 is Supporting"), (
    "Which local priorities are the primary means of delivering the mental health access standards must-do?",
    "which priorities are 'primary' for must do 7 (MH acess)?",
    "Which local schemes are the main vehicles for hitting the national targets on early psychosis care and "
    "talking therapies?"))
fact("md-06", "mustdo", "mustdo-topic",
     [["HC4", "GP Resilience"], ["FC1", "Coastal Primary Care"], ["HC2", "Community Care Closer to Home",
                                                                    "Home First"]],
     src(MUSTDO, "Must-do 3", "Annex C page 1, table 'Must-do 3 - Sustainability and quality of general practice': "
         "HC4 (Primary), HC2 (Supporting), FC1 (Primary)"), (
    "Which local priorities address the general practice sustainability must-do?",
    "which priorities cover GP sustanability (must do 3)?",
    "Which of our local schemes are meant to help keep GP practices going?"))
fact("md-07", "mustdo", "mustdo-primary",
     [["HC1", "Urgent Treatment Centre"], ["HC3", "Frailty"], ["SV1", "Vale Urgent Care Hub"],
      ["FC2", "Front Door", "streaming"]],
     src(MUSTDO, "Must-do 4", "Annex C page 1, table 'Must-do 4 - A&E and ambulance access standards': Primary "
         "HC1, HC3, SV1, FC2; Supporting HC2, HC4, CR2, FC1"), (
    "Which local priorities are marked Primary against the A&E and ambulance must-do?",
    "A&E must do - which prioritys are primary?",
    "Which local schemes are the main ones expected to get four-hour waits and ambulance response times back on "
    "track?"))
fact("md-08", "mustdo", "mustdo-primary", [["CR1", "Ruddings Community Hospital"]],
     src(MUSTDO, "Must-do 9", "Annex C page 2, table 'Must-do 9 - Quality improvement, including organisations in "
         "special measures': CR1 Ruddings Community Hospital Redesign is the only Primary (HC1, SV3, FC3 "
         "Supporting)", extra=1), (
    "Which local priority is the primary vehicle for the quality and special measures must-do?",
    "must-do 9 (quality/special measurs) - which priority is primary?",
    "Which local scheme carries most of the weight on improving quality where services have been rated "
    "inadequate?"))
fact("md-09", "mustdo", "mustdo-renamed",
     [MD[2], MD[3], MD[4]],
     src(MUSTDO, "Must-do 2", "Annex C (dated before the rename) lists HC2 'Community Care Closer to Home' under "
         "must-dos 2 (Primary), 3 and 4 (Supporting); the board paper 2.2 renames HC2 'Home First'"), (
    "Which must-dos does Home First contribute to?",
    "which must dos does home first (city) count agianst?",
    "For the city's neighbourhood hubs scheme, which of the nine national requirements is it lined up against?"))

# =============================================================================== facts and figures (10)
fact("fig-01", "fact", "figure", [["1,284,600", "1284600", "1.28 million", "1.28m", "1.3 million"]],
     src(SUMMARY, "1,284,600", "summary section 1: 'a registered population of 1,284,600 people'"), (
    "What is the registered population of the Hythewold & Saltmarsh STP footprint?",
    "what's the footprint popualtion?",
    "How many people does our STP cover? It's for the intro slide."))
fact("fig-02", "fact", "figure", [["571"]],
     src(SUMMARY, "£571m", "summary section 2: 'a combined health and care funding gap of £571m by 2020/21' (also "
         "board paper 3.1)"), (
    "What is the 'do nothing' funding gap for the footprint by 2020/21?",
    "do nothing gap by 20/21 - how mnay £m?",
    "If we changed nothing, how much money would health and care here be short by the end of the five-year plan?"))
fact("fig-03", "fact", "figure", [["103"]],
     src(SUMMARY, "£103m in adult social care", "summary section 2: '£468m in the NHS and £103m in adult social "
         "care' (also board paper 3.1)"), (
    "How much of the 2020/21 do-nothing gap is in adult social care?",
    "socail care bit of the gap? £m",
    "Of the money the system would be short in five years' time, how much falls on the councils' care budgets?"))
fact("fig-04", "fact", "figure", [["48"]],
     src(BOARD, "residual gap of £48m", "board paper 8 December 2016, paragraph 3.1: '... leaving a residual gap of "
         "£48m by 2020/21'"), (
    "What residual gap remains by 2020/21 after business-as-usual efficiency and the nine STP programmes?",
    "reisdual gap after BAU + the programmes? (dec board paper)",
    "Even after all the savings schemes and normal efficiency, how much are we still short at the end of the "
    "plan?"))
fact("fig-05", "fact", "figure", [["31.6"]],
     src(BOARD, "£31.6m", "board paper 8 December 2016, paragraph 3.2: 'The footprint's STF allocation for 2017/18 is "
         "£31.6m'"), (
    "What is the footprint's Sustainability and Transformation Fund allocation for 2017/18?",
    "STF allocaton for 17/18?",
    "How much central transformation money has the footprint been allocated for 2017/18?"))
fact("fig-06", "fact", "comparison", [["Acute Services Review", "S4"], ["97"]],
     src(BOARD, "S4 Acute Services Review", "board paper Table 1 (net savings by programme, £m, cumulative): S4 Acute "
         "Services Review 97.0 in 2020/21, the largest of the nine (total 316.0 on page 2)"), (
    "Which STP programme is expected to deliver the largest saving by 2020/21, and how much?",
    "which programe saves the most by 20/21?",
    "Of the nine programmes, which one carries the biggest chunk of the savings at the end of the plan, and how "
    "big is it?"))
fact("fig-07", "fact", "figure", [["3.2"]],
     src(HC_LDP, "£3.2m capital", "Hythewold City LDP, HC1 key-facts table: 'Investment | £3.2m capital / £1.1m "
         "recurrent from 2018/19'"), (
    "How much capital investment does the Urgent Treatment Centre at Hythewold General need?",
    "captial for the city UTC? £m",
    "What's the building cost we've put down for the new urgent treatment centre at the General?"))
fact("fig-08", "fact", "renamed",
     [["Home First"], ["1 January 2017", "1 Jan 2017", "01/01/2017", "2017-01-01", "January 2017", "1st January"]],
     src(BOARD, "renamed \"Home First\"", "board paper 8 December 2016, paragraph 2.2 (DECISION): 'Community Care "
         "Closer to Home' (HC2) renamed 'Home First' with effect from 1 January 2017 (tracker Changes log "
         "08/12/2016)"), (
    "What was Community Care Closer to Home renamed to, and from when?",
    "CCCtH got renmaed - what to and from when?",
    "The city's neighbourhood hubs scheme has a new name in this year's papers. What is it, and when did it "
    "change?"))
fact("fig-10", "fact", "figure", [["36"]],
     src(SUMMARY, "36 neighbourhood teams", "summary Table 2, row S2: '36 neighbourhood teams of GPs, community "
         "nurses, therapists and social workers' (deck slide 2)"), (
    "How many neighbourhood teams does the Integrated Neighbourhood Care programme plan?",
    "how many nbhd teams in the INC programm?",
    "Into how many local GP-and-community teams is the footprint being carved up?"))
fact("fig-12", "fact", "figure", [["58"]],
     src(TRACKER, "Team covers all 58 care homes", "tracker row CR2.1: 'Team covers all 58 care homes', due "
         "30/06/2017", sheet="Milestones"), (
    "How many care homes will the Carrbeck & Ruddings Care Home Support Team cover?",
    "how many care homse does the carrbeck CHST cover?",
    "Once the care home support team in Carrbeck is fully rolled out, how many homes will it reach?"))

# =============================================================================== lists (4)
fact("list-01", "list", "list",
     [["Hythewold City"], ["Carrbeck & Ruddings", "Carrbeck and Ruddings", "Carrbeck"], ["Saltmarsh Vale"],
      ["Fenwick Coast"]],
     src(SUMMARY, "four Local Delivery Plan (LDP) areas", "summary section 1, the table of LDP areas", extra=0), (
    "What are the four Local Delivery Plan areas of the STP?",
    "waht are the 4 LDP areas?",
    "Into which local patches is the footprint split for delivery?"))
fact("list-02", "list", "filter",
     [["R1", "workforce"], ["R2", "finance"], ["R6", "estates"], ["R7", "primary care"]],
     src(DECK, "Risk heat map: residual risk", "deck slide 3: the heat map places R2 at likelihood 4 x impact 5 (20), R1 at 4 x 4 "
         "(16), R6 at 3 x 5 (15) and R7 at 5 x 3 (15); the key says red is 15 to 25; scores are not written "
         "anywhere"), (
    "Which risks sit in the red zone of the STP risk heat map?",
    "which risks are red on the heat mpa?",
    "For the board, which of our top risks come out most serious once likelihood and impact are put together?"))
fact("list-03", "list", "filter", [["Single point of access", "HC5", "children"], ["RTT", "CR4", "92%"]],
     src(TRACKER, "HC5.1", "tracker Milestones, RAG column: R on HC5.1 'Single point of access live' and CR4.2 'RTT "
         "92% incomplete standard recovered' (RAG key: R = off track)", extra=6, sheet="Milestones"), (
    "Which milestones are rated Red on the programme tracker?",
    "what's red on the trakcer?",
    "Which deliverables are off track according to the latest programme tracker?"))
fact("list-04", "list", "multi-date",
     [day(12, 1, 2017, "January", "Jan"), day(9, 2, 2017, "February", "Feb"), day(9, 3, 2017, "March", "Mar")],
     src(BOARD, "next meet on", "board paper 8 December 2016, paragraph 4.1: 'Thursday 12 January 2017, Thursday 9 "
         "February 2017 and Thursday 9 March 2017'"), (
    "What are the dates of the next three STP Programme Board meetings set out in the December 2016 board paper?",
    "prog board dtaes for jan-mar 2017?",
    "I need to block out the footprint board meetings for the first quarter of 2017. Which days are they?"))

# =============================================================================== unanswerable (10)
fact("un-01", "unanswerable", "near-miss", [],
     src(BOARD, "Programme Director post", "near miss: the STP Programme Director post is vacant (summary section "
         "3 'being recruited'; board paper 2.6 'did not result in an appointment'; note action to re-advertise)"), (
    "Who is the STP Programme Director?",
    "who's the STP prog directr? need them for the PMO mtg",
    "Who runs the STP's programme office day to day as its director?"), unanswerable=True)
fact("un-02", "unanswerable", "near-miss", [],
     src(HC_LDP, "To be confirmed", "near miss: Hythewold City LDP, HC5 key-facts table 'Clinical lead | To be "
         "confirmed'; tracker HC5.1 'Recruitment to clinical lead post unsuccessful'"), (
    "Who is the clinical lead for Children and Young People's Mental Health in Hythewold City?",
    "CYP MH clincal lead in the city?",
    "Which clinician is leading the city's work on children's mental health services?"), unanswerable=True)
fact("un-03", "unanswerable", "near-miss", [],
     src(BOARD, "do nothing", "near miss: the do-nothing gap is given only for 2020/21 (£571m); Table 1 gives "
         "savings, not the gap, by year"), (
    "What is the footprint's do-nothing funding gap in 2018/19?",
    "do nothing gap for 18/19 specifcally?",
    "Halfway through the plan, how big would the shortfall be if we did nothing?"), unanswerable=True)
fact("un-04", "unanswerable", "near-miss", [],
     src(NOTE, "UTC will now open", "near miss: the only urgent treatment centre is at Hythewold General (HC1); "
         "Fenwick Coast has A&E front door streaming (FC2) and primary care hubs (FC1), no UTC"), (
    "When will the Fenwick Coast Urgent Treatment Centre open?",
    "when does the fenwick UTC opn?",
    "When can people on the Coast start using their own urgent treatment centre?"), unanswerable=True)
fact("un-05", "unanswerable", "near-miss", [],
     src(SUMMARY, "Chief Clinical Information Officer", "near miss: a Chief Clinical Information Officer 'will be "
         "appointed during 2017/18' (summary section 3 and row S7); no one is named"), (
    "Who is the footprint's Chief Clinical Information Officer?",
    "who's our CCIO? for the shared care recrod",
    "Which senior clinician is the footprint's lead for the clinical side of its IT systems?"), unanswerable=True)
fact("un-06", "unanswerable", "near-miss", [],
     src(SV_LDP, "Costs are set out in the STP financial annex", "near miss: the Vale LDP gives no costs ('Costs are "
         "set out in the STP financial annex', which is not among the papers); no paper gives a cost for the hub"), (
    "What is the capital cost of the Vale Urgent Care Hub?",
    "how much captal for the vale urgent care hub?",
    "How much will it cost to build the new combined urgent care centre in the Vale?"), unanswerable=True)
fact("un-07", "unanswerable", "off-topic", [], None, (
    "How do I submit a mileage claim?",
    "how do i clam mileage for LDP visits?",
    "I drove to three practices last week for the hub work. How do I get paid back for the petrol?"),
     unanswerable=True)
fact("un-08", "unanswerable", "off-topic", [], None, (
    "When is the staff flu vaccination clinic?",
    "when's the staff flu jab clinc?",
    "Where can I get my winter jab at work this year?"), unanswerable=True)
fact("un-09", "unanswerable", "off-topic", [], None, (
    "How do I reset my NHSmail password?",
    "locked out of nhs mail, how do i reset my pasword?",
    "I can't get into my work email account. What do I do?"), unanswerable=True)
fact("un-10", "unanswerable", "off-topic", [], None, (
    "What is the dress code for the Christmas party?",
    "dres code for the xmas do?",
    "What should I wear to the end-of-year staff party?"), unanswerable=True)


# =============================================================================== derived checks
def sentences(text):
    return [s for s in re.split(r"(?<=[.;:])\s+|\n\s*\n", text) if s.strip()]


def check_mustdo_grid():
    """Rebuild coverage from Annex C's text: per must-do, which priority codes and roles are listed."""
    text = "\n".join(UNITS[MUSTDO].values())
    text = text.split("Priority key")[0]
    parts = re.split(r"Must-do (\d) \u2013", text)[1:]
    cov = {}
    for num, body in zip(parts[::2], parts[1::2]):
        body = re.sub(r"Annex C - version 2.*?\nPage \d\n", "", body)
        cov[int(num)] = dict(re.findall(r"\b((?:HC|CR|SV|FC)\d) [^\n]*(?:\n[^\n]*?)??\n(Primary|Supporting)", body))
        if int(num) == 1:
            assert body.count("LDP as a whole\nPrimary") == 4, body
    assert sorted(cov) == list(range(1, 10)), sorted(cov)
    areas = {"HC", "CR", "SV", "FC"}
    gaps = {a: sorted(n for n in range(2, 10) if not any(c.startswith(a) for c in cov[n])) for a in areas}
    assert gaps == {"HC": [5, 6, 8], "CR": [3, 7], "SV": [3, 6], "FC": [2, 8]}, gaps
    assert cov[6] == {"CR4": "Supporting", "FC4": "Primary"}, cov[6]
    assert {c for c, r in cov[7].items() if r == "Primary"} == {"SV4", "FC3"}, cov[7]
    assert set(cov[3]) == {"HC4", "HC2", "FC1"}, cov[3]
    assert {c for c, r in cov[4].items() if r == "Primary"} == {"HC1", "HC3", "SV1", "FC2"}, cov[4]
    assert [c for c, r in cov[9].items() if r == "Primary"] == ["CR1"], cov[9]
    assert sorted(n for n in range(1, 10) if "HC2" in cov[n]) == [2, 3, 4]
    assert cov[2]["HC2"] == "Primary"


def tracker_rows():
    import openpyxl
    ws = openpyxl.load_workbook(str(extract.PAPERS / TRACKER))["Milestones"]
    hdr = [c.value for c in ws[3]]
    return [dict(zip(hdr, [c.value for c in row])) for row in ws.iter_rows(min_row=4) if row[0].value]


def as_date(v):
    return v.date() if hasattr(v, "date") else None


def check_tracker():
    rows = tracker_rows()
    # relative window: Carrbeck, this quarter as of 10 Jan 2017 = Q4 2016/17 = Jan-Mar 2017
    q = [r["Ref"] for r in rows if r["LDP / STP"] == "Carrbeck & Ruddings" and as_date(r["Forecast due"])
         and date(2017, 1, 10) <= as_date(r["Forecast due"]) <= date(2017, 3, 31)]
    q += [r["Ref"] for r in rows if r["LDP / STP"] == "Carrbeck & Ruddings" and r["Forecast due"] == "Q4 2016/17"]
    assert sorted(q) == ["CR1.1", "CR3.1", "CR4.1"], q
    m = [r["Ref"] for r in rows if r["LDP / STP"] == "Fenwick Coast" and as_date(r["Forecast due"])
         and date(2017, 1, 1) <= as_date(r["Forecast due"]) <= date(2017, 1, 31)]
    assert m == ["FC2.1"], m
    assert not any(r["Forecast due"] in ("Q4 2016/17",) for r in rows if r["LDP / STP"] == "Fenwick Coast")
    red = [r["Ref"] for r in rows if r["RAG"] == "R"]
    assert red == ["HC5.1", "CR4.2"], red
    sv2 = next(r for r in rows if r["Ref"] == "SV2.1")
    assert as_date(sv2["Forecast due"]) == date(2017, 11, 30) and as_date(sv2["Baseline due"]) == date(2017, 9, 30)
    cr12 = next(r for r in rows if r["Ref"] == "CR1.2")
    assert cr12["Forecast due"] == "Q4 2017/18" and cr12["Baseline due"] == "Q3 2017/18"
    assert next(r for r in rows if r["Ref"] == "HC3.1")["Milestone owner"] == "Dr Ruth Penhaligon"


def check_heat_map():
    text = UNITS[DECK][3]
    grid = [line.split(" | ") for line in text.splitlines() if " | " in line]
    impacts = [int(c.split()[0]) for c in grid[0][1:]]
    scores = {}
    for row in grid[1:]:
        lk = int(row[0].split()[0])
        for imp, cell in zip(impacts, row[1:]):
            for rid in filter(None, (x.strip() for x in cell.split(","))):
                scores[rid] = lk * imp
    assert len(scores) == 8, scores
    red = sorted(r for r, s in scores.items() if s >= 15)
    assert red == ["R1", "R2", "R6", "R7"], scores
    assert "Red: 15 to 25" in text
    reg = UNITS[DECK][4]
    assert "R4 | Social care market" in reg and "Dawn Pickersgill" in reg.split("R4 |")[1].split("\n")[0]


def check_board():
    text = "\n".join(UNITS[BOARD].values())
    nums = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"^(S\d .+|Total, nine STP programmes)$", line.strip()):
            vals = [float(x) for x in lines[i + 1:i + 5]]
            nums[line.strip()] = vals
    progs = {k: v for k, v in nums.items() if k.startswith("S")}
    assert len(progs) == 9, nums
    total = nums["Total, nine STP programmes"]
    for j in range(4):
        assert abs(sum(v[j] for v in progs.values()) - total[j]) < 1e-6, (j, total)
    assert total[3] == 316.0 and max(progs, key=lambda k: progs[k][3]) == "S4 Acute Services Review"
    assert 571 - 207 - 316 == 48 and 468 + 103 == 571
    for d, wd in ((date(2017, 1, 12), 3), (date(2017, 2, 9), 3), (date(2017, 3, 9), 3), (date(2016, 12, 8), 3),
                  (date(2018, 2, 5), 0), (date(2017, 1, 16), 0), (date(2017, 1, 9), 0)):
        assert d.weekday() == wd, d


def check_summary_and_note():
    pops = [402300, 236900, 318700, 326700]
    assert sum(pops) == 1284600
    page1 = norm(UNITS[SUMMARY][1])
    page2 = norm(UNITS[SUMMARY][2])
    for p in ("402,300", "236,900", "318,700", "326,700"):
        assert p in page1
    # the S2 row runs over the page break: name on page 1, lead and last milestones on page 2
    assert "integrated neighbourhood care" in page1 and "lead: bernadette quayle" not in page1
    assert "lead: bernadette quayle" in page2 and "march 2020" in page2
    note = norm("\n".join(UNITS[NOTE].values()))
    assert "from that date kieran doyle" in note and "monday 16 january 2017" in note
    assert "(as, by 13/01/2017)" in note and "amrit sehmbi (as)" in note
    # Saltmarsh Vale timeline: the hub opens in the 2017/18 column
    row = next(v for v in UNITS[SV_LDP].values() if v.startswith("SV1 Vale Urgent Care Hub |"))
    assert row.split(" | ")[2].endswith("Jan: hub opens"), row
    row = next(v for v in UNITS[SV_LDP].values() if v.startswith("SV4 IAPT expansion |"))
    assert row.split(" | ")[5] == "Mar: 25% access", row


def check_absences():
    sents = [s for name in ALL for t in UNITS[name].values() for s in sentences(norm(t))]
    # un-01 programme director: every mention is about the vacancy
    pd = [s for s in sents if "programme director" in s]
    assert pd and all(any(w in s for w in ("recruit", "advertise", "appointment")) for s in pd), pd
    # un-02 HC5 clinical lead
    hc = [v for v in UNITS[HC_LDP].values()]
    i = next(k for k, v in enumerate(hc) if v.startswith("HC5"))
    assert "Clinical lead | To be confirmed" in hc[i:i + 6], hc[i:i + 6]
    # un-03 gap only for 2020/21
    assert not any("gap" in s and ("2018/19" in s or "18/19" in s) for s in sents)
    # un-04 no Fenwick / coast UTC (line by line: a table extracted from a PDF runs into one long "sentence")
    lines = [norm(x) for name in ALL for t in UNITS[name].values() for x in t.splitlines()]
    assert not any(("fenwick" in s or re.search(r"\bcoast\b", s)) and ("urgent treatment" in s or "utc" in s)
                   for s in lines)
    # un-05 CCIO unnamed
    cc = [s for s in sents if "clinical information officer" in s or "ccio" in s]
    assert cc and all("appointed" in s and "dr " not in s for s in cc), cc
    # un-06 no cost for the Vale hub
    assert "£" not in "\n".join(UNITS[SV_LDP].values())
    assert not any("urgent care hub" in s and "£" in s for s in sents)
    # off-topic terms
    for term in ("mileage", "vaccin", "password", "nhsmail", "nhs mail", "christmas", "xmas", "dress code",
                 "party", "petrol"):
        assert term not in EVERYTHING, term
    assert not re.search(r"\bflu\b|\bjab\b", EVERYTHING)


def check_items():
    facts = {}
    for it in ITEMS:
        facts.setdefault(it["fact"], []).append(it)
    for f, its in facts.items():
        assert [i["phrasing"] for i in its] == ["formal", "chat", "indirect"], f
        assert len({json.dumps(i["answer_any"]) for i in its}) == 1, f
        assert len({(i["kind"], i["as_of"], i["shape"]) for i in its}) == 1, f
        if its[0]["as_of"]:
            date.fromisoformat(its[0]["as_of"])
        if its[0]["expect_no_answer"]:
            assert its[0]["answer_any"] == []
        else:
            assert its[0]["answer_any"] and all(its[0]["answer_any"])
    ids = [i["id"] for i in ITEMS]
    assert len(ids) == len(set(ids))
    assert len({i["question"] for i in ITEMS}) == len(ITEMS), "duplicate question text"
    return facts


def main():
    check_mustdo_grid()
    check_tracker()
    check_heat_map()
    check_board()
    check_summary_and_note()
    check_absences()
    facts = check_items()
    with (HERE / "questions.jsonl").open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = {}
    for f, its in facts.items():
        kinds[its[0]["kind"]] = kinds.get(its[0]["kind"], 0) + 1
    print(f"{len(facts)} facts, {len(ITEMS)} questions; facts by kind: {kinds}")


if __name__ == "__main__":
    main()
