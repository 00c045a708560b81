"""Which of a question's stems a record field holds, row by row, read from the field's postings rather
than from its text.

A must-do question at national scale makes a candidate of every cell of the asked must-do (17,600 for
"must do 4" over Bay's near-copies), and scoring each read its text into stems. What scoring reads of a
text is only which of the topic's stems (`Topic.any_stem`: its words, their families and spelled-out
forms) it holds, and the record postings (or, for a version built before them, the field's terms read
once per table) say exactly that for every row at once."""

from collections.abc import Collection, Sequence

import numpy as np

from bot.index.record_terms import RecordTable
from bot.textnorm import Tokenizer

NONE: frozenset[str] = frozenset()


def held_stems(table: RecordTable, field: str, stems: Collection[str]) -> dict[int, frozenset[str]]:
    """For each row position of `table` holding any of `stems` in `field`, the ones it holds."""
    held: dict[int, set[str]] = {}
    terms = table.field(field)
    for stem in stems:
        for i in np.flatnonzero(terms.mask(stem)).tolist():
            held.setdefault(i, set()).add(stem)
    return {i: frozenset(found) for i, found in held.items()}


def joined_held(tokenizer: Tokenizer, parts: Sequence[str], held: Sequence[frozenset[str]],
                over: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the stems among `over` that `" ".join(parts)` holds, `over`), given each part's (`held`), for
    `Candidate.main_held`; None when the parts could read otherwise joined ("A &" + "E")."""
    if tokenizer.joins_across(tuple(parts)):
        return None
    return NONE.union(*held), over
