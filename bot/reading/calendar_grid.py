"""A month laid out as a wall-planner grid: the month and year over the page, a row of weekday names,
then weeks of day cells, each cell its day number and what happens that day ("16 Urgent care
consultation opens"). Read row by row, a cell says only "16": the date is the page's month with it.
Each event becomes a row of a two-column table of its whole date and the item ("16 January 2017 | Urgent
care consultation opens"), as a list of key dates would set it out; the empty days are dropped."""

import calendar
import re

_WEEKDAYS = {d.lower() for d in (*calendar.day_abbr, *calendar.day_name)} | {"tues", "weds", "thur", "thurs"}
_MONTH_YEAR = re.compile(r"\b(" + "|".join(calendar.month_name[1:]) + r")\s+(\d{4})\b", re.IGNORECASE)
_DAY_CELL = re.compile(r"^\s*(\d{1,2})\b[.:]?\s*(.*)$", re.DOTALL)
TITLE_LINES = 3  # the month and year are written over the grid, in its first lines
WEEKDAYS = 5  # a header row naming at least this many days of the week


def dated_calendar(lines: list[str]) -> list[str]:
    """The page's lines with each day cell of a month grid as a dated line; any other page as it is."""
    header = next((k for k, line in enumerate(lines[:TITLE_LINES + 2]) if _weekday_row(line)), None)
    month = next((m for line in lines[:header] for m in [_MONTH_YEAR.search(line)] if m), None) if header else None
    if header is None or month is None:
        return lines
    name, year = month.group(1).capitalize(), month.group(2)
    last = calendar.monthrange(int(year), list(calendar.month_name).index(name))[1]
    out = [*lines[:header], "Date\tItem"]
    for line in lines[header + 1:]:
        cells = [c for c in line.split("\t")]
        days = [m for m in map(_DAY_CELL.match, cells) if m and 1 <= int(m.group(1)) <= last]
        if not days or len(days) < sum(1 for c in cells if c.strip()):
            out.append(line)  # not a week of day cells: a note under the grid
            continue
        out += [f"{int(m.group(1))} {name} {year}\t{' '.join(m.group(2).split())}" for m in days if m.group(2).strip()]
    return out


def _weekday_row(line: str) -> bool:
    words = [w.strip(".,").lower() for w in line.split()]
    return len(words) <= 8 and sum(1 for w in words if w in _WEEKDAYS) >= WEEKDAYS
