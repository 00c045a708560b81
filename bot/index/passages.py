"""Cut a document's lines into passages sized for answering, each with its section and plan area."""

import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from bot.reading.layout import FIGURE, carries_on, cells, hangs_under, is_header_row, is_heading, is_table_line
from bot.records.areas import AreaBook
from bot.records.table_rows import numbered_paragraph
from bot.records.sections import LineContext, document_areas, line_contexts
from bot.models import ParsedDocument, Passage, SourceLine
from bot.textnorm import squash

TARGET_WORDS = 120
MAX_WORDS = 220
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9•\-(\"'])")
_WORDY = re.compile(r"[A-Za-z]{3}")
# ... but a short lead-in of fewer letters ("By 17/18:") opens the next passage, for the lines it heads (read_with.lead_in)
_LEAD_IN = re.compile(r"^\s*[A-Za-z]{2}\b[^:]{0,20}:\s*$")
# A time at a line's head ("[09:40] Errol Hemsley: ...", "14:05 - Action agreed"): a log's next entry
_STAMPED = re.compile(r"^\s*[\[(]?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[\])]?\s", re.IGNORECASE)


def _split_long(unit: SourceLine) -> Iterator[SourceLine]:
    """Break a very long line (a merged table row, a long paragraph) at cells and sentences."""
    words = unit.text.split()
    if len(words) <= MAX_WORDS:
        yield unit
        return
    pieces: list[str] = []
    for cell in cells(unit.text):
        pieces.extend(p for p in _SENTENCE_END.split(cell) if p.strip())
    chunk: list[str] = []
    count = 0
    for piece in pieces:
        n = len(piece.split())
        if chunk and count + n > TARGET_WORDS:
            yield SourceLine(page=unit.page, line=unit.line, text="\t".join(chunk))
            chunk, count = [], 0
        chunk.append(piece)
        count += n
    if chunk:
        yield SourceLine(page=unit.page, line=unit.line, text="\t".join(chunk))


def build_passages(doc: ParsedDocument, first_seq: int, book: AreaBook | None = None,
                   contexts: Sequence[LineContext] | None = None) -> list[Passage]:
    """Group lines into passages that break at headings, blank lines, pages and table rows. A build
    passes the `contexts` it has read the lines with (record extraction reads the same ones)."""
    passages: list[Passage] = []
    current: list[SourceLine] = []
    words = 0
    in_table = False
    section: str | None = None
    area: str | None = None
    header: SourceLine | None = None  # the column-header row of the table being read, if it opened with one

    carried: list[SourceLine] = []  # a short lead-in standing alone ("By 17/18:"), for the lines after it

    def flush() -> None:
        nonlocal current, words, carried
        if current and any(_WORDY.search(u.text) for u in current):
            below = header if header is not None and header not in current else None
            passages.append(_make_passage(doc, first_seq + len(passages), carried + current, section, area, below))
            carried = []
        elif current:
            carried = [u for u in current if _LEAD_IN.match(u.text)]  # too short to search alone; read with what it heads
        current, words = [], 0

    previous_page: int | None = None
    if contexts is None:
        contexts = list(line_contexts(doc.lines, book if book is not None else document_areas(doc.lines),
                                         slides=doc.info.kind == "pptx", wrapped=doc.info.kind == "pdf"))
    for at, (line, line_section, line_area, heading) in enumerate(contexts):
        text = line.text
        if line.page != previous_page:
            flush()
            previous_page, carried = line.page, []
        if not text.strip():
            if not in_table or words >= TARGET_WORDS:
                flush()
            continue
        if heading:
            flush()
            carried = []
            section, area = line_section, line_area
            in_table, header = False, None
            current.append(line)  # the heading's words stay searchable, at the head of its passage
            words = len(text.split())
            continue
        table_line = is_table_line(text)
        new_row = table_line and "\t" in text and text.split("\t", 1)[0].strip() != ""
        # a sentence going on beside a label in the margin ("NOTED<tab>£103m). Business-as-usual ...") stays with its start
        goes_on = (bool(current) and margin_body(text) is not None and not re.search(r"[.!?:;]\s*$", current[-1].text)
                   and (numbered_paragraph(current[-1].text) or margin_body(current[-1].text) is not None))
        # a long passage ends where a sentence does, never inside one (MAX_WORDS still caps it)
        mid_sentence = (bool(current) and not table_line and not in_table and not re.search(r"[.!?:;]\s*$", current[-1].text)
                        and not _BULLET_START.match(text) and not _STAMPED.match(text))
        if not goes_on and (table_line != in_table or (new_row and current) or (words >= TARGET_WORDS and not mid_sentence)):
            flush()
        if table_line != in_table:
            below = contexts[at + 1][0].text if at + 1 < len(contexts) else ""
            header = line if table_line and (is_header_row(text) or labels_over_figures(text, below)) else None
        in_table = table_line
        for unit in _split_long(line):
            n = len(unit.text.split())
            if current and words + n > MAX_WORDS:
                flush()
            current.append(unit)
            words += n
    flush()
    return passages


def _make_passage(doc: ParsedDocument, seq: int, units: list[SourceLine], section: str | None, area: str | None,
                  header: SourceLine | None = None) -> Passage:
    text = "\n".join(u.text for u in units)
    lines = [u.line for u in units if u.line is not None]
    digest = hashlib.sha256(f"{doc.info.sha256}:{units[0].page}:{units[0].line}:{text}".encode()).hexdigest()
    return Passage(
        id=digest[:16], seq=seq, doc_id=doc.info.id, document=doc.info.file_name, title=doc.info.title,
        page=units[0].page, line_start=min(lines) if lines else None, line_end=max(lines) if lines else None,
        section=section, area=area, text=text, units=units, header=header,
    )


class Snippet(NamedTuple):
    """A sentence or cell (with the page and line it starts on), its whole line, and which cell of that
    line it is in (0 for prose), so a cell can be read with its column. A sentence of wrapped prose
    goes on over the next lines: `rest` holds its part on each of them."""

    source: SourceLine
    unit: SourceLine
    cell: int
    rest: tuple[SourceLine, ...] = ()

    @property
    def text(self) -> str:
        return " ".join([self.source.text, *(part.text for part in self.rest)])

    @property
    def parts(self) -> tuple[SourceLine, ...]:
        return (self.source, *self.rest)


# A list item's mark: a bullet, "3.", "2.1)", "(a)", or a bare number before a capital ("3 Digital"); a
# wrapped line starting with a day ("26 March 2026. A first draft ...") or a count ("12 practices")
# carries on its sentence
_BULLET_START = re.compile(r"^\s*(?:[-•·*+▪■◦●»]|\d+(?:\.\d+)*[.)]\s|\d+(?:\.\d+)*\s+(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)(?=[A-Z])|"
                           r"\(?[a-z]\)\s)")


TITLE_WORDS = 8  # a line of title-case words no longer than this reads as a title, not as prose


def snippets(units: list[SourceLine]) -> Iterator[Snippet]:
    """Sentences and table cells of a passage; a sentence wrapped over several lines is one."""
    paragraph: list[SourceLine] = []
    threads: dict[int, list[tuple[SourceLine, SourceLine, int]]] = {}  # a laid-out column's open cell, by where it starts
    beside = False  # whether the last line was prose beside a margin ("2.1<tab>The Board approved ...")
    after_heading = False  # whether the open paragraph is a title-like line (and the lines hanging under it)
    for unit in units:
        body = margin_body(unit.text) if paragraph and beside and not re.search(r"[.!?:;]\s*$", paragraph[-1].text) else None
        beside = body is not None or numbered_paragraph(unit.text)
        if body is not None:  # the paragraph goes on beside a label in the margin: its words, not the label's
            unit = SourceLine(page=unit.page, line=unit.line, text=body)
        elif is_table_line(unit.text) and not numbered_paragraph(unit.text):  # "They" then points back as in prose
            yield from _prose(paragraph)
            paragraph = []
            yield from _table_line(unit, threads)
            continue
        yield from _closed(threads, threads)
        # a line carrying on the sentence above it is that sentence's rest, however title-like
        # (only a title-like line hangs under a title-like one: a post and its body, not a box's description)
        title_like = is_heading(unit.text, True) and len(unit.text.split()) <= TITLE_WORDS
        hanging = bool(paragraph) and title_like and hangs_under(paragraph[0].text, paragraph[-1].text, unit.text)
        heading = title_like and not (paragraph and (carries_on(paragraph[-1].text) or hanging))
        if paragraph and (_BULLET_START.match(unit.text) or _STAMPED.match(unit.text) or unit.page != paragraph[-1].page or heading
                          or after_heading and not hanging):
            yield from _prose(paragraph)
            paragraph = []
        paragraph.append(unit)
        after_heading = heading or after_heading and hanging  # (a title-like line stands alone unless the next hangs under it)
        if re.search(r"[.!?:]\s*$", unit.text):
            yield from _prose(paragraph)
            paragraph = []
    yield from _closed(threads, threads)
    yield from _prose(paragraph)


MARGIN_LABEL_CHARS = 15  # "DECISION", "2.1", "APPOINTMENT": a margin's label is a word or a number
MARGIN_BODY_CHARS = 30  # the body beside it is a line of prose


def margin_body(text: str) -> str | None:
    """"DECISION<tab>submission to NHS England's assurance process ...", "<tab>12-week public ...": a line
    of prose with a label (a word in capitals) or nothing in a margin column before it; its prose, or
    None for any other line. (A paragraph's number there starts a paragraph: table_rows.numbered_paragraph.)
    It goes on a sentence only after a line laid out the same way, not after a title ("LC1 Cancer" over
    "SRO<tab>Dr Jo Bloggs, Chief Medical Officer")."""
    parts = text.split("\t")
    if len(parts) != 2:
        return None
    label, body = parts[0].strip(), parts[1].strip()
    if len(body) < MARGIN_BODY_CHARS or len(label) > MARGIN_LABEL_CHARS or len(label.split()) > 1:
        return None
    return body if not label or (label.isupper() and label.isalpha()) else None


def _table_line(unit: SourceLine, threads: dict[int, list[tuple[SourceLine, SourceLine, int]]]) -> Iterator[Snippet]:
    """A table line's cells. Text laid out in side-by-side columns (a slide's boxes, a summary page, a
    table whose cells wrap) goes on down its column: a cell starting where the cell above it started,
    in lower case or after a cell cut mid-phrase, and after a cell that ended no sentence, is that cell's rest ("912,400 registered patients
    across" over "three places: Castlemoor, Redwater,"). Each column's text is read whole, then cut
    into its sentences, each cited on every line it spans. (Tab-separated rows hold a wrapped cell
    whole already.)"""
    laid_out = "\t" not in unit.text
    placed = _placed_cells(unit.text) if laid_out else [(None, c) for c in cells(unit.text)]
    starts = {start for start, _ in placed}
    yield from _closed(threads, {k: v for k, v in threads.items() if k not in starts})
    for number, (start, cell) in enumerate(placed):
        text = squash(cell)
        if start is None:
            yield from _cell_sentences([(SourceLine(page=unit.page, line=unit.line, text=text), unit, number)])
            continue
        open_ = threads.get(start)
        if open_ and open_[-1][0].page == unit.page and _goes_on(open_[-1][0].text, text):
            open_.append((SourceLine(page=unit.page, line=unit.line, text=text), unit, number))
            continue
        if open_:
            yield from _cell_sentences(threads.pop(start))
        if text:
            threads[start] = [(SourceLine(page=unit.page, line=unit.line, text=text), unit, number)]


def _closed(threads: dict[int, list[tuple[SourceLine, SourceLine, int]]], which: dict) -> Iterator[Snippet]:
    for start in sorted(which):
        yield from _cell_sentences(threads.pop(start))


def _goes_on(above: str, below: str) -> bool:
    """A cell's text goes on into the cell below it: that one starts in lower case, or this one ends
    mid-phrase ("Planned deficit of £41.5m in"); never after a sentence ends."""
    return bool(below) and (below[0].islower() or carries_on(above)) and not re.search(r"[.!?:;]\s*$", above)


def _placed_cells(text: str) -> list[tuple[int, str]]:
    """A laid-out line's cells with the column each starts in."""
    out, at = [], 0
    for cell in cells(text):
        start = text.index(cell, at) if cell else at
        stripped = len(cell) - len(cell.lstrip())
        out.append((start + stripped, cell))
        at = start + len(cell)
    return out


def _cell_sentences(parts: list[tuple[SourceLine, SourceLine, int]]) -> Iterator[Snippet]:
    """The sentences of one cell's text over the lines it spans; each snippet keeps the first line's
    row and cell number (its column), and its part on each later line."""
    if len(parts) == 1:
        source, unit, number = parts[0]
        for piece in _SENTENCE_END.split(source.text):
            piece = squash(piece)
            if len(piece) >= 2:
                yield Snippet(SourceLine(page=unit.page, line=unit.line, text=piece), unit, number)
        return
    lines = [p[0] for p in parts]
    for snippet in _prose(lines):
        k = next(i for i, line in enumerate(lines) if line.line == snippet.source.line and line.page == snippet.source.page)
        yield Snippet(snippet.source, parts[k][1], parts[k][2], snippet.rest)


LEAD_IN_WORDS = 6  # a line ending in a colon of no more words is a lead-in ("By 17/18:"), not a sentence's start


def lead_in_line(text: str) -> bool:
    """A short line ending in a colon that the lines under it hang from ("By 17/18:", "Phase 2:")."""
    text = squash(text)
    return text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS


def _prose(lines: list[SourceLine]) -> Iterator[Snippet]:
    """The sentences of consecutive prose lines, each with the part of it on every line it spans. A
    lead-in line stands alone: no sentence runs on into the lines it heads, or from them into the next."""
    run: list[SourceLine] = []
    for line in lines:
        if lead_in_line(line.text):
            yield from _prose_run(run)
            yield from _prose_run([line])
            run = []
        else:
            run.append(line)
    yield from _prose_run(run)


def _prose_run(lines: list[SourceLine]) -> Iterator[Snippet]:
    if not lines:
        return
    texts = [squash(u.text) for u in lines]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    joined = " ".join(texts)
    at = 0
    for piece in _SENTENCE_END.split(joined):
        begin = joined.index(piece, at)
        end = begin + len(piece)
        at = end
        if len(piece.strip()) < 2:
            continue
        parts = []
        for k, start in enumerate(starts):
            stop = start + len(texts[k])
            lo, hi = max(begin, start), min(end, stop)
            if lo < hi and joined[lo:hi].strip():
                parts.append((k, squash(joined[lo:hi])))
        if parts:
            first_k, first = parts[0]
            rest = tuple(SourceLine(page=lines[k].page, line=lines[k].line, text=t) for k, t in parts[1:])
            yield Snippet(SourceLine(page=lines[first_k].page, line=lines[first_k].line, text=first), lines[first_k], 0, rest)


def labels_over_figures(text: str, below: str) -> bool:
    """A table's first row of words over a row of figures in the same columns ("Measure | Quarrendon
    Teaching Hospitals NHS FT | ..." over "Registered nurse vacancies (WTE) | 214 | 87 | ..."): its cells
    name the columns, however long the names."""
    top, under = cells(text), cells(below)
    if len(top) < 3 or len(top) != len(under):
        return False
    words = [c for c in top[1:] if c.strip() and not FIGURE.fullmatch(c.strip())]
    figures = [c for c in under[1:] if FIGURE.fullmatch(c.strip())]
    return len(words) == len(top) - 1 and len(figures) * 2 > len(under) - 1


def column_of(header: SourceLine | None, snippet: Snippet) -> str | None:
    """The label over a cell's column, when the row lines up cell for cell with the table's header row."""
    if header is None or snippet.cell == 0:
        return None
    labels = [squash(label) for label in cells(header.text)]
    if len(labels) != len(cells(snippet.unit.text)) or not labels[snippet.cell]:
        return None  # a wrapped or merged row: its cells cannot be trusted to line up
    corner = labels[0]  # the label over the row names ("October" over the areas of a weekly schedule)
    row = squash(cells(snippet.unit.text)[0])  # and the row's own name, for a figure: what it counts
    named = f"{corner}: {row}" if corner and row and FIGURE.fullmatch(snippet.source.text.strip()) and not FIGURE.fullmatch(row) else corner
    return f"{labels[snippet.cell]} ({named})" if named else labels[snippet.cell]
