"""The bot's own read-write state in SQLite, kept apart from the read-only index versions.

It outlives re-indexing: answers behind "Sources" buttons, digest subscriptions and the
record of which digest went to which channel.
"""

import json
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from bot.models import Reply

KEEP_ANSWERS = 5000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StateStore:
    """One SQLite file (or ":memory:" in tests); every write is its own transaction."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
        conn.execute("pragma journal_mode=wal") if str(path) != ":memory:" else None
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.Lock()
        self._create()

    def _create(self) -> None:
        self.db["answers"].create({"id": int, "created": str, "question": str, "reply": str}, pk="id", if_not_exists=True)
        self.db["subscriptions"].create(
            {"channel_id": int, "guild_id": int, "area": str, "weekday": int, "time": str, "created_by": int,
             "created": str, "last_error": str, "last_posted": str},
            pk="channel_id", if_not_exists=True, not_null={"weekday", "time"},
        )
        self.db["digest_posts"].create(
            {"channel_id": int, "week": str, "claimed": str, "claimed_by": str, "status": str, "error": str},
            pk=("channel_id", "week"), if_not_exists=True,
        )

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ answers behind Sources buttons

    def save_answer(self, reply: Reply) -> int:
        with self._lock:
            table = self.db["answers"]
            table.insert({"created": _now(), "question": reply.question[:500],
                          "reply": json.dumps(reply.model_dump(mode="json", exclude=set()) | {
                              "citations": [c.model_dump() | {"area": c.area} for c in reply.citations]})})
            new_id = int(table.last_pk)
            if new_id % 100 == 0:
                self.db.execute("delete from answers where id <= ?", [new_id - KEEP_ANSWERS])
            return new_id

    def answer(self, answer_id: int) -> Reply | None:
        row = next(self.db.query("select reply from answers where id = ?", [answer_id]), None)
        return Reply.model_validate_json(row["reply"]) if row else None
