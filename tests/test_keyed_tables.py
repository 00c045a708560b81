"""A heading's two-column table of labels and values, one per initiative, as a Word delivery plan writes
them ("Owner | Dr X", "Due | Qtr 3 17/18"): one record of those fields titled by the heading
(bot/records/blocks.py, keyed_table)."""

from pathlib import Path

import docx

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

INITIATIVES = {
    "OOH2 GP extended access (8am to 8pm, seven days)": [("Owner", "Dr Leon Example"), ("Clinical lead", "Dr Leon Example"),
                                                          ("Key milestone", "Extended access for the whole population"), ("Due", "1st October 2017")],
    "CSS2 Shared pathology network": [("Owner", "Amir Sample"), ("Clinical lead", "Dr Jo Other"),
                                      ("Key milestone", "Single hub laboratory live"), ("Due", "Qtr 4 17/18")],
    "CSS3 Shared radiology reporting": [("Owner", "As CSS2 above"), ("Clinical lead", "Dr Ann Radley"),
                                        ("Key milestone", "One reporting rota"), ("Due", "Qtr 2 18/19")],
}
COVER = [("Meeting", "Partnership Board"), ("Date of meeting", "21 December 2016"), ("Presented by", "Imogen Example")]


def _plan(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("3 Programme delivery plans", level=1)
    document.add_heading("Report cover sheet", level=3)
    _table(document, COVER)
    for title, fields in INITIATIVES.items():
        document.add_heading(title, level=3)
        _table(document, fields)
    document.save(str(path))
    return path


def _table(document: object, fields: list[tuple[str, str]]) -> None:
    grid = document.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    for r, (label, value) in enumerate(fields):
        grid.cell(r, 0).text, grid.cell(r, 1).text = label, value


def test_each_heading_s_table_is_one_record_of_its_fields(tmp_path: Path) -> None:
    rows = extract_records(read_document(_plan(tmp_path / "plan.docx"), 10**7))["rows"]
    titled = {r["row_text"].split(" | ")[0]: r for r in rows if r.get("labels", "").startswith('["Item"')}
    assert set(titled) == set(INITIATIVES), titled.keys()  # the cover sheet's fields name no owner and no date
    assert "Amir Sample" in titled["CSS2 Shared pathology network"]["row_text"]
    # "As CSS2 above": the owner CSS2's table gives, cited on the line that gives it
    assert "Amir Sample" in titled["CSS3 Shared radiology reporting"]["row_text"], titled["CSS3 Shared radiology reporting"]["row_text"]


def test_the_owner_and_the_due_date_are_answered_from_the_heading_s_fields(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    _plan(folder / "plan.docx")
    for name, text in OTHER_PAPERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "index", Tokenizer(), 10**8)
    index = PlanIndex.open(tmp_path / "index")
    owner = answer("who owns the shared pathology network?", index, Tokenizer())
    assert owner.answered and "Amir Sample" in owner.answer, owner.answer
    due = answer("When will GP extended access be available to the whole population?", index, Tokenizer())
    assert due.answered and "1st October 2017" in due.answer, due.answer


def test_lettered_milestones_and_dates_pair_up_one_record_each() -> None:
    from bot.records.blocks import lettered_parts

    fields = [(1, "Owner", "Dr X"), (2, "Key milestone", "(a) First four localities live; (b) All 11 localities live"),
              (3, "Due", "(a) Jan-17; (b) Qtr 2 17/18")]
    assert lettered_parts(fields) == [[(1, "Owner", "Dr X"), (2, "Key milestone", "First four localities live"), (3, "Due", "Jan-17")],
                                      [(1, "Owner", "Dr X"), (2, "Key milestone", "All 11 localities live"), (3, "Due", "Qtr 2 17/18")]]
    alone = [(1, "Owner", "Dr X"), (2, "Due", "(a) Jan-17; (b) Qtr 2 17/18")]  # letters in one field only: nothing to pair
    assert lettered_parts(alone) == [alone]
