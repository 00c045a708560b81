"""A question's record rows: the costly typed-cell bonus asked for only where it can change the top rows."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.candidates.question_rows import with_bonus

scores = st.lists(st.sampled_from([0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.5, 0.55, 0.6, 1.0]), max_size=60)


def top(values: np.ndarray, k: int, floor: float) -> list[int]:
    order = np.argsort(-values, kind="stable")[:k]
    return [int(i) for i in order if values[i] >= floor]


@settings(max_examples=300, deadline=None)
@given(base=scores, flags=st.lists(st.booleans(), min_size=60, max_size=60), k=st.integers(1, 8))
def test_the_top_rows_are_those_of_adding_the_bonus_to_every_row(base: list[float], flags: list[bool], k: int) -> None:
    """Many equal scores (near-copies of a paper) included: ties keep table order either way."""
    values = np.array(base)
    held = np.array(flags[:len(base)], dtype=float)
    asked: list[int] = []

    def holds(at: np.ndarray) -> np.ndarray:
        asked.extend(at.tolist())
        return held[at]

    full = values + 0.1 * held
    pruned = with_bonus(values, 0.1, holds, k, 0.25)
    assert top(pruned, k, 0.25) == top(full, k, 0.25)
    assert all(pruned[i] == full[i] for i in top(full, k, 0.25))
    assert len(asked) == len(set(asked))  # never asked twice for a row


def test_rows_that_cannot_reach_the_top_are_not_asked_about() -> None:
    values = np.array([0.9] * 5 + [0.3] * 1000)
    asked: list[int] = []

    def holds(at: np.ndarray) -> np.ndarray:
        asked.extend(at.tolist())
        return np.ones(len(at))

    with_bonus(values, 0.1, holds, 5, 0.25)
    assert len(asked) < 50
