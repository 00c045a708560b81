"""Build a new index version beside the live one and switch to it only when it is complete."""

import logging
import re
import shutil
import time
from collections import Counter
from datetime import datetime, timezone
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from bot.errors import BuildError, DocumentError
from bot.records.areas import build_book
from bot.records.glossary import Glossary, find_glossary
from bot.records.sections import document_areas
from bot.reading.files import find_documents, read_document
from bot.index.passages import build_passages
from bot.index.record_terms import TERMS_NAME, save_record_terms
from bot.index.search import BM25Builder
from bot.index.store import StoreWriter, live_version, new_version_id, prune_versions, switch_to, versions_dir
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


class BuildReport(BaseModel):
    version: str
    index: str
    seconds: float
    who: str = "cli"
    previous: str | None = None
    files: list[FileReport]
    skipped: list[str]

    @property
    def documents(self) -> int:
        return sum(1 for f in self.files if f.error is None)

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


def build_index(
    paths: Sequence[Path],
    index_dir: Path,
    tokenizer: Tokenizer,
    max_file_bytes: int,
    keep_versions: int = 5,
    progress: Progress | None = None,
    who: str = "cli",
    glossary: Glossary | None = None,
) -> BuildReport:
    """Read every file, write a complete version in a staging folder, then make it live.

    A file that cannot be read is skipped and named in the report; if nothing at all can be read the
    build is refused. Either way the live version keeps answering until the switch.
    """
    from bot.records.extract import extract_records  # records extraction is optional work on the same lines

    started = time.perf_counter()
    glossary = glossary if glossary is not None else find_glossary(paths)
    files, skipped = find_documents(paths)
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise BuildError(f"No PDF, DOCX, PPTX, XLSX, TXT or MD files found in {where}." + (f" Skipped: {'; '.join(skipped)}" if skipped else ""))
    version = new_version_id()
    staging = versions_dir(index_dir) / f".building-{version}"
    staging.mkdir(parents=True, exist_ok=False)
    try:
        writer = StoreWriter(staging)
        reports: list[FileReport] = []
        bm25 = BM25Builder()
        vocabulary: Counter[str] = Counter()
        lowercase: Counter[str] = Counter()  # words seen written in lower case: common words, not names
        area_names: list[str] = []
        n_passages = 0
        for n, path in enumerate(files, start=1):
            if progress:
                progress(f"[{n}/{len(files)}] reading {path.name}")
            try:
                doc = read_document(path, max_file_bytes)
            except DocumentError as exc:
                reports.append(FileReport(file=path.name, error=exc.reason))
                continue
            book = document_areas(doc.lines, glossary.areas, list(dict.fromkeys(area_names)))
            passages = build_passages(doc, first_seq=n_passages, book=book)
            records = extract_records(doc, book)
            area_names += [p.area for p in passages if p.area]
            writer.add_document(doc.info, doc.lines)
            writer.add_passages(passages)
            for table, rows in records.items():
                writer.add_records(table, rows)
            for p in passages:
                bm25.add(tokenizer(index_text(p.section, p.area, p.text)))
                vocabulary.update(tokenizer.words(p.text))
                lowercase.update(LOWER_WORD.findall(p.text))
            n_passages += len(passages)
            reports.append(FileReport(
                file=path.name, sha256=doc.info.sha256, title=doc.info.title, pages=doc.info.pages, lines=doc.info.lines,
                passages=len(passages), records={k: len(v) for k, v in records.items()}, warnings=doc.warnings,
            ))
        if not any(r.error is None for r in reports):
            reasons = "; ".join(f"{r.file}: {r.error}" for r in reports)
            raise BuildError(f"No document could be read, so the live index was left as it was ({reasons}).")
        if progress:
            progress(f"indexing {n_passages} passages")
        previous = live_version(index_dir)
        writer.set_meta(version=version, built=datetime.now(timezone.utc).isoformat(timespec="seconds"), who=who,
                        previous=previous, files=[r.model_dump() for r in reports], skipped=skipped,
                        glossary=glossary.as_json())
        writer.add_records("areas", build_book(area_names, glossary.areas).rows(), pk="name")
        writer.add_records("vocabulary", ({"word": w, "n": n, "lower": lowercase.get(w, 0)} for w, n in vocabulary.items()), pk="word")
        writer.add_records("terms", ({"short": k, "long": v} for k, v in glossary.terms.items()), pk="short")
        weights = bm25.finish()
        del bm25  # its per-posting arrays are the largest thing a build holds
        save_record_terms(writer.rows, tokenizer, staging / TERMS_NAME)
        writer.finish(weights)
        final = versions_dir(index_dir) / version
        staging.rename(final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    switch_to(index_dir, version)
    prune_versions(index_dir, keep_versions)
    return BuildReport(version=version, index=str(index_dir), seconds=time.perf_counter() - started, files=reports,
                       skipped=skipped, who=who, previous=previous)
