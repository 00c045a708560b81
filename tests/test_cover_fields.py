"""A cover sheet's fields ("Meeting Date:", "Report Author:") are facts about the paper they head: a
question naming the paper's meeting or report reaches them, and a question about something inside the
paper is still answered from where the paper says it."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

COVER = """Wyvern CCG Governing Body
Meeting in Public

Report Title:\tWyvern Integrated Care Strategy - Progress Report\tAgenda No:\t5.2
Meeting Date:\t4 March 2025\t\t
Summary of Report:\tThis paper updates the Wyvern CCG Governing Body on the integrated care strategy and the consultation on it.\t\t
Report Author:\tPriya Castellano, Head of Strategy\t\t

1. Background
The integrated care strategy was first drafted in the autumn. A public consultation ran for twelve weeks and closed in January.
Over four hundred responses were received and are summarised in the annex to this paper.
2. Next steps
The strategy will be refreshed each year and brought back to the governing body.
"""


@pytest.mark.parametrize(("question", "expected"), [
    ("When did the Wyvern governing body meet to get the integrated care strategy progress report?", "4 March 2025"),
    ("Who is the report author of the Wyvern integrated care strategy progress report?", "Priya Castellano"),
    ("When did the Wyvern consultation on the integrated care strategy close?", "January"),
])
def test_cover_sheet_fields_answer_for_their_paper(papers, question: str, expected: str) -> None:
    index = papers({"wyvern_gb.txt": COVER, "other.txt": "Other paper\nThe estates board meets monthly.\n"})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and expected in reply.answer.split("(")[0], reply.answer


PLANS = """Local Delivery Plans

Wyvern Local Delivery Plan
Wyvern will open two urgent treatment centres during 2025.

Orrinmouth Local Delivery Plan
Orrinmouth will merge its two community trusts by April 2026.
"""


@pytest.mark.parametrize(("place", "answered"), [
    ("Wyvern", True),  # addressed to the asked area's bodies: that area's paper
    ("Orrinmouth", False),  # another area's paper answers nothing about Wyvern
])
def test_a_paper_addressed_to_one_area_is_that_areas_paper(papers, place: str, answered: bool) -> None:
    """A question naming a plan area is answered from that area's pages; a paper none of whose pages sit
    under a plan's heading still belongs to the one area its opening names."""
    index = papers({"plans.txt": PLANS, "gb.txt": COVER.replace("Wyvern", place)})
    reply = answer("When did the Wyvern governing body meet to get the integrated care strategy progress report?",
                   index, Tokenizer())
    assert reply.answered is answered, reply.answer
    assert not answered or "4 March 2025" in reply.answer.split("(")[0]


GRID = """Engagement plan for the councils

Democratic engagement, by place
West Lancashire: Cllr Kevin Sample (portfolio holder for health) is to be briefed on 8 November.
Orrinmouth: Cllr Jo Other (portfolio holder for health) is to be briefed on 9 November.
"""


@pytest.mark.parametrize(("place", "expected"), [("West Lancashire", "Kevin Sample"), ("Orrinmouth", "Jo Other")])
def test_a_line_naming_one_area_is_that_areas_line(papers, place: str, expected: str) -> None:
    """A county-wide paper's line that names one place is about that place, though no plan heading says so."""
    plans = PLANS.replace("Wyvern", "West Lancashire")
    index = papers({"plans.txt": plans, "engagement.txt": GRID})
    reply = answer(f"Who is the portfolio holder for health that {place} is briefing?", index, Tokenizer())
    assert reply.answered and expected in reply.answer.split(":")[0], reply.answer


def test_a_job_title_run_on_from_a_name_is_not_part_of_it(papers) -> None:
    """Cover sheets write "Presented By: Mrs Dana Okoro Director of Strategy" with no comma: the
    honorific says a person is named, and the job title after the name is not part of it."""
    cover = COVER.replace("Report Author:\tPriya Castellano, Head of Strategy",
                          "Presented By:\tMrs Dana Okoro Director of Population Strategy & Transformation")
    index = papers({"wyvern_gb.txt": cover, **OTHER_PAPERS})
    reply = answer("Who presented the Wyvern integrated care strategy progress report?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Mrs Dana Okoro"), reply.answer
