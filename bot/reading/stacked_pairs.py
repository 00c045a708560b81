"""Labels each over its own figure on a PDF page, read as a table of two columns.

A chart of savings by priority drawn as bars, each bar's label with its value printed at the bar's end,
comes out of plain extraction as a label line, then a line holding only that bar's figure, then the next
label, and so on ("P1 Starting Well" / "4.2" / "P2 Living Well" / "9.6"), though each label and its figure
stand on one baseline. A run of at least MIN_PAIRS such pairs, each label level with its figure on the page,
is written "label<TAB>figure", a row a bar.

Tiles print each figure over its caption ("912,400" / "people registered"): a caption is not level with the
figure after it (the next tile's), so they are left alone."""

import re
from collections.abc import Iterable

from bot.reading.pdf_runs import Chunk

MIN_PAIRS = 3
MAX_LABEL_CHARS = 60
LEVEL = 2.0  # points: a label and a figure this close in height stand on one baseline
_FIGURE = re.compile(r"^\s*[-–(]?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|m|k|bn)?\)?\s*$")


def _label(line: str) -> bool:
    text = line.strip()
    return (0 < len(text) <= MAX_LABEL_CHARS and "\t" not in line and re.search(r"[A-Za-z]{2}", text) is not None
            and not _FIGURE.match(text) and not text.endswith((":", ".")))


def stacked_pairs(lines: list[str], chunks: Iterable[Chunk]) -> list[str]:
    """The page's lines with each run of label-over-figure pairs, each pair level on the page (`chunks`: the
    page's runs of text and where they start), written as tab-separated rows."""
    heights: dict[str, list[float]] = {}
    for chunk in chunks:
        heights.setdefault(chunk.text.strip(), []).append(chunk.y)

    def level(label: str, figure: str) -> bool:
        return any(abs(a - b) <= LEVEL for a in heights.get(label.strip(), ()) for b in heights.get(figure.strip(), ()))

    out: list[str] = []
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and _label(lines[j]) and _FIGURE.match(lines[j + 1]) and level(lines[j], lines[j + 1]):
            j += 2
        if (j - k) // 2 >= MIN_PAIRS:
            out += [f"{lines[m].strip()}\t{lines[m + 1].strip()}" for m in range(k, j, 2)]
            k = j
        else:
            out.append(lines[k])
            k += 1
    return out
