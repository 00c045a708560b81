"""A row holds a sum when a cell states one, or is a bare figure under a unit its table or paper states
once (rows.typed_rows): worked out as it was, with the table's unit read once per text."""

import json
import re

import numpy as np

from bot.answering import types
from bot.answering.candidates import row_money
from bot.answering.candidates import rows as rows_module
from bot.answering.pipeline import context_for
from bot.index.record_terms import rows_in_areas

BUDGET = """Wyvern transformation budget 2025/26 (£000s)

Scheme\tRecurrent\tNon-recurrent\tTotal
Virtual wards\t1,200\t300\t1,500
Care record\tTBC\t\tTBC
Ambulance handover\t£0.4m\t-\t£0.4m
"""
PLAN = """Wyvern digital plan

Workstream\tLead\tBudget (£m)\tDue
Shared care record\tGwen Atter\t2.9\tMarch 2026
Patient app\tLorcan Whit\tto be agreed\tJune 2026
"""


def _held_before(ctx, table, at: np.ndarray) -> np.ndarray:
    """typed_rows for money as it was written before: every cell's sum looked for twice, the unit found anew."""
    out = []
    for row in table.take(at):
        cells = json.loads(row["cells"])
        labels = json.loads(row["labels"] or "[]") + [""] * max(0, len(cells) - len(json.loads(row["labels"] or "[]")))
        said = [row.get(f) or "" for f in ("caption", "header_text", "section", "doc_title")] + [ctx.lex.about(row["document"])]
        unit = next((m.group(0) for text in said for m in [row_money._TABLE_UNIT.search(text)] if m), None)
        if unit is not None:
            labels = [label if row_money._MONEY_UNIT.search(label) else f"{label} ({unit})".strip() for label in labels]
        out.append(any(c["text"] and (types.holds("money", c["text"]) or row_money.sum_in(labels, k, c["text"]))
                       for k, c in enumerate(cells)))
    return np.array(out, dtype=float)


def test_rows_holding_sums_are_those_found_before(papers, tokenizer) -> None:
    index = papers({"budget.txt": BUDGET, "plan.txt": PLAN})
    ctx = context_for("how much is the virtual wards budget?", index, tokenizer, None, 1000, None)
    assert ctx.analysis.want == "money"
    table = rows_in_areas(index, tokenizer, "rows", [])  # every row
    at = np.arange(len(table))
    found = rows_module.typed_rows(ctx, table, at)
    assert found.tolist() == _held_before(ctx, table, at).tolist()
    assert 0 < found.sum() < len(found)  # some rows hold a sum and some do not: the test tests something
    assert re.search(r"£000s", BUDGET) and row_money._table_unit(BUDGET.splitlines()[0]) == "£000s"


def test_a_unit_alone_above_a_sheets_table_is_part_of_its_caption() -> None:
    """"£000" alone in A2 under the sheet's title: every bare figure in the table below is in thousands."""
    from bot.models import SourceLine
    from bot.records.table_rows import table_caption

    lines = [SourceLine(page=4, line=1, text="Transformation funding 2018/19 by scheme"), SourceLine(page=4, line=2, text="£000"),
             SourceLine(page=4, line=4, text="Ref\tScheme\tRevenue\tCapital\tTotal"),
             SourceLine(page=4, line=5, text="PEL-01\tHome First\t420\t0\t420")]
    assert table_caption(lines, 2) == "Transformation funding 2018/19 by scheme £000"
    assert table_caption(lines[1:], 1) == "£000"
