"""A day that recurs ("the second Wednesday of each month", "every Tuesday") answers "when does the
board meet?": a meeting rule is the date a standing body gives, and a dated line nearby is not it."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.types import dates
from bot.textnorm import Tokenizer

GOVERNANCE = """Governance

The Partnership Board was set up in March 2017 and meets on the last Thursday of each month.
The Delivery Group meets on the second Wednesday of each month.
The finance sub-group meets every Tuesday.
"""
PLAN = """Delivery plan 2017/18

UC1 Urgent treatment centre opens in December 2017. Lead: Dr Ann Example.
NC1 Neighbourhood care teams live by 3 April 2017. Lead: Bea Sample.
The Delivery Group approved the plan on 11 January 2017.
"""


@pytest.mark.parametrize("text, said", [
    ("meets on the second Wednesday of each month.", "second Wednesday of each month"),
    ("The group meets every Tuesday", "every Tuesday"),
    ("on the last Thursday of the month", "last Thursday of the month"),
])
def test_a_recurring_day_is_a_date_said(text: str, said: str) -> None:
    assert said in [phrase for _, _, phrase in dates(text)]


@pytest.mark.parametrize("question, says", [
    ("When does the Delivery Group meet?", "second Wednesday of each month"),
    ("which day does the partnership board meet?", "last Thursday of each month"),
    ("when does the finance sub-group meet?", "every Tuesday"),
])
def test_when_a_body_meets_is_its_recurring_day(papers, question: str, says: str) -> None:
    reply = answer(question, papers({"governance.txt": GOVERNANCE, "plan.txt": PLAN}), Tokenizer())
    assert reply.answered and reply.answer.startswith(says), reply.answer

