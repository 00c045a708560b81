"""What kind of answer a question asks for, read from chat that names the thing asked by its noun
("closing date for the stroke consultation?", "cressbrook valley population?")."""

import pytest


@pytest.mark.parametrize("question", ["closing date for the stroke consultation?", "consultation closing date for stroke?",
                                      "start date of the pilot?", "deadline for the bids?", "dates for the engagement events?"])
def test_a_chat_question_headed_by_a_date_asks_for_one(question: str) -> None:
    from bot.answering.asked_type import asked_types

    assert asked_types(question) == ("date",)


@pytest.mark.parametrize(("question", "wants"), [
    ("nhs 111 clinical hub go-live? heard it slipped", ("date",)),  # the thing and the event it waits on
    ("crisis cafe opening?", ("date",)),
    ("who signs off the go-live?", ("person",)),  # a question word says what is asked
])
def test_chat_naming_a_thing_and_its_go_live_asks_when(question: str, wants: tuple) -> None:
    from bot.answering.asked_type import asked_types

    assert asked_types(question) == wants


def test_the_go_live_read_ahead_leaves_the_thing_as_topic() -> None:
    """The event is read ahead of the words, so "nhs 111 clinical hub" stays what the question is about."""
    from bot.answering.asked_type import DATE_ASKED

    assert DATE_ASKED.search("nhs 111 clinical hub go-live?").group(0) == ""


@pytest.mark.parametrize(("question", "wants"), [
    ("whats the tq population?", ("number",)),  # the footprint's initials between
    ("cressbrook valley population?", ("number",)),  # chat naming the place and the figure alone
    ("population health management - who leads it?", ("person",)),
])
def test_a_population_asked_by_its_place_asks_for_a_number(question: str, wants: tuple) -> None:
    from bot.answering.asked_type import asked_types

    assert asked_types(question) == wants


@pytest.mark.parametrize(("question", "yesno"), [
    ("can i get a list of all 6 programme clinical leads? for the invite list", False),  # asking to be given them
    ("could we have the dates for the stroke consultation?", False),
    ("can i join the clinical reference group?", True),
    ("does the plan mention dementia?", True),
])
def test_asking_to_be_given_something_is_no_yes_or_no(question: str, yesno: bool) -> None:
    from bot.answering.asked_type import asked_types
    assert ("yesno" in asked_types(question.lower())) is yesno
