"""A register's own threshold: "Risks scoring 12 or more after barriers are reported to the Partnership
Board". Asked "which risks go to the board?", with no number, the rows passing that bound on the column
it names answer; a score written with its working ("C4 × L3 = 12") is its result."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.stated_thresholds import stated_threshold
from bot.answering.thresholds import cell_amount
from bot.textnorm import Tokenizer

REGISTER = """Bow-tie risk log
Scores are consequence (C) x likelihood (L). Risks scoring 12 or more after barriers are reported to the Partnership Board.

| Ref | Risk event | Risk owner | Before barriers | After barriers |
|---|---|---|---|---|
| R01 | UTC cannot be staffed for a 24-hour service | Sunita Gillespie | C4 × L4 = 16 | C4 × L3 = 12 |
| R02 | The system misses its control total | Colm Ridgeway | C5 × L4 = 20 | C5 × L3 = 15 |
| R03 | Legal challenge over the stroke consultation | Ivo Szymanski | C4 × L4 = 16 | C4 × L2 = 8 |
| R04 | No shared care record | Yasmin Farrukh | C3 × L3 = 9 | C3 × L2 = 6 |
"""
UNSTATED = REGISTER.replace("Risks scoring 12 or more after barriers are reported to the Partnership Board.", "")


@pytest.mark.parametrize("text, said", [
    ("Risks scoring 12 or more after barriers are reported to the Partnership Board.", (12.0, "after barriers")),
    ("(a risk with a score of 15 or more is escalated to the Programme Board)", (15.0, "")),
    ("Risks rated 20+ go to the Board.", (20.0, "")),
    ("The Board reviewed twelve risks.", None),
])
def test_a_threshold_a_paper_states(text: str, said) -> None:
    found = stated_threshold(text)
    assert (None if found is None else (found.bound.amount.value, found.column)) == said


@pytest.mark.parametrize("cell, value", [("C4 × L3 = 12", 12.0), ("4 x 5 = 20", 20.0), ("C4 × L3", None)])
def test_a_score_with_its_working_is_its_result(cell: str, value) -> None:
    amount = cell_amount(cell)
    assert (amount.value if amount else None) == value


@pytest.mark.parametrize("question", ["Which risks are reported to the Partnership Board?", "which risks go up to the board?",
                                      "Which risks meet the threshold for reporting to the Partnership Board?"])
def test_the_rows_past_the_papers_own_threshold_answer(papers, question: str) -> None:
    reply = answer(question, papers({"risk_log.md": REGISTER}), Tokenizer())
    assert reply.answered and "R01" in reply.answer and "R02" in reply.answer, reply.answer
    assert "R03" not in reply.answer and "R04" not in reply.answer, reply.answer  # R03 passes only before barriers


def test_a_column_named_by_its_small_word_is_the_one_asked(papers) -> None:
    reply = answer("which risks score 12 or more after barriers?", papers({"risk_log.md": UNSTATED}), Tokenizer())
    assert reply.answered and "After barriers" in reply.answer and "R03" not in reply.answer, reply.answer


def test_no_threshold_stated_no_rows_chosen_by_one(papers) -> None:
    reply = answer("Which risks are reported to the Partnership Board?", papers({"risk_log.md": UNSTATED}), Tokenizer())
    assert "of the 4 rows" not in reply.answer, reply.answer
