"""Dates written over several columns: a tracker that gives each due date as its financial year, quarter
and month in columns of their own ("FY | Qtr | Month" under "Original due": "2017/18 | Q4 | Jan"). Read
cell by cell the row says "2017/18" is due; the date is January 2018. The columns of one date are
joined into one cell, labelled by what they share, holding the date as a reader says it."""

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from bot.records.dates import MONTHS

# (what the column gives, its label's first word(s)); the rest of the label is the date it is part of
_PARTS = (("fy", re.compile(r"^(?:fy|financial year|fin(?:ancial)? yr|year)\b\s*(.*)$", re.I)),
          ("qtr", re.compile(r"^(?:qtr|quarter|q)\b\.?\s*(.*)$", re.I)),
          ("month", re.compile(r"^(?:month|mth|mon)\b\.?\s*(.*)$", re.I)))
_FY = re.compile(r"^(20\d\d)\s*[/-]\s*(\d\d|20\d\d)$")
_QTR = re.compile(r"^(?:q|qtr|quarter)\s*([1-4])$", re.I)


class _Cell(Protocol):
    text: str
    quote: str


C = TypeVar("C", bound=_Cell)


def joined_dates(labels: list[str], row: list[C]) -> tuple[list[str], list[C]]:
    """The row with each financial year, quarter and month column of one date joined into one cell
    (where the year and at least one of the others are there), labelled by the rest of their labels."""
    groups: dict[str, dict[str, int]] = {}
    for k, label in enumerate(labels):
        for part, pattern in _PARTS:
            m = pattern.match(label.strip())
            if m:
                groups.setdefault(m.group(1).strip().lower(), {}).setdefault(part, k)
                break
    groups = {rest: cols for rest, cols in groups.items() if "fy" in cols and len(cols) >= 2}
    if not groups:
        return labels, row
    drop: set[int] = set()
    out_labels, out_row = list(labels), list(row)
    for rest, cols in groups.items():
        first = min(cols.values())
        parts = [row[cols[p]].text if p in cols and cols[p] < len(row) else "" for p in ("fy", "qtr", "month")]
        text = said_date(*parts)
        if not text and any(parts):
            continue  # not a date as this reads one: the columns stay as they are
        base = row[cols["month"]] if "month" in cols and cols["month"] < len(row) and row[cols["month"]].text else row[cols["fy"]]
        out_row[first] = replace(base, text=text)  # type: ignore[type-var]
        out_labels[first] = _label(labels[first], rest)
        drop |= set(cols.values()) - {first}
    keep = [k for k in range(len(out_labels)) if k not in drop]
    return [out_labels[k] for k in keep], [out_row[k] for k in keep if k < len(out_row)]


def said_date(fy: str, qtr: str, month: str) -> str:
    """"2017/18", "Q4", "Jan" -> "Jan 2018 (Q4 2017/18)": a month of the financial year April to March
    is in its first calendar year from April, its second from January."""
    m = _FY.match(fy.strip())
    if not m:
        return ""
    start = int(m.group(1))
    quarter = f"{_QTR.match(qtr.strip()).group(1)}" if _QTR.match(qtr.strip()) else ""
    period = f"Q{quarter} {fy.strip()}" if quarter else fy.strip()
    word = month.strip().lower()
    number = MONTHS.get(word[:4] if word.startswith("sept") else word[:3]) if word else None
    if number is None:
        return period if quarter else ""
    year = start if number >= 4 else start + 1
    return f"{month.strip()} {year} ({period})"


def _label(label: str, rest: str) -> str:
    """"FY Original due" with "original due" shared: "Original due", as the sheet writes it."""
    at = label.lower().rfind(rest) if rest else -1
    return label[at:at + len(rest)] if at >= 0 and rest else "Due"
