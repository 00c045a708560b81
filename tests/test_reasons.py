"""Asked why, the answer is the line giving the cause, not the one only saying what happened."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.reasons import asks_reason, gives_reason
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS


@pytest.mark.parametrize(("question", "asks"), [
    ("Why did the go-live slip?", True),
    ("why's the UTC opening been pushed back?", True),
    ("What held up the new urgent treatment centre?", True),
    ("What was the reason for the delay?", True),
    ("When does the UTC open?", False),
    ("Who holds the budget?", False),
])
def test_asks_reason(question: str, asks: bool) -> None:
    assert asks_reason(question) is asks


@pytest.mark.parametrize(("text", "gives"), [
    ("Reason for slippage: the data sharing agreement was not signed.", True),
    ("The opening has moved to 3 December because CQC registration is not complete.", True),
    ("Go-live revised to 18 November 2019.", False),
])
def test_gives_reason(text: str, gives: bool) -> None:
    assert gives_reason(text) is gives


REPORT = """Digital programme: exception report, October 2019

Shared record phase 1
- Phase 1 go-live revised to 18 November 2019 (was 30 September 2019).
- Reason for slippage: the data sharing agreement with the county council was not signed until 4 October.
- Next steps: training for practice staff in November.
"""
CALENDAR = """Digital milestones

Shared record phase 1 go-live revised to 18 November 2019.
Shared record phase 2 go-live July 2020.
"""


def test_why_did_it_slip_is_answered_with_the_reason(papers, tokenizer: Tokenizer) -> None:
    index = papers({"report.txt": REPORT, "calendar.txt": CALENDAR, **OTHER_PAPERS})
    reply = answer("Why did the go-live of shared record phase 1 slip?", index, tokenizer)
    assert reply.answered and "data sharing agreement" in reply.answer[:400], reply.answer
