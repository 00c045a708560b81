"""An assurance rating ("assured with conditions", "limited assurance") is a status, as a RAG rating is:
"what rating did NHS England give the plan?" is answered by it."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.types import holds
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LETTER = """Regional assurance feedback

Dear colleagues,
Thank you for the plan submitted on 21 October 2016. This letter sets out our view of the plan against the
nine national must-dos. In summary, the plan is assured with conditions: six of the nine must-dos are
assured and two are gaps that need further work.
Yours sincerely,
Ada Example, Regional Director
"""


@pytest.mark.parametrize("text, is_status", [
    ("In summary, the plan is assured with conditions.", True), ("The audit gave limited assurance.", True),
    ("Must-do 6 is partly assured.", True), ("We will assure ourselves of the numbers.", False)])
def test_an_assurance_rating_is_a_status(text: str, is_status: bool) -> None:
    assert holds("status", text) is is_status


def test_the_rating_a_letter_gives_answers_what_rating_the_plan_got(papers, tokenizer: Tokenizer) -> None:
    index = papers({"assurance_letter.txt": LETTER, **OTHER_PAPERS})
    reply = answer("What assurance rating did the letter give the plan?", index, tokenizer)
    assert reply.answered and "assured with conditions" in reply.answer[:120], reply.answer
