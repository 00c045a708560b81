"""What lands in a window (milestones._landing): each item's days read once per kept list and the window
placed in each plan's year once; the items are those of placing it for every item."""

from datetime import date

import pytest

from bot.answering.candidates.dated import items_in_areas
from bot.answering.candidates.milestones import _day, _landing
from bot.answering.pipeline import answer, context_for
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


BOARD = """Harbour STP delivery board, February 2018
Each lane lists its schemes' next steps as cards.

Harbour City lane
Integrated care teams co-located in two hubs - due 19/03/18
Crisis cafe opens weekday evenings in Saltleigh - due 26/03/18

Harbour Vale lane
Memory clinic opens in Vale Community Hospital - due 14/05/18
"""
TRACKER = ("Harbour STP milestone tracker\n"
           "Ref\tPlace\tMilestone\tDue\tStatus\n"
           "HC1\tHarbour City\tBusiness case for the integrated care teams approved\t31/01/2018\tComplete\n"
           "HV1\tHarbour Vale\tMemory clinic lease signed\t15/04/2018\tOn track\n")


def test_a_line_giving_a_date_inside_the_window_says_what_falls_due(papers, tokenizer) -> None:
    """A board of cards gives each step's date in its own line, and no table lists it: asked what is due
    this month, a line dated inside the month answers, not "the plans list nothing" from the tracker's
    rows alone; a line dated outside it does not."""
    from bot.answering.pipeline import answer
    from bot.answering.windows import dated_within

    index = papers({"board.txt": BOARD, "tracker.txt": TRACKER})
    reply = answer("What is due in Harbour City this month?", index, tokenizer, date(2018, 3, 5))
    assert reply.answered and ("Crisis cafe" in reply.answer or "co-located" in reply.answer), reply.answer
    ctx = context_for("What is due this month?", index, tokenizer, date(2018, 3, 5), 1000, None)
    assert dated_within("Crisis cafe opens - due 26/03/18", ctx.analysis.window)
    assert not dated_within("Memory clinic opens - due 14/05/18", ctx.analysis.window)


@pytest.mark.parametrize(("question", "present", "absent"), [
    # the question names one initiative whole: its items due, not all that falls due in the area
    ("What is due next quarter for the Bay integrated children's services initiative?", "ICNT test cycle", "Frailty model evaluation"),
    ("which scheme milestones are due next quarter in Bay?", "Frailty model evaluation", None),  # a kind of work names none
])
def test_a_window_asked_of_one_initiative_lists_its_items(tokenizer, papers, question: str, present: str,
                                                          absent: str | None) -> None:
    index = papers({"bay.txt": BAY})
    reply = answer(question, index, tokenizer, date(2016, 9, 20))
    assert reply.answered and present in reply.answer and (absent is None or absent not in reply.answer), reply.answer


BAY = """Bay LDP
Initiatives which we will focus in 2016/17 - 17/18\tScheme Owner
Older people living with frailty (initiative 1) Key milestones: Qtr 3: Frailty model evaluation Qtr 4: Frailty hub live\tAnn Lee (Exec Lead)
Integrated children's services Key milestones: Qtr 3: ICNT test cycle complete Qtr 4: Children's clinics in the community\tBo Tran (Exec Lead)
Integrated services: developing the ICCs Key milestones: Qtr 3: ICC leads appointed\tCy Ode (Exec Lead)
"""


TRACKER = """Wexbury delivery tracker
Ref\tMilestone\tOwner\tDue
W1\tCrisis cafe opens\tBeth Nolan\t30/06/2027
W2\tShared care record live\tNia Roth\t30/09/2027
"""


def test_nothing_due_in_papers_of_no_plan_area_names_none(papers, tokenizer) -> None:
    """Papers with no plan areas: the answer says nothing is due, not "nothing for the plans"."""
    from bot.answering.scorer import load_scorer
    from bot.answering.pipeline import ranked_candidates
    ctx = context_for("what is due next month?", papers({"tracker.txt": TRACKER}), tokenizer, date(2027, 2, 10), 1000, None)
    said = [c.answer for c in ranked_candidates(ctx, load_scorer()) if c.source == "window"]
    assert said and said[0].startswith("The plans list nothing due in March 2027"), said
