"""A time of day ("8am to 8pm", "9.30am") is when something opens, never an amount or a count."""

import pytest

from bot.answering.types import numbers


@pytest.mark.parametrize("text, amounts", [
    ("Extended access, 8am to 8pm seven days a week, from four GP hubs", ["seven", "four"]),
    ("Clinics run from 9.30am to 4.30 pm in 12 practices", ["12 practices"]),
    ("The café opens at 6 p.m. on weekdays for 40 people", ["40 people"]),
    ("12 amber risks and 3 pmo posts", ["12", "3"]),
])
def test_a_time_of_day_is_no_amount(text: str, amounts: list[str]) -> None:
    assert [phrase for _, _, phrase in numbers(text)] == amounts
