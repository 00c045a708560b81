"""A "when" question's milestone candidates are scored from their postings (held_stems.held_by_row,
group_held): which of the topic's stems their texts and their initiative's title and row hold, not their
texts read again. Their topic features are those of reading the texts."""

import dataclasses
import json
from datetime import date

from bot.answering.features import features
from bot.answering.matching import Topic
from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.store import PlanIndex
from tests.conftest import ROOT


def test_milestones_scored_from_postings_score_as_from_their_texts(bundled_dir, tokenizer) -> None:
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    lines = (ROOT / "tests" / "questions" / "tune.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    compared = with_context = 0
    for item in items:
        if not item["question"].lower().startswith(("when", "by when", "what date")):
            continue
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        ctx = context_for(item["question"], index, tokenizer, as_of, 1000, None)
        for c in ranked_candidates(ctx, scorer):
            if c.source != "milestone" or c.main_held is None and c.context_held is None or len(c.features) < 5:
                continue
            plain = dataclasses.replace(c, main_held=None, context_held=None)
            topic = Topic(ctx.analysis, tokenizer)
            if c.main_held is not None:  # the stems said are exactly the topic's stems of the texts
                assert c.main_held[0] == tokenizer.stem_set(c.main) & c.main_held[1]
            if c.context_held is not None:
                assert c.context_held[0] == topic.stems(c.context) & c.context_held[1]
            assert features(c, ctx.analysis, Topic(ctx.analysis, tokenizer)) == features(plain, ctx.analysis, topic), c.answer
            compared += 1
            with_context += c.context_held is not None
    assert compared > 20 and with_context > 20, (compared, with_context)


def test_a_milestones_context_holds_its_papers_opening_too(bundled_dir, tokenizer) -> None:
    """The pipeline adds the paper's opening to a candidate's context: the stems said of the context
    take in the opening's too ("Lancashire" here is in the paper's opening, not the milestone's row)."""
    index, scorer = PlanIndex.open(bundled_dir), load_scorer()
    widened = 0
    for question in ("when is the Lancashire North respiratory testbed evaluation due?", "when is the STP ICC electronic care plans implemented?"):
        ctx = context_for(question, index, tokenizer, None, 1000, None)
        for c in ranked_candidates(ctx, scorer):
            if c.source == "milestone" and c.context_held is not None:
                over = c.context_held[1]
                assert c.context_held[0] == Topic(ctx.analysis, tokenizer).stems(c.context) & over
                widened += bool((tokenizer.stem_set(c.context[-1]) & over) - tokenizer.stem_set(c.context[0]))
    assert widened
