"""A question that ends on the post it asks the holder of ("who are the CCG's external auditors?") is
refused when no paper uses the post's word: no one in the papers holds it, however well a person matches
the rest ("the CCG"). A question saying where or when ("... at the moment", "... named in the table") does
not end on its post, so its last word is not read as one."""

import pytest

from bot.answering.pipeline import answer, context_for
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

CONTACTS = """Who's who: contacts for the STP

Initials\tName\tRole\tEmployed by
RD\tRachel Dunsmore\tDirector of Communications & Engagement\tNHS Corriford CCG
HT\tHelen Tranmire\tChief Officer; STP Lead\tNHS Corriford CCG
PG\tPaul Grist\tHead of Estates\tCorriford University Hospitals NHS FT
"""


@pytest.mark.parametrize(("question", "unknown"), [
    ("Who are NHS Corriford CCG's external auditors?", True),
    ("who is the trust's caldicott guardian?", True),
    ("Who is the STP lead?", False),  # a post the papers name
    ("who's the estates lead at the moment?", False),  # "moment" is no post
])
def test_a_post_no_paper_names_is_asked(papers, question: str, unknown: bool) -> None:
    index = papers({"contacts.txt": CONTACTS, **OTHER_PAPERS})
    assert context_for(question, index, Tokenizer(), None, 1000, None).analysis.holder_unknown is unknown


def test_no_one_holds_a_post_no_paper_names(papers) -> None:
    index = papers({"contacts.txt": CONTACTS, **OTHER_PAPERS})
    assert not answer("Who are NHS Corriford CCG's external auditors?", index, Tokenizer()).answered
    reply = answer("Who is the STP lead?", index, Tokenizer())
    assert reply.answered and "Helen Tranmire" in reply.answer, reply.answer
