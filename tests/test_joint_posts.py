"""The footprint's own posts: "the STP Lead and SRO for <the footprint>" is one post held by one person."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

WHO = """Calverdine & Orrisford STP: who's who
Role\tName
STP Lead and SRO\tHelena Marchbank
STP Digital SRO\tDeclan Furness
STP Finance Lead\tRupert Eddowes
"""
PLAN = "Calverdine & Orrisford STP delivery plan 2017-19\nThe plan has four places and seven schemes.\n"
RISKS = "Calverdine & Orrisford STP risk register\nRisk\tOwner\nWorkforce gaps\tRupert Eddowes\n"


@pytest.fixture
def index(papers):
    return papers({"who.txt": WHO, "plan.txt": PLAN, "risks.txt": RISKS})


@pytest.mark.parametrize(("question", "holder", "not_holder"), [
    # the footprint's name says whose post, not what it is for; both posts asked: the one who holds both
    ("Who is the STP Lead and Senior Responsible Officer for Calverdine & Orrisford?", "Helena Marchbank", "Declan Furness"),
    ("who is the digital SRO for Calverdine & Orrisford?", "Declan Furness", "Helena Marchbank"),
])
def test_the_footprints_own_post_is_answered_by_who_holds_it(index, question: str, holder: str, not_holder: str) -> None:
    reply = answer(question, index, Tokenizer())
    assert reply.answered and holder in reply.answer[:120] and not_holder not in reply.answer[:120], reply.answer
