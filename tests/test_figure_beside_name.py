"""A figure asked of a named thing: the figure written straight after its name ("Garth Moor 96,300") is its
figure, and a number word counting back things already named ("the smallest of the three,") is no figure."""

import pytest

from bot.answering import types
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SUMMARY = """Delivery Plan 2017-19: a summary

Our population
Our eight partners - two hospital trusts, a community and mental health trust, an ambulance service, two CCGs and two councils - serve
511,600 registered patients. By place: Vellacombe 241,800; Northrey 173,500; Garth Moor 96,300. Garth
Moor is the smallest and most rural of the three, and has the oldest population.
"""


@pytest.mark.parametrize(("text", "found"), [
    ("Garth Moor is the smallest and most rural of the three, and has the oldest population.", []),
    ("all three of the hubs open in 2018", ["three"]),
    ("the three hubs open in 2018", ["three"]),
])
def test_a_number_word_counting_back_is_no_figure(text: str, found: list[str]) -> None:
    assert [phrase for _, _, phrase in types.numbers(text)] == found


@pytest.mark.parametrize(("question", "figure"), [
    ("What is the population of Garth Moor?", "96,300"),
    ("What is the population of Northrey?", "173,500"),
])
def test_the_figure_beside_the_asked_name(papers, question: str, figure: str) -> None:
    reply = answer(question, papers({"summary.txt": SUMMARY, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(figure), reply.answer
