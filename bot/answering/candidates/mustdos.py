"""Must-dos: which priorities cover a national must-do in a plan area's matrix, which leave it blank,
and what a cell says. A must-do may be named by number or by topic ("the cancer must-do")."""

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from itertools import chain

import numpy as np

from bot.answering.candidates import Candidate, Context, cite_row, trim, unique
from bot.answering.candidates.held_stems import NONE, held_stems, joined_held
from bot.answering.candidates.code_scope import spelled_code
from bot.answering.candidates.mustdo_areas import across_areas
from bot.answering.candidates.mustdo_groups import GROUPS_ASKED, asked_group, grids
from bot.answering.candidates.mustdo_gaps import LEVEL_ASKED, blank_groups, blank_priorities, gaps, level_counts
from bot.answering.candidates.mustdo_naming import header_cite, named_mustdo, note_cite, priority_key
from bot.answering.candidates.mustdo_marks import PARTIAL, mark_level, not_applicable, only_mark, spelled_mark
from bot.answering.candidates.question_rows import area_records, question_records
from bot.answering.counting import count_forms
from bot.answering.features import unbuilt
from bot.answering.mustdo_asked import asked_level
from bot.index.record_terms import RecordTable
from bot.records.mustdos import identify_mustdo, numbered_in_question, own_label


def mustdo_candidates(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if not a.mustdo:
        return
    table = area_records(ctx, "mustdos")
    table.columns("area", "mustdo", "priority", kept=True)  # what the cells are grouped by: read once per version
    rows = table.in_areas(a.areas)
    if not len(rows):
        return
    rows = _named_papers_grid(ctx, table, rows) if a.gap else rows  # (a programme asked of may be named in a paper's title)
    group = asked_group(ctx, table, rows) if a.gap and not a.areas and not GROUPS_ASKED.search(a.text) else None  # (the groups themselves asked)
    named = None
    if group is not None:  # "not supported by any Hexmarden scheme": that group's programmes, not the grid's all
        rows, named = group
    numbers = list(a.mustdos)
    own = _numbered_by_papers(ctx) if numbers and not numbered_in_question(a.text) else {}
    if own:  # the question's words name a priority ("the cancer one"), and the papers number theirs
        # themselves: the paper's priority whose words are those, not the 2016/17 must-do of that number
        numbers = list(dict.fromkeys(mine for n in numbers for mine in own.get(n, ())))
    level = LEVEL_ASKED.search(a.text) if a.want == "number" and not numbers else None
    if level:  # "how many must-dos are fully covered?": the must-dos with an entry at that level, counted
        yield from level_counts(ctx, table, rows, "partial" if level.group("part") else "full")
    if not a.gap and _ASKS_MUSTDOS.search(a.text.lower()):  # the must-dos are asked: any topic words name the programme
        yield from _by_programme(ctx, table, rows)
    fit = ctx.topic.scores([table.field("text")], [table.field("priority"), table.field("description")])[rows] if ctx.topic else np.zeros(len(rows))
    if not numbers and a.gap and ctx.topic:
        # "which must-do has no HSV programme against it?": the must-do is what is asked, so only words
        # describing a must-do pick one ("is the cancer must-do left blank?"), not a programme's or cell's
        fit = ctx.topic.scores([table.field("description")], [])[rows]
    if not numbers:
        if a.gap and not ctx.topic:
            yield from gaps(ctx, table, rows, named)
            return
        if not len(fit) or fit.max() < 0.3:
            if a.gap:
                yield from gaps(ctx, table, rows, named)
            return
        numbers = [table.rows[rows[int(np.argmax(fit))]]["mustdo"]]
    # grouped in one pass, from the area and must-do columns alone: a national corpus has hundreds of
    # areas, and an area's matrices thousands of cells, of which only the asked must-do's rows are read
    area_of, mustdo_of = table.column("area").tolist(), table.column("mustdo").tolist()
    asked = set(numbers)
    # which of the topic's stems each cell's text holds, from the postings: what scoring reads of the texts
    held = held_stems(table, "text", ctx.topic.any_stem) if ctx.topic else {}
    by_area: dict[str | None, list[int]] = {}
    for i in rows.tolist():
        by_area.setdefault(area_of[i], []).append(i)
    # an area's cells and its coverage state no role and stand in that area: where that alone rules them
    # out (another area's, or a role is asked: "who's the SRO for ... mental health?"), they are left
    # unbuilt (features.unbuilt) and their rows unread, a thousand near-copy areas' a question
    kept = {area: in_area for area, in_area in by_area.items()
            if a.gap or not any(mustdo_of[i] in asked for i in in_area) or not unbuilt(ctx, "mustdo-cell", area)}
    table.read_ahead([i for i in rows.tolist() if mustdo_of[i] in asked and area_of[i] in kept])  # the cells read below, in a few queries
    around = cache(lambda text: _around(ctx, text))  # the near-copies' cells repeat most texts
    if not a.areas and not a.gap and len(kept) > 1:  # no area asked, and the must-do is in several areas' grids
        for number in numbers:
            yield from across_areas(ctx, table, {area: _at_level(ctx, table, rows, [i for i in in_area if mustdo_of[i] == number
                                                                                     and not not_applicable(table.rows[i]["text"])])
                                                 for area, in_area in kept.items()}, number)
    grouped: list[Candidate] = []
    if a.gap and not a.areas and GROUPS_ASKED.search(a.text):  # "which places have no scheme for must-do 8?"
        grouped = [c for c in (blank_groups(ctx, table, grid, number) for grid in grids(table, rows) for number in numbers) if c]
        yield from grouped
    for area, in_area in kept.items():
        for number in numbers:
            entered = [i for i in in_area if mustdo_of[i] == number]
            cells = [i for i in entered if not not_applicable(table.rows[i]["text"])]
            if a.gap:
                blank = blank_priorities(ctx, table, in_area, entered, number, area, named)
                if grouped:  # the groups asked are answered by the groups: the programmes' blanks are their detail
                    blank.fits_form = -1.0
                yield blank
            if cells and not a.gap:  # a gap asked is answered by what is blank, not by what is entered
                yield _coverage(ctx, table, _at_level(ctx, table, rows, cells), number, area, held)
            if entered:
                yield from _cells(ctx, table, entered, held, around)
    if a.gap and not a.mustdos:
        yield from gaps(ctx, table, rows, named)


PAPER_NAMED = 0.5  # of the question's own topic, what a paper's title must hold to be the paper it asks of


def _named_papers_grid(ctx: Context, table: RecordTable, rows: np.ndarray) -> np.ndarray:
    """"Which must-do is not covered by any line on the route map?" of papers holding two grids (a review's
    checklist and the route map's): the grid of the paper the question names by its title, alone; the
    other's entries are no cover on the route map."""
    if not ctx.topic:
        return rows
    documents = table.column("document").tolist()
    papers = list(dict.fromkeys(documents[i] for i in rows.tolist()))
    if len(papers) < 2:
        return rows
    held = {p: ctx.topic.own_share(ctx.lex.about(p) or p) for p in papers}
    best = max(papers, key=held.__getitem__)
    if held[best] < PAPER_NAMED or sum(1 for p in papers if held[p] >= held[best]) > 1:
        return rows
    return np.array([i for i in rows.tolist() if documents[i] == best], dtype=rows.dtype)


# "which (national) must-dos does X cover", "which must-dos is X ticked against", "where does X count
# towards the must-dos": the must-dos are what is asked, of one programme the question names.
_ASKS_MUSTDOS = re.compile(r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:nine\s+|9\s+)?(?:national\s+)?(?:must[\s-]*dos|mds)\b|"
                           r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:nine\s+|9\s+)?(?:national\s+)?(?:planning\s+)?priorities\b.{0,60}\b(?:does|do|is|are)\b|"
                           r"\bacross\s+the\s+(?:nine\s+|9\s+)?(?:national\s+)?must[\s-]*dos\b")
LABEL_SHARE = 0.75  # of a programme label's words the question must hold to name that programme


def _by_programme(ctx: Context, table: RecordTable, rows: np.ndarray) -> Iterator[Candidate]:
    """The must-dos one programme's column covers: the programme named by its code ("GO7") or by the
    words of its label ("learning disability and autism work"), each must-do it has an entry against
    (not a dash: "not applicable")."""
    labels: dict[tuple[str | None, str], list[int]] = {}
    priority_of, area_of = table.column("priority").tolist(), table.column("area").tolist()
    for i in rows.tolist():
        labels.setdefault((area_of[i], priority_of[i]), []).append(i)
    named = [key for key in labels if _code_named(key[1], ctx.analysis.asked, anywhere=True)]
    if not named:  # the label's own words in the question ("our learning disability and autism work")
        asked = ctx.tokenizer.stem_set(ctx.analysis.text)
        asked |= {k for t in asked for k in ctx.analysis.kindred.get(t, ())}  # (a programme asked by its former name)
        shares = {key: _held(ctx.tokenizer.stem_set(_ANY_CODE.sub(" ", key[1])), asked) for key in labels}
        best = max(shares.values(), default=0.0)
        named = [key for key, share in shares.items() if share >= LABEL_SHARE and share == best]
    listed = not named  # a grid whose cells list the schemes covering each must-do ("MH1, MH2" under a place)
    if listed:
        labels = _listed_in_cells(ctx, table, rows)
        named = list(labels)
    level = ctx.analysis.mustdo_level
    set_aside = bool(asked_level(ctx.analysis.text.lower())[1])
    for area, label in named[:2]:
        cells = [table.rows[i] for i in labels[(area, label)] if not not_applicable(table.rows[i]["text"])]
        if not cells:
            continue
        cells.sort(key=lambda r: r["mustdo"])
        where = area or "the plans"
        spelled = {id(r): spelled_mark(r["text"], ctx.lex.codes_of(r.get("document") or "")) for r in cells}
        # "which must-dos does it lead?": its lead entries only; one that leads a must-do contributes to it too,
        # unless the question sets leading aside ("contribute to without leading?")
        if (level == "lead" or level and set_aside) and _graded(ctx, table, rows, cells[0].get("document")):
            cells = [r for r in cells if mark_level(spelled[id(r)]) == level]
            if not cells:
                continue
        covered = "; ".join(f"{named_mustdo(r['mustdo'], r)}{'' if listed or only_mark(r['text']) else ': ' + trim(spelled[id(r)], 90)}" for r in cells)
        said = {"lead": "leads", "contribute": "contributes to"}.get(level or "", "has entries against")
        header = header_cite(cells[0])
        yield Candidate(source="mustdo", main=f"{label} " + " ".join(r["description"] for r in cells), context=where, area=area,
                        answer=trim(f"In {where}, {label} {said} {len(cells)} must-do{'s' if len(cells) != 1 else ''}: {covered}.", 590),
                        citations=unique([cite_row(cells[0]), *([header] if header else []), *(cite_row(r) for r in cells[1:])]),
                        fits_form=1.0, nearest=f"{label}: must-dos")


def _at_level(ctx: Context, table: RecordTable, rows: np.ndarray, cells: list[int]) -> list[int]:
    """The leading cells, where a lead is asked ("which priorities are marked Primary against ...", "which
    schemes lead on ...") and their grid marks both levels; else all of them. Asked to contribute, a
    programme that leads contributes too ("which programmes contribute to must-do 4?" asks them all)."""
    level = ctx.analysis.mustdo_level
    if not cells or level != "lead" or not _graded(ctx, table, rows, table.rows[cells[0]].get("document")):
        return cells
    codes = ctx.lex.codes_of(table.rows[cells[0]].get("document") or "")
    kept = [i for i in cells if mark_level(spelled_mark(table.rows[i]["text"], codes)) == level]
    return kept or cells


def _graded(ctx: Context, table: RecordTable, rows: np.ndarray, document: str | None) -> bool:
    """Whether a paper's grid marks both levels, leading and contributing: in a grid of ticks alone, a
    programme "contributes" to every must-do it is ticked against."""
    codes = ctx.lex.codes_of(document or "")
    levels = {mark_level(spelled_mark(table.rows[i]["text"], codes)) for i in rows.tolist() if table.rows[i].get("document") == document}
    return {"lead", "contribute"} <= levels


def _held(words: set[str], asked: set[str]) -> float:
    return len(words & asked) / len(words) if words else 0.0


def _coverage(ctx: Context, table: RecordTable, cells: list[int], number: int, area: str | None,
              held: dict[int, frozenset[str]]) -> Candidate:
    at = sorted(cells, key=lambda i: priority_key(table.rows[i]["priority"]))
    rows = [table.rows[i] for i in at]
    priorities = [spelled_code(ctx, p) for p in dict.fromkeys(r["priority"] for r in rows)]
    where = area or "the plans"
    lead = f"In {where}, {named_mustdo(number, rows[0])} is covered by {', '.join(priorities)}."
    if ctx.analysis.want == "number":  # "how many programmes cover must-do 1?": the count first, in figures and words
        forms = count_forms(len(priorities))
        said = f"{forms[0]} ({forms[1]})" if len(forms) > 1 else forms[0]
        lead = f"In {where}, {named_mustdo(number, rows[0])} is covered by {said} {'priority' if len(priorities) == 1 else 'priorities'}: {', '.join(priorities)}."
    # the cell the question's words are in first, told most fully; the rest after it, briefly
    covers = [ctx.topic.covered_by(held.get(i, NONE))[0] for i in at] if ctx.topic else []  # each cell's text's coverage
    first = min(range(len(rows)), key=lambda k: -covers[k]) if ctx.topic else 0
    focus = rows[first] if ctx.topic and covers[first] > 0 else None
    told = _one_per_text(rows)
    widths = _cell_widths(ctx, lead, [r for r, _ in told])
    codes = ctx.lex.codes_of(rows[0].get("document") or "")  # a mark told with its key's words: "Partial (contributing programme)"
    details = " | ".join(f"{', '.join(names)}: {_around(ctx, r['text'], max(300, widths[k])) if r is focus else trim(spelled_mark(r['text'], codes), widths[k])}"
                         for k, (r, names) in sorted(enumerate(told), key=lambda kr: kr[1][0] is not focus))
    header = header_cite(rows[0])
    # cited as far as `unique` reads (an area's matrices at national scale have thousands of cells); the
    # main text given as the cells' texts too, each read into stems already (`ranked`)
    cites = chain([cite_row(rows[0])], [header] if header else [], (cite_row(r) for r in rows[1:]), (c for r in rows for c in note_cite(r)))
    texts = tuple(r["text"] for r in rows)
    return Candidate(source="mustdo", main=" ".join(texts), main_parts=texts,
                     main_held=joined_held(ctx.tokenizer, texts, [held.get(i, NONE) for i in at], ctx.topic.any_stem) if ctx.topic else None,
                     context=f"{rows[0]['description']} {where} {rows[0].get('caption') or ''}",
                     area=area, answer=trim(f"{lead} {details}", 590), citations=unique(cites),
                     fits_form=0.3 if ctx.analysis.priority else 1.0,
                     nearest=lead)


BRIEF_CELL = 110


def _one_per_text(rows: list[dict]) -> list[tuple[dict, list[str]]]:
    """Each cell text once, with every priority it stands under: a cell merged over six columns is
    told once as "P1, P2, ... P6: ...", not six times over."""
    told: dict[str, tuple[dict, list[str]]] = {}
    for r in rows:
        told.setdefault(r["text"], (r, []))[1].append(r["priority"])
    return list(told.values())


def _cell_widths(ctx: Context, lead: str, rows: list[dict]) -> list[int]:
    """"Which priorities cover it?" wants the columns, each cell told briefly; "what does the grid say
    against it?" wants the cells, so they share the answer's room: a short cell takes what it needs
    and leaves the rest to the long ones."""
    if asks_priorities(ctx.analysis.asked):
        return [BRIEF_CELL] * len(rows)
    room = ANSWER_CHARS - len(lead) - sum(len(r["priority"]) + 5 for r in rows)
    widths = [BRIEF_CELL] * len(rows)
    order = sorted(range(len(rows)), key=lambda k: len(rows[k]["text"]))
    for n, k in enumerate(order):
        share = room // (len(rows) - n)
        widths[k] = max(BRIEF_CELL, min(len(rows[k]["text"]), share))
        room -= min(len(rows[k]["text"]), share)
    return widths


ANSWER_CHARS = 590
_WHICH_PRIORITIES = re.compile(r"\b(?:which|what)\b.*\b(?:priorit\w*|work ?programmes?|wps?|columns?|ones)\b|\bcover|\bticked|"
                               r"\bmapped|\bline[sd]? up|\bcarr(?:y|ies)|\bpicks? up|\baddress|\bsits? with|\bcontribut")


def asks_priorities(text: str) -> bool:
    """"Which priorities cover must do 4?" asks for the grid's columns, not for what a cell says."""
    return bool(_WHICH_PRIORITIES.search(text.lower()))


def _cells(ctx: Context, table: RecordTable, cells: list[int], held: dict[int, frozenset[str]],
           around: Callable[[str], str]) -> Iterator[Candidate]:
    """One cell's own words: "what does P2 give for must do 7?". (What a cell's column label tells is
    worked out once per label, and the part of a long text told (`around`, `_around`) once per text: a
    national corpus's matrices repeat a few labels and most texts over thousands of cells.)"""
    by_code = cache(lambda label: _code_named(label, ctx.analysis.asked))
    coded = {i for i in cells if by_code(table.rows[i]["priority"])}
    asked = ctx.analysis.priority
    is_asked = cache(lambda label: re.match(rf"{asked}(?!\d)", _label(label), re.I) is not None)
    priorities = asks_priorities(ctx.analysis.asked)
    codes_of = cache(lambda document: ctx.lex.codes_of(document or ""))
    for i in cells:
        row = table.rows[i]
        named = bool(asked) and is_asked(row["priority"]) or i in coded
        asked = asked or bool(coded)
        text = spelled_mark(around(row["text"]), codes_of(row.get("document")))  # a mark with its key's words
        header = header_cite(row)
        # the answer as the texts it is written from (the label and area recur, the cell's text is read already)
        parts: tuple[str, ...] = (f"{row['priority']}", f"({row.get('area') or 'the plans'},", f"{named_mustdo(row['mustdo'], row)}):", text)
        if named and ctx.analysis.want == "yesno":  # "does LC2 contribute to must-do 6?": its entry is the yes
            parts = (f"Yes{' (in part)' if PARTIAL.match(row['text']) else ''}:", *parts)
        said = trim(" ".join(parts), 590)
        yield Candidate(
            source="mustdo-cell", main=f"{row['priority']} {row['text']}", main_parts=(row["priority"], row["text"]),
            main_held=joined_held(ctx.tokenizer, (row["priority"], row["text"]), [ctx.tokenizer.stem_set(row["priority"]) & ctx.topic.any_stem,
                                                                                   held.get(i, NONE)], ctx.topic.any_stem) if ctx.topic else None,
            context=f"{row['description']} {row.get('area') or ''}",
            area=row.get("area"), answer=said, answer_parts=parts if said == " ".join(parts) else (),
            citations=unique([cite_row(row), *note_cite(row), *([header] if header else [])]),
            fits_form=0.0 if only_mark(row["text"]) else
            1.0 if named or not asked and len(cells) == 1 else
            0.5 if not asked and not priorities else (-1.0 if asked else 0.0),
        )


_CODE = re.compile(r"^\s*([A-Za-z]{1,4}\s?-?\d{1,2})\b")  # "LC2", "WS 3", "UEC-2": a programme's code


def _listed_in_cells(ctx: Context, table: RecordTable, rows: np.ndarray) -> dict[tuple[str | None, str], list[int]]:
    """(area, code) -> the cells listing a scheme the question names by its code, where a grid's columns
    are places and each cell lists the codes of the schemes covering that must-do there: the scheme's
    must-dos are the rows of the cells naming it."""
    asked = {m.group(1).replace(" ", "").upper(): "" for m in _ANY_CODE.finditer(ctx.analysis.asked)} or _described_code(ctx)
    found: dict[tuple[str | None, str], list[int]] = {}
    if not asked:
        return found
    area_of = table.column("area").tolist()
    # only the cells whose text holds a code's word, from the postings (a national corpus has tens of thousands)
    words = {max(ctx.tokenizer(code), key=len, default=code.lower()) for code in asked}  # ("SW-1" is written "sw", "1")
    holding = held_stems(table, "text", words)
    for i in sorted(set(rows.tolist()) & set(holding)):
        listed = {m.group(1).replace(" ", "").upper() for m in _ANY_CODE.finditer(table.rows[i]["text"] or "")}
        for code in sorted(listed & set(asked)):
            found.setdefault((area_of[i], f"{code} ({asked[code]})" if asked[code] else code), []).append(i)
    return found


DESCRIBED = 0.6  # of the question's topic a coded row must hold to be the scheme it describes


def _described_code(ctx: Context) -> dict[str, str]:
    """The code of the scheme the question describes in words ("the same-day unit for frail older people
    at the city hospital"), where a table gives each scheme's code with its description: the coded row the
    question's words fit best, when it holds most of them."""
    if not ctx.topic:
        return {}
    table = question_records(ctx, "rows")
    if not len(table):
        return {}
    fit = ctx.topic.scores([table.field("row_text")], [])
    best = int(np.argmax(fit))
    if fit[best] < DESCRIBED:
        return {}
    texts = [c["text"].strip() for c in json.loads(table.rows[best]["cells"]) if c["text"].strip()]
    code = _ANY_CODE.fullmatch(texts[0]) if texts else None
    if code is None:
        return {}
    name = texts[1].split(" : ")[0].split(": ")[0] if len(texts) > 1 else ""  # "Frailty Assessment Unit : same-day ..."
    return {code.group(1).replace(" ", "").upper(): trim(name, 60)}


def _code_named(priority: str, question: str, anywhere: bool = False) -> bool:
    """The question names the column by the code its label starts with ("LC2 Elective Recovery"), or,
    `anywhere`, ends with ("Learning Disability and Autism GO7")."""
    codes = [m.group(1) for m in _ANY_CODE.finditer(priority)] if anywhere else [m.group(1) for m in [_CODE.match(priority)] if m]
    return any(re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", question, re.I) for code in codes)


_ANY_CODE = re.compile(r"(?<![\w-])([A-Z]{1,4}\s?-?\d{1,2})(?![\w-])")


def _label(priority: str) -> str:
    """A column's label with its number closed up ("P 5 Mental Health" -> "P5 Mental Health"), so the
    priority asked ("P5") is found at its start, but not in "P50"."""
    return re.sub(r"^\s*(W?P)\s*(\d)", r"\1\2", priority.strip(), flags=re.I)


def _around(ctx: Context, text: str, width: int = 400) -> str:
    """The part of a long cell where the question's words are."""
    if len(text) <= width or not ctx.topic:
        return text
    words = text.split()
    best, best_at = -1.0, 0
    for i in range(0, len(words), 5):  # (each window's stems from its words' own, each word read once)
        score, _ = ctx.topic.coverage(" ".join(words[i: i + 30]), "", tuple(words[i: i + 30]))
        if score > best:
            best, best_at = score, i
    return trim(" ".join(words[max(0, best_at - 5):]), width)


def _numbered_by_papers(ctx: Context) -> dict[int, tuple[int, ...]]:
    """Where some paper's grid numbers the national priorities itself (records.mustdos.own_label): the
    2016/17 must-do each of its priorities' words recall -> its own numbers ("cancer": 6 -> 3). Read once
    per version; empty where no grid does."""
    def read() -> dict[int, tuple[int, ...]]:
        found: dict[int, set[int]] = {}
        for row in ctx.index.db.query("select distinct mustdo, description from mustdos"):
            if own_label(row["mustdo"], row["description"] or ""):
                found.setdefault(identify_mustdo(row["description"]), set()).add(row["mustdo"])
        return {national: tuple(sorted(mine)) for national, mine in found.items()}
    return ctx.index.memo("must-dos numbered by their papers", read)
