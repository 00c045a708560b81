"""The bundled annex cut into blocks as its text reading sees them: prose lines, and the LDP tables
(initiative owner tables and must-do matrices) as header plus rows of cells, so a renderer can draw
every table in another shape with exactly the cells the text reading found."""

from dataclasses import dataclass, field
from pathlib import Path

from bot.models import SourceLine
from bot.reading.files import read_document
from bot.records.extract import INITIATIVE_ROLES, MUSTDO_ROLES
from bot.records.tables import ends_table, find_header, iter_rows

ROOT = Path(__file__).resolve().parents[2]
ANNEX = ROOT / "corpus" / "001_73bed42a91822009.txt"


@dataclass
class Block:
    kind: str  # "text" or "table"
    lines: list[str] = field(default_factory=list)  # text: the lines as written
    header: list[str] = field(default_factory=list)  # table: the header row's cells
    rows: list[list[str]] = field(default_factory=list)  # table: every row's cells, wrapped parts joined
    matrix: bool = False  # a must-do matrix (else an initiatives table)


def _table_at(lines: list[SourceLine], i: int) -> tuple[Block, int] | None:
    text = lines[i].text
    header = find_header(text, INITIATIVE_ROLES, ("title", "owner"), lead="title")
    matrix = False
    if header is None:
        header = find_header(text, MUSTDO_ROLES, ("mustdo",), lead="mustdo")
        if header is None or header.width - header.roles["mustdo"] < 2:
            return None
        matrix = True
    cells = text.split("\t")
    width = max(len(cells), header.width)
    rows = []
    for row in iter_rows(lines, i + 1, header):
        rows.append([row.text(c) for c in range(width)])
    end = i + 1
    while end < len(lines) and not ends_table(lines[end].text, header):
        end += 1
    return Block("table", header=cells + [""] * (width - len(cells)), rows=rows, matrix=matrix), end


def annex_blocks(path: Path = ANNEX) -> list[Block]:
    """Prose and tables in document order; lines inside a table that are not rows (page numbers,
    repeated headers) are dropped, as the text reading drops them."""
    lines = read_document(path, 10**8).lines
    blocks: list[Block] = []
    prose: list[str] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i) if "\t" in lines[i].text else None
        if found is None:
            prose.append(lines[i].text)
            i += 1
            continue
        if prose:
            blocks.append(Block("text", lines=prose))
            prose = []
        block, i = found
        blocks.append(block)
    if prose:
        blocks.append(Block("text", lines=prose))
    return blocks
