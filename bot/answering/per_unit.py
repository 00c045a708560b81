"""A figure said of each one of many is no total. "How many people does our STP cover?" is not answered
by "hubs each serving 30,000 to 50,000 people", nor "how many people are on GP lists?" by "the emergency
department sees 410 people a day": the first is the size of one hub, the second a rate. Only a question
that itself asks per one ("each", "per", "a day", "on average") is answered by such a figure."""

from __future__ import annotations

import re

# What a question says to ask a figure of one of many, or a rate.
_ASKS_PER = re.compile(r"\b(?:each|every|per|apiece|average|typical|a day|a week|a month|daily|weekly|monthly|range|between|how big is (?:a|one))\b",
                       re.IGNORECASE)
# Before the figure: "each serving", "per", the low end of a range ("30,000 to").
_PER_BEFORE = re.compile(r"(?:\b(?:each|every|per)\b[^.;:]{0,30}|(?<![\d,.])\d[\d,.]*\s*(?:to|-|–)\s*)$", re.IGNORECASE)
# "fell from 41 in April 2018 to 33": a date's year before "to" ends a date, not a range's low end
_DATE_BEFORE = re.compile(r"(?:\b[A-Za-z]{3,9}\.?\s+|/)(?:19|20)\d\d\s*(?:to|-|–)\s*$")
# After the figure: "people a day", "patients per practice".
_PER_AFTER = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,2}?(?:a|per|each)\s+(?:day|week|month|shift|session|practice|team|hub|site|bed|head)\b",
                        re.IGNORECASE)


def said_per_unit(item: str | None, text: str, question: str) -> bool:
    """The item is a figure the text states per one of many or as a rate, and the question asks no such thing."""
    if not item or _ASKS_PER.search(question):
        return False
    at = text.find(item)
    if at < 0:
        return False
    before = text[max(0, at - 40):at]
    return bool(_PER_BEFORE.search(before) and not _DATE_BEFORE.search(before)
                or _PER_AFTER.match(text[at + len(item):at + len(item) + 40]))
