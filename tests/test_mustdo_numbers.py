"""Must-dos listed by number in each programme's own cell (bot/records/mustdo_numbers.py)."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer
from tests.conftest import assert_says

ANNEX = """Annex B: out-of-hospital programmes

5. How our programmes address the nine national must-dos
Programme\tSRO\tNational must-dos addressed
Urgent & Emergency Care (UEC)\tGraham Example\tMD 2, 4
Mental Health (MH)\tJoan Example\tMD 4, 7
Integrated Community Care (ICC)\tDr Helen Example\t2, 3 and 4
Prevention & Self-Care (PSC)\tDr Mo Example\t-
Must-dos are numbered as in the 2016/17 planning guidance: MD 2 financial balance, MD 3 general practice, MD 4 A&E and ambulance waits, MD 7 mental health.
"""


def _cells(tmp_path: Path, text: str) -> set[tuple[int, str]]:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {(r["mustdo"], r["priority"]) for r in extract_records(read_document(path, 10**7))["mustdos"]}


def test_each_number_a_cell_lists_is_a_cell_of_its_programme(tmp_path: Path) -> None:
    assert _cells(tmp_path, ANNEX) == {
        (2, "Urgent & Emergency Care (UEC)"), (4, "Urgent & Emergency Care (UEC)"), (4, "Mental Health (MH)"), (7, "Mental Health (MH)"),
        (2, "Integrated Community Care (ICC)"), (3, "Integrated Community Care (ICC)"), (4, "Integrated Community Care (ICC)")}


@pytest.mark.parametrize("text", [
    "Plan\n\nProgramme\tSRO\tMust-dos addressed\nUEC\tGraham Example\tMD 2, 4\n",  # one row is no such table
    "Plan\n\nProgramme\tSRO\tMust-dos addressed\nUEC\tGraham Example\tSee section 4\nMH\tJoan Example\tAll of them\n",  # no numbers
    "Budget\n\nProgramme\tSRO\t2017/18\nUEC\tGraham Example\t2, 4\nMH\tJoan Example\t4, 7\n",  # the column says no must-dos
])
def test_tables_that_list_no_must_dos_by_number(tmp_path: Path, text: str) -> None:
    assert _cells(tmp_path, text) == set()


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which programmes address must-do 4?", ["Urgent & Emergency Care", "Mental Health", "Integrated Community Care"], ["Prevention"]),
    ("Which must-dos does the Mental Health programme address?", ["7"], ["must do 2"]),
])
def test_questions_over_numbered_cells(papers, tokenizer: Tokenizer, question: str, present: list[str], absent: list[str]) -> None:
    reply = answer(question, papers({"annex.txt": ANNEX}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)
