import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from bot.index.search import B, EPSILON, K1, BM25Index

CORPUS = [
    ["stroke", "pathway", "redesign"],
    ["care", "home", "care", "team"],
    ["digital", "programme", "fund"],
    ["stroke", "unit", "care"],
    ["workforc", "strategi"],
]


@pytest.mark.parametrize("query", [["stroke"], ["care", "care"], ["digital", "stroke", "absent"], []])
def test_scores_equal_rank_bm25(query: list[str]) -> None:
    ours = BM25Index.build(CORPUS).scores(query)
    theirs = BM25Okapi(CORPUS, k1=K1, b=B, epsilon=EPSILON).get_scores(query)
    assert np.allclose(ours, theirs, atol=1e-5)


def test_search_orders_and_round_trips(tmp_path) -> None:
    index = BM25Index.build(CORPUS)
    hits = index.search(["stroke", "pathway"], k=3)
    assert [h.seq for h in hits][:2] == [0, 3]
    index.save(tmp_path / "bm25.npz")
    loaded = BM25Index.load(tmp_path / "bm25.npz")
    assert np.allclose(loaded.scores(["care"]), index.scores(["care"]))


def test_empty_corpus_searches_nothing() -> None:
    assert BM25Index.build([]).search(["x"]) == []


WORDS = st.sampled_from(["care", "stroke", "digital", "fund", "home", "team", "a", "b"])


@settings(max_examples=200, deadline=None)
@given(corpus=st.lists(st.lists(WORDS, max_size=8), min_size=1, max_size=12), query=st.lists(WORDS, max_size=4))
def test_any_corpus_scores_as_rank_bm25(corpus: list[list[str]], query: list[str]) -> None:
    """Common words (negative idf, floored at epsilon), repeats and empty passages included."""
    ours = BM25Index.build(corpus).scores(query)
    theirs = BM25Okapi([doc or ["\x00"] for doc in corpus], k1=K1, b=B, epsilon=EPSILON).get_scores(query)
    assert np.allclose(ours, theirs, atol=1e-5)
