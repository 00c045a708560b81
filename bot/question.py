"""What a staff question is about: its kind, plan areas, must-dos, dates and search terms."""

import re
from dataclasses import dataclass, field
from datetime import date

from bot.records.areas import areas_in
from bot.errors import QuestionError
from bot.textnorm import Tokenizer, clean, squash

_OWNER = re.compile(r"\b(who|whom|whose|owner|owns|own|lead|leads|leading|sro|responsible|director|heading|running|contact|chair)\b")
_MILESTONE = re.compile(
    r"\b(when|when's|whens|due|deadline|milestones?|timeline|timetable|by when|date|landing|land|coming up|schedule|"
    r"q[1-4]|qtr|quarter|this month|next month|overdue|by now)\b"
)
# "Which day", "this week": words naming the kind of answer wanted or the time asked about, which the
# answer's own sentence need not repeat (a schedule cell under "Fri 28" answers "which day this week").
_ASKED_FOR = re.compile(r"\b(?:which|what)\s+(day|date|week|month|year|quarter|time)s?\b|"
                        r"\b(?:this|next|last|coming|following)\s+(day|week|month|year|quarter)\b")
# "How much funding": the amount answers it, so the sentence with "£30m" need not say "funding".
_MONEY_ASKED = re.compile(r"\bhow much\b(?:\W+\w+){0,4}?\W+(funding|funds?|money|budget|cost|investment)\b")
_MUSTDO = re.compile(r"\bmust[\s-]*dos?\b|\bmust[\s-]*do'?s\b")


# Words that say what kind of answer is wanted, not what it is about: they never decide coverage.
ASKING_WORDS = frozenset(
    "many much get gets getting got big large number no tell know say says said cover covers covering "
    "happen happening due going should would currently whats anything give list show find".split()
)

# Abbreviations staff use that the papers spell out (or the other way round).
GLOSSARY: dict[str, str] = {
    "l&sc": "lancashire south cumbria", "lsc": "lancashire south cumbria", "hlsc": "healthier lancashire south cumbria",
    "ldp": "local delivery plan", "ics": "integrated care system", "acs": "accountable care system",
    "aco": "accountable care organisation", "ae": "a&e accident emergency", "gp": "gp general practice",
    "ltc": "ltc long term conditions", "msk": "msk musculoskeletal", "cyp": "cyp children young people",
    "ld": "ld learning disabilities", "mh": "mental health", "sro": "sro senior responsible officer",
    "rtt": "rtt referral to treatment 18 weeks", "t&f": "task finish", "comms": "communications",
    "icc": "icc integrated care communities", "iucc": "iucc integrated urgent care centre",
    "scr": "scr summary care record", "nhsei": "nhs england improvement", "a&e": "a&e accident emergency",
}


@dataclass
class Question:
    text: str
    kind: str
    areas: list[str]
    tokens: list[str]
    words: list[str]
    as_of: date | None = None
    workstreams: list[str] = field(default_factory=list)
    synonyms: dict[str, set[str]] = field(default_factory=dict)
    asked_for: set[str] = field(default_factory=set)  # stems of the answer-type words ("which day")


def validate(text: str | None, max_chars: int) -> str:
    """Refuse empty and over-long questions with a sentence saying what to do instead."""
    text = squash(clean(text or ""))
    if not text or not re.search(r"[A-Za-z0-9]", text):
        raise QuestionError("The question is empty: type what you want to know, e.g. \"who owns the Fylde ACS work?\"")
    if len(text) > max_chars:
        raise QuestionError(f"The question is {len(text)} characters long; please keep it under {max_chars} characters.")
    return text


def classify(text: str) -> str:
    low = clean(text).lower()
    if _MUSTDO.search(low):
        return "mustdo"
    if re.search(r"\bhow (much|many|big|large)\b|\bwhat (%|percent|proportion|share)", low):
        return "fact"
    if re.match(r"\s*(who|whom|whose)\b", low) or re.search(r"\bwho\b", low) or re.search(r"\b(owns?|owner)\b", low):
        return "owner"
    if _MILESTONE.search(low):
        return "milestone"
    if _OWNER.search(low) and not re.search(r"\b(how many|how much|what)\b", low):
        return "owner"
    return "fact"


def synonyms(text: str, tokenizer: Tokenizer) -> dict[str, set[str]]:
    """Abbreviation stem -> the stems of its spelled-out form, so either counts as the same word."""
    out: dict[str, set[str]] = {}
    for word in re.findall(r"[a-z&]+", clean(text).lower()):
        if word in GLOSSARY:
            stems = tokenizer(word)
            full = set(tokenizer(GLOSSARY[word])) - set(stems)
            if stems and full:
                out[stems[0]] = full
    return out


def parse(text: str, tokenizer: Tokenizer, max_chars: int = 1000, as_of: date | None = None) -> Question:
    text = validate(text, max_chars)
    areas = areas_in(text)
    return Question(
        synonyms=synonyms(text, tokenizer),
        text=text,
        kind=classify(text),
        areas=areas,
        tokens=tokenizer(text),
        words=tokenizer.words(text),
        as_of=as_of,
        workstreams=[a for a in areas_in(text, ldps_only=False) if a not in areas],
        asked_for={tokenizer.stem(w) for pattern in (_ASKED_FOR, _MONEY_ASKED)
                   for m in pattern.finditer(clean(text).lower()) for w in m.groups() if w},
    )
