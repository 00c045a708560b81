"""Whether a change left the bot's answers as they were: the dev questions and every question bank file,
each over its own papers, built and asked with REV's code (default HEAD, unpacked by `git archive`) and
with the working tree's, each in a process of its own; the whole reply (answer, citations, answered)
compared. Where benchmarks.engines_compare holds the code still and changes the engine, this holds the
questions still and changes the code (a new way of reading records must answer as the old one did).

usage: .venv/bin/python -m benchmarks.answers_compare [--base REV] [--scale N] [--no-bank]
With --scale N the dev questions are also asked of N perturbed copies of corpus/ (benchmarks/run.py).
Prints one line per question file with how many replies differ and the first few; exits 1 on any.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.engines_compare import bank_files
from benchmarks.run import DEV, ROOT, scaled_corpus

ASK = """
import json, sys
from datetime import date
from pathlib import Path
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.records.glossary import find_glossary
from bot.textnorm import Tokenizer
papers, index_dir, questions = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
if not index_dir.exists():
    build_index([papers], index_dir, Tokenizer(), 10**9, glossary=find_glossary([papers]))
index, tok = PlanIndex.open(index_dir), Tokenizer()
for line in questions.read_text(encoding="utf-8").splitlines():
    if line.strip():
        item = json.loads(line)
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        print(json.dumps(answer(item["question"], index, tok, as_of).model_dump(), sort_keys=True), flush=True)
"""


def replies(tree: Path, papers: Path, index_dir: Path, questions: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-c", ASK, str(papers), str(index_dir), str(questions)], cwd=tree,
                         capture_output=True, text=True, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})
    if out.returncode:
        raise SystemExit(f"{tree}: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="HEAD")
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--no-bank", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbot-answers-"))
    try:
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        files = [(DEV, ROOT / "corpus")] + ([] if args.no_bank else bank_files())
        if args.scale > 1:
            scaled_corpus(args.scale, work / "scaled")
            files.append((DEV, work / "scaled"))
        papers_at: dict[Path, int] = {}
        failed = False
        for questions, papers in files:
            n = papers_at.setdefault(papers, len(papers_at))
            old = replies(base, papers, work / f"old{n}", questions)
            new = replies(ROOT, papers, work / f"new{n}", questions)
            differ = [(a["question"], a["answer"][:120], b["answer"][:120]) for a, b in zip(old, new) if a != b]
            failed = failed or bool(differ) or len(old) != len(new)
            print(json.dumps({"questions": str(questions.relative_to(ROOT.parent)), "papers": papers.name,
                              "n": len(new), "differ": len(differ) + abs(len(old) - len(new)), "first": differ[:3]}),
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
