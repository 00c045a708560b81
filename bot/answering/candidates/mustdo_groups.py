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
    those of others do not; the group is the cells holding every such word of the question. A section
    every cell sits under is the grid's own heading and tells no group apart ("Marlhaven & Fennick STP:
    Delivery Plan › Table B2" names the footprint, not the place "Marlhaven" whose column is asked)."""
    if not ctx.topic or not len(rows):
        return None
    parts = {int(i): _parts(table.rows[int(i)]) for i in rows.tolist()}
    shared = frozenset.intersection(*(frozenset(ps[:-1]) for ps in parts.values()))
    parts = {i: (*(p for p in ps[:-1] if p not in shared), ps[-1]) for i, ps in parts.items()}
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
    """Where a cell's programme sits in its grid: the parts of its section, then the programme's label."""
    return (*_section_parts(row), row.get("priority") or "")


def _section_parts(row: dict) -> list[str]:
    """The parts of a cell's section: the grid's heading, the band or the place it is listed under."""
    return [p for p in (row.get("section") or "").split(SECTION_PARTS) if p]


def _code_letters(label: str) -> frozenset[str]:
    """The letters of a programme's code ("HEX" of "HEX1 Frailty at the Front Door"): staff name the group
    of programmes coded alike by them ("which must dos have no HEX scheme against them?")."""
    first = label.split(maxsplit=1)[0] if label.strip() else ""
    m = _CODE.match(first)
    return frozenset({m.group(1).lower()}) if m else frozenset()


# "Which places have no scheme supporting must-do 8?", "in which part of the footprint is nothing aimed at it?":
# the groups themselves are asked, each with or without an entry.
GROUPS_ASKED = re.compile(r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:places?|areas?|localit(?:y|ies)|boroughs?|patch(?:es)?|ldps?)\b|"
                          r"\bin\s+which\s+(?:part|place|area|locality|patch)", re.I)


def grids(table: RecordTable, rows: np.ndarray) -> list[np.ndarray]:
    """The rows of each grid: one paper's cells under one header row, or under one heading where the grid
    has no header row (a check list of boxes under each programme)."""
    by_grid: dict[tuple[str, str], list[int]] = {}
    for i in rows.tolist():
        row = table.rows[int(i)]
        head = row.get("header_quote") or next(iter(_section_parts(row)), "")
        by_grid.setdefault((str(row.get("document")), head), []).append(int(i))
    return [np.array(v, dtype=rows.dtype) for v in by_grid.values()]


def groups_without(table: RecordTable, rows: np.ndarray, number: int) -> tuple[list[tuple[str, list[dict]]], dict[str, int]] | None:
    """The groups (places) of one grid's programmes with nothing entered against must-do `number`, each
    with its cells (for what it does cover), and how many cells each group has; None when the grid's cells
    fall into fewer than two groups. A cell's group is the part of its section no other group shares:
    the band over its column, the place heading it sits under, its row's "Place" cell."""
    rows_of = [table.rows[int(i)] for i in rows.tolist()]
    parts = [_section_parts(r) for r in rows_of]
    shared = set.intersection(*(set(p) for p in parts)) if parts else set()
    groups: dict[str, list[dict]] = {}
    for row, ps in zip(rows_of, parts):
        own = next((p for p in ps if p not in shared and p != row.get("priority")), None)
        if own is not None:
            groups.setdefault(own, []).append(row)
    if len(groups) < 2:
        return None
    blank = [(g, cells) for g, cells in groups.items() if not any(int(c["mustdo"]) == number for c in cells)]
    return blank, {g: len(cells) for g, cells in groups.items()}
