"""A table's first column as a list: "LDP area | Registered population | Commissioner" over four rows
lists the four LDP areas, as a bulleted list under "Our LDP areas" would. "What are the four LDP
areas?" is answered by the column's values, each cited to its own row, not by a sentence that only
says there are four. A column lists every row, whatever a question's conditions: it answers only a
question that asks for as many items as it holds (candidates.lists)."""

import hashlib
import json
import re
from collections.abc import Iterator

from bot.textnorm import squash

MIN_ITEMS = 2
CAPTION_CHARS = 60  # a table's title said with its column; a longer line above the table is prose
MAX_ITEMS = 12  # a longer column is a register or a tracker, read by its rows, not listed whole
MAX_ITEM_CHARS = 80  # a row key is a name; a longer first cell is a row of text
# A cell ending in a word that joins it to more ("delays at", "Brackenmoor; and"): a line of prose that a
# page's columns cut, read as a table by mistake, not a label or a name
_CUT = re.compile(r"(?:[;,:]|\b(?:and|or|of|at|to|the|a|an|in|for|with|that|so|no|by|on|from|is|are|will))\s*$", re.I)


def column_lists(rows: list[dict], doc_key: str) -> Iterator[dict]:
    """One list record per table: its first column's label introducing its distinct values."""
    tables: dict[str, list[dict]] = {}
    for row in rows:
        if row.get("table_id"):
            tables.setdefault(row["table_id"], []).append(row)
    for table in tables.values():
        labels = json.loads(table[0].get("labels") or "[]")
        label = squash(labels[0]) if labels else ""
        if not label or len(labels) < 2 or _CUT.search(label):
            continue
        items: dict[str, dict] = {}
        for row in table:
            cells = json.loads(row.get("cells") or "[]")
            first = cells[0] if cells else None
            text = squash(first["text"]) if first else ""
            if not text or len(text) > MAX_ITEM_CHARS:
                continue
            if _CUT.search(text):
                items = {}
                break
            items.setdefault(text, {"text": text, "page": first.get("page"), "line": first.get("line"), "quote": first.get("quote") or text})
        if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
            continue
        head = table[0]
        caption = head.get("caption") or ""
        intro = f"{label} ({caption})" if caption and len(caption) <= CAPTION_CHARS else label
        listed = list(items.values())
        yield {
            "id": hashlib.sha256(f"{doc_key}:{head['table_id']}:column".encode()).hexdigest()[:16], "intro": intro,
            "count": len(listed), "column": 1, "items": json.dumps(listed), "items_text": " ; ".join(i["text"] for i in listed),
            "area": head.get("area"), "quote": head["quote"],
            **{k: head.get(k) for k in ("doc_id", "document", "doc_title", "page", "line", "section")},
        }
