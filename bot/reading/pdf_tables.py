"""PDF tables read by their geometry: the ruling lines and cell boxes drawn on the page, and where
each piece of text starts. A page whose lines form a grid is read row by row, each row as tab-separated
cells (wrapped cell lines joined), the shape the record extraction reads; text outside the grid is
read line by line around it. Works on pypdf's one pass over the page, the same pass that gives the
plain text, so a page costs no more to read than before."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from bot.reading.marks import row_line
from bot.reading.pdf_prose_columns import loose_lines
from bot.reading.pdf_runs import Chunk, baselines, run_end

TOL = 1.5  # points: lines this close are one line
THIN = 2.5  # points: a filled box this thin is a rule, not a background


@dataclass
class Geometry:
    """What one pass over a page's content saw: text starts and horizontal and vertical rules."""

    chunks: list[Chunk] = field(default_factory=list)
    turns: list[int] = field(default_factory=list)  # each run's quarter turns from upright (2: any other angle)
    hlines: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1)
    vlines: list[tuple[float, float, float]] = field(default_factory=list)  # (x, y0, y1)
    _path: list[list[tuple[float, float]]] = field(default_factory=list)

    def operator(self, op: bytes, args: list, cm: list[float], tm: list[float]) -> None:
        """pypdf's visitor before each content operator: collect paths and what paints them."""
        try:
            if op == b"re":
                x, y, w, h = (float(a) for a in args[:4])
                self._path.append([_apply(cm, x, y), _apply(cm, x + w, y), _apply(cm, x + w, y + h), _apply(cm, x, y + h),
                                   _apply(cm, x, y)])
            elif op == b"m":
                self._path.append([_apply(cm, float(args[0]), float(args[1]))])
            elif op == b"l" and self._path:
                self._path[-1].append(_apply(cm, float(args[0]), float(args[1])))
            elif op in (b"S", b"s"):
                self._stroke()
            elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
                self._fill(stroked=op.startswith((b"B", b"b")))
            elif op == b"n":
                self._path = []
        except (TypeError, ValueError, IndexError):
            self._path = []

    def text(self, text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        """pypdf's visitor for each run of text: where it starts, and each of its lines below that."""
        if not text.strip():
            return
        x, y = _apply(cm, tm[4], tm[5])
        step = abs(size * tm[3] * cm[3]) * 1.15 or 10.0
        dx, dy = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]  # which way the text runs
        scale = (dx * dx + dy * dy) ** 0.5
        for k, part in enumerate(text.split("\n")):
            if part.strip():
                self.chunks.append(Chunk(x, y - k * step, part.replace("\x7f", "•"), abs(size) * scale))
                self.turns.append(quarter_turns(dx, dy))

    def _stroke(self) -> None:
        for points in self._path:
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                self._segment(x0, y0, x1, y1)
        self._path = []

    def _fill(self, stroked: bool) -> None:
        for points in self._path:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            if height <= THIN < width:
                self.hlines.append(((min(ys) + max(ys)) / 2, min(xs), max(xs)))
            elif width <= THIN < height:
                self.vlines.append(((min(xs) + max(xs)) / 2, min(ys), max(ys)))
        if stroked:
            self._stroke()
        self._path = []

    def _segment(self, x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y0 - y1) <= TOL and abs(x1 - x0) > TOL:
            self.hlines.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= TOL and abs(y1 - y0) > TOL:
            self.vlines.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def quarter_turns(dx: float, dy: float) -> int:
    """0 for text running left to right, 1 running up the page, -1 down it, 2 at any other angle."""
    if abs(dy) <= 0.05 * abs(dx) and dx > 0:
        return 0
    if abs(dx) <= 0.05 * abs(dy):
        return 1 if dy > 0 else -1
    return 2


def _apply(cm: list[float], x: float, y: float) -> tuple[float, float]:
    return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]


def _merge(lines: list[tuple[float, float, float]]) -> list[tuple[float, float, float]]:
    """Collinear pieces (a grid drawn cell by cell) joined into whole lines."""
    out: list[list[float]] = []
    for at, a, b in sorted(lines):
        last = out[-1] if out else None
        if last and abs(last[0] - at) <= TOL and a <= last[2] + TOL:
            last[2] = max(last[2], b)
        else:
            out.append([at, a, b])
    return [(at, a, b) for at, a, b in out]


@dataclass
class Grid:
    """One table: its column edges (left to right) and row edges (top to bottom), and its rules."""

    xs: list[float]
    ys: list[float]
    vlines: list[tuple[float, float, float]]
    hlines: list[tuple[float, float, float]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.ys[0]

    def holds(self, chunk: Chunk) -> bool:
        return self.xs[0] - TOL <= chunk.x <= self.xs[-1] and self.ys[-1] <= chunk.y <= self.ys[0]

    def edges_in_band(self, top: float, bottom: float) -> list[float]:
        """Column edges drawn across a row band: a merged cell has none inside it."""
        middle = (top + bottom) / 2
        return [x for x in self.xs if any(abs(x - vx) <= TOL and y0 - TOL <= middle <= y1 + TOL for vx, y0, y1 in self.vlines)]

    def rows(self, chunks: list[Chunk], labels: dict[int, list[Chunk]] | None = None,
             heads: list[list[Chunk]] | None = None) -> list[list[str]]:
        """Each row band's cells; with `labels` (a band's row label written left of the rules) each row
        leads with its label, and `heads` (column headings written above the top rule) make a header."""
        out = []
        if heads:
            left = [" ".join(c.text.strip() for c in heads[0] if c.x < self.xs[0] - TOL)] if labels else []
            out.append([*left, *(" ".join(c.text.strip() for c in cell) for cell in heads[1:])])
        merged = self._merged_down()
        for band, (top, bottom) in enumerate(zip(self.ys, self.ys[1:])):
            edges = self.edges_in_band(top, bottom)
            if len(edges) < 2:
                continue
            if len(edges) == 2 and self._runs_by_column([c for c in chunks if bottom <= c.y <= top]):
                edges = self.xs  # a header drawn on one filled band: each heading in its column, no rules between
            cells: list[list[Chunk]] = [[] for _ in self.xs[:-1]]
            for chunk in chunks:
                if bottom <= chunk.y <= top and edges[0] - TOL <= chunk.x <= edges[-1]:
                    left = max(e for e in edges if e <= chunk.x + TOL)
                    cells[min(range(len(self.xs) - 1), key=lambda i: abs(self.xs[i] - left))].append(chunk)
            for column, (first, last) in merged.get(band, {}).items():  # a cell merged down over this row and others
                cells[column] = [c for c in chunks if self.ys[last + 1] <= c.y <= self.ys[first]
                                 and self.xs[column] - TOL <= c.x < self.xs[column + 1] - TOL]
            texts = [" ".join(c.text.strip() for c in sorted(cell, key=lambda c: (-round(c.y), c.x))) for cell in cells]
            if labels:
                texts = [" ".join(c.text.strip() for c in labels.get(band, [])), *texts]
            if any(t.strip() for t in texts):
                out.append(texts)
        return out


    def _merged_down(self) -> dict[int, dict[int, tuple[int, int]]]:
        """Row band -> {column: (first band, last band)} for each cell merged down over two or more rows: no
        rule is drawn across that column between them ("Owner" written once, mid-run, for three rows), so
        each of those rows holds the cell's text. A grid whose rules are not drawn column by column (none
        known) merges nothing."""
        if not self.hlines:
            return {}
        out: dict[int, dict[int, tuple[int, int]]] = {}
        for column in range(len(self.xs) - 1):
            middle = (self.xs[column] + self.xs[column + 1]) / 2
            first = 0
            for band in range(1, len(self.ys)):
                drawn = band == len(self.ys) - 1 or any(abs(self.ys[band] - y) <= TOL and x0 - TOL <= middle <= x1 + TOL
                                                        for y, x0, x1 in self.hlines)
                if drawn:
                    if band - 1 > first:
                        for b in range(first, band):
                            out.setdefault(b, {})[column] = (first, band - 1)
                    first = band
        return out

    def _runs_by_column(self, band: list[Chunk]) -> bool:
        """Whether a band with no rules inside holds a run of text per column on one baseline, each
        ending before the next column starts ("National must-do  PHC  INC  UEC" over a ruled grid), not
        one merged cell's text (one run, or runs that flow across the columns)."""
        inner = self.xs[1:-1]
        for line in baselines(band):
            columns = [sum(1 for x in inner if x <= c.x + TOL) for c in line]
            if len(line) < MIN_HEADINGS or len(set(columns)) < len(columns):
                continue
            if all(run_end(c) <= self.xs[columns[k + 1]] + TOL for k, c in enumerate(line[:-1])):
                return True
        return False


MIN_HEADINGS = 3  # runs a header band holds at least (a label and a value may share a merged cell)


def find_grids(geometry: Geometry) -> list[Grid]:
    """Tables: groups of horizontal and vertical rules that cross, at least two columns by two rows."""
    hlines, vlines = _merge(geometry.hlines), _merge(geometry.vlines)
    grids = []
    used: set[int] = set()
    for i, v in enumerate(vlines):
        if i in used:
            continue
        group_v, group_h = {i}, set()
        grow = True
        while grow:
            grow = False
            for j, h in enumerate(hlines):
                if j not in group_h and any(_cross(h, vlines[k]) for k in group_v):
                    group_h.add(j)
                    grow = True
            for k, w in enumerate(vlines):
                if k not in group_v and any(_cross(hlines[j], w) for j in group_h):
                    group_v.add(k)
                    grow = True
        used |= group_v
        xs = sorted({round(vlines[k][0], 1) for k in group_v})
        ys = sorted({round(hlines[j][0], 1) for j in group_h}, reverse=True)
        if len(xs) >= 3 and len(ys) >= 3:
            grid = Grid(xs=_dedupe(xs), ys=_dedupe(ys), vlines=[vlines[k] for k in group_v], hlines=[hlines[j] for j in group_h])
            used |= _header_band(grid, vlines, hlines, used)
            grids.append(grid)
    return grids


MIN_BAND_RULES = 3  # rules between headings a header band drawn without a rule across needs, at the grid's column edges


def _header_band(grid: Grid, vlines: list[tuple[float, float, float]], hlines: list[tuple[float, float, float]],
                 used: set[int]) -> set[int]:
    """A grid's header band drawn with rules only between its headings (a filled band over the table, no
    rule across its foot): short column rules standing above the grid's top rule, at its column edges and
    crossing no rule of their own, end where the band ends. Their span is the header's row and the gap below
    it down to the top rule a row of the grid too (a first row left unruled above, as a slide's must-do
    grid leaves its "all priorities" row), so the headings are read over their columns. The band's foot is
    taken as ruled across. (Only a gap of about a row or two: a table further up is another table.) Returns
    the rules taken into the grid."""
    heights = sorted(a - b for a, b in zip(grid.ys, grid.ys[1:]))
    reach = 2 * heights[len(heights) // 2] + TOL
    found = [(k, v) for k, v in enumerate(vlines) if k not in used and any(abs(v[0] - x) <= TOL for x in grid.xs)
             and grid.top - TOL <= v[1] <= grid.top + reach and not any(_cross(h, v) for h in hlines)]
    if not found:
        return set()
    foot = min(v[1] for _, v in found)
    band = [(k, v) for k, v in found if abs(v[1] - foot) <= TOL]
    head = max(v[2] for _, v in band)
    if len(band) < MIN_BAND_RULES or any(abs(v[2] - head) > TOL for _, v in band) or head - foot < 2 * TOL:
        return set()
    grid.ys[:0] = [head, foot] if foot > grid.top + TOL else [head]
    grid.vlines += [v for _, v in band]
    grid.hlines.append((foot, grid.xs[0], grid.xs[-1]))
    return {k for k, _ in band}


def _cross(h: tuple[float, float, float], v: tuple[float, float, float]) -> bool:
    return h[1] - TOL <= v[0] <= h[2] + TOL and v[1] - TOL <= h[0] <= v[2] + TOL


def _dedupe(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or abs(v - out[-1]) > TOL:
            out.append(v)
    return out


def page_lines(geometry: Geometry, grids: list[Grid]) -> Iterator[str]:
    """The page top to bottom: text outside the tables line by line, each table as its rows. Two tables
    side by side (performance figures beside a list of contacts) read one whole table, then the other."""
    items: list[tuple[float, float, int, str]] = []
    loose = [c for c in geometry.chunks if not any(g.holds(c) for g in grids)]
    outside = {id(grid): set_outside(grid, loose) for grid in grids}  # row labels and headings drawn outside the rules
    taken = {id(c) for labels, heads in outside.values() for runs in [*labels.values(), *heads] for c in runs}
    loose = [c for c in loose if id(c) not in taken]
    # text between two tables' rows is read apart from text past them; prose in columns beside a table
    # is read a column at a time
    cuts = sorted({y for grid in grids for y in (grid.ys[0], grid.ys[-1])})
    bands: dict[int, list[Chunk]] = {}
    for chunk in loose:
        bands.setdefault(sum(1 for y in cuts if y < chunk.y), []).append(chunk)
    for band in bands.values():
        for y, k, line in loose_lines(band):
            items.append((-y, 0.0, k, line))
    for grid in grids:
        inside = [c for c in geometry.chunks if grid.holds(c)]
        labels, heads = outside[id(grid)]
        rows = [row_line(cells) for cells in grid.rows(inside, labels, heads)]
        if any(other is not grid and other.ys[-1] < grid.top and grid.ys[-1] < other.top for other in grids):
            rows += ["", ""]  # beside another table: two blank lines end this one before that one starts
        items += [(-grid.top, grid.xs[0], k, row) for k, row in enumerate(rows)]
    for *_, line in sorted(items, key=lambda item: item[:3]):
        yield line


MIN_LABELLED = 3  # row bands a label left of the rules must lead, for the labels to be a column of the table
HEAD_ROOM = 30.0  # points above the top rule in which a table's column headings stand


def set_outside(grid: Grid, loose: list[Chunk]) -> tuple[dict[int, list[Chunk]], list[list[Chunk]]]:
    """A grid ruled only round its cells, as a slide's must-do matrix is drawn: the programme names down
    its left, level with its rows but left of the first rule, are the rows' first cells; the headings
    above its top rule, one over each column ("MD1" over "STP"), its header. ({row band: its label's
    runs}, [the header's runs left of the rules, then each column's]); no labels when most rows have none
    (the rows' labels then in the grid's own first column, their headings still above it), no header when
    most columns have no heading (text beside a table is not its own)."""
    bands = list(zip(grid.ys, grid.ys[1:]))
    labels: dict[int, list[Chunk]] = {}
    for chunk in loose:
        if chunk.x < grid.xs[0] - TOL:
            band = next((k for k, (top, bottom) in enumerate(bands) if bottom <= chunk.y <= top), None)
            if band is not None:
                labels.setdefault(band, []).append(chunk)
    if len(labels) < max(MIN_LABELLED, (len(bands) + 1) // 2):
        labels = {}  # (the rows' labels in the grid's own first column: the headings above are still its header)
    above = [c for c in loose if grid.top < c.y <= grid.top + HEAD_ROOM]
    columns: list[list[Chunk]] = [[c for c in sorted(above, key=lambda c: (-c.y, c.x)) if c.x < grid.xs[0] - TOL]]
    for left, right in zip(grid.xs, grid.xs[1:]):
        columns.append([c for c in sorted(above, key=lambda c: (-c.y, c.x)) if left - TOL <= c.x < right - TOL])
    if sum(1 for cell in columns[1:] if cell) * 2 < len(columns) - 1:
        columns = []
    if not labels and columns and not _heads_each_column(grid, columns[1:]):
        columns = []  # a title or a running header above a table is no heading of its columns
    return labels, columns


MIN_HEADED = 3  # columns a grid with its own row labels must have headed above it, besides the labels' own


def _heads_each_column(grid: Grid, columns: list[list[Chunk]]) -> bool:
    """Whether what stands above a grid whose row labels are its own first column heads its other columns one by
    one ("P1" / "Healthy Lives" over each priority's column): headings over at least MIN_HEADED of them, each run
    ending inside its column, and nothing over the labels' column running on past it."""
    if len(columns) - 1 < MIN_HEADED or sum(1 for cell in columns[1:] if cell) < MIN_HEADED:
        return False
    return all(run_end(c) <= right + TOL for cell, right in zip(columns, grid.xs[1:]) for c in cell)


def split_lines(geometry: Geometry) -> int:
    """Baselines holding two or more separately placed runs of text: columns of an unruled table, or
    a label and its value. A page with none reads as prose, without a layout pass."""
    rows: dict[int, int] = {}
    for chunk in geometry.chunks:
        rows[round(chunk.y)] = rows.get(round(chunk.y), 0) + 1
    return sum(1 for n in rows.values() if n >= 2)
