"""Answer a question from the index: plan records first where they fit, else the best cited sentences."""

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from bot.records.areas import area_terms
from bot.models import Citation, Passage, Reply, SourceLine
from bot.index.passages import column_of, snippets
from bot.question import ASKING_WORDS, Question, parse
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer

MAX_CITATIONS = 5
QUOTE_CHARS = 300
ANSWER_CHARS = 500
MIN_COVERAGE = 0.5
NOT_COVERED = "The plans don't say."

_NUMBER = re.compile(r"(?<![\w])£?\d[\d,.]*\s*(?:%|m\b|k\b|million|bn|billion|per cent|percent)?")
_MONEY = re.compile(r"£\s?\d|\b\d[\d,.]*\s*(?:m|k|bn|million|billion|pounds)\b", re.I)
_PERSON = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+[A-Z][a-z]+|\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")
_DATEISH = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}/\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bq(?:tr)?\s?[1-4]\b|"
    r"\b(spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday)\b",
    re.I,
)

RecordAnswerer = Callable[[Question, PlanIndex, Tokenizer], Reply | None]


@dataclass
class Scored:
    snippet: SourceLine
    passage: Passage
    score: float
    coverage: float
    column: str | None = None  # the label over the snippet's table column ("Fri 28"), when there is one


def answer(
    text: str,
    index: PlanIndex,
    tokenizer: Tokenizer,
    as_of: date | None = None,
    max_chars: int = 1000,
    record_answerers: tuple[RecordAnswerer, ...] | None = None,
) -> Reply:
    """The direct answer first, then citations whose quotes are checked against the source."""
    question = parse(text, tokenizer, max_chars, as_of)
    if record_answerers is None:
        from bot.records_answer import RECORD_ANSWERERS

        record_answerers = RECORD_ANSWERERS
    for answerer in record_answerers:
        reply = answerer(question, index, tokenizer)
        if reply is not None:
            return verified(reply, index)
    return verified(passage_answer(question, index, tokenizer), index)


def verified(reply: Reply, index: PlanIndex) -> Reply:
    """Drop any citation whose quote is not on its page or line; an answer with none left is withdrawn."""
    good = [c for c in reply.citations if index.quote_is_on_source(c.document, c.page, c.line, c.quote)]
    if reply.answered and not good:
        return Reply(question=reply.question, kind=reply.kind, answered=False, answer=NOT_COVERED, citations=[])
    return reply.model_copy(update={"citations": good})


def idf(index: PlanIndex, term: str) -> float:
    i = index.bm25.vocab.get(term)
    n = index.bm25.n_docs
    if i is None or n == 0:
        return 0.0
    df = int(index.bm25.offsets[i + 1] - index.bm25.offsets[i])
    return max(math.log((n - df + 0.5) / (df + 0.5)), 0.1)


def area_boost(index: PlanIndex, areas: list[str]) -> np.ndarray | None:
    """Passages under an asked-about plan area count for more; others for less."""
    if not areas:
        return None
    codes, names = passage_areas(index)
    return np.where(np.isin(codes, [names[a] for a in areas if a in names]), 1.3, 0.6)


def passage_areas(index: PlanIndex) -> tuple[np.ndarray, dict[str, int]]:
    """Each passage's plan area as a small number (-1 for none), read once per version."""
    def read() -> tuple[np.ndarray, dict[str, int]]:
        names: dict[str, int] = {}
        codes = np.full(index.bm25.n_docs, -1, dtype=np.int16)
        for row in index.db.query("select seq, area from passages where area is not null"):
            if row["seq"] < len(codes):
                codes[row["seq"]] = names.setdefault(row["area"], len(names))
        return codes, names

    return index.memo("passage areas", read)


def rank_snippets(question: Question, index: PlanIndex, tokenizer: Tokenizer, k: int = 20) -> list[Scored]:
    area_tokens = {t for a in question.areas for alias in area_terms(a) for t in tokenizer(alias)}
    asking = {tokenizer.stem(w) for w in ASKING_WORDS}
    terms = [t for t in dict.fromkeys(question.tokens) if t not in area_tokens and t not in asking and t not in question.asked_for]
    query = [t for t in question.tokens if t not in asking and t not in area_tokens] or list(question.tokens)
    hits = index.bm25.search(query, k=k, boost=area_boost(index, question.areas))
    if not hits:
        return []
    top = hits[0].score
    weights = {t: idf(index, t) for t in terms}
    total = sum(weights.values()) or 1.0
    scored: list[Scored] = []
    for hit, passage in zip(hits, index.passages([h.seq for h in hits])):
        context = tokenizer.stem_set(" ".join(filter(None, (passage.section, passage.area))))
        for piece in snippets(passage.units):
            snip = piece.source
            stems = tokenizer.stem_set(snip.text)
            matched = sum(w for t, w in weights.items() if t in stems)
            in_context = sum(w for t, w in weights.items() if t not in stems and t in context)
            coverage = (matched + 0.6 * in_context) / total
            if question.areas and passage.area not in question.areas and not (area_tokens & stems):
                coverage *= 0.7
            score = coverage * (0.7 + 0.3 * hit.score / top) - 0.0005 * max(0, len(snip.text) - 400)
            scored.append(Scored(snip, passage, score, coverage, column_of(passage.header, piece)))
    scored.sort(key=lambda s: -s.score)
    return scored


def in_asked_area(question: Question, scored: Scored, tokenizer: Tokenizer) -> bool:
    """An answer about a named plan area must come from that area's pages or name the area itself."""
    if not question.areas or scored.passage.area in question.areas:
        return True
    from bot.records.areas import areas_in

    return bool(set(question.areas) & set(areas_in(scored.passage.text)))


def fits_question(question: Question, text: str) -> bool:
    """The sentence holds the kind of thing asked for: a count, an amount, a date, a person."""
    low = question.text.lower()
    if re.search(r"\bhow (many|big|large)\b", low):
        counted = _counted_words(question)
        if not _NUMBER.search(text):
            return False
        if counted and not _number_near(text, counted):
            return False
    if re.search(r"\bhow much\b", low) and not (_MONEY.search(text) or "%" in text):
        return False
    if re.search(r"\b(when|what date|which day|what day|deadline)\b", low) and not _DATEISH.search(text):
        return False
    if re.match(r"\s*who\b", low) and not any(_is_person(m.group(0)) for m in _PERSON.finditer(text)):
        return False
    return True


_ORG_WORDS = frozenset(
    "Lancashire South Cumbria Health Healthier Care Partners Trust Board Programme Plan Group Service Services "
    "Council Commissioning Clinical England Hospital Hospitals Teaching University Foundation Delivery Local System "
    "Mental Primary Acute Urgent Emergency Digital Regulated Sector Community North West East Central Fylde Coast "
    "Pennine Bay Morecambe Blackpool Blackburn Darwen Chorley Preston Sustainability Transformation Partnership "
    "Key Milestones Initiatives Scheme Owner Risks Governance National Quality Forward View".split()
)


def _is_person(candidate: str) -> bool:
    """"Dr Jane Example" or "Jane Example", not "Healthier Lancashire" or "Programme Board"."""
    words = candidate.replace(".", "").split()
    if words[0] in {"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor"}:
        return True
    return not any(w in _ORG_WORDS for w in words)


def _counted_words(question: Question) -> list[str]:
    m = re.search(r"\bhow many\s+(.*)", question.text.lower())
    if not m:
        return []
    words = re.findall(r"[a-z&]+", m.group(1))
    stop = {"are", "is", "there", "does", "do", "in", "across", "and", "of", "the", "for", "at", "&"}
    out: list[str] = []
    for word in words:
        if word in stop:
            if out:
                break
            continue
        out.append(word)
    return out


def _number_near(text: str, counted: list[str]) -> bool:
    """Some counted noun ("practices", "sites") follows a number within three words."""
    tokens = re.findall(r"£?\d[\d,.]*|[a-z]+", text.lower())
    wanted = {w.rstrip("s") for w in counted if len(w) > 2}
    for i, tok in enumerate(tokens):
        if i + 1 < len(tokens) and tokens[i + 1] in {"percent", "per"} or re.search(re.escape(tok) + r"\s*%", text.lower()):
            continue  # a share is not a count
        if tok[0].isdigit() or tok[0] == "£":
            if any(t.rstrip("s") in wanted for t in tokens[i + 1 : i + 5]):
                return True
    return False


def trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut


def citation_for(passage: Passage, snippet: SourceLine) -> Citation:
    return Citation(
        document=passage.document, title=passage.title, page=snippet.page,
        line=snippet.line if snippet.page is None else None, section=passage.section,
        quote=trim(snippet.text, QUOTE_CHARS), area=passage.area,
    )


def passage_answer(question: Question, index: PlanIndex, tokenizer: Tokenizer) -> Reply:
    ranked = rank_snippets(question, index, tokenizer)
    best, reading = next(((s, r) for s in ranked[:15] if s.coverage >= MIN_COVERAGE and in_asked_area(question, s, tokenizer)
                          and (r := _reading(question, s))), (None, ""))
    citations: list[Citation] = []
    seen: set[tuple] = set()
    ordered = ([best] if best else []) + ranked
    for s in ordered:
        key = (s.passage.document, s.snippet.page, s.snippet.line)
        if key in seen:
            continue
        seen.add(key)
        citations.append(citation_for(s.passage, s.snippet))
        if s is best and reading != s.snippet.text and s.passage.header:
            citations.append(citation_for(s.passage, s.passage.header))  # where the column label is written
        if len(citations) >= MAX_CITATIONS:
            break
    if best is None:
        closest = "; ".join(f"{c.document} {where(c)}" for c in citations[:3])
        text = NOT_COVERED + (f" Closest sources: {closest}." if closest else "")
        return Reply(question=question.text, kind=question.kind, answered=False, answer=text, citations=citations)
    body = trim(reading, ANSWER_CHARS)
    if best.passage.area and question.areas:
        body = f"{body} ({best.passage.area})"
    return Reply(question=question.text, kind=question.kind, answered=True, answer=body, citations=citations)


def _reading(question: Question, scored: Scored) -> str:
    """The snippet as the answer should read it: alone, or after its column's label when only the label
    holds what was asked (a schedule cell under "Fri 28" answers "which day")."""
    with_column = f"{scored.column}: {scored.snippet.text}" if scored.column else ""
    if with_column and question.asked_for and fits_question(question, with_column):
        return with_column  # "what day is the briefing?": the column says, whatever the cell mentions
    if fits_question(question, scored.snippet.text):
        return scored.snippet.text
    return with_column if with_column and fits_question(question, with_column) else ""


def where(c: Citation) -> str:
    if c.page is not None:
        return f"p. {c.page}"
    if c.line is not None:
        return f"line {c.line}"
    return ""
