"""Must-do matrices with the must-dos down the rows and programmes across (named with their codes,
some of which sound like must-dos: "Cancer Early Diagnosis GO6"), ticks carrying footnote numbers
("✓²") explained under the grid, crosses for gaps and dashes for "not applicable"."""

import pytest

from bot.answering.pipeline import answer
from bot.reading.marks import cell_text
from bot.textnorm import Tokenizer

HEADER = ("National must-do\tNeighbourhood Care GO1\tSame Day Urgent Care GO2\tElective Recovery and Surgical Hub GO3\t"
          "Mental Health Crisis GO4\tCancer Early Diagnosis GO6\tLearning Disability and Autism GO7")
ROWS = [
    ("1 STP: develop and deliver the Sustainability and Transformation Plan", "✓", "✓", "✓", "✓", "✓", "✓"),
    ("3 Primary care: sustainability and quality of general practice", "✓", "✓2", "–", "✗", "–", "–"),
    ("4 Urgent and emergency care: A&E 4-hour standard, ambulance response", "✓", "✓", "–", "✓", "–", "–"),
    ("6 Cancer: 62-day standard and two-week wait", "✗", "–", "✓", "–", "✓", "–"),
    ("7 Mental health: IAPT, early intervention in psychosis, dementia", "✓", "✓", "–", "✓1", "–", "✓"),
    ("8 Learning disabilities: Transforming Care, reduce inpatient capacity", "✗", "–", "–", "✗", "–", "✓"),
]
MATRIX = "\n".join([
    "Programme contribution to the nine national must-dos, 2017-19",
    "",
    HEADER,
    *("\t".join(cell_text(c) for c in row) for row in ROWS),
    "",
    "Key: ✓ programme contributes directly; ✗ no contribution (gap to be reviewed); – not applicable",
    "Notes",
    "1 GO4: the crisis line takes referrals from the memory assessment service out of hours.",
    "2 GO2: NHS 111 direct booking into GP extended access hubs frees practice appointments.",
]) + "\n"


@pytest.mark.parametrize("cell, read", [("✓2", "Yes (note 2)"), ("✓ 1", "Yes (note 1)"), ("●³", "Yes (note 3)"),
                                        ("✗4", ""), ("✓", "Yes")])
def test_a_tick_with_a_footnote_number_keeps_the_number(cell: str, read: str) -> None:
    assert cell_text(cell) == read


@pytest.fixture
def grid(papers):
    return papers({"mustdo_matrix.txt": MATRIX})


def test_programme_columns_named_like_must_dos_do_not_turn_the_grid(grid) -> None:
    # "Cancer Early Diagnosis GO6" and "Mental Health Crisis GO4" name must-do topics; the header's first
    # cell says the rows are the must-dos, so must-do 6 is covered by GO3 and GO6, not the other way round
    reply = answer("Which programmes contribute to must-do 6 (cancer)?", grid, Tokenizer())
    covered = reply.answer.split(".")[0]
    assert reply.answered and "must do 6" in covered and "GO3" in covered and "GO6" in covered, reply.answer
    assert not any(code in covered for code in ("GO1", "GO2", "GO4", "GO7")), reply.answer


def test_a_dash_is_not_applicable_neither_cover_nor_gap(grid) -> None:
    reply = answer("Which programmes have nothing entered against must-do 8 (learning disabilities)?", grid, Tokenizer())
    assert reply.answered, reply.answer
    gap = reply.answer.split(";")[0]
    assert "GO1" in gap and "GO4" in gap and not any(code in gap for code in ("GO2", "GO3", "GO6", "GO7")), reply.answer
    assert "not applicable" in reply.answer


def test_a_footnoted_tick_is_answered_with_its_note_and_cites_it(grid) -> None:
    reply = answer("What does the note say about how Same Day Urgent Care GO2 supports must-do 3 (general practice)?", grid,
                   Tokenizer())
    assert reply.answered and "NHS 111 direct booking" in reply.answer, reply.answer
    assert any("NHS 111 direct booking" in c.quote for c in reply.citations), reply.citations


@pytest.mark.parametrize("cell, number", [("8", 8), ("3.", 3), ("4 Urgent and emergency care", 4), ("10", None)])
def test_a_must_do_cell_holding_only_its_number_names_it(cell: str, number: int | None) -> None:
    from bot.records.mustdos import identify_mustdo

    assert identify_mustdo(cell) == number


@pytest.mark.parametrize("question", [
    "Which national must-dos does the GO4 programme contribute to?",
    "Across the nine national must-dos, where does our mental health crisis work count towards delivery?",
])
def test_the_must_dos_one_programme_covers(grid, question: str) -> None:
    reply = answer(question, grid, Tokenizer())
    assert reply.answered and "Mental Health Crisis GO4" in reply.answer, reply.answer
    assert all(f"must do {n}" in reply.answer for n in (1, 4, 7)), reply.answer
    assert not any(f"must do {n} " in reply.answer for n in (3, 6, 8)), reply.answer  # a cross is no entry, a dash not applicable


def test_the_key_under_the_grid_is_read_with_it(grid) -> None:
    # "directly" is only in the key ("✓ programme contributes directly"): the question is about the grid
    reply = answer("Which programmes contribute directly to must-do 6 (cancer)?", grid, Tokenizer())
    covered = reply.answer.split(".")[0]
    assert reply.answered and "GO3" in covered and "GO6" in covered, reply.answer
