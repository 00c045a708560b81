"""Dates a later paper says have moved, applied to the milestones they move, for what-falls-due questions.

A PMO e-mail lists "• UEC3 - NHS 111 integrated clinical hub / o Go-live moves from Mar-17 to 30 April
2017": asked what Urgent & Emergency Care has due in April, the plan's row still says March. A "when"
question finds the move itself (superseded.py); a window question and the weekly digest read dated items, so
each item a stated move names by its reference ("UEC3"), from the date the item gives, is read at the date moved to."""

import re

from bot.answering import types
from bot.answering.candidates.read_with import cite_line
from bot.index.store import PlanIndex
from bot.models import Citation
from bot.answering.superseded import moves, same_date
from bot.records.dates import normalise
from bot.textnorm import Tokenizer

# The words every move is written with, as the index holds them (stems of "moves", "moved", "slipped", ...)
_MOVE_WORDS = ("move", "moved", "slip", "slipped", "defer", "deferred", "postpon", "delay", "delayed", "revis", "now")
MOVE_PASSAGES = 200  # passages read for stated moves, best first
REF_LINES_BACK = 2  # a move's line may sit under its reference's line ("• UEC3 - ..." / "o Go-live moves ...")
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
                stated = moves(unit.text, types.dates)
                if len(stated) != 1:
                    continue
                refs = _REF.findall(unit.text) or next((_REF.findall(u.text) for u in reversed(units[max(0, k - REF_LINES_BACK):k])
                                                        if _REF.findall(u.text)), [])
                if len(set(refs)) == 1:
                    found.setdefault(refs[0].replace("-", ""), []).append((*stated[0], cite_line(passage, unit)))
        return found

    return index.memo("stated moves", read)


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
