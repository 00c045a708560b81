"""Must-do coverage as a check list per scheme: under each scheme's title, the nine must-dos each with a
box, ticked where the scheme supports it ("☒ 4 Urgent & emergency care (part)") and empty where it does
not ("☐ 5 Referral to treatment"), as a self-check form or a ballot-box list in a Word or PDF paper sets
it out.

Each ticked box becomes the cell a grid would have at that scheme and that must-do ("Yes", or "Partial"
where the box says "(part)"); an empty box is no cell, so coverage, gap and level questions are answered
as from a grid."""

import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.mustdos import MUSTDOS
from bot.records.provenance import provenance, record_id
from bot.textnorm import squash

_TICKED = "☒☑✓✔■"
_EMPTY = "☐□"
_BOXES = _TICKED + _EMPTY
# a box, the must-do's number and its name: "☒ 4 Urgent & emergency care (part)", "[x] 6 Cancer"
_ITEM = re.compile(rf"(?P<box>[{_BOXES}]|\[[xX ]\])\s*(?P<number>[1-9])(?![\d.,])\s*(?P<name>[^{_BOXES}\t\[]*)")
_PART = re.compile(r"\((?:in\s+)?part(?:ly|ial)?\)|\bpartly\b|\bin part\b", re.IGNORECASE)
LISTED = 5  # a scheme's boxes name at least this many must-dos: fewer is a stray tick, not a check list
TITLE_GAP = 2  # the scheme's title is at most this many lines above its first box


def boxed_mustdo_records(doc: ParsedDocument, lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]]
                         ) -> Iterator[dict]:
    for start, end in _box_runs(lines):
        items = [(k, m) for k in range(start, end) for m in _ITEM.finditer(lines[k].text)]
        if len({m.group("number") for _, m in items}) < LISTED:
            continue
        title_at = next((k for k in range(start - 1, max(start - 1 - TITLE_GAP, -1), -1) if lines[k].text.strip()), None)
        if title_at is None:
            continue
        scheme = squash(lines[title_at].text)
        section, area = contexts.get(start, (None, None))
        for k, m in items:
            box = m.group("box")
            if box in _EMPTY or box == "[ ]":
                continue  # an empty box: the scheme does not support that must-do
            number = int(m.group("number"))
            cell = "Partial" if _PART.search(m.group("name")) else "Yes"
            yield {
                "id": record_id(doc.info.sha256, area, number, scheme, cell), "area": area, "mustdo": number,
                "priority": scheme, "text": cell, "quote": squash(m.group(0))[:300], "description": MUSTDOS[number],
                "caption": section or scheme, **provenance(doc, lines[k], section),
            }


def _box_runs(lines: list[SourceLine]) -> Iterator[tuple[int, int]]:
    """(first, end) of each run of lines made only of boxed must-dos."""
    start = None
    for k, line in enumerate([*lines, SourceLine(text="")]):
        boxed = _boxed(line.text)
        if boxed and start is None:
            start = k
        elif not boxed and start is not None:
            yield start, k
            start = None


def _boxed(text: str) -> bool:
    """A line of nothing but boxed must-dos."""
    text = text.strip()
    return bool(text) and text[0] in _BOXES + "[" and not _ITEM.sub("", text).strip(" \t;,")
