"""What one index version knows about words: how rare each is, the papers' own spellings and
abbreviations, the glossary's terms and the plan areas. Built once per version and kept with it."""

import math
import re
from dataclasses import dataclass

from bot.answering.spelling import EnglishWords, Speller
from bot.answering.vocabulary import NHS_ABBREVIATIONS
from bot.index.store import PlanIndex
from bot.records.areas import AreaBook
from bot.records.people import TITLES, PaperWords
from bot.textnorm import Tokenizer


KIN_CHARS = 6  # the shortest stem kindred words are looked for by
KIN_MAX = 4  # more longer words than this on one stem: it is a root, not a word family


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

    def about(self, document: str) -> str:
        """What a whole paper is: its title and opening lines ("... Health and Wellbeing Board, Meeting
        to be held on 13th December 2016, Update on the STP"), context for every line in it."""
        def read() -> dict[str, str]:
            out: dict[str, str] = {}
            for doc in self.index.db.query("select id, file_name, title from documents"):
                rows = self.index.db.query("select text from lines where doc_id = ? and trim(text) != '' order by seq limit 6", [doc["id"]])
                opening = " ".join(r["text"] for r in rows)
                out[doc["file_name"]] = f"{doc['title']} {opening}"[:600] + f" {file_words(doc['file_name'])}"
            return out

        return self.index.memo("document openings", read).get(document, "")

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
        if len(stem) < KIN_CHARS or stem.isdigit():
            return frozenset()
        engine = self.index.engine
        longer = [other for other in engine.terms_from(stem, KIN_MAX + 1) if other != stem and other.isalpha()]
        shorter = [stem[:n] for n in range(KIN_CHARS, len(stem)) if engine.df(stem[:n])]
        return frozenset(longer[:KIN_MAX] + shorter[-1:])

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


def file_words(file_name: str) -> str:
    """"hwv_transformation_highlight_report_p8_nov2025.md" -> "hwv transformation highlight report p8 nov2025"."""
    stem = file_name.rsplit(".", 1)[0]
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", stem) if w and not re.fullmatch(r"[0-9a-f]{12,}|\d{1,3}", w))


def lexicon(index: PlanIndex, tokenizer: Tokenizer) -> Lexicon:
    """The version's lexicon, made at first use."""
    def make() -> Lexicon:
        book = AreaBook.from_rows(index.table("areas"))
        rows = index.table("vocabulary")
        vocabulary = {r["word"]: r["n"] for r in rows}
        english = EnglishWords()
        known = (re.sub(TITLES + r"\.?\s+", "", r["name"]).lower() for r in index.table("people"))
        lower = {r["word"] for r in rows if r.get("lower")}
        places = {w for area in book.areas for alias in area.aliases for w in re.findall(r"[a-z]{4,}", alias.lower())
                  if w not in lower}  # "lancashire", "fylde": a plan area's own words, never written in lower case
        common = PaperWords(lower, english, known, places)
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
