"""A figure asked across years ("the total over 2026/27 to 2028/29") is the row laid out by those years,
at its Total column; one year's figure is not the span's."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.near_miss import part_of_span
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SUMMARY = """Wexbury joint delivery plan: summary

Capital and revenue investment by year (£000)
\t2026/27\t2027/28\t2028/29\tTotal
Capital\t26200\t18900\t6300\t51400
Revenue\t27875\t29400\t30150\t87425
"""
SLIDES = """Programmes on a page

Urgent care
Investment 2026/27: £11.05m (capital £4.20m; revenue £6.85m)

Planned care
Investment 2026/27: £12.85m (capital £9.75m; revenue £3.10m)
"""


@pytest.mark.parametrize("question", [
    "What is the total capital investment planned over the three years 2026/27 to 2028/29?",
    "How much capital do we expect to spend altogether from 2026/27 through 2028/29?",
])
def test_a_total_across_the_years_asked_is_the_rows_total(papers, question: str) -> None:
    index = papers({"summary.txt": SUMMARY, "slides.txt": SLIDES, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and "51400" in reply.answer and "11.05" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "text", "part"), [
    ("What is the total capital over 2026/27 to 2028/29?", "Investment 2026/27: £11.05m (capital £4.20m)", True),
    ("What is the total capital over 2026/27 to 2028/29?", "Capital 2026/27: 26200; 2027/28: 18900; 2028/29: 6300; Total: 51400", False),
    ("What is the capital for 2026/27?", "Investment 2026/27: £11.05m (capital £4.20m)", False),  # one year asked
])
def test_one_years_figure_is_part_of_a_span(papers, question: str, text: str, part: bool) -> None:
    index = papers({"summary.txt": SUMMARY, **OTHER_PAPERS})
    assert part_of_span(text, analyse(question, lexicon(index, Tokenizer()))) is part
