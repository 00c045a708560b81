"""Answers read from plan records: who owns what, what is due when, which priorities cover a must-do.

Each answerer returns None when its records do not fit the question, so the passage search answers
instead. Every name, date and text in an answer comes from a record whose quote is cited."""

import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.answer import RecordAnswerer, idf, passage_areas, trim
from bot.records.areas import area_terms
from bot.models import Citation, Reply
from bot.records.mustdos import MUSTDOS, mustdos_in_question
from bot.question import ASKING_WORDS, Question
from bot.index.record_terms import FIELDS, FieldTerms, RecordTable, initiatives_by_id, records
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from bot.when import Window, lands_in, window

OWNER_WORDS = frozenset("who whos whose own owns owned owner owners running run runs heading head heads leading lead leads "
                        "pulling holds hold role initiative charge responsible".split())
TIME_WORDS = frozenset("when whens due date dates deadline timeline timetable milestone milestones land lands landing "
                       "coming next this month week weeks year now overdue done complete completed finished by q1 q2 q3 q4 "
                       "qtr quarter jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
                       "july august september october november december 2016 2017 2018 2019 16 17 18 happen what whats "
                       "which should getting get".split())
MUSTDO_WORDS = frozenset("must do dos must-do priority priorities cover covers covering line up against grid matrix "
                         "which picks pick column columns ticked work programme programmes what whats".split())
MATCH = 0.5
ITEM_CHARS = 110


@dataclass
class Candidate:
    score: float
    row: dict


class Matcher:
    """idf-weighted share of the question's topic words found in a record's text."""

    def __init__(self, question: Question, index: PlanIndex, tokenizer: Tokenizer, drop: Iterable[str]) -> None:
        self.tokenizer = tokenizer
        dropped = {tokenizer.stem(w) for w in (*drop, *ASKING_WORDS)}
        dropped |= {t for a in question.areas for alias in area_terms(a) for t in tokenizer(alias)}
        dropped |= {"ldp", "local", "deliveri", "plan", "area"} if question.areas else set()
        self.weights = {t: idf(index, t) for t in dict.fromkeys(question.tokens) if t not in dropped}
        for term, spelled in question.synonyms.items():
            if term in self.weights:
                self.weights[term] = max(self.weights[term], max((idf(index, w) for w in spelled), default=0.0))
        self.synonyms = question.synonyms
        self.total = sum(self.weights.values())
        self.any_stem = frozenset(self.weights) | frozenset(w for t in self.weights for w in self.synonyms.get(t, ()))

    def __bool__(self) -> bool:
        return self.total > 0

    def score(self, main: str, context: str = "") -> float:
        if not self.total:
            return 0.0
        stems = self.tokenizer.stem_set(main)
        context_stems = self.tokenizer.stem_set(context)
        if self.any_stem.isdisjoint(stems) and self.any_stem.isdisjoint(context_stems):
            return 0.0  # most records share no topic word: skip them with one C-level check
        extra = context_stems | stems
        hit = near = 0.0
        for term, weight in self.weights.items():
            if self._has(term, stems):
                hit += weight
            elif self._has(term, extra):
                near += weight
        return (hit + 0.6 * near) / self.total

    def _has(self, term: str, stems: set[str]) -> bool:
        spelled = self.synonyms.get(term)
        return term in stems or bool(spelled and spelled <= stems)

    def scores(self, main: Sequence[FieldTerms], context: Sequence[FieldTerms] = ()) -> np.ndarray:
        """`score` for every row of a table at once: `main` and `context` are fields read together."""
        size = main[0].size
        if not self.total:
            return np.zeros(size)
        hit, near = np.zeros(size), np.zeros(size)
        for term, weight in self.weights.items():
            in_main = self._rows_with(term, main)
            in_any = self._rows_with(term, (*main, *context)) if context else in_main
            hit += weight * in_main
            near += weight * (in_any & ~in_main)
        return (hit + 0.6 * near) / self.total

    def _rows_with(self, term: str, fields: Sequence[FieldTerms]) -> np.ndarray:
        found = _any_field(term, fields)
        spelled = self.synonyms.get(term)
        if spelled:
            every = np.ones(fields[0].size, dtype=bool)
            for word in spelled:
                every &= _any_field(word, fields)
            found |= every
        return found


def _any_field(stem: str, fields: Sequence[FieldTerms]) -> np.ndarray:
    found = fields[0].mask(stem)
    for field in fields[1:]:
        found |= field.mask(stem)
    return found


def cite_row(row: dict, quote: str | None = None, page: int | None = None, line: int | None = None, use_owner: bool = False) -> Citation:
    if use_owner and row.get("owner_quote"):
        page, line, quote = row.get("owner_page"), row.get("owner_line"), row["owner_quote"]
    return Citation(
        document=row["document"], title=row["doc_title"], page=page if page is not None else row.get("page"),
        line=line if line is not None else row.get("line"), section=row.get("section"), quote=quote or row["quote"],
        area=row.get("area"),
    )


def _in_areas(rows: list[dict], question: Question) -> list[dict]:
    return [r for r in rows if r.get("area") in question.areas] if question.areas else rows


def _reply(question: Question, kind: str, answered: bool, text: str, citations: Iterable[Citation]) -> Reply:
    """Up to five distinct citations; `citations` may be a generator over thousands of rows."""
    unique: dict[tuple, Citation] = {}
    for c in citations:
        unique.setdefault((c.document, c.page, c.line, c.quote), c)
        if len(unique) == 5:
            break
    return Reply(question=question.text, kind=kind, answered=answered, answer=text, citations=list(unique.values()))


def _best(scores: np.ndarray, rows: np.ndarray, table: RecordTable) -> Candidate | None:
    """The first best-scoring of `rows` (table row numbers), as a loop keeping the first maximum would."""
    if not len(rows):
        return None
    at = int(rows[int(np.argmax(scores[rows]))])
    return Candidate(float(scores[at]), table.rows[at])


# ---------------------------------------------------------------- owners

_ROLE_HINTS = ("clinical director", "clinical sro", "sro", "exec lead", "director", "lead", "chair")


def _programme_name(index: PlanIndex, area: str | None, code: str) -> dict | None:
    for row in index.table("programmes"):
        if row["code"] == code and (area is None or row["area"] == area):
            return row
    return None


def _order_owners(owners: list[str], question: Question) -> list[str]:
    """Owners whose stated role the question names come first ("the clinical director")."""
    low = question.text.lower()
    wanted = next((h for h in _ROLE_HINTS if h in low), None)
    if not wanted:
        return owners
    return sorted(owners, key=lambda o: 0 if wanted in o.lower() else 1)


def answer_owner(question: Question, index: PlanIndex, tokenizer: Tokenizer) -> Reply | None:
    if question.kind != "owner":
        return None
    reverse = _answer_reverse(question, index)
    if reverse:
        return reverse
    code = re.search(r"\bwp\s?(\d{1,2})\b", question.text.lower())
    if code:
        return _answer_programme_owner(question, index, f"WP{code.group(1)}")
    matcher = Matcher(question, index, tokenizer, OWNER_WORDS)
    if not matcher:
        return None
    initiatives = records(index, tokenizer, "initiatives")
    scores = matcher.scores([initiatives.field("title")], [initiatives.field("row_text")])
    best = _best(scores, initiatives.in_areas(question.areas), initiatives)
    person = _best_person(question, records(index, tokenizer, "people"), matcher)
    if person and (best is None or person.score > best.score + 0.1 or (not question.areas and person.score >= best.score - 0.05)):
        return _person_reply(question, person.row) if person.score >= MATCH else None
    if best is None or best.score < MATCH:
        return None
    return _initiative_owner_reply(question, index, best.row)


def _initiative_owner_reply(question: Question, index: PlanIndex, row: dict) -> Reply:
    owners = _order_owners(json.loads(row["owners"]), question)
    where = f" ({row['area']})" if row.get("area") else ""
    title = trim(row["title"], 120)
    cites = [cite_row(row, use_owner=True), cite_row(row)]
    if not owners:
        return _reply(question, "owner", False, f"The plans name no scheme owner for \"{title}\"{where}.", cites)
    codes = [o for o in owners if re.fullmatch(r"WP\s?\d{1,2}", o)]
    names = []
    for owner in owners:
        programme = _programme_name(index, row.get("area"), owner.replace(" ", "")) if owner in codes else None
        if programme:
            names.append(f"{owner} ({programme['name']} work programme)")
            cites.append(cite_row(programme))
        else:
            names.append(owner)
    text = f"{'; '.join(names)}: scheme owner{'s' if len(owners) > 1 else ''} of \"{title}\"{where}."
    return _reply(question, "owner", True, text, cites)


def _best_person(question: Question, people: RecordTable, matcher: Matcher) -> Candidate | None:
    # Board-level people answer area questions only when the papers tie them to the area.
    scores = matcher.scores([people.field("role")], [people.field("context"), people.field("section")])
    return _best(scores, people.in_areas(question.areas), people)


def _person_reply(question: Question, row: dict) -> Reply:
    text = f"{row['name']}: {trim(row['role'], 200)}."
    return _reply(question, "owner", True, text, [cite_row(row)])


def _answer_programme_owner(question: Question, index: PlanIndex, code: str) -> Reply | None:
    """"Who is the SRO for WP4?": a person named for the work programme, or say the plans name none."""
    area = question.areas[0] if question.areas else None
    programme = _programme_name(index, area, code)
    if programme is None:
        return None
    for row in index.table("people"):
        if code.lower() in row["role"].lower() or programme["name"].lower() in row["role"].lower():
            if area is None or row.get("area") in (None, area):
                return _person_reply(question, row)
    where = f" in {programme['area']}" if programme.get("area") else ""
    text = (f"The plans don't name a person for {code} {programme['name']}{where}; they give the work programme "
            f"code as the scheme owner.")
    return _reply(question, "owner", False, text, [cite_row(programme)])


def _answer_reverse(question: Question, index: PlanIndex) -> Reply | None:
    """"What does Jayne Mellor own?": every initiative and role recorded against a named person."""
    if not re.search(r"\b(what|which)\b.*\b(own|owns|lead|leads|responsible|in charge)\b", question.text.lower()):
        return None
    names = re.findall(r"\b([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\b", question.text)
    if not names:
        return None
    name = names[0]
    rows = [r for r in _in_areas(index.table("initiatives"), question) if name.lower() in r["owner_raw"].lower()]
    people = [p for p in index.table("people") if name.lower() in p["name"].lower()]
    if not rows and not people:
        return None
    items = [f"\"{trim(r['title'], 80)}\" ({r['area']})" for r in rows] + [trim(p["role"], 100) for p in people]
    text = f"{name} is recorded as owner or lead of: " + "; ".join(items) + "."
    cites = [cite_row(r, use_owner=True) for r in rows] + [cite_row(p) for p in people]
    return _reply(question, "owner", True, trim(text, 590), cites)


# ---------------------------------------------------------------- milestones


def _due(row: dict) -> str:
    return row["due_raw"] or "no date given"


def _milestone_item(row: dict) -> str:
    return f"{trim(row['text'], ITEM_CHARS)} ({_due(row)})"


def answer_milestone(question: Question, index: PlanIndex, tokenizer: Tokenizer) -> Reply | None:
    win = window(question.text, question.as_of)
    if question.kind != "milestone" and win is None:
        return None
    table = records(index, tokenizer, "milestones")
    rows = table.in_areas(question.areas)
    if not len(rows):
        return None
    initiatives = initiatives_by_id(index)
    matcher = Matcher(question, index, tokenizer, TIME_WORDS | OWNER_WORDS)
    if matcher:
        # Table records belong to plan areas: without one named, only a close match beats the papers' prose.
        threshold = MATCH if question.areas else 0.7
        chosen = _topic_milestones(matcher, table, rows, win is not None, threshold)
        if not chosen:
            return None
    elif question.areas and win is not None:
        chosen = table.take(rows)
    else:
        return None
    if win is not None:
        timed = [m for m in chosen if lands_in(_d(m["start"]), _d(m["end"]), win)]
        return _window_reply(question, win, timed, chosen, initiatives)
    return _when_reply(question, chosen, initiatives)


def _d(value: str | None):
    from datetime import date

    return date.fromisoformat(value) if value else None


def _topic_milestones(matcher: Matcher, table: RecordTable, rows: np.ndarray, whole_initiatives: bool,
                      threshold: float) -> list[dict]:
    """"When is X due": the milestones that match X themselves. "What's due next month on Y": every
    milestone of the initiative(s) that match Y best (its title and row read as the milestone's
    context), for the caller to filter by date."""
    text, title, initiative_row = (table.field(f) for f in ("text", "initiative title", "initiative row_text"))
    own = matcher.scores([text], [title])[rows]
    if not whole_initiatives and (own >= max(0.6, threshold)).any():
        return table.take(rows[own >= max(0.6, threshold, float(own.max()) - 0.15)])
    whole = matcher.scores([title, text], [initiative_row])[rows]
    best_whole = float(whole.max())
    if best_whole < threshold:
        return []
    best_ids = {table.rows[i]["initiative_id"] for i in rows[whole >= best_whole - 0.05]}
    return [m for m in table.take(rows) if m["initiative_id"] in best_ids]


def _owner_note(rows: list[dict]) -> str:
    owners = list(dict.fromkeys(r["owner"] for r in rows if r.get("owner")))
    return f" Owner: {trim('; '.join(owners), 160)}." if owners else ""


def _window_reply(question: Question, win: Window, timed: list[dict], chosen: list[dict], initiatives: dict) -> Reply:
    areas = ", ".join(dict.fromkeys(r["area"] for r in chosen if r.get("area"))) or "the plans"
    if not timed:
        text = f"The plans list no milestones for {areas} due {win.label}."
        return _reply(question, "milestone", False, text, (cite_row(r) for r in chosen[:3]))
    timed.sort(key=lambda r: (r["end"] or "", r["text"]))
    items = "; ".join(_milestone_item(r) for r in timed[:8])
    more = f" (+{len(timed) - 8} more)" if len(timed) > 8 else ""
    text = f"Due {win.label} ({areas}): {items}{more}.{_owner_note(timed)}"
    if win.start is None:
        text = f"Due by {win.end.isoformat()} ({areas}; done or not is not recorded): {items}{more}.{_owner_note(timed)}"
    return _reply(question, "milestone", True, trim(text, 590), (cite_row(r) for r in timed))


def _when_reply(question: Question, chosen: list[dict], initiatives: dict) -> Reply:
    chosen = sorted(chosen, key=lambda r: (r["end"] or "9999", r["text"]))
    dated = [r for r in chosen if r["precision"] != "unknown"]
    if not dated:
        text = "; ".join(f"{trim(r['text'], ITEM_CHARS)}: {r['due_raw'] or 'no date'}" for r in chosen[:5])
        return _reply(question, "milestone", False, f"The plans give no date for this. {text}.", (cite_row(r) for r in chosen))
    ini = initiatives.get(chosen[0]["initiative_id"], {})
    areas = ", ".join(dict.fromkeys(r["area"] for r in chosen if r.get("area")))
    head = f"{trim(ini.get('title', ''), 90)} ({areas}): " if ini.get("title") else ""
    items = "; ".join(_milestone_item(r) for r in chosen[:8])
    text = f"{head}{items}.{_owner_note(chosen)}"
    return _reply(question, "milestone", True, trim(text, 590), (cite_row(r) for r in chosen))


# ---------------------------------------------------------------- must-dos


def answer_mustdo(question: Question, index: PlanIndex, tokenizer: Tokenizer) -> Reply | None:
    low = question.text.lower()
    if question.kind != "mustdo" and not re.search(r"\bmust[\s-]*do", low):
        return None
    numbers = mustdos_in_question(question.text)
    table = records(index, tokenizer, "mustdos")
    rows = table.in_areas(question.areas)
    if numbers:
        rows = rows[np.isin(table.column("mustdo")[rows], numbers)]
    if not len(rows):
        return None
    matcher = Matcher(question, index, tokenizer, MUSTDO_WORDS)
    if matcher and re.search(r"\bcolumn\b", low):
        column = rows[matcher.scores([table.field("priority")])[rows] >= 0.5]
        rows = column if len(column) else rows
    fit = matcher.scores([table.field("text")], [table.field("priority")])[rows] if matcher else np.zeros(len(rows))
    rows = rows[np.argsort(-fit, kind="stable")]
    if not numbers:
        if fit.max() < MATCH:
            return None
        numbers = [table.rows[rows[0]]["mustdo"]]
        rows = rows[table.column("mustdo")[rows] == numbers[0]]
    scored = table.take(rows)
    by_priority = sorted(dict.fromkeys(r["priority"] for r in scored), key=_priority_key)
    area = ", ".join(dict.fromkeys(r["area"] for r in scored if r.get("area"))) or "the plans"
    label = "; ".join(f"must do {n} ({MUSTDOS[n]})" for n in numbers)
    lead = f"In {area}, {label} is covered by {', '.join(by_priority)}."
    details = []
    focus = scored[0] if matcher and matcher.score(scored[0]["text"]) > 0.3 else None
    if focus:
        details.append(f"{focus['priority']}: {_around(focus['text'], matcher)}")
    by_key = sorted(scored, key=lambda r: _priority_key(r["priority"]))
    for row in by_key:
        if len(lead) + sum(map(len, details)) > 600:
            break  # the answer is trimmed to 590 characters: more would be cut anyway
        if row is not focus:
            details.append(f"{row['priority']}: {trim(row['text'], 120)}")
    text = trim(f"{lead} " + " | ".join(details), 590)
    ordered = ([focus] if focus else []) + by_key
    header = _header_cite(ordered[0])
    cites = [cite_row(ordered[0]), *([header] if header else [])]
    return _reply(question, "mustdo", True, text, itertools.chain(cites, (cite_row(r) for r in ordered[1:])))


def _header_cite(row: dict) -> Citation | None:
    """The matrix's header row, where the priority names (P1..P5) are written."""
    if not row.get("header_quote"):
        return None
    return cite_row(row, quote=row["header_quote"], page=row.get("header_page"), line=row.get("header_line"))


def _priority_key(label: str) -> tuple[int, str]:
    m = re.match(r"\s*W?P\s?(\d+)", label)
    return (int(m.group(1)) if m else 99, label)


def _around(text: str, matcher: Matcher, width: int = 220) -> str:
    """The part of a long cell where the question's words are."""
    if len(text) <= width:
        return text
    words = text.split()
    best, best_at = -1.0, 0
    for i in range(len(words)):
        window_text = " ".join(words[i: i + 25])
        s = matcher.score(window_text)
        if s > best:
            best, best_at = s, i
    start = max(0, best_at - 5)
    return trim(" ".join(words[start:]), width)


RECORD_ANSWERERS: tuple[RecordAnswerer, ...] = (answer_mustdo, answer_owner, answer_milestone)


def prepare(index: PlanIndex, tokenizer: Tokenizer) -> None:
    """Load every record index the answerers read, so no asker waits for it: a long-running edge
    calls this when a version opens."""
    for table, fields in FIELDS.items():
        for field in fields:
            records(index, tokenizer, table).field(field)
    records(index, tokenizer, "mustdos").column("mustdo")
    initiatives_by_id(index)
    passage_areas(index)
    from datetime import date

    from bot.answer import answer

    # One question of each kind compiles every pattern a question is read and answered with.
    for question in ("who owns the plan?", "what is due this month?", "which priorities cover must do 1?",
                     "how many practices are there?", "what day is the launch?"):
        answer(question, index, tokenizer, date(2017, 1, 1))
