"""Two-column tables without vertical rules on a PDF page, read as tables.

A table of two columns ("Must-do | Executive lead", "Code | Meaning") drawn with rules under its rows
only, or none, comes out of the layout pass as lines of two runs of words with a wide gap between.
A line of three or more runs is read as table cells already (bot/reading/layout.py); two runs could
as well be a label and its value, so they are a table only when several lines in a row set their
two runs at the same two places, the first short like a cell (a number, a code, a name). Such lines
are written with a tab between the cells, the shape every table reader reads; a line holding only
the second column's wrapped words continues the row above."""

import re

MIN_ROWS = 3  # lines in a row with their two cells at the same places
MAX_FIRST_CHARS = 40  # a longer first run is prose in two columns, not a cell
ALIGN = 1  # characters: cells this far apart still start at the same place

_GAP = re.compile(r" {3,}")


def text_runs(row: str) -> list[tuple[int, str]]:
    """(start, text) of each run of words parted by 3+ spaces."""
    out: list[tuple[int, str]] = []
    pos = 0
    for part in _GAP.split(row):
        if part.strip():
            start = row.index(part, pos)
            out.append((start + len(part) - len(part.lstrip()), part.strip()))
            pos = start + len(part)
    return out


def _pair(row: str) -> tuple[int, int] | None:
    """Where a line's two cells start, when it is two short-first runs and not "Label: value". A long first
    run is a cell too when the second is a name ("Director of Public Health, Wrexcombe County Council" |
    "Dr Fergus Mallinder"): a post and its holder, a "who's who", not two columns of prose."""
    runs = text_runs(row)
    if len(runs) != 2 or runs[0][1].endswith(":"):
        return None
    if len(runs[0][1]) > MAX_FIRST_CHARS and not _NAME_CELL.fullmatch(runs[1][1]):
        return None
    return runs[0][0], runs[1][0]


# A person's name as a cell: two to four capitalised words ("Dr Fergus Mallinder", "Joanna Okafor-Briggs",
# "Yasmin O'Neill"), an honorific first or not, nothing else
_NAME_CELL = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr|Sir|Dame)\.? )?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
                        r"(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){1,3}")


def _wrapped(row: str, second: int) -> bool:
    """A line holding only the second column's next words: one run, starting where that column does."""
    runs = text_runs(row)
    return len(runs) == 1 and abs(runs[0][0] - second) <= ALIGN


def pair_tables(rows: list[str]) -> list[str]:
    """The page's layout rows with each run of aligned two-cell lines written as tab-separated cells."""
    out = list(rows)
    k = 0
    while k < len(rows):
        at = _pair(rows[k])
        if at is None:
            k += 1
            continue
        members, wrapped, j, last = [k], set(), k + 1, k
        while j < len(rows):
            if not rows[j].strip() and j == last + 1:
                j += 1  # the layout pass sets a blank line between ruled rows
                continue
            here = _pair(rows[j])
            if here is not None and all(abs(a - b) <= ALIGN for a, b in zip(here, at)):
                members.append(j)
            elif _wrapped(rows[j], at[1]) and last in members:
                members.append(j)
                wrapped.add(j)
            else:
                break
            last = j
            j += 1
        if len(members) - len(wrapped) >= MIN_ROWS and not _numbered_prose(rows, members, wrapped):
            for m in members:
                runs = text_runs(rows[m])
                out[m] = f"\t{runs[0][1]}" if m in wrapped else f"{runs[0][1]}\t{runs[1][1]}"
        k = j
    return out


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")  # "2.1", "5.10": a numbered paragraph, not a row's key


def _numbered_prose(rows: list[str], members: list[int], wrapped: set[int]) -> bool:
    """Board-paper paragraphs numbered 1.1, 1.2 with the text hanging beside the number: the number's
    column and the text's line up as a two-column table's would, but the text wraps as prose does."""
    firsts = [text_runs(rows[m])[0][1] for m in members if m not in wrapped]
    return bool(wrapped) and all(_PARAGRAPH_NUMBER.match(first) for first in firsts)


def has_pair_table(rows: list[str]) -> bool:
    """Whether the page holds such a table (so it is worth reading in layout)."""
    return any("\t" in row for row in pair_tables(rows))
