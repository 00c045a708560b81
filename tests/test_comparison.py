"""A question comparing two named things ("which gets more, the hub or the ambulance schemes?") is
answered with each one's figure, from where each is written, and which is bigger."""

import pytest

from bot.answering.comparison import asked_comparison
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

WINTER = """Wexbury ICS winter plan 2026/27

1. Finance
The winter plan is funded from a £14.6m non-recurrent allocation for 2026/27: £9.2m for escalation beds,
£3.1m for the discharge hub and £2.3m for ambulance schemes.

2. Estates
The Holt Lane diagnostic centre has a capital budget of £9.3m. The Front Door expansion has a capital
budget of £6.8m, funded from national urgent care capital.
"""
NOTE = "Wexbury ICS board note\nThe board met in March and agreed the winter plan.\n"


@pytest.mark.parametrize(("question", "first", "second", "more"), [
    ("Which gets more of the winter funding, the discharge hub or the ambulance schemes?", "the discharge hub", "the ambulance schemes", True),
    ("is the efficiency ask bigger in 26/27 or 27/28?", "26/27", "27/28", True),
    ("which costs less, the Front Door or the Care Record?", "the Front Door", "the Care Record", False),
])
def test_the_options_compared(question: str, first: str, second: str, more: bool) -> None:
    compared = asked_comparison(question)
    assert compared is not None and (compared.first, compared.second, compared.more) == (first, second, more)


@pytest.mark.parametrize("question", ["who is the SRO or the clinical lead?", "is the hub opening in June or July?",
                                      "which scheme costs the most?"])
def test_no_comparison(question: str) -> None:
    assert asked_comparison(question) is None


@pytest.mark.parametrize(("question", "expected"), [
    ("Which gets more of the winter funding, the discharge hub or the ambulance schemes?",
     "The discharge hub has the bigger figure (£3.1m, against £2.3m for the ambulance schemes)"),
    ("Which gets less of the winter funding, the discharge hub or the ambulance schemes?",
     "The ambulance schemes has the smaller figure (£2.3m, against £3.1m for the discharge hub)"),
    ("Which has the bigger capital budget, the Front Door expansion or the Holt Lane diagnostic centre?",
     "The Holt Lane diagnostic centre has the bigger figure (£9.3m, against £6.8m for the Front Door expansion)"),
])
def test_each_figure_and_which_is_bigger(papers, tokenizer: Tokenizer, question: str, expected: str) -> None:
    reply = answer(question, papers({"winter.txt": WINTER, "note.txt": NOTE}), tokenizer)
    assert reply.answered and reply.answer.startswith(expected), reply.answer
    assert reply.citations and all(c.document == "winter.txt" for c in reply.citations)


SUMMARY = """Programme summary

Programme\tCapital 2026/27 (£000)\tRevenue 2026/27 (£000)
LC2 Elective Recovery & Diagnostics\t9750\t3100
LC7 Sustainable System (enablers)\t7400\t3260
"""


def test_a_table_in_thousands_compares_its_cells_not_its_unit(papers, tokenizer: Tokenizer) -> None:
    reply = answer("Which programme has the larger capital budget in 2026/27: LC2 Elective Recovery & Diagnostics or LC7 "
                   "Sustainable System?", papers({"summary.txt": SUMMARY}), tokenizer)
    assert reply.answered and reply.answer.startswith("LC2 Elective Recovery & Diagnostics has the bigger figure"), reply.answer
    assert "9750" in reply.answer and "7400" in reply.answer, reply.answer


DASHBOARD = """Integrated performance dashboard, Q2 2019/20

A&E 4-hour - Marrowdale Teaching Hospitals: 88.7% · Target 95%
Cancer 62-day - Marrowdale Teaching Hospitals: 78.4% · Target 85%

Urgent care
Four-hour performance was 86.9% across the system in Q2 against the 95% standard, and 84.3% at Kestle Vale Healthcare.
"""


def test_the_better_of_two_shares_is_the_higher_and_a_standards_name_is_no_figure(papers, tokenizer: Tokenizer) -> None:
    """"Which had the better four-hour performance, X or Y?": each one's share, the higher first; the 4
    of "4-hour" names the standard and is no figure of either."""
    reply = answer("Which trust had the better A&E four-hour performance in Q2, Marrowdale Teaching Hospitals or Kestle Vale "
                   "Healthcare?", papers({"dashboard.txt": DASHBOARD, "note.txt": NOTE}), tokenizer)
    assert reply.answered and reply.answer.startswith("Marrowdale Teaching Hospitals has the higher figure (88.7%, against 84.3%"), reply.answer
