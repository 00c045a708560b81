"""Text a merged cell spreads over several columns, read back as one text.

A cell merged across columns (one sentence written over P1-P6 of a matrix) comes out of PDF and
layout text cut at each column edge, often mid-word and with the glyph on the edge in both halves:
"We will w | vork with th | ne STP Mer | ntal Health | programm | ne". Cells that were really
separate meet at word boundaries; so a column edge falling inside a word the same document uses
elsewhere ("work", "the", "Mental") is the sign of one merged cell. The word is rebuilt from the
document's own vocabulary, so nothing here knows any paper's wording."""

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[a-z]+")
_TAIL = re.compile(r"([A-Za-z]+)$")
_HEAD = re.compile(r"^([a-z]+)")
MIN_USES = 2  # a rebuilt word must be one the document writes at least this often


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often the document writes each (lower-cased) word: the vocabulary cut words are rebuilt from."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.lower()))
    return counts


def _mend(left: str, right: str, counts: Counter[str]) -> str | None:
    """The word a column edge cut in two, or None when the edge falls between words. The glyph on
    the edge may show in both halves, so the halves are tried whole and less one edge letter each."""
    tail, head = _TAIL.search(left), _HEAD.match(right)
    if not tail or not head:
        return None
    a, b = tail.group(1), head.group(1)
    apart = min(counts[a.lower()], counts[b.lower()])
    tries = [a + b, a[:-1] + b, a + b[1:]]
    best = max((w for w in tries if len(w) > 1), key=lambda w: counts[w.lower()])
    if counts[best.lower()] < MIN_USES or counts[best.lower()] <= apart:
        return None
    return left[: tail.start()] + best + right[head.end():]


def _continues(left: str, right: str) -> bool:
    """The right cell reads on from the left one: it opens in lower case after no full stop."""
    return bool(_HEAD.match(right)) and not left.rstrip().endswith((".", ":", ";", "?", "!"))


def merged_runs(cells: list[str], counts: Counter[str]) -> list[tuple[int, int, str]]:
    """(first, last, text) for each run of neighbouring cells that is one merged cell cut at its
    column edges: at least one edge cuts a word, and every edge of the run reads on."""
    runs: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cells):
        text, end, cut = " ".join(cells[k].split()), k, False
        while end + 1 < len(cells) and cells[end + 1].strip() and text:
            right = " ".join(cells[end + 1].split())
            mended = _mend(text, right, counts)
            if mended is None and not _continues(text, right):
                break
            cut = cut or mended is not None
            text = mended if mended is not None else f"{text} {right}"
            end += 1
        if cut:
            runs.append((k, end, text))
        k = end + 1
    return runs
