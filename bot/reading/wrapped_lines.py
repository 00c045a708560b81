"""How a PDF page wraps its lines: a column of prose is cut at the column's edge, not where its sentences
end, so a line that ran into the edge, or left its phrase, list or sentence open, goes on in the next
(bot/records/sections.py reads no heading there; bot/records/lists.py no list item)."""

import re
from collections.abc import Sequence

from bot.models import SourceLine
from bot.reading.layout import is_table_line

# A line ending in a joining sign or a list's separator ("... Prevention & ", "Out of Hospital Care;") has
# more of its phrase or list to come; so has one whose last sentence has only begun ("... AVB Together.
# Our", "... Estates. Each has a Senior"; after a word, so "10. Status" is a numbered heading, and not
# after a title's short form, so "Dr. Smith" begins nothing).
_JOINED_ON = re.compile(r"[&;+]\s*$")
_BEGUN = re.compile(r"(?<=\S)\s+(?:[a-z0-9(]\S*[a-z0-9)]|[A-Z][A-Za-z]{4,})[.!?]\s+[A-Z][^.!?:;]*$")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def left_open(text: str) -> bool:
    """A wrapped line that leaves its phrase, list or sentence open for the next line to go on with."""
    return bool(_JOINED_ON.search(text) or _BEGUN.search(text.rstrip()))


WRAP_WINDOW = 3  # lines either side that show how wide a column's text runs
FULL_SHARE = 0.85  # of that width: a line this long ran into the column's edge
WRAPPED_WIDTH = 130  # characters: wider lines are paragraphs a program wrote whole, not a page's lines
MIN_WRAPPED_WORDS = 6
EDGE_LINES = 2  # other lines near it that reach the same width


def wrapped_full(lines: Sequence[SourceLine], at: int) -> bool:
    """Hard-wrapped prose (a PDF's column of text): a line as wide as its neighbours, ending without a
    stop, ran into the column's edge, and its sentence goes on in the next line however title-like that
    is ("... Planned Care; Mental" / "Health & Learning Disabilities; ...")."""
    text = lines[at].text.rstrip()
    if len(text.split()) < MIN_WRAPPED_WORDS or text[-1] in ".!?:" or is_table_line(text):
        return False
    page = lines[at].page
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    if _indent(below) != _indent(lines[at].text):
        return False  # an indented line below starts an entry of its own (an index's sub-entry), not the rest
    near = [len(n.text.rstrip()) for k, n in enumerate(lines[max(0, at - WRAP_WINDOW):at + WRAP_WINDOW + 1], start=max(0, at - WRAP_WINDOW))
            if k != at and n.page == page and n.text.strip() and not is_table_line(n.text)]
    width = max([len(text), *near])
    edge = sum(n >= FULL_SHARE * width for n in near)  # a column's edge is where several lines end, not one long one
    return width <= WRAPPED_WIDTH and edge >= EDGE_LINES and len(text) >= FULL_SHARE * width
