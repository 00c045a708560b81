"""Excel (.xlsx) with openpyxl, read-only and with formulas read as the values Excel saved: each
visible sheet is its name (the section) and then one tab-separated line per row that holds anything.
The page of a line is the sheet's position in the workbook and its line the row number, so citations
say "sheet S, row R". Hidden sheets are skipped and named in the warnings. A row that fills its first
cell alone between a table's rows (a programme over its schemes) stays a row of that table."""

import re
from collections.abc import Iterator
from datetime import date, datetime, time

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.layout import FIGURE, runs
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import row_line
from bot.reading.packages import open_package
from bot.reading.side_by_side import cards_apart
from bot.reading.xlsx_formulas import worked_out
from bot.textnorm import clean


def read_xlsx(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, int, list[str]]:
    from openpyxl import load_workbook

    budget = TextBudget(name, limits)

    stream = open_package(name, data, "xlsx")
    try:
        book = load_workbook(stream, read_only=True, data_only=True)
        formulas = load_workbook(open_package(name, data, "xlsx"), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged parts
        raise DocumentError(name, f"is not a readable Excel file ({type(exc).__name__}); re-save it as .xlsx") from None
    lines: list[SourceLine] = []
    warnings: list[str] = []
    try:
        for number, sheet in enumerate(book.worksheets, start=1):
            if sheet.sheet_state != "visible":
                warnings.append(f"{name}: sheet '{sheet.title}' is hidden and was skipped")
                continue
            try:
                rows = [(r, budget.take(text)) for r, text in _rows(sheet, formulas.worksheets[number - 1]) if text.strip()]
            except DocumentError:
                raise
            except Exception as exc:  # one bad sheet should not lose the workbook
                warnings.append(f"{name}: sheet '{sheet.title}' could not be read ({type(exc).__name__})")
                continue
            if not rows:
                continue
            rows = cards_apart(rows)  # cards set side by side are read card after card
            lines.append(SourceLine(page=number, text=clean(sheet.title), heading=True))
            grouping = _group_rows(rows)
            lines.extend(SourceLine(page=number, line=r, text=clean(text if k in grouping else text.rstrip("\t")))
                         for k, (r, text) in enumerate(rows))
        title = (book.properties.title or "").strip() if book.properties else ""
    finally:
        book.close()
        formulas.close()
    return lines, title, len(book.worksheets), warnings


def _group_rows(rows: list[tuple[int, str]]) -> set[int]:
    """Rows that fill their first cell alone between rows of several cells ("Urgent and Emergency Care"
    over its schemes, after the last programme's subtotal): headings of the groups of one table, kept as
    its rows so the table runs on under its own column labels. A title above the table stays a title, and so
    does each block's title on a sheet of blocks of the same fields."""
    single = [len([c for c in text.split("\t") if c.strip()]) <= 1 for _, text in rows]
    kept: set[int] = set()
    last_end = 0  # where the rows since the last run of single-cell rows start
    for k, end in runs(single):
        if k > 0 and end < len(rows) and rows[k][1].split("\t")[0].strip() and _alike(rows[k - 1][1], rows[end][1]) \
                and not _fields_again(rows[last_end:k], rows[end][1]):
            kept.update(range(k, end))
        last_end = end
    return kept


def _fields_again(block: list[tuple[int, str]], below: str) -> bool:
    """The row below a title opens with a label the block above it also opens a row with ("SRO", "Overall
    RAG" in every priority's block going down the sheet): blocks of fields, each under its own title, not
    one table's groups (a table's first column names its rows, each once)."""
    first = below.split("\t")[0].strip().lower()
    return bool(first) and any(text.split("\t")[0].strip().lower() == first for _, text in block)


def _alike(above: str, below: str) -> bool:
    """Two rows of one table: where both fill a column, both hold the same kind of value there (a
    second table's label row under the first table's figures and dates is no row of it)."""
    over, under = above.split("\t"), below.split("\t")
    both = [(a.strip(), b.strip()) for a, b in zip(over, under) if a.strip() and b.strip()]
    if len(both) < 2:
        return False
    if all(_value_kind(a) == "words" for a in over if a.strip()) and not any(
            b.strip() and (k >= len(over) or not over[k].strip()) for k, b in enumerate(under)):
        return True  # the table's label row, then its first group: every column the rows fill is labelled
    return all(_value_kind(a) == _value_kind(b) for a, b in both)


def _value_kind(text: str) -> str:
    """A figure, a date as this reader writes one (_value), or words."""
    return "figure" if FIGURE.fullmatch(text) else "date" if _DATE.fullmatch(text) else "words"


_DATE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}(?: \d{2}:\d{2})?")


def _rows(sheet: object, written: object) -> Iterator[tuple[int, str]]:
    """(row number, the row as tab-separated cells), streamed so the text budget stops a huge sheet early.
    A formula saved with no value is worked out where it is simple arithmetic (xlsx_formulas.py), from the
    rows read so far; `written` is the same sheet with its formulas."""
    grid: list[list[object]] = []
    columns: dict[str, int] = {}  # a table label's column, found once per sheet
    said = written.iter_rows(values_only=True)  # type: ignore[attr-defined]
    for r, cells in enumerate(sheet.iter_rows(), start=1):  # type: ignore[attr-defined]
        row = [getattr(c, "value", None) for c in cells]
        shown = [getattr(c, "number_format", None) for c in cells]
        formulas = next(said, ())
        grid.append(row)
        for k, formula in enumerate(formulas):
            if k < len(row) and row[k] is None and isinstance(formula, str) and formula.startswith("="):
                value = worked_out(formula, r, grid, columns)
                row[k] = int(value) if value is not None and value.is_integer() else value
        yield r, row_line([_value(v, f) for v, f in zip(row, shown + [None] * (len(row) - len(shown)))])


_PERCENT = re.compile(r'0(?:\.(0+))?%')  # a number format that shows a fraction as a percentage: "0%", "0.0%"


def _value(value: object, shown: str | None = None) -> str:
    """A cell as a person reads it: dates as "31 December 2016", whole numbers without ".0", and a fraction
    its number format shows as a percentage (0.026 under "0.0%") as "2.6%", the figure the paper gives."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and shown and (
            percent := _PERCENT.search(re.sub(r'"[^"]*"', "", shown))):
        places = len(percent.group(1) or "")
        return f"{value * 100:.{places}f}%"
    if isinstance(value, datetime):
        return value.strftime("%-d %B %Y") if value.time() == time(0) else value.strftime("%-d %B %Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%-d %B %Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
