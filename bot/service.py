"""The plain functions every edge calls (answer, look-ups, lists), over whichever index version is live.

Edges (CLI, Discord) hold one Planbot; it notices a new live version (an ingest or rollback from
anywhere) on the next question and switches to it, so a re-index never interrupts answering. A damaged
live version is routed around (bot.index.serving) and the admins told through `notices`.
"""

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from bot.answering.pipeline import answer
from bot.answering.warmup import prepare
from bot.digests.digest import Digest, build_digest
from bot.errors import PlanbotError, QuestionError
from bot.digests.ics import milestones_ics
from bot.digests.timeline import Timeline, build_timeline
from bot.digests.items import ItemGroup, PlanItem, group_items
from bot.listing import area_book, milestone_rows, resolve_area
from bot.models import Reply
from bot.records.mustdos import MUSTDOS
from bot.index.serving import ServedVersion
from bot.index.store import PlanIndex
from bot.notices import Notices
from bot.textnorm import Tokenizer, squash
from bot.answering.windows import Window, lands_in, window

T = TypeVar("T")
MAX_CHOICES = 25
CHOICE_CHARS = 100


@dataclass
class MilestoneList:
    """Milestones for a list view: a heading and one item per milestone, grouped by initiative."""

    heading: str
    items: list[PlanItem]

    def groups(self) -> list[ItemGroup]:
        return group_items(self.items)


class Planbot:
    """Answers and look-ups over the live index; safe to call from worker threads."""

    def __init__(self, index_dir: Path, tokenizer: Tokenizer | None = None, max_question_chars: int = 1000,
                 notices: Notices | None = None) -> None:
        self.index_dir = index_dir
        self.tokenizer = tokenizer or Tokenizer()
        self.max_question_chars = max_question_chars
        self.notices = notices or Notices()
        self._served = ServedVersion(index_dir, self.notices)
        self._lock = threading.Lock()

    def _run(self, work: Callable[[PlanIndex], T]) -> T:
        """work(index) on the live version, or on the newest intact one if the live one is damaged."""
        with self._lock:
            return self._served.run(work)

    def version(self) -> str:
        """The version answering now (the live one unless it is damaged)."""
        return self._run(lambda index: index.version)

    def prepare(self) -> None:
        """Open the live version and build its record indexes now, so the first asker after a start or a
        re-index does not wait for them (0.4-0.6 s at 100 copies of the papers, mostly loading stored postings)."""
        self._run(lambda index: prepare(index, self.tokenizer))

    def ask(self, text: str, as_of: date | None = None, area: str | None = None) -> Reply:
        """Answer a question; `area` is the plan area to prefer when the question names none."""
        return self._run(lambda index: answer(text, index, self.tokenizer, as_of, self.max_question_chars,
                                              default_area=area))

    def names_area(self, text: str) -> bool:
        """Whether a question names a plan area itself (then it overrides a channel's area)."""
        return self._run(lambda index: bool(area_book(index).in_text(text)))

    def owner(self, query: str, as_of: date | None = None, area: str | None = None) -> Reply:
        """Who owns an initiative, or what a person owns: whichever the words name."""
        query = query.strip()
        if not query:
            raise QuestionError("Name an initiative or a person, e.g. 'stroke pathway' or 'Mark Youlton'.")
        people = self._run(self._people)
        asked = squash(query).lower()
        is_person = any(asked and (asked == p or asked in p.split() or (len(asked) > 4 and asked in p)) for p in people)
        return self.ask(f"What does {query} own?" if is_person else f"Who owns {query}?", as_of, area)

    def owner_choices(self, typed: str) -> list[str]:
        """Initiative titles and people's names containing what was typed, for autocomplete."""
        names = self._run(self._names)
        want = squash(typed).lower()
        seen: dict[str, None] = {}
        for name in names:
            label = name.strip()[:CHOICE_CHARS].strip()
            if label and (not want or want in squash(label).lower()):
                seen.setdefault(label, None)
        return list(seen)[:MAX_CHOICES]

    def resolve_area(self, name: str) -> str | None:
        """The plan area a name staff use stands for; an unknown one is an error naming the areas."""
        return self._run(lambda index: resolve_area(index, name))

    def area_choices(self, typed: str) -> list[str]:
        """Plan areas whose name or any name staff use for it contains what was typed."""
        book = self._run(area_book)
        want = squash(typed).lower()
        return [a.name for a in book.areas if not want or any(want in alias for alias in a.aliases)][:MAX_CHOICES]

    def milestones(self, area: str | None, period: str | None, as_of: date | None = None) -> MilestoneList:
        """Milestones for an area and a period in staff wording ('Jan 2017', 'Qtr 3', 'next month')."""
        win: Window | None = None
        if period and period.strip():
            win = window(period, as_of)
            if win is None:
                raise PlanbotError(f"I can't read the period '{period[:60]}'. Try 'Jan 2017', 'Qtr 3 2016/17', "
                                   "'2017/18', 'this month' or 'next 4 weeks'.")
        def listed(index: PlanIndex) -> tuple[str | None, list[PlanItem]]:
            place = resolve_area(index, area)
            return place, milestone_rows(index, [r for r in index.table("milestones") if not place or r.get("area") == place])

        place, items = self._run(listed)
        if win is not None:
            items = [i for i in items if lands_in(i.start, i.end, win)]
        heading = f"Milestones for {place or 'all plan areas'}" + (f" due {win.label}" if win else "")
        return MilestoneList(heading=heading, items=items)

    def mustdo(self, area: str | None, number: int, as_of: date | None = None) -> Reply:
        if number not in MUSTDOS:
            raise QuestionError(f"There are nine national must-dos; {number} is not one of them.")
        place = self._run(lambda index: resolve_area(index, area))
        where = f" in {place}" if place else ""
        return self.ask(f"Which priorities{where} cover must do {number}?", as_of)

    def digest(self, as_of: date, area: str | None = None, days: int = 7, weeks: int = 4, passed_days: int = 14) -> Digest:
        return self._run(lambda index: build_digest(index, as_of, days, weeks, passed_days, area, self.tokenizer))

    def timeline(self, area: str | None, date_from: str | date | None, date_to: str | date | None,
                 today: date) -> Timeline:
        """Milestones by NHS quarter for a window in dates or staff wording ("Qtr 3 2016/17", "Jan 2017");
        without one, the plans' whole span. An empty window is an error saying where milestones do fall."""
        start = self._when(date_from, today, "from")
        end = self._when(date_to, today, "to")
        return self._run(lambda index: build_timeline(index, area, start, end, today))

    @staticmethod
    def _when(value: str | date | None, today: date, side: str) -> date | None:
        if value is None or isinstance(value, date):
            return value
        if not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            win = window(value, today)
        day = (win.start if side == "from" else win.end) if win else None
        if day is None:
            raise PlanbotError(f"I can't read '{value[:60]}' as a date for '{side}'. Try 2017-01-15, 'Jan 2017', "
                               "'Qtr 3 2016/17' or '2017/18'.")
        return day

    def ics(self, area: str | None = None) -> str:
        return self._run(lambda index: milestones_ics(index, area))

    @staticmethod
    def _names(index: PlanIndex) -> list[str]:
        names = [r["title"] for r in index.table("initiatives") if r.get("title")]
        names += sorted({p["name"] for p in index.table("people")})
        for row in index.table("initiatives"):
            names += json.loads(row["owners"] or "[]")
        return names

    @staticmethod
    def _people(index: PlanIndex) -> set[str]:
        names = {squash(p["name"]).lower() for p in index.table("people")}
        for row in index.table("initiatives"):
            names.update(squash(o).lower() for o in json.loads(row["owners"] or "[]"))
        return {n for n in names if n}
