"""A short form asked for by what it names ("the triage system ... goes by an acronym - what is it in
full?"): the line the question finds writes the short form beside the thing, and the papers' own key
spells it out; both are cited. A question naming the letters is a definition's; a description the
papers do not write finds nothing to spell."""

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

PLAN = """Wyvern plan on a page 2026/27
Start Well
Maternity triage (BSOTS) live at Harbour Royal Hospital by June 2026.
Three continuity of carer teams in Eastmoor.
Abbreviations: BSOTS - Birmingham Symptom-specific Obstetric Triage System; CDC - community diagnostic centre; MSSP - Maternity Safety Support Programme
"""


@pytest.fixture
def plan(papers):
    return papers({"plan_on_a_page.txt": PLAN, **OTHER_PAPERS})


@pytest.mark.parametrize("question", ["The maternity triage system at Harbour Royal Hospital goes by an acronym - what is it in full?",
                                      "what does the five-letter term for maternity triage at harbour royal stand for?"])
def test_a_short_form_described_is_spelled_out_from_the_papers_key(plan, question: str) -> None:
    reply = answer(question, plan, Tokenizer())
    assert reply.answered and reply.answer.startswith("BSOTS stands for Birmingham Symptom-specific Obstetric Triage System"), reply.answer
    quotes = [c.quote for c in reply.citations]
    assert "BSOTS - Birmingham Symptom-specific Obstetric Triage System" in quotes, quotes  # the key's own line
    assert any("Maternity triage (BSOTS)" in q for q in quotes), quotes  # and the line using it


def test_a_thing_the_papers_do_not_describe_gets_no_short_form(plan) -> None:
    reply = answer("The cardiology pathway in Westvale goes by an acronym - what is it in full?", plan, Tokenizer())
    assert not reply.answered, reply.answer


def test_the_words_asking_for_a_short_form_are_no_topic(plan, tokenizer) -> None:
    a = analyse("what does the three-letter acronym for maternity triage stand for?", lexicon(plan, tokenizer))
    assert not {tokenizer.stem(w) for w in ("three", "letter", "acronym")} & set(a.terms)
    assert tokenizer.stem("triage") in a.terms


def test_a_roles_short_form_asked_what_it_stands_for_is_defined_not_held(papers) -> None:
    """"What does SRO stand for?" asks the words, not who holds the post: the paper's key answers."""
    from bot.answering.pipeline import answer
    from bot.textnorm import Tokenizer
    from tests.conftest import OTHER_PAPERS

    key = ("How to read the driver diagram\n"
           "SRO: Senior Responsible Owner, accountable to the Partnership Board for the programme.\n"
           "Home First: SRO: Harriet Quinn; Clinical lead: Dr Ambrose Fitz.\n")
    reply = answer("what does SRO stand for on the driver diagram?", papers({"diagram.txt": key, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "Senior Responsible Owner" in reply.answer[:200] and "Harriet" not in reply.answer[:100], reply.answer
