"""A table cell that is prose: a board paper's "Assessment" box in SBAR form, a highlight report's
"Narrative" cell. Several sentences on different matters (leadership, milestones, finance) share one
cell, so the whole cell matches every question about any of them and answers none: the row speaks
through the one sentence that holds the asked kind of answer and most of the question's words."""

from __future__ import annotations

import re

from bot.answering import types
from bot.answering.candidates import Context

# A cell this long, in at least this many sentences, is prose, not a value.
PROSE_CELL = 300
PROSE_SENTENCES = 3
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z(£\d])")


def prose_sentence(ctx: Context, text: str) -> str | None:
    """The cell's sentence answering the question, or None when the cell is a value, not prose."""
    flat = " ".join(text.split())
    if len(flat) < PROSE_CELL or not ctx.topic:
        return None
    sentences = _SENTENCE_END.split(flat)
    if len(sentences) < PROSE_SENTENCES:
        return None
    want, common = ctx.analysis.want, ctx.lex.common

    def fit(sentence: str) -> tuple[bool, float]:
        return types.holds(want, sentence, common), ctx.topic.coverage(sentence)[1]

    return max(sentences, key=fit)
