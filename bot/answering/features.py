"""The named features every candidate is weighed on, whatever produced it. Each is a number in
[-1, 1]; bot/answering/scorer.py combines them with one set of weights."""

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, Context, role_score
from bot.answering.matching import Topic
from bot.answering.vocabulary import WEAK_ROLES

NAMES = ("topic", "topic_main", "covered", "missing", "unknown", "type", "area", "role", "form", "retrieval", "novelty")
COVERED = 0.75
NOVEL_WORDS = 6


def features(candidate: Candidate, analysis: Analysis, topic: Topic) -> dict[str, float]:
    coverage, main = topic.coverage(candidate.main, candidate.context, candidate.main_parts, candidate.main_held,
                                  candidate.context_held) if topic else (0.0, 0.0)
    if not topic:  # nothing left to match once the form and constraints are read: the form decides
        coverage = main = 1.0 if candidate.fits_form > 0 else 0.0
    return {
        "topic": coverage,
        "topic_main": main,
        "covered": 1.0 if main >= COVERED else 0.0,
        "missing": topic.heaviest_missing(candidate.main, candidate.context, candidate.main_parts, candidate.main_held,
                                          candidate.context_held) if topic else 0.0,
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
    return area_of(candidate.area, analysis)


def area_of(area: str | None, analysis: Analysis) -> float:
    """`area_match` of a candidate from this area."""
    if not analysis.areas:
        return 0.0
    if area in analysis.areas:
        return 1.0
    if area is None:
        return -0.5
    return -1.0


def role_match(candidate: Candidate, analysis: Analysis) -> float:
    """+1 when the candidate states the role asked for, -1 when it states none of the asked roles; a
    role as common as "lead" counts +0.5 when stated and nothing when not."""
    return role_of(candidate.role_text, analysis)


def role_of(role_text: str, analysis: Analysis) -> float:
    """`role_match` of a candidate stating this role: the very words of a common role asked with its kind
    ("Initiative lead" for "who is the initiative lead?") state it as fully as a named role does."""
    if analysis.role_words and role_text and analysis.role_words in role_text.lower():
        return 1.0
    strong = [r for r in analysis.roles if r not in WEAK_ROLES]
    if not strong:  # "contact", "lead": said of so much that only finding it counts, for half
        weak = max((role_score(r, role_text) for r in analysis.roles), default=0.0) if role_text else 0.0
        return 0.5 * weak
    best = max((role_score(r, role_text) for r in strong), default=0.0) if role_text else 0.0
    return best if best else -1.0


def unbuilt(ctx: Context, source: str, area: str | None, role_text: str = "", retrieval: float = 0.5) -> bool:
    """Whether a generator may leave this candidate unbuilt, and counts it if so: while the pipeline
    allows it (`ctx.left_unbuilt`), a candidate of another plan area than the one asked (a known area:
    one of none may yet be given the asked one), or stating no role asked, is ruled out whatever else it
    holds (eligibility.blocked), so no rule across candidates reads it and a reply reads it only when fewer
    than three are eligible, which the pipeline then answers again with every candidate built."""
    left = ctx.left_unbuilt
    if left is None:
        return False
    area_feature, role_feature = area_of(area, ctx.analysis), role_of(role_text, ctx.analysis)
    if not (area is not None and area_feature < 0 or role_feature < 0):
        return False
    left.count += 1
    left.sources.add(source)
    left.known.add((area_feature, role_feature, retrieval))
    return True
