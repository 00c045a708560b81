"""Hostile documents made in the test (and by benchmarks/hostile.py): zip bombs, escaping part names,
too many parts, PDF pages that are slow and large to read."""

import io
import zipfile
from pathlib import Path

from tests.conftest import write_docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PARAGRAPH = b"<w:p><w:r><w:t>The stroke pathway redesign is owned by Alex Sample and due in Qtr 3.</w:t></w:r></w:p>"


def rebuild_docx(source: Path, target: Path, replace: dict[str, bytes] | None = None,
                 extra: dict[str, bytes] | None = None, document_xml_repeats: int = 0) -> Path:
    """A copy of a real .docx with parts replaced or added; with document_xml_repeats, its body
    holds that many copies of one paragraph, streamed into the zip (how a zip bomb is made)."""
    replace, extra = replace or {}, extra or {}
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for item in zin.infolist():
            if item.filename == "word/document.xml" and document_xml_repeats:
                head, tail = zin.read(item.filename).split(b"<w:body>", 1)
                with zout.open(item.filename, "w", force_zip64=True) as out:
                    out.write(head + b"<w:body>")
                    chunk = PARAGRAPH * 1000
                    for _ in range(document_xml_repeats // 1000):
                        out.write(chunk)
                    out.write(tail)
            else:
                zout.writestr(item.filename, replace.get(item.filename, zin.read(item.filename)))
        for name, data in extra.items():
            zout.writestr(name, data)
    return target


def zip_bomb_docx(folder: Path, unpacked_mb: int = 60, name: str = "bomb.docx") -> Path:
    """A small .docx whose document.xml unpacks to about unpacked_mb MB."""
    base = write_docx(folder / "base-for-bomb.docx", ["Title"])
    bomb = rebuild_docx(base, folder / name, document_xml_repeats=unpacked_mb * 1024 * 1024 // len(PARAGRAPH))
    base.unlink()
    return bomb


def docx_with_part(folder: Path, part: str, name: str = "escape.docx") -> Path:
    base = write_docx(folder / "base-for-part.docx", ["Title", "Body text of the paper."])
    out = rebuild_docx(base, folder / name, extra={part: b"owned"})
    base.unlink()
    return out


def many_parts_zip(count: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(count):
            archive.writestr(f"word/media/image{n}.png", b"x")
    return buffer.getvalue()


def heavy_page_pdf(path: Path, operations: int) -> Path:
    """A one-page PDF whose content stream repeats one text-showing operation (10 tokens each):
    a few hundred KB that take pypdf seconds and many MB to read."""
    import zlib

    ops = b"BT /F1 12 Tf 50 700 Td (milestone due) Tj ET\n" * operations
    stream = zlib.compress(ops, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(out)
    return path
