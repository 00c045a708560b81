"""A passage's lines are stored without their texts when the passage's text holds them exactly."""

import json

from bot.index.store import pack_units, unpack_units
from bot.models import Passage, SourceLine


def passage(units: list[SourceLine]) -> Passage:
    return Passage(id="x", seq=0, doc_id="d", document="a.txt", title="A", page=None, line_start=1, line_end=2,
                   section=None, area=None, text="\n".join(u.text for u in units), units=units)


def test_lines_are_stored_as_places_and_read_back_whole() -> None:
    units = [SourceLine(line=3, text="Stroke pathway\tDr A"), SourceLine(line=4, text=""), SourceLine(page=2, text="Q4")]
    stored = pack_units(passage(units))
    assert "Stroke" not in stored and json.loads(stored) == [[None, 3], [None, 4], [2, None]]
    assert unpack_units(stored, passage(units).text) == units


def test_a_line_holding_a_newline_keeps_its_text() -> None:
    units = [SourceLine(line=1, text="two\nparts"), SourceLine(line=2, text="after")]
    stored = pack_units(passage(units))
    assert "parts" in stored and unpack_units(stored, passage(units).text) == units
