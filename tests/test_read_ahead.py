"""Reading ahead in a worker process: a build reads the same as one that reads every file itself, in
the same order, and a worker that dies, fails or cannot start costs at most the file it was reading."""

import os
import time
from pathlib import Path

import pytest

import bot.reading.ahead as ahead
from benchmarks.same_build import differences
from bot.index.indexer import build_index
from bot.index.versions import versions_dir
from bot.reading.ahead import STOPPED, ReadAhead, read_file, worth_a_worker
from bot.textnorm import Tokenizer
from tests.conftest import BOARD_PAPER, write_pdf
from tests.office_files import deck, workbook


def _wait_for(condition, seconds: float = 60.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the worker did not get there in time"
        time.sleep(0.02)


def _same(read_a, read_b) -> bool:  # noqa: ANN001
    return (read_a.sha, read_a.doc, read_a.error) == (read_b.sha, read_b.doc, read_b.error)


@pytest.fixture
def mixed(corpus: Path) -> Path:
    """The tiny corpus (text, PDF, Word) with a deck, a workbook, a duplicate, a damaged PDF and an empty file."""
    deck(corpus / "slides.pptx", [{"title": "Digital Plan", "boxes": [(40, 100, 400, ["The shared care record goes live in 2026."])]}])
    workbook(corpus / "tracker.xlsx", {"Tracker": [["Scheme", "Owner"], ["Virtual wards", "Sam Lead"]]})
    (corpus / "reprint of board.txt").write_text(BOARD_PAPER, encoding="utf-8")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    return corpus


def test_a_build_reading_ahead_builds_what_a_build_reading_in_process_does(mixed: Path, tmp_path: Path) -> None:
    built = {}
    for worker in (False, True):
        report = build_index([mixed], tmp_path / str(worker), Tokenizer(), 10**7, read_ahead=worker)
        built[worker] = (report, versions_dir(tmp_path / str(worker)) / report.version)
    assert differences(built[False][1], built[True][1]) == []
    assert [f.model_dump() for f in built[False][0].files] == [f.model_dump() for f in built[True][0].files]
    files = {f.file: f for f in built[True][0].files}
    assert files["reprint of board.txt"].duplicate_of == "board.txt" and files["broken.pdf"].error and files["empty.txt"].error


def test_the_worker_reads_the_costly_files_ahead_and_hands_back_what_reading_here_gives(mixed: Path) -> None:
    paths = sorted(mixed.iterdir())
    with ReadAhead(paths, 10**7, worker=True) as reads:
        _wait_for(lambda: not reads._feeding)  # the worker has read every costly file but the first: the taker
        assert paths[0].suffix == ".pdf" and 0 not in reads._mine  # needs that next, so reads it at the same time
        assert sorted(paths[i].suffix for i in reads._done) == [".docx", ".pdf", ".pptx", ".xlsx"]
        taken = [reads.take(i) for i in range(len(paths))]
    assert all(_same(a, read_file(p, 10**7)) for a, p in zip(taken, paths))


def test_waiting_results_are_capped(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "READ_AHEAD_BYTES", 1)
    paths = sorted(mixed.iterdir())
    with ReadAhead(paths, 10**7, worker=True) as reads:
        _wait_for(lambda: reads._done)
        time.sleep(0.3)
        assert len(reads._mine) == len(reads._done) == 1  # one result waits: no more is read
        taken = [reads.take(i) for i in range(len(paths))]
    assert all(_same(a, read_file(p, 10**7)) for a, p in zip(taken, paths))


def crashing_serve(to_parent: int, from_parent: int, level: int) -> None:
    """A worker that dies, as if killed, when asked for a file named crash*, and raises on boom*."""
    parse = ahead.parse_document

    def parse_or_die(path: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if path.name.startswith("crash"):
            os._exit(9)
        if path.name.startswith("boom"):
            raise ValueError("a reader bug")
        return parse(path, *args, **kwargs)

    ahead.parse_document = parse_or_die
    ahead.serve(to_parent, from_parent, level)


class CrashingReadAhead(ReadAhead):
    SERVE = ("tests.test_read_ahead", "crashing_serve")


def test_a_file_that_stops_the_worker_twice_is_reported_and_the_rest_are_read(tmp_path: Path) -> None:
    paths = [write_pdf(tmp_path / name, [[f"Paper {name}", "The board meets monthly."]])
             for name in ("a.pdf", "boom.pdf", "crash.pdf", "z.pdf")]
    with CrashingReadAhead(paths, 10**7, worker=True) as reads:
        _wait_for(lambda: not reads._feeding)
        assert sorted(reads._done) == [1, 2, 3]  # the crash by a new worker each time; the first is the taker's
        taken = [reads.take(i) for i in range(len(paths))]
    assert taken[0].doc is not None and taken[3].doc is not None
    assert isinstance(taken[1].failure, ValueError) and "in the reading worker" in "".join(taken[1].failure.__notes__)
    assert taken[2].error == STOPPED and taken[2].doc is None


def test_without_a_worker_the_taker_reads_everything(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("no processes here")

    monkeypatch.setattr(ahead.subprocess, "Popen", no_process)
    paths = sorted(mixed.iterdir())
    with ReadAhead(paths, 10**7, worker=True) as reads:
        taken = [reads.take(i) for i in range(len(paths))]
        assert not reads._done
    assert all(_same(a, read_file(p, 10**7)) for a, p in zip(taken, paths))


def test_a_reader_bug_fails_the_build_as_before(mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ValueError("a reader bug")

    monkeypatch.setattr(ahead, "parse_document", broken)
    with pytest.raises(ValueError, match="a reader bug"):
        build_index([mixed], tmp_path / "index", Tokenizer(), 10**7, read_ahead=False)


def test_a_worker_is_started_only_where_it_pays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path in small:
        path.write_text("A long paper.\n" * 500_000, encoding="utf-8")  # 7 MB of text is read here, however long
    pdfs = [tmp_path / f"deck{k}.pdf" for k in range(2)]
    for path in pdfs:
        path.write_bytes(b"%PDF-1.4\n" + b"0" * 200_000)  # 200 KB of PDF: ~1.6 s to read
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert not worth_a_worker(small) and worth_a_worker(small + pdfs) and not worth_a_worker(pdfs[:1])
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not worth_a_worker(small + pdfs)
