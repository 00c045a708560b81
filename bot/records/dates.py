"""NHS plan date wording -> a normalised period with its precision (the raw words are kept by callers).

Financial years run April to March: in a 2016/17 plan "Qtr 1" is Apr-Jun 2016 and "Qtr 4" is
Jan-Mar 2017; "16/17" is the whole year. "time frame as yet unknown" is unknown, not a date.
"""

import calendar
import re
from datetime import date

from bot.models import Period, Precision

MONTHS = {name: i for i in range(1, 13) for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())}
MONTHS["sept"] = 9
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "season": 2, "year": 3}  # finest first

UNKNOWN = re.compile(r"unknown|\btbc\b|to be confirmed|in development|not yet|tbd|to be agreed", re.I)
QUARTER = re.compile(r"\b(?:q|qtr|otr|quarter)\.?\s*([1-4])\b", re.I)
FY = re.compile(r"\b(20)?(\d\d)\s*/\s*(\d\d)\b")
# "Qtr 1 2017/18", "Q2 of 17/18", "2017/18 Q1": a quarter of a named financial year
QUARTER_OF_FY = re.compile(
    r"\b(?:q|qtr|otr|quarter)\.?\s*([1-4])\s*(?:of\s+)?(?:20)?(\d\d)\s*/\s*(\d\d)\b"
    r"|\b(?:20)?(\d\d)\s*/\s*(\d\d)\s*(?:q|qtr|otr|quarter)\.?\s*([1-4])\b", re.I)
DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?,?\s+(20\d\d)\b", re.I)
# "2027-02-02": the ISO form exports and databases write (year, month, day).
ISO_DATE = re.compile(r"\b(20\d\d)-(\d{2})-(\d{2})\b")
# "21/03/2025", "14/10/16": day first, as UK papers write numeric dates.
# 21/03/2025; and with dots, 28.11.24 or 1.12.24 as UK papers write it (a paragraph number, "3.1.12", writes
# neither its day nor its month with two digits)
NUMERIC_DATE = re.compile(r"(?<![\d.])\b(\d{1,2})/(\d{1,2})/(20\d\d|\d\d)\b|(?<![\d.])\b(?=\d\d|\d\.\d\d)(\d{1,2})\.(\d{1,2})\.(20\d\d|\d\d)\b(?!\.\d)")
MONTH_DAY_YEAR = re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)\b", re.I)
MONTH_YEAR = re.compile(_MONTH + r"\.?[\s'’-]*(20\d\d|\d\d)\b", re.I)
MONTH_ALONE = re.compile(r"\b" + _MONTH + r"\b", re.I)
MONTH_NAME = _MONTH  # a month's name or its abbreviation, as a regex group
SEASON_YEAR = re.compile(r"\b(spring|summer|autumn|winter|fall)\s+(20\d\d)\b", re.I)
YEAR_RANGE = re.compile(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b")
YEAR = re.compile(r"\b(20\d\d)\b")
# The forms trackers and PMO tools export:
# "20170401": a day as one number, year, month, day (never inside a longer figure)
COMPACT_DATE = re.compile(r"(?<![\d.,£$])\b(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b(?![.,]\d)")
# "2017-W49": an ISO week, Monday to Sunday
ISO_WEEK = re.compile(r"\b(20\d\d)-?W(0[1-9]|[1-4]\d|5[0-3])\b")
# "P06 17/18", "M7 2017/18", "Month 9 of 16/17": an NHS financial period, a month counted from April
FY_PERIOD = re.compile(r"\b(?:P|M|Period\s+|Month\s+)(0?[1-9]|1[0-2])\s+(?:of\s+)?(?:20)?(\d\d)\s*/\s*(\d\d)\b", re.I)
# "17/18 H1", "H2 of 2017/18": a half of a financial year (H1 April to September)
FY_HALF = re.compile(r"\b(?:20)?(\d\d)\s*/\s*(\d\d)\s*H([12])\b|\bH([12])\s*(?:of\s+)?(?:20)?(\d\d)\s*/\s*(\d\d)\b", re.I)
# "Winter 17/18": the winter spanning the turn of the two years written
WINTER_OF_FY = re.compile(r"\bwinter\s+(?:20)?(\d\d)\s*/\s*(\d\d)\b", re.I)
# "FY17/18": the financial year's prefix, glued on, dropped so that the year itself is read
_FY_PREFIX = re.compile(r"\bFY\s*(?=(?:20)?\d\d\s*/\s*\d\d\b)", re.I)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def fy_quarter(fy_start: int, quarter: int) -> tuple[date, date]:
    """Quarter 1..4 of the financial year starting April `fy_start`."""
    first_month = 4 + 3 * (quarter - 1)
    year = fy_start + (first_month - 1) // 12
    month = (first_month - 1) % 12 + 1
    end_month = month + 2
    return date(year, month, 1), month_end(year, end_month)


def fy_year(fy_start: int) -> tuple[date, date]:
    return date(fy_start, 4, 1), date(fy_start + 1, 3, 31)


def month_number(word: str) -> int:
    """"Sept", "September", "sep" -> 9."""
    return _month_no(word)


def _month_no(word: str) -> int:
    return MONTHS[word.lower()[:4].rstrip(".") if word.lower()[:4] == "sept" else word.lower()[:3]]


def _year(text: str) -> int:
    n = int(text)
    return n + 2000 if n < 100 else n


# An arrow from a date to a date says the first moved to the second ("Mar 2017 → Oct 2017", "Q2 -> Q3")
MOVED_ARROW = re.compile(r"\s*(?:→|⟶|⇒|->|=>)\s*")


def normalise(raw: str, fy_start: int = 2016) -> Period:
    """Every date the wording names, merged into one (start, end) span with its coarsest precision."""
    text = _FY_PREFIX.sub("", " ".join(raw.split()))
    moved = MOVED_ARROW.split(text)
    if len(moved) > 1 and moved[-1].strip():  # "Mar 2017 → Oct 2017": was, then now; the date is where it moved to
        now = normalise(moved[-1], fy_start)
        if now.precision != "unknown":
            return now
    if not text or (UNKNOWN.search(text) and not YEAR.search(text)):
        return Period(precision="unknown")
    spans: list[tuple[date, date, Precision]] = []
    taken: list[tuple[int, int]] = []
    said_years: list[int] = []  # the financial years its quarters are written with ("Q2-Q3 2018/19": Q2 is 2018/19's too)

    def free(m: re.Match[str]) -> bool:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return False
        taken.append((m.start(), m.end()))
        return True

    for start, end, precision in _exported_forms(text, free):
        spans.append((start, end, precision))
    for m in QUARTER_OF_FY.finditer(text):
        quarter, a, b = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(4), m.group(5))
        if int(b) == (int(a) + 1) % 100 and free(m):
            start, end = fy_quarter(2000 + int(a), int(quarter))
            spans.append((start, end, "quarter"))
            said_years.append(2000 + int(a))
    for m in ISO_DATE.finditer(text):
        if free(m):
            d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                spans.append((d, d, "day"))
    for m in NUMERIC_DATE.finditer(text):
        if free(m):
            day, month, year = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
            d = _safe_date(_year(year), int(month), int(day))
            if d:
                spans.append((d, d, "day"))
    for m in DAY_MONTH_YEAR.finditer(text):
        if free(m):
            d = _safe_date(int(m.group(3)), _month_no(m.group(2)), int(m.group(1)))
            if d:
                spans.append((d, d, "day"))
    for m in MONTH_DAY_YEAR.finditer(text):
        if free(m):
            d = _safe_date(int(m.group(3)), _month_no(m.group(1)), int(m.group(2)))
            if d:
                spans.append((d, d, "day"))
    for m in SEASON_YEAR.finditer(text):
        if free(m):
            first, last = SEASONS[m.group(1).lower()]
            year = int(m.group(2))
            spans.append((date(year, first, 1), month_end(year + (1 if last < first else 0), last), "season"))
    for m in FY.finditer(text):
        a, b = int(m.group(2)), int(m.group(3))
        if b == (a + 1) % 100 and free(m):
            start, end = fy_year(2000 + a)
            spans.append((start, end, "year"))
    for m in MONTH_YEAR.finditer(text):
        if free(m):
            year, month = _year(m.group(2)), _month_no(m.group(1))
            spans.append((date(year, month, 1), month_end(year, month), "month"))
    for m in QUARTER.finditer(text):
        if free(m):
            start, end = fy_quarter(said_years[0] if said_years else fy_start, int(m.group(1)))
            spans.append((start, end, "quarter"))
    for m in YEAR_RANGE.finditer(text):
        if free(m):
            spans.append((date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31), "year"))
    for m in YEAR.finditer(text):
        if free(m):
            year = int(m.group(1))
            spans.append((date(year, 1, 1), date(year, 12, 31), "year"))
    # A month with no year of its own ("Jan - March 2017") takes the year of the nearest dated span.
    if spans:
        for m in MONTH_ALONE.finditer(text):
            if free(m):
                year = min(spans, key=lambda s: s[0]).__getitem__(0).year
                month = _month_no(m.group(1))
                spans.append((date(year, month, 1), month_end(year, month), "month"))
    if not spans:
        return Period(precision="unknown")
    start = min(s[0] for s in spans)
    end = max(s[1] for s in spans)
    precision = max((s[2] for s in spans), key=PRECISION_RANK.__getitem__)
    return Period(start=start, end=end, precision=precision)


def _exported_forms(text: str, free) -> list[tuple[date, date, Precision]]:
    """The spans of the forms trackers export (COMPACT_DATE, ISO_WEEK, FY_PERIOD, FY_HALF, WINTER_OF_FY)."""
    spans: list[tuple[date, date, Precision]] = []
    for m in COMPACT_DATE.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and free(m):
            spans.append((d, d, "day"))
    for m in ISO_WEEK.finditer(text):
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            continue
        if free(m):
            spans.append((monday, date.fromordinal(monday.toordinal() + 6), "day"))
    for m in FY_PERIOD.finditer(text):
        a, b = int(m.group(2)), int(m.group(3))
        if b == (a + 1) % 100 and free(m):
            month = (int(m.group(1)) + 2) % 12 + 1  # period 1 is April
            year = 2000 + a + (1 if month <= 3 else 0)
            spans.append((date(year, month, 1), month_end(year, month), "month"))
    for m in FY_HALF.finditer(text):
        a, b, half = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(6), m.group(4))
        if int(b) == (int(a) + 1) % 100 and free(m):
            first = 2000 + int(a)
            spans.append((date(first, 4, 1), date(first, 9, 30), "quarter") if half == "1"
                         else (date(first, 10, 1), date(first + 1, 3, 31), "quarter"))
    for m in WINTER_OF_FY.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if b == (a + 1) % 100 and free(m):
            spans.append((date(2000 + a, 12, 1), month_end(2000 + b, 2), "season"))
    return spans


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def plan_fy_start(text: str, default: int = 2016) -> int:
    """The financial year a plan's quarters belong to ("Initiatives ... in 2016/17" -> 2016)."""
    m = FY.search(text)
    if m:
        a, b = int(m.group(2)), int(m.group(3))
        if b == (a + 1) % 100:
            return 2000 + a
    return default


_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?![\s,]+(?:20)?\d\d\b)", re.I)
_MONTH_ONLY = re.compile(r"\b(?:(?:early|mid|late|end of|by end of|end)[\s-]+)?" + _MONTH + r"\b(?![\s'’-]*(?:20)?\d\d\b)", re.I)


def normalise_near(raw: str, paper_day: date | None, fy_start: int = 2016) -> Period:
    """As normalise, but a day or month written without its year ("Friday 21 November", "end of
    January") is the next one on or after the date the paper itself bears."""
    period = normalise(raw, fy_start)
    if period.precision != "unknown" and YEAR.search(raw) or paper_day is None:
        return period
    m = _DAY_MONTH.search(raw)
    if m:
        month, day = _month_no(m.group(2)), int(m.group(1))
        year = paper_day.year + (1 if (month, day) < (paper_day.month, paper_day.day) else 0)
        found = _safe_date(year, month, day)
        return Period(start=found, end=found, precision="day") if found else period
    m = _MONTH_ONLY.search(raw)
    if m:
        month = _month_no(m.group(1))
        year = paper_day.year + (1 if month < paper_day.month else 0)
        return Period(start=date(year, month, 1), end=month_end(year, month), precision="month")
    return period


def paper_day(text: str) -> date | None:
    """The day a paper's title or heading gives it ("... (4 November 2025)")."""
    m = DAY_MONTH_YEAR.search(text)
    return _safe_date(int(m.group(3)), _month_no(m.group(2)), int(m.group(1))) if m else None


_FILE_DAY = re.compile(r"(?<!\d)(20\d\d)-(\d\d)(?:-(\d\d))?(?!\d)")
# "..._Submission_21Oct2016.pdf", "..._Plans_Jan2017.pdf": a day and a month's short name run into the year
_FILE_MONTH_DAY = re.compile(r"(?<![A-Za-z0-9])(\d{1,2})?(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*[-_ ]?(20\d\d)(?!\d)", re.I)


def paper_date(title: str, file_name: str = "") -> date | None:
    """The day a paper is of, as near as it says: its title's day ("ICB Board 28 November 2024"), else its
    title's month ("Programmes on a page (October 2024)": the 1st), else its file name's ISO date
    ("..._export_2025-01-10.csv")."""
    found = paper_day(title)
    if found:
        return found
    m = MONTH_YEAR.search(title)
    if m and len(m.group(2)) == 4:
        return date(int(m.group(2)), _month_no(m.group(1)), 1)
    m = _FILE_DAY.search(file_name)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    m = _FILE_MONTH_DAY.search(file_name)
    return _safe_date(int(m.group(3)), _month_no(m.group(2)), int(m.group(1) or 1)) if m else None


_REVISED = re.compile(r"\b(?:revised|new|rescheduled|re-?planned|moved)\b(?:\s+(?:due|target|go-live|completion|end))?"
                      r"(?:\s+date)?\s*(?:to|of|is|now|:|-|–)?\s*", re.I)
_DATE_AT_START = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4}|"
                            r"(?:end of\s+)?[A-Z][a-z]{2,8}[- ]\d{2,4}|Q[1-4]\s+\d{4}/\d{2})")


def revised_date(texts: list[str]) -> str | None:
    """A row that says its date has moved ("OVERDUE - revised due date 16/01/2026 agreed"; "New date
    to be agreed" has none): the new date, which is when the work is now due."""
    for text in texts:
        for m in _REVISED.finditer(text):
            found = _DATE_AT_START.match(text[m.end(): m.end() + 30])
            if found:
                return found.group(0)
    return None


# "Q4 16/17 1", "Winter 2017/18 3": a footnote's marker after a date, read onto the line beside it
_MARKED = re.compile(r"^(.*\S)\s+([1-9])$")


def without_marker(raw: str, fy_start: int) -> str:
    """A due date without the footnote marker after it: a lone digit after a whole date adds nothing to
    it (the same period either way), so it is the marker of a note at the page's foot, not the date's."""
    m = _MARKED.match(raw.strip())
    if not m:
        return raw
    head = normalise(m.group(1), fy_start)
    return m.group(1) if head.precision != "unknown" and head == normalise(raw, fy_start) else raw
