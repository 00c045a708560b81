"""A date asked as it now stands, after a slip, is answered by the line saying it moved: not the plan's
first date, and not the other part of the work that did not move."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.near_miss import other_part
from bot.answering.pipeline import answer
from bot.answering.revisions import REVISED, asks_both, gives_both
from bot.answering import types
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TRACKER = """Wexbury delivery tracker

Ref\tMilestone\tLead\tDue\tLatest update
MH-04\tCrisis cafe opens in Kestermoor\tBeth Nolan\t30 June 2027\tLease not yet agreed.
UC-02\tAppoint a new main contractor for the Saltharbour urgent treatment centre\tNia Roth\t16.10.26\tThe builder went into administration on 8 September 2026. Procurement via framework under way. Centre opening moved from 30/11/26 to 02/02/27.
"""
NOTE = """From: Beth Nolan
Subject: Kestermoor crisis cafe

The Harbour Street lease will not complete until May and the fit-out takes twelve weeks, so the new
opening date for the crisis cafe is Monday 6 September 2027.
"""


@pytest.fixture
def index(papers):
    return papers({"tracker.txt": TRACKER, "note.txt": NOTE, **OTHER_PAPERS})


@pytest.mark.parametrize(("question", "expected"), [
    ("The lease held things up for the Kestermoor crisis cafe - when will it now open?", "6 September 2027"),
    ("What is the revised opening date for the Kestermoor crisis cafe?", "6 September 2027"),
    # a cell logging several dates keeps "from ... to ..." together: the move is one entry
    ("When is the Saltharbour urgent treatment centre now due to open?", "02/02/27"),
])
def test_a_date_as_it_now_stands_is_the_revised_one(index, tokenizer: Tokenizer, question: str, expected: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and expected in reply.answer, reply.answer


@pytest.mark.parametrize(("text", "asks", "states"), [
    ("when will it now open?", True, False),
    ("on the latest forecast, when does it start?", True, False),
    ("when does it open?", False, False),
    ("so the new opening date is 6 September 2027", False, True),
    ("go-live revised to 18 November 2019 (was 30 September 2019)", True, True),
    ("opening moved from 30/11/26 to 02/02/27", True, True),
    ("the cafe opens on 30 June 2027", False, False),
    # a revision still pending states no date moved to
    ("Main contractor in administration; revised date under review", True, False),
    ("new opening date to be confirmed", False, False),
    ("new go-live date TBC", False, False),
    # a move to a date, what is moved written between ("agreed to move the opening of the centre to ...")
    ("The Board agreed to move the opening of the urgent treatment centre to 31 January 2018.", False, True),
    ("the consultation is put back to the autumn of 2017", True, True),
    ("we will move to a single site", False, False),
    ("patients move to the new ward", False, False),
])
def test_asking_and_stating_a_revision(text: str, asks: bool, states: bool) -> None:
    assert REVISED.asks(text) is asks and REVISED.states(text) is states


@pytest.mark.parametrize(("question", "both"), [
    ("The asbestos problem pushed back the SDEC expansion - from when to when?", True),
    ("The opening of the first theatre slipped: from what date to what date?", True),
    ("What was the go-live date before, and what is it after the delay?", True),
    ("The endoscopy suite has slipped - when was it first meant to finish, and what's the date now?", True),
    ("redwater NHTs - original go live vs new date?", True),
    ("When will the Saltharbour centre now open?", False),  # the date as it stands only
])
def test_both_dates_of_a_move_asked(question: str, both: bool) -> None:
    assert asks_both(question) is both


def test_both_dates_of_a_move_given(index, tokenizer: Tokenizer) -> None:
    """"From when to when?" fits the line giving the date moved from and the one moved to, not a line
    giving one of them."""
    assert gives_both("Centre opening moved from 30/11/26 to 02/02/27.", types.dates)
    assert not gives_both("Centre opens 02/02/27.", types.dates)
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    question = "The builder went into administration - the Saltharbour urgent treatment centre opening moved from when to when?"
    found = ranked_candidates(context_for(question, index, tokenizer, None, 1000, None), load_scorer())
    forms = [(gives_both(c.answer, types.dates), c.fits_form) for c in found if c.has_type]
    assert forms and all(form == (1.0 if both else min(form, 0.0)) for both, form in forms), forms
    assert any(both for both, _ in forms)
    reply = answer(question, index, tokenizer)
    assert reply.answered and "30/11/26" in reply.answer and "02/02/27" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "answer_text", "other"), [
    ("Phase 1 slipped - from which date to which?", "Phase 2 (social care records) remains planned for July 2020", True),
    ("Phase 1 slipped - from which date to which?", "Phase 1 go-live revised to 18 November 2019", False),
    ("When does wave 2 go live?", "Wave 1 went live in June; wave 2 follows in October", False),
    ("When does wave 2 go live?", "Phase 1 went live in June", False),  # another kind of part: not a rival
])
def test_another_numbered_part(index, tokenizer: Tokenizer, question: str, answer_text: str, other: bool) -> None:
    assert other_part(answer_text, analyse(question, lexicon(index, tokenizer))) is other


COAST_ANNEX = """Coast locality plan
WC1 Wexbury urgent treatment centre: service specification agreed (Mar-17); urgent treatment centre open 24/7 (September 2017).
WC2 Crisis house: the crisis house opens (30/11/2017).
"""
COAST_NOTE = """Note of the meeting held on Wednesday 15 March 2017

3. Wexbury Coast: urgent treatment centre (WC1)
3.2 The urgent treatment centre will not open by September 2017 as the annex says: the CCG has not yet recruited enough GPs.
The Board agreed to move the opening of the urgent treatment centre to 31 January 2018.
3.3 The Board agreed that the crisis house opening moves from 30/11/2017 to Q4 17/18.
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("When is the Wexbury urgent treatment centre now due to open?", "31 January 2018"),
    # a line led by the date it says moved is led by the date it moved to
    ("when does the crisis house open now?", "Q4 17/18"),
])
def test_a_line_moving_a_date_answers_with_the_date_moved_to(papers, tokenizer: Tokenizer, question: str, lead: str) -> None:
    reply = answer(question, papers({"annex.txt": COAST_ANNEX, "note.txt": COAST_NOTE, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith(lead), reply.answer


def test_a_line_led_by_the_date_it_moves_from_is_led_by_the_date_moved_to(papers, tokenizer: Tokenizer) -> None:
    """No other line gives 30/11/2017: the note's own line still says the date moved, so the date now leads."""
    reply = answer("when does the crisis house open now?", papers({"note.txt": COAST_NOTE, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith("Q4 17/18"), reply.answer


PLAN = """Delivery Plan, October 2016

Ref\tInitiative\tMilestone\tDue
FR2\tFrailty assessment unit at the District Hospital\tFrailty assessment unit open\t30 September 2017
FR3\tFalls prevention service\tService live\t31 December 2017
"""
BOARD_NOTE = """Delivery Board: note of the meeting, 15 March 2017

3.2 The frailty unit will not open by the end of September as planned: the trust has not recruited enough
geriatricians. The Board agreed to move the opening of the frailty unit to 31 January 2018.
3.3 The consultation now starts in June 2017, after the assurance panel.
"""


@pytest.fixture
def moved_index(papers):
    return papers({"plan_2016-10-21.txt": PLAN, "board_note_2017-03-15.txt": BOARD_NOTE, **OTHER_PAPERS})


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    # the later note moves the date without the place's name: asked "now", the move answers, not the plan's row
    ("When is the frailty assessment unit now due to open?", "31 January 2018", "30 September 2017"),
    # asked what was first planned, the plan's row still answers
    ("When was the frailty assessment unit originally due to open?", "30 September 2017", None),
])
def test_asked_now_a_later_line_saying_it_moved_answers(moved_index, tokenizer: Tokenizer, question: str, expected: str,
                                                        not_expected: str | None) -> None:
    reply = answer(question, moved_index, tokenizer)
    assert reply.answered and expected in reply.answer[:80], reply.answer
    assert not_expected is None or not_expected not in reply.answer[:80]


@pytest.mark.parametrize("text", ["The consultation now starts in June 2017", "the hub now opens on 5 February 2018"])
def test_now_with_a_dated_verb_states_a_revision(text: str) -> None:
    assert REVISED.states(text)
