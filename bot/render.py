"""Plain-text rendering of replies and build reports for the terminal (the CLI edge)."""

from bot.answer import where
from bot.index.indexer import BuildReport, duplicate_sentence
from bot.models import Reply


def reply_text(reply: Reply) -> str:
    lines = [reply.answer]
    if reply.citations:
        lines.append("Sources:" if reply.answered else "Closest sources:")
        for n, c in enumerate(reply.citations, start=1):
            place = ", ".join(p for p in (where(c), c.section and f"'{c.section}'") if p)
            lines.append(f"  [{n}] {c.document} ({c.title}) {place}")
            lines.append(f"      \"{c.quote}\"")
    return "\n".join(lines)


def report_text(report: BuildReport) -> str:
    lines = [f"Built index version {report.version} in {report.index} ({report.seconds:.1f} s)"]
    for f in report.files:
        if f.error:
            lines.append(f"  SKIPPED {f.file}: {f.error}")
            continue
        if f.duplicate_of:
            lines.append(f"  DUPLICATE {f.file}: {duplicate_sentence(f)}")
            continue
        where_ = f"{f.pages} pages" if f.pages else f"{f.lines} lines"
        recs = ", ".join(f"{n} {name}" for name, n in f.records.items() if n)
        lines.append(f"  {f.file}: {where_}, {f.passages} passages" + (f", {recs}" if recs else ""))
        lines.extend(f"    warning: {w}" for w in f.warnings)
    lines.extend(f"  skipped {s}" for s in report.skipped)
    lines.extend(f"  cleaned up: {c}" for c in report.cleaned)
    total = ", ".join(f"{n} {name}" for name, n in report.records().items() if n)
    lines.append(f"Total: {report.documents} documents, {report.passages} passages" + (f", {total}" if total else ""))
    return "\n".join(lines)
