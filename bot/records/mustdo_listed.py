"""Must-dos listed one table each: an annex that heads each national must-do ("Must-do 4 - A&E and
ambulance access standards") and lists under it the priorities that address it, a row each ("LDP area |
Local priority | Role"), an area's cell written on its first row only.

Each row is the cell a grid would have at that area's priority and that must-do, its text the row's
role ("Primary", "Supporting"), so coverage, gap and "which must-dos does X lead" questions are
answered as from a grid; an area listed under no row of a must-do has nothing entered against it."""

import re
from collections.abc import Callable, Iterator

from bot.models import ParsedDocument, SourceLine
from bot.reading.layout import is_table_line
from bot.records.mustdo_sections import MUSTDO_HEADING
from bot.records.provenance import provenance, record_id
from bot.textnorm import squash

SECTIONS = 3  # a paper heads at least this many must-dos with a table under each: one such table is not this layout
HEADER_REACH = 3  # the table's header is within this many lines of its heading (a line of prose may say what the must-do asks)
LABEL_CHARS = 40  # a column label is short; a longer cell is a row, not a header
_AREA_LABEL = re.compile(r"\b(?:areas?|ldps?|places?|localit(?:y|ies)|footprints?|boroughs?|ccgs?|partnerships?)\b", re.I)
_PRIORITY_LABEL = re.compile(r"\b(?:priorit(?:y|ies)|schemes?|initiatives?|programmes?|projects?|workstreams?)\b", re.I)
# a label saying how a row serves the must-do: its mark, before any other column
_ROLE_LABEL = re.compile(r"\b(?:role|level|contribution|coverage|leads?\s*/\s*contributes?)\b", re.I)
# a row saying no priority serves the must-do ("None", "-"): the gap, no cell
_NO_PRIORITY = re.compile(r"^(?:none|nil|n/?a|-+|–|—)\.?$", re.I)


def listed_mustdo_records(doc: ParsedDocument, lines: list[SourceLine], section_of: Callable[[int], str | None],
                          area_named: Callable[[str], str]) -> Iterator[dict]:
    """Cells of every must-do's table; `area_named` gives an area cell's name as the build's areas know
    it (the cell itself where none does)."""
    tables = [t for t in (_table(lines, k) for k, line in enumerate(lines) if MUSTDO_HEADING.match(line.text)) if t]
    if len(tables) < SECTIONS:
        return
    for at, header_at, columns, end in tables:
        heading = squash(lines[at].text)
        m = MUSTDO_HEADING.match(lines[at].text)
        numbers = list(dict.fromkeys(int(n) for n in re.findall(r"[1-9]", m.group("numbers")))) if m else []
        title = squash(lines[at].text[m.end():]) if m else ""
        header = lines[header_at]
        area = None
        for k in range(header_at + 1, end):
            cells = lines[k].text.split("\t")
            said = _cell(cells, columns.get("area"))
            area = area_named(said) if said else area
            priority = _cell(cells, columns["priority"])
            if not priority or _NO_PRIORITY.match(priority):
                continue
            text = _cell(cells, columns.get("mark")) or "Listed"
            for number in numbers:
                yield {
                    "id": record_id(doc.info.sha256, area, number, priority, text), "area": area, "mustdo": number,
                    "priority": priority, "text": text, "quote": squash(lines[k].text)[:300],
                    "description": f"{number} {title}"[:300], "header_quote": squash(header.text)[:300],
                    "header_page": header.page, "header_line": header.line if header.page is None else None,
                    "caption": heading, **provenance(doc, lines[k], section_of(k) or heading),
                }


def _table(lines: list[SourceLine], at: int) -> tuple[int, int, dict[str, int], int] | None:
    """(heading, header row, column roles, end) of the table right under a must-do's heading, if its header
    names a priority column."""
    header_at = next((k for k in range(at + 1, min(at + 1 + HEADER_REACH, len(lines))) if is_table_line(lines[k].text)), None)
    if header_at is None or any(MUSTDO_HEADING.match(lines[k].text) for k in range(at + 1, header_at)):
        return None
    columns = _columns(lines[header_at].text.split("\t"))
    if columns is None:
        return None
    end = header_at + 1
    while end < len(lines) and is_table_line(lines[end].text) and not MUSTDO_HEADING.match(lines[end].text):
        end += 1
    return at, header_at, columns, end


def _columns(labels: list[str]) -> dict[str, int] | None:
    """Which column holds the area, the priority and its role: a label naming a priority is required
    (the first such holds the priorities); of the rest, one naming an area holds the areas and the first
    other short label the role."""
    if any(len(label) > LABEL_CHARS for label in labels):
        return None
    found: dict[str, int] = {}
    role = next((k for k, label in enumerate(labels) if _ROLE_LABEL.search(label)), None)
    if role is not None:
        found["mark"] = role
    for k, label in enumerate(labels):
        if k == role:
            continue
        if "priority" not in found and _PRIORITY_LABEL.search(label):
            found["priority"] = k
        elif "area" not in found and _AREA_LABEL.search(label):
            found["area"] = k
        elif "mark" not in found and label.strip():
            found["mark"] = k
    return found if "priority" in found else None


def _cell(cells: list[str], k: int | None) -> str:
    return squash(cells[k]) if k is not None and k < len(cells) else ""
