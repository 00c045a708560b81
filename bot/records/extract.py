"""Plan records read at ingest time: initiatives and their milestones from the LDP tables, must-do
coverage from the "priorities against the 9 National Must Do's" matrices, and people named in prose.
Every record keeps the document, page or line, section and the quoted text it came from."""

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from bot.models import ParsedDocument, SourceLine
from bot.reading.layout import is_table_line
from bot.records.abbreviations import code_keys, definitions
from bot.records.areas import AreaBook
from bot.records.blocks import block_records
from bot.records.cut_words import merged_runs, word_counts
from bot.records.dates import plan_fy_start
from bot.records.lists import list_records
from bot.records.matrices import matrix_lists
from bot.records.milestones import parse_milestones, split_title
from bot.records.mustdos import identify_mustdo, strong_mustdo
from bot.records.owners import split_owners
from bot.records.people import people_in
from bot.records.sections import LineContext, document_areas, line_contexts
from bot.records.table_rows import row_records
from bot.records.tables import Fragment, Header, Row, find_header, iter_rows, joined, number_cell
from bot.records.trackers import grid_records, tracker_records
from bot.textnorm import squash

_OWNER_LABEL = re.compile(r"(scheme |initiative )?(owners?|leads?)( and leads?)?:?")
_MUST_DO = re.compile(r"must\s*-?\s*do")
_CONTINUED = re.compile(r"^\(continued\)\s*")
INITIATIVE_ROLES = {
    "title": lambda c: "initiatives which" in c or (c.startswith(("initiative", "(continued) initiative")) and len(c) < 70),
    "owner": lambda c: bool(_OWNER_LABEL.fullmatch(c.strip())),
    "risks": lambda c: c.startswith("risk"),
    "governance": lambda c: "governance" in c,
    "interdependencies": lambda c: "interdependenc" in c,
}
MUSTDO_ROLES = {"mustdo": lambda c: bool(_MUST_DO.search(c))}
_WP = re.compile(r"\bWP\s?(\d{1,2})\b")
def _id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _provenance(doc: ParsedDocument, source: SourceLine, section: str | None) -> dict:
    return {
        "doc_id": doc.info.id, "document": doc.info.file_name, "doc_title": doc.info.title,
        "page": source.page, "line": source.line if source.page is None else None, "section": section,
    }


def _quote(fragments: list[Fragment], limit: int = 300) -> tuple[SourceLine | None, str]:
    """The first fragment's text: always a verbatim piece of one line."""
    for frag in fragments:
        text = squash(frag.text)
        if text:
            return frag.source, text[:limit].rsplit(" ", 1)[0] if len(text) > limit else text
    return None, ""


def extract_records(doc: ParsedDocument, book: AreaBook | None = None,
                    contexts: Sequence[LineContext] | None = None) -> dict[str, list[dict]]:
    """Every plan record the document states; `book` is the build's plan areas (default: the document's
    own), `contexts` the lines read with it when the caller has them already (passages read the same)."""
    book = book if book is not None else document_areas(doc.lines)
    marks = contexts if contexts is not None else list(line_contexts(doc.lines, book))
    context_of = {i: (section, area) for i, (_, section, area, _) in enumerate(marks)}
    headings = {i for i, mark in enumerate(marks) if mark[3]}
    initiatives: list[dict] = []
    milestones: list[dict] = []
    mustdos: list[dict] = []
    seen_rows: set[str] = set()
    lines = doc.lines
    trackers = tracker_records(doc, context_of, split_owners, book.in_text)  # milestone trackers (Excel sheets and the like)
    vocabulary = None
    for i, line in enumerate(lines):
        if not is_table_line(line.text) or i in trackers.headers:
            continue
        section, area = context_of.get(i, (None, None))
        header = _initiatives_header(line.text)
        if header:
            fy = plan_fy_start(line.text)
            for row in iter_rows(lines, i + 1, header):
                _initiative(doc, row, header, section, area, fy, initiatives, milestones, seen_rows)
            continue
        header = _mustdos_header(line.text)
        if header and header.width - header.roles["mustdo"] >= 2:
            first = _take_sub_header(lines, i + 1, header)
            labels_at = lines[first - 1] if first > i + 1 else line
            vocabulary = vocabulary if vocabulary is not None else word_counts(line.text for line in lines)
            for row in iter_rows(lines, first, header, splits=_new_mustdo(header)):
                _mustdo(doc, row, header, labels_at, section, area, mustdos, seen_rows, vocabulary)
    texts = [line.text for line in lines]
    rows = list(row_records(lines, context_of, doc.info.sha256, lambda src, sec: _provenance(doc, src, sec), _claimed))
    grids = grid_records(rows, split_owners, book.in_text, plan_fy_start(" ".join(texts[:40])))  # delivery plans as grids
    return {
        "initiatives": initiatives + trackers.initiatives + grids.initiatives,
        "milestones": milestones + trackers.milestones + grids.milestones,
        "mustdos": mustdos,
        "people": list(_people(doc, context_of)),
        "programmes": list(_programmes(doc, context_of)),
        "rows": [*rows, *block_records(lines, context_of, doc.info.sha256, lambda src, sec: _provenance(doc, src, sec))],
        "lists": [*list_records(lines, context_of, headings, doc.info.sha256, lambda src, sec: _provenance(doc, src, sec)),
                  *matrix_lists(rows, lines, doc.info.sha256)],
        "abbreviations": _abbreviations(doc, texts),
    }


def _claimed(text: str) -> bool:
    """Header lines of the tables the specialised readers take (initiatives, must-do matrices)."""
    return _initiatives_header(text) is not None or _mustdos_header(text) is not None


def _initiatives_header(text: str) -> Header | None:
    """An LDP initiatives table's header. Its title cell names initiatives: every table line is asked,
    and a line without the word is passed over before it is split into cells."""
    return find_header(text, INITIATIVE_ROLES, ("title", "owner"), lead="title") if "initiative" in text.lower() else None


def _mustdos_header(text: str) -> Header | None:
    """A must-do matrix's header; its must-do cell says "must do", so a line without "must" is passed over."""
    return find_header(text, MUSTDO_ROLES, ("mustdo",), lead="mustdo") if "must" in text.lower() else None


def _abbreviations(doc: ParsedDocument, texts: list[str]) -> list[dict]:
    pairs = {("abbreviation", a, e) for a, e in definitions(texts)} | {("code", c, m) for c, m in code_keys(texts)}
    return [{"id": _id(doc.info.sha256, kind, short, long), "kind": kind, "short": short, "long": long,
             "document": doc.info.file_name} for kind, short, long in sorted(pairs)]


def _initiative(doc: ParsedDocument, row: Row, header: Header, section: str | None, area: str | None, fy: int,
                initiatives: list[dict], milestones: list[dict], seen: set[str]) -> None:
    roles = header.roles
    title_cell, spans = joined(row.fragments(roles["title"]))
    title_cell = _CONTINUED.sub("", title_cell)
    if not title_cell or "initiatives which we will focus" in title_cell.lower():
        return
    title, milestone_text, offset = split_title(title_cell)
    owner_raw = row.text(roles["owner"])
    key = f"{area}|{squash(title_cell)[:120]}"
    if key in seen:
        return
    seen.add(key)
    number = number_cell(row.text(roles["number"])) if "number" in roles else None
    parsed = [(offset, span) for span in parse_milestones(milestone_text, fy)]
    # Dates in the initiative's own words ("... model from April 2017") are milestones too.
    parsed += [(0, span) for span in parse_milestones(title, fy) if span.period.precision != "unknown" and span.due_raw]
    if not title and parsed:
        title = parsed[0][1].text
    source, quote = _quote(row.fragments(roles["title"]))
    owner_source, owner_quote = _quote(row.fragments(roles["owner"]))
    if source is None:
        return
    iid = _id(doc.info.sha256, area, number, title_cell)
    initiatives.append({
        "id": iid, "area": area, "number": number, "title": title, "owners": json.dumps(split_owners(owner_raw)),
        "owner_raw": owner_raw, "risks": row.text(roles["risks"]) if "risks" in roles else "",
        "governance": row.text(roles["governance"]) if "governance" in roles else "",
        "interdependencies": row.text(roles["interdependencies"]) if "interdependencies" in roles else "",
        "row_text": squash(" ".join(row.text(c) for c in sorted(row.cells))), "quote": quote,
        "owner_quote": owner_quote, "owner_page": owner_source.page if owner_source else None,
        "owner_line": owner_source.line if owner_source and owner_source.page is None else None,
        "fy_start": fy, **_provenance(doc, source, section),
    })
    for n, (base, span) in enumerate(parsed):
        where = _fragment_for(spans, base + span.start)
        msource, mquote = (where.source, _clip(where, span.text)) if where else (source, quote)
        milestones.append({
            "id": _id(iid, n, span.text), "initiative_id": iid, "area": area, "initiative": title,
            "text": span.text, "due_raw": span.due_raw,
            "start": span.period.start.isoformat() if span.period.start else None,
            "end": span.period.end.isoformat() if span.period.end else None,
            "precision": span.period.precision, "owner": owner_raw, "quote": mquote,
            **_provenance(doc, msource, section),
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


def _mustdo(doc: ParsedDocument, row: Row, header: Header, labels_at: SourceLine, section: str | None,
            area: str | None, out: list[dict], seen: set[str], vocabulary: Counter[str]) -> None:
    col = header.roles["mustdo"]
    description = row.text(col)
    lead = row.text(header.roles["number"]) if "number" in header.roles else ""
    number = identify_mustdo(description, lead)
    if number is None:
        return
    labels = _priority_labels(header)
    for column, text, (source, quote) in _priority_cells(row, range(col + 1, header.width), vocabulary):
        if not squash(text) or column not in labels:
            continue
        key = f"{area}|{number}|{labels[column]}|{squash(text)[:80]}"
        if key in seen or source is None:
            continue
        seen.add(key)
        out.append({
            "id": _id(doc.info.sha256, area, number, labels[column], text), "area": area, "mustdo": number,
            "priority": labels[column], "text": squash(text), "quote": quote, "description": squash(description)[:300],
            "header_quote": squash(labels_at.text)[:300].rsplit(" ", 1)[0] if len(squash(labels_at.text)) > 300 else squash(labels_at.text),
            "header_page": labels_at.page, "header_line": labels_at.line if labels_at.page is None else None,
            **_provenance(doc, source, section),
        })


def _priority_cells(row: Row, columns: range, vocabulary: Counter[str]
                    ) -> Iterator[tuple[int, str, tuple[SourceLine | None, str]]]:
    """(column, text, quote) of each priority cell. A cell merged over several columns and cut at their
    edges is read whole for each column it spans, quoted as the line shows it (see cut_words)."""
    texts = [row.text(column) for column in columns]
    whole: dict[int, tuple[str, tuple[SourceLine | None, str]]] = {}
    for first, last, text in merged_runs(texts, vocabulary):
        quote = _span_quote([row.fragments(columns[k]) for k in range(first, last + 1)])
        for k in range(first, last + 1):
            whole[k] = (text, quote)
    for k, column in enumerate(columns):
        text, quote = whole.get(k) or (texts[k], _quote(row.fragments(column)))
        yield column, text, quote


def _span_quote(cells: list[list[Fragment]]) -> tuple[SourceLine | None, str]:
    """The cut pieces of a merged cell as its line shows them, when they all sit on one line."""
    firsts = [frags[0] for frags in cells if frags]
    text = " ".join(squash(f.text) for f in firsts)
    if firsts and all(f.source == firsts[0].source for f in firsts) and text in squash(firsts[0].source.text):
        return firsts[0].source, text[:300]
    return _quote(cells[0])


def _new_mustdo(header: Header) -> "Callable[[list[str], Row], bool]":
    """A continuation line whose must-do cell opens with a different must-do's wording starts that row."""
    col = header.roles["mustdo"]

    def splits(cells: list[str], row: Row) -> bool:
        cell = cells[col].strip() if col < len(cells) else ""
        if len(cell) < 40 or not cell[:1].isupper():
            return False
        new = strong_mustdo(cell)
        return new is not None and new != strong_mustdo(row.text(col))

    return splits


def _take_sub_header(lines: list[SourceLine], start: int, header: Header) -> int:
    """A second header line under the first ("| | Transforming Community | ...") names the columns."""
    k = start
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    if k >= len(lines) or not is_table_line(lines[k].text):
        return start
    cells = header.split(lines[k].text)
    col = header.roles["mustdo"]
    named = [c for c in cells[col + 1:] if c.strip()]
    if all(not c.strip() for c in cells[: col + 1]) and len(named) >= 2:
        header.labels = [*header.labels[: col + 1], *(" ".join(c.split()) for c in cells[col + 1:])]
        return k + 1
    return start


def _priority_labels(header: Header) -> dict[int, str]:
    """Column -> the priority it stands for ("P3", "WP1: ...", "Transforming Urgent Care")."""
    labels: dict[int, str] = {}
    for column in range(header.roles["mustdo"] + 1, header.width):
        label = header.labels[column] if column < len(header.labels) else ""
        label = _CONTINUED.sub("", label).strip()
        labels[column] = label or f"column {column - header.roles['mustdo']}"
    return labels


def _people(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]]) -> Iterator[dict]:
    for person in people_in(doc, contexts, _provenance):
        parts = person.pop("id_parts")
        yield {"id": _id(doc.info.sha256, *parts), **person}


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
            yield {"id": _id(doc.info.sha256, area, code), "area": area, "code": code, "name": name,
                   "quote": quote, **_provenance(doc, line, section)}


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
