"""Asked whether a proposal was agreed, the line recording the decision answers ("Status: Rejected"), not
the title line naming the proposal."""

import pytest

from bot.answering.decisions import DECIDED
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

RECORDS = """Decision records

## DR-4: Overnight closure of Corvell Minor Injuries Unit

- Status: Rejected
- Date: 2018-02-13
- Deciders: Partnership Board

Context. It was proposed to close Corvell MIU from 22:00 to 08:00 to release nurses for the new UTC.

## DR-3: Crisis cafe location

- Status: Approved
- Date: 2018-02-13

Decision. The crisis cafe will run from the Saltleigh Library annexe.
"""


@pytest.mark.parametrize("question", ["Was the proposal to close Corvell Minor Injuries Unit overnight approved?",
                                      "did the overnight closure of corvell MIU get aproved?"])
def test_whether_a_proposal_was_agreed_is_answered_by_its_decision(papers, tokenizer: Tokenizer, question: str) -> None:
    reply = answer(question, papers({"decisions.md": RECORDS, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and "Rejected" in reply.answer[:80], reply.answer


@pytest.mark.parametrize(("text", "states"), [
    ("Status: Rejected; Date: 2018-02-13", True), ("The Board approved the business case.", True),
    ("The proposal was not agreed.", True), ("It was proposed to close the MIU overnight.", False),
    ("DR-4: Overnight closure of Corvell Minor Injuries Unit", False),
])
def test_a_line_stating_a_decision(text: str, states: bool) -> None:
    assert DECIDED.states(text) is states
