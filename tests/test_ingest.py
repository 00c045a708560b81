from pathlib import Path

import pytest

from bot.errors import DocumentError
from bot.reading.files import find_documents, read_document
from tests.conftest import BOARD_PAPER, write_docx, write_pdf

MB = 1024 * 1024
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000  # how an encrypted Office file starts


def test_text_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "board.txt"
    path.write_text(BOARD_PAPER, encoding="utf-8")
    doc = read_document(path, MB)
    assert doc.info.kind == "text" and doc.info.title == "Lancashire Health Board: Update on the Plan"
    by_line = {ln.line: ln.text for ln in doc.lines}
    assert by_line[5].startswith("On 11 November 2016")
    assert all(ln.page is None for ln in doc.lines)


def test_pdf_keeps_page_numbers(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "a.pdf", [["First page text here"], ["Second page words", "more words"]])
    doc = read_document(path, MB)
    assert doc.info.kind == "pdf" and doc.info.pages == 2
    pages = {ln.page for ln in doc.lines if "Second page" in ln.text}
    assert pages == {2}


def test_pdf_table_page_uses_layout_columns(tmp_path: Path) -> None:
    rows = [f"{n}" + " " * 10 + f"Initiative {n} text" + " " * 10 + f"Owner {n}" for n in range(1, 8)]
    path = write_pdf(tmp_path / "t.pdf", [rows])
    doc = read_document(path, MB)
    owner_lines = [ln.text for ln in doc.lines if "Owner 3" in ln.text]
    assert owner_lines and "   " in owner_lines[0].strip()


def test_docx_paragraphs_and_table_rows(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "n.docx", ["Heading text", "Body paragraph."], [["Scheme", "Owner"], ["X", "Pat Owner"]])
    doc = read_document(path, MB)
    texts = [ln.text for ln in doc.lines]
    assert "Body paragraph." in texts and "X\tPat Owner" in texts
    assert [ln.line for ln in doc.lines] == list(range(1, len(doc.lines) + 1))


def _encrypted_pdf(tmp_path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = write_pdf(tmp_path / "plain.pdf", [["secret text"]])
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt("pw")
    out = tmp_path / "locked.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    return out


def _scanned_pdf(tmp_path: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: (p / "empty.txt").write_text("  \n") and p / "empty.txt", "empty"),
        (lambda p: (p / "x.numbers").write_bytes(b"data") and p / "x.numbers", "unsupported file type"),
        (lambda p: (p / "x.xlsx").write_bytes(b"data") and p / "x.xlsx", "not a readable Excel file"),
        (lambda p: (p / "x.pptx").write_bytes(b"PK\x03\x04 junk") and p / "x.pptx", "not a readable PowerPoint file"),
        (lambda p: (p / "x.pptx").write_bytes(OLE) and p / "x.pptx", "encrypted"),
        (lambda p: (p / "x.xlsx").write_bytes(OLE) and p / "x.xlsx", "encrypted"),
        (lambda p: (p / "x.docx").write_bytes(OLE) and p / "x.docx", "encrypted"),
        (lambda p: (p / "x.xlsx").write_bytes(b"") or p / "x.xlsx", "empty"),
        (lambda p: (p / "bad.pdf").write_bytes(b"%PDF-1.4 garbage garbage") and p / "bad.pdf", "not a readable PDF"),
        (lambda p: (p / "bad.docx").write_bytes(b"not a zip") and p / "bad.docx", "not a readable Word file"),
        (lambda p: (p / "big.txt").write_text("word " * 300_000) and p / "big.txt", "over the"),
        (_encrypted_pdf, "encrypted"),
        (_scanned_pdf, "no text layer"),
    ],
)
def test_bad_files_raise_a_clear_reason(tmp_path: Path, make, reason: str) -> None:
    path = make(tmp_path)
    with pytest.raises(DocumentError) as info:
        read_document(path, MB)
    assert reason in info.value.reason
    assert path.name in info.value.message


def test_find_documents_reports_unsupported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hello there")
    (tmp_path / "b.key").write_text("x")
    found, skipped = find_documents([tmp_path, tmp_path / "missing"])
    assert [p.name for p in found] == ["a.txt"]
    assert any("b.key" in s for s in skipped) and any("no such file" in s for s in skipped)
