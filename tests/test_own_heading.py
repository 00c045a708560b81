"""A passage's title is no answer to a "what" question: "Key milestones, Owners, Risks" names what follows it
and says nothing of it, though it shares the question's word."""

import pytest

from bot.answering.analysis import Analysis
from bot.answering.candidates import Candidate
from bot.answering.eligibility import blocked


def _sentence(main: str, section: str, area: str | None = None) -> Candidate:
    context = " ".join(filter(None, (section, area)))
    return Candidate(source="sentence", main=main, context=context, area=area, answer=main, citations=[],
                     features={"topic_main": 1.0, "missing": 0.0, "novelty": 1.0})


@pytest.mark.parametrize(("main", "section", "area", "ruled_out"), [
    ("Central Lancashire Key milestones, Owners, Risks 1/2", "Annexes › Central Lancashire Key milestones, Owners, Risks 1/2",
     "Central Lancashire", True),
    ("Governance and risks", "Plan › Governance and risks", None, True),
    ("Risks are reviewed each quarter by the Audit Committee.", "Plan › Governance and risks", None, False),  # a line under it
    ("Governance", "Plan › Governance and risks", None, False),  # only part of the title: another line
])
def test_a_passage_title_is_no_answer_to_what(main: str, section: str, area: str | None, ruled_out: bool) -> None:
    analysis = Analysis(text="what about risks?", wants=("text",), terms={"risk": 1.0})
    assert blocked(_sentence(main, section, area), analysis) is ruled_out
