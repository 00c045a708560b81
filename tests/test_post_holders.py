"""Posts named where people are asked for ("chaired by the Director of Finance of QCH", "SRO: Chief Operating
Officer, HUH"), answered with the holder the papers' own schedule of post-holders names."""

from pathlib import Path

import pytest

from bot.answering.candidates.post_holders import named_posts
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.conftest import write_docx
from tests.office_files import deck

SCHEDULE = [
    ["Party", "Post", "Post-holder"],
    ["Hexford University Hospitals NHS Foundation Trust (HUH)", "Chief Executive", "Philippa Rowan"],
    ["", "Chief Operating Officer", "Declan Ostler"],
    ["", "Chief Information Officer", "Kofi Abbot"],
    ["Quarry & Cole Hospitals NHS Trust (QCH)", "Chief Executive", "Anthea Burrows"],
    ["", "Director of Finance", "Marisol Kendal"],
    ["", "Chief Operating Officer", "Yasmin Hale"],
]
PROSE = [
    "Memorandum of Understanding",
    "4.3 The Finance and Investment Group is chaired by the Director of Finance of QCH.",
    "4.4 Two enabling groups report to the executive: the Digital Enabling Group, chaired by the Chief Information "
    "Officer of HUH, and the Workforce Enabling Group, whose chair is to be confirmed.",
    "4.5 The Estates Group is chaired by a Chief Operating Officer.",
    "Schedule 1 - The Parties and Post-holders",
]


@pytest.fixture
def memorandum(tmp_path: Path, tokenizer: Tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_docx(corpus / "memorandum.docx", PROSE, SCHEDULE)
    deck(corpus / "plan.pptx", [{"title": "Quarryside plan on a page", "boxes": [
        (40, 80, 400, ["QS1 Urgent Treatment Centre", "SRO: Chief Operating Officer, QCH", "Jan 2018", "Business case approved"]),
        (40, 240, 400, ["QS2 Frailty Unit", "SRO: Chief Operating Officer, HUH", "Apr 2018", "Unit opens"]),
    ]}])
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


@pytest.mark.parametrize(("question", "holder"), [
    ("who chairs the finance and investment group?", "Marisol Kendal"),
    ("who is the SRO for the QS1 urgent treatment centre?", "Yasmin Hale"),  # the post's organisation tells which
    ("who is the SRO for the frailty unit?", "Declan Ostler"),
])
def test_a_post_named_as_the_holder_is_answered_with_whoever_holds_it(memorandum, tokenizer, question: str, holder: str) -> None:
    reply = answer(question, memorandum, tokenizer)
    assert reply.answered and reply.answer.startswith(holder)
    assert {c.document for c in reply.citations} >= {"memorandum.docx"}  # the schedule's row, where the name is written


@pytest.mark.parametrize("question", [
    "who chairs the workforce enabling group?",  # the sentence's post chairs the digital group
    "who chairs the estates group?",  # two organisations have a Chief Operating Officer: which one is not said
])
def test_a_post_for_something_else_or_of_no_one_organisation_names_nobody(memorandum, tokenizer, question: str) -> None:
    reply = answer(question, memorandum, tokenizer)
    assert not any(name in reply.answer for name in ("Kofi Abbot", "Declan Ostler", "Yasmin Hale")) or not reply.answered


def test_the_posts_a_line_names_with_their_organisation() -> None:
    assert list(named_posts("chaired by the Director of Finance of QCH."))[:2] == [
        (15, 41, "Director of Finance of QCH", ""), (15, 41, "Director of Finance", "QCH")]
    assert [(p, o) for _, _, p, o in named_posts("SRO: Chief Operating Officer, HUH")] == [("Chief Operating Officer", "HUH")]
