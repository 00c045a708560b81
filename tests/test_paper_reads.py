"""What a question reads of one paper comes by index, not by a pass over every passage or row of a
national corpus, and reads the same as the whole-table way it replaced."""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.index.store import PlanIndex


@pytest.fixture(scope="module")
def bundled_rows(bundled_dir: Path):
    """The rows table of the bundled plans, as a question reads it (by postings) and whole."""
    from bot.index.record_terms import records, rows_sharing
    from bot.textnorm import Tokenizer

    index, tok = PlanIndex.open(bundled_dir), Tokenizer()
    yield [rows_sharing(index, tok, "rows", {"care", "servic", "plan", "risk"}), records(index, tok, "rows")]
    index.close()


def test_a_papers_text_is_its_passages_texts_in_order_read_by_an_index(bundled_dir: Path) -> None:
    index = PlanIndex.open(bundled_dir)
    try:
        papers = [d.file_name for d in index.documents()]
        assert papers
        for paper in papers:
            passages = index.passages_where("document = ?", (paper,))
            assert passages and index.document_text(paper) == "\n".join(p.text for p in passages)
        plan = " ".join(str(r[-1]) for r in index.db.execute(
            "explain query plan select text from passages where document = ? order by seq", [papers[0]]))
        assert "USING INDEX" in plan.upper(), plan
        assert index.document_text("no such paper") == ""
    finally:
        index.close()


def test_the_tables_of_some_rows_papers_are_those_tables_of_the_whole_grouping(bundled_dir: Path) -> None:
    """filtered_rows reads only the tables holding its best rows: grouping only their papers' rows gives
    each such table whole, with the same positions, in the same order, as grouping every row."""
    from bot.answering.candidates.question_rows import tables_of
    from bot.index.record_terms import records, rows_sharing
    from bot.textnorm import Tokenizer

    index, tok = PlanIndex.open(bundled_dir), Tokenizer()
    try:
        for make in (lambda: rows_sharing(index, tok, "rows", {"care", "servic", "plan", "risk"}),
                     lambda: records(index, tok, "rows")):
            whole = tables_of(make())
            assert len(whole) > 3
            for near in ({0}, {1, 5, 40}, set(range(0, len(make()), 7)), set()):
                some = tables_of(make(), near)
                wanted = [key for key, at in whole.items() if near.intersection(at)]
                assert [key for key in some if near.intersection(some[key])] == wanted
                assert all(some[key] == whole[key] for key in some)
    finally:
        index.close()


def test_a_text_column_holds_the_texts_read_and_other_columns_are_as_numpy_makes_them() -> None:
    from bot.index.record_terms import _column_array

    texts = ["a", "[\"Risk\", \"Score\"]", "", "a much longer text than the others"]
    held = _column_array(texts)
    assert held.tolist() == texts and list(held) == texts and held.dtype == object
    assert (held == "a").tolist() == (np.array(texts) == "a").tolist()
    assert _column_array(["a", None]).tolist() == ["a", None]
    assert _column_array([1, 2, 3]).dtype.kind == "i" and _column_array([1, None]).tolist() == [1, None]
    assert _column_array([1, "a"]).tolist() == np.array([1, "a"]).tolist()  # mixed: as numpy made it before
    assert _column_array([]).tolist() == []


def test_a_column_at_some_positions_is_that_column_there(bundled_dir: Path) -> None:
    from bot.index.record_terms import records, rows_sharing
    from bot.textnorm import Tokenizer

    index, tok = PlanIndex.open(bundled_dir), Tokenizer()
    try:
        for table in (rows_sharing(index, tok, "rows", {"care", "plan"}), records(index, tok, "rows")):
            positions = [5, 0, 3, 3, len(table) - 1]
            for name in ("labels", "document", "area"):
                expected = [table.rows[i].get(name) for i in positions]
                assert table.column_at(name, positions) == expected
                table.columns(name)
                assert list(map(str, table.column_at(name, positions))) == list(map(str, expected))
    finally:
        index.close()


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.sampled_from([0.0, 0.1, 0.2, 0.5, 1.0]), min_size=1, max_size=400), n=st.integers(1, 6))
def test_the_best_tables_are_the_first_of_sorting_every_table(bundled_rows, values: list[float], n: int) -> None:
    """valued_rows reads the n tables whose best row fits most: found paper by paper, they are the n first
    of ranking every table, ties (many, as near-copies of a paper tie) in table order."""
    from bot.answering.candidates.question_rows import best_tables, tables_of

    for table in bundled_rows:
        scores = np.resize(np.array(values), len(table))
        every = sorted(tables_of(table).items(), key=lambda kv: -max(scores[i] for i in kv[1]))
        assert best_tables(table, scores, n) == every[:n]


@settings(max_examples=200, deadline=None)
@given(shape=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4)), min_size=1, max_size=40),
       values=st.lists(st.sampled_from([0.0, 0.3, 0.6, 1.0]), min_size=1, max_size=50), n=st.integers(1, 5))
def test_the_best_tables_of_many_near_copies_are_the_first_of_sorting_every_table(shape, values, n) -> None:
    """Papers of a few tables each, scores tying across papers as a thousand copies of one paper's do."""
    from bot.answering.candidates.question_rows import best_tables, tables_of
    from bot.index.record_terms import RecordTable
    from bot.textnorm import Tokenizer

    rows = [{"document": f"p{k % 7 if k % 5 == 0 else k}.txt", "labels": f'["l{t}"]'}
            for k, (tables, size) in enumerate(shape) for t in range(tables + 1) for _ in range(size)]
    table = RecordTable("rows", rows, Tokenizer())
    scores = np.resize(np.array(values), len(rows))
    every = sorted(tables_of(table).items(), key=lambda kv: -max(scores[i] for i in kv[1]))
    assert best_tables(table, scores, n) == every[:n]
