"""PowerPoint (.pptx) with python-pptx: per slide its title (the section), then its text frames in
reading order (top to bottom, left to right) and its tables as tab-separated rows (a diagram of boxes
joined by connector lines as the table it draws: bot.reading.pptx_links), then its speaker notes. The page of every line is its slide number, so citations say "slide N"."""

import re
from collections.abc import Iterator

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import row_line
from bot.reading.packages import open_package
from bot.reading.pptx_links import linked_rows
from bot.reading.pptx_tiles import calendar_tiles, figure_pairs
from bot.textnorm import clean


def read_pptx(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, int, list[str]]:
    from pptx import Presentation

    budget = TextBudget(name, limits)

    stream = open_package(name, data, "pptx")
    try:
        deck = Presentation(stream)
        slides = list(deck.slides)
    except Exception as exc:  # python-pptx raises many kinds on damaged parts
        raise DocumentError(name, f"is not a readable PowerPoint file ({type(exc).__name__}); re-save it as .pptx") from None
    lines: list[SourceLine] = []
    warnings: list[str] = []
    for number, slide in enumerate(slides, start=1):
        try:
            texts = list(_slide_lines(slide))
        except Exception as exc:  # one bad slide should not lose the deck
            warnings.append(f"{name}: slide {number} could not be read ({type(exc).__name__})")
            continue
        for text, heading in texts:
            lines.append(SourceLine(page=number, text=clean(budget.take(text)), heading=heading))
    title = (deck.core_properties.title or "").strip()
    return lines, title, len(slides), warnings


def _slide_lines(slide: object) -> Iterator[tuple[str, int]]:
    """(text, is the slide title) in reading order."""
    shapes = _reading_order(slide.shapes)  # type: ignore[attr-defined]
    title = slide.shapes.title or _drawn_title(shapes, slide)  # type: ignore[attr-defined]
    if title is not None and title.has_text_frame and title.text_frame.text.strip():
        yield " ".join(title.text_frame.text.split()), True
    paired = calendar_tiles(shapes, title.text_frame.text if title is not None and title.has_text_frame else "") or _timeline_pairs(shapes)
    linked, joined = linked_rows(shapes)
    for shape in shapes:
        if title is not None and shape.shape_id == title.shape_id:
            continue
        if shape.shape_id in joined:
            if linked:  # the diagram's table, where its first box stands
                yield from ((row, False) for row in linked)
                yield "", False
                linked = []
            continue
        if shape.shape_id in paired:
            if paired[shape.shape_id]:
                yield paired[shape.shape_id], False
                yield "", False
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            yield from ((row, False) for row in _table_rows(shape.table))
        elif getattr(shape, "has_chart", False) and shape.has_chart:
            yield from ((row, False) for row in _chart_rows(shape.chart))
            yield "", False
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield from _bullets(shape.text_frame.paragraphs)
            yield "", False  # a text box ends its passage
    yield from _notes(slide)


BULLET_HEADING = 2  # a heading level under the slide title's


def _bullets(paragraphs: list[object]) -> Iterator[tuple[str, int]]:
    """A text frame's paragraphs; a bullet with deeper bullets under it is their heading ("Bed capacity"
    over "TRI: 28" and "EGH: 18"), as a reader takes a two-level list."""
    paragraphs = list(paragraphs)
    levels = [p.level if p.text.strip() else None for p in paragraphs]  # type: ignore[attr-defined]
    for i, paragraph in enumerate(paragraphs):
        below = next((level for level in levels[i + 1:] if level is not None), None)
        heads = levels[i] is not None and below is not None and below > levels[i]
        for part in paragraph.text.split("\v"):  # type: ignore[attr-defined]
            yield part.strip(), BULLET_HEADING if heads and part.strip() else 0


def _notes(slide: object) -> Iterator[tuple[str, int]]:
    """The speaker notes, after the slide's own text and under a line saying what they are: presenters
    write there what the slide leaves out (who presents, why a date slipped, when someone retires)."""
    if not slide.has_notes_slide:  # type: ignore[attr-defined]
        return
    frame = slide.notes_slide.notes_text_frame  # type: ignore[attr-defined]
    paragraphs = [" ".join(p.text.split()) for p in frame.paragraphs] if frame is not None else []
    if any(paragraphs):
        yield NOTES_HEADING, False
        yield from ((p, False) for p in paragraphs if p)
        yield "", False


NOTES_HEADING = "Speaker notes"


def _drawn_title(shapes: list[object], slide: object) -> object | None:
    """A slide built from plain text boxes has no title placeholder; its title is what a viewer reads
    as one: the box set in the largest type in the top fifth of the slide, of one or two lines. None
    when no size is set there (the theme's sizes are not read), so no box is guessed at."""
    height = slide.part.package.presentation_part.presentation.slide_height or 0  # type: ignore[attr-defined]
    best, best_size = None, 0
    for shape in shapes:
        if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
            continue
        if (shape.top or 0) > height / 5 or not shape.text_frame.text.strip():
            continue
        if len([p for p in shape.text_frame.paragraphs if p.text.strip()]) > 2:
            continue
        sizes = [run.font.size for p in shape.text_frame.paragraphs for run in p.runs if run.font.size]
        if sizes and max(sizes) > best_size:
            best, best_size = shape, max(sizes)
    return best


_WHEN = re.compile(
    r"^(?:(?:w/c|by|from|end(?: of)?)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-' ]?\s*\d{2,4}"
    r"|q[1-4](?:\s+\d{2,4}(?:/\d{2,4})?)?|(?:quarter|qtr)\s*[1-4].*|\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d{2}(?:/\d{2,4})?)$",
    re.IGNORECASE)
_ALIGNED = 274320  # 0.3 inch in EMU: boxes this close in from the left stand in one column


def _timeline_pairs(shapes: list[object]) -> dict[int, str]:
    """A timeline drawn as a row of date boxes over (or under) a row of label boxes, each date
    matched to its label only by standing in the same column. Each date box maps to the line
    "date: label" and each label box to "" (said with its date), so the pair stays one passage."""
    rows: dict[int, list[object]] = {}
    for shape in shapes:
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame and shape.text_frame.text.strip():
            rows.setdefault((shape.top or 0) // _BAND, []).append(shape)
    bands = [rows[key] for key in sorted(rows)]
    paired: dict[int, str] = {}
    for k, dates in enumerate(bands):  # a date row over columns of boxes stacked under each date
        if len(dates) >= 2 and not any(s.shape_id in paired for s in dates) and all(_WHEN.match(_said(s)) for s in dates):
            paired.update(_stacked_under(dates, bands[k + 1:], paired))
    for upper, lower in zip(bands, bands[1:]):
        if len(upper) < 2 or len(upper) != len(lower) or any(s.shape_id in paired for s in [*upper, *lower]):
            continue
        if any(abs((a.left or 0) - (b.left or 0)) > _ALIGNED for a, b in zip(upper, lower)):
            continue
        for dates, labels in ((upper, lower), (lower, upper)):
            if all(_WHEN.match(" ".join(s.text_frame.text.split())) for s in dates):
                for when, label in zip(dates, labels):
                    paired[when.shape_id] = f"{' '.join(when.text_frame.text.split())}: {' '.join(label.text_frame.text.split())}"
                    paired[label.shape_id] = ""
                break
        else:
            paired.update(figure_pairs(upper, lower))
    return paired


def _said(shape: object) -> str:
    return " ".join(shape.text_frame.text.split())  # type: ignore[attr-defined]


WIDEST = 1.5  # a box under a date stands in its column when no wider than this many of the date box


def _stacked_under(dates: list[object], below: list[list[object]], paired: dict[int, str]) -> dict[int, str]:
    """A roadmap drawn as a row of date boxes ("Q3 2017/18") with the milestones stacked in a column
    under each: every box below whose middle stands within a date box's width (and is not much wider)
    is that date's, "date: milestone", down to the next row of dates. Only when some column stacks two
    or more (one box under each date is a pair, read as such) and at least two columns have boxes."""
    found: dict[int, str] = {}
    columns: dict[int, int] = {}
    for band in below:
        if all(_WHEN.match(_said(s)) for s in band):
            break  # the next timeline's dates
        for shape in band:
            if shape.shape_id in paired or _WHEN.match(_said(shape)):
                continue
            middle = (shape.left or 0) + (shape.width or 0) / 2
            column = next((d for d in dates if (d.left or 0) <= middle <= (d.left or 0) + (d.width or 0)
                           and (shape.width or 0) <= WIDEST * (d.width or 1)), None)
            if column is not None:
                found[shape.shape_id] = f"{_said(column)}: {_said(shape)}"
                columns[column.shape_id] = columns.get(column.shape_id, 0) + 1
    if len(columns) < 2 or max(columns.values()) < 2:
        return {}
    return {**found, **{d.shape_id: "" for d in dates if d.shape_id in columns}}


def _reading_order(shapes: object) -> list[object]:
    """Shapes top to bottom, then left to right; boxes whose tops are within a few points of each other
    count as one band, so side-by-side columns read left first. A group is read whole where it stands
    (its shapes in the same order among themselves): a card grouped from a title box and its "SRO:" and
    "Next:" boxes reads as one card, not mixed line by line with the cards beside it."""
    out: list[object] = []
    for shape in sorted(shapes, key=lambda s: ((s.top or 0) // _BAND, s.left or 0)):  # type: ignore[call-overload]
        if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            out.extend(_reading_order(shape.shapes))
        else:
            out.append(shape)
    return out


_BAND = 76200  # 6 pt in EMU: boxes whose tops are this close read as one row


def _table_rows(table: object) -> list[str]:
    """Each row as cells; a cell merged down over rows below gives them its text, as a reader sees it
    standing beside each of them (a programme and its SRO merged over the programme's initiatives). A
    cell merged across columns is read once."""
    rows = []
    down: dict[int, tuple[str, int]] = {}  # column -> (text of a cell merged down, rows it still covers)
    for row in table.rows:  # type: ignore[attr-defined]
        cells = []
        for column, cell in enumerate(row.cells):
            if cell.is_merge_origin and cell.span_height > 1:
                down[column] = (" ".join(cell.text.split()), cell.span_height - 1)
                cells.append(down[column][0])
            elif cell.is_spanned and column in down and down[column][1] > 0:
                text, left = down[column]
                down[column] = (text, left - 1)
                cells.append(text)
            else:
                cells.append("" if cell.is_spanned else " ".join(cell.text.split()))
        if any(c.strip() for c in cells):
            rows.append(row_line(cells))
    return rows


def _chart_rows(chart: object) -> list[str]:
    """A chart's numbers as the table they were drawn from: its title, a header of the series' names,
    then a row per category. Bar and line charts carry their figures only in the chart's data, so a
    reader of the slide's text sees none of them."""
    rows = []
    if chart.has_title and chart.chart_title.has_text_frame:  # type: ignore[attr-defined]
        title = " ".join(chart.chart_title.text_frame.text.split())  # type: ignore[attr-defined]
        if title:
            rows.append(title)
    try:
        plots = list(chart.plots)  # type: ignore[attr-defined]
        categories = [str(c) for c in plots[0].categories] if plots else []
        series = [s for plot in plots for s in plot.series]
    except (KeyError, ValueError, AttributeError, IndexError):  # a chart part python-pptx cannot read
        return rows
    if not categories or not series:
        return rows
    rows.append(row_line(["", *(str(s.name or "") for s in series)]))
    values = [list(s.values) for s in series]
    for i, category in enumerate(categories):
        rows.append(row_line([category, *(_figure(v[i]) if i < len(v) else "" for v in values)]))
    return rows


def _figure(value: object) -> str:
    return "" if value is None else f"{value:.10g}" if isinstance(value, float) else str(value)
