"""One document into the version being built: its passages, records, lines and opening written, its
words counted and its passages given to the engine; and its line in the build report. Shared by a
full build and by a re-index that carries the version before it over (bot.index.carry)."""

import re
from collections import Counter
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from bot.models import ParsedDocument
from bot.records.areas import AreaBooks
from bot.records.glossary import Glossary
from bot.records.sections import document_areas, heading_marks, line_contexts
from bot.index.openings import OpeningsWriter
from bot.index.passages import build_passages
from bot.index.engines import PassageBuilder
from bot.index.reuse import Earlier, ReuseWriter
from bot.index.store import StoreWriter
from bot.textnorm import Tokenizer

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


class FileReport(BaseModel):
    file: str
    sha256: str | None = None
    title: str = ""
    pages: int = 0
    lines: int = 0
    passages: int = 0
    records: dict[str, int] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    duplicate_of: str | None = None  # same SHA-256 as a file read before it in this build: indexed once
    # Taken from the previous version by hash instead of read again (bot.index.reuse); how a build ran,
    # not what it built, so it stays out of the version's meta, which a full build must equal.
    reused: bool = False

    @property
    def indexed(self) -> bool:
        return self.error is None and self.duplicate_of is None


def index_text(section: str | None, area: str | None, text: str) -> str:
    """What BM25 sees for a passage: its words plus the heading and plan area it sits under."""
    return " ".join(part for part in (area, section, text) if part)


@dataclass
class Collected:
    """What a build gathers across documents: the passage engine's input, the papers' vocabulary (with
    how often each word is written in lower case: common words, not names) and the plan areas met so far."""

    engine: PassageBuilder
    vocabulary: Counter[str] = field(default_factory=Counter)
    lowercase: Counter[str] = field(default_factory=Counter)
    area_names: dict[str, None] = field(default_factory=dict)  # in order of first sight
    books: AreaBooks = field(default_factory=AreaBooks)
    passages: int = 0  # the number the next passage gets (a carried-over build starts after the previous version's)
    openings: OpeningsWriter | None = None  # each paper's opening and its stems (bot.index.openings)


def add_document(doc: ParsedDocument, writer: StoreWriter, tokenizer: Tokenizer, glossary: Glossary,
                  seen: Collected, keep: ReuseWriter, earlier: Earlier | None = None) -> FileReport:
    """Passages and plan records of one read document, written to the build; its line in the report.
    `earlier` is the previous version's read of the same file: its records are taken when this build
    reads the document with the same plan areas, else extracted again from its lines."""
    from bot.records.extract import extract_records  # records extraction is optional work on the same lines

    marks = list(heading_marks(doc.lines, wrapped=doc.info.kind == "pdf"))
    book = document_areas(doc.lines, glossary.areas, seen.area_names, marks, seen.books)
    contexts = list(line_contexts(doc.lines, book, marks, slides=doc.info.kind == "pptx"))
    passages = build_passages(doc, first_seq=seen.passages, book=book, contexts=contexts)
    key = keep.key(book)
    records = earlier.records(key) if earlier is not None else None
    if records is None:
        records = extract_records(doc, book, contexts)
    keep.add(doc, key, records, earlier)
    seen.area_names.update(dict.fromkeys(p.area for p in passages if p.area))
    writer.add_document(doc.info, doc.lines)
    if seen.openings is not None:
        seen.openings.add(doc.info, doc.lines)
    writer.add_passages(passages)
    for table, rows in records.items():
        writer.add_records(table, rows)
    for p in passages:
        indexed, own = tokenizer.headed_words(index_text(p.section, p.area, ""), p.text)  # as index_text joins them
        seen.engine.add(tokenizer.terms(indexed), p.area, p.document)
        seen.vocabulary.update(own)
        seen.lowercase.update(LOWER_WORD.findall(p.text))
    seen.passages += len(passages)
    return FileReport(
        file=doc.info.file_name, sha256=doc.info.sha256, title=doc.info.title, pages=doc.info.pages,
        lines=doc.info.lines, passages=len(passages), records={k: len(v) for k, v in records.items()},
        warnings=doc.warnings, reused=earlier is not None,
    )
