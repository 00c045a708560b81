"""What one index version knows about words: how rare each is, the papers' own spellings and
abbreviations, the glossary's terms and the plan areas. Built once per version and kept with it."""

import math
from collections import Counter
import re
import sqlite3
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass

from bot.answering.plan_years import plan_years
from bot.answering.spelling import EnglishWords, Speller
from bot.answering.vocabulary import NHS_ABBREVIATIONS, PLAIN_EQUIVALENTS, STAND_INS
from bot.index.openings import Openings, file_words, opening_text
from bot.index.store import PlanIndex
from bot.records.areas import AreaBook
from bot.records.names import TITLES, PaperWords
from bot.textnorm import Tokenizer, squash


KIN_CHARS = 6  # the shortest stem kindred words are looked for by
KIN_SUFFIX = 4  # the longest ending a derivation adds to its root's stem ("neonat" -> "neonatolog")
KIN_MAX = 4  # more longer words than this on one stem: it is a root, not a word family


NEGATING_PREFIXES = ("un", "non")  # "unconditional" is the negation of "conditional"


@dataclass
class Lexicon:
    index: PlanIndex
    tokenizer: Tokenizer
    areas: AreaBook
    speller: Speller
    expansions: dict[str, str]  # lower-case abbreviation -> what it stands for (papers, glossary, NHS usage)
    codes: dict[str, str]  # a code a paper's key defines ("A") -> its meaning ("amber, at risk ...")
    english: EnglishWords
    common: frozenset[str]  # words the papers also write in lower case: a capitalised pair of them is no name

    def codes_of(self, document: str) -> dict[str, str]:
        """The codes one paper's own key defines ("L = lead programme; C = contributes"): two papers may
        give one letter two meanings ("C" complete in a tracker, contributes in a must-do grid)."""
        def read() -> dict[str, dict[str, str]]:
            out: dict[str, dict[str, str]] = {}
            for row in self.index.table("abbreviations"):
                if row["kind"] == "code":
                    out.setdefault(row.get("document") or "", {}).setdefault(row["short"], row["long"])
            return out

        return self.index.memo("codes by paper", read).get(document, {})

    def about(self, document: str) -> str:
        """What a whole paper is: its title and opening lines ("... Health and Wellbeing Board, Meeting
        to be held on 13th December 2016, Update on the STP"), context for every line in it. Stored at
        ingest (bot.index.openings); for a version built before, read from its first lines."""
        stored = self.openings
        if stored.stored:
            return stored.about(document)

        def read() -> dict[str, str]:
            out: dict[str, str] = {}
            for doc in self.index.db.query("select id, file_name, title from documents"):
                rows = self.index.db.query("select text from lines where doc_id = ? and trim(text) != '' order by seq limit 6", [doc["id"]])
                out[doc["file_name"]] = opening_text(doc["title"], (r["text"] for r in rows), doc["file_name"])
            return out

        return self.index.memo("document openings", read).get(document, "")

    @property
    def openings(self) -> Openings:
        return self.index.memo("stored openings", lambda: Openings(self.index.db.conn))

    def first_names(self) -> dict[str, frozenset[str]]:
        """Lower-case first name -> the surnames of the people the papers name with it: staff write
        "now fiona is on secondment" or "Bernadette is on leave" of someone the papers name in full."""
        def read() -> dict[str, frozenset[str]]:
            found: dict[str, set[str]] = {}
            if "people" in self.index.db.table_names():
                for (name,) in self.index.db.execute("select distinct name from people"):
                    parts = re.sub(TITLES + r"\.?\s+", "", name).split()
                    if len(parts) >= 2 and parts[0].isalpha():
                        found.setdefault(parts[0].lower(), set()).add(parts[-1].lower())
            return {first: frozenset(surnames) for first, surnames in found.items()}

        return self.index.memo("first names", read)

    def surnames(self) -> dict[str, frozenset[str]]:
        """Lower-case surname -> the full names the papers give people of that surname: staff type a name
        in lower case, often misspelt in its first part ("what does kieren mallowby own?")."""
        def read() -> dict[str, frozenset[str]]:
            found: dict[str, set[str]] = {}
            if "people" in self.index.db.table_names():
                for (name,) in self.index.db.execute("select distinct name from people"):
                    parts = re.sub(TITLES + r"\.?\s+", "", name).split()
                    if len(parts) >= 2 and parts[-1].replace("-", "").isalpha():
                        found.setdefault(parts[-1].lower(), set()).add(" ".join(parts))
            return {surname: frozenset(names) for surname, names in found.items()}

        return self.index.memo("surnames", read)

    def setting(self) -> frozenset[str]:
        """Stems of the names nearly every paper opens with: the footprint and its places ("Tarnford &
        Ellisvale"). Staff name them in every question, so they say where, not what about: a name (no
        word of English, never written in lower case, no NHS short form) in the openings of at least SETTING_SHARE of
        three or more papers."""
        def read() -> frozenset[str]:
            docs = self.file_names()
            counts: Counter[str] = Counter()
            for document in docs:
                names = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]+\b", self.about(document))}
                # "Tarnford", "MKV", not "STP": a short form every footprint uses names none of them
                counts.update({self.tokenizer.stem(w) for w in names if w not in self.common and w not in self.english
                               and w not in self.expansions})
            least = max(SETTING_DOCS, SETTING_SHARE * len(docs))
            found = {stem for stem, n in counts.items() if n >= least}
            # "W&H" for "Wychcombe & Harrowby": the initials of two of the footprint's names joined as its
            # papers join them, as staff shorten it whether or not the papers do
            pairs = {(m.group(1), m.group(2)) for document in docs for m in _JOINED_NAMES.finditer(self.about(document))}
            found |= {t for x, y in pairs if {self.tokenizer.stem(x.lower()), self.tokenizer.stem(y.lower())} <= found
                      for t in self.tokenizer(f"{x[0]}&{y[0]}")}
            return frozenset(found)

        return self.index.memo("setting names", read)

    def plan_years(self) -> list[str]:
        """The plan's years as its tables' year columns run ("2016/17" ... "2020/21"), for a year named by
        its place in the plan ("the third year of the plan")."""
        def read() -> list[str]:
            if "rows" not in self.index.db.table_names():
                return []
            return plan_years(r["header_text"] for r in self.index.db.query(
                "select distinct header_text from rows where header_text like '%/%' or header_text like '%-%'"))

        return self.index.memo("plan years", read)

    def file_names(self) -> list[str]:
        """Every paper's file name (staff ask within "the spreadsheet", "the slides")."""
        return self.index.memo("file names", lambda: [r["file_name"] for r in self.index.db.query("select file_name from documents")])

    def in_file_names(self, stem: str) -> bool:
        """A word of some paper's file name ("the p8 highlight report" for ..._report_p8_nov2025.md):
        staff name papers by their files, so such a word is not one the papers lack."""
        def read() -> frozenset[str]:
            names = " ".join(file_words(r["file_name"]) for r in self.index.db.query("select file_name from documents"))
            return frozenset(self.tokenizer(names))

        return stem in self.index.memo("file name words", read)

    def kindred(self, stem: str) -> frozenset[str]:
        """Stems of the same word family in the papers: one is the other with more on the end
        ("neonat" in "neonatolog", "specialis" and "special"). Both must be at least KIN_CHARS long, so
        short roots ("care", "organ") are never stretched to other words."""
        engine = self.index.engine
        # "ratified" stems "ratifi", "ratification" "ratif" (the stemmer's "-ify" and "-ification"): one family
        verb_noun = stem[:-1] if stem.endswith("ifi") else stem + "i" if stem.endswith("if") else ""
        if len(verb_noun) >= 4 and engine.df(verb_noun):
            return frozenset({verb_noun})
        if len(stem) >= 3 and stem.isalpha() and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
            # "slip" -> "slippage", "stop" -> "stoppage": a short word's derivations double its last letter
            doubled = [other for other in engine.terms_from(stem + stem[-1], KIN_MAX + 1) if other.isalpha()]
            if doubled and len(doubled) <= KIN_MAX and len(stem) < KIN_CHARS:
                return frozenset(doubled)
        if len(stem) < KIN_CHARS or stem.isdigit():
            return frozenset()
        longer = [other for other in engine.terms_from(stem, KIN_MAX + 1) if other != stem and other.isalpha()]
        # (a stem ending in a whole word more is a compound, not a derivation: "healthwatch" is no "health")
        shorter = [stem[:n] for n in range(max(KIN_CHARS, len(stem) - KIN_SUFFIX), len(stem)) if engine.df(stem[:n])]
        # "unconditional" asks after the conditions: a word negated by its prefix is of its root's family
        root = next((stem[len(p):] for p in NEGATING_PREFIXES if stem.startswith(p) and len(stem) - len(p) >= KIN_CHARS), "")
        negated = [root] if root and engine.df(root) else []
        # "builders" asks after the building work: a doer's noun ("-er") is of its verb's family
        doer = [stem[:-2]] if stem.endswith("er") and len(stem) - 2 >= 4 and engine.df(stem[:-2]) else []
        return frozenset(longer[:KIN_MAX] + shorter[-1:] + negated + doer)

    def words_from(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` words of the papers beginning with `prefix` that are words, not names: written
        in lower case somewhere, or English ("Orthopaedic" in a scheme's title; "Parkinson" is a name)."""
        return [w for w, lower in StoredVocabulary(self.index.db.conn).words_from(prefix, limit) if lower or w in self.english]

    def equivalents(self, stem: str) -> frozenset[str]:
        """Stems of the words the papers use that say the same in NHS usage ("planned" -> "elective"),
        so a question in plain English finds the papers' own words; and, for an everyday word no paper
        uses ("budget", "patients"), the papers' narrower words for it (vocabulary.STAND_INS)."""
        groups = self.index.memo("plain equivalents", lambda: _equivalent_stems(self.tokenizer))
        same = set(groups.get(stem, ()))
        if not self.df(stem):  # an everyday word no paper uses stands for the papers' narrower one
            same |= self.index.memo("stand-ins", lambda: _equivalent_stems(self.tokenizer, STAND_INS)).get(stem, frozenset())
        return frozenset(other for other in same if self.df(other))

    @property
    def n_docs(self) -> int:
        return self.index.engine.n_docs

    def df(self, stem: str) -> int:
        return self.index.engine.df(stem)

    def idf(self, stem: str) -> float:
        """Rarer words weigh more; a word in no passage weighs the most of all."""
        n = max(self.n_docs, 1)
        df = self.df(stem)
        return max(math.log((n - df + 0.5) / (df + 0.5)), 0.1) if df else self.unknown_weight

    @property
    def unknown_weight(self) -> float:
        n = max(self.n_docs, 1)
        return math.log((n + 0.5) / 0.5) + 1.0


def _equivalent_stems(tokenizer: Tokenizer, groups: tuple[frozenset[str], ...] = PLAIN_EQUIVALENTS) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in groups:
        # each word as the papers' words are read: "a&e" is the tokeniser's "ae", as "A&E" in a paper is
        stems = {s for w in group for s in (tokenizer(w) or [tokenizer.stem(w)])}
        for stem in stems:
            out.setdefault(stem, set()).update(stems - {stem})
    return {k: frozenset(v) for k, v in out.items()}


SETTING_DOCS = 3
_JOINED_NAMES = re.compile(r"\b([A-Z][a-z]+)\s*(?:&|and)\s*([A-Z][a-z]+)\b")
SETTING_SHARE = 0.6


def lexicon(index: PlanIndex, tokenizer: Tokenizer) -> Lexicon:
    """The version's lexicon, made at first use. The papers' vocabulary (hundreds of thousands of words
    in a national corpus) is read a word at a time as questions ask (StoredVocabulary, StoredWords)."""
    def make() -> Lexicon:
        book = AreaBook.from_rows(index.table("areas"))
        vocabulary = StoredVocabulary(index.db.conn)
        english = EnglishWords()
        names = index.db.execute("select name from people").fetchall() if "people" in index.db.table_names() else []
        known = (re.sub(TITLES + r"\.?\s+", "", name).lower() for (name,) in names)
        aliased = {w for area in book.areas for alias in area.aliases for w in re.findall(r"[a-z]{4,}", alias.lower())}
        places = aliased - vocabulary.lower(aliased)  # "lancashire", "fylde": a plan area's own words, never written in lower case
        places |= {squash(alias).lower() for area in book.areas for alias in area.aliases if " " in alias.strip()}  # "fylde coast" whole
        common = StoredWords(vocabulary, english, known, places)
        expansions = dict(NHS_ABBREVIATIONS)
        codes: dict[str, str] = {}
        for row in index.table("abbreviations"):
            if row["kind"] == "code":
                codes.setdefault(row["short"], row["long"])
            else:
                expansions.setdefault(row["short"].lower(), row["long"])
        for row in index.table("terms"):
            expansions[row["short"].lower()] = row["long"]
        return Lexicon(index, tokenizer, book, Speller(vocabulary), expansions, codes, english, common)

    return index.memo("lexicon", make)


class StoredVocabulary(Mapping[str, int]):
    """A version's vocabulary table (word -> count, and whether the papers write it in lower case),
    read a word at a time and kept."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.present = bool(conn.execute("select 1 from sqlite_master where type = 'table' and name = 'vocabulary'").fetchone())
        self._got: dict[str, tuple[int, bool] | None] = {}

    def _look_up(self, words: Iterable[str], keep_missing: bool = True) -> None:
        """Read the words not read yet; those the papers lack are kept as such only when asked (a
        typo's hundreds of edits are not)."""
        missing = [w for w in dict.fromkeys(words) if w not in self._got]
        for start in range(0, len(missing), CHUNK):
            part = missing[start:start + CHUNK]
            if keep_missing:
                for word in part:
                    self._got[word] = None
            if self.present:
                marks = ",".join("?" for _ in part)
                for word, n, lower in self.conn.execute(f"select word, n, lower from vocabulary where word in ({marks})", part):
                    self._got[word] = (n, bool(lower))

    def __getitem__(self, word: str) -> int:
        self._look_up((word,))
        found = self._got[word]
        if found is None:
            raise KeyError(word)
        return found[0]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.looked_up(word) is not None

    def looked_up(self, word: str) -> tuple[int, bool] | None:
        """(count, written in lower case) of a word the papers use, else None; kept once read."""
        if word not in self._got:
            self._look_up((word,))
        return self._got[word]

    def counts(self, words: Iterable[str]) -> dict[str, int]:
        """The counts of those of `words` the papers use, in as few queries as can be."""
        words = list(words)
        self._look_up(words, keep_missing=False)
        return {w: found[0] for w in words if (found := self._got.get(w)) is not None}

    def lower(self, words: Iterable[str]) -> set[str]:
        """Those of `words` the papers write in lower case somewhere."""
        words = list(words)
        self._look_up(words)
        return {w for w in words if (found := self._got[w]) is not None and found[1]}

    def words_from(self, prefix: str, limit: int) -> list[tuple[str, bool]]:
        """(word, written in lower case somewhere) for words beginning with `prefix`, read by the table's key."""
        if not self.present:
            return []
        rows = self.conn.execute("select word, lower from vocabulary where word >= ? and word < ? limit ?",
                                 (prefix, prefix + "\uffff", limit))
        return [(word, bool(lower)) for word, lower in rows]

    def any_lower(self) -> bool:
        return self.present and self.conn.execute("select 1 from vocabulary where lower limit 1").fetchone() is not None

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self.conn.execute("select word from vocabulary")) if self.present else iter(())

    def __len__(self) -> int:
        return self.conn.execute("select count(*) from vocabulary").fetchone()[0] if self.present else 0


CHUNK = 900  # words per query (SQLite allows 999 parameters in older builds)


class StoredWords(PaperWords):
    """PaperWords whose lower-case words are looked up in the vocabulary table as asked."""

    vocabulary: StoredVocabulary
    _any: bool | None

    def __new__(cls, vocabulary: StoredVocabulary, everyday: Container[str], known: Iterable[str] = (),
                places: Iterable[str] = ()) -> "StoredWords":
        made = super().__new__(cls, (), everyday, known, places)
        made.vocabulary = vocabulary
        made._any = None
        return made  # type: ignore[return-value]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self.vocabulary.looked_up(word)
        return found is not None and found[1]

    def __bool__(self) -> bool:
        if self._any is None:
            self._any = self.vocabulary.any_lower()
        return self._any
