"""How much reading one document may cost. Every limit follows from PLANBOT_MAX_FILE_MB, so an admin
who accepts bigger files raises one setting and the rest scale with it."""

from dataclasses import dataclass

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


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int
    zip_unpacked_bytes: int
    zip_ratio: int = MAX_RATIO
    zip_parts: int = MAX_PARTS
    pdf_pages: int = 2000
    pdf_page_seconds: float = PDF_PAGE_SECONDS
    pdf_page_tokens: int = 250_000

    @classmethod
    def for_max_bytes(cls, max_bytes: int) -> "ReadLimits":
        return cls(max_bytes=max_bytes, zip_unpacked_bytes=UNPACKED_PER_FILE * max_bytes,
                   pdf_pages=max(100, round(PDF_PAGES_PER_MB * max_bytes / MB)),
                   pdf_page_tokens=max(100_000, round(PDF_PAGE_TOKENS_PER_MB * max_bytes / MB)))

    def pypdf(self) -> dict[str, int]:
        """pypdf's own guards (pypdf.apply_configuration), scaled to the same setting: no stream
        unpacks to more than the largest file accepted (a 200 KB PDF can hold a 70 MB page)."""
        stream = self.max_bytes
        return {"zlib_maximum_output_length": stream, "lzw_maximum_output_length": stream,
                "run_length_maximum_output_length": stream, "brotli_maximum_output_length": stream,
                "array_based_stream_maximum_output_length": stream, "maximum_declared_stream_length": stream,
                "stream_parsing_work_maximum_count": self.pdf_page_tokens,
                "page_tree_maximum_entries": 4 * self.pdf_pages}
