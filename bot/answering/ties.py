"""Candidates the scorer cannot tell apart: the one worded closest to the question goes first; and a
best answer giving a vague date gives way to a near one giving a day inside it (most_precise_first).

Two rows can hold the same question words and score the same ("Integrated neighbourhood teams live in
6 of 14 neighbourhoods" and "... live in all 14 neighbourhoods"); the words the scorer sets aside
(stopwords, "all", "of") still say which one the question quotes. The question's consecutive word
pairs ("all 14") found in a candidate's own text count how closely it is worded; only exact ties are
reordered, so no ranking the scorer decides is changed."""

import re
from collections.abc import Callable
from datetime import date

from bot.answering.candidates import Candidate, Context
from bot.answering.types import dates
from bot.models import Period
from bot.records.dates import PRECISION_RANK, normalise, paper_date

MAX_TIED = 64  # a national corpus ties thousands of near-copies: the first ones decide the reply

_WORD = re.compile(r"[a-z0-9&]+(?:['’][a-z]+)?")


def closest_wording_first(found: list[Candidate], question: str, dated: Callable[[Candidate], int] | None = None,
                          margin: float = 0.0) -> None:
    """Reorder, in place, the candidates tied with the best one by how many of the question's word
    pairs their own text holds (stable: otherwise the order they had); worded as closely, by `dated`
    (larger first) when given: the later paper says who holds a post now."""
    if len(found) < 2:
        return
    best = found[0]
    tied = 1
    while tied < min(len(found), MAX_TIED) and found[tied].eligible == best.eligible and best.score - found[tied].score <= margin * abs(best.score):
        tied += 1
    if tied < 2:
        return
    pairs = word_pairs(question)
    if not pairs and not dated:
        return
    found[:tied] = sorted(found[:tied], key=lambda c: (-len(pairs & word_pairs(c.main)), -dated(c) if dated else 0))


def word_pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(zip(words, words[1:]))


PRECISE_LOOKAHEAD = 8  # the candidates after the best one read for a more precise date of the same thing
KEY_SHARE = 0.9  # of the heaviest topic word's weight: a word this weighty is one of the question's key words


def most_precise_first(found: list[Candidate], ctx: Context) -> None:
    """"The summit will be in spring 2026" and, in the same paper, "the date of the summit is now fixed:
    23rd April 2026": the day inside the season, said of the question's weightiest word, is the answer,
    with the standing (and the abstention) of the match it sharpens."""
    best = found[0]
    vague = _period(best)
    if not best.eligible or vague is None or vague.precision == "day" or not best.citations or not ctx.topic.weights:
        return
    keys = _key_words(ctx)
    for k, other in enumerate(found[1:PRECISE_LOOKAHEAD + 1], start=1):
        sharp = _period(other)
        if (other.eligible and sharp is not None and other.citations and _same_thing(best, other, keys, ctx)
                and PRECISION_RANK[sharp.precision] < PRECISION_RANK[vague.precision] and vague.start <= sharp.start and sharp.end <= vague.end
                and keys & ctx.topic.matched(other.main)):
            other.probability = best.probability
            found.insert(0, found.pop(k))
            return


def latest_paper_first(found: list[Candidate], ctx: Context, dated: Callable[[Candidate], int]) -> None:
    """A date for the same thing in a later paper governs ("Feb 2017" in the October submission, "Mar 17"
    in February's tracker): of the candidates tied with the best on score, one from a later paper that
    holds every key word of the question, in its own text as much of the topic as the best, comes first."""
    best = found[0] if found else None
    if best is None or not best.eligible or not ctx.topic.weights:
        return
    keys = _key_words(ctx)
    tied = [k for k, c in enumerate(found[1:MAX_TIED], start=1) if c.eligible and c.score == best.score]
    later = [k for k in tied if dated(found[k]) > dated(best) and keys <= ctx.topic.matched(found[k].main)
             and found[k].features.get("topic_main", 0) >= best.features.get("topic_main", 1) > 0]
    if later:
        k = max(later, key=lambda k: dated(found[k]))
        found[k].probability = best.probability
        found.insert(0, found.pop(k))
    else:
        later_row_first(found, ctx, dated)


def revised_first(found: list[Candidate], states: Callable[[str], bool], dated: Callable[[Candidate], int]) -> None:
    """Asked what a date is now ("when is the UTC now due to open?"), the asker knows it moved: a line
    saying it moved ("the Board agreed to move the opening of the UTC to 31 January 2018"), about the
    question's topic about as much as the best candidate and in a paper no older than the best one's,
    answers before a plan's row that still gives the date it moved from."""
    best = found[0] if found else None
    if best is None or not best.eligible or states(best.main or best.answer):
        return
    floor = REVISED_TOPIC * best.features.get("topic_main", 0)
    for k, other in enumerate(found[1:PRECISE_LOOKAHEAD + 1], start=1):
        if other.eligible and other.fits_form >= 1.0 and states(other.main) and dated(other) >= dated(best) \
                and other.features.get("topic_main", 0) >= floor > 0:
            other.probability = best.probability
            found.insert(0, found.pop(k))
            return


REVISED_TOPIC = 0.7  # of the best candidate's own-text topic: a revision line this much about the question is about the same thing


def later_row_first(found: list[Candidate], ctx: Context, dated: Callable[[Candidate], int]) -> None:
    """"UEC1 | ... | Winter 2017/18" in the plan and "UEC1 | ... | 2018-04-03" in a later tracker, or
    "OOH3 | ... | Jacqueline Morven" and "OOH3 | ... | Peter Oyelaran": one item by its reference, however
    differently worded and scored; the later paper's row says what holds now (its date, its owner),
    unless the question asks about a change or what came first."""
    best = found[0] if found else None
    code = _row_code(best) if best is not None and best.eligible and not _ASKS_CHANGE.search(ctx.analysis.asked or ctx.analysis.text) else None
    if best is None or code is None:
        return
    later = [k for k, c in enumerate(found[1:MAX_TIED], start=1) if c.eligible and _row_code(c) == code and dated(c) > dated(best)]
    if later:
        k = max(later, key=lambda k: dated(found[k]))
        found[k].probability = best.probability
        found.insert(0, found.pop(k))


# "when did the date change?", "when did ownership change hands?", "what was the original date?": asked of
# the change or of what came before it, not of the item's date now
_ASKS_CHANGE = re.compile(r"\bchang(?:e|ed|es|ing)\b|\bhands\b|\bmoved\b|\boriginal(?:ly)?\b|\binitially\b|\bfirst (?:meant|planned|set|due)\b", re.I)
# A table row keyed by an item's reference ("UEC1", "HN-02", "PC2.1"): its first cell, letters then a number
_ROW_CODE = re.compile(r"^([A-Z]{1,6}[-.]?\d{1,3}(?:\.\d{1,2})?) \| ")


def _row_code(candidate: Candidate) -> str | None:
    """The reference a row's first cell keys it by, when it is a row keyed so."""
    m = _ROW_CODE.match(candidate.main) if candidate.source == "row" else None
    return m.group(1) if m else None


def _key_words(ctx: Context) -> set[str]:
    """The question's weightiest topic words (ties too): what a candidate must hold to be about the same thing."""
    heaviest = max(ctx.topic.weights.values())
    return {t for t, w in ctx.topic.weights.items() if w >= KEY_SHARE * heaviest}


def _same_thing(best: Candidate, other: Candidate, keys: set[str], ctx: Context) -> bool:
    """Said of the same thing: a sentence's, in the same paper; or (a tracker's "Mar 2017" and a calendar's
    "1 March 2017") holding every key word and as much of the question as the vague one, in its own text."""
    if best.source == "sentence" and best.citations and other.citations[0].document == best.citations[0].document:
        return True  # (a row's or milestone's own date is sharpened only by a line as much about the same thing)
    return keys <= ctx.topic.matched(other.main) and other.features.get("topic_main", 0) >= best.features.get("topic_main", 1) > 0


def _period(candidate: Candidate) -> Period | None:
    item = candidate.item if candidate.source == "sentence" else _lead_date(candidate) if candidate.source in ("row", "milestone") else None
    if not item:
        return None
    period = normalise(item)
    return period if period.start is not None and period.end is not None and period.precision in PRECISION_RANK else None


def _lead_date(candidate: Candidate) -> str | None:
    """The date a row's or milestone's answer leads with ("Mar 2017 (Q4 2016/17) (ID: ...)"), when it leads with one."""
    found = dates(candidate.answer[:LEAD_CHARS])
    return found[0][2] if found and found[0][0] == 0 else None


LEAD_CHARS = 40


def paper_days(as_of: date | None) -> Callable[[Candidate], int]:
    """A candidate's paper's day (as an ordinal; 0 when unknown or after the asked day): of two papers
    naming different holders of a post, the later one is the one to believe."""
    today = (as_of or date.today()).toordinal()

    def day(candidate: Candidate) -> int:
        cited = candidate.citations[0] if candidate.citations else None
        found = paper_date(cited.title, cited.document) if cited else None
        return found.toordinal() if found and found.toordinal() <= today else 0

    return day
