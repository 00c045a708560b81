"""A must-do grid's key set out in one row ("L = lead programme ✓ = programme contributes blank = no
planned contribution"): each mark's meaning is read, so a tick (which the readers write "Yes") is a
contribution, not a lead, and "which must-do has no lead programme?" finds the one with ticks only; a
cell holding a footnote letter ("a", its tick lost in extraction) is read with its note."""

import pytest

from bot.answering.candidates.mustdo_marks import mark_level, spelled_mark
from bot.answering.pipeline import answer
from bot.records.abbreviations import code_keys
from bot.textnorm import Tokenizer

GRID = """Table 2: Programmes against the nine national must-dos 2026/27
Programme\tMust do 4 A&E\tMust do 5 RTT\tMust do 6 Cancer\tMust do 7 Mental health\tMust do 9 Quality
A Urgent Care\tL\t\t\t\t✓
B Planned Care\t\tL\t✓\t\t✓
C Cancer\t\ta\tL\t\t
D Mental Health\t\t\t\tL\t✓
Key: L = lead programme for the must-do ✓ = programme contributes to the must-do blank = no planned contribution
a Cancer contributes to must do 5 from Q3 2026/27 only, when diagnostics move to the new centre.
"""


def test_a_key_in_one_row_gives_each_marks_meaning() -> None:
    found = dict(code_keys(["Key: L = lead programme ✓ = programme contributes blank = no planned contribution"]))
    assert found == {"L": "lead programme", "✓": "programme contributes", "blank": "no planned contribution"}
    assert dict(code_keys(["RAG key: G = green, on track; A = amber"])) == {"G": "green, on track", "A": "amber"}


@pytest.mark.parametrize(("cell", "level"), [("L", "lead"), ("Yes", "contribute"), ("Partial", "contribute")])
def test_a_tick_the_key_calls_a_contribution_is_no_lead(cell: str, level: str) -> None:
    assert mark_level(spelled_mark(cell, {"L": "lead programme", "✓": "programme contributes"})) == level


@pytest.fixture
def grid(papers):
    return papers({"grid.txt": GRID})


def test_the_must_do_with_contributions_only_has_no_lead_programme(grid) -> None:
    reply = answer("Which national must-do has no lead programme?", grid, Tokenizer())
    assert reply.answered and "must do 9" in reply.answer, reply.answer


def test_a_footnote_letter_is_read_with_its_note(grid) -> None:
    reply = answer("How does C Cancer contribute to must do 5?", grid, Tokenizer())
    assert reply.answered and "Q3 2026/27" in reply.answer, reply.answer
