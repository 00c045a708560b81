"""Must-dos listed by number in each programme's own cell: "Programme | SRO | National must-dos addressed"
with "MD 2, 4" on one row and "MD 2, 3, 4" on the next (or "2, 4, 7", "Must-dos 3 and 6"), the numbers'
topics given once in a legend.

No column is a must-do, so no grid reader takes the table. Each number a row's cell lists is the cell a
grid would have at that programme and must-do, quoted as the cell says it, so coverage, gap and "which
must-dos does X address" questions are answered as from a grid. A row whose cell lists none ("-",
"None") enters nothing."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.reading.layout import is_table_line
from bot.records.mustdo_across import grid_cell
from bot.records.mustdos import says_no
from bot.records.table_rows import table_caption
from bot.textnorm import squash

LABEL_CHARS = 60  # a column label is short
MIN_ROWS = 2  # rows whose cell lists must-dos by number: one such row is no table of them
# a column label saying it holds must-dos ("National must-dos addressed", "Must do(s)", "MDs supported")
_LABEL = re.compile(r"must[\s-]*dos?\b|must[\s-]*do\(s\)|\bmds\b", re.I)
_NUMBER = r"(?:md\s*|must[\s-]*dos?\s*)?[1-9]"
# a cell of numbers only, each perhaps written "MD 4": "MD 2, 4", "2, 3 and 4", "MD2; MD4", "Must-dos 3 & 6"
_CELL = re.compile(rf"^\s*(?:national\s+)?{_NUMBER}(?:\s*(?:,|;|&|/|\band\b)\s*{_NUMBER})*\s*\.?\s*$", re.I)


def numbers_column(lines: list[SourceLine], at: int) -> int | None:
    """The column of a tab-separated header whose label says must-dos and under which at least MIN_ROWS
    rows list must-dos by number; None when the line heads no such table."""
    labels = lines[at].text.split("\t")
    columns = [k for k, label in enumerate(labels) if k and len(label) <= LABEL_CHARS and _LABEL.search(label)]
    if len(labels) < 2 or len(columns) != 1:
        return None
    column = columns[0]
    listing = sum(1 for cells in _rows(lines, at) if column < len(cells) and _CELL.match(cells[column]))
    return column if listing >= MIN_ROWS else None


def numbered_records(doc: ParsedDocument, lines: list[SourceLine], at: int, column: int, section: str | None,
                     area: str | None) -> Iterator[dict]:
    """One grid cell per must-do each row's cell lists, the row's first cell naming its programme."""
    header = lines[at]
    label = header.text.split("\t")[column]
    caption = table_caption(lines, at)
    for offset, cells in enumerate(_rows(lines, at), start=1):
        text = squash(cells[column]) if column < len(cells) else ""
        if not text or says_no(text) or not _CELL.match(text):
            continue
        programme = squash(cells[0])
        for number in dict.fromkeys(int(n) for n in re.findall(r"[1-9]", text)):
            yield grid_cell(doc, area, number, programme, text, label, header, caption, lines[at + offset], section)


def _rows(lines: list[SourceLine], at: int) -> Iterator[list[str]]:
    """The cells of each row under the header, until a line that is no table row."""
    for line in lines[at + 1:]:
        if not is_table_line(line.text):
            return
        cells = line.text.split("\t")
        if not cells[0].strip():
            return
        yield cells
