"""Side-by-side blocks of text on a PDF page, read down each column.

A slide exported to PDF sets its initiatives out as cards side by side ("SDEC extension / Lead: ... /
Milestones: • ... • ..." next to "Virtual wards / Lead: ... / Milestones: ..."); a newsletter sets its
stories in two columns. Read across, as the layout pass gives them, every line mixes two or three
cards. A block of lines whose columns are each their own card (label lines such as "Lead:" and bullets
in two or more columns, at rows of their own), or running prose, is read a column at a time instead; an
unruled table, whose columns hold cells and not cards, is left as rows."""

import re

GUTTER = 3  # spaces: a run this wide, blank on every line of a block, parts two columns
MIN_ROWS = 3
CARD_LINES = 2  # a column holds at least this many bullets or "Label:" lines to be a card

_BULLETS = "•▪■◦●➢✓–-"
_CARD_LINE = re.compile(r"^(?:[•▪■◦●➢✓–-]\s|[A-Z][A-Za-z &/'()-]{1,30}:(?:\s|$))")


def read_down_columns(rows: list[str]) -> list[str]:
    """The page's layout rows, each block of side-by-side cards replaced by its columns one after another.
    A card's title set a blank row above its body ("Neighbourhood Health Teams" over "Lead: ...") is
    read with it when it sits in the same columns."""
    blocks: list[list[str]] = [[]]  # runs of text rows; a blank row is a block of its own
    for row in rows:
        if row.strip():
            if blocks[-1] and not blocks[-1][-1].strip():
                blocks.append([])
            blocks[-1].append(row)
        else:
            blocks.append([row])
    out: list[list[str]] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        spread = _spread_cards(blocks, k) if block and block[0].strip() else None
        if spread is not None:  # cards whose parts are set apart by blank rows (title, status, "Next milestone:", "SRO:")
            read, k = spread
            out.append(read)
            continue
        k += 1
        read = _cards(block)
        if read is None:
            out.append(block)
            continue
        above = _titles_above(out, block)
        if above:
            read = _cards(above + block) or read
        out.append(read)
    return [row for block in out for row in block]


SPREAD_GAP = 3  # blank rows between the parts of one row of cards, at most
SPREAD_PARTS = 6  # parts of one row of cards, at most


def _spread_cards(blocks: list[list[str]], k: int) -> tuple[list[str], int] | None:
    """From block k, the longest run of text blocks (parted by a few blank rows) that reads as side-by-side
    cards when taken together, none of them cards alone; with the block after it. None when there is none."""
    if _cards(blocks[k]) is not None:
        return None
    merged, j, best = list(blocks[k]), k + 1, None
    for _ in range(SPREAD_PARTS):
        gap: list[str] = []
        while j < len(blocks) and not blocks[j][0].strip() and len(gap) < SPREAD_GAP:
            gap += blocks[j]
            j += 1
        if j >= len(blocks) or not blocks[j][0].strip() or _cards(blocks[j]) is not None:
            break
        merged += gap + blocks[j]
        j += 1
        read = _cards(merged)
        if read is not None:
            best = (read, j)
    return best


def _titles_above(out: list[list[str]], block: list[str]) -> list[str]:
    """The rows of the short block just above (past at most TITLE_GAP blank rows), when they lie within
    the block's columns; those blocks are taken off `out`."""
    k, blanks = len(out) - 1, 0
    while k >= 0 and out[k] and not out[k][0].strip() and blanks < TITLE_GAP:
        k, blanks = k - 1, blanks + 1
    if k < 0 or not out[k] or not out[k][0].strip() or len(out[k]) > TITLE_ROWS:
        return []
    if len(_bands(out[k] + block)) != len(_bands(block)):
        return []
    title = out[k]
    del out[k:]
    return title


TITLE_GAP = 2
TITLE_ROWS = 3


def _cards(rows: list[str]) -> list[str] | None:
    """The block read a column at a time, or None when it is not side-by-side cards or columns of prose."""
    bands = _bands(rows) if len(rows) >= MIN_ROWS else []
    if len(bands) < 2:
        return None
    columns = [_unindented([row[start:end].rstrip() for row in rows]) for start, end in bands]
    if _prose_columns(columns, bands, len(rows)):
        return [line for col in columns for line in [*(text.strip() for text in col if text.strip()), ""]][:-1]
    stacked = stacked_labels(columns)
    cards = [col for col in columns if sum(1 for text in col if _CARD_LINE.match(text.strip())) >= CARD_LINES]
    if (len(cards) < 2 and not _label_across(columns) and not stacked) or \
            (_rows_aligned(columns) and not _label_across(columns, every=True) and len(stacked) < STACKED_LABELS):
        return None  # (boxes of one height fill every row like a table, but no table's cells all repeat one label)
    out: list[str] = []
    for col in columns:  # each card a paragraph of its own, its wrapped title on one line
        lines = _labelled([text for text in col if text.strip()], stacked)
        first = next((k for k, text in enumerate(lines) if _CARD_LINE.match(text.strip())), 0)
        if 1 < first <= TITLE_ROWS:
            lines[:first] = [" ".join(text.strip() for text in lines[:first])]
        out.extend([*lines, ""])
    return out[:-1]


STACKED_LABELS = 2  # distinct labels set over their values, each in two or more columns: cards, not a table's row


def stacked_labels(columns: list[list[str]]) -> set[str]:
    """Labels set on a line of their own over their value ("SRO" over "Dr Marisol Quennell", the small
    grey caption of an exported slide's card), when two or more different ones each stand in two or
    more columns: every card repeats its fields' labels, where a table names each once in its header.
    Empty unless there are at least STACKED_LABELS of them."""
    texts = [[text.strip().lower() for text in col if text.strip()] for col in columns]
    seen: dict[str, int] = {}
    for col in texts:
        for text in set(col):
            seen[text] = seen.get(text, 0) + 1
    repeated = {text for text, n in seen.items() if n >= 2 and _BARE_LABEL.match(text)}
    # a label's value is its own in each card: a line repeated under it is another label, or a wrapped title's end
    found = {text for text in repeated
             if all(after not in repeated for col in texts for t, after in zip(col, col[1:]) if t == text)
             and sum(1 for col in texts if text in col[:-1]) >= 2}
    return found if len(found) >= STACKED_LABELS else set()


_BARE_LABEL = re.compile(r"^[A-Za-z][A-Za-z &/'()-]{1,30}$")  # words alone, no figure, no colon, no full stop


def _labelled(lines: list[str], stacked: set[str]) -> list[str]:
    """A card's lines with each stacked label written as one ("SRO:" over "Dr Marisol Quennell", "What
    we will do:" over its list), so its value below reads as the label's."""
    return [f"{text.rstrip()}:" if text.strip().lower() in stacked else text for text in lines]


def _label_across(columns: list[list[str]], every: bool = False) -> bool:
    """A field label ("Lead:", "Owner:") written in two or more columns: one short card each, side by side
    (a Kanban lane's cards: title, milestone, due date, "Lead: ..."). A table names a field once, in its
    header row, and its cells carry values alone; cards repeat the label in every card."""
    seen: dict[str, int] = {}
    for col in columns:  # "Independent Chair:" in one box, "Chair:" in the next: the one post
        for label in {_QUALIFIER.sub("", _LABEL.match(text.strip()).group(1).lower()) for text in col if _LABEL.match(text.strip())}:
            seen[label] = seen.get(label, 0) + 1
    return any(n >= (len(columns) if every else 2) for n in seen.values())


_LABEL = re.compile(r"^([A-Z][A-Za-z &/'()-]{1,30}):\s+\S")  # a label with its value on the line
_QUALIFIER = re.compile(r"^(?:(?:independent|interim|acting|joint|deputy|vice|co)[- ]+)+")  # of a post, not another post


PROSE_ROWS = 6  # a block this tall, at least, to be columns of prose
PROSE_WIDTH = 24  # characters: every column at least this wide (a table has a narrow column: a code, a date, a RAG)
PROSE_FILL = 0.6  # of a column's width, that most of its lines reach (wrapped text runs to the margin)
PROSE_FILLED = 0.5
PROSE_RUN_ON = 0.25  # of a column's lines, that carry on a sentence (start in lower case)


def _prose_columns(columns: list[list[str]], bands: list[tuple[int, int]], height: int) -> bool:
    """Side-by-side columns of running text (an annual report's body and its sidebar, a newsletter's
    stories): every column wide, and two or more of them wrapped prose whose lines run to the margin and
    carry sentences on from the line above. An unruled table has a narrow column, or cells that do not."""
    if height < PROSE_ROWS or any(end - start < PROSE_WIDTH for start, end in bands):
        return False
    prose = 0
    for col, (start, end) in zip(columns, bands):
        texts = [text.strip() for text in col if text.strip()]
        if len(texts) < PROSE_ROWS // 2:
            continue
        filled = sum(1 for text in texts if len(text) >= PROSE_FILL * (end - start)) / len(texts)
        run_on = sum(1 for text in texts if text[0].islower()) / len(texts)
        prose += filled >= PROSE_FILLED and run_on >= PROSE_RUN_ON
    return prose >= 2


def _unindented(texts: list[str]) -> list[str]:
    """A column's lines less its left margin; a line set in further (a bullet's wrapped words) keeps
    two spaces of it, a line out by one (the layout pass's rounding) none; a bullet's next line that
    starts in lower case or with a figure, and a "Label: value" line's next lines up to the next label
    or bullet, are their wrapped ends, set in too."""
    margin = min((len(t) - len(t.lstrip()) for t in texts if t.strip()), default=0)
    out: list[str] = []
    in_bullet = in_field = False
    for text in texts:
        inset = len(text) - len(text.lstrip()) - margin
        line = text.strip()
        card_line = bool(_CARD_LINE.match(line))
        wraps = in_bullet and bool(line) and (line[0].islower() or line[0].isdigit())  # "• ... - Sept" / "2026"
        wraps = wraps or in_field and bool(line) and not card_line  # "Lead: Dr A, Clinical Director for" / "Emergency Medicine"
        out.append(("  " if (inset >= 2 and not card_line) or wraps else "") + line)  # a label or bullet starts its own line
        if line:
            in_bullet = line[0] in _BULLETS or in_bullet and (inset >= 2 or wraps)
            in_field = card_line and line[0] not in _BULLETS and not line.endswith(":") or in_field and wraps
    return out


def _bands(rows: list[str]) -> list[tuple[int, int]]:
    """Column spans parted by gutters: runs of GUTTER or more positions blank on every row."""
    width = max(len(r) for r in rows)
    used = [False] * width
    for row in rows:
        for x, ch in enumerate(row):
            if not ch.isspace():
                used[x] = True
    bands: list[tuple[int, int]] = []
    x = 0
    while x < width:
        if not used[x]:
            x += 1
            continue
        start = x
        while x < width:
            gap = 0
            while x + gap < width and not used[x + gap]:
                gap += 1
            if x + gap >= width or gap >= GUTTER:
                break
            x += gap + 1
            while x < width and used[x]:
                x += 1
        end = x
        bands.append((start, end))
        x = end
    return bands


def _rows_aligned(columns: list[list[str]]) -> bool:
    """Every row filled in every column: a table's rows, not cards (cards end at different heights and
    wrap on their own, so some row of some column is empty)."""
    filled = [all(col[k] for col in columns) for k in range(len(columns[0]))]
    return all(filled)
