"""A RAG rating written as its letter ("RAG now R (was A)", "RAG: A/G"), as a PMO's e-mail or a
dashboard cell shortens it, is a status: "what's the RAG on UEC3 now?" is answered by that line."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.types import statuses
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("text, found", [
    ("o RAG now R (was A).", ["R"]),
    ("RAG: A/G", ["A/G"]),
    ("RAG rating G for Q3", ["G"]),
    ("RAG Amber", ["Amber"]),
    ("the RAG process is reviewed by the PMO", []),  # the word alone rates nothing
    ("Annex A sets out each scheme", []),  # a capital A is no rating where no RAG is said
])
def test_a_rag_letter_after_the_word_is_a_status(text: str, found: list[str]) -> None:
    assert [s for _, _, s in statuses(text)] == found


EMAIL = ("Subject: Annex C milestone refresh - February 2017\n"
         "Changes to dates\n"
         "• UEC3 - NHS 111 integrated clinical hub\n"
         "o Go-live moves from Mar-17 to 30 April 2017.\n"
         "o RAG now R (was A).\n"
         "• PHC1 - Healthy Weight pathway\n"
         "o New service live: was Qtr 4 16/17, now 1 July 2017.\n")


def test_the_rag_letter_answers_what_the_rating_is(papers) -> None:
    reply = answer("what's the RAG on UEC3 now?", papers({"email.txt": EMAIL, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("R"), reply.answer
