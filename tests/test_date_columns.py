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
    assert reply.answered and reply.answer.startswith(expected) and not reply.answer.startswith(never), reply.answer
