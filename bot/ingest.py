"""Read documents (PDF, Word, text) into lines with page or line numbers. No Discord, no index."""

import hashlib
import logging
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from bot.errors import DocumentError
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.textnorm import clean

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
SUPPORTED = TEXT_SUFFIXES | {".pdf", ".docx"}
# A layout line with two or more gaps of 3+ spaces between words is read as table columns.
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def find_documents(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders into supported files, sorted; report what was skipped and why."""
    found: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    if child.suffix.lower() in SUPPORTED:
                        found.append(child)
                    elif child.name.lower() != "readme.md":
                        skipped.append(f"{child.name}: unsupported file type {child.suffix or '(none)'}")
        elif path.is_file():
            found.append(path)
        else:
            skipped.append(f"{path}: no such file or folder")
    return found, skipped


def read_document(path: Path, max_bytes: int) -> ParsedDocument:
    """Read one file, or raise DocumentError saying what was wrong and what to do."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(path.name, f"unsupported file type '{suffix or '(none)'}'; use PDF, DOCX, TXT or MD")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path.name, f"cannot be opened ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise DocumentError(
            path.name, f"is {len(data) / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (PLANBOT_MAX_FILE_MB)"
        )
    if not data.strip():
        raise DocumentError(path.name, "is empty")
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        lines, title, pages, warnings = _read_pdf(path.name, data)
    elif suffix == ".docx":
        lines, title, warnings = _read_docx(path.name, data)
        pages = 0
    else:
        lines, title, warnings = _read_text(path.name, data)
        pages = 0
    if not any(line.text.strip() for line in lines):
        raise DocumentError(path.name, "has no readable text")
    kind = "pdf" if suffix == ".pdf" else "docx" if suffix == ".docx" else "text"
    info = DocumentInfo(
        id=sha[:16], file_name=path.name, title=title or path.stem, kind=kind, sha256=sha,
        pages=pages, lines=len(lines),
    )
    return ParsedDocument(info=info, lines=lines, warnings=warnings)


def _first_title(texts: Iterable[str]) -> str:
    for text in texts:
        text = " ".join(text.split())
        if 3 <= len(text) <= 150:
            return text
    return ""


def _read_text(name: str, data: bytes) -> tuple[list[SourceLine], str, list[str]]:
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{name}: not UTF-8; read as Windows-1252")
    if "\x00" in text:
        raise DocumentError(name, "looks like a binary file, not text")
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [SourceLine(line=i, text=clean(t)) for i, t in enumerate(raw, start=1)]
    return lines, _first_title(t for t in raw if t.strip()), warnings


def _read_pdf(name: str, data: bytes) -> tuple[list[SourceLine], str, int, list[str]]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(name, "is encrypted (password-protected); save an unprotected copy and try again")
        pages = list(reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(name, f"is not a readable PDF ({type(exc).__name__}); re-export it and try again") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if "crypt" in str(exc).lower():
            raise DocumentError(name, "is encrypted and cannot be read; save an unprotected copy") from None
        raise DocumentError(name, f"is not a readable PDF ({type(exc).__name__}); re-export it and try again") from None
    lines: list[SourceLine] = []
    empty_pages = 0
    for number, page in enumerate(pages, start=1):
        try:
            text = _page_text(page)
        except Exception as exc:  # one bad page should not lose the document
            warnings.append(f"{name}: page {number} could not be read ({type(exc).__name__})")
            continue
        if not text.strip():
            empty_pages += 1
        for raw in text.split("\n"):
            lines.append(SourceLine(page=number, text=clean(raw.rstrip())))
    if pages and empty_pages == len(pages):
        raise DocumentError(name, "has no text layer (a scan?); run OCR on it or upload the original")
    if empty_pages:
        warnings.append(f"{name}: {empty_pages} of {len(pages)} pages have no text")
    title = ""
    try:
        title = str((reader.metadata or {}).get("/Title") or "")
    except Exception:
        title = ""
    if title.strip().lower() in {"(anonymous)", "untitled", "anonymous"}:
        title = ""
    return lines, title.strip() or _first_title(line.text for line in lines), len(pages), warnings


def _page_text(page: object) -> str:
    """Plain extraction for prose; layout extraction where the page holds a table, so columns survive."""
    plain = page.extract_text() or ""  # type: ignore[attr-defined]
    try:
        layout = page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except Exception:
        return plain
    rows = [row for row in layout.split("\n") if row.strip()]
    wide = sum(1 for row in rows if len(_COLUMN_GAP.findall(row.strip())) >= 2)
    gapped = sum(1 for row in rows if _COLUMN_GAP.search(row.strip()))
    if rows and (wide >= max(3, len(rows) // 4) or (wide >= 2 and gapped >= max(3, len(rows) // 3))):
        return "\n".join(row.rstrip() for row in layout.split("\n"))
    return plain


def _read_docx(name: str, data: bytes) -> tuple[list[SourceLine], str, list[str]]:
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
    return lines, title or _first_title(texts), []


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
