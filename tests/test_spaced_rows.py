"""An unruled table whose rows are set apart by blank rows (tall rows, a bar drawn in each cell) reads
as one table: the blank rows between rows of the same cells are dropped, and its figures answer."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.spaced_rows import close_spaced_rows

ROWS = ["  Workstream                      2016/17      2017/18      Total", "", "",
        "  Prevention (PHC)                    0.5          2.0       20.5", "", "",
        "  Acute Productivity (ASP)            8.5         22.0      139.0", "", "", "", "",
        "  Net in-year savings; 2016/17 prices"]


def test_blank_rows_between_rows_of_one_table_are_dropped() -> None:
    assert close_spaced_rows(ROWS) == [ROWS[0], ROWS[3], ROWS[6], "", "", "", "", ROWS[-1]]


def test_a_row_of_other_cells_after_blank_rows_is_left_apart() -> None:
    rows = ["  Code     Programme     SRO", "", "  A paragraph of prose below the table, in one run of text."]
    assert close_spaced_rows(rows) == rows


def _slide(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.drawString(36, 560, "Savings by workstream and year (£m)")
    years = ["2016/17", "2017/18", "2018/19", "Total"]
    pdf.drawString(36, 520, "Workstream")
    for j, year in enumerate(years):
        pdf.drawString(300 + j * 110, 520, year)
    for i, (name, values) in enumerate([("Prevention & Healthy Communities (PHC)", ["0.5", "2.0", "4.5", "7.0"]),
                                        ("Acute Sustainability & Productivity (ASP)", ["8.5", "22.0", "31.0", "61.5"]),
                                        ("Urgent & Emergency Care (UEC)", ["2.5", "7.0", "11.5", "21.0"])]):
        y = 480 - i * 40  # tall rows: a bar under each figure
        pdf.drawString(36, y, name)
        for j, value in enumerate(values):
            pdf.drawRightString(350 + j * 110, y, value)
            pdf.rect(300 + j * 110, y - 14, float(value) * 2, 6, stroke=0, fill=1)
    pdf.drawString(36, 300, "Net in-year savings at 2016/17 prices.")
    pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def savings(tmp_path: Path, tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _slide(corpus / "annex.pdf")
    (corpus / "board.txt").write_text("Partnership Board\nThe board met on 1 December 2016 and noted the annex.\n")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


def test_a_figure_of_a_spaced_out_table_answers(savings, tokenizer) -> None:
    reply = answer("What savings is Acute Sustainability & Productivity expected to deliver in 2018/19?", savings, tokenizer)
    assert reply.answered and "31.0" in reply.answer, reply.answer
