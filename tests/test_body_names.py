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
