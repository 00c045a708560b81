"""Answers to a question next to the one asked: the papers give the 2026/27 savings target and staff ask
for 2028/29's; they give when the first cohort starts and staff ask about the second. Such an answer is
about the right thing, so it scores well, yet it answers another question; the plans do not say.

Named ideas, each a rule a candidate must pass to be the answer:
- another year: a question naming a financial year (or a calendar year) for a sum or a figure is not
  answered by a text that ties its figures to other years only, nor by one that names no time in it;
- another month: a month's figure is not answered by a text (or its heading) giving another month's;
- another one of a series: a question naming the second (third, ...) of something is not answered by a
  text naming a different one of the series ("First apprentice cohort") and not the one asked;
- another of the same name: a question about "the Hallamby Urgent Treatment Centre" is not answered by a
  text about "Saltharbour Urgent Treatment Centre" that never names Hallamby."""

import re
from collections.abc import Callable, Container
from functools import lru_cache

from bot.answering import types
from bot.answering.analysis import Analysis
from bot.answering.scope import whole_scope
from bot.answering.windows import OCCASION, Window
from bot.records.dates import MONTH_ALONE, MONTH_NAME, month_number, normalise

_FY = re.compile(r"\b(?:20)?(\d{2})\s*[/-]\s*(\d{2})\b")
_YEAR = re.compile(r"\b(20\d{2})\b")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\b", re.IGNORECASE)
# An ordinal before the noun of a series (a few words may stand between: "the 2nd OWA apprentice cohort").
_SERIES_ASKED = re.compile(r"\b(?:second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:[\w&'-]+\s+){0,4}?"
                           r"(?P<noun>cohorts?|intakes?|waves?|phases?|tranches?|stages?|cycles?|rounds?|drafts?|versions?)\b", re.IGNORECASE)


# nouns that name a figure: "what is the transformation budget for 2020/21?" asks for a sum as "how much" does
_FIGURE_NOUN = re.compile(r"\b(?:budgets?|costs?|savings?|funding|allocations?|deficits?|surplus(?:es)?|spend|envelopes?|income|"
                          r"control totals?|trajector(?:y|ies))\b", re.IGNORECASE)


# Each rule below reads the question first and a candidate's texts only when the question can be
# answered by another one of its kind: a national corpus brings a thousand near-copies a question, and
# most questions name no year, month, ordinal or part, so no candidate's text need be read for them.


def asked_year_of_figure(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The years (as spans of months) a question asks a figure for, which `unstated_year` and
    `other_year` hold a text to; () when it asks no figure of a year."""
    figure = analysis.want in ("money", "number") or analysis.want == "text" and bool(_FIGURE_NOUN.search(analysis.text))
    if not figure or analysis.window is None or analysis.window.relative:
        return ()
    return _asked_spans(analysis.text)


def unstated_year(stated: str, analysis: Analysis) -> bool:
    """The question names a year for a figure ("the savings target for 2028/29"), and the text with its
    row, heading and paper's opening names no time in that year: a figure of no stated year is not the
    asked year's. (A date in the text is its month: "go-live 31 March 2028" is no part of 2028/29.)"""
    asked = asked_year_of_figure(analysis)
    if not asked:
        return False
    said = _spans(stated)
    return not any(a < d and c < b for a, b in asked for c, d in said)


def spans_asked(analysis: Analysis) -> bool:
    """Whether the question asks a figure across years, which `part_of_span` holds a text to."""
    return analysis.want in ("money", "number") and len(dict.fromkeys(_asked_spans(analysis.text))) >= 2


def part_of_span(stated: str, analysis: Analysis) -> bool:
    """The question asks a figure across years ("the total over 2026/27 to 2028/29"), and the text (with
    its row and heading) gives some of those years and not the others: one year's figure, not the span's."""
    if analysis.want not in ("money", "number"):
        return False
    asked = list(dict.fromkeys(_asked_spans(analysis.text)))
    if len(asked) < 2:
        return False
    said = _spans(stated)
    held = [a for a in asked if any(a[0] < d and c < a[1] for c, d in said)]
    return 0 < len(held) < len(asked)


def other_year(answer: str, analysis: Analysis) -> bool:
    """The question names a year for a sum or figure, and the answer states figures of other years only
    (a financial year 2026/27 runs April 2026 to March 2027, so it shares months with the year 2027)."""
    asked = asked_year_of_figure(analysis)
    if not asked:
        return False
    stated = _spans(answer)
    return bool(stated) and not any(a < d and c < b for a, b in asked for c, d in stated)


@lru_cache(maxsize=256)
def _asked_spans(question: str) -> tuple[tuple[int, int], ...]:
    """`_spans` of a question's text, worked out once for all of its candidates."""
    return tuple(_spans(question))


def _spans(text: str) -> list[tuple[int, int]]:
    """The years a text names, as spans of months: "2026/27" or "26/27" from April to March, "2027"
    from January to December; a month with its year ("31 March 2028") is that month only."""
    months = [(y * 12 + m - 1, y * 12 + m) for y, m in _months(text)]
    text = _MONTH_YEAR.sub(" ", text)
    spans = [((2000 + int(a)) * 12 + 3, (2001 + int(a)) * 12 + 3) for a, b in _FY.findall(text) if (int(a) + 1) % 100 == int(b)]
    return months + spans + [(int(y) * 12, (int(y) + 1) * 12) for y in _YEAR.findall(_FY.sub(" ", text))]


def month_asked(analysis: Analysis) -> bool:
    """Whether the question names a month for a figure, which `other_month` holds a text to."""
    window = analysis.window
    if analysis.want not in ("money", "number", "text") or window is not None and (window.relative or _months_long(window)):
        return False  # "between January and March 2027" asks a span, which texts of its other months answer
    return bool(_asked_months(analysis.text))


@lru_cache(maxsize=256)
def _asked_months(question: str) -> frozenset[tuple[int, int]]:
    return frozenset(_months(question))


def other_month(stated: str, analysis: Analysis, answer: str = "") -> bool:
    """The question names a month for a figure ("A&E performance in September 2018"), and the text
    (the answer with the heading it sits under: "KEY METRICS - October 2018") gives another month's.
    An answer that itself names the asked month, its year left to the page ("236 at 27 September"),
    is that month's, whatever other months the heading around it names."""
    window = analysis.window
    if analysis.want not in ("money", "number", "text") or window is not None and (window.relative or _months_long(window)):
        return False  # "between January and March 2027" asks a span, which texts of its other months answer
    asked = _asked_months(analysis.text)
    if not asked:  # most questions name no month: no candidate's texts need reading (a thousand near-copies each)
        return False
    if {m for _, m in asked} & _month_names(answer):
        return False
    said = _months(stated)
    return bool(said) and not asked & said


def _month_names(text: str) -> set[int]:
    """The months a text names by name, with or without a year ("27 September", "Sept 2026"); "may"
    in lower case is the verb."""
    return {month_number(m.group(1)) for m in MONTH_ALONE.finditer(text) if m.group(0) not in ("may", "mar")}


def _months_long(window: Window) -> bool:
    return window.start is not None and window.end is not None and (window.start.year, window.start.month) != (window.end.year, window.end.month)


def _months(text: str) -> set[tuple[int, int]]:
    """(year, month) of each month a text names with its year: "September 2018", "Sep-18", "Oct 2018"."""
    return {(2000 + int(y) % 100, month_number(m)) for m, y in _MONTH_YEAR.findall(text)}


# a month and its year, not the first half of a financial year ("Mar 26/27")
_MONTH_YEAR = re.compile(r"\b" + MONTH_NAME + r"\.?[\s'’-]+((?:20)?\d\d)\b(?![/:.]\d)", re.IGNORECASE)


def before_given(answer: str, analysis: Analysis) -> bool:
    """"When is the next meeting after 17 October 2018?": the question gives a date the answer must
    come after; an answer whose date ends before it is the meeting before, not the next."""
    if analysis.want != "date":
        return False
    m = _AFTER.search(analysis.text)
    if not m:
        return False
    found = types.dates(answer)
    if not found:
        return False
    given, said = normalise(m.group(1)), normalise(found[0][2])
    return given.end is not None and said.end is not None and said.end <= given.end  # the given day or month itself is not after it


_AFTER = re.compile(r"\bafter " + OCCASION + r"((?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    r"[a-z]*\.? (?:20)?\d\d|q[1-4] (?:20)?\d\d/\d\d)\b", re.IGNORECASE)


def other_ordinal(answer: str, analysis: Analysis) -> bool:
    """The question asks about a later one of a series ("the second cohort"), and the answer names
    another one of it and not the one asked."""
    asked = _asked_ordinals(analysis.text)
    if len(asked) != 1:
        return False
    stated = {_ORDINALS[m.lower()] for m in _ORDINAL.findall(answer)}
    if not stated:  # "the second cohort": an answer naming no cohort at all says nothing of the second
        noun = _SERIES_ASKED.search(analysis.text)
        return bool(noun) and not re.search(rf"\b{noun.group('noun')[:5]}", answer, re.IGNORECASE)
    return not asked & stated


@lru_cache(maxsize=256)
def _asked_ordinals(question: str) -> frozenset[int]:
    return frozenset(_ORDINALS[m.lower()] for m in _ORDINAL.findall(question)) - {1}


def other_part(answer: str, analysis: Analysis) -> bool:
    """The question names a numbered part of a piece of work ("phase 1", "wave 2", "tranche 3"), and the
    answer names only other parts of that kind ("Phase 2 ... remains planned for July 2020")."""
    asked = _asked_parts(analysis.text)
    if not asked:
        return False
    stated = {(m.group(1).lower(), int(m.group(2))) for m in _PART.finditer(answer)}
    kinds = {kind for kind, _ in asked}
    return any(kind in kinds for kind, _ in stated) and not asked & stated


_PART = re.compile(r"\b(phase|wave|tranche|cohort|stage|cycle)\s*(\d{1,2})\b", re.IGNORECASE)


def asked_parts_in(question: str, text: str) -> list[str]:
    """The numbered parts the question asks ("phase 2") as the text writes them, lower case: where a
    text gives each phase its dates, the asked phase's are those written by its name."""
    asked = _asked_parts(question)
    return [m.group(0).lower() for m in _PART.finditer(text) if (m.group(1).lower(), int(m.group(2))) in asked] if asked else []


@lru_cache(maxsize=256)
def _asked_parts(question: str) -> frozenset[tuple[str, int]]:
    return frozenset((m.group(1).lower(), int(m.group(2))) for m in _PART.finditer(question))


_NAMED = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,})\s+([A-Za-z][A-Za-z'’-]+)\s+([A-Za-z][A-Za-z'’-]+)")


def other_name(answer: str, analysis: Analysis, stem: Callable[[str], str], everyday: Container[str] = frozenset()) -> str | None:
    """The question names a thing by a proper name and what it is ("the Hallamby Urgent Treatment
    Centre"); the answer never writes the name, and writes what it is after another capitalised name
    ("Saltharbour Urgent Treatment Centre"): another of the same kind, not the one asked. A word of
    English in the possessive ("the Partnership's delivery plan") says whose it is, not which one.
    Returns the asked name ("Hallamby"), or None."""
    named = _named_kinds(analysis.text)
    if not named:  # most questions name nothing so: no answer's text need be read
        return None
    low = answer.lower()
    for name, kind in named:
        if stem(name.lower()) not in analysis.proper or name.lower() in low:
            continue
        other = re.search(rf"\b([A-Z][\w'’-]+)\s+{re.escape(kind)}\b", answer, re.IGNORECASE)
        word = re.sub(r"['’]s$", "", other.group(1)).lower() if other else ""
        owner = other is not None and word != other.group(1).lower() and word in everyday  # "the Partnership's plan": whose, not which
        if other and other.group(1)[:1].isupper() and word != name.lower() and not owner:
            return name
    return None


def names_a_kind(analysis: Analysis) -> bool:
    """Whether `other_name` can find any answer naming another one of the kind the question names."""
    return bool(_named_kinds(analysis.text))


@lru_cache(maxsize=256)
def _named_kinds(question: str) -> tuple[tuple[str, str], ...]:
    """(name, what it is) for each "Hallamby Urgent Treatment Centre" a question writes, in order."""
    return tuple((m.group(1), f"{m.group(2)} {m.group(3)}") for m in _NAMED.finditer(question))


# "786,800 people across three places: Haldenmoor, Cressbrook Valley and Ryllington and Marsh": a figure
# said of a whole that the sentence then lists the parts of
_ACROSS_LISTED = re.compile(r"\b(?:across|in|covering|serving|over|for|from)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
                            r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[a-z]+\s*[:(,–-]\s*([^.;()]+)", re.IGNORECASE)
# "of which £12.3m is capital for the urgent treatment centre, the neighbourhood hubs and the shared care record": a
# figure said of several things together, listed after it (a decimal point is no sentence's end)
_SHARED_BY = re.compile(r"\b(?:for|on|covering|between)\s+((?:[^.;()]|(?<=\d)\.(?=\d)){3,200}?\band\s(?:[^.;()]|(?<=\d)\.(?=\d)){2,120})", re.IGNORECASE)
_ITEMS = re.compile(r",|\band\b")
# the footprint named by its kind ("the Calverdine & Orrisford STP footprint", "... Health and Care Partnership")
_FOOTPRINT_KIND = re.compile(r"\b(?:stp|ics|icp|icb|footprint|partnership|system)\b")


def figure_of_whole(text: str, analysis: Analysis, stem: Callable[[str], str], setting: Container[str] = frozenset()) -> bool:
    """The question asks a figure of one named part ("the registered population of Cressbrook Valley?")
    and the text gives the whole's figure, then lists the parts it is across, the asked one among them:
    the part's own figure is not that. A question asking the whole ("across all three places", or by the
    footprint's own name, whose words `setting` are) is not asking a part."""
    low = analysis.text.lower()
    if analysis.want not in ("number", "money") or whole_scope(low) or _FOOTPRINT_KIND.search(low):
        return False
    asked = {t for t in analysis.terms if len(t) > 2 and t not in setting}
    for m in _ACROSS_LISTED.finditer(text):
        listed = m.group(1)
        if len(_ITEMS.findall(listed)) < 1 or not re.search(r"\d", text[:m.start()]):
            continue  # a list of one, or no figure before the list
        if asked & _stems_of(listed, stem) - _stems_of(text[:m.start(1)] + text[m.end(1):], stem):
            return True
    return any(_one_of_shared(text, m, asked, stem) for m in _SHARED_BY.finditer(text) if re.search(r"\d", text[:m.start()]))


def _one_of_shared(text: str, m: re.Match, asked: set[str], stem: Callable[[str], str]) -> bool:
    """The figure before the list is said of all the things listed (none has a figure of its own), and
    the question asks one (or some) of them: its words are in some of the list's things and nowhere else
    in the text, and another thing of the list holds none of them."""
    parts = _ITEMS.split(m.group(1))
    if any(re.search(r"\d", part) for part in parts):
        return False  # ("24 schools and around 16,000 pupils": each thing has a figure of its own)
    items = [item for part in parts if (item := _stems_of(part, stem))]
    held = [bool(asked & item) for item in items]
    own = asked & set().union(*items) - _stems_of(text[:m.start(1)] + text[m.end(1):], stem)
    return len(items) >= 2 and any(held) and not all(held) and bool(own)


def _stems_of(text: str, stem: Callable[[str], str]) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text)}


# "in total", "altogether", "across the area": the whole count asked, not a first batch of it
_ALL_ASKED = re.compile(r"\b(?:in total|total|totals|altogether|in all|overall|all told)\b")
# "the first 4 hubs", "the initial 3 sites", "a further 2 teams": a batch counted, part of the whole
_BATCH = r"(?:first|initial|next|remaining|further|additional|another|last)\s+"


def count_of_batch(text: str, item: str | None, analysis: Analysis) -> bool:
    """Asked how many there are in all ("How many Community Care Hubs are planned in total?"), a number
    counting a batch of them ("First 4 Community Care Hubs live") is not the whole count. `item` is the
    figure the candidate gives (for one giving none of its own, the one by the question's words)."""
    if analysis.want != "number":
        return False
    low = analysis.text.lower()
    if not (_ALL_ASKED.search(low) or whole_scope(low)):
        return False
    return bool(item) and re.search(rf"\b{_BATCH}{re.escape(item)}\b", text, re.IGNORECASE) is not None
