"""The highest score a candidate could reach, from what is known of it before its topic is read.

A question whose candidates are all but ruled out (fewer eligible than a reply reads) is answered or
abstained on with the best-scored of the ruled-out ones too, so each used to be scored: at national
scale a thousand near-copies a question, each text tokenised. The scorer is a weighted sum of features
each within a known range (bot/answering/features.py), and of them only the topic ones need the
candidate's texts read; the rest (its area, role, form, search rank) are known by then. So a candidate
ranking below as many scored ones as a reply reads even at its ceiling (a lower score, or an equal one
and a later place) cannot be read by the reply, and is not scored."""

import heapq
import math
from collections.abc import Callable, Sequence

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, HoldsType, LeftUnbuilt
from bot.answering.features import NAMES
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
    highest = {}
    for name, value in known_features(candidate, analysis).items():
        highest[name] = (value[1] if scorer.rank.get(name, 0.0) >= 0 else value[0]) if isinstance(value, tuple) else value
    return scorer.score(highest)


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
    return scorer.score({name: (v[1] if scorer.rank.get(name, 0.0) >= 0 else v[0]) if isinstance(v, tuple) else v for name, v in ranges.items()})
