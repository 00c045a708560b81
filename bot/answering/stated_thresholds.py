"""The threshold a register sets itself: "Risks scoring 12 or more after barriers are reported to the
Partnership Board", "(a score of 15 or more is escalated to the Programme Board)".

"Which risks go to the board?" names no number: the paper holding the register says which score takes a
risk there, and often on which of its scores ("after barriers", "residual"). So a question asking which
rows are escalated or reported, with no bound of its own, is read with the bound its table's own paper
states, on the column that statement names."""

import re
from dataclasses import dataclass

from bot.answering.thresholds import Amount, Bound

# "which risks go up to the board?", "reported to the Partnership Board", "escalated", "the threshold for
# reporting", "serious enough that the board has to hear about them"
ESCALATION_ASKED = re.compile(r"\b(?:escalat\w*|report(?:ed|ing|s)?\s+(?:up\s+)?to|go(?:es)?\s+(?:up\s+)?to|goes\s+up|taken\s+to|"
                              r"brought\s+to|referred\s+to|hear\s+about|threshold)\b", re.IGNORECASE)
# a statement of the score that sends a row on, and what follows its number up to the verb (the column it is on);
# the sentence around it is found by its stops, not by the pattern (which would try every start before it)
_STATED = re.compile(r"\b(?:scor(?:e|es|ed|ing)|rated|rating)\s+(?:of\s+|at\s+)?(?P<num>\d+)\s*"
                     r"(?:\+|or\s+(?:more|above|over|higher)|and\s+(?:above|over))(?P<column>[^.\n;()]{0,60}?)\s*"
                     r"(?:(?:are|is|will\s+be|must\s+be|should\s+be|to\s+be|get|gets)\s+)?"
                     r"(?:reported|escalated|taken|brought|referred|raised|go(?:es)?\s+(?:up\s+)?to|sent)\b", re.IGNORECASE)
_STOP = re.compile(r"[.\n;()]")


@dataclass(frozen=True)
class StatedThreshold:
    bound: Bound
    column: str  # the words naming the score it is on ("after barriers"), if any
    sentence: str


def stated_threshold(text: str) -> StatedThreshold | None:
    """The first threshold a paper states for sending its rows on, else None."""
    m = _STATED.search(text)
    if m is None:
        return None
    start = max((text.rfind(c, 0, m.start()) for c in ".\n;()"), default=-1) + 1
    stop = _STOP.search(text, m.end())
    sentence = text[start:stop.start() if stop else len(text)]
    return StatedThreshold(Bound(">=", Amount(float(m.group("num"))), 0, 0), " ".join(m.group("column").split()),
                           " ".join(sentence.split()))
