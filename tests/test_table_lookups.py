"""A figure looked up in a table: the row named by the question's name ("Ebbdale") and the column by
its other words ("registered population") is the answer, as a reader looks it up."""

import pytest

from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.conftest import write_docx


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the registered population of Ebbdale?", "74,200"),
    ("What is the registered population of Kingsferry?", "187,900"),
])
def test_a_figure_is_looked_up_by_its_row_and_column(tmp_path, ask_folder, question: str, expected: str) -> None:
    reply = ask_folder(footprint(tmp_path), question)
    assert reply.answered and reply.answer.startswith(expected), reply.answer


@pytest.mark.parametrize(("question", "looked_up"), [
    ("What is the registered population of Ebbdale?", True),
    ("How many GP practices are there in Ebbdale?", True),
    ("What is the deficit in Ebbdale?", False),  # no column says what is asked
])
def test_a_row_named_and_a_column_labelled_fit_as_a_look_up(tmp_path, question: str, looked_up: bool) -> None:
    tokenizer = Tokenizer()
    build_index([footprint(tmp_path)], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        ctx = context_for(question, index, tokenizer, None, 1000, None)
        rows = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and c.main.startswith("Ebbdale")]
        assert rows and (rows[0].fits_form == 1.0) is looked_up, [(c.answer[:60], c.fits_form) for c in rows]
    finally:
        index.close()


def footprint(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "pdd.docx", ["Programme Definition Document 2018-19", "1. Our footprint",
                                     "The footprint covers three places on the Ebb estuary and eight partner organisations."],
               [["Place", "Registered population (persons)", "Aged 75+ (%)", "GP practices (no.)", "Acute site"],
                ["Wrayholme", "268,400", "8.9", "38", "Wrayholme General Hospital"],
                ["Kingsferry", "187,900", "9.6", "29", "Kingsferry Royal Infirmary"],
                ["Ebbdale", "74,200", "12.3", "17", "None (served from Kingsferry Royal Infirmary)"]])
    (folder / "minutes.txt").write_text("Partnership Board minutes, 8 November 2018\n\nThe Board noted the update on primary care.\n",
                                        encoding="utf-8")
    return folder
