"""The posts a named person holds in a table whose columns are posts: "P4 | Elective Care & Cancer |
Crispin Mallender, Director of Commissioning | Mr A Fenchurch" under "Code | Priority | Senior Responsible
Owner (SRO) | Clinical lead" says Crispin Mallender is the SRO for Elective Care & Cancer. Asked "which
priority is Crispin Mallender the SRO for?", the row's own cells that are not people name what the
post is held for; the column's heading names the post."""

import json

from bot.answering.candidates import Citation, Context, cite_cell, role_in
from bot.answering.vocabulary import ROLES
from bot.index.record_terms import rows_sharing
from bot.records.names import person_name

THING_CELLS = 2  # a row's code and title, at most: the rest are its dates, figures and notes
THING_CHARS = 80


def posts_in_rows(ctx: Context, name: str) -> list[tuple[str, Citation]]:
    """(post held for what, the row's cell naming the person) for each table row whose column headed by
    a post holds the person's name."""
    low = name.lower()
    found: list[tuple[str, Citation]] = []
    for row in rows_sharing(ctx.index, ctx.tokenizer, "rows", set(ctx.tokenizer(name.split()[-1]))).rows:
        labels, cells = json.loads(row["labels"] or "[]"), json.loads(row["cells"] or "[]")
        at = next((k for k, cell in enumerate(cells) if low in cell["text"].lower()), None)
        if at is None or at >= len(labels) or not _a_post(labels[at]):
            continue
        things = [cell["text"].strip() for k, cell in enumerate(cells[:len(labels)])
                  if k != at and cell["text"].strip() and not _a_post(labels[k])
                  and not person_name(cell["text"].split(",")[0], ctx.lex.common)][:THING_CELLS]
        if things:
            found.append((f"{labels[at].strip()} for {' '.join(things)[:THING_CHARS]}", cite_cell(row, cells[at])))
    return found


def _a_post(label: str) -> bool:
    """A column heading naming a post ("Senior Responsible Owner (SRO)", "Clinical lead")."""
    return any(role_in(role, label) for role in ROLES)
