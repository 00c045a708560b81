"""Which section heading and plan area each line sits under, as a reader would see them."""

import re
from collections.abc import Iterable, Iterator, Sequence

from bot.models import SourceLine
from bot.reading.layout import FIELD_LINE, carries_on, hangs_under, is_heading, is_table_line
from bot.reading.wrapped_lines import left_open, wrapped_full
from bot.records.areas import AreaBook, AreaBooks, closes_area, discover, place_plan_name
from bot.records.running_lines import last_on_page, running_key, running_lines
from bot.textnorm import squash

HeadingMark = tuple[SourceLine, bool]
LineContext = tuple[SourceLine, str | None, str | None, bool]


def heading_marks(lines: list[SourceLine], wrapped: bool = False) -> Iterator[HeadingMark]:
    """Each line and whether a reader takes it as a section heading. In a page's `wrapped` lines (a
    PDF's), a line that ran into the column's edge is carried on by the next. A running header or
    footer printed between a heading and the body below it on its page heads nothing
    (bot/records/running_lines.py): only a PDF is printed in pages that carry one."""
    running = running_lines(lines) if wrapped else frozenset()
    last = last_on_page(lines) if running else {}
    headed: int | None = None  # the page the last heading of a page's own (no running line) was seen on
    blank_before = True
    previous_page: int | None = None
    previous_line: int | None = None
    carried = False  # the line before ends mid-sentence, so this one carries it on: no heading
    ran_on = False  # the line before, wrapped, left its phrase open or ran into the column's edge
    base: str | None = None  # the last line that hangs under no other
    for at, line in enumerate(lines):
        if line.page != previous_page:
            blank_before, previous_page, carried, ran_on = True, line.page, False, False
        elif line.line is not None and previous_line is not None and line.line > previous_line + 1:
            blank_before, carried, ran_on = True, False, False  # a sheet's empty row, left out when read: a blank line all the same
        previous_line = line.line
        if not line.text.strip():
            blank_before, carried, ran_on = True, False, False
            yield line, False
            continue
        if ran_on and FIELD_LINE.match(line.text.strip()):
            ran_on = False  # a card's "Lead: ..." below a full line opens a field of its own
        hung = wrapped and not blank_before and base is not None and hangs_under(base, lines[at - 1].text, line.text)
        heading = line.heading > 0 or (line.heading == 0 and not carried and not ran_on and not hung and not is_table_line(line.text)
                                       and is_heading(line.text, blank_before) and not (wrapped and carries_on(line.text)))
        runs = heading and bool(running) and running_key(line.text) in running
        if runs and not line.heading and headed == line.page and at < last.get(line.page, at):
            heading = False  # (a heading the file marks as one stays one)
        headed = line.page if heading and not runs else headed
        yield line, heading
        base = base if hung else line.text  # (the line a next one may hang under: the last not hanging itself)
        carried = carries_on(line.text)
        ran_on = wrapped and (left_open(line.text) or not heading and wrapped_full(lines, at))
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
                  marks: Sequence[HeadingMark] | None = None, slides: bool = False, wrapped: bool = False) -> Iterator[LineContext]:
    """(line, section heading, plan area, whether the line is that heading). A heading naming an area
    opens its pages; another plan's heading closes them. A section under a plan's heading is named with
    it ("Pan Lancashire LD Plan on a Page › Finance & Efficiency"), so what it is about stays known.
    `marks` are the lines' heading marks when the caller has them already. In a deck (`slides`), a
    slide's title heads everything on the slide: a short box below it that reads like a heading ("SRO:
    Jo Bloggs") is named under the title, so what it says stays tied to the slide's subject."""
    book = book if book is not None else AreaBook()
    section: str | None = None
    area: str | None = None
    chapter: str | None = None  # the plan-level heading the section sits under
    slide_title: tuple[int | None, str] | None = None  # the page and section of the last slide title
    numbered: dict[str, str] = {}  # "2.8" -> the section its heading opened
    above: str | None = None  # the last section a heading proper (not a "Label: value" line) opened
    levels: list[tuple[int, str]] = []  # the open headings whose level the paper gives (Word's styles)
    for line, heading in (marks if marks is not None else heading_marks(lines, wrapped)):
        if heading:
            title = squash(line.text)
            opened = book.opening(title)
            if opened and (place_plan_name(title) or area != opened):
                area, chapter = opened, title
            elif not opened and closes_area(title):
                area, chapter = None, title
            section = title if chapter in (None, title) else f"{chapter} › {title}"
            number = _NUMBER.match(title)
            parent = numbered.get(number.group(1).rsplit(".", 1)[0]) if number and "." in number.group(1) else None
            while levels and line.heading and levels[-1][0] >= line.heading:
                levels.pop()
            if line.heading > 1 and levels and not opened:
                parent = levels[-1][1]  # "Key facts" (Heading 2) under "P5 Mental Health" (Heading 1)
            if parent is not None and not opened:
                section = f"{parent} › {title}"  # "2.8.2 Phase 2 live" under "2.8 Digital Shared Care Record"
            elif FIELD_LINE.match(title) and above is not None and not opened:
                section = f"{above} › {title}"  # "Responsible: Yasmin Delacourt (SRO)" under the item it is of
            if slides and line.heading == 1:
                slide_title = (line.page, section)
            elif slide_title is not None and slide_title[0] == line.page and not opened and parent is None:
                # under the slide's title, or under the bullet that heads it ("Bed capacity" over "TRI: 28"); a
                # field ("SRO: ...") under the item above it on the slide ("CSL1 Saltleigh Integrated Care Teams")
                field_of = FIELD_LINE.match(title) and above is not None and above.startswith(f"{slide_title[1]} › ")
                section = f"{above if field_of else levels[-1][1] if levels and not line.heading else slide_title[1]} › {title}"
            if number:
                numbered[number.group(1)] = section
            if line.heading > 1:  # a title (1) is what the whole paper is about, told by its opening already
                levels.append((line.heading, section))
            if not FIELD_LINE.match(title):
                above = section
        yield line, section, area, heading


# A numbered heading's number ("2.8.2 Phase 2 (social care records) live"), whose parent is "2.8".
_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
# A line read as a heading that gives a field of the item above it: "Responsible: ...", "SRO: ...".
