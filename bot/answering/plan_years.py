"""A year of the plan named by its place: "the third year of the plan", "the plan's final year", "by the
end of the plan". Staff count a plan's years as its tables lay them out, so the place is read against the
papers' own run of financial-year columns (2016/17 | 2017/18 | ... | 2020/21), and the question is then
asked of that year, which the year rules already answer ("savings in 2018/19")."""

import re
from collections import Counter
from collections.abc import Iterable

# a financial year as table headers write it: "2016/17", "16/17", "2016-17", "2016/2017", "FY17/18"
_FY = re.compile(r"(?<![\d/])(?:FY\s?)?(?:20)?(\d\d)\s?[/-]\s?(?:20)?(\d\d)(?![\d/])", re.IGNORECASE)
MIN_RUN = 3  # fewer year columns than this in a row is a comparison, not a plan's years

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "final": -1, "last": -1}
_PLAN = r"(?:the\s+|this\s+|our\s+)?(?:(?:five|5)[-\s]year\s+)?(?:plan(?:ning)?(?:\s+period)?|table|stp|programme|program|period)"
_ORDINAL = "|".join(_ORDINALS)
# "the third year of the plan", "the final year of the five-year plan", "the plan's last year", "the final year"
_NAMED = re.compile(
    rf"\b(?:the\s+)?(?P<a>{_ORDINAL})\s+(?:year|yr)\s+(?:of|in)\s+{_PLAN}\b"
    rf"|\b(?:the\s+)?(?:plan|stp|programme|table)[’']s\s+(?P<b>{_ORDINAL})\s+(?:year|yr)\b"
    rf"|\bthe\s+(?P<c>final)\s+(?:year|yr)\b"
    rf"|\b(?P<end>the\s+end\s+of\s+{_PLAN})\b", re.IGNORECASE)


def plan_years(headers: Iterable[str]) -> list[str]:
    """The papers' run of plan years: the longest run of consecutive financial years written across one
    table header (ties: the run most headers share), as "2016/17" labels; [] when no header has one."""
    runs: Counter[tuple[int, ...]] = Counter()
    for header in headers:
        starts = [int(m.group(1)) for m in _FY.finditer(header) if (int(m.group(1)) + 1) % 100 == int(m.group(2))]
        run: list[int] = []
        for year in [*starts, None]:
            if year is not None and run and year == run[-1] + 1:
                run.append(year)
                continue
            if len(run) >= MIN_RUN:
                runs[tuple(run)] += 1
            run = [year] if year is not None else []
    if not runs:
        return []
    best = max(runs, key=lambda r: (len(r), runs[r]))
    return [f"20{y:02d}/{(y + 1) % 100:02d}" for y in best]


# The plan's horizon said as a span of time from now: "by the end of the five years", "in five years' time",
# "five years from now" (a plan's span, as staff count it: its run of years, give or take a base year)
_SPAN = re.compile(r"\b(?:the\s+end\s+of\s+the\s+(?P<a>four|five|six|[456])[-\s]years?(?:['’]\s+time)?"
                   r"|(?P<b>four|five|six|[456])\s+years['’]?\s+time|(?P<c>four|five|six|[456])\s+years\s+from\s+now)\b", re.IGNORECASE)
_WORD_COUNTS = {"four": 4, "five": 5, "six": 6}
# ... or by the calendar: "by the end of the decade", "by the early 2020s"
_DECADE_END = re.compile(r"\bthe\s+end\s+of\s+(?:the|this)\s+decade\b", re.IGNORECASE)
_EARLY_DECADE = re.compile(r"\b(?:the\s+)?early\s+(20\d0)['’]?s\b", re.IGNORECASE)
EARLY_YEARS = 4  # "the early 2020s": 2020 to 2023


def named_plan_year(text: str, years: list[str]) -> str:
    """The question with a plan year named by its place written as the year ("in the third year of the
    plan" -> "in 2018/19"); unchanged when the papers give no run of years or the place is beyond it.
    The plan's horizon said as a span ("in five years' time") or by the calendar ("by the end of the
    decade") is its last year, where the run of years reaches that far: the span about as long as the
    run, the calendar's years those the last one starts in."""
    if not years:
        return text
    last = years[-1]
    start = int(last[:4])

    def span(m: re.Match[str]) -> str:
        said = next(g for g in (m.group("a"), m.group("b"), m.group("c")) if g)
        n = _WORD_COUNTS.get(said.lower()) or int(said)
        return last if abs(n - len(years)) <= 1 else m.group(0)

    text = _SPAN.sub(span, text)
    if start % 10 in (9, 0):  # a decade turns in the last year of the run
        text = _DECADE_END.sub(last, text)
    text = _EARLY_DECADE.sub(lambda m: last if 0 <= start - int(m.group(1)) < EARLY_YEARS else m.group(0), text)

    def year(m: re.Match[str]) -> str:
        if m.group("end"):
            return years[-1]
        place = _ORDINALS[(m.group("a") or m.group("b") or m.group("c")).lower()]
        return years[-1] if place == -1 else years[place - 1] if place <= len(years) else m.group(0)

    return _NAMED.sub(year, text)
