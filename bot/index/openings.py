"""Each paper's opening (its title and first lines, and its file name's words), stored at ingest with
the stems it holds.

Answering reads a paper's opening as context for every line in it ("... Health and Wellbeing Board,
Meeting to be held on 13th December 2016"), and looks papers up by a word of their opening. Worked out
when a version opens, that read every paper's first lines: 5,000 queries for a national corpus before
the first answer. Stored, a paper's opening is one look-up by its file name, and the papers whose
opening holds a word one look-up by the word. Versions built before have no `openings` table;
`Openings.stored` says so and answering reads them the old way."""

import re
import sqlite3
from collections.abc import Iterable, Sequence

from bot.models import DocumentInfo, SourceLine
from bot.textnorm import Tokenizer

OPENING_LINES = 6
OPENING_CHARS = 600
TABLE = "openings"
STEMS = "opening_stems"


def file_words(file_name: str) -> str:
    """"hwv_transformation_highlight_report_p8_nov2025.md" -> "hwv transformation highlight report p8 nov2025"."""
    stem = file_name.rsplit(".", 1)[0]
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", stem) if w and not re.fullmatch(r"[0-9a-f]{12,}|\d{1,3}", w))


def opening_text(title: str, opening: Iterable[str], file_name: str) -> str:
    """A paper's title, its first non-blank lines (cut at OPENING_CHARS) and its file name's words."""
    return f"{title} {' '.join(opening)}"[:OPENING_CHARS] + f" {file_words(file_name)}"


def first_lines(lines: Sequence[SourceLine]) -> list[str]:
    """The first OPENING_LINES lines holding more than spaces (SQLite's trim(text) != '', as read back).
    A letter's letterhead, reference and date fill those before it says what it is about: the subject
    line under its "Dear ..." is read with them (SUBJECT_LINES of it), as a reader of the letter would."""
    texts = [ln.text for ln in lines if ln.text.strip(" ")]
    opening = texts[:OPENING_LINES]
    dear = next((at for at, text in enumerate(opening) if _SALUTATION.match(text)), None)
    if dear is not None:
        opening = [*texts[:dear], *texts[dear + 1:dear + 1 + SUBJECT_LINES]]
    return opening


SUBJECT_LINES = 2
_SALUTATION = re.compile(r"^\s*Dear\s+\S.{0,60}$")


class OpeningsWriter:
    """Writes each paper's opening and its stems as the build adds the paper."""

    def __init__(self, conn: sqlite3.Connection, tokenizer: Tokenizer) -> None:
        self.conn = conn
        self.tokenizer = tokenizer
        conn.execute(f"CREATE TABLE IF NOT EXISTS [{TABLE}] (file_name TEXT PRIMARY KEY, about TEXT)")
        conn.execute(f"CREATE TABLE IF NOT EXISTS [{STEMS}] (stem TEXT, file_name TEXT)")

    def add(self, info: DocumentInfo, lines: Sequence[SourceLine]) -> None:
        about = opening_text(info.title, first_lines(lines), info.file_name)
        self.conn.execute(f"INSERT OR REPLACE INTO [{TABLE}] VALUES (?, ?)", (info.file_name, about))
        self.conn.executemany(f"INSERT INTO [{STEMS}] VALUES (?, ?)",
                              ((stem, info.file_name) for stem in sorted(self.tokenizer.stem_set(about))))

    def finish(self) -> None:
        self.conn.execute(f"CREATE INDEX IF NOT EXISTS [{STEMS}_by_stem] ON [{STEMS}] (stem)")


class Openings:
    """A version's stored openings, each read when first asked for and kept."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.stored = TABLE in names and STEMS in names
        self._about: dict[str, str] = {}
        self._with: dict[str, list[str]] = {}

    def about(self, document: str) -> str:
        if document not in self._about:
            row = self.conn.execute(f"SELECT about FROM [{TABLE}] WHERE file_name = ?", (document,)).fetchone()
            self._about[document] = row[0] if row else ""
        return self._about[document]

    def documents_with(self, stem: str) -> list[str]:
        """The papers (file names) whose opening holds the stem."""
        if stem not in self._with:
            self._with[stem] = [r[0] for r in self.conn.execute(f"SELECT file_name FROM [{STEMS}] WHERE stem = ?", (stem,))]
        return self._with[stem]

    def stems_count(self) -> int:
        """How many distinct stems the stored openings hold."""
        return self.conn.execute(f"SELECT count(DISTINCT stem) FROM [{STEMS}]").fetchone()[0]

    def every_stem(self) -> dict[str, list[str]]:
        """Each stored stem's papers (file names), read in one pass over the table: the papers of a
        national corpus's common stems ("care", "plan") run to thousands, and looking each stem up as
        a question first reads it was tens of ms of that question's time."""
        found: dict[str, list[str]] = {}
        for stem, file_name in self.conn.execute(f"SELECT stem, file_name FROM [{STEMS}]"):
            found.setdefault(stem, []).append(file_name)
        return found
