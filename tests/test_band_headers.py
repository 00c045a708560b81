"""What a spreadsheet's merged cells leave: two header rows where the top one writes bands over groups of
columns ("Finance (£000)" over "Capital | Revenue", "Status" over nothing), and a scheme's cells merged
down over the rows of its milestones."""

import json
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.records.header_rows import grouped_labels
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

RETURN = """Harbour City - place delivery return, Q2 2017/18
Scheme\t\tAccountability\t\tDelivery\t\t\tFinance (£000)\t\tStatus
Code\tScheme\tLead\tClinical lead\tMilestone\tPlanned\tRevised\tCapital\tRevenue
HC1\tHarbour Urgent Treatment Centre\tAnn Tester\tDr Bo Sample\tBuilding works start\t6 November 2017\t\tTBC\t1900\tOn track
HC2\tPrimary Care at Scale\tCy Example\tDr Di Person\tHubs live\t31 March 2018\t30 June 2018\t250\t600\tAt risk
"""


def test_each_column_is_labelled_with_its_band_and_its_own_label(tmp_path: Path) -> None:
    path = tmp_path / "return.txt"
    path.write_text(RETURN, encoding="utf-8")
    rows = extract_records(read_document(path, 10**7))["rows"]
    first = next(r for r in rows if r["row_text"].startswith("HC1"))
    cells = dict(zip(json.loads(first["labels"]), (c["text"] for c in json.loads(first["cells"]))))
    assert cells["Finance (£000) Capital"] == "TBC" and cells["Finance (£000) Revenue"] == "1900"
    assert cells["Accountability Lead"] == "Ann Tester" and cells["Status"] == "On track"  # the band alone over a blank


@pytest.mark.parametrize(("top", "below"), [
    # a table's first two rows of measures, not labels
    ("A&E 4-hour (all types), TRI\t86.4%   (trajectory 90.0%)", "A&E 4-hour (all types), EGH\t90.1%\t(trajectory 90.0%)"),
    ("Ref\tScheme\tLead\tDue", "HC1\tUTC\tAnn Tester\t2017"),  # a header and a row: no band spans two columns
])
def test_rows_that_are_no_bands_over_labels_are_left_alone(top: str, below: str) -> None:
    assert grouped_labels(top, below) is None


def test_a_sum_under_a_band_answers_for_its_own_column(papers) -> None:
    reply = answer("What is the revenue funding for the Harbour Urgent Treatment Centre?",
                   papers({"return.txt": RETURN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "1900" in reply.answer.split("(")[0], reply.answer


def test_a_sheets_row_under_cells_merged_down_is_a_row_of_its_own(tmp_path: Path) -> None:
    """A workbook writes a scheme once, merged down over its milestones' rows; the next row, blank under
    the scheme's cells, is that scheme's next milestone (a spreadsheet cell never wraps onto a row of
    its own), not the rest of the row above."""
    from tests.office_files import workbook

    path = workbook(tmp_path / "returns.xlsx", {"Harbour City": [
        ["Code", "Scheme", "Lead", "Milestone", "Planned", "Status"],
        ["HC1", "Urgent Treatment Centre", "Ann Tester", "Building works start", "6 November 2017", "On track"],
        [None, None, None, "UTC opens 24/7", "30 June 2018", "On track"],
        ["HC2", "Primary Care at Scale", "Cy Example", "Hubs agreed", "15 December 2017", "At risk"],
    ]})
    rows = [r for r in extract_records(read_document(path, 10**7))["rows"] if r["row_text"].startswith("HC")]
    cells = [dict(zip(json.loads(r["labels"]), (c["text"] for c in json.loads(r["cells"])))) for r in rows]
    assert [(c["Code"], c["Milestone"], c["Planned"]) for c in cells] == [
        ("HC1", "Building works start", "6 November 2017"), ("HC1", "UTC opens 24/7", "30 June 2018"),
        ("HC2", "Hubs agreed", "15 December 2017")]


def test_a_sheets_months_across_as_real_dates_label_its_columns(tmp_path: Path, bank_index) -> None:
    """A trajectories grid writes its months across as real dates (shown "Mar-19", read "1 March 2019"):
    a date begins with a figure, as every value under it does, yet it is the column's label, so the
    plan for a month is the cell under that month."""
    from datetime import datetime

    from tests.office_files import workbook

    months = [datetime(2019, m, 1) for m in (1, 2, 3)]
    path = workbook(tmp_path / "trajectories.xlsx", {"Trajectories": [
        ["Metric", "Standard", "Line", *months],
        ["A&E: patients seen within 4 hours (%)", "95%", "Plan", 91.4, 92.1, 92.7],
        [None, None, "Actual", 88.2, 87.9, None],
    ]})
    rows = [r for r in extract_records(read_document(path, 10**7))["rows"] if r["row_text"].startswith("A&E")]
    assert json.loads(rows[0]["labels"])[3:] == ["1 January 2019", "1 February 2019", "1 March 2019"]
    reply = answer("What is the planned RTT 18-week performance for January 2019?", bank_index("other_ics_u"), Tokenizer())
    assert reply.answered and reply.answer.startswith("90.2"), reply.answer
