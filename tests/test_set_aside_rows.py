""""Which area saves the most (not counting footprint-wide)?": a row the question sets aside is no
contender for the top or the bottom of its column."""

import pytest

from bot.answering.analysis import _SET_ASIDE_TOPIC
from bot.answering.pipeline import answer

def test_a_row_set_aside_is_no_contender(bank_index, tokenizer) -> None:
    """A real PDF (bank AL's annex): the savings table's rows are three plan areas and a footprint-wide line."""
    index = bank_index("other_ics_al")
    question = "which plan area saves the most overall? (not counting footprint wide)"
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith("Cawdermoor City"), reply.answer
    every = answer("which plan area saves the most overall?", index, tokenizer)
    assert every.answered and every.answer.startswith("Footprint-wide"), every.answer


@pytest.mark.parametrize("text", ["not counting footprint wide", "leaving out the footprint-wide row", "ignoring footprint wide"])
def test_ways_of_setting_aside(text: str) -> None:
    assert _SET_ASIDE_TOPIC.search(text)
