"""The highest score a candidate could reach, from what is known of it before its topic is read.

A question whose candidates are all but ruled out (fewer eligible than a reply reads) is answered or
abstained on with the best-scored of the ruled-out ones too, so each used to be scored: at national
scale a thousand near-copies a question, each text tokenised. The scorer is a weighted sum of features
each within a known range (bot/answering/features.py), and of them only the topic ones need the
candidate's texts read; the rest (its area, role, form, search rank) are known by then. So a candidate
whose ceiling is below the scores of as many candidates before it as a reply reads cannot be read by
the reply, and is not scored."""

import heapq
import math
from collections.abc import Callable, Sequence

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, HoldsType
from bot.answering.features import NAMES
from bot.answering.scorer import Scorer

# The features worked out from the candidate's texts, and the range each lies in (features.py).
TOPIC_RANGES: dict[str, tuple[float, float]] = {"topic": (0.0, 1.0), "topic_main": (0.0, 1.0), "covered": (0.0, 1.0),
                                                "missing": (0.0, 1.0), "novelty": (0.0, 1.0)}
# Rounding apart: a ceiling summed in another order than the score may differ in its last bits.
SLACK = 1e-9


def known_features(candidate: Candidate, analysis: Analysis) -> dict[str, float | tuple[float, float]]:
    """Each feature's value where it is known without reading the candidate's texts, else its range.
    (Whether it holds the asked type is known once asked: reading names or figures is not done here.)"""
    held = candidate.has_type
    kind: float | tuple[float, float] = (-1.0, 1.0) if isinstance(held, HoldsType) and held.found is None else (1.0 if held else -1.0)
    return {"area": candidate.features["area"], "role": candidate.features["role"], "form": candidate.fits_form,
            "retrieval": candidate.retrieval, "unknown": analysis.unknown_share(), "type": kind, **TOPIC_RANGES}


def ceiling(candidate: Candidate, analysis: Analysis, scorer: Scorer) -> float:
    """No score `features` can give this candidate is above this."""
    total = 0.0
    for name, value in known_features(candidate, analysis).items():
        weight = scorer.rank.get(name, 0.0)
        total += max(weight * value[0], weight * value[1]) if isinstance(value, tuple) else weight * value
    return total


def score_readable(found: Sequence[Candidate], unscored: Callable[[Candidate], bool], score: Callable[[Candidate], None],
                   analysis: Analysis, scorer: Scorer, read: int) -> None:
    """Score the ruled-out candidates a reply can read: of them, ranked by score with the earlier first
    among equals (as `ranked_candidates` sorts), the first `read`. The unscored are scored highest
    ceiling first, until `read` scored ones score above the next one's ceiling: it and those after it
    can then not be among the first `read`, whatever their place, and are given a score of -inf so they
    sort after them (as they would have). Eligible candidates sort first and are all scored already."""
    best = heapq.nlargest(read, (c.score for c in found if not c.eligible and not unscored(c)))
    heapq.heapify(best)  # the `read` highest scores of the ruled-out candidates so far (a min-heap)
    pending = [c for c in found if not c.eligible and unscored(c)]
    ceilings = [ceiling(c, analysis, scorer) for c in pending]
    for k in sorted(range(len(pending)), key=lambda k: -ceilings[k]):
        candidate = pending[k]
        if len(best) == read and ceilings[k] < best[0] - SLACK:
            candidate.score = -math.inf
            continue
        score(candidate)
        if len(best) < read:
            heapq.heappush(best, candidate.score)
        elif candidate.score > best[0]:
            heapq.heapreplace(best, candidate.score)
