"""Asked when something next happens, answered by the line naming the next one.

"When do the board members next get together after October?" and "when's the next SRO group?" ask
for the next occasion; minutes say so outright ("The next meeting of the Board will be held on
Wednesday 21 November 2018"), where a schedule or a plan gives many dates that only might be it."""

import re

from bot.answering.form_cues import Cue

# "next meet", "next get together", "the next meeting/session/board", "when is the board next"
_ASKS_NEXT = re.compile(r"\bnext\b", re.IGNORECASE)
_STATES_NEXT = re.compile(r"\bnext\s+(?:\w+\s+){0,2}?(?:meeting|meetings|session|sessions|workshop|event|gathering|get-together|"
                          r"board|committee|group|forum|summit)\b|\b(?:will|is to|are to|shall)\s+next\s+(?:meet|sit|convene|be held)\b|"
                          r"\bnext\s+(?:meets|sits|convenes)\b|\b(?:meet|meets|sit|sits|convene|convenes|reconvene|reconvenes)\s+again\b",
                          re.IGNORECASE)

NEXT = Cue("date", _ASKS_NEXT, _STATES_NEXT)
