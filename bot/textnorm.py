"""Text clean-up and the tokeniser shared by indexing and querying (they must never drift apart)."""

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

import Stemmer

# Cyrillic and Greek letters that PDF text layers use in place of Latin look-alikes ("Р3" for "P3").
_HOMOGLYPHS = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "ı": "i", "Ι": "I", "Ο": "O", "Ρ": "P", "ο": "o",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u00a0": " ", "\u200b": "",
})
# Whether a text holds any of them: str.translate looks up every character, most texts need none.
_FOLDED = re.compile("[" + re.escape("".join(map(chr, _HOMOGLYPHS))) + "]")


def clean(text: str) -> str:
    """Fold look-alike letters and odd spaces so matching sees what a reader sees. ASCII text has
    nothing to fold (NFKC leaves it alone, every look-alike is non-ASCII): most lines skip the work."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKC", text)
    return text.translate(_HOMOGLYPHS) if _FOLDED.search(text) else text


def squash(text: str) -> str:
    """Collapse every run of whitespace (tabs between table cells too) to one space. str.split() cuts
    at exactly the characters the regex \\s matches (str.isspace), at a fraction of the cost; squash
    runs on every line several times over during a build."""
    return " ".join(text.split())


STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each etc few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've ie if in into
is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or
other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so
some such than that that's the their theirs them themselves then there there's these they they'd
they'll they're they've this those through to too under until up very was wasn't we we'd we'll
we're we've were weren't what what's when when's where where's which while who who's whom why why's
with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves s t
whats whos wheres
""".split())
# Words lose their apostrophes before the stop list is asked ("didn't" is read "didnt"), so the
# contractions of stop words are stop words written without it too. Only those ending "n't", "'ve",
# "'re" and "'m": "we'll" or "i'll" without the apostrophe are words of their own ("well", "ill").
STOPWORDS |= frozenset(w.replace("'", "") for w in STOPWORDS if re.search(r"n't$|'ve$|'re$|'m$", w))

_AMP_PAIR = re.compile(r"\b([a-z])\s*&\s*([a-z])\b")  # what join_amp_pairs does, by hand
# "Bay's" is Bay, "KFO's" is KFO: "'s" after a letter, written so the scan looks for "'s" first.
_POSSESSIVE = re.compile(r"'s\b(?<=[a-z]'s)")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_TOKEN = re.compile(r"[a-z0-9]+")
# A word run into a number ("people4" with its footnote marker, "Band7", "covid19"): two words. Only a word
# written in lower case after its first letter, so a reference ("INI12", "BAF07") stays one word.
_RUN_IN_NUMBER = re.compile(r"\b([A-Za-z][a-z]{2,})(\d{1,2})\b")
_LETTER_DIGIT = re.compile(r"[a-z]\d")  # a cheap look first: few texts hold a word run into a number
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_WORKSTREAM = re.compile(r"\bwork[\s-]+stream")
_WORK_END = re.compile(r"work[\s-]*\Z")  # a "work stream" could run on into what follows
_STREAM_START = re.compile(r"[\s-]*stream")
# A reporting month written out ("Month 7", "mth 7") is the "M7" finance reports also write: one word.
_REPORTING_MONTH = re.compile(r"\b(?:month|mth)[\s-]*(\d{1,2})\b(?![.,:/]\d)")
_MONTH_END = re.compile(r"\b(?:month|mth)[\s-]*\Z")  # a "Month 7" could run on into what follows
_NUMBER_START = re.compile(r"[\s-]*\d")


def join_amp_pairs(text: str) -> str:
    """_AMP_PAIR.sub(r"\\1\\2", text): "a & e" -> "ae", a lone letter either side of "&". Done from each "&"
    outwards, as the pattern has no fixed start to scan for and ran over every character of long texts."""
    out: list[str] = []
    done = 0  # text[:done] is settled: a pair cannot reach back into a pair already joined
    at = text.find("&")
    while at >= 0:
        first, last = at - 1, at + 1
        while first >= done and text[first].isspace():
            first -= 1
        while last < len(text) and text[last].isspace():
            last += 1
        if (first >= done and text[first] in _LETTERS and (first == 0 or not _is_word(text[first - 1]))
                and last < len(text) and text[last] in _LETTERS and (last + 1 == len(text) or not _is_word(text[last + 1]))):
            out += [text[done:first], text[first], text[last]]
            done = last + 1
        at = text.find("&", max(at + 1, done))
    out.append(text[done:])
    return "".join(out)


def _is_word(char: str) -> bool:
    """What the regex \\w matches in a str pattern."""
    return char.isalnum() or char == "_"


def _spelled(text: str) -> str:
    """Folded, lower case, accents dropped ("café" is "cafe", as staff type it), possessives and
    apostrophes dropped, a word run into a number split from it. Each of these rewrites one character,
    or a match that cannot take in a space, so texts joined by a space come out joined by a space."""
    text = clean(text)
    low = (_RUN_IN_NUMBER.sub(r"\1 \2", text) if _LETTER_DIGIT.search(text) else text).lower()
    if not low.isascii():
        low = _unaccented(low)
    if "'" in low:
        low = _POSSESSIVE.sub("", low).replace("'", "")
    return low


def _unaccented(low: str) -> str:
    """Letters without their accents: each accented letter is its letter and a combining mark
    (NFD), and the marks are dropped; letters with no such parts ("ø") are left as they are. Only the
    non-ASCII characters are looked at (no ASCII character is a mark): a long text has few of them."""
    return _NON_ASCII.sub(_unmarked, unicodedata.normalize("NFD", low))


def _unmarked(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def _paired(low: str) -> str:
    return join_amp_pairs(low) if "&" in low else low


def _workstreams(low: str) -> str:
    return _WORKSTREAM.sub("workstream", low) if "stream" in low else low


def _reporting_months(low: str) -> str:
    return _REPORTING_MONTH.sub(r"m\1", low) if "m" in low and ("month" in low or "mth" in low) else low


def _may_join(left: str, right: str) -> bool:
    """Whether `left + " " + right` could be read into other words than `left` and `right`: an "A & E"
    pair, a "work stream" or a "Month 7" across the space. ASCII text is looked at as it is (folding, lower
    case and dropped apostrophes put no "&" at either end), the rest as the tokeniser spells it."""
    if left.isascii() and right.isascii():
        if left.replace("'", "").rstrip().endswith("&") or right.replace("'", "").lstrip().startswith("&"):
            return True
        if _MONTH_END.search(left.lower()) and _NUMBER_START.match(right):
            return True
        if "work" not in left.lower() or "stream" not in right.lower():
            return False
    low, high = _spelled(left), _spelled(right)
    return low.rstrip().endswith("&") or high.lstrip().startswith("&") or bool(
        _WORK_END.search(_paired(low)) and _STREAM_START.match(_paired(high))) or bool(
        _MONTH_END.search(low) and _NUMBER_START.match(high))


# ASCII characters `str.strip()` takes for space, and the apostrophe `_may_join` drops before looking at an end.
_SPACE_OR_APOSTROPHE = "".join(chr(c) for c in range(128) if chr(c).isspace()) + "'"


@lru_cache(maxsize=50_000)
def _may_edge_join(part: str) -> bool:
    """Whether `part` could join a neighbour in `_may_join`: any text not ASCII, an ASCII one whose first
    or last character but spaces and apostrophes is "&", one holding "stream" (the right of a "work
    stream"; the left holds "work", so a "stream" is always somewhere), or one holding "month" or "mth"
    (the left of a "Month 7", which the right then starts). Cached: titles recur."""
    if not part.isascii():
        return True
    bare = part.strip(_SPACE_OR_APOSTROPHE)
    low = part.lower()
    return bare.startswith("&") or bare.endswith("&") or "stream" in low or "month" in low or "mth" in low


class Tokenizer:
    """Lower-case, join "A&E"-style pairs, drop stopwords, Snowball-stem; cached per word."""

    def __init__(self, stem: bool = True, stopwords: frozenset[str] = STOPWORDS) -> None:
        self.stopwords = stopwords
        stemmer = Stemmer.Stemmer("english") if stem else None
        self._stem: Callable[[str], str] = lru_cache(maxsize=200_000)(
            stemmer.stemWord if stemmer else (lambda w: w)
        )
        self._term: Callable[[str], str | None] = lru_cache(maxsize=200_000)(self._kept_stem)
        self.stem_set: Callable[[str], frozenset[str]] = lru_cache(maxsize=50_000)(self._stem_set)
        self._head: Callable[[str], tuple[bool, bool, list[str]]] = lru_cache(maxsize=4096)(self._head_parts)

    def words(self, text: str) -> list[str]:
        """Lower-cased words before stopwords and stemming (for phrase checks). Each rewrite runs only
        on text holding the character or word it needs."""
        return _TOKEN.findall(_reporting_months(_workstreams(_paired(_spelled(text)))))

    def headed_words(self, head: str, text: str) -> tuple[list[str], list[str]]:
        """(words(head + " " + text), words(text)): a passage as BM25 reads it (its area and heading
        before it) and its own words. Passages share heads, so a head is read once (cached) and the text
        once, unless an "A & E" pair, a "work stream" or a "Month 7" could span the space between them."""
        if not head:
            own = self.words(text)
            return own, own
        ends_in_amp, ends_in_work, head_words = self._head(head)
        spelled = _spelled(text)
        if ends_in_amp or spelled.lstrip().startswith("&") or head_words and _NUMBER_START.match(spelled) and _MONTH_END.search(
                _spelled(head)):
            return self.words(f"{head} {text}"), self.words(text)
        paired = _paired(spelled)
        own = _TOKEN.findall(_reporting_months(_workstreams(paired)))
        if ends_in_work and _STREAM_START.match(paired):
            return self.words(f"{head} {text}"), own
        return head_words + own, own

    def _head_parts(self, head: str) -> tuple[bool, bool, list[str]]:
        """Whether a head ends in "&" (spelled) or in "work" (paired), and its words."""
        spelled = _spelled(head)
        paired = _paired(spelled)
        return spelled.rstrip().endswith("&"), _WORK_END.search(paired) is not None, _TOKEN.findall(
            _reporting_months(_workstreams(paired)))

    def terms(self, words: Iterable[str]) -> list[str]:
        """The stems of the words kept (stopwords and lone letters dropped)."""
        return [term for term in map(self._term, words) if term is not None]

    def __call__(self, text: str) -> list[str]:
        return self.terms(self.words(text))

    def _kept_stem(self, word: str) -> str | None:
        """A word's stem, or None for a stopword or a lone letter: decided once per distinct word
        (cached), as a build tokenises millions of words."""
        if word in self.stopwords or (len(word) <= 1 and not word.isdigit()):
            return None
        return self._stem(word)

    def _stem_set(self, text: str) -> frozenset[str]:
        """The distinct stems of a text; cached because record texts are scored again for every question."""
        return frozenset(self(text))

    def joined_stem_set(self, parts: tuple[str, ...]) -> frozenset[str]:
        """stem_set(" ".join(parts)), from each part's own (cached) stems: records are scored with
        texts joined from shared parts (an initiative's title, a paper's title) and one of their own.
        Joined by a space the parts' words stay apart, unless an "A & E" pair or a "work stream" could
        span the join: then the joined text is read as a whole."""
        if self.joins_across(parts):
            return self.stem_set(" ".join(parts))
        return frozenset().union(*map(self.stem_set, parts))

    @staticmethod
    def may_join(left: str, right: str) -> bool:
        """Whether `left + " " + right` could be read into other words than theirs: true wherever
        `joins_across((left, right))` is, reading only their ends where both are ASCII (a long text that
        recurs once, an initiative's row, is not looked at whole)."""
        return _may_join(left, right)

    @staticmethod
    def joins_across(parts: tuple[str, ...]) -> bool:
        """Whether `" ".join(parts)` could be read into other words than its parts' own: an "A & E" pair
        or a "work stream" across a join (then its stems are not the union of theirs)."""
        if not any(map(_may_edge_join, parts)):
            return False
        # a blank part between two is only more space, as is one the spelling empties (an apostrophe alone)
        worded = [p for p in parts if p.strip() and (p.isascii() and "'" not in p or _spelled(p).strip())]
        # a part of dashes alone ("-") joins what is either side of it ("work - stream" reads "workstream")
        worded = [p for p in worded if "&" in p or any(ch.isalnum() for ch in p)]
        return any(map(_may_join, worded, worded[1:]))

    def stem(self, word: str) -> str:
        return self._stem(word.lower())
