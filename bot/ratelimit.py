"""A per-user cooldown shared by every way of asking (slash commands, mentions, replies)."""

import time
from collections import deque
from collections.abc import Callable

from bot.errors import RateLimitError


class RateLimiter:
    """At most `rate` uses per `per` seconds per key; the clock is injected so tests need no sleeping."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self.clock = clock
        self._uses: dict[int, deque[float]] = {}

    def hit(self, key: int) -> None:
        """Record one use, or raise RateLimitError saying how long to wait."""
        now = self.clock()
        uses = self._uses.setdefault(key, deque())
        while uses and now - uses[0] >= self.per:
            uses.popleft()
        if len(uses) >= self.rate:
            raise RateLimitError(self.per - (now - uses[0]))
        uses.append(now)
        if len(self._uses) > 10_000:  # forget idle users so memory stays bounded
            self._uses = {k: v for k, v in self._uses.items() if v and now - v[-1] < self.per}
