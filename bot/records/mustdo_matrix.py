"""Must-do matrices: "<area> priorities against the 9 National Must Do's", one row per national must-do
and one column per local priority. Each non-empty cell is a record: which priority covers which
must-do, in its own words, quoted from its line."""

import re
from collections import Counter
from collections.abc import Callable, Iterator

from bot.models import ParsedDocument, SourceLine
from bot.reading.layout import is_table_line
from bot.records.cut_words import merged_runs, word_counts
from bot.records.mustdo_named import PERSON_LABEL, attributes_apart, programmes_named_in_cells
from bot.records.mustdos import identify_mustdo, says_no, strong_mustdo
from bot.records.provenance import first_quote, provenance, record_id
from bot.records.abbreviations import code_keys
from bot.records.table_rows import table_caption
from bot.records.tables import Fragment, Header, Row, find_header, iter_rows
from bot.textnorm import squash

_MUST_DO = re.compile(r"must\s*-?\s*do")
CONTINUED = re.compile(r"^\(continued\)\s*")
MUSTDO_ROLES = {"mustdo": lambda c: bool(_MUST_DO.search(c))}


def mustdos_header(text: str) -> Header | None:
    """A must-do matrix's header; its must-do cell says "must do", so a line without "must" is passed over.
    A table whose other columns only name who answers for each must-do ("Must-do | Executive lead") is
    no matrix of what covers it: it is read as a table of rows, each person under their column."""
    header = find_header(text, MUSTDO_ROLES, ("mustdo",), lead="mustdo") if "must" in text.lower() else None
    if header is None:
        return None
    others = [label for label in header.labels[header.roles["mustdo"] + 1:] if label.strip()]
    if others and all(PERSON_LABEL.search(label.lower()) and not _WORK_LABEL.search(label.lower()) for label in others):
        return None
    return header


_WORK_LABEL = re.compile(r"programme|priorit|workstream|scheme|initiative|project|plan\b")


def mustdo_records(doc: ParsedDocument, lines: list[SourceLine], at: int, header: Header, section: str | None,
                   area: str | None, seen: set[str], vocabulary: Counter[str] | None = None) -> list[dict]:
    """The cells of the matrix whose header is line `at`. `vocabulary` is the document's word counts
    (cut_words.word_counts), when the caller has them: a paper with many matrices counts its words once."""
    first = _take_sub_header(lines, at + 1, header)
    labels_at = lines[first - 1] if first > at + 1 else lines[at]
    vocabulary = vocabulary if vocabulary is not None else word_counts(line.text for line in lines)
    out: list[dict] = []
    bands = column_bands(lines[at - 1].text if at > 0 else "", header)
    for row in iter_rows(lines, first, header, splits=_new_mustdo(header)):
        _mustdo(doc, row, header, labels_at, section, area, out, seen, vocabulary, bands)
    out = [r for r in out if r["priority"] not in _rating_columns(out)]
    out = programmes_named_in_cells(out, lambda r: record_id(doc.info.sha256, r["area"], r["mustdo"], r["priority"], r["text"]))
    out = attributes_apart(out, lambda r: record_id(doc.info.sha256, r["area"], r["mustdo"], r["priority"], r["text"]))
    caption = table_caption(lines, at)  # "How the six delivery programmes line up against the must-dos"
    key = key_below(lines, first)  # "Key: ✓ programme contributes directly; ✗ no contribution": what a cell says
    caption = f"{caption} {key}".strip()
    out = [r for r in out if not says_none(r["text"], dict(code_keys([key])))]
    notes = notes_below(lines, first)
    for record in out:
        record["caption"] = caption
        with_note(record, notes)
    return out


NOTE_REF = re.compile(r"\(note (\d{1,2})\)")  # how bot.reading.marks writes a mark's footnote number
# A footnote letter in a cell, alone (its tick lost in extraction) or after the mark: "a", "(b)", "Yes a"
LETTER_REF = re.compile(r"^(?:\S+\s+)?\(?([a-z])\)?$")
_NOTE = re.compile(r"^\s*(\d{1,2})[.)]?\s+(\S.{4,})$")
_LETTER_NOTE = re.compile(r"^\s*\(?([a-z])\)?[.)]?\s+([A-Z].{4,})$")  # "a Cancer contributes ... from Q3 only"
NOTES_WITHIN = 60  # lines after the table's first row where its notes are looked for


def notes_below(lines: list[SourceLine], first: int) -> dict[str, SourceLine]:
    """Number -> the line of the note it stands for, under the table ("4 GO5: autism diagnostic
    pathway ..."): the first numbered line, outside the table's rows, below its first row."""
    notes: dict[str, SourceLine] = {}
    for line in lines[first: first + NOTES_WITHIN]:
        m = _NOTE.match(line.text) or _LETTER_NOTE.match(line.text)
        if m and not is_table_line(line.text):
            notes.setdefault(m.group(1), line)
    return notes


_KEY = re.compile(r"^\s*key\b", re.I)


def key_below(lines: list[SourceLine], first: int) -> str:
    """The matrix's key under it, the line (and the next) saying what its marks mean."""
    for k in range(first, min(len(lines), first + NOTES_WITHIN)):
        if _KEY.match(lines[k].text) and not is_table_line(lines[k].text):
            after = lines[k + 1].text if k + 1 < len(lines) and not is_table_line(lines[k + 1].text) else ""
            return squash(f"{lines[k].text} {after}")[:300]
    return ""


# What a key says a mark means when it means the programme does nothing for the must-do: "no contribution", "none".
_NONE = re.compile(r"^\s*(?:no|none|nil|nothing|not)\b", re.I)


def says_none(text: str, codes: dict[str, str]) -> bool:
    """A cell whose mark the grid's key says is no contribution ("0 = no contribution", "✗ no contribution")
    is no entry: as blank as an empty cell, so a must-do every programme scores 0 is a gap."""
    meaning = codes.get(squash(text))
    return meaning is not None and _NONE.match(meaning) is not None


def with_note(record: dict, notes: dict[str, SourceLine]) -> None:
    """A cell ticked with a footnote ("Yes (note 4)", a letter "a" whose tick the extraction lost) read
    with its note, which says how the programme covers the must-do; the note's line is kept to be cited
    beside the cell's."""
    ref = NOTE_REF.search(record["text"]) or LETTER_REF.match(record["text"].strip())
    note = notes.get(ref.group(1)) if ref else None
    record["note_quote"] = squash(note.text)[:300] if note else ""
    record["note_page"] = note.page if note else None
    record["note_line"] = note.line if note and note.page is None else None
    if note:
        record["text"] = f"{record['text']}: {squash(note.text)}"


def column_bands(above: str, header: Header) -> dict[int, str]:
    """Column -> the band written over it in the row above the header ("Hexmarden" merged over HEX1 | HEX2 |
    HEX3, "System-wide" over SYS1 | SYS2), as a spreadsheet's merged cells leave them: a band runs right to
    the next one. Only a sparse row of names over the priority columns is read so: every band over two or
    more columns, none over the must-do's own column, each holding a word (not a year or a figure)."""
    if not header.tabbed or "\t" not in above:
        return {}
    cells = above.split("\t")
    first = header.roles["mustdo"] + 1
    named = [k for k, c in enumerate(cells) if c.strip()]
    if len(named) < 2 or named[0] < first or not all(any(ch.isalpha() for ch in cells[k]) for k in named):
        return {}
    ends = [*named[1:], header.width]
    if any(end - k < 2 for k, end in zip(named, ends)):
        return {}
    return {column: squash(cells[k]) for k, end in zip(named, ends) for column in range(k, end)}


def _mustdo(doc: ParsedDocument, row: Row, header: Header, labels_at: SourceLine, section: str | None,
            area: str | None, out: list[dict], seen: set[str], vocabulary: Counter[str], bands: dict[int, str]) -> None:
    col = header.roles["mustdo"]
    description = row.text(col)
    lead = row.text(header.roles["number"]) if "number" in header.roles else ""
    number = identify_mustdo(description, lead)
    if number is None:
        return
    labels = _priority_labels(header)
    for column, text, (source, quote) in _priority_cells(row, range(col + 1, header.width), vocabulary):
        if not squash(text) or column not in labels or says_no(text) or _REMARKS.match(labels[column]):
            continue
        key = f"{area}|{number}|{labels[column]}|{squash(text)[:80]}"
        if key in seen or source is None:
            continue
        seen.add(key)
        out.append({
            "id": record_id(doc.info.sha256, area, number, labels[column], text), "area": area, "mustdo": number,
            "priority": labels[column], "text": squash(text), "quote": quote, "description": squash(description)[:300],
            "header_quote": squash(labels_at.text)[:300].rsplit(" ", 1)[0] if len(squash(labels_at.text)) > 300 else squash(labels_at.text),
            "header_page": labels_at.page, "header_line": labels_at.line if labels_at.page is None else None,
            **provenance(doc, source, f"{section} › {bands[column]}" if column in bands and section else bands.get(column, section)),
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
        text, quote = whole.get(k) or (texts[k], first_quote(row.fragments(column)))
        yield column, text, quote


def _span_quote(cells: list[list[Fragment]]) -> tuple[SourceLine | None, str]:
    """The cut pieces of a merged cell as its line shows them, when they all sit on one line."""
    firsts = [frags[0] for frags in cells if frags]
    text = " ".join(squash(f.text) for f in firsts)
    if firsts and all(f.source == firsts[0].source for f in firsts) and text in squash(firsts[0].source.text):
        return firsts[0].source, text[:300]
    return first_quote(cells[0])


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


_RATING = re.compile(r"^(?:red|amber|green|blue|r|a|g|b|a/g|a/r|amber/green|amber/red|red/amber|green/amber)$", re.I)


def _rating_columns(records: list[dict]) -> set[str]:
    """Columns whose every cell is a RAG rating ("Assurance: Green"): the committee's view of each
    must-do, not a programme that covers it."""
    texts: dict[str, list[str]] = {}
    for record in records:
        texts.setdefault(record["priority"], []).append(squash(record["text"]))
    return {label for label, cells in texts.items() if len(cells) > 1 and all(_RATING.match(c) for c in cells)}


# A column of remarks on each must-do ("Note": "Delivered through the Cancer Alliance plan") says how
# the must-do is met or why not; it is no local priority covering it.
_REMARKS = re.compile(r"^\s*(?:notes?|comments?|remarks?|commentary)\s*$", re.I)


def _priority_labels(header: Header) -> dict[int, str]:
    """Column -> the priority it stands for ("P3", "WP1: ...", "Transforming Urgent Care")."""
    labels: dict[int, str] = {}
    for column in range(header.roles["mustdo"] + 1, header.width):
        label = header.labels[column] if column < len(header.labels) else ""
        label = CONTINUED.sub("", label).strip()
        labels[column] = label or f"column {column - header.roles['mustdo']}"
    return labels
