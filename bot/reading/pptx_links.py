"""A slide whose meaning is in its connector lines: a "golden thread" joining each national must-do box
to the boxes of the local priorities that deliver it, a solid line for a primary contribution and a
dashed one for a supporting contribution, as a legend beside the diagram says. Read as a viewer reads
it: a table with one row per box of the longer column, the boxes it is joined to in the next cell
(each with what its line's style means), and a dash for a box no line reaches, which is a gap."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.reading.marks import row_line

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_ALIGNED = 274320  # 0.3 inch in EMU: boxes this close in from the left stand in one column
MIN_LINKS = 3  # fewer joined boxes make an arrow or two, not a diagram read as a table
NO_LINK = "–"


@dataclass(frozen=True)
class _Line:
    start: int | None
    end: int | None
    style: str  # "solid", "dash", "sysDot", ...: what tells a legend's kinds apart
    x: int
    y: int


def linked_rows(shapes: list[object]) -> tuple[list[str], set[int]]:
    """The diagram's table rows (a header, then a row per box) and the ids of the shapes they say, or
    ([], set()) where the slide joins fewer than MIN_LINKS pairs of text boxes."""
    boxes = {s.shape_id: s for s in shapes if _text(s)}
    lines = [line for s in shapes if (line := _connector(s)) is not None]
    links = [ln for ln in lines if ln.start in boxes and ln.end in boxes]
    if len(links) < MIN_LINKS:
        return [], set()
    starts, ends = {ln.start for ln in links}, {ln.end for ln in links}
    if starts & ends:
        return [], set()  # a chain or a web, not two columns joined
    meaning, legend = _legend([ln for ln in lines if ln not in links], boxes, starts | ends)
    rows_side, other_side = _column(starts, boxes), _column(ends, boxes)
    if len(other_side[0]) > len(rows_side[0]):
        rows_side, other_side = other_side, rows_side
    members, header = rows_side
    _, other_header = other_side
    out = [row_line([_text(header) if header else "", _text(other_header) if other_header else ""])] if header or other_header else []
    for box in members:
        joined = [ln for ln in links if box.shape_id in (ln.start, ln.end)]
        said = [_said(boxes[ln.end if ln.start == box.shape_id else ln.start], meaning.get(ln.style)) for ln in joined]
        out.append(row_line([_text(box), "; ".join(said) if said else NO_LINK]))
    used = {b.shape_id for b in members} | starts | ends | legend | {h.shape_id for h in (header, other_header) if h}
    return out, used


def _column(ids: set[int], boxes: dict[int, object]) -> tuple[list[object], object | None]:
    """The joined boxes of one side, with the unjoined boxes standing in their column between them (a
    box no line reaches), top to bottom; and the column's heading, the aligned box just above them."""
    joined = [boxes[i] for i in ids]
    left = sorted(b.left or 0 for b in joined)[len(joined) // 2]
    top, bottom = min(b.top or 0 for b in joined), max(b.top or 0 for b in joined)
    column = [b for b in boxes.values() if abs((b.left or 0) - left) <= _ALIGNED]
    members = sorted((b for b in column if top <= (b.top or 0) <= bottom), key=lambda b: b.top or 0)
    above = [b for b in column if (b.top or 0) < top]
    return members, max(above, key=lambda b: b.top or 0) if above else None


def _legend(loose: Iterable[_Line], boxes: dict[int, object], joined: set[int]) -> tuple[dict[str, str], set[int]]:
    """A line drawn joined to nothing, beside a text box, is a legend entry: its style -> the box's words."""
    meaning: dict[str, str] = {}
    used: set[int] = set()
    free = [b for i, b in boxes.items() if i not in joined]
    for line in loose:
        near = min(free, key=lambda b: _distance(line, b), default=None)
        if near is not None and line.style not in meaning and _distance(line, near) <= 4 * _ALIGNED:
            meaning[line.style] = _text(near)
            used.add(near.shape_id)
    return meaning, used


def _distance(line: _Line, box: object) -> float:
    cx, cy = (box.left or 0), (box.top or 0) + (box.height or 0) / 2
    return ((line.x - cx) ** 2 + (line.y - cy) ** 2) ** 0.5


def _connector(shape: object) -> _Line | None:
    element = shape._element  # type: ignore[attr-defined]
    if not element.tag.endswith("}cxnSp"):
        return None
    start, end = element.find(f".//{_A}stCxn"), element.find(f".//{_A}endCxn")
    dash = element.find(f".//{_A}ln/{_A}prstDash")
    return _Line(start=int(start.get("id")) if start is not None else None, end=int(end.get("id")) if end is not None else None,
                 style=dash.get("val") if dash is not None else "solid", x=(shape.left or 0) + (shape.width or 0), y=(shape.top or 0) + (shape.height or 0) // 2)


def _said(box: object, meaning: str | None) -> str:
    return f"{_text(box)} ({meaning})" if meaning else _text(box)


def _text(shape: object) -> str:
    if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:  # type: ignore[attr-defined]
        return ""
    return " ".join(shape.text_frame.text.split())  # type: ignore[attr-defined]
