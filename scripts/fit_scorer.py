"""Fit the scorer's weights (bot/answering/weights.json) on the tune questions, never the holdout.

Every candidate of every tune question is labelled by whether its own answer would be scored
correct (for an unanswerable question, none is); a logistic regression in numpy over the named
features gives the weights, and the abstention thresholds (one for a candidate gathered by the
question's constraints, one for the rest) are the ones that answer the most tune questions right. Prints the fit, the tune accuracy before and after, and how many questions have
no right candidate at all (those need a generator, not a weight).

usage: .venv/bin/python scripts/fit_scorer.py [--write] [--l2 0.01] [--keep-rank | --group-threshold]
"""

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answering.eligibility import GROUPS  # noqa: E402
from bot.answering.features import NAMES  # noqa: E402
from bot.answering.pipeline import context_for, ranked_candidates  # noqa: E402
from bot.answering.scorer import Scorer, load_scorer  # noqa: E402
from bot.evaluate import correct  # noqa: E402
from bot.index.indexer import build_index  # noqa: E402
from bot.index.store import PlanIndex  # noqa: E402
from bot.records.glossary import find_glossary  # noqa: E402
from bot.textnorm import Tokenizer  # noqa: E402

TUNE = [  # (questions, corpus they are asked of)
    (ROOT.parent / "shared/eval/dev.jsonl", ROOT / "corpus"),
    (ROOT / "tests/questions/tune.jsonl", ROOT / "corpus"),
    (ROOT / "tests/questions/bundled_b/tune.jsonl", ROOT / "corpus"),
    (ROOT / "tests/questions/other_ics/tune.jsonl", ROOT / "tests/questions/other_ics/papers"),
    (ROOT / "tests/questions/other_ics_c/tune.jsonl", ROOT / "tests/questions/other_ics_c/papers"),
    (ROOT / "tests/questions/other_ics_d/tune.jsonl", ROOT / "tests/questions/other_ics_d/papers"),
    *((ROOT / f"tests/questions/other_ics_{x}/tune.jsonl", ROOT / f"tests/questions/other_ics_{x}/papers") for x in [*"efghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be"]),
]


def collect(tokenizer: Tokenizer, scorer: Scorer, work: Path, offtopic_everywhere: bool = True) -> list[tuple[dict, np.ndarray, np.ndarray, list[bool], list[bool]]]:
    """Per question: the item, feature matrix, label vector, whether each candidate gives an answer,
    and whether each is gathered by the question's constraints (held to the group threshold)."""
    out = []
    banks = [(questions, corpus) for questions, corpus in TUNE if questions.exists()]
    # An off-topic question is off-topic in any ICS's papers: each is asked of every corpus, so the
    # abstention rule learns to refuse it whatever papers happen to share its everyday words.
    offtopic = {line for questions, _ in banks for line in questions.read_text().splitlines()
                if json.loads(line).get("shape") == "offtopic"}
    asked: set[tuple[Path, str]] = {(corpus, line) for questions, corpus in banks for line in questions.read_text().splitlines()}
    for questions, corpus in banks:
        folder = work / corpus.relative_to(ROOT.parent).as_posix().replace("/", "_")  # every bank's folder is "papers"
        if not folder.exists():
            build_index([corpus], folder, tokenizer, 25 * 2**20, glossary=find_glossary([corpus]))  # as `planbot ingest` reads it
        index = PlanIndex.open(folder)
        lines = questions.read_text().splitlines()
        if offtopic_everywhere:
            lines += sorted(q for q in offtopic if (corpus, q) not in asked)
            asked |= {(corpus, q) for q in offtopic}
        for line in lines:
            item = json.loads(line)
            as_of = date.fromisoformat(item["as_of"]) if item.get("as_of") else None
            ctx = context_for(item["question"], index, tokenizer, as_of, 1000, None)
            # (an eligible candidate ranked below what a reply reads may be left unscored: pipeline._settle)
            ranked = [c for c in ranked_candidates(ctx, scorer) if c.eligible and len(c.features) == len(NAMES)]
            x = np.array([[c.features[n] for n in NAMES] for c in ranked]).reshape(len(ranked), len(NAMES))
            y = np.array([float(correct(item, {"answered": c.answered, "answer": c.answer})) for c in ranked])
            out.append((item, x, y, [c.answered for c in ranked], [c.source in GROUPS for c in ranked]))
    return out


def fit_rank(data, l2: float, steps: int = 2000, rate: float = 0.5) -> np.ndarray:
    """Ranking weights: a right candidate first among each question's candidates (softmax over them,
    questions that have both right and wrong candidates)."""
    groups = [(x, y) for _, x, y, *_ in data if len(x) and y.any() and not y.all()]
    rx = np.vstack([x for x, _ in groups])
    right = np.concatenate([y for _, y in groups]) > 0
    sizes = np.array([len(y) for _, y in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group_of = np.repeat(np.arange(len(groups)), sizes)
    w = np.zeros(rx.shape[1])
    for _ in range(steps):
        rz = rx @ w
        e = np.exp(rz - np.maximum.reduceat(rz, starts)[group_of])
        soft = e / np.add.reduceat(e, starts)[group_of]
        e_right = np.where(right, e, 0.0)
        target = e_right / np.add.reduceat(e_right, starts)[group_of]
        w -= rate * (rx.T @ (soft - target) / len(groups) + l2 * w)
    return w


def top_choices(data, w: np.ndarray):
    """Per question: the best candidate's features with its score appended, and whether answering with it is right."""
    xs, ys = [], []
    for item, x, y, *_ in data:
        if not len(x):
            continue
        scores = x @ w
        best = int(np.argmax(scores))
        xs.append(np.append(x[best], scores[best]))
        ys.append(float(y[best]))
    return np.array(xs), np.array(ys)


def fit_answer(xs: np.ndarray, ys: np.ndarray, l2: float, steps: int = 4000, rate: float = 0.5) -> tuple[float, np.ndarray]:
    """The abstention rule: the probability that answering with the best candidate is right."""
    w, b = np.zeros(xs.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(xs @ w + b)))
        g = p - ys
        w -= rate * (xs.T @ g / len(ys) + l2 * w)
        b -= rate * g.mean()
    return b, w


def accuracy(data, rank: np.ndarray, b: float, w: np.ndarray, threshold: float, group_threshold: float | None = None) -> float:
    right = 0
    for item, x, y, answered, gathered in data:
        if not len(x):
            right += bool(item.get("expect_no_answer"))
            continue
        scores = x @ rank
        best = int(np.argmax(scores))
        p = 1 / (1 + np.exp(-(np.append(x[best], scores[best]) @ w + b)))
        if p >= (group_threshold if gathered[best] and group_threshold is not None else threshold):
            right += bool(y[best])  # an answer, or a candidate that says what the plans lack
        else:
            right += bool(item.get("expect_no_answer"))
    return right / len(data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true", help="write the fitted weights to bot/answering/weights.json")
    ap.add_argument("--l2", type=float, default=0.01)
    ap.add_argument("--keep-rank", action="store_true", help="refit the abstention rule only, over the current ranking")
    ap.add_argument("--group-threshold", action="store_true", help="keep both sets of weights and the threshold; fit the "
                    "gathered candidates' threshold only")
    ap.add_argument("--force", action="store_true", help="write the fitted weights even if they do worse")
    args = ap.parse_args()
    tokenizer, scorer = Tokenizer(), load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        data = collect(tokenizer, scorer, Path(tmp))
    answerable = [d for d in data if not d[0].get("expect_no_answer")]
    reachable = sum(1 for _, _, y, *_ in answerable if y.any())
    # Every candidate of every tune question is labelled by whether choosing it gives a right reply: an
    # answer scored correct, or (for a question the plans cannot answer) a candidate saying what they lack.
    current = (np.array([scorer.rank.get(n, 0.0) for n in NAMES]), scorer.bias,
               np.array([scorer.weights.get(n, 0.0) for n in (*NAMES, "score")]), scorer.threshold, scorer.group_threshold)
    print(f"{len(data)} tune questions; {reachable}/{len(answerable)} answerable ones have a right candidate")
    print(f"current weights: tune accuracy {accuracy(data, *current):.1%}")
    rank = current[0] if args.keep_rank or args.group_threshold else fit_rank(data, args.l2)
    xs, ys = top_choices(data, rank)
    b, w = (current[1], current[2]) if args.group_threshold else fit_answer(xs, ys, args.l2)
    steps = [t / 100 for t in range(5, 96)]
    best_t = current[3] if args.group_threshold else max(steps, key=lambda t: (accuracy(data, rank, b, w, t), -abs(t - 0.5)))
    group_t = max(steps, key=lambda t: (accuracy(data, rank, b, w, best_t, t), -abs(t - best_t)))
    print(f"fitted: tune accuracy {accuracy(data, rank, b, w, best_t, group_t):.1%} at threshold {best_t:.2f} "
          f"(gathered candidates {group_t:.2f}); best candidate right for {ys.mean():.1%} of questions")
    print("rank", {n: round(float(v), 3) for n, v in zip(NAMES, rank)})
    print("answer bias", round(b, 3), {n: round(float(v), 3) for n, v in zip((*NAMES, "score"), w)})
    if args.write and accuracy(data, rank, b, w, best_t, group_t) < accuracy(data, *current) and not args.force:
        print("not written: the fitted weights do worse on the tune questions than the current ones (--force writes anyway)")
    elif args.write:
        path = ROOT / "bot/answering/weights.json"
        note = json.loads(path.read_text())["note"]
        path.write_text(json.dumps({
            "note": note, "rank": {n: round(float(v), 4) for n, v in zip(NAMES, rank)}, "bias": round(b, 4),
            "weights": {n: round(float(v), 4) for n, v in zip((*NAMES, "score"), w)}, "threshold": best_t,
            "group_threshold": group_t}, indent=2) + "\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
