"""A paper named by its month ("the October 2016 plan on a page", "the oct annex") is the paper whose file
name carries that month: what it gave is asked of it, not of a later paper that moved the date."""

import pytest

from bot.answering.dated_papers import asked_month, dated_papers, file_months
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("question, month", [
    ("What go-live date did the October 2016 plan on a page give for the UTC?", (10, 2016)),
    ("what date did the oct 16 annex have for the UTC?", (10, 2016)),
    ("what did the feb return say?", (2, None)),
    ("What did the board approve on 12 jan?", None),  # a day, not a paper's month
    ("Which milestones are due in March 2017?", None),  # a window, not a paper
    ("What may the plan deliver by 2020?", None),  # the verb, not the month
])
def test_the_month_a_question_names_a_paper_by(question: str, month) -> None:
    assert asked_month(question) == month


@pytest.mark.parametrize("name, months", [
    ("01_TQ_STP_on_a_Page_v1.3_28Oct2016.pdf", {(10, 2016)}),
    ("08_Programme_Executive_note_2017-01-09.md", {(1, 2017)}),
    ("h1_joint_delivery_plan_tracker_2026-27.xlsx", set()),  # a financial year, no month
])
def test_the_month_a_file_name_dates_its_paper_by(name: str, months: set) -> None:
    assert file_months(name) == months


def test_only_some_papers_are_named_by_the_month() -> None:
    names = ["plan_on_a_page_28Oct2016.txt", "tracker_Jan2017.txt"]
    assert dated_papers("What did the October 2016 plan say?", names) == {"plan_on_a_page_28Oct2016.txt"}
    assert dated_papers("What did the March 2017 plan say?", names) == frozenset()  # none is: every paper is asked


PLAN = "Our plan on a page, version 1.3, 28 October 2016\nUrgent care\nThe Quarnford Urgent Treatment Centre will open in Winter 2017/18.\n"
TRACKER = ("Delivery Board milestone tracker, January 2017\nRef\tMilestone\tDue\tRAG\n"
           "UEC1\tQuarnford Urgent Treatment Centre go-live\tMarch 2018\tA\n")


def test_what_a_paper_named_by_its_month_gave_is_read_from_it(papers) -> None:
    index = papers({"plan_on_a_page_28Oct2016.txt": PLAN, "tracker_Jan2017.txt": TRACKER, **OTHER_PAPERS})
    reply = answer("What go-live date did the October 2016 plan on a page give for the Quarnford Urgent Treatment Centre?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Winter 2017"), reply.answer
