"""Plan-record tables with each text field's stems indexed once per version.

A question's topic words are then looked up in a few postings arrays and every record is scored with
numpy, instead of a Python loop over every row for every question (at 100 copies of the papers there
are ~13,000 must-do cells and ~6,700 milestones)."""

from collections.abc import Callable, Sequence

import numpy as np

from bot.store import PlanIndex
from bot.textnorm import Tokenizer


class FieldTerms:
    """Which rows of a table hold each stem in one text field."""

    def __init__(self, stem_sets: Sequence[frozenset[str]]) -> None:
        self.size = len(stem_sets)
        rows: dict[str, list[int]] = {}
        for i, stems in enumerate(stem_sets):
            for stem in stems:
                rows.setdefault(stem, []).append(i)
        self._rows = {stem: np.asarray(found, dtype=np.int32) for stem, found in rows.items()}

    def mask(self, stem: str) -> np.ndarray:
        out = np.zeros(self.size, dtype=bool)
        found = self._rows.get(stem)
        if found is not None:
            out[found] = True
        return out


class RecordTable:
    """The rows of one record table (read-only, shared by every question) and their indexed fields."""

    def __init__(self, rows: list[dict], tokenizer: Tokenizer) -> None:
        self.rows = rows
        self.tokenizer = tokenizer
        by_area: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            by_area.setdefault(row.get("area") or "", []).append(i)
        self._area_rows = {area: np.asarray(found, dtype=np.int64) for area, found in by_area.items()}
        self._fields: dict[str, FieldTerms] = {}
        self._columns: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def field(self, name: str, text: Callable[[dict], str] | None = None) -> FieldTerms:
        """The stems of column `name`, or of `text(row)` for a field made from several columns or tables."""
        terms = self._fields.get(name)
        if terms is None:
            read = text or (lambda row: row.get(name) or "")
            terms = FieldTerms([self.tokenizer.stem_set(read(row)) for row in self.rows])
            self._fields[name] = terms
        return terms

    def column(self, name: str) -> np.ndarray:
        """One column's values in row order, for filtering row numbers with numpy."""
        key = f"column {name}"
        if key not in self._columns:
            self._columns[key] = np.array([r.get(name) for r in self.rows])  # ints stay ints: np.isin is fast on them
        return self._columns[key]

    def in_areas(self, areas: Sequence[str]) -> np.ndarray:
        """Row numbers in the asked-about plan areas; every row when none was named."""
        if not areas:
            return np.arange(len(self.rows))
        found = [self._area_rows[a] for a in dict.fromkeys(areas) if a in self._area_rows]
        return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def take(self, rows: np.ndarray) -> list[dict]:
        return [self.rows[i] for i in rows]


def records(index: PlanIndex, tokenizer: Tokenizer, name: str) -> RecordTable:
    """One RecordTable per table per version, built at first use and kept with the version."""
    return index.memo(f"records:{name}", lambda: RecordTable(index.table(name), tokenizer))
