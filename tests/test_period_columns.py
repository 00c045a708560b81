"""A grid whose columns are months or years ("Metric | Unit | Apr-26 | May-26 | ..."): a figure asked
"for December 2026" is the cell in that month's column of the row the question names."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TRAJECTORIES = """Planned monthly trajectories - 2026/27 operating plan

Metric\tUnit\tBaseline (Mar-26)\tOct-26\tNov-26\tDec-26\tJan-27
A&E: patients seen within 4 hours\t%\t72.4\t75.7\t76.2\t76.6\t77.1
RTT: patients waiting over 52 weeks\tnumber (month end)\t3120\t2145\t2006\t1867\t1728
"""

WORKFORCE = """Workforce plan: key measures

Measure\tUnit\t2026/27 plan\t2027/28 plan
Registered nurse vacancies\tFTE\t410\t350
Agency spend\t£m\t21.4\t16.0
"""


SAVINGS = """Finance report, Month 5 2018/19

2. Savings from the local priorities
\t2017/18\t\t2018/19\t
Local priority\tPlan\tOutturn\tPlan\tForecast (M5)
LP1 Home First\t£1.9m\t£1.62m\t£3.4m\t£2.95m
LP2 Urgent Care Redesign\t£850k\t£610k\t£2.2m\t£1.4m
"""


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    # two columns of the asked year ("Plan 2018/19 | Forecast (M5) 2018/19"): the one the question names
    ("What is the M5 forecast of savings for Home First in 2018/19?", "£2.95m", ["£3.4m", "£1.9m"]),
    ("What savings does Urgent Care Redesign plan for 2018/19?", "£2.2m", ["£1.4m", "£850k"]),
    ("What is the planned A&E 4-hour performance for December 2026?", "76.6", ["76.2", "77.1"]),
    ("How many patients waiting over 52 weeks are planned for November 2026?", "2006", ["2145", "1867"]),
    ("registered nurse vacancies planned for 27/28 - what's the number?", "350", ["410"]),
])
def test_the_asked_periods_column_answers(papers, tokenizer: Tokenizer, question: str, expected: str, not_expected: list[str]) -> None:
    index = papers({"trajectories.txt": TRAJECTORIES, "nursing_measures.txt": WORKFORCE, "savings_m5.txt": SAVINGS, **OTHER_PAPERS})
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith(expected), reply.answer
    assert not any(n in reply.answer for n in not_expected), reply.answer  # the other months are left out
