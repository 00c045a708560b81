"""A word of grammar or manner that no paper uses is no sign the papers cannot answer: it is left out of
the question's topic, where a content word the papers lack still counts as unknown."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.function_words import adverb_of, grammar_only
from bot.answering.lexicon import lexicon

PAPER = """Marsh Coast LDP

Neighbourhood Care Teams
The Senior Responsible Officer for Neighbourhood Care Teams is Dr Ana Pell.
Neighbourhood care teams bring community nurses and GPs together.
"""

ENGLISH = {"ultimate", "full", "easy", "probable", "formal", "weekly"}.__contains__


@pytest.fixture
def lex(papers, tokenizer):
    return lexicon(papers({"marsh.txt": PAPER}), tokenizer)


@pytest.mark.parametrize(("word", "adverb"), [
    ("ultimately", True), ("fully", True), ("easily", True), ("probably", True), ("formally", True),
    ("family", False),  # no "fami"
    ("july", False), ("early", False),  # too short to be an adjective's "-ly"
    ("weekly", False),  # "week" is no adjective of the list
])
def test_an_adverb_is_an_english_adjective_and_ly(word: str, adverb: bool) -> None:
    assert adverb_of(word, ENGLISH) is adverb


@pytest.mark.parametrize(("word", "grammar"), [
    ("whoever", True), ("whether", True), ("together", True), ("ultimately", True), ("vs", True), ("versus", True),
    ("parking", False), ("fire", False), ("first", False), ("four", False),  # content words, ordinals, numbers
])
def test_grammar_words_are_closed_class_or_adverbs(word: str, grammar: bool) -> None:
    assert grammar_only(word, ENGLISH) is grammar


def test_an_adverb_the_papers_never_use_is_no_unknown_word(lex) -> None:
    analysis = analyse("Who is ultimately the SRO for neighbourhood care teams?", lex)
    assert not analysis.unknown
    assert "ultim" not in analysis.terms


def test_a_content_word_the_papers_never_use_is_still_unknown(lex) -> None:
    analysis = analyse("Who is the SRO for the car parking permits?", lex)
    assert {"park", "permit"} <= analysis.unknown


def test_a_grammar_word_the_papers_use_is_weighed_as_any_word(lex) -> None:
    analysis = analyse("Who brings nurses and GPs together?", lex)
    assert "togeth" in analysis.terms and "togeth" not in analysis.unknown


def test_a_verb_of_intent_before_to_is_not_the_topic(lex) -> None:
    analysis = analyse("Who is trying to bring nurses and GPs together?", lex)
    assert "tri" not in analysis.terms and "bring" in analysis.terms


@pytest.mark.parametrize(("word", "after", "grammar"), [
    ("carried", "out", True), ("carry", "out", True),
    ("carried", "on", True),  # "if the NHS carried on as it is": going on as now, whatever goes on
    ("carried", "forward", False),  # money carried forward: what is asked about
    ("carried", "", False),
])
def test_carrying_out_says_only_that_something_was_done(word: str, after: str, grammar: bool) -> None:
    assert grammar_only(word, ENGLISH, after) is grammar


def test_a_phrasal_verb_of_doing_the_papers_never_use_is_no_unknown_word(lex) -> None:
    analysis = analyse("When was the neighbourhood care teams review carried out?", lex)
    assert "carri" not in analysis.unknown and "carri" not in analysis.terms


def test_carrying_on_as_now_is_no_unknown_word(lex) -> None:
    analysis = analyse("If the local NHS carried on as it is, how big would its money shortfall be by 2020/21?", lex)
    assert "carri" not in analysis.unknown and "carri" not in analysis.terms and "shortfal" in analysis.terms
