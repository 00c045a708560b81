"""A window question ("what's due for Pennine in Q4?") reads the dated items of the areas it asks
about, from milestones and rows indexed by area, not every dated item of the corpus: the same items, in
the same order, as filtering them all; a version built before the indexes reads them all, as it did."""

import shutil
import sqlite3
from pathlib import Path

from bot.answering.candidates import Context
from bot.answering.candidates.dated import dated_items, initiative_title, items_in_areas, read_by_area, titles_read
from bot.index.record_terms import initiatives_by_id
from bot.answering.lexicon import lexicon
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.index.versions import DB_NAME, live_version, versions_dir
from bot.textnorm import Tokenizer


def _ctx(index: PlanIndex) -> Context:
    tok = Tokenizer()
    return Context(index, tok, lexicon(index, tok), None, None)  # type: ignore[arg-type]


ACTIONS = ("West Lancashire Local Delivery Plan\n\nAction log\nItem\tAction\tOwner\tDue\n"
           "1\tAgree the estates review terms\tDr Ann Example\t31 October 2016\n"
           "2\tPublish the workforce plan\tDr Ann Example\tQtr 3\n\n"
           "Orrinmouth Place Plan\n\nAction log\nItem\tAction\tOwner\tDue\n"
           "1\tOpen the new hub\tBob Lead\t30 November 2016\n")


def test_items_read_by_area_are_those_of_the_whole_list(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    (corpus / "actions.txt").write_text(ACTIONS, encoding="utf-8")
    build_index([corpus], tmp_path / "index", Tokenizer(), 10**8)
    index = PlanIndex.open(tmp_path / "index")
    try:
        ctx = _ctx(index)
        assert read_by_area(ctx)
        areas = ctx.lex.areas.names
        asked = [[a] for a in areas] + [areas[:2], list(reversed(areas[1:4])), []]
        found = [items_in_areas(ctx, wanted) for wanted in asked]
        assert "dated items" not in index._memo  # no area needed the corpus's whole list
        everything = dated_items(ctx)
        assert any(r.get("initiative_id") and r["fy_start"] for r in everything)  # milestones carry their plan's year
        assert any(r.get("context_text") for r in everything)  # and tracker rows are among them
        titles = titles_read(ctx)  # the initiatives' titles came with their milestones
        by_id = initiatives_by_id(index)
        assert titles and all(titles[k] == by_id[k]["title"] for k in titles)
        assert initiative_title(ctx, "no such initiative") == ""
        for wanted, items in zip(asked, found):
            assert items == [m for m in everything if not wanted or m.get("area") in wanted]
            assert items
    finally:
        index.close()


def test_a_version_without_the_area_indexes_filters_the_whole_list(bundled_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(bundled_dir, folder)
    with sqlite3.connect(versions_dir(folder) / live_version(folder) / DB_NAME) as conn:  # type: ignore[operator]
        conn.execute("drop index milestones_by_area")
        conn.execute("drop index rows_by_area")
    index = PlanIndex.open(folder)
    try:
        ctx = _ctx(index)
        assert not read_by_area(ctx)
        area = ctx.lex.areas.names[0]
        assert items_in_areas(ctx, [area]) == [m for m in dated_items(ctx) if m.get("area") == area]
    finally:
        index.close()


def test_dated_rows_are_read_through_their_own_index_and_are_those_of_a_scan(tmp_path: Path) -> None:
    """A build indexes the rows that may be dated on their own (a partial index), and the window
    questions' query reads them through it, with or without areas; the items are those a version without
    that index (built before) reads by scanning every row."""
    from bot.index.record_postings import DATED_ROWS_INDEX, MAY_BE_DATED

    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).resolve().parent.parent / "corpus", corpus)
    (corpus / "actions.txt").write_text(ACTIONS, encoding="utf-8")
    build_index([corpus], tmp_path / "index", Tokenizer(), 10**8)
    db = versions_dir(tmp_path / "index") / live_version(tmp_path / "index") / DB_NAME  # type: ignore[operator]
    with sqlite3.connect(db) as conn:
        plans = [" ".join(r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM rows INDEXED BY {DATED_ROWS_INDEX} "
                                                       f"WHERE {where} AND ({MAY_BE_DATED}) ORDER BY rowid", args))
                 for where, args in (("1", []), ("area IN (?)", ["West Lancashire"]))]
    assert all(DATED_ROWS_INDEX in plan for plan in plans)

    def read(folder: Path) -> list[list[dict]]:
        index = PlanIndex.open(folder)
        try:
            ctx = _ctx(index)
            areas = ctx.lex.areas.names
            return [items_in_areas(ctx, wanted) for wanted in ([], areas[:1], ["West Lancashire"], areas[1:3])]
        finally:
            index.close()

    indexed = read(tmp_path / "index")
    assert any(r.get("context_text") for r in indexed[0])  # the tracker rows are among them
    shutil.copytree(tmp_path / "index", tmp_path / "old")
    with sqlite3.connect(versions_dir(tmp_path / "old") / live_version(tmp_path / "old") / DB_NAME) as conn:  # type: ignore[operator]
        conn.execute(f"drop index {DATED_ROWS_INDEX}")
    assert read(tmp_path / "old") == indexed
