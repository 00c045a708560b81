"""A re-index that starts from a copy of the version before it (bot.index.carry) writes what a full
build writes: the same rows, records, postings and vocabulary by meaning (benchmarks.same_build), the
same search hits and the same answers, for both engines; and it is not taken when an unchanged paper
would be read with other plan areas, or when the version before is damaged."""

from datetime import date
from pathlib import Path

import pytest

from benchmarks.same_build import differences
from bot.answering.pipeline import answer
from bot.index.indexer import BuildReport, build_index
from bot.index.store import PlanIndex
from bot.index.versions import versions_dir
from bot.textnorm import Tokenizer
from tests.conftest import BOARD_PAPER, OTHER_PAPERS

MAX = 10 * 1024 * 1024
PAPERS = {
    "a_board.txt": BOARD_PAPER,
    **{f"b_{name}": text for name, text in OTHER_PAPERS.items()},
    "c_estates.txt": ("Estates Review\nTwelve hospital sites will be reviewed by March 2017.\n\n"
                      "Scheme\tMilestone\tLead\tDue date\n"
                      "Estates strategy\tSites reviewed\tPat Owner\t31/03/2017\n"
                      "Estates strategy\tStrategy agreed\tPat Owner\t30/06/2017\n"),
    "d_stroke.txt": ("Stroke Services\nThe stroke unit at Blackpool will open in Qtr 4 2017/18. Sam Lead is the clinical lead.\n\n"
                     "Orrinmouth Stroke Services\n\nA second unit opens in Qtr 1 2018/19.\n"),
}
QUESTIONS = ["who is the SRO for the digital workstream?", "when will the stroke unit open?",
             "how many nurses will be recruited?", "who leads the estates strategy?", "what was the deficit?",
             "what is the population?", "who owns the stroke pathway redesign?", "when is the care home team in place?"]
QUERIES = ["stroke unit", "estates strategy hospital", "digital board", "care home team", "nurses recruitment"]


def write(folder: Path, papers: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in papers.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def version(report: BuildReport) -> Path:
    return versions_dir(Path(report.index)) / report.version


def hits(index: PlanIndex, tokenizer: Tokenizer) -> list[list[tuple[str, str, float]]]:
    """Each query's hits by what they are (paper and text), not by passage number."""
    out = []
    for query in QUERIES:
        found = index.engine.search(tokenizer(query), k=5)
        passages = {p.seq: p for p in index.passages([h.seq for h in found])}
        out.append([(passages[h.seq].document, passages[h.seq].text, round(h.score, 9)) for h in found])
    return out


def replies(index: PlanIndex, tokenizer: Tokenizer) -> list[tuple]:
    out = []
    for question in QUESTIONS:
        reply = answer(question, index, tokenizer, date(2017, 1, 15))
        out.append((reply.answer, reply.answered, [(c.document, c.page, c.line, c.quote) for c in reply.citations]))
    return out


def assert_same_as_full(report: BuildReport, corpus: Path, where: Path, engine: str) -> None:
    tokenizer = Tokenizer()
    full = build_index([corpus], where, tokenizer, MAX, engine=engine, full=True)
    assert differences(version(full), version(report)) == []
    carried, fresh = PlanIndex.open(Path(report.index)), PlanIndex.open(where)
    try:
        assert carried.engine.n_docs == fresh.engine.n_docs
        for term in ("stroke", "estat", "digit", "nurs", "care", "the"):
            assert carried.engine.df(term) == fresh.engine.df(term), term
        assert carried.engine.terms_from("st", 20) == fresh.engine.terms_from("st", 20)
        assert hits(carried, tokenizer) == hits(fresh, tokenizer)
        assert replies(carried, tokenizer) == replies(fresh, tokenizer)
    finally:
        carried.close()
        fresh.close()


@pytest.mark.parametrize("engine", ["builtin", "tantivy"])
def test_a_carried_re_index_equals_a_full_build(tmp_path: Path, engine: str) -> None:
    corpus = write(tmp_path / "corpus", PAPERS)
    index = tmp_path / "index"
    build_index([corpus], index, Tokenizer(), MAX, engine=engine)
    # The first paper changed (an owner, a sentence), one added, one removed: numbering moves.
    (corpus / "a_board.txt").write_text(BOARD_PAPER.replace("Alex Sample", "Alex Other") +
                                        "\nThe stroke unit costs £3m.\n", encoding="utf-8")
    (corpus / "a_estates_addendum.txt").write_text("Estates Addendum\nTwo more hospital sites join the estates review "
                                                   "in 2018.\n", encoding="utf-8")
    (corpus / "c_estates.txt").unlink()
    report = build_index([corpus], index, Tokenizer(), MAX, engine=engine)
    assert report.carried, report.carry_note
    assert (report.reused, report.read) == (4, 2)
    assert_same_as_full(report, corpus, tmp_path / "full", engine)
    # Carried over again from the carried version: the stroke paper changes, the estates paper returns.
    (corpus / "d_stroke.txt").write_text("Stroke Services\nThe stroke unit will open in Qtr 1 2018/19.\n", encoding="utf-8")
    write(corpus, {"c_estates.txt": PAPERS["c_estates.txt"]})
    again = build_index([corpus], index, Tokenizer(), MAX, engine=engine)
    assert again.carried, again.carry_note
    assert_same_as_full(again, corpus, tmp_path / "full-again", engine)


def test_auto_carries_the_engine_the_version_was_built_with(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", PAPERS)
    index = tmp_path / "index"
    build_index([corpus], index, Tokenizer(), MAX)
    (corpus / "b_digital.txt").unlink()
    report = build_index([corpus], index, Tokenizer(), MAX)
    assert report.carried and report.engine == "builtin"
    assert_same_as_full(report, corpus, tmp_path / "full", "auto")


def test_a_paper_opening_a_new_plan_area_means_a_full_build(tmp_path: Path) -> None:
    """Every paper after it would be read with one more area: nothing is carried over."""
    corpus = write(tmp_path / "corpus", PAPERS)
    index = tmp_path / "index"
    build_index([corpus], index, Tokenizer(), MAX, engine="tantivy")
    write(corpus, {"a_aaa.txt": "Orrinmouth Place Plan\n\nOrrinmouth will open two hubs by March 2018.\n"})
    report = build_index([corpus], index, Tokenizer(), MAX, engine="tantivy")
    assert not report.carried and "plan areas" in report.carry_note
    assert report.reused == len(PAPERS)  # the files are still not read again (bot.index.reuse)
    assert_same_as_full(report, corpus, tmp_path / "full", "tantivy")


def test_a_changed_glossary_means_a_full_build(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", PAPERS)
    index = tmp_path / "index"
    build_index([corpus], index, Tokenizer(), MAX)
    (corpus / "glossary.toml").write_text('[terms]\nSRO = "Senior Responsible Officer"\n', encoding="utf-8")
    report = build_index([corpus], index, Tokenizer(), MAX)
    assert not report.carried and "glossary" in report.carry_note


@pytest.mark.parametrize("engine", ["builtin", "tantivy"])
def test_a_damaged_previous_version_is_not_carried_over(tmp_path: Path, engine: str) -> None:
    corpus = write(tmp_path / "corpus", PAPERS)
    index = tmp_path / "index"
    first = build_index([corpus], index, Tokenizer(), MAX, engine=engine)
    target = next(p for p in sorted(version(first).rglob("*")) if p.is_file() and p.stat().st_size > 1000
                  and p.parent.name == ("tantivy" if engine == "tantivy" else first.version) and p.suffix != ".db")
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    (corpus / "b_finance.txt").write_text("Finance Report\nA deficit of £9m.\n", encoding="utf-8")
    report = build_index([corpus], index, Tokenizer(), MAX, engine=engine)
    assert not report.carried and report.reused == 0 and "is damaged" in report.reuse_note
    assert_same_as_full(report, corpus, tmp_path / "full", engine)


@pytest.mark.parametrize(("carried", "note", "said"), [
    (True, "", "2 files reused from version v1 (unchanged), 1 read; started from a copy of that version"),
    (False, "the glossary changed", "2 files reused from version v1 (unchanged), 1 read; the whole index rebuilt because the glossary changed"),
])
def test_the_report_says_whether_the_re_index_was_carried_over(carried: bool, note: str, said: str) -> None:
    from bot.index.indexer import FileReport, reuse_sentence

    files = [FileReport(file="a.txt", reused=True), FileReport(file="b.txt", reused=True), FileReport(file="c.txt")]
    report = BuildReport(version="v2", index="i", seconds=1.0, files=files, skipped=[], reused_from="v1",
                         carried=carried, carry_note=note)
    assert reuse_sentence(report) == said


def test_an_abandoned_tantivy_carry_leaves_no_writer_on_its_folder(tmp_path: Path) -> None:
    """A carry refused half way is deleted next: its writer must be gone first (a merge thread still
    writing a temporary file into the folder made the deletion fail), so the folder takes a new writer."""
    import shutil

    import tantivy

    from bot.index.tantivy_search import TANTIVY_DIR, TantivyCarry

    build_index([write(tmp_path / "corpus", PAPERS)], tmp_path / "index", Tokenizer(), MAX, engine="tantivy")
    live = versions_dir(tmp_path / "index") / next(p.name for p in versions_dir(tmp_path / "index").iterdir())
    carry = TantivyCarry(live, tmp_path / "staging")
    carry.remove("a_board.txt", [0], [3])
    carry.add(["stroke", "unit"], document="e_new.txt")
    carry.abandon()
    assert carry.writer is None
    tantivy.Index.open(str(tmp_path / "staging" / TANTIVY_DIR)).writer(heap_size=15_000_000, num_threads=1)  # the lock is free
    shutil.rmtree(tmp_path / "staging")
