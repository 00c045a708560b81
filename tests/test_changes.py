"""Versions, rollback and the what-changed report between two drafts."""

import json
import threading
from pathlib import Path

import pytest

from bot.index.changes import compare
from bot.cli import main
from bot.index.indexer import build_index
from bot.service import Planbot
from bot.index.store import PlanIndex
from bot.index.versions import list_versions, live_version, rollback, version_meta
from bot.textnorm import Tokenizer
from tests.conftest import BOARD_PAPER

NEW_DRAFT = (
    BOARD_PAPER
    .replace("Alex Sample (Exec Lead)", "Sam Other (Exec Lead)")
    .replace("Qtr 4: Pathway implemented", "Qtr 1 2017/18: Pathway implemented")
    .replace("2\tCare homes support Key milestones: Care home team in place (January 2017)\tWP3\tFunding\tYes\tWP1\n",
             "2\tFalls prevention service Key milestones: Falls team recruited (March 2017)\tJo Falls\tStaffing\tYes\tWP2\n")
)


@pytest.fixture
def two_drafts(tmp_path: Path, corpus: Path, index_dir: Path) -> Path:
    """index_dir holds the first draft; a second draft of board.txt is built on top of it."""
    assert NEW_DRAFT != BOARD_PAPER
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    build_index([corpus], index_dir, Tokenizer(), 10 * 1024 * 1024, who="test admin")
    return index_dir


def test_change_report_has_exactly_the_changes_in_the_new_draft(two_drafts: Path) -> None:
    old_v, new_v = list_versions(two_drafts)
    report = compare(PlanIndex.open(two_drafts, old_v), PlanIndex.open(two_drafts, new_v))
    added = [(c.kind, c.subject) for c in report.added]
    removed = [(c.kind, c.subject) for c in report.removed]
    changed = [(c.kind, c.subject, c.before, c.after) for c in report.changed]
    assert added == [("initiative", "Falls prevention service")]
    assert removed == [("initiative", "Care homes support")]
    assert changed == [
        ("milestone", "Pathway implemented (Stroke pathway redesign)", "Qtr 4", "Qtr 1 2017/18"),
        ("owner", "Stroke pathway redesign", "Alex Sample (Exec Lead)", "Sam Other (Exec Lead)"),
    ]
    new_index = PlanIndex.open(two_drafts, new_v)
    for c in report.added + report.changed:
        assert new_index.quote_is_on_source(c.citation.document, c.citation.page, c.citation.line, c.citation.quote)
    old_index = PlanIndex.open(two_drafts, old_v)
    assert all(old_index.quote_is_on_source(c.citation.document, c.citation.page, c.citation.line, c.citation.quote)
               for c in report.removed)


def test_the_same_draft_twice_has_no_changes(index_dir: Path, corpus: Path) -> None:
    build_index([corpus], index_dir, Tokenizer(), 10 * 1024 * 1024)
    old_v, new_v = list_versions(index_dir)
    assert compare(PlanIndex.open(index_dir, old_v), PlanIndex.open(index_dir, new_v)).empty


def test_versions_record_time_who_and_file_hashes(two_drafts: Path) -> None:
    meta = version_meta(two_drafts, live_version(two_drafts))
    assert meta["who"] == "test admin" and meta["built"] and meta["previous"] == list_versions(two_drafts)[0]
    assert all(len(f["sha256"]) == 64 for f in meta["files"])


def test_cli_changes_json_and_rollback(two_drafts: Path, capsys) -> None:
    assert main(["changes", "--json", "--index", str(two_drafts)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {len(data["added"]), len(data["removed"]), len(data["changed"])} == {1, 2}
    old_v, new_v = list_versions(two_drafts)
    assert main(["rollback", "--index", str(two_drafts)]) == 0
    assert live_version(two_drafts) == old_v and "Alex Sample" in Planbot(two_drafts).ask("who owns stroke pathway redesign in fylde?").answer
    assert main(["rollback", new_v, "--index", str(two_drafts)]) == 0 and live_version(two_drafts) == new_v
    assert main(["rollback", "nonsense", "--index", str(two_drafts)]) == 2
    assert "kept versions" in capsys.readouterr().err


def test_cli_ingest_reports_changes(index_dir: Path, corpus: Path, capsys) -> None:
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    assert main(["ingest", str(corpus), "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "~ owner changed (Fylde Coast) Stroke pathway redesign: Alex Sample (Exec Lead) → Sam Other (Exec Lead)" in out
    assert "+ initiative added (Fylde Coast) Falls prevention service" in out


def test_questions_are_answered_from_the_live_version_during_a_reindex(index_dir: Path, corpus: Path, monkeypatch) -> None:
    """The build waits half-way; meanwhile the service keeps answering from the old version, then switches."""
    import bot.index.indexer

    service = Planbot(index_dir)
    assert "Alex Sample" in service.ask("who owns stroke pathway redesign in fylde?").answer
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    reached, release = threading.Event(), threading.Event()
    real_manifest = bot.index.indexer.write_manifest

    def slow_manifest(folder):  # noqa: ANN001 - the last step of any build, carried over or not
        reached.set()
        release.wait(10)
        return real_manifest(folder)

    monkeypatch.setattr(bot.index.indexer, "write_manifest", slow_manifest)
    builder = threading.Thread(target=build_index, args=([corpus], index_dir, Tokenizer(), 10 * 1024 * 1024))
    builder.start()
    assert reached.wait(10)
    during = service.ask("who owns stroke pathway redesign in fylde?")
    release.set()
    builder.join(10)
    assert during.answered and "Alex Sample" in during.answer
    assert "Sam Other" in service.ask("who owns stroke pathway redesign in fylde?").answer


def test_cli_versions_marks_the_live_one_and_who_built_it(two_drafts: Path, capsys) -> None:
    assert main(["versions", "--index", str(two_drafts)]) == 0
    out = capsys.readouterr().out
    live = live_version(two_drafts)
    assert f"* {live}  built" in out and "by test admin: 3 documents" in out and "Lancashire Health Board: Update on the Plan  (board.txt, sha256" in out


def test_cli_versions_without_an_index(tmp_path: Path, capsys) -> None:
    assert main(["versions", "--index", str(tmp_path / "none")]) == 2
    assert "run `planbot ingest` first" in capsys.readouterr().err
