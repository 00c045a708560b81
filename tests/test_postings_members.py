"""Which of a question's rows a stem's postings hold (record_terms._members): the same whichever of the
two sorted arrays is looked up in the other, or through a bitmap of rowids."""

import numpy as np

from bot.index.record_terms import _members


def test_members_are_the_keys_in_the_postings_either_way_round() -> None:
    rng = np.random.default_rng(7)
    for keys_n, held_n in [(5, 5000), (5000, 5), (300, 300), (1, 1), (40, 0), (0, 40), (3, 100_000), (6000, 9000), (9000, 6000)]:
        keys = np.unique(rng.integers(0, 40_000, keys_n)).astype(np.int64)
        held = np.unique(np.concatenate([rng.integers(0, 40_000, held_n), keys[::3]])).astype(np.int32)
        if not len(keys) or not len(held):
            continue
        assert (_members(keys, held) == np.isin(keys, held)).all()
    # the longer array's ends: keys past every posting, and before it
    assert _members(np.array([1, 50, 99], dtype=np.int64), np.arange(10, 60, dtype=np.int32)).tolist() == [False, True, False]
    assert _members(np.arange(10, 60, dtype=np.int64), np.array([1, 50, 99], dtype=np.int32)).tolist() == [k == 50 for k in range(10, 60)]
