"""A build in a child process that stops at a chosen point and waits there to be killed (kill -9).

usage: python -m tests.build_child POINT CORPUS INDEX
POINT: reading (parsing the second document; the build reads every file, as `--full` does, since
unchanged ones would otherwise be taken from the live version), indexing (after the BM25 weights, before the record
terms and the database are finished), published (the version renamed into place, CURRENT not yet
moved), switching (the new CURRENT written to its temp file, not yet renamed), pruning (an old
version renamed for removal, not yet deleted). The child prints "PAUSED <point>" when it gets there."""

import sys
import time
from pathlib import Path

import bot.index.indexer as indexer
import bot.index.versions as versions
import bot.reading.ahead as ahead
from bot.index.indexer import build_index
from bot.textnorm import Tokenizer


def pause(point: str) -> None:
    print(f"PAUSED {point}", flush=True)
    time.sleep(600)


def stop_at(point: str) -> None:
    if point == "reading":
        parse, seen = ahead.parse_document, []

        def parse_then_pause(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            seen.append(args[0])
            if len(seen) == 2:
                pause(point)
            return parse(*args, **kwargs)

        ahead.parse_document = parse_then_pause
    elif point == "indexing":
        indexer.PostingsWriter.finish = lambda *a, **k: pause(point)
    elif point == "published":
        indexer.switch_to = lambda *a, **k: pause(point)
    elif point == "switching":
        replace = versions.os.replace

        def replace_current(source, target):  # noqa: ANN001, ANN202
            if Path(target).name == "CURRENT":
                pause(point)
            return replace(source, target)

        versions.os.replace = replace_current
    elif point == "pruning":
        versions.shutil.rmtree = lambda *a, **k: pause(point)
    else:
        raise SystemExit(f"unknown point {point}")


if __name__ == "__main__":
    point, corpus, index = sys.argv[1:4]
    stop_at(point)
    build_index([Path(corpus)], Path(index), Tokenizer(), 10**7, keep_versions=2, full=point == "reading")
    print("FINISHED", flush=True)
