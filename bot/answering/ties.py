"""Candidates the scorer cannot tell apart: the one worded closest to the question goes first.

Two rows can hold the same question words and score the same ("Integrated neighbourhood teams live in
6 of 14 neighbourhoods" and "... live in all 14 neighbourhoods"); the words the scorer sets aside
(stopwords, "all", "of") still say which one the question quotes. The question's consecutive word
pairs ("all 14") found in a candidate's own text count how closely it is worded; only exact ties are
reordered, so no ranking the scorer decides is changed."""

import re

from bot.answering.candidates import Candidate

MAX_TIED = 64  # a national corpus ties thousands of near-copies: the first ones decide the reply

_WORD = re.compile(r"[a-z0-9&]+(?:['’][a-z]+)?")


def closest_wording_first(found: list[Candidate], question: str) -> None:
    """Reorder, in place, the candidates tied with the best one by how many of the question's word
    pairs their own text holds (stable: otherwise the order they had)."""
    if len(found) < 2:
        return
    best = found[0]
    tied = 1
    while tied < min(len(found), MAX_TIED) and found[tied].eligible == best.eligible and found[tied].score == best.score:
        tied += 1
    if tied < 2:
        return
    pairs = word_pairs(question)
    if not pairs:
        return
    found[:tied] = sorted(found[:tied], key=lambda c: -len(pairs & word_pairs(c.main)))


def word_pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:]))
