"""The command-line edge's upkeep commands: versions, rollback, changes, check, state backup; where the
index and state database are; and naming a damaged index behind a failure. No business logic."""

import argparse
import json
import logging
from pathlib import Path

from bot.config import Settings
from bot.errors import PlanbotError
from bot.index.versions import live_version

log = logging.getLogger("planbot")


def index_dir(args: argparse.Namespace, settings: Settings) -> Path:
    return getattr(args, "index", None) or settings.planbot_index


def state_path(args: argparse.Namespace, settings: Settings) -> Path:
    """PLANBOT_STATE_DB, else state.db beside the index versions (following --index)."""
    return settings.state_db or index_dir(args, settings) / "state.db"


READS_INDEX = {"ask", "chat", "eval", "owners", "milestones", "mustdos", "digest", "ics", "changes", "versions"}


def damage_behind(args: argparse.Namespace, settings: Settings) -> PlanbotError | None:
    """After an unexpected failure reading the index: is the live version damaged? Then that, by name,
    is the error (a garbled page of planbot.db surfaces mid-answer as 'database disk image is malformed')."""
    from bot.index.integrity import check_folder
    from bot.index.versions import damaged, versions_dir

    if args.command not in READS_INDEX:
        return None
    try:
        folder = index_dir(args, settings)
        live = live_version(folder)
        result = check_folder(versions_dir(folder) / live, thorough=False) if live else None
        return damaged(folder, live, result.summary()) if live and result and not result.ok else None
    except Exception:  # noqa: BLE001 - diagnosing must never hide the original failure
        log.debug("could not check the index after a failure", exc_info=True)
        return None


def cmd_versions(args: argparse.Namespace, settings: Settings) -> int:
    from bot.index.versions import list_versions, version_meta

    folder = index_dir(args, settings)
    live = live_version(folder)
    versions = list_versions(folder)
    if not versions:
        raise PlanbotError(f"No index at {folder}: run `planbot ingest` first.")
    for version in reversed(versions):
        meta = version_meta(folder, version)
        files = [f for f in meta.get("files", []) if not f.get("error") and not f.get("duplicate_of")]  # type: ignore[union-attr]
        mark = "*" if version == live else " "
        print(f"{mark} {version}  built {meta.get('built', '?')} by {meta.get('who', '?')}: {len(files)} documents, "
              f"{meta.get('engine', 'builtin')} engine")
        for f in files:
            print(f"      {f.get('title') or f['file']}  ({f['file']}, sha256 {str(f.get('sha256') or '?')[:12]})")
    print("(* = live)")
    return 0


def cmd_rollback(args: argparse.Namespace, settings: Settings) -> int:
    from bot.index.versions import rollback

    before, after, cleaned = rollback(index_dir(args, settings), args.version)
    print(f"Live index is now {after} (was {before}). `planbot rollback {before}` switches back.")
    for line in cleaned:
        print(f"  cleaned up: {line}")
    return 0


def cmd_changes(args: argparse.Namespace, settings: Settings) -> int:
    from bot.index.changes import changes_between, changes_text

    report = changes_between(index_dir(args, settings), args.from_version, args.to_version)
    print(json.dumps(report.model_dump()) if args.json else changes_text(report))
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    """One line per kept version: intact or damaged, and why; then what to run about a damaged one."""
    from bot.index.integrity import check_folder
    from bot.index.versions import damaged, list_versions, versions_dir

    folder = index_dir(args, settings)
    versions = list_versions(folder)
    if not versions:
        raise PlanbotError(f"No index at {folder}: run `planbot ingest` first.")
    live = live_version(folder)
    bad: dict[str, str] = {}
    for version in reversed(versions):
        result = check_folder(versions_dir(folder) / version)
        print(f"{'*' if version == live else ' '} {version}  {'ok' if result.ok else 'DAMAGED'}: {result.summary()}")
        if not result.ok:
            bad[version] = result.summary()
    state_bad = _check_state(state_path(args, settings))
    print("(* = live)")
    for version, detail in bad.items():
        if version == live:
            print(damaged(folder, version, detail).message)
        else:
            print(f"{version} is damaged but not live: rollback refuses it and the next builds prune it "
                  f"(or delete {versions_dir(folder) / version}).")
    if state_bad:
        print(state_bad)
    return 1 if bad or state_bad else 0


def _check_state(path: Path) -> str | None:
    """The state database's line in `planbot check`; returns what to do if it is damaged."""
    from bot.index.integrity import sqlite_problem
    from bot.state import damage_sentence

    if not path.exists():
        print(f"  state {path}: none yet (the bot creates it when it first runs)")
        return None
    problem = sqlite_problem(path)
    print(f"  state {path}  {'ok: integrity_check ok' if problem is None else 'DAMAGED: integrity_check: ' + problem}")
    return damage_sentence(path, problem) if problem else None


def cmd_state(args: argparse.Namespace, settings: Settings) -> int:
    """`planbot state backup FILE`: a consistent copy made with SQLite's backup API, safe while the bot runs."""
    from bot.state import StateStore

    path = state_path(args, settings)
    if not path.exists():
        raise PlanbotError(f"No state database at {path}: the bot creates it when it first runs.")
    target: Path = args.file
    if target.resolve() == path.resolve():
        raise PlanbotError(f"{target} is the state database itself; choose another file for the backup.")
    if not target.parent.is_dir():
        raise PlanbotError(f"There is no folder {target.parent} to write {target.name} in.")
    store = StateStore(path)
    try:
        counts = store.backup(target)
    finally:
        store.close()
    print(f"Backed up {path} to {target} ({counts['subscriptions']} digest subscriptions, {counts['digest_posts']} "
          f"posted digests, {counts['answers']} answers behind Sources buttons); it passes integrity_check. "
          f"To restore: stop the bot, copy it to {path}, start the bot.")
    return 0
