"""Cards set side by side on a sheet: each band of rows holds two records, one in columns A-B and one
in D-E, each a label beside its value under its own title (one empty column parts them; a sheet of three
cards abreast is parted at the column that pairs the most labels, and its right part stays as read)

    W1.1 Ulverdown UTC                     W1.2 NHS 111 Clinical Assessment
    SRO          Octavia Marchbanks-Eze    SRO          Octavia Marchbanks-Eze
    Initiative lead  Gethin Sawtell        Initiative lead  Niamh Colquhoun-Bright

Read row by row, each line holds both cards' fields and the second card's lead follows the first
card's: read apart, card after card, each is a block of its own. A sheet is read so only where an
empty column parts the rows and the cells beside it on either side begin with the same labels: that
repetition is what says the halves are alike records, not a table's columns."""

MIN_PAIRED = 3  # rows whose halves begin with the same label before a sheet is read as cards


def cards_apart(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows (row number, tab-separated cells) with side-by-side cards read one after the other
    within each band of consecutive rows; the rows unchanged where no card stands beside another."""
    cells = [text.split("\t") for _, text in rows]
    gap = _parting_column(cells)
    if gap is None:
        return rows
    out: list[tuple[int, str]] = []
    band: list[tuple[int, list[str]]] = []

    def flush() -> None:
        left = [(r, _field(c[:gap])) for r, c in band]
        right = [(r, _field(c[gap + 1:])) for r, c in band if any(x.strip() for x in c[gap + 1:])]
        out.extend((r, t) for r, t in left if t.strip())
        out.extend(right)
        band.clear()

    for (r, _), row in zip(rows, cells):
        if band and r != band[-1][0] + 1:
            flush()
        band.append((r, row))
    flush()
    return out


def _field(cells: list[str]) -> str:
    """A card's line: "Label: value" where it is a label and its value, as a labelled block writes it;
    else its cells as they are (the card's title)."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 2 and cells[0].strip() == filled[0] and not filled[0].endswith(":"):
        return f"{filled[0]}: {filled[1]}"
    return "\t".join(cells).rstrip("\t")


def _parting_column(cells: list[list[str]]) -> int | None:
    """The empty column between alike cards: empty in every row with cells on both sides of it, where
    at least MIN_PAIRED rows begin both sides with the same label."""
    width = max((len(c) for c in cells), default=0)
    best, best_paired = None, 0
    for gap in range(1, width - 1):
        paired, clash = 0, False
        for row in cells:
            left = [x for x in row[:gap] if x.strip()]
            right = [x for x in row[gap + 1:] if x.strip()]
            if not (left and right):
                continue
            if gap < len(row) and row[gap].strip():
                clash = True
                break
            paired += left[0].strip() == right[0].strip() and not _figure(left[0])
        if not clash and paired >= MIN_PAIRED and paired > best_paired:
            best, best_paired = gap, paired
    return best


def _figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text)
