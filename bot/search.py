"""BM25 over passages: rank-bm25's Okapi scoring, precomputed per term so a query touches only its postings."""

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rank_bm25 import BM25Okapi

# Tuned on ../shared/benchmarks/cranfield and the dev questions (benchmarks/cranfield_eval.py).
K1 = 1.5
B = 0.75
EPSILON = 0.25


@dataclass(frozen=True)
class Hit:
    seq: int
    score: float


class BM25Index:
    """Okapi BM25 whose term weights idf(t)·tf·(k1+1)/(tf+k1·(1-b+b·dl/avgdl)) are computed once at build.

    Summing a query's postings gives exactly rank_bm25.BM25Okapi.get_scores, without scanning every
    passage for every query term.
    """

    def __init__(self, vocab: dict[str, int], offsets: np.ndarray, doc_ids: np.ndarray, weights: np.ndarray, n_docs: int) -> None:
        self.vocab = vocab
        self.offsets = offsets
        self.doc_ids = doc_ids
        self.weights = weights
        self.n_docs = n_docs

    @classmethod
    def build(cls, corpus: Sequence[list[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "BM25Index":
        if not corpus:
            return cls({}, np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
        # rank-bm25 divides by zero on an all-empty corpus; a placeholder token keeps lengths sane.
        safe = [tokens if tokens else ["\x00"] for tokens in corpus]
        bm25 = BM25Okapi(safe, k1=k1, b=b, epsilon=epsilon)
        postings: dict[str, list[tuple[int, float]]] = {}
        for doc, (freqs, length) in enumerate(zip(bm25.doc_freqs, bm25.doc_len)):
            norm = k1 * (1 - b + b * length / bm25.avgdl)
            for term, tf in freqs.items():
                weight = bm25.idf[term] * tf * (k1 + 1) / (tf + norm)
                postings.setdefault(term, []).append((doc, weight))
        terms = sorted(postings)
        vocab = {term: i for i, term in enumerate(terms)}
        offsets = np.zeros(len(terms) + 1, dtype=np.int64)
        for i, term in enumerate(terms):
            offsets[i + 1] = offsets[i] + len(postings[term])
        doc_ids = np.fromiter((d for t in terms for d, _ in postings[t]), dtype=np.int32, count=int(offsets[-1]))
        weights = np.fromiter((w for t in terms for _, w in postings[t]), dtype=np.float32, count=int(offsets[-1]))
        return cls(vocab, offsets, doc_ids, weights, len(corpus))

    def scores(self, query: Sequence[str]) -> np.ndarray:
        """BM25 score of every passage for the query tokens (a repeated token counts again, as in rank-bm25)."""
        out = np.zeros(self.n_docs, dtype=np.float64)
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
        k = min(k, self.n_docs)
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [Hit(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def save(self, path: Path) -> None:
        terms = np.array(sorted(self.vocab, key=self.vocab.__getitem__), dtype=object)
        np.savez(path, terms=np.array("\n".join(terms), dtype=np.str_), offsets=self.offsets,
                 doc_ids=self.doc_ids, weights=self.weights, n_docs=np.array(self.n_docs))

    @classmethod
    def load(cls, path: Path) -> "BM25Index":
        with np.load(path, allow_pickle=False) as data:
            joined = str(data["terms"])
            terms = joined.split("\n") if joined else []
            return cls({t: i for i, t in enumerate(terms)}, data["offsets"], data["doc_ids"], data["weights"], int(data["n_docs"]))
