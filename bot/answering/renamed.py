"""A programme renamed: staff ask by the name they know ("the Best Start in Life programme") when the
papers now write the new one ("HT06 Children, Young People & Maternity"). A paper that says so
("HT06 was called Best Start in Life until 30 September", "... is now Children, Young People &
Maternity (it was Best Start in Life)", "X (formerly Y)") makes the old name's words match the new
name's, for that question.

Read once per version, from the passages that use the words a renaming is told with ("renamed",
"formerly", "previously"): none, in most papers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering.lexicon import Lexicon

if TYPE_CHECKING:
    from bot.answering.analysis import Analysis

_NAME = r"[A-Z0-9][\w&'’/-]*(?:(?:[ ,]+(?:&|and|of|the|in|for|to|on|at|with))*[ ,]+[A-Z0-9][\w&'’/-]*)*"  # ends on a capital
_RENAMINGS = (
    # "HT06 was called Best Start in Life until ...", "... was known as X"
    re.compile(rf"(?P<new>{_NAME})\s+(?:was|were)\s+(?:called|named|known as)\s+(?P<old>{_NAME})"),
    # "HT06 is now Children, Young People & Maternity (it was Best Start in Life)"
    re.compile(rf"(?P<new>{_NAME})\s+is\s+now\s+(?P<now>{_NAME})\s*\((?:it\s+)?was\s+(?P<old>{_NAME})\)"),
    # "Children & Maternity (formerly Best Start in Life)", "(previously ...)"
    re.compile(rf"(?P<new>{_NAME})\s*\((?:formerly|previously|renamed from)\s+(?P<old>{_NAME})\)"),
    # "the Best Start in Life programme (HT06) is renamed Children, ...", "X has been renamed (as|to) Y"
    re.compile(rf"(?P<old>{_NAME})(?:\s+(?:programme|workstream|project))?(?:\s*\((?P<code>[^)]{{1,12}})\))?\s+"
               rf"(?:has been|was|is|were)\s+renamed\s+(?:as\s+|to\s+)?(?P<new>{_NAME})"),
)
_TOLD = ("renam", "former", "previous")  # the stems a paper stating a renaming writes it with, or near it
PASSAGES = 200  # the passages read for renamings, once per version: those holding most of those words
MIN_WORDS = 2  # an old name of one word ("Digital") is asked about too often to stand for another


def renamed(analysis: Analysis, lex: Lexicon) -> None:
    """Each topic stem of an old name the question gives in full is also found by the new name's stems."""
    if not analysis.terms:
        return
    asked = set(analysis.terms)
    for old, new in lex.index.memo("renamings", lambda: _renamings(lex)):
        if old <= asked:
            for stem in old:
                analysis.kindred[stem] = analysis.kindred.get(stem, frozenset()) | new


def _renamings(lex: Lexicon) -> list[tuple[frozenset[str], frozenset[str]]]:
    """(the old name's stems, the new name's) of every renaming the papers state, read once per version
    from the passages that use the words a renaming is told with (none, in most papers)."""
    told = [s for s in _TOLD if lex.df(s)]
    if not told:
        return []
    tok = lex.tokenizer
    out: dict[frozenset[str], frozenset[str]] = {}
    for passage in lex.index.passages([h.seq for h in lex.index.engine.search(told, k=PASSAGES)]):
        text = " ".join(passage.text.split())
        for pattern in _RENAMINGS:
            for m in pattern.finditer(text):
                said = m.groupdict()
                old = frozenset(tok(said["old"]))
                new = frozenset(tok(" ".join(said[g] or "" for g in ("new", "now", "code") if g in said))) - old
                if len(old) >= MIN_WORDS and new:
                    out[old] = out.get(old, frozenset()) | new
    return list(out.items())
