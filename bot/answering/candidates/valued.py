"""The rows of a table whose cells hold values the question names: "which projects are in Corrow
Coast?", "how many LC1 projects are at stage S3?", "which risks are new this quarter?".

Trackers, exports and registers have columns of a few repeated values (place, programme, stage,
trend, lead). A question naming one of those values asks for the rows that hold it, which no line
states: the answer is every such row of the table, counted and named, each value the question names
holding in its own column (two columns named: rows holding both)."""

import json
import re
from collections.abc import Iterator, Sequence

from bot.answering.candidates import Candidate, Context, cite_cell, trim, unique
from bot.answering.candidates.question_rows import best_tables, question_records, row_name
from bot.answering.counting import counted_as_asked
from bot.index.record_terms import rows_sharing
from bot.records.names import person_name
from bot.textnorm import squash

_FORM = re.compile(r"\b(?:how many|which|list|name (?:the|all)|what are the|number of)\b", re.I)
TABLES_READ = 4
MIN_ROWS = 4
REPEATS = 0.75  # of a column's filled cells, at most this share distinct
SHOWN = 8
NAME_CHARS = 90


def valued_rows(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    anything = a.want == "yesno" and re.search(r"\bany\b", a.text, re.I) is not None  # "has any new risk been added?"
    people = a.want == "person" and _WHO.search(a.text) is not None and not a.roles  # "who sent apologies?": the people on those rows
    if not (a.want in ("text", "number") and _FORM.search(a.text) or anything or people) or not ctx.topic or a.bound is not None:
        return
    table = question_records(ctx, "rows")
    if not len(table):
        return
    scores = ctx.topic.scores([table.field("row_text")], [table.field("header_text"), table.field("section"), table.field("caption")])
    for (document, labels_json), _ in best_tables(table, scores, TABLES_READ):
        found = _valued(ctx, _table_rows(ctx, document, labels_json), json.loads(labels_json or "[]"))
        if found is not None:
            yield found


def _table_rows(ctx: Context, document: str, labels_json: str) -> list[dict]:
    """Every row of one table (one paper's rows under the same labels), not only those sharing a word."""
    every = rows_sharing(ctx.index, ctx.tokenizer, "rows", (), (document,))
    every.columns("labels")
    at = [i for i, labels in enumerate(every.column("labels")) if labels == labels_json]
    return list(every.take(at))


def _valued(ctx: Context, rows: Sequence[dict], labels: list[str]) -> Candidate | None:
    """The rows holding every named value, when the question names a value of some column of few values."""
    cells = [json.loads(r["cells"]) for r in rows]
    who = _name_column(cells) if ctx.analysis.want == "person" else None
    if len(rows) < MIN_ROWS or (who is None if ctx.analysis.want == "person" else not _rows_are_asked(ctx, rows, labels)):
        return None
    asked = ctx.analysis.words
    named: dict[int, set[str]] = {}
    for k in range(1, max(len(c) for c in cells)):  # the first column names the rows: it is what is listed
        values = [_value(row[k]["text"]) if k < len(row) else "" for row in cells]
        filled = [v for v in values if v]
        distinct = set(filled)
        if len(filled) < MIN_ROWS or not 2 <= len(distinct) < len(filled) or len(distinct) > max(3, len(filled) * REPEATS):
            continue  # a column of a few values, repeated down the rows: it sorts them into kinds
        for value in distinct:
            stems = ctx.tokenizer.stem_set(value)
            if stems and len(value) >= 2 and not value.replace(".", "").isdigit() and len(value.split()) <= 4 and stems <= asked:
                named.setdefault(k, set()).add(value)
    if not named:
        return None
    passing = [i for i, row in enumerate(cells)
               if all(k < len(row) and _value(row[k]["text"]) in values for k, values in named.items())]
    if not passing or len(passing) == len(rows):
        return None
    said = "; ".join(f"{labels[k] if k < len(labels) and labels[k] else 'column ' + str(k + 1)} {' or '.join(sorted(v))}"
                     for k, v in named.items())
    where = rows[0].get("caption") or rows[0].get("doc_title") or ""
    names = "; ".join(trim(_person(cells[i], who) if who is not None else row_name(cells[i], set(named)), NAME_CHARS)
                      for i in passing[:SHOWN])
    more = f" (+{len(passing) - SHOWN} more)" if len(passing) > SHOWN else ""
    lead = f"{len(passing)} of the {len(rows)} rows of {trim(where, 80)} have {said}"
    counted = counted_as_asked(ctx.analysis.text) if ctx.analysis.want == "number" else None
    answer = f"{len(passing)} {counted} ({lead}): {names}{more}" if counted else f"{lead}: {names}{more}"
    if ctx.analysis.want == "yesno":
        answer = f"Yes: {answer}"
    first = who if who is not None else min(named)
    cites = [cite_cell(rows[i], cells[i][first]) for i in passing[:SHOWN]]
    return Candidate(source="filter", main=f"{' '.join(labels)} {where} {' '.join(v for vs in named.values() for v in vs)}",
                     context="", area=rows[0].get("area"), answer=trim(answer, 590), citations=unique(cites), fits_form=1.0,
                     nearest=trim(where, 160))


def _value(text: str) -> str:
    """A cell's value without the note bracketed after it: "not ready (78%)" is "not ready", as its
    column's other cells are."""
    return _NOTE_AFTER.sub("", squash(text)) or squash(text)


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
_WHO = re.compile(r"^\W*who\b", re.I)
NAMES_SHARE = 0.75  # of a column's filled cells, at least, that name a person: the column says who each row is


def _name_column(cells: list[list[dict]]) -> int | None:
    """The column naming the person each row is about (an attendance list's "Name"), if there is one."""
    for k in range(max(len(row) for row in cells)):
        filled = [row[k]["text"] for row in cells if k < len(row) and row[k]["text"].strip()]
        if len(filled) >= MIN_ROWS and sum(1 for t in filled if person_name(_NAME_PART.split(t, maxsplit=1)[0])) >= NAMES_SHARE * len(filled):
            return k
    return None


def _person(row: list[dict], k: int) -> str:
    """A row's person, with who the row says they are (its first cell, when that is not the name)."""
    others = [c["text"] for j, c in enumerate(row) if j != k and c["text"].strip()]
    return f"{row[k]['text']} ({others[0]})" if others and k != 0 else row[k]["text"]


_NAME_PART = re.compile(r"\s*(?:[,(;/]|\s[-–]\s)")
_ASKED_KIND = re.compile(r"\b(?:which|what|list|name|any)\s+(?:of\s+)?(?:the\s+|all\s+|our\s+)?((?:[\w&-]+\s+){0,2}[\w&-]+)", re.I)


def _rows_are_asked(ctx: Context, rows: Sequence[dict], labels: list[str]) -> bool:
    """The rows are the things asked for: "how many projects", "which risks" name a word the table's
    labels, caption or title use ("project id", "Risk register"); "how many beds" is not a count of rows."""
    text = ctx.analysis.text
    kind = counted_as_asked(text) if re.search(r"\bhow many\b|\bnumber of\b", text, re.I) else None
    if kind is None:
        m = _ASKED_KIND.search(text)
        kind = m.group(1) if m else ""
    stems = ctx.tokenizer.stem_set(kind)
    table = ctx.tokenizer.stem_set(" ".join([*labels, rows[0].get("caption") or "", rows[0].get("doc_title") or "",
                                             str(rows[0].get("document") or "").replace("_", " ")]))
    return bool(stems & table)
