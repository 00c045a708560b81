"""Candidates the scorer scores the same are put in order of how closely their own text is worded
like the question; candidates it tells apart keep its order."""

from bot.answering.candidates import Candidate
from bot.answering.ties import closest_wording_first


def _candidate(main: str, score: float) -> Candidate:
    c = Candidate(source="row", main=main, context="", area=None, answer=main, citations=[])
    c.score, c.eligible = score, True
    return c


def test_of_tied_rows_the_one_worded_like_the_question_goes_first() -> None:
    some = _candidate("Integrated neighbourhood teams live in 6 of 14 neighbourhoods", 4.5)
    every = _candidate("Integrated neighbourhood teams live in all 14 neighbourhoods", 4.5)
    found = [some, every]
    closest_wording_first(found, "By when will integrated neighbourhood teams be live in all 14 neighbourhoods?")
    assert found == [every, some]


def test_a_better_score_is_never_reordered() -> None:
    best = _candidate("Integrated neighbourhood teams live in 6 of 14 neighbourhoods", 4.6)
    close = _candidate("Integrated neighbourhood teams live in all 14 neighbourhoods", 4.5)
    found = [best, close]
    closest_wording_first(found, "By when will integrated neighbourhood teams be live in all 14 neighbourhoods?")
    assert found == [best, close]


def test_equally_worded_ties_keep_their_order() -> None:
    first, second = _candidate("Estates plan approved", 3.0), _candidate("Estates plan agreed", 3.0)
    found = [first, second]
    closest_wording_first(found, "when is the estates plan due?")
    assert found == [first, second]
