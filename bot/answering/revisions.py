"""Asked for the date a thing has moved to, answered by the line that says it moved.

"The lease held things up - when will the café now open?" asks for the revised date, not the one
first planned: the plan's own row still gives the old one ("Crisis café opens: 30 June 2027"), while
a later note says "so the new opening date is Monday 6 September 2027". A question that asks what a
date is now, after a slip, is answered best by a line that states a revision."""

import re
from collections.abc import Callable

from bot.answering.form_cues import Cue

# "when will it now open", "on the latest forecast", "after the slip", "re-phased", "pushed back": the date as revised
_ASKS = re.compile(r"\b(?:now|latest|revised|re-?phased|re-?planned|re-?scheduled|re-?profiled|moved|slipped|slip|slippage|"
                   r"pushed back|put back|delayed|delay|postponed|deferred|held (?:things )?up|knocked back)\b", re.IGNORECASE)
# "the new opening date is", "revised to", "moved to", "now expected", "re-planned", "(revised from ...)"
# "revised date under review", "new date to be confirmed": a revision still pending states no date moved to
_PENDING = r"(?!(?:\s+[a-z-]+){0,2}\s+(?:under review|to be (?:confirmed|agreed|set|determined|decided)|tbc|tba|not yet|awaited|pending)\b)"
_STATES = re.compile(rf"\bnew (?:[a-z-]+ )?(?:date|go-?live|deadline|target|timescale)\b{_PENDING}|\brevised\b{_PENDING}|\bre-?(?:phased|planned|scheduled|profiled|baselined)\b|"
                     r"\b(?:moved|slipped|pushed back|put back|delayed|postponed|deferred|rescheduled) (?:to|until|into|from)\b|"
                     r"\bfor\s+[\"“'‘][^\"”'’]{2,40}[\"”'’]\s+read\b|"  # an erratum's correction: for "Q4 16/17" read "31 July 2017"
                     r"\bnow (?:expected|due|planned|forecast|scheduled|set|targeted|likely)\b|\bwill now\b|"
                     r"\bnow [a-z]+s (?:in|on|from|by)\b|"  # "the consultation now starts in June 2017"
                     r"\bforecast (?:date|completion|go-?live)\b|"
                     # "agreed to move the opening of the UTC to 31 January 2018": a move to a date, what is moved between
                     r"\b(?:move|moves|moving|push|pushes|put|puts|defer|defers|postpone|postpones|delay|delays|slip|slips)\b[^.;?]{0,60}?"
                     r"\b(?:to|until|till|into)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?\s?)?"
                     r"(?:\d|q[1-4]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|spring|summer|autumn|winter)",
                     re.IGNORECASE)

REVISED = Cue("date", _ASKS, _STATES)


# "from when to when?", "what was the go-live date before, and what is it after the delay?", "when was it
# first meant to finish, and what's the date now?": both dates of a move asked
_ASKS_BOTH = re.compile(r"\bfrom (?:what|which|when)\b(?: (?:date|day|month))? to (?:what|which|when)\b|\bbefore,? and\b[^?]{0,40}?\bafter\b|"
                        r"\b(?:was|were)\b[^?]{0,100}?\band (?:what|when)(?:'s|’s| is| are| will)\b[^?]{0,40}?\bnow\b|"
                        r"\b(?:first|originally|original)\b[^?]{0,100}?\b(?:and|vs|versus)\b[^?]{0,40}?\b(?:now|revised|new)\b",
                        re.IGNORECASE)


def asks_both(question: str) -> bool:
    return bool(_ASKS_BOTH.search(question))


def gives_both(answer: str, dates_in: Callable[[str], list]) -> bool:
    """Two different dates stated near the answer's start: the one moved from and the one moved to."""
    return len({d for _, _, d in dates_in(answer[:BOTH_CHARS])}) >= 2


BOTH_CHARS = 220
