"""Candidate answers: each generator turns one kind of evidence (initiative rows, people with roles,
milestones, must-do cells, table rows, lists, sentences) into answers with their citations. One
scorer (bot/answering/scorer.py) weighs them all on the same named features."""

import re
from functools import lru_cache

import numpy as np
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from bot.answering import types
from bot.answering.analysis import Analysis
from bot.answering.dated_papers import dated_papers
from bot.answering.lexicon import Lexicon
from bot.answering.matching import Topic
from bot.index.record_terms import StoredRows
from bot.index.store import PlanIndex
from bot.models import Citation, cite_row  # noqa: F401  (generators cite records)
from bot.textnorm import Tokenizer


class HoldsType:
    """Whether a text holds the asked kind of thing, worked out when first asked (as a bool): a rule
    ruling the candidate out on its area or role first never asks, and a national corpus's near-copies
    make a thousand such candidates a question (reading names or figures in each answer was a fifth of
    its time)."""

    def __init__(self, want: str, text: str, common: frozenset[str]) -> None:
        self.want, self.text, self.common = want, text, common
        self.found: bool | None = None

    def __bool__(self) -> bool:
        if self.found is None:
            self.found = types.holds(self.want, self.text, self.common)
        return self.found


@dataclass
class Candidate:
    source: str  # initiative, person, milestone, window, mustdo, row, list, sentence
    main: str  # the text the question's topic must be found in
    context: str | tuple[str, ...]  # where it stands: heading, row, plan area (found there counts for less)
    area: str | None
    answer: str  # the direct answer, first sentence first
    citations: list[Citation]
    has_type: bool | HoldsType = True  # holds the kind of thing asked for
    role_text: str = ""  # the role it states, for "who is the <role> for ..."
    retrieval: float = 0.5  # how highly search ranked its passage (records: neutral)
    fits_form: float = 0.0  # +1 built for this question's form (a must-do grid for a must-do question), -1 not
    answered: bool = True
    features: dict[str, float] = field(default_factory=dict)
    eligible: bool = True  # false when a rule rules it out as the answer (bot/answering/pipeline.py: blocked)
    score: float = 0.0  # the scorer's ranking
    probability: float = 0.0  # for the best candidate: that answering with it is right
    nearest: str = ""  # what to say it is when abstaining ("Dr X, SRO for primary care")
    remit_text: str | None = None  # what its role is held for (an initiative's title and heading); None: main and context
    counted: bool = False  # a list whose heading states the asked count and that holds that many items
    item: str | None = None  # the asked item a sentence gives ("spring 2026"), when it gives one
    # `main` as the texts it was joined from by single spaces, when it was: its stems are those texts'
    # own (each cached: a cell's text, a must-do's label), not the joined text's read again
    main_parts: tuple[str, ...] = ()
    answer_parts: tuple[str, ...] = ()  # the same of `answer` (its stems are read for what it says beyond the question)
    # (the stems of `main` among a set of stems, that set): all the topic's stems scoring reads of `main`,
    # known without reading it (from a record field's postings, held_stems.py)
    main_held: tuple[frozenset[str], frozenset[str]] | None = None
    context_held: tuple[frozenset[str], frozenset[str]] | None = None  # the same of `context` (a str)


@dataclass
class LeftUnbuilt:
    """The candidates generators left unbuilt, their area or role alone ruling them out (features.unbuilt):
    how many, and of which sources. A national corpus's near-copies of another area's milestone are a
    thousand a question, and a reply reads a ruled-out candidate only when fewer than three are eligible."""
    count: int = 0
    sources: set[str] = field(default_factory=set)
    known: set[tuple[float, float, float]] = field(default_factory=set)  # (area, role, retrieval) features of each, once


@dataclass
class Context:
    index: PlanIndex
    tokenizer: Tokenizer
    lex: Lexicon
    analysis: Analysis
    topic: Topic
    left_unbuilt: LeftUnbuilt | None = None  # set while candidates ruled out by area or role may be left unbuilt


class DocumentField:
    """A record table's rows seen through the paper each comes from: a row holds a stem when its paper's
    title or opening lines do. A cover sheet's "Meeting Date: 13 November 2019" is about the meeting the
    paper's opening names, so a question naming that meeting reaches the row (as context, at context credit)."""

    def __init__(self, codes: np.ndarray, docs_with: Mapping[str, np.ndarray]) -> None:
        self.size = len(codes)
        self.codes = codes
        self.docs_with = docs_with

    def mask(self, stem: str) -> np.ndarray:
        docs = self.docs_with.get(stem)
        return np.isin(self.codes, docs) if docs is not None else np.zeros(self.size, dtype=bool)


def documents_about(ctx: "Context", stems: Iterable[str]) -> list[str]:
    """The papers whose title or opening lines hold any of the stems (file names)."""
    names, with_stem = _openings(ctx)
    held = [found for stem in stems if (found := with_stem.get(stem)) is not None]
    if not held:
        return []
    listed = list(names)  # a paper's number is its place in the list
    return [listed[code] for code in np.unique(np.concatenate(held)).tolist()]


OPENING_STEMS_KEPT = 20_000  # stems whose papers are kept per version (forgotten all at once when full)


class StoredOpeningStems(Mapping[str, np.ndarray]):
    """The papers (by number) whose opening holds a stem, looked up in the version's stored openings
    (bot.index.openings) one stem at a time: None (absent) for a stem no opening holds."""

    def __init__(self, ctx: "Context", names: dict[str, int]) -> None:
        self.openings = ctx.lex.openings
        self.names = names
        self._numbers: dict[str, np.ndarray | None] = {}  # kept: a place's stem is in thousands of openings, asked again and again

    def __getitem__(self, stem: str) -> np.ndarray:
        if stem not in self._numbers:
            found = self.openings.documents_with(stem)
            if len(self._numbers) >= OPENING_STEMS_KEPT:
                self._numbers.clear()
            self._numbers[stem] = self._numbered(found)
        numbers = self._numbers[stem]
        if numbers is None:
            raise KeyError(stem)
        return numbers

    def read_all(self) -> None:
        """Every stored stem's papers read at once (when a version is warmed for its askers), where they
        fit in what is kept; a stem no opening holds is still looked up (and found in none) when asked."""
        if self.openings.stems_count() > OPENING_STEMS_KEPT:
            return
        self._numbers.clear()
        for stem, found in self.openings.every_stem().items():
            self._numbers[stem] = self._numbered(found)

    def _numbered(self, found: list[str]) -> np.ndarray | None:
        """The papers' numbers, ascending, each once (None for no paper)."""
        return np.asarray(sorted({self.names[d] for d in found if d in self.names}), dtype=np.int32) if found else None

    def __iter__(self) -> Iterator[str]:
        raise TypeError("stored opening stems are looked up, not listed")

    def __len__(self) -> int:
        raise TypeError("stored opening stems are looked up, not counted")


def _openings(ctx: "Context") -> tuple[dict[str, int], Mapping[str, np.ndarray]]:
    """Every paper's number, and the papers (by number) whose opening holds each stem: once per version
    (looked up stem by stem in a version whose openings were stored at ingest)."""
    def build() -> tuple[dict[str, int], Mapping[str, np.ndarray]]:
        names: dict[str, int] = {}
        found: dict[str, list[int]] = {}
        stored = ctx.lex.openings.stored
        for (document,) in ctx.index.db.execute("select file_name from documents order by rowid"):
            code = names.setdefault(document or "", len(names))
            for stem in ctx.tokenizer.stem_set(ctx.lex.about(document)) if document and not stored else ():
                found.setdefault(stem, []).append(code)
        if stored:
            return names, StoredOpeningStems(ctx, names)
        return names, {stem: np.asarray(c, dtype=np.int32) for stem, c in found.items()}

    return ctx.index.memo("document openings by stem", build)


def read_openings(ctx: "Context") -> None:
    """Every paper's opening stems read at once, for a version warmed for its askers (warmup.prepare):
    looked up stem by stem, each question's first asking read thousands of papers per common stem."""
    _, with_stem = _openings(ctx)
    if isinstance(with_stem, StoredOpeningStems):
        with_stem.read_all()


def document_field(ctx: "Context", name: str, rows: Sequence[dict]) -> DocumentField:
    """Built once per index version and table for a whole table; for a question's own rows, from the
    runs of rows each paper holds (bot.index.record_terms.StoredRows), reading none of the rows."""
    def build() -> DocumentField:
        names, with_stem = _openings(ctx)
        if isinstance(rows, StoredRows):
            return DocumentField(rows.document_codes(names), with_stem)
        codes = np.fromiter((names.get(r.get("document") or "", -1) for r in rows), dtype=np.int32, count=len(rows))
        return DocumentField(codes, with_stem)

    return build() if isinstance(rows, StoredRows) else ctx.index.memo(f"document field {name}", build)


def cite_cell(row: dict, cell: dict) -> Citation:
    """A table row cited by one of its cells, where that cell stands."""
    return Citation(document=row["document"], title=row["doc_title"], page=cell.get("page"),
                    line=cell.get("line") if cell.get("page") is None else None, section=row.get("section"),
                    quote=cell.get("quote") or row["quote"], area=row.get("area"))


def asked_files(ctx: "Context") -> frozenset[str]:
    """The papers of the kinds of file the question names ("in the PMO spreadsheet"), or the papers it
    names ("on the STP risk register"), when the papers hold any; else none, and the question is asked
    of every paper."""
    kinds = ctx.analysis.file_kinds
    of_kind = frozenset(n for n in ctx.lex.file_names() if n.lower().endswith(kinds)) if kinds else frozenset()
    named, dated = named_papers(ctx), dated_papers(ctx.analysis.text, ctx.lex.file_names())  # ("the October 2016 plan")
    named = (named & dated or named) if named and dated else named or dated
    return (of_kind & named or of_kind) if of_kind else named


# The nouns a paper is named by ("the risk register", "the milestone tracker", "the action log").
PAPER_NOUNS = frozenset("register tracker log minutes dashboard calendar newsletter faq bulletin".split())


def named_papers(ctx: "Context") -> frozenset[str]:
    """"Whose name is against the risk on the STP risk register?": a paper named by a word and a noun
    papers are named by, as its title or file name writes them together. Only when some papers and
    not all are so named: a name every paper carries says nothing of which."""
    stem = ctx.tokenizer.stem
    words = re.findall(r"[a-z0-9]+", ctx.analysis.text.lower())
    # "the STP risk register": the noun with the word before it ("the tracker" alone names no paper in
    # particular: staff say it of whichever they have open)
    asked = {(stem(a), stem(b)) for a, b in zip(words, words[1:]) if b in PAPER_NOUNS and a not in ctx.tokenizer.stopwords}
    if not asked:
        return frozenset()
    named = ctx.index.memo("papers by title noun", lambda: _papers_by_noun(ctx))
    found = frozenset(n for pair in asked for n in named.get(pair, ()))
    return found if len(found) < len(ctx.lex.file_names()) else frozenset()


def _papers_by_noun(ctx: "Context") -> dict[tuple[str, str], set[str]]:
    """(word, paper noun) -> the papers whose title or file name writes them together; read once per
    version, as a national corpus has thousands of papers and a question names one."""
    nouns = {ctx.tokenizer.stem(n) for n in PAPER_NOUNS}
    found: dict[tuple[str, str], set[str]] = {}
    for document in ctx.lex.file_names():
        stems = [ctx.tokenizer.stem(w) for w in re.findall(r"[a-z0-9]+", ctx.lex.about(document).lower())]
        for pair in zip(stems, stems[1:]):
            if pair[1] in nouns:
                found.setdefault(pair, set()).add(document)
    return found


def trim(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked, never mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–(")
    return cut + "…"


def unique(citations: Iterable[Citation], limit: int = 5) -> list[Citation]:
    seen: dict[tuple, Citation] = {}
    for c in citations:
        seen.setdefault((c.document, c.page, c.line, c.quote), c)
        if len(seen) >= limit:
            break
    return list(seen.values())


def role_in(role: str, text: str) -> bool:
    """A role (with the words that name it) appears in a text."""
    return role_score(role, text) == 1.0


_BROAD = {"lead", "director", "member", "officer", "chair", "holder", "owner"}


def role_score(role: str, text: str) -> float:
    """1 when a text names the role, 0.5 when it names a role of the same kind ("Clinical Director"
    for "clinical lead"), else 0."""
    low = text.lower()
    exact, kind = _role_patterns(role)
    if exact.search(low):
        outside = _BRACKETED.sub(" ", low)  # "Co-chair (GP and Clinical Chair, Redwater Place)": the role held
        if not exact.search(outside) and _qualified(role).search(outside):  # here is co-chair; the title names another post
            return 0.5
        return 1.0  # "Vice-Chair" is not the chair
    # "Lead (Clinical Director, CHFT)" is a clinical lead of a kind, by the title in its brackets; "Chair (STP
    # Programme Board)" holds another post, and its brackets name what is chaired: no programme director
    outside = _BRACKETED.sub(" ", low)
    other_post = _POSTS.search(outside) and role.split()[-1] not in outside
    return 0.5 if kind and all(k.search(outside if other_post else low) for k in kind) else 0.0


_POSTS = re.compile(r"(?<![a-z])(?:chair|lead|director|officer|manager|head|secretary|sro)(?![a-z])")
_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=None)
def _qualified(role: str) -> re.Pattern[str]:
    """The role with a word that makes it another ("vice-chair", "deputy chair", "co-chair")."""
    from bot.answering.vocabulary import ROLES

    return re.compile(r"(?<![a-z])(?:vice|deputy|co)[- ]?(?:" + "|".join(map(re.escape, ROLES[role])) + r")(?![a-z])")


@lru_cache(maxsize=None)
def _role_patterns(role: str) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    from bot.answering.vocabulary import ROLES

    exact = re.compile(r"(?<![a-z])(?<!vice[- ])(?<!deputy )(?<!co-)(?<!not )(?<!non-)(?<!non )(?:"  # "(not members)" holds no role
                       + "|".join(map(re.escape, ROLES[role])) + r")s?(?![a-z])")  # "Joint SROs", "clinical leads"
    kind = tuple(re.compile(rf"(?<![a-z]){re.escape(w[:5])}") for w in role.split() if w not in _BROAD)
    return exact, kind
