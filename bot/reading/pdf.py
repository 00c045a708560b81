"""PDF with pypdf: plain extraction for prose; a page with ruled tables read by their geometry
(bot/reading/pdf_tables.py); layout extraction on pages whose tables have no rules, a two-column one
among them (bot/reading/pdf_pairs.py)."""

import re

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.calendar_grid import dated_calendar
from bot.reading.deadline import TimeLimitExceeded, call_with_time_limit
from bot.reading.limits import PDF_PAGES_PER_MB, ReadLimits, TextBudget
from bot.reading.pdf_bars import read_bars
from bot.reading.pdf_columns import read_down_columns
from bot.reading.pdf_tiles import read_tiles
from bot.reading.spaced_rows import close_spaced_rows
from bot.reading.pdf_numbers import number_tables
from bot.reading.pdf_pairs import has_pair_table, pair_tables
from bot.reading.pdf_sideways import sideways, sideways_text
from bot.reading.pdf_headings import levels, mark_headings
from bot.reading.pdf_tables import Geometry, find_grids, page_lines, split_lines
from bot.reading.stacked_pairs import stacked_pairs
from bot.reading.timeline_strips import timeline_strips
from bot.textnorm import clean

# A layout line with two or more gaps of 3+ spaces between words is read as table columns.
_COLUMN_GAP = re.compile(r"\S {3,}\S")
SLOW_PAGES = 3  # this many pages over the time limit and the file is given up
SLOW_PAGE_SKIPPED = "s to read; skipped"  # ends the warning for such a page: a read that depended on the clock


def read_pdf(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, int, list[str]]:
    """Every page's lines, within the limits: pages per file, seconds and operators per page, and
    bytes per unpacked stream (pypdf's own guards, set for this read only)."""
    from pypdf import apply_configuration

    with apply_configuration(**limits.pypdf()):
        return _read_pdf(name, data, limits)


def _read_pdf(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, int, list[str]]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    warnings: list[str] = []
    def open_pages() -> tuple[PdfReader, list]:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(name, "is encrypted (password-protected); save an unprotected copy and try again")
        return reader, list(reader.pages)

    try:
        reader, pages = call_with_time_limit(open_pages, limits.pdf_page_seconds)
    except DocumentError:
        raise
    except TimeLimitExceeded:
        raise DocumentError(name, f"took over {limits.pdf_page_seconds:g} s to open: it may be damaged or built to be "
                                  "hostile; re-export it and try again") from None
    except LimitReachedError:
        raise DocumentError(name, f"has more than {limits.pdf_pages:,} pages, the limit (PLANBOT_MAX_FILE_MB x "
                                  f"{PDF_PAGES_PER_MB}); split it") from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(name, f"is not a readable PDF ({type(exc).__name__}); re-export it and try again") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        if "crypt" in str(exc).lower():
            raise DocumentError(name, "is encrypted and cannot be read; save an unprotected copy") from None
        raise DocumentError(name, f"is not a readable PDF ({type(exc).__name__}); re-export it and try again") from None
    if len(pages) > limits.pdf_pages:
        raise DocumentError(name, f"has {len(pages):,} pages, over the {limits.pdf_pages:,}-page limit "
                                  f"(PLANBOT_MAX_FILE_MB x {PDF_PAGES_PER_MB}); split it")
    lines: list[SourceLine] = []
    budget = TextBudget(name, limits)
    empty_pages = slow_pages = 0
    sized: dict[int, float] = {}  # lines set in a heading's larger type: their sizes
    for number, page in enumerate(pages, start=1):
        try:
            text, geometry = call_with_time_limit(lambda: _page_read(page), limits.pdf_page_seconds)
        except TimeLimitExceeded:
            slow_pages += 1
            warnings.append(f"{name}: page {number} took over {limits.pdf_page_seconds:g} {SLOW_PAGE_SKIPPED}")
            if slow_pages >= SLOW_PAGES:
                raise DocumentError(name, f"{slow_pages} pages each took over {limits.pdf_page_seconds:g} s to read: it may "
                                          "be damaged or built to be hostile; re-export it and try again") from None
            continue
        except LimitReachedError:
            warnings.append(f"{name}: page {number} is too large to read (over {limits.pdf_page_tokens:,} drawing "
                            "operations, or a stream unpacking past PLANBOT_MAX_FILE_MB); skipped")
            continue
        except Exception as exc:  # one bad page should not lose the document
            warnings.append(f"{name}: page {number} could not be read ({type(exc).__name__})")
            continue
        if not text.strip():
            empty_pages += 1
        # a table of figures without rules, read as cells; titles set in larger type marked as headings
        page_lines, headings = mark_headings(number_tables(timeline_strips(stacked_pairs(text.split("\n"), geometry.chunks))), geometry.chunks)
        for k, raw in enumerate(page_lines):  # (a row's empty last cells stay)
            if k in headings:
                sized[len(lines)] = headings[k]
            lines.append(SourceLine(page=number, text=clean(budget.take(raw.rstrip(" \r")))))
    for k, level in zip(sized, levels(list(sized.values()))):
        lines[k] = lines[k].model_copy(update={"heading": level})
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
    return _page_read(page)[0]


def _page_read(page: object) -> tuple[str, Geometry]:
    """The page's text, with the runs of text its one pass saw (their type sizes tell its headings)."""
    geometry = Geometry()
    return _text_of(page, geometry), geometry


def _text_of(page: object, geometry: Geometry) -> str:
    """Rows read from the grid where the page's rules form tables; else plain extraction for prose and
    layout extraction where the page holds an unruled table, so its columns survive."""
    plain = page.extract_text(visitor_operand_before=geometry.operator, visitor_text=geometry.text) or ""  # type: ignore[attr-defined]
    turn = sideways(geometry)
    if turn:
        return sideways_text(geometry, turn)  # a landscape table drawn on a portrait page, read upright
    grids = find_grids(geometry)
    if grids:
        return "\n".join(dated_calendar(list(page_lines(geometry, grids))))  # (a month's wall planner: each event dated)
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
    every = [row.rstrip().replace("\x7f", "•") for row in layout.split("\n")]
    if rows and (wide >= max(3, len(rows) // 4) or (wide >= 2 and gapped >= max(3, len(rows) // 3))):
        return "\n".join(pair_tables(close_spaced_rows(read_down_columns(read_bars(read_tiles(every))))))
    if has_pair_table(every):
        return "\n".join(pair_tables(every))  # a two-column table's cells kept apart; the rest reads as laid out
    return plain
