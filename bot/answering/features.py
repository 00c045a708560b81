"""The named features every candidate is weighed on, whatever produced it. Each is a number in
[-1, 1]; bot/answering/scorer.py combines them with one set of weights."""

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, role_score
from bot.answering.matching import Topic
from bot.answering.vocabulary import WEAK_ROLES

NAMES = ("topic", "topic_main", "covered", "missing", "unknown", "type", "area", "role", "form", "retrieval", "novelty")
COVERED = 0.75
NOVEL_WORDS = 6


def features(candidate: Candidate, analysis: Analysis, topic: Topic) -> dict[str, float]:
    coverage, main = topic.coverage(candidate.main, candidate.context, candidate.main_parts, candidate.main_held) if topic else (0.0, 0.0)
    if not topic:  # nothing left to match once the form and constraints are read: the form decides
        coverage = main = 1.0 if candidate.fits_form > 0 else 0.0
    return {
        "topic": coverage,
        "topic_main": main,
        "covered": 1.0 if main >= COVERED else 0.0,
        "missing": topic.heaviest_missing(candidate.main, candidate.context, candidate.main_parts, candidate.main_held) if topic else 0.0,
        "unknown": analysis.unknown_share(),
        "type": 1.0 if candidate.has_type else -1.0,
        "area": area_match(candidate, analysis),
        "role": role_match(candidate, analysis),
        "form": candidate.fits_form,
        "retrieval": candidate.retrieval,
        "novelty": novelty(candidate, analysis, topic),
    }


def novelty(candidate: Candidate, analysis: Analysis, topic: Topic) -> float:
    """How much the answer says beyond the question's own words: a heading that only repeats the
    question ("Priority 3: Enhanced Acute Care") tells nothing."""
    parts, tokenizer = candidate.answer_parts, topic.tokenizer
    if parts and not tokenizer.joins_across(parts):  # its stems are its parts': read part by part, as far as needed
        new: set[str] = set()
        for part in parts:
            new |= tokenizer.stem_set(part) - analysis.words
            if len(new) >= NOVEL_WORDS:
                return min(len(new), NOVEL_WORDS) / NOVEL_WORDS  # (the label and area often say enough: no text read)
        return min(len(new), NOVEL_WORDS) / NOVEL_WORDS
    stems = tokenizer.joined_stem_set(parts) if parts else tokenizer.stem_set(candidate.answer)
    return min(len(stems - analysis.words), NOVEL_WORDS) / NOVEL_WORDS


def area_match(candidate: Candidate, analysis: Analysis) -> float:
    """+1 from the asked area, -1 from another one, -0.5 from no area when one was asked."""
    if not analysis.areas:
        return 0.0
    if candidate.area in analysis.areas:
        return 1.0
    if candidate.area is None:
        return -0.5
    return -1.0


def role_match(candidate: Candidate, analysis: Analysis) -> float:
    """+1 when the candidate states the role asked for, -1 when it states none of the asked roles; a
    role as common as "lead" counts +0.5 when stated and nothing when not."""
    strong = [r for r in analysis.roles if r not in WEAK_ROLES]
    if not strong:  # "contact", "lead": said of so much that only finding it counts, for half
        weak = max((role_score(r, candidate.role_text) for r in analysis.roles), default=0.0) if candidate.role_text else 0.0
        return 0.5 * weak
    best = max((role_score(r, candidate.role_text) for r in strong), default=0.0) if candidate.role_text else 0.0
    return best if best else -1.0
