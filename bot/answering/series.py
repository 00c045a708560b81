"""The dates of several of a kind: "when do the two nursing associate cohorts start?", "when do INT
phases 2 and 3 go live?", "when does each phase go live?". Papers give each member of a series its own
line (a calendar cell, a milestone row), so the best line answers for one member only. Asked for
several, the answer gathers the lines that each date another member of the series the question names,
each with its own citation, in date order.

Named ideas:
- a series asked: "both", "each", "every", "all the", or a count ("two", "3") before a plural noun, or a
  noun with numbers ("phases 2 and 3"), in a question asking when;
- gathered only when the best line does not date as many months as asked itself (an initiative's key
  milestones already do);
- a member: a candidate as eligible as the best, close to it in score, naming the series' noun (and one of
  the asked numbers, when numbers are asked), giving a date no member already gives."""

import re
from dataclasses import dataclass

from bot.answering import types
from bot.answering.candidates import Candidate, trim, unique
from bot.records.dates import normalise

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "both cohorts", "each phase", "all the waves", "the two pilots", "3 phases": the words after the count
_SEVERAL = re.compile(r"\b(?P<many>both|each|every|all|two|three|four|[234])\s+(?:of\s+)?(?:the\s+)?(?P<words>(?:[a-z&-]+\s*){1,4})")
# "phases 2 and 3", "cohorts 1 and 2", "phase 1, 2 and 3"
_NUMBERED = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?P<nums>\d+(?:\s*(?:,|and|&)\s*\d+)+)\b")
# "the first and second cohorts"
_ORDINAL_PAIR = re.compile(r"\b(?P<a>first|second|third|1st|2nd|3rd)\s+and\s+(?P<b>second|third|fourth|2nd|3rd|4th)\s+"
                           r"(?P<words>(?:[a-z&-]+\s*){1,4})")

SERIES_MAX = 4  # "each phase": at most this many lines
SCORE_MARGIN = 3.0  # how far below the best a member's score may be


@dataclass(frozen=True)
class Series:
    noun: str  # the series' noun, singular as best it can be read ("cohort", "phase")
    count: int  # how many members are asked for
    numbers: frozenset[int] = frozenset()  # which members, when numbered


def asked_series(question: str) -> Series | None:
    """The series a "when" question asks the dates of, else None."""
    low = question.lower()
    m = _NUMBERED.search(low)
    if m:
        nums = frozenset(int(n) for n in re.findall(r"\d+", m.group("nums")))
        return Series(_singular(m.group("noun")), len(nums), nums)
    m = _ORDINAL_PAIR.search(low)
    noun = _plural_noun(m.group("words")) if m else None
    if m and noun:
        return Series(noun, 2, frozenset({_ORDINALS[m.group("a")], _ORDINALS[m.group("b")]}))
    m = _SEVERAL.search(low)
    if not m:
        return None
    many = m.group("many")
    # "each phase" names one of them; "both cohorts", "the two pilots" name them all, in the plural
    noun = m.group("words").split()[0] if many in ("each", "every") else _plural_noun(m.group("words"))
    if not noun or noun in _NOT_SERIES or len(noun) < 3:
        return None
    return Series(noun, _COUNTS.get(many, SERIES_MAX))


def _plural_noun(words: str) -> str | None:
    """The first plural among a count's next words ("two nursing associate cohorts" -> cohort)."""
    for word in words.split():
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return _singular(word)
    return None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Words a count may come before that are no series of dated things ("two years", "each month").
_NOT_SERIES = frozenset("year month week day quarter time hour minute date".split())


def gathered(best: Candidate, ranked: list[Candidate], series: Series) -> tuple[str, list] | None:
    """(answer, citations) from the best line and the lines dating the series' other members, in date
    order; None when no other member is found."""
    if len({_month(phrase) for _, _, phrase in types.dates(best.answer)} - {None}) >= series.count:
        return None  # the best line dates them all itself (an initiative's key milestones)
    if not _names_member(best.main, series):
        return None  # the best line is about something else: nothing to gather around it
    members = [best]
    seen = [_period_of(best)]
    for other in ranked:
        if len(members) >= series.count:
            break
        if other is best or not other.eligible or not other.answered or not other.has_type or other.score < best.score - SCORE_MARGIN:
            continue
        if not _names_member(other.main, series):
            continue
        period = _period_of(other)
        if period is None or period in seen:
            continue
        members.append(other)
        seen.append(period)
    if len(members) < 2:
        return None
    ordered = sorted(zip(seen, members), key=lambda pm: pm[0] or (9999, 99))
    share = 590 // len(ordered)
    answer = "; ".join(trim(m.answer, share) for _, m in ordered)
    return answer, unique(c for _, m in ordered for c in m.citations[:2])


def _names_member(text: str, series: Series) -> bool:
    low = text.lower()
    if not re.search(rf"\b{re.escape(series.noun)}", low):
        return False
    if not series.numbers:
        return True
    ordinals = [w for w, n in _ORDINALS.items() if n in series.numbers]
    return any(re.search(rf"\b{re.escape(series.noun)}\w*\s+{n}\b", low) for n in series.numbers) or \
        any(re.search(rf"\b{w}\s+(?:[a-z-]+\s+){{0,2}}{re.escape(series.noun)}", low) for w in ordinals)


def _period_of(candidate: Candidate) -> tuple[int, int] | None:
    """The month a candidate's answer dates (its first date), as (year, month)."""
    found = types.dates(candidate.answer)
    return _month(found[0][2]) if found else None


def _month(phrase: str) -> tuple[int, int] | None:
    period = normalise(phrase)
    return (period.start.year, period.start.month) if period.start is not None else None
