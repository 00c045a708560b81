"""Problems the admins must hear about once, such as a damaged index version being routed around or a
damaged state database pausing digests. Whoever finds one adds it; an edge takes each one exactly
once to tell an admin (the Discord edge: ephemerally after an admin's next command, or in a digest
channel if no admin has come by for a while). Thread-safe: found on worker threads, told on the loop."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Notice:
    key: str
    text: str
    raised: float


class Notices:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, Notice] = {}
        self._told: set[str] = set()

    def add(self, key: str, text: str) -> bool:
        """Record a problem once per key; False if it was already recorded or told."""
        with self._lock:
            if key in self._pending or key in self._told:
                return False
            self._pending[key] = Notice(key, text, self._clock())
            return True

    def take(self, older_than: float = 0.0) -> list[str]:
        """The notices raised at least `older_than` seconds ago, each given out only once."""
        with self._lock:
            now = self._clock()
            due = [n for n in self._pending.values() if now - n.raised >= older_than]
            for notice in due:
                del self._pending[notice.key]
                self._told.add(notice.key)
            return [n.text for n in due]

    def pending(self) -> bool:
        with self._lock:
            return bool(self._pending)
