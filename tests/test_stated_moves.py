"""A later paper moving a milestone by its reference ("• UEC3 - NHS 111 clinical hub / o Go-live moves
from Mar-17 to 30 April 2017") moves it for what-falls-due questions too, cited where it says so."""

from datetime import date

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ANNEX = """Wexbury STP Annex C: workstream delivery plans 2016/17

Ref\tInitiative / scheme\tLead\tKey milestones\tTimescale
UEC3\tNHS 111 integrated clinical hub\tLorraine Cheverton\tProcurement complete; clinical hub live\tMar-17
UEC5\tHear and treat with the ambulance service\tMarcus Denby\tConveyance rate down to 58%\tQtr 4 17/18
"""
EMAIL = """From: Wexbury STP PMO
Sent: 14 February 2017
Subject: Annex C milestone refresh

The dates below replace those in Annex C.
  • UEC3 - NHS 111 integrated clinical hub
      o Go-live moves from Mar-17 to 30 April 2017. The joint procurement took longer than planned.
"""


def test_a_moved_milestone_falls_due_where_it_moved_to(papers) -> None:
    index = papers({"annex.txt": ANNEX, "email.txt": EMAIL, **OTHER_PAPERS})
    april = answer("Which milestones are due next month?", index, Tokenizer(), date(2017, 3, 15))
    assert april.answered and "30 April 2017 (moved from Mar-17)" in april.answer, april.answer
    assert any(c.document == "email.txt" and "moves from Mar-17" in c.quote for c in april.citations)
    march = answer("Which milestones are due this month?", index, Tokenizer(), date(2017, 3, 15))
    assert "clinical hub" not in march.answer, march.answer


def test_the_digest_reads_a_moved_milestone_where_it_moved_to(papers) -> None:
    from bot.digests.digest import build_digest, digest_sources
    index = papers({"annex.txt": ANNEX, "email.txt": EMAIL, **OTHER_PAPERS})
    digest = build_digest(index, date(2017, 4, 24), days=7, weeks=4, passed_days=14, tokenizer=Tokenizer())
    moved = [i for i in digest.items if "clinical hub" in i.milestone]
    assert [(i.due, i.section) for i in moved] == [("30 April 2017 (moved from Mar-17)", "due")], [(i.due, i.section) for i in digest.items]
    assert any(c.document == "email.txt" for c in digest_sources(digest).citations)
    # without the index's tokenizer, the plan's own dates (as before): March has passed by then
    plain = build_digest(index, date(2017, 4, 24), days=7, weeks=4, passed_days=14)
    assert not [i for i in plain.items if "clinical hub" in i.milestone and i.section == "due"]


ROADMAP = """Wexbury STP roadmap 2017/18

Date\tMilestone
1 March 2017\tUEC5 hear and treat pilot starts
31 March 2017\tUEC3 NHS 111 integrated clinical hub goes live
"""


def test_a_day_inside_the_month_moved_from_is_superseded(papers) -> None:
    """A roadmap giving the day ("31 March 2017") of the month a later paper moves ("from Mar-17") gives
    the date moved from, written finer: the move answers."""
    index = papers({"roadmap.txt": ROADMAP, "email.txt": EMAIL, **OTHER_PAPERS})
    reply = answer("When does the NHS 111 integrated clinical hub go live?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("30 April 2017"), reply.answer


def test_nested_dates_are_the_finer_inside_the_coarser() -> None:
    from bot.answering.superseded import nested_dates
    assert nested_dates("31 March 2017", "Mar-17") and nested_dates("Mar-17", "March 2017")
    assert not nested_dates("Q4 2016/17", "Mar-17")  # a quarter holds more than the month moved from
    assert not nested_dates("1 April 2017", "Mar-17")


def _log(decision: str) -> str:
    return ("Wexbury STP change request log\n\n"
            "CR ref\tRaised\tInitiative\tField\tCurrent\tProposed\tReason\tDecision\tDecision date\n"
            f"CR-01\t11 January 2017\tUEC3\tMilestone: clinical hub live\tMar-17\t30 June 2017\tProcurement extended\t{decision}\t8 February 2017\n")


def test_an_approved_change_request_moves_the_milestone_it_names(papers) -> None:
    """A change request log's approved row moves its item's date for what-falls-due questions (its own number,
    "CR-01", is no item's reference); a rejected one leaves the plan's date."""
    index = papers({"annex.txt": ANNEX, "log.txt": _log("Approved"), **OTHER_PAPERS})
    june = answer("Which milestones are due in June 2017?", index, Tokenizer(), date(2017, 3, 15))
    assert june.answered and "clinical hub" in june.answer and "moved from Mar-17" in june.answer, june.answer
    assert any(c.document == "log.txt" for c in june.citations)
    march = answer("Which milestones are due this month?", index, Tokenizer(), date(2017, 3, 15))
    assert "clinical hub" not in march.answer, march.answer
    kept = papers({"annex.txt": ANNEX, "log.txt": _log("Rejected"), **OTHER_PAPERS})
    march = answer("Which milestones are due this month?", kept, Tokenizer(), date(2017, 3, 15))
    assert "clinical hub" in march.answer, march.answer


MINUTES = """Wexbury STP Partnership Board minutes, 16 March 2017

17/024 Urgent care delivery report
The Chair reported that go-live for the clinical hub (UEC3) moves from Mar-17 to
30 May 2017 (see the revised plan). The hear and treat pilot (UEC5) is on track.
"""


def test_a_move_read_across_a_line_break_and_beside_another_item(papers) -> None:
    """A minute's sentence broken over two lines, in a paragraph that names another item too, still moves
    the item its own sentence names."""
    index = papers({"annex.txt": ANNEX, "minutes.txt": MINUTES, **OTHER_PAPERS})
    may = answer("Which milestones are due in May 2017?", index, Tokenizer(), date(2017, 3, 20))
    assert may.answered and "clinical hub" in may.answer and "moved from Mar-17" in may.answer, may.answer
