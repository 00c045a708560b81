"""List questions get the items a heading introduces: a numbered list's numbered items (a line between
two belongs to the one above), without the one the question sets aside."""

import pytest

from bot.answering.candidates.lists import list_candidates
from bot.answering.candidates.sentences import _states_count
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


GOVERNANCE = """Stakeholder briefing

Governance
The footprint covers four CCGs, two health and wellbeing boards and one acute provider.
Governance proposed at place level will mirror the STP level governance and be proposed to each board.
At the STP level there will need to be two levels to the governance – a Sponsoring Group to provide leadership and direction, and a Programme Board to oversee delivery.
The governance arrangements will be reviewed by the two boards in the spring.
"""


def test_a_sentence_giving_the_asked_count_then_the_things_answers(papers) -> None:
    index = papers({"briefing.txt": GOVERNANCE, **OTHER_PAPERS})
    reply = answer("What two levels of governance are proposed at STP level?", index, Tokenizer())
    assert reply.answered and "Sponsoring Group" in reply.answer and "Programme Board" in reply.answer, reply.answer


@pytest.mark.parametrize(("text", "fits"), [
    ("there will need to be two levels to the governance – a Sponsoring Group and a Programme Board", 1.0),
    ("The document sets out two broad levels which drive the national requirements. The levels are:", 0.0),
    ("Two boards will review the governance in the spring.", 0.0),
])
def test_stating_the_asked_count_then_naming_the_things(text: str, fits: float) -> None:
    assert _states_count(text, "What two levels of governance are proposed?") == fits
