"""A job title asked ("who is the Chief Clinical Information Officer?", "who's the CCIO?", "the director
of estates") is answered only by someone holding that title: not a kindred title ("Chief Digital &
Information Officer"), not another role of a like remit, and where the papers name the post but no one
in it, the plans don't say."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

PLAN = """Wexbury ICS digital and estates plan 2026/27

The digital programme's Senior Responsible Officer is Omar Hale, Chief Digital & Information Officer at Wexbury ICB.

Clinical leadership is provided through the ICB's Chief Clinical Information Officer (CCIO), a post we are recruiting to.

Dr Amira Stone, Consultant in Emergency Medicine, is the clinical lead for urgent care.

Lucy Barr, Director of Primary Care & Community Services, directs the neighbourhood programme.

The estates programme reports to the Director of Estates & Facilities at Wexbury ICB.

Risk WR5 (a cyber attack disables clinical systems) is owned by Omar Hale, Chief Digital & Information Officer.
"""
FILLED = PLAN + "\nDr Nia Parry is the ICB's Chief Clinical Information Officer (CCIO).\n\nDavid Crane is the Director of Estates & Facilities.\n"


@pytest.mark.parametrize("question", [
    "Who is the ICB's Chief Clinical Information Officer?",
    "who's the CCIO? need clinical safety sign off",
    "whos the director of estates & facilities at the ICB? name pls",
])
def test_a_post_named_with_no_one_in_it_is_not_answered_by_a_kindred_one(papers, question: str) -> None:
    reply = answer(question, papers({"plan.txt": PLAN}), Tokenizer())
    assert not reply.answered, reply.answer


@pytest.mark.parametrize(("question", "name"), [
    ("Who is the ICB's Chief Clinical Information Officer?", "Nia Parry"),
    ("who's the CCIO?", "Nia Parry"),
    ("Who is the Chief Digital and Information Officer?", "Omar Hale"),
    ("whos the director of estates & facilities at the ICB?", "David Crane"),
])
def test_the_holder_of_the_post_asked_answers(papers, question: str, name: str) -> None:
    reply = answer(question, papers({"plan.txt": FILLED}), Tokenizer())
    assert reply.answered and name in reply.answer[:200], reply.answer


@pytest.mark.parametrize(("question", "initials"), [
    ("Who is the ICB's Chief Finance Officer?", "cfo"),
    ("who's the Chief People Officer at the trust", "cpo"),
    ("Below the Chief Finance Officer, who runs the efficiency programme day to day?", None),  # named by the way
    ("Which programmes does the Chief Finance Officer lead?", None),  # a holder asked about, not for
])
def test_the_post_asked_for_is_the_one_who_asks_after(papers, question: str, initials: str | None) -> None:
    from bot.answering.job_titles import asked_title
    from bot.answering.lexicon import lexicon

    title = asked_title(question, lexicon(papers({"plan.txt": PLAN}), Tokenizer()))
    assert (title.initials if title else None) == initials


HOSPITALS = PLAN + "\nThe acute programme's SRO is Duncan Farrow, Chief Executive of Wexbury Hospitals NHS FT.\n"


@pytest.mark.parametrize(("question", "name"), [
    ("Who is the Chief Nurse of Wexbury Hospitals NHS FT?", None),  # a chief of another post is no answer
    ("who's the chief pharmacist at wexbury hospitals?", None),
    ("Who is the Chief Executive of Wexbury Hospitals NHS FT?", "Duncan Farrow"),
])
def test_a_chiefs_post_named_by_one_noun_is_held_only_by_that_chief(papers, question: str, name: str | None) -> None:
    reply = answer(question, papers({"plan.txt": HOSPITALS}), Tokenizer())
    assert (reply.answered and name in reply.answer[:120]) if name else not reply.answered, reply.answer
