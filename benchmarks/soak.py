"""Soak: questions through the call Discord's /ask makes (Planbot.ask on a worker thread, 8 at a time)
while the index is rebuilt twice and rolled back once, as /reindex run and /reindex rollback do.

usage: .venv/bin/python -m benchmarks.soak [--questions 10000] [--threads 8] [--scale 1]
Prints one JSON line: errors (must be 0), answered, p50/p99/max latency (including the wait for the
service's lock, as an asker would feel it), throughput, the peak RSS of the process, and when each
re-index and the rollback happened (which question they started at, and how long they took).
"""

import argparse
import json
import shutil
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from benchmarks.run import peak_mb, questions, scaled_corpus

MAX_FILE_BYTES = 25 * 1024 * 1024


class Soak:
    def __init__(self, index_dir: Path, corpus: Path, total: int) -> None:
        from bot.service import Planbot

        self.index_dir = index_dir
        self.corpus = corpus
        self.total = total
        self.service = Planbot(index_dir)
        self.done = 0
        self.errors: list[str] = []
        self.answered = 0
        self.latencies: list[float] = []
        self.events: list[dict] = []
        self._lock = threading.Lock()

    def ask(self, text: str, as_of: str | None) -> None:
        """What the /ask cog runs off the event loop: service.ask(question, as_of)."""
        started = time.perf_counter()
        try:
            reply = self.service.ask(text, date.fromisoformat(as_of) if as_of else None)
            ok = reply.answered
        except Exception as exc:  # noqa: BLE001 - every failure is counted and printed
            with self._lock:
                self.errors.append(f"{type(exc).__name__}: {exc}"[:200])
            ok = False
        with self._lock:
            self.latencies.append((time.perf_counter() - started) * 1000)
            self.answered += ok
            self.done += 1

    def admin(self) -> None:
        """Two re-indexes and a rollback spread over the run, each followed by prepare() as the cog does."""
        from bot.index.indexer import build_index
        from bot.index.versions import rollback

        def reindex() -> str:
            return build_index([self.corpus], self.index_dir, self.service.tokenizer, MAX_FILE_BYTES, 5, None, "soak").version

        plan = [(0.2, "reindex", reindex), (0.45, "rollback", lambda: rollback(self.index_dir).after),
                (0.7, "reindex", reindex)]
        for share, what, action in plan:
            while self.done < share * self.total:
                time.sleep(0.01)
            at, started = self.done, time.perf_counter()
            try:
                version = action()
                self.service.prepare()
            except Exception as exc:  # noqa: BLE001
                version = f"FAILED {type(exc).__name__}: {exc}"
            self.events.append({"what": what, "at_question": at, "seconds": round(time.perf_counter() - started, 2),
                                "version": version})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=int, default=10_000)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--scale", type=int, default=1)
    args = ap.parse_args()
    from bot.index.indexer import build_index
    from bot.textnorm import Tokenizer

    work = Path(tempfile.mkdtemp(prefix="planbot-soak-"))
    try:
        scaled_corpus(args.scale, work / "corpus")
        build_index([work / "corpus"], work / "index", Tokenizer(), MAX_FILE_BYTES)
        soak = Soak(work / "index", work / "corpus", args.questions)
        soak.service.prepare()
        admin = threading.Thread(target=soak.admin, name="admin")
        started = time.perf_counter()
        admin.start()
        with ThreadPoolExecutor(max_workers=args.threads) as pool:
            for text, as_of in questions(args.questions):
                pool.submit(soak.ask, text, as_of)
        admin.join()
        wall = time.perf_counter() - started
        times = sorted(soak.latencies)
        print(json.dumps({
            "questions": soak.done, "threads": args.threads, "scale": args.scale, "errors": len(soak.errors),
            "answered": soak.answered, "p50_ms": round(statistics.median(times), 2),
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 2), "max_ms": round(times[-1], 1),
            "questions_per_s": round(soak.done / wall, 1), "wall_s": round(wall, 1), "peak_rss_mb": round(peak_mb(), 1),
            "events": soak.events, "first_errors": soak.errors[:5],
        }))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
