"""One must-do's coverage across every plan area's grid, for a question that names no area ("which
local priorities are marked Primary against the A&E must-do?"): each area's answer alone is a part of
it, and the part an area's own candidate would give is no answer to the whole."""

from collections.abc import Iterator

from bot.answering.candidates import Candidate, Context, cite_row, trim, unique
from bot.answering.candidates.mustdo_naming import header_cite, named_mustdo, priority_key
from bot.index.record_terms import RecordTable

ANSWER_CHARS = 590


def across_areas(ctx: Context, table: RecordTable, cells: dict[str | None, list[int]], number: int) -> Iterator[Candidate]:
    """`cells`: each area's cells against must-do `number` (at the level asked). One candidate naming each
    area's priorities, when at least two areas have some."""
    entered = {area: sorted(at, key=lambda i: priority_key(table.rows[i]["priority"])) for area, at in cells.items() if at}
    if len(entered) < 2:
        return
    first = table.rows[next(iter(entered.values()))[0]]
    level = " (leading)" if ctx.analysis.mustdo_level == "lead" else ""
    parts = "; ".join(f"{area or 'the plans'}: {', '.join(dict.fromkeys(table.rows[i]['priority'] for i in at))}"
                      for area, at in entered.items())
    rows = [table.rows[i] for at in entered.values() for i in at]
    header = header_cite(first)
    texts = tuple(r["text"] for r in rows)
    yield Candidate(source="mustdo", main=" ".join(texts), main_parts=texts,
                    context=f"{first['description']} {first.get('caption') or ''}", area=None,
                    answer=trim(f"{named_mustdo(number, first)} is covered{level} in {len(entered)} areas: {parts}.", ANSWER_CHARS),
                    citations=unique([cite_row(rows[0]), *([header] if header else []), *(cite_row(r) for r in rows[1:])]),
                    fits_form=1.0, nearest=f"{named_mustdo(number, first)}: across areas")
