"""PDF tables read by their geometry: ruled grids (stroked or drawn as thin filled boxes), wrapped and
merged cells, tick and box glyphs read as marks, prose around a table kept in its place."""

from pathlib import Path

import pytest

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.reading.marks import cell_text, label_cells
from bot.records.extract import extract_records
from bot.service import Planbot
from bot.textnorm import Tokenizer
from tests.fidelity.annex import Block
from tests.fidelity.pdfs import slide_pdf

TITLE = "Fylde Coast priorities against the 9 National Must Do's 1/3"
HEADER = ["", "9 Must Do's", "P1", "P2", "Р3"]  # a Cyrillic Р, which Helvetica draws as a box
ROWS = [
    ["4.", "Get back on track with access standards for A&E and ambulance waits, ensuring more than 95 percent "
           "of patients wait no more than four hours in A&E.", "✓", "✗", "✓ Frailty project across the Fylde Coast"],
    ["5.", "Improvement against and maintenance of the NHS Constitution standards that more than 92 percent of "
           "patients wait no more than 18 weeks from referral to treatment.", "✗", "• ", "✔ Planned care"],
]


def _ruled(path: Path) -> Path:
    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("c", fontSize=7, leading=8.5)
    data = [["", "", "Priorities", "", ""], HEADER, *ROWS]
    table = Table([[Paragraph(c, cell) for c in row] for row in data], colWidths=[22, 300, 90, 90, 120])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("SPAN", (2, 0), (4, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(TITLE, styles["Heading3"]), Paragraph("Read with the Fylde Coast plan on a page.", styles["BodyText"]),
             table, Paragraph("Source: Fylde Coast LDP, October 2016.", styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


def test_a_ruled_matrix_reads_row_by_row_with_marks_read_as_marks(tmp_path: Path) -> None:
    doc = read_document(_ruled(tmp_path / "m.pdf"), 10**7)
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert texts[:2] == [TITLE, "Read with the Fylde Coast plan on a page."]
    assert texts[-1] == "Source: Fylde Coast LDP, October 2016."  # prose below the table stays below it
    assert "\t9 Must Do's\tP1\tP2\tP3" in texts  # the box standing for "Р" read back as P3
    four = next(t for t in texts if t.startswith("4."))
    assert four.split("\t")[2:] == ["Yes", "", "Frailty project across the Fylde Coast"]
    assert not any(glyph in t for t in texts for glyph in "■□✓✔✗")
    got = {(r["mustdo"], r["priority"], r["text"]) for r in extract_records(doc)["mustdos"]}
    assert got == {(4, "P1", "Yes"), (4, "P3", "Frailty project across the Fylde Coast"), (5, "P2", "Yes"),
                   (5, "P3", "Planned care")}


def test_slide_tables_drawn_with_thin_filled_rules_read_the_same(tmp_path: Path) -> None:
    block = Block("table", header=HEADER, rows=ROWS, matrix=True, lead=[TITLE])
    doc = read_document(slide_pdf([block], tmp_path / "s.pdf"), 10**7)
    got = {(r["mustdo"], r["priority"], r["text"]) for r in extract_records(doc)["mustdos"]}
    assert got == {(4, "P1", "Yes"), (4, "P3", "Frailty project across the Fylde Coast"), (5, "P2", "Yes"),
                   (5, "P3", "Planned care")}


def test_no_glyph_or_box_reaches_a_must_do_answer(tmp_path: Path, tokenizer) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _ruled(corpus / "m.pdf")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    reply = Planbot(tmp_path / "index", tokenizer).ask("which fylde priorities cover must do 4?")
    assert reply.answered and "P1, P3" in reply.answer
    assert not any(glyph in reply.answer for glyph in "■□✓✔✗●•")
    assert reply.citations[0].page == 1


@pytest.mark.parametrize(("cell", "read"), [
    ("✓", "Yes"), ("✔", "Yes"), ("■", "Yes"), ("●", "Yes"), ("•", "Yes"), ("• •", "Yes"), ("✗", ""), ("□", ""),
    ("✓ Frailty project", "Frailty project"), ("✓WP8: Effective Use", "WP8: Effective Use"),
    ("• Workshops • Plans", "• Workshops • Plans"), ("Plain words", "Plain words"),
])
def test_cells_read_marks_as_marks(cell: str, read: str) -> None:
    """(a cross is kept for the document's key, and with no key reads as no entry: tests/test_cross_keys.py)"""
    from bot.models import SourceLine
    from bot.reading.marks import read_cross_marks

    assert read_cross_marks([SourceLine(text=cell_text(cell), page=1)])[0].text == read


def test_a_box_standing_for_a_lost_letter_is_given_it_back_from_its_neighbours() -> None:
    assert label_cells(["", "9 Must Do's", "P1", "P2", "■3", "P4"])[4] == "P3"
    assert label_cells(["■3", "other"]) == ["3", "other"]


def test_two_ruled_tables_side_by_side_read_one_after_the_other_and_both_are_kept(tmp_path: Path) -> None:
    """Performance figures beside a table of contacts, on one page: each table's rows stay together
    (not row by row across both), and both tables' rows are records (a PDF page's lines have no
    numbers, so the page alone does not tell the tables apart)."""
    figures = Table([["Measure", "Value"], ["A&E 4-hour standard: system", "87.3%"], ["Handovers over 60 minutes", "212"]],
                    colWidths=[180, 60])
    contacts = Table([["Role", "Name"], ["SRO", "Bernadette Okonjo-Hale"], ["Deputy SRO", "Lorna Pettigrew"]], colWidths=[100, 160])
    for t in (figures, contacts):
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    side_by_side = Table([[figures, contacts]], colWidths=[260, 280])
    path = tmp_path / "two.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([Paragraph("Performance and contacts"), side_by_side])
    doc = read_document(path, 10**7)
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert texts.index("Handovers over 60 minutes\t212") < texts.index("Role\tName")
    build_index([tmp_path], tmp_path / "index", Tokenizer(), 10**7)
    index = PlanIndex.open(tmp_path / "index")
    rows = {r["row_text"]: r["header_text"] for r in index.table("rows")}
    index.close()
    assert rows.get("A&E 4-hour standard: system | 87.3%") == "Measure | Value", rows
    assert rows.get("SRO | Bernadette Okonjo-Hale") == "Role | Name", rows


def _banded_header(path: Path) -> Path:
    """A slide's matrix: the header one filled band with no rules between its headings (each centred
    over its column), the rows below ruled cell by cell, one row's marks spanning a merged cell."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    x0, top, first, col, row = 36, 520, 300, 70, 30
    heads = ["PHC", "INC", "UEC", "MHCR"]
    pdf.setFillColor(colors.navy)
    pdf.rect(x0, top - row, first + col * len(heads), row, stroke=1, fill=1)
    pdf.setFillColor(colors.white)
    pdf.drawString(x0 + 6, top - 20, "National must-do (2016/17)")
    for j, head in enumerate(heads):
        pdf.drawCentredString(x0 + first + j * col + col / 2, top - 20, head)
    pdf.setFillColor(colors.black)
    rows = [("1. Deliver a high quality and agreed STP", None), ("4. A&E 4-hour standard", ["", "S", "P", ""]),
            ("7. Mental health access standards", ["", "", "S", "P"])]
    for i, (label, marks) in enumerate(rows):
        y = top - row * (i + 2)
        pdf.rect(x0, y, first, row, stroke=1, fill=0)
        pdf.drawString(x0 + 6, y + 10, label)
        if marks is None:
            pdf.rect(x0 + first, y, col * len(heads), row, stroke=1, fill=0)
            pdf.drawCentredString(x0 + first + col * len(heads) / 2, y + 10, "Applies to every workstream")
            continue
        for j, mark in enumerate(marks):
            pdf.rect(x0 + first + j * col, y, col, row, stroke=1, fill=0)
            if mark:
                pdf.drawCentredString(x0 + first + j * col + col / 2, y + 10, mark)
    pdf.showPage()
    pdf.save()
    return path


def test_a_header_band_without_rules_reads_a_heading_per_column(tmp_path: Path) -> None:
    doc = read_document(_banded_header(tmp_path / "band.pdf"), 10**7)
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert "National must-do (2016/17)\tPHC\tINC\tUEC\tMHCR" in texts, texts
    assert "4. A&E 4-hour standard\t\tS\tP\t" in texts, texts
    # a merged cell's one run of text stays one cell
    assert any(t.startswith("1. Deliver a high quality and agreed STP\tApplies to every workstream") for t in texts), texts
