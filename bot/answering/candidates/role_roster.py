"""Everyone the papers name in one post across the plan: "who are the SROs of the six programmes?",
"list all the workstream clinical leads".

Such a question asks for a post in the plural (or for all, each or a list of its holders) over the plan's
programmes, and names no programme: no word of it tells one holder from another. Every person recorded in
that post answers, once each, in the order the papers name them. A person's record may run on into the
next field of its line ("SRO (Chief Executive | Clinical lead: Dr X)"): the post is read before it, so
an SRO is never listed as a clinical lead because the clinical lead's label follows their name."""

import json
import re
from collections.abc import Iterator

from bot.answering.candidates import Candidate, Context, cite_row, role_in, trim
from bot.answering.candidates.programme_list import NUMBER_WORDS, ASKED as PARTS_ASKED, PARTS_FORM
from bot.answering.vocabulary import ROLES, WEAK_ROLES
from bot.records.names import person_name

# posts held once for a whole body, not one a programme: "who are the chairs?" asks after boards
_ONE_A_BODY = frozenset({"chair", "vice chair"})
_ALL = re.compile(r"\b(?:all|every|each|list|names?|who are|of the (?:\d+|two|three|four|five|six|seven|eight|nine|ten))\b", re.I)
_SINGULAR_PARTS = re.compile(r"\b(?:programme|program|prog|workstream|work\s?stream|priority)\b", re.I)
# a plan's parts by the name many papers give them ("the clinical leads of the six priorities")
_PRIORITIES = re.compile(r"\bpriorities\b", re.I)
# where a cell's person ends and who they are begins: "Dr A Example, GP, X CCG", "A Example (Director of ...)"
_AFTER_NAME = re.compile(r"\s*(?:[,(;/]|\s[-–]\s)")
_POST_LABEL = re.compile(r"\b(?:SRO|senior responsible|lead|leads|owner|owners|chair|director|manager|officer|sponsor|contact)\b", re.I)
_PART_AFTER = re.compile(r"^[^()]*\(([^()]{2,60})\)\s*$")
_CODE_CELL = re.compile(r"^[A-Za-z]{0,4}[\s.-]?\d+(?:\.\d+)*$")
# the next field of a line run on into a person's role: "| Clinical lead:", "WCP Clinical lead:"
_NEXT_FIELD = re.compile(r"\|\s*|\b[A-Z][a-z]+(?:\s[a-z]+){0,2}:\s")
MIN_HOLDERS = 2
PREFIX_CHARS = 40


def role_roster(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if "person" not in a.wants and not (a.want == "text" and a.asks_list):
        return
    asked = a.asked or a.text
    # (a post in the plural is read here, from the question as written: "the SROs", never "the SRO's initiative")
    strong = [r for r in a.roles if r not in WEAK_ROLES] or [r for r in ROLES if r not in WEAK_ROLES and _plural(r, asked)]
    if len(strong) != 1 or strong[0] in _ONE_A_BODY:
        return
    role = strong[0]
    parts = PARTS_ASKED.search(asked) or _PRIORITIES.search(asked)
    if not (_plural(role, asked) or _ALL.search(asked)) or not (parts or _SINGULAR_PARTS.search(asked) and _ALL.search(asked)):
        return
    holders = _holders(ctx, role)
    if len(holders) < MIN_HOLDERS or _tells_apart(ctx, holders):
        return  # "who are the clinical leads for mental health?": one programme's, which the people generator answers
    named = [f"{row['name']}{_prefix(row, role)}" for row in holders]
    post = ROLES[role][0].upper() if ROLES[role][0].isalpha() and len(ROLES[role][0]) <= 4 else ROLES[role][0]
    answer = trim(f"{len(holders)} named as {post} in the plans: " + "; ".join(named) + ".", 590)
    count = f"{len(holders)} {NUMBER_WORDS.get(len(holders), '')}"  # "the six programmes' SROs" is about it
    yield Candidate(source="roster", main=" ".join([count, PARTS_FORM, *(f"{r['name']} {_own_role(r)}" for r in holders)]), context="", area=None,
                    answer=answer, citations=[cite_row(r) for r in holders][:8], role_text=" ".join(ROLES[role]),
                    fits_form=1.0, counted=a.count is not None and a.count == len(holders), nearest=answer)


def _plural(role: str, text: str) -> bool:
    """The post asked for in the plural: "SROs", "clinical leads"."""
    low = text.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(p)}s\b", low) for p in ROLES[role] if not p.endswith("s"))


def _own_role(row: dict) -> str:
    """The post a person's record gives them, without the next field its line runs on into."""
    return _NEXT_FIELD.split(row["role"] or "", maxsplit=1)[0]


def _holders(ctx: Context, role: str) -> list[dict]:
    """Each person recorded in the post, once (by surname), in the papers' order: a table's column headed
    by the post first (its rows are the plan's parts, each with its holder), then the people records."""
    seen: dict[str, dict] = {}
    for row in [*_column_holders(ctx, role), *ctx.index.table("people")]:
        if role_in(role, _own_role(row)) and row["name"]:
            seen.setdefault(row["name"].split()[-1].lower(), row)
    return list(seen.values())


def _column_holders(ctx: Context, role: str) -> Iterator[dict]:
    """The people in a table column headed by the post ("Code | Priority | SRO | Clinical lead"), each as a
    person record whose role is the header and what the row is for ("Clinical lead (Healthy Lives)"): a
    table that gives every part's holder is the fullest answer the papers hold, where prose names some."""
    for row in ctx.index.table("rows"):
        labels = json.loads(row.get("labels") or "[]")
        cells = json.loads(row.get("cells") or "[]")
        columns = [i for i, label in enumerate(labels) if i < len(cells) and role_in(role, label or "")]
        if len(columns) != 1:
            continue
        cell = cells[columns[0]]
        name = person_name(_AFTER_NAME.split(cell.get("text") or "", maxsplit=1)[0])
        part = next((c["text"] for i, c in enumerate(cells) if c.get("text") and not _CODE_CELL.match(c["text"].strip())
                     and not _POST_LABEL.search(labels[i] or "")), "")
        if name and part:
            yield {**row, "name": name, "role": f"{labels[columns[0]]} ({trim(part, PREFIX_CHARS)})",
                   "quote": cell.get("quote") or row["quote"], "page": cell.get("page", row.get("page")),
                   "line": cell.get("line", row.get("line")), "context": row.get("row_text") or ""}


def _prefix(row: dict, role: str) -> str:
    """What the record says the post is of, where its role names it first ("Urgent & Emergency Care (UEC) SRO")."""
    own = _own_role(row)
    low = own.lower()
    at = min((low.find(p) for p in ROLES[role] if p in low), default=-1)
    before = own[:at].strip(" ,:-–(") if at > 0 else ""
    after = _PART_AFTER.search(own[at:]) if at >= 0 and not before else None  # "Clinical lead (Healthy Lives)"
    part = before or (after.group(1) if after else "")
    return f" ({trim(part, PREFIX_CHARS)})" if part else ""


def _tells_apart(ctx: Context, holders: list[dict]) -> bool:
    """A topic word of the question missing from any holder's record: it asks for some of them ("the
    clinical leads for mental health"), or for another post's holders. Words that say the question's form
    (the post, "programmes", "six", "list") or name a paper ("in Annex C") select no one."""
    texts = [ctx.tokenizer.stem_set(f"{r['role']} {r.get('context') or ''} {r.get('section') or ''}") for r in holders]
    form = ctx.tokenizer.stem_set(" ".join([*(f"{p} {p}s" for r in ROLES.values() for p in r), PARTS_FORM, _FORM_WORDS]))
    for term in ctx.analysis.terms:
        if term in ctx.analysis.unknown or term in ctx.analysis.aside or term in form or term.isdigit() or ctx.lex.in_file_names(term):
            continue
        if not all(term in t for t in texts):
            return True
    return False


# what a question for a post's holders says besides the post ("which doctors are each the clinical lead
# of one of the main transformation programmes?")
_FORM_WORDS = ("list all every each name names named who are people person doctors doctor clinicians senior leaders "
               "one two three four five six seven eight nine ten twelve transformation plan plans stp ics our the priorities priority")
