"""Words that carry a question's grammar or manner, not its topic.

A question word no paper uses is weighed as unknown, the strongest sign the papers cannot answer
("where can I park?"). That holds for content words, not for the small words that build a sentence
("whoever", "whether", "together") or for adverbs of manner and degree ("ultimately", "fully",
"formally"): a paper that never writes them can still answer "who ultimately signs it off?". Such a
word is no topic when the papers lack it; when they have it, it weighs as any other word.
"""

import re
from collections.abc import Callable

# The closed-class words of the Glasgow IR stop list (van Rijsbergen) that the tokeniser's own
# shorter list keeps: conjunctions, pronouns, modals, adverbs of time and place. Its content words
# ("bill", "fire", "system", "top"), number words and ordinals ("four", "first", "last") are left
# out: they can be what a question is about.
FUNCTION_WORDS = frozenset(
    "across afterwards almost alone along already although always among amongst another anyhow anyone anything "
    "anyway anywhere around became become becomes becoming beforehand behind beside besides beyond either else "
    "elsewhere enough even ever every everyone everything everywhere except hence hereafter hereby herein "
    "hereupon however indeed least less latterly meanwhile might mine moreover mostly much must namely neither "
    "never nevertheless nobody none noone nothing now nowhere often onto others otherwise per perhaps please "
    "rather seem seemed seeming seems several since somehow someone something sometime sometimes somewhere "
    "still thence thereafter thereby therefore therein thereupon though throughout thru thus together toward "
    "towards upon us via well whatever whence whenever whereafter whereas whereby wherein whereupon wherever "
    "whether whither whoever whole whose will within without yet"
    " versus vs".split())  # (a comparison's preposition, as staff write it: "forecast vs plan")

# Verbs of intent before "to" and a verb ("trying to close", "hoping to open", "intends to bring"):
# they say the plan means to do something; what it means to do follows them.
INTENT = re.compile(r"\b(?:try|tries|trying|tried|attempt(?:s|ing|ed)?|hop(?:e|es|ing|ed)|aim(?:s|ing|ed)?|"
                    r"intend(?:s|ing|ed)?|seek(?:s|ing)?|sought|strive|striving|expect(?:s|ing|ed)?)\s+to\s+(?!be\b)[a-z]")


def adverb_of(word: str, known: Callable[[str], bool]) -> bool:
    """An adverb made from an English adjective by "-ly" ("ultimately", "fully", "easily", "probably"):
    the adjective, not the noun it looks like, is checked ("family" is no "fami" + "ly")."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    bases = [word[:-2]]  # ultimate-ly, formal-ly
    if word.endswith("lly"):
        bases.append(word[:-1])  # full-y
    if word.endswith("ily"):
        bases.append(word[:-3] + "y")  # eas-ily
    if word.endswith("bly"):
        bases.append(word[:-1] + "e")  # probab-ly
    return any(len(base) >= 4 and known(base) for base in bases)


# A phrasal verb of doing ("when was the review carried out?") or of going on as now ("if we carried on as we
# are"): that something was done or went on, whatever it was; a paper says "held", "took place", "if nothing changed"
_DOING = frozenset("carry carries carried carrying".split())


def grammar_only(word: str, known: Callable[[str], bool], after: str = "") -> bool:
    """A word that says how a question is put, not what it asks about (`after`: the word that follows it)."""
    return word in FUNCTION_WORDS or adverb_of(word, known) or (word in _DOING and after in ("out", "on"))
