"""Pages printed sideways: a landscape table drawn on a portrait page by turning the whole drawing a
quarter turn. Read as drawn, each row's cells come out one under another ("NHS Kelstow CCG", "1.2",
"0.0", ...) and no table is found; turned back upright, the page reads as any other, row by row."""

from bot.reading.pdf_tables import Chunk, Geometry, baselines, find_grids, page_lines

SIDEWAYS_SHARE = 0.8  # of the page's runs of text turned the same way: the page is sideways, not a rotated label
CELL_GAP = 1.5  # font sizes of blank between two runs on one baseline: cells of a row, not words of a line


def sideways(geometry: Geometry) -> int:
    """The quarter turn (1 or -1) most of the page's text runs share, or 0 for a page read upright."""
    if not geometry.turns:
        return 0
    for turn in (1, -1):
        if geometry.turns.count(turn) >= SIDEWAYS_SHARE * len(geometry.turns):
            return turn
    return 0


def upright(geometry: Geometry, turn: int) -> Geometry:
    """The page turned back by `turn` quarter turns: text runs left to right, top to bottom."""
    def back(x: float, y: float) -> tuple[float, float]:
        return (y, -x) if turn == 1 else (-y, x)

    out = Geometry()
    out.chunks = [Chunk(*back(c.x, c.y), c.text, c.size) for c in geometry.chunks]
    out.turns = [0] * len(out.chunks)
    for y, x0, x1 in geometry.hlines:  # a rule across the drawn page runs down the upright one
        (vx, a), (_, b) = back(x0, y), back(x1, y)
        out.vlines.append((vx, min(a, b), max(a, b)))
    for x, y0, y1 in geometry.vlines:
        (a, hy), (b, _) = back(x, y0), back(x, y1)
        out.hlines.append((hy, min(a, b), max(a, b)))
    return out


def sideways_text(geometry: Geometry, turn: int) -> str:
    """The text of a sideways page read upright: its ruled tables row by row; else each baseline's runs,
    those set well apart as a row's tab-separated cells."""
    page = upright(geometry, turn)
    grids = find_grids(page)
    if grids:
        return "\n".join(page_lines(page, grids))
    return "\n".join(_cell_line(line) for line in baselines(page.chunks))


def _cell_line(line: list[Chunk]) -> str:
    """A baseline's runs joined: by a tab where the blank before a run is wider than a few letters (its
    width reckoned at half the font size a letter), else by a space."""
    out = line[0].text.strip()
    for before, chunk in zip(line, line[1:]):
        end = before.x + 0.5 * before.size * len(before.text.strip())
        out += ("\t" if chunk.x - end > CELL_GAP * max(before.size, 1.0) else " ") + chunk.text.strip()
    return out
