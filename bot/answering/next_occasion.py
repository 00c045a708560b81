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


def only_stated_next(found: list[Candidate], question: str = "") -> None:
    """Asked when a body next meets, a line giving the date of the next meeting ("The next meeting will
    be held on Thursday 15 October 2026") answers; a line giving some other date, however close its
    words, does not, once such a line is eligible. A line that mentions the next meeting only in
    passing ("... will bring a plan to the next meeting") and leads with another date is no such line.
    Asked for the one after a named occasion ("after the one held on 16 March 2017", "after the March
    one"), a next meeting on or before that day is an earlier one's next."""
    after = asked_after(question)
    if after is not None:
        for candidate in found:
            candidate.eligible = candidate.eligible and not (gives_next(candidate) and _not_after(candidate, after))
    if any(c.eligible and gives_next(c) for c in found):
        for candidate in found:
            candidate.eligible = candidate.eligible and gives_next(candidate)
        if after is not None:  # the one after a named day is the first day after it: a later paper's "next" is later still
            days = {id(c): _lead_day(c) for c in found if c.eligible}
            first = min((d for d in days.values() if d is not None), default=None)
            for candidate in found:
                candidate.eligible = candidate.eligible and (first is None or days.get(id(candidate)) == first)


def _lead_day(candidate: Candidate) -> date | None:
    """The day a candidate leads with, when it leads with a day (a meeting is held on one)."""
    item = candidate.item or next((raw for _, _, raw in types.dates(candidate.answer[:40])), None)
    period = normalise(item) if item else None
    return period.start if period is not None and period.precision == "day" else None


# "after the one held on 16 March 2017", "after the March one", "after its February session", "after 9 February 2017"
_AFTER_DAY = re.compile(r"\bafter\s+(?:the\s+one\s+(?:held\s+)?(?:on|in)\s+|(?:the|its|their|our|that)\s+(?:mid-?\s?)?)?"
                        r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<month>" + _MONTH + r")[a-z]*\.?(?:\s+(?P<year>20\d\d))?\b",
                        re.IGNORECASE)


_MONTH_ALONE = re.compile(r"(" + _MONTH + r"[a-z]*)\.?", re.IGNORECASE)


def asked_after(question: str) -> tuple[int | None, int, int | None] | None:
    """(year, month, day) of the occasion the question asks for the one after, as far as it says them."""
    m = _AFTER_DAY.search(question)
    if m is None:
        return None
    month = _MONTHS.index(m.group("month")[:3].lower()) + 1
    return (int(m.group("year")) if m.group("year") else None, month, int(m.group("day")) if m.group("day") else None)


def _not_after(candidate: Candidate, after: tuple[int | None, int, int | None]) -> bool:
    """The date the candidate leads with is on or before the occasion named: of the same month (on or
    before its day, when the day is given), or earlier, when the year is given too. (Without a year, an
    earlier month may be the next year's.)"""
    item = candidate.item or next((raw for _, _, raw in types.dates(candidate.answer[:40])), None)
    if not item:
        return False
    year, month, day = after
    named = _MONTH_ALONE.fullmatch(item.strip())
    if named:  # "no meeting in February": a month alone, of the year asked about (any, when none is)
        start: date | None = date(year or 2000, _MONTHS.index(named.group(1)[:3].lower()) + 1, 1)
    else:
        start = normalise(item).start
    if start is None:
        return False
    if year is not None and (start.year, start.month) != (year, month):
        return (start.year, start.month) < (year, month)
    return start.month == month and (day is None or start.day <= day) and (year is None or start.year == year)


NEAR = 60  # characters between "the next meeting" and the date given after it ("... will be held on Thursday 15 October")


def gives_next(candidate: Candidate) -> bool:
    """The date the candidate leads with is written within NEAR characters after a phrase stating the next
    occasion: not before it ("the position at 30 September to the next meeting" gives no meeting's date)."""
    text = candidate.answer
    item = candidate.item or next((raw for _, _, raw in types.dates(text[:40])), None)  # a row leads with its date too
    if not item:
        return False  # a text led by no date gives none for the next meeting
    body = text[len(item) + 2:] if text.startswith(f"{item}: ") else text
    if under_next_heading(candidate, item, body):
        return True
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


def under_next_heading(candidate: Candidate, item: str | None = None, body: str | None = None) -> bool:
    """A line opening with its date under a heading stating the next occasion ("9. Date of next meeting" /
    "Thursday 20 April 2017, 14:00, Boardroom"), or after one run in on its line, gives the next one's
    date, as a line saying so does."""
    item = item or candidate.item or next((raw for _, _, raw in types.dates(candidate.answer[:40])), None)
    if not item:
        return False
    body = body if body is not None else (candidate.answer[len(item) + 2:] if candidate.answer.startswith(f"{item}: ") else candidate.answer)
    heading = (candidate.context if isinstance(candidate.context, str) else " ".join(candidate.context[:1])).split(" › ")[-1]
    # (or run in before it on the line: "8. Date of next meeting. Tuesday 11 April 2017, 14:00, Lyndmoor House.")
    run_in = candidate.main[:max(candidate.main.find(item), 0)]
    return bool(NEXT.stated.search(heading) or NEXT.stated.search(run_in)) and body.lstrip().startswith(_starts(body, item))


def _starts(body: str, item: str) -> str:
    """How the line opens when it opens with its date: the date with any weekday before it ("Thursday 20
    April 2017"), else something it cannot open with."""
    m = re.match(rf"\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{re.escape(item)}", body, re.IGNORECASE)
    return m.group(0).lstrip() if m else "\0"
