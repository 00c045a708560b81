"""People a paper names only by their post ("Owner: Medical Director (Fellside)") and lists by name in a
table of its own (an attendance list: "Medical Director, Fellside | Dr Gwen Llewellyn-Hart | Present").

Minutes that name members by role answer "who has the action?" only with the attendance beside them: the
answer gives the person with the post, and cites the attendance row, where the name is written. A post
held by more than one row's person (two "Director of Finance" of two trusts, the post said without its
organisation) names no one."""

import json
import re

from bot.answering.candidates import Context, cite_cell, cite_row
from bot.answering.change_requests import requested_change
from bot.answering.handovers import ASKS_PAST
from bot.index.record_terms import rows_sharing
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
    found: dict[tuple[str, str, bool], tuple[str, Citation] | None] = ctx.index.memo("post holders", dict)
    # "who was the PM the plan named?" asks before any handover; "who is the PM?" after it
    key = (document, post, bool(ASKS_PAST.search(ctx.analysis.asked or ctx.analysis.text)))
    if key not in found:
        found[key] = _look_up(ctx, post, document, key[2])
    return found[key]


def row_post_holder(ctx: Context, labels: list[str], cells: list[dict], k: int, document: str) -> tuple[str, Citation] | None:
    """`post_holder` of the post in cell k, said with the organisation the row gives in a column of its own
    ("Head of Mental Health Commissioning" | "NHS Hebbleford & Miltonby CCG" under "Lead organisation"): of
    two holders of one title in two CCGs, that CCG's; the post alone where that finds no one."""
    post = cells[k]["text"]
    bodies = [c["text"].strip() for j, c in enumerate(cells) if j != k and _body_column(labels, j) and c["text"].strip()]
    if len(bodies) == 1 and len(f"{post}, {bodies[0]}") <= MAX_POST_CHARS:
        held = post_holder(ctx, f"{post.strip()}, {bodies[0]}", document)
        if held is not None:
            return held
    return post_holder(ctx, post, document)


def _names_someone(ctx: Context, text: str) -> bool:
    """The cell opens with a person's name ("Dr Imelda Rackstraw Director of Public Health"): it says who."""
    words = _AFTER_NAME.split(text, maxsplit=1)[0].split()
    return any(person_name(" ".join(words[:n]), ctx.lex.common) for n in range(2, min(len(words), NAME_WORDS) + 1))


NAME_WORDS = 5  # a title and up to four names


def other_roles(labels: list[str], k: int, at: int) -> bool:
    """Whether columns k and at are headed by two different roles ("Lead" and "Clinical champion", "SRO" and
    "Clinical lead"): a row's post and person are then two people, not a post and its holder."""
    if max(k, at) >= len(labels):
        return False
    heads = [" ".join(labels[i].lower().split()) for i in (k, at)]
    return all(_ROLE_LABEL.search(h) for h in heads) and heads[0] != heads[1]


# a column label naming a role its cells hold ("Lead", "SRO", "Clinical champion", "Risk owner", "Sponsor")
_ROLE_LABEL = re.compile(r"\b(?:leads?|owners?|sros?|chairs?|champions?|sponsors?|directors?|managers?|officers?|deputy|deputies|"
                         r"accountable|responsible)\b")


def _look_up(ctx: Context, post: str, document: str, asked_past: bool) -> tuple[str, Citation] | None:
    """The paper's own table first; else, where that names no one, the other papers' (a plan that shows its
    leads "by their post" and a strategy whose signatories table names who holds them), one holder in all."""
    if not asked_past and (handed := handed_over(ctx, post)) is not None:
        return f"{handed[0]} ({post})", handed[1]
    wanted = ctx.tokenizer.stem_set(post)
    title = ctx.tokenizer.stem_set(post.split(",")[0])
    own: dict[str, tuple[str, Citation]] = {}
    others: dict[str, tuple[str, Citation]] = {}
    # (the paper's rows, and any other paper's holding the post's title words: never a pass over every row)
    for row in rows_sharing(ctx.index, ctx.tokenizer, "rows", title, documents=[document]).rows:
        cells, labels = json.loads(row["cells"]), json.loads(row["labels"] or "[]")
        named = [(cell, name) for k, cell in enumerate(cells) if not _body_column(labels, k)
                 and (name := person_name(_AFTER_NAME.split(cell["text"], maxsplit=1)[0], ctx.lex.common))]
        if len(named) != 1:
            continue
        cell, name = named[0]
        at = cells.index(cell)
        # the post in one cell that says who the person is: their own cell after the name, or a short one beside it
        # (not one under another role's label: "Lead | Clinical champion" are two people); or set out over the row's
        # short cells, its title in one ("NHS Wexley CCG | Graham Stall | Chief Officer")
        roles = [cell["text"][len(_AFTER_NAME.split(cell["text"], maxsplit=1)[0]):]] + \
            [c["text"] for k, c in enumerate(cells) if c is not cell and len(c["text"]) <= MAX_POST_CHARS
             and not other_roles(labels, k, at)]
        spread = ctx.tokenizer.stem_set(" ".join(roles))
        if any(wanted <= ctx.tokenizer.stem_set(role) for role in roles) or \
                (wanted <= spread and any(title <= ctx.tokenizer.stem_set(role) for role in roles[1:])):
            found = own if row["document"] == document else others
            found.setdefault(name, (f"{name} ({post})", cite_cell(row, cell)))
    holders = own or others or _named_in_prose(ctx, post)
    return next(iter(holders.values())) if len(holders) == 1 else None


def handed_over(ctx: Context, post: str) -> tuple[str, Citation] | None:
    """A post a table of changes hands on ("Item | Was | Now": "PHB Programme Manager (leads actions 2.1 and 2.2) |
    Nadine Scorer | Joel Ambrose-Kite"): who holds it now, whoever a list of post-holders names, as the change
    is made to what such a list said. One person in all, cited on the change's cell."""
    wanted = _plain(post.split(",")[0])
    found: dict[str, tuple[str, Citation]] = {}
    for row in rows_sharing(ctx.index, ctx.tokenizer, "rows", ctx.tokenizer.stem_set(post.split(",")[0])).rows:
        cells = json.loads(row["cells"])
        if not any(_plain(_NOTED.sub("", c["text"])) == wanted for c in cells):  # (_plain drops the spaces left)
            continue
        change = requested_change(json.loads(row["labels"] or "[]"), cells)
        if change is None or not change.approved:
            continue
        now, was = cells[change.column()], cells[change.existing]
        name = person_name(now["text"], ctx.lex.common)
        if name and person_name(was["text"], ctx.lex.common):
            found.setdefault(name, (name, cite_cell(row, now)))
    return next(iter(found.values())) if len(found) == 1 else None


# a post's cell with a note after it in brackets: "PHB Programme Manager (leads CHC plan actions 2.1 and 2.2)"
_NOTED = re.compile(r"\([^()]*\)\s*$")  # (no leading "\s*": a long run of spaces would be tried from each of its spaces)


def _body_column(labels: list[str], k: int) -> bool:
    """A column of organisations ("Organisation", "Employer", "Host"): "Astleby Age Concern" there is a body,
    however like a person's name it reads."""
    return k < len(labels) and _BODY_LABEL.fullmatch(labels[k].strip()) is not None


_BODY_LABEL = re.compile(r"(?:lead |host |employing |partner )?(?:organisations?|organizations?|employer|host|body|bodies|agency|provider)",
                         re.IGNORECASE)


def _named_in_prose(ctx: Context, post: str) -> dict[str, tuple[str, Citation]]:
    """Who the papers' prose says holds a post that no table lists ("Gideon Marwood, Director of Finance at TWH,
    is the STP Finance Lead"): the people records whose role is the post itself, whatever else they hold."""
    wanted = _plain(post)
    found: dict[str, tuple[str, Citation]] = {}
    for row in rows_sharing(ctx.index, ctx.tokenizer, "people", ctx.tokenizer.stem_set(post)).rows:
        if _plain(row["role"] or "") == wanted:
            found.setdefault(row["name"], (f"{row['name']} ({post})", cite_row(row)))
    return found


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", text.lower()).split())
