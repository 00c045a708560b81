"""One index version on disk: SQLite (sqlite-utils) plus BM25 weights, written by a build, read by answering."""

import json
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed

from bot.errors import IndexMissingError
from bot.index.versions import DB_NAME, damaged, live_version, versions_dir
from bot.models import DocumentInfo, Passage, SourceLine
from bot.records.running_lines import running_keys
from bot.index.engines import PassageSearch, open_passages
from bot.index.search import BM25_NAME
from bot.textnorm import squash

PASSAGE_CACHE = 20_000
# What numpy raises on a damaged .npz (a zip of arrays): missing, truncated or garbled.
UNREADABLE_ARRAYS = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, zlib.error)

T = TypeVar("T")


class StoreWriter:
    """Writes one build's database in a staging folder; `bot.index.indexer` renames it into place when done."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = sqlite_utils.Database(folder / DB_NAME)
        self.db.conn.execute("PRAGMA journal_mode=OFF")
        self.db.conn.execute("PRAGMA synchronous=OFF")
        self._columns: dict[str, dict[str, None]] = {}  # table -> its columns, once this writer has written it

    def add_document(self, info: DocumentInfo, lines: Sequence[SourceLine]) -> None:
        self.db["documents"].insert(info.model_dump(), pk="id", replace=True)
        if "lines" in self._columns:  # made by the first paper's lines: the rest go in as they are
            self.db.conn.executemany(_ADD_LINE, ((info.id, i, ln.page, ln.line, ln.text) for i, ln in enumerate(lines)))
            return
        self._insert("lines", [{"doc_id": info.id, "seq": i, "page": ln.page, "line": ln.line, "text": ln.text}
                               for i, ln in enumerate(lines)], batch_size=2000)

    def add_passages(self, passages: Iterable[Passage]) -> None:
        rows = [
            {**p.model_dump(exclude={"units", "header"}), "units": pack_units(p),
             "header": p.header.model_dump_json() if p.header else None}
            for p in passages
        ]
        self._insert("passages", rows, pk="seq")

    def add_records(self, table: str, rows: Iterable[dict], pk: str = "id") -> None:
        self._insert(table, list(rows), pk=pk, replace=True, alter=True)

    def _insert(self, table: str, rows: list[dict], pk: str | None = None, replace: bool = False, alter: bool = False,
                batch_size: int = 1000) -> None:
        """sqlite-utils' insert_all, but rows that all fit the table's columns go in with one executemany:
        sqlite-utils checks and converts every value in Python (a tenth of a 100x build). A table's first
        rows, and any call bringing a new column, still go through sqlite-utils, so it makes the schema."""
        if not rows:
            return
        columns = self._columns.get(table)
        if columns is None or not all(row.keys() <= columns.keys() for row in rows):
            self.db[table].insert_all(rows, pk=pk, batch_size=batch_size, replace=replace, alter=alter)
            self._columns[table] = {c.name: None for c in self.db[table].columns}
            return
        names = list(columns)
        sql = (f"INSERT{' OR REPLACE' if replace else ''} INTO [{table}] ({', '.join(f'[{c}]' for c in names)}) "
               f"VALUES ({', '.join('?' for _ in names)})")
        self.db.conn.executemany(sql, map(_values(names), rows))

    def set_meta(self, **values: object) -> None:
        self.db["meta"].insert_all(({"key": k, "value": json.dumps(v)} for k, v in values.items()), pk="key", replace=True)

    def rows(self, table: str) -> list[dict]:
        """A record table as written so far, in the order PlanIndex.table reads it back."""
        return list(self.db[table].rows_where(order_by="rowid")) if table in self.db.table_names() else []

    def finish(self) -> None:
        """The database complete; the passage engine writes its own files (bot.index.engines)."""
        if "lines" in self.db.table_names():
            self.db["lines"].create_index(["doc_id", "page", "line"], if_not_exists=True)
        if "passages" in self.db.table_names():  # a paper's passages (passages_where): no pass over them all
            self.db["passages"].create_index(["document"], if_not_exists=True)
        self.db.conn.commit()
        self.db.close()


def _values(columns: list[str]) -> Callable[[dict], tuple]:
    """A row's values in column order, as sqlite-utils would bind them: values sqlite3 takes as they are
    pass straight through, anything else (a list, a date) gets sqlite-utils' own conversion."""
    def values(row: dict) -> tuple:
        found = tuple(map(row.get, columns))
        if all(map(_PLAIN.__contains__, map(type, found))):
            return found
        return tuple(map(jsonify_if_needed, found))

    return values


_PLAIN = frozenset({str, int, float, bool, type(None)})
_ADD_LINE = "INSERT INTO [lines] ([doc_id], [seq], [page], [line], [text]) VALUES (?, ?, ?, ?, ?)"


class PlanIndex:
    """A read-only view of one complete version: passages, source lines and plan records."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version
        conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True, check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.engine: PassageSearch = open_passages(folder, self._engine_name(), self._area_rows)
        self._tables: dict[str, list[dict]] = {}
        self._passages: dict[int, Passage] = {}
        self._memo: dict[str, object] = {}
        self.source_text = lru_cache(maxsize=4096)(self._source_text)  # type: ignore[method-assign]

    @classmethod
    def open(cls, index_dir: Path, version: str | None = None) -> "PlanIndex":
        version = version or live_version(index_dir)
        if version is None:
            raise IndexMissingError(f"No index at {index_dir}: run `planbot ingest` first.")
        folder = versions_dir(index_dir) / version
        if not (folder / DB_NAME).exists():
            raise IndexMissingError(f"Index version {version} at {index_dir} is incomplete: run `planbot ingest` again.")
        try:
            index = cls(folder, version)
        except sqlite3.DatabaseError as exc:
            raise damaged(index_dir, version, f"{DB_NAME} cannot be read ({exc})") from None
        except UNREADABLE_ARRAYS as exc:
            what = "its tantivy index" if (folder / "tantivy").is_dir() else BM25_NAME
            raise damaged(index_dir, version, f"{what} cannot be read ({type(exc).__name__}: {str(exc)[:60]})") from None
        try:  # a garbled database opens lazily: touch its schema and first pages now, not mid-answer
            index.meta()
            index.db.execute("select count(*) from documents").fetchone()
        except sqlite3.DatabaseError as exc:
            index.close()
            raise damaged(index_dir, version, f"{DB_NAME} cannot be read ({exc})") from None
        return index

    def close(self) -> None:
        self.db.close()

    def _engine_name(self) -> str | None:
        """The engine recorded in meta (None for versions built before it was)."""
        if "meta" not in self.db.table_names():
            return None
        row = self.db.execute("select value from meta where key = 'engine'").fetchone()
        return json.loads(row[0]) if row else None

    def _area_rows(self) -> Iterable[tuple[int, str]]:
        return ((r["seq"], r["area"]) for r in self.db.query("select seq, area from passages where area is not null"))

    def passages(self, seqs: Sequence[int]) -> list[Passage]:
        """Passages by BM25 position, in the order asked; recently used ones are kept parsed."""
        missing = [s for s in dict.fromkeys(seqs) if s not in self._passages]
        if missing:
            marks = ",".join("?" for _ in missing)
            if len(self._passages) > PASSAGE_CACHE:
                self._passages.clear()
            for r in self.db.query(f"select * from passages where seq in ({marks})", missing):
                self._passages[r["seq"]] = _passage(r)
        return [self._passages[s] for s in seqs if s in self._passages]

    def passages_where(self, where: str, params: Sequence[object] = ()) -> list[Passage]:
        return [_passage(r) for r in self.db.query(f"select * from passages where {where} order by seq", list(params))]

    def document_text(self, document: str) -> str:
        """A paper's passages' texts joined by newlines, in order (no passage parsed)."""
        return "\n".join(r[0] for r in self.db.execute("select text from passages where document = ? order by seq", [document]))

    def running_lines(self, document: str) -> frozenset[str]:
        """A paper's running headers and footers (bot.records.running_lines), by `running_key`: read from its
        lines once per version, the first time a question meets one of its lines."""
        def build() -> frozenset[str]:
            rows = self.db.execute("select lines.page, lines.text from lines join documents on documents.id = lines.doc_id "
                                   "where documents.file_name = ? and lines.page is not null", [document])
            return running_keys(rows)
        return self.memo(f"running:{document}", build)

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(**r) for r in self.db.query("select * from documents order by file_name")]

    def meta(self) -> dict[str, object]:
        if "meta" not in self.db.table_names():
            return {}
        return {r["key"]: json.loads(r["value"]) for r in self.db.query("select key, value from meta")}

    def _source_text(self, document: str, page: int | None, line: int | None) -> str | None:
        """The text a citation points at: the whole page for PDF, the one line for text and Word."""
        doc = next(self.db.query("select id from documents where file_name = ?", [document]), None)
        if doc is None:
            return None
        if line is not None and page is not None:  # a row of a sheet: the sheet and its row number
            rows = self.db.query("select text from lines where doc_id = ? and page = ? and line = ?", [doc["id"], page, line])
        elif line is not None:
            rows = self.db.query("select text from lines where doc_id = ? and line = ?", [doc["id"], line])
        elif page is not None:
            rows = self.db.query("select text from lines where doc_id = ? and page = ? order by seq", [doc["id"], page])
        else:
            return None
        texts = [r["text"] for r in rows]
        return "\n".join(texts) if texts else None

    def quote_is_on_source(self, document: str, page: int | None, line: int | None, quote: str) -> bool:
        text = self.source_text(document, page, line)
        return bool(quote.strip()) and text is not None and squash(quote) in squash(text)

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from this version (record term indexes, passage areas), built once and kept
        as long as the version is open. Two threads may both build it; either result is the same."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]

    def table(self, name: str) -> list[dict]:
        """All rows of a record table. A version never changes, so rows are read once and kept
        (plan records are small: hundreds of rows per plan); callers get their own list."""
        rows = self._tables.get(name)
        if rows is None:
            rows = list(self.db[name].rows_where(order_by="rowid")) if name in self.db.table_names() else []
            self._tables[name] = rows
        return list(rows)


def pack_units(passage: Passage) -> str:
    """A passage's lines as stored. Its text is its lines' texts joined by newlines, so when no line
    holds a newline only each line's (page, line) is kept and the texts are cut back out of the text:
    the text is then in the database once (with the lines table, twice), not two more times."""
    texts = [u.text for u in passage.units]
    if "\n".join(texts) == passage.text and not any("\n" in t for t in texts):
        return json.dumps([[u.page, u.line] for u in passage.units], separators=(",", ":"))
    return json.dumps([u.model_dump() for u in passage.units])


def unpack_units(stored: str, text: str) -> list[SourceLine]:
    units = json.loads(stored)
    if units and isinstance(units[0], list):
        return [SourceLine(page=page, line=line, text=part) for (page, line), part in zip(units, text.split("\n"))]
    return [SourceLine(**u) for u in units]


def _passage(row: dict) -> Passage:
    data = dict(row)
    data["units"] = unpack_units(data["units"], data["text"])
    data["header"] = SourceLine.model_validate_json(data["header"]) if data.get("header") else None
    return Passage(**data)
