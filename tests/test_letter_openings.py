"""A letter's letterhead, reference and date fill its first lines before it says what it is about: the
subject line under "Dear ..." is part of its opening, so a question naming the subject ("who signed the
Freedom of Information response?") finds the letter's signature as about it."""

from bot.answering.pipeline import answer
from bot.index.openings import first_lines
from bot.models import SourceLine
from tests.conftest import OTHER_PAPERS

LETTER = """NHS Harbury Clinical Commissioning Group
Information Governance Team
Quay House, 2 Dock Road, Harbury

Our ref: FOI-17-0211
Date: 3 May 2017

Dear Requester

Freedom of Information Act 2000: request for information
Harbury & Wend Sustainability and Transformation Plan

Thank you for your request, which we received on 4 April 2017.
The STP's savings plan is published on our website.

Yours sincerely

Tamsin Okafor-Reyes
Signatory (Information Governance Manager, on behalf of NHS Harbury CCG)
"""

BOARD = """Harbury & Wend STP Partnership Board
Chair: Professor Idris Calloway
The board signed the memorandum of understanding on 9 March 2017.
"""


def _lines(text: str) -> list[SourceLine]:
    return [SourceLine(document="letter.txt", page=None, line=n, text=t) for n, t in enumerate(text.splitlines(), 1)]


def test_a_letters_subject_line_is_in_its_opening() -> None:
    opening = first_lines(_lines(LETTER))
    assert "Freedom of Information Act 2000: request for information" in opening, opening
    assert "Dear Requester" not in opening, opening
    assert opening[:3] == ["NHS Harbury Clinical Commissioning Group", "Information Governance Team", "Quay House, 2 Dock Road, Harbury"]


def test_a_paper_with_no_salutation_keeps_its_first_lines() -> None:
    assert first_lines(_lines(BOARD)) == BOARD.splitlines()


def test_the_signatory_of_a_letter_named_by_its_subject(papers, tokenizer) -> None:
    index = papers({"foi_reply.txt": LETTER, "board.txt": BOARD, **OTHER_PAPERS})
    reply = answer("Who signed the Freedom of Information response about the STP?", index, tokenizer)
    assert reply.answered and "Okafor-Reyes" in reply.answer[:200], reply.answer
