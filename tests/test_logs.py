"""pypdf's own warnings about a damaged file stay out of planbot's report (they go to the DEBUG log)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_pdf

ROOT = Path(__file__).resolve().parents[1]


def run_ingest(folder: Path, index: Path, level: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "PLANBOT_LOG_LEVEL": level, "HOME": str(folder)}
    return subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--index", str(index)], cwd=folder.parent,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_library_warnings_go_to_the_debug_log(tmp_path: Path, level: str) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    data = write_pdf(folder / "good.pdf", [["A page of the plan with enough words"]]).read_bytes()
    (folder / "junk-header.pdf").write_bytes(b"garbage" + data)
    (folder / "truncated.pdf").write_bytes(data[: len(data) * 2 // 3])
    out = run_ingest(folder, tmp_path / "ix", level)
    assert out.returncode == 0, out.stderr
    assert "SKIPPED truncated.pdf: is not a readable PDF" in out.stdout
    library_lines = [line for line in out.stderr.splitlines() if "pypdf" in line]
    if level == "INFO":
        assert library_lines == [] and "invalid pdf header" not in out.stderr
        assert [line for line in out.stderr.splitlines() if not line.startswith("[")] == ["indexing 2 passages"]
    else:
        assert any(line.startswith("DEBUG pypdf") and "invalid pdf header" in line for line in library_lines)
        assert not any(line.startswith("WARNING pypdf") for line in library_lines)


def test_dropped_exceptions_go_to_the_log(caplog) -> None:
    import logging
    import types

    from bot.logs import log_unraisable
    from bot.reading.deadline import TimeLimitExceeded

    def hook_args(exc: BaseException) -> types.SimpleNamespace:
        return types.SimpleNamespace(exc_type=type(exc), exc_value=exc, exc_traceback=None, object="a callback")

    with caplog.at_level(logging.DEBUG, logger="planbot"):
        log_unraisable(hook_args(TimeLimitExceeded()))
        log_unraisable(hook_args(ValueError("boom")))
    levels = [(r.levelname, r.exc_info is not None) for r in caplog.records]
    assert levels == [("DEBUG", False), ("WARNING", True)]
