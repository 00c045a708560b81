"""A slide's matrix ruled only round its cells (bot/reading/pdf_tables.py, set_outside): the programme names
down its left and the headings above its top rule are the rows' first cells and the header."""

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from bot.reading.files import read_document
from bot.records.extract import extract_records

PROGRAMMES = ["Living Well & Prevention (LWP)", "Urgent & Emergency Care (UEC)", "Mental Health & Wellbeing (MHW)"]
MARKS = [{1: "●", 3: "◐"}, {1: "●", 4: "●"}, {1: "●", 4: "◐", 7: "●"}]


def _matrix(path: Path, labelled: bool = True) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(40, 540, "Our programmes against the nine national must-dos")
    left, width, top, height = 330, 50, 420, 30
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, top + 12, "Programme")
    for n in range(1, 10):
        pdf.drawString(left + (n - 1) * width + 8, top + 12, f"MD{n}")
    for r, name in enumerate(PROGRAMMES):
        y = top - (r + 1) * height
        if labelled:
            pdf.drawString(44, y + 10, name)
        for n, mark in MARKS[r].items():
            pdf.drawString(left + (n - 1) * width + 20, y + 10, {"●": "Yes", "◐": "Partial"}[mark])
    for r in range(len(PROGRAMMES) + 1):  # rules round the marks only, none round the names
        pdf.line(left, top - r * height, left + 9 * width, top - r * height)
    for c in range(10):
        pdf.line(left + c * width, top, left + c * width, top - len(PROGRAMMES) * height)
    pdf.save()
    return path


def test_names_left_of_the_rules_lead_their_rows_and_headings_above_make_the_header(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_matrix(tmp_path / "deck.pdf"), 10**7).lines]
    assert "Programme\tMD1\tMD2\tMD3\tMD4\tMD5\tMD6\tMD7\tMD8\tMD9" in lines, lines
    assert "Urgent & Emergency Care (UEC)\tYes\t\t\tYes\t\t\t\t\t" in lines, lines
    cells = {(r["mustdo"], r["priority"]) for r in extract_records(read_document(tmp_path / "deck.pdf", 10**7))["mustdos"]}
    assert (7, "Mental Health & Wellbeing (MHW)") in cells and (3, "Living Well & Prevention (LWP)") in cells, cells


def test_a_grid_with_no_names_beside_it_reads_as_before(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_matrix(tmp_path / "bare.pdf", labelled=False), 10**7).lines]
    assert not any(line.startswith("Programme\t") for line in lines), lines


def test_headings_above_a_grid_whose_first_column_holds_the_row_names_are_its_header(tmp_path: Path) -> None:
    """A must-do grid ruled round its names too (the must-dos in its own first column), the priorities' codes and
    names written above its top rule over each column, two lines deep: those headings are the header, so the
    marks' columns are named."""
    path = tmp_path / "grid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    left, first, width, top, height = 40, 330, 90, 420, 30
    pdf.setFont("Helvetica", 9)
    pdf.drawString(44, top + 8, "National must-do")
    for n, (code, name) in enumerate([("P1", "Healthy Lives"), ("P2", "Neighbourhood Care"), ("P3", "Urgent & Emergency")]):
        pdf.drawString(first + n * width + 30, top + 20, code)
        pdf.drawString(first + n * width + 6, top + 8, name)
    rows = [("1. Local STP", {0, 1, 2}), ("3. General practice", {0, 1}), ("4. A&E and ambulance", {1, 2}), ("6. Cancer", set())]
    for r, (name, marked) in enumerate(rows):
        y = top - (r + 1) * height
        pdf.drawString(44, y + 10, name)
        for c in marked:
            pdf.drawString(first + c * width + 40, y + 10, "Yes")
    for r in range(len(rows) + 1):
        pdf.line(left, top - r * height, first + 3 * width, top - r * height)
    for x in [left, *(first + c * width for c in range(4))]:
        pdf.line(x, top, x, top - len(rows) * height)
    pdf.save()
    lines = [ln.text for ln in read_document(path, 10**7).lines]
    assert "National must-do\tP1 Healthy Lives\tP2 Neighbourhood Care\tP3 Urgent & Emergency" in lines, lines
    assert "4. A&E and ambulance\t\tYes\tYes" in lines, lines


def test_a_title_just_above_a_grid_is_not_its_header(tmp_path: Path) -> None:
    """A section title a few points above a ruled table whose first column holds its row labels runs on past the
    first column: it heads the page, not the columns."""
    path = tmp_path / "titled.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    left, first, width, top, height = 40, 200, 90, 420, 24
    pdf.setFont("Helvetica", 11)
    pdf.drawString(44, top + 10, "Performance, December 2017 and the contacts for each programme of work")
    pdf.setFont("Helvetica", 9)
    rows = [("Metric", "Value"), ("A&E 4-hour", "87.3%"), ("Handovers over 60 minutes", "212")]
    for r, cells in enumerate(rows):
        y = top - (r + 1) * height
        for c, text in enumerate(cells):
            pdf.drawString((left if c == 0 else first + (c - 1) * width) + 4, y + 8, text)
    for r in range(len(rows) + 1):
        pdf.line(left, top - r * height, first + width, top - r * height)
    for x in (left, first, first + width):
        pdf.line(x, top, x, top - len(rows) * height)
    pdf.save()
    lines = [ln.text for ln in read_document(path, 10**7).lines]
    assert "Metric\tValue" in lines and not any(line.startswith("Performance") and "\t" in line for line in lines), lines


def _banded_grid(path: Path, band_rules: bool = True) -> Path:
    """A slide's must-do grid whose header band has rules only between its headings (none across its foot)
    and whose first row, all priorities in one merged cell, has no rule over it: the names left of the rules."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    first, width, top, height = 300, 60, 440, 34
    codes = ["P1", "P2", "P3", "P4"]
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, top + 12, "National must-do")
    for j, code in enumerate(codes):
        pdf.drawCentredString(first + j * width + width / 2, top + 12, code)
    rows = [("1 Develop and deliver the STP", None), ("2 Financial balance", {1, 3}), ("4 A&E and ambulance waits", {2}),
            ("5 Referral to treatment", set())]
    for r, (name, marked) in enumerate(rows):
        y = top - (r + 1) * height
        pdf.line(36, y, first + 4 * width, y)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, y + 12, name)
        if marked is None:
            pdf.drawCentredString(first + 2 * width, y + 12, "All priorities")
        for c in marked or ():
            pdf.drawCentredString(first + c * width + width / 2, y + 12, "Yes")
    for j in range(5):
        pdf.line(first + j * width, top - 4 * height, first + j * width, top - height)
        if band_rules or j in (0, 4):
            pdf.line(first + j * width, top, first + j * width, top + 30)
    pdf.line(first, top - height, first, top)
    pdf.line(first + 4 * width, top - height, first + 4 * width, top)
    pdf.save()
    return path


def test_a_header_band_ruled_only_between_its_headings_is_the_grids_header(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_banded_grid(tmp_path / "band.pdf"), 10**7).lines]
    assert "National must-do\tP1\tP2\tP3\tP4" in lines, lines
    assert "1 Develop and deliver the STP\tAll priorities\t\t\t" in lines, lines  # the unruled first row, its cell merged
    assert "2 Financial balance\t\tYes\t\tYes" in lines, lines
    cells = {(r["mustdo"], r["priority"]) for r in extract_records(read_document(tmp_path / "band.pdf", 10**7))["mustdos"]}
    assert (2, "P2") in cells and (2, "P4") in cells and (4, "P3") in cells and not any(m == 5 for m, _ in cells), cells


def test_a_band_without_rules_between_its_headings_is_left_as_it_was(tmp_path: Path) -> None:
    lines = [ln.text for ln in read_document(_banded_grid(tmp_path / "plain.pdf", band_rules=False), 10**7).lines]
    assert not any(line.startswith("National must-do\t") for line in lines), lines
