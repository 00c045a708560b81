"""When: milestones of initiatives, and dated rows of trackers and action logs.

"When is X due?" is answered by the milestones that match X themselves; "what are the milestones
of X?" by all of X's; "what's due next month (in Y)?" by every milestone of Y, or of the plan area,
whose due period ends in the window."""

import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from datetime import date

import numpy as np

from bot.answering import types
from bot.answering.analysis import dated_form
from bot.answering.candidates import Candidate, Context, cite_row, trim, unique
from bot.answering.windows import Window, lands_in
from bot.answering.candidates.question_rows import question_records
from bot.index.record_terms import initiatives_by_id
from bot.records.dates import normalise_near, paper_day, revised_date
from bot.answering.types import dates as types_dates

ITEM_CHARS = 110
SPECIFIC = 0.6  # a milestone matching this much of the topic by its own words is the one asked about
DUE_LABELS = ("due", "date", "deadline", "by when", "target", "timescale", "completion", "when", "by")
WHAT_LABELS = ("milestone", "action", "deliverable", "scheme", "next step", "task", "item")
# The column naming what a row's milestone belongs to, when the milestone has a column of its own.
OWNER_WORK_LABELS = ("scheme", "initiative", "project", "programme")
STATUS_LABELS = ("rag", "status", "progress", "rating")
# A status saying the work is done: it is not outstanding, whatever its due date.
_DONE = frozenset({"c", "complete", "completed", "done", "achieved", "delivered", "closed", "met", "blue", "b"})


def is_done(status: str | None) -> bool:
    return bool(status) and status.strip().lower().rstrip(".") in _DONE or bool(status) and status.strip().lower().startswith("complete")


def milestone_candidates(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if a.window is not None and (dated_form(a) or a.asks_list):
        yield from _window_candidates(ctx, a.window)
        if "date" not in a.wants:
            return
    if not ctx.topic:
        return
    table = question_records(ctx, "milestones")
    if not len(table):
        return
    own = ctx.topic.scores([table.field("text")], [table.field("initiative title")])
    whole = ctx.topic.scores([table.field("initiative title"), table.field("text")], [table.field("initiative row_text")])
    initiatives = initiatives_by_id(ctx.index)
    if float(own.max()) >= SPECIFIC:
        best = float(own.max())
        chosen = [table.rows[i] for i in np.flatnonzero(own >= max(SPECIFIC, best - 0.12))]
        groups = _by_initiative(chosen)
        _read_ahead(initiatives, groups)
        for initiative_id, group in groups.items():
            yield _when(ctx, group, initiatives.get(initiative_id, {}), specific=True)
    best_whole = float(whole.max())
    if best_whole >= 0.3:
        # best first, in the papers' order among equals: a set's order would change from run to run
        near = sorted(np.flatnonzero(whole >= best_whole - 0.05), key=lambda i: (-whole[i], i))
        ids = list(dict.fromkeys(table.rows[i]["initiative_id"] for i in near))
        for initiative_id in ids[:3]:
            group = table.where("initiative_id", initiative_id)
            yield _when(ctx, group, initiatives.get(initiative_id, {}), specific=False)


def _read_ahead(initiatives: object, ids: Iterable[str]) -> None:
    """The initiatives of many milestones read together, where they are read from the version as asked."""
    read_many = getattr(initiatives, "read_many", None)
    if read_many is not None:
        read_many(ids)


def _by_initiative(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row.get("initiative_id") or row["id"], []).append(row)
    return out


def _due(row: dict) -> str:
    return row.get("due_raw") or "no date given"


def _item(row: dict, chars: int = ITEM_CHARS) -> str:
    """A milestone with its due wording; a terse one ("Café opens") with what it belongs to."""
    whose = row.get("initiative") or ""
    if len(row["text"]) < 60 and whose and whose.lower() not in row["text"].lower():
        return f"{trim(whose, 60)}: {trim(row['text'], chars)} ({_due_status(row)})"
    return f"{trim(row['text'], chars)} ({_due_status(row)})"


def _due_status(row: dict) -> str:
    """The due wording, and the status where the paper records one ("Sep-25, status R")."""
    return f"{_due(row)}, status {row['status']}" if row.get("status") else _due(row)


def _when(ctx: Context, rows: list[dict], initiative: dict, specific: bool) -> Candidate:
    rows = sorted(rows, key=lambda r: (r.get("end") or "9999", r["text"]))
    dated = [r for r in rows if r.get("precision") != "unknown"]
    area = rows[0].get("area")
    where = f" ({area})" if area else ""
    title = trim(initiative.get("title", ""), 90)
    if specific and len(rows) <= 2:
        lead = "; ".join(f"{_due(r)}: {trim(r['text'], 300 // len(rows))}" for r in rows)
        answer = f"{lead}{f' ({title}{where})' if title else where}."
    else:
        head = f"{title}{where}: " if title else ""
        answer = f"{head}{'; '.join(_item(r) for r in rows[:8])}."
    owner = rows[0].get("owner") or initiative.get("owner_raw") or ""
    if owner:
        answer += f" Owner: {trim(owner, 120)}."
    main = " ".join(r["text"] for r in rows) if specific else f"{initiative.get('title', '')} {' '.join(r['text'] for r in rows)}"
    return Candidate(
        source="milestone", main=main, context=f"{initiative.get('title', '')} {initiative.get('row_text', '')}", area=area,
        answer=trim(answer, 590), citations=unique(cite_row(r) for r in rows),
        has_type=bool(dated) if ctx.analysis.want in ("date", "text") else types.holds(ctx.analysis.want, answer, ctx.lex.common),
        fits_form=0.5 if "date" in ctx.analysis.wants or ctx.analysis.asks_list else 0.0,
        nearest=f"{title}: {'; '.join(_item(r) for r in rows[:2])}",
    )


def dated_items(ctx: Context) -> list[dict]:
    """Milestones plus the dated rows of trackers and action logs, as milestone-shaped records."""
    def build() -> list[dict]:
        items = [dict(r) for r in ctx.index.table("milestones")]
        initiatives = initiatives_by_id(ctx.index)
        for item in items:
            item["fy_start"] = initiatives.get(item.get("initiative_id") or "", {}).get("fy_start")
        seen = {(m["document"], m.get("page"), m.get("line")) for m in items}
        items.extend(r for r in _row_items(ctx.index.table("rows")) if (r["document"], r.get("page"), r.get("line")) not in seen)
        return items

    return ctx.index.memo("dated items", build)


AREA_SETS_KEPT = 8  # the dated items of this many sets of asked areas are kept between questions


def items_in_areas(ctx: Context, areas: list[str]) -> list[dict]:
    """`dated_items` of the asked areas, in the same order (every item when none is asked). A version
    whose milestones and rows are indexed by area reads only those areas' rows, and of the rows only
    those whose labels can name a due date or a milestone: a national corpus has hundreds of
    thousands of record rows, and a question asks about an area or two."""
    if not read_by_area(ctx):
        return [m for m in dated_items(ctx) if not areas or m.get("area") in areas]
    kept: OrderedDict[tuple[str, ...], list[dict]] = ctx.index.memo("dated items by area", OrderedDict)
    key = tuple(sorted(set(areas)))
    if key not in kept:
        kept[key] = _read_items_in(ctx, list(key))
        while len(kept) > AREA_SETS_KEPT:
            kept.popitem(last=False)
    kept.move_to_end(key)
    return kept[key]


# Rows whose labels may hold a due or milestone column (as `_row_items` reads them): the labels' JSON
# holds one of those words in any case, or a character JSON escapes, whose lower case might.
_MAY_BE_DATED = " OR ".join([*(f"labels LIKE '%{w}%'" for w in (*DUE_LABELS, *WHAT_LABELS)), "labels LIKE '%\\u%'",
                             "labels GLOB '*[^ -~]*'"])


def read_by_area(ctx: Context) -> bool:
    """Whether the version's milestones and rows are indexed by area (versions built before are not)."""
    def read() -> bool:
        names = {r[0] for r in ctx.index.db.execute("select name from sqlite_master where type = 'index'")}
        tables = {r[0] for r in ctx.index.db.execute("select name from sqlite_master where type = 'table'")}
        return {"milestones_by_area", "milestones_by_document", "rows_by_area", "initiatives"} <= names | tables \
            and {"milestones", "rows"} <= tables
    return ctx.index.memo("dated items indexed by area", read)


def _read_items_in(ctx: Context, areas: list[str]) -> list[dict]:
    """What `dated_items` holds of these areas (of all, when none): their milestones (with their
    initiative's financial year), then their dated rows that are not a milestone's line, each in table order."""
    db = ctx.index.db
    where = f"area IN ({','.join('?' for _ in areas)})" if areas else "1"
    cursor = db.execute(f"SELECT m.*, i.fy_start FROM milestones m LEFT JOIN initiatives i ON i.id = m.initiative_id "
                        f"WHERE {'m.' + where if areas else where} ORDER BY m.rowid", areas)
    names = [d[0] for d in cursor.description]
    items = [{**dict(zip(names[:-1], values[:-1])), "fy_start": values[-1]} for values in cursor]
    lines: dict[str, set[tuple]] = {}  # a paper's milestone lines: a row on one is that milestone, not another item

    def milestone_line(row: dict) -> bool:
        if row["document"] not in lines:
            lines[row["document"]] = set(db.execute("SELECT page, line FROM milestones WHERE document = ?", [row["document"]]).fetchall())
        return (row.get("page"), row.get("line")) in lines[row["document"]]

    rows = db.execute_returning_dicts(f"SELECT * FROM rows WHERE {where} AND ({_MAY_BE_DATED}) ORDER BY rowid", areas)
    items.extend(r for r in _row_items(rows) if not milestone_line(r))
    return items


def _row_items(rows: list[dict]) -> Iterator[dict]:
    for row in rows:
        labels = [label.lower() for label in json.loads(row["labels"] or "[]")]
        cells = json.loads(row["cells"])
        dueish = [k for k, label in enumerate(labels) if any(w in label for w in DUE_LABELS) and k < len(cells)]
        # the due column is one that holds a date ("Target" may be a score, "Review date" the date)
        due_at = next((k for k in dueish if types_dates(cells[k]["text"])), dueish[0] if dueish else None)
        what_at = next((k for w in WHAT_LABELS for k, label in enumerate(labels)
                        if w in label and k < len(cells) and k != due_at), None)  # "milestone" before "item"
        due = cells[due_at]["text"] if due_at is not None else ""
        if not due and what_at is not None:  # "Next milestone: Expand to 120 beds - due 30 April 2026"
            found = types_dates(cells[what_at]["text"])
            due = found[-1][2] if found else ""
        if not due:
            continue
        revised = revised_date([c["text"] for c in cells])
        if revised and revised != due:
            due = f"{revised} (revised from {due})"
        period = normalise_near(revised or due, paper_day(row.get("doc_title") or ""))
        what = cells[what_at]["text"] if what_at is not None else row["row_text"]
        if cells and cells[0]["text"] and labels[:1] == ["item"] and cells[0]["text"] not in what:
            what = f"{cells[0]['text']}: {what}"  # a block's title says what the milestone belongs to
        work = next((cells[k]["text"] for w in OWNER_WORK_LABELS for k, label in enumerate(labels)
                     if w in label and k < len(cells) and k != what_at and cells[k]["text"]), "")
        status = next((cells[k]["text"] for k, label in enumerate(labels)
                       if any(w in label.split() or label == w for w in STATUS_LABELS) and k < len(cells)), "")
        yield {**row, "text": what, "initiative": row.get("initiative") or work, "status": status or None,
               "due_raw": due, "precision": period.precision,
               "start": period.start.isoformat() if period.start else None,
               "end": period.end.isoformat() if period.end else None, "owner": "", "initiative_id": row["id"],
               "context_text": row["row_text"], "fy_start": None}


def _window_candidates(ctx: Context, win: Window) -> Iterator[Candidate]:
    a = ctx.analysis
    items = items_in_areas(ctx, a.areas)
    if not items:
        return
    narrowed = _topic_narrowed(ctx, items)
    for chosen, focused in ((narrowed, True), (items, False)) if narrowed else ((items, False),):
        timed = [m for m in chosen if lands_in(_day(m.get("start")), _day(m.get("end")), win.for_plan(m.get("fy_start")))]
        if win.start is None:  # "what is overdue?": work marked done is not outstanding, the latest due first
            timed = sorted((m for m in timed if not is_done(m.get("status"))), key=lambda m: m.get("end") or "", reverse=True)
        candidate = _window_answer(ctx, win, timed, chosen, focused)
        if narrowed and not focused:
            candidate.fits_form = 0.5  # the question names something narrower than the whole area
        yield candidate


def _topic_narrowed(ctx: Context, items: list[dict]) -> list[dict]:
    """The items of the initiatives or rows the question names, when it names some."""
    if not ctx.topic:
        return []
    initiatives = initiatives_by_id(ctx.index)
    _read_ahead(initiatives, (item.get("initiative_id") or "" for item in items))
    scored = []
    for item in items:
        title = initiatives.get(item.get("initiative_id") or "", {}).get("title", "")
        main = (f"{title}", f"{item['text']}", f"{item.get('doc_title') or ''}")  # title and paper shared by many items
        coverage, _ = ctx.topic.joined_coverage(main, item.get("context_text") or "")
        scored.append((coverage, item))
    best = max(c for c, _ in scored)
    if best < 0.5:
        return []
    return [item for c, item in scored if c >= best - 0.1]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _window_answer(ctx: Context, win: Window, timed: list[dict], chosen: list[dict], focused: bool) -> Candidate:
    names = list(dict.fromkeys(r["area"] for r in chosen if r.get("area")))
    areas = ", ".join(names) or "the plans"
    area = names[0] if len(names) == 1 else None
    initiatives = initiatives_by_id(ctx.index)
    titles = dict.fromkeys(initiatives.get(r.get("initiative_id") or "", {}).get("title", "") for r in chosen)
    main = " ".join([*titles, *dict.fromkeys(r["text"] for r in chosen)])[:3000] if focused else ""
    if not timed:
        return Candidate(source="window", main=main, context="", area=area, answered=False, has_type=False,
                         answer=f"The plans list nothing for {areas} due {win.label}.", fits_form=1.0,
                         citations=unique(cite_row(r) for r in chosen[:3]))
    if win.start is not None:
        timed.sort(key=lambda r: (r.get("end") or "", r["text"]))
    room = max(ITEM_CHARS, 400 // max(1, min(len(timed), 8)))  # one or two items are told in full
    items = "; ".join(_item(r, room) for r in timed[:8])
    more = f" (+{len(timed) - 8} more)" if len(timed) > 8 else ""
    if win.start is None and win.end is not None and any(r.get("status") for r in timed):
        text = f"Due by {win.end.day} {win.end:%B %Y} and not marked complete ({areas}): {items}{more}."
    elif win.start is None and win.end is not None:
        text = f"Due by {win.end.day} {win.end:%B %Y} ({areas}; whether done is not recorded): {items}{more}."
    else:
        text = f"Due {win.label} ({areas}): {items}{more}."
    where = " ".join(dict.fromkeys(f"{r.get('doc_title') or ''} {r.get('section') or ''} {r.get('header_text') or ''}" for r in timed))
    main = main or " ".join([*titles, *(r["text"] for r in timed)])
    return Candidate(source="window", main=f"{main} {where}", context="", area=area,
                     answer=trim(text, 590), citations=unique(cite_row(r) for r in timed), fits_form=1.0)
