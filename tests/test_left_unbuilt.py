"""Candidates left unbuilt (features.unbuilt, pipeline.ranked_candidates with `leave_unbuilt`): a
candidate ruled out by its area or role alone is not built, and the reply reads what it would have read
with every candidate built, answering again with all of them where fewer than three are eligible."""

import json
import math
from datetime import date

from bot.answering import pipeline
from bot.answering.candidates import Candidate, LeftUnbuilt
from bot.answering.ceiling import unbuilt_unread
from bot.answering.features import NAMES
from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.store import PlanIndex
from tests.conftest import ROOT


def _tune(step: int = 2) -> list[dict]:
    lines = (ROOT / "tests" / "questions" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()][::step]


def test_leaving_ruled_out_candidates_unbuilt_leaves_what_a_reply_reads(bundled_dir, tokenizer, monkeypatch) -> None:
    """Over the tune questions: the eligible candidates in order, with their features and scores, and
    the first three (the reply's answer and citations) with their probability, are those of building
    every candidate; some were left unbuilt, and some questions were answered again with all built."""
    index, scorer, read = PlanIndex.open(bundled_dir), load_scorer(), pipeline.TOP_READ

    def ranked(item: dict, leave: bool) -> list:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        found = ranked_candidates(context_for(item["question"], index, tokenizer, as_of, 1000, None), scorer, leave_unbuilt=leave)
        return [[(c.source, c.answer, c.citations, c.features, c.score, c.probability, c.eligible) for c in found[:read]],
                [(c.source, c.answer, c.citations, c.features, c.score) for c in found if c.eligible]]

    left, again = [], []
    real_ranked = pipeline._ranked

    def counted(ctx, s):  # how many each pass left unbuilt, and which passes had to build them
        found = real_ranked(ctx, s)
        left.append(ctx.left_unbuilt.count if ctx.left_unbuilt else 0)
        if found is None:
            again.append(ctx.analysis.text)
        return found

    monkeypatch.setattr(pipeline, "_ranked", counted)
    items = _tune()
    lazy = [ranked(item, True) for item in items]
    assert sum(left) and again, "nothing was left unbuilt, or no question needed them: the test tests nothing"
    assert lazy == [ranked(item, False) for item in items]


def _ruled_out(score: float) -> Candidate:
    return Candidate(source="row", main="", context="", area=None, answer="", citations=[], eligible=False,
                     features={name: 0.0 for name in NAMES}, score=score)


def test_unbuilt_candidates_are_unread_only_below_the_third_ruled_out_score() -> None:
    """An unbuilt candidate of another area (role and search rank known) could score up to its ceiling:
    the reply reads none of them only when three built ruled-out candidates score above that."""
    scorer = load_scorer()
    analysis = type("A", (), {"unknown_share": lambda self: 0.0})()
    left = LeftUnbuilt(count=1, sources={"milestone"}, known={(-1.0, -1.0, 0.5)})
    most = sum(scorer.rank.get(n, 0.0) * v for n, v in {"topic": 1, "topic_main": 1, "covered": 1, "missing": 0, "type": 1, "role": -1,
                                                         "form": 1, "retrieval": 0.5, "novelty": 1, "area": -1}.items())
    high = [_ruled_out(most + 1.0) for _ in range(3)]
    assert unbuilt_unread(high, left, analysis, scorer, 3)  # type: ignore[arg-type]
    assert not unbuilt_unread(high[:2], left, analysis, scorer, 3)  # type: ignore[arg-type]  (fewer than three built)
    assert not unbuilt_unread([*high[:2], _ruled_out(most - 0.5)], left, analysis, scorer, 3)  # type: ignore[arg-type]
    assert not unbuilt_unread([*high[:2], _ruled_out(-math.inf)], left, analysis, scorer, 3)  # type: ignore[arg-type]


def test_must_do_cells_stating_no_asked_role_are_left_unbuilt(bundled_dir, tokenizer, monkeypatch) -> None:
    """"Who's the SRO for ... mental health?" reads the must-do grid, whose cells and coverage state no
    role: they are left unbuilt (their rows unread), and the reply is the one of building them all."""
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    question = "who's the SRO for fylde coast WP4 mental health?"
    sources: list[set[str]] = []
    real_ranked = pipeline._ranked

    def counted(ctx, s):
        found = real_ranked(ctx, s)
        sources.append(set(ctx.left_unbuilt.sources) if ctx.left_unbuilt else set())
        return found

    monkeypatch.setattr(pipeline, "_ranked", counted)
    lazy = pipeline.answer(question, index, tokenizer)
    assert context_for(question, index, tokenizer, None, 1000, None).analysis.mustdo
    assert "mustdo-cell" in sources[0], "the must-do cells were built: the test tests nothing"
    monkeypatch.setattr(pipeline, "ranked_candidates", lambda ctx, s, leave_unbuilt=False: ranked_candidates(ctx, s))
    assert lazy == pipeline.answer(question, index, tokenizer)
