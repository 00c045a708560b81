"""The weekly milestone digest: what is due soon, coming up, and recently passed, grouped by plan area
and, within an area, by initiative with its owner said once.

A plain function over the index, shared by `planbot digest`, /digest preview and the scheduled posts.
The plans record no progress, so a passed milestone is reported as passed with its status unknown,
never as overdue or done, unless its source keeps a status (a tracker's RAG or status column): then
that status is shown, as written. A milestone the plan dates only by its year ("16/17") is due by the
year's end but is not "due this week": it is listed apart, as due by the end of that year.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.answering.candidates.stated_moves import moved_items
from bot.digests.items import ItemGroup, PlanItem, due_words, group_items, milestone_items, sources_reply
from bot.index.store import PlanIndex
from bot.listing import resolve_area
from bot.models import Citation, Reply
from bot.places import short_title, titled
from bot.textnorm import Tokenizer

SECTIONS = {
    "due": "Due in the next {days} days",
    "year": "Due by the end of the year (the plans give only the year)",
    "upcoming": "Coming up in the following {weeks} weeks",
    "passed": "Recently passed (due in the last {passed} days; status unknown where the plans record no progress)",
}


@dataclass
class Digest:
    as_of: date
    days: int
    weeks: int
    passed_days: int
    area: str | None
    items: list[PlanItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.items

    def title(self) -> str:
        return f"Milestone digest for {self.area or 'all plan areas'}, week of {self.as_of:%-d %B %Y}"

    def heading(self, section: str) -> str:
        return SECTIONS[section].format(days=self.days, weeks=self.weeks, passed=self.passed_days)

    def grouped(self) -> list[tuple[str, list[tuple[str, list[ItemGroup]]]]]:
        """[(section, [(area, [initiative groups])])] in section order, areas alphabetical, items by due date."""
        out = []
        for section in SECTIONS:
            items = [i for i in self.items if i.section == section]
            if items:
                areas = sorted({i.area for i in items})
                out.append((section, [(a, group_items([i for i in items if i.area == a])) for a in areas]))
        return out

    def empty_sentence(self) -> str:
        return (f"Nothing in the plans is due between {self.as_of:%-d %B %Y} and "
                f"{self.as_of + timedelta(days=self.days + 7 * self.weeks - 1):%-d %B %Y}, and nothing passed in the "
                f"last {self.passed_days} days" + (f" for {self.area}." if self.area else "."))

    def as_json(self) -> dict:
        return {"as_of": self.as_of.isoformat(), "days": self.days, "weeks": self.weeks, "passed_days": self.passed_days,
                "area": self.area, "empty": self.empty, "items": [i.as_json() for i in self.items]}


def _section(item: PlanItem, as_of: date, due_end: date, upcoming_end: date, passed_start: date) -> str | None:
    end = item.end
    if end is None:
        return None
    if as_of <= end <= upcoming_end and item.precision == "year":
        return "year"
    if as_of <= end <= due_end:
        return "due"
    if due_end < end <= upcoming_end:
        return "upcoming"
    if passed_start <= end < as_of:
        return "passed"
    return None


def build_digest(index: PlanIndex, as_of: date, days: int = 7, weeks: int = 4, passed_days: int = 14,
                 area: str | None = None, tokenizer: Tokenizer | None = None) -> Digest:
    """Milestones whose due period ends in each window. A dated period is due at its end ('Qtr 4' by 31 March).
    With the index's `tokenizer`, a date a later paper says has moved is read where it moved to (stated_moves)."""
    place = resolve_area(index, area)
    digest = Digest(as_of=as_of, days=days, weeks=weeks, passed_days=passed_days, area=place)
    due_end = as_of + timedelta(days=days - 1)
    upcoming_end = due_end + timedelta(days=7 * weeks)
    passed_start = as_of - timedelta(days=passed_days)
    rows = [r for r in index.table("milestones") if r.get("end") and not (place and r.get("area") != place)]
    if tokenizer is not None:
        rows = moved_items(index, tokenizer, rows)
    for item in milestone_items(index, rows):
        section = _section(item, as_of, due_end, upcoming_end, passed_start)
        if section is not None:
            item.section = section
            digest.items.append(item)
    order = list(SECTIONS)
    digest.items.sort(key=lambda i: (order.index(i.section), i.area, i.end, i.initiative))
    return digest


def digest_sources(digest: Digest) -> Reply:
    """What the digest's Sources button shows: each milestone's cell and each full owner cell, once."""
    return sources_reply(digest.title(), digest.items, digest.empty_sentence())


def _source(c: Citation) -> str:
    return f"[{titled(c.title, c.document, c.page, c.line, 50)}]"


def group_lines(group: ItemGroup, indent: str = "    ") -> list[str]:
    """An initiative with its owner once (and its due date once, when its items share it), then one line
    per milestone, with its own source where the items come from different cells."""
    shared = group.shared_citation()
    when = group.shared_due()
    owner = f" (owner: {group.owner})" if group.owner else ""
    head = short_title(group.initiative, 110) if group.initiative else "(initiative not named)"
    due = f": due {when}" if when else ""
    lines = [f"{indent}{head}{owner}{due}"]
    for item in group.items:
        parts = [] if item.milestone == group.initiative else [item.milestone]
        parts += [] if when else [f"due {due_words(item)}"]
        parts += [f"status: {item.status}"] if item.status else []  # "unknown" is said once, in the heading
        source = "" if shared else f" {_source(item.citation)}"
        if parts or source:
            lines.append(f"{indent}  - {'; '.join(parts) or 'source'}{source}")
    if shared:
        lines.append(f"{indent}    {_source(shared)}")
    return lines


def digest_text(digest: Digest) -> str:
    """Plain text for the terminal."""
    lines = [digest.title()]
    if digest.empty:
        return "\n".join([*lines, digest.empty_sentence()])
    for section, areas in digest.grouped():
        lines.append("")
        lines.append(digest.heading(section) + ":")
        for area, groups in areas:
            lines.append(f"  {area}")
            for group in groups:
                lines.extend(group_lines(group))
    return "\n".join(lines)

