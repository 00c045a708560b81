"""The rows of a table that pass a bound the question sets: "which risks score 15 or more?" over a
risk register, "which schemes cost over £2m?" over a budget table.

A table is the rows of one paper under the same column labels: a ruled table, or a register written
as one "Label: value" block per risk. The column is the one the question names ("score", "cost"), among the table's number columns; a
question that names none ("rated 15 or above") takes the one number column the bound splits, some
rows passing and some not. The answer is every passing row of the table, by name, with its number,
highest first; or that none passes, with the highest there is."""

import json
import re
from collections.abc import Iterator, Sequence

import numpy as np

from bot.answering.bands import Band, asked_band, asks_top_band, key_bands, key_meanings
from bot.answering.candidates import Candidate, Context, cite_cell, trim, unique
from bot.answering.candidates.column_gaps import GAP_ASKED, asked_pair, widest_gap
from bot.answering.candidates.mustdo_marks import not_applicable
from bot.answering.candidates.post_names import post_holder
from bot.answering.candidates.question_rows import question_records, tables_of
from bot.answering.candidates.risk_scores import SCORE_LABEL, product_scores
from bot.answering.counting import counted_as_asked
from bot.answering.matching import Topic
from bot.answering.stated_thresholds import ESCALATION_ASKED, StatedThreshold, stated_threshold
from bot.answering.thresholds import Amount, Bound, cell_amount
from bot.index.record_terms import RecordTable, rows_sharing
from bot.records.abbreviations import keys_header
from bot.records.names import person_name
from bot.textnorm import squash
from bot.models import Citation

TABLES = 3  # tables offered to the scorer, best covered first
ROWS_READ = 64  # the rows fitting the question best, whose tables are read
TABLES_READ = 12
NUMERIC_SHARE = 2 / 3  # of a column's filled cells, that hold a number alone
NAME_CHARS = 110
CODE_CHARS = 10  # a first cell this short is a code ("R01", "PC-04"): the row's name adds its description


def filtered_rows(ctx: Context) -> Iterator[Candidate]:
    bound = ctx.analysis.bound
    rating = asked_rating(ctx.analysis.text) if bound is None else None
    banded = (bound is None or bound.extreme and asks_top_band(ctx.analysis.text)) and rating is None \
        and _LISTS_OR_COUNTS.search(ctx.analysis.text.lower()) is not None
    # "which risks go to the board?": no number asked, the bound the register's own paper states
    escalated = bound is None and rating is None and ESCALATION_ASKED.search(ctx.analysis.text) is not None \
        and _LISTS_OR_COUNTS.search(ctx.analysis.text.lower()) is not None
    if bound is None and rating is None and not banded and not escalated or not ctx.topic:
        return
    if bound is not None and bound.op == "==" and ctx.analysis.want in ("person", "date"):
        return  # "who owns the risk that scores 20?": the number picks out the row asked about, not rows to list
    table = question_records(ctx, "rows")
    if not len(table):
        return
    # only the tables of the rows the question's words fit best are read (a national corpus has
    # thousands of tables sharing a word with "which risks score 15 or more?")
    searching = Topic(ctx.analysis, ctx.tokenizer, ctx.lex.setting())  # the footprint's name is in every paper: where, not which
    scores = (searching or ctx.topic).scores([table.field("row_text")], [table.field("header_text"), table.field("section"), table.field("caption")])
    best = {int(i) for i in np.argsort(-scores, kind="stable")[:ROWS_READ]}
    groups = tables_of(table, best)  # the tables of the best rows' papers: the others are never read
    offered: list[Candidate] = []
    read = sorted((p for p in groups.values() if best.intersection(p)), key=lambda p: -max(scores[i] for i in p))
    for positions in read[:TABLES_READ]:  # the tables of the best-fitting rows first
        rows = table.take(positions)
        stated = _document_threshold(ctx, str(rows[0]["document"])) if escalated else None
        if stated is not None:
            found = _filtered(ctx, stated.bound, rows, stated.column)
        elif banded:  # "how many risks are rated high?": the band the register's own key gives that name
            bands, meanings = _document_bands(ctx, str(rows[0]["document"]))
            band = asked_band(ctx.analysis.text, bands, meanings, ctx.analysis.words)
            found = _filtered(ctx, band, rows) if band is not None else None
        else:
            found = _filtered(ctx, bound, rows) if bound is not None else _rated(ctx, rating or "", rows)
        if found is not None:
            offered.append(found)
    if bound is not None and not bound.extreme:
        offered += _fields_across(ctx, bound, table, best)
    if rating is not None:
        offered += _ratings_across(ctx, rating, table, best)
    offered.sort(key=lambda c: -ctx.topic.coverage(c.main, c.context)[0])
    yield from offered[:TABLES]


_LISTS_OR_COUNTS = re.compile(r"\b(?:how many|which|what|list|name|number of)\b")


def _document_threshold(ctx: Context, document: str) -> StatedThreshold | None:
    """The threshold a paper states for sending its rows on, read once per version."""
    memo = ctx.index.memo("stated thresholds", dict)
    if document not in memo:
        memo[document] = stated_threshold(ctx.index.document_text(document))
    return memo[document]


def _document_bands(ctx: Context, document: str) -> tuple[dict[str, tuple[float, float]], dict[str, set[str]]]:
    """The scoring key's bands of one paper, and the stems of what each means, read once per version."""
    memo = ctx.index.memo("score bands", dict)
    if document not in memo:
        text = ctx.index.document_text(document)
        memo[document] = (key_bands(text), {n: set(ctx.tokenizer(m)) for n, m in key_meanings(text).items()})
    return memo[document]


FIELD_SECTIONS = 3  # a field given under this many headings of one paper is read across them


def _fields_across(ctx: Context, bound: Bound, table: RecordTable, best: set[int]) -> list[Candidate]:
    """One field given for each of many things, each under its own heading ("Top risk | Ambulance
    handover delays - score 20 (L5 x I4)" on each programme's slide): the headings whose field passes
    the bound, by the number the question names ("score 15 or more": the number after "score")."""
    asked = [w for w in re.findall(r"[a-z]{4,}", ctx.analysis.text.lower()[: bound.start]) if w not in _FILLER][-3:]
    fields: dict[tuple[str, str], list[dict]] = {}
    for row in table.take(sorted(best)):
        cells = [c for c in json.loads(row["cells"]) if c["text"].strip()]
        if len(cells) == 2:
            fields.setdefault((str(row["document"]), squash(cells[0]["text"]).lower()), []).append(row)
    out = []
    for (_, field), rows in fields.items():
        if len({r.get("section") for r in rows}) < FIELD_SECTIONS:
            continue
        valued = []
        for row in rows:
            value = [c for c in json.loads(row["cells"]) if c["text"].strip()][1]
            amount = cell_amount(value["text"]) or _named_amount(value["text"], asked)
            if amount is not None:
                valued.append((amount, row, value))
        if len(valued) < FIELD_SECTIONS:
            continue
        passing = sorted(((a, r, v) for a, r, v in valued if bound.passes(a)), key=lambda p: -p[0].whole)
        label = f"{rows[0]['row_text'].split(' | ')[0]} {bound.said()}"
        if passing:
            named = "; ".join(f"{r.get('section') or r['doc_title']}: {v['text']}" for _, r, v in passing)
            answer = f"{len(passing)} of {len(valued)} have a {label}: {named}"
            cites = [cite_cell(r, v) for _, r, v in passing]
        else:
            answer = f"None of {len(valued)} has a {label}"
            cites = [cite_cell(valued[0][1], valued[0][2])]
        out.append(Candidate(source="filter", main=f"{field} {' '.join(asked)}", context="", area=rows[0].get("area"),
                             answer=trim(answer, 590), citations=unique(cites), fits_form=1.0, nearest=field))
    return out


def _ratings_across(ctx: Context, rating: str, table: RecordTable, best: set[int]) -> list[Candidate]:
    """One status field given in each of many blocks, each under its own heading ("Overall RAG | Red" in
    every priority's block going down a tracker): the headings whose status says the rating asked."""
    papers = {str(row["document"]) for row in table.take(sorted(best)) if _status_field(row)}
    fields: dict[tuple[str, str], list[tuple[dict, dict]]] = {}
    for document in sorted(papers):  # every row of the paper: a block's status row need not share the question's words
        whole = rows_sharing(ctx.index, ctx.tokenizer, "rows", (), documents=[document])
        for row in whole.take(range(len(whole))):
            cells = _status_field(row)
            if cells:
                fields.setdefault((document, squash(cells[0]["text"]).lower()), []).append((row, cells[1]))
    out = []
    for (document, field), found in fields.items():
        if len({r.get("section") for r, _ in found}) < FIELD_SECTIONS:
            continue
        codes = ctx.lex.codes_of(document)
        said = [(r, v, _status_says(ctx, v["text"], codes)) for r, v in found]
        if not any(words.split("|")[0] in _RATINGS for _, _, words in said):
            continue
        passing = [(r, v) for r, v, words in said if _says_rating(words, rating)]
        label = squash(_status_field(found[0][0])[0]["text"])  # type: ignore[index]  # as written, not lower-cased
        if passing:
            named = "; ".join(f"{r.get('section') or r['doc_title']} ({v['text']})" for r, v in passing)
            answer = f"{len(passing)} of {len(found)} have {label} {rating}: {named}"
            cites = [cite_cell(r, v) for r, v in passing]
        else:
            answer = f"None of {len(found)} has {label} {rating}"
            cites = [cite_cell(found[0][0], found[0][1])]
        sections = " ".join(dict.fromkeys(str(r.get("section") or "") for r, _ in found))
        out.append(Candidate(source="filter", main=f"{field} {rating} {sections}", context=str(found[0][0].get("doc_title") or ""),
                             area=found[0][0].get("area"), answer=trim(answer, 590), citations=unique(cites), fits_form=1.0,
                             nearest=field))
    return out


LABEL_WORDS = 4  # "Overall RAG", "Delivery status": a field's label, not a sentence


def _status_field(row: dict) -> list[dict] | None:
    """A row that is a status field alone ("Overall RAG | Red"): its label cell and its value cell."""
    cells = [c for c in json.loads(row["cells"]) if c["text"].strip()]
    if len(cells) == 2 and _STATUS_LABEL.search(cells[0]["text"]) and len(cells[0]["text"].split()) <= LABEL_WORDS:
        return cells
    return None


_FILLER = frozenset({"which", "what", "does", "have", "with", "their", "there", "where", "ones", "that", "this", "those",
                     "these", "from", "into", "more", "less", "than", "over", "under", "above", "below"})


def _named_amount(text: str, words: list[str]) -> Amount | None:
    """The number a cell gives after one of the question's words ("... - score 20 (L5 x I4)" for "score 15
    or more")."""
    low = text.lower()
    for word in reversed(words):
        m = re.search(rf"\b{re.escape(word)}\w*\W{{0,3}}(\d{{1,6}}(?:\.\d+)?)\b", low)
        if m:
            return Amount(float(m.group(1)))
    return None


_TOTAL = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*(?:overall|all programmes|system total)\s*$|^\s*net\b(?!\s+zero)", re.I)
_SUBTOTAL = re.compile(r"^\s*sub-?\s*totals?\b", re.I)


def _first_cell(row: dict) -> str:
    cells = json.loads(row["cells"])
    return cells[0]["text"] if cells else ""


def _total_row(row: dict) -> bool:
    """A row naming itself a total in its first cell, or in the one after its reference ("BC09 | Total
    capital, excluding withdrawn"), as a register numbering every row writes its total."""
    texts = [c["text"] for c in json.loads(row["cells"]) if c["text"].strip()][:2]
    return bool(texts) and (_TOTAL.match(texts[0]) is not None or len(texts) > 1 and _REF.match(texts[0]) is not None
                            and _TOTAL.match(texts[1]) is not None)


_REF = re.compile(r"^\s*[A-Z]{1,5}[-. ]?\d{1,4}(?:\.\d+)?\s*$")  # "BC09", "R-12", "P4.2"


def _filtered(ctx: Context, bound: Bound | Band, rows: Sequence[dict], naming: str = "") -> Candidate | None:
    labels: list[str] = json.loads(rows[0]["labels"] or "[]")
    across = _across_periods(ctx, bound, rows, labels) if bound.extreme else None
    if across is not None:
        return across
    groups = _group_sums(ctx, rows, labels) if bound.extreme else None
    # a table's total row sums the rows it would be compared with: it is no row of its own
    rows = groups or [r for r in rows if not _total_row(r)]
    if not rows:
        return None
    cells = [json.loads(r["cells"]) for r in rows]
    values = {k: _column(cells, k, labels[k] if k < len(labels) else "") for k in range(len(labels))}
    numeric = {k: v for k, v in values.items() if v is not None}
    product = product_scores(ctx, labels, numeric, cells)
    if product is not None:  # a register scoring likelihood and impact but printing no score: their product is it
        labels = [*labels, SCORE_LABEL]
        cells = [[*row, {**row[0], "text": text}] for row, text in zip(cells, product)]
        numeric[len(labels) - 1] = _column(cells, len(labels) - 1, SCORE_LABEL)
    pair = asked_pair(ctx, labels, numeric) if bound.extreme and GAP_ASKED.search(ctx.analysis.text) else None
    if pair:  # "the largest gap between planned and forecast savings": no one column, the difference of two
        return widest_gap(bound, rows, cells, numeric, pair, labels, _where(rows), _name, _cite)
    named = _named_columns(ctx, labels, numeric, naming)
    column = named[0] if len(named) == 1 else None if bound.extreme else _split_column(bound, numeric, labels)
    if column is None and named:
        column = named[0]
    if column is None and bound.extreme:  # "the largest plan": the rows' totals, where the table sums them
        column = next((k for k in numeric if _TOTAL.match(labels[k])), None)
    if column is None:
        return None
    if bound.extreme:
        return _extreme(ctx, bound, rows, cells, numeric[column], column, labels[column], labels)
    passing = sorted(((amount, i) for i, amount in enumerate(numeric[column]) if amount is not None and bound.passes(amount)),
                     key=lambda p: (-p[0].whole if bound.op in (">=", ">") else p[0].whole, p[1]))
    head = rows[0]
    where = _where(rows)
    label = f"{labels[column]} {bound.said()}" if isinstance(bound, Band) else \
        f"{labels[column]} {'of ' if bound.op in ('>=', '<=') else ''}{bound.said()}"
    counted = sum(1 for a in numeric[column] if a is not None)
    if passing:
        named = "; ".join(f"{_name(cells[i], column)} ({cells[i][column]['text']})" for _, i in passing)
        answer = f"{len(passing)} of the {counted} rows of {trim(where, 80)} have a {label}: {named}"
        said = counted_as_asked(ctx.analysis.text) if ctx.analysis.want == "number" else None
        if said:  # "how many risks are rated high?": the count of what was asked first, then how it was counted
            answer = f"{len(passing)} {said} ({answer.split(': ', 1)[0]}): {named}"
        cites = [_cite(rows[i], cells[i], column) for _, i in passing]
    else:
        upward = bound.op in (">=", ">", "==")
        held = [(a, i) for i, a in enumerate(numeric[column]) if a is not None]
        top = (max if upward else min)(held, key=lambda p: p[0].whole)
        answer = (f"None of the {counted} rows of {trim(where, 80)} has a {label}; the {'highest' if upward else 'lowest'} is "
                  f"{cells[top[1]][column]['text']} ({_name(cells[top[1]], column)})")
        cites = [_cite(rows[top[1]], cells[top[1]], column)]
    shared = " ".join(_shared(rows, f) for f in ("header_text", "section", "caption", "doc_title"))
    return Candidate(  # what it states: these rows, by the bound (a band by its name: "rated high")
        source="filter", main=f"{shared} {bound.said()}" if isinstance(bound, Band) else shared, context="", area=head.get("area"),
        answer=trim(answer, 590), citations=unique(cites), fits_form=1.0, nearest=trim(where, 160),
    )


# "which projects are rated red?", "list the milestones at risk": the rows whose status says so.
_RATINGS = ("red", "amber", "green", "blue", "at risk", "off track", "on track", "not started", "complete", "delayed")
_RATING_ASKED = re.compile(r"\b(?:which|what|list|name|how many)\b.{0,80}?\b(?:rated|rag(?:-rated)?|status(?:ed)?|marked|flagged|"
                           r"showing|are|r|is|as|were|was)\s+(?:as\s+|rag\s+|currently\s+|now\s+)?(" + "|".join(_RATINGS) + r")\b")  # ("r": chat's "are")
_RAG_LETTERS = {"r": "red", "a": "amber", "g": "green", "b": "blue"}  # the RAG convention's letters
_STATUS_LABEL = re.compile(r"\b(?:rag|status|rating|position|progress)\b", re.I)


def asked_rating(text: str) -> str | None:
    """The status a question filters on ("rated red", "are at risk"), else None."""
    m = _RATING_ASKED.search(text.lower())
    return m.group(1) if m else None


def _rated(ctx: Context, rating: str, rows: Sequence[dict]) -> Candidate | None:
    """The rows of one table whose status column says `rating`: in words ("Red", "At risk: ..."), by the
    RAG letter ("R"), or by a code the paper's key spells out ("AR = at risk")."""
    labels: list[str] = json.loads(rows[0]["labels"] or "[]")
    if keys_header(labels):
        return None  # "RAG code | Meaning": the key the ratings are read by
    cells = [json.loads(r["cells"]) for r in rows]
    codes = ctx.lex.codes_of(str(rows[0].get("document") or ""))
    columns = [k for k, label in enumerate(labels) if _STATUS_LABEL.search(label)]
    columns += [k for k in range(len(labels)) if k not in columns and _ratings_only(ctx, [row[k]["text"] for row in cells if k < len(row)], codes)]
    if not columns:
        return None
    column = _named_column(ctx, labels, columns)
    said = [_status_says(ctx, row[column]["text"] if column < len(row) else "", codes) for row in cells]
    if not any(said):
        return None
    passing = [i for i, words in enumerate(said) if _says_rating(words, rating)]
    where = _where(rows)
    if passing:
        named = "; ".join(f"{_name(cells[i], column)} ({cells[i][column]['text']})" for i in passing)
        answer = f"{len(passing)} of the {sum(1 for w in said if w)} rows of {trim(where, 80)} have {labels[column]} {rating}: {named}"
        cites = [_cite(rows[i], cells[i], column) for i in passing]
    else:
        answer = f"None of the {sum(1 for w in said if w)} rows of {trim(where, 80)} has {labels[column]} {rating}"
        cites = [_cite(rows[0], cells[0], column)]
    shared = " ".join(_shared(rows, f) for f in ("header_text", "section", "caption", "doc_title"))
    return Candidate(  # what it states: these rows, by the rating asked
        source="filter", main=f"{shared} {labels[column]} {rating}", context="",
        area=rows[0].get("area"), answer=trim(answer, 590), citations=unique(cites), fits_form=1.0, nearest=trim(where, 160),
    )


def _says_rating(words: str, rating: str) -> bool:
    """A status read in words (`_status_says`: "red|off track") says the rating asked ("red", "red: ...")."""
    return any(w == rating or w.startswith(rating + " ") or w.startswith(rating + ":") for w in words.split("|"))


def _ratings_only(ctx: Context, texts: list[str], codes: dict[str, str]) -> bool:
    """A column of ratings whatever its label: every cell a RAG letter or a short code the paper's key
    spells out as a rating (a dashboard's "Delivery | Finance | ... | Overall", each "G", "AR", "R")."""
    filled = [t.strip() for t in texts if t.strip()]
    return len(filled) >= MIN_RATED and all(len(t) <= RATING_CODE_CHARS and _status_says(ctx, t, codes).split("|")[0] in _RATINGS
                                            for t in filled)


MIN_RATED = 2
RATING_CODE_CHARS = 3


def _named_column(ctx: Context, labels: list[str], columns: list[int]) -> int:
    """Of a table's rating columns, the one the question names ("rated red overall", "red for finance"),
    else the first."""
    asked = ctx.tokenizer.stem_set(ctx.analysis.text)  # ("overall" is no topic word: it says which rating)
    return next((k for k in columns if asked & ctx.tokenizer.stem_set(labels[k])), columns[0])


def _status_says(ctx: Context, text: str, codes: dict[str, str] | None = None) -> str:
    """A status cell in words, lower case: a RAG letter or a code of the paper's key spelled out; a RAG
    letter its paper's key also spells out says both ("red|off track": "R = off track")."""
    low = " ".join(text.lower().split())
    meaning = (codes or ctx.lex.codes).get(text.strip())  # its own paper's key first, else any paper's
    keyed = next((r for r in _RATINGS if meaning.lower().startswith(r)), low) if meaning else ""
    if low in _RAG_LETTERS:
        return "|".join(dict.fromkeys(w for w in (_RAG_LETTERS[low], keyed) if w))
    return keyed or low


def _extreme(ctx: Context, bound: Bound, rows: Sequence[dict], cells: list[list[dict]], amounts: list[Amount | None],
             column: int, label: str, labels: Sequence[str] = ()) -> Candidate:
    """The row (or rows, when tied) at the asked end of the column, with its number; asked who ("who owns the
    highest-scoring risk?"), its owner first, by name (a post in the owner's column named by whoever holds it)."""
    held = [(a.whole, i) for i, a in enumerate(amounts) if a is not None]
    if ctx.analysis.set_aside:  # "which area saves the most (not counting footprint-wide)?": that row is no contender
        kept = [(v, i) for v, i in held if not _set_aside_row(ctx, _name(cells[i], column))]
        held = kept or held
    end = (max if bound.op == "max" else min)(v for v, _ in held)
    top = [i for v, i in held if v == end]
    named = "; ".join(f"{_name(cells[i], column)}" for i in top)
    word = "highest" if bound.op == "max" else "lowest"
    answer = f"{named}: the {word} {label}, {cells[top[0]][column]['text']} (of the {len(held)} rows of {trim(_where(rows), 80)})"
    owner = _owner(ctx, labels, cells[top[0]], rows[top[0]]) if ctx.analysis.want == "person" and len(top) == 1 else None
    owned = [owner[1]] if owner else []
    if owner:
        answer = f"{owner[0]}: owner of {answer}"
    head = rows[0]
    return Candidate(
        source="filter", main=" ".join(_shared(rows, f) for f in ("header_text", "section", "caption", "doc_title")), context="",
        area=head.get("area"), answer=trim(answer, 590), citations=unique([_cite(rows[i], cells[i], column) for i in top] + owned),
        fits_form=1.0, nearest=trim(_where(rows), 160),
    )


_OWNER_LABEL = re.compile(r"\b(?:owners?|leads?|responsible|accountable|sro)\b", re.I)


def _owner(ctx: Context, labels: Sequence[str], cells: list[dict], row: dict) -> tuple[str, Citation] | None:
    """The person in the row's owner (or lead) column: named there, or holding the post named there."""
    for k, label in enumerate(labels):
        if k >= len(cells) or not _OWNER_LABEL.search(label) or not cells[k]["text"].strip():
            continue
        text = cells[k]["text"]
        name = person_name(text.split(",")[0].split("(")[0].strip(), ctx.lex.common)
        if name:
            return text, cite_cell(row, cells[k])
        return post_holder(ctx, text, row["document"])
    return None


def _set_aside_row(ctx: Context, name: str) -> bool:
    """The row's name holds most of what the question sets aside."""
    aside = ctx.analysis.set_aside
    return len(aside & ctx.tokenizer.stem_set(name)) * 2 > len(aside)


_PERIOD_ASKED = re.compile(r"\b(?:which|what)\s+(?P<kind>month|quarter)\b", re.I)
_PERIOD_LABELS = {"month": re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s'’-]*(?:20)?\d\d$", re.I),
                  "quarter": re.compile(r"^(?:q|qtr|quarter)\s*[1-4]\b", re.I)}


def _across_periods(ctx: Context, bound: Bound, rows: Sequence[dict], labels: list[str]) -> Candidate | None:
    """"In which month is total planned spend highest?" over a table with months as its columns: the
    months compared along the table's total row (or its one row), not the rows down a column."""
    asked = _PERIOD_ASKED.search(ctx.analysis.text)
    if asked is None:
        return None
    period = _PERIOD_LABELS[asked.group("kind").lower()]
    columns = [k for k, label in enumerate(labels) if period.match(label.strip())]
    totals = [r for r in rows if _TOTAL.match(_first_cell(r))]
    row = totals[-1] if totals else rows[0] if len(rows) == 1 else None
    if len(columns) < 2 or row is None:
        return None
    cells = json.loads(row["cells"])
    amounts = [(a.whole, k) for k in columns if k < len(cells) for a in [cell_amount(cells[k]["text"], labels[k])] if a is not None]
    if len(amounts) < 2:
        return None
    end = (max if bound.op == "max" else min)(v for v, _ in amounts)
    top = [k for v, k in amounts if v == end]
    word = "highest" if bound.op == "max" else "lowest"
    answer = (f"{'; '.join(labels[k] for k in top)}: the {word} {asked.group('kind').lower()} of {_first_cell(row)}, "
              f"{cells[top[0]]['text']} (of the {len(amounts)} {asked.group('kind').lower()}s of {trim(_where(rows), 80)})")
    return Candidate(
        source="filter", main=" ".join(_shared(rows, f) for f in ("header_text", "section", "caption", "doc_title")), context="",
        area=row.get("area"), answer=trim(answer, 590), citations=unique([cite_cell(row, cells[k]) for k in top] + [_cite(row, cells, top[0])]),
        fits_form=1.0, nearest=trim(_where(rows), 160),
    )


def _group_sums(ctx: Context, rows: Sequence[dict], labels: list[str]) -> list[dict] | None:
    """"Which programme has the largest allocation?" over a budget of schemes grouped under programmes
    ("Programme / scheme" over a programme's name, its schemes, then its "Subtotal"): the programmes are
    compared by their subtotals, each row named by its group. Asked for the first of the first column's
    levels ("Programme" of "Programme / scheme") and not the second; else None."""
    levels = [ctx.tokenizer.stem_set(part) for part in (labels[0] if labels else "").split("/")]
    asked = ctx.analysis.words
    if len(levels) != 2 or not levels[0] & asked or levels[1] & asked:
        return None
    sums = []
    for row in rows:
        group = (row.get("section") or "").rsplit(" › ", 1)[-1]
        if _SUBTOTAL.match(_first_cell(row)) and group:
            cells = json.loads(row["cells"])
            cells[0] = {**cells[0], "text": group}
            sums.append({**row, "cells": json.dumps(cells)})
    return sums if len({_first_cell(r) for r in sums}) >= 2 else None


def _where(rows: Sequence[dict]) -> str:
    """What the rows stand under, all of them: the line that introduces their table ("Appendix A:
    Three-year savings plan by programme (£m)"), else their heading, else their paper (a register
    written as blocks has a heading per block; a table under no heading is the paper's own)."""
    return _shared(rows, "caption") or _shared(rows, "section") or rows[0]["doc_title"]


def _shared(rows: Sequence[dict], field: str) -> str:
    """The field's value when every row has the same one, else nothing; of a section, the headings every
    row stands under (a register written as blocks has a heading per block, under the register's own)."""
    said = {r.get(field) or "" for r in rows}
    if len(said) == 1:
        return said.pop()
    if field != "section":
        return ""
    paths = [s.split(" › ") for s in said]
    common = []
    for parts in zip(*paths):
        if len(set(parts)) > 1:
            break
        common.append(parts[0])
    return " › ".join(common)


def _column(cells: list[list[dict]], k: int, label: str) -> list[Amount | None] | None:
    """The column's numbers, when it is a number column (most of its filled cells a number alone)."""
    texts = [row[k]["text"] if k < len(row) else "" for row in cells]
    amounts = [cell_amount(t, label) if t else None for t in texts]
    filled = sum(1 for t in texts if t.strip() and not not_applicable(t))  # a dash gives no number, as a blank does
    held = sum(1 for a in amounts if a is not None)
    return amounts if held >= 2 and held >= NUMERIC_SHARE * filled else None


def _named_columns(ctx: Context, labels: list[str], numeric: dict[int, list[Amount | None]], naming: str = "") -> list[int]:
    """The number columns whose labels share most words with the question, or with `naming` (the
    words a paper's own threshold names its column by), then the fewest other words. Of labels named
    alike, those whose small words are named too ("after barriers", not "before barriers"). Several
    when it names them alike: "rated on likelihood times impact" names two columns and bounds a third,
    so the caller turns to the column the bound splits."""
    # (a year's short digits name no column: "in 2025/26" is not the "Jan-26" column of that year's months)
    asked = frozenset(w for w in ctx.analysis.words if not (w.isdigit() and len(w) <= 2))
    if naming:
        asked = frozenset(ctx.tokenizer.stem_set(naming))
    scored = {k: (len(stems & asked) or _cut_short(labels[k], asked), -len(stems)) for k in numeric
              for stems in [ctx.tokenizer.stem_set(labels[k])]}
    best = max((v for v in scored.values() if v[0]), default=None)
    tied = [k for k, v in scored.items() if v == best] if best else []
    said = set(re.findall(r"[a-z]+", (naming or ctx.analysis.text).lower()))
    small = {k: len(set(re.findall(r"[a-z]+", labels[k].lower())) & said) for k in tied}
    if len(tied) > 1 and list(small.values()).count(max(small.values())) == 1:
        return [max(small, key=small.__getitem__)]
    return tied


def _cut_short(label: str, asked: frozenset[str]) -> int:
    """1 when a label is a question word cut short ("Sc" for score, "Var" for variance, as a narrow
    register's columns are headed), else 0: two letters at least, the start of a longer asked word."""
    low = label.strip().lower().rstrip(".")
    return int(low.isalpha() and 2 <= len(low) <= 4 and any(len(w) > len(low) + 1 and w.startswith(low) for w in asked))


def _split_column(bound: Bound | Band, numeric: dict[int, list[Amount | None]], labels: list[str]) -> int | None:
    """The one number column the bound splits (some rows pass, some do not); of several, the one a
    register labels current ("Current score" beside "Previous score" and "Target score"); else None."""
    split = [k for k, amounts in numeric.items()
             if len({bound.passes(a) for a in amounts if a is not None}) == 2]
    if len(split) > 1:
        split = [k for k in split if k < len(labels) and _CURRENT.search(labels[k])]
    return split[0] if len(split) == 1 else None


_CURRENT = re.compile(r"\b(?:current|latest|now|this quarter)\b", re.I)


def _name(cells: list[dict], column: int) -> str:
    """A row by its first cell, with the longest text of the cells after it (its description) when the
    first is only a code ("R01 Registered nurse ...")."""
    texts = [c["text"].strip() for k, c in enumerate(cells) if k != column and c["text"].strip()]
    if not texts:
        return ""
    name = texts[0]
    if len(name) <= CODE_CHARS:
        wordy = max((t for t in texts[1:4] if len(t.split()) >= 3 and cell_amount(t) is None), key=len, default=None)
        if wordy:
            name = f"{name} {wordy}"
    return trim(name, NAME_CHARS)



def _cite(row: dict, cells: list[dict], column: int) -> Citation:
    """The row by the cell that names it (the number alone would be a weak quote)."""
    named = next((c for k, c in enumerate(cells) if k != column and c["text"].strip()), None)
    return cite_cell(row, named if named is not None else cells[min(column, len(cells) - 1)])  # a row shorter than its labels
