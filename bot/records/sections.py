"""Which section heading and plan area each line sits under, as a reader would see them."""

from collections.abc import Iterator

from bot.models import SourceLine
from bot.reading.layout import is_heading, is_table_line
from bot.records.areas import heading_area
from bot.textnorm import squash


def line_contexts(lines: list[SourceLine]) -> Iterator[tuple[SourceLine, str | None, str | None, bool]]:
    """(line, section heading, plan area, whether the line is that heading) as a reader would see them."""
    section: str | None = None
    area: str | None = None
    blank_before = True
    previous_page: int | None = None
    for line in lines:
        if line.page != previous_page:
            blank_before, previous_page = True, line.page
        if not line.text.strip():
            blank_before = True
            yield line, section, area, False
            continue
        heading = line.heading or (not is_table_line(line.text) and is_heading(line.text, blank_before))
        if heading:
            section = squash(line.text)
            area = heading_area(section) or area
        blank_before = False
        yield line, section, area, heading
