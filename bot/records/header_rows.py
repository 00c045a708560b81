"""A table's column labels: a line of short labels, and two header rows whose top one names groups of
the columns below it, as a spreadsheet's merged cells leave them ("2026" over "Apr | May | ...",
"Finance (£000)" over "Capital | Revenue")."""

import re

from bot.reading.layout import FIGURE, cells
from bot.reading.layout import layout_chunks
from bot.textnorm import squash

MAX_LABEL_CHARS = 40


def header_labels(text: str) -> list[str] | None:
    """A line of short column labels ("Ref | Scheme | Lead | Due | RAG"), else None."""
    # split as the rows under it will be: at tabs, or at the 2+ space gaps of a space-aligned table
    found = [squash(c) for c in cells(text)] if "\t" in text else [c for _, c in layout_chunks(text)]
    named = [c for c in found if c]
    if len(named) < 2 or any(not _short_label(c) for c in named):
        return None
    if sum(1 for c in named if FIGURE.fullmatch(c)) > len(named) // 2:
        return None  # a row of figures, not of labels ("Q4 25/26", "2026/27" and "Mar-26" are labels)
    return found


def _short_label(label: str) -> bool:
    """A label is short; one written as several joined by slashes ("SRO / Clinical lead / Programme
    manager", over cells "P Wainscott / Dr A Kittredge / S Lowther") is short when each of its parts is."""
    parts = slashed_parts(label) or [label]
    return len(parts) <= MAX_SLASHED and all(len(p) <= MAX_LABEL_CHARS and len(p.split()) <= 5 for p in parts)


MAX_SLASHED = 4
_SLASH = re.compile(r"\s+/\s+")


def slashed_parts(text: str) -> list[str] | None:
    """The parts of a label or cell written as several joined by spaced slashes, else None ("A&E / UTC"
    is two; "24/7" and "2017/18" are none)."""
    parts = [p.strip() for p in _SLASH.split(text)]
    return parts if len(parts) > 1 and all(parts) else None


def grouped_labels(top: str, below: str) -> list[str] | None:
    """Two header rows, the top one naming groups of the columns below it ("2026" written once over
    "Apr | May | ... | Dec", as a merged cell leaves it): each column labelled with its own label and its
    group's ("Apr 2026"). Only where the top row is sparse and the row below is a row of labels."""
    if "\t" not in top or "\t" not in below:
        return None
    groups, labels = top.split("\t"), header_labels(below)
    named = [k for k, g in enumerate(groups) if g.strip()]
    if not labels or not named:
        return None
    if len(named) * 2 > len(labels) or sum(1 for c in labels if c) <= len(named) + 1:
        return _banded(groups, labels, named)
    out = list(labels)
    for j in named:  # a group runs right over columns of the kind under its start (months, quarters)
        kind = _kind(labels[j]) if j < len(labels) else None
        k = j
        while k < len(labels) and labels[k] and (k == j or _kind(labels[k]) == kind) and (k == j or k not in named):
            out[k] = labels[k] if _PERIOD_WITH_YEAR.match(labels[k].strip()) else f"{labels[k]} {squash(groups[j])}"
            k += 1
    for k in named:  # "Ref | Initiative | Lead" over blanks: labels merged down the two rows, their own
        if k < len(out) and not out[k].strip():
            out[k] = squash(groups[k])
    return out


_MEASURE = re.compile(r"\d\s*%|[£$€]\s*[1-9]|\b\d+\.\d+\b")  # ("£000" is a unit: "Finance (£000)")


def _banded(groups: list[str], labels: list[str], named: list[int]) -> list[str] | None:
    """Bands over columns ("Accountability" merged over "Lead | Clinical lead", "Finance (£000)" over
    "Capital | Revenue", "Status" over nothing): a band written once over its columns leaves blanks to
    its right in the top row, under which the row below labels each column. Each column is labelled with
    its band and its own label ("Finance (£000) Capital"), or the band alone where the row below is blank
    (a cell merged down). Only where at least one band spans two labelled columns and the top row is a
    row of labels too."""
    if len(named) < 2 or header_labels("\t".join(groups)) is None or any(_MEASURE.search(c) for c in [*groups, *labels]):
        return None  # (a row holding a measure, "86.4%", "£3.2m", is a row of the table, not its labels)
    starts = named + [max(len(groups), len(labels))]
    spans = [(starts[n], starts[n + 1]) for n in range(len(named))]
    if not any(sum(1 for k in range(a, b) if k < len(labels) and labels[k]) >= 2 for a, b in spans):
        return None
    out = [""] * max(len(labels), len(groups))
    for k in range(min(named)):
        out[k] = labels[k] if k < len(labels) else ""
    for a, b in spans:
        band = squash(groups[a])
        for k in range(a, b):
            own = labels[k] if k < len(labels) else ""
            out[k] = band if not own else own if set(band.lower().split()) <= set(own.lower().split()) else f"{band} {own}"
    return out


_PERIOD = re.compile(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|q[1-4]|quarter [1-4]|h[12])$", re.IGNORECASE)


# A period that says its own year ("Q1 18/19", "Mar-17", "Apr 2026"): a group's year over it adds nothing.
_PERIOD_WITH_YEAR = re.compile(r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|q[1-4]|quarter [1-4]|h[12])"
                               r"[\s-]*'?(?:(?:19|20)?\d\d(?:\s*/\s*\d\d)?)$", re.IGNORECASE)


def _kind(label: str) -> str:
    return "period" if _PERIOD.match(label.strip()) or _PERIOD_WITH_YEAR.match(label.strip()) else "label"
