"""What staff said about answers, turned into things people act on: weekly counts, the latest wrong
answers, and the wrong ones as question-bank items (the ../shared/eval QA format) for a person to
complete with the right answer, so a wrong answer becomes a test the bot must pass."""

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

QA_KINDS = {"owner", "milestone", "mustdo", "fact", "unanswerable"}


@dataclass
class WeekCount:
    week: str  # ISO week, "2017-W13"
    helpful: int
    wrong: int


def iso_week(stamp: str) -> str:
    year, week, _ = datetime.fromisoformat(stamp).isocalendar()
    return f"{year}-W{week:02d}"


def weekly_counts(rows: list[dict], weeks: int = 8) -> list[WeekCount]:
    """Helpful and wrong verdicts per ISO week, the latest `weeks` weeks that have any, newest first."""
    counts: Counter[tuple[str, str]] = Counter((iso_week(r["created"]), r["verdict"]) for r in rows)
    found = sorted({week for week, _ in counts}, reverse=True)[:weeks]
    return [WeekCount(w, counts[(w, "helpful")], counts[(w, "wrong")]) for w in found]


def qa_item(row: dict) -> dict:
    """One wrong answer as a QA item: the question as asked, what the bot said and the correction offered
    kept beside it, and `answer_any` left empty for a person to fill in before it enters the bank."""
    citations = json.loads(row.get("citations") or "[]")
    first = citations[0] if citations else {}
    line = first.get("line") if first.get("line") is not None else first.get("page")
    kind = row.get("kind") if row.get("kind") in QA_KINDS else "fact"
    return {
        "id": f"feedback-{row['answer_id']}-{row['user_hash'][:6]}",
        "kind": kind,
        "question": row["question"],
        "answer_any": [],
        "source": {"file": first.get("document") or "", "lines": [line, line] if line is not None else []},
        "as_of": None,
        "expect_no_answer": False,
        "feedback": {"bot_answer": row["answer"], "correction": row.get("correction") or "",
                     "index_version": row.get("index_version"), "reported": row["created"]},
    }


def qa_lines(rows: list[dict]) -> list[str]:
    """The wrong answers as JSON lines, oldest first, one per question (the latest report of each)."""
    latest: dict[str, dict] = {}
    for row in sorted(rows, key=lambda r: r["created"]):
        if row["verdict"] == "wrong":
            latest[" ".join(row["question"].lower().split())] = row
    return [json.dumps(qa_item(r), ensure_ascii=False) for r in latest.values()]
