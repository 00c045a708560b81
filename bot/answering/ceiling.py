"""The highest score a candidate could reach, from what is known of it before its topic is read.

A question whose candidates are all but ruled out (fewer eligible than a reply reads) is answered or
abstained on with the best-scored of the ruled-out ones too, so each used to be scored: at national
scale a thousand near-copies a question, each text tokenised. The scorer is a weighted sum of features
each within a known range (bot/answering/features.py), and of them only the topic ones need the
candidate's texts read; the rest (its area, role, form, search rank) are known by then. So a candidate
ranking below as many scored ones as a reply reads even at its ceiling (a lower score, or an equal one
and a later place) cannot be read by the reply, and is not scored."""

import bisect
import heapq
import math
from collections.abc import Callable, Sequence

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, HoldsType, LeftUnbuilt
from bot.answering.features import COVERED, NAMES
from bot.answering.matching import Topic
from bot.answering.scorer import Scorer

# The features worked out from the candidate's texts, and the range each lies in (features.py).
TOPIC_RANGES: dict[str, tuple[float, float]] = {"topic": (0.0, 1.0), "topic_main": (0.0, 1.0), "covered": (0.0, 1.0),
                                                "missing": (0.0, 1.0), "novelty": (0.0, 1.0)}


def known_features(candidate: Candidate, analysis: Analysis) -> dict[str, float | tuple[float, float]]:
    """Each feature's value where it is known without reading the candidate's texts, else its range.
    (Whether it holds the asked type is known once asked: reading names or figures is not done here.)"""
    held = candidate.has_type
    kind: float | tuple[float, float] = (-1.0, 1.0) if isinstance(held, HoldsType) and held.found is None else (1.0 if held else -1.0)
    return {"area": candidate.features["area"], "role": candidate.features["role"], "form": candidate.fits_form,
            "retrieval": candidate.retrieval, "unknown": analysis.unknown_share(), "type": kind, **TOPIC_RANGES}


def ceiling(candidate: Candidate, analysis: Analysis, scorer: Scorer) -> float:
    """No score `features` can give this candidate is above this: the scorer's own sum over the known
    features and, of each range, the end its weight makes the larger. As rounding is monotone, the
    computed score of any features within the ranges is at most this, bit for bit (no slack needed)."""
    return _highest(known_features(candidate, analysis), scorer)


def _highest(known: dict[str, float | tuple[float, float]], scorer: Scorer) -> float:
    """The scorer's sum with each range at the end its weight makes the larger."""
    return scorer.score({name: (v[1] if scorer.rank.get(name, 0.0) >= 0 else v[0]) if isinstance(v, tuple) else v for name, v in known.items()})


def held_ceilings(analysis: Analysis, scorer: Scorer) -> Callable[[Candidate, Topic], float]:
    """`held_ceiling` of one question's candidates, each worked out once for all candidates alike in what
    it reads (their topic, the topic stems their main text holds, and their known features): a grid's
    near-copy cells are thousands alike."""
    memo: dict[tuple, float] = {}

    def bound(candidate: Candidate, topic: Topic) -> float:
        held, kind = candidate.main_held, candidate.has_type
        stems = held[0] if held is not None and topic.any_stem <= held[1] else None
        # what `known_features` reads of it (the question's unknown share is the question's)
        known = (candidate.features["area"], candidate.features["role"], candidate.fits_form, candidate.retrieval,
                 None if isinstance(kind, HoldsType) and kind.found is None else bool(kind))
        key = (id(topic), stems, known)
        found = memo.get(key)
        if found is None:
            found = memo[key] = held_ceiling(candidate, analysis, topic, scorer)
        return found
    return bound


def held_ceiling(candidate: Candidate, analysis: Analysis, topic: Topic, scorer: Scorer) -> float:
    """`ceiling`, with the topic features bounded by what the record postings say the candidate's main
    text holds (`Candidate.main_held`): its coverage by the main text is then known, and with context
    credit it is at most that with every other topic word in the context (`Topic.coverage_bound`). A
    must-do cell naming none of the question's words can score far less than a full topic, and a
    national corpus's grid makes thousands of them a question. Without the postings, `ceiling`; with no
    topic at all, its topic features are what `features` sets them to (its form decides, none missing)."""
    held = candidate.main_held
    if not topic:
        given = 1.0 if candidate.fits_form > 0 else 0.0
        return _highest({**known_features(candidate, analysis), "topic": given, "topic_main": given,
                         "covered": 1.0 if given >= COVERED else 0.0, "missing": 0.0}, scorer)
    if held is None or not topic.any_stem <= held[1]:
        return ceiling(candidate, analysis, scorer)
    whole, main = topic.coverage_bound(held[0])
    return _highest({**known_features(candidate, analysis), "topic": (0.0, whole), "topic_main": (0.0, main),
                     "covered": (0.0, 1.0 if main >= COVERED else 0.0)}, scorer)


def score_readable(found: Sequence[Candidate], unscored: Callable[[Candidate], bool], score: Callable[[Candidate], None],
                   analysis: Analysis, scorer: Scorer, read: int) -> None:
    """Score the ruled-out candidates a reply can read: of them, ranked by score with the earlier first
    among equals (as `ranked_candidates` sorts), the first `read`. The unscored are scored highest
    ceiling first (the earlier first among equals), until `read` scored ones rank above the best the
    next could reach (its ceiling, in its place): it and those after it can then not be among the first
    `read`, and are given a score of -inf so they sort after them (as they would have). Near-copies score
    their ceiling alike, so the first `read` of them settle it. Eligible candidates sort first and are
    all scored already."""
    ruled_out = [(k, c) for k, c in enumerate(found) if not c.eligible]
    # the `read` best (score, -place) keys of the ruled-out candidates scored so far (a min-heap)
    best = heapq.nlargest(read, ((c.score, -k) for k, c in ruled_out if not unscored(c)))
    heapq.heapify(best)
    pending = sorted(((ceiling(c, analysis, scorer), -k, c) for k, c in ruled_out if unscored(c)), key=lambda e: (-e[0], -e[1]))
    for high, place, candidate in pending:
        if len(best) == read and (high, place) < best[0]:
            candidate.score = -math.inf
            continue
        score(candidate)
        key = (candidate.score, place)
        if len(best) < read:
            heapq.heappush(best, key)
        elif key > best[0]:
            heapq.heapreplace(best, key)


def unbuilt_unread(found: Sequence[Candidate], left: LeftUnbuilt, analysis: Analysis, scorer: Scorer, read: int) -> bool:
    """Whether no candidate left unbuilt (features.unbuilt) could be among the ruled-out ones a reply
    reads, once `score_readable` has scored the built ones: the `read`-th best of those scores above
    the most any unbuilt one could score (its known area, role and search rank; every other feature at
    the end of its range its weight favours), so each unbuilt one would rank after the first `read`
    and tie with none of them. Then the reply is the one every candidate built would give."""
    scores = heapq.nlargest(read, (c.score for c in found if not c.eligible))
    if len(scores) < read:
        return False
    return all(scores[-1] > _ceiling_of(dict(zip(("area", "role", "retrieval"), known)), analysis, scorer) for known in left.known)


def _ceiling_of(known: dict[str, float], analysis: Analysis, scorer: Scorer) -> float:
    ranges: dict[str, float | tuple[float, float]] = {"form": (-1.0, 1.0), "type": (-1.0, 1.0), "unknown": analysis.unknown_share(),
                                                      **TOPIC_RANGES, **known}
    return _highest(ranges, scorer)


def score_eligible_readable(found: Sequence[Candidate], deferred: Sequence[Candidate], score: Callable[[Candidate], None],
                            bound: Callable[[Candidate], float], deep: int, tied: int) -> None:
    """Score the eligible candidates in `deferred` (whose eligibility is known without their topic
    features) that a reply can read, the rest left at -inf, after every scored eligible one (as they
    would sort). A reply reads the first `deep` eligible candidates and, where they tie the best, up to
    the first `tied` (ties.closest_wording_first reorders those by wording). So the deferred are scored
    highest bound first (the earlier first among equals), until the next one, even at its bound and in
    its place, ranks after `deep` scored ones, or after `tied` where its bound reaches the best score
    yet (it could tie the best): it and all after it cannot be read. A must-do grid question at
    national scale has thousands of eligible near-copy cells, each scored, where its reply reads a few."""
    place = {id(c): k for k, c in enumerate(found)}
    waiting = {id(c) for c in deferred}
    # the `tied` best (-score, place) keys of the scored eligible candidates, best first (as they sort)
    top = sorted((-c.score, k) for k, c in enumerate(found) if c.eligible and id(c) not in waiting)[:tied]
    pending = sorted(((-bound(c), place[id(c)], c) for c in deferred), key=lambda e: (e[0], e[1]))
    for n, (low, at, candidate) in enumerate(pending):
        need = tied if not top or -low >= -top[0][0] else deep
        if len(top) >= need and top[need - 1] < (low, at):
            for _, _, rest in pending[n:]:
                rest.score = -math.inf
            return
        score(candidate)
        bisect.insort(top, (-candidate.score, at))
        del top[tied:]
