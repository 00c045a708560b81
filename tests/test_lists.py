"""List questions get the items a heading introduces: a numbered list's numbered items (a line between
two belongs to the one above), without the one the question sets aside."""

import pytest

from bot.answering.candidates.lists import list_candidates
from bot.answering.pipeline import answer, context_for
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Prevention and Population Health

High Impact Initiatives

- 1. Population health approach to risk stratification and to achieve:
 - Proactive, anticipatory support for the top 5% of complex individuals
 - Supporting self care and health coaching for the next tier of the population
- 2. Falls prevention and crisis response
- 3. Alcohol liaison and diversion schemes
- 4. Improve access and uptake of reablement and rehabilitation services

We estimate the return on these to be in the region of £25m in 2-3 years.
"""


@pytest.fixture
def prevention(papers):
    return papers({"prevention.txt": PLAN, **OTHER_PAPERS})


def test_a_numbered_lists_items_are_its_numbered_lines(prevention) -> None:
    reply = answer("What are the high impact initiatives in the prevention plan?", prevention, Tokenizer())
    assert reply.answered, reply.answer
    for item in ("Falls prevention", "Alcohol liaison", "reablement"):
        assert item in reply.answer, reply.answer
    assert "health coaching" not in reply.answer  # a line under item 1, not an item of its own


def test_the_item_set_aside_is_not_listed(prevention) -> None:
    ctx = context_for("Apart from the population health approach to risk stratification, what are the high impact "
                      "initiatives in the prevention plan?", prevention, Tokenizer(), None, 1000, None)
    listed = next(list_candidates(ctx))
    assert "Falls prevention" in listed.answer and "risk stratification" not in listed.answer, listed.answer
