"""Tables of figures: a row of names over rows of figures names the columns, however long the names;
a figure alone in its cell is read with its row's name and its column's; asked with no column named,
a row of figures by period answers with each figure and its period."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.types import durations
from bot.index.passages import labels_over_figures
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

WORKFORCE = """Workforce at a glance (September 2018)

Measure\tNorthgate Teaching Hospitals NHS FT\tFellwick Community Health NHS Trust\tSystem total
Registered nurse vacancies (WTE)\t214\t87\t301
Medical vacancies (WTE)\t38\t6\t44
"""

PLANNING = """Key planning figures

Measure\tUnit\t2025/26 outturn\t2026/27 plan\t2027/28 plan
Registered population\tpeople\t905100\t912400\t918900
Virtual ward beds\tbeds\t110\t200\t240
"""


@pytest.mark.parametrize("top, below, names", [
    ("Measure\tNorthgate Teaching Hospitals NHS FT\tFellwick Community Health NHS Trust\tSystem total",
     "Registered nurse vacancies (WTE)\t214\t87\t301", True),
    ("Registered nurse vacancies (WTE)\t214\t87\t301", "Medical vacancies (WTE)\t38\t6\t44", False),  # figures name nothing
    ("Programme\tLead\tStatus", "Urgent care\tJo Bloggs\tGreen", False),  # no figures below
])
def test_a_row_of_words_over_a_row_of_figures_names_the_columns(top: str, below: str, names: bool) -> None:
    assert labels_over_figures(top, below) is names


def test_a_figure_cell_answers_with_its_row_and_column(papers) -> None:
    index = papers({"vacancies.txt": WORKFORCE, **OTHER_PAPERS})
    reply = answer("How many registered nurse vacancies does Northgate Teaching Hospitals have?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("214"), reply.answer


def test_a_row_of_figures_by_period_asked_with_no_period_gives_each(papers) -> None:
    index = papers({"planning.txt": PLANNING, **OTHER_PAPERS})
    reply = answer("What is the registered population?", index, Tokenizer())
    assert reply.answered and all(f in reply.answer for f in ("905100 (2025/26 outturn)", "912400 (2026/27 plan)")), reply.answer
    named = answer("What is the registered population in the 2027/28 plan?", index, Tokenizer())
    assert named.answered and named.answer.startswith("918900"), named.answer


@pytest.mark.parametrize("text, lengths", [
    ("running costs 450", []), ("on secondment for 120 days", ["120 days"]), ("until 31 January 2027", ["31 January 2027"])])
def test_a_length_of_time_has_a_unit_of_time(text: str, lengths: list[str]) -> None:
    assert [phrase for _, _, phrase in durations(text)] == lengths


def test_a_figure_drawn_in_a_pdf_table_counts_what_its_row_names(bank_index, tokenizer) -> None:
    """A real PDF (bank L's plan at a glance): a workforce table drawn on the page with its trusts as
    rotated column headings. The row records have no header there, so the sentence reader's cell, a
    figure alone, must count what its row names ("Medical vacancies (WTE)") to answer "how many"."""
    index = bank_index("other_ics_l")
    reply = answer("How many medical vacancies does Fellside Partnership NHS FT have?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("19:"), reply.answer


KEY_FIGURES = """Key figures

Measure\tValue\tUnit\tSource
Investment in general practice by 2020/21\t26.5\t£m\tGP Forward View plan
Planned reduction in acute beds by 2020/21\t165\tbeds\tAcute services review
"""


def test_a_measure_column_of_long_names_is_no_unit(papers) -> None:
    """"Measure | Value | Unit": the Measure cell names the figure; only the short Unit cell says what it
    counts, so "£m" makes the value a sum of money."""
    index = papers({"key_figures.txt": KEY_FIGURES, **OTHER_PAPERS})
    reply = answer("How much is to be invested in general practice by 2020/21?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("£26.5m"), reply.answer
