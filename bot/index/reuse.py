"""What a re-index may take from the version before it instead of reading a file again.

Reading (pypdf, python-docx, ...) and record extraction are most of a build, and a re-index usually
adds or changes one draft among papers that have not changed. So each version keeps, beside its
database, `reuse.db`: every document's lines as read (with the heading marks the database does not
store), its warnings, its plan records as extracted, and the plan areas (the book) they were read
with. The next build takes a file's entry when its bytes (SHA-256) and name are the same:

- the lines always, since they depend on the file alone;
- the records only when the build reads the document with the same plan areas: the areas a
  document is read with include those of the papers before it and the glossary's (bot.records.areas),
  so a new area elsewhere changes its records, and then they are extracted again from the kept lines.

What is built over the whole corpus (passages, their engine, vocabulary, record postings) is carried
over from the previous version when every unchanged paper keeps its plan areas (bot.index.carry), and
built afresh otherwise. Entries are only trusted from an intact version (its manifest hashes) read
by the same code and reading limits: `fingerprint` covers planbot's source, the reader libraries'
versions (and Python's) and the file-size limit, so an upgrade re-reads everything."""

import hashlib
import json
import sqlite3
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bot.index.integrity import check_folder
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.reading.pdf import SLOW_PAGE_SKIPPED
from bot.records.areas import AreaBook

REUSE_NAME = "reuse.db"
# Libraries whose versions shape the lines read and the records found in them (Python's too: unicodedata, re).
READERS = ("pypdf", "python-docx", "python-pptx", "openpyxl", "lxml", "PyStemmer")
_SCHEMA = """
create table meta (key text primary key, value text);
create table documents (sha256 text, file_name text, info text, lines blob, warnings text, book text, records blob,
                        primary key (sha256, file_name));
create table lowercase (word text primary key, n integer);
"""
# `lowercase`: how often each word the database's vocabulary leaves out is written in lower case (a
# part of a "work stream" joined into one word, say). The vocabulary keeps that count only for its own
# words, and a re-index that carries the vocabulary over (bot.index.carry) needs the rest when a new
# paper brings one of them into it.


def fingerprint(max_file_bytes: int) -> str:
    """Same value, same reading: planbot's own source, the reader libraries and the reading limits."""
    digest = hashlib.sha256(f"max_file_bytes={max_file_bytes}\npython={sys.version}\n".encode())
    for name in READERS:
        try:
            digest.update(f"{name}={metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\n".encode())
    package = Path(__file__).resolve().parents[1]
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def book_key(book: AreaBook) -> str:
    """What a document's records depend on beyond its own lines: every area's name and aliases."""
    return hashlib.sha256(json.dumps(book.rows()).encode()).hexdigest()


@dataclass
class Earlier:
    """One document as the previous version read it."""

    doc: ParsedDocument
    book: str  # book_key of the plan areas its records were extracted with
    packed: tuple[bytes, bytes | None]  # lines and records as stored (records None: a value JSON cannot hold)

    def records(self, book: str) -> dict[str, list[dict]] | None:
        """Its records as extracted before, if this build reads the document with the same plan areas
        (None otherwise, or if they cannot be unpacked: then they are extracted again)."""
        if book != self.book or self.packed[1] is None:
            return None
        try:
            return _unpack(self.packed[1])  # type: ignore[return-value]
        except (ValueError, zlib.error):
            return None


class ReuseWriter:
    """Writes the entries of the version being built, in its staging folder."""

    def __init__(self, folder: Path, print_: str, carried: bool = False) -> None:
        """A new store; with `carried`, the previous version's, already copied into `folder`, to be edited."""
        self.conn = sqlite3.connect(folder / REUSE_NAME)
        if not carried:
            self.conn.executescript(_SCHEMA)
            self.conn.execute("insert into meta values ('fingerprint', ?)", (print_,))
        self._book: tuple[AreaBook, str] | None = None

    def remove(self, sha256: str, file_name: str) -> None:
        self.conn.execute("delete from documents where sha256 = ? and file_name = ?", (sha256, file_name))

    def lowercase(self, words: Iterable[str]) -> dict[str, int]:
        """The kept lower-case counts of these words (those the vocabulary leaves out)."""
        found: dict[str, int] = {}
        for word in words:
            row = self.conn.execute("select n from lowercase where word = ?", (word,)).fetchone()
            if row:
                found[word] = row[0]
        return found

    def set_lowercase(self, counts: Iterable[tuple[str, int]]) -> None:
        """Write these words' counts (a count of 0 removes the word)."""
        for word, n in counts:
            if n > 0:
                self.conn.execute("insert or replace into lowercase values (?, ?)", (word, n))
            else:
                self.conn.execute("delete from lowercase where word = ?", (word,))

    def key(self, book: AreaBook) -> str:
        """book_key, worked out again only when the build moved on to another book (most papers share one)."""
        if self._book is None or self._book[0] is not book:
            self._book = (book, book_key(book))
        return self._book[1]

    def add(self, doc: ParsedDocument, book: str, records: dict[str, list[dict]], earlier: Earlier | None = None) -> None:
        """Keep one document's read (`earlier`'s stored form when it was taken from there); not one
        that lost a page to the time limit, which a quieter machine may read whole next time."""
        if any(w.endswith(SLOW_PAGE_SKIPPED) for w in doc.warnings):
            return
        if earlier is not None:
            lines = earlier.packed[0]
            kept = earlier.packed[1] if book == earlier.book and earlier.packed[1] is not None else _pack_records(records)
        else:
            lines = _pack([[ln.page, ln.line, ln.text, ln.heading] for ln in doc.lines])
            kept = _pack_records(records)
        self.conn.execute("insert or replace into documents values (?, ?, ?, ?, ?, ?, ?)", (
            doc.info.sha256, doc.info.file_name, doc.info.model_dump_json(), lines, json.dumps(doc.warnings), book, kept))

    def finish(self) -> None:
        self.conn.commit()
        self.conn.close()


class PreviousReads:
    """The entries of the version a build replaces (none when it must read everything); `why` says
    why nothing is taken, for the build report; `fingerprint` is the one this build's reads are kept under."""

    def __init__(self, print_: str, folder: Path | None = None, version: str | None = None, why: str = "") -> None:
        self.fingerprint = print_
        self.folder = folder
        self.version = version
        self.why = why
        self.conn = sqlite3.connect(f"file:{folder / REUSE_NAME}?mode=ro", uri=True) if folder else None

    def holds_any(self) -> bool:
        """Whether there are entries to take at all (else a build need not hash files before reading them)."""
        return self.conn is not None

    def holds(self, sha256: str, file_name: str) -> bool:
        """Whether there is an entry for this file, without unpacking it (take() may still find it unreadable)."""
        if self.conn is None:
            return False
        try:
            return self.conn.execute("select 1 from documents where sha256 = ? and file_name = ?",
                                     (sha256, file_name)).fetchone() is not None
        except sqlite3.Error:
            return False

    def take(self, sha256: str, file_name: str) -> Earlier | None:
        """The previous read of this file, or None (not there, or its entry cannot be read)."""
        if self.conn is None:
            return None
        try:
            row = self.conn.execute("select info, lines, warnings, book, records from documents "
                                    "where sha256 = ? and file_name = ?", (sha256, file_name)).fetchone()
            if row is None:
                return None
            lines = [SourceLine(page=p, line=n, text=t, heading=h) for p, n, t, h in _unpack(row[1])]
            doc = ParsedDocument(info=DocumentInfo.model_validate_json(row[0]), lines=lines, warnings=json.loads(row[2]))
            return Earlier(doc, row[3], (row[1], row[4]))
        except (sqlite3.Error, ValueError, TypeError, zlib.error):
            return None  # read the file instead

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def previous_reads(folder: Path | None, version: str | None, print_: str, full: bool) -> PreviousReads:
    """The previous version's entries, if it may be trusted: intact (manifest hashes), and read by the
    same code and limits. Otherwise an empty PreviousReads saying why everything is read."""
    if full:
        return PreviousReads(print_, why="a full re-read was asked for")
    if folder is None or version is None:
        return PreviousReads(print_, why="there is no previous version")
    if not (folder / REUSE_NAME).is_file():
        return PreviousReads(print_, why=f"version {version} keeps no reads to reuse")
    try:
        check = check_folder(folder, thorough=False)
    except OSError as exc:
        return PreviousReads(print_, why=f"version {version} cannot be checked ({exc})")
    if not check.ok:
        return PreviousReads(print_, why=f"version {version} is damaged ({check.summary()})")
    reads = PreviousReads(print_, folder, version)
    try:
        row = reads.conn.execute("select value from meta where key = 'fingerprint'").fetchone()  # type: ignore[union-attr]
    except sqlite3.Error as exc:
        reads.close()
        return PreviousReads(print_, why=f"version {version}'s {REUSE_NAME} cannot be read ({exc})")
    if row is None or row[0] != print_:
        reads.close()
        return PreviousReads(print_, why=f"version {version} was read by other code, reader libraries or size limit")
    return reads


def _pack(value: object) -> bytes:
    return zlib.compress(json.dumps(value, separators=(",", ":"), default=_refuse).encode(), 1)


def _unpack(blob: bytes) -> object:
    return json.loads(zlib.decompress(blob))


def _pack_records(records: dict[str, list[dict]]) -> bytes | None:
    """Records as JSON, or None if a value would not come back as it went in (then they are extracted again)."""
    try:
        return _pack(records)
    except TypeError:
        return None


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not kept for reuse")
