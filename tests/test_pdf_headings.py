"""Headings a PDF sets in larger type than its text are its section titles, though no blank line or title
case marks them: each opens its section under the paper's title, a title wrapped over two lines is one
heading, and a line of a card set large that names a person ("SRO: Moira Edgecumbe") or a sentence's
line in a table-heavy page's larger prose is none."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bot.reading.limits import ReadLimits
from bot.reading.pdf import read_pdf
from bot.reading.pdf_headings import large_lines, levels
from bot.reading.pdf_runs import Chunk
from bot.records.sections import line_contexts

BODY = [
    "The Partnership Board, chaired by our Independent Chair, meets on the",
    "second Thursday of each month and brings together the chief executives,",
    "accountable officers and council leaders of every partner organisation.",
]
MONEY = [
    "By 2020/21 the workstreams should save a great deal each year, with the",
    "largest share from productivity and the back office of the three trusts.",
]


def _newsletter(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0

    def line(text: str, size: float, step: float) -> None:
        nonlocal y
        pdf.setFont("Helvetica", size)
        pdf.drawString(50, y, text)
        y -= step

    line("Fernwick Together", 16, 24)
    line("Urgent care in Fernwick: have your", 10.5, 13)
    line("say", 10.5, 14)
    for text in ["We are planning to replace the minor injuries unit with an urgent treatment",
                 "centre open around the clock, after a public consultation next spring."]:
        line(text, 8.6, 11)
    line("How the partnership is run", 10.5, 14)  # no gap above: only its type marks it
    for text in BODY:
        line(text, 8.6, 11)
    line("SRO: Moira Edgecumbe", 10.5, 14)  # a card's field set large: no section
    line("Money: where it goes", 10.5, 14)
    for text in MONEY:
        line(text, 8.6, 11)
    pdf.save()
    return path


@pytest.fixture
def lines(tmp_path: Path):
    path = _newsletter(tmp_path / "news.pdf")
    read, *_ = read_pdf(path.name, path.read_bytes(), ReadLimits(10**8, 10**8))
    return read


def test_headings_set_large_open_their_sections_under_the_title(lines) -> None:
    sections = {line.text: section for line, section, _, _ in line_contexts(lines, wrapped=True)}
    assert sections[BODY[1]] == "Fernwick Together › How the partnership is run"
    assert sections[MONEY[0]] == "Fernwick Together › Money: where it goes"


def test_a_wrapped_title_is_one_heading_and_a_named_field_none(lines) -> None:
    marked = {line.text: line.heading for line in lines if line.heading}
    assert marked == {"Fernwick Together": 2, "Urgent care in Fernwick: have your say": 3,
                      "How the partnership is run": 3, "Money: where it goes": 3}


@pytest.mark.parametrize(("sizes", "expected"), [
    ([16, 10.5, 10.5], [2, 3, 3]),
    ([12, 12, 10], [2, 3, 4]),  # a subtitle in the title's type is read under it
    ([11, 14, 9], [2, 3, 4]),
    ([], []),
])
def test_levels_follow_size_under_the_first_heading(sizes: list[float], expected: list[int]) -> None:
    assert levels(sizes) == expected


def test_a_page_whose_runs_report_no_type_size_has_no_headings_by_it() -> None:
    runs = [Chunk(50, 700 - 12 * k, f"Section heading number {k}", 0.0) for k in range(15)]
    assert large_lines(runs) == []
