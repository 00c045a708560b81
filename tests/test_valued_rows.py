"""Rows whose cells hold the values a question names ("in Corrow Coast", "LC1 ... at stage S3", "new"),
counted and named from every row of their table."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

EXPORT = """project_id,project_name,programme,place,stage,rag
P-01,Urgent treatment centre build,LC1,Corrow Coast,S3,R
P-02,Virtual wards expansion,LC1,System-wide,S3,G
P-03,Ambulance handover cohort area,LC1,Lindmere,S2,A
P-04,Community diagnostic centre phase 2,LC2,Corrow Coast,S3,G
P-05,Spinal surgery pathway,LC2,Lindmere,S3,A
P-06,Teledermatology service,LC2,Hallamby,S1,G
"""
REGISTER = """Wexbury corporate risk register, quarter 3

Risk ID\tDescription\tOwner\tScore\tTrend
FIN-01\tEfficiency plan not delivered\tLucy Barr\t20\t=
UEC-01\tHandover delays cause harm\tAmira Stone\t20\t^
GOV-01\tDelegated commissioning not ready\tHarriet Quinn\t9\tNEW
WF-02\tMental health nurse vacancies\tLorna Fitz\t16\t^
"""


@pytest.mark.parametrize(("files", "question", "expected", "absent"), [
    ({"pmo_export.csv": EXPORT}, "Which projects are in Corrow Coast?", ["P-01", "P-04"], ["P-02", "P-05"]),
    ({"pmo_export.csv": EXPORT}, "How many LC1 projects are at stage S3?", ["2 LC1 projects", "P-01", "P-02"], ["P-04", "P-03"]),
    ({"register.txt": REGISTER}, "Has any new risk been added to the corporate risk register in Q3?", ["Yes", "GOV-01"], ["FIN-01"]),
])
def test_rows_holding_the_values_a_question_names(papers, files: dict, question: str, expected: list[str], absent: list[str]) -> None:
    index = papers({**files, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and all(t in reply.answer for t in expected) and not any(t in reply.answer for t in absent), reply.answer


def test_a_count_of_something_else_is_not_a_count_of_rows(papers) -> None:
    """"How many beds in Corrow Coast?" is not answered by how many projects are there."""
    index = papers({"pmo_export.csv": EXPORT, **OTHER_PAPERS})
    reply = answer("How many virtual ward beds will Corrow Coast have?", index, Tokenizer())
    assert "of the 6 rows" not in reply.answer, reply.answer


ATTENDANCE = """Wexbury STP Partnership Board, minutes of 19 January 2017

| Role | Name | Attendance |
| --- | --- | --- |
| Independent Chair | Margaret Ellery | Present |
| Chief Officer, Wexbury CCG | Tobias Wren | Present |
| Director of Commissioning | Nicola Bright | Apologies |
| Director of HR, Fellside | Beverley Onu | Apologies |
| Chief Executive, Wexbury FT | Adrian Mallow | Present |
| Board Secretary (minutes) | Joanne Keeling | In attendance |
"""


def test_who_is_the_people_on_the_rows_holding_the_value(papers) -> None:
    """"Who sent apologies?" over an attendance list: everyone whose row says "Apologies", by name, with who they are."""
    index = papers({"minutes.md": ATTENDANCE, **OTHER_PAPERS})
    reply = answer("Who sent apologies to the Partnership Board meeting on 19 January 2017?", index, Tokenizer())
    assert reply.answered and "Nicola Bright" in reply.answer and "Beverley Onu" in reply.answer, reply.answer
    assert not any(name in reply.answer for name in ("Margaret Ellery", "Tobias Wren", "Joanne Keeling")), reply.answer
    assert "Director of HR" in reply.answer
