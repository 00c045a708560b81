"""Word (.docx) with python-docx: paragraphs and table rows in document order."""

import zipfile

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.titles import first_title
from bot.textnorm import clean


def read_docx(name: str, data: bytes) -> tuple[list[SourceLine], str, list[str]]:
    import io

    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(name, f"is not a readable Word file ({type(exc).__name__}); re-save it as .docx") from None
    except Exception as exc:
        raise DocumentError(name, f"is not a readable Word file ({type(exc).__name__}); re-save it as .docx") from None
    texts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            texts.extend(_docx_table_rows(block))
        else:
            texts.append(block.text)
    lines = [SourceLine(line=i, text=clean(t)) for i, t in enumerate(texts, start=1)]
    title = (document.core_properties.title or "").strip()
    return lines, title or first_title(texts), []


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
            cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return rows
