"""What the asker needs the answer for, said after a comma ("closing date for the consultation pls, need it
for the newsletter"), is a side clause: its words are the errand, not what the answer must be about."""

import pytest

from bot.answering.clauses import clauses_of, incidental
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Stroke services: communications and engagement plan

Public consultation on hyper-acute stroke services
5.1 The consultation will run for 12 weeks, from 13 March 2017 to 5 June 2017.
5.2 Drop-in sessions will be held in each locality during April 2017.
"""


@pytest.mark.parametrize(("question", "clauses"), [
    ("closing date for the stroke consultation pls, need it for the newsletter",
     ["closing date for the stroke consultation pls", "need it for the newsletter"]),
    ("who leads cancer, we need this for the board", ["who leads cancer", "we need this for the board"]),
    ("who needs to sign it off, the board or the CCG?", ["who needs to sign it off, the board or the CCG?"]),  # no errand
])
def test_an_errand_after_a_comma_is_a_clause_of_its_own(question: str, clauses: list[str]) -> None:
    found = clauses_of(question)
    assert found == clauses and all(incidental(c) for c in found[1:])


def test_the_errands_words_are_not_asked_about(papers) -> None:
    reply = answer("closing date for the stroke consultation pls, need it for the newsletter",
                   papers({"engagement.txt": PLAN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("5 June 2017"), reply.answer
