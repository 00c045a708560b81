"""A date marked for a note ("30/06/2017†") stands only until the note on that mark moves it: asked
when, the answer is the date the note moves it to, cited on the note's line too."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ROADMAP = ("Local digital roadmap: capabilities\n\n"
           "Ref\tCapability\tLead\tDue\n"
           "UC-C\tGPs can refer electronically to secondary care\tLM\tAchieved\n"
           "UC-D\tGPs receive timely electronic discharge summaries from secondary care\tDF\t30/06/2017{mark}\n"
           "UC-E\tSocial care receives electronic notice of hospital admissions\tRB\tQtr 4 17/18\n\n"
           "{mark} Moved by the Digital Board on 19 October 2016 from 30/06/2017 to 30/09/2017, because the record go-live slipped.\n")


@pytest.mark.parametrize("mark", ["†", "*", "‡"])
def test_a_marked_date_is_answered_by_the_date_its_note_moves_it_to(papers, mark: str) -> None:
    index = papers({"roadmap.txt": ROADMAP.format(mark=mark), **OTHER_PAPERS})
    reply = answer("When will GPs receive electronic discharge summaries from secondary care?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("30/09/2017"), reply.answer
    assert any(c.quote.startswith(f"{mark} Moved by the Digital Board") for c in reply.citations), reply.citations


def test_the_date_first_planned_is_still_the_marked_one(papers) -> None:
    index = papers({"roadmap.txt": ROADMAP.format(mark="†"), **OTHER_PAPERS})
    reply = answer("When were GPs originally due to receive electronic discharge summaries?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("30/06/2017"), reply.answer


def test_a_mark_whose_note_moves_nothing_leaves_the_date(papers) -> None:
    text = ROADMAP.format(mark="†").replace("Moved by the Digital Board on 19 October 2016 from 30/06/2017 to 30/09/2017, because",
                                            "Subject to the Digital Board's approval, as")
    reply = answer("When will GPs receive electronic discharge summaries from secondary care?", papers({"roadmap.txt": text, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("30/06/2017"), reply.answer
