"""The time window a question asks about, relative to its as-of date ("this month", "Q4", "by now")."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.records.dates import FY, MONTH_YEAR, QUARTER, _month_no, fy_quarter, month_end


@dataclass(frozen=True)
class Window:
    start: date | None
    end: date | None
    label: str


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def window(text: str, as_of: date | None, fy_start: int = 2016) -> Window | None:
    low = text.lower()
    today = as_of or date.today()
    if re.search(r"\b(by now|overdue|should (?:be|have been) (?:done|complete|completed|finished)|so far|already|to date|passed|missed)\b", low):
        return Window(None, today, f"by {today.isoformat()}")
    if re.search(r"\bthis month\b", low):
        start = today.replace(day=1)
        return Window(start, month_end(start.year, start.month), f"in {start:%B %Y}")
    if re.search(r"\bnext month\b", low):
        start = _add_months(today, 1)
        return Window(start, month_end(start.year, start.month), f"in {start:%B %Y}")
    if re.search(r"\blast month\b", low):
        start = _add_months(today, -1)
        return Window(start, month_end(start.year, start.month), f"in {start:%B %Y}")
    m = re.search(r"\bnext (\d{1,2}|two|three|four|six) (weeks|days)\b", low)
    if m:
        n = {"two": 2, "three": 3, "four": 4, "six": 6}.get(m.group(1)) or int(m.group(1))
        days = n * 7 if m.group(2) == "weeks" else n
        return Window(today, today + timedelta(days=days), f"in the next {n} {m.group(2)}")
    if re.search(r"\bthis week\b", low):
        start = today - timedelta(days=today.weekday())
        return Window(start, start + timedelta(days=6), f"in the week of {start.isoformat()}")
    if re.search(r"\bnext week\b", low):
        start = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return Window(start, start + timedelta(days=6), f"in the week of {start.isoformat()}")
    fy = FY.search(text)
    if fy and int(fy.group(3)) == (int(fy.group(2)) + 1) % 100:
        fy_start = 2000 + int(fy.group(2))
    q = QUARTER.search(text)
    if fy and not q:
        start, end = date(fy_start, 4, 1), date(fy_start + 1, 3, 31)
        return Window(start, end, f"in {fy.group(0).strip()}")
    if q:
        start, end = fy_quarter(fy_start, int(q.group(1)))
        return Window(start, end, f"in Qtr {q.group(1)}")
    m = MONTH_YEAR.search(text)
    if m:
        year = int(m.group(2)) + (2000 if len(m.group(2)) == 2 else 0)
        month = _month_no(m.group(1))
        return Window(date(year, month, 1), month_end(year, month), f"in {date(year, month, 1):%B %Y}")
    m = re.search(r"\b(?:in|during|for)\s+(20\d\d)\b", low)
    if m:
        year = int(m.group(1))
        return Window(date(year, 1, 1), date(year, 12, 31), f"in {year}")
    return None


def lands_in(start: date | None, end: date | None, win: Window) -> bool:
    """A milestone lands in a window when its due period ends inside it (a period, not a point)."""
    if end is None:
        return False
    if win.start is None:
        return win.end is not None and end <= win.end
    if win.end is None:
        return end >= win.start
    return win.start <= end <= win.end or (start is not None and start >= win.start and end <= win.end)
