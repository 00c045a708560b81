"""Footnotes at a page's foot, and the markers that point to them from a table's cells.

A PDF annex qualifies a date with a superscript marker ("Winter 2017/18³") explained under the table
("³ Subject to the outcome of public consultation"). Read as text, the marker is a digit after the
date, and the note a numbered line (or a digit on a line of its own, then the note) below the page's
last table row. The note says what the date depends on, so it is read with the date."""

import re

from bot.models import SourceLine
from bot.reading.layout import is_table_line

_NUMBER_ALONE = re.compile(r"^\s*([1-9])\s*$")
_NUMBERED = re.compile(r"^\s*([1-9])\s+([A-Z].{5,})$")
NOTE_CHARS = 160


def page_footnotes(lines: list[SourceLine]) -> dict[tuple[int | None, str], str]:
    """(page, marker) -> the note's text, for notes below each page's last table line."""
    last_table: dict[int | None, int] = {}
    for k, line in enumerate(lines):
        if is_table_line(line.text):
            last_table[line.page] = k
    notes: dict[tuple[int | None, str], str] = {}
    for k, line in enumerate(lines):
        if line.page not in last_table or k <= last_table[line.page] or is_table_line(line.text):
            continue
        alone = _NUMBER_ALONE.match(line.text)
        if alone and k + 1 < len(lines) and lines[k + 1].page == line.page and _is_note(lines[k + 1].text):
            notes.setdefault((line.page, alone.group(1)), lines[k + 1].text.strip()[:NOTE_CHARS])
            continue
        numbered = _NUMBERED.match(line.text)
        if numbered and _is_note(numbered.group(2)):
            notes.setdefault((line.page, numbered.group(1)), numbered.group(2).strip()[:NOTE_CHARS])
    return notes


def _is_note(text: str) -> bool:
    """A note is a sentence: capitalised, several words, not a table's line or another marker."""
    text = text.strip()
    return len(text.split()) >= 3 and text[:1].isupper() and not is_table_line(text) and not _NUMBER_ALONE.match(text)


def due_with_note(due: str, marked: str, page: int | None, notes: dict[tuple[int | None, str], str]) -> str:
    """The due wording with its footnote, when the marker after it (`marked` is the cell as read, `due`
    without the marker) points to a note on its page, or under the end of a table running on from it:
    "Winter 2017/18 (note 3: Subject to ...)"."""
    if due == marked:
        return due
    marker = marked.strip()[-1]
    note = notes.get((page, marker)) or _under_the_tables_end(page, marker, notes)
    return f"{due} (note {marker}: {note})" if note else due


def _under_the_tables_end(page: int | None, marker: str, notes: dict[tuple[int | None, str], str]) -> str | None:
    """A table running over pages gathers its notes under its end: a marker with no note on its own page
    is explained on the next page that has notes at all (not on any later one, whose notes may be
    another table's)."""
    if page is None:
        return None
    later = [p for p, _ in notes if p is not None and p > page]
    return notes.get((min(later), marker)) if later else None
