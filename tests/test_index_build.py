from pathlib import Path

import pytest

from bot.errors import BuildError, IndexMissingError
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.index.versions import list_versions, live_version, versions_dir


def test_build_reports_every_file(index_dir: Path) -> None:
    index = PlanIndex.open(index_dir)
    names = [d.file_name for d in index.documents()]
    assert names == ["annex.pdf", "board.txt", "notes.docx"]
    assert index.engine.n_docs == index.db["passages"].count > 5
    index.close()


def test_ids_are_stable_content_hashes(tmp_path: Path, corpus: Path, tokenizer) -> None:
    first = build_index([corpus], tmp_path / "a", tokenizer, 10**7)
    second = build_index([corpus], tmp_path / "b", tokenizer, 10**7)
    ids = [{r["id"] for r in PlanIndex.open(tmp_path / n, rep.version).db["passages"].rows}
           for n, rep in (("a", first), ("b", second))]
    assert ids[0] == ids[1]


def test_bad_file_is_skipped_and_named(tmp_path: Path, corpus: Path, tokenizer) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    report = build_index([corpus], tmp_path / "ix", tokenizer, 10**7)
    broken = [f for f in report.files if f.file == "broken.pdf"]
    assert broken and "not a readable PDF" in (broken[0].error or "")
    assert report.documents == 3


def test_failed_build_leaves_live_version_untouched(index_dir: Path, tmp_path: Path, tokenizer) -> None:
    live = live_version(index_dir)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    with pytest.raises(BuildError, match="No document could be read"):
        build_index([bad], index_dir, tokenizer, 10**7)
    assert live_version(index_dir) == live
    assert not [p for p in versions_dir(index_dir).iterdir() if p.name.startswith(".building")]
    assert PlanIndex.open(index_dir).db["passages"].count > 0


def test_interrupted_build_is_cleaned_up(index_dir: Path, corpus: Path, tokenizer, monkeypatch) -> None:
    live = live_version(index_dir)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("bot.index.search.BM25Builder.finish", boom)
    with pytest.raises(RuntimeError):
        build_index([corpus], index_dir, tokenizer, 10**7)
    assert live_version(index_dir) == live
    assert len(list_versions(index_dir)) == 1


def test_new_build_switches_and_old_versions_are_pruned(index_dir: Path, corpus: Path, tokenizer) -> None:
    versions = [live_version(index_dir)]
    for _ in range(3):
        versions.append(build_index([corpus], index_dir, tokenizer, 10**7, keep_versions=2).version)
    assert live_version(index_dir) == versions[-1]
    assert list_versions(index_dir) == versions[-2:]


def test_no_files_is_a_clear_error(tmp_path: Path, tokenizer) -> None:
    with pytest.raises(BuildError, match="No PDF, DOCX, PPTX, XLSX, CSV, TXT or MD files"):
        build_index([tmp_path], tmp_path / "ix", tokenizer, 10**7)


def test_missing_index_says_run_ingest(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError, match="planbot ingest"):
        PlanIndex.open(tmp_path / "nowhere")


def test_a_build_collects_garbage_less_often_and_puts_the_pace_back(tmp_path: Path, corpus: Path, tokenizer,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from bot.index import indexer

    during: list[int] = []
    write = indexer._write_version
    monkeypatch.setattr(indexer, "_write_version", lambda *a, **k: (during.append(gc.get_threshold()[0]), write(*a, **k))[1])
    before = gc.get_threshold()
    build_index([corpus], tmp_path / "ix", tokenizer, 10**7)
    assert during and during[0] >= 10_000 and gc.get_threshold() == before
