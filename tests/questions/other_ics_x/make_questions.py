"""Write questions.jsonl for the Wrayholme, Kingsferry & Ebbdale STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (docx body blocks, PDF pages, pptx
slides, xlsx rows on a sheet, text lines), and the first alternative of every gold group must be in that window.
Facts that need a step of reasoning are worked out again here from the files themselves, not from make_papers.py:
  - the golden thread (deck slide 2) is read from the slide XML: which must-do box each connector starts at, which
    priority box it ends at (stCxn / endCxn shape ids), and whether it is dashed, with the legend's two captions;
  - the Gantt (roadmap page 1) is read with pypdf's text visitor: the x position of each period heading and of each
    "M<n>" label, and the fill colour the label is drawn in (grey = the hollow baseline diamond's label), so each
    milestone's month comes from its column; names and statuses come from the key on page 2;
  - the savings sheet is re-added (rows against the Total row), its units row is checked, and the largest 2018/19
    plan found; the place table's populations and practices are re-added;
  - the leadership section is parsed by role heading (3.1 SROs ... 3.4 finance leads, the last inverted);
  - the transcript is parsed into cues (timestamp, speaker, words), and a sentence that runs over a cue boundary
    is checked to be split where the gold says.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once and be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
PDD = "01_WKE_Programme_Definition_Document_v1.4_Mar2018.docx"
ROADMAP = "02_WKE_Delivery_Roadmap_2018-19_Sep2018.pdf"
DECK = "03_WKE_Golden_Thread_Board_Development_Jun2018.pptx"
PLAN = "04_WKE_Financial_and_Activity_Plan_2018-19.xlsx"
SBAR = "05_WKE_Partnership_Board_Programme_Update_SBAR_18Oct2018.pdf"
WEBINAR = "06_WKE_Staff_Webinar_Transcript_7Nov2018.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


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
        ITEMS.append({"id": f"x-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"x-{fid}", "phrasing": phrasing, "shape": shape})


def person(surname):
    """A surname, with a spaced variant for a double-barrelled one."""
    return alts(surname, surname.replace("-", " "))


# must-dos as the deck labels them (first alternative), then bank_tools' renderings
DECK_LABEL = {1: "Delivering the STP", 2: "Financial balance", 3: "General practice", 4: "A&E and ambulance",
              5: "Referral to treatment", 6: "Cancer (62 days)", 7: "Mental health access",
              8: "Learning disabilities", 9: "Quality and special measures"}


def mdg(n):
    """The deck's label, then bank_tools' renderings, less a bare "STP" (it is in every answer about the STP)."""
    return alts(DECK_LABEL[n], *[f for f in md(n) if f != "STP"])


# priorities by name only: their two-letter codes (UC, PC, MH ...) are substrings of ordinary words
PRI = {"AW": alts("Ageing Well", "Ageing Well and Frailty"),
       "UC": alts("Right Care, Right Place", "Right Care Right Place", "Right Care"),
       "PC": alts("Primary Care at Scale", "Primary Care @ Scale"),
       "MH": alts("Crisis and Liaison", "Crisis and Liaison Mental Health", "Crisis & Liaison"),
       "PL": alts("Planned Care", "Planned Care and Outpatients"),
       "CD": alts("Cancer and Diagnostics", "Cancer & Diagnostics")}
NAME_TO_CODE = {"Ageing Well and Frailty": "AW", "Right Care, Right Place": "UC", "Primary Care at Scale": "PC",
                "Crisis and Liaison Mental Health": "MH", "Planned Care and Outpatients": "PL",
                "Cancer and Diagnostics": "CD"}


def month(name, year, *printed):
    """Gold alternatives for a month: the printed form(s) first."""
    from datetime import datetime
    d = datetime.strptime(f"1 {name} {year}", "%d %B %Y")
    return alts(*printed, d.strftime("%B %Y"), d.strftime("%b %Y"), d.strftime("%b-%y"), d.strftime("%m/%Y"))


def money_k(printed):
    """'£4,115k' and its usual renderings."""
    n = int(printed.strip("£k").replace(",", ""))
    return alts(printed, f"{n:,}k", f"£{n / 1000:g}m", f"{n / 1000:g}m", f"£{n / 1000:g} million", f"{n:,}")


def thousands(n):
    """A figure held in £000 (the sheet shows 3850): the stored digits first, then the usual renderings."""
    return alts(str(n), f"{n:,}", f"£{n:,}k", f"{n:,}k", f"£{n / 1000:g}m", f"{n / 1000:g}m",
                f"{n / 1000:g} million")


def millions(v):
    return alts(f"{v:g}", f"£{v:g}m", f"{v:g}m", f"{v:g} million", f"£{v:g} million")


# ==================================================================================================== derived facts
def golden_thread():
    """{must-do n: {code: 'solid'|'dash'}} from the connectors on slide 2, and the legend captions."""
    from pptx import Presentation
    slide = Presentation(str(PAPERS / DECK)).slides[1]
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    by_id, lines, captions = {}, [], []
    for shp in slide.shapes:
        if shp.has_text_frame if hasattr(shp, "has_text_frame") else False:
            by_id[shp.shape_id] = shp.text_frame.text
            if shp.text_frame.text in ("primary contribution", "supporting contribution"):
                captions.append(shp.text_frame.text)
        el = shp._element
        if el.tag.endswith("}cxnSp"):
            st, en = el.find(f".//{A}stCxn"), el.find(f".//{A}endCxn")
            dash = el.find(f".//{A}prstDash")
            style = "dash" if dash is not None and dash.get("val") == "dash" else "solid"
            lines.append((None if st is None else int(st.get("id")), None if en is None else int(en.get("id")),
                          style))
    assert sorted(captions) == ["primary contribution", "supporting contribution"], captions
    threads = {}
    for text in by_id.values():
        m = re.fullmatch(r"MD(\d)\s+.+", text)
        if m:
            threads[int(m.group(1))] = {}
    legend_lines = 0
    for st, en, style in lines:
        if st is None:
            legend_lines += 1
            continue
        md_text, pr_text = by_id[st], by_id[en]
        n = int(re.match(r"MD(\d)", md_text).group(1))
        code = re.match(r"([A-Z]{2})\s", pr_text).group(1)
        threads[n][code] = style
    assert legend_lines == 2 and sorted(threads) == list(range(1, 10)), (legend_lines, sorted(threads))
    return threads


def gantt():
    """{ref: [(period heading, baseline?)]} from roadmap page 1; {ref: (priority, text, status)} from page 2."""
    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    page = PdfReader(str(PAPERS / ROADMAP)).pages[0]
    state, runs = {"fill": None}, []

    def before(op, args, cm, tm):
        if op == b"rg":
            state["fill"] = tuple(round(float(a), 3) for a in args)

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text.strip(), tm[4] + cm[4], tm[5] + cm[5], state["fill"]))

    page.extract_text(visitor_operand_before=before, visitor_text=visit)
    periods = [r for r in runs if re.fullmatch(r"[A-Z][a-z]{2}-\d\d|Q\d \d\d/\d\d", r[0])]
    centres = [(t, x + stringWidth(t, "Helvetica-Bold", 7.5) / 2) for t, x, _y, _f in periods]
    assert [t for t, _ in centres][:3] == ["Apr-18", "May-18", "Jun-18"] and len(centres) == 14, centres
    step = centres[1][1] - centres[0][1]
    placed = {}
    for text, x, _y, fill in runs:
        if re.fullmatch(r"M\d+", text):
            col = [t for t, c in centres if abs(x - c) <= step / 2]
            assert len(col) == 1, (text, x)
            grey = fill is not None and fill[0] == fill[1] == fill[2] and 0.3 < fill[0] < 0.9
            placed.setdefault(text, []).append((col[0], grey))
    lines = [ln.strip() for ln in U[ROADMAP][2].splitlines()]
    key = {}
    for i, ln in enumerate(lines):
        if re.fullmatch(r"M\d+", ln):
            key[ln] = (NAME_TO_CODE[lines[i + 1]], lines[i + 2], lines[i + 3])
    assert sorted(placed) == sorted(key) and len(key) == 14, (sorted(placed), sorted(key))
    return placed, key


def forecast(placed, ref):
    cols = [c for c, grey in placed[ref] if not grey]
    assert len(cols) == 1, (ref, placed[ref])
    return cols[0]


MONTHS = {"Apr-18": (2018, 4), "May-18": (2018, 5), "Jun-18": (2018, 6), "Jul-18": (2018, 7),
          "Aug-18": (2018, 8), "Sep-18": (2018, 9), "Oct-18": (2018, 10), "Nov-18": (2018, 11),
          "Dec-18": (2018, 12), "Jan-19": (2019, 1), "Feb-19": (2019, 2), "Mar-19": (2019, 3)}


def leadership():
    """{role heading: {priority: person line}} from section 3 of the PDD; finance leads inverted to priority."""
    blocks = [U[PDD][k] for k in sorted(U[PDD])]
    roles, current = {}, None
    for b in blocks:
        m = re.fullmatch(r"3\.(\d) (.+)", b)
        if m:
            current = m.group(2)
            roles[current] = {}
            continue
        if re.fullmatch(r"4\. .+", b):
            current = None
        if current is None:
            continue
        if current == "Finance leads":
            who, pris = b.split(": ", 1)
            for name in pris.split("; "):
                roles[current][name] = who
        elif " \u2013 " in b:
            pri, who = b.split(" \u2013 ", 1)
            roles[current][pri] = who
    return roles


def savings():
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / PLAN))["Savings"]
    heads = [ws.cell(4, j).value for j in range(1, 8)]
    units = [ws.cell(5, j).value for j in range(1, 8)]
    assert heads[4] == "2018/19 plan" and units[4] == "\u00a3000" and units[6] == "\u00a3m", (heads, units)
    assert heads[6] == "Investment 2018/19" and not [h for h in heads if h and "2019/20" in h and "nvest" in h]
    rows = {}
    for r in range(6, ws.max_row + 1):
        name = ws.cell(r, 2).value
        if name:
            rows[name] = [ws.cell(r, j).value for j in range(3, 8)]
    return rows


def cues():
    """[(line number of the words, speaker, words)] from the transcript."""
    lines = U[WEBINAR]
    out = []
    for n, text in lines.items():
        if re.fullmatch(r"\d+:\d\d:\d\d\.\d{3} --> \d+:\d\d:\d\d\.\d{3}", text):
            out.append((n + 2, lines[n + 1], lines[n + 2]))
    return out


THREADS = golden_thread()
PLACED, KEY = gantt()
ROLES = leadership()
SAVINGS = savings()
CUES = cues()

# --- golden thread
covered = lambda n: sorted(THREADS[n])  # noqa: E731
assert [n for n in THREADS if not THREADS[n]] == [8]
assert covered(4) == ["AW", "MH", "UC"]
assert sorted(c for c, s in THREADS[2].items() if s == "solid") == ["AW", "PL"]
assert sorted(n for n in THREADS if "AW" in THREADS[n]) == [1, 2, 4]
assert covered(7) == ["MH", "PC"] and covered(6) == ["CD"]
assert covered(9) == ["MH", "PL"] and set(THREADS[9].values()) == {"dash"}
assert sum("PL" in THREADS[n] for n in THREADS) == 3

# --- Gantt: months by column, baseline by grey label, statuses from the key
assert sorted(PLACED["M1"]) == [("Jan-19", False), ("Nov-18", True)], PLACED["M1"]
assert forecast(PLACED, "M4") == "Dec-18" and KEY["M4"][1] == "Kingsferry Urgent Treatment Centre designated"
assert forecast(PLACED, "M9") == "Feb-19" and KEY["M9"][1].startswith("Core 24 liaison psychiatry")
assert forecast(PLACED, "M5") == "Q1 19/20" and KEY["M5"][1] == "NHS 111 clinical assessment service live"
assert sorted(r for r in KEY if KEY[r][0] == "CD") == ["M13", "M14"]
NEXT_MONTH = sorted(r for r in KEY if forecast(PLACED, r) == "Nov-18")            # as of 2018-10-10
assert NEXT_MONTH == ["M13"], NEXT_MONTH
assert [r for r in KEY if ("Nov-18", True) in PLACED[r]] == ["M1"]                # only a baseline
OVERDUE = sorted(r for r in KEY if forecast(PLACED, r) in MONTHS and MONTHS[forecast(PLACED, r)] < (2018, 9)
                 and KEY[r][2] != "Achieved")                                      # as of 2018-09-14
assert OVERDUE == ["M11", "M7"], OVERDUE
assert "primary care homes" in KEY["M7"][1] and "MSK" in KEY["M11"][1]
assert not [r for r in KEY if "Ebbdale" in KEY[r][1] and "Urgent" in KEY[r][1]]

# --- leadership by role
assert ROLES["Senior Responsible Owners"]["Right Care, Right Place"].startswith("Gideon Rauch-Atkinson")
assert ROLES["Senior Responsible Owners"]["Ageing Well and Frailty"].startswith("Marisol Dunleavy")
assert ROLES["Clinical leads"]["Ageing Well and Frailty"].startswith("Dr Tobiah Grimshaw")
assert ROLES["Programme managers"]["Crisis and Liaison Mental Health"] == "Jasper Wetherell"
assert "Cancer and Diagnostics" not in ROLES["Programme managers"]
assert ROLES["Finance leads"]["Primary Care at Scale"].startswith("Niamh Orwell-Baptiste")
assert ROLES["Finance leads"]["Cancer and Diagnostics"].startswith("Tamsin Olufemi")
assert len(ROLES["Finance leads"]) == 6

# --- savings sheet: rows add up to Total; the largest 2018/19 plan; MH investment
body = {k: v for k, v in SAVINGS.items() if k != "Total"}
for j in range(5):
    total = sum(v[j] for v in body.values() if isinstance(v[j], (int, float)))
    assert abs(total - SAVINGS["Total"][j]) < 0.001, (j, total)
assert max(body, key=lambda k: body[k][2]) == "Planned Care and Outpatients" and body[
    "Planned Care and Outpatients"][2] == 3850
assert SAVINGS["Total"][2] == 12970 and body["Crisis and Liaison Mental Health"][4] == 1.35

# --- place table
pops = {b.split(" | ")[0]: b.split(" | ") for b in U[PDD].values() if re.match(r"(Wrayholme|Kingsferry|Ebbdale|Total) \| \d", b)}
assert sum(int(pops[p][1].replace(",", "")) for p in ("Wrayholme", "Kingsferry", "Ebbdale")) == 530500
assert sum(int(pops[p][3]) for p in ("Wrayholme", "Kingsferry", "Ebbdale")) == int(pops["Total"][3]) == 84
assert min(("Wrayholme", "Kingsferry", "Ebbdale"), key=lambda p: int(pops[p][1].replace(",", ""))) == "Ebbdale"

# --- transcript: speakers, the corrected date split over two cues, the stroke question unanswered
speakers = {s for _, s, _ in CUES}
assert speakers == {"Caspian Moorcroft", "Harriet Quennell-Obiora", "Saskia Thornycroft", "Bernadette Sowerby",
                    "Conall Mbeki-Rourke"}, speakers
crisis = [i for i, (_, s, w) in enumerate(CUES) if w.endswith("It opens on the")]
assert len(crisis) == 1 and CUES[crisis[0] + 1][2].startswith("first of July 2019. It's a six-bed house")
assert "June was the old date" in CUES[crisis[0]][2]
stroke = [i for i, (_, s, w) in enumerate(CUES) if "stroke" in w.lower()]
assert len(stroke) == 2 and "haven't appointed one yet" in CUES[stroke[1]][2]

# --- absences (unanswerable facts)
for word in ["quorum", "quorate", "flu", "vaccination", "jab", "mileage", "expenses", "wi-fi", "wifi", "wireless",
             "password", "autism", "vice"]:
    assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", EVERYTHING), f"{word!r} is in the papers"
assert "ebbdale urgent treatment" not in EVERYTHING
for u in U.values():
    for t in u.values():
        for ln in t.splitlines():
            low = ln.lower()
            if "learning disab" in low:
                assert norm(ln) == "md8 learning disabilities", ln
            for cell in low.split(" | "):   # a cell (or a whole line) about investment never names 2019/20
                if "invest" in cell:
                    assert "2019/20" not in cell and "19/20" not in cell, ln
            if "stroke" in low:
                assert not re.search(r"\b(dr|mr|ms|professor)\b", low), ln

# ==================================================================================================== owner facts
ask("o01", OWNER, "role-grouped-list", [person("Rauch-Atkinson")],
    cite(PDD, "Right Care, Right Place \u2013 Gideon Rauch-Atkinson", where="section 3.1, Senior Responsible Owners"),
    ["Who is the Senior Responsible Owner for Right Care, Right Place?",
     "who's SRO for right care right place (urgent & emergncy care)?",
     "Which executive is ultimately accountable for the programme that aims to see people in the right setting "
     "first time, so the emergency departments only treat emergencies?"], "emergncy")
ask("o02", OWNER, "role-grouped-list", [["Grimshaw"]],
    cite(PDD, "Ageing Well and Frailty \u2013 Dr Tobiah Grimshaw", where="section 3.2, Clinical leads"),
    ["Who is the clinical lead for Ageing Well and Frailty?",
     "who's the clinical lead on the fraility work?",
     "Which consultant gives the medical steer to the programme for older people who are becoming less able to "
     "cope at home?"], "fraility")
ask("o03", OWNER, "role-grouped-list", [["Wetherell"]],
    cite(PDD, "Crisis and Liaison Mental Health \u2013 Jasper Wetherell", where="section 3.3, Programme managers"),
    ["Who is the programme manager for Crisis and Liaison Mental Health?",
     "who's the PM for crisis & liason MH?",
     "Who runs the day-to-day programme for people in psychiatric crisis and for psychiatry in the hospital?"],
    "liason")
ask("o04", OWNER, "inverted-finance-list", [person("Orwell-Baptiste")],
    cite(PDD, "Niamh Orwell-Baptiste", where="section 3.4: the person first, then the priorities she supports"),
    ["Who is the finance lead for Primary Care at Scale?",
     "who's the finanse lead for primary care at scale?",
     "Who looks after the money side of the programme bringing GP practices together into bigger groupings?"],
    "finanse")
ask("o05", OWNER, "inverted-finance-list", [["Olufemi"]],
    cite(PDD, "Tamsin Olufemi", where="section 3.4: the person first, then the priorities she supports"),
    ["Who is the finance lead for Cancer and Diagnostics?",
     "fin lead for cancer and diagnostcs?",
     "Who supports the programme for earlier and faster diagnosis of tumours on its budget and savings?"],
    "diagnostcs")
ask("o06", OWNER, "interim-holder", [["Sowerby"]],
    cite(SBAR, "Bernadette Sowerby, Deputy", where="page 2, Assessment: interim SRO from 1 October 2018 to 31 March "
                                                  "2019"),
    ["Who currently holds the SRO role for Ageing Well and Frailty?",
     "who's SRO for ageing wel and frailty right now?",
     "Who is in charge at the moment of the programme for frail older people, given that its usual leader is on "
     "secondment?"], "wel", as_of="2018-11-01")
ask("o07", OWNER, "holder-before-interim", [["Dunleavy"]],
    cite(PDD, "Ageing Well and Frailty \u2013 Marisol Dunleavy", where="section 3.1, Senior Responsible Owners"),
    ["Who is the Senior Responsible Owner for Ageing Well and Frailty?",
     "who's the SRO on ageing well & fraily?",
     "Which executive is accountable for the programme for frail older people?"], "fraily", as_of="2018-06-01")
ask("o08", OWNER, "replaced-holder", [person("Nwachukwu-Hart")],
    cite(SBAR, "Ambrose Nwachukwu-Hart replaced", where="page 2, Assessment: replaced Delphine Kirkbride on "
                                                       "3 September 2018"),
    ["Who is the programme manager for Planned Care and Outpatients?",
     "who's the PM for planned care & outpatients now? thought it was delphine, has it chnged?",
     "Who took over the day-to-day running of the programme for planned operations and hospital clinics in "
     "September 2018?"], "chnged", as_of="2018-10-20")
ask("o09", OWNER, "prose-chair", [["Hartigan"]],
    cite(PDD, "chaired by Dame Evangeline Hartigan", where="section 4, How we are governed"),
    ["Who chairs the STP Partnership Board?",
     "who's chair of the partnershp board?",
     "Who presides over the partnership's top board, the one that meets in public every other month?"],
    "partnershp")
ask("o10", OWNER, "prose-role", [person("Quennell-Obiora")],
    cite(PDD, "is the STP Lead", where="section 4, How we are governed"),
    ["Who is the STP Lead?",
     "who's the STP leed?",
     "Which chief executive heads up the whole partnership on behalf of the member organisations?"], "leed")
ask("o11", OWNER, "prose-chair", [["Farquharson"]],
    cite(PDD, "The Clinical Board is chaired by", where="section 4, How we are governed"),
    ["Who chairs the Clinical Board?",
     "who chairs clinical bord?",
     "Which medical director presides over the partnership's forum of senior clinicians?"], "bord")
ask("o12", OWNER, "interim-enabler-lead", [person("Pritchard-Yeo")],
    cite(DECK, "Dr Ansel Pritchard-Yeo", where="slide 3, Enabling workstreams table, Digital row"),
    ["Who leads the digital enabling workstream?",
     "who's leading digitl for the STP?",
     "Who is heading up the technology strand of the partnership until a chief clinical information officer is "
     "appointed?"], "digitl")
ask("o13", OWNER, "enabler-lead", [["Castellanos"]],
    cite(DECK, "Winifred Castellanos", where="slide 3, Enabling workstreams table, Workforce row"),
    ["Who leads the workforce enabling workstream?",
     "who's the workforse lead?",
     "Who heads the strand that deals with recruiting, training and keeping staff across the partnership?"],
    "workforse")
ask("o14", OWNER, "front-sheet-author", [["Moorcroft"]],
    cite(SBAR, "Caspian Moorcroft, STP Programme Director", where="page 1, front sheet, Author row"),
    ["Who wrote the Month 6 programme update to the Partnership Board?",
     "who authored the M6 programme updte for the board?",
     "Whose name is given as the drafter of the October 2018 board paper reporting progress on the six "
     "priorities?"], "updte")
ask("o15", OWNER, "spoken-introduction", [["Thornycroft"]],
    cite(WEBINAR, "welcome to Saskia Thornycroft", "engagement for the partnership",
         where="cues 3-4: joined two weeks before as head of communications and engagement (the deck's June "
               "2018 table has the post vacant)"),
    ["Who is the head of communications and engagement for the partnership?",
     "who's the new head of comms & engagemnt?",
     "Who has recently joined to look after publicity and public involvement for the partnership?"], "engagemnt")

# ==================================================================================================== milestone facts
ask("m01", MILESTONE, "moved-date", [on(14, 1, 2019, "14 January 2019")],
    cite(SBAR, "will now open", where="page 2, Assessment (Milestones) and Recommendation (b)"),
    ["When will the frailty assessment unit at Wrayholme General Hospital open?",
     "when's the fraitly unit at wrayholme opening now?",
     "Now that the building works have overrun, on what date will the hospital's assessment ward for frail "
     "older people start?"], "fraitly")
ask("m02", MILESTONE, "original-date", [month("November", 2018, "November 2018")],
    cite(SBAR, "not in November 2018 as planned", where="page 2, Assessment (Milestones); also the hollow M1 "
                                                        "diamond under Nov-18 on the roadmap"),
    ["When was the frailty assessment unit originally planned to open?",
     "what was the orignal opening month for the frailty unit?",
     "Before the ward refurbishment overran, in which month was the unit for frail older people at Wrayholme "
     "General expected to start?"], "orignal")
ask("m03", MILESTONE, "interim-period", [on(31, 3, 2019, "31 March 2019")],
    cite(SBAR, "is acting as interim", where="page 2, Assessment (Leadership) and Recommendation (a)"),
    ["Until when will Bernadette Sowerby act as interim SRO for Ageing Well and Frailty?",
     "how long is bernadette coverring as interim SRO for ageing well?",
     "On what date is the temporary leadership arrangement for the programme for frail older people due to "
     "end?"], "coverring")
ask("m04", MILESTONE, "gantt-position", [month("December", 2018, "Dec-18")],
    cite(ROADMAP, "Dec-18", "Kingsferry Urgent Treatment Centre designated",
         where="page 1: M4 diamond in the Dec-18 column; page 2: M4 in the key"),
    ["In which month is the Kingsferry Urgent Treatment Centre due to be designated, according to the delivery "
     "roadmap?",
     "when's kingsferry UTC designaton due on the roadmap?",
     "On the Gantt chart, in which month is the walk-in centre at Kingsferry expected to get its official "
     "status?"], "designaton")
ask("m05", MILESTONE, "gantt-position", [month("February", 2019, "Feb-19")],
    cite(ROADMAP, "Feb-19", "Core 24 liaison psychiatry", where="page 1: M9 diamond in the Feb-19 column; page 2: "
                                                                 "M9 in the key"),
    ["When is Core 24 liaison psychiatry due to be in place at Wrayholme General Hospital?",
     "when will core 24 liasion be in place at wrayholme?",
     "By what month should the round-the-clock psychiatric team in the main hospital be up and running?"],
    "liasion")
ask("m06", MILESTONE, "gantt-quarter-column",
    [alts("Q1 19/20", "Q1 2019/20", "April to June 2019", "April-June 2019", "Apr-Jun 2019", "quarter 1 of 2019/20")],
    cite(ROADMAP, "Q1 19/20", "NHS 111 clinical assessment service live",
         where="page 1: M5 diamond in the Q1 19/20 column; page 2: M5 in the key"),
    ["When is the NHS 111 clinical assessment service due to go live?",
     "when does the 111 clinical assesment service go live?",
     "In what period will callers to the non-emergency phone line start to be assessed by clinicians, according "
     "to the roadmap?"], "assesment")
ask("m07", MILESTONE, "phase-window",
    [alts("Q2-Q3 2018/19", "Q2 to Q3 2018/19", "Q2-Q3 18/19", "July to December 2018", "July-December 2018",
          "Jul-Dec 2018")],
    cite(PDD, "Phase 2 (Q2-Q3 2018/19)", where="section 2.3, Primary Care at Scale, Phase 2"),
    ["What is the timeframe for Phase 2 of Primary Care at Scale?",
     "when's phase 2 of primary care @ scale happenning?",
     "Over which quarters is the stage that brings in evening and weekend GP appointments scheduled to run?"],
    "happenning")
ask("m08", MILESTONE, "brought-forward", [month("March", 2019, "March 2019")],
    cite(PDD, "brought forward from March 2019", where="document control, version 1.3"),
    ["What was the original target date for 100% extended access coverage before it was brought forward?",
     "extended acess 100% target - what was it before they brought it fwd?",
     "Before the national guidance changed it, by when were evening and weekend GP appointments meant to cover "
     "everyone?"], "acess")
ask("m09", MILESTONE, "relative-window-gantt", [["rapid diagnostic"]],
    cite(ROADMAP, "Nov-18", "Rapid diagnostic service pilot",
         where="page 1: only M13 has a filled diamond under Nov-18 (M1's hollow baseline also sits there); page 2: "
               "the key"),
    ["Which milestones on the delivery roadmap are due next month?",
     "whats due on the roadmap next mnth?",
     "Looking at the Gantt chart, what is expected to be delivered in the coming calendar month?"], "mnth",
    as_of="2018-10-10")
ask("m10", MILESTONE, "overdue-gantt", [["primary care homes"], ["MSK"]],
    cite(ROADMAP, "Jun-18", "MSK triage service live",
         where="page 1: M7 (Jun-18) and M11 (Aug-18) left of the status line; page 2: Delayed and At risk, not "
               "Achieved"),
    ["Which milestones on the delivery roadmap are overdue?",
     "anything overdu on the roadmap?",
     "Which roadmap milestones have passed their month without being met?"], "overdu", as_of="2018-09-14")
ask("m11", MILESTONE, "next-meeting", [on(20, 12, 2018, "20 December 2018")],
    cite(SBAR, "Date of next meeting", where="page 2, last line"),
    ["When is the next meeting of the Partnership Board after 18 October 2018?",
     "when's the next partnership board meetin?",
     "On what date do the partners next gather in public after their October session?"], "meetin")
ask("m12", MILESTONE, "spoken-correction", [on(1, 7, 2019, "first of July 2019")],
    cite(WEBINAR, "It'll open in June", "first of July 2019",
         where="cues 12-13: 'June' corrected mid-sentence, the date at the head of the next cue"),
    ["When will the Ebbdale crisis house open?",
     "when does the ebbdale crisis houes open?",
     "On what date will the alternative to admission for people in mental health crisis in the smallest place "
     "start taking people?"], "houes")
ask("m13", MILESTONE, "spoken-date-no-year", [alts("5 December", "5th December", "December 5")],
    cite(WEBINAR, "The next webinar is on", where="cue 20 (year not said; the webinar is on 7 November 2018)"),
    ["When is the next staff webinar?",
     "when's the next staff webnar?",
     "When can staff next dial in to hear the programme leaders and put questions to them?"], "webnar")
ask("m14", MILESTONE, "milestone-list", [["rapid diagnostic"], alts("Straight-to-test", "straight to test")],
    cite(ROADMAP, "Key to milestones", where="page 2, key: M13 and M14 (Cancer and Diagnostics)"),
    ["What are the milestones for Cancer and Diagnostics on the delivery roadmap?",
     "list the roadmap milestnes for cancer & diagnostics",
     "What key steps does the programme for faster diagnosis of tumours have on the Gantt chart?"], "milestnes")

# ==================================================================================================== must-do facts
ask("d01", MUSTDO, "mustdo-gap-no-connector", [mdg(8)],
    cite(DECK, "MD8  Learning disabilities", where="slide 2: the MD8 box has no connector"),
    ["Which national must-do is not linked to any of the STP priorities?",
     "which must-do has no priority conected to it?",
     "Is there one of the nine national requirements that none of our six programmes is shown as delivering?"],
    "conected")
ask("d02", MUSTDO, "mustdo-coverage-connectors", [PRI["UC"], PRI["AW"], PRI["MH"]],
    cite(DECK, "MD4  A&E and ambulance", where="slide 2: a solid line from MD4 to UC, dashed lines to AW and MH"),
    ["Which priorities contribute to the A&E and ambulance must-do?",
     "which priorities feed into MD4 a&e and ambulnce?",
     "Which of our programmes help meet the national requirement on emergency department waits and ambulance "
     "response?"], "ambulnce")
ask("d03", MUSTDO, "mustdo-primary-connectors", [PRI["AW"], PRI["PL"]],
    cite(DECK, "MD2  Financial balance", where="slide 2: solid lines from MD2 to AW and PL (UC dashed)"),
    ["Which priorities make a primary contribution to the financial balance must-do?",
     "which priorities are the main contributers to MD2 (finance)?",
     "Which programmes carry the main weight of the national requirement to balance the books?"], "contributers")
ask("d04", MUSTDO, "mustdo-by-priority-connectors", [mdg(1), mdg(2), mdg(4)],
    cite(DECK, "MD1  Delivering the STP", where="slide 2: lines into the AW box from MD1 (dashed), MD2 (solid) and "
                                                "MD4 (dashed)"),
    ["Which national must-dos does Ageing Well and Frailty contribute to?",
     "what must-dos does ageing well link to on the golden thred?",
     "Against which of the nine national requirements is the programme for frail older people shown as "
     "delivering?"], "thred")
ask("d05", MUSTDO, "mustdo-coverage-connectors", [PRI["MH"], PRI["PC"]],
    cite(DECK, "MD7  Mental health access", where="slide 2: solid line from MD7 to MH, dashed to PC"),
    ["Which priorities contribute to the mental health access must-do?",
     "which priorites link to MD7 mental health?",
     "Which programmes help deliver the national requirement on access to psychological and psychiatric care?"],
    "priorites")
ask("d06", MUSTDO, "mustdo-topic-connectors", [PRI["CD"]],
    cite(DECK, "MD6  Cancer (62 days)", where="slide 2: one solid line, from MD6 to CD"),
    ["Which priority contributes to the cancer must-do?",
     "which priority covers the 62 day cancr must-do?",
     "Which programme delivers the national requirement on the wait from urgent referral to first treatment for "
     "malignant disease?"], "cancr")
ask("d07", MUSTDO, "mustdo-supporting-connectors", [PRI["PL"], PRI["MH"]],
    cite(DECK, "MD9  Quality and special measures", where="slide 2: dashed lines only, from MD9 to PL and MH"),
    ["Which priorities support the quality and special measures must-do?",
     "which priorities support MD9 qualty?",
     "Which programmes help with the national requirement on raising standards in organisations that are in "
     "difficulty?"], "qualty")
ask("d08", MUSTDO, "count-connectors", [alts("3", "three")],
    cite(DECK, "PL  Planned Care and Outpatients", where="slide 2: three lines end at the PL box (MD2 solid, MD5 "
                                                         "solid, MD9 dashed)"),
    ["How many national must-dos does Planned Care and Outpatients contribute to?",
     "how many must-dos is planned care linkd to?",
     "Against how many of the nine national requirements does the programme for planned operations and hospital "
     "clinics register a contribution?"], "linkd")

# ==================================================================================================== figure facts
ask("f01", FACT, "units-in-header-total", [alts("530,500", "530500", "530.5k", "530.5 thousand")],
    cite(PDD, "Total | 530,500", where="section 1 place table, Total row, 'Registered population (persons)'"),
    ["What is the registered population of the STP footprint?",
     "whats the total populaton of the footprint?",
     "How many people are on GP lists across all three places together?"], "populaton")
ask("f02", FACT, "units-in-header", [alts("74,200", "74200", "74.2k")],
    cite(PDD, "Ebbdale | 74,200", where="section 1 place table, Ebbdale row"),
    ["What is the registered population of Ebbdale?",
     "ebbdale registerd pop?",
     "How many people are registered with GPs in the smallest of the three places?"], "registerd")
ask("f03", FACT, "units-in-header", [alts("29", "twenty-nine")],
    cite(PDD, "Kingsferry | 187,900", where="section 1 place table, Kingsferry row, 'GP practices (no.)'"),
    ["How many GP practices are there in Kingsferry?",
     "how many gp pratices in kingsferry?",
     "How many general practices serve the Kingsferry population?"], "pratices")
ask("f04", FACT, "units-row", [thousands(3850)],
    cite(PLAN, "Code | Priority", "Planned Care and Outpatients", sheet="Savings",
         where="Savings sheet: header row 4, units row 5 (\u00a3000), Planned Care row 10, '2018/19 plan'"),
    ["What savings does Planned Care and Outpatients plan to deliver in 2018/19?",
     "how much is planned care savng in 18/19?",
     "How much money is the programme for planned operations and hospital clinics meant to release in the "
     "2018/19 financial year?"], "savng")
ask("f05", FACT, "units-row-mixed", [millions(1.35)],
    cite(PLAN, "Code | Priority", "Crisis and Liaison Mental Health", sheet="Savings",
         where="Savings sheet: 'Investment 2018/19' column, units row 5 (\u00a3m), row 9"),
    ["How much is being invested in Crisis and Liaison Mental Health in 2018/19?",
     "how much investmnt does crisis & liaison MH get in 18/19?",
     "What funding is going into the programme for psychiatric crises and hospital psychiatry in 2018/19?"],
    "investmnt")
ask("f06", FACT, "units-row-total", [thousands(12970)],
    cite(PLAN, "Code | Priority", "Total | 7500", sheet="Savings",
         where="Savings sheet: Total row 12, '2018/19 plan' (\u00a3000)"),
    ["What is the total 2018/19 savings plan across all six priorities?",
     "total savings plan for 18/19 acros all priorities?",
     "Added together, how much do the six programmes aim to save in 2018/19?"], "acros")
ask("f07", FACT, "unit-column", [millions(172.4)],
    cite(PLAN, "Do-nothing financial gap", sheet="System", where="System sheet, row 4 (Unit column: \u00a3m)"),
    ["What is the do-nothing financial gap by 2020/21?",
     "whats the do-nothing finanical gap by 2020/21?",
     "If nothing changed, how large would the shortfall between funding and costs become by the end of the "
     "planning period?"], "finanical")
ask("f08", FACT, "negative-figure", [millions(18.9)],
    cite(PLAN, "System control total 2018/19", sheet="System",
         where="System sheet, row 5: -18.9 \u00a3m (deficit shown as negative)"),
    ["What is the system control total for 2018/19?",
     "whats the system contrl total 18/19?",
     "What deficit have the partner organisations collectively agreed to for 2018/19?"], "contrl")
ask("f09", FACT, "unit-column", [["232"]],
    cite(PLAN, "Metric | Unit", "Emergency admissions, people aged 75", sheet="Activity",
         where="Activity sheet, row 4, 'Plan 2018/19' (per 1,000 population aged 75+)"),
    ["What is the 2018/19 planned rate of emergency admissions for people aged 75 and over?",
     "whats the 18/19 plan for emergency admisions of over 75s?",
     "For every thousand people aged 75 or older, how many unplanned hospital stays is the partnership aiming "
     "for in 2018/19?"], "admisions")
ask("f10", FACT, "unit-column", [["24.5"]],
    cite(PLAN, "Metric | Unit", "Additional crisis and liaison staff", sheet="Activity",
         where="Activity sheet, row 8, 'Plan 2018/19' (WTE)"),
    ["How many additional crisis and liaison staff are planned for 2018/19?",
     "how many extra crisis & liaison staf in 18/19 (WTE)?",
     "How many whole-time equivalent posts is the mental health crisis programme adding in 2018/19?"], "staf")
ask("f11", FACT, "computed-max", [PRI["PL"]],
    cite(PLAN, "Code | Priority", "Total | 7500", sheet="Savings", where="Savings sheet, '2018/19 plan' column, "
                                                                        "rows 6-11: Planned Care 3,850 is the largest"),
    ["Which priority has the largest savings plan for 2018/19?",
     "which priority has the bigest savings target 18/19?",
     "Which programme is expected to release the most money in 2018/19?"], "bigest")
ask("f12", FACT, "prose-figure-k", [money_k("\u00a34,115k")],
    cite(SBAR, "\u00a34,115k", where="page 2, Assessment (Finance)"),
    ["What savings had the priorities delivered by Month 6 of 2018/19?",
     "ytd savings at M6? how much deliverd?",
     "Halfway through 2018/19, how much money had the six programmes actually saved?"], "deliverd")
ask("f13", FACT, "phase-figure", [alts("61", "sixty-one")],
    cite(PDD, "all 61 care homes", where="section 2.1, Ageing Well and Frailty, Phase 1"),
    ["How many care homes are covered by the red bag hospital transfer scheme?",
     "how many care homes in the red bag scheem?",
     "In how many residential homes does the plan put the scheme that sends a resident's belongings and "
     "paperwork with them into hospital?"], "scheem")
ask("f14", FACT, "spoken-figure", [alts("six-bed", "six beds", "six bed", "6-bed", "6 beds", "6 bed")],
    cite(WEBINAR, "six-bed house", where="cue 13"),
    ["How many beds will the Ebbdale crisis house have?",
     "how many beds in the ebbdale crisis hous?",
     "How big, in beds, will the alternative to admission being set up in Ebbdale be?"], "hous")

# ==================================================================================================== unanswerable
ask("n01", NONE, "near-miss-role", [],
    cite(PDD, "Cancer and Diagnostics has no programme manager", where="section 3.3: support from the Cancer "
                                                                       "Alliance, no person named"),
    ["Who is the programme manager for Cancer and Diagnostics?",
     "who's the PM on cancer & diagnositcs?",
     "Who runs the day-to-day programme for faster diagnosis of tumours?"], "diagnositcs")
ask("n02", NONE, "near-miss-figure", [],
    cite(PLAN, "Code | Priority", sheet="Savings", where="Savings sheet: investment is given for 2018/19 only"),
    ["How much will be invested in Crisis and Liaison Mental Health in 2019/20?",
     "MH crisis invstment for 19/20?",
     "What funding is planned for the programme for psychiatric crises in the year after 2018/19?"], "invstment")
ask("n03", NONE, "near-miss-gap-programme", [],
    cite(DECK, "MD8  Learning disabilities", where="slide 2: the must-do is there, no programme or SRO for it"),
    ["Who is the SRO for the learning disabilities programme?",
     "who's SRO for learning disabilties?",
     "Which executive leads the partnership's programme on moving people out of long-stay specialist hospital "
     "beds into the community?"], "disabilties")
ask("n04", NONE, "near-miss-place", [],
    cite(ROADMAP, "Kingsferry Urgent Treatment Centre designated", where="page 2: the only urgent treatment centre "
                                                                          "is at Kingsferry"),
    ["When will the Ebbdale Urgent Treatment Centre open?",
     "when's the ebbdale UTC openning?",
     "When does the smallest of the three places get its own walk-in urgent care centre?"], "openning")
ask("n05", NONE, "near-miss-spoken", [],
    cite(WEBINAR, "we haven't appointed one yet", where="cue 17: no stroke clinical lead appointed"),
    ["Who is the clinical lead for stroke?",
     "who's clinical lead for strok?",
     "Which doctor heads the partnership's work for people who have had a brain haemorrhage or clot?"], "strok")
ask("n06", NONE, "near-miss-governance", [],
    cite(PDD, "The Partnership Board is chaired by", where="section 4: chair and frequency, no quorum"),
    ["What is the quorum for the Partnership Board?",
     "how many members make the partnership board quorom?",
     "How many members must be present for a meeting of the partnership's top board to make decisions?"],
    "quorom")
ask("n07", NONE, "off-topic", [], None,
    ["When is the staff flu vaccination clinic at Wrayholme General Hospital?",
     "when's the staff flu jab clinc?",
     "Where can I get my winter jab as a member of staff?"], "clinc")
ask("n08", NONE, "off-topic", [], None,
    ["How do I claim mileage expenses for community visits?",
     "how do i claim milage for home visits?",
     "How do I get paid back for driving my own car to see patients at home?"], "milage")
ask("n09", NONE, "off-topic", [], None,
    ["What is the Wi-Fi password for staff at Kingsferry Royal Infirmary?",
     "whats the wifi pasword at KRI?",
     "How do I get my laptop onto the wireless internet at the Kingsferry hospital?"], "pasword")

# ==================================================================================================== write
ids = [q["id"] for q in ITEMS]
assert len(ids) == len(set(ids)) == 180, len(ids)
assert len({q["question"] for q in ITEMS}) == 180
facts = {q["fact"] for q in ITEMS}
assert len(facts) == 60 and len(set(TYPOS.values())) == 60
kinds = {}
for q in ITEMS:
    kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
assert kinds == {OWNER: 45, MILESTONE: 42, MUSTDO: 24, FACT: 42, NONE: 27}, kinds
OUT = HERE / "questions.jsonl"
OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in ITEMS))
print(f"wrote {len(ITEMS)} questions, {len(facts)} facts; kinds {kinds}")
assert bank_tools.check(OUT, PAPERS) == 0
