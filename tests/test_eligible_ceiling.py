"""Eligible candidates scored only as far as a reply reads them (ceiling.score_eligible_readable, with the
bound from the postings, ceiling.held_ceiling): a group's candidate (a must-do cell) is eligible or not
whatever its topic, so of thousands of eligible near-copies only those that can rank among the first a
reply reads are scored, and the reply is the one scoring every candidate gives."""

import json
import math
import random
from datetime import date
from pathlib import Path

from bot.answering import eligibility, pipeline
from bot.answering.candidates import Candidate
from bot.answering.ceiling import held_ceiling, score_eligible_readable
from bot.answering.features import NAMES
from bot.answering.pipeline import answer, context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from tests.conftest import ROOT

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def _tune(step: int) -> list[dict]:
    lines = (ROOT / "tests" / "questions" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()][::step]


def _mustdo_questions() -> list[dict]:
    """Tune questions a grid answers (their cells are the eligible groups this is about), and some others."""
    items = _tune(1)
    return [i for i in items if "must" in i["question"].lower()] + items[::9]


def _as_of(item: dict) -> date | None:
    return date.fromisoformat(item["as_of"]) if item.get("as_of") else None


def test_no_candidate_scores_above_its_bound_from_the_postings(bundled_dir, tokenizer) -> None:
    """Every candidate with a main text known from the postings (or of a question with no topic), scored
    in full, is at or below the bound worked out from those stems and its known features, bit for bit."""
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    seen, tight, topicless = 0, 0, 0
    for item in _mustdo_questions():
        ctx = context_for(item["question"], index, tokenizer, _as_of(item), 1000, None)
        for candidate in ranked_candidates(ctx, scorer):
            if len(candidate.features) < len(NAMES) or candidate.score == -math.inf:
                continue
            for topic in (ctx.topic, pipeline.Topic(ctx.analysis, tokenizer, ctx.lex.setting())):
                if candidate.main_held is None and topic:
                    continue
                bound = held_ceiling(candidate, ctx.analysis, topic, scorer)
                scored = scorer.score(pipeline.features(candidate, ctx.analysis, topic))
                assert scored <= bound, candidate.answer
                tight += scored == bound
                topicless += not topic
                seen += 1
    assert seen > 200 and tight > 20 and topicless > 20


def test_eligible_candidates_left_unscored_leave_the_reply_as_it_was(bundled_dir, tokenizer, monkeypatch) -> None:
    """With the bound (some eligible candidates left at -inf) and with every eligible one scored: the first
    candidates a reply reads (with their features, scores and probability, and the best one's ties), which
    are eligible, and the replies themselves are the same."""
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    items = _mustdo_questions()
    left: list[int] = []
    real = pipeline.score_eligible_readable

    def counted(found, deferred, score, bound, deep, tied):
        real(found, deferred, score, bound, deep, tied)
        left.append(sum(c.score == -math.inf for c in deferred))

    def read(item: dict) -> list:
        found = ranked_candidates(context_for(item["question"], index, tokenizer, _as_of(item), 1000, None), scorer, leave_unbuilt=True)
        best = found[0].score if found else None
        return [[(c.source, c.answer, c.citations, c.features, c.score, c.probability, c.eligible) for c in found[:pipeline.PRECISE_LOOKAHEAD + 1]],
                [(c.source, c.answer) for c in found[:pipeline.MAX_TIED] if c.score == best], [c.eligible for c in found],
                answer(item["question"], index, tokenizer, _as_of(item)).model_dump()]

    monkeypatch.setattr(pipeline, "score_eligible_readable", counted)
    lazy = [read(item) for item in items]
    assert sum(left) > 0, "no eligible candidate was left unscored: the test tests nothing"
    monkeypatch.setattr(pipeline, "held_ceilings", lambda analysis, scorer: lambda c, t: math.inf)
    assert lazy == [read(item) for item in items]


def _eligible(form: float) -> Candidate:
    return Candidate(source="mustdo-cell", main="", context="", area=None, answer="", citations=[], fits_form=form,
                     features={"area": 0.0, "role": 0.0})


def _scored_as_bound(scored: list[Candidate]):
    def score(c: Candidate) -> None:
        scored.append(c)
        c.features = {**c.features, "topic": 0.0}
        c.score = c.fits_form
    return score


def test_scoring_stops_once_enough_rank_above_the_next_bound() -> None:
    """Twenty alike below the best one: where they cannot tie the best, `deep` of them are scored; where
    they tie it, up to `tied` (the best one's ties are reordered by wording), in their place order."""
    best, alike = _eligible(2.0), [_eligible(1.0) for _ in range(20)]
    scored: list[Candidate] = []
    score_eligible_readable([*alike, best], [*alike, best], _scored_as_bound(scored), lambda c: c.fits_form, 4, 8)
    assert scored == [best, *alike[:3]] and all(c.score == -math.inf for c in alike[3:])
    tied = [_eligible(1.0) for _ in range(20)]
    scored = []
    score_eligible_readable(tied, tied, _scored_as_bound(scored), lambda c: c.fits_form, 4, 8)
    assert scored == tied[:8] and all(c.score == -math.inf for c in tied[8:])


def test_candidates_scored_already_count_and_the_rest_are_all_scored_when_few() -> None:
    """Eligible candidates scored before (not deferred) rank too; with fewer deferred than are read, all
    are scored; a deferred one whose bound is above those scored is scored even after them in place."""
    done = [_eligible(5.0) for _ in range(4)]
    for c in done:
        c.score = 5.0
    late, low = _eligible(6.0), [_eligible(1.0) for _ in range(3)]
    scored: list[Candidate] = []
    score_eligible_readable([*done, *low, late], [*low, late], _scored_as_bound(scored), lambda c: c.fits_form, 4, 8)
    assert scored == [late] and all(c.score == -math.inf for c in low)
    few = [_eligible(1.0) for _ in range(3)]
    scored = []
    score_eligible_readable(few, few, _scored_as_bound(scored), lambda c: c.fits_form, 4, 8)
    assert scored == few


def _annex_copies(folder: Path, copies: int) -> Path:
    """Perturbed copies of the bundled annex (as benchmarks/run.py makes a national corpus): each copy
    after the first varies one word in twenty, so a "when" question finds a milestone in each."""
    folder.mkdir()
    text = next((ROOT / "corpus").glob("001_*.txt")).read_text(encoding="utf-8")
    rng = random.Random(7)
    for copy in range(copies):
        words = text.split(" ")
        for _ in range(len(words) // 20 if copy else 0):
            at = rng.randrange(len(words))
            words[at] += f"x{copy}"
        (folder / f"annex_{copy:03d}.txt").write_text(" ".join(words), encoding="utf-8")
    return folder


def test_milestones_holding_a_topic_word_are_scored_only_as_far_as_a_reply_reads(tmp_path, tokenizer, monkeypatch) -> None:
    """A milestone whose own text the postings say holds a word of the question is eligible whatever its
    topic features (`blocked`'s topic rule cannot rule it out), so near-copies are deferred and scored
    only as far as a reply reads them: some are left unscored, and what a reply reads (and the reply)
    is what scoring each one up front gave."""
    folder = tmp_path / "index"
    build_index([_annex_copies(tmp_path / "papers", 12)], folder, tokenizer, 10**8)
    index, scorer = PlanIndex.open(folder), load_scorer()
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()] if DEV.exists() else []
    items = [i for i in items if i["question"].lower().startswith(("when", "west lancs"))] or _tune(1)[::4]
    left: list[int] = []
    real = pipeline.score_eligible_readable

    def counted(found, deferred, score, bound, deep, tied):
        real(found, deferred, score, bound, deep, tied)
        left.append(sum(c.score == -math.inf for c in deferred if c.source == "milestone"))

    def read(item: dict) -> list:
        found = ranked_candidates(context_for(item["question"], index, tokenizer, _as_of(item), 1000, None), scorer, leave_unbuilt=True)
        return [[(c.source, c.answer, c.citations, c.features, c.score, c.probability, c.eligible) for c in found[:pipeline.PRECISE_LOOKAHEAD + 1]],
                [c.eligible for c in found], answer(item["question"], index, tokenizer, _as_of(item)).model_dump()]

    monkeypatch.setattr(pipeline, "score_eligible_readable", counted)
    lazy = [read(item) for item in items]
    assert sum(left) > 0, "no milestone was left unscored: the test tests nothing"
    monkeypatch.setattr(eligibility, "holds_topic_word", lambda candidate, topic: False)  # each scored up front, as before
    assert lazy == [read(item) for item in items]
