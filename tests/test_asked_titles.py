"""A thing the question calls by its capitalised name must be where the answer stands: "who leads the
Transforming Care Partnership?" is not answered by the lead of another programme that shares "care"."""

import pytest

from bot.answering.asked_titles import asked_titles, misses_name
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Delivery plan 2017/18

Initiative\tSenior Responsible Owner\tKey milestone
Care Partnership Hubs\tPriya Sample, Director of Nursing\tCare home in-reach live - Q2 2017/18
Integrated Neighbourhood Care\tGareth Sample, Chief Officer\tTwelve teams mobilised - 31/03/2018
Prevention at Scale\tHalima Sample, Director of Public Health\tWorkplace charter launched - April 2017
"""

LD = """Learning disabilities

Learning disabilities are taken forward through the Transforming Care Partnership plan, submitted separately.
"""


def test_a_named_thing_no_one_is_named_for_is_left_unanswered(papers) -> None:
    index = papers({"plan.txt": PLAN, "ld.txt": LD, **OTHER_PAPERS})
    reply = answer("Who leads the Transforming Care Partnership for learning disabilities?", index, Tokenizer())
    assert not reply.answered, reply.answer


def test_a_named_thing_someone_leads_is_answered(papers) -> None:
    index = papers({"plan.txt": PLAN, "ld.txt": LD, **OTHER_PAPERS})
    reply = answer("Who is the SRO for Integrated Neighbourhood Care?", index, Tokenizer())
    assert reply.answered and "Gareth Sample" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "names"), [
    ("Who leads the Transforming Care Partnership for learning disabilities?", [("Transforming", "Care", "Partnership")]),
    ("When does Out of Hospital Care start?", [("Out", "of", "Hospital", "Care")]),
    ("When is Phase 1 of Unified Procurement due?", [("Unified", "Procurement")]),  # a number ends a name
    ("Who will lead the Transfer of Care Hub in the UEC Winter Plan 2026/27?", [("Transfer", "of", "Care", "Hub")]),
    ("What was the opening date in the Outline Business Case?", []),  # where it is said, not what is asked of
    ("Who brought the plan to the Finance and Performance Committee?", []),
    ("Who is the Senior Responsible Officer for cancer?", []),  # a post, asked for as such
    ("What does the Programme Board do?", []),  # only words for a kind of body
    ("Since Dr Hugh Ransome retired, who leads?", []),  # a person
    ("Kestle Vale Shared Care Record phase 1 slipped - when to?", []),  # a name of proper words, read as such
])
def test_what_is_read_as_a_name(question: str, names: list[tuple[str, ...]]) -> None:
    assert asked_titles(question, lambda w: w not in {"kestle", "hugh", "ransome"}) == names


@pytest.mark.parametrize(("own", "around", "missed"), [
    ("The Transforming Care Partnership (TCP) plan", "", False),
    ("TCP plan sent 30/01/2017", "", False),  # its initials
    ("Care home in-reach live", "Sustainability and Transformation Plan - Health and Care Partnership", True),  # words apart
    ("Leadership & OD workstream", "", False),  # its words, one in shorthand the papers spell out
])
def test_where_a_name_is_written(own: str, around: str, missed: bool) -> None:
    title = ("Transforming", "Care", "Partnership") if "Leadership" not in own else ("Leadership", "and", "Organisational", "Development")
    assert misses_name(title, f"{own} {around}", own, Tokenizer(), {"od": "organisational development"}) is missed
