"""Asked who follows someone in a post: the line recording an appointment fits the question."""

import pytest

from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.answering.succession import SUCCESSOR
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "asks"), [
    ("Martin Example is leaving at the end of November - who takes over as the senior lead for same-day care?", True),
    ("Now the CIO has retired, who has taken over as SRO for the shared care record?", True),
    ("Which senior clinician took over from Dr Rafiq Example as chair of the clinical reference group?", True),
    ("Who replaced Martin Example as SRO?", True),
    ("Who is the SRO for same-day care?", False),
])
def test_a_successor_asked(question: str, asks: bool) -> None:
    assert SUCCESSOR.asks(question) is asks


@pytest.mark.parametrize(("text", "states"), [
    ("DECISION D/17/033: The Board appointed Bernadette Example, Director of Operations, as SRO for same-day care.", True),
    ("The STP Executive has nominated Gareth Example, Chief Information Officer, as SRO for Programme 7.", True),
    ("Dr Nadia Example will take over as chair from 1 November.", True),
    ("Responsible: Martin Example, Medical Director (SRO)", False),
])
def test_a_line_recording_an_appointment(text: str, states: bool) -> None:
    assert SUCCESSOR.states(text) is states


MINUTES = """Wexbury Partnership Board minutes, 14 November 2017

4. Same-day urgent care
4.1 Martin Example informed the Board that he will leave Wexbury Royal Infirmary on 30 November 2017.
4.2 DECISION: The Board appointed Bernadette Example, Director of Operations, as senior lead for same-day urgent care from 1 December 2017.
"""


def test_the_appointment_fits_who_takes_over(papers) -> None:
    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    question = "Martin Example is leaving the Wexbury Royal at the end of November - who takes over as senior lead for same-day urgent care?"
    ctx = context_for(question, index, Tokenizer(), None, 1000, None)
    forms = {c.answer: c.fits_form for c in ranked_candidates(ctx, load_scorer()) if c.source == "sentence" and "appointed" in c.answer}
    assert forms and max(forms.values()) == 1.0, forms


CARE_HOMES = """Wexbury STP delivery plan 2016/17

Ref\tInitiative\tOwner\tKey milestone\tDate
OOH3\tEnhanced health in care homes\tNerys Aldcroft (Head of Nursing, AV CCG)\tEvery care home aligned to one practice\tSep-17
"""
BOARD = """Wexbury Partnership Board minutes, 12 January 2017

2. Delivery plan
The Board AGREED that Dr Pieter van Loon, GP Lead for Care Homes, will take over as owner of the care homes initiative (OOH3) with effect from 1 February 2017.
"""


@pytest.mark.parametrize(("question", "answer_starts"), [
    ("Who owned the care homes initiative (OOH3) before the change of owner agreed in January 2017?", "Nerys Aldcroft"),
    ("Who was the previous owner of the care homes initiative?", "Nerys Aldcroft"),
])
def test_the_holder_before_a_succession_is_not_the_newcomer(papers, question: str, answer_starts: str) -> None:
    from bot.answering.pipeline import answer
    reply = answer(question, papers({"plan.txt": CARE_HOMES, "board.txt": BOARD, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(answer_starts), reply.answer
