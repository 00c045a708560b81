"""A post handed from one holder to another ("SRO changes from Callum Dearlove to Harriet Ossington, with
effect from 1 February 2018", "passes from A to B on 1 April"): from that day the post is the second
person's, though a tracker still names the first. Asked who holds it on or after the day, the first is no
answer and the line answers with the second."""

import re
from datetime import date

from bot.answering import types
from bot.index.store import PlanIndex
from bot.models import Passage
from bot.records.dates import normalise
from bot.textnorm import Tokenizer

_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_HANDOVER = re.compile(rf"\b(?:changes?|changed|changing|pass(?:es|ed)?|transfers?|transferred|moves?|moved|hands?|handed)\s+"
                       rf"(?:over\s+)?from\s+(?P<old>{_NAME})\s+to\s+(?P<new>{_NAME})")
# A question asked of the past ("who was the SRO before ...?"): whoever held the post then may answer
ASKS_PAST = re.compile(r"\b(?:was|were|previous(?:ly)?|former(?:ly)?|before|used to|originally|predecessor|outgoing|until)\b", re.IGNORECASE)
_EFFECT = re.compile(r"\b(?:with effect from|effective(?: from)?|w\.?e\.?f\.?|from|on|as of)\s+$", re.IGNORECASE)


# "B (Interim CIO) is SRO from 1 May 2018, replacing A, who has left": the one replaced, after the new holder.
_REPLACING = re.compile(rf"\b(?:replacing|replaces|replaced|succeeding|succeeds|succeeded|in place of|tak(?:es|ing) over from|took over from)\s+"
                        rf"(?P<old>{_NAME})")


# "A ... steps down from the SRO role at the end of March, and B ... is the SRO from 1 April 2017": a going,
# then the one who holds the post from a day
_STEPPING_DOWN = re.compile(r"\b(?:steps?|stepped|stepping|stands?|stood|standing)\s+down\b|\b(?:retires|retiring|is\s+leaving|leaves)\b",
                            re.IGNORECASE)
_FROM_DAY = re.compile(r"\b(?:from|with effect from|effective(?: from)?|as of)\s+$", re.IGNORECASE)
STEP_SPAN = 200  # the most characters from the going to the day the next holder starts


def handover(text: str, today: date) -> tuple[str, str] | None:
    """(from, to) of a handover the text states that has taken effect by `today` (one with no day has)."""
    m = _HANDOVER.search(text)
    if m is None:
        return _replacing(text, today) or _stepping_down(text, today)
    for start, _, phrase in types.dates(text[m.end():]):
        if _EFFECT.search(text[m.end():m.end() + start]):
            begin = normalise(phrase).start
            return (m.group("old"), m.group("new")) if begin is None or begin <= today else None
    return m.group("old"), m.group("new")


HANDOVER_PASSAGES = 5  # the passages best matching a person's surname, read for a handover of theirs


def handed_on(name: str, roles: list[str], index: PlanIndex, tokenizer: Tokenizer, today: date, initials: str | None = None) -> bool:
    """Whether the papers say the person named handed a post asked about (or any post, when none is
    asked) to someone else by `today`. `initials`: how the paper answering writes them ("DB"), which a later
    paper's handover may name them by too ("Kezia Marchetti replaces DB as lead"). Looked up once per person,
    roles and day in a version."""
    known = index.memo("handed on", dict)
    key = (name, tuple(roles), today, initials)
    if key not in known:
        known[key] = any(_handed_on(said, roles, index, tokenizer, today) for said in (name.split()[-1], initials) if said)
    return known[key]


def _handed_on(said: str, roles: list[str], index: PlanIndex, tokenizer: Tokenizer, today: date) -> bool:
    """Whether a handover the papers state names as its old holder the person `said` names (their surname,
    or their initials as a paper writes them)."""
    return _handover_of(said, roles, index, tokenizer, today) is not None


def successor(name: str, roles: list[str], index: PlanIndex, tokenizer: Tokenizer, today: date,
              initials: str | None = None) -> tuple[str, Passage, str] | None:
    """(new holder, the passage stating the handover, its sentence) of the post the person named handed
    on by `today`, as `handed_on` finds it: "Mr Sunil Atherley-Booth takes over from Dr Gideon Fairhurst
    from 1 March 2017" makes the row naming Fairhurst as Lot 3's lead answer with Atherley-Booth."""
    known = index.memo("successors", dict)
    key = (name, tuple(roles), today, initials)
    if key not in known:
        known[key] = next((found for said in (name.split()[-1], initials) if said
                           for found in [_handover_of(said, roles, index, tokenizer, today)] if found), None)
    return known[key]


def _handover_of(said: str, roles: list[str], index: PlanIndex, tokenizer: Tokenizer, today: date) -> tuple[str, Passage, str] | None:
    """The first handover the papers state (by `today`) whose old holder is the person `said` names."""
    from bot.answering.candidates import role_in

    for passage in index.passages([h.seq for h in index.engine.search(tokenizer(said), k=HANDOVER_PASSAGES)]):
        sentences = re.split(r"(?<=[.;])\s+", " ".join(passage.text.split()))
        # each sentence, and each with the one before ("A has been SRO since 2016. He steps down ...")
        for sentence in [*sentences, *(f"{a} {b}" for a, b in zip(sentences, sentences[1:]))]:
            done = handover(sentence, today) if said in sentence else None
            if done and (done[0].split()[-1] == said or done[0] == said) and (not roles or any(role_in(r, sentence) for r in roles)):
                return done[1], passage, sentence
    return None


def _replacing(text: str, today: date) -> tuple[str, str] | None:
    """(from, to) of "B ... from <day>, replacing A": B is the first person the text names before
    "replacing"; the day, when given after "from" (or "with effect from") before it or after A, must have come."""
    m = _REPLACING.search(text)
    if m is None:
        return None
    before = text[:m.start()]
    new = next(iter(types.people(before)), None)
    if new is None or new[2].split()[-1] == m.group("old").split()[-1]:
        return None
    after = text[m.end():]  # "B takes over from A from 1 March 2017": the day may follow the one replaced too
    for start, _, phrase in [*types.dates(before), *((at + m.end(), end, said) for at, end, said in types.dates(after))]:
        if _EFFECT.search(text[:start]):
            begin = normalise(phrase).start
            if begin is not None and begin > today:
                return None
    return m.group("old"), new[2]


def _stepping_down(text: str, today: date) -> tuple[str, str] | None:
    """(from, to) of "A ... steps down ..., and B ... is the SRO from <day>": A is the last person named
    before the going (the sentence before, when this one says "He"), B the first named after it, whose
    post begins on a day after B's name that has come by `today`."""
    m = _STEPPING_DOWN.search(text)
    if m is None:
        return None
    old = list(types.people(text[:m.start()]))
    after = text[m.end():]
    new = next(iter(types.people(after)), None)
    if not old or new is None or old[-1][2].split()[-1] == new[2].split()[-1]:
        return None
    for start, _, phrase in types.dates(after[new[0]:]):
        if new[0] + start > STEP_SPAN:
            break
        if _FROM_DAY.search(after[new[0]:new[0] + start]):
            begin = normalise(phrase).start
            return (old[-1][2], new[2]) if begin is not None and begin <= today else None
    return None
