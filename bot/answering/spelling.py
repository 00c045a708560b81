"""Typos against the papers' own words: a question word no paper uses, one edit away from a word the
papers do use, is read as that word ("matenity" -> "maternity"). Only words with no such neighbour
count as unknown, which is the strongest sign the papers cannot answer."""

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources

MIN_LENGTH = 4  # shorter words are too often real words of their own ("bord" is rare, "bed" is not)


class Speller:
    """Corrections from a vocabulary of word -> count (the words of every passage of a version).

    The vocabulary may be a plain dict or a version's stored table read word by word
    (bot.answering.lexicon.StoredVocabulary): a national corpus has hundreds of thousands of words, and
    a question asks about a few. Its words are the tokeniser's ([a-z0-9]+), so the paper words one
    edit from a question word are found by looking up that word's edits over a-z, not by indexing
    every word's deletions."""

    def __init__(self, vocabulary: Mapping[str, int]) -> None:
        self.vocabulary = vocabulary

    def known(self, word: str) -> bool:
        return word in self.vocabulary

    def correct(self, word: str) -> str | None:
        """The most frequent paper word one edit away (insert, delete, replace, swap), else None."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self.vocabulary:
            return None
        counts = _counts(self.vocabulary, sorted(edits(word)))
        # (never to a word too short to be corrected itself: "opne" is "open", not "one")
        found = {w for w in counts if w.isalpha() and len(w) >= MIN_LENGTH and distance_one(word, w)}
        return max(found, key=lambda w: (counts[w], w)) if found else None


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits(word: str) -> set[str]:
    """Every string one insertion, deletion, replacement (by a-z) or swap of neighbours from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    out |= {a + c + b for a, b in splits for c in LETTERS}
    out.discard(word)
    return out


def _counts(vocabulary: Mapping[str, int], words: list[str]) -> dict[str, int]:
    """The counts of those of `words` the vocabulary holds (in one look-up when it can do that)."""
    many = getattr(vocabulary, "counts", None)
    if many is not None:
        return many(words)
    return {w: vocabulary[w] for w in words if w in vocabulary}


def _deletions(word: str) -> Iterable[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def distance_one(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


class EnglishWords:
    """Common English words (pyspellchecker's frequency list), read on first use: a real word the
    papers never use is not a typo of one they do ("blank" is not "black"), it is unknown."""

    MIN_COUNT = 50

    def __init__(self) -> None:
        self._words: dict[str, int] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._read()

    def count(self, word: str) -> int:
        """How often the word is written in English text (0 for one rarer than MIN_COUNT)."""
        return self._read().get(word, 0)

    def _read(self) -> dict[str, int]:
        if self._words is None:
            self._words = {w: n for w, n in _word_counts() if n >= self.MIN_COUNT}
        return self._words


# {"word": count, ...} with no escapes: each pair read by one pattern, in a fifth of json.loads's time
# (half a second of every process that reads a question)
_PAIR = re.compile(rb'"([^"]*)"\s*:\s*(\d+)\s*[,}]')


def _word_counts() -> list[tuple[str, int]]:
    """pyspellchecker's English word frequencies."""
    raw = gzip.decompress(resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes())
    if b"\\" not in raw:
        pairs = [(w.decode("utf-8"), int(n)) for w, n in _PAIR.findall(raw)]
        if len(pairs) == raw.count(b":"):  # every pair read (no key holds a colon, no count is a fraction)
            return pairs
    return list(json.loads(raw).items())
