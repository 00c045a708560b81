"""Clipped words: staff shorten a word to its first letters ("the ortho hub", "nursing assoc cohort",
"45 min handover") where the papers write it whole ("Orthopaedic", "associates", "minutes"). Such a
word is in no paper, so it would weigh the most and make the question look unanswerable; read as the
one word family it begins, it is matched and weighed as that family."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answering.lexicon import KIN_CHARS

if TYPE_CHECKING:
    from bot.answering.lexicon import Lexicon

SHORTEST = 3  # "min", "ops": shorter stubs begin too many words
LONGEST = KIN_CHARS - 1  # a longer stem's family is found by Lexicon.kindred already
GROWN = 2  # the whole word has at least this many letters more ("lab" -> "labs" is a plural, not a clipping)
COMMON = 20_000  # an English word this common is a word of its own: "car" is no "carer", "mark" no "market"
READ = 50  # paper words read that begin with the clipping


def clipped(word: str, lex: Lexicon) -> frozenset[str]:
    """The stem of the one word family of the papers (words, not names: Lexicon.words_from) that begins with `word`, when
    `word` is in no paper and is no common English word; none when it begins two families ("spec":
    "special", "specification"), which could be either."""
    stem = lex.tokenizer.stem(word)
    if not (SHORTEST <= len(word) <= LONGEST and word.isalpha()) or lex.df(stem) or lex.df(word):
        return frozenset()
    if lex.english.count(word) >= COMMON:
        return frozenset()
    found = _families(word, lex)
    if not found and word.endswith("s") and len(word) > SHORTEST:  # a clipping made plural: "apols", "reps"
        found = _families(word[:-1], lex)
    return found


def _families(word: str, lex: Lexicon) -> frozenset[str]:
    """The one word family of the papers that begins with `word`, else none."""
    families = {lex.tokenizer.stem(w) for w in lex.words_from(word, READ) if len(w) >= len(word) + GROWN and w.isalpha()}
    families = {f for f in families if lex.df(f)}
    return frozenset(families) if len(families) == 1 else frozenset()
