"""What the fidelity kit compares: the plan records a reading gives, as sets of plain values."""

import json

from bot.textnorm import squash


def _n(text: str | None) -> str:
    return squash(text or "")


def record_keys(records: dict[str, list[dict]]) -> dict[str, set[tuple]]:
    """Initiatives with their owners, milestones with their dates, and must-do coverage, by area."""
    return {
        "initiatives": {(r["area"], _n(r["title"]), tuple(json.loads(r["owners"]))) for r in records["initiatives"]},
        "milestones": {(r["area"], _n(r["initiative"]), _n(r["text"]), r["start"], r["end"], r["precision"])
                       for r in records["milestones"]},
        "mustdos": {(r["area"], r["mustdo"], _n(r["priority"])) for r in records["mustdos"]},
        "mustdo_texts": {(r["area"], r["mustdo"], _n(r["priority"]), _n(r["text"])) for r in records["mustdos"]},
    }


def differences(text: dict[str, set[tuple]], other: dict[str, set[tuple]]) -> dict[str, tuple[set, set]]:
    """Per kind, (only in the text reading, only in the other reading), where they differ."""
    return {k: (text[k] - other[k], other[k] - text[k]) for k in text if text[k] != other[k]}
