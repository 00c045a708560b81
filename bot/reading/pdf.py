"""PDF with pypdf: plain extraction for prose; a page with ruled tables read by their geometry
(bot/reading/pdf_tables.py); layout extraction on pages whose tables have no rules."""

import re

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.pdf_tables import Geometry, find_grids, page_lines, split_lines
from bot.textnorm import clean

# A layout line with two or more gaps of 3+ spaces between words is read as table columns.
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def read_pdf(name: str, data: bytes) -> tuple[list[SourceLine], str, int, list[str]]:
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
            lines.append(SourceLine(page=number, text=clean(raw.rstrip(" \r"))))  # a row's empty last cells stay
    if pages and empty_pages == len(pages):
        raise DocumentError(name, "has no text layer (a scan?); run OCR on it or upload the original")
    if empty_pages:
        warnings.append(f"{name}: {empty_pages} of {len(pages)} pages have no text")
    title = ""
    try:
        title = str((reader.metadata or {}).get("/Title") or "")
    except Exception:
        title = ""
    return lines, title.strip(), len(pages), warnings  # a placeholder title is set aside by bot.reading.titles


def _page_text(page: object) -> str:
    """Rows read from the grid where the page's rules form tables; else plain extraction for prose and
    layout extraction where the page holds an unruled table, so its columns survive."""
    geometry = Geometry()
    plain = page.extract_text(visitor_operand_before=geometry.operator, visitor_text=geometry.text) or ""  # type: ignore[attr-defined]
    grids = find_grids(geometry)
    if grids:
        return "\n".join(page_lines(geometry, grids))
    plain = plain.replace("\x7f", "•")  # the bullet as a standard font's encoding gives it
    if split_lines(geometry) < 2:
        return plain  # no line holds text set apart in columns: no layout pass needed
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
