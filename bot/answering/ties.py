"""Candidates the scorer cannot tell apart: the one worded closest to the question goes first.

Two rows can hold the same question words and score the same ("Integrated neighbourhood teams live in
6 of 14 neighbourhoods" and "... live in all 14 neighbourhoods"); the words the scorer sets aside
(stopwords, "all", "of") still say which one the question quotes. The question's consecutive word
pairs ("all 14") found in a candidate's own text count how closely it is worded; only exact ties are
reordered, so no ranking the scorer decides is changed."""

import re
from collections.abc import Callable
from datetime import date

from bot.answering.candidates import Candidate
from bot.records.dates import paper_date

MAX_TIED = 64  # a national corpus ties thousands of near-copies: the first ones decide the reply

_WORD = re.compile(r"[a-z0-9&]+(?:['’][a-z]+)?")


def closest_wording_first(found: list[Candidate], question: str, dated: Callable[[Candidate], int] | None = None) -> None:
    """Reorder, in place, the candidates tied with the best one by how many of the question's word
    pairs their own text holds (stable: otherwise the order they had); worded as closely, by `dated`
    (larger first) when given: the later paper says who holds a post now."""
    if len(found) < 2:
        return
    best = found[0]
    tied = 1
    while tied < min(len(found), MAX_TIED) and found[tied].eligible == best.eligible and found[tied].score == best.score:
        tied += 1
    if tied < 2:
        return
    pairs = word_pairs(question)
    if not pairs and not dated:
        return
    found[:tied] = sorted(found[:tied], key=lambda c: (-len(pairs & word_pairs(c.main)), -dated(c) if dated else 0))


def word_pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:]))


def paper_days(as_of: date | None) -> Callable[[Candidate], int]:
    """A candidate's paper's day (as an ordinal; 0 when unknown or after the asked day): of two papers
    naming different holders of a post, the later one is the one to believe."""
    today = (as_of or date.today()).toordinal()

    def day(candidate: Candidate) -> int:
        cited = candidate.citations[0] if candidate.citations else None
        found = paper_date(cited.title, cited.document) if cited else None
        return found.toordinal() if found and found.toordinal() <= today else 0

    return day
