"""What lands in a window (milestones._landing): each item's days read once per kept list and the window
placed in each plan's year once; the items are those of placing it for every item."""

from datetime import date

from bot.answering.candidates.dated import items_in_areas
from bot.answering.candidates.milestones import _day, _landing
from bot.answering.pipeline import context_for
from bot.answering.windows import lands_in
from bot.index.store import PlanIndex


def test_items_landing_in_a_window_are_those_placed_item_by_item(bundled_dir, tokenizer) -> None:
    index = PlanIndex.open(bundled_dir)
    seen = 0
    for question in ("what is due in Q4?", "what is due in Q1?", "what's due next month?", "what is overdue?", "what is due in March 2017?"):
        ctx = context_for(question, index, tokenizer, date(2017, 1, 15), 1000, None)
        win = ctx.analysis.window
        assert win is not None, question
        items = items_in_areas(ctx, ctx.analysis.areas)
        expected = [m for m in items if lands_in(_day(m.get("start")), _day(m.get("end")), win.for_plan(m.get("fy_start")))]
        for kept in (True, False, True):  # the kept list's days read once, then taken again
            assert _landing(ctx, items, win, kept) == expected
        seen += len(expected)
    assert seen


def test_a_window_answer_not_narrowed_is_read_part_by_part(bundled_dir, tokenizer) -> None:
    """The window answer over everything due (not narrowed to what the question names) gives its main
    text as the parts it is joined from, so their stems are read part by part (and kept for the next
    window question); its coverage and what it misses are those of reading the joined text whole."""
    from bot.answering.candidates.milestones import milestone_candidates
    from bot.answering.matching import Topic

    index = PlanIndex.open(bundled_dir)
    seen = 0
    for question in ("what is due in Q4 for urgent care?", "what's due next month on digital?", "what is due in Q1?"):
        ctx = context_for(question, index, tokenizer, date(2017, 1, 15), 1000, None)
        for candidate in milestone_candidates(ctx):
            if candidate.source != "window" or not candidate.main_parts:
                continue
            assert " ".join(candidate.main_parts) == candidate.main
            whole = Topic(ctx.analysis, tokenizer)
            assert ctx.topic.coverage(candidate.main, "", candidate.main_parts) == whole.coverage(candidate.main)
            assert ctx.topic.heaviest_missing(candidate.main, "", candidate.main_parts) == whole.heaviest_missing(candidate.main)
            seen += 1
    assert seen
