"""How a place in a document is named for people: "p. 3" in a PDF, "line 12" in text or Word,
"slide 4" in a PowerPoint deck, "sheet 2, row 7" in an Excel workbook. Citations carry only the file
name, page and line, so the kind of document is read from the file name."""

from pathlib import PurePath

from bot.models import Citation

_UNITS = {"pdf": "pages", "pptx": "slides", "xlsx": "sheets"}


def kind_of(document: str) -> str:
    suffix = PurePath(document).suffix.lower()
    return {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx"}.get(suffix, "text")


def place(document: str, page: int | None, line: int | None) -> str:
    kind = kind_of(document)
    if kind == "pptx" and page is not None:
        return f"slide {page}"
    if kind == "xlsx" and page is not None:
        return f"sheet {page}, row {line}" if line is not None else f"sheet {page}"
    if page is not None:
        return f"p. {page}"
    if line is not None:
        return f"line {line}"
    return ""


def where(citation: Citation) -> str:
    return place(citation.document, citation.page, citation.line)


def row_where(row: dict) -> str:
    """A record row's place, after its file name: "plan.pptx slide 3"."""
    return f"{row['document']} {place(row['document'], row.get('page'), row.get('line'))}"


def size(file_name: str, pages: int, lines: int) -> str:
    """How much of a file was read: "12 slides", "3 sheets", "40 pages", "88 lines"."""
    unit = _UNITS.get(kind_of(file_name))
    return f"{pages} {unit}" if unit and pages else f"{lines} lines"
