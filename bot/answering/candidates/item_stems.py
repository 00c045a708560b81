"""Which dated items of a kept list hold any of a question's stems, for narrowing a window question to
what it names (milestones.py, `_topic_narrowed`).

An item's narrowing texts are its initiative's title, its own text, its paper's title and (a row's) its
heading, joined, and its context. The first window question over a national corpus's list used to
tokenise every item's texts (73,097 at 1000x, 2.2 s). A milestone's own text and its initiative's title
are record fields whose stems the build already wrote to `record_postings`, so a milestone is found by
its rowid in those postings and by its paper's title (a few thousand, shared); only the other items
(dated rows) and the milestones whose joined parts could read as other words across a join ("A &" +
"E") are tokenised. What is found is every item holding a stem and maybe more (never fewer), which the
narrowing scores exactly; an item holding none of the topic's stems scores nothing either way."""

from collections.abc import Collection

import numpy as np

from bot.answering.candidates import Context
from bot.answering.candidates.dated import initiative_title
from bot.index.record_terms import initiatives_by_id, postings
from bot.textnorm import Tokenizer

# The milestone fields holding an item's own text and its initiative's title (bot/index/record_postings.py).
POSTED = ("text", "initiative title")


def narrowing_texts(ctx: Context, item: dict) -> tuple[tuple[str, ...], str]:
    """The texts an item is narrowed by: its own (its initiative's title, its text, its paper's title) and its context."""
    # (a dated row's item names its work itself, when no initiative record does: "W9 Frailty and out of hospital")
    title = initiative_title(ctx, item.get("initiative_id") or "") or ("what_at" in item and item.get("initiative") or "")
    # title and paper shared by many items; a row's heading too ("2.1 Neighbourhood Care Teams" over
    # "2.1.2 Risk stratification tool live": the heading says whose item it is)
    heading = item.get("section") or "" if "what_at" in item else ""
    return (f"{title}", f"{item['text']}", f"{item.get('doc_title') or ''}", heading), item.get("context_text") or ""


class ItemStems:
    """For one list of items: which hold any of some stems, and for the milestones among them, which stems."""

    def __init__(self, ctx: Context, items: list[dict], tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.tokenised: dict[str, list[int]] = {}  # stem -> positions, of the items whose texts were read here
        self.by_paper: dict[str, list[int]] = {}  # a posted milestone's paper title -> its positions
        rowids: list[int] = []
        at: list[int] = []
        posted = postings(ctx.index) is not None
        read = getattr(items, "rowids", None)  # a list read by area knows its milestones' rowids (dated.ReadItems)
        for k, item in enumerate(items):
            main, context = narrowing_texts(ctx, item)
            rowid = read[k] if read is not None else None
            # posted: a milestone whose title and text are texts (a missing one is "None" here, no text there)
            if (posted and rowid is not None and "what_at" not in item and not context and isinstance(item["text"], str)
                    and isinstance(initiative_title(ctx, item.get("initiative_id") or ""), str) and not tokenizer.joins_across(main)):
                rowids.append(rowid)
                at.append(k)
                self.by_paper.setdefault(main[2], []).append(k)
                continue
            stems = tokenizer.joined_stem_set(main)
            if context:
                stems = stems | tokenizer.stem_set(context)
            for stem in stems:
                self.tokenised.setdefault(stem, []).append(k)
        order = np.argsort(np.asarray(rowids, dtype=np.int64), kind="stable")
        self.rowids = np.asarray(rowids, dtype=np.int64)[order]
        self.at = np.asarray(at, dtype=np.int64)[order]

    def holding(self, ctx: Context, stems: Collection[str]) -> tuple[list[int], dict[int, frozenset[str]]]:
        """The positions of the items whose narrowing texts hold one of `stems`, ascending; and for the
        milestones found by their postings, which of `stems` their texts hold (what coverage reads of them)."""
        found = {k for stem in stems for k in self.tokenised.get(stem, ())}
        held: dict[int, set[str]] = {}
        if len(self.rowids):
            store = postings(ctx.index)
            assert store is not None  # as when the list was read
            for field in POSTED:
                for stem, rows in store.fetch("milestones", field, stems).items():
                    if len(rows):
                        rows = rows.astype(np.int64)
                        where = np.minimum(np.searchsorted(self.rowids, rows), len(self.rowids) - 1)
                        for k in self.at[where[self.rowids[where] == rows]].tolist():
                            held.setdefault(k, set()).add(stem)
            for title, positions in self.by_paper.items():
                shared = self.tokenizer.stem_set(title).intersection(stems)
                for k in positions if shared else ():
                    held.setdefault(k, set()).update(shared)
        return sorted(found | held.keys()), {k: frozenset(v) for k, v in held.items()}


def item_stems(ctx: Context, items: list[dict], tokenizer: Tokenizer) -> ItemStems:
    """An `ItemStems` of these items, their initiatives' titles read together first."""
    from bot.answering.candidates.dated import titles_read

    titles = titles_read(ctx)
    read_many = getattr(initiatives_by_id(ctx.index), "read_many", None)
    if read_many is not None:
        read_many([key for item in items if (key := item.get("initiative_id") or "") not in titles])
    return ItemStems(ctx, items, tokenizer)
