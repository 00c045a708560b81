"""Of a row's columns a date may head ("Target", "Due"), a date question reads the one holding a date: a
workforce plan's "Target | 24 trainees" is the scheme's goal, its "Due | Winter 2017/18" the date."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Local workforce action board: workforce plan 2017-2019, schemes

Ref\tScheme\tLead\tTarget\tKey milestone\tDue\tRAG
WF01\tPhysician associates in acute medicine\tGita Thorne\t12 PAs\tFirst cohort in post\tJanuary 2018\tA
WF02\tStaff bank collaborative across both trusts\tRuth Wells\t400 bank staff\tCollaborative bank live\tApril 2017\tG
WF04\tNursing associate pilot\tBen Kerr\t24 trainees\tFirst trainees complete year 1\tWinter 2017/18\tG
"""


@pytest.mark.parametrize(("question", "expected", "never"), [
    ("When is the nursing associate pilot's key milestone due?", "Winter 2017/18", "24 trainees"),
    ("When will the staff bank collaborative go live?", "April 2017", "400 bank staff"),
])
def test_a_date_question_reads_the_column_holding_a_date(papers, question: str, expected: str, never: str) -> None:
    reply = answer(question, papers({"lwab_plan.txt": PLAN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and expected in reply.answer[:300] and never not in reply.answer, reply.answer


@pytest.mark.parametrize(("labels", "due"), [
    (["Ref", "Scheme", "Lead", "Target", "Key milestone", "Due", "RAG"], 5),  # the goal, then the date
    (["Ref", "Scheme", "Lead", "Target", "Status"], 3),  # a bare "Target" alone is the date
    (["Ref", "Scheme", "Target date", "Due", "Status"], 2),
])
def test_a_trackers_due_column_is_not_its_goal(labels: list[str], due: int) -> None:
    from bot.records.trackers import label_roles

    assert label_roles(labels)["due"] == due


def test_a_milestone_due_this_month_is_read_from_the_due_column(papers) -> None:
    from datetime import date

    reply = answer("Which workforce scheme milestone is due this month?", papers({"lwab_plan.txt": PLAN, **OTHER_PAPERS}),
                   Tokenizer(), date(2017, 4, 12))
    assert reply.answered and "Collaborative bank live" in reply.answer and "Physician" not in reply.answer, reply.answer


def test_a_target_beside_evidence_of_completion_stays_the_date() -> None:
    """"Ref | Milestone | Target | Evidence of completion": the evidence is what shows it done, not a date."""
    from bot.records.trackers import label_roles

    assert label_roles(["Ref", "Milestone", "Target", "Evidence of completion"]).get("due") == 2
