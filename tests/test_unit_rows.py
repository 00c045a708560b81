"""Units in a row of their own under a table's headings ("2018/19 plan" over "£000") are each heading's
unit; a row whose own Unit cell names no sum of money ("attendances (000s)") is no answer to "how much"."""

import pytest

from bot.models import SourceLine
from bot.reading.files import read_document
from bot.reading.unit_rows import units_into_header
from tests.office_files import workbook

SAVINGS = [["Savings and investment by priority"],
           ["Code", "Priority", "2017/18 plan", "2018/19 plan", "Investment 2018/19"],
           [None, None, "£000", "£000", "£m"],
           ["PL", "Planned Care and Outpatients", 2900, 3850, 0.6],
           ["MH", "Crisis and Liaison Mental Health", 600, 1420, 1.35]]
ACTIVITY = [["Activity trajectories"],
            ["Metric", "Unit", "Baseline 2016/17", "Plan 2018/19", "Lead priority"],
            ["Consultant-led outpatient follow-ups", "attendances (000s)", 412, 365, "Planned Care and Outpatients"],
            ["Additional crisis and liaison staff", "WTE", 0, 24.5, "Crisis and Liaison Mental Health"]]


@pytest.mark.parametrize(("header", "row", "merged"), [
    ("Code\tPriority\t2018/19 plan\tInvestment", "\t\t£000\t£m", "Code\tPriority\t2018/19 plan (£000)\tInvestment (£m)"),
    ("Metric\tBaseline\tTarget", "\t%\t%", "Metric\tBaseline (%)\tTarget (%)"),
    ("Code\tPriority\tPlan", "PL\tPlanned care\t3850", None),  # a row of values
    ("Code\tPlan\tActual", "\t£000", None),  # another cell count
    ("Code\tPlan", "\t£m", None),  # one unit alone could be any short value
])
def test_a_units_row_is_read_into_the_headings(header: str, row: str, merged: str | None) -> None:
    lines = [SourceLine(line=1, text=header), SourceLine(line=2, text=row)]
    read = units_into_header(lines)
    if merged is None:
        assert [line.text for line in read] == [header, row]
    else:
        assert [(line.line, line.text) for line in read] == [(1, merged)]


def test_a_workbook_s_units_row_is_its_headings_units(tmp_path) -> None:
    lines = [line.text for line in read_document(workbook(tmp_path / "plan.xlsx", {"Savings": SAVINGS}), 10**7).lines]
    assert "Code\tPriority\t2017/18 plan (£000)\t2018/19 plan (£000)\tInvestment 2018/19 (£m)" in lines
    assert not any(line.strip() == "£000\t£000\t£m" for line in lines)


@pytest.mark.parametrize(("question", "expected"), [
    ("What savings does Planned Care and Outpatients plan to deliver in 2018/19?", "3850"),
    ("How much is being invested in Crisis and Liaison Mental Health in 2018/19?", "1.35"),
])
def test_how_much_is_answered_by_a_sum_not_a_count(tmp_path, ask_folder, question: str, expected: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    workbook(folder / "plan.xlsx", {"Savings": SAVINGS, "Activity": ACTIVITY})
    reply = ask_folder(folder, question)
    assert reply.answered and expected in reply.answer[:80] and "attendances" not in reply.answer[:80], reply.answer


SYSTEM = [["System financial position"], ["Item", "Value", "Unit"], ["Do-nothing financial gap by 2020/21", 172.4, "£m"],
          ["System control total 2018/19 (deficit shown as negative)", -18.9, "£m"], ["Capital bids submitted (wave 3)", 3, "number"]]


def test_a_unit_column_gives_the_row_s_figure_its_unit(tmp_path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    cover = [["Financial and activity plan 2018/19"], ["Version", "Final, 30 April 2018"], ["Finance lead", "Yusuf Atherden"],
             ["Sheets", "Activity; System"], ["Units", "Each sheet gives the unit of every figure in a Unit column."]]
    workbook(folder / "plan.xlsx", {"Cover": cover, "Activity": ACTIVITY, "System": SYSTEM})
    reply = ask_folder(folder, "What is the do-nothing financial gap by 2020/21?")
    assert reply.answered and reply.answer.startswith("£172.4m"), reply.answer
