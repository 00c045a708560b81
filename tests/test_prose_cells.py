"""A table cell that is prose (a board paper's SBAR "Assessment" box) answers through its one sentence
holding the asked kind of answer and the question's words, not as the whole box."""

import pytest

from bot.answering.candidates.prose_cells import prose_sentence
from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.pdf_tables import table_pdf

ASSESSMENT = ("Leadership. Marisa Dunlevy, SRO for Ageing Well and Frailty, began a six-month secondment on 1 October 2018. "
              "Bernard Sowton is acting as interim SRO from 1 October 2018 to 31 March 2019. "
              "Milestones. The frailty assessment unit at Wrayholme General Hospital will now open on 14 January 2019, not in "
              "November 2018 as planned, because the ward refurbishment finished late. "
              "Finance. At Month 6 the priorities had delivered savings of £4,115k against a year-to-date plan of £5,020k, "
              "a shortfall of £905k.")


@pytest.fixture()
def sbar(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    table_pdf(folder / "board_update.pdf", "Partnership Board, 18 October 2018, item 7: Programme update, Month 6 2018/19", ["", "SBAR"],
              [["S Situation", "This paper updates the Board on the six STP priorities at Month 6 of 2018/19."],
               ["A Assessment", ASSESSMENT],
               ["R Recommendation", "The Board is asked to approve the interim SRO and note the Month 6 savings position."]], [90, 500])
    return folder


@pytest.mark.parametrize(("question", "expected"), [
    ("What savings had the priorities delivered by Month 6?", "£4,115k"),
    ("When will the frailty assessment unit open?", "14 January 2019"),
])
def test_a_prose_cell_answers_with_its_sentence(sbar, ask_folder, question: str, expected: str) -> None:
    reply = ask_folder(sbar, question)
    assert reply.answered, reply.answer
    assert expected in reply.answer[:160], reply.answer
    assert not reply.answer.startswith("Leadership"), reply.answer


@pytest.mark.parametrize(("question", "sentence"), [
    ("What savings had the priorities delivered by Month 6?", "At Month 6 the priorities had delivered savings"),
    ("When will the frailty assessment unit open?", "The frailty assessment unit at Wrayholme General Hospital will now open"),
])
def test_the_row_of_a_prose_cell_speaks_through_one_sentence(sbar, tmp_path, question: str, sentence: str) -> None:
    tokenizer = Tokenizer()
    build_index([sbar], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        ctx = context_for(question, index, tokenizer, None, 1000, None)
        assert prose_sentence(ctx, ASSESSMENT).startswith(sentence)
        assert prose_sentence(ctx, "Finance. Savings of £4,115k at Month 6.") is None  # a short cell is a value
        rows = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and "Assessment" in c.answer + c.main]
        # (a date may be read as the cell's dated entries, each entry with its run-in heading: "Milestones. The ...")
        assert rows and all(sentence in c.answer[:100] for c in rows), [c.answer[:80] for c in rows]
    finally:
        index.close()
