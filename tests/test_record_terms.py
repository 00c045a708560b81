"""Scoring every record at once with numpy must give what scoring each record's text one by one gives."""

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.matching import Topic
from bot.index.record_terms import FieldTerms, RecordTable, records
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"
QUESTIONS = [
    "who owns the stroke pathway redesign in fylde?",
    "when is the A&E accident and emergency review due?",
    "which LTC long term conditions milestones land in Q4 for bay?",
    "who's the SRO for the ICC integrated care communities work?",
    "which priorities cover must do 5 (RTT)?",
    "what's due on mental health MH next month?",
]


def dev_questions() -> list[str]:
    lines = DEV.read_text(encoding="utf-8").splitlines() if DEV.exists() else []
    return QUESTIONS + [json.loads(line)["question"] for line in lines if line.strip()]


@pytest.fixture(scope="module")
def bundled(bundled_dir: Path):
    index = PlanIndex.open(bundled_dir)
    yield index
    index.close()


# (table, main columns, context columns): the shapes the record answerers score.
SHAPES = [
    ("initiatives", ["title"], ["row_text"]),
    ("people", ["role"], ["context", "section"]),
    ("milestones", ["text"], []),
    ("mustdos", ["text"], ["priority"]),
    ("mustdos", ["priority"], []),
]


def one_by_one(matcher: Topic, table: RecordTable, main: list[str], context: list[str]) -> list[float]:
    def joined(row: dict, columns: list[str]) -> str:
        return " ".join(row.get(c) or "" for c in columns)

    return [matcher.coverage(joined(r, main), joined(r, context))[0] for r in table.rows]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: f"{s[0]}:{'+'.join(s[1])}")
def test_all_rows_at_once_equal_one_by_one_on_the_bundled_plans(bundled: PlanIndex, shape) -> None:
    tokenizer = Tokenizer()
    name, main, context = shape
    table = records(bundled, tokenizer, name)
    assert len(table) > 0
    for text in dev_questions():
        matcher = Topic(analyse(text, lexicon(bundled, tokenizer)), tokenizer)
        at_once = matcher.scores([table.field(c) for c in main], [table.field(c) for c in context])
        assert np.allclose(at_once, one_by_one(matcher, table, main, context)), text


WORDS = ["stroke", "care", "home", "accident", "emergency", "a&e", "ltc", "long", "term", "conditions", "digital", "team"]
texts = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(texts, texts), min_size=1, max_size=8), asked=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4))
def test_any_records_score_as_one_by_one(bundled: PlanIndex, rows: list[tuple[str, str]], asked: list[str]) -> None:
    """Abbreviations spelled out across both fields ("accident" in one, "emergency" in the other) included."""
    tokenizer = Tokenizer()
    table = RecordTable("synthetic", [{"main": m, "context": c} for m, c in rows], tokenizer)
    matcher = Topic(analyse("who owns " + " ".join(asked) + "?", lexicon(bundled, tokenizer)), tokenizer)
    at_once = matcher.scores([table.field("main")], [table.field("context")])
    assert np.allclose(at_once, one_by_one(matcher, table, ["main"], ["context"]))


def test_rows_in_areas_keep_table_order() -> None:
    rows = [{"area": "Fylde Coast"}, {"area": None}, {"area": "Bay"}, {"area": "Fylde Coast"}]
    table = RecordTable("people", rows, Tokenizer())
    assert table.in_areas(["Fylde Coast", "Bay"]).tolist() == [0, 2, 3]
    assert table.in_areas([]).tolist() == [0, 1, 2, 3]
    assert table.in_areas(["Pennine"]).tolist() == []


def test_field_masks_mark_rows_holding_a_stem() -> None:
    terms = FieldTerms.from_stem_sets([frozenset({"stroke", "care"}), frozenset(), frozenset({"care"})])
    assert terms.mask("care").tolist() == [True, False, True]
    assert terms.mask("absent").tolist() == [False, False, False]


def test_a_version_builds_each_table_index_once(plan_index: PlanIndex) -> None:
    tokenizer = Tokenizer()
    assert records(plan_index, tokenizer, "initiatives") is records(plan_index, tokenizer, "initiatives")


@pytest.mark.parametrize("question", [
    "who owns solution design for Pennine?", "when's the bay-wide frailty model getting evaluated?",
    "whats coming up next month on central lancs urgent care?", "bay - which priority covers the RTT 18 week must do?",
    "must do 9 for West Lancs - what's in the urgent care column?", "who's the SRO for the digital health programme?",
])
def test_prepare_builds_everything_an_answer_reads(bundled_dir: Path, question: str, monkeypatch) -> None:
    """After Planbot.prepare (bot start, re-index, rollback) no asker waits for a record index to be built."""
    from bot.index.record_terms import FieldTerms
    from bot.service import Planbot

    service = Planbot(bundled_dir)
    service.prepare()

    def built_late(*args):  # noqa: ANN002
        raise AssertionError("a record index was built while answering")

    monkeypatch.setattr("bot.index.record_terms.field_terms", built_late)
    monkeypatch.setattr(FieldTerms, "from_arrays", built_late)
    monkeypatch.setattr(FieldTerms, "from_stem_sets", built_late)
    assert service.ask(question, date(2016, 12, 20)).question == question


def test_prepare_leaves_what_it_built_out_of_later_collections(bundled_dir: Path) -> None:
    """prepare() collects once and freezes what is alive (a national corpus's caches are walked by no
    later collection) and makes young collections rarer; the collector is as it was once thawed."""
    import gc

    from bot.answering.warmup import YOUNG_OBJECTS
    from bot.service import Planbot

    before = gc.get_threshold()
    try:
        Planbot(bundled_dir).prepare()
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == YOUNG_OBJECTS
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_postings_written_while_streaming_equal_terms_built_from_whole_tables(bundled: PlanIndex) -> None:
    """The build reads each paper's rows back as it writes them; the postings must be those of the
    finished tables, row for row (a row named by its rowid)."""
    from bot.index.record_postings import read_postings
    from bot.index.record_terms import FIELDS, field_terms

    tokenizer = Tokenizer()
    by_id = {r["id"]: r for r in bundled.table("initiatives")}
    for table, fields in FIELDS.items():
        rows = bundled.table(table)
        rowids = np.array([r[0] for r in bundled.db.execute(f"select rowid from [{table}] order by rowid")])
        for field in fields:
            built = field_terms(rows, field, tokenizer, lambda: by_id)
            stored = read_postings(bundled.db.conn, table, field, sorted(built.vocab))
            assert stored.keys() == built.vocab.keys(), (table, field)
            for stem, i in built.vocab.items():
                assert stored[stem].tolist() == rowids[built.rows[built.offsets[i]:built.offsets[i + 1]]].tolist()


def test_a_question_reads_only_rows_sharing_its_words(bundled: PlanIndex) -> None:
    from bot.index.record_terms import rows_sharing

    tokenizer = Tokenizer()
    [stem] = tokenizer("frailty")
    table = rows_sharing(bundled, tokenizer, "initiatives", [stem])
    whole = bundled.table("initiatives")
    holding = [r for r in whole if stem in tokenizer.stem_set(f"{r['title']} {r['row_text']}")]
    assert 0 < len(table) == len(holding) < len(whole)
    assert list(table.rows) == holding  # in table order
    assert table.field("title").mask(stem).tolist() == [stem in tokenizer.stem_set(r["title"]) for r in holding]


def test_a_version_without_record_postings_answers_the_same(index_dir: Path) -> None:
    """Versions built before postings were stored score whole tables (their npz terms, or built on use)."""
    import sqlite3

    from bot.index.integrity import MANIFEST
    from bot.service import Planbot

    asked = ["who owns stroke pathway redesign in fylde?", "when is the care home team due in fylde?"]
    before = [Planbot(index_dir).ask(q).model_dump() for q in asked]
    folder = PlanIndex.open(index_dir).folder
    with sqlite3.connect(folder / "planbot.db") as conn:
        conn.execute("drop table record_postings")
        conn.execute("drop table record_spans")
    (folder / MANIFEST).unlink()  # such versions predate manifests too (a manifest naming a missing file is damage)
    after = [Planbot(index_dir).ask(q).model_dump() for q in asked]
    assert after == before and before[0]["answered"] and before[1]["answered"]
