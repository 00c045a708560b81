"""Sums of money in a table's cells: a money table states its unit once (in a column's label, its
caption, header or section, or the paper's title), and its cells are bare numbers ("2.9" under "Total
(£m)" is £2.9m)."""

import re
from functools import lru_cache

from bot.answering import types


_MONEY_UNIT = re.compile(r"£\s*(bn|m|million|k|000s?)?\b", re.I)
PLAIN_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_SUFFIX = {"m": "m", "million": "m", "bn": "bn", "k": "k", "000": "k", "000s": "k"}


def unit_sum(label: str, text: str) -> str | None:
    """"2.9" in a column labelled "Total (£m)" is £2.9m: a money table states its unit once, in the
    header, and its cells are bare numbers."""
    unit = _MONEY_UNIT.search(label)
    if not unit or not PLAIN_NUMBER.fullmatch(text.strip()):
        return None
    return f"£{text.strip()}{_SUFFIX.get((unit.group(1) or '').lower(), '')}"


# a money table's unit said once for the whole table: "Transformation budget 2019/20 £000s", "(£m)", "in £k"
_TABLE_UNIT = re.compile(r"(?<![\d.,])£\s*(?:000s?|k|m|bn|million)\b(?![.,]?\d)|\(£\)", re.I)


@lru_cache(maxsize=20_000)
def _table_unit(text: str) -> str | None:
    """The unit a table's caption, header, section or paper states for it, if any: cached, as a national
    corpus's money rows repeat the same few tables' texts and papers' openings thousands of times."""
    found = _TABLE_UNIT.search(text)
    return found.group(0) if found else None


def money_labels(row: dict, labels: list[str], width: int, opening: str = "") -> list[str]:
    """The row's column labels, each without a unit of its own given the unit its table states once, in
    its caption, header or section, or the paper's title or opening; a row without labels gets one per cell."""
    labels = labels + [""] * (width - len(labels))
    said = [row.get(field) or "" for field in ("caption", "header_text", "section", "doc_title")] + [opening]
    unit = next((found for text in said if (found := _table_unit(text))), None)
    if unit is None:
        return labels
    return [label if _MONEY_UNIT.search(label) else f"{label} ({unit})".strip() for label in labels]


def sum_in(labels: list[str], k: int, text: str) -> bool:
    return bool(types.money(text)) or unit_sum(labels[k] if k < len(labels) else "", text) is not None
