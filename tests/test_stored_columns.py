"""Columns of a question's rows read in one pass (record_terms.StoredRows.columns): every key's values in
the keys' order, whether the rows come back as asked (ascending, all there) or not."""

import numpy as np

from bot.index.record_terms import StoredRows
from bot.index.store import PlanIndex


def test_columns_are_each_keys_values_in_the_keys_order(bundled_dir) -> None:
    index = PlanIndex.open(bundled_dir)
    rows = index.db.execute("select rowid, area, mustdo, priority from mustdos order by rowid").fetchall()
    assert len(rows) > 10
    by_key = {r[0]: r[1:] for r in rows}
    keys = [r[0] for r in rows]
    for chosen in (keys, keys[::3], keys[::-2], [*keys[:5], max(keys) + 1000, *keys[5:9]]):  # ascending, reversed, one missing
        got = StoredRows(index, "mustdos", np.array(chosen, dtype=np.int64)).columns(["area", "mustdo", "priority"])
        expected = [by_key.get(k, (None, None, None)) for k in chosen]
        assert got == {"area": [e[0] for e in expected], "mustdo": [e[1] for e in expected], "priority": [e[2] for e in expected]}


def test_kept_columns_are_the_columns_read_for_the_rows(bundled_dir) -> None:
    """Columns taken from the whole table's, read once per version (StoredRows.kept_columns), are those
    read for the rows themselves: each key's values in the keys' order, None for a row not there."""
    index = PlanIndex.open(bundled_dir)
    keys = [r[0] for r in index.db.execute("select rowid from mustdos order by rowid")]
    names = ["area", "mustdo", "priority"]
    for chosen in (keys, keys[::3], keys[::-2], [*keys[:5], max(keys) + 1000, *keys[5:9]], []):
        rows = StoredRows(index, "mustdos", np.array(chosen, dtype=np.int64))
        kept = rows.kept_columns(names)
        assert kept == rows.columns(names) if chosen else kept == {n: [] for n in names}
        assert [type(v) for v in kept["mustdo"]] == [type(v) for v in rows.columns(names)["mustdo"]]
    assert sum(key.startswith("kept columns mustdos") for key in index._memo) == 1  # read once
    assert StoredRows(index, "no_such_table", np.zeros(0, dtype=np.int64)).kept_columns(names) == {n: [] for n in names}
