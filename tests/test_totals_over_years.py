""""What are Planned Care's total savings from 2016/17 to 2018/19?": the years bound the sum asked, which a
savings table's Total column gives; not the first year's cell, though the question names that year."""

import pytest

from bot.answering.pipeline import answer
from tests.conftest import OTHER_PAPERS

SAVINGS = """Savings by programme

Table 3: savings by programme (£m)
Programme\t2016/17\t2017/18\t2018/19\tTotal
Planned Care\t4.0\t10.5\t15.0\t29.5
Urgent Care\t2.0\t6.5\t9.0\t17.5
"""


@pytest.mark.parametrize(("question", "lead"), [
    ("What are Planned Care's total savings from 2016/17 to 2018/19?", "29.5"),
    ("What are Planned Care's savings in 2017/18?", "10.5"),  # one year named: its own cell
])
def test_a_total_over_the_years_named_is_the_total_column(papers, tokenizer, question: str, lead: str) -> None:
    reply = answer(question, papers({"savings.txt": SAVINGS, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and lead in reply.answer[:20], reply.answer
