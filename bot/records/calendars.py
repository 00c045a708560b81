"""Milestone calendars: months down the rows, programmes across the columns, each milestone written in
its programme's column on the row of the month it falls in ("Month | Quarter | UEC | PCS | PCC | ...",
"1 October 2019 | Q3 2019/20 | | | Advice and guidance live in all specialties"). A cell is a milestone
due in its row's month, of the programme its column names; a column headed by a code is that code's
programme as a key elsewhere in the paper spells it ("PCC | Planned Care and Cancer | ..."), so a
question naming the programme finds the code's milestones."""

import json
import re
from collections.abc import Iterator

from bot.models import ParsedDocument, SourceLine
from bot.records.dates import normalise
from bot.records.provenance import record_id
from bot.records.trackers import TrackerRecords, label_roles, row_provenance
from bot.textnorm import squash

# The first column of a calendar names its rows as periods.
_PERIOD_LABEL = re.compile(r"^(?:month|months|date|week|week commencing|period|month starting)$", re.I)
_QUARTER_CELL = re.compile(r"^(?:q|qtr|quarter)\s?[1-4]\b", re.I)
MIN_PROGRAMMES = 2  # columns of milestones, the period ones aside
MIN_MONTHS = 3  # dated rows under the header


def calendar_records(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]], fy: int) -> TrackerRecords:
    """Every calendar in the document, its cells as milestones (each with an initiative of its own, as
    a tracker row is) under the section "<code> <programme name>"."""
    out = TrackerRecords()
    lines = doc.lines
    for at, line in enumerate(lines):
        labels = [squash(c) for c in line.text.split("\t")]
        if len(labels) < MIN_PROGRAMMES + 1 or not _PERIOD_LABEL.match(labels[0]) or label_roles(labels[1:]):
            continue  # "Month | Programme | Milestone": a dated list, its columns saying what each cell is
        rows = list(_dated_rows(lines, at, fy, monthly=labels[0].lower().startswith("month")))
        columns = [k for k in range(1, len(labels)) if labels[k] and not _periods_only(rows, k)]
        if len(rows) < MIN_MONTHS or len(columns) < MIN_PROGRAMMES:
            continue
        out.headers.add(at)
        names = _key(lines, at, {labels[k] for k in columns})
        for line_at, cells, period in rows:
            for k in columns:
                if k < len(cells) and cells[k]:
                    _cell(doc, lines[line_at], cells[k], period, f"{labels[k]} {names.get(labels[k], '')}".strip(),
                          contexts.get(line_at, (None, None)), fy, out)
    return out


def _dated_rows(lines: list[SourceLine], at: int, fy: int, monthly: bool) -> Iterator[tuple[int, list[str], object]]:
    """(line, cells, period) for each row under the header whose first cell is a date, until one is not;
    under "Month" the row is the whole month its date is in (a sheet shows "Oct 2019" for 1 October)."""
    for k in range(at + 1, len(lines)):
        cells = [squash(c) for c in lines[k].text.split("\t")]
        if lines[k].page != lines[at].page or not cells[0]:
            return
        period = normalise(cells[0], fy)
        if period.start is None:
            return
        yield k, cells, normalise(f"{period.start:%B %Y}", fy) if monthly else period


def _periods_only(rows: list[tuple[int, list[str], object]], k: int) -> bool:
    """A column of quarter labels ("Q3 2019/20") beside the months: which quarter, no milestone."""
    filled = [cells[k] for _, cells, _ in rows if k < len(cells) and cells[k]]
    return bool(filled) and all(_QUARTER_CELL.match(c) for c in filled)


def _key(lines: list[SourceLine], header_at: int, codes: set[str]) -> dict[str, str]:
    """Code -> the name a key table elsewhere in the paper gives it, in the cell after the code."""
    names: dict[str, str] = {}
    for k, line in enumerate(lines):
        if k == header_at or "\t" not in line.text:
            continue
        cells = [squash(c) for c in line.text.split("\t")]
        if cells[0] in codes and len(cells) > 1 and cells[1] and cells[1] not in codes:
            names.setdefault(cells[0], cells[1])
    return names


def _cell(doc: ParsedDocument, line: SourceLine, text: str, period, programme: str,
          context: tuple[str | None, str | None], fy: int, out: TrackerRecords) -> None:
    """The cell as a milestone with an initiative of its own, as a tracker row is, titled with its
    programme ("MHLD Mental Health and Learning Disabilities: Crisis café opens"), so a question naming
    the programme narrows to its milestones and an answer says whose each is."""
    section, area = context
    section = f"{section} › {programme}" if section else programme
    month = f"{period.start:%B %Y}" if period.precision == "month" else line.text.split("\t")[0].strip()
    initiative = {
        "id": record_id(doc.info.sha256, area, programme, text), "area": area, "number": None, "title": programme,
        "owners": json.dumps([]), "owner_raw": "", "risks": "", "governance": "", "interdependencies": "",
        "row_text": f"{programme} {text}", "quote": text, "owner_quote": None, "owner_page": None,
        "owner_line": None, "fy_start": fy, **row_provenance(doc, line, section),
    }
    out.initiatives.append(initiative)
    out.milestones.append({
        "id": record_id(initiative["id"], line.page, line.line, text), "initiative_id": initiative["id"], "area": area,
        "initiative": programme, "text": text, "due_raw": month,
        "start": period.start.isoformat() if period.start else None, "end": period.end.isoformat() if period.end else None,
        "precision": period.precision, "owner": "", "quote": text, "status": None, **row_provenance(doc, line, section),
    })
