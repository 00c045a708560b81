"""A date written over financial year, quarter and month columns is read as one date."""

import pytest

from bot.records.split_dates import joined_dates, said_date
from bot.records.table_rows import Cell


@pytest.mark.parametrize(("fy", "qtr", "month", "said"), [
    ("2017/18", "Q4", "Jan", "Jan 2018 (Q4 2017/18)"),  # January to March are in the year's second calendar year
    ("2016/17", "Q3", "Dec", "Dec 2016 (Q3 2016/17)"),
    ("2017/18", "", "Sept", "Sept 2017 (2017/18)"),
    ("2018/19", "Quarter 1", "", "Q1 2018/19"),
    ("2018-2019", "Q2", "August", "August 2018 (Q2 2018-2019)"),
    ("TBC", "Q2", "Aug", ""),  # no year: no date
])
def test_a_financial_years_month_is_in_its_calendar_year(fy: str, qtr: str, month: str, said: str) -> None:
    assert said_date(fy, qtr, month) == said


def test_the_columns_of_each_date_are_one_cell_labelled_by_the_date_they_give() -> None:
    labels = ["ID", "Milestone", "FY Original due", "Qtr Original due", "Month Original due", "FY Revised due", "Qtr Revised due",
              "Month Revised due", "Status"]
    row = [Cell(t, 1, None, t) for t in ["NCT-03", "All localities covered", "2017/18", "Q4", "Mar", "2018/19", "Q1", "Jun", "Revised"]]
    out_labels, out_row = joined_dates(labels, row)
    assert out_labels == ["ID", "Milestone", "Original due", "Revised due", "Status"]
    assert [c.text for c in out_row] == ["NCT-03", "All localities covered", "Mar 2018 (Q4 2017/18)", "Jun 2018 (Q1 2018/19)", "Revised"]
    assert out_row[2].quote == "Mar"  # cited by a cell the sheet holds


def test_an_empty_date_is_one_empty_cell_and_other_tables_are_left_alone() -> None:
    labels, row = ["Milestone", "FY Revised", "Qtr Revised", "Month Revised"], [Cell("A"), Cell(), Cell(), Cell()]
    assert joined_dates(labels, row) == (["Milestone", "Revised"], [Cell("A"), Cell()])
    plain = (["Scheme", "Year", "Owner"], [Cell("A"), Cell("2017/18"), Cell("Ann")])  # a year alone is no split date
    assert joined_dates(*plain) == plain
