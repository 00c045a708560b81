"""The other end of a span. "When does the consultation close?" is not answered by the line saying when
it launches, nor "when does the pilot start?" by the line saying when it ends: a consultation, a pilot, a
contract or a service runs from one day to another, and a paper giving only one end leaves the other
unsaid. A line stating the asked end (or both) still answers; so does one naming neither (a plain due
date). Only the words for the two ends are read, never a paper's own phrases."""

import re
from typing import Literal

from bot.answering.types import dates
from bot.records.dates import normalise

End = Literal["start", "end"]

_START = re.compile(r"\b(?:launch(?:es|ed|ing)?|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|commenc(?:e|es|ed|ing)|"
                    r"open(?:s|ed|ing)?|kick(?:s|ed)? off)\b(?!\s+of\b)", re.I)
_END = re.compile(r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|expir(?:e|es|ed|y)|"
                  r"stop(?:s|ped|ping)?|wind(?:s)? down|until when|till when|up to when|"
                  r"(?:open|run|runs|running|live|available)\s+(?:until|till)(?=\s+\d))\b(?!\s+of\b)", re.I)  # ("open until 16/12/2016": its last day)  # ("the end of June" is a day, not an end)


def asked_end(question: str) -> End | None:
    """Which end of a span a "when" question asks for, when it names one end only."""
    start, end = bool(_START.search(question)), bool(_END.search(question))
    return "start" if start and not end else "end" if end and not start else None


def gives_other_end(answer: str, asked: End | None) -> bool:
    """The answer states only the end of the span not asked for ("Public consultation launch (Sept 2018)"
    for "when does the consultation close?")."""
    if asked is None:
        return False
    own, other = (_START, _END) if asked == "start" else (_END, _START)
    return bool(other.search(answer)) and not own.search(answer)


# "by Q4", "no later than Autumn 2017", "until March": a date said to bound the work is its end
_BOUNDED = re.compile(r"\b(?:by|until|till|before|no later than|deadline|due)\s*:?\s*$", re.I)
_COARSE = ("season", "quarter", "half", "year")  # a date spanning months, not a day or a month
# a line saying when something closes: a deadline, responses due, a span's last day ("12 June to 4 September")
_CLOSING_SAID = re.compile(r"\b(?:deadline|responses?|submissions?|returns?|weeks?|days?)\b|\s(?:to|until|till|–|-)\s+\d", re.I)


# What closes on a day: a consultation, a survey, a call for bids ("closing date", "last day to ..."); not
# what is closed by the work ("when will we close the gap?")
CLOSE_ASKED = re.compile(r"\bclos(?:e|es|ing|ed)\b(?!\s+(?:the|our|its|their|this|that|a|an|down)\b)|\blast day\b", re.I)


def period_for_close(answer: str, question: str, own: str = "") -> bool:
    """"When does the stroke consultation close?" answered "Public consultation (Summer 2017)": a
    season, quarter or year given to what runs for a while says when it runs, not the day it closes; so
    does a day or a month with nothing saying anything ends then ("Apr-17: HASU options (public
    consultation)"). A line naming an end ("closes", "by", a deadline, responses due) or running a span
    to its date answers. (Asked when work will be finished, its due quarter is the answer: only what
    closes is asked for its day.) The ends are read in the candidate's `own` text where it has one: a
    start told in the sentence after it ("... it will now start in June 2017") says nothing of a close."""
    if not CLOSE_ASKED.search(question) or _END.search(own or answer) or _START.search(own or answer):
        return False
    found = dates(answer)
    if not found:
        return False
    if normalise(found[0][2]).precision not in _COARSE:  # the date the answer gives leads it
        # a day or a month answers when the line says it ends something or bounds it, or runs a span to it
        return not _CLOSING_SAID.search(answer) and not any(_BOUNDED.search(answer[:start]) for start, _, _ in found)
    return not any(phrase == found[0][2] and _BOUNDED.search(answer[:start]) for start, _, phrase in found)  # "by Q4"


_SPAN_JOIN = re.compile(r"\s*(?:to|until|till|through|–|-)\s*", re.I)


def end_first(answer: str) -> str:
    """An answer led by the first day of a span it states ("1 October 2018: ... from 1 October 2018 to 31
    March 2019"), asked for the span's end: led by the last day instead."""
    lead, sep, rest = answer.partition(": ")
    if not sep or len(lead) > 40:
        return answer
    found = dates(rest)
    for (_, first_end, first), (second_start, _, second) in zip(found, found[1:]):
        if first == lead and _SPAN_JOIN.fullmatch(rest[first_end:second_start]):
            return f"{second}: {rest}"
    return answer
