"""The person in a risk register's row owns the risk, not the work it threatens: asked who owns a
milestone, the register's risk owner is no answer; asked about the risk itself, or the risk by its
reference, it is."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

PAPERS = {
    "risk_register.md": ("# Risk register\n\n| Risk ID | Risk description | Score | Risk owner |\n| --- | --- | --- | --- |\n"
                         "| R07 | Cyber attack takes the new patient record offline at go-live | 16 | Anders Holmgren |\n"
                         "| R04 | The lease for the Harbourside wellbeing hub falls through | 12 | Lena Marsh |\n"),
    "milestones.md": ("# Milestone plan\n\n| Ref | Milestone | Due |\n| --- | --- | --- |\n"
                      "| M1 | Wellbeing hub opens in Harbourside | March 2027 |\n| M2 | Patient record go-live | June 2026 |\n"),
}


@pytest.mark.parametrize("question", [
    "Who owns the Harbourside wellbeing hub milestone?",
    "who is delivering the new patient record go-live?",
])
def test_a_risk_owner_owns_no_milestone(papers, question: str) -> None:
    reply = answer(question, papers(PAPERS), Tokenizer())
    assert not reply.answered or not reply.answer.startswith(("Lena", "Anders")), reply.answer


@pytest.mark.parametrize("question, who", [
    ("Who owns the risk of a cyber attack on the patient record?", "Anders Holmgren"),
    ("who owns R04?", "Lena Marsh"),
    ("Whose name is against the worry that a cyber attack takes the patient record offline?", "Anders Holmgren"),
    ("Who answers for the danger that the Harbourside hub lease falls through?", "Lena Marsh"),
])
def test_a_risk_is_answered_by_its_owner(papers, question: str, who: str) -> None:
    reply = answer(question, papers(PAPERS), Tokenizer())
    assert reply.answered and reply.answer.startswith(who), reply.answer
