"""The best few rows of a question, best first (question_rows.best_first): those a stable sort of every
row gives, ties (a national corpus's near-copies tie by the thousand) in table order."""

import numpy as np
import pytest

from bot.answering.candidates.question_rows import best_first


@pytest.mark.parametrize("seed", range(12))
def test_best_first_is_a_stable_sorts_first_k(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 3000))
    scores = rng.choice([0.0, -0.0, 0.25, 0.5, 0.5, 0.75, 1.0, 1.3], n) if seed % 2 else rng.random(n).round(2)
    for k in (1, 3, 8, 64, n, n + 5):
        assert best_first(scores, k).tolist() == np.argsort(-scores, kind="stable")[:k].tolist()


def test_ties_past_the_kth_are_taken_in_table_order() -> None:
    scores = np.array([0.2, 0.9, 0.5, 0.9, 0.5, 0.5, 0.1])
    assert best_first(scores, 3).tolist() == [1, 3, 2]
    assert best_first(np.array([0.3, np.nan, 0.3]), 2).tolist() == np.argsort(-np.array([0.3, np.nan, 0.3]), kind="stable")[:2].tolist()
