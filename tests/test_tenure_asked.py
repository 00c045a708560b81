"""A person whose post the papers say ends on a day now past holds it no more, unless the question asks
for that end too: "who is the interim programme director, and when does her secondment end?" is about
the tenure, and its end date is half the answer."""

from datetime import date

import pytest

from bot.answering.candidates import Candidate
from bot.answering.eligibility import departed
from bot.answering.pipeline import context_for
from bot.textnorm import Tokenizer

REVIEW = """Gateway review report, February 2017

2.2 The Programme Director post is held on an interim basis by Priya Ranganathan, seconded from Tarnside Partnership
NHS FT (TPFT) until 30 June 2017. The PMO has 11.5 of its 16 posts filled.
"""
OTHER = "Partnership Board minutes\n\nThe Board noted the estates update and agreed the winter plan before the year end.\n"
SAID = "Priya Ranganathan; 30 June 2017: " + REVIEW.split("\n\n")[1].replace("\n", " ").strip()


@pytest.mark.parametrize(("question", "gone"), [
    ("Who is the interim programme director, and when does her secondment end?", False),  # the end is asked
    ("Who is the interim programme director?", True),  # asked on a day after the secondment ends
])
def test_a_tenure_asked_with_its_end_still_answers_after_it_ends(papers, question: str, gone: bool) -> None:
    ctx = context_for(question, papers({"review.txt": REVIEW, "minutes.txt": OTHER}), Tokenizer(), date(2017, 9, 1), 1000, None)
    candidate = Candidate(source="sentence", main=SAID, context="", area=None, answer=SAID, citations=[])
    assert departed(candidate, ctx) is gone
