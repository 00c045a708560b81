"""Typos against the papers' own words: a question word no paper uses, one edit away from a word the
papers do use, is read as that word ("matenity" -> "maternity"). Only words with no such neighbour
count as unknown, which is the strongest sign the papers cannot answer."""

import gzip
import json
from collections.abc import Iterable
from importlib import resources

MIN_LENGTH = 4  # shorter words are too often real words of their own ("bord" is rare, "bed" is not)


class Speller:
    """Corrections from a vocabulary of word -> count (the words of every passage of a version)."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self._deletes: dict[str, list[str]] | None = None

    def known(self, word: str) -> bool:
        return word in self.vocabulary

    def correct(self, word: str) -> str | None:
        """The most frequent paper word one edit away (insert, delete, replace, swap), else None."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self.vocabulary:
            return None
        deletes = self._delete_index()
        found: set[str] = set(deletes.get(word, ()))  # the question dropped a letter
        for variant in _deletions(word):
            if variant in self.vocabulary:
                found.add(variant)  # the question added a letter
            found.update(deletes.get(variant, ()))  # replaced or swapped a letter
        found = {w for w in found if _distance_one(word, w)}
        return max(found, key=lambda w: (self.vocabulary[w], w)) if found else None

    def _delete_index(self) -> dict[str, list[str]]:
        if self._deletes is None:
            index: dict[str, list[str]] = {}
            for word in self.vocabulary:
                if len(word) >= MIN_LENGTH - 1 and word.isalpha():
                    for variant in _deletions(word):
                        index.setdefault(variant, []).append(word)
            self._deletes = index
        return self._deletes


def _deletions(word: str) -> Iterable[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _distance_one(a: str, b: str) -> bool:
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
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
            counts = json.loads(gzip.decompress(data))
            self._words = frozenset(w for w, n in counts.items() if n >= self.MIN_COUNT)
        return word in self._words
