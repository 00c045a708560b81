"""Do the builtin and tantivy engines give the same answers? Builds the same papers with each and asks
every question of both, comparing the whole reply (answer, citations, answered or not).

usage: .venv/bin/python -m benchmarks.engines_compare [--scale N] [--bank] [questions.jsonl ...]
With --scale N the bundled papers are copied N times as benchmarks/run.py does (100x is ~111k
passages); --bank adds the question bank (tests/questions), each file over its own papers.
"""

import argparse
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

from benchmarks.run import DEV, ROOT, scaled_corpus

BANKS = ROOT / "tests" / "questions"


def bank_files() -> list[tuple[Path, Path]]:
    """(questions, the papers they are asked of) for every file of the question bank."""
    out = [(BANKS / "tune.jsonl", ROOT / "corpus"), (BANKS / "holdout.jsonl", ROOT / "corpus")]
    for ics in sorted(p for p in BANKS.iterdir() if p.is_dir()):
        out += [(q, ics / "papers") for q in sorted(ics.glob("*.jsonl"))]
    return out


def build_both(corpus: Path, into: Path) -> dict[str, Path]:
    from bot.index.indexer import build_index
    from bot.records.glossary import find_glossary
    from bot.textnorm import Tokenizer

    out = {}
    for engine in ("builtin", "tantivy"):
        folder = into / engine
        build_index([corpus], folder, Tokenizer(), 10**9, glossary=find_glossary([corpus]), engine=engine)
        out[engine] = folder
    return out


def compare(indexes: dict[str, Path], questions: Path) -> dict:
    """Replies of both engines to every question of the file; the ones that differ, with both answers."""
    from bot.answering.pipeline import answer
    from bot.evaluate import correct
    from bot.index.store import PlanIndex
    from bot.textnorm import Tokenizer

    tok = Tokenizer()
    opened = {e: PlanIndex.open(folder) for e, folder in indexes.items()}
    items = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = {e: 0 for e in opened}
    differ = []
    for item in items:
        as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
        replies = {e: answer(item["question"], index, tok, as_of).model_dump() for e, index in opened.items()}
        for e, reply in replies.items():
            right[e] += correct(item, reply)
        if replies["builtin"] != replies["tantivy"]:
            differ.append({"id": item.get("id"), "question": item["question"],
                           **{e: r["answer"][:160] for e, r in replies.items()},
                           "same_answer_text": replies["builtin"]["answer"] == replies["tantivy"]["answer"]})
    for index in opened.values():
        index.close()
    return {"questions": str(questions.relative_to(ROOT.parent) if questions.is_relative_to(ROOT.parent) else questions),
            "n": len(items), "correct": right, "differ": len(differ), "differences": differ}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", nargs="*", type=Path)
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--bank", action="store_true", help="also the question bank, each file over its own papers")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbot-engines-"))
    try:
        corpus = ROOT / "corpus"
        if args.scale > 1:
            scaled_corpus(args.scale, work / "corpus")
            corpus = work / "corpus"
        files = [(q, corpus) for q in (args.questions or [DEV])]
        if args.bank:
            files += [(q, corpus if papers == ROOT / "corpus" else papers) for q, papers in bank_files()]
        built: dict[Path, dict[str, Path]] = {}
        for questions, papers in files:
            if papers not in built:
                built[papers] = build_both(papers, work / f"index{len(built)}")
            print(json.dumps({"scale": args.scale, **compare(built[papers], questions)}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
