"""What a named person holds a post for, read from a table whose columns are posts."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

LEADERSHIP = ("Section C: Leadership of the priorities\n\n"
              "Code\tPriority\tSenior Responsible Owner (SRO)\tClinical lead\n"
              "P1\tHealthy Lives\tMarta Quell, Director of Public Health\tDr Ifan Tallis, GP\n"
              "P4\tElective Care & Cancer\tCrispin Mallory, Director of Commissioning, City CCG\tMr Aurel Fench, Consultant Surgeon\n"
              "P5\tMental Health\tJoan Pell, Chief Executive\tDr Sunni Achter, Consultant Psychiatrist\n")


@pytest.mark.parametrize(("question", "thing", "not_thing"), [
    ("Which priority is Crispin Mallory the Senior Responsible Owner for?", "Elective Care & Cancer", "Mental Health"),
    ("which priority is Dr Sunni Achter the clinical lead for?", "Mental Health", "Healthy Lives"),
])
def test_a_post_by_column_is_held_for_what_its_row_names(papers, question: str, thing: str, not_thing: str) -> None:
    """Naming the person and a post asks what the post is held for (not who holds it): the row's own
    cells that are not people, under the column the post heads."""
    index = papers({"return.txt": LEADERSHIP})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and thing in reply.answer and not_thing not in reply.answer, reply.answer


def test_a_post_asked_of_a_thing_still_asks_who_holds_it(papers) -> None:
    index = papers({"return.txt": LEADERSHIP})
    reply = answer("Who is the SRO for Elective Care & Cancer?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Crispin Mallory"), reply.answer


TWO_POSTS = ("Section C: Leadership\n\n"
             "Workstream\tSenior Responsible Owner (SRO)\tClinical lead\n"
             "Productivity & Back Office (PBO)\tAnselm Carrow, Director of Finance\tn/a\n"
             "Enabler: Estates\tAnselm Carrow, Director of Finance\tn/a\n"
             "Urgent Care (UC)\tJoan Pell, Chief Executive\tDr Sunni Achter\n")


def test_every_post_a_person_holds_by_column_is_listed(papers) -> None:
    """"Which workstreams is X the SRO for?": each row naming them under the SRO's column, all of them."""
    reply = answer("Which workstreams or enablers is Anselm Carrow the SRO for?", papers({"return.txt": TWO_POSTS}), Tokenizer())
    assert reply.answered and "Productivity & Back Office" in reply.answer and "Estates" in reply.answer, reply.answer


def test_the_posts_listed_are_the_posts_the_answer_holds(papers) -> None:
    """The answer listing a person's posts by column holds those posts: asked for an SRO, it is no other role."""
    from bot.answering.candidates import role_in
    from bot.answering.candidates.owners import owned_by
    from bot.answering.pipeline import context_for

    ctx = context_for("Which workstreams is Anselm Carrow the SRO for?", papers({"return.txt": TWO_POSTS}), Tokenizer(), None, 1000, None)
    owned = list(owned_by(ctx))
    assert owned and role_in("sro", owned[0].role_text), [c.role_text for c in owned]


def test_a_person_typed_in_lower_case_is_found_by_their_surname(papers) -> None:
    """"what does kieren mallowby own?": a name typed in lower case, its first part misspelt, is the one
    person the papers name with that surname."""
    plan = ("Delivery plan\n\nRef\tInitiative\tOwner\n"
            "UEC3\tDischarge to Assess on every medical ward\tKieran Mallowby, Director of Adult Social Care\n"
            "UEC4\tNHS 111 clinical hub\tJoan Pell, Chief Executive\n")
    reply = answer("what does kieren mallowby own in the STP?", papers({"plan.txt": plan}), Tokenizer())
    assert reply.answered and "Discharge to Assess" in reply.answer and "(None)" not in reply.answer, reply.answer
    assert "NHS 111" not in reply.answer
