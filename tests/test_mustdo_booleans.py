"""A must-do sheet written as a spreadsheet's own TRUE / FALSE cells ("TRUE = the programme contributes;
FALSE = it does not"): a FALSE cell is no entry, as "N" or "No" is, so a must-do whose row is all FALSE
is the gap, not covered by every programme."""

from pathlib import Path

import pytest

from bot.records.mustdos import says_no
from tests.office_files import workbook

MUSTDOS = [
    ["Coverage of the nine national must-dos"],
    ["TRUE = the programme contributes to the must-do; FALSE = it does not."],
    ["No.", "National must-do", "P1 Healthy Towns", "P2 Care at Home", "P3 Urgent Care"],
    [1, "STPs: a plan for the footprint", True, True, True],
    [2, "Financial balance", False, True, False],
    [3, "General practice: resilience and access", True, True, False],
    [4, "A&E and ambulance waits", False, True, True],
    [5, "Referral to treatment (18 weeks)", False, False, True],
    [6, "Cancer: 62-day standard", False, False, False],
    [7, "Mental health: IAPT, early intervention, dementia", False, False, True],
    [8, "Learning disabilities: Transforming Care", False, True, False],
    [9, "Quality: special measures and CQC ratings", True, False, True],
]


@pytest.mark.parametrize("cell, no", [("FALSE", True), ("False", True), ("N", True), ("TRUE", False), ("Y", False)])
def test_false_is_no_entry(cell: str, no: bool) -> None:
    assert says_no(cell) is no


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    workbook(papers / "tracker.xlsx", {"Must-dos": MUSTDOS})
    return papers


def test_a_must_do_all_false_is_the_gap(folder: Path, ask_folder) -> None:
    reply = ask_folder(folder, "Which national must-do has no STP programme contributing to it?")
    assert reply.answered and "cancer" in reply.answer[:300].lower() and "every one" not in reply.answer, reply.answer


def test_a_must_do_is_covered_by_its_true_cells_only(folder: Path, ask_folder) -> None:
    reply = ask_folder(folder, "Which programmes contribute to must-do 4, A&E and ambulance waits?")
    assert reply.answered and "Care at Home" in reply.answer and "Urgent Care" in reply.answer, reply.answer
    assert "Healthy Towns" not in reply.answer, reply.answer
