"""A roadmap whose columns are periods and whose cells name what falls due in them: each coded item in a
cell is a milestone of that period, narrowed by the date in brackets beside it; a table of figures under
year columns is no roadmap."""

from datetime import date

import pytest

from bot.answering.pipeline import answer
from bot.records.dates import normalise
from bot.records.roadmap_grids import dated_within, split_items
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ROADMAP = """Fernbrook STP delivery roadmap 2016/17 to 2018/19

| Programme | Q3 16/17 | Q4 16/17 | Q1 17/18 | Q2 17/18 | 2018/19 |
| --- | --- | --- | --- | --- | --- |
| Planned Care (PC) | | PC1 MSK procurement complete (Mar) | PC2 advice and guidance in all specialties | PC1 MSK triage service live (1 Jul) PC3 lung pathway go-live (30 Sep) | |
| Urgent Care (UC) | UC3 discharge to assess live | UC1 clinical assessment hub live (w/c 6 Feb) | | UC4 hear and treat expansion | UC2 urgent treatment centre opens |
"""
FINANCE = """Fernbrook STP savings by programme (£m)

| Programme | 2016/17 | 2017/18 | 2018/19 |
| --- | --- | --- | --- |
| Planned Care (PC) | 1.2 | 3.4 | 5.6 |
| Urgent Care (UC) | 0.8 | 2.1 | 4.0 |
"""


def test_a_cell_holds_one_milestone_per_item_code() -> None:
    assert split_items("PC1 MSK triage service live (1 Jul) PC3 lung pathway go-live (30 Sep)") == [
        "PC1 MSK triage service live (1 Jul)", "PC3 lung pathway go-live (30 Sep)"]
    assert split_items("▲ OH2 hub live (w/c 4 Sep) OH4 scheme live (Sep)") == ["▲ OH2 hub live (w/c 4 Sep)", "OH4 scheme live (Sep)"]
    assert split_items("UC4 hear and treat expansion") == ["UC4 hear and treat expansion"]
    assert split_items("3.4") == []


@pytest.mark.parametrize("item, column, raw", [
    ("PC1 MSK triage service live (1 Jul)", "Q2 17/18", "1 Jul 2017"),  # the year that puts it in the column
    ("UC1 hub live (w/c 6 Feb)", "Q4 16/17", "w/c 6 Feb 2017"),
    ("PW2 staff trained (by 31 Mar)", "Q4 17/18", "by 31 Mar 2018"),
    ("ES1 draft estates strategy (March Board)", "Q4 16/17", "Q4 16/17"),  # no date: the column's period
    ("UC4 hear and treat expansion", "Q2 17/18", "Q2 17/18"),
])
def test_a_bracketed_date_narrows_the_columns_period(item: str, column: str, raw: str) -> None:
    assert dated_within(item, normalise(column), column)[0] == raw


def test_what_falls_due_is_read_from_the_roadmap(papers) -> None:
    index = papers({"roadmap.md": ROADMAP, "finance.md": FINANCE, **OTHER_PAPERS})
    reply = answer("Which Planned Care milestones are due next month?", index, Tokenizer(), date(2017, 8, 10))
    assert reply.answered and "lung pathway go-live" in reply.answer, reply.answer
    assert "MSK triage service live" not in reply.answer, reply.answer  # due in July, not September
    february = answer("What Urgent Care milestones fall due next month?", index, Tokenizer(), date(2017, 1, 20))
    assert february.answered and "clinical assessment hub" in february.answer, february.answer


def test_a_table_of_figures_under_years_is_no_roadmap(papers) -> None:
    index = papers({"finance.md": FINANCE, **OTHER_PAPERS})
    assert "milestones" not in index.db.table_names() or not list(index.db["milestones"].rows)
