"""Plan-record tables with each text field's stems indexed, scored with numpy.

A version built with record postings (bot.index.record_postings) gives a question only the rows that
share its stems (`rows_sharing`), fetched from SQLite as they are read: a national corpus holds
hundreds of thousands of record rows, and no process loads them all. Versions built before postings
were stored load whole tables, with postings from `record_terms.npz` or built on first use."""

from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from bot.index.record_postings import FIELDS, has_postings, read_postings, read_spans
from bot.index.record_lookup import CHUNK, RowsById, initiatives_by_id
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

__all__ = ["FIELDS", "FieldTerms", "RecordTable", "RowsById", "records", "rows_sharing", "rows_in_areas", "initiatives_by_id"]

TERMS_NAME = "record_terms.npz"

Lookup = Callable[[], Mapping[str, dict]]


class FieldTerms:
    """Which rows of a table hold each stem in one text field (compressed postings, sorted by stem)."""

    def __init__(self, size: int, vocab: dict[str, int], offsets: np.ndarray, rows: np.ndarray) -> None:
        self.size = size
        self.vocab = vocab
        self.offsets = offsets
        self.rows = rows

    @classmethod
    def from_stem_sets(cls, stem_sets: Sequence[frozenset[str]]) -> "FieldTerms":
        """Postings of every stem, rows ascending within a stem: gathered as flat (stem, row) arrays and
        sorted by numpy, as a 100x build has millions of postings."""
        terms = sorted(frozenset().union(*stem_sets))
        vocab = {t: i for i, t in enumerate(terms)}
        stem_ids, row_ids = array("i"), array("i")
        for i, stems in enumerate(stem_sets):
            stem_ids.extend(map(vocab.__getitem__, stems))
            row_ids.extend(repeat(i, len(stems)))
        stems_at = np.array(stem_ids, dtype=np.int32)
        rows = np.array(row_ids, dtype=np.int32)[np.argsort(stems_at, kind="stable")]  # rows came ascending
        offsets = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(np.bincount(stems_at, minlength=len(terms)), out=offsets[1:])
        return cls(len(stem_sets), vocab, offsets, rows)

    def mask(self, stem: str) -> np.ndarray:
        out = np.zeros(self.size, dtype=bool)
        i = self.vocab.get(stem)
        if i is not None:
            out[self.rows[self.offsets[i]:self.offsets[i + 1]]] = True
        return out

    def arrays(self, key: str) -> dict[str, np.ndarray]:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        return {f"{key}|terms": np.array("\n".join(terms), dtype=np.str_), f"{key}|offsets": self.offsets,
                f"{key}|rows": self.rows, f"{key}|size": np.array(self.size)}

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray], key: str) -> "FieldTerms":
        joined = str(data[f"{key}|terms"])
        terms = joined.split("\n") if joined else []
        return cls(int(data[f"{key}|size"]), {t: i for i, t in enumerate(terms)}, data[f"{key}|offsets"], data[f"{key}|rows"])


def field_reader(field: str, initiatives: Lookup) -> Callable[[dict], str]:
    if field.startswith("initiative "):
        column = field.removeprefix("initiative ")
        return lambda row: initiatives().get(row.get("initiative_id") or "", {}).get(column) or ""
    return lambda row: row.get(field) or ""


def field_terms(rows: Sequence[dict], field: str, tokenizer: Tokenizer, initiatives: Lookup) -> FieldTerms:
    """Each row's stems of one field. Many rows share a text (a section, a milestone's initiative),
    so each distinct text is tokenised once, and each distinct word of it stemmed once."""
    read = field_reader(field, initiatives)
    stems: dict[str, frozenset[str]] = {}
    for row in rows:
        text = read(row)
        if text not in stems:
            stems[text] = frozenset(tokenizer.terms(set(tokenizer.words(text))))
    return FieldTerms.from_stem_sets([stems[read(row)] for row in rows])


class StoredTerms:
    """The field postings a version was built with, read in one go and unpacked field by field on use."""

    def __init__(self, path: Path) -> None:
        self._arrays: dict[str, np.ndarray] = {}
        if path.exists():  # a version built before they were stored builds them on use instead
            with np.load(path, allow_pickle=False) as data:
                self._arrays = {name: data[name] for name in data.files}

    def get(self, table: str, field: str, size: int) -> FieldTerms | None:
        key = f"{table}|{field}"
        if f"{key}|size" not in self._arrays or int(self._arrays[f"{key}|size"]) != size:
            return None
        return FieldTerms.from_arrays(self._arrays, key)


class RecordTable:
    """The rows of one record table (read-only, shared by every question) and their indexed fields."""

    def __init__(self, name: str, rows: list[dict], tokenizer: Tokenizer, stored: StoredTerms | None = None,
                 initiatives: Lookup = dict) -> None:
        self.name = name
        self.rows = rows
        self.tokenizer = tokenizer
        self._stored = stored
        self._initiatives = initiatives
        self._fields: dict[str, FieldTerms] = {}
        self._columns: dict[str, np.ndarray] = {}
        self._by_area: dict[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def field(self, name: str) -> FieldTerms:
        """Stored at ingest for versions that have them; built here (once) otherwise."""
        terms = self._fields.get(name)
        if terms is None:
            terms = self._stored.get(self.name, name, len(self.rows)) if self._stored else None
            terms = terms or field_terms(self.rows, name, self.tokenizer, self._initiatives)
            self._fields[name] = terms
        return terms

    def column(self, name: str) -> np.ndarray:
        """One column's values in row order, for filtering row numbers with numpy."""
        if name not in self._columns:
            self._columns[name] = np.array([r.get(name) for r in self.rows])  # ints stay ints: np.isin is fast on them
        return self._columns[name]

    def columns(self, *names: str, kept: bool = False) -> None:
        """Read these columns ahead, together where the rows are read from the version (`kept`: from the
        whole table's, read once per version and kept: QueryTable)."""
        for name in names:
            self.column(name)

    def column_at(self, name: str, positions: Sequence[int]) -> list[object]:
        """One column's values of the rows at these positions only."""
        return [self.rows[i].get(name) for i in positions]

    def in_areas(self, areas: Iterable[str]) -> np.ndarray:
        """Row numbers in the asked-about plan areas, in table order; every row when none was named."""
        wanted = list(dict.fromkeys(areas))
        if not wanted:
            return np.arange(len(self.rows))
        if self._by_area is None:
            by_area: dict[str, list[int]] = {}
            for i, area in enumerate(self.column("area")):
                by_area.setdefault(area or "", []).append(i)
            self._by_area = {area: np.asarray(found, dtype=np.int64) for area, found in by_area.items()}
        found = [self._by_area[a] for a in wanted if a in self._by_area]
        return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def take(self, rows: np.ndarray | Sequence[int]) -> list[dict]:
        self.read_ahead(rows)
        return [self.rows[i] for i in rows]

    def read_ahead(self, rows: np.ndarray | Sequence[int]) -> None:
        """Rows about to be read, read together where they come from the version (one query per row,
        for rows read out of turn, was most of a question's time)."""
        read_at = getattr(self.rows, "read_at", None)
        if read_at is not None:
            read_at(rows)

    def where(self, column: str, value: object) -> list[dict]:
        """Every row of the whole table whose `column` is `value`, in table order (not only this
        table's rows: a milestone's initiative has milestones sharing none of the question's words)."""
        return [r for r in self.rows if r[column] == value]

    @property
    def keys(self) -> np.ndarray:
        """A number naming each row for as long as the version is open (for caches of per-row facts)."""
        return np.arange(len(self.rows))


def records(index: PlanIndex, tokenizer: Tokenizer, name: str) -> RecordTable:
    """One RecordTable per table per version, made at first use and kept with the version."""
    def make() -> RecordTable:
        stored = index.memo("record terms", lambda: StoredTerms(index.folder / TERMS_NAME))
        return RecordTable(name, index.table(name), tokenizer, stored, lambda: initiatives_by_id(index))

    return index.memo(f"records:{name}", make)


# Versions with record postings: a question's rows only -------------------------------------------

POSTINGS_KEPT = 20_000  # (table, field, stem) postings kept per version between questions


class Postings:
    """One version's record postings, read a few stems at a time and the most recent kept."""

    def __init__(self, index: PlanIndex) -> None:
        self.index = index
        self._kept: OrderedDict[tuple[str, str, str], np.ndarray] = OrderedDict()

    def fetch(self, table: str, field: str, stems: Collection[str]) -> dict[str, np.ndarray]:
        """Rowids holding each stem in `field`, ascending; one query for the stems not kept."""
        missing = [s for s in dict.fromkeys(stems) if (table, field, s) not in self._kept]
        found = read_postings(self.index.db.conn, table, field, missing) if missing else {}
        empty = np.zeros(0, dtype=np.int32)
        for stem in missing:
            self._kept[table, field, stem] = found.get(stem, empty)
        out = {}
        for stem in stems:
            self._kept.move_to_end((table, field, stem))
            out[stem] = self._kept[table, field, stem]
        while len(self._kept) > POSTINGS_KEPT:
            self._kept.popitem(last=False)
        return out


class Spans:
    """Which paper each row of a table comes from, by runs of rowids (record_spans): one small read per
    version and table, where reading every row's document would be a pass over the table."""

    def __init__(self, index: PlanIndex, table: str) -> None:
        self.documents, self.first, self.last = read_spans(index.db.conn, table)

    def runs_of(self, rowids: np.ndarray) -> np.ndarray:
        """The run each row is in (-1 for none)."""
        at = np.searchsorted(self.first, rowids, side="right") - 1
        inside = (at >= 0) & (rowids <= self.last[np.maximum(at, 0)]) if len(self.first) else np.zeros(len(at), dtype=bool)
        return np.where(inside, at, -1)

    def codes(self, rowids: np.ndarray, numbers: Mapping[str, int]) -> np.ndarray:
        """Each row's paper as its number in `numbers` (-1 for none), a lookup per run, not per row."""
        per_run = np.array([numbers.get(d or "", -1) for d in self.documents] + [-1], dtype=np.int32)
        return per_run[self.runs_of(rowids)]  # -1 picks the last: no paper

    def rowids(self, documents: Collection[str]) -> np.ndarray:
        wanted = set(documents)
        runs = [np.arange(f, l + 1, dtype=np.int32) for d, f, l in zip(self.documents, self.first.tolist(), self.last.tolist())
                if d in wanted]
        return np.concatenate(runs) if runs else np.zeros(0, dtype=np.int32)


def spans(index: PlanIndex, table: str) -> Spans:
    return index.memo(f"record spans {table}", lambda: Spans(index, table))


class SubsetTerms(FieldTerms):
    """A field's postings seen through a few rows (`keys`, ascending rowids): the mask of a stem marks
    which of those rows hold it."""

    def __init__(self, keys: np.ndarray, postings: Postings, table: str, field: str) -> None:
        super().__init__(len(keys), {}, np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32))
        self.keys = keys
        self._postings = postings
        self._at = (table, field)

    def mask(self, stem: str) -> np.ndarray:
        held = self._postings.fetch(*self._at, (stem,))[stem]
        if len(held) and self.size:
            return _members(self.keys, held)
        return np.zeros(self.size, dtype=bool)


BITMAP_FROM = 4096  # rows and postings both this many or more: a bitmap beats looking either up in the other
BITMAP_SPREAD = 64  # ... unless the rowids spread over far more than both together (the bitmap's size)


def _members(keys: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Which of `keys` (ascending, distinct) are in `held` (ascending), looking up the shorter in the
    longer: a common stem's postings run to a hundred thousand rowids at national scale, and a question's
    rows are a few thousand, so each of them is looked for among the postings, not the other way round;
    when both run to thousands (a word every near-copy holds), the postings are marked in a bitmap of rowids."""
    top = int(max(keys[-1], held[-1])) + 1
    if min(len(keys), len(held)) >= BITMAP_FROM and top <= BITMAP_SPREAD * (len(keys) + len(held)):
        marked = np.zeros(top, dtype=bool)
        marked[held] = True
        return marked[keys]
    if len(held) > len(keys):
        at = np.searchsorted(held, keys)
        return held[np.minimum(at, len(held) - 1)] == keys
    out = np.zeros(len(keys), dtype=bool)
    at = np.searchsorted(keys, held)
    inside = at < len(keys)
    at = at[inside]
    out[at[keys[at] == held[inside]]] = True
    return out


class StoredRows(Sequence[dict]):
    """Record rows by rowid, read from the version's database only when first used and then kept: a
    question scores its candidate rows from postings and reads just the few it answers with."""

    def __init__(self, index: PlanIndex, table: str, keys: np.ndarray) -> None:
        self.index = index
        self.table = table
        self.keys = keys
        self._got: dict[int, dict] = {}
        self._next = -1  # the position after the last one read
        self._ahead = 1

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int) -> dict:  # type: ignore[override]
        key = int(self.keys[i])
        if key not in self._got:
            # rows read in turn ("for i in rows: table.rows[i]") are read ahead, more each time
            self._ahead = min(2 * self._ahead, CHUNK) if i == self._next else 1
            self._read([k for k in map(int, self.keys[i:i + self._ahead]) if k not in self._got])
        self._next = i + 1
        return self._got[key]

    def __iter__(self) -> Iterator[dict]:
        self._read([int(k) for k in self.keys if int(k) not in self._got])
        return (self._got[int(k)] for k in self.keys)

    def read_at(self, positions: Iterable[int]) -> None:
        """Read the rows at these positions in as few queries as can be."""
        self._read([key for key in (int(self.keys[i]) for i in positions) if key not in self._got])

    def column(self, name: str) -> list[object]:
        """One column of every row, without reading the rest of each row (a row's paper from its run)."""
        if name == "document":
            found = spans(self.index, self.table)
            return [found.documents[r] if r >= 0 else None for r in found.runs_of(self.keys).tolist()]
        return self.columns([name])[name]

    def columns(self, names: Sequence[str]) -> dict[str, list[object]]:
        """Several columns of every row in one pass over the rows (each pass reads the rows' pages)."""
        if "document" in names:
            rest = self.columns([n for n in names if n != "document"]) if len(names) > 1 else {}
            return {**rest, "document": self.column("document")}
        wanted = ", ".join(f"[{name}]" for name in names)
        keys = self.keys.tolist()  # (Python ints at once: one int() per numpy element was a tenth of the read)
        read: list[tuple] = []
        for rowids in _chunks(keys):
            marks = ",".join("?" for _ in rowids)
            read += self.index.db.execute(f"SELECT rowid, {wanted} FROM [{self.table}] WHERE rowid IN ({marks}) ORDER BY rowid", rowids)
        if read and [row[0] for row in read] == keys:  # every row, in the keys' order (ascending): the columns as read
            return {name: list(values) for name, values in zip(names, list(zip(*read))[1:])}
        values = {row[0]: row[1:] for row in read}
        missing = (None,) * len(names)
        found = [values.get(k, missing) for k in keys]
        return {name: [row[at] for row in found] for at, name in enumerate(names)}

    def kept_columns(self, names: Sequence[str]) -> dict[str, list[object]]:
        """`columns(names)`, taken from the whole table's, read once per version and kept: a must-do
        question groups every cell sharing a word (~100,000 at national scale) by three short columns,
        and reading them for each question was a fifth of its time."""
        if not len(self.keys):  # (nothing read: a version may have no such table)
            return {name: [] for name in names}
        rowids, whole = self.index.memo(f"kept columns {self.table}: {', '.join(names)}", lambda: _whole_columns(self.index, self.table, names))
        if not len(rowids):
            return {name: [None] * len(self.keys) for name in names}
        at = np.minimum(np.searchsorted(rowids, self.keys), len(rowids) - 1)
        missing = rowids[at] != self.keys
        out = {}
        for name, values in zip(names, whole):
            taken = values[at]
            taken[missing] = None
            out[name] = taken.tolist()
        return out

    def values_at(self, name: str, positions: Sequence[int]) -> list[object]:
        """One column of the rows at these positions, reading that column alone."""
        keys = [int(self.keys[i]) for i in positions]
        values: dict[int, object] = {}
        for rowids in _chunks(sorted(set(keys))):
            marks = ",".join("?" for _ in rowids)
            values.update(self.index.db.execute(f"SELECT rowid, [{name}] FROM [{self.table}] WHERE rowid IN ({marks})", rowids))
        return [values.get(k) for k in keys]

    def document_codes(self, numbers: Mapping[str, int]) -> np.ndarray:
        """Each row's paper as its number in `numbers` (-1 for none)."""
        return spans(self.index, self.table).codes(self.keys, numbers)

    def _read(self, rowids: list[int]) -> None:
        for part in _chunks(rowids):
            marks = ",".join("?" for _ in part)
            cursor = self.index.db.execute(f"SELECT rowid, * FROM [{self.table}] WHERE rowid IN ({marks})", part)
            names = [d[0] for d in cursor.description][1:]
            for values in cursor:
                self._got[values[0]] = dict(zip(names, values[1:]))


def _whole_columns(index: PlanIndex, table: str, names: Sequence[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Every row's rowid (ascending) and these columns' values (object arrays), each distinct value one
    object (near-copies repeat an area's name or a label thousands of times)."""
    rowids: list[int] = []
    columns: list[list[object]] = [[] for _ in names]
    distinct: dict[tuple[type, object], object] = {}
    wanted = ", ".join(f"[{name}]" for name in names)
    for row in index.db.execute(f"SELECT rowid, {wanted} FROM [{table}] ORDER BY rowid"):
        rowids.append(row[0])
        for column, value in zip(columns, row[1:]):
            column.append(distinct.setdefault((type(value), value), value))  # (1 and 1.0 hash alike: kept apart)
    arrays = []
    for column in columns:
        array = np.empty(len(column), dtype=object)
        array[:] = column
        arrays.append(array)
    return np.asarray(rowids, dtype=np.int64), arrays


def _chunks(items: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


class QueryTable(RecordTable):
    """The rows of a record table a question can score above nothing, in table order, with their
    fields' postings restricted to them."""

    def __init__(self, name: str, index: PlanIndex, tokenizer: Tokenizer, keys: np.ndarray, postings: Postings) -> None:
        self._lazy = StoredRows(index, name, keys)
        super().__init__(name, self._lazy, tokenizer)  # type: ignore[arg-type]
        self.index = index
        self._keys = keys
        self._post = postings

    @property
    def keys(self) -> np.ndarray:
        return self._keys

    def field(self, name: str) -> FieldTerms:
        terms = self._fields.get(name)
        if terms is None:
            terms = self._fields[name] = SubsetTerms(self._keys, self._post, self.name, name)
        return terms

    def column(self, name: str) -> np.ndarray:
        if name not in self._columns:
            self._columns[name] = _column_array(self._lazy.column(name))
        return self._columns[name]

    def columns(self, *names: str, kept: bool = False) -> None:
        missing = [name for name in dict.fromkeys(names) if name not in self._columns]
        if missing:
            for name, values in (self._lazy.kept_columns(missing) if kept else self._lazy.columns(missing)).items():
                self._columns[name] = _column_array(values)

    def column_at(self, name: str, positions: Sequence[int]) -> list[object]:
        if name in self._columns:
            return [self._columns[name][i] for i in positions]
        if name == "document":
            return [self.column(name)[i] for i in positions]
        return self._lazy.values_at(name, positions)

    def where(self, column: str, value: object) -> list[dict]:
        return self.index.db.execute_returning_dicts(
            f"SELECT * FROM [{self.name}] WHERE [{column}] = ? ORDER BY rowid", [value])


def _column_array(values: list[object]) -> np.ndarray:
    """A column's values as numpy holds them for filtering; texts as the str objects read (a fixed-width
    unicode array is as wide as the longest text for every row: a hundred thousand rows' column labels
    made hundreds of MB, and each element read back became a new numpy string)."""
    kinds = set(map(type, values))
    if str in kinds and kinds <= {str, type(None)}:
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out
    return np.array(values)  # ints stay ints: np.isin is fast on them


def postings(index: PlanIndex) -> Postings | None:
    """The version's record postings; None for a version built before they were stored."""
    return index.memo("record postings", lambda: Postings(index) if has_postings(index.db.conn) else None)


def rows_sharing(index: PlanIndex, tokenizer: Tokenizer, name: str, stems: Collection[str],
                 documents: Collection[str] = (), phrases: Iterable[tuple[str, Sequence[str]]] = ()) -> RecordTable:
    """The rows of a record table holding any of `stems` in a scored field, every stem of one of
    `phrases` (field, stems) in that field, or coming from one of `documents`, in table order: every
    row a question's words can score above nothing. A version without postings gives the whole
    table (as `records`)."""
    found = postings(index)
    if found is None:
        return records(index, tokenizer, name)
    arrays = [a for field in FIELDS.get(name, ()) for a in found.fetch(name, field, stems).values()]
    for field, words in phrases:
        held = found.fetch(name, field, words)
        both = held[words[0]]
        for word in words[1:]:
            both = np.intersect1d(both, held[word], assume_unique=True)
        arrays.append(both)
    if documents:
        arrays.append(spans(index, name).rowids(documents))
    return QueryTable(name, index, tokenizer, _union(arrays), found)


def _union(arrays: list[np.ndarray]) -> np.ndarray:
    """The rowids in any of the arrays, ascending: marked in a bitmap as long as the largest rowid, as
    common stems' postings run to millions of entries that sorting (np.unique) would take far longer over."""
    arrays = [a for a in arrays if len(a)]
    if not arrays:
        return np.zeros(0, dtype=np.int32)
    seen = np.zeros(max(int(a.max()) for a in arrays) + 1, dtype=bool)
    for a in arrays:
        seen[a] = True
    return np.flatnonzero(seen).astype(np.int32)


def rows_in_areas(index: PlanIndex, tokenizer: Tokenizer, name: str, areas: Collection[str]) -> RecordTable:
    """The rows of a record table in the plan areas asked about (all of them when none is), in table
    order. A version without postings gives the whole table (as `records`)."""
    found = postings(index)
    if found is None:
        return records(index, tokenizer, name)
    wanted = list(dict.fromkeys(areas))
    if name not in _table_names(index):
        keys: list[int] = []
    elif wanted:
        marks = ",".join("?" for _ in wanted)
        keys = [r[0] for r in index.db.execute(f"SELECT rowid FROM [{name}] WHERE area IN ({marks}) ORDER BY rowid", wanted)]
    else:
        keys = [r[0] for r in index.db.execute(f"SELECT rowid FROM [{name}] ORDER BY rowid")]
    return QueryTable(name, index, tokenizer, np.array(keys, dtype=np.int32), found)


def _table_names(index: PlanIndex) -> set[str]:
    return index.memo("table names", lambda: set(index.db.table_names()))
