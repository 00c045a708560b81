"""Read plan tables from lines in either shape: tab-separated cells, or PDF layout text whose
columns are runs of spaces. Each cell fragment keeps the source line it came from."""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from bot.models import SourceLine
from bot.records.areas import closes_area, place_plan_name
from bot.reading.layout import is_heading, layout_chunks

_TABLE_TITLE = re.compile(r"must do|key milestones|priorities against|plan on a page|initiatives which")

_NUMBER_CELL = re.compile(r"^\(?\d{1,2}[.)]?$")
# A row's reference in a tab-separated table's number column: "CC1", "UEC-02", "P4", "LC2.1"
_REF_CELL = re.compile(r"^[A-Z]{1,5}[-\s.]?\d{1,3}(?:\.\d{1,2})?[a-z]?$")


@dataclass
class Fragment:
    source: SourceLine
    text: str


@dataclass
class Row:
    """One table row: per column, the fragments (one per physical line) that make up the cell."""

    cells: dict[int, list[Fragment]] = field(default_factory=dict)
    first: SourceLine | None = None

    def add(self, column: int, fragment: Fragment) -> None:
        if fragment.text.strip():
            self.cells.setdefault(column, []).append(fragment)

    def text(self, column: int) -> str:
        return " ".join(" ".join(f.text.split()) for f in self.cells.get(column, []))

    def fragments(self, column: int) -> list[Fragment]:
        return self.cells.get(column, [])


def is_tab_line(text: str) -> bool:
    return "\t" in text


def is_layout_line(text: str) -> bool:
    return len(layout_chunks(text)) >= 2


@dataclass
class Header:
    """Column roles found in a header line, and how to split a body line into those columns."""

    roles: dict[str, int]
    width: int
    tabbed: bool
    starts: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def split(self, text: str) -> list[str]:
        if self.tabbed:
            cells = text.split("\t")
            if len(cells) == self.width - 1 and self.roles.get("number") == 0 and len(cells[0].strip()) > 3 and not number_cell(cells[0]):
                cells = [""] + cells  # a row that lost its number cell
            elif "number" not in self.roles and len(cells) > 1 and not cells[0].strip() and len(cells[1].strip()) > 60:
                cells = cells[1:]  # a row shifted one cell right (a stray leading tab)
            return cells + [""] * (self.width - len(cells))
        cells = [""] * self.width
        for start, chunk in layout_chunks(text):
            column = max((i for i, s in enumerate(self.starts) if s <= start + 2), default=0)
            cells[column] = f"{cells[column]} {chunk}".strip()
        return cells


NUMBER_LABEL = re.compile(r"^(?:ref\.?|reference|no\.?|#|number|item)$")


def find_header(text: str, roles: dict[str, Callable[[str], bool]], required: tuple[str, ...], lead: str) -> Header | None:
    """A header when every required role matches some cell. An empty cell (or free space in layout
    text) before the `lead` column becomes the "number" column that starts each row."""
    tabbed = is_tab_line(text)
    if tabbed:
        cells = text.split("\t")
        starts: list[int] = []
    elif is_layout_line(text):
        chunks = layout_chunks(text)
        cells = [c for _, c in chunks]
        starts = [s for s, _ in chunks]
    else:
        return None
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        low = cell.lower()
        for role, test in roles.items():
            if role not in found and test(low):
                found[role] = i
                break
    if not all(r in found for r in required):
        return None
    if tabbed:
        before = cells[found[lead] - 1].strip().lower() if found[lead] > 0 else None
        if before is not None and (not before or NUMBER_LABEL.match(before)):  # "", "No.", "#", "Ref"
            found["number"] = found[lead] - 1
    elif found[lead] == 0 and starts[0] >= 4:
        starts = [0] + starts
        found = {role: i + 1 for role, i in found.items()}
        found["number"] = 0
        cells = [""] + cells
    return Header(roles=found, width=len(cells), tabbed=tabbed, starts=starts, labels=[" ".join(c.split()) for c in cells])


def ref_cell(text: str) -> str | None:
    """A row's reference code as written ("CC1"), where its number column gives one rather than a number."""
    return text.strip() if _REF_CELL.match(text.strip()) else None


def number_cell(text: str) -> str | None:
    m = _NUMBER_CELL.match(text.strip())
    return re.sub(r"\D", "", m.group(0)) if m else None


def ends_table(text: str, header: "Header | None" = None) -> bool:
    """A line with words that is not part of the table (not a bare page number) closes it. In layout
    text a wrapped cell's last words sit alone on a line, indented to their column: those continue it."""
    stripped = text.strip()
    if not stripped or stripped.isdigit() or "\t" in text:
        return False
    if len(stripped) <= 3 or is_layout_line(text):
        return False
    if header is not None and not header.tabbed:
        if is_heading(text, False) and (place_plan_name(text) or closes_area(text) or _TABLE_TITLE.search(text.lower())):
            return True
        start = len(text) - len(text.lstrip())
        return not any(abs(start - s) <= 2 for s in header.starts[1:]) or start < 2
    return True


def joined(fragments: list[Fragment]) -> tuple[str, list[tuple[int, int, Fragment]]]:
    """The cell's text, and which character span came from which fragment (its provenance)."""
    parts: list[str] = []
    spans: list[tuple[int, int, Fragment]] = []
    pos = 0
    for frag in fragments:
        piece = " ".join(frag.text.split())
        if not piece:
            continue
        if parts:
            pos += 1
        spans.append((pos, pos + len(piece), frag))
        parts.append(piece)
        pos += len(piece)
    return " ".join(parts), spans


def iter_rows(lines: list[SourceLine], start: int, header: Header,
              splits: Callable[[list[str], Row], bool] | None = None) -> Iterator[Row]:
    """Rows after a header until the table ends. A row starts at a number in the number column
    (or, without one, at text in the first cell) and takes every continuation line below it."""
    num_col = header.roles.get("number")
    row: Row | None = None
    for i in range(start, len(lines)):
        text = lines[i].text
        if ends_table(text, header):
            break
        if not text.strip() or text.strip().isdigit() or find_any_header(text):
            continue
        cells = header.split(text)
        if num_col is not None:
            lead = cells[num_col].strip()
            new = number_cell(lead) is not None or (header.tabbed and (0 < len(lead) <= 2 or bool(_REF_CELL.match(lead))))
        else:
            new = bool(cells[0].strip()) if header.tabbed else row is None
        if row is not None and not new and splits is not None:
            new = splits(cells, row)  # a row that lost its number but plainly starts a new record
        if row is None or new:
            if row is not None:
                yield row
            row = Row(first=lines[i])
        for column, cell in enumerate(cells):
            row.add(column, Fragment(lines[i], cell))
    if row is not None:
        yield row


def find_any_header(text: str) -> bool:
    """Repeated header lines ("(continued) Initiatives ... Scheme Owner") inside a table are skipped."""
    low = text.lower()
    return ("scheme owner" in low and "risk" in low) or ("must do" in low.replace("-", " ") and "\t" in text and len(low) < 400)


RUNNING_LINES = 2  # most lines of a page's running footer, or of the next page's running header


def runs_on(lines: list[SourceLine], k: int, header: str, second: str | None = None) -> int | None:
    """A tab-separated table that runs onto the next page without a header of its own: line `k` is the
    first after its last row, on the same page. Past the page's running footer and the next page's
    running header (each at most two lines, none a table row), rows of the header's width go on; a
    repeated header row (with the `second` row under it, when the header has two) is passed over. The
    index of the first row there, else None."""
    width = header.count("\t") + 1
    page = lines[k - 1].page if k > 0 else None
    if page is None or width < 2:
        return None
    j = _past_running(lines, k, page)
    if j is None or j >= len(lines) or lines[j].page != page + 1:
        return None
    top = j
    j = _past_running(lines, j, page + 1)
    if j is None or j >= len(lines) or lines[j].page != page + 1 or lines[j].text.count("\t") + 1 != width:
        return None
    if not _all_running(lines, top, j, page):
        return None  # a title of this page's own (a slide's) over the rows: another table of the same width
    if squash_cells(lines[j].text) == squash_cells(header):
        j += 1
        if second is not None and j < len(lines) and squash_cells(lines[j].text) == squash_cells(second):
            j += 1  # a header of two rows (a band of years over the months), repeated whole
    return j if j < len(lines) and lines[j].page == page + 1 and lines[j].text.count("\t") + 1 == width else None


def _past_running(lines: list[SourceLine], j: int, page: int) -> int | None:
    """The first line from j that is a tab row or on another page, past at most RUNNING_LINES others. A
    heading the reader knows (a slide's title, a sheet's name, a Word heading) is no running line: the
    table under it is another table."""
    passed = 0
    while j < len(lines) and lines[j].page == page and "\t" not in lines[j].text:
        if lines[j].heading > 0 and not _title_carried(lines, j, page):
            return None
        passed += bool(lines[j].text.strip())
        if passed > RUNNING_LINES:
            return None
        j += 1
    return j


def _all_running(lines: list[SourceLine], start: int, end: int, page: int) -> bool:
    """Whether every line above the rows on the next page (start..end) is running text: written on the
    page before too (a running header), its page numbers aside, or the page before's title said again
    as carried on ("Milestone tracker (2 of 2)", "Milestone tracker (continued)")."""
    before = {_unnumbered(line.text) for line in lines if line.page == page and line.text.strip()}
    return all(_unnumbered(lines[k].text) in before for k in range(start, end) if lines[k].text.strip())


def _title_carried(lines: list[SourceLine], j: int, page: int) -> bool:
    """A heading on a page that is the previous page's heading carried on: the same words once its
    numbers ("(2 of 2)") and a "continued" are set aside. A slide deck splits a long table so, over
    slides titled alike, and only the first slide's table has the header row."""
    key = _unnumbered(lines[j].text)
    return any(line.page == page - 1 and line.heading > 0 and _unnumbered(line.text) == key for line in lines)


# "(continued)", "cont'd", "contd.", "- continued": a title's mark that the page carries on the one before
_CONTINUED = re.compile(r"[\s(\[\-–—,]*\b(?:continued|cont['’]?d)\b\.?[)\]]?", re.IGNORECASE)


def _unnumbered(text: str) -> str:
    return " ".join(re.sub(r"\d+", "#", _CONTINUED.sub(" ", text)).split()).lower()


def squash_cells(text: str) -> list[str]:
    return [" ".join(c.split()).lower() for c in text.split("\t")]
