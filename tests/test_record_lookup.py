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
