"""Which version answers: the live one, or, when it is damaged, the newest kept version that opens.

A long-running edge (the bot) must not fail every question because one file of the live version was
garbled; it routes around it, logs an error and leaves a notice for the admins, once. Each version is
checked against its manifest when it is opened (a hash of its files: ~0.2 s at 100 copies of the
papers), and again when reading it fails, so a fault is told apart from a bug (a bug is re-raised)."""

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from bot.errors import IndexDamagedError, IndexMissingError, PlanbotError
from bot.index.integrity import check_folder
from bot.index.store import PlanIndex
from bot.index.versions import damaged, list_versions, live_version, versions_dir
from bot.notices import Notices

log = logging.getLogger("planbot.index")
T = TypeVar("T")


class ServedVersion:
    """Not thread-safe by itself: bot.service.Planbot calls it under its lock."""

    def __init__(self, index_dir: Path, notices: Notices) -> None:
        self.index_dir = index_dir
        self.notices = notices
        self._index: PlanIndex | None = None
        self._standing_in_for: str | None = None  # the damaged live version the open one replaces
        self.damaged: dict[str, str] = {}  # version -> what is wrong with it
        self._rechecked: set[str] = set()  # versions found intact after a failure: a bug, not damage

    def current(self) -> PlanIndex:
        """The version to answer from, reopened when CURRENT has moved (a re-index or rollback anywhere)."""
        live = live_version(self.index_dir)
        if live is None:
            if self._index is not None:
                return self._index
            raise IndexMissingError(f"No index at {self.index_dir}: run `planbot ingest` first.")
        if self._index is not None and live in (self._index.version, self._standing_in_for):
            return self._index
        if live not in self.damaged:
            try:
                return self._use(self._open(live), None)
            except IndexDamagedError as exc:
                self._mark(live, exc.detail)
        return self._use(self._stand_in(live), live)

    def run(self, work: Callable[[PlanIndex], T], attempts: int = 3) -> T:
        """work(index) on the version to answer from; if reading it fails because its files are damaged,
        the next intact version is opened and the work done again there."""
        for _ in range(attempts):
            index = self.current()
            try:
                return work(index)
            except PlanbotError:
                raise
            except Exception:
                detail = self._damage(index)
                if detail is None:
                    raise
                log.debug("reading index version %s failed", index.version, exc_info=True)
                self._mark(index.version, detail)
        raise damaged(self.index_dir, self.current().version, "it failed again after switching")

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None

    def _open(self, version: str) -> PlanIndex:
        check = check_folder(versions_dir(self.index_dir) / version, thorough=False)
        if not check.ok:
            raise damaged(self.index_dir, version, check.summary())
        return PlanIndex.open(self.index_dir, version)

    def _use(self, fresh: PlanIndex, standing_in_for: str | None) -> PlanIndex:
        old, self._index, self._standing_in_for = self._index, fresh, standing_in_for
        if old is not None and old is not fresh:
            old.close()
        return fresh

    def _stand_in(self, bad: str) -> PlanIndex:
        """The newest kept version that opens, in place of the damaged live one; the admins are told."""
        for version in reversed(list_versions(self.index_dir)):
            if version in self.damaged:
                continue
            try:
                index = self._open(version)
            except IndexDamagedError as exc:
                self._mark(version, exc.detail)
                continue
            self.notices.add(f"index:{bad}", (
                f"Index version {bad} is damaged ({self.damaged[bad]}), so planbot is answering from {version}, the "
                f"newest version that opens. Run `planbot check`, then `/reindex rollback {version}` (or `planbot "
                f"rollback {version}`) to make it live, or re-index with /reindex run."))
            log.error("serving index version %s in place of the damaged live version %s", version, bad)
            return index
        self.notices.add(f"index:{bad}:none", f"Index version {bad} is damaged ({self.damaged[bad]}) and no kept "
                                              "version opens, so planbot cannot answer: re-index with /reindex run.")
        raise damaged(self.index_dir, bad, self.damaged[bad])

    def _damage(self, index: PlanIndex) -> str | None:
        """Why reading `index` failed, if its files are damaged; None if they are intact (a bug)."""
        if index.version in self._rechecked:
            return None
        check = check_folder(index.folder, thorough=False)
        if check.ok:
            self._rechecked.add(index.version)
            return None
        return check.summary()

    def _mark(self, version: str, detail: str) -> None:
        if version not in self.damaged:
            log.error("index version %s is damaged: %s", version, detail)
        self.damaged[version] = detail
        if self._index is not None and self._index.version == version:
            self.close()
