"""A grid that numbers the national priorities itself, as a later year's planning guidance does ("1
Urgent & emergency care: 4-hour A&E ...", "7 Workforce: reduce agency spend ..."): the paper's numbers
and words stand, not the 2016/17 must-do its words recall; a grid numbering the 2016/17 must-dos as the
guidance did, or under words naming none of them, is read as before."""

import pytest

from bot.answering.pipeline import answer
from bot.records.mustdos import mustdo_name, numbered_in_question, own_label
from bot.textnorm import Tokenizer

LABELS = ["1 Urgent & emergency care: 4-hour A&E and ambulance response", "2 Elective care: 18 weeks RTT",
          "3 Cancer: 62-day standard", "4 Primary care: access to general practice", "5 Mental health: out-of-area placements",
          "6 Workforce: reduce agency spend", "7 Finance: deliver a balanced plan"]
ROWS = [("A Urgent Care", "L", "", "", "Yes", "", "", ""),
        ("B Planned Care", "", "L", "Yes", "", "", "", ""),
        ("C Cancer", "", "Yes", "L", "", "", "", ""),
        ("D People", "", "", "", "", "", "L", "L")]
GRID = "Table 3: Programmes against the national priorities ('must-dos') 2026/27\n" + \
       "\t".join(["Programme", *LABELS]) + "\n" + "".join("\t".join(r) + "\n" for r in ROWS) + \
       "Key: L = lead programme; Yes = contributes; blank = no planned contribution\n"


@pytest.fixture
def grid(papers):
    return papers({"coverage_grid.txt": GRID})


@pytest.mark.parametrize("question, says, never", [
    # its words ("cancer", "elective") name the paper's priority 3 and 2, not the 2016/17 must-dos 6 and 5
    ("Which programmes cover the cancer must-do?", "must do 3 (Cancer: 62-day standard)", "must do 6"),
    ("Which programme leads on the elective care national priority?", "B Planned Care", "must do 5"),
    # a number asked is the paper's number
    ("What does C Cancer do for national priority 2?", "must do 2 (Elective care", "must do 5"),
    ("Which national priorities does D People lead?", "must do 6 (Workforce: reduce agency spend)", "financial balance"),
])
def test_the_papers_own_numbers_and_words_answer(grid, question: str, says: str, never: str) -> None:
    reply = answer(question, grid, Tokenizer())
    assert reply.answered and says in reply.answer and never not in reply.answer, reply.answer


def test_a_grid_numbering_the_2016_must_dos_keeps_their_names() -> None:
    assert own_label(4, "4 A&E four-hour standard and ambulance response") is None  # the same must-do's words
    assert own_label(1, "1 Deliver the system plan (Joint Forward Plan)") is None  # words naming no must-do
    assert mustdo_name(4, "4 A&E four-hour standard") == "must do 4 (A&E and ambulance access standards)"
    assert mustdo_name(2, "2 Elective care: 18 weeks RTT") == "must do 2 (Elective care: 18 weeks RTT)"


@pytest.mark.parametrize("question, numbers", [
    ("What does national priority 2 need from us?", [2]), ("which must do 4 schemes", [4]), ("MD8 owner?", [8]),
    ("What is priority 2 about?", []),  # a local priority ("P2"), not a national one
])
def test_must_dos_asked_by_number(question: str, numbers: list[int]) -> None:
    assert numbered_in_question(question) == numbers
