"""Minutes that name an action's owner only by post ("Medical Director (Fellside)") answer "who?" with the
person the same paper's attendance list gives that post, cited where the name is written."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

MINUTES = """Wexbury STP Partnership Board, minutes of 19 January 2017

Attendance record

| Role | Name | Attendance |
| --- | --- | --- |
| Independent Chair | Margaret Ellery | Present |
| Medical Director, Fellside | Dr Gwen Llewellyn-Hart | Present |
| Director of Finance, Wexbury FT | Ravi Pemberton | Present |
| Director of Finance, Harle Hospitals | Susan Abbot | Apologies |
| Director of HR, Fellside | Beverley Onu | Apologies |

Action log

| Ref | Action | Owner | Due |
| --- | --- | --- | --- |
| PB17/02 | Bring premises options for the crisis cafe to the Board | Medical Director (Fellside) | by the March Board |
| PB17/04 | Circulate a savings recovery note | Director of Finance | 28/02/2017 |
| PB17/05 | Confirm the bank staff rota | Dr Amos Kettle Director of Nursing, Fellside | 31/03/2017 |
"""


@pytest.fixture
def minutes(papers):
    return papers({"minutes.md": MINUTES, **OTHER_PAPERS})


def test_an_owner_named_by_post_is_the_person_listed_in_it(minutes) -> None:
    reply = answer("Who was actioned to bring premises options for the crisis cafe to the Board?", minutes, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Gwen Llewellyn-Hart (Medical Director (Fellside))"), reply.answer
    assert any(c.quote == "Dr Gwen Llewellyn-Hart" for c in reply.citations), reply.citations


@pytest.mark.parametrize("question, not_named", [
    ("Who owns the action to circulate a savings recovery note?", ("Ravi Pemberton", "Susan Abbot")),  # two hold that post
    ("Who has to confirm the bank staff rota?", ("Beverley Onu", "Gwen Llewellyn-Hart")),  # the cell names its person
])
def test_no_one_else_is_named_for_a_post(minutes, question: str, not_named: tuple[str, ...]) -> None:
    reply = answer(question, minutes, Tokenizer())
    assert not any(name in reply.answer for name in not_named), reply.answer


CASE = """Outline business case: the Wexbury urgent care hub

Key milestones

| Ref | Milestone | Target date | Accountable |
| --- | --- | --- | --- |
| M2 | Public engagement on the clinical model | Spring 2017 | Communications lead |
| M3 | Planning permission for the hospital extension | end of June 2017 | Estates lead |

Appendix A: who holds each role

| Role | Name | Title and organisation |
| --- | --- | --- |
| Estates lead | Fenella Markham | Director of Estates, Wexbury FT |
| Communications lead | Idris Polworth | Head of Communications, Wexbury CCG |
"""


@pytest.mark.parametrize("question, person", [
    ("Who is accountable for securing planning permission for the hospital extension?", "Fenella Markham"),
    ("who's running public engagement on the clinical model?", "Idris Polworth"),
])
def test_a_milestones_accountable_post_is_the_person_the_appendix_names(papers, question: str, person: str) -> None:
    """A milestone table names each milestone's accountable post; the appendix says who holds it. An
    "Accountable" column is a person's, as "Owner" or "Lead" is."""
    reply = answer(question, papers({"case.md": CASE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer
    assert any(c.quote == person for c in reply.citations), reply.citations


PLAN_BY_POST = """Wexbury prevention plan, programme board 14 December 2016

Programmes and who leads them

| Item | Lead | Clinical champion |
| --- | --- | --- |
| PP1 Smokefree Wexbury | Director of Public Health, Wexbury City Council | Dr Fergus Amberley |
| PP2 Social prescribing connectors | Chief Officer, NHS Harle Vale CCG | Dr Hannah Linwood |
"""

STRATEGY_SIGNATORIES = """Wexbury joint carers strategy 2017-2020, consultation draft

Signatories

| Organisation | Name | Post |
| --- | --- | --- |
| Wexbury City Council | Dr Imogen Sayle | Director of Public Health |
| NHS Harle Vale CCG | Graham Stallbridge | Chief Officer |
| NHS Wexbury CCG | Petra Oduya | Chief Officer |
"""


@pytest.mark.parametrize("question, person, champion", [
    ("Who leads the social prescribing connectors programme (PP2)?", "Graham Stallbridge", "Hannah Linwood"),
    ("Who leads PP1, Smokefree Wexbury?", "Dr Imogen Sayle", "Fergus Amberley"),
])
def test_a_lead_shown_by_post_is_its_holder_in_another_papers_list_not_the_rows_other_role(papers, question: str, person: str,
                                                                                            champion: str) -> None:
    """A plan showing its leads by post beside a clinical champion by name: the champion holds another role
    (the columns are two people), and who holds the post is in another paper's signatories, organisation
    and post in cells of their own."""
    index = papers({"plan.md": PLAN_BY_POST, "strategy.md": STRATEGY_SIGNATORIES, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer
    assert not reply.answer.startswith(f"Dr {champion}") and any(c.quote == person for c in reply.citations), reply.citations
