"""A table in long form, one row per thing, attribute and value, as PMO and reporting tools export
their records ("SW2 | sro | Wystan Pargeter | 2017-04-01 | 2018-03-31"), read as the wide rows it stands
for: one row per thing and group of attributes ("milestone.M2.title", ".due", ".status" are one
milestone), each attribute a column. A question about a scheme's SRO or a milestone's date is then
answered by one row holding both what it is about and the answer, as in any other table.

An attribute given more than once over time (an interim SRO after the first; a due date moved by a
change request) keeps each value with its days: "A to 2018-03-31; B (interim) from 2018-04-01" (whoever
holds it on the day asked, bot.answering.tenure), and a date "2018-12-03 (was 2018-10-01; CR-014)"."""

import hashlib
import json
import re
from collections.abc import Iterable

from bot.records.dates import ISO_DATE, normalise

_ATTRIBUTE = re.compile(r"^(?:attribute|field|property|attribute name|field name)$", re.I)
_VALUE = re.compile(r"^(?:value|attribute value|field value)$", re.I)
_FROM = re.compile(r"^(?:effective|valid)[ _]?from$|^from(?: date)?$|^start(?: date)?$", re.I)
_TO = re.compile(r"^(?:effective|valid)[ _]?(?:to|until)$|^to(?: date)?$|^end(?: date)?$", re.I)
_CHANGE = re.compile(r"\bchange\b|\bcr\b|\breason\b", re.I)
_NAME = re.compile(r"(?:^|_)(?:name|title)$", re.I)  # the attribute naming the thing ("scheme_name")
MIN_ROWS = 4  # a long table repeats each thing over several attributes


def wide_rows(rows: list[dict]) -> tuple[list[dict], set[str]]:
    """(the wide rows of every long-form table among `rows`, the ids of the long rows they replace)."""
    tables: dict[str, list[dict]] = {}
    for row in rows:
        tables.setdefault(row["table_id"], []).append(row)
    out: list[dict] = []
    replaced: set[str] = set()
    for table in tables.values():
        wide = _pivoted(table)
        if wide:
            out += wide
            replaced |= {row["id"] for row in table}
    return out, replaced


def _pivoted(table: list[dict]) -> list[dict]:
    labels = json.loads(table[0]["labels"] or "[]")
    attr = next((k for k, label in enumerate(labels) if _ATTRIBUTE.match(label.strip())), None)
    value = next((k for k, label in enumerate(labels) if _VALUE.match(label.strip())), None)
    if attr is None or value is None or len(table) < MIN_ROWS:
        return []
    cells = [json.loads(row["cells"]) for row in table]
    entity = _entity_column(cells, attr)
    if entity is None:
        return []
    start = next((k for k, label in enumerate(labels) if _FROM.match(label.strip())), None)
    end = next((k for k, label in enumerate(labels) if _TO.match(label.strip())), None)
    change = next((k for k, label in enumerate(labels) if _CHANGE.search(label)), None)
    groups: dict[tuple[str, str], dict[str, list[tuple[dict, dict]]]] = {}
    for row, row_cells in zip(table, cells):
        name = _text(row_cells, attr)
        if not name or not _text(row_cells, entity):
            continue
        group, _, leaf = name.rpartition(".")
        groups.setdefault((_text(row_cells, entity), group), {}).setdefault(leaf, []).append((row, row_cells))
    names = {thing: named[0] for (thing, group), leaves in groups.items() if not group
             for named in [[(leaf, held[0][1][value]) for leaf, held in leaves.items() if _NAME.search(leaf)]] if named}
    out = []
    for n, ((thing, group), leaves) in enumerate(groups.items()):
        first_row, first_cells = next(iter(leaves.values()))[0]
        named = names.get(thing) if group else None  # a milestone's row names its scheme, as a wide table's would
        wide_labels = [labels[entity], *([_spoken(named[0])] if named else []), *(["item"] if group else []),
                       *(_spoken(leaf) for leaf in leaves)]
        wide_cells = [first_cells[entity], *([named[1]] if named else [])]
        if group:
            wide_cells.append({**first_cells[attr], "text": _spoken(group)})
        for held in leaves.values():
            wide_cells.append(_over_time([c for _, c in held], value, start, end, change))
        table_id = hashlib.sha256(f"{first_row['table_id']}:wide".encode()).hexdigest()[:12]
        out.append({**first_row, "id": hashlib.sha256(f"{table_id}:{thing}:{group}".encode()).hexdigest()[:16],
                    "table_id": table_id, "row": n, "labels": json.dumps(wide_labels), "cells": json.dumps(wide_cells),
                    "row_text": " | ".join(c["text"] for c in wide_cells if c["text"]),
                    "header_text": " | ".join(label for label in wide_labels if label)})
    return out


def _entity_column(cells: list[list[dict]], attr: int) -> int | None:
    """The column before the attribute's naming the thing each row is about: its values repeat (a record
    number, unique to each row, is no thing)."""
    best: tuple[int, int] | None = None
    for k in range(attr):
        values = [_text(row, k) for row in cells]
        distinct = len(set(v for v in values if v))
        if 0 < distinct <= len(values) // 2 and (best is None or distinct < best[1]):
            best = (k, distinct)
    return best[0] if best else None


def _over_time(held: list[dict], value: int, start: int | None, end: int | None, change: int | None) -> dict:
    """One attribute's cell: its value, or its values over time with their days."""
    if len(held) == 1:
        return held[0][value] if value < len(held[0]) else {"text": ""}
    ordered = sorted(held, key=lambda c: _text(c, start) if start is not None else "")
    now = [c for c in ordered if end is None or not _text(c, end)] or ordered[-1:]
    current = now[-1]
    if _all_dates(_text(c, value) for c in ordered):  # a date moved: the date now, then what it was
        was = "; ".join(_text(c, value) for c in ordered if c is not current)
        why = _text(current, change) if change is not None else ""
        text = f"{_text(current, value)} (was {was}{'; ' + why if why else ''})"
    else:  # holders one after another, each with their days
        parts = []
        for c in ordered:
            if end is not None and _text(c, end):
                parts.append(f"{_text(c, value)} to {_text(c, end)}")
            elif start is not None and c is not ordered[0]:
                parts.append(f"{_text(c, value)} from {_text(c, start)}")
            else:
                parts.append(_text(c, value))
        text = "; ".join(parts)
    return {**current[value], "text": text}


def _all_dates(texts: Iterable[str]) -> bool:
    return all(ISO_DATE.fullmatch(t) or normalise(t).precision == "day" for t in texts)


def _text(cells: list[dict], k: int | None) -> str:
    return cells[k]["text"].strip() if k is not None and k < len(cells) else ""


def _spoken(name: str) -> str:
    """An attribute's name as words ("clinical_lead" -> "clinical lead", "milestone.M2" -> "milestone M2")."""
    return re.sub(r"[._]+", " ", name).strip()
