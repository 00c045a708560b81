"""Write questions.jsonl for the Selcombe & Thrandale STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx sheet rows, text lines) and the first alternative of every gold group must be in that window. Facts
that need a step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the medicines scheme table is read back from the extracted text of pages 1-2 (a row starts at its "MOn" line;
    the lead is the first two-letter line after it) and each lead's initials resolved through Annex A;
  - the must-do matrix on the prevention deck's slide 6 is read by text position (pypdf's visitor): a mark belongs
    to the priority whose code heads its column and to the must-do whose label is level with it;
  - the relative windows are checked over every dated row of the plan concerned, after the later papers' changes;
  - the figures are re-added where a paper gives a total.
Unanswerable facts are checked for absence over the papers. Each chat phrasing names its one typo, which must be
there once, be a word no paper uses and no other fact's typo. A failed check stops the script before it writes.

usage: ../../../.venv/bin/python make_questions.py
"""

import json
import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/questions/bank_tools.py
import bank_tools  # noqa: E402
from bank_tools import md, norm, on  # noqa: E402

HERE = Path(__file__).resolve().parent
PAPERS = HERE / "papers"
MO = "01_ST_STP_Medicines_Optimisation_Delivery_Plan_v1.0_18Nov2016.pdf"
HL = "02_ST_STP_Healthy_Lives_Prevention_Plan_Board_14Dec2016.pdf"
CA = "03_ST_Joint_Carers_Strategy_Action_Plan_draft_v0.9_20Jan2017.docx"
FLU = "04_ST_Seasonal_Flu_Vaccination_Plan_2017-18_23Feb2017.pptx"
CQ = "05_ST_CQUIN_2017-19_Schedule_and_Tracker_10Mar2017.xlsx"
CB = "06_ST_STP_Core_Brief_Issue7_16Mar2017.txt"
U = bank_tools.all_units(PAPERS)
assert sorted(U) == sorted([MO, HL, CA, FLU, CQ, CB]), sorted(U)
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


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def pages(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


def text_of(file):
    return norm("\n".join(str(v) for v in U[file].values()))


def absent(*phrases, files=None):
    hay = EVERYTHING if files is None else norm("\n".join(text_of(f) for f in files))
    for phrase in phrases:
        assert norm(phrase) not in hay, f"{phrase!r} is in the papers"


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
        ITEMS.append({"id": f"ay-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"ay-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------------
def mo_rows():
    """{ref: (page, lead initials, [milestone lines], 2017/18, 2018/19)} from the extracted text of pages 1-2."""
    rows = {}
    for pg in (1, 2):
        lines = [ln.strip() for ln in U[MO][pg].splitlines() if ln.strip()]
        starts = [i for i, ln in enumerate(lines) if re.fullmatch(r"MO\d+", ln)]
        for n, i in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else lines.index("Total") if "Total" in lines else len(lines)
            block = lines[i + 1:end]
            lead_at = next(k for k, ln in enumerate(block) if re.fullmatch(r"[A-Z]{2}", ln))
            nums = [ln for ln in block if re.fullmatch(r"[\d,]+", ln)]
            ms = " ".join(block[lead_at + 1:len(block) - 2])
            rows[lines[i]] = (pg, block[lead_at], ms, nums[-2], nums[-1])
    return rows


MOR = mo_rows()
assert len(MOR) == 13, sorted(MOR)
KEY = {}
_k = U[MO][3].splitlines()
for i, ln in enumerate(_k):
    if re.fullmatch(r"[A-Z]{2}", ln.strip()):
        KEY[ln.strip()] = (_k[i + 1].strip(), _k[i + 2].strip())
assert KEY["JT"] == ("Jonah Tremlow", "Chief Pharmacist") and KEY["LO"][0] == "Leonie Okafor", KEY
assert MOR["MO3"][1] == "JT" and MOR["MO7"][1] == "LO" and MOR["MO4"][1] == "AM" and MOR["MO10"][1] == "KD"
assert [r for r, v in MOR.items() if v[1] == "JT"] == ["MO3", "MO6", "MO12"]
assert MOR["MO1"][0] == 1 and MOR["MO8"][0] == 2, "the scheme table runs over the page break"
assert U[MO][2].count("Key milestones (date - milestone)") == 1 and U[MO][1].count("Key milestones") == 1
t1718 = sum(int(v[3].replace(",", "")) for v in MOR.values())
t1819 = sum(int(v[4].replace(",", "")) for v in MOR.values())
assert (t1718, t1819) == (6910, 5240), (t1718, t1819)
assert "\nTotal\n 6,910\n 5,240" in U[MO][2] or "Total\n6,910\n5,240" in U[MO][2].replace(" ", "")


def runs(file, page_no):
    from pypdf import PdfReader
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    PdfReader(str(PAPERS / file)).pages[page_no - 1].extract_text(visitor_text=visit)
    return out


def mustdo_matrix():
    pg = [k for k, v in U[HL].items() if "nine national must-dos" in v][0]
    rs = runs(HL, pg)
    cols = {t: x for x, y, t in rs if re.fullmatch(r"P[1-6]", t)}
    assert len(cols) == 6, cols
    labels = {int(t.split(".")[0]): y for x, y, t in rs if re.match(r"[1-9]\. ", t)}
    assert sorted(labels) == list(range(1, 10)), labels
    out = {n: set() for n in labels}
    for x, y, t in rs:
        if t == "\u25cf" and y > 100:
            n = min(labels, key=lambda k: abs(labels[k] - y))
            assert abs(labels[n] - y) < 10, (x, y)
            p = min(cols, key=lambda k: abs(cols[k] - x))
            assert abs(cols[p] - x) < 15, (x, y)
            out[n].add(p)
    return pg, out


MD_PAGE, MDX = mustdo_matrix()
assert [n for n in MDX if not MDX[n]] == [6], MDX
assert MDX[1] == {"P1", "P2", "P3", "P4", "P5", "P6"}
assert MDX[4] == {"P2", "P3"} and MDX[9] == {"P3", "P6"} and MDX[2] == {"P4", "P6"}
assert [n for n in range(1, 10) if "P5" in MDX[n]] == [1, 7, 8]

# periods, for the relative windows -----------------------------------------------------------------------------------
MON = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def mend(y, m):
    return date(y + (m == 12), m % 12 + 1, 1).toordinal() - 1


def period(text):
    """(start, end) ordinals of one date expression as the papers write it; None for unknown / TBC."""
    t = text.lower().strip()
    if "unknown" in t or t == "tbc":
        return None
    m = re.search(r"q(\d) (\d{4})/\d\d", t)
    if m:
        q, y = int(m.group(1)), int(m.group(2))
        sm, sy = [4, 7, 10, 1][q - 1], y + (q == 4)
        return date(sy, sm, 1).toordinal(), mend(sy, sm + 2)
    m = re.search(r"(\d{1,2})/(\d\d)/(\d{2,4})", t)
    if m:
        y = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        d = date(y, int(m.group(2)), int(m.group(1))).toordinal()
        return d, d
    m = re.search(r"w/c (\d{1,2}) ([a-z]+) (\d{4})", t)
    if m:
        d = date(int(m.group(3)), MON[m.group(2)[:3]], int(m.group(1))).toordinal()
        return d, d + 6
    m = re.search(r"(\d{1,2}) ([a-z]+) (\d{4})", t)
    if m:
        d = date(int(m.group(3)), MON[m.group(2)[:3]], int(m.group(1))).toordinal()
        return d, d
    m = re.search(r"winter (\d{4})/\d\d", t)
    if m:
        return date(int(m.group(1)), 12, 1).toordinal(), mend(int(m.group(1)) + 1, 2)
    m = re.search(r"(spring|autumn) (\d{4})", t)
    if m:
        sm = 3 if m.group(1) == "spring" else 9
        return date(int(m.group(2)), sm, 1).toordinal(), mend(int(m.group(2)), sm + 2)
    m = re.search(r"\b([a-z]{3})[a-z]*[ -](\d{2,4})$", t.replace("end of ", ""))
    if m and m.group(1) in MON:
        y = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
        return date(y, MON[m.group(1)], 1).toordinal(), mend(y, MON[m.group(1)])
    m = re.fullmatch(r"(\d{4})/\d\d", t)
    if m:
        return date(int(m.group(1)), 4, 1).toordinal(), mend(int(m.group(1)) + 1, 3)
    raise ValueError(text)


def window(dated, start, end):
    """(items wholly inside [start, end], items only partly overlapping it) of {item: [date text, ...]}."""
    s, e = start.toordinal(), end.toordinal()
    inside, partial = set(), set()
    for item, whens in dated.items():
        for w in whens:
            p = period(w)
            if p is None:
                continue
            if s <= p[0] and p[1] <= e:
                inside.add(item)
            elif p[0] <= e and p[1] >= s:
                partial.add(item)
    return inside, partial - inside


# medicines milestones (dates lead each milestone line "date - milestone"), then the Core Brief's change to MO3
MO_DATED = {}
for ref, (_, _, ms, _, _) in MOR.items():
    found = re.findall(r"((?:by |end of )?(?:\d{1,2}/\d\d/\d{2,4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]{2}-\d\d|"
                       r"Q\d \d{4}/\d\d|[A-Z][a-z]+ \d{4}(?:/\d\d)?|winter \d{4}/\d\d|\d{4}/\d\d|"
                       r"(?:autumn|spring|summer|winter) \d{4}|time frame as yet unknown|end of [A-Z][a-z]+ \d{4})) - ", ms)
    assert found, (ref, ms)
    MO_DATED[ref] = found
assert MO_DATED["MO3"] == ["end of March 2017", "autumn 2017"], MO_DATED["MO3"]
assert MO_DATED["MO2"][1] == "1 May 2017" and MO_DATED["MO12"][1] == "time frame as yet unknown"
CB_TEXT = norm("\n".join(U[CB].values()))
assert "etanercept switch will now be complete by 30 june 2017 (was end of march 2017)" in CB_TEXT
MO_LATEST = dict(MO_DATED, MO3=["30 June 2017", "autumn 2017"])
assert window(MO_LATEST, date(2017, 6, 1), date(2017, 6, 30)) == ({"MO3"}, set())
assert window(MO_DATED, date(2017, 6, 1), date(2017, 6, 30)) == (set(), set())  # without the change: nothing

# prevention milestones (deck slide 4: date, code, label), then the carers plan's change to HL5
HL_TL = U[HL][4].splitlines()
HL_DATED = {HL_TL[i + 1]: [HL_TL[i]] for i in range(len(HL_TL) - 1) if re.fullmatch(r"HL\d", HL_TL[i + 1])}
assert HL_DATED["HL5"] == ["01/07/2017"] and HL_DATED["HL1"] == ["by 31/03/17"] and len(HL_DATED) == 6, HL_DATED
assert "start on 1 october 2017, not on 01/07/2017" in text_of(CA)
HL_LATEST = dict(HL_DATED, HL5=["1 October 2017"])
assert window(HL_LATEST, date(2017, 10, 1), date(2017, 10, 31)) == ({"HL5"}, set())
assert window(HL_LATEST, date(2017, 1, 1), date(2017, 3, 31)) == ({"HL1"}, set())

# carers actions (docx rows "ref | action | lead | by when")
CA_DATED = {}
for v in U[CA].values():
    m = re.fullmatch(r"(C\d\.\d) \| .* \| .* \| (.*)", v)
    if m:
        CA_DATED[m.group(1)] = [m.group(2).replace("from ", "")]
assert len(CA_DATED) == 8 and CA_DATED["C1.2"] == ["Sept 2017"], CA_DATED
assert window(CA_DATED, date(2017, 9, 1), date(2017, 9, 30)) == ({"C1.2"}, set())

# CQUIN schedule rows
CQ_DATED = {}
for k, v in U[CQ].items():
    if k.startswith("Schedule!") and int(k.split("!")[1]) >= 4:
        cells = v.split(" | ")
        CQ_DATED[f"{cells[0]} {cells[2]}"] = [cells[7]]
assert len(CQ_DATED) == 14, CQ_DATED
assert window(CQ_DATED, date(2017, 7, 1), date(2017, 7, 31)) == ({"2a SGH", "2b TWH"}, set())

# flu plan "who does what" rows
FLU_DATED = {}
for ln in U[FLU][3].splitlines()[2:]:
    cells = ln.split(" | ")
    FLU_DATED[cells[0]] = [cells[3]]
FLU_DATED["Reporting"] = ["28/02/2018"]  # "by end of February 2018"
assert window(FLU_DATED, date(2017, 10, 1), date(2017, 10, 31)) == (
    {"Public campaign", "Staff vaccination: Dunwarren"}, set()), FLU_DATED

# figures re-added
FIN = {k: v.split(" | ") for k, v in U[CQ].items() if k.startswith("Finance!") and int(k.split("!")[1]) >= 4}
for row in FIN.values():
    assert int(row[2]) + int(row[3]) + int(row[4]) == int(row[5]), row
for j in range(2, 6):
    assert sum(int(r[j]) for r in list(FIN.values())[:3]) == int(FIN["Finance!7"][j]), j
assert int(FIN["Finance!7"][5]) == 15863
assert FIN["Finance!4"][5] == "7415"
assert "610\n590\n570\n580\n2,350" in U[HL][5] and 610 + 590 + 570 + 580 == 2350

# ---------------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------------
ask("mo3-lead", OWNER, "role-holder", [["Tremlow"]],
    pages(MO, 1, 3, where="Table 1 row MO3, Lead 'JT' (page 1); Annex A: JT = Jonah Tremlow, Chief Pharmacist (page 3)"),
    ["Who leads the biosimilar medicines scheme (MO3) in the Medicines Optimisation Programme?",
     "who's lead on MO3 biosimilars? the plan just says JT, need an actual naem",
     "Who is in charge of moving hospital patients on etanercept and rituximab over to the cheaper copies?"], "naem")
ask("mo7-lead", OWNER, "role-holder", [["Okafor"]],
    pages(MO, 1, 3, where="Table 1 row MO7, Lead 'LO' (page 1); Annex A: LO = Leonie Okafor (page 3)"),
    ["Who is the lead for Transfer of Care Around Medicines (MO7)?",
     "who runs TCAM (MO7)? want to get our ward pharmacists linked in with whoevr it is",
     "Who is responsible for hospital pharmacy sending a patient's medicines details to their local chemist when "
     "they go home?"], "whoevr")
ask("mo-board-chair", OWNER, "role-holder", [["Tremlow"]],
    pages(MO, 1, 3, where="para 1.4: the Board is chaired by the Chief Pharmacist of SGH; Annex A: Jonah Tremlow, "
          "Chief Pharmacist, Selcombe General Hospitals NHS Trust"),
    ["Who chairs the Medicines Optimisation Programme Board?",
     "who chairs the MO prog board? the plan only gives a job titel",
     "Which person runs the monthly meeting that oversees the STP's prescribing and medicines work?"], "titel")
ask("p4-sro", OWNER, "role-holder", [["Gethin"]],
    cite(MO, "whose Senior", where="para 1.4: SRO of the P4 Planned Care & Medicines Value Board"),
    ["Who is the Senior Responsible Owner for STP priority P4, Planned Care & Medicines Value?",
     "who's SRO for P4 planned care & meds value? need them to sign the QIPP retrun",
     "Who is ultimately accountable for the STP priority covering routine hospital care and getting value from "
     "medicines?"], "retrun")
ask("hl1-lead", OWNER, "role-holder", [person("Ellery-Dunn")],
    cite(CA, "Selcombe City Council | Dr Marcus Ellery-Dunn",
         where="signatories table: Director of Public Health, Selcombe City Council (the post the prevention deck, "
         "slide 3, gives as HL1 lead)"),
    ["Who leads the Smokefree Selcombe & Thrandale programme (HL1)?",
     "who's the actual person leading HL1 smokefree? deck just says DPH selcombe, whos that",
     "Which named person is in charge of the drive to get people in the area to stop smoking?"], "whos")
ask("hl5-lead", OWNER, "role-holder", [["Stallworthy"]],
    cite(CA, "NHS Wexley & Braithmoor CCG | Graham Stallworthy",
         where="signatories table: Chief Officer, NHS Wexley & Braithmoor CCG (HL5 lead by post on deck slide 3)"),
    ["Who leads the Social Prescribing & Community Connectors programme (HL5)?",
     "name of the HL5 social prescribing lead pls? it's the W&B chief officer but i don't know who that is, "
     "cheers in advanse",
     "Which named person heads up the work to link patients with community groups and activities instead of "
     "medicines?"], "advanse")
ask("hl3-lead", OWNER, "role-holder", [["Tasker"]],
    cite(CA, "Thrandale & Wexley Hospitals NHS FT | Dr Rhiannon Tasker",
         where="signatories table: Medical Director, Thrandale & Wexley Hospitals NHS FT (HL3 lead by post, deck "
         "slide 3)"),
    ["Who leads the Alcohol Care Teams programme (HL3)?",
     "who's leading HL3 alcohol care teams? the MD at TWH - what's thier name?",
     "Which named person is responsible for setting up the hospital teams that help patients who drink too much?"],
    "thier")
ask("hl6-lead-now", OWNER, "override", [person("Oyelaran-Brooks")],
    cite(FLU, "From 1 March 2017 HL6 is led by",
         where="flu plan slide 5: HL6 lead changed from 1 March 2017, superseding the deck's Director of Workforce"),
    ["Who currently leads the Staff Health & Wellbeing programme (HL6)?",
     "who leads HL6 staff H&WB now? heard it movd away from the SGH workforce director",
     "Who is now in charge of looking after the health and wellbeing of people who work in the local NHS?"],
    "movd", as_of="2017-03-15")
ask("hl6-lead-before", OWNER, "previous-holder", [["Frayne", "Director of Workforce"]],
    cite(FLU, "From 1 March 2017 HL6 is led by",
         where="flu plan slide 5 names Colin Frayne, Director of Workforce at SGH, as the lead in the December plan"),
    ["Who was the lead for Staff Health & Wellbeing (HL6) in the Healthy Lives plan of December 2016?",
     "who had HL6 before it was handed over? need the old lead for the handover notse",
     "Before the change in March, who had been in charge of the staff wellbeing strand of the prevention plan?"],
    "notse")
ask("mo4-lead-now", OWNER, "override", [["Crowhurst"]],
    cite(CB, "MO4 Care home medicines", "31 March 2017",
         where="Core Brief section 2: MO4 lead from 1 April 2017 is Bethany Crowhurst (was AM, Ailsa Mountford)"),
    ["Who leads the care home medicines scheme (MO4)?",
     "who's the MO4 care homes lead now AM has gone? want to book a medicines reveiw",
     "Who is now responsible for the pharmacist reviews of medicines for people living in care homes?"],
    "reveiw", as_of="2017-04-10")
ask("mo4-lead-before", OWNER, "override", [["Mountford"]],
    pages(MO, 1, 3, where="Table 1 row MO4, Lead 'AM'; Annex A: AM = Ailsa Mountford (the change to Bethany "
          "Crowhurst only takes effect on 1 April 2017)"),
    ["Who is the lead for the care home medicines scheme (MO4)?",
     "who leads MO4 care home meds at the momnet?",
     "Who should I speak to this month about the pharmacists reviewing care home residents' medicines?"],
    "momnet", as_of="2017-02-01")
ask("cquin-sepsis-lead", OWNER, "role-holder", [["Cartwright"]],
    cite(CQ, "EC | Emma Cartwright", sheet="Contacts",
         where="Schedule row 7: indicator 2a (SGH) commissioner lead 'EC'; Contacts sheet: EC = Emma Cartwright"),
    ["Who is the commissioner lead for the sepsis identification CQUIN (2a) at Selcombe General Hospitals?",
     "who's the CCG lead for CQUIN 2a sepsis at SGH? tracker has initials only, anoying",
     "On the commissioning side, who do I talk to about the hospital incentive payment for spotting sepsis early "
     "at Selcombe?"], "anoying")
ask("flu-campaign-lead", OWNER, "role-holder", [["Pengelly"]],
    cite(FLU, "Public campaign | Marisa Pengelly", where="flu plan slide 3: Public campaign row, Lead"),
    ["Who leads the public flu vaccination campaign for 2017/18?",
     "who's doing the public flu campaign for 17/18? comms q about postrs",
     "Who is organising the publicity encouraging local people to get their winter jab?"], "postrs")
ask("stp-chair", OWNER, "role-holder", [["Witheridge"]],
    cite(HL, "chaired by Professor Alan Witheridge", where="prevention deck slide 8: STP Programme Board chair"),
    ["Who chairs the Selcombe & Thrandale STP Programme Board?",
     "who's chair of the STP prog board? writing to them re the plan, ta verry much",
     "Who runs the meetings of the top decision-making board for the whole local health and care plan?"], "verry")
ask("prev-board-chair", OWNER, "role-holder", [["Varley"]],
    cite(CA, "Thrandale County Council | Dr Imogen Varley",
         where="signatories: Director of Public Health, Thrandale County Council (deck slide 8: the Prevention Board "
         "is chaired by that post)"),
    ["Who chairs the STP Prevention Board?",
     "who chairs the prevention brd? slide says DPH thrandale - name?",
     "Which person runs the group that oversees all six of the STP's healthy living programmes?"], "brd")

# risk owners
ask("mo-r3-owner", OWNER, "risk-owner", [person("Parry-Vaughan")],
    cite(CA, "Dunwarren Partnership NHS FT | Dr Eluned Parry-Vaughan",
         where="MO plan Table 2: R3 (score 16) owner 'Director of Nursing & Quality, Dunwarren Partnership NHS FT'; "
         "carers plan signatories name the post-holder"),
    ["Who owns the highest-scoring risk in the Medicines Optimisation delivery plan?",
     "who owns the top scoring MO risk (the care home pharmacist recruitmnet one)? name not job title pls",
     "Which named person is on the hook for the danger that not enough pharmacists can be hired to work in care "
     "homes?"], "recruitmnet")
ask("mo-r4-owner", OWNER, "risk-owner", [["Marwood"]],
    cite(CB, "Gideon Marwood, Director of Finance",
         where="MO plan Table 2: R4 owner 'STP Finance Lead'; Core Brief section 3: Gideon Marwood is the STP "
         "Finance Lead"),
    ["Who owns the risk that the two acute trusts do not agree hosting of a consolidated aseptic service?",
     "who owns MO risk R4, the aseptic unit hosting / VAT one? it says STP finance lead, which is who exacty?",
     "Who is answerable for the worry that the hospitals won't agree where the joint sterile medicines unit "
     "sits and how its tax works?"], "exacty")
ask("hlr2-owner", OWNER, "risk-owner", [person("Solanki-Reeve")],
    cite(HL, "HLR2", where="prevention deck slide 7: risk HLR2, Owner column"),
    ["Who owns the risk that practices do not refer enough patients to the Diabetes Prevention Programme?",
     "who owns HLR2 (not enough NDPP refferals)?",
     "Who is accountable for the danger that GPs won't send enough people to the scheme that stops type 2 "
     "diabetes developing?"], "refferals")

# ---------------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------------
ask("mo3-moved", MILESTONE, "override", [on(30, 6, 2017, "30 June 2017")],
    cite(CB, "MO3 Biosimilars", "30 June 2017 (was end of March 2017)",
         where="Core Brief section 2: MO3 etanercept switch moved from end of March 2017 to 30 June 2017"),
    ["When will the etanercept biosimilar switch be complete?",
     "when's the etanercept switch (MO3) finishd now?",
     "By when will all the patients on the injected arthritis drug have been moved onto the cheaper version?"],
    "finishd", as_of="2017-03-20")
ask("mo3-original", MILESTONE, "milestone-date", [["end of March 2017", "March 2017", "31 March 2017"]],
    pages(MO, 1, where="Table 1 row MO3, first milestone (v1.0, before the Core Brief change)"),
    ["What completion date did the November 2016 Medicines Optimisation plan give for the etanercept switch?",
     "what was the original MO3 etanercept date in v1.0 before it slipt?",
     "Before the homecare delay, when had the switch of the injected arthritis drug been meant to finish?"],
    "slipt")
ask("mo2-inforce", MILESTONE, "milestone-date", [on(1, 5, 2017, "1 May 2017")],
    pages(MO, 1, where="Table 1 row MO2, second milestone"),
    ["When does the self-care policy on over-the-counter items come into force?",
     "when does the MO2 self care / OTC polcy go live?",
     "From when will GPs stop routinely prescribing things for minor ailments that people can buy at the "
     "chemist?"], "polcy")
ask("mo4-pharm", MILESTONE, "milestone-date", [on(31, 7, 2017, "31/07/17")],
    pages(MO, 1, where="Table 1 row MO4, first milestone"),
    ["By when should the 12 WTE care home pharmacists be in post?",
     "MO4 - when are the 12 wte care home pharmacists meant to be in post by? recruitmnt question",
     "By what date should the new team of pharmacists working with care homes be fully recruited?"], "recruitmnt")
ask("mo12-unknown", MILESTONE, "unknown-date", [["time frame as yet unknown", "unknown", "not known", "no date"]],
    pages(MO, 2, where="Table 1 row MO12, second milestone: decision on the host site"),
    ["When will the decision on the host site for the consolidated aseptic unit be made?",
     "when do we find out which site gets the aseptic unit (MO12)? any date yet or is it still in the ayre",
     "When will it be decided which hospital hosts the single unit that makes up sterile medicines?"], "ayre")
ask("mo7-sgh", MILESTONE, "milestone-date", [["by winter 2017/18", "winter 2017/18", "winter 2017", "winter 17/18"]],
    pages(MO, 1, where="Table 1 row MO7, second milestone"),
    ["When will TCAM be live at Selcombe General Hospital?",
     "when does TCAM go live at SGH? TRI's got it already i think, just waitng on selcombe",
     "When will Selcombe's main hospital start sending discharge medicines information electronically to "
     "community pharmacies?"], "waitng")
ask("hl5-moved", MILESTONE, "override", [on(1, 10, 2017, "1 October 2017")],
    cite(CA, "Note on action C2.2",
         where="carers plan section 4: the social prescribing contract starts on 1 October 2017, replacing the "
         "prevention deck's 01/07/2017"),
    ["When does the social prescribing service contract (HL5) start?",
     "when does the HL5 social prescribing contract kick off? deck says july but i've herd otherwise",
     "From when will GPs be able to send patients to the new service that links them up with local groups and "
     "activities?"], "herd")
ask("hl3-date", MILESTONE, "milestone-date", [["Jan-18", "January 2018", "Jan 2018"]],
    pages(HL, 4, where="prevention deck slide 4: HL3 milestone date"),
    ["When will the alcohol care team be live at Thrandale Royal Infirmary seven days a week?",
     "HL3 - when's the alcohol care team at TRI up and running 7 days? for the ED opps meeting",
     "When will the Thrandale hospital have a specialist drink-problem team working every day of the week?"],
    "opps")
ask("flu-launch", MILESTONE, "milestone-date", [on(2, 10, 2017, "2 October 2017")],
    cite(FLU, "Public campaign | Marisa Pengelly", where="flu plan slide 3: Public campaign, Due"),
    ["When does the 2017/18 public flu campaign launch?",
     "when's the flu campaign lanch for 17/18?",
     "On what date does the publicity urging people to get their winter jab start?"], "lanch")
ask("carers-passport", MILESTONE, "milestone-date", [["Sept 2017", "September 2017", "Sep 2017"]],
    cite(CA, "C1.2 | Carers' Passport", where="carers action plan row C1.2, By when"),
    ["When will the Carers' Passport be in place at both acute trusts?",
     "when's the carers passport live at SGH and TWH? ward mangers keep asking",
     "By when will people looking after a relative get free parking and open visiting at the two main "
     "hospitals?"], "mangers")
ask("cquin-sepsis-q1", MILESTONE, "milestone-date", [on(28, 7, 2017, "28/07/2017")],
    cite(CQ, "Timely identification of sepsis", sheet="Schedule", where="Schedule row 7: indicator 2a SGH, Due (a "
         "real date cell)"),
    ["When is SGH's first-quarter sepsis screening audit for CQUIN 2a due?",
     "when's the Q1 sepsis audit due for CQUIN 2a at SGH? audit team want a dedline",
     "When does Selcombe's hospital have to hand in its first check on how quickly it spots blood poisoning?"],
    "dedline")
ask("cquin-discharge", MILESTONE, "unknown-date", [["TBC", "to be confirmed", "not yet confirmed", "not confirmed", "not yet set", "no date"]],
    cite(CQ, "Supporting proactive and safe discharge", sheet="Schedule", where="Schedule row 15: indicator 8 SGH, "
         "Due"),
    ["When is the discharge protocol for the proactive and safe discharge CQUIN (8) at SGH due to be agreed?",
     "CQUIN 8 discharge protocol at SGH - whens it due?",
     "By when should Selcombe's hospital and the two councils have signed up to the new rules for getting "
     "patients home safely?"], "whens")
ask("engagement-event", MILESTONE, "milestone-date", [on(4, 4, 2017, "4 April 2017"), ["Selcombe Guildhall"]],
    cite(CB, "Your health, your say. Two public events", "2017 at Wexley Corn Exchange",
         where="Core Brief section 1: first public event Tuesday 4 April 2017 at Selcombe Guildhall"),
    ["When and where is the first 'Your health, your say' public event on the STP?",
     "first STP public event - date and venu?",
     "When and where can local people first come along in person to hear about and comment on the area's "
     "health plans?"], "venu")

# relative windows -----------------------------------------------------------------------------------------------------
ask("win-mo-month", MILESTONE, "relative-window",
    [["etanercept", "MO3", "biosimilar"], on(30, 6, 2017, "30 June 2017")],
    cite(CB, "MO3 Biosimilars", "30 June 2017 (was end of March 2017)",
         where="Core Brief: MO3 etanercept switch now 30 June 2017; no other MO milestone falls in June 2017 (MO2 "
         "is 1 May 2017)"),
    ["Which Medicines Optimisation milestones are due this month?",
     "anything due in MO this month? prepping the prog board updaet",
     "What should the prescribing and medicines programme be delivering in the current month?"],
    "updaet", as_of="2017-06-05")
ask("win-hl-next", MILESTONE, "relative-window",
    [["social prescribing", "HL5"], on(1, 10, 2017, "1 October 2017")],
    cite(CA, "Note on action C2.2",
         where="carers plan: HL5 contract start moved to 1 October 2017; no other Healthy Lives milestone falls in "
         "October 2017"),
    ["Which Healthy Lives prevention plan milestones fall due next month?",
     "what's due in the healthy lives plan nxt month?",
     "What is the STP's prevention work meant to deliver in the coming month?"], "nxt", as_of="2017-09-12")
ask("win-hl-qtr", MILESTONE, "relative-window",
    [["Smokefree", "HL1"], ["by 31/03/17", "31 March 2017", "31/03/2017", "end of March"]],
    pages(HL, 4, where="prevention deck slide 4: HL1 by 31/03/17; no other Healthy Lives milestone in Q4 2016/17"),
    ["Which Healthy Lives milestones are due this quarter?",
     "anything healthy lives due this qtr? doing the prevention bord highlight",
     "Which of the prevention programme's deadlines fall before the end of this financial year?"],
    "bord", as_of="2017-02-06")
ask("win-carers-next", MILESTONE, "relative-window",
    [["Carers' Passport", "Carers Passport", "C1.2"], ["Sept 2017", "September 2017", "Sep 2017"]],
    cite(CA, "C1.2 | Carers' Passport", where="carers action plan: C1.2 Sept 2017 is the only action due in "
         "September 2017"),
    ["Which carers strategy actions are due next month?",
     "any carers action plan stuff due nxt mnth?",
     "What should the partners have done for unpaid family carers by the end of the coming month?"],
    "mnth", as_of="2017-08-15")
ask("win-cquin-month", MILESTONE, "relative-window",
    [["2a", "identification of sepsis"], on(28, 7, 2017, "28/07/2017"), ["2b", "treatment of sepsis"],
     ["end of July 2017", "31 July 2017", "July 2017"]],
    cite(CQ, "Timely identification of sepsis", "Timely treatment of sepsis", sheet="Schedule",
         where="Schedule rows 7-8: 2a SGH 28/07/2017 and 2b TWH end of July 2017; no other row falls in July 2017"),
    ["Which CQUIN milestones are due this month?",
     "what CQUIN milestones are due this month? contracts meeting on fri, need the lsit",
     "Which of the hospitals' quality incentive deadlines land in the current month?"], "lsit", as_of="2017-07-03")
ask("win-flu-next", MILESTONE, "relative-window",
    [["Campaign launch", "public campaign"], on(2, 10, 2017, "2 October 2017"),
     ["Vaccination clinics", "Dunwarren"], ["w/c 9 October 2017", "9 October 2017", "9 Oct 2017"]],
    cite(FLU, "Public campaign | Marisa Pengelly", "Staff vaccination: Dunwarren", where="flu plan slide 3: the "
         "campaign launch (2 October 2017) and Dunwarren's clinics (w/c 9 October 2017) are the October items"),
    ["Which flu plan milestones are due next month?",
     "flu plan - what's due next mnoth?",
     "What has to happen on the winter jab programme in the coming month?"], "mnoth", as_of="2017-09-04")

# ---------------------------------------------------------------------------------------------------------------------
# Must-dos (deck slide 6, read by position)
# ---------------------------------------------------------------------------------------------------------------------
PN = {"P2": ["P2", "Neighbourhood Care"], "P3": ["P3", "Urgent & Emergency Care", "Urgent and Emergency Care"],
      "P4": ["P4", "Planned Care & Medicines Value", "Planned Care and Medicines Value", "Planned Care"],
      "P6": ["P6", "Sustainable Acute Services", "Sustainable Acute"]}
MDS = pages(HL, MD_PAGE, where="prevention deck slide 6: must-do matrix, marks read by position")
ask("md-gap", MUSTDO, "mustdo-gap", [alts("Cancer", *md(6))], MDS,
    ["Which of the nine national must-dos is not addressed by any STP priority?",
     "which must do has no STP priority against it? board asked about gapps",
     "Which national target area does none of our six local priorities pick up?"], "gapps")
ask("md4-cover", MUSTDO, "mustdo-coverage", [PN["P2"], PN["P3"]], MDS,
    ["Which STP priorities address must-do 4, the A&E four-hour standard and ambulance response?",
     "which priorities are mapped to MD4 (A&E / ambulance)? doing the 4hr recovry plan",
     "Which of our local priorities help with emergency department waits and ambulance response times?"],
    "recovry")
ask("md9-cover", MUSTDO, "mustdo-coverage", [PN["P3"], PN["P6"]], MDS,
    ["Which STP priorities address must-do 9 on quality and special measures?",
     "which Ps cover MD9 quality? for the QSG assurence paper",
     "Which local priorities are lined up against the national aim of making care safer and getting trusts out "
     "of special measures?"], "assurence")
ask("md2-cover", MUSTDO, "mustdo-coverage", [PN["P4"], PN["P6"]], MDS,
    ["Which STP priorities address must-do 2, returning the system to financial balance?",
     "which priorities are mapped to MD2 financial balence?",
     "Which of the local priorities are expected to help get the local NHS books back to break-even?"], "balence")
ask("p5-mustdos", MUSTDO, "mustdo-coverage",
    [alts("IAPT", "mental health: access", "mental health access", *md(7)[1:]),
     alts("Learning disabilities", "Transforming Care", *md(8))], MDS,
    ["Which national must-dos does P5 Mental Health & Wellbeing address, apart from the STP must-do itself?",
     "what MDs does P5 cover other than MD1? for the MH & LD boord",
     "Beyond delivering the plan itself, which national targets is the mental wellbeing priority lined up "
     "against?"], "boord")

# ---------------------------------------------------------------------------------------------------------------------
# Figures and lists
# ---------------------------------------------------------------------------------------------------------------------
ask("mo-total-1718", FACT, "figure", [["6,910", "£6.91m", "6910", "6.91m", "£6.9m"]],
    pages(MO, 2, where="Table 1 Total row, 2017/18 column (£000)"),
    ["What are the total Medicines Optimisation savings planned for 2017/18?",
     "total MO savings for 17/18? finance want the figure, thx in advnce",
     "How much money is the prescribing and medicines work expected to save in its first year?"], "advnce")
ask("smoking", FACT, "figure", [["19.2%", "19.2 per cent", "19.2"]],
    pages(HL, 2, where="prevention deck slide 2: number tile"),
    ["What proportion of adults in the footprint smoke?",
     "what's the adult smoking prevelance for S&T?",
     "Roughly what share of grown-ups in our area still use cigarettes?"], "prevelance")
ask("carers-count", FACT, "figure", [["91,400", "91400", "91.4k", "91.4 thousand"]],
    cite(CA, "There are an estimated 91,400 unpaid carers", where="carers plan section 1"),
    ["How many unpaid carers are there estimated to be in Selcombe & Thrandale?",
     "how many unpaid carers in S&T roughly? for a fundng bid",
     "About how many local people look after a relative or friend without being paid for it?"], "fundng")
ask("carers-budget", FACT, "figure", [["£1.42m", "1.42m", "1.42 million", "£1,420,000"]],
    cite(CA, "The joint carers' support budget", where="carers plan section 1"),
    ["What is the joint carers' support budget for 2017/18?",
     "how much is the joint carers budget 17/18? councils + CCGs togther",
     "How much money have the councils and CCGs put together for the year from April 2017 to support people who "
     "look after relatives?"], "togther")
ask("cquin-sgh", FACT, "figure", [["7415", "7,415", "£7.4m", "7.4m", "7.415"]],
    cite(CQ, "Selcombe General Hospitals NHS Trust (SGH)", sheet="Finance", where="Finance sheet row 4: Total CQUIN "
         "(2.5%), £000"),
    ["What is the total CQUIN value for Selcombe General Hospitals NHS Trust in 2017/18?",
     "total CQUIN pot for SGH 17/18? in £k is fine, just need it quik",
     "How much quality incentive money could Selcombe's hospital trust earn in total in the first year of the new "
     "two-year contracts?"], "quik")
ask("flu-dpft", FACT, "figure", [["51.3%", "51.3"]],
    cite(FLU, "Front-line staff: Dunwarren Partnership NHS FT", where="flu plan slide 2: 2016/17 uptake column"),
    ["What was front-line staff flu vaccine uptake at Dunwarren Partnership NHS FT in 2016/17?",
     "dunwarren staff flu uptake in 16/17 - what % was it? think it was bad-ish, just chekcing",
     "What share of the mental health and community trust's patient-facing staff had their jab in the 2016/17 "
     "season?"],
    "chekcing")
ask("hl-list", FACT, "list",
    [["Smokefree"], ["Healthy Weight"], ["Alcohol"], ["Making Every Contact Count", "MECC"], ["Social Prescribing"],
     ["Staff Health", "Wellbeing"]],
    pages(HL, 3, where="prevention deck slide 3: the six programme boxes"),
    ["What are the six programmes of the Healthy Lives prevention plan?",
     "what are the 6 healthy lives progs? new in post, trying to get my head arond it",
     "What separate strands of work make up the STP's plan to keep people well and stop illness starting?"],
    "arond")
ask("jt-schemes", FACT, "list", [["MO3", "biosimilar"], ["MO6", "Joint Formulary"], ["MO12", "aseptic"]],
    pages(MO, 1, 3, where="Table 1: rows with Lead 'JT' (pages 1-2); Annex A: JT = Jonah Tremlow"),
    ["Which medicines optimisation schemes does Jonah Tremlow lead?",
     "which MO schemes are jonah tremlow's? the JT ones, over both pages of the tabel",
     "What pieces of the prescribing and medicines programme is the Selcombe hospitals' chief pharmacist "
     "personally leading?"], "tabel")
ask("dpft-cquins", FACT, "list",
    [["Flu vaccinations", "1c"], ["severe mental illness", "physical healthcare"], ["present to A&E", "A&E"],
     ["Transitions"], ["risky behaviours", "alcohol and tobacco"], ["wounds"]],
    cite(CQ, "Flu vaccinations for front-line clinical staff | DPFT", "Improving the assessment of wounds",
         sheet="Schedule", where="Schedule rows 6-17: the DPFT rows (1c, 3, 4, 5, 9, 10)"),
    ["Which CQUIN indicators apply to Dunwarren Partnership NHS FT in 2017/18?",
     "which CQUINs has dunwarren got for 17/18? all of them, for the quality commitee",
     "Which of the national quality incentive measures does the local mental health and community trust have to "
     "deliver?"], "commitee")

# ---------------------------------------------------------------------------------------------------------------------
# Near-misses: plausible questions the papers do not answer (absence checked)
# ---------------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair", "vice chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    cite(HL, "chaired by Professor Alan Witheridge", where="deck slide 8 names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Programme Board?",
     "who's vice chair of the STP prog board? need a deputy to sign off, urgnt",
     "If the independent chair of the top board is away, who takes the chair?"], "urgnt")
absent("2019/20", "19/20", "2019-20", files=[MO, CB])
ask("nm-mo-1920", NONE, "near-miss", [],
    pages(MO, 2, where="Table 1 gives savings for 2017/18 and 2018/19 only"),
    ["What savings does the Medicines Optimisation Programme plan for 2019/20?",
     "MO savings for 19/20? finance want the yr after, any figuers?",
     "How much is the prescribing work expected to save in the year after its plan ends?"], "figuers")
absent("consultation closes", "consultation will close", "consultation ends", "closing date", "closes on",
       "runs from 23 january 2017 to", "runs from 23 january 2017 until")
ask("nm-carers-close", NONE, "near-miss", [],
    cite(CA, "Public consultation on this draft runs from 23 January 2017",
         where="carers plan section 1 gives the consultation start but no closing date"),
    ["When does the public consultation on the draft Joint Carers Strategy close?",
     "closing date for the carers strategy consultation? forum want to do a last pussh",
     "What is the last day people can send in their views on the draft plan for unpaid family carers?"],
    "pussh")
absent("school", "reception", "year 1", "years 1", "year 4", "aged 4", "aged 5")
ask("nm-flu-school", NONE, "near-miss", [],
    cite(FLU, "Children aged 2 and 3", where="flu plan slide 2 gives ambitions for children aged 2 and 3 only"),
    ["What is the 2017/18 flu vaccination uptake ambition for school-age children?",
     "flu uptake target for primary school kids 17/18? school nurses askin",
     "What share of children in their first years of primary education are we aiming to vaccinate against flu "
     "in the 2017/18 season?"], "askin")
absent("capital")
ask("nm-aseptic-capital", NONE, "near-miss", [],
    pages(MO, 2, where="MO12 and risk R4 give savings and a hosting risk but no capital cost"),
    ["How much capital is needed for the consolidated aseptic unit (MO12)?",
     "what's the capital cost of the new aseptic unit? estates want a nummber",
     "How much building money will the single sterile medicines unit for the two hospitals need?"], "nummber")
assert not re.search(r"\d[\d,]*\s+young carers", EVERYTHING)
absent("young carers in", "number of young carers", "young carers aged")
ask("nm-young-carers", NONE, "near-miss", [],
    cite(CA, "Theme 3: Young carers", where="carers plan: young carers' actions but no count of young carers"),
    ["How many young carers are there in Selcombe & Thrandale?",
     "how many young carers in the area? need a nuber for the bid",
     "Roughly how many children and teenagers locally are looking after a family member?"], "nuber")
absent("p3 sro", "sro for p3", "senior responsible owner for p3", "urgent & emergency care board, whose",
       "urgent & emergency care sro", "uec sro")
assert EVERYTHING.count("senior responsible owner") == 1 and "p4 planned care & medicines value board, whose senior" \
    in EVERYTHING
ask("nm-p3-sro", NONE, "near-miss", [],
    cite(MO, "whose Senior", where="the only SRO the papers name is P4's; P3 Urgent & Emergency Care has none"),
    ["Who is the Senior Responsible Owner for STP priority P3, Urgent & Emergency Care?",
     "who's SRO for P3 UEC? the A&E delivery board want to knoww",
     "Who is ultimately accountable for the local priority on emergency departments and out-of-hours urgent "
     "care?"], "knoww")
absent("achieved", "earned", "2016/17 cquin", "cquin 2016/17", "cquin achievement", "paid in 2016/17")
ask("nm-cquin-1617", NONE, "near-miss", [],
    cite(CQ, "Provider | Contract value", sheet="Finance", where="Finance sheet gives 2017/18 values only"),
    ["How much CQUIN did Selcombe General Hospitals NHS Trust earn in 2016/17?",
     "how much CQUIN did SGH actually get paid last yr (16/17)? for the bechmark",
     "How much of the 2016/17 quality incentive money did Selcombe's hospital trust actually receive?"], "bechmark")
absent("chief pharmacist, dunwarren", "chief pharmacist of dunwarren", "dunwarren chief pharmacist",
       "chief pharmacist at dunwarren")
ask("nm-dpft-pharm", NONE, "near-miss", [],
    pages(MO, 3, where="Annex A names SGH's Chief Pharmacist and a Dunwarren care homes lead pharmacist only"),
    ["Who is the Chief Pharmacist at Dunwarren Partnership NHS FT?",
     "who's chief pharmacist at dunwarren? mental health meds query, ta muchley",
     "Who is the most senior pharmacist at the local mental health and community trust?"], "muchley")

# ---------------------------------------------------------------------------------------------------------------------
# Final checks and write
# ---------------------------------------------------------------------------------------------------------------------
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
        rel = re.search(r"\b(next month|nxt month|next mnth|nxt mnth|this month|this quarter|this qtr|overdue|"
                        r"currently|at present|now|atm|at the momnet|coming month|this yr|this year|next year|last year|next winter|"
                        r"last winter)\b", item["question"].lower())
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
