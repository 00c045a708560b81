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


@dataclass(frozen=True)
class ReadLimits:
    max_bytes: int
    zip_unpacked_bytes: int
    zip_ratio: int = MAX_RATIO
    zip_parts: int = MAX_PARTS
    pdf_pages: int = 2000
    pdf_page_seconds: float = PDF_PAGE_SECONDS

    @classmethod
    def for_max_bytes(cls, max_bytes: int) -> "ReadLimits":
        return cls(max_bytes=max_bytes, zip_unpacked_bytes=UNPACKED_PER_FILE * max_bytes,
                   pdf_pages=max(100, round(PDF_PAGES_PER_MB * max_bytes / MB)))
