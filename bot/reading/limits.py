"""How much reading one document may cost. Every limit follows from PLANBOT_MAX_FILE_MB, so an admin
who accepts bigger files raises one setting and the rest scale with it."""

from dataclasses import dataclass

from bot.errors import DocumentError

MB = 1024 * 1024
# A zip-based document (docx, pptx, xlsx) may unpack to this many times the largest file accepted:
# real documents unpack to 2-10 times their size (pictures do not shrink at all); a zip bomb to 1000.
UNPACKED_PER_FILE = 4
# Parts are Deflate-compressed XML: Word's own repetitive XML reaches ~70:1, Deflate's ceiling is ~1030:1.
MAX_RATIO = 200
RATIO_FLOOR = MB  # smaller parts are not judged by ratio: they cannot cost much whatever it is
MAX_PARTS = 10_000
PDF_PAGES_PER_MB = 80  # 2,000 pages at the default 25 MB; text PDFs run 10-100 pages per MB
PDF_PAGE_SECONDS = 10.0  # a page of a real paper takes milliseconds; minutes means a hostile page
# Operators and operands pypdf may parse from one page's content: a dense text page has a few
# thousand, a detailed chart tens of thousands; each costs pypdf ~0.4 KB while the page is read.
PDF_PAGE_TOKENS_PER_MB = 10_000
# What one document may yield, whatever its format: each line read costs ~2.5 KB by the time it is a
# passage with BM25 postings, so these keep one document's build under ~300 MB (12.5 MB of text and
# 80,000 lines at the default 25 MB; a 300-page paper has ~15,000 lines).
TEXT_PER_FILE = 0.5
LINES_PER_MB = 3_200


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int
    zip_unpacked_bytes: int
    zip_ratio: int = MAX_RATIO
    zip_parts: int = MAX_PARTS
    pdf_pages: int = 2000
    pdf_page_seconds: float = PDF_PAGE_SECONDS
    pdf_page_tokens: int = 250_000
    text_chars: int = 12 * MB
    lines: int = 80_000

    @classmethod
    def for_max_bytes(cls, max_bytes: int) -> "ReadLimits":
        return cls(max_bytes=max_bytes, zip_unpacked_bytes=UNPACKED_PER_FILE * max_bytes,
                   pdf_pages=max(100, round(PDF_PAGES_PER_MB * max_bytes / MB)),
                   pdf_page_tokens=max(100_000, round(PDF_PAGE_TOKENS_PER_MB * max_bytes / MB)),
                   text_chars=int(TEXT_PER_FILE * max_bytes), lines=max(10_000, round(LINES_PER_MB * max_bytes / MB)))

    def pypdf(self) -> dict[str, int]:
        """pypdf's own guards (pypdf.apply_configuration), scaled to the same setting: no stream
        unpacks to more than the largest file accepted (a 200 KB PDF can hold a 70 MB page)."""
        stream = self.max_bytes
        return {"zlib_maximum_output_length": stream, "lzw_maximum_output_length": stream,
                "run_length_maximum_output_length": stream, "brotli_maximum_output_length": stream,
                "array_based_stream_maximum_output_length": stream, "maximum_declared_stream_length": stream,
                "stream_parsing_work_maximum_count": self.pdf_page_tokens,
                "page_tree_maximum_entries": 4 * self.pdf_pages}


class TextBudget:
    """Counts the text a reader yields and stops it, mid-file, at the limits: a 400 KB zip or a PDF
    of repeated pages can hold far more text than its size suggests, and a file of blank lines more
    lines than any paper."""

    def __init__(self, name: str, limits: ReadLimits) -> None:
        self.name = name
        self.limits = limits
        self.chars = 0
        self.lines = 0

    def take(self, text: str) -> str:
        self.chars += len(text)
        self.lines += 1
        if self.chars > self.limits.text_chars:
            raise DocumentError(self.name, f"holds more than {self.limits.text_chars / MB:.1f} MB of text, the most one "
                                           "document may hold (half of PLANBOT_MAX_FILE_MB); split it into parts")
        if self.lines > self.limits.lines:
            raise DocumentError(self.name, f"has more than {self.limits.lines:,} lines, the most one document may have "
                                           f"(PLANBOT_MAX_FILE_MB x {LINES_PER_MB:,}); split it into parts")
        return text
