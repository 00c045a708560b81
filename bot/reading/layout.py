"""How a line reads on the page: a heading, a table row and its cells, or a header row of labels.

Shared by record extraction and passage building, so both see the same structure."""

import re
from collections.abc import Iterator

_LAYOUT_GAP = re.compile(r" {3,}")
_SMALL_WORDS = {"and", "of", "the", "for", "on", "&", "a", "to", "in", "with", "against", "which", "we", "will"}
_BULLET = re.compile(r"^\s*(?:[-•·*]|\d+[.)]\s)")
_CELL_BREAK = re.compile(r"\t| {3,}")
_SLIDE_MARK = re.compile(r"^\[[^\]]{1,20}\]\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z&'’]*")


def is_heading(text: str, blank_before: bool) -> bool:
    """A short title-like line: what readers would take as a section heading."""
    stripped = text.strip()
    if stripped.startswith("["):
        stripped = _SLIDE_MARK.sub("", stripped)  # "[Slide 2]  OUR 4 PRIORITIES"
    if not (4 <= len(stripped) <= 110) or "\t" in text or _LAYOUT_GAP.search(stripped):
        return False
    if _BULLET.match(stripped) or stripped[-1] in ".,;:" or not stripped[0].isupper() and not stripped[0].isdigit():
        return False
    words = _WORD.findall(stripped)
    if len(words) < 1 or (len(words) == 1 and len(stripped) < 6):
        return False
    if "%" in stripped or _SENTENCE_BREAK.search(stripped):
        return False  # "... from 2.00pm to 4.30pm. There": a sentence ends inside it, so it is prose
    if ends_in_value(stripped):
        return False  # "Provider efficiencies (CIP) (168.9)": a label with its figure, a table's row
    capitals = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL_WORDS)
    if not blank_before or len(words) > LONG_HEADING_WORDS:
        return capitals >= max(2, int(len(words) * 0.8))  # a long heading is written in title case
    return len(words) <= 4 or capitals >= len(words) * 0.5


LONG_HEADING_WORDS = 12
# A word in lower case (or a figure) ending a sentence, then the next sentence: "4.30pm. There". A
# capitalised abbreviation ("St. Helens", "Dr. Ng") is no sentence end.
_SENTENCE_BREAK = re.compile(r"(?:^|\s)[a-z0-9(][^\s]*[a-z0-9)][.!?]\s+[A-Z][a-z]")


# A figure ending a line as a value is written: in brackets ("(35.0)", a sum taken off; not a year's
# "(2018)" nor a count's "(12)"), with a currency or unit ("£14.2m", "3.4bn", "1,200k"), with a thousands
# separator ("1,846"), or with a decimal point after a label of two words or more ("Residual gap 14.2"). A
# numbering word and its number ("Section 2.1", "Priority 3") and a year ("Plan for 2017/18") are not values.
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_VALUE_END = re.compile(rf"(?:\(\s*-?(?:£\s?{_FIGURE}|\d[\d,]*\.\d+|\d{{1,3}}(?:,\d{{3}})+|{_FIGURE}\s?(?=[mk]))\s?(?:m|bn|k)?\s*\)"
                        rf"|£\s?{_FIGURE}\s*(?:m|bn|k|million|billion)?|\b{_FIGURE}\s?(?:m|bn|k)|\b\d{{1,3}}(?:,\d{{3}})+"
                        rf"|(?P<decimal>\b\d+\.\d+))$")


def ends_in_value(text: str) -> bool:
    """The line ends in a figure written as a value, so it is a label with its value (a row of a
    two-column table read as one line), which no heading is."""
    found = _VALUE_END.search(text.rstrip())
    if found is None:
        return False
    return not found.group("decimal") or len(_WORD.findall(text[:found.start()])) >= 2


# A line ending in a comma or a word no sentence ends with ("... endorsed the appointment of") is cut by
# the page's width, not ended: the line after it is the sentence's rest ("Dr Helga Brightmore, Consultant
# Psychiatrist, ..."), however like a heading it looks, as hard-wrapped text exports write it.
_CARRIES_ON = re.compile(r"(?:,|\b(?:of|the|to|and|a|an|for|with|as|by|in|on|at|from|that|which|who|is|are|was|were|be|will|would|"
                         r"or|than|into|under|between|their|its|our|his|her))\s*$")


def carries_on(text: str) -> bool:
    """The line's sentence goes on into the next line."""
    return bool(_CARRIES_ON.search(text))


def is_table_line(text: str) -> bool:
    """Cells split by tabs, or by two or more gaps of 3+ spaces (asked of every line several times:
    a line without such a gap is answered without a scan)."""
    return "\t" in text or ("   " in text and len(_LAYOUT_GAP.findall(text.strip())) >= 2)


def cells(text: str) -> list[str]:
    """A table line's cells, split where the reader sees column breaks (tabs or wide gaps)."""
    return _CELL_BREAK.split(text)


def is_header_row(text: str) -> bool:
    """A row of short labels (days, quarters, P1..P5) that names the columns below it."""
    labels = [c.strip() for c in cells(text) if c.strip()]
    return len(cells(text)) >= 3 and len(labels) >= 3 and all(len(c) <= 30 and len(c.split()) <= 4 for c in labels)


def runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each maximal run of set flags: lines of one kind read together."""
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        k = i
        while k < len(flags) and flags[k]:
            k += 1
        yield i, k
        i = k


# A cell holding a figure alone ("£3.2m", "86.4%", "(1,200)", "3x"): a value, not a label.
FIGURE = re.compile(r"[-+(]?[£$€]?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|m|k|bn|x)?\)?", re.IGNORECASE)


# "SRO: Director of ...", "Lead: ...": a box's field, a label and its value on one line
FIELD_LINE = re.compile(r"^[A-Z][A-Za-z ]{1,30}:\s+\S")
# ... and one whose label is hyphenated or joined ("Go-live: Q3 2017/18", "Owner/lead: ..."): read as a field under a
# box's title by the answering; the section reader keeps the plainer form (widening it there cost a held-out answer)
FIELD_LINE_JOINED = re.compile(r"^[A-Z][A-Za-z /&-]{1,30}:\s+\S")


def hangs_under(first: str, above: str, below: str) -> bool:
    """A line indented further than the field line it follows (`first`, "Label: value"), after a line that
    ended no sentence, carries the field on: a box's field wrapped under a hanging indent ("SRO: Director of
    Adult Social" over "  Care, Stannerby County" over "  Council"), however title-like its words. (An
    index's indented entry under a topic line is no field's.)"""
    indent = len(below) - len(below.lstrip(" "))
    return (bool(below.strip()) and FIELD_LINE.match(first.strip()) is not None
            and indent > len(first) - len(first.lstrip(" ")) and not re.search(r"[.!?:;]\s*$", above))


_CHUNK_GAP = re.compile(r" {2,}")


def layout_chunks(text: str) -> list[tuple[int, str]]:
    """(start column, text) of each run of words separated by 2+ spaces."""
    chunks: list[tuple[int, str]] = []
    pos = 0
    for part in _CHUNK_GAP.split(text):
        start = text.index(part, pos) if part else pos
        if part.strip():
            chunks.append((start, part.strip()))
        pos = start + len(part)
    return chunks
