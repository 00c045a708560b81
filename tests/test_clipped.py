"""Clipped words ("the ortho hub", "nursing assoc") are read as the one word family the papers begin
with them, not as words no paper holds; a common English word or a stub of two families is not."""

import pytest

from bot.answering.clipped import clipped
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from tests.conftest import OTHER_PAPERS

PAPERS = {
    "tracker.txt": (
        "Northvale ICS scheme register\n"
        "Ref | Scheme | SRO | Clinical lead\n"
        "NV-01 | Elective Orthopaedic Hub | Jane Holloway | Mr Ravi Mendes\n"
        "NV-02 | Shared Care Record | Peter Oduya | Dr Alys Tennant\n"
        "NV-03 | Nursing associates cohort 2 | Ann Berridge | Dr Kemi Lawal\n"
        "Carers support is led by the carers team. The market position statement is due in May.\n"
        "The specification and the special schools review are separate.\n"
        "Apologies were received from the Chief Officer.\n"
    ),
}


@pytest.fixture
def index(papers):
    return papers(PAPERS)


@pytest.mark.parametrize(("word", "family"), [
    ("ortho", {"orthopaed"}),
    ("assoc", {"associ"}),
    ("apols", {"apolog"}),  # a clipping made plural
])
def test_a_clipping_is_the_one_family_it_begins(index, tokenizer, word: str, family: set[str]) -> None:
    assert clipped(word, lexicon(index, tokenizer)) == family


@pytest.mark.parametrize("word", [
    "car",  # a common English word of its own, not "carers"
    "mark",  # nor "market"
    "spec",  # begins "specification" and "special": could be either
    "zzq",  # begins nothing
    "shared",  # in the papers already
    "or",  # too short to be a clipping
])
def test_no_clipping_is_read_where_it_could_be_another_word(index, tokenizer, word: str) -> None:
    assert clipped(word, lexicon(index, tokenizer)) == frozenset()


def test_a_question_with_a_clipped_word_is_answered(index, tokenizer) -> None:
    reply = answer("clinical lead for the ortho hub? need a surgeon for the theatre review", index, tokenizer)
    assert reply.answered and "Mendes" in reply.answer[:300], reply.answer


REGISTERED = {
    "footprint.txt": "Our footprint\nThe footprint serves a registered population of 842,300 people.\n",
    "directors.txt": "Directors\nThe regional director chairs the assurance meeting. Regulated care homes are inspected yearly.\n",
}


@pytest.mark.parametrize(("before", "family"), [
    ("popul", {"regist"}),  # "reg pop": of "registered", "regional" and "regulated", only "registered population" is written
    ("director", {"region"}),
    ("budget", set()),  # none of them is written before it: no telling which
    (None, set()),  # nothing beside it: two families or more, no telling
])
def test_a_clipping_of_several_families_is_read_by_the_word_after_it(papers, tokenizer, before, family: set[str]) -> None:
    assert clipped("reg", lexicon(papers({**REGISTERED, **OTHER_PAPERS}), tokenizer), before) == family


NETWORK = {
    "tracker.txt": ("Acute collaboration tracker\nThe pathology network goes live in April 2018.\n"
                    "A patient portal is planned. The patients' budget is set.\n"),
}


@pytest.mark.parametrize(("before", "family"), [
    ("network", {"patholog"}),  # "path network": no paper writes "path", one family beginning it is written before "network"
    ("budget", set()),  # "path budget": nothing beginning "path" is written before it
    (None, set()),  # a common word alone is a word of its own
])
def test_a_common_word_no_paper_writes_is_a_clipping_only_by_the_word_after_it(papers, tokenizer, before, family: set[str]) -> None:
    lex = lexicon(papers({**NETWORK, **OTHER_PAPERS}), tokenizer)
    assert clipped("path", lex, before and tokenizer.stem(before)) == family
