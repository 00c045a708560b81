"""Dates a later paper says have moved, applied to the milestones they move, for what-falls-due questions.

A PMO e-mail lists "• UEC3 - NHS 111 integrated clinical hub / o Go-live moves from Mar-17 to 30 April
2017": asked what Urgent & Emergency Care has due in April, the plan's row still says March. A "when"
question finds the move itself (superseded.py); a window question and the weekly digest read dated items, so
each item a stated move names by its reference ("UEC3"), from the date the item gives, is read at the date moved to."""

import json
import re
from collections.abc import Iterator

from bot.answering import types
from bot.answering.candidates import cite_cell
from bot.answering.candidates.read_with import cite_line
from bot.answering.change_requests import requested_change
from bot.index.store import PlanIndex
from bot.models import Citation
from bot.answering.superseded import moves, same_date
from bot.records.dates import normalise
from bot.textnorm import Tokenizer

# The words every move is written with, as the index holds them (stems of "moves", "moved", "slipped", ...)
_MOVE_WORDS = ("move", "moved", "slip", "slipped", "defer", "deferred", "postpon", "delay", "delayed", "revis", "now")
MOVE_PASSAGES = 200  # passages read for stated moves, best first
REF_LINES_BACK = 2  # a move's line may sit under its reference's line ("• UEC3 - ..." / "o Go-live moves ...")
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
_REF = re.compile(r"\b([A-Z]{2,5}-?\d{1,2}(?:\.\d{1,2})?)\b")


def stated_moves(index: PlanIndex, tokenizer: Tokenizer) -> dict[str, list[tuple[str, str, Citation]]]:
    """Reference -> (date moved from, date moved to, the line saying so), read once per version."""
    def read() -> dict[str, list[tuple[str, str, Citation]]]:
        found: dict[str, list[tuple[str, str, Citation]]] = {}
        stems = [tokenizer.stem(w) for w in _MOVE_WORDS]
        hits = index.engine.search(stems, k=MOVE_PASSAGES)
        for passage in index.passages([h.seq for h in hits]):
            units = passage.units
            for k, unit in enumerate(units):
                # a line that carries on the sentence of the line above ("... go-live for the hub (UEC3) moves from
                # Mar-17 to" / "30 May 2017 (see ...)") is read with it; a minute's paragraph may move one item and
                # mention another
                text = f"{units[k - 1].text} {unit.text}" if k and _carries_on(units[k - 1].text, unit.text) else unit.text
                for said in _sentences(text):
                    stated = moves(said, types.dates)
                    if len(stated) != 1:
                        continue
                    refs = _REF.findall(said) or next((_REF.findall(u.text) for u in reversed(units[max(0, k - REF_LINES_BACK):k])
                                                       if _REF.findall(u.text)), [])
                    move = (*stated[0], cite_line(passage, unit))
                    if len(set(refs)) == 1 and not any(m[:2] == move[:2] for m in found.get(refs[0].replace("-", ""), ())):
                        found.setdefault(refs[0].replace("-", ""), []).append(move)
        for ref, move in approved_changes(index):
            found.setdefault(ref, []).append(move)
        return found

    return index.memo("stated moves", read)


def _carries_on(above: str, line: str) -> bool:
    """A line of prose that goes on with the sentence of the line above: that line ends with no stop, and
    this one starts in lower case or with a number ("... moves from Mar-17 to" / "30 May 2017 (see ...)").
    Table rows (cells parted by tabs) stand alone."""
    return bool(line[:1].islower() or line[:1].isdigit()) and not _ENDS_SENTENCE.search(above) and "\t" not in above + line


def _sentences(text: str) -> list[str]:
    """The text's sentences (a line of a table or list is one)."""
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def approved_changes(index: PlanIndex) -> Iterator[tuple[str, tuple[str, str, Citation]]]:
    """(reference, (date as it stood, date approved, the row)) for each approved row of a change request log
    that moves one item's date: "CR-01 | LC2 | Milestone: service live | 1 October 2017 | 1 December 2017 |
    Approved". A rejected or deferred request moves nothing (bot/answering/change_requests.py)."""
    for row in index.table("rows"):
        labels, cells = json.loads(row.get("labels") or "[]"), json.loads(row.get("cells") or "[]")
        change = requested_change(labels, cells)
        if change is None or not change.approved:
            continue
        was, now = cells[change.existing]["text"], cells[change.proposed]["text"]
        refs = {r.replace("-", "") for k, c in enumerate(cells) if k not in (change.existing, change.proposed)
                for r in _REF.findall(c.get("text") or "")}
        refs = {r for r in refs if r in _item_refs(index)}
        if len(refs) == 1 and types.dates(was) and types.dates(now) and not same_date(was, now):
            yield refs.pop(), (types.dates(was)[0][2], types.dates(now)[0][2], cite_cell(row, cells[change.proposed]))


def _item_refs(index: PlanIndex) -> frozenset[str]:
    """The references the papers number their initiatives with ("LC2"), so a change log's own number
    ("CR-01") is never taken for the item it changes."""
    def read() -> frozenset[str]:
        if "initiatives" not in index.db.table_names():
            return frozenset()
        return frozenset(n.replace("-", "") for (n,) in index.db.execute("select number from initiatives where number is not null"))

    return index.memo("initiative numbers", read)


def moved_items(index: PlanIndex, tokenizer: Tokenizer, items: list[dict]) -> list[dict]:
    """The items, each date a later paper moves read at the date moved to ("30 April 2017 (moved from
    Mar-17)"): the same list when no stated move names any of their initiatives by its reference."""
    stated = stated_moves(index, tokenizer)
    ref_of = _initiatives_numbered(index, tuple(sorted(stated))) if stated else {}
    if not ref_of:
        return items
    out, changed = [], False
    for item in items:
        ref = ref_of.get(item.get("initiative_id") or "")
        move = next(((a, b, cite) for a, b, cite in stated.get(ref, ()) if cite.document != item.get("document")
                     and same_date(a, item.get("due_raw") or "")), None) if ref else None
        if move is None:
            out.append(item)
            continue
        period = normalise(move[1])
        out.append({**item, "due_raw": f"{move[1]} (moved from {move[0]})", "precision": period.precision, "moved_by": move[2],
                    "start": period.start.isoformat() if period.start else None, "end": period.end.isoformat() if period.end else None})
        changed = True
    return out if changed else items


def _initiatives_numbered(index: PlanIndex, refs: tuple[str, ...]) -> dict[str, str]:
    """Initiative id -> its reference, for the initiatives numbered with one of `refs` ("UEC3", "UEC-3")."""
    def read() -> dict[str, str]:
        if "initiatives" not in index.db.table_names():
            return {}
        rows = index.db.execute("select id, number from initiatives where number is not null").fetchall()
        wanted = set(refs)
        return {iid: number.replace("-", "") for iid, number in rows if number and number.replace("-", "") in wanted}

    return index.memo("initiatives numbered " + " ".join(refs), read)
