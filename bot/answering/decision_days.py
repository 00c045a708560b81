"""Asked on what day a body decided something, answered by the day of the meeting whose paper records it.

"On what date did the Board agree a new scheme owner for SC1?", "what date was the PDB meeting that moved
the UTC?", "which PB meeting signed off the change requests?": minutes and notes record a decision in a
sentence ("The Board agreed that X becomes scheme owner with effect from 1 April 2017") whose own dates are
what was decided, not when. The day it was decided is the meeting's, which the paper states once at its
head ("Note of the meeting held on Wednesday 15 March 2017"). So the line recording the decision answers,
led by that day, with the head line cited beside it: the day is on a cited line, never inferred."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering import types
from bot.answering.decisions import DECIDED
from bot.models import Citation
from bot.reading.titles import stated_date
from bot.records.dates import normalise

if TYPE_CHECKING:
    from bot.answering.candidates import Candidate
    from bot.index.store import PlanIndex

_WHEN = r"\b(?:when|what (?:date|day)|which (?:date|day)|which (?:[\w&'-]+\s+){0,3}?(?:meeting|mtg|session|sitting))\b"
# a decision in the past: "did the Board agree", "was it approved", "the meeting that moved", "did ... meet that put ... back"
_DECIDED_ASKED = re.compile(
    _WHEN + r"[^?]{0,80}?(?:\bdid\b[^?]{0,80}?\b(?:agree|approve|decide|sign(?:\s+\w+)?\s+off|ratify|endorse|reject|turn\s+down|"
    r"rule\s+on|give\b[^?]{0,30}?\bgo-?ahead|meet\s+(?:that|which|and)\b)|"
    r"\b(?:agreed|approved|decided|signed\s+off|ratified|endorsed|rejected|turned\s+down|ruled\s+on|given\s+the\s+go-?ahead)\b|"
    r"\b(?:meeting|mtg|session)\s+(?:that|which)\s+\w+)", re.IGNORECASE)
# a paper of a meeting: its head says so ("Minutes of the meeting held on ...", "Note of the meeting", "Action log")
_MEETING_PAPER = re.compile(r"\b(?:minutes|note of|notes of|meeting held|held on|record of|action log)\b", re.IGNORECASE)
HEAD_LINES = 12  # where a paper states its meeting's day
DAY_FIT = 1.0  # the line recording the decision, led by its meeting's day, is the answer's very form


def asks_decision_day(question: str) -> bool:
    return bool(_DECIDED_ASKED.search(question))


def lead_with_meeting_day(found: list[Candidate], index: PlanIndex) -> None:
    """Each line recording a decision, in a paper of a meeting whose head states its day, is led by that
    day and cites the head line; it fits the question's form."""
    for candidate in found:
        if candidate.source != "sentence" or not candidate.citations or not DECIDED.states(candidate.main):
            continue
        own = dated_on(candidate.main)  # "The Board approved the OBC on 26 June 2025": the line says when
        head = None if own else meeting_day(index, candidate.citations[0].document)
        if own is None and head is None:
            continue
        day = own or head[0]  # type: ignore[index]
        body = candidate.answer[len(candidate.item) + 2:] if candidate.item and candidate.answer.startswith(f"{candidate.item}: ") else candidate.answer
        candidate.answer, candidate.item = f"{day}: {body}", day
        candidate.citations = [*candidate.citations, *([head[1]] if head else [])]
        candidate.fits_form = DAY_FIT


_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)


def dated_on(text: str) -> str | None:
    """The day a line says a thing happened on ("approved the OBC on 26 June 2025"); a date moved to
    ("to 31 January 2018") or one from which a change runs ("with effect from 1 April 2017") is no such day."""
    return next((raw for start, _, raw in types.dates(text) if _ON.search(text[max(0, start - 12):start])), None)


def meeting_day(index: PlanIndex, document: str) -> tuple[str, Citation] | None:
    """The day a meeting paper states at its head, and the head line stating it (None for a paper of no
    meeting, or one stating no day): read once per paper."""
    known: dict[str, tuple[str, Citation] | None] = index.memo("meeting days", dict)
    if document not in known:
        known[document] = _read_meeting_day(index, document)
    return known[document]


def _read_meeting_day(index: PlanIndex, document: str) -> tuple[str, Citation] | None:
    doc = index.db.execute("select id, title from documents where file_name = ?", [document]).fetchone()
    if doc is None:
        return None
    rows = index.db.execute("select page, line, text from lines where doc_id = ? and trim(text) != '' order by seq limit ?",
                            [doc[0], HEAD_LINES]).fetchall()
    texts = [text for _, _, text in rows]
    day = stated_date(texts)
    if not day or not _MEETING_PAPER.search(" ".join(texts)):
        return None
    when = normalise(day)
    if when.precision != "day":
        return None
    for page, line, text in rows:
        if any(normalise(raw).start == when.start for _, _, raw in types.dates(text)):
            quote = " ".join(text.split())
            return day, Citation(document=document, title=doc[1], page=page, line=line if page is None else None, section=None,
                                 quote=quote[:QUOTE_CHARS].rsplit(" ", 1)[0] if len(quote) > QUOTE_CHARS else quote)
    return None


QUOTE_CHARS = 200
