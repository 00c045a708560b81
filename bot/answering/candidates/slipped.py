"""The rows of a tracker whose date has moved past its baseline: "how many projects have slipped
against baseline?", "which pieces of work now finish later than first planned?".

A project tracker or PMO export keeps two dates per row: the one first set ("Baseline end",
"Original date") and the one now expected ("Planned end", "Forecast", "Revised date"). No line says
which rows slipped; the answer compares the two dates in every row of the table, and names (and
counts) the rows whose current date is the later."""

import json
import re
from collections.abc import Iterator, Sequence

from bot.answering.candidates import Candidate, Context, cite_cell, trim, unique
from bot.answering.candidates.question_rows import question_records, row_name, tables_of
from bot.answering.counting import counted_as_asked
from bot.records.dates import normalise

_ASKED = re.compile(r"\b(?:slipped|slipping|slippage|later than (?:their |its |the )?(?:baseline|original|first|initial|planned)|"
                    r"behind (?:their |its |the )?(?:baseline|schedule|plan)|(?:vs|versus|against) (?:the )?baseline|"
                    r"later than (?:first |originally )?(?:planned|scheduled|intended))", re.I)
_FORM = re.compile(r"\b(?:how many|which|what|list|name|number of)\b", re.I)
_BASELINE = re.compile(r"\b(?:baseline|original|initial|first)\b", re.I)
_CURRENT = re.compile(r"\b(?:forecast|revised|current|latest|expected|planned|new|actual)\b", re.I)
NAME_CHARS = 90
SHOWN = 8


def slipped_rows(ctx: Context) -> Iterator[Candidate]:
    text = ctx.analysis.text
    if not _ASKED.search(text) or not _FORM.search(text) or not ctx.topic:
        return
    table = question_records(ctx, "rows")
    if not len(table):
        return
    for (_, labels_json), positions in tables_of(table).items():
        labels = [label.replace("_", " ") for label in json.loads(labels_json or "[]")]
        pair = _date_pair(labels)
        if pair is not None:
            yield _slipped(ctx, table.take(positions), labels, *pair)


def _date_pair(labels: list[str]) -> tuple[int, int] | None:
    """(baseline column, current column): one label says the date first set, another the date now."""
    base = [k for k, label in enumerate(labels) if _BASELINE.search(label)]
    now = [k for k, label in enumerate(labels) if _CURRENT.search(label) and not _BASELINE.search(label)]
    ends = [k for k in now if re.search(r"\b(?:end|finish|completion|due|date)\b", labels[k], re.I)]
    if not base or not now:
        return None
    return base[0], (ends or now)[0]


def _slipped(ctx: Context, rows: Sequence[dict], labels: list[str], base: int, now: int) -> Candidate:
    compared, later = 0, []
    for row in rows:
        cells = json.loads(row["cells"])
        if max(base, now) >= len(cells):
            continue
        first, current = normalise(cells[base]["text"]).end, normalise(cells[now]["text"]).end
        if first is None or current is None:
            continue
        compared += 1
        if current > first:
            later.append((row, cells))
    named = "; ".join(f"{trim(row_name(cells, {base, now}), NAME_CHARS)} ({cells[base]['text']} -> {cells[now]['text']})"
                      for _, cells in later[:SHOWN])
    more = f" (+{len(later) - SHOWN} more)" if len(later) > SHOWN else ""
    where = rows[0].get("caption") or rows[0].get("doc_title") or ""
    lead = f"{len(later)} of the {compared} rows of {trim(where, 80)} have a {labels[now]} later than their {labels[base]}"
    said = counted_as_asked(ctx.analysis.text) if ctx.analysis.want == "number" else None
    answer = f"{len(later)} {said} ({lead})" if said else lead
    answer = f"{answer}: {named}{more}" if later else f"None of the {compared} rows of {trim(where, 80)} has a {labels[now]} later than its {labels[base]}"
    cites = [cite_cell(row, cells[now]) for row, cells in later[:SHOWN]] or [cite_cell(rows[0], json.loads(rows[0]["cells"])[base])]
    return Candidate(source="slipped", main=f"{' '.join(labels)} {where} slipped later than baseline", context="", area=rows[0].get("area"),
                     answer=trim(answer, 590), citations=unique(cites), fits_form=1.0, nearest=trim(where, 160))
