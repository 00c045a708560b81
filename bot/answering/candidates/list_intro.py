"""The line a bulleted list hangs from ("Assess options for future delivery of the following services:"),
read with each of its items. An item alone ("- neonatology including NICU") says what is on the list,
not what the list is of: "is neonatal care among the services the workstream will assess?" is answered
by the item, read with its introduction. On a slide turned into text the list may be split from its
introduction by stray fragments of other text boxes ("will focus", "17/18"), and over passages."""

import re

from bot.answering.candidates import Context
from bot.models import Passage, SourceLine
from bot.textnorm import squash

INTRO_PASSAGES = 3  # the passages before an item's own looked back through
FRAGMENT_WORDS = 2  # a line of no more words, not a list item, is a stray fragment passed over
_ITEM = re.compile(r"^\s*(?:[-•·*▪●◦]\s|\d{1,2}[.)]\s)")
_STOP = SourceLine(text="", page=None, line=0)


def list_intro(ctx: Context, passage: Passage, unit: SourceLine) -> tuple[Passage, SourceLine] | None:
    """(the passage, the line) introducing the list whose item is on this line, or None when the line
    is no list item or no line ending in a colon comes before it with only items and fragments between."""
    if not _ITEM.match(unit.text):
        return None
    units = passage.units
    at = next((i for i, u in enumerate(units) if u.line == unit.line and u.page == unit.page), None)
    if at is None:
        return None
    found = _intro(units[:at])
    if found is not None:
        return (passage, found) if found is not _STOP else None
    seqs = list(range(passage.seq - 1, max(passage.seq - 1 - INTRO_PASSAGES, -1), -1))
    for before in ctx.index.passages(seqs):
        if before.document != passage.document:
            return None
        found = _intro(before.units)
        if found is not None:
            return (before, found) if found is not _STOP else None
    return None


def _intro(units: list[SourceLine]) -> SourceLine | None:
    """The last line ending in a colon, passing back over items and fragments; _STOP at any other line,
    None when all were items or fragments (the introduction may be further back)."""
    for unit in reversed(units):
        text = squash(unit.text)
        if not text:
            continue
        if text.endswith(":"):
            return unit
        if _ITEM.match(unit.text) or len(text.split()) <= FRAGMENT_WORDS:
            continue
        return _STOP
    return None
