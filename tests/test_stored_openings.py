"""What answering reads of a version is read as a question needs it, not whole when the version opens:
each paper's opening is stored at ingest (bot.index.openings) and looked up by paper or by word, and the
vocabulary is read a word at a time. A version built before openings were stored reads the same."""

import shutil
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from bot.answering.candidates import Context, documents_about
from bot.answering.lexicon import lexicon
from bot.answering.spelling import Speller
from bot.index.store import PlanIndex
from bot.index.versions import DB_NAME, live_version, versions_dir
from bot.textnorm import Tokenizer

PAPERS = {
    "board_paper_dec2016.txt": "Lancashire Health and Wellbeing Board\nMeeting to be held on 13th December 2016\n\n"
                               "Update on the Sustainability and Transformation Plan\nThe maternity review reports in March.\n",
    "estates_note.txt": "Estates Committee\n  \nHospital sites review\nTwelve sites will be reviewed in 2017.\n",
}


def _old_about(index: PlanIndex, document: str) -> str:
    """A paper's opening as answering read it before openings were stored."""
    doc = next(index.db.query("select id, title from documents where file_name = ?", [document]))
    rows = index.db.query("select text from lines where doc_id = ? and trim(text) != '' order by seq limit 6", [doc["id"]])
    from bot.index.openings import file_words
    return f"{doc['title']} {' '.join(r['text'] for r in rows)}"[:600] + f" {file_words(document)}"


def _without_openings(index: PlanIndex, tmp_path: Path) -> PlanIndex:
    """A copy of the version as a build from before openings were stored would have left it."""
    folder = tmp_path / "old"
    shutil.copytree(index.folder.parent.parent, folder)
    version = live_version(folder)
    with sqlite3.connect(versions_dir(folder) / version / DB_NAME) as conn:
        conn.execute("drop table openings")
        conn.execute("drop table opening_stems")
    return PlanIndex.open(folder)


def test_openings_are_stored_at_ingest_and_read_by_paper(papers) -> None:
    index = papers(PAPERS)
    names = {r["name"] for r in index.db.query("select name from sqlite_master where type = 'table'")}
    assert {"openings", "opening_stems"} <= names
    lex = lexicon(index, Tokenizer())
    for document in PAPERS:
        assert lex.about(document) == _old_about(index, document)
    assert "document openings" not in index._memo  # no paper's first lines were read
    assert lex.about("no_such_paper.txt") == ""


def test_papers_about_a_word_are_found_alike_in_old_and_new_versions(papers, tmp_path: Path) -> None:
    index = papers(PAPERS)
    old = _without_openings(index, tmp_path)
    tok = Tokenizer()
    try:
        for stems in (["wellb"], tok("estates committee"), tok("board sites"), ["nowhere"]):
            found = [documents_about(Context(i, tok, lexicon(i, tok), None, None), stems) for i in (index, old)]  # type: ignore[arg-type]
            assert found[0] == found[1]
        assert documents_about(Context(index, tok, lexicon(index, tok), None, None), tok("estates")) == ["estates_note.txt"]  # type: ignore[arg-type]
        for document in PAPERS:
            assert lexicon(old, tok).about(document) == lexicon(index, tok).about(document)
    finally:
        old.close()


class Unlisted(Mapping[str, int]):
    """A vocabulary that can only be looked up, as a national corpus's is read."""

    def __init__(self, words: dict[str, int]) -> None:
        self.words = words

    def __getitem__(self, word: str) -> int:
        return self.words[word]

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("the whole vocabulary was read")

    def __len__(self) -> int:
        raise AssertionError("the whole vocabulary was counted")


@pytest.mark.parametrize("word, fixed", [("matenity", "maternity"), ("maternitty", "maternity"), ("amternity", "maternity"),
                                         ("maternitx", "maternity"), ("hospitl", "hospital"), ("xyzzy", None), ("maternity", None),
                                         ("bord", "bard"), ("bed", None), ("opne", "open"), ("thme", "theme")])
def test_typos_are_corrected_by_looking_words_up(word: str, fixed: str | None) -> None:
    """A word too short to be corrected is never the correction either: "opne" is "open", not the
    commoner "one" one deletion away."""
    vocabulary = {"maternity": 5, "materiality": 9, "hospital": 3, "hospitals": 4, "board": 7, "bard": 9, "bead": 2,
                  "one": 50, "open": 3, "the": 90, "theme": 1}
    assert Speller(Unlisted(vocabulary)).correct(word) == fixed
    assert Speller(vocabulary).correct(word) == fixed


def test_the_lexicon_reads_the_vocabulary_word_by_word(papers) -> None:
    index = papers(PAPERS)
    lex = lexicon(index, Tokenizer())
    assert lex.speller.known("maternity") and not lex.speller.known("matenity")
    assert lex.speller.correct("matenity") == "maternity"
    assert "reviewed" in lex.common and "Twelve" not in lex.common and "lancashire" not in lex.common
    assert lex.common  # the papers write some words in lower case
    assert len(lex.speller.vocabulary._got) < 20  # looked up, not loaded


def test_papers_of_a_stem_are_kept_once_looked_up(papers) -> None:
    """A stem's papers are read from the stored openings once per version (StoredOpeningStems keeps
    them: a place's name is in thousands of openings at national scale): asked again, the same papers,
    and a stem in no opening is still none."""
    from bot.answering.candidates import _openings

    index = papers(PAPERS)
    tok = Tokenizer()
    ctx = Context(index, tok, lexicon(index, tok), None, None)  # type: ignore[arg-type]
    _, with_stem = _openings(ctx)
    first = {stem: with_stem.get(stem) for stem in ("wellb", *tok("estates board"), "nowhere")}
    read = []
    real = ctx.lex.openings.documents_with
    ctx.lex.openings.documents_with = lambda stem: read.append(stem) or real(stem)  # type: ignore[method-assign]
    again = {stem: with_stem.get(stem) for stem in first}
    assert not read and first.keys() == again.keys() and first["nowhere"] is None is again["nowhere"]
    assert all(first[s] is not None and first[s].tolist() == again[s].tolist() for s in first if s != "nowhere")


def test_papers_of_every_stem_read_at_once_are_those_looked_up_one_by_one(papers, tmp_path: Path) -> None:
    """A version warmed for its askers reads every stored stem's papers in one pass (read_openings): each
    stem then gives the papers a look-up gives, without a look-up; a stem in no opening is still none."""
    from bot.answering.candidates import _openings, read_openings

    tok = Tokenizer()
    index = papers({**PAPERS, "estates_board_minutes.txt": "Estates Board\nMinutes of the estates board.\n"})
    stems = sorted({r[0] for r in index.db.execute("select stem from opening_stems")})
    looked_up = {stem: _openings(Context(index, tok, lexicon(index, tok), None, None))[1].get(stem)  # type: ignore[arg-type]
                 for stem in [*stems, "nowhere"]}
    warmed = PlanIndex.open(tmp_path / "corpus_index0")  # the same version opened afresh
    try:
        ctx = Context(warmed, tok, lexicon(warmed, tok), None, None)  # type: ignore[arg-type]
        read_openings(ctx)
        asked: list[str] = []
        real = ctx.lex.openings.documents_with
        ctx.lex.openings.documents_with = lambda stem: asked.append(stem) or real(stem)  # type: ignore[method-assign]
        read = {stem: _openings(ctx)[1].get(stem) for stem in [*stems, "nowhere"]}
    finally:
        warmed.close()
    assert asked == ["nowhere"] and read["nowhere"] is None is looked_up["nowhere"] and len(stems) > 10
    assert all(read[s].tolist() == looked_up[s].tolist() for s in stems)
