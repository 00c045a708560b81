"""People a paper names only by their post ("Owner: Medical Director (Fellside)") and lists by name in a
table of its own (an attendance list: "Medical Director, Fellside | Dr Gwen Llewellyn-Hart | Present").

Minutes that name members by role answer "who has the action?" only with the attendance beside them: the
answer gives the person with the post, and cites the attendance row, where the name is written. A post
held by more than one row's person (two "Director of Finance" of two trusts, the post said without its
organisation) names no one."""

import json
import re

from bot.answering.candidates import Context, cite_cell
from bot.models import Citation
from bot.records.names import person_name

# a post as minutes write one: a title word in it ("Medical Director", "STP Finance Lead", "Chief Executive (MPH)")
_POST = re.compile(r"\b(?:director|officer|chief|executive|lead|chair|secretary|manager|head|controller|clerk)\b", re.I)
# where a person's name ends in a cell and who they are begins
_AFTER_NAME = re.compile(r"\s*(?:[,(;/]|\s[-–]\s)")
MAX_POST_CHARS = 80


def post_holder(ctx: Context, text: str, document: str) -> tuple[str, Citation] | None:
    """"Medical Director (Fellside)" -> ("Dr Gwen Llewellyn-Hart (Medical Director (Fellside))", the row's
    citation), when one row of a table of the same paper pairs a person with a post of all those words."""
    post = text.strip()
    if not post or len(post) > MAX_POST_CHARS or not _POST.search(post) or _names_someone(ctx, post):
        return None
    found: dict[tuple[str, str], tuple[str, Citation] | None] = ctx.index.memo("post holders", dict)
    if (document, post) not in found:
        found[(document, post)] = _look_up(ctx, post, document)
    return found[(document, post)]


def _names_someone(ctx: Context, text: str) -> bool:
    """The cell opens with a person's name ("Dr Imelda Rackstraw Director of Public Health"): it says who."""
    words = _AFTER_NAME.split(text, maxsplit=1)[0].split()
    return any(person_name(" ".join(words[:n]), ctx.lex.common) for n in range(2, min(len(words), NAME_WORDS) + 1))


NAME_WORDS = 5  # a title and up to four names


def _look_up(ctx: Context, post: str, document: str) -> tuple[str, Citation] | None:
    wanted = ctx.tokenizer.stem_set(post)
    holders: dict[str, tuple[str, Citation]] = {}
    for row in ctx.index.table("rows"):
        if row["document"] != document:
            continue
        cells = json.loads(row["cells"])
        named = [(cell, name) for cell in cells if (name := person_name(_AFTER_NAME.split(cell["text"], maxsplit=1)[0], ctx.lex.common))]
        if len(named) != 1:
            continue
        cell, name = named[0]
        # the post in one cell that says who the person is: their own cell after the name, or a short one beside it
        roles = [cell["text"][len(_AFTER_NAME.split(cell["text"], maxsplit=1)[0]):]] + \
            [c["text"] for c in cells if c is not cell and len(c["text"]) <= MAX_POST_CHARS]
        if any(wanted <= ctx.tokenizer.stem_set(role) for role in roles):
            holders.setdefault(name, (f"{name} ({post})", cite_cell(row, cell)))
    return next(iter(holders.values())) if len(holders) == 1 else None
