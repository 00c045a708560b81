"""Find documents and read one into lines with page or line numbers, whatever its format.

Nothing outside bot/reading/ knows file formats: the rest of planbot sees ParsedDocument lines."""

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path

from bot.errors import DocumentError
from bot.models import DocumentInfo, ParsedDocument
from bot.reading.docx import read_docx
from bot.reading.pdf import read_pdf
from bot.reading.pptx import read_pptx
from bot.reading.text import read_text
from bot.reading.titles import document_title
from bot.reading.xlsx import read_xlsx

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
SUPPORTED = TEXT_SUFFIXES | {".pdf", ".docx", ".pptx", ".xlsx"}
KINDS = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx"}
USE = "use PDF, DOCX, PPTX, XLSX, TXT or MD"


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
                    elif child.name.lower() not in {"readme.md", "glossary.toml"}:
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
        raise DocumentError(path.name, f"unsupported file type '{suffix or '(none)'}'; {USE}")
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
    kind = KINDS.get(suffix, "text")
    pages = 0
    if kind == "pdf":
        lines, title, pages, warnings = read_pdf(path.name, data)
    elif kind == "docx":
        lines, title, warnings = read_docx(path.name, data)
    elif kind == "pptx":
        lines, title, pages, warnings = read_pptx(path.name, data)
    elif kind == "xlsx":
        lines, title, pages, warnings = read_xlsx(path.name, data)
    else:
        lines, title, warnings = read_text(path.name, data)
    if not any(line.text.strip() for line in lines):
        raise DocumentError(path.name, "has no readable text" + (f" ({'; '.join(warnings)})" if warnings else ""))
    info = DocumentInfo(
        id=sha[:16], file_name=path.name, title=document_title(title, _title_lines(lines, kind), path.name), kind=kind, sha256=sha,
        pages=pages, lines=len(lines),
    )
    return ParsedDocument(info=info, lines=lines, warnings=warnings)


def _title_lines(lines: list, kind: str) -> list[str]:
    """The lines a title may come from: a workbook's sheet names name its sheets, not the workbook."""
    return [line.text for line in lines if not (kind == "xlsx" and line.heading)]
