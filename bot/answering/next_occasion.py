"""Asked when something next happens, answered by the line naming the next one.

"When do the board members next get together after October?" and "when's the next SRO group?" ask
for the next occasion; minutes say so outright ("The next meeting of the Board will be held on
Wednesday 21 November 2018"), where a schedule or a plan gives many dates that only might be it."""

import re
from datetime import date

from bot.answering import types
from bot.answering.form_cues import Cue
from bot.records.dates import normalise

# "next meet", "next get together", "the next meeting/session/board", "when is the board next"
_ASKS_NEXT = re.compile(r"\bnext\b", re.IGNORECASE)
_STATES_NEXT = re.compile(r"\bnext\s+(?:\w+\s+){0,2}?(?:meeting|meetings|session|sessions|workshop|event|gathering|get-together|"
                          r"board|committee|group|forum|summit)\b|\b(?:will|is to|are to|shall)\s+next\s+(?:meet|sit|convene|be held)\b|"
                          r"\bnext\s+(?:meets|sits|convenes)\b|\b(?:meet|meets|sit|sits|convene|convenes|reconvene|reconvenes)\s+again\b|"
                          # a schedule: "Dates of future meetings: ...", "forthcoming meeting dates", read against the day asked
                          r"\bdates?\s+of\s+(?:future|forthcoming|upcoming|next)\s+meetings\b|"
                          r"\b(?:future|forthcoming|upcoming)\s+meeting(?:s|\s+dates)\b",
                          re.IGNORECASE)

NEXT = Cue("date", _ASKS_NEXT, _STATES_NEXT)


def first_after(text: str, as_of: date) -> str | None:
    """The first date a line stating the next occasions gives on or after the day asked: of "12 December
    2017, 9 January 2018 and 13 February 2018" asked on 20 December, 9 January 2018."""
    found = [(period.start, raw) for _, _, raw in types.dates(text)
             if (period := normalise(raw)).start is not None and period.start >= as_of]
    return min(found)[1] if found else None
