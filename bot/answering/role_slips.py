"""A slip in a role's word ("clinical leed", "programme manger", "programme directer"): beside the
role's other word, a word one edit from the role's own is read as it, even where the slip is a
word of its own elsewhere ("manger") or one edit from a commoner paper word too ("leed": "need").
Roles are what a "who" question turns on, so the role's reading wins over the most frequent word; so does
the verb of holding one straight after "who" ("who chars the board?": chairs)."""

import re
from collections.abc import Callable, Mapping

from bot.answering.spelling import distance_one
from bot.answering.vocabulary import ROLES

# Two-word roles ("clinical lead", "programme manager"), as (first, second) word pairs.
_PAIRS = frozenset(tuple(p.split()) for phrases in ROLES.values() for p in phrases if len(p.split()) == 2)
_ROLE_WORDS = frozenset(w for phrases in ROLES.values() for p in phrases for w in p.split())
# The verbs of holding a role, as "who ..." asks them ("who chairs ...", "who leads ...").
ROLE_VERBS = frozenset("chairs chaired leads led owns owned manages managed runs heads headed sponsors oversees".split())


def role_slips(text: str, known: Callable[[str], bool], expansions: Mapping[str, str]) -> str:
    """The question with each slip in a two-word role's word mended. `known` says a word is the
    papers' own (left as written); `expansions` spells out shorthand before a slip ("prog manger")."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    fixes: dict[int, str] = {}
    for i, m in enumerate(words):
        word = m.group(0).lower()
        if len(word) < 4 or known(word) or word in _ROLE_WORDS:
            continue
        before = _spelled(words[i - 1].group(0).lower(), expansions) if i else ""
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        mended = {b for a, b in _PAIRS if a == before and _slip(word, b)}
        mended |= {a for a, b in _PAIRS if b == after and _slip(word, a)}
        if before == "who":  # "who chars the partnership board?": the verb a "who" question turns on
            mended |= {v for v in ROLE_VERBS if _slip(word, v)}
        if len(mended) == 1:
            fixes[m.start()] = mended.pop()
    if not fixes:
        return text
    return re.sub(r"[A-Za-z]+", lambda m: fixes.get(m.start(), m.group(0)), text)


def _slip(word: str, role_word: str) -> bool:
    """One edit away, and not its plural ("owners" is more than one owner, not a slip)."""
    return distance_one(word, role_word) and word != role_word + "s" and word + "s" != role_word


def _spelled(word: str, expansions: Mapping[str, str]) -> str:
    """"prog" -> "programme": a short form's spelled-out last word, as the role writes it."""
    spelled = expansions.get(word)
    return spelled.split()[-1] if spelled and len(spelled.split()) == 1 else word
