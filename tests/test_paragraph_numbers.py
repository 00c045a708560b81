"""A paragraph's number opening its line ("3.1 Dr Ann Example is SRO ...") says where the paragraph is,
not how many of anything: "what is the population?" is not answered "3.1" from a line about Population Health."""

import pytest

from bot.answering.types import numbers


@pytest.mark.parametrize("text, amounts", [
    ("3.1 Dr Ann Example is SRO for Prevention & Population Health.", []),  # a paragraph's number opening its line
    ("Minutes\n4.4 The number of inpatients fell to 33.", ["33"]),
    ("Savings of 3.1 Mental Health", ["3.1"]),  # not at a line's start: an amount
    ("Mental Health\t4.8", ["4.8"]),
])
def test_a_paragraph_number_opening_a_line_is_no_amount(text: str, amounts: list[str]) -> None:
    assert [phrase for _, _, phrase in numbers(text)] == amounts
