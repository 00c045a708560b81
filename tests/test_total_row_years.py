"""A total asked over named years ("total pathology network savings 17/18 to 19/20") is the Total row of
the table laid out by those years, even where rows of another sheet match the question's words better
before the years are counted: every bonus given to all rows is added before the bonuses worked out only
for the rows they can lift (bot/answering/candidates/rows.py), so the Total row is among those. The
tracker is a bank's (other_ics_ba), whose savings sheet sits behind a tracker and a contacts sheet."""

import shutil
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

TRACKER = Path(__file__).parent / "questions/other_ics_ba/papers/05_GO_Pathology_Network_Consolidation_Tracker_24Feb2017.xlsx"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("totals")
    (root / "papers").mkdir()
    shutil.copy(TRACKER, root / "papers" / TRACKER.name)
    build_index([root / "papers"], root / "index", Tokenizer(), 10**7)
    opened = PlanIndex.open(root / "index")
    yield opened
    opened.close()


@pytest.mark.parametrize(("question", "says"), [
    ("total pathology network savings 17/18 to 19/20? in £k", "5680"),
    ("What are the total pathology network savings from 2017/18 to 2019/20?", "5680"),
])
def test_a_total_over_named_years_is_the_total_row(index: PlanIndex, question: str, says: str) -> None:
    reply = answer(question, index, Tokenizer())
    assert reply.answered and says in reply.answer[:30], reply.answer
