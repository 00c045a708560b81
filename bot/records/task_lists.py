"""A task list exported from a scheduling tool (Microsoft Project, Project Online, Smartsheet): one task a
row, nested by an outline level or a WBS number ("1", "1.1", "1.1.1"), each with its finish date, its
"% Complete" and its people under "Resource Names".

Such an export has no initiative column: what a task belongs to is the summary task it sits under. A
summary task (one with deeper tasks below it) is not a milestone; every other task is one, of the
nearest summary above it, in the plan area any summary above it names ("Pellingford" over "PEL-01 Home
First" over its tasks). A task at 100% is done (bot.answering.candidates.milestones.is_done)."""

import re
from collections.abc import Callable

from bot.models import ParsedDocument, SourceLine
from bot.records.trackers import Tracker, TrackerRecords, initiative_id, label_roles, milestone_record, row_provenance
from bot.textnorm import squash

_TASK = re.compile(r"^(?:task|activity)(?: name)?$")
_LEVEL = re.compile(r"^(?:outline level|level|wbs|outline number)$")
_FINISH = re.compile(r"^(?:finish|finish date|end|end date|due|due date)$")


def task_list_header(text: str) -> dict[str, int] | None:
    """Column roles of a task list's header: a task column, a finish column and an outline level or WBS
    column (what nests the tasks), else None."""
    if "\t" not in text:
        return None
    labels = [squash(c).lower() for c in text.split("\t")]
    task = next((k for k, label in enumerate(labels) if _TASK.match(label)), None)
    finish = next((k for k, label in enumerate(labels) if _FINISH.match(label)), None)
    levels = [k for k, label in enumerate(labels) if _LEVEL.match(label)]
    if task is None or finish is None or not levels:
        return None
    roles = {role: k for role, k in label_roles(text.split("\t")).items() if role in ("owner", "status")}
    return {**roles, "milestone": task, "due": finish, "level": levels[0]}


def read_task_list(doc: ParsedDocument, tracker: Tracker, contexts: dict[int, tuple[str | None, str | None]],
                   out: TrackerRecords, find_areas: Callable[[str], list[str]]) -> int:
    """The tasks under the header, to the first line that is not a row; returns that line's index."""
    lines = doc.lines
    rows: list[tuple[int, list[str], int]] = []  # (line index, cells, depth)
    k = tracker.header_at + 1
    while k < len(lines) and "\t" in lines[k].text and lines[k].page == lines[tracker.header_at].page:
        cells = [squash(c) for c in lines[k].text.split("\t")] + [""] * (max(tracker.roles.values()) + 1)
        depth = _depth(cells[tracker.roles["level"]])
        if depth is not None and cells[tracker.roles["milestone"]]:
            rows.append((k, cells, depth))
        k += 1
    above: list[tuple[int, str, int]] = []  # the summary tasks over the current row: (depth, name, line index)
    for n, (at, cells, depth) in enumerate(rows):
        while above and above[-1][0] >= depth:
            above.pop()
        name = cells[tracker.roles["milestone"]]
        if n + 1 < len(rows) and rows[n + 1][2] > depth:  # a summary task: what the tasks below belong to
            above.append((depth, name, at))
            continue
        _task(doc, tracker, lines, at, cells, above, contexts.get(at, (None, None)), out, find_areas)
    return k


def _depth(cell: str) -> int | None:
    """How deep a task sits: its outline level ("3"), or its WBS number's parts ("1.2.1" is 3)."""
    cell = cell.strip()
    if re.fullmatch(r"\d{1,2}", cell):
        return int(cell)
    if re.fullmatch(r"\d+(?:\.\d+)*", cell):
        return cell.count(".") + 1
    return None


def _task(doc: ParsedDocument, tracker: Tracker, lines: list[SourceLine], at: int, cells: list[str],
          above: list[tuple[int, str, int]], context: tuple[str | None, str | None], out: TrackerRecords,
          find_areas: Callable[[str], list[str]]) -> None:
    section, area = context
    for _, name, _ in above:  # a summary naming a plan area ("Pellingford") puts its tasks there
        found = find_areas(name)
        if found:
            area = found[0]
    if not above:
        return
    title, summary = above[-1][1], lines[above[-1][2]]
    owner = cells[tracker.roles["owner"]] if "owner" in tracker.roles else ""
    ini_id = initiative_id(doc, area, title)
    initiative = next((r for r in reversed(out.initiatives) if r["id"] == ini_id), None)
    if initiative is None:  # cited at the summary task's own row, which names it
        initiative = {"id": ini_id, "area": area, "number": None, "title": title, "owners": "[]", "owner_raw": "",
                      "risks": "", "governance": "", "interdependencies": "", "row_text": title, "quote": title,
                      "owner_quote": None, "owner_page": None, "owner_line": None, "fy_start": tracker.fy,
                      **row_provenance(doc, summary, section)}
        out.initiatives.append(initiative)
    record = milestone_record(doc, tracker, lines[at], cells, initiative, owner, section)
    if record is not None:
        out.milestones.append(record)
