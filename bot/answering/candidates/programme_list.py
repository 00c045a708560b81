"""The plan's programmes asked for as a list ("what are the six programmes?", "list the STP's
workstreams"): the names whose short forms lead its initiatives' numbers ("HN1", "UEC 2", "MH-04"),
each spelled out as the papers define it ("Hospital Networks (HN)") and cited on a line that does.

A plan organised into programmes numbers its work by them, whatever its layout: a slide a programme,
a tracker's Ref column, a table's first cells. No paper need list the programmes in one place."""

import json
import re
from collections.abc import Iterator

from bot.answering.candidates import Candidate, Context
from bot.models import Citation

# "programmes", "workstreams", "work streams", "progs", "transformation programmes": the plan's parts,
# asked for as more than one
ASKED = re.compile(r"\b(?:programmes|programs|progs|workstreams|work\s?streams|work programmes|"
                   r"(?:areas|strands|streams|parts|blocks) of (?:[a-z]+ )?work)\b", re.I)
# The words a question asking for a plan's parts says that shape with ("the main strands of work the plan is
# split into", "what does the partnership organise itself around?"): they ask for the parts, and name no topic
# a part's name should hold
PARTS_FORM = ("main key principal core parts areas strands streams blocks work programmes workstreams split divided "
              "broken organised organized organises organise structured arranged built made up into around")
LISTING = re.compile(r"^\W*(?:what|which|list|name|can (?:you|u|someone) list)\b|\blist (?:of|all)\b", re.I)
# "HN1", "UEC 2", "MH-04", "PLC1.2": a programme's letters leading its item's number
_CODE = re.compile(r"^\s*([A-Za-z]{2,5})[\s.-]?\d")
NUMBER_WORDS = dict(enumerate("zero one two three four five six seven eight nine ten eleven twelve".split()))
MIN_ITEMS = 2  # items a programme's code leads, at least (one code once is an item's own reference)
CITED_LINES = 8


def programme_list(ctx: Context) -> Iterator[Candidate]:
    a = ctx.analysis
    if a.want != "text" or not ASKED.search(a.asked or a.text) or not LISTING.search(a.asked or a.text):
        return
    named = _programmes(ctx)
    if len(named) < MIN_ITEMS or a.count is not None and a.count != len(named):
        return
    if a.count is None and _names_part_of_one(ctx, named):
        return  # "which programmes cover stroke?": a question about some programmes, not a list of all
    # ("the 6 programmes? full names, not just HL, NC": asked for as many as there are, all are asked, whatever it names)
    defined = [(code, found) for code, name in named if (found := _defined_on(ctx, code, name)) is not None]
    if len(defined) < len(named):
        return  # every name must stand on a page the answer cites
    answer = "; ".join(f"{spelled} ({code})" for code, (spelled, _) in defined)
    count = f"{len(named)} {NUMBER_WORDS.get(len(named), '')}"  # what it holds: "the six programmes" is about it
    yield Candidate(source="list", main=f"{count} {PARTS_FORM}: {answer}", context="", area=None, answer=answer,
                    citations=[cite for _, (_, cite) in defined], fits_form=1.0, counted=a.count is not None, nearest=answer)


def _programmes(ctx: Context) -> list[tuple[str, str]]:
    """(code, name) of each programme, in the order its items first appear: a code leading the numbers
    of at least two items (initiatives, or rows by their first cell) that the papers spell out."""
    def build() -> list[tuple[str, str]]:
        counts: dict[str, int] = {}
        tables = set(ctx.index.db.table_names())
        numbers = [n for (n,) in ctx.index.db.execute("select number from initiatives order by rowid")] if "initiatives" in tables else []
        if "rows" in tables:
            numbers += [(t or "").split(" | ")[0] for (t,) in ctx.index.db.execute("select row_text from rows order by rowid")]
        for number in numbers:
            m = _CODE.match(str(number or ""))
            if m:
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        if "rows" in tables:
            for code in _programme_column_codes(ctx):
                counts[code] = counts.get(code, 0) + 1
        spelled = _spelled(ctx)
        return [(code, spelled[code]) for code, n in counts.items() if n >= MIN_ITEMS and code in spelled]

    return ctx.index.memo("programmes by their codes", build)


# A column saying which programme each row belongs to ("Prog.", "Programme", "Workstream"), its cells the
# programmes' short forms: a register numbered by its own references ("CI-03") files its rows by them
_PROGRAMME_LABEL = re.compile(r"^\s*(?:prog(?:ramme|ram)?|work\s?stream|stp programme)\.?\s*$", re.I)
_CODE_CELL = re.compile(r"^\s*([A-Za-z]{2,5})\s*$")


def _programme_column_codes(ctx: Context) -> Iterator[str]:
    for labels, cells in ctx.index.db.execute("select labels, cells from rows where labels like '%rog%' or labels like '%tream%' order by rowid"):
        heads = json.loads(labels or "[]")
        at = next((i for i, head in enumerate(heads) if head and _PROGRAMME_LABEL.match(str(head))), None)
        values = json.loads(cells or "[]") if at is not None else []
        found = _CODE_CELL.match(str(values[at].get("text", ""))) if at is not None and at < len(values) else None
        if found:
            yield found.group(1)


def _spelled(ctx: Context) -> dict[str, str]:
    """Each short form as the papers themselves spell it out ("HN": "Hospital Networks")."""
    if "abbreviations" not in set(ctx.index.db.table_names()):
        return {}
    keyed = {short: long for short, long in ctx.index.db.execute(  # a key's "PLC = Planned Care workstream" too
        "select short, long from abbreviations where kind = 'code' order by rowid") if short and long and len(short) >= 2 and short.isalpha()}
    return {**keyed, **{short: long for short, long in ctx.index.db.execute(
        "select short, long from abbreviations where kind = 'abbreviation' order by rowid") if short and long}}


def _names_part_of_one(ctx: Context, named: list[tuple[str, str]]) -> bool:
    """The question's own words name something of some programmes (a name's word, a code), not all of them."""
    stems = set(ctx.tokenizer.stem_set(" ".join(f"{code} {name}" for code, name in named)))
    return any(t in stems for t in ctx.topic.weights)


def _defined_on(ctx: Context, code: str, name: str) -> tuple[str, Citation] | None:
    """A line writing the name with its short form ("Hospital Networks (HN)"): the name as that line
    spells it ("Urgent & Emergency Care", where the short forms' key keeps its words), cited there."""
    words = name.split()
    spelled = re.compile(r"\b" + r"(?:\s*(?:&|and)\s*|\s+)".join(map(re.escape, words)) + r"\b", re.I)
    rows = ctx.index.db.execute(
        "select l.page, l.line, l.text, d.title, d.file_name from lines l join documents d on d.id = l.doc_id "
        "where l.text like ? limit ?", ["%" + "%".join(words) + "%", CITED_LINES]).fetchall()
    for page, line, text, title, document in rows:
        found = spelled.search(text)
        if found and re.search(rf"(?<![A-Za-z]){re.escape(code)}(?![A-Za-z])", text):
            return found.group(0), Citation(document=document, title=title or document, page=page,
                                            line=line if page is None else None, section=None, quote=found.group(0))
    return None
