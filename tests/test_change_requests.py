"""A change request log ("Current | Proposed | Decision"): an approved request changes the plan's value,
a rejected or deferred one leaves it as it stands; a log row naming its initiative by reference ("LC2")
is about that initiative."""

import pytest

from bot.answering.change_requests import requested_change
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ANNEX = """Annex 1: Lyndmoor local delivery plan

2.2 Lyndmoor Coast: initiatives
Ref\tInitiative\tScheme owner(s)\tKey milestones
LC2\tMusculoskeletal single point of access for back and joint referrals\tPriya Kanagaratnam Head of Planned Care\tQtr 3 16/17: specification agreed 01/10/2017: service live
LC3\tCrisis house for adults in mental health crisis\tSiobhan Achebe-Ward Director of Operations\t31/07/2017: crisis house opens
"""

LOG = """Change request log (PMO), as at 24/02/2017

CR ref\tInitiative\tField\tCurrent\tProposed\tReason\tDecision\tDecision date
CR-01\tLC2\tMilestone: service live\t1 October 2017\t1 December 2017\tProcurement extended\tApproved\t8 February 2017
CR-02\tLC3\tMilestone: crisis house opens\t31 July 2017\t30 September 2017\tLonger refurbishment asked for\tRejected\t8 February 2017
"""


@pytest.fixture
def lyndmoor(papers):
    return papers({"annex.txt": ANNEX, "change_log.txt": LOG, **OTHER_PAPERS})


LABELS = ["CR ref", "Initiative", "Field", "Current", "Proposed", "Reason", "Decision", "Decision date"]


@pytest.mark.parametrize("decision, column", [("Approved", 4), ("Agreed at the Board", 4), ("Rejected", 3), ("Deferred", 3), ("", 3)])
def test_only_an_approved_request_changes_the_value(decision: str, column: int) -> None:
    cells = [{"text": t} for t in ["CR-01", "LC2", "Milestone", "1 October 2017", "1 December 2017", "why", decision, "8 February 2017"]]
    change = requested_change(LABELS, cells)
    assert change is not None and change.column() == column


def test_a_table_without_a_decision_holds_no_change() -> None:
    cells = [{"text": t} for t in ["CR-01", "LC2", "Milestone", "1 October 2017", "1 December 2017"]]
    assert requested_change(LABELS[:5], cells) is None


@pytest.mark.parametrize(("labels", "column"), [(["Item", "Was", "Now", "Reason"], 2), (["Item", "Old", "New"], 2),
                                               (["Item", "Current", "Proposed"], None)])
def test_a_table_of_changes_made_states_the_value_now(labels: list[str], column: int | None) -> None:
    """"Was | Now" says the change is made: no decision to wait for. "Current | Proposed" still asks for one."""
    cells = [{"text": t} for t in ["Varicose veins: clinical lead", "Mr Tobias Grennan", "Ms Leonie Achterberg", "Retires"]]
    change = requested_change(labels, cells[:len(labels)])
    assert (change.column() if change else None) == column


def test_the_holder_now_answers_who_leads(papers) -> None:
    changes = ("Clinical policies: changes since the February Board\n\nItem\tWas\tNow\tReason\n"
               "Varicose veins: clinical lead\tMr Tobias Grennan\tMs Leonie Achterberg, consultant vascular surgeon\t"
               "Mr Grennan retires\n")
    reply = answer("Who is the clinical lead for the varicose veins policy?", papers({"changes.txt": changes, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Ms Leonie Achterberg"), reply.answer


def test_an_approved_move_answers_when(lyndmoor) -> None:
    reply = answer("When is the musculoskeletal single point of access (LC2) due to go live?", lyndmoor, Tokenizer())
    assert reply.answered and reply.answer.startswith("1 December 2017"), reply.answer


def test_a_rejected_move_leaves_the_date(lyndmoor) -> None:
    reply = answer("When does the crisis house (LC3) open?", lyndmoor, Tokenizer())
    assert reply.answered and "30 September 2017" not in reply.answer.split("(")[0], reply.answer
    assert "31" in reply.answer.split("(")[0] and "07" in reply.answer.split("(")[0] or "July" in reply.answer.split("(")[0], reply.answer
