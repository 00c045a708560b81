"""Asked how many there are in all, a figure counting a first batch ("First 4 Community Care Hubs live")
is not the whole count; and a number word opening a sentence counts what follows it ("Eleven Community
Care Hubs ... will be"), though one before a single name is part of the name ("One Herefordshire")."""

import pytest

from bot.answering import types
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

DECK = """P2: Community Care Hubs (CCH)

Ambition
Eleven hubs bringing GP, community nursing, social care and voluntary sector together.
"""
MILESTONES = """Wexbury STP milestone tracker

Ref\tMilestone\tLead\tDue
P2.1\tFirst 4 Community Care Hubs live\tDr Saskia Pendergast\tOct-17
P2.2\tCare home support team in place\tDr Saskia Pendergast\tWinter 2017/18
"""


@pytest.mark.parametrize(("text", "found"), [
    ("2.3 Eleven Community Care Hubs, each serving 30,000 people.", "Eleven"),
    ("Three Trusts will merge their back offices.", "Three"),
    ("One Herefordshire is our partnership of health and care.", None),
    ("We have joined One Herefordshire.", None),
])
def test_a_number_word_opening_a_sentence(text: str, found: str | None) -> None:
    words = [p for _, _, p in types.numbers(text) if p.isalpha()]
    assert words == ([found] if found else [])


@pytest.mark.parametrize("question", ["How many Community Care Hubs are planned in total?"])
def test_the_whole_count_is_not_a_first_batch(papers, question: str) -> None:
    reply = answer(question, papers({"deck.txt": DECK, "tracker.txt": MILESTONES, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "Eleven" in reply.answer and "First 4" not in reply.answer, reply.answer
