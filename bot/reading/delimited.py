"""CSV and TSV exports (a PMO system's project list, a tracker saved as CSV): one table, read as the
tab-separated rows the rest of planbot reads, each cited by the line its record starts on.

An export names its columns the way databases do ("planned_end", "project-lead"); the header's
underscores and hyphens are read as spaces, so "planned end" in a question meets its column."""

import csv
import io
import re

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import row_line
from bot.reading.text import decode_text
from bot.textnorm import clean

DELIMITED_SUFFIXES = {".csv", ".tsv"}
_MACHINE_SPACE = re.compile(r"(?<=[A-Za-z])[_-]+(?=[A-Za-z])")


def read_delimited(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, list[str]]:
    text, warnings = decode_text(name, data)
    if "\x00" in text:
        raise DocumentError(name, "looks like a binary file, not text")
    budget = TextBudget(name, limits)
    delimiter = "\t" if name.lower().endswith(".tsv") else _delimiter(text)
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"), newline=""), delimiter=delimiter, strict=True)
    lines: list[SourceLine] = []
    header = True
    try:
        for cells in reader:
            start = reader.line_num - sum(c.count("\n") for c in cells)  # a quoted cell may run over lines
            if not any(c.strip() for c in cells):
                lines.append(SourceLine(line=start, text=""))
                continue
            if header:
                cells, header = [_MACHINE_SPACE.sub(" ", c) for c in cells], False
            lines.append(SourceLine(line=start, text=clean(budget.take(row_line(cells)))))
    except csv.Error as exc:
        raise DocumentError(name, f"is not a readable CSV file ({exc}, line {reader.line_num}); "
                                  "re-export it, or save it as .xlsx") from None
    return lines, "", warnings


def _delimiter(text: str) -> str:
    """Comma unless the first lines say otherwise (Excel in many European locales writes ";")."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","
