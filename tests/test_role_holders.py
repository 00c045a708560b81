""""Who is the SRO for X?" asks for the person holding that role for X: an owner cell that gives the
role without a name answers that no person is named, and an owner is the SRO for what the initiative
is (its title and heading), not for a word in its risks."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ANNEX = """Wyvern Key milestones, Owners, Risks, Governance & Interdependencies 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
1\tCrisis mental health support model Key milestones: Qtr 3: Model agreed\tHarbour SRO\tFunding\tYes\tAcute workstream
2\tEstates rationalisation Key milestones: Qtr 4: Two sites vacated\tDr Alex Sample (SRO)\tDelays to the cancer unit move\tYes\tCancer workstream
3\tStroke pathway redesign Key milestones: Qtr 3: New pathway agreed\tDr Jo Other (SRO)\tWorkforce gaps\tYes\tAcute workstream
"""


@pytest.fixture
def wyvern(papers):
    return papers({"annex.txt": ANNEX, **OTHER_PAPERS})


def test_an_owner_cell_naming_only_a_role_names_no_person(wyvern) -> None:
    reply = answer("Who is the SRO for the crisis mental health support model?", wyvern, Tokenizer())
    assert not reply.answered and "Harbour SRO" in reply.answer and "name no person" in reply.answer, reply.answer
    owns = answer("Who owns the crisis mental health support model?", wyvern, Tokenizer())
    assert owns.answered and owns.answer.startswith("Harbour SRO"), owns.answer  # the owner is what the cell says


def test_the_remit_is_the_initiatives_title_not_its_risks(wyvern) -> None:
    assert not answer("Who is the SRO for cancer?", wyvern, Tokenizer()).answered
    stroke = answer("Who is the SRO for stroke?", wyvern, Tokenizer())
    assert stroke.answered and stroke.answer.startswith("Dr Jo Other"), stroke.answer
