"""Which of a question's stems a record field holds, row by row, read from the field's postings rather
than from its text.

A must-do question at national scale makes a candidate of every cell of the asked must-do (17,600 for
"must do 4" over Bay's near-copies), and scoring each read its text into stems. What scoring reads of a
text is only which of the topic's stems (`Topic.any_stem`: its words, their families and spelled-out
forms) it holds, and the record postings (or, for a version built before them, the field's terms read
once per table) say exactly that for every row at once."""

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from bot.index.record_terms import RecordTable
from bot.textnorm import Tokenizer

if TYPE_CHECKING:
    from bot.answering.candidates import Context

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


# A milestone row's (text stems, its initiative's title and row stems) among the topic's, by the row's id()
HeldByRow = dict[int, tuple[frozenset[str], frozenset[str]]]


def held_by_row(ctx: "Context", table: RecordTable, positions: np.ndarray, rows: Sequence[dict]) -> HeldByRow:
    """For milestone rows read from `table` at `positions`: which of the topic's stems each one's text
    holds, and its initiative's title and row text, from the postings. A "when" question at national
    scale makes a candidate of each of ~800 near-copy milestones, and scoring each read its text and
    its initiative's into stems."""
    if not ctx.topic or not len(positions):
        return {}
    over = ctx.topic.any_stem
    fields = [_held_at(table, name, over, positions) for name in ("text", "initiative title", "initiative row_text")]
    return {id(row): (fields[0][k], fields[1][k] | fields[2][k]) for k, row in enumerate(rows)}


def _held_at(table: RecordTable, field: str, stems: Collection[str], positions: np.ndarray) -> list[frozenset[str]]:
    """The stems among `stems` the field holds at each of these positions, in their order."""
    found: list[set[str]] = [set() for _ in range(len(positions))]
    terms = table.field(field)
    for stem in stems:
        for k in np.flatnonzero(terms.mask(stem)[positions]).tolist():
            found[k].add(stem)
    return [frozenset(f) for f in found]


def group_held(ctx: "Context", rows: Sequence[dict], initiative: dict, parts: Sequence[str],
               held: HeldByRow) -> tuple[tuple[frozenset[str], frozenset[str]] | None, tuple[frozenset[str], frozenset[str]] | None]:
    """(`Candidate.main_held`, `Candidate.context_held`) of a milestone candidate made of these rows (its
    main text their texts joined, its context its initiative's title and row text): each None where the
    postings may not say it (the texts could read otherwise joined, a row read from elsewhere, or an
    initiative not the one the rows name, whose title the postings hold)."""
    over = ctx.topic.any_stem
    if any(id(r) not in held or not isinstance(r.get("text"), str) for r in rows):
        return None, None
    main = joined_held(ctx.tokenizer, parts, [held[id(r)][0] for r in rows], over)
    title, row_text, key = initiative.get("title", ""), initiative.get("row_text", ""), rows[0].get("initiative_id")
    same = bool(key) and initiative.get("id") == key and all(r.get("initiative_id") == key for r in rows)
    if not (same and isinstance(title, str) and isinstance(row_text, str)) or ctx.tokenizer.may_join(title, row_text):
        return main, None
    return main, (held[id(rows[0])][1], over)
