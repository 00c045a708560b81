"""The bundled annex cut into blocks as its text reading sees them: prose lines, and the LDP tables
(initiative owner tables and must-do matrices) as header plus rows of cells, so a renderer can draw
every table in another shape with exactly the cells the text reading found."""

from dataclasses import dataclass, field
from pathlib import Path

from bot.models import SourceLine
from bot.reading.layout import is_heading
from bot.records.extract import INITIATIVE_ROLES
from bot.records.mustdo_matrix import MUSTDO_ROLES, _new_mustdo
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
    # Lines drawn on the table's page above it, from its heading ("Fylde Coast priorities against ... 1/3") on.
    lead: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)  # the table's lines in the text, [start, end)


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
    for row in iter_rows(lines, i + 1, header, splits=_new_mustdo(header) if matrix else None):
        rows.append([row.text(c) for c in range(width)])
    end = i + 1
    while end < len(lines) and not ends_table(lines[end].text, header):
        end += 1
    return Block("table", header=cells + [""] * (width - len(cells)), rows=rows, matrix=matrix, span=(i, end)), end


def annex_blocks(path: Path = ANNEX) -> list[Block]:
    """Prose and tables in document order; lines inside a table that are not rows (page numbers,
    repeated headers) are dropped, as the text reading drops them. The text is kept as written (not
    cleaned), so a look-alike letter ("Р3") reaches the renderers as it would a real export."""
    raw = path.read_text(encoding="utf-8").split("\n")
    lines = [SourceLine(line=i, text=t) for i, t in enumerate(raw, start=1)]
    blocks: list[Block] = []
    prose: list[str] = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i) if "\t" in lines[i].text else None
        if found is None:
            prose.append(lines[i].text)
            i += 1
            continue
        block, i = found
        cut = _heading_above(prose)
        block.lead, prose = [t for t in prose[cut:] if t.strip()], prose[:cut]
        if prose:
            blocks.append(Block("text", lines=prose))
            prose = []
        _drop_empty_columns(block)
        blocks.append(block)
    if prose:
        blocks.append(Block("text", lines=prose))
    return blocks


def _heading_above(prose: list[str], reach: int = 4) -> int:
    """Where the table's page starts: at the nearest heading among the last few lines above it."""
    seen = 0
    for k in range(len(prose) - 1, -1, -1):
        if not prose[k].strip():
            continue
        if "\t" not in prose[k] and is_heading(prose[k], True):
            return k
        seen += 1
        if seen >= reach:
            break
    return len(prose)


def _drop_empty_columns(block: Block) -> None:
    """Columns with nothing in the header or any row (trailing tabs in the text) are not drawn."""
    keep = [c for c in range(len(block.header))
            if block.header[c].strip() or any(c < len(r) and r[c].strip() for r in block.rows) or c == 0]
    block.header = [block.header[c] for c in keep]
    block.rows = [[r[c] if c < len(r) else "" for c in keep] for r in block.rows]


def initiative_tables(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "table" and not b.matrix]


def text_without(blocks: list[Block], drop: list[Block], path: Path = ANNEX) -> str:
    """The annex's text with some tables taken out (the owner tables, when a tracker holds them)."""
    raw = path.read_text(encoding="utf-8").split("\n")
    gone = {k for b in drop for k in range(*b.span)}
    return "\n".join(t for k, t in enumerate(raw) if k not in gone)
