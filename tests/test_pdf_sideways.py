"""A landscape table printed sideways on a portrait page (the drawing turned a quarter turn) is read
upright, row by row, as tab-separated cells; a page with only a turned label stays as it was."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bot.reading.files import read_document

ROWS = [["Organisation", "2017/18 plan", "2018/19 plan"], ["Marsh Coast CCG", "(6.8)", "(4.0)"],
        ["Fenby Hospitals NHS Trust", "1.2", "0.5"], ["System total", "(5.6)", "(3.5)"]]


def _sideways_pdf(path: Path, turn: int, ruled: bool) -> Path:
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(40, height - 40, "Annex C: Finance")  # an upright first page
    c.showPage()
    c.saveState()
    if turn == 1:
        c.translate(width, 0)
        c.rotate(90)
    else:
        c.translate(0, height)
        c.rotate(-90)
    c.setFont("Helvetica", 9)
    c.drawString(40, 540, "Table C1: Planned surplus / (deficit) by organisation, £m")
    xs, top = [40, 330, 450, 570], 500
    for k, row in enumerate(ROWS):
        y = top - 18 * k
        for x, cell in zip(xs, row):
            c.drawString(x + 3, y, cell)
        if ruled:
            c.line(xs[0], y - 5, xs[-1], y - 5)
    if ruled:
        c.line(xs[0], top + 13, xs[-1], top + 13)
        for x in xs:
            c.line(x, top + 13, x, top - 18 * (len(ROWS) - 1) - 5)
    c.restoreState()
    c.save()
    return path


@pytest.mark.parametrize("turn", [1, -1])
@pytest.mark.parametrize("ruled", [True, False])
def test_a_table_printed_sideways_is_read_upright_row_by_row(tmp_path: Path, turn: int, ruled: bool) -> None:
    doc = read_document(_sideways_pdf(tmp_path / "annex.pdf", turn, ruled), 10**7)
    lines = [line.text for line in doc.lines if line.page == 2]
    assert lines[0] == "Table C1: Planned surplus / (deficit) by organisation, £m"
    assert "Marsh Coast CCG\t(6.8)\t(4.0)" in lines and "System total\t(5.6)\t(3.5)" in lines
    assert lines.index("Organisation\t2017/18 plan\t2018/19 plan") < lines.index("Marsh Coast CCG\t(6.8)\t(4.0)")


def test_a_page_with_one_turned_label_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "label.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for k in range(6):
        c.drawString(72, 700 - 14 * k, f"Line {k} of the paper's prose about the urgent care hub.")
    c.saveState()
    c.translate(30, 400)
    c.rotate(90)
    c.drawString(0, 0, "DRAFT")
    c.restoreState()
    c.save()
    lines = [line.text for line in read_document(path, 10**7).lines]
    assert "Line 0 of the paper's prose about the urgent care hub." in lines
