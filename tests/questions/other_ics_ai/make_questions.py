"""Write questions.jsonl for the Wychcombe & Harrowby STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (docx body blocks, xlsx rows of
the Roadmap sheet, pptx slides, PDF pages, text lines) built with bank_tools.cite, and the first alternative of
every gold group must be in that window. Facts that need a step of reasoning are worked out again here from the
generated files, not from make_papers.py:
  - the must-do matrix is read back from the pptx table (rows, ✓ / ~ / ✗ cells);
  - the savings table's rows are re-added against the Total row and column, and the bridge against the gap;
  - relative windows are checked over the roadmap read with openpyxl (a milestone's programme is its column,
    its month the real date in column A) after the e-mail's and the FAQ's moves.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent.parent / "brief_ai", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
PLAN = "01_WH_STP_Delivery_Plan_Section3_v1.0_21Oct2016.docx"
ROAD = "02_WH_STP_Delivery_Roadmap_v1.3_18Nov2016.xlsx"
DECK = "03_WH_STP_Must-do_Coverage_and_Key_Figures_21Dec2016.pptx"
DASH = "04_WH_STP_Portfolio_Dashboard_Jan2017.pdf"
MAIL = "05_WH_STP_FW_UEC_SRO_and_UTC_date_16Feb2017.txt"
FAQ = "06_WH_STP_Staff_FAQ_Apr2017.md"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, where="", sheet=None):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def road(anchor, until=None, where=""):
    return cite(ROAD, anchor, until, where, sheet="Roadmap")


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"ai-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ai-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the generated files
# ---------------------------------------------------------------------------------------------------------------
def read_matrix():
    from pptx import Presentation
    prs = Presentation(str(PAPERS / DECK))
    for slide in prs.slides:
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = [[c.text for c in r.cells] for r in shape.table.rows]
                if rows[0][0] == "Programme":
                    return {r[0]: dict(zip(range(1, 10), r[1:])) for r in rows[1:]}


def read_savings():
    from pptx import Presentation
    prs = Presentation(str(PAPERS / DECK))
    for slide in prs.slides:
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = [[c.text for c in r.cells] for r in shape.table.rows]
                if rows[0][0].startswith("Net savings"):
                    return rows


def read_roadmap():
    """{(programme column heading, month date): text} from the Roadmap sheet by cell position."""
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / ROAD))["Roadmap"]
    heads = {c.column: c.value for c in ws[4] if c.value and c.column > 1}
    out = {}
    for row in ws.iter_rows(min_row=6):
        d = row[0].value
        if not hasattr(d, "year"):
            continue
        for c in row[1:]:
            if c.value:
                out[(heads[c.column], date(d.year, d.month, 1))] = c.value
    return out


MATRIX = read_matrix()
full = lambda n: sorted(k for k, v in MATRIX.items() if v[n] == "✓")  # noqa: E731
part = lambda n: sorted(k for k, v in MATRIX.items() if v[n] == "~")  # noqa: E731
assert [n for n in range(1, 10) if not full(n) and not part(n)] == [8]
assert [n for n in range(1, 10) if not full(n)] == [5, 8] and part(5) == ["Planned Care & Cancer (PCC)"]
assert full(4) == ["Urgent & Emergency Care (UEC)"]
assert part(4) == ["Digital (enabler)", "Mental Health & LD (MHLD)", "Out of Hospital Care (OOH)"]
assert {n: v for n, v in MATRIX["Mental Health & LD (MHLD)"].items() if v != "✗"} == {1: "✓", 4: "~", 7: "✓"}
assert full(7) == ["Mental Health & LD (MHLD)"]
assert MATRIX["Clinical Services Sustainability (CSS)"][9] == "✓"

SAV = read_savings()
body = {r[0]: [float(x) for x in r[1:]] for r in SAV[1:]}
for name, vals in body.items():
    assert abs(sum(vals[:5]) - vals[5]) < 0.05, name
for j in range(6):
    assert abs(sum(v[j] for k, v in body.items() if k != "Total") - body["Total"][j]) < 0.05, j
assert body["Total"][4] == 95.5 and body["PCC"][2] == 13.6
assert abs(95.5 + 88.3 + 30.8 - 214.6) < 0.01

ROADMAP = read_roadmap()
LATEST = dict(ROADMAP)
# e-mail of 16/02/2017 moves UEC1 to 30/04/2018; FAQ of 10/04/2017 moves the CSS1 consultation to June 2017
LATEST.pop(("Urgent & Emergency Care", date(2017, 12, 1)))
LATEST[("Urgent & Emergency Care", date(2018, 4, 1))] = "UEC1 Harrowby UTC opens (30/04/2018)"
del LATEST[("Clinical Services Sustainability", date(2017, 4, 1))]
LATEST[("Clinical Services Sustainability", date(2017, 6, 1))] = "CSS1 consultation starts"


def due_in(programme, start, end):
    return [t for (p, d), t in LATEST.items() if p == programme and start <= d <= end]


assert due_in("Out of Hospital Care", date(2017, 1, 1), date(2017, 1, 1)) == ["◆ OOH1 first four localities live"]
assert due_in("Urgent & Emergency Care", date(2017, 1, 1), date(2017, 1, 1)) == \
    ["◆ UEC3 D2A live across both acute trusts"]
assert due_in("Planned Care & Cancer", date(2017, 4, 1), date(2017, 4, 1)) == ["◆ PCC1 MSK triage service go-live"]
assert due_in("Mental Health & LD", date(2018, 1, 1), date(2018, 3, 1)) == ["◆ MHLD1 Core 24 live at WGH"]
assert sorted(t for (p, d), t in LATEST.items() if d == date(2017, 9, 1)) == \
    ["DIG1 acute and community feeds live", "◆ OOH1 all 11 localities live"]

# ---------------------------------------------------------------------------------------------------------------
# Owners and role holders
# ---------------------------------------------------------------------------------------------------------------
MAIL_SRO = cite(MAIL, "From: Ostrander", "Andrea until then",
                where="e-mail 16/02/2017, point 1: Abbotsleigh UEC SRO from 1 April 2017 (not 1 March as the "
                      "forwarded note says); Andrea Kovacs-Hale remains SRO until 31 March")
ask("uec-sro-before", OWNER, "changed-owner", [person("Kovacs-Hale")], MAIL_SRO,
    ["Who is the Senior Responsible Officer for Urgent & Emergency Care at present?",
     "who's UEC SRO rn? heard jerome's taking over but not sure it's happend yet",
     "Who is currently accountable at the top for the programme that covers A&E and urgent care?"],
    "happend", as_of="2017-03-15")
ask("uec-sro-after", OWNER, "changed-owner", [["Abbotsleigh"]], MAIL_SRO,
    ["Who is the Senior Responsible Officer for the Urgent & Emergency Care programme now?",
     "who is SRO for UEC now? need to send the A&E delivry board papers to the right person",
     "Who holds overall accountability these days for the emergency and urgent care work in the plan?"],
    "delivry", as_of="2017-04-10")
ask("mhld-sro", OWNER, "role-holder", [["Eversleigh"]],
    cite(PLAN, "3.5 Mental Health & Learning Disabilities", "Programme SRO: Colin Eversleigh",
         where="delivery plan 3.5: programme SRO paragraph"),
    ["Who is the SRO for the Mental Health & Learning Disabilities programme?",
     "who's SRO for MHLD? want to invite them to our teem meeting",
     "Which chief executive is accountable for the plan's work on mental health and learning disability?"],
    "teem")
ask("pcc-cl", OWNER, "role-holder", [person("Ashford-Reid")],
    cite(PLAN, "3.4 Planned Care & Cancer", "Programme clinical lead: Mr Kwame Ashford-Reid",
         where="delivery plan 3.4: programme clinical lead"),
    ["Who is the clinical lead for the Planned Care & Cancer programme?",
     "clin lead for PCC pls? our consultants have a qustion about referrals",
     "Which clinician gives the medical steer on routine operations, outpatients and cancer in the STP?"],
    "qustion")
ask("css-sro", OWNER, "role-holder", [person("Soltani-Webb")],
    cite(DASH, "Clinical Services", where="dashboard row CSS, SRO column (name wrapped over two lines)"),
    ["Who is the SRO for Clinical Services Sustainability?",
     "CSS SRO? is it still the HDT medical directer?",
     "Who is accountable for the work on keeping hospital services such as stroke and pathology viable?"],
    "directer")
ask("ooh1-owner", OWNER, "initiative-lead", [["Wrenfield"]],
    cite(PLAN, "OOH1 Integrated locality teams", "Owner | Dr Priyanka Wrenfield",
         where="delivery plan OOH1 key/value table, Owner row"),
    ["Who owns the integrated locality teams initiative (OOH1)?",
     "who owns OOH1 locality teams? district nursing want to know who to tallk to",
     "Who is the named owner for bringing community nurses, GPs and social workers together in local teams?"],
    "tallk")
ask("ooh3-owner", OWNER, "inherited-owner", [["Wrenfield"]],
    cite(PLAN, "OOH1 Integrated locality teams", "As OOH1 above",
         where="delivery plan: OOH3 Owner row says 'As OOH1 above', OOH1's owner is Dr Priyanka Wrenfield"),
    ["Who owns the enhanced health in care homes initiative (OOH3)?",
     "who's the owner of OOH3 care homes? the table just says 'as above' which is confusng",
     "Who is responsible for making sure every care home has GP support from a named practice?"],
    "confusng")
ask("uec1-owner", OWNER, "initiative-lead", [["Farrow"]],
    cite(PLAN, "UEC1 Urgent Treatment Centre", "Owner | Gideon Farrow",
         where="delivery plan UEC1 key/value table, Owner row"),
    ["Who owns the Urgent Treatment Centre initiative at Harrowby Royal Hospital?",
     "who owns UEC1, the UTC at HRH? minor injuries staff want an updaet",
     "Who is in charge of turning the Harrowby minor injuries service into a round-the-clock walk-in centre?"],
    "updaet")
ask("css2-owner", OWNER, "initiative-lead", [["Sarwar"]],
    cite(PLAN, "CSS2 Shared pathology network", "Owner | Nikhil Sarwar",
         where="delivery plan CSS2 key/value table, Owner row"),
    ["Who owns the shared pathology network initiative?",
     "who's the owner for CSS2 shared path? lab managers askng",
     "Who is responsible for joining up the two trusts' laboratory services?"],
    "askng")
ask("psc-cl", OWNER, "role-holder", [["Brightwater"]],
    cite(PLAN, "3.1 Prevention & Self-Care", "Programme clinical lead: Dr Oluwaseun Brightwater",
         where="delivery plan 3.1: programme clinical lead"),
    ["Who is the clinical lead for the Prevention & Self-Care programme?",
     "clin lead for PSC? doing a talk on prevenshun and want to credit them",
     "Which doctor leads clinically on the STP's work to keep people healthy and looking after themselves?"],
    "prevenshun")
FAQ_WHO = cite(FAQ, "## Who is in charge?", "District NHS Trust.", where="FAQ 'Who is in charge?'")
ask("chair", OWNER, "governance", [["Thackeray"]], FAQ_WHO,
    ["Who chairs the STP Partnership Board?",
     "who chairs the W&H partnership brd? need to adress a letter",
     "Who presides over the top-level board that oversees the whole plan?"],
    "adress")
ask("vice-chair", OWNER, "governance", [person("Pemberton-Lowe")], FAQ_WHO,
    ["Who is the vice chair of the STP Partnership Board?",
     "who's vice chair of the PB? the chair's off so they'll be chairng",
     "Which councillor deputises for the chair of the plan's main board?"],
    "chairng")
ask("prog-director", OWNER, "governance", [["Ostrander"]], FAQ_WHO,
    ["Who is the STP Programme Director?",
     "who's the STP prog director? need sign off on a higlight report",
     "Who runs the plan's programme office from day to day?"],
    "higlight")
ask("stp-lead", OWNER, "governance", [["Fenlow"]], FAQ_WHO,
    ["Who is the STP lead for Wychcombe & Harrowby?",
     "who is the footprint lead for W&H STP? the AO of wychcombe ccg i thinkk",
     "Which accountable officer speaks for the whole footprint to NHS England?"],
    "thinkk")
ask("dig-sro", OWNER, "role-holder", [["Pellegrini"]],
    road("SRO | Dr Hannah Marchetti", where="roadmap row 5: SRO under each programme column (Digital)"),
    ["Who is the SRO for the Digital enabler?",
     "digital SRO? want to ask about the shared care recrd",
     "Who is accountable for the IT and information-sharing side of the plan?"],
    "recrd")

# ---------------------------------------------------------------------------------------------------------------
# Milestones and dates
# ---------------------------------------------------------------------------------------------------------------
ask("uec-sro-from", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")], MAIL_SRO,
    ["From what date does Jerome Abbotsleigh become SRO for Urgent & Emergency Care?",
     "when does jerome start as UEC SRO? andrea's email said 1 march, is that stil right?",
     "When does the chief operating officer from Harrowby formally take over the urgent care programme?"],
    "stil")
ask("uec1-now", MILESTONE, "moved-date", [on(30, 4, 2018, "30/04/2018", "30 April 2018")],
    cite(MAIL, "2. The Board accepted the revised go-live", "from Dec-17 to 30/04/2018",
         where="e-mail 16/02/2017 point 2: UTC opening moves from Dec-17 to 30/04/2018"),
    ["When is the Urgent Treatment Centre at Harrowby Royal Hospital due to open?",
     "when does the HRH UTC open now? roadmap still says dec 17, is that out of dat?",
     "When will the new round-the-clock walk-in centre in Harrowby start seeing patients?"],
    "dat", as_of="2017-03-20")
ask("uec1-original", MILESTONE, "original-date", [alts("Dec-17", "December 2017", "Dec 2017")],
    cite(PLAN, "UEC1 Urgent Treatment Centre", "Due | Dec-17", where="delivery plan UEC1, Due row (v1.0)"),
    ["In the October 2016 delivery plan, when was the Harrowby Urgent Treatment Centre due to open?",
     "what was the original go-live for UEC1 in the oct plan? before it slippd",
     "Before it was put back, what opening date did the submitted plan give for Harrowby's walk-in centre?"],
    "slippd")
ask("css1-consult", MILESTONE, "moved-date", [alts("June 2017", "Jun-17", "Jun 2017")],
    cite(FAQ, "## Is the stroke unit", "now start in June 2017", where="FAQ: consultation moved from spring 2017 to June 2017"),
    ["When will the public consultation on a single hyper-acute stroke unit start?",
     "when does the HASU consultaton start now? plan said spring",
     "When will the public be asked for their views on bringing emergency stroke care onto one site?"],
    "consultaton", as_of="2017-04-20")
ask("ooh1-all", MILESTONE, "second-milestone",
    [alts("Qtr 2 17/18", "Q2 17/18", "Q2 2017/18", "Quarter 2 2017/18", "July to September 2017", "September 2017")],
    cite(PLAN, "OOH1 Integrated locality teams", "Due | (a) Jan-17; (b) Qtr 2 17/18",
         where="delivery plan OOH1: milestone (b) 'All 11 localities live', due (b) Qtr 2 17/18"),
    ["When are all 11 integrated locality teams due to be live?",
     "when will all 11 OOH1 localities be live? only 4 going in jan aparently",
     "By when should every one of the footprint's local neighbourhood teams be up and running?"],
    "aparently")
ask("ooh2-date", MILESTONE, "day", [on(1, 10, 2017, "1st October 2017")],
    cite(PLAN, "OOH2 GP extended access", "Due | 1st October 2017", where="delivery plan OOH2, Due row"),
    ["When will GP extended access be available to the whole population?",
     "when is 8-8 GP extended access due for everyone (OOH2)? patients keep askin",
     "From what date should every patient be able to see a GP in the evening and at weekends?"],
    "askin")
ask("mhld2-date", MILESTONE, "unknown-date", [alts("time frame as yet unknown", "as yet unknown", "unknown",
                                                  "not known", "no date")],
    cite(PLAN, "MHLD2 Harrowby crisis house", "Due | time frame as yet unknown",
         where="delivery plan MHLD2, Due row: time frame as yet unknown"),
    ["When is the Harrowby crisis house due to open?",
     "when does the MHLD2 crisis house open? service users keep asking at the forrum",
     "When will the residential alternative to admission for people in mental health crisis in Harrowby open?"],
    "forrum")
ask("mhld3-date", MILESTONE, "deadline", [on(31, 3, 2019, "31.03.2019")],
    cite(PLAN, "MHLD3 IAPT expansion", "Due | by 31.03.2019", where="delivery plan MHLD3, Due row"),
    ["By when should IAPT access reach 19% of prevalence?",
     "IAPT 19% deadline? commisioners want it for the MH plan",
     "By what date should nearly a fifth of people with anxiety or depression be getting talking therapies?"],
    "commisioners")
ask("psc3-date", MILESTONE, "season", [alts("Summer 2017", "summer of 2017")],
    cite(PLAN, "PSC3 Social prescribing", "Due | Summer 2017", where="delivery plan PSC3, Due row"),
    ["When should social prescribing link workers be in place in every locality?",
     "when r the PSC3 link workers in every locality? voluntary sector keen to knoww",
     "When will every neighbourhood have someone who can refer patients to community groups and activities?"],
    "knoww")
ask("css2-fbc", MILESTONE, "day", [on(28, 2, 2017, "28/02/2017")],
    cite(DASH, "Pathology FBC to both trust", where="dashboard CSS row: 'Next: Pathology FBC to both trust "
                                                    "boards (28/02/2017)'"),
    ["By what date is the shared pathology full business case due to go to both trust boards?",
     "when's the pathology FBC going to the trust boards? finance need a datte",
     "On what day should the final case for merging the labs reach both hospital boards?"],
    "datte")
ask("rel-ooh-next-month", MILESTONE, "relative-window", [alts("four localities", "first four", "4 localities")],
    road("OOH1 first four localities live", where="roadmap row Jan-17, Out of Hospital Care column"),
    ["What is due next month in the Out of Hospital Care programme?",
     "what's due in OOH nxt month? doing the locality bulletin",
     "What is the community care programme expecting to deliver in the coming month?"],
    "nxt", as_of="2016-12-12")
ask("rel-uec-this-month", MILESTONE, "relative-window", [alts("D2A", "Discharge to Assess")],
    road("UEC3 D2A live", where="roadmap row Jan-17, Urgent & Emergency Care column"),
    ["What milestone is due this month in the Urgent & Emergency Care programme?",
     "anything due this month for UEC? bed managers wnat to know",
     "What is the urgent care programme meant to deliver before the end of this month?"],
    "wnat", as_of="2017-01-09")
ask("rel-pcc-next-month", MILESTONE, "relative-window", [alts("MSK", "musculoskeletal")],
    road("PCC1 MSK triage service go-live", where="roadmap row Apr-17, Planned Care & Cancer column"),
    ["What is due next month in the Planned Care & Cancer programme?",
     "what's PCC got due next month? physios heard something is goign live",
     "Which planned-care change is scheduled to go live in the month after this one?"],
    "goign", as_of="2017-03-14")
ask("rel-mhld-this-quarter", MILESTONE, "relative-window", [alts("Core 24", "liaison psychiatry")],
    road("MHLD1 Core 24 live at WGH", where="roadmap row Mar-18, Mental Health & LD column"),
    ["What is due this quarter in the Mental Health & Learning Disabilities programme?",
     "what's due this qtr for MHLD? putting togther the quarterly report",
     "What should the mental health programme deliver in the current three-month period?"],
    "togther", as_of="2018-01-15")
ask("sep17-list", MILESTONE, "month-list", [alts("11 localities", "all 11", "eleven localities"),
                                           alts("acute and community feeds", "community feeds")],
    road("OOH1 all 11 localities live", where="roadmap row Sep-17 (01/09/2017): OOH and Digital columns"),
    ["Which milestones does the delivery roadmap show for September 2017?",
     "what's on the roadmap for sept 17 across all progs? doing a look-ahed",
     "What is the STP planning to have achieved in the month that ends the second quarter of 2017/18?"],
    "ahed")
ask("board-dec", MILESTONE, "meeting-date", [on(21, 12, 2016, "21 December 2016")],
    cite(DECK, "Must-do coverage and key figures", where="deck slide 1: Partnership Board, 21 December 2016, Item 6"),
    ["On what date did the Partnership Board consider the must-do coverage and key figures paper?",
     "which PB meeting had the must-do coverage slides? need the date for the minuts",
     "When was the board shown the check of how the programmes map to the national must-dos?"],
    "minuts")
ask("highlight-deadline", MILESTONE, "deadline", [on(10, 3, 2017, "10 March 2017")],
    cite(MAIL, "Highlight reports for the March Board", "10 March 2017.", where="e-mail 16/02/2017: deadline"),
    ["When are highlight reports for the March Partnership Board due to the PMO?",
     "when do march highlight reports need to be in with the PMO? don't want to be lat",
     "What is the cut-off for programme updates going to the board meeting in March?"],
    "lat")
ask("pcc2-date", MILESTONE, "quarter", [alts("Qtr 3 17/18", "Q3 17/18", "Q3 2017/18", "Quarter 3 2017/18",
                                            "October to December 2017", "December 2017")],
    cite(PLAN, "PCC2 Faster cancer diagnosis", "Due | Qtr 3 17/18", where="delivery plan PCC2, Due row"),
    ["When is the one-stop diagnostic clinic for faster cancer diagnosis due to open?",
     "when does the PCC2 one stop cancer clinic open at WGH? GPs keep asking, it's urgnt",
     "When will patients with vague symptoms be able to have all their cancer tests done in a single visit?"],
    "urgnt")
ask("dig1-gp-feed", MILESTONE, "month", [alts("Jun-17", "June 2017", "Jun 2017")],
    cite(PLAN, "DIG1 Wychcombe & Harrowby Care Record", "Due | (a) Jun-17",
         where="delivery plan DIG1: milestone (a) GP data feed live, due (a) Jun-17"),
    ["When is the GP data feed into the Wychcombe & Harrowby Care Record due to go live?",
     "when does the care record GP feed go live? A&E docs want to see GP recrds",
     "When should hospital staff start seeing information from family doctors' systems in the shared record?"],
    "recrds")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
MDS = cite(DECK, "How our programmes cover the nine national must-dos",
           where="deck slide 2: ✓ / ~ / ✗ must-do matrix, key and gaps box")
ask("md-gap", MUSTDO, "mustdo-gap", [alts("Must-do 8", "MD8", *md(8))], MDS,
    ["Which national must-do is not addressed by any STP programme?",
     "which must-do isn't covered by any prog at all? reviewing the gapps",
     "Which of the nine national priorities does none of the plan's programmes take on?"],
    "gapps")
ask("md-partial-only", MUSTDO, "mustdo-partial", [alts("MD5", "Must-do 5", "RTT", "Referral to treatment",
                                                       "18 weeks")], MDS,
    ["Which must-do is only partly addressed, with no programme addressing it fully?",
     "which MD only gets ~ and never a tick? board askd about it",
     "Which national target is only half-covered by the plan, with nobody taking it on in full?"],
    "askd")
ask("md4-coverage", MUSTDO, "mustdo-coverage", [alts("Urgent & Emergency Care", "UEC"),
                                                alts("Out of Hospital Care", "OOH"),
                                                alts("Mental Health & LD", "MHLD", "Mental Health"),
                                                alts("Digital")], MDS,
    ["Which programmes address must-do 4 (A&E and ambulance), fully or partly?",
     "which progs cover MD4 A&E, incl partial? need it for the A&E delivery board pappers",
     "Which parts of the plan contribute in any way to the four-hour waiting and ambulance standards?"],
    "pappers")
ask("mhld-mustdos", MUSTDO, "by-programme", [alts("MD7", *md(7)), alts("MD4", "A&E", "Must-do 4", "must do 4")],
    MDS,
    ["Besides must-do 1, which must-dos does the Mental Health & Learning Disabilities programme address?",
     "apart from MD1 which must-dos does MHLD hit? filling in the assurence template",
     "Other than the STP itself, which national priorities does the mental health programme contribute to?"],
    "assurence")
ask("css-md9", MUSTDO, "yes-no", [alts("fully", "✓", "yes")], MDS,
    ["Does the Clinical Services Sustainability programme address must-do 9 (quality)?",
     "does CSS cover MD9 quality or not? CQC prep, need to knwo",
     "Is the programme on keeping hospital services viable counted as delivering the quality must-do?"],
    "knwo")
ask("ooh3-mustdos", MUSTDO, "initiative-mustdos", [alts("2, 4", "2 and 4", "MD2 and MD4", "must-dos 2 and 4")],
    cite(PLAN, "OOH3 Enhanced health in care homes", "Must-dos | 2, 4",
         where="delivery plan OOH3 key/value table, Must-dos row"),
    ["Which must-dos does the enhanced health in care homes initiative support?",
     "which MDs does OOH3 care homes support? for the care home foram",
     "Which national priorities is the work to give care homes named-practice support meant to help?"],
    "foram")
ask("md7-full", MUSTDO, "mustdo-lead", [alts("Mental Health & LD", "MHLD", "Mental Health & Learning Disabilities")],
    MDS,
    ["Which programme fully addresses must-do 7 (mental health)?",
     "who fully covers MD7 MH? just want the one prog thats ticked",
     "Which programme on its own delivers the national mental health access priority?"],
    "thats")
ask("md8-where", MUSTDO, "gap-reason", [alts("Transforming Care Partnership", "TCP")], MDS,
    ["Where does delivery of must-do 8 (learning disabilities) sit, given no STP programme addresses it?",
     "if no prog covers MD8 LD, who picks it up? asking for the LD nurses meating",
     "Since none of the plan's programmes covers learning disability, which body is said to deliver it?"],
    "meating")

# ---------------------------------------------------------------------------------------------------------------
# Figures, lists, board facts
# ---------------------------------------------------------------------------------------------------------------
FIGS = cite(DECK, "Net savings £m", where="deck slide 3: savings table £m (Total row and column), figures, bridge")
ask("total-final-year", FACT, "figure", [alts("95.5", "£95.5m", "£95.5 million")], FIGS,
    ["What are the total programme savings in the final year of the plan?",
     "total savings in the last yr of the plan (20/21)? £m pls, for the finance papr",
     "How much will all six programmes save between them in the plan's last year?"],
    "papr")
ask("pcc-1819", FACT, "figure", [alts("13.6", "£13.6m", "£13.6 million")], FIGS,
    ["What are the Planned Care & Cancer programme's net savings in 2018/19?",
     "PCC savings 18/19? in £m, need it for the buisness case",
     "How much is the routine care and cancer programme expected to save in the third year of the plan?"],
    "buisness")
ask("population", FACT, "figure", [alts("842,300", "842300", "842 thousand")], FIGS,
    ["What is the registered population of the Wychcombe & Harrowby footprint?",
     "what's the W&H registerd population? for a bid",
     "How many people are on the lists of GP practices across the area the plan covers?"],
    "registerd")
ask("beds-2021", FACT, "figure", [alts("1,372", "1372")], FIGS,
    ["How many general and acute beds does the plan expect by 2020/21?",
     "G&A bed number by 20/21? the union reps are asking, want to be acurate",
     "How many hospital beds for general and acute care will there be at the end of the plan?"],
    "acurate")
ask("staff", FACT, "figure", [alts("21,800", "21800")], FIGS,
    ["How many NHS and social care staff work across the footprint?",
     "how many staff across the STP area (headcount not wte)? for the workforce strat presntation",
     "How many people are employed in health and care in the area the plan covers?"],
    "presntation")
ask("gap", FACT, "figure", [alts("£214.6m", "214.6", "£214.6 million")], FIGS,
    ["What is the do-nothing financial gap in 2020/21?",
     "what's the do nothing gap by 20/21? the CFO's sllides had a number",
     "How big would the money shortfall be by the end of the plan if nothing changed?"],
    "sllides")
ask("programmes", FACT, "list", [alts("Prevention & Self-Care", "Prevention"), alts("Out of Hospital Care", "OOH"),
                                 alts("Urgent & Emergency Care", "UEC"), alts("Planned Care & Cancer", "PCC"),
                                 alts("Mental Health & Learning Disabilities", "MHLD", "Mental Health"),
                                 alts("Clinical Services Sustainability", "CSS")],
    cite(DASH, "Portfolio dashboard", where="dashboard: one row per programme (and two enablers)"),
    ["What are the STP's six programmes?",
     "list of the W&H progs? new starter, tryng to get my head round it",
     "What are the main areas of work the plan is organised into, leaving aside the enablers?"],
    "tryng")
ask("uec-confidence", FACT, "status", [alts("Amber/Red", "Amber-Red", "Amber Red", "amber/red")],
    cite(DASH, "Urgent & Emergency Care", where="dashboard UEC row: Delivery confidence Amber/Red"),
    ["What delivery confidence rating did the January 2017 dashboard give Urgent & Emergency Care?",
     "UEC delivery confidence on the jan dashbaord? green or worse?",
     "How sure was the programme office, in the new-year report, that urgent care would deliver?"],
    "dashbaord")
ask("board-frequency", FACT, "board", [alts("third Wednesday", "3rd Wednesday")],
    cite(FAQ, "## How often does the Partnership Board meet?", "19 April 2017",
         where="FAQ: monthly, third Wednesday"),
    ["How often does the STP Partnership Board meet?",
     "when does the PB meet? which day of the mnth?",
     "On what regular day does the plan's main board get together?"],
    "mnth")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (absence checked) and off-topic
# ---------------------------------------------------------------------------------------------------------------
wf = norm("\n".join(U[PLAN][k] for k in range(1, len(U[PLAN]) + 1)))
wf = wf[wf.index("3.8 enabler: workforce"):]
assert "clinical lead" not in wf
absent("workforce clinical lead", "clinical lead for workforce", "clinical lead, workforce")
ask("nm-wf-cl", NONE, "near-miss", [],
    cite(PLAN, "3.8 Enabler: Workforce", "Must-dos | 2, 9", where="Workforce enabler: SRO and owner only"),
    ["Who is the clinical lead for the Workforce enabler?",
     "who's clin lead for workforce? want a clinician on our recruitmnet panel",
     "Which clinician advises the staffing side of the plan?"],
    "recruitmnet")
absent("2021/22", "21/22", "2021-22")
ask("nm-savings-2122", NONE, "near-miss", [], FIGS,
    ["What savings does Clinical Services Sustainability expect in 2021/22?",
     "CSS savings for 21/22? the table i have stops early, anyone got the figgure?",
     "How much will the hospital services programme save in the year after the plan ends?"],
    "figgure")
absent("closing date", "closes on", "will close", "consultation ends", "weeks of consultation", "12 weeks")
ask("nm-consult-close", NONE, "near-miss", [],
    cite(FAQ, "## Is the stroke unit", "now start in June 2017", where="FAQ gives the start only"),
    ["When does the public consultation on the hyper-acute stroke unit close?",
     "when does the HASU consultation close? need to get our respnse in",
     "What is the last day for the public to give their views on bringing stroke care onto one site?"],
    "respnse")
absent("tcp lead", "led by", "chair of the transforming", "transforming care partnership lead")
ask("nm-tcp-lead", NONE, "near-miss", [], MDS,
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP? it's mentioned on the must-do slide but no naem",
     "Who is in charge of the local partnership for people with learning disabilities and autism?"],
    "naem")
absent("capital cost", "cost of the utc", "utc will cost", "capital of £", "capital investment")
ask("nm-utc-cost", NONE, "near-miss", [],
    cite(MAIL, "Second, the Harrowby Royal Hospital UTC", "minor injuries unit staying open",
         where="forwarded note: capital works, no cost"),
    ["What is the capital cost of the Harrowby Urgent Treatment Centre?",
     "how much is the HRH UTC build costing? capital £ for the estates stratgy",
     "How much money is being spent converting the old fracture clinic into the walk-in centre?"],
    "stratgy")
assert not re.search(r"\d[\d,]* (gp )?practices", EVERYTHING)
absent("number of practices", "gp practices in")
ask("nm-practices", NONE, "near-miss", [],
    cite(DASH, "signed by all GP practices", where="dashboard mentions GP practices, never a count"),
    ["How many GP practices are there in the Wychcombe & Harrowby footprint?",
     "how many GP practises in W&H? for the extended access rota",
     "How many family doctor surgeries does the area covered by the plan have?"],
    "practises")
absent("parking", "car park")
ask("ot-parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff parking permit at Wychcombe General Hospital?",
     "how do i get a parkin permit at WGH? starting monday",
     "Where do I sort out being allowed to leave my car on site while I'm working?"],
    "parkin")
absent("mileage", "expenses")
ask("ot-mileage", NONE, "off-topic", [], None,
    ["How do I claim mileage for community visits?",
     "how do i claim milage for home visits? new to the team",
     "How do I get paid back for driving my own car between patients' homes?"],
    "milage")
absent("mandatory training", "statutory training", "e-learning")
ask("ot-training", NONE, "off-topic", [], None,
    ["How do I book my mandatory training?",
     "where do i book stat & mand trainng? mine's expired",
     "How do I sign up for the yearly compulsory courses every employee has to do?"],
    "trainng")

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
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|overdue|currently|at present|now|"
                        r"atm|rn|these days|coming month|current)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
