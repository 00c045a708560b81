"""One build at a time, and what killed builds leave behind removed (and reported) by the next one."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.errors import BuildError
from bot.index.builds import BuildLock
from bot.index.indexer import build_index
from bot.index.versions import list_versions, live_version, rollback, version_meta, versions_dir
from bot.render import report_text


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def leave_leftovers(index_dir: Path) -> tuple[int, list[Path]]:
    """What a build killed while reading, a prune killed while deleting and a switch killed before
    its rename leave behind."""
    pid = dead_pid()
    staging = versions_dir(index_dir) / ".building-20990101T000000000000Z"
    staging.mkdir()
    (staging / "builder.pid").write_text(f"{pid}\n")
    (staging / "planbot.db").write_bytes(b"half written")
    pruning = versions_dir(index_dir) / ".pruning-20000101T000000000000Z"
    pruning.mkdir()
    (pruning / "bm25.npz").write_bytes(b"rest of an old version")
    tmp = index_dir / f".CURRENT.{pid}.1234.tmp"
    tmp.write_text("20990101T000000000000Z\n")
    return pid, [staging, pruning, tmp]


def test_the_next_build_removes_leftovers_and_says_so(index_dir: Path, corpus: Path, tokenizer) -> None:
    pid, leftovers = leave_leftovers(index_dir)
    mine = index_dir / f".CURRENT.{os.getpid()}.99.tmp"  # a live process's switch in progress is left alone
    mine.write_text("x")
    report = build_index([corpus], index_dir, tokenizer, 10**7)
    assert not any(p.exists() for p in leftovers) and mine.exists()
    assert report.cleaned == [
        f"removed .building-20990101T000000000000Z, left by build process {pid}, which is no longer running",
        "removed .pruning-20000101T000000000000Z, an old version whose removal was interrupted",
        f"removed .CURRENT.{pid}.1234.tmp, left by process {pid} while switching versions",
    ]
    assert f"cleaned up: removed .building-20990101T000000000000Z, left by build process {pid}" in report_text(report)
    assert [p.name for p in versions_dir(index_dir).iterdir() if p.name.startswith(".")] == []


def test_rollback_removes_leftovers_when_no_build_runs(index_dir: Path, corpus: Path, tokenizer) -> None:
    first = live_version(index_dir)
    build_index([corpus], index_dir, tokenizer, 10**7)
    _, leftovers = leave_leftovers(index_dir)
    done = rollback(index_dir)
    assert done.after == first and len(done.cleaned) == 3
    assert not any(p.exists() for p in leftovers)


def test_rollback_leaves_a_running_build_alone(index_dir: Path, corpus: Path, tokenizer) -> None:
    build_index([corpus], index_dir, tokenizer, 10**7)
    running = versions_dir(index_dir) / ".building-20990101T000000000000Z"
    running.mkdir()
    (running / "builder.pid").write_text(f"{os.getpid()}\n")
    with BuildLock(index_dir):  # a build holds the lock (here: this test, on another descriptor)
        done = rollback(index_dir)
    assert done.cleaned == [] and running.exists()


def test_a_second_build_waits_for_the_first_and_the_versions_chain(index_dir: Path, corpus: Path, tokenizer) -> None:
    first = live_version(index_dir)
    reports, errors, waited = [], [], []

    def build(progress=None) -> None:
        try:
            reports.append(build_index([corpus], index_dir, tokenizer, 10**7, progress=progress))
        except Exception as exc:  # noqa: BLE001 - the test asserts there were none
            errors.append(exc)

    lock = BuildLock(index_dir)
    with lock:  # hold the lock so both builds start waiting, then let them race for it
        threads = [threading.Thread(target=build, args=(waited.append,)) for _ in range(2)]
        for t in threads:
            t.start()
        while sum("waiting for the build already running" in w for w in waited) < 2:
            threading.Event().wait(0.05)
    for t in threads:
        t.join(60)
    assert errors == [] and len(reports) == 2
    a, b = sorted(reports, key=lambda r: r.version)
    assert a.previous == first and b.previous == a.version
    assert live_version(index_dir) == b.version and version_meta(index_dir, b.version)["previous"] == a.version
    assert list_versions(index_dir) == [first, a.version, b.version]
    assert [p.name for p in versions_dir(index_dir).iterdir() if p.name.startswith(".")] == []


def test_waiting_too_long_for_another_build_is_a_clear_error(index_dir: Path, corpus: Path, tokenizer) -> None:
    with BuildLock(index_dir):
        with pytest.raises(BuildError, match=rf"Another build \(process {os.getpid()} on .*\) has held"):
            with BuildLock(index_dir, wait=0.3):
                pass


def test_a_refused_carry_overs_folder_is_removed_though_a_file_closes_late(tmp_path, monkeypatch) -> None:
    """tantivy can close a file in the abandoned folder just after the first deletion tries: the build
    tries again rather than failing."""
    import shutil

    from bot.index import indexer

    folder = tmp_path / "staging"
    (folder / "tantivy").mkdir(parents=True)
    (folder / "tantivy" / "segment").write_text("x")
    real, calls = shutil.rmtree, []

    def late(path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 1:
            raise OSError(39, "Directory not empty", "tantivy")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(indexer.shutil, "rmtree", late)
    monkeypatch.setattr(indexer.time, "sleep", lambda s: None)
    indexer._remove_tree(folder)
    assert not folder.exists() and len(calls) == 2
