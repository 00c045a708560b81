"""Index versions on disk: which exist, which is live (CURRENT, switched with one atomic rename),
pruning the oldest, rolling back. A version is a folder `versions/<id>/` that a build renamed into
place complete; what is inside it is bot.index.store's business."""

import json
import os
import shutil
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from bot.errors import IndexDamagedError, IndexMissingError
from bot.index.builds import CURRENT_TMP_PREFIX, PRUNING_PREFIX, clean_up
from bot.index.integrity import check_folder

DB_NAME = "planbot.db"
CURRENT = "CURRENT"


def versions_dir(index_dir: Path) -> Path:
    return index_dir / "versions"


def live_version(index_dir: Path) -> str | None:
    try:
        name = (index_dir / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (versions_dir(index_dir) / name / DB_NAME).exists() else None


def new_version_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def switch_to(index_dir: Path, version: str) -> None:
    """Point CURRENT at a complete version with one atomic rename; readers see old or new, never half."""
    tmp = index_dir / f"{CURRENT_TMP_PREFIX}{os.getpid()}.{threading.get_ident()}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, index_dir / CURRENT)


def list_versions(index_dir: Path) -> list[str]:
    root = versions_dir(index_dir)
    if not root.exists():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".") and (p / DB_NAME).exists())


def prune_versions(index_dir: Path, keep: int) -> None:
    """Drop the oldest complete versions beyond `keep`, never the live one. Each is renamed out of
    the list first, so a prune killed half-way leaves a `.pruning-*` folder the next build removes,
    not a half-deleted version."""
    live = live_version(index_dir)
    old = [v for v in list_versions(index_dir) if v != live]
    for version in old[: max(0, len(old) - (keep - 1))]:
        doomed = versions_dir(index_dir) / f"{PRUNING_PREFIX}{version}"
        os.replace(versions_dir(index_dir) / version, doomed)
        shutil.rmtree(doomed, ignore_errors=True)


def version_meta(index_dir: Path, version: str) -> dict[str, object]:
    """What a version records about its build: time, who, files with hashes, the version it replaced."""
    db = versions_dir(index_dir) / version / DB_NAME
    if not db.exists():
        raise IndexMissingError(f"There is no index version {version} in {index_dir}; `planbot versions` lists them.")
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {key: json.loads(value) for key, value in conn.execute("select key, value from meta")}
    except sqlite3.Error:
        return {"version": version}
    finally:
        conn.close()


class Rollback(NamedTuple):
    before: str
    after: str
    cleaned: list[str]  # leftovers of dead builds removed on the way


def rollback(index_dir: Path, version: str | None = None) -> Rollback:
    """Make an older complete version live again (default: the newest intact one before the live one).
    A damaged version is refused: rolling back to it would swap one broken index for another."""
    cleaned = clean_up(index_dir, versions_dir(index_dir))
    live = live_version(index_dir)
    versions = list_versions(index_dir)
    if live is None or not versions:
        raise IndexMissingError(f"No index at {index_dir}: run `planbot ingest` first.")
    if version is None:
        older = [v for v in versions if v < live]
        if not older:
            raise IndexMissingError(f"{live} is the oldest version kept; there is nothing to roll back to.")
        version = newest_intact(index_dir, older) or older[-1]
    if version not in versions:
        raise IndexMissingError(f"There is no index version {version}; kept versions: {', '.join(versions)}.")
    check = check_folder(versions_dir(index_dir) / version, thorough=False)
    if not check.ok:
        raise damaged(index_dir, version, check.summary())
    switch_to(index_dir, version)
    return Rollback(live, version, cleaned)


def newest_intact(index_dir: Path, candidates: list[str] | None = None) -> str | None:
    """The newest of `candidates` (default: every kept version) whose files match their hashes."""
    for version in reversed(candidates if candidates is not None else list_versions(index_dir)):
        if check_folder(versions_dir(index_dir) / version, thorough=False).ok:
            return version
    return None


def damaged(index_dir: Path, version: str, detail: str) -> IndexDamagedError:
    """The sentence for a damaged version: which one, what is wrong, and what to run."""
    live = " (the live one)" if version == live_version(index_dir) else ""
    good = newest_intact(index_dir, [v for v in list_versions(index_dir) if v != version])
    if good:
        todo = (f"Run `planbot rollback {good}` (or /reindex rollback {good}) to answer from the newest intact version, "
                "or `planbot ingest` to build a new one; `planbot check` checks every version.")
    else:
        todo = "No other kept version is intact: run `planbot ingest` (or /reindex run) to build a new one."
    return IndexDamagedError(f"Index version {version}{live} is damaged: {detail}. {todo}", version, detail)
