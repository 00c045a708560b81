""""Who deputises for the LC SRO?" over a membership table "Role | Member | Nominated deputy": the
deputy's column answers, not the member's."""

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TOR = """Programme Board terms of reference

Membership
Role\tMember\tNominated deputy
Lyndhithe Coast SRO\tJulian Merriweather, Chief Executive, LCHT\tGraham Tolliver, Deputy Chief Executive, LCHT
Finance lead\tDuncan Sallow, Director of Finance, CHUFT\tMeera Chaudry, Deputy Director of Finance, LCHT
"""


def test_the_deputy_column_answers_who_deputises(papers) -> None:
    index = papers({"tor.txt": TOR, **OTHER_PAPERS})
    reply = answer("who deputises for the LC SRO at the programme board?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Graham Tolliver"), reply.answer
    finance = answer("Who is the nominated deputy for the finance lead?", index, Tokenizer())
    assert finance.answered and finance.answer.startswith("Meera Chaudry"), finance.answer
