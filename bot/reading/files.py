"""Find documents and read one into lines with page or line numbers, whatever its format.

Nothing outside bot/reading/ knows file formats: the rest of planbot sees ParsedDocument lines."""

import errno
import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.errors import DocumentError
from bot.models import DocumentInfo, ParsedDocument
from bot.reading.delimited import DELIMITED_SUFFIXES, read_delimited
from bot.reading.docx import read_docx
from bot.reading.limits import ReadLimits
from bot.reading.pdf import read_pdf
from bot.reading.marks import read_cross_marks, read_open_marks
from bot.reading.unit_rows import units_into_header
from bot.reading.pptx import read_pptx
from bot.reading.text import read_text
from bot.reading.titles import document_title
from bot.reading.xlsx import read_xlsx
from bot.reading.zips import KINDS as ZIP_KINDS, check_zip

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
SUPPORTED = TEXT_SUFFIXES | DELIMITED_SUFFIXES | {".pdf", ".docx", ".pptx", ".xlsx"}
KINDS = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".xlsx": "xlsx"}
USE = "use PDF, DOCX, PPTX, XLSX, CSV, TXT or MD"


def find_documents(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders into supported files, sorted; report what was skipped and why.

    Symbolic links are never followed, so nothing outside the folders named can be read (a link to
    /etc/passwd in corpus/ would otherwise be indexed and quoted in chat). The folders named may
    themselves be links: they are the admin's choice."""
    found: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if path.is_symlink() and not path.is_dir():
            skipped.append(f"{path.name}: {link_reason(path, path.parent)}")
        elif path.is_dir():
            root = path.resolve()
            for child in sorted(_walk(root)):
                if child.is_symlink():
                    skipped.append(f"{child.relative_to(root)}: {link_reason(child, root)}")
                elif child.is_file() and not child.name.startswith("."):
                    if child.suffix.lower() in SUPPORTED:
                        found.append(child)
                    elif child.name.lower() not in {"readme.md", "glossary.toml"}:
                        skipped.append(f"{child.name}: unsupported file type {child.suffix or '(none)'}")
        elif path.is_file():
            found.append(path)
        else:
            skipped.append(f"{path}: no such file or folder")
    return found, skipped


def _walk(root: Path) -> Iterator[Path]:
    """Every entry below root, links included but not descended into."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        yield from (base / d for d in dirs if (base / d).is_symlink())
        yield from (base / f for f in files)


def link_reason(link: Path, folder: Path) -> str:
    """Why a link is skipped, naming the escape when it points out of the folder being read."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return "is a broken symbolic link; not read"
    if not target.is_relative_to(folder.resolve()):
        return "links outside the corpus; not read (copy the file into the folder if it belongs there)"
    return "is a symbolic link; links are not followed (the file it points to is read in its own place)"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, refusing links, devices and pipes, and anything over max_bytes before
    it is read into memory."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocumentError(path.name, "is a symbolic link; links are not followed") from None
        raise DocumentError(path.name, f"cannot be opened ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(path.name, "is not a regular file")
        data = fh.read(max_bytes + 1) if info.st_size <= max_bytes else b""
    if info.st_size > max_bytes or len(data) > max_bytes:
        size = max(info.st_size, len(data))
        raise DocumentError(
            path.name, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit (PLANBOT_MAX_FILE_MB)"
        )
    return data


def read_document(path: Path, max_bytes: int) -> ParsedDocument:
    """Read one file, or raise DocumentError saying what was wrong and what to do."""
    return parse_document(path, load_document(path, max_bytes), max_bytes)


def load_document(path: Path, max_bytes: int) -> bytes:
    """A supported, non-empty file's bytes, so a build can compare hashes before parsing anything."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise DocumentError(path.name, f"unsupported file type '{suffix or '(none)'}'; {USE}")
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise DocumentError(path.name, "is empty")
    return data


def parse_document(path: Path, data: bytes, max_bytes: int, sha: str | None = None) -> ParsedDocument:
    """Lines with page or line numbers from a file's bytes (as load_document returned them)."""
    suffix = path.suffix.lower()
    sha = sha or hashlib.sha256(data).hexdigest()
    limits = ReadLimits.for_max_bytes(max_bytes)
    if suffix in ZIP_KINDS:
        check_zip(path.name, data, limits)
    kind = KINDS.get(suffix, "text")
    pages = 0
    if kind == "pdf":
        lines, title, pages, warnings = read_pdf(path.name, data, limits)
    elif kind == "docx":
        lines, title, warnings = read_docx(path.name, data, limits)
    elif kind == "pptx":
        lines, title, pages, warnings = read_pptx(path.name, data, limits)
    elif kind == "xlsx":
        lines, title, pages, warnings = read_xlsx(path.name, data, limits)
    elif suffix in DELIMITED_SUFFIXES:
        lines, title, warnings = read_delimited(path.name, data, limits)
    else:
        lines, title, warnings = read_text(path.name, data, limits)
    lines = read_open_marks(lines)  # an empty circle in a grid means what the grid's key says
    lines = read_cross_marks(lines)  # ... and so does a cross ("✗ not ready"), else it is no entry
    lines = units_into_header(lines)  # "£000" under "2018/19 plan": the heading's unit
    if not any(line.text.strip() for line in lines):
        why = f": {'; '.join(w.removeprefix(path.name + ': ') for w in warnings)}" if warnings else ""
        raise DocumentError(path.name, f"has no readable text{why}")
    info = DocumentInfo(
        id=sha[:16], file_name=path.name, title=document_title(title, _title_lines(lines, kind), path.name), kind=kind, sha256=sha,
        pages=pages, lines=len(lines),
    )
    return ParsedDocument(info=info, lines=lines, warnings=warnings)


def _title_lines(lines: list, kind: str) -> list[str]:
    """The lines a title may come from: a workbook's sheet names name its sheets, not the workbook."""
    return [line.text for line in lines if not (kind == "xlsx" and line.heading)]
