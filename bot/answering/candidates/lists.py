"""Lists: "what are the 4 priorities?" is answered by the items a heading or a line ending in a
colon introduces, not by the heading."""

import json
import re
from collections.abc import Iterator

import numpy as np

from bot.answering import types
from bot.answering.candidates import Candidate, Context, document_field, trim, unique
from bot.answering.candidates.question_rows import best_first, question_records
from bot.answering.counting import count_forms, counted_nouns, introduces_counted
from bot.models import Citation

TOP = 4
FLOOR = 0.3
ITEM_CHARS = 120


def list_candidates(ctx: Context) -> Iterator[Candidate]:
    table = question_records(ctx, "lists", documents=True)
    if not len(table) or not ctx.topic:
        return
    scores = ctx.topic.scores([table.field("intro"), table.field("section")], [table.field("items_text"), document_field(ctx, "lists", table.rows)])
    for i in best_first(scores, TOP):
        if scores[i] < FLOOR:
            break
        row = table.rows[int(i)]
        if row.get("column") and not _asks_whole_column(ctx, row):
            continue
        yield _candidate(ctx, row)


def _asks_whole_column(ctx: Context, row: dict) -> bool:
    """A table's column lists every row, whatever a question's conditions: it answers one that asks
    for no more than the column's label says ("what are the LDP areas?", "the 4 LDP areas" of four rows),
    not "which LDP areas are coastal?" nor "the 3 LDP areas"."""
    count = ctx.analysis.count
    if count is not None and count != row["count"]:
        return False
    said = ctx.tokenizer.stem_set(row["intro"])
    counted = {t for form in count_forms(count) for t in ctx.tokenizer(form)} if count is not None else set()
    return all(ctx.topic.has(t, said) for t in ctx.topic.weights if t not in counted)


_NUMBERED = re.compile(r"^\s*\(?\d{1,2}[.)]\s")


def top_level(items: list[dict]) -> list[dict]:
    """A numbered list's items are its numbered lines: a line between two numbered ones belongs to
    the one above it ("1. Population health approach ... : - proactive support - self care", "2. Falls")."""
    numbered = [i for i in items if _NUMBERED.match(i["text"])]
    return numbered if len(numbered) >= 2 and _NUMBERED.match(items[0]["text"]) else items


def set_aside(ctx: Context, items: list[dict]) -> list[dict]:
    """"Apart from risk stratification, what are the high impact initiatives?": not the one set aside."""
    if not ctx.analysis.set_aside:
        return items
    kept = [i for i in items if len(ctx.analysis.set_aside & ctx.tokenizer.stem_set(i["text"])) * 2 < len(ctx.analysis.set_aside)]
    return kept or items


def _candidate(ctx: Context, row: dict) -> Candidate:
    items = set_aside(ctx, top_level(json.loads(row["items"])))
    named = labelled(ctx.analysis.text, items)
    items = named or items
    count = ctx.analysis.count
    listed = "; ".join(trim(item["text"], ITEM_CHARS) for item in items)
    nouns = counted_nouns(ctx.analysis.asked or ctx.analysis.text)
    tally = introduces_counted(nouns, row["intro"], ctx.tokenizer.stem_set, ctx.tokenizer.stem)
    if tally:  # "how many workstreams?" over the workstreams listed: the count of the quoted items, then them
        listed = f"{len(items)} listed: {listed}"
    answer = trim(f"{listed} (under \"{trim(row['intro'], 100)}\")", 590)
    intro = Citation(document=row["document"], title=row["doc_title"], page=row.get("page"),
                     line=row.get("line") if row.get("page") is None else None, section=row.get("section"),
                     quote=row["quote"], area=row.get("area"))
    cites = [Citation(document=row["document"], title=row["doc_title"], page=item.get("page"),
                       line=item.get("line") if item.get("page") is None else None, section=row.get("section"),
                       quote=item.get("quote") or item["text"], area=row.get("area")) for item in items[:4]]
    cites.insert(1, intro)
    fits = 1.0 if ctx.analysis.asks_list or count is not None or tally or named or _people_listed(ctx, items) else 0.0
    if count is not None and count != len(items) and not named:  # the labels asked say which, whatever else is counted
        fits = -0.5
    said = _count_said(row['intro'], count)
    return Candidate(source="list", main=f"{row['intro']} {row.get('section') or ''}{said}", context=row["items_text"],
                     area=row.get("area"), answer=answer, citations=unique(cites), fits_form=fits,
                     has_type=ctx.analysis.want in ("text", "yesno") or tally or _mostly(ctx, items), counted=bool(said) and fits > 0)


def labelled(question: str, items: list[dict]) -> list[dict]:
    """"Which enablers E and F ...?", "priorities 2 and 3": the items of those labels, when the list gives
    every one of them; else none (the numbers were counts, or of another list)."""
    asked = {label for pair in _LABELS_ASKED.findall(question) for label in pair}
    if not asked:
        return []
    found = [i for i in items if i.get("label") in asked]
    return found if {i["label"] for i in found} == asked else []


# Two labels or more named together: "E and F", "A, B & C", "2 and 3".
_LABELS_ASKED = re.compile(r"\b([A-Z]|\d{1,2})\s*(?:,|and|&|\+|or)\s*(?=([A-Z]|\d{1,2})\b)")


def _count_said(intro: str, count: int | None) -> str:
    """A heading that gives the asked count in figures ("OUR 4 PRIORITIES") gives it in words too, and
    the other way round: returned as the other spelling, to be matched with the question's."""
    if count is None:
        return ""
    forms = count_forms(count)
    said = re.search(rf"\b(?:{'|'.join(forms)})\s+(?:[a-z&-]+\s+){{0,2}}?[a-z]{{3,}}", intro.lower())
    return f" {' '.join(forms)}" if said else ""


def _mostly(ctx: Context, items: list[dict]) -> bool:
    """Most items hold the asked type: a list of people answers "who", a list of dates "when"."""
    return sum(1 for i in items if _holds(ctx, i["text"])) * 2 > len(items)


def _holds(ctx: Context, text: str) -> bool:
    return types.holds(ctx.analysis.want, text, ctx.lex.common)


def _people_listed(ctx: Context, items: list[dict]) -> bool:
    """"Who is consulted on X?" over "Consulted (C): X" and its people: a list whose every item is a person
    (and no more) is built for a "who" question as a post's row is."""
    return ctx.analysis.want == "person" and 0 < len(items) <= PEOPLE_ITEMS and all(_only_a_person(ctx, i["text"]) for i in items)


PEOPLE_ITEMS = 12


def _only_a_person(ctx: Context, text: str) -> bool:
    found = types.people(text, ctx.lex.common)
    return len(found) == 1 and len(found[0][2]) >= len(text.strip(" ;,.-•")) - 2

