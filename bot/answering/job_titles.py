"""A job title a "who" question asks for ("who is the Chief Clinical Information Officer?", "who's the
CCIO?"): the person answering must hold that title, not a kindred one ("Chief Digital & Information
Officer") nor another role of the same remit ("Clinical lead"). A paper naming the post but no one in it
("through the ICB's Chief Clinical Information Officer (CCIO)") leaves the question unanswered, as it
should be. A title asked by its initials counts when the papers or NHS usage spell them out."""

import re
from collections.abc import Callable, Collection
from typing import NamedTuple

from bot.answering.lexicon import Lexicon


class Title(NamedTuple):
    stems: frozenset[str]  # of the words naming the post ("clinic", "inform")
    initials: str  # the title's initials as papers write them ("ccio")


# "Chief <one to three words> Officer", the executive titles of NHS bodies: Chief Finance Officer, Chief
# People Officer, Chief Clinical Information Officer. The words between name the post; "chief" and
# "officer" are every such post's.
_CHIEF = re.compile(r"\bchief\s+((?:[a-z&]+\s+){1,3}?)officer\b")
# "Chief Nurse", "Chief Executive", "Chief Pharmacist": a chief's post named by one noun, no "officer" after it
_CHIEF_NOUN = re.compile(r"\bchief\s+(?!officer\b)([a-z]{4,})\b(?!\s+(?:[a-z&]+\s+){0,2}officer\b)")
_INITIALS = re.compile(r"\b[A-Z]{3,5}\b")


def asked_title(text: str, lex: Lexicon) -> Title | None:
    """The chief officer's post asked for, if any: named where "who" asks for a holder ("who is the
    ICB's Chief Finance Officer?", "who's the CCIO?"), not a post the question names by the way ("Below
    the CFO, who runs the programme day to day?")."""
    asked = _WHO_IS.search(text)
    if asked is None:
        return None
    said = asked.group(1)
    m = _CHIEF.search(f"{said.lower()} ")
    if m is None:  # "who's the CCIO?": initials the papers (or NHS usage) spell out as such a title
        for short in _INITIALS.findall(said):
            m = _CHIEF.search(f"{lex.expansions.get(short.lower(), '').lower()} ")
            if m:
                break
    if m is None:
        noun = _CHIEF_NOUN.search(f"{said.lower()} ")  # "who is the Chief Nurse of the trust?"
        return Title(frozenset(lex.tokenizer(noun.group(1))), "") if noun else None
    words = m.group(1).replace("&", " ").split()
    return Title(frozenset(lex.tokenizer(" ".join(words))), "c" + "".join(w[0] for w in words if w != "and") + "o")


# "who is / who's / who will be [the ICB's] <post>": the words a holder is asked for by, up to the clause's end.
_WHO_IS = re.compile(r"\bwho(?:['’]s|s|\s+is|\s+was|\s+will\s+be|\s+are)\s+([^?,;.]{2,80})", re.I)


def misses_title(text: str, title: Title, stem_set: Callable[[str], set[str]],
                 has: Callable[[str, Collection[str]], bool]) -> bool:
    """Whether a candidate whose own words (and role) are `text` does not hold the title asked: neither
    its initials ("CCIO") nor a chief officer's title naming the same post is there (a row whose risk
    reads "disables clinical systems" beside a "Chief Digital & Information Officer" holds no Chief
    Clinical Information Officer)."""
    if title.initials and re.search(rf"\b{title.initials}\b", text, re.I):
        return False
    posts = [m.group(1) for m in _CHIEF.finditer(f"{text.lower()} ")] if title.initials else \
        [m.group(1) for m in _CHIEF_NOUN.finditer(f"{text.lower()} ")]  # (a post of one noun is held by that chief's noun)
    for post in posts:  # each word of the post, or one of its family ("Financial" for "Finance")
        held = stem_set(post.replace("&", " "))
        if all(has(t, held) for t in title.stems):
            return False
    return True
