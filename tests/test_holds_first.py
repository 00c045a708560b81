"""Whether a text holds the asked type (types.holds) is known at the first name or date found: the same
answer as finding them all, over every line of the bundled papers."""

from pathlib import Path

from bot.answering import types
from tests.conftest import ROOT


def test_holds_a_date_or_a_name_as_finding_them_all() -> None:
    lines = [line for paper in sorted((ROOT / "corpus").glob("*.txt")) for line in paper.read_text(encoding="utf-8").splitlines()]
    common = frozenset({"the", "plan", "care", "health"})
    held = {"date": 0, "person": 0}
    for line in lines:
        assert types.holds("date", line) == bool(types.dates(line)), line
        assert types.holds("person", line, common) == bool(types.people(line, common)), line
        held["date"] += types.holds("date", line)
        held["person"] += types.holds("person", line, common)
    assert all(n > 20 for n in held.values()) and len(lines) > 1000
