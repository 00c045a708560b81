"""A thing the question calls by its own capitalised name ("who leads the Transforming Care Partnership?").

A name of two or more capitalised words written mid-sentence is one thing's title, not a topic: a line
sharing some of its words ("the Care Home Partnership", "care") is about something else. So an answer
must stand where the whole name is written: its words in their order or its initials ("TCP") in its own
text, its heading or its paper's opening, or all its words (some in shorthand the papers spell out) in
its own text. A paper naming no such thing leaves the question unanswered, as it should be. Job titles
("Senior Responsible Officer"), plan areas, months, people and places are constraints of their own and
are never read as such a name; nor is a name of only body words ("Programme Board"), nor one the
question names as where something is said or done ("in the Outline Business Case")."""

import re
from collections.abc import Callable

from bot.answering.question_names import CALENDAR_WORDS
from bot.answering.vocabulary import BODY_WORDS, JOB_TITLE_WORDS, ROLES

# Words joining a name's capitalised words ("Out of Hospital", "Urgent and Emergency Care").
_JOINING = frozenset({"and", "&", "of", "for", "the", "in"})

# A role's words and a job title's: "Senior Responsible Officer" names a post asked for, not a thing.
_ROLE_WORDS = frozenset(w for phrases in ROLES.values() for p in phrases for w in p.split()) \
    | frozenset(w.lower() for w in JOB_TITLE_WORDS) | frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "cllr", "sir", "dame"})

# Words before a name that make it where something is said or done, not what the question asks about:
# "the date in the Outline Business Case", "a plan brought to the Finance and Performance Committee".
_WHERE_SAID = frozenset({"in", "at", "to", "under", "from", "within", "into", "by", "during", "before", "after"})

_WORD = re.compile(r"[\w&][\w'’-]*")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+|\n)\W*$")


def asked_titles(text: str, ordinary: Callable[[str], bool]) -> list[tuple[str, ...]]:
    """Each capitalised name of two or more words the question writes mid-sentence, as its words, made
    only of `ordinary` words (those the papers write in lower case too, and no plan area's): a name of
    proper words ("Corvedon General", "Dr Hugh Ransome") is a place's, a body's or a person's, and is
    read as such (question_names.py)."""
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    before = ""  # the word before the run, past "the" and shorthand
    for m in _WORD.finditer(text):
        word = m.group(0)
        capital = word[0].isupper() and not word.isupper()
        if capital and _SENTENCE_START.search(text[:m.start()]) and ordinary(word.lower()):
            capital = False  # "Who ...", "When ...": a sentence's first word, unless a name's ("Kestle Vale ...")
        if capital or run and word.lower() in _JOINING:
            run.append(word)
            continue
        ends = run[-1].lower() in _JOINING if run else False
        trailing = [w for w in reversed(run) if w.lower() in _JOINING and w.lower() != "the"]
        if before.lower() not in _WHERE_SAID:
            _close(run, found, ordinary)
        before = trailing[0] if ends and trailing else before  # ("the Hub in the UEC Winter Plan")
        run = []
        if word.lower() != "the" and not word.isupper():  # ("in the UEC Winter Plan")
            before = word
    if before.lower() not in _WHERE_SAID:
        _close(run, found, ordinary)
    return found


def _close(run: list[str], found: list[tuple[str, ...]], ordinary: Callable[[str], bool]) -> None:
    while run and run[-1].lower() in _JOINING:
        run.pop()
    capitals = [w for w in run if w.lower() not in _JOINING]
    lowered = [w.lower().strip("'’") for w in capitals]
    if len(capitals) < 2 or any(w in _ROLE_WORDS or w in CALENDAR_WORDS or not ordinary(w) for w in lowered) \
            or all(w in BODY_WORDS for w in lowered):
        return
    found.append(tuple(run))


def initials(words: tuple[str, ...]) -> frozenset[str]:
    """The initials a paper may write the name as: of its capitalised words, or of every word."""
    capitals = "".join(w[0] for w in words if w.lower() not in _JOINING).lower()
    every = "".join(w[0] for w in words if w != "&").lower()
    return frozenset({capitals, every})


def misses_name(title: tuple[str, ...], text: str, own: str, stems: Callable[[str], list[str]],
                expansions: dict[str, str]) -> bool:
    """Neither `text` (a candidate's own words, heading and paper opening) writes the name as its words in
    their order ("Transforming Care Partnership", not "transformation" in one place and "partnership" in
    another) or as its initials ("TCP", "PCNs"), nor does `own` (its own words) write all its words in
    any order or shorthand ("Leadership & OD")."""
    wanted = stems(" ".join(title))
    if wanted and _runs(wanted, stems(text)):
        return False
    written = {w.lower() for w in re.findall(r"\b[A-Za-z&]{2,9}\b", text)}
    if initials(title) & {w.removesuffix("s") for w in written}:
        return False
    said = set(stems(own)) | {s for w in re.findall(r"\b[A-Za-z&]{2,9}\b", own) for s in stems(expansions.get(w.lower(), ""))}
    return not (wanted and all(s in said for s in wanted))


def _runs(wanted: list[str], words: list[str]) -> bool:
    n = len(wanted)
    return any(words[i:i + n] == wanted for i, w in enumerate(words) if w == wanted[0])
