""""Which doctor ...?" asks for a person who is a clinician, as "who" asks for a person: the word is no
topic (every "Dr" in the papers would otherwise share a third of the question), and a manager named by
initials or a lay member is no answer."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Wexbury STP: who leads what

| Workstream | SRO | Clinical lead | Programme manager |
| --- | --- | --- | --- |
| Urgent care | Ruth Allardyce | Dr Omar Haddad | k.penrose |
| Shared care record | Neil Barstow | Vacant | j.ogundipe |
| Mental health | Dr Sian Pryce | Dr Leo Marchbank | t.weller |

Clinical Reference Group

The Clinical Reference Group is chaired by Dr Anwen Lusk, GP and clinical chair of Wexbury CCG.
"""


@pytest.fixture
def index(papers):
    return papers({"leads.md": PLAN, **OTHER_PAPERS})


def test_which_doctor_is_answered_by_a_doctor(index) -> None:
    reply = answer("Which doctor is the clinical lead for urgent care?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Omar Haddad"), reply.answer


@pytest.mark.parametrize("question", ["Which doctor is steering the shared care record work?",
                                      "Which clinician advises the shared care record work?"])
def test_no_doctor_named_for_the_work_is_no_answer(index, question: str) -> None:
    """The record's clinical lead post is vacant: no other doctor, and not its manager, answers."""
    reply = answer(question, index, Tokenizer())
    assert not (reply.answered and any(n in reply.answer[:80] for n in ("Haddad", "Marchbank", "Lusk", "Pryce", "ogundipe"))), reply.answer


def test_the_kind_of_person_asked_is_no_topic_word(papers, tokenizer) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon
    a = analyse("Which doctor is steering the shared care record work?", lexicon(papers({"leads.md": PLAN, **OTHER_PAPERS}), tokenizer))
    assert a.clinician_asked and tokenizer.stem("doctor") not in a.terms and tokenizer.stem("record") in a.terms
