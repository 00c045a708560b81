"""A change request log's row: a value as it stands ("Current", "Existing", "From"), the value asked for
("Proposed", "Requested", "To") and what was decided ("Decision": Approved / Rejected / Deferred).

Only a change that was approved changes the plan: asked when LC2 goes live, an approved request's
proposed date answers (and the plan's date is the one it moved from); a rejected or deferred request
leaves the value as it stands. A log without a decision column holds requests, not changes, unless its
columns say the change is made ("Was | Now")."""

import re
from dataclasses import dataclass

_EXISTING = re.compile(r"\b(?:current|existing|old value|previous|previously)\b|^\s*(?:from|was|old)\s*$", re.I)
_PROPOSED = re.compile(r"\b(?:proposed|requested|new value|change to|changed to|revised to)\b|^\s*(?:to|new|now)\s*$", re.I)
_DECISION = re.compile(r"\b(?:decision|decided|outcome|approval|status)\b", re.I)
_APPROVED = re.compile(r"^\W*(?:approved|agreed|accepted|endorsed|supported|granted|ratified)\b", re.I)


@dataclass(frozen=True)
class Change:
    existing: int  # the column of the value as it stands
    proposed: int  # the column of the value asked for
    approved: bool  # the row's decision made it the plan's value

    def column(self) -> int:
        """The column whose value the plan now holds."""
        return self.proposed if self.approved else self.existing


def requested_change(labels: list[str], cells: list[dict]) -> Change | None:
    """The row's change, when its table has a column for the value as it stands, one for the value
    asked for, and one for the decision, and the row fills both values."""
    width = min(len(labels), len(cells))
    existing = [k for k in range(width) if _EXISTING.search(labels[k]) and not _DECISION.search(labels[k])]
    proposed = [k for k in range(width) if _PROPOSED.search(labels[k]) and k not in existing and not _DECISION.search(labels[k])]
    decided = [k for k in range(width) if _DECISION.search(labels[k]) and not re.search(r"\b(?:date|by|on)\b", labels[k], re.I)]
    if len(existing) != 1 or len(proposed) != 1 or not decided and not _STATED.match(labels[proposed[0]]):
        return None
    if not cells[existing[0]]["text"].strip() or not cells[proposed[0]]["text"].strip():
        return None
    return Change(existing[0], proposed[0], not decided or bool(_APPROVED.match(cells[decided[0]]["text"])))


# "Was | Now", "Old | New": a table of changes made states the value now, with no decision to wait for
_STATED = re.compile(r"^\s*(?:now|new)\s*$", re.I)
