"""A sum asked of a year ("what savings are planned in 2018/19?") is a figure of that year: the work
falling due in it is no answer, though the year reads like a window."""

from bot.answering.pipeline import answer, context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.textnorm import Tokenizer

TRACKER = """Delivery tracker

Local priority\tMilestone\tDue\tStatus
Home Link\tDischarge to assess live in Northvale\t2 July 2018\tComplete
Home Link\tTrusted assessor for care home admissions\t28 September 2018\tOn track
Home Link\tDischarge to assess live in every place\t31 March 2019\tOn track
"""

FINANCE = """Savings by priority

Priority\tPlan 2017/18\tPlan 2018/19\tPlan 2019/20
Home Link\t£1.9m\t£3.4m\t£4.1m
Care Close By\t£0.8m\t£1.2m\t£1.5m
"""


def _window(index, tokenizer: Tokenizer, question: str):
    ctx = context_for(question, index, tokenizer, None, 1000, None)
    return next(c for c in ranked_candidates(ctx, load_scorer()) if c.source == "window")


def test_what_falls_due_in_the_year_is_no_sum_asked_of_it(papers, tokenizer: Tokenizer) -> None:
    index = papers({"tracker.txt": TRACKER, "finance.txt": FINANCE})
    assert _window(index, tokenizer, "What savings does Home Link plan to deliver in 2018/19?").has_type is False
    assert _window(index, tokenizer, "What is due in 2018/19?").has_type is True  # it is what a due question asks
    reply = answer("What savings does Home Link plan to deliver in 2018/19?", index, tokenizer)
    assert reply.answered and "£3.4m" in reply.answer[:60], reply.answer
