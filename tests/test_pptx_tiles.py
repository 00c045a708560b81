"""Calendar tiles on a slide (a month box over a day box, the label in a box beside them) read as one line
each, "28 Feb 2017: STP workforce plan due", the year from the slide's title; boxes that are no tiles are
read as before."""

import io

from pptx import Presentation
from pptx.util import Emu

from bot.reading.limits import ReadLimits
from bot.reading.pptx import read_pptx

TILES = [("FEB", "28", "STP workforce plan due to NHS England"), ("MAR", "16", "Programme Board: UTC business case"),
         ("APR", "18", "Next Partnership Board")]


def _deck(title: str, tiles: list[tuple[str, str, str]]) -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = title
    boxes = []
    for k, (month, day, label) in enumerate(tiles):  # every month box first, then the labels, then the days
        left = 640080 + k * 3840480
        boxes.append((0, left, 1463040, 1188720, 457200, month))
        boxes.append((2, left, 1920240, 1188720, 914400, day))
        boxes.append((1, left + 1325880, 1600200, 2331720, 1280160, label))
    for _, left, top, width, height, text in sorted(boxes):
        slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height)).text_frame.text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    lines, *_ = read_pptx("dates.pptx", data, ReadLimits.for_max_bytes(10**7))
    return [line.text for line in lines if line.text]


def test_each_tile_reads_as_its_date_and_label() -> None:
    lines = _lines(_deck("Key dates in 2017", TILES))
    assert "28 Feb 2017: STP workforce plan due to NHS England" in lines, lines
    assert "18 Apr 2017: Next Partnership Board" in lines, lines
    assert "FEB" not in lines and "28" not in lines


def test_a_single_tile_is_read_box_by_box() -> None:
    lines = _lines(_deck("Key dates", TILES[:1]))
    assert "FEB" in lines and "28" in lines, lines
