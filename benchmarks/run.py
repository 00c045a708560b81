"""Speed and memory of planbot on the bundled corpus and on scaled copies of it.

usage: .venv/bin/python -m benchmarks.run [--scales 1 10 100] [--engines builtin tantivy] [--questions N] [--pdf-share F]
                                          [--work DIR]
For each scale and engine: ingest time and peak RSS (in a child process; and its reading worker's, if it
started one), passages, index size on disk, per-question answer time p50/p99 in-process (and at each
question's first asking), naive rank-bm25 get_scores vs planbot's precomputed weights on the same passages
(builtin, up to 100x), the wall time and peak RSS of a one-question `planbot ask` process, and the load
average while it ran. With both engines at one scale, their answers to the dev questions are compared
(benchmarks/engines_compare.py). With --pdf-share F, that share of the annex's copies is written as a
slide-style PDF whose owner tables and must-do matrices are ruled tables (the fidelity kit's shape), so
ingest reads them through the PDF table reader. With --work DIR the scaled corpora and indexes are kept in
DIR/<scale>x/ and taken from there when a later run finds them (no ingest figures then): a 1000x build takes
minutes, its answering can be measured again and again.
"""

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = ["who owns solution design for Pennine?", "what's due for Fylde in Q4?", "which priorities cover must do 4?"]


def scaled_corpus(scale: int, into: Path, pdf_share: float = 0.0) -> int:
    """`scale` perturbed copies of the bundled papers: every copy after the first varies some words.
    A `pdf_share` of the annex's copies is drawn as slide-style PDFs; returns how many PDF pages."""
    into.mkdir(parents=True)
    rng = random.Random(7)
    pages = 0
    for source in sorted((ROOT / "corpus").glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for copy in range(scale):
            if copy == 0:
                out = text
            else:
                words = text.split(" ")
                for _ in range(len(words) // 20):
                    i = rng.randrange(len(words))
                    words[i] = words[i] + f"x{copy}"
                out = " ".join(words)
            (into / f"{source.stem}_{copy:03d}.txt").write_text(out, encoding="utf-8")
            if source.stem.startswith("001_") and copy < round(scale * pdf_share):
                pages += _as_pdf(into / f"{source.stem}_{copy:03d}.txt")
    return pages


def _as_pdf(text: Path) -> int:
    """The annex copy as a slide-style PDF in place of its text (needs the test extras: reportlab)."""
    from pypdf import PdfReader

    from tests.fidelity.annex import annex_blocks
    from tests.fidelity.pdfs import slide_pdf

    pdf = slide_pdf(annex_blocks(text), text.with_suffix(".pdf"))
    text.unlink()
    return len(PdfReader(pdf).pages)


def peak_mb() -> float:
    """This process's peak RSS. Linux carries ru_maxrss over from the forked copy of a (large) parent
    into an exec'd child, so read VmHWM there, which starts afresh with the new program."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reader_mb() -> float:
    """The peak RSS of the build's reading worker (bot.reading.ahead), 0 if it started none: its own
    process, not counted in peak_mb(). It ends when the last costly file is read, before the build's
    own peak (its weights and record terms, at the end)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def child_ingest(corpus: Path, index: Path, engine: str = "auto") -> dict:
    code = (
        "import json,time;from pathlib import Path;from bot.index.indexer import build_index;from bot.textnorm import Tokenizer;"
        "from benchmarks.run import peak_mb, reader_mb;"
        f"t=time.perf_counter();r=build_index([Path({str(corpus)!r})],Path({str(index)!r}),Tokenizer(),10**9,engine={engine!r});"
        "print(json.dumps({'seconds':time.perf_counter()-t,'passages':r.passages,'rss_mb':peak_mb(),"
        "'reader_rss_mb':reader_mb(),'engine':r.engine}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    row = json.loads(out.stdout.strip().splitlines()[-1])
    row["index_mb"] = sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) / 2**20
    return row


NAIVE_UP_TO = 200_000  # rank-bm25's own index of more passages than this would not fit this machine


def questions(n: int) -> list[tuple[str, str | None]]:
    items = [json.loads(l) for l in DEV.read_text().splitlines() if l.strip()] if DEV.exists() else []
    qs = [(i["question"], i.get("as_of")) for i in items] or [(q, None) for q in FALLBACK_QUESTIONS]
    return (qs * (n // len(qs) + 1))[:n]


def in_process(index_dir: Path, n: int) -> dict:
    from datetime import date

    import numpy as np
    from rank_bm25 import BM25Okapi

    from bot.answering.pipeline import answer
    from bot.answering.warmup import prepare
    from bot.index.adding import index_text
    from bot.index.search import B, EPSILON, K1
    from bot.index.store import PlanIndex
    from bot.textnorm import Tokenizer

    index = PlanIndex.open(index_dir)
    tok = Tokenizer()
    t = time.perf_counter()
    prepare(index, tok)  # what a running bot does when a version opens
    prepare_s = time.perf_counter() - t
    distinct = len(set(questions(10_000)))
    times, first = [], []
    for k, (q, as_of) in enumerate(questions(n)):
        t = time.perf_counter()
        answer(q, index, tok, date.fromisoformat(as_of) if as_of else None)
        times.append((time.perf_counter() - t) * 1000)
        if k < distinct:  # each question's first asking: nothing about it is cached yet
            first.append(times[-1])
    times.sort()
    first.sort()
    searched = []
    for q, _ in dict.fromkeys(questions(distinct)):  # the engine alone, each question's tokens once
        t = time.perf_counter()
        index.engine.search(tok(q), k=15)
        searched.append((time.perf_counter() - t) * 1000)
    searched.sort()
    row = {"search_p50_ms": statistics.median(searched), "search_p99_ms": searched[min(len(searched) - 1, int(len(searched) * 0.99))],
           "prepare_s": prepare_s, "answer_p50_ms": statistics.median(times), "answer_p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))],
           "first_ask_p50_ms": statistics.median(first), "first_ask_p99_ms": first[min(len(first) - 1, int(len(first) * 0.99))]}
    bm25 = getattr(index.engine, "bm25", None)
    if bm25 is None or bm25.n_docs > NAIVE_UP_TO:
        return row
    corpus = [tok(index_text(r["section"], r["area"], r["text"])) for r in index.db.query("select section, area, text from passages order by seq")]
    naive = BM25Okapi(corpus, k1=K1, b=B, epsilon=EPSILON)
    qtok = [tok(q) for q, _ in questions(20)]
    t = time.perf_counter()
    for q in qtok:
        naive.get_scores(q)
    naive_ms = (time.perf_counter() - t) * 1000 / len(qtok)
    t = time.perf_counter()
    for q in qtok:
        bm25.scores(q)
    ours_ms = (time.perf_counter() - t) * 1000 / len(qtok)
    assert np.allclose(naive.get_scores(qtok[0]), bm25.scores(qtok[0]), atol=1e-4)
    return {**row, "naive_get_scores_ms": naive_ms, "planbot_scores_ms": ours_ms, "speedup": naive_ms / max(ours_ms, 1e-9)}


def one_question_process(index_dir: Path) -> dict:
    code = ("import resource,runpy,sys,time;t=time.perf_counter();sys.argv=['bot','ask','who owns solution design for Pennine?','--index',"
            f"{str(index_dir)!r}];\ntry:\n runpy.run_module('bot',run_name='__main__')\nexcept SystemExit: pass\n"
            "from benchmarks.run import peak_mb;print('RSS',peak_mb())")
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    rss = float(out.stdout.strip().splitlines()[-1].split()[1])
    return {"process_s": wall, "process_rss_mb": rss}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--pdf-share", type=float, default=0.0, help="share of the annex copies written as slide-style PDFs")
    ap.add_argument("--engines", nargs="+", default=["builtin", "tantivy"], help="builtin, tantivy and/or auto")
    ap.add_argument("--keep", action="store_true", help="keep the scaled corpus and indexes (their folder is printed)")
    ap.add_argument("--work", type=Path, help="keep corpora and indexes in this folder and reuse those found there")
    args = ap.parse_args()
    print(f"machine: {subprocess.run(['uname', '-m'], capture_output=True, text=True).stdout.strip()}, "
          f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores, Python {sys.version.split()[0]}")
    for scale in args.scales:
        keep = args.keep or args.work is not None
        work = args.work / f"{scale}x" if args.work else Path(tempfile.mkdtemp(prefix=f"planbot-bench-{scale}x-"))
        try:
            pdf_pages = None if (work / "corpus").exists() else scaled_corpus(scale, work / "corpus", args.pdf_share)
            built = {}
            for engine in args.engines:
                reused = (work / engine / "CURRENT").exists()
                ingest = {"reused_index": str(work / engine)} if reused else child_ingest(work / "corpus", work / engine, engine)
                ingest["pdf_pages"] = pdf_pages
                query = in_process(work / engine, args.questions)
                proc = one_question_process(work / engine)
                row = {"scale": scale, "asked_engine": engine, **ingest, **query, **proc, "load_avg": os.getloadavg()[0]}
                print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}), flush=True)
                built[ingest.get("engine", engine)] = work / engine
            if {"builtin", "tantivy"} <= built.keys() and DEV.exists():
                from benchmarks.engines_compare import compare

                same = compare({e: built[e] for e in ("builtin", "tantivy")}, DEV)
                print(json.dumps({"scale": scale, "dev_answers_compared": same["n"], "differ": same["differ"],
                                  "correct": same["correct"], "differences": same["differences"]}), flush=True)
            if keep:
                print(json.dumps({"scale": scale, "kept": str(work)}), flush=True)
            for engine in () if keep else args.engines:
                shutil.rmtree(work / engine, ignore_errors=True)
        finally:
            if not keep:
                shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
