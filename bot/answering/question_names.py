"""The names a question writes: the places and bodies it capitalises ("Greater Manchester") or writes
in lower case as the papers never do ("the kestlebury utc"), and whose post it asks about in the
possessive ("Helen Marsh's deputy")."""

import re

from bot.answering.lexicon import Lexicon
from bot.answering.question_text import area_word
from bot.answering.vocabulary import BODY_WORDS, ORGANISATION_WORDS
from bot.records.names import names_in


def named_words(text: str, named: frozenset[str], lex: Lexicon) -> frozenset[str]:
    """The words of a person a "who" question names in the possessive ("Helen Marsh's deputy"): whom
    it asks about, not a place or body the answer must name too."""
    if not named:
        return frozenset()
    return frozenset(t for _, _, name in names_in(text, lex.common) if re.search(r"['’]s$", name)
                     and re.sub(r"['’]s$", "", name.split()[-1].lower()) in named for t in lex.tokenizer(name))


# Capitalised, but times rather than names: a window of time is a constraint of its own.
CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                            "monday tuesday wednesday thursday friday saturday sunday christmas easter "
                            # their short forms ("the letter in Dec", "Weds"), as staff write them
                            "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed weds thu thur thurs fri sat sun".split())


def proper_names(text: str, lex: Lexicon) -> frozenset[str]:
    """Words the question capitalises mid-sentence and the papers do not write in lower case
    ("Greater Manchester", "NHS Wales"): names of places and bodies, not shorthand (all capitals),
    not a plan area's name (that is a constraint of its own)."""
    words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,})\b", text.strip())
    names = [w for w in words if w.lower() not in lex.common and not area_word(w.lower(), lex)
             and w.lower() not in CALENDAR_WORDS]
    return frozenset(t for w in [*names, *lower_case_names(text, lex)] for t in lex.tokenizer(w))


def lower_case_names(text: str, lex: Lexicon) -> list[str]:
    """Names a chat question writes in lower case ("how much does the kestlebury utc cost?"): words the
    papers write, only ever with a capital, that are no English word, no body's kind ("workstream") and
    no one's name (nor a word after an honorific: "dr tarrant")."""
    people = {w for first, lasts in lex.first_names().items() for w in (first, *lasts)}
    titled = {m.group(1) for m in re.finditer(r"\b(?:dr|mr|mrs|ms|miss|prof|cllr)\.?\s+([a-z]+)", text.lower())}
    return [w for w in re.findall(r"\b[a-z]{4,}\b", text) if w not in lex.common and _no_everyday_word(w, lex) and w not in people
            and w not in titled and w not in BODY_WORDS and w not in ORGANISATION_WORDS and not area_word(w, lex)
            and w not in CALENDAR_WORDS and lex.speller.known(w)]


# English word lists hold place names too ("herefordshire", "lancaster"), at the least of counts: a word
# English writes this seldom, which the papers only ever capitalise, is a name, not an everyday word.
NAME_RARITY = 60  # (medical words sit above it: "orthopaedic" 140, "dermatology" 135)


def _no_everyday_word(word: str, lex: Lexicon) -> bool:
    return word not in lex.english or lex.english.count(word) <= NAME_RARITY


def area_qualifiers(text: str, areas: list[str], lex: Lexicon) -> frozenset[str]:
    """Names written before an asked area's name as one name with it ("Morecambe Bay" for the area the
    papers call "Bay"): staff name a place more fully than its plan's heading does, and the fuller name is
    the same place, not a further thing the answer must name. Only capitalised words mid-sentence that the
    papers never write in lower case, one or two of them, right before the alias."""
    found: set[str] = set()
    for area in areas:
        for alias in lex.areas.aliases(area):
            for m in re.finditer(rf"(?<![.?!]\s)(?<!^)\b((?:[A-Z][a-z]{{2,}}\s+){{1,2}})(?i:{re.escape(alias)})\b", text.strip()):
                words = m.group(1).split()
                if not any(w.lower() in lex.common for w in words):
                    found |= {t for w in words for t in lex.tokenizer(w)}
    return frozenset(found)


# (a footprint's initials joined by an ampersand, "H&W", "T&Q", are a name's run too)
_NAME_RUN = re.compile(r"(?:[A-Z]{1,2}(?:&[A-Z]{1,2}){1,3}(?![\w&])|[A-Z][\w'’-]+)(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)*")


def setting_names(text: str, lex: Lexicon) -> frozenset[str]:
    """Stems of the names in the question that name the footprint itself: each capitalised run ("Calverdine &
    Orrisford") holding a word the papers open with (lex.setting). "The STP Lead for Calverdine & Orrisford"
    asks for the footprint's own lead: the name says where, not what the post is for."""
    setting = lex.setting()
    if not setting:
        return frozenset()
    found: set[str] = set()
    for m in _NAME_RUN.finditer(text):
        stems = set(lex.tokenizer(m.group(0)))
        if stems & setting:
            found |= stems
    return frozenset(found)
