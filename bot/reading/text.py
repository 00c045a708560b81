"""Plain text and Markdown: one SourceLine per line, numbered from 1.

Tables written with pipes ("| Name | Role |", Markdown or box-drawn "+----+----+") become
tab-separated cells, the one table shape the rest of planbot reads; their rule lines become blank.
In Markdown, heading marks and emphasis are dropped so a heading reads as a heading."""

import codecs
import re

from bot.errors import DocumentError
from bot.models import SourceLine
from bot.reading.compare_marks import read_marks
from bot.reading.layout import runs
from bot.reading.limits import ReadLimits, TextBudget
from bot.reading.marks import has_mark, label_cells
from bot.textnorm import clean

MARKDOWN_SUFFIXES = {".md", ".markdown"}
_RULE = re.compile(r"^[\s|+:=─━┼┬┴├┤┌┐└┘│-]+$")
_PIPE_ROW = re.compile(r"^\s*[|│].*[|│]\s*$")
# A tree drawn with box-drawing branches: the connectors before an item ("│   ├── ", "└── ").
_TREE_BRANCH = re.compile(r"^[\s│┃]*[├└┣┗╰][─━]+\s*")
_TREE_STEM = re.compile(r"[ \t]*[│┃][\s│┃]*")
# "Programme Director ........ Calum Esterhuizen": a dotted leader joins a label to its value.
_LEADER = re.compile(r"(?<=\S)\s*\.{4,}\s*(?=\S)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode_text(name: str, data: bytes) -> tuple[str, list[str]]:
    """Bytes to text the way Windows and Mac editors save it: a byte-order mark names the encoding
    (Notepad's "Unicode" is UTF-16 with one); without one, NUL bytes mean a binary file, then UTF-8,
    then Windows-1252 with a warning. The check for NULs comes after the mark, because UTF-16 and
    UTF-32 text is full of them."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), []
            except UnicodeDecodeError:
                raise DocumentError(name, f"starts with a {label} byte-order mark but is not valid {label}; "
                                          "re-save it as UTF-8") from None
    if b"\x00" in data:
        raise DocumentError(name, "looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), [f"{name}: not UTF-8; read as Windows-1252"]


def read_text(name: str, data: bytes, limits: ReadLimits) -> tuple[list[SourceLine], str, list[str]]:
    text, warnings = decode_text(name, data)
    if "\x00" in text:
        raise DocumentError(name, "looks like a binary file, not text")
    text, hunks = read_marks(text.replace("\r\n", "\n").replace("\r", "\n"))
    raw = text.split("\n")
    markdown = name.lower().endswith(tuple(MARKDOWN_SUFFIXES))
    budget = TextBudget(name, limits)
    raw = simple_tables(bare_pipe_tables(raw))
    texts = [table_line(markdown_line(t) if markdown else t) for t in raw]
    # "## Priority 1: ..." is a heading, whatever its length; so is a comparison report's hunk header
    titled = [bool(markdown and _MD_HEADING.match(t)) or k in hunks for k, t in enumerate(raw, start=1)]
    texts, levels = outline_levels(texts)
    titled = [level or h for level, h in zip(levels, titled)]
    joined = aligned_values(labelled_values(hanging_items(texts)))
    lines = [SourceLine(line=i, text=clean(_marks(budget.take(t))), heading=h)
             for i, (t, h, keep) in enumerate(zip(joined, titled, [t is not None for t in joined]), start=1) if keep]
    return lines, "", warnings  # the title is read from the lines by bot.reading.titles


MIN_OUTLINE_LINES = 5  # lines set in by tabs alone, at least, for a file to be an outline
_LEADING_TABS = re.compile(r"^(\t+)(?=\S)")


def outline_levels(texts: list[str]) -> tuple[list[str], list[int]]:
    """An outline that shows each branch's level only by leading tabs (a mind map's text export, a
    to-do outline): each line's text without its tabs, and the heading level of a branch that has branches
    under it (the root a title, 1; a first-level branch 2, ...), so what sits under "PW1 Healthy Glasswick"
    is read as that item's. A file whose tabs also part cells mid-line is a table, not an outline: unchanged."""
    levels = [0] * len(texts)
    set_in = [(_LEADING_TABS.match(t), t) for t in texts]
    if sum(1 for m, _ in set_in if m) < MIN_OUTLINE_LINES or any("\t" in t.lstrip("\t") for t in texts if t.strip()):
        return texts, levels
    depth = [len(m.group(1)) if m else 0 for m, _ in set_in]
    out = [t.lstrip("\t") for t in texts]
    for k, text in enumerate(out):
        after = next((j for j in range(k + 1, len(out)) if out[j].strip()), None)
        if text.strip() and after is not None and depth[after] > depth[k] and (depth[k] or set_in[after][0]):
            levels[k] = depth[k] + 1
    return out, levels


VALUE_LINES = 2  # lines set in under a label that are its value; more are a list under a heading
VALUE_INSET = 4  # spaces further in than the label's line


def labelled_values(texts: list[str | None]) -> list[str | None]:
    """A line ending in a label ("C2  Page 4, Section D, P5.2 Brennerton crisis cafe, Date:") with its value
    set in on the line or two under it ("        for "Q4 16/17"   read "31 July 2017""), the next line
    back at the label's margin, read as one line: the value is the label's. The lines joined in are left
    out (None), so every other line keeps its number in the file."""
    out = list(texts)
    for k, text in enumerate(texts):
        if text is None or out[k] != text or not text.rstrip().endswith(":") or "\t" in text:
            continue
        margin = len(text) - len(text.lstrip())
        j = k + 1
        while j < len(texts) and (texts[j] or "").strip() and _inset(texts[j]) >= margin + VALUE_INSET \
                and not _ITEM.match(texts[j]) and "\t" not in texts[j]:
            j += 1
        back = j >= len(texts) or texts[j] is None or not texts[j].strip() or _inset(texts[j]) <= margin
        if 0 < j - k - 1 <= VALUE_LINES and back:
            out[k] = " ".join([text.rstrip(), *(" ".join(texts[i].split()) for i in range(k + 1, j))])
            out[k + 1: j] = [None] * (j - k - 1)
    return out


# "Author:           Margery Thistlewood, Accountable Officer, Grettlesham CCG," a label, a gap, its value
_ALIGNED_FIELD = re.compile(r"^(\s*[A-Z][\w /&()'’-]{0,40}:\s{2,})\S")


def aligned_values(texts: list[str | None]) -> list[str | None]:
    """A memo's cover block sets each label's value at one column ("Author:           Margery Thistlewood,
    Accountable Officer, Grettlesham CCG," over "                  and Lead for the Grettlesham & Oakhythe
    STP"): a line or two set in to exactly that column under it go on with the value, read as one line.
    Three or more are a list under the label, left as they are. The lines joined in are left out (None),
    so every other line keeps its number in the file."""
    out = list(texts)
    for k, text in enumerate(texts):
        m = _ALIGNED_FIELD.match(text) if text is not None and out[k] == text and "\t" not in text else None
        if m is None:
            continue
        column, j = len(m.group(1)), k + 1
        while j < len(texts) and texts[j] is not None and texts[j].strip() and "\t" not in texts[j] \
                and _inset(texts[j]) == column and not _ITEM.match(texts[j]):
            j += 1
        if 0 < j - k - 1 <= VALUE_LINES:
            out[k] = " ".join([text.rstrip(), *(" ".join(texts[i].split()) for i in range(k + 1, j))])
            out[k + 1: j] = [None] * (j - k - 1)
    return out


def _inset(text: str) -> int:
    return len(text) - len(text.lstrip())


# A list item's mark ("- ", "* ", "• ", "1. ", "(a) ") and the column its text starts at.
_ITEM = re.compile(r"^(\s*(?:[-*•·]|\(?\d{1,2}[.)]|\([a-z]\))\s+)\S")


_STOPPED = re.compile(r"[.!?:]\**\s*$")  # a line ending its sentence: an indented line under it says more, of its own


def hanging_items(texts: list[str]) -> list[str | None]:
    """A hard-wrapped list item's lines joined on its first line ("- PCC: ... Dr Leonie" over "  Fairweather-Oduya
    (Medical Director, SRI) is SRO ..."): a line indented to where the item's text starts, under it, goes on
    with it, as a plain-text e-mail wraps a bullet, while the item's sentence is unfinished (a line indented
    under an item that ended its sentence is a line of its own: "Proposed by ..." under a numbered decision).
    The lines joined in are left out (None), so every other line keeps its number in the file."""
    out: list[str | None] = list(texts)
    k = 0
    while k < len(texts):
        m = _ITEM.match(texts[k]) if "\t" not in texts[k] else None
        j = k + 1
        if m:
            indent = len(m.group(1))
            while (j < len(texts) and texts[j].strip() and "\t" not in texts[j] and "   " not in texts[j].strip()
                   and len(texts[j]) - len(texts[j].lstrip(" ")) == indent and not _ITEM.match(texts[j])
                   and not _STOPPED.search(out[k] or "")):
                out[k] = f"{out[k].rstrip()} {texts[j].strip()}"
                out[j] = None
                j += 1
        k = j
    return out


_DASH_RUN = re.compile(r"-{2,}|={2,}")
_SIMPLE_RULE = re.compile(r"^\s*(?:[-=]{2,}\s+)+[-=]{2,}\s*$")


def simple_tables(raw: list[str]) -> list[str]:
    """A "simple table" (the plain-text layout pandoc and many exports write): a header line, then a
    rule of dash runs separated by spaces, then rows aligned under the runs. The rule, not the gaps
    between words, says where each column starts ("Brackenridge Oakcroft Quennell" are three column
    labels one space apart), so the header and the rows under it, to the next blank line, are cut at
    the runs' starts into tab-separated cells."""
    out = list(raw)
    for i in range(1, len(raw)):
        if not _SIMPLE_RULE.match(raw[i]) or not raw[i - 1].strip() or "\t" in raw[i - 1] or "|" in raw[i - 1]:
            continue
        starts = [m.start() for m in _DASH_RUN.finditer(raw[i])]
        out[i - 1] = _cut(raw[i - 1], starts)
        k = i + 1
        while k < len(raw) and raw[k].strip() and not _SIMPLE_RULE.match(raw[k]) and "\t" not in raw[k]:
            out[k] = _cut(raw[k], starts)
            k += 1
    return out


_BARE_RULE = re.compile(r"^\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*$")


def bare_pipe_tables(raw: list[str]) -> list[str]:
    """Pipe tables written without the outer pipes ("Risk ID | Description | Owner", as Markdown
    allows): two or more lines in a row, each with two or more pipes, become tab-separated cells
    (their rule line blank), the shape a pipe table with outer pipes is given. A lone line with
    pipes in prose is left alone."""
    out = list(raw)
    piped = [t.count("|") >= 2 and not t.lstrip().startswith(("|", "│")) for t in raw]
    for i, k in runs(piped):
        if k - i >= 2:
            for j in range(i, k):
                out[j] = "" if _BARE_RULE.match(raw[j]) else "\t".join(c.strip() for c in raw[j].split("|"))
    return out


def _cut(text: str, starts: list[int]) -> str:
    """A line cut into cells at the columns' starts; a word running over a start stays in its cell."""
    cells, begin = [], 0
    for start in [*starts[1:], None]:
        end = len(text) if start is None else start
        while 0 < end < len(text) and text[end - 1] != " " and text[end] != " ":
            end += 1  # a word that runs over into the next column's space belongs to this cell
        cells.append(text[begin:end].strip())
        begin = end
    return "\t".join(cells)


def table_line(text: str) -> str:
    """A pipe-table row as tab-separated cells; a table's rule line ("|---|---|", "+----+") as blank;
    a label and its value joined by a dotted leader as two cells."""
    if "...." in text:
        text = _LEADER.sub("\t", text)
    if not any(ch in text for ch in "|│+-=─"):
        return text
    if _TREE_STEM.fullmatch(text):
        return ""  # "│" alone: a tree's stem between its branches
    branch = _TREE_BRANCH.match(text)
    if branch:  # "│   ├── Estates Group - chair: ...": an item of a tree, a line of its own
        return text[branch.end():]
    if _RULE.match(text) and re.search(r"-{3,}|─{3,}|={3,}", text):
        return ""
    if _PIPE_ROW.match(text):
        cells = re.split(r"\s*[|│]\s*", text.strip())[1:-1]
        return "\t".join(cell.strip() for cell in cells)
    return text


def markdown_line(text: str) -> str:
    """"### 1. Purpose" -> "1. Purpose"; "**Version:** 3.2" -> "Version: 3.2"."""
    text = _MD_HEADING.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def _marks(text: str) -> str:
    """Tick and box glyphs in a tab-separated row are read as marks, as every other reader does."""
    return "\t".join(label_cells(text.split("\t"))) if "\t" in text and has_mark(text) else text
