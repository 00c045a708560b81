"""Write questions.jsonl for the Corvedon & Hartsmere STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (docx body blocks, pptx slides, xlsx
'Sheet!row'), and the first alternative of every gold group must be in that window. Facts that need a step of
reasoning are worked out again here from the generated files, not from make_papers.py:
  - the transposed programme tables of the narrative are read back column by column (python-docx), so each
    programme's SRO, clinical lead and milestones are known from its column;
  - the must-do table of the annex is read with python-pptx: must-dos are columns, programmes rows;
  - the tracker's merged programme cells are filled down, the Revised date taken over the Original, then the
    note's changes applied (each asserted to be written in the note), and every relative window asserted to hold
    exactly the expected milestones of its programme with none partly inside;
  - the Finance sheet is re-added against its Total row.
Unanswerable facts are checked for absence over every paper. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: /work/main/.venv/bin/python make_questions.py
"""

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
NAR = "01_CH_STP_Narrative_Draft_v0.9_21Oct2016.docx"
ANX = "02_CH_STP_Annex_B_Programme_Plans_Nov2016.pptx"
TRK = "03_CH_STP_PMO_Milestone_Tracker_as_at_31.01.2017.xlsx"
NOTE = "04_CH_STP_Programme_Board_Note_of_Meeting_14032017.docx"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
PFX = "ac"


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def cite(file, anchor, until=None, sheet=None, where=""):
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
        ITEMS.append({"id": f"{PFX}-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"{PFX}-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations from the files
# ---------------------------------------------------------------------------------------------------------------
def narrative_columns():
    """{code: {'SRO':..., 'Clinical lead':..., 'milestones': [...], 'savings':...}} from the transposed tables."""
    import docx
    doc, out = docx.Document(str(PAPERS / NAR)), {}
    for tbl in doc.tables:
        heads = [c.text for c in tbl.rows[0].cells]
        assert heads[0] == "Programme", heads
        for j, head in enumerate(heads[1:], 1):
            code = head.split()[0]
            col = {"name": head, "milestones": []}
            for row in tbl.rows[1:]:
                label, value = row.cells[0].text, row.cells[j].text
                if label == "Key milestones":
                    col["milestones"].append(value)
                else:
                    col[label] = value
            out[code] = col
    assert sorted(out) == ["P1", "P2", "P3", "P4", "P5", "P6"], sorted(out)
    return out


def mustdo_table():
    """{programme row label: [9 cells]} from the annex's must-do slide (must-dos are the columns)."""
    from pptx import Presentation
    for slide in Presentation(str(PAPERS / ANX)).slides:
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = [[c.text for c in r.cells] for r in shape.table.rows]
                if "must" not in rows[0][0].lower() and rows[0][1].startswith("1 "):
                    assert len(rows[0]) == 10
                    return {r[0]: r[1:] for r in rows[1:]}
    raise AssertionError("no must-do table")


def tracker_rows():
    """Milestone rows with the merged programme cell filled down and the revised date over the original."""
    from openpyxl import load_workbook
    ws = load_workbook(str(PAPERS / TRK))["Milestones"]
    head = [c.value for c in ws[4]]
    out, programme = {}, None
    for r in ws.iter_rows(min_row=5, values_only=True):
        rec = dict(zip(head, r))
        if rec["Programme"]:
            programme = rec["Programme"].split()[0]
        if not rec["Ref"]:
            continue
        due = rec["Revised date"] or rec["Original date"]
        out[rec["Ref"]] = {"programme": programme, "milestone": rec["Milestone"], "lead": rec["Lead"],
                           "due": due.date() if hasattr(due, "date") else due, "status": rec["Status"]}
    return out


def month_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"], 1)}


def period(due):
    """(start, end) of a due date as printed: a day, 'Mon-YY', 'Qn YY/YY', 'Season YYYY[/YY]'; None if unknown."""
    if isinstance(due, date):
        return due, due
    text = str(due).lower().replace("by ", "").strip()
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", text):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return d, d
    if m := re.fullmatch(r"([a-z]{3})-(\d\d)", text):
        y, mo = 2000 + int(m[2]), MONTHS[m[1]]
        return date(y, mo, 1), month_end(y, mo)
    if m := re.fullmatch(r"q([1-4]) (\d\d)/\d\d", text):
        q, y = int(m[1]), 2000 + int(m[2])
        mo = 4 + 3 * (q - 1)
        y, mo = (y + 1, mo - 12) if mo > 12 else (y, mo)
        return date(y, mo, 1), month_end(y, mo + 2)
    if m := re.fullmatch(r"(winter|summer|autumn|spring) (\d{4})(/\d\d)?", text):
        y = int(m[2])
        return {"winter": (date(y, 12, 1), month_end(y + 1, 2)), "spring": (date(y, 3, 1), month_end(y, 5)),
                "summer": (date(y, 6, 1), month_end(y, 8)), "autumn": (date(y, 9, 1), month_end(y, 11))}[m[1]]
    if text == "tbc":
        return None
    raise ValueError(due)


COLS = narrative_columns()
MD = mustdo_table()
ROWS = tracker_rows()

# the note's changes, each asserted to be written in the note
NOTE_TEXT = norm("\n".join(U[NOTE].values()))
CHANGES = {"P5.1": ("opening moves from mar-17 to 31/05/2017", date(2017, 5, 31)),
           "P2.1": ("will now go live in jan-18, not oct-17", "Jan-18"),
           "P4.2": ("previously tbc, is set at 30 september 2017", date(2017, 9, 30)),
           "P6.2": ("deferred from summer 2017 to autumn 2017", "Autumn 2017")}
for ref, (phrase, new) in CHANGES.items():
    assert phrase in NOTE_TEXT, phrase
    ROWS[ref]["due"] = new
assert "go-live stays dec-17" in NOTE_TEXT


def window(programme, as_of, end=None, overdue=False):
    """Refs of a programme's milestones wholly inside [as_of, end] (or overdue at as_of); asserts none partly in."""
    hits = []
    for ref, row in ROWS.items():
        if row["programme"] != programme:
            continue
        p = period(row["due"])
        if p is None:
            continue
        if overdue:
            if p[1] < as_of and row["status"] != "Complete":
                hits.append(ref)
            continue
        inside = as_of <= p[0] and p[1] <= end
        partly = not inside and p[0] <= end and p[1] >= as_of
        assert not partly, (ref, row["due"], as_of, end)
        if inside:
            hits.append(ref)
    return sorted(hits)


# narrative columns agree with the tracker and the annex
for ref, row in ROWS.items():
    assert any(norm(row["milestone"]) in norm(m) for m in COLS[row["programme"]]["milestones"]), ref
savings = bank_tools.xlsx_units(PAPERS / TRK)
for code in COLS:
    assert COLS[code]["Savings 2020/21 (£m)"] in savings[f"Finance!{3 + int(code[1])}"], code

# ---------------------------------------------------------------------------------------------------------------
# Gold renderings
# ---------------------------------------------------------------------------------------------------------------
PROG = {"P1": ["Healthy Lives", "P1"],
        "P2": ["Community Care Hubs", "CCH", "P2", "community care hub"],
        "P3": ["Urgent & Emergency Care", "UEC", "Urgent and Emergency Care", "P3"],
        "P4": ["Planned Care & Cancer", "Planned Care and Cancer", "PCC", "P4"],
        "P5": ["Mental Health & Wellbeing", "Mental Health and Wellbeing", "MHW", "P5"],
        "P6": ["Acute Collaboration", "P6"]}


def mdx(n, *first):
    """Gold for must-do n: the slide's wording first, then bank_tools.md renderings (less 'UEC' / 'Primary care')."""
    return alts(*first, *[f for f in md(n) if f not in ("UEC", "Primary care")])


def month(mon, y):
    long = date(y, MONTHS[mon.lower()], 1).strftime("%B")
    return alts(f"{mon}-{str(y)[2:]}", f"{long} {y}", f"{mon} {y}", f"{mon} {str(y)[2:]}")


# ===============================================================================================================
# OWNER facts (16)
# ===============================================================================================================
assert COLS["P3"]["Senior Responsible Owner"] == "Alasdair Quennell"
ask("uec-sro-now", OWNER, "changed-owner", [["Laxfield"]],
    cite(NOTE, "Bernadette Laxfield, Chief Operating Officer", where="item 1, Leadership changes"),
    ["Who is the Senior Responsible Owner for the Urgent & Emergency Care programme?",
     "who's the SRO for UEC now? need to send them the 4hr paper, Alasdair's gone hasnt he",
     "Who is now the senior person answerable for the A&E and front-door programme?"],
    "hasnt", as_of="2017-04-20")
ask("uec-sro-before", OWNER, "previous-holder", [["Quennell"]],
    cite(NAR, "Alasdair Quennell, Chief Executive of Corvedon", where="para 3.3; Table 4a"),
    ["Who was the Senior Responsible Owner for Urgent & Emergency Care in the October 2016 plan?",
     "who was UEC SRO originaly, before the handover?",
     "Who first led the A&E and front-door programme when the plan was submitted?"], "originaly")
ask("uec-sro-change-date", OWNER, "when-changed", [on(1, 4, 2017, "1 April 2017")],
    cite(NOTE, "SRO for UEC from 1 April 2017", where="item 1, Leadership changes"),
    ["From what date does Bernadette Laxfield become SRO for Urgent & Emergency Care?",
     "when does bernadette take over as UEC SRO? what's the efective date",
     "When does the handover of the A&E programme from the CHFT chief executive happen?"], "efective")
assert COLS["P6"]["Clinical lead"] == "tbc"
ask("p6-clinical-lead", OWNER, "filled-tbc", [["Castleford"]],
    cite(NOTE, "Dr Ewan Castleford", where="item 1, Leadership changes (was tbc in Table 4b)"),
    ["Who is the clinical lead for the Acute Collaboration programme (P6)?",
     "who's clin lead for P6 acute collab? narrative just says tbc, has somone been named",
     "Which doctor is clinically leading the work on the two hospitals working as one?"], "somone")
assert COLS["P5"]["Senior Responsible Owner"] == "Desmond Farrier-Lowe"
ask("mhw-sro", OWNER, "role-holder", [person("Farrier-Lowe")],
    cite(NAR, "Desmond Farrier-Lowe, Chief Executive", where="para 3.3 bullet"),
    ["Who is the Senior Responsible Owner for the Mental Health & Wellbeing programme?",
     "who's SRO for MHW (P5)? want to invite them to the crisis care concordat mtg. thnks",
     "Who is the executive in charge of our mental health programme?"], "thnks")
assert COLS["P4"]["Clinical lead"] == "Mr Conrad Illingworth"
ask("pcc-clinical-lead", OWNER, "role-holder", [["Illingworth"]],
    cite(NAR, "Clinical lead | Mr Conrad Illingworth", where="Table 4b, Clinical lead row, P4 column"),
    ["Who is the clinical lead for Planned Care & Cancer (P4)?",
     "clin lead for PCC? surgeons asking who to speak to abt the MSK pathwya",
     "Which clinician is leading the work on operations, outpatients and cancer diagnosis?"], "pathwya")
ask("renwick-hale-role", OWNER, "role-of-person",
    [["Accountable Officer"], ["Hartsmere & Lynd Valley", "Hartsmere and Lynd Valley", "H&LV"]],
    cite(NAR, "Tobias Renwick-Hale, Accountable Officer", where="para 3.3 bullet"),
    ["What post does Tobias Renwick-Hale hold?",
     "what's tobias renwick-hale's day job? he's SRO for CCH but which orgnisation is he from",
     "The man running the hubs programme - what's his actual job and employer?"], "orgnisation")
ask("achterberg-programme", OWNER, "programme-of-person", [PROG["P4"]],
    cite(NAR, "Rosalind Achterberg, Medical Director", where="para 3.3 bullet"),
    ["Which programme does Rosalind Achterberg lead as SRO?",
     "which workstream is rosalind achterberg SRO for? the HRI med director, i beleive",
     "What part of the plan is the HRI Medical Director in charge of?"], "beleive")
ask("pb-chair", OWNER, "governance", [["Oakenshaw"]],
    cite(NAR, "chaired by Dame Philippa Oakenshaw", where="para 3.1"),
    ["Who chairs the STP Partnership Board?",
     "who chiars the STP partnership brd? comms need it",
     "Who sits at the head of the top-level board for the whole plan?"], "chiars")
ask("footprint-lead", OWNER, "governance", [["Coldstream"]],
    cite(NAR, "Miriam Coldstream, Chief Executive of Hartsmere", where="para 1.3"),
    ["Who is the footprint lead for the Corvedon & Hartsmere STP?",
     "who is the C&H STP lead overal? the footprint lead person",
     "Which chief executive is ultimately accountable for the whole plan?"], "overal")
ask("programme-director", OWNER, "governance", [person("Ashdown-Reyes")],
    cite(NAR, "Kwabena Ashdown-Reyes, STP Programme Director", where="para 3.2"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director running the PMO? need to escalte a tracker issue",
     "Who runs the office that keeps the plan's milestones and tracker?"], "escalte")
ask("finance-lead", OWNER, "governance", [["Mallinder"]],
    cite(NAR, "Fergus Mallinder, Chief Finance Officer", where="para 3.2"),
    ["Who leads the STP Finance & Activity Group?",
     "who leads the F&A group for the STP? finance querys about the savings",
     "Who heads up the group looking after the money and activity numbers?"], "querys")
ask("digital-lead", OWNER, "role-holder", [["Welbourne"]],
    cite(NAR, "Priyanka Welbourne, Chief Information Officer", where="para 3.4"),
    ["Who leads the Digital enabler (Local Digital Roadmap)?",
     "who's the lead for digital / LDR in the STP? IT want to knw",
     "Who is in charge of the IT and shared records side of the plan?"], "knw")
assert ROWS["P3.2"]["lead"] == "Gwen Attenborough"
ask("cas-lead", OWNER, "initiative-lead", [["Attenborough"]],
    cite(ANX, "NHS 111 Clinical Assessment Service (CAS) live | Gwen Attenborough", where="P3 slide, milestone table"),
    ["Who is the lead for the NHS 111 Clinical Assessment Service milestone?",
     "who's leading the 111 CAS work under UEC? 111 provider askng",
     "Who is in charge of getting clinicians into the non-emergency phone line service?"], "askng")
assert ROWS["P2.3"]["lead"] == "Nkechi Halloran"
ask("care-home-lead", OWNER, "initiative-lead", [["Halloran"]],
    cite(TRK, "Care home support team in place", sheet="Milestones", where="Milestones sheet, P2.3"),
    ["Who is the lead for setting up the care home support team?",
     "who leads the care home suport team bit of CCH (P2.3)?",
     "Who should nursing homes talk to about the new team that will help them look after residents?"], "suport")
sros = [COLS[c]["Senior Responsible Owner"] for c in sorted(COLS)]
assert sros == ["Dr Marguerite Fanshawe", "Tobias Renwick-Hale", "Alasdair Quennell", "Rosalind Achterberg",
                "Desmond Farrier-Lowe", "Gideon Strathairn"], sros
ask("sro-list", OWNER, "list",
    [["Fanshawe"], person("Renwick-Hale"), ["Quennell"], ["Achterberg"], person("Farrier-Lowe"), ["Strathairn"]],
    cite(NAR, "Dr Marguerite Fanshawe, Director of Public Health", "Gideon Strathairn, Director of Strategy",
         where="para 3.3 bullets (and Tables 4a/4b, Senior Responsible Owner row)"),
    ["List the Senior Responsible Owners of the six priority programmes.",
     "who are the SROs for P1-P6? doing the governence chart",
     "Give me the names of the senior people in charge of each of our six main programmes."], "governence",
    as_of="2017-02-01")


# ===============================================================================================================
# MILESTONE facts (13 + 4 relative windows)
# ===============================================================================================================
ask("crisis-cafe-now", MILESTONE, "moved-date", [on(31, 5, 2017, "31/05/2017"), ],
    cite(NOTE, "Opening moves from Mar-17 to 31/05/2017", where="item 2"),
    ["When is the crisis café in Corvedon town centre due to open?",
     "when does the crisis cafe open in corvedon? heard it's slipped, what's the lastest",
     "When will the drop-in place for people in mental health crisis in Corvedon open its doors?"], "lastest")
ask("crisis-cafe-original", MILESTONE, "original-date", [month("Mar", 2017)],
    cite(NAR, "Crisis café opens in Corvedon town centre – Mar-17", where="Table 4b, Key milestones row 1, P5"),
    ["What opening date did the original plan give for the Corvedon crisis café?",
     "what was the crisis cafe date orignally in the STP before it slipped?",
     "Before the delay, when was the Corvedon mental health drop-in meant to open?"], "orignally")
ask("hubs-now", MILESTONE, "moved-date", [month("Jan", 2018)],
    cite(NOTE, "will now go live in Jan-18", where="item 3"),
    ["When will the first four Community Care Hubs go live?",
     "when are the 1st 4 CCH hubs going live now? tracker says oct, is that rigth",
     "When do the first of the new joined-up local health and care centres start running?"], "rigth")
ask("hubs-why", MILESTONE, "decision-reason", [["Lynd Valley"], ["estates"]],
    cite(NOTE, "Estates works at the Lynd Valley site", where="item 3"),
    ["Why has the go-live of the first four Community Care Hubs been moved?",
     "why did the CCH go-live slip to jan? GP practices asking for the resaon",
     "What is holding up the opening of the first local health and care centres?"], "resaon")
ask("rdc-bc", MILESTONE, "date-set-from-tbc", [on(30, 9, 2017, "30 September 2017")],
    cite(NOTE, "set at 30 September 2017", where="item 4"),
    ["When is the rapid diagnostic centre business case due?",
     "RDC bus case - is there a date yet? plan just said tbc. cancer alliance chasnig",
     "By when should the case for a one-stop cancer testing centre be written?"], "chasnig")
ask("stroke-consultation", MILESTONE, "moved-season", [alts("Autumn 2017", "autumn 2017")],
    cite(NOTE, "deferred from Summer 2017 to Autumn 2017", where="item 5"),
    ["When will the public consultation on a single hyper-acute stroke unit take place?",
     "when's the HASU consulation happening? still summer?",
     "When will the public be asked about bringing emergency stroke care onto one site?"], "consulation")
ask("path-obc", MILESTONE, "revised-date", [on(28, 2, 2017, "28/02/2017")],
    cite(TRK, "Shared pathology Outline Business Case", sheet="Milestones", where="Milestones sheet, P6.1 Revised date"),
    ["What is the revised date for the shared pathology Outline Business Case?",
     "shared path OBC - what's the revised date? it was Q3 but it's been pushed bak",
     "The business case for merging the two hospitals' labs was late - when is it now expected?"], "bak")
ask("cas-date", MILESTONE, "quarter", [alts("Q2 17/18", "Q2 2017/18", "July to September 2017", "Jul-Sep 2017",
                                            "quarter 2 2017/18")],
    cite(ANX, "NHS 111 Clinical Assessment Service (CAS) live", where="P3 slide, milestone table"),
    ["When is the NHS 111 Clinical Assessment Service due to go live?",
     "when's 111 CAS due? UEC delivry board wants it",
     "When will the non-emergency phone line have clinicians assessing callers?"], "delivry")
ask("d2a-date", MILESTONE, "day", [on(30, 6, 2017, "30/06/2017")],
    cite(NAR, "Discharge to Assess (D2A) on all CGH medical wards – 30/06/2017", where="Table 4a, P3 column"),
    ["By what date should Discharge to Assess be running on all CGH medical wards?",
     "D2A on all CGH med wards - what's the deadine?",
     "When should every medical ward at Corvedon General be sending patients home to be assessed there?"],
    "deadine")
ask("care-home-date", MILESTONE, "season", [alts("Winter 2017/18", "winter 2017-18", "Winter 17/18")],
    cite(NAR, "Care home support team in place – Winter 2017/18", where="Table 4a, P2 column"),
    ["When should the care home support team be in place?",
     "care home suppport team for CCH - when's it due?",
     "When will nursing homes get their new dedicated support team?"], "suppport")
ask("utc-date", MILESTONE, "confirmed-date", [month("Dec", 2017)],
    cite(NOTE, "Go-live stays Dec-17", where="item 6"),
    ["When will the Urgent Treatment Centre at the HRI front door open?",
     "HRI UTC go live - still dec or has it movd?",
     "When does the new walk-in urgent care service at Hartsmere's front door start?"], "movd")
ask("mecc-date", MILESTONE, "deadline", [on(31, 3, 2018, "31/03/2018")],
    cite(NAR, "MECC training delivered to 2,000 front-line staff – by 31/03/2018", where="Table 4a, P1 column"),
    ["By when should MECC training be delivered to 2,000 front-line staff?",
     "MECC trainng for 2k staff - deadline?",
     "By what date should two thousand frontline workers be trained to raise healthy living in every conversation?"],
    "trainng")
ask("next-meeting", MILESTONE, "meeting-date", [on(11, 4, 2017, "11 April 2017")],
    cite(NOTE, "Tuesday 11 April 2017", where="item 8"),
    ["When is the next STP Programme Board meeting after 14 March 2017?",
     "when's the next prog board after the march one? need to get papres in",
     "When do the programme leads next meet as a board after the mid-March meeting?"], "papres")

assert window("P1", date(2017, 2, 1), overdue=True) == ["P1.1"]
ask("p1-overdue", MILESTONE, "relative-window", [["Healthy weight service specification"]],
    cite(TRK, "Healthy weight service specification agreed", sheet="Milestones", where="Milestones sheet, P1.1"),
    ["Which Healthy Lives (P1) milestones are overdue?",
     "anything overdue on P1 healthy lives? doing the hilight report",
     "Has the prevention programme missed any of its deadlines so far?"], "hilight", as_of="2017-02-01")
assert window("P5", date(2017, 4, 10), date(2017, 6, 10)) == ["P5.1"]
ask("p5-next-2-months", MILESTONE, "relative-window", [on(31, 5, 2017, "31/05/2017")],
    cite(NOTE, "Opening moves from Mar-17 to 31/05/2017", where="item 2 (moved from Mar-17)"),
    ["What Mental Health & Wellbeing (P5) milestones are due in the next 2 months?",
     "what's due for MHW in the next 2 months? team mtg tomorow",
     "Is anything in the mental health programme meant to land between now and early June?"], "tomorow",
    as_of="2017-04-10")
assert window("P3", date(2017, 6, 9), date(2017, 6, 30)) == ["P3.3"]
ask("p3-next-4-weeks", MILESTONE, "relative-window", [["Discharge to Assess", "D2A"]],
    cite(TRK, "Discharge to Assess (D2A) on all CGH", sheet="Milestones", where="Milestones sheet, P3.3"),
    ["Which Urgent & Emergency Care milestones fall due in the next 3 weeks?",
     "anything due for UEC in the next 3 wks? A&E deliverey board next week",
     "What should the A&E and front-door programme deliver between now and the end of June?"], "deliverey",
    as_of="2017-06-09")
assert window("P4", date(2017, 8, 1), date(2017, 10, 1)) == ["P4.2", "P4.3"]
ask("p4-next-2-months", MILESTONE, "relative-window", [["ophthalmology"], ["diagnostic centre"]],
    cite(TRK, "Rapid diagnostic centre business case", "Community ophthalmology service", sheet="Milestones",
         where="Milestones sheet, P4.2 (date set by the note, item 4) and P4.3"),
    ["Which Planned Care & Cancer milestones are due in the next two months?",
     "PCC - what's due next 2 months? cancer mangers want to know",
     "What's coming up soon in the operations, eyes and cancer programme?"], "mangers", as_of="2017-08-01")

# ===============================================================================================================
# MUST-DO facts (7)
# ===============================================================================================================
MDSRC = cite(ANX, "Our programmes against the 9 National Must Do's", where="must-do slide: must-dos are columns")
col = lambda n: {k: v[n - 1] for k, v in MD.items() if v[n - 1]}  # noqa: E731
assert col(8) == {}
ask("md-gap", MUSTDO, "mustdo-gap", [mdx(8, "Learning disabilities")], MDSRC,
    ["Which of the nine national must-dos has no STP programme against it?",
     "which must do isn't covered by any of our programmes? checking for gapps",
     "Is there a national priority that none of our programmes picks up at all?"], "gapps")
assert col(4) == {"P2 Community Care Hubs": "Partly", "P3 Urgent & Emergency Care": "Yes",
                  "P5 Mental Health & Wellbeing": "Via UEC", "Enabler: Digital": "Via UEC"}
ask("md4-cover", MUSTDO, "mustdo-coverage", [PROG["P3"], PROG["P2"], PROG["P5"], ["Digital"]], MDSRC,
    ["Which programmes contribute to must-do 4 (A&E and ambulance)?",
     "what's mapped to MD4? doing the A&E recovry plan",
     "Which parts of our plan help with A&E waits and ambulances?"], "recovry")
assert MD["P5 Mental Health & Wellbeing"][3] == "Via UEC"
ask("md4-p5-cell", MUSTDO, "mustdo-cell", [["Via UEC"]], MDSRC,
    ["What does the must-do table show for Mental Health & Wellbeing against must-do 4?",
     "MHW vs MD4 in the must do grid - what does the cel say?",
     "How is the mental health programme counted towards the A&E standard in the national priorities grid?"],
    "cel")
assert MD["P4 Planned Care & Cancer"][1] == "Partly"
ask("md2-p4-cell", MUSTDO, "mustdo-cell", [["Partly"]], MDSRC,
    ["Does Planned Care & Cancer deliver must-do 2 (financial balance) in the must-do table?",
     "PCC against MD2 finance - yes or partly? quick chek",
     "Does the planned care programme fully sort out our money problem according to the national priorities grid?"],
    "chek")
p4 = [i + 1 for i, v in enumerate(MD["P4 Planned Care & Cancer"]) if v]
assert p4 == [1, 2, 5, 6], p4
ask("p4-mustdos", MUSTDO, "by-programme", [mdx(5, "RTT 18 weeks"), mdx(6, "Cancer 62 days"),
                                           mdx(2, "Financial balance")], MDSRC,
    ["Which national must-dos does the Planned Care & Cancer programme contribute to?",
     "which MDs does PCC hit? for the planed care board",
     "Which of the national priorities does our operations and cancer programme help with?"], "planed")
assert col(9) == {"P6 Acute Collaboration": "Partly", "Enabler: Workforce": "Partly"}
ask("md9-cover", MUSTDO, "mustdo-coverage", [PROG["P6"], ["Workforce"]], MDSRC,
    ["Which programmes contribute to must-do 9 (quality / special measures)?",
     "who covers MD9 quality? quality commitee asking",
     "Which parts of the plan help with improving quality and getting out of special measures?"], "commitee")
assert col(6) == {"P1 Healthy Lives": "Partly", "P4 Planned Care & Cancer": "Yes"}
ask("md6-cover", MUSTDO, "mustdo-coverage", [PROG["P4"], PROG["P1"]], MDSRC,
    ["Which programmes contribute to must-do 6 (cancer 62 days)?",
     "which progs are against MD6 cancer? for the cancer aliance meeting",
     "Which of our programmes help get people with suspected cancer treated within two months?"], "aliance")

# ===============================================================================================================
# FACTS: figures, status, decision (11)
# ===============================================================================================================
ask("population", FACT, "figure", [["874,500", "874500"]],
    cite(NAR, "registered population of 874,500", where="para 1.2"),
    ["What is the registered population of the Corvedon & Hartsmere footprint?",
     "what's the total reg populaton for C&H? for a slide intro",
     "How many people does the whole plan area cover?"], "populaton")
ask("corvedon-pop", FACT, "figure", [["512,300", "512300"]],
    cite(NAR, "512,300 registered with Corvedon CCG", where="para 1.2"),
    ["How many people are registered with Corvedon CCG?",
     "corvedon CCG registerd pop?",
     "How many patients are on the books of the Corvedon commissioners?"], "registerd")
ask("gap", FACT, "figure", [["£163.4m", "163.4"]],
    cite(NAR, "financial gap of £163.4m", where="para 2.1"),
    ["What is the do-nothing financial gap for the footprint by 2020/21?",
     "do nothing gap by 20/21? roughly £160m isn't it, need exact figre",
     "How much money would we be short by 2020/21 if nothing changed?"], "figre")
fin = {k: v for k, v in savings.items() if k.startswith("Finance!")}
tot = [float(x) for x in fin["Finance!10"].split(" | ")[1:]]
for i in range(5):
    assert abs(sum(float(fin[f"Finance!{r}"].split(" | ")[1 + i]) for r in range(4, 10)) - tot[i]) < 1e-6
assert tot[4] == 91.2 and abs(91.2 + 49.7 + 22.5 - 163.4) < 1e-6
ask("p4-savings", FACT, "figure", [["21.3"]],
    cite(NAR, "Savings 2020/21 (£m) | 21.3", where="Table 4b, Savings row, P4 column"),
    ["What savings is Planned Care & Cancer expected to deliver in 2020/21?",
     "PCC savings in 20/21? £m figure for the fincance pack",
     "How much money should the operations and cancer programme save in the last year of the plan?"], "fincance")
ask("total-savings", FACT, "figure", [["£91.2m", "91.2"]],
    cite(NAR, "Total programme savings in 2020/21 are £91.2m", where="para 4.2"),
    ["What are the total programme savings in 2020/21?",
     "total savings across all 6 progs in 20/21? the big numbr",
     "Adding up all six programmes, how much do we save in the final year?"], "numbr")
ask("stf", FACT, "figure", [["£22.5m", "22.5"]],
    cite(NAR, "Sustainability and Transformation Fund (STF), £22.5m", where="para 2.2"),
    ["How much of the gap is to be closed by the Sustainability and Transformation Fund?",
     "how much STF are we counting on? for the bridge sldie",
     "How much national transformation money is assumed in closing our financial gap?"], "sldie")
assert "9.4" in fin["Finance!5"].split(" | ")[3]
ask("p2-savings-1819", FACT, "figure", [["9.4"]],
    cite(TRK, "P2 Community Care Hubs", sheet="Finance", where="Finance sheet, P2 row, 2018/19 column"),
    ["What savings are phased for Community Care Hubs in 2018/19?",
     "CCH savings for 18/19 - £m? phasing tab of the trakcer",
     "How much should the hubs programme save two years in?"], "trakcer")
ask("hub-count", FACT, "figure", [["Eleven", "11"]],
    cite(NAR, "Eleven Community Care Hubs", where="para 2.3"),
    ["How many Community Care Hubs are planned in total?",
     "how many CCH hubs altogther? for the public engagement leaflet",
     "How many of the new joined-up local health and care centres will there be across the area?"], "altogther")
big = max(COLS, key=lambda c: float(COLS[c]["Savings 2020/21 (£m)"]))
assert big == "P6"
ask("largest-saver", FACT, "comparison", [PROG["P6"]],
    cite(TRK, "P1 Healthy Lives", "Total", sheet="Finance", where="Finance sheet, 2020/21 column (and Tables 4a/4b)"),
    ["Which programme is expected to deliver the largest savings in 2020/21?",
     "which prog has the biggest savings in 20/21? finance direcor wants to know",
     "Which of our six programmes saves the most money by the end of the plan?"], "direcor")
assert ROWS["P3.2"]["status"] == "At risk"
ask("cas-status", FACT, "status", [["At risk"]],
    cite(TRK, "NHS 111 Clinical Assessment Service", sheet="Milestones", where="Milestones sheet, P3.2 Status"),
    ["What is the status of the NHS 111 Clinical Assessment Service milestone in the PMO tracker?",
     "status of 111 CAS on the trakker?",
     "Is the non-emergency phone line clinical service going to plan, according to the PMO?"], "trakker")
ask("board-approved", FACT, "decision", [["UTC service specification", "service specification"]],
    cite(NOTE, "The Board APPROVED the UTC service specification", where="item 6"),
    ["What did the Programme Board approve at its meeting on 14 March 2017?",
     "what did prog board aprove in march?",
     "Which document got the go-ahead at the March programme leads' meeting?"], "aprove")

# ===============================================================================================================
# UNANSWERABLE near-misses (9)
# ===============================================================================================================
absent("vice chair", "vice-chair", "deputy chair")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(NAR, "chaired by Dame Philippa Oakenshaw", where="para 3.1 names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Partnership Board?",
     "who's vice chair of the partnership board? dame philippa's away, who deputsies",
     "If the independent chair can't make it, who stands in to run the top board?"], "deputsies")
absent("ccio", "chief clinical information", "digital clinical lead", "clinical lead for digital")
ask("nm-digital-clinical", NONE, "near-miss", [],
    cite(NAR, "Priyanka Welbourne, Chief Information Officer", where="para 3.4: Digital lead only, no clinical lead"),
    ["Who is the clinical lead for the Digital enabler?",
     "who's the digital clin lead / CCIO for the LDR? need a clinican to sign off",
     "Which doctor is the clinical voice on the IT and shared record work?"], "clinican")
absent("2021/22", "21/22", "2021-22")
ask("nm-uec-2122", NONE, "near-miss", [],
    cite(TRK, "P3 Urgent & Emergency Care", sheet="Finance", where="Finance sheet stops at 2020/21"),
    ["What savings will Urgent & Emergency Care deliver in 2021/22?",
     "UEC savings for 21/22? the yr after the plan ends, for the long term finacial model",
     "How much will the A&E programme save in the year after the plan finishes?"], "finacial")
absent("capital", "cost of the utc", "capex")
ask("nm-utc-capital", NONE, "near-miss", [],
    cite(NOTE, "The Board APPROVED the UTC service specification", where="item 6: no cost given"),
    ["What is the capital cost of the Urgent Treatment Centre at HRI?",
     "how much capitol is the HRI UTC costing?",
     "How much is it costing to build the new urgent care centre at Hartsmere's front door?"], "capitol")
absent("tcp lead", "led by", "chair of the transforming", "transforming care partnership lead", "tcp chair",
       "tcp is chaired")
ask("nm-tcp-lead", NONE, "near-miss", [],
    cite(NAR, "Transforming Care Partnership (TCP) plan", where="para 5.1: TCP named, no lead"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP? LD team want a contcat",
     "Who is in charge of the local programme for people with learning disabilities and autism?"], "contcat")
absent("closing date", "closes on", "close on", "consultation will close", "consultation closes", "consultation ends", "12 weeks", "twelve weeks")
ask("nm-stroke-close", NONE, "near-miss", [],
    cite(NOTE, "deferred from Summer 2017 to Autumn 2017", where="item 5: season only, no closing date"),
    ["On what date will the stroke unit public consultation close?",
     "when does the HASU consultation clos? comms need the end date",
     "What's the last day people can have their say on moving emergency stroke care to one site?"], "clos")
absent("over 65", "over-65", "aged 65", "65 and over", "older people")
ask("nm-over-65", NONE, "near-miss", [],
    cite(NAR, "registered population of 874,500", where="para 1.2 gives only totals by CCG"),
    ["How many people aged 65 and over live in the Corvedon & Hartsmere footprint?",
     "how many over 65s in C&H? frailty bid needs the nummbers",
     "How many older residents do we have across the plan area?"], "nummbers")
absent("full business case", "fbc")
ask("nm-path-fbc", NONE, "near-miss", [],
    cite(TRK, "Shared pathology Outline Business Case", sheet="Milestones", where="only the OBC is dated"),
    ["When is the shared pathology Full Business Case due?",
     "shared path FBC date? we've got the OBC date but not the ful one",
     "When will the final, full go-ahead case for merging the two labs be ready?"], "ful")
absent("opening hours", "open from", "24/7", "24 hours", "evenings", "weekends")
ask("nm-cafe-hours", NONE, "near-miss", [],
    cite(NOTE, "Opening moves from Mar-17 to 31/05/2017", where="item 2: opening date only"),
    ["What will the opening hours of the Corvedon crisis café be?",
     "crisis cafe openng times? service users keep asking",
     "What times of day will people be able to drop in to the Corvedon mental health café?"], "openng")

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
        rel = re.search(r"\b(next month|next \d+ (months|weeks|wks)|this month|this quarter|overdue|coming month|"
                        r"so far|between now)\b", item["question"].lower())
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
