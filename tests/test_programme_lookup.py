"""A work programme looked up by its code (owners._programme) is the one a pass over the whole
programmes table found: the first in table order, of the area when one is given."""

from datetime import date

from bot.answering.candidates.owners import _programme
from bot.answering.pipeline import context_for
from bot.index.store import PlanIndex


def test_programme_by_code_is_the_first_in_table_order(bundled_dir, tokenizer, papers) -> None:
    index = PlanIndex.open(bundled_dir)
    rows = index.table("programmes")
    assert rows, "the bundled papers name work programmes (Fylde Coast's WP1..WP9)"
    ctx = context_for("who is the SRO for WP4?", index, tokenizer, date(2017, 1, 1), 1000, None)
    asked = {(r.get("area"), r["code"]) for r in rows} | {(None, r["code"]) for r in rows} | {(None, "WP99"), ("Nowhere", "WP4")}
    for area, code in sorted(asked, key=str):
        expected = next((p for p in rows if p["code"] == code and (area is None or p.get("area") == area)), None)
        assert _programme(ctx, area, code) == expected
        assert _programme(ctx, area, code) == expected  # and again, as kept
    bare = papers({"note.txt": "A paper naming no work programme.\n"})
    assert _programme(context_for("who is the SRO for WP4?", bare, tokenizer, None, 1000, None), None, "WP4") is None
