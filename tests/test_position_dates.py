"""A date reporting where a figure stood ("14 waiting at end August") is no due date."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.position_dates import reports_position
from bot.textnorm import Tokenizer


@pytest.mark.parametrize("text, reported", [
    ("14 patients waiting over 65 weeks at end August (SR4; owner)", True),
    ("Position as at 19 January 2018, for the Leadership Executive", True),
    ("as of 30 September 2026: 12 wards open", True),
    ("Go live at the end of March 2027", False),  # no count before "at": when it is due
    ("30/09/26 (Ref: D.02; Milestone: No patient waiting over 65 weeks)", False),
    ("14 patients waiting at end August; none by 30/09/26.", False),  # a due date beside the position
    ("Opened 2 hubs by end of March 2027", False),
])
def test_a_date_after_a_count_at_or_as_at_reports_a_position(text: str, reported: bool) -> None:
    assert reports_position(text) is reported


REGISTER = """Risk register: elective care
Ref\tRisk\tOwner\tCurrent position
SR4\tIf long waits for planned care are not cleared, patients will come to harm\tAnn Tester\t14 patients waiting over 65 weeks at end August

Delivery tracker
Ref\tMilestone\tOwner\tDue
D.02\tNo patient waiting over 65 weeks\tAnn Tester\t30/09/26
"""


@pytest.mark.parametrize("question", ["By when should no patient be waiting more than 65 weeks for planned care?",
                                      "65 wk waits cleared by when?"])
def test_by_when_is_answered_by_the_due_date_not_the_position(papers, question: str) -> None:
    reply = answer(question, papers({"elective.txt": REGISTER}), Tokenizer())
    assert reply.answered and "30/09/26" in reply.answer[:100] and "end August" not in reply.answer, reply.answer
