"""A paper that sets out questions and answers them below a label (an FOI response, a staff Q&A): the
answer's sentences lean on the question ("The total capital cost is £4.6 million"), so they are read
with it, and a question asked of the papers in the question's words finds its answer."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

FOI = """Freedom of Information response FOI-17-0418

You asked us three questions about the Ostleigh urgent treatment centre.

Question 1
    "When will the urgent treatment centre at Ostleigh General Hospital open?"

Response
The centre is due to open on 4 December 2017, subject to recruitment.

Question 2
    "What is the capital cost of the urgent treatment centre, and how is
    it funded?"

Response
The total capital cost is £4.6 million: £3.9 million from the STP
capital allocation and £0.7 million from the Trust's own programme.
"""
PLAN = """Delivery plan

The Ostleigh urgent treatment centre is part of the urgent care programme. Lead: Dr Ann Example.
The stroke unit at Fellwick will close in 2018. Its capital cost is not yet known.
"""


@pytest.mark.parametrize("question, says", [
    ("What is the capital cost of the Ostleigh urgent treatment centre?", "£4.6 million"),
])
def test_an_answer_is_read_with_the_question_it_answers(papers, question: str, says: str) -> None:
    reply = answer(question, papers({"foi.txt": FOI, "plan.txt": PLAN}), Tokenizer())
    assert reply.answered and reply.answer.startswith(says), reply.answer


def test_a_question_in_running_prose_is_no_question_answered_below(papers) -> None:
    from bot.answering.candidates.read_with import AskedBefore, answered_question
    from bot.answering.pipeline import context_for

    index = papers({"note.txt": "Notes\nWho pays for it? Nobody has said.\nThe total capital cost is £4.6 million.\n"})
    ctx = context_for("what is the capital cost?", index, Tokenizer(), None, 1000, None)
    passage = next(p for p in index.passages(list(range(5))) if "capital cost" in p.text)
    from bot.answering.candidates.sentences import passage_snippets as snippets
    piece = next(s for s in snippets(ctx, passage) if "capital cost" in s.text)
    assert not isinstance(answered_question(ctx, passage, piece), AskedBefore)
