"""People a paper names by their initials ("Owner: BN") and spells out in a key of its own (a Contacts
sheet: "BN | Bernadette Nwosu | Director of Mental Health Commissioning").

A tracker that writes owners as initials answers "who owns the crisis café?" only with the key beside
it: the answer gives the name with the initials, and cites the key's row, where the name is written."""

import json
import re

from bot.answering.candidates import Context, cite_cell
from bot.index.record_terms import rows_sharing
from bot.models import Citation
from bot.records.people import person_name

_INITIALS = re.compile(r"[A-Z]{2,4}")


def spelled_initials(ctx: Context, text: str, document: str) -> tuple[str, Citation] | None:
    """"BN" -> ("Bernadette Nwosu (BN)", the key row's citation), when a table of the same paper has
    a row whose one cell is those initials and another a person's name with those initials."""
    code = text.strip()
    if not _INITIALS.fullmatch(code):
        return None
    found: dict[tuple[str, str], tuple[str, Citation] | None] = ctx.index.memo("spelled initials", dict)
    if (document, code) not in found:
        found[(document, code)] = _look_up(ctx, code, document)
    return found[(document, code)]


def _look_up(ctx: Context, code: str, document: str) -> tuple[str, Citation] | None:
    table = rows_sharing(ctx.index, ctx.tokenizer, "rows", set(ctx.tokenizer(code)))
    for row in table.rows:
        if row["document"] != document:
            continue
        cells = json.loads(row["cells"])
        if not any(c["text"].strip() == code for c in cells):
            continue
        for cell in cells:
            name = person_name(cell["text"], ctx.lex.common)
            if name and _initials_of(name) == code:
                return f"{name} ({code})", cite_cell(row, cell)
    return None


def _initials_of(name: str) -> str:
    """"Dr Kwame Asante" -> "KA"; "Liam O'Donoghue" -> "LO"."""
    words = [w for w in re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof(?:essor)?|Cllr|Sir|Dame)\.?\s+", "", name).split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words)
