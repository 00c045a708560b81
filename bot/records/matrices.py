"""Responsibility matrices (RACI and the like): a table whose rows are pieces of work and whose
columns are people, each cell a letter code ("A" accountable, "C" consulted). Each row is read, for
each code, as the list of people holding it for that work ("Consulted: Virtual wards expansion" ->
Devinder Oakcroft; Harriet Quennell; ...), so "who is consulted on the virtual wards expansion?" is
answered like any list question, each person cited on the header line that names them."""

import hashlib
import json
import re
from collections.abc import Iterator

from bot.models import SourceLine
from bot.textnorm import squash

_CODE = re.compile(r"^[A-Z](?:\s*/\s*[A-Z]){0,2}$")
MIN_CODE_COLUMNS = 3
MAX_CODES = 6
# The letters' usual meanings, used only where the paper's own key ("Responsible (R)") gives none.
RACI = {"R": "Responsible", "A": "Accountable", "C": "Consulted", "I": "Informed", "S": "Supports"}
_TITLES = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?"


def matrix_lists(rows: list[dict], lines: list[SourceLine], doc_key: str) -> Iterator[dict]:
    """List records for every responsibility matrix among a document's table rows."""
    tables: dict[str, list[dict]] = {}
    for row in rows:
        tables.setdefault(row["table_id"], []).append(row)
    text = "\n".join(line.text for line in lines)
    for table in tables.values():
        labels = json.loads(table[0]["labels"])
        cells = [[squash(c["text"]) for c in json.loads(r["cells"])] for r in table]
        coded = code_columns(labels, cells)
        if len(coded) < MIN_CODE_COLUMNS:
            continue
        codes = {code for row in cells for j in coded for code in _codes(row[j] if j < len(row) else "")}
        if len(codes) > MAX_CODES:
            continue
        title_at = _title_column(labels, cells, coded)
        meanings = {code: key_meaning(text, code) or RACI.get(code) for code in codes}
        header = _header_line(lines, labels, table[0])
        people = {j: (full_name(text, labels[j]), labels[j]) for j in coded}
        for row, values in zip(table, cells):
            yield from _row_lists(row, values, title_at, coded, meanings, people, header, doc_key)


def code_columns(labels: list[str], cells: list[list[str]]) -> list[int]:
    """Columns named by a label whose filled cells are all letter codes, and filled in most rows."""
    out = []
    for j, label in enumerate(labels):
        column = [row[j] if j < len(row) else "" for row in cells]
        filled = [c for c in column if c]
        if label and filled and len(filled) * 2 >= len(column) and all(_CODE.match(c) for c in filled):
            out.append(j)
    return out


def _codes(cell: str) -> list[str]:
    return [c.strip() for c in cell.split("/") if c.strip()]


def _title_column(labels: list[str], cells: list[list[str]], coded: list[int]) -> int:
    """The column naming each row's work: the one with the longest cells among the rest."""
    others = [j for j in range(len(labels)) if j not in coded]
    return max(others, key=lambda j: sum(len(row[j]) for row in cells if j < len(row)), default=0)


def key_meaning(text: str, code: str) -> str | None:
    """What the paper says a code stands for: "Accountable (A)" or "A = Accountable"."""
    m = re.search(rf"\b([A-Z][a-z]+)\s*\({re.escape(code)}\)", text) or re.search(rf"(?m)(?:^|\s){re.escape(code)}\s*[=:–-]\s*([A-Z][a-z]+)", text)
    return m.group(1) if m else None


def full_name(text: str, label: str) -> str:
    """A column's person by the full name the paper gives them ("Oakcroft" -> "Devinder Oakcroft")."""
    m = re.search(rf"(?<![\w-]){_TITLES}(?:[A-Z][a-z'’-]+ ){{1,2}}{re.escape(label)}\b", text)
    return squash(m.group(0)) if m else label


def _header_line(lines: list[SourceLine], labels: list[str], first: dict) -> SourceLine | None:
    """The line the column labels are written on: the nearest one above the first row holding them all."""
    at = first.get("line") if first.get("page") is None else None
    for line in reversed(lines):
        if (at is None or (line.line or 0) < at) and all(label in line.text for label in labels if label):
            return line
    return None


def _row_lists(row: dict, values: list[str], title_at: int, coded: list[int], meanings: dict[str, str | None],
               people: dict[int, tuple[str, str]], header: SourceLine | None, doc_key: str) -> Iterator[dict]:
    title = values[title_at] if title_at < len(values) else ""
    if not title or header is None:
        return
    for code, meaning in sorted(meanings.items()):
        holders = [j for j in coded if j < len(values) and code in _codes(values[j])]
        if not meaning or not holders:
            continue
        intro = f"{meaning} ({code}): {title}"
        items = [{"text": people[j][0], "page": header.page, "line": header.line, "quote": people[j][1]} for j in holders]
        yield {
            "id": hashlib.sha256(f"{doc_key}:{row['id']}:{code}".encode()).hexdigest()[:16], "intro": intro, "count": len(items),
            "items": json.dumps(items), "items_text": " ; ".join(i["text"] for i in items), "area": row.get("area"),
            "quote": row["quote"], **{k: row.get(k) for k in ("doc_id", "document", "doc_title", "page", "line", "section")},
        }
