"""A figure counted inside a label ("people registered with 74 GP practices: 612,400") says which
people the label means; the label's value is the figure after its colon."""

import pytest

from bot.answering import types
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("text", "anchors", "counted", "item"), [
    ("people registered with 74 GP practices: 612,400", ["regist"], [], "612,400"),
    ("Registered population (3 places): 412,300", ["regist"], [], "412,300"),
    # asked how many practices, the practices' count is the answer wherever it is written
    ("people registered with 74 GP practices: 612,400", ["regist"], ["practice"], "74"),
    # a bare figure in a label, with no noun of its own, is still the nearest
    ("Beds in 2017: 12 of 40", ["beds"], [], "12"),
])
def test_a_counted_figure_in_a_label_is_not_its_value(text: str, anchors: list[str], counted: list[str], item: str) -> None:
    assert types.nearest("number", text, anchors, counted) == item


def test_the_registered_population_is_the_labels_value(papers, tokenizer: Tokenizer) -> None:
    index = papers({"page.txt": "Wexbury STP - our plan on a page\n\nWho we serve\npeople registered with 45 GP practices: 365,000\n\n"
                                "Workforce\nRegistered nurse recruitment: only 9 of 16 registered nurse posts are filled.\n",
                    **OTHER_PAPERS})
    # the people registered are the population, and their number is the label's value, not its practices'
    reply = answer("How big is the registered population?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("365,000"), reply.answer
