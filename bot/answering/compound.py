"""Compound questions: "how many sites are there, and what is their total floor area?" asks two
things, which papers rarely answer in one sentence. Each part is asked on its own, carrying the other
parts' words as its subject ("their" floor area is the sites'), and when every part is answered the
answer gives each in turn, each with its own citation."""

import re

from bot.answering.candidates import trim, unique
from bot.models import Reply

# Where a second question starts: ", and what ...", "and on what date ...", "- how often ...",
# "? When ...". A part must have a question word of its own.
_WH = r"(?:how\s+(?:many|much|often|long|big|old)|what|when|who|whom|whose|which|where|on\s+what|in\s+what|by\s+when|at\s+what)\b"
_SPLIT = re.compile(rf"(?:\s*[,;]?\s+and\s+|\s*[,;]\s+|\?\s+)(?={_WH})", re.I)
_LEADING_ASK = re.compile(rf"^\s*{_WH}(?:\s+|$)(?:is|are|was|were|do|does|did|will|has|have|had|can)?\s*", re.I)

PART_CHARS = 280


def parts(question: str) -> list[str]:
    """The separate questions a compound question asks, in order; one part for a simple question.
    Each part asks (has a question word) and has words of its own beyond it ("and when?" adds no question)."""
    pieces = [p.strip(" ,;?-") for p in _SPLIT.split(question)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or not re.search(rf"\b{_WH}", pieces[0], re.I) \
            or any(len(re.findall(r"[A-Za-z0-9]{3,}", _LEADING_ASK.sub("", p))) < 1 for p in pieces[1:]):
        return [question]  # "In the care plan, how many ...": a leading phrase, not a question of its own
    return pieces


def asked_with_subject(pieces: list[str], k: int) -> str:
    """Part k as a question of its own: its words, then what the parts before it are about, without
    their question words ("what is their total floor area" knows whose). A pronoun points back, so a
    part never takes words from the parts after it."""
    if k == 0:
        return pieces[0]
    before = " ".join(_LEADING_ASK.sub("", p) for p in pieces[:k])
    return f"{pieces[k]}? ({before})"


def joined(whole: Reply, answers: list[Reply]) -> Reply:
    """Every part answered from different places: the parts' answers in order, each cited. Otherwise
    the answer to the whole question stands (one sentence may answer both, or a part is not in the
    papers, and a half answer must not read as a whole one)."""
    if len(answers) < 2 or not all(a.answered and a.citations for a in answers):
        return whole
    firsts = {(a.citations[0].document, a.citations[0].page, a.citations[0].line) for a in answers}
    if len(firsts) < len(answers):
        return whole  # the same line answers more than one part: the whole question's answer says it
    text = " | ".join(trim(a.answer, PART_CHARS) for a in answers)
    citations = unique([a.citations[0] for a in answers] + [c for a in answers for c in a.citations[1:2]])
    return Reply(question=whole.question, kind=answers[0].kind, answered=True, answer=text, citations=citations)
