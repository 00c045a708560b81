"""Answer types found in text: people, dates, numbers, statuses, and the one nearest the topic.

A sentence answers "who" only if it names a person, "when" only if it holds a date, "how many" only
if it holds a number; of several, the answer is the one written closest to the question's words."""

import re
from collections.abc import Iterable, Iterator
from datetime import date

from bot.records.dates import normalise
from bot.records.names import names_in

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+)?"
DATE = re.compile(
    r"\b" + _DAY + r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\.?(?:,?\s+(?:20)?\d\d\b)?"  # 9th September 2016
    r"|\b" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+20\d\d)?\b(?!\s*(?:%|per|m\b|k\b))"  # September 9
    r"|\b\d{1,2}/\d{1,2}/(?:20)?\d\d\b"  # 21/03/2025
    r"|(?<![\d.])\b(?=\d\d|\d\.\d\d)(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:20)?\d\d\b(?!\.\d)"  # 28.11.24, not 3.1.12
    r"|\b20\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"  # 2025-03-21, as exports write it
    r"|\b(?:early|mid|late|end of|by end of|end)?\s*" + _MONTH + r"\b\.?(?:[\s'’-]*(?:20)?\d\d\b)?"  # January 2017, Jan-17, mid-December
    r"|\b(?:end of\s+)?(?:q|qtr|otr|quarter)\.?\s*[1-4]\b(?:\s*(?:-|–|to)\s*(?:q|qtr|quarter)\.?\s*[1-4]\b)?"  # Qtr 3, Q2-Q3 (a span of quarters)
    r"(?:\s*(?:of\s+)?(?:20)?\d\d\s*/\s*\d\d)?"  # ... 2025/26
    r"|\b(?:spring|summer|autumn|winter)(?:\s+20\d\d)?\b"
    r"|(?<!/)\b(?:20)?\d\d\s*/\s*\d\d\b(?!/)"  # 16/17, 2017/18; not a reference's "PB/17/10"
    r"|\b(?:19|20)\d\d\b"
    # a day that recurs: "the second Wednesday of each month", "every Tuesday", "last Thursday of the month"
    r"|\b(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+|every\s+|each\s+)(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+of\s+(?:each|every|the)\s+month)?\b",
    re.I,
)
NUMBER = re.compile(
    r"(?<![\w/])(?:£|\$|€)?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s?cent|percent|m\b|bn\b|k\b|million|billion|thousand|m2|sq\.?\s?m|"
    r"square met(?:re|er)s?|beds?|sites?|weeks?|days?|years?|hours?|minutes?|practices|pharmacies|people|staff|members?)?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b",
    re.I,
)
STATUS = re.compile(r"\b(?:red|amber|green|blue|complete[d]?|on track|off track|at risk|delayed|not started|in progress"
                    # an assurance rating ("assured with conditions", "limited assurance"): a plan's status as a regulator gives it
                    r"|(?:not |partly |partially |fully )?assured(?: with conditions)?|(?:full|substantial|reasonable|limited|partial|no) assurance)\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9&]+")


def people(text: str, common: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    return list(names_in(text, common))


def dates(text: str) -> list[tuple[int, int, str]]:
    return list(_date_items(text))


def _date_items(text: str) -> Iterator[tuple[int, int, str]]:
    """The dates of `dates`, one at a time: whether a text holds one is known at the first (`holds`)."""
    for m in DATE.finditer(text):
        phrase = m.group(0).strip()
        if phrase.endswith(".") and not re.search(r"(?i)\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$", phrase):
            phrase = phrase[:-1]  # the full stop ending the sentence, not an abbreviation's
        if re.fullmatch(r"(?i)may|march|mar|sept?|june?|july?|aug", phrase) and not _month_context(text, m.start()):
            continue  # "may" the verb, "march" the walk: a month only beside a day, a year or a preposition
        if phrase:
            start = m.start() + m.group(0).index(phrase)
            yield start, start + len(phrase), phrase


def month_label(text: str) -> bool:
    """A column label that is a month's name alone ("June", "May"): a date, though "may" in a sentence
    is a verb."""
    return re.fullmatch(_MONTH + r"\.?", text.strip(), re.I) is not None


def _month_context(text: str, at: int) -> bool:
    before = text[max(0, at - 12): at].lower()
    return bool(re.search(r"\b(?:in|by|from|until|till|to|of|end|early|mid|late|during|before|after)\s*-?\s*$", before))


# Nouns a number follows to say which one is meant ("Programme 8 savings", "Category 2 response").
_LABEL_BEFORE = re.compile(r"\b(?:programme|phase|item|table|page|section|appendix|annex|priority|tier|wave|cohort|stage|"
                           r"band|category|paragraph|part|version|round|workstream|step|option|scenario|figure|chart|type|level|grade|class|"
                           r"theme|objective|slide|chapter|box|module|domain|pillar|strand|goal|ambition|principle|recommendation|schedule)\s+$",
                           re.I)


# An acronym or a place's kind written just before a figure names the thing by it ("NHS 111", "Ward 9")
_NAMED_BY_NUMBER = re.compile(r"(?:\b[A-Z]{2,}|\b(?:[Ww]ard|[Hh]ub|[Rr]oom|[Uu]nit|[Ff]loor|[Ll]ot|[Bb]idder|[Rr]oute|[Bb]ay)) $")


# Where a sentence starts: the text's start, after a full stop, or after a paragraph's number ("2.3 Eleven hubs")
# ... and then counts a plural of capitalised words ("Eleven Community Care Hubs"), not one name ("One Herefordshire")
_COUNTED_RUN = re.compile(r"(?:\s+[A-Z][\w&'’-]*){0,3}\s+[A-Z][a-z]+[^su\W]s\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+)\s*$")


# "2.2.1", "4.3.2.1": a paragraph's or item's number, never an amount.
# "3.1.12" anywhere, and "3.1 Dr Ann Example is SRO ..." opening a line: a paragraph's number, not an amount
_SECTION_NUMBER = re.compile(r"(?<![\d.,£$€])\d+(?:\.\d+){2,}(?![\d.]*\d)|(?:^|(?<=\n))[ \t]*\d{1,2}\.\d{1,2}(?=[ \t]+[A-Z])")


_TIME_OF_DAY = re.compile(r"(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?", re.I)


def numbers(text: str) -> list[tuple[int, int, str]]:
    """Amounts and counts; the numbers inside dates ("17th September", "2016/17") are not amounts."""
    in_dates = [(s, e) for s, e, phrase in dates(text) if re.search(r"\d", phrase)]
    in_dates += [m.span() for m in _SECTION_NUMBER.finditer(text)]
    found = []
    for m in NUMBER.finditer(text):
        phrase = m.group(0).strip()
        start, end = m.start(), m.start() + len(phrase)
        if re.fullmatch(r"(?:19|20)\d\d", phrase) or any(a <= start < b for a, b in in_dates):
            continue
        if phrase[:1].isupper() and re.match(r"\s+[A-Z]", text[end:end + 2]) and not (_SENTENCE_START.search(text[max(0, start - 12):start]) and _COUNTED_RUN.match(text, end)):
            continue  # "One Herefordshire": a number word in a name ("Eleven Community Care Hubs ..." opens a sentence)
        if re.search(r"[A-Za-z][-_]$", text[max(0, start - 2):start]):
            continue  # "WF-02", "UEC-01": the number of a reference code, not an amount
        if _LABEL_BEFORE.search(text[max(0, start - 20):start]) and not re.match(r"[\d,.]*\s*(?:%|per\s?cent|m\b|bn\b|k\b)", text[end:end + 9]):
            continue  # "Programme 8", "Phase 2", "Category 2": which one, not how many
        if _NAMED_BY_NUMBER.search(text[max(0, start - 12):start]) and re.fullmatch(r"\d+", phrase) and not re.match(r"\s*(?:%|per\s?cent\b)", text[end:end + 9]):
            continue  # "NHS 111 call handling", "Ward 9": the number in a name, which one it is, not how many
        if _TIME_OF_DAY.match(text, end):
            continue  # "8am to 8pm", "9.30am": a time of day, not an amount
        if re.match(r"-[A-Za-z]", text[end:end + 2]):
            continue  # "4-hour", "62-day", "18-week": the name of a standard, not an amount
        if phrase.isalpha() and re.search(r"\b(?:of|all|both)\s+the\s+$", text[max(0, start - 12):start], re.I) \
                and re.match(r"\s*(?:[,.;:)]|and\b|or\b|$)", text[end:end + 5]):
            continue  # "the smallest of the three,": the things already named, counted back, not an amount
        found.append((start, end, phrase))
    return found


def counted_numbers(text: str, nouns: Iterable[str]) -> list[tuple[int, int, str]]:
    """The numbers written beside one of the counted nouns ("45 GP practices", "practices: 45")."""
    low = text.lower()
    stems = [n[:6] for n in nouns if len(n) > 2]
    out = []
    for start, end, phrase in numbers(text):
        after, before = low[start: end + 45], low[max(0, start - 45): start]
        near = re.findall(r"[a-z]+", after)[:4]
        if not (_WITH_NOUN.search(phrase.lower()) or _OWN_NOUN.match(low, end)):  # "74 GP practices" counts practices, whatever comes before it
            near += re.findall(r"[a-z]+", before)[-4:]
            label = _LABELLED.search(low[max(0, start - 90): start])
            near += re.findall(r"[a-z]+", label.group(1)) if label else []  # "people registered with 74 practices: 612,400"
        if any(w.startswith(s) for s in stems for w in near) \
                or _counted_by_subject(low, start, stems) and not _counts_own_noun(low, (start, end, phrase)):
            out.append((start, end, phrase))
    return out


# "The number of people with a learning disability ... fell from 41 to 33": the clause's subject says what its
# figures count, however far along the clause they stand (a figure with a noun of its own, "three sites", counts that).
_SUBJECT_COUNT = re.compile(r"\b(?:number|count|total)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+)")
_CLAUSE_OPEN = re.compile(r"[.;!?|\n•]\s")


def _counted_by_subject(low: str, start: int, stems: list[str]) -> bool:
    before = low[max(0, start - 160): start]
    opened = [m.end() for m in _CLAUSE_OPEN.finditer(before)]
    clause = before[opened[-1]:] if opened else before
    return any(m.group(1).startswith(s) for m in _SUBJECT_COUNT.finditer(clause) for s in stems)


# A number with a noun of its own right after it counts that noun ("74 GP practices"), not the words before it.
_OWN_NOUN = re.compile(r"(?:\s*%|\s*per\s?cent)?(?:\s+(?!(?:of|in|to|and|or|by|for|at|on|from|per|is|are|was|were|its|this|"
                       r"has|as|his|us|across|with|the|a|an|than|each|plus|less|minus)\b)[a-z][a-z-]*){0,2}?\s+[a-z][a-z-]*[^su\W]s\b")
_WITH_NOUN = re.compile(r"\d\s+(?!(?:million|billion|thousand|hundred)\b)[a-z]")  # "74 practices", read as one phrase
# The label a value is written after ("Registered population: 612,400"), back to the cell or clause it begins.
_LABELLED = re.compile(r"([^|;:\n.•]*):\s*$")


MONEY = re.compile(r"(?:£|\$|€)\s?\d[\d,]*(?:\.\d+)?\s*(?:m\b|bn\b|k\b|million|billion|thousand)?|"
                   r"\b\d[\d,]*(?:\.\d+)?\s*(?:million|billion|bn\b|m\b)(?:\s+(?:pounds|a year|per annum))?", re.I)


def money(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.start() + len(m.group(0).strip()), m.group(0).strip()) for m in MONEY.finditer(text)]


# The two kinds of NHS money: a sum the paper calls one kind never answers a question about the other.
# Kinds of money a plan keeps apart, each by the words that name it: what is spent on assets (capital)
# or running costs (revenue), and what a scheme releases (savings) against what is put into it
# (investment). A sum named as one kind is no answer to a question asking another.
MONEY_KINDS = {
    "capital": r"capital",
    "revenue": r"revenue",
    "savings": r"sav(?:e|es|ed|ing|ings)|efficienc(?:y|ies)",
    "investment": r"invest(?:s|ed|ing|ment|ments)?",
}
_KIND_WORDS = {kind: re.compile(rf"\b(?:{words})\b", re.I) for kind, words in MONEY_KINDS.items()}
_KIND_NEAR = 24  # how far from a sum its kind is written ("£0.9m revenue", "capital of £14.6m")


def money_kind_asked(question: str) -> str | None:
    """The one kind of money a question names ("how much capital ...", "what savings ..."), else None."""
    named = [k for k, words in _KIND_WORDS.items() if words.search(question)]
    return named[0] if len(named) == 1 else None


# Kinds of money a paper always names as such: a sum is capital only where the paper calls it capital
# (a scheme's "Total" or "Bid" may be revenue, or both), though savings may be written as a bare reduction.
NAMED_KINDS = frozenset({"capital"})


def called(kind: str, text: str) -> bool:
    """Whether the text names the kind of money anywhere (its row, heading, caption or sentence)."""
    return bool(_KIND_WORDS[kind].search(text))


def other_kind_of_money(text: str, kind: str) -> bool:
    """The sum a text leads with is labelled, wherever the text states it, as another kind of money
    than `kind` ("£0.9m: ... needs £0.9m revenue a year"; "£2.1m: ... investment of £2.1m a year" asked
    for savings)."""
    sums = money(text)
    if not sums:
        return False
    low, lead = text.lower(), sums[0][2]
    near = " ".join(low[max(0, a - _KIND_NEAR): b + _KIND_NEAR] for a, b, m in sums if m == lead)
    return not _KIND_WORDS[kind].search(near) and any(words.search(near) for other, words in _KIND_WORDS.items() if other != kind)


FREQUENCY = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly|twice a \w+|once a \w+|"
                       r"every (?:\w+ )?(?:day|week|month|quarter|year|monday|tuesday|wednesday|thursday|friday)|"
                       r"(?:first|second|third|fourth|last) (?:monday|tuesday|wednesday|thursday|friday)(?: of (?:each|every|the) month)?)\b", re.I)


def frequencies(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in FREQUENCY.finditer(text)]


def statuses(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), m.group(0)) for m in STATUS.finditer(text)]
    if "RAG" in text:  # "RAG now R (was A)": a rating written as its letter, after the word that says so
        found = sorted(found + [(m.start(1), m.end(1), m.group(1)) for m in _RAG_LETTER.finditer(text)])
    return found


# A RAG rating as its letter: "RAG now R (was A)", "RAG: A/G", "RAG rating G"
_RAG_LETTER = re.compile(r"\bRAG\b(?:\s+(?:rating|status|now|is|was|currently))*\s*[:=-]?\s*((?:R|A|G)(?:/(?:R|A|G))?)(?![\w/])")


# A UK phone number ("01253 951613", "0300 123 4567", "+44 1253 951613") or an email address.
CONTACT = re.compile(r"(?<![\w@])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)|"
                     r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def contacts(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in CONTACT.finditer(text)]


def durations(text: str) -> list[tuple[int, int, str]]:
    """A length of time ("120 days", "six weeks") or the date it runs to (or from): what answers "how
    long". A figure without a unit of time (a cost, a count) is no length."""
    lengths = [(start, end, phrase) for start, end, phrase in numbers(text)
               if _TIME_UNIT.search(phrase) or _TIME_UNIT.match(text[end:])]
    return sorted(dates(text) + lengths)


_TIME_UNIT = re.compile(r"[\s-]*(?:working\s+|calendar\s+|full\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b", re.I)


FINDERS = {"person": people, "date": dates, "number": numbers, "money": money, "status": statuses, "frequency": frequencies,
           "contact": contacts, "duration": durations}


def holds(want: str, text: str, common: frozenset[str] = frozenset()) -> bool:
    finder = FINDERS.get(want)
    if finder is None:
        return True
    # a name or a date is known held at the first found: a question's typed rows at national scale are
    # thousands of near-copies' cells, each read for the asked type
    if want == "person":
        return next(names_in(text, common), None) is not None
    if want == "date":
        return next(_date_items(text), None) is not None
    return bool(finder(text))


NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b")


def nearest(want: str, text: str, anchors: Iterable[str], prefer_after: Iterable[str] = (),
            common: frozenset[str] = frozenset(), asked_about: frozenset[str] = frozenset(), given: str = "",
            when: tuple[date, date] | None = None) -> str | None:
    """The item of the wanted type written closest to the question's words in the text. A number
    followed by a counted noun ("45 GP practices") beats a bare one; a person the question names
    (`asked_about`, by surname) is who it asks about, never the item; nor is a date or figure the
    question itself gives ("when was the 2015-2020 plan published?" is not answered "2015"). A figure dated
    in the question's window (`when`: "at 30 September 2018") beats one dated outside it."""
    finder = FINDERS.get(want)
    if finder is None:
        return None
    items = people(text, common) if want == "person" else finder(text)
    if want == "person" and asked_about:
        items = [i for i in items if i[2].split()[-1].lower() not in asked_about]
    if want == "number" and prefer_after:
        items = counted_numbers(text, prefer_after)  # "how many practices": only a number of practices answers
    if given and want in ("date", "number", "money"):
        said = _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(0)]), given.lower())  # "four-hour" gives the 4 of "4-hour"
        items = [i for i in items if not re.search(rf"(?<![\w/])(?<!\d[.,]){re.escape(_as_digits(i[2]))}(?![\w/%]|[.,]\d)", said)]
    if not items:
        return None
    low = text.lower()
    spots = [m.start() for word in anchors if len(word) > 2 for m in re.finditer(re.escape(_written_stem(word)), low)]
    counted = [w for w in prefer_after if len(w) > 2]

    labels = [m.span(1) for m in _LABEL_THEN_VALUE.finditer(text)] if want in ("number", "money") else []

    def rank(item: tuple[int, int, str]) -> tuple[float, int]:
        start, end, _ = item
        distance = min((abs(start - s) for s in spots), default=0)
        follows = low[start: end + 40]  # from the figure itself: "1,046,200 people" is found with its noun
        bonus = -1000 if counted and any(re.match(r"\S+\W*(?:\w+\W+){0,2}" + re.escape(c), follows) for c in counted) else 0
        if not bonus and any(a <= start < b for a, b in labels) and _counts_own_noun(low, item):
            bonus = _IN_LABEL  # "people registered with 74 GP practices: 612,400": the 74 says which people; 612,400 is the value
        if in_window.get(start):
            bonus -= _IN_WINDOW
        return distance + bonus, start

    dated = [d for d in dates(text) if re.search(r"\d", d[2])] if when and want in ("number", "money") else []
    in_window = {item[0]: _dated_in(text, item, dated, when) for item in items} if dated and when else {}
    if False not in in_window.values():
        in_window = {}  # the date tells figures apart only where another is dated outside the window ("from 41 in April")
    return min(items, key=rank)[2]


def _as_digits(item: str) -> str:
    """A number as the question would be compared with it: "all three targets" gives the 3 of "all 3 treatment
    targets?", so a count written in words is the question's own number too, never its answer."""
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(0)]), item.lower())


def _written_stem(word: str) -> str:
    """An anchor as the text writes its start: a stem that restored an "e" or turned "y" to "i" ("save" of
    "savings", "happi" of "happy") is found without its last letter."""
    return word[:-1] if len(word) >= 4 and word[-1] in "ei" else word


_IN_WINDOW = 700  # a figure dated in the asked window ranks ahead of nearer undated ones; a counted noun weighs more
_DATE_REACH = 25  # "33 at 30 September 2018", "At 30 September 2018, 33 ...": a date this close dates the figure
# ... with only linking words between ("2020/21 bridge: do-nothing gap £263.4m" dates the bridge, not the figure)
_LINKING = re.compile(r"[\s,:(–-]*(?:(?:as|at|on|by|in|for|during|from|of|to|the|end|close|was|were|is|stood|of)[\s,:(]+)*[\s,:(–-]*$", re.I)


def _dated_in(text: str, item: tuple[int, int, str], dated: list[tuple[int, int, str]], when: tuple[date, date]) -> bool | None:
    """Whether the date written closest beside a figure, on either side, falls in the window the question
    asks about; None when no date stands beside it."""
    start, end, _ = item
    gaps = [(d_start - end if d_start >= end else start - d_end, phrase) for d_start, d_end, phrase in dated
            if (0 <= d_start - end <= _DATE_REACH and _LINKING.match(text[end:d_start]))
            or (0 <= start - d_end <= _DATE_REACH and _LINKING.match(text[d_end:start]))]
    if not gaps:
        return None
    period = normalise(min(gaps)[1])
    return period.start is not None and period.end is not None and period.start <= when[1] and when[0] <= period.end


# A label and the figure written after its colon ("people registered with 74 GP practices: 612,400").
_LABEL_THEN_VALUE = re.compile(r"([^|;:\n•]{3,}):\s*(?=[£$€]?\d)")
_IN_LABEL = 500  # a counted figure inside a label ranks behind any figure outside one


def _counts_own_noun(low: str, item: tuple[int, int, str]) -> bool:
    """A figure written with a noun of its own ("74 GP practices") counts that noun: inside a label it
    qualifies the label, and is not the value the label gives."""
    start, end, phrase = item
    return bool(_WITH_NOUN.search(phrase.lower()) or _OWN_NOUN.match(low, end))


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]
