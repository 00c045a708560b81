"""Milestone trackers: a table whose header row names the initiative (or scheme), the milestone, the
owner (or lead) and the due (or target) date, in any order and common wordings, read row by row into
the same initiative and milestone records as the LDP tables. A RAG or status column is kept on each
milestone, so a digest can say where it stands. Works on any reader's tab-separated rows: an Excel
sheet (cited "sheet S, row R"), a Word or PowerPoint table, a tab-separated text tracker. A workbook of
one sheet per programme has no initiative column: a "Programme | P8 Workforce & OD" line above the
header says whose milestones the rows are. A "Forecast" date is when the work is now due (a
"Baseline" is when it was first planned)."""

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.models import ParsedDocument, Period, SourceLine
from bot.records.dates import normalise, plan_fy_start, revised_date, without_marker
from bot.records.footnotes import due_with_note, page_footnotes
from bot.records.owners import unlabelled
from bot.reading.layout import is_heading
from bot.records.roadmap_grids import roadmap_milestones
from bot.records.tables import runs_on
from bot.textnorm import squash

# Tested in this order on each header cell: "Scheme owner" is an owner, not a scheme.
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((role, re.compile(p)) for role, p in (
    # "Project ID", "Scheme ref": a record's number, though it names the kind of record
    ("number", r"^(?:(?:project|scheme|initiative|programme|action|milestone)\s+)?(?:ref\.?|reference|no\.?|#|id|number|item|code)$"),
    ("status", r"\b(?:rag|status|progress|rating)\b|%\s*complete|\bpercent complete"),
    ("owner", r"\b(?:owners?|leads?|sro|responsible|accountable|resource names?|assigned to|assignee)\b"),
    ("due", r"\b(?:due|target|deadline|dates?|by when|completion|timescales?|when|end|finish|forecast)\b"),
    ("milestone", r"\b(?:milestones?|deliverables?|next steps?|actions?)\b"),
    ("initiative", r"\b(?:initiatives?|schemes?|projects?|programmes?)\b"),
    ("area", r"^(?:ldp|area|plan area|place|locality|footprint)$"),
    ("risks", r"\brisks?\b"),
    ("governance", r"\bgovernance\b"),
    ("interdependencies", r"\b(?:inter)?dependenc"),
))
# Words the initiative and due roles' patterns cannot match without.
_INITIATIVE_WORDS = ("initiative", "scheme", "project", "programme", "action")  # ("action": an action plan's, see _action_plan)
_DUE_WORDS = ("due", "target", "deadline", "date", "completion", "timescale", "when", "end", "finish", "forecast")
# Dates a row holds that are not when its work is due: when it began, the first plan's date (a
# baseline), when the row was last touched.
_NOT_DUE = re.compile(r"\b(?:start|starts|started|begin|began|commence[sd]?|baseline|original|last|updated?|review|created|raised|opened)\b")
_NUMERIC_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
OwnerSplit = Callable[[str], list[str]]


@dataclass
class Tracker:
    roles: dict[str, int]
    fy: int
    header_at: int
    programme: str | None = None  # whose milestones a tracker without an initiative column lists
    keyed: bool = False  # each row's reference opens with its programme's code ("LP7-2")
    notes: dict[tuple[int | None, str], str] = field(default_factory=dict)  # the pages' footnotes (footnotes.py)


_NAMES_PROGRAMME = re.compile(r"^(?:programme|project|workstream|scheme|initiative|portfolio)(?: name| title)?:?$", re.IGNORECASE)
KEY_VALUE_LINES = 8


def _named_above(lines: list[SourceLine], at: int) -> str | None:
    """The programme a header without an initiative column lists milestones of: a "Programme | P8
    Workforce & OD" line in the key-value block above it (a sheet or page per programme)."""
    for line in reversed(lines[max(0, at - KEY_VALUE_LINES): at]):
        if line.page != lines[at].page:
            break
        cells = [squash(c) for c in line.text.split("\t")]
        if len(cells) >= 2 and _NAMES_PROGRAMME.match(cells[0]) and cells[1]:
            return cells[1]
    return None


@dataclass
class TrackerRecords:
    initiatives: list[dict] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)
    headers: set[int] = field(default_factory=set)  # line indexes of tracker header rows


def tracker_header(text: str) -> dict[str, int] | None:
    """Column roles of a tracker's header row, or None when the row is not one."""
    if "\t" not in text:
        return None
    low_line = text.lower()  # a header names an initiative and a due date in some wording: most rows do neither
    if not any(w in low_line for w in _INITIATIVE_WORDS) or not any(w in low_line for w in _DUE_WORDS):
        return None
    roles = label_roles(text.split("\t"))
    if "initiative" in roles and "due" in roles and ("milestone" in roles or "owner" in roles):
        return roles
    return None


def programme_header(lines: list[SourceLine], at: int) -> tuple[dict[str, int], str] | None:
    """A header of one programme's milestones, with no initiative column (a sheet or page per programme):
    milestone, due and owner or status columns, the programme named in a key-value line above it."""
    text = lines[at].text
    if "\t" not in text or not any(w in text.lower() for w in _DUE_WORDS):
        return None
    labels = text.split("\t")
    roles = label_roles(labels)
    if roles.get("milestone") == 0 and "milestone" in label_roles(labels[1:]):
        # "Milestones | Milestone | Due | Status" in a block of fields: the block's label, then its table's own
        roles = {role: k + 1 for role, k in label_roles(labels[1:]).items()}
    if "initiative" in roles or "milestone" not in roles or "due" not in roles or not {"owner", "status"} & set(roles):
        return None
    programme = _named_above(lines, at) or _block_title(lines, at)
    return (roles, programme) if programme else None


# A milestone's reference opening with its programme's code: "LP7-2", "W3.1" (an action log's "A17/05"
# or a body's "SDG-07" is numbered by meeting or owner, not by programme).
_KEYED_REF = re.compile(r"^([A-Z]{1,4}\d{1,2})[-.]\d{1,2}[a-z]?$")


def keyed_header(lines: list[SourceLine], at: int) -> bool:
    """A milestone table with no initiative column whose references say whose each row is ("Ref |
    Milestone | Target | Evidence", rows "LP7-1", "LP7-2"): a programme's code, then the milestone's number."""
    text = lines[at].text
    if "\t" not in text or not any(w in text.lower() for w in _DUE_WORDS):
        return False
    roles = label_roles(text.split("\t"))
    if "initiative" in roles or not {"number", "milestone", "due"} <= set(roles):
        return False
    below = next((ln for ln in lines[at + 1: at + 3] if ln.text.strip()), None)
    cells = below.text.split("\t") if below is not None else []
    return roles["number"] < len(cells) and _KEYED_REF.match(squash(cells[roles["number"]])) is not None


def _block_title(lines: list[SourceLine], at: int) -> str | None:
    """The title a block of "Label | value" fields opens with ("LP2 Urgent Care Redesign" over "SRO |
    ...", "Overall RAG | Red", then the milestones): whose milestones the block's table lists."""
    fields = 0
    for line in reversed(lines[max(0, at - KEY_VALUE_LINES): at]):
        if line.page != lines[at].page or not line.text.strip():
            return None
        if "\t" in line.text:
            fields += len([c for c in line.text.split("\t") if c.strip()]) == 2  # a field of the block
            continue
        title = squash(line.text)
        # (a table straight under a page's heading is no block: the heading is the page's, not whose rows)
        return title if fields and is_heading(title, True) else None
    return None


def label_roles(labels: list[str]) -> dict[str, int]:
    """The role of each column a header's labels name (the first column of each role)."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(labels):
        low = squash(cell).lower()
        if not low or len(low) > 40:
            continue
        role = next((r for r, pattern in ROLES if r not in roles and pattern.search(low)
                     and not (r == "due" and _NOT_DUE.search(low))), None)
        if role:
            roles[role] = i
        elif "baseline" not in roles and _BASELINE.search(low):
            roles["baseline"] = i
        elif "due" in roles and _BARE_TARGET.match(squash(labels[roles["due"]]).lower()) and _DATE_LABEL.search(low) \
                and not _NOT_DUE.search(low):
            roles["due"] = i  # "Target | ... | Due": a bare "Target" may be the goal ("24 trainees"); "Due" is the date
    return _action_plan(labels, roles)


_ACTION = re.compile(r"^actions?$")
_MILESTONE_LABEL = re.compile(r"\bmilestones?\b")


def _action_plan(labels: list[str], roles: dict[str, int]) -> dict[str, int]:
    """"Ref | Action | Lead | Milestone | By when": an action plan's actions are its initiatives, each with the
    milestone that marks it done, when a later column is headed "Milestone" (an action log's "Action" alone
    is still the thing due)."""
    at = roles.get("milestone")
    if "initiative" in roles or at is None or not _ACTION.match(squash(labels[at]).lower()):
        return roles
    later = next((i for i in range(at + 1, len(labels)) if _MILESTONE_LABEL.search(squash(labels[i]).lower())
                  and i not in roles.values()), None)
    return roles if later is None else {**roles, "initiative": at, "milestone": later}


_BARE_TARGET = re.compile(r"^targets?$")
# ... and a label that can only head a date ("Evidence of completion" heads what shows it done)
_DATE_LABEL = re.compile(r"\b(?:due|deadline|dates?|by when)\b")


# "Original date", "Baseline", "Planned date": the date first planned, which stands where no later date
# (a "Revised date" or "Forecast" column) is given for the row
_BASELINE = re.compile(r"^(?:baseline|original|planned)(?:\s+(?:due\s+)?(?:date|deadline|target|completion))?$")


def tracker_records(doc: ParsedDocument, contexts: dict[int, tuple[str | None, str | None]],
                    split_owners: OwnerSplit, find_areas: Callable[[str], list[str]] = lambda text: []) -> TrackerRecords:
    """Every tracker table in the document. `split_owners` is the LDP tables' owner splitting, so an
    owner cell is read the same way whichever table it sits in."""
    from bot.records.task_lists import read_task_list, task_list_header  # (it reads rows into this module's records)

    out = TrackerRecords()
    lines = doc.lines
    notes: dict[tuple[int | None, str], str] | None = None  # read at the first tracker found
    i = 0
    while i < len(lines):
        roles, programme = tracker_header(lines[i].text), None
        if roles is None:
            roles, programme = programme_header(lines, i) or (None, None)
        keyed = roles is None and keyed_header(lines, i)
        if keyed:
            roles = label_roles(lines[i].text.split("\t"))
        tasks = task_list_header(lines[i].text) if roles is None else None
        if roles is None and tasks is None:
            i += 1
            continue
        out.headers.add(i)
        above = " ".join(ln.text for ln in lines[max(0, i - 6): i] if ln.page == lines[i].page)
        notes = notes if notes is not None else page_footnotes(lines)
        tracker = Tracker(roles or tasks or {}, plan_fy_start(above, default=plan_fy_start(lines[i].text)), i, programme, bool(keyed), notes)
        if tasks is not None:  # an export of nested tasks: what each belongs to is the summary task above it
            i = read_task_list(doc, tracker, contexts, out, find_areas)
        else:
            i = _read_rows(doc, tracker, contexts, split_owners, out, find_areas)
    return out


def _read_rows(doc: ParsedDocument, tracker: Tracker, contexts: dict[int, tuple[str | None, str | None]],
               split_owners: OwnerSplit, out: TrackerRecords, find_areas: Callable[[str], list[str]]) -> int:
    """Rows under the header until a line that is not a row (or the sheet, slide or page ends). A row
    with no initiative continues the one above (a merged cell in the sheet)."""
    lines = doc.lines
    width = max(tracker.roles.values()) + 1
    current: dict | None = None
    k = tracker.header_at + 1
    page = lines[tracker.header_at].page
    while k < len(lines):
        line = lines[k]
        if line.page != page or (line.text.strip() and "\t" not in line.text):
            onward = runs_on(lines, k, lines[tracker.header_at].text)
            if onward is None:
                break
            k, page = onward, lines[onward].page  # the tracker runs onto the next page
            continue
        if tracker_header(line.text) is not None:
            break
        cells = [squash(c) for c in line.text.split("\t")] + [""] * width
        if any(cells):
            section, area = contexts.get(k, (None, None))
            current = _row(doc, tracker, line, cells, section, area, current, split_owners, out, find_areas)
        k += 1
    return k


def _cell(cells: list[str], roles: dict[str, int], role: str) -> str:
    return cells[roles[role]] if role in roles else ""


def _row(doc: ParsedDocument, tracker: Tracker, line: SourceLine, cells: list[str], section: str | None,
         area: str | None, current: dict | None, split_owners: OwnerSplit, out: TrackerRecords,
         find_areas: Callable[[str], list[str]]) -> dict | None:
    roles = tracker.roles
    title = _cell(cells, roles, "initiative") or (tracker.programme or "" if "initiative" not in roles else "")
    if tracker.keyed:
        keyed = _KEYED_REF.match(_cell(cells, roles, "number"))
        title = keyed.group(1) if keyed else ""
    area_cell = _cell(cells, roles, "area")
    if area_cell:
        area = (find_areas(area_cell) or [area_cell])[0]
    if not title:
        if current is None:
            return None
        title, area = current["title"], current["area"]
    owner = unlabelled(_cell(cells, roles, "owner")) or (current["owner_raw"] if current and current["title"] == title else "")
    ini_id = initiative_id(doc, area, title)
    initiative = next((r for r in reversed(out.initiatives) if r["id"] == ini_id), None)
    extra = " ".join(c for i, c in enumerate(cells) if i != roles.get("initiative") and c)
    if initiative is None:
        initiative = {
            "id": ini_id, "area": area, "number": _cell(cells, roles, "number") or None, "title": title,
            "owners": json.dumps(split_owners(owner)), "owner_raw": owner,
            "risks": _cell(cells, roles, "risks"), "governance": _cell(cells, roles, "governance"),
            "interdependencies": _cell(cells, roles, "interdependencies"), "row_text": squash(f"{title} {extra}"),
            "quote": title, "owner_quote": owner or None, "owner_page": line.page if owner else None,
            "owner_line": line.line if owner else None, "fy_start": tracker.fy, **row_provenance(doc, line, section),
        }
        out.initiatives.append(initiative)
    else:
        initiative["row_text"] = squash(f"{initiative['row_text']} {extra}")
    record = milestone_record(doc, tracker, line, cells, initiative, owner, section)
    if record is not None:
        out.milestones.append(record)
    return initiative


def initiative_id(doc: ParsedDocument, area: str | None, title: str) -> str:
    return _id(doc.info.sha256, area, title)


def milestone_record(doc: ParsedDocument, tracker: Tracker, line: SourceLine, cells: list[str], initiative: dict,
                     owner: str, section: str | None) -> dict | None:
    """The row's milestone (its text, due date read as a period, owner and status), else None."""
    roles = tracker.roles
    text = _cell(cells, roles, "milestone") if "milestone" in roles else initiative["title"]
    marked = _cell(cells, roles, "due")
    first = _cell(cells, roles, "baseline").strip()
    if first and not marked.strip():
        marked = first  # no later date given: the date first planned stands
    plain = without_marker(marked, tracker.fy)
    due = due_with_note(plain, marked, line.page, tracker.notes)  # its footnote read with it; its period its own
    if not text or (not due and "milestone" not in roles):
        return None
    if first and marked != first and due_period(first, tracker.fy) != due_period(plain, tracker.fy):
        due = f"{due} (revised from {first})"
    revised = revised_date(cells)
    period = due_period(revised or plain, tracker.fy)
    if revised and due_period(revised, tracker.fy) != due_period(plain, tracker.fy):
        due = f"{revised} (revised from {due})"
    return {
        "id": _id(initiative["id"], line.page, line.line, text), "initiative_id": initiative["id"],
        "area": initiative["area"], "initiative": initiative["title"], "text": text, "due_raw": due,
        "start": period.start.isoformat() if period.start else None,
        "end": period.end.isoformat() if period.end else None, "precision": period.precision,
        "owner": owner, "quote": text, "status": _cell(cells, roles, "status") or None,
        **row_provenance(doc, line, section),
    }


def due_period(raw: str, fy: int) -> Period:
    """A due cell as a period: "31/10/2025" (a UK day/month/year) as that day, else the plans' wording."""
    m = _NUMERIC_DATE.match(raw.strip())
    if m:
        try:
            day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return Period(start=day, end=day, precision="day")
        except ValueError:
            pass
    return normalise(raw, fy) if raw.strip() else Period()


def row_provenance(doc: ParsedDocument, source: SourceLine, section: str | None) -> dict:
    """Page and line both: a sheet's row is cited "sheet S, row R"."""
    return {"doc_id": doc.info.id, "document": doc.info.file_name, "doc_title": doc.info.title,
            "page": source.page, "line": source.line, "section": section}


def _id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


# A cell that says its row is due in the period its column names ("X" under "Q1 26/27"), as against
# work under way there (">") or nothing.
_WAS = re.compile(r"\b(?i:was|moved from|previously|originally|formerly)\s+(\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}[- ]\d{2,4}|Q[1-4] \d{2,4}/\d{2})")
_ACTIONS = re.compile(r"\bactions?\b")
# A marker glyph naming what falls in its period ("◆ Live", "◆ FBC", "★ Go-live"): a timeline's milestone.
_NAMED_MARKER = re.compile(r"^[◆◇♦★▲△]\s*(\S.{0,30})$")
DUE_MARKS = frozenset({"x", "✓", "✔", "●", "■", "◆", "due", "y", "yes", "*"})
MIN_PERIOD_COLUMNS = 2


def grid_records(rows: list[dict], split_owners: OwnerSplit, find_areas: Callable[[str], list[str]], fy: int) -> TrackerRecords:
    """Delivery plans laid out as a grid (any reader's table rows, space-aligned ones too): a
    deliverable or milestone column, an owner or status column, and either a due column or two or more
    columns named by periods ("Q4 25/26", "Jan-26", "2026/27") whose cells mark when each row is due,
    with a mark or a date. Read into the same initiative and milestone records as a tracker, so its
    owners, dates and windows are asked the same way. Tables a tracker reads already are left to it."""
    out = TrackerRecords()
    tables: dict[str, list[dict]] = {}
    for row in rows:
        tables.setdefault(row["table_id"], []).append(row)
    for table in tables.values():
        labels = json.loads(table[0]["labels"])
        if not labels or tracker_header("\t".join(labels)) is not None:
            continue
        roles = label_roles(labels)
        periods = {i: p for i, p in ((i, normalise(label, fy)) for i, label in enumerate(labels) if i not in roles.values())
                   if p.start is not None and p.precision in ("day", "month", "quarter", "season", "year")}
        title = roles.get("milestone", roles.get("initiative"))
        if title is not None and _ACTIONS.search(labels[title].lower()):
            continue  # a meeting's action log: its actions are asked as actions (who agreed to what), not as a plan
        if title is None or ("due" not in roles and len(periods) < MIN_PERIOD_COLUMNS):
            continue
        if not ({"owner", "status"} & set(roles)) and not marked_in_periods(table, periods):
            if "due" not in roles:  # a roadmap whose period cells name what falls due in them
                initiatives, milestones = roadmap_milestones(table, title, periods, find_areas)
                out.initiatives += initiatives
                out.milestones += milestones
            continue  # (with neither owner nor status, only marks in its period columns make the table a plan)
        grid_fy = min((p.start for p in periods.values()), default=None)
        for row in table:
            _grid_row(row, roles, title, periods, split_owners, find_areas, grid_fy.year if grid_fy and grid_fy.month >= 4 else fy, out)
    return out


def timeline_header(labels: list[str]) -> bool:
    """Labels naming periods across, two or more ("Q4 16/17 | 2017/18 | 2018/19", "Apr-17 | May-17"): a
    plan's timeline, whose cells say when its rows' work runs and falls due."""
    return sum(1 for label in labels if label.strip() and normalise(label, 2016).start is not None) >= MIN_PERIOD_COLUMNS


def marked_in_periods(table: list[dict], periods: dict[int, Period]) -> bool:
    """A table whose period columns hold marks ("X", "◆") saying when each row falls, and nothing else,
    is a plan's timeline, though it names no owner or status (a programme's sheet names its SRO above the
    table): most of its rows carry a mark, and no period cell holds a figure, as a finance table's do."""
    if not periods:
        return False
    marked = 0
    for row in table:
        texts = [squash(c["text"]).lower() for c in json.loads(row["cells"])]
        filled = [texts[i] for i in periods if i < len(texts) and texts[i]]
        if any(t not in DUE_MARKS for t in filled):
            return False
        marked += bool(filled)
    return marked * 2 >= len(table)


def _grid_row(row: dict, roles: dict[str, int], title_at: int, periods: dict[int, Period], split_owners: OwnerSplit,
              find_areas: Callable[[str], list[str]], fy: int, out: TrackerRecords) -> None:
    cells = json.loads(row["cells"])
    texts = [squash(c["text"]) for c in cells] + [""] * (max([title_at, *roles.values(), *periods], default=0) + 1)
    title = texts[title_at]
    if not title:
        return
    owner = unlabelled(_cell(texts, roles, "owner"))
    area = row.get("area")
    if "area" in roles and texts[roles["area"]]:
        area = (find_areas(texts[roles["area"]]) or [texts[roles["area"]]])[0]
    provenance = {k: row.get(k) for k in ("doc_id", "document", "doc_title", "page", "line", "section")}
    group = roles.get("initiative")
    if group is not None and group != title_at and texts[group]:
        provenance["section"] = texts[group]  # a milestone's programme ("LC2 Elective Recovery") heads its row
    at = cells[title_at] if title_at < len(cells) else {}
    if at.get("line") is not None or at.get("page") is not None:
        provenance.update(page=at.get("page"), line=at.get("line") if at.get("page") is None else None)
    initiative = {
        "id": _id(row["id"], "grid", title), "area": area, "number": _cell(texts, roles, "number") or None, "title": title,
        "owners": json.dumps(split_owners(owner)), "owner_raw": owner, "risks": _cell(texts, roles, "risks"),
        "governance": _cell(texts, roles, "governance"), "interdependencies": _cell(texts, roles, "interdependencies"),
        "row_text": row["row_text"], "quote": at.get("quote") or title, "owner_quote": owner or None,
        "owner_page": provenance["page"] if owner else None, "owner_line": provenance["line"] if owner else None,
        "fy_start": fy, **provenance,
    }
    out.initiatives.append(initiative)
    due = without_marker(texts[roles["due"]], fy) if "due" in roles else ""
    dues = [(due, due_period(due, fy))] if due else []
    was = next((m.group(1) for t in texts for m in _WAS.finditer(t)), None)  # "Moved (was 30/09/26)": the date before
    marked: list[tuple[str, Period]] = []  # bare marks: the span of the work, or the one period it falls in
    named: list[tuple[str, Period, str]] = []  # "◆ Live", "◆ FBC": a milestone of the row's, in its period
    for i, period in periods.items():
        cell = texts[i]
        dated = due_period(cell, fy) if cell else Period()
        marker = _NAMED_MARKER.match(cell)
        if dated.start is not None:
            dues.append((cell, dated))  # a date written in the quarter's cell is the day it is due
        elif marker:
            named.append((squash(row_label(i, row)), period, marker.group(1)))
        elif cell.lower() in DUE_MARKS:
            marked.append((squash(row_label(i, row)), period))
    # a row whose timeline names its milestones has those as its due dates (its bare marks are when the work
    # runs); one without has its one mark's period as when it is due (a bar of marks says when work runs, not
    # when it is due: no date is made up from where it ends)
    dues += [(raw, period) for raw, period, _ in named] or (marked if len(marked) == 1 else [])
    names = {raw: name for raw, _, name in named}
    for raw, period in dues:
        text = f"{title} ({names[raw]})" if raw in names else title
        raw = f"{raw} (moved from {was})" if was and was != raw else raw
        out.milestones.append({
            "id": _id(initiative["id"], raw), "initiative_id": initiative["id"], "area": area, "initiative": title, "text": text,
            "due_raw": raw, "start": period.start.isoformat() if period.start else None,
            "end": period.end.isoformat() if period.end else None, "precision": period.precision, "owner": owner,
            "quote": initiative["quote"], "status": _cell(texts, roles, "status") or None, **provenance,
        })


def row_label(i: int, row: dict) -> str:
    labels = json.loads(row["labels"])
    return labels[i] if i < len(labels) else ""
