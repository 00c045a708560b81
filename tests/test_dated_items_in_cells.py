"""A cell listing "date - what" items (a workstream's key milestones, one to a paragraph) answers "when?"
with the item asked about and the date written before it ("w/c 2 July 2018 - liaison live"), not with
the next item's date: an entry opens with its date when its dates are followed by a dash."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

MANDATE = """Programme mandate: workstreams
No.\tWorkstream\tLeadership and key milestones
K3\tMental health\tSRO: Ada Penhallow; Key milestones; April 2018 - crisis team operating 24/7; w/c 2 July 2018 - liaison psychiatry live at Harbour Royal; March 2019 - talking therapies access at 19%
K8\tDigital\tSRO: Ivo Strand; Key milestones; March 2018 - GP record viewable in A&E; By Christmas 2018 - care homes given access; 2019/20 - social care records joined
"""


@pytest.mark.parametrize(("question", "start"), [
    ("When will liaison psychiatry go live at Harbour Royal?", "w/c 2 July 2018 - liaison psychiatry live"),
    ("By when will care homes be given access to the care record?", "By Christmas 2018 - care homes given access"),
])
def test_the_item_asked_with_the_date_written_before_it(papers, question: str, start: str) -> None:
    reply = answer(question, papers({"mandate.txt": MANDATE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(start), reply.answer
