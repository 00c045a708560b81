"""Plain-text rendering of replies and build reports for the terminal (the CLI edge)."""

from bot.index.indexer import BuildReport, duplicate_sentence, reuse_sentence
from bot.models import Reply
from bot.places import cited, size


def reply_text(reply: Reply) -> str:
    lines = [reply.answer]
    if reply.citations:
        lines.append("Sources:" if reply.answered else "Closest sources:")
        for n, c in enumerate(reply.citations, start=1):
            section = f" ('{c.section}')" if c.section else ""
            lines.append(f"  [{n}] {cited(c)}{section}")
            lines.append(f"      \"{c.quote}\"")
    return "\n".join(lines)


def report_text(report: BuildReport) -> str:
    lines = [f"Built index version {report.version} in {report.index} ({report.seconds:.1f} s, {report.engine} engine)"]
    for f in report.files:
        if f.error:
            lines.append(f"  SKIPPED {f.file}: {f.error}")
            continue
        if f.duplicate_of:
            lines.append(f"  DUPLICATE {f.file}: {duplicate_sentence(f)}")
            continue
        where_ = size(f.file, f.pages, f.lines)
        recs = ", ".join(f"{n} {name}" for name, n in f.records.items() if n)
        name = f"{f.title} ({f.file})" if f.title and f.title != f.file else f.file
        lines.append(f"  {name}: {where_}, {f.passages} passages" + (f", {recs}" if recs else ""))
        lines.extend(f"    warning: {w}" for w in f.warnings)
    lines.extend(f"  skipped {s}" for s in report.skipped)
    lines.extend(f"  cleaned up: {c}" for c in report.cleaned)
    lines.append(f"Files: {reuse_sentence(report)}")
    total = ", ".join(f"{n} {name}" for name, n in report.records().items() if n)
    lines.append(f"Total: {report.documents} documents, {report.passages} passages" + (f", {total}" if total else ""))
    return "\n".join(lines)
