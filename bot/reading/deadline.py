"""A time limit for pure-Python work (pypdf reading one page), usable on any thread.

Signals only reach the main thread, and the bot reads documents on worker threads. So the work runs
on a thread of its own and the caller waits for it; past the limit the caller sets an exception in
that thread (PyThreadState_SetAsyncExc), which pypdf, being pure Python, meets at its next bytecode.
Only the work's own thread is ever interrupted, never the caller. The exception derives from
BaseException so pypdf's `except Exception` clauses cannot swallow it; Python can still drop it
inside a garbage-collector callback, so it is set again every RETRY seconds until the work stops."""

import contextvars
import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
RETRY = 0.05
GIVE_UP = 5.0  # work stuck in C code this long after the limit is abandoned (its thread is a daemon)


class TimeLimitExceeded(BaseException):
    """The work ran longer than its limit."""


def _raise_in(thread_id: int, exc: type[BaseException]) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc))


def call_with_time_limit(work: Callable[[], T], seconds: float) -> T:
    """work() on its own thread (with the caller's context variables, e.g. pypdf's limits); its result,
    or its exception, or TimeLimitExceeded if it takes longer than `seconds`."""
    context = contextvars.copy_context()
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, context.run(work)))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            outcome.append((False, exc))

    worker = threading.Thread(target=run, name="time-limited", daemon=True)
    worker.start()
    worker.join(seconds)
    if not outcome:
        # Past the limit: stop the work, then say so, even if it ends on its own meanwhile (a late result is
        # over the limit all the same, and while every exception set lands in a garbage-collector
        # callback, as under a slow unraisable-exception hook, the work may well run to its end)
        waited = 0.0
        while worker.is_alive() and waited < GIVE_UP:
            _raise_in(worker.ident or 0, TimeLimitExceeded)
            worker.join(RETRY)
            waited += RETRY
        raise TimeLimitExceeded()
    ok, value = outcome[0]
    if ok:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]
