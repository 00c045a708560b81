"""Asked of what happened, answered by what is said to have happened.

"When did the crisis café open?" asks for the day it opened, not the day it was planned to: a paper
written later says "the café opened on 9 November 2026" while the plan still says "Sep 2027: café
opens". A question about a past event (did ..., when was ... <done>) is answered best by a line that
states the asked verb in the past ("opened", "was published", "began"), not by a plan of it."""

import re

# "when was it meant to open?", "when did it have to be done by?": still a plan, however past the wording
_PLANNED = re.compile(r"\b(?:meant|supposed|due|planned|scheduled|expected|intended|going|set|have to|had to|need(?:ed)? to|should|will|would)\b",
                      re.IGNORECASE)
_CLAUSE = re.compile(r"\b(did|didn't|was|were)\s+((?:(?!\band\b|\bor\b)[^?.;!,])+)", re.IGNORECASE)
_PREPOSITIONS = frozenset("in at on by for to with from into under".split())
_WORD = re.compile(r"[A-Za-z]+")
_STATED_PLAN = re.compile(r"\b(?:to be|will be|be|to|will)\s+$", re.IGNORECASE)

# past forms that say a thing was planned, not done
PLAN_WORDS = frozenset("planned scheduled expected proposed intended targeted forecasted forecast agreed dated".split())

# the common irregular pasts of verbs staff ask "when did it ...?" of
IRREGULAR = {"begin": ("began", "begun"), "meet": ("met",), "hold": ("held",), "go": ("went", "gone"), "take": ("took", "taken"),
             "come": ("came",), "become": ("became",), "make": ("made",), "give": ("gave", "given"), "run": ("ran",),
             "send": ("sent",), "write": ("wrote", "written"), "put": ("put",), "set": ("set",), "agree": ("agreed",),
             "sign": ("signed",), "choose": ("chose", "chosen"), "pay": ("paid",), "buy": ("bought",), "get": ("got",)}


def asked_pasts(question: str) -> frozenset[str]:
    """The past forms a question about a finished event asks to see stated: "when did the café open"
    -> {"opened"}, "when was the plan published" -> {"published"}; empty for a question about a plan."""
    if _PLANNED.search(question):
        return frozenset()
    forms: set[str] = set()
    for match in _CLAUSE.finditer(question):
        done = match.group(1).lower() in ("was", "were")  # "when was it published": only its participle
        words = _WORD.findall(match.group(2).lower())
        for at, word in enumerate(words):
            after = words[at + 1] if at + 1 < len(words) else None
            if word.endswith("ed") and len(word) > 4 and (not done or after is None or after in _PREPOSITIONS):
                forms.add(word)  # a participle, not "the revised date"
            elif not done:
                forms.update(past_forms(word))
    return frozenset(forms - PLAN_WORDS)


def past_forms(verb: str) -> tuple[str, ...]:
    """open -> opened, close -> closed, stop -> stopped, apply -> applied, begin -> began, begun."""
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return (verb[:-1] + "ied",)
    forms = (verb + "ed",)
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms += (verb + verb[-1] + "ed",)
    return forms


def states_past(text: str, forms: frozenset[str]) -> bool:
    """The text says the asked event happened: one of the past forms, not as a plan ("to be opened")."""
    if not forms:
        return False
    for match in _WORD.finditer(text):
        if match.group(0).lower() in forms and not _STATED_PLAN.search(text[max(0, match.start() - 12):match.start()]):
            return True
    return False
