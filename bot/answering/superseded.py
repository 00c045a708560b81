"""A date the papers say has moved is no longer the date.

A plan's row still says "MSK triage service goes live due 01/04/18" while a later decision record says
"The MSK triage go-live moves from 1 April 2018 to 2 July 2018" (or a tracker "was 30 Nov 2017, now 15 Jan
2018"). Asked "when will the MSK triage service go live?", the line stating the move answers with the date
moved to, and a line giving the date moved from is superseded by it, unless the question asks for the date
first planned."""

import re
from collections.abc import Callable

from bot.records.dates import Period, normalise

# "moves from A to B", "to move it from A to B", "deferred from A until B", "was A, now B", "revised from A to B", "A → B"
_FROM_TO = re.compile(r"\b(?:mov(?:e|es|ed|ing)|slip(?:s|ped|ping)?|defer(?:s|red|ring)?|postpone[sd]?|put back|pushed back|delay(?:s|ed|ing)?|"
                      r"re-?scheduled?|re-?phased?|revised?|changed?|brought forward|bring forward|shift(?:s|ed|ing)?)\b[^.;]{0,60}?\bfrom\s+"
                      r"(?P<a>[^.;]{3,40}?)\s+(?:to|until|till|into)\s+(?P<b>[^;]{3,40})", re.IGNORECASE)
_WAS_NOW = re.compile(r"\bwas\s+(?P<a>[^.;,]{3,40}),?\s+now\s+(?P<b>[^.;,]{3,40})", re.IGNORECASE)
# "will now open on Monday 5 February 2018 (was 1 December 2017)": the date moved to is the last before the bracket
_NOW_WAS = re.compile(r"(?P<b>[^.;()]{3,80}?)\s*\((?:was|previously|originally|formerly|(?:moved|revised|slipped|changed|brought forward) from)\s+(?P<a>[^)]{3,40})\)", re.IGNORECASE)
# "the pilot now starts on 1 June 2017, brought forward from Sep-17": the same, told after a comma
_NOW_COMMA_FROM = re.compile(r"\bnow\b(?P<b>[^.;()]{3,60}?),\s+(?:having been\s+)?(?:moved|revised|slipped|changed|brought forward|put back|"
                             r"pushed back|deferred|delayed|postponed|rescheduled)\s+from\s+(?P<a>[^.;,()]{3,40})", re.IGNORECASE)
# "the opening date is now 31.03.18 (Annex B had Autumn 2017)": the paper that had the old date, in brackets after the new
_NOW_HAD = re.compile(r"\bnow\b(?P<b>(?:[^.;()]|(?<=\d)\.(?=\d)){3,60}?)\s*\((?:[^()]{0,40}?\b(?:had|said|gave|showed|stated|listed))\s+(?P<a>[^)]{3,40})\)",
                      re.IGNORECASE)
# "will now go live in Sep-17, not Apr-17 as in the draft plan" ("..., rather than in Winter 2017/18"): the date
# moved to, then the one it replaces
_NOW_NOT = re.compile(r"\bnow\b(?P<b>[^.;()]{3,60}?),?\s+(?:not|rather than|instead of)\s+(?:in\s+|on\s+|by\s+|at\s+)?(?P<a>[^.;,()]{3,40})",
                      re.IGNORECASE)
# "Mar 2017 → Oct 2017" in a cell headed "was → now"
_ARROWED = re.compile(r"(?P<a>[^.;:→⟶⇒>|]{3,40}?)\s*(?:→|⟶|⇒|->|=>)\s*(?P<b>[^.;→⟶⇒|]{3,40})")
# a correction as an erratum writes it: for "Q4 16/17" read "31 July 2017"
_FOR_READ = re.compile(r"\bfor\s+[\"“'‘](?P<a>[^\"”'’]{2,40})[\"”'’]\s+read\s+[\"“'‘](?P<b>[^\"”'’]{2,60})[\"”'’]", re.IGNORECASE)
_MAY_MOVE = re.compile(r"\bfrom\s|\bwas\s|\bnow\b|\((?:was|previously|originally|formerly)\s|→|⟶|⇒|->|=>|\bread\s", re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
# "when was it first meant to ...", "the original date": the date moved from is what is asked
ASKS_ORIGINAL = re.compile(r"\b(?:originally|original|first (?:planned|meant|set|due|scheduled)|initially|was (?:meant|supposed|due|planned)|"
                           r"was(?:\s+[\w&'’-]+){1,8}?\s+(?:meant|supposed|planned|scheduled)\s+to\b|"
                           r"before (?:it|the) (?:slipped|moved|was moved|delay))\b", re.IGNORECASE)


# "The policy go-live moves to 29 September 2017.": a move told by the date moved to alone, the date it
# moves from given by the sentence before ("The revised policy will not be ready for 30/06/2017 ...")
_MOVES_TO = re.compile(r"\b(?:mov(?:e|es|ed|ing)|slip(?:s|ped|ping)?|defer(?:s|red|ring)?|postpone[sd]?|put back|pushed back|"
                       r"delay(?:s|ed)?|re-?scheduled?|brought forward)\s+(?:back\s+|forward\s+)?(?:to|until|till|into)\s+(?P<b>[^.;]{3,40})",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def told_after(before: str, after: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> tuple[str, str] | None:
    """A move told over two sentences: the one before gives a single date, the next says the thing moves to
    another with no date it moves from ("... will not be ready for 30/06/2017 ..." then "The go-live moves
    to 29 September 2017."): (the date before, the date moved to)."""
    m = _MOVES_TO.search(after)
    if not m or re.search(r"\bfrom\b", after[:m.end()], re.IGNORECASE):
        return None
    given = {_period(d): d for _, _, d in dates(before)}
    to = dates(m.group("b"))
    if len(given) != 1 or None in given or not to or to[0][0] != 0:
        return None
    was = next(iter(given.values()))
    return (was, to[0][2]) if _period(was) != _period(to[0][2]) else None


def moves(text: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> list[tuple[str, str]]:
    """(date moved from, date moved to) for each move the text states, each as written."""
    out: list[tuple[str, str]] = []
    if _MOVES_TO.search(text):
        parts = _SENTENCE_END.split(text)
        out += [pair for k in range(1, len(parts)) for pair in [told_after(parts[k - 1], parts[k], dates)] if pair]
    if not _MAY_MOVE.search(text):
        return out  # most lines state no move: one quick look for the words every move is written with
    for pattern in (_FROM_TO, _WAS_NOW, _NOW_WAS, _NOW_COMMA_FROM, _NOW_HAD, _NOW_NOT, _ARROWED, _FOR_READ):
        for m in pattern.finditer(text):
            a, b = dates(m.group("a")), dates(m.group("b"))
            to = b[-1 if pattern in (_NOW_WAS, _NOW_COMMA_FROM, _NOW_HAD, _NOW_NOT) else 0][2] if b else None
            # (the date moved from is the one written against the arrow: "Agreed 16 March 2017 by 30 November 2017 → Q1 2018/19")
            was = _in_year_of(a[-1 if pattern is _ARROWED else 0][2], to) if a and to else None
            if was and to and _period(was) != _period(to):
                out.append((was, to))
    return out


def _in_year_of(was: str, to: str) -> str:
    """A date moved from that is written without its year ("moves from 28 March to 29 March 2017") read in
    the year that puts it nearest the date moved to (28 March 2017; "from December to January 2018":
    December 2017)."""
    year = _YEAR.search(to)
    if not year or _YEAR.search(was) or _period(was) is not None:
        return was
    target = _period(to)
    if target is None:
        return was
    options = [f"{was} {y}" for y in (int(year.group(1)) - 1, int(year.group(1)), int(year.group(1)) + 1)]
    dated = [(abs((p[0] - target[0]).days), o) for o in options if (p := _period(o)) is not None]
    return min(dated)[1] if dated else was


def moved_to(item: str, text: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> str | None:
    """The date `item` moved to, by a move the text states, if it states one from that date."""
    period = _period(item)
    if period is None:
        return None
    return next((b for a, b in moves(text, dates) if _period(a) == period), None)


def _period(text: str) -> tuple | None:
    found: Period = normalise(text)
    return None if found.precision == "unknown" else (found.start, found.end)


def same_date(a: str, b: str) -> bool:
    return _period(a) is not None and _period(a) == _period(b)


def nested_dates(a: str, b: str) -> bool:
    """Date `a` is date `b`, or `b` written finer: a roadmap's "1 December 2017" is the "Dec-17" a later
    paper moves. (A coarser `a` is not: "Q1 2027/28" holds far more than the "April 2027" some other
    milestone moved from.)"""
    pa, pb = _period(a), _period(b)
    return pa is not None and pb is not None and pa[0] >= pb[0] and pa[1] <= pb[1]


def moving_lines(candidates: list, dates: Callable[[str], list[tuple[int, int, str]]]) -> list[tuple[object, str]]:
    """(candidate, the date moved to) for each candidate led by a date its own text says moved, where
    another candidate (stating no move) gives that date: the move is of the thing the question found."""
    movers = [(c, now, c.item) for c in candidates if c.item for now in [moved_to(c.item, c.main, dates)] if now]
    # a line stating one move leads with another date of its own ("The review will not report until June, so
    # the consultation is deferred from Summer 2017 to Autumn 2017"): the move is what it says of the thing
    movers += [(c, b, a) for c in candidates if c.item and id(c) not in {id(m) for m, _, _ in movers}
               for found in [moves(c.main, dates)] if len(found) == 1 for a, b in found if not same_date(c.item, b)]
    if not movers:
        return []
    moving = {id(c) for c, _, _ in movers}
    given = {_period(d) for c in candidates if id(c) not in moving for d in [c.item or _lead_date(c.answer, dates)] if d}
    return [(c, now) for c, now, was in movers if _period(was) in given]


def supersede(candidates: list, dates: Callable[[str], list[tuple[int, int, str]]],
              asked_date: Callable[[str], str | None] = lambda text: None) -> list[tuple[object, object]]:
    """Rule out each eligible candidate giving a date that another eligible one says has moved (its own
    text stating no move): the plan's row saying 01/04/18 is superseded by the record moving it. A list
    ("P5: Crisis café opens (Mar-17, status A); Core 24 ... (Q4 17/18)") gives the date written by the
    asked thing's words (`asked_date`), whatever it leads with. Gives (ruled out, the line stating its
    move) for each candidate ruled out by a line stating one move of its own text (see inherit_match)."""
    stated = [(a, c) for c in candidates if c.eligible for a, _ in moves(c.main, dates)]
    moved = [a for a, _ in stated]
    # a row's answer says a move its columns show ("30/06/2017 (moved from 31/03/2017)", from its baseline column):
    # a move of the thing found where the row matches the question about as well as the best candidate
    best = max((c.features.get("topic", 0) for c in candidates if c.eligible), default=0)
    moved += [a for c in candidates if c.eligible and c.features.get("topic", 0) >= MOVED_ROW_TOPIC * best
              for a, _ in moves(c.answer[:GIVEN_CHARS], dates)]
    replaced = [a for c in candidates for a in replaced_dates(c.main, dates)]  # (said of the thing found, answer or not)
    _rule_out_unknown_since_set(candidates, dates)
    pairs: list[tuple[object, object]] = []
    for candidate in candidates if moved or replaced else ():
        given = [candidate.item] if candidate.item else _given_dates(candidate.answer, dates)
        beside = asked_date(candidate.answer)
        given += [beside] if beside else []
        if candidate.eligible and given and any(nested_dates(g, a) for g in given for a in moved) and not moves(candidate.main, dates) \
                and not any(same_date(g, b) for g in given for _, b in moves(candidate.answer[:GIVEN_CHARS], dates)):
            candidate.eligible = False
            movers = {id(m): m for a, m in stated if any(nested_dates(g, a) for g in given)}
            if len(movers) == 1:
                pairs.append((candidate, next(iter(movers.values()))))
        elif candidate.eligible and given and any(nested_dates(g, a) for g in given for a in replaced):
            candidate.eligible = False  # the line saying it replaces that date leads with the date replaced, no answer either
    return pairs


# How well a candidate matches the question's topic: what a line stating a move takes from the one it moves.
MATCH_FEATURES = ("topic", "topic_main", "covered")


def inherit_match(pairs: list[tuple[object, object]], score: Callable[[object], None], unscored: Callable[[object], bool],
                  rescore: Callable[[object], None]) -> None:
    """A line stating a move answers for the thing whose date it moves, as well as the line giving that
    date matched the question: "BB6 transitional care cots / Date confirmed as 01/11/2017 (was Winter
    2017/18)" is of the row "Transitional care cots open at Thornwick Royal Infirmary | Winter 2017/18",
    which it rules out, though its own words are fewer. Only where one line states the move of that date."""
    for old, mover in pairs:
        if not mover.eligible:
            continue
        for c in (old, mover):
            if unscored(c):
                score(c)
        better = {k: old.features[k] for k in MATCH_FEATURES if old.features.get(k, 0) > mover.features.get(k, 0)}
        if better:
            mover.features = {**mover.features, **better, "missing": min(mover.features.get("missing", 0), old.features.get("missing", 0))}
            rescore(mover)


# "AGREED the revised opening date in correction C2, which replaces the 30/04/2017 forecast": the date replaced,
# whatever replaces it (said elsewhere, or in other words)
_REPLACES = re.compile(r"\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing)|instead of)\s+(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:earlier\s+|previous\s+|"
                       r"original\s+)?(?P<a>[^.;,()]{3,30})", re.IGNORECASE)


def replaced_dates(text: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> list[str]:
    """The dates a text says are replaced ("replaces the 30/04/2017 forecast"), each as written."""
    if not _MAY_REPLACE.search(text):
        return []
    return [found[0][2] for m in _REPLACES.finditer(text) for found in [dates(m.group("a"))] if found and found[0][0] == 0]


_MAY_REPLACE = re.compile(r"replac|supersed|instead of", re.IGNORECASE)


# "shown as TBC in the February tracker, now has a go-live date: w/c 11 September 2017", "now 1 May 2017 (was TBC)":
# a date not known when one paper was written, set by a later one
_SET_SINCE = re.compile(r"\b(?:tbc|tba|to be (?:confirmed|agreed|set|decided)|not yet (?:known|set|agreed|confirmed)|date unknown)\b"
                        r"[^.;]{0,80}?\bnow\b|\bnow\b[^.;()]{3,60}?\((?:was|previously|formerly)\s+(?:tbc|tba|to be confirmed)\)",
                        re.IGNORECASE)
# an answer whose date is not known: "TBC", "(TBC, status R)", "date to be confirmed"
_UNKNOWN_GIVEN = re.compile(r"(?:^|\()\s*(?:tbc|tba|to be confirmed|not yet known|unknown)\b", re.IGNORECASE)


def _rule_out_unknown_since_set(candidates: list, dates: Callable[[str], list[tuple[int, int, str]]]) -> None:
    """A line saying a date once to be confirmed is now set answers for the thing, over the rows still giving
    "TBC" for it, where it matches the question about as well as they do (it is about the same thing)."""
    setters = [c for c in candidates if c.eligible and _SET_SINCE.search(c.main) and dates(c.main)]
    if not setters:
        return
    best = max(c.features.get("topic", 0) for c in setters)
    for candidate in candidates:
        lead = candidate.item or candidate.answer[:GIVEN_CHARS]
        if candidate.eligible and candidate not in setters and _UNKNOWN_GIVEN.search(lead) \
                and best >= MOVED_ROW_TOPIC * candidate.features.get("topic", 0):
            candidate.eligible = False


def _given_dates(answer: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> list[str]:
    """The date an answer leads with, and the others in its opening words where a cell lists several dated
    steps ("30/04/2018 - contract signed; Q2 2018/19 - service live"): any of them may be the one moved."""
    lead = _lead_date(answer, dates)
    listed = [d for _, _, d in dates(answer[:GIVEN_CHARS])] if _STEPS.search(answer[:GIVEN_CHARS]) else []
    return list(dict.fromkeys(([lead] if lead else []) + listed))


GIVEN_CHARS = 160
# a cell of dated steps: "date - step; date - step"
_STEPS = re.compile(r"^[^;]{0,60}\s[-–]\s[^;]{2,80};\s*[^;]{0,30}\s[-–]\s")


def _lead_date(answer: str, dates: Callable[[str], list[tuple[int, int, str]]]) -> str | None:
    """The date an answer leads with ("01/04/18: QBV2 MSK triage ...", "due 01/04/18 (QV2 ...)"), if it leads with one."""
    found = dates(answer[:LEAD_CHARS])
    return found[0][2] if found and found[0][0] <= LEAD_WORD else None


LEAD_CHARS = 40
LEAD_WORD = 8  # a word before the date that leads ("due", "by", "w/c")
MOVED_ROW_TOPIC = 0.7  # a row whose answer shows a move matches the question at least this much of the best candidate's topic
