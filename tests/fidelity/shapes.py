"""Each shape of the fidelity kit as the files that replace the annex in a corpus."""

import shutil
from collections.abc import Callable
from pathlib import Path

from bot.reading.files import read_document
from bot.records.extract import extract_records
from tests.fidelity.annex import ANNEX, Block, annex_blocks, initiative_tables, text_without
from tests.fidelity.office import deck, tracker, word
from tests.fidelity.pdfs import DEJAVU, ruled_pdf, slide_pdf

STEM = ANNEX.stem


def _tracker_shape(blocks: list[Block], folder: Path) -> list[Path]:
    """The owner tables moved into an Excel tracker; the rest of the annex stays text."""
    rest = folder / f"{STEM}.txt"
    rest.write_text(text_without(blocks, initiative_tables(blocks)), encoding="utf-8")
    records = extract_records(read_document(ANNEX, 10**8))
    return [rest, tracker(records, folder / f"{STEM}_tracker.xlsx")]


SHAPES: dict[str, Callable[[list[Block], Path], list[Path]]] = {
    "ruled-pdf": lambda blocks, folder: [ruled_pdf(blocks, folder / f"{STEM}.pdf")],
    "slide-pdf": lambda blocks, folder: [slide_pdf(blocks, folder / f"{STEM}.pdf")],
    "pptx": lambda blocks, folder: [deck(blocks, folder / f"{STEM}.pptx")],
    "docx": lambda blocks, folder: [word(blocks, folder / f"{STEM}.docx")],
    "xlsx-tracker": _tracker_shape,
}


def corpus_with(shape: str, folder: Path) -> list[Path]:
    """The bundled corpus with the annex replaced by `shape`; returns the files standing for the annex."""
    folder.mkdir(parents=True, exist_ok=True)
    for paper in ANNEX.parent.glob("*.txt"):
        if paper != ANNEX:
            shutil.copy(paper, folder / paper.name)
    return SHAPES[shape](annex_blocks(), folder)


def fonts_present() -> bool:
    return DEJAVU.exists()
