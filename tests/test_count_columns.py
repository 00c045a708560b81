""""How many milestones are at risk in LC4?" over a summary row "LC4 | Milestones 4 | Complete 1 | At risk 0":
the column naming which ones ("At risk") answers, not the one naming the counted things themselves."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SUMMARY = """Joint delivery plan 2026/27: summary

Programme\tMilestones\tComplete\tAt risk
LC4 Primary Care\t4\t1\t0
LC5 Mental Health\t5\t0\t3
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("how many milestones at risk in LC4?", "0"),
    ("How many milestones are complete in LC4?", "1"),
    ("How many milestones does LC5 have?", "5"),  # the counted things asked alone: their own column
])
def test_the_column_saying_which_ones_answers_a_count(papers, tokenizer: Tokenizer, question: str, expected: str) -> None:
    index = papers({"summary.txt": SUMMARY, **OTHER_PAPERS})
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.split()[0] == expected, reply.answer
