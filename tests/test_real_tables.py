"""A real table's rows (Word, PowerPoint, Excel) are rows: a cell never wraps onto a row of its own there, so
a row whose first cell is left empty is the next row of the group written above it, not the rest of that row
(as it is in a text or PDF table, whose long cells wrap onto the next line)."""

from pathlib import Path

import pytest

from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.conftest import write_docx
from tests.office_files import deck

SCHEDULE = [
    ["Party", "Post", "Post-holder"],
    ["Hexford University Hospitals NHS Foundation Trust (HUH)", "Chief Executive", "Philippa Rowan"],
    ["", "Chief Operating Officer", "Declan Ostler"],
    ["Quarry & Cole Hospitals NHS Trust (QCH)", "Chief Executive", "Anthea Burrows"],
    ["", "Director of Finance", "Marisol Kendal"],
]


def _rows(tmp_path: Path, tokenizer: Tokenizer, write) -> list[str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus)
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        return [r["row_text"] for r in index.table("rows") if "Post-holder" in (r["header_text"] or "")]
    finally:
        index.close()


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_a_row_with_its_first_cell_empty_is_the_next_row_of_the_group(tmp_path: Path, tokenizer: Tokenizer, kind: str) -> None:
    def write(corpus: Path) -> None:
        if kind == "docx":
            write_docx(corpus / "memorandum.docx", ["Memorandum of Understanding", "Schedule 1 - The Parties and Post-holders"], SCHEDULE)
        else:
            deck(corpus / "who.pptx", [{"title": "Who's who", "table": (40, 80, SCHEDULE)}])

    rows = _rows(tmp_path, tokenizer, write)
    assert "Quarry & Cole Hospitals NHS Trust (QCH) | Director of Finance | Marisol Kendal" in rows
    assert "Hexford University Hospitals NHS Foundation Trust (HUH) | Chief Operating Officer | Declan Ostler" in rows
    assert len(rows) == len(SCHEDULE) - 1
