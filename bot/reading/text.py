"""Plain text and Markdown: one SourceLine per line, numbered from 1."""

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.marks import has_mark, label_cells
from bot.reading.titles import first_title
from bot.textnorm import clean


def read_text(name: str, data: bytes) -> tuple[list[SourceLine], str, list[str]]:
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"{name}: not UTF-8; read as Windows-1252")
    if "\x00" in text:
        raise DocumentError(name, "looks like a binary file, not text")
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [SourceLine(line=i, text=clean(_marks(t))) for i, t in enumerate(raw, start=1)]
    return lines, first_title(t for t in raw if t.strip()), warnings


def _marks(text: str) -> str:
    """Tick and box glyphs in a tab-separated row are read as marks, as every other reader does."""
    return "\t".join(label_cells(text.split("\t"))) if "\t" in text and has_mark(text) else text
