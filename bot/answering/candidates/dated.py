"""Dated items: milestones and the dated rows of trackers and action logs, as milestone-shaped records,
for the questions asking what falls in a window of time ("what's due for Pennine in Q4?").

A version whose milestones and rows are indexed by area (built since) gives a question the items of
the areas it asks about, reading only rows whose labels can name a due date or milestone; a version
built before makes every item once and filters them."""

import json
import re
from collections import OrderedDict
from collections.abc import Iterator

from bot.answering.candidates import Context
from bot.answering.types import dates as types_dates
from bot.index.record_postings import DATED_ROWS_INDEX, DUE_LABELS, MAY_BE_DATED, WHAT_LABELS
from bot.index.record_terms import initiatives_by_id
from bot.records.dates import normalise_near, paper_day, revised_date

# The column naming what a row's milestone belongs to, when the milestone has a column of its own.
OWNER_WORK_LABELS = ("scheme", "initiative", "project", "programme")
STATUS_LABELS = ("rag", "status", "progress", "rating")
# A register's current expected date ("Forecast", "Fore-cast" as a narrow column wraps it, "Revised date"):
# when the work is now due, before the baseline it may sit beside
CURRENT_LABELS = ("forecast", "fore-cast", "revised")

def dated_items(ctx: Context) -> list[dict]:
    """Milestones plus the dated rows of trackers and action logs, as milestone-shaped records."""
    def build() -> list[dict]:
        items = [dict(r) for r in ctx.index.table("milestones")]
        initiatives = initiatives_by_id(ctx.index)
        for item in items:
            item["fy_start"] = initiatives.get(item.get("initiative_id") or "", {}).get("fy_start")
        seen = {(m["document"], m.get("page"), m.get("line")) for m in items}
        items.extend(r for r in _row_items(ctx.index.table("rows"))
                     if not {(r["document"], r.get("page"), r.get("line")), (r["document"], *r["what_at"])} & seen)
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


# Rows whose labels may hold a due or milestone column (as `_row_items` reads them): MAY_BE_DATED, which
# a version built since indexes on its own (DATED_ROWS_INDEX).


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
    # (a milestone's rowid too: its text's and its initiative title's stems are found by it in the record postings)
    cursor = db.execute(f"SELECT m.*, i.fy_start, i.id, i.title, m.rowid FROM milestones m LEFT JOIN initiatives i ON i.id = m.initiative_id "
                        f"WHERE {'m.' + where if areas else where} ORDER BY m.rowid", areas)
    names = [d[0] for d in cursor.description][:-4]
    items, titles = ReadItems(), titles_read(ctx)
    for values in cursor:
        item = dict(zip(names, values))  # (zip stops at the milestone's own columns)
        item["fy_start"] = values[-4]
        items.append(item)
        items.rowids.append(values[-1])
        if values[-3] is not None:
            titles[values[-3]] = values[-2]  # read with its milestones, so no initiative need be read for its title
    lines: dict[str, set[tuple]] = {}  # a paper's milestone lines: a row on one is that milestone, not another item

    def milestone_line(row: dict) -> bool:
        if row["document"] not in lines:
            lines[row["document"]] = set(db.execute("SELECT page, line FROM milestones WHERE document = ?", [row["document"]]).fetchall())
        return (row.get("page"), row.get("line")) in lines[row["document"]] or row["what_at"] in lines[row["document"]]

    indexed = f"INDEXED BY {DATED_ROWS_INDEX}" if _has_index(ctx, DATED_ROWS_INDEX) else ""
    rows = db.execute_returning_dicts(f"SELECT * FROM rows {indexed} WHERE {where} AND ({MAY_BE_DATED}) ORDER BY rowid", areas)
    items.extend(r for r in _row_items(rows) if not milestone_line(r))
    items.rowids.extend([None] * (len(items) - len(items.rowids)))
    return items


def _has_index(ctx: Context, name: str) -> bool:
    """Whether the version has this index (one built before it was made has not)."""
    return ctx.index.memo(f"has index {name}", lambda: ctx.index.db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [name]).fetchone() is not None)


class ReadItems(list):
    """Dated items as read by area, with each milestone's rowid in `milestones` beside it (None for a
    row's item), by which its stems are found in the record postings (item_stems.py)."""

    def __init__(self) -> None:
        super().__init__()
        self.rowids: list[int | None] = []


def titles_read(ctx: Context) -> dict[str, object]:
    """Initiatives' titles by id, as far as dated items have been read with them."""
    return ctx.index.memo("initiative titles", dict)


def initiative_title(ctx: Context, initiative_id: str) -> object:
    """initiatives_by_id(...).get(initiative_id, {}).get("title", ""), from the titles read with the items."""
    titles = titles_read(ctx)
    if initiative_id in titles:
        return titles[initiative_id]
    return initiatives_by_id(ctx.index).get(initiative_id, {}).get("title", "")


LISTED_MIN = 2  # a cell listing this many "date - what" items lists milestones, not one date in passing
# One item of such a list: a date phrase (with "By", "End of", "Mid-" before it), a dash, what is due.
_LISTED = re.compile(r"(?:^|;\s+)(?P<when>(?:(?:[Bb]y|[Ee]nd(?: of)?|[Mm]id-?|[Ee]arly|[Ll]ate)\s+)?[^;]{3,30}?)\s+[-–]\s+(?P<what>[^;]{3,200})")


def listed_milestones(text: str) -> list[tuple[str, str]]:
    """(when, what) for each "date - what" item of a cell listing milestones one to a paragraph
    ("June 2018 - frailty unit open on weekdays; 1 September 2018 - trusted assessor in all care homes"):
    each is a milestone of the row, though the row has no due column. An item whose first part is no
    date ("Phase 2 - GP record") lists nothing."""
    out = []
    for m in _LISTED.finditer(text):
        when = m.group("when").strip()
        found = types_dates(when)
        if found and found[0][0] <= 8 and found[-1][1] >= len(when) - 1:
            out.append((when, m.group("what").strip()))
    return out


def _row_items(rows: list[dict]) -> Iterator[dict]:
    """Dated rows as milestone-shaped items. `what_at` is where the cell saying what is due stands: a
    sheet's row record stands on its sheet alone, and the milestone a tracker reader took from that row
    stands on the sheet's row too, so a row whose cell stands where a milestone does is that milestone."""
    for row in rows:
        labels = [label.lower() for label in json.loads(row["labels"] or "[]")]
        cells = json.loads(row["cells"])
        dueish = [k for k, label in enumerate(labels) if any(w in label for w in (*DUE_LABELS, *CURRENT_LABELS)) and k < len(cells)]
        dueish.sort(key=lambda k: not any(w in labels[k] for w in CURRENT_LABELS))  # the forecast before the baseline
        # the due column is one that holds a date ("Target" may be a score, "Review date" the date)
        due_at = next((k for k in dueish if types_dates(cells[k]["text"])), dueish[0] if dueish else None)
        what_at = next((k for w in WHAT_LABELS for k, label in enumerate(labels)
                        if w in label and k < len(cells) and k != due_at), None)  # "milestone" before "item"
        due = cells[due_at]["text"] if due_at is not None else ""
        listed = listed_milestones(cells[what_at]["text"]) if what_at is not None and not due else []
        if len(listed) >= LISTED_MIN:  # "Key milestones; June 2018 - unit open on weekdays; 1 September 2018 - ..."
            where = (cells[what_at].get("page"), cells[what_at].get("line"))
            # what they are milestones of: the cells before, each to its first paragraph ("W9 Frailty and out of hospital")
            work = " ".join(c["text"].split("; ")[0] for c in cells[:what_at] if c["text"])
            for when, what in listed:
                period = normalise_near(when, paper_day(row.get("doc_title") or ""))
                yield {**row, "text": what, "initiative": row.get("initiative") or work, "status": None,
                       "due_raw": when, "precision": period.precision,
                       "start": period.start.isoformat() if period.start else None,
                       "end": period.end.isoformat() if period.end else None, "owner": "", "initiative_id": row["id"],
                       "context_text": row["row_text"], "fy_start": None, "what_at": where}
            continue
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
               "context_text": row["row_text"], "fy_start": None,
               "what_at": (cells[what_at].get("page"), cells[what_at].get("line")) if what_at is not None else (None, None)}
