"""A year of the plan named by its place ("the third year of the plan", "the plan's final year", "by the
end of the plan") is the year the papers' own run of year columns puts there."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.plan_years import named_plan_year, plan_years
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

SAVINGS = """Savings by programme (£m, net recurrent)

Programme\t2017/18\t2018/19\t2019/20\t2020/21
Home First\t1.2\t3.4\t6.8\t9.9
Elective Recovery\t0.8\t2.6\t4.1\t5.7
"""


@pytest.mark.parametrize("headers, years", [
    (["Programme | 2016/17 | 2017/18 | 2018/19 | 2019/20 | 2020/21 | Total"],
     ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]),
    (["£m | 17/18 | 18/19 | 19/20"], ["2017/18", "2018/19", "2019/20"]),
    (["Plan 2018/19 | Forecast outturn (M6)"], []),  # one year is no run
    (["Refresh | 2017-18 | 2018-19", "Measure | 2019/20 | 2020/21 | 2021/22 | 2022/23"],  # the longest run wins
     ["2019/20", "2020/21", "2021/22", "2022/23"]),
    (["Item | Mon 31 | Tues 1 | Weds 2"], []),
])
def test_the_plan_years_are_the_longest_run_of_year_columns(headers: list[str], years: list[str]) -> None:
    assert plan_years(headers) == years


YEARS = ["2016/17", "2017/18", "2018/19", "2019/20", "2020/21"]


@pytest.mark.parametrize("question, asked", [
    ("How much should it save in the third year of the plan?", "How much should it save in 2018/19?"),
    ("What is the saving by the plan's last year?", "What is the saving by 2020/21?"),
    ("savings in the final year?", "savings in 2020/21?"),
    ("total savings in the last yr of the plan?", "total savings in 2020/21?"),  # a year typed short
    ("How big is the gap by the end of the plan?", "How big is the gap by 2020/21?"),
    ("What is planned for the first year of the five-year plan?", "What is planned for 2016/17?"),
    ("What do we save in the sixth year of the plan?", "What do we save in the sixth year of the plan?"),  # beyond the run
    ("What did we save last year?", "What did we save last year?"),  # the year before today, not the plan's last
    # the plan's horizon said as a span of time, about as long as the run of years
    ("How much would we be short by the end of the five years?", "How much would we be short by 2020/21?"),
    ("What is the gap in five years' time?", "What is the gap in 2020/21?"),
    ("how many beds 5 years from now?", "how many beds 2020/21?"),
    ("What is planned in two years' time?", "What is planned in two years' time?"),  # not the plan's span
    # ... or by the calendar, where the last year of the run is in the years named
    ("How big is the hole by the end of the decade?", "How big is the hole by 2020/21?"),
    ("What is the gap by the early 2020s?", "What is the gap by 2020/21?"),
    ("What is the gap by the early 2030s?", "What is the gap by the early 2030s?"),
])
def test_a_place_in_the_plan_is_written_as_its_year(question: str, asked: str) -> None:
    assert named_plan_year(question, YEARS) == asked


def test_the_calendar_names_the_last_year_only_where_the_run_reaches_it() -> None:
    later = ["2022/23", "2023/24", "2024/25", "2025/26", "2026/27"]
    assert named_plan_year("the gap by the end of the decade?", later) == "the gap by the end of the decade?"
    assert named_plan_year("the gap by the early 2020s?", later) == "the gap by the early 2020s?"
    assert named_plan_year("the gap in five years' time?", later) == "the gap in 2026/27?"


def test_no_run_of_years_leaves_the_question_alone() -> None:
    assert named_plan_year("savings in the third year of the plan?", []) == "savings in the third year of the plan?"


def test_a_place_in_the_plan_answers_from_its_year_column(papers) -> None:
    index = papers({"savings.txt": SAVINGS, **OTHER_PAPERS})
    reply = answer("How much should Home First save in the third year of the plan?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith(("6.8", "£6.8")), reply.answer
    last = answer("How much will Elective Recovery save in the plan's final year?", index, Tokenizer())
    assert last.answered and last.answer.startswith(("5.7", "£5.7")), last.answer


GAP = ("The financial challenge\n"
       "If nothing changes, the system faces a financial gap of £347m by 2020/21, and £118m by 2018/19.\n")


@pytest.mark.parametrize("question", ["How much would the system be short by the end of the five years if nothing changed?",
                                      "If nothing changed, how big would the gap be by the end of the decade?"])
def test_the_plans_horizon_said_as_time_answers_from_its_last_year(papers, question: str) -> None:
    index = papers({"savings.txt": SAVINGS, "finance.txt": GAP, "digital.txt": OTHER_PAPERS["digital.txt"],
                    "workforce.txt": OTHER_PAPERS["workforce.txt"]})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£347m"), reply.answer
