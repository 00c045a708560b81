"""What a sentence is read with besides its own words: the sentence or prose it points back to ("We
estimate this to be £225m"), the numbered item it is indented under, the line its list hangs from. Each
is read as part of the sentence (its words count as the sentence's) and cited beside it."""

import re

from bot.answering.candidates import Context
from bot.answering.candidates.list_intro import list_intro
from bot.index.passages import Snippet, lead_in_line
from bot.models import Citation, Passage, SourceLine
from bot.textnorm import squash

QUOTE_CHARS = 300


def pointed_back(ctx: Context, passage: Passage, pieces: list[Snippet], k: int) -> tuple | None:
    """(the text, its citation if from an earlier passage) that a sentence opening "This ...", "We
    estimate this ..." points back to: the sentence before it, or the prose before a list in front of it."""
    piece = pieces[k]
    if piece.cell != 0 or not _REFERS_BACK.match(piece.text):
        return None
    if k > 0:
        return (pieces[k - 1].text,) if pieces[k - 1].cell == 0 else None
    earlier = referent(ctx, passage)
    return (earlier[1].text, cite_line(*earlier)) if earlier else None


# A sentence that opens by pointing back ("This will ...", "We estimate this to be £225m") is about what
# came before it.
_REFERS_BACK = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:this|these|those|it|they|such)\b(?!\s+(?:year|month|week|plan|paper|report|document|section|strategy)\b)",
                          re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-•·*▪●o]\s|\d{1,2}[.)]\s)")


_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*▪])\s+\S")


def item_head(passage: Passage, piece: Snippet) -> tuple | None:
    """(the item's first line, its citation) for a line indented under a numbered or bulleted item
    ("20. Approve capital of £18.7m for the hub" / "    Proposed by ...; seconded by Devinder Oakcroft"):
    the indented lines say more about that item, and are read with it."""
    if piece.cell != 0:
        return None
    units = passage.units
    at = next((i for i, u in enumerate(units) if u.line == piece.unit.line and u.page == piece.unit.page), None)
    if at is None or _indent(units[at].text) == 0 or _ITEM.match(units[at].text):
        return None  # a sub-item is an item of its own list, not more about the one above
    for i in range(at - 1, -1, -1):
        if not units[i].text.strip():
            return None
        if _indent(units[i].text) < _indent(units[at].text):
            return (squash(units[i].text), cite_line(passage, units[i])) if _ITEM.match(units[i].text) else None
    return None


LEAD_IN_LINES = 6  # the lines looked back through for a lead-in


def lead_in(passage: Passage, piece: Snippet) -> str | None:
    """The short line ending in a colon that the lines under it hang from ("By 17/18:" over "95% of GP
    practices offering ..." and the other aims for that year, their bullets lost on the way out of a
    slide): what it says (a year, a place) holds for each of them, so it is read as their context. A
    longer line ending in a colon introduces a list of its own (list_intro.py), and stops the look back;
    so do more than a few lines between."""
    if piece.cell != 0:
        return None
    units = passage.units
    at = next((i for i, u in enumerate(units) if u.line == piece.unit.line and u.page == piece.unit.page), None)
    if at is None:
        return None
    looked = 0
    for unit in reversed(units[:at]):  # (a lead-in too short to stand alone opens the passage: passages.py)
        text = squash(unit.text)
        if not text:
            continue
        if text.endswith(":"):
            return text if lead_in_line(text) else None
        looked += 1
        if looked >= LEAD_IN_LINES:
            return None
    return None


def run_in_head(pieces: list[Snippet], k: int) -> tuple | None:
    """(the heading, ) that a sentence's paragraph opens with, run in before its first sentence ("2. Crisis
    café (P5.1). The lease ... was signed on 3 March. Opening moves from Mar-17 to 31/05/2017."): a
    minute's item or a report's paragraph titled in its own first words is about that title throughout."""
    piece = pieces[k]
    if piece.cell != 0 or k == 0:
        return None
    same = [j for j in range(k) if pieces[j].cell == 0 and pieces[j].unit == piece.unit]
    if not same:
        return None
    head = pieces[same[0]].text
    if _NUMBER_ALONE.match(head):  # "2." cut off as a sentence of its own: the title is the next one
        if len(same) < 2:
            return None
        head = f"{head} {pieces[same[1]].text}"
    return (head,) if _RUN_IN.match(head) and len(head.split()) <= RUN_IN_WORDS else None


RUN_IN_WORDS = 6  # a title, not a sentence
# "2. Crisis café (P5.1).", "Estates:": a numbered item's title, ended by a full stop or a colon
_NUMBER_ALONE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s*$")
_RUN_IN = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+[A-Z](?:[^.!?;:()]|\([^()]{1,20}\)){2,70}[.:]\s*$")  # "(P5.1)" a ref


# "Response", "Answer:", "A:", "Reply": the label between a question a paper sets out and its answer
_ANSWER_LABEL = re.compile(r"^\s*(?:response|answer|reply|our response|a)\s*[:.]?\s*$", re.IGNORECASE)
_ASKED_LINE = re.compile(r"\?[\"”’']?\s*$")
ANSWER_LINES = 8  # lines of an answer, at most, between its sentence and the question it answers


class AskedBefore(tuple):
    """(question, citation): a question a paper answers below it, read with its answer's lines."""


def answered_question(ctx: Context, passage: Passage, piece: Snippet) -> tuple | None:
    """(the question, its citation) that a line of an answer answers: a paper setting out questions and
    its answers (an FOI response, a staff Q&A, "Question 2 / "What is the capital cost ...?" / Response /
    The total capital cost is £4.6 million") answers each in words that lean on the question, so the
    answer's sentences are read with it. Found above the line, past the answer's label, within its block."""
    if piece.cell != 0:
        return None
    units = passage.units
    at = next((i for i, u in enumerate(units) if u.line == piece.unit.line and u.page == piece.unit.page), None)
    if at is None or _ASKED_LINE.search(units[at].text):
        return None
    found = _question_above(units, at)
    if found == _READ_ON and passage.seq > 0:  # the label opens the passage: the question closes the one before
        before = next(iter(ctx.index.passages([passage.seq - 1])), None)
        if before is not None and before.document == passage.document:
            units = [*before.units, *units]
            found = _question_above(units, at + len(before.units))
    if not isinstance(found, int):
        return None
    first = found
    while first > 0 and units[first - 1].text.strip() and not _ASKED_LINE.search(units[first - 1].text) \
            and found - first < 2 and not re.match(r"^\s*question\b", units[first - 1].text, re.IGNORECASE):
        first -= 1  # a question wrapped over lines
    asked = squash(" ".join(units[k].text for k in range(first, found + 1)))
    return AskedBefore((asked, cite_line(passage, units[first])))


_READ_ON = "read on"  # the scan reached the passage's top past an answer's label


def _question_above(units: list[SourceLine], at: int) -> int | str | None:
    """The line of the question above line `at`, past the answer's label; _READ_ON when the label is
    all there is above it in these lines; else None."""
    labelled = False
    for i in range(at - 1, max(-1, at - 1 - ANSWER_LINES), -1):
        text = units[i].text
        if _ANSWER_LABEL.match(text):
            labelled = True
            continue
        if not text.strip():
            continue
        if _ASKED_LINE.search(text):
            return i if labelled else None  # (a question in running prose is not one the paper answers below a label)
        if labelled:
            return None  # the label's line above is not a question: not this layout
    return _READ_ON if labelled and at - 1 - ANSWER_LINES < 0 else None


def introduced(ctx: Context, passage: Passage, piece: Snippet) -> tuple | None:
    """(the line introducing the list, its citation) for a list item's line (list_intro.py)."""
    if piece.cell != 0 or piece.source is not piece.unit and piece.source != piece.unit:
        return None
    found = list_intro(ctx, passage, piece.unit)
    return (squash(found[1].text), cite_line(*found)) if found else None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def referent(ctx: Context, passage: Passage, back: int = 3) -> tuple[Passage, SourceLine] | None:
    """The prose a passage's opening points back to: the last line that is not a list item in the few
    passages before it under the same heading (a list often stands between "estimated to achieve
    savings through:" and "We estimate this to be £225m")."""
    seqs = list(range(passage.seq - 1, max(passage.seq - 1 - back, -1), -1))
    for before in ctx.index.passages(seqs):
        if before.document != passage.document or before.section != passage.section:
            break
        prose = [u for u in before.units if u.text.strip() and not _BULLET.match(u.text)]
        if prose:
            return before, prose[-1]
    return None


def cite_line(passage: Passage, unit: SourceLine) -> Citation:
    quote = unit.text if len(unit.text) <= QUOTE_CHARS else unit.text[:QUOTE_CHARS].rsplit(" ", 1)[0]
    return Citation(document=passage.document, title=passage.title, page=unit.page,
                    line=unit.line if unit.page is None else None, section=passage.section, quote=quote, area=passage.area)
