"""A month set out as a wall-planner grid is read as a table of dated items (bot/reading/calendar_grid.py)."""

from datetime import date
from pathlib import Path

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.calendar_grid import dated_calendar
from bot.reading.files import read_document
from bot.textnorm import Tokenizer
from tests.pdf_tables import table_pdf

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def test_each_event_in_a_day_cell_is_a_row_with_its_whole_date() -> None:
    lines = ["March 2017 key dates calendar, issued 9 January 2017", "\t".join(WEEKDAYS),
             "\t\t1 Crisis café opens\t2\t3\t4\t5", "27 First carer team starts\t28\t29\t30\t31 UTC opens\t\t",
             "Partnership Board meets every two months."]
    assert dated_calendar(lines) == ["March 2017 key dates calendar, issued 9 January 2017", "Date\tItem",
                                     "1 March 2017\tCrisis café opens", "27 March 2017\tFirst carer team starts",
                                     "31 March 2017\tUTC opens", "Partnership Board meets every two months."]


def test_a_table_that_is_no_month_grid_is_left_as_it_is() -> None:
    lines = ["Risk register, March 2017", "ID\tRisk\tScore", "1\tWorkforce gaps\t16", "2\tFinance\t20"]
    assert dated_calendar(lines) == lines


def _calendar(folder: Path) -> Path:
    weeks = [["", "", "1 Crisis café opens, Saltby Haven", "2", "3", "4", "5"],
             ["6", "7", "8", "9", "10", "11", "12"],
             ["20 Delivery Board", "21", "22", "23", "24", "25", "26"],
             ["27 First continuity of carer team starts", "28", "29", "30", "31 Orlescote UTC opens", "", ""]]
    folder.mkdir(exist_ok=True)
    return table_pdf(folder / "key_dates_march.pdf", "March 2017 key dates calendar", WEEKDAYS, weeks, [100] * 7)


def test_a_real_pdf_calendar_dates_each_event_and_answers_what_falls_next_month(tmp_path: Path, tokenizer: Tokenizer) -> None:
    pdf = _calendar(tmp_path / "papers")
    lines = [line.text for line in read_document(pdf, 10**7).lines]
    assert "1 March 2017\tCrisis café opens, Saltby Haven" in lines and not any(line.startswith("2\t") for line in lines)
    build_index([pdf.parent], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        reply = answer("what's on the key dates calendar for next month?", index, tokenizer, date(2017, 2, 24))
    finally:
        index.close()
    assert reply.answered and "Crisis café" in reply.answer and "UTC opens" in reply.answer, reply.answer
