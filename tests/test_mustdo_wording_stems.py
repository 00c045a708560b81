"""A must-do's wordings are read into stems once per version (analysis._wording_stems), not by every
must-do question: the stems are those of reading each wording, and a question set aside the same ones."""

from bot.answering import analysis as analysis_module
from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.index.store import PlanIndex
from bot.records.mustdos import MUSTDOS


def test_wording_stems_are_every_wordings_stems_and_kept(bundled_dir, tokenizer, monkeypatch) -> None:
    index = PlanIndex.open(bundled_dir)
    lex = lexicon(index, tokenizer)
    rows = index.db.execute("select distinct mustdo, description from mustdos").fetchall()
    assert rows
    for number in {n for n, _ in rows}:
        expected = {t for n, d in rows if n == number for t in tokenizer(d or "")}
        assert analysis_module._wording_stems(lex, number) == expected
    read = []
    real = analysis_module._mustdo_rows
    monkeypatch.setattr(analysis_module, "_mustdo_rows", lambda lx: read.append(1) or real(lx))
    first = analyse("which priorities cover must do 4?", lex)
    again = analyse("which programmes cover must do 4?", lex)
    assert not read  # kept from the first reading above
    assert not (set(first.terms) | set(again.terms)) & analysis_module._wording_stems(lex, 4)  # set aside as the question's form


def test_a_version_warmed_for_askers_has_every_must_dos_wording_stems(bundled_dir, tokenizer, monkeypatch) -> None:
    """read_mustdo_wordings (warmup.prepare) works out each of the nine must-dos' stems, the same as a
    question reading them would: afterwards no question reads the wordings again."""
    index = PlanIndex.open(bundled_dir)
    lex = lexicon(index, tokenizer)
    analysis_module.read_mustdo_wordings(lex)
    rows = index.db.execute("select distinct mustdo, description from mustdos").fetchall()
    read = []
    real = analysis_module._mustdo_rows
    monkeypatch.setattr(analysis_module, "_mustdo_rows", lambda lx: read.append(1) or real(lx))
    for number in MUSTDOS:
        assert analysis_module._wording_stems(lex, number) == {t for n, d in rows if n == number for t in tokenizer(d or "")}
    assert not read
