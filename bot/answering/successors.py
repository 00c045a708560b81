"""The post of a holder who handed it on: the row still naming them answers with the one who took over.

A tracker says "Lot 3 | Multidisciplinary foot care teams | Dr Gideon Fairhurst"; a later slide says "Mr
Sunil Atherley-Booth ... takes over from Dr Gideon Fairhurst from 1 March 2017". Asked after that day who
leads the foot care teams, the row is ruled out (eligibility.departed), and the slide's line shares few of
the question's words. The row's match to the question is what says which post is asked; the handover says
who holds it now. So the row gives a candidate answering with the successor, citing the handover's line
first and the row after it."""

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from bot.answering import types
from bot.answering.candidates import Candidate, Context, trim
from bot.answering.candidates.read_with import cite_line
from bot.answering.handovers import ASKS_PAST, successor
from bot.models import Passage

SUCCEEDED_READ = 8  # the ruled-out candidates holding the asked role (best placed first) whose holder is looked up


def successors(found: list[Candidate], ctx: Context, departed: Callable[[Candidate, Context], bool]) -> Iterator[tuple[Candidate, Candidate]]:
    """(candidate ruled out, the same answered by its holder's successor) for each of the first
    ruled-out candidates holding the asked role whose holder handed the post on by the asked day."""
    a = ctx.analysis
    if a.want != "person" or ASKS_PAST.search(a.text) or "date" in a.wants:
        return
    today = a.as_of or date.today()
    held = {name.split()[-1] for c in found if c.eligible for _, _, name in types.people(c.answer[:60], ctx.lex.common)[:1]}
    read = 0
    for candidate in found:
        if candidate.eligible or candidate.features.get("role", 0) <= 0 or read >= SUCCEEDED_READ:
            continue
        read += 1
        lead = types.people(candidate.answer[:60], ctx.lex.common)
        if not lead or not departed(candidate, ctx):
            continue
        found_after = successor(lead[0][2], a.roles, ctx.index, ctx.tokenizer, today)
        if found_after is None or found_after[0].split()[-1] in held:
            continue
        new, passage, sentence = found_after
        held.add(new.split()[-1])
        yield candidate, _succeeded(candidate, new, passage, sentence)


def _succeeded(candidate: Candidate, new: str, passage: Passage, sentence: str) -> Candidate:
    """The candidate led by the new holder, the handover's line cited first (the name is on it)."""
    unit = next((u for u in passage.units if new.split()[-1] in u.text), passage.units[0])
    return replace(candidate, answer=f"{new} ({trim(sentence, SENTENCE_CHARS)})", citations=[cite_line(passage, unit), *candidate.citations],
                   eligible=True, features=dict(candidate.features), score=candidate.score)


SENTENCE_CHARS = 200  # of the handover's sentence, shown after the name (cut at a word)
