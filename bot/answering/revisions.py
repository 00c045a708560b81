"""Asked for the date a thing has moved to, answered by the line that says it moved.

"The lease held things up - when will the café now open?" asks for the revised date, not the one
first planned: the plan's own row still gives the old one ("Crisis café opens: 30 June 2027"), while
a later note says "so the new opening date is Monday 6 September 2027". A question that asks what a
date is now, after a slip, is answered best by a line that states a revision."""

import re

# "when will it now open", "on the latest forecast", "after the slip", "re-phased", "pushed back": the date as revised
_ASKS = re.compile(r"\b(?:now|latest|revised|re-?phased|re-?planned|re-?scheduled|re-?profiled|moved|slipped|slip|slippage|"
                   r"pushed back|put back|delayed|delay|postponed|deferred|held (?:things )?up|knocked back)\b", re.IGNORECASE)
# "the new opening date is", "revised to", "moved to", "now expected", "re-planned", "(revised from ...)"
_STATES = re.compile(r"\bnew (?:[a-z-]+ )?(?:date|go-?live|deadline|target|timescale)\b|\brevised\b|\bre-?(?:phased|planned|scheduled|profiled|baselined)\b|"
                     r"\b(?:moved|slipped|pushed back|put back|delayed|postponed|deferred|rescheduled) (?:to|until|into|from)\b|"
                     r"\bnow (?:expected|due|planned|forecast|scheduled|set|targeted|likely)\b|\bforecast (?:date|completion|go-?live)\b",
                     re.IGNORECASE)


def asks_revised(question: str) -> bool:
    return bool(_ASKS.search(question))


def states_revised(text: str) -> bool:
    return bool(_STATES.search(text))
