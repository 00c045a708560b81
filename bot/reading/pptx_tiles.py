"""Calendar tiles on a slide: a month box ("FEB") over a day box ("28"), the label in a box beside them
("STP workforce plan due to NHS England"), each a shape of its own. Read in shape order they come apart
(all the months, then the labels, then the days); read as tiles, each says "28 Feb 2017: STP workforce
plan due to NHS England", the year from the slide's title ("Key dates in 2017") when it names one."""

import calendar
import re

from bot.reading.pdf_tiles import FIGURE

_MONTHS = {m.lower(): n for n in range(1, 13) for m in (calendar.month_abbr[n], calendar.month_name[n])} | {"sept": 9}
_DAY = re.compile(r"^\d{1,2}$")
_YEAR = re.compile(r"\b(20\d\d)\b")
NEAR = 0.5  # of the month box's width: how far the day box's left edge may stand from the month's
BESIDE = 1.5  # of the month box's width: how far right of the tile its label may start


def calendar_tiles(shapes: list[object], title: str) -> dict[int, str]:
    """Shape id -> the line a tile reads as: the month box gives "day Month year: label", the day and label
    boxes "" (said with their month). Nothing when the slide holds fewer than two tiles."""
    texts = {s.shape_id: " ".join(s.text_frame.text.split()) for s in shapes
             if getattr(s, "has_text_frame", False) and s.has_text_frame and s.text_frame.text.strip()}
    boxes = [s for s in shapes if s.shape_id in texts]
    year = _YEAR.search(title or "")
    out: dict[int, str] = {}
    taken: set[int] = set()
    for month in boxes:
        if texts[month.shape_id].lower() not in _MONTHS:
            continue
        day = _below(month, boxes, texts, taken)
        label = _beside(month, day, boxes, texts, taken) if day is not None else None
        if day is None or label is None:
            continue
        name = calendar.month_abbr[_MONTHS[texts[month.shape_id].lower()]]
        out[month.shape_id] = f"{int(texts[day.shape_id])} {name}{' ' + year.group(1) if year else ''}: {texts[label.shape_id]}"
        out[day.shape_id] = out[label.shape_id] = ""
        taken |= {month.shape_id, day.shape_id, label.shape_id}
    return out if sum(1 for v in out.values() if v) >= 2 else {}


def _below(month: object, boxes: list[object], texts: dict[int, str], taken: set[int]) -> object | None:
    """The day box under the month box: the same column, starting about where the month box ends."""
    width, bottom = month.width or 1, (month.top or 0) + (month.height or 0)
    found = [b for b in boxes if b.shape_id not in taken and _DAY.match(texts[b.shape_id]) and 1 <= int(texts[b.shape_id]) <= 31
             and abs((b.left or 0) - (month.left or 0)) <= NEAR * width and abs((b.top or 0) - bottom) <= NEAR * (month.height or width)]
    return min(found, key=lambda b: abs((b.top or 0) - bottom)) if found else None


def _beside(month: object, day: object, boxes: list[object], texts: dict[int, str], taken: set[int]) -> object | None:
    """The label box right of the tile, level with it: the nearest box starting just past the tile's right edge."""
    right = max((month.left or 0) + (month.width or 0), (day.left or 0) + (day.width or 0))
    top, bottom = month.top or 0, (day.top or 0) + (day.height or 0)
    found = [b for b in boxes if b.shape_id not in taken and b.shape_id not in (month.shape_id, day.shape_id)
             and texts[b.shape_id].lower() not in _MONTHS and not _DAY.match(texts[b.shape_id])
             and right - 1 <= (b.left or 0) <= right + BESIDE * (month.width or 1)
             and (b.top or 0) < bottom and (b.top or 0) + (b.height or 0) > top]
    return min(found, key=lambda b: (b.left or 0)) if found else None


def figure_pairs(upper: list[object], lower: list[object]) -> dict[int, str]:
    """Stat call-outs: a row of boxes each holding a lone figure ("£118m") over a row of caption boxes in the
    same columns ("gap we must close by 2020/21"). Read in shape order all the figures come first and then all
    the captions, with nothing to say which is whose; read as pairs each says "£118m gap we must close by
    2020/21". Captions over their figures read "caption: figure". Nothing unless every box of one row is a
    figure and none of the other is."""
    for figures, captions, above in ((upper, lower, True), (lower, upper, False)):
        said = {s.shape_id: " ".join(s.text_frame.text.split()) for s in [*figures, *captions]}
        if all(FIGURE.match(said[f.shape_id]) for f in figures) and not any(FIGURE.match(said[c.shape_id]) for c in captions):
            out: dict[int, str] = {}
            for figure, caption in zip(figures, captions):
                fig, words = said[figure.shape_id], said[caption.shape_id]
                out[figure.shape_id] = f"{fig} {words}" if above else f"{words}: {fig}"
                out[caption.shape_id] = ""
            return out
    return {}
