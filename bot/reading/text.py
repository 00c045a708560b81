"""Plain text and Markdown: one SourceLine per line, numbered from 1."""

import codecs

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.titles import first_title
from bot.textnorm import clean

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode_text(name: str, data: bytes) -> tuple[str, list[str]]:
    """Bytes to text the way Windows and Mac editors save it: a byte-order mark names the encoding
    (Notepad's "Unicode" is UTF-16 with one); without one, NUL bytes mean a binary file, then UTF-8,
    then Windows-1252 with a warning. The check for NULs comes after the mark, because UTF-16 and
    UTF-32 text is full of them."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), []
            except UnicodeDecodeError:
                raise DocumentError(name, f"starts with a {label} byte-order mark but is not valid {label}; "
                                          "re-save it as UTF-8") from None
    if b"\x00" in data:
        raise DocumentError(name, "looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [f"{name}: not UTF-8; read as Windows-1252"]


def read_text(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, list[str]]:
    text, warnings = decode_text(name, data)
    if "\x00" in text:
        raise DocumentError(name, "looks like a binary file, not text")
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    budget = TextBudget(name, limits)
    lines = [SourceLine(line=i, text=clean(budget.take(t))) for i, t in enumerate(raw, start=1)]
    return lines, first_title(t for t in raw if t.strip()), warnings
