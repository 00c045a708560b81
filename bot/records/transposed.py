"""Tables written on their side: one column per programme, one row per attribute ("Lead", "Go-live",
"Budget"), as portfolio summaries and Word "at a glance" tables often are.

Read as written, each row would be an attribute across every programme, and "what is the budget for
the diagnostic centre" would have to pick a cell by its column's header. Which way a table runs shows
in its cells: down a column of an upright table the cells are of one kind (all dates, all names), while
in a table on its side the cells of one kind run along a row. So when the rows are of one kind each and
the columns are mixed, each column is read as a row, labelled by the first column's cells."""

import re
from collections import Counter
from collections.abc import Sequence

from bot.records.dates import normalise
from bot.records.names import names_in
from bot.textnorm import squash

ROW_PURITY = 0.85  # least share, averaged over rows, of a row's cells of its commonest kind
COLUMN_PURITY = 0.6  # most share, averaged over columns, of a column's cells of its commonest kind
KINDS = 3  # different kinds of row at least: rows all of figures or all of text say nothing of direction
LABEL_WORDS = 6

_MONEY = re.compile(r"^[-(]?[£$€]\s?\d")
_FIGURE = re.compile(r"[-+(]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn|x)?\)?", re.IGNORECASE)


def cell_kind(text: str) -> str:
    """money, number, date, person or text: what a cell holds, as far as the direction of a table goes."""
    said = squash(text)
    if _MONEY.match(said):
        return "money"
    if _FIGURE.fullmatch(said):
        return "number"
    if len(said.split()) <= LABEL_WORDS and normalise(said).precision != "unknown":
        return "date"
    first = next(names_in(said), None)
    return "person" if first is not None and first[0] <= 4 else "text"


def runs_along_rows(firsts: Sequence[str], body: Sequence[Sequence[str]]) -> bool:
    """Whether a table whose rows start with `firsts` and hold `body` (the other cells) is on its side:
    its first column names attributes (short, filled, all different), its rows are each of one kind of
    cell, its columns mixed, and at least KINDS kinds of row."""
    if len(firsts) < 3 or not body or max(len(r) for r in body) < 2:
        return False
    if not all(firsts) or len({f.lower() for f in firsts}) < len(firsts) \
            or any(len(f.split()) > LABEL_WORDS for f in firsts):
        return False
    width = max(len(r) for r in body)
    kinds = [[cell_kind(r[j]) if j < len(r) and r[j].strip() else None for j in range(width)] for r in body]
    rows = [_purity(row) for row in kinds]
    columns = [_purity([row[j] for row in kinds]) for j in range(width)]
    held_rows = [p for p, _ in rows if p is not None]
    held_columns = [p for p, _ in columns if p is not None]
    if not held_rows or not held_columns:
        return False
    distinct = {kind for _, kind in rows if kind is not None}
    return (sum(held_rows) / len(held_rows) >= ROW_PURITY and sum(held_columns) / len(held_columns) <= COLUMN_PURITY
            and len(distinct) >= KINDS)


def _purity(kinds: Sequence[str | None]) -> tuple[float | None, str | None]:
    """The share of the filled cells of the commonest kind, and that kind (None, None: nothing filled)."""
    counted = Counter(k for k in kinds if k is not None)
    if not counted:
        return None, None
    kind, n = counted.most_common(1)[0]
    return n / sum(counted.values()), kind
