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

A re-index that carries the previous version over (bot.index.carry) keeps the passage numbers and row
ids of unchanged papers and numbers a new paper's after them, so its numbering is not a full build's.
Versions are therefore compared by meaning unless --strict: a passage or record row by its paper and
its place among that paper's rows, a record posting by the rows it names, the vocabulary by word,
BM25 postings by the passages they name; every other table row for row. --base compares strictly.
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
    papers = sorted(p for p in before.iterdir() if p.is_file())
    texts = [p for p in papers if p.suffix in {".txt", ".md"}]
    if texts:  # a paper changed (only a text paper can be changed by appending a line)
        texts[0].write_text(texts[0].read_text(encoding="utf-8") + "\nA sentence added before the re-index.\n", encoding="utf-8")
    others = [p for p in papers if p not in texts[:1]]
    if len(papers) > 1 and others:  # and one taken away, if one is left
        others[-1].unlink()
    build(ROOT, before, index)
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus), str(index)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return index / "versions" / (index / "CURRENT").read_text().strip(), out.strip().splitlines()[-1]


def tables(version: Path, strict: bool = True) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table's columns and rows in rowid order, and the schema as one more entry; unless `strict`,
    the tables whose numbering a carried-over re-index keeps from the version before it, by meaning."""
    conn = sqlite3.connect(f"file:{version / 'planbot.db'}?mode=ro", uri=True)
    out: dict[str, tuple[list[str], list[tuple]]] = {}
    names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    places = {} if strict else _places(conn, names)
    for name in names:
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        rows = conn.execute(f"select * from [{name}] order by rowid").fetchall()
        rows = [r for r in rows if not (name == "meta" and r[0] in VOLATILE_META)]
        if not strict:
            columns, rows = _by_meaning(conn, name, columns, rows, places)
        out[name] = (columns, rows)
    out["(schema)"] = ([], sorted(conn.execute("select type, name, sql from sqlite_master").fetchall(), key=str))
    conn.close()
    return out


def _places(conn: sqlite3.Connection, names: list[str]) -> dict[str, dict[int, tuple]]:
    """rowid (passages: seq) -> (paper, place among the paper's rows) of every table with a document column."""
    out: dict[str, dict[int, tuple]] = {}
    for name in names:
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        if "document" not in columns or name == "record_spans":
            continue
        key = "seq" if name == "passages" else "rowid"
        count: dict[str, int] = {}
        found = out[name] = {}
        for rowid, document in conn.execute(f"select {key}, document from [{name}] order by {key}"):
            found[rowid] = (document, count.setdefault(document, 0))
            count[document] += 1
    return out


def _by_meaning(conn: sqlite3.Connection, name: str, columns: list[str], rows: list[tuple],
                places: dict[str, dict[int, tuple]]) -> tuple[list[str], list[tuple]]:
    from bot.index.record_postings import FIELD_CODES

    if name == "passages":
        at = columns.index("seq")
        keyed = sorted((places[name][r[at]], r[:at] + r[at + 1:]) for r in rows)
        return [c for c in columns if c != "seq"], keyed
    if name in places:  # record tables: by paper and place, their ids kept
        return columns, sorted((places[name][rowid], row) for (rowid,), row in
                               zip(conn.execute(f"select rowid from [{name}] order by rowid"), rows))
    if name in ("lines", "vocabulary"):
        return columns, sorted(rows, key=repr)
    if name == "record_spans":
        return ["tbl", "document", "rows"], sorted((t, d, last - first + 1) for t, d, first, last in rows)
    if name == "record_postings":
        table_of = {code: table for (table, _), code in FIELD_CODES.items()}
        joined: dict[tuple, list] = {}
        for field, stem, _, blob in sorted(rows, key=lambda r: (r[0], r[1], r[2])):
            rowids = np.frombuffer(blob, dtype=np.int32).tolist()
            joined.setdefault((field, stem), []).extend(places[table_of[field]][k] for k in rowids)
        return ["field", "stem", "rows"], sorted((k, sorted(v)) for k, v in joined.items())
    return columns, rows


def arrays(version: Path, strict: bool = True) -> dict[str, np.ndarray]:
    found: dict[str, np.ndarray] = {}
    for path in sorted(version.glob("*.npz")):
        with np.load(path, allow_pickle=False) as data:
            found.update({f"{path.name}:{key}": data[key] for key in data.files})
    if not strict and "bm25.npz:doc_ids" in found:
        found.update(_postings_by_meaning(version, found))
    return found


def _postings_by_meaning(version: Path, found: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """bm25.npz with each passage named by its paper and place instead of its number: postings sorted
    so within each term, passages in the order of (paper, place)."""
    conn = sqlite3.connect(f"file:{version / 'planbot.db'}?mode=ro", uri=True)
    places = _places(conn, ["passages"])["passages"]
    conn.close()
    ranked = sorted(places, key=places.__getitem__)
    size = max(len(found.get("bm25.npz:lengths", [])), max(places, default=-1) + 1)
    canon = np.full(size, -1, dtype=np.int64)
    canon[np.array(ranked, dtype=np.int64)] = np.arange(len(ranked))
    offsets = found["bm25.npz:offsets"]
    terms = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    passages = canon[found["bm25.npz:doc_ids"]]
    order = np.lexsort((passages, terms))
    out = {"bm25.npz:doc_ids": passages[order], "bm25.npz:weights": found["bm25.npz:weights"][order]}
    if "bm25.npz:counts" in found:
        out["bm25.npz:counts"] = found["bm25.npz:counts"][order]
    if "bm25.npz:lengths" in found:
        lengths = found["bm25.npz:lengths"]
        out["bm25.npz:lengths"] = lengths[np.array(ranked, dtype=np.int64)] if ranked else lengths[:0]
    return out


def differences(base: Path, work: Path, strict: bool = False) -> list[str]:
    """What differs between two versions: a line per table or array, with the first differing row;
    by meaning unless `strict` (see the module's docstring)."""
    out = []
    a, b = tables(base, strict), tables(work, strict)
    for name in sorted(a.keys() | b.keys()):
        if a.get(name) != b.get(name):
            rows_a, rows_b = a.get(name, ([], []))[1], b.get(name, ([], []))[1]
            first = next((k for k, (x, y) in enumerate(zip(rows_a, rows_b)) if x != y), min(len(rows_a), len(rows_b)))
            out.append(f"table {name}: {len(rows_a)} rows vs {len(rows_b)}, first difference at row {first}")
    x, y = arrays(base, strict), arrays(work, strict)
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
                found = differences(build(base, corpus, work / f"{n}-base"), build(ROOT, corpus, work / f"{n}-work"),
                                    strict=True)
            failed |= bool(found)
            print(f"{corpus}{note}: " + ("IDENTICAL" if not found else "DIFFERENT\n  " + "\n  ".join(found)), flush=True)
        sys.exit(1 if failed else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
