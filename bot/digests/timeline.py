"""A plan's milestones at a glance: one row per initiative, grouped by plan area, each milestone placed
at the day it falls due, by NHS quarter (April-June is Q1), coloured as passed, due now or coming.

`build_timeline` is the data (tested by its rows); `bot.digests.timeline_png` draws it. An empty window
is an error that says where the plans' milestones do fall, never an empty chart."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.digests.items import PlanItem, group_items, milestone_items
from bot.errors import PlanbotError
from bot.index.store import PlanIndex
from bot.listing import resolve_area
from bot.records.dates import fy_quarter

MAX_ROWS = 60


@dataclass
class TimelineRow:
    area: str
    initiative: str
    owner: str
    items: list[PlanItem]

    @property
    def label(self) -> str:
        return self.initiative or self.items[0].milestone


@dataclass
class Timeline:
    start: date  # the first day of the first NHS quarter drawn
    end: date  # the last day of the last
    today: date
    area: str | None
    rows: list[TimelineRow] = field(default_factory=list)
    left_out: int = 0  # rows past MAX_ROWS, said in the title

    @property
    def milestones(self) -> int:
        return sum(len(r.items) for r in self.rows)

    def title(self) -> str:
        more = f" (first {len(self.rows)} initiatives; {self.left_out} more not drawn)" if self.left_out else ""
        return (f"Milestones for {self.area or 'all plan areas'}, {quarter_label(self.start)} to "
                f"{quarter_label(self.end)}{more}")

    def quarters(self) -> list[tuple[date, date]]:
        out, day = [], self.start
        while day <= self.end:
            start, end = quarter_of(day)
            out.append((start, end))
            day = end + timedelta(days=1)
        return out


def quarter_of(day: date) -> tuple[date, date]:
    """The NHS quarter (April-June = Q1) a day falls in."""
    fy = day.year if day.month >= 4 else day.year - 1
    return fy_quarter(fy, (day.month - 4) % 12 // 3 + 1)


def quarter_label(day: date) -> str:
    """"Q1 2017/18" for any day of April-June 2017."""
    fy = day.year if day.month >= 4 else day.year - 1
    return f"Q{(day.month - 4) % 12 // 3 + 1} {fy}/{(fy + 1) % 100:02d}"


def state_of(item: PlanItem, today: date) -> str:
    """"passed" (due before today), "due" (today is inside its period), or "coming"."""
    end = item.end or today
    if end < today:
        return "passed"
    return "due" if (item.start or end) <= today else "coming"


def coming_quarter(today: date) -> tuple[date, date]:
    """What a weekly digest draws: from the start of this quarter to the end of the one after it."""
    return quarter_of(today)[0], quarter_of(quarter_of(today)[1] + timedelta(days=1))[1]


def build_timeline(index: PlanIndex, area: str | None, date_from: date | None, date_to: date | None,
                   today: date) -> Timeline:
    """Milestones due in [date_from, date_to] (default: the plans' first and last), drawn over the whole
    NHS quarters that span the window."""
    if date_from and date_to and date_to < date_from:
        raise PlanbotError(f"The timeline's end ({date_to:%-d %B %Y}) is before its start ({date_from:%-d %B %Y}).")
    place = resolve_area(index, area)
    dated = [r for r in index.table("milestones") if r.get("end") and (not place or r.get("area") == place)]
    ends = [date.fromisoformat(r["end"]) for r in dated]
    first, last = (min(ends), max(ends)) if ends else (today, today)
    if date_from is None:  # one side given: the plans' own first or last, else a year from the given side
        date_from = first if date_to is None or first <= date_to else date_to - timedelta(days=365)
    if date_to is None:
        date_to = last if last >= date_from else date_from + timedelta(days=365)
    inside = [r for r in dated if date_from <= date.fromisoformat(r["end"]) <= date_to]
    if not inside:
        raise PlanbotError(_empty_sentence(dated, place, date_from, date_to))
    inside.sort(key=lambda r: (r.get("area") or "", r["end"]))
    groups = group_items(milestone_items(index, inside))
    groups.sort(key=lambda g: (g.area, min(i.end for i in g.items if i.end)))
    rows = [TimelineRow(g.area, g.initiative, g.owner, g.items) for g in groups]
    return Timeline(start=quarter_of(date_from)[0], end=quarter_of(date_to)[1], today=today, area=place,
                    rows=rows[:MAX_ROWS], left_out=max(0, len(rows) - MAX_ROWS))


def _empty_sentence(dated: list[dict], place: str | None, date_from: date, date_to: date) -> str:
    where = f" for {place}" if place else ""
    head = f"No milestones in the plans{where} fall due between {date_from:%-d %B %Y} and {date_to:%-d %B %Y}"
    if not dated:
        return f"{head}, and the plans give no dated milestones{where} at all."
    first = min(date.fromisoformat(r["end"]) for r in dated)
    last = max(date.fromisoformat(r["end"]) for r in dated)
    return (f"{head}. Their milestones fall due between {first:%-d %B %Y} and {last:%-d %B %Y}: "
            f"try from {first:%Y-%m-%d} to {last:%Y-%m-%d}.")
