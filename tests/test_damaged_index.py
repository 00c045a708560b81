"""A damaged index version is named, with what to run, and never routed into a traceback."""

import json
import random
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import IndexDamagedError
from bot.index.indexer import build_index
from bot.index.integrity import MANIFEST, check_folder, sha256_file
from bot.index.store import PlanIndex
from bot.index.versions import list_versions, live_version, rollback, versions_dir


def garble(path: Path, start: int = 0, length: int | None = None, seed: int = 1) -> None:
    """Overwrite bytes in place with random ones, the way a bad disk or a careless edit would."""
    data = bytearray(path.read_bytes())
    end = len(data) if length is None else min(len(data), start + length)
    rng = random.Random(seed)
    data[start:end] = bytes(rng.getrandbits(8) for _ in range(end - start))
    path.write_bytes(bytes(data))


def postings_page(folder: Path) -> int:
    """Where in planbot.db the record postings' index starts: read only when a question scores records."""
    import sqlite3

    with sqlite3.connect(folder / "planbot.db") as conn:
        size = conn.execute("pragma page_size").fetchone()[0]
        page = conn.execute("select rootpage from sqlite_master where name = 'record_postings_key'").fetchone()[0]
    return (page - 1) * size


@pytest.fixture
def two_versions(index_dir: Path, corpus: Path, tokenizer) -> tuple[Path, str, str]:
    older = live_version(index_dir)
    newer = build_index([corpus], index_dir, tokenizer, 10**7).version
    return index_dir, older, newer


@pytest.fixture(autouse=True)
def _no_env_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLANBOT_INDEX", raising=False)


def test_each_version_records_the_hashes_of_its_files(index_dir: Path) -> None:
    folder = versions_dir(index_dir) / live_version(index_dir)
    manifest = json.loads((folder / MANIFEST).read_text())["sha256"]
    assert set(manifest) == {"planbot.db", "bm25.npz", "reuse.db"}
    assert all(manifest[name] == sha256_file(folder / name) for name in manifest)
    result = check_folder(folder)
    assert result.ok and result.summary() == ("3 files match their SHA-256; planbot.db integrity_check ok; "
                                              "reuse.db integrity_check ok")


def test_a_garbled_database_fails_its_check(index_dir: Path) -> None:
    folder = versions_dir(index_dir) / live_version(index_dir)
    garble(folder / "planbot.db", start=4096)
    result = check_folder(folder)
    assert not result.ok
    assert "planbot.db does not match its SHA-256 (changed or garbled since the build)" in result.problems
    assert any(p.startswith("planbot.db integrity_check:") for p in result.problems)


def test_a_version_built_before_manifests_is_checked_by_sqlite(index_dir: Path) -> None:
    folder = versions_dir(index_dir) / live_version(index_dir)
    (folder / MANIFEST).unlink()
    (folder / "reuse.db").unlink()  # nor did versions then keep their reads for the next build (bot.index.reuse)
    assert check_folder(folder, thorough=False).summary() == "no manifest (built before planbot recorded hashes); planbot.db quick_check ok"
    garble(folder / "planbot.db", start=0, length=100)
    assert not check_folder(folder, thorough=False).ok


def test_planbot_check_prints_one_line_per_version(two_versions, capsys) -> None:
    index_dir, older, newer = two_versions
    garble(versions_dir(index_dir) / older / "bm25.npz", start=200, length=64)
    assert main(["check", "--index", str(index_dir)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"* {newer}  ok: 3 files match their SHA-256")
    assert out[1].startswith(f"  {older}  DAMAGED: bm25.npz does not match its SHA-256")
    assert out[2].startswith("  state ") and out[2].endswith("none yet (the bot creates it when it first runs)")
    assert out[3] == "(* = live)" and out[4].startswith(f"{older} is damaged but not live: rollback refuses it")
    garble(versions_dir(index_dir) / older / "bm25.npz", start=200, length=64, seed=2)
    assert rollback_refused(index_dir, older)


def rollback_refused(index_dir: Path, version: str) -> bool:
    with pytest.raises(IndexDamagedError, match=f"Index version {version} is damaged"):
        rollback(index_dir, version)
    return True


@pytest.mark.parametrize(
    ("part", "start", "says", "lines"),
    [
        ("planbot.db", 0, "planbot.db cannot be read (file is not a database)", 1),  # the header: found on opening
        ("bm25.npz", 0, "bm25.npz cannot be read (", 1),
        ("planbot.db", -1, "planbot.db does not match its SHA-256", 1),  # a record postings page: read mid-answer
    ],
)
def test_ask_on_a_damaged_live_version_names_it_and_what_to_run(two_versions, capsys, part: str, start: int,
                                                                says: str, lines: int) -> None:
    index_dir, older, newer = two_versions
    garble(versions_dir(index_dir) / newer / part, start=postings_page(versions_dir(index_dir) / newer) if start < 0 else start,
           length=400)
    assert main(["ask", "who owns the stroke pathway redesign in fylde?", "--index", str(index_dir)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == lines and "Traceback" not in "\n".join(err)
    assert err[0].startswith(f"planbot: Index version {newer} (the live one) is damaged: {says}")
    assert err[0].endswith(f"Run `planbot rollback {older}` (or /reindex rollback {older}) to answer from the newest "
                           "intact version, or `planbot ingest` to build a new one; `planbot check` checks every version.")


def test_rollback_by_default_skips_damaged_versions(index_dir: Path, corpus: Path, tokenizer) -> None:
    first = live_version(index_dir)
    second = build_index([corpus], index_dir, tokenizer, 10**7).version
    third = build_index([corpus], index_dir, tokenizer, 10**7).version
    garble(versions_dir(index_dir) / second / "planbot.db", start=0, length=100)
    assert rollback(index_dir).after == first
    assert live_version(index_dir) == first and third in list_versions(index_dir)


def test_no_intact_version_says_build_a_new_one(index_dir: Path) -> None:
    garble(versions_dir(index_dir) / live_version(index_dir) / "planbot.db", start=0, length=100)
    with pytest.raises(IndexDamagedError, match=r"No other kept version is intact: run `planbot ingest`"):
        PlanIndex.open(index_dir)


# ------------------------------------------------------------ the service routes around a damaged version

QUESTION = "who owns the stroke pathway redesign in fylde?"


def test_the_service_answers_from_the_newest_version_that_opens(two_versions) -> None:
    from bot.service import Planbot

    index_dir, older, newer = two_versions
    service = Planbot(index_dir)
    assert service.ask(QUESTION).answered and service.version() == newer
    garble(versions_dir(index_dir) / newer / "planbot.db", start=0, length=100)
    service = Planbot(index_dir)  # a bot started on a damaged index
    reply = service.ask(QUESTION)
    assert reply.answered and "Alex Sample" in reply.answer and service.version() == older
    [notice] = service.notices.take()
    assert notice.startswith(f"Index version {newer} is damaged (planbot.db does not match its SHA-256")
    assert f"answering from {older}, the newest version that opens" in notice and f"/reindex rollback {older}" in notice
    assert service.ask(QUESTION).answered and service.notices.take() == []  # told once


def test_damage_found_mid_answer_is_routed_around(two_versions) -> None:
    from bot.service import Planbot

    index_dir, older, newer = two_versions
    service = Planbot(index_dir)
    assert service.version() == newer  # opened and verified; record terms not read yet
    garble(versions_dir(index_dir) / newer / "planbot.db", start=postings_page(versions_dir(index_dir) / newer), length=400)
    reply = service.ask(QUESTION)
    assert reply.answered and service.version() == older
    assert "planbot.db does not match its SHA-256" in service.notices.take()[0]


def test_a_bug_is_not_mistaken_for_damage(index_dir: Path, monkeypatch) -> None:
    from bot.service import Planbot

    service = Planbot(index_dir)
    monkeypatch.setattr("bot.service.answer", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        service.ask(QUESTION)
    assert service.notices.take() == [] and service.version() == live_version(index_dir)


def test_a_new_live_version_replaces_the_stand_in(two_versions, corpus: Path, tokenizer) -> None:
    from bot.service import Planbot

    index_dir, older, newer = two_versions
    garble(versions_dir(index_dir) / newer / "planbot.db", start=0, length=100)
    service = Planbot(index_dir)
    assert service.version() == older
    rebuilt = build_index([corpus], index_dir, tokenizer, 10**7).version
    assert service.ask(QUESTION).answered and service.version() == rebuilt


def test_when_nothing_opens_the_service_says_so(index_dir: Path) -> None:
    from bot.service import Planbot

    garble(versions_dir(index_dir) / live_version(index_dir) / "planbot.db", start=0, length=100)
    service = Planbot(index_dir)
    with pytest.raises(IndexDamagedError, match="No other kept version is intact"):
        service.ask(QUESTION)
    assert "no kept version opens" in service.notices.take()[0]
