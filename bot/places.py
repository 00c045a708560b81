"""How a place in a document is named for people: "p. 3" in a PDF, "line 12" in text or Word,
"slide 4" in a PowerPoint deck, "sheet 2, row 7" in an Excel workbook, after the paper's title
("Update on the STP (13 December 2016), line 12"). Citations carry the file name, page and line, so
the kind of document is read from the file name; the file name itself is shown only where someone
asks for the source (the Sources button, --json)."""

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


def short_title(title: str, limit: int = 70) -> str:
    """A long title cut at a word for places where it repeats (digest items, lists)."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    return title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,:;-(") + "…"


def titled(title: str | None, document: str, page: int | None, line: int | None, limit: int = 150) -> str:
    """"Update on the STP (13 December 2016), line 12": the paper as staff know it, then the place."""
    spot = place(document, page, line)
    name = short_title(title or document, limit)
    return f"{name}, {spot}" if spot else name


def cited(citation: Citation, limit: int = 150) -> str:
    return titled(citation.title, citation.document, citation.page, citation.line, limit)


def row_where(row: dict, limit: int = 70) -> str:
    """A record row's place after its paper's title: "LDP annex (Nov 2016), slide 3"."""
    return titled(row.get("doc_title"), row["document"], row.get("page"), row.get("line"), limit)


def size(file_name: str, pages: int, lines: int) -> str:
    """How much of a file was read: "12 slides", "3 sheets", "40 pages", "88 lines"."""
    unit = _UNITS.get(kind_of(file_name))
    return f"{pages} {unit}" if unit and pages else f"{lines} lines"
