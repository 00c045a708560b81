"""A bar chart drawn on a PDF page (a waterfall of the financial gap, bars of savings by programme): its
figures are only labels printed over the bars, at the bars' heights, and its categories a row of labels
under them, perhaps wrapped over two lines.

Laid out as text, each figure stands alone on a line of its own height, far from its category, so no
line says which figure is which. A figure belongs to the label it stands over: the one whose column
holds the figure's middle. Where every figure over a row of at least MIN_BARS labels falls under one
label, and no label has two, the chart is read as a table of two columns ("Do-nothing gap 2020/21 |
162.4"), a row a bar, in the order of the bars."""

import re

MIN_BARS = 3
REACH = 40  # lines above the labels the figures may stand on (a tall chart is a page's height)
_GAP = re.compile(r"\s{3,}")
_FIGURE = re.compile(r"^[(-–]?£?\d[\d,]*(?:\.\d+)?[%km]?\)?$")
_CELL = re.compile(r"\S+(?:\s{1,2}\S+)*")


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _CELL.finditer(line)]


def _label_row(line: str) -> list[tuple[int, int, str]] | None:
    """The cells of a row of bar labels: at least MIN_BARS words or phrases set apart, none a figure."""
    cells = _cells(line)
    if len(cells) < MIN_BARS or any(_FIGURE.match(text) for _, _, text in cells):
        return None
    if not all(re.search(r"[A-Za-z]", text) for _, _, text in cells):
        return None
    return cells


def _figures_only(line: str) -> list[tuple[int, int, str]] | None:
    cells = _cells(line)
    return cells if cells and all(_FIGURE.match(text) for _, _, text in cells) else None


def _wrapped(labels: list[tuple[int, int, str]], line: str) -> list[tuple[int, int, str]] | None:
    """The labels with a second line's words under them added, when each of its cells lies under one."""
    more = _cells(line)
    if not more or any(_FIGURE.match(text) and not re.fullmatch(r"(?:19|20)\d\d(?:/\d\d)?", text) for _, _, text in more):
        return None
    out = [list(cell) for cell in labels]
    for start, end, text in more:
        under = [k for k, (a, b, _) in enumerate(labels) if start < b and a < end]
        if len(under) != 1:
            return None
        cell = out[under[0]]
        cell[0], cell[1], cell[2] = min(cell[0], start), max(cell[1], end), f"{cell[2]} {text}"
    return [(a, b, t) for a, b, t in out]


def _owner(labels: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    """The label whose column holds the figure's middle: its span widened to halfway to its neighbours."""
    middle = (start + end) / 2
    for k, (a, b, _) in enumerate(labels):
        left = (labels[k - 1][1] + a) / 2 if k else float("-inf")
        right = (b + labels[k + 1][0]) / 2 if k + 1 < len(labels) else float("inf")
        if left <= middle < right:
            return k
    return None


# a bar laid on its side: its label, a gap as wide as the bar, its figure at the bar's end
_SIDEWAYS_BAR = re.compile(r"^\s*(?P<label>\S*[A-Za-z]\S*(?:\s{1,2}\S+)*)\s{3,}(?P<figure>[(-–]?£?\d[\d,]*(?:\.\d+)?[%km]?\)?)\s*$")


def read_bars(lines: list[str]) -> list[str]:
    """The page's lines with each bar chart's figures and labels read as rows of "label<TAB>figure"."""
    return _sideways_bars(_upright_bars(lines))


def _sideways_bars(lines: list[str]) -> list[str]:
    """Bars laid on their side ("Neighbourhood Care ........ 18.2", a line each, blank lines between):
    a run of at least MIN_BARS such lines is a table of labels and figures."""
    out = list(lines)
    run: list[int] = []
    for k, line in enumerate([*lines, "end"]):
        if not line.strip():
            continue
        if _SIDEWAYS_BAR.match(line):
            run.append(k)
            continue
        if len(run) >= MIN_BARS:
            for at in run:
                m = _SIDEWAYS_BAR.match(out[at])
                out[at] = f"{' '.join(m.group('label').split())}\t{m.group('figure')}"
        run = []
    return out


def _upright_bars(lines: list[str]) -> list[str]:
    out = list(lines)
    k = 0
    while k < len(out):
        labels = _label_row(out[k])
        if labels is None:
            k += 1
            continue
        last = k
        if k + 1 < len(out):
            wrapped = _wrapped(labels, out[k + 1])
            if wrapped is not None:
                labels, last = wrapped, k + 1
        rows = _bars_over(out, k, labels)
        if rows is None:
            k += 1
            continue
        first, figures = rows
        if len(figures) > last + 1 - first:
            k += 1
            continue
        for at in range(first, last + 1):
            out[at] = ""
        for at, (label, figure) in enumerate(figures):
            out[first + at] = f"{label}\t{figure}"
        k = last + 1
    return out


def _bars_over(lines: list[str], at: int, labels: list[tuple[int, int, str]]) -> tuple[int, list[tuple[str, str]]] | None:
    """(first line of the chart, (label, figure) per bar) when the figure-only lines over the labels give
    each label at most one figure and at least MIN_BARS of them one."""
    owned: dict[int, str] = {}
    first = at
    for k in range(at - 1, max(-1, at - 1 - REACH), -1):
        if not lines[k].strip():
            continue
        figures = _figures_only(lines[k])
        if figures is None:
            break
        for start, end, text in figures:
            owner = _owner(labels, start, end)
            if owner is None or owner in owned:
                return None
            owned[owner] = text
        first = k
    if len(owned) < MIN_BARS or len(owned) < len(labels) - 1:
        return None
    return first, [(" ".join(text.split()), owned[k]) for k, (_, _, text) in enumerate(labels) if k in owned]
