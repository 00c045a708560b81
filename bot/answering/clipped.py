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


def clipped(word: str, lex: Lexicon, before: str | None = None) -> frozenset[str]:
    """The stem of the one word family of the papers (words, not names: Lexicon.words_from) that begins with `word`, when
    `word` is in no paper and is no common English word; none when it begins two families ("spec":
    "special", "specification"), which could be either, unless only one of them is written right before
    the question's next word (`before`, a stem): "reg pop" is "registered population", which the papers
    write, not "regional" or "regulated" population."""
    stem = lex.tokenizer.stem(word)
    if not (SHORTEST <= len(word) <= LONGEST and word.isalpha()) or lex.df(stem) or lex.df(word):
        return frozenset()
    if lex.english.count(word) >= COMMON:
        return _written_clipped(word, lex, before)
    found = _families(word, lex, before)
    if not found and word.endswith("s") and len(word) > SHORTEST:  # a clipping made plural: "apols", "reps"
        found = _families(word[:-1], lex, before)
    return found


def _written_clipped(word: str, lex: Lexicon, before: str | None) -> frozenset[str]:
    """A common word no paper writes ("path network", "physio team") is read as a clipping only by the
    word after it: when exactly one family beginning with it is written right before that word
    ("pathology network"); a common word alone ("car", "mark") stays a word of its own."""
    if not before or not lex.df(before):
        return frozenset()
    families = {lex.tokenizer.stem(w) for w in lex.words_from(word, READ) if len(w) >= len(word) + GROWN and w.isalpha()}
    families = {f for f in families if lex.df(f)}
    if len(families) > READ_PAIRS:
        return frozenset()
    written = {f for f in families if _written_before(f, before, lex)}
    return frozenset(written) if len(written) == 1 else frozenset()


def _families(word: str, lex: Lexicon, before: str | None = None) -> frozenset[str]:
    """The one word family of the papers that begins with `word` (or, of several, the one written before
    `before`), else none."""
    families = {lex.tokenizer.stem(w) for w in lex.words_from(word, READ) if len(w) >= len(word) + GROWN and w.isalpha()}
    families = {f for f in families if lex.df(f)}
    if len(families) > 1 and before and lex.df(before) and len(families) <= READ_PAIRS:
        families = {f for f in families if _written_before(f, before, lex)}
    return frozenset(families) if len(families) == 1 else frozenset()


def _written_before(family: str, before: str, lex: Lexicon) -> bool:
    """Some passage writes a word of `family` right before a word of `before` ("registered population"):
    the best few passages holding both are read (found by the index, never a pass over every passage)."""
    hits = lex.index.engine.search([family, before], k=PAIR_HITS)
    for passage in lex.index.passages([h.seq for h in hits]):
        stems = lex.tokenizer(passage.text)
        if any(a == family and b == before for a, b in zip(stems, stems[1:])):
            return True
    return False


READ_PAIRS = 6  # families a clipping may begin for each to be looked for before the next word
PAIR_HITS = 5  # passages read for each family
