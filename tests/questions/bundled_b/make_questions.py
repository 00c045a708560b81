"""Write raw.jsonl for the bundled Lancashire & South Cumbria STP papers (bank bundled_b): 62 facts, each asked three ways.

The papers are the five bundled text files (the writer read them in its brief; here they are planbot's corpus/):
  000  Lancashire Health and Wellbeing Board, 13 December 2016: update on the STP
  001  Annexes to the Healthier Lancashire & South Cumbria draft STP (LDP plans on a page, initiative tables with
       scheme owners and key milestones, must-do matrices per LDP, workstream plans, digital, comms & engagement)
  002  Stakeholder briefing, February 2016 (a Herefordshire & Worcestershire STP briefing bundled with the others)
  003  L&SC Change Programme (and STP) Director's Report for July and August 2016
  004  BwD CCG & East Lancashire CCG governing bodies, 13 November 2019: ICS Strategic Plan development update

Units are bank_tools' units: for .txt a physical line, from 1. Every answerable fact cites a window of lines, and the
first alternative of every gold group must be in that window (checked here and again with bank_tools.check over
the written file). Facts that need a step of reasoning are worked out again from the paper text:
  - initiative tables are read back by their tab-separated cells (row number, initiative, Scheme Owner, ...), and
    the owners used as golds are asserted from the Scheme Owner cell;
  - must-do matrices are read by cell position under their header row (P1..P6, the West Lancs "Transforming ..."
    columns, the Fylde WP ticks), and the coverage / blank rows used as golds are asserted;
  - relative windows ("this month", "next month", "this quarter", "overdue") are re-derived from every milestone
    date of the area's table, so the gold is exactly what falls in the window.
Unanswerable facts are checked absent over all five papers. Each chat phrasing is lower case and names its one
typo, which must occur once, be no word of any paper and no other fact's typo. No gold alternative may occur in any
of its fact's three questions. A failed check stops the script before it writes.

usage: .venv/bin/python tests/questions/bundled_b/make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE.parent.parent.parent / "corpus"
HWB = "000_1beeecc3a1fe8f36.txt"
ANNEX = "001_73bed42a91822009.txt"
BRIEFING = "002_9a17ed84b459ea53.txt"
DIRECTOR = "003_3ae414a90e62ea73.txt"
ICS = "004_d1de9f0e4ea18a91.txt"
U = bank_tools.all_units(PAPERS)
A = U[ANNEX]
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
RELATIVE = re.compile(r"\b(next month|this month|this quarter|this qtr|overdue|currently|at present|now|atm|"
                      r"so far|by now|yet)\b")


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def cite(file, anchor, until=None, where=""):
    return bank_tools.cite(U, file, anchor, until, None, where)


def lines(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def line_of(file, text, start=1):
    hits = [k for k, v in U[file].items() if k >= start and norm(text) in norm(v)]
    assert hits, (file, text)
    return hits[0]


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited if cited else ({"file": None, "lines": None, "where": "off-topic"}, "")
    for group in gold:
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
        for g in group:
            for q in questions:
                assert norm(g) not in norm(q), f"{fid}: gold {g!r} appears in question {q!r}"
    assert (kind == NONE) == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    assert questions[1] == questions[1].lower(), f"{fid}: chat phrasing not lower case"
    tokens = re.findall(r"[a-z0-9']+", questions[1].lower())
    assert tokens.count(typo) == 1, f"{fid}: typo {typo!r} not once in the chat phrasing"
    assert typo not in WORDS, f"{fid}: typo {typo!r} is a word the papers use"
    assert fid not in TYPOS and typo not in TYPOS.values(), f"{fid}: fact or typo used twice"
    TYPOS[fid] = typo
    for q in questions:
        if as_of is None and kind != NONE:
            assert not RELATIVE.search(q.lower()), f"{fid}: relative wording without as_of: {q!r}"
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"bb-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"bb-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Initiative tables (tab-separated rows): {area: {row number: (line, initiative cell, owner cell)}}
# ---------------------------------------------------------------------------------------------------------------
TABLE_HEAD = "Initiatives which we will focus in 2016/17"


def table_rows(first, last):
    out = {}
    for ln in range(first, last + 1):
        cells = A[ln].split("\t")
        if len(cells) >= 3 and re.fullmatch(r"\d{1,2}", cells[0].strip()) and "ilestones" in cells[1]:
            out[int(cells[0])] = (ln, cells[1].strip(), cells[2].strip())
    return out


def section(start_text, end_text):
    a = line_of(ANNEX, start_text)
    return a, line_of(ANNEX, end_text, a)


BAY = table_rows(*section("Bay Health & Care Partners LDP", "Bay Health & Care Partners priorities against the 9"))
CEN = table_rows(*section("Central Lancashire Key milestones, Owners", "Central Lancashire priorities against the 9"))
FYL = table_rows(*section("Fylde Coast Key milestones, Owners", "Fylde Coast priorities against the 9"))
PEN = table_rows(*section("Pennine Lancashire Key milestones, Owners", "Pennine Lancashire priorities against the 9"))
WL = table_rows(*section("West Lancashire Key milestones, Owners", "West Lancashire priorities against the 9"))
# West Lancs 2/2 has no row numbers: initiative cell, then owner cell
WL_CONT = {}
for ln in range(line_of(ANNEX, "West Lancashire Key milestones, Owners, Risks, Governance & Interdependencies 2/2"),
                line_of(ANNEX, "West Lancashire priorities against the 9")):
    cells = A[ln].split("\t")
    if len(cells) == 5 and "Key milestones" in cells[0]:
        WL_CONT[cells[0][:40]] = (ln, cells[0], cells[1].strip())

assert sorted(BAY) == list(range(1, 11)), sorted(BAY)  # row 3 runs on over several lines
assert sorted(CEN) == [1, 2, 3, 4, 5] and sorted(PEN) == [1, 2, 3, 4, 5, 6] and sorted(FYL) == [1, 2, 3, 4, 5]
assert sorted(WL) == [1, 2, 3] and len(WL_CONT) == 3
assert PEN[3][2] == "Mark Youlton" and PEN[3][1].startswith("Solution Design")
assert PEN[2][2] == "Kevin McGee" and PEN[2][1].startswith("A&E Recovery Plan")
assert PEN[4][2] == "Marc Schmid Michelle Cloney" and PEN[6][2] == "Dominic Harrison"
assert PEN[5][2] == "Roger Parr" and PEN[1][2] == "Sharon Martin"
assert WL[3][2] == "Amanda Gordon" and "Musculoskeletal" in WL[3][1]
assert WL[1][2] == "Jackie Moran"
assert [v[2] for v in WL_CONT.values()] == ["John Caine", "Mike Maguire", "Mike Maguire"]
assert [v[1][:11] for v in WL_CONT.values() if v[2] == "Mike Maguire"] == ["Sustainabil", "A transform"]
assert all(CEN[n][2] == "Jayne Mellor" for n in (1, 2, 3, 4)) and CEN[5][2] == "OHOC SRO"
assert CEN[2][1].startswith("Elective Care Work-stream")
assert BAY[8][2] == "Aaron Cummins/ Kevin Parkinson (Exec Lead for Finance)"
assert BAY[10][2].startswith("Claire Molloy/ Andrew Bennett/ Jackie Daniel (SRO role for ACS)")
assert FYL[5][2] == "WP9" and "accountable care" in FYL[5][1]

# ---------------------------------------------------------------------------------------------------------------
# Milestone dates, for the relative windows
# ---------------------------------------------------------------------------------------------------------------
MONTHS = "january february march april may june july august september october november december".split()
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b")


def months(text):
    """Every 'Month YYYY' in a cell, as (year, month)."""
    return [(int(y), MONTHS.index(m) + 1) for m, y in MONTH_RE.findall(text.lower())]


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def in_month(rows, y, m):
    return {n for n, (_, cell, _) in rows.items() if (y, m) in months(cell)}


# Central Lancashire, next month as of 10 December 2016 = January 2017: only row 1 (IUCC and ICAP)
assert in_month(CEN, 2017, 1) == {1} and months(CEN[1][1]) == [(2017, 1), (2017, 1)]
assert "Integrated urgent care centre service (January 2017)" in CEN[1][1] and "ICAP (January 2017)" in CEN[1][1]
# Pennine Lancashire, this month as of 10 January 2017: Solution Design (row 3) and Prevention (row 6); row 4's
# focus groups run October 2016 - March 2018 (an ongoing range, not a milestone falling due)
assert in_month(PEN, 2017, 1) == {3, 6}
assert months(PEN[3][1]) == [(2017, 1)] * 3 and "Implementation plan for delivery in place (January 2017)" in PEN[6][1]
# Pennine Sustainability & Efficiency (row 5), overdue as of 1 March 2017: Sep 2016, Oct 2016, Feb 2017 (not Mar 2017)
AS_OF_SE = date(2017, 3, 1).toordinal()
se = months(PEN[5][1])
assert sorted(se) == [(2016, 9), (2016, 10), (2017, 2), (2017, 3)]
assert sorted(p for p in se if month_end(*p) < AS_OF_SE) == [(2016, 9), (2016, 10), (2017, 2)]
# Pennine locality working (row 1): October 2016 (twice), March 2017, April 2017
assert sorted(set(months(PEN[1][1]))) == [(2016, 10), (2017, 3), (2017, 4)]
# Bay LTC (row 2): this quarter as of 1 February 2017 = Qtr 4 16/17 -> only the respiratory testbed evaluation
assert re.findall(r"Qtr (\d): ([^Q]+)", BAY[2][1]) == [("3", "Implementation Plans "), ("4", "Respiratory Testbed Evaluation")]
assert "Qtr 3: Bay Wide Frailty Model Evaluation" in BAY[7][1]
assert "shadow form by October 2017" in BAY[10][1] and "formal arrangements by April 2018" in BAY[10][1]
assert months(FYL[5][1]) == [(2017, 4), (2018, 4), (2019, 4)]
assert "Consistent Walk-in offer which simplifies access for patients in Pennine Lancashire (April 2018)" in PEN[2][1]

# ---------------------------------------------------------------------------------------------------------------
# Must-do matrices, read by cell position under the header row
# ---------------------------------------------------------------------------------------------------------------


def matrix_row(row_ln, head_ln, labels):
    """{label: cell text} for one must-do row: the must-do text cell, then one cell per priority column."""
    head, row = A[head_ln].split("\t"), A[row_ln].split("\t")
    h = next(i for i, c in enumerate(head) if c.strip().startswith(labels[0]))
    for k, lab in enumerate(labels):
        assert head[h + k].strip().replace("\u0420", "P").startswith(lab), (head_ln, head[h + k], lab)
    t = next(i for i, c in enumerate(row) if len(c.strip()) > 40)
    assert t == h - 1, (row_ln, t, h)
    cells = row[t + 1:] + [""] * len(labels)
    return {lab: cells[k].strip() for k, lab in enumerate(labels)}


def filled(cells):
    return sorted(k for k, v in cells.items() if v)


BAY_P = ["P1", "P2", "P3", "P4", "P5", "P6"]
bay_md2 = matrix_row(line_of(ANNEX, "Return the system to aggregate financial balance", 198), 201, BAY_P)
assert filled(bay_md2) == ["P1", "P6"] and bay_md2["P6"].startswith("Baywide Cost Improvement programme delivers over £32m")
bay_md4 = matrix_row(line_of(ANNEX, "Get back on track with access standards", 207), 210, BAY_P)
assert filled(bay_md4) == ["P1", "P2", "P3", "P4", "P5"]
bay_md5 = matrix_row(line_of(ANNEX, "Improvement against and maintenance", 207), 210, BAY_P)
assert filled(bay_md5) == ["P2"] and bay_md5["P2"].startswith("Planned care projects")

CEN_P = ["P1", "P2", "P3", "P4", "P5"]
cen_md8_ln = line_of(ANNEX, "8. Deliver actions set out in local plans", 419)
cen_md8 = matrix_row(cen_md8_ln, cen_md8_ln - 1, CEN_P)
assert filled(cen_md8) == ["P3"] and "Lancashire Transforming Partnership" in cen_md8["P3"]

WL_P = ["Transforming Community", "Transforming Health Inequalities", "Transforming Long term conditions",
        "Transforming Urgent Care", "Transforming Planned Care"]
wl1 = line_of(ANNEX, "West Lancashire priorities against the 9 National Must Do's 1/3")
wl2 = line_of(ANNEX, "West Lancashire priorities against the 9 National Must Do's 2/3")
wl3 = line_of(ANNEX, "West Lancashire priorities against the 9 National Must Do's 3/3")
WLM = {3: matrix_row(wl1 + 6, wl1 + 3, WL_P), 4: matrix_row(wl2 + 4, wl2 + 3, WL_P),
       5: matrix_row(wl2 + 5, wl2 + 3, WL_P), 6: matrix_row(wl2 + 6, wl2 + 3, WL_P),
       7: matrix_row(wl3 + 4, wl3 + 3, WL_P), 8: matrix_row(wl3 + 5, wl3 + 3, WL_P),
       9: matrix_row(wl3 + 6, wl3 + 3, WL_P)}
assert "general practice" in A[wl1 + 6] and A[wl2 + 5].startswith("5\t") and A[wl3 + 5].startswith("8\t")
assert filled(WLM[3]) == ["Transforming Community", "Transforming Urgent Care"]
assert filled(WLM[5]) == ["Transforming Planned Care"] and "4.4 weeks" in WLM[5]["Transforming Planned Care"]
assert filled(WLM[6]) == ["Transforming Long term conditions"]
assert filled(WLM[8]) == ["Transforming Community"]

pen1 = line_of(ANNEX, "Pennine Lancashire priorities against the 9 National Must Do's 1/3")
pen_end = line_of(ANNEX, "West Lancashire LDP")
PEN_ROWS = {}
for ln in range(pen1, pen_end):
    cells = A[ln].split("\t")
    m = re.fullmatch(r"(\d)\.?", cells[0].strip()) if cells else None
    if m and len(cells) > 2:
        PEN_ROWS[int(m.group(1))] = [c.strip() for c in cells[2:]]
assert sorted(PEN_ROWS) == list(range(1, 10))
assert [n for n, cells in PEN_ROWS.items() if not any(cells)] == [3, 8, 9]

fyl_md3 = line_of(ANNEX, "3. Develop and implement a local plan", line_of(ANNEX, "Fylde Coast priorities against the 9"))
assert sorted(set(re.findall(r"WP\d", A[fyl_md3]))) == ["WP1", "WP3", "WP8"]


# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("pen-soldesign-owner", OWNER, "initiative-owner", [["Youlton"]],
    lines(ANNEX, PEN[3][0], where="Pennine LDP table 1/2, row 3 Solution Design, Scheme Owner column"),
    ["Who is the scheme owner for the Solution Design initiative in the Pennine Lancashire local delivery plan?",
     "who owns solution design in pennine? need to chase the draft bussiness case",
     "In East Lancashire, who is responsible for running the series of design workshops meant to produce the first "
     "draft proposal for changing local services?"], "bussiness")
ask("wl-msk-owner", OWNER, "initiative-owner", [["Gordon"]],
    lines(ANNEX, WL[3][0], where="West Lancs LDP table 1/2, row 3 MSK redesign, Scheme Owner column"),
    ["Who is the scheme owner for the redesign of musculoskeletal services in West Lancashire?",
     "who's leading the msk redesign in west lancs? physio team want to know who to talk to abuot the referral changes",
     "Who is in charge of changing how people with joint, back and muscle problems are seen around Skelmersdale "
     "and Ormskirk?"], "abuot")
ask("pen-comms-owners", OWNER, "owner-list", [["Schmid"], ["Cloney"]],
    lines(ANNEX, PEN[4][0], where="Pennine LDP table 2/2, row 4 Stakeholder Communications and Engagement, owners"),
    ["Who are the scheme owners for Stakeholder Communications and Engagement in Pennine Lancashire?",
     "who owns comms & engagement for the pennine ldp? both names pls, want to cc them on the focus group plna",
     "Who is responsible for keeping the public, staff and local politicians in East Lancashire informed and "
     "involved in the plans for change?"], "plna")
ask("bay-acs-sro", OWNER, "owner-list", [["Molloy"], ["Bennett"], ["Daniel"]],
    lines(ANNEX, BAY[10][0], where="Bay LDP table, row 10 Accountable Care Delivery Vehicle, 'SRO role for ACS'"),
    ["Who holds the SRO role for the Accountable Care Delivery Vehicle implementation in the Bay Health & Care "
     "Partners plan?",
     "who are the sros for the bay acs delivery vehicle? the non-clinical ones. need them for the gateway reveiw",
     "In Morecambe Bay, which senior leaders are accountable for setting up the new body that will hold the local "
     "organisations together as one system?"], "reveiw")
ask("bay-cip-owners", OWNER, "owner-list", [["Cummins"], ["Parkinson"]],
    lines(ANNEX, BAY[8][0], where="Bay LDP table, row 8 Baywide Cost Improvement Programme, Scheme Owner column"),
    ["Who are the scheme owners of the Baywide Cost Improvement Programme?",
     "who owns the baywide cip? finance want the exec lead names for the procurment paper",
     "Who are the finance leads responsible for the joint savings programme across the Morecambe Bay "
     "organisations?"], "procurment")
ask("cen-elective-owner", OWNER, "initiative-owner", [["Mellor"]],
    lines(ANNEX, CEN[2][0], where="Central Lancs table 1/2, row 2 Elective Care Work-stream, Scheme Owner column"),
    ["Who is the scheme owner for the Elective Care Work-stream in Central Lancashire?",
     "central lancs elective care workstream - who's the owner? got a q on the procurement timelien",
     "In Preston and Chorley, who is responsible for the work on planned operations, referrals and cancer "
     "pathways?"], "timelien")
ask("pc-sro-clinical-lead", OWNER, "two-roles", [["Ridgeway"], ["Spencer"]],
    cite(DIRECTOR, "announce the appointment of Dr Malcolm Ridgeway",
         where="Director's Report 3.3.1: SRO and Clinical Lead for the Primary Care Transformation Workstream"),
    ["Who was appointed SRO for the Primary Care Transformation Workstream, and who is its Clinical Lead?",
     "who's sro and clinical lead for the primary care transformation workstream? both names, for the gp forum agneda",
     "Which two doctors were named to lead the programme to change general practice across the area, one in "
     "overall charge and one giving the clinical steer?"], "agneda")
ask("lod-sro", OWNER, "role-holder", [["Tierney-Moore", "Tierney Moore"]],
    cite(DIRECTOR, "nomination to be the SRO for the Leadership and OD enabling workstream",
         where="Director's Report 3.3.3: SRO for the Leadership and OD enabling workstream"),
    ["Who is the SRO for the Leadership and OD enabling workstream?",
     "who's sro for l&od? want to ask about the leadership developmnet offer",
     "Who is the senior person in charge of the programme to build up leaders and organisations so they can make "
     "the changes happen?"], "developmnet")
ask("digital-sro", OWNER, "role-holder", [["Karunanithi"]],
    cite(DIRECTOR, "SRO for the Digital Health Programme", where="Director's Report 7.1: SRO for the Digital Health "
         "Programme (with Declan Hadley, Programme Director)"),
    ["Who is the SRO for the Digital Health Programme?",
     "who's the sro for digital health? need sign off on the wifi rollout updaet",
     "Who is the senior lead accountable for the programme on shared electronic records and technology across "
     "Lancashire?"], "updaet")
maguire = [v[0] for v in WL_CONT.values() if v[2] == "Mike Maguire"]
ask("wl-maguire-schemes", OWNER, "role-of-person", [["Southport", "mid-Mersey"], ["Mental Health"]],
    lines(ANNEX, maguire[0], maguire[1], where="West Lancs table 2/2: Southport / mid-Mersey row and Mental Health "
          "row, both owned by Mike Maguire"),
    ["Which West Lancashire initiatives is Mike Maguire the scheme owner for?",
     "what does mike maguire own in the west lancs ldp? think it's two things, just checkng",
     "Mike Maguire's name comes up in the West Lancashire plan; which pieces of work is he responsible for?"],
    "checkng")
ask("ics-presenter", OWNER, "presenter", [["Richardson"]],
    cite(ICS, "Presented By:", where="ICS update cover sheet: Presented By"),
    ["Who presented the Lancashire and South Cumbria ICS Strategic Plan Development update report to the CCG "
     "governing bodies?",
     "who presented the ics strategic plan update at the bwd & east lancs gb meeting in common? for the mintues",
     "Who took the two Blackburn and East Lancashire commissioning boards through the update on writing the area's "
     "five-year plan in November 2019?"], "mintues")
ask("comms-director-new", OWNER, "changed-owner", [["Greaves"]],
    cite(HWB, "While Roger Baker, the Comms and Engagment Director has recently left",
         where="HWB update 3.0: Neil Greaves starting from January"),
    ["Who is replacing Roger Baker as Comms and Engagement Director for Healthier Lancashire and South Cumbria?",
     "roger baker's left - who's the new comms & engagement director at hlsc? need to send them our enagement plan",
     "Who is the new person coming in from January to run communications and public involvement for the "
     "Lancashire and South Cumbria programme?"], "enagement")
ask("fylde-acs-owner", OWNER, "initiative-owner", [["WP9", "System Design"]],
    lines(ANNEX, FYL[5][0], where="Fylde Coast table 2/2, row 5 accountable care foundations, Scheme Owner WP9 "
          "(WP9 System Design in the key above)"),
    ["Which work programme owns the Fylde Coast initiative to lay the foundations for an accountable care system?",
     "fylde coast - which wp is the owner of the acs foundations initiative? can't rember which number",
     "On the Fylde coast, which strand of work is responsible for setting up the arrangements for the "
     "organisations to share functions and be held jointly answerable?"], "rember")
ask("pen-prevention-owner", OWNER, "initiative-owner", [["Harrison"]],
    lines(ANNEX, PEN[6][0], where="Pennine LDP table 2/2, row 6 Prevention, Scheme Owner column"),
    ["Who is the scheme owner for the Prevention initiative in Pennine Lancashire?",
     "pennine ldp prevention - who owns it? want to share some roi evidance with them",
     "In East Lancashire, who is responsible for picking which measures to stop people becoming ill are worth "
     "paying for?"], "evidance")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("pen-locality-dates", MILESTONE, "several-dates",
    [["October 2016", "Oct 2016"], ["March 2017", "Mar 2017"], ["April 2017", "Apr 2017"]],
    lines(ANNEX, PEN[1][0], where="Pennine LDP table 1/2, row 1 Pilot Locality Working, key milestones"),
    ["What are the key milestone dates for piloting locality working in test bed sites in Pennine Lancashire?",
     "pennine locality working pilots - what are all the milestone dates? doing a gantt chrat",
     "When are the trial neighbourhood teams in East Lancashire due to start up and reach each of their stages?"],
    "chrat")
ask("cen-msk-procurement", MILESTONE, "milestone-date", [["November 2017", "Nov 2017", "Nov-17", "11/2017"]],
    lines(ANNEX, CEN[2][0], where="Central Lancs table 1/2, row 2: Integrated MSK service procurement"),
    ["By when is the integrated MSK service procurement in Central Lancashire to be completed and the new service "
     "implemented?",
     "when's the central lancs msk procurement meant to finish + new service live? gps keep askign",
     "When should the new joint, muscle and back pain service in Preston and Chorley be bought and up and running?"],
    "askign")
ask("cen-cancer-bundle", MILESTONE, "milestone-date", [["April 2017", "Apr 2017", "Apr-17", "04/2017"]],
    lines(ANNEX, CEN[2][0], where="Central Lancs table 1/2, row 2: implement Cancer Care Bundle"),
    ["When is the Cancer Care Bundle due to be implemented in Central Lancashire?",
     "central lancs cancer care bundle - when does it go in? cancer locality group meeting tomorow",
     "When will the new package of agreed cancer care steps start being used in Preston and Chorley?"], "tomorow")
ask("cen-mh-liaison", MILESTONE, "unknown-date",
    [["time frame as yet unknown", "unknown", "not known", "no date", "not yet known", "no timeframe",
      "no time frame"]],
    lines(ANNEX, CEN[1][0], where="Central Lancs table 1/2, row 1: all age Mental Health Liaison service"),
    ["When will the all age Mental Health Liaison service in Central Lancashire be developed?",
     "central lancs all-age mh liaison service - what's the date for it? liason nurses asking",
     "When will the Preston and Chorley hospitals get a psychiatric team for patients of any age who come in "
     "through A&E?"], "liason")
ask("wl-community-golive", MILESTONE, "milestone-date", [["April 2017", "Apr 2017", "April/May 2017"]],
    lines(ANNEX, WL[1][0], where="West Lancs table 1/2, row 1: new community provider model, Go Live"),
    ["When does the new community provider model in West Lancashire go live?",
     "west lancs new community provider (mcp-ish) go live date? district nurses want to knwo",
     "When does the new organisation running community health services around Ormskirk and Skelmersdale take "
     "over?"], "knwo")
ask("pen-walkin-who-when", MILESTONE, "who-and-when", [["McGee"], ["April 2018", "Apr 2018"]],
    lines(ANNEX, PEN[2][0], where="Pennine LDP table 1/2, row 2 A&E Recovery Plan: owner and walk-in offer date"),
    ["Who owns Pennine Lancashire's A&E Recovery Plan, and by when should the consistent walk-in offer be in place?",
     "pennine a&e recovery plan - who owns it and when's the walk in offer due? for our rota plannng",
     "Who is in charge of getting East Lancashire's emergency department waits back on track, and when should "
     "people there have one consistent place to turn up without an appointment?"], "plannng")
ask("fylde-acs-dates", MILESTONE, "several-dates", [["April 2017"], ["April 2018"], ["April 2019"]],
    lines(ANNEX, FYL[5][0], where="Fylde Coast table 2/2, row 5: MCP and shadow ACS, formal ACS, shadow ACO"),
    ["What are the key milestones and dates for developing an accountable care system on the Fylde Coast?",
     "fylde acs timeline? shadow, formal, aco... what dates are in the ldp for each stepp",
     "On the Fylde coast, when are the organisations expected to start working as one jointly answerable system, "
     "first informally and then for real?"], "stepp")
ask("bay-acs-shadow", MILESTONE, "several-dates", [["October 2017", "Oct 2017"], ["April 2018", "Apr 2018"]],
    lines(ANNEX, BAY[10][0], where="Bay LDP table, row 10 Accountable Care Delivery Vehicle: shadow and formal dates"),
    ["By when is the Bay Health & Care Partners accountable care system expected to be working in shadow form, and "
     "when are formal arrangements to be established?",
     "bay acs - when's shadow form and when's it formal? boards keep asking and i keep forgeting",
     "When is the Morecambe Bay partnership expected to start running as a trial joint organisation, and when "
     "should it be set up properly?"], "forgeting")
ask("bay-frailty-eval", MILESTONE, "quarter", [["Qtr 3", "Q3", "Quarter 3", "third quarter", "Qtr3"]],
    lines(ANNEX, BAY[7][0], where="Bay LDP table, row 7 Older people living with frailty: Qtr 3 evaluation"),
    ["When is the Bay Wide Frailty Model due to be evaluated?",
     "when's the bay frailty model evalution due?",
     "When will Morecambe Bay check how well its new approach for frail older people is working?"], "evalution")
ask("cen-next-month", MILESTONE, "relative-window", [["urgent care centre", "IUCC"], ["ICAP"]],
    lines(ANNEX, CEN[1][0], where="Central Lancs table 1/2, row 1: IUCC and ICAP both January 2017 (the only "
          "Central Lancs milestones that month)"),
    ["What milestones are due in Central Lancashire next month?",
     "what's due for central lancs next month? putting the newsleter together",
     "For Preston and Chorley, which parts of the local plan should be in place by the end of next month?"],
    "newsleter", as_of="2016-12-10")
ask("pen-this-month", MILESTONE, "relative-window",
    [["Solution Design", "Business Case", "series of events"], ["Prevention", "implementation plan"]],
    lines(ANNEX, PEN[3][0], PEN[6][0], where="Pennine LDP tables: row 3 Solution Design (three items January 2017) "
          "and row 6 Prevention (implementation plan January 2017)"),
    ["Which Pennine Lancashire milestones fall due this month?",
     "what's due this month for pennine? for the ldp highlight reprot",
     "What is East Lancashire's local plan supposed to have delivered by the end of the current month?"],
    "reprot", as_of="2017-01-10")
ask("pen-se-overdue", MILESTONE, "overdue",
    [["Evaluation of options", "February 2017", "business cases"], ["economic modelling", "October 2016", "partner"],
     ["September 2016", "Establishment"]],
    lines(ANNEX, PEN[5][0], where="Pennine LDP table 2/2, row 5 Sustainability and Efficiency: Sep 2016, Oct 2016 "
          "and Feb 2017 past; March 2017 not yet"),
    ["Which Sustainability and Efficiency milestones in Pennine Lancashire are now overdue?",
     "pennine sustainability & efficiency - which milestones are overdue? prepping the exeption report",
     "Which of East Lancashire's money-saving steps should already have happened by now?"],
    "exeption", as_of="2017-03-01")
ask("bay-ltc-this-quarter", MILESTONE, "relative-window",
    [["Respiratory Testbed", "respiratory test bed", "Respiratory"]],
    lines(ANNEX, BAY[2][0], where="Bay LDP table, row 2 Long Term Conditions: Qtr 4 Respiratory Testbed Evaluation"),
    ["What is due this quarter for the Bay Health & Care Partners Long Term Conditions integrated pathways and "
     "teams initiative?",
     "bay ltc pathways and teams - what's due this qtr? copd nurses asking, want to be redy",
     "For Morecambe Bay's work on joined-up care for people with ongoing illnesses, what should be finished in the "
     "current quarter?"], "redy", as_of="2017-02-01")
ask("engagement-plan-review", MILESTONE, "meeting-date", [on(18, 1, 2017, "18 January 2017")],
    cite(HWB, "will be reviewed by the Programme Board on 18 January 2017",
         where="HWB update 3.0: engagement, involvement and communication plan reviewed by the Programme Board"),
    ["When will the Programme Board review the plan for engagement, involvement and communication across all "
     "stakeholders?",
     "when does prog board look at the stp comms & engagement plan? need it in the diray",
     "On what date is the top programme group going to look at the plan for how the public and staff will be told "
     "about, and drawn into, the changes?"], "diray")
ask("ics-final-submission", MILESTONE, "milestone-date", [on(15, 11, 2019, "15th November 2019")],
    cite(ICS, "3. Final Draft ICS Strategic Plan submission", where="ICS update, Our Approach: stage 3"),
    ["When is the final draft ICS Strategic Plan due to be submitted?",
     "ics strategic plan final draft - submission date? want to block out the week befroe",
     "By what date does the area's five-year answer to the national ten-year plan have to go in, in its last draft "
     "form?"], "befroe")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------


def mdg(n, *first):
    return alts(*first, *md(n))


ask("pen-mustdo-gaps", MUSTDO, "mustdo-gap",
    [mdg(3, "general practice"), mdg(8, "learning disabilities"), mdg(9, "quality", "special measures")],
    lines(ANNEX, pen1, pen_end - 1, where="Pennine must-do matrix 1/3-3/3: rows 3, 8 and 9 have no entries"),
    ["Which of the nine national must-dos have no entries against any Pennine Lancashire priority?",
     "which must dos does pennine leave blank in the matrix? assurance team spotted gaps, want to confrim",
     "Which of the nine national targets for this year does East Lancashire's plan say nothing about at all?"],
    "confrim")
ask("wl-md5", MUSTDO, "mustdo-coverage", [["Transforming Planned Care", "planned care"]],
    lines(ANNEX, wl2, wl2 + 5, where="West Lancs must-do matrix 2/3, row 5: only Transforming Planned Care"),
    ["Which West Lancashire priority addresses must-do 5, the 18-week referral to treatment standard?",
     "west lancs - which priority covers md5 / rtt? writing the elective recovey bit",
     "In the West Lancashire plan, which of its main aims is lined up against the national rule that routine "
     "patients should be treated within eighteen weeks of referral?"], "recovey")
ask("wl-md6", MUSTDO, "yes-no",
    [["Transforming Long term conditions", "long term conditions", "long-term conditions", "LTC"]],
    lines(ANNEX, wl2, wl2 + 6, where="West Lancs must-do matrix 2/3, row 6: only Transforming Long term conditions"),
    ["Is must-do 6, the 62-day cancer standard, covered by West Lancashire's Transforming Planned Care priority, or "
     "by a different one?",
     "is cancer (md6) under planned care in the west lancs matrix or somewhere else? doing the cancer allaince return",
     "Which part of the West Lancashire plan takes on the national target for starting cancer treatment within two "
     "months of an urgent referral?"], "allaince")
ask("wl-md8", MUSTDO, "mustdo-coverage", [["Transforming Community", "Transform Community Services"]],
    lines(ANNEX, wl3, wl3 + 5, where="West Lancs must-do matrix 3/3, row 8: only Transforming Community"),
    ["Which West Lancashire priority contributes to must-do 8 on learning disabilities?",
     "which west lancs priority is against md8 (ld)? tcp asked us to chekc",
     "In the West Lancashire plan, which main aim is linked to the national target on better support for people "
     "with a learning disability?"], "chekc")
ask("wl-md3", MUSTDO, "mustdo-coverage",
    [["Transforming Community", "Transform Community Services"], ["Transforming Urgent Care", "urgent care"]],
    lines(ANNEX, wl1, wl1 + 6, where="West Lancs must-do matrix 1/3, row 3: Transforming Community and Transforming "
          "Urgent Care"),
    ["Which West Lancashire priorities have entries against must-do 3, the sustainability and quality of general "
     "practice?",
     "west lancs - which priorities cover md3, genral practice sustainability?",
     "Which parts of the West Lancashire plan are meant to help keep local GP surgeries viable and good?"], "genral")
ask("bay-md5", MUSTDO, "mustdo-coverage", [["P2", "Priority 2", "planned care"]],
    cite(ANNEX, "Bay Health & Care Partners priorities against the 9 National Must Do's 2/3",
         "more than 92 percent of patients on non-emergency pathways",
         where="Bay must-do matrix 2/3, row 5: only P2 has an entry"),
    ["Which Bay Health & Care Partners priority covers must-do 5, referral to treatment within 18 weeks?",
     "bay matrix - which priority has rtt (md5) against it? elective team nedd it",
     "For Morecambe Bay, which of the plan's main aims is supposed to help get routine operations done within "
     "eighteen weeks?"], "nedd")
RANGE = ["P1-P5", "P1 - P5", "P1 to P5", "P1\u2013P5", "except P6", "apart from P6", "all but P6", "other than P6",
         "not P6"]
ask("bay-md4", MUSTDO, "mustdo-coverage",
    [alts("P1", "Out of Hospital", "OOH", *RANGE), alts("P2", "long term conditions", "LTC", *RANGE),
     alts("P3", "children", *RANGE), alts("P4", "urgent care", "urgent & emergency", *RANGE),
     alts("P5", "frailty", *RANGE)],
    cite(ANNEX, "Bay Health & Care Partners priorities against the 9 National Must Do's 2/3",
         "Get back on track with access standards", where="Bay must-do matrix 2/3, row 4: P1 to P5 filled, P6 blank"),
    ["Which Bay Health & Care Partners priorities contribute to must-do 4 on A&E and ambulance waits?",
     "bay - which priorities are mapped to md4 (a&e 4hr / ambulance)? need it for the a&e delivery bord",
     "Which of Morecambe Bay's main aims are expected to help cut waits in the emergency department and for "
     "ambulances?"], "bord")
ask("cen-md8", MUSTDO, "mustdo-coverage", [["P3", "Priority 3", "Care Closer to Home", "integrated neighbourhoods"]],
    lines(ANNEX, cen_md8_ln - 1, cen_md8_ln, where="Central Lancs must-do matrix 12/14, row 8: only P3 has an entry"),
    ["Which Central Lancashire priority has an entry against must-do 8 on learning disabilities?",
     "central lancs matrix - which priority covers md8 learning disabilites?",
     "In the Preston and Chorley plan, which main aim carries the work on better care for people with a learning "
     "disability?"], "disabilites")
ask("fylde-md3", MUSTDO, "mustdo-coverage",
    [["WP1", "Enhanced GP Access"], ["WP3", "Care Model Delivery"], ["WP8", "Effective Use of Resources"]],
    lines(ANNEX, fyl_md3 - 4, fyl_md3, where="Fylde must-do matrix, row 3: ticks for WP8, WP1 and WP3"),
    ["Which Fylde Coast work programmes are ticked against must-do 3, the sustainability and quality of general "
     "practice?",
     "fylde matrix - which wps are ticked for md3 general practice? doing the gpfv returm",
     "On the Fylde coast, which strands of work are shown as helping keep GP surgeries sustainable and good?"],
    "returm")
ask("bay-md2-p6", MUSTDO, "cell-detail", [["£32m", "32m", "32 million", "£32 m"]],
    lines(ANNEX, 198, line_of(ANNEX, "expected to deliver savings by tackling unwarranted variation", 198),
          where="Bay must-do matrix 1/3, row 2, P6 cell: Baywide CIP delivers over £32m"),
    ["What does the Bay Health & Care Partners must-do matrix say Priority 6 will deliver towards must-do 2, "
     "financial balance?",
     "bay md2 / p6 cell - how much does the baywide cip say it'll save? finance asked, quick qeustion",
     "According to Morecambe Bay's table of national targets, how much will its joint savings programme take out "
     "to help balance the books?"], "qeustion")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures from the prose
# ---------------------------------------------------------------------------------------------------------------
ask("bay-population", FACT, "figure", [["365,000", "365000", "365k"], ["45 GP practices", "45 practices", "45"]],
    cite(ANNEX, "The BHCP system footprint is the population of 365,000",
         where="Bay LDP on a page, first bullet"),
    ["What is the registered population of the Bay Health & Care Partners footprint, and how many GP practices "
     "serve it?",
     "bhcp footprint - how many ppl registered and how many gp pracitces?",
     "Roughly how many people are on GP lists in the north Lancashire and south Cumbria area covered by the plan, "
     "and across how many surgeries?"], "pracitces")
ask("cen-gap", FACT, "figure", [["£95.5m", "95.5"]],
    cite(ANNEX, "'do nothing' gap of £95.5m", where="Central Lancs LDP on a page, second bullet"),
    ["What is Central Lancashire's 'do nothing' financial gap by 2020/21?",
     "central lancs do nothing gap by 20/21? £ figure pls for the board pappers",
     "If nothing changed, how big would the money shortfall be for Preston, Chorley and South Ribble by the end of "
     "the plan?"], "pappers")
ask("ld-pooled-budget", FACT, "figure", [["£194 Million", "194"]],
    cite(ANNEX, "£194 Million Pooled Budget", where="Learning Disabilities and/or Autism plan on a page, "
         "Finance & Efficiency"),
    ["What is the size of the pooled budget in the Pan Lancashire Learning Disabilities and/or Autism "
     "Transformation Plan?",
     "how big is the pooled budget for the ld/autism tcp? £ figure, for the comissioners",
     "How much money will go into a shared pot for services for people with a learning disability or autism "
     "across Lancashire?"], "comissioners")
ask("digital-funding", FACT, "figure", [["£30m", "30m", "30 million"]],
    cite(ANNEX, "£30m STP over three years", where="Digital (IT) enablers, Summary"),
    ["How much STP funding is the digital programme expected to receive over three years?",
     "digital enablers - how much stp money over 3 yrs? for the it stratgey",
     "How much transformation money is set aside for the technology work across Lancashire and South Cumbria "
     "over the next few years?"], "stratgey")
ask("prevention-savings", FACT, "figure", [["£225m", "225"]],
    cite(ANNEX, "We estimate this to be in the region of £225m",
         where="Prevention and Population Health plan on a page, Finance & Efficiency"),
    ["What return on investment or net savings does the Prevention and Population Health programme estimate its "
     "initiatives will achieve?",
     "prevention & pop health plan - what's the estimated saving? i neeed the exact number",
     "How much money could the work to stop people getting ill in the first place save, according to the plan?"],
    "neeed")
ask("vcfs-volunteers", FACT, "figure", [["668,000", "668000", "668k"]],
    cite(ANNEX, "668,000 active volunteers", where="Third Sector annex: estimated active volunteers"),
    ["How many active volunteers are estimated to be operating in Lancashire and South Cumbria?",
     "how many active volunteers in l&sc? for the third sector strategy slidse",
     "How many people are thought to give their time unpaid to charities and community groups across the area?"],
    "slidse")
ask("acronym-lpres", FACT, "definition",
    [["Lancashire Person Record Service", "Person Record Service", "Health Information Exchange"]],
    cite(DIRECTOR, "Lancashire Person Record Service (LPRES)", where="Director's Report 7.2.1 heading"),
    ["What does LPRES stand for?",
     "what's lpres short for? keeps coming up in the digital upadtes",
     "What is the full name of the Lancashire system that lets any provider send documents to any GP and view "
     "shared records?"], "upadtes")
ask("acronym-vcfs", FACT, "definition",
    [["voluntary, community and faith", "voluntary community and faith", "voluntary, community & faith"]],
    cite(ANNEX, "known in short as the VCFS", where="Third Sector annex, first paragraph"),
    ["What does VCFS stand for in the STP annexes?",
     "vcfs = ? someone used it in a meeting and i was too embarassed to ask",
     "What is the long form of the four-letter abbreviation the plan uses for charities and local groups?"],
    "embarassed")
ask("acute-services-list", FACT, "list",
    [["vascular"], ["Stroke"], ["neurology"], ["cancer"], ["maternity"], ["neonatology", "NICU"], ["paediatrics"],
     ["critical care"], ["end of life"], ["orthopaedics", "MSK"]],
    cite(ANNEX, "3 Assess options for future delivery of the following services", "orthopaedics and MSK",
         where="Acute & Specialist plan on a page, initiative 3: services whose future delivery is assessed"),
    ["For which services will the Acute & Specialist workstream assess options for future delivery?",
     "acute & specialised workstream - which services are they reviewing options for? full lsit pls",
     "Which hospital specialties are being looked at for how they might be organised differently across the area "
     "in future?"], "lsit")
ask("lcv-signoff", FACT, "governance", [["Collaborative Commissioning Board", "CCB"]],
    cite(HWB, "These plans will be signed off and monitored by the Collaborative Commissioning Board",
         where="HWB update 2.0: interventions of lower clinical value"),
    ["Which body will sign off and monitor the implementation plans for interventions of lower clinical value?",
     "who signs off the lower clinical value policy implementation plans? which board? asking for the ifr tema",
     "Which group has the final say on, and keeps an eye on, the plans to stop paying for treatments that do "
     "patients little good?"], "tema")
ask("fylde-national-initiatives", FACT, "list", [["Vanguard"], ["Test Bed", "Testbed"], ["Healthy New Town"]],
    cite(ANNEX, "participating in three national, interlinked initiatives",
         where="Fylde Coast LDP on a page: 'Our starting point is strong'"),
    ["Which three national, interlinked initiatives is the Fylde Coast system participating in?",
     "fylde coast - what are the 3 national initiatives they're part of? new starter, tryign to get my head round it",
     "Which national pilot schemes is the Blackpool, Fylde and Wyre area taking part in at the same time?"],
    "tryign")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (absence checked over all papers) and off-topic
# ---------------------------------------------------------------------------------------------------------------
absent("sro for urgent", "sro for the urgent", "senior responsible officer for urgent",
       "senior responsible officer for the urgent", "uec sro", "urgent and emergency care sro",
       "sro for the acute", "sro for acute")
ask("nm-uec-sro", NONE, "near-miss", [],
    cite(HWB, "Additional specialist support to the Senior Responsible Officer",
         where="HWB update 2.0: the workstream's SRO is mentioned but never named"),
    ["Who is the Senior Responsible Officer for the STP Urgent and Emergency Care workstream?",
     "who's the sro for the l&sc uec workstream? need a name for the 12 week reviw",
     "Who is the named senior lead in overall charge of the Lancashire-wide work on A&E and urgent care?"], "reviw")
absent("sro for ohoc", "ohoc sro is", "sro of ohoc", "our health our care sro", "sro for our health",
       "ohoc senior responsible")
assert norm(A[CEN[5][0]]).count("ohoc sro") == 1 and "ohoc sro" not in EVERYTHING.replace("ohoc sro", "", 1)
ask("nm-ohoc-sro", NONE, "near-miss", [],
    lines(ANNEX, CEN[5][0], where="Central Lancs table 2/2, row 5: owner given only as 'OHOC SRO', no name"),
    ["What is the name of the OHOC SRO who owns Central Lancashire's integrated neighbourhoods initiative?",
     "central lancs initiative 5 just says 'ohoc sro' - who actually is that? need to emial them",
     "Who is the named senior lead of the Preston and Chorley joint programme for community-based neighbourhood "
     "care?"], "emial")
assert not MONTH_RE.search(FYL[3][1].lower()) and not re.search(r"\b20\d\d\b|qtr|\d\d/\d\d", FYL[3][1].lower())
assert "Milestones determined by Transformation Area requirements" in FYL[3][1]
ask("nm-fylde-uec-date", NONE, "near-miss", [],
    lines(ANNEX, FYL[3][0], where="Fylde Coast table 2/2, row 3 UEC redesign: 'Milestones determined by "
          "Transformation Area requirements', no date"),
    ["When is the Fylde Coast redesign of urgent and emergency care services due to be completed?",
     "fylde uec redesign - what's the completion date? the milestones column is a bit vauge",
     "By when should the Blackpool area have finished reshaping how people get into A&E and urgent services?"],
    "vauge")
for file, units in U.items():
    for k, v in units.items():
        if re.search(r"musculo|\bmsk\b", v.lower()) and "west lanc" in v.lower():
            assert "£" not in v, (file, k)
assert "£" not in A[WL[3][0]] and "£" not in A[wl2 + 5] and "£" not in A[wl1 + 5]
absent("msk savings of", "savings target of", "msk saving of")
ask("nm-wl-msk-saving", NONE, "near-miss", [],
    lines(ANNEX, WL[3][0], where="West Lancs table 1/2, row 3 MSK redesign: 'savings targets' mentioned, no figure"),
    ["How much is the West Lancashire musculoskeletal redesign expected to save?",
     "how much £ is the west lancs msk redesign supposed to save? finance want the target figuer",
     "What savings target has been set for changing the joint and back pain services around Skelmersdale?"],
    "figuer")
pen_ldp = line_of(ANNEX, "Pennine Lancashire LDP")
assert all("£" not in A[k] for k in range(pen_ldp, pen_end))
for file, units in U.items():
    for k, v in units.items():
        if re.search(r"pennine|east lancashire", v.lower()):
            assert "£" not in v, (file, k)
ask("nm-pen-gap", NONE, "near-miss", [],
    lines(ANNEX, line_of(ANNEX, "The Pennine Lancashire system footprint is"), line_of(ANNEX, " by 2020/21.", pen_ldp),
          where="Pennine LDP on a page: 'address our do nothing gap by 2020/21', no figure anywhere in the LDP"),
    ["What is Pennine Lancashire's 'do nothing' financial gap by 2020/21?",
     "pennine do nothing gap by 20/21 in £m? can't find it in the ldp, maybe i'm bieng thick",
     "How big is East Lancashire's projected money shortfall by the end of the plan if nothing is done?"], "bieng")
absent("appointed as independent chair", "appointment of the independent chair", "independent chairman is",
       "independent chair is", "chaired by", "chair of the jc", "chair of the joint committee")
ask("nm-jcccg-chair", NONE, "near-miss", [],
    cite(DIRECTOR, "the job description and person specification, for the Independent Chairman",
         where="Director's Report 3.1.5: recruitment of an Independent Chairman, nobody named"),
    ["Who is the Independent Chair of the Joint Committee of Clinical Commissioning Groups?",
     "who's the independent chair of the jcccgs? they were being recuited in 2016",
     "Who was picked from outside the NHS bodies to chair the joint decision-making committee of all the local "
     "commissioning groups?"], "recuited")
absent("parking", "car park", "permit")
ask("ot-parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff parking permit at Royal Preston Hospital?",
     "how do i get a staff parking permitt at rph?",
     "Where do I sort out being allowed to leave my car at the hospital while I'm on shift?"], "permitt")
absent("annual leave", "carry over", "leave year")
ask("ot-annual-leave", NONE, "off-topic", [], None,
    ["How many days of annual leave can I carry over into the next leave year?",
     "can i carry over al into next yr? how many dayz?",
     "If I haven't used all my holiday, how much can I roll forward?"], "dayz")
absent("payslip", "pay slip", "esr")
ask("ot-payslip", NONE, "off-topic", [], None,
    ["Where can I view my payslip online?",
     "where do i find my payslip onlin? esr won't let me log in",
     "How do I check how much I was paid and what was taken off?"], "onlin")
absent("nhsmail", "nhs mail", "password")
ask("ot-nhsmail", NONE, "off-topic", [], None,
    ["How do I reset my NHSmail password?",
     "locked out of nhsmail again, how do i resset my password?",
     "I can't get into my work email account; how do I get back in?"], "resset")
absent("flu jab", "flu vacc", "influenza", "vaccination", "jab")
ask("ot-flu", NONE, "off-topic", [], None,
    ["Where and when are the staff flu vaccination clinics running this winter?",
     "where's the staff flu jab clinic this yr? missed the last one, annyone know?",
     "Where can I get my yearly injection against winter bugs as a member of staff?"], "annyone")
absent("mileage", "per mile", "milage")
ask("ot-mileage", NONE, "off-topic", [], None,
    ["What is the mileage rate for using my own car for work journeys?",
     "what's the milage rate for community visits in my own car?",
     "How much do I get paid back for each mile when I drive my own car between patients' homes?"], "milage")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 186 and len({i["id"] for i in ITEMS}) == 186 and len({i["question"] for i in ITEMS}) == 186
assert len(facts) == 62 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
assert kinds == {OWNER: 14, MILESTONE: 15, MUSTDO: 10, FACT: 11, NONE: 12}, kinds
assert shapes["near-miss"] == 6 and shapes["off-topic"] == 6
assert len(set(TYPOS.values())) == 62
out = HERE / "raw.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
