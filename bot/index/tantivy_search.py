"""Passage search in tantivy, for national-scale corpora (docs/national-scale.md).

Our own tokens go in (a whitespace-tokenised field), so stemming, stopwords and the A&E rule are the
tokenizer's, as for the builtin engine. tantivy's BM25 is fixed at k1 1.2 and quantises passage
lengths, so it is used to find candidates (with each term boosted to our idf); the candidates are then
scored again with rank-bm25's formula from their stored tokens. Both engines therefore rank passages
alike, and the answers built from them agree. Plan area and document are indexed raw-tokenised fields,
so the area boost is two queries inside the engine (in the areas, outside them), never a pass over
every passage."""

import json
import math
import shutil
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np
import tantivy

from bot.index.search import AREA_BOOST, B, EPSILON, K1, Hit, okapi_idf

TANTIVY_DIR = "tantivy"
STATS_NAME = "planbot-stats.json"
# Terms whose tantivy document frequency still counts passages deleted by a re-index that carried the
# index over (bot.index.carry): tantivy drops deleted passages from its counts only when it merges
# their segment. term -> how many of its passages are deleted; absent when there are none.
DELETED_NAME = "planbot-deleted-df.json"
HEAP_BYTES = 120_000_000  # the writer's memory budget: past it, a segment is written to disk
PLACEHOLDER = "\x00"  # as the builtin engine: an all-empty passage still has a length of one
MIN_CANDIDATES = 64  # tantivy's top hits re-scored exactly; our top k is inside them unless scores tie far down


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("terms", stored=True, tokenizer_name="whitespace", index_option="freq")
    builder.add_unsigned_field("seq", fast=True)
    builder.add_text_field("area", tokenizer_name="raw", index_option="basic", fast=True)
    builder.add_text_field("document", tokenizer_name="raw", index_option="basic", fast=True)
    return builder.build()


class TantivyBuilder:
    """Streams passages into a tantivy index in `folder/tantivy`: memory is bounded by the writer's heap
    (segments go to disk as it fills), and the few corpus figures exact scoring needs are kept beside it."""

    engine = "tantivy"

    def __init__(self, folder: Path, k1: float = K1, b: float = B, epsilon: float = EPSILON,
                 heap_bytes: int = HEAP_BYTES) -> None:
        self.path = folder / TANTIVY_DIR
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        self.k1, self.b, self.epsilon = k1, b, epsilon
        self.index = tantivy.Index(_schema(), path=str(self.path), reuse=False)
        self.writer: tantivy.IndexWriter | None = self.index.writer(heap_size=heap_bytes, num_threads=1)
        self.n_docs = 0
        self.tokens = 0

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None:
        assert self.writer is not None, "add after finish"
        tokens = list(tokens) or [PLACEHOLDER]
        self.writer.add_document(_document(tokens, self.n_docs, area, document))
        self.n_docs += 1
        self.tokens += len(tokens)

    def finish(self) -> None:
        """Commit, wait for merges, and record the corpus figures (write_stats)."""
        assert self.writer is not None, "finish twice"
        _commit(self.writer, self.index)
        self.writer = None
        write_stats(self.index, self.path, {"n_docs": self.n_docs, "tokens": self.tokens, "next_seq": self.n_docs,
                                            "k1": self.k1, "b": self.b, "epsilon": self.epsilon}, deleted=False)


def _commit(writer: tantivy.IndexWriter, index: tantivy.Index) -> None:
    """Commit what a build wrote, wait for segment merges, and make it visible to the index's searchers."""
    writer.commit()
    writer.wait_merging_threads()
    index.reload()


def write_stats(index: tantivy.Index, path: Path, stats: dict, deleted: bool) -> None:
    """Record the corpus figures exact scoring needs: passages, tokens, the next passage number, and
    rank-bm25's mean idf (its floor for terms in over half the passages), from tantivy's term dictionary.
    With `deleted` passages still in a segment, each term's count is that of the passages alive (and
    the difference is written to DELETED_NAME for TantivySearch.df), as a full build would count them."""
    searcher = index.searcher()
    counts = dict(searcher.terms_with_prefix("terms", ""))
    if deleted:
        alive = {t: n for t, n in searcher.terms_with_prefix("terms", "", filter_query=tantivy.Query.all_query()) if n > 0}
        gone = {t: n - alive.get(t, 0) for t, n in counts.items() if n != alive.get(t, 0)}
        counts = alive
        (path / DELETED_NAME).write_text(json.dumps(gone, sort_keys=True), encoding="utf-8")
    else:
        (path / DELETED_NAME).unlink(missing_ok=True)
    df = np.array(sorted(counts.values()), dtype=np.float64)
    n_docs = stats["n_docs"]
    stats["mean_idf"] = okapi_idf(df, n_docs, stats["epsilon"])[1] if n_docs else 0.0
    (path / STATS_NAME).write_text(json.dumps(stats), encoding="utf-8")


class TantivyCarry:
    """A copy of the previous version's tantivy index that a re-index edits: the passages of removed
    papers deleted by their document term (as each was added, so before the new passages of a paper
    of the same name go in), new passages added under numbers from the previous version's next on."""

    engine = "tantivy"

    def __init__(self, previous: Path, folder: Path, heap_bytes: int = HEAP_BYTES) -> None:
        self.path = folder / TANTIVY_DIR
        shutil.rmtree(self.path, ignore_errors=True)
        shutil.copytree(previous / TANTIVY_DIR, self.path)
        self.stats = json.loads((self.path / STATS_NAME).read_text(encoding="utf-8"))
        self.n_docs: int = self.stats["n_docs"]
        self.tokens: int = self.stats["tokens"]
        self.next_seq: int = self.stats.get("next_seq", self.n_docs)
        self.deleted = (self.path / DELETED_NAME).exists()
        self.index = tantivy.Index.open(str(self.path))
        self.writer: tantivy.IndexWriter | None = self.index.writer(heap_size=heap_bytes, num_threads=1)

    def remove(self, document: str, seqs: Sequence[int], lengths: Sequence[int]) -> None:
        """Delete a paper's passages (`lengths`: their token counts, as they were added)."""
        assert self.writer is not None, "remove after finish"
        self.writer.delete_documents_by_term("document", document)
        self.n_docs -= len(seqs)
        self.tokens -= sum(max(n, 1) for n in lengths)
        self.deleted = True

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None:
        assert self.writer is not None, "add after finish"
        tokens = list(tokens) or [PLACEHOLDER]
        self.writer.add_document(_document(tokens, self.next_seq, area, document))
        self.next_seq += 1
        self.n_docs += 1
        self.tokens += len(tokens)

    def abandon(self) -> None:
        """Drop what was written and wait for the writer's merge threads: a re-index that stops carrying
        over deletes this folder next, and a merge still writing into it would break the deletion."""
        if self.writer is not None:
            self.writer.rollback()
            self.writer.wait_merging_threads()
            self.writer = None

    def finish(self) -> None:
        assert self.writer is not None, "finish twice"
        _commit(self.writer, self.index)
        self.writer = None
        write_stats(self.index, self.path, {**self.stats, "n_docs": self.n_docs, "tokens": self.tokens,
                                            "next_seq": self.next_seq}, deleted=self.deleted)


def _document(tokens: list[str], seq: int, area: str | None, document: str | None) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("terms", " ".join(tokens))
    doc.add_unsigned("seq", seq)
    if area:
        doc.add_text("area", area)
    if document:
        doc.add_text("document", document)
    return doc


class TantivySearch:
    """A version's tantivy passages, memory-mapped: the same questions as bot.index.search.BM25Index."""

    engine = "tantivy"

    def __init__(self, folder: Path) -> None:
        path = folder / TANTIVY_DIR
        stats = json.loads((path / STATS_NAME).read_text(encoding="utf-8"))
        self.n_docs: int = stats["n_docs"]
        self.avgdl: float = stats["tokens"] / max(self.n_docs, 1)
        self.mean_idf: float = stats["mean_idf"]
        self.k1, self.b, self.epsilon = stats["k1"], stats["b"], stats["epsilon"]
        self.index = tantivy.Index.open(str(path))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()
        gone = path / DELETED_NAME
        self.deleted: dict[str, int] = json.loads(gone.read_text(encoding="utf-8")) if gone.exists() else {}

    def df(self, term: str) -> int:
        """Passages holding the term (less those deleted but not yet merged away)."""
        return self.searcher.doc_freq("terms", term) - self.deleted.get(term, 0) if term else 0

    def terms_from(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` indexed terms starting with `prefix`, the first in sorted order, as the builtin
        engine. tantivy lists a prefix's terms most frequent first, so all are read and sorted."""
        if not prefix:
            return []
        return sorted(t for t, n in self.searcher.terms_with_prefix("terms", prefix) if n > self.deleted.get(t, 0))[:limit]

    def warm(self) -> None:
        """Nothing to load: the index is memory-mapped and the OS pages it in."""

    def idf(self, df: int) -> float:
        """rank-bm25's idf of a term in `df` passages (as bot.index.search.okapi_idf)."""
        value = float(np.log(self.n_docs - df + 0.5) - np.log(df + 0.5))
        return self.epsilon * self.mean_idf if value < 0 else value

    def search(self, query: Sequence[str], k: int = 10, areas: Collection[str] = (),
               boost: tuple[float, float] = AREA_BOOST) -> list[Hit]:
        """The k best passages for the query tokens; with `areas`, passages in them score ×boost[0] and
        the rest ×boost[1], as the builtin engine's boost. Ties go to the earlier passage."""
        idfs = {t: self.idf(df) for t in dict.fromkeys(query) if (df := self.df(t))}
        if not idfs or k <= 0:
            return []
        terms = self._terms_query(query, idfs)
        if not areas:
            hits = self._rescored(terms, k, query, idfs, 1.0)
        else:
            area = tantivy.Query.const_score_query(tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "area", a)) for a in areas]), 0.0)
            inside = tantivy.Query.boolean_query([(tantivy.Occur.Must, terms), (tantivy.Occur.Must, area)])
            outside = tantivy.Query.boolean_query([(tantivy.Occur.Must, terms), (tantivy.Occur.MustNot, area)])
            hits = self._rescored(inside, k, query, idfs, boost[0]) + self._rescored(outside, k, query, idfs, boost[1])
        hits.sort(key=lambda h: (-h.score, h.seq))
        return [h for h in hits[:k] if h.score > 0]  # as the builtin engine: a zero or below is no match

    def _terms_query(self, query: Sequence[str], idfs: dict[str, float]) -> tantivy.Query:
        """Any query term, each weighted towards our idf (tantivy's is ln(1 + (N - df + 0.5)/(df + 0.5)))."""
        clauses = []
        for term, times in Counter(t for t in query if t in idfs).items():
            df = self.df(term)
            theirs = math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))
            weight = times * idfs[term] / theirs if theirs > 0 else 1.0
            clauses.append((tantivy.Occur.Should, tantivy.Query.boost_query(
                tantivy.Query.term_query(self.schema, "terms", term), weight)))
        return tantivy.Query.boolean_query(clauses)

    def _rescored(self, q: tantivy.Query, k: int, query: Sequence[str], idfs: dict[str, float], boost: float) -> list[Hit]:
        """tantivy's best candidates, scored again exactly as BM25Index.scores then × boost."""
        found = self.searcher.search(q, max(4 * k, MIN_CANDIDATES), count=False).hits
        if not found:
            return []
        addresses = [address for _, address in found]
        seqs = self.searcher.fast_field_values("seq", addresses)
        hits = []
        for seq, address in zip(seqs, addresses):
            tokens = (self.searcher.doc(address).get_first("terms") or PLACEHOLDER).split(" ")
            counts = {term: tokens.count(term) for term in idfs}  # only the query's terms: list.count runs in C
            hits.append(Hit(int(seq), self._score(counts, len(tokens), query, idfs) * boost))
        return hits

    def _score(self, counts: dict[str, int], length: int, query: Sequence[str], idfs: dict[str, float]) -> float:
        """rank-bm25's score, each term's weight rounded to float32 and summed in query order, as the
        builtin engine's precomputed postings are."""
        norm = self.k1 * (1 - self.b + self.b * length / self.avgdl)
        score = 0.0
        for term in query:
            tf = counts.get(term, 0)
            if tf and term in idfs:
                score += float(np.float32(idfs[term] * tf * (self.k1 + 1) / (tf + norm)))
        return score
