"""A sentence about the topic, and the next one going on about it with the item asked for: "The footprint
is the six boroughs of A, B and C." / "Our population of 412,000 people is ...". The two are one answer;
a next sentence that does not go on about the topic, or counts something else, is not."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Wexbury Local Delivery Plan on a Page

- The Wexbury system footprint is the six boroughs of Alderby, Brockton, Carswell, Dunmere, Eastleigh Vale and Farrow.
- Our population of 412,000 people is served by two councils and 61 GP practices.
- The Harbourside estates review covers Greyholm, Kestlewick and Marrowby sites.
- The review's 14 recommendations go to the board in May.
"""


@pytest.fixture
def plan(papers):
    return papers({"ldp_on_a_page.txt": PLAN, **OTHER_PAPERS})


def test_the_next_sentence_gives_the_figure_asked(plan) -> None:
    reply = answer("How many people in the boroughs of Alderby, Brockton and Carswell?", plan, Tokenizer())
    assert reply.answered and reply.answer.startswith("412,000"), reply.answer
    assert {c.line for c in reply.citations} >= {3, 4}, reply.citations  # both sentences cited


def test_a_next_sentence_counting_something_else_is_not_the_answer(plan) -> None:
    reply = answer("How many beds are in the review of the Greyholm, Kestlewick and Marrowby sites?", plan, Tokenizer())
    assert not reply.answer.startswith("14"), reply.answer
