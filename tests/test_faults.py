"""The fault suite, end to end through real processes: builds killed with kill -9 at every stage, two
builds at once, each hostile file with its report line, a garbled live index and a garbled state
database. (The parts are tested closer up in test_build_leftovers, test_zip_documents,
test_pdf_limits, test_corpus_boundaries, test_text_encodings, test_duplicates, test_damaged_index,
test_state_faults and test_discord_faults.)"""

import codecs
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.index.indexer import build_index
from bot.index.integrity import check_folder
from bot.index.versions import list_versions, live_version, versions_dir
from bot.service import Planbot
from tests.conftest import write_pdf
from tests.hostile import docx_with_part, heavy_page_pdf, zip_bomb_docx
from tests.test_damaged_index import garble
from tests.test_state_faults import damage, filled_state

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "who owns the stroke pathway redesign in fylde?"


def env() -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "PYTHONPATH")}
    return keep | {"PLANBOT_LOG_LEVEL": "INFO"}


def planbot(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, env=env(),
                          timeout=120)


def leftovers(index_dir: Path) -> list[str]:
    hidden = [p.name for p in versions_dir(index_dir).iterdir() if p.name.startswith(".")]
    return hidden + [p.name for p in index_dir.glob(".CURRENT.*")]


def answers(index_dir: Path) -> bool:
    return "Alex Sample" in Planbot(index_dir).ask(QUESTION).answer


@pytest.fixture
def two_versions(index_dir: Path, corpus: Path, tokenizer) -> Path:
    build_index([corpus], index_dir, tokenizer, 10**7)
    return index_dir


# ------------------------------------------------------------ kill -9 at every stage of a build

@pytest.mark.parametrize(
    ("point", "left", "goes_live"),
    [
        ("reading", ".building-", False),
        ("indexing", ".building-", False),
        ("published", None, False),  # a complete version, never made live: kept, not a leftover
        ("switching", ".CURRENT.", False),
        ("pruning", ".pruning-", True),
    ],
)
def test_a_build_killed_at_any_point(two_versions: Path, corpus: Path, tokenizer, point: str, left: str | None,
                                     goes_live: bool) -> None:
    index_dir = two_versions
    live = live_version(index_dir)
    child = subprocess.Popen([sys.executable, "-m", "tests.build_child", point, str(corpus), str(index_dir)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == f"PAUSED {point}"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    assert (live_version(index_dir) != live) == goes_live
    assert answers(index_dir)  # the live version (old, or new if the switch happened) keeps answering
    found = leftovers(index_dir)
    assert (any(name.startswith(left) for name in found) if left else found == [])

    report = build_index([corpus], index_dir, tokenizer, 10**7, keep_versions=2)
    assert leftovers(index_dir) == [] and answers(index_dir)
    if left:
        assert any(line.startswith(f"removed {left}") for line in report.cleaned)
        if left == ".building-":
            assert f"left by build process {child.pid}, which is no longer running" in report.cleaned[0]
    assert all(check_folder(versions_dir(index_dir) / v).ok for v in list_versions(index_dir))


def test_the_cli_killed_after_it_starts_reading(tmp_path: Path, corpus: Path, two_versions: Path) -> None:
    """As the probe did it: `planbot ingest` killed at an arbitrary moment once it is under way."""
    index_dir = two_versions
    for n in range(30):  # enough files that the kill lands mid-build
        (corpus / f"paper-{n}.txt").write_text(f"Paper {n}\n" + "The plan will be agreed by March 2017. " * 400)
    live = live_version(index_dir)
    child = subprocess.Popen([sys.executable, "-m", "bot", "ingest", str(corpus), "--index", str(index_dir)], cwd=tmp_path,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    assert child.stderr is not None and child.stderr.readline().startswith("[1/")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    mid_build = any(name.startswith(".building-") for name in leftovers(index_dir))
    assert live_version(index_dir) == live or not mid_build  # mid-build almost always; rarely it got further
    assert answers(index_dir)
    out = planbot("ingest", str(corpus), "--index", str(index_dir), cwd=tmp_path)
    assert out.returncode == 0 and leftovers(index_dir) == [] and answers(index_dir)
    assert ("  cleaned up: removed .building-" in out.stdout) == mid_build


def test_two_builds_at_once(tmp_path: Path, corpus: Path, index_dir: Path) -> None:
    first = live_version(index_dir)
    args = [sys.executable, "-m", "bot", "ingest", str(corpus), "--index", str(index_dir), "--json"]
    children = [subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
                for _ in range(2)]
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], results
    a, b = sorted((json.loads(out) for out, _ in results), key=lambda r: r["version"])
    assert a["previous"] == first and b["previous"] == a["version"]
    assert live_version(index_dir) == b["version"] and leftovers(index_dir) == [] and answers(index_dir)


# ------------------------------------------------------------ each hostile file, with its report line

def test_hostile_files_are_each_reported_and_the_rest_indexed(tmp_path: Path, corpus: Path, capsys) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0:secret password line\n")
    (corpus / "leak.txt").symlink_to(outside / "passwd")
    zip_bomb_docx(corpus, unpacked_mb=12)
    docx_with_part(corpus, "../../evil.sh", name="escape.docx")
    (corpus / "notepad.txt").write_bytes(codecs.BOM_UTF16_LE + "Notepad paper\nThe hub opens in May 2017.\n".encode("utf-16-le"))
    (corpus / "nul.txt").write_bytes(b"text then \x00\x01\x02 binary")
    pdf = write_pdf(tmp_path / "whole.pdf", [["A page of the plan"]]).read_bytes()
    (corpus / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (corpus / "board copy.txt").write_bytes((corpus / "board.txt").read_bytes())
    heavy_page_pdf(corpus / "heavy.pdf", 30_000)

    assert main(["ingest", str(corpus), "--index", str(tmp_path / "ix")]) == 0
    out = capsys.readouterr()
    report = out.out
    expected = [
        "(board copy.txt): 16 lines",  # read first (sorted), so board.txt is its duplicate; the title comes first
        "  DUPLICATE board.txt: same content as board copy.txt",
        "  SKIPPED bomb.docx: part word/document.xml unpacks to 12.0 MB from",
        "  SKIPPED escape.docx: holds a part with an unsafe path ('../../evil.sh')",
        "  SKIPPED heavy.pdf: has no readable text: page 1 is too large to read",
        "(notepad.txt): 3 lines",
        "  SKIPPED nul.txt: looks like a binary file, not text",
        "  SKIPPED truncated.pdf: is not a readable PDF",
        "  skipped leak.txt: links outside the corpus",
    ]
    for line in expected:
        assert any(row.startswith(line) or (line.startswith("(") and line in row) for row in report.splitlines()), line
    assert "Traceback" not in out.err and "pypdf" not in out.err
    assert "Total: 4 documents" in report
    index = Planbot(tmp_path / "ix")
    assert "May 2017" in index.ask("when does the hub open?").answer
    assert "secret" not in index.ask("what is the root password line?").answer


# ------------------------------------------------------------ garbled databases, through the real CLI

def test_a_garbled_live_index(tmp_path: Path, two_versions: Path) -> None:
    index_dir = two_versions
    older, newer = list_versions(index_dir)
    garble(versions_dir(index_dir) / newer / "planbot.db", start=4096)
    out = planbot("ask", QUESTION, "--index", str(index_dir), cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"planbot: Index version {newer} (the live one) is damaged")
    assert f"Run `planbot rollback {older}`" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert "Alex Sample" in Planbot(index_dir).ask(QUESTION).answer  # what the bot does: the newest that opens
    check = planbot("check", "--index", str(index_dir), cwd=tmp_path)
    assert check.returncode == 1 and f"* {newer}  DAMAGED" in check.stdout and f"  {older}  ok" in check.stdout
    rolled = planbot("rollback", "--index", str(index_dir), cwd=tmp_path)
    assert rolled.returncode == 0 and live_version(index_dir) == older
    assert "Alex Sample" in planbot("ask", QUESTION, "--index", str(index_dir), cwd=tmp_path).stdout


def test_a_garbled_state_database(tmp_path: Path, index_dir: Path) -> None:
    filled_state(index_dir / "state.db").close()
    damage(index_dir / "state.db")
    out = planbot("state", "backup", str(tmp_path / "copy.db"), "--index", str(index_dir), cwd=tmp_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"planbot: The bot's state database {index_dir / 'state.db'} is damaged")
    check = planbot("check", "--index", str(index_dir), cwd=tmp_path)
    assert check.returncode == 1 and "DAMAGED: integrity_check" in check.stdout
    assert "Alex Sample" in planbot("ask", QUESTION, "--index", str(index_dir), cwd=tmp_path).stdout
