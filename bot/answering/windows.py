"""The time window a question asks about, relative to its as-of date ("this month", "Q4", "by now").

Quarters are NHS financial-year quarters (Q1 = Apr-Jun). A quarter named without its year ("what's
due in Q4?") means that quarter of each plan's own year, so the window carries the quarter and
each record resolves it against the year its plan covers."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.answering.spelling import distance_one
from bot.answering.types import dates
from bot.records.dates import FY, MONTH_YEAR, MONTHS, QUARTER, SEASON_YEAR, SEASONS, _month_no, fy_quarter, month_end, normalise


@dataclass(frozen=True)
class Window:
    start: date | None
    end: date | None
    label: str
    quarter: int | None = None  # a quarter of each plan's own year, when no year was named
    relative: bool = False  # set against today ("next month"), not a period named outright
    soonest: bool = False  # "what falls due next?": what is due from today, the soonest first, whatever else is asked

    def for_plan(self, fy_start: int | None) -> "Window":
        """This window in a plan whose financial year starts in April of `fy_start`."""
        if self.quarter is None or fy_start is None:
            return self
        start, end = fy_quarter(fy_start, self.quarter)
        return Window(start, end, self.label)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_window(first: date, relative: bool = False) -> Window:
    return Window(first, month_end(first.year, first.month), f"in {first:%B %Y}", relative=relative)


def _fy_quarter_of(day: date) -> tuple[int, int]:
    """(financial year start, quarter 1-4) that a day falls in."""
    fy = day.year if day.month >= 4 else day.year - 1
    return fy, (day.month - 4) % 12 // 3 + 1


_DONE_BY_NOW = re.compile(r"\b(by now|overdue|slipped|should (?:be|have been|have) (?:done|complete|completed|finished|delivered|met|happened)|"
                          r"so far|already|to date|by today|as of today|passed|missed|past (?:its|their|the) (?:deadline|(?:due|review|target|end) dates?)|gone past)\b")
# "the month after this one", "the quarter before this": a step from the current period, said in words.
_AFTER_THIS = re.compile(r"\b(month|quarter) (after|before) (?:this|the current)(?: one)?\b")
_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "twelve": 12, "few": 4, "couple of": 2}


def count_words(label: str) -> frozenset[str]:
    """The words that can say a window's count of periods ("in the next two months", "the next few
    weeks"): the window's own words, never what the question is about."""
    m = re.search(r"\bnext (\d{1,2}) ", label)
    if not m:
        return frozenset()
    return frozenset(w for phrase, n in _FEW.items() if n == int(m.group(1)) for w in phrase.split() if w != "of")


# "the next 6 wks", "next three mths", "the next fortnight": a count of periods as staff type it
_COUNTED = re.compile(r"\b(\d{1,2}|" + "|".join(_FEW) + r")\s+([a-z]+)\b")


# "According to the March 2026 board paper, when is the next meeting?": the month names which paper is
# meant; when the question asks for a date, it is not when the answer falls.
_DATED_PAPER = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+(?:\d{4}|'?\d{2})\s+"
                          r"(?:[a-z&'-]+\s+){0,3}?(?:paper|papers|report|update|briefing|minutes|bulletin|newsletter|letter|"
                          r"memo|deck|draft|version|agenda)\b", re.I)


def asked_window(text: str, as_of: date | None, date_asked: bool) -> Window | None:
    """The question's window of time; a paper's month does not bound the date a question asks for."""
    return window(_DATED_PAPER.sub(" ", text) if date_asked else text, as_of)


_PERIOD_WORDS = ("week", "month", "quarter", "year")
_PERIOD_SHORT = {"wk": "week", "wks": "weeks", "mth": "month", "mths": "months", "mnth": "month", "qtr": "quarter",
                 "qtrs": "quarters", "yr": "year", "yrs": "years"}
_AFTER_WHICH = re.compile(r"\b(this|next|last|current|coming)\s+([a-z]+)\b")


def _period_word(word: str) -> str:
    """A period after "this/next/last" as staff type it: shorthand ("qtr", "wk") or one slip of a
    key ("wek", "mnoth") read as the period meant."""
    if word in _PERIOD_SHORT:
        return _PERIOD_SHORT[word]
    if len(word) < 3 or word.rstrip("s") in _PERIOD_WORDS:
        return word
    stem, plural = (word[:-1], "s") if word.endswith("s") else (word, "")
    for period in _PERIOD_WORDS:
        if distance_one(word, period):
            return period
        if plural and distance_one(stem, period):
            return period + plural
    return word


# What falls due next: the work, not the next meeting ("when is the next board?" names a date of its own).
_NEXT_DUE = re.compile(r"\bdue next\b|\bnext (?:milestones?|deliverables?|deadlines?)\b|\bwhat'?s next\b|\bvery next\b")
NEXT_DAYS = 366  # how far ahead the next item is looked for


def _asking(low: str) -> str:
    """The sentences that ask, when a told one comes first ("One of our HCAs missed the first intake.
    When does the next one begin?"): what the asker says happened is no window of its own."""
    asked = [s for s in re.split(r"(?<=[.?!])\s+", low) if s.rstrip().endswith("?")]
    return " ".join(asked) if asked else low


def window(text: str, as_of: date | None) -> Window | None:
    low = _AFTER_WHICH.sub(lambda m: f"{m.group(1)} {_period_word(m.group(2))}", text.lower())
    today = as_of or date.today()
    if _DONE_BY_NOW.search(_asking(low)):
        return Window(None, today, f"by {today.isoformat()}", relative=True)
    point = _until_point(low, today)
    if point:
        return point
    m = re.search(r"\bbefore (" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\s*(?:starts|begins|is out)?", low)
    if m and not re.search(r"\d", low[m.end(): m.end() + 6]):
        month = MONTHS[m.group(1)]
        year = today.year + (1 if month < today.month else 0)
        return Window(today, date(year, month, 1) - timedelta(days=1), f"before {date(year, month, 1):%B %Y}", relative=True)
    step = _AFTER_THIS.search(low)
    if step:
        low = low.replace(step.group(0), f"{'next' if step.group(2) == 'after' else 'last'} {step.group(1)}")
    low = _WE_ARE_IN.sub(lambda m: f"this {'quarter' if m.group(1) or m.group(2) else 'month'}", low)
    if re.search(r"\b(this|current) (?:calendar )?month\b|\bbefore (?:the|this) month is out\b|\bend of (?:the|this) month\b|"
                 r"\b(?:before|by) (?:the )?month[- ]end\b", low):
        return _month_window(today.replace(day=1), relative=True)
    if re.search(r"\b(?:next|coming) (?:calendar )?month\b|\bthe month ahead\b", low):  # "in the coming calendar month"
        return _month_window(_add_months(today, 1), relative=True)
    if re.search(r"\blast month\b", low):
        return _month_window(_add_months(today, -1), relative=True)
    low = re.sub(r"\b(?:before|by) (?:the )?quarter[- ]end\b", "this quarter", low)
    m = re.search(r"\b(?:this|current|next|last|coming) quarter\b", low)
    if m:
        fy, quarter = _fy_quarter_of(today)
        step = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}[m.group(0).split()[0]]
        quarter += step
        fy, quarter = fy + (quarter - 1) // 4, (quarter - 1) % 4 + 1
        start, end = fy_quarter(fy, quarter)
        return Window(start, end, f"in Qtr {quarter} {fy}/{(fy + 1) % 100:02d}", relative=True)
    if _YEAR_END.search(low):  # "before the financial year closes": from today to 31 March
        fy, _ = _fy_quarter_of(today)
        return Window(today, date(fy + 1, 3, 31), f"by the end of {fy}/{(fy + 1) % 100:02d}", relative=True)
    low = _COUNTED.sub(lambda m: f"{m.group(1)} {_period_word(m.group(2))}", re.sub(r"\bnext fortnight\b", "next 2 weeks", low))
    m = re.search(r"\bnext (\d{1,2}|" + "|".join(_FEW) + r") (weeks|days|months)\b", low)
    if m:
        n = _FEW.get(m.group(1)) or int(m.group(1))
        if m.group(2) == "months":  # "in the next two months": from today to the same day two months on
            first = _add_months(today, n)
            end = first.replace(day=min(today.day, month_end(first.year, first.month).day))
            return Window(today, end, f"in the next {n} months", relative=True)
        days = n * 7 if m.group(2) == "weeks" else n
        return Window(today, today + timedelta(days=days), f"in the next {n} {m.group(2)}", relative=True)
    if re.search(r"\bthis week\b", low):
        start = today - timedelta(days=today.weekday())
        return Window(start, start + timedelta(days=6), f"in the week of {start.isoformat()}", relative=True)
    if re.search(r"\b(?:next|coming) week\b", low):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return Window(start, start + timedelta(days=6), f"in the week of {start.isoformat()}", relative=True)
    if _NEXT_DUE.search(low):  # "which milestone falls due next?": what is due from today, the soonest first
        return Window(today, today + timedelta(days=NEXT_DAYS), f"next after {today.day} {today:%B %Y}", relative=True, soonest=True)
    if re.search(r"\b(?:coming up|upcoming|on the horizon)\b", _MENTIONED.sub(" ", low)):
        return Window(today, today + timedelta(days=28), "in the next 4 weeks", relative=True)
    return _after_date(low) or named_period(text)


# A period named by being the one we are in: "the three months we're in now", "the current three months",
# "the month we're in" (the quarter, the month).
_WE_ARE_IN = re.compile(r"\b(?:the )?(?:(?:current|present) (three months)|(?:(three months|quarter)|month) (?:that )?(?:we['’]?re|we are) (?:in|now in))\b(?: now)?")

# A point ahead that work is asked to be done before: "between now and Christmas", "before the start of
# July", "between now and early June", "before the end of this calendar year". (A month named alone after
# "before" is the rule after this one; a month with its year is `_after_date`'s.)
_POINT = re.compile(r"\b(?:between now and|before|ahead of|in time for)\s+(?:the\s+)?(?:(?P<christmas>christmas|xmas)\b|"
                    r"end of (?:this|the) calendar year\b|"
                    r"(?P<part>early|mid|middle of|late|start of|beginning of|end of)?\s*-?\s*(?P<month>"
                    + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\s*'?\d))")
_PART_DAY = {"early": 10, "mid": 15, "middle of": 15}


def _until_point(low: str, today: date) -> Window | None:
    """From today to a point ahead the question names by its place in the year, not by a date: Christmas
    (December's end, as work "before Christmas" is dated by the month), a calendar year's end, or part of
    a month (early: to the 10th; mid: to the 15th; late or the end of it: its last day; its start: the day
    before it). Only a month with such a part, or after "between now and", is such a point: "before June"
    alone is the next rule's."""
    m = _POINT.search(low)
    if m is None:
        return None
    if m.group("christmas") or m.group("month") is None:
        end = date(today.year, 12, 31)
        return Window(today, end, f"by Christmas {end.year} (the end of December)" if m.group("christmas") else f"by the end of {end.year}", relative=True)
    part = m.group("part")
    if part is None and not m.group(0).startswith("between"):
        return None
    month = MONTHS[m.group("month")]
    year = today.year + (1 if month < today.month else 0)
    if part in ("start of", "beginning of"):
        return Window(today, date(year, month, 1) - timedelta(days=1), f"before {date(year, month, 1):%B %Y}", relative=True)
    if part in _PART_DAY:
        end = date(year, month, _PART_DAY[part])
        return Window(today, end, f"by {end.day} {end:%B %Y}", relative=True)
    end = month_end(year, month)
    return Window(today, end, f"by the end of {end:%B %Y}", relative=True)


# "Keeps coming up in the UEC papers", "it came up at the board": a word mentioned, no time ahead.
_MENTIONED = re.compile(r"\b(?:keeps?|kept|keeping|always|often|came|comes)\s+(?:\w+\s+)?coming up\b|\b(?:keeps?|kept|came|comes)\s+up\b|"
                        r"\bcoming up\s+(?:in|at|on|during)\s+(?:the\s+|our\s+|a\s+|all\s+)?(?:\w+\s+)?"
                        r"(?:papers?|meetings?|minutes|reports?|discussions?|conversations?|documents?)\b")


# The (financial) year's end, as staff say it: "before the financial year closes", "by year end".
_YEAR_END = re.compile(r"\b(?:before|by) (?:the |this )?(?:financial )?year(?:[- ]end| closes| ends| is out)\b|"
                       r"\b(?:before|by) the end of (?:the |this )(?:financial )?year\b")


_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# (between the side and the day, words saying which occasion: "after the one held on 16 March 2017",
# "following the meeting of 9 May 2018")
OCCASION = r"(?:(?:the|their|our|its|one|meeting|session|held|on|of)\s+){0,4}"
_AFTER_DATE = re.compile(rf"\b(?P<side>after|following|before|prior to)\s+{OCCASION}"
                         rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTH_WORD})\.?\s+(?P<year>20\d\d)\b")


def _after_date(low: str) -> Window | None:
    """"The next meeting after 17 October 2018", "after their October 2018 meeting", "due before March
    2019": what comes after (or before) a day or month the question names, not the month it names."""
    m = _AFTER_DATE.search(low)
    if not m:
        return None
    year, month = int(m.group("year")), MONTHS[m.group("month")]
    day = int(m.group("day")) if m.group("day") and int(m.group("day")) <= month_end(year, month).day else None
    said = f"{day} {date(year, month, 1):%B %Y}" if day else f"{date(year, month, 1):%B %Y}"
    if m.group("side") in ("before", "prior to"):
        first = date(year, month, day or 1)
        return Window(None, first - timedelta(days=1), f"before {said}")
    start = (date(year, month, day) if day else month_end(year, month)) + timedelta(days=1)
    return Window(start, start + timedelta(days=NEXT_DAYS), f"after {said}")


FY_SAID = re.compile(r"\b(?:financial|fiscal) year (?:(starting|beginning|from)|(ending|to)) (?:(?:in|on) )?(?:\d{1,2}(?:st|nd|rd|th)? )?"
                      r"(?:april|march|apr|mar)?\s*(20\d\d)\b", re.IGNORECASE)


# "the year from April 2018", "the twelve months to March 2019": a year that starts in April or ends in
# March is the financial year, whether or not the question says "financial".
FY_BY_MONTH = re.compile(r"\b(?:year|twelve months|12 months) (?:(starting|beginning|from|commencing)(?: in| on)? (?:1(?:st)? )?(?:april|apr)"
                         r"|(ending|to|until)(?: in| on)? (?:31(?:st)? )?(?:march|mar)) (20\d\d)\b", re.IGNORECASE)


_MONTH_SPAN = re.compile(rf"\b({_MONTH_WORD})\.?\s*(?:and|to|until|till|-|–)\s*({_MONTH_WORD})\.?,?\s+(20\d\d|'?\d\d)\b", re.I)


def named_period(text: str) -> Window | None:
    """A period the question names outright: "Q3", "Qtr 4 2016/17", "2017/18", "Jan 2017", "in 2017",
    "the financial year starting April 2026" (that is 2026/27, not April)."""
    said = FY_SAID.search(text) or FY_BY_MONTH.search(text)
    if said:
        start = int(said.group(3)) - (1 if said.group(2) else 0)
        return Window(date(start, 4, 1), date(start + 1, 3, 31), f"in {start}/{(start + 1) % 100:02d}")
    fy = FY.search(text)
    fy_start = 2000 + int(fy.group(2)) if fy and int(fy.group(3)) == (int(fy.group(2)) + 1) % 100 else None
    q = QUARTER.search(text)
    if q:
        if fy_start is None:
            return Window(None, None, f"in Qtr {q.group(1)}", quarter=int(q.group(1)))
        start, end = fy_quarter(fy_start, int(q.group(1)))
        return Window(start, end, f"in Qtr {q.group(1)} {fy_start}/{(fy_start + 1) % 100:02d}")
    if fy_start is not None:
        return Window(date(fy_start, 4, 1), date(fy_start + 1, 3, 31), f"in {fy.group(0).strip()}")
    m = _MONTH_SPAN.search(text)
    if m:  # "between January and March 2027": every month of the span (one running over New Year starts the year before)
        year = int(m.group(3).lstrip("'")) % 100 + 2000
        first, last = _month_no(m.group(1)), _month_no(m.group(2))
        start = date(year - (first > last), first, 1)
        return Window(start, month_end(year, last), f"from {start:%B %Y} to {date(year, last, 1):%B %Y}")
    m = MONTH_YEAR.search(text)
    if m:
        year = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
        return _month_window(date(year, _month_no(m.group(1)), 1))
    m = SEASON_YEAR.search(text)
    if m:  # "summer 2019": the season's months of that year (winter runs into the next)
        first, last = SEASONS[m.group(1).lower()]
        year = int(m.group(2))
        return Window(date(year, first, 1), month_end(year + (last < first), last), f"in {m.group(0).lower()}")
    m = re.search(r"\b(?:in|during|for)\s+(20\d\d)\b", text.lower())
    if m:
        year = int(m.group(1))
        return Window(date(year, 1, 1), date(year, 12, 31), f"in {year}")
    return None


def lands_in(start: date | None, end: date | None, win: Window) -> bool:
    """A milestone lands in a window when its due period ends inside it (a period, not a point)."""
    if end is None or (win.start is None and win.end is None):
        return False
    if win.start is None:
        return win.end is not None and end <= win.end
    if win.end is None:
        return end >= win.start
    return win.start <= end <= win.end or (start is not None and start >= win.start and end <= win.end)


def dated_within(text: str, win: Window, fy_start: int | None = None) -> bool:
    """The text gives a date inside a window of days asked ("this month", "next quarter"): a line saying
    what falls due then, though no table lists it ("Corvell & Saltleigh lane: crisis café opens 26/03/18").
    Never for a window open at one end ("overdue"): a past date alone says nothing of being outstanding."""
    placed = win.for_plan(fy_start)
    if placed.start is None or placed.end is None:
        return False
    for _, _, phrase in dates(text):
        period = normalise(phrase)
        if period.precision in ("day", "month") and lands_in(period.start, period.end, placed):
            return True
    return False

