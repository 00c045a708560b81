"""A question about what happened ("when did the café open?") is answered by the line saying it
happened, not by the plan that scheduled it; a question about the plan still gets the plan."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.tense import asked_pasts, past_forms, states_past
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("verb, form", [("open", "opened"), ("close", "closed"), ("apply", "applied"), ("stop", "stopped"),
                                        ("begin", "began"), ("meet", "met")])
def test_past_forms(verb: str, form: str) -> None:
    assert form in past_forms(verb)


@pytest.mark.parametrize("question, stated, plan", [
    ("On what date did the crisis café open?", "The crisis café opened on 9 November 2026.", "Sep 2027: crisis café opens"),
    ("When was the workforce strategy published?", "The workforce strategy was published in May 2018.", "Workforce strategy to be published (Q1)"),
    ("when did the hub begin taking patients", "The hub began taking patients in March.", "Hub begins taking patients: Q4"),
])
def test_a_past_event_is_stated_in_the_past(question: str, stated: str, plan: str) -> None:
    forms = asked_pasts(question)
    assert states_past(stated, forms) and not states_past(plan, forms)


@pytest.mark.parametrize("question", [
    "When was the SDEC unit meant to open?",  # still the plan
    "When is the hub due to open?",
    "What was the original opening date, and what is the revised date?",  # "revised date": an adjective
    "When did the board say the hub will open?",
])
def test_a_question_about_the_plan_asks_no_past_event(question: str) -> None:
    assert not (asked_pasts(question) & {"opened", "revised"})


PLAN = """Coastal mental health programme plan

Milestones
Sep 2027: Saltmarsh crisis café opens
Mar 2028: Out-of-area placements reduced to zero
"""

UPDATE = """Coastal mental health: highlight report, November 2026

Progress this period
The Saltmarsh crisis café opened on 9 November 2026 and saw 23 people in its first three days.
"""


def test_when_did_it_open_is_answered_by_the_line_saying_it_opened(papers, tokenizer: Tokenizer) -> None:
    index = papers({"plan.txt": PLAN, "update.txt": UPDATE, **OTHER_PAPERS})
    done = answer("On what date did the Saltmarsh crisis café open?", index, tokenizer)
    assert done.answered and done.answer.startswith("9 November 2026"), done.answer
    planned = answer("When is the Saltmarsh crisis café due to open?", index, tokenizer)
    assert planned.answered and planned.answer.startswith("Sep 2027"), planned.answer
