"""A table of figures set without rules on a PDF page (bot/reading/pdf_numbers.py), and a table's Total
row and column when rows are compared (bot/answering/candidates/filtered.py)."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bot.reading.files import read_document
from bot.reading.pdf_numbers import number_tables
from tests.conftest import assert_says

SAVINGS = [["Programme", "2018/19", "2019/20", "2020/21", "Total"],
           ["P1 Prevention & Population Health", "0.8", "1.6", "2.4", "4.8"],
           ["P3 Urgent & Emergency Care", "4.6", "6.2", "7.0", "17.8"],
           ["P4 Planned Care & Cancer", "5.1", "5.9", "6.4", "17.4"],
           ["P8 Workforce & OD", "2.3", "2.8", "3.2", "8.3"],
           ["Total", "12.8", "16.5", "19.0", "48.3"]]


def test_lines_of_words_ending_in_as_many_figures_are_a_table() -> None:
    lines = ["Appendix A: Three-year savings plan by programme (£m)", *(" ".join(row) for row in SAVINGS),
             "Notes to Appendix A", "1. Savings are gross and recurrent."]
    read = number_tables(lines)
    assert read[1] == "Programme\t2018/19\t2019/20\t2020/21\tTotal"
    assert read[3] == "P3 Urgent & Emergency Care\t4.6\t6.2\t7.0\t17.8"
    assert read[6] == "Total\t12.8\t16.5\t19.0\t48.3"
    assert read[0] == lines[0] and read[-2:] == lines[-2:]


def test_a_blank_line_between_two_rows_does_not_end_the_table() -> None:
    """Layout extraction prints a shaded row band as a blank line: the rows after it are the same table."""
    lines = ["Table 1: savings by programme (£m)", " ".join(SAVINGS[0]), " ".join(SAVINGS[1]), "",
             *(" ".join(row) for row in SAVINGS[2:5]), "", "", "Next section"]
    read = number_tables(lines)
    assert read[1] == "Programme\t2018/19\t2019/20\t2020/21\tTotal"
    assert read[2] == "P1 Prevention & Population Health\t0.8\t1.6\t2.4\t4.8" and read[3] == ""
    assert read[4] == "P3 Urgent & Emergency Care\t4.6\t6.2\t7.0\t17.8"
    assert read[-3:] == ["", "", "Next section"]


@pytest.mark.parametrize("lines", [
    ["Waits fell from 18 to 12", "and the backlog from 236 to 180"],  # two lines of prose: no run of three
    ["Beds: TRI 28 EGH 18", "Staff flu vaccination 61 75", "Stranded patients 25 30 40"],  # the figures' count differs
])
def test_prose_with_figures_at_line_ends_is_left_alone(lines: list[str]) -> None:
    assert number_tables(lines) == lines


def _board_paper(folder: Path) -> Path:
    styles = getSampleStyleSheet()
    folder.mkdir(exist_ok=True)
    path = folder / "board_paper.pdf"
    story = [Paragraph("Holmbridge Partnership Board: finance update", styles["Heading1"]),
             Paragraph("Appendix A: Three-year savings plan by programme (£m)", styles["BodyText"]),
             Table(SAVINGS),  # no rules: plain extraction gives the figures parted by single spaces
             Paragraph("The plan excludes Better Care Fund savings.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_an_unruled_finance_table_reads_as_cells(tmp_path: Path) -> None:
    texts = [ln.text for ln in read_document(_board_paper(tmp_path / "papers"), 10**7).lines]
    assert "P3 Urgent & Emergency Care\t4.6\t6.2\t7.0\t17.8" in texts, texts


def test_the_largest_is_compared_on_the_total_column_without_the_total_row(tmp_path: Path, ask_folder) -> None:
    _board_paper(tmp_path / "papers")
    reply = ask_folder(tmp_path / "papers", "Which programme has the largest three-year savings plan, and how much is it?")
    assert reply.answered, reply.answer
    assert_says(reply.answer[:120], ["P3 Urgent & Emergency Care", "17.8"], ["48.3"])
