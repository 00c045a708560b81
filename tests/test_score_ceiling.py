"""The score ceiling (bot/answering/ceiling.py): no candidate scores above it, and leaving the ruled-out
candidates under the best ones' scores unscored leaves what a reply reads as it was."""

import json
import math
from datetime import date

from bot.answering import ceiling as ceiling_module
from bot.answering import pipeline
from bot.answering.candidates import Candidate, HoldsType
from bot.answering.ceiling import ceiling, known_features, score_readable
from bot.answering.features import NAMES
from bot.answering.lexicon import lexicon
from bot.answering.analysis import analyse
from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.store import PlanIndex
from tests.conftest import ROOT

PAPER = """Wyvern Valley ICS: delivery plan (2025/26)

Urgent care: the Hallamby urgent treatment centre opens in March 2026. Owner: Gwen Atter.
Digital: the shared care record reaches every practice by June 2026.
Workforce: 85 international nurses in post by November 2025.
"""


def _tune(step: int = 3) -> list[dict]:
    lines = (ROOT / "tests" / "questions" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()][::step]


def test_the_ceiling_knows_every_feature(papers, tokenizer) -> None:
    """A feature added to the scorer without a known value or range here would let the ceiling lie."""
    index = papers({"plan.txt": PAPER})
    analysis = analyse("who owns the urgent treatment centre?", lexicon(index, tokenizer))
    candidate = Candidate(source="sentence", main="x", context="", area=None, answer="x", citations=[],
                          has_type=HoldsType("person", "x", frozenset()), features={"area": 0.0, "role": 0.0})
    assert set(known_features(candidate, analysis)) == set(NAMES)
    assert known_features(candidate, analysis)["type"] == (-1.0, 1.0)  # not worked out to bound it


def test_no_candidate_scores_above_its_ceiling(bundled_dir, tokenizer) -> None:
    """Every candidate of the tune questions over the bundled papers, scored in full, is at or below
    the ceiling worked out from its area, role, form, search rank and type alone."""
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    seen = 0
    for item in _tune():
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        ctx = context_for(item["question"], index, tokenizer, as_of, 1000, None)
        for candidate in ranked_candidates(ctx, scorer):
            if len(candidate.features) == len(NAMES) and candidate.score != -math.inf:
                assert candidate.score <= ceiling(candidate, ctx.analysis, scorer), candidate.answer  # bit for bit
                seen += 1
    assert seen > 1000


def test_ruled_out_candidates_left_under_the_ceiling_leave_the_reply_as_it_was(bundled_dir, tokenizer, monkeypatch) -> None:
    """With the ceiling (and at least one candidate left unscored by it) and with every ruled-out
    candidate scored: the first TOP_READ candidates, their features, scores and probability, and which
    are eligible, are the same."""
    index, scorer, read = PlanIndex.open(bundled_dir), load_scorer(), pipeline.TOP_READ
    items = _tune(2)

    def ranked(item: dict) -> list:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        found = ranked_candidates(context_for(item["question"], index, tokenizer, as_of, 1000, None), scorer)
        return [[(c.source, c.answer, c.citations, c.features, c.score, c.probability) for c in found[:read]],
                [(c.source, c.answer) for c in found if c.eligible], len(found)]

    skipped = []
    real = ceiling_module.ceiling
    monkeypatch.setattr(ceiling_module, "ceiling", lambda c, a, s: skipped.append(c) or real(c, a, s))
    lazy = [ranked(item) for item in items]
    left = [c for c in skipped if c.score == -math.inf]
    assert left, "no candidate was left unscored: the test tests nothing"
    monkeypatch.setattr(ceiling_module, "ceiling", lambda c, a, s: math.inf)
    assert lazy == [ranked(item) for item in items]


def test_scoring_stops_at_the_best_scores_whatever_their_place() -> None:
    """The best-scored come last in the list: they are scored first (highest ceiling), and the earlier,
    lower-ceilinged ones are left at -inf; two scored candidates tying with the third keep their scores."""
    scorer = load_scorer()
    analysis = type("A", (), {"unknown_share": lambda self: 0.0})()

    def made(role: float, form: float) -> Candidate:
        return Candidate(source="row", main="", context="", area=None, answer="", citations=[], eligible=False,
                         fits_form=form, features={"area": 0.0, "role": role})

    low = [made(-1.0, -1.0) for _ in range(5)]
    high = [made(1.0, 1.0) for _ in range(3)]
    scored = []

    def score(c: Candidate) -> None:
        scored.append(c)
        c.features = {name: 1.0 for name in NAMES} | {"missing": 0.0}
        c.score = scorer.score(c.features)

    score_readable([*low, *high], lambda c: len(c.features) < len(NAMES), score, analysis, scorer, 3)  # type: ignore[arg-type]
    assert scored == high and all(c.score == -math.inf for c in low)


def test_near_copies_at_their_ceiling_stop_scoring_after_the_first_three() -> None:
    """Five candidates alike, each scoring its ceiling: the first three in place are scored, and the two
    after them, which could only tie and so sort after them, are not."""
    scorer = load_scorer()
    analysis = type("A", (), {"unknown_share": lambda self: 0.0})()
    alike = [Candidate(source="milestone", main="", context="", area=None, answer="", citations=[], eligible=False,
                       fits_form=0.5, features={"area": -1.0, "role": 0.0}) for _ in range(5)]
    scored = []

    def score(c: Candidate) -> None:
        scored.append(c)
        c.features = {**c.features, "topic": 1.0, "topic_main": 1.0, "covered": 1.0, "missing": 0.0, "unknown": 0.0,
                      "type": 1.0, "form": 0.5, "retrieval": 0.5, "novelty": 1.0}
        c.score = scorer.score(c.features)

    score_readable(alike, lambda c: len(c.features) < len(NAMES), score, analysis, scorer, 3)  # type: ignore[arg-type]
    assert scored == alike[:3] and alike[0].score == ceiling(alike[0], analysis, scorer)  # type: ignore[arg-type]
    assert [c.score for c in alike[3:]] == [-math.inf, -math.inf]
