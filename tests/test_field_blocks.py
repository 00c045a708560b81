"""A tracker sheet of blocks going down it, one per priority, each a title then the same fields
("SRO | name", "Overall RAG | Red", milestones): each block's title heads its fields, and a status
asked across the blocks ("which priorities are rated red overall?") is read from every block's field."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.textnorm import Tokenizer
from tests.office_files import workbook


def block(title: str, sro: str, rag: str, milestone: str) -> list[list[object]]:
    # (the title's row written out to the block's width, as a merged title cell leaves it)
    return [[title, "", "", ""], ["SRO", sro], ["Overall RAG", rag], ["Milestones", "Milestone", "Due", "Status"],
            [None, milestone, "30 September 2018", "On track"], ["Key issue", "None this period."], []]


SHEET = [["Delivery tracker - position at 14 September 2018"], [],
         *block("LP1 Home First", "Fenwick Adebayo-Sturrock", "Amber", "Trusted assessor in place"),
         *block("LP2 Urgent Care Redesign", "Ottilie Brackenbury", "Red", "Urgent treatment centre open"),
         *block("LP3 General Practice Resilience", "Dr Perpetua Ngata-Lowe", "Green", "Eight GP clusters formed"),
         *block("LP7 Transforming Care (learning disability)", "Giselle Harcastle-Mbatha", "Red", "Forensic team recruited")]


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    return workbook(tmp_path / "tracker.xlsx", {"Tracker": SHEET})


def test_each_blocks_title_stands_alone_as_its_heading(tracker: Path) -> None:
    """A title row's empty cells are not kept: the title is no group row of one long table."""
    texts = [line.text for line in read_document(tracker, 10**7).lines]
    assert "LP2 Urgent Care Redesign" in texts and "LP7 Transforming Care (learning disability)" in texts


def test_a_status_asked_across_the_blocks(tmp_path: Path, tracker: Path, tokenizer: Tokenizer) -> None:
    build_index([tracker.parent], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        reply = answer("Which local priorities are rated red overall in the tracker?", index, tokenizer)
    finally:
        index.close()
    assert reply.answered and "LP2 Urgent Care Redesign" in reply.answer and "LP7 Transforming Care" in reply.answer, reply.answer
    assert "LP1" not in reply.answer and "LP3" not in reply.answer


def test_a_blocks_milestones_are_the_blocks_titles(tmp_path: Path, tracker: Path, tokenizer: Tokenizer) -> None:
    """"Milestones | Milestone | Due | Status" inside a block: the block's field label, then its own table's
    labels; the milestones are the block title's, with their status, so an overdue one is told as such."""
    from datetime import date
    build_index([tracker.parent], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        reply = answer("Which milestones in the tracker are overdue?", index, tokenizer, date(2018, 10, 15))
    finally:
        index.close()
    assert reply.answered and "LP2 Urgent Care Redesign: Urgent treatment centre open" in reply.answer, reply.answer
    assert "not marked complete" in reply.answer


PID = """Programme Initiation Document

3. Milestones
Ref\tMilestone\tTarget\tEvidence of completion
LP6-1\tMSK single point of access live\tJune 2018\tAll MSK referrals routed through the SPA
LP7-1\tCommunity forensic support team recruited\tQ1 2018/19\tTeam at full establishment
LP7-2\tSpecialist inpatient beds reduced from 34 to 19\tMarch 2019\tBed base confirmed by NHS England
A17/05\tCirculate the handbook\t30/11/18\tEmail sent
"""


def test_milestones_keyed_by_their_programmes_code(papers, tokenizer: Tokenizer) -> None:
    """"LP7-1", "LP7-2": a milestone table with no programme column says whose each row is by its reference."""
    from bot.records.trackers import keyed_header
    from bot.models import SourceLine
    lines = [SourceLine(line=k, text=t) for k, t in enumerate(PID.splitlines())]
    assert keyed_header(lines, 3)
    reply = answer("What are the milestones for LP7, and when are they due?", papers({"pid.txt": PID}), tokenizer)
    assert reply.answered and "forensic" in reply.answer and "March 2019" in reply.answer, reply.answer
    assert "MSK" not in reply.answer


def test_one_programmes_milestones_name_it_once(papers, tokenizer: Tokenizer) -> None:
    reply = answer("What are the milestones for LP7, and when are they due?", papers({"pid.txt": PID}), tokenizer)
    assert reply.answered and "forensic" in reply.answer, reply.answer
    assert reply.answer.count("LP7") == 1, reply.answer  # under its code, not again before each item
