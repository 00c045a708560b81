"""Write questions.jsonl for the Yarrowdene & Skelbrook STP papers: 60 facts, each asked three ways.

Every answerable fact cites a window of units in the shared bank_tools' terms (PDF pages, docx body blocks, pptx
slides, xlsx "Sheet!row"), and the first alternative of every gold group must be in that window. Facts that need a
step of reasoning are worked out again here from the generated files, not from make_papers.py:
  - the Gantt plan summary in the board pack is read back by text position (pypdf's visitor): each "◆" marker is
    given the period whose header label is nearest its centre and the initiative whose ref is level with it;
  - those marker periods, with the staff FAQ's later moves applied, are checked for every relative window (exactly
    the expected milestones of that programme fall in the window);
  - the must-do coverage sheet is read cell by cell (✓ / ✗ under each place);
  - the savings table is re-added against its Total row and column, and the bridge against the gap.
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
SLIDES = "01_YS_STP_Programme_Overview_Slides_v1_14Nov2016.pptx"
LETTER = "02_NHSE_North_Eastmarch_STP_Assurance_Feedback_Letter_YS_22Dec2016.pdf"
PACK = "03_YS_STP_Programme_Board_Pack_09Feb2017.pdf"
MATRIX = "04_YS_STP_MustDo_Coverage_by_Place_v2_17Feb2017.xlsx"
FAQ = "05_YS_STP_Staff_FAQ_v3_20Mar2017.docx"
SHEET = "Coverage by place"
U = bank_tools.all_units(PAPERS)
EVERYTHING = bank_tools.everything(U)
WORDS = set(re.findall(r"[a-z0-9']+", EVERYTHING))
ITEMS, TYPOS = [], {}
PHRASINGS = ("formal", "chat", "indirect")
OWNER, MILESTONE, MUSTDO, FACT, NONE = "owner", "milestone", "mustdo", "fact", "unanswerable"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def alts(*forms):
    out, seen = [], set()
    for f in forms:
        if norm(f) not in seen:
            seen.add(norm(f))
            out.append(f)
    return out


def person(surname):
    return alts(surname, surname.replace("-", " ")) if "-" in surname else [surname]


def month(y, m, *printed):
    long, short = MONTHS[m - 1], MONTHS[m - 1][:3]
    return alts(*printed, f"{long} {y}", f"{short} {y}", f"{short}-{str(y)[2:]}", f"{long} {str(y)[2:]}")


def quarter(q, fy, *printed):
    """NHS quarter q of financial year fy (2018 = 2018/19)."""
    a, b = fy, (fy + 1) % 100
    span = {1: (f"April to June {fy}", f"Apr-Jun {fy}"), 2: (f"July to September {fy}", f"Jul-Sep {fy}"),
            3: (f"October to December {fy}", f"Oct-Dec {fy}"), 4: (f"January to March {fy + 1}",
                                                                    f"Jan-Mar {fy + 1}")}[q]
    return alts(*printed, f"Q{q} {a % 100}/{b:02d}", f"Q{q} {a}/{b:02d}", f"Qtr {q} {a % 100}/{b:02d}",
                f"Quarter {q} {a}/{b:02d}", *span)


def cite(file, anchor, until=None, sheet=None, where=""):
    return bank_tools.cite(U, file, anchor, until, sheet, where)


def page(file, first, last=None, where=""):
    last = last or first
    text = norm("\n".join(U[file][k] for k in range(first, last + 1)))
    return {"file": file, "lines": [first, last], "where": where}, text


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
        ITEMS.append({"id": f"af-{fid}-{phrasing}", "kind": kind, "question": question, "answer_any": gold,
                      "source": source, "as_of": as_of, "expect_no_answer": kind == NONE,
                      "fact": f"af-{fid}", "phrasing": phrasing, "shape": shape})


# ---------------------------------------------------------------------------------------------------------------
# Re-derivations
# ---------------------------------------------------------------------------------------------------------------
def gantt_markers():
    """{(ref, marker name): period label} read from the board pack's Gantt pages by text position."""
    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    reader = PdfReader(str(PAPERS / PACK))
    labels = {"Apr-17", "May-17", "Jun-17", "Jul-17", "Aug-17", "Sep-17", "Oct-17", "Nov-17", "Dec-17", "Jan-18",
              "Feb-18", "Mar-18", "Q1", "Q2", "Q3", "Q4"}
    found = {}
    for pno in (3, 4):
        runs = []

        def visit(text, cm, tm, font, size):
            if text.strip():
                runs.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))
        reader.pages[pno - 1].extract_text(visitor_text=visit)
        centre = lambda r: r[1] + pdfmetrics.stringWidth(r[0], "DVB", 6.4) / 2  # noqa: E731
        head_y = max(r[2] for r in runs if r[0] == "Apr-17")
        heads = sorted((centre(r), r[0]) for r in runs if r[0] in labels and abs(r[2] - head_y) < 1)
        assert len(heads) == 17, heads
        names = [h[1] for h in heads]
        # the two bare quarter labels: the first Q4 is 16/17, the rest 18/19
        names = [n if "-" in n else (f"{n} 16/17" if i == 0 else f"{n} 18/19") for i, n in enumerate(names)]
        refs = [(r[0], r[2]) for r in runs if re.fullmatch(r"[A-Z]{2,3}\d", r[0]) and r[1] < 40]
        for r in runs:
            if not r[0].startswith("◆"):
                continue
            ref = min(refs, key=lambda x: abs(x[1] - r[2]))
            assert abs(ref[1] - r[2]) < 3, r
            col = min(range(17), key=lambda i: abs(heads[i][0] - centre(r)))
            assert abs(heads[col][0] - centre(r)) < 10, (r, heads[col])
            found[(ref[0], r[0][1:].strip())] = names[col]
    return found


MARKS = gantt_markers()
EXPECTED = {("HL1", "W1"): "Jul-17", ("HL1", "W2"): "Jan-18", ("HL2", "Tgt"): "Mar-18", ("HL3", "Live"): "Q2 18/19",
            ("NC1", "W1"): "Jun-17", ("NC1", "All"): "Q3 18/19", ("NC2", "Live"): "Oct-17",
            ("NC3", "Live"): "Sep-17", ("UEC1", "Live"): "Dec-17", ("UEC2", "Live"): "Jul-17",
            ("UEC3", "All"): "Nov-17", ("MHW1", "C24"): "Q1 18/19", ("MHW2", "Live"): "Aug-17",
            ("MHW3", "Tgt"): "Q4 18/19", ("ECC1", "Live"): "May-17", ("ECC2", "FBC"): "Nov-17",
            ("ECC2", "Open"): "Q2 18/19", ("ECC3", "Rev"): "Feb-18", ("HN1", "Cons"): "Q4 16/17",
            ("HN1", "Decn"): "Q2 18/19", ("HN2", "OBC"): "Jul-17"}
assert MARKS == EXPECTED, set(MARKS.items()) ^ set(EXPECTED.items())


def period(label):
    """(first day, last day) of a Gantt column label: "Jun-17" or "Q2 18/19"."""
    if label.startswith("Q"):
        q, fy = int(label[1]), 2000 + int(label.split()[1][:2])
        start = date(fy + (q == 4), {1: 4, 2: 7, 3: 10, 4: 1}[q], 1)
        return start, _m_end(start.year, start.month + 2)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].index(label[:3]) + 1
    y = 2000 + int(label[-2:])
    return date(y, mon, 1), _m_end(y, mon)


def _m_end(y, m):
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


assert period("Q4 16/17") == (date(2017, 1, 1), date(2017, 3, 31)) and period("Q2 18/19")[1] == date(2018, 9, 30)
assert period("Dec-17") == (date(2017, 12, 1), date(2017, 12, 31))


# the FAQ's later moves (it is the latest paper)
FAQ_TEXT = norm("\n".join(U[FAQ].values()))
assert "now expected to open in april 2018" in FAQ_TEXT and "planned to open in december 2017" in FAQ_TEXT
assert "it will now start in june 2017" in FAQ_TEXT
CURRENT = {k: period(v) for k, v in MARKS.items()}
CURRENT[("UEC1", "Live")] = (date(2018, 4, 1), date(2018, 4, 30))
CURRENT[("HN1", "Cons")] = (date(2017, 6, 1), date(2017, 6, 30))


def add_months(d, n):
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def in_window(prog, start, end):
    return sorted(k for k, (a, b) in CURRENT.items() if k[0].startswith(prog) and a <= end and b >= start)


def overdue(prog, as_of):
    return sorted(k for k, (a, b) in CURRENT.items() if k[0].startswith(prog) and b < as_of)


def matrix():
    out = {}
    for n in range(1, 10):
        cells = U[MATRIX][f"{SHEET}!{n + 4}"].split(" | ")
        assert cells[0] == str(n)
        out[n] = dict(zip(["Yarrowdene City", "Skelbrook Coast", "Ormsby Vale", "Farrowdale"], cells[2:6]))
        out[n]["lead"], out[n]["note"] = cells[6], cells[7]
    return out


MX = matrix()
assert [n for n in MX if "✗" in MX[n].values()] == [5, 6, 8]
assert [p for p, v in MX[8].items() if v == "✗"] == ["Ormsby Vale", "Farrowdale"]
assert [p for p, v in MX[5].items() if v == "✗"] == ["Yarrowdene City"]
assert MX[6]["Farrowdale"] == "✗" and MX[4]["lead"] == "UEC"


def savings():
    text = U[PACK][5]
    rows = {}
    for name in ["HL", "NC", "UEC", "MHW", "ECC", "HN", "Total"]:
        m = re.search(rf"(?m)^{name}\n([\d.]+)\n([\d.]+)\n([\d.]+)\n([\d.]+)\n([\d.]+)$", text)
        rows[name] = [float(x) for x in m.groups()]
    for name, v in rows.items():
        assert abs(sum(v[:4]) - v[4]) < 0.05, name
    for i in range(5):
        assert abs(sum(rows[n][i] for n in rows if n != "Total") - rows["Total"][i]) < 0.05, i
    bridge = [float(x) for x in re.findall(r"\(?([\d.]+)\)?", text.split("bridge (£m)")[1].split("9. ")[0])
              if "." in x]
    gap, *parts = [x for x in bridge if x != 2020.0]
    assert abs(gap - sum(parts)) < 0.05, bridge
    assert parts[0] == rows["Total"][3]
    return rows


SAV = savings()
assert SAV["ECC"][4] == 60.3 and SAV["HN"][2] == 21.3 and SAV["UEC"][3] == 18.4

# ---------------------------------------------------------------------------------------------------------------
# Owners
# ---------------------------------------------------------------------------------------------------------------
ask("uec-sro-now", OWNER, "role-holder",
    [person("Lawrenson")], cite(FAQ, "Dr Nkechi Lawrenson", where="FAQ: Who is leading urgent and emergency care?"),
    ["Who is the Senior Responsible Owner for the Urgent & Emergency Care programme?",
     "who's the SRO for UEC now? need to send them the A&E paper this wk, think it chnaged",
     "Who is the senior person accountable for the A&E and 111 work at the moment?"],
    "chnaged", as_of="2017-04-10")
ask("uec-sro-before", OWNER, "previous-holder",
    [person("Fairweather")], cite(FAQ, "Callum Fairweather", where="FAQ: the SRO before 1 April 2017"),
    ["Who was the Senior Responsible Owner for Urgent & Emergency Care before Dr Nkechi Lawrenson?",
     "who was UEC SRO before Lawrenson took ovre?",
     "Before the new medical director took over the A&E programme, whose name was on it?"],
    "ovre")
ask("uec-sro-from", OWNER, "when-changed",
    [on(1, 4, 2017, "1 April 2017")], cite(FAQ, "the SRO from 1 April 2017", where="FAQ: SRO change date"),
    ["From what date does Dr Nkechi Lawrenson take over as SRO for Urgent & Emergency Care?",
     "when does Nkechi Lawrenson start as UEC SRO? is it from april or laterr?",
     "When did the A&E programme switch over to its new senior sponsor?"],
    "laterr")
ask("nc-sro", OWNER, "role-holder",
    [person("Morrow-Leigh")], page(SLIDES, 4, where="NC slide subtitle"),
    ["Who is the SRO for the Neighbourhood Care programme?",
     "who's SRO for NC? the neighbourhood teams bit, want to invite them to our pratice meeting",
     "Which CCG accountable officer is the senior sponsor for the community and GP teams work?"],
    "pratice")
ask("mhw-sro", OWNER, "role-holder",
    [["Oduya"]], page(SLIDES, 6, where="MHW slide subtitle"),
    ["Who is the Senior Responsible Owner for Mental Health & Wellbeing?",
     "SRO for MH&W programme pls? writing the crisis paper and need to copy them inn",
     "Which chief executive is the top sponsor for the mental health side of the plan?"],
    "inn")
ask("ecc-cl", OWNER, "role-holder",
    [person("Kulkarni-Shaw")], page(SLIDES, 7, where="ECC slide subtitle"),
    ["Who is the clinical lead for Elective & Cancer Care?",
     "who's clin lead for ECC? surgeon i think, cant remeber the name",
     "Which consultant is the senior clinician behind the planned operations and cancer work?"],
    "remeber")
ask("nc2-lead", OWNER, "initiative-lead",
    [person("Kaye-Amadi")], cite(FAQ, "Rosalind Kaye-Amadi", where="FAQ; also the Gantt (R Kaye-Amadi), "
                                 "which replaced the slides' Dr Peregrine Asante"),
    ["Who leads the extended GP access hubs initiative (NC2)?",
     "who's leading NC2 ext access hubs? slides said Asante but not sure thats stil right",
     "Who is setting up the evening and weekend GP appointments?"],
    "stil")
ask("uec2-lead", OWNER, "initiative-lead",
    [["Ferris"]], page(PACK, 3, where="Gantt row UEC2, Lead column"),
    ["Who is the lead for UEC2, the NHS 111 Clinical Assessment Service?",
     "who leads the 111 CAS (UEC2)? need a contcat for the clinical hub",
     "Who should I talk to about getting GPs and pharmacists on the end of the non-emergency phone line?"],
    "contcat")
ask("ecc2-lead", OWNER, "initiative-lead",
    [["Spreckley"]], page(PACK, 3, where="Gantt row ECC2, Lead column (and slide 7)"),
    ["Who leads the Rapid Diagnostic Centre at Ormsby Community Hospital (ECC2)?",
     "who's the lead for the RDC at ormsby? radiology want to get involed",
     "Who is in charge of the new one-stop place for quick cancer tests in Ormsby?"],
    "involed")
ask("board-chair", OWNER, "governance",
    [["Trevorrow"]], page(SLIDES, 11, where="governance slide"),
    ["Who chairs the STP Programme Board?",
     "who chairs the prog board for the STP? need to adress a letter",
     "Who runs the meetings of the top partnership board for the plan?"],
    "adress")
ask("prog-director", OWNER, "governance",
    [["Penhallow"]], page(SLIDES, 11, where="governance slide"),
    ["Who is the STP Programme Director?",
     "who's the STP prog director? the person who runs the PMO day to dya",
     "Who manages the plan's central team on a day-to-day basis?"],
    "dya")
ask("workforce-lead", OWNER, "filled-vacancy",
    [person("Wren-Ellery")], cite(FAQ, "Tobias Wren-Ellery", where="FAQ; the slides had 'Lead: tbc'"),
    ["Who leads the Workforce enabler?",
     "who's lead for the workforce enabler? slides say tbc, has someone been apponted?",
     "Who is responsible for the staffing side of the plan across the partners?"],
    "apponted")
ask("fig-chair", OWNER, "role-holder",
    [person("Ashcroft-Vance")], page(SLIDES, 11, where="governance slide; she also presents Paper D"),
    ["Who chairs the STP Finance & Investment Group?",
     "who chairs the FIG for the STP? the finance DoF, need them for the bridge qustion",
     "Which finance director heads the group that looks after the plan's money?"],
    "qustion")
ask("letter-signatory", OWNER, "sender",
    [["Achterberg"]], page(LETTER, 2, where="signature block"),
    ["Who signed NHS England's assurance feedback letter of 22 December 2016?",
     "who signed the NHSE assurance lettr in Dec? need to reply to them",
     "Which regional NHS England director wrote to us with their verdict on the plan before Christmas?"],
    "lettr")
ask("stp-lead", OWNER, "governance",
    [person("Dolabani-Fisk")], page(SLIDES, 11, where="governance slide subtitle; also the letter and FAQ"),
    ["Who is the STP Lead for Yarrowdene & Skelbrook?",
     "who's the overall STP lead for Y&S? the CEO one, forgot the nmae",
     "Which chief executive is the figurehead for the whole five-year plan?"],
    "nmae")
ask("blake-role", OWNER, "role-of-person",
    [alts("Crisis café", "crisis cafe", "MHW2")], page(SLIDES, 6, where="MHW slide, MHW2 '(lead: Sunniva Blake)'"),
    ["Which initiative does Sunniva Blake lead?",
     "what does Sunniva Blake lead? she's on the MHW slide, is it the crsis thing?",
     "What is Sunniva Blake setting up in Ormsby?"],
    "crsis")

# ---------------------------------------------------------------------------------------------------------------
# Milestones
# ---------------------------------------------------------------------------------------------------------------
ask("utc-open", MILESTONE, "moved-date",
    [month(2018, 4, "April 2018")], cite(FAQ, "now expected to open in April 2018", where="FAQ; the Gantt had Dec-17,"
                                         " the slides Winter 2017/18"),
    ["When is the Urgent Treatment Centre at Skelbrook General Hospital due to open?",
     "when does the skelbrook UTC open? thought it was this wintr",
     "When will the new urgent care unit replacing the Skelbrook walk-in centre start seeing patients?"],
    "wintr")
ask("utc-pack-date", MILESTONE, "original-date",
    [month(2017, 12, "Dec-17")], page(PACK, 3, where="Gantt row UEC1: '◆ Live' in the Dec-17 column"),
    ["In the plan summary approved by the Programme Board in February 2017, when was the Skelbrook UTC to go live?",
     "what month did the feb board pack gantt have for the UTC go-live (UEC1)? before it slpped",
     "Before the building delay, which month had the February plan chart pencilled in for the Skelbrook urgent "
     "care unit opening?"],
    "slpped")
ask("utc-reason", MILESTONE, "reason",
    [alts("re-phased", "rephased", "building works")], cite(FAQ, "building works have been re-phased",
                                                           where="FAQ: why the UTC moved"),
    ["Why has the opening of the Skelbrook Urgent Treatment Centre been moved?",
     "why's the skelbrook UTC been pushed back? anyone know the reson",
     "What held up the new urgent care unit at Skelbrook General?"],
    "reson")
ask("stroke-consult", MILESTONE, "moved-date",
    [month(2017, 6, "June 2017")], cite(FAQ, "it will now start in June 2017", where="FAQ; the Gantt had 'Cons' in "
                                        "Q4 16/17"),
    ["When will the public consultation on stroke services start?",
     "when does the HASU / stroke consultation start? gantt says Q4 16/17 but heard it movd",
     "When can the public start giving their views on the changes to stroke care?"],
    "movd")
ask("nc2-live", MILESTONE, "milestone-date",
    [month(2017, 10, "October 2017", "Oct-17")], cite(FAQ, "open in October 2017", where="FAQ; Gantt NC2 '◆ Live'"
                                                      " under Oct-17"),
    ["When do the extended GP access hubs open?",
     "when do the ext access hubs go live (NC2)? patients keep askin",
     "From when will patients be able to see a GP in the evening or at the weekend?"],
    "askin")
assert MARKS[("NC2", "Live")] == "Oct-17"
ask("ecc2-fbc", MILESTONE, "set-from-tbc",
    [month(2017, 11, "Nov-17")], page(PACK, 3, where="Gantt row ECC2: '◆ FBC' under Nov-17; the slides had 'tbc'"),
    ["When is the full business case for the Rapid Diagnostic Centre (ECC2) due to be approved?",
     "when's the RDC FBC due? slides said tbc, is there a date yet or not yett",
     "When should the final sign-off of the case for the Ormsby quick cancer test centre happen?"],
    "yett")
ask("ecc2-open", MILESTONE, "milestone-date",
    [quarter(2, 2018, "Q2 18/19")], page(PACK, 3, where="Gantt row ECC2: '◆ Open' under Q2 18/19"),
    ["When does the Rapid Diagnostic Centre at Ormsby Community Hospital open to patients?",
     "when does the ormsby RDC actualy open to pts?",
     "When will people first be seen at the new fast cancer test centre in Ormsby?"],
    "actualy")
ask("hl1-wave2", MILESTONE, "moved-date",
    [month(2018, 1, "Jan-18")], page(PACK, 3, where="Gantt row HL1: '◆ W2' under Jan-18; the slides had Q3 17/18"),
    ["When does wave 2 of the National Diabetes Prevention Programme go live?",
     "NDPP wave 2 - when? slides said Q3 but the gantt lookd different",
     "When does the second group of areas get the scheme to stop people developing type 2 diabetes?"],
    "lookd")
ask("hl3-live", MILESTONE, "set-from-unknown",
    [quarter(2, 2018, "Q2 18/19")], page(PACK, 3, where="Gantt row HL3: '◆ Live' under Q2 18/19; the slides said "
                                          "'time frame as yet unknown'"),
    ["When do the alcohol care teams (HL3) go live?",
     "when do the HL3 alcohol care teams start? slides said timeframe unknwn",
     "When will the hospitals have their specialist drink-problem teams in place?"],
    "unknwn")
ask("nhse-resubmit", MILESTONE, "deadline",
    [on(31, 1, 2017, "31 January 2017")], page(LETTER, 1, where="letter: must-dos 2 and 8 resubmission"),
    ["By what date did NHS England ask for the revised finance bridge and the Transforming Care Partnership plan?",
     "whats the NHSE deadline for resubmitting the finance bridge + TCP plan? was it end of jan or feb, cant rember",
     "When did the regional team want the reworked money figures and the learning disability plan back by?"],
    "rember")
ask("farrowdale-traj", MILESTONE, "deadline",
    [on(28, 2, 2017, "28 February 2017", "28/02/2017")], page(LETTER, 1, where="letter: must-do 6"),
    ["By when must the 62-day cancer trajectory for Farrowdale be sent to NHS England?",
     "deadline for the farrowdale 62 day cancer trajectory to NHSE? need to chase the trust befor then",
     "When is the Farrowdale cancer waiting-times forecast due with the regulator?"],
    "befor")
ask("roadshow", MILESTONE, "event-date",
    [on(25, 4, 2017, "25 April 2017")], cite(FAQ, "Tuesday 25 April 2017", where="FAQ: How can I have my say?"),
    ["When is the first STP staff roadshow?",
     "when's the 1st STP staff roadshow? want to book the afternon off clinic",
     "When is the first event where staff can come and hear about the plan and ask questions in person?"],
    "afternon")
ask("next-board", MILESTONE, "meeting-date",
    [on(16, 3, 2017, "16 March 2017")], page(PACK, 1, where="pack cover: date of next meeting"),
    ["When is the next meeting of the STP Programme Board after 9 February 2017?",
     "when's the next prog board after the feb one? need to get a paper in on tme",
     "When does the plan's top board next sit after its February meeting?"],
    "tme", as_of="2017-02-10")
ask("plan-approved", MILESTONE, "decision",
    [on(9, 2, 2017, "9 February 2017")], cite(FAQ, "approved the delivery plan summary", where="FAQ: Has the plan "
                                             "been agreed?"),
    ["On what date did the Programme Board approve the delivery plan summary for 2017/18 and 2018/19?",
     "when did the prog board sign off the delivery plan summary (the gantt)? need the date for the auidt",
     "When was the current two-year timetable for the plan agreed by the board?"],
    "auidt")

# ---------------------------------------------------------------------------------------------------------------
# Relative windows (as_of), checked over every Gantt marker after the FAQ's moves
# ---------------------------------------------------------------------------------------------------------------
A = date(2017, 5, 1)
assert in_window("ECC", A, add_months(A, 2) - timedelta(days=1)) == [("ECC1", "Live")]
ask("win-ecc-2m", MILESTONE, "relative-window",
    [["MSK"]], page(PACK, 3, where="Gantt: ECC1 '◆ Live' May-17 is ECC's only milestone in May-Jun 2017"),
    ["Which Elective & Cancer Care milestones are due in the next two months?",
     "anything due for ECC in the next 2 months? putting togther the highlight report",
     "What's coming up soon on the planned operations and cancer side, in the next couple of months?"],
    "togther", as_of="2017-05-01")
A = date(2017, 9, 1)
assert in_window("UEC", A, add_months(A, 4) - timedelta(days=1)) == [("UEC3", "All")]
ask("win-uec-4m", MILESTONE, "relative-window",
    [alts("D2A", "Discharge to Assess", "UEC3")], page(PACK, 3, where="Gantt: UEC3 '◆ All' Nov-17; UEC1's Dec-17 "
                                                         "moved to April 2018 by the FAQ"),
    ["Which Urgent & Emergency Care milestones fall due in the next four months?",
     "what UEC milestones are due in the next 4 months? for the winter planing meeting",
     "Over the rest of this year, which A&E-related deadlines are coming up?"],
    "planing", as_of="2017-09-01")
A = date(2017, 6, 1)
assert in_window("HN", A, add_months(A, 2) - timedelta(days=1)) == [("HN1", "Cons"), ("HN2", "OBC")]
ask("win-hn-2m", MILESTONE, "relative-window",
    [alts("stroke", "HN1", "HASU"), alts("pathology", "HN2")],
    page(PACK, 3, where="Gantt: HN2 '◆ OBC' Jul-17; HN1 'Cons' moved from Q4 16/17 to June 2017 by the FAQ"),
    ["Which Hospital Networks milestones are due in the next two months?",
     "what HN milestones are coming up in the next 2 months? need both if theres more than one, for the brd",
     "Over the next couple of months, what's due on the hospital services reorganisation work?"],
    "theres", as_of="2017-06-01")
A = date(2017, 7, 20)
assert overdue("NC", A) == [("NC1", "W1")]
ask("overdue-nc", MILESTONE, "relative-window",
    [alts("NC1", "neighbourhood care teams", "neighbourhood teams", "wave 1")],
    page(PACK, 3, where="Gantt: NC1 '◆ W1' Jun-17 is NC's only milestone before 20 July 2017"),
    ["Which Neighbourhood Care milestones are overdue?",
     "any NC milestones overdue as of today? chasing for the exeption report",
     "On the community and GP teams programme, what should already have happened by now?"],
    "exeption", as_of="2017-07-20")
A = date(2018, 1, 10)
assert in_window("HL", date(2018, 1, 1), date(2018, 1, 31)) == [("HL1", "W2")]
ask("win-hl-month", MILESTONE, "relative-window",
    [alts("NDPP", "Diabetes Prevention", "HL1")], page(PACK, 3, where="Gantt: HL1 '◆ W2' Jan-18"),
    ["Which Healthy Lives milestones are due this month?",
     "anything due this month for HL? prevention lot want to knoww",
     "What is the prevention programme meant to deliver in the current month?"],
    "knoww", as_of="2018-01-10")

# ---------------------------------------------------------------------------------------------------------------
# Must-dos
# ---------------------------------------------------------------------------------------------------------------
ask("nhse-gaps", MUSTDO, "mustdo-gap",
    [alts("Financial balance", *md(2)), alts("Learning disabilities", *md(8))],
    page(LETTER, 1, where="letter: must-do 2 'not yet assured', must-do 8 'a gap'"),
    ["Which must-dos did NHS England's assurance letter identify as gaps?",
     "which must dos did NHSE flag as gaps in the dec lettter?",
     "Where did the regional team say our plan fell short against the national asks?"],
    "lettter")
ask("md8-places", MUSTDO, "mustdo-gap",
    [["Ormsby Vale"], ["Farrowdale"]], cite(MATRIX, "transform care for people with learning disabilities",
                                            sheet=SHEET, where="must-do 8 row: ✗ under two places"),
    ["In which places is must-do 8 (learning disabilities) not covered?",
     "which places have a gap on MD8 LD? in the coverage matrx",
     "Where in the footprint is there nothing yet in the plan for people with learning disabilities?"],
    "matrx")
ask("md5-place", MUSTDO, "mustdo-gap",
    [["Yarrowdene City"]], cite(MATRIX, "18 weeks from referral to treatment", sheet=SHEET,
                                where="must-do 5 row: ✗ under one place"),
    ["Which place is not covered for must-do 5, the 18-week referral to treatment standard?",
     "where's the gap for MD5 RTT? which plac",
     "Which area's waiting list for planned operations is left out of the plan's coverage?"],
    "plac")
ask("md6-farrowdale", MUSTDO, "cell-detail",
    [["trajectory"], on(28, 2, 2017, "28/02/2017")],
    cite(MATRIX, "62 day cancer waiting standard", sheet=SHEET, where="must-do 6 row: Farrowdale ✗ and the note"),
    ["What does the must-do coverage matrix say about the 62-day cancer standard in Farrowdale?",
     "is MD6 cancer covered in farrowdale? matrix has a cross, whats the note sayy",
     "What's the position on cancer waiting times in Farrowdale, and what still has to be done?"],
    "sayy")
ask("md4-lead", MUSTDO, "mustdo-lead",
    [alts("UEC", "Urgent & Emergency Care", "urgent and emergency care")],
    cite(MATRIX, "access standards for A&E", sheet=SHEET, where="must-do 4 row: Lead programme"),
    ["Which programme leads on must-do 4, A&E and ambulance waits?",
     "which programme is lead for MD4 A&E / ambulence?",
     "Which part of the plan is responsible for getting emergency department and 999 waits back on track?"],
    "ambulence")
ask("md-partly", MUSTDO, "mustdo-partial",
    [alts("Cancer", *md(6))], page(LETTER, 1, where="letter: must-do 6 'partly assured'"),
    ["Which must-do did NHS England rate as only partly assured?",
     "which MD was only partly assured by NHSE? not the gaps, the partial one, can't fnd it",
     "Which national ask did the regional team half accept?"],
    "fnd")
ask("assurance-rating", MUSTDO, "decision",
    [["assured with conditions"]], page(LETTER, 1, where="letter: summary"),
    ["What overall assurance rating did NHS England give the STP in its December 2016 letter?",
     "what was NHSE's overall verdict on our STP in the dec letter? fully assured or not, brefly",
     "Did the regional team sign off our plan, and on what terms?"],
    "brefly")
ask("md-crosses", MUSTDO, "mustdo-gap",
    [alts("Referral to treatment", *md(5)), alts("Cancer", *md(6)), alts("Learning disabilities", *md(8))],
    cite(MATRIX, "18 weeks from referral to treatment", "transform care for people", sheet=SHEET,
         where="rows for must-dos 5-8: ✗ marks in 5, 6 and 8"),
    ["Which must-dos still have a gap in at least one place in the February 2017 coverage matrix?",
     "which MDs have a cross anywhere in the feb coverage sheet? just the numbrs",
     "Which of the national asks are still not covered everywhere in the footprint?"],
    "numbrs")

# ---------------------------------------------------------------------------------------------------------------
# Figures and lists
# ---------------------------------------------------------------------------------------------------------------
ask("population", FACT, "figure",
    [alts("912,400", "912400", "912.4k", "912 thousand")], page(SLIDES, 2, where="footprint slide"),
    ["What is the registered population of the Yarrowdene & Skelbrook STP footprint?",
     "whats the total registered pop for Y&S? for a slide intro, roughly is fne",
     "How many people are on GP lists across the whole area the plan covers?"],
    "fne")
ask("gap", FACT, "figure",
    [alts("£356.8m", "356.8", "£356.8 million", "£357m")], page(PACK, 5, where="Paper D para 7 and the bridge"),
    ["What is the do-nothing financial gap for the footprint in 2020/21?",
     "how big is the do nothing gap by 20/21? £m pls, for the finance briefng",
     "If we changed nothing, how short of money would local health and care be by 2020/21?"],
    "briefng")
ask("residual", FACT, "figure",
    [alts("£14.2m", "14.2", "£14.2 million")], page(PACK, 5, where="bridge: Residual gap"),
    ["What residual gap remains in 2020/21 after the finance bridge?",
     "whats left of the gap after the bridge in 20/21? the resdual bit",
     "After all the savings and extra funding, how much of the 2020/21 shortfall is still unaccounted for?"],
    "resdual")
ask("ecc-total", FACT, "figure",
    [alts("60.3", "£60.3m", "£60.3 million")], page(PACK, 5, where="savings table: ECC Total"),
    ["What are the total planned savings for Elective & Cancer Care from 2017/18 to 2020/21?",
     "total ECC savings over the 4 yrs? the totl column",
     "Added up over the four years, how much is the planned operations and cancer work meant to save?"],
    "totl")
ask("hn-1920", FACT, "figure",
    [alts("21.3", "£21.3m", "£21.3 million")], page(PACK, 5, where="savings table: HN 2019/20"),
    ["What savings does Hospital Networks plan to deliver in 2019/20?",
     "HN savings in 19/20? finance askd",
     "How much is the hospital services reorganisation supposed to save in the third year of the table?"],
    "askd")
ask("uec-2021", FACT, "figure",
    [alts("18.4", "£18.4m", "£18.4 million")], page(PACK, 5, where="savings table: UEC 2020/21 (slide 5 agrees)"),
    ["What savings will Urgent & Emergency Care deliver in 2020/21?",
     "UEC savings in 20/21? need it for the A&E delivry board",
     "How much a year should the A&E and urgent care changes be saving by the end of the plan?"],
    "delivry")
ask("assured-count", FACT, "figure",
    [alts("six", "6 of the 9", "6 must-dos", "6 of the nine", "6 out of 9", "6 out of the 9")], page(LETTER, 1, where="letter: summary"),
    ["How many of the nine must-dos did NHS England assure in full?",
     "how many MDs were fully assured by NHSE? out of 9, just the nuber",
     "Of the national asks, how many did the regional team accept without conditions?"],
    "nuber")
ask("programmes", FACT, "list",
    [["Healthy Lives"], ["Neighbourhood Care"], ["Urgent & Emergency Care", "urgent and emergency care"],
     ["Mental Health & Wellbeing", "mental health and wellbeing"], ["Elective & Cancer Care",
                                                                     "elective and cancer care"],
     ["Hospital Networks"]],
    page(SLIDES, 3, 8, where="one slide per programme"),
    ["What are the six programmes of the Yarrowdene & Skelbrook STP?",
     "what are the 6 STP programmes? full names not just HL NC etc, for an inducton pack",
     "What are the main strands of work the plan is split into?"],
    "inducton")

# ---------------------------------------------------------------------------------------------------------------
# Unanswerable (near-misses), absence checked over every paper
# ---------------------------------------------------------------------------------------------------------------
absent("vice chair", "vice-chair", "deputy chair", "vice-chairman")
ask("nm-vice-chair", NONE, "near-miss", [],
    page(SLIDES, 11, where="governance slide names only the Independent Chair"),
    ["Who is the Vice Chair of the STP Programme Board?",
     "who's vice chair of the prog board? chair's off and we need somone to sign",
     "If the independent chair can't make a board meeting, who takes the chair?"],
    "somone")
assert "Clinical lead: tbc" in U[SLIDES][8]
absent("hospital networks clinical lead", "clinical lead for hospital networks", "hn clinical lead")
ask("nm-hn-cl", NONE, "near-miss", [],
    page(SLIDES, 8, where="HN slide subtitle: 'Clinical lead: tbc', never filled"),
    ["Who is the clinical lead for the Hospital Networks programme?",
     "who's the clin lead for HN? slides just say tbc, has anyone been namd",
     "Which doctor is the senior clinician on the hospital services reorganisation?"],
    "namd")
absent("consultation closes", "consultation will close", "consultation ends", "closing date", "close on")
assert "closes on 12 april 2017" in EVERYTHING  # only the staff survey closes; no consultation closing date
ask("nm-consult-close", NONE, "near-miss", [],
    cite(FAQ, "it will now start in June 2017", where="FAQ gives the start only"),
    ["When does the public consultation on stroke services close?",
     "closing date for the stroke consultation? comms want to plan the final pussh",
     "What's the last day the public can have their say on the stroke changes?"],
    "pussh")
absent("2021/22", "21/22", "2021-22")
ask("nm-2122", NONE, "near-miss", [],
    page(PACK, 5, where="savings table stops at 2020/21"),
    ["What savings is Hospital Networks expected to deliver in 2021/22?",
     "HN savings for 21/22? the yr after the table stops, any figgers?",
     "How much should the hospital reorganisation save in the year after the plan's last year?"],
    "figgers")
absent("tcp lead", "leads the transforming", "lead for the transforming", "transforming care partnership lead",
       "chair of the transforming", "tcp chair")
ask("nm-tcp-lead", NONE, "near-miss", [],
    page(LETTER, 1, where="letter and pack name the Transforming Care Partnership plan but no one who leads it"),
    ["Who leads the Transforming Care Partnership for learning disabilities?",
     "who leads the TCP? our LD nurses want a named persn",
     "Who is in charge of the local programme for people with learning disabilities and autism?"],
    "persn")
absent("capital", "cost of the utc", "utc will cost", "build cost")
ask("nm-utc-cost", NONE, "near-miss", [],
    cite(FAQ, "building works have been re-phased", where="FAQ and Gantt: UTC dates, no cost"),
    ["What is the capital cost of the Skelbrook Urgent Treatment Centre?",
     "how much is the skelbrook UTC costing? capital £ for the estates paperr",
     "How much money is going into building the new urgent care unit at Skelbrook?"],
    "paperr")
assert not re.search(r"\d+ (gp )?practices", EVERYTHING)
absent("practices in farrowdale", "number of practices")
ask("nm-practices", NONE, "near-miss", [],
    page(SLIDES, 2, where="footprint slide gives Farrowdale's population and CCG, not its practices"),
    ["How many GP practices are there in Farrowdale?",
     "how many GP practices in farrowdale? for the ext access rota plannning",
     "How many family doctor surgeries does the Farrowdale area have?"],
    "plannning")
absent("cancer alliance chair", "chair of the eastmarch", "alliance, chaired", "alliance is chaired", "alliance chair")
ask("nm-alliance-chair", NONE, "near-miss", [],
    page(PACK, 2, where="Paper B names the Eastmarch Cancer Alliance, not its chair"),
    ["Who chairs the Eastmarch Cancer Alliance?",
     "who chairs the eastmarch cancer allaince? need them for the farrowdale trajectory",
     "Who heads the regional cancer network we're working with on Farrowdale?"],
    "allaince")
absent("response rate", "responded", "responses", "% of staff")
ask("nm-survey-rate", NONE, "near-miss", [],
    cite(FAQ, "STP staff survey", where="FAQ gives the survey's closing date only"),
    ["What was the response rate to the STP staff survey?",
     "what % of staff did the STP survey? response rate for the HR reprot",
     "How many colleagues have filled in the plan's staff questionnaire?"],
    "reprot")

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
    rel = re.search(r"\b(next (two|four|2|4) months|this month|overdue|at the moment|as of today|by now|"
                    r"coming up soon|current month|over the next|rest of this year)\b", item["question"].lower())
    if item["as_of"] is None:
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
