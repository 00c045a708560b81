"""Must-do tables that name the covering programmes in a cell instead of giving each programme a column:
"No. | National must-do | Local programme(s) | Coverage" with "P1 Neighbourhood Health Teams; P6 HSV Care
Record | Full" on a row.

Read like a matrix, such a table has two "priorities", the programmes column and the coverage column, and
every must-do looks covered by both. Which column names programmes shows in its cells: they differ from
row to row and run to several words, while a coverage column repeats a few short values. So each
programme the cell names becomes a cell of the must-do under that programme, saying the coverage level;
a must-do whose cell names none ("None - proposal due January 2027") is left with no entry, a gap."""

import re
from collections.abc import Callable

NAMES_DISTINCT = 0.75  # least share of different values among a programmes column's cells
LEVELS = 4  # most different values of a coverage column
LEVEL_WORDS = 3
MIN_ROWS = 3
_NONE = re.compile(r"^\s*(?:none\b|no\b|nil\b|n/?a\b|not (?:yet )?covered|[-–—]+\s*$)", re.IGNORECASE)
_CODE = re.compile(r"^\s*[A-Z]{1,4}\s?-?\d{1,2}\b")  # "P1", "WS3", "UEC-2": a programme's code


def programmes_named_in_cells(records: list[dict], record_id: Callable[[dict], str]) -> list[dict]:
    """The records of one must-do table, with a programmes column read as its programmes' cells (see
    the module's docstring); unchanged when no single column names programmes."""
    by_column: dict[str, list[dict]] = {}
    for record in records:
        by_column.setdefault(record["priority"], []).append(record)
    if len({r["mustdo"] for r in records}) < MIN_ROWS:
        return records
    names = [label for label, cells in by_column.items() if _names_programmes(cells)]
    levels = [label for label, cells in by_column.items() if label not in names and _levels(cells)]
    if len(names) != 1 or len(levels) > 1 or len(by_column) != 1 + len(levels):
        return records  # (many columns of marks beside one of words: a matrix with a notes column)
    level_of = {r["mustdo"]: r["text"] for label in levels[:1] for r in by_column[label]}
    return _per_programme(by_column[names[0]], level_of, record_id)


def _per_programme(cells: list[dict], text_of: dict[int, str], record_id: Callable[[dict], str]) -> list[dict]:
    """Each programme a column's cell names, as that programme's entry for the cell's must-do, its text
    `text_of` the must-do (else the cell's); a cell naming none ("None", "-") gives none: a gap."""
    out: list[dict] = []
    for cell in cells:
        if _NONE.match(cell["text"]):
            continue
        for programme in _programmes(_LEAD_IN.sub("", cell["text"])):
            programme, role = _with_role(programme)
            turned = {**cell, "priority": programme, "text": role or text_of.get(cell["mustdo"], cell["text"])}
            turned["id"] = record_id(turned)
            out.append(turned)
    return out


def _names_programmes(cells: list[dict]) -> bool:
    """Cells that differ from row to row and run to several words, or list several names ("Red, Green, Blue",
    "P1; P6"): a coverage column repeats a few short values and never lists."""
    texts = [c["text"] for c in cells]
    listing = sum(1 for t in texts if len(_listed(t)) > 1)
    return (len(texts) >= MIN_ROWS and len(set(texts)) >= NAMES_DISTINCT * len(texts)
            and (sum(len(t.split()) for t in texts) >= 2 * len(texts) or listing * LISTING_SHARE >= len(texts)))


LISTING_SHARE = 3  # a programmes column of short names lists several in at least one cell of this many
LISTED_WORDS = 3  # "Red, Green, Blue", "Frailty, Stroke": each listed name a few capitalised words


def _listed(text: str) -> list[str]:
    """A cell's comma-separated names, when each is a short capitalised name; else the cell itself."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    if len(pieces) > 1 and all(p[:1].isupper() and len(p.split()) <= LISTED_WORDS and " and " not in p for p in pieces):
        return pieces
    return [text]


def _levels(cells: list[dict]) -> bool:
    texts = [c["text"] for c in cells]
    return len(set(texts)) <= LEVELS and all(len(t.split()) <= LEVEL_WORDS for t in texts)


def _programmes(text: str) -> list[str]:
    """"P2 Front Door; Brindle & Upton Frailty Virtual Ward" -> both; "P1, P6" -> both (each part a code);
    "All programmes, through the Joint Forward Plan" -> itself."""
    parts = [p.strip() for p in text.split(";") if p.strip()]
    out: list[str] = []
    for part in parts:
        span = _CODE_RANGE.search(part)
        if span and span.group(3) in (None, span.group(1)) and int(span.group(2)) < int(span.group(4)) <= int(span.group(2)) + MAX_RANGE:
            # "All workstreams (W1-W9)": each code of the range
            out.extend(f"{span.group(1)}{n}" for n in range(int(span.group(2)), int(span.group(4)) + 1))
            continue
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        out.extend(pieces if len(pieces) > 1 and all(_CODE.match(p) for p in pieces) else _listed(part))
    return out


# "Covered by: PBO (lead); PLC; UEC": the words a cell opens with before the programmes it names
_LEAD_IN = re.compile(r"^\s*(?:covered|delivered|led|met|addressed|supported)\s+(?:by|through|via)\s*:?\s*", re.IGNORECASE)
# "PBO (lead)", "MHLD (liaison psychiatry)": a programme's code with what it does for the must-do
_CODE_NOTED = re.compile(r"^([A-Z][A-Za-z]{1,5}\d{0,2})\s*\(([^()]{2,60})\)$")


def _with_role(programme: str) -> tuple[str, str | None]:
    """A programme named by its code with its part in brackets ("PBO (lead)") -> ("PBO", "lead")."""
    m = _CODE_NOTED.match(programme.strip())
    return (m.group(1), m.group(2)) if m else (programme, None)


MAX_RANGE = 20  # most codes a range of codes names ("W1-W9")
_CODE_RANGE = re.compile(r"\b([A-Z]{1,4})(\d{1,2})\s?[-–]\s?([A-Z]{1,4})?(\d{1,2})\b")


# A column naming the work that delivers each must-do ("Delivered through", "Workstream(s)", "Lead
# programme"), and columns saying something else of the must-do: who leads it, by when, what is promised.
_DELIVERY_LABEL = re.compile(r"deliver|through|workstream|programme|scheme|project|initiative|covered by|vehicle|priorit")
# A column of people ("Executive lead", "SRO", "Responsible director"), not of programmes ("Lead programme").
PERSON_LABEL = re.compile(r"\b(?:owners?|leads?|sros?|responsible|accountable|director|executive|officer|chair|sponsor|manager)\b")
_DUE_LABEL = re.compile(r"^(?:by|by when|due|due date|deadline|date|target date|timescale|when|achieved by|delivery date)\b")


def attributes_apart(records: list[dict], record_id: Callable[[dict], str]) -> list[dict]:
    """A must-do table of one row per must-do whose columns are things said of it ("Our commitment |
    Delivered through | Executive lead | By"): only the delivery column covers the must-do, each
    programme it names an entry whose text is what is committed (the first column of words); the lead
    and the date are the row's, read as its row, not programmes covering it. Unchanged unless exactly
    one column names the delivering work by its label and another names a person or a date."""
    by_column: dict[str, list[dict]] = {}
    for record in records:
        by_column.setdefault(record["priority"], []).append(record)
    low = {label: label.lower().strip() for label in by_column}
    delivery = [label for label in by_column if _DELIVERY_LABEL.search(low[label]) and not PERSON_LABEL.search(low[label])]
    attributes = [label for label in by_column if PERSON_LABEL.search(low[label]) or _DUE_LABEL.match(low[label])]
    if len(delivery) != 1 or not attributes or len({r["mustdo"] for r in records}) < MIN_ROWS:
        return records
    said = next((label for label in by_column if label not in delivery and label not in attributes), None)
    promised = {r["mustdo"]: r["text"] for r in by_column.get(said, [])} if said else {}
    return _per_programme(by_column[delivery[0]], promised, record_id)


def attribute_columns(labels: list[str]) -> bool:
    """Whether a must-do table's labels name a person or a date besides the work that delivers it: its
    rows say who leads each must-do and by when, so they are read as rows too."""
    low = [label.lower().strip() for label in labels]
    return any(_DELIVERY_LABEL.search(l) and not PERSON_LABEL.search(l) for l in low) and \
        any(PERSON_LABEL.search(l) or _DUE_LABEL.match(l) for l in low)
