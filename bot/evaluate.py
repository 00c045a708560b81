"""Score replies against a QA file with the rules of ../shared/eval/score.py (kept identical on purpose)."""

import collections
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.errors import PlanbotError
from bot.models import Reply

MAX_ANSWER = 600


def correct(item: dict, reply: dict) -> bool:
    if item.get("expect_no_answer"):
        return reply.get("answered") is False
    if not reply.get("answered"):
        return False
    low = (reply.get("answer") or "")[:MAX_ANSWER].lower()
    return all(any(alt.lower() in low for alt in group) for group in item["answer_any"])


def cited(item: dict, reply: dict) -> bool:
    gold = item["source"]["file"]
    for c in (reply.get("citations") or [])[:3]:
        if (c.get("document") or "").endswith(gold) or gold.endswith(c.get("document") or "\0"):
            return True
    return False


@dataclass
class EvalResult:
    total: collections.Counter = field(default_factory=collections.Counter)
    right: collections.Counter = field(default_factory=collections.Counter)
    cited: int = 0
    citable: int = 0
    wrong: list[tuple[dict, dict]] = field(default_factory=list)
    shapes: collections.Counter = field(default_factory=collections.Counter)  # (facet, value) -> asked
    shapes_right: collections.Counter = field(default_factory=collections.Counter)

    @property
    def accuracy(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.total.values()))

    def summary(self) -> str:
        n, c = sum(self.total.values()), sum(self.right.values())
        parts = " ".join(f"{k} {self.right[k]}/{self.total[k]}" for k in sorted(self.total))
        return f"correct {c}/{n} = {c / max(n, 1):.0%} ({parts}); cited {self.cited}/{self.citable} = {self.cited / max(self.citable, 1):.0%}"

    def breakdown(self) -> list[str]:
        """Accuracy per question shape and per phrasing, for banks whose items say them."""
        lines = []
        for facet in ("shape", "phrasing"):
            keys = sorted(k for f, k in self.shapes if f == facet)
            if keys:
                lines.append(f"by {facet}: " + "  ".join(
                    f"{k} {self.shapes_right[(facet, k)]}/{self.shapes[(facet, k)]}" for k in keys))
        return lines


def load_items(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except FileNotFoundError:
        raise PlanbotError(f"No QA file at {path}.") from None
    except json.JSONDecodeError as exc:
        raise PlanbotError(f"{path} line {exc.lineno} is not JSON; each line must be one QA object.") from None


def evaluate(items: list[dict], ask: Callable[[str, date | None], Reply]) -> EvalResult:
    result = EvalResult()
    for item in items:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        reply = ask(item["question"], as_of).model_dump()
        kind = item.get("kind", "?")
        result.total[kind] += 1
        ok = correct(item, reply)
        for facet in ("shape", "phrasing"):
            if item.get(facet):
                result.shapes[(facet, item[facet])] += 1
                result.shapes_right[(facet, item[facet])] += ok
        if ok:
            result.right[kind] += 1
        else:
            result.wrong.append((item, reply))
        if not item.get("expect_no_answer"):
            result.citable += 1
            result.cited += cited(item, reply)
    return result
