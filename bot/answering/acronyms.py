"""A short form asked for by what it names: "The maternity triage system at Lindmere Royal goes by an
acronym - what is it in full?". The question describes the thing, not its letters, so the definition
path (which looks for the term asked) has nothing to look for. The lines the question's words find best
write the short form beside the thing ("Maternity triage (BSOTS) live at ..."), and a paper's key
spells it out ("BSOTS - Birmingham Symptom-specific Obstetric Triage System"): the answer is that
spelling, citing the key's line and the line that uses the short form."""

import re

from bot.answering.asked_type import SHORT_FORM_ASKED
from bot.answering.candidates import Candidate, Context, trim
from bot.answering.definitions import asked_term
from bot.models import Citation

_SHORT = re.compile(r"(?<![\w&-])([A-Z][A-Z&]{1,7})s?(?![\w&-])")
READ = 3  # the best eligible lines read for a short form
MIN_TOPIC = 0.5  # of the question's words, what a line must hold to be the thing described
KEY_LINES = 200
USED_CHARS = 160  # of the line using the short form, shown after the spelling  # the most lines of the defining paper read for its key's line


def described_acronym(ctx: Context, ranked: list[Candidate]) -> Candidate | None:
    """The candidate spelling out the short form of the thing the question describes, or None when the
    question names no short form by description, names one itself, or no well-found line writes one the
    papers' own keys define."""
    if not SHORT_FORM_ASKED.search(ctx.analysis.text) or any(_SHORT.fullmatch(t) for t in asked_term(ctx.analysis.text)):
        return None  # a question naming the letters ("the acronym BSOTS - what is it?") is a definition's
    for found in [c for c in ranked if c.eligible][:READ]:
        if found.features.get("topic", 0.0) < MIN_TOPIC:
            continue
        for short in dict.fromkeys(m.group(1) for m in _SHORT.finditer(found.answer)):
            key = _key_line(ctx, short)
            if key is not None:
                spelled, cite = key
                return Candidate(source="acronym", main=found.main, context=found.context, area=found.area,
                                 answer=f"{short} stands for {spelled} (as written: \"{trim(found.answer, USED_CHARS)}\").",
                                 citations=[cite, *_using(found, short)], has_type=True, fits_form=1.0,
                                 features=dict(found.features), score=found.score, probability=1.0, eligible=True)
    return None


def _key_line(ctx: Context, short: str) -> tuple[str, Citation] | None:
    """What a paper's own key says the short form stands for, and the key's line (the papers' keys only:
    a spelling the answer gives must be quoted from a paper)."""
    rows = ctx.index.db.execute("select long, document from abbreviations where kind = 'abbreviation' and short = ?", [short]).fetchall()
    for spelled, document in rows:
        lines = ctx.index.db.execute(
            "select l.page, l.line, l.text, d.title from lines l join documents d on d.id = l.doc_id "
            "where d.file_name = ? and l.text like ? limit ?", [document, f"%{short}%", KEY_LINES]).fetchall()
        for page, line, text, title in lines:
            at = text.find(spelled)
            if at >= 0:
                start = max(0, text.rfind(short, 0, at))
                quote = text[start: at + len(spelled)]
                return spelled, Citation(document=document, title=title or document, page=page, line=line, section=None, quote=quote)
    return None


def _using(found: Candidate, short: str) -> list[Citation]:
    """The found line's citation that writes the short form (a list's item, not its heading), else its first."""
    return [next((c for c in found.citations if short in c.quote), found.citations[0])] if found.citations else []
