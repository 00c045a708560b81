"""A dashboard of KPI tiles on a PDF page, read a tile at a time.

An integrated performance report sets its measures out as tiles in a grid: in each, a figure and a trend
arrow, the measure's name under it, a target line at the foot. Read across, as the layout pass gives
them, a row of tiles is a line of four figures, then a line of four names, then a line of four targets,
with nothing to say which figure is whose. A row of lone figures (each perhaps with an arrow) with lines
below it set in the same columns is read as tiles instead: one line per tile, "name: figure arrow ·
target", so the figure stands beside the measure it is for."""

import re

from bot.reading.pdf_pairs import text_runs

FIGURE = re.compile(r"^[£$€]?-?\d[\d,]*(?:\.\d+)?\s*(?:%|m|k|bn)?$")
# "3 places", "74 practices", "27.5 WTE", "12 PCNs": a figure with what it counts, in words or a unit's initials
COUNTED = re.compile(r"^\d[\d,]*(?:\.\d+)?\s+(?:[a-z]+(?:\s+[a-z]+)?|[A-Z]{2,5}s?)$")
ARROWS = frozenset("▲▼►◄↑↓→←▶◀△▽")
MIN_TILES = 2
TILE_ROWS = 8  # lines of one row of tiles below its figures, at most


def _figures(row: str) -> list[tuple[int, str]] | None:
    """The figures of a row of lone figures, each with the arrow after it, else None."""
    runs = text_runs(row)
    tiles: list[tuple[int, str]] = []
    for at, text in runs:
        if tiles and (text in ARROWS or len(text) <= 2 and not any(ch.isalnum() for ch in text)):  # a trend mark
            tiles[-1] = (tiles[-1][0], f"{tiles[-1][1]} {text}")
        elif FIGURE.match(text) or COUNTED.match(text):
            tiles.append((at, text))
        else:
            return None
    return tiles if len(tiles) >= MIN_TILES else None


def read_tiles(rows: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(rows):
        tiles = _figures(rows[k]) if rows[k].strip() else None
        if not tiles:
            out.append(rows[k])
            k += 1
            continue
        below = []
        j = k + 1
        while j < len(rows) and j - k <= TILE_ROWS and not (rows[j].strip() and _figures(rows[j])) and not _gap_after_text(below):
            below.append(rows[j])
            j += 1
        while below and not below[-1].strip():
            below.pop()
            j -= 1  # the blank rows after the tiles stay, parting them from what follows
        centres = [at + len(figure) / 2 for at, figure in tiles]
        texts = [[] for _ in tiles]
        for row in below:
            for at, text in text_runs(row):  # each line under the tile it is centred nearest (tiles centre their text)
                n = min(range(len(tiles)), key=lambda i: abs(centres[i] - (at + len(text) / 2)))
                texts[n].append(text)
        if not all(texts):  # figures with nothing under them in their columns: not tiles
            out.append(rows[k])
            k += 1
            continue
        for (_, figure), parts in zip(tiles, texts):  # each tile a paragraph of its own
            name, rest = _name_and_rest(parts)
            out += [f"{name}: {figure}" + (f" · {rest}" if rest else ""), ""]
        k = j
    return out


TILE_GAP = 3  # blank rows after a row of tiles' text: what follows is another part of the page


def _gap_after_text(below: list[str]) -> bool:
    """The tiles' text has ended: TILE_GAP blank rows follow some text."""
    return len(below) > TILE_GAP and any(r.strip() for r in below[:-TILE_GAP]) and not any(r.strip() for r in below[-TILE_GAP:])


def _name_and_rest(parts: list[str]) -> tuple[str, str]:
    """A tile's name (its wrapped lines joined) and the line at its foot (the target), when there is one
    set apart by a middle dot or starting with "Target"."""
    foot = [p for p in parts if p.lower().startswith(("target", "plan", "quarter", "year")) or "·" in p]
    name = [p for p in parts if p not in foot]
    return " ".join(name) or " ".join(parts), " ".join(foot) if name else ""
