"""Definition questions: "what does Pathway 2 (P2) mean?", "what is meant by a virtual ward?". Papers
define a term where they write it and then say what it is ("P2 (discharge pathway 2) - discharge
from hospital to ...", "Intermediate care: short-term care ...", "A virtual ward means ..."): the
text that does so answers, not the many that only use the term."""

import re

from bot.answering.asked_type import SHORT_FORM_ASKED
from bot.reading.layout import cells

_ASKED = (
    # "most projects are marked 'S3' - what stage of their life is that?": a code named, then what it is
    # (tried first: "OD - what does that mean?" would otherwise ask what "that" means)
    re.compile(r"['‘\"]?\b(?P<term>[A-Z]{1,5}\d{0,2}|[A-Z]\d{1,2})\b['’\"]?\s*[-–—,;:]?\s*(?:so\s+)?[Ww]hat\b[^?]{0,50}?\b"
               r"(?:is|does|are) (?:that|it|this|they)(?: mean)?\b"),
    re.compile(r"\bwhat(?: does| do|'s|’s|s| is)? (?:the |a |an )?(?P<term>.{2,60}?) (?:mean|stand for|short for)\b", re.I),
    re.compile(r"\bwhat (?:is|are) (?:the |a |an )?(?P<term>.{2,60}?) in full\b", re.I),
    re.compile(r"\b(?:full form|expansion) of (?:the |a |an )?(?P<term>.{2,60}?)\W*$", re.I),
    re.compile(r"\bwhat is meant by (?:the |a |an )?(?P<term>.{2,60}?)\W*$", re.I),
    re.compile(r"\b(?:define|definition of) (?:the |a |an )?(?P<term>.{2,60}?)\W*$", re.I),
    re.compile(r"^\W*what(?:'s|’s|s| is) an? (?P<term>\S+(?: \S+){0,3}?)\W*$", re.I),
    # "What is Fit2Sit?", "what's HALO?": one word asked after, with no article, is a term (a coined name
    # or short form); "what is it?", "what's next?" ask of no term
    re.compile(r"^\W*what(?:'s|’s|s| is| are) (?!(?:it|this|that|they|these|those|there|here|next|new|due|happening|on|up|left|"
               r"wrong|right|true|changed|planned|agreed|needed|missing)\W*$)(?P<term>[A-Za-z][\w&/-]*)\W*$", re.I),
    # "HALO = ? what's it stand for": the term, then an equals sign asking what it is
    re.compile(r"^\W*(?P<term>[A-Za-z][\w&/-]{1,15})\s*=\s*$"),
    # "there's an acronym TESCR - what is it?": the short form named as one is what is asked
    re.compile(r"\b(?:acronym|abbreviation|initialism)s?\s+(?P<term>[A-Z][A-Z0-9&]{1,9})\b"),
)
_SAYS_WHAT = r"(?:\s*\([^)]{1,60}\))?\s*(?:[-–—:=]|\bmeans\b|\bis defined as\b|\brefers to\b|\bstands for\b)\s+\w"
# A key of codes gives each a short name before saying what it is: "S3 Delivery - business case approved".
_NAMED_CODE = r"\s+[A-Z][\w-]*(?:\s+[\w&-]+){0,2}\s+[-–—:=]\s+\w"
_CODE = re.compile(r"^[A-Z]{1,5}\d{0,2}$|^[A-Z]\d{1,2}$")


def asked_term(question: str) -> list[str]:
    """The forms of the term a question asks to have defined: as written, the part in brackets and the
    rest ("Pathway 2 (P2)" -> "Pathway 2 (P2)", "P2", "Pathway 2"), and a code among its words ("P2")."""
    for pattern, asked in ((p, a) for a in _asked_parts(question) for p in _ASKED):
        m = pattern.search(asked)
        if m and _POINTER.match(m.group("term")):
            break  # "what's it stand for?": the term is named elsewhere in the question
        if m:
            term = m.group("term").strip(" ?'\"")
            bracket = re.search(r"\(([^)]+)\)", term)
            forms = [term, *([bracket.group(1), term[: bracket.start()].strip()] if bracket else [])]
            forms += [w for w in term.replace("(", " ").replace(")", " ").split() if _CODE.match(w)]
            return [f for f in dict.fromkeys(forms) if f]
    if _EXPANSION_ASKED.search(question) and not SHORT_FORM_ASKED.search(question):  # not "goes by an acronym": that asks the short form
        # "patients are 'going out on HALO'. What's the full name of that service?": the short form it names
        return list(dict.fromkeys(m.group(0) for m in _SHORT_FORM.finditer(question) if m.group(0) not in _EVERY_PAPERS))[:1]
    return []


def asks_definition(question: str) -> bool:
    """A definition is asked, whether or not the question names its term where the asking is ("goes by an
    acronym - what is it in full?"): its words of asking ("stand for", "in full") are no topic."""
    return bool(asked_term(question)) or any(p.search(a) for a in _asked_parts(question) for p in _ASKED) \
        or bool(_EXPANSION_ASKED.search(question))


# A term asked after by pointing at it: "what's it stand for", "the full name of that service".
_POINTER = re.compile(r"^(?:it|that|this|they|those|these)(?:\s+\w+)?$", re.I)
_EXPANSION_ASKED = re.compile(r"\bfull (?:name|form|title|version)\b|\bstands? for\b|\bshort for\b|\bin full\b", re.I)
_SHORT_FORM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]{1,7}(?![\w-])")
_EVERY_PAPERS = frozenset({"NHS", "ICS", "STP", "ICB", "CCG", "UK", "OK", "I"})


_FILLER = re.compile(r"\s+(?:exactly|again|actually|precisely|then|please|here)\s*$", re.I)


def _asked_parts(question: str) -> list[str]:
    """The question's sentences, each without a trailing "exactly", "again": "what's an NHT exactly?
    new to the team" asks "what's an NHT"."""
    parts = [p.strip() for p in re.split(r"[?!]+", question) if p.strip()] or [question.strip()]
    return [_FILLER.sub("", p) for p in parts]


def defines(text: str, forms: list[str]) -> bool:
    """The text writes one of the term's forms and then says what it is."""
    return any(re.search(rf"(?<![\w-]){re.escape(form)}{_SAYS_WHAT}", text, re.I)
               or _CODE.match(form) and re.search(rf"(?<![\w-]){re.escape(form)}{_NAMED_CODE}", text) for form in forms)


def defined_in_row(line: str, cell: int, forms: list[str]) -> str | None:
    """The term a glossary or key row defines in the cell beside it ("TESCR | Tarnford & Ellisvale Shared
    Care Record"): its first cell, when that is one of the asked term's forms and `cell` is the next."""
    parts = cells(line)
    if cell != 1 or len(parts) < 2:
        return None
    first = parts[0].strip()
    return first if any(first.lower() == form.lower() for form in forms) else None
