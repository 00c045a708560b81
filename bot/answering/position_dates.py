"""A date that says when a figure stood, not when anything is due.

"14 patients waiting over 65 weeks at end August", "Position as at 19 January 2018": the date reports
where a measure stood at that point. A question asking when something will or should be done ("by
when should no one wait 65 weeks?") is not answered by it, however much else the line shares with the
question: the answer is the date the work is due, which the same paper gives in another cell or line."""

import re

from bot.answering import types

# What stands before a date that reports a position: "as at", "as of", "position at"; or a plain "at"
# after a count in the same clause ("14 patients ... at end August"), where "go live at the end of
# March" (no count) is a due date.
_REPORTED = re.compile(r"\b(?:as\s+at|as\s+of|position\s+at)\s*$", re.IGNORECASE)
_AT = re.compile(r"\bat\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:|()]")
_COUNT = re.compile(r"(?<![\w/.-])\d[\d,]*(?![\w/.-]*\d)")


def _position(text: str, start: int) -> bool:
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    return bool(_REPORTED.search(clause)) or bool(_AT.search(clause)) and bool(_COUNT.search(clause))


def reports_position(answer: str) -> bool:
    """Whether every date the answer leads with (before its bracketed detail) reports a position."""
    lead = answer.split(" (", 1)[0]
    found = types.dates(lead)
    return bool(found) and all(_position(lead, start) for start, _, _ in found)
