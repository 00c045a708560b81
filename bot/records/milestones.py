"""Split an initiative's "Key milestones: ..." text into dated milestones.

Plans write them as quarter labels ("Qtr 1: A B Qtr 3: C"), year labels ("16/17: ..."), items with
their date in brackets ("ICAP (January 2017)"), dates first ("April 2017 MCP and shadow ACS"), or a
date after a dash ("... finalised - Jan-March 2017").
"""

import re
from dataclasses import dataclass

from bot.records.dates import MONTH_YEAR, SEASON_YEAR, UNKNOWN, normalise
from bot.models import Period

KEY_MILESTONES = re.compile(r"\b(?:key|wey|kev|key\s*)\s*milestones?\s*:?", re.I)
# A date that labels what follows it: "Qtr 3:", "16/17:", and in a milestones column one line a step, "30/09/2017:",
# "Dec-16:", "March 2017:", "Winter 2017/18:", "TBC:"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LABEL = re.compile(r"(?:\b(?:Qtr|Otr|Q|Quarter)\.?\s*[1-4](?:\s*(?:20)?\d\d/\d\d)?|\b(?:20)?\d\d/\d\d(?!/)"
                    r"|\b\d{1,2}/\d{1,2}/(?:20)?\d\d|\b" + _MONTH + r"[-\s]'?(?:20)?\d\d(?:/\d\d)?"
                    r"|\b(?:spring|summer|autumn|winter)\s+20\d\d(?:/\d\d)?|\bTBC)\s*:(?!\d)", re.I)
_PAREN = re.compile(r"\(([^()]{2,120})\)")
_DATE_START = re.compile(
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH_YEAR.pattern + r"|" + SEASON_YEAR.pattern[2:] + r")", re.I
)
_DASH_DATE = re.compile(r"\s[-–]\s*((?:[A-Za-z]{3,9}\.?\s*[-–]?\s*)?[A-Za-z]{3,9}\.?\s+20\d\d)\s*\.?$")


@dataclass
class MilestoneSpan:
    text: str
    due_raw: str
    period: Period
    start: int  # offset in the milestone text, for provenance
    end: int


def split_title(cell: str) -> tuple[str, str, int]:
    """(title, milestone text, offset of the milestone text) from an initiative cell."""
    m = KEY_MILESTONES.search(cell)
    if not m:
        return cell.strip(), "", len(cell)
    return cell[: m.start()].strip(" .:-"), cell[m.end():], m.end()


def _clean(text: str) -> str:
    return text.strip(" .;,:-–•\u2022").strip()


def _is_date_words(text: str) -> bool:
    return bool(re.search(r"20\d\d|\d\d/\d\d|\bq(?:tr)?\s?[1-4]\b", text, re.I)) or bool(UNKNOWN.search(text))


def parse_milestones(text: str, fy_start: int) -> list[MilestoneSpan]:
    labels = list(_LABEL.finditer(text))
    if labels:
        return _by_labels(text, labels, fy_start)
    parens = [m for m in _PAREN.finditer(text) if _is_date_words(m.group(1))]
    if parens:
        return _by_parens(text, parens, fy_start)
    starts = [m for m in _DATE_START.finditer(text)]
    if starts and starts[0].start() <= 3:
        return _by_leading_dates(text, starts, fy_start)
    out: list[MilestoneSpan] = []
    body = _clean(text)
    if not body:
        return out
    dash = _DASH_DATE.search(text)
    if dash:
        item = _clean(text[: dash.start()])
        return [MilestoneSpan(item, dash.group(1), normalise(dash.group(1), fy_start), text.find(item), len(text))]
    clauses = _by_trailing_dates(body, fy_start)
    if len(clauses) > 1:
        offset = text.find(body)
        return [MilestoneSpan(c.text, c.due_raw, c.period, c.start + offset, c.end + offset) for c in clauses]
    period = normalise(body, fy_start)
    raw = _date_phrase(body) if period.precision != "unknown" else ""
    return [MilestoneSpan(body, raw, period, text.find(body), len(text))]


def _by_trailing_dates(text: str, fy_start: int) -> list[MilestoneSpan]:
    """Prose that runs through several steps, each ending in its date ("agree the next stage for
    December 2016/January 2017, working in shadow form by October 2017, with formal arrangements by
    April 2018"), is one milestone per step: each clause up to and including its date. Dates joined
    by "/", "-", "to" or "and" are one date range ("December 2016/January 2017")."""
    phrases = _date_phrases(text)
    if len(phrases) < 2:
        return []
    out: list[MilestoneSpan] = []
    prev = 0
    for n, (start, end) in enumerate(phrases):
        stop = len(text) if n == len(phrases) - 1 else end
        item = _clean(text[prev:stop])
        raw = text[start:end]
        if item and len(item) > len(raw) + 8:  # a clause that says what happens, not only when
            out.append(MilestoneSpan(item, raw, normalise(raw, fy_start), prev, stop))
        prev = end
    return out if len(out) > 1 else []


def _date_phrases(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _DATE_START.finditer(text):
        if spans and re.fullmatch(r"\s*(?:/|-|–|to|and|or)\s*", text[spans[-1][1]:m.start()], re.I):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def _date_phrase(text: str) -> str:
    m = _DATE_START.search(text) or re.search(r"\b20\d\d\b", text)
    return m.group(0) if m else ""


def _by_labels(text: str, labels: list[re.Match[str]], fy_start: int) -> list[MilestoneSpan]:
    out: list[MilestoneSpan] = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        item = _clean(text[m.end(): end])
        label = m.group(0).rstrip(": ").strip()
        if item:
            out.append(MilestoneSpan(item, label, normalise(label, fy_start), m.start(), end))
    return out


def _by_parens(text: str, parens: list[re.Match[str]], fy_start: int) -> list[MilestoneSpan]:
    out: list[MilestoneSpan] = []
    prev = 0
    for m in parens:
        item = _clean(text[prev: m.start()])
        if item:
            out.append(MilestoneSpan(item, m.group(1).strip(), normalise(m.group(1), fy_start), prev, m.end()))
        elif out:  # a second date for the same item: "(October and November 2016)"
            pass
        prev = m.end()
    return out


def _by_leading_dates(text: str, starts: list[re.Match[str]], fy_start: int) -> list[MilestoneSpan]:
    out: list[MilestoneSpan] = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        item = _clean(text[m.end(): end])
        if item:
            out.append(MilestoneSpan(item, m.group(0).strip(), normalise(m.group(0), fy_start), m.start(), end))
    return out
