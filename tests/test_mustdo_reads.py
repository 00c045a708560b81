"""A must-do question groups its area's matrix cells by the area and must-do columns alone and reads
whole rows only of the must-do asked about: an area's matrices in a national corpus run to thousands
of cells. The candidates are those of reading every row."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.candidates import mustdos
from bot.answering.pipeline import answer, context_for
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer


@pytest.mark.parametrize("question", ["which priorities in Central Lancs cover must do 4?", "bay - which priority covers the RTT 18 week must do?",
                                      "which must dos have no priority against them in fylde?"])
def test_only_the_asked_must_dos_rows_are_read(bundled_dir: Path, monkeypatch: pytest.MonkeyPatch, question: str) -> None:
    index, tok = PlanIndex.open(bundled_dir), Tokenizer()
    tables = []

    def kept(ctx, name):  # the table the generator reads, kept to look at what it read
        tables.append(area_records(ctx, name))
        return tables[-1]

    area_records = mustdos.area_records
    monkeypatch.setattr(mustdos, "area_records", kept)
    try:
        ctx = context_for(question, index, tok, date(2017, 1, 1), 1000, None)
        found = list(mustdos.mustdo_candidates(ctx))
        assert found and len(tables) == 1
        table = tables[0]
        read = set(table.rows._got)  # type: ignore[attr-defined]
        numbers = set(ctx.analysis.mustdos) or {c for c in table.column("mustdo").tolist()}
        asked = {int(k) for k, n in zip(table.keys, table.column("mustdo").tolist()) if n in numbers}
        if ctx.analysis.mustdos:
            assert len(read) <= 2 * len(asked) + 2 < len(table)  # the asked rows (and a few read ahead with them)
        monkeypatch.setattr(mustdos, "area_records", area_records)
        assert answer(question, index, tok, date(2017, 1, 1)).answer.startswith(("In ", "P", "WP"))
    finally:
        index.close()
