"""Labelled blocks: a record written as "Label: value" lines under a title, as highlight reports and
action logs write them

    WORKSTREAM 2  Urgent community response
      Lead:            Ffion Halloway, Associate Director of Community Services
      Next milestone:  Seven-day cover across the Vale - due end of Q1 2026/27
      Status:          GREEN

or on one line ("3. Validate the waiting list - Owner: Dr A B. Due: Friday 21 November."). Each
block becomes a table row whose columns are its labels, so the same answering reads it as any table:
the name under "Lead", the date under "Due", the word under "Status"."""

import hashlib
import json
import re
from collections.abc import Callable, Iterator

from bot.models import SourceLine
from bot.records.lists import on_line
from bot.textnorm import squash

_FIELD = re.compile(r"^\s*(?:[-•*·]\s*)?(?P<label>[A-Z][A-Za-z/&()' -]{1,45}?)\s*(?::|\t)\s*(?P<value>\S.*)$")
_INLINE_LABELS = r"(?:Owner|Lead|Leads|Due|Due date|Deadline|By|Status|RAG|Responsible|Action by|Date|Next milestone)"
_INLINE = re.compile(r"\b(?P<label>" + _INLINE_LABELS + r")\s*:\s*")
MAX_LABEL_WORDS = 6
MIN_FIELDS = 2


def block_records(lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]], doc_key: str,
                  provenance: Callable[[SourceLine, str | None], dict]) -> Iterator[dict]:
    """One row record per labelled block or per line of inline labelled fields."""
    i = 0
    keyed_by_ref: dict[str, list[tuple[int, str, str]]] = {}  # each keyed table's fields, by its heading's reference
    while i < len(lines):
        keyed, end = keyed_table(lines, i)
        if keyed:  # a heading's two-column table of labels and values ("Owner | Dr X", "Due | Qtr 3 17/18")
            keyed = _referred(keyed, keyed_by_ref)
            ref = _REF.match(lines[i - 1].text)
            if ref:
                keyed_by_ref[ref.group(1).upper()] = keyed
            parts = lettered_parts(keyed)
            for n, one in enumerate(parts):
                yield _record(lines, i - 1, one, contexts.get(i, (None, None)), doc_key, provenance, part=n if len(parts) > 1 else None)
            i = end
            continue
        fields, end, bulleted = _block(lines, i)
        if len([f for f in fields if f[1] not in bulleted]) + len(bulleted) >= MIN_FIELDS:  # a label over bullets is one field
            title_at = _title_above(lines, i)
            title = _title_lines(lines, title_at, i) if title_at is not None else None
            rows = list(_one_per_bullet(fields, bulleted))
            for n, one in enumerate(rows):
                yield _record(lines, title_at, one, contexts.get(i, (None, None)), doc_key, provenance, title_text=title,
                              part=n if len(rows) > 1 else None)
            i = end
            continue
        inline = _inline(lines[i])
        if inline:
            title = inline.pop(0)[2]
            yield _record(lines, i, inline, contexts.get(i, (None, None)), doc_key, provenance, title_text=title, inline=True)
        i += 1


# An item's reference opening its heading ("OOH1 Integrated locality teams"), and a value that points at
# another item's ("As OOH1 above", "Same as UEC2").
_REF = re.compile(r"^\s*([A-Z]{2,5}\s?\d{1,2}[a-z]?)\b")
_AS_OTHER = re.compile(r"^(?:as|same as|see)\s+(?:for\s+)?([A-Z]{2,5}\s?\d{1,2}[a-z]?)\b(?:\s+(?:above|below))?\.?$", re.I)


def _referred(fields: list[tuple[int, str, str]], earlier: dict[str, list[tuple[int, str, str]]]) -> list[tuple[int, str, str]]:
    """A value saying it is another item's ("Owner | As OOH1 above") is that item's value under the same
    label, cited where that item's table writes it; a reference to no item read before stays as written."""
    out = []
    for at, label, value in fields:
        m = _AS_OTHER.match(value)
        found = next((f for f in earlier.get(m.group(1).upper(), []) if f[1] == label), None) if m else None
        out.append(found if found is not None else (at, label, value))
    return out


_LETTERED = re.compile(r"\(([a-h])\)\s*([^;()]+?)\s*(?=;|\([a-h]\)|$)")


def lettered_parts(fields: list[tuple[int, str, str]]) -> list[list[tuple[int, str, str]]]:
    """Fields that pair lettered items ("Key milestone | (a) First four localities live; (b) All 11 live"
    with "Due | (a) Jan-17; (b) Qtr 2 17/18"): a record per letter, each with its own milestone and date
    and the fields the letters share; fields lettered alike in two or more fields only, else the one record."""
    split = {k: dict(_LETTERED.findall(value)) for k, (_, _, value) in enumerate(fields)}
    lettered = {k: items for k, items in split.items() if len(items) >= 2}
    letters = [set(items) for items in lettered.values()]
    if len(lettered) < 2 or any(ls != letters[0] for ls in letters):
        return [fields]
    return [[(at, label, lettered[k][letter].strip() if k in lettered else value) for k, (at, label, value) in enumerate(fields)]
            for letter in sorted(letters[0])]


MIN_KEYED = 3  # label rows of a key/value table: fewer is a pair of cells, not a record's fields
_KEY = re.compile(r"^[A-Z][A-Za-z/&()' -]{1,45}$")


def keyed_table(lines: list[SourceLine], start: int) -> tuple[list[tuple[int, str, str]], int]:
    """A two-column table right under a heading whose first column labels its rows, each label once
    ("Owner | Dr Priyanka Wrenfield", "Due | Qtr 2 17/18", "Must-dos | 3, 4"), as a Word plan writes an
    initiative under its own heading: one record of those fields, titled by the heading, as a labelled
    block is. (No table reader can: its first row is no header, each row only says what the label names.)
    The fields and the line after them, or ([], start)."""
    if start == 0 or lines[start - 1].heading <= 0 or lines[start].text.count("\t") != 1:
        return [], start
    fields: list[tuple[int, str, str]] = []
    k = start
    while k < len(lines) and lines[k].text.count("\t") == 1:
        label, value = (squash(cell) for cell in lines[k].text.split("\t"))
        if not _KEY.match(label) or len(label.split()) > MAX_LABEL_WORDS or not value:
            break
        fields.append((k, label, value))
        k += 1
    labels = [label.lower() for _, label, _ in fields]
    if len(fields) < MIN_KEYED or len(set(labels)) < len(labels):
        return [], start
    if not (any(_WHO_LABEL.search(label) for label in labels) and any(_WHEN_LABEL.search(label) for label in labels)):
        return [], start  # a cover sheet's or a profile's fields: not a piece of work with its owner and its date
    return fields, k


# An initiative's fields say who does it and by when: "Owner"/"Lead"/"SRO", and "Due"/"Key milestone"/"Timescale".
_WHO_LABEL = re.compile(r"\b(?:owner|lead|sro|responsible|accountable)\b")
_WHEN_LABEL = re.compile(r"^(?:due|deadline|timescales?|target date|key milestones?|milestones?|delivery date|go[- ]live)\b")


def _one_per_bullet(fields: list[tuple[int, str, str]], bulleted: list[str]) -> Iterator[list[tuple[int, str, str]]]:
    """A block whose label stands over bullets ("Milestones:" and three dated bullets) is a row per
    bullet, each with the block's other fields: the answer to "when is the contract award?" is the one
    bullet saying it, with the block's lead. Bullets under a second such label stay one value."""
    repeated = bulleted[0] if bulleted else None
    if repeated is None:
        yield fields
        return
    others: list[tuple[int, str, str]] = []
    for at, label, value in fields:
        if label == repeated:
            continue
        if others and others[-1][1] == label:
            others[-1] = (others[-1][0], label, f"{others[-1][2]}; {value}")
        else:
            others.append((at, label, value))
    for bullet in (f for f in fields if f[1] == repeated):
        yield sorted([*others, bullet])


def _field(text: str) -> tuple[str, str] | None:
    if ":" not in text:
        return None  # no label (a tab-separated label and value is a table row, below)
    m = _FIELD.match(text)
    if not m or len(m.group("label").split()) > MAX_LABEL_WORDS or m.group("label").strip().endswith((" the", " and")):
        return None
    if "\t" in text:
        return None  # a table row (two columns of label and value included): the table reader has it
    return squash(m.group("label")), squash(m.group("value"))


def _block(lines: list[SourceLine], start: int) -> tuple[list[tuple[int, str, str]], int, list[str]]:
    """Consecutive field lines from `start`, a wrapped value's indented lines joined to it. A label
    standing alone over bullets ("Milestones:" / "• Contract award - Dec 2026" / "• ...") has each
    bullet as a value of its own, the label repeated."""
    fields: list[tuple[int, str, str]] = []
    bulleted: list[str] = []
    k = start
    while k < len(lines):
        text = lines[k].text
        found = _field(text) if text.strip() else None
        heads, end = _bulleted(lines, k) if not found and (fields or k == start) else ([], k)
        if heads:
            label = squash(text).rstrip(":").strip()
            fields.extend((at, label, value) for at, value in heads)
            bulleted.append(label)
            k = end
            continue
        if found:
            fields.extend((k, label, value) for label, value in _split_inline(*found))
        elif fields and text.strip() and text[:1].isspace() and not _field(text.strip()) and _sibling_bullet(lines[fields[-1][0]].text, text) \
                and _under_heading(lines, start):
            break  # the list's next item, with no label: the block of labelled items ends before it
        elif fields and text.strip() and text[:1].isspace() and not _field(text.strip()):
            at, label, value = fields[-1]
            fields[-1] = (at, label, f"{value} {squash(text)}")
        else:
            break
        k += 1
    return fields, k, bulleted


_BULLET = re.compile(r"^\s*[-•*·▪■◦●➢]\s+")


def _sibling_bullet(field_line: str, text: str) -> bool:
    """A bullet as far in as the bulleted field line above it: the next item of the same list."""
    above, this = _BULLET.match(field_line), _BULLET.match(text)
    return bool(above and this) and len(field_line) - len(field_line.lstrip()) == len(text) - len(text.lstrip())
_BARE_LABEL = re.compile(r"^\s*[A-Z][A-Za-z/&()' -]{1,45}:\s*$")


def _bulleted(lines: list[SourceLine], k: int) -> tuple[list[tuple[int, str]], int]:
    """A bare "Label:" line's bullets below it, each with its wrapped (indented) lines joined: (line,
    text); and the line after them."""
    if not _BARE_LABEL.match(lines[k].text) or len(lines[k].text.split()) > MAX_LABEL_WORDS:
        return [], k
    items: list[tuple[int, str]] = []
    j = k + 1
    while j < len(lines):
        text = lines[j].text
        if _BULLET.match(text):
            items.append((j, squash(_BULLET.sub("", text, count=1))))
        elif items and text[:1].isspace() and text.strip() and not _field(text.strip()):
            at, value = items[-1]
            items[-1] = (at, f"{value} {squash(text)}")
        else:
            break
        j += 1
    return items, j


def _under_heading(lines: list[SourceLine], start: int) -> bool:
    """Whether a block's labelled bullets stand under a heading ("2. DATES YOU CAN'T MISS"), not under
    a bullet of their own. Under a heading, the bullets are a list of items, some labelled ("- Partnership
    Board: 25 April") and some not ("- Network agreements signed by 15 May"): an unlabelled one is the
    next item, never the board's date wrapped. Under a bulleted item, bullets are that item's details
    ("- Owner: inherits" then "- 140 staff trained by March 2020"), an unlabelled one read with the last."""
    title_at = _title_above(lines, start)
    return title_at is None or not _BULLET.match(lines[title_at].text)


def _split_inline(label: str, value: str) -> list[tuple[str, str]]:
    """"Owner: Dr A B   Due: Friday 21 November" -> both fields from the one line."""
    marks = [m for m in _INLINE.finditer(value) if m.start() > 0]
    if not marks:
        return [(label, value)]
    out = [(label, value[: marks[0].start()].strip(" .;,-–"))]
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(value)
        out.append((m.group("label"), value[m.end(): end].strip(" .;,-–")))
    return out


def _title_above(lines: list[SourceLine], start: int) -> int | None:
    """The line naming the block: the nearest line above it, within three, that is not a rule or blank;
    when that line is the indented end of a wrapped title ("QPC/25/41   Circulate the revised ...
    / Royal Infirmary to members."), the line the title starts on."""
    for k in range(start - 1, max(-1, start - 6), -1):
        text = lines[k].text.strip()
        if text and not re.fullmatch(r"[-=_*#\s]+", text) and not _field(lines[k].text):
            while k > 0 and lines[k].text[:1].isspace() and _wraps(lines[k - 1].text) and start - k < 6:
                k -= 1
            return k
    return None


def _wraps(text: str) -> bool:
    """A line a wrapped title can continue from: not blank, not a field, not a rule."""
    return bool(text.strip()) and not _field(text) and not re.fullmatch(r"[-=_*#\s]+", text)


def _title_lines(lines: list[SourceLine], title_at: int, start: int) -> str:
    """The title's text, its wrapped lines joined (up to the block's first field)."""
    return squash(" ".join(lines[k].text for k in range(title_at, start) if lines[k].text.strip()))


def _inline(line: SourceLine) -> list[tuple[int, str, str]]:
    """"Validate the list - Owner: Dr A B. Due: Friday 21 November." -> title, then each field."""
    if ":" not in line.text:
        return []
    text = squash(line.text)
    marks = list(_INLINE.finditer(text))
    if len(marks) < MIN_FIELDS or marks[0].start() < 8:
        return []
    out = [(0, "Item", text[: marks[0].start()].strip(" -–.;,"))]
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        out.append((0, m.group("label"), text[m.end(): end].strip(" .;,")))
    return out


def _record(lines: list[SourceLine], title_at: int | None, fields: list[tuple[int, str, str]],
            context: tuple[str | None, str | None], doc_key: str, provenance, title_text: str | None = None,
            inline: bool = False, part: int | None = None) -> dict:
    section, area = context
    title_line = lines[title_at] if title_at is not None else None
    title = title_text if title_text is not None else (squash(title_line.text) if title_line else "")
    first = lines[fields[0][0]] if title_line is None else title_line
    cells = [{"text": title, "page": first.page, "line": first.line, "quote": on_line(first, title) or title[:300]}]
    for at, _, value in fields:
        source = first if inline else lines[at]
        cells.append({"text": value, "page": source.page, "line": source.line, "quote": on_line(source, value)})
    labels = ["Item", *(label for _, label, _ in fields)]
    bullet = f":{part}" if part is not None else ""  # one block, a row per bullet
    key = hashlib.sha256(f"{doc_key}:block:{first.page}:{first.line}:{title}{bullet}".encode()).hexdigest()[:16]
    return {
        "id": key, "table_id": key[:12], "row": 0, "labels": json.dumps(labels), "cells": json.dumps(cells),
        "row_text": " | ".join(c["text"] for c in cells if c["text"]), "header_text": " | ".join(labels),
        "area": area, "quote": cells[0]["quote"] or cells[1]["quote"], **provenance(first, section),
    }
