"""A table runs onto the next page past the running footer and header; a table of the same width on
the next page under a title of that page's own (a slide's) is another table, not more rows, unless the
title is the page before's carried on ("(2 of 2)", "(continued)")."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.models import SourceLine
from bot.records.table_rows import table_blocks
from bot.textnorm import Tokenizer
from tests.office_files import deck

FOOTER = "Sheringmoor STP | Annex C | v2.1 Slide {n}"


def _page(n: int, texts: list[str]) -> list[SourceLine]:
    return [SourceLine(page=n, text=t) for t in texts]


MATRIX = ["Mapping our workstreams to the must-dos", "National must-do\tPHC\tINC", "2. Financial balance\tS\tP",
          "4. A&E and ambulance\t\tP", FOOTER.format(n=13)]


def test_a_table_under_its_own_slide_title_is_another_table() -> None:
    lines = _page(13, MATRIX) + _page(14, ["Savings by workstream and year (£m)", "Workstream\t2016/17\tTotal",
                                           "Prevention (PHC)\t0.5\t20.5", "Acute (ASP)\t8.5\t139.0", FOOTER.format(n=14)])
    starts = [lines[block.start].text for block in table_blocks(lines)]
    assert starts == ["National must-do\tPHC\tINC", "Workstream\t2016/17\tTotal"], starts


def test_rows_past_a_running_header_are_the_same_table() -> None:
    header = "Sheringmoor STP delivery plan"
    lines = _page(13, [header, *MATRIX[1:]]) + _page(14, [header, "6. Cancer 62-day\tP\t", "7. Mental health\t\tS",
                                                           FOOTER.format(n=14)])
    blocks = list(table_blocks(lines))
    assert len(blocks) == 1 and lines[blocks[0].lines[-1]].text == "7. Mental health\t\tS", [lines[b.start].text for b in blocks]


def _titled(n: int, title: str, texts: list[str]) -> list[SourceLine]:
    return [SourceLine(page=n, text=title, heading=1)] + _page(n, texts)


TRACKER = ["Ref\tMilestone\tOwner\tDue", "UEC1\tUTC business case approved\tOwen Sample\tMar-17",
           "UEC2\tD2A live on both sites\tPaula Sample\t30/06/2017"]
CARRIED = ["MH1\tLiaison team recruited\tTariq Sample\tQ3 17/18", "MH2\tCrisis house secured\tImogen Sample\tMay-17"]


@pytest.mark.parametrize("first, second", [
    ("Milestone tracker (1 of 2)", "Milestone tracker (2 of 2)"),
    ("Milestone tracker", "Milestone tracker (continued)"),
    ("Milestone tracker", "Milestone tracker cont'd"),
])
def test_rows_under_the_slide_title_carried_on_are_the_same_table(first: str, second: str) -> None:
    lines = _titled(2, first, TRACKER) + _titled(3, second, CARRIED)
    blocks = list(table_blocks(lines))
    assert len(blocks) == 1 and lines[blocks[0].lines[-1]].text == CARRIED[-1], [lines[b.start].text for b in blocks]


def test_rows_under_a_slide_title_of_their_own_are_another_table() -> None:
    lines = _titled(2, "Milestone tracker (1 of 2)", TRACKER) + _titled(3, "Risks to delivery", CARRIED)
    assert len(list(table_blocks(lines))) == 2


def test_a_deck_table_carried_onto_a_slide_without_its_header_keeps_its_columns(tmp_path: Path, tokenizer: Tokenizer) -> None:
    """A real deck: the tracker's second slide repeats the title as "(2 of 2)" and has no header row, so its
    rows are owners and due dates as the first slide's are."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [line.split("\t") for line in TRACKER]
    deck(corpus / "deck.pptx", [{"title": "Milestone tracker (1 of 2)", "table": (30, 100, rows)},
                                {"title": "Milestone tracker (2 of 2)", "table": (30, 100, [c.split("\t") for c in CARRIED])}])
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        owner = answer("Who owns MH2, the crisis house?", index, tokenizer)
        assert owner.answered and owner.answer.startswith("Imogen Sample"), owner.answer
        due = answer("What is due next month?", index, tokenizer, date(2017, 4, 10))
        assert due.answered and "Crisis house secured" in due.answer, due.answer
    finally:
        index.close()
