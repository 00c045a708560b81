"""A paper named by its month ("the October 2016 plan on a page", "the oct annex", "the February
return"): staff tell drafts and returns apart by when they were issued, and the papers' file names carry
that date ("01_TQ_STP_on_a_Page_v1.3_28Oct2016.pdf", "note_2017-01-09.md"). What the question asks of
"the October plan" is asked of the papers issued that month, not of a later paper that moved its date."""

import re
from collections.abc import Iterable

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?"
# the month, perhaps its year, then within a few words a noun papers are named by
_ASKED = re.compile(rf"\b{_MONTH}\.?\s+(?:(20\d\d|'?\d\d)\s+)?(?:[a-z&/-]+\s+){{0,3}}?"
                    r"(?:plan|plans|annex|paper|return|tracker|submission|update|report|letter|briefing|deck|slides|summary|"
                    r"dashboard|register|version|draft|refresh|note|email|e-mail|pack|case)\b", re.IGNORECASE)
# a file name's date: "28Oct2016", "Oct2016", "Jan_2017", "2017-01-09"
_NAMED_MONTH = re.compile(rf"(?<![a-z]){_MONTH}[-_ ]?(20\d\d|\d\d)?(?![a-z])", re.IGNORECASE)
_ISO = re.compile(r"(?<!\d)(20\d\d)[-_](\d\d)(?:[-_]\d\d)?(?!\d)")


def asked_month(question: str) -> tuple[int, int | None] | None:
    """(month, year or None) of a paper the question names by its month, else None."""
    m = _ASKED.search(question)
    if not m:
        return None
    year = m.group(2)
    if m.group(1).lower() == "may" and not year:
        return None  # ("what may the plan deliver?": the verb)
    return _MONTHS.index(m.group(1).lower()[:3]) + 1, _full_year(year) if year else None


def dated_papers(question: str, file_names: Iterable[str]) -> frozenset[str]:
    """The papers whose file names carry the month (and year) the question names a paper by; none when it
    names none, or when no paper or every paper carries it (then it tells none apart)."""
    asked = asked_month(question)
    if asked is None:
        return frozenset()
    names = list(file_names)
    found = frozenset(n for n in names if any(month == asked[0] and (asked[1] is None or year in (None, asked[1]))
                                              for month, year in file_months(n)))
    return found if 0 < len(found) < len(names) else frozenset()


def file_months(name: str) -> set[tuple[int, int | None]]:
    """The (month, year) a file name dates its paper by."""
    out: set[tuple[int, int | None]] = set()
    for m in _NAMED_MONTH.finditer(name):
        out.add((_MONTHS.index(m.group(1).lower()[:3]) + 1, _full_year(m.group(2)) if m.group(2) else None))
    for m in _ISO.finditer(name):
        if 1 <= int(m.group(2)) <= 12:
            out.add((int(m.group(2)), int(m.group(1))))
    return out


def _full_year(text: str) -> int:
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)
