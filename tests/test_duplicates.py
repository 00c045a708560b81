"""The same paper under several names is indexed once and each copy is reported as a duplicate."""

import shutil
from pathlib import Path

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.render import report_text


def test_copies_are_indexed_once_and_named(tmp_path: Path, corpus: Path, tokenizer) -> None:
    single = build_index([corpus], tmp_path / "one", tokenizer, 10**7)
    (corpus / "copies").mkdir()
    for n in range(5):
        shutil.copy(corpus / "board.txt", corpus / "copies" / f"board-copy-{n}.txt")
    shutil.copy(corpus / "annex.pdf", corpus / "annex_copy.pdf")
    report = build_index([corpus], tmp_path / "ix", tokenizer, 10**7)
    dupes = {f.file: f.duplicate_of for f in report.files if f.duplicate_of}
    assert dupes == {"annex_copy.pdf": "annex.pdf", **{f"board-copy-{n}.txt": "board.txt" for n in range(5)}}
    assert report.documents == 3 and report.passages == single.passages
    text = report_text(report)
    assert "DUPLICATE board-copy-0.txt: same content as board.txt" in text and "indexed once" in text
    assert "Total: 3 documents" in text

    index = PlanIndex.open(tmp_path / "ix")
    reply = answer("when was the third draft published?", index, tokenizer)
    assert reply.answered and {c.document for c in reply.citations} == {"board.txt"}
    assert [d.file_name for d in index.documents()] == ["annex.pdf", "board.txt", "notes.docx"]
    index.close()


def test_the_same_file_named_twice_is_read_once(tmp_path: Path, corpus: Path, tokenizer) -> None:
    report = build_index([corpus / "board.txt", corpus], tmp_path / "ix", tokenizer, 10**7)
    assert [f.duplicate_of for f in report.files if f.file == "board.txt"] == [None, "board.txt"]
    assert report.documents == 3
