"""What every plan record carries from ingestion to citation: a stable id, where it was read, and a
quote that is a verbatim piece of one source line."""

import hashlib

from bot.models import ParsedDocument, SourceLine
from bot.records.tables import Fragment
from bot.textnorm import squash


def record_id(*parts: object) -> str:
    """A record's id from what makes it itself: the same record read again keeps its id."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def provenance(doc: ParsedDocument, source: SourceLine, section: str | None) -> dict:
    """Where a record was read: document, page (PDF, slides) or line (text), section; cited as written."""
    return {
        "doc_id": doc.info.id, "document": doc.info.file_name, "doc_title": doc.info.title,
        "page": source.page, "line": source.line if source.page is None else None, "section": section,
    }


def first_quote(fragments: list[Fragment], limit: int = 300) -> tuple[SourceLine | None, str]:
    """The first fragment's text: always a verbatim piece of one line."""
    for frag in fragments:
        text = squash(frag.text)
        if text:
            return frag.source, text[:limit].rsplit(" ", 1)[0] if len(text) > limit else text
    return None, ""
