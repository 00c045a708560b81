"""What a question asks of the must-do grid: whether a national must-do is asked (by name, by number,
by a tracker's short form "MD8", or by its own words where the question asks which programmes), which
must-dos, whether their gap is asked, and the local priority it names ("P2", "the second priority")."""

import re
from typing import NamedTuple

from bot.records.mustdos import mustdos_in_question, strong_mustdo

# The must-dos by any of their names: "must-do(s)", a tracker's "MD8", the planning guidance's
# national priorities, expectations, asks or requirements (a year between: "national 2016/17 requirements"),
# and what "every area was told to deliver": the asks made of every footprint alike are the national ones
_MUSTDO = re.compile(r"\bmust[\s-]*dos?\b|\bmd\s?[1-9]\b|\bmust do'?s\b|\b(?:9|nine) national\b|"
                     r"\bnational (?:[\w&/-]+ ){0,5}?(?:priorit(?:y|ies)|expectations?|asks?|requirements?)\b|"
                     r"\bevery (?:area|footprint|stp|system|partnership|place)s? (?:was|were|is|are|has been|have been) "
                     r"(?:told|asked|required|expected|set)\b")
# (with the apostrophes gone, "aren't covered" reads "arent covered": a contraction negates as "not" does;
# "where are the holes?", "which does it leave untouched?" ask the gap without a negation)
_GAP = re.compile(r"\b(?:not|nt|(?:are|is|do|does|did|has|have|had|was|were)nt|no|zero|never|nothing|none|without|blank|empty|missing|gaps?|"
                  r"left out|uncovered|unticked|untouched|unaddressed|unmet|holes?)\b")
# "MDs" are must-dos only where coverage is asked of them ("which MDs aren't covered?"): elsewhere they
# are as likely medical or managing directors ("which MDs sit on the board?")
_MDS = re.compile(r"\bmds\b")
_COVERAGE = re.compile(r"\b(?:cover\w*|gaps?|mapp?\w*|tick\w*|against|address\w*)\b")
_PRIORITY = re.compile(r"\b(w?p|priority|work programme|workstream)\s?(\d{1,2})\b")
_WHICH_PROGRAMMES = re.compile(r"\bwhich (?:of (?:our|the|its|their) )?(?:\w+ )?(?:programmes?|priorities|workstreams?|work ?programmes?|"
                               r"schemes?|initiatives?|projects?)\b")
# "ticked for cancer", "ticks against A&E": a grid's mark, said of what it is marked for
_TICKED = re.compile(r"\b(?:ticked|ticks?|checked)\s+(?:for|against|under|in)\b")
# "which scheme saves the least?": a figure's extreme or a comparison is asked, whatever else the question names
_EXTREME = re.compile(r"\b(?:least|most|smallest|largest|biggest|highest|lowest|fewest|more|less|fewer|cheapest|dearest)\b")
_ORDINAL_PRIORITY = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) priority\b")
_ORDINALS = {w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), start=1)}


class MustdoAsked(NamedTuple):
    mustdo: bool
    mustdos: list[int]
    gap: bool
    priority: str | None
    level: str | None = None  # "lead" or "contribute": the kind of entry asked ("which must-dos does it lead?")


# How a programme covers a must-do, as staff ask it: leading it, or contributing to it
# ("primary care" and "secondary care" are services, a must-do's topic, not how a programme covers it)
_LEVEL_WORDS = re.compile(r"\b(?:(?P<lead>lead|leads|leading|led|primary(?!\s+care)|principal|main)|"
                          r"(?P<contribute>contrib\w*|supports?|supporting|secondary(?!\s+care)|plays? a part))\b")
# a level set aside: "not the contributing ones", "without leading", "though not as the lead"
# (a "no" is a gap: "which must-dos have no lead programme?")
# ("without a lead programme" is a gap too: an entry that is not there, not a level set aside)
_NEGATED = re.compile(r"(?:\bwithout|\b(?:but|though|and) not|\(not|[-,;?]\s*not|\brather than|\bother than|\bexcluding)\s+(?:as\s+)?(?:the\s+)?$")


def asked_level(low: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The level of entry asked ("lead" or "contribute"; None when neither or both), and the spans of
    the negations that set a level aside, which ask no gap."""
    wanted: set[str] = set()
    negations: list[tuple[int, int]] = []
    for m in _LEVEL_WORDS.finditer(low):
        level = "lead" if m.group("lead") else "contribute"
        negated = _NEGATED.search(low[max(0, m.start() - 40):m.start()])
        if negated:
            start = max(0, m.start() - 40) + negated.start()
            negations.append((start, m.end()))
            wanted.add("contribute" if level == "lead" else "lead")
        else:
            wanted.add(level)
    return (next(iter(wanted)) if len(wanted) == 1 else None), negations


def mustdo_asked(fixed: str, low: str) -> MustdoAsked:
    """`fixed` is the question with its slips mended, `low` the same lower-cased without apostrophes."""
    mustdo = bool(_MUSTDO.search(low)) or bool(_MDS.search(low) and _COVERAGE.search(low))
    priority = asked_priority(low)
    # "what is the second priority supposed to do to keep patients within 18 weeks?": a local priority
    # asked after a national must-do's own words is a cell of the grid, though "must do" is never said
    by_topic = mustdos_in_question(fixed, everyday=True) if priority and not mustdo else []
    if not mustdo and not priority and _WHICH_PROGRAMMES.search(low) and not _EXTREME.search(low):
        # "which of our programmes is on the hook for the four-hour standard and ambulance response times?":
        # the programmes asked of a national standard named in a must-do's own words are the grid's
        by_topic = [n for n in mustdos_in_question(fixed) if strong_mustdo(fixed) == n][:1]
    if not mustdo and not priority and not by_topic and _TICKED.search(low):
        # "which of the VCSE offers is ticked for cancer?": a tick is a mark in the must-do grid, whatever the
        # items are called; the must-do named in its own words is the column asked
        by_topic = mustdos_in_question(fixed)[:1]
    level, negations = asked_level(low) if mustdo else (None, [])
    gap = mustdo and any(not any(a <= m.start() < b for a, b in negations) for m in _GAP.finditer(low))
    numbers = [n for n in mustdos_in_question(fixed) if n not in set_aside_mustdos(fixed)] if mustdo else by_topic
    return MustdoAsked(mustdo or bool(by_topic), numbers, gap, priority, level)


# "which MDs does P4 cover (apart from MD1)?", "besides 1": the must-dos a question sets aside are not
# what it asks about; it asks for the others
_SET_ASIDE = re.compile(r"\b(?:apart from|aside from|besides|except(?: for)?|other than|excluding|not counting|leaving (?:out|aside))\s+"
                        r"(?P<what>[^.;:?()]{1,60})", re.IGNORECASE)


def set_aside_mustdos(fixed: str) -> set[int]:
    """The must-do numbers a question names after "apart from", "besides", "except" and the like; a bare
    number there ("besides 1") is a must-do's when the question asks about must-dos."""
    found: set[int] = set()
    for m in _SET_ASIDE.finditer(fixed):
        what = m.group("what")
        found |= set(mustdos_in_question(what))
        bare = re.match(r"\s*(?:no\.?\s*|number\s+|#)?([1-9])\b(?!\s*(?:%|per|weeks?|days?|hours?|years?|months?))", what)
        if bare:
            found.add(int(bare.group(1)))
    return found


def asked_priority(low: str) -> str | None:
    """"P2", "priority 2", "the second priority" -> "P2"; "WP5", "work programme 5" -> "WP5"."""
    m = _PRIORITY.search(low)
    if m:
        return f"{'WP' if m.group(1) in ('wp', 'work programme', 'workstream') else 'P'}{m.group(2)}"
    m = _ORDINAL_PRIORITY.search(low)
    return f"P{_ORDINALS[m.group(1)]}" if m else None
