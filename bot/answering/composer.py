"""The reply from the ranked candidates: the best one's answer first, then its citations and the next
ones'; "the plans don't say" (with what the papers do say nearby) when the best is not eligible or
the scorer abstains; every citation's quote checked to be on the page or line it cites."""

from bot.answering import series
from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate, unique
from bot.answering.eligibility import GROUPS
from bot.answering.scorer import Scorer
from bot.index.store import PlanIndex
from bot.models import Reply

NOT_COVERED = "The plans don't say."
MAX_CITATIONS = 5


def compose(analysis: Analysis, ranked: list[Candidate], scorer: Scorer) -> Reply:
    kind = _kind(analysis)
    best = ranked[0] if ranked else None
    if best is None or not best.eligible or not scorer.answers(best.probability, best.source in GROUPS) or not best.answered:
        return _abstain(analysis, kind, best, ranked, scorer)
    several = series.asked_series(analysis.asked or analysis.text) if analysis.want == "date" else None
    found = series.gathered(best, ranked, several) if several else None
    if found:  # "when do the two cohorts start?": each cohort's line, not the best one's alone
        text, cites = found
        return Reply(question=analysis.text, kind=kind, answered=True, answer=text, citations=unique(cites, MAX_CITATIONS))
    citations = unique([*best.citations, *(c for other in ranked[1:3] for c in other.citations[:1])], MAX_CITATIONS)
    return Reply(question=analysis.text, kind=kind, answered=True, answer=best.answer, citations=citations)


def _abstain(analysis: Analysis, kind: str, best: Candidate | None, ranked: list[Candidate], scorer: Scorer) -> Reply:
    """The plans don't say; where something near was found, say what it is, so staff can judge."""
    text = NOT_COVERED
    if best is not None and not best.answered and scorer.answers(best.probability, best.source in GROUPS):
        text = best.answer  # what the plans say instead ("they name the work programme, not a person")
    elif best is not None and best.nearest and best.features.get("topic", 0) >= 0.3:
        text = f"{NOT_COVERED} The nearest the papers come: {best.nearest}."
    citations = unique((c for cand in ranked[:3] for c in cand.citations[:1]), 3)
    return Reply(question=analysis.text, kind=kind, answered=False, answer=text, citations=citations)


def _kind(analysis: Analysis) -> str:
    if analysis.mustdo:
        return "mustdo"
    if "person" in analysis.wants or analysis.person:
        return "owner"
    if "date" in analysis.wants or analysis.window is not None:
        return "milestone"
    return "fact"


def verified(reply: Reply, index: PlanIndex) -> Reply:
    """Drop any citation whose quote is not on its page or line; an answer with none left is withdrawn."""
    good = [c for c in reply.citations if index.quote_is_on_source(c.document, c.page, c.line, c.quote)]
    if reply.answered and not good:
        return Reply(question=reply.question, kind=reply.kind, answered=False, answer=NOT_COVERED, citations=[])
    return reply.model_copy(update={"citations": good})
