"""A programme named by its code on each of its items: a tracker's rows are "UEC2 | D2A live on both acute
sites | ...", and the papers say once that UEC is Urgent & Emergency Care. Asked "what is due next month in
Urgent & Emergency Care?" (or "... in UEC?"), the items of that programme are those whose reference starts
with its code, though no item's own words name it. They are added to the items whose own words name what is
asked (milestones.py, `_window_candidates`), never put in their place."""

import re
from collections.abc import Callable

from bot.answering.candidates import Context
from bot.index.record_lookup import initiatives_by_id

# an item's reference: a short code of letters then its number ("UEC2", "MH-01", "PLC 3", "HN1.2")
_REF = re.compile(r"^\s*(?P<code>[A-Za-z]{2,5})[\s.\-/]?\d")
_NUMBERED_REF = re.compile(r"^\s*(?P<code>[A-Za-z]{1,4}\d{1,2})\.\d")  # "P5.1", of the programme numbered P5
MIN_LONG_WORDS = 2  # a code's long form of one word ("Cancer") is a topic any item may share, not a programme's name


def codes_asked(ctx: Context) -> frozenset[str]:
    """The lower-case codes whose programme the question names: the code written in capitals ("in UEC"),
    or every word of what the papers (or NHS usage) say it stands for ("Urgent & Emergency Care")."""
    text = ctx.analysis.asked or ctx.analysis.text
    # the question's stems, and those of the short forms it writes ("MH & LD": mental health, learning disabilities)
    words = ctx.analysis.words | frozenset(s for spelled in ctx.analysis.synonyms.values() for s in spelled)
    out = set()
    for short, stems in _long_forms(ctx).items():
        if re.search(rf"(?<![\w&]){re.escape(short.upper())}(?![\w&])", text) or len(stems) >= MIN_LONG_WORDS and stems <= words:
            out.add(short)
    return frozenset(out)


def programmes_named(ctx: Context) -> str:
    """The programmes whose codes the question names, as the papers spell them: "Urgent & Emergency Care (UEC)"."""
    forms = _spellings(ctx)
    return ", ".join(f"{forms[short]} ({short.upper()})" for short in sorted(codes_asked(ctx)) if forms.get(short))


def _spellings(ctx: Context) -> dict[str, str]:
    def read() -> dict[str, str]:  # the papers' own spelling first ("Urgent & Emergency Care"), then NHS usage's
        own = {}
        for row in ctx.index.table("abbreviations"):
            own.setdefault(row["short"].lower(), row["long"])
        return {**ctx.lex.expansions, **{k.lower(): v for k, v in ctx.lex.codes.items()}, **own}
    return ctx.index.memo("programme spellings", read)


def spelled_code(ctx: Context, label: str) -> str:
    """A programme given only by its code ("OEC") with what the papers say it stands for: "OEC (Outpatients
    Elective Care)". Staff asking which programmes cover a must-do want their names, not a grid's codes."""
    if not _BARE_CODE.fullmatch(label.strip()):
        return label
    long = _spellings(ctx).get(label.strip().lower())
    return f"{label} ({long})" if long and len(long.split()) >= MIN_LONG_WORDS else label


_BARE_CODE = re.compile(r"[A-Z][A-Z&]{1,5}")  # "OEC", "AP", "MH&LD": a label that is only a short form


def _long_forms(ctx: Context) -> dict[str, frozenset[str]]:
    """Each letters-only code of two to five letters, and each numbered programme's code ("P5"), with the
    stems of its long form."""
    def read() -> dict[str, frozenset[str]]:
        forms = {**{k.lower(): v for k, v in ctx.lex.codes.items()}, **ctx.lex.expansions}
        out = {short: frozenset(ctx.tokenizer(long)) for short, long in forms.items()
               if short.isalpha() and 2 <= len(short) <= 5 and long}
        return {**out, **{code: frozenset(ctx.tokenizer(name)) for code, name in numbered(ctx).items()}}
    return ctx.index.memo("code long forms", read)


def numbered(ctx: Context) -> dict[str, str]:
    """The numbered programmes the papers name (records/abbreviations.numbered_programmes), by lower-case code."""
    return ctx.index.memo("numbered programmes", lambda: {
        row["short"].lower(): row["long"] for row in ctx.index.table("abbreviations") if row["kind"] == "programme"})


def item_codes(ctx: Context, items: list[dict]) -> list[str | None]:
    """The lower-case code of each item's reference: its initiative's number, else its row's first cell.
    The initiatives are read together (a national corpus's list is tens of thousands of items)."""
    by_id = initiatives_by_id(ctx.index)
    read_many = getattr(by_id, "read_many", None)
    if read_many is not None:
        read_many(list(dict.fromkeys(item.get("initiative_id") or "" for item in items)))
    out: list[str | None] = []
    for item in items:
        initiative = by_id.get(item.get("initiative_id") or "") or {}
        ref = initiative.get("number") or ("what_at" in item and (item.get("context_text") or "")) or ""
        item_of = _NUMBERED_REF.match(str(ref))
        if item_of and item_of.group("code").lower() in numbered(ctx):  # "P5.1": an item of programme P5
            out.append(item_of.group("code").lower())
            continue
        m = _REF.match(str(ref))
        out.append(m.group("code").lower() if m else None)
    return out


def code_scoped(ctx: Context, items: list[dict], codes_of_items: Callable[[], list[str | None]]) -> list[dict]:
    """The items whose reference carries a code the question names by its programme; [] when it names
    none. `codes_of_items` gives `item_codes` of the items, read only when the question names a code."""
    codes = codes_asked(ctx)
    if not codes:
        return []
    coded = [(item, code) for item, code in zip(items, codes_of_items()) if code]
    scoped = [item for item, code in coded if code in codes]
    # a code most items carry is the register's ("BAF-03", "BAF-07"): it names every item, no programme
    return scoped if len(scoped) * 2 <= len(coded) else []
