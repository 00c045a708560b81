"""A date answers what its own clause is about: the hub named only in a clause joined on by ", so that"
is not what "25 May 2017" dates."""

import pytest

from bot.answering.analysis import Analysis
from bot.answering.date_clauses import clauses, dated_elsewhere
from bot.answering.matching import Topic
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

MOVED = ("Phase 2 was moved from Q4 2017/18 to Q1 2018/19 by the Programme Board on 25 May 2017, so that the Eastfield "
         "localities start after the urgent care hub has gone live.")


def test_clauses_split_where_a_comma_opens_a_new_one() -> None:
    assert clauses(MOVED) == [MOVED.split(", so that")[0], "so that" + MOVED.split(", so that")[1]]
    assert clauses("The hub opens after 1 April 2018 once staff are trained.") == ["The hub opens after 1 April 2018 once staff are trained."]
    assert clauses("The case was delayed; it will now open in June 2018.") == ["The case was delayed it will now open in June 2018."]


@pytest.mark.parametrize(("text", "elsewhere"), [
    (MOVED, True),
    ("The urgent care hub goes live at the end of February 2018, so that it starts with the new 111 contract.", False),
    ("The business case was late; it will now go live in February 2018.", False),  # "it" is what the clause before names
    ("The urgent care hub goes live in February 2018.", False),
])
def test_a_date_in_a_clause_about_something_else(tokenizer, text: str, elsewhere: bool) -> None:
    topic = Topic(Analysis(text="when will the urgent care hub go live?", wants=("date",), terms={tokenizer.stem(w): 1.0 for w in ("urgent", "care", "hub", "live")}),
                  tokenizer)
    assert dated_elsewhere(text, topic) is elsewhere


def test_when_is_answered_by_the_clause_the_date_is_in(papers) -> None:
    index = papers({"plan.md": "Home First\n\n7.2 " + MOVED + "\n\n7.3 Referrals from the urgent care hub are accepted from "
                               "the end of February 2018, when the hub goes live.\n", **OTHER_PAPERS})
    reply = answer("When will the urgent care hub go live?", index, Tokenizer())
    assert reply.answered and "February 2018" in reply.answer[:60] and "25 May" not in reply.answer, reply.answer
