"""A plan's financial gap asked in plain words: "how much would we be short if nothing changed?" asks
the do-nothing gap, "what's left of the shortfall after everything?" its residual, though the
question says neither "gap" nor "do nothing"."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.shortfall import do_nothing_said, shortfall_kin

PLAN = """Wrenmoor & Castleby STP - Finance chapter

7.1 If we do nothing, the health and care system would face a financial gap of £212m a year by 2020/21.
7.2 Provider efficiencies close £150m and the STP programmes £53m. The residual gap of £9m falls to adult social care.
7.3 The system ended 2016/17 with an in-year deficit of £14m across its three trusts.
"""
WORKFORCE = """Wrenmoor & Castleby STP - Workforce chapter

We will hold short, medium and long term recruitment campaigns for nurses across both hospitals in 2017/18.
The nurse vacancy rate at Castleby General was 11% in March 2017.
Staffing of the community teams changed in 2020/21 when 40 posts moved to the councils, and the money for them moved too.
The hospitals would need 120 more nurses by 2020/21 if turnover stayed as it is.
"""


@pytest.fixture
def index(papers):
    return papers({"finance.txt": PLAN, "workforce.txt": WORKFORCE})


@pytest.mark.parametrize(("question", "figure"), [
    ("How much money would we be short by 2020/21 if nothing changed?", "£212m"),
    ("By 2020/21, how big would the shortfall be if nobody changed anything?", "£212m"),
    ("If we did nothing, how big a hole would there be in the money by 2020/21?", "£212m"),
    ("After efficiencies and the programmes, how much of the shortfall is still left?", "£9m"),
    ("whats left of the shortfall after everything? the residul bit", "£9m"),
    ("After everything in the plan, how much of the money problem is left at the end?", "£9m"),
])
def test_a_gap_asked_in_plain_words_is_answered(index, tokenizer, question: str, figure: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and figure in reply.answer, reply.answer


def test_a_deficit_is_not_the_plans_gap(index, tokenizer) -> None:
    """A year's deficit is what was overspent, not the gap the plan projects: no kin between them."""
    reply = answer("What was the in-year deficit in 2016/17?", index, tokenizer)
    assert reply.answered and "£14m" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "said"), [
    ("How much would we be short if nothing changed?", "How much would we be short doing nothing?"),
    ("how big is the gap if nobody changed anything", "how big is the gap doing nothing"),
    ("what gap if we did nothing?", "what gap doing nothing?"),
    ("How large would it be if no changes were made?", "How large would it be doing nothing?"),
    ("how big a gap without any of the plan?", "how big a gap doing nothing?"),
    ("Has anything changed since March?", "Has anything changed since March?"),  # no "if nothing": as asked
])
def test_the_do_nothing_case_is_said_in_the_papers_words(question: str, said: str) -> None:
    assert do_nothing_said(question) == said


@pytest.mark.parametrize(("words", "wants", "kin_at"), [
    ("how much would we be short by 2020".split(), ("money",), {5}),
    ("how much are we still short".split(), ("number",), {5}),
    ("what are the short medium and long timelines".split(), ("number",), set()),  # "short" before a noun
    ("who leads the work to close the gap".split(), ("person",), set()),  # no amount asked
    ("whats left of the gap after everything".split(), ("number",), {1, 4}),  # the residual, beside the gap
    ("whats left of the budget".split(), ("money",), set()),  # "left" alone names no residual
    ("how much of the money problem is left".split(), ("number",), {5, 7}),  # a problem said of money
    ("how many problems are left".split(), ("number",), set()),
])
def test_only_an_amount_asked_reads_shortfall_words(words: list[str], wants: tuple[str, ...], kin_at: set[int]) -> None:
    assert set(shortfall_kin(words, wants)) == kin_at
