"""The question as it is read: refused when empty or too long, with capitals spelled one by one read as a
short form ("T-E-S-C-R"), compass shorthand before a place spelled out ("w lancs"), and each slip read
as the word meant (a paper's word one edit away, a word of asking, or a role's word beside its other
word), so that what follows reads the question staff meant to type."""

import re

from bot.answering.lexicon import Lexicon
from bot.answering.role_slips import role_slips
from bot.answering.spelling import distance_one, edits
from bot.answering.vocabulary import (NHS_ABBREVIATIONS, ASKING_WORDS, COMPASS, ROLES, DEFINITION_FORM_WORDS, DISCOURSE_WORDS, MUSTDO_FORM_WORDS,
                                      TYPE_WORDS, WINDOW_FORM_WORDS)
from bot.errors import QuestionError
from bot.records.dates import MONTHS
from bot.textnorm import clean, squash


def validate(text: str | None, max_chars: int) -> str:
    """Refuse empty and over-long questions with a sentence saying what to do instead."""
    text = squash(clean(text or ""))
    if not text or not re.search(r"[A-Za-z0-9]", text):
        raise QuestionError("The question is empty: type what you want to know, e.g. \"who owns the Fylde ACS work?\"")
    if len(text) > max_chars:
        raise QuestionError(f"The question is {len(text)} characters long; please keep it under {max_chars} characters.")
    return text


def spelled_letters(text: str) -> str:
    """"an acronym T-E-S-C-R", "the N.H.S.T.": capitals spelled out one by one are the short form the papers write."""
    return _SPELLED.sub(lambda m: re.sub(r"[^A-Z]", "", m.group(0)), text)


_SPELLED = re.compile(r"\b(?:[A-Z][.-]){2,}[A-Z]\b\.?")


def shifted_years(text: str) -> str:
    """"the year after 2019/20" -> "2020/21", "the financial year before 2027/28" -> "2026/27", "the year
    after 2027" -> "2028": a year named by its neighbour is that year, so a text about the neighbour is
    another year's."""
    def shift(m: re.Match[str]) -> str:
        step = 1 if m.group("side") in ("after", "following") else -1
        if m.group("fy"):
            first = int(m.group("fy")) % 100 + step
            return f"{first:02d}/{(first + 1) % 100:02d}" if len(m.group("fy")) == 2 else f"20{first:02d}/{(first + 1) % 100:02d}"
        return str(int(m.group("year")) + step)

    return _NEIGHBOUR_YEAR.sub(shift, text)


_NEIGHBOUR_YEAR = re.compile(r"\b(?:the\s+)?(?:financial\s+|fiscal\s+|calendar\s+)?year\s+(?P<side>after|following|before)\s+"
                             r"(?:(?P<fy>(?:20)?\d\d)/\d\d|(?P<year>20\d\d))\b", re.IGNORECASE)


def expand_compass(text: str) -> str:
    """"w lancs" -> "west lancs": chat shorthand for a compass point before a name."""
    return re.sub(r"(?<![\w'’&.])(n|s|e|w|ne|nw|se|sw)\s+(?=[A-Za-z]{4,})", lambda m: COMPASS[m.group(1).lower()] + " ", text, flags=re.I)


def unshortened(text: str, lex: Lexicon) -> str:
    """Chat shorthand written out: "how many ppl", "next partnership brd", "prog exec call" read as
    "people", "board", "programme". Only a lower-case word of three letters or more that the papers never
    use, whose NHS-usage expansion is one word holding its letters in order from the first (a clipping
    or a skeleton of it, never an acronym: "ppl" is "people", "SRO" stays)."""
    def written_out(m: re.Match[str]) -> str:
        word = m.group(0)
        long = NHS_ABBREVIATIONS.get(word, "")
        if " " in long or not long or lex.df(lex.tokenizer.stem(word)) or not _in_order(word, long):
            return word
        return long

    return re.sub(r"(?<![\w&/-])[a-z]{3,}(?![\w&/-])", written_out, text)


# "the 4hr standard", "18wks", "a 3yr plan": a number with its unit's shorthand glued on, read as the papers write it
_GLUED_UNIT = re.compile(r"\b(\d+)(hrs?|wks?|mths?|yrs?|mins?)\b", re.IGNORECASE)
_UNITS = {"hr": "hour", "wk": "week", "mth": "month", "yr": "year", "min": "minute"}


def glued_units(text: str) -> str:
    """"4hr" -> "4 hour", "18wks" -> "18 weeks": the number and its unit as two words, as "4-hour" is read."""
    def written(m: re.Match[str]) -> str:
        unit = m.group(2).lower()
        return f"{m.group(1)} {_UNITS[unit.rstrip('s')]}{'s' if unit.endswith('s') else ''}"

    return _GLUED_UNIT.sub(written, text)


# "imogen V-S", "Imogen VS": a first name, then the initials of a surname ("Varley-Statham")
_FIRST_THEN_INITIALS = re.compile(r"\b([A-Za-z]{2,})\s+([A-Z])[-.]?([A-Z])\b(?![-&/]?\w)")


def surname_initials(text: str, lex: Lexicon) -> str:
    """"who deputises for imogen V-S?" -> "... imogen varley-statham?": a first name the papers give with
    one surname only, followed by that surname's initials (a double-barrelled name's two), is that person."""
    def spelled(m: re.Match[str]) -> str:
        surnames = lex.first_names().get(m.group(1).lower(), frozenset())
        initials = (m.group(2) + m.group(3)).lower()
        found = [name for name in surnames if "".join(part[:1] for part in re.split(r"[-\s]+", name)) == initials]
        return f"{m.group(1)} {found[0]}" if len(found) == 1 and len(surnames) == 1 else m.group(0)

    return _FIRST_THEN_INITIALS.sub(spelled, text)


# "who's the PM on planned care?": PM in capitals standing alone is the programme manager (not "2 PM", a
# time), unless the papers spell PM out as something else of their own.
_PM = re.compile(r"(?<![\w.])(?<!\d )PM(?![\w.])")


def pm_spelled(text: str, lex: Lexicon) -> str:
    if "pm" in lex.expansions or not _PM.search(text):
        return text
    return _PM.sub("programme manager", text)


def _in_order(short: str, long: str) -> bool:
    """The short word's letters are the long word's, in order, from its first letter ("ppl" in "people")."""
    if short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


def corrected(text: str, lex: Lexicon) -> str:
    """The question with each typo replaced by the papers' word it is one edit away from."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if m.group(1):
            return word  # "wasn't", "they're": a contraction is English, whatever its first part looks like
        low = word.lower()
        if _SHORT_PLURAL.fullmatch(word):
            return word  # "CEOs", "GBs": short forms, more than one of them
        if (lex.speller.known(low) or low in lex.expansions or low in ASKING_WORDS or low in TYPE_WORDS or low in DISCOURSE_WORDS
                or area_word(low, lex)):
            return word  # a word of the papers, of NHS shorthand or of asking: not a typo
        if low in lex.english:
            return word if low in MONTHS else _rare_slip(low, lex) or word  # a word of English: a typo only of a far commoner word
        better = lex.speller.correct(low)
        if better is None or better not in lex.common and _form_word(low):
            # a slip of an asking word ("by wehn?") is that word, not a name the papers hold ("Wenn")
            better = _form_word(low) or better
        better = better or _family_word(low, lex) or _english_slip(low, lex)
        return better if better else word

    text = role_slips(text, lex.speller.known, lex.expansions)
    text = _SHORT_ASKING.sub(lambda m: _asking_slip(m, lex), text)
    return re.sub(r"[A-Za-z]{4,}(['’](?:t|ve|re|ll|d|m)\b)?", fix, text)


def _english_slip(low: str, lex: Lexicon) -> str | None:
    """"quoram": one edit from an English word ("quorum") that no paper writes but whose plain equivalents
    the papers do ("quorate"): read as that word, so it is matched by them, not weighed as a word no paper
    holds. The commonest such English word, if any."""
    found = [w for w in edits(low) if w.isalpha() and len(w) >= 4 and w in lex.english and lex.equivalents(lex.tokenizer.stem(w))]
    return max(found, key=lambda w: (lex.english.count(w), w)) if found else None


# A real word this much rarer in English than a word of the papers one edit from it is that word
# mistyped ("meting" is written once for every 2,700 "meeting"s); "practise" (a tenth of "practice") is a word.
RARE_SLIP_RATIO = 1000


def _rare_slip(low: str, lex: Lexicon) -> str | None:
    better = lex.speller.correct(low)
    if better and lex.english.count(better) >= RARE_SLIP_RATIO * max(lex.english.count(low), 1):
        return better
    return None


# "P'ship", "Dep'ment": a word's first letters and its last ones either side of an apostrophe (never a
# contraction's "'ve", "'re", "'ll", whose tails are shorter)
_APOSTROPHE_CLIPPING = re.compile(r"(?<![\w'’])([A-Za-z]{1,4})['’]([a-z]{3,})(?![\w'’])")
CLIPPING_WORDS_READ = 100_000  # the papers' words with the clipping's first letters, looked through for its last ones


def apostrophe_clippings(text: str, lex: Lexicon) -> str:
    """"P'ship board" -> "partnership board": a clipping that keeps a word's first and last letters
    is the papers' commonest word beginning and ending with them (a name the papers hold as written,
    "O'Neill", is left alone)."""
    def written_out(m: re.Match[str]) -> str:
        head, tail = m.group(1).lower(), m.group(2)
        if lex.speller.known(head + tail):
            return m.group(0)
        found = [w for w in lex.words_from(head, CLIPPING_WORDS_READ) if w.endswith(tail) and len(w) > len(head) + len(tail)]
        counts = {w: lex.speller.vocabulary.get(w, 0) for w in found}
        return max(found, key=lambda w: (counts[w], w)) if found else m.group(0)

    return _APOSTROPHE_CLIPPING.sub(written_out, text)


_SHORT_PLURAL = re.compile(r"[A-Z]{2,}s")
# A question's (or its sentence's) first word, when short: "wat is fit2sit?", "wen is the go-live?"
_SHORT_ASKING = re.compile(r"(?:^|(?<=[?.!]\s))\s*\b([A-Za-z]{2,3})\b(?=\s+(?:is|are|was|were|does|do|did|will|would|can|should|has|have)\b)", re.I)
_WH_WORDS = ("what", "when", "where", "which", "who", "whose", "why", "how")


def _asking_slip(m: re.Match[str], lex: Lexicon) -> str:
    """A short word opening a sentence before a verb that asks ("wat is ...", "wen does ...", "hw do ...")
    that is one letter short of a question word asks with that word, unless the papers use it: an
    English word there ("wat") would leave the sentence without its subject."""
    word = m.group(0)
    low = m.group(1).lower()
    if low in _WH_WORDS or lex.speller.known(low) or low in lex.expansions or lex.df(lex.tokenizer.stem(low)):
        return word
    found = [w for w in _WH_WORDS if len(w) == len(low) + 1 and any(w[:k] + w[k + 1:] == low for k in range(len(w)))]
    return word.replace(m.group(1), found[0]) if len(found) == 1 else word


# (and the one-word names of roles: "who goes insted?" asks for a deputy, whether or not the papers write "instead";
# not the roles named by the verbs of an asker's errand, "need to emial them", which a slip must not turn into one)
_ERRAND_ROLES = ("contact", "action owner")
_ROLE_WORDS = frozenset(name for role, names in ROLES.items() if role not in _ERRAND_ROLES for name in names if name.isalpha())
_FORM_WORDS = sorted(ASKING_WORDS | TYPE_WORDS | DISCOURSE_WORDS | WINDOW_FORM_WORDS | MUSTDO_FORM_WORDS | DEFINITION_FORM_WORDS | _ROLE_WORDS)


def _form_word(word: str) -> str | None:
    """A slip in a word of asking that no paper need use ("what's comming up?" -> coming): the one such
    word one edit away."""
    found = [w for w in _FORM_WORDS if len(w) >= 4 and distance_one(word, w) and word != w + "s"]  # a plural stays one
    if not found:  # "prevelance", "seperate": a long word's vowels slipped, its consonants all in place
        found = [w for w in _FORM_WORDS if len(w) >= VOWEL_SLIP_LENGTH and _vowels_slipped(word, w)]
    return found[0] if len(found) == 1 else None


VOWEL_SLIP_LENGTH = 7  # shorter words differ by their vowels alone too often to be slips of each other ("later", "liter")


def _vowels_slipped(word: str, form: str) -> bool:
    """Same length, same consonants in the same places, and only vowels written differently."""
    return (len(word) == len(form) and word != form
            and all(a == b or (a in "aeiou" and b in "aeiou") for a, b in zip(word, form)))


def _family_word(word: str, lex: Lexicon) -> str | None:
    """A slip in an everyday word the papers write only in another form ("retirng": "retiring", of the
    papers' "retires"): the English word one edit away whose family the papers use, when only one
    family is that near, or one is far commoner in the papers than the rest. A word whose own family the papers use, or the British spelling of an English
    word ("deputises"), is no slip."""
    if lex.df(lex.tokenizer.stem(word)) or re.sub(r"is(e|ing|ation)", r"iz\1", word) in lex.english:
        return None
    near = [w for w in sorted(edits(word)) if w in lex.english and w.isalpha()]
    families = {lex.tokenizer.stem(w): w for w in near if lex.df(lex.tokenizer.stem(w))}
    if len(families) == 1:
        return next(iter(families.values()))
    # of several, one family the papers use far more than any other ("apointed": "appointed", whose
    # family the letters use 25 times, not "pointed", once)
    ranked = sorted(families, key=lex.df, reverse=True)
    if len(ranked) > 1 and lex.df(ranked[0]) >= FAMILY_LEAD * lex.df(ranked[1]):
        return families[ranked[0]]
    return None


FAMILY_LEAD = 10  # times as often as the next family, for a slip to be read as of the commoner


def area_word(word: str, lex: Lexicon) -> bool:
    return any(word in alias.split() for area in lex.areas.areas for alias in area.aliases)
