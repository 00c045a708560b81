"""The build's writer puts rows that fit a table straight in with executemany; the database must be
the one sqlite-utils' insert_all would have made: the same schema, the same rows in the same order."""

import sqlite3
from datetime import date
from pathlib import Path

import sqlite_utils

from bot.index.store import StoreWriter
from bot.index.versions import DB_NAME

CALLS: list[tuple[str, list[dict]]] = [
    ("initiatives", [{"id": "a", "title": "Frailty", "page": None, "number": 1},
                     {"id": "b", "title": "Stroke", "page": None, "number": 2}]),
    ("initiatives", [{"id": "c", "title": "Falls", "page": 3}]),  # a row without every column
    ("initiatives", [{"id": "a", "title": "Frailty again", "page": 4, "number": 1}]),  # replaces row "a"
    ("initiatives", [{"id": "d", "title": "Sepsis", "status": "Green", "page": 5}]),  # brings a new column
    ("initiatives", [{"id": "e", "title": "Tracker", "status": "Amber", "owners": ["X", "Y"],
                      "due": date(2017, 3, 31), "ratio": 0.5, "done": True}]),
    ("initiatives", [{"id": "f", "title": "Again", "owners": ["Z"], "due": date(2018, 1, 1), "ratio": 1,
                      "done": False}]),  # fits the columns, with values sqlite-utils converts
    ("people", []),  # nothing to write makes no table
]


def _dump(path: Path) -> tuple[list, dict[str, list]]:
    conn = sqlite3.connect(path)
    schema = sorted(conn.execute("select type, name, sql from sqlite_master").fetchall(), key=str)
    rows = {name: conn.execute(f"select rowid, * from [{name}] order by rowid").fetchall()
            for kind, name, _ in schema if kind == "table"}
    conn.close()
    return schema, rows


def test_writer_makes_the_database_insert_all_makes(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    writer = StoreWriter(tmp_path / "ours")
    plain = sqlite_utils.Database(tmp_path / "plain.db")
    for table, rows in CALLS:
        writer.add_records(table, rows)
        plain[table].insert_all(rows, pk="id", batch_size=1000, replace=True, alter=True)
    writer.db.conn.commit()
    writer.db.close()
    plain.close()
    ours, theirs = _dump(tmp_path / "ours" / DB_NAME), _dump(tmp_path / "plain.db")
    assert ours == theirs
    assert [r[1] for r in ours[1]["initiatives"]] == ["b", "c", "a", "d", "e", "f"]


def test_lines_after_the_first_papers_go_in_as_insert_all_puts_them(tmp_path: Path) -> None:
    from bot.models import DocumentInfo, SourceLine

    papers = [(DocumentInfo(id=f"d{n}", file_name=f"{n}.txt", title="T", kind="text", sha256=f"{n}" * 8),
               [SourceLine(line=k, text=f"line {k}") for k in range(1, 4)] if n else
               [SourceLine(page=1, text="a page"), SourceLine(page=2, line=None, text="")]) for n in range(3)]
    (tmp_path / "ours").mkdir()
    writer = StoreWriter(tmp_path / "ours")
    plain = sqlite_utils.Database(tmp_path / "plain.db")
    for info, lines in papers:
        writer.add_document(info, lines)
        plain["documents"].insert(info.model_dump(), pk="id", replace=True)
        plain["lines"].insert_all(({"doc_id": info.id, "seq": i, "page": ln.page, "line": ln.line, "text": ln.text}
                                   for i, ln in enumerate(lines)), batch_size=2000)
    writer.db.conn.commit()
    writer.db.close()
    plain.close()
    assert _dump(tmp_path / "ours" / DB_NAME) == _dump(tmp_path / "plain.db")
