"""Zip-based documents are checked before anything is unpacked, and Word files are stream-parsed."""

import io
import zipfile
from pathlib import Path

import docx
import pytest

from bot.errors import DocumentError
from bot.index.indexer import build_index
from bot.reading.docx import read_docx
from bot.reading.files import read_document
from bot.reading.limits import MB, ReadLimits
from bot.reading.zips import check_zip, unsafe_part_name
from tests.conftest import write_docx
from tests.hostile import docx_with_part, many_parts_zip, rebuild_docx, zip_bomb_docx

LIMITS = ReadLimits.for_max_bytes(25 * MB)


@pytest.mark.parametrize("name", ["../evil.xml", "word/../../evil.xml", "/etc/cron.d/evil", "C:/Windows/evil",
                                  "..\\..\\evil", "word/\x00evil"])
def test_part_names_that_could_escape_are_unsafe(name: str) -> None:
    assert unsafe_part_name(name)


@pytest.mark.parametrize("name", ["word/document.xml", "[Content_Types].xml", "word/media/image..png", "docProps/core.xml"])
def test_ordinary_part_names_are_safe(name: str) -> None:
    assert not unsafe_part_name(name)


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    bomb = zip_bomb_docx(tmp_path, unpacked_mb=12)
    assert bomb.stat().st_size < MB
    with pytest.raises(DocumentError, match=r"part word/document.xml unpacks to 12\.0 MB from 0\.\d+ MB .* looks like a zip bomb"):
        read_document(bomb, 25 * MB)


def test_unpacked_size_is_limited_by_the_file_limit(tmp_path: Path) -> None:
    """Parts that compress like ordinary XML (well under the bomb ratio) but add up to more than
    4 x PLANBOT_MAX_FILE_MB unpacked."""
    text = "".join(f"Row {n}: milestone {n * 7 % 1000} due Qtr {n % 4 + 1}\n" for n in range(40_000)).encode()[:MB]
    base = write_docx(tmp_path / "base.docx", ["Title"])
    big = rebuild_docx(base, tmp_path / "parts.docx", extra={f"word/part{n}.xml": text for n in range(5)})
    assert big.stat().st_size < MB
    with pytest.raises(DocumentError, match=r"unpacks to 5\.\d MB, over the 4 MB limit \(4 x PLANBOT_MAX_FILE_MB\)"):
        read_document(big, MB)
    check_zip(big.name, big, ReadLimits.for_max_bytes(2 * MB))  # a path works as well as bytes


@pytest.mark.parametrize("part", ["../../outside.txt", "/abs/outside.txt"])
def test_a_part_with_an_escaping_path_is_refused(tmp_path: Path, part: str) -> None:
    path = docx_with_part(tmp_path, part)
    with pytest.raises(DocumentError, match="holds a part with an unsafe path"):
        read_document(path, MB)


def test_too_many_parts(tmp_path: Path) -> None:
    limits = ReadLimits(max_bytes=MB, zip_unpacked_bytes=4 * MB, zip_parts=50)
    with pytest.raises(DocumentError, match="has 51 parts, more than the 50"):
        check_zip("deck.pptx", many_parts_zip(51), limits)
    check_zip("deck.pptx", many_parts_zip(50), limits)


@pytest.mark.parametrize(("name", "kind"), [("a.docx", "Word"), ("a.pptx", "PowerPoint"), ("a.xlsx", "Excel")])
def test_not_a_zip_names_the_format(name: str, kind: str) -> None:
    with pytest.raises(DocumentError, match=f"is not a readable {kind} file"):
        check_zip(name, b"\xd0\xcf\x11\xe0 an encrypted Office file is an OLE container", ReadLimits.for_max_bytes(MB))


def test_a_bomb_in_the_corpus_is_skipped_and_the_rest_indexed(tmp_path: Path, corpus: Path, tokenizer) -> None:
    zip_bomb_docx(corpus, unpacked_mb=12)
    report = build_index([corpus], tmp_path / "ix", tokenizer, 25 * MB)
    [bomb] = [f for f in report.files if f.file == "bomb.docx"]
    assert "looks like a zip bomb" in (bomb.error or "") and report.documents == 3


# ------------------------------------------------------------ the streaming Word reader


def _cell_text(cell) -> str:
    """A cell's paragraphs as one cell: each kept apart by "; " unless it ends with punctuation."""
    parts = [p for p in (" ".join(par.text.split()) for par in cell.paragraphs) if p]
    return "".join(p + ("" if k == len(parts) - 1 else " " if p[-1] in ".;:,!?" else "; ") for k, p in enumerate(parts))


def python_docx_lines(path: Path) -> list[str]:
    """What python-docx reads: body paragraphs and table rows, a merged cell once per row, a cell's
    paragraphs kept apart as the reader keeps them."""
    from docx.table import Table

    texts = []
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells, previous = [], None
                for cell in row.cells:
                    if previous is not None and cell._tc is previous:
                        continue
                    previous = cell._tc
                    cells.append(_cell_text(cell))
                texts.append("\t".join(cells))
        else:
            texts.append(block.text)
    return texts


def test_streamed_word_text_equals_python_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Fylde Coast delivery plan"
    document.add_paragraph("Initiatives which we will focus in 2016/17")
    run = document.add_paragraph("Owner:\tAlex Sample").add_run()
    run.add_break()
    run.add_text("second line after a break")
    table = document.add_table(rows=4, cols=4)
    for r in range(4):
        for c in range(4):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 2))  # spans three columns
    table.cell(1, 3).merge(table.cell(3, 3))  # spans three rows
    table.cell(2, 1).add_paragraph("second paragraph in a cell")
    document.add_paragraph("After the table")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    lines, title, warnings = read_docx(path.name, path.read_bytes(), LIMITS)
    assert [ln.text for ln in lines] == python_docx_lines(path)
    assert title == "Fylde Coast delivery plan" and warnings == []
    assert [ln.line for ln in lines] == list(range(1, len(lines) + 1))


def test_content_controls_and_tracked_insertions_are_read(tmp_path: Path) -> None:
    base = write_docx(tmp_path / "base.docx", ["Title"])
    with zipfile.ZipFile(base) as z:
        xml = z.read("word/document.xml")
    body = (b'<w:sdt><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p></w:sdtContent></w:sdt>'
            b'<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:ins><w:r><w:t>inserted</w:t></w:r></w:ins>'
            b'<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>')
    path = rebuild_docx(base, tmp_path / "controls.docx", replace={"word/document.xml": xml.replace(b"<w:body>", b"<w:body>" + body, 1)})
    texts = [ln.text for ln in read_docx(path.name, path.read_bytes(), LIMITS)[0]]
    assert texts[:3] == ["Inside a content control", "Kept inserted", "Title"]


def test_a_deck_renamed_docx_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("_rels/.rels", b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   b'<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                   b'Target="ppt/presentation.xml"/></Relationships>')
        z.writestr("ppt/presentation.xml", b'<p:presentation xmlns:p="urn:p"/>')
    with pytest.raises(DocumentError, match="is not a Word document inside"):
        read_docx("deck.docx", buffer.getvalue(), LIMITS)


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    base = write_docx(tmp_path / "base.docx", ["Title"])
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
              b'<w:p><w:r><w:t>Heading &c;</w:t></w:r></w:p></w:body></w:document>')
    path = rebuild_docx(base, tmp_path / "laughs.docx", replace={"word/document.xml": laughs})
    try:
        texts = [ln.text for ln in read_docx(path.name, path.read_bytes(), LIMITS)[0]]
    except DocumentError:
        return
    assert all("aaaaaaaaaa" not in t for t in texts)


def test_a_word_file_with_more_text_than_a_document_may_hold_is_stopped(tmp_path: Path) -> None:
    """Compressed well under the bomb ratio and the unpacked limit, but more text than one document may
    yield: reading stops at the limit instead of holding it all."""
    path = zip_bomb_docx(tmp_path, unpacked_mb=2, name="long.docx")
    limits = ReadLimits(max_bytes=MB, zip_unpacked_bytes=4 * MB, text_chars=MB // 2, lines=10**6)
    with pytest.raises(DocumentError, match=r"holds more than 0\.5 MB of text, the most one document may hold"):
        read_docx(path.name, path.read_bytes(), limits)


def _plan_on_a_page(tmp_path: Path) -> Path:
    """A "plan on a page": a table used only to set boxes side by side (each a heading, its owner and
    bullets), a full-width strip holding a small table of its own, the version only in the footer."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Joint Forward Plan | OFFICIAL"
    document.sections[0].footer.paragraphs[0].text = "Version 2.3, 14 October 2026. Document owner: Alex Sample."
    document.add_paragraph("Our plan on a page")
    layout = document.add_table(rows=2, cols=2)
    for c, (title, owner, bullet) in enumerate([("1. Urgent care", "SRO: Jo Bloggs", "UTC opens: was 30 November 2026, now 2 February 2027"),
                                                ("2. Cancer", "SRO: Sam Teal", "Lung health checks extended (done, August 2026)")]):
        cell = layout.cell(0, c)
        cell.text = title
        cell.add_paragraph(owner)
        cell.add_paragraph(bullet)
    strip = layout.cell(1, 0).merge(layout.cell(1, 1))
    strip.text = "3. Enablers"
    inner = strip.add_table(rows=2, cols=2)
    for r, row in enumerate([["Digital", "Workforce"], ["Care record live: November 2026", "Academy opens: May 2027"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "plan_on_a_page.docx"
    document.save(str(path))
    return path


def test_a_table_of_boxes_is_read_box_by_box(tmp_path: Path) -> None:
    path = _plan_on_a_page(tmp_path)
    texts = [ln.text for ln in read_docx(path.name, path.read_bytes(), LIMITS)[0]]
    first = texts.index("1. Urgent care")
    assert texts[first:first + 4] == ["1. Urgent care", "SRO: Jo Bloggs", "UTC opens: was 30 November 2026, now 2 February 2027", ""]
    assert texts[first + 4:first + 7] == ["2. Cancer", "SRO: Sam Teal", "Lung health checks extended (done, August 2026)"]


def test_a_table_inside_a_cell_and_the_page_header_and_footer_are_read(tmp_path: Path) -> None:
    path = _plan_on_a_page(tmp_path)
    texts = [ln.text for ln in read_docx(path.name, path.read_bytes(), LIMITS)[0]]
    assert "Care record live: November 2026\tAcademy opens: May 2027" in texts
    assert texts[0] == "Joint Forward Plan | OFFICIAL"
    assert texts[-1] == "Version 2.3, 14 October 2026. Document owner: Alex Sample."


def test_a_data_row_with_a_list_in_one_cell_stays_one_row(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["Scheme", "Owner", "Milestones"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text, table.cell(1, 1).text = "Stroke pathway", "Alex Sample"
    table.cell(1, 2).text = "Business case: June 2026"
    for more in ("Consultation: September 2026", "Go-live: April 2027"):
        table.cell(1, 2).add_paragraph(more)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    texts = [ln.text for ln in read_docx(path.name, path.read_bytes(), LIMITS)[0]]
    assert texts[-1] == "Stroke pathway\tAlex Sample\tBusiness case: June 2026; Consultation: September 2026; Go-live: April 2027"
