"""A register that writes a scheme's leadership in one column, "SRO / Clinical lead / Programme manager",
each person by an initial and surname in the order the label names their roles."""

import pytest

from bot.answering.candidates.slashed_roles import role_part
from bot.answering.pipeline import answer
from bot.records.header_rows import header_labels, slashed_parts
from bot.records.names import person_name
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

REGISTER = """Harbour STP - scheme register
Ref\tScheme and aim\tPlace\tSRO / Clinical lead / Programme manager\tGo-live
HB1\tFrailty Assessment Unit : same-day assessment of frail older people\tHarbour City\tP Wainscott-Obi / Dr A Kittredge / S Lowther\tWinter 2017/18
HB2\tDiabetes Prevention : referrals from every practice\tHarbour Vale\tDr H Blackledge / Dr T Mwangi-Rourke / I Quenby\tby Easter 2018
HB3\tSingle Pathology Network : one hub laboratory\tSystem-wide\tC Aldersey-Nkemelu / vacant / R Eccleston\t2019/20
"""


def test_a_label_of_labels_joined_by_slashes_is_one_column_label() -> None:
    assert header_labels("Ref\tScheme and aim\tPlace\tSRO / Clinical lead / Programme manager\tGo-live") == [
        "Ref", "Scheme and aim", "Place", "SRO / Clinical lead / Programme manager", "Go-live"]
    assert slashed_parts("24/7 service") is None and slashed_parts("2017/18") is None


@pytest.mark.parametrize(("roles", "person"), [
    (["sro"], "P Wainscott-Obi"), (["clinical lead"], "Dr A Kittredge"), (["programme manager"], "S Lowther"),
    (["lead"], None),  # a role as broad as "lead" picks no part
    (["chair"], None),  # nor a role the label does not name
])
def test_the_person_in_the_asked_roles_place_holds_it(roles: list[str], person: str | None) -> None:
    held = role_part("SRO / Clinical lead / Programme manager", "P Wainscott-Obi / Dr A Kittredge / S Lowther", roles)
    assert (held[0] if held else None) == person


@pytest.mark.parametrize(("text", "name"), [
    ("P Wainscott-Obi", "P Wainscott-Obi"), ("Dr T Mwangi-Rourke", "Dr T Mwangi-Rourke"), ("C. Aldersey", "C. Aldersey"),
    ("A Review", None),  # a word the papers write in lower case is no surname
    ("Q Board", None),  # nor a body's word
])
def test_a_cell_of_an_initial_and_a_surname_names_a_person(text: str, name: str | None) -> None:
    assert person_name(text, frozenset({"review"})) == name


@pytest.mark.parametrize(("question", "person", "not_person"), [
    ("Who is the clinical lead for the HB2 Diabetes Prevention scheme?", "Mwangi-Rourke", "Blackledge"),
    ("Who is the SRO for the Frailty Assessment Unit?", "Wainscott-Obi", "Kittredge"),
    ("Who is the programme manager for the Single Pathology Network?", "Eccleston", "Aldersey-Nkemelu"),
])
def test_a_register_answers_with_the_person_in_the_asked_roles_place(papers, question: str, person: str, not_person: str) -> None:
    reply = answer(question, papers({"register.txt": REGISTER, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and person in reply.answer.split("(")[0] and not_person not in reply.answer.split("(")[0], reply.answer


PLAN = """Harbour STP: our first 100 days as a shadow ICS
Workstream\tBy Day 30\tBy Day 60\tBy Day 100\tLead
Governance\tShadow ICS Board terms of reference agreed\tMemorandum signed by all partners\tFirst shadow ICS Board meeting held in public\tOttilie Bramhall
Workforce\tSystem workforce group set up\tShared staff bank rates agreed\tJoint campaign to recruit district nurses launched\tLavinia Strudwick
Digital\tInformation sharing agreement signed\tCare record readiness review\tBenefits baseline published\tIdony Kershaw
"""


def test_the_row_a_question_names_by_its_key_is_the_row_asked_about(papers) -> None:
    """"Who leads the workforce workstream of the shadow ICS plan?": the Workforce row, though the
    Governance row's cells share more of the question's other words ("shadow ICS")."""
    reply = answer("Who leads the workforce workstream of the shadow ICS 100-day plan?", papers({"plan.txt": PLAN, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Lavinia Strudwick"), reply.answer
