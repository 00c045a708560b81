"""Costly files (PDF, Word, PowerPoint, Excel) read ahead of a build in a worker process, handed
back in file order.

A build reads each file, then indexes it. Indexing is the longer part and needs what the build has
gathered so far, so it stays in the build's process; reading needs nothing from other files, so a
second process reads the costly files ahead of the one being indexed (pypdf's pass over a PDF costs
~12 ms a page, all of it Python, so a thread would only take turns with the indexing). On two cores
their reading then costs the build little more than taking the results back. Text files are read by
the build itself: taking one back from a worker would cost about what reading it does.

The worker is a new interpreter started with `python -c` (a fork would copy a bot's threads and its
memory; multiprocessing's spawn would import the caller's main script again) that imports only
bot.reading. Its results stay pickled until the build takes them, and it stops reading ahead while
READ_AHEAD_BYTES of them wait, so the build holds at most that and one document more. The worker
leaves the costly file the build needs next to the build, and reads the one after (PDFs come in runs:
a run is read two at a time); until the worker is up, and if it cannot start, the build reads every
file itself. The order, and what each file reads as, never depend on which process read it. A file that stops the worker twice (a crash or
the kernel's out-of-memory killer) is reported as unreadable and a new worker reads on."""

import bisect
import hashlib
import logging
import os
import pickle
import subprocess
import sys
import threading
import traceback
from collections.abc import Container, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType

from bot.errors import DocumentError
from bot.models import ParsedDocument
from bot.reading.files import load_document, parse_document

READ_AHEAD_BYTES = 16 * 1024 * 1024  # pickled results waiting for the build: ~60 PDFs of 90 slides
STARTS = 3  # workers started in one build before the build reads the rest itself
# Seconds a megabyte of each costly kind takes to read (measured on the fidelity kit's files; text
# takes 0.2); a build whose costly files add up to less than WORKER_WORTH_SECONDS reads them itself:
# a worker takes ~0.6 s to start.
SECONDS_PER_MB = {".pdf": 8.0, ".xlsx": 4.5, ".pptx": 2.5, ".docx": 1.5}
WORKER_WORTH_SECONDS = 1.0
ROOT = Path(__file__).resolve().parents[2]  # the folder holding this checkout's bot package
STOPPED = "stopped the process reading it twice (it may be damaged or built to be hostile); re-export it and try again"


@dataclass
class Read:
    """One file as a build needs it: its SHA-256 (None if it could not be loaded), its document or why
    it was refused, or an unexpected exception, raised where the build takes the file (so a file
    skipped as a duplicate raises nothing, as it was never parsed when read in-process)."""

    sha: str | None = None
    doc: ParsedDocument | None = None
    error: str | None = None
    failure: BaseException | None = None


def read_file(path: Path, max_bytes: int, known: Container[str] = ()) -> Read:
    """Load, hash and parse one file; a file whose hash is in `known` is not parsed (a duplicate)."""
    sha = None
    try:
        data = load_document(path, max_bytes)
        sha = hashlib.sha256(data).hexdigest()
        if sha in known:
            return Read(sha=sha)
        return Read(sha=sha, doc=parse_document(path, data, max_bytes, sha))
    except DocumentError as exc:
        return Read(sha=sha, error=exc.reason)
    except Exception as exc:  # the build raises it, unless the file turns out to be a duplicate
        return Read(sha=sha, failure=exc)


def costly(path: Path) -> bool:
    """A kind whose reading costs far more than taking its result back from a worker. Text is not: its
    reading makes the same line objects that unpickling them would, at about the same cost."""
    return path.suffix.lower() in SECONDS_PER_MB


def worth_a_worker(paths: Sequence[Path]) -> bool:
    """Two or more cores, two or more files (one to index while the next is read), and costly files
    that take long enough to read to pay for starting a worker."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or len(paths) < 2:
        return False
    seconds = 0.0
    for path in filter(costly, paths):
        try:
            seconds += path.stat().st_size / (1024 * 1024) * SECONDS_PER_MB[path.suffix.lower()]
        except OSError:
            continue
    return seconds >= WORKER_WORTH_SECONDS


def _pack(read: Read) -> bytes:
    try:
        return pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle goes back as its text
        read.failure = RuntimeError("".join(traceback.format_exception(read.failure)) if read.failure else "unpicklable")
        return pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(payload: bytes) -> Read:
    try:
        return pickle.loads(payload)
    except Exception as exc:  # an exception class that pickles but will not unpickle
        return Read(failure=RuntimeError(f"a worker's result could not be unpickled ({exc!r})"))


def serve(to_parent: int, from_parent: int, level: int) -> None:
    """The worker: read each (path, max_bytes) sent, send back the pickled Read; stop at None or EOF."""
    from bot.logs import configure_logging

    configure_logging(logging.getLevelName(level))  # the document libraries' chatter demoted as in the build
    out, requests = Connection(to_parent, readable=False), Connection(from_parent, writable=False)
    out.send_bytes(b"ready")
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        read = read_file(Path(request[0]), request[1])
        if read.failure is not None:
            read.failure.add_note("in the reading worker:\n" + "".join(traceback.format_exception(read.failure)))
        try:
            out.send_bytes(_pack(read))
        except OSError:  # the build has gone
            return


@dataclass
class _Worker:
    process: subprocess.Popen
    requests: Connection
    results: Connection

    def close(self) -> None:
        self.requests.close()
        self.results.close()
        _end(self.process)


class ReadAhead:
    """Reads of `paths` taken in order with take(0), take(1), ...; with `worker`, a worker process reads
    the costly ones ahead of the taker; the taker reads the rest, and any the worker has not claimed.
    Files in `skip` (positions: a re-index takes them from the version before, bot.index.reuse) are not
    read ahead; the taker takes none of them, or reads one itself if it asks for it after all."""

    SERVE = ("bot.reading.ahead", "serve")  # what the worker runs (module, function): tests put in a faulty one

    def __init__(self, paths: Sequence[Path], max_bytes: int, worker: bool, skip: Container[int] = ()) -> None:
        self.paths = list(paths)
        self.max_bytes = max_bytes
        self._cond = threading.Condition()
        self._needed = [i for i in range(len(self.paths)) if i not in skip]  # what the taker will ask for
        self._ahead = [i for i in self._needed if costly(self.paths[i])]  # what the worker may read
        self._cursor = 0  # the next of those the worker looks at
        self._taken = -1  # the last file the taker has reached: the worker reads none up to it
        self._mine: set[int] = set()  # files the worker has claimed
        self._done: dict[int, bytes] = {}
        self._held = 0
        self._stopping = False
        self._feeding = worker and bool(self._ahead)
        self._worker: _Worker | None = None
        self._thread = threading.Thread(target=self._feed, name="read-ahead", daemon=True) if self._feeding else None

    def __enter__(self) -> "ReadAhead":
        if self._thread:
            self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with self._cond:
            self._stopping = True
            self._done.clear()
            self._cond.notify_all()
            worker = self._worker
        if worker is not None:
            _end(worker.process)  # the feeding thread, waiting on its results, sees them end
        if self._thread:
            self._thread.join(10)

    def take(self, i: int, known: Container[str] = ()) -> Read:
        """File i's read (files are taken in order); `known` hashes are not parsed if read here."""
        payload = None
        with self._cond:
            self._taken = i
            if i in self._mine:
                while i not in self._done and self._feeding:
                    self._cond.wait()
                payload = self._done.pop(i, None)  # None: the worker stopped before it (read it here)
                if payload is not None:
                    self._held -= len(payload)
                    self._cond.notify_all()
        return _unpack(payload) if payload is not None else read_file(self.paths[i], self.max_bytes, known)

    def _claim(self) -> int | None:
        """The next costly file the taker has not reached, once fewer than READ_AHEAD_BYTES of results wait."""
        with self._cond:
            while not self._stopping and self._cursor < len(self._ahead) and self._held >= READ_AHEAD_BYTES:
                self._cond.wait()
            while self._cursor < len(self._ahead) and self._ahead[self._cursor] <= self._taken:
                self._cursor += 1  # the taker got there first and read it itself
            after = bisect.bisect_right(self._needed, self._taken)  # the taker's next file, past those skipped
            if (self._cursor + 1 < len(self._ahead) and after < len(self._needed)
                    and self._ahead[self._cursor] == self._needed[after]):
                self._cursor += 1  # the taker needs that one next, before the worker could read it: both read at once
            if self._stopping or self._cursor >= len(self._ahead):
                return None
            self._cursor += 1
            self._mine.add(self._ahead[self._cursor - 1])
            return self._ahead[self._cursor - 1]

    def _deliver(self, i: int, payload: bytes) -> None:
        with self._cond:
            if not self._stopping:
                self._done[i] = payload
                self._held += len(payload)
            self._cond.notify_all()

    def _feed(self) -> None:
        """The thread that keeps the worker reading: claims the next file, sends it, stores the result."""
        again: int | None = None  # a file that a worker stopped while reading, tried once more in a new one
        try:
            for _ in range(STARTS):
                worker = self._start()
                if worker is None:
                    return
                current = None
                try:
                    worker.results.recv_bytes()  # ready: its imports are done
                    while True:
                        current = again if again is not None else self._claim()
                        if current is None:
                            return
                        worker.requests.send((str(self.paths[current]), self.max_bytes))
                        payload = worker.results.recv_bytes()
                        again = None
                        self._deliver(current, payload)
                except (EOFError, OSError):
                    if self._stopping:
                        return
                    if current is not None and current == again:
                        self._deliver(current, _pack(Read(error=STOPPED)))
                        again = None
                    else:
                        again = current
                finally:
                    worker.close()
        finally:
            with self._cond:
                self._feeding = False
                self._cond.notify_all()

    def _start(self) -> _Worker | None:
        """A new worker: this interpreter running serve() with its own bot package first on sys.path, so a
        build of another checkout (benchmarks.same_build) reads with that checkout's code."""
        with self._cond:
            if self._stopping:
                return None
            down, up = os.pipe(), os.pipe()  # (read, write) ends: requests down to it, results up from it
            module, name = self.SERVE
            code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from {module} import {name} as serve; "
                    f"serve({up[1]}, {down[0]}, {logging.getLogger().getEffectiveLevel()})")
            try:
                process = subprocess.Popen([sys.executable, "-c", code], pass_fds=(up[1], down[0]), stdin=subprocess.DEVNULL,
                                           process_group=0)  # Ctrl-C is the build's to handle: it ends the worker
            except Exception:  # no worker (no processes here, no interpreter to run): the build reads everything itself
                logging.getLogger(__name__).debug("no reading worker", exc_info=True)
                for fd in (*down, *up):
                    os.close(fd)
                return None
            os.close(up[1])
            os.close(down[0])
            self._worker = _Worker(process, Connection(down[1], readable=False), Connection(up[0], writable=False))
            return self._worker


def _end(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)
