"""A timeline strip on a PDF page: dates across the page, their milestones in a band below, each under its
own date, with wrapped second lines. Each column becomes one "milestone<TAB>date" row, so the milestone is
answered with its date. A line of figures or a sentence with dates is no strip."""

from pathlib import Path

from bot.reading.files import read_document
from bot.reading.timeline_strips import timeline_strips

STRIP = [
    "3 April 2017          Sept-17               Q3 2017/18            by end of March",
    "                                                                  2018",
    "",
    "",
    "Wave 1 hubs live      Business case to      Wave 2 hubs live      All hubs live",
    "                      the Board",
    "",
]


def test_each_milestone_is_read_with_the_date_over_it() -> None:
    assert timeline_strips(STRIP) == ["Milestone\tDate", "Wave 1 hubs live\t3 April 2017", "Business case to the Board\tSept-17",
                                      "Wave 2 hubs live\tQ3 2017/18", "All hubs live\tby end of March 2018", ""]


def test_figures_or_prose_are_left_alone() -> None:
    figures = ["2017/18        2018/19        2019/20", "", "4.2            9.6            12.1"]
    prose = ["The hubs open on 3 April 2017 and the rest by Q3 2017/18.", "", "Wave 1      Wave 2      Wave 3"]
    off = ["3 April 2017          Sept-17               Q3 2017/18", "", "Wave 1 hubs live   Business case", "  stray words here"]
    assert timeline_strips(figures) == figures and timeline_strips(prose) == prose and timeline_strips(off) == off


def test_a_decks_strip_gives_each_milestone_its_date() -> None:
    deck = Path(__file__).parent / "questions/other_ics_bc/papers/02_SC_STP_Neighbourhood_Care_Development_Session_18Jan2017.pdf"
    texts = [line.text for line in read_document(deck, 10**8).lines]
    assert "MCP contract live\t1 April 2019" in texts and "All 11 neighbourhoods live\tby end of March 2018" in texts
