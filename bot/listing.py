"""Plan records as data (owners, milestones, must-dos) for people who want the table, not an answer."""

import json
from datetime import date

from bot.errors import PlanbotError
from bot.records.areas import AreaBook
from bot.records.mustdos import MUSTDOS, own_label
from bot.index.store import PlanIndex
from bot.digests.items import PlanItem, milestone_items
from bot.places import row_where, titled


def area_book(index: PlanIndex) -> AreaBook:
    """The plan areas of a version and the names they go by, read once."""
    return index.memo("area book", lambda: AreaBook.from_rows(index.table("areas")))


def resolve_area(index: PlanIndex, name: str | None) -> str | None:
    """"central lancs" -> "Central Lancashire"; an unknown name is an error listing the known ones."""
    if not name:
        return None
    book = area_book(index)
    found = book.in_text(name)
    if not found:
        known = ", ".join(book.names) or "none: these papers have no plan areas"
        raise PlanbotError(f"Unknown plan area '{name}'. The plan areas are: {known}.")
    return found[0]


_where = row_where


def milestone_rows(index: PlanIndex, rows: list[dict], date_from: date | None = None,
                   date_to: date | None = None) -> list[PlanItem]:
    """Milestone records due in [date_from, date_to] as one item per milestone, by area and due date."""
    if date_from:
        rows = [r for r in rows if r["end"] and date.fromisoformat(r["end"]) >= date_from]
    if date_to:
        rows = [r for r in rows if r["end"] and date.fromisoformat(r["end"]) <= date_to]
    rows.sort(key=lambda r: (r["area"] or "", r["end"] or "9999"))
    return milestone_items(index, rows)


def _milestones(index: PlanIndex, rows: list[dict], date_from: date | None,
                date_to: date | None) -> tuple[list[dict], list[str]]:
    items = milestone_rows(index, rows, date_from, date_to)
    out = [{"area": i.area, "initiative": i.initiative, "milestone": i.milestone, "due": i.due,
            "start": i.start.isoformat() if i.start else None, "end": i.end.isoformat() if i.end else None,
            "precision": i.precision, "owner": i.owner, "owner_cell": i.owner_cell, "document": i.citation.document,
            "title": i.citation.title, "page": i.citation.page, "line": i.citation.line, "quote": i.citation.quote}
           for i in items]
    lines = [f"{r['area'] or '-'}: {r['milestone'][:70]} | due {r['due'] or 'no date'} ({r['start'] or '?'}..{r['end'] or '?'}, "
             f"{r['precision']}) | {r['owner'][:60]}  [{titled(r['title'], r['document'], r['page'], r['line'], 60)}]"
             for r in out]
    return out, lines


def list_records(index: PlanIndex, kind: str, area_name: str | None, date_from: date | None = None,
                 date_to: date | None = None) -> tuple[list[dict], list[str]]:
    area = resolve_area(index, area_name)

    def wanted(row: dict) -> bool:
        return area is None or row.get("area") == area

    if kind == "owners":
        rows = [r for r in index.table("initiatives") if wanted(r)]
        out = [{"area": r["area"], "number": r["number"], "initiative": r["title"], "owners": json.loads(r["owners"]),
                "document": r["document"], "page": r["page"], "line": r["line"], "quote": r["owner_quote"] or r["quote"]} for r in rows]
        lines = [f"{r['area'] or '-'} #{r['number'] or '?'} {r['initiative'][:70]}: {'; '.join(r['owners']) or '(no owner named)'}  [{_where(r)}]" for r in out]
        if area is None:
            for p in index.table("people"):
                out.append({"person": p["name"], "role": p["role"], "document": p["document"], "page": p["page"], "line": p["line"], "quote": p["quote"]})
                lines.append(f"{p['name']}: {p['role'][:90]}  [{_where(p)}]")
        return out, lines
    if kind == "milestones":
        return _milestones(index, [r for r in index.table("milestones") if wanted(r)], date_from, date_to)
    rows = sorted((r for r in index.table("mustdos") if wanted(r)), key=lambda r: (r["area"] or "", r["mustdo"], r["priority"]))
    out = [{"area": r["area"], "mustdo": r["mustdo"], "mustdo_name": own_label(r["mustdo"], r.get("description") or "") or MUSTDOS[r["mustdo"]], "priority": r["priority"],
            "text": r["text"], "document": r["document"], "page": r["page"], "line": r["line"], "quote": r["quote"]} for r in rows]
    lines = [f"{r['area'] or '-'} must do {r['mustdo']} <- {r['priority']}: {r['text'][:80]}  [{_where(r)}]" for r in out]
    if area is not None:
        covered = {r["mustdo"] for r in rows}
        gaps = [n for n in MUSTDOS if n not in covered]
        if gaps:
            lines.append(f"Must-dos with nothing mapped in {area}: {', '.join(str(n) for n in gaps)}")
    return out, lines
