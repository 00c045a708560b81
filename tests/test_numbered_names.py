"""A number that is part of a name ("NHS 111", "Ward 9", "Hub 1") says which one, not how many; and "how
many calls a year" counts calls: the rate ("a year", "each week") is no part of what is counted."""

import pytest

from bot.answering import types
from bot.answering.counting import counted_nouns
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

CONTRACT = """Integrated urgent care contract: award recommendation

2.1 The new service joins NHS 111 call handling with a clinical assessment service of GPs, nurses and paramedics.
2.2 The service runs 24 hours a day, 365 days a year, from the Ward 9 offices at Lowenby District Hospital.
"""


@pytest.mark.parametrize(("text", "found"), [
    ("The new service joins NHS 111 call handling", []),
    ("the Ward 9 decant moves the opening", []),
    ("Hub 1 opens in June", []),
    ("the departments saw 141,200 type 1 attendances", ["141,200"]),  # which type of attendance, not how many
    ("every Level 3 practice", []),
    ("the STP will open 12 hubs", ["12"]),
    ("QIPP 12% of spend", ["12%"]),  # a percentage after an acronym is still a figure
    ("CCG 2.5m saving", ["2.5m"]),
    ("Theme 3: Young carers", []),  # which theme, not how many carers
    ("see Slide 4 and Objective 2", []),
    ("as Recommendation 12 asks", []),  # a long label word still says which one
])
def test_a_number_in_a_name_is_no_figure(text: str, found: list[str]) -> None:
    assert [phrase for _, _, phrase in types.numbers(text)] == found


@pytest.mark.parametrize(("question", "nouns"), [
    ("How many calls a year is the service expected to handle?", ["calls"]),
    ("how many patients each day attend the UTC?", ["patients"]),
    ("how many G&A beds across the 3 acutes?", ["g&a", "beds"]),
])
def test_a_rate_is_no_part_of_what_is_counted(question: str, nouns: list[str]) -> None:
    assert counted_nouns(question) == nouns


def test_a_count_the_papers_do_not_give_is_refused(papers) -> None:
    """Neither "NHS 111" nor "365 days a year" is a number of calls."""
    reply = answer("How many calls a year is the integrated urgent care service expected to handle?",
                   papers({"contract.txt": CONTRACT}), Tokenizer())
    assert not reply.answered, reply.answer
