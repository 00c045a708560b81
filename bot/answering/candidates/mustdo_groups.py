"""A group of a grid's programmes named in a must-do gap question: "which must-dos are not supported by
any Hexmarden scheme?", where the grid groups its columns by place under a band ("Hexmarden" over HEX1 |
HEX2 | HEX3) or its sections by place ("Must-do self-check by scheme › Kelstow City › KEL1 ..."), and the
footprint's places are not plan areas the papers open pages for. The gap is the group's: the must-dos
none of that group's programmes cover, not those no programme anywhere covers."""

import re

import numpy as np

from bot.answering.candidates import Context
from bot.index.record_terms import RecordTable

SECTION_PARTS = " › "
_CODE = re.compile(r"^([A-Za-z]{2,5})\d{1,2}[a-z]?$")  # "HEX1", "RAV2", "WL3a": a group's letters and a number


def asked_group(ctx: Context, table: RecordTable, rows: np.ndarray) -> tuple[np.ndarray, str] | None:
    """The rows of the group the question names, and the group's name as the grid writes it; None when
    the question names no group (no word of it tells some of the grid's programmes from the others).
    A word names a group when the band, section or label of some of the grid's cells holds it and
    those of others do not; the group is the cells holding every such word of the question."""
    if not ctx.topic or not len(rows):
        return None
    parts = {int(i): _parts(table.rows[int(i)]) for i in rows.tolist()}
    stems = {i: {p: ctx.topic.stems(p) for p in ps} for i, ps in parts.items()}
    held = {i: frozenset().union(*s.values(), _code_letters(parts[i][-1])) for i, s in stems.items()}
    telling = [t for t in ctx.topic.weights if 0 < sum(1 for h in held.values() if ctx.topic.has(t, h)) < len(held)]
    if not telling:
        return None
    group = [i for i in parts if all(ctx.topic.has(t, held[i]) for t in telling)]
    if not group:
        return None
    first = group[0]
    name = next((p for p in parts[first] if any(ctx.topic.has(t, stems[first][p]) for t in telling)), parts[first][-1])
    return np.array(group, dtype=rows.dtype), name


def _parts(row: dict) -> tuple[str, ...]:
    """Where a cell's programme sits in its grid: the parts of its section (the grid's heading, the band or
    the place it is listed under), then the programme's label."""
    section = [p for p in (row.get("section") or "").split(SECTION_PARTS) if p]
    return (*section, row.get("priority") or "")


def _code_letters(label: str) -> frozenset[str]:
    """The letters of a programme's code ("HEX" of "HEX1 Frailty at the Front Door"): staff name the group
    of programmes coded alike by them ("which must dos have no HEX scheme against them?")."""
    first = label.split(maxsplit=1)[0] if label.strip() else ""
    m = _CODE.match(first)
    return frozenset({m.group(1).lower()}) if m else frozenset()
