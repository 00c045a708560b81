"""A post handed on (bot/answering/successors.py): a tracker's row still names the old holder, a later paper
says who took over and from when; asked after that day who holds the post, the row's match to the question
says which post, and the answer is the one who took over, citing the handover's line."""

from datetime import date

import pytest

from bot.answering.pipeline import answer

TRACKER = """Diabetes transformation funding bid summary

Lot\tWhat we will fund\tLot lead\tTotal £k
Lot 1\tStructured education places for newly diagnosed patients\tIlse Marwood\t610
Lot 2\tCommunity clinics for insulin starts\tOwen Tregaskis\t505
Lot 3\tMultidisciplinary foot care teams at both acute trusts\tDr Gideon Fairhurst\t610
Lot 4\tDiabetes inpatient specialist nurses\tRhiannon Cattermole\t550
"""
CHANGES = """Programme board note, 20 February 2017

Changes since the December draft. Lot 3 lead: Mr Sunil Atherley-Booth, Consultant Podiatric Surgeon, takes over from Dr Gideon Fairhurst from 1 March 2017. The bid table still shows the December draft.
"""
PAPERS = {"bid.txt": TRACKER, "changes.txt": CHANGES}


@pytest.mark.parametrize(("question", "as_of", "says", "cited"), [
    ("Who leads Lot 3, the multidisciplinary foot care teams?", date(2017, 3, 15), "Atherley-Booth", "changes.txt"),
    ("Who leads Lot 3, the multidisciplinary foot care teams?", date(2017, 2, 25), "Fairhurst", "bid.txt"),  # not yet handed on
    ("Who leads the community clinics for insulin starts?", date(2017, 3, 15), "Owen Tregaskis", "bid.txt"),  # another post: its own row
])
def test_the_row_of_a_post_handed_on_answers_with_who_took_over(papers, tokenizer, question: str, as_of: date, says: str, cited: str) -> None:
    reply = answer(question, papers(PAPERS), tokenizer, as_of)
    assert reply.answered and says in reply.answer[:40], reply.answer
    assert reply.citations[0].document == cited
    for cite in reply.citations[:1]:
        assert says.split()[-1] in cite.quote  # the name answered is on the line cited first


@pytest.mark.parametrize("question", [
    "Who was the original lead of the foot care teams, before the handover?",
    "Who was the lead for the foot care teams before the handover?",
])
def test_the_holder_before_a_handover_is_asked_by_its_words_not_about_them(papers, tokenizer, question: str) -> None:
    """"original", "before the handover": which holder is asked (the papers write "takes over from"), so
    words no paper uses do not leave the question unanswerable."""
    reply = answer(question, papers(PAPERS), tokenizer, date(2017, 3, 15))
    assert reply.answered and "Fairhurst" in reply.answer[:40], reply.answer
