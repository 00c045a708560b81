"""A programme's sheet: form fields over its table ("Programme:", "SRO:"), then milestones whose due
quarter is only a mark ("X", "◆") in one of the quarter columns under a band of years. The fields are
no rows of the table; the marks date its rows though it names no owner or status; the band's year adds
nothing to a quarter that says its own."""

import json
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.models import SourceLine
from bot.records.header_rows import grouped_labels
from bot.records.form_fields import form_field
from bot.records.table_rows import table_blocks
from bot.textnorm import Tokenizer
from tests.office_files import workbook

QUARTERS = ["Q1 17/18", "Q2 17/18", "Q3 17/18", "Q4 17/18", "Q1 18/19", "Q2 18/19", "Q3 18/19", "Q4 18/19"]
SHEET = [
    ["Fernwick STP | Delivery workbook v2"],
    [],
    ["Programme:", None, "Joined-up Hospitals (JH)", None, None, None, None, None, None, "Last updated:", "25 November 2016"],
    ["SRO:", None, "Ada Brightwell - Chief Executive, FGH"],
    ["Programme manager:", None, "Tom Example"],
    [None, None, "2017/18", None, None, None, "2018/19"],
    ["Ref", "Milestone", *QUARTERS, "Comments"],
    ["JH-01", "Pathology network on one lab system", None, None, None, None, None, None, None, "◆"],
    ["JH-02", "Shared vascular rota", None, None, None, None, "X"],
    ["JH-03", "Back-office consolidation", None, None, "X", None, None, None, None, None, "Payroll first"],
]
FINANCE = [["Programme", "2017/18", "2018/19"], ["Joined-up Hospitals", 1.2, 3.4], ["Care Close By", 0.8, 1.1]]


@pytest.mark.parametrize("line, is_field", [
    ("SRO:\t\tAda Brightwell", True), ("Programme:\t\tJH\t\t\tLast updated:\t25 November 2016", True),
    ("Ref\tMilestone\tQ1 17/18", False), ("JH-01\tPathology\t◆", False), ("Owner:\tLead:", False)])
def test_a_form_field(line: str, is_field: bool) -> None:
    assert form_field(line) is is_field


def test_form_fields_over_a_table_are_a_block_of_their_own() -> None:
    texts = ["SRO:\t\tAda Brightwell", "Programme manager:\t\tTom Example", "Ref\tMilestone\tQ1 17/18\tQ2 17/18",
             "JH-01\tPathology\t\t◆", "JH-02\tVascular rota\tX"]
    blocks = list(table_blocks([SourceLine(line=k, text=t) for k, t in enumerate(texts, start=1)]))
    assert [b.lines for b in blocks] == [[0, 1], [2, 3, 4]]


def test_a_band_of_years_adds_nothing_to_a_quarter_saying_its_own_nor_runs_over_other_labels() -> None:
    assert grouped_labels("\t\t2017/18\t\t2018/19", "Ref\tMilestone\tQ3 17/18\tQ4 17/18\tQ1 18/19\tComments") == \
        ["Ref", "Milestone", "Q3 17/18", "Q4 17/18", "Q1 18/19", "Comments"]
    assert grouped_labels("\t2026\t\t2027", "Item\tNov\tDec\tJan") == ["Item", "Nov 2026", "Dec 2026", "Jan 2027"]


@pytest.fixture
def plan(tmp_path: Path, tokenizer: Tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    workbook(corpus / "Fernwick_Delivery_Workbook_v2.xlsx", {"JH": SHEET, "Finance": FINANCE})
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


def test_a_mark_in_a_quarter_column_dates_the_row(plan: PlanIndex, tokenizer: Tokenizer) -> None:
    due = {m["text"]: (m["start"], m["end"]) for m in plan.table("milestones")}
    assert due["Pathology network on one lab system"] == ("2019-01-01", "2019-03-31")
    assert due["Shared vascular rota"] == ("2018-04-01", "2018-06-30")
    assert not any("Care Close By" in text for text in due)  # a finance table's year columns hold sums, not marks
    reply = answer("which qtr is the pathology network on one lab system due?", plan, tokenizer)
    assert reply.answered and reply.answer.startswith("Q4 18/19"), reply.answer
    rows = [json.loads(r["labels"]) for r in plan.table("rows") if "Shared vascular rota" in r["row_text"]]
    assert rows and rows[0][:3] == ["Ref", "Milestone", "Q1 17/18"]  # labelled by the table's header, not the fields


def test_the_sheets_fields_are_every_rows_sro_and_programme(plan: PlanIndex, tokenizer: Tokenizer) -> None:
    """"SRO: Ada Brightwell" over the programme's table owns each of its rows, as a cell merged down would;
    the programme manager is no owner of them, nor is "Last updated" a date of theirs."""
    rows = {r["title"]: r for r in plan.table("initiatives") if r["document"].startswith("Fernwick_Delivery")}
    assert rows["Shared vascular rota"]["owner_raw"] == "Ada Brightwell - Chief Executive, FGH"
    assert rows["Shared vascular rota"]["section"] == "Joined-up Hospitals (JH)"
    reply = answer("who is the SRO for the shared vascular rota?", plan, tokenizer)
    assert reply.answered and reply.answer.startswith("Ada Brightwell"), reply.answer
    assert all(plan.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)
