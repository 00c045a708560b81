"""A line that answers may share few of the question's words ("Next meeting: Thursday 13 April 2017, 10:00,
Aldwyke Council House" for "when is the next meeting of the STP Partnership Board after 9 March 2017?")
while many lines share more (a Checkpoint Return names the STP, the Partnership Board and its meetings on
every page): sentences are read from enough of the passages search ranks first to reach it."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.records.glossary import find_glossary
from bot.textnorm import Tokenizer

PAPERS = Path(__file__).resolve().parent / "questions" / "other_ics_an" / "papers"


@pytest.fixture(scope="module")
def an_index(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("an")
    build_index([PAPERS], folder, Tokenizer(), 10**8, glossary=find_glossary([PAPERS]))
    index = PlanIndex.open(folder)
    yield index
    index.close()


def test_a_terse_line_below_many_fuller_ones_is_still_read(an_index) -> None:
    reply = answer("When is the next meeting of the STP Partnership Board after 9 March 2017?", an_index, Tokenizer())
    assert reply.answered and "13 April 2017" in reply.answer[:60], reply.answer
