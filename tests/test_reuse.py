"""A re-index takes unchanged files from the version before it (bot.index.reuse) and builds the same
version a full read would: here readers and record extraction are counted, and versions compared
table by table with benchmarks.same_build."""

from collections import Counter
from pathlib import Path

import pytest

import bot.reading.files as files
import bot.records.extract as extract
from benchmarks.same_build import differences
from bot.index.changes import compare
from bot.index.indexer import BuildReport, build_index
from bot.index.reuse import REUSE_NAME
from bot.index.store import PlanIndex
from bot.index.versions import versions_dir
from bot.render import report_text
from bot.textnorm import Tokenizer
from tests.test_changes import NEW_DRAFT

MAX = 10 * 1024 * 1024
READERS = ("read_pdf", "read_docx", "read_text", "read_pptx", "read_xlsx")


@pytest.fixture
def counted(monkeypatch) -> Counter:
    """Files each reader is asked to read, and documents records are extracted from, from now on."""
    seen: Counter = Counter()

    def counting(name: str, real):
        def wrapper(*args, **kwargs):
            seen[(name, args[0] if name != "extract" else args[0].info.file_name)] += 1
            return real(*args, **kwargs)
        return wrapper

    for name in READERS:
        monkeypatch.setattr(files, name, counting("read", getattr(files, name)))
    monkeypatch.setattr(extract, "extract_records", counting("extract", extract.extract_records))
    return seen


def read(seen: Counter) -> list[str]:
    return sorted(name for kind, name in seen if kind == "read")


def extracted(seen: Counter) -> list[str]:
    return sorted(name for kind, name in seen if kind == "extract")


def version(report: BuildReport) -> Path:
    return versions_dir(Path(report.index)) / report.version


def full_build(corpus: Path, where: Path) -> BuildReport:
    return build_index([corpus], where, Tokenizer(), MAX)


def test_only_the_changed_file_is_read_and_the_version_equals_a_full_build(
        tmp_path: Path, corpus: Path, index_dir: Path, counted: Counter) -> None:
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == ["board.txt"] and extracted(counted) == ["board.txt"]
    assert (report.reused, report.read) == (2, 1) and report.reused_from == report.previous
    assert {f.file for f in report.files if f.reused} == {"annex.pdf", "notes.docx"}
    assert differences(version(full_build(corpus, tmp_path / "full")), version(report)) == []
    assert "2 files reused from version" in report_text(report) and "1 read" in report_text(report)


def test_the_progress_says_which_files_are_taken_unchanged(corpus: Path, index_dir: Path) -> None:
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    said: list[str] = []
    build_index([corpus], index_dir, Tokenizer(), MAX, progress=said.append)
    steps = {line.rsplit(" ", 1)[-1]: line.split("] ", 1)[1].rsplit(" ", 1)[0] for line in said if line.startswith("[")}
    assert steps == {"annex.pdf": "taking unchanged", "board.txt": "reading", "notes.docx": "taking unchanged"}


def test_the_change_report_is_the_one_a_full_build_gives(tmp_path: Path, corpus: Path, index_dir: Path) -> None:
    first = PlanIndex.open(index_dir)
    (corpus / "board.txt").write_text(NEW_DRAFT, encoding="utf-8")
    reused = build_index([corpus], index_dir, Tokenizer(), MAX)
    full = build_index([corpus], index_dir, Tokenizer(), MAX, full=True)
    assert reused.reused == 2 and full.reused == 0 and full.reuse_note == "a full re-read was asked for"
    one, other = (compare(first, PlanIndex.open(index_dir, r.version)) for r in (reused, full))
    assert not one.empty
    assert one.model_dump(exclude={"to_version"}) == other.model_dump(exclude={"to_version"})


def test_a_removed_file_is_gone(tmp_path: Path, corpus: Path, index_dir: Path, counted: Counter) -> None:
    (corpus / "notes.docx").unlink()
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == [] and (report.reused, report.read) == (2, 0)
    index = PlanIndex.open(index_dir)
    assert [d.file_name for d in index.documents()] == ["annex.pdf", "board.txt"]
    assert not index.passages_where("document = ?", ["notes.docx"])
    assert differences(version(full_build(corpus, tmp_path / "full")), version(report)) == []


def test_a_renamed_file_is_read_again(corpus: Path, index_dir: Path, counted: Counter) -> None:
    (corpus / "notes.docx").rename(corpus / "digital.docx")  # its title and citations name the file
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == ["digital.docx"] and report.reused == 2


def test_a_new_plan_area_re_extracts_records_from_the_kept_lines(
        tmp_path: Path, corpus: Path, index_dir: Path, counted: Counter) -> None:
    """Records are read with every area the build has met: a paper opening a new one, sorted first,
    changes what the others are read with, so theirs are extracted again, but nothing is re-read."""
    (corpus / "aaa.txt").write_text("Orrinmouth Place Plan\n\nOrrinmouth will open two hubs by March 2018.\n",
                                    encoding="utf-8")
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == ["aaa.txt"] and report.reused == 3
    assert "Orrinmouth" in [r["name"] for r in PlanIndex.open(index_dir).table("areas")]
    assert extracted(counted) == ["aaa.txt", "annex.pdf", "board.txt", "notes.docx"]
    assert differences(version(full_build(corpus, tmp_path / "full")), version(report)) == []


def test_full_reads_every_file(corpus: Path, index_dir: Path, counted: Counter) -> None:
    report = build_index([corpus], index_dir, Tokenizer(), MAX, full=True)
    assert read(counted) == ["annex.pdf", "board.txt", "notes.docx"] and report.reused == 0
    assert "read every file: a full re-read was asked for" in report_text(report)


def test_a_damaged_previous_version_means_reading_everything(
        tmp_path: Path, corpus: Path, index_dir: Path, counted: Counter) -> None:
    live = versions_dir(index_dir) / PlanIndex.open(index_dir).version
    data = bytearray((live / REUSE_NAME).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (live / REUSE_NAME).write_bytes(bytes(data))
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == ["annex.pdf", "board.txt", "notes.docx"] and report.reused == 0
    assert "is damaged" in report.reuse_note and REUSE_NAME in report.reuse_note
    assert differences(version(full_build(corpus, tmp_path / "full")), version(report)) == []


def test_reads_by_other_code_are_not_taken(corpus: Path, index_dir: Path, counted: Counter, monkeypatch) -> None:
    import bot.index.indexer as indexer

    monkeypatch.setattr(indexer, "fingerprint", lambda max_file_bytes: "another planbot")
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert read(counted) == ["annex.pdf", "board.txt", "notes.docx"] and "other code" in report.reuse_note


def test_another_size_limit_reads_again(corpus: Path, index_dir: Path, counted: Counter) -> None:
    report = build_index([corpus], index_dir, Tokenizer(), 2 * MAX)  # the reading limits follow from it
    assert report.reused == 0 and len(read(counted)) == 3


def test_the_cli_reads_everything_with_full(corpus: Path, index_dir: Path, capsys, monkeypatch) -> None:
    from bot.cli import main

    monkeypatch.setenv("PLANBOT_MAX_FILE_MB", "10")
    assert main(["ingest", str(corpus), "--index", str(index_dir)]) == 0
    assert "3 files reused from version" in capsys.readouterr().out
    assert main(["ingest", str(corpus), "--index", str(index_dir), "--full"]) == 0
    assert "read every file: a full re-read was asked for" in capsys.readouterr().out


def test_a_read_that_lost_a_page_to_the_clock_is_not_kept(tmp_path: Path) -> None:
    from bot.index.reuse import PreviousReads, ReuseWriter
    from bot.models import DocumentInfo, ParsedDocument, SourceLine
    from bot.reading.pdf import SLOW_PAGE_SKIPPED
    from bot.records.areas import AreaBook

    def doc(name: str, warnings: list[str]) -> ParsedDocument:
        info = DocumentInfo(id=name, file_name=name, title=name, kind="pdf", sha256=name * 4, pages=1, lines=1)
        return ParsedDocument(info=info, lines=[SourceLine(page=1, text="A heading", heading=True)], warnings=warnings)

    keep = ReuseWriter(tmp_path, "print")
    for name, warnings in (("whole.pdf", []), ("slow.pdf", [f"slow.pdf: page 2 took over 10 {SLOW_PAGE_SKIPPED}"])):
        keep.add(doc(name, warnings), keep.key(AreaBook()), {"rows": [{"id": "1", "quote": "q"}]})
    keep.finish()
    earlier = PreviousReads("print", tmp_path, "v1")
    whole = earlier.take("whole.pdf" * 4, "whole.pdf")
    assert whole is not None and whole.doc == doc("whole.pdf", []) and whole.doc.lines[0].heading
    assert whole.records(whole.book) == {"rows": [{"id": "1", "quote": "q"}]} and whole.records("other") is None
    assert earlier.take("slow.pdf" * 4, "slow.pdf") is None


def test_a_version_built_before_reuse_means_reading_everything(corpus: Path, index_dir: Path, counted: Counter) -> None:
    (versions_dir(index_dir) / PlanIndex.open(index_dir).version / REUSE_NAME).unlink()
    report = build_index([corpus], index_dir, Tokenizer(), MAX)
    assert report.reused == 0 and len(read(counted)) == 3 and "keeps no reads to reuse" in report.reuse_note


def refusing_serve(to_parent: int, from_parent: int, level: int) -> None:
    """A reading worker that fails on any file but changed.pdf: a re-index must give it no other."""
    import bot.reading.ahead as ahead

    parse = ahead.parse_document

    def only_the_changed(path: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if path.name != "changed.pdf":
            raise AssertionError(f"the reading worker was given {path.name}")
        return parse(path, *args, **kwargs)

    ahead.parse_document = only_the_changed
    ahead.serve(to_parent, from_parent, level)


def test_the_reading_worker_is_given_only_the_files_to_read(tmp_path: Path, counted: Counter, monkeypatch) -> None:
    """Unchanged PDFs are hashed in the build's process and taken: neither it nor its worker parses them."""
    import bot.index.indexer as indexer
    import bot.reading.ahead as ahead
    from tests.conftest import write_pdf

    papers, index_dir = tmp_path / "papers", tmp_path / "index"
    papers.mkdir()
    for name in ("a.pdf", "b.pdf", "changed.pdf", "d.pdf"):
        write_pdf(papers / name, [[f"Paper {name}", "The board meets monthly to review the plan."]])
    build_index([papers], index_dir, Tokenizer(), MAX, read_ahead=True)
    write_pdf(papers / "changed.pdf", [["Paper changed", "The board now meets weekly to review the plan."]])
    made: list[ahead.ReadAhead] = []

    class Refusing(ahead.ReadAhead):
        SERVE = ("tests.test_reuse", "refusing_serve")

        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(indexer, "ReadAhead", Refusing)
    counted.clear()
    report = build_index([papers], index_dir, Tokenizer(), MAX, read_ahead=True)
    assert (report.reused, report.read) == (3, 1)
    assert [made[0].paths[i].name for i in made[0]._ahead] == ["changed.pdf"]
    assert read(counted) in ([], ["changed.pdf"])  # the build may read it itself, before the worker gets to it
    everything = build_index([papers], index_dir, Tokenizer(), MAX, read_ahead=False)  # nothing changed since
    assert (everything.reused, everything.read) == (4, 0) and not made[1]._ahead and not made[1]._feeding
    assert differences(version(full_build(papers, tmp_path / "full")), version(report)) == []
