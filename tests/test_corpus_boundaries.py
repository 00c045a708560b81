"""Nothing outside the folder being read is ever read: links are not followed, uploads stay in corpus/."""

import os
from pathlib import Path

import pytest

from bot.errors import DocumentError
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import find_documents, read_document
from bot.uploads import accept_draft

SECRET = "root:x:0:0:secret password line"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "passwd").write_text(SECRET + "\n")
    (folder / "notes.txt").write_text(SECRET + "\n")
    return folder


def test_links_in_the_corpus_are_skipped_and_named(corpus: Path, outside: Path) -> None:
    (corpus / "leak.txt").symlink_to(outside / "passwd")
    (corpus / "shared").symlink_to(outside, target_is_directory=True)
    (corpus / "alias.txt").symlink_to(corpus / "board.txt")
    (corpus / "dangling.txt").symlink_to(corpus / "gone.txt")
    found, skipped = find_documents([corpus])
    assert sorted(p.name for p in found) == ["annex.pdf", "board.txt", "notes.docx"]
    reasons = dict(s.split(": ", 1) for s in skipped)
    assert reasons["leak.txt"].startswith("links outside the corpus")
    assert reasons["shared"].startswith("links outside the corpus")
    assert reasons["alias.txt"].startswith("is a symbolic link; links are not followed")
    assert reasons["dangling.txt"].startswith("is a broken symbolic link")


def test_a_link_out_is_never_indexed(tmp_path: Path, corpus: Path, outside: Path, tokenizer) -> None:
    (corpus / "leak.txt").symlink_to(outside / "passwd")
    nested = corpus / "sub"
    nested.mkdir()
    (nested / "deep.txt").symlink_to(outside / "notes.txt")
    report = build_index([corpus], tmp_path / "ix", tokenizer, 10**7)
    assert any(s.startswith("leak.txt: links outside the corpus") for s in report.skipped)
    assert any(s.startswith("sub/deep.txt: links outside the corpus") for s in report.skipped)
    index = PlanIndex.open(tmp_path / "ix")
    assert not list(index.db.query("select text from lines where text like '%secret password%'"))
    index.close()


def test_a_link_named_on_the_command_line_is_not_followed(corpus: Path, outside: Path) -> None:
    link = corpus / "leak.txt"
    link.symlink_to(outside / "passwd")
    found, skipped = find_documents([link])
    assert found == [] and skipped[0].startswith("leak.txt: links outside the corpus")
    with pytest.raises(DocumentError, match="symbolic link"):
        read_document(link, 10**6)


def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(fifo, 10**6)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: refused by its size, never read
    with pytest.raises(DocumentError, match="50.0 MB, over the 1 MB limit"):
        read_document(big, 1024 * 1024)


@pytest.mark.parametrize("name", ["../../escape.txt", "/etc/cron.d/escape.txt", "..\\..\\escape.txt"])
def test_an_upload_lands_inside_corpus_whatever_its_name(tmp_path: Path, corpus: Path, name: str) -> None:
    saved, _ = accept_draft(b"Board update\nThe plan was agreed.\n", name, corpus, tmp_path / "drafts", 10**6)
    assert saved == corpus / "escape.txt"
    assert not (tmp_path / "escape.txt").exists()


def test_an_upload_replacing_a_link_does_not_write_through_it(tmp_path: Path, corpus: Path, outside: Path) -> None:
    (corpus / "notes.txt").symlink_to(outside / "notes.txt")
    accept_draft(b"Board update\nThe plan was agreed.\n", "notes.txt", corpus, tmp_path / "drafts", 10**6)
    assert (outside / "notes.txt").read_text() == SECRET + "\n"
    assert not (corpus / "notes.txt").is_symlink()
