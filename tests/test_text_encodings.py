"""Text files as editors save them: byte-order marks name the encoding; binary files are refused."""

import codecs
from pathlib import Path

import pytest

from bot.errors import DocumentError
from bot.reading.files import read_document

MB = 1024 * 1024
TEXT = "Board paper\nThe café budget is £30m over three years – agreed.\n"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), False),  # Notepad's "Unicode"
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), False),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), False),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), False),
        (TEXT.encode("cp1252"), True),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp1252"],
)
def test_encodings_are_read_with_their_lines(tmp_path: Path, data: bytes, warned: bool) -> None:
    path = tmp_path / "paper.txt"
    path.write_bytes(data)
    doc = read_document(path, MB)
    assert [ln.text for ln in doc.lines[:2]] == ["Board paper", "The café budget is £30m over three years - agreed."]
    assert doc.info.title == "Board paper"
    assert bool(doc.warnings) == warned
    if warned:
        assert "read as Windows-1252" in doc.warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"some text\x00\x01\x02 then binary", "looks like a binary file"),
        (codecs.BOM_UTF16_LE + b"A\x00\x00\xd8", "not valid UTF-16"),  # an unpaired surrogate
    ],
)
def test_binary_or_broken_text_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=reason):
        read_document(path, MB)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"-\n" * 200_000, r"has more than 80,000 lines, the most one document may have \(PLANBOT_MAX_FILE_MB x 3,200\)"),
        (b"word " * 2_700_000, r"holds more than 12\.5 MB of text, the most one document may hold"),
    ],
    ids=["short lines", "one long line"],
)
def test_more_text_than_a_document_may_hold(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=reason):
        read_document(path, 25 * MB)
