"""The bot's own read-write state in SQLite, kept apart from the read-only index versions.

It outlives re-indexing: answers behind "Sources" buttons, digest subscriptions and the
record of which digest went to which channel, each channel's plan area, and what staff said about
answers ("Helpful" / "Wrong"), kept with a keyed hash of the person's id, never their name. The file
is in WAL mode (readers never wait for a writer, and a crash mid-write leaves the last committed
state); `backup` copies it live with SQLite's backup API. A damaged file is found when opened
(quick_check) or when a statement hits a damaged page; then every call raises StateDamagedError with
what to do, and the notice is left once for the admins, so the bot keeps answering questions while
digests pause.
"""

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from bot.errors import PlanbotError, StateDamagedError
from bot.models import Reply
from bot.notices import Notices

KEEP_ANSWERS = 5000
DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
T = TypeVar("T")


class QuickCheckFailed(sqlite3.DatabaseError):
    """The file opens but SQLite's quick_check finds it damaged."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def damage_sentence(path: Path | str, detail: str) -> str:
    return (f"The bot's state database {path} is damaged ({detail}). Questions are still answered; digests are paused "
            "and new answers have no Sources button. To mend it: stop the bot, move the file aside, copy a backup made "
            "with `planbot state backup FILE` into its place (or start without one: digest subscriptions must then be "
            "added again), and start the bot.")


def is_damage(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) in DAMAGE_CODES


class StateStore:
    """One SQLite file (or ":memory:" in tests); every write is its own transaction.

    With `degrade`, a damaged file does not stop the bot: the store opens in a damaged state and
    every call raises StateDamagedError; without it, opening raises StateDamagedError at once."""

    def __init__(self, path: Path | str, degrade: bool = False, notices: Notices | None = None) -> None:
        self.path = path
        self.notices = notices
        self.problem: str | None = None
        self._lock = threading.Lock()
        self.db: sqlite_utils.Database | None = None
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open(path)
        except sqlite3.DatabaseError as exc:
            if not (is_damage(exc) or isinstance(exc, QuickCheckFailed)):
                raise PlanbotError(f"The bot's state database {path} cannot be opened ({exc}); check PLANBOT_STATE_DB "
                                   "and the folder's permissions.") from None
            error = self._damaged(str(exc))
            if not degrade:
                raise error from None

    @staticmethod
    def _open(path: Path | str) -> sqlite_utils.Database:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
        try:
            if str(path) != ":memory:":
                conn.execute("pragma journal_mode=wal")
                conn.execute("pragma synchronous=normal")  # WAL: durable at each checkpoint, never corrupt
            check = [row[0] for row in conn.execute("pragma quick_check")]
            if check != ["ok"]:
                raise QuickCheckFailed(f"quick_check: {check[0]}")
            db = sqlite_utils.Database(conn)
            _create(db)
            return db
        except BaseException:
            conn.close()
            raise

    def _damaged(self, detail: str) -> StateDamagedError:
        """Remember the damage, leave the admins one notice, and give the error to raise."""
        if self.problem is None:
            self.problem = damage_sentence(self.path, detail)
            if self.notices is not None:
                self.notices.add("state", self.problem)
        return StateDamagedError(self.problem)

    def _run(self, work: Callable[[sqlite_utils.Database], T]) -> T:
        """One statement or transaction under the lock (a sqlite3 connection must not run two at once)."""
        with self._lock:
            if self.db is None:
                raise StateDamagedError(self.problem or damage_sentence(self.path, "it could not be opened"))
            try:
                return work(self.db)
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                raise self._damaged(str(exc)) from None

    def close(self) -> None:
        with self._lock:
            if self.db is not None:
                self.db.close()

    def backup(self, target: Path) -> dict[str, int]:
        """A consistent copy of the live database (SQLite's backup API: safe while the bot writes),
        checked, then renamed into place; returns how many rows each table holds."""
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.unlink(missing_ok=True)

        def copy(db: sqlite_utils.Database) -> None:
            dest = sqlite3.connect(tmp)
            try:
                db.conn.backup(dest)
                check = [row[0] for row in dest.execute("pragma integrity_check")]
                if check != ["ok"]:
                    raise sqlite3.DatabaseError(f"the copy fails integrity_check: {check[0]}")
            finally:
                dest.close()

        try:
            self._run(copy)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        os.replace(tmp, target)
        return self._run(lambda db: {name: db[name].count for name in ("subscriptions", "digest_posts", "answers",
                                                                        "channel_areas", "feedback")})

    # ------------------------------------------------------------ answers behind Sources buttons

    def save_answer(self, reply: Reply, index_version: str | None = None, channel_id: int | None = None) -> int:
        def save(db: sqlite_utils.Database) -> int:
            table = db["answers"]
            data = reply.model_dump(mode="json")
            for cited, citation in zip(data["citations"], reply.citations):
                cited["area"] = citation.area  # kept for the embed footer; not part of the CLI contract
            table.insert({"created": _now(), "question": reply.question[:500], "reply": json.dumps(data),
                          "index_version": index_version, "channel_id": channel_id})  # columns made up front: two
            # bots sharing the file must never alter the table under each other's insert
            new_id = int(table.last_pk)
            if new_id % 100 == 0:
                db.execute("delete from answers where id <= ?", [new_id - KEEP_ANSWERS])
            return new_id

        return self._run(save)

    def answer_context(self, answer_id: int) -> dict | None:
        """The stored answer with the index version it came from and the channel it was asked in."""
        rows = self._read("select * from answers where id = ?", [answer_id])
        return rows[0] if rows else None

    def answer(self, answer_id: int) -> Reply | None:
        rows = self._read("select reply from answers where id = ?", [answer_id])
        row = rows[0] if rows else None
        return Reply.model_validate_json(row["reply"]) if row else None

    # ------------------------------------------------------------ digest subscriptions

    def subscribe(self, channel_id: int, guild_id: int | None, area: str | None, weekday: int, at: str, by: int,
                  timeline: bool = False) -> None:
        """One subscription per channel: subscribing again changes it. `timeline`: attach the coming quarter's picture."""
        self._run(lambda db: db["subscriptions"].upsert(
            {"channel_id": channel_id, "guild_id": guild_id, "area": area, "weekday": weekday, "time": at,
             "created_by": by, "created": _now(), "last_error": None, "timeline": int(timeline)}, pk="channel_id"))

    def unsubscribe(self, channel_id: int) -> bool:
        return self._run(lambda db: db.execute("delete from subscriptions where channel_id = ?", [channel_id]).rowcount > 0)

    def subscriptions(self, guild_id: int | None = None) -> list[dict]:
        where, params = ("where guild_id = ?", [guild_id]) if guild_id is not None else ("", [])
        return self._read(f"select * from subscriptions {where} order by channel_id", params)

    def claim_digest(self, channel_id: int, week: str, claimant: str) -> bool:
        """Claim one channel's digest for one week before sending it. SQLite's primary key makes this
        atomic across loops, restarts and processes: exactly one claimant ever gets True."""
        return self._run(lambda db: db.execute(
            "insert or ignore into digest_posts (channel_id, week, claimed, claimed_by, status) values (?, ?, ?, ?, 'claimed')",
            [channel_id, week, _now(), claimant]).rowcount == 1)

    def finish_digest(self, channel_id: int, week: str, error: str | None = None) -> None:
        """Record how a claimed post went; the subscription shows the last success or failure."""
        def finish(db: sqlite_utils.Database) -> None:
            db.execute("update digest_posts set status = ?, error = ? where channel_id = ? and week = ?",
                       ["failed" if error else "sent", error, channel_id, week])
            if error:
                db.execute("update subscriptions set last_error = ? where channel_id = ?", [f"{week}: {error}", channel_id])
            else:
                db.execute("update subscriptions set last_posted = ?, last_error = null where channel_id = ?",
                           [f"{week} ({_now()})", channel_id])

        self._run(finish)

    def digest_posts(self, channel_id: int) -> list[dict]:
        return self._read("select * from digest_posts where channel_id = ? order by week", [channel_id])

    # ------------------------------------------------------------ each channel's plan area

    def set_channel_area(self, channel_id: int, guild_id: int | None, area: str, by: int) -> None:
        self._run(lambda db: db["channel_areas"].upsert(
            {"channel_id": channel_id, "guild_id": guild_id, "area": area, "set_by": by, "updated": _now()},
            pk="channel_id"))

    def clear_channel_area(self, channel_id: int) -> bool:
        return self._run(lambda db: db.execute("delete from channel_areas where channel_id = ?", [channel_id]).rowcount > 0)

    def channel_area(self, channel_id: int | None) -> str | None:
        rows = self._read("select area from channel_areas where channel_id = ?", [channel_id]) if channel_id else []
        return rows[0]["area"] if rows else None

    # ------------------------------------------------------------ feedback on answers

    def user_hash(self, user_id: int) -> str:
        """A keyed hash of a Discord user id: the same person counts once per answer; nobody can read back who."""
        key = self._read("select value from secrets where name = 'user_hash_key'", [])[0]["value"]
        return hmac.new(key.encode(), str(user_id).encode(), hashlib.sha256).hexdigest()[:32]

    def record_feedback(self, answer_id: int, user_id: int, verdict: str, correction: str | None = None,
                        channel_id: int | None = None, guild_id: int | None = None) -> bool:
        """Keep one verdict per person per answer (pressing again changes it); False when the answer is gone."""
        stored = self.answer_context(answer_id)
        if stored is None:
            return False
        reply = Reply.model_validate_json(stored["reply"])
        row = {"answer_id": answer_id, "user_hash": self.user_hash(user_id), "created": _now(), "verdict": verdict,
               "correction": (correction or "").strip()[:1000] or None, "question": reply.question, "answer": reply.answer,
               "kind": reply.kind, "citations": json.dumps([c.model_dump() for c in reply.citations]),
               "index_version": stored.get("index_version"), "channel_id": channel_id or stored.get("channel_id"),
               "guild_id": guild_id}
        self._run(lambda db: db["feedback"].upsert(row, pk=("answer_id", "user_hash")))
        return True

    def feedback(self, verdict: str | None = None, guild_id: int | None = None) -> list[dict]:
        """Feedback rows, newest first; optionally only one verdict, or one server's."""
        where, params = [], []
        if verdict:
            where.append("verdict = ?")
            params.append(verdict)
        if guild_id is not None:
            where.append("guild_id = ?")
            params.append(guild_id)
        clause = f"where {' and '.join(where)}" if where else ""
        return self._read(f"select * from feedback {clause} order by created desc, answer_id desc", params)

    def _read(self, sql: str, params: list) -> list[dict]:
        return self._run(lambda db: list(db.query(sql, params)))


def _create(db: sqlite_utils.Database) -> None:
    db["answers"].create({"id": int, "created": str, "question": str, "reply": str, "index_version": str, "channel_id": int},
                         pk="id", if_not_exists=True)
    for column, kind in (("index_version", str), ("channel_id", int)):  # a state file from before these columns
        if column not in db["answers"].columns_dict:
            db["answers"].add_column(column, kind)
    db["subscriptions"].create(
        {"channel_id": int, "guild_id": int, "area": str, "weekday": int, "time": str, "created_by": int,
         "created": str, "last_error": str, "last_posted": str},
        pk="channel_id", if_not_exists=True, not_null={"weekday", "time"},
    )
    db["digest_posts"].create(
        {"channel_id": int, "week": str, "claimed": str, "claimed_by": str, "status": str, "error": str},
        pk=("channel_id", "week"), if_not_exists=True,
    )
    if "timeline" not in db["subscriptions"].columns_dict:  # a state file from before the option
        db["subscriptions"].add_column("timeline", int, not_null_default=0)
    db["channel_areas"].create({"channel_id": int, "guild_id": int, "area": str, "set_by": int, "updated": str},
                               pk="channel_id", if_not_exists=True, not_null={"area"})
    db["feedback"].create(
        {"answer_id": int, "user_hash": str, "created": str, "verdict": str, "correction": str, "question": str,
         "answer": str, "kind": str, "citations": str, "index_version": str, "channel_id": int, "guild_id": int},
        pk=("answer_id", "user_hash"), if_not_exists=True,
    )
    db["secrets"].create({"name": str, "value": str}, pk="name", if_not_exists=True)
    db.execute("insert or ignore into secrets (name, value) values ('user_hash_key', ?)", [secrets.token_hex(32)])
