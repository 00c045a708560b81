"""Ditto marks in tables: a cell holding only '"' (or 〃, "ditto", "do.") says "the same as the row
above", as typed and printed plans write a repeated SRO or place. The row is read with the value it
stands for, cited where that value is written, so an answer quotes a line that holds it."""

import re
from dataclasses import replace
from typing import Protocol, TypeVar

# The marks as PDF text layers and typists give them: straight and curly double quotes, the ditto mark,
# double primes, two single quotes, and the words.
_DITTO = re.compile(r"^(?:[\"“”〃″]|''|’’|ditto|do\.?)$", re.IGNORECASE)


class _Cell(Protocol):
    text: str


C = TypeVar("C", bound=_Cell)


def is_ditto(text: str) -> bool:
    return bool(_DITTO.match(text.strip()))


def filled_dittos(row: list[C], above: list[C] | None) -> list[C]:
    """The row with each ditto cell replaced by the cell above it in the same column (itself already
    filled, so a run of dittos all stand for the first value); a ditto with nothing above stays."""
    if above is None or not any(is_ditto(c.text) for c in row):
        return row
    return [replace(above[k]) if is_ditto(c.text) and k < len(above) and above[k].text and not is_ditto(above[k].text) else c  # type: ignore[type-var]
            for k, c in enumerate(row)]
