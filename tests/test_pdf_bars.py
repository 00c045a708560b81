"""Bar charts drawn on a PDF page (bot/reading/pdf_bars.py): a waterfall whose figures are printed over
its bars at their heights, its categories wrapped under them, and bars laid on their side with the
figure at each bar's end; each is read as rows of label and figure, so "what is the do-nothing gap?"
finds its figure."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.reading.pdf_bars import read_bars
from bot.textnorm import Tokenizer

WATERFALL = [("Do-nothing gap", "2020/21", "162.4", 560), ("Provider", "efficiencies (CIP)", "(58.0)", 560),
             ("Programme", "savings", "(71.3)", 470), ("Transformation", "fund", "(21.6)", 400), ("Residual gap", "2020/21", "11.5", 380)]
SIDEWAYS = [("Neighbourhood Care", "18.2", 300), ("Hospital Sustainability", "17.7", 290), ("Urgent Care", "14.6", 240),
            ("Mental Health", "4.8", 90)]


def _charts(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, 800, "Closing the gap in 2020/21 (£m)")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 785, "Bracketed figures reduce the gap. All figures in £ million.")
    for k, (label, second, figure, top) in enumerate(WATERFALL):  # bars of different heights, each figure over its bar
        x = 60 + k * 100
        pdf.rect(x, top - 200, 60, 190, stroke=0, fill=1)  # a filled bar, no rules
        pdf.drawCentredString(x + 30, top, figure)
        pdf.drawCentredString(x + 30, 340, label)
        pdf.drawCentredString(x + 30, 328, second)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, 290, "Programme savings in 2020/21 (£m)")
    pdf.setFont("Helvetica", 9)
    for k, (label, figure, length) in enumerate(SIDEWAYS):
        y = 260 - k * 24
        pdf.drawRightString(170, y, label)
        pdf.rect(180, y - 2, length, 12, stroke=0, fill=1)
        pdf.drawString(185 + length, y, figure)
    pdf.save()
    return path


def test_each_figure_is_read_beside_the_bar_it_stands_over(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_charts(tmp_path / "finance.pdf"), 10**7).lines]
    for label, second, figure, _ in WATERFALL:
        assert f"{label} {second}\t{figure}" in lines, lines
    for label, figure, _ in SIDEWAYS:
        assert f"{label}\t{figure}" in lines, lines


def test_figures_that_do_not_stand_one_over_each_label_are_left_alone() -> None:
    lines = ["   12.0        13.0", "", "   Alpha        Beta        Gamma        Delta"]  # two figures over one side
    assert read_bars(["   12.0  13.0", "", "   Alpha        Beta        Gamma"]) == ["   12.0  13.0", "", "   Alpha        Beta        Gamma"]
    assert read_bars(lines) == lines  # half the labels have no figure: not a chart read whole
    prose = ["Our plan     saves     money", "and more."]  # a line of prose is no row of sideways bars
    assert read_bars(prose) == prose


@pytest.mark.parametrize("question, says", [
    ("What is the do-nothing gap in 2020/21?", "162.4"),
    ("How much will the Urgent Care programme save in 2020/21?", "14.6"),
])
def test_a_charts_figures_answer(tmp_path: Path, question: str, says: str) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    _charts(papers / "finance.pdf")
    build_index([papers], tmp_path / "index", Tokenizer(), 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        reply = answer(question, index, Tokenizer())
    finally:
        index.close()
    assert reply.answered and says in reply.answer, reply.answer
