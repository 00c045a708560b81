"""Words the question quotes ("prevention P5 'health in all polices' - which policy areas?"): staff
copy the paper's own phrase, so a text holding the phrase is the one asked about, whatever else
the question's words fit."""

import re

from bot.textnorm import Tokenizer

# A phrase in quotation marks: opened after a space or the start, closed before a space, a mark or the end
# (an apostrophe inside a word, "what's", opens nothing).
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))[\"“‘'](?P<phrase>[^\"“”‘’']{5,100})[\"”’'](?=[\s,.;:?!)-]|$)")
STEM_CHARS = 4  # a stem at least this long that begins another (a typed slip: "polic" in "polici") matches it


def quoted_stems(question: str, tokenizer: Tokenizer) -> list[tuple[str, ...]]:
    """The stems of each phrase of two or more words the question quotes."""
    out = []
    for m in _QUOTED.finditer(question):
        stems = tuple(tokenizer(m.group("phrase")))
        if len(stems) >= 2:
            out.append(stems)
    return out


def holds_quoted(text: str, quoted: list[tuple[str, ...]], tokenizer: Tokenizer) -> bool:
    """The text writes a quoted phrase: its words in order, close together (a few words between at
    most), each as quoted or with a slip of typing (a stem one or two letters shorter or longer)."""
    if not quoted:
        return False
    tokens = tokenizer(text)
    return any(_in_order(phrase, tokens) for phrase in quoted)


def _in_order(phrase: tuple[str, ...], tokens: list[str]) -> bool:
    for begin, token in enumerate(tokens):
        if not _same(phrase[0], token):
            continue
        at, ok = begin, True
        for stem in phrase[1:]:
            nxt = next((k for k in range(at + 1, min(len(tokens), at + 1 + GAP)) if _same(stem, tokens[k])), None)
            if nxt is None:
                ok = False
                break
            at = nxt
        if ok:
            return True
    return False


GAP = 3  # words the text may put between two quoted words ("health in all policies" has "in all" dropped as stopwords)


def _same(stem: str, token: str) -> bool:
    if stem == token:
        return True
    short, long = sorted((stem, token), key=len)
    return len(short) >= STEM_CHARS and len(long) - len(short) <= 2 and long.startswith(short)
