"""A person named with who they are, then the post they take up: "Gwilym Pryce, Director of Estates at
Wend General Hospital, will be Estates lead from 1 May 2017" holds that post, as "..., is appointed SRO"
does, and so does "..., is SRO from 1 April 2017"; an action log's row that names a post to be filled ("Find an Estates lead") does not give its owner
that post."""

from datetime import date

import pytest

from bot.answering.pipeline import answer
from bot.records.people import people_in
from bot.reading.files import read_document
from tests.conftest import OTHER_PAPERS

MINUTES = """Harbury STP Programme Board minutes, 16 March 2017

3. Action log
No.\tAction\tOwner\tDue
A17-07\tFind an Estates lead among the partners\tGideon Farrant\t16/03/2017

7. E3 Estates lead
Gwilym Pryce-Adams, Director of Estates at Wend General Hospital NHS Trust, will be Estates lead from 1 May 2017.
Ann Leyton, Chief Executive, will be presenting the plan on 3 May.

8. E4 Digital SRO
Tomos Rees-Varga, Director of Strategy and Transformation, MCH, is SRO for E4 Digital from 1 April 2017.
Ruth Daley, Chief Nurse, is responsible for the quality impact assessment.
"""


@pytest.fixture
def found(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES)
    return [(p["name"], p["role"]) for p in people_in(read_document(path, 10**7), {}, lambda doc, line, section: {})]


def test_the_post_taken_up_is_read(found) -> None:
    assert ("Gwilym Pryce-Adams", "Estates lead") in found, found


def test_a_post_named_without_an_article_is_read(found) -> None:
    """"..., is SRO for E4 Digital from 1 April 2017": the post as "is the SRO" or "is appointed SRO" gives it;
    "is responsible for" names no post."""
    assert ("Tomos Rees-Varga", "SRO for E4 Digital") in found, found
    assert not [role for name, role in found if name == "Ruth Daley" and "responsible" in role.lower()], found


def test_presenting_is_no_post(found) -> None:
    assert not [role for name, role in found if name == "Ann Leyton" and "present" in role.lower()], found


def test_the_post_holder_not_the_action_owner_answers(papers, tokenizer) -> None:
    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    reply = answer("Who is the Estates lead for the STP now?", index, tokenizer, date(2017, 5, 15))
    assert reply.answered and reply.answer.startswith("Gwilym Pryce-Adams"), reply.answer


def test_whose_job_an_action_is_is_still_its_owner(papers, tokenizer) -> None:
    index = papers({"minutes.txt": MINUTES, **OTHER_PAPERS})
    reply = answer("Whose job is it to find an Estates lead among the partners?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Gideon Farrant"), reply.answer
