"""Every other table, row by row, with its column labels: membership lists, action logs, trackers.

A row keeps each cell with the line it came from, so an answer can give the cell a question asks
for (the name under "Owner", the date under "Due") and cite that very line. Tables read as
initiatives or must-do matrices (bot/records/extract.py) are left to those readers."""

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bot.models import SourceLine
from bot.reading.layout import FIGURE, cells, is_table_line
from bot.records.dittos import filled_dittos
from bot.records.form_fields import carried_fields, form_field
from bot.records.split_dates import joined_dates
from bot.records.dates import DAY_MONTH_YEAR, ISO_DATE, NUMERIC_DATE
from bot.records.header_rows import grouped_labels, header_labels
from bot.reading.layout import layout_chunks
from bot.records.tables import runs_on
from bot.records.transposed import runs_along_rows
from bot.textnorm import squash

MAX_ROWS_PER_TABLE = 400


@dataclass
class Cell:
    text: str = ""
    page: int | None = None
    line: int | None = None
    quote: str = ""

    def add(self, text: str, source: SourceLine) -> None:
        piece = squash(text)
        if not piece:
            return
        if not self.text:
            self.page, self.line, self.quote = source.page, source.line, piece[:300]
        self.text = f"{self.text} {piece}".strip()


@dataclass
class TableBlock:
    """Consecutive table lines: where they start, the header labels if the first line names columns."""

    start: int
    lines: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def table_blocks(lines: list[SourceLine]) -> Iterator[TableBlock]:
    """Runs of table lines; one blank line inside a table (a removed rule line) does not end it. A
    sheet's form fields over its table ("Programme: | ASC", "SRO: | Ann Tester") are a block of their own."""
    for block in _runs(lines):
        fields = 0
        while fields < len(block.lines) and form_field(lines[block.lines[fields]].text):
            fields += 1
        if 0 < fields and len(block.lines) - fields >= 2:
            yield TableBlock(block.lines[0], block.lines[:fields])
            yield TableBlock(block.lines[fields], block.lines[fields:])
        else:
            yield block


def _carried_cells(line: SourceLine) -> list[tuple[str, Cell]]:
    """The fields of a form line that stand for every row of the table below, each as a cell on its line."""
    out = []
    for name, value in carried_fields(line.text):
        cell = Cell()
        cell.add(value, line)
        out.append((name, cell))
    return out


FIELDS_GAP = 3  # rows from a sheet's last field to its table's first: a blank row or a band of years between


def _follows(lines: list[SourceLine], cell: Cell, block: TableBlock) -> bool:
    """The table starts straight below the fields, on the same page (sheet)."""
    first = lines[block.lines[0]]
    return first.page == cell.page and (first.line is None or cell.line is None or 0 < first.line - cell.line <= FIELDS_GAP)


def _runs(lines: list[SourceLine]) -> Iterator[TableBlock]:
    block: TableBlock | None = None
    gap = 0
    i = -1
    while i + 1 < len(lines):
        i += 1
        line = lines[i]
        if block is not None and not is_table_line(line.text) and "\t" in lines[block.start].text:
            onward = runs_on(lines, i, lines[block.start].text, lines[block.lines[1]].text if len(block.lines) > 1 else None)
            if onward is not None:  # the table runs onto the next page, past the page's running footer
                i, gap = onward - 1, 0
                continue
        if is_table_line(line.text):
            if block is None:
                block = TableBlock(start=i)
            block.lines.append(i)
            gap = 0
        elif not line.text.strip() and block is not None and gap == 0:
            gap = 1
        elif block is not None and gap == 0 and row_note(line.text) and "\t" not in lines[block.start].text:
            block.lines.append(i)  # "   Risk: ... " under a register's row: the row's own field, on a line of its own
        elif block is not None and gap == 0 and _continues(line.text, lines[block.lines[-1]].text, lines[block.start].text):
            block.lines.append(i)  # a wrapped cell's words alone on the next line, under their column
        else:
            if block is not None:
                yield block
            block, gap = None, 0
    if block is not None:
        yield block


def _continues(text: str, above: str, head: str = "") -> bool:
    """A line of a space-aligned table holding only the wrapped end of one cell: indented well past the
    row's first column, as the row above is a layout row, or, a cell wrapped over three lines or more
    (the line above is itself a wrapped end), starting where a column of the table's first line starts."""
    indent = len(text) - len(text.lstrip(" "))
    if "\t" in above or indent < 6 or not text.strip():
        return False
    if len(layout_chunks(above)) >= 2:
        return True
    starts = [s for s, _ in layout_chunks(head)] if "\t" not in head else []
    return len(starts) >= 3 and any(abs(indent - s) <= 1 for s in starts[1:])


_YEAR = re.compile(r"(?:19|20)\d\d")


def _figure_led(cell: str) -> bool:
    """A cell that begins with a figure ("86.4% (trajectory 90.0%)", "47 (September: 63)"); a year
    alone is a column's label ("2026"), not a value, as is a whole date ("1 March 2019": a sheet's
    months across, each a real date)."""
    head = cell.split()[0] if cell.split() else ""
    return bool(head) and FIGURE.fullmatch(head) is not None and not _YEAR.fullmatch(head.strip("()")) \
        and not _WHOLE_DATE.fullmatch(cell.strip())


_WHOLE_DATE = re.compile(rf"{DAY_MONTH_YEAR.pattern}|{ISO_DATE.pattern}|{NUMERIC_DATE.pattern}", re.I)


def _alike_its_rows(first: str, below: list[str]) -> bool:
    """Whether a first line of short cells is a row like those under it, not the columns' labels:
    in some column, it and (nearly) every row below begin with a figure ("TRI | 86.4%" over
    "EGH | 90.1%"), which a label never does. csv.Sniffer.has_header reasons the same way."""
    split = (lambda t: t.split("\t")) if "\t" in first else (lambda t: [c for _, c in layout_chunks(t)])
    top, rows = split(first), [split(t) for t in below if t.strip()]
    for j in range(1, len(top)):
        column = [row[j] for row in rows if j < len(row) and row[j].strip()]
        led = sum(1 for c in column if _figure_led(c))
        if _figure_led(top[j]) and led >= 2 and led * 4 >= len(column) * 3:
            return True
    return False


def table_rows(lines: list[SourceLine], block: TableBlock, sheet: bool = False) -> Iterator[tuple[list[str], list[Cell]]]:
    """(labels, cells) of each body row; of each column after the first, for a table on its side
    (bot.records.transposed), labelled by the first column. `sheet`: the table is a spreadsheet's."""
    rows = list(_rows_as_written(lines, block, sheet))
    head = lines[block.lines[0]]
    header = [Cell() for _ in rows[0][0]] if rows and rows[0][0] else []
    if header:  # the labels' line, as cells with the line they stand on: a turned table's first row
        for k, part in enumerate(_splitter(head.text, "\t" in head.text)(head.text)):
            _cell(header, k).add(part, head)
    grid = ([header] if header else []) + [row for _, row in rows]
    firsts = [row[0].text if row else "" for row in grid[1:]]
    if len(grid) > 1 and runs_along_rows(firsts, [[c.text for c in row[1:]] for row in grid[1:]]):
        corner = grid[0][0].text if grid[0] else ""
        for j in range(1, max(len(row) for row in grid)):
            yield [corner, *firsts], [row[j] if j < len(row) else Cell() for row in grid]
        return
    yield from rows


def _rows_as_written(lines: list[SourceLine], block: TableBlock, sheet: bool = False) -> Iterator[tuple[list[str], list[Cell]]]:
    """(labels, cells) of each body row. A line whose first cell is empty continues the row above; in a
    spreadsheet (`sheet`), whose cells never wrap onto a row of their own, it is the next row under cells
    merged down from the row above ("CC1 | UTC | Ann" over "| | | UTC opens 24/7 | 30 June 2018"), which
    it takes as its own."""
    if len(block.lines) > 2 and all(_PIVOT_CHROME.match(c.strip()) for c in lines[block.lines[0]].text.split("\t") if c.strip()):
        block = TableBlock(block.lines[1], block.lines[1:])  # "Sum of Planned | Column Labels": Excel's words over its pivot
    first = lines[block.lines[0]].text
    labels = header_labels(first) or []
    if labels and _alike_its_rows(first, [lines[i].text for i in block.lines[1:]]):
        labels = []
    body = block.lines[1:] if labels else block.lines
    grouped = grouped_labels(first, lines[block.lines[1]].text) if len(block.lines) > 2 else None
    if grouped:
        labels, body, first = grouped, block.lines[2:], lines[block.lines[1]].text
    split = _splitter(first if labels else None, tabbed="\t" in first)
    width = len(labels)
    row: list[Cell] | None = None
    for n, i in enumerate(body):
        if n >= MAX_ROWS_PER_TABLE:
            break
        note = row_note(lines[i].text) if row is not None else None
        if note:  # the row's field written under it: a column of its own, labelled as the line labels it
            if note[0] not in labels:
                labels.append(note[0])
            _cell(row, max(labels.index(note[0]), len(row))).add(note[1], lines[i])
            continue
        parts = split(lines[i].text)
        width = max(width, len(parts))
        if row is not None and not parts[0].strip() and any(p.strip() for p in parts[1:]):
            total = _total_line(row, parts)  # the table's Total row, its label under the second column
            if sheet:
                yield labels, row
                lead = next(k for k, p in enumerate(parts) if p.strip())
                row = [] if total else [Cell(c.text, c.page, c.line, c.quote) for c in row[:lead]]
                for k, part in enumerate(parts[lead:], start=lead):
                    _cell(row, k).add(part, lines[i])
                continue
            if not total and not _next_in_group(row, parts):
                for k, part in enumerate(parts):
                    _cell(row, k).add(part, lines[i])
                continue
            group = row[0]
            yield labels, row
            row = [] if total else [Cell(group.text, group.page, group.line, group.quote)]
            for k, part in enumerate(parts[1:], start=1):
                _cell(row, k).add(part, lines[i])
            continue
        if row is not None:
            yield labels, row
        row = []
        for k, part in enumerate(parts):
            _cell(row, k).add(part, lines[i])
    if row is not None:
        yield labels, row


# An indented "Label: text" line under a row of a space-aligned table ("   Risk: ENP recruitment ...",
# "   Mitigation: ..."): a field of the row above, too long for a column of its own
_ROW_NOTE = re.compile(r"^\s{2,}(?P<label>[A-Z][A-Za-z/&' -]{1,30}?):\s+(?P<text>\S.*)$")


def row_note(text: str) -> tuple[str, str] | None:
    m = _ROW_NOTE.match(text)
    return (m.group("label").strip(), m.group("text").strip()) if m and len(m.group("label").split()) <= 3 else None


# ("UC-D", "CI-03": a short code, a hyphen and the item's letter or number, as a register keys its rows)
_ROW_KEY = re.compile(r"^(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,3})*[a-z]?|[A-Z]{1,4}-(?:[A-Z]|\d{1,3})|[a-z]\)|[ivx]{1,4}\))$")


def _next_in_group(row: list[Cell], parts: list[str]) -> bool:
    """Whether a line whose first cell is empty is the next row of a group written once over its rows
    (a programme's name in a merged first cell, its milestones "1.1", "1.2" in rows of their own),
    not the rest of the row above: the line starts its own reference in the column where the row
    above started one. A wrapped cell's next line never starts a new reference."""
    if len(parts) < 3 or len(row) < 2 or not row[0].text:
        return False
    above, here = row[1].text.split(), parts[1].split()
    return bool(above and here and _ROW_KEY.match(above[0]) and _ROW_KEY.match(here[0]) and above[0] != here[0])


# "Total", "Grand total", "Total 2017/18", "TOTAL (£k)": a row's label saying the row sums its table
TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+)?total\b", re.IGNORECASE)


def _total_line(row: list[Cell], parts: list[str]) -> bool:
    """A line whose first cell is empty, whose first text is "Total ..." and which gives a figure in a column
    the row above already filled: the table's Total row, written with its label under the second column
    (the first, a reference, left blank), never the rest of the row above, which has its figure already."""
    filled = [(k, p) for k, p in enumerate(parts) if p.strip()]
    if not filled or not TOTAL_LABEL.match(filled[0][1]):
        return False
    return any(FIGURE.fullmatch(p.strip()) and k < len(row) and row[k].text.strip() for k, p in filled[1:])


# The words Excel writes over a pivot table ("Sum of Planned | Column Labels" over "Row Labels | Apr-25 | ...")
_PIVOT_CHROME = re.compile(r"^(?:row labels|column labels|values|(?:sum|count|average|max|min) of .+)$", re.IGNORECASE)


def _cell(row: list[Cell], k: int) -> Cell:
    while len(row) <= k:
        row.append(Cell())
    return row[k]


def _splitter(header: str | None, tabbed: bool) -> Callable[[str], list[str]]:
    if tabbed:
        return lambda text: text.split("\t")
    if header is None:
        return lambda text: [c for _, c in layout_chunks(text)]
    starts = [s for s, _ in layout_chunks(header)]

    def split(text: str) -> list[str]:
        out = [""] * len(starts)
        for start, chunk in layout_chunks(text):
            column = max((k for k, s in enumerate(starts) if s <= start + 2), default=0)
            out[column] = f"{out[column]} {chunk}".strip()
        return out

    return split


SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s*$")  # "3.4.8": a paragraph's number, not a cell


def numbered_paragraph(text: str) -> bool:
    """"3.4.8<tab>The SRO and Programme Directors ... They will meet again on 9th September.": one line
    of numbered prose, not a row of cells."""
    parts = text.split("\t")
    return len(parts) == 2 and SECTION_NUMBER.match(parts[0]) is not None and len(parts[1].strip()) >= 40


def numbered_paragraphs(lines: list[SourceLine], block: TableBlock) -> bool:
    """"1.1<tab>Healthier Lancashire was first considered ...": numbered prose, not a table. Under a
    header of labels ("Must-do | Executive lead") numbered lines are a table's rows."""
    split = [cells(lines[i].text) for i in block.lines]
    if split and not SECTION_NUMBER.match(split[0][0]) and header_labels(lines[block.lines[0]].text):
        return False
    numbered = sum(1 for parts in split if SECTION_NUMBER.match(parts[0]) and sum(1 for p in parts if p.strip()) <= 2)
    return numbered >= max(2, len(split) * 0.6)  # a number and its prose; a numbered row of many cells is a table row


CAPTION_GAP = 3


def table_caption(lines: list[SourceLine], start: int) -> str:
    """The sentence that introduces a table ("An overview of the process and approval points in
    Herefordshire are outlined below"): the prose line just above it, a few blank lines at most. Every
    row is read with it, as a reader reads the table under it."""
    unit = ""
    for k in range(start - 1, max(-1, start - 1 - CAPTION_GAP), -1):
        text = squash(lines[k].text)
        if not text:
            continue
        if not unit and UNIT_LINE.fullmatch(text):
            unit = text  # "£000" alone above a sheet's table: the unit of every figure in it (its title is above)
            continue
        if is_table_line(lines[k].text) or len(text.split()) < (3 if unit else 5):
            return unit
        above = squash(lines[k - 1].text) if k > 0 else ""  # its title on the line above ("Planned spend 2025/26")
        titled = above and not is_table_line(lines[k - 1].text) and len(above.split()) >= 3 and not re.search(r"[.:;]$", above)
        return f"{f'{above} {text}' if titled else text} {unit}".strip()
    return unit


# A line giving only the unit of a table's figures: "£000", "£m", "(£000s)", "£'000", "£k".
UNIT_LINE = re.compile(r"\(?£\s*'?(?:000s?|k|m|bn|million)\)?", re.I)


def row_records(lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]], doc_key: str,
                provenance: Callable[[SourceLine, str | None], dict], skip: Callable[[str], bool],
                sheet: bool = False) -> Iterator[dict]:
    """One record per body row of every table that no specialised reader claims (`skip`); `sheet`: the
    paper is a spreadsheet."""
    above: dict[str, list[Cell]] = {}  # by a table's labels, its last row: a ditto at the top of a page means the row before the break
    fields: list[tuple[str, Cell]] = []  # the form fields just read, which the table below them is of
    for block in table_blocks(lines):
        first = lines[block.lines[0]]
        carried, fields = (fields if fields and _follows(lines, fields[-1][1], block) else []), []
        if all(form_field(lines[i].text) for i in block.lines):
            fields = [f for i in block.lines for f in _carried_cells(lines[i])]
        if skip(first.text) or len(block.lines) < 2 and not header_labels(first.text) or numbered_paragraphs(lines, block):
            continue
        # where the table starts in the paper: a PDF page's lines have no numbers, and two tables on one page are two tables
        table_id = hashlib.sha256(f"{doc_key}:{first.page}:{first.line}:{block.start}".encode()).hexdigest()[:12]
        section, area = contexts.get(block.start, (None, None))
        caption = table_caption(lines, block.start)
        group: str | None = None
        for n, (labels, row) in enumerate(table_rows(lines, block, sheet)):
            filled = [c for c in row if c.text]
            if not filled:
                continue
            if _group_row(row, filled, labels):
                group = filled[0].text  # "Programme 3: Urgent & Emergency Care" over the rows that follow
                continue
            key = json.dumps(labels) if any(labels) else str(block.start)  # (an unlabelled table's rows only follow its own)
            row = above[key] = filled_dittos(row, above.get(key))
            labels, row = joined_dates(labels, row)  # "2017/18 | Q4 | Jan" under "FY | Qtr | Month": January 2018
            if carried:  # "SRO: Ann Tester" over a programme's table is every row's SRO, as a cell merged down would be
                width = max(len(labels), len(row))
                labels = [*labels, *[""] * (width - len(labels)), *(label for label, _ in carried)]
                row = [*row, *[Cell() for _ in range(width - len(row))], *(cell for _, cell in carried)]
            head = filled[0]
            source = SourceLine(page=head.page, line=head.line, text=head.quote)
            yield {
                "id": hashlib.sha256(f"{table_id}:{n}".encode()).hexdigest()[:16], "table_id": table_id, "row": n,
                "labels": json.dumps(labels), "cells": json.dumps([c.__dict__ for c in row]),
                "row_text": " | ".join(c.text for c in row if c.text),
                "header_text": " | ".join(label for label in labels if label), "caption": caption,
                "area": area, "quote": head.quote, **provenance(source, f"{section} › {group}" if section and group else group or section),
            }


GROUP_LABELS = 3  # a table this wide whose row fills its first cell alone is headed by that cell


def _group_row(row: list, filled: list, labels: list[str]) -> bool:
    """A row that names the group the rows under it belong to (a programme's name merged across a risk
    register), not a row of data: only its first cell is filled, in a table of several labelled columns."""
    return (len(filled) == 1 and row[0] is filled[0] and sum(1 for label in labels if label) >= GROUP_LABELS
            and filled[0].text[:1].isupper())
