"""A minute's numbered item titled in its own first words ("2. Crisis café (P5.1). The lease was signed
on 3 March. Opening moves from Mar-17 to 31/05/2017.") is about that title in every sentence; and the
date it moves is superseded wherever the plans give it, in a list of milestones as much as in a row."""

from bot.answering.candidates.read_with import run_in_head
from bot.answering.pipeline import answer
from bot.index.passages import snippets
from bot.models import SourceLine
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Wexbury STP - mental health programme plan

Milestones
P5: Crisis café opens in Wexbury town centre (Mar-17, status A); Core 24 liaison psychiatry at the General (Q4 17/18, status G)
"""

NOTE = """Wexbury Programme Board - note of the meeting held on 14 March 2017

2. Crisis café (P5.1). The lease on the premises was signed on 3 March. Opening moves from Mar-17 to 31/05/2017.
3. Community hubs (P2.1). Estates works will not finish in time.
"""


def _pieces(text: str) -> list:
    return list(snippets([SourceLine(page=None, line=i + 1, text=t) for i, t in enumerate(text.splitlines())]))


def test_a_sentence_is_read_with_its_items_run_in_title() -> None:
    pieces = _pieces(NOTE)
    at = next(k for k, p in enumerate(pieces) if p.text.startswith("Opening moves"))
    assert run_in_head(pieces, at) == ("2. Crisis café (P5.1).",)
    # a paragraph that opens with a sentence, not a title, has none
    prose = _pieces("2. The lease on the premises was signed on 3 March by the trust's estates team. Opening moves to May.")
    assert run_in_head(prose, len(prose) - 1) is None


def test_the_moved_date_answers_over_a_list_giving_the_old_one(papers, tokenizer: Tokenizer) -> None:
    index = papers({"plan.txt": PLAN, "note.txt": NOTE, **OTHER_PAPERS})
    reply = answer("When is the crisis café in Wexbury town centre due to open?", index, tokenizer)
    assert reply.answered and "31/05/2017" in reply.answer and not reply.answer.startswith(("P5", "Mar-17")), reply.answer


HUBS = """Wexbury Programme Board - note of the meeting held on 14 March 2017

3. Community Care Hubs (P2.1). Estates works at the Lynd Valley site will not finish in time. The first four hubs will now go live in Jan-18, not Oct-17 as in the tracker.
4. Stroke (P6.2). The consultation stays in Autumn 2017.
"""


def test_why_a_date_moved_is_what_the_item_says_before_the_move(papers, tokenizer: Tokenizer) -> None:
    reply = answer("Why has the go-live of the first four Community Care Hubs been moved?", papers({"note.txt": HUBS, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith("Estates works at the Lynd Valley site"), reply.answer
