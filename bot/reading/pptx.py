"""PowerPoint (.pptx) with python-pptx: per slide its title (the section), then its text frames in
reading order (top to bottom, left to right) and its tables as tab-separated rows. The page of every
line is its slide number, so citations say "slide N"."""

from collections.abc import Iterator

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import row_line
from bot.reading.packages import open_package
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


def _slide_lines(slide: object) -> Iterator[tuple[str, bool]]:
    """(text, is the slide title) in reading order."""
    title = slide.shapes.title  # type: ignore[attr-defined]
    if title is not None and title.has_text_frame and title.text_frame.text.strip():
        yield " ".join(title.text_frame.text.split()), True
    for shape in _reading_order(slide.shapes):  # type: ignore[attr-defined]
        if title is not None and shape.shape_id == title.shape_id:
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            yield from ((row, False) for row in _table_rows(shape.table))
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                for part in paragraph.text.split("\v"):
                    yield part.strip(), False
            yield "", False  # a text box ends its passage


def _reading_order(shapes: object) -> list[object]:
    """Shapes (inside groups too) top to bottom, then left to right; boxes whose tops are within a
    few points of each other count as one band, so side-by-side columns read left first."""
    flat: list[object] = []

    def walk(group: object) -> None:
        for shape in group:  # type: ignore[attr-defined]
            if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
                walk(shape.shapes)
            else:
                flat.append(shape)

    walk(shapes)
    band = 76200  # 6 pt in EMU
    return sorted(flat, key=lambda s: ((s.top or 0) // band, s.left or 0))


def _table_rows(table: object) -> list[str]:
    rows = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells = ["" if cell.is_spanned else " ".join(cell.text.split()) for cell in row.cells]
        if any(c.strip() for c in cells):
            rows.append(row_line(cells))
    return rows
