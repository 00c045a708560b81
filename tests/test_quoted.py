"""A phrase the question quotes is the paper's own: the text writing it (in order, close together, a
typing slip allowed) is the one asked about."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.quoted import holds_quoted, quoted_stems
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "phrases"), [
    ("prevention P5 'health in all polices' - which policy areas are named?", 1),
    ('who owns the "Well Skelmersdale" work?', 1),
    ("what's the 'do nothing' gap?", 0),  # stopwords only: nothing to hold
    ("what's in the trust's plan?", 0),  # apostrophes open no quotation
])
def test_the_phrases_a_question_quotes(question: str, phrases: int) -> None:
    assert len(quoted_stems(question, Tokenizer())) == phrases


@pytest.mark.parametrize(("text", "held"), [
    ("Embed health in all policies including employment, planning, transport and housing", True),
    # the words far apart, or one only the start of a longer word: not the phrase
    ("Engagement with local Healthwatch, universities and the police on the plan", False),
])
def test_a_text_holds_the_quoted_phrase(text: str, held: bool) -> None:
    tok = Tokenizer()
    quoted = quoted_stems("'health in all polices' - which areas?", tok)
    assert holds_quoted(text, quoted, tok) is held


PREVENTION = """Prevention and Population Health Plan on a Page

Engagement has included wider stakeholders (universities, voluntary sector, police, local Healthwatch).
Embed health in all policies including employment, planning, transport and housing.
"""


def test_the_line_writing_the_quoted_phrase_answers(papers) -> None:
    index = papers({"prevention.txt": PREVENTION, **OTHER_PAPERS})
    reply = answer("prevention plan 'health in all polices' - which policy areas are named?", index, Tokenizer())
    assert reply.answered and "employment, planning, transport and housing" in reply.answer, reply.answer
