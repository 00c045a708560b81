"""Rows joined by their reference: a plan that lists its initiatives in one table ("PC-04 | Advice and
Guidance (A&G) expansion | ...") and gives their owners and dates in another, keyed only by the
reference ("PC-04 | Dr Harriet Moss | A&G in all 24 specialties | 30/11/2026"), is read as a reader
reads it: each row with the other table's rows for the same reference beside it."""

import json
import re

# A reference that starts a row: letters then a number ("PC-04", "R01", "D13", "BAF-06", "WS2.1").
REFERENCE = re.compile(r"^[A-Z]{1,5}[-/ ]?\d{1,3}(?:\.\d{1,2})?[a-z]?$")
JOINED_CHARS = 300


def join_by_reference(rows: list[dict]) -> None:
    """Add to each keyed row's caption the text of the rows in other tables of the paper that start with
    the same reference (in place). A reference in one table only joins nothing."""
    keyed: dict[str, list[dict]] = {}
    for row in rows:
        key = _reference(row)
        if key:
            keyed.setdefault(key, []).append(row)
    for same in keyed.values():
        if len({row["table_id"] for row in same}) < 2:
            continue
        for row in same:
            others = [other["row_text"] for other in same if other["table_id"] != row["table_id"]]
            joined = " ; ".join(dict.fromkeys(others))[:JOINED_CHARS]
            row["caption"] = f"{row.get('caption') or ''} {joined}".strip()
            row["joined"] = joined  # what the row is about, when it gives only the reference (candidates/rows.py)


def _reference(row: dict) -> str | None:
    cells = json.loads(row["cells"])
    first = next((c["text"].strip() for c in cells if c["text"].strip()), "")
    return re.sub(r"[-/ ]", "", first.upper()) if REFERENCE.match(first) else None
