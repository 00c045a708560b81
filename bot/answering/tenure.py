"""Holdings over time: a post's holder given with the first or last day of their holding ("Sunita
Ramgoolam to 30.11.24; Fergus Ballantyne (interim) from 1.12.24", "From: to 31.10.25"). Asked who holds
it now (or at the question's as-of date), the holder whose days have ended is no answer."""

import re
from datetime import date

from bot.answering import types
from bot.records.dates import normalise

# "Owen Thackeray ... From: to 31.10.25", "Sunita Ramgoolam to 30.11.24; ...": a holding given its last day,
# right after the name or as a field of its own (a milestone "moved from 13-Mar-18 to 10-Apr-18" is no holding)
_AFTER_NAME = r"(?:^|[(:;,)]|\s-|\b[A-Z][a-z'’-]+)\s*"  # the start, a field's punctuation, or the name's last word
_UNTIL = re.compile(_AFTER_NAME + r"(?i:to|until|till)\s+$")
_FROM = re.compile(_AFTER_NAME + r"(?i:from|wef|w\.e\.f\.)\s+$")


def held_until(said: str, today: date) -> bool:
    """Whether what is said of a holder gives the last day of their holding, and that day has passed."""
    for start, _, phrase in types.dates(said):
        if _UNTIL.search(said[:start]):
            end = normalise(phrase).end
            if end is not None and end < today:
                return True
    return False


def started_after(said: str, today: date) -> bool:
    """Whether what is said of a holder gives the first day of their holding, and that day is to come."""
    for start, _, phrase in types.dates(said):
        if _FROM.search(said[:start]):
            begin = normalise(phrase).start
            if begin is not None and begin > today:
                return True
    return False


def current_holder(cell: str, today: date) -> str | None:
    """Of a cell naming holders one after another, each with their days ("A to 30.11.24; B (interim) from
    1.12.24"), the part naming the one holding it `today`; None when the cell gives no such days."""
    parts = [p.strip() for p in cell.split(";") if p.strip()]
    if len(parts) < 2 or not any(types.dates(p) for p in parts):
        return None
    now = [p for p in parts if not held_until(p, today) and not started_after(p, today)]
    return now[0] if len(now) == 1 and len(now) < len(parts) else None
