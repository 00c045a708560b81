"""A post named in a row with its organisation in a column of its own ("Head of Mental Health Commissioning" |
"NHS Hebbleford CCG" under "Lead organisation"), where the paper's list of post-holders has that title in two
organisations: the row's organisation says which holder it is."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

PLAN = """Crisis Care Concordat action plan 2017/18

Ref | Action | Lead (post) | Lead organisation | By when
1.2 | Crisis cafe in the town centre, open evenings and weekends | Head of Mental Health Commissioning | NHS Wraxton CCG | Winter 2017/18
3.3 | Crisis house: four beds as an alternative to admission | Head of Mental Health Commissioning | NHS Hebbleton CCG | TBC
2.1 | Street triage with the police | Head of Crisis Services | Ullbrook Care Partnership | April 2017

Appendix 1: lead officers

Organisation | Post | Name
NHS Wraxton CCG | Head of Mental Health Commissioning | Callum Freestone
NHS Hebbleton CCG | Head of Mental Health Commissioning | Fiona Rudge
Ullbrook Care Partnership | Head of Crisis Services | Delphine Ashcroft
"""


@pytest.mark.parametrize(("question", "holder", "other"), [
    ("Who leads action 3.3, the crisis house?", "Fiona Rudge", "Callum Freestone"),
    ("Who leads the crisis cafe (action 1.2)?", "Callum Freestone", "Fiona Rudge"),
    ("Who leads street triage?", "Delphine Ashcroft", "Fiona Rudge"),  # one holder of the title: the post alone says who
])
def test_the_rows_organisation_says_which_holder_of_a_shared_title(papers, tokenizer: Tokenizer, question: str, holder: str,
                                                                   other: str) -> None:
    reply = answer(question, papers({"concordat.txt": PLAN}), tokenizer)
    assert reply.answered and reply.answer.startswith(holder), reply.answer
    assert other not in reply.answer
