"""A question that asks two things gets both, each from where the papers say it."""

import pytest

from bot.answering.compound import asked_with_subject, parts
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "expected"), [
    ("How many sites make up the estate, and what is their total floor area?",
     ["How many sites make up the estate", "what is their total floor area"]),
    ("when did the board meet? which papers did it take", ["when did the board meet", "which papers did it take"]),
    ("how often does it sit, and on what day?", ["how often does it sit", "on what day"]),
    ("In the care plan, how many days are allowed?", ["In the care plan, how many days are allowed?"]),  # a leading phrase
    ("who owns the estates programme?", ["who owns the estates programme?"]),
    # a trailing "and how much?" or "and when?" asks the same thing's figure or date: no part of its own
    ("which programme saves the most by 2020/21, and how much?", ["which programme saves the most by 2020/21, and how much?"]),
    ("who owns it and when?", ["who owns it and when?"]),
])
def test_parts(question: str, expected: list[str]) -> None:
    assert parts(question) == expected


def test_a_later_part_takes_its_subject_from_the_parts_before_it() -> None:
    pieces = parts("How many sites make up the estate, and what is their total floor area?")
    assert asked_with_subject(pieces, 0) == "How many sites make up the estate"
    assert asked_with_subject(pieces, 1) == "what is their total floor area? (sites make up the estate)"


ESTATE = """Wyvern Estates Summary

1 Where we are now
The Wyvern estate has 43 sites, from two acute hospitals to three office buildings.
Backlog maintenance stood at £94.7m in March.

2 Space
The sites' gross internal floor area is 286,500 square metres, a third of it built before 1975.
"""


def test_both_parts_are_answered_and_cited(papers) -> None:
    index = papers({"estate.txt": ESTATE, **OTHER_PAPERS})
    reply = answer("How many sites does the Wyvern estate have, and what is their total floor area?", index, Tokenizer())
    assert reply.answered and "43" in reply.answer and "286,500" in reply.answer, reply.answer
    assert {c.line for c in reply.citations} >= {4, 8}


def test_a_part_the_papers_do_not_answer_is_not_passed_off_as_whole(papers) -> None:
    index = papers({"estate.txt": ESTATE, **OTHER_PAPERS})
    reply = answer("How many sites does the Wyvern estate have, and who is the chief nursing officer?", index, Tokenizer())
    assert "|" not in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("who's sro and clinical lead for the primary care workstream? both names",
     ["who is the sro for the primary care workstream? both names", "who is the clinical lead for the primary care workstream? both names"]),
    ("Who are the SRO and the clinical lead for UEC?", ["who is the SRO for UEC?", "who is the clinical lead for UEC?"]),
    ("who is the SRO for UEC?", []),
])
def test_two_posts_asked_of_one_remit_are_two_questions(question: str, expected: list[str]) -> None:
    from bot.answering.compound import post_pair

    assert post_pair(question) == expected


def test_two_posts_named_on_one_line_are_both_answered(papers) -> None:
    """"SRO: A ... Clinical lead: B" on one line answers both posts: each is named, not the first alone."""
    from bot.answering.pipeline import answer
    from bot.textnorm import Tokenizer

    plan = ("Programme Board update\n\n3.3.1\tWe are able to announce the appointment of Dr Malcolm Ridgeway, from Blackburn, as "
            "the Senior Responsible Officer (SRO) for the Primary Care Transformation Workstream, and he will be further aided by "
            "Dr Mark Spencer, from Fylde, as the Clinical Lead.\n3.3.2\tThe workstream reports to the Programme Board.\n")
    reply = answer("who's sro and clinical lead for the primary care transformation workstream?", papers({"plan.txt": plan}), Tokenizer())
    assert reply.answered and "Ridgeway" in reply.answer and "Spencer" in reply.answer, reply.answer
