"""How a must-do grid's answers name and cite what they read: a priority's place in its grid's order,
the header row that names the priorities, a ticked cell's footnote, and a must-do in its paper's own
words. Shared by the coverage, cell and gap answers, which must name them alike."""

import re
from functools import lru_cache

from bot.answering.candidates import cite_row
from bot.models import Citation
from bot.records.mustdos import mustdo_name


@lru_cache(maxsize=4096)
def priority_key(label: str) -> tuple[int, str]:
    m = re.match(r"\s*W?P\s?(\d+)", label)
    return (int(m.group(1)) if m else 99, label)


def header_cite(row: dict) -> Citation | None:
    """The matrix's header row, where the priority names (P1..P5) are written."""
    if not row.get("header_quote"):
        return None
    return cite_row(row, quote=row["header_quote"], page=row.get("header_page"), line=row.get("header_line"))


def note_cite(row: dict) -> list[Citation]:
    """The footnote a ticked cell points to, whose words the cell's record carries."""
    if not row.get("note_quote"):
        return []
    return [cite_row(row, quote=row["note_quote"], page=row.get("note_page"), line=row.get("note_line"))]


def named_mustdo(number: int, row: dict | None = None) -> str:
    """The must-do as the answer names it: in the paper's own words where its grid numbers the
    priorities itself (row: a cell of that must-do's column)."""
    return mustdo_name(number, row["description"] if row else "")
