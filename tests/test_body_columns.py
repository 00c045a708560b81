"""A who's who lists each post's holder beside their organisation ("Chief Officer, Astleby Age Concern |
Terence Olumide-Hart | Astleby Age Concern"): a cell under "Organisation" is a body, however like a person's
name it reads, so the post's one holder is still found."""


import pytest

from bot.answering.pipeline import answer
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

OFFERS = [
    ["Item", "Led by", "Start"],
    ["VO2 Home from Hospital", "Chief Officer, Astleby Age Concern", "May-17"],
    ["VO6 Community transport to clinics", "General Manager, Astleby Community Transport", "Sept-17"],
]
WHOS_WHO = [
    ["Post", "Name", "Organisation"],
    ["Chief Officer, Astleby Age Concern", "Terence Olumide-Hart", "Astleby Age Concern"],
    ["General Manager, Astleby Community Transport", "Dilip Raghunathan", "Astleby Community Transport"],
]


@pytest.fixture
def index(workbook_papers) -> PlanIndex:
    return workbook_papers({"prospectus.xlsx": {"Offers": OFFERS, "Who's who": WHOS_WHO}})


@pytest.mark.parametrize(("question", "holder"), [
    ("who leads the Home from Hospital offer?", "Terence Olumide-Hart"),
    ("who leads community transport to clinics?", "Dilip Raghunathan"),
])
def test_a_posts_holder_is_found_beside_an_organisation_that_reads_like_a_name(index: PlanIndex, tokenizer: Tokenizer,
                                                                              question: str, holder: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith(holder), reply.answer
