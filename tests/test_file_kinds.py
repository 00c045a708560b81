"""A question naming a kind of file ("in the PMO spreadsheet", "on the slides") is answered from the
papers of that kind when there are any; and a tracker's row is listed once, not as a milestone and
again as a dated row."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.office_files import workbook

TRACKER = [
    ["Wexbury ICS delivery tracker"],
    [],
    ["Ref", "Programme", "Milestone", "Due date", "Owner", "Status"],
    ["W1", "Neighbourhood Teams", "All 12 teams live", "31 March 2027", "Amira Stone", "On track"],
    ["W2", "Front Door", "Expanded SDEC unit opens", "30 November 2026", "David Crane", "On track"],
]
NOTE = """Wexbury ICS board action log

Action\tOwner\tDue date
Refresh the estates strategy\tDavid Crane\t20 November 2026
"""


@pytest.fixture
def index(tmp_path: Path, tokenizer: Tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    workbook(corpus / "tracker.xlsx", {"Plan": TRACKER})
    (corpus / "note.txt").write_text(NOTE, encoding="utf-8")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    opened = PlanIndex.open(tmp_path / "index")
    yield opened
    opened.close()


def test_a_named_kind_of_file_is_where_the_answer_comes_from(index: PlanIndex, tokenizer: Tokenizer) -> None:
    everywhere = answer("what's due this month?", index, tokenizer, date(2026, 11, 10))
    assert "estates strategy" in everywhere.answer and "SDEC" in everywhere.answer
    sheet = answer("what's due in the spreadsheet this month?", index, tokenizer, date(2026, 11, 10))
    assert sheet.answered and "SDEC" in sheet.answer and "estates strategy" not in sheet.answer
    assert {c.document for c in sheet.citations} == {"tracker.xlsx"}


def test_a_kind_of_file_the_papers_lack_is_a_word_of_the_topic(index: PlanIndex, tokenizer: Tokenizer) -> None:
    from bot.answering.lexicon import lexicon
    from bot.answering.analysis import analyse

    lex = lexicon(index, tokenizer)
    assert analyse("how many slides did the deck have?", lex).file_kinds == ()
    assert analyse("what's in the PMO spreadsheet?", lex).file_kinds == (".xlsx",)


def test_a_tracker_row_is_listed_once(index: PlanIndex, tokenizer: Tokenizer) -> None:
    reply = answer("what's due this month?", index, tokenizer, date(2026, 11, 10))
    assert reply.answer.count("Expanded SDEC unit opens") == 1


def test_no_answer_from_another_kind_of_file(index: PlanIndex, tokenizer: Tokenizer) -> None:
    anywhere = answer("who owns refreshing the estates strategy?", index, tokenizer)
    assert anywhere.answered and "David Crane" in anywhere.answer
    sheet = answer("in the spreadsheet, who owns refreshing the estates strategy?", index, tokenizer)
    assert not sheet.answered or {c.document for c in sheet.citations} == {"tracker.xlsx"}


@pytest.mark.parametrize("question", [
    "what's due in the PMO spreadsheet this month?",  # the team whose file it is: which file, not what about
    "Looking at the PMO spreadsheet, which deliverables fall in the current calendar month?",
])
def test_the_team_naming_a_file_is_no_topic(index: PlanIndex, tokenizer: Tokenizer, question: str) -> None:
    reply = answer(question, index, tokenizer, date(2026, 11, 10))
    assert reply.answered and "SDEC" in reply.answer and "estates strategy" not in reply.answer, reply.answer


def test_a_word_before_the_kind_of_file_in_lower_case_stays_the_topic(index: PlanIndex, tokenizer: Tokenizer) -> None:
    from bot.answering.analysis import analyse
    from bot.answering.lexicon import lexicon

    analysis = analyse("what's due on the neighbourhood spreadsheet this month?", lexicon(index, tokenizer), date(2026, 11, 10))
    assert "neighbourhood" in analysis.terms


@pytest.mark.parametrize("question, kinds", [
    ("who owns the SDEC unit? the old spreadsheet still says David", ()),  # spoken of, not where to look
    ("the spreadsheet is out of date - who owns the SDEC unit?", ()),
    ("According to the Wexbury ICS delivery tracker spreadsheet, who owns the SDEC unit?", (".xlsx",)),
    ("who owns the SDEC unit on the spreadsheet?", (".xlsx",)),
])
def test_a_kind_of_file_is_where_to_look_only_when_the_question_looks_there(index: PlanIndex, tokenizer: Tokenizer,
                                                                             question: str, kinds: tuple) -> None:
    from bot.answering.lexicon import lexicon
    from bot.answering.analysis import analyse

    assert analyse(question, lexicon(index, tokenizer)).file_kinds == kinds
