""""When do the two cohorts start?": a question about several of a kind is answered with each one's
line, not the best line alone."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.series import Series, asked_series
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "series"), [
    ("When do the two nursing associate cohorts start?", Series("cohort", 2)),
    ("when do INT phases 2 and 3 go live?", Series("phase", 2, frozenset({2, 3}))),
    ("When do the first and second waves of teams go live?", Series("wave", 2, frozenset({1, 2}))),
    ("When does each phase go live?", Series("phase", 4)),
    ("When do both pilots start?", Series("pilot", 2)),
    ("When does the hub open?", None),
    ("When is the two-year programme due to finish?", None),
    ("What happens each month?", None),
])
def test_a_series_asked(question: str, series: Series | None) -> None:
    assert asked_series(question) == series


CALENDAR = """Wexbury milestone calendar 2026-28

Month\tProgramme\tMilestone
Sep 2026\tWorkforce\tNursing associates cohort 1 starts (40 trainees)
Nov 2026\tUrgent care\tWinter plan live
Sep 2027\tWorkforce\tNursing associates cohort 2 starts (60 trainees)
Jan 2027\tCommunity\tNeighbourhood teams phase 1 live
Jun 2027\tCommunity\tNeighbourhood teams phase 2 live
Jan 2028\tCommunity\tNeighbourhood teams phase 3 live
"""


@pytest.mark.parametrize(("question", "dates", "not_dates"), [
    ("When do the two nursing associate cohorts start?", ["Sep 2026", "Sep 2027"], []),
    ("When do neighbourhood teams phases 2 and 3 go live?", ["Jun 2027", "Jan 2028"], ["Jan 2027"]),
])
def test_each_member_of_the_series_is_dated(papers, tokenizer: Tokenizer, question: str, dates: list[str], not_dates: list[str]) -> None:
    index = papers({"calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer(question, index, tokenizer)
    assert reply.answered and all(d in reply.answer for d in dates), reply.answer
    assert not any(d in reply.answer for d in not_dates), reply.answer
    assert reply.answer.index(dates[0]) < reply.answer.index(dates[1])  # in date order
    assert len({(c.document, c.line) for c in reply.citations}) >= 2  # each line cited


def test_one_asked_is_one_line(papers, tokenizer: Tokenizer) -> None:
    index = papers({"calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer("When does nursing associates cohort 2 start?", index, tokenizer)
    assert reply.answered and "Sep 2027" in reply.answer and "2026" not in reply.answer, reply.answer


PILOTS = """Wexbury locality working

Key milestones: first locality pilot operational (October 2026); second locality pilot operational (April 2027);
single assessment process agreed (March 2027).

Prevention
A third locality pilot, for falls prevention, will be operational in June 2027.
"""


def test_a_line_dating_the_whole_series_answers_alone(papers, tokenizer: Tokenizer) -> None:
    """One line already dates both pilots: it is the answer whole, not cut to make room for others."""
    index = papers({"pilots.txt": PILOTS, "calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer("When do both locality pilots become operational?", index, tokenizer)
    assert reply.answered and "October 2026" in reply.answer and "April 2027" in reply.answer, reply.answer
    assert "falls" not in reply.answer, reply.answer
    other = answer("When do both pilots start?", index, tokenizer)  # the best line names no pilot: nothing is gathered to it
    assert "Nursing" not in other.answer or "pilot" not in other.answer, other.answer
