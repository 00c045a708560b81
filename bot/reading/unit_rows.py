"""A table whose units stand in a row of their own under its headings ("2018/19 plan" over "£000",
"Investment 2018/19" over "£m"): each heading is read with its unit ("2018/19 plan (£000)"), as a reader
carries the unit down the column, and the units row is not read as a row of figures."""

from __future__ import annotations

import re

from bot.models import SourceLine

# A cell that is a unit and nothing else: money scales, a percentage, counts of staff or things.
_UNIT = re.compile(r"^\(?(?:£\s?'?(?:000s?|k|m|bn|million|thousand|millions|thousands)?|%|per ?cent|percentage|wte|fte|number|no\.?|count|"
                   r"000s|'000s?|days?|weeks?|months?|beds?|hours?|minutes?|rate|ratio|index|score)\)?$", re.IGNORECASE)
MIN_UNITS = 2  # one unit cell could be any short value; two or more under headings are a units row


def units_into_header(lines: list[SourceLine]) -> list[SourceLine]:
    out: list[SourceLine] = []
    for line in lines:
        above = out[-1] if out else None
        merged = _with_units(above.text, line.text) if above is not None and "\t" in line.text and "\t" in above.text else None
        if merged is None:
            out.append(line)
        else:
            out[-1] = above.model_copy(update={"text": merged})
    return out


def _with_units(header: str, row: str) -> str | None:
    """The header with each unit of the row below added to its heading, or None when the row is not
    a units row under that header (another cell count, a cell that is no unit, a heading missing)."""
    heads, units = header.split("\t"), row.split("\t")
    said = [(k, u.strip()) for k, u in enumerate(units) if u.strip()]
    if len(heads) != len(units) or len(said) < MIN_UNITS or not all(_UNIT.match(u) for _, u in said):
        return None
    if any(not heads[k].strip() or re.fullmatch(r"[\d.,£%-]+", heads[k].strip()) for k, _ in said):
        return None
    for k, unit in said:
        heads[k] = f"{heads[k].rstrip()} ({unit.strip('()')})"
    return "\t".join(heads)
