"""What a question reads of one paper comes by index, not by a pass over every passage or row of a
national corpus, and reads the same as the whole-table way it replaced."""

from pathlib import Path

import numpy as np

from bot.index.store import PlanIndex


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
