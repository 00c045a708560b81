"""A memo's cover block (bot/reading/text.py aligned_values): each label's value set at one column, a value
too long for its line going on under it at that column, read as one line, so the post it names on its
second line is the author's."""

import pytest

from bot.answering.pipeline import answer
from bot.reading.text import aligned_values

REPORT = """GRETTLEWICK CCG GOVERNING BODY
Accountable Officer's report

Author:           Margery Thistlewood, Accountable Officer, Grettlewick CCG,
                  and Lead for the Grettlewick & Oakfield STP
Purpose:          For information
Date of paper:    2 March 2017

1. Introduction
This report updates the governing body on the work of the STP since January.
"""
OTHER = "Programme board note\nThe STP Digital Programme Lead, Hollis Venn, reported on the shared care record.\n"


def test_a_value_going_on_at_its_column_is_one_line_and_a_list_under_a_label_is_not() -> None:
    lines = ["Author:     A Person, Accountable Officer,", "            and Lead for the STP", "Purpose:    For information",
             "", "Members:    A", "            B", "            C", "            D"]
    assert aligned_values(lines) == ["Author:     A Person, Accountable Officer, and Lead for the STP", None, "Purpose:    For information",
                                     "", "Members:    A", "            B", "            C", "            D"]
    assert aligned_values(["Author:     A Person,", "      set in elsewhere"]) == ["Author:     A Person,", "      set in elsewhere"]


@pytest.mark.parametrize("question", ["Who is the Lead for the Grettlewick & Oakfield STP?", "who's the overall STP lead?"])
def test_the_post_on_a_fields_second_line_is_the_authors(papers, tokenizer, question: str) -> None:
    reply = answer(question, papers({"ao_report.txt": REPORT, "note.txt": OTHER}), tokenizer)
    assert reply.answered and "Thistlewood" in reply.answer[:40], reply.answer
