"""BM25 over passages: rank-bm25's Okapi scoring, precomputed per term so a query touches only its postings."""

import bisect
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Tuned on ../shared/benchmarks/cranfield and the dev questions (benchmarks/cranfield_eval.py).
K1 = 1.5
B = 0.75
EPSILON = 0.25
BM25_NAME = "bm25.npz"
AREA_BOOST = (1.3, 0.6)  # passages under an asked-about plan area count for more, the rest for less


@dataclass(frozen=True)
class Hit:
    seq: int
    score: float


def top_hits(scores: np.ndarray, k: int) -> list[Hit]:
    """The k best-scoring passages with a score above zero, best first; equal scores go to the earlier
    passage, so every engine breaks ties alike (argpartition alone picks among ties arbitrarily)."""
    k = min(k, len(scores))
    if k <= 0:
        return []
    kth = scores[np.argpartition(-scores, k - 1)[k - 1]]
    above = np.flatnonzero(scores > kth)
    top = np.concatenate([above, np.flatnonzero(scores == kth)[: k - len(above)]])
    top = top[np.lexsort((top, -scores[top]))]
    return [Hit(int(i), float(scores[i])) for i in top if scores[i] > 0]


class _TermIds(dict):
    """term -> id, a new term taking the next id: looked up a passage at a time without a Python loop."""

    def __missing__(self, term: str) -> int:
        self[term] = len(self)
        return self[term]


class BM25Builder:
    """Collects passages one at a time as flat (passage, term, count) arrays, then weighs them as rank-bm25 does.

    rank_bm25.BM25Okapi keeps a dict per passage, and a postings list of tuples costs more again: at
    100k passages that was ~500 MB. Flat int32 arrays hold the same counts in ~12 bytes per posting.
    """

    def __init__(self, k1: float = K1, b: float = B, epsilon: float = EPSILON) -> None:
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.terms: dict[str, int] = _TermIds()  # in order of first sight, as rank-bm25's document-frequency dict
        self.doc_ids = array("i")
        self.term_ids = array("i")
        self.counts = array("i")
        self.lengths = array("i")

    def add(self, tokens: list[str]) -> None:
        # rank-bm25 divides by zero on an all-empty corpus; a placeholder token keeps lengths sane.
        tokens = tokens or ["\x00"]
        doc = len(self.lengths)
        self.lengths.append(len(tokens))
        counts = Counter(tokens)  # one posting per distinct term, in order of first sight in the passage
        self.doc_ids.extend(repeat(doc, len(counts)))
        self.term_ids.extend(map(self.terms.__getitem__, counts))
        self.counts.extend(counts.values())

    def finish(self) -> "BM25Index":
        if not self.lengths:
            return BM25Index({}, np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
        return weigh(list(self.terms), np.frombuffer(self.term_ids, dtype=np.int32),
                     np.frombuffer(self.doc_ids, dtype=np.int32), np.frombuffer(self.counts, dtype=np.int32),
                     np.frombuffer(self.lengths, dtype=np.int32), self.k1, self.b, self.epsilon)


def weigh(names: list[str], term_ids: np.ndarray, doc_ids: np.ndarray, counts: np.ndarray, lengths: np.ndarray,
          k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "BM25Index":
    """Postings (term, passage, count) weighed as rank-bm25 does. `lengths` is indexed by passage number;
    a length of 0 is a number no passage holds (a re-index that carried the version before it over keeps
    the numbers of unchanged papers and leaves those of removed ones unused, bot.index.carry), so the
    corpus figures (passages, mean length) count only the lengths above 0. A term no posting holds is left out."""
    live = lengths > 0
    n_docs = int(live.sum())
    if n_docs == 0:
        return BM25Index({}, np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
    df = np.bincount(term_ids, minlength=len(names))
    if (df == 0).any():  # drop terms no passage holds any more, renumbering the rest
        kept = np.flatnonzero(df)
        new_id = np.full(len(names), -1, dtype=np.int64)
        new_id[kept] = np.arange(len(kept))
        names = [names[i] for i in kept.tolist()]
        term_ids, df = new_id[term_ids], df[kept]
    idf = okapi_idf(df, n_docs, epsilon)[0]
    avgdl = int(lengths[live].astype(np.int64).sum()) / n_docs
    counts_f = counts.astype(np.float64)
    norm = k1 * (1 - b + b * lengths.astype(np.float64)[doc_ids] / avgdl)
    weights = (idf[term_ids] * counts_f * (k1 + 1) / (counts_f + norm)).astype(np.float32)
    # Postings grouped by term in sorted term order, passages ascending within a term.
    rank = np.empty(len(names), dtype=np.int64)
    rank[np.argsort(np.array(names, dtype=object), kind="stable")] = np.arange(len(names))
    sorted_ids = rank[term_ids]
    order = np.lexsort((doc_ids, sorted_ids))
    offsets = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(sorted_ids, minlength=len(names)), out=offsets[1:])
    vocab = {name: int(rank[i]) for i, name in enumerate(names)}
    return BM25Index(vocab, offsets, np.asarray(doc_ids, dtype=np.int32)[order].copy(), weights[order], n_docs,
                     counts=np.asarray(counts, dtype=np.int32)[order].copy(), lengths=np.asarray(lengths, dtype=np.int32).copy())


def okapi_idf(df: np.ndarray, n_docs: int, epsilon: float = EPSILON) -> tuple[np.ndarray, float]:
    """rank-bm25's ATIRE idf of every term, negative values floored at epsilon × the mean idf; and that
    mean, which another engine needs to score a term alike. rank-bm25 sums the idfs in its terms' order of
    first sight; the mean here is the correctly rounded sum (math.fsum), the same in any order, so a
    re-index that carries postings over (bot.index.carry) gets a full build's value to the last bit
    (within an ulp of rank-bm25's)."""
    idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
    mean = math.fsum(idf.tolist()) / len(idf) if len(idf) else 0.0
    return np.where(idf < 0, epsilon * mean, idf), mean


class BM25Index:
    """Okapi BM25 whose term weights idf(t)·tf·(k1+1)/(tf+k1·(1-b+b·dl/avgdl)) are computed once at build.

    Summing a query's postings gives rank_bm25.BM25Okapi.get_scores (tests/test_search.py holds them
    equal), without scanning every passage for every query term.
    """

    def __init__(self, vocab: dict[str, int], offsets: np.ndarray, doc_ids: np.ndarray, weights: np.ndarray, n_docs: int,
                 counts: np.ndarray | None = None, lengths: np.ndarray | None = None) -> None:
        self.vocab = vocab
        self.offsets = offsets
        self.doc_ids = doc_ids
        self.weights = weights
        self.n_docs = n_docs  # passages held
        # Each posting's term count and each passage number's length (0: no passage has that number),
        # kept so a re-index can carry these postings over and weigh them again (bot.index.carry).
        self.counts = counts
        self.lengths = lengths
        # Scores are indexed by passage number, which may run past n_docs when numbers were left unused.
        self.size = len(lengths) if lengths is not None else n_docs
        self._sorted: list[str] | None = None

    @property
    def engine(self) -> str:
        return "builtin"

    def df(self, term: str) -> int:
        """How many passages hold the term."""
        i = self.vocab.get(term)
        return 0 if i is None else int(self.offsets[i + 1] - self.offsets[i])

    def terms_from(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` indexed terms starting with `prefix`, in sorted order (term ids are sorted order)."""
        if self._sorted is None:
            self._sorted = sorted(self.vocab, key=self.vocab.__getitem__)
        at = bisect.bisect_left(self._sorted, prefix)
        out = []
        for term in self._sorted[at:at + limit]:
            if not term.startswith(prefix):
                break
            out.append(term)
        return out

    @classmethod
    def build(cls, corpus: Iterable[list[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "BM25Index":
        builder = BM25Builder(k1, b, epsilon)
        for tokens in corpus:
            builder.add(tokens)
        return builder.finish()

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage for the query tokens (a repeated token counts again, as in rank-bm25)."""
        out = np.zeros(self.size, dtype=np.float64)
        for term in query:
            i = self.vocab.get(term)
            if i is None:
                continue
            lo, hi = self.offsets[i], self.offsets[i + 1]
            out[self.doc_ids[lo:hi]] += self.weights[lo:hi]
        return out

    def search(self, query: Sequence[str], k: int = 10, boost: np.ndarray | None = None) -> list[Hit]:
        """The k best passages; `boost` multiplies scores (e.g. for passages of the asked-about area)."""
        if self.n_docs == 0:
            return []
        scores = self.scores(query)
        if boost is not None:
            scores = scores * boost
        return top_hits(scores, k)

    def save(self, path: Path) -> None:
        terms = np.array(sorted(self.vocab, key=self.vocab.__getitem__), dtype=object)
        extra = {}
        if self.counts is not None and self.lengths is not None:  # counts rarely pass 65,535: two bytes each
            small = not len(self.counts) or int(self.counts.max()) < 2**16
            extra = {"counts": self.counts.astype(np.uint16) if small else self.counts, "lengths": self.lengths}
        np.savez(path, terms=np.array("\n".join(terms), dtype=np.str_), offsets=self.offsets,
                 doc_ids=self.doc_ids, weights=self.weights, n_docs=np.array(self.n_docs), **extra)

    @classmethod
    def load(cls, path: Path, carry: bool = False) -> "BM25Index":
        """A saved index; its counts and lengths only with `carry` (answering never needs them)."""
        with np.load(path, allow_pickle=False) as data:
            joined = str(data["terms"])
            terms = joined.split("\n") if joined else []
            lengths = data["lengths"] if "lengths" in data.files else None
            counts = data["counts"].astype(np.int32) if carry and "counts" in data.files else None
            index = cls({t: i for i, t in enumerate(terms)}, data["offsets"], data["doc_ids"], data["weights"],
                        int(data["n_docs"]), counts, lengths if carry else None)
            if lengths is not None:
                index.size = len(lengths)
            return index
