"""A comparison report's word-level marks (git's --word-diff, wdiff and document compare tools):
"[-deleted-]" and "{+inserted+}" inside the lines of the text they change, hunks headed "@@ 4.3 Urgent
Care @@", lines holding a change marked "~".

Read as marked, a line says both texts at once ("SRO: [-Ann Old-]{+Bea New+}"), and the old one's words
count as much as the new one's. So the revised text is what the line says, and the text it replaced
stays beside it as "(was ...)", the way papers themselves note a change ("December 2017 (was October
2017)"), for questions asking what it was first; text deleted with nothing in its place is kept as
"(deleted: ...)", and a line inserted whole says "(added)" after its first words. A hunk's header is the
section its lines are under. Line numbers are kept: a mark wrapping over lines keeps its line breaks."""

import re

MIN_MARKS = 3  # marks a text holds, at least, to be a comparison report (a stray "{+" is not one)
# a mark's text is at most this long (a paragraph replaced whole), so an opening "[-" never closed is not
# read on to the file's end from each place it stands
MARK_CHARS = 2000

_CHANGE = re.compile(rf"\[-(?P<old>.{{0,{MARK_CHARS}}}?)-\](?:[ \t]*\{{\+(?P<new>.{{0,{MARK_CHARS}}}?)\+\}})?|\{{\+(?P<added>.{{0,{MARK_CHARS}}}?)\+\}}",
                     re.DOTALL)
# "@@ 4.3 Urgent Care (UC) @@" (or git's "@@ -12,4 +12,5 @@ 4.3 Urgent Care"): the section of the lines below
_HUNK = re.compile(r"^@@\s*(?:-\d+(?:,\d+)?\s+\+\d+(?:,\d+)?\s*@@\s*(?P<after>.*)|(?P<named>[^@]*?)\s*@@\s*)$")
# the marker before a line holding a change ("~ ") in a report that also sets context lines in
_CHANGED_LINE = re.compile(r"^~[ \t]")
# where a replacement's own words end and its aside begins: "December 2017 (moved by ...)"
_ASIDE = re.compile(r"\s*[(;]")
_CLAUSE_END = re.compile(r"\s*[.(;:]")
# nothing but a line's set-in and its change marker before a mark: the mark opens the line
_LINE_START = re.compile(r"~?[ \t]*")


def is_compare_report(text: str) -> bool:
    return sum(1 for _ in zip(range(MIN_MARKS), _CHANGE.finditer(text))) >= MIN_MARKS


def read_marks(text: str) -> tuple[str, set[int]]:
    """The text as revised, each replaced text noted beside its replacement, and the numbers (from 1) of
    the lines that head hunks, which are headings."""
    if not is_compare_report(text):
        return text, set()
    revised = _PLACED.sub(_placed, _CHANGE.sub(_revised, text.replace(_NOTE, "").replace(_NOTE_END, "")))
    lines = revised.split("\n")
    headed: set[int] = set()
    for k, line in enumerate(lines):
        m = _HUNK.match(line.strip())
        if m:
            lines[k] = (m.group("after") if m.group("after") is not None else m.group("named")).strip()
            headed.add(k + 1)
        else:
            lines[k] = _CHANGED_LINE.sub("  ", line)
    return "\n".join(lines), headed


# a mark a report's key explains ("[-text-]   deleted from v1.2"): an example of the mark, left as written
_EXPLAINED = re.compile(r"[ \t]+(?:deleted|inserted|added|removed|moved|text\s+(?:deleted|inserted|added|removed))\b", re.IGNORECASE)


def _revised(m: re.Match[str]) -> str:
    if _EXPLAINED.match(m.string, m.end()):
        return m.group(0)
    old, new = m.group("old"), m.group("new")
    if old is None:
        added = m.group("added")
        if not _LINE_START.fullmatch(m.string, m.string.rfind("\n", 0, m.start()) + 1, m.start()):
            return added  # (only the mark's own line is looked at: a long report is read in one pass)
        at = _CLAUSE_END.search(added)  # a whole line inserted is an item added: "MH4 Perinatal team (added). Lead: ..."
        return f"{added[:at.start()]} (added){added[at.start():]}" if at and at.start() > 0 else f"{added} (added)"
    breaks = "\n" * old.count("\n")  # a deleted text's line breaks, kept at the end so later lines keep their numbers
    old = " ".join(old.split())
    if new is None:
        return f"(deleted: {old}){breaks}" if old else breaks
    aside = _ASIDE.search(new)
    at = aside.start() if aside and aside.start() > 0 else len(new.rstrip().rstrip("."))
    return f"{new[:at]}{_NOTE}{old}{_NOTE_END}{new[at:]}{breaks}"


# A note of the text replaced is first left where the replacement's own words end, then moved past the
# words that follow it in the line up to the next stop, so as not to split a phrase: "meets on the last
# Thursday of each month (was first), from March 2017", not "the last (was first) Thursday".
_NOTE, _NOTE_END = "\x00", "\x01"
_PLACED = re.compile(r"\x00([^\x01]*)\x01([^,.;:()\n\x00]*)")


def _placed(m: re.Match[str]) -> str:
    words = m.group(2)
    return f"{words.rstrip()} (was {m.group(1)}){words[len(words.rstrip()):]}"
