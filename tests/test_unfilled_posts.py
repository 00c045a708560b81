""""Who is the clinical lead?" where the papers give the post as "tbc": no one is named yet, so the
plans do not say who, and the other person the same line names (the SRO) is never the answer. A post
given as vacant is a fact the papers state and stays answered (tests/test_role_holders.py)."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.unfilled import asked_post_unfilled, is_placeholder, unfilled
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ANNEX = """Fernhollow Key milestones, Owners, Risks 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks
1\tPerinatal mental health community team Key milestones: Qtr 3: Team recruited\tTBC\tRecruitment
2\tStroke pathway redesign Key milestones: Qtr 3: New pathway agreed\tDr Jo Other (SRO)\tWorkforce gaps
"""

PROGRAMMES = """Fernhollow programme leadership

Hospital Networks programme
SRO: Bartholomew Quayle, Medical Director | Clinical lead: tbc

Community Care programme
SRO: Priya Sandling, Director of Strategy | Clinical lead: Dr Amara Sole
"""


@pytest.fixture
def fernhollow(papers):
    return papers({"annex.txt": ANNEX, "leadership.txt": PROGRAMMES, **OTHER_PAPERS})


@pytest.mark.parametrize("text, filled", [
    ("Bartholomew Quayle: SRO (Medical Director | Clinical lead: tbc)", False),
    ("SRO: Kwame Osterfield | Clinical lead: not yet appointed", False),
    ("the Workforce Group, whose clinical lead is still to be confirmed", True),  # said in a sentence: perhaps another body's
    ("Clinical Lead - TBC", False),
    ("Clinical lead: Dr Amara Sole", True),
    ("Clinical lead: tbc (interim); Clinical Lead: Dr Amara Sole", True),  # another line names someone in it
    # a post still being recruited to is not filled, whoever else the line names (its owner)
    ("Michael Adeyemi-Hart | Single point of access live | Recruitment to clinical lead post unsuccessful", False),
    ("Owner: Ann Roe. Re-advertising for the clinical lead role in May.", False),
    ("Dr Amara Sole leads recruitment to the new nurse posts", True),  # another post being recruited to
])
def test_a_post_given_as_tbc_is_unfilled(text: str, filled: bool) -> None:
    assert unfilled("clinical lead", text) is not filled
    assert not unfilled("sro", text)  # the SRO is named, or never said to be pending


def test_only_strong_roles_are_read_as_unfilled() -> None:
    """"lead: tbc" may be any lead's: a weak role alone never rules a line out."""
    assert not asked_post_unfilled(["lead"], "Lead: tbc")
    assert asked_post_unfilled(["clinical lead", "lead"], "Clinical lead: TBA")


@pytest.mark.parametrize("cell, pending", [("TBC", True), (" to be confirmed ", True), ("t.b.c.", True),
                                           ("Tom Baker", False), ("TBC - Tom Baker", False)])
def test_placeholder_cells(cell: str, pending: bool) -> None:
    assert is_placeholder(cell) is pending


def test_the_sro_is_not_the_clinical_lead_the_line_gives_as_tbc(fernhollow) -> None:
    reply = answer("Who is the clinical lead for the Hospital Networks programme?", fernhollow, Tokenizer())
    assert not reply.answered and "Bartholomew Quayle" not in reply.answer.split("The nearest")[0], reply.answer
    named = answer("Who is the clinical lead for the Community Care programme?", fernhollow, Tokenizer())
    assert named.answered and "Amara Sole" in named.answer, named.answer


def test_an_owner_cell_of_tbc_names_no_owner(fernhollow) -> None:
    reply = answer("Who owns the perinatal mental health community team?", fernhollow, Tokenizer())
    assert not reply.answered and "TBC" in reply.answer, reply.answer
    other = answer("Who owns the stroke pathway redesign?", fernhollow, Tokenizer())
    assert other.answered and "Jo Other" in other.answer, other.answer
