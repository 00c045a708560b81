"""A key to initials or a who's who gives each person in one cell, name first, then every post they hold
("Joanna Strachey-Bell, Director of Finance, Brenthurst CCG; Chair, STP Capital & Investment Committee").
The posts after the name are the person's: asked who chairs the committee, that row answers, as a row
whose Role column said so would. A sentence in a cell ("X, CIO, is SRO for digital. A clinical lead for
digital is not yet named") is not such an entry: the posts it mentions are not all the person's."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

CHECKLIST = ("Stage 2 assurance checklist\n"
             "Ref\tCondition\tOwner\tDue\n"
             "C4\tConfirm the source of the capital before the outline business case goes to the Capital & Investment Committee\tJSB\tOBC submission\n"
             "C5\tAgree the stroke rota with both trusts\tNR\tMarch 2017\n"
             "\n"
             "Key to initials\n"
             "JSB\tJoanna Strachey-Bell, Director of Finance, Brenthurst CCG; Chair, STP Capital & Investment Committee\n"
             "NR\tDr Nikhil Raithatha, Consultant Stroke Physician, BRH; clinical lead, hyper-acute stroke\n"
             "AK\tDr Alisdair Kemble, Clinical Chair, Wealdrick CCG; Chair, Joint Committee of CCGs\n")


@pytest.mark.parametrize("question, person", [
    ("Who chairs the STP Capital & Investment Committee?", "Joanna Strachey-Bell"),
    ("Who is the clinical lead for hyper-acute stroke?", "Dr Nikhil Raithatha"),
    ("Who chairs the Joint Committee of CCGs?", "Dr Alisdair Kemble"),
])
def test_the_posts_after_a_name_in_its_cell_are_that_persons(papers, question: str, person: str) -> None:
    reply = answer(question, papers({"checklist.txt": CHECKLIST, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer


ROSTER = ("Digital enabler: who leads\n"
          "Enabler\tLeads\n"
          "Digital\tIan Saltash, Chief Information Officer, is SRO for the Digital enabler. A clinical lead for digital is not yet named.\n"
          "Estates\tMorag Pellow, Director of Estates, is SRO for the Estates enabler.\n")


def test_a_sentence_in_a_cell_does_not_give_its_person_every_post_it_mentions(papers) -> None:
    reply = answer("Who is the clinical lead for the Digital enabler?", papers({"roster.txt": ROSTER, **OTHER_PAPERS}), Tokenizer())
    assert not reply.answer.startswith("Ian Saltash"), reply.answer
