"""A programme that is a paper of its own ("Breathe Well: Respiratory Pathway Delivery Plan") named in a window
question ("anything due on breathe well this qtr?") is that paper's items alone, not all that falls due."""

from datetime import date

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

BREATHE = ("Breathe Well: Respiratory Pathway Delivery Plan 2017-19\n\nAction plan\n\n"
           "Ref\tAction\tLead\tMilestone\tDue\n"
           "RW5\tInhaler technique checks by community pharmacists\tLorna Vickerstaff\t40 pharmacies claiming\t31/07/2017\n"
           "RW9\tStop smoking in hospital\tBilal Qureshi\tOpt-out referral live in both hospitals\tQ2 2017/18\n"
           "RW11\tAsthma-friendly schools\tCressida Wolstenholme\t60 schools signed up\tDec-17\n")
OUTPATIENTS = ("Outpatient Transformation Tracker\n\nSchemes\n\n"
               "Ref\tScheme\tOwner\tMilestone\tDue date\n"
               "OP3\tVirtual fracture clinic\tDanielle Kettering\tVirtual fracture clinic live; clinical board update\t1 August 2017\n"
               "OP5\tWell-being clinics\tDanielle Kettering\tClinical board signs off the well-being clinics\t15 September 2017\n"
               "OP4\tPatient-initiated follow-up\tDanielle Kettering\tFollow-up booking live\t30 June 2017\n")


@pytest.mark.parametrize("question", ["anything due on breathe well this qtr? doing the clinical board update",
                                      "What is due on Breathe Well this quarter?"])
def test_a_window_asked_of_a_paper_named_programme_lists_its_items(papers, question: str) -> None:
    from tests.conftest import OTHER_PAPERS

    index = papers({"breathe_well.txt": BREATHE, "outpatients.txt": OUTPATIENTS, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer(), date(2017, 8, 10))
    assert reply.answered and "Inhaler technique" in reply.answer and "Opt-out referral" in reply.answer, reply.answer
    assert "fracture" not in reply.answer, reply.answer


def test_a_window_naming_no_programme_lists_all_that_falls_due(papers) -> None:
    from tests.conftest import OTHER_PAPERS

    index = papers({"breathe_well.txt": BREATHE, "outpatients.txt": OUTPATIENTS, **OTHER_PAPERS})
    reply = answer("what is due this quarter?", index, Tokenizer(), date(2017, 8, 10))
    assert reply.answered and "fracture" in reply.answer and "Inhaler technique" in reply.answer, reply.answer


def test_all_that_falls_due_fits_no_question_naming_a_papers_programme(papers, tokenizer) -> None:
    """Beside the paper's own items, the list of everything due is no answer (it fits the form not at all)."""
    from tests.conftest import OTHER_PAPERS
    from bot.answering.candidates.milestones import _window_candidates
    from bot.answering.pipeline import context_for

    index = papers({"breathe_well.txt": BREATHE, "outpatients.txt": OUTPATIENTS, **OTHER_PAPERS})
    ctx = context_for("anything due on breathe well this qtr? doing the clinical board update", index, tokenizer,
                      date(2017, 8, 10), 1000, None)
    found = list(_window_candidates(ctx, ctx.analysis.window))
    everything = [c for c in found if "fracture" in c.answer]
    assert everything and all(c.fits_form == -1.0 for c in everything), [(c.answer[:80], c.fits_form) for c in found]
