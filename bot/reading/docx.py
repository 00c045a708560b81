"""Word (.docx): paragraphs and table rows in document order, stream-parsed from the zip.

The main part is read with lxml's iterparse straight from the zip stream, and each paragraph or
table row is dropped from memory once read, so memory follows the text, not the XML (python-docx
builds the whole tree and holds every part: 280 MB for a 20 MB document.xml). Text is taken the way
python-docx gives it (runs, tabs, breaks; a merged cell once per row; a vertically merged cell
repeats the text above), plus content controls and tracked insertions, which python-docx skips.
Expects bytes that passed bot.reading.zips.check_zip."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import row_line
from bot.textnorm import clean

if TYPE_CHECKING:  # lxml is imported when a Word file is read: a process that only answers never loads it
    from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY, P, TBL, TR, TC, T, BR = (W + t for t in ("body", "p", "tbl", "tr", "tc", "t", "br"))
SDT, SDT_CONTENT, TC_PR, TR_PR = W + "sdt", W + "sdtContent", W + "tcPr", W + "trPr"
_CHARS = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
SYM = W + "sym"
# Symbols Word inserts from a symbol font (Insert > Symbol: a w:sym with the font and the glyph's code,
# no text): the ticks, crosses, boxes and circles of coverage grids and keys, as the characters they draw.
_SYMBOLS = {
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6C: "●", 0xA1: "○", 0x6E: "■", 0x6F: "□", 0xA8: "◻",
                  0x9F: "•", 0xA7: "▪", 0x77: "◆"},
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x54: "☒", 0x53: "☒", 0x97: "●", 0x99: "○", 0xA3: "□"},
    "symbol": {0xB7: "•", 0xD6: "√"},
}
# Text that is not the paragraph's own: text boxes (read after it), their legacy copies, properties.
_SKIP = {W + "txbxContent", W + "pPr", W + "rPr", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_UNREADABLE = (zipfile.BadZipFile, KeyError, SyntaxError, ValueError, RuntimeError, EOFError, zlib.error)


def read_docx(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, list[str]]:
    budget = TextBudget(name, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            main = _part(archive, "/officeDocument", "word/document.xml")
            styles = _heading_styles(archive)
            notes = _notes(archive)
            headed: dict[int, int] = {}
            with archive.open(main) as stream:
                body = list(_blocks(name, stream, styles, headed, notes))
            heads, feet = _margins(archive, "header"), _margins(archive, "footer")
            before = len(heads) + (1 if heads else 0)
            headings = {before + k: level for k, level in headed.items()}
            texts = [budget.take(text) for text in (*heads, *([""] if heads else []), *body, *([""] if feet else []), *feet)]
            title = _title(archive)
    except DocumentError:
        raise
    except _UNREADABLE as exc:
        raise DocumentError(name, f"is not a readable Word file ({type(exc).__name__}); re-save it as .docx") from None
    lines = [SourceLine(line=i, text=clean(t), heading=headings.get(i - 1, 0)) for i, t in enumerate(texts, start=1)]
    return lines, title, []  # without a title in the properties, bot.reading.titles reads one from the lines


def _parse(stream: IO[bytes], events: tuple[str, ...] = ("end",)) -> Iterator[tuple[str, etree._Element]]:
    """No entities, no DTDs, no network, lxml's default depth and size guards."""
    from lxml import etree

    return etree.iterparse(stream, events=events, resolve_entities=False, load_dtd=False, no_network=True,
                           huge_tree=False, remove_comments=True)


def _part(archive: zipfile.ZipFile, rel_type: str, default: str) -> str:
    """The part the package relationships name for rel_type (the main document, the core properties)."""
    try:
        with archive.open("_rels/.rels") as stream:
            for _, rel in _parse(stream):
                if rel.tag == _RELS and (rel.get("Type") or "").endswith(rel_type):
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in archive.namelist():
                        return target
    except KeyError:
        pass
    return default


def _title(archive: zipfile.ZipFile) -> str:
    try:
        with archive.open(_part(archive, "/core-properties", "docProps/core.xml")) as stream:
            return next(((el.text or "").strip() for _, el in _parse(stream) if el.tag == _DC_TITLE), "")
    except KeyError:
        return ""


def _top_level(parent: etree._Element | None) -> bool:
    """The body, or a content control directly in it: where the document's own blocks sit."""
    while parent is not None and parent.tag in (SDT_CONTENT, SDT):
        parent = parent.getparent()
    return parent is not None and parent.tag == BODY


def _blocks(name: str, stream: IO[bytes], styles: dict[str, int] | None = None, headed: dict[int, int] | None = None,
            notes: Notes | None = None) -> Iterator[str]:
    """Each top-level paragraph's text, and each row of a top-level table as tab-separated cells. The
    positions of paragraphs set in a heading style (or given an outline level) go into `headed`, with
    their level. The footnotes and endnotes a paragraph calls follow it, each on a line of its own."""
    above: dict[int, tuple[object, str]] = {}  # the previous row's cells by grid column, for vertical merges
    checked = False
    n = 0
    for _, el in _parse(stream):
        if not checked:
            if el.getroottree().getroot().tag != W + "document":
                raise DocumentError(name, "is not a Word document inside; save it again as .docx from Word")
            checked = True
        parent = el.getparent()
        if el.tag == P and _top_level(parent):
            text = paragraph_text(el)
            level = _heading_level(el, styles or {}) if headed is not None and text.strip() else 0
            if level and headed is not None:
                headed[n] = level
            called = _called(el, notes or {})
            boxed = list(_text_boxes(el))
            if headed is not None:  # a box's lines are its card's body, under the heading above: never headings
                headed.update({n + 1 + len(called) + k: BOX_LINE for k in range(len(boxed))})
            n += 1 + len(called) + len(boxed)
            yield text
            yield from called
            yield from boxed
        elif el.tag == TR and parent is not None and _top_level(parent.getparent()):
            contents, above = _row(el, above, notes or {})
            boxes = _boxes(contents)
            rows = list(_box_lines(contents)) if boxes else [row_line([_flat(content) for content in contents])]
            span = _spanned(el)
            if not boxes and len(contents) == 1 and span > 1 and rows[0].strip():
                rows = [rows[0] + "\t" * (span - 1)]  # a group's row merged across the table: still a row of it
            n += len(rows)
            yield from rows
        elif el.tag == TBL and _top_level(parent):
            above = {}
        else:
            continue
        el.clear()
        while el.getprevious() is not None:  # what has been read is dropped from the tree
            del parent[0]


TXBX = W + "txbxContent"
BOX_LINE = -1  # SourceLine.heading of a text box's line: the reader knows it is no heading
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: etree._Element) -> Iterator[str]:
    """The paragraphs of the text boxes anchored in a paragraph, after it: a programme card drawn as a
    floating box holds its owner and dates there. Word writes each box twice (the drawing and a legacy
    VML copy under mc:Fallback); the copy is left out, and a box inside a box is read with its outer one."""
    for box in p.iter(TXBX):
        ancestor, inner = box.getparent(), False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (FALLBACK, TXBX):
                inner = True
                break
            ancestor = ancestor.getparent()
        if inner:
            continue
        for para in box.iter(P):
            text = paragraph_text(para)
            if text.strip():
                yield text


_PPR, _PSTYLE, _OUTLINE = W + "pPr", W + "pStyle", W + "outlineLvl"
MAX_OUTLINE = 8  # Word's outline levels 0-8 are headings; 9 is body text


def _outline(props: etree._Element | None) -> int:
    """A paragraph's or style's outline level as a heading level (outline 0, "Heading 1", is 2), or 0."""
    level = props.find(_OUTLINE) if props is not None else None
    value = level.get(W + "val", "9") if level is not None else "9"
    return int(value) + 2 if value.isdigit() and int(value) <= MAX_OUTLINE else 0


def _heading_level(p: etree._Element, styles: dict[str, int]) -> int:
    """Set in a heading style ("Heading 2", or a style the paper based on one), or given an outline level."""
    props = p.find(_PPR)
    if props is None:
        return 0
    style = props.find(_PSTYLE)
    return _outline(props) or (styles.get(style.get(W + "val", ""), 0) if style is not None else 0)


def _heading_styles(archive: zipfile.ZipFile) -> dict[str, int]:
    """The paper's heading paragraph styles and their levels: "Title" 1, "heading N" N + 1, a style with
    an outline level, or one based on such a style."""
    found: dict[str, tuple[int, str | None]] = {}
    try:
        with archive.open("word/styles.xml") as stream:
            for _, el in _parse(stream):
                if el.tag == W + "style" and el.get(W + "type") == "paragraph":
                    name, based = el.find(W + "name"), el.find(W + "basedOn")
                    label = (name.get(W + "val", "") if name is not None else "").lower()
                    named = re.fullmatch(r"heading ?([1-9])", label)
                    level = 1 if label == "title" else int(named.group(1)) + 1 if named else _outline(el.find(_PPR))
                    found[el.get(W + "styleId", "")] = (level, based.get(W + "val") if based is not None else None)
    except KeyError:
        return {}

    def level_of(style: str, depth: int = 0) -> int:
        own, base = found.get(style, (0, None))
        return own or (level_of(base, depth + 1) if base is not None and depth < 10 else 0)

    levels = {style: level_of(style) for style in found}
    return {style: level for style, level in levels.items() if level}


def symbol(font: str, code: str) -> str:
    """The character a symbol font's glyph draws ("Wingdings", "F0FC": a tick), or nothing when not known.
    Codes are written in the font's private range (F0xx) or as the byte alone."""
    try:
        byte = int(code, 16) & 0xFF
    except ValueError:
        return ""
    return _SYMBOLS.get(font.strip().lower(), {}).get(byte, "")


def paragraph_text(el: etree._Element) -> str:
    parts: list[str] = []
    for child in el:
        tag = child.tag
        if tag == T:
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag == SYM:
            parts.append(symbol(child.get(W + "font", ""), child.get(W + "char", "")))
        elif tag == BR:
            parts.append("\n" if child.get(W + "type", "textWrapping") == "textWrapping" else "")
        elif tag not in _SKIP and isinstance(tag, str):
            parts.append(paragraph_text(child))
    return "".join(parts)


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag == SDT:
            yield from (tc for content in child.iter(SDT_CONTENT) for tc in content if tc.tag == TC)


def _spanned(tr: etree._Element) -> int:
    """How many grid columns a row's one cell spans (1 for a row of several cells)."""
    found = list(_cells(tr))
    if len(found) != 1:
        return 1
    props = found[0].find(TC_PR)
    return max(1, _int(props.find(W + "gridSpan") if props is not None else None, 1))


def _int(el: etree._Element | None, default: int) -> int:
    try:
        return int(el.get(W + "val")) if el is not None else default  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


Content = tuple[list[str], list[list[str]]]  # a cell's paragraphs, and the rows of tables inside it


def _row(tr: etree._Element, above: dict[int, tuple[object, Content]], notes: Notes | None = None
         ) -> tuple[list[Content], dict[int, tuple[object, Content]]]:
    """A row's cells, a cell spanning columns once; a vertically merged cell gives the text above it."""
    props = tr.find(TR_PR)
    column = _int(props.find(W + "gridBefore") if props is not None else None, 0)
    this_row: dict[int, tuple[object, Content]] = {}
    cells: list[Content] = []
    previous: object = None
    for tc in _cells(tr):
        tc_props = tc.find(TC_PR)
        span = max(1, _int(tc_props.find(W + "gridSpan") if tc_props is not None else None, 1))
        merge = tc_props.find(W + "vMerge") if tc_props is not None else None
        key, content = object(), _content(tc, notes or {})
        if merge is not None and merge.get(W + "val", "continue") == "continue" and column in above:
            key, content = above[column]
        this_row[column] = (key, content)
        if key is not previous:
            cells.append(content)
        previous = key
        column += span
    return cells, this_row


def _content(tc: etree._Element, notes: Notes | None = None) -> Content:
    """A cell's paragraphs (each on one line, a note it calls after it) and the rows of any table set
    inside it, in order."""
    paragraphs: list[str] = []
    rows: list[list[str]] = []
    for child in tc:
        if child.tag == P:
            paragraphs.append(" ".join(paragraph_text(child).split()))
            paragraphs += _called(child, notes or {})
        elif child.tag == TBL:
            rows += [[_flat(_content(inner)) for inner in _cells(tr)] for tr in child if tr.tag == TR]
        elif child.tag == SDT:
            for box in child.iter(SDT_CONTENT):
                inner_paragraphs, inner_rows = _content(box, notes)
                paragraphs += inner_paragraphs
                rows += inner_rows
    return paragraphs, rows


def _flat(content: Content) -> str:
    """A cell as one table cell: its paragraphs, then any inner table's rows, run together; a paragraph
    that ends without punctuation is closed with "; " so the next does not run on from it."""
    paragraphs, rows = content
    parts = [p for p in (" ".join(t.split()) for t in [*paragraphs, *("; ".join(c for c in row if c) for row in rows)]) if p]
    return "".join(p + ("" if k == len(parts) - 1 else " " if p[-1] in ".;:,!?" else "; ") for k, p in enumerate(parts))


BOX_PARAGRAPHS = 3


def _boxes(contents: list[Content]) -> bool:
    """A row used to lay boxes out on the page, not a row of data: every cell that holds anything
    holds a heading and several paragraphs under it (or only a table of its own), so no cell is one
    value a column label could name."""
    filled = [(sum(1 for p in paragraphs if p), rows) for paragraphs, rows in contents if any(paragraphs) or rows]
    return bool(filled) and all(n >= BOX_PARAGRAPHS or (rows and n <= 1) for n, rows in filled) \
        and any(n >= BOX_PARAGRAPHS or len(rows) > 1 for n, rows in filled)


def _box_lines(contents: list[Content]) -> Iterator[str]:
    """Each box in turn, left to right: its paragraphs as lines, a table inside it as rows, a blank
    line after it so its text is a passage of its own."""
    for paragraphs, rows in contents:
        yield from (p for p in paragraphs if p)
        yield from (row_line(row) for row in rows if any(c.strip() for c in row))
        yield ""


Notes = dict[tuple[str, str], str]  # ("footnote" or "endnote", id) -> the note's text
_NOTE_KINDS = ("footnote", "endnote")


def _notes(archive: zipfile.ZipFile) -> Notes:
    """The footnotes' and endnotes' text by id: papers put a scheme's lead, its dates or a figure's
    source in a note the body only points to with a number. Separator notes (ids -1, 0) hold no text."""
    out: Notes = {}
    for kind in _NOTE_KINDS:
        try:
            with archive.open(f"word/{kind}s.xml") as stream:
                for _, el in _parse(stream):
                    if el.tag == W + kind and el.get(W + "type") in (None, "normal"):
                        text = " ".join(" ".join(paragraph_text(p).split()) for p in el.iter(P))
                        if text.strip():
                            out[(kind, el.get(W + "id", ""))] = text.strip()
                        el.clear()
        except KeyError:
            continue  # no notes of this kind
        except _UNREADABLE:
            continue  # a damaged notes part loses its notes (those read before the damage stay), not the document
    return out


def _called(p: etree._Element, notes: Notes) -> list[str]:
    """The text of each note a paragraph calls, in the order it calls them."""
    return [notes[(kind, ref.get(W + "id", ""))] for ref in p.iter(W + "footnoteReference", W + "endnoteReference")
            for kind in (ref.tag[len(W):-len("Reference")],) if (kind, ref.get(W + "id", "")) in notes]


def _margins(archive: zipfile.ZipFile, kind: str) -> list[str]:
    """The page headers' or footers' paragraphs, each once (a first-page and a default header often
    repeat): a paper's version, date and owner are often written only there."""
    seen: dict[str, None] = {}
    for part in sorted(n for n in archive.namelist() if n.startswith(f"word/{kind}") and n.endswith(".xml")):
        with archive.open(part) as stream:
            for _, el in _parse(stream):
                if el.tag == P and not any(a.tag == P for a in el.iterancestors()):
                    text = " ".join(paragraph_text(el).split())
                    if text:
                        seen.setdefault(text)
    return list(seen)
