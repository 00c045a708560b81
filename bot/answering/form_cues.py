"""A form of question, and the line that answers in that form.

Some questions say how their answer is put: "when will it now open?" is answered by a line saying the
date moved, "when do they next meet?" by one naming the next meeting, "who takes over?" by one
recording an appointment. Each such form is a cue: the words that ask it, and the words of a line
stating it. The modules naming each cue say why (revisions.py, next_occasion.py, succession.py); the
pipeline gives a line stating an asked cue the full fit of the form."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    want: str  # the answer type the form is asked of ("date", "person")
    asked: re.Pattern[str]
    stated: re.Pattern[str]

    def asks(self, question: str) -> bool:
        return bool(self.asked.search(question))

    def states(self, text: str) -> bool:
        return bool(self.stated.search(text))
