"""A re-index that starts from a copy of the version before it instead of writing every table afresh.

Taking unchanged files' lines and records from `reuse.db` (bot.index.reuse) saves the reading, but a
version holds much more that is built over the whole corpus: passages and their engine, vocabulary,
record postings, openings. At a national corpus (5,000 papers, 1.1M passages) writing those again
for one changed draft took 8 min 45 s. Here the build copies the previous version's database,
engine and `reuse.db` into its staging folder, deletes what belonged to the papers removed or changed
(rows, postings, engine passages, their words' counts) and adds the new papers as a full build adds
every paper. The live version is never touched, and the staging folder is renamed into place only
when complete, as for any build.

That gives what a full build gives only if every unchanged paper would be read exactly as before:
its plan areas (the areas of the papers before it and the glossary's, bot.records.areas) must be the
same, so the glossary's areas and terms must be unchanged, and the areas the papers before it open
must be the same ones in the same order. Otherwise (`CarryRefused`) the build is done afresh.

Numbering: unchanged papers keep their passage numbers and row ids; a new paper's passages are
numbered after the highest number the previous version used, and its rows come after the others', so
numbers are unique and stable but not in file order, and a removed paper's numbers stay unused.
`benchmarks.same_build` compares versions by document and place within it for that reason. The small
tables read in file order (documents, openings) are written again in file order."""

import json
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import CarryRefused
from bot.index.adding import LOWER_WORD, index_text
from bot.index.engines import AUTO, PassageCarry
from bot.index.openings import STEMS, TABLE as OPENINGS
from bot.index.record_postings import SPANS_TABLE, PostingsWriter
from bot.index.reuse import REUSE_NAME, ReuseWriter
from bot.index.versions import DB_NAME
from bot.records.glossary import Glossary
from bot.textnorm import Tokenizer

CORE_TABLES = ("documents", "lines", "passages")  # a full build always has these, even when all rows go


@dataclass
class Previous:
    """What a carried-over build needs to know of the version it copies."""

    folder: Path
    engine: str
    reports: dict[str, dict]  # file name -> its line of the build report (meta "files")
    documents: dict[str, tuple[str, str]]  # file name -> (document id, SHA-256) of every paper indexed
    areas: dict[str, list[str]]  # file name -> the plan areas its passages open, in order of first sight
    order: list[str]  # the papers indexed, in build order
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # file name -> its lowest and highest passage number


def previous_version(folder: Path, glossary: Glossary, engine: str) -> Previous:
    """The previous version, if a build with this glossary and engine may start from a copy of it."""
    try:
        conn = sqlite3.connect(f"file:{folder / DB_NAME}?mode=ro", uri=True)
        try:
            meta = {k: json.loads(v) for k, v in conn.execute("select key, value from meta")}
            documents = {name: (i, sha) for i, name, sha in conn.execute("select id, file_name, sha256 from documents")}
            first: dict[str, dict[str, int]] = {}
            spans: dict[str, tuple[int, int]] = {}
            for name, area, low, high in conn.execute("select document, area, min(seq), max(seq) from passages "
                                                      "group by document, area"):
                if area is not None:
                    first.setdefault(name, {})[area] = low
                was = spans.get(name, (low, high))
                spans[name] = (min(was[0], low), max(was[1], high))
        finally:
            conn.close()
        reuse = sqlite3.connect(f"file:{folder / REUSE_NAME}?mode=ro", uri=True)
        try:
            reuse.execute("select count(*) from lowercase").fetchone()
        finally:
            reuse.close()
    except (sqlite3.Error, ValueError) as exc:
        raise CarryRefused(f"the previous version cannot be read to carry over ({exc})") from None
    built = meta.get("glossary") or {}
    if (built.get("areas"), built.get("terms")) != (glossary.areas, glossary.terms):
        raise CarryRefused("the glossary changed")
    was = meta.get("engine", "builtin")
    if engine not in (AUTO, was):
        raise CarryRefused(f"the engine changed ({was} to {engine})")
    reports = {r["file"]: r for r in meta.get("files", [])}
    order = [r["file"] for r in meta.get("files", []) if r.get("error") is None and r.get("duplicate_of") is None]
    if sorted(order) != sorted(documents):
        raise CarryRefused("the previous version's report and documents disagree")
    areas = {name: sorted(seen, key=seen.__getitem__) for name, seen in first.items()}
    return Previous(folder, was, reports, documents, areas, order, spans)


class AreaCheck:
    """Whether each unchanged paper is read with the plan areas it was read with before: the areas met
    before it (in order of first sight) must be the ones met before it in the previous build."""

    def __init__(self, previous: Previous) -> None:
        self.before: dict[str, int] = {}
        self.then: list[str] = []
        seen: dict[str, None] = {}
        for name in previous.order:
            self.before[name] = len(seen)
            seen.update(dict.fromkeys(previous.areas.get(name, ())))
        self.then = list(seen)
        self.now: list[str] = []
        self.agree = 0  # how many leading areas of this build and the previous one are the same

    def check(self, name: str, met: dict[str, None]) -> None:
        """Raise CarryRefused unless `met` (this build's areas so far) is what the previous build had met."""
        if len(met) > len(self.now):
            self.now.extend(list(met)[len(self.now):])
            while self.agree < min(len(self.now), len(self.then)) and self.now[self.agree] == self.then[self.agree]:
                self.agree += 1
        if len(self.now) != self.before.get(name, -1) or self.agree < len(self.now):
            raise CarryRefused(f"{name} would be read with other plan areas")


@dataclass
class Removed:
    """What the papers taken out held, to be subtracted from the corpus-wide counts."""

    vocabulary: Counter[str] = field(default_factory=Counter)
    lowercase: Counter[str] = field(default_factory=Counter)


def copy_version(previous: Path, staging: Path) -> None:
    """The previous version's database and reuse.db, copied into the staging folder (the engine copies its own)."""
    for name in (DB_NAME, REUSE_NAME):
        shutil.copyfile(previous / name, staging / name)


def remove_documents(conn: sqlite3.Connection, gone: Sequence[tuple[str, str, str]], postings: PostingsWriter,
                     engine: PassageCarry, keep: ReuseWriter, tokenizer: Tokenizer,
                     spans: dict[str, tuple[int, int]]) -> Removed:
    """Delete every trace of these papers ((document id, file name, SHA-256) each): their lines, passages
    (from the engine too), record rows and those rows' postings, openings and reuse entries; their words
    are counted as a full build counts them, to be subtracted from the vocabulary. A paper's passages
    are a run of numbers (`spans`), read by number: the passages table has no index by paper."""
    removed = Removed()
    if not gone:
        return removed
    tables = _tables(conn)
    for doc_id, name, sha in gone:
        low, high = spans.get(name, (0, -1))
        rows = conn.execute("select seq, section, area, text from passages where seq between ? and ? and document = ? "
                            "order by seq", (low, high, name)).fetchall()
        lengths = []
        for _, section, area, text in rows:
            indexed, own = tokenizer.headed_words(index_text(section, area, ""), text)
            lengths.append(len(tokenizer.terms(indexed)))
            removed.vocabulary.update(own)
            removed.lowercase.update(LOWER_WORD.findall(text))
        engine.remove(name, [r[0] for r in rows], lengths)
        _delete(conn, "passages", "seq", [r[0] for r in rows])
        conn.execute("delete from lines where doc_id = ?", (doc_id,))
        conn.execute("delete from documents where id = ?", (doc_id,))
        for table in (OPENINGS, STEMS):
            if table in tables:
                conn.execute(f"delete from [{table}] where file_name = ?", (name,))
        keep.remove(sha, name)
        records = {t: [r[0] for r in conn.execute(f"select rowid from [{t}] where document = ?", (name,))]
                   for t in _record_tables(conn, tables)}
        for table, rowids in records.items():  # every table's postings first: a milestone's read with its initiative
            postings.remove_rows(table, rowids)
        for table, rowids in records.items():
            _delete(conn, table, "rowid", rowids)
        if SPANS_TABLE in tables:
            conn.execute(f"delete from {SPANS_TABLE} where document = ?", (name,))
    for table in _record_tables(conn, tables):  # a full build makes no table for records no paper has
        if conn.execute(f"select 1 from [{table}] limit 1").fetchone() is None:
            conn.execute(f"drop table [{table}]")
    return removed


def update_vocabulary(conn: sqlite3.Connection, keep: ReuseWriter, removed: Removed,
                      added: Counter[str], added_lower: Counter[str]) -> None:
    """The vocabulary (each word's count, and how often it is written in lower case) less the removed
    papers' words plus the new ones': the counts a full build makes, for the words that changed."""
    words = sorted(set(removed.vocabulary) | set(removed.lowercase) | set(added) | set(added_lower))
    rest = keep.lowercase(words)
    now: dict[str, tuple[int, int]] = {}
    for word in words:
        row = conn.execute("select n, lower from vocabulary where word = ?", (word,)).fetchone()
        n, lower = row if row else (0, rest.get(word, 0))
        now[word] = (n - removed.vocabulary[word] + added[word], lower - removed.lowercase[word] + added_lower[word])
    conn.executemany("delete from vocabulary where word = ?", ((w,) for w, (n, _) in now.items() if n <= 0))
    conn.executemany("insert or replace into vocabulary (word, n, lower) values (?, ?, ?)",
                     ((w, n, lower) for w, (n, lower) in now.items() if n > 0))
    keep.set_lowercase((w, lower if n <= 0 else 0) for w, (n, lower) in now.items())


def rewrite_in_order(conn: sqlite3.Connection, order: Sequence[str]) -> None:
    """The tables answering reads in file order (documents, openings and their stems), rewritten in the
    order of this build's files, as a full build writes them: they hold a row or a few per paper."""
    place = {name: k for k, name in enumerate(order)}
    for table, column in (("documents", "file_name"), (OPENINGS, "file_name")):
        cursor = conn.execute(f"select * from [{table}]")
        columns = [d[0] for d in cursor.description]
        at = columns.index(column)
        rows = sorted(cursor.fetchall(), key=lambda r: place.get(r[at], len(place)))
        conn.execute(f"delete from [{table}]")
        conn.executemany(f"insert into [{table}] values ({','.join('?' for _ in columns)})", rows)
    if STEMS in _tables(conn):
        conn.execute("create temp table carry_order (file_name text primary key, place integer)")
        conn.executemany("insert into carry_order values (?, ?)", place.items())
        conn.execute(f"create temp table carry_stems as select s.stem, s.file_name from [{STEMS}] s "
                     f"join carry_order o on o.file_name = s.file_name order by o.place, s.stem")
        conn.execute(f"delete from [{STEMS}]")
        conn.execute(f"insert into [{STEMS}] (stem, file_name) select stem, file_name from carry_stems order by rowid")
        conn.execute("drop table carry_stems")
        conn.execute("drop table carry_order")


def _record_tables(conn: sqlite3.Connection, tables: Iterable[str]) -> list[str]:
    """Tables of plan records: every table with a `document` column but the passages."""
    found = []
    for table in sorted(tables):
        if table in CORE_TABLES or table == SPANS_TABLE or table.startswith("sqlite_"):
            continue
        if any(r[1] == "document" for r in conn.execute(f"pragma table_info([{table}])")):
            found.append(table)
    return found


def _delete(conn: sqlite3.Connection, table: str, key: str, values: Sequence[int]) -> None:
    for at in range(0, len(values), 500):
        part = list(values[at:at + 500])
        conn.execute(f"delete from [{table}] where {key} in ({','.join('?' for _ in part)})", part)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
