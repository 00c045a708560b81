"""Tables of figures without rules on a PDF page, read as tables.

A finance table ("Programme | 2018/19 | 2019/20 | 2020/21 | Total", a row per programme) set without
rules comes out of plain extraction as lines of words ending in the same number of figures, parted by
single spaces, under a header whose last words are the columns' labels. Such a run (three lines or
more, each a label then the same number of figures) is written with a tab before each figure, and its
header split the same way when its last words are as many short labels, so the table readers see cells.
A single blank line between rows does not end the run: layout extraction prints one where a shaded row band
parts two rows."""

import re

MIN_ROWS = 3
MIN_FIGURES = 2
_FIGURE = r"(?:[-–(]?£?\d[\d,]*(?:\.\d+)?[%km]?\)?|[-–—]|n/a)"
_ROW = re.compile(rf"^(?P<label>.*?[A-Za-z].*?)\s+(?P<figures>{_FIGURE}(?:\s+{_FIGURE})+)\s*$")
# A column label of one word: a year or financial year, a quarter, a month, "Total", "Plan", "Actual".
_LABEL = re.compile(r"^(?:(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?|q[1-4]|qtr\s?[1-4]|[a-z]{3}-\d\d|total|plan|actual|forecast|budget|"
                    r"variance|target|baseline|\d{2}/\d{2}|[a-z][a-z&]{1,11})$", re.IGNORECASE)


def _figures(line: str) -> tuple[str, list[str]] | None:
    m = _ROW.match(line.strip())
    if not m:
        return None
    figures = m.group("figures").split()
    return (m.group("label").strip(), figures) if len(figures) >= MIN_FIGURES else None


def number_tables(lines: list[str]) -> list[str]:
    out = list(lines)
    k = 0
    while k < len(lines):
        first = _figures(lines[k]) if "\t" not in lines[k] else None
        if first is None:
            k += 1
            continue
        width, j = len(first[1]), k + 1
        while j < len(lines):
            # one blank line between two rows is the table's own (a shaded row band printed as a gap)
            at = j + 1 if not lines[j].strip() and j + 1 < len(lines) else j
            if "\t" in lines[at] or (row := _figures(lines[at])) is None or len(row[1]) != width:
                break
            j = at + 1
        if sum(1 for m in range(k, j) if lines[m].strip()) >= MIN_ROWS:
            for m in range(k, j):
                if lines[m].strip():
                    label, figures = _figures(lines[m])  # type: ignore[misc]
                    out[m] = "\t".join([label, *figures])
            if k > 0 and "\t" not in lines[k - 1]:
                words = lines[k - 1].split()
                if len(words) > width and all(_LABEL.match(w) for w in words[-width:]):
                    out[k - 1] = "\t".join([" ".join(words[:-width]), *words[-width:]])
        k = max(j, k + 1)
    return out
