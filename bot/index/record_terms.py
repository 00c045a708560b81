"""Plan-record tables with each text field's stems indexed: written at ingest, loaded with the version.

A question's topic words are then looked up in a few postings arrays and every record is scored with
numpy, instead of tokenising and scoring every row in Python for every question (at 100 copies of
the papers there are ~13,000 must-do cells and ~6,700 milestones)."""

from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

TERMS_NAME = "record_terms.npz"

# The fields the record answerers score, by table: a column, or "initiative <column>" for that column
# of the initiative a milestone belongs to.
FIELDS: dict[str, tuple[str, ...]] = {
    "initiatives": ("title", "row_text"),
    "people": ("role", "name", "context", "section"),
    "milestones": ("text", "initiative title", "initiative row_text"),
    "mustdos": ("priority", "text", "description"),
    "rows": ("row_text", "header_text", "section", "caption"),
    "lists": ("intro", "items_text", "section"),
}

Lookup = Callable[[], dict[str, dict]]


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


def save_record_terms(read_table: Callable[[str], list[dict]], tokenizer: Tokenizer, path: Path) -> None:
    """At ingest: every answerer field of every record table, so no question (or bot start) tokenises
    them. One table at a time, so a large build holds little at once."""
    initiatives = read_table("initiatives")
    by_id = {r["id"]: r for r in initiatives}
    arrays: dict[str, np.ndarray] = {}
    for table, fields in FIELDS.items():
        rows = initiatives if table == "initiatives" else read_table(table)
        for field in fields:
            arrays.update(field_terms(rows, field, tokenizer, lambda: by_id).arrays(f"{table}|{field}"))
    np.savez(path, **arrays)


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
        by_area: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            by_area.setdefault(row.get("area") or "", []).append(i)
        self._area_rows = {area: np.asarray(found, dtype=np.int64) for area, found in by_area.items()}

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

    def in_areas(self, areas: Iterable[str]) -> np.ndarray:
        """Row numbers in the asked-about plan areas, in table order; every row when none was named."""
        wanted = list(dict.fromkeys(areas))
        if not wanted:
            return np.arange(len(self.rows))
        found = [self._area_rows[a] for a in wanted if a in self._area_rows]
        return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def take(self, rows: np.ndarray) -> list[dict]:
        return [self.rows[i] for i in rows]


def initiatives_by_id(index: PlanIndex) -> dict[str, dict]:
    return index.memo("initiatives by id", lambda: {r["id"]: r for r in index.table("initiatives")})


def records(index: PlanIndex, tokenizer: Tokenizer, name: str) -> RecordTable:
    """One RecordTable per table per version, made at first use and kept with the version."""
    def make() -> RecordTable:
        stored = index.memo("record terms", lambda: StoredTerms(index.folder / TERMS_NAME))
        return RecordTable(name, index.table(name), tokenizer, stored, lambda: initiatives_by_id(index))

    return index.memo(f"records:{name}", make)
