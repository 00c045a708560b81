"""What changed between two index versions, in plan terms: initiatives, owners, milestones, must-do coverage.

Records are matched by what they are (plan area + initiative title, + milestone wording, + must-do and
priority), never by position, so a re-ordered table is not a change. Milestones of an added or
removed initiative belong to that initiative's entry rather than being listed again.
"""

import json
from pathlib import Path

from pydantic import BaseModel

from bot.models import Citation
from bot.places import cited
from bot.records.mustdos import mustdo_name
from bot.models import cite_row
from bot.errors import IndexMissingError
from bot.index.store import PlanIndex
from bot.index.versions import list_versions, live_version, version_meta
from bot.textnorm import squash


class Change(BaseModel):
    kind: str  # initiative, owner, milestone, mustdo
    area: str | None
    subject: str
    before: str | None = None
    after: str | None = None
    citation: Citation | None = None  # in the version where the thing exists (the old one for removals)


class ChangeReport(BaseModel):
    from_version: str
    to_version: str
    added: list[Change]
    removed: list[Change]
    changed: list[Change]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _norm(text: str | None) -> str:
    return squash(text or "").lower().strip(" .;:-")


def _initiatives(index: PlanIndex) -> dict[tuple, dict]:
    return {(r.get("area"), _norm(r["title"])): r for r in index.table("initiatives") if r.get("title")}


def _milestones(index: PlanIndex) -> dict[tuple, dict]:
    return {(r.get("area"), _norm(r.get("initiative")), _norm(r["text"])): r for r in index.table("milestones")}


def _mustdos(index: PlanIndex) -> dict[tuple, dict]:
    return {(r.get("area"), r["mustdo"], _norm(r["priority"])): r for r in index.table("mustdos")}


def _owners(row: dict) -> str:
    return "; ".join(json.loads(row.get("owners") or "[]")) or row.get("owner_raw") or "(no owner named)"


def _due(row: dict) -> str:
    return row.get("due_raw") or "no date"


def compare(old: PlanIndex, new: PlanIndex) -> ChangeReport:
    report = ChangeReport(from_version=old.version, to_version=new.version, added=[], removed=[], changed=[])
    before_i, after_i = _initiatives(old), _initiatives(new)
    for key in after_i.keys() - before_i.keys():
        row = after_i[key]
        report.added.append(Change(kind="initiative", area=row.get("area"), subject=row["title"], after=_owners(row),
                                   citation=cite_row(row)))
    for key in before_i.keys() - after_i.keys():
        row = before_i[key]
        report.removed.append(Change(kind="initiative", area=row.get("area"), subject=row["title"], before=_owners(row),
                                     citation=cite_row(row)))
    for key in before_i.keys() & after_i.keys():
        was, now = before_i[key], after_i[key]
        if _owners(was) != _owners(now):
            report.changed.append(Change(kind="owner", area=now.get("area"), subject=now["title"], before=_owners(was),
                                         after=_owners(now), citation=cite_row(now, use_owner=True)))
    _compare_milestones(old, new, set(before_i) ^ set(after_i), report)
    _compare_mustdos(old, new, report)
    for bucket in (report.added, report.removed, report.changed):
        bucket.sort(key=lambda c: (c.kind, c.area or "", c.subject))
    return report


def _compare_milestones(old: PlanIndex, new: PlanIndex, initiative_changed: set[tuple], report: ChangeReport) -> None:
    before, after = _milestones(old), _milestones(new)

    def counted(key: tuple) -> bool:
        return (key[0], key[1]) not in initiative_changed

    for key in after.keys() - before.keys():
        row = after[key]
        if counted(key):
            report.added.append(Change(kind="milestone", area=row.get("area"), subject=f"{row['text']} ({row.get('initiative')})",
                                       after=_due(row), citation=cite_row(row)))
    for key in before.keys() - after.keys():
        row = before[key]
        if counted(key):
            report.removed.append(Change(kind="milestone", area=row.get("area"), subject=f"{row['text']} ({row.get('initiative')})",
                                         before=_due(row), citation=cite_row(row)))
    for key in before.keys() & after.keys():
        was, now = before[key], after[key]
        if (_norm(was.get("due_raw")), was.get("end")) != (_norm(now.get("due_raw")), now.get("end")):
            report.changed.append(Change(kind="milestone", area=now.get("area"), subject=f"{now['text']} ({now.get('initiative')})",
                                         before=_due(was), after=_due(now), citation=cite_row(now)))


def _compare_mustdos(old: PlanIndex, new: PlanIndex, report: ChangeReport) -> None:
    before, after = _mustdos(old), _mustdos(new)
    for key in after.keys() - before.keys():
        row = after[key]
        report.added.append(Change(kind="mustdo", area=row.get("area"), subject=mustdo_name(row["mustdo"], row.get("description") or ""),
                                   after=f"covered by {row['priority']}", citation=cite_row(row)))
    for key in before.keys() - after.keys():
        row = before[key]
        report.removed.append(Change(kind="mustdo", area=row.get("area"), subject=mustdo_name(row["mustdo"], row.get("description") or ""),
                                     before=f"covered by {row['priority']}", citation=cite_row(row)))


def changes_between(folder: Path, from_version: str | None = None, to_version: str | None = None) -> ChangeReport:
    """Compare two kept versions; the default pair is the live one and the one it replaced."""
    to_version = to_version or live_version(folder)
    if to_version is None:
        raise IndexMissingError(f"No index at {folder}: run `planbot ingest` first.")
    if from_version is None:
        kept = list_versions(folder)
        previous = version_meta(folder, to_version).get("previous")
        older = [v for v in kept if v < to_version]
        from_version = previous if previous in kept else (older[-1] if older else None)
        if from_version is None:
            raise IndexMissingError(f"{to_version} has no earlier version kept to compare with.")
    old, new = PlanIndex.open(folder, from_version), PlanIndex.open(folder, to_version)
    try:
        return compare(old, new)
    finally:
        old.close()
        new.close()


def _where(c: Citation | None) -> str:
    if c is None:
        return ""
    return f" [{cited(c, 70)}]"


def change_lines(report: ChangeReport) -> list[str]:
    """One line per change, for the terminal and for Discord."""
    lines: list[str] = []
    for c in report.added:
        extra = f": {c.after}" if c.after else ""
        lines.append(f"+ {c.kind} added ({c.area or '-'}) {c.subject}{extra}{_where(c.citation)}")
    for c in report.removed:
        extra = f" (was: {c.before})" if c.before else ""
        lines.append(f"- {c.kind} removed ({c.area or '-'}) {c.subject}{extra}{_where(c.citation)} in the previous version")
    for c in report.changed:
        verb = "moved" if c.kind == "milestone" else "changed"
        lines.append(f"~ {c.kind} {verb} ({c.area or '-'}) {c.subject}: {c.before} → {c.after}{_where(c.citation)}")
    return lines


def changes_text(report: ChangeReport) -> str:
    head = f"Changes from {report.from_version} to {report.to_version}:"
    if report.empty:
        return f"{head} none in initiatives, owners, milestones or must-do coverage."
    return "\n".join([head, *("  " + line for line in change_lines(report))])
