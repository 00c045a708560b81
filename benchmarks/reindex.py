"""How long a re-index takes after one paper changed: taking the unchanged ones from the live version
(bot.index.reuse; carried over from it when it can be, bot.index.carry) against reading every file
again (`planbot ingest --full`).

usage: .venv/bin/python -m benchmarks.reindex [--scale 10] [--repeat 1] [--pdf-share F]
Builds benchmarks.run's scaled corpus once, changes one of its files, copies the index, then times a
re-index of each copy in a child process of its own (reuse, then full), each with the load average
beside it, and checks the two versions are the same table by table (benchmarks.same_build).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.run import ROOT, scaled_corpus
from benchmarks.same_build import differences

CODE = ("import json,sys,time;from pathlib import Path;from bot.index.indexer import build_index;"
        "from bot.textnorm import Tokenizer;t=time.perf_counter();"
        "r=build_index([Path(sys.argv[1])],Path(sys.argv[2]),Tokenizer(),10**9,full=sys.argv[3]=='full');"
        "print(json.dumps({'seconds':time.perf_counter()-t,'reused':r.reused,'read':r.read,'version':r.version,"
        "'carried':getattr(r,'carried',False)}))")


def reindex(corpus: Path, index: Path, mode: str) -> dict:
    """One build in a child process (so neither mode warms the other's caches); its figures and load average."""
    out = subprocess.run([sys.executable, "-c", CODE, str(corpus), str(index), mode], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    row = json.loads(out.strip().splitlines()[-1])
    row["load"] = round(os.getloadavg()[0], 2)
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=1, help="re-indexes of each kind (the machine may be shared: keep it small)")
    ap.add_argument("--pdf-share", type=float, default=0.0, help="share of the annex's copies written as PDFs")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbot-reindex-"))
    try:
        corpus = work / "corpus"
        scaled_corpus(args.scale, corpus, args.pdf_share)
        first = reindex(corpus, work / "index", "full")
        changed = sorted(corpus.glob("*.txt"))[len(list(corpus.glob("*.txt"))) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nOne sentence added to this draft.\n", encoding="utf-8")
        print(json.dumps({"scale": args.scale, "files": len(list(corpus.iterdir())), "first_build_s": round(first["seconds"], 2),
                          "changed": changed.name, "load": first["load"]}), flush=True)
        for n in range(args.repeat):
            rows = {}
            for mode in ("reuse", "full"):
                index = work / f"{mode}-{n}"
                shutil.copytree(work / "index", index)
                rows[mode] = reindex(corpus, index, mode)
                rows[mode]["folder"] = index / "versions" / rows[mode].pop("version")
            same = differences(rows["full"].pop("folder"), rows["reuse"].pop("folder")) == []
            print(json.dumps({"run": n + 1, **{f"{mode}_{k}": (round(v, 2) if isinstance(v, float) else v)
                                                for mode, row in rows.items() for k, v in row.items()},
                              "identical": same}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
