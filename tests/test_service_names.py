"""What staff call a service is read in the papers' words: "the new walk-in centre" and "the minor
injuries unit" for the urgent treatment centre, "start seeing patients" for opening, unless the papers
use the asker's words themselves; "the non-emergency number" for NHS 111."""

import pytest

from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.answering.service_names import in_papers_words
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

UTC_PAPER = ("Urgent care programme update\n"
             "The Dunmere urgent treatment centre will open on 30 June 2017, led by Hattie Ross.\n"
             "The frailty unit at Dunmere Hospital opens in September 2017.\n")
WALK_IN_PAPER = ("Urgent care programme update\n"
                 "The Dunmere urgent treatment centre will open on 30 June 2017, replacing the walk-in centre on Mill Street.\n")


@pytest.mark.parametrize("question, read", [
    ("When will the new walk-in centre in Dunmere start seeing patients?", "When will the urgent treatment centre in Dunmere open?"),
    ("when does the 24/7 walk-in urgent care centre open its doors?", "when does the urgent treatment centre open?"),
    ("When will the minor injuries unit become 24 hours?", "When will the urgent treatment centre become 24 hours?"),
    ("Who runs the new walk-in centre for minor injuries and illness?", "Who runs the urgent treatment centre?"),
    ("When does the frailty unit start taking referrals?", "When does the frailty unit open?"),
    ("When does the frailty unit open?", "When does the frailty unit open?"),  # nothing to read again
    ("when does the frailty unit consultation kick off?", "when does the frailty unit consultation start?"),  # a start, as said
    ("The review kicked off in May; when does it end?", "The review started in May; when does it end?"),
])
def test_everyday_names_are_read_in_the_papers_words(papers, tokenizer: Tokenizer, question: str, read: str) -> None:
    lex = lexicon(papers({"urgent_care.txt": UTC_PAPER, **OTHER_PAPERS}), tokenizer)
    assert in_papers_words(question, lex) == read


def test_a_paper_that_writes_walk_in_means_what_it_says(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"urgent_care.txt": WALK_IN_PAPER, **OTHER_PAPERS}), tokenizer)
    assert in_papers_words("When does the walk-in centre close?", lex) == "When does the walk-in centre close?"


def test_papers_naming_no_urgent_treatment_centre_keep_the_askers_words(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"frailty.txt": "Frailty unit\nThe frailty unit opens in September 2017.\n", **OTHER_PAPERS}), tokenizer)
    assert in_papers_words("When does the walk-in centre open?", lex) == "When does the walk-in centre open?"


def test_a_walk_in_centre_asked_is_answered_by_the_urgent_treatment_centre(papers) -> None:
    index = papers({"urgent_care.txt": UTC_PAPER, **OTHER_PAPERS})
    reply = answer("When will the new walk-in centre in Dunmere start seeing patients?", index, Tokenizer())
    assert reply.answered and "30 June 2017" in reply.answer[:60], reply.answer


NHS111_PAPER = ("Urgent care programme update\n"
                "The NHS 111 clinical assessment service goes live on 30 April 2017, led by Tomas Reyes.\n"
                "Non-emergency patient transport is re-procured in 2018.\n")


@pytest.mark.parametrize("question, read", [
    ("When will the clinical service behind the non-emergency phone line go live?", "When will the clinical service behind NHS 111 go live?"),
    ("who leads clinicians on the non emergency number?", "who leads clinicians on NHS 111?"),
    ("Who runs non-emergency transport?", "Who runs non-emergency transport?"),  # another service
])
def test_the_non_emergency_number_is_nhs_111(papers, tokenizer: Tokenizer, question: str, read: str) -> None:
    lex = lexicon(papers({"urgent_care.txt": NHS111_PAPER.replace("Non-emergency patient transport", "Patient transport"), **OTHER_PAPERS}), tokenizer)
    assert in_papers_words(question, lex) == read


def test_a_paper_writing_non_emergency_for_another_service_still_reads_the_line_as_111(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"urgent_care.txt": NHS111_PAPER, **OTHER_PAPERS}), tokenizer)
    assert in_papers_words("when does the non-emergency line get clinicians?", lex) == "when does NHS 111 get clinicians?"


def test_papers_naming_no_111_keep_the_askers_words(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"urgent_care.txt": UTC_PAPER, **OTHER_PAPERS}), tokenizer)
    assert in_papers_words("who runs the non-emergency line?", lex) == "who runs the non-emergency line?"


def test_a_question_about_the_non_emergency_line_is_answered_from_the_111_line(papers) -> None:
    index = papers({"urgent_care.txt": NHS111_PAPER, **OTHER_PAPERS})
    reply = answer("When does the clinical assessment service on the non-emergency phone line go live?", index, Tokenizer())
    assert reply.answered and "30 April 2017" in reply.answer[:80], reply.answer


ACCESS_PAPER = ("Primary care programme\n"
                "Extended GP access 8am-8pm seven days a week from three hubs, led by Delia Marsh, live 31 March 2018.\n"
                "The crisis café is open evenings and weekends from May 2017, led by Ravi Okafor.\n")


@pytest.mark.parametrize("question, read", [
    ("Who is setting up evening and weekend GP appointments?", "Who is setting up evening and weekend (extended access) GP appointments?"),
    ("by when can patients see a GP in the evenings and at weekends?", "by when can patients see a GP in the evenings and at weekends (extended access)?"),
    ("Who runs the crisis café in the evenings and weekends?", "Who runs the crisis café in the evenings and weekends?"),  # no GP service asked
    ("Who leads extended access in the evenings and weekends?", "Who leads extended access in the evenings and weekends?"),  # named already
])
def test_evening_and_weekend_gp_appointments_are_extended_access(papers, tokenizer: Tokenizer, question: str, read: str) -> None:
    lex = lexicon(papers({"primary_care.txt": ACCESS_PAPER, **OTHER_PAPERS}), tokenizer)
    assert in_papers_words(question, lex) == read


def test_papers_naming_improved_access_give_that_name(papers, tokenizer: Tokenizer) -> None:
    lex = lexicon(papers({"primary_care.txt": ACCESS_PAPER.replace("Extended GP access", "Improved access to GPs"), **OTHER_PAPERS}), tokenizer)
    assert in_papers_words("who runs evening and weekend GP appts?", lex) == "who runs evening and weekend (improved access) GP appts?"


def test_evening_and_weekend_gp_appointments_are_answered_from_the_extended_access_line(papers) -> None:
    index = papers({"primary_care.txt": ACCESS_PAPER, **OTHER_PAPERS})
    reply = answer("Who is setting up evening and weekend GP appointments?", index, Tokenizer())
    assert reply.answered and "Delia Marsh" in reply.answer[:80], reply.answer
