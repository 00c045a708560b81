"""Short forms staff write that no paper does: a local body's initials ("QTH" for "Quarrendon Teaching
Hospitals", read off the passages the question's other words find), and the NHS's own ("RN")."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.short_forms import _most_written
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

WORKFORCE = """Quarrendon and Hale Moss workforce summary, September 2018

Measure\tQuarrendon Teaching Hospitals NHS FT\tHale Moss Community Health NHS Trust\tTotal
Registered nurse vacancies (WTE)\t214\t87\t301
Medical vacancies (WTE)\t38\t6\t44

Quarrendon Teaching Hospitals opens its new building on 4 March 2019.
Hale Moss Community Health opens its new building on 12 June 2019.
"""


@pytest.fixture
def summary(papers):
    return papers({"workforce_summary.txt": WORKFORCE, **OTHER_PAPERS})


@pytest.mark.parametrize("question, expected, not_expected", [
    ("RN vacancies at QTH - how many WTE?", "214", "87"),
    ("when does QTH open its new building?", "4 March 2019", "12 June 2019"),
    ("when does HMCH open its new building?", "12 June 2019", "4 March 2019"),
])
def test_a_bodys_initials_are_read_as_its_name(summary, question: str, expected: str, not_expected: str) -> None:
    reply = answer(question, summary, Tokenizer())
    assert reply.answered and expected in reply.answer[:200] and not_expected not in reply.answer[:120], reply.answer


@pytest.mark.parametrize("texts, short, name", [
    (["Quarrendon Teaching Hospitals NHS FT", "the Quarrendon Teaching Hospitals site"], "qth", "Quarrendon Teaching Hospitals"),
    (["Director of Public Health for Lindmere"], "dph", "Director Public Health"),  # "of" joins, spells no letter
    (["Quarrendon Teaching Hospitals", "Queen Tower House"], "qth", None),  # as often as each other: neither
    (["Queen Tower Hall", "Quarrendon Teaching Hospitals", "Quarrendon Teaching Hospitals"], "qth", "Quarrendon Teaching Hospitals"),
    (["quarrendon teaching hospitals"], "qth", None),  # no capitals: no name
    (["ELC-02 | Virtual fracture clinic live", "Virtual fracture clinic - Qtr 3"], "vfc", "Virtual fracture clinic"),  # capital first
])
def test_the_name_a_short_form_spells_is_the_one_written_most(texts: list[str], short: str, name: str | None) -> None:
    assert _most_written(texts, short) == name


@pytest.mark.parametrize("texts, short, name", [
    (["1,465 to 1,372 general and acute beds by 2020/21"], "ga", "general acute"),
    (["21,600 people work in health and social care"], "hsc", "health social care"),
    (["general acute beds"], "ga", None),  # no "and" between: not what "G&A" says
    (["Finance and Performance Committee", "finance and planning"], "fp", "Finance Performance"),  # a name first
    (["a general point and a wider one"], "ga", None),  # "a" is no word of a phrase
])
def test_ampersand_initials_read_a_lower_case_phrase_joined_by_and(texts: list[str], short: str, name: str | None) -> None:
    """"G&A beds" is "general and acute beds": the ampersand says the words are joined by "and", so a
    phrase in lower case spelled so is the short form's name when no capitalised name is."""
    assert _most_written(texts, short, joined=True) == name


PLAN = """Delivery plan summary, October 2016

Scheme\tSRO\tClinical lead
Neighbourhood Care Teams\tGwen Archer\tDr Raff Osei
Urgent Care Redesign\tIda Strand\tDr Ima Voss

Milestone tracker
ID\tScheme\tMilestone\tLead
NCT-01\tNeighbourhood Care Teams\tLocality model agreed\tHester Gall
UCR-01\tUrgent Care Redesign\tConsultation closes\tIda Strand
"""


@pytest.mark.parametrize("question", ["who's SRO for NCT? need them on the locality paper", "who is the SRO for the NCTs?"])
def test_initials_the_papers_write_only_as_a_references_letters_still_spell_the_name(papers, question: str) -> None:
    """"NCT-01" writes NCT, but only as a code: the SRO for NCT (or the NCTs) is on the row that spells it out."""
    reply = answer(question, papers({"plan.txt": PLAN}), Tokenizer())
    assert reply.answered and "Gwen Archer" in reply.answer[:120], reply.answer
