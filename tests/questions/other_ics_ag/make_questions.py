"""Write questions.jsonl for the Ollerbrook & Fenwarden STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx
'Sheet!row', CSV and text lines), and the first alternative of every gold group must be in that window. Facts that
need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the must-do grid (Annex B page 4) is read back with pdfplumber's table extraction, so blank cells stay blank:
    only must-dos 6 and 8 are empty, 4 is UEC (L) / OOH / MH, 2 and 3 are led by PC and OOH, MH is on 1, 4 and 7;
  - the split rows: OOH1's owner is on page 1 and its last milestone on page 2; PC3's owner is on page 2 and its
    last milestone ("A&G live in six specialties") on page 3;
  - the Savings sheet's rows and columns are re-added against its Total row and column, and the Annex B bridge
    (59.2 + 121.0 + 34.4) against the £214.6m gap;
  - relative windows: every CSV row's date (forecast, else baseline, else the tracker's text date made a period)
    is checked, and each window must hold exactly one row of its workstream with nothing partly overlapping.
Unanswerable facts are checked for absence over every paper's text. Each chat phrasing names its one typo, which
must be there once, be a word no paper uses and no other fact's typo. A failed check stops the script.

usage: /work/main/.venv/bin/python make_questions.py
"""

import csv
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
PLAN = "01_OF_STP_Annex_B_Delivery_Plan_v1.3_21Oct2016.pdf"
TRACKER = "02_OF_STP_PMO_Milestone_Tracker_v7_10Feb2017.xlsx"
GOV = "03_OF_STP_Programme_Board_ToR_and_Membership_19Jan2017.docx"
EXPORT = "04_of_stp_pmo_export_milestones_2017-02-24.csv"
PRESS = "05_OF_STP_Press_Release_Final_Plan_03Mar2017.txt"
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


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


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
        ITEMS.append({"id": f"ag-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ag-{fid}", "phrasing": phrasing, "shape": shape})


def page_of(anchor):
    hits = [k for k, v in U[PLAN].items() if norm(anchor) in norm(v)]
    assert hits, anchor
    return hits[0]


def mdx(n, *drop):
    return [a for a in md(n) if a not in drop]


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
# Split rows: owner on one page, last milestone on the next.
assert page_of("Dr Imran Pasco, Clinical Lead") == 1 and page_of("housebound patient") == 2
assert page_of("Dr Helen Garside, Clinical") == 2 and page_of("A&G live in six specialties") == 3
assert "PC3" not in U[PLAN][3] and "OOH1" not in U[PLAN][2]
# Header repeated on every table page.
assert all("Key milestones" in U[PLAN][k] for k in (1, 2, 3))


def runs(page_no):
    """[(x, y, text)] for every text run on an Annex B page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] + cm[4], tm[5] + cm[5], text.strip()))
    PdfReader(str(PAPERS / PLAN)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def mustdo_grid():
    """{must-do: {column: mark, 'Note': text}} read by position: a mark's column is the heading above it, its row
    the must-do label at or just above its height (labels wrap downwards)."""
    rs = runs(4)
    cols = ["PP", "OOH", "UEC", "PC", "MH", "DIG", "WF"]
    head_y = max(y for x, y, t in rs if t == "OOH")
    colx = {t: x for x, y, t in rs if t in cols and abs(y - head_y) < 2}
    labels = sorted(((y, int(re.match(r"(\d)\. ", t).group(1))) for x, y, t in rs
                     if re.match(r"\d\. ", t) and x < min(colx.values())), reverse=True)
    grid = {n: {} for _, n in labels}
    for x, y, t in rs:
        if t.rstrip("\u2021") in ("L", "C") and y < head_y - 2:
            col = min(colx, key=lambda c: abs(colx[c] - x))
            assert abs(colx[col] - x) < 15, (t, x)
            row = [n for ly, n in labels if abs(ly - y) < 2]
            assert len(row) == 1, (t, x, y)
            grid[row[0]][col] = t
    return {n: dict(cells, Note="") for n, cells in grid.items()}


GRID = mustdo_grid()
empty = sorted(n for n, cells in GRID.items() if len(cells) == 1)
assert empty == [6, 8], empty
assert {k: v for k, v in GRID[4].items() if k != "Note"} == {"OOH": "C", "UEC": "L", "MH": "C"}, GRID[4]
assert GRID[2]["PC"] == "L" and [k for k, v in GRID[2].items() if v == "L"] == ["PC"]
assert GRID[3]["OOH"] == "L" and [k for k, v in GRID[3].items() if v == "L"] == ["OOH"]
assert sorted(n for n, cells in GRID.items() if "MH" in cells) == [1, 4, 7]
assert GRID[7]["UEC"].startswith("C") and GRID[7]["UEC"] != "C"


def savings():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / TRACKER))["Savings"]
    table = {r[0]: list(r[1:]) for r in ws.iter_rows(min_row=4, max_row=9, values_only=True)}
    for name, vals in table.items():
        assert abs(sum(vals[:5]) - vals[5]) < 0.05, name
    for i in range(6):
        assert abs(sum(v[i] for k, v in table.items() if k != "Total") - table["Total"][i]) < 0.05, i
    return table


SAV = savings()
assert SAV["PC"][5] == 57.5 and SAV["Total"][4] == 59.2
assert abs(59.2 + 121.0 + 34.4 - 214.6) < 0.05


def quarter(text):
    m = re.fullmatch(r"Q(\d) (\d\d)/(\d\d)", text)
    q, y = int(m.group(1)), 2000 + int(m.group(2))
    start = [date(y, 4, 1), date(y, 7, 1), date(y, 10, 1), date(y + 1, 1, 1)][q - 1]
    end = [date(y, 6, 30), date(y, 9, 30), date(y, 12, 31), date(y + 1, 3, 31)][q - 1]
    return start, end


def latest_periods():
    """{ref: (start, end) or None}: the export's forecast, else its baseline, else the tracker's text date."""
    track = {v.split(" | ")[0]: v.split(" | ") for k, v in U[TRACKER].items() if k.startswith("Milestones!")}
    out = {}
    with open(PAPERS / EXPORT, newline="") as f:
        for row in csv.DictReader(f):
            day = row["forecast_date"] or row["baseline_date"]
            if day:
                d = date.fromisoformat(day)
                out[row["id"]] = (d, d)
                continue
            fc = track[row["id"]][5]
            if fc.startswith("Winter"):
                y = 2000 + int(fc[-5:-3])
                out[row["id"]] = (date(y, 12, 1), date(y + 1, 2, 28))
            elif re.fullmatch(r"Q\d \d\d/\d\d", fc):
                out[row["id"]] = quarter(fc)
            else:
                out[row["id"]] = None
    return out


LATEST = latest_periods()


def due_in(ws, start, end):
    inside, partial = set(), set()
    for ref, p in LATEST.items():
        if not re.fullmatch(ws + r"\d+", ref) or p is None:
            continue
        if start <= p[0] and p[1] <= end:
            inside.add(ref)
        elif p[0] <= end and p[1] >= start:
            partial.add(ref)
    return inside, partial - inside


assert due_in("OOH", date(2017, 4, 10), date(2017, 7, 10)) == ({"OOH2"}, set())
assert due_in("MH", date(2017, 3, 1), date(2017, 12, 1)) == ({"MH3"}, set())
assert due_in("PP", date(2017, 1, 1), date(2017, 3, 31)) == ({"PP1"}, set())
assert due_in("UEC", date(2016, 10, 1), date(2017, 5, 14)) == ({"UEC2"}, set())  # overdue at 2017-05-15
assert LATEST["UEC1"] == (date(2018, 4, 3), date(2018, 4, 3)) and LATEST["MH4"] is None

# ---------------------------------------------------------------------------------------------------------------
# Owners and people
# ---------------------------------------------------------------------------------------------------------------
ask("uec-sro-now", OWNER, "changed-owner", [["Achterberg"]],
    cite(GOV, "4.1 Harriet Quennell leaves FRH", where="governance paper 4.1: UEC SRO from 1 March 2017"),
    ["Who is the Senior Responsible Officer for Urgent & Emergency Care now?",
     "who's SRO for UEC atm? annex B still says harriet but she's gone, need it for the winetr plan",
     "Who is in overall charge of the A&E and urgent care programme these days?"], "winetr", as_of="2017-03-15")
ask("uec-sro-feb", OWNER, "role-holder", [["Quennell"]],
    cite(GOV, "4.1 Harriet Quennell leaves FRH", where="governance paper 4.1: 'Until then Harriet remains the SRO'"),
    ["Who is the SRO for the Urgent & Emergency Care workstream at the moment?",
     "who is UEC SRO right now - the old one or the new one? confussed",
     "Who should I send the emergency care programme's risk update to this week, as its senior owner?"],
    "confussed", as_of="2017-02-01")
ask("ooh3-owner", OWNER, "changed-owner", [["Oyelaran"]],
    cite(TRACKER, "Jacqueline Morven", sheet="Change log", where="Change log 16/01/2017: OOH3 owner"),
    ["Who now owns the discharge to assess (D2A) milestone, OOH3?",
     "who owns D2A (OOH3) now Jacqueline's gone to NHSI? need them for the winter discharge meetng",
     "Who is the named person for getting medically fit patients home to be assessed there, rather than on the ward?"],
    "meetng")
ask("mh3-owner-changed", MILESTONE, "when-changed", [on(1, 2, 2017, "01/02/2017")],
    cite(TRACKER, "Owen Treadgold", sheet="Change log", where="Change log row: MH3 owner changed 01/02/2017"),
    ["On what date did ownership of the crisis café milestone (MH3) change hands?",
     "when did MH3 (crisis cafe) move from Owen to Bernadette? need the date for the handover recrod",
     "When did the person responsible for the town-centre drop-in for people in crisis change?"], "recrod")
ask("pp-sro", OWNER, "role-holder", [["Ansty"]],
    cite(PLAN, "PP - Prevention & Population Health | SRO", where="Annex B table band row for PP"),
    ["Who is the SRO for the Prevention & Population Health workstream?",
     "who's SRO on PP / prevention? want to invite them to the obesity worksop",
     "Which senior person is accountable for the work on keeping people healthy in the first place?"], "worksop")
ask("board-chair", OWNER, "role-holder", [["Membury"]],
    cite(GOV, "Independent Chair | Professor", where="membership table: Independent Chair"),
    ["Who chairs the STP Programme Board?",
     "who's the chair of the programme brd? need to address a letter to tehm",
     "Who runs the meetings of the main board overseeing the plan?"], "tehm")
ask("stp-clin-lead", OWNER, "role-holder", [["Okorafor"]],
    cite(GOV, "STP Clinical Lead |", where="membership table: STP Clinical Lead"),
    ["Who is the STP Clinical Lead?",
     "who's the overall clinical lead for the STP? the GP one? need a quoet for the bulletin",
     "Which doctor speaks for clinicians across the whole plan?"], "quoet")
ask("uec1-owner", OWNER, "initiative-lead", [["Durward"]],
    cite(PLAN, "Maxine Durward", where="Table B1 row UEC1, Owner column"),
    ["Who owns the Ollerbrook Urgent Treatment Centre initiative (UEC1)?",
     "who's the owner for the ollerbrook UTC? estates want a contcat name",
     "Who is responsible for turning the minor injuries unit at the Ollerbrook hospital into a 24/7 walk-in centre?"],
    "contcat")
ask("pc3-owner", OWNER, "split-row", [["Garside"]],
    cite(PLAN, "Dr Helen Garside, Clinical", "A&G live in six specialties",
         where="Table B1 row PC3 split over pages 2-3: owner on page 2, last milestone on page 3"),
    ["Who owns the milestone 'A&G live in six specialties'?",
     "who owns the A&G in 6 specialties milestone (PC3)? consultants keep askng",
     "Who is responsible for getting GPs able to ask hospital specialists for advice instead of referring, in six "
     "specialties?"], "askng")
ask("ooh1-owner", OWNER, "split-row", [["Pasco"]],
    cite(PLAN, "Dr Imran Pasco, Clinical Lead", "housebound patient",
         where="Table B1 row OOH1 split over pages 1-2: owner on page 1, milestone ends on page 2"),
    ["Who owns the milestone for all nine neighbourhood teams going live (OOH1)?",
     "who's owner of OOH1 - all 9 INTs live? district nurses want to knwo",
     "Who is responsible for getting the joined-up community teams running in every area?"], "knwo")
ask("pmo-head", OWNER, "role-holder", [["Castleford"]],
    cite(GOV, "Head of STP PMO (in attendance", where="membership table: Head of STP PMO"),
    ["Who is the Head of the STP Programme Management Office?",
     "who heads up the PMO? need to send the highlight reprot",
     "Who runs the office that keeps track of the plan's dates and papers for the board?"], "reprot")
ask("healthwatch", OWNER, "vacancy", [["Vacant", "vacancy", "nobody", "no one", "not yet", "awaited"]],
    cite(GOV, "Healthwatch representative", where="membership table: Healthwatch representative vacant"),
    ["Who is the Healthwatch representative on the Programme Board?",
     "who sits on the PB for healthwatch? want to brief them befor the meeting",
     "Who speaks for patients and the public at the main programme board?"], "befor")
ask("mh-sro", OWNER, "role-holder", [["Carrowgate"]],
    cite(PLAN, "MH - Mental Health | SRO", where="Annex B table band row for MH"),
    ["Who is the SRO for the Mental Health workstream?",
     "SRO for MH pls? need sign off on the crisis pathwya",
     "Who is the senior person accountable for the mental health part of the plan?"], "pathwya")
ask("ooh2-owner", OWNER, "login-owner", [["Strand"]],
    cite(EXPORT, "OOH2,", where="PMO export row OOH2: owner a.strand"),
    ["Who owns the extended GP access hubs milestone (OOH2)?",
     "who owns OOH2 the 8-8 hubs? the PMO export just says a.strand, who's taht",
     "Who do I talk to about evening and weekend GP appointments from the three hubs?"], "taht")
ask("cl-list", OWNER, "list", [["Hartigan"], ["Pasco"], ["Threlfall"], ["Garside"], ["Wielgosz"]],
    cite(PLAN, "Clinical lead: Colm Hartigan", "Clinical lead: Dr Tomasz Wielgosz",
         where="Annex B band rows: clinical leads of PP, OOH, UEC, PC, MH"),
    ["List the clinical leads of the five STP workstreams.",
     "who are the clin leads for the 5 workstreams? doing a contacts lsit",
     "Which clinicians give the professional steer to each of the main programmes?"], "lsit")
ask("follingsby-role", OWNER, "role-of-person", [["Finance lead", "Director of Finance"]],
    cite(GOV, "Gareth Follingsby", where="membership table: Finance lead (Director of Finance, OGI)"),
    ["What is Gareth Follingsby's role on the Programme Board?",
     "what does gareth follingsby do on the PB? is he finace?",
     "Why is Gareth Follingsby at the programme board - what does he bring?"], "finace")

# ---------------------------------------------------------------------------------------------------------------
# Milestones and dates
# ---------------------------------------------------------------------------------------------------------------
ask("ooh2-date", MILESTONE, "moved-date", [on(30, 6, 2017, "2017-06-30", "30/06/2017") + ["June 2017", "Jun-17"]],
    cite(EXPORT, "OOH2,", where="PMO export: OOH2 baseline 2017-03-31, forecast 2017-06-30"),
    ["When are the three extended GP access hubs now due to open 8am-8pm, 7 days?",
     "when's OOH2 due now? annex says Mar-17 but i heard it sliped",
     "When will people be able to get evening and weekend GP appointments from all three hubs?"], "sliped")
ask("ooh2-why", MILESTONE, "reason", [["Lowdale", "lease", "estates"]],
    cite(TRACKER, "Estates delay at the Lowdale hub", sheet="Change log", where="Change log 14/11/2016 reason"),
    ["Why was the extended access hubs date (OOH2) moved?",
     "why did OOH2 slip from march? the LMC are asking waht happened",
     "What held up opening all three evening-and-weekend GP hubs on time?"], "waht")
ask("uec1-date", MILESTONE, "moved-date", [on(3, 4, 2018, "2018-04-03") + ["April 2018"]],
    cite(EXPORT, "UEC1,", where="PMO export (24/02/2017): UEC1 forecast 2018-04-03, baseline 2018-01-15"),
    ["When is the Ollerbrook Urgent Treatment Centre now expected to open?",
     "when does the ollerbrook UTC open now? comms want a date for the leaflett",
     "When will the new 24-hour walk-in centre at the Ollerbrook hospital start seeing patients?"], "leaflett")
ask("uec1-why", MILESTONE, "reason", [["asbestos"]],
    cite(EXPORT, "UEC1,", where="PMO export UEC1 comment"),
    ["Why has the Ollerbrook UTC opening date slipped?",
     "why has the UTC slipped to april? estates been vauge",
     "What went wrong with the building work for the new urgent care centre at Ollerbrook?"], "vauge")
ask("uec1-footnote", MILESTONE, "footnote-date", [on(15, 1, 2018, "15/01/2018")],
    cite(PLAN, "1 UEC1: opening planned for", where="Notes to Table B1, footnote 1 on UEC1's 'Winter 2017/18'"),
    ["What exact opening date did Annex B give for the Ollerbrook UTC behind 'Winter 2017/18'?",
     "annex B says winter 17/18 for the UTC with a footnote - what was the actual date in the origianl plan?",
     "In the October submission, which day was the Ollerbrook urgent treatment centre meant to open?"], "origianl")
ask("uec4-footnote", MILESTONE, "footnote", [["subject to consultation"]],
    cite(PLAN, "UEC4", "Date subject to consultation", where="UEC4 Due 'Q3 17/18' with dagger; footnote on page 3"),
    ["Is the Q3 17/18 date for the decision on the hyper-acute stroke unit (UEC4) firm?",
     "is the HASU decision date (Q3 17/18) fixed or could it movee?",
     "Can we rely on the date for deciding where the single specialist stroke unit goes?"], "movee")
ask("pp3-phase1", MILESTONE, "footnote-date", [on(30, 6, 2017, "30/06/2017")],
    cite(PLAN, "* PP3: Phase 1", where="Notes to Table B1, footnote * on PP3 'Sep-17'"),
    ["By when will social prescribing link workers be in post in the four Ollerbrook localities (phase 1 of PP3)?",
     "when's phase 1 of social prescribing (PP3) for the ollerbrook localitys?",
     "When will GPs in Ollerbrook first be able to refer patients to someone who links them with community "
     "groups?"], "localitys")
ask("pc2-date", MILESTONE, "moved-date", [on(31, 12, 2017, "31 December 2017") + ["Dec-17", "December 2017"]],
    cite(GOV, "4.2 The ophthalmology milestone PC2", where="governance paper 4.2 (also Change log and export)"),
    ["What is the revised date for the community glaucoma clinics (PC2)?",
     "new date for PC2 glaucoma clinics? opticians keep chasinng",
     "When will people with glaucoma be able to be seen by optometrists in the community instead of at the "
     "hospital?"], "chasinng")
ask("pc2-changed", MILESTONE, "when-changed", [on(25, 1, 2017, "25/01/2017") + on(19, 1, 2017, "19/01/2017")],
    cite(TRACKER, "Consultant ophthalmologist post vacant", sheet="Change log",
         where="Change log row 25/01/2017, agreed at Programme Board 19/01/2017"),
    ["When was the change to the PC2 ophthalmology date made?",
     "when did the glaucoma (PC2) date get chnaged?",
     "When was the decision taken to put back the community eye clinics?"], "chnaged")
ask("mh4-unknown", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "no date", "not known", "tbc", "not been set", "not set"]],
    cite(PLAN, "time frame as", where="Table B1 row MH4 Due: 'time frame as yet unknown'"),
    ["When will the specialist perinatal community mental health team (MH4) be taking referrals?",
     "when does the perinatal MH team start taking refs (MH4)? midwives keep askin",
     "When can we start referring new mums with serious mental health problems to the new specialist team?"],
    "askin")
ask("ooh4-date", MILESTONE, "tbc-set",
    [["Q3 17/18", "2017-12-31", "31/12/2017", "December 2017", "October to December 2017", "Qtr 3 17/18"]],
    cite(TRACKER, "Vanguard extension bid approved", sheet="Change log", where="Change log 06/02/2017: tbc -> Q3 17/18"),
    ["When is the enhanced health in care homes model (OOH4) due to be live?",
     "OOH4 care homes model - annex says tbc, has a date been set yett?",
     "When will every care home have its own named GP and a weekly round?"], "yett")
ask("ooh3-season", MILESTONE, "season", [["Winter 2017/18", "winter 2017"]],
    cite(PLAN, "D2A in place for all three", where="Table B1 row OOH3 Due"),
    ["When is discharge to assess due to be in place for all three pathways (OOH3)?",
     "when's D2A meant to be in for all 3 pathways? before wintre?",
     "By when should all medically fit patients be sent home or to a care home to be assessed there?"], "wintre")
ask("uec2-date", MILESTONE, "day", [on(31, 3, 2017, "2017-03-31", "31/03/2017") + ["Mar-17", "March 2017"]],
    cite(EXPORT, "UEC2,", where="PMO export UEC2 baseline and forecast 2017-03-31"),
    ["When is the NHS 111 clinical assessment service (UEC2) due to go live?",
     "when does the 111 CAS go live? GPs on the rota want to knoww",
     "When will GPs and nurses start working in the 111 hub to handle calls themselves?"], "knoww")
ask("wf1-date", MILESTONE, "month", [["30/04/2017", "Apr-17", "April 2017", "2017-04-30", "30 April 2017"]],
    cite(TRACKER, "WF1", sheet="Milestones", where="tracker WF1 baseline/forecast, a date cell shown mmm-yy"),
    ["When is the shared staff bank (WF1) due to go live?",
     "when's the staff bank collab live? WF1, bank office askng",
     "When will nurses be able to pick up extra shifts at any of the three trusts through one bank?"], "collab")
ask("mh2-date", MILESTONE, "deadline", [on(31, 3, 2019, "31/03/2019") + ["March 2019"]],
    cite(PLAN, "by 31/03/2019", where="Table B1 row MH2 Due 'by 31/03/2019'"),
    ["By when should IAPT access reach 19% (MH2)?",
     "IAPT 19% target (MH2) - by when? commissioners want the trajectroy end date",
     "By what date should nearly one in five people who need talking therapies be getting them?"], "trajectroy")
ask("uec-overdue", MILESTONE, "relative-window", [["UEC2", "clinical assessment service", "NHS 111 CAS"]],
    cite(EXPORT, "UEC2,", where="PMO export UEC2 due 2017-03-31, RAG A (not complete); other UEC dates later"),
    ["Which Urgent & Emergency Care milestones are overdue?",
     "anything overdue in UEC? doing the mnthly exception report",
     "Which of the emergency care programme's deadlines have already passed without being met?"], "mnthly",
    as_of="2017-05-15")
ask("ooh-next3", MILESTONE, "relative-window", [["OOH2", "extended", "hubs"]],
    cite(EXPORT, "OOH2,", where="PMO export OOH2 forecast 2017-06-30; other OOH rows later"),
    ["Which Out of Hospital Care milestones are due in the next three months?",
     "what's due in OOH in the next 3 months? planning the comms grdi",
     "What is the out-of-hospital programme meant to deliver between now and the summer?"], "grdi",
    as_of="2017-04-10")
ask("mh-next9", MILESTONE, "relative-window", [["MH3", "crisis caf\u00e9", "crisis cafe"]],
    cite(EXPORT, "MH3,", where="PMO export MH3 2017-11-30; MH1 2018-03-31, MH2 2019, MH4 unknown"),
    ["Which Mental Health milestones fall due in the next nine months?",
     "MH milestones due in the next 9 months? need them for the trust boad",
     "What is the mental health programme due to deliver before the end of this calendar year?"], "boad",
    as_of="2017-03-01")
ask("pp-quarter", MILESTONE, "relative-window", [["PP1", "NDPP", "diabetes prevention"]],
    cite(PLAN, "PP1", where="Table B1 PP1 Due Q4 16/17 (tracker and export: 31/03/2017)"),
    ["Which Prevention & Population Health milestones are due this quarter?",
     "anything due for PP this qtr? public health team want an updaet",
     "What should the prevention programme be delivering before the financial year ends?"], "updaet",
    as_of="2017-02-15")
ask("board-meets", FACT, "meeting-rule", [["third Thursday"]],
    cite(GOV, "2.2 The Board meets", where="ToR 2.2"),
    ["When does the STP Programme Board meet?",
     "when does the PB meet? which day of the mnoth?",
     "What day should I keep free each month for the main programme board?"], "mnoth")
ask("uec-sro-from", MILESTONE, "effective-date", [on(1, 3, 2017, "1 March 2017", "01/03/2017")],
    cite(GOV, "4.1 Harriet Quennell leaves FRH", where="governance paper 4.1"),
    ["From what date does Desmond Achterberg take over as SRO for Urgent & Emergency Care?",
     "when does desmond start as UEC SRO? need to update the org chrat",
     "From when is the deputy chief executive at Fenwarden in charge of the emergency care programme?"], "chrat")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
P4 = cite(PLAN, "Table B2: Coverage of the nine national must-dos", where="Table B2 must-do grid (page 4)")
ask("md-gaps", MUSTDO, "mustdo-gap", [["Cancer"] + mdx(6)[1:], ["learning disabilities"] + mdx(8)[2:]],
    P4, ["Which national must-dos are not covered by any workstream in the plan?",
         "which must dos have no workstream against them? spotted some blnak rows",
         "Where are the holes in the plan against the nine national priorities?"], "blnak")
ask("md4-cover", MUSTDO, "mustdo-coverage", [["UEC", "Urgent & Emergency Care"], ["OOH", "Out of Hospital Care"],
                                             ["MH", "Mental Health"]],
    P4, ["Which workstreams cover must-do 4, A&E and ambulance performance?",
         "who covers MD4 (A&E)? the lead and the contributers",
         "Which programmes help with four-hour waits and ambulance response times?"], "contributers")
ask("md2-lead", MUSTDO, "mustdo-lead", [["PC", "Planned Care"]],
    P4, ["Which workstream leads on must-do 2, returning the system to financial balance?",
         "who's lead workstream for MD2 / money? finnace want to know who to chase",
         "Which programme is mainly on the hook for getting the books to balance?"], "finnace")
ask("mh-mustdos", MUSTDO, "by-workstream", [["A&E and ambulance", "Must-do 4", "must do 4", "MD4", "MD 4", "A&E"],
                                             ["IAPT, EIP and dementia", "Must-do 7", "must do 7", "MD7", "MD 7",
                                              "IAPT", "dementia"]],
    P4, ["Apart from must-do 1, which must-dos does the Mental Health workstream lead or contribute to?",
         "which MDs is the MH workstream on, besides 1? for the asurance return",
         "Which national priorities, other than having a plan at all, does the mental health programme help with?"],
    "asurance")
ask("uec-md7", MUSTDO, "cell-detail", [["2017/18"]],
    cite(PLAN, "\u2021 Must-do grid", where="Notes to Table B1, footnote double dagger on the UEC / must-do 7 cell"),
    ["What is the condition on Urgent & Emergency Care's contribution to must-do 7 (mental health)?",
     "UEC has a C with a funny mark against MD7 - what's the catcch?",
     "From when does the emergency care programme count towards the mental health priority?"], "catcch")
ask("md3-lead", MUSTDO, "mustdo-lead", [["OOH", "Out of Hospital Care"]],
    P4, ["Which workstream leads on must-do 3, the local plan for general practice?",
         "which workstream leads MD3 (GP forward view)? LMC wnat to know",
         "Which programme is mainly responsible for the plan to support GP surgeries?"], "wnat")

# ---------------------------------------------------------------------------------------------------------------
# Figures and decisions
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure", [["842,300", "842300", "842 300"]],
    cite(PRESS, "People served by the plan", where="press release 'at a glance'"),
    ["What population does the Ollerbrook & Fenwarden STP serve?",
     "what's the population of the O&F footprint? for a slide intor",
     "How many people live in the area the plan covers?"], "intor")
ask("gap", FACT, "figure", [["\u00a3214.6m", "214.6"]],
    cite(PLAN, "financial gap of", where="Annex B 'Closing the gap' (also the press release)"),
    ["What is the financial gap by 2020/21 if nothing changes?",
     "what's the do nothing gap by 20/21? need it for the brifeing",
     "How much money will the local NHS and councils be short by the end of the plan if they change nothing?"],
    "brifeing")
ask("beds", FACT, "figure", [["112"], ["1,818", "1818"]],
    cite(PRESS, "Acute hospital beds planned", where="press release 'at a glance'"),
    ["By how many acute beds does the plan reduce, and to what number by 2020/21?",
     "how many beds are we losing under the STP? and what's the end nubmer?",
     "How much smaller will the two hospitals be in terms of beds once the plan is delivered?"], "nubmer")
ask("pc-savings", FACT, "figure", [["57.5"]],
    cite(TRACKER, "PC | 2.5", sheet="Savings", where="Savings sheet PC row, Total column (£m)"),
    ["What are the total planned savings from the Planned Care workstream over 2016/17 to 2020/21?",
     "total PC savings over the 5 yrs? £m, for the finance comittee",
     "How much does the programme on operations and outpatients expect to save altogether?"], "comittee")
ask("savings-2021", FACT, "figure", [["59.2"]],
    cite(TRACKER, "Total | 6.1", sheet="Savings", where="Savings sheet Total row, 20/21 (also Annex B bridge)"),
    ["What savings do the five workstreams plan to deliver in 2020/21?",
     "how much do the workstreams save in 20/21 in total? £m for the bridgge",
     "How much of the money problem in the last year of the plan do the programmes themselves close?"], "bridgge")
ask("gp-investment", FACT, "figure", [["\u00a318.5 million", "18.5"]],
    cite(PRESS, "New investment in GP services", where="press release 'at a glance'"),
    ["How much new investment in GP services does the plan include by 2020/21?",
     "how much extra £ for general practice by 20/21? practice managers asking, thx in advnace",
     "How much more money will family doctors' surgeries get under the plan?"], "advnace")
ask("tracker-decision", FACT, "decision", [["PMO tracker", "tracker", "PMO milestone tracker"]],
    cite(GOV, "The Board is asked to: (a) APPROVE", where="governance paper 5, recommendation (d); also ToR 2.4"),
    ["What did the governance paper recommend as the single record of milestone dates?",
     "which doc is the single source of truth for dates now? the annex or somthing else?",
     "If two papers give different dates for the same thing, which one should I believe from February 2017?"],
    "somthing")
ask("quorum", FACT, "rule", [["five members", "5 members"]],
    cite(GOV, "2.3 The Board is quorate", where="ToR 2.3"),
    ["What is the quorum for the Programme Board?",
     "how many ppl make the PB quoarte?",
     "How many members have to turn up for the programme board to be able to make decisions?"], "quoarte")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (checked absent) and off-topic
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(GOV, "2.3 The Board is quorate", where="ToR 2.3: members choose a chair if the Chair is absent"),
    ["Who is the Vice Chair of the STP Programme Board?",
     "who's vice chair of the PB? need a deputy to sign the minuets",
     "If the chair of the main programme board is away, who normally stands in?"], "minuets")
absent("tcp lead", "tcp is led", "tcp chair", "transforming care partnership lead")
ask("nm-tcp-lead", NONE, "near-miss", [],
    P4, ["Who leads the Transforming Care Partnership for learning disabilities?",
         "who leads the TCP for LD? our LD nurses want a named persn",
         "Who is in charge of the local programme for people with learning disabilities and autism?"], "persn")
assert not re.search(r"\d+ (gp )?practices", EVERYTHING) and "number of practices" not in EVERYTHING
ask("nm-practices", NONE, "near-miss", [],
    cite(PRESS, "New investment in GP services", where="press release gives GP investment, not a practice count"),
    ["How many GP practices are there in the Ollerbrook & Fenwarden footprint?",
     "how many GP practises in O&F?",
     "How many family doctors' surgeries does the area have?"], "practises")
absent("closing date", "closes on", "consultation will close", "consultation closes")
ask("nm-consult-close", NONE, "near-miss", [],
    cite(PLAN, "Public consultation on the options", where="UEC4 gives 'Summer 2017' only"),
    ["On what date does the public consultation on the hyper-acute stroke unit close?",
     "when does the HASU consultaiton close? need the exact date",
     "What is the last day people can give their views on where the single stroke unit should go?"], "consultaiton")
absent("digital clinical lead", "chief clinical information officer is", "cclo")
ask("nm-dig-cl", NONE, "near-miss", [],
    cite(GOV, "4.3 There is still no clinical lead", where="governance paper 4.3: no Digital clinical lead yet"),
    ["Who is the clinical lead for the Digital enabler?",
     "who's clin lead for digital / the care record? GPs want a clinician to tlak to",
     "Which doctor is steering the shared care record work?"], "tlak")
absent("21/22", "2021/22", "2021-22")
ask("nm-savings-2122", NONE, "near-miss", [],
    cite(TRACKER, "Workstream", sheet="Savings", where="Savings sheet stops at 20/21"),
    ["What savings does the Out of Hospital Care workstream plan for 2021/22?",
     "OOH savings in 21/22? finance doing the long term modle",
     "How much will the out-of-hospital programme save in the year after the plan ends?"], "modle")
absent("capital", "build cost", "cost of the utc")
ask("nm-utc-cost", NONE, "near-miss", [],
    cite(PLAN, "Ollerbrook Urgent Treatment Centre (UTC)", where="UEC1 row gives no cost"),
    ["What is the capital cost of the Ollerbrook Urgent Treatment Centre?",
     "how much is the ollerbrook UTC costing (capital)? board memebrs asking",
     "How much is being spent on building the new 24/7 walk-in centre at Ollerbrook?"], "memebrs")
absent("trained so far", "have been trained", "staff trained to date")
ask("nm-mecc-progress", NONE, "near-miss", [],
    cite(PLAN, "1,200 staff trained in MECC", where="PP2 gives the target (1,200 by 31/03/2018), not progress"),
    ["How many staff have been trained in Making Every Contact Count so far?",
     "how many ppl done MECC training to date? for the PH commitee",
     "How far have we got with training front-line staff to give healthy lifestyle advice?"], "commitee")
absent("parking", "car park")
ask("ot-parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff parking permit at Fenwarden Royal Hospital?",
     "how do i get a parking permitt at FRH? new starter",
     "Where do I sort out being allowed to leave my car at the hospital while I'm on shift?"], "permitt")

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
        rel = re.search(r"\b(next month|next \w+ months|this month|this quarter|this qtr|overdue|currently|"
                        r"at present|now|atm|right now|these days|this week)\b", item["question"].lower())
        ok = ("ag-ooh3-owner", "ag-ooh2-date", "ag-uec1-date", "ag-uec1-why", "ag-tracker-decision", "ag-nm-mecc-progress")
        assert not rel or item["fact"] in ok, (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
