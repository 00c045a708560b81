"""A box's title, then its fields ("Wave 2" over "Go-live: Q3 2017/18"): the field's label says what the
title's item is, so the title is read with it. "When do the wave 2 hubs go live?" is about the box the
field's "Go-live" belongs to, not only about its title's words."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

DECK = """Neighbourhood hubs: roll-out by wave

Wave 1
Go-live: 3 April 2017
Hubs: Wexbury North, Eastmoor, Harbour

Wave 2
Go-live: Q3 2017/18
Hubs: Wexbury Central, Westvale, Marsh End, Ridgeway

"""

UPDATE = """LMC update for practices

The first three neighbourhood hubs (Wexbury North, Eastmoor and Harbour) went live as planned on 3 April 2017.
"""


def test_a_fields_label_is_read_with_the_title_above_it(papers) -> None:
    index = papers({"deck.txt": DECK, "update.txt": UPDATE, **OTHER_PAPERS})
    reply = answer("When do the wave 2 neighbourhood hubs go live?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Q3 2017/18"), reply.answer


def test_the_title_is_read_with_its_fields_label(papers, tokenizer: Tokenizer) -> None:
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    index = papers({"deck.txt": DECK, "update.txt": UPDATE, **OTHER_PAPERS})
    ctx = context_for("When do the wave 2 neighbourhood hubs go live?", index, tokenizer, None, 1000, None)
    found = [c for c in ranked_candidates(ctx, load_scorer(), leave_unbuilt=False) if c.source == "sentence" and c.answer.startswith("Q3 2017/18")]
    assert found and "Go-live" in found[0].main, [(c.main, c.answer[:60]) for c in found]
