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
PERSON_CHARS = 40  # an answer's lead: who holds the post


# "who's the SRO and clinical lead for X?": two posts asked of one remit, each a question of its own
_POSTS = r"(?:sro|senior responsible (?:officer|owner)|clinical lead|clinical director|chair|vice[\s-]chair|programme director|programme manager|executive lead)"
_POST_PAIR = re.compile(rf"^(?P<ask>\W*who(?:['’]s|\s+is|\s+are)?\s+)(?:the\s+)?(?P<a>{_POSTS})s?\s+(?:and|&|\+)\s+(?:the\s+)?(?P<b>{_POSTS})s?\b(?P<rest>.*)$", re.I)


def post_pair(question: str) -> list[str]:
    """"who's sro and clinical lead for the primary care workstream?" -> a question for each post, each
    with the remit; [] when the question asks one post."""
    m = _POST_PAIR.match(question)
    if not m or m.group("a").lower() == m.group("b").lower():
        return []
    return [f"who is the {m.group(post)}{m.group('rest')}" for post in ("a", "b")]


def parts(question: str) -> list[str]:
    """The separate questions a compound question asks, in order; one part for a simple question.
    Each part asks (has a question word) and has words of its own beyond it ("and when?" adds no question)."""
    paired = post_pair(question)
    if paired:
        return paired
    pieces = [p.strip(" ,;?-") for p in _SPLIT.split(question)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or not re.search(rf"\b{_WH}", pieces[0], re.I) \
            or any(len(re.findall(r"[A-Za-z0-9]{3,}", _LEADING_ASK.sub("", p))) < 1 for p in pieces[1:]):
        return [question]  # "In the care plan, how many ...": a leading phrase, not a question of its own
    return pieces


def _same_remit(pieces: list[str]) -> bool:
    """Parts made by `post_pair`: each "who is the <post>" with the same words after it."""
    rests = {re.sub(rf"^who is the {_POSTS}", "", p, flags=re.I) for p in pieces}
    return len(rests) == 1 and all(re.match(rf"^who is the {_POSTS}", p, re.I) for p in pieces)


def asked_with_subject(pieces: list[str], k: int) -> str:
    """Part k as a question of its own: its words, then what the parts before it are about, without
    their question words ("what is their total floor area" knows whose). A pronoun points back, so a
    part never takes words from the parts after it."""
    if k == 0 or _same_remit(pieces):
        return pieces[k]  # (two posts asked of one remit: each part says the remit itself)
    before = " ".join(_LEADING_ASK.sub("", p) for p in pieces[:k])
    return f"{pieces[k]}? ({before})"


def joined(whole: Reply, answers: list[Reply], posts: bool = False) -> Reply:
    """Every part answered from different places: the parts' answers in order, each cited. Otherwise
    the answer to the whole question stands (one sentence may answer both, or a part is not in the
    papers, and a half answer must not read as a whole one)."""
    if len(answers) < 2 or not all(a.answered and a.citations for a in answers):
        return whole
    firsts = {(a.citations[0].document, a.citations[0].page, a.citations[0].line) for a in answers}
    if len(firsts) < len(answers) and not (posts and len({a.answer[:PERSON_CHARS] for a in answers}) == len(answers)):
        return whole  # the same line answers more than one part: the whole question's answer says it (not so of
        # two posts, where the line names each holder: "SRO: A; Clinical lead: B" is led by A alone)
    text = " | ".join(trim(a.answer, PART_CHARS) for a in answers)
    citations = unique([a.citations[0] for a in answers] + [c for a in answers for c in a.citations[1:2]])
    return Reply(question=whole.question, kind=answers[0].kind, answered=True, answer=text, citations=citations)
