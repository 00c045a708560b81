"""The fidelity kit: the bundled annex's LDP pages (owner tables, must-do matrices) drawn in the shapes
plans reach staff in, generated here, must read back as the text does: the same initiatives and
owners, milestones with their dates, must-do coverage, and the dev questions answered as well (within 1)."""

from pathlib import Path

import pytest

from bot.evaluate import evaluate, load_items
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.service import Planbot
from bot.textnorm import Tokenizer
from tests.fidelity.annex import ANNEX
from tests.fidelity.compare import differences, record_keys
from tests.fidelity.shapes import SHAPES, corpus_with, fonts_present

DEV = ANNEX.parents[2] / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def text_records() -> dict[str, set[tuple]]:
    return record_keys(extract_records(read_document(ANNEX, 10**8)))


@pytest.fixture(scope="module")
def text_score(bundled_dir: Path) -> int:
    if not DEV.exists():
        pytest.skip("needs ../shared/eval/dev.jsonl")
    return _score(bundled_dir)


def _score(index_dir: Path) -> int:
    bot = Planbot(index_dir, Tokenizer())
    return sum(evaluate(load_items(DEV), bot.ask).right.values())


@pytest.mark.skipif(not fonts_present(), reason="the slide shape draws with DejaVu Sans")
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_reads_back_as_the_text(shape: str, tmp_path: Path, text_records, text_score: int) -> None:
    files = corpus_with(shape, tmp_path / "corpus")
    records: dict[str, list[dict]] = {}
    for path in files:
        for kind, rows in extract_records(read_document(path, 10**8)).items():
            records.setdefault(kind, []).extend(rows)
    assert differences(text_records, record_keys(records)) == {}
    report = build_index([tmp_path / "corpus"], tmp_path / "index", Tokenizer(), 10**8)
    assert all(f.error is None for f in report.files)
    assert _score(tmp_path / "index") >= text_score - 1
    index = PlanIndex.open(tmp_path / "index")
    try:
        answers = [index.table(t) for t in ("initiatives", "mustdos")]
    finally:
        index.close()
    assert not any(glyph in str(r) for rows in answers for r in rows for glyph in "■□✓✔✗")
