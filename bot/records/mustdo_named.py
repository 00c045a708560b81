"""Must-do tables that name the covering programmes in a cell instead of giving each programme a column:
"No. | National must-do | Local programme(s) | Coverage" with "P1 Neighbourhood Health Teams; P6 HSV Care
Record | Full" on a row.

Read like a matrix, such a table has two "priorities", the programmes column and the coverage column, and
every must-do looks covered by both. Which column names programmes shows in its cells: they differ from
row to row and run to several words, while a coverage column repeats a few short values. So each
programme the cell names becomes a cell of the must-do under that programme, saying the coverage level;
a must-do whose cell names none ("None - proposal due January 2027") is left with no entry, a gap."""

import re
from collections.abc import Callable

NAMES_DISTINCT = 0.75  # least share of different values among a programmes column's cells
LEVELS = 4  # most different values of a coverage column
LEVEL_WORDS = 3
MIN_ROWS = 3
_NONE = re.compile(r"^\s*(?:none\b|no\b|nil\b|n/?a\b|not (?:yet )?covered|[-–—]+\s*$)", re.IGNORECASE)
_CODE = re.compile(r"^\s*[A-Z]{1,4}\s?-?\d{1,2}\b")  # "P1", "WS3", "UEC-2": a programme's code


def programmes_named_in_cells(records: list[dict], record_id: Callable[[dict], str]) -> list[dict]:
    """The records of one must-do table, with a programmes column read as its programmes' cells (see
    the module's docstring); unchanged when no single column names programmes."""
    by_column: dict[str, list[dict]] = {}
    for record in records:
        by_column.setdefault(record["priority"], []).append(record)
    if len({r["mustdo"] for r in records}) < MIN_ROWS:
        return records
    names = [label for label, cells in by_column.items() if _names_programmes(cells)]
    levels = [label for label, cells in by_column.items() if label not in names and _levels(cells)]
    if len(names) != 1 or len(by_column) != 1 + len(levels):
        return records
    level_of = {r["mustdo"]: r["text"] for label in levels[:1] for r in by_column[label]}
    out: list[dict] = []
    for cell in by_column[names[0]]:
        if _NONE.match(cell["text"]):
            continue
        for programme in _programmes(cell["text"]):
            turned = {**cell, "priority": programme, "text": level_of.get(cell["mustdo"], cell["text"])}
            turned["id"] = record_id(turned)
            out.append(turned)
    return out


def _names_programmes(cells: list[dict]) -> bool:
    texts = [c["text"] for c in cells]
    return (len(texts) >= MIN_ROWS and len(set(texts)) >= NAMES_DISTINCT * len(texts)
            and sum(len(t.split()) for t in texts) >= 2 * len(texts))


def _levels(cells: list[dict]) -> bool:
    texts = [c["text"] for c in cells]
    return len(set(texts)) <= LEVELS and all(len(t.split()) <= LEVEL_WORDS for t in texts)


def _programmes(text: str) -> list[str]:
    """"P2 Front Door; Brindle & Upton Frailty Virtual Ward" -> both; "P1, P6" -> both (each part a code);
    "All programmes, through the Joint Forward Plan" -> itself."""
    parts = [p.strip() for p in text.split(";") if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        out.extend(pieces if len(pieces) > 1 and all(_CODE.match(p) for p in pieces) else [part])
    return out
