"""The weekly milestone digest: what is due soon, coming up, and recently passed, grouped by plan area.

A plain function over the index, shared by `planbot digest`, /digest preview and the scheduled posts.
The plans record no progress, so a passed milestone is reported as passed with its status unknown,
never as overdue or done, unless its source keeps a status (a tracker's RAG or status column): then
that status is shown, as written.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.listing import resolve_area
from bot.models import Citation, cite_row
from bot.places import where
from bot.index.store import PlanIndex

SECTIONS = {
    "due": "Due in the next {days} days",
    "upcoming": "Coming up in the following {weeks} weeks",
    "passed": "Recently passed (due in the last {passed} days; status unknown where the plans record no progress)",
}


@dataclass
class DigestItem:
    section: str
    area: str
    initiative: str
    milestone: str
    owner: str
    due: str
    start: date | None
    end: date
    precision: str
    citation: Citation
    status: str | None = None  # as a tracker's RAG or status column has it

    def status_text(self) -> str | None:
        """What to say about progress: the tracker's status, else "unknown" once the milestone has passed."""
        return self.status or ("unknown" if self.section == "passed" else None)

    def as_json(self) -> dict:
        return {"section": self.section, "area": self.area, "initiative": self.initiative, "milestone": self.milestone,
                "owner": self.owner, "due": self.due, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat(), "precision": self.precision,
                "status": self.status_text(), "citation": self.citation.model_dump()}


@dataclass
class Digest:
    as_of: date
    days: int
    weeks: int
    passed_days: int
    area: str | None
    items: list[DigestItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items

    def title(self) -> str:
        return f"Milestone digest for {self.area or 'all plan areas'}, week of {self.as_of:%-d %B %Y}"

    def heading(self, section: str) -> str:
        return SECTIONS[section].format(days=self.days, weeks=self.weeks, passed=self.passed_days)

    def grouped(self) -> list[tuple[str, list[tuple[str, list[DigestItem]]]]]:
        """[(section, [(area, items)])] in section order, areas alphabetical, items by due date."""
        out = []
        for section in SECTIONS:
            items = [i for i in self.items if i.section == section]
            areas = sorted({i.area for i in items})
            if items:
                out.append((section, [(a, sorted((i for i in items if i.area == a), key=lambda i: (i.end, i.milestone)))
                                      for a in areas]))
        return out

    def empty_sentence(self) -> str:
        return (f"Nothing in the plans is due between {self.as_of:%-d %B %Y} and "
                f"{self.as_of + timedelta(days=self.days + 7 * self.weeks - 1):%-d %B %Y}, and nothing passed in the "
                f"last {self.passed_days} days" + (f" for {self.area}." if self.area else "."))

    def as_json(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "days": self.days, "weeks": self.weeks, "passed_days": self.passed_days,
                "area": self.area, "empty": self.empty, "items": [i.as_json() for i in self.items]}


def build_digest(index: PlanIndex, as_of: date, days: int = 7, weeks: int = 4, passed_days: int = 14,
                 area: str | None = None) -> Digest:
    """Milestones whose due period ends in each window. A dated period is due at its end ('Qtr 4' by 31 March)."""
    place = resolve_area(index, area)
    digest = Digest(as_of=as_of, days=days, weeks=weeks, passed_days=passed_days, area=place)
    due_end = as_of + timedelta(days=days - 1)
    upcoming_end = due_end + timedelta(days=7 * weeks)
    passed_start = as_of - timedelta(days=passed_days)
    for row in index.table("milestones"):
        if not row.get("end") or (place and row.get("area") != place):
            continue
        end = date.fromisoformat(row["end"])
        if as_of <= end <= due_end:
            section = "due"
        elif due_end < end <= upcoming_end:
            section = "upcoming"
        elif passed_start <= end < as_of:
            section = "passed"
        else:
            continue
        digest.items.append(DigestItem(
            section=section, area=row.get("area") or "Other", initiative=row.get("initiative") or "",
            milestone=row["text"], owner=row.get("owner") or "", due=row.get("due_raw") or "",
            start=date.fromisoformat(row["start"]) if row.get("start") else None, end=end,
            precision=row.get("precision") or "unknown", citation=cite_row(row), status=row.get("status") or None,
        ))
    order = list(SECTIONS)
    digest.items.sort(key=lambda i: (order.index(i.section), i.area, i.end, i.milestone))
    return digest


def item_line(item: DigestItem) -> str:
    owner = f" — owner: {item.owner}" if item.owner else ""
    owner += f" — status: {item.status}" if item.status else ""
    initiative = item.initiative if len(item.initiative) <= 80 else item.initiative[:79].rsplit(" ", 1)[0] + "…"
    return f"{item.milestone} ({initiative}); due {item.due or item.end.isoformat()}{owner} [{item.citation.document}, {where(item.citation)}]"


def digest_text(digest: Digest) -> str:
    """Plain text for the terminal."""
    lines = [digest.title()]
    if digest.empty:
        return "\n".join([*lines, digest.empty_sentence()])
    for section, areas in digest.grouped():
        lines.append("")
        lines.append(digest.heading(section) + ":")
        for area, items in areas:
            lines.append(f"  {area}")
            lines.extend(f"    - {item_line(i)}" for i in items)
    return "\n".join(lines)
