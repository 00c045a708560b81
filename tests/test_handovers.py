"""A post handed from one holder to another from a day (bot/answering/handovers.py)."""

from datetime import date

import pytest

from bot.answering.handovers import handover
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

LINE = ("- KEL3 Diabetes Prevention: SRO changes from Callum Dearlove to Harriet Ossington, Head of Public Health, "
        "with effect from 1 February 2018.")


@pytest.mark.parametrize(("text", "today", "expected"), [
    (LINE, date(2018, 2, 20), ("Callum Dearlove", "Harriet Ossington")),
    (LINE, date(2018, 1, 20), None),  # not yet in effect
    ("The SRO role passed from Dr Ann Lee to Tom Ward.", date(2018, 1, 1), ("Dr Ann Lee", "Tom Ward")),  # no day: done
    ("The go-live moved from 13-Mar-18 to 10-Apr-18.", date(2018, 5, 1), None),  # dates, not people
])
def test_a_handover_takes_effect_on_its_day(text: str, today: date, expected) -> None:
    assert handover(text, today) == expected


TRACKER = "Owners\n\nScheme ID\tScheme\tSRO\nKEL3\tDiabetes Prevention\tCallum Dearlove\nKEL4\tPerinatal Mental Health\tTamsin Greaves\n"
CHANGELOG = "# Plan change log\n\n## [1.2] - 2018-01-15\n\n### Changed\n" + LINE + "\n"


@pytest.mark.parametrize(("as_of", "holder", "not_holder"), [(date(2018, 2, 20), "Harriet Ossington", "Callum Dearlove"),
                                                             (date(2018, 1, 20), "Callum Dearlove", "Harriet Ossington")])
def test_who_holds_a_handed_over_post_depends_on_the_day_asked(papers, as_of: date, holder: str, not_holder: str) -> None:
    index = papers({"tracker.txt": TRACKER, "changelog.md": CHANGELOG})
    reply = answer("Who is the SRO for the KEL3 Diabetes Prevention scheme?", index, Tokenizer(), as_of)
    assert reply.answered and reply.answer.startswith(holder) and not_holder not in reply.answer.split(":")[0], reply.answer
