"""PDFs are read within limits: pages per file, seconds and operators per page, bytes per stream."""

import time
from pathlib import Path

import pytest

from bot.errors import DocumentError
from bot.reading.deadline import TimeLimitExceeded, call_with_time_limit
from bot.reading.files import read_document
from bot.reading.limits import MB, ReadLimits
from bot.reading.pdf import read_pdf
from tests.conftest import write_pdf
from tests.hostile import heavy_page_pdf

# A time limit Python drops inside a garbage-collector callback is reported as unraisable (the work is
# asked again); the entry point logs these at DEBUG (bot.logs), pytest would warn.
pytestmark = pytest.mark.filterwarnings("ignore:(?s)Exception ignored in.*TimeLimitExceeded:pytest.PytestUnraisableExceptionWarning")


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_time_limit_interrupts_python_work() -> None:
    started = time.perf_counter()
    with pytest.raises(TimeLimitExceeded):
        call_with_time_limit(lambda: busy(5), 0.05)
    assert time.perf_counter() - started < 2


def test_work_within_the_limit_returns_its_result_or_its_error() -> None:
    assert [call_with_time_limit(lambda: n * 2, 1.0) for n in range(20)] == list(range(0, 40, 2))
    with pytest.raises(ZeroDivisionError):
        call_with_time_limit(lambda: 1 / 0, 1.0)


def test_the_caller_is_never_interrupted() -> None:
    """Garbage-collector callbacks can drop the exception; the work is asked again until it stops,
    and nothing ever reaches the caller's thread."""
    import gc

    def allocate_in_cycles() -> None:
        end = time.perf_counter() + 5
        while time.perf_counter() < end:
            junk = [[] for _ in range(100)]
            junk.append(junk)

    def callback(phase: str, info: dict) -> None:
        [0] * 10

    gc.callbacks.append(callback)
    try:
        for _ in range(6):
            with pytest.raises(TimeLimitExceeded):
                call_with_time_limit(allocate_in_cycles, 0.02)
    finally:
        gc.callbacks.remove(callback)
    busy(0.3)  # a late exception would land here


def test_context_variables_reach_the_work() -> None:
    from pypdf import apply_configuration, get_configuration

    with apply_configuration(stream_parsing_work_maximum_count=1234):
        seen = call_with_time_limit(lambda: get_configuration().stream_parsing_work_maximum_count, 1.0)
    assert seen == 1234


def limits(**changes) -> ReadLimits:
    base = ReadLimits.for_max_bytes(25 * MB)
    return ReadLimits(**{**base.__dict__, **changes})


def pages_of(tmp_path: Path, name: str, *sources: Path) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for source in sources:
        for page in PdfReader(source).pages:
            writer.add_page(page)
    with (tmp_path / name).open("wb") as fh:
        writer.write(fh)
    return tmp_path / name


def test_a_slow_page_is_skipped_and_named(tmp_path: Path) -> None:
    good = write_pdf(tmp_path / "good.pdf", [["Second page of the plan"]])
    slow = heavy_page_pdf(tmp_path / "slow.pdf", 20_000)  # seconds of pypdf work, far over 0.2 s
    path = pages_of(tmp_path, "mixed.pdf", slow, good)
    lines, _, pages, warnings = read_pdf("mixed.pdf", path.read_bytes(), limits(pdf_page_seconds=0.2))
    assert pages == 2 and warnings == ["mixed.pdf: page 1 took over 0.2 s to read; skipped"]
    assert [ln.text for ln in lines if ln.text.strip()] == ["Second page of the plan"]
    assert {ln.page for ln in lines} == {2}


def test_three_slow_pages_give_the_file_up(tmp_path: Path) -> None:
    slow = heavy_page_pdf(tmp_path / "slow.pdf", 20_000)
    path = pages_of(tmp_path, "slow4.pdf", slow, slow, slow, slow)
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="3 pages each took over 0.2 s to read"):
        read_pdf("slow4.pdf", path.read_bytes(), limits(pdf_page_seconds=0.2))
    assert time.perf_counter() - started < 5


def test_a_page_with_too_many_operations_is_refused_quickly(tmp_path: Path) -> None:
    path = heavy_page_pdf(tmp_path / "dense.pdf", 30_000)  # 300,000 tokens, over the 250,000 at 25 MB
    started = time.perf_counter()
    with pytest.raises(DocumentError, match=r"has no readable text: page 1 is too large to read"):
        read_document(path, 25 * MB)
    assert time.perf_counter() - started < 20


def test_a_stream_that_unpacks_past_the_file_limit_is_refused(tmp_path: Path) -> None:
    path = heavy_page_pdf(tmp_path / "bomb.pdf", 60_000)  # ~2.6 MB unpacked from a few KB
    assert path.stat().st_size < 100_000
    with pytest.raises(DocumentError, match="too large to read"):
        read_document(path, MB)


def test_too_many_pages(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "long.pdf", [[f"page {n}"] for n in range(6)])
    with pytest.raises(DocumentError, match="has 6 pages, over the 5-page limit"):
        read_pdf("long.pdf", path.read_bytes(), limits(pdf_pages=5))
