"""Write questions.jsonl for the Quenbury & Fellingham STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx
'Sheet!row', pptx slides, text lines), and the first alternative of every gold group must be in that window. Facts
that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the roadmap PDF is read back page by page, carrying the year from the last spine marker (page 3 has none), so
    each box's date is its spine label plus the year; it must agree with the letters and the tracker's baseline;
  - the tracker's odd date formats (yyyymmdd, ISO weeks, NHS periods, FY quarters and halves, seasons, TBC) are
    parsed into periods, and each relative window is asserted to hold exactly one milestone of its programme;
  - the Now / Next / Later cards are placed in a column by their x position (python-pptx), and every card's column
    must match its tracker due date under the horizons the footnote gives;
  - the one-sheet-per-must-do workbook is read into {must-do: {initiative: role}} for the gap, no-lead and list facts;
  - the bow-tie risk log's "C4 x L3 = 12" scores are re-multiplied, the highest and the 12+ set recomputed;
  - the waterfall and the programme savings bars are re-added.
Unanswerable near-misses are checked for absence over every paper. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
RM = "01_QF_STP_Annex_D_Delivery_Roadmap_v1.2_14Dec2016.pdf"
LT = "02_QF_STP_SRO_Appointment_Letters_as_issued_Jan2017.docx"
XW = "03_QF_STP_Must-do_Crosswalk_09Jan2017.xlsx"
CMP = "04_QF_STP_Delivery_Plan_v1.2_v1.3_Comparison_10Feb2017.txt"
TR = "05_QF_STP_PMO_Tracker_and_Risk_Log_03Mar2017.xlsx"
DK = "06_QF_STP_Delivery_Group_Update_08Mar2017.pptx"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([RM, LT, XW, CMP, TR, DK]), sorted(U)
EVERYTHING = bank_tools.everything(U)
ITEMS = []
PHRASINGS = ("formal", "chat", "indirect")
PREFIX = "aq"


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


def ask(fid, kind, shape, gold, cited, questions, as_of=None):
    """One fact asked three ways (formal, chat, indirect)."""
    source, text = cited
    for group in gold:
        assert group, fid
        assert norm(group[0]) in text, f"{fid}: {group[0]!r} not in {source['file']} {source['lines']}"
        assert len({norm(g) for g in group}) == len(group), f"{fid}: duplicate alternatives {group}"
    assert (kind == "unanswerable") == (not gold), fid
    assert len(questions) == 3 and len(set(questions)) == 3, fid
    assert questions[1] == questions[1].lower(), f"{fid}: chat phrasing should be lower case"
    assert f"{PREFIX}-{fid}" not in {i["fact"] for i in ITEMS}, fid
    for phrasing, question in zip(PHRASINGS, questions):
        ITEMS.append({"id": f"{PREFIX}-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == "unanswerable",
                      "fact": f"{PREFIX}-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(y1, m1, y2, m2, d1=1, d2=None):
    return date(y1, m1, d1), date.fromordinal(month_end(y2, m2)) if d2 is None else date(y2, m2, d2)


def fy_start(text):
    """'17/18' -> 2017."""
    return 2000 + int(text.split("/")[0])


def tracker_period(value):
    """A PMO tracker due cell -> (start, end) or None for TBC / dash."""
    v = str(value).strip()
    if re.fullmatch(r"\d{8}", v):
        d = date(int(v[:4]), int(v[4:6]), int(v[6:]))
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d{2})", v)
    if m:
        start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return start, date.fromordinal(start.toordinal() + 6)
    m = re.fullmatch(r"P(\d{2}) (\d{2}/\d{2})", v)
    if m:
        n, y = int(m[1]), fy_start(m[2])
        mon = (n + 2) % 12 + 1
        yr = y if n <= 9 else y + 1
        return period(yr, mon, yr, mon)
    m = re.fullmatch(r"FY(\d{2}/\d{2}) Q(\d)", v)
    if m:
        y, q = fy_start(m[1]), int(m[2])
        s = 4 + 3 * (q - 1)
        sy = y if s <= 12 else y + 1
        s = (s - 1) % 12 + 1
        ey, e = (sy, s + 2) if s + 2 <= 12 else (sy + 1, s + 2 - 12)
        return period(sy, s, ey, e)
    m = re.fullmatch(r"FY(\d{2}/\d{2}) H(\d)", v)
    if m:
        y, h = fy_start(m[1]), int(m[2])
        return period(y, 4, y, 9) if h == 1 else period(y, 10, y + 1, 3)
    m = re.fullmatch(r"FY(\d{2}/\d{2})", v)
    if m:
        y = fy_start(m[1])
        return period(y, 4, y + 1, 3)
    m = re.fullmatch(r"Winter (\d{2}/\d{2})", v)
    if m:
        y = fy_start(m[1])
        return period(y, 12, y + 1, 2)
    assert v.startswith("TBC") or v == "\u2013", v
    return None


# The tracker: {row: {field: value}}
TRACK_HEAD = [h.strip() for h in U[TR]["Tracker!1"].split(" | ")]
TRACK = {}
for key, text in U[TR].items():
    if key.startswith("Tracker!") and key != "Tracker!1":
        cells = text.split(" | ")
        if len(cells) == len(TRACK_HEAD):
            TRACK[cells[0]] = dict(zip(TRACK_HEAD, cells), row=int(key.split("!")[1]))
assert len(TRACK) == 24, sorted(TRACK)
DUE = {ref: tracker_period(r["Current due"]) for ref, r in TRACK.items()}
assert DUE["UC2"] == (date(2017, 12, 4), date(2017, 12, 10))
assert DUE["PS2"] == (date(2017, 7, 1), date(2017, 7, 31))
assert DUE["NC4"] == (date(2017, 9, 1), date(2017, 9, 30))
assert DUE["PH2"][0] == date(2017, 4, 3)
assert DUE["UC3"] == (date(2017, 3, 1), date(2017, 3, 31)) and DUE["PS4"] is None
assert DUE["HS2"] == (date(2018, 4, 1), date(2018, 4, 30)) and DUE["NC3"] == (date(2017, 10, 1), date(2017, 12, 31))


def window(prog, start, end):
    """Milestones of a programme wholly inside [start, end]; asserts none only partly inside."""
    inside = []
    for ref, r in TRACK.items():
        if r["Prog"] != prog or DUE[ref] is None:
            continue
        s, e = DUE[ref]
        if start <= s and e <= end:
            inside.append(ref)
        else:
            assert e < start or s > end, f"{ref} {DUE[ref]} partly overlaps {start}..{end}"
    return inside


assert window("UC", date(2017, 4, 1), date(2017, 4, 30)) == ["UC1"]  # next month as of 10 March 2017
assert window("NC", date(2017, 4, 1), date(2017, 6, 30)) == ["NC1a"]  # next quarter as of 15 March 2017
assert window("MH", date(2017, 4, 1), date(2017, 6, 30)) == ["MH4"]  # this quarter as of 20 April 2017


def roadmap():
    """[(year, spine label, code, first line of milestone, lead, page)] from the PDF, carrying the year."""
    out, year = [], None
    for pg in range(1, 4):
        lines = U[RM][pg].splitlines()
        for i, ln in enumerate(lines):
            if re.fullmatch(r"20\d\d", ln):
                year = int(ln)
            m = re.match(r"([A-Z]{2}\d) \u00b7 ", ln)
            if m and i > 0 and lines[i - 1] != "Not yet on the spine":
                label = lines[i - 1]
                lead = next(x for x in lines[i + 1:] if x.startswith("Lead: "))[6:]
                out.append((year, label, m[1], lines[i + 1], lead, pg))
    return out


RMAP = roadmap()
assert len(RMAP) == 23, len(RMAP)
BY = {(code, year, label): (lead, pg) for year, label, code, _, lead, pg in RMAP}
assert BY[("UC4", 2017, "30 Sep")][0] == "Conor Whitlow"
assert BY[("HS2", 2018, "Apr")][1] == 3  # page 3 has no year marker: the year comes from page 2
assert BY[("NC3", 2017, "Oct\u2013Dec")][0] == "Jocelyn Maddox"
assert BY[("UC2", 2017, "Oct")][0] == "Dr Fiona Lambeth"
assert BY[("PS2", 2017, "Sep")][0] == "Dr Tamsin Okeke"
# the roadmap's day labels agree with the tracker's baseline days
for (code, year, label), _ in BY.items():
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2})", label)
    if m and code != "ALL":
        d = date(year, MONTHS[m[2].lower()], int(m[1]))
        hits = [r for ref, r in TRACK.items() if ref.startswith(code) and
                tracker_period(r["Baseline due (v1.2)"]) == (d, d)]
        assert hits, (code, label, year)


def mustdo_sheets():
    out = {}
    for n in range(1, 10):
        rows = {k: v for k, v in U[XW].items() if k.startswith(f"MD{n}!")}
        roles = {}
        for k, v in rows.items():
            cells = v.split(" | ")
            if len(cells) == 6 and cells[2] in ("Leads", "Contributes"):
                roles[cells[0].split()[0]] = cells[2]
        out[n] = roles
    return out


MD = mustdo_sheets()
assert [n for n in MD if not MD[n]] == [8]
assert [n for n in MD if MD[n] and "Leads" not in MD[n].values()] == [6]
assert [k for k, v in MD[4].items() if v == "Leads"] == ["UC1", "UC2"]
assert sorted(MD[3]) == ["NC1", "NC2", "NC4"]
assert MD[6]["PS2"] == "Contributes"
assert [n for n in MD if "PH1" in MD[n]] == [9] and MD[9]["PH1"] == "Contributes"


def risks():
    out = {}
    for k, v in U[TR].items():
        if k.startswith("Risk log!") and re.match(r"R\d\d \|", v):
            cells = v.split(" | ")
            scores = []
            for c in cells[7:10]:
                m = re.fullmatch(r"C(\d) \u00d7 L(\d) = (\d+)", c)
                assert m and int(m[1]) * int(m[2]) == int(m[3]), c
                scores.append(int(m[3]))
            out[cells[0]] = dict(owner=cells[6], before=scores[0], after=scores[1], target=scores[2])
    return out


RISKS = risks()
assert len(RISKS) == 6
assert max(RISKS, key=lambda r: RISKS[r]["after"]) == "R02" and RISKS["R02"]["after"] == 15
assert sorted(r for r in RISKS if RISKS[r]["after"] >= 12) == ["R01", "R02", "R05"]
assert RISKS["R01"]["after"] == 12 and RISKS["R02"]["owner"] == "Colm Ridgeway"
assert "12 or more after barriers are reported to the Partnership Board" in U[TR]["Risk log!2"]

FIN = U[RM][4]
_nums = [float(x.strip("()")) * (-1 if x.startswith("(") else 1) for x in re.findall(r"^\(?\d+\.\d\)?$", FIN, re.M)]
assert _nums[:5] == [162.4, -58.0, -71.3, -21.6, 11.5], _nums
assert round(sum(_nums[:4]), 1) == 11.5
assert round(sum(_nums[5:11]), 1) == 71.3 and _nums[5] == 18.2


def roadmap_cards():
    """{card text: column heading} for the Now / Next / Later slides, by x position."""
    from pptx import Presentation
    out = {}
    for slide in Presentation(str(PAPERS / DK)).slides:
        shapes = [s for s in slide.shapes if s.has_text_frame]
        heads = {s.text_frame.text: s.left for s in shapes if s.text_frame.text in ("NOW", "NEXT", "LATER")}
        if len(heads) != 3:
            continue
        for s in shapes:
            t = s.text_frame.text
            if re.match(r"[A-Z]{2}\d ", t):
                col = max((h for h in heads if heads[h] <= s.left), key=lambda h: heads[h])
                out[t] = col
    return out


CARDS = roadmap_cards()
assert len(CARDS) == 22 and CARDS["PH3 Smoke-free pregnancy pathway"] == "NEXT"
HORIZON = {"NOW": (date(2016, 4, 1), date(2017, 3, 31)), "NEXT": (date(2017, 4, 1), date(2017, 9, 30)),
           "LATER": (date(2017, 10, 1), date(2030, 1, 1))}
for card, col in CARDS.items():
    code = card.split()[0]
    refs = [r for r in TRACK if r.startswith(code) and DUE[r] and
            any(w.lower() in TRACK[r]["Milestone"].lower() for w in card.split()[1:3] if len(w) > 3)]
    assert refs, card
    assert any(HORIZON[col][0] <= DUE[r][0] and DUE[r][1] <= HORIZON[col][1] for r in refs), (card, col, refs)

# letters: the SRO is the first line of the address block, the programme the subject line
LETTERS = []
_keys = sorted(U[LT])
for i, k in enumerate(_keys):
    if U[LT][k].startswith("Senior Responsible Owner: "):
        LETTERS.append((U[LT][k - 2].splitlines()[0], U[LT][k][len("Senior Responsible Owner: "):]))
assert len(LETTERS) == 7 and LETTERS[2][0] == "Patrick Okorafor" and LETTERS[6][0] == "Sunita Gillespie"
assert LETTERS[6][1] == LETTERS[2][1] == "Urgent Care programme (UC)"

SEEN_AS_OF = {}
# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("nc-sro", "owner", "role-holder", [["Hebblethwaite", "Lorna Hebblethwaite"]],
    cite(LT, "Lorna Hebblethwaite", "Senior Responsible Owner: Neighbourhood Care programme",
         where="letter QF/SRO/02: address block and subject line"),
    ["Who is the Senior Responsible Owner for the Neighbourhood Care programme?",
     "who's sro for neighbourhood care? need to send them the care home paper",
     "Which senior leader is ultimately accountable for the work that joins GP practices, community nurses and "
     "care homes up into local teams?"])
ask("uc-sro-now", "owner", "changed-owner", [["Gillespie", "Sunita Gillespie"]],
    cite(LT, "Sunita Gillespie", "with effect from 1 February 2017",
         where="letter QF/SRO/07 (supersedes QF/SRO/03), SRO from 1 February 2017"),
    ["Who is the current Senior Responsible Owner for the Urgent Care programme?",
     "who is uc sro now? patrick's gone hasnt he",
     "Now that the person first given the job has left his trust, who is accountable at the top for the programme "
     "that runs the NHS 111 hub and the new walk-in centre?"],
    as_of="2017-03-01")
ask("uc-sro-first", "owner", "previous-holder", [["Okorafor", "Patrick Okorafor"]],
    cite(LT, "Patrick Okorafor", "Senior Responsible Owner: Urgent Care programme (UC)",
         where="letter QF/SRO/03 of 25 November 2016"),
    ["Who was originally appointed Senior Responsible Owner for the Urgent Care programme in November 2016?",
     "who was the first uc sro, the one apointed back in nov 2016?",
     "Before the present lead took over the urgent and emergency care work, who had first been given that top "
     "job?"])
ask("mh-clinical-lead", "owner", "role-holder", [["Nwosu", "Emeka Nwosu"]],
    cite(LT, "Dr Emeka Nwosu will act as clinical lead", where="letter QF/SRO/05"),
    ["Who is the clinical lead for the Mental Health & Wellbeing programme?",
     "clinical lead for the mh programme - who is it?",
     "Which doctor gives the clinical steer to the programme covering crisis support, talking therapies and "
     "psychiatry in A&E?"])
ask("ps-clinical-lead", "owner", "role-holder", [["Okeke", "Tamsin Okeke"]],
    cite(LT, "Dr Tamsin Okeke will act as clinical lead", where="letter QF/SRO/04"),
    ["Who is the clinical lead for the Planned & Specialist Care programme?",
     "who's clin lead on planned & specialist care (ps)?",
     "Which clinician advises the programme that covers bone and joint triage, eye care and stroke services?"])
ask("uc4-lead", "owner", "initiative-lead", [["Whitlow", "Conor Whitlow"]],
    cite(RM, "Ambulance hear & treat", "Lead: Conor Whitlow", where="roadmap box UC4 (30 Sep, year 2017)"),
    ["Who leads UC4, the extension of ambulance hear & treat and see & treat?",
     "who leads uc4 hear n treat / see n treat??",
     "Who is in charge of getting paramedics to deal with more 999 calls over the phone or on scene, without "
     "taking people to hospital?"])
ask("nc3-lead-now", "owner", "changed-owner", [["Sattar", "Imran Sattar"]],
    cite(CMP, "Jocelyn Maddox", "for care homes, Marl Valley CCG+}",
         where="comparison hunk 4.2: NC3 lead Jocelyn Maddox deleted, Dr Imran Sattar inserted"),
    ["Who now leads NC3, enhanced health in care homes?",
     "nc3 care homes lead - still jocelyn or has that chnaged?",
     "Who is the current lead for making sure every care home has a named GP practice looking after its "
     "residents?"])
ask("estates-lead", "owner", "filled-tbc", [["Oyelaran", "Marcus Oyelaran"]],
    cite(CMP, "Estates: [-to be confirmed", where="comparison hunk 3.1: Estates 'to be confirmed' replaced"),
    ["Who is the lead for the Estates enabler?",
     "estates enabler lead? the roadmap just says tbc",
     "Who is responsible for the buildings and property side of the STP?"])
ask("nc2-lead-interim", "owner", "changed-owner", [["Castell", "Bryony Castell"]],
    cite(DK, "Bryony Castell", where="deck slide 5: interim NC2 lead from 13 March 2017"),
    ["Who currently leads NC2, the extended access hubs?",
     "who's the lead for nc2 extended access atm? owain's emails are bouncing",
     "Who is running the work on evening and weekend GP appointments at the moment?"],
    as_of="2017-03-20")
ask("dg-chair", "owner", "governance", [["Tolland", "Harriet Tolland"]],
    cite(LT, "chaired by Harriet Tolland", where="every letter: the Delivery Group sentence"),
    ["Who chairs the STP Delivery Group?",
     "who chairs delivery grp?",
     "Who runs the monthly meeting that all the programme SROs report to?"])
ask("ridgeway-role", "owner", "role-of-person", [["Hospital Sustainability"], ["Senior Responsible Owner", "SRO"]],
    cite(LT, "Colm Ridgeway", "Senior Responsible Owner: Hospital Sustainability programme",
         where="letter QF/SRO/06: address block and subject line"),
    ["What role does Colm Ridgeway hold in the STP's programmes?",
     "whats colm ridgeway's role on the stp? which prog?",
     "The finance director at Quenbury University Hospitals: which part of the STP is he accountable for?"])
ask("pb-chair", "owner", "governance", [["Achterberg", "Rosalind Achterberg"]],
    cite(LT, "Professor Rosalind Achterberg", "Independent Chair, Quenbury & Fellingham STP Partnership Board",
         where="signature block of every letter"),
    ["Who is the Independent Chair of the STP Partnership Board?",
     "who chairs the partnership board? the independant chair",
     "Who signed the SRO appointment letters on behalf of the top board of the partnership?"])

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("uc2-open-now", "milestone", "moved-date",
    [alts("December 2017", "Dec 2017", "Dec-17", "2017-W49", "w/c 4 December 2017", "week beginning 4 December 2017")],
    cite(CMP, "centre opens [-October 2017", "see risk R01)+}",
         where="comparison hunk 4.3: UC2 October 2017 deleted, December 2017 inserted"),
    ["When is the Ashby Lane Urgent Treatment Centre now due to open?",
     "ashby lane utc opening date now? heard it's slipped",
     "Given the problems filling the rota, when is the new 24-hour walk-in urgent care centre expected to open "
     "its doors?"])
ask("uc2-open-v12", "milestone", "original-date", [alts("October 2017", "Oct 2017", "Oct-17", "P07 17/18")],
    cite(LT, "Ashby Lane Urgent Treatment Centre opens (UC2): October 2017", where="letter QF/SRO/03, item (d)"),
    ["What opening date did version 1.2 of the Delivery Plan give for the Ashby Lane Urgent Treatment Centre?",
     "what was the original utc opening date in v1.2, before it moved?",
     "Before the staffing problems, when had the walk-in urgent care centre first been planned to open?"])
ask("ps2-open-now", "milestone", "brought-forward", [alts("July 2017", "Jul 2017", "Jul-17", "P04 17/18")],
    cite(CMP, "[-September 2017-]", "by the Trust Board)+}",
         where="comparison hunk 4.4: PS2 September 2017 deleted, July 2017 inserted"),
    ["When is the rapid diagnostic centre for suspected cancer due to open?",
     "rdc opening date? is it still sept?",
     "When will the new one-stop service at St Wilfrith's for people who might have cancer start seeing "
     "patients?"])
ask("nc1-first-teams", "milestone", "day", [on(3, 4, 2017, "3 April 2017", "20170403")],
    cite(LT, "first four neighbourhood care teams live (NC1): 3 April 2017", where="letter QF/SRO/02, item (a)"),
    ["When will the first four neighbourhood care teams go live?",
     "when do the first 4 neighbourhood teams go live?",
     "On what date do the first of the new joined-up local community teams start work?"])
ask("mh3-iapt", "milestone", "deadline", [on(31, 3, 2019, "31 March 2019", "20190331")],
    cite(LT, "IAPT access rate of 19% (MH3): by 31 March 2019", where="letter QF/SRO/05, item (c)"),
    ["By when must the IAPT access rate of 19% be reached?",
     "iapt 19% - whats the deadline?",
     "By what date should nearly one in five people with anxiety or depression be getting into talking "
     "therapies?"])
ask("ps4-unknown", "milestone", "unknown-date",
    [alts("time frame as yet unknown", "not yet known", "unknown", "TBC", "no date")],
    cite(TR, "Stroke services public consultation", sheet="Tracker", where="tracker row PS4"),
    ["When will the public consultation on stroke services take place?",
     "stroke consultation (ps4) - any date yet?",
     "When will local people be asked for their views on changing where emergency stroke care is given?"])
ask("uc4-due", "milestone", "odd-format-day", [on(30, 9, 2017, "20170930", "30 September 2017")],
    cite(TR, "Ambulance hear & treat", sheet="Tracker", where="tracker row UC4, Current due 20170930"),
    ["What is the due date for UC4, extending ambulance hear & treat and see & treat?",
     "when's uc4 hear & treat due in the tracker?",
     "By when should the ambulance service be dealing with more callers by phone or at home around the clock?"])
ask("nc4-due", "milestone", "odd-format-period",
    [alts("P06 17/18", "September 2017", "Sep 2017", "Sept 2017", "Sep-17")],
    cite(TR, "Community pharmacy minor ailments", sheet="Tracker", where="tracker row NC4, P06 17/18 (Date key)"),
    ["When is the community pharmacy minor ailments scheme (NC4) due to go live?",
     "nc4 pharmacy minor ailments go live - which month?",
     "When will people be able to get coughs, colds and rashes treated at their local chemist under the new "
     "scheme?"])
ask("ph2-week", "milestone", "odd-format-week",
    [alts("2017-W14", "w/c 3 April 2017", "week commencing 3 April 2017", "week beginning 3 April 2017",
          "3 April 2017")],
    cite(TR, "First referrals to the NHS Diabetes Prevention Programme", sheet="Tracker",
         where="tracker row PH2, ISO week 2017-W14 (Date key)"),
    ["In which week are the first referrals to the NHS Diabetes Prevention Programme due?",
     "ndpp first referrals due which week? the tracker format is confusing me",
     "When should GPs start sending people at risk of type 2 diabetes to the new prevention course?"])
ask("uc-next-month", "milestone", "relative-window",
    [["UC1", "integrated urgent care"], on(1, 4, 2017, "20170401", "1 April 2017")],
    cite(TR, "Integrated urgent care clinical hub live", sheet="Tracker",
         where="tracker: the only UC milestone due in April 2017"),
    ["Which Urgent Care milestones are due next month?",
     "whats due for uc next month?",
     "Is anything in the urgent and emergency care programme meant to go live in the coming month?"],
    as_of="2017-03-10")
ask("nc-next-quarter", "milestone", "relative-window",
    [["NC1", "neighbourhood care teams"], on(3, 4, 2017, "20170403", "3 April 2017")],
    cite(TR, "First four neighbourhood care teams live", sheet="Tracker",
         where="tracker: the only NC milestone due in Q1 2017/18"),
    ["Which Neighbourhood Care milestones fall due next quarter?",
     "nc milestones due next qtr?",
     "For the programme joining up GP and community services, what is expected to land in the next financial "
     "quarter?"],
    as_of="2017-03-15")
ask("mh-this-quarter", "milestone", "relative-window",
    [["MH4", "perinatal"]],
    cite(TR, "Perinatal mental health community team operational", sheet="Tracker",
         where="tracker: the only MH milestone due in Q1 2017/18 (added in v1.3)"),
    ["Which Mental Health & Wellbeing milestones are due this quarter?",
     "anything due in mh this qtr?",
     "In the current quarter, what is the mental health programme expected to deliver?"],
    as_of="2017-04-20")
ask("ph3-horizon", "milestone", "now-next-later",
    [alts("April to September 2017", "Q1\u2013Q2 17/18", "Q1-Q2 17/18", "FY17/18 H1", "H1 2017/18",
          "by September 2017")],
    cite(DK, "PH3 Smoke-free pregnancy pathway", where="deck slide 3: card in the NEXT column; footnote defines Next"),
    ["According to the Now / Next / Later roadmap, when is the smoke-free pregnancy pathway (PH3) planned?",
     "ph3 smoke free pregnancy - now, next or later on the roadmap? what months is that",
     "Roughly when should both maternity units have the new stop-smoking support for pregnant women running?"])

# ---------------------------------------------------------------------------------------------------------------
# Must-do coverage (one sheet per must-do)
# ---------------------------------------------------------------------------------------------------------------
ask("md4-leads", "mustdo", "mustdo-lead", [["UC1", "integrated urgent care"], ["UC2", "Ashby Lane"]],
    cite(XW, "UC1 Integrated urgent care clinical hub", "UC2 Ashby Lane", sheet="MD4", where="sheet MD4, Role Leads"),
    ["Which initiatives lead on must-do 4, A&E and ambulance performance?",
     "which initiatives lead on md4 (a&e / ambulance)?",
     "What are the main local schemes we are relying on to hit the four-hour wait and the ambulance response "
     "standards?"])
ask("mustdo-gap", "mustdo", "mustdo-gap",
    [alts("learning disabilities", "learning disability", "must-do 8", "MD8", "must do 8")],
    cite(XW, "Must-do 8 of 9", "Note: No initiative", sheet="MD8", where="sheet MD8: None, and the note"),
    ["Which national must-do is not addressed by any initiative in the plan?",
     "any must do with zero initiatives against it?",
     "Is there one of the nine national priorities that none of our local schemes covers at all?"])
ask("mustdo-no-lead", "mustdo", "mustdo-no-lead", [alts("Cancer", "must-do 6", "MD6", "must do 6")],
    cite(XW, "Must-do 6 of 9: Cancer", "No initiative in this plan leads", sheet="MD6",
         where="sheet MD6: Contributes only, and the note"),
    ["Which must-do has contributing initiatives but no initiative leading on it?",
     "which md has only contributers and nobody leading?",
     "Which national priority do our schemes only help with, without any one of them carrying it?"])
ask("ps2-role", "mustdo", "cell-detail", [alts("Contributes", "contributing", "contributor", "supporting role")],
    cite(XW, "PS2 Rapid diagnostic centre", sheet="MD6", where="sheet MD6, row PS2, Role"),
    ["Does the rapid diagnostic centre (PS2) lead the cancer must-do or only contribute to it?",
     "is ps2 rdc a lead or a contributor for md6 cancer?",
     "Is the new cancer diagnostic centre the main local vehicle for the 62-day cancer target, or just a helper?"])
ask("md3-list", "mustdo", "mustdo-coverage",
    [["NC2", "extended access"], ["NC1", "neighbourhood care teams"], ["NC4", "pharmacy"]],
    cite(XW, "NC2 Extended access hubs", "NC4 Community pharmacy", sheet="MD3", where="sheet MD3"),
    ["Which initiatives serve must-do 3, primary care?",
     "what initiatives map to md3 primary care?",
     "Which of our schemes help keep general practice going and open for longer?"])
ask("cancer-lead-body", "mustdo", "mustdo-note", [["Marches Cancer Alliance"]],
    cite(XW, "Note: No initiative in this plan leads on must-do 6", sheet="MD6", where="sheet MD6 note"),
    ["Which body leads delivery of the cancer must-do for the footprint?",
     "who actually leads on cancer md6 if not the stp?",
     "If none of our own schemes carries the 62-day cancer target, which organisation is responsible for it?"])
ask("ae-target", "mustdo", "trajectory", [["95%"], alts("March 2018", "Mar 2018", "Mar-18", "31 March 2018")],
    cite(XW, "Four-hour A&E standard (footprint)", sheet="MD4", where="sheet MD4, row UC2: Target and By"),
    ["What trajectory for the four-hour A&E standard does the must-do crosswalk set for the footprint, and by "
     "when?",
     "4hr target in the md4 sheet - what % and by when?",
     "What share of emergency department patients should be dealt with within four hours under our plan, and by "
     "what date?"])
ask("ph1-mustdo", "mustdo", "by-initiative",
    [alts("Improving quality", "quality", "must-do 9", "MD9", "must do 9")],
    cite(XW, "Must-do 9 of 9", "PH1 Alcohol care teams", sheet="MD9", where="sheet MD9, row PH1 (on no other sheet)"),
    ["Which must-do do the alcohol care teams (PH1) support?",
     "ph1 alcohol care teams - which must do does it map to?",
     "Under which national priority does the hospital alcohol team work count?"])

# ---------------------------------------------------------------------------------------------------------------
# Risks (bow-tie log)
# ---------------------------------------------------------------------------------------------------------------
ask("r02-owner", "risk", "risk-owner", [["Ridgeway", "Colm Ridgeway"]],
    cite(TR, "R02 |", sheet="Risk log", where="risk log row R02, Risk owner"),
    ["Who owns the risk that the system misses its 2017/18 control total?",
     "who owns r02 (control total risk)?",
     "Whose name is against the danger of the whole system overspending its financial target next year?"])
ask("top-risk", "risk", "risk-max", [["R02", "control total"], ["15", "C5 \u00d7 L3"]],
    cite(TR, "R01 |", "R06 |", sheet="Risk log", where="risk log, After barriers column"),
    ["Which risk has the highest score after barriers, and what is that score?",
     "highest residual risk on the bow tie log + its score?",
     "Once all the controls are counted, which danger still worries us most, and how badly does it score?"])
ask("r01-after", "risk", "risk-score", [["C4 \u00d7 L3 = 12", "12"]],
    cite(TR, "R01 |", sheet="Risk log", where="risk log row R01, After barriers"),
    ["What is the score of risk R01, staffing the Ashby Lane UTC, after barriers?",
     "r01 utc staffing risk - score after barriers?",
     "Counting the recruitment campaign and the fallback of a shorter opening day, how is the danger of not "
     "staffing the walk-in centre now scored?"])
ask("board-risks", "risk", "risk-filter", [["R01"], ["R02"], ["R05"]],
    cite(TR, "Scores are consequence", "R06 |", sheet="Risk log", where="risk log threshold (row 2) and scores"),
    ["Which risks meet the threshold for reporting to the Partnership Board?",
     "which risks go up to pb? (12+ after barriers)",
     "Which of the programme's dangers are serious enough that the top board has to hear about them?"])
ask("r05-recovery", "risk", "risk-barrier", [["in-reach"], ["mutual aid"]],
    cite(TR, "R05 |", sheet="Risk log", where="risk log row R05, Recovery barriers"),
    ["What recovery barriers are in place for risk R05, the failure of the Marl Valley care home market?",
     "r05 care homes - what are the recovery barriers?",
     "If care homes in the Marl Valley do go under, what is the fallback for looking after their residents?"])

# ---------------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------------
ask("gap", "figure", "figure", [alts("162.4", "\u00a3162.4m", "\u00a3162.4 million")],
    cite(RM, "Closing the gap in 2020/21", where="finance page: waterfall, first bar"),
    ["What is the do-nothing financial gap for 2020/21?",
     "do nothing gap 20/21? in \u00a3m",
     "How big would the money hole be by 2020/21 if we changed nothing?"])
ask("residual-gap", "figure", "figure", [alts("11.5", "\u00a311.5m", "\u00a311.5 million")],
    cite(RM, "Closing the gap in 2020/21", where="finance page: waterfall, last bar"),
    ["What residual financial gap remains in 2020/21 after efficiencies, savings and funding?",
     "residual gap after cip + stf etc for 20/21?",
     "After all the efficiencies, programme savings and national transformation money, how much is still left "
     "unfunded in 2020/21?"])
ask("nc-savings", "figure", "figure", [alts("18.2", "\u00a318.2m", "\u00a318.2 million")],
    cite(RM, "Programme savings in 2020/21", where="finance page: savings bars, Neighbourhood Care"),
    ["How much is the Neighbourhood Care programme expected to save in 2020/21?",
     "nc programme savings 20/21?",
     "What financial contribution is the joined-up community and GP care work meant to make in the plan's final "
     "year?"])
ask("population", "figure", "figure", [alts("874,300", "874300")],
    cite(RM, "874,300", where="roadmap page 1, introduction"),
    ["What registered population does the Quenbury & Fellingham STP serve?",
     "what's the population for the q&f stp?",
     "How many people are registered with GPs across the three places the plan covers?"])
ask("hs-progress", "figure", "dashboard", [alts("60%", "60 per cent", "six tenths")],
    cite(DK, "HS Hospital Sustainability", where="deck slide 2: dashboard, Progress to plan"),
    ["What progress to plan does the delivery dashboard show for the Hospital Sustainability programme?",
     "hs progress on the dashbord - what %?",
     "How far through its milestones is the hospital efficiency programme, according to the March update?"])

# ---------------------------------------------------------------------------------------------------------------
# Status and changed items
# ---------------------------------------------------------------------------------------------------------------
ask("removed-initiative", "status", "removed-item", [["HS3", "orthopaedic hub"]],
    cite(CMP, "[-HS3 Elective orthopaedic hub", "again within PS1", where="comparison hunk 4.6"),
    ["Which initiative was withdrawn from the Delivery Plan in version 1.3?",
     "what got dropped from the plan in v1.3?",
     "Is there any scheme that was in the December version of the plan but is no longer being taken forward?"])
ask("added-initiative", "status", "added-item", [["MH4", "perinatal"]],
    cite(CMP, "{+MH4 Perinatal", "wave 2", where="comparison hunk 4.5"),
    ["Which new initiative was added to the Delivery Plan in version 1.3?",
     "any new initiative added in v1.3?",
     "What new scheme appeared in the February version of the plan that wasn't in December's?"])
ask("uc1-status", "status", "status", [["At risk"]],
    cite(TR, "Integrated urgent care clinical hub live", sheet="Tracker", where="tracker row UC1, Status"),
    ["What is the delivery status of the integrated urgent care clinical hub (UC1) in the PMO tracker?",
     "uc1 iuc hub status in the tracker?",
     "Is the new combined NHS 111 and out-of-hours service on course to go live as planned?"])
ask("uc-confidence", "status", "dashboard", [["Low"], ["Worsening"]],
    cite(DK, "UC Urgent Care", where="deck slide 2: dashboard, Confidence and Direction"),
    ["What confidence rating and direction of travel does the delivery dashboard give the Urgent Care programme?",
     "uc confidence + direction on the dashboard?",
     "How sure is the urgent care lead of hitting the next milestone, and is the picture getting better or worse?"])

# ---------------------------------------------------------------------------------------------------------------
# Lists and general
# ---------------------------------------------------------------------------------------------------------------
ask("sro-list", "list", "owner-list",
    [["Ameobi"], ["Hebblethwaite"], ["Gillespie"], ["Szymanski"], ["Quayle"], ["Ridgeway"]],
    cite(DK, "Delivery dashboard", where="deck slide 2: SRO column"),
    ["Who are the Senior Responsible Owners of the six programmes?",
     "list of all 6 programme sros pls",
     "Who are the six senior people who are each accountable for one of the plan's main programmes?"])
ask("enablers", "list", "list", [["Digital"], ["Workforce"], ["Estates"]],
    cite(RM, "Enabler leads", where="roadmap page 1, introduction"),
    ["What are the enablers of the STP plan?",
     "what are the enablers in the plan?",
     "Apart from the six programmes, which supporting strands of work underpin the plan?"])
ask("dg-meets", "general", "meeting-rule", [["second Wednesday"]],
    cite(LT, "meets on the second Wednesday", where="every letter: the Delivery Group sentence"),
    ["When does the STP Delivery Group meet?",
     "when does delivery group meet - which day?",
     "How often, and on which day, do the programme SROs get together to report on progress?"])
ask("pb-meets", "general", "changed-rule", [["{+last+} Thursday", "last Thursday"]],
    cite(CMP, "Thursday of each month", where="comparison hunk 6.2: first deleted, last inserted, from March 2017"),
    ["On which day of the month does the STP Partnership Board meet?",
     "pb meets which thursday now?",
     "When in the month does the partnership's top decision-making board get together these days?"])

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable near-misses (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
NONE = "unanswerable"
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(LT, "Professor Rosalind Achterberg", "Independent Chair", where="only the Independent Chair is named"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the pb? need someone to sign off in rosalind's absence",
     "If the independent chair can't make it, who chairs the top board instead?"])
assert "A clinical lead for this programme has not yet been identified" in U[LT][124]
absent("hospital sustainability clinical lead", "clinical lead for hospital sustainability",
       "clinical lead for the hospital sustainability")
ask("nm-hs-clinical-lead", NONE, "near-miss", [],
    cite(LT, "A clinical lead for this programme has not yet been identified",
         where="letter QF/SRO/06: HS clinical lead not yet identified, never named later"),
    ["Who is the clinical lead for the Hospital Sustainability programme?",
     "clinical lead for hs? pathology folk are asking",
     "Which clinician advises the hospital efficiency and back-office programme?"])
absent("2021/22", "21/22", "2022")
ask("nm-savings-2122", NONE, "near-miss", [],
    cite(RM, "Closing the gap in 2020/21", where="finance page stops at 2020/21"),
    ["What savings is the plan expected to deliver in 2021/22?",
     "savings for 21/22? finance want the yr after the plan ends",
     "How much will the programmes save in the year after the plan's last year?"])
absent("closing date", "closes on", "consultation will close", "consultation close", "consultation ends")
ask("nm-stroke-close", NONE, "near-miss", [],
    cite(TR, "Stroke services public consultation", sheet="Tracker", where="PS4 has no date at all"),
    ["When does the public consultation on hyper-acute stroke units close?",
     "closing date for the stroke consultation? comms want to plan the last push",
     "What is the last day people can give their views on where emergency stroke care should be?"])
absent("tcp lead", "transforming care partnership lead", "leads the transforming care", "chair of the transforming",
       "transforming care partnership is led")
ask("nm-tcp-lead", NONE, "near-miss", [],
    cite(XW, "Note: No initiative in this plan addresses must-do 8", sheet="MD8",
         where="MD8 names the Transforming Care Partnership plan but nobody who leads it"),
    ["Who leads the Quenbury & Fellingham Transforming Care Partnership?",
     "who leads the tcp for ld? our ld nurses want a named person",
     "Who is in charge of the local programme for people with learning disabilities and autism?"])
absent("capital cost", "capital for the utc", "cost of the utc", "build cost", "capital of")
ask("nm-utc-capital", NONE, "near-miss", [],
    cite(CMP, "centre opens [-October 2017", "see risk R01)+}", where="UC2 gives dates, no cost"),
    ["What is the capital cost of the Ashby Lane Urgent Treatment Centre?",
     "how much is the ashby lane utc costing to build? capital \u00a3?",
     "How much money is going into building the new walk-in urgent care centre?"])
assert not re.search(r"\d+ (gp |general )?practices", EVERYTHING)
absent("number of practices", "practices in the footprint")
ask("nm-practice-count", NONE, "near-miss", [],
    cite(RM, "874,300", where="page 1 gives the population, not the number of practices"),
    ["How many GP practices are there in the Quenbury & Fellingham footprint?",
     "how many gp practices in the footprint? need it for the extended access bid",
     "How many separate family doctor surgeries does the plan cover?"])
absent("chair of the marches", "marches cancer alliance chair", "alliance chair", "alliance is chaired",
       "chaired by the marches")
ask("nm-cancer-alliance-chair", NONE, "near-miss", [],
    cite(XW, "Note: No initiative in this plan leads on must-do 6", sheet="MD6",
         where="MD6 names the Marches Cancer Alliance, not its chair"),
    ["Who chairs the Marches Cancer Alliance?",
     "who's the chair of the marches cancer alliance?",
     "Who heads the regional cancer body that carries the 62-day target for us?"])
absent("budget", "investment in the crisis", "crisis caf\u00e9 will cost", "funding for the crisis")
ask("nm-crisis-cafe-budget", NONE, "near-miss", [],
    cite(LT, "Fellingham crisis caf\u00e9 opens (MH2)", where="MH2 has a date but no budget; R06's \u00a32.3m is a "
                                                        "cost pressure of out-of-area placements"),
    ["What is the annual budget for the Fellingham crisis caf\u00e9?",
     "crisis cafe budget per year? (mh2)",
     "How much a year is being spent on running the drop-in place in Fellingham for people in mental health "
     "crisis?"])

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180 and len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|this month|this quarter|this qtr|next quarter|next qtr|overdue|currently|"
                        r"at present|atm|at the moment)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
    else:
        date.fromisoformat(item["as_of"])
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), "answerable", 60 - len(unanswerable), "near-miss",
      len(unanswerable))
print(kinds)
print(shapes)
