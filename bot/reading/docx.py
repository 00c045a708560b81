"""Word (.docx) with python-docx: paragraphs and table rows in document order."""

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.marks import row_line
from bot.reading.packages import open_package
from bot.textnorm import clean


def read_docx(name: str, data: bytes) -> tuple[list[SourceLine], str, list[str]]:
    import docx
    from docx.table import Table

    stream = open_package(name, data, "docx")
    try:
        document = docx.Document(stream)
    except Exception as exc:  # python-docx raises many kinds on damaged parts
        raise DocumentError(name, f"is not a readable Word file ({type(exc).__name__}); re-save it as .docx") from None
    texts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            texts.extend(_docx_table_rows(block))
        else:
            texts.append(block.text)
    lines = [SourceLine(line=i, text=clean(t)) for i, t in enumerate(texts, start=1)]
    title = (document.core_properties.title or "").strip()
    return lines, title, []


def _docx_table_rows(table: object) -> list[str]:
    """Each row as tab-separated cells (merged cells once), the shape the table reader expects."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell.text)
        rows.append(row_line(cells))
    return rows
