""""Which milestone falls due next, and when?": the items due from today, the soonest first, each with
its date; "when is BAF-01 next up for review?" is not such a question (it names a date of its own)."""

from datetime import date

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

TRACKER = """Elective Recovery and Surgical Hub tracker, January 2018
Ref\tMilestone\tOwner\tDue\tRAG
E1\tOutline business case approved\tAnnika Sorrell\t14 November 2017\tGreen
E2\tFull business case to Partnership Board\tAnnika Sorrell\t10 April 2018\tAmber
E3\tMain contractor appointed for the theatre build\tRupert Callaghan\t28 February 2018\tGreen
E4\tOxhollow Surgical Hub opens to patients\tAnnika Sorrell\t3 September 2018\tRed
"""


@pytest.fixture
def tracker(papers):
    return papers({"elective_tracker.txt": TRACKER})


@pytest.mark.parametrize("question", ["Which Elective Recovery and Surgical Hub milestone falls due next, and when?",
                                      "what's the very next deliverable on the surgical hub?"])
def test_what_falls_due_next_is_the_soonest_item_from_today(tracker, question: str) -> None:
    reply = answer(question, tracker, Tokenizer(), as_of=date(2018, 2, 1))
    assert reply.answered and "Main contractor appointed" in reply.answer, reply.answer
    assert reply.answer.index("Main contractor") < reply.answer.index("Full business case"), reply.answer
    assert "Outline business case" not in reply.answer, reply.answer  # done before today


def test_next_up_for_review_is_no_window(tracker, tokenizer) -> None:
    a = analyse("when's baf-01 next up for review?", lexicon(tracker, tokenizer), as_of=date(2018, 2, 1))
    assert a.window is None or not a.window.soonest
