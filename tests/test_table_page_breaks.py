"""A table runs onto the next page past the running footer and header; a table of the same width on
the next page under a title of that page's own (a slide's) is another table, not more rows."""

from bot.models import SourceLine
from bot.records.table_rows import table_blocks

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
