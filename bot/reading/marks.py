"""Tick, box and bullet glyphs in table cells read as marks, so no glyph reaches a record or an answer.

In a coverage matrix a cell holding only a tick (or a filled circle) means "yes"; an empty box or an
empty circle means "no" (the cell is read as empty); a cross means what the document's key says, else
"no"; a part-filled circle reads "Partial"; a mark before text is dropped and the text kept. Every reader
runs its table cells through `cell_text`, so a matrix reads the same from text, PDF, Word, PowerPoint or
Excel."""

import re
from bisect import bisect_right

YES_MARKS = "✓✔☑✅■●◼▪"
# An empty circle means what the table's key says: "○ = no material contribution" beside "● = lead", or
# "○ contributing programme" beside "✓ lead". A cell of one is kept as OPEN until the document's key is
# read (read_open_marks), and reads as no mark where no key says.
OPEN = "○"
OPEN_MARKS = "○◯"
NO_MARKS = "✗✘☐□❌◻" + OPEN_MARKS
# A cross means what the document's key says ("✗ not ready: a risk to go-live" under a readiness checklist),
# and nothing where no key says or the key says it is no entry ("✗ = not covered"). A cell of one, or
# opening with one, is kept as CROSS until the key is read (read_cross_marks).
CROSS = "✗"
CROSS_MARKS = "✗✘❌"
# Harvey balls: a circle part filled is a part share ("◐ = contributes", "◑ = partly").
PART_MARKS = "◐◑◒◓◔◕"
_ALL = YES_MARKS + NO_MARKS + PART_MARKS
_MARK = re.compile(f"[{_ALL}]\\s*")
_ANY_MARK = re.compile(f"[{_ALL}]")
_ONLY_MARKS = re.compile(f"^[\\s{_ALL}•]*$")
_LONE_BULLET = re.compile(r"(?:^|\t)[\s•]*•[\s•]*(?:\t|$)")
# A box standing for a letter the PDF's font could not draw: "■3" among "P1 P2 ■3" labels.
_BOXED_LABEL = re.compile(r"^[■□◼▪]\s?(\d{1,2})$")
_LABEL = re.compile(r"^([A-Za-z]{1,3})\s?\d{1,2}\b")
# A check list's item: a ballot box, then a number and its words ("☐ 2 Finance", "☑ 6 Cancer (part)")
_BOX_ITEM = re.compile(r"^[☐☑☒]\s*\d\s+\w")


def has_mark(text: str) -> bool:
    """A tick, cross or box anywhere, or a cell of nothing but bullets."""
    return bool(_ANY_MARK.search(text)) or ("•" in text and bool(_LONE_BULLET.search(text)))


def cell_text(text: str) -> str:
    """A cell's words without mark glyphs: a lone tick or bullet reads "Yes", an empty box reads "" (not
    covered); a cross, alone or before words, stays for the document's key (read_cross_marks); a tick
    with a footnote number reads "Yes (note 1)"; bullets between words stay, they separate a list's items."""
    stripped = text.strip()
    if not stripped or not has_mark(stripped):
        return text
    if _ONLY_MARKS.match(stripped):
        return CROSS if set(stripped) <= set(CROSS_MARKS + " ") else _meaning(stripped)
    if _BOX_ITEM.match(stripped):
        return text  # "☐ 2 Finance": a check list's box says whether its item is ticked (records/mustdo_boxes.py)
    noted = _NOTED.match(stripped)
    if noted:  # "✓¹": the tick, and the note it points to under the table; a cross with a note is still no entry
        meaning = _meaning(noted.group(1))
        return f"{meaning} (note {noted.group(2).translate(_SUPERSCRIPT)})" if meaning else ""
    if stripped[0] in CROSS_MARKS:  # "✗ (78%)": the cross is kept for the key to say what it means (read_cross_marks)
        return f"{CROSS} {' '.join(_MARK.sub(' ', stripped[1:]).split())}".rstrip()
    return " ".join(_MARK.sub(" ", text).split())


def _meaning(marks: str) -> str:
    if any(c in marks for c in YES_MARKS + "•"):
        return "Yes"
    if any(c in marks for c in PART_MARKS):
        return "Partial"
    return OPEN if marks.strip() in OPEN_MARKS else ""


# "Key: ✓ lead programme; ○ contributing programme": what the key says an empty circle is, up to the next
# mark or separator.
_KEY_LINE = re.compile(r"^\W*key\b", re.IGNORECASE)
_OPEN_SAID = re.compile(f"[{OPEN_MARKS}]\\s*(?:=|:|-|–|means)?\\s*([^;,{_ALL}]+?)(?=\\s{{2,}}|[;,{_ALL}]|$)")  # (a wide gap ends an entry)
_SAYS_SOME = re.compile(r"\b(?:contribut\w*|support\w*|partial\w*|in part|secondary|some)\b", re.IGNORECASE)
_SAYS_NONE = re.compile(r"\b(?:no|not|none|nil)\b", re.IGNORECASE)
KEY_WITHIN = 40  # how many lines from a table its key may stand


def open_meaning(key: str) -> str | None:
    """What a key line makes of an empty circle: "Partial" (it contributes), "" (no entry), or None
    when the key does not mention one."""
    said = _OPEN_SAID.search(key)
    if said is None:
        return None
    words = said.group(1)
    return "Partial" if _SAYS_SOME.search(words) and not _SAYS_NONE.search(words) else ""


def _legend(text: str) -> bool:
    """A key set out without the word "Key": a line (no table row) giving an empty circle's meaning beside
    another mark's ("●  leads delivery of the must-do      ○  contributes to it      -  no material contribution")."""
    return "\t" not in text and any(c in text for c in OPEN_MARKS) and any(c in text for c in YES_MARKS + PART_MARKS) \
        and len(_LEGEND_ENTRY.findall(text)) >= 2


_LEGEND_ENTRY = re.compile(f"[{_ALL}]\\s*(?:=|:|-|–|means)?\\s*[A-Za-z]{{3,}}")


_ENTRY_LINE = re.compile(f"^\\s*[{_ALL}]\\s*(?:=|:|-|–|means)?\\s*[A-Za-z]{{3,}}")
ENTRY_WITHIN = 3  # lines back to a "Key" heading or a fellow entry of a key set out one entry a line


def _entry_line(lines: list, k: int) -> bool:
    """A key set out one entry a line (as slides write it: "Key" / "● lead priority" / "○ contributes" /
    "blank: no contribution"): an empty circle's line, no table row, a few lines under a lone "Key" or
    under another mark's entry."""
    text = lines[k].text
    if "\t" in text or not _ENTRY_LINE.match(text) or not any(c in text for c in OPEN_MARKS):
        return False
    for before in lines[max(0, k - ENTRY_WITHIN):k]:
        other = before.text
        if "\t" not in other and (_KEY_LINE.match(other) and len(other.split()) <= 2
                                   or _ENTRY_LINE.match(other) and not any(c in other for c in OPEN_MARKS)):
            return True
    return False


def read_open_marks(lines: list) -> list:
    """Each table cell of a lone empty circle read by the nearest key below it (else above) that says
    what one means; no key, no entry. Lines are SourceLines; only lines with such a cell are copied."""
    if not any(OPEN in line.text for line in lines):
        return lines
    keys = [(k, meaning) for k, line in enumerate(lines)
            if (_KEY_LINE.match(line.text) or _legend(line.text) or _entry_line(lines, k))
            and (meaning := open_meaning(line.text)) is not None]
    out = list(lines)
    for k, line in enumerate(lines):
        cells = line.text.split("\t")
        if OPEN not in cells:
            continue
        below = [m for at, m in keys if k < at <= k + KEY_WITHIN]
        above = [m for at, m in reversed(keys) if k - KEY_WITHIN <= at < k]
        meaning = (below or above or [""])[0]
        out[k] = line.model_copy(update={"text": "\t".join(meaning if c == OPEN else c for c in cells)})
    return out


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A tick, cross or ball then a footnote number, written small or superscript: "✓1", "✓ 2", "●³" (a box
# and a number is a label whose letter the font lost: "■3", see label_cells).
_NOTED = re.compile("^([✓✔☑✅●✗✘❌○◯" + PART_MARKS + "])\\s*([0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$")


def label_cells(cells: list[str]) -> list[str]:
    """A row of column labels where a box glyph stands for a lost letter gets that letter back from
    its neighbours ("P1 P2 ■3 P4" -> "P1 P2 P3 P4"); other cells are read as `cell_text`."""
    prefixes = {m.group(1) for c in cells if (m := _LABEL.match(c.strip()))}
    prefix = next(iter(prefixes)) if len(prefixes) == 1 else None
    out = []
    for cell in cells:
        boxed = _BOXED_LABEL.match(cell.strip())
        out.append(f"{prefix}{boxed.group(1)}" if boxed and prefix else cell_text(cell))
    return out


def row_line(cells: list[str]) -> str:
    """A table row in the shape record extraction reads: cells joined by tabs, each on one line."""
    return "\t".join(" ".join(c.split()) for c in label_cells(cells))


_CROSS_SAID = re.compile(f"[{CROSS_MARKS}]\\s*(?:=|:|-|–|means)?\\s*([^;,:().{_ALL}]+?)(?=\\s{{2,}}|[;,:().{_ALL}]|$)")
# What a key says of a mark that makes it no entry of a matrix: "✗ = not covered", "✗ no contribution"
_NO_ENTRY = re.compile(r"\b(?:cover\w*|contribut\w*|applicab\w*|relevan\w*|entr(?:y|ies)|impact\w*|link\w*|role|mapped|"
                       r"address\w*|deliver\w*|support\w*|included|none|nil|n/?a)\b", re.IGNORECASE)


def cross_meaning(key: str) -> str | None:
    """What a key line makes of a cross: its words ("not ready"), "" (no entry), or None when it says nothing of one."""
    said = _CROSS_SAID.search(key)
    if said is None or not re.search(r"[A-Za-z]{2}", said.group(1)):
        return None
    words = " ".join(said.group(1).split())
    return "" if _NO_ENTRY.search(words) else words


def _cross_key(text: str) -> bool:
    """A key line, or a legend set out without the word "Key" (no table row, two marks or more each with words)."""
    return bool(_KEY_LINE.match(text)) or "\t" not in text and len(_LEGEND_ENTRY.findall(text)) >= 2


def read_cross_marks(lines: list) -> list:
    """Each table cell that is or opens with a cross read by the nearest key below it (else above) that
    says what one means; no key, no entry (a lone cross reads "", one before words is dropped)."""
    if not any(CROSS in line.text for line in lines):
        return lines
    keys = {k: meaning for k, line in enumerate(lines) if _cross_key(line.text)
            and (meaning := cross_meaning(line.text)) is not None}
    at_keys = sorted(keys)  # (looked up by bisection: a long paper may hold many keys and many crosses)
    out = list(lines)
    for k, line in enumerate(lines):
        if k in keys or CROSS not in line.text:
            continue
        cells = line.text.split("\t")
        if not any(c == CROSS or c.startswith(CROSS + " ") for c in cells):
            continue
        after = bisect_right(at_keys, k)
        below = at_keys[after] if after < len(at_keys) and at_keys[after] <= k + KEY_WITHIN else None
        above = at_keys[after - 1] if after > 0 and at_keys[after - 1] >= k - KEY_WITHIN else None
        meaning = keys[below] if below is not None else keys[above] if above is not None else ""
        out[k] = line.model_copy(update={"text": "\t".join(_crossed(c, meaning) for c in cells)})
    return out


def _crossed(cell: str, meaning: str) -> str:
    if cell == CROSS:
        return meaning
    if cell.startswith(CROSS + " "):
        return f"{meaning} {cell[2:]}".strip()
    return cell
