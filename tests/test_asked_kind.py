"""Asked "which plan?", a sentence naming a plan answers, not the one echoing the question's own words."""

import pytest

from bot.answering.asked_kind import asked_kind, names_kind
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

GRID = """Wexbury STP submission, chapter 4: the national must-dos

6. Deliver the NHS Constitution 62 day cancer waiting standard, including by securing adequate diagnostic capacity
4.2 Two must dos are not addressed by any of our local priorities. The cancer waiting standard is delivered through the Wexbury Cancer Alliance plan.
"""


@pytest.mark.parametrize(("question", "kind"), [
    ("Through which plan is the cancer 62-day standard delivered?", "plan"),
    ("Which of the committees signs off the budget?", "committee"),
    ("Which is the biggest scheme?", None), ("Which three parts make up the plan?", None),
])
def test_the_kind_asked(question: str, kind: str | None) -> None:
    assert asked_kind(question) == kind


def test_a_thing_of_the_kind_named() -> None:
    assert names_kind("delivered through the Wexbury Cancer Alliance plan", "plan")
    assert not names_kind("Deliver the NHS Constitution 62 day cancer waiting standard", "plan")


def test_which_plan_is_answered_by_a_plan_named(papers) -> None:
    reply = answer("Through which plan is the cancer 62-day standard delivered?", papers({"chapter4.txt": GRID, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "Cancer Alliance plan" in reply.answer, reply.answer
