"""Roadmaps whose columns are periods and whose cells name what falls due in them: "Programme | Q3 16/17 |
Q4 16/17 | Q1 17/18 | ..." with "PC1 MSK triage service live (1 Jul) PC3 lung pathway go-live (30 Sep)" in
the Q2 17/18 cell. No column says "due": a milestone's period is the column it sits in, narrowed by the
day, month or season written in brackets beside it ("(1 Jul)" in Q2 17/18 is 1 July 2017). A cell naming
several coded items ("PC1 ... PC3 ...") holds one milestone each. Read into the same initiative and
milestone records as a tracker, so what falls due in a window is asked the same way."""

import hashlib
import json
import re
from collections.abc import Callable

from bot.models import Period
from bot.records.dates import normalise
from bot.textnorm import squash

# an item's code opening each milestone in a cell ("PC1", "▲ OH2", "UEC-3"): two letters or more, then a number
_ITEM = re.compile(r"(?:(?<=\s)|^)(?:[▲△◆★]\s*)?(?=[A-Z]{2,5}-?\d{1,2}\b)")
_BRACKETED = re.compile(r"\(([^()]{2,30})\)\s*$")
_MARKER = re.compile(r"^[▲△◆★]\s*")
_FIGURE = re.compile(r"^[£$]?[\d.,]+\s*[%mk]?$", re.I)
FINER = ("day", "week", "month", "season", "quarter")  # a bracketed date finer than a column's period narrows it
TEXT_SHARE = 0.5  # of a roadmap's filled period cells, at least, that name work in words (not figures or marks)


def roadmap_milestones(table: list[dict], title_at: int, periods: dict[int, Period],
                       find_areas: Callable[[str], list[str]]) -> tuple[list[dict], list[dict]]:
    """(initiatives, milestones) of a roadmap table whose period cells name its milestones; ([], []) when
    its period cells hold figures or marks (a finance table, a timeline of bars)."""
    if not _names_work(table, periods):
        return [], []
    initiatives, milestones = [], []
    for row in table:
        cells = json.loads(row["cells"])
        title = squash(cells[title_at]["text"]) if title_at < len(cells) else ""
        if not title:
            continue
        area = row.get("area")
        provenance = {k: row.get(k) for k in ("doc_id", "document", "doc_title", "page", "line", "section")}
        initiative = {"id": _id(row["id"], "roadmap", title), "area": area, "number": None, "title": title, "owners": "[]",
                      "owner_raw": "", "risks": "", "governance": "", "interdependencies": "", "row_text": row["row_text"],
                      "quote": cells[title_at].get("quote") or title, "owner_quote": None, "owner_page": None, "owner_line": None,
                      "fy_start": None, **provenance}
        initiatives.append(initiative)
        for at, period in periods.items():
            cell = cells[at] if at < len(cells) else {}
            for item in split_items(squash(cell.get("text") or "")):
                raw, due = dated_within(item, period, squash(json.loads(row["labels"])[at]))
                milestones.append({
                    "id": _id(initiative["id"], item, raw), "initiative_id": initiative["id"], "area": area, "initiative": title,
                    "text": _MARKER.sub("", _BRACKETED.sub("", item)).strip(), "due_raw": raw,
                    "start": due.start.isoformat() if due.start else None, "end": due.end.isoformat() if due.end else None,
                    "precision": due.precision, "owner": "", "quote": cell.get("quote") or item, "status": None,
                    **{**provenance, "page": cell.get("page", provenance["page"]), "line": cell.get("line", provenance["line"])}})
    return initiatives, milestones


def split_items(text: str) -> list[str]:
    """A cell's milestones: one per item code that opens one ("PC1 ... (1 Jul) PC3 ... (30 Sep)"), else the cell."""
    if not text or _FIGURE.match(text):
        return []
    starts: list[int] = []
    for m in _ITEM.finditer(text):
        if starts and not _MARKER.sub("", text[starts[-1]:m.start()]).strip():
            continue  # "▲ OH2": the marker and the code open one item
        starts.append(m.start())
    if len(starts) < 2:
        return [text]
    bounds = [0 if starts[0] < 3 else starts[0], *starts[1:], len(text)]
    head = [text[:starts[0]].strip()] if starts[0] >= 3 else []
    return [*head, *(text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip())]


def dated_within(item: str, period: Period, label: str) -> tuple[str, Period]:
    """The item's due date: what its brackets say, in the year that puts it inside the column's period
    ("1 Jul" under Q2 17/18: 1 Jul 2017), when that is finer than the period; else the column's period."""
    said = _BRACKETED.search(item)
    if said and period.start is not None and period.end is not None:
        text = said.group(1).strip()
        for written in [text] + [f"{text} {y}" for y in sorted({period.start.year, period.end.year})]:
            found = normalise(written)
            if found.start is not None and found.precision in FINER and found.start <= period.end and found.end >= period.start:
                return written, found
    return label, period


def _names_work(table: list[dict], periods: dict[int, Period]) -> bool:
    """Most filled period cells name work in words: not figures (a finance table) nor bare marks (bars)."""
    filled = [squash(json.loads(row["cells"])[i]["text"]) for row in table for i in periods
              if i < len(json.loads(row["cells"])) and squash(json.loads(row["cells"])[i]["text"])]
    worded = [t for t in filled if len(re.findall(r"[A-Za-z]{3,}", t)) >= 2]
    return bool(filled) and len(worded) >= TEXT_SHARE * len(filled)


def _id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]
