"""A question that names a paper by its title ("on the STP risk register", "in the action log") is asked
of that paper: a text from another paper, however close, does not answer it."""

import pytest

from bot.answering.candidates import named_papers
from bot.answering.pipeline import answer, context_for
from tests.conftest import OTHER_PAPERS

REGISTER = """STP risk register - risks scoring 12 and above

Ref\tRisk\tOwner\tScore
R1\tCyber security: 3,400 devices still run an unsupported operating system\tDawn Metcalfe\t16
R2\tMidwife vacancies prevent continuity of carer teams\tGrace Holt\t12
"""
TRACKER = """Programme milestone tracker Q2

Ref\tMilestone\tOwner\tDue
P1-03\tDiabetes prevention programme: 1,200 referrals\tDr Kwame Boateng\t30 September 2018
P7-01\tCyber security training for all staff\tAnil Shah\t31 December 2018
"""


@pytest.fixture
def index(papers):
    return papers({"risk_register.txt": REGISTER, "tracker.txt": TRACKER, **OTHER_PAPERS})


@pytest.mark.parametrize(("question", "named"), [
    ("Who owns the cyber security risk on the STP risk register?", {"risk_register.txt"}),
    ("which milestones in the milestone tracker are due in December?", {"tracker.txt"}),
    ("which milestones in the tracker are due in December?", set()),  # the noun alone: whichever is open
    ("Who owns the diabetes prevention work?", set()),  # no paper named
    ("Who keeps a register of interests?", set()),  # "a register": none of the papers in particular
])
def test_the_paper_a_question_names(index, tokenizer, question: str, named: set[str]) -> None:
    assert named_papers(context_for(question, index, tokenizer, None, 1000, None)) == named


def test_a_named_paper_is_where_the_answer_comes_from(index, tokenizer) -> None:
    cyber = answer("Who owns the cyber security risk on the STP risk register?", index, tokenizer)
    assert cyber.answered and "Dawn Metcalfe" in cyber.answer and "Anil Shah" not in cyber.answer, cyber.answer
    diabetes = answer("Who owns the diabetes prevention risk on the STP risk register?", index, tokenizer)
    assert not diabetes.answered or "Boateng" not in diabetes.answer, diabetes.answer  # the tracker's lead owns no risk
