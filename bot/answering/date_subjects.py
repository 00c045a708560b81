"""The thing a "when" question asks about. "When does the Cloverdene UTC open?" asks about a UTC: a line
saying when the Cloverdene crisis cafe opens shares the place and the verb, not the thing, and is no
answer. The thing is the head of the question's subject, the last word before a place or the verb
("the UTC in Bleckmoor Dale", "the Cloverdene UTC"); the line itself (its milestone or row, not its
heading) must name it, in its own words, its family or its spelled-out form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from bot.answering.vocabulary import BODY_WORDS, ROLES

if TYPE_CHECKING:
    from bot.answering.candidates import Candidate
    from bot.answering.matching import Topic

# "when does|will|is the <subject> <verb>": the words between the article and the end of the clause.
_WHEN_SUBJECT = re.compile(r"\bwhen\s+(?:does|do|did|will|is|are|was|were|should|shall|can|would)\s+(?:the|our|a|an|its|their|this|that)\s+"
                           r"(?P<said>[^?,;.()]+)")
# A subject's phrase ends where a place, a time or another thing comes in ("the UTC in Bleckmoor Dale").
_PHRASE_END = re.compile(r"\s(?:in|at|on|for|of|across|within|from|by|to|under|with|and|or|after|before|during)\s")
# Verbs a milestone is asked by, and their particles: the end of the clause, not its subject.
_VERBS = frozenset("open opens start starts begin begins launch launches go goes live finish finishes close closes end ends "
                   "complete completes happen happens take place run runs get be come move moves roll out kick off up "
                   "due ready finished completed opened launched started done expected planned scheduled set".split())


# Words said between the subject and its verb ("when is the UTC now expected to open?"): of the verb, not the thing
_ADVERBS = frozenset("now still currently actually finally then next first eventually really likely definitely".split())


def asked_head(asked: str) -> str | None:
    """The head word of a when-question's subject, as written ("utc"), or None when there is none to read
    (a question naming no article-led subject: "when is it due?")."""
    m = _WHEN_SUBJECT.search(asked.lower())
    if m is None:
        return None
    said = m.group("said")
    cut = _PHRASE_END.search(f" {said} ")
    words = (said[:max(0, cut.start() - 1)] if cut else said).split()
    while words and (words[-1] in _VERBS or words[-1] in _ADVERBS):
        words.pop()
    if len(words) < 1 or (not cut and len(words) == len(said.split())):
        return None  # no verb found after the subject: the clause is not read as subject and verb
    return words[-1]


def misses_subject(candidate: Candidate, head_stems: list[str], topic: Topic, expansions: Mapping[str, str] | None = None) -> bool:
    """The line (its main text and its answer) names none of the subject head's stems, in its words or in
    the words its short forms stand for ("Ollerbrook UTC opens" names a centre: an urgent treatment centre)."""
    text = f"{candidate.main} {candidate.answer}"
    own = topic.stems(text)
    if any(topic.has(stem, own) for stem in head_stems):
        return False
    spelled = " ".join(expansions.get(short.lower(), "") for short in set(_SHORT_FORM.findall(text))) if expansions else ""
    return not (spelled.strip() and any(topic.has(stem, topic.stems(spelled)) for stem in head_stems))


_SHORT_FORM = re.compile(r"\b[A-Z][A-Z&]{1,5}s?\b")  # "UTC", "CDC", "A&E": a short form as papers write it


def head_stems(asked: str, terms: dict[str, float], unknown: frozenset[str], tokenize) -> list[str]:
    """The head's stems that are topic terms the papers write, leaving out words that name only a kind of
    body or work, or people ("when do the workstream leads get together?" asks about a meeting): a head
    no paper writes ("the drop-in alternative to A&E") is the question's own paraphrase of the thing."""
    head = asked_head(asked)
    if head is None or head in BODY_WORDS or head.rstrip("s") in _PEOPLE:
        return []
    stems = [t for t in tokenize(head) if t in terms]
    return [] if any(t in unknown for t in stems) else stems


# Words for people: a role asked ("the SROs") or people in general.
_PEOPLE = frozenset(w for phrases in ROLES.values() for p in phrases for w in [p] if " " not in p) | frozenset(
    "people person member staff leader colleague partner clinician director manager officer".split())
