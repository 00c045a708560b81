"""A table of two columns, a label and its value ("Measure | Value"): what a question asks of the label
is the value beside it, whether it asks "what was" or "how many"."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

UPDATE = """Same Day Urgent Care programme update, January 2018

Performance, December 2017
Measure\tValue
A&E 4-hour standard: Greywater Royal\t86.1%
A&E 4-hour standard: system\t87.3%
Ambulance Category 1 mean response\t7 min 42 s
Handovers over 60 minutes at Greywater Royal\t212

Key risks
1. GP workforce at Saltmarsh: four of six sessional GP posts vacant.
"""


@pytest.fixture
def update(papers):
    return papers({"sduc_update.txt": UPDATE})


@pytest.mark.parametrize("question, value", [
    ("What was the system A&E 4-hour performance in December 2017?", "87.3%"),
    ("what was the category 1 ambulance mean response?", "7 min 42 s"),
    ("How many handovers over 60 minutes were there at Greywater Royal?", "212"),
])
def test_the_value_beside_the_named_label_answers(update, question: str, value: str) -> None:
    reply = answer(question, update, Tokenizer())
    assert reply.answered and reply.answer.startswith(value), reply.answer
