"""Write questions.jsonl for the Ambleford & Stainmoor STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, xlsx rows
on a named sheet, text lines), and the first alternative of every gold group must be in that window. Facts that need
a step of reasoning are worked out again here from the generated files (never from make_papers.py):
  - the deck's initiative tables are read back by text position (pypdf's text visitor): the heading runs give the
    column edges, each Ref run opens a row, so every row's Lead and Due cell is known even where cells wrap;
  - the cards slide is read by position: each name belongs to the card whose heading is above it in the same column;
  - the must-do grid is read by position: a mark belongs to the MDn heading above it and the programme level with it;
  - the savings table is re-added against its Total row and column, and the gap bridge is re-added;
  - the risk log's scores are recomputed as likelihood x impact, the 15+ list and the top risk derived from them;
  - the relative windows are checked over every initiative's due date after the later papers' changes (PID,
    risk log forecasts, e-mail), each window holding exactly the expected rows and nothing partly overlapping.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must occur
there once, be a word no paper uses, and be no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _where in (HERE.parent, HERE.parent.parent / "brief_ak"):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

PAPERS = HERE / "papers"
DECK = "01_AS_STP_Annex_B_Programme_Delivery_Plans_v3.0_21Oct2016.pdf"
PID = "02_AS_STP_ICC_Programme_Initiation_Document_v1.0_Dec2016.docx"
LOG = "03_AS_STP_Risk_and_Issues_Log_27Jan2017.xlsx"
MAIL = "04_AS_STP_Email_UEC1_Date_and_MHW_Clinical_Lead_09Mar2017.txt"
FAQ = "05_AS_STP_Staff_FAQ_Apr2017.md"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([DECK, PID, LOG, MAIL, FAQ]), sorted(U)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
CODES = ["LWP", "ICC", "UEC", "ECD", "MHW", "ASC"]


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def quarter(n, y, printed=None):
    """Gold alternatives for NHS quarter n of financial year y/y+1: printed form first, then usual renderings."""
    yy, ny = f"{y}/{(y + 1) % 100:02d}", f"{y % 100:02d}/{(y + 1) % 100:02d}"
    first = [4, 7, 10, 1][n - 1]
    cal = y + (n == 4)
    m1, m3 = MONTHS[first - 1], MONTHS[first + 1]
    return alts(*([printed] if printed else []), f"Q{n} {yy}", f"Q{n} {ny}", f"Qtr {n} {yy}", f"Qtr {n} {ny}",
                f"quarter {n} of {yy}", f"{m1} to {m3} {cal}", f"{m1[:3]}-{m3[:3]} {cal}", f"{m1}-{m3} {cal}")


def mdx(n, drop=()):
    """bank_tools.md(n) less renderings an answer would contain anyway (programme names, 'STP')."""
    return [a for a in md(n) if norm(a) not in {norm(d) for d in drop}]


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def slide(first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[DECK][k] for k in range(first, last + 1)))
    return {"file": DECK, "lines": [first, last], "where": where}, text


def absent(*phrases):
    """Each phrase, as whole words, is in no paper."""
    for phrase in phrases:
        assert not re.search(r"(?<![a-z0-9])" + re.escape(norm(phrase)) + r"(?![a-z0-9])", EVERYTHING), \
            f"{phrase!r} is in the papers"


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
        ITEMS.append({"id": f"ak-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ak-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Reading the deck back by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(page_no):
    """[(x, y, text)] for every text run on a deck page, in content order, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / DECK)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def page_with(text):
    hits = [k for k, v in U[DECK].items() if norm(text) in norm(v)]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def table_rows(page_no):
    """{ref: {heading: cell text}} for the initiatives table on a deck page, by position."""
    rs = runs(page_no)
    heads = ["Ref", "Scheme", "Lead", "Milestone", "Due"]
    hx = {}
    for x, y, t in rs:
        if t in heads and t not in hx:
            hx[t] = (x, y)
    assert set(hx) == set(heads), (page_no, hx)
    head_y = hx["Ref"][1]
    edges = sorted((x, t) for t, (x, _) in hx.items())
    refs = sorted(((y, t) for x, y, t in rs if x < hx["Scheme"][0] - 2 and y < head_y - 2
                   and re.fullmatch(r"[A-Z]{3}\d", t)), reverse=True)
    out = {}
    for i, (y, ref) in enumerate(refs):
        lower = refs[i + 1][0] if i + 1 < len(refs) else 30
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 3 <= x < hi - 3 and lower < yy <= y + 1
                                   and t != "Continued on the next slide")
        out[ref] = cells
    return out


ROWS, ROW_PAGE = {}, {}
for pg in U[DECK]:
    if ": initiatives" in U[DECK][pg].splitlines()[0]:
        for ref, cells in table_rows(pg).items():
            assert ref not in ROWS, ref
            ROWS[ref], ROW_PAGE[ref] = cells, pg
assert len(ROWS) == 24, sorted(ROWS)
assert all(sum(r.startswith(c) for r in ROWS) >= 3 for c in CODES)
EXPECT = {"UEC1": ("Fergus Mattinson", "Autumn 2017"), "ECD3": ("Dr Ansel Moorcroft", "30.06.17"),
          "ICC1": ("Dr Philippa Naismith-Oduya", "Q4 2016/17 (hubs 1-3); Q4 2017/18 (all nine)"),
          "ICC4": ("Kwame Ashdown", "tbc"), "LWP3": ("Nadia Ferncastle", "01.09.17"),
          "MHW1": ("Dr Jasper Wintle", "Q4 2017/18"), "MHW3": ("Barnaby Ruddock", "31.03.19"),
          "MHW4": ("Dr Jasper Wintle", "tbc"), "UEC4": ("Lorna Pickersgill", "Q4 2016/17"),
          "MHW2": ("Saoirse Lindqvist", "Winter 2017/18"), "ECD4": ("Quentin Haverstock",
                                                                     "FBC: Q4 2017/18; go-live 2018/19")}
for ref, (lead, due) in EXPECT.items():
    assert (ROWS[ref]["Lead"], ROWS[ref]["Due"]) == (lead, due), (ref, ROWS[ref])
assert ROW_PAGE["UEC4"] == ROW_PAGE["UEC1"] + 1  # the continued slide

CARDS = page_with("Programme leadership: SROs and clinical leads")


def cards():
    """{code: {'SRO': name, 'CLINICAL LEAD': name}} by position: a name under a label, in the card whose heading
    is the nearest one above it in the same column."""
    rs = runs(CARDS)
    heads = [(x, y, re.search(r"\(([A-Z]{3})\)$", t).group(1)) for x, y, t in rs if re.search(r"\([A-Z]{3}\)$", t)]
    assert len(heads) == 6
    out = {code: {} for _, _, code in heads}
    for i, (x, y, t) in enumerate(rs):
        if t in ("SRO", "CLINICAL LEAD"):
            nx, ny, name = rs[i + 1]
            assert abs(nx - x) < 1 and 10 < y - ny < 20, (t, rs[i + 1])
            above = [h for h in heads if abs(h[0] - nx) < 1 and h[1] > ny]
            code = min(above, key=lambda h: h[1] - ny)[2]
            out[code][t] = name
    return out


CARD = cards()
assert CARD["UEC"] == {"SRO": "Annika Swarbrick", "CLINICAL LEAD": "Dr Rohan Tillotson"}
assert CARD["LWP"]["SRO"] == "Dr Marisol Quennell" and CARD["ICC"]["CLINICAL LEAD"] == "Dr Philippa Naismith-Oduya"
assert CARD["ASC"] == {"SRO": "Bernard Okonkwo-Reid", "CLINICAL LEAD": "Dr Helga Marrable"}
assert CARD["MHW"]["CLINICAL LEAD"] == "Dr Jasper Wintle"
ENABLER_LINE = [line for line in U[DECK][CARDS].splitlines() if line.startswith("Enablers:")][0]
assert "Digital - Stellan Pryce" in ENABLER_LINE and "clinical" not in ENABLER_LINE.lower()
assert "Estates - tbc" in ENABLER_LINE

GRID_PAGE = page_with("against the nine national must-dos")


def mustdo_grid():
    """{code: {must-do number: '●' | '◐'}} by position."""
    rs = runs(GRID_PAGE)
    cols = {int(t[2:]): x for x, y, t in rs if re.fullmatch(r"MD\d", t)}
    assert sorted(cols) == list(range(1, 10))
    rows = {re.search(r"\(([A-Z]{3})\)$", t).group(1): y for x, y, t in rs if re.search(r"\([A-Z]{3}\)$", t)}
    assert sorted(rows) == sorted(CODES)
    out = {code: {} for code in rows}
    for x, y, t in rs:
        if t in ("\u25cf", "\u25d0") and y > min(rows.values()) - 10:
            code = min(rows, key=lambda k: abs(rows[k] - y))
            assert abs(rows[code] - y) < 6, (t, x, y)
            n = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(cols[n] - x) < 25, (t, x, y)
            assert n not in out[code]
            out[code][n] = t
    return out


GRID = mustdo_grid()
FULL, PART = "\u25cf", "\u25d0"
assert all(GRID[c].get(1) == FULL for c in CODES)
assert [n for n in range(1, 10) if not any(n in GRID[c] for c in CODES)] == [8]
assert sorted(c for c in CODES if 4 in GRID[c]) == ["ICC", "MHW", "UEC"] and GRID["UEC"][4] == FULL
assert GRID["ICC"][4] == PART and GRID["MHW"][4] == PART
assert [(c, GRID[c][6]) for c in CODES if 6 in GRID[c]] == [("ECD", PART)]
assert sorted(GRID["MHW"]) == [1, 4, 7] and GRID["MHW"][7] == FULL
assert [c for c in CODES if GRID[c].get(5) == FULL] == ["ECD"]
assert GRID["ASC"][9] == FULL and GRID["LWP"][3] == PART
assert "full contribution" in U[DECK][GRID_PAGE] and "partial contribution" in U[DECK][GRID_PAGE]

FIN_PAGE = page_with("Finance: savings by programme")


def savings():
    lines = U[DECK][FIN_PAGE].splitlines()
    out, i = {}, 0
    while i < len(lines):
        m = re.search(r"\(([A-Z]{3})\)$", lines[i])
        if (m or lines[i] == "Total") and i + 6 < len(lines) and all(re.fullmatch(r"\d+\.\d", v)
                                                                     for v in lines[i + 1:i + 7]):
            out[m.group(1) if m else "Total"] = [float(v) for v in lines[i + 1:i + 7]]
            i += 7
        else:
            i += 1
    return out


FIN = savings()
assert sorted(FIN) == sorted(CODES + ["Total"])
for code, vals in FIN.items():
    assert round(sum(vals[:5]), 1) == vals[5], code
for j in range(6):
    assert round(sum(FIN[c][j] for c in CODES), 1) == FIN["Total"][j], j
assert max(CODES, key=lambda c: FIN[c][5]) == "ASC" and FIN["ECD"][2] == 9.4 and FIN["Total"][4] == 76.6
bridge = {k: float(v) for k, v in re.findall(r"(Programme savings|\(CIP\)|Fund|Do-nothing gap)\s+£([\d.]+)m",
                                             U[DECK][FIN_PAGE])}
assert round(bridge["Programme savings"] + bridge["(CIP)"] + bridge["Fund"], 1) == bridge["Do-nothing gap"] == 164.3
assert bridge["Programme savings"] == FIN["Total"][4] and bridge["Fund"] == 24.1

# ---------------------------------------------------------------------------------------------------------------
# The risk log: scores recomputed, the filter and the top risk derived
# ---------------------------------------------------------------------------------------------------------------
RISK = {}
for key, text in U[LOG].items():
    if key.startswith("Risks!"):
        cells = text.split(" | ")
        if re.fullmatch(r"R\d\d", cells[0]):
            rid, _, owner, lik, imp, score = cells[:6]
            assert int(lik) * int(imp) == int(score), cells
            RISK[rid] = {"row": int(key.split("!")[1]), "owner": owner, "score": int(score), "text": text}
assert len(RISK) == 12
assert sorted(r for r, v in RISK.items() if v["score"] >= 15) == ["R01", "R02", "R08"]
top = max(RISK, key=lambda r: RISK[r]["score"])
assert top == "R01" and RISK[top]["score"] == 20 and RISK[top]["owner"] == "Yvette Karamanlis"
assert sorted(v["score"] for v in RISK.values()).count(20) == 1
assert "Score 15 to 25: red - escalate to the Programme Delivery Group." in U[LOG]["Key!4"]
MS = {U[LOG][k].split(" | ")[0]: (k, U[LOG][k].split(" | ")) for k in U[LOG] if k.startswith("Milestones!")
      and re.match(r"[A-Z]{3}\d ", U[LOG][k])}
assert MS["ECD3"][1][4:7] == ["30.06.17", "30/09/2017", "A"]
assert MS["MHW2"][1][4:7] == ["Winter 2017/18", "Q1 2018/19", "R"]
assert MS["ICC4"][1][4:6] == ["tbc", "Q2 2017/18"] and MS["ICC1"][1][4:6] == ["Q4 2016/17", "31/03/2017"]
assert MS["UEC1"][1][4:6] == ["Autumn 2017", "Autumn 2017"]  # the log predates the e-mail

# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows: every initiative's due date after the later papers' changes
# ---------------------------------------------------------------------------------------------------------------
MON = {m[:3].lower(): i for i, m in enumerate(MONTHS, 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def periods(text):
    """[(start, end)] ordinals of every date expression in a Due cell; [None] for tbc."""
    t, out = text.lower(), []
    if t.strip() == "tbc":
        return [None]
    for q, a in re.findall(r"q(\d) (\d{4})/\d\d", t):
        y, q = int(a), int(q)
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        out.append((date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)))
    for mo, yy in re.findall(r"by end ([a-z]{3}) (\d{4})", t):
        out.append((date(int(yy), MON[mo], 1).toordinal(), month_end(int(yy), MON[mo])))
    for mo, yy in re.findall(r"\b([a-z]{3})-(\d\d)\b", t):
        out.append((date(2000 + int(yy), MON[mo], 1).toordinal(), month_end(2000 + int(yy), MON[mo])))
    for dd, mm, yy in re.findall(r"\b(\d\d)\.(\d\d)\.(\d\d)\b", t):
        d = date(2000 + int(yy), int(mm), int(dd)).toordinal()
        out.append((d, d))
    for dd, mm, yy in re.findall(r"\b(\d\d)/(\d\d)/(\d{4})\b", t):
        d = date(int(yy), int(mm), int(dd)).toordinal()
        out.append((d, d))
    for season, a in re.findall(r"(autumn|winter) (\d{4})", t):
        y = int(a)
        out.append((date(y, 9, 1).toordinal(), month_end(y, 11)) if season == "autumn"
                   else (date(y, 12, 1).toordinal(), month_end(y + 1, 2)))
    for a in re.findall(r"(?<![q\d] )(?<!\d)(?<!winter )(\d{4})/\d\d(?!\d)", t):
        if not re.search(r"q\d " + a, t):
            out.append((date(int(a), 4, 1).toordinal(), month_end(int(a) + 1, 3)))
    assert out, text
    return out


LATEST = {ref: periods(cells["Due"]) for ref, cells in ROWS.items()}
assert LATEST["ECD4"] == periods("Q4 2017/18") + periods("2018/19") and len(LATEST["ICC1"]) == 2
MAIL_TEXT = "\n".join(U[MAIL].values())
assert norm("the opening date is now 31.03.18 (Annex B had Autumn 2017)") in norm(MAIL_TEXT)
LATEST["UEC1"] = periods("31.03.18")                                  # e-mail, 9 March 2017
LATEST["ECD3"] = periods(MS["ECD3"][1][5])                            # risk log forecast, 27 January 2017
LATEST["MHW2"] = periods(MS["MHW2"][1][5])
LATEST["ICC4"] = periods(MS["ICC4"][1][5])                            # also the PID's milestone list
LATEST["ICC1"] = periods(MS["ICC1"][1][5]) + [LATEST["ICC1"][1]]
assert any("Q2 2017/18 - Community IV therapy service (ICC4) live" in v for v in U[PID].values())


def due_in(code, start, end):
    """(refs of one programme with a date inside [start, end], refs with a date only partly overlapping it)."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, ps in LATEST.items():
        if not ref.startswith(code):
            continue
        for p in ps:
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add(ref)
            elif p[0] <= e and p[1] >= s:
                partial.add(ref)
    return inside, partial - inside


assert due_in("UEC", date(2017, 1, 1), date(2017, 3, 31)) == ({"UEC4"}, set())     # as of 10 Feb 2017, this qtr
assert due_in("ECD", date(2017, 7, 1), date(2017, 9, 30)) == ({"ECD3"}, set())     # as of 10 May 2017, next qtr
assert due_in("MHW", date(2018, 1, 1), date(2018, 3, 31)) == ({"MHW1"}, set())     # as of 1 Dec 2017, next qtr
assert due_in("UEC", date(2018, 3, 1), date(2018, 3, 31)) == ({"UEC1"}, set())     # as of 20 Feb 2018, next month
# without the later papers' changes the windows would differ (so the questions test them)
assert periods(ROWS["ECD3"]["Due"])[0][1] < date(2017, 7, 1).toordinal()
assert periods(ROWS["MHW2"]["Due"])[0][0] < date(2018, 3, 31).toordinal()
assert periods(ROWS["UEC1"]["Due"])[0][1] < date(2018, 3, 1).toordinal()

# ---------------------------------------------------------------------------------------------------------------
# Owners (16)
# ---------------------------------------------------------------------------------------------------------------
UEC_PAGE, ECD_PAGE, MHW_PAGE = ROW_PAGE["UEC1"], ROW_PAGE["ECD3"], ROW_PAGE["MHW1"]

ask("uec-sro", OWNER, "role-holder", [["Swarbrick"]],
    slide(CARDS, where="leadership cards: Urgent & Emergency Care card, SRO"),
    ["Who is the Senior Responsible Officer for the Urgent & Emergency Care programme in Ambleford & Stainmoor?",
     "who's SRO for UEC in ambleford? need to send them the winter paepr",
     "Who is accountable overall for the STP's work on A&E, NHS 111 and ambulances?"], "paepr")
ask("lwp-sro", OWNER, "role-holder", [["Quennell"]],
    slide(CARDS, where="leadership cards: Living Well & Prevention card, SRO"),
    ["Who is the SRO for the Living Well & Prevention programme?",
     "LWP SRO pls, is it the DPH? want them at our smokign in pregnancy meeting",
     "Which senior person is ultimately answerable for the healthy lifestyles and prevention work in the plan?"],
    "smokign")
ask("icc-cl", OWNER, "role-holder", [person("Naismith-Oduya")],
    slide(CARDS, where="leadership cards: Integrated Community Care card, clinical lead"),
    ["Who is the clinical lead for Integrated Community Care?",
     "who's clin lead for ICC? DNs want to meet the GP behind the localty hubs",
     "Which GP gives the clinical direction for the joined-up community teams being set up in each area?"],
    "localty")
ask("asc-cl", OWNER, "role-holder", [["Marrable"]],
    slide(CARDS, where="leadership cards: Acute Services Collaboration card, clinical lead"),
    ["Who is the clinical lead for the Acute Services Collaboration programme?",
     "clin lead for ASC? stroke docs asking who's fronting the single site plan befor the consultation",
     "Which consultant is the clinical voice for the work on sharing services between the two hospital trusts?"],
    "befor")
ask("mhw-cl-now", OWNER, "changed-owner", [["Farraday"]],
    cite(MAIL, "2. Mental Health & Wellbeing clinical lead", "as the lead for MHW1",
         where="e-mail 9 March 2017, point 2: Dr Imogen Farraday clinical lead from 1 April 2017 (deck: Wintle)"),
    ["Who is the clinical lead for Mental Health & Wellbeing now?",
     "who's MH clin lead now? annex B says wintle but i heard he's steped back",
     "Who has taken over the clinical leadership of the mental health programme this month?"],
    "steped", as_of="2017-04-12")
ask("mhw-cl-before", OWNER, "before-change", [["Wintle"]],
    slide(CARDS, where="leadership cards: Mental Health & Wellbeing clinical lead Dr Jasper Wintle; the e-mail "
                       "(line 16) keeps him in post until 31 March 2017"),
    ["Who is the clinical lead for Mental Health & Wellbeing at present?",
     "is jasper wintle still MHW clin lead or has imogen started alreddy?",
     "Who should I go to this week for clinical sign-off on the mental health programme's plans?"],
    "alreddy", as_of="2017-03-20")
ask("mhw1-lead-still", OWNER, "still-owner", [["Wintle"]],
    cite(FAQ, "Dr Jasper Wintle continues to lead Core 24",
         where="FAQ: Wintle continues to lead Core 24 liaison psychiatry after the clinical lead change"),
    ["Who leads the Core 24 liaison psychiatry initiative (MHW1) now that the programme clinical lead has changed?",
     "does wintle still lead core 24 (MHW1) after the handover? liason team asking",
     "Who is in charge of round-the-clock psychiatric cover for patients at Ambleford General these days?"],
    "liason", as_of="2017-04-12")
ask("uec1-lead", OWNER, "initiative-lead", [["Mattinson"]],
    slide(UEC_PAGE, where="UEC initiatives, row UEC1, Lead column"),
    ["Who is the lead for the urgent treatment centre at Stainmoor District Hospital (UEC1)?",
     "who's leading the stainmoor UTC? need a name for the MIU staff brefing",
     "Who is the named person for turning the minor injuries unit at Stainmoor into a 24-hour centre?"], "brefing")
ask("ecd3-lead", OWNER, "initiative-lead", [["Moorcroft"]],
    slide(ECD_PAGE, where="ECD initiatives, row ECD3, Lead column"),
    ["Who leads the rapid diagnostic pathway for suspected lung cancer?",
     "who's lead for ECD3 lung pathway? radiology want to talk straight to CT capcity",
     "Which doctor is responsible for speeding up tests for people who might have lung cancer?"], "capcity")
ask("icc-pm", OWNER, "raci-role", [["Ormesher"]],
    cite(PID, "Programme manager | Lydia Ormesher", where="PID section 3, RACI table: Programme manager row"),
    ["Who is the programme manager for Integrated Community Care?",
     "ICC prog manager? need to send hub updates to someone, pls advse",
     "Who runs the project management of the locality hubs programme from week to week?"], "advse")
ask("icc-finance", OWNER, "raci-role", [["Brathwaite"]],
    cite(PID, "Finance lead | Neville Brathwaite", where="PID section 3, RACI table: Finance lead row"),
    ["Who is the finance lead for the Integrated Community Care programme?",
     "who's the finance lead on ICC? got a qeury on the hub funding",
     "Who should I ask about the money side of the community hubs programme?"], "qeury")
ask("pb-chair", OWNER, "governance", [person("Calloway-Stroud")],
    cite(FAQ, "The STP Partnership Board is chaired by", where="FAQ 'Who is in charge?': independent chair"),
    ["Who chairs the STP Partnership Board?",
     "who chairs the partnership brd? the indepdendent chair i mean",
     "Who runs the meetings of the top-level board that oversees the whole plan?"], "indepdendent")
ask("prog-director", OWNER, "governance", [["Crowther"]],
    cite(FAQ, "Day-to-day delivery is run by Elspeth Crowther", "STP Programme Director, who chairs",
         where="FAQ 'Who is in charge?': STP Programme Director, chairs the Programme Delivery Group"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director? the one who chairs the delivery grp, forgot her nmae",
     "Who is the senior officer running delivery of the whole plan across all six programmes?"], "nmae")
ask("estates-lead", OWNER, "filled-tbc", [["Battersby"]],
    cite(FAQ, "Rhiannon Battersby", "1 May 2017 (Annex B showed this as tbc)",
         where="FAQ 'Who leads on estates?': Estates lead from 1 May 2017 (deck: tbc)"),
    ["Who is the STP Estates lead?",
     "estates lead for the STP - annex b says tbc, has anyone been apointed yet?",
     "Who now looks after buildings and sites for the partnership as a whole?"], "apointed", as_of="2017-05-10")
ask("r08-owner", OWNER, "risk-owner", [["Coverdale"]],
    cite(LOG, "R08 | Home care capacity", sheet="Risks", where="risk log, Risks sheet, row R08, Owner"),
    ["Who owns risk R08 on the STP risk and issues log?",
     "who owns R08 on the risk log (home care for D2A)? need to follw up",
     "Who is responsible for the risk that there won't be enough home care to get people out of hospital "
     "for assessment at home?"], "follw")
ask("okonkwo-reid-role", OWNER, "role-of-person", [["Acute Services Collaboration", "ASC"], ["SRO", "Senior Responsible"]],
    slide(CARDS, where="leadership cards: Bernard Okonkwo-Reid is SRO of Acute Services Collaboration"),
    ["What is Bernard Okonkwo-Reid's role in the STP?",
     "what does bernard okonkwo-reid do in the STP? he's on the invte for our stroke mtg",
     "Which programme is the Director of Strategy at Ambleford Teaching Hospitals responsible for in the plan, "
     "and in what capacity?"], "invte")

# ---------------------------------------------------------------------------------------------------------------
# Milestones (17)
# ---------------------------------------------------------------------------------------------------------------
ask("uec1-moved", MILESTONE, "moved-date", [on(31, 3, 2018, "31.03.18")],
    cite(MAIL, "1. UEC1 Stainmoor urgent treatment centre", "please put 31.03.18 into the Forecast column",
         where="e-mail 9 March 2017, point 1: UTC opening now 31.03.18 (deck and log: Autumn 2017; 'end Jan "
               "2018' only proposed lower down and not accepted)"),
    ["When is the Stainmoor urgent treatment centre (UEC1) now due to open?",
     "when does the stainmoor UTC open now? annex b said autumn, someone said end jan 2018?? whcih is it",
     "Is Autumn 2017 still the plan for the new 24/7 centre replacing the Stainmoor minor injuries unit?"],
    "whcih", as_of="2017-03-15")
ask("uec1-original", MILESTONE, "original-date", [["Autumn 2017"]],
    slide(UEC_PAGE, where="UEC initiatives, row UEC1, Due column (v3.0)"),
    ["What opening date did Annex B v3.0 (October 2016) give for the Stainmoor urgent treatment centre?",
     "what date did the oct 2016 annex originaly have for the stainmoor UTC?",
     "When the plan went in in October 2016, when was the Stainmoor minor injuries unit meant to become an urgent "
     "treatment centre?"], "originaly")
ask("ecd3-two-dates", MILESTONE, "baseline-forecast", [on(30, 6, 2017, "30.06.17"), on(30, 9, 2017, "30/09/2017")],
    cite(LOG, "ECD3 | ECD | Straight-to-CT", sheet="Milestones",
         where="risk log, Milestones sheet, row ECD3: Baseline 30.06.17, Forecast 30/09/2017, A"),
    ["What are the baseline and forecast dates for the straight-to-CT lung cancer pathway (ECD3)?",
     "ECD3 lung pathway - baseline vs forecast date? and why has it slipd",
     "The quick route to a CT scan for suspected lung cancer: when was it first meant to go live, and when is it "
     "expected now?"], "slipd", as_of="2017-02-15")
ask("mhw2-forecast", MILESTONE, "forecast-and-reason", [quarter(1, 2018, "Q1 2018/19"),
                                                        ["no compliant bids", "re-tender", "retender"]],
    cite(LOG, "MHW2 | MHW | Crisis house open", sheet="Milestones",
         where="risk log, Milestones sheet, row MHW2: Winter 2017/18 -> Q1 2018/19, R, no compliant bids"),
    ["When is the crisis house (MHW2) now forecast to open, and why has it slipped?",
     "crisis house - when's it opening now? heard the tender flopped, whats the stroy",
     "When can we expect the short-stay alternative to a mental health admission to open, and what went wrong "
     "with it?"], "stroy", as_of="2017-02-15")
ask("icc4-tbc-set", MILESTONE, "tbc-set", [quarter(2, 2017, "Q2 2017/18")],
    cite(PID, "Q2 2017/18 - Community IV therapy service (ICC4) live",
         where="PID section 4 milestone bullet: ICC4 live Q2 2017/18 (deck: tbc)"),
    ["When is the community IV therapy service (ICC4) due to go live?",
     "when's community IV (ICC4) going live? annex b just says tbc, any updte?",
     "When will patients be able to have their drips and infusions at home rather than on a ward?"], "updte")
ask("icc-all-hubs", MILESTONE, "milestone", [quarter(4, 2017, "Q4 2017/18")],
    cite(PID, "Q4 2017/18 - All nine locality hubs live", where="PID section 4 milestone bullet"),
    ["When will all nine locality care hubs be live?",
     "when are all 9 ICC hubs meant to be up and runing?",
     "By when should every part of the footprint be covered by a joined-up community team?"], "runing")
ask("icc-hubs-4-6", MILESTONE, "compound-when-where", [quarter(3, 2017, "Q3 2017/18"), ["Ambleford South"],
                                                       ["Stainmoor West"], ["Coldharbour"]],
    cite(PID, "Q3 2017/18 - Hubs 4-6", where="PID section 4 milestone bullet: hubs 4-6 and their localities"),
    ["When do locality hubs 4 to 6 go live, and which localities are they in?",
     "hubs 4-6 - when do they go live and is coldharbour one of them? aksing for our team",
     "When does the second wave of community hubs open, and in which areas?"], "aksing")
ask("lwp3-day", MILESTONE, "day", [on(1, 9, 2017, "01.09.17")],
    slide(ROW_PAGE["LWP3"], where="LWP initiatives, row LWP3, Due column"),
    ["When is carbon monoxide screening at booking (LWP3) due to be in place?",
     "LWP3 CO screening at booking - what date? midwives keep askign",
     "By what date should every pregnant woman be tested for smoke exposure at her first midwife appointment?"],
    "askign")
ask("mhw3-deadline", MILESTONE, "deadline", [on(31, 3, 2019, "31.03.19")],
    slide(MHW_PAGE, where="MHW initiatives, row MHW3, Due column"),
    ["What is the deadline for reaching 19% IAPT access (MHW3)?",
     "IAPT 19% target date? is it 18/19 year end or later? need it for the comissioning plan",
     "By when should roughly one in five people with anxiety or depression be getting talking therapies?"],
    "comissioning")
ask("mhw4-tbc", MILESTONE, "tbc-date", [["tbc", "to be confirmed", "not yet confirmed", "not confirmed"]],
    slide(MHW_PAGE, where="MHW initiatives, row MHW4, Due column: tbc"),
    ["What is the due date for the early intervention in psychosis initiative (MHW4)?",
     "EIP 2 week wait (MHW4) - when's it due? cant find a date in the anex",
     "When should half of people with a first episode of psychosis be starting treatment within a fortnight?"],
    "anex")
ask("rw-uec-this-q", MILESTONE, "relative-window", [["Discharge to assess", "discharge-to-assess", "D2A", "UEC4"]],
    slide(ROW_PAGE["UEC4"], where="UEC initiatives (continued), row UEC4, Due Q4 2016/17 (Jan-Mar 2017)"),
    ["Which Urgent & Emergency Care milestones are due this quarter?",
     "anything due in UEC this qtr? doing the board highlite report",
     "What should the A&E and urgent care programme be delivering before this financial year ends?"],
    "highlite", as_of="2017-02-10")
ask("rw-ecd-next-q", MILESTONE, "relative-window", [["lung", "ECD3"]],
    cite(LOG, "ECD3 | ECD | Straight-to-CT", sheet="Milestones",
         where="risk log forecast for ECD3 30/09/2017 (deck 30.06.17); next quarter from 10 May 2017 is Jul-Sep 2017"),
    ["Which Elective Care & Diagnostics milestones are due next quarter?",
     "whats due for ECD next quarter? want to plan the comms calender",
     "What will the planned care and diagnostics programme have to deliver in the quarter after this one?"],
    "calender", as_of="2017-05-10")
ask("rw-mhw-next-q", MILESTONE, "relative-window", [["Core 24", "MHW1", "liaison psychiatry"]],
    slide(MHW_PAGE, where="MHW initiatives, row MHW1 due Q4 2017/18; MHW2 (Winter 2017/18) moved to Q1 2018/19 "
                          "by the risk log"),
    ["Which Mental Health & Wellbeing milestones fall due next quarter?",
     "MHW - what's due next qtr? is the crisis house still in there or has it mvoed",
     "What is the mental health programme meant to deliver between New Year and the end of the financial year?"],
    "mvoed", as_of="2017-12-01")
ask("rw-uec-next-month", MILESTONE, "relative-window", [["urgent treatment centre", "UTC", "UEC1"]],
    cite(MAIL, "1. UEC1 Stainmoor urgent treatment centre", "please put 31.03.18 into the Forecast column",
         where="e-mail 9 March 2017: UEC1 opening 31.03.18; next month from 20 February 2018 is March 2018"),
    ["What is due in Urgent & Emergency Care next month?",
     "anything UEC due nxt month? need to tell the rota teem",
     "Is anything in the urgent care programme meant to open in the coming month?"],
    "teem", as_of="2018-02-20")
ask("roadshow-sdh", MILESTONE, "event-date", [on(4, 5, 2017, "4 May 2017")],
    cite(FAQ, "Stainmoor District Hospital, Education Centre", where="FAQ roadshow list"),
    ["When is the STP staff roadshow at Stainmoor District Hospital?",
     "when's the STP roadshow at SDH? want to book my lunch brake",
     "When can staff at Stainmoor's hospital come along and hear about the plan in person?"], "brake")
ask("mhw-cl-from", MILESTONE, "effective-date", [on(1, 4, 2017, "1 April 2017")],
    cite(MAIL, "2. Mental Health & Wellbeing clinical lead", "programme clinical lead from 1 April 2017",
         where="e-mail 9 March 2017, point 2"),
    ["From what date does Dr Imogen Farraday become clinical lead for Mental Health & Wellbeing?",
     "when does imogen farraday actualy start as MHW clin lead?",
     "When does the handover of clinical leadership for the mental health programme take effect?"], "actualy")
ask("r02-review", MILESTONE, "risk-review-date", [on(15, 3, 2017, "15/03/2017")],
    cite(LOG, "R02 | Estates works", sheet="Risks", where="risk log, Risks sheet, row R02, Review date"),
    ["When is risk R02 (estates works delaying the urgent treatment centre) next due for review?",
     "R02 review date? the SDH estates one, its gone live per fergus's emial",
     "When is the risk about building works holding up the Stainmoor urgent treatment centre next being looked at?"],
    "emial")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (7)
# ---------------------------------------------------------------------------------------------------------------
UEC_N = alts("Urgent & Emergency Care", "urgent and emergency care", "UEC")
ICC_N = alts("Integrated Community Care", "ICC")
MHW_N = alts("Mental Health & Wellbeing", "mental health and wellbeing", "MHW")
ECD_N = alts("Elective Care & Diagnostics", "elective care and diagnostics", "ECD")
ASC_N = alts("Acute Services Collaboration", "ASC")
GRIDSRC = lambda where: slide(GRID_PAGE, where=where)  # noqa: E731

ask("md4-coverage", MUSTDO, "mustdo-coverage", [UEC_N, ICC_N, MHW_N],
    GRIDSRC("must-do grid, MD4 column: UEC full, ICC and MHW partial (marks by x position)"),
    ["Which programmes contribute to must-do 4 (A&E and ambulance standards)?",
     "which progs cover MD4 A&E? full and partial pls, for the A&E delivry board",
     "Which parts of the plan help with the four-hour wait and ambulance response times?"], "delivry")
ask("md-gap", MUSTDO, "mustdo-gap", [alts("learning disabilities", *mdx(8))],
    GRIDSRC("must-do grid: MD8 (LD) column empty for all six programmes"),
    ["Which of the nine national must-dos does no programme contribute to?",
     "any must do with no programme against it? looks like a gap in the grid to me, just checkng",
     "Is there any national priority that none of the six programmes picks up at all?"], "checkng")
ask("md6-partial", MUSTDO, "mustdo-partial-only", [ECD_N, ["partial", "partly"]],
    GRIDSRC("must-do grid, MD6 (Cancer) column: only ECD, partial"),
    ["Which programme contributes to the cancer must-do (MD6), and is its contribution full or partial?",
     "who covers MD6 cancer - anyone full? cancer allaince asking",
     "How well is the 62-day cancer standard covered by the programmes in the plan?"], "allaince")
ask("mhw-mustdos", MUSTDO, "by-programme",
    [alts("MD1", *mdx(1, drop=("STP", "STPs"))), alts("MD4", *mdx(4, drop=("UEC", "Urgent & emergency care",
                                                                          "urgent and emergency care"))),
     alts("MD7", *mdx(7, drop=("Mental health",)))],
    GRIDSRC("must-do grid, Mental Health & Wellbeing row: MD1 full, MD4 partial, MD7 full"),
    ["Which national must-dos does the Mental Health & Wellbeing programme contribute to?",
     "MHW - which must dos does it hit? full and partial, for the MH forum agneda",
     "Which of the nine national priorities does the mental health programme help to deliver?"], "agneda")
ask("md5-full", MUSTDO, "mustdo-lead", [ECD_N],
    GRIDSRC("must-do grid, MD5 (RTT) column: ECD full, ASC partial"),
    ["Which programme makes a full contribution to must-do 5 (referral to treatment in 18 weeks)?",
     "who's full on MD5 RTT? ECD i assume, just want to confrim",
     "Which programme carries the main load for getting waits for planned treatment back under 18 weeks?"],
    "confrim")
ask("asc-md9", MUSTDO, "yes-no", [["full"]],
    GRIDSRC("must-do grid, Acute Services Collaboration row, MD9 column: full mark"),
    ["Does Acute Services Collaboration make a full or partial contribution to must-do 9 (quality)?",
     "ASC vs MD9 quality - full or partial? the symbols are hard to tell apart on my screne",
     "How much does the hospital services collaboration do for the national quality and special measures "
     "priority?"], "screne")
ask("lwp-md3", MUSTDO, "cell-detail", [["partial", "partly"]],
    GRIDSRC("must-do grid, Living Well & Prevention row, MD3 column: partial mark"),
    ["What contribution does Living Well & Prevention make to must-do 3 (general practice)?",
     "does LWP count towards MD3 GP? full or parital?",
     "Does the prevention programme do anything for the sustainability of general practice, and how much?"],
    "parital")

# ---------------------------------------------------------------------------------------------------------------
# Figures, comparisons and risks (11)
# ---------------------------------------------------------------------------------------------------------------
FOOT = page_with("Our footprint at a glance")
ask("population", FACT, "figure", [["884,600", "884600", "884.6k"]],
    slide(FOOT, where="footprint slide, first tile"),
    ["What is the registered population of the Ambleford & Stainmoor STP footprint?",
     "whats the population covered by the STP? roughly 900k? need the exact nuber",
     "How many people are registered with GPs across the whole area the plan covers?"], "nuber")
ask("gap", FACT, "figure", [["£164.3m", "164.3"]],
    slide(FOOT, where="footprint slide, second tile (also the finance slide's bridge)"),
    ["What is the do-nothing financial gap by 2020/21?",
     "do nothing gap by 20/21 - how many £m? for the finace committee",
     "If nothing changed, how big a hole would local health and care finances be in by 2020/21?"], "finace")
ask("total-2021", FACT, "figure", [["76.6"]],
    slide(FIN_PAGE, where="finance slide, Total row, 2020/21 column (and the bridge)"),
    ["What are total programme savings in 2020/21?",
     "total savings 20/21 across all progs? £m pls, quick one for the dirctors",
     "Added together, how much a year should the six programmes be saving by the last year of the plan?"],
    "dirctors")
ask("ecd-1819", FACT, "figure", [["9.4"]],
    slide(FIN_PAGE, where="finance slide, Elective Care & Diagnostics row, 2018/19 column"),
    ["How much is Elective Care & Diagnostics planned to save in 2018/19?",
     "ECD savings 18/19? £m, doing the planned care buget",
     "What saving is pencilled in for the planned care and diagnostics programme in the year from April 2018?"],
    "buget")
ask("largest-saver", FACT, "comparison", [ASC_N],
    slide(FIN_PAGE, where="finance slide, Total column: ASC 92.1 is the largest"),
    ["Which programme delivers the largest savings over the plan period?",
     "which prog saves the most £ overall? ASC? want to check before i say it in the meetng",
     "Of the six programmes, which one is expected to save the most money in total?"], "meetng")
ask("stf", FACT, "figure", [["£24.1m", "24.1"]],
    slide(FIN_PAGE, where="finance slide, 'How the 2020/21 gap is met' lines"),
    ["How much Sustainability and Transformation Fund money does the plan count on to close the 2020/21 gap?",
     "how much STF is in the 20/21 gap brdige? £m",
     "How much of the 2020/21 shortfall is expected to be covered by national transformation money?"], "brdige")
ask("icc-funding", FACT, "figure", [["£2.4m", "2.4"]],
    cite(PID, "The programme has £2.4m", where="PID section 5, Funding"),
    ["How much transformation funding does the Integrated Community Care programme have in 2017/18?",
     "how much money has ICC got for 17/18? the non recurent pot",
     "What one-off pot of money is there for setting up the locality hubs in the year from April 2017?"],
    "recurent")
ask("top-risk", FACT, "highest-risk", [["R01"], ["Karamanlis"]],
    cite(LOG, "R01 | Workforce", sheet="Risks", where="risk log, Risks sheet: R01 scores 20 (4 x 5), the highest"),
    ["Which risk has the highest score on the STP risk log, what is its score, and who owns it?",
     "top scoring risk on the log + who owns it? prepping the risk comittee paper",
     "What is the biggest threat to the plan according to the risk register, and who is looking after it?"],
    "comittee")
ask("risks-15plus", FACT, "filter", [["R01"], ["R02"], ["R08"]],
    cite(LOG, "R01 | Workforce", "R08 | Home care", sheet="Risks",
         where="risk log, Risks sheet rows R01-R08: scores 20, 15 and 16 are the only ones of 15 or more"),
    ["Which risks score 15 or more on the STP risk log?",
     "which risks are 15+ on the log? list pls for the deliverey group",
     "Which risks are rated high enough that they have to be taken up to the Programme Delivery Group?"],
    "deliverey")
ask("r01-mitigation", FACT, "risk-mitigation", [["International recruitment"]],
    cite(LOG, "R01 | Workforce", sheet="Risks", where="risk log, Risks sheet, row R01, Mitigation"),
    ["What mitigation is recorded for risk R01 (community workforce for the hubs)?",
     "what are we doing about R01 - the hub staffing risk? mitigations pls, HR are worreid",
     "What is being done about the danger of not having enough community nurses and therapists for the hubs?"],
    "worreid")
ask("escalation-threshold", FACT, "risk-threshold", [["15"]],
    cite(LOG, "Score 15 to 25", sheet="Key", where="risk log, Key sheet: 15 to 25 red, escalate to the PDG"),
    ["At what risk score is a risk escalated to the Programme Delivery Group?",
     "what score does a risk have to hit befroe it goes to the delivery group? 12? 15?",
     "How high does a risk have to be rated before a programme board must pass it up the line?"], "befroe")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable (9): six near misses, three off-topic
# ---------------------------------------------------------------------------------------------------------------
absent("vice", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(FAQ, "The STP Partnership Board is chaired by", where="FAQ names only the independent chair"),
    ["Who is the vice chair of the STP Partnership Board?",
     "who's vice chair of the partnership board? chair's off and we need a signatrue",
     "If the independent chair can't make a Partnership Board meeting, who takes the chair?"], "signatrue")
absent("2021/22", "21/22", "2021")
ask("nm-asc-2122", NONE, "near-miss", [],
    slide(FIN_PAGE, where="finance slide: years 2016/17 to 2020/21 only"),
    ["How much is Acute Services Collaboration expected to save in 2021/22?",
     "ASC savings 21/22? the table stops at 20/21 on my verison",
     "What will the hospital collaboration programme save in the year starting April 2021?"], "verison")
absent("capital", "cost of", "build cost", "£m capital")
ask("nm-utc-cost", NONE, "near-miss", [],
    slide(UEC_PAGE, where="UEC1 row gives lead and date but no cost; no capital figure anywhere"),
    ["What is the capital cost of the Stainmoor urgent treatment centre?",
     "how much is the stainmoor UTC build costng? capital £ pls",
     "How much money is being spent on the building work for the new 24/7 centre at Stainmoor?"], "costng")
absent("closing", "closes", "close on", "consultation ends")
ask("nm-consult-close", NONE, "near-miss", [],
    cite(FAQ, "Public consultation will run in Q3 2017/18",
         where="FAQ: consultation runs in Q3 2017/18; no closing date given"),
    ["When does the public consultation on the Stainmoor urgent treatment centre close?",
     "whats the closing date for the stainmoor UTC consultaion?",
     "What is the last day people can give their views on the Stainmoor urgent treatment centre plans?"],
    "consultaion")
absent("r13", "r14", "r15")
ask("nm-r15", NONE, "near-miss", [],
    cite(LOG, "R12 | Patient transport", sheet="Risks", where="risk log ends at R12"),
    ["Who owns risk R15 on the STP risk log?",
     "R15 owner? someone said its the transport one, cant find it on the sheeet",
     "Who is responsible for the fifteenth entry on the partnership's risk register?"], "sheeet")
absent("digital clinical lead", "clinical lead for digital", "cclio", "chief clinical information")
ask("nm-digital-cl", NONE, "near-miss", [],
    slide(CARDS, where="enablers line names Digital lead Stellan Pryce; no clinical lead for Digital anywhere"),
    ["Who is the clinical lead for the Digital enabler?",
     "who's the clinical lead for digital? stellan is the lead but is there a docter too",
     "Which clinician gives the clinical steer on the shared care record and IT work?"], "docter")
absent("parking", "car park", "permit")
ask("ot-parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff car parking permit at Ambleford General Infirmary?",
     "how do i get a parkng permit at AGI? new starter",
     "Who do I ask about leaving my car on site when I start working at the Infirmary?"], "parkng")
absent("flu", "vaccination", "influenza")
ask("ot-flu", NONE, "off-topic", [], None,
    ["Where can I get my staff flu vaccination?",
     "where do i get my flu jab as staff? occ health or pharmcy?",
     "How do I get vaccinated against influenza through my employer?"], "pharmcy")
absent("password", "nhsmail", "nhs.net")
ask("ot-password", NONE, "off-topic", [], None,
    ["How do I reset my NHSmail password?",
     "locked out of nhsmail, how do i resett my password?",
     "I can't get into my work email account any more; what should I do?"], "resett")

# ---------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------
facts = {}
for item in ITEMS:
    facts.setdefault(item["fact"], []).append(item)
assert len(ITEMS) == 180 and len({i["id"] for i in ITEMS}) == 180, (len(ITEMS), len(facts))
assert len({i["question"] for i in ITEMS}) == 180
assert len(facts) == 60 and all(sorted(i["phrasing"] for i in v) == sorted(PHRASINGS) for v in facts.values())
unanswerable = [f for f, v in facts.items() if v[0]["expect_no_answer"]]
assert len(unanswerable) == 9, len(unanswerable)
assert len(set(TYPOS.values())) == 60
for item in ITEMS:
    if item["as_of"] is None:
        rel = re.search(r"\b(next month|nxt month|this month|this quarter|this qtr|next quarter|next qtr|overdue|"
                        r"currently|at present|now|atm|still|this week|these days|already|alreddy)\b",
                        item["question"].lower())
        assert not rel or item["kind"] == NONE, (item["id"], rel)
    if item["source"]["file"] == LOG:
        assert "sheet" in item["source"], item["id"]
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
