"""Asked when a thing is done ("by when must the agreement be reviewed?", "when does the consultation
close?"), the line stating that act with its day after it answers, as a row read for its date does: not a
version table's date beside "review date set", nor a date stated of another act."""

import pytest

from bot.answering import types
from bot.answering.pipeline import answer
from bot.answering.stated_verb import asked_act, states_act
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize("question, forms", [
    ("By when must the data sharing agreement be reviewed?", {"reviewed"}),
    ("When does the public consultation close?", {"close", "closes", "closed", "closing"}),
    ("When will the hub open?", {"open", "opens", "opened", "openned", "opening"}),
    ("By when will the teams be live in all 14 neighbourhoods?", set()),  # its last word is a noun
    ("When is the next board?", set()),  # no act asked
    ("When do both locality pilots become operational?", set()),  # what they become, not an act
    ("When will the consultation start?", set()),  # an act every plan dates: no form of its own
])
def test_the_act_asked(question: str, forms: set[str]) -> None:
    assert asked_act(question) == forms


@pytest.mark.parametrize("text, stated", [
    ("9.2 It will be reviewed by the Programme Board by 31 March 2018 and every year after that.", True),
    ("1.1 | 23/02/2017 | C Idris | Review date set (clause 9.2)", False),  # the act named, no day after it
    ("The agreement was reviewed last year; the board met on 3 March 2017.", False),  # the day is of another act
])
def test_a_line_stating_the_act_with_its_day(text: str, stated: bool) -> None:
    assert states_act(text, frozenset({"reviewed"}), types.dates) is stated


AGREEMENT = ("Data Sharing Agreement for the shared care record\n"
             "Document control\n"
             "Version\tDate\tAuthor\tSummary of changes\n"
             "1.0\t15/12/2016\tC Idris\tApproved by the Programme Board\n"
             "1.1\t23/02/2017\tC Idris\tAmbulance service added as a party; review date set (clause 9.2)\n"
             "9. Term and review\n"
             "9.1 This Agreement commences on 1 April 2017.\n"
             "9.2 It will be reviewed by the Programme Board by 31 March 2018 and every year after that.\n")


def test_the_line_stating_the_act_answers_before_a_version_tables_date(papers) -> None:
    reply = answer("By when must the data sharing agreement be reviewed?", papers({"dsa.txt": AGREEMENT, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("31 March 2018"), reply.answer
