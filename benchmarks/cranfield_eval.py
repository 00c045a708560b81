"""Retrieval quality of planbot's own search (same tokeniser, same BM25) on the Cranfield 1400 collection.

usage: .venv/bin/python -m benchmarks.cranfield_eval [--dir ../shared/benchmarks/cranfield] [--grid]
Prints nDCG@10 (graded: code 1 -> gain 4 ... code 4 -> gain 1) and Recall@100 over the 225 queries.
"""

import argparse
import math
import re
from collections import defaultdict
from pathlib import Path

from bot.index.search import B, K1, BM25Index
from bot.textnorm import Tokenizer

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "cranfield"


def _records(text: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for block in re.split(r"^\.I\s+", text, flags=re.M)[1:]:
        fields: dict[str, str] = {}
        parts = re.split(r"^\.([TABW])\s*$", block, flags=re.M)
        fields["id"] = parts[0].strip()
        for tag, body in zip(parts[1::2], parts[2::2]):
            fields[tag] = " ".join(body.split())
        out.append(fields)
    return out


def load(folder: Path) -> tuple[list[str], list[str], dict[int, dict[int, int]]]:
    docs = _records((folder / "cran.all.1400").read_text(errors="replace"))
    texts = [f"{d.get('T', '')} {d.get('W', '')}" for d in docs]
    queries = [q.get("W", "") for q in _records((folder / "cran.qry").read_text(errors="replace"))]
    qrels: dict[int, dict[int, int]] = defaultdict(dict)
    for line in (folder / "cranqrel").read_text().split("\n"):
        parts = line.split()
        if len(parts) >= 3:
            code = int(parts[2])
            qrels[int(parts[0])][int(parts[1])] = 5 - code if 1 <= code <= 4 else 1
    return texts, queries, qrels


def evaluate(texts: list[str], queries: list[str], qrels: dict[int, dict[int, int]], k1: float = K1, b: float = B) -> tuple[float, float]:
    tok = Tokenizer()
    index = BM25Index.build([tok(t) for t in texts], k1=k1, b=b)
    ndcg_sum = recall_sum = 0.0
    n = 0
    for qn, query in enumerate(queries, start=1):
        judged = qrels.get(qn)
        if not judged:
            continue
        ranked = [h.seq + 1 for h in index.search(tok(query), k=100)]
        dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(judged.values(), reverse=True)[:10]))
        ndcg_sum += dcg / ideal if ideal else 0.0
        recall_sum += len(set(ranked) & set(judged)) / len(judged)
        n += 1
    return ndcg_sum / n, recall_sum / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--grid", action="store_true", help="also try other k1 and b values")
    args = ap.parse_args()
    texts, queries, qrels = load(args.dir)
    ndcg, recall = evaluate(texts, queries, qrels)
    print(f"Cranfield ({len(texts)} docs, {len(queries)} queries), k1={K1} b={B}: nDCG@10 {ndcg:.4f}  Recall@100 {recall:.4f}")
    if args.grid:
        for k1 in (0.9, 1.2, 1.5, 2.0):
            for b in (0.3, 0.5, 0.75, 0.9):
                n, r = evaluate(texts, queries, qrels, k1, b)
                print(f"  k1={k1} b={b}: nDCG@10 {n:.4f}  Recall@100 {r:.4f}")


if __name__ == "__main__":
    main()
