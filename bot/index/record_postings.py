"""Which record rows hold each stem, written while a build streams documents and read a few stems at a time.

Record answerers score only the rows sharing a question's stems. At a national corpus (~600,000 record
rows, ~30M (field, stem, row) postings) neither the build nor a question can hold every record table in
Python: the build reads back each document's new rows once, right after writing them, and spills the
postings it gathers to SQLite whenever they pass a bound; a question reads the postings of its own stems
by index. Rows are named by SQLite rowid, so a question fetches just the rows it scores, in table order."""

import sqlite3
from array import array
from collections.abc import Iterable, Sequence

import numpy as np

from bot.textnorm import Tokenizer

POSTINGS_TABLE = "record_postings"
SPANS_TABLE = "record_spans"  # each paper's rows of each table: a run of rowids, as a build writes a paper at a time

# The fields the record answerers score, by table: a column, or "initiative <column>" for that column
# of the initiative a milestone belongs to.
FIELDS: dict[str, tuple[str, ...]] = {
    "initiatives": ("title", "row_text"),
    "people": ("role", "name", "context", "section"),
    "milestones": ("text", "initiative title", "initiative row_text"),
    "mustdos": ("priority", "text", "description"),
    "rows": ("row_text", "header_text", "section", "caption"),
    "lists": ("intro", "items_text", "section"),
}
# A (table, field) pair is stored as its number: its place in FIELDS.
FIELD_CODES: dict[tuple[str, str], int] = {
    (table, field): code
    for code, (table, field) in enumerate((t, f) for t, fields in FIELDS.items() for f in fields)
}
# Columns questions read rows by, besides their words (a milestone's initiative, a must-do's area, a
# paper's rows, the dated milestones and rows of the areas a window question asks about, a paper's
# milestones): indexed once the rows are all in.
LOOKUPS = {"milestones": ("initiative_id", "area", "document"), "mustdos": ("area",), "rows": ("document", "area"),
           "lists": ("document",)}
# Rows whose labels may name a due date or a milestone, as the window questions read them
# (bot/answering/candidates/dated.py): the labels' JSON holds one of these words in any case, or a
# character JSON escapes, whose lower case might. A national corpus has ~140,000 rows, ~2,600 of them
# such, and finding them scanned the whole table (~0.7 s at 1000x): they are indexed, by area, on
# their own (a partial index; a query names it and repeats this condition word for word).
DUE_LABELS = ("due", "date", "deadline", "by when", "target", "timescale", "completion", "when", "by")
WHAT_LABELS = ("milestone", "action", "deliverable", "scheme", "next step", "task", "item")
MAY_BE_DATED = " OR ".join([*(f"labels LIKE '%{w}%'" for w in (*DUE_LABELS, *WHAT_LABELS)), "labels LIKE '%\\u%'",
                            "labels GLOB '*[^ -~]*'"])
DATED_ROWS_INDEX = "rows_may_be_dated"
SPILL_POSTINGS = 2_000_000  # postings held before they are written: ~8 MB of row numbers plus their keys
STEM_CACHE = 2_000  # distinct texts whose stems are kept between documents (sections, initiatives recur)


class PostingsWriter:
    """Gathers postings of the rows a build writes, document by document, into `record_postings`.

    Call `add_new()` after each document's records are in the database: it reads back only the rows
    added since the last call. Memory holds at most SPILL_POSTINGS postings and STEM_CACHE texts."""

    def __init__(self, conn: sqlite3.Connection, tokenizer: Tokenizer, spill: int = SPILL_POSTINGS) -> None:
        self.conn = conn
        self.tokenizer = tokenizer
        self.spill = spill
        conn.execute(f"CREATE TABLE IF NOT EXISTS {POSTINGS_TABLE} (field INTEGER, stem TEXT, part INTEGER, rowids BLOB)")
        conn.execute(f"CREATE TABLE IF NOT EXISTS {SPANS_TABLE} (tbl TEXT, document TEXT, first INTEGER, last INTEGER)")
        # In a database carried over from the version before (bot.index.carry), new rows come after the
        # rows already there and their postings in parts after theirs, so every stem's rows stay ascending.
        tables = _tables(conn)
        self._seen: dict[str, int] = {  # table -> the last rowid read
            t: (conn.execute(f"SELECT max(rowid) FROM [{t}]").fetchone()[0] or 0) if t in tables else 0 for t in FIELDS}
        self._held: dict[tuple[int, str], array] = {}
        self._count = 0
        self._part = conn.execute(f"SELECT coalesce(max(part), -1) + 1 FROM {POSTINGS_TABLE}").fetchone()[0]
        self._stems: dict[str, frozenset[str]] = {}

    def add_new(self) -> None:
        tables = _tables(self.conn)
        for table, fields in FIELDS.items():
            if table in tables:
                self._add_table(table, fields, tables)
        if self._count >= self.spill:
            self._write()

    def finish(self) -> None:
        """Write what is held; index the postings by (field, stem) and the tables by their LOOKUPS."""
        self.add_new()
        self._write()
        self.conn.execute(f"CREATE INDEX IF NOT EXISTS {POSTINGS_TABLE}_key ON {POSTINGS_TABLE} (field, stem)")
        self.conn.execute(f"CREATE INDEX IF NOT EXISTS {SPANS_TABLE}_table ON {SPANS_TABLE} (tbl, first)")
        tables = _tables(self.conn)
        for table, lookups in LOOKUPS.items():
            columns = {r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")} if table in tables else set()
            for column in lookups:
                if column in columns:
                    self.conn.execute(f"CREATE INDEX IF NOT EXISTS [{table}_by_{column}] ON [{table}] ([{column}])")
            if table == "rows" and {"area", "labels"} <= columns:
                self.conn.execute(f"CREATE INDEX IF NOT EXISTS {DATED_ROWS_INDEX} ON rows (area) WHERE ({MAY_BE_DATED})")

    def remove_rows(self, table: str, rowids: Sequence[int]) -> None:
        """Take rows about to be deleted out of the postings (a carried-over re-index removing a paper):
        their stems are read as when they were added, and only those stems' postings are rewritten."""
        if table not in FIELDS or not rowids:
            return
        gone = np.array(sorted(rowids), dtype=np.int32)
        keys: set[tuple[int, str]] = set()
        for at in range(0, len(rowids), 500):
            part = [int(r) for r in gone[at:at + 500]]
            cursor = self.conn.execute(_rows_sql(table, _tables(self.conn), f"IN ({','.join('?' for _ in part)})"), part)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for field in FIELDS[table]:
                    text = row[names.index(field)] if field in names else None
                    if text:
                        keys.update((FIELD_CODES[table, field], stem) for stem in self._stem_set(str(text)))
        for code, stem in sorted(keys):
            for rowid, blob in self.conn.execute(f"SELECT rowid, rowids FROM {POSTINGS_TABLE} WHERE field = ? AND stem = ?",
                                                 (code, stem)).fetchall():
                rows = np.frombuffer(blob, dtype=np.int32)
                kept = rows[~np.isin(rows, gone)]
                if len(kept) == len(rows):
                    continue
                if len(kept):
                    self.conn.execute(f"UPDATE {POSTINGS_TABLE} SET rowids = ? WHERE rowid = ?", (kept.tobytes(), rowid))
                else:
                    self.conn.execute(f"DELETE FROM {POSTINGS_TABLE} WHERE rowid = ?", (rowid,))

    def _add_table(self, table: str, fields: tuple[str, ...], tables: set[str]) -> None:
        cursor = self.conn.execute(_rows_sql(table, tables, "> ?"), (self._seen[table],))
        names = [d[0] for d in cursor.description]
        at = {name: k for k, name in enumerate(names)}
        last = self._seen[table]
        spans: list[list] = []  # [document, first rowid, last rowid]
        doc_at = at.get("document")
        for row in cursor:
            last = row[0]
            for field in fields:
                k = at.get(field)
                text = row[k] if k is not None else None
                if text:
                    self._post(FIELD_CODES[table, field], self._stem_set(str(text)), last)
            document = row[doc_at] if doc_at is not None else None
            if spans and spans[-1][0] == document and spans[-1][2] == last - 1:
                spans[-1][2] = last
            else:
                spans.append([document, last, last])
        self._seen[table] = last
        self.conn.executemany(f"INSERT INTO {SPANS_TABLE} (tbl, document, first, last) VALUES (?, ?, ?, ?)",
                              ((table, *span) for span in spans))

    def _stem_set(self, text: str) -> frozenset[str]:
        """As bot.index.record_terms.field_terms reads a field: each distinct word stemmed once."""
        stems = self._stems.get(text)
        if stems is None:
            if len(self._stems) >= STEM_CACHE:
                self._stems.clear()
            stems = self._stems[text] = frozenset(self.tokenizer.terms(set(self.tokenizer.words(text))))
        return stems

    def _post(self, code: int, stems: Iterable[str], rowid: int) -> None:
        for stem in stems:
            rows = self._held.get((code, stem))
            if rows is None:
                rows = self._held[code, stem] = array("i")
            rows.append(rowid)
            self._count += 1

    def _write(self) -> None:
        """The postings held, in (field, stem) order: the same papers always make the same table."""
        if not self._held:
            return
        part = self._part
        self.conn.executemany(f"INSERT INTO {POSTINGS_TABLE} (field, stem, part, rowids) VALUES (?, ?, ?, ?)",
                              ((code, stem, part, self._held[code, stem].tobytes()) for code, stem in sorted(self._held)))
        self._held, self._count, self._part = {}, 0, part + 1


def _rows_sql(table: str, tables: set[str], rowids: str) -> str:
    """A table's rows (rowid first) with the fields FIELDS names, those whose rowid is `rowids`, in order."""
    if table == "milestones" and "initiatives" in tables:
        return (f"SELECT m.rowid AS _rowid, m.*, i.title AS [initiative title], i.row_text AS [initiative row_text] "
                f"FROM milestones m LEFT JOIN initiatives i ON i.id = m.initiative_id WHERE m.rowid {rowids} ORDER BY m.rowid")
    return f"SELECT rowid AS _rowid, * FROM [{table}] WHERE rowid {rowids} ORDER BY rowid"


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def has_postings(conn: sqlite3.Connection) -> bool:
    """Versions built before postings were stored have none (they load whole tables instead)."""
    return POSTINGS_TABLE in _tables(conn)


def read_postings(conn: sqlite3.Connection, table: str, field: str, stems: Sequence[str]) -> dict[str, np.ndarray]:
    """The rowids holding each stem in one field, ascending (stems no row holds are left out)."""
    code = FIELD_CODES.get((table, field))
    if code is None or not stems:
        return {}
    marks = ",".join("?" for _ in stems)
    parts: dict[str, list[bytes]] = {}
    for stem, blob in conn.execute(f"SELECT stem, rowids FROM {POSTINGS_TABLE} WHERE field = ? AND stem IN ({marks}) "
                                   f"ORDER BY stem, part", (code, *stems)):
        parts.setdefault(stem, []).append(blob)
    return {stem: np.frombuffer(b"".join(blobs), dtype=np.int32) for stem, blobs in parts.items()}


def read_spans(conn: sqlite3.Connection, table: str) -> tuple[list[str | None], np.ndarray, np.ndarray]:
    """A table's runs of rows by paper: (document of each run, first rowids ascending, last rowids)."""
    found = conn.execute(f"SELECT document, first, last FROM {SPANS_TABLE} WHERE tbl = ? ORDER BY first", (table,)).fetchall()
    return ([r[0] for r in found], np.array([r[1] for r in found], dtype=np.int64),
            np.array([r[2] for r in found], dtype=np.int64))
