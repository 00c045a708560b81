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


def test_one_milestone_in_a_window_is_told_in_full(papers) -> None:
    """A cell holding several steps ("ICNT test cycle complete, outpatient clinics in the community,
    consultant lead in post") is one item: alone in the window, it is not cut short."""
    long_step = ("Integrated care test cycle complete, children's outpatient clinics running in the community, "
                 "consultant lead for the integrated team in post, and the evaluation plan agreed with commissioners")
    tracker = TRACKER.replace("Social care records visible", long_step)
    reply = answer("What is due on the Wyvern tracker this month?", papers({**PAPERS, "wyvern_tracker.txt": tracker}),
                   Tokenizer(), as_of=date(2025, 10, 2))
    assert reply.answered and "agreed with commissioners" in reply.answer, reply.answer


def test_a_revised_date_is_when_the_work_is_due(papers) -> None:
    """"Due 31/08/2025 ... OVERDUE - revised due date 20/10/2025 agreed": due in October now."""
    tracker = TRACKER.replace("WF-01\tStaff bank\tWorkforce\tAnji Verhoef\tOne staff bank live\t01/12/2025\tG\t",
                              "WF-01\tStaff bank\tWorkforce\tAnji Verhoef\tOne staff bank live\t31/08/2025\tA\t"
                              "OVERDUE - revised due date 20/10/2025 agreed")
    reply = answer("What is due on the Wyvern tracker this month?", papers({**PAPERS, "wyvern_tracker.txt": tracker}),
                   Tokenizer(), as_of=date(2025, 10, 2))
    assert reply.answered and "staff bank" in reply.answer.lower(), reply.answer
    assert "revised from 31/08/2025" in reply.answer


REGISTER = """Wyvern ICB corporate risk register - Quarter 3 2025/26

Risk ID | Description | Risk owner | Score | Target | Review date
--- | --- | --- | --- | --- | ---
UEC-01 | Ambulance handover delays harm patients | Mo Slocum | 20 | 10 | 31-Jan-2026
WF-02 | Nurse vacancies stay above 8% | Anji Verhoef | 12 | 8 | 30-Apr-2026
"""


def test_a_rows_due_column_is_the_one_holding_dates(papers) -> None:
    """"Target" holds a score and "Review date" the date: the register's rows are due on their review
    dates, so "which risks are past their review date?" finds the one reviewed before today."""
    from bot.answering.candidates.dated import dated_items
    from bot.answering.pipeline import context_for

    index = papers({"register.md": REGISTER, **PAPERS})
    ctx = context_for("which risks are past their review date?", index, Tokenizer(), date(2026, 2, 5), 1000, None)
    due = {item["text"][:6]: item["end"] for item in dated_items(ctx) if item["document"] == "register.md"}
    assert due == {"UEC-01": "2026-01-31", "WF-02 ": "2026-04-30"} or due.get("UEC-01") == "2026-01-31", due


def test_past_due_without_being_achieved_asks_what_is_overdue(papers) -> None:
    """"passed their due date without being achieved" is the window's own wording: no topic is left to
    weigh, so the overdue list answers, not a row that happens to say "achieved"."""
    tracker = TRACKER.replace("One staff bank live\t01/12/2025\tG\t", "One staff bank live\t01/12/2025\tG\tRecruitment target achieved")
    reply = answer("Which milestones on the Wyvern tracker have passed their due date without being achieved?",
                   papers({**PAPERS, "wyvern_tracker.txt": tracker}), Tokenizer(), as_of=date(2025, 10, 13))
    assert reply.answered, reply.answer
    assert "Electronic prescribing" in reply.answer and "staff bank" not in reply.answer.lower(), reply.answer
