"""Table rows read with their column labels: the cell a question asks for, from the row it is about.

"Who is the SRO for digital?" over a "Name | Role" table is the name on the row whose role matches;
"when is the hub handed over?" over a tracker is the cell under "Due"; "what's the RAG?" the cell
under "RAG", spelled out by the paper's own key ("A = amber ...")."""

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache

import numpy as np

from bot.answering import types
from bot.answering.change_requests import requested_change
from bot.answering.asked_type import DEGREE_ASKED
from bot.answering.clauses import asked_low
from bot.answering.candidates import Candidate, Context, cite_cell, document_field, role_in, role_score, trim, unique
from bot.answering.candidates.current_dates import current_date, moved_from
from bot.answering.candidates.initials import spelled_initials
from bot.answering.candidates.post_names import post_holder, row_post_holder
from bot.answering.candidates.prose_cells import PROSE_CELL, prose_sentence
from bot.answering.candidates.question_rows import best_first, question_records, with_bonus
from bot.answering.candidates.slashed_roles import role_part
from bot.answering.candidates.row_money import PLAIN_NUMBER, money_labels, sum_in, unit_sum
from bot.answering.counting import counted_nouns
from bot.answering.scope import EACH_PART, SUMMED
from bot.answering.tenure import current_holder
from bot.answering.vocabulary import JOB_TITLE_WORDS, WEAK_ROLES
from bot.index.record_terms import RecordTable
from bot.models import Period
from bot.records.dates import FY, normalise
from bot.records.names import TITLES, names_in, person_name
from bot.records.table_rows import TOTAL_LABEL
from bot.records.tables import ref_cell
from bot.records.trackers import DUE_MARKS

TOP = 5
FLOOR = 0.25
# A person's cell saying the post is empty: "Vacant - nomination awaited", "Vacancy", "To be appointed"
VACANT_CELL = re.compile(r"^\s*(?:vacant|vacancy|unfilled|to be appointed|not yet appointed)\b", re.I)
LABELS = {
    "person": ("name", "lead", "owner", "responsible", "accountable", "chair", "sro", "who", "contact", "officer", "by", "member", "holder",
               "resource names", "assigned to", "assignee"),
    "date": ("due", "date", "deadline", "by when", "when", "timescale", "target", "completion", "timeline", "by"),
    "status": ("rag", "status", "progress", "rating", "position"),
    "contact": ("phone", "telephone", "tel", "email", "e-mail", "contact"),
}


def row_candidates(ctx: Context) -> Iterator[Candidate]:
    table = question_records(ctx, "rows", role_field="row_text", documents=True)
    if not len(table) or not ctx.topic and not ctx.analysis.roles:
        return  # "who is the lay member?": the role alone picks the row
    scores = ctx.topic.scores([table.field("row_text")], [table.field("header_text"), table.field("section"), table.field("caption"),
                                                          document_field(ctx, "rows", table.rows)])
    scores = scores + role_bonus(ctx, table, "row_text")
    years = _named_years(ctx.analysis.text)
    if len(years) >= 2:  # "over the three years 2026/27 to 2028/29": a row laid out by those very years
        headers = table.column("header_text")
        scores = scores + YEARS_ROW_BONUS * np.array([all(y in (h or "") for y in years) for h in headers], dtype=float)
    # (the bonuses below are worked out only where they can change the first rows: every bonus given to
    # all rows comes first, so a row it lifts is among those they are worked out for)
    scores = with_bonus(scores, TYPED_ROW_BONUS, lambda at: typed_rows(ctx, table, at), TOP, FLOOR)
    if ctx.analysis.want in ("money", "number") and _TOTAL_ASKED.search(ctx.analysis.asked or ctx.analysis.text):
        scores = with_bonus(scores, TOTAL_ROW_BONUS, lambda at: _total_rows(table, at), TOP, FLOOR)
    order = best_first(scores, TOP)
    rows = [table.rows[int(i)] for i in order if scores[i] >= FLOOR]
    rows += _totals_of(ctx, table, rows)
    found = [(row, _candidate(ctx, row, _sums_table(ctx, row, rows), _summed_rows(ctx, row, rows))) for row in rows]
    yield from _keyed_first(ctx, found)


def _totals_of(ctx: Context, table: RecordTable, rows: list[dict]) -> list[dict]:
    """"The total 2017/18 cost of the action plan": the Total row of a table whose rows the question found,
    though the rows' own words ("Suicide prevention training ...") match it and the Total row's do not. A
    total is asked of the table, so its Total row is a candidate whenever one of its rows is."""
    if ctx.analysis.want not in ("money", "number") or not _TOTAL_ASKED.search(ctx.analysis.asked or ctx.analysis.text):
        return []
    tables = {row["table_id"] for row in rows}
    return [row for row in table.rows if row["table_id"] in tables and row not in rows
            and TOTAL_LABEL.match(str(row["row_text"] or "").split(" | ")[0])][:TOTALS_ADDED]


TOTALS_ADDED = 3  # a table may write a Total row per year or per part: enough to read them, never every row


def _keyed_first(ctx: Context, found: list[tuple[dict, Candidate]]) -> Iterator[Candidate]:
    """A table's row the question names by its key ("the workforce workstream" over a row "Workforce | ...
    | Lavinia Strudwick") is the row asked about: another row of that table sharing the question's other
    words ("the shadow ICS 100-day plan", in the Governance row's cells) fits it less."""
    keyed: dict[str, list[dict]] = {}
    for row, _ in found:
        if _key_named(ctx, row):
            keyed.setdefault(row["table_id"], []).append(row)
    strong = [r for r in ctx.analysis.roles if r not in WEAK_ROLES]
    for row, candidate in found:
        named = keyed.get(row["table_id"], [])
        # (a row stating the very role asked is the one asked: "who heads the group that reports to Health
        # Education England?" over "Chair | Victoria Haldane" and "Health Education England | Patrick ...")
        if len(named) == 1 and named[0] is not row and not any(role_score(r, candidate.role_text) >= 1.0 for r in strong):
            candidate.fits_form = min(candidate.fits_form, KEY_UNNAMED_FIT)
        yield candidate


def _sums_table(ctx: Context, row: dict, rows: list[dict]) -> bool:
    """A table's Total row is about what its table is about: "total programme savings in 2020/21" is its
    figure though only the caption says "savings by programme". Not where the question names another row
    of that table by its key ("CC total savings": Cawdermoor City's own Total column)."""
    if not TOTAL_LABEL.match(str(row["row_text"] or "").split(" | ")[0]):
        return False
    keys = (str(r["row_text"] or "").split(" | ")[0] for r in rows if r is not row and r["table_id"] == row["table_id"])
    return not any(term for key in keys if not TOTAL_LABEL.match(key) for term in ctx.topic.matched(key) if not term.isdigit())


def _summed_rows(ctx: Context, row: dict, rows: list[dict]) -> str:
    """Asked for a total ("the diabetes bid in total"), a table's Total row is about all that the rows it
    sums are about: their texts (of the rows found), so a row sharing a word with the question by its
    description ("Diabetes inpatient specialist nurses") does not outrank the sum. Nothing for any other row."""
    if not TOTAL_LABEL.match(str(row["row_text"] or "").split(" | ")[0]) or ctx.analysis.want not in ("money", "number") \
            or not _TOTAL_ASKED.search(ctx.analysis.asked or ctx.analysis.text):
        return ""
    return " ".join(str(r["row_text"] or "") for r in rows if r is not row and r["table_id"] == row["table_id"])


KEY_UNNAMED_FIT = 0.0  # a row of a table whose other row the question names by its key: no fit of its own
KEY_WORDS = 4


def _key_named(ctx: Context, row: dict) -> bool:
    """The row's key (its first cell: a workstream, a scheme, a risk) is short and every word of it is the
    question's. A person's name is no such key: "who is Helen Marsh's deputy?" names whose deputy, and the
    answer is in another row."""
    cells = json.loads(row["cells"])
    key = next((c["text"] for c in cells if c["text"].strip()), "")
    if TOTAL_LABEL.match(key):
        return False  # "need the total" asks the sum of whatever row is asked, not for the table's Total row by name
    stems = ctx.tokenizer.stem_set(key)
    return (0 < len(key.split()) <= KEY_WORDS and bool(stems) and stems <= ctx.analysis.words - ctx.analysis.whole_count
            and not person_name(_first_name_part(key), ctx.lex.common))


TYPED_ROW_BONUS = 0.1
TOTAL_ROW_BONUS = 0.1


def _total_rows(table: RecordTable, at: np.ndarray) -> np.ndarray:
    """"What are the total savings for 2019/20?": of a table's rows, equal to the question by its column
    labels, the row keyed "Total" sums them; it is what is asked, not its first programme's row."""
    texts = table.column_at("row_text", [int(i) for i in at])
    return np.array([bool(TOTAL_LABEL.match(str(text or "").split(" | ")[0])) for text in texts], dtype=float)
YEARS_ROW_BONUS = 0.3


def _by_named_years(ctx: Context, row: dict) -> bool:
    """A row laid out by every year the question names ("2026/27 | 2027/28 | 2028/29 | Total" for "over
    2026/27 to 2028/29") gives the figure across them as the question asks it."""
    years = _named_years(ctx.analysis.text)
    return len(years) >= 2 and all(y in (row.get("header_text") or "") for y in years)


def _named_years(text: str) -> list[str]:
    """The financial years a question names, as tables label them ("26/27" -> "2026/27")."""
    return list(dict.fromkeys(f"20{a}/{b}" for _, a, b in FY.findall(text) if (int(a) + 1) % 100 == int(b)))


def typed_rows(ctx: Context, table: RecordTable, at: np.ndarray | None = None) -> np.ndarray:
    """Rows with a cell holding the kind of thing asked (a date for "when", a name for "who") come
    forward among rows that match the topic equally: "Meeting Date: 13 November 2019" over "Summary of
    Report: ..." when the question asks when the meeting was. Worked out once per version, type and row;
    for the rows at positions `at` (default all)."""
    want = ctx.analysis.want
    at = np.arange(len(table)) if at is None else at
    if want not in types.FINDERS:
        return np.zeros(len(at))
    known: dict[int, bool] = ctx.index.memo(f"rows holding {want}", dict)
    held = _cells_holding(ctx, want)
    keys = table.keys
    todo = [int(i) for i in at if int(keys[i]) not in known]
    for i, row in zip(todo, table.take(np.asarray(todo, dtype=np.int64))):
        cells = json.loads(row["cells"])
        labels = money_labels(row, json.loads(row["labels"] or "[]"), len(cells), ctx.lex.about(row["document"])) if want == "money" else []
        # (`held` says whether a cell states a sum itself, so of `sum_in` only a bare figure under a unit is left)
        known[int(keys[i])] = any(c["text"] and (held(c["text"]) or labels and unit_sum(labels[k] if k < len(labels) else "", c["text"]) is not None)
                                  for k, c in enumerate(cells))
    return np.array([known[int(keys[i])] for i in at], dtype=float)


CELL_TEXTS_KEPT = 200_000  # distinct cell texts whose type is kept per version and type (a few tens of MB at most)


def _cells_holding(ctx: Context, want: str) -> Callable[[str], bool]:
    """Whether a cell's text holds the kind of thing asked, looked up by the text: the near-copies of a
    national corpus repeat most short cells word for word ("Q4 2017/18", "Jane Smith"), and the rows of
    equal score a question reads run to thousands. Forgotten all at once when full, so a long-running
    bot's memory stays bounded."""
    seen: dict[str, bool] = ctx.index.memo(f"cell texts holding {want}", dict)
    common = ctx.lex.common

    def held(text: str) -> bool:
        found = seen.get(text)
        if found is None:
            if len(seen) >= CELL_TEXTS_KEPT:
                seen.clear()
            found = seen[text] = types.holds(want, text, common)
        return found

    return held


def role_bonus(ctx: Context, table: RecordTable, field: str) -> np.ndarray:
    """Rows stating an asked role come forward: "who is the lay member" is about the row that says so."""
    from bot.answering.vocabulary import ROLES

    bonus = np.zeros(len(table))
    for role in ctx.analysis.roles:
        stems = [ctx.tokenizer(p) for p in ROLES[role]]
        for words in stems:
            if words:
                found = np.ones(len(table), dtype=bool)
                for stem in words:
                    found &= table.field(field).mask(stem)
                bonus = np.maximum(bonus, 0.5 * found)
    return bonus


def _candidate(ctx: Context, row: dict, sums_table: bool = False, summed: str = "") -> Candidate:
    labels = json.loads(row["labels"] or "[]")
    cells = json.loads(row["cells"])
    want = ctx.analysis.want
    shown = labels  # the labels as the paper writes them; for "how much", each with the unit its table states once
    if want == "money":
        labels = _with_unit_column(money_labels(row, labels, len(cells), ctx.lex.about(row["document"])), shown, cells)
    logged = _logged_cell(ctx, cells) if want == "date" else None
    at = logged[0] if logged else _answer_cell(want, labels, cells, ctx, row["document"])
    # "Document control | Plan owner | Director of Nursing, X CCG" at a paper's head: the owner of the paper
    field = _role_field(cells, ctx, row["document"]) if want == "person" and ctx.analysis.roles and at_head(row) else None
    fielded = field is not None
    at = field if fielded else at
    periods = _period_columns(labels, cells, ctx) if want in ("number", "money") else []
    if len(periods) == 1:  # "A&E 4-hour performance for December 2026" in a grid of months: the Dec-26 column
        total = _total_column(labels, cells, types.numbers) if _total_over_years(ctx) else None
        at = periods[0] if total is None else total  # (a total over the years named: the row's Total column)
    if want == "money" and _counted_not_money(shown, cells):
        at = None  # "How much ... savings" is no "365" attendances: the row's own Unit cell says what it counts
    strong = [r for r in ctx.analysis.roles]
    # an action log's row names what is to be done ("Find an Estates lead among the partners"): a post named
    # there is sought, not held by the row's person, who owns the action ("who is the Estates lead?"; "whose
    # job is it to send round the handbook showing the new SRO?" asks after the action, and its words count)
    sought = _POST_ASKED.match(ctx.analysis.text) and any(_ACTION_LABEL.match(label) for label in labels)
    role_cells = "" if sought else " ".join(c["text"] for k, c in enumerate(cells) if k != at)
    marked = _marked_date_column(labels, cells) if want == "date" and not logged else None
    if marked is not None:
        at = marked  # a plan with months as columns marks the month its row falls in: that is the row's date
    column_date = marked if marked is not None else _dated_column(labels, cells, ctx) if at is None and want == "date" and not logged else None
    if column_date is not None:
        at = column_date
    change = requested_change(labels, cells) if want in ("date", "person") else None
    if change is not None and (at in (change.existing, change.proposed) or at is None):
        at = change.column()  # a change request's row: the value asked for if approved, else the value as it stands
    held = role_part(labels[at], cells[at]["text"], ctx.analysis.roles) if want == "person" and at is not None and at < len(labels) else None
    answer_text = _spelled(ctx, held[0] if held else cells[at]["text"]) if at is not None else ""
    if want == "person" and at is not None:  # "A to 30.11.24; B (interim) from 1.12.24": whoever holds it at the asked day
        answer_text = current_holder(answer_text, ctx.analysis.as_of or date.today()) or answer_text
    keyed = (spelled_initials(ctx, cells[at]["text"], row["document"]) or row_post_holder(ctx, labels, cells, at, row["document"])) \
        if at is not None and want == "person" else None
    if keyed:
        answer_text = keyed[0]  # "BN" under "Owner", and the paper's Contacts sheet spells BN out
    stated = unit_sum(labels[at], cells[at]["text"]) if want == "money" and at is not None and at < len(labels) else None
    if stated:
        answer_text = f"{stated} ({shown[at]})" if at is not None and at < len(shown) and shown[at] else stated
    elif (periods and at == periods[0] or want == "number") and at is not None and at < len(shown) and shown[at].strip():
        answer_text = f"{answer_text} ({shown[at]})"  # "0 (At risk)": which of the row's figures it is
    named_dates = _named_date_cells(ctx, labels, cells) if want == "date" and not logged else []
    if len(named_dates) >= 2:  # "the baseline and the current planned end dates": each one the question names
        answer_text = "; ".join(f"{labels[k]}: {cells[k]['text']}" for k in named_dates)
    if logged:
        answer_text = "; ".join(logged[1])  # a log of dated entries: the entries the question is about
    elif at is not None and want == "date" and len(answer_text) > 60 and column_date is None and len(named_dates) < 2:
        found = types.dates(answer_text)
        answer_text = f"{found[-1][2]}: {answer_text}" if found else answer_text  # the date first, then its cell
    if column_date is not None:
        answer_text = f"{labels[at]}: {answer_text}"
    moved = moved_from(labels, cells, at) if want == "date" and at is not None and not logged and len(named_dates) < 2 else None
    if moved:  # "Baseline 31/03/2017 | Forecast 30/06/2017": the date now expected, said to be moved, as a note says it
        answer_text = f"{answer_text} (moved from {moved})"
    dated = set(_dated_labels(tuple(labels))) if periods else set()  # beside the asked month's cell, the other months' are noise
    rest = "; ".join(_labelled(shown, k, c["text"]) for k, c in enumerate(cells) if c["text"] and k != at and k not in dated)
    prose = prose_sentence(ctx, cells[at]["text"]) if at is not None and not logged else None
    if prose:
        answer_text = prose  # one sentence of an SBAR "Assessment" box, not the box
    lead = f"{answer_text}" if answer_text else trim(row["row_text"], 200)
    answer = trim(f"{lead} ({rest})" if rest else lead, 590)
    cites = [cite_cell(row, cells[at])] if at is not None else []
    cites += [cite_cell(row, cells[k]) for k in named_dates if len(named_dates) >= 2 and k != at]
    cites.append(cite_cell(row, next(c for c in cells if c["text"])))
    if keyed:
        cites.append(keyed[1])
    main = row["row_text"] if not prose else " ".join([prose, *(c["text"] for k, c in enumerate(cells) if k != at and len(c["text"]) < PROSE_CELL)])
    if change is not None and change.approved and want == "date":  # the plan's date moved by the approved request
        main = f"{main} {cells[change.existing]['text']} → {cells[change.proposed]['text']}"
    named = _initiatives_referred(ctx, cells)
    if named:  # "CR-01 | LC2 | Milestone: service live | ...": the initiative its reference names is what it is about
        main = f"{main} {named}"
    if row.get("joined") and _says_nothing_itself(cells):  # "RAV3 | Anselm Pryde | ...": what its reference names elsewhere
        main = f"{main} {row['joined']}"
    if cover_field(row, cells) or fielded:  # (a field is read only at a paper's head)
        # "Meeting Date: 13 November 2019" on a cover sheet, "Plan owner | Director of Nursing" in a document's
        # control table at its head: a fact about the paper
        main = f"{main} {ctx.lex.about(row['document'])}"
    if sums_table:
        main = f"{main} {row.get('caption') or row.get('section') or ''} {summed}".rstrip()
    return Candidate(
        source="row", main=main, context=f"{row['header_text']} {row.get('section') or ''} {row.get('caption') or ''}", area=row.get("area"),
        answer=answer, citations=unique(cites),
        has_type=at is not None and not _risk_owner(ctx, labels, cells, at) and (want != "number" or _counts_asked(ctx, row)),
        role_text=held[1] if held else _role_text(strong, labels[at] if at is not None and at < len(labels) else "", role_cells,
                                                  _after_name(cells[at]["text"], ctx.lex.common) if want == "person" and at is not None else ""),
        # a row giving each date the question names ("baseline and planned end") fits it fully; a message's
        # header (From, To, Subject, Sent) dates the message, not the work it is about
        fits_form=1.0 if len(named_dates) >= 2 or at is not None and (_by_named_years(ctx, row) or _named_holder(ctx, labels, at)
                                                                       or _looked_up(ctx, row["row_text"], shown[at] if at < len(shown) else "")
                                                                       or _total_of_year(ctx, row["row_text"], labels[at] if at < len(labels) else "")) else
        0.0 if want == "date" and _message_header(labels, ctx) else 0.5 if at is not None else 0.0, nearest=trim(row["row_text"], 160),
    )


# A counted noun in the plural: "practices", "beds", "people" ("how many people live there": not "live")
_PLURAL = re.compile(r"(?:[^s]s|people|staff|children|men|women|personnel)$")


def _counts_asked(ctx: Context, row: dict) -> bool:
    """"How many GP practices ...?" is answered by a row's figure only where the row, its column labels or
    its table's caption name what is counted: "Registered population | 884,600" counts people, not
    practices. The noun counted is the last plural of the phrase "how many" opens."""
    counted = counted_nouns(ctx.analysis.asked or ctx.analysis.text)
    if not counted:
        return True
    head = ctx.tokenizer.stem(next((w for w in reversed(counted) if _PLURAL.search(w)), counted[-1]))
    said = ctx.tokenizer.stem_set(" ".join(str(row.get(f) or "") for f in ("row_text", "header_text", "caption", "section")))
    measures = {ctx.tokenizer.stem(w) for group in _MEASURES if head in {ctx.tokenizer.stem(n) for n in group} for w in group}
    if ({head} | ctx.lex.equivalents(head) | ctx.lex.kindred(head) | measures) & said:
        return True
    noun = next((w for w in reversed(counted) if _PLURAL.search(w)), counted[-1])
    return _initials_spelled(noun, " ".join(str(row.get(f) or "") for f in ("row_text", "header_text", "caption", "section")), ctx)


def _initials_spelled(noun: str, text: str, ctx: Context) -> bool:
    """"How many PHBs ...?" counted by a table of "Personal health budgets in place": a short form asked, no
    English word, is the words the table writes whose initials it is (a plural's "s" aside)."""
    short = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    if not 2 <= len(short) <= 5 or noun in ctx.lex.english or short in ctx.lex.english:
        return False
    words = re.findall(r"[A-Za-z]+", text)
    return any("".join(w[0] for w in words[k:k + len(short)]).lower() == short for k in range(len(words) - len(short) + 1))


# What a table counts some nouns by: a population counts people, WTE and headcount count staff and posts.
_MEASURES = (frozenset("people patients residents persons individuals population registered".split()),
             frozenset("staff posts people wte fte headcount workforce".split()))


def _initiatives_referred(ctx: Context, cells: list[dict]) -> str:
    """The titles of the initiatives a row's cells name by reference alone ("LC2"), as the plan's
    initiatives table numbers them: a log of changes to the plan refers to its items so."""
    refs = [ref for c in cells if (ref := ref_cell(c["text"]))]  # the reference codes the initiatives reader keys rows by
    if not refs:
        return ""

    def read() -> dict[str, str]:
        if "initiatives" not in ctx.index.db.table_names():
            return {}
        return {n: t for n, t in ctx.index.db.execute("select number, title from initiatives where number is not null and title != ''")
                if n and not n.isdigit()}

    titles = ctx.index.memo("initiatives by reference", read)
    return " ".join(titles[r] for r in refs if r in titles)


def _says_nothing_itself(cells: list[dict]) -> bool:
    """A keyed row whose cells after the reference are only names, dates or figures: what it is about is
    written where its reference is given in full."""
    return all(len(c["text"].split()) <= NAME_WORDS for c in cells[1:])


NAME_WORDS = 4  # "Dr Grainne Ferris", "30 November 2026": longer, a cell says something of its own


# A risk asked after in its own word or in plain ones ("the worry that the new system won't talk to ...").
RISK_WORDS = frozenset({"risk", "worri", "danger", "threat"})  # (stems)
_RISK_KEY = re.compile(r"^\s*risk\b(?!s)", re.IGNORECASE)  # "Risk ID", "Risk description": a register's rows are risks


def _risk_owner(ctx: Context, labels: list[str], cells: list[dict], at: int | None) -> bool:
    """The person in a risk register's row owns the risk, not the work it threatens: "who owns the hub's
    opening milestone?" or "who manages the record's roll-out?" is not answered by the owner of the risk
    that the hub's lease falls through. A question about the risk itself ("the risk of a hacking
    attack", "who owns R04?") is."""
    if ctx.analysis.want != "person" or at is None or not any(_RISK_KEY.match(label) for label in labels):
        return False
    if not RISK_WORDS.isdisjoint(ctx.analysis.words - ctx.analysis.aside):
        return False
    key = next((c["text"].strip() for c in cells if c["text"].strip()), "")
    return not (key and _says_whole(ctx.analysis.text.lower(), key.lower()))


def _says_whole(text: str, part: str) -> bool:
    """Whether `text` holds `part` as whole words ("R04" in "who owns R04?", not in "R040"), without a
    pattern compiled for each row's key (thousands of keys would churn the regex cache)."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(part, at + 1)
    return False


def _named_holder(ctx: Context, labels: list[str], at: int) -> bool:
    """"Who ...?" answered from a column whose label names people ("SRO", "Lead", "Owner"): the row
    states its person as plainly as a line naming someone in a role does, where a name found in an
    unlabelled or other cell may be anyone the row mentions."""
    if ctx.analysis.want != "person" or at >= len(labels):
        return False
    return any(re.search(rf"\b{re.escape(n)}\b", labels[at].lower()) for n in LABELS["person"])


_POST_ASKED = re.compile(r"^\W*(?:who(?:['’]s|s|\s+is|\s+are|\s+was)|name)\s+(?:the|our|their|its)?\b", re.IGNORECASE)
_ACTION_LABEL = re.compile(r"^\s*(?:agreed\s+)?actions?(?:\s+(?:required|agreed|to be taken))?\s*$", re.IGNORECASE)


def _role_text(roles: list[str], label: str, others: str, own: str = "") -> str:
    """The role the row states for its answer: its column's label ("Senior Responsible Owner": whoever
    stands in that column holds the role for the row), else the other cells when they name one, else
    what the answer's own cell says after the person it names (a key to initials: "JSB | Joanna
    Strachey-Bell, Director of Finance; Chair, Capital & Investment Committee") when it names a post of
    its own, not one as common as "lead"."""
    for text in (label, others):
        if any(role_in(r, text) for r in roles):
            return text
    # (a post as common as "lead" is not read from there: "Head of LD Commissioning" is some lead of some remit)
    return own if any(role_in(r, own) for r in roles if r not in WEAK_ROLES) else ""


def _after_name(text: str, common: frozenset[str]) -> str:
    """The words of a cell after the person it opens with: who that person is, where the cell is a
    who's who entry ("Name, post; post"), not a sentence about them ("Name, CIO, is SRO for ... A
    clinical lead for ... is not yet named")."""
    named = next(names_in(text, common), None)
    if not named or named[0] > NAME_OPENS:
        return ""
    rest = text[named[1]:]
    if _SENTENCE.search(rest) or next(names_in(rest, common), None):
        return ""  # (nor the posts of a cell naming several people: "A (SRO); programme manager: B")
    return rest.strip(" ,;:-–")


NAME_OPENS = 4  # (a cell opens with its person after a bullet or a bracket at most)
_SENTENCE = re.compile(r"\.\s+[A-Z]|\b(?:is|are|was|were|will|has|have|had)\b")


COVER_LINES = 20


def cover_field(row: dict, cells: list[dict]) -> bool:
    """A label and its value at the head of a paper (its first page, or first lines): a cover sheet's
    "Meeting Date:", "Report Author:", "Agenda No:", which say something about the paper itself."""
    filled = [c["text"] for c in cells if c["text"]]
    return at_head(row) and len(filled) == 2 and len(filled[0]) <= 40 and filled[0].rstrip().endswith(":")


def at_head(row: dict) -> bool:
    """On a paper's first page, or in its first lines."""
    page, line = _number(row.get("page")), _number(row.get("line"))
    return page == 1 if page is not None else line is not None and line <= COVER_LINES


def _number(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


STEP_CHARS = 160


def _logged_cell(ctx: Context, cells: list[dict]) -> tuple[int, list[str]] | None:
    """The cell that logs dated entries about the question, with those entries."""
    best: tuple[float, int, list[str]] | None = None
    for k, cell in enumerate(cells):
        if len(cell["text"]) > 60:
            steps = dated_steps_about(ctx, cell["text"])
            score = ctx.topic.coverage(" ".join(steps))[0] if steps else 0.0
            if steps and (best is None or score > best[0]):
                best = (score, k, steps)
    return (best[1], best[2]) if best else None


def dated_steps_about(ctx: Context, text: str, most: int = 3) -> list[str]:
    """A long cell that logs dated entries ("14/10/16 - 1-2-1 meeting with Lindsay Hoyle MP. 20/10/16
    public event ... 28/10/16 1-2-1 meeting with Mark Hendrick MP") answers "when were the meetings with
    Hoyle and Hendrick?" with the entries that hold the question's words, each with its date. An entry
    runs from its date to the next one when the cell opens with a date, else up to its date."""
    found = _joined_dates(text, types.dates(text))
    if len(found) < 3 or not ctx.topic:
        return []
    # an entry opens with its date when the cell does, or when its dates are followed by a dash ("w/c 2 July
    # 2018 - Core 24 liaison live; March 2019 - IAPT access at 19%"), a list of "date - what" items
    led = sum(1 for _, end, _ in found if _DASH_AFTER.match(text, end)) * 2 > len(found)
    opens = found[0][0] <= 3 or led
    starts = [_item_start(text, f[0]) for f in found] if led else [0, *(f[0] for f in found[1:])]
    bounds = [*starts, len(text)] if opens else [0, *(f[1] for f in found[:-1]), len(text)]
    entries = [text[a:b].strip(" ,;.-–") for a, b in zip(bounds, bounds[1:])]
    scored = sorted(((ctx.topic.coverage(e)[0], k) for k, e in enumerate(entries) if e), reverse=True)
    best = scored[0][0] if scored else 0.0
    if best < 0.3:
        return []
    chosen = sorted(k for score, k in scored[:most] if score >= best * 0.6)
    return [trim(entries[k], STEP_CHARS) for k in chosen]


_JOINS = re.compile(r"\s*(?:to|until|till|and|-|–)\s*")
_DASH_AFTER = re.compile(r"\s+[-–]\s+")
ITEM_LEAD = 30  # most characters of an item's date written before the date itself ("By Christmas", "w/c")


def _item_start(text: str, at: int) -> int:
    """Where the item whose date begins at `at` begins: after the "; " before it, when that is near
    ("w/c 2 July 2018", "By Christmas 2018"), else at the date."""
    cut = text.rfind("; ", max(0, at - ITEM_LEAD), at)
    return cut + 2 if cut >= 0 else at


def _joined_dates(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates joined by "to" ("moved from 30/11/26 to 02/02/27", "1 April - 30 June") are one entry's."""
    out: list[tuple[int, int, str]] = []
    for start, end, phrase in found:
        if out and _JOINS.fullmatch(text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end, text[out[-1][0]:end])
        else:
            out.append((start, end, phrase))
    return out


# A column named for a name: a person's ("Name", "Full name", "Contact name", "Resource Names") or a thing's
# ("Task Name", "Bucket Name", "Project name"), by the word before it.
_QUALIFIED_NAME = re.compile(r"\b([a-z]+)\s+names?\b")
_PERSON_NAMES = frozenset({"full", "first", "last", "family", "given", "contact", "member", "staff", "person", "people", "owner",
                           "lead", "resource", "user", "employee", "officer", "attendee", "sro", "chair", "manager", "author"})


def _names_a_thing(label: str) -> bool:
    m = _QUALIFIED_NAME.search(label)
    return m is not None and m.group(1) not in _PERSON_NAMES


# A column labelled for places, bodies or the work itself holds no person, however like a name its cells
# read ("Cattermouth Bay" under "Place", "Riverside Practice" under "Site"), unless its label names a person too.
_NO_PERSON_LABEL = re.compile(r"\b(?:place|area|locality|site|location|venue|organi[sz]ations?|org|trust|provider|partner|scheme|"
                              r"project|programme|initiative|workstream|ref|reference|code|id|status|rag|title|description|"
                              r"milestone|task|theme|category|type|pcn|practice|ward|hospital)\b")


def _labels_no_person(labels: list[str], k: int) -> bool:
    label = labels[k].lower() if k < len(labels) else ""
    return bool(_NO_PERSON_LABEL.search(label)) and not any(re.search(rf"\b{re.escape(n)}\b", label) for n in LABELS["person"])


def _labelled(labels: list[str], k: int, text: str) -> str:
    label = labels[k] if k < len(labels) and labels[k] else ""
    return f"{label}: {text}" if label else text


_UNIT_LABEL = re.compile(r"^\s*(?:units?|unit of measure|measure)\s*$", re.IGNORECASE)


def _with_unit_column(labels: list[str], shown: list[str], cells: list[dict]) -> list[str]:
    """"Item | Value | Unit" with "£m" in the Unit cell: every figure of the row is in £m."""
    unit = next((cells[k]["text"].strip() for k, label in enumerate(shown) if k < len(cells) and _UNIT_LABEL.match(label)
                 and "£" in cells[k]["text"]), None)
    if unit is None:
        return labels
    return [label if _UNIT_LABEL.match(shown[k] if k < len(shown) else "") or "£" in label else f"{label} ({unit})".strip()
            for k, label in enumerate(labels)]


def _looked_up(ctx: Context, row_text: str, label: str) -> bool:
    """"What is the registered population of Ebbdale?" over "Place | Registered population (persons)": the
    row holds some of the question's words (its name) and the answer's column every other one, as a
    look-up in the table reads. Only for figures, where a column says what its numbers are."""
    if ctx.analysis.want not in ("number", "money") or not label:
        return False
    terms = [t for t in ctx.topic.weights if not t.isdigit()]
    row_stems, label_stems = ctx.tokenizer.stem_set(row_text), ctx.tokenizer.stem_set(label)
    in_row = [t for t in terms if ctx.topic.has(t, row_stems)]
    rest = [t for t in terms if t not in in_row]
    return bool(in_row) and bool(rest) and all(ctx.topic.has(t, label_stems) for t in rest)


def _total_of_year(ctx: Context, row_text: str, label: str) -> bool:
    """"What are the total savings for 2019/20?" over a table's "Total" row, read under its "2019/20 (£m)"
    column: the row and the column are the two the question names, a look-up as `_looked_up` reads one. The
    year may be the Total row's own ("Total pooled fund 2017/18 | 18,610" under a "£k" column). A total asked
    of no year is any Total row's figure."""
    key = row_text.split(" | ")[0]
    if ctx.analysis.want not in ("number", "money") or not _TOTAL_ASKED.search(ctx.analysis.asked or ctx.analysis.text) \
            or not TOTAL_LABEL.match(key):
        return False
    asked = _named_years(ctx.analysis.text)
    if not asked:
        return True  # "the total grant across all schemes": the table's whole, of no year asked
    return bool(years := _named_years(label) or _named_years(key)) and set(years) <= set(asked)


def _counted_not_money(labels: list[str], cells: list[dict]) -> bool:
    """The row's Unit column names a unit that is no sum of money ("attendances (000s)", "WTE", "%")."""
    return any(k < len(cells) and _UNIT_LABEL.match(label) and cells[k]["text"].strip() and "£" not in cells[k]["text"]
               and len(cells[k]["text"].split()) <= UNIT_WORDS for k, label in enumerate(labels))


UNIT_WORDS = 3  # a unit is a word or two ("attendances (000s)", "WTE"); a "Measure" column of longer cells names the measure


# "Baseline | Forecast", "Original date | Revised date": the date a row's work is now due is the second
def _answer_cell(want: str, labels: list[str], cells: list[dict], ctx: Context, document: str = "") -> int | None:
    """The column the question asks for: by its label first, else by what the cells hold (for "who",
    a person's name, or initials the paper's key spells out)."""
    names = LABELS.get(want, ())
    banded = _column_of_named(want, labels, cells, ctx) if want in ("person", "date") and ctx.analysis.proper else None
    if banded is not None:
        return banded
    if want == "person" and ctx.analysis.role_words:  # "who is the initiative lead": the column so labelled
        said = [k for k, label in enumerate(labels) if k < len(cells) and ctx.analysis.role_words in label.lower()
                and person_name(_first_name_part(cells[k]["text"]), ctx.lex.common)]
        if said:
            return said[0]
    if want == "person" and "deputy" in ctx.analysis.roles:  # "who is X's nominated deputy?": the column of deputies
        deputies = [k for k, label in enumerate(labels) if k < len(cells) and re.search(r"\bdeput(?:y|ies|ising)\b", label, re.I)
                    and person_name(_first_name_part(cells[k]["text"]), ctx.lex.common)]
        if deputies:
            return deputies[0]
    if want == "person":  # "who is the clinical lead": of the columns naming people, the one named for that role
        strong = [r for r in ctx.analysis.roles if r not in WEAK_ROLES]
        held = [k for k, label in enumerate(labels) if k < len(cells) and any(role_in(r, label) for r in strong)
                and person_name(_first_name_part(_in_role(label, cells[k]["text"], strong)), ctx.lex.common)]
        if held:  # "who is acting SRO?" over "SRO | Acting SRO": the column named for more of the asked role
            return max(held, key=lambda k: sum(1 for r in ctx.analysis.roles if role_in(r, labels[k])))
    if want == "person" and "deputy" not in ctx.analysis.roles and not any("name" in label.lower() for label in labels):
        # "Role | Post | Deputy" (an incident plan's roles, filled by post, no one named): the post's holder, as
        # the paper names them elsewhere
        posted = [k for k, label in enumerate(labels) if k < len(cells) and _POST_LABEL.fullmatch(label)
                  and post_holder(ctx, cells[k]["text"], document)]
        if posted:
            return posted[0]
    if want == "date":  # several milestones in one row, each with its date: the asked one's
        paired = _paired_date(cells, ctx)
        if paired is not None:
            return paired
        current = current_date(labels, cells, ctx.analysis.text)
        if current is not None:
            return current
    labelled_dates = [k for k, label in enumerate(labels) if want == "date" and k < len(cells) and types.dates(cells[k]["text"])
                      and any(re.search(rf"\b{re.escape(n)}\b", label.lower()) for n in names)]
    if labelled_dates:  # "Target | 24 trainees | ... | Due | Winter 2017/18": of the columns a date may head, one holding a date
        return labelled_dates[0]
    for k, label in enumerate(labels):
        low = label.lower()
        if want == "person" and _names_a_thing(low):
            continue  # "Task Name", "Scheme name": the name of the work, not of a person
        if k < len(cells) and cells[k]["text"] and any(re.search(rf"\b{re.escape(n)}\b", low) for n in names):
            if want != "person" or person_name(_first_name_part(cells[k]["text"]), ctx.lex.common) or "name" in low \
                    or spelled_initials(ctx, cells[k]["text"], document) or VACANT_CELL.match(cells[k]["text"]) \
                    or row_post_holder(ctx, labels, cells, k, document):
                return k  # (a person's column saying "Vacant - nomination awaited": who holds it is that no one does)
    for k, cell in enumerate(cells):
        text = cell["text"]
        if want == "person" and person_name(_first_name_part(text), ctx.lex.common) and not _labels_no_person(labels, k):
            return k
        if want == "date" and types.dates(text):
            return k
        if want == "contact" and types.contacts(text):
            return k
    named = _named_column(labels, cells, ctx) if want == "text" else None
    if named is not None:  # "what triggers OPEL 3 at TGH?" over "Organisation | OPEL 1 | ... | OPEL 4": the OPEL 3 cell
        return None if ELSEWHERE.search(cells[named]["text"]) else named  # ("as set out in its own plan, not reproduced here": not said)
    paired = _value_of_label(cells, ctx) if want in ("text", "number", "money") else None
    if paired is not None and (want == "text" or types.holds(want, cells[paired]["text"], ctx.lex.common)):
        return paired
    if want == "date":  # no cell dated: one saying its date is not known ("Roll-out | time frame as yet unknown") answers
        unknown = [k for k, cell in enumerate(cells) if _DATE_UNKNOWN.match(cell["text"])]
        return unknown[0] if len(unknown) == 1 else None
    if want == "number":
        return _number_by_label(labels, cells, ctx)
    if want == "money":  # "how much": the cell with a sum of money, by its label first, then a total, else the first
        held = [k for k, cell in enumerate(cells) if sum_in(labels, k, cell["text"])]
        sums = {cells[k]["text"] for k in held}
        by_label = _number_by_label(labels, cells, ctx, sums.__contains__)
        totals = [k for k in held if k < len(labels) and re.search(r"\btotal\b", labels[k], re.I)]
        return by_label if by_label is not None else (totals or held or [None])[0]
    return None


# a column of the posts that fill a row's role ("Post", "Job title", "Post holder" is a name's)
_POST_LABEL = re.compile(r"\s*(?:post|job title|position|post \(by title\))\s*", re.I)


# a cell that is only the statement that its date is not known
_DATE_UNKNOWN = re.compile(r"^\s*(?:(?:the\s+)?(?:time ?frames?|date|timing|timescales?)\s+(?:is\s+|are\s+)?(?:as yet\s+|still\s+|currently\s+)?"
                           r"(?:unknown|not (?:yet )?known|tbc|to be confirmed)|unknown|not (?:yet )?known|tbc|to be confirmed)\b[^.;]{0,60}$",
                           re.IGNORECASE)


def _column_of_named(want: str, labels: list[str], cells: list[dict], ctx: Context) -> int | None:
    """"Who leads it in Wend Vale?" over "Lead Harbury | Go-live Harbury | Lead Wend Vale | Go-live Wend
    Vale" (a place's band over each pair of columns): of two or more columns holding the asked kind, the
    one whose label names what the question names by a proper name."""
    def holds(k: int) -> bool:
        text = cells[k]["text"]
        return bool(person_name(_first_name_part(text), ctx.lex.common)) if want == "person" else bool(types.dates(text))
    kinded = [k for k in range(min(len(labels), len(cells))) if cells[k]["text"] and holds(k)]
    if len(kinded) < 2:
        return None
    named = [k for k in kinded if ctx.analysis.proper & ctx.tokenizer.stem_set(labels[k])]
    return named[0] if len(named) == 1 else None


def _paired_date(cells: list[dict], ctx: Context) -> int | None:
    """A row of several milestones, each followed by its date ("rota agreed | 19 December 2017 | Complete |
    See and Treat goes live | 23 April 2018 | ..."): the date after the milestone the question is about,
    when one holds more of its topic than the others; else None (the first date, as any row)."""
    dated = [k for k, cell in enumerate(cells) if k > 0 and types.dates(cell["text"]) and not types.dates(cells[k - 1]["text"])]
    if len(dated) < 2:
        return None
    scores = {k: ctx.topic.coverage(cells[k - 1]["text"])[0] for k in dated}
    best = max(dated, key=lambda k: (scores[k], -k))
    return best if sum(1 for k in dated if scores[k] == scores[best]) == 1 else None


def _in_role(label: str, text: str, roles: list[str]) -> str:
    """The part of a cell naming the person in the asked role, where the cell names several (slashed_roles)."""
    held = role_part(label, text, roles)
    return held[0] if held else text


def _dated_column(labels: list[str], cells: list[dict], ctx: Context) -> int | None:
    """In a timetable whose columns are dates ("Feb | March | May | June"), the cell the question is
    about: it is answered by its column's date. The row's own name ("CCG Governing Body") holds much of
    the topic, so the cell need only hold some of the rest ("Approval of plan")."""
    best, best_at = DATED_CELL_FLOOR, None
    for k, cell in enumerate(cells):
        if k < len(labels) and labels[k] and cell["text"] and (types.dates(labels[k]) or types.month_label(labels[k])):
            score, _ = ctx.topic.coverage(cell["text"])
            if score > best:
                best, best_at = score, k
    return best_at


DATED_CELL_FLOOR = 0.0


def _period_columns(labels: list[str], cells: list[dict], ctx: Context) -> list[int]:
    """In a grid whose columns are months or years ("Apr-26 | May-26 | ..."), the columns whose period
    lies within the one the question names ("in December 2026") and whose cell holds a figure; when
    several do (a year asked of monthly columns), those that are the asked period itself."""
    window = ctx.analysis.window
    if window is None or window.relative:
        return []
    inside = []
    for k, period in _dated_labels(tuple(labels)).items():
        text = cells[k]["text"] if k < len(cells) else ""
        figure = types.numbers(text) or PLAIN_NUMBER.fullmatch(text.strip())  # "2006" in a month's column is a count, not a year
        if figure and window.start <= period.start and period.end <= window.end:
            inside.append((k, period))
    if len(inside) > 1:
        inside = [(k, p) for k, p in inside if p.start == window.start and p.end == window.end]
    if len(inside) > 1:  # "Plan 2018/19 | Forecast (M5) 2018/19" and "what does it plan to save in 2018/19?": the one named
        asked = ctx.analysis.words
        named = [(k, p) for k, p in inside if ctx.tokenizer.stem_set(_DATE_IN_LABEL.sub(" ", labels[k])) & asked]
        inside = named if len(named) == 1 else inside
    return [k for k, _ in inside]


_DATE_IN_LABEL = re.compile(r"\b(?:20)?\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?\b")


@lru_cache(maxsize=4096)
def _dated_labels(labels: tuple[str, ...]) -> dict[int, Period]:
    """The columns labelled by a date alone ("Dec-26", "2026/27", "Baseline (Mar-26)"), with its period
    (kept per header: a table's rows share their labels, so each header is read once)."""
    out = {}
    for k, label in enumerate(labels):
        found = types.dates(label) if label else []
        if len(found) == 1:
            period = normalise(found[0][2])
            if period.start is not None and period.end is not None:
                out[k] = period
    return out


def _marked_date_column(labels: list[str], cells: list[dict]) -> int | None:
    """The first column labelled with a date whose cell holds only a due mark ("◆" under "Nov 2026"),
    the marks a delivery grid's reader takes (bot.records.trackers.DUE_MARKS)."""
    for k, cell in enumerate(cells):
        text = cell["text"].strip().lower()
        if k < len(labels) and labels[k] and text in DUE_MARKS \
                and (types.dates(labels[k]) or types.month_label(labels[k])):
            return k
    return None


_HEADER_FIELDS = frozenset({"from", "to", "cc", "subject", "sent", "re", "participants"})  # (a chat's: subject, participants)
_ABOUT_MESSAGE = frozenset({"sent", "dated", "written", "wrote", "email", "memo", "letter", "message", "received"})


def _message_header(labels: list[str], ctx: Context) -> bool:
    """An email's or memo's header block ("From | To | Date | Subject"), when the question is not about
    the message itself ("when was the memo sent?")."""
    fields = {label.strip().lower().rstrip(":") for label in labels}
    # (the message named beside the question, "... ? lost the skype message", is not what it asks about)
    return len(fields & _HEADER_FIELDS) >= 2 and not (set(asked_low(ctx.analysis.text).split()) & _ABOUT_MESSAGE)


def _named_date_cells(ctx: Context, labels: list[str], cells: list[dict]) -> list[int]:
    """The date columns whose labels the question names by a word of their own ("baseline", "planned"),
    a word no other date column of the row shares: "what were the baseline and the planned end dates?"."""
    dated = [k for k, label in enumerate(labels) if k < len(cells) and label and types.dates(cells[k]["text"])]
    generic = set().union(*(ctx.tokenizer.stem_set(w) for w in LABELS["date"]))  # "date", "due": any date column's
    stems = {k: ctx.tokenizer.stem_set(labels[k]) - generic for k in dated}
    own = {k: stems[k] - set().union(*(stems[j] for j in dated if j != k)) for k in dated}
    return [k for k in dated if own[k] & ctx.analysis.words]


# A cell that says what it would hold is written elsewhere, not in these papers
ELSEWHERE = re.compile(r"\bnot (?:reproduced|included|given|shown|set out|repeated) (?:here|in this (?:paper|document|pack))\b|"
                       r"\b(?:published|submitted|held|set out|reported) separately\b", re.I)


def _named_column(labels: list[str], cells: list[dict], ctx: Context) -> int | None:
    """The one column whose label the question writes as the paper does, where its siblings differ from it by a word
    the question does not write ("OPEL 3" of "OPEL 1 ... OPEL 4", "Phase 2" of three phases): a look-up of
    the row the question names, in the column it names. Not the row's own first column (its name)."""
    asked = ctx.analysis.asked or ctx.analysis.text
    named = [k for k, label in enumerate(labels[:len(cells)]) if k > 0 and cells[k]["text"].strip() and label.split()
             and re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, label.split())) + r"(?![\w-])", asked, re.I)]
    if len(named) != 1:
        return None
    siblings = [label for k, label in enumerate(labels) if k != named[0] and _sibling(label, labels[named[0]])]
    return named[0] if siblings else None


def _sibling(label: str, other: str) -> bool:
    """Two labels of one series: the same words, a different number or letter ("OPEL 1", "OPEL 3")."""
    a, b = label.split(), other.split()
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1 and all(x == y or len(x) <= 3 and len(y) <= 3 for x, y in zip(a, b))


def _role_field(cells: list[dict], ctx: Context, document: str) -> int | None:
    """A cell naming the asked role as a field ("Plan owner", "SRO") and, in the next, the post that fills it,
    whose holder the papers name. A table of fields laid out in rows, a document's control table."""
    if sum(1 for c in cells if c["text"].strip()) > FIELD_ROW_CELLS:
        return None  # (a row of a table of many columns is a record, not a field and its value)
    for k, cell in enumerate(cells[:-1]):
        label, value = cell["text"].strip(), cells[k + 1]["text"].strip()
        if not label or len(label.split()) > ROLE_FIELD_WORDS or "," in label or not value \
                or not any(role_in(r, label) for r in ctx.analysis.roles):
            continue
        if person_name(label, ctx.lex.common):
            continue  # (a person's cell, not a field's name)
        if not person_name(_first_name_part(value), ctx.lex.common) and post_holder(ctx, value, document):
            return k + 1  # (a person named there is read as any row's person is)
    return None


ROLE_FIELD_WORDS = 3  # a field's name is short: "Plan owner", "Senior Responsible Officer"
FIELD_ROW_CELLS = 3  # a field, its value, and at most the block's own name ("Document control") beside them


def _value_of_label(cells: list[dict], ctx: Context) -> int | None:
    """A row of two cells, a label the question names and its value ("A&E 4-hour standard: system |
    87.3%" under "Measure | Value"): what is asked of the label is the other cell."""
    filled = [k for k, cell in enumerate(cells) if cell["text"].strip()]
    if len(filled) != 2 or not ctx.topic:
        return None
    label, value = filled
    named = ctx.topic.matched(cells[label]["text"])
    return value if named and not named & ctx.topic.matched(cells[value]["text"]) else None


def _number_by_label(labels: list[str], cells: list[dict], ctx: Context,
                     finder: Callable[[str], object] = types.numbers) -> int | None:
    best, best_at = 0.0, None
    total = _total_column(labels, cells, finder) if _total_over_years(ctx) else None
    if total is not None:  # "total savings from 2016/17 to 2020/21": the years bound the sum, which the Total column gives
        return total
    counted = {ctx.tokenizer.stem(w) for w in counted_nouns(ctx.analysis.asked or ctx.analysis.text)}
    for k, label in enumerate(labels):
        if k < len(cells) and finder(cells[k]["text"]):
            score, _ = ctx.topic.coverage(label)
            if counted and ctx.tokenizer.stem_set(label) <= counted:
                score /= 2  # "how many milestones are at risk?": the "At risk" column, not all the "Milestones"
            if score > best:
                best, best_at = score, k
    if best_at is None and DEGREE_ASKED.search(ctx.analysis.text.lower()):  # "how highly is it rated?": the row's score
        best_at = next((k for k, label in enumerate(labels) if k < len(cells) and _SCORE_LABEL.search(label) and finder(cells[k]["text"])), None)
    if best_at is None and _TOTAL_ASKED.search(ctx.analysis.text):  # "the total over the three years": the Total column
        best_at = next((k for k, label in enumerate(labels) if k < len(cells) and TOTAL_LABEL.match(label) and finder(cells[k]["text"])), None)
    return best_at


_SCORE_LABEL = re.compile(r"\b(?:score|rating|rated)\b", re.I)
_TOTAL_ASKED = re.compile(r"\b(?:total|overall|combined)\b|" + SUMMED.pattern + r"|" + EACH_PART.pattern, re.I)  # (a sum said in words too)
_PLAN_YEAR = re.compile(r"\b(?:20)?\d\d\s*/\s*\d\d\b")  # "2016/17", "16/17"


def _total_over_years(ctx: Context) -> bool:
    """A total asked over two or more years the question names ("total savings from 2016/17 to 2020/21")."""
    return bool(_TOTAL_ASKED.search(ctx.analysis.text)) and len(set(_PLAN_YEAR.findall(ctx.analysis.text))) >= 2


def _total_column(labels: list[str], cells: list[dict], finder: Callable[[str], object]) -> int | None:
    return next((k for k, label in enumerate(labels) if k < len(cells) and TOTAL_LABEL.match(label) and finder(cells[k]["text"])), None)


def _first_name_part(text: str) -> str:
    """"Lorcan Whitlow (Deputy Chief Nurse, ODH)" -> "Lorcan Whitlow"; "Mrs Claire Richardson Director of
    ..." -> "Mrs Claire Richardson", "Stephen Marwood Chief Executive, MTH" -> "Stephen Marwood" (a cover
    sheet or a wrapped cell runs the job title on from the name)."""
    head = re.split(r"\s*[(,;/]|\s+-\s+|\s+(?:to|until|from)\s+(?=\d)", text, maxsplit=1)[0]  # (or the days held: "to 30.11.24")
    words = head.split()
    title_at = next((k for k, w in enumerate(words) if k >= 2 and w in JOB_TITLE_WORDS), None)
    if title_at is not None and not set(words[:title_at]) & JOB_TITLE_WORDS:  # "Stephen Marwood Chief Executive": the name ends where the title starts
        head = " ".join(words[:title_at])
    found = next(names_in(head), None)  # only an honorific's name is cut from a run-on title
    return found[2] if found is not None and found[0] == 0 and re.match(TITLES + r"\b", found[2]) else head


def _spelled(ctx: Context, text: str) -> str:
    """A cell holding only a code the paper's key defines ("A") with its meaning: "A (amber, at risk)"."""
    meaning = ctx.lex.codes.get(text.strip())
    return f"{text} ({meaning})" if meaning else text
