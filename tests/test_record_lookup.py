"""Initiatives looked up by id are read many at a time when a question wants many (a milestone
question over a national corpus groups thousands of milestones by initiative): one query per 900
ids, the same rows as reading each by its key, and an id no initiative has is still missing."""

from pathlib import Path

import pytest

from bot.index.record_lookup import RowsById, initiatives_by_id
from bot.index.store import PlanIndex


def test_many_initiatives_are_read_in_one_query(bundled_dir: Path) -> None:
    index = PlanIndex.open(bundled_dir)
    try:
        by_id = initiatives_by_id(index)
        assert isinstance(by_id, RowsById)
        ids = [r[0] for r in index.db.execute("select id from initiatives order by rowid")]
        assert len(ids) > 20
        queries: list[str] = []
        index.db.conn.set_trace_callback(lambda sql: queries.append(sql) if "FROM [initiatives]" in sql else None)
        by_id.read_many([*ids, "no such initiative"])
        assert len(queries) == 1
        fresh = RowsById(index, "initiatives")
        assert all(by_id[k] == fresh[k] for k in ids) and len(queries) == 1 + len(ids)  # the fresh one read each by its key
        with pytest.raises(KeyError):
            by_id["no such initiative"]
        assert by_id.get("no such initiative", {}) == {} and len(queries) == 1 + len(ids)
    finally:
        index.db.conn.set_trace_callback(None)
        index.close()


def test_rows_taken_out_of_turn_are_read_together(bundled_dir: Path) -> None:
    from bot.index.record_terms import rows_in_areas
    from bot.textnorm import Tokenizer

    index = PlanIndex.open(bundled_dir)
    try:
        table = rows_in_areas(index, Tokenizer(), "rows", [])
        assert len(table) > 40
        queries: list[str] = []
        index.db.conn.set_trace_callback(lambda sql: queries.append(sql) if "FROM [rows]" in sql else None)
        sparse = [37, 3, 20, 11, 29, 3]
        taken = table.take(sparse)
        assert len(queries) == 1
        whole = list(index.db.query("select * from rows order by rowid"))
        assert taken == [whole[i] for i in sparse]
    finally:
        index.db.conn.set_trace_callback(None)
        index.close()
