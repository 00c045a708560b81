"""Plan areas: the places a plan is split into, found in the papers' own headings, and the names
staff call them by.

A place plan opens with a heading that names it ("Fylde Coast LDP", "West Lancashire - Local
Delivery Plan on a page", "Orrinmouth Place Plan"); its pages run until another plan's heading.
Names staff use are derived from the name itself (county short forms, initials, a word no other
area's name has) and, for names no rule can derive ("OHOC"), read from the glossary
configuration (bot/records/glossary.py). Nothing here names a particular paper's areas."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from bot.textnorm import clean

# Words that end a heading naming a place's plan, or open the plan tables an STP annex gives each place
# ("Fylde Coast Key milestones, Owners, ...", "... priorities against the 9 National Must Do's"):
# what precedes them is the place. The plan's year or period may follow ("... LDP 2016/17 - 2020/21").
_PLACE_PLAN = re.compile(
    r"^(?P<name>[A-Z][\w&'’ ,.-]{2,60}?)\s*[-–:]?\s*(?:local delivery (?:plan|partnership)s?(?: on a page)?|ldp|"
    r"place(?:[- ]based)? plan|locality plan|place|key milestones\b.*|priorities against\b.*)\s*(?:\(?\d+/\d+(?:\s*(?:-|–|to)\s*\d+/\d+)?\)?)?$", re.I)
# A heading opening some other plan, programme or overview: it closes the current place's pages.
# ("About this plan", "Our plan" are the current plan's own sections, not another plan)
_OTHER_PLAN = re.compile(r"(?<!\bthis )(?<!\bour )\b(?:plan on a page|plan|strategy|overview)\s*(?:\(\w+\))?$", re.I)
_AND = re.compile(r"\band\b")
_DRAFT_MARKS = re.compile(r"\*+|\bdraft copy\b|\bdraft\b\s*$", re.I)

# Official short forms of English county names, as staff write them ("Central Lancs").
COUNTY_SHORT_FORMS: dict[str, str] = {
    "lancashire": "lancs", "lincolnshire": "lincs", "yorkshire": "yorks", "hampshire": "hants",
    "hertfordshire": "herts", "buckinghamshire": "bucks", "berkshire": "berks", "cambridgeshire": "cambs",
    "gloucestershire": "glos", "leicestershire": "leics", "northamptonshire": "northants",
    "nottinghamshire": "notts", "oxfordshire": "oxon", "staffordshire": "staffs", "wiltshire": "wilts",
    "worcestershire": "worcs", "warwickshire": "warks", "bedfordshire": "beds", "derbyshire": "derbys",
    "shropshire": "salop",
}
# Words in a place's name that say what kind of thing it is, not which: never an alias on their own.
GENERIC_PLACE_WORDS = frozenset(
    "north south east west central mid upper lower greater inner outer coast coastal valley city county borough "
    "district health care partners partnership and the of ics icp ccg nhs local system place locality "
    "community communities alliance trust".split())
_SMALL = frozenset({"and", "&", "of", "the", "for", "with", "to", "in", "or"})
# Words that open the heading of the whole footprint's plan, not a place's ("Local priorities against ...",
# "Our priorities against ...", "System key milestones").
_NO_PLACE = frozenset("local our system partnership stp ics icb icp nhs national all key joint overall strategic".split())
_LETTER_OR_DIGIT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # what the pattern's [a-z0-9] takes
_WORD = re.compile(r"[a-z0-9]+")  # a run the pattern's look-behind and look-ahead see as one word
_FIRST_WORD = re.compile(r"[a-z0-9]*")


@dataclass(frozen=True)
class Area:
    name: str
    aliases: tuple[str, ...] = ()  # lower-case names it goes by, its own name first


@dataclass
class AreaBook:
    """The plan areas of one build; finds them in headings and questions, longest name first."""

    areas: list[Area] = field(default_factory=list)

    def __post_init__(self) -> None:
        pairs = [(alias, a.name) for a in self.areas for alias in a.aliases]
        pairs.sort(key=lambda p: -len(p[0]))
        self._names = dict(reversed(pairs))  # alias -> area, the first area to claim it winning
        self._longest_first = list(dict.fromkeys(alias for alias, _ in pairs))
        self._lengths = sorted({len(alias) for alias in self._names}, reverse=True)
        by_word: dict[str, set[int]] = {}  # an alias's first word -> the lengths of the aliases it opens
        for alias in self._names:
            by_word.setdefault(_FIRST_WORD.match(alias).group(0), set()).add(len(alias))  # type: ignore[union-attr]
        self._by_word = {word: sorted(lengths, reverse=True) for word, lengths in by_word.items()}

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        """One pattern for every alias, longest first, so a place is found with one scan of the text
        whatever the number of areas (one pattern per alias made building a national corpus quadratic).
        Made on first use: with hundreds of areas it takes tens of milliseconds to compile, and a build
        makes a book for every new area it meets but only looks headings up (`opening`)."""
        alternatives = "|".join(re.escape(alias) for alias in self._longest_first)
        return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])") if self._longest_first else None

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.areas]

    def aliases(self, name: str) -> tuple[str, ...]:
        return next((a.aliases for a in self.areas if a.name == name), ())

    def in_text(self, text: str) -> list[str]:
        """Areas named anywhere in free text, each once, in order of mention: what the pattern finds,
        found without it. At each word's start (the pattern's look-behind) only the aliases opening with
        that word can match, so they are looked up directly, longest first; after a match the scan goes
        on past it. Compiling the pattern of a national corpus's thousands of aliases took 1.6 s, in
        every process that reads a question; it is still used when some alias opens with no word."""
        if not self._names:
            return []
        plain = _plain(text)
        if "" in self._by_word:
            return list(dict.fromkeys(self._names[m.group(0)] for m in self._pattern.finditer(plain)))  # type: ignore[union-attr]
        found: list[str] = []
        done = 0  # where the last match ended: the scan goes on from there
        for word in _WORD.finditer(plain):
            start = word.start()
            if start < done:
                continue
            for length in self._by_word.get(word.group(0), ()):
                end = start + length
                if end <= len(plain) and plain[start:end] in self._names and (end == len(plain) or plain[end] not in _LETTER_OR_DIGIT):
                    found.append(self._names[plain[start:end]])
                    done = end
                    break
        return list(dict.fromkeys(found))

    def opening(self, heading: str) -> str | None:
        """The area a heading is about when it starts with the area's name ("Fylde Coast priorities ...").
        What the pattern's first match would say when it starts within 2 characters, looked up directly:
        at the first start where a whole alias stands, the longest one."""
        text = _plain(heading).strip()
        for start in range(min(3, len(text) + 1)):
            if start and text[start - 1] in _LETTER_OR_DIGIT:
                continue
            for length in self._lengths:
                end = start + length
                if end <= len(text) and text[start:end] in self._names and (end == len(text) or text[end] not in _LETTER_OR_DIGIT):
                    return self._names[text[start:end]]
        return None

    def rows(self) -> list[dict]:
        return [{"name": a.name, "aliases": "\n".join(a.aliases)} for a in self.areas]

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> "AreaBook":
        return cls([Area(r["name"], tuple(filter(None, (r.get("aliases") or "").split("\n")))) for r in rows])


def _plain(text: str) -> str:
    low = clean(text).lower().replace("’", "'")
    return _AND.sub("&", low)


def place_plan_name(heading: str) -> str | None:
    """"Fylde Coast LDP **DRAFT COPY**" -> "Fylde Coast"; None for any other heading."""
    text = " ".join(_DRAFT_MARKS.sub(" ", clean(heading)).split())
    m = _PLACE_PLAN.match(text)
    if not m:
        return None
    name = m.group("name").strip(" -–:,.")
    words = name.split()
    if not words or len(words) > 6 or not all(w[0].isupper() or w.lower() in _SMALL for w in words):
        return None
    if all(w.lower() in _NO_PLACE or w.lower() in _SMALL for w in words):
        return None  # "Local priorities against the nine national must-dos": the footprint's own, no place's
    return name


def closes_area(heading: str) -> bool:
    """Another plan's or programme's heading ends the pages of the place before it."""
    text = " ".join(_DRAFT_MARKS.sub(" ", clean(heading)).split())
    return len(text.split()) <= 12 and bool(_OTHER_PLAN.search(text))


def discover(headings: Iterable[str]) -> list[str]:
    """Names of the places whose plans these headings open, in order, each once."""
    return list(dict.fromkeys(n for n in map(place_plan_name, headings) if n))


def build_book(names: Iterable[str], declared: dict[str, list[str]] | None = None) -> AreaBook:
    """Areas with the aliases the rules derive and the glossary declares (only for areas the papers have)."""
    names = list(dict.fromkeys(names))
    declared = {k.lower(): v for k, v in (declared or {}).items()}
    where = _word_places(names)
    areas = []
    for name in names:
        aliases = [*derived_aliases(name, names, where), *(_plain(a) for a in declared.get(name.lower(), []))]
        areas.append(Area(name, tuple(dict.fromkeys(a for a in aliases if a))))
    return AreaBook(areas)


class AreaBooks:
    """The area books of one build, the last one kept: most papers open no area the build has not met,
    so their book is the one before, and making one (every area's aliases, one pattern of them all)
    costs more the more areas the build has met (hundreds in a national corpus)."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._book = AreaBook()

    def book(self, names: Iterable[str], declared: dict[str, list[str]] | None = None) -> AreaBook:
        """build_book(names, declared), made again only when either differs from the last call's."""
        names = tuple(dict.fromkeys(names))
        key = (names, tuple((k, tuple(v)) for k, v in (declared or {}).items()))
        if key != self._key:
            self._key, self._book = key, build_book(names, declared)
        return self._book


def _word_places(names: list[str]) -> dict[str, dict[str, int]]:
    """word -> {area name: where the word first stands in it}: built once per book, so deriving every
    area's aliases stays linear in the number of areas (a national corpus has hundreds)."""
    places: dict[str, dict[str, int]] = {}
    for name in names:
        for k, word in enumerate(_plain(name).split()):
            places.setdefault(word, {}).setdefault(name, k)
    return places


def derived_aliases(name: str, all_names: list[str], where: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Names staff use that follow from the area's name alone."""
    where = where if where is not None else _word_places(all_names)
    base = _plain(name)
    out = [base]
    words = base.split()
    short = [COUNTY_SHORT_FORMS.get(w, w) for w in words]
    if short != words:
        out.append(" ".join(short))
    capitals = [w for w in name.replace("&", " ").split() if w[:1].isupper() and w.lower() not in _SMALL]
    if len(capitals) >= 3:
        out.append("".join(w[0] for w in capitals).lower())
    for k, word in enumerate(words):
        if len(word) < 3 or word in GENERIC_PLACE_WORDS or word in COUNTY_SHORT_FORMS:
            continue
        shared = [at for other, at in where.get(word, {}).items() if other != name]
        # a word only this area's name has, or one it leads with where another name has it further in
        if not shared or (k == 0 and all(at > 0 for at in shared)):
            out.append(word)
    return out
