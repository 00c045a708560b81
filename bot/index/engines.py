"""Which engine holds a version's passages: chosen at build time, recorded in the version's meta, and
opened behind one interface (PassageSearch), so answering never asks which it is.

- builtin: numpy postings with rank-bm25's weights (bot.index.search), loaded whole into each process.
  Simplest and fastest below a few hundred thousand passages.
- tantivy: an on-disk, memory-mapped index built with bounded memory (bot.index.tantivy_search), for
  national-scale corpora; it ranks as the builtin engine does.
- auto (the default): builtin, switching to tantivy mid-build once the passages reach
  TANTIVY_FROM_PASSAGES (README, "Search engines", has the measurements behind the number)."""

from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.errors import BuildError, CarryRefused
from bot.index.search import AREA_BOOST, BM25_NAME, BM25Builder, BM25Index, Hit, weigh
from bot.index.tantivy_search import TANTIVY_DIR, TantivyBuilder, TantivyCarry, TantivySearch

ENGINES = ("builtin", "tantivy")
AUTO = "auto"
TANTIVY_FROM_PASSAGES = 200_000

AreaRows = Callable[[], Iterable[tuple[int, str]]]  # (passage seq, plan area) of every passage that has one


class PassageSearch(Protocol):
    """What answering asks of a version's passages, whichever engine holds them."""

    engine: str

    @property
    def n_docs(self) -> int: ...

    def df(self, term: str) -> int: ...

    def terms_from(self, prefix: str, limit: int) -> list[str]: ...

    def warm(self) -> None:
        """Read now what the first question would otherwise wait for."""

    def search(self, query: Sequence[str], k: int = 10, areas: Collection[str] = (),
               boost: tuple[float, float] = AREA_BOOST) -> list[Hit]: ...


class PassageBuilder(Protocol):
    engine: str
    n_docs: int

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None: ...

    def finish(self) -> None: ...


class PassageCarry(PassageBuilder, Protocol):
    """A copy of the previous version's passage engine that a re-index edits (bot.index.carry): the
    passages of removed papers taken out, the new ones added under numbers from `next_seq` on."""

    next_seq: int

    def remove(self, document: str, seqs: Sequence[int], lengths: Sequence[int]) -> None: ...

    def abandon(self) -> None:
        """Stop writing, leaving nothing at work on the folder (it is about to be deleted)."""


class BuiltinSearch:
    """BM25Index with the area boost: passage areas are read (once per version) from the database."""

    engine = "builtin"

    def __init__(self, bm25: BM25Index, area_rows: AreaRows) -> None:
        self.bm25 = bm25
        self._area_rows = area_rows
        self._areas: tuple[np.ndarray, dict[str, int]] | None = None

    @property
    def n_docs(self) -> int:
        return self.bm25.n_docs

    def df(self, term: str) -> int:
        return self.bm25.df(term)

    def terms_from(self, prefix: str, limit: int) -> list[str]:
        return self.bm25.terms_from(prefix, limit)

    def warm(self) -> None:
        self.area_codes()

    def search(self, query: Sequence[str], k: int = 10, areas: Collection[str] = (),
               boost: tuple[float, float] = AREA_BOOST) -> list[Hit]:
        weights = None
        if areas:
            codes, names = self.area_codes()
            weights = np.where(np.isin(codes, [names[a] for a in areas if a in names]), boost[0], boost[1])
        return self.bm25.search(query, k, weights)

    def area_codes(self) -> tuple[np.ndarray, dict[str, int]]:
        """Each passage's plan area as a small number (-1 for none), and the numbers of the names."""
        if self._areas is None:
            names: dict[str, int] = {}
            codes = np.full(self.bm25.size, -1, dtype=np.int16)
            for seq, area in self._area_rows():
                if seq < len(codes):
                    codes[seq] = names.setdefault(area, len(names))
            self._areas = codes, names
        return self._areas


class BuiltinBuilder:
    """BM25Builder writing bm25.npz into the version folder."""

    engine = "builtin"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.bm25 = BM25Builder()

    @property
    def n_docs(self) -> int:
        return len(self.bm25.lengths)

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None:
        self.bm25.add(list(tokens))

    def finish(self) -> None:
        weights = self.bm25.finish()
        self.bm25 = BM25Builder()  # its per-posting arrays are the largest thing a build holds
        weights.save(self.folder / BM25_NAME)


class AutoBuilder:
    """builtin while the corpus is small; once it reaches `threshold` passages, what builtin holds is
    replayed into tantivy (postings carry counts, and tantivy indexes frequencies, not positions, so
    each term repeated its count is the same passage to it) and the rest streams to tantivy."""

    def __init__(self, folder: Path, threshold: int = TANTIVY_FROM_PASSAGES) -> None:
        self.folder = folder
        self.threshold = threshold
        self.inner: BuiltinBuilder | TantivyBuilder = BuiltinBuilder(folder)
        self._areas: list[str | None] = []
        self._documents: list[str | None] = []

    @property
    def engine(self) -> str:
        return self.inner.engine

    @property
    def n_docs(self) -> int:
        return self.inner.n_docs

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None:
        self.inner.add(tokens, area, document)
        if isinstance(self.inner, BuiltinBuilder):
            self._areas.append(area)
            self._documents.append(document)
            if self.inner.n_docs >= self.threshold:
                self._switch()

    def _switch(self) -> None:
        old = self.inner.bm25  # type: ignore[union-attr]
        fresh = TantivyBuilder(self.folder)
        names = np.array(list(old.terms), dtype=object)
        doc_ids = np.frombuffer(old.doc_ids, dtype=np.int32)
        term_ids = np.frombuffer(old.term_ids, dtype=np.int32)
        counts = np.frombuffer(old.counts, dtype=np.int32)
        starts = np.searchsorted(doc_ids, np.arange(len(old.lengths) + 1))  # a passage's postings are contiguous
        for doc in range(len(old.lengths)):
            lo, hi = starts[doc], starts[doc + 1]
            fresh.add(np.repeat(names[term_ids[lo:hi]], counts[lo:hi]).tolist(), self._areas[doc], self._documents[doc])
        self.inner = fresh
        self._areas, self._documents = [], []

    def finish(self) -> None:
        self.inner.finish()


class BuiltinCarry:
    """The previous version's postings with their counts, less those of removed passages, plus the new
    ones; weighed again at the end (every weight depends on the corpus's idf and mean length)."""

    engine = "builtin"

    def __init__(self, previous: Path, folder: Path) -> None:
        self.folder = folder
        old = BM25Index.load(previous / BM25_NAME, carry=True)
        if old.counts is None or old.lengths is None:
            raise CarryRefused("the previous version's postings keep no counts")
        names = sorted(old.vocab, key=old.vocab.__getitem__)
        self.terms: dict[str, int] = {t: i for i, t in enumerate(names)}
        self.term_ids = np.repeat(np.arange(len(names), dtype=np.int32), np.diff(old.offsets))
        self.doc_ids, self.counts = old.doc_ids, old.counts
        self.lengths = array("i", old.lengths.tolist())
        self.n_docs = old.n_docs
        self.next_seq = len(old.lengths)
        self._new = (array("i"), array("i"), array("i"))  # passage, term, count of the passages added

    def abandon(self) -> None:
        """Nothing is written before finish."""

    def remove(self, document: str, seqs: Sequence[int], lengths: Sequence[int]) -> None:
        for seq in seqs:
            if seq < len(self.lengths) and self.lengths[seq] > 0:
                self.lengths[seq] = 0
                self.n_docs -= 1

    def add(self, tokens: Sequence[str], area: str | None = None, document: str | None = None) -> None:
        tokens = list(tokens) or ["\x00"]
        counts = Counter(tokens)
        seq = self.next_seq
        self.lengths.append(len(tokens))
        self._new[0].extend([seq] * len(counts))
        self._new[1].extend(self.terms.setdefault(t, len(self.terms)) for t in counts)
        self._new[2].extend(counts.values())
        self.next_seq += 1
        self.n_docs += 1

    def finish(self) -> None:
        lengths = np.array(self.lengths, dtype=np.int32)
        keep = lengths[self.doc_ids] > 0
        index = weigh(list(self.terms),
                      np.concatenate([self.term_ids[keep], np.frombuffer(self._new[1], dtype=np.int32)]),
                      np.concatenate([self.doc_ids[keep], np.frombuffer(self._new[0], dtype=np.int32)]),
                      np.concatenate([self.counts[keep], np.frombuffer(self._new[2], dtype=np.int32)]), lengths)
        index.save(self.folder / BM25_NAME)


def passage_carry(engine: str, previous: Path, folder: Path) -> PassageCarry:
    """The previous version's engine (`engine` is the one it recorded), copied into `folder` to be edited."""
    if engine == "builtin":
        return BuiltinCarry(previous, folder)
    if engine == "tantivy":
        return TantivyCarry(previous, folder)
    raise BuildError(f"Unknown search engine {engine!r}")


def passage_builder(engine: str, folder: Path) -> PassageBuilder:
    """The builder for `engine` ("builtin", "tantivy" or "auto") writing into a version folder."""
    if engine == "builtin":
        return BuiltinBuilder(folder)
    if engine == "tantivy":
        return TantivyBuilder(folder)
    if engine == AUTO:
        return AutoBuilder(folder)
    raise BuildError(f"Unknown search engine {engine!r}: choose one of {', '.join(ENGINES)} or {AUTO}.")


def open_passages(folder: Path, engine: str | None, area_rows: AreaRows) -> PassageSearch:
    """A version's passage search. Versions built before engines were recorded are builtin."""
    if engine == "tantivy" or (engine is None and (folder / TANTIVY_DIR).is_dir()):
        return TantivySearch(folder)
    return BuiltinSearch(BM25Index.load(folder / BM25_NAME), area_rows)
