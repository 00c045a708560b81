"""Build a new index version beside the live one and switch to it only when it is complete."""

import gc
import logging
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, Field

from bot.errors import BuildError
from bot.models import ParsedDocument
from bot.records.areas import AreaBooks, build_book
from bot.records.glossary import Glossary, find_glossary
from bot.records.sections import document_areas, heading_marks, line_contexts
from bot.reading.ahead import ReadAhead, worth_a_worker
from bot.reading.files import find_documents
from bot.index.passages import build_passages
from bot.index.record_terms import TERMS_NAME, save_record_terms
from bot.index.search import BM25Builder
from bot.index.builds import BUILDER_NAME, STAGING_PREFIX, BuildLock, mark_staging, remove_leftovers
from bot.index.integrity import write_manifest
from bot.index.store import StoreWriter
from bot.index.versions import live_version, new_version_id, prune_versions, switch_to, versions_dir
from bot.textnorm import Tokenizer

log = logging.getLogger(__name__)

LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")

Progress = Callable[[str], None]


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

    @property
    def indexed(self) -> bool:
        return self.error is None and self.duplicate_of is None


class BuildReport(BaseModel):
    version: str
    index: str
    seconds: float
    who: str = "cli"
    previous: str | None = None
    files: list[FileReport]
    skipped: list[str]
    cleaned: list[str] = Field(default_factory=list)  # leftovers of builds that died, removed by this one

    @property
    def documents(self) -> int:
        return sum(1 for f in self.files if f.indexed)

    @property
    def passages(self) -> int:
        return sum(f.passages for f in self.files)

    def records(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for f in self.files:
            for name, n in f.records.items():
                total[name] = total.get(name, 0) + n
        return total


def index_text(section: str | None, area: str | None, text: str) -> str:
    """What BM25 sees for a passage: its words plus the heading and plan area it sits under."""
    return " ".join(part for part in (area, section, text) if part)


@dataclass
class Collected:
    """What a build gathers across documents: BM25 postings, the papers' vocabulary (with how often each
    word is written in lower case: common words, not names) and the plan areas met so far."""

    bm25: BM25Builder = field(default_factory=BM25Builder)
    vocabulary: Counter[str] = field(default_factory=Counter)
    lowercase: Counter[str] = field(default_factory=Counter)
    area_names: dict[str, None] = field(default_factory=dict)  # in order of first sight
    books: AreaBooks = field(default_factory=AreaBooks)
    passages: int = 0


def _add_document(doc: ParsedDocument, writer: StoreWriter, tokenizer: Tokenizer, glossary: Glossary,
                  seen: Collected) -> FileReport:
    """Passages and plan records of one read document, written to the build; its line in the report."""
    from bot.records.extract import extract_records  # records extraction is optional work on the same lines

    marks = list(heading_marks(doc.lines))
    book = document_areas(doc.lines, glossary.areas, seen.area_names, marks, seen.books)
    contexts = list(line_contexts(doc.lines, book, marks))
    passages = build_passages(doc, first_seq=seen.passages, book=book, contexts=contexts)
    records = extract_records(doc, book, contexts)
    seen.area_names.update(dict.fromkeys(p.area for p in passages if p.area))
    writer.add_document(doc.info, doc.lines)
    writer.add_passages(passages)
    for table, rows in records.items():
        writer.add_records(table, rows)
    for p in passages:
        indexed, own = tokenizer.headed_words(index_text(p.section, p.area, ""), p.text)  # as index_text joins them
        seen.bm25.add(tokenizer.terms(indexed))
        seen.vocabulary.update(own)
        seen.lowercase.update(LOWER_WORD.findall(p.text))
    seen.passages += len(passages)
    return FileReport(
        file=doc.info.file_name, sha256=doc.info.sha256, title=doc.info.title, pages=doc.info.pages,
        lines=doc.info.lines, passages=len(passages), records={k: len(v) for k, v in records.items()},
        warnings=doc.warnings,
    )


def _write_version(files: Sequence[Path], skipped: list[str], staging: Path, version: str, index_dir: Path,
                   tokenizer: Tokenizer, max_file_bytes: int, progress: Progress | None,
                   who: str, glossary: Glossary, read_ahead: bool | None) -> tuple[list[FileReport], str | None]:
    """Read every file into a complete version in `staging`; returns the file reports and the version
    it will replace. Files are read ahead in a worker process when `read_ahead` (None: when they are
    worth it, bot.reading.ahead.worth_a_worker), in order either way."""
    writer = StoreWriter(staging)
    reports: list[FileReport] = []
    collected = Collected()
    seen: dict[str, str] = {}  # sha256 -> the file first read with that content
    with ReadAhead(files, max_file_bytes, worth_a_worker(files) if read_ahead is None else read_ahead) as reads:
        for n, path in enumerate(files, start=1):
            if progress:
                progress(f"[{n}/{len(files)}] reading {path.name}")
            read = reads.take(n - 1, seen)
            if read.sha is not None and read.sha in seen:  # the same paper under two names would be cited twice over
                reports.append(FileReport(file=path.name, sha256=read.sha, duplicate_of=seen[read.sha]))
            elif read.failure is not None:
                raise read.failure
            elif read.sha is None or read.doc is None:
                reports.append(FileReport(file=path.name, error=read.error))
            else:
                seen[read.sha] = path.name
                reports.append(_add_document(read.doc, writer, tokenizer, glossary, collected))
    if not any(r.indexed for r in reports):
        reasons = "; ".join(f"{r.file}: {r.error}" for r in reports)
        raise BuildError(f"No document could be read, so the live index was left as it was ({reasons}).")
    if progress:
        progress(f"indexing {collected.passages} passages")
    previous = live_version(index_dir)
    writer.set_meta(version=version, built=datetime.now(timezone.utc).isoformat(timespec="seconds"), who=who,
                    previous=previous, files=[r.model_dump() for r in reports], skipped=skipped,
                    glossary=glossary.as_json())
    writer.add_records("areas", build_book(collected.area_names, glossary.areas).rows(), pk="name")
    writer.add_records("vocabulary", ({"word": w, "n": n, "lower": collected.lowercase.get(w, 0)}
                                      for w, n in collected.vocabulary.items()), pk="word")
    writer.add_records("terms", ({"short": k, "long": v} for k, v in glossary.terms.items()), pk="short")
    weights = collected.bm25.finish()
    collected.bm25 = BM25Builder()  # its per-posting arrays are the largest thing a build holds
    save_record_terms(writer.rows, tokenizer, staging / TERMS_NAME)
    writer.finish(weights)
    (staging / BUILDER_NAME).unlink(missing_ok=True)  # only a staging folder needs its builder named
    write_manifest(staging)
    return reports, previous


@contextmanager
def _collecting_less(allocations: int = 10_000) -> Iterator[None]:
    """Run the garbage collector's youngest pass every `allocations` instead of every 700 while a build
    runs: it makes millions of small objects that live to its end (postings, vocabulary, records) and
    hardly any reference cycles, and each pass over them cost ~5% of a 100x build. Put back after."""
    old = gc.get_threshold()
    gc.set_threshold(max(allocations, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def build_index(
    paths: Sequence[Path],
    index_dir: Path,
    tokenizer: Tokenizer,
    max_file_bytes: int,
    keep_versions: int = 5,
    progress: Progress | None = None,
    who: str = "cli",
    glossary: Glossary | None = None,
    read_ahead: bool | None = None,
) -> BuildReport:
    """Read every file, write a complete version in a staging folder, then make it live.

    A file that cannot be read is skipped and named in the report; if nothing at all can be read the
    build is refused. Either way the live version keeps answering until the switch. One build runs
    at a time per index (a second waits for the lock), and it first removes what killed builds left.
    """
    started = time.perf_counter()
    glossary = glossary if glossary is not None else find_glossary(paths)
    files, skipped = find_documents(paths)
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise BuildError(f"No PDF, DOCX, PPTX, XLSX, TXT or MD files found in {where}." + (f" Skipped: {'; '.join(skipped)}" if skipped else ""))
    with BuildLock(index_dir, progress=progress):
        cleaned = remove_leftovers(index_dir, versions_dir(index_dir))
        version = new_version_id()  # taken under the lock, so versions sort in the order they went live
        staging = versions_dir(index_dir) / f"{STAGING_PREFIX}{version}"
        staging.mkdir(parents=True, exist_ok=False)
        mark_staging(staging)
        try:
            with _collecting_less():
                reports, previous = _write_version(files, skipped, staging, version, index_dir, tokenizer,
                                                   max_file_bytes, progress, who, glossary, read_ahead)
            staging.rename(versions_dir(index_dir) / version)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        switch_to(index_dir, version)
        prune_versions(index_dir, keep_versions)
    return BuildReport(version=version, index=str(index_dir), seconds=time.perf_counter() - started, files=reports,
                       skipped=skipped, who=who, previous=previous, cleaned=cleaned)


def duplicate_sentence(report: FileReport) -> str:
    return f"same content as {report.duplicate_of} (SHA-256 {str(report.sha256)[:12]}); indexed once, under {report.duplicate_of}"
