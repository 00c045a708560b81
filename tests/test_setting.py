"""The footprint's name opens nearly every paper, so staff name it in every question: it says where,
not what about, and must not pull every short line under a heading of that name ahead of the line
that answers."""

import pytest

from bot.answering.candidates.sentences import search_terms
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer, context_for
from bot.textnorm import Tokenizer

HEAD = "Tarnmoor & Ellsby Health and Care Partnership\n"
BULLETS = HEAD + "".join(f"\nTarnmoor & Ellsby: programme {n}\n- Tarnmoor & Ellsby GP practices: {topic} for the whole population\n"
                         for n, topic in enumerate(["online consultation", "evening appointments", "hubs"], 1))
BOARD = HEAD + """Board paper, October 2018

1. Purpose
1.1 This paper updates the Board on delivery of the plan and asks it to note the changes since June.

2. Background
2.1 The Partnership covers a registered population of 612,000 people served by three clinical commissioning groups
(Tarnmoor CCG, Ellsby CCG and Marsh CCG), 78 GP practices, two acute trusts, one mental health trust and two councils.
"""
RISKS = HEAD + "Risk register\nR1 Workforce gaps in Tarnmoor & Ellsby general practice. Owner: Ann Lee.\n"
NOTE = HEAD + "Note of meeting\nThe group met in Ellsby and agreed the Tarnmoor & Ellsby practice hubs plan.\n"


def test_the_footprints_name_is_its_setting(papers, tokenizer: Tokenizer) -> None:
    index = papers({"plan.txt": BULLETS, "board.txt": BOARD, "risks.txt": RISKS, "note.txt": NOTE})
    setting = lexicon(index, tokenizer).setting()
    assert {"tarnmoor", "ellsbi"} <= setting or {"tarnmoor", "ellsby"} <= setting, setting
    assert not {"health", "care", "partnership", "board"} & setting  # words of English say what about
    assert set(tokenizer("T&E")) <= setting  # the footprint's initials, as staff shorten it though no paper does


@pytest.mark.parametrize("question, searched, left_out", [
    ("What population and how many GP practices does Tarnmoor & Ellsby cover?", {"popul", "gp", "practic"}, {"tarnmoor"}),
    ("who owns the practice hubs in tarnmoor?", {"practic", "hub"}, {"tarnmoor"}),
    ("what is happening in Tarnmoor?", {"tarnmoor"}, set()),  # nothing else to search by: the name is searched
])
def test_passages_are_searched_without_the_footprints_name(papers, tokenizer: Tokenizer, question: str,
                                                           searched: set[str], left_out: set[str]) -> None:
    index = papers({"plan.txt": BULLETS, "board.txt": BOARD, "risks.txt": RISKS, "note.txt": NOTE})
    terms = set(search_terms(context_for(question, index, tokenizer, None, 1000, None)))
    assert searched <= terms and not left_out & terms, terms


SILENT_REGISTER = """Programme risk register
As at 30 June 2026. Score = likelihood x impact.

Risk ID\tRisk description\tLikelihood\tImpact\tScore\tRisk owner
R1\tCommunity nursing vacancies delay the virtual ward expansion\t4\t4\t16\tAmira Stone, Chief Nurse
R2\tEstates works overrun into the winter period\t3\t3\t9\tDavid Crane, Director of Estates
R3\tThe efficiency requirement for 2026/27 is not delivered in full\t4\t5\t20\tLucy Barr, Chief Finance Officer
"""


def test_a_paper_silent_on_the_footprint_is_of_it(papers, tokenizer: Tokenizer) -> None:
    """The register never names the footprint; asked of "the Tarnmoor & Ellsby risk register", it answers."""
    index = papers({"plan.txt": BULLETS, "board.txt": BOARD, "risks.txt": RISKS, "note.txt": NOTE, "register.txt": SILENT_REGISTER})
    reply = answer("Which risks on the Tarnmoor & Ellsby programme risk register score 20?", index, tokenizer)
    assert reply.answered and "R3" in reply.answer and "R1" not in reply.answer, reply.answer


def test_a_short_form_every_footprint_uses_is_no_name_of_this_one(papers, tokenizer: Tokenizer) -> None:
    """Every paper opens with "STP" as well as the footprint's name; "STP" names no footprint, so a
    register opening "STP risk register" is still silent on which one, and of this one."""
    stp = {name: text.replace("Health and Care Partnership", "STP") for name, text in
           {"plan.txt": BULLETS, "board.txt": BOARD, "risks.txt": RISKS, "note.txt": NOTE}.items()}
    index = papers({**stp, "register.txt": "STP " + SILENT_REGISTER})
    assert "stp" not in lexicon(index, tokenizer).setting()
    reply = answer("Which risks on the Tarnmoor & Ellsby STP risk register score 20?", index, tokenizer)
    assert reply.answered and "R3" in reply.answer and "R1" not in reply.answer, reply.answer
