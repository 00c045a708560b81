"""The whole footprint as a question's scope ("across the whole partnership area"): its words say the
figure is the footprint's own, not what the question is about, so a line giving that figure need not
repeat them."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.answering.scope import whole_scope
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "scope"), [
    ("how many people are on gp lists across the whole partnership area?", ["across the whole partnership area"]),
    ("roughly how many patients across all four places put together?", ["across all four places put together"]),
    ("how many patients are waiting across the ics?", ["across the ics"]),
    ("what is the gap for the whole footprint by 2021?", ["for the whole footprint"]),
    ("how many practices in the fylde coast area?", []),  # names where, not the whole
    ("how many people work across sites?", []),  # across what is no footprint
    ("what is the registered population of the stp footprint?", ["of the stp footprint"]),  # the footprint by its kind
    ("what is the gap for the system as a whole?", ["for the system as a whole"]),
    ("how have the hubs changed since version 2.1 of the stp?", []),  # "the stp" alone may name the plan
])
def test_a_question_says_its_scope_is_the_whole_footprint(question: str, scope: list[str]) -> None:
    assert [question[a:b].strip() for a, b in whole_scope(question)] == scope


SUMMARY = """Brackwater and Tolley ICS: plan on a page 2025/26

Who we are
Some 402,100 people are registered with 58 GP practices in Brackwater and Tolley. Care is given by two acute
trusts, one community and mental health trust and three councils.

What we will do
Open the Tolley urgent treatment centre by March 2026.
"""


def test_scope_words_are_not_topic(papers, tokenizer) -> None:
    lex = lexicon(papers({"summary.txt": SUMMARY, **OTHER_PAPERS}), tokenizer)
    terms = analyse("How many people are on GP lists across the whole partnership area?", lex).terms
    assert not {tokenizer.stem(w) for w in ("across", "partnership", "area")} & set(terms)
    assert tokenizer.stem("people") in terms


def test_a_footprint_figure_answers_a_question_asked_of_the_whole_footprint(papers) -> None:
    """"Area" is in no paper: read as topic, a word in no paper would weigh the most and refuse."""
    index = papers({"summary.txt": SUMMARY, **OTHER_PAPERS})
    reply = answer("How many people are on GP lists across the whole partnership area?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("402,100"), reply.answer
