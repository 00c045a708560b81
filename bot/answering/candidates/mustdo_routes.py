"""Where a must-do the grid leaves blank is met instead: "Not covered - see Tarrow & Pell Cancer Alliance
delivery plan" in the must-do's own row, "Must-do 8 is taken forward by the Transforming Care Partnership
(TCP), outside this STP" under the grid. A gap answered without it says less than the paper does: staff
asking about a blank must-do want to know whose plan carries it."""

import re

from bot.answering.candidates import Context
from bot.models import Citation
from bot.records.mustdos import strong_mustdo
from bot.textnorm import squash

# Words that send a must-do elsewhere: "see", "outside this STP", "submitted separately", "taken forward by"
_ROUTED = re.compile(r"\bnot covered\b|\boutside (?:this|the|our) (?:stp|plan|ics|partnership)\b|\bseparately\b|"
                     r"\btaken forward (?:by|through|in)\b|\bdelivered (?:through|by|via|in) (?:the |a )?[A-Z]|\bsee\s+[A-Z]",
                     re.IGNORECASE)
_LIKE = ("%not covered%", "%outside th%", "%separately%", "%taken forward%", "%delivered through%", "%see %")
# "Must-do 8 is ...", "Must-dos 6 and 9 are ...": the must-dos a line names by number
_NUMBERED = re.compile(r"\bmust[\s-]*dos?\s+((?:\d\s*(?:,|and|&)?\s*)+)", re.IGNORECASE)
NOTE_CHARS = 200


def route_note(ctx: Context, anchor: dict, number: int) -> tuple[str, Citation] | None:
    """(what the grid's paper says of where must-do `number` is met, its citation), else None: a line of
    the grid's document naming the must-do (by number, or as its own row) and sending it elsewhere."""
    doc_id = anchor.get("doc_id")
    if not doc_id:
        return None
    where = " or ".join("text like ?" for _ in _LIKE)
    found = ctx.index.db.execute(f"select page, line, text from lines where doc_id = ? and ({where}) order by seq",
                                 (doc_id, *_LIKE)).fetchall()
    for page, line, text in found:
        if _ROUTED.search(text) and number in _named(text):
            quote = squash(text)[:300]  # the answer quotes what the citation does, as the page has it
            return quote[:NOTE_CHARS], Citation(document=anchor["document"], title=anchor["doc_title"], page=page,
                                                line=int(line) if line is not None and page is None else None,
                                                section=anchor.get("section"), quote=quote)
    return None


def _named(text: str) -> set[int]:
    numbers = {int(n) for m in _NUMBERED.finditer(text) for n in re.findall(r"\d", m.group(1)) if 1 <= int(n) <= 9}
    if numbers:
        return numbers
    row = re.match(r"\s*(\d)\s*\t", text)  # the must-do's own row: its number, then its words
    own = strong_mustdo(text)
    return {int(row.group(1))} if row and own == int(row.group(1)) else set()
