"""Warming a version for its askers: what answering reads is loaded and every pattern compiled once when
a version opens, and the heap settled so a national corpus's caches are not walked by every collection."""

import gc
from datetime import date

from bot.answering.analysis import read_mustdo_wordings
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer, context_for
from bot.answering.scorer import load_scorer
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer


def prepare(index: PlanIndex, tokenizer: Tokenizer) -> None:
    """Load what answering reads from a version (record postings, lexicon, typo index, scorer), so no
    asker waits for it: a long-running edge calls this when a version opens."""
    from bot.answering.candidates import read_openings
    from bot.answering.candidates.dated import dated_items, read_by_area
    from bot.index.record_terms import FIELDS, initiatives_by_id, postings, records

    if postings(index) is None:  # a version without record postings scores whole tables: load them now
        for table, fields in FIELDS.items():
            for field in fields:
                records(index, tokenizer, table).field(field)
        records(index, tokenizer, "mustdos").column("mustdo")
    initiatives_by_id(index)
    lex = lexicon(index, tokenizer)
    lex.speller.correct("warmup")
    index.memo("scorer", load_scorer)
    index.engine.warm()
    # One question of each kind compiles every pattern a question is read and answered with. A version
    # whose dated items are read by area is asked about one area's: every area's is a national corpus.
    due = "what is due this month?"
    ctx = context_for(due, index, tokenizer, date(2017, 1, 1), 1000, None)
    read_openings(ctx)
    lex.in_file_names("warmup")  # (the papers' file names' words, read at a question's first unknown word)
    read_mustdo_wordings(lex)
    if not read_by_area(ctx):
        dated_items(ctx)
    elif lex.areas.names:
        due = f"what is due this month in {lex.areas.names[0]}?"
    for question in ("who owns the plan?", due, "which priorities cover must do 1?",
                     "how many practices are there?", "what day is the launch?", "what are the priorities?"):
        answer(question, index, tokenizer, date(2017, 1, 1))
    settle_heap()


# Objects made between young collections (CPython's default is 700): a question at national scale makes
# hundreds of thousands of short-lived ones (candidates, citations, features, stem sets).
YOUNG_OBJECTS = 50_000
OLDER_EVERY = 20  # young collections per middle one, and middle ones per full one (CPython: 10 and 10)


def settle_heap() -> None:
    """Collect once, then leave what is alive now (the version's caches, the lexicon, the compiled
    patterns) out of later collections, and collect less often. A question at national scale makes
    hundreds of thousands of short-lived objects, which set off a collection every 700 of them, each
    walking the question's live candidates again, and full ones walking every cached object of the
    version: a fifth of the answering time at 1000x (the 44 dev questions 20.6 s with the default
    collector, 16.4 s without any). Frozen objects are still freed when nothing refers to them; a cycle
    among them (an old version's) is collected at the next call, which thaws everything first. Cyclic
    garbage waits for up to YOUNG_OBJECTS new objects: a few MB."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, OLDER_EVERY, OLDER_EVERY)
