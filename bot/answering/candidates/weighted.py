"""An options appraisal asked for its best option: "which option has the highest weighted score?" over a
table of criteria down its rows, a weight for each ("35%", "0.35") and the options' scores across. Papers
often leave the weighted totals out ("Weighted totals will be presented to the Board"); each is the sum of
weight times score, shown worked from the table's own figures, every row cited."""

import json
import re
from collections.abc import Iterator, Sequence

import numpy as np

from bot.answering.candidates import Candidate, Context, cite_cell, trim, unique
from bot.answering.candidates.question_rows import question_records, tables_of

ASKED = re.compile(r"\bweight(?:ed|ing|ings|s)?\b.{0,80}\b(?:best|highest|top|most|wins?|first|on top)\b|"
                   r"\b(?:best|highest|top|most|wins?)\b.{0,80}\bweight(?:ed|ing|ings|s)?\b", re.I)
_WEIGHT_LABEL = re.compile(r"^\s*weight(?:ing)?s?\b", re.I)
_SCORE = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*$")
_WEIGHT = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*(%)?\s*$")
ROWS_READ = 32
MIN_CRITERIA = 2
MIN_OPTIONS = 2


def weighted_best(ctx: Context) -> Iterator[Candidate]:
    if not ASKED.search(ctx.analysis.text) or not ctx.topic:
        return
    table = question_records(ctx, "rows")
    if not len(table):
        return
    scores = ctx.topic.scores([table.field("row_text")], [table.field("header_text"), table.field("section"), table.field("caption")])
    best = {int(i) for i in np.argsort(-scores, kind="stable")[:ROWS_READ]}
    for positions in tables_of(table, best).values():
        if best.intersection(positions):
            found = _appraisal(table.take(positions))
            if found is not None:
                yield found


def _appraisal(rows: Sequence[dict]) -> Candidate | None:
    """The table's options ranked by weighted score, when it is a table of weighted criteria."""
    labels: list[str] = json.loads(rows[0]["labels"] or "[]")
    if not any(_WEIGHT_LABEL.match(label) for label in labels) and rows:
        # long option names ("Option B: Hyper-acute stroke unit at ...") are no header row to the reader: its first row
        labels, rows = [c["text"] for c in json.loads(rows[0]["cells"])], rows[1:]
    weight_at = next((k for k, label in enumerate(labels) if _WEIGHT_LABEL.match(label)), None)
    if weight_at is None:
        return None
    options = [k for k in range(weight_at + 1, len(labels)) if labels[k].strip()]
    criteria = []
    for row in rows:
        cells = json.loads(row["cells"])
        weight = _weight(cells[weight_at]["text"] if weight_at < len(cells) else "")
        marks = [_SCORE.match(cells[k]["text"]) if k < len(cells) else None for k in options]
        if weight is not None and all(marks):
            criteria.append((row, cells, weight, [float(m.group(1)) for m in marks]))  # type: ignore[union-attr]
    if len(criteria) < MIN_CRITERIA or len(options) < MIN_OPTIONS:
        return None
    totals = [sum(w * s[n] for _, _, w, s in criteria) for n in range(len(options))]
    order = sorted(range(len(options)), key=lambda n: -totals[n])
    top = order[0]
    worked = " + ".join(f"{cells[weight_at]['text'].strip()} x {s[top]:g}" for _, cells, _, s in criteria)
    others = "; ".join(f"{_short(labels[options[n]])} {totals[n]:.2f}" for n in order[1:])
    tied = [n for n in order if abs(totals[n] - totals[top]) < 1e-9]
    lead = " and ".join(_short(labels[options[n]]) for n in tied)
    answer = (f"{lead}: the highest weighted score, {totals[top]:.2f} ({worked}); then {others}. "
              f"Worked from the weights and scores of the table, which gives no totals itself.")
    cites = [cite_cell(row, cells[options[top]]) for row, cells, _, _ in criteria]
    return Candidate(source="filter", main=" ".join(f"{r.get('caption') or ''} {r.get('header_text') or ''} weighted score" for r in rows[:1]),
                     context=rows[0].get("section") or "", area=rows[0].get("area"), answer=trim(answer, 590),
                     citations=unique(cites), fits_form=1.0)


def _weight(text: str) -> float | None:
    m = _WEIGHT.match(text)
    if not m:
        return None
    value = float(m.group(1))
    return value / 100 if m.group(2) else value


def _short(label: str, limit: int = 90) -> str:
    return label if len(label) <= limit else label[:limit].rsplit(" ", 1)[0] + "…"
