"""Prose set in two or more columns beside a ruled table, read a column at a time.

A page with a ruled table is read from its rules (bot/reading/pdf_tables.py); the text outside the
table was read baseline by baseline across the page. A report that sets its prose in two columns under
such a table ("Table 1: Places at a glance", then "4. System programmes" beside "8. Governance")
then reads as lines of one column run into lines of the other, or, where the columns' baselines are
offset, as alternate lines of each ("The System Leadership Group, chaired by the STP" / "programme. The
Urgent & Emergency Care Delivery" / "Lead, meets monthly ..."), so a sentence names the wrong chair.

Columns of prose are told from a label beside its value by how full their lines are: prose runs on to
the gutter, line after line; labels are short."""

from collections.abc import Iterator
from statistics import median

from bot.reading.pdf_columns import PROSE_FILL, PROSE_RUN_ON, PROSE_WIDTH
from bot.reading.pdf_runs import Chunk, baselines, run_end

MIN_COLUMN_LINES = 4  # lines each side of a gutter, at least, to read a block as columns
# a column of prose is at least PROSE_WIDTH characters wide, at half an em a character (as run_end reads a run)
WIDE = PROSE_WIDTH * 0.5
AT = 3.0  # points: a run starts "at" the gutter within this
# A run starting left of the gutter that reaches past it by this share of its own width spans the
# gutter (a full-width heading); the estimate of a run's end is rough, a column's lines end near it.
SPAN = 0.2
PARTED = 3.0  # font sizes of blank space between two lines part a block (the page's footer below it)


def loose_lines(chunks: list[Chunk]) -> Iterator[tuple[float, int, str]]:
    """The text outside a page's tables as (baseline of the block it opens, order in the block, line),
    top to bottom; a block of prose columns gives each column's lines in turn."""
    lines = baselines(chunks)
    i = 0
    while i < len(lines):
        found = _columns_from(lines, i)
        if found is None:
            yield lines[i][0].y, 0, " ".join(c.text.strip() for c in lines[i])
            i += 1
            continue
        end, gutter = found
        block = [c for line in lines[i:end] for c in line]
        top = lines[i][0].y
        left = [c for c in block if c.x < gutter - AT]
        right = [c for c in block if c.x >= gutter - AT]
        k = 0
        for line in baselines(left):
            yield top, k, " ".join(c.text.strip() for c in line)
            k += 1
        for _, _, text in loose_lines(right):  # (a third column is read after the second)
            yield top, k, text
            k += 1
        i = end


def _columns_from(lines: list[list[Chunk]], i: int) -> tuple[int, float] | None:
    """The end of a block of prose columns opening at line i, and its first gutter; None if none opens there."""
    starts = sorted({round(c.x, 1) for line in lines[i:i + 2] for c in line})
    for gutter in starts[1:] if len(lines[i]) > 1 or len(starts) > 1 else []:
        end = i
        while end < len(lines) and not any(_spans(c, gutter) for c in lines[end]) and not (
                end > i and _parted(lines[end - 1], lines[end])):
            end += 1
        block = lines[i:end]
        left = [c for line in block for c in line if c.x < gutter - AT]
        right = [c for line in block for c in line if c.x >= gutter - AT]
        if (sum(1 for line in block if any(abs(c.x - gutter) <= AT for c in line)) >= MIN_COLUMN_LINES
                and len({round(c.y) for c in left}) >= MIN_COLUMN_LINES and _prose(left, gutter) and _prose(right, None)):
            return end, gutter
    return None


def _parted(above: list[Chunk], below: list[Chunk]) -> bool:
    """A gap of several lines' height between two lines: a page's footer below the columns, not their text."""
    size = max(c.size for c in above) or 10.0
    return above[0].y - below[0].y > PARTED * size


def _spans(chunk: Chunk, gutter: float) -> bool:
    if chunk.x >= gutter - AT:
        return False
    return run_end(chunk) > gutter + SPAN * (gutter - chunk.x)


def _prose(chunks: list[Chunk], gutter: float | None) -> bool:
    """Whether runs read as running prose, as bot/reading/pdf_columns.py tells prose from a table's
    cells: a wide column (its end the gutter, or for the last its longest run's end) whose lines run to
    its edge and carry sentences on from the line above. A table's column of codes, names or leads
    does not, though its wrapped cells may fill their width."""
    if not chunks:
        return False
    start = min(c.x for c in chunks)
    end = gutter if gutter is not None else max(run_end(c) for c in chunks)
    width = end - start
    texts = [c.text.strip() for c in chunks if c.text.strip()]
    return (width >= WIDE * median(c.size for c in chunks) and median((run_end(c) - start) / width for c in chunks) >= PROSE_FILL
            and sum(1 for t in texts if t[0].islower()) >= PROSE_RUN_ON * len(texts))
