"""Asked when something next happens, answered by the line naming the next one.

"When do the board members next get together after October?" and "when's the next SRO group?" ask
for the next occasion; minutes say so outright ("The next meeting of the Board will be held on
Wednesday 21 November 2018"), where a schedule or a plan gives many dates that only might be it."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answering import types
from bot.answering.form_cues import Cue
from bot.records.dates import normalise

if TYPE_CHECKING:
    from bot.answering.candidates import Candidate

# "next meet", "next get together", "the next meeting/session/board", "when is the board next"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_AFTER_ONE = r"\bafter\s+(?:the|its|their|our|that)\s+[^?]{0,24}?\b(?:one|meeting|session|sitting)\b"
_ASKS_NEXT = re.compile(rf"\bnext\b|{_AFTER_ONE}", re.IGNORECASE)
_STATES_NEXT = re.compile(r"\bnext\s+(?:\w+\s+){0,2}?(?:meeting|meetings|session|sessions|workshop|event|gathering|get-together|"
                          r"board|committee|group|forum|summit)\b|\b(?:will|is to|are to|shall)\s+next\s+(?:meet|sit|convene|be held)\b|"
                          r"\bnext\s+(?:meets|sits|convenes)\b|\b(?:meet|meets|sit|sits|convene|convenes|reconvene|reconvenes)\s+again\b|"
                          # a schedule: "Dates of future meetings: ...", "forthcoming meeting dates", read against the day asked
                          r"\bdates?\s+of\s+(?:future|forthcoming|upcoming|next)\s+meetings\b|"
                          r"\b(?:future|forthcoming|upcoming)\s+meeting(?:s|\s+dates)\b|"
                          # "PB meetings in 2018 are on the last Thursday: 25 January, 29 March, ...": a year's schedule
                          r"\bmeetings\s+(?:in\s+(?:20\d\d|\d\d/\d\d)\s+)?(?:are|will\s+be)\s+(?:held\s+)?(?:on|at)\b",
                          re.IGNORECASE)

NEXT = Cue("date", _ASKS_NEXT, _STATES_NEXT)

# The next occasion of a meeting asked, not what falls due next ("next month", "next quarter")
_ASKS_OCCASION = re.compile(r"\bnext\s+(?:[\w&'-]+\s+){0,4}?(?:meeting|meetings|session|board|committee|group|forum|workshop|"
                            r"gathering|summit|meet|meets|sit|sits|convene|convenes|get together|gets together)\b|"
                            r"\b(?:meet|meets|sit|sits|convene|convenes|get together|gets together)\s+(?:\w+\s+){0,2}?(?:again|next)\b|"
                            # "the next STB after the 13 Nov one": the next of a series of occasions
                            r"\bnext\s+(?:[\w&'-]+\s+){1,3}after\s+(?:the\s+)?[^?]{0,24}?\bone\b|"
                            # "when's the PDB after the March one?", "meet again after its March session": the one after it
                            rf"\b(?:meeting|board|committee|group|forum|session|brd|meet|meets|sit|sits|gather|get together)\b[^?]{{0,30}}{_AFTER_ONE}|"
                            # "when's the PDB after the march one?": the one after a dated occasion
                            rf"\bwhen\b[^?]{{0,40}}\bafter\s+(?:the|its|their|our|that)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:mid-?\s?)?{_MONTH}[a-z]*\s+(?:one|meeting|session|sitting)\b",
                            re.IGNORECASE)


def asks_occasion(question: str) -> bool:
    return bool(_ASKS_OCCASION.search(question))


def only_stated_next(found: list[Candidate]) -> None:
    """Asked when a body next meets, a line giving the date of the next meeting ("The next meeting will
    be held on Thursday 15 October 2026") answers; a line giving some other date, however close its
    words, does not, once such a line is eligible. A line that mentions the next meeting only in
    passing ("... will bring a plan to the next meeting") and leads with another date is no such line."""
    if any(c.eligible and gives_next(c) for c in found):
        for candidate in found:
            candidate.eligible = candidate.eligible and gives_next(candidate)


NEAR = 60  # characters between "the next meeting" and the date given after it ("... will be held on Thursday 15 October")


def gives_next(candidate: Candidate) -> bool:
    """The date the candidate leads with is written within NEAR characters after a phrase stating the next
    occasion: not before it ("the position at 30 September to the next meeting" gives no meeting's date)."""
    text = candidate.answer
    item = candidate.item or next((raw for _, _, raw in types.dates(text[:40])), None)  # a row leads with its date too
    if not item:
        return False  # a text led by no date gives none for the next meeting
    body = text[len(item) + 2:] if text.startswith(f"{item}: ") else text
    dated = [m.start() for m in re.finditer(re.escape(item), body)]
    return any(0 <= at - m.end() <= NEAR for m in NEXT.stated.finditer(body) for at in dated)


def first_after(text: str, as_of: date) -> str | None:
    """The first date a line stating the next occasions gives on or after the day asked: of "12 December
    2017, 9 January 2018 and 13 February 2018" asked on 20 December, 9 January 2018. A year alone ("meetings
    in 2018 are on ...") is the schedule's, no occasion."""
    found = [(period.start, raw) for _, _, raw in types.dates(text)
             if (period := normalise(raw)).start is not None and period.start >= as_of and period.precision != "year"]
    found += [(day, raw) for day, raw in listed_days(text) if day >= as_of]
    return min(found)[1] if found else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+((?:" + "|".join(_MONTHS) + r")[a-z]*)\.?(?:\s+(20\d\d))?", re.IGNORECASE)


def listed_days(text: str) -> list[tuple[date, str]]:
    """Days of a list that writes its year once, after the last ("25 January, 29 March, 31 May and 26
    July 2018"): each day without a year of its own, with the year written after it."""
    items = list(_DAY_MONTH.finditer(text))
    out = []
    for k, m in enumerate(items):
        if m.group(3):
            continue  # its own year: read as any date is
        year = next((later.group(3) for later in items[k + 1:] if later.group(3)), None)
        if year is None:
            continue
        try:
            day = date(int(year), _MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
        except ValueError:
            continue
        out.append((day, f"{int(m.group(1))} {m.group(2)} {year}"))
    return out
