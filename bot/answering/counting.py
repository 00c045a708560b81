""""How many X?": the nouns a question counts, and whether a list is a list of them; "what are the 4
priorities?": how many items a list question asks for, and a count in figures and words.

"How many workstreams does the programme have?" is answered by counting the items under a line
that names workstreams ("The programme is organised in the workstreams below"), when no sentence
gives the number: the count is of quoted lines, each cited, so nothing is made up."""

import re

from bot.answering import types
from bot.records.lists import points_ahead

_COUNT_WORDS = {w: n for w, n in types.NUMBER_WORDS.items() if 2 <= n <= 10}  # a count of items is said from two to ten
_UNIT = r"(?!(?:minute|hour|day|week|month|year|quarter|percent|per)s?\b)"
_ASKED_COUNT = re.compile(r"\b(?:the|our|their|its|these|those|what|which|[a-z]+['’]s)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          rf"(?:{_UNIT}[a-z&]+\s+){{0,2}}?{_UNIT}([a-z]{{2,}}s)\b")


def count_forms(n: int) -> tuple[str, ...]:
    """4 -> ("4", "four")."""
    return (str(n), *(w for w, k in _COUNT_WORDS.items() if k == n))


def asked_count(low: str) -> int | None:
    """"what are the 4 priorities" (or "kfo's 4 priorities") -> 4; "the four-hour target" and "the 18
    weeks" count no items. Read with apostrophes, which mark a possessive as a determiner."""
    m = _ASKED_COUNT.search(low)
    if not m:
        return None
    return int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1)]


# Words that end the counted noun phrase once it has begun ("how many GP practices are there"; "how many calls a
# year": the rate is no part of what is counted).
_PHRASE_ENDS = frozenset("are is there does do did in across of the for at on by from within have has will were was can could "
                         "should would with without who whom whose that which to under over per since than a an each every".split())


def counted_nouns(question: str) -> list[str]:
    """The words "how many" counts, as written ("how many drop-in sessions are listed" -> drop-in,
    sessions; "no. of GP practices" too)."""
    m = re.search(r"\bhow many\s+(.*)|\b(?:number|no\.?) of\s+(.*)", question.lower())
    if not m:
        return []
    out: list[str] = []
    words = re.findall(r"[a-z]+(?:[-&][a-z]+)*", m.group(1) or m.group(2))  # ("g&a beds": one word, not "a")
    for k, word in enumerate(words):
        if word in _PHRASE_ENDS:
            if out:
                # "how many patients were waiting": what they are doing names them too (a backlog is of the waiting)
                if word in _BEING and k + 1 < len(words) and words[k + 1].endswith("ing"):
                    out.append(words[k + 1])
                break
            continue
        out.append(word)
    return out


_BEING = frozenset("are is were was".split())


def counted_as_asked(question: str) -> str | None:
    """The counted things as the question writes them ("BAF risks" of "how many BAF risks are rated
    high?"), when they end in a plural noun; else None ("how many currently sit ...")."""
    nouns = counted_nouns(question)
    if not nouns or not nouns[-1].endswith("s"):
        return None
    said = re.search(r"\w*\W+".join(map(re.escape, nouns)), question, re.I)  # "LC1 projects": the words as written
    # whose they are is not what they are: "the ICB's corporate risks" are counted as corporate risks
    return re.sub(r"^(?:\S+['’]s\s+)+", "", said.group(0)) if said else None


def introduces_counted(nouns: list[str], intro: str, stem_set, stem) -> bool:
    """A list's introducing line is one of the counted things: it names every counted word ("how many
    staff drop-in sessions" over "Drop-in sessions ... open to staff:"; "how many whole-time equivalent
    staff" is not asked of a list whose line only mentions staff), says its items follow it,
    and gives no number of its own (a heading "Wave 1 teams live (6 teams)" is answered by its 6,
    and the lines under it are not teams)."""
    stems = stem_set(intro)
    return (bool(nouns) and all(stem(w) in stems for w in nouns) and points_ahead(intro)
            and not types.counted_numbers(intro, [nouns[-1].rstrip("s")]))


def states_count_of(text: str, nouns: list[str], stem) -> bool:
    """The text gives a number of the very things counted, written as the question writes them: a
    number, at most one word of its own, then every counted word in order ("received 1,846 survey
    responses" for "how many survey responses"; "71 GP practices" for "how many practices"). A line
    saying so answers "how many" as a row answers a look-up, though it repeats none of the question's
    other words ("in the autumn engagement")."""
    if not nouns:
        return False
    wanted = [stem(w) for w in nouns]
    for _, end, _ in types.numbers(text):
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", text[end:end + 80].lower())[:len(wanted) + 1]
        said = [stem(w) for w in words]
        if said[:len(wanted)] == wanted or said[1:len(wanted) + 1] == wanted:
            return True
    return False
