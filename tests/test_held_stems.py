"""Which of a question's stems each must-do cell's text holds, read from the record postings (or a whole
table's terms, for a version built before them): exactly the stems its text is read into."""

from bot.answering.candidates.held_stems import held_stems, joined_held
from bot.index.record_terms import records, rows_in_areas
from bot.index.store import PlanIndex


def test_cells_hold_the_stems_their_texts_are_read_into(bundled_dir, tokenizer) -> None:
    index = PlanIndex.open(bundled_dir)
    for table in (rows_in_areas(index, tokenizer, "mustdos", []), records(index, tokenizer, "mustdos")):
        texts = [row["text"] for row in table.rows]
        every = sorted(set().union(*(tokenizer.stem_set(t) for t in texts)))
        assert len(texts) > 100 and len(every) > 100
        for at in range(0, len(every), 37):
            asked = frozenset(every[at:at + 9]) | {"zzzunheld"}
            held = held_stems(table, "text", asked)
            assert held == {i: tokenizer.stem_set(t) & asked for i, t in enumerate(texts) if tokenizer.stem_set(t) & asked}


def test_parts_that_read_otherwise_joined_are_not_taken_from_their_own(tokenizer) -> None:
    over = frozenset({"ae", "review", "care"})
    assert joined_held(tokenizer, ("Urgent care", "review"), [frozenset({"care"}), frozenset({"review"})], over) == \
        (frozenset({"care", "review"}), over)
    assert joined_held(tokenizer, ("Streaming at A &", "E review"), [frozenset(), frozenset({"review"})], over) is None
