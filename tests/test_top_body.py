"""The footprint's top board asked by its rank ("who runs the top decision-making group?"): its
independent chair answers, whatever the body is called (bot/answering/top_body.py)."""

import pytest

from bot.answering.pipeline import answer

GOVERNANCE = """Coldmere and Fenwick STP: how we will govern delivery

STP Partnership Board
Independent Chair: Professor Ruth Anselm
The Partnership Board brings the eleven partner organisations together each month.

Clinical Reference Group
Chair: Dr Omar Keswick
The group meets fortnightly and advises on clinical models.

Finance and Investment Group
Chair: Lydia Marwood, Director of Finance
The group meets monthly.
"""

PROSE = """Who is in charge?
The Coldmere Leadership Board oversees the plan. It is chaired by Dame Petra Lowell, our independent chair, and its members
are the chief executives of the partner organisations. The Workforce Group is chaired by Ian Brough.
"""


@pytest.mark.parametrize(("question", "ranked"), [
    ("Who runs the meetings of the top decision-making group for the whole plan?", True),
    ("who chairs the plan's main board?", True),
    ("Who presides over the footprint's top-level meetings held in public?", True),
    ("Who is the independent person in the chair at the top partnership meeting?", True),
    ("who chairs the clinical reference group?", False),  # named by what it is, not its rank
    ("what are the top three risks?", False),
])
def test_a_body_asked_by_its_rank(question: str, ranked: bool) -> None:
    from bot.answering.top_body import asks_top_body
    assert asks_top_body(question) is ranked


def test_the_rank_words_say_which_body_not_what_about() -> None:
    from bot.answering.top_body import rank_words
    assert rank_words("Who runs the meetings of the top decision-making group for the whole plan?") == ["top", "decision", "making", "group"]
    assert rank_words("who chairs the top partnership board?") == ["top", "board"]  # "partnership" may name it: it stays


def test_what_a_chair_does_asks_for_the_chair() -> None:
    from bot.answering.asked_roles import chairing_words
    assert chairing_words("who runs the meetings of the top board?") == ["runs", "meetings"]
    assert chairing_words("who heads the weekly handover group?") == ["heads"]
    assert chairing_words("who leads the digital workstream?") == []  # a workstream is led, not chaired


def test_a_line_or_its_sentence_saying_independent_chair() -> None:
    from bot.answering.top_body import independent_chair, named_independent_chair
    assert independent_chair("", "Professor Ruth Anselm: Independent Chair.")
    assert not independent_chair("Chair", "Dr Omar Keswick: Chair.")
    assert named_independent_chair("Lowell", "It is chaired by Dame Petra Lowell, our independent chair, and its members")
    assert not named_independent_chair("Brough", "chaired by Dame Petra Lowell, our independent chair. The Workforce Group is chaired by Ian Brough.")


@pytest.mark.parametrize(("paper", "chair"), [(GOVERNANCE, "Anselm"), (PROSE, "Lowell")])
@pytest.mark.parametrize("question", [
    "Who runs the meetings of the top decision-making group for the whole plan?",
    "who chairs the plan's main board?",
    "Who presides over the footprint's top-level meetings?",
])
def test_the_top_body_is_chaired_by_its_independent_chair(papers, tokenizer, paper: str, chair: str, question: str) -> None:
    reply = answer(question, papers({"governance.txt": paper}), tokenizer)
    assert reply.answered and chair in reply.answer[:200], reply.answer


def test_a_body_named_by_what_it_is_keeps_its_own_chair(papers, tokenizer) -> None:
    reply = answer("who chairs the finance and investment group?", papers({"governance.txt": GOVERNANCE}), tokenizer)
    assert reply.answered and "Marwood" in reply.answer[:200], reply.answer


VICE_CHAIR = """The Partnership Board oversees the plan. It is chaired by Dame Rosa Thackwell, Independent Chair, and its vice chair is
Councillor Idris Penhale. The Clinical Board is chaired by Dr Amos Quill.
"""


@pytest.mark.parametrize("question", [
    "Which councillor deputises for the chair of the plan's main board?",
    "who deputises for the chair of the partnership board?",
])
def test_a_chairs_standing_deputy_is_the_vice_chair(papers, tokenizer, question: str) -> None:
    reply = answer(question, papers({"board.txt": VICE_CHAIR}), tokenizer)
    assert reply.answered and "Penhale" in reply.answer[:200], reply.answer
