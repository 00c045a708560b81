"""Must-do questions read a matrix the way staff do: a question naming a priority gets that
priority's cell in full; a question naming none gets the whole row; a cell holding only a tick or a
"Yes" says that a priority covers the must-do, not what it does."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

MATRIX = """Dunmere priorities against the 9 National Must Do's 2/3

\t9 Must Do's\tP1\tP2\tP3
4\tGet back on track with access standards for A&E and ambulance waits, ensuring more than 95 percent of patients wait no more than four hours in A&E.\tFrailty hub reducing admissions and supporting integrated discharge planning with transitional care beds\tOut of hospital urgent care programme with a single point of access\tYes
5\tImprovement against and maintenance of the NHS Constitution standards that more than 92 percent of patients on non-emergency pathways wait no more than 18 weeks from referral to treatment.\t\tPlanned care projects reducing follow-up appointments\t
"""


@pytest.fixture
def dunmere(papers):
    return papers({"dunmere_annex.txt": MATRIX})


def test_a_named_priority_gets_its_own_cell(dunmere) -> None:
    reply = answer("What does priority 1 contribute to must do 4 in the Dunmere matrix?", dunmere, Tokenizer())
    assert reply.answered and reply.answer.startswith("P1"), reply.answer
    assert "transitional care beds" in reply.answer


@pytest.mark.parametrize("question", [
    "What does the Dunmere matrix say against must do 4?",
    "What does Dunmere's grid give for the A&E and ambulance waits must do?",
])
def test_no_priority_named_gets_the_row_never_a_bare_mark(dunmere, question: str) -> None:
    reply = answer(question, dunmere, Tokenizer())
    assert reply.answered, reply.answer
    assert not reply.answer.startswith("P3"), reply.answer  # the cell of a bare "Yes" is no answer alone
    assert "Frailty hub" in reply.answer and "Out of hospital urgent care" in reply.answer


LONG_CELL = ("Prevention and early intervention component in place. Increased proportions diagnosed earlier (stage 1 and 2). "
             "Reduced proportion of cancers diagnosed following emergency admission. Improved survival rates. "
             "Increase in patients receiving timely treatment.")
CANCER = f"""Dunmere priorities against the 9 National Must Do's 2/3

\t9 Must Do's\tP1\tP2\tP3
6\tAchieve and maintain the NHS Constitution standards for cancer.\ton\t{LONG_CELL}\tYes
"""


def test_what_the_grid_says_gives_the_long_cell_the_room_a_short_one_leaves(papers) -> None:
    index = papers({"dunmere_annex.txt": CANCER})
    reply = answer("What impact measures does the Dunmere matrix list against must do 6?", index, Tokenizer())
    assert reply.answered and "timely treatment" in reply.answer, reply.answer
    brief = answer("Which Dunmere priorities cover must do 6?", index, Tokenizer())  # the columns, each cell told briefly
    assert brief.answered and "P2" in brief.answer and "timely treatment" not in brief.answer, brief.answer


MERGED = """Dunmere priorities against the 9 National Must Do's 3/3

Each work programme maps its work to the must-dos; the mental health programme leads on psychosis.

\t9 Must Do's\tP1\tP2\tP3
7\tAchieve and maintain the two new mental health access standards for psychosis and IAPT.\tWe will w\tvork with the Mer\tntal Health programme
"""


def test_a_cell_merged_over_priorities_is_told_once_whole(papers) -> None:
    """One sentence written over P1-P3 answers as that sentence once, under every priority it spans."""
    reply = answer("What does the Dunmere matrix say against must do 7?", papers({"dunmere_annex.txt": MERGED}), Tokenizer())
    assert reply.answered, reply.answer
    assert "P1, P2, P3: We will work with the Mental Health programme" in reply.answer, reply.answer
    assert reply.answer.count("Mental Health programme") == 1, reply.answer


ACROSS = """Kestrel Fen national priorities (the nine must-dos) - coverage by local programme

Local programme\tMD1 System plan\tMD4 UEC: A&E 4-hour\tMD5 Elective: RTT 18 weeks\tMD6 Cancer: 62-day\tMD9 Quality
Elective Recovery\tY\t\tY\tY - CDC diagnostics\t
Primary Care Access\tY\tSame-day hubs\t\tGP direct access to CT\t
Urgent Care\tY\tY\t\t\t
"""


@pytest.mark.parametrize("question", [
    "Which local programmes are mapped to national must-do 6 in the coverage matrix?",
    "which workstreams contribute to the national cancer priority?",
])
def test_programmes_as_rows_and_must_dos_across(papers, question: str) -> None:
    reply = answer(question, papers({"tracker.txt": ACROSS}), Tokenizer())
    assert reply.answered, reply.answer
    assert "Elective Recovery" in reply.answer and "Primary Care Access" in reply.answer and "Urgent Care" not in reply.answer


NAMED_COLUMNS = """Coverage of the nine national must-dos

National must-do\tP1 UEC\tP2 Planned Care\tP5 Mental Health\tP6 Enablers
7. Mental health access\t\t\tYes\t
9. Quality and safety\t\tPartial\tPartial\tYes
"""


def test_a_priority_named_after_its_number_is_the_cell_asked(papers) -> None:
    """"P5 Mental Health" is the column "P5" names: its cell answers what P5 shows against must do 9."""
    reply = answer("In the must-do grid, what is shown for P5 Mental Health against must-do 9?", papers({"deck.txt": NAMED_COLUMNS}), Tokenizer())
    assert reply.answered, reply.answer
    assert reply.answer.startswith("P5 Mental Health") and "Partial" in reply.answer, reply.answer


CAPTIONED = "Coverage grid\n\nHow the six delivery programmes line up against the national must-dos\n\n" \
    "National must-do\tP1 UEC\tP2 Planned Care\tP5 Mental Health\n" + "".join(
        f"{n}. {name}\tYes\t\t\n" for n, name in [(1, "Deliver the system plan"), (2, "Return to financial balance"),
                                                 (3, "Sustain general practice"), (4, "A&E and ambulance"), (5, "Referral to treatment"),
                                                 (6, "Cancer waits"), (7, "Mental health access"), (9, "Quality and safety")])


def test_a_gap_asked_in_the_grids_own_words_is_answered(papers) -> None:
    """"not covered by any of the six delivery programmes": the words of the grid's caption, not of a cell."""
    reply = answer("Which national must-do is not covered by any of the six delivery programmes?", papers({"grid.txt": CAPTIONED}), Tokenizer())
    assert reply.answered and "must do 8" in reply.answer, reply.answer


def test_the_footprints_own_name_is_where_a_gap_is_asked_not_what(bank_index, tokenizer) -> None:
    """"Which must-do has no MKV programme?" over the MKV bank's papers: "MKV" opens most of them (the
    footprint's name), and the gap in its must-do returns names no footprint, yet answers."""
    index = bank_index("other_ics_k")
    reply = answer("which must-do has no mkv programme leading it?", index, tokenizer)
    assert reply.answered and "must do 9" in reply.answer, reply.answer


def test_a_programmes_name_in_a_gap_question_picks_no_must_do(papers) -> None:
    """"Which must-do is a gap for Wexbury - no programme against it?": "Wexbury" names a programme
    ("P6 Wexbury Care Record") the grid's cells mention, not a must-do; the must-do is what is asked."""
    grid = CAPTIONED.replace("P5 Mental Health", "P6 Wexbury Care Record").replace("3. Sustain general practice\tYes\t\t",
                                                                                  "3. Sustain general practice\tYes\t\tWexbury Care Record live")
    reply = answer("which must do is a gap for wexbury - no progamme against it?", papers({"grid.txt": grid}), Tokenizer())
    assert reply.answered and "must do 8" in reply.answer, reply.answer


NUMBERED_YN = "Coverage of the nine national must-dos by programme\n" \
    "Y = programme fully addresses the must-do; Partial = contributes to it; N = not addressed\n\n" \
    "No.\tNational must-do\tP1 Urgent & Emergency Care\tP2 Primary Care\tP3 Mental Health\tP4 Planned Care & Cancer\t" \
    "P5 Learning Disabilities\tP6 Workforce\n" + "".join(
        f"{n}\t{name}\t{cells}\n" for n, name, cells in [
            (1, "STPs: implement the agreed plan", "Y\tY\tY\tY\tY\tY"), (2, "Finance: return to financial balance", "Partial\tN\tN\tY\tN\tN"),
            (3, "General practice: sustainability", "N\tY\tN\tN\tN\tY"), (4, "A&E and ambulance: 4-hour standard", "Y\tPartial\tN\tN\tN\tN"),
            (5, "Referral to treatment: 18 weeks", "N\tN\tN\tY\tN\tN"), (6, "Cancer: 62-day standard", "N\tN\tN\tY\tN\tN"),
            (7, "Mental health: IAPT and psychosis", "N\tN\tY\tN\tN\tN"), (8, "Learning disabilities: Transforming Care", "N\tN\tPartial\tN\tY\tN"),
            (9, "Quality: special measures and safe staffing", "N\tN\tN\tN\tN\tPartial")])


@pytest.mark.parametrize("question, named, unnamed", [
    ("Which programmes fully address must-do 3 (general practice)?", ["P2 Primary Care", "P6 Workforce"], ["P1 Urgent", "P3 Mental", "P4 Planned"]),
    ("Which programme covers must-do 4, A&E and ambulance?", ["P1 Urgent"], ["P3 Mental", "P4 Planned", "P6 Workforce"]),
])
def test_a_column_labelled_national_must_do_holds_the_must_dos_down_its_rows(papers, question: str, named: list[str], unnamed: list[str]) -> None:
    """"No. | National must-do | P1 Urgent & Emergency Care | ...": the programmes are the columns (their
    names hold must-do topics, "Urgent & Emergency", "Mental Health"), the must-dos the rows; an "N"
    under a key "N = not addressed" is no entry, as a cross would be."""
    reply = answer(question, papers({"tracker.txt": NUMBERED_YN}), Tokenizer())
    assert reply.answered, reply.answer
    assert all(name in reply.answer for name in named) and not any(name in reply.answer for name in unnamed), reply.answer


def test_a_must_do_marked_only_n_or_partial_is_the_gap(papers) -> None:
    reply = answer("Which national must-do is not fully addressed by any programme?", papers({"tracker.txt": NUMBERED_YN}), Tokenizer())
    assert reply.answered and "must do 9" in reply.answer and "must do 8" not in reply.answer, reply.answer


def test_a_gap_asked_of_a_named_must_do_is_answered_by_its_blanks_not_its_entries(bank_index, tokenizer) -> None:
    """A gap asked of a named must-do is answered by the programmes with nothing against it, not by those
    with an entry: in this grid the covering cells and the key ("contributes directly", "no
    contribution (gap to be reviewed)") share the question's words, so the entries outranked the blanks."""
    reply = answer("Which programmes are flagged as not contributing to the learning disabilities must-do, gaps to be reviewed?",
                   bank_index("other_ics_i"), tokenizer)
    assert reply.answered and reply.answer.startswith("In the plans, nothing is entered against must do 8"), reply.answer
    assert "GO8" in reply.answer.split(";")[0] and "GO7" not in reply.answer.split(";")[0], reply.answer


LETTER = """Approval of the Northgate urgent treatment centre

Dear Dr Ashby,
Thank you for the outline business case for a new urgent treatment centre (UTC) on the Northgate site.
The Committee recognised that the Northgate UTC supports delivery of national must-do 4 (A&E and ambulance performance).
The Northgate UTC capital of £6.35m is approved subject to the conditions below.
The Northgate UTC must open to patients by 30 September 2020.
""" + "".join(f"Condition ({c}): the Northgate UTC {what}.\n" for c, what in zip("abcdefghij", [
    "full business case goes to the region by 31 January 2020", "planning decision is due by 30 November 2019",
    "workforce plan names its GP cover", "recurrent running costs are confirmed in writing", "contract is awarded within the envelope",
    "opening hours are 8am to 10pm", "estates survey is shared", "travel plan is agreed with the council",
    "digital links to NHS 111 are live", "equality impact assessment is published"]))


def test_a_must_do_named_in_prose_answers_what_must_do_a_scheme_counts_towards(papers) -> None:
    """The grid names programmes, not the UTC: the letter's line naming the must-do answers, not the
    other lines about the UTC."""
    from tests.conftest import OTHER_PAPERS

    index = papers({"grid.txt": NUMBERED_YN, "approval_letter.txt": LETTER, **OTHER_PAPERS})
    reply = answer("What must-do does the Northgate UTC count towards?", index, Tokenizer())
    assert reply.answered and "must-do 4" in reply.answer, reply.answer


def test_a_must_do_named_in_a_letter_is_no_off_grid_answer(bank_index, tokenizer) -> None:
    """Bank K's approval letter names the must-do its scheme supports; the grid does not name the scheme.
    A line naming a must-do answers a must-do question as the grid would, where other prose does not."""
    index = bank_index("other_ics_k")
    reply = answer("Which national must-do does the Brackenmoor UTC help to deliver?", index, tokenizer)
    assert reply.answered and "must-do 4" in reply.answer, reply.answer


@pytest.mark.parametrize("question, named", [
    ("NHS Improvement are asking which of our programmes is on the hook for the four-hour standard and ambulance response times.",
     "P1 Urgent"),
    ("Which programmes help keep people's waits for planned treatment within 18 weeks of referral?", "P4 Planned"),
])
def test_programmes_asked_of_a_standard_in_a_must_dos_own_words_are_the_grids(papers, question: str, named: str) -> None:
    """No "must-do" said: "which of our programmes" asked of the four-hour standard, in the words the
    must-do's row uses, is the grid's coverage of that must-do."""
    from tests.conftest import OTHER_PAPERS

    reply = answer(question, papers({"tracker.txt": NUMBERED_YN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and named in reply.answer and reply.answer.startswith("In the plans, must do"), reply.answer


@pytest.mark.parametrize("question", ["which of our offers is ticked for cancer?", "which ones have a tick against cancer?"])
def test_a_tick_asked_for_a_standard_is_the_grids_coverage(papers, question: str) -> None:
    """A tick is a mark in the must-do grid, whatever the items are called ("offers"): asked what is
    ticked for cancer, the grid's coverage of the cancer must-do answers, though "must-do" is never said."""
    from tests.conftest import OTHER_PAPERS

    reply = answer(question, papers({"tracker.txt": NUMBERED_YN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("In the plans, must do 6") and "P4 Planned" in reply.answer, reply.answer



def _grid(title: str, blank: int) -> list[list[object]]:
    names = [(1, "STPs: implement the agreed plan"), (2, "Finance: return to financial balance"), (3, "General practice: sustainability"),
             (4, "A&E and ambulance: 4-hour standard"), (5, "Referral to treatment: 18 weeks"), (6, "Cancer: 62-day standard"),
             (7, "Mental health: IAPT and psychosis"), (8, "Learning disabilities: Transforming Care"),
             (9, "Quality: special measures and safe staffing")]
    return [[title], [], ["No.", "National must-do", "P1 Urgent Care", "P2 Primary Care"]] + \
        [[n, name, "" if n == blank else "Y", "" if n == blank else "Y"] for n, name in names]


@pytest.mark.parametrize(("question", "kept"), [
    ("Which national must-do is not covered by any line on the route map?", {"route_map.xlsx"}),
    ("Which must-do has no entry in the gateway review checklist?", {"review.xlsx"}),
    ("Which national must-do is not covered by any programme?", {"route_map.xlsx", "review.xlsx"}),  # no paper named
])
def test_a_gap_asked_of_a_paper_named_by_its_title_reads_that_papers_grid(tmp_path, tokenizer, question: str, kept: set) -> None:
    """Two papers hold a grid each: the gap asked "on the route map" is read from the route map's grid alone,
    though the review's checklist covers every must-do."""
    from bot.answering.candidates.mustdos import _named_papers_grid
    from bot.answering.candidates.question_rows import area_records
    from bot.answering.pipeline import context_for
    from bot.index.indexer import build_index
    from bot.index.store import PlanIndex
    from tests.conftest import OTHER_PAPERS
    from tests.office_files import workbook

    folder = tmp_path / "papers"
    folder.mkdir()
    workbook(folder / "route_map.xlsx", {"Route map": _grid("Partnership Board route map, March 2017", 8)})
    workbook(folder / "review.xlsx", {"Checklist": _grid("Gateway review checklist, February 2017", 3)})
    for name, text in OTHER_PAPERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    ctx = context_for(question, index, tokenizer, None, 1000, None)
    table = area_records(ctx, "mustdos")
    rows = _named_papers_grid(ctx, table, table.in_areas([]))
    assert {table.rows[i]["document"] for i in rows.tolist()} == kept
