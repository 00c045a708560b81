"""Asked on what day a body decided something: the day of the meeting whose paper records the decision,
stated at the paper's head and cited, not the dates the decision itself names."""

import pytest

from bot.answering.decision_days import asks_decision_day, dated_on
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

NOTE = """WEXBURY STP
PROGRAMME DELIVERY BOARD

Note of the meeting held on Wednesday 15 March 2017, 2.00pm
Civic House, Wexbury

1. Welcome and apologies
   The Chair welcomed members.

2. Wexbury Coast: urgent treatment centre (WC1)
2.1 Anna Brook, Director of Commissioning, leaves the CCG on 31 March 2017. The Board agreed that Paul Gale,
    Head of Urgent Care at the CCG, becomes scheme owner for WC1 with effect from 1 April 2017.
2.2 The Board agreed to move the opening of the urgent treatment centre to 31 January 2018.

3. Diagnostic centre
3.1 The Board approved the outline business case for the Wexbury diagnostic centre on 26 June 2016.

Date of next meeting: Wednesday 19 April 2017
"""

TRACKER = """Wexbury STP milestone tracker, position at 28 February 2017
WC1 | Urgent treatment centre open 24/7 | Anna Brook | 30 September 2017 | Amber
WC2 | Community diagnostic hub business case approved | Paul Gale | 30 June 2017 | Green
"""


@pytest.mark.parametrize(("question", "asks"), [
    ("On what date did the Programme Delivery Board agree a new scheme owner for WC1?", True),
    ("what date was the PDB mtg that moved the wexbury UTC? need it for the minutes", True),
    ("When did the monthly board meet that put the coast's walk-in centre back to 2018?", True),
    ("which PB meeting signed off the change requests?", True),
    ("When was the later opening of the urgent treatment centre agreed?", True),
    ("When will the Board approve the full business case?", False),
    ("When is the urgent treatment centre now due to open?", False),
    ("Who agreed to write to NHS England?", False),
])
def test_asking_the_day_a_decision_was_made(question: str, asks: bool) -> None:
    assert asks_decision_day(question) is asks


@pytest.mark.parametrize(("text", "day"), [
    ("The Board approved the outline business case on 26 June 2016.", "26 June 2016"),
    ("The Board agreed to move the opening to 31 January 2018.", None),
    ("The Board agreed that Paul Gale becomes scheme owner with effect from 1 April 2017.", None),
])
def test_the_day_a_line_says_a_thing_happened_on(text: str, day: str | None) -> None:
    assert dated_on(text) == day


@pytest.mark.parametrize("question", [
    "On what date did the Programme Delivery Board agree a new scheme owner for WC1?",
    "what date was the board meeting that moved the urgent treatment centre opening?",
])
def test_the_meeting_day_answers_and_its_head_line_is_cited(papers, question: str) -> None:
    """The decision's own dates (1 April 2017, 31 January 2018) are what was decided; the note's head
    gives the day it was decided, and is cited so the day is on a quoted line."""
    reply = answer(question, papers({"note.txt": NOTE, "tracker.txt": TRACKER, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("15 March 2017"), reply.answer
    assert any("held on Wednesday 15 March 2017" in c.quote for c in reply.citations), reply.citations


def test_a_decision_dated_in_its_own_line_keeps_that_day(papers) -> None:
    """A note of a later meeting recording a decision "on 26 June 2016" answers with that day, not its own."""
    reply = answer("When did the Board approve the outline business case for the diagnostic centre?",
                   papers({"note.txt": NOTE, "tracker.txt": TRACKER, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("26 June 2016"), reply.answer


def test_a_paper_of_no_meeting_lends_no_day(papers) -> None:
    """A tracker dated at its head records no meeting: its rows keep their own dates."""
    reply = answer("When was the community diagnostic hub business case approved?",
                   papers({"tracker.txt": TRACKER, **OTHER_PAPERS}), Tokenizer())
    assert "28 February 2017" not in reply.answer[:40], reply.answer
