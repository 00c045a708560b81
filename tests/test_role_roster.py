""""Who are the SROs of the programmes?" asks for every holder of the post across the plan, not the one a
row names; a question naming one programme ("the clinical lead for mental health") is not such a list,
and a person's record running on into the next field ("; Clinical lead: Dr X") never makes them hold it."""

import pytest

from bot.answering.candidates.role_roster import role_roster
from bot.answering.pipeline import answer, context_for
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LEADERSHIP = """Brackwater programme leadership

Urgent & Emergency Care programme
SRO: Graham Tollard, Chief Operating Officer; Clinical lead: Dr Farida Okoro

Planned Care programme
SRO: Alison Pennick, Chief Officer; Clinical lead: Mr Declan Shore

Mental Health programme
SRO: Jonathan Veale, Chief Executive; Clinical lead: Dr Anjali Morrow
"""

SROS = ("Graham Tollard", "Alison Pennick", "Jonathan Veale")
CLINICAL_LEADS = ("Farida Okoro", "Declan Shore", "Anjali Morrow")


@pytest.fixture
def brackwater(papers):
    return papers({"leadership.txt": LEADERSHIP, **OTHER_PAPERS})


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("Who are the SROs of the three programmes?", SROS, CLINICAL_LEADS),
    ("can someone list the programme SROs? for the delivery group invite", SROS, CLINICAL_LEADS),
    ("Who are the clinical leads of the workstreams?", CLINICAL_LEADS, SROS),
    ("list all the programme clin leads pls", CLINICAL_LEADS, SROS),
])
def test_every_holder_of_the_post_is_listed(brackwater, question: str, wanted: tuple[str, ...], not_wanted: tuple[str, ...]) -> None:
    reply = answer(question, brackwater, Tokenizer())
    assert reply.answered, reply.answer
    assert all(name in reply.answer for name in wanted), reply.answer
    assert not any(name in reply.answer for name in not_wanted), reply.answer


def test_one_programme_named_is_its_holder_alone(brackwater) -> None:
    reply = answer("Who is the clinical lead for the Mental Health programme?", brackwater, Tokenizer())
    assert reply.answered and "Anjali Morrow" in reply.answer, reply.answer
    assert not any(name in reply.answer for name in ("Farida Okoro", "Declan Shore")), reply.answer


@pytest.mark.parametrize("question", [
    "What milestones are listed for the Planned Care SRO's programme?",  # a post named to say whose
    "Who is the SRO for Planned Care?",  # one programme's
    "Who are the chairs of the programme boards?",  # a post held once a body, not once a programme
])
def test_no_list_of_holders_is_asked(brackwater, question: str) -> None:
    ctx = context_for(question, brackwater, Tokenizer(), None, 1000, None)
    assert list(role_roster(ctx)) == []


def test_a_list_of_holders_is_asked(brackwater) -> None:
    ctx = context_for("Who are the SROs of the programmes?", brackwater, Tokenizer(), None, 1000, None)
    assert [c.source for c in role_roster(ctx)] == ["roster"]


# A return whose table gives each priority's holders in columns headed by the post, each cell a name with who
# they are; prose elsewhere names one of them again.
PRIORITY_TABLE = """Fernbrook STP return: priorities and leadership

| Code | Priority | Senior Responsible Owner | Clinical lead |
| --- | --- | --- | --- |
| P1 | Healthy Lives | Maud Earnshaw, Director of Public Health, Fernbrook Council | Dr Ilse Varney, GP, Fernbrook CCG |
| P2 | Care Closer to Home | Nathan Quill, Accountable Officer, Fernbrook CCG | Dr Owain Brandt, GP and Clinical Chair |
| P3 | Urgent Care | Greta Hollis, Chief Operating Officer, Fernbrook FT | Dr Rafe Mendes, Consultant in Emergency Medicine |

Dr Ilse Varney remains clinical lead for Healthy Lives.
"""
TABLE_LEADS = ("Ilse Varney", "Owain Brandt", "Rafe Mendes")
TABLE_SROS = ("Maud Earnshaw", "Nathan Quill", "Greta Hollis")


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("Who are the clinical leads of the three priorities?", TABLE_LEADS, TABLE_SROS),
    ("can someone list the clin leads for all 3 priorities?", TABLE_LEADS, TABLE_SROS),
    ("Who are the SROs for the priorities?", TABLE_SROS, TABLE_LEADS),
])
def test_a_column_headed_by_the_post_gives_every_holder(papers, question: str, wanted: tuple[str, ...],
                                                         not_wanted: tuple[str, ...]) -> None:
    index = papers({"return.md": PRIORITY_TABLE, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered, reply.answer
    assert all(name in reply.answer for name in wanted), reply.answer
    assert not any(name in reply.answer for name in not_wanted), reply.answer
    assert "Urgent Care" in reply.answer  # each holder said with the part they hold the post for
