"""Labels each level with its own figure (a bar chart's labels and values, which plain extraction gives as a
line each) are a table of two columns (bot/reading/stacked_pairs.py); tiles, each figure over its caption, are not."""

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.reading.files import read_document
from bot.reading.pdf_runs import Chunk
from bot.reading.stacked_pairs import stacked_pairs

BARS = ["Closing the gap by 2020/21 (£m)", "P1 Starting Well", "4.2", "P2 Living Well", "9.6", "P3 Primary & Community Care",
        "31.5", "Savings from the six priorities, total: £138.6m"]


def _placed(rows: list[list[str]]) -> list[Chunk]:
    """Runs of text, each row's on one baseline, rows 40 points apart."""
    return [Chunk(40.0 + 300 * k, 500.0 - 40 * r, text, 11.0) for r, row in enumerate(rows) for k, text in enumerate(row)]


def test_labels_level_with_their_figures_are_rows() -> None:
    chunks = _placed([[BARS[0]], BARS[1:3], BARS[3:5], BARS[5:7], [BARS[7]]])
    assert stacked_pairs(BARS, chunks) == ["Closing the gap by 2020/21 (£m)", "P1 Starting Well\t4.2", "P2 Living Well\t9.6",
                                           "P3 Primary & Community Care\t31.5", "Savings from the six priorities, total: £138.6m"]


def test_tiles_figure_over_caption_and_a_short_run_are_left_alone() -> None:
    tiles = ["The footprint at a glance", "912,400", "people registered", "118", "GP practices", "3", "CCGs", "2", "councils"]
    # each figure over its caption: a caption is level with no figure
    chunks = _placed([[tiles[0]], [tiles[1], tiles[3], tiles[5], tiles[7]], [tiles[2], tiles[4], tiles[6], tiles[8]]])
    assert stacked_pairs(tiles, chunks) == tiles
    two = ["P1 Starting Well", "4.2", "P2 Living Well", "9.6", "Notes follow."]
    assert stacked_pairs(two, _placed([two[0:2], two[2:4], [two[4]]])) == two


def test_a_bar_chart_drawn_on_a_slide_reads_a_row_a_bar(tmp_path: Path) -> None:
    path = tmp_path / "bars.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(40, 540, "Savings by priority, 2020/21 (£m)")
    for k, (label, value) in enumerate([("P1 Starting Well", 4.2), ("P2 Living Well", 9.6), ("P3 Primary Care", 31.5), ("P4 Urgent Care", 22.8)]):
        y = 480 - k * 50
        pdf.setFont("Helvetica", 11)
        pdf.drawString(40, y + 6, label)
        pdf.rect(320, y, value * 7.5, 22, stroke=0, fill=1)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(328 + value * 7.5, y + 6, f"{value}")
    pdf.save()
    lines = [ln.text for ln in read_document(path, 10**7).lines]
    assert "P3 Primary Care\t31.5" in lines and "P4 Urgent Care\t22.8" in lines, lines
