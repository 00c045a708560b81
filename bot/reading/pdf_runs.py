"""Runs of text on a PDF page as pypdf's pass gives them: where each starts, its baseline, and
roughly where it ends; grouped into lines by baseline."""

from dataclasses import dataclass


@dataclass
class Chunk:
    x: float
    y: float  # baseline
    text: str
    size: float = 0.0  # the font's size on the page, for how wide the run is


def baselines(chunks: list[Chunk]) -> list[list[Chunk]]:
    """The chunks grouped by baseline, top to bottom, each left to right."""
    lines: list[list[Chunk]] = []
    for chunk in sorted(chunks, key=lambda c: (-c.y, c.x)):
        if lines and abs(lines[-1][0].y - chunk.y) <= 2.0:
            lines[-1].append(chunk)
        else:
            lines.append([chunk])
    return [sorted(line, key=lambda c: c.x) for line in lines]


def run_end(chunk: Chunk) -> float:
    """Where a run of text ends, at half an em a character (a narrow estimate: headings are short)."""
    return chunk.x + 0.5 * chunk.size * len(chunk.text.strip())
