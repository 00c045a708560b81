"""Asked when a thing is done, answered by the line saying it is done by a day.

"By when must the data sharing agreement be reviewed?" and "when does the consultation close?" name the
act whose day is asked; a line stating that act with a day after it ("It will be reviewed by the
Programme Board by 31 March 2018", "The consultation closes at 5pm on 15 May 2017") gives that act's
day, where a version table's date, or another act's, only stands near the same words. Such a line fits
the question's form as a row read for its date does."""

import re
from collections.abc import Callable

from bot.answering.tense import past_forms

# "... be reviewed?", "... be signed off?": the participle asked of; "when does it close?", "when will the
# hub open?": the verb asked of, last before the question mark (a particle after it: "go live", "sign off")
_PASSIVE = re.compile(r"\bbe\s+([a-z]{3,}ed|[a-z]{3,}en)(?:\s+(?:off|up|out|live))?\s*\??\s*$", re.IGNORECASE)
_ACTIVE = re.compile(r"^\W*(?:by\s+)?when\s+(?:does|do|did|will|would|should|must|can)\s+[^?]{2,80}?\s+([a-z]{3,})(?:\s+(?:off|up|out|live))?\s*\?",
                     re.IGNORECASE)
_NOT_ACTS = frozenset("happen happening take place start begin due expected planned meant supposed going live".split())
_BEFORE_NOUN = frozenset("in on at of for to the a an all its their our his her by with from each every both".split())
# a word after these is what the thing becomes, not an act ("when do both pilots become operational?")
_COPULAS = frozenset("be become becomes get gets go goes fully".split())
NEAR = 80  # how far after the act its day is written


def asked_act(question: str) -> frozenset[str]:
    """The forms a line would state the asked act in: "reviewed" -> {reviewed}; "close" -> {close,
    closes, closed, closing}; empty when the question names no act."""
    m = _PASSIVE.search(question) or _ACTIVE.match(question)
    if not m:
        return frozenset()
    verb = m.group(1).lower()
    before = re.findall(r"[\w']+", question[:m.start(1)].lower())[-1:]
    if verb in _NOT_ACTS or m.re is _ACTIVE and (not before or before[0] in _BEFORE_NOUN or before[0] in _COPULAS or before[0].isdigit()):
        return frozenset()  # ("... be live in all 14 neighbourhoods?": its last word is a noun, not the act)
    if m.re is _PASSIVE:
        return frozenset({verb})
    return frozenset({verb, verb + "s", *past_forms(verb), (verb[:-1] if verb.endswith("e") else verb) + "ing"})


def states_act(text: str, forms: frozenset[str], dates: Callable[[str], list[tuple[int, int, str]]]) -> bool:
    """The text states the act with a day after it, by a preposition that dates it ("by 31 March 2018",
    "on 15 May 2017")."""
    if not forms:
        return False
    low = text.lower()
    for m in re.finditer(r"[a-z]+", low):
        if m.group(0) in forms:
            after = re.split(r"[;|]|\.\s", text[m.end():m.end() + NEAR], maxsplit=1)[0]  # (its own clause: not the next act's day)
            for start, _, _ in dates(after):
                if re.search(r"\b(?:by|on|in|from|before|until)\s+(?:\S+\s+){0,2}$", after[:start], re.IGNORECASE):
                    return True
    return False
