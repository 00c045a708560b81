"""Split the question bank once into tune (60%) and holdout (40%) by fact, at random with a fixed seed.

All phrasings of one fact land in the same half, so tuning on one wording cannot leak another's
answer into the holdout. Run once when the bank was written (see tests/questions/README.md); the
halves are committed and never re-split. usage: split_questions.py [--seed=N] OUT_DIR RAW.jsonl ...
(each bank written later is split with its own seed, given in its README)
"""

import json
import random
import sys
from pathlib import Path

SEED = 20261129
TUNE_SHARE = 0.6


def main(out_dir: str, *raw_files: str, seed: int = SEED) -> None:
    items = [json.loads(line) for name in raw_files for line in Path(name).read_text().splitlines() if line.strip()]
    facts = sorted({item["fact"] for item in items})
    random.Random(seed).shuffle(facts)
    tune_facts = set(facts[: round(len(facts) * TUNE_SHARE)])
    out = Path(out_dir)
    with (out / "tune.jsonl").open("w") as tune, (out / "holdout.jsonl").open("w") as holdout:
        for item in items:
            (tune if item["fact"] in tune_facts else holdout).write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    args = sys.argv[1:]
    seeds = [int(a.split("=", 1)[1]) for a in args if a.startswith("--seed=")]
    main(*[a for a in args if not a.startswith("--seed=")], seed=seeds[0] if seeds else SEED)
