"""Which section heading and plan area each line sits under, as a reader would see them."""

from collections.abc import Iterable, Iterator, Sequence

from bot.models import SourceLine
from bot.reading.layout import is_heading, is_table_line
from bot.records.areas import AreaBook, AreaBooks, closes_area, discover, place_plan_name
from bot.textnorm import squash

HeadingMark = tuple[SourceLine, bool]
LineContext = tuple[SourceLine, str | None, str | None, bool]


def heading_marks(lines: list[SourceLine]) -> Iterator[HeadingMark]:
    """Each line and whether a reader takes it as a section heading."""
    blank_before = True
    previous_page: int | None = None
    for line in lines:
        if line.page != previous_page:
            blank_before, previous_page = True, line.page
        if not line.text.strip():
            blank_before = True
            yield line, False
            continue
        yield line, line.heading or (not is_table_line(line.text) and is_heading(line.text, blank_before))
        blank_before = False


def document_areas(lines: list[SourceLine], declared: dict[str, list[str]] | None = None,
                   known: Iterable[str] = (), marks: Sequence[HeadingMark] | None = None,
                   books: AreaBooks | None = None) -> AreaBook:
    """The plan areas a document's own headings open, with those the build has met already and the
    glossary's names for them. A build passes the heading marks it reads the document with, and its
    `books`, which keep the last book made."""
    found = discover(squash(line.text) for line, heading in (marks if marks is not None else heading_marks(lines)) if heading)
    return (books if books is not None else AreaBooks()).book([*known, *found, *(declared or {})], declared)


def line_contexts(lines: list[SourceLine], book: AreaBook | None = None,
                  marks: Sequence[HeadingMark] | None = None) -> Iterator[LineContext]:
    """(line, section heading, plan area, whether the line is that heading). A heading naming an area
    opens its pages; another plan's heading closes them. A section under a plan's heading is named with
    it ("Pan Lancashire LD Plan on a Page › Finance & Efficiency"), so what it is about stays known.
    `marks` are the lines' heading marks when the caller has them already."""
    book = book if book is not None else AreaBook()
    section: str | None = None
    area: str | None = None
    chapter: str | None = None  # the plan-level heading the section sits under
    for line, heading in (marks if marks is not None else heading_marks(lines)):
        if heading:
            title = squash(line.text)
            opened = book.opening(title)
            if opened and (place_plan_name(title) or area != opened):
                area, chapter = opened, title
            elif not opened and closes_area(title):
                area, chapter = None, title
            section = title if chapter in (None, title) else f"{chapter} › {title}"
        yield line, section, area, heading
