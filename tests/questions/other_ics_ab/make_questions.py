"""Write questions.jsonl for the Sheringmoor & Kettlewade STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, text
lines), and the first alternative of every gold group must be in that window. Facts that need a step of reasoning
are worked out again here from the generated files, not from make_papers.py:
  - the deck's initiative tables are read back by text position (pypdf's visitor): the header runs give the column
    edges, each Ref run starts a row, so every row's Lead and Timescale cell is known; the "(cont.)" row is joined
    to the row it continues;
  - the must-do matrix is read by position: a P / S mark belongs to the column whose acronym heading is above it and
    to the must-do whose label is level with it;
  - the savings table's rows are re-added against the Total row and column;
  - the relative windows are checked over every row's timescale after the cover paper's and the e-mail's changes.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

for _where in (Path(__file__).resolve().parent.parent / "brief", Path(__file__).resolve().parent.parent):
    sys.path.insert(0, str(_where))
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
DECK = "01_SK_STP_Annex_C_Workstream_Delivery_Plans_v2.1_Oct2016.pdf"
COVER = "02_SK_STP_Board_Cover_Paper_Annex_C_01Dec2016.docx"
MAIL = "03_SK_STP_PMO_Email_Milestone_Refresh_14Feb2017.txt"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
ACRS = ["PHC", "INC", "UEC", "PCC", "MHCR", "ASP"]


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, where=""):
    return bank_tools.cite(U, file, anchor, until, None, where)


def slide(first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[DECK][k] for k in range(first, last + 1)))
    return {"file": DECK, "lines": [first, last], "where": where}, text


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
        ITEMS.append({"id": f"ab-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ab-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the deck, by text position
# ---------------------------------------------------------------------------------------------------------------
def runs(page_no):
    """[(x, y, text)] for every text run on a deck page, from pypdf's text visitor."""
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / DECK)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def table_rows(page_no):
    """{ref: {column heading: cell text}} for the ruled initiative table on a deck page, by position."""
    rs = runs(page_no)
    heads = ["Ref", "Initiative / scheme", "Lead", "Key milestones", "Timescale", "RAG"]
    hx = {}
    for x, y, t in rs:
        if t in heads and t not in hx:
            hx[t] = (x, y)
    assert set(hx) == set(heads), (page_no, hx)
    head_y = hx["Ref"][1]
    edges = sorted((x, t) for t, (x, _) in hx.items())
    ref_runs = sorted(((y, t) for x, y, t in rs if x < edges[1][0] - 5 and y < head_y - 2
                       and re.match(r"[A-Z]+\d", t)), reverse=True)
    out = {}
    for i, (y, ref) in enumerate(ref_runs):
        lower = ref_runs[i + 1][0] if i + 1 < len(ref_runs) else 35
        cells = {}
        for k, (ex, name) in enumerate(edges):
            hi = edges[k + 1][0] if k + 1 < len(edges) else 10 ** 4
            cells[name] = " ".join(t for x, yy, t in sorted(rs, key=lambda r: (-r[1], r[0]))
                                   if ex - 5 <= x < hi - 5 and lower < yy <= y + 1 and t != "Continued on next slide")
        out[ref] = cells
    return out


ROWS, ROW_PAGE = {}, {}
for pg in range(4, 13):
    for ref, cells in table_rows(pg).items():
        ref_clean = ref.split()[0]
        if ref_clean in ROWS:  # a "(cont.)" row: join it to the row it continues
            assert "(cont.)" in cells["Ref"], cells
            for k, v in cells.items():
                if k != "Ref" and v and v != "(continued)":
                    ROWS[ref_clean][k] = (ROWS[ref_clean][k].replace("(continued)", "").strip() + " " + v).strip()
            ROW_PAGE[ref_clean] = (ROW_PAGE[ref_clean][0], pg)
        else:
            ROWS[ref_clean] = cells
            ROW_PAGE[ref_clean] = (pg, pg)
assert len(ROWS) == 28, sorted(ROWS)
assert ROW_PAGE["INC4"] == (5, 6) and ROWS["INC4"]["Timescale"] == "Qtr 2 17/18", ROWS["INC4"]
assert ROWS["INC4"]["Lead"] == "Anwen Fairclough"
assert ROWS["UEC2"]["Lead"] == "Yusuf Abernathy-Clough"
assert ROWS["MHCR2"]["Lead"] == "Bronwen Oakcliffe"
assert ROWS["ASP1"]["Lead"] == "Ivor Brackley"
assert ROWS["INC2"]["Lead"] == "Dr Caspar Lindgren-Obi"
assert ROWS["UEC3"]["Timescale"] == "Mar-17" and ROWS["INC5"]["Timescale"] == "time frame as yet unknown"


def mustdo_matrix():
    """{must-do number: {acronym: 'P' | 'S'}} from the mapping slide, by position."""
    pg = [k for k, v in U[DECK].items() if "nine national must-dos" in v][0]
    rs = runs(pg)
    cols = {t: x for x, y, t in rs if t in ACRS}
    assert len(cols) == 6
    labels = {int(t.split(".")[0]): y for x, y, t in rs if re.match(r"[1-9]\. ", t)}
    assert sorted(labels) == list(range(1, 10))
    out = {n: {} for n in labels}
    for x, y, t in rs:
        if t in ("P", "S"):
            n = min(labels, key=lambda k: abs(labels[k] - (y - 0)))
            assert abs(labels[n] - y) < 12, (t, x, y)
            a = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(cols[a] - x) < 20
            out[n][a] = t
    return pg, out


MD_PAGE, MDX = mustdo_matrix()
covering = lambda n: sorted(MDX[n])  # noqa: E731
assert [n for n in range(2, 10) if not MDX[n]] == [8, 9]
assert "Applies to every workstream" in U[DECK][MD_PAGE]
assert covering(4) == ["INC", "MHCR", "UEC"] and MDX[4]["UEC"] == "P"
assert [a for a, m in MDX[2].items() if m == "P"] == ["ASP"]
assert [n for n in range(2, 10) if "INC" in MDX[n]] == [2, 3, 4]
assert [n for n in range(2, 10) if "MHCR" in MDX[n]] == [4, 7] and MDX[7]["MHCR"] == "P"
assert MDX[6].get("PCC") == "P" and MDX[5] == {"PCC": "P", "ASP": "S"} and MDX[3].get("PHC") == "S"


def savings():
    pg = [k for k, v in U[DECK].items() if "Savings by workstream and year" in v][0]
    lines = U[DECK][pg].splitlines()
    out, i = {}, 0
    while i < len(lines):
        m = re.search(r"\((PHC|INC|UEC|PCC|MHCR|ASP)\)$", lines[i])
        if (m or lines[i] == "Total") and re.fullmatch(r"[\d.]+", lines[i + 1]):
            out[m.group(1) if m else "Total"] = [float(v) for v in lines[i + 1:i + 7]]
            i += 7
        else:
            i += 1
    return pg, out


FIN_PAGE, FIN = savings()
assert len(FIN) == 7
for acr, vals in FIN.items():
    assert round(sum(vals[:5]), 1) == vals[5], acr
for j in range(6):
    assert round(sum(FIN[a][j] for a in ACRS), 1) == FIN["Total"][j], j
assert max(ACRS, key=lambda a: FIN[a][5]) == "ASP" and FIN["ASP"][2] == 31.0
assert round(FIN["Total"][4] + 58.5 + 21.5, 1) == 187.0  # the slide's bridge adds up


# ---------------------------------------------------------------------------------------------------------------
# Periods, for the relative windows: every row's timescale after the later papers' changes
# ---------------------------------------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def periods(text):
    """[(start, end)] ordinals of every date expression in a timescale cell; None means unknown."""
    t, out = text.lower(), []
    if "unknown" in t:
        return [None]
    for q, a in re.findall(r"qtr (\d) (\d\d)/\d\d", t):
        y, q = 2000 + int(a), int(q)
        sm = [4, 7, 10, 1][q - 1]
        sy = y + (q == 4)
        out.append((date(sy, sm, 1).toordinal(), month_end(sy, sm + 2)))
    for mo, yy in re.findall(r"\b([a-z]{3})-(\d\d)\b", t):
        out.append((date(2000 + int(yy), MON[mo], 1).toordinal(), month_end(2000 + int(yy), MON[mo])))
    for mo, yy in re.findall(r"\bby ([a-z]{3}) (\d{4})", t):
        out.append((date(int(yy), MON[mo], 1).toordinal(), month_end(int(yy), MON[mo])))
    for dd, mm, yy in re.findall(r"(\d\d)/(\d\d)/(\d{4})", t):
        d = date(int(yy), int(mm), int(dd)).toordinal()
        out.append((d, d))  # "by 31/03/2019" is due on that day
    for season, a in re.findall(r"(winter|summer) (\d{4})", t):
        y = int(a)
        out.append((date(y, 12, 1).toordinal(), month_end(y + 1, 2)) if season == "winter"
                   else (date(y, 6, 1).toordinal(), month_end(y, 8)))
    for a in re.findall(r"(?<![/\d])(\d{4})/\d\d(?!\d)", t):
        if not re.search(r"(winter|summer) " + a, t):
            out.append((date(int(a), 4, 1).toordinal(), month_end(int(a) + 1, 3)))
    assert out, text
    return out


LATEST = {ref: periods(cells["Timescale"]) for ref, cells in ROWS.items()}
# the cover paper (1 Dec 2016) and the PMO e-mail (14 Feb 2017) govern where they differ from the annex
assert "Qtr 1 17/18, by 30 June 2017" in U[COVER][16] and "moves from Mar-17 to 30 April 2017" in "\n".join(
    U[MAIL].values())
LATEST["MHCR2"] = periods("Qtr 1 17/18")
LATEST["UEC3"] = [(date(2017, 4, 30).toordinal(),) * 2]
LATEST["PHC1"] = [(date(2017, 7, 1).toordinal(),) * 2]
LATEST["INC1"] = [(date(2017, 3, 6).toordinal(), date(2017, 3, 12).toordinal())] + periods("Qtr 4 17/18")


def due_in(ws, start, end):
    """(refs with a date inside [start, end], refs with a date only partly overlapping it) in one workstream."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for ref, ps in LATEST.items():
        if not ref.startswith(ws) or ref[len(ws)].isalpha():
            continue
        for p in ps:
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add(ref)
            elif p[0] <= e and p[1] >= s:
                partial.add(ref)
    return inside, partial - inside


assert due_in("INC", date(2017, 1, 1), date(2017, 3, 31)) == ({"INC1"}, set())
assert due_in("MHCR", date(2017, 4, 1), date(2017, 6, 30)) == ({"MHCR2"}, set())
assert due_in("UEC", date(2017, 4, 1), date(2017, 4, 30)) == ({"UEC3"}, set())
assert due_in("PCC", date(2017, 9, 1), date(2017, 9, 30)) == ({"PCC3"}, set())

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
GRID = [k for k, v in U[DECK].items() if "Our workstreams and who leads them" in v][0]
GOV = [k for k, v in U[DECK].items() if "How we will govern delivery" in v][0]
MAIL_TEXT = "\n".join(U[MAIL].values())

ask("uec-sro", OWNER, "role-holder", [["Edgecumbe"]],
    slide(GRID, where="workstream grid: Urgent & Emergency Care box, SRO line"),
    ["Who is the Senior Responsible Officer for the Urgent & Emergency Care workstream?",
     "who's SRO for UEC in sheringmoor & kettlewade? need them for the A&E winter caal",
     "Who is ultimately accountable for the work on emergency departments and ambulances?"], "caal")
ask("mhcr-cl", OWNER, "role-holder", [person("Morrow-Tate")],
    slide(GRID, where="workstream grid: Mental Health Crisis & Recovery box, clinical lead line"),
    ["Who is the clinical lead for the Mental Health Crisis & Recovery workstream?",
     "who's the clin lead on MHCR? want to run the crisis pathway past them this wek",
     "Which doctor gives the clinical steer on the STP's work for people in a mental health emergency?"], "wek")
ask("pcc-sro-now", OWNER, "changed-owner", [person("Wetherall-Nkemelu")],
    cite(COVER, "Changes since the October draft", "Dr Wetherall-Nkemelu will take over",
         where="cover paper section 3: new PCC SRO from 1 January 2017 (the deck still names Lionel Ashgrove)"),
    ["Who is currently the SRO for Planned Care & Cancer?",
     "who's SRO for PCC atm? the annex says Lionel but I heard he's retierd",
     "Who is now in overall charge of the programme on hospital waiting lists and cancer diagnosis?"],
    "retierd", as_of="2017-01-16")
ask("pcc-sro-before", OWNER, "previous-holder", [["Ashgrove"]],
    slide(GRID, where="workstream grid: Planned Care & Cancer box names Lionel Ashgrove as SRO (v2.1)"),
    ["Who was the SRO for Planned Care & Cancer in the October 2016 submission draft of Annex C?",
     "who was PCC SRO before the change? need the old name for the handover notse",
     "Before the new medical director took over routine operations and cancer, who had been leading it?"],
    "notse")
ask("uec2-lead", OWNER, "initiative-lead", [person("Abernathy-Clough")],
    slide(ROW_PAGE["UEC2"][0], where="UEC table, row UEC2, Lead column"),
    ["Who leads the urgent treatment centre at Tollbeck Memorial Hospital?",
     "who's the lead for the tollbeck UTC (UEC2)? got a q about the MIU changover",
     "Who is the named person for turning the minor injuries unit in Tollbeck into a bigger walk-in centre?"],
    "changover")
ask("mhcr2-lead", OWNER, "initiative-lead", [["Oakcliffe"]],
    cite(COVER, "In MHCR, the single point of access", where="cover paper 3: 'Bronwen Oakcliffe remains the lead'"),
    ["Who is the lead for the crisis single point of access (MHCR2)?",
     "who leads MHCR2, the crisis line + cafe? the SPA contact list is out of dat",
     "Who should I talk to about the round-the-clock phone line and drop-in cafe for people in crisis?"], "dat")
ask("asp1-lead", OWNER, "initiative-lead", [["Brackley"]],
    slide(ROW_PAGE["ASP1"][0], where="ASP table, row ASP1, Lead column"),
    ["Who leads the shared pathology service across the two acute trusts?",
     "who's lead on shared path (ASP1)? the LIMS supplier wants a contcat",
     "Who is responsible for merging the two hospitals' laboratories into one service?"], "contcat")
ask("inc-cl", OWNER, "role-holder", [person("Valcourt-Hale")],
    slide(GRID, where="workstream grid: Integrated Neighbourhood Care box, clinical lead line"),
    ["Who is the clinical lead for Integrated Neighbourhood Care?",
     "clin lead for INC / neighbourhoods pls? our district nurses want to meeet them",
     "Which clinician is steering the joined-up community teams for local areas of 30-50k people?"], "meeet")
ask("cl-list", OWNER, "list", [["Castellane"], person("Valcourt-Hale"), ["Ferrand"], ["Shorrock"],
                                person("Morrow-Tate"), ["Ilsley"]],
    slide(GRID, where="workstream grid: the clinical lead line of all six workstream boxes"),
    ["Who are the clinical leads of the six workstreams in Annex C?",
     "can someone list all the workstream clin leads for the CRG invite? all 6 of them pleese",
     "Which doctors are giving the clinical lead to each of the main transformation programmes?"], "pleese")
ask("board-chair", OWNER, "governance", [["Oxenbury"]],
    slide(GOV, where="governance slide: STP Partnership Board box, Independent Chair"),
    ["Who chairs the STP Partnership Board?",
     "who's chair of the STP partnership brd? writing the invite letetr",
     "Who runs the meetings of the top decision-making group for the whole plan?"], "letetr")
ask("prog-dir", OWNER, "governance", [["Marchbank"]],
    slide(GOV, where="governance slide: STP Delivery Group box, chaired by the STP Programme Director"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director? need sign off on a highlight reprot",
     "Who chairs the monthly group that every workstream sends its progress reports to?"], "reprot")
ask("dig-cl", OWNER, "new-role-from-date", [person("Ferreira-Quill")],
    cite(MAIL, "Digital (DIG): Dr Nadia Ferreira-Quill", "lead for the Connected Care Record from 1 March 2017",
         where="PMO e-mail, People: new Digital clinical lead from 1 March 2017 (deck: 'tbc')"),
    ["Who is the clinical lead for the Digital enabler (the Connected Care Record)?",
     "who's clin lead for digital / the CCR now? deck just says tbc which is unhelpfull",
     "Which GP is now giving the clinical view on the shared patient record project?"],
    "unhelpfull", as_of="2017-03-20")
ask("pmo-head", OWNER, "sender", [["Brennard"]],
    cite(MAIL, "From: Ottilie Brennard", where="e-mail From line and signature: Head of PMO"),
    ["Who is the Head of the STP Programme Management Office?",
     "who runs the STP PMO? need to send our milestone retrun",
     "Who should workstream leads send their dates and progress updates to centrally?"], "retrun")
ask("darkwood-ws", OWNER, "role-of-person", [["Acute Sustainability", "ASP"]],
    slide(GRID, where="workstream grid: Fenella Darkwood is SRO of Acute Sustainability & Productivity"),
    ["Which workstream is Fenella Darkwood the SRO for?",
     "what workstream does fenella darkwood own as SRO? she's the DoF isn't she, just confrming",
     "Fenella Darkwood is the senior owner of which of the STP's programmes?"], "confrming")
ask("inc2-lead", OWNER, "initiative-lead", [person("Lindgren-Obi")],
    slide(ROW_PAGE["INC2"][0], where="INC table, row INC2, Lead column"),
    ["Who leads the extended GP access scheme?",
     "who's leading extended access (8-8, 7 days) in INC? practice mgr asking about the hubb sites",
     "Who is organising evening and weekend GP appointments across the patch?"], "hubb")
ask("cover-author", OWNER, "paper-author", [["Marchbank"]],
    cite(COVER, "Author | Wendell Marchbank", where="cover sheet table, Author row"),
    ["Who wrote the board cover paper for Annex C?",
     "who authored the PB cover paper on annex C? want to ask about the SRO chnage",
     "Whose name is on the front sheet that went to the December board with the workstream plans?"], "chnage")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("uec3-moved", MILESTONE, "moved-date", [on(30, 4, 2017, "30 April 2017")],
    cite(MAIL, "UEC3 - NHS 111 integrated clinical hub", "Go-live moves from Mar-17 to 30 April 2017",
         where="PMO e-mail: UEC3 go-live moved from Mar-17 (deck) to 30 April 2017"),
    ["When is the NHS 111 integrated clinical hub due to go live?",
     "when does the 111 clinical hub (UEC3) go liev now?",
     "When will the new clinical advice service behind the non-emergency phone number actually start?"],
    "liev", as_of="2017-03-01")
ask("uec3-original", MILESTONE, "original-date", [["Mar-17", "March 2017", "Mar 2017"]],
    slide(ROW_PAGE["UEC3"][0], where="UEC table, row UEC3, Timescale column (v2.1)"),
    ["What go-live date did the October 2016 annex give for the NHS 111 clinical hub?",
     "what was the original date for UEC3 in the annex, before the PMO moved it? for the varience log",
     "Before the procurement was re-run, when had the non-emergency phone clinical service been meant to start?"],
    "varience")
ask("mhcr2-moved", MILESTONE, "moved-date", [["Qtr 1 17/18", "Q1 17/18", "Q1 2017/18", "30 June 2017"]],
    cite(COVER, "In MHCR, the single point of access", where="cover paper 3: MHCR2 moved from Qtr 3 16/17 to "
         "Qtr 1 17/18 (by 30 June 2017)"),
    ["When is the crisis single point of access now expected to open?",
     "when's the MHCR crisis SPA opening now? was meant to be Q3 but the cafe lease slipt",
     "By when will people in a mental health emergency have the all-hours phone line and drop-in cafe?"],
    "slipt", as_of="2017-01-10")
ask("phc1-moved", MILESTONE, "moved-date", [on(1, 7, 2017, "1 July 2017")],
    cite(MAIL, "PHC1 - Healthy Weight pathway", "now 1 July 2017",
         where="PMO e-mail: PHC1 new service live moved from Qtr 4 16/17 to 1 July 2017"),
    ["When will the new Healthy Weight service go live?",
     "when does the PHC1 healthy weight service go live? GP asking where to refer, pls advse",
     "From when can patients be sent to the new weight-loss service?"], "advse", as_of="2017-03-01")
ask("inc1-wave1", MILESTONE, "week-commencing", [["w/c 6 March 2017", "6 March 2017", "6 Mar 2017", "06/03/2017"]],
    cite(MAIL, "INC1 - Integrated neighbourhood teams", "confirmed for w/c 6 March 2017",
         where="PMO e-mail: INC1 wave 1 confirmed for w/c 6 March 2017 (deck: Qtr 4 16/17)"),
    ["When do the first five integrated neighbourhood teams go live?",
     "INC1 wave 1 go live - which week is it confirmed for? the rota needs finalsing",
     "When does the first batch of joined-up community teams start working together?"], "finalsing")
ask("inc5-unknown", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "no date", "not known"]],
    slide(ROW_PAGE["INC5"][0], where="INC table (continued), row INC5, Timescale column"),
    ["When will the clinical pharmacists in general practice be in post?",
     "when are the INC5 clinical pharmacists in post? practices keep chasing the timelin",
     "By when will surgeries have pharmacists working alongside the GPs under the national scheme?"], "timelin")
ask("uec2-open", MILESTONE, "season", [["Winter 2017/18", "winter 2017", "winter 17/18"]],
    slide(ROW_PAGE["UEC2"][0], where="UEC table, row UEC2, Timescale column"),
    ["When is the Tollbeck urgent treatment centre due to open?",
     "when's the tollbeck UTC opening? local paper has been on the phoen",
     "When will the minor injuries unit in Tollbeck become the new walk-in urgent centre?"], "phoen")
ask("pcc3-date", MILESTONE, "day", [on(1, 9, 2017, "01/09/2017")],
    slide(ROW_PAGE["PCC3"][0], where="PCC table, row PCC3, Timescale column"),
    ["When is the one-stop diagnostic clinic for suspected lung and colorectal cancer due to open?",
     "PCC3 one stop cancer clinic - what's the go live dtae?",
     "When will patients with possible lung or bowel cancer be able to get all their tests in one visit?"], "dtae")
ask("asp3-consult", MILESTONE, "season", [["Summer 2017"]],
    slide(ROW_PAGE["ASP3"][0], where="ASP table, row ASP3, Timescale column"),
    ["When is the public consultation on a single-site hyper-acute stroke service planned?",
     "when's the HASU consultation (ASP3)? comms need to start plannning",
     "When will the public be asked about putting specialist stroke care in one hospital?"], "plannning")
ask("mhcr3-iapt", MILESTONE, "deadline", [on(31, 3, 2019, "31/03/2019")],
    slide(ROW_PAGE["MHCR3"][0], where="MHCR table, row MHCR3, Timescale column"),
    ["By when should IAPT access reach 19% of the prevalent population?",
     "IAPT 19% access - what's the deadlien in MHCR3?",
     "By what date should nearly one in five people with common anxiety or depression be getting talking therapy?"],
    "deadlien")
ask("inc4-pharm", MILESTONE, "continued-row", [["Qtr 2 17/18", "Q2 17/18", "Q2 2017/18"]],
    slide(5, 6, where="INC table: row INC4 starts on slide 5 and its timescale is on slide 6 as 'INC4 (cont.)'"),
    ["By when should 60 community pharmacies be signed up to the minor ailments scheme?",
     "INC4 - when are we meant to have 60 pharmacys signed up for minor ailments?",
     "When should dozens of local chemists be on board to treat coughs and colds instead of GPs?"], "pharmacys")
ask("win-inc-q4", MILESTONE, "relative-window",
    [["Integrated neighbourhood teams", "neighbourhood teams", "INC1"],
     ["w/c 6 March 2017", "6 March 2017", "6 Mar 2017"]],
    cite(MAIL, "INC1 - Integrated neighbourhood teams", "confirmed for w/c 6 March 2017",
         where="PMO e-mail: INC1 wave 1 w/c 6 March 2017; no other INC row falls in Q4 16/17"),
    ["Which Integrated Neighbourhood Care milestones fall due this quarter?",
     "anything due for INC this qtr? prepping the delivery grp updaet",
     "What has the community and GP workstream got to deliver between now and the end of the financial year?"],
    "updaet", as_of="2017-01-20")
ask("win-mhcr-q1", MILESTONE, "relative-window",
    [["single point of access", "crisis line", "crisis cafe", "MHCR2"],
     ["Qtr 1 17/18", "30 June 2017", "Q1 17/18"]],
    cite(MAIL, "MHCR2 - Crisis single point of access", "No change since the Board",
         where="PMO e-mail: MHCR2 Qtr 1 17/18 (by 30 June 2017); no other MHCR row falls in Q1 17/18"),
    ["What is due in the Mental Health Crisis & Recovery workstream this quarter?",
     "what's due in MHCR this qtr? doing the board higlights",
     "Which of the mental health crisis commitments should be delivered in the current three months?"],
    "higlights", as_of="2017-05-10")
ask("win-uec-next", MILESTONE, "relative-window",
    [["NHS 111", "clinical hub", "UEC3"], on(30, 4, 2017, "30 April 2017")],
    cite(MAIL, "UEC3 - NHS 111 integrated clinical hub", "Go-live moves from Mar-17 to 30 April 2017",
         where="PMO e-mail: UEC3 moved to 30 April 2017; no other UEC row falls in April 2017"),
    ["Which Urgent & Emergency Care milestones are due next month?",
     "anything UEC due nxt month? need it for the A&E delivery bord",
     "What is the emergency care programme meant to deliver in the coming month?"],
    "bord", as_of="2017-03-15")
ask("win-pcc-next", MILESTONE, "relative-window",
    [["one-stop diagnostic clinic", "diagnostic clinic", "PCC3"], on(1, 9, 2017, "01/09/2017")],
    slide(ROW_PAGE["PCC3"][0], where="PCC table, row PCC3, 01/09/2017; no other PCC row falls in September 2017"),
    ["What is due in the Planned Care & Cancer workstream next month?",
     "what's PCC got due next mnth?",
     "What should the waiting-list and cancer programme be delivering in the month ahead?"],
    "mnth", as_of="2017-08-14")
ask("board-date", MILESTONE, "meeting-date", [on(1, 12, 2016, "1 December 2016")],
    cite(COVER, "Date of meeting | 1 December 2016", where="cover sheet table, Date of meeting row"),
    ["On what date did the STP Partnership Board consider Annex C?",
     "what date was annex C at the partnership brd? need it for the minits",
     "When did the top board meet to sign off the workstream plans?"], "minits")
ask("sro-effective", MILESTONE, "effective-date", [on(1, 1, 2017, "1 January 2017")],
    cite(COVER, "Changes since the October draft", "Dr Wetherall-Nkemelu will take over",
         where="cover paper 3: new PCC SRO from 1 January 2017"),
    ["From what date does Dr Priya Wetherall-Nkemelu become SRO for Planned Care & Cancer?",
     "when does priya W-N start as PCC SRO? updating the org chrat",
     "From when does the Kettlewade medical director take over the waiting-list and cancer programme?"],
    "chrat")
ask("highlight-due", MILESTONE, "deadline", [on(3, 3, 2017, "3 March 2017")],
    cite(MAIL, "Highlight reports for the Delivery Group", "are due to the PMO by Friday 3 March 2017",
         where="PMO e-mail, last paragraph"),
    ["By when are highlight reports for the Delivery Group due to the PMO?",
     "when do DG highlight reports have to be in to PMO? keep missing the deadlnie",
     "When do workstreams have to send in their progress summaries for the next delivery meeting?"],
    "deadlnie")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos (slide read by position)
# ---------------------------------------------------------------------------------------------------------------
WSN = {"UEC": ["UEC", "Urgent & Emergency Care", "Urgent and Emergency Care"],
       "INC": ["INC", "Integrated Neighbourhood Care", "neighbourhood"],
       "MHCR": ["MHCR", "Mental Health Crisis", "crisis & recovery", "crisis and recovery"],
       "ASP": ["ASP", "Acute Sustainability", "Productivity"],
       "PCC": ["PCC", "Planned Care & Cancer", "Planned Care and Cancer", "Planned Care"]}


def mdx(n, *first):
    """Gold for must-do n: the slide's wording first, then bank_tools.md renderings (less 'Primary care' / 'UEC')."""
    return alts(*first, *[f for f in md(n) if f not in ("Primary care", "UEC")])


MDS = slide(MD_PAGE, where="must-do mapping slide: matrix read by the position of the P / S marks")
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "learning disabilities"), mdx(9, "quality")],
    MDS,
    ["Which of the nine national must-dos are not covered by any local workstream?",
     "which must dos have no workstream against them? CRG asked if there are any gaaps",
     "Which national priorities does none of our own programmes pick up?"], "gaaps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [WSN["UEC"], WSN["INC"], WSN["MHCR"]],
    MDS,
    ["Which workstreams contribute to must-do 4 (A&E and ambulance)?",
     "which workstreams are mapped to MD4? doing the 4hr recovry plan",
     "Which of our programmes help with emergency department waits and ambulance response times?"], "recovry")
ask("md2-lead", MUSTDO, "mustdo-lead", [WSN["ASP"]],
    MDS,
    ["Which workstream makes the primary contribution to must-do 2, financial balance?",
     "who's the P for MD2 (financial balance)? ie main workstream on the deficiet",
     "Which programme is mainly carrying the job of getting the system's books back to break-even?"], "deficiet")
ask("inc-mustdos", MUSTDO, "by-workstream", [mdx(2, "financial balance"), mdx(3, "general practice"), mdx(4, "A&E", "ambulance")],
    MDS,
    ["Which national must-dos does Integrated Neighbourhood Care contribute to?",
     "which MDs is INC mapped against (P or S)? for the neighbourhoods assurnce pack",
     "Which of the nine national priorities do the joined-up community teams help deliver?"], "assurnce")
ask("mhcr-mustdos", MUSTDO, "by-workstream", [mdx(4, "A&E", "ambulance"), mdx(7, "Mental health")],
    MDS,
    ["Which national must-dos does the Mental Health Crisis & Recovery workstream contribute to?",
     "what must dos does MHCR cover? just P and S, for the MH comitee",
     "Apart from the plan itself, which national priorities is the mental health crisis work lined up against?"],
    "comitee")
ask("pcc-cancer", MUSTDO, "yes-no", [["primary", "main contributor", "filled circle"]],
    MDS,
    ["Is Planned Care & Cancer the primary or a secondary contributor to the cancer must-do?",
     "is PCC P or S for MD6 cancer? checking befor the cancer alliance mtg",
     "For the national 62-day cancer target, is the hospital waiting-list programme the main one or just helping?"],
    "befor")
ask("md5-lead", MUSTDO, "mustdo-lead", [WSN["PCC"]],
    MDS,
    ["Which workstream leads on the referral to treatment (18 weeks) must-do?",
     "who owns RTT / MD5 as primary? elective backlogg stuff",
     "Which programme is mainly responsible for getting routine operations done within eighteen weeks?"],
    "backlogg")
ask("phc-md3", MUSTDO, "cell-detail", [["secondary", "supporting", "open circle"]],
    MDS,
    ["Does Prevention & Healthy Communities contribute to the general practice must-do, and if so how?",
     "is PHC mapped to MD3 general practise at all? P or S?",
     "Does the public health and wellbeing programme play any part in the national priority on GP services?"],
    "practise")

# ---------------------------------------------------------------------------------------------------------------
# Facts and figures
# ---------------------------------------------------------------------------------------------------------------
FS = slide(FIN_PAGE, where="savings slide: table of £m by workstream and year, Total row and column")
ask("asp-1819", FACT, "figure", [["31.0", "£31m", "31m", "£31.0m"]],
    slide(FIN_PAGE, where="savings slide: ASP row, 2018/19 column"),
    ["What savings is Acute Sustainability & Productivity expected to deliver in 2018/19?",
     "how much does ASP save in 18/19? £m figure for the finanace paper",
     "How much money should the hospital efficiency programme take out in the third year of the plan?"],
    "finanace")
ask("total-2021", FACT, "figure", [["107.0", "£107m", "107m", "£107.0m"]],
    FS,
    ["What are the total workstream savings in 2020/21?",
     "total savings across all workstreams in 20/21? ballpark is fine but exact better, thnx",
     "In the final year of the plan, how much do all the programmes together save?"], "thnx")
ask("gap", FACT, "figure", [["£187.0m", "187.0", "£187m", "187m", "187 million"]],
    slide(FIN_PAGE, where="savings slide: do-nothing financial gap by 2020/21"),
    ["What is the footprint's do-nothing financial gap by 2020/21?",
     "what's the do nothing gap for S&K by 20/21? for a presentaion",
     "If nothing changed, how big a hole would the local NHS budget have by the end of the plan?"], "presentaion")
ask("largest-saver", FACT, "comparison", [["Acute Sustainability", "ASP"]],
    FS,
    ["Which workstream delivers the largest total savings over the five years?",
     "which workstream saves the most in total? want to be shure before the FIG",
     "Which programme is expected to bring in the most money over the life of the plan?"], "shure")
ask("pcc-total", FACT, "figure", [["68.0", "£68m", "68m", "£68.0m"]],
    slide(FIN_PAGE, where="savings slide: PCC row, Total column"),
    ["What are Planned Care & Cancer's total savings from 2016/17 to 2020/21?",
     "PCC total savings over the 5 yrs? need it for the plannned care board",
     "Across the whole plan, how much is the waiting-list and cancer programme meant to save?"], "plannned")
ask("ws-list", FACT, "list", [["Prevention"], ["Neighbourhood"], ["Urgent"], ["Planned Care"],
                              ["Mental Health"], ["Acute Sustainability", "Productivity"]],
    slide(GRID, where="workstream grid: the six workstream boxes"),
    ["What are the six delivery workstreams in Annex C?",
     "what are the 6 workstreams in the STP annex? new starter, trying to get my head roudn it",
     "What are the main programmes the STP is organised into, leaving aside the enablers?"], "roudn")
ask("population", FACT, "figure", [["1,036,000", "1036000", "1.036 million", "1.04 million"]],
    slide(2, where="footprint slide: registered population"),
    ["What is the registered population of the Sheringmoor & Kettlewade footprint?",
     "what's the registered pop for S&K STP? need it for a bid, ta vm, it's urgnt",
     "How many people are registered with GPs across the area the plan covers?"], "urgnt")
ask("stf", FACT, "figure", [["£21.5m", "21.5"]],
    slide(FIN_PAGE, where="savings slide: Sustainability & Transformation Fund in the 2020/21 bridge"),
    ["How much of the 2020/21 gap is closed by the Sustainability & Transformation Fund?",
     "how much STF money closes the gap in 20/21? for the finace subgroup",
     "How much national transformation money is assumed to plug the hole in the last year?"], "finace")
ask("uec3-rag", FACT, "status", [["RAG now R", "Red", "rated R", "R (red)"]],
    cite(MAIL, "UEC3 - NHS 111 integrated clinical hub", "RAG now R (was A)",
         where="PMO e-mail: UEC3 RAG now R (was A in the deck)"),
    ["What is the current RAG rating of the NHS 111 integrated clinical hub?",
     "what's the RAG on UEC3 now? annex says amber but that's old, the dashbaord needs it",
     "How is the non-emergency phone clinical service rated for delivery risk at the moment?"],
    "dashbaord", as_of="2017-03-01")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable: near-misses (absence checked over all papers) and off-topic
# ---------------------------------------------------------------------------------------------------------------
assert "Clinical\nlead: -" in U[DECK][GRID] or "Clinical lead: -" in U[DECK][GRID].replace("\n", " ")
absent("workforce clinical lead", "clinical lead for workforce", "clinical lead for the workforce")
assert MAIL_TEXT.count("clinical\n    lead") + MAIL_TEXT.count("clinical lead") == 1
ask("nm-wf-cl", NONE, "near-miss", [],
    slide(GRID, where="workstream grid: Workforce enabler, 'Clinical lead: -'"),
    ["Who is the clinical lead for the Workforce enabler?",
     "who's the clin lead for workforce? the deck just has a dash, is there anyone yet? askng for HEE",
     "Which clinician advises the staffing and recruitment strand of the plan?"], "askng")
absent("2021/22", "21/22", "2022")
ask("nm-2122", NONE, "near-miss", [],
    slide(FIN_PAGE, where="savings slide stops at 2020/21"),
    ["What savings is Acute Sustainability & Productivity expected to deliver in 2021/22?",
     "ASP savings for 21/22? finance want the yr after the plan ends, any figuers?",
     "How much will the hospital efficiency work save in the year after the plan finishes?"], "figuers")
absent("consultation close", "consultation closes", "consultation will close", "consultation ends",
       "closing date")
ask("nm-utc-consult", NONE, "near-miss", [],
    slide(ROW_PAGE["UEC2"][0], where="UEC2 lists a public consultation with no dates"),
    ["When does the public consultation on the Tollbeck urgent treatment centre close?",
     "closing date for the tollbeck UTC consultation? comms want to plan a last pushh",
     "What is the last day people can have their say about the Tollbeck walk-in centre plans?"], "pushh")
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    slide(GOV, where="governance slide names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership brd? need a deputy to sign the lettr",
     "If the chair of the top board is away, who stands in for them?"], "lettr")
absent("investment for", "invested", "cost of", "budget", "£k")
ask("nm-msk-cost", NONE, "near-miss", [],
    slide(ROW_PAGE["PCC1"][0], where="PCC1 row gives milestones but no cost or investment"),
    ["How much investment has been agreed for the MSK triage and treatment service?",
     "what's the budget for the PCC1 MSK service? need the £ for the bussiness case",
     "How much money is being put into the new joint and back pain referral service?"], "bussiness")
absent("tcp lead", "led by", "chair of the transforming", "transforming care partnership lead",
       "transforming care partnership chair")
ask("nm-tcp-lead", NONE, "near-miss", [],
    slide(GOV, where="governance slide: Transforming Care Partnership box names no one"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP for LD? our LD nurses want a named persn",
     "Who is in charge of the local programme for people with learning disabilities and autism?"], "persn")
absent("parking", "car park")
ask("ot-parking", NONE, "off-topic", [], None,
    ["How do I apply for a staff parking permit at Sheringmoor Royal Infirmary?",
     "how do i get a parking permitt at SRI? new starter",
     "Where do I sort out being allowed to leave my car at the hospital while I'm on shift?"], "permitt")
absent("annual leave", "carry over", "holiday")
ask("ot-leave", NONE, "off-topic", [], None,
    ["How many days of annual leave can I carry over into next year?",
     "can i carry over AL into next yr? how many dayz?",
     "If I haven't used all my holiday, how much can I roll forward?"], "dayz")
absent("payslip", "pay slip", "esr")
ask("ot-payslip", NONE, "off-topic", [], None,
    ["Where can I see my payslip online?",
     "where do i find my payslip onlin? ESR login not working",
     "How do I check what I've been paid this month?"], "onlin")

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
        rel = re.search(r"\b(next month|nxt month|next mnth|this month|this quarter|this qtr|overdue|currently|"
                        r"at present|now|atm)\b", item["question"].lower())
        assert not rel or item["fact"] in ("ab-ot-payslip",), (item["id"], rel)
out = HERE / "questions.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS))
assert bank_tools.check(out, PAPERS) == 0
kinds, shapes = {}, {}
for v in facts.values():
    kinds[v[0]["kind"]] = kinds.get(v[0]["kind"], 0) + 1
    shapes[v[0]["shape"]] = shapes.get(v[0]["shape"], 0) + 1
print("facts", len(facts), "questions", len(ITEMS), kinds)
print(shapes)
