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
