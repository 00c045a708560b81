"""Headings a PDF sets in a larger type than its text. A newsletter or report marks its section titles by
size, not by a blank line or title case ("How the STP is run" at 10.5 points over 8.6-point prose, with
no gap): read as text alone, such a title runs into the paragraph above it and its section is lost. A
line whose every run is set well above the page's body size is a heading the reader knows of; a title
wrapped over two lines ("Urgent care in Ashcombe: have your" / "say") is one heading; a label naming a
person in large type ("SRO: Moira Edgecumbe", a card's field) is none."""

import re
from collections import Counter

from bot.reading.layout import is_table_line
from bot.reading.pdf_runs import Chunk, baselines, run_end
from bot.records.names import names_in
from bot.textnorm import squash

LARGER = 1.2  # times the body size: a heading's type, at least
MAX_WORDS = 14
MAX_LINES = 2  # a run of large lines longer than this is a lede or a pull quote set large, not a title
MAX_CHARS = 110
MIN_BODY_CHARS = 200  # a page with less text than this has no body size to tell a heading's from
GAP = 2.0  # font sizes: a wider gap on a baseline parts two columns' text
WRAP_LEADING = 1.6  # font sizes: a title's next line sits this close below it, at most
# A sentence ends inside it ("... each month. The Board"): looser than bot/reading/layout.py's, which
# a title-cased run after the stop must pass too; read in the layout's stricter way, headings fell (-3)
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")
FIRST_LEVEL = 2  # SourceLine.heading of the largest type: a section heading under the paper's title
LAST_LEVEL = 5
SAME_SIZE = 0.5  # points: sizes this close are one level


def levels(sizes: list[float]) -> list[int]:
    """Heading levels for a paper's headings (their type sizes, in the paper's order): the first is its
    title, over every other; the rest by size, largest first, as Word's Heading 1 is over Heading 2, so a
    section is read under the title above it ("Tarnford & Ellisvale Health and Care Partnership Board"
    over "STP delivery update", set in the same type)."""
    rank: dict[float, int] = {}
    level, last = FIRST_LEVEL, None
    for size in sorted(set(sizes[1:]), reverse=True):
        if last is None or last - size > SAME_SIZE:
            level, last = min(level + 1, LAST_LEVEL), size
        rank[size] = level
    return [FIRST_LEVEL, *(rank[size] for size in sizes[1:])][:len(sizes)]


def large_lines(chunks: list[Chunk]) -> list[tuple[float, list[str]]]:
    """The page's headings by type size: (size, its lines' texts: one, or two for a wrapped title)."""
    sizes: Counter[float] = Counter()
    for c in chunks:
        sizes[round(c.size, 1)] += len(c.text.strip())
    if sum(sizes.values()) < MIN_BODY_CHARS:
        return []
    body = sizes.most_common(1)[0][0]
    if body <= 0:
        return []  # a page whose runs report no type size tells no heading by it
    runs: dict[float, list[tuple[float, float, str]]] = {}  # by where a column's lines start: (baseline, size, text)
    closed: list[list[tuple[float, float, str]]] = []
    for y, x, size, text in _segments(chunks):
        if size < LARGER * body or len(text) > MAX_CHARS:
            continue
        if _named_field(text):  # "SRO: Moira Edgecumbe" in a card's large type: a field, ending any title above
            if x in runs:
                closed.append(runs.pop(x))
            continue
        run = runs.get(x)
        if run and run[-1][0] - y <= WRAP_LEADING * size:
            run.append((y, size, text))  # the next line of a wrapped title
            continue
        if run:
            closed.append(run)
        runs[x] = [(y, size, text)]
    closed += list(runs.values())
    found = [(min(size for _, size, _ in run), [t for _, _, t in run]) for run in closed]
    return [(size, texts) for size, texts in found if len(texts) <= MAX_LINES and _title_like(texts)]


def _title_like(lines: list[str]) -> bool:
    """A title's words: opening in a capital or a number, short, ending no sentence and no clause
    (a page of small-type tables makes its prose look large: "October 2025 and agreed by the Board, with"
    is a sentence's line, "each month." its end)."""
    text = " ".join(lines)
    return (text[:1].isupper() or text[:1].isdigit()) and len(text.split()) <= MAX_WORDS and text[-1] not in ".,;" \
        and not _SENTENCE_BREAK.search(text) and sum(ch.isalpha() for ch in text) >= 2 * sum(ch.isdigit() for ch in text)


def _named_field(text: str) -> bool:
    """A label and the person it names ("SRO: Moira Edgecumbe", "Clinical lead: Dr Oyin Castellane")."""
    label, colon, value = text.partition(":")
    return bool(colon) and next(names_in(value), None) is not None


def _segments(chunks: list[Chunk]) -> list[tuple[float, float, float, str]]:
    """Each baseline's runs of text, parted where a gap of columns lies between them: (baseline, start,
    smallest size, text), top to bottom. A line of two columns gives a segment for each."""
    out = []
    for line in baselines([c for c in chunks if c.text.strip()]):
        part = [line[0]]
        for c in line[1:]:
            if c.x - run_end(part[-1]) > GAP * max(c.size, part[-1].size, 1.0):
                out.append(_segment(part))
                part = []
            part.append(c)
        out.append(_segment(part))
    return out


def _segment(part: list[Chunk]) -> tuple[float, float, float, str]:
    return part[0].y, round(part[0].x), min(c.size for c in part), squash(" ".join(c.text.strip() for c in part))


def mark_headings(lines: list[str], chunks: list[Chunk]) -> tuple[list[str], dict[int, float]]:
    """The page's text lines with each large-type heading on one line, and the headings' lines with
    their type sizes."""
    found = large_lines(chunks)
    if not found:
        return lines, {}
    wanted = {tuple(texts): size for size, texts in found}
    out: list[str] = []
    marked: dict[int, float] = {}
    k = 0
    while k < len(lines):
        text = squash(lines[k])
        pair = (text, squash(lines[k + 1])) if k + 1 < len(lines) else None
        if pair in wanted:
            marked[len(out)] = wanted[pair]
            out.append(f"{lines[k].rstrip()} {lines[k + 1].strip()}")
            k += 2
            continue
        if (text,) in wanted and not is_table_line(lines[k]):
            marked[len(out)] = wanted[(text,)]
        out.append(lines[k])
        k += 1
    return out, marked
