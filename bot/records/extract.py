"""Plan records read at ingest time: initiatives and their milestones from the LDP tables, must-do
coverage from the "priorities against the 9 National Must Do's" matrices, and people named in prose.
Every record keeps the document, page or line, section and the quoted text it came from."""

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from bot.models import ParsedDocument, SourceLine
from bot.reading.layout import is_table_line
from bot.records.abbreviations import code_keys, definitions, key_tables, listed, numbered_programmes
from bot.records.areas import AreaBook
from bot.records.blocks import block_records
from bot.records.calendars import calendar_records
from bot.records.cut_words import word_counts
from bot.records.dates import plan_fy_start, without_marker
from bot.records.footnotes import due_with_note, page_footnotes
from bot.records.lists import list_records
from bot.records.matrices import matrix_lists
from bot.records.row_keys import join_by_reference
from bot.records.milestones import parse_milestones, split_title
from bot.records.mustdo_across import across_records, mustdo_columns
from bot.records.mustdo_matrix import CONTINUED, PERSON_LABEL, mustdo_records, mustdos_header
from bot.records.mustdo_prose import prose_mustdo_records
from bot.records.column_lists import column_lists
from bot.records.mustdo_listed import listed_mustdo_records
from bot.records.mustdo_named import attribute_columns
from bot.records.mustdo_boxes import boxed_mustdo_records
from bot.records.mustdo_sections import section_mustdo_records
from bot.records.mustdo_stacked import stacked_columns, stacked_records
from bot.records.mustdo_index import index_mustdo_records
from bot.records.mustdo_numbers import numbered_records, numbers_column
from bot.records.glosses import glossed, glosses
from bot.records.owners import split_owners, unlabelled
from bot.records.provenance import first_quote, provenance, record_id
from bot.records.people import people_in
from bot.records.sections import LineContext, document_areas, line_contexts
from bot.records.long_tables import wide_rows
from bot.records.table_rows import row_records
from bot.records.tables import Fragment, Header, Row, find_header, iter_rows, joined, number_cell, ref_cell
from bot.records.trackers import grid_records, timeline_header, tracker_records
from bot.textnorm import squash

_OWNER_LABEL = re.compile(r"(scheme |initiative )?(owners?|owner\(s\)|leads?|lead\(s\))( and leads?)?:?")
INITIATIVE_ROLES = {
    "title": lambda c: "initiatives which" in c or (c.startswith(("initiative", "(continued) initiative")) and len(c) < 70),
    "owner": lambda c: bool(_OWNER_LABEL.fullmatch(c.strip())),
    "risks": lambda c: c.startswith("risk"),
    "governance": lambda c: "governance" in c,
    "interdependencies": lambda c: "interdependenc" in c,
    # a column of its own for the milestones ("Key milestones"), where the title cell holds none
    "milestones": lambda c: c.strip(" :") in ("key milestones", "milestones", "key milestones and timescales", "milestones and timescales"),
}
_WP = re.compile(r"\bWP\s?(\d{1,2})\b")
# Files whose tables are real tables (a spreadsheet's rows, a Word or PowerPoint table's): a cell never wraps
# onto a row of its own there, so a row whose first cell is empty is the next row of the group above, not
# the rest of it (text and PDF tables wrap a long cell onto the next line).
REAL_TABLES = frozenset({"xlsx", "docx", "pptx"})


def extract_records(doc: ParsedDocument, book: AreaBook | None = None,
                    contexts: Sequence[LineContext] | None = None) -> dict[str, list[dict]]:
    """Every plan record the document states; `book` is the build's plan areas (default: the document's
    own), `contexts` the lines read with it when the caller has them already (passages read the same)."""
    book = book if book is not None else document_areas(doc.lines)
    marks = contexts if contexts is not None else list(line_contexts(doc.lines, book, slides=doc.info.kind == "pptx", wrapped=doc.info.kind == "pdf"))
    context_of = {i: (section, area) for i, (_, section, area, _) in enumerate(marks)}
    headings = {i for i, mark in enumerate(marks) if mark[3]}
    initiatives: list[dict] = []
    milestones: list[dict] = []
    mustdos: list[dict] = []
    seen_rows: set[str] = set()
    lines = doc.lines
    trackers = tracker_records(doc, context_of, split_owners, book.in_text)  # milestone trackers (Excel sheets and the like)
    calendars = calendar_records(doc, context_of, plan_fy_start(" ".join(line.text for line in doc.lines[:40])))
    vocabulary: Counter[str] | None = None  # the document's word counts, made for its first must-do matrix
    notes: dict[tuple[int | None, str], str] | None = None  # the pages' footnotes, read for the first initiatives table
    for i, line in enumerate(lines):
        if not is_table_line(line.text) or i in trackers.headers or i in calendars.headers:
            continue
        section, area = context_of.get(i, (None, None))
        header = _initiatives_header(line.text)
        if header:
            fy = plan_fy_start(line.text)
            for row in iter_rows(lines, i + 1, header):
                notes = notes if notes is not None else page_footnotes(lines)
                _initiative(doc, row, header, section, area, fy, initiatives, milestones, seen_rows, notes)
            numbered = numbers_column(lines, i)
            if numbered is not None:  # a "Must-dos addressed" column lists each initiative's must-dos by number
                mustdos += numbered_records(doc, lines, i, numbered, section, area)
            continue
        stacked = stacked_columns(lines, i)
        if stacked:  # every column a must-do, the programmes stacked under each
            mustdos += stacked_records(doc, lines, i, stacked, section, area)
            continue
        across = mustdo_columns(lines, i)
        if across:
            mustdos += across_records(doc, lines, i, across, section, area)
            continue
        numbered = numbers_column(lines, i)
        if numbered is not None:  # each programme's cell lists its must-dos by number ("MD 2, 4")
            mustdos += numbered_records(doc, lines, i, numbered, section, area)
            continue
        header = mustdos_header(line.text)
        if header and header.width - header.roles["mustdo"] >= 2:
            vocabulary = vocabulary if vocabulary is not None else word_counts(ln.text for ln in lines)
            mustdos += mustdo_records(doc, lines, i, header, section, area, seen_rows, vocabulary)
    if not mustdos:  # a check list of boxes under each scheme says it as a grid would
        mustdos += boxed_mustdo_records(doc, lines, context_of)
    if not mustdos:  # a paper that sets the must-dos out as a grid says the same no more in its prose
        mustdos += prose_mustdo_records(doc, lines, context_of)
    if not mustdos:  # nor as a table per must-do, listing the priorities that address it
        mustdos += listed_mustdo_records(doc, lines, lambda k: context_of.get(k, (None, None))[0],
                                         lambda cell: next(iter(book.in_text(cell)), cell))
    if not mustdos:  # nor as a section per must-do
        mustdos += section_mustdo_records(doc, lines, headings)
    if not mustdos:  # nor as an index, each must-do's entry listing the schemes that address it
        mustdos += index_mustdo_records(doc, lines)
    texts = [line.text for line in lines]
    rows = list(row_records(lines, context_of, doc.info.sha256, lambda src, sec: provenance(doc, src, sec), _claimed,
                            sheet=doc.info.kind in REAL_TABLES))
    wide, replaced = wide_rows(rows)  # a table in long form (thing | attribute | value) read as the wide rows it stands for
    rows = [row for row in rows if row["id"] not in replaced] + wide
    grids = grid_records(rows, split_owners, book.in_text, plan_fy_start(" ".join(texts[:40])))  # delivery plans as grids
    blocks = list(block_records(lines, context_of, doc.info.sha256, lambda src, sec: provenance(doc, src, sec)))
    join_by_reference([*rows, *blocks])
    return {
        "initiatives": initiatives + trackers.initiatives + grids.initiatives + calendars.initiatives,
        "milestones": milestones + trackers.milestones + grids.milestones + calendars.milestones,
        "mustdos": mustdos,
        "people": list(_people(doc, context_of)),
        "programmes": list(_programmes(doc, context_of)),
        "rows": [*rows, *blocks],
        "lists": [*list_records(lines, context_of, headings, doc.info.sha256, lambda src, sec: provenance(doc, src, sec),
                               wrapped=doc.info.kind == "pdf"),
                  *matrix_lists(rows, lines, doc.info.sha256), *column_lists(rows, doc.info.sha256)],
        "abbreviations": _abbreviations(doc, texts),
    }


def _claimed(text: str) -> bool:
    """Header lines of the tables the specialised readers take whole (initiatives, must-do matrices). An
    initiatives table that names a second person column the initiative reader leaves aside ("SRO" beside
    "Initiative lead") is read as rows too, so that column answers for its role."""
    header = _initiatives_header(text)
    if header is not None:
        return not any(PERSON_LABEL.search(label.lower()) for i, label in enumerate(header.labels) if i not in header.roles.values())
    header = mustdos_header(text)
    # (a must-do table saying who leads each must-do and by when is read as rows too, so those columns answer)
    return header is not None and not attribute_columns(header.labels)


def _initiatives_header(text: str) -> Header | None:
    """An LDP initiatives table's header. Its title cell names initiatives: every table line is asked,
    and a line without the word is passed over before it is split into cells. A header naming periods
    across ("Q4 16/17", "2017/18", "Apr-17") heads a timeline, which the grid reader reads (trackers.grid_records)."""
    if "initiative" not in text.lower():
        return None
    header = find_header(text, INITIATIVE_ROLES, ("title", "owner"), lead="title")
    return None if header is not None and timeline_header(header.labels) else header


def _abbreviations(doc: ParsedDocument, texts: list[str]) -> list[dict]:
    pairs = {("abbreviation", a, e) for a, e in [*definitions(texts), *listed(texts)]} | {("code", c, m) for c, m in [*code_keys(texts), *key_tables(texts)]} \
        | {("programme", c, n) for c, n in numbered_programmes(texts)}
    return [{"id": record_id(doc.info.sha256, kind, short, long), "kind": kind, "short": short, "long": long,
             "document": doc.info.file_name} for kind, short, long in sorted(pairs)]


def _initiative(doc: ParsedDocument, row: Row, header: Header, section: str | None, area: str | None, fy: int,
                initiatives: list[dict], milestones: list[dict], seen: set[str], notes: dict[tuple[int | None, str], str]) -> None:
    roles = header.roles
    title_cell, spans = joined(row.fragments(roles["title"]))
    title_cell = CONTINUED.sub("", title_cell)
    if not title_cell or "initiatives which we will focus" in title_cell.lower():
        return
    title, milestone_text, offset = split_title(title_cell)
    if "milestones" in roles:  # the milestones in a column of their own: read from it, each cited on its own line there
        milestone_text, spans = joined(row.fragments(roles["milestones"]))
        offset = 0
    owner_raw = unlabelled(row.text(roles["owner"]))
    key = f"{area}|{squash(title_cell)[:120]}"
    if key in seen:
        return
    seen.add(key)
    number = (number_cell(row.text(roles["number"])) or ref_cell(row.text(roles["number"]))) if "number" in roles else None
    parsed = [(offset, span) for span in parse_milestones(milestone_text, fy)]
    # Dates in the initiative's own words ("... model from April 2017") are milestones too.
    parsed += [(0, span) for span in parse_milestones(title, fy) if span.period.precision != "unknown" and span.due_raw
               and "milestones" not in roles]  # (a title's offsets are not the milestone column's)
    if not title and parsed:
        title = parsed[0][1].text
    source, quote = first_quote(row.fragments(roles["title"]))
    owner_source, owner_quote = first_quote(row.fragments(roles["owner"]))
    if source is None:
        return
    iid = record_id(doc.info.sha256, area, number, title_cell)
    initiatives.append({
        "id": iid, "area": area, "number": number, "title": title, "owners": json.dumps(split_owners(owner_raw)),
        "owner_raw": owner_raw, "risks": row.text(roles["risks"]) if "risks" in roles else "",
        "governance": row.text(roles["governance"]) if "governance" in roles else "",
        "interdependencies": row.text(roles["interdependencies"]) if "interdependencies" in roles else "",
        "row_text": squash(" ".join(row.text(c) for c in sorted(row.cells))), "quote": quote,
        "owner_quote": owner_quote, "owner_page": owner_source.page if owner_source else None,
        "owner_line": owner_source.line if owner_source and owner_source.page is None else None,
        "fy_start": fy, **provenance(doc, source, section),
    })
    for n, (base, span) in enumerate(parsed):
        where = _fragment_for(spans, base + span.start)
        msource, mquote = (where.source, _clip(where, span.text)) if where else (source, quote)
        milestones.append({
            "id": record_id(iid, n, span.text), "initiative_id": iid, "area": area, "initiative": title,
            "text": span.text, "due_raw": due_with_note(without_marker(span.due_raw, fy), span.due_raw, msource.page if msource else None, notes),
            "start": span.period.start.isoformat() if span.period.start else None,
            "end": span.period.end.isoformat() if span.period.end else None,
            "precision": span.period.precision, "owner": owner_raw, "quote": mquote,
            **provenance(doc, msource, section),
        })


def _fragment_for(spans: list[tuple[int, int, Fragment]], offset: int) -> Fragment | None:
    for start, end, frag in spans:
        if start <= offset <= end:
            return frag
    return spans[-1][2] if spans else None


def _clip(fragment: Fragment, text: str) -> str:
    """The milestone's words as they stand on its own line (a wrapped cell may carry only part)."""
    line = squash(fragment.text)
    words = squash(text)
    if words and words in line:
        return words
    head = " ".join(words.split()[:6])
    at = line.find(head) if head else -1
    return line[at: at + 300] if at >= 0 else line[:300]


def _people(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]]) -> Iterator[dict]:
    known = glosses([line.text for line in doc.lines])  # "scheme 3 (Elective Care and MSK)", then "SRO for scheme 3"
    for person in people_in(doc, contexts, provenance):
        person["role"] = glossed(person["role"], known)
        parts = person.pop("id_parts")
        yield {"id": record_id(doc.info.sha256, *parts), **person}


def _programmes(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]]) -> Iterator[dict]:
    """Work programme codes and names ("WP9 System Design", "WP2 Urgent & Emergency Care", or "WP5" with
    "Planned Care" on the line below) so an owner "WP9" can be named. A cell holding only the code (an
    owner cell) defines nothing."""
    seen: set[tuple[str | None, str]] = set()
    for i, line in enumerate(doc.lines):
        section, area = contexts.get(i, (None, None))
        for code, name, quote in _programme_names(doc.lines, i):
            if (area, code) in seen:
                continue
            seen.add((area, code))
            yield {"id": record_id(doc.info.sha256, area, code), "area": area, "code": code, "name": name,
                   "quote": quote, **provenance(doc, line, section)}


def _programme_names(lines: list[SourceLine], i: int) -> Iterator[tuple[str, str, str]]:
    text = lines[i].text
    if "WP" not in text:  # every code is written "WP<n>": most lines have none
        return
    alone = _CODE_ALONE.fullmatch(text.strip())
    if alone and not is_table_line(text):
        below = next((ln.text.strip() for ln in lines[i + 1: i + 4] if ln.text.strip()), "")
        if _NAME_ALONE.fullmatch(below) and len(below.split()) <= 5:
            yield f"WP{alone.group(1)}", below, squash(text)
        return
    for cell in text.split("\t"):
        for m in _PROGRAMME.finditer(squash(cell)):
            words = m.group(2).split()[:5]
            while words and words[-1].lower() in {"and", "&", "of", "the", "for"}:
                words.pop()
            name = " ".join(words)
            if len(name) >= 3:
                yield f"WP{m.group(1)}", name, m.group(0).strip()


_PROGRAMME = re.compile(r"\bWP\s?(\d{1,2})\s*:?\s+((?:(?!WP\s?\d)(?:[A-Z][\w'’-]*|&|and|of|the|for)(?:\s+|$))+)")
_CODE_ALONE = re.compile(r"WP\s?(\d{1,2})")
_NAME_ALONE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|the|for))*")
