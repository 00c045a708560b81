"""The plan's programmes asked for as a list: the names whose short forms lead its items' numbers
("HN1", "UEC2"), spelled as the papers define them and cited where they do, though no paper lists them."""

import pytest

from bot.answering.pipeline import answer, context_for
from bot.answering.candidates.programme_list import programme_list
from bot.textnorm import Tokenizer

OVERVIEW = (
    "Northmere STP programme overview\n\n"
    "Our programmes are Healthy Lives (HL), Urgent & Emergency Care (UEC) and Hospital Networks (HN).\n\n"
    "Ref\tInitiative\tLead\tDue\n"
    "HL1\tDiabetes prevention programme\tAnn Example\tQ2 2017/18\n"
    "HL2\tAlcohol care team\tAnn Example\tQ3 2017/18\n"
    "UEC1\tUrgent treatment centre at Northmere General\tBob Sample\tQ4 2017/18\n"
    "UEC2\tNHS 111 clinical hub\tBob Sample\tQ1 2018/19\n"
    "HN1\tStroke services review\tCal Person\tQ4 2016/17\n"
    "HN2\tShared pathology network\tCal Person\tQ2 2017/18\n"
)


@pytest.mark.parametrize("question", ["What are the three programmes of the STP?", "can u list the 3 STP progs?",
                                      # the plan's parts in other words: how it is split, its strands or streams of work
                                      "What are the main areas of work the plan is split into?",
                                      "Which main streams of change work does the partnership organise itself into?",
                                      # as many asked as there are: all are asked, whichever the asker names
                                      "what are the 3 STP programmes? full names not just HL, UEC etc"])
def test_the_programmes_are_the_names_their_items_are_numbered_by(papers, question: str) -> None:
    reply = answer(question, papers({"overview.txt": OVERVIEW}), Tokenizer())
    assert reply.answered and reply.answer.startswith(
        "Healthy Lives (HL); Urgent & Emergency Care (UEC); Hospital Networks (HN)"), reply.answer
    assert {c.quote for c in reply.citations} >= {"Healthy Lives", "Urgent & Emergency Care", "Hospital Networks"}


@pytest.mark.parametrize("question", ["What are the five programmes?", "which programmes cover stroke?", "who leads the programmes?"])
def test_no_list_of_programmes_where_the_question_asks_another_thing(papers, tokenizer, question: str) -> None:
    """Five asked and three found, a question about one programme's work, a "who": no such list answers."""
    index = papers({"overview.txt": OVERVIEW})
    if "five" in question:  # (a count the list does not hold: not built at all)
        assert not list(programme_list(context_for(question, index, tokenizer, None, 1000, None)))
    reply = answer(question, index, tokenizer)
    assert not reply.answer.startswith("Healthy Lives (HL); Urgent"), reply.answer


def test_a_name_whose_short_form_leaves_out_its_kind_word_and_a_key_s_code_are_spelled_too(papers) -> None:
    """"Out of Hospital Care (OOH)": the short form spells "Out of Hospital", the name runs on to "Care";
    "PLC = Planned Care workstream": a key's code spells a programme as the key writes it."""
    overview = (
        "Delivery plan\n\n3.2 Out of Hospital Care (OOH)\n\nWorkstream key: PLC = Planned Care workstream; MH = Mental Health workstream\n\n"
        "Ref\tInitiative\tLead\tDue\n"
        "OOH1\tLocality teams\tAnn Example\tQ2 2017/18\nOOH2\tExtended access\tAnn Example\tQ3 2017/18\n"
        "PLC1\tMSK triage\tBob Sample\tQ4 2017/18\nPLC2\tAdvice and guidance\tBob Sample\tQ1 2018/19\n"
    )
    reply = answer("What are the main areas of work the plan is split into?", papers({"overview.txt": overview}), Tokenizer())
    assert reply.answered and "Out of Hospital Care (OOH)" in reply.answer and "Planned Care workstream (PLC)" in reply.answer, reply.answer


REGISTER = (
    "Northmere commissioning intentions 2017-19\n\n"
    "Ref\tCommissioning intention\tProg.\tLead\n"
    "CI-01\tDiabetes prevention: one service across the three CCGs\tHL\tAnn Example\n"
    "CI-02\tAlcohol care team at Northmere General\tHL\tAnn Example\n"
    "CI-03\tUrgent treatment centre at Northmere General\tUEC\tBob Sample\n"
    "CI-04\tNHS 111 clinical hub\tUEC\tBob Sample\n"
    "CI-05\tStroke services review\tHN\tCal Person\n"
    "CI-06\tShared pathology network\tHN\tCal Person\n\n"
    "Key to programmes\n\n"
    "Code\tProgramme\tSRO\n"
    "HL\tHealthy Lives\tAnn Example\n"
    "UEC\tUrgent & Emergency Care\tBob Sample\n"
    "HN\tHospital Networks\tCal Person\n"
)


def test_a_register_numbered_by_its_own_references_files_its_rows_under_a_programme_column(papers) -> None:
    """"CI-03 | ... | UEC": the rows' numbers are the register's own; the "Prog." column names the programmes."""
    reply = answer("What are the three programmes of the STP?", papers({"intentions.txt": REGISTER}), Tokenizer())
    assert reply.answered and reply.answer.startswith(
        "Healthy Lives (HL); Urgent & Emergency Care (UEC); Hospital Networks (HN)"), reply.answer
