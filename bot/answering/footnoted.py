"""A date marked for a note ("30/06/2017†", "Mar-18*", "Q3 17/18‡") stands only until the paper's note
on that mark says otherwise: a roadmap's cell keeps the date first planned and its footnote reads
"† Moved by the Digital Board on 19 October 2016 from 30/06/2017 to 30/09/2017". Asked when, the
answer is the date the note moves it to, cited on the note's own line as well as the cell's."""

import re

from bot.answering import superseded, types
from bot.answering.candidates import Candidate, Context
from bot.models import Citation

# a note's mark written straight after a date: a dagger, a double dagger, a section or pilcrow sign, or an
# asterisk (a superscript number is read as the digit it is, and cannot be told from the date's own)
_MARK = re.compile(r"\s?([†‡§¶*]{1,3})")
NOTE_LINES = 3  # lines of the paper opening with the mark that are read as its note
GIVEN_CHARS = 160


def moved_by_note(candidate: Candidate, ctx: Context) -> bool:
    """Lead the candidate with the date its marked date's note moves it to (cited on the note), if one
    does; whether it did."""
    if not candidate.citations:
        return False
    text = candidate.answer[:GIVEN_CHARS]
    for start, end, given in types.dates(text):
        mark = _MARK.match(text, end)
        if not mark:
            continue
        for page, line, note in _notes(ctx, candidate.citations[0].document, mark.group(1)):
            moved = superseded.moved_to(given, note, types.dates)
            if moved:
                cited = candidate.citations[0]
                candidate.answer = f"{moved} (moved from {given}; note {mark.group(1)}): {candidate.answer}"
                candidate.item = moved
                candidate.citations = [*candidate.citations, Citation(
                    document=cited.document, title=cited.title, page=page, line=int(line) if page is None and line else None,
                    section=None, quote=note.strip())]
                return True
    return False


def _notes(ctx: Context, document: str, mark: str) -> list[tuple[int | None, str | None, str]]:
    """The lines of the paper that open with the mark: its notes on it."""
    rows = ctx.index.db.execute(
        "select l.page, l.line, l.text from lines l join documents d on d.id = l.doc_id "
        "where d.file_name = ? and ltrim(l.text) like ? order by l.seq limit ?", [document, mark + "%", NOTE_LINES]).fetchall()
    return [(page, line, text) for page, line, text in rows if re.match(rf"\s*{re.escape(mark)}\s*\S", text)]
