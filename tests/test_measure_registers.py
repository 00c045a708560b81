"""A register of measures ("ID | Assumption | Value | Unit"): its figures read as the sheet shows them (a
fraction formatted as a percentage is "2.6%"), a change measured ("what growth") or "what %" asks a figure,
and a question asking a percentage is answered by one or not at all."""

from pathlib import Path

import pytest

from bot.answering.asked_type import asked_types
from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.textnorm import Tokenizer

ROWS = [
    ["ID", "Assumption", "Value", "Unit", "Owner", "Review by"],
    ["A1", "Demographic growth in non-elective demand", 0.026, "a year", "Tobin Marsh", "30 September 2017"],
    ["A2", "Length of stay reduction from discharge to assess", 0.5, "days", "Tobin Marsh", "30 September 2017"],
    ["A3", "Share of outpatient follow-ups moved to virtual clinics", 0.15, "of follow-ups", "Ada Pryce", "31 March 2018"],
]


def _model(folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Assumptions"
    for row in ROWS:
        sheet.append(row)
    sheet["C2"].number_format = "0.0%"  # 0.026 shown "2.6%"
    sheet["C4"].number_format = "0%"  # 0.15 shown "15%"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "capacity_model.xlsx"
    book.save(path)
    return path


def test_a_fraction_formatted_as_a_percentage_reads_as_the_sheet_shows_it(tmp_path: Path) -> None:
    texts = [line.text for line in read_document(_model(tmp_path), 10**7).lines]
    assert any("\t2.6%\t" in t for t in texts) and any("\t15%\t" in t for t in texts), texts
    assert any("\t0.5\t" in t for t in texts), texts  # a number with no percentage format stays as it is


@pytest.mark.parametrize(("question", "wants"), [
    ("What demographic growth in non-elective demand does the model assume?", ("number",)),
    ("What reduction in length of stay is planned?", ("number",)),
    ("NEL growth in the model - what %?", ("number",)),
])
def test_a_change_measured_or_a_percentage_asks_for_a_figure(question: str, wants: tuple) -> None:
    assert asked_types(question.lower()) == wants


@pytest.mark.parametrize("question", ["A&E must-do: what % target?", "must do 4 - what % of patients seen in 4 hours?"])
def test_a_percentage_asked_is_not_answered_by_a_count(papers, question: str) -> None:
    """"what % ..." of a must-do whose paper lists the priorities covering it and no percentage: how many
    priorities cover it is no percentage, so the plans don't say."""
    from tests.test_mustdo_listed import ANNEX, PLANS

    reply = answer(question, papers({"annex_c.txt": ANNEX, **PLANS}), Tokenizer())
    assert not reply.answered, reply.answer
