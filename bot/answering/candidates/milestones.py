"""When: milestones of initiatives, and dated rows of trackers and action logs.

"When is X due?" is answered by the milestones that match X themselves; "what are the milestones
of X?" by all of X's; "what's due next month (in Y)?" by every milestone of Y, or of the plan area,
whose due period ends in the window."""

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TypeVar

import numpy as np

from bot.answering import types
from bot.answering.analysis import dated_form
from bot.answering.candidates.code_scope import code_scoped, item_codes, programmes_named
from bot.answering.candidates import Candidate, Context, HoldsType, asked_files, cite_row, trim, unique
from bot.answering.candidates.initials import spelled_initials
from bot.answering.features import unbuilt
from bot.answering.vocabulary import BODY_WORDS
from bot.answering.windows import Window, lands_in
from bot.answering.candidates.question_rows import question_records
from bot.answering.candidates.stated_moves import moved_items
from bot.index.record_terms import RecordTable, initiatives_by_id
from bot.answering.candidates.dated import initiative_title, items_in_areas
from bot.answering.candidates.item_stems import item_stems, narrowing_texts
from bot.answering.candidates.held_stems import HeldByRow, group_held, held_by_row

T = TypeVar("T")
ITEM_CHARS = 110
FIRST_READ = 64  # rows read together while looking for a question's first few initiatives
SPECIFIC = 0.6  # a milestone matching this much of the topic by its own words is the one asked about
# A status saying the work is done: it is not outstanding, whatever its due date.
_DONE = frozenset({"c", "complete", "completed", "done", "achieved", "delivered", "closed", "met", "blue", "b"})


def is_done(status: str | None) -> bool:
    """Marked done: "Complete", "C", "Delivered", or a scheduling tool's "100%"."""
    low = (status or "").strip().lower().rstrip(".")
    return bool(low) and (low in _DONE or low.startswith("complete") or _FULL_PERCENT.fullmatch(low) is not None)


_FULL_PERCENT = re.compile(r"100\s*%")


def milestone_candidates(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if a.window is not None and (dated_form(a) or a.asks_list):
        yield from _window_candidates(ctx, a.window)
        if "date" not in a.wants:
            return
    if not ctx.topic:
        return
    table = question_records(ctx, "milestones")
    if not len(table):
        return
    own = ctx.topic.scores([table.field("text")], [table.field("initiative title")])
    whole = ctx.topic.scores([table.field("initiative title"), table.field("text")], [table.field("initiative row_text")])
    initiatives = initiatives_by_id(ctx.index)
    if float(own.max()) >= SPECIFIC:
        best = float(own.max())
        at = np.flatnonzero(own >= max(SPECIFIC, best - 0.12))
        chosen = table.take(at)
        groups = {k: g for k, g in _by_initiative(chosen).items() if not _left_unbuilt(ctx, g)}
        _read_ahead(initiatives, groups)
        held = held_by_row(ctx, table, at, chosen)
        for initiative_id, group in groups.items():
            yield _when(ctx, group, initiatives.get(initiative_id, {}), specific=True, held=held)
    best_whole = float(whole.max())
    if best_whole >= 0.3:
        # best first, in the papers' order among equals: a set's order would change from run to run
        near = np.flatnonzero(whole >= best_whole - 0.05)
        near = near[np.lexsort((near, -whole[near]))]
        for initiative_id in _first_initiatives(table, near, 3):
            group = table.where("initiative_id", initiative_id)
            if not _left_unbuilt(ctx, group):
                yield _when(ctx, group, initiatives.get(initiative_id, {}), specific=False)


def _first_initiatives(table: RecordTable, positions: np.ndarray, n: int) -> list[str]:
    """The first `n` distinct initiatives of the rows at these positions, in their order: read a few rows
    at a time, as the best rows of a national corpus's near-copies are thousands for three initiatives."""
    ids: dict[str, None] = {}
    for start in range(0, len(positions), FIRST_READ):
        ids.update(dict.fromkeys(r["initiative_id"] for r in table.take(positions[start:start + FIRST_READ])))
        if len(ids) >= n:
            break
    return list(ids)[:n]


def _read_ahead(initiatives: object, ids: Iterable[str]) -> None:
    """The initiatives of many milestones read together, where they are read from the version as asked."""
    read_many = getattr(initiatives, "read_many", None)
    if read_many is not None:
        read_many(ids)


def _by_initiative(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row.get("initiative_id") or row["id"], []).append(row)
    return out


def _left_unbuilt(ctx: Context, rows: list[dict]) -> bool:
    """A group of milestones whose candidate (`_when`) would be ruled out by its area or role alone: it
    is not built (features.unbuilt). Its area is its earliest milestone's, as `_when` gives it."""
    return unbuilt(ctx, "milestone", min(rows, key=_in_date_order).get("area"))


def _in_date_order(row: dict) -> tuple[str, str]:
    return row.get("end") or "9999", row["text"]


def says_unknown(row: dict) -> bool:
    """The plan says its date is not known ("time frame as yet unknown", "tbc", "date to be confirmed"):
    asked when, that is what the plans say, not silence."""
    if row.get("precision") != "unknown":
        return False
    raw = row.get("due_raw")
    return (_STATED_UNKNOWN.search(raw) if raw else _TRAILING_UNKNOWN.search(row.get("text") or "")) is not None


_STATED_UNKNOWN = re.compile(r"\b(?:unknown|not (?:yet )?known|tbc|tba|tbd|to be (?:confirmed|agreed|determined|decided|set)|"
                             r"no date(?: yet)?(?: set| agreed)?|not yet (?:set|agreed|scheduled))\b", re.IGNORECASE)


# "e-rostering in all three providers - time frame as yet unknown": the step, then its date said unknown
_TRAILING_UNKNOWN = re.compile(r"[-–(:]\s*(?:time ?frames? (?:is |are )?(?:as yet |still )?unknown|(?:date )?(?:tbc|tba|to be confirmed))\)?\s*$",
                               re.IGNORECASE)


def _due(row: dict) -> str:
    return row.get("due_raw") or "no date given"


def _item(row: dict, chars: int = ITEM_CHARS, named: bool = False) -> str:
    """A milestone with its due wording; a terse one ("Café opens") with what it belongs to, unless the
    answer has `named` it already (one initiative's milestones under its title)."""
    whose = row.get("initiative") or ""
    if not named and len(row["text"]) < 60 and whose and whose.lower() not in row["text"].lower():
        return f"{trim(whose, 60)}: {trim(row['text'], chars)} ({_due_status(row)})"
    return f"{trim(row['text'], chars)} ({_due_status(row)})"


def _due_status(row: dict) -> str:
    """The due wording, and the status where the paper records one ("Sep-25, status R")."""
    return f"{_due(row)}, status {row['status']}" if row.get("status") else _due(row)


def _when(ctx: Context, rows: list[dict], initiative: dict, specific: bool, held: HeldByRow | None = None) -> Candidate:
    rows = sorted(rows, key=_in_date_order)
    dated = [r for r in rows if r.get("precision") != "unknown"]
    area = rows[0].get("area")
    where = f" ({area})" if area else ""
    title = trim(initiative.get("title", ""), 90)
    if specific and len(rows) <= 2:
        lead = "; ".join(f"{_due(r)}: {trim(r['text'], 300 // len(rows))}" for r in rows)
        answer = f"{lead}{f' ({title}{where})' if title else where}."
    else:
        head = f"{title}{where}: " if title else ""
        answer = f"{head}{'; '.join(_item(r, named=bool(head)) for r in rows[:8])}."
    owner = rows[0].get("owner") or initiative.get("owner_raw") or ""
    keyed = spelled_initials(ctx, owner, rows[0]["document"]) if owner else None
    if owner:
        answer += f" Owner: {trim(keyed[0] if keyed else owner, 120)}."
    parts = tuple(r["text"] for r in rows) if specific else (f"{initiative.get('title', '')}", *(r["text"] for r in rows))
    main_held, context_held = group_held(ctx, rows, initiative, parts, held) if specific and held else (None, None)
    return Candidate(
        source="milestone", main=" ".join(parts), main_parts=parts, context=f"{initiative.get('title', '')} {initiative.get('row_text', '')}", area=area,
        main_held=main_held, context_held=context_held,
        answer=trim(answer, 590), citations=unique([*(cite_row(r) for r in rows), *([keyed[1]] if keyed else [])]),
        has_type=bool(dated) or any(says_unknown(r) for r in rows) if ctx.analysis.want in ("date", "text")
        else HoldsType(ctx.analysis.want, answer, ctx.lex.common),
        fits_form=0.5 if "date" in ctx.analysis.wants or ctx.analysis.asks_list else 0.0,
        nearest=f"{title}: {'; '.join(_item(r) for r in rows[:2])}",
    )


def _window_candidates(ctx: Context, win: Window) -> Iterator[Candidate]:
    a = ctx.analysis
    items = items_in_areas(ctx, a.areas)
    files = asked_files(ctx)
    if files:  # "what's due in the PMO spreadsheet": its items only
        items = [m for m in items if m.get("document") in files]
    if not items:
        return
    kept = not files  # the list `items_in_areas` keeps for these areas: what is read of it is kept with it
    moved = moved_items(ctx.index, ctx.tokenizer, items)  # dates a later paper says have moved, read where they moved to
    if moved is not items:
        items, kept = moved, False
    narrowed = _topic_narrowed(ctx, items, kept)
    named = bool(narrowed) and (_names_one(ctx, narrowed) or _names_paper(ctx, narrowed, items))
    # the items whose reference carries the code of the programme asked about ("UEC2" for "urgent care")
    coded = code_scoped(ctx, items, lambda: _per_list(ctx, items, "item codes", lambda: item_codes(ctx, items), kept))
    scope = ""
    if coded:
        taken = {id(item) for item in narrowed}
        narrowed = [*narrowed, *(item for item in coded if id(item) not in taken)]
        scope = programmes_named(ctx)  # "Due in June 2017 (Urgent & Emergency Care (UEC))", not "(the plans)"
    # (a programme named by its items' code is asked about alone: all that falls due is no answer)
    for chosen, focused in ((narrowed, True),) if scope else ((narrowed, True), (items, False)) if narrowed else ((items, False),):
        timed = _landing(ctx, chosen, win, kept and chosen is items)
        if win.start is None:  # "what is overdue?": work marked done is not outstanding, the latest due first
            timed = sorted((m for m in timed if not is_done(m.get("status"))), key=lambda m: m.get("end") or "", reverse=True)
        candidate = _window_answer(ctx, win, timed, chosen, focused, kept and chosen is items, scope if focused else "")
        if narrowed and not focused:
            # the question names something narrower than the whole area: not all that falls due, whose titles,
            # all joined, hold every word of most questions
            candidate.fits_form = -1.0 if named else 0.5
        yield candidate


def _landing(ctx: Context, chosen: list[dict], win: Window, kept: bool) -> list[dict]:
    """The items whose due period lands in the window (for each plan's year): an item's days are read
    once per kept list, and the window is placed in each plan's year once, not once per item (a window
    over every area at national scale is ~73,000 items)."""
    days = _per_list(ctx, chosen, "due days", lambda: [(_day(m.get("start")), _day(m.get("end")), m.get("fy_start")) for m in chosen], kept)
    placed: dict[object, Window] = {}
    landing = []
    for item, (start, end, fy) in zip(chosen, days):
        in_plan = placed.get(fy)
        if in_plan is None:
            in_plan = placed[fy] = win.for_plan(fy)
        if lands_in(start, end, in_plan):
            landing.append(item)
    return landing


def _topic_narrowed(ctx: Context, items: list[dict], kept: bool = False) -> list[dict]:
    """The items of the initiatives or rows the question names, when it names some."""
    if not ctx.topic or all(t in _kind_stems(ctx) for t in ctx.topic.weights):
        return []  # ("which scheme milestones are due?": every item is a scheme's, none is named)
    # An item sharing no word (nor a word's family or spelled form) with the topic covers none of it, so
    # only the items holding one of the topic's stems are scored: found by what is kept with the list.
    tokenizer = ctx.topic.tokenizer  # as `Topic.joined_coverage` reads them
    found = _per_list(ctx, items, ("stems", tokenizer), lambda: item_stems(ctx, items, tokenizer), kept)
    scored = []
    positions, held = found.holding(ctx, ctx.topic.any_stem)
    for k in positions:
        item = items[k]
        if k in held:  # a milestone's stems the topic reads, from the postings: its texts need not be read
            coverage, _ = ctx.topic.covered_by(held[k])
        else:
            coverage, _ = ctx.topic.joined_coverage(*narrowing_texts(ctx, item))
        scored.append((coverage, item))
    best = max((c for c, _ in scored), default=0.0)
    if best < 0.5:
        return []
    return [item for c, item in scored if c >= best - 0.1]


def _names_one(ctx: Context, narrowed: list[dict]) -> bool:
    """The narrowed items are one initiative's or row's the question names whole: every topic word is in
    its title and items (not a word or two the question shares with some of them)."""
    owners = {m.get("initiative_id") or m.get("initiative") or "" for m in narrowed}
    own, _ = narrowing_texts(ctx, narrowed[0])  # (its work's title and its own text: not the paper it is in)
    return len(owners) == 1 and "" not in owners and ctx.topic.joined_coverage(own[:2])[0] >= NAMED


NAMED = 0.75


def _names_paper(ctx: Context, narrowed: list[dict], items: list[dict]) -> bool:
    """The narrowed items are one paper's, whose title the question names ("anything due on breathe well this
    qtr?" of "Breathe Well: Respiratory Pathway Delivery Plan"): a programme that is a paper of its own, among others."""
    papers = {m.get("document") for m in narrowed}
    if len(papers) != 1 or len({m.get("document") for m in items}) < 2:
        return False
    return ctx.topic.own_share(narrowed[0].get("doc_title") or "") >= NAMED


def _kind_stems(ctx: Context) -> frozenset[str]:
    """The stems of the words naming a kind of work ("scheme", "programme"): they name no one item."""
    return ctx.index.memo("kind stems", lambda: frozenset(t for w in BODY_WORDS for t in ctx.tokenizer(w)))


LISTS_KEPT = 8  # as many item lists as `items_in_areas` keeps


def _per_list(ctx: Context, items: list[dict], name: object, build: Callable[[], T], kept: bool) -> T:
    """`build()`, kept with a list of items `items_in_areas` keeps (`kept`): a version's items of a set of
    areas are the same list from question to question, so what is read of all of them (a national corpus
    has tens of thousands) is read once, not for every question asking about them."""
    lists: OrderedDict[int, tuple[list[dict], dict]] = ctx.index.memo("dated item lists read", OrderedDict)
    entry = lists.get(id(items))
    if entry is None or entry[0] is not items:
        if not kept:
            return build()
        entry = lists[id(items)] = (items, {})  # the list itself kept, so its id names no other list
        while len(lists) > LISTS_KEPT:
            lists.popitem(last=False)
    lists.move_to_end(id(items))
    if name not in entry[1]:
        entry[1][name] = build()
    return entry[1][name]


def _areas_and_titles(ctx: Context, chosen: list[dict]) -> tuple[list[str], dict[object, None]]:
    """The plan areas and initiative titles of these items, each once, in the items' order."""
    names = list(dict.fromkeys(r["area"] for r in chosen if r.get("area")))
    return names, dict.fromkeys(initiative_title(ctx, r.get("initiative_id") or "") for r in chosen)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _window_answer(ctx: Context, win: Window, timed: list[dict], chosen: list[dict], focused: bool,
                   kept: bool = False, scope: str = "") -> Candidate:
    """`scope`: the programmes the items were chosen by their code for, which the answer names."""
    names, titles = _per_list(ctx, chosen, "areas and titles", lambda: _areas_and_titles(ctx, chosen), kept)
    areas = ", ".join([*names, *([scope] if scope else [])]) or "the plans"
    area = names[0] if len(names) == 1 else None
    # narrowed to what the question names: the words they were chosen by (a row's programme code too)
    main = " ".join([*titles, *dict.fromkeys(f"{r['text']} {r.get('context_text') or ''}" for r in chosen)])[:3000] if focused else ""
    if not timed:
        return Candidate(source="window", main=main, context="", area=area, answered=False, has_type=False,
                         answer=f"The plans list nothing {f'for {areas} ' if names or scope else ''}due {win.label}.", fits_form=1.0,
                         citations=unique(cite_row(r) for r in chosen[:3]))
    if win.start is not None:
        timed.sort(key=lambda r: (r.get("end") or "", r["text"]))
    room = max(ITEM_CHARS, 400 // max(1, min(len(timed), 8)))  # one or two items are told in full
    items = "; ".join(_item(r, room) for r in timed[:8])
    more = f" (+{len(timed) - 8} more)" if len(timed) > 8 else ""
    if win.start is None and win.end is not None and any(r.get("status") for r in timed):
        text = f"Due by {win.end.day} {win.end:%B %Y} and not marked complete ({areas}): {items}{more}."
    elif win.start is None and win.end is not None:
        text = f"Due by {win.end.day} {win.end:%B %Y} ({areas}; whether done is not recorded): {items}{more}."
    else:
        text = f"Due {win.label} ({areas}): {items}{more}."
    wheres = list(dict.fromkeys(f"{r.get('doc_title') or ''} {r.get('section') or ''} {r.get('header_text') or ''}" for r in timed))
    # not narrowed: the main text is every title, item and where it stands, joined; their stems are read
    # part by part (each cached: window questions over the same areas share most items)
    parts = () if main else (*titles, *(r["text"] for r in timed), *wheres)
    return Candidate(source="window", main=f"{main} {' '.join(wheres)}" if main else " ".join(parts), main_parts=parts,  # type: ignore[arg-type]
                     context="", area=area, answer=trim(text, 590), citations=unique([*(cite_row(r) for r in timed), *(r["moved_by"] for r in timed if r.get("moved_by"))]), fits_form=1.0)
