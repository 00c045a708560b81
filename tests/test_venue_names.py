"""A venue's name reads like a person's ("Lyndhithe Town Hall", "Thornleigh Civic Centre"): a place's name
and the head noun of a building. Read as a person, its first word names someone, so a question naming the
place ("the Lyndhithe Coast SRO") would seem to name that person and ask for their deputy."""

import pytest

from bot.answering.pipeline import answer
from bot.records.names import person_name
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("text", ["Lyndhithe Town Hall", "Ashby Village Hall", "Thornleigh Civic Hall"])
def test_a_venue_is_no_person(text: str) -> None:
    assert person_name(text) is None


@pytest.mark.parametrize("text", ["Jonathan Hall", "Dr Amelia Townsend"])
def test_a_surname_like_a_building_word_is_still_a_name(text: str) -> None:
    assert person_name(text) == text


MINUTES = ("Cawdermoor & Lyndhithe STP Partnership Board\n"
           "Minutes of the meeting held on Thursday 16 March 2017, 10:00, Council Chamber,\n"
           "Lyndhithe Town Hall\n"
           "Present: Professor Gwen Tallis (Independent Chair); Tamsin Gorrell; Graham Tolliver.\n"
           "17/022 Leadership changes\n"
           "The Board agreed that Tamsin Gorrell will be the Senior Responsible Officer for Lyndhithe Coast from 1 April 2017. "
           "Graham Tolliver remains her nominated deputy on the Programme Board.\n")


def test_a_place_named_in_a_question_names_no_one_whose_deputy_is_asked(papers) -> None:
    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    assert not any("Town Hall" in str(p["name"]) for p in index.table("people"))
    reply = answer("Who is the nominated deputy of the Lyndhithe Coast SRO on the Programme Board?", index, Tokenizer())
    assert reply.answered and "Graham Tolliver" in reply.answer[:80], reply.answer
