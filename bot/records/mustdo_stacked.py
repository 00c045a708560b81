"""Must-dos as columns with the programmes stacked under each: "1 STP | 2 Financial balance | ..." as the
header, and under each must-do, one cell per programme that contributes to it ("Planned Care (lead)",
"Home First"), as many rows down as that must-do has programmes. No column labels the rows: every
column, the first too, is a must-do, and a cell is a programme, not a mark.

Each cell is the record a grid gives at that programme and must-do, in the cell's own words ("(lead)"
says the programme leads it). A cell saying no programme covers it ("none - planned through the
Transforming Care Partnership") enters nothing: the gap."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdos import identify_mustdo
from bot.records.mustdo_across import grid_cell
from bot.records.table_rows import table_caption
from bot.textnorm import squash

MIN_MUSTDOS = 4
LABEL_CHARS = 80
_NUMBER = re.compile(r"^\s*(?:md|must[\s-]*dos?)?\s*([1-9])\b[.):]?\s*(?=[A-Za-z&])", re.I)
_NONE = re.compile(r"^\s*(?:none|no programme|not covered|n/a)\b", re.I)
_LEVEL = re.compile(r"\s*\((?:lead|leads|primary|supporting|contributes?)\)\s*$", re.I)
_ROWS = 40


def stacked_columns(lines: list[SourceLine], at: int) -> dict[int, int]:
    """Column -> must-do, for a header whose every column, the first too, is a must-do numbered as the
    must-do its words name ("1 STP", "4 A&E and ambulance"); {} for any other line."""
    cells = lines[at].text.split("\t")
    if len(cells) < MIN_MUSTDOS or not cells[0].strip():
        return {}
    out: dict[int, int] = {}
    for k, cell in enumerate(cells):
        m = _NUMBER.match(cell) if cell.strip() and len(cell) <= LABEL_CHARS else None
        if m is None:
            return {}
        named = identify_mustdo(cell[m.end():])
        if named is not None and named != int(m.group(1)):
            return {}  # numbered as another must-do: the paper's own numbering of something else
        out[k] = int(m.group(1))
    return out if len(set(out.values())) >= MIN_MUSTDOS else {}


def stacked_records(doc: ParsedDocument, lines: list[SourceLine], at: int, columns: dict[int, int],
                    section: str | None, area: str | None) -> Iterator[dict]:
    header = lines[at]
    labels = header.text.split("\t")
    caption = table_caption(lines, at)
    for line in lines[at + 1: at + 1 + _ROWS]:
        if "\t" not in line.text:
            break  # a line of no cells ends the table
        cells = line.text.split("\t")
        if not any(c.strip() for c in cells):
            break
        for k, number in columns.items():
            text = squash(cells[k]) if k < len(cells) else ""
            if not text or _NONE.match(text):
                continue
            yield grid_cell(doc, area, number, _LEVEL.sub("", text), text, labels[k], header, caption, line, section)
