"""The row with the widest gap between two number columns the question names: no cell holds the gap,
each row's difference is compared."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SAVINGS = """Wexbury Programme Board, 14 November 2018

Savings: plan vs forecast outturn (£m)
Programme\tPlan 2018/19\tForecast outturn (M6)
W1 Prevention\t0.8\t0.7
W2 Urgent Care\t4.6\t3.1
W3 Planned Care\t5.1\t4.8
W4 Workforce\t2.3\t1.6
"""


@pytest.fixture
def board(papers):
    return papers({"board_slides.txt": SAVINGS, **OTHER_PAPERS})


@pytest.mark.parametrize("question", [
    "Which programme has the largest gap between planned and forecast savings?",
    "which wexbury programme is furthest behind on savings - plan vs forecast?",
])
def test_the_widest_gap_between_two_named_columns(board, question: str) -> None:
    reply = answer(question, board, Tokenizer())
    assert reply.answered and reply.answer.startswith("W2 Urgent Care") and "1.5" in reply.answer, reply.answer


def test_one_named_column_is_still_read_alone(board) -> None:
    reply = answer("Which programme has the largest forecast outturn?", board, Tokenizer())
    assert reply.answered and reply.answer.startswith("W3 Planned Care"), reply.answer
