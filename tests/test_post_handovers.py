"""A post a table of changes hands on ("Item | Was | Now": the PHB Programme Manager, Nadine Scorer, then Joel
Ambrose-Kite) is held by the person the change names now, whoever the list of post-holders still names; asked
of the past ("who was the PM the plan named?"), by the one before."""


import pytest

from bot.answering.pipeline import answer
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

ACTIONS = [
    ["Ref", "Action", "Lead", "Due"],
    ["2.1", "Offer a personal health budget by default for home-based care", "PHB Programme Manager", "Q4 2016/17"],
    ["3.1", "Agree one rate for nursing home beds", "Head of Contracts", "w/c 4 September 2017"],
]
POSTS = [
    ["Post", "Name", "Organisation"],
    ["PHB Programme Manager", "Nadine Scorer", "Vennmouth CCG"],
    ["Head of Contracts", "Stellan Brightwater", "Vennmouth CCG"],
]
CHANGES = [
    ["Item", "Was", "Now", "Effective / reason"],
    ["PHB Programme Manager (leads actions 2.1 and 2.2)", "Nadine Scorer", "Joel Ambrose-Kite", "From 1 March 2017"],
]


@pytest.fixture
def index(workbook_papers) -> PlanIndex:
    return workbook_papers({"plan.xlsx": {"Actions": ACTIONS, "Post holders": POSTS, "Changes": CHANGES}})


@pytest.mark.parametrize(("question", "holder", "not_holder"), [
    ("who leads the default personal health budget offer for home-based care?", "Joel Ambrose-Kite", "Nadine Scorer"),
    ("who was the PHB Programme Manager the post holders list named?", "Nadine Scorer", "Joel Ambrose-Kite"),
    ("who leads agreeing one rate for nursing home beds?", "Stellan Brightwater", "Joel Ambrose-Kite"),  # no change: the list
])
def test_a_post_handed_on_is_held_by_whom_the_change_names(index: PlanIndex, tokenizer: Tokenizer, question: str,
                                                           holder: str, not_holder: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and holder in reply.answer and not_holder not in reply.answer, reply.answer


def test_a_bracketed_note_after_a_post_is_set_aside_whatever_spaces_follow() -> None:
    from bot.answering.candidates.post_names import _NOTED

    assert _NOTED.sub("", "Head of Contracts (hosting)" + " " * 500).strip() == "Head of Contracts"
    assert _NOTED.sub("", "Head of Contracts (hosting) for both") == "Head of Contracts (hosting) for both"
