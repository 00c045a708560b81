"""A body's name between its kind's words ("NHS Saltmarsh Vale CCG", "NHS Marsh Coast Foundation Trust")
is no person's name, so an answer never leads with a place as the person asked for."""

import pytest

from bot.records.names import names_in


@pytest.mark.parametrize("text, people", [
    ("The Board appointed Dr Fiona Lace, Clinical Chair of NHS Saltmarsh Vale CCG, as Chair of the Board.", ["Dr Fiona Lace"]),
    ("Jo Bloggs, Chief Executive, NHS Marsh Coast Foundation Trust", ["Jo Bloggs"]),
    ("Kieran Doyle, Deputy Chief Operating Officer, and Amrit Sehmbi (PMO)", ["Kieran Doyle", "Amrit Sehmbi"]),
])
def test_people_not_bodies(text: str, people: list[str]) -> None:
    assert [name for _, _, name in names_in(text)] == people


@pytest.mark.parametrize("text, people", [
    ("Workforce\tJoint campaign launched\tLavinia STRUDWICK-AMOAH", ["Lavinia STRUDWICK-AMOAH"]),
    ("The plan is held by Ottilie BRAMHALL, Programme Director.", ["Ottilie BRAMHALL"]),
    ("The Marlhaven CCG and the Shadow ICS agreed; Acting SRO named.", []),  # acronyms after a word
    ("Children CAMHS waits fell; Partnership NHSE letter received.", []),
    ("Led by Dr T Mwangi-Rourke with Dr Jane Example.", ["Dr T Mwangi-Rourke", "Dr Jane Example"]),  # an initial after a title
])
def test_surnames_in_capitals_and_initials_after_a_title_name_people(text: str, people: list[str]) -> None:
    """Some papers write every person "Forename SURNAME", or by title, initial and surname: both name a
    person, where a short acronym after a capitalised word does not."""
    assert [name for _, _, name in names_in(text)] == people
