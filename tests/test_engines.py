"""Both passage engines (bot.index.engines): the same hits, scores and answers from the same papers; the
engine chosen at build recorded in the version and shown; rollback across engines; auto switching."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.pipeline import answer
from bot.cli import main
from bot.index.engines import AutoBuilder, BuiltinBuilder, open_passages
from bot.index.indexer import build_index
from bot.index.integrity import check_folder
from bot.index.store import PlanIndex
from bot.index.tantivy_search import TantivyBuilder
from bot.index.versions import live_version, rollback, version_meta, versions_dir
from bot.textnorm import Tokenizer

PASSAGES = [  # (tokens, plan area)
    (["stroke", "pathway", "redesign", "fyld"], "Fylde Coast"),
    (["care", "home", "care", "team"], "Pennine Lancashire"),
    (["digit", "programm", "fund", "care"], None),
    (["stroke", "unit", "care", "ae"], "Pennine Lancashire"),
    (["workforc", "strategi"], "Fylde Coast"),
    ([], None),
    (["stroke", "pathway", "redesign", "fyld"], "Bay"),  # the same tokens as the first: a tie
    (["care"] * 7 + ["plan"], "Bay"),  # more than half the passages hold "care": rank-bm25's idf floor
]
QUERIES = [["stroke"], ["care", "care"], ["stroke", "pathway", "absent"], ["care", "plan", "stroke"], ["absent"], []]


def _both(folder: Path) -> dict[str, object]:
    """The small corpus in each engine, opened as a version would be."""
    out = {}
    for name, builder in (("builtin", BuiltinBuilder(folder / "b")), ("tantivy", TantivyBuilder(folder / "t"))):
        (folder / name[0]).mkdir(exist_ok=True)
        for tokens, area in PASSAGES:
            builder.add(tokens, area, "paper.txt")
        builder.finish()
        rows = [(seq, area) for seq, (_, area) in enumerate(PASSAGES) if area]
        out[name] = open_passages(folder / name[0], name, lambda rows=rows: rows)
    return out


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("areas", [(), ("Pennine Lancashire",), ("Bay", "Fylde Coast"), ("Nowhere",)])
def test_both_engines_give_the_same_hits_and_scores(tmp_path: Path, query: list[str], areas: tuple[str, ...]) -> None:
    engines = _both(tmp_path)
    builtin, tantivy = (engines[e].search(query, k=4, areas=areas) for e in ("builtin", "tantivy"))
    assert [h.seq for h in builtin] == [h.seq for h in tantivy]
    assert [h.score for h in builtin] == pytest.approx([h.score for h in tantivy], rel=1e-9)


def test_ties_go_to_the_earlier_passage_in_both(tmp_path: Path) -> None:
    for engine in _both(tmp_path).values():
        assert [h.seq for h in engine.search(["pathway"], k=1)] == [0]


def test_both_engines_know_the_same_terms(tmp_path: Path) -> None:
    engines = _both(tmp_path)
    for engine in engines.values():
        assert engine.n_docs == len(PASSAGES)
        assert engine.df("care") == 4 and engine.df("stroke") == 3 and engine.df("absent") == 0
        assert engine.terms_from("st", 5) == ["strategi", "stroke"]
        assert engine.terms_from("stroke", 1) == ["stroke"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=9), min_size=1, max_size=12),
       st.lists(st.sampled_from("abcdefghz"), min_size=1, max_size=4))
def test_tantivy_ranks_as_the_builtin_engine_on_any_corpus(tmp_path_factory: pytest.TempPathFactory,
                                                           corpus: list[list[str]], query: list[str]) -> None:
    folder = tmp_path_factory.mktemp("random")
    builders = {"builtin": BuiltinBuilder(folder), "tantivy": TantivyBuilder(folder)}
    for builder in builders.values():
        for tokens in corpus:
            builder.add(tokens)
        builder.finish()
    hits = {name: open_passages(folder, name, list).search(query, k=5) for name in builders}
    assert [h.seq for h in hits["builtin"]] == [h.seq for h in hits["tantivy"]]
    assert [h.score for h in hits["builtin"]] == pytest.approx([h.score for h in hits["tantivy"]], rel=1e-9)


def test_auto_switches_to_tantivy_past_its_threshold_and_ranks_alike(tmp_path: Path) -> None:
    (tmp_path / "auto").mkdir()
    auto = AutoBuilder(tmp_path / "auto", threshold=3)
    for tokens, area in PASSAGES:
        auto.add(tokens, area, "paper.txt")
    auto.finish()
    assert auto.engine == "tantivy"
    switched = open_passages(tmp_path / "auto", "tantivy", list)
    builtin = _both(tmp_path)["builtin"]
    for query in QUERIES:
        for areas in ((), ("Bay",)):
            assert switched.search(query, 5, areas) == builtin.search(query, 5, areas)


@pytest.fixture
def both_indexes(tmp_path: Path, corpus: Path) -> dict[str, Path]:
    return {e: build_index([corpus], tmp_path / e, Tokenizer(), 10**7, engine=e) and tmp_path / e
            for e in ("builtin", "tantivy")}


def test_both_engines_answer_the_same(both_indexes: dict[str, Path]) -> None:
    tok = Tokenizer()
    opened = {e: PlanIndex.open(folder) for e, folder in both_indexes.items()}
    for question in ("who owns the shared care record?", "how many hospital sites will be reviewed?",
                     "when will the workforce strategy be agreed?", "what funding does the digital programme have?"):
        replies = [answer(question, index, tok).model_dump() for index in opened.values()]
        assert replies[0] == replies[1]
        assert replies[0]["answered"]


def test_the_engine_is_recorded_shown_and_rolled_back(tmp_path: Path, corpus: Path, capsys) -> None:
    folder = tmp_path / "index"
    first = build_index([corpus], folder, Tokenizer(), 10**7, engine="tantivy")
    second = build_index([corpus], folder, Tokenizer(), 10**7)
    assert (first.engine, second.engine) == ("tantivy", "builtin")  # auto: a small corpus stays builtin
    assert version_meta(folder, first.version)["engine"] == "tantivy"
    assert (versions_dir(folder) / first.version / "tantivy").is_dir()
    assert main(["versions", "--index", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "1 documents" not in out and "tantivy engine" in out and "builtin engine" in out
    rollback(folder)
    assert live_version(folder) == first.version
    index = PlanIndex.open(folder)
    assert index.engine.engine == "tantivy" and index.engine.n_docs == index.db["passages"].count
    index.close()


def test_cli_ingest_takes_the_engine(tmp_path: Path, corpus: Path, capsys) -> None:
    assert main(["ingest", str(corpus), "--index", str(tmp_path / "ix"), "--engine", "tantivy"]) == 0
    assert "tantivy engine" in capsys.readouterr().out
    assert PlanIndex.open(tmp_path / "ix").engine.engine == "tantivy"


def test_a_garbled_tantivy_file_is_damage(both_indexes: dict[str, Path]) -> None:
    folder = versions_dir(both_indexes["tantivy"]) / live_version(both_indexes["tantivy"])
    assert check_folder(folder, thorough=False).ok
    segment = next((folder / "tantivy").glob("*.idx"))
    segment.write_bytes(b"garbled" + segment.read_bytes()[7:])
    check = check_folder(folder, thorough=False)
    assert not check.ok and "tantivy/" in check.summary()
