"""A ruled PDF table whose cell is merged down over several rows (no rule across that column between
them, the text drawn once in the middle, or wrapped across two rows' heights) gives every row of the run
that cell's text, as reportlab's SPAN and Word's vertical merge draw it."""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from bot.reading.limits import ReadLimits
from bot.reading.pdf import read_pdf

ROWS = [["No.", "Recommendation", "Owner", "Target date"],
        ["1", "Produce a single baselined delivery plan", "STP Programme Director", "by the March Board"],
        ["2", "Strengthen the programme office", "", "end of Q1 2017/18"],
        ["3", "Agree one STP risk register", "", "w/c 27 March 2017"],
        ["4", "Produce a savings recovery plan", "STP Finance Lead", "31 March 2017"],
        ["5", "Publish the evaluation plan for the hub", "Dr Omar Haddad", "Autumn 2017"]]


def _merged_pdf(path: Path) -> bytes:
    table = Table(ROWS, colWidths=[30, 220, 130, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (2, 1), (2, 3)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path.read_bytes()


def test_each_row_of_a_merged_run_holds_the_cell(tmp_path: Path) -> None:
    lines, *_ = read_pdf("review.pdf", _merged_pdf(tmp_path / "review.pdf"), ReadLimits.for_max_bytes(10**7))
    rows = {line.text.split("\t")[0]: line.text.split("\t") for line in lines if "\t" in line.text}
    assert [rows[n][2] for n in "123"] == ["STP Programme Director"] * 3, rows
    assert rows["4"][2] == "STP Finance Lead" and rows["5"][2] == "Dr Omar Haddad"
    assert rows["2"][3] == "end of Q1 2017/18"  # the cells beside the run keep their own text
