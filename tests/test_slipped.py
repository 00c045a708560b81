"""Rows whose date has moved past its baseline, found by comparing the two dates of every row."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

EXPORT = """project_id,project_name,programme,sro,planned_end,baseline_end,rag
P-01,Urgent treatment centre build,UEC,Nia Roth,2027-02-02,2026-11-30,R
P-02,Virtual wards expansion,UEC,Nia Roth,2026-12-31,2026-12-31,G
P-03,Ambulance handover cohort area,UEC,Nia Roth,2026-11-30,2026-11-09,A
P-04,Community diagnostic centre phase 2,Elective,Dan Pope,2027-03-31,2027-06-30,G
"""
TRACKER = """Estates tracker

Scheme\tLead\tOriginal date\tRevised date
Hub fit-out\tKay Lund\tMarch 2026\tJune 2026
Car park extension\tKay Lund\tApril 2026\tApril 2026
"""


@pytest.mark.parametrize(("files", "question", "expected", "absent"), [
    ({"pmo_export.csv": EXPORT}, "How many projects in the PMO export have slipped against their baseline?",
     ["2 projects", "P-01", "P-03"], ["P-02", "P-04"]),
    ({"pmo_export.csv": EXPORT}, "Which projects are now due to finish later than first planned?", ["P-01", "P-03"], ["P-04"]),
    ({"estates.txt": TRACKER}, "which estates schemes have slipped?", ["Hub fit-out", "March 2026 -> June 2026"], ["Car park"]),
])
def test_rows_whose_current_date_is_later_than_their_baseline(papers, files: dict, question: str, expected: list[str],
                                                              absent: list[str]) -> None:
    index = papers({**files, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and all(t in reply.answer for t in expected) and not any(t in reply.answer for t in absent), reply.answer
