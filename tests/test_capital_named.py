"""Capital is a kind of money papers always name: asked the capital cost of a scheme, a sum the papers
never call capital (a spend plan's "Total", a bid) is not it, so the answer says the plans don't say;
a sum the paper does call capital answers."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.types import called
from tests.conftest import OTHER_PAPERS

SPEND = """Harbury STP transformation spend plan 2017/18 (£k)

Scheme\tName\tQ1\tQ2\tQ3\tQ4\tTotal
HB1\tHarbury Urgent Treatment Centre\t0\t30\t50\t100\t180
HB2\tNeighbourhood hubs\t20\t20\t20\t20\t80
"""

FBC = """Wend Vale urgent care hub: full business case summary

The Wend Vale urgent care hub's capital cost is £4.1m, from the STP capital allocation.
"""


@pytest.fixture
def index(papers):
    return papers({"spend.txt": SPEND, "fbc.txt": FBC, **OTHER_PAPERS})


def test_a_sum_never_called_capital_is_no_capital_cost(index, tokenizer) -> None:
    reply = answer("What is the capital cost of the Harbury Urgent Treatment Centre?", index, tokenizer)
    assert not reply.answered, reply.answer


def test_a_sum_called_capital_answers(index, tokenizer) -> None:
    reply = answer("What is the capital cost of the Wend Vale urgent care hub?", index, tokenizer)
    assert reply.answered and "£4.1m" in reply.answer[:120], reply.answer


@pytest.mark.parametrize("text, named", [("Total capital £4.1m", True), ("£180k (Total) (Scheme: HB1)", False),
                                         ("Capital bid 2018/19: £2m", True)])
def test_capital_is_named_or_not(text: str, named: bool) -> None:
    assert called("capital", text) is named
