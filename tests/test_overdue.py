""""What is overdue?" asks for work due by today that is not done: a tracker's status column says
which is done, and the answer lists what is not, the latest due first, each with its status."""

from datetime import date

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

TRACKER = """Wyvern ICS Transformation Programme - Delivery Tracker 2025/26
Position as at 30 September 2025

Ref\tScheme\tWorkstream\tLead\tNext milestone\tDue\tRAG\tComment
DD-01\tShared care record: social care feed\tDigital\tGwen Atter\tSocial care records visible\t31/10/2025\tA\tFeed in testing
DD-03\tElectronic prescribing in community hospitals\tDigital\tGwen Atter\tLive on all wards\tSep-25\tR\tMissed: supplier delay
UE-02\tSame-day emergency care\tUrgent Care\tMo Slocum\tSDEC open 7 days a week\tAug-25\tC\tCompleted 18 August 2025
WF-01\tStaff bank\tWorkforce\tAnji Verhoef\tOne staff bank live\t01/12/2025\tG\t
"""

PAPERS = {
    "wyvern_tracker.txt": TRACKER,
    "wyvern_board.txt": "Wyvern ICS Board\nMeeting Date: 10 April 2025\nThe board agreed the estates strategy.\n",
}


def test_overdue_lists_what_is_not_done_with_its_status(papers) -> None:
    reply = answer("Which milestones on the Wyvern delivery tracker are overdue?", papers(PAPERS), Tokenizer(),
                   as_of=date(2025, 10, 13))
    assert reply.answered, reply.answer
    assert "Electronic prescribing" in reply.answer and "status R" in reply.answer, reply.answer
    assert "SDEC" not in reply.answer  # marked complete (C): not outstanding
    assert "staff bank" not in reply.answer.lower()  # not due yet
