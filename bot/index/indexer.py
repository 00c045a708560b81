"""Build a new index version beside the live one and switch to it only when it is complete."""

import gc
import hashlib
import logging
import shutil
import time
from datetime import datetime, timezone
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, Field

from bot.errors import BuildError, CarryRefused
from bot.records.areas import build_book
from bot.records.glossary import Glossary, find_glossary
from bot.reading.ahead import ReadAhead, worth_a_worker
from bot.reading.files import find_documents, load_document
from bot.index.adding import Collected, FileReport, add_document
from bot.index.openings import OpeningsWriter
from bot.index.record_postings import PostingsWriter
from bot.index.carry import AreaCheck, copy_version, previous_version, remove_documents, rewrite_in_order, update_vocabulary
from bot.index.engines import AUTO, TANTIVY_FROM_PASSAGES, PassageCarry, passage_builder, passage_carry
from bot.index.builds import BUILDER_NAME, STAGING_PREFIX, BuildLock, mark_staging, remove_leftovers
from bot.index.integrity import write_manifest
from bot.index.reuse import PreviousReads, ReuseWriter, fingerprint, previous_reads
from bot.index.store import StoreWriter
from bot.index.versions import live_version, new_version_id, prune_versions, switch_to, versions_dir
from bot.textnorm import Tokenizer

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


class BuildReport(BaseModel):
    version: str
    index: str
    seconds: float
    who: str = "cli"
    previous: str | None = None
    files: list[FileReport]
    skipped: list[str]
    cleaned: list[str] = Field(default_factory=list)  # leftovers of builds that died, removed by this one
    engine: str = "builtin"  # what holds the passages (bot.index.engines)
    reused_from: str | None = None  # the version unchanged files were taken from (bot.index.reuse)
    reuse_note: str = ""  # why every file was read, when none was taken
    carried: bool = False  # started from a copy of the previous version (bot.index.carry)
    carry_note: str = ""  # why it was not, when files were taken unchanged

    @property
    def reused(self) -> int:
        return sum(1 for f in self.files if f.reused)

    @property
    def read(self) -> int:
        """Files read (or tried) this build: everything not taken from the previous version or a duplicate."""
        return sum(1 for f in self.files if not f.reused and f.duplicate_of is None)

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


def _write_version(files: Sequence[Path], skipped: list[str], staging: Path, version: str, index_dir: Path,
                   tokenizer: Tokenizer, max_file_bytes: int, progress: Progress | None,
                   who: str, glossary: Glossary, engine: str, earlier: PreviousReads,
                   read_ahead: bool | None) -> tuple[list[FileReport], str]:
    """Read every file into a complete version in `staging` (taking from `earlier` what it holds of
    unchanged files); returns the file reports and the engine that holds its passages. Files are read
    ahead in a worker process when `read_ahead` (None: when what is left to read is worth it,
    bot.reading.ahead.worth_a_worker), in order either way; the worker is not given the files taken."""
    writer = StoreWriter(staging)
    terms = PostingsWriter(writer.db.conn, tokenizer)
    keep = ReuseWriter(staging, earlier.fingerprint)
    reports: list[FileReport] = []
    collected = Collected(passage_builder(engine, staging), openings=OpeningsWriter(writer.db.conn, tokenizer))
    seen: dict[str, str] = {}  # sha256 -> the file first read with that content
    held = _unchanged(files, max_file_bytes, earlier)  # index -> SHA-256 of the files to take, not read
    worker = worth_a_worker([p for i, p in enumerate(files) if i not in held]) if read_ahead is None else read_ahead
    with ReadAhead(files, max_file_bytes, worker, skip=held) as reads:
        for n, path in enumerate(files, start=1):
            if progress:
                progress(_progress_line(n, len(files), n - 1 in held, path))
            sha = held.get(n - 1)
            before = earlier.take(sha, path.name) if sha is not None and sha not in seen else None
            if before is not None:
                doc = before.doc
            elif sha is None or sha not in seen:  # not held, or its entry could not be read: read it here
                read = reads.take(n - 1, seen)
                if read.sha is not None and read.sha in seen:
                    sha = read.sha
                elif read.failure is not None:
                    raise read.failure
                elif read.sha is None or read.doc is None:
                    reports.append(FileReport(file=path.name, error=read.error))
                    continue
                else:
                    sha, doc = read.sha, read.doc
            if sha in seen:  # the same paper under two names would be cited twice over
                reports.append(FileReport(file=path.name, sha256=sha, duplicate_of=seen[sha]))
                continue
            seen[sha] = path.name
            reports.append(add_document(doc, writer, tokenizer, glossary, collected, keep, before))
            terms.add_new()  # the rows just written, read back while the database still has them cached
    if not any(r.indexed for r in reports):
        reasons = "; ".join(f"{r.file}: {r.error}" for r in reports)
        raise BuildError(f"No document could be read, so the live index was left as it was ({reasons}).")
    if progress:
        progress(f"indexing {collected.passages} passages")
    writer.set_meta(version=version, built=datetime.now(timezone.utc).isoformat(timespec="seconds"), who=who,
                    previous=live_version(index_dir), files=[r.model_dump(exclude={"reused"}) for r in reports],
                    skipped=skipped,
                    glossary=glossary.as_json(), engine=collected.engine.engine)
    writer.add_records("areas", build_book(collected.area_names, glossary.areas).rows(), pk="name")
    writer.add_records("vocabulary", ({"word": w, "n": n, "lower": collected.lowercase.get(w, 0)}
                                      for w, n in collected.vocabulary.items()), pk="word")
    writer.add_records("terms", ({"short": k, "long": v} for k, v in glossary.terms.items()), pk="short")
    keep.set_lowercase((w, n) for w, n in collected.lowercase.items() if w not in collected.vocabulary)
    collected.engine.finish()
    terms.finish()
    if collected.openings is not None:
        collected.openings.finish()
    writer.finish()
    keep.finish()
    (staging / BUILDER_NAME).unlink(missing_ok=True)  # only a staging folder needs its builder named
    write_manifest(staging)
    return reports, collected.engine.engine


def _write_carried(files: Sequence[Path], skipped: list[str], staging: Path, version: str, index_dir: Path,
                   tokenizer: Tokenizer, max_file_bytes: int, progress: Progress | None,
                   who: str, glossary: Glossary, engine: str, earlier: PreviousReads,
                   read_ahead: bool | None) -> tuple[list[FileReport], str]:
    """As _write_version, but starting from a copy of the previous version (bot.index.carry): the papers
    it holds unchanged are kept as they are, the others taken out, and the files not kept read and
    added. Raises CarryRefused (before anything of it is live) when that would not be what a full
    build writes."""
    assert earlier.folder is not None
    previous = previous_version(earlier.folder, glossary, engine)
    hashes = _hashes(files, max_file_bytes)
    first: dict[str, int] = {}
    for i, sha in hashes.items():
        first.setdefault(sha, i)
    kept = {i: sha for i, sha in hashes.items() if first[sha] == i and earlier.holds(sha, files[i].name)
            and previous.documents.get(files[i].name, ("", ""))[1] == sha and files[i].name in previous.reports}
    if not kept:
        raise CarryRefused("no paper is unchanged")
    names = {files[i].name for i in kept}
    copy_version(previous.folder, staging)
    writer = StoreWriter(staging)
    conn = writer.db.conn
    engine_copy = passage_carry(previous.engine, previous.folder, staging)
    with _abandoned_on_failure(engine_copy):
        keep = ReuseWriter(staging, earlier.fingerprint, carried=True)
        removed = remove_documents(conn, [(d, name, sha) for name, (d, sha) in previous.documents.items() if name not in names],
                                   PostingsWriter(conn, tokenizer), engine_copy, keep, tokenizer, previous.spans)
        terms = PostingsWriter(conn, tokenizer)  # after the removal: new rows are numbered after what is left
        collected = Collected(engine_copy, openings=OpeningsWriter(conn, tokenizer), passages=engine_copy.next_seq)
        areas = AreaCheck(previous)
        reports: list[FileReport] = []
        seen: dict[str, str] = {}
        worker = worth_a_worker([p for i, p in enumerate(files) if i not in kept]) if read_ahead is None else read_ahead
        with ReadAhead(files, max_file_bytes, worker, skip=kept) as reads:
            for n, path in enumerate(files, start=1):
                if progress:
                    progress(_progress_line(n, len(files), n - 1 in kept, path))
                sha = kept.get(n - 1)
                if sha is not None:
                    areas.check(path.name, collected.area_names)
                    collected.area_names.update(dict.fromkeys(previous.areas.get(path.name, ())))
                    seen[sha] = path.name
                    reports.append(FileReport(**{**previous.reports[path.name], "reused": True}))
                    continue
                read = reads.take(n - 1, seen)
                if read.sha is not None and read.sha in seen:
                    reports.append(FileReport(file=path.name, sha256=read.sha, duplicate_of=seen[read.sha]))
                    continue
                if read.failure is not None:
                    raise read.failure
                if read.sha is None or read.doc is None:
                    reports.append(FileReport(file=path.name, error=read.error))
                    continue
                seen[read.sha] = path.name
                reports.append(add_document(read.doc, writer, tokenizer, glossary, collected, keep))
                terms.add_new()
        if engine == AUTO and engine_copy.engine != ("tantivy" if engine_copy.n_docs >= TANTIVY_FROM_PASSAGES else "builtin"):
            raise CarryRefused(f"{engine_copy.n_docs} passages call for the other engine")
        if progress:
            progress(f"indexing {engine_copy.n_docs} passages")
        writer.set_meta(version=version, built=datetime.now(timezone.utc).isoformat(timespec="seconds"), who=who,
                        previous=live_version(index_dir), files=[r.model_dump(exclude={"reused"}) for r in reports],
                        skipped=skipped,
                        glossary=glossary.as_json(), engine=engine_copy.engine)
        conn.execute("drop table if exists areas")
        writer.add_records("areas", build_book(collected.area_names, glossary.areas).rows(), pk="name")
        update_vocabulary(conn, keep, removed, collected.vocabulary, collected.lowercase)
        engine_copy.finish()
        terms.finish()
        if collected.openings is not None:
            collected.openings.finish()
        rewrite_in_order(conn, [r.file for r in reports if r.indexed])
        writer.finish()
        keep.finish()
        (staging / BUILDER_NAME).unlink(missing_ok=True)
        write_manifest(staging)
        return reports, engine_copy.engine


@contextmanager
def _abandoned_on_failure(engine: PassageCarry) -> Iterator[None]:
    """A carried re-index that stops (refused half way, or failing) leaves no engine writer working in
    the staging folder the build deletes next."""
    try:
        yield
    except BaseException:
        engine.abandon()
        raise


def _hashes(files: Sequence[Path], max_file_bytes: int) -> dict[int, str]:
    """Each file's SHA-256 by position (a file that cannot be loaded is left out: the reading reports it)."""
    found: dict[int, str] = {}
    for i, path in enumerate(files):
        try:
            found[i] = hashlib.sha256(load_document(path, max_file_bytes)).hexdigest()
        except Exception:  # noqa: BLE001 - read (and reported, or raised) where it is read, as before
            continue
    return found


def _progress_line(n: int, total: int, taken: bool, path: Path) -> str:
    """"[3/50] reading board.pdf", or "taking unchanged" for a paper taken from the version before."""
    return f"[{n}/{total}] {'taking unchanged' if taken else 'reading'} {path.name}"


def _unchanged(files: Sequence[Path], max_file_bytes: int, earlier: PreviousReads) -> dict[int, str]:
    """The files `earlier` holds unchanged (same SHA-256 and name), by position, with their hashes:
    hashed here before any file is read, so that neither this process nor the reading worker parses
    them. A file that cannot be loaded is left to the reading, which reports it as it always has."""
    if not earlier.holds_any():
        return {}
    return {i: sha for i, sha in _hashes(files, max_file_bytes).items() if earlier.holds(sha, files[i].name)}


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
    engine: str = AUTO,
    full: bool = False,
    read_ahead: bool | None = None,
) -> BuildReport:
    """Read every file, write a complete version in a staging folder, then make it live.

    A file that cannot be read is skipped and named in the report; if nothing at all can be read the
    build is refused. Either way the live version keeps answering until the switch. One build runs
    at a time per index (a second waits for the lock), and it first removes what killed builds left.
    `engine` picks what holds the passages (bot.index.engines: builtin, tantivy, or auto by size).
    A file whose bytes and name are those of a document of the live version is not read again: its
    lines (and records, bot.index.reuse) are taken from that version, unless `full` or it is damaged.
    `read_ahead` reads the PDF and Office files left to read in a worker process (bot.reading.ahead;
    None: when they are worth one), with the same result.
    """
    started = time.perf_counter()
    glossary = glossary if glossary is not None else find_glossary(paths)
    files, skipped = find_documents(paths)
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise BuildError(f"No PDF, DOCX, PPTX, XLSX, CSV, TXT or MD files found in {where}." + (f" Skipped: {'; '.join(skipped)}" if skipped else ""))
    with BuildLock(index_dir, progress=progress):
        cleaned = remove_leftovers(index_dir, versions_dir(index_dir))
        version = new_version_id()  # taken under the lock, so versions sort in the order they went live
        previous = live_version(index_dir)
        earlier = previous_reads(versions_dir(index_dir) / previous if previous else None, previous,
                                 fingerprint(max_file_bytes), full)
        staging = versions_dir(index_dir) / f"{STAGING_PREFIX}{version}"
        staging.mkdir(parents=True, exist_ok=False)
        mark_staging(staging)
        carried, carry_note = False, ""
        try:
            with _collecting_less():
                if earlier.holds_any():
                    try:
                        reports, engine_used = _write_carried(files, skipped, staging, version, index_dir, tokenizer,
                                                              max_file_bytes, progress, who, glossary, engine, earlier,
                                                              read_ahead)
                        carried = True
                    except CarryRefused as why:
                        carry_note = str(why)
                        log.info("re-index not carried over: %s", why)
                        _remove_tree(staging)
                        staging.mkdir(parents=True)
                        mark_staging(staging)
                if not carried:
                    reports, engine_used = _write_version(files, skipped, staging, version, index_dir, tokenizer,
                                                          max_file_bytes, progress, who, glossary, engine, earlier,
                                                          read_ahead)
            staging.rename(versions_dir(index_dir) / version)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            earlier.close()
        switch_to(index_dir, version)
        prune_versions(index_dir, keep_versions)
    return BuildReport(version=version, index=str(index_dir), seconds=time.perf_counter() - started, files=reports,
                       skipped=skipped, who=who, previous=previous, cleaned=cleaned, engine=engine_used,
                       reused_from=earlier.version, reuse_note=earlier.why, carried=carried, carry_note=carry_note)


def reuse_sentence(report: BuildReport) -> str:
    """How many files the build read and how many it took unchanged from the version before (or why none)."""
    if report.reused:
        said = f"{report.reused} files reused from version {report.reused_from} (unchanged), {report.read} read"
        if report.carried:  # an admin can tell a quick re-index from one that rebuilt the whole index
            return f"{said}; started from a copy of that version"
        return f"{said}; the whole index rebuilt because {report.carry_note}" if report.carry_note else said
    return f"read every file: {report.reuse_note}" if report.reuse_note else "read every file"


def duplicate_sentence(report: FileReport) -> str:
    return f"same content as {report.duplicate_of} (SHA-256 {str(report.sha256)[:12]}); indexed once, under {report.duplicate_of}"


def _remove_tree(folder: Path, attempts: int = 10) -> None:
    """Delete a staging folder a refused carry-over leaves. Its engine writer is abandoned first, but a
    tantivy index can still close a file in it a moment later (seen under load as "Directory not
    empty"): try again briefly rather than fail the build."""
    for attempt in range(attempts):
        if not folder.exists():
            return
        try:
            shutil.rmtree(folder)
            return
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
