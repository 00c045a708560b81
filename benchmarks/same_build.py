"""Whether a change to ingestion left what it builds as it was: every table of the database (documents,
lines, passages, every record table, and meta but for its version, build time and previous version),
row for row, and every array of the version's .npz files.

usage: .venv/bin/python -m benchmarks.same_build [--base REV | --reuse] [--scale N] [CORPUS ...]
Builds each corpus (default: corpus/, the other-ICS question papers, and N perturbed copies of corpus/ as
benchmarks.run makes them) with REV (default HEAD, unpacked by `git archive`) and with the working tree,
each in a process of its own, and prints IDENTICAL or the first difference of each table; exits 1 on any.
With --reuse both builds are the working tree's: a full build of the corpus in a fresh index, against
a re-index of it over a version built from a changed copy (its first file edited, its last removed),
which takes the unchanged files from that version (bot.index.reuse) instead of reading them.
"""

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PAPERS = [ROOT / "corpus", *sorted((ROOT / "tests" / "questions").glob("*/papers"))]
VOLATILE_META = ("version", "built", "previous")
BUILD = ("import sys;from pathlib import Path;from bot.index.indexer import build_index;from bot.textnorm import Tokenizer;"
         "r=build_index([Path(sys.argv[1])],Path(sys.argv[2]),Tokenizer(),10**9);"
         "print(f'{getattr(r, \"reused\", 0)} reused, {len(r.files) - getattr(r, \"reused\", 0)} read')")


def build(tree: Path, corpus: Path, index: Path) -> Path:
    """The version `tree`'s code builds from `corpus` (its own interpreter, so no module of the other tree leaks in)."""
    subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(index)], cwd=tree, check=True, capture_output=True)
    return index / "versions" / (index / "CURRENT").read_text().strip()


def reuse_build(corpus: Path, work: Path, index: Path) -> tuple[Path, str]:
    """A re-index of `corpus` over a version of a changed copy of it; the version, and what it reused."""
    before = work / "before"
    shutil.copytree(corpus, before, ignore=shutil.ignore_patterns(".*"))
    papers = sorted(p for p in before.iterdir() if p.suffix in {".txt", ".md"})
    papers[0].write_text(papers[0].read_text(encoding="utf-8") + "\nA sentence added before the re-index.\n", encoding="utf-8")
    papers[-1].unlink()
    build(ROOT, before, index)
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(index)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return index / "versions" / (index / "CURRENT").read_text().strip(), out.strip().splitlines()[-1]


def tables(version: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows in rowid order, and the schema as one more entry."""
    conn = sqlite3.connect(f"file:{version / 'planbot.db'}?mode=ro", uri=True)
    out: dict[str, tuple[list[str], list[tuple]]] = {}
    for (name,) in conn.execute("select name from sqlite_master where type = 'table' order by name"):
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        rows = conn.execute(f"select * from [{name}] order by rowid").fetchall()
        out[name] = (columns, [r for r in rows if not (name == "meta" and r[0] in VOLATILE_META)])
    out["(schema)"] = ([], sorted(conn.execute("select type, name, sql from sqlite_master").fetchall(), key=str))
    conn.close()
    return out


def arrays(version: Path) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    for path in sorted(version.glob("*.npz")):
        with np.load(path, allow_pickle=False) as data:
            found.update({f"{path.name}:{key}": data[key] for key in data.files})
    return found


def differences(base: Path, work: Path) -> list[str]:
    """What differs between two versions: a line per table or array, with the first differing row."""
    out = []
    a, b = tables(base), tables(work)
    for name in sorted(a.keys() | b.keys()):
        if a.get(name) != b.get(name):
            rows_a, rows_b = a.get(name, ([], []))[1], b.get(name, ([], []))[1]
            first = next((k for k, (x, y) in enumerate(zip(rows_a, rows_b)) if x != y), min(len(rows_a), len(rows_b)))
            out.append(f"table {name}: {len(rows_a)} rows vs {len(rows_b)}, first difference at row {first}")
    x, y = arrays(base), arrays(work)
    for name in sorted(x.keys() | y.keys()):
        if name not in x or name not in y or x[name].dtype != y[name].dtype or not np.array_equal(x[name], y[name]):
            out.append(f"array {name} differs")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--base", default="HEAD", help="the git revision to compare the working tree with")
    ap.add_argument("--scale", type=int, default=3, help="perturbed copies of corpus/ to compare too (0: none)")
    ap.add_argument("--reuse", action="store_true", help="compare a re-index that reuses unchanged files with a full build")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbot-same-build-"))
    try:
        base = work / "base"
        base.mkdir()
        if not args.reuse:
            archive = subprocess.run(["git", "archive", args.base], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        corpora = list(args.corpora) or list(PAPERS)
        if args.scale and not args.corpora:
            from benchmarks.run import scaled_corpus

            scaled_corpus(args.scale, work / f"scaled{args.scale}")
            corpora.append(work / f"scaled{args.scale}")
        failed = False
        for n, corpus in enumerate(corpora):
            note = ""
            if args.reuse:
                (work / str(n)).mkdir()
                again, note = reuse_build(corpus, work / str(n), work / f"{n}-reuse")
                found = differences(build(ROOT, corpus, work / f"{n}-full"), again)
                note = f" (re-index: {note})"
            else:
                found = differences(build(base, corpus, work / f"{n}-base"), build(ROOT, corpus, work / f"{n}-work"))
            failed |= bool(found)
            print(f"{corpus}{note}: " + ("IDENTICAL" if not found else "DIFFERENT\n  " + "\n  ".join(found)), flush=True)
        sys.exit(1 if failed else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
