"""Rows of an unruled table set apart by blank rows, as a layout pass gives a slide's table whose rows
are tall (a bar drawn in each cell, a row height of two lines of text):

     Workstream                       2016/17      2017/18      Total

     Prevention (PHC)                     0.5          2.0       20.5

     Acute Productivity (ASP)             8.5         22.0      139.0

Read as it comes, every row is a block of its own and no row sits under its header. Blank rows between
two rows with the same number of cells, each set out in columns, are dropped, so the table reads as one."""

import re

_GAP = re.compile(r" {3,}")
MAX_BLANKS = 3  # blank rows between two rows of one table, at most
MIN_CELLS = 3


def _cells(row: str) -> int:
    text = row.strip()
    return len(_GAP.split(text)) if text else 0


def close_spaced_rows(rows: list[str]) -> list[str]:
    """The layout rows with the blank rows inside a spaced-out table dropped."""
    out: list[str] = []
    k = 0
    while k < len(rows):
        out.append(rows[k])
        n = _cells(rows[k])
        j = k + 1
        while j < len(rows) and not rows[j].strip() and j - k - 1 < MAX_BLANKS:
            j += 1
        if n >= MIN_CELLS and j > k + 1 and j < len(rows) and _cells(rows[j]) == n:
            k = j  # the next row of the same table: the blank rows between are spacing, not a break
            continue
        k += 1
    return out
