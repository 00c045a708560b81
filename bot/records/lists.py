"""Lists as a reader sees them: a heading or a line ending in a colon, then the items it introduces.

"What are the 4 priorities?" is answered by the items, not by the heading that names them, so
each list keeps its introducing line and every item with the line it stands on. Items are bulleted
or numbered lines, short lines straight under a heading, or a run of "A. ... B. ... C. ..." in one
line."""

import hashlib
import json
import re
from collections.abc import Iterator

from bot.models import SourceLine
from bot.reading.layout import carries_on, is_table_line
from bot.reading.wrapped_lines import left_open
from bot.textnorm import squash

BULLET = re.compile(r"^\s*(?:[-•·*+▪■◦●o»➢✓]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)")
_INLINE = re.compile(r"(?:^|(?<=[\s.;]))([A-Z]|\d{1,2}|\([a-z]\)|\([ivx]{1,4}\))[.)]?\s+(?=[A-Z])")
_CELL_BREAK = re.compile(r"\t| {3,}")
_FIGURE = re.compile(r"[\d.()]+")
# A line that is only a page's number ("Page 3", "Page 2 of 2", "- 3 -"): page furniture.
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–]\s*\d{1,4}\s*[-–])\s*$", re.IGNORECASE)
MAX_ITEMS = 30
SHORT_LINE = 100


def list_records(lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]],
                 headings: set[int], doc_key: str, provenance, wrapped: bool = False) -> Iterator[dict]:
    """One record per list: its introducing line and items, each item with its own line. In a page's
    `wrapped` lines (a PDF's), short lines of prose under a heading are no items."""
    i = 0
    while i < len(lines):
        text = lines[i].text
        flat = squash(text)
        short_title = _short_title(flat)
        intro = (i in headings or flat.endswith(":") or short_title) and not PAGE_NUMBER.match(text)
        if intro and not is_table_line(text):
            items, end = _items_below(lines, i + 1, heading=i in headings or short_title, wrapped=wrapped)
            if len(items) < 2:
                items, end = _inline_below(lines, i + 1)
            if len(items) < 2 and (i in headings or short_title):
                items, end = _separated_below(lines, i + 1)
            if len(items) >= 2:
                yield _record(lines[i], items, contexts.get(i, (None, None)), doc_key, provenance, _sentence_start(lines, i))
                i = end
                continue
        if _POINTS_AHEAD.search(flat) and not is_table_line(text):
            items, end = _lines_after_paragraph(lines, i)
            if len(items) >= 2:
                yield _record(lines[i], items, contexts.get(i, (None, None)), doc_key, provenance)
                i = end
                continue
        inline = _inline_items(flat)
        if len(inline) >= 3:
            yield _record(lines[i], [(lines[i], item) for item in inline], contexts.get(i, (None, None)), doc_key, provenance)
        i += 1
    yield from _numbered_headings(lines, contexts, headings, doc_key, provenance)


# "Priority 1: Give every child ...", "Workstream 2 - ...", or a code's capitals with the number ("HL1 Smokefree
# Selcombe", "UEC-2 Front door") before the section's name
_NUMBERED_HEADING = re.compile(r"^(?:(?P<label>[A-Z][A-Za-z ]{0,30}?)\s+(?P<n>\d{1,2})\s*[:.)–-]\s+\S"
                               r"|(?P<code>[A-Z]{1,5})[ -]?(?P<cn>\d{1,2})\s+(?=[A-Z]))")


def _numbered_headings(lines: list[SourceLine], contexts: dict[int, tuple[str | None, str | None]],
                       headings: set[int], doc_key: str, provenance) -> Iterator[dict]:
    """Headings numbered in one run ("Priority 1: Give every child the best start", "Priority 2: ...",
    each with its own text below) are the items of the heading above the first of them ("Our five
    priorities"): a list written as sections."""
    runs: dict[str, list[int]] = {}
    for k in sorted(headings):
        m = _NUMBERED_HEADING.match(squash(lines[k].text))
        if not m:
            continue
        label, n = (m.group("label") or m.group("code")).lower(), int(m.group("n") or m.group("cn"))
        run = runs.setdefault(label, [])
        if n == len(run) + 1:
            run.append(k)
    for run in runs.values():
        if len(run) < 2:
            continue
        intro_at = next((k for k in range(run[0] - 1, max(-1, run[0] - 6), -1) if k in headings), None)
        if intro_at is None:
            continue
        items = [(lines[k], squash(lines[k].text)) for k in run]
        yield _record(lines[intro_at], items, contexts.get(intro_at, (None, None)), doc_key, provenance)


def _inline_below(lines: list[SourceLine], start: int) -> tuple[list[tuple[SourceLine, str]], int]:
    """"... transformational enablers includes:" over one line running "A. Becoming ... B. Developing
    ... C. Using ...": the run's items are the list the line introduces."""
    k = start
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    inline = _inline_items(squash(lines[k].text)) if k < len(lines) and not is_table_line(lines[k].text) else []
    return ([(lines[k], item) for item in inline], k + 1) if len(inline) >= 3 else ([], start)


SEPARATED_LINES = 6  # wrapped lines a run of names separated by semicolons may take
SEPARATED_WORDS = 8  # the most words of one of its names
_STOP = re.compile(r"[.!?](?:\s|$)")


def _separated_below(lines: list[SourceLine], start: int) -> tuple[list[tuple[SourceLine, str]], int]:
    """"Our six workstreams" over a sentence naming them between semicolons, wrapped as a newsletter's
    column wraps it ("Healthy Lives & Prevention; Out of Hospital Care; ... and Productivity & Back
    Office."): the names are the heading's items, each cited on the line it starts on."""
    k = start
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    joined, starts = "", []  # the sentence so far; where each line's text starts in it
    end = k
    while end < len(lines) and end - k < SEPARATED_LINES and lines[end].text.strip() and not is_table_line(lines[end].text):
        starts.append((len(joined) + (1 if joined else 0), lines[end]))
        joined = f"{joined} {squash(lines[end].text)}" if joined else squash(lines[end].text)
        stop = _STOP.search(joined, starts[-1][0])
        if stop:
            joined = joined[:stop.start()]
            break
        end += 1
    else:
        return [], start
    items: list[tuple[SourceLine, str]] = []
    at = 0
    for piece in joined.split(";"):
        name = re.sub(r"^(?:and|or)\s+", "", piece.strip())
        if not name or not (name[:1].isupper() or name[:1].isdigit()) or len(name.split()) > SEPARATED_WORDS:
            return [], start
        begins = joined.find(name, at)
        items.append((next(line for offset, line in reversed(starts) if offset <= begins), name))
        at = begins + len(name)
    return (items, end) if len(items) >= 3 else ([], start)  # (the line ending the run may go on to introduce more)


def _items_below(lines: list[SourceLine], start: int, heading: bool, wrapped: bool = False) -> tuple[list[tuple[SourceLine, str]], int]:
    """Bulleted lines (with their wrapped continuations), or short unbulleted lines under a heading."""
    items: list[tuple[SourceLine, str]] = []
    k = start
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    bulleted = bool(BULLET.match(lines[k].text)) if k < len(lines) else False
    if k < len(lines) and PAGE_NUMBER.match(lines[k].text):
        return [], k  # a page's running header, then its number: page furniture, no heading of what follows
    while k < len(lines) and len(items) < MAX_ITEMS:
        text = lines[k].text
        if PAGE_NUMBER.match(text):
            k += 1  # "Page 3" where a page breaks a list: no item of it
            continue
        if not text.strip():
            nxt = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].text.strip()), None)
            if bulleted and nxt is not None and BULLET.match(lines[nxt].text):
                k = nxt
                continue
            resumed = _resumed_after_fragments(lines, k) if bulleted and items else None
            if resumed is not None:  # a slide's text boxes between two runs of one list
                k = resumed
                continue
            break
        if is_table_line(text):
            if heading and not items or heading and items and items[-1][0].text and is_table_line(items[-1][0].text):
                cell = _row_item(text)  # a table straight under a heading lists its rows
                if cell:
                    items.append((lines[k], cell))
                    k += 1
                    continue
            break
        if bulleted:
            if BULLET.match(text):
                items.append((lines[k], squash(BULLET.sub("", text, count=1))))
            elif items and (text[:1].isspace() or text[:1].islower() and not _ENDS_SENTENCE.search(items[-1][1])):
                # (wrapped: indented, or, as a PDF wraps it, carrying on in lower case an item's unfinished sentence)
                source, item = items[-1]
                items[-1] = (source, f"{item} {squash(text)}")
            else:
                break
        elif heading and len(squash(text)) <= SHORT_LINE and not squash(text).endswith(":") and not (wrapped and _wrapped_prose(lines, k)):
            items.append((lines[k], squash(text)))
        else:
            break
        k += 1
    return items, k


FRAGMENT_WORDS = 2  # a line of no more words, not an item, may be a stray piece of another text box
FRAGMENT_LINES = 8  # at most this many fragments before the list resumes (the blank lines between them not counted)
_CARRYING_WORDS = frozenset("which that who we will to and or of the for in on with our a an".split())


def _stray_fragment(text: str) -> bool:
    """A piece of another text box that a slide or poster page, turned into text, drops between a list's
    items ("17/18", "o", "will focus", "Initiatives which"): a word or two that are no heading (a number,
    a lower-case start, a sentence left open, a word of one or two letters), never a line ending in a colon."""
    words = squash(text).split()
    if not words or len(words) > FRAGMENT_WORDS or BULLET.match(text) or words[-1].endswith(":"):
        return False
    return (not any(c.isalpha() for c in text) or words[0][:1].islower() or words[-1].lower() in _CARRYING_WORDS
            or len(words) == 1 and len(words[0]) <= 2)


def _resumed_after_fragments(lines: list[SourceLine], k: int) -> int | None:
    """Where a bulleted list carries on after blank lines and stray fragments only (_stray_fragment),
    or None when anything else comes first: a heading, a sentence, a table, the end."""
    fragments = 0
    for j in range(k, len(lines)):
        text = lines[j].text
        if not text.strip():
            continue
        if BULLET.match(text):
            return j
        fragments += 1
        if fragments > FRAGMENT_LINES or not _stray_fragment(text) or is_table_line(text):
            return None
    return None


def _wrapped_prose(lines: list[SourceLine], k: int) -> bool:
    """A short line under a heading that is a wrapped sentence's part, not an item: it ends its
    sentence inside, leaves it open ("... AVB Together. Our", "... Out of Hospital Care;"), or the
    next line carries it on in lower case (a newsletter's column of prose)."""
    text = squash(lines[k].text)
    below = squash(lines[k + 1].text) if k + 1 < len(lines) else ""
    return carries_on(text) or left_open(text) or bool(_SENTENCE_INSIDE.search(text)) or below[:1].islower()


_SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


# Prose that says its items follow ("organised in the workstreams below", "the following partners").
_POINTS_AHEAD = re.compile(r"\b(?:below|the following|as follows)\b(?!\s+(?:the|a|an|this|that)\b)", re.IGNORECASE)


def points_ahead(text: str) -> bool:
    """A line saying its items follow it: it ends in a colon, or its prose points ahead ("the
    workstreams below"; not "below the 95% standard")."""
    return text.rstrip().endswith(":") or bool(_POINTS_AHEAD.search(text))


PARAGRAPH_LINES = 4  # the most lines of prose, after the one pointing ahead, before the items


def _lines_after_paragraph(lines: list[SourceLine], start: int) -> tuple[list[tuple[SourceLine, str]], int]:
    """The run of lines after the paragraph holding line `start`, one item a line, up to the next
    blank line: "The programme is organised in the workstreams below. ..." then "Urgent and Emergency
    Care - Lead: ...", "Virtual Wards - Lead: ...". The items start with a capital or a figure and
    none runs on into the next (a wrapped paragraph is not a list)."""
    k = start + 1
    while k < len(lines) and lines[k].text.strip() and k - start <= PARAGRAPH_LINES:
        k += 1
    if k >= len(lines) or lines[k].text.strip():
        return [], start + 1
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    run: list[tuple[SourceLine, str]] = []
    while k < len(lines) and lines[k].text.strip() and len(run) < MAX_ITEMS:
        text = squash(lines[k].text)
        if is_table_line(lines[k].text) or not (text[:1].isupper() or text[:1].isdigit()) or len(text) > LINE_ITEM:
            return [], start + 1
        run.append((lines[k], text))
        k += 1
    return run, k


LINE_ITEM = 200


def _short_title(text: str) -> bool:
    """A short line that names what follows ("List of background papers"): no final stop, few words."""
    stripped = squash(text)
    return 3 <= len(stripped) <= 60 and stripped[:1].isupper() and stripped[-1] not in ".,;" and len(stripped.split()) <= 8


def _row_item(text: str) -> str:
    """A table row as a list item: its cells that are more than a number, in order."""
    cells = [squash(c) for c in _CELL_BREAK.split(text)]
    return " - ".join(c for c in cells if c and not _FIGURE.fullmatch(c))


def _inline_items(text: str) -> list[str]:
    """"A. Becoming ... B. Developing ... C. Using ..." -> the lettered or numbered items, in order."""
    run: list[re.Match[str]] = []
    for m in _INLINE.finditer(text):
        label = m.group(1).strip("()")
        if (not run and label in _FIRST) or (run and label == _after(run[-1].group(1).strip("()"), run[0].group(1).strip("()"))):
            run.append(m)
    if len(run) < 3:
        return []
    bounds = [m.start(1) for m in run] + [len(text)]
    return [squash(text[run[n].end(): bounds[n + 1]]).rstrip(" ;,") for n in range(len(run))]


_FIRST = {"A", "a", "1", "i"}
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _after(label: str, first: str) -> str | None:
    """The label that follows in a run that began with `first` (1 2 3, A B C, a b c, i ii iii)."""
    if first == "i" and label in _ROMAN[:-1]:
        return _ROMAN[_ROMAN.index(label) + 1]
    if label.isdigit():
        return str(int(label) + 1)
    return chr(ord(label) + 1) if len(label) == 1 and label.isalpha() else None


# A line that opens in lower case, after a line that ends mid-sentence, carries on the sentence above it
_ENDS_SENTENCE = re.compile(r"[.:;!?]\s*$")
_LAST_SENTENCE = re.compile(r"(?:^|[.;!?]\s+)(?P<tail>[^.;!?]+)$")


def _sentence_start(lines: list[SourceLine], i: int) -> str:
    """The start of the sentence an introducing line ends, when the line carries on the one above it
    ("The document sets out five broad strategic themes" / "which drive ... The themes are:"): a PDF
    wraps a sentence where the page ends it, and what the list is of is said before the wrap."""
    text = squash(lines[i].text)
    if not text[:1].islower() or i == 0:
        return ""
    above = squash(lines[i - 1].text)
    m = _LAST_SENTENCE.search(above) if above and not _ENDS_SENTENCE.search(above) and not is_table_line(lines[i - 1].text) else None
    return m.group("tail").strip(" -•") if m else ""


def _record(intro: SourceLine, items: list[tuple[SourceLine, str]], context: tuple[str | None, str | None],
            doc_key: str, provenance, before: str = "") -> dict:
    section, area = context
    intro_text = squash(intro.text)
    said = f"{before} {intro_text}" if before else intro_text
    return {
        "id": hashlib.sha256(f"{doc_key}:{intro.page}:{intro.line}:{intro_text}".encode()).hexdigest()[:16],
        "intro": said[-300:] if before else said[:300], "count": len(items),
        "items": json.dumps([{"text": item[:300], "page": s.page, "line": s.line, "quote": on_line(s, item), **label_of(s, item)}
                             for s, item in items]),
        "items_text": " ; ".join(item for _, item in items)[:3000],
        "area": area, "quote": intro_text[:300], **provenance(intro, section),
    }


def label_of(source: SourceLine, item: str) -> dict[str, str]:
    """{"label": "E"} for an item its line gives a letter or number ("E. Building a Common Platform",
    "3) Falls"), so "enablers E and F" finds those two; {} for a bullet or none."""
    line = squash(source.text)
    at = line.find(item[:40])
    m = _LABEL_BEFORE.search(line[:at]) if at >= 0 else None
    return {"label": m.group(1)} if m else {}


_LABEL_BEFORE = re.compile(r"(?:^|\s)\(?([A-Za-z]|\d{1,2})[.)]\s*$")


def on_line(source: SourceLine, item: str) -> str:
    """The part of an item that stands on its own line (a wrapped item continues below it): its most
    leading words the line holds. Fewer of them are then held too, so the count is found by halving
    (an item of hundreds of words was cut a word at a time)."""
    line = squash(source.text)
    words = item.split()
    held, tried = 0, len(words)  # words[:held] are on the line; more than `tried` are not
    while held < tried:
        n = (held + tried + 1) // 2
        if " ".join(words[:n]) in line:
            held = n
        else:
            tried = n - 1
    return " ".join(words[:held])[:300]
