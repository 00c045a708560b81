"""Must-do matrices laid out the other way round: local programmes as rows and the national must-dos
as columns ("Local programme | MD1 System plan | MD2 Financial balance | ..."), as a tracker workbook
keeps them. Each non-empty cell is the same record the row-wise matrix gives: which programme
covers which must-do, in the cell's own words."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdo_matrix import notes_below, with_note
from bot.records.mustdos import identify_mustdo, renumbered, says_no
from bot.records.provenance import provenance, record_id
from bot.records.table_rows import table_caption
from bot.textnorm import squash

_NUMBERED = re.compile(r"^\s*(?:md|must[\s-]*dos?|national must[\s-]*dos?)\s*(?:no\.?|#)?\s*([1-9])\b", re.I)
MIN_MUSTDOS = 4  # a header naming fewer distinct must-dos is some other table
MIN_RENUMBERED = 2  # numbered columns whose words are another must-do's: the paper numbers its own priorities
LABEL_CHARS = 80
TITLE_LINES = 5  # how far above the header a title saying "must-dos" is looked for
# A column saying which place a row's programme is of ("Place", "Locality", "LDP"): its cell groups the rows.
_PLACE_LABEL = re.compile(r"^(?:place|area|plan area|locality|localities|borough|patch|ldp|system|footprint|place / system)$", re.I)
_SAYS_MUSTDOS = re.compile(r"must[\s-]*dos?\b")  # a column label is short; a longer cell is a row of text, not a header


def mustdo_columns(lines: list[SourceLine], at: int) -> dict[int, int]:
    """Column -> must-do number, for a tab-separated header row naming at least MIN_MUSTDOS distinct
    must-dos after its first (row label) cell. Numbered labels ("MD6", "Must do 6") say so themselves;
    labels that only name a topic ("Cancer", "Quality") count when the lines just above say the table
    is about must-dos, since a budget by programme has such columns too. A header whose row-label cell
    says "must-do" (or any label saying so without a number) heads must-dos down its rows, whatever its
    programme columns are called."""
    text = lines[at].text
    if text.count("\t") < MIN_MUSTDOS or any(_SAYS_MUSTDOS.search(cell.lower()) and not _NUMBERED.match(cell)
                                              for cell in text.split("\t")):
        # "National must-do | Neighbourhood Care GO1 | Cancer GO6 | ...", "No. | National must-do | P1 ...": a
        # column labelled as the must-dos holds them down its rows, whatever the other columns are called
        return {}
    numbered: dict[int, int] = {}
    named: dict[int, int] = {}
    for k, cell in enumerate(text.split("\t")[1:], start=1):
        if not cell.strip() or len(cell) > LABEL_CHARS:
            continue
        m = _NUMBERED.match(cell)
        if m and int(m.group(1)) not in numbered.values():
            numbered[k] = int(m.group(1))
        number = identify_mustdo(cell)
        if number is not None and number not in named.values():
            named[k] = number
    if len(numbered) >= MIN_MUSTDOS:
        return numbered
    if _mustdos_down(lines, at):
        return {}  # "1. STPs", "2. Finance", ... down the first column: the columns are the programmes
    above = " ".join(line.text for line in lines[max(0, at - TITLE_LINES): at]).lower()
    if not _SAYS_MUSTDOS.search(above):
        return {}
    labels = text.split("\t")
    own = own_numbers(labels[1:])
    if len(own) >= MIN_MUSTDOS and sum(renumbered(n, labels[k]) for k, n in own.items()) >= MIN_RENUMBERED:
        return own
    return named if len(named) >= MIN_MUSTDOS else {}


def _mustdos_down(lines: list[SourceLine], at: int) -> bool:
    """The rows under a header open with the must-dos themselves, each numbered as the must-do it names
    ("1. STPs", "2. Finance", ...), with the programmes, named in topic words, across: a table has them
    one way, not both. (Programmes named by topic down the rows, "Cancer", "Mental health", are no must-dos.)"""
    found: set[int] = set()
    for line in lines[at + 1: at + 1 + ROWS_LOOKED]:
        if "\t" not in line.text:
            break
        first = line.text.split("\t")[0]
        own, named = _OWN_NUMBER.match(first) or _NUMBERED.match(first), identify_mustdo(first)
        if own and named is not None and int(own.group(1)) == named:  # "7. Mental health": numbered as the must-do it names
            found.add(named)
    return len(found) >= MIN_MUSTDOS


ROWS_LOOKED = 12


_OWN_NUMBER = re.compile(r"^\s*([1-9])[.):]?\s+[A-Za-z]")


def own_numbers(labels: list[str]) -> dict[int, int]:
    """Columns the paper numbers itself, 1, 2, 3 ... in order ("1 Urgent & emergency care", "2 Elective
    care", ...): a later year's national priorities, numbered as that year's guidance numbers them,
    whatever the 2016/17 must-do their words recall (when at least MIN_RENUMBERED of them recall another
    one's: a grid numbering the 2016/17 must-dos as the guidance did is read as before)."""
    out: dict[int, int] = {}
    for k, cell in enumerate(labels, start=1):
        m = _OWN_NUMBER.match(cell) if cell.strip() and len(cell) <= LABEL_CHARS else None
        if m is None:
            continue
        if int(m.group(1)) != len(out) + 1:
            return {}
        out[k] = int(m.group(1))
    return out


def across_records(doc: ParsedDocument, lines: list[SourceLine], at: int, columns: dict[int, int],
                   section: str | None, area: str | None) -> Iterator[dict]:
    """The cells under the header at line `at`, row by row until the table ends (a line without cells)."""
    header = lines[at]
    labels = header.text.split("\t")
    caption = table_caption(lines, at)
    notes = notes_below(lines, at + 1)  # a cell's footnote ("a", "Yes (note 2)"), read with the cell
    place = next((k for k, label in enumerate(labels) if k not in columns and _PLACE_LABEL.match(squash(label))), None)
    for line in lines[at + 1:]:
        cells = line.text.split("\t")
        if len(cells) < 2 or not cells[0].strip():
            break
        programme = squash(cells[0])
        group = squash(cells[place]) if place is not None and place < len(cells) else ""
        where = (f"{section} › {group}" if section else group) if group else section  # "Pellingford": the place the row is of
        for k, number in columns.items():
            text = squash(cells[k]) if k < len(cells) else ""
            if not text or says_no(text):
                continue
            record = grid_cell(doc, area, number, programme, text, labels[k], header, caption, line, where)
            with_note(record, notes)
            yield record


def grid_cell(doc: ParsedDocument, area: str | None, number: int, programme: str, text: str, label: str, header: SourceLine,
              caption: str, line: SourceLine, where: str | None) -> dict:
    """The record of one programme's cell under one must-do's column, cited on its own line."""
    return {
        "id": record_id(doc.info.sha256, area, number, programme, text), "area": area, "mustdo": number,
        "priority": programme, "text": text, "quote": text[:300], "description": squash(label)[:300],
        "header_quote": squash(header.text)[:300], "header_page": header.page,
        "header_line": header.line if header.page is None else None, "caption": caption, **provenance(doc, line, where),
    }
