"""A timeline strip on a PDF page: a band of dates laid out across the page, and below it (or above) a band
of milestones, each under (or over) its own date ("3 April 2017   1 June 2017   Sept-17 ..." over, a few blank
lines on, "Wave 1 hubs live (3   Harmonised clinical   MCP outline business ..." with their second lines).

Plain extraction gives the two bands apart, so no line says which milestone falls when. Each column's date
and milestone, their wrapped lines joined, are written as one row "milestone<TAB>date" under a header
"Milestone<TAB>Date", read as any tracker's rows are."""

import re

from bot.reading.layout import layout_chunks

MIN_COLUMNS = 3  # dates across the page, at least: fewer are a sentence's dates, not a strip
BAND_GAP = 6  # blank lines, at most, between the dates and their milestones
ALIGN = 3  # characters a milestone's column may start off its date's

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# a date as a strip writes it: "3 April 2017", "Sept-17", "Q3 2017/18", "Winter 2017/18", "by end of March",
# "w/c 5 June 2017", "30/06/2017", "March 2018"
_DATE = re.compile(rf"^(?:by\s+)?(?:end\s+of\s+|w/c\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:[\s-]+\d{{2,4}})?$"
                   rf"|^q[1-4]\s+\d{{2,4}}(?:/\d{{2}})?$|^(?:spring|summer|autumn|winter)\s+\d{{2,4}}(?:/\d{{2}})?$"
                   rf"|^\d{{1,2}}/\d{{1,2}}/\d{{2,4}}$", re.IGNORECASE)


def _date_band(line: str) -> list[tuple[int, str]] | None:
    chunks = layout_chunks(line)
    return chunks if len(chunks) >= MIN_COLUMNS and all(_DATE.match(text) for _, text in chunks) else None


def _column(starts: list[int], at: int) -> int | None:
    near = [k for k, s in enumerate(starts) if abs(s - at) <= ALIGN]
    return near[0] if near else None


def _band(lines: list[str], first: int, starts: list[int]) -> tuple[list[str], int] | None:
    """The texts of a band of lines whose every chunk starts at one of `starts`, from `first` to the next
    blank line; None when a chunk stands in no column."""
    texts = [""] * len(starts)
    k = first
    while k < len(lines) and lines[k].strip():
        for at, text in layout_chunks(lines[k]):
            column = _column(starts, at)
            if column is None:
                return None
            texts[column] = f"{texts[column]} {text}".strip()
        k += 1
    return texts, k


def timeline_strips(lines: list[str]) -> list[str]:
    """The page's lines with each timeline strip written as rows of milestone and date."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        band = _date_band(lines[i])
        found = _strip_below(lines, i, band) if band else None
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        rows, end = found
        out += ["Milestone\tDate", *rows]
        i = end
    return out


def _strip_below(lines: list[str], i: int, band: list[tuple[int, str]]) -> tuple[list[str], int] | None:
    starts = [s for s, _ in band]
    dates = _band(lines, i, starts)
    if dates is None:
        return None
    date_texts, k = dates
    blank = k
    while k < len(lines) and not lines[k].strip() and k - blank < BAND_GAP:
        k += 1
    labels = _band(lines, k, starts) if k < len(lines) and lines[k].strip() else None
    if labels is None or sum(1 for t in labels[0] if t) < MIN_COLUMNS:
        return None
    rows = [f"{label}\t{date}" for label, date in zip(labels[0], date_texts) if label and date]
    return rows, labels[1]
