"""Write questions.jsonl for the Wraxley & Hebbleford STP papers: 60 facts, each asked three ways.

51 facts are answerable and 9 are near-misses (they sound answerable, but the papers do not say; expect_no_answer).
Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx rows of one sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the frailty plan's action table is read back from the PDF text, row by row between the refs (across the page
    break and its repeated header), with each lead's initials resolved through Annex A; the risk scores re-multiplied
    and the top risk's post resolved through Annex B; the funding table re-added against its Total row and column;
  - the vanguard's must-do grid is read by text position (a mark's column from the I1..I5 heading above it, its
    must-do from the label level with it); its funding table re-added;
  - the tracker is read with openpyxl: which due cells are real dates and which typed text, the grant totals, the
    "At risk" rows and, after the governors' briefing moves PC05, which schemes fall in June 2017;
  - the frailty plan's "next month" window is worked out over every row's due text after the briefing moves FF4;
  - the LWAB investment table and the briefing's gap bridge are re-added.
Near-miss facts are checked for absence over every paper. Each chat phrasing names its one typo, which must occur
in it once, be a word no paper uses and be no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402  (the copy in this folder)
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
F1 = "01_WH_STP_Frailty_and_Falls_Pathway_Implementation_Plan_v1.0_Nov2016.pdf"
F2 = "02_WH_Hebbleford_Together_MCP_Vanguard_Value_Proposition_Dec2016.pdf"
F3 = "03_WH_Crisis_Care_Concordat_Action_Plan_Refresh_2017-18_v2.0.docx"
F4 = "04_WH_Primary_Care_ETTF_and_Resilience_Tracker_Feb2017.xlsx"
F5 = "05_WH_LWAB_Quarterly_Report_to_HEE_Q4_2016-17.pptx"
F6 = "06_WH_UCP_Council_of_Governors_STP_Briefing_24Apr2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([F1, F2, F3, F4, F5, F6]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def person(surname):
    return [surname, surname.replace("-", " ")] if "-" in surname else [surname]


def pages(file, first, last=None, where=""):
    """Source over units first..last of a PDF or PowerPoint file (pages or slides), with their text."""
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def cite(file, anchor, until=None, where="", sheet=None):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def absent(*phrases):
    for phrase in phrases:
        assert norm(phrase) not in EVERYTHING, f"{phrase!r} is in the papers"


def ask(fid, kind, shape, gold, cited, questions, typo, as_of=None):
    """One fact asked three ways (formal, chat, indirect); `typo` is the one misspelt word of the chat phrasing."""
    source, text = cited
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
        ITEMS.append({"id": f"be-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"be-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
def page_of(file, phrase):
    hits = [k for k, v in U[file].items() if norm(phrase) in norm(v)]
    assert len(hits) >= 1, (file, phrase)
    return hits[0]


# --- 01 the frailty plan's action table, across the page break -------------------------------------------------
HEADER_NOISE = {"ref", "action", "lead", "milestone", "due", "rag", "official"}
body = []
for k in sorted(U[F1]):
    for line in U[F1][k].splitlines():
        if line.startswith("Wraxley & Hebbleford STP |") or line.startswith("Frailty and falls pathway "):
            continue
        if re.fullmatch(r"Page \d+", line) or norm(line) in HEADER_NOISE:
            continue  # running header / footer and the repeated table header row
        body.append((k, line))
start = [i for i, (_, l) in enumerate(body) if l == "FF1"][0]
end = [i for i, (_, l) in enumerate(body) if l.startswith("RAG: G on track")][0]
ACTIONS, ACTION_PAGE, ref = {}, {}, None
for k, line in body[start:end]:
    if re.fullmatch(r"FF\d+", line):
        ref = line
        ACTIONS[ref], ACTION_PAGE[ref] = [], k
    else:
        ACTIONS[ref].append(line)
assert list(ACTIONS) == [f"FF{i}" for i in range(1, 17)], list(ACTIONS)
assert {ACTION_PAGE["FF1"], ACTION_PAGE["FF16"]} == {1, 2}, "the action table must run over the page break"
assert U[F1][2].count("Milestone") == 1 and "Ref\nAction\nLead\nMilestone\nDue\nRAG" in U[F1][2]
INITIALS = {ref: next(l for l in lines if re.fullmatch(r"[A-Z]{2}[a-z]?", l)) for ref, lines in ACTIONS.items()}
ANNEX_PAGE = page_of(F1, "Annex A: Action leads")
annex = U[F1][ANNEX_PAGE].splitlines()
WHO = {annex[i]: annex[i + 1] for i in range(len(annex) - 1) if re.fullmatch(r"[A-Z]{2}[a-z]?", annex[i])}
assert INITIALS["FF3"] == "JW" and WHO["JW"] == "Jarvis Whitlock"
assert INITIALS["FF6"] == "JWi" and WHO["JWi"] == "Joanna Wintersgill"
assert INITIALS["FF9"] == "LF" and WHO["LF"] == "Lorna Fairbairn"
assert set(INITIALS.values()) <= set(WHO), set(INITIALS.values()) - set(WHO)
ROWTEXT = {ref: " ".join(lines) for ref, lines in ACTIONS.items()}
assert ROWTEXT["FF4"].endswith("Q3 2017/18 A") and ROWTEXT["FF16"].endswith("TBC R")

# risks: score = L x I, top risk and its owner's post-holder
RISK_PAGE = page_of(F1, "4. Risks")
risk_text = U[F1][RISK_PAGE]
RISKS = {}
for m in re.finditer(r"\n(R\d)\n(.*?)\n(\d)\n(\d)\n(\d+)(?=\n)", risk_text, re.S):
    rid, blob, li, im, score = m.groups()
    assert int(li) * int(im) == int(score), rid
    RISKS[rid] = (norm(blob), int(score))
assert sorted(RISKS) == ["R1", "R2", "R3", "R4"], RISKS
TOP = max(RISKS, key=lambda r: RISKS[r][1])
assert TOP == "R1" and RISKS["R1"][1] == 16 and "geriatrician" in RISKS["R1"][0]
assert "medical director, hebbleford & miltonby nhs trust" in RISKS["R1"][0]
assert "Medical Director, Hebbleford & Miltonby NHS Trust\nDr Alastair Brightwell" in U[F1][ANNEX_PAGE]

# funding: rows and the Total row re-added
fund_lines = U[F1][RISK_PAGE].split("3. Revenue funding (£k)")[1].split("Funding for 2018/19")[0].splitlines()
nums = lambda s: int(s.replace(",", ""))  # noqa: E731
FUND = []
for i, line in enumerate(fund_lines):
    if re.fullmatch(r"[\d,]+", line) and (i == 0 or not re.fullmatch(r"[\d,]+", fund_lines[i - 1])):
        FUND.append([nums(v) for v in fund_lines[i:i + 4]])
assert len(FUND) == 6, FUND
for row in FUND:
    assert sum(row[:3]) == row[3], row
assert [sum(r[j] for r in FUND[:5]) for j in range(4)] == FUND[5] and FUND[5][3] == 5350
assert FUND[1] == [0, 640, 880, 1520]

# --- periods of the frailty dues, for the "next month" window ----------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
LONG = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"], 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def periods(text):
    """[(start, end)] ordinals of every date expression in a due text; [] for TBC."""
    t, out = text.lower(), []
    for q, a in re.findall(r"\bq(\d) (\d{4})/\d\d", t):
        sm, sy = [4, 7, 10, 1][int(q) - 1], int(a) + (q == "4")
        out.append((date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)))
    for mo, yy in re.findall(r"\b([a-z]{3})t?-(\d\d)\b", t):
        out.append((date(2000 + int(yy), MON[mo], 1).toordinal(), month_end(2000 + int(yy), MON[mo])))
    for dd, mo, yy in re.findall(r"w/c (\d+) ([a-z]+) (\d{4})", t):
        d0 = date(int(yy), LONG[mo], int(dd)).toordinal()
        out.append((d0, d0 + 6))
    for dd, mo, yy in re.findall(r"(?<!w/c )\bby (\d+) ([a-z]+) (\d{4})", t):
        d0 = date(int(yy), LONG[mo], int(dd)).toordinal()
        out.append((d0, d0))
    for mo, yy in re.findall(r"by end of ([a-z]+) (\d{4})", t):
        out.append((month_end(int(yy), LONG[mo]),) * 2)
    for dd, mm, yy in re.findall(r"(\d\d)/(\d\d)/(\d{4})", t):
        d0 = date(int(yy), int(mm), int(dd)).toordinal()
        out.append((d0, d0))
    for season, a in re.findall(r"(winter|spring|summer|autumn) (\d{4})", t):
        y = int(a)
        out.append({"winter": (date(y, 12, 1).toordinal(), month_end(y + 1, 2)),
                    "spring": (date(y, 3, 1).toordinal(), month_end(y, 5)),
                    "summer": (date(y, 6, 1).toordinal(), month_end(y, 8)),
                    "autumn": (date(y, 9, 1).toordinal(), month_end(y, 11))}[season])
    for a in re.findall(r"(?<![/\d])(?<!q\d )(?<!winter )(\d{4})/\d\d(?!\d)", t):
        out.append((date(int(a), 4, 1).toordinal(), month_end(int(a) + 1, 3)))
    assert out or "tbc" in t, text
    return out


def due_text(ref):
    """The due cell of a frailty row: the row's text after its milestone, up to the RAG letter."""
    return ROWTEXT[ref].rsplit(" ", 1)[0]


FR_PERIODS = {}
for ref in ACTIONS:
    t = due_text(ref)
    # only the date expressions in the row (actions and milestones hold none)
    FR_PERIODS[ref] = periods(t)
BRIEF = "\n".join(U[F6].values())
assert norm("the unit will now open in the week commencing 8 January 2018") in norm(BRIEF)
assert "not in q3 2017/18 as the implementation plan says" in norm(BRIEF)
FR_PERIODS["FF4"] = [(date(2018, 1, 8).toordinal(), date(2018, 1, 14).toordinal())]


def due_in(table, start, end):
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, ps in table.items():
        for p in ps:
            if s <= p[0] and p[1] <= e:
                inside.add(ref)
            elif p[0] <= e and p[1] >= s:
                partial.add(ref)
    return inside, partial - inside


assert due_in(FR_PERIODS, date(2017, 6, 1), date(2017, 6, 30)) == ({"FF5"}, set())
assert FR_PERIODS["FF16"] == []

# --- 02 the vanguard deck: must-do grid by position, funding re-added ---------------------------------------------
def runs(file, page_no):
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


MD_PAGE = page_of(F2, "nine national must-dos")
rs = runs(F2, MD_PAGE)
COLS = {t: x for x, y, t in rs if re.fullmatch(r"I[1-5]", t)}
LABELS = {int(t.split(".")[0]): y for x, y, t in rs if re.match(r"[1-9]\. ", t)}
assert sorted(COLS) == ["I1", "I2", "I3", "I4", "I5"] and sorted(LABELS) == list(range(1, 10))
GRID = {n: {} for n in LABELS}
for x, y, t in rs:
    if t in ("L", "✓"):
        n = min(LABELS, key=lambda k: abs(LABELS[k] - y))
        col = min(COLS, key=lambda k: abs(COLS[k] - x))
        assert abs(LABELS[n] - y) < 8 and abs(COLS[col] - x) < 20, (t, x, y)
        GRID[n][col] = t
assert [n for n in GRID if not GRID[n]] == [6]
assert sorted(GRID[4]) == ["I1", "I2", "I5"]
assert [c for c, m in GRID[7].items() if m == "L"] == ["I3"]
assert [c for c, m in GRID[9].items() if m == "L"] == ["I5"]
assert [n for n in range(1, 10) if "I4" in GRID[n]] == [1, 2, 7]
SHORT = {"I1": "Care hubs", "I2": "Extended access", "I3": "Hub mental health", "I4": "Care navigators",
         "I5": "Digital care homes"}
for code, name in SHORT.items():
    assert f"{code} {name}" in U[F2][MD_PAGE]

FUND_PAGE = page_of(F2, "Funding: received and requested")
fl = U[F2][FUND_PAGE].splitlines()
VG = {}
for i, line in enumerate(fl):
    if re.fullmatch(r"I[1-5] .+|Total", line) and re.fullmatch(r"[\d.]+", fl[i + 1]):
        VG[line.split()[0]] = [float(v) for v in fl[i + 1:i + 5]]
assert len(VG) == 6
for key, vals in VG.items():
    assert round(sum(vals[:3]), 1) == vals[3], key
for j in range(4):
    assert round(sum(VG[c][j] for c in SHORT), 1) == VG["Total"][j], j
assert VG["Total"][1] == 3.2 and VG["Total"][3] == 7.4
VG_BOXES = page_of(F2, "Our five interventions")
VG_WHO = page_of(F2, "Who's who")
VG_DATES = page_of(F2, "Key dates\n")
assert "Led by:\nChief Executive, Hebbleford\nPrimary Care Alliance" in U[F2][VG_BOXES]
assert "Chief Executive, Hebbleford Primary Care Alliance\nCraig Dunsford" in U[F2][VG_WHO]
assert "I1 Care hubs" in U[F2][VG_BOXES] and "Led by:\nVanguard Clinical Director" in U[F2][VG_BOXES]
assert "Vanguard Clinical Director\nDr Ruth Ingledew" in U[F2][VG_WHO]

# --- 04 the tracker, read with openpyxl ---------------------------------------------------------------------------
from openpyxl import load_workbook  # noqa: E402

wb = load_workbook(PAPERS / F4)
ws = wb["Tracker"]
assert [c.value for c in ws[3]] == ["Scheme ID", "Scheme", "Type", "Owner", "Next milestone", "Due", "Status",
                                    "Grant (£k)"]
TR = {}
for row in ws.iter_rows(min_row=4, values_only=True):
    if row[0] and re.fullmatch(r"PC\d\d", row[0]):
        TR[row[0]] = dict(zip(["id", "scheme", "type", "owner", "milestone", "due", "status", "grant"], row))
assert len(TR) == 12
real = [k for k, r in TR.items() if isinstance(r["due"], datetime)]
text = [k for k, r in TR.items() if isinstance(r["due"], str)]
assert real == ["PC01", "PC04", "PC06", "PC09"] and len(text) == 8, (real, text)
total_row = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "Total"][0]
assert total_row[7] == sum(r["grant"] for r in TR.values()) == 5715
assert sum(r["grant"] for r in TR.values() if r["type"] == "Estates") == 4680
summary = {r[0]: r for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
assert summary["Estates"][2] == 4680 and summary["Total"][2] == 5715
assert [k for k, r in TR.items() if r["status"] == "At risk"] == ["PC03", "PC05", "PC12"]
contacts = {r[0]: r[1] for r in wb["Contacts"].iter_rows(min_row=2, values_only=True)}
assert TR["PC03"]["owner"] == "DWa" and contacts["DWa"] == "Daniel Wardle" and contacts["DW"] == "Diane Westcott"
assert TR["PC12"]["owner"] == "JT"
TR_PERIODS = {}
for k, r in TR.items():
    d = r["due"]
    TR_PERIODS[k] = [(d.toordinal(), d.toordinal())] if isinstance(d, datetime) else periods(d)
assert norm("business case will go to NHS England in the week commencing 17 July 2017") in norm(BRIEF)
assert due_in(TR_PERIODS, date(2017, 6, 1), date(2017, 6, 30)) == ({"PC01", "PC05"}, set())
TR_PERIODS["PC05"] = [(date(2017, 7, 17).toordinal(), date(2017, 7, 23).toordinal())]
assert due_in(TR_PERIODS, date(2017, 6, 1), date(2017, 6, 30)) == ({"PC01"}, set())

# --- 05 the LWAB report -------------------------------------------------------------------------------------------
LW_INVEST = page_of(F5, "Investment from Health Education England")
LW_CHANGES = page_of(F5, "Changes agreed since the last report")
LW_WS = page_of(F5, "Workstreams: progress and next milestones")
LW_MEMBERS = page_of(F5, "LWAB membership")
inv = {}
for line in U[F5][LW_INVEST].splitlines()[2:]:
    cells = line.split(" | ")
    inv[cells[0]] = [int(c) for c in cells[1:]]
for key, vals in inv.items():
    assert vals[0] + vals[1] == vals[2], key
assert [sum(v[j] for k, v in inv.items() if k != "Total") for j in range(3)] == inv["Total"] == [226, 537, 763]
chg = U[F5][LW_CHANGES]
assert "Frailty and falls plan FF9: frailty awareness training, lead | Lorna Fairbairn (LF) | Marian Ellwood-Pryce" \
       in chg and "PC12: international GP recruitment, lead | Jasper Treloar (JT) | Dr Rosalind Ambrose" in chg
assert "mental health first aid training, due | by 30 November 2017 | Q1 2018/19" in chg

# --- 06 the briefing: the bridge adds up -------------------------------------------------------------------------
assert norm("gap of £214.6m by 2020/21") in norm(BRIEF)
assert round(96.2 + 84.1 + 34.3, 1) == 214.6 and all(f"£{v}m" in norm(BRIEF) for v in ("96.2", "84.1", "34.3"))

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("fr-sro", OWNER, "role-holder", [["Ashplant"]],
    pages(F1, 1, where="section 1: 'The Senior Responsible Owner for the Ageing Well programme is Gideon Ashplant'"),
    ["Who is the Senior Responsible Owner for the Ageing Well programme's frailty and falls pathway?",
     "who's the SRO for ageing well / frailty in wraxley & hebbleford? need them to sign off a bid thsi week",
     "Which chief officer is ultimately accountable for the plan to find and support older people who are becoming "
     "physically fragile?"], "thsi")
ask("fr-cl", OWNER, "role-holder", [["Calloway"]],
    pages(F1, 1, where="section 1: clinical lead Dr Nerys Calloway"),
    ["Who is the clinical lead for the frailty and falls pathway implementation plan?",
     "clin lead for the frailty pathway pls? want to ask about CGA at the front dor",
     "Which hospital doctor gives the clinical steer on the plan for older people at risk of falling or becoming "
     "frail?"], "dor")
ask("ff3-lead", OWNER, "initials-resolved", [["Whitlock"]],
    pages(F1, ACTION_PAGE["FF3"], ANNEX_PAGE, where="action table row FF3, Lead 'JW'; Annex A: JW = Jarvis Whitlock "
          "(JWi is another person)"),
    ["Who leads action FF3, the community frailty teams in each of the six localities?",
     "who is JW on FF3 (locality frailty teams)? the plan only gives initals",
     "Who is the named person for setting up the neighbourhood teams of nurses, therapists and social workers for "
     "older people in each of the six areas?"], "initals")
ask("ff6-lead", OWNER, "initials-resolved", [["Wintersgill"]],
    pages(F1, ACTION_PAGE["FF6"], ANNEX_PAGE, where="action table row FF6, Lead 'JWi'; Annex A: JWi = Joanna "
          "Wintersgill (not JW)"),
    ["Who leads the strength and balance classes in leisure centres (FF6) in the frailty plan?",
     "who runs FF6, the otago strength & balance clases? is JWi the same person as JW?",
     "Who should I contact about getting exercise sessions that stop older people falling into every sports "
     "centre?"], "clases")
ask("ff9-lead-now", OWNER, "changed-owner", [person("Ellwood-Pryce")],
    pages(F5, LW_CHANGES, where="LWAB changes slide: FF9 lead was Lorna Fairbairn (LF), now Marian Ellwood-Pryce "
          "from 1 April 2017; the frailty plan still says LF"),
    ["Who now leads the frailty awareness training for care home and domiciliary care staff (FF9)?",
     "who's leading FF9 frailty training for care home staff now? heard LF handded it over",
     "Since April 2017, who has been in charge of teaching care workers to recognise frailty?"], "handded",
    as_of="2017-04-10")
ask("fr-r1-owner", OWNER, "post-resolved", [["Brightwell"]],
    pages(F1, RISK_PAGE, ANNEX_PAGE, where="risk R1 owner 'Medical Director, Hebbleford & Miltonby NHS Trust'; "
          "Annex B names Dr Alastair Brightwell"),
    ["Who owns the risk that too few consultant geriatricians can be recruited for the frailty assessment unit?",
     "who owns risk R1 in the frailty plan (geriatrician recruitmnet)? need a name not just the post",
     "Which named person carries the risk that the new same-day unit for frail older people can't find enough "
     "specialist doctors?"], "recruitmnet")
ask("vg-hubs-lead-now", OWNER, "changed-owner", [["Sethi"]],
    cite(F6, "3.5 Hebbleford Together vanguard", "and so now leads the care hubs",
         where="briefing 3.5: Dr Anwar Sethi Vanguard Clinical Director from 1 April 2017, so leads the care hubs "
               "(the deck: I1 led by the Vanguard Clinical Director, then Dr Ruth Ingledew)"),
    ["Who now leads the Hebbleford Together care hubs intervention?",
     "who leads the vanguard care hubs (I1) now the clinical director has changed? need them for the hub opennings",
     "Who currently heads the four local centres where GPs, nurses and social workers are to work together in "
     "Hebbleford?"], "opennings", as_of="2017-04-28")
ask("vg-cd-before", OWNER, "previous-holder", [["Ingledew"]],
    pages(F2, VG_WHO, where="who's who slide: Vanguard Clinical Director Dr Ruth Ingledew (December 2016)"),
    ["Who was the Vanguard Clinical Director when the Hebbleford Together value proposition was submitted in "
     "December 2016?",
     "who was the vanguard clinical director b4 the april 2017 change? need the old name for the handovr",
     "Which GP held the top clinical post in the Hebbleford new care model before stepping down at the end of March "
     "2017?"], "handovr")
ask("vg-i2-lead", OWNER, "post-resolved", [["Dunsford"]],
    pages(F2, VG_BOXES, VG_WHO, where="I2 box 'Led by: Chief Executive, Hebbleford Primary Care Alliance'; who's who "
          "names Craig Dunsford"),
    ["Who leads the extended access intervention (I2) of the Hebbleford Together vanguard? Give the name.",
     "name of the person leading I2 extended access (8-8) in the vanguard? deck only gives a job tilte",
     "Who is the person behind evening and weekend GP appointments from the Hebbleford hubs?"], "tilte")
ask("cc-chair", OWNER, "post-resolved", [["Hanratty"]],
    cite(F3, "Concordat chair", "Lesley Hanratty", where="cover table: chair 'Chief Superintendent, Partnerships, "
         "Hebbleford Constabulary (see Appendix 1)'; Appendix 1 names Lesley Hanratty"),
    ["Who chairs the Crisis Care Concordat Partnership Group?",
     "who chairs the crisis care concordat grp? the plan just gives a police rank, need a naem",
     "Which police officer leads the multi-agency partnership on helping people in a mental health emergency?"],
    "naem")
ask("cc-cafe-lead", OWNER, "post-resolved", [["Freestone"]],
    cite(F3, "1.2 | \"The Lantern\" crisis café", "Callum Freestone",
         where="action 1.2 lead 'Head of Mental Health Commissioning', NHS Wraxley CCG; Appendix 1: Callum Freestone "
               "(the Hebbleford & Miltonby CCG post is Fiona Rudge)"),
    ["Who is the lead for \"The Lantern\" crisis café in Wraxley (Concordat action 1.2)? Give the name.",
     "who's the named lead for the lantern crisis cafe (CCC 1.2)? which head of MH commisioning is it?",
     "Who is responsible for the evening and weekend drop-in for people in mental distress in Wraxley town centre?"],
    "commisioning")
ask("cc-crisis-house-lead", OWNER, "post-resolved", [["Rudge"]],
    cite(F3, "3.3 | Crisis house", "Fiona Rudge",
         where="action 3.3 lead 'Head of Mental Health Commissioning', NHS Hebbleford & Miltonby CCG; Appendix 1: "
               "Fiona Rudge"),
    ["Who leads action 3.3 of the Crisis Care Concordat plan, the four-bed crisis house?",
     "who's leading the crisis house (3.3)? is it the wraxley or the hebbleford commissionr?",
     "Who is in charge of setting up a small residential alternative to a psychiatric admission?"], "commissionr")
ask("pc03-lead", OWNER, "initials-resolved", [["Wardle"]],
    cite(F4, "DWa", where="Tracker row PC03 owner 'DWa'; Contacts: DWa = Daniel Wardle (DW is Diane Westcott)",
         sheet="Contacts"),
    ["Who owns scheme PC03, the online consultation tool for Hebbleford practices?",
     "who's DWa on the ETTF tracker? they own the online consult roll out (PC03) and i need their emial",
     "Who is responsible for letting patients at Hebbleford surgeries contact their GP through a web form?"], "emial")
ask("pc12-lead-now", OWNER, "changed-owner", [["Ambrose"]],
    pages(F5, LW_CHANGES, where="LWAB changes slide: PC12 lead was Jasper Treloar (JT), now Dr Rosalind Ambrose from "
          "1 April 2017; the tracker still says JT"),
    ["Who now leads the international GP recruitment scheme (PC12)?",
     "who leads PC12 intl GP recruitment now? the tracker still says JT but that's out of dte",
     "Since April 2017, who has been responsible for bringing doctors from overseas to work in local practices?"],
    "dte", as_of="2017-04-10")
ask("lwab-chair", OWNER, "role-holder", [["Haldane"]],
    pages(F5, LW_MEMBERS, where="membership slide: Chair Victoria Haldane"),
    ["Who chairs the Wraxley & Hebbleford Local Workforce Action Board?",
     "who chairs the LWAB? want to send the apprenticeship paper to the chiar",
     "Who heads the group that plans the local health and care workforce and reports to Health Education England?"],
    "chiar")
ask("stp-lead", OWNER, "role-holder", [person("Renwick-Shaw")],
    cite(F6, "2.2 The STP lead is", where="briefing 2.2: STP lead Philippa Renwick-Shaw"),
    ["Who is the STP lead for Wraxley & Hebbleford?",
     "who's the overall STP lead for W&H? governers asked",
     "Which hospital chief executive leads the plan for the whole local health and care system?"], "governers")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("ff4-now", MILESTONE, "moved-date", [on(8, 1, 2018, "8 January 2018", "w/c 8 January 2018")],
    cite(F6, "3.1 Frailty assessment unit", "not in Q3 2017/18",
         where="briefing 3.1: now week commencing 8 January 2018, not Q3 2017/18 as the plan says"),
    ["When will the frailty assessment unit at Hebbleford Royal Infirmary open?",
     "when does the frailty unit at HRI open now? heard the ward refurb slipped agian",
     "When will older people be able to get a same-day specialist assessment at the Hebbleford hospital?"], "agian",
    as_of="2017-05-01")
ask("ff4-original", MILESTONE, "original-date",
    [["Q3 2017/18", "Quarter 3 2017/18", "Qtr 3 2017/18", "Q3 17/18", "October to December 2017"]],
    pages(F1, ACTION_PAGE["FF4"], where="action table row FF4, Due 'Q3 2017/18' (v1.0)"),
    ["What opening date did the November 2016 frailty and falls implementation plan give for the frailty "
     "assessment unit?",
     "what date did the original frailty plan (v1.0) have for the frailty assesment unit?",
     "Before the ward refurbishment problem, when had the first version of the older people's plan said the "
     "same-day unit would open?"], "assesment")
ask("ff5-date", MILESTONE, "week-commencing", [on(5, 6, 2017, "5 June 2017", "w/c 5 June 2017")],
    pages(F1, ACTION_PAGE["FF5"], where="action table row FF5, Due 'w/c 5 June 2017'"),
    ["When is the falls response service with Northvale Ambulance Service due to go live?",
     "when does the falls response serivce with the ambulance trust start (FF5)?",
     "From when will people who have fallen at home but aren't hurt be helped up without a trip to hospital?"],
    "serivce")
ask("ff7-date", MILESTONE, "day", [on(31, 10, 2017, "31/10/2017")],
    pages(F1, ACTION_PAGE["FF7"], where="action table row FF7, Due '31/10/2017'"),
    ["What is the due date for the fracture liaison service at Wraxley General Hospital?",
     "due date for the FLS at wraxley general (FF7)? need it for the bone helth report",
     "By what date should the Wraxley hospital be checking most people who break a bone in a minor fall?"], "helth")
ask("ff8-date", MILESTONE, "season", [["Winter 2017/18", "winter 2017-18", "winter 17/18"]],
    pages(F1, ACTION_PAGE["FF8"], where="action table row FF8, Due 'Winter 2017/18'"),
    ["When are structured medication reviews due to cover all care home residents on ten or more medicines (FF8)?",
     "when's FF8 due - the care home med reviews for ppl on 10+ meds? pharmacists are askng",
     "When should all care home residents who take lots of tablets have had their prescriptions checked?"], "askng")
ask("ff16-date", MILESTONE, "unknown-date", [["TBC", "to be confirmed", "not yet scheduled", "no date"]],
    pages(F1, ACTION_PAGE["FF16"], where="action table row FF16 (page 2, under the repeated header), Due 'TBC'"),
    ["When is the frailty outcomes dashboard (FF16) due to go live?",
     "any date yet for the frailty outcomes dashbaord (FF16)?",
     "When will the Ageing Well board get its set of charts tracking results for frail older people?"], "dashbaord")
ask("ff3-dates", MILESTONE, "multi-date", [["Mar-17", "March 2017"], ["Sept-17", "September 2017", "Sep-17"]],
    pages(F1, ACTION_PAGE["FF3"], where="action table row FF3, Due 'Teams 1-3: Mar-17; all six: Sept-17'"),
    ["When are the first three community frailty teams due to go live, and when will all six be live?",
     "FF3 dates pls - teams 1-3 and then all six localitys?",
     "When do the first half of the neighbourhood older people's teams start, and when should all of them be "
     "running?"], "localitys")
ask("fr-next-month", MILESTONE, "relative-window", [["Falls response", "FF5"]],
    pages(F1, ACTION_PAGE["FF5"], where="as of 22 May 2017 next month is June 2017: only FF5 (w/c 5 June 2017) falls in "
          "it; FF4 has moved to January 2018"),
    ["Which actions in the frailty and falls plan are due next month?",
     "anything in the frailty plan due next month? doing the forwrd look",
     "Looking ahead to the coming calendar month, what is scheduled to be delivered for older people at risk of "
     "falls and frailty?"], "forwrd", as_of="2017-05-22")
ask("cc-cafe-now", MILESTONE, "moved-date", [["end of March 2018", "31 March 2018", "31/03/2018", "March 2018"]],
    cite(F6, "3.2 \"The Lantern\" crisis cafe", "rather than in Winter 2017/18",
         where="briefing 3.2: now by end of March 2018, rather than Winter 2017/18 (the Concordat plan)"),
    ["When will \"The Lantern\" crisis café in Wraxley open?",
     "when's the lantern crisis cafe opening now? the bulding fell through i think",
     "When will the evening and weekend drop-in for people in mental distress in Wraxley town centre open its "
     "doors?"], "bulding", as_of="2017-05-01")
ask("cc-street-triage", MILESTONE, "day", [on(3, 4, 2017, "3 April 2017")],
    cite(F6, "3.3 Street triage", where="briefing 3.3: went live on 3 April 2017 (the plan: w/c 3 April 2017)"),
    ["When did street triage go live under the Crisis Care Concordat?",
     "when did street triage go live? the MH nurse with police sheme",
     "On what date did mental health nurses start going out with police officers in the evenings?"], "sheme")
ask("cc-core24", MILESTONE, "deadline", [on(31, 3, 2019, "31/03/2019")],
    cite(F3, "2.3 | Core 24 liaison psychiatry", where="action 2.3 'by 31/03/2019'"),
    ["By when must Core 24 liaison psychiatry be in place at Wraxley General Hospital?",
     "deadline for core 24 liasion at wraxley general?",
     "By when should Wraxley's main hospital have round-the-clock psychiatric cover for patients on its wards and "
     "in A&E?"], "liasion")
ask("cc-mhfa-now", MILESTONE, "moved-date",
    [["Q1 2018/19", "Quarter 1 2018/19", "Qtr 1 2018/19", "Q1 18/19", "April to June 2018"]],
    pages(F5, LW_CHANGES, where="LWAB changes slide: Concordat 1.3 due was 'by 30 November 2017', now 'Q1 2018/19'"),
    ["When is the mental health first aid training for 300 front-line council staff now due?",
     "when's the MHFA training for council staff due now? thought it was nov but it got movd",
     "By when should 300 council frontline workers have been taught how to help someone in a mental health "
     "crisis?"], "movd", as_of="2017-04-10")
ask("cc-crht", MILESTONE, "who-and-when", [["Mortlock"], ["Oct-17", "October 2017"]],
    cite(F3, "2.4 | Crisis resolution and home treatment", "Sabine Mortlock",
         where="action 2.4: 'Associate Director of Mental Health', Ullsford Care Partnership, Oct-17; Appendix 1: "
               "Sabine Mortlock"),
    ["Who leads the move of the crisis resolution and home treatment team to 24-hour opening, and when is it due?",
     "CRHT going 24/7 - who's the lead and when's it duee?",
     "Who is making sure the team that treats people in a mental health crisis at home works around the clock, and "
     "by when?"], "duee")
ask("vg-ext-date", MILESTONE, "day", [on(1, 4, 2017, "01/04/2017")],
    pages(F2, VG_BOXES, where="I2 box 'Live from 01/04/2017' (and the key-dates slide)"),
    ["From what date is extended GP access (I2) live in the Hebbleford Together vanguard?",
     "when does 8-8 extended acess go live in the vanguard?",
     "From when can Hebbleford patients get GP appointments in the evenings and at weekends?"], "acess")
ask("vg-hubs-all", MILESTONE, "quarter",
    [["Q2 2017/18", "Quarter 2 2017/18", "Qtr 2 2017/18", "Q2 17/18", "July to September 2017"]],
    pages(F2, VG_BOXES, where="I1 box 'All four hubs open: Q2 2017/18' (hubs 1 and 2: Q4 2016/17)"),
    ["When will all four Hebbleford Together care hubs be open?",
     "when are all 4 vanguard hubs meant to be opne?",
     "By when should every one of the Hebbleford multidisciplinary centres be up and running?"], "opne")
ask("pc01-date", MILESTONE, "date-cell", [on(12, 6, 2017, "12/06/2017")],
    cite(F4, "PC01", where="Tracker row PC01, Due a real date cell 12/06/2017", sheet="Tracker"),
    ["When is the contractor due on site for the Miltonby Health Centre extension (PC01)?",
     "when's the builder on site at miltonby HC (PC01)? the practice mangaer keeps asking",
     "When are building works expected to start on the six extra consulting rooms in Miltonby?"], "mangaer")
ask("pc05-now", MILESTONE, "moved-date", [on(17, 7, 2017, "17 July 2017", "w/c 17 July 2017")],
    cite(F6, "3.4 Lowfield Surgery new build", "(previously w/c 5 June 2017)",
         where="briefing 3.4: FBC to NHS England w/c 17 July 2017, previously w/c 5 June 2017 (the tracker)"),
    ["When will the full business case for the Lowfield Surgery new build go to NHS England?",
     "when's the lowfield FBC going to NHSE now? tracker says june but i heard it slipt",
     "When will the detailed funding case for replacing two branch surgeries with one new building be sent to the "
     "national body?"], "slipt", as_of="2017-05-01")
ask("pc-june", MILESTONE, "window-after-override", [["Miltonby", "PC01"]],
    cite(F4, "PC01", "PC05", where="Tracker: PC01 12/06/2017 is the only June 2017 milestone once the briefing moves "
         "PC05 from w/c 5 June to w/c 17 July 2017", sheet="Tracker"),
    ["Which primary care estates and technology schemes have a milestone due in June 2017?",
     "which ETTF or resilience schemes have somthing due in june 2017?",
     "On the GP premises and IT tracker, what is scheduled to happen in the month of June 2017?"], "somthing")
ask("lwab-na-date", MILESTONE, "week-commencing", [on(10, 4, 2017, "10 April 2017", "w/c 10 April 2017")],
    pages(F5, LW_WS, where="workstreams table W3: 'w/c 10 April 2017' (the changes slide: was w/c 6 March 2017)"),
    ["When does the first cohort of trainee nursing associates start?",
     "when do the 1st nursing associate traniees start?",
     "When will the first group training for the new role between healthcare assistant and registered nurse "
     "begin?"], "traniees")
ask("gov-next", MILESTONE, "meeting-date", [on(17, 7, 2017, "17 July 2017")],
    cite(F6, "5.2 The next quarterly STP briefing", "Governors on 17 July 2017", where="briefing 5.2"),
    ["When will the next quarterly STP briefing come to the Ullsford Care Partnership Council of Governors?",
     "when's the next STP brifing to the UCP governors?",
     "On what date will the foundation trust's elected representatives next hear the quarterly update on the "
     "area-wide plan?"], "brifing")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (the vanguard's grid)
# ---------------------------------------------------------------------------------------------------------------
ask("md-gap", MUSTDO, "mustdo-gap", [md(6)],
    pages(F2, MD_PAGE, where="must-do grid: row 6 Cancer has no mark under any of I1-I5"),
    ["Which of the nine national must-dos does no Hebbleford Together intervention contribute to?",
     "which must-do isn't coverd by any of the vanguard's interventions?",
     "Which national priority gets no help at all from the Hebbleford new care model?"], "coverd")
ask("md7-lead", MUSTDO, "mustdo-lead", [["Hub mental health", "I3"]],
    pages(F2, MD_PAGE, where="must-do grid: row 7 Mental health, L under I3 (I4 contributes)"),
    ["Which vanguard intervention leads the contribution to must-do 7 (mental health)?",
     "which vanguard intervention is the L for MD7 mental health? filling in the asurance template",
     "In the Hebbleford new care model, which part takes the main role in improving access to psychological care?"],
    "asurance")
ask("md4-cover", MUSTDO, "mustdo-coverage", [["Care hubs", "I1"], ["Extended access", "I2"],
                                             ["Digital care homes", "I5"]],
    pages(F2, MD_PAGE, where="must-do grid: row 4 A&E and ambulance, L under I1, ticks under I2 and I5"),
    ["Which Hebbleford Together interventions contribute to must-do 4 (A&E and ambulance)?",
     "which vanguard interventons count towards MD4 (A&E + ambulance)?",
     "Which parts of the Hebbleford new care model help with emergency department waits and ambulance response?"],
    "interventons")
ask("md9-lead", MUSTDO, "mustdo-lead", [["Digital care homes", "I5"]],
    pages(F2, MD_PAGE, where="must-do grid: row 9 Improving quality, L under I5 (I1 contributes)"),
    ["Which vanguard intervention leads the contribution to must-do 9, improving quality?",
     "which intervention is L on MD9 quality in the vanguard matrx?",
     "In the Hebbleford new care model, which strand is chiefly responsible for the national priority on safer, "
     "better care?"], "matrx")
ask("md-i4", MUSTDO, "by-intervention", [["Deliver the STP", "Must-do 1", "must do 1", "MD1", "MD 1"],
                                         ["Financial balance", "Must-do 2", "must do 2", "MD2", "MD 2"],
                                         ["Mental health", "Must-do 7", "must do 7", "MD7", "MD 7"]],
    pages(F2, MD_PAGE, where="must-do grid: column I4 has ticks in rows 1, 2 and 7"),
    ["Which national must-dos does the care navigators intervention (I4) contribute to?",
     "what must-dos does I4 care navigators feed into? doing a mappping",
     "Which national priorities are helped by the people who link patients to community groups and services in "
     "every Hebbleford practice?"], "mappping")

# ---------------------------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------------------------
ask("fr-fund-total", FACT, "figure", [["5,350", "5350", "£5.35m", "£5.4m"]],
    pages(F1, RISK_PAGE, where="funding table (£k), Total row, Total column: 5,350"),
    ["What is the total revenue funding for the frailty and falls pathway over 2016/17 to 2018/19?",
     "total £ for the frailty plan across the 3 yrs? in £k is fine, for the finanec paper",
     "Altogether, how much money is set aside over three years for the programme on older people's fragility and "
     "falls?"], "finanec")
ask("fr-risk-top", FACT, "comparison", [["geriatrician", "R1"]],
    pages(F1, RISK_PAGE, where="risk table: R1 (geriatrician recruitment) scores 4 x 4 = 16, the highest"),
    ["Which risk in the frailty and falls plan has the highest score?",
     "what's the highest scorring risk in the frailty plan?",
     "What is the biggest threat to the older people's fragility and falls plan, going by likelihood times "
     "impact?"], "scorring")
ask("vg-fund-1718", FACT, "figure", [["3.2", "£3.2m"]],
    pages(F2, FUND_PAGE, where="funding table (£m), Total row, 2017/18 requested: 3.2"),
    ["How much funding does Hebbleford Together request for 2017/18?",
     "how much is the vanguard reqesting for 17/18?",
     "How much money has the Hebbleford new care model asked the national team for in the year starting April "
     "2017?"], "reqesting")
ask("vg-fund-total", FACT, "figure", [["7.4", "£7.4m"]],
    pages(F2, FUND_PAGE, where="funding table (£m), Total row, Total column: 7.4"),
    ["What is the total vanguard funding across 2016/17, 2017/18 and 2018/19 in the value proposition?",
     "vanguard funding total over the 3 years (£m)? for the bord paper",
     "Adding what was received, what is requested and what is indicated, how much money does the Hebbleford new "
     "care model involve in all?"], "bord")
ask("vg-population", FACT, "figure", [["214,600", "214600"]],
    pages(F2, page_of(F2, "Hebbleford Together in numbers"), where="number tile: 214,600 people registered"),
    ["How many people are registered with the Hebbleford Together practices?",
     "what's the registered popn for the vanguard? need it for a per head calcuation",
     "How many patients are on the lists of the GP surgeries in the Hebbleford new care model?"], "calcuation")
ask("pc-total", FACT, "figure", [["5715", "5,715", "£5.7m", "£5.72m"]],
    cite(F4, "Total", where="Tracker Total row, Grant (£k): 5715 (the Summary sheet agrees)", sheet="Tracker"),
    ["What is the total grant across all schemes on the primary care ETTF and GP resilience tracker?",
     "total ETTF + resilience grant on the tracker? £k is fine, doing the sumary",
     "How much grant money, all told, is going into GP premises, practice IT and struggling practices?"], "sumary")
ask("pc-estates", FACT, "figure", [["4680", "4,680", "£4.68m", "£4.7m"]],
    cite(F4, "Estates", where="Summary sheet: Estates, 4 schemes, 4680 (£k)", sheet="Summary"),
    ["How much of the primary care ETTF and resilience grant goes to estates schemes?",
     "how much ETTF money goes on estates projcts?",
     "How much is being spent on buildings, such as extensions and new surgeries, from the GP transformation "
     "grants?"], "projcts")
ask("pc-at-risk", FACT, "list", [["Online consultation", "PC03"], ["Lowfield", "PC05"],
                                 ["International GP recruitment", "PC12"]],
    cite(F4, "PC03", "PC12", where="Tracker Status column: At risk on PC03, PC05 and PC12", sheet="Tracker"),
    ["Which schemes on the primary care ETTF and resilience tracker are rated at risk?",
     "which primary care tracker schemes are flagged at risk? it's for the hightlight report",
     "On the GP premises and IT list, which projects are in danger of not delivering?"], "hightlight")
ask("lwab-invest", FACT, "figure", [["763", "£763k"]],
    pages(F5, LW_INVEST, where="investment table (£k), Total row, Total column: 763"),
    ["What is the total investment from Health Education England in the LWAB workstreams across 2016/17 and "
     "2017/18?",
     "total HEE fundng for the LWAB workstreams, 16/17 + 17/18?",
     "How much has the national education and training body put into the local workforce programme over the two "
     "years?"], "fundng")
ask("stp-gap", FACT, "figure", [["214.6", "£214.6m"]],
    cite(F6, "2.3 If nothing changed", "£214.6m", where="briefing 2.3: gap of £214.6m by 2020/21"),
    ["What is the Wraxley & Hebbleford STP's do-nothing financial gap by 2020/21?",
     "what's the gap for W&H by 20/21 if nothing changes? need the figure for a presentaton",
     "If the local health and care system carried on as it is, how big a shortfall would it face by the end of the "
     "plan period?"], "presentaton")

# ---------------------------------------------------------------------------------------------------------------
# Near-misses: they sound answerable, but the papers do not say (absence checked over all papers)
# ---------------------------------------------------------------------------------------------------------------
absent("2019/20", "19/20", "2019-20")
ask("nm-fr-1920", NONE, "near-miss", [],
    pages(F1, RISK_PAGE, where="the funding table stops at 2018/19"),
    ["How much revenue funding does the frailty and falls plan allocate for 2019/20?",
     "what's the frailty plan's funding for 19/20? doing next yr's budgt",
     "How much money does the older people's fragility and falls plan set aside for the year from April 2019 to "
     "March 2020?"], "budgt")
absent("capital", "refurbishment cost", "cost of the refurbishment", "cost of refurbishing")
ask("nm-fu-capital", NONE, "near-miss", [],
    cite(F6, "3.1 Frailty assessment unit", "not in Q3 2017/18",
         where="the briefing says the ward needs more refurbishment but gives no cost; the funding table is revenue"),
    ["What is the capital cost of refurbishing the ward for the frailty assessment unit?",
     "how much capital for the HRI frailty unit ward refurb? estates want the nummber",
     "How much will the building work cost to get the Hebbleford hospital ward ready for the same-day frail older "
     "people's unit?"], "nummber")
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-cc-vice", NONE, "near-miss", [],
    cite(F3, "Concordat chair", where="cover table names only the chair (by post)"),
    ["Who is the vice chair of the Crisis Care Concordat Partnership Group?",
     "who's vice chair of the concordat partnership grp? chair's on leave and we need a deputee",
     "If the chief superintendent can't chair the mental health crisis partnership, who stands in?"], "deputee")
assert "Hebbleford practices" in U[F4]["Tracker!6"] and "wraxley practices" not in EVERYTHING
ask("nm-pc03-wraxley", NONE, "near-miss", [],
    cite(F4, "PC03", where="PC03 covers the 29 Hebbleford practices only; nothing says when Wraxley practices get it",
         sheet="Tracker"),
    ["When will the online consultation tool go live in Wraxley's GP practices?",
     "when do wraxley practices get the onlne consultation tool?",
     "When will patients of the Wraxley surgeries be able to consult their GP through a web form?"], "onlne")
assert "clinical lead" not in norm("\n".join(U[F5].values()))
absent("lwab clinical", "clinical lead for the local workforce")
ask("nm-lwab-cl", NONE, "near-miss", [],
    pages(F5, LW_MEMBERS, where="the membership slide has no clinical lead"),
    ["Who is the clinical lead for the Local Workforce Action Board?",
     "who's the LWAB clinical lead? want a clinician to revew the PA model",
     "Which doctor or nurse gives clinical advice to the group planning the local health and care workforce?"],
    "revew")
ask("nm-vg-1920", NONE, "near-miss", [],
    pages(F2, FUND_PAGE, where="the funding table stops at 2018/19 (indicative)"),
    ["How much funding does Hebbleford Together expect for 2019/20?",
     "how much vanguard funding is there for 19/20? planning ahaed",
     "How much money will the Hebbleford new care model get in the year from April 2019?"], "ahaed")
absent("transforming care", "tcp", "learning disabilities lead", "learning disability lead")
ask("nm-tcp", NONE, "near-miss", [],
    pages(F2, MD_PAGE, where="must-do 8 learning disabilities has one tick under I1; no lead or partnership named"),
    ["Who leads the Transforming Care Partnership for people with learning disabilities in Wraxley & Hebbleford?",
     "who leads the TCP for LD in W&H? our LD nurses want a named contakt",
     "Who is in charge of the local programme to move people with learning disabilities or autism out of "
     "hospital?"], "contakt")
absent("turnover is", "turnover of", "turnover rate", "turnover was", "current turnover", "baseline")
ask("nm-turnover", NONE, "near-miss", [],
    pages(F5, LW_WS, where="W5 gives only the target (turnover below 10%), no current rate"),
    ["What is the current registered nurse turnover rate in Wraxley & Hebbleford?",
     "what's RN turnover running at across W&H? the LWAB slide only has the targt",
     "What proportion of registered nurses currently leave local employers each year?"], "targt",
    as_of="2017-04-10")
absent("public consultation", "closing date", "consultation closes", "consultation will close")
ask("nm-lowfield-consult", NONE, "near-miss", [],
    cite(F4, "PC05", where="PC05 gives the FBC date only; no consultation is mentioned", sheet="Tracker"),
    ["When does the public consultation on closing Lowfield Surgery's two branch surgeries close?",
     "when does the lowfield branch closure consultation shut? patients keep ringing the surgry",
     "What is the last day local people can give their views on replacing the two Lowfield branch sites with one "
     "new building?"], "surgry")

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
                        r"atm|today|this week|next week)\b", item["question"].lower())
        assert not rel, (item["id"], rel)
# every file is asked about
assert {i["source"]["file"] for i in ITEMS if not i["expect_no_answer"]} == {F1, F2, F3, F4, F5, F6}
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
