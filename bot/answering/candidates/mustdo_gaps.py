"""Must-do gaps: what a plan area's grid leaves blank (a must-do no priority covers, the priorities
with nothing against one must-do, must-dos covered only in part) and how many are covered at an asked
level. Named and cited as the coverage answers are (mustdo_naming)."""

import re
from collections.abc import Iterator

import numpy as np

from bot.answering.candidates import Candidate, Context, cite_row, trim, unique
from bot.answering.candidates.code_scope import spelled_code
from bot.answering.candidates.mustdo_marks import FULL, PARTIAL, mark_level, not_applicable, spelled_mark
from bot.answering.candidates.mustdo_groups import groups_without
from bot.answering.candidates.mustdo_naming import header_cite, named_mustdo, priority_key
from bot.answering.candidates.mustdo_routes import route_note
from bot.answering.counting import count_forms
from bot.index.record_terms import RecordTable
from bot.records.mustdos import MUSTDOS


def blank_priorities(ctx: Context, table: RecordTable, in_area: list[int], cells: list[int], number: int,
                      area: str | None, group: str | None = None) -> Candidate:
    """Priorities of the area's matrix (or the asked group's: mustdo_groups) with nothing entered against one must-do."""
    priority_of = table.column("priority").tolist()
    every = sorted(dict.fromkeys(priority_of[i] for i in in_area), key=priority_key)
    unasked = {priority_of[i] for i in cells if not_applicable(table.rows[i]["text"])}  # "-": not applicable, no gap
    covered = {priority_of[i] for i in cells} - unasked
    blank = [p for p in every if p not in covered and p not in unasked]
    where = group or area or "the plans"
    anchor = table.rows[cells[0] if cells else in_area[0]]
    header = header_cite(anchor)
    if blank:
        answer = f"In {where}, nothing is entered against {named_mustdo(number, anchor)} for {', '.join(spelled_code(ctx, p) for p in blank)}; " \
                 f"{', '.join(sorted(covered, key=priority_key)) or 'no priority'} {'has' if len(covered) == 1 else 'have'} entries."
        if unasked:
            answer += f" Marked not applicable: {', '.join(sorted(unasked, key=priority_key))}."
    else:
        answer = f"In {where}, every priority ({', '.join(every)}) has an entry against {named_mustdo(number, anchor)}."
    note = route_note(ctx, anchor, number) if not covered else None
    if note:  # nothing against it: where the paper says it is met instead
        answer += f" The paper: \"{note[0]}\""
    # (one grid's blanks: what the paper holding it is about is their context, as it is its cells')
    return Candidate(source="mustdo-gap", main=anchor["description"], context=(where, ctx.lex.about(anchor.get("document") or "")),
                     area=area, answer=trim(answer, 590), fits_form=1.0, answered=True,
                     citations=unique([*([header] if header else []), cite_row(anchor), *([note[1]] if note else [])]))


ROUTED_GAPS = 3  # the blank must-dos whose routes elsewhere are looked for: more blanks than this is a sparse grid


def gaps(ctx: Context, table: RecordTable, rows: np.ndarray, group: str | None = None) -> Iterator[Candidate]:
    """Must-dos with nothing entered in an area's matrix (or the asked group's: mustdo_groups) at all."""
    by_area: dict[str | None, set[int]] = {}
    first: dict[str | None, int] = {}
    area_of, mustdo_of = table.column("area").tolist(), table.column("mustdo").tolist()
    for i in rows.tolist():
        entries = by_area.setdefault(area_of[i], set())
        if not not_applicable(table.rows[i]["text"]):
            entries.add(mustdo_of[i])
        first.setdefault(area_of[i], i)
    anchors = {area: table.rows[i] for area, i in first.items()}
    for area, covered in by_area.items():
        missing = [n for n in MUSTDOS if n not in covered]
        described = {mustdo_of[i]: table.rows[i] for i in rows.tolist() if area_of[i] == area}
        where = group or area or "the plans"
        header = header_cite(anchors[area])
        part_only = _part_only(ctx, table, [i for i in rows.tolist() if area_of[i] == area])
        partly = "; ".join(f"{named_mustdo(n, described.get(n))} ({', '.join(labels)})" for n, labels in part_only.items())
        notes = [note for n in missing[:ROUTED_GAPS] for note in [route_note(ctx, anchors[area], n)] if note]
        if missing:
            answer = f"In {where}, nothing is entered against " + "; ".join(named_mustdo(n, described.get(n) or _column_of(anchors[area], n)) for n in missing) + "."
            if notes:  # where the paper says a blank must-do is met instead
                answer += " " + " ".join(f"The paper: \"{text}\"" for text in dict.fromkeys(text for text, _ in notes))
            if partly:
                answer += f" No programme covers in full (entries in part only): {partly}."
        elif partly:
            answer = f"In {where}, no programme covers in full (entries in part only): {partly}. Every must-do has at least one entry."
        else:
            answer = f"In {where}, every one of the nine must-dos has at least one entry."
        yield Candidate(source="mustdo-gap", main=anchors[area].get("caption") or "", context=where, area=area, answer=trim(answer, 590),
                        citations=unique([*([header] if header else []), cite_row(anchors[area]), *(c for _, c in notes)]), fits_form=1.0)


def _column_of(anchor: dict, number: int) -> dict | None:
    """A must-do with no entry at all has no cell to name it by: its label is read from the header row,
    where a grid numbering the priorities itself writes "... 9 Quality & safety: ... ".
    """
    header = anchor.get("header_quote") or ""
    m = re.search(rf"(?:^|\s){number}\s+([A-Z].*?)(?=\s{number + 1}\s+[A-Z]|$)", header)
    return {"description": f"{number} {m.group(1)}"} if m else None


LEVEL_ASKED = re.compile(r"\b(?:(?P<full>fully|in full|completely|wholly)|(?P<part>partly|partially|in part|partial))\b", re.I)


def level_counts(ctx: Context, table: RecordTable, rows: np.ndarray, level: str) -> Iterator[Candidate]:
    """Per area, the must-dos with at least one entry at the asked level ("Full", "Yes", a lead mark; or
    "Partial", "contributes"), counted, each named with the programmes entered so."""
    marks = PARTIAL if level == "partial" else FULL
    by_area: dict[str | None, dict[int, list[dict]]] = {}
    area_of, mustdo_of = table.column("area").tolist(), table.column("mustdo").tolist()
    for i in rows.tolist():
        row = table.rows[i]
        if marks.match(row["text"]):
            by_area.setdefault(area_of[i], {}).setdefault(mustdo_of[i], []).append(row)
    for area, entered in by_area.items():
        where = area or "the plans"
        forms = count_forms(len(entered))
        said = f"{forms[0]} ({forms[1]})" if len(forms) > 1 else forms[0]
        named = "; ".join(f"{named_mustdo(n, cells[0])} ({', '.join(r['priority'] for r in cells)})" for n, cells in sorted(entered.items()))
        answer = f"In {where}, {said} of the nine must-dos {'are' if len(entered) != 1 else 'is'} covered {'in part' if level == 'partial' else 'in full'}: {named}."
        cells = [r for _, rs in sorted(entered.items()) for r in rs]
        header = header_cite(cells[0])
        yield Candidate(source="mustdo", main=f"{cells[0].get('caption') or ''} {level} must do covered", context=where, area=area,
                        answer=trim(answer, 590), citations=unique([*([header] if header else []), *(cite_row(r) for r in cells)]),
                        fits_form=1.0)


def _part_only(ctx: Context, table: RecordTable, rows: list[int]) -> dict[int, list[str]]:
    """Must-dos whose every entry says the programme contributes, in a matrix that marks some entries
    so: "no lead programme" is a gap too, where a key tells lead (●, "L") from contributing (◐, a tick
    the key calls "contributes")."""
    entries: dict[int, list[dict]] = {}
    for i in rows:
        entries.setdefault(table.rows[i]["mustdo"], []).append(table.rows[i])
    levels = {id(r): mark_level(spelled_mark(r["text"], ctx.lex.codes_of(r.get("document") or ""))) for cells in entries.values() for r in cells}
    if "contribute" not in levels.values():
        return {}
    return {n: [r["priority"] for r in cells] for n, cells in sorted(entries.items()) if all(levels[id(r)] == "contribute" for r in cells)}


def blank_groups(ctx: Context, table: RecordTable, rows: np.ndarray, number: int) -> Candidate | None:
    """"Which places have no scheme supporting must-do 8?": the groups of the grid's programmes (places,
    by band, heading or "Place" cell: mustdo_groups) none of whose programmes has an entry against it."""
    found = groups_without(table, rows, number)
    if found is None:
        return None
    blank, sizes = found
    entered = [table.rows[int(i)] for i in rows.tolist() if int(table.rows[int(i)]["mustdo"]) == number
               and not not_applicable(table.rows[int(i)]["text"])]
    anchor = (blank[0][1] if blank else entered or [table.rows[int(rows[0])]])[0]
    label = named_mustdo(number, entered[0] if entered else None)
    if blank:
        named = "; ".join(f"{g} ({', '.join(dict.fromkeys(c['priority'] for c in cells))})" for g, cells in blank)
        answer = f"Nothing is entered against {label} for: {named} (of the grid's {len(sizes)} groups: {', '.join(sizes)})."
    else:
        answer = f"Each of the grid's {len(sizes)} groups of programmes ({', '.join(sizes)}) has an entry against {label}."
    header = header_cite(anchor)
    cites = [*([header] if header else []), *(cite_row(cells[0]) for _, cells in blank), *(cite_row(r) for r in entered[:2])]
    return Candidate(source="mustdo-gap", main=" ".join(sizes), context="places", area=None, answer=trim(answer, 590),
                     citations=unique(cites), fits_form=1.0, answered=True)
