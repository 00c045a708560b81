"""Asked for a table's total ("the diabetes bid in total (all 4 lots)"), the Total row answers: the count
of the whole ("all 4 lots") names no one row ("Lot 4"), and the Total row is about all that the rows it
sums are about, so a row sharing the question's word only by its description does not outrank the sum
(bot/answering/analysis.py whole_count, bot/answering/candidates/rows.py _summed_rows)."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.office_files import workbook

LOTS = [["What we are bidding for (£k)"], [],
        ["Lot", "What we will fund", "Lot lead", "2017/18 £k", "2018/19 £k", "Total £k"],
        ["Lot 1", "Structured education places", "Ilse Marwood", 300, 310, 610],
        ["Lot 2", "Community clinics for insulin starts", "Owen Tregaskis", 250, 255, 505],
        ["Lot 3", "Multidisciplinary foot care teams", "Priya Sandhu", 195, 195, 390],
        ["Lot 4", "Diabetes inpatient specialist nurses", "Rhiannon Cattermole", 275, 275, 550],
        ["Total", None, None, 1020, 1035, 2055]]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("lots")
    (root / "papers").mkdir()
    workbook(root / "papers" / "Diabetes_Transformation_Bid.xlsx",
             {"Cover": [["Diabetes transformation funding bid, 16 February 2017"]], "Lots": LOTS})
    build_index([root / "papers"], root / "index", Tokenizer(), 10**7)
    opened = PlanIndex.open(root / "index")
    yield opened
    opened.close()


@pytest.mark.parametrize(("question", "says"), [
    ("how much is the diabetes bid in total (all 4 lots)? in £k", "2055"),
    ("How much money is the diabetes bid asking for across all four lots in total?", "2055"),
    ("How much is the diabetes bid for Lot 4 in total?", "550"),  # one lot named by its key: its own total
])
def test_a_total_asked_of_all_the_rows_is_the_total_row(index: PlanIndex, question: str, says: str) -> None:
    reply = answer(question, index, Tokenizer())
    assert reply.answered and says in reply.answer[:30], reply.answer
