"""Peak memory while ingesting each hostile file, each in a fresh child process (target: < 300 MB).

usage: .venv/bin/python -m benchmarks.hostile [--max-file-mb 25] [--only NAME ...]
One JSON line per file: its size, what the build said about it, seconds, and the child's peak RSS
(VmHWM); then a summary line. The files are made here: the issue's zip bomb (390 KB unpacking to
400 MB), a bomb of Word paragraphs, the largest Word file the limits let through, a PDF page whose
content stream unpacks to 69 MB, the largest PDF page let through, a 2,000-page PDF, a PDF cut in half,
UTF-16 text and binary text at the size limit, text files with the most lines and the most text the
limits let through, a link out of the corpus, 40 copies of one paper.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
TARGET_MB = 300


def word_with_body(path: Path, chunks: int, chunk: bytes, head: bytes = b"<w:p><w:r><w:t>",
                   tail: bytes = b"</w:t></w:r></w:p>") -> Path:
    """A .docx whose body is `head`, `chunk` x `chunks`, `tail`, streamed into the zip."""
    from tests.conftest import write_docx

    base = write_docx(path.with_suffix(".base.docx"), ["Title"])
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for item in zin.infolist():
            if item.filename != "word/document.xml":
                zout.writestr(item.filename, zin.read(item.filename))
                continue
            before, after = zin.read(item.filename).split(b"<w:body>", 1)
            with zout.open(item.filename, "w", force_zip64=True) as out:
                out.write(before + b"<w:body>" + head)
                for _ in range(chunks):
                    out.write(chunk)
                out.write(tail + after)
    base.unlink()
    return path


def issue_bomb(folder: Path, max_mb: int) -> Path:
    return word_with_body(folder / "bomb-400mb.docx", 400, b"A" * MB)


def paragraph_bomb(folder: Path, max_mb: int) -> Path:
    from tests.hostile import zip_bomb_docx

    return zip_bomb_docx(folder, unpacked_mb=400, name="bomb-paragraphs.docx")


def largest_word(folder: Path, max_mb: int) -> Path:
    """Paragraphs that compress about 30:1, unpacking to just under 4 x the file limit."""
    rows = b"".join(b"<w:p><w:r><w:t>Row %d: the milestone %d is due in Qtr %d of 2017/18, owned by Lead %d.</w:t></w:r></w:p>"
                    % (n, n * 7919 % 100_000, n % 4 + 1, n % 997) for n in range(10_000))
    chunks = int((4 * max_mb - 1) * MB / len(rows))
    return word_with_body(folder / "largest-allowed.docx", chunks, rows, head=b"", tail=b"")


def page_bomb(folder: Path, max_mb: int) -> Path:
    from tests.hostile import heavy_page_pdf

    return heavy_page_pdf(folder / "page-bomb.pdf", 1_500_000)


def heaviest_page(folder: Path, max_mb: int) -> Path:
    from tests.hostile import heavy_page_pdf

    return heavy_page_pdf(folder / "heaviest-allowed-page.pdf", 24_000)  # 240,000 tokens, under 250,000


def long_pdf(folder: Path, max_mb: int) -> Path:
    from tests.conftest import write_pdf

    return write_pdf(folder / "2000-pages.pdf", [[f"Page {n}: the plan for Fylde Coast, milestone {n} due Qtr 3."] * 40
                                                 for n in range(2000)])


def truncated_pdf(folder: Path, max_mb: int) -> Path:
    whole = long_pdf(folder, max_mb)
    cut = folder / "truncated.pdf"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    whole.unlink()
    return cut


def utf16_text(folder: Path, max_mb: int) -> Path:
    line = "The stroke pathway redesign is owned by Alex Sample and due in Qtr 3 2016/17.\n"
    path = folder / "notepad-unicode.txt"
    path.write_bytes(b"\xff\xfe" + (line * int((max_mb - 1) * MB / 2 / len(line))).encode("utf-16-le"))
    return path


def binary_text(folder: Path, max_mb: int) -> Path:
    path = folder / "binary.txt"
    path.write_bytes(b"plan text\x00\x01" * int((max_mb - 1) * MB / 11))
    return path


def most_lines(folder: Path, max_mb: int) -> Path:
    """Just under the line limit, each line short and set apart so that each becomes its own passage."""
    from bot.reading.limits import ReadLimits

    lines = ReadLimits.for_max_bytes(max_mb * MB).lines - 2
    path = folder / "most-lines-allowed.txt"
    path.write_text("".join(f"Item {n:06d} due Qtr 3 2016/17\n" for n in range(lines)), encoding="utf-8")
    return path


def most_text(folder: Path, max_mb: int) -> Path:
    """Just under the text limit in long table-like rows."""
    from bot.reading.limits import ReadLimits

    limit = ReadLimits.for_max_bytes(max_mb * MB).text_chars
    row = "Row {n}: the milestone {m} is due in Qtr {q} of 2017/18, owned by Lead {o}, with the risks and governance noted. " * 2
    text, n = [], 0
    size = 0
    while size < limit - 2000:
        line = row.format(n=n, m=n * 7919 % 100_000, q=n % 4 + 1, o=n % 997) + "\n"
        text.append(line)
        size += len(line)
        n += 1
    path = folder / "most-text-allowed.txt"
    path.write_text("".join(text), encoding="utf-8")
    return path


def link_out(folder: Path, max_mb: int) -> Path:
    target = folder.parent / "outside-secret.txt"
    target.write_text("root:x:0:0:secret\n" * 1000)
    (folder / "leak.txt").symlink_to(target)
    return folder / "leak.txt"


def forty_copies(folder: Path, max_mb: int) -> Path:
    paper = sorted((ROOT / "corpus").glob("*.txt"))[1]
    for n in range(40):
        shutil.copy(paper, folder / f"copy-{n:02d}.txt")
    return folder


MAKERS: dict[str, Callable[[Path, int], Path]] = {
    "issue-zip-bomb": issue_bomb, "paragraph-zip-bomb": paragraph_bomb, "largest-allowed-docx": largest_word,
    "pdf-page-bomb": page_bomb, "heaviest-allowed-pdf-page": heaviest_page, "2000-page-pdf": long_pdf,
    "truncated-pdf": truncated_pdf, "utf16-text": utf16_text, "binary-text": binary_text,
    "most-lines-allowed-text": most_lines, "most-text-allowed-text": most_text, "link-out": link_out,
    "40-copies": forty_copies,
}


def child_ingest(folder: Path, index: Path, max_mb: int) -> dict:
    code = (
        "import json,time;from pathlib import Path;from bot.index.indexer import build_index;from bot.textnorm import Tokenizer;"
        "from benchmarks.run import peak_mb;from bot.errors import BuildError\n"
        f"t=time.perf_counter()\ntry:\n r=build_index([Path({str(folder)!r})],Path({str(index)!r}),Tokenizer(),{max_mb}*{MB})\n"
        " said=[f.error or (f'duplicate of {f.duplicate_of}' if f.duplicate_of else f'indexed: {f.passages} passages') for f in r.files]"
        "+r.skipped\nexcept BuildError as e:\n said=[e.message]\n"
        "print(json.dumps({'seconds':time.perf_counter()-t,'said':said,'peak_rss_mb':peak_mb()}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        return {"seconds": 0, "said": [f"CRASHED: {out.stderr.strip().splitlines()[-1:]}"], "peak_rss_mb": 0}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-file-mb", type=int, default=25)
    ap.add_argument("--only", nargs="*", choices=sorted(MAKERS))
    args = ap.parse_args()
    worst = 0.0
    for name in args.only or MAKERS:
        work = Path(tempfile.mkdtemp(prefix="planbot-hostile-"))
        try:
            folder = work / "corpus"
            folder.mkdir()
            made = MAKERS[name](folder, args.max_file_mb)
            size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and not p.is_symlink())
            started = time.perf_counter()
            row = child_ingest(folder, work / "index", args.max_file_mb)
            said = row["said"]
            worst = max(worst, row["peak_rss_mb"])
            print(json.dumps({"file": name, "made": made.name, "size_mb": round(size / MB, 2),
                              "said": said[0][:300] + (f" (+{len(said) - 1} more)" if len(said) > 1 else ""),
                              "seconds": round(row["seconds"], 2), "peak_rss_mb": round(row["peak_rss_mb"], 1),
                              "wall_s": round(time.perf_counter() - started, 2)}), flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"worst_peak_rss_mb": round(worst, 1), "target_mb": TARGET_MB, "met": worst < TARGET_MB}))


if __name__ == "__main__":
    main()
