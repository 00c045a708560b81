"""The benchmark script runs end to end (figures are read from its output, never asserted as timings)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_prints_every_figure_for_a_scale() -> None:
    out = subprocess.run([sys.executable, "-m", "benchmarks.run", "--scales", "1", "--questions", "5"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True).stdout.splitlines()
    assert out[0].startswith("machine:")
    rows = [json.loads(line) for line in out[1:]]
    for row, engine in zip(rows, ("builtin", "tantivy")):
        for key in ("seconds", "passages", "rss_mb", "index_mb", "prepare_s", "answer_p50_ms", "answer_p99_ms",
                    "first_ask_p50_ms", "process_s", "process_rss_mb"):
            assert row[key] > 0, key
        assert row["scale"] == 1 and row["passages"] > 100 and row["engine"] == engine and "load_avg" in row
    assert all(rows[0][key] > 0 for key in ("naive_get_scores_ms", "planbot_scores_ms", "speedup"))
    assert rows[2]["dev_answers_compared"] > 0 and rows[2]["differ"] == 0


def test_reindex_benchmark_times_reuse_and_full_and_finds_them_identical() -> None:
    out = subprocess.run([sys.executable, "-m", "benchmarks.reindex", "--scale", "1"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True).stdout.splitlines()
    first, run = (json.loads(line) for line in out)
    assert first["scale"] == 1 and first["files"] == 5 and first["first_build_s"] > 0 and "load" in first
    assert (run["reuse_reused"], run["reuse_read"], run["full_reused"], run["full_read"]) == (4, 1, 0, 5)
    assert run["reuse_seconds"] > 0 and run["full_seconds"] > 0 and run["identical"] is True
    assert run["reuse_carried"] is True and run["full_carried"] is False


def test_scaled_corpus_perturbs_every_copy_after_the_first(tmp_path: Path) -> None:
    from benchmarks.run import scaled_corpus

    scaled_corpus(3, tmp_path / "c")
    files = sorted((tmp_path / "c").glob("*_00[0-2].txt"))
    assert len(files) == 3 * len(list((ROOT / "corpus").glob("*.txt")))
    first, second = (tmp_path / "c").glob("*_000.txt"), (tmp_path / "c").glob("*_001.txt")
    a, b = next(iter(sorted(first))).read_text(), next(iter(sorted(second))).read_text()
    assert a != b and "x1" in b


def test_a_share_of_the_annex_copies_can_be_pdfs(tmp_path: Path) -> None:
    from benchmarks.run import scaled_corpus

    pages = scaled_corpus(2, tmp_path / "c", pdf_share=0.5)
    pdfs = list((tmp_path / "c").glob("*.pdf"))
    assert [p.name for p in pdfs] == ["001_73bed42a91822009_000.pdf"] and pages > 50
    assert not (tmp_path / "c" / "001_73bed42a91822009_000.txt").exists()


def test_soak_prints_every_figure() -> None:
    out = subprocess.run([sys.executable, "-m", "benchmarks.soak", "--questions", "60", "--threads", "4"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True).stdout.splitlines()
    row = json.loads(out[-1])
    assert row["questions"] == 60 and row["errors"] == 0 and row["first_errors"] == []
    for key in ("p50_ms", "p99_ms", "max_ms", "questions_per_s", "peak_rss_mb"):
        assert row[key] > 0, key
    assert [e["what"] for e in row["events"]] == ["reindex", "rollback", "reindex"]
    assert not any(str(e["version"]).startswith("FAILED") for e in row["events"])


def test_hostile_benchmark_prints_a_line_per_file_and_the_worst() -> None:
    out = subprocess.run([sys.executable, "-m", "benchmarks.hostile", "--only", "issue-zip-bomb", "link-out", "40-copies"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300, check=True).stdout.splitlines()
    rows = [json.loads(line) for line in out]
    assert [r.get("file") for r in rows[:3]] == ["issue-zip-bomb", "link-out", "40-copies"]
    assert "looks like a zip bomb" in rows[0]["said"] and "links outside the corpus" in rows[1]["said"]
    assert all(r["peak_rss_mb"] > 0 for r in rows[:3])
    assert rows[3]["worst_peak_rss_mb"] == max(r["peak_rss_mb"] for r in rows[:3])


def test_same_build_finds_a_changed_row_and_nothing_else(tmp_path: Path, corpus: Path, tokenizer) -> None:
    import sqlite3

    from benchmarks.same_build import differences
    from bot.index.indexer import build_index

    a, b = (build_index([corpus], tmp_path / name, tokenizer, 10**7) for name in ("a", "b"))
    first, second = (tmp_path / name / "versions" / report.version for name, report in (("a", a), ("b", b)))
    assert differences(first, second) == []  # the version's id and build time aside
    with sqlite3.connect(second / "planbot.db") as conn:
        conn.execute("update passages set text = 'changed' where seq = 1")
    assert differences(first, second) == [f"table passages: {a.passages} rows vs {b.passages}, first difference at row 1"]


def test_a_reuse_build_of_papers_with_no_text_file_compares_without_failing(tmp_path: Path) -> None:
    """A bank of Office files only (no .txt or .md to append a line to): one file is still taken away
    before the re-index, and the re-index reuses the other."""
    from benchmarks.same_build import reuse_build
    from tests.office_files import workbook

    corpus = tmp_path / "papers"
    corpus.mkdir()
    for name, owner in (("tracker_a.xlsx", "Ann Example"), ("tracker_b.xlsx", "Bob Example")):
        workbook(corpus / name, {"Tracker": [["Ref", "Milestone", "Due", "Owner"], ["W1", "Hub opens", "30 June 2027", owner]]})
    version, note = reuse_build(corpus, tmp_path / "work", tmp_path / "index")
    assert (version / "planbot.db").exists() and "reused" in note, note
