"""Milestones as people read them in digests, lists and the timeline: one item per milestone (a cell
that runs several together is split, each keeping the cell's due wording, period and citation), the
owner said as people ("Hilary Fordham, Anthony Gardner and 3 more") or as the work programme the plan
names ("WP5 Planned Care"), and items grouped under their initiative so its owner is said once."""

from dataclasses import dataclass, field
from datetime import date

from bot.index.store import PlanIndex
from bot.models import Citation, Reply, cite_row
from bot.records.items import split_items
from bot.records.owners import owner_label, programme_code


@dataclass
class PlanItem:
    area: str
    initiative: str
    milestone: str
    owner: str  # said short: names, or a programme's code and name
    owner_cell: str  # the owner cell as the plan writes it
    due: str
    start: date | None
    end: date | None
    precision: str
    citation: Citation
    owner_citations: list[Citation] = field(default_factory=list)
    status: str | None = None  # as a tracker's RAG or status column has it
    section: str = ""  # where a digest puts it: due, year, upcoming, passed
    moved_by: Citation | None = None  # the later paper's line moving its date, when one does

    def status_text(self) -> str | None:
        """What to say about progress: the tracker's status, else "unknown" once the milestone has passed."""
        return self.status or ("unknown" if self.section == "passed" else None)

    def as_json(self) -> dict:
        return {"section": self.section, "area": self.area, "initiative": self.initiative, "milestone": self.milestone,
                "owner": self.owner, "owner_cell": self.owner_cell, "due": self.due,
                "start": self.start.isoformat() if self.start else None, "end": self.end.isoformat() if self.end else None,
                "precision": self.precision, "status": self.status_text(), "citation": self.citation.model_dump()}


@dataclass
class ItemGroup:
    """One initiative's items in one plan area, its owner said once."""

    area: str
    initiative: str
    owner: str
    items: list[PlanItem]

    def shared_citation(self) -> Citation | None:
        """The one cell all the items come from, when they do."""
        places = {(i.citation.document, i.citation.page, i.citation.line) for i in self.items}
        return self.items[0].citation if len(places) == 1 else None

    def shared_due(self) -> str | None:
        """The due wording all the items share ("Qtr 4, by 31 March 2017"), when they share one."""
        words = {due_words(i) for i in self.items}
        return words.pop() if len(words) == 1 else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _programmes(index: PlanIndex) -> dict[str | None, dict[str, dict]]:
    def build() -> dict[str | None, dict[str, dict]]:
        out: dict[str | None, dict[str, dict]] = {}
        for row in index.table("programmes"):
            out.setdefault(row.get("area"), {}).setdefault(row["code"], row)
        return out

    return index.memo("programmes by area", build)


def _initiatives(index: PlanIndex) -> dict[str, dict]:
    return index.memo("initiatives by id", lambda: {r["id"]: r for r in index.table("initiatives")})


def milestone_items(index: PlanIndex, rows: list[dict]) -> list[PlanItem]:
    """Each milestone row as one item per milestone its text holds, in the rows' order."""
    programmes = _programmes(index)
    initiatives = _initiatives(index)
    out: list[PlanItem] = []
    for row in rows:
        owner_raw = row.get("owner") or ""
        area_programmes = programmes.get(row.get("area"), {})
        owner_cites = []
        initiative = initiatives.get(row.get("initiative_id") or "")
        if initiative is not None and (initiative.get("owner_quote") or "").strip():
            owner_cites.append(cite_row(initiative, use_owner=True))
        code = programme_code(owner_raw)
        if code and code in area_programmes:
            owner_cites.append(cite_row(area_programmes[code]))
        label = owner_label(owner_raw, {c: p["name"] for c, p in area_programmes.items()})
        for text in split_items(row["text"]) or [row["text"]]:
            out.append(PlanItem(
                area=row.get("area") or "Other", initiative=row.get("initiative") or "", milestone=text, owner=label,
                owner_cell=" ".join(owner_raw.split()), due=row.get("due_raw") or "", start=_day(row.get("start")),
                end=_day(row.get("end")), precision=row.get("precision") or "unknown", citation=cite_row(row),
                owner_citations=owner_cites, status=row.get("status") or None, moved_by=row.get("moved_by"),
            ))
    return out


def group_items(items: list[PlanItem]) -> list[ItemGroup]:
    """Items under their initiative (and owner), in the order each initiative first appears."""
    groups: dict[tuple[str, str, str], ItemGroup] = {}
    for item in items:
        key = (item.area, item.initiative, item.owner)
        if key not in groups:
            groups[key] = ItemGroup(area=item.area, initiative=item.initiative, owner=item.owner, items=[])
        groups[key].items.append(item)
    return list(groups.values())


def due_words(item: PlanItem) -> str:
    """"Qtr 4, by 31 March 2017": the plan's wording, then the day it falls due."""
    when = item.due or (item.end.isoformat() if item.end else "no date given")
    return f"{when}, by {item.end:%-d %B %Y}" if item.end and item.due else when



def sources_reply(title: str, items: list[PlanItem], empty: str = "Nothing listed.") -> Reply:
    """What a list's Sources button shows: each milestone's cell and each full owner cell, once."""
    citations: dict[tuple, Citation] = {}
    for item in items:
        for c in (item.citation, *item.owner_citations, *([item.moved_by] if item.moved_by else [])):
            citations.setdefault((c.document, c.page, c.line, c.quote), c)
    return Reply(question=title, kind="list", answered=bool(items), answer=f"{len(items)} milestones" if items else empty,
                 citations=list(citations.values()))
